/**
 * One cell of `npm run bench:engine`, in its own process (onnxruntime-web fixes its thread
 * count when its WASM starts, and each runtime's memory stays its own).
 * Usage: tsx bench/engine-run.ts '<json CellConfig>'  -> prints one JSON line (CellResult).
 */
import { readFileSync } from 'node:fs';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { createNodeEngine, fsFileSource, nodePlatform } from '../src/cli/node-host';
import type { FileSource, GenerationResult, OrtRuntime } from '../src/engine';
import { parseManifestText } from '../src/shared/parse-manifest';
import { cpuMs, withCpuClock, type CpuClock } from './engine-cpu-clock';

export interface CellConfig {
  dir: string;
  /** Variant to load instead of the manifest's wasm choice. */
  variant?: string | undefined;
  runtime: 'ort-web' | 'ort-node';
  threads: number;
  newTokens: number;
  reps: number;
  question: string;
}

export interface PassResult {
  ttftMs: number;
  prefillRunMs: number;
  decodeTokPerS: number;
  /** Decode steps only: ms inside session.run, ms per whole step, and their ratio. */
  meanRunMs: number;
  meanStepMs: number;
  overheadPct: number;
  meanSampleMs: number;
  /** Process CPU ms per decode step (all threads): robust to other processes on the machine. */
  decodeCpuMsPerToken: number;
  /** Share of decode-step CPU time spent outside session.run. */
  cpuOverheadPct: number;
  newTokens: number;
}

export interface CellResult {
  runtime: CellConfig['runtime'];
  threads: number;
  modelId: string;
  variant: string;
  promptTokens: number;
  loadMs: number;
  greedy: PassResult[];
  sampled: PassResult;
  greedyIds: number[];
  peakRssBytes: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Runs one generation, with process CPU time at each token and inside each session.run. */
async function pass(clock: CpuClock, run: (onToken: () => void) => Promise<GenerationResult>): Promise<PassResult> {
  clock.reset();
  const tokenCpu: number[] = [];
  const r = await run(() => tokenCpu.push(cpuMs()));
  // Run 0 is the prefill; run i (i >= 1) lies between token i-1 and token i.
  const stepCpu = tokenCpu.slice(1).map((c, i) => c - (tokenCpu[i] as number));
  const runCpu = sum(clock.runs.slice(1, 1 + stepCpu.length));
  const t = r.timings;
  const runMs = sum(t.runMs);
  const step = sum(t.stepMs);
  return {
    ttftMs: r.stats.timeToFirstTokenMs,
    prefillRunMs: t.prefillRunMs,
    decodeTokPerS: r.stats.decodeTokensPerSecond,
    meanRunMs: runMs / Math.max(1, t.runMs.length),
    meanStepMs: step / Math.max(1, t.stepMs.length),
    overheadPct: step > 0 ? (100 * (step - runMs)) / step : 0,
    meanSampleMs: sum(t.sampleMs) / Math.max(1, t.sampleMs.length),
    decodeCpuMsPerToken: sum(stepCpu) / Math.max(1, stepCpu.length),
    cpuOverheadPct: sum(stepCpu) > 0 ? (100 * (sum(stepCpu) - runCpu)) / sum(stepCpu) : 0,
    newTokens: r.tokenIds.length,
  };
}

/** fsFileSource with the manifest's wasm variant replaced by `variant`. */
function source(dir: string, variant: string | undefined): FileSource {
  const files = fsFileSource(dir);
  if (!variant) return files;
  return {
    location: dir,
    async read(path, options) {
      const data = await files.read(path, options);
      if (path !== 'manifest.json') return data;
      const m = parseManifestText(new TextDecoder().decode(data), dir);
      m.backends.wasm = variant;
      return new TextEncoder().encode(JSON.stringify(m));
    },
  };
}

function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

async function main(config: CellConfig): Promise<CellResult> {
  const clock = withCpuClock(config.runtime === 'ort-web' ? ortWeb : (ortNode as unknown as OrtRuntime));
  const engine = createNodeEngine({
    platform: nodePlatform(config.threads),
    runtime: clock.runtime,
    ...(config.runtime === 'ort-node'
      ? { session: { executionProviders: ['cpu'], intraOpNumThreads: config.threads } }
      : {}),
  });
  const t0 = performance.now();
  const info = await engine.load(source(config.dir, config.variant), { backend: 'wasm' });
  const loadMs = performance.now() - t0;
  const { ids } = engine.preparePrompt([{ role: 'user', content: config.question }], { maxNewTokens: config.newTokens });
  // Warm-up: JIT, first-run allocations, the OS file cache.
  await engine.generateFromIds(ids, { maxNewTokens: 8 });
  await engine.generateFromIds(ids, { ...engine.resolveOptions({ seed: 1, maxNewTokens: 8 }), stopTokenIds: [], stopStrings: [], eosId: null });
  const greedy: PassResult[] = [];
  let greedyIds: number[] = [];
  for (let i = 0; i < config.reps; i++) {
    greedy.push(
      await pass(clock, async (onToken) => {
        const r = await engine.generateFromIds(ids, { maxNewTokens: config.newTokens }, { onToken });
        greedyIds = r.tokenIds;
        return r;
      }),
    );
  }
  // The manifest's sampling settings (stop rules off, so every pass makes the same number of tokens).
  const sampling = { ...engine.resolveOptions({ seed: 1, maxNewTokens: config.newTokens }), stopTokenIds: [], stopStrings: [], eosId: null };
  const sampled = await pass(clock, (onToken) => engine.generateFromIds(ids, sampling, { onToken }));
  await engine.unload();
  return {
    runtime: config.runtime,
    threads: config.threads,
    modelId: info.modelId,
    variant: info.variant,
    promptTokens: ids.length,
    loadMs,
    greedy,
    sampled,
    greedyIds,
    peakRssBytes: peakRss(),
  };
}

const arg = process.argv[2];
if (!arg) throw new Error("usage: tsx bench/engine-run.ts '<json config>'");
main(JSON.parse(arg) as CellConfig).then(
  (r) => {
    console.log(JSON.stringify(r));
    process.exit(0);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
