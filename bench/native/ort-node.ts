/**
 * The native ceiling: our engine's loop on onnxruntime-node 1.30 (CPU execution provider, same
 * ONNX file, same thread count), in its own process so its peak RSS is its own.
 * Loads twice (the second from the OS file cache), one warm-up answer, one measured answer.
 * Usage: tsx bench/native/ort-node.ts '<json NativeConfig>'  -> prints one JSON result line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { Engine, type FileSource } from '../../src/engine';
import type { OrtRuntime } from '../../src/engine/backend';
import { fsFileSource } from '../../src/cli/node-host';

interface NativeConfig {
  dir: string;
  variant?: string;
  threads: number;
  promptIds: number[];
  newTokens: number;
  warmupTokens: number;
}

/** fsFileSource with the manifest's wasm variant replaced by `variant`. */
function source(dir: string, variant: string | undefined): FileSource {
  const fs = fsFileSource(dir);
  return {
    location: dir,
    async read(path, options) {
      const data = await fs.read(path, options);
      if (path !== 'manifest.json' || !variant) return data;
      const m = JSON.parse(new TextDecoder().decode(data)) as { backends: Record<string, string> };
      m.backends['wasm'] = variant;
      return new TextEncoder().encode(JSON.stringify(m));
    },
  };
}

function vmHwmBytes(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

async function main(config: NativeConfig) {
  const make = () =>
    new Engine({
      platform: { crossOriginIsolated: false, hardwareConcurrency: config.threads, wasmThreads: config.threads, hostName: 'Node' },
      runtime: ortNode as unknown as OrtRuntime,
      session: { executionProviders: ['cpu'], intraOpNumThreads: config.threads },
    });
  let engine = make();
  let t0 = performance.now();
  const info = await engine.load(source(config.dir, config.variant), { backend: 'wasm' });
  const coldLoadMs = performance.now() - t0;
  await engine.unload();
  engine = make();
  t0 = performance.now();
  await engine.load(source(config.dir, config.variant), { backend: 'wasm' });
  const warmLoadMs = performance.now() - t0;

  let firstTtftMs: number | null = null;
  if (config.warmupTokens > 0) {
    const w = await engine.generateFromIds(config.promptIds, { maxNewTokens: config.warmupTokens });
    firstTtftMs = w.stats.timeToFirstTokenMs;
  }
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const c0 = cpuMs();
  await engine.generateFromIds(config.promptIds, { maxNewTokens: 1 });
  const c1 = cpuMs();
  const times: number[] = [];
  const start = performance.now();
  const r = await engine.generateFromIds(config.promptIds, { maxNewTokens: config.newTokens }, { onToken: () => times.push(performance.now()) });
  const c2 = cpuMs();
  const n = times.length;
  const stepMs = times.slice(1).map((t, i) => t - (times[i] as number));
  const runMs = r.timings.runMs;
  console.log(
    JSON.stringify({
      runner: 'ort-node',
      coldLoadMs,
      warmLoadMs,
      firstTtftMs,
      ttftMs: (times[0] ?? start) - start,
      decodeTokPerS: n > 1 ? ((n - 1) * 1000) / ((times[n - 1] as number) - (times[0] as number)) : null,
      newTokens: r.tokenIds.length,
      promptTokens: config.promptIds.length,
      tokenIds: r.tokenIds,
      text: r.text,
      stepMs,
      internal: {
        prefillRunMs: r.timings.prefillRunMs,
        meanDecodeRunMs: runMs.length ? runMs.reduce((a, b) => a + b, 0) / runMs.length : null,
      },
      info: { backend: 'cpu (onnxruntime-node)', threads: config.threads, variant: info.variant, ort: ortNode.env.versions?.node ?? '1.30.0' },
      peakRssBytes: vmHwmBytes(),
      cpu: {
        note: 'process CPU time (all threads): prefill = a 1-token answer; decode = (measured answer - prefill) / (new tokens - 1)',
        prefillMs: c1 - c0,
        decodeMsPerToken: n > 1 ? (c2 - c1 - (c1 - c0)) / (n - 1) : null,
        measuredAnswerMs: c2 - c1,
      },
      modelBytes: null,
      dir: join(config.dir),
    }),
  );
}

const arg = process.argv[2];
if (!arg) throw new Error('usage: ort-node.ts <json config>');
await main(JSON.parse(arg) as NativeConfig);
