/**
 * The service worker, seen from the page (workbox-window). A new version waits until the user
 * chooses "Reload"; chats (IndexedDB) and the model (its own cache) are untouched by it.
 */
import { signal } from '@preact/signals';
import { Workbox } from 'workbox-window';

export const updateWaiting = signal(false);
/** True once a service worker controls the page: the model cache is then served offline too. */
export const offlineReady = signal(false);

let wb: Workbox | null = null;
let updateAccepted = false;
const RELOADED_FOR_ISOLATION = 'pocket-coach:reloaded-for-isolation';
let reloadIsSafe: () => boolean = () => true;

/** The app says when a reload would cut nothing off (no download, no answer being written). */
export function setReloadGuard(isSafe: () => boolean): void {
  reloadIsSafe = isSafe;
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  wb = new Workbox(`${base}sw.js`, { scope: base });
  wb.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  wb.register().then(
    () => {
      if (navigator.serviceWorker.controller) offlineReady.value = true;
    },
    () => {
      // The update check failed (offline): the installed service worker keeps serving.
    },
  );
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    offlineReady.value = true;
    // The user chose "Reload" and the new version now controls the page: load it. (Workbox's
    // own 'controlling' event skips updates it counts as external, e.g. found after a minute.)
    if (updateAccepted) location.reload();
    else reloadForIsolation();
  });
}

/**
 * On a static host that sends no COOP/COEP, only responses from the service worker carry them:
 * once it controls the page, one reload makes the page cross-origin isolated (WASM threads).
 */
function reloadForIsolation(): void {
  if (crossOriginIsolated || sessionStorage.getItem(RELOADED_FOR_ISOLATION) || !reloadIsSafe()) return;
  sessionStorage.setItem(RELOADED_FOR_ISOLATION, '1');
  location.reload();
}

export function applyUpdate(): void {
  if (!wb) return;
  updateAccepted = true;
  updateWaiting.value = false;
  wb.messageSkipWaiting();
}
