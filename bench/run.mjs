// `npm run bench`: builds the bench pages, serves them cross-origin isolated, and measures every
// cell of every suite (bench/lib/suites.mjs) `--reps` times, round-robin so that each repetition
// of a pair ran back to back. Writes bench/results/<date>.json (raw runs + summaries + ratios).
//
//   node bench/run.mjs [--suite default,distilgpt2,levers] [--reps 5] [--only <regex on cell id>]
//                      [--skip <regex>] [--new-tokens 128] [--prompt-tokens 64] [--out file]
//                      [--no-build]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { promptLengths, runBrowserCell, runNativeCell } from './lib/cells.mjs';
import { repoRoot, startServer } from './lib/server.mjs';
import { summarize } from './lib/summarize.mjs';
import { suites as allSuites } from './lib/suites.mjs';

const { values: args } = parseArgs({
  options: {
    suite: { type: 'string', default: 'default,distilgpt2' },
    reps: { type: 'string', default: '5' },
    only: { type: 'string' },
    skip: { type: 'string' },
    'new-tokens': { type: 'string', default: '128' },
    'prompt-tokens': { type: 'string', default: '64' },
    'warmup-tokens': { type: 'string', default: '8' },
    out: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const params = {
  reps: Number(args.reps),
  newTokens: Number(args['new-tokens']),
  promptTokens: Number(args['prompt-tokens']),
  warmupTokens: Number(args['warmup-tokens']),
};
const started = new Date();
const outFile = args.out ?? join(repoRoot, 'bench', 'results', `${started.toISOString().slice(0, 10)}.json`);
const log = (...a) => console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0)}s]`, ...a);

function pkgVersion(name, from = repoRoot) {
  const p = join(from, 'node_modules', name, 'package.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')).version : null;
}

const selected = Object.entries(allSuites()).filter(([name]) => args.suite.split(',').includes(name));

if (!args['no-build']) {
  const builds = [{ out: 'dist', env: {} }];
  // Cells on the page build with onnxruntime-web's plain WASM entry instead of the app's.
  if (selected.some(([, s]) => s.cells.some((c) => c.page?.startsWith('wasm-entry/')))) {
    builds.push({ out: 'dist-wasm-entry', env: { BENCH_ORT_ENTRY: 'onnxruntime-web/wasm', BENCH_BASE: '/wasm-entry/', BENCH_OUT_DIR: 'dist-wasm-entry' } });
  }
  for (const b of builds) {
    log(`building bench pages (bench/vite.config.ts -> bench/${b.out})`);
    const r = spawnSync('npx', ['vite', 'build', '-c', 'bench/vite.config.ts'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...b.env },
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

// Benchmark-only model folders (bench/models, ignored by git), rebuilt from their sources.
function prepare(cmd, argv) {
  log(`preparing: ${cmd} ${argv.join(' ')}`);
  const r = spawnSync(cmd, argv, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) log(`preparing failed (${r.status}); the cells that need it will fail`);
}
for (const [name] of selected) {
  if ((name === 'default' || name === 'levers') && existsSync(join(repoRoot, 'public/models/smollm2-135m-instruct/manifest.json'))) {
    prepare(join(repoRoot, '.venv/bin/python'), ['bench/make_bench_package.py', 'public/models/smollm2-135m-instruct', 'models-work/smollm2-135m-instruct', 'bench/models/smollm2-135m-instruct-all']);
  }
  if (name === 'distilgpt2' && !existsSync(join(repoRoot, 'bench/models/distilgpt2-random/gguf/model-q4_0.gguf'))) {
    prepare('bash', ['bench/prepare-distilgpt2.sh']);
  }
}
const extraMounts = [];
for (const [, s] of selected) {
  s.packageDir = [join(repoRoot, 'public/models', s.modelId), join(repoRoot, 'bench/models', s.modelId)].find((d) =>
    existsSync(join(d, 'manifest.json')),
  );
  if (s.ggufDir) extraMounts.push({ prefix: `/models/${s.ggufModelId}/`, dirs: [s.ggufDir], cache: 'no-store' });
}
const server = await startServer({ extraMounts });
log(`serving on ${server.url}`);

const result = {
  schema: 1,
  startedAt: started.toISOString(),
  command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryBytes: totalmem(),
    note: 'shared 2-core machine: other work may run at the same time; repetitions are interleaved to spread that noise over all runners',
  },
  versions: {
    node: process.version,
    onnxruntimeWeb: pkgVersion('onnxruntime-web'),
    onnxruntimeNode: pkgVersion('onnxruntime-node'),
    transformersJs: pkgVersion('@huggingface/transformers'),
    transformersJsOnnxruntimeWeb: pkgVersion('onnxruntime-web', join(repoRoot, 'node_modules/@huggingface/transformers')),
    transformersJs4: pkgVersion('transformers-js-4'),
    transformersJs4OnnxruntimeWeb: pkgVersion('onnxruntime-web', join(repoRoot, 'node_modules/transformers-js-4')),
    wllama: pkgVersion('@wllama/wllama'),
    playwright: pkgVersion('playwright-core'),
  },
  params,
  suites: {},
};

function save() {
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(result, null, 1)}\n`);
}

