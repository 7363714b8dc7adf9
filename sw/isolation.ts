/**
 * Cross-origin isolation added by the service worker itself, so a plain static host (one that
 * sends no COOP/COEP) still gives the app `crossOriginIsolated` and WASM threads once the
 * worker controls the page.
 */
import type { WorkboxPlugin } from 'workbox-core';

export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function withIsolationHeaders(response: Response): Response {
  // Opaque and error responses cannot be rewritten; there is nothing of ours in them to isolate.
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** For Workbox strategies (the precache): every response they give gets the headers. */
export const isolationPlugin: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withIsolationHeaders(response),
};
