/**
 * What the composer sends and when: invisible-only text is empty and control characters are
 * stripped; a question sent while the model downloads, or right after Stop, waits and is asked;
 * a question refused as too long leaves the chat; a stalled download is told.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answers, ask, downloadModel, openApp, questions, runsOn, setSettings, storedMessages, TINY_MODEL, waitAnswerDone, waitReady } from './helpers';
import { startCuttingServer, type CuttingServer } from './cutting-server';

const PORT = 4185;
/** Started for each test on the projects that run this spec; the others never start one. */
let server: CuttingServer | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeEach(async ({}, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'composer mechanics run on desktop browsers');
  server = await startCuttingServer(PORT);
});

test.afterEach(async () => {
  await server?.stop();
});

const input = (page: Page) => page.getByLabel('Your question');

const storedContents = async (page: Page): Promise<string[]> => (await storedMessages(page)).map((m) => m.content);

test('invisible-only text is not sent; control characters are stripped from the question and title', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 8 });
  for (const invisible of ['\u200B\u200B\u200B', '\u2800\u2800', '\uFEFF \u200D']) {
    await input(page).fill(invisible);
    await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
    await input(page).press('Enter');
  }
  await expect(questions(page)).toHaveCount(0);
  await input(page).fill('Rest\u0007 days\u001B[31m\u0000 for runners');
  await input(page).press('Enter');
  await waitAnswerDone(page, 0);
  await expect(questions(page)).toHaveText(['Rest days[31m for runners']);
  await expect(page.getByRole('navigation', { name: 'Chats' })).toContainText('Rest days[31m for runners');
  expect((await storedContents(page))[0]).toBe('Rest days[31m for runners');
});

test('a question sent before the model is ready waits, visibly, and is answered once it is', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await ask(page, 'Asked while the model downloads');
  await expect(page.getByTestId('queued-question')).toContainText('Asked while the model downloads');
  await downloadModel(page);
  await waitAnswerDone(page, 0);
  await expect(questions(page)).toHaveText(['Asked while the model downloads']);
  await expect(page.getByTestId('queued-question')).toHaveCount(0);
});

test('Enter right after Stop is not dropped: the question is asked once the stopped answer ends', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 200 });
  await ask(page, 'A long first answer please');
  await expect(answers(page).first()).toHaveAttribute('data-status', 'streaming');
  // Stop and Enter in one task: the answer cannot have ended yet when Enter arrives.
  await page.evaluate(() => {
    const box = document.getElementById('composer-input') as HTMLTextAreaElement;
    Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Stop')!.click();
    box.value = 'Second question, right after Stop';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  });
  await waitAnswerDone(page, 1);
  await expect(answers(page).first()).toHaveAttribute('data-status', 'stopped');
  await expect(questions(page)).toHaveText(['A long first answer please', 'Second question, right after Stop']);
});

test('a question refused as too long leaves the chat and is not sent again with the history', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 8 });
  await ask(page, 'A short question');
  await waitAnswerDone(page, 0);
  const huge = 'word '.repeat(23_400); // 117,000 characters
  await ask(page, huge);
  await expect(page.getByRole('alert')).toContainText('too long');
  await expect(questions(page)).toHaveText(['A short question']);
  await expect.poll(() => storedContents(page).then((c) => c.some((t) => t.length > 1000))).toBe(false);
  // It comes back to the composer to be shortened.
  await expect(input(page)).toHaveValue(huge.trim());
  await ask(page, 'Next question');
  await waitAnswerDone(page, 1);
  await expect(questions(page)).toHaveText(['A short question', 'Next question']);
});

test('a stalled download says so and shows no stale speed, then goes on', async ({ page }) => {
  server!.pause('model_q4.onnx', 500_000, 14_000);
  await openApp(page, TINY_MODEL);
  await page.getByRole('button', { name: /^Download model/ }).click();
  await expect(page.getByTestId('download-stalled')).toContainText('stalled', { timeout: 20_000 });
  await expect(page.getByTestId('progress-text')).toContainText('· 0 B/s');
  await waitReady(page);
});