for (const [name, suite] of selected) {
  if (!suite.packageDir) {
    log(`suite ${name}: no package ${suite.modelId} under public/models or bench/models; skipped`);
    result.suites[name] = { skipped: `package ${suite.modelId} not found` };
    continue;
  }
  let cells = suite.cells;
  if (args.only) cells = cells.filter((c) => new RegExp(args.only).test(c.id));
  if (args.skip) cells = cells.filter((c) => !new RegExp(args.skip).test(c.id));
  // One prompt per length: the suite's, and any a cell asks for (decode far into the context).
  const prompts = new Map();
  for (const tokens of promptLengths(cells, params.promptTokens)) {
    prompts.set(
      tokens,
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', 'bench/native/prompt.ts', suite.packageDir, String(tokens)], {
          cwd: repoRoot,
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        }),
      ),
    );
  }
  const prompt = prompts.get(params.promptTokens);
  const skipped = [];
  cells = cells.filter((c) => {
    if (c.runner === 'wllama' && !existsSync(join(suite.ggufDir ?? suite.packageDir, c.gguf))) {
      skipped.push({ id: c.id, why: `GGUF ${c.gguf} not found` });
      return false;
    }
    return true;
  });
  const out = (result.suites[name] = {
    title: suite.title,
    modelId: suite.modelId,
    manifest: JSON.parse(readFileSync(join(suite.packageDir, 'manifest.json'), 'utf8')),
    prompt,
    cells,
    skipped,
    pairs: suite.pairs,
    runs: [],
  });
  for (let rep = 0; rep < params.reps; rep++) {
    for (const cell of cells) {
      if (rep >= (cell.reps ?? params.reps)) continue;
      const t0 = Date.now();
      let run;
      try {
        const r =
          cell.runner === 'ort-node'
            ? await runNativeCell({ cell, suite, prompt: prompts.get(cell.promptTokens ?? params.promptTokens), params })
            : await runBrowserCell({ server, cell, suite, prompt: prompts.get(cell.promptTokens ?? params.promptTokens), params });
        run = { cell: cell.id, rep, ...r };
        log(
          `${name} ${cell.id} rep ${rep + 1}/${params.reps}: load ${r.coldLoadMs?.toFixed(0)} / ${r.warmLoadMs?.toFixed(0)} ms, ` +
            `TTFT ${r.ttftMs?.toFixed(0)} ms, ${r.decodeTokPerS?.toFixed(1)} tok/s, ${r.newTokens} tokens (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
        );
      } catch (e) {
        run = { cell: cell.id, rep, error: String(e?.message ?? e).slice(0, 2000) };
        log(`${name} ${cell.id} rep ${rep + 1}: FAILED ${run.error.slice(0, 300)}`);
      }
      out.runs.push(run);
      save();
    }
  }
  Object.assign(out, summarize(out));
  save();
}
result.finishedAt = new Date().toISOString();
result.wallSeconds = Math.round((Date.now() - started.getTime()) / 1000);
save();
await server.close();
log(`wrote ${outFile} in ${result.wallSeconds} s`);
