/**
 * The load watchdog: a worker whose onnxruntime .wasm request never gets an answer (the Firefox
 * load hang) is replaced by a fresh one, then one on one thread, then the user gets an error with
 * "Try again". The server holds the .wasm back; service workers are blocked so every .wasm
 * request comes from a model worker (not from the precache).
 */
import { expect, test } from './fixtures';
import { downloadModel, openApp, runsOn, TINY_MODEL, waitReady } from './helpers';
import { startCuttingServer, type CuttingServer } from './cutting-server';

const PORT = 4184;
const WASM = '.wasm';
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

test('a runtime that never arrives: the worker is replaced and the model loads', async ({ page }) => {
  server!.hold(WASM, 1);
  await openApp(page, TINY_MODEL);
  await downloadModel(page, { timeout: 150_000 });
  await expect(page.getByRole('status').filter({ hasText: 'did not start' })).toContainText('started again');
  expect(wasmRequests().length).toBe(2);
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
