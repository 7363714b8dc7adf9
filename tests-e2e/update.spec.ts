/**
 * "New version — reload": a new build (a byte-different sw.js) is offered, not forced, and
 * taking it keeps the chats and the downloaded model. Runs on a private copy of the build.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_CACHE } from '../src/shared/model-cache';
import { expect, test } from './fixtures';
import { ask, downloadModel, openApp, questions, runsOn, setSettings, TINY_MODEL, waitAnswerDone, waitReady } from './helpers';
import { startPreview, type PreviewServer } from './preview-server';

const PORT = 4175;
let server: PreviewServer | null = null;
let copy = '';

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async ({}, testInfo) => {
  if (!runsOn(testInfo, 'chromium', 'firefox')) return;
  copy = mkdtempSync(join(tmpdir(), 'pocket-coach-dist-'));
  cpSync(fileURLToPath(new URL('../dist', import.meta.url)), copy, { recursive: true });
  server = await startPreview(PORT, copy);
});

test.afterAll(async () => {
  await server?.stop();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('an update is offered, and taking it keeps chats and the downloaded model', async ({ page }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'the update path runs on desktop browsers');
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 8 });
  await ask(page, 'Before the update');
  await waitAnswerDone(page, 0);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  appendFileSync(join(copy, 'sw.js'), '\n// next version\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const banner = page.getByRole('status').filter({ hasText: 'New version' });
  await expect(banner).toBeVisible({ timeout: 60_000 });
  // Offered, not forced: the page is still the old one with its chat.
  await expect(questions(page)).toHaveText(['Before the update']);
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await expect(banner).toBeHidden();
  await expect(questions(page)).toHaveText(['Before the update']);
  await waitReady(page);
  await expect(page.getByRole('button', { name: /^Download model/ })).toHaveCount(0);
  // One precache (the new version's), and the model cache untouched beside it.
  const names = await page.evaluate(() => caches.keys());
  expect(names.filter((n) => n.startsWith('workbox-precache'))).toHaveLength(1);
  expect(names).toContain(MODEL_CACHE);
});
