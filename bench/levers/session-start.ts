/**
 * Session creation of the default package's float32-from-q4 graph (weights unpacked at load, as
 * the app does it) on onnxruntime-web's WASM in Node, with chosen session options, then decode
 * speed on that session: which options make the warm start shorter without a slower decode.
 * Each config runs in its own process (a fresh WASM heap). Prints one JSON line per config.
 *
 *   npx tsx bench/levers/session-start.ts [--threads 1] [--prompt 64] [--steps 48] [--only NAME,...]
 *     [--variant fp32-from-q4|int8-from-q4|q4] [--graph FILE] [--no-shapes]
 *
 * --prompt sets the prefill before the timed decode steps (in the app's 128-token chunks): a long
 * one shows decode and memory late in a full context.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Session option sets compared; 'app' is what src/engine/decoder.ts + unpacked-session.ts pass today. */
export const CONFIGS: Record<string, Record<string, unknown>> = {
  app: { graphOptimizationLevel: 'all', enableCpuMemArena: false },
  // What the app passes for a graph the manifest marks `optimized` (tools/fast_start.py).
  'app-optimized': { graphOptimizationLevel: 'disabled', enableCpuMemArena: false },
  // The app's options for that graph with MLAS prepacking of MatMul weights off (one copy fewer at start).
  'app-optimized-no-prepack': { graphOptimizationLevel: 'disabled', enableCpuMemArena: false, extra: { session: { disable_prepacking: '1' } } },
  basic: { graphOptimizationLevel: 'basic', enableCpuMemArena: false },
  extended: { graphOptimizationLevel: 'extended', enableCpuMemArena: false },
  disabled: { graphOptimizationLevel: 'disabled', enableCpuMemArena: false },
  'no-prepack': { graphOptimizationLevel: 'all', enableCpuMemArena: false, extra: { session: { disable_prepacking: '1' } } },
  'basic-no-prepack': { graphOptimizationLevel: 'basic', enableCpuMemArena: false, extra: { session: { disable_prepacking: '1' } } },
  'no-mem-pattern': { graphOptimizationLevel: 'all', enableCpuMemArena: false, enableMemPattern: false },
  arena: { graphOptimizationLevel: 'all' },
};

const { values: args } = parseArgs({
  options: {
    threads: { type: 'string', default: '1' },
    steps: { type: 'string', default: '48' },
    prompt: { type: 'string', default: '64' },
    only: { type: 'string' },
    child: { type: 'string' },
    variant: { type: 'string', default: 'fp32-from-q4' },
    graph: { type: 'string' },
    // A variant shipped as it is gets its shapes record appended, as the app does; this leaves it off.
    'no-shapes': { type: 'boolean', default: false },
  },
});

async function child(name: string): Promise<void> {
  const [{ modelDir, ortWasmPaths }, ort, { parseManifestText }, { parsePlan, unpackedWeights }, { Decoder }] = await Promise.all([
    import('../../src/cli/node-host'),
    import('onnxruntime-web'),
    import('../../src/shared/parse-manifest'),
    import('../../src/engine/weights-from-q4'),
    import('../../src/engine/decoder'),
  ]);
  const { DEFAULT_MODEL_ID } = await import('../../src/shared/model-index');
  ort.env.wasm.wasmPaths = ortWasmPaths();
  ort.env.wasm.numThreads = Number(args.threads);
  const dir = modelDir(DEFAULT_MODEL_ID);
  const manifest = parseManifestText(readFileSync(join(dir, 'manifest.json'), 'utf8'), dir);
  const variant = manifest.variants[args.variant!];
  if (!variant) throw new Error(`no variant ${args.variant}`);
  const { withShapes } = await import('../../src/engine/engine');
  const file = new Uint8Array(readFileSync(args.graph ?? join(dir, variant.file)));
  const graph = variant.shapes && !args['no-shapes'] ? withShapes(file, new Uint8Array(readFileSync(join(dir, variant.shapes)))) : file;
  // The runtime started first, as the app does (runtime-start.ts), so only the model's session is timed.
  const { startWasmRuntime } = await import('../../src/engine/runtime-start');
  await startWasmRuntime(ort);
  // A variant unpacked at load gets its weights from the q4 file (timed apart as unpackMs);
  // any other runs as stored.
  let weights: ReturnType<typeof unpackedWeights> | null = null;
  if (variant.unpackFrom) {
    const plan = parsePlan(JSON.parse(readFileSync(join(dir, variant.unpackFrom.plan), 'utf8')), manifest, variant);
    weights = unpackedWeights(plan, new Uint8Array(readFileSync(join(dir, plan.source.file))));
  }
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(graph, {
    executionProviders: ['wasm'],
    logSeverityLevel: Number(process.env['ORT_LOG'] ?? 3),
    ...(weights ? { externalData: [{ path: weights.path, data: weights.data }] } : {}),
    ...CONFIGS[name],
  } as Parameters<typeof ort.InferenceSession.create>[1]);
  const createMs = performance.now() - t0;
  const problem = weights?.check();
  if (problem) throw new Error(problem);
  const decoder = new Decoder(ort, session, manifest, 'wasm');
  const prompt = Array.from({ length: Number(args.prompt) }, (_, i) => 100 + (i % 1000));
  const p0 = performance.now();
  let logits = await decoder.step(prompt);
  const prefillMs = performance.now() - p0;
  const steps: number[] = [];
  for (let i = 0; i < Number(args.steps); i++) {
    let best = 0;
    for (let j = 1; j < logits.length; j++) if (logits[j]! > logits[best]!) best = j;
    const s0 = performance.now();
    logits = await decoder.step([best]);
    steps.push(performance.now() - s0);
  }
  steps.sort((a, b) => a - b);
  const cpu = process.cpuUsage();
  console.log(
    JSON.stringify({
      config: name,
      variant: args.variant,
      threads: Number(args.threads),
      createMs: Math.round(createMs),
      unpackMs: Math.round(weights?.unpackMs ?? 0),
      prompt: prompt.length,
      prefillMs: Math.round(prefillMs),
      decodeMsMedian: Number(steps[steps.length >> 1]!.toFixed(1)),
      decodeMsP10: Number(steps[Math.floor(steps.length * 0.1)]!.toFixed(1)),
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      peakMb: Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024),
      cpuS: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    }),
  );
  await decoder.release();
}

if (args.child) {
  await child(args.child);
} else {
  const names = args.only ? args.only.split(',') : Object.keys(CONFIGS);
  for (const name of names) {
    try {
      process.stdout.write(
        execFileSync('npx', ['tsx', fileURLToPath(import.meta.url), '--child', name, '--variant', args.variant!, ...(args.graph ? ['--graph', args.graph] : []), ...(args['no-shapes'] ? ['--no-shapes'] : []), '--threads', args.threads!, '--steps', args.steps!, '--prompt', args.prompt!], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
    } catch (e) {
      console.log(JSON.stringify({ config: name, error: String(e).split('\n')[0] }));
    }
  }
}
