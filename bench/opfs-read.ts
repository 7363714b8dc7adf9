/**
 * Reading the model file in a worker, three ways, in Chromium and Firefox (issue 14, item 5):
 * Cache Storage as the app's worker reads it (src/worker/cache-first.ts + package-source.ts:
 * `caches.match`, then the body whole), the Origin Private File System through a sync access handle
 * into one preallocated buffer, and OPFS through `getFile().arrayBuffer()`. Each read is a fresh
 * page and worker (as a warm load is); the timed span starts before the storage is opened.
 *
 *   npx tsx bench/opfs-read.ts [--file PATH] [--reps N] [--browsers chromium,firefox] [--label NAME]
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launch } from './lib/browser.mjs';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const FILE = arg('file', 'public/models/smollm2-135m-coach/onnx/model_q4.onnx');
const REPS = Number(arg('reps', '7'));
const BROWSERS = arg('browsers', 'chromium,firefox').split(',') as Array<'chromium' | 'firefox'>;
const LABEL = arg('label', 'opfs-read');
const PORT = 4194;
const MODES = ['cache', 'opfs-sync', 'opfs-file'] as const;
type Mode = (typeof MODES)[number] | 'setup';

// Plain JS, served as a classic worker: nothing of the app, so the figures are the storage's own.
const WORKER = `
const KEY = '/model.bin?sha256=bench';
async function readSync(name) {
  const dir = await navigator.storage.getDirectory();
  const handle = await (await dir.getFileHandle(name)).createSyncAccessHandle();
  try {
    const out = new Uint8Array(handle.getSize());
    let at = 0;
    while (at < out.byteLength) {
      const n = handle.read(out.subarray(at), { at });
      if (n <= 0) break;
      at += n;
    }
    return out.subarray(0, at);
  } finally {
    handle.close();
  }
}
onmessage = async ({ data: mode }) => {
  try {
    const t0 = performance.now();
    let bytes;
    const extra = {};
    if (mode === 'setup') {
      const blob = await (await fetch('/model.bin')).blob();
      const cache = await caches.open('bench-models');
      await cache.put(KEY, new Response(blob, { headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(blob.size), 'X-Content-SHA256': 'bench' } }));
      extra.cachePutMs = performance.now() - t0;
      const all = new Uint8Array(await blob.arrayBuffer());
      const t1 = performance.now();
      const dir = await navigator.storage.getDirectory();
      const handle = await (await dir.getFileHandle('model.bin', { create: true })).createSyncAccessHandle();
      handle.truncate(0);
      let at = 0;
      while (at < all.byteLength) at += handle.write(all.subarray(at), { at });
      handle.flush();
      handle.close();
      extra.opfsWriteMs = performance.now() - t1;
      bytes = all;
    } else if (mode === 'cache') {
      const stored = await (await caches.open('bench-models')).match(KEY, { ignoreSearch: true });
      bytes = new Uint8Array(await stored.arrayBuffer());
    } else if (mode === 'opfs-sync') {
      bytes = await readSync('model.bin');
    } else if (mode === 'opfs-file') {
      const dir = await navigator.storage.getDirectory();
      bytes = new Uint8Array(await (await (await dir.getFileHandle('model.bin')).getFile()).arrayBuffer());
    }
    const ms = performance.now() - t0;
    // A byte from each end: the read really produced the file.
    postMessage({ mode, ms, bytes: bytes.byteLength, first: bytes[0], last: bytes[bytes.byteLength - 1], ...extra });
  } catch (e) {
    postMessage({ mode, error: String(e) });
  }
};
`;

const size = statSync(FILE).size;
const server = createServer((req, res) => {
  if (req.url === '/worker.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(WORKER);
  } else if (req.url === '/model.bin') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) });
    createReadStream(FILE).pipe(res);
  } else {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>opfs-read</title>');
  }
});
await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
const url = `http://localhost:${PORT}/`;


interface Reply { mode: Mode; ms?: number; bytes?: number; error?: string; cachePutMs?: number; opfsWriteMs?: number }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const results: Array<{ browser: string; setup: Reply; reads: Record<string, number[]>; medians: Record<string, number> }> = [];
try {
  for (const name of BROWSERS) {
    const browser = await launch(name);
    const { context } = browser;
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const inWorker = (mode: Mode) =>
        page.evaluate(
          (m) =>
            new Promise<Reply>((resolve) => {
              const w = new Worker('/worker.js');
              w.onmessage = (e: MessageEvent<Reply>) => {
                w.terminate();
                resolve(e.data);
              };
              w.postMessage(m);
            }),
          mode,
        );
      await page.goto(url);
      const setup = await inWorker('setup');
      if (setup.error) throw new Error(`${name} setup: ${setup.error}`);
      const reads: Record<string, number[]> = Object.fromEntries(MODES.map((m) => [m, []]));
      for (let rep = 0; rep < REPS; rep++) {
        // Rotate the order, so no way always goes first after a reload.
        for (let k = 0; k < MODES.length; k++) {
          const mode = MODES[(rep + k) % MODES.length]!;
          await page.reload();
          const r = await inWorker(mode);
          if (r.error || r.bytes !== size) throw new Error(`${name} ${mode}: ${r.error ?? `${r.bytes} bytes, expected ${size}`}`);
          reads[mode]!.push(Math.round(r.ms!));
        }
      }
      const medians = Object.fromEntries(MODES.map((m) => [m, median(reads[m]!)]));
      results.push({ browser: name, setup, reads, medians });
      console.log(JSON.stringify({ browser: name, setup: { cachePutMs: Math.round(setup.cachePutMs ?? -1), opfsWriteMs: Math.round(setup.opfsWriteMs ?? -1) }, reads, medians }));
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
const out = join('bench', 'results', `opfs-read-${LABEL}.json`);
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), file: FILE, bytes: size, reps: REPS, results }, null, 2)}\n`);
console.log(`wrote ${out}`);
