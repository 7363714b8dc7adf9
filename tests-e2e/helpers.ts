/** Steps the specs share: open the app, download a model, ask, watch an answer stream. */
import type { BrowserContext, Locator, Page, TestInfo } from '@playwright/test';
import { MODEL_CACHE } from '../src/shared/model-cache';
import { expect } from './fixtures';

export { storedMessages } from './stored-chat';

export const TINY_MODEL = 'tiny-gpt2-random';
export { DEFAULT_MODEL_ID as DEFAULT_MODEL } from '../src/shared/model-index';

export const PHONE_PROJECTS = ['pixel', 'iphone', 'small-phone'];

/** Skips the test unless it runs in one of `projects`. */
/** Firefox's page error when a fetch its service worker passes on is cut or cancelled. */
export const FIREFOX_SW_FETCH_FAILED = /^pageerror: Failed to load ‘[^’]*’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;

export function runsOn(testInfo: TestInfo, ...projects: string[]): boolean {
  return projects.includes(testInfo.project.name);
}

export async function openApp(page: Page, model?: string): Promise<void> {
  await page.goto(model ? `/?model=${encodeURIComponent(model)}` : '/');
  await expect(page.getByRole('heading', { name: 'Pocket Coach', level: 1 })).toBeVisible();
  await expect(page.locator('[data-started="true"]')).toBeVisible();
}

/** Lets persist() resolve: durableStorage over CDP in Chromium, 'persistent-storage' in Firefox. */
export async function grantPersistentStorage(page: Page, context: BrowserContext, browserName: string, origin: string): Promise<void> {
  if (browserName === 'chromium') {
    const cdp = await context.newCDPSession(page);
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    // Without an origin the grant covers every origin of this browser context.
    await cdp.send('Browser.grantPermissions', {
      permissions: ['durableStorage'],
      ...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {}),
    });
    // Keep the session: Chromium drops permission overrides when it detaches.
  } else if (browserName === 'firefox') {
    await context.grantPermissions(['persistent-storage'], { origin });
  }
}

/** From "needs download" to ready: clicks Download and checks the progress the user sees. */
export async function downloadModel(page: Page, options: { checkProgress?: boolean; timeout?: number } = {}): Promise<void> {
  await expect(page.getByTestId('storage-needed')).toBeVisible();
  await expect(page.getByTestId('storage-needed')).toContainText(/needs \d+(\.\d+)? (B|KB|MB|GB) of storage/);
  await page.getByRole('button', { name: /^Download model/ }).click();
  if (options.checkProgress) {
    const text = page.getByTestId('progress-text');
    await expect(text).toContainText(/\d+% · [\d.]+ (B|KB|MB) of [\d.]+ (KB|MB|GB) · [\d.]+ (B|KB|MB)\/s/, { timeout: 30_000 });
    await expect(page.getByRole('progressbar', { name: 'Model download' })).toBeVisible();
  }
  await waitReady(page, options.timeout);
}

export async function waitReady(page: Page, timeout = 180_000): Promise<void> {
  await expect(page.locator('[data-started="true"]')).toHaveAttribute('data-phase', 'ready', { timeout });
}

/** Sets a setting in the settings dialog and closes it. */
export async function setSettings(
  page: Page,
  values: { maxNewTokens?: number; temperature?: number; backend?: 'Automatic' | 'WebGPU' | 'WebAssembly'; ownWords?: boolean; shortAnswers?: boolean },
): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  if (values.maxNewTokens !== undefined) await typeNumber(dialog.getByLabel('Longest answer (tokens)'), values.maxNewTokens);
  if (values.ownWords !== undefined) await dialog.getByRole('checkbox', { name: /Answer in the notes’ own sentences/ }).setChecked(!values.ownWords);
  if (values.shortAnswers !== undefined) await dialog.getByRole('checkbox', { name: /^Short answers/ }).setChecked(values.shortAnswers);
  if (values.temperature !== undefined) await typeNumber(dialog.getByLabel(/^Temperature/), values.temperature);
  if (values.backend) await dialog.getByRole('radio', { name: new RegExp(`^${values.backend}`) }).check();
  await dialog.getByRole('button', { name: 'Close settings' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Types a number as a person would: select all, delete, type, leave the field. (Firefox's `fill` on
 * a number input appended to the old value, and leaving the field clamped "32160" to the maximum.)
 */
async function typeNumber(field: Locator, value: number): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(String(value));
  await field.press('Tab');
  await expect(field).toHaveValue(String(value));
}

export const answers = (page: Page) => page.locator('li[data-role="assistant"]');
export const questions = (page: Page) => page.locator('li[data-role="user"] p');

/**
 * Records the text of the answer being written each time it changes (in the page, so no state is
 * missed between polls). Call before sending; read with `streamStates`.
 */
export async function recordStream(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __states: string[]; __obs?: MutationObserver };
    w.__states = [];
    w.__obs?.disconnect();
    const obs = new MutationObserver(() => {
      const el = document.querySelector('li[data-status="streaming"] [data-testid="answer"]');
      const text = el?.textContent ?? '';
      if (text && text !== 'Thinking…' && text !== w.__states[w.__states.length - 1]) w.__states.push(text);
    });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    w.__obs = obs;
  });
}

