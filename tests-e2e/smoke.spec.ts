import { expect, test } from './fixtures';

test('the app loads cross-origin isolated, with no errors and no foreign requests', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Pocket Coach', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
});
