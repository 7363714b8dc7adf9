/**
 * Builds the benchmark pages (bench/pages/*.html) into bench/dist. Separate from the app's
 * config so nothing here enters the app bundle or its service-worker precache.
 * Our engine resolves `onnxruntime-web` exactly as the app does (the app config's alias);
 * Transformers.js keeps the onnxruntime-web it pins (3.8.1: 1.22.0-dev, 4.3.2: 1.31.0-dev), as shipped.
 * BENCH_ORT_ENTRY=onnxruntime-web/wasm builds a variant for the "which ort build" lever.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias, type Plugin } from 'vite';
import appConfig from '../vite.config';

const here = dirname(fileURLToPath(import.meta.url));
const pages = join(here, 'pages');

function appOrtEntry(): string {
  const aliases = (appConfig.resolve?.alias ?? []) as Alias[];
  const ort = aliases.find((a) => a.find instanceof RegExp && a.find.test('onnxruntime-web'));
  if (!ort) throw new Error('the app config has no onnxruntime-web alias');
  return ort.replacement;
}

const ORT_ENTRY = process.env['BENCH_ORT_ENTRY'] ?? appOrtEntry();

/** `onnxruntime-web` -> the app's entry, except inside @huggingface/transformers. */
function ortEntry(): Plugin {
  return {
    name: 'bench:ort-entry',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== 'onnxruntime-web' || /@huggingface\/transformers|transformers-js-4/.test(importer ?? '')) return null;
      return this.resolve(ORT_ENTRY, importer, { ...options, skipSelf: true });
    },
  };
}

export default defineConfig({
  root: pages,
  // BENCH_BASE: where a second build (another onnxruntime-web entry) is served, e.g. /wasm-entry/.
  base: process.env['BENCH_BASE'] ?? '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [ortEntry()],
  // Workers are bundled with their own plugin list.
  worker: { format: 'es', plugins: () => [ortEntry()] },
  define: { __BENCH_ORT_ENTRY__: JSON.stringify(ORT_ENTRY) },
  build: {
    target: 'es2022',
    outDir: resolve(here, process.env['BENCH_OUT_DIR'] ?? 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(pages)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [f.replace(/\.html$/, ''), join(pages, f)]),
      ),
    },
  },
});