export async function streamStates(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __states: string[] }).__states);
}

/**
 * Clicks Stop from inside the page as soon as the answer at `index` has streamed two different
 * texts: a fast decoder can finish a short answer between two polls from the test, so the click
 * must not wait for a round trip.
 */
export async function armStop(page: Page, index: number): Promise<void> {
  await page.evaluate((n) => {
    let seen = 0;
    let last = '';
    const obs = new MutationObserver(() => {
      const li = document.querySelectorAll('li[data-role="assistant"]')[n];
      if (li?.getAttribute('data-status') !== 'streaming') return;
      const text = li.querySelector('[data-testid="answer"]')?.textContent ?? '';
      if (!text || text === 'Thinking…' || text === last) return;
      last = text;
      if (++seen < 2) return;
      const stop = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Stop');
      if (!stop) return;
      obs.disconnect();
      stop.click();
    });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, index);
}

/**
 * Reloads the page from inside it as soon as a partial answer is stored (checked every 20 ms), so
 * the reload lands while the answer is still streaming even when the decoder is fast. Resolves
 * once the new page has loaded.
 */
export async function reloadOnPartialSave(page: Page, ask: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    const timer = setInterval(() => {
      const open = indexedDB.open('pocket-coach');
      open.onsuccess = () => {
        const db = open.result;
        const store = db.transaction('app', 'readonly').objectStore('app');
        const current = store.get('current-chat');
        current.onsuccess = () => {
          const chat = store.get(`chat:${String(current.result)}`);
          chat.onsuccess = () => {
            const last = ((chat.result?.messages ?? []) as { role: string; status: string; content: string }[]).at(-1);
            db.close();
            if (last?.role === 'assistant' && last.status === 'streaming' && last.content.length > 0) {
              clearInterval(timer);
              location.reload();
            }
          };
        };
      };
    }, 20);
  });
  const reloaded = page.waitForEvent('load', { timeout: 4 * 60_000 });
  await ask();
  await reloaded;
}

export async function ask(page: Page, question: string): Promise<void> {
  const input = page.getByLabel('Your question');
  await input.fill(question);
  await input.press('Enter');
}

/** Several distinct, growing states of one answer. */
export function expectGrowing(states: string[], atLeast = 3): void {
  expect(states.length, `intermediate states: ${JSON.stringify(states.slice(0, 5))}`).toBeGreaterThanOrEqual(atLeast);
  const lengths = states.map((s) => s.length);
  // Rendering may fold markdown markers, so allow a tiny step back but require overall growth.
  for (let i = 1; i < lengths.length; i++) expect(lengths[i]!).toBeGreaterThanOrEqual(lengths[i - 1]! - 4);
  expect(lengths[lengths.length - 1]!).toBeGreaterThan(lengths[0]!);
}

/** Waits until answer number `index` (0-based) has finished with `status`. */
export async function waitAnswerDone(page: Page, index: number, status = 'complete', timeout = 180_000): Promise<void> {
  await expect(answers(page)).toHaveCount(index + 1, { timeout: 30_000 });
  await expect(answers(page).nth(index)).toHaveAttribute('data-status', status, { timeout });
}

/** Replaces the largest stored file of the tiny package with other bytes (same size unless told). */
export async function damageStoredFile(page: Page, options: { sameSize: boolean; forgetVerification: boolean }): Promise<string> {
  return page.evaluate(
    async ({ cacheName, sameSize, forget }) => {
      const cache = await caches.open(cacheName);
      let biggest: { req: Request; size: number } | null = null;
      for (const req of await cache.keys()) {
        if (!req.url.includes('?sha256=')) continue;
        const size = (await (await cache.match(req))!.blob()).size;
        if (!biggest || size > biggest.size) biggest = { req, size };
      }
      if (!biggest) throw new Error('nothing stored');
      const bytes = new Uint8Array(sameSize ? biggest.size : biggest.size - 1).fill(7);
      await cache.put(biggest.req, new Response(bytes));
      if (forget) {
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pocket-coach');
          open.onsuccess = () => {
            const tx = open.result.transaction('app', 'readwrite');
            tx.objectStore('app').delete('model-verified-files');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        });
      }
      return new URL(biggest.req.url).pathname;
    },
    { cacheName: MODEL_CACHE, sameSize: options.sameSize, forget: options.forgetVerification },
  );
}
