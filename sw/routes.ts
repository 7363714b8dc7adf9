/** Every route the service worker answers, in the order Workbox tries them. */
import { addPlugins, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { isolationPlugin } from './isolation';
import { isModelRequest, serveModelFile } from './model-files';

export function installRoutes(precache: Array<PrecacheEntry | string>, scope: string): void {
  addPlugins([isolationPlugin]);
  // App shell, bundles and onnxruntime's wasm: versioned by the build, served cache first.
  precacheAndRoute(precache);
  // Model packages: their own cache, which app updates never touch.
  registerRoute(({ url }) => isModelRequest(url, scope), ({ request }) => serveModelFile(request));
  // Any other navigation (deep links, `?model=...`, offline) gets the app shell.
  const modelsPath = new URL('models/', scope).pathname;
  registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [new RegExp(`^${modelsPath}`)] }));
}
