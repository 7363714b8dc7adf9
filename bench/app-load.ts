/**
 * Warm start of the built app with a real model, in Chromium and Firefox: page load to "ready"
 * with the model cached, the runtime start after the files are read (performance measure
 * 'model-runtime-start', written by src/app/state/model.ts), and what one SHA-256 pass over the
 * model file costs in the page. Serves a build (default dist/, or --dist DIR) on a local port.
 *
 * Each warm load also records where its time went (LoadedInfo.timings: read, hash, runtime start,
 * unpack; the performance mark 'model-load-timings').
 *
 *   npx tsx bench/app-load.ts [--dist DIR] [--model ID] [--warm N] [--label NAME] [--browsers chromium,firefox] [--settle MS]
 *
 * --settle waits that long after each ready before the next reload (0 by default), so work the app
 * does after ready (writing the model's OPFS copy) is done as it would be between two visits.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './lib/browser.mjs';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
if (args.includes('--dist')) process.env['PC_DIST'] = arg('dist', '');
const { startCuttingServer } = await import('../tests-e2e/cutting-server');
const { DEFAULT_MODEL_ID } = await import('../src/shared/model-index');
const MODEL = arg('model', DEFAULT_MODEL_ID);
const BROWSERS = arg('browsers', 'chromium,firefox').split(',') as Array<'chromium' | 'firefox'>;
const WARM = Number(arg('warm', '3'));
const LABEL = arg('label', 'dist');
const SETTLE_MS = Number(arg('settle', '0'));
// Not 4190: the Fetch standard's "bad ports" list has it (sieve); Firefox refuses to navigate there.
const PORT = 4192;

interface Run {
  browser: string;
  coldMs: number;
  warmMs: number[];
  runtimeStartMs: Array<number | null>;
  /** Per warm load: ms from navigation to the page asking for the model, and from there to ready (null for a build without the marks). */
  page: Array<{ requestedAt: number; loadMs: number } | null>;
  /**
   * Per warm load, ms: from the bench's reload to the new page's time origin (the old page's
   * teardown), and from that origin: the page's response, DOM interactive, and [data-phase=ready] in the DOM.
   */
  navigation: Array<{ originAfterReload: number; responseEnd: number; domInteractive: number; readyAt: number }>;
  /** Per warm load: the worker's stage timings (null for a build without them). */
  stages: Array<Record<string, number | null> | null>;
  /**
   * Per warm load, what the page did on the way, for a load that takes long: when each model
   * preparation began (mark 'model-prepare'), each load's start and duration ('model-load'), and
   * the page's uncaught errors.
   */
  trace: Array<{ prepares: number[]; loads: Array<[number, number]>; errors: string[] }>;
  sha256Ms: number[];
  /** The model file read three ways, ms each: a fetch through the service worker, Cache Storage directly, and the blob size only. */
  readMs: { serviceWorker: number[]; cache: number[]; blobSize: number[] };
}


async function measure(name: 'chromium' | 'firefox', url: string): Promise<Run> {
  const browser = await launch(name);
  const { context } = browser;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // When the DOM first says ready, in the page's own clock: the bench's own wait is seen apart.
    await page.addInitScript(() => {
      const w = window as unknown as { readyAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-phase="ready"]')) {
          w.readyAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
    });
    const ready = () => page.waitForSelector('[data-phase="ready"]', { timeout: 300_000 });
    await page.goto(`${url}/?model=${MODEL}`);
    await page.getByRole('button', { name: /^Download model/ }).click();
    let t = Date.now();
    await ready();
    const coldMs = Date.now() - t;
    const run: Run = { browser: name, coldMs, warmMs: [], runtimeStartMs: [], page: [], navigation: [], stages: [], trace: [], sha256Ms: [], readMs: { serviceWorker: [], cache: [], blobSize: [] } };
    let errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message.split('\n')[0]!));
    for (let i = 0; i < WARM; i++) {
      await page.waitForTimeout(SETTLE_MS);
      errors = [];
      t = Date.now();
      await page.reload();
      await ready();
      run.warmMs.push(Date.now() - t);
      run.trace.push({
        ...(await page.evaluate(() => ({
          prepares: performance.getEntriesByName('model-prepare').map((e) => Math.round(e.startTime)),
          loads: performance.getEntriesByName('model-load').map((e): [number, number] => [Math.round(e.startTime), Math.round(e.duration)]),
        }))),
        errors,
      });
      run.navigation.push(
        await page.evaluate((reloadAt) => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return {
            originAfterReload: Math.round(performance.timeOrigin - reloadAt),
            responseEnd: Math.round(nav?.responseEnd ?? -1),
            domInteractive: Math.round(nav?.domInteractive ?? -1),
            readyAt: Math.round((window as unknown as { readyAt?: number }).readyAt ?? -1),
          };
        }, t),
      );
      run.runtimeStartMs.push(await page.evaluate(() => performance.getEntriesByName('model-runtime-start')[0]?.duration ?? null));
      run.page.push(
        await page.evaluate(() => {
          const asked = performance.getEntriesByName('model-load-requested')[0];
          const load = performance.getEntriesByName('model-load')[0];
          return asked && load ? { requestedAt: Math.round(asked.startTime), loadMs: Math.round(load.duration) } : null;
        }),
      );
      run.stages.push(
        await page.evaluate(() => {
          const mark = performance.getEntriesByName('model-load-timings')[0] as PerformanceMark | undefined;
          const t = (mark?.detail ?? null) as Record<string, number | null> | null;
          return t && Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v === null ? null : Math.round(v)]));
        }),
      );
    }
    run.sha256Ms = await page.evaluate(async () => {
      const cache = await caches.open('pocket-coach-models-v1');
      const key = (await cache.keys()).find((k) => k.url.includes('.onnx'))!;
      const bytes = await (await cache.match(key))!.arrayBuffer();
      const out: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await crypto.subtle.digest('SHA-256', bytes);
        out.push(Math.round(performance.now() - t0));
      }
      return out;
    });
    run.readMs = await page.evaluate(async () => {
      const cache = await caches.open('pocket-coach-models-v1');
      const key = (await cache.keys()).find((k) => k.url.includes('.onnx?') && !k.url.includes('fp32'))!;
      const bare = key.url.slice(0, key.url.indexOf('?'));
      // No named helpers in here: tsx would wrap them in a __name() the page does not have.
      const out = { serviceWorker: [] as number[], cache: [] as number[], blobSize: [] as number[] };
      for (let i = 0; i < 3; i++) {
        let t0 = performance.now();
        await (await fetch(bare)).arrayBuffer();
        out.serviceWorker.push(Math.round(performance.now() - t0));
        t0 = performance.now();
        await (await cache.match(key))!.arrayBuffer();
        out.cache.push(Math.round(performance.now() - t0));
        t0 = performance.now();
        await (await (await cache.match(key))!.blob()).size;
        out.blobSize.push(Math.round(performance.now() - t0));
      }
      return out;
    });
    return run;
  } finally {
    await browser.close();
  }
}

const server = await startCuttingServer(PORT);
const runs: Run[] = [];
try {
  for (const name of BROWSERS) {
    try {
      const run = await measure(name, server.url);
      runs.push(run);
      console.log(JSON.stringify(run));
    } catch (e) {
      // A browser that cannot be driven here (see TRAPS.md) is reported, not fatal.
      console.log(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
} finally {
  await server.stop();
}
const out = join('bench', 'results', `app-load-${LABEL}.json`);
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), model: MODEL, dist: process.env['PC_DIST'] ?? 'dist', settleMs: SETTLE_MS, runs }, null, 2)}\n`);
console.log(`wrote ${out}`);
