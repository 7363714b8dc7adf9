/**
 * The download and integrity layer and the service worker, with the tiny package on Chromium and Firefox:
 * cancel, size/hash mismatch -> evict and fetch again, offline corruption told plainly, range
 * requests and isolation headers from the model cache, storage-full and missing-model errors.
 */
import { MODEL_CACHE } from '../src/shared/model-cache';
import { expect, test } from './fixtures';
import { damageStoredFile, downloadModel, FIREFOX_SW_FETCH_FAILED, openApp, runsOn, TINY_MODEL, waitReady } from './helpers';

test.beforeEach(async ({}, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'model-store mechanics run on desktop browsers');
});

/** Firefox's setOffline blocks the page's fetches but not the service worker's (TRAPS.md). */
const OFFLINE_SKIP = 'Firefox setOffline does not stop the service worker fetching';

const CACHE = MODEL_CACHE;

test('download can be cancelled and started again', async ({ page, context, guard }) => {
  // Hold the model bytes back so Cancel lands mid-download.
  const onnx = /\/models\/.*\.onnx$/;
  await context.route(onnx, async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue().catch(() => undefined); // the page may have cancelled it meanwhile
  });
  await openApp(page, TINY_MODEL);
  await page.getByRole('button', { name: /^Download model/ }).click();
  await page.getByRole('button', { name: 'Cancel download' }).click();
  await expect(page.getByRole('button', { name: /^Download model/ })).toBeVisible();
  await context.unroute(onnx);
  await downloadModel(page);
  // The cancelled fetch, as Firefox reports it: what this test does.
  guard.consoleErrors.splice(0, Infinity, ...guard.consoleErrors.filter((m) => !FIREFOX_SW_FETCH_FAILED.test(m)));
});

test('a damaged stored file is found by its hash, evicted and fetched again', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  const damaged = await damageStoredFile(page, { sameSize: true, forgetVerification: true });
  await page.reload();
  await waitReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'was damaged' })).toContainText(damaged.split('/').pop()!);
});

test('a stored file of the wrong size is evicted on load and fetched again', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await damageStoredFile(page, { sameSize: false, forgetVerification: false });
  await page.reload();
  await waitReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'was damaged' })).toBeVisible();
});

test('offline with a damaged copy: the user is told plainly', async ({ page, context, guard }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium'), OFFLINE_SKIP);
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await damageStoredFile(page, { sameSize: true, forgetVerification: true });
  await context.setOffline(true);
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('damaged and cannot be downloaded again while you are offline');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await downloadModel(page);
  // Chromium logs the app's attempt to fetch the file again while offline: that attempt is the point.
  const expected = /^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/;
  guard.consoleErrors.splice(0, Infinity, ...guard.consoleErrors.filter((m) => !expected.test(m)));
});

test('the service worker serves model files from its cache, with ranges and isolation headers', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const result = await page.evaluate(async (cacheName) => {
    const keys = await (await caches.open(cacheName)).keys();
    const url = new URL(keys.find((k) => k.url.endsWith('.onnx') || k.url.includes('.onnx?'))!.url);
    const plain = url.origin + url.pathname;
    const full = await fetch(plain);
    const part = await fetch(plain, { headers: { Range: 'bytes=0-99' } });
    return {
      controlled: navigator.serviceWorker.controller !== null,
      fullStatus: full.status,
      fullCoop: full.headers.get('cross-origin-opener-policy'),
      fullCoep: full.headers.get('cross-origin-embedder-policy'),
      fullSha: full.headers.get('x-content-sha256'),
      partStatus: part.status,
      partLength: (await part.arrayBuffer()).byteLength,
      contentRange: part.headers.get('content-range'),
    };
  }, CACHE);
  expect(result.controlled).toBe(true);
  expect(result.fullStatus).toBe(200);
  // Only the service worker adds these to a cached model file (the cache stores none).
  expect(result.fullCoop).toBe('same-origin');
  expect(result.fullCoep).toBe('require-corp');
  expect(result.fullSha).toMatch(/^[0-9a-f]{64}$/);
  expect(result.partStatus).toBe(206);
  expect(result.partLength).toBe(100);
  expect(result.contentRange).toMatch(/^bytes 0-99\//);
});

test('offline navigation to any app URL falls back to the app shell', async ({ page, context }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium'), `${OFFLINE_SKIP}, and fromServiceWorker() is false there`);
  await openApp(page, TINY_MODEL);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  const response = await page.goto('/some/deep/link?model=' + TINY_MODEL);
  expect(response?.fromServiceWorker()).toBe(true);
  expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  await expect(page.getByRole('heading', { name: 'Pocket Coach', level: 1 })).toBeVisible();
  await context.setOffline(false);
});

test('storage full (QuotaExceededError) gets a sentence and a way on', async ({ page }) => {
  await page.addInitScript(() => {
    // Firefox runs init scripts in its first blank document too, which has no Cache Storage.
    if (typeof Cache === 'undefined') return;
    const put = Cache.prototype.put;
    Cache.prototype.put = function (request, response) {
      const url = typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;
      if (url.includes('?sha256=')) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return put.call(this, request, response);
    };
  });
  await openApp(page, TINY_MODEL);
  await page.getByRole('button', { name: /^Download model/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not enough storage');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a model that is not there gets a sentence and a way on', async ({ page }) => {
  await openApp(page, 'no-such-model');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be found');
  await expect(alert.getByRole('button', { name: 'Open settings' })).toBeVisible();
});
