/**
 * Errors a user can meet, each with a sentence and a way on (tiny package, Chromium):
 * WebGPU missing, one thread without SharedArrayBuffer, worker crash, prompt too long, and older
 * turns dropped to fit the context.
 */
import { expect, test } from './fixtures';
import { answers, ask, downloadModel, openApp, runsOn, setSettings, TINY_MODEL, waitAnswerDone, waitReady } from './helpers';

test.beforeEach(async ({}, testInfo) => {
  test.skip(!runsOn(testInfo, 'chromium'), 'error paths run on desktop Chromium (no WebGPU adapter there)');
});

test('no WebGPU: automatic says WASM runs; choosing WebGPU offers WebAssembly', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await expect(page.getByRole('status').filter({ hasText: 'WebGPU is not available here' })).toBeVisible();
  await expect(page.getByTestId('status-line')).toContainText('WASM');
  await setSettings(page, { backend: 'WebGPU' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('WebGPU cannot run on this device');
  await alert.getByRole('button', { name: 'Use WebAssembly' }).click();
  await waitReady(page);
  await expect(page.getByTestId('status-line')).toContainText('WASM');
});

test('a worker crash offers a restart and keeps the chat', async ({ page }) => {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const made: Worker[] = [];
    (window as unknown as { __workers: Worker[] }).__workers = made;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push(this);
      }
    };
  });
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 8 });
  await ask(page, 'Before the crash');
  await waitAnswerDone(page, 0);
  // What the browser fires when a worker dies (e.g. out of memory).
  await page.evaluate(() => {
    const workers = (window as unknown as { __workers: Worker[] }).__workers;
    workers[workers.length - 1]!.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' }));
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The model stopped unexpectedly');
  await alert.getByRole('button', { name: 'Restart the model' }).click();
  await waitReady(page);
  await expect(answers(page)).toHaveCount(1);
  await ask(page, 'After the crash');
  await waitAnswerDone(page, 1);
});

test('a prompt too long for the context says so; older turns dropped are named', async ({ page }) => {
  await openApp(page, TINY_MODEL);
  await downloadModel(page);
  await setSettings(page, { maxNewTokens: 16 });
  // The tiny package reads 256 tokens: two turns of ~90 words fit, a third needs older turns dropped.
  const turn = (n: number) => `Question ${n}: ${'How should I plan my training week around recovery and sleep? '.repeat(8)}`;
  for (let i = 0; i < 3; i++) {
    await ask(page, turn(i));
    await waitAnswerDone(page, i);
  }
  await expect(answers(page).nth(2)).toContainText(/older messages? (was|were) left out/);

  await page.getByRole('button', { name: 'New chat', exact: true }).click();
  await ask(page, 'recovery '.repeat(400));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your message is too long for this model');
  await expect(alert).toContainText(/tokens/);
  // The refused question leaves the chat and goes back to the composer to be shortened.
  await expect(answers(page)).toHaveCount(0);
  await expect(page.locator('#composer-input')).toHaveValue('recovery '.repeat(400).trim());
});

test.describe('without cross-origin isolation', () => {
  // No service worker, and the document's COOP/COEP headers removed: no SharedArrayBuffer.
  test.use({ serviceWorkers: 'block' });

  test('one thread, said so', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers['cross-origin-opener-policy'];
        delete headers['cross-origin-embedder-policy'];
        await route.fulfill({ response, headers });
      },
    );
    await openApp(page, TINY_MODEL);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await downloadModel(page);
    await expect(page.getByRole('status').filter({ hasText: 'SharedArrayBuffer is not available' })).toBeVisible();
    await expect(page.getByTestId('status-line')).toContainText('1 thread');
  });
});
