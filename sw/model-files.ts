/**
 * Serving model packages (`/models/<id>/...`). The page downloads, verifies and stores files in
 * MODEL_CACHE; here they are only read: cache first (with Range support, for loaders that read a
 * file in slices), the network on a miss. Manifests go to the network first, so a new package
 * version is seen, and fall back to the cached copy offline.
 */
import { createPartialResponse } from 'workbox-range-requests';
import { MODEL_CACHE } from '../src/shared/model-cache';
import { withIsolationHeaders } from './isolation';

const MANIFEST_TIMEOUT_MS = 5000;

export function isModelRequest(url: URL, scope: string): boolean {
  return url.href.startsWith(`${scope}models/`) && url.pathname !== new URL('models/', scope).pathname;
}

export async function serveModelFile(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cache = await caches.open(MODEL_CACHE);
  const bare = url.origin + url.pathname;
  if (url.pathname.endsWith('/manifest.json')) {
    try {
      return withIsolationHeaders(await fetchWithTimeout(request, MANIFEST_TIMEOUT_MS));
    } catch (e) {
      const cached = await cache.match(bare, { ignoreSearch: true });
      if (cached) return withIsolationHeaders(cached);
      throw e;
    }
  }
  const cached = await cache.match(bare, { ignoreSearch: true });
  if (!cached) return withIsolationHeaders(await fetch(request));
  if (request.headers.has('range')) return withIsolationHeaders(await createPartialResponse(request, cached));
  return withIsolationHeaders(cached);
}

async function fetchWithTimeout(request: Request, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fetch(request, { signal: controller.signal, cache: 'no-store' });
  } finally {
    clearTimeout(timer);
  }
}
