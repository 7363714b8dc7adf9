/**
 * Per-op timing of the decode step's matrix products (graphs from make_microbench.py) on
 * onnxruntime-web's WASM in Node (1 thread) and on onnxruntime-node (native, 1 thread).
 * Prints one JSON line per graph: median wall ms and mean CPU ms per product (the graph holds several).
 *   [BENCH_ORT_WEB=tjs] tsx bench/levers/microbench.ts DIR [runs] [name filter]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ortNode from 'onnxruntime-node';

const require = createRequire(import.meta.url);
// BENCH_ORT_WEB=tjs: the onnxruntime-web 1.22.0-dev that @huggingface/transformers 3.8.1 pins.
const webPath = process.env['BENCH_ORT_WEB'] === 'tjs'
  ? createRequire(join(dirname(require.resolve('@huggingface/transformers')), '..', 'package.json')).resolve('onnxruntime-web')
  : require.resolve('onnxruntime-web');
const ortWeb = (await import(pathToFileURL(webPath).href)) as typeof import('onnxruntime-web');
ortWeb.env.wasm.wasmPaths = `${pathToFileURL(dirname(webPath)).href}/`;
ortWeb.env.wasm.numThreads = 1;

const dir = process.argv[2]!;
const runs = Number(process.argv[3] ?? 20);
const filter = new RegExp(process.argv[4] ?? '.');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.onnx') && filter.test(x)).sort()) {
  const bytes = readFileSync(join(dir, f));
  const row: Record<string, unknown> = { graph: f };
  for (const [name, ort] of [['web', ortWeb], ['node', ortNode]] as const) {
    const opts = name === 'node' ? { executionProviders: ['cpu'], intraOpNumThreads: 1 } : { executionProviders: ['wasm'] };
    const s = await (ort as typeof ortWeb).InferenceSession.create(new Uint8Array(bytes), opts);
    const k = (s.inputMetadata[0] as unknown as { shape: number[] }).shape[2]!;
    const x = new (ort as typeof ortWeb).Tensor('float32', Float32Array.from({ length: k }, (_, i) => Math.sin(i)), [1, 1, k]);
    const times: number[] = [];
    await s.run({ X: x });
    await s.run({ X: x });
    const cpu0 = process.cpuUsage();
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      await s.run({ X: x });
      times.push(performance.now() - t);
    }
    const cpu = process.cpuUsage(cpu0);
    times.sort((a, b) => a - b);
    row[`${name}Ms`] = +(times[times.length >> 1]! / s.outputNames.length).toFixed(3);
    // CPU time per product: what it costs when the machine is shared (wall time waits for a core).
    row[`${name}CpuMs`] = +((cpu.user + cpu.system) / 1000 / runs / s.outputNames.length).toFixed(3);
    await s.release();
  }
  console.log(JSON.stringify(row));
}
