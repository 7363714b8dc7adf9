/** Installability and the web app manifest. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openApp, runsOn } from './helpers';

test('Chromium reports no installability errors; the manifest is complete', async ({ page, playwright, baseURL }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium'), 'CDP installability check is Chromium only');
  // Playwright's contexts are incognito, which alone makes an app uninstallable ("in-incognito"):
  // ask a persistent profile instead.
  const profile = mkdtempSync(join(tmpdir(), 'pocket-coach-install-'));
  const persistent = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    headless: true,
    ...(baseURL ? { baseURL } : {}),
  });
  try {
    const installPage = persistent.pages()[0] ?? (await persistent.newPage());
    const errors: string[] = [];
    installPage.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await installPage.goto('/');
    await installPage.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => installPage.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const cdp = await persistent.newCDPSession(installPage);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await persistent.close();
    rmSync(profile, { recursive: true, force: true });
  }

  await openApp(page);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    return (await fetch(href)).json();
  });
  expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Pocket Coach', display: 'standalone', start_url: './', scope: './' });
  expect(manifest.theme_color).toMatch(/^#/);
  expect(manifest.background_color).toMatch(/^#/);
  const icons = manifest.icons as Array<{ src: string; sizes: string; purpose: string }>;
  for (const want of [{ sizes: '192x192', purpose: 'any' }, { sizes: '512x512', purpose: 'any' }, { sizes: '512x512', purpose: 'maskable' }]) {
    const icon = icons.find((i) => i.sizes === want.sizes && i.purpose === want.purpose);
    expect(icon, JSON.stringify(want)).toBeTruthy();
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, new URL(icon!.src, page.url()).href);
    expect(size).toBe(want.sizes);
  }
});
