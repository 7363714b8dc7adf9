/** Errors of the download/integrity layer, in the engine's closed error vocabulary. */
import { EngineError, isAbortError } from '../../shared/errors';

export function toModelError(e: unknown, what: string): EngineError {
  if (e instanceof EngineError) return e;
  if (isAbortError(e)) return new EngineError('aborted', 'Download cancelled.', 'AbortError');
  if (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError') {
    return new EngineError('storage-full', 'The device is out of storage for this site.', 'QuotaExceededError');
  }
  if (e instanceof TypeError || !navigator.onLine) {
    return new EngineError('offline', `${what} could not be fetched: the network is not reachable.`);
  }
  return new EngineError('internal', e instanceof Error ? e.message : String(e));
}
