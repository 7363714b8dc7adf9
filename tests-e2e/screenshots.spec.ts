/**
 * The README's screenshots, with the real default model. Not part of the normal run:
 *   SCREENSHOTS=1 npx playwright test screenshots --project=chromium --project=small-phone
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ask, downloadModel, openApp, runsOn, setSettings, waitAnswerDone } from './helpers';

const SHOTS = new URL('../docs/screenshots/', import.meta.url);
const shot = (name: string) => new URL(name, SHOTS).pathname;

test('screenshots for the README', async ({ page }, testInfo) => {
  test.skip(!process.env['SCREENSHOTS'], 'set SCREENSHOTS=1 to refresh docs/screenshots');
  test.skip(!runsOn(testInfo, 'chromium', 'small-phone'), 'desktop and phone shots');
  test.setTimeout(25 * 60_000);
  mkdirSync(SHOTS, { recursive: true });
  const kind = testInfo.project.name === 'chromium' ? 'desktop' : 'phone';
  await openApp(page);
  await expect(page.getByRole('button', { name: /^Download model/ })).toBeVisible();
  await page.screenshot({ path: shot(`${kind}-first-run.png`) });
  await downloadModel(page, { timeout: 10 * 60_000 });
  await setSettings(page, { maxNewTokens: 80, temperature: 0 });
  await ask(page, 'What is a good warm-up before a 5 km race?');
  await waitAnswerDone(page, 0, 'complete', 12 * 60_000);
  // The "WebGPU is not available" notice is true here but not what the README shows.
  await page.getByRole('status').filter({ hasText: 'WebGPU is not available' }).getByRole('button', { name: 'Dismiss' }).click();
  await page.getByLabel('Your question').blur();
  await page.screenshot({ path: shot(`${kind}-chat.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: shot(`${kind}-chat-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.screenshot({ path: shot(`${kind}-settings.png`) });
});
