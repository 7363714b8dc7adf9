/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { configDefaults } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { knowledgeIndex } from './scripts/vite-knowledge';
import { modelIndex } from './scripts/vite-model-index';

/** Test files that take minutes; `npm run test:unit` leaves them out. */
export const SLOW_TESTS = 'src/**/*.slow.test.ts';

/** Both servers send these so `crossOriginIsolated` is true and WASM threads can run. */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The onnxruntime-web entry the app bundles; @xenova/transformers' import resolves to it too. */
const ORT_ENTRY = 'onnxruntime-web/webgpu';
/**
 * onnxruntime-web runtime files, served from our origin under /ort/: the ORT_ENTRY's asyncify build
 * (WebGPU) and the plain build the CPU backend starts (src/engine/backend.ts `ortFilesAt`).
 */
const ORT_RUNTIME_FILES = [
  'ort-wasm-simd-threaded.asyncify.wasm',
  'ort-wasm-simd-threaded.asyncify.mjs',
  'ort-wasm-simd-threaded.wasm',
  'ort-wasm-simd-threaded.mjs',
];

const require = createRequire(import.meta.url);
const ortDist = dirname(require.resolve('onnxruntime-web/webgpu'));

/** Copies onnxruntime's .wasm/.mjs into the build (and serves them in dev): never from a CDN. */
function onnxruntimeFiles(): Plugin {
  return {
    name: 'pocket-coach:onnxruntime-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.replace(/^\/ort\//, '');
        if (!req.url?.startsWith('/ort/') || !name || !ORT_RUNTIME_FILES.includes(name)) return next();
        res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
        for (const [k, v] of Object.entries(isolationHeaders)) res.setHeader(k, v);
        res.end(readFileSync(join(ortDist, name)));
      });
    },
    generateBundle() {
      for (const name of ORT_RUNTIME_FILES) {
        this.emitFile({ type: 'asset', fileName: `ort/${name}`, source: readFileSync(join(ortDist, name)) });
      }
    },
  };
}

export default defineConfig({
  resolve: {
    alias: [{ find: /^onnxruntime-web$/, replacement: ORT_ENTRY }],
    // onnxruntime-web's export for this condition leaves out its `new URL('….wasm', import.meta.url)`,
    // which made Vite emit a second, never-loaded 26.8 MB copy of the wasm into assets/ (the worker
    // loads it from /ort/, env.wasm.wasmPaths). The rest are Vite's default client conditions.
    conditions: ['onnxruntime-web-use-extern-wasm', 'module', 'browser', 'development|production'],
  },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1024 },
  plugins: [
    onnxruntimeFiles(),
    // `virtual:model-index`: the model list, derived from public/models/*/manifest.json.
    modelIndex(fileURLToPath(new URL('./public/models', import.meta.url))),
    // knowledge/manifest.json + knowledge/kb-<version>.json, from data/knowledge/*.jsonl.
    knowledgeIndex(fileURLToPath(new URL('./data/knowledge', import.meta.url))),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'ort/*.{wasm,mjs}', 'knowledge/*.json'],
        globIgnores: ['models/**'],
        maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    include: ['src/**/*.test.ts', 'sw/**/*.test.ts', 'bench/**/*.test.{ts,mjs}'],
    // Minutes-long checks (greedy runs against Python) run once, by `npm run test:slow` (vitest.slow.config.ts).
    exclude: [...configDefaults.exclude, SLOW_TESTS],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
