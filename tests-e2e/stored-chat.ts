/** Reads the current chat as the app stored it (IndexedDB, as src/app/state/db.ts writes it); free of
 * the test runner, so the specs and bench/soak.ts share it. */
import type { Page } from 'playwright-core';

export interface StoredMessage {
  role: string;
  content: string;
  status?: string;
  stats?: { promptTokens: number; droppedMessages?: number; reusedPromptTokens?: number; timeToFirstTokenMs: number };
}

export function storedMessages(page: Pick<Page, 'evaluate'>): Promise<StoredMessage[]> {
  return page.evaluate(
    () =>
      new Promise<StoredMessage[]>((resolve, reject) => {
        const open = indexedDB.open('pocket-coach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('app', 'readonly').objectStore('app');
          const current = store.get('current-chat');
          current.onsuccess = () => {
            const chat = store.get(`chat:${String(current.result)}`);
            chat.onsuccess = () => {
              open.result.close();
              resolve((chat.result?.messages ?? []) as StoredMessage[]);
            };
          };
        };
      }),
  );
}
