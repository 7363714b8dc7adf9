/**
 * Where model files live once downloaded: one Cache Storage cache shared by the page (the only
 * writer) and the service worker (serves it, also offline). Its name carries no app version, so
 * an app update never drops a downloaded model; the service worker only cleans Workbox precaches.
 */

export const MODEL_CACHE = 'pocket-coach-models-v1';

/** Headers of every package file the page stores: its size and the SHA-256 it was verified against.
 * A response that has the hash header is a stored copy (package-source.ts reads it whole). */
export const STORED_HASH_HEADER = 'X-Content-SHA256';

/** URL prefix of every model package, relative to the app's base. */
export const MODELS_PATH = 'models/';

/**
 * The cache key of one package file: its URL plus the sha256 it was verified against. The page
 * looks files up by this key, so there a changed file in a new manifest never matches an old
 * copy; the service worker looks up with `ignoreSearch` and serves the one stored copy of a path
 * (storing a file drops the copies of other versions: package-cache.ts storeFile).
 */
export function modelFileKey(packageUrl: string, path: string, sha256: string): string {
  return `${packageUrl}${path}?sha256=${sha256}`;
}

/** The key of a package's cached manifest (refreshed whenever the network has a newer one). */
export function manifestKey(packageUrl: string): string {
  return `${packageUrl}manifest.json`;
}

/** `…/models/<id>/` for a model id, against the app's base URL. */
export function packageUrl(baseUrl: string, modelId: string): string {
  return new URL(`${MODELS_PATH}${encodeURIComponent(modelId)}/`, baseUrl).href;
}

/**
 * Pieces of files whose download was interrupted, so it resumes with a Range request. A cache of
 * its own: the service worker's ignoreSearch lookups in MODEL_CACHE must never find a piece.
 */
export const PARTIAL_CACHE = 'pocket-coach-partial-v1';

/** The key of the piece of a file (by its model-cache key) that starts at byte `offset`. */
export function pieceKey(fileKey: string, offset: number): string {
  return `${fileKey}&from=${offset}`;
}
