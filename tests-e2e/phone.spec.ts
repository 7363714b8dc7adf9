/**
 * Phone layouts (Pixel, iPhone-sized, 360x640): no horizontal scroll, 44 px touch targets, the
 * chat list as a panel. Uses the tiny package: layout, not answers, is under test.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ask, downloadModel, openApp, PHONE_PROJECTS, runsOn, setSettings, TINY_MODEL, waitAnswerDone } from './helpers';

async function noHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'page wider than the screen').toBeLessThanOrEqual(innerWidth);
}

/** Every visible control is at least 44x44 CSS px (a radio or checkbox counts by its label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"]');
    for (const el of Array.from(controls)) {
      const target = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? el.closest('label') ?? el : el;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      if (target.closest('dialog:not([open])')) continue;
      if (r.width < 44 || r.height < 44) {
        small.push(`${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim()}" ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return small;
  });
}

test('phone layout: no horizontal scroll, 44 px targets', async ({ page }, testInfo) => {
  test.skip(!runsOn(testInfo, ...PHONE_PROJECTS), 'phone projects only');
  await openApp(page, TINY_MODEL);
  await expect(page.getByRole('button', { name: /^Download model/ })).toBeVisible();
  await noHorizontalScroll(page);
  expect(await smallTargets(page), 'first run').toEqual([]);

  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 24 });
  await ask(page, 'What is a good warm-up before a 5 km race? <b>not bold</b> and a_very_long_word_without_spaces_that_should_wrap_somewhere_nicely');
  await waitAnswerDone(page, 0);
  await noHorizontalScroll(page);
  expect(await smallTargets(page), 'conversation').toEqual([]);

  await page.getByRole('button', { name: 'Chats', exact: true }).click();
  const list = page.getByRole('navigation', { name: 'Chats' });
  await expect(list).toBeVisible();
  await noHorizontalScroll(page);
  expect(await smallTargets(page), 'chat list').toEqual([]);
  await list.getByRole('button', { name: 'Close chats' }).click();
  await expect(list).toBeHidden();

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await noHorizontalScroll(page);
  expect(await smallTargets(page), 'settings').toEqual([]);
});
