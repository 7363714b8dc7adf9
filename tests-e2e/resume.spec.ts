/**
 * A download that breaks off goes on from what is stored (HTTP Range), says what failed (the
 * server, not "offline"), and tries again by itself: after a wait, or when the network is back.
 * Runs against a server that drops the connection mid-file (cutting-server.ts).
 */
import { expect, test } from './fixtures';
import { FIREFOX_SW_FETCH_FAILED, openApp, runsOn, TINY_MODEL, waitReady } from './helpers';
import { startCuttingServer, type CuttingServer } from './cutting-server';

const PORT = 4181;
const ONNX = 'model_q4.onnx';
const CUT_AT = 1_000_000;
/** Started for each test on the projects that run this spec; the others never start one. */
let server: CuttingServer | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeEach(async ({}, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'download mechanics run on desktop browsers');
  server = await startCuttingServer(PORT);
});

test.afterEach(async ({ guard }) => {
  // The browser logs the cut connection and the offline fetches: they are what this spec does.
  const expected = /^Failed to load resource: net::ERR_(CONTENT_LENGTH_MISMATCH|FAILED|INTERNET_DISCONNECTED)$/;
  guard.consoleErrors.splice(0, Infinity, ...guard.consoleErrors.filter((m) => !expected.test(m) && !FIREFOX_SW_FETCH_FAILED.test(m)));
  await server?.stop();
});

const onnxRequests = () => server!.requests.filter((r) => r.path.endsWith(ONNX));

test('a download cut mid-file says the server went away, then resumes by itself with a Range request', async ({ page }) => {
  server!.cut(ONNX, CUT_AT);
  await openApp(page, TINY_MODEL);
  await page.getByRole('button', { name: /^Download model/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('server could not be reached');
  await expect(alert).not.toContainText('offline');
  await expect(page.getByTestId('auto-retry')).toContainText(/Trying again by itself in \d+ s/);
  await waitReady(page);
  const [first, ...later] = onnxRequests();
  expect(first?.range).toBeNull();
  // The next request asks only for what was not stored: from the bytes that arrived before the cut.
  const resumed = later.map((r) => /^bytes=(\d+)-$/.exec(r.range ?? '')).find(Boolean);
  expect(resumed, JSON.stringify(later)).toBeTruthy();
  const from = Number(resumed![1]);
  expect(from).toBeGreaterThan(0);
  expect(from).toBeLessThanOrEqual(CUT_AT);
  expect(later.every((r) => r.range !== null), 'no request starts the file again from 0').toBe(true);
});

test('offline mid-download: says so, and goes on when the network is back', async ({ page, context }, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium'), 'Firefox setOffline does not stop the service worker fetching');
  server!.cut(ONNX, CUT_AT);
  await openApp(page, TINY_MODEL);
  await page.getByRole('button', { name: /^Download model/ }).click();
  // The first try breaks off; go offline before the automatic second try.
  await expect(page.getByTestId('auto-retry')).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('alert')).toContainText('You are offline', { timeout: 30_000 });
  await expect(page.getByTestId('auto-retry')).toContainText('as soon as this device is back online');
  const before = onnxRequests().length;
  await context.setOffline(false);
  await waitReady(page);
  // The first request once online goes on from the stored bytes. (Later ones may be the worker
  // reading the file, when the service worker could not install while offline.)
  expect(onnxRequests()[before]?.range ?? '', JSON.stringify(onnxRequests())).toMatch(/^bytes=[1-9]\d*-$/);
});
