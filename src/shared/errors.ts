/** Errors that cross the worker boundary as data, never as toString(). */

export type EngineErrorType =
  | 'model-missing' // a package file returned 404 or the manifest is absent
  | 'model-corrupt' // size or sha256 differs from the manifest, or the ONNX will not load
  | 'offline' // a file must be fetched but the network is down
  | 'server-unreachable' // the device is online but the server did not answer (or answered 5xx)
  | 'storage-full' // QuotaExceededError while caching
  | 'backend-unavailable' // the requested backend (e.g. WebGPU) cannot start
  | 'prompt-too-long' // even the newest turn alone does not fit the context
  | 'invalid-input' // empty prompt, bad settings
  | 'busy' // a generation is already running (rule: refused, not queued)
  | 'not-loaded' // generate before load
  | 'aborted' // the caller aborted; name is 'AbortError'
  | 'worker-crashed' // the worker died; the page may start a new one
  | 'internal';

export interface SerializedError {
  name: string;
  type: EngineErrorType;
  message: string;
}

export class EngineError extends Error {
  readonly type: EngineErrorType;
  constructor(type: EngineErrorType, message: string, name = 'EngineError') {
    super(message);
    this.type = type;
    this.name = name;
  }
}

export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/** The browser's QuotaExceededError as ours: the one place it is recognised and worded. */
export function storageFullError(e: unknown): EngineError | null {
  if (typeof e !== 'object' || e === null || (e as { name?: unknown }).name !== 'QuotaExceededError') return null;
  return new EngineError('storage-full', 'The device is out of storage for this site. Free some space, then try again.', 'QuotaExceededError');
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof EngineError) return { name: e.name, type: e.type, message: e.message };
  if (isAbortError(e)) return { name: 'AbortError', type: 'aborted', message: 'Generation stopped.' };
  const full = storageFullError(e);
  if (full) return { name: full.name, type: full.type, message: full.message };
  const message = e instanceof Error ? e.message : String(e);
  return { name: e instanceof Error ? e.name : 'Error', type: 'internal', message };
}

export function deserializeError(s: SerializedError): EngineError {
  return new EngineError(s.type, s.message, s.name);
}
