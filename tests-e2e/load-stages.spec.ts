/**
 * What a warm start shows while it works (issue 14, item 5): with the default model stored, a
 * reload shows the load's stages in order, in the status line and in the loading card, until the
 * model is ready. A page script records every text the status line held, so a stage that lasted a
 * single frame still counts.
 */
import { expect, test } from './fixtures';
import { DEFAULT_MODEL, downloadModel, openApp, runsOn, waitReady } from './helpers';
import { servePreview } from './preview-server';

const PORT = 4186;
servePreview(PORT, 'chromium', 'firefox');

/** The stage sentences of src/app/state/model.ts LOAD_STAGE_TEXT, in the order a load runs them. */
const STAGES = ['reading the saved model', 'starting the runtime', 'unpacking the weights for this CPU'];

test('a warm start says what it is doing: reading, starting, unpacking, then ready', async ({ page }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'desktop Chromium and Firefox load the default model on the CPU here');
  test.setTimeout(8 * 60_000);
  await openApp(page, DEFAULT_MODEL);
  await downloadModel(page, { timeout: 5 * 60_000 });

  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    new MutationObserver(() => {
      const line = document.querySelector('[data-testid="status-line"]');
      const card = document.querySelector('[data-phase="loading"]');
      for (const text of [line?.textContent, card?.textContent]) if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.reload();
  await waitReady(page, 2 * 60_000);
  await expect(page.getByTestId('status-line')).toContainText(/WASM, float32/);

  const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
  // Each stage in the status line, in order; the loading card says it as a sentence with its percentage.
  const firstAt = STAGES.map((stage) => seen.findIndex((text) => text.includes(stage)));
  expect(firstAt.every((i) => i >= 0), `stages seen: ${JSON.stringify(seen)}`).toBe(true);
  expect([...firstAt].sort((a, b) => a - b)).toEqual(firstAt);
  expect(seen.some((text) => /Reading the saved model… \d+%/.test(text))).toBe(true);
  expect(seen.some((text) => /Unpacking the weights for this CPU… \d+%/.test(text))).toBe(true);
});
