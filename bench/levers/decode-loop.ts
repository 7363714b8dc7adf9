/**
 * Lever measurements outside the engine: one ONNX decoder file, a bare prefill + decode loop with
 * the KV cache (the same feeds as src/engine/decoder.ts), on onnxruntime-web's WASM in Node (the
 * same .wasm the browser runs; 1 thread, see TRAPS.md) or onnxruntime-node, with any session
 * options. Prints one JSON line: per-step wall ms (median, spread), CPU ms per step, prefill and
 * load ms.
 *
 *   tsx bench/levers/decode-loop.ts '{"file": "...onnx", "runtime": "web"|"node", "threads": 1,
 *       "layers": 30, "kvHeads": 3, "headDim": 64, "prompt": 64, "steps": 32,
 *       "sessionOptions": {...}, "entry": "onnxruntime-web" | "onnxruntime-web/wasm"}'
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Config {
  file: string;
  runtime: 'web' | 'node';
  threads: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  prompt: number;
  steps: number;
  sessionOptions?: Record<string, unknown>;
  entry?: string;
  /** Resolve `entry` from this package's own dependencies (e.g. "@huggingface/transformers" for
   * the onnxruntime-web build Transformers.js pins). */
  resolveFrom?: string;
}

type Ort = typeof import('onnxruntime-web');

async function main(c: Config) {
  const require = createRequire(import.meta.url);
  let ort: Ort;
  if (c.runtime === 'node') {
    ort = (await import('onnxruntime-node')) as unknown as Ort;
  } else {
    const entry = c.entry ?? 'onnxruntime-web';
    if (c.resolveFrom) {
      const entryPath = createRequire(`${process.cwd()}/node_modules/${c.resolveFrom}/index.js`).resolve(entry);
      ort = (await import(pathToFileURL(entryPath).href)) as Ort;
      ort.env.wasm.wasmPaths = `${pathToFileURL(dirname(entryPath)).href}/`;
    } else {
      ort = (await import(entry)) as Ort;
      ort.env.wasm.wasmPaths = `${pathToFileURL(dirname(require.resolve('onnxruntime-web'))).href}/`;
    }
    ort.env.wasm.numThreads = c.threads;
  }
  const model = readFileSync(c.file);
  const t0 = performance.now();
  const options: Record<string, unknown> = {
    executionProviders: [c.runtime === 'node' ? 'cpu' : 'wasm'],
    graphOptimizationLevel: 'all',
    ...(c.runtime === 'node' ? { intraOpNumThreads: c.threads } : {}),
    ...c.sessionOptions,
  };
  const session = await ort.InferenceSession.create(new Uint8Array(model.buffer, model.byteOffset, model.byteLength), options);
  const loadMs = performance.now() - t0;
  const T = ort.Tensor;
  let past: Record<string, InstanceType<typeof T>> = {};
  for (let i = 0; i < c.layers; i++) {
    for (const k of ['key', 'value']) past[`past_key_values.${i}.${k}`] = new T('float32', new Float32Array(0), [1, c.kvHeads, 0, c.headDim]);
  }
  const step = async (ids: number[], pos: number) => {
    const n = ids.length;
    const feeds: Record<string, InstanceType<typeof T>> = {
      ...past,
      input_ids: new T('int64', BigInt64Array.from(ids, BigInt), [1, n]),
      attention_mask: new T('int64', new BigInt64Array(pos + n).fill(1n), [1, pos + n]),
      position_ids: new T('int64', BigInt64Array.from({ length: n }, (_, i) => BigInt(pos + i)), [1, n]),
    };
    const out = await session.run(feeds);
    const next: typeof past = {};
    for (let i = 0; i < c.layers; i++) {
      next[`past_key_values.${i}.key`] = out[`present.${i}.key`]!;
      next[`past_key_values.${i}.value`] = out[`present.${i}.value`]!;
    }
    past = next;
    const logits = out['logits']!.data as Float32Array;
    const vocab = out['logits']!.dims.at(-1)!;
    let best = 0;
    for (let v = 1; v < vocab; v++) if (logits[logits.length - vocab + v]! > logits[logits.length - vocab + best]!) best = v;
    return best;
  };
  const prompt = Array.from({ length: c.prompt }, (_, i) => 100 + i);
  let s = performance.now();
  let tok = await step(prompt, 0);
  const prefillMs = performance.now() - s;
  const stepMs: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < c.steps; i++) {
    s = performance.now();
    tok = await step([tok], c.prompt + i);
    stepMs.push(performance.now() - s);
  }
  const cpu = process.cpuUsage(cpu0);
  const sorted = [...stepMs].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      file: c.file,
      runtime: c.runtime,
      threads: c.threads,
      loadMs,
      prefillMs,
      stepMedianMs: sorted[sorted.length >> 1],
      stepMinMs: sorted[0],
      stepMaxMs: sorted[sorted.length - 1],
      tokPerS: 1000 / sorted[sorted.length >> 1]!,
      // CPU time is what a step costs on a shared machine, where wall time waits for a core.
      cpuMsPerStep: (cpu.user + cpu.system) / 1000 / c.steps,
      // Peak resident memory of this process (the model bytes read in JS are part of it).
      peakRssBytes: Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024,
      sessionOptions: c.sessionOptions ?? {},
      entry: c.entry ?? (c.runtime === "web" ? "onnxruntime-web" : "onnxruntime-node"),
      ortVersion: ort.env.versions?.web ?? ort.env.versions?.node ?? null,
      label: (c as { label?: string }).label ?? null,
    }),
  );
  // onnxruntime-web's WASM prints the Chrome-trace profile to stdout here (profile-summary.mjs reads it).
  if (c.sessionOptions?.['enableProfiling']) session.endProfiling();
  await session.release();
}

await main(JSON.parse(process.argv[2]!) as Config);
// Exit once stdout has drained (a profile is megabytes; onnxruntime's thread pool would keep Node alive).
process.stdout.write('', () => process.exit(0));
