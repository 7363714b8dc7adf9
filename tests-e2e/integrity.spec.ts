/**
 * A stored model file overwritten with other bytes of the same size, its verified mark kept: the
 * worker's hash check refuses it before it runs, and only that file is fetched again.
 */
import { expect, test } from './fixtures';
import { damageStoredFile, downloadModel, openApp, runsOn, TINY_MODEL, waitReady } from './helpers';
import { startCuttingServer, type CuttingServer } from './cutting-server';

const PORT = 4183;
/** Started for each test on the projects that run this spec; the others never start one. */
let server: CuttingServer | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeEach(async ({}, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium', 'firefox'), 'integrity runs on desktop browsers');
  server = await startCuttingServer(PORT);
});

test.afterEach(async () => {
  await server?.stop();
});

test('a same-size damaged file with its mark kept is caught before it runs, and only it is fetched again', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  const damaged = await damageStoredFile(page, { sameSize: true, forgetVerification: false });
  const seen = server!.requests.length;
  await page.reload();
  await waitReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'was damaged' })).toContainText(damaged.split('/').pop()!);
  // Package files fetched from the server after the reload: the damaged one, once; nothing else.
  const refetched = server!.requests.slice(seen).filter((r) => r.path.includes('/models/') && !r.path.endsWith('/manifest.json'));
  expect(refetched.map((r) => r.path)).toEqual([damaged]);
});
