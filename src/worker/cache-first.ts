/**
 * The worker's fetch for package files: the stored copy straight from Cache Storage, else the
 * network. The service worker serves the same copy (sw/model-files.ts) but pipes every byte
 * through its own thread on each load; manifests still go through it (network first, for updates).
 * What is read is checked against the manifest's size and SHA-256 either way (package-source.ts).
 */
import { MODEL_CACHE } from '../shared/model-cache';

export async function cacheFirstFetch(url: string, init: { signal?: AbortSignal }): Promise<Response> {
  if (!url.endsWith('/manifest.json') && typeof caches !== 'undefined') {
    try {
      const stored = await (await caches.open(MODEL_CACHE)).match(url, { ignoreSearch: true });
      if (stored) return stored;
    } catch {
      // Cache Storage unavailable here (private mode): the network path below still works.
    }
  }
  return fetch(url, init);
}
