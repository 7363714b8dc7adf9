/**
 * The load watchdog: a model worker that goes silent (its onnxruntime .wasm request never gets an
 * answer, the Firefox load hang; or its manifest request, before it reports anything) is replaced by
 * a fresh one, then one on one thread, then the user gets an error with "Try again". The server
 * holds the request back; service workers are blocked so every request reaches it (not the precache).
 */
import { expect, test } from './fixtures';
import { downloadModel, openApp, runsOn, TINY_MODEL, waitReady } from './helpers';
import { startCuttingServer, type CuttingServer } from './cutting-server';

const PORT = 4184;
const WASM = '.wasm';
const MANIFEST = `/${TINY_MODEL}/manifest.json`;
/** Started for each test on the projects that run this spec; the others never start one. */
let server: CuttingServer | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}`, serviceWorkers: 'block' });
// Three tries of the watchdog's 45 s floor, plus the loads.
test.describe.configure({ timeout: 6 * 60_000 });

test.beforeEach(async ({}, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'the load hang is a desktop browser matter');
  server = await startCuttingServer(PORT);
});

test.afterEach(async () => {
  await server?.stop();
});

const wasmRequests = () => server!.requests.filter((r) => r.path.endsWith(WASM));

test('a worker that goes silent before its first report is replaced, and the model loads', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  // On reload the page reads the manifest, then the worker does: that second request never gets an
  // answer, so the worker reports nothing at all (the watchdog once waited for a finished stage).
  const manifests = () => server!.requests.filter((r) => r.path.endsWith(MANIFEST)).length;
  const before = manifests();
  server!.hold(MANIFEST, 1, 1);
  await page.reload();
  await waitReady(page, 150_000);
  await expect(page.getByRole('status').filter({ hasText: 'did not start' })).toContainText('started again');
  expect(manifests() - before).toBe(3);
});

test('a runtime that never arrives at all: three tries, then an error whose Try again loads it', async ({ page }) => {
  server!.hold(WASM, 3);
  await openApp(page, TINY_MODEL);
  await page.getByRole('button', { name: /^Download model/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be started', { timeout: 240_000 });
  expect(wasmRequests().length).toBe(3);
  // The server answers again: Try again loads the model.
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitReady(page, 60_000);
  expect(wasmRequests().length).toBe(4);
});
