/** The app's IndexedDB store (idb-keyval): chats, settings and model verification marks. */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

const store: UseStore = createStore('pocket-coach', 'app');

export const KEYS = {
  settings: 'settings',
  chatIndex: 'chats',
  currentChat: 'current-chat',
  chat: (id: string) => `chat:${id}`,
  verifiedFiles: 'model-verified-files',
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
