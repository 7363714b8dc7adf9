/**
 * Chat mechanics with the tiny random-weights package (fast; its answers are noise):
 * composer keys, HTML as text, chats, copy, regenerate, settings that persist.
 */
import { expect, test } from './fixtures';
import { answers, ask, downloadModel, openApp, questions, recordStream, runsOn, setSettings, streamStates, TINY_MODEL, waitAnswerDone } from './helpers';

test.beforeEach(async ({ page }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'chat mechanics run on desktop browsers');
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 16 });
});

test('composer: send disabled while empty, Shift+Enter new line, Enter sends', async ({ page }) => {
  const input = page.getByLabel('Your question');
  const send = page.getByRole('button', { name: 'Send' });
  await expect(send).toBeDisabled();
  await input.fill('   ');
  await expect(send).toBeDisabled();
  await input.fill('');
  await input.pressSequentially('line one');
  await input.press('Shift+Enter');
  await input.pressSequentially('line two');
  await expect(input).toHaveValue('line one\nline two');
  await expect(questions(page)).toHaveCount(0);
  await expect(send).toBeEnabled();
  await input.press('Enter');
  await expect(questions(page)).toHaveCount(1);
  await expect(questions(page).first()).toContainText('line one\nline two', { useInnerText: true });
  await expect(input).toHaveValue('');
  await waitAnswerDone(page, 0);
});

test('HTML and script in a prompt show as text and run nothing', async ({ page }) => {
  await page.evaluate(() => ((window as unknown as { __pwned: number }).__pwned = 0));
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold?</b>';
  await ask(page, payload);
  await expect(questions(page).first()).toHaveText(new RegExp(payload.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await waitAnswerDone(page, 0);
  expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
});

test('answers stream, regenerate replaces the last answer, copy puts it on the clipboard', async ({ page, context, browserName }) => {
  await recordStream(page);
  await ask(page, 'How should I pace a marathon?');
  await waitAnswerDone(page, 0);
  expect((await streamStates(page)).length).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(answers(page)).toHaveCount(1);
  await waitAnswerDone(page, 0);
  await expect(questions(page)).toHaveCount(1);

  if (browserName === 'chromium') await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('button', { name: /^Copied|^Copy failed/ })).toBeVisible();
  if (browserName === 'chromium') {
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await answers(page).first().getByTestId('answer').textContent());
  }
});

test('new chat, chat list, open and delete; chats and settings survive a reload', async ({ page }) => {
  await ask(page, 'First chat question');
  await waitAnswerDone(page, 0);
  await page.getByRole('button', { name: 'New chat', exact: true }).click();
  await expect(questions(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Ask about training/ })).toBeVisible();
  await ask(page, 'Second chat question');
  await waitAnswerDone(page, 0);

  const list = page.getByRole('navigation', { name: 'Chats' });
  await expect(list.getByRole('button', { name: /^First chat question/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /^Second chat question/ })).toBeVisible();
  await list.getByRole('button', { name: /^First chat question/ }).click();
  await expect(questions(page)).toHaveText(['First chat question']);

  await page.reload();
  await expect(questions(page)).toHaveText(['First chat question']);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Longest answer (tokens)')).toHaveValue('16');
  await page.getByRole('button', { name: 'Close settings' }).click();

  await list.getByRole('button', { name: 'Delete chat: First chat question' }).click();
  await expect(list.getByRole('button', { name: /^First chat question/ })).toHaveCount(0);
  await expect(questions(page)).toHaveCount(0);
  await page.reload();
  await expect(list.getByRole('button', { name: /^First chat question/ })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /^Second chat question/ })).toBeVisible();
});
