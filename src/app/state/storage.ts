/**
 * Persistent-storage state. persist() is asked for but never awaited by the flow that needs
 * storage: in Firefox it waits on a permission prompt.
 */
import { signal } from '@preact/signals';

export type PersistState = 'unknown' | 'asking' | 'granted' | 'denied' | 'unsupported';

export const persistState = signal<PersistState>('unknown');
export const estimate = signal<{ usage: number; quota: number } | null>(null);

export async function refreshStorage(): Promise<void> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) {
    persistState.value = 'unsupported';
    return;
  }
  try {
    const e = await storage.estimate();
    estimate.value = { usage: e.usage ?? 0, quota: e.quota ?? 0 };
  } catch {
    estimate.value = null;
  }
  if (persistState.value === 'unknown' && storage.persisted) {
    persistState.value = (await storage.persisted().catch(() => false)) ? 'granted' : 'unknown';
  }
}

/** Asks once; the answer lands in `persistState` whenever the browser gives it. */
export function requestPersistence(): void {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) {
    persistState.value = 'unsupported';
    return;
  }
  if (persistState.value === 'granted' || persistState.value === 'asking') return;
  persistState.value = 'asking';
  storage.persist().then(
    (granted) => {
      persistState.value = granted ? 'granted' : 'denied';
      void refreshStorage();
    },
    () => {
      persistState.value = 'denied';
    },
  );
}

export function freeBytes(): number | null {
  const e = estimate.value;
  return e && e.quota > 0 ? Math.max(0, e.quota - e.usage) : null;
}
