/** The app's IndexedDB store (idb-keyval): chats, settings and model verification marks. */
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';

const store: UseStore = createStore('pocket-coach', 'app');

export const KEYS = {
  settings: 'settings',
  chatIndex: 'chats',
  currentChat: 'current-chat',
  chat: (id: string) => `chat:${id}`,
  verifiedFiles: 'model-verified-files',
  /** ms: the slowest model runtime start seen on this device (the load watchdog's bound follows it). */
  slowestRuntimeStart: 'slowest-runtime-start',
} as const;

export function dbGet<T>(key: string): Promise<T | undefined> {
  return get<T>(key, store);
}

export function dbSet(key: string, value: unknown): Promise<void> {
  return set(key, value, store);
}

export function dbDel(key: string): Promise<void> {
  return del(key, store);
}

/** Reads, changes and writes one key in a single transaction: no other tab's write lands between. */
export async function dbUpdate<T>(key: string, change: (old: T | undefined) => T): Promise<T> {
  let result: T | undefined;
  await update<T>(key, (old) => (result = change(old)), store);
  return result as T;
}
