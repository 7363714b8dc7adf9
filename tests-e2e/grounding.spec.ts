/**
 * Answers grounded in the Pocket Coach notes, in a real browser with the real shipped notes index:
 * sources under the answer, "not covered" for an off-topic question, the notes-off setting, and a
 * damaged index (the app still answers, without notes, and says so). Mechanics use the tiny
 * random-weights package (its manifest has a notes slot); the main path (main-path.spec.ts)
 * checks the same with the real default model.
 */
import { expect, test } from './fixtures';
import { answers, ask, downloadModel, openApp, runsOn, setSettings, TINY_MODEL, waitAnswerDone } from './helpers';

test.beforeEach(async ({ page }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'grounding mechanics run on desktop browsers');
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 8 });
});

test('a covered question shows the notes it was given, expandable, and they survive a reload', async ({ page }) => {
  await ask(page, 'How much protein do athletes need per day?');
  await waitAnswerDone(page, 0);
  const sources = answers(page).first().getByTestId('sources');
  await expect(sources).toBeVisible();
  await expect(sources.locator('summary')).toHaveText(/From the Pocket Coach notes \(\d passages?\)/);
  const items = sources.getByTestId('source');
  await expect(items.first()).toBeHidden();
  await sources.locator('summary').click();
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(3);
  await expect(items.filter({ hasText: /protein/i }).first()).toBeVisible();
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id')));
  await page.reload();
  await expect(answers(page).first().getByTestId('source')).toHaveCount(count);
  expect(await answers(page).first().getByTestId('source').evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id')))).toEqual(ids);
});

test('an off-topic or foreign-language question is marked as not covered, with no source', async ({ page }) => {
  await ask(page, 'What is the capital of France?');
  await waitAnswerDone(page, 0);
  await expect(answers(page).nth(0).getByTestId('not-covered')).toBeVisible();
  await expect(answers(page).nth(0).getByTestId('source')).toHaveCount(0);
  await ask(page, 'Сколько воды нужно пить во время тренировки?');
  await waitAnswerDone(page, 1);
  await expect(answers(page).nth(1).getByTestId('not-covered')).toBeVisible();
});

test('with the notes turned off in Settings the answer says it has no source', async ({ page }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('checkbox', { name: /Answer from the Pocket Coach notes/ }).uncheck();
  await dialog.getByRole('button', { name: 'Close settings' }).click();
  await ask(page, 'How much protein do athletes need per day?');
  await waitAnswerDone(page, 0);
  await expect(answers(page).first().getByTestId('notes-off')).toBeVisible();
  await expect(answers(page).first().getByTestId('sources')).toHaveCount(0);
});

test('a damaged notes index: the app still answers, without notes, and says why', async ({ page, context }) => {
  // Every copy the page could get is damaged: the network answer and the service worker's cache.
  await context.route(/\/knowledge\/kb-[0-9a-f]+\.json$/, (route) => route.fulfill({ body: '{"damaged": true}', contentType: 'application/json' }));
  await page.evaluate(async () => {
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) if (/\/knowledge\/kb-/.test(req.url)) await cache.put(req, new Response('{"damaged": true}'));
    }
  });
  await page.reload();
  await expect(page.locator('[data-started="true"]')).toHaveAttribute('data-phase', 'ready', { timeout: 120_000 });
  await ask(page, 'How much protein do athletes need per day?');
  await waitAnswerDone(page, 0);
  await expect(answers(page).first().getByTestId('notes-unavailable')).toContainText(/notes could not be loaded: the notes index is damaged/);
  await expect(answers(page).first().getByTestId('answer')).not.toBeEmpty();
});
