/**
 * A package FileSource for the bench: Cache Storage first, the network on a miss (then stored),
 * like the app's model cache, so a second page in the same browser profile measures a warm load.
 * `patchManifest` lets a run pick the variant a backend loads without touching the package.
 */
import { fetchFileSource, type FileSource } from '../../../src/engine';

export function cachedFileSource(
  baseUrl: string,
  cacheName: string,
  patchManifest?: (manifest: Record<string, unknown>) => void,
): FileSource & { hits: number; misses: number; readMs: number } {
  const network = fetchFileSource(baseUrl);
  const source = {
    location: baseUrl,
    hits: 0,
    misses: 0,
    /** ms spent getting bytes (cache or network), the rest of a load is runtime start + session. */
    readMs: 0,
    async read(path: string, options = {}) {
      const t0 = performance.now();
      const cache = await caches.open(cacheName);
      const key = new URL(path, new URL(baseUrl, location.href)).href;
      const hit = await cache.match(key);
      let data: Uint8Array;
      if (hit) {
        source.hits++;
        data = new Uint8Array(await hit.arrayBuffer());
      } else {
        source.misses++;
        data = await network.read(path, options);
        await cache.put(key, new Response(data as Uint8Array<ArrayBuffer>));
      }
      if (path === 'manifest.json' && patchManifest) {
        const m = JSON.parse(new TextDecoder().decode(data)) as Record<string, unknown>;
        patchManifest(m);
        data = new TextEncoder().encode(JSON.stringify(m));
      }
      source.readMs += performance.now() - t0;
      return data;
    },
  };
  return source;
}
