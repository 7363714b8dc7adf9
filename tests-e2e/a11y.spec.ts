/** axe-core finds no serious or critical violation in the app's main states. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ask, downloadModel, openApp, runsOn, setSettings, TINY_MODEL, waitAnswerDone } from './helpers';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('no serious or critical axe violations: first run, chat, settings, chat list', async ({ page }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox', 'small-phone'), 'axe runs on desktop browsers and the small phone');
  await openApp(page, TINY_MODEL);
  await expect(page.getByRole('button', { name: /^Download model/ })).toBeVisible();
  expect(await seriousViolations(page), 'first run').toEqual([]);

  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 16 });
  await ask(page, 'How many rest days per week?');
  await waitAnswerDone(page, 0);
  expect(await seriousViolations(page), 'conversation').toEqual([]);

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  expect(await seriousViolations(page), 'settings').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();

  const toggle = page.getByRole('button', { name: 'Chats', exact: true });
  if (await toggle.isVisible()) {
    await toggle.click();
    await expect(page.getByRole('navigation', { name: 'Chats' })).toBeVisible();
    expect(await seriousViolations(page), 'chat list').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(toggle).toBeFocused();
  }
});

test('keyboard: focus order reaches the composer and Send, and the streaming answer is a live region', async ({ page }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'keyboard checks run on desktop browsers');
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  // From the top of a fresh page (the model now loads from the cache).
  await page.reload();
  await expect(page.locator('[data-started="true"]')).toHaveAttribute('data-phase', 'ready', { timeout: 120_000 });
  const order: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? el.getAttribute('aria-label') ?? el.id ?? el.textContent?.trim() ?? el.tagName : '';
    }));
  }
  const newChat = order.indexOf('New chat');
  const settingsAt = order.indexOf('Settings');
  const composer = order.indexOf('composer-input');
  expect(newChat).toBeGreaterThanOrEqual(0);
  expect(settingsAt).toBeGreaterThan(newChat);
  expect(composer, order.join(' | ')).toBeGreaterThan(settingsAt);

  await setSettings(page, { maxNewTokens: 16 });
  await ask(page, 'Live region check');
  const live = page.locator('li[data-role="assistant"] [data-testid="answer"]').first();
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await waitAnswerDone(page, 0);
  await expect(live).toHaveAttribute('aria-busy', 'false');
});
