/** Errors of the download/integrity layer, in the engine's closed error vocabulary. */
import { EngineError, isAbortError, storageFullError } from '../../shared/errors';

/** A failed fetch: offline when the browser says so, else the server did not answer. */
export function toModelError(e: unknown, what: string): EngineError {
  if (e instanceof EngineError) return e;
  if (isAbortError(e)) return new EngineError('aborted', 'Download cancelled.', 'AbortError');
  const full = storageFullError(e);
  if (full) return full;
  if (!navigator.onLine) return new EngineError('offline', `${what} could not be fetched: this device is offline.`);
  if (e instanceof TypeError) {
    return new EngineError('server-unreachable', `${what} could not be fetched: the connection to the server failed (${e.message}).`);
  }
  return new EngineError('internal', e instanceof Error ? e.message : String(e));
}

/** Download failures that are worth trying again by themselves once the network or server is back. */
export function isTransient(e: unknown): boolean {
  return e instanceof EngineError && (e.type === 'offline' || e.type === 'server-unreachable');
}
