/** Errors of the download/integrity layer, in the engine's closed error vocabulary. */
import { EngineError, isAbortError, storageFullError } from '../../shared/errors';

export function toModelError(e: unknown, what: string): EngineError {
  if (e instanceof EngineError) return e;
  if (isAbortError(e)) return new EngineError('aborted', 'Download cancelled.', 'AbortError');
  const full = storageFullError(e);
  if (full) return full;
  if (e instanceof TypeError || !navigator.onLine) {
    return new EngineError('offline', `${what} could not be fetched: the network is not reachable.`);
  }
  return new EngineError('internal', e instanceof Error ? e.message : String(e));
}
