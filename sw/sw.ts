/// <reference lib="webworker" />
/**
 * The service worker: only its listeners live here; routes and strategies are beside it.
 * Updates wait for the page's "New version — reload" (SKIP_WAITING); the model cache and
 * IndexedDB are never touched by an update.
 */
import { cleanupOutdatedCaches } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { installRoutes } from './routes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

installRoutes(self.__WB_MANIFEST, self.registration.scope);
// Precaches left by older Workbox versions; the current precache drops stale entries itself.
cleanupOutdatedCaches();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

// Take the first visit's page at once, so the model it downloads is served from the cache.
self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(self.clients.claim());
});
