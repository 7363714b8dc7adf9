// Bundle and download sizes (issue 6, item 4): the app's own build (dist/, from `npx vite build`),
// onnxruntime's wasm, every model variant, and what a first visit downloads and what stays on the
// device for offline use; the same for the two alternatives the bench runs (Transformers.js,
// wllama + GGUF), from the bench build (bench/dist). Writes bench/results/bundle-<date>.json.
//
//   node bench/bundle.mjs [--no-build] [--out file]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { repoRoot } from './lib/server.mjs';
import { smollm2GgufDir } from './lib/suites.mjs';

const { values: args } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, out: { type: 'string' } } });
const dist = join(repoRoot, 'dist');
const benchDist = join(repoRoot, 'bench', 'dist');

if (!args['no-build']) {
  for (const [what, argv] of [
    ['app', ['vite', 'build']],
    ['bench pages', ['vite', 'build', '-c', 'bench/vite.config.ts']],
  ]) {
    console.log(`building ${what}: npx ${argv.join(' ')}`);
    const r = spawnSync('npx', argv, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

/** raw, gzip (level 9) and brotli (quality 9; 11 takes minutes on the wasm files for ~2% less) bytes of a file. */
function sizes(file) {
  const data = readFileSync(file);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
  };
}
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = { raw: 0, gzip: 0, brotli: 0 };

function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

// --- the app (dist/)
const precached = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
const appFiles = walk(dist).filter((f) => !relative(dist, f).startsWith('models/'));
const app = { js: zero, css: zero, html: zero, other: zero, ortWasm: zero, ortGlue: zero, precache: zero, notPrecached: [] };
for (const f of appFiles) {
  const rel = relative(dist, f);
  const s = sizes(f);
  if (rel.startsWith('ort/') && rel.endsWith('.wasm')) app.ortWasm = add(app.ortWasm, s);
  else if (rel.startsWith('ort/')) app.ortGlue = add(app.ortGlue, s);
  else if (rel.endsWith('.js')) app.js = add(app.js, s);
  else if (rel.endsWith('.css')) app.css = add(app.css, s);
  else if (rel.endsWith('.html')) app.html = add(app.html, s);
  else if (rel.endsWith('.wasm')) app.strayWasm = add(app.strayWasm ?? zero, s); // listed under notPrecached
  else app.other = add(app.other, s);
  if (precached.includes(rel)) app.precache = add(app.precache, s);
  else app.notPrecached.push({ file: rel, bytes: s.raw });
}
app.precachedFiles = precached.length;

// --- models: every package under public/models, each variant (shipped or rebuildable)
const models = {};
for (const id of existsSync(join(repoRoot, 'public/models')) ? readdirSync(join(repoRoot, 'public/models')) : []) {
  const mp = join(repoRoot, 'public/models', id, 'manifest.json');
  if (!existsSync(mp)) continue;
  const m = JSON.parse(readFileSync(mp, 'utf8'));
  const shipped = m.files.reduce((a, f) => a + f.bytes, 0) + statSync(mp).size;
  const variants = Object.fromEntries(
    Object.entries(m.variants).map(([name, v]) => {
      const files = m.files.filter((f) => f.path === v.file || f.path.startsWith(`${v.file}_data`) || f.path.startsWith(`${v.file}.data`));
      const local = [join(repoRoot, 'public/models', id, v.file), join(repoRoot, 'models-work', id, v.file)].find(existsSync);
      // Compressed size only for what is downloaded (shipped variants): quantized weights barely compress.
      return [name, { file: v.file, bytes: v.bytes, shipped: v.shipped, gzip: local && v.shipped ? gzipSync(readFileSync(local), { level: 6 }).length : null, filesInPackage: files.length }];
    }),
  );
  const nonOnnx = m.files.filter((f) => f.role !== 'onnx').reduce((a, f) => a + f.bytes, 0) + statSync(mp).size;
  models[id] = { shippedBytes: shipped, tokenizerAndConfigBytes: nonOnnx, wasmVariant: m.backends.wasm, webgpuVariant: m.backends.webgpu, variants };
}
const ggufDir = smollm2GgufDir();
const gguf = ggufDir
  ? readdirSync(ggufDir).filter((f) => f.endsWith('.gguf')).map((f) => ({ file: f, ...sizes(join(ggufDir, f)) }))
  : [];

// --- the alternatives, from the bench build
const benchAssets = existsSync(join(benchDist, 'assets')) ? readdirSync(join(benchDist, 'assets')) : [];
const chunk = (prefix) => benchAssets.filter((f) => f.startsWith(prefix) && f.endsWith('.js')).reduce((a, f) => add(a, sizes(join(benchDist, 'assets', f))), zero);
const tjsOrt = join(repoRoot, 'node_modules/@huggingface/transformers/node_modules/onnxruntime-web/dist');
const wllamaWasm = join(repoRoot, 'node_modules/@wllama/wllama/esm/wasm/wllama.wasm');
const alternatives = {
  transformersJs: {
    note: 'bench page worker chunk (Transformers.js 3.8.1 + its tokenizers + onnxruntime-web 1.22.0-dev JS), plus the JSEP wasm it loads',
    js: chunk('transformers-js.worker'),
    wasm: sizes(join(tjsOrt, 'ort-wasm-simd-threaded.jsep.wasm')),
    glue: sizes(join(tjsOrt, 'ort-wasm-simd-threaded.jsep.mjs')),
  },
  wllama: {
    note: 'bench page chunk (wllama 3.13.0 JS with its inline worker) plus wllama.wasm (llama.cpp b12211)',
    js: chunk('wllama-'),
    wasm: sizes(wllamaWasm),
  },
  oursBenchWorker: { note: 'bench page worker chunk of our engine (for comparison with the app chunks)', js: chunk('onnx-engine.worker') },
};

// The app's default model, read from its one definition (a TypeScript file this script cannot import).
const defaultId = /DEFAULT_MODEL_ID = '([^']+)'/.exec(readFileSync(join(repoRoot, 'src/shared/model-index.ts'), 'utf8'))[1];
const dm = models[defaultId];
const q41 = gguf.find((g) => /Q4_1/.test(g.file));
const summary = {
  ours: {
    appShellPrecache: app.precache,
    modelBytes: dm?.shippedBytes ?? null,
    firstVisitRawBytes: dm ? app.precache.raw + dm.shippedBytes : null,
    firstVisitGzipBytes: dm ? app.precache.gzip + (dm.variants[dm.wasmVariant]?.gzip ?? dm.shippedBytes) + dm.tokenizerAndConfigBytes : null,
    offlineFootprintBytes: dm ? app.precache.raw + dm.shippedBytes : null,
  },
  wllamaGguf: q41
    ? {
        runtimeRaw: alternatives.wllama.js.raw + alternatives.wllama.wasm.raw,
        runtimeGzip: alternatives.wllama.js.gzip + alternatives.wllama.wasm.gzip,
        modelBytes: q41.raw,
        modelGzip: q41.gzip,
      }
    : null,
  transformersJs: {
    runtimeRaw: alternatives.transformersJs.js.raw + alternatives.transformersJs.wasm.raw + alternatives.transformersJs.glue.raw,
    runtimeGzip: alternatives.transformersJs.js.gzip + alternatives.transformersJs.wasm.gzip + alternatives.transformersJs.glue.gzip,
  },
};

const out = args.out ?? join(repoRoot, 'bench/results', `bundle-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(out, `${JSON.stringify({ generatedBy: 'node bench/bundle.mjs', createdAt: new Date().toISOString(), app, models, gguf, alternatives, summary }, null, 1)}\n`);
console.log(JSON.stringify(summary, null, 1));
console.log(`wrote ${out}`);
