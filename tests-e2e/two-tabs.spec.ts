/**
 * The app open in two tabs of one browser: one tab holds the model at a time (the other says so
 * and can take it over), and no tab's write drops the other tab's messages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answers, ask, downloadModel, openApp, questions, runsOn, setSettings, storedMessages, TINY_MODEL, waitAnswerDone, waitReady } from './helpers';
import { startCuttingServer, type CuttingServer } from './cutting-server';

const PORT = 4182;
/** Started for each test on the projects that run this spec; the others never start one. */
let server: CuttingServer | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeEach(async ({}, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'tabs run on desktop browsers');
  server = await startCuttingServer(PORT);
});

test.afterEach(async () => {
  await server?.stop();
});

const storedTurns = async (page: Page): Promise<string[]> => (await storedMessages(page)).map((m) => (m.role === 'user' ? `Q ${m.content}` : `A ${m.status}`));

const phaseOf = (page: Page) => page.locator('[data-started="true"]');

test('a second tab does not load a second model: it says so and can take the model over', async ({ page, context }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  const other = await context.newPage();
  await openApp(other, TINY_MODEL);
  await expect(other.getByTestId('model-elsewhere')).toContainText('open in another tab');
  await expect(phaseOf(other)).toHaveAttribute('data-phase', 'elsewhere');
  await expect(phaseOf(page)).toHaveAttribute('data-phase', 'ready');

  await other.getByRole('button', { name: 'Use the model in this tab' }).click();
  await waitReady(other);
  await expect(phaseOf(page)).toHaveAttribute('data-phase', 'elsewhere');

  // Closing the tab that holds the model hands it back to the one left open.
  await other.close();
  await waitReady(page);
});

test('two tabs on one chat: each asks, and storage keeps both turns', async ({ page, context }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 8 });
  await ask(page, 'First, from tab A');
  await waitAnswerDone(page, 0);

  // Tab B opens the same chat, then tab A asks again.
  const other = await context.newPage();
  await openApp(other, TINY_MODEL);
  await expect(questions(other)).toHaveText(['First, from tab A']);
  await ask(page, 'Second, from tab A');
  await waitAnswerDone(page, 1);

  // Where one tab holds the model, tab B takes it over to ask.
  const takeOver = other.getByRole('button', { name: 'Use the model in this tab' });
  if (await takeOver.isVisible()) await takeOver.click();
  await waitReady(other);
  const shown = await answers(other).count();
  await ask(other, 'Third, from tab B');
  await waitAnswerDone(other, shown);

  await expect.poll(() => storedTurns(page), { timeout: 10_000 }).toEqual([
    'Q First, from tab A', 'A complete',
    'Q Second, from tab A', 'A complete',
    'Q Third, from tab B', 'A complete',
  ]);
  // Each tab is told of the other's writes and shows them.
  const all = ['First, from tab A', 'Second, from tab A', 'Third, from tab B'];
  await expect(questions(page)).toHaveText(all);
  await expect(questions(other)).toHaveText(all);
});
