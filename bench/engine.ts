/**
 * `npm run bench:engine`: our generation loop in Node, per model package:
 *   - session.run time per decode step against the whole step (the loop's overhead, target <= 3%),
 *     greedy and with the manifest's sampling settings;
 *   - time to first token and decode tokens/s;
 *   - onnxruntime-web WASM with 1 and 2 threads, and onnxruntime-node (CPU EP) with the same
 *     thread counts as the native reference.
 * Models: the default package, plus every DistilGPT2-shaped package (6 layers, 768 wide, GPT-2)
 * found under public/models/, bench/models/ or models-work/; --model picks folders or ids instead.
 * --all-variants also runs every shipped variant besides the manifest's wasm choice. Each cell
 * runs in its own process. Prints a table and writes bench/results/engine-<date>.json.
 * "CPU ms/token" is process CPU time per decode step (all threads): it stays meaningful when
 * other work shares the machine, where tokens/s does not.
 *
 *   npm run bench:engine -- [--model <dir or id>]... [--new-tokens 64] [--reps 3] [--threads 1,2]
 *                           [--all-variants]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { modelDir, repoRoot, TEST_MODEL_ID } from '../src/cli/node-host';
import type { ModelManifest } from '../src/shared/manifest';
import { DEFAULT_MODEL_ID } from '../src/shared/model-index';
import { parseManifestText } from '../src/shared/parse-manifest';
import type { CellConfig, CellResult, PassResult } from './engine-run';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', multiple: true },
    'new-tokens': { type: 'string', default: '64' },
    reps: { type: 'string', default: '3' },
    threads: { type: 'string', default: '1,2' },
    'all-variants': { type: 'boolean', default: false },
  },
});
const QUESTION = 'How should I structure interval training to raise my VO2 max, and how much rest do I need between sessions?';

function readManifest(dir: string): ModelManifest | null {
  const file = join(dir, 'manifest.json');
  return existsSync(file) ? parseManifestText(readFileSync(file, 'utf8'), dir) : null;
}

function isDistilGpt2Shaped(m: ModelManifest): boolean {
  return m.architecture === 'gpt2' && m.shape.numLayers === 6 && m.shape.hiddenSize === 768;
}

function findModels(): string[] {
  if (args.model?.length) return args.model.map((m) => (existsSync(join(m, 'manifest.json')) ? m : modelDir(m)));
  const dirs: string[] = [];
  const preferred = readManifest(modelDir(DEFAULT_MODEL_ID)) ? modelDir(DEFAULT_MODEL_ID) : modelDir(TEST_MODEL_ID);
  if (readManifest(preferred)) dirs.push(preferred);
  for (const root of ['public/models', 'bench/models', 'models-work'].map((r) => join(repoRoot, r))) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root)) {
      const dir = join(root, name);
      const m = readManifest(dir);
      if (m && isDistilGpt2Shaped(m) && !dirs.includes(dir)) dirs.push(dir);
    }
  }
  return dirs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function medianPass(passes: PassResult[]): PassResult {
  const keys = Object.keys(passes[0] as PassResult) as (keyof PassResult)[];
  return Object.fromEntries(keys.map((k) => [k, median(passes.map((p) => p[k]))])) as unknown as PassResult;
}

function runCell(config: CellConfig): CellResult {
  const out = execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'bench', 'engine-run.ts'), JSON.stringify(config)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as CellResult;
}

const loadAtStart = loadavg();
const newTokens = Number(args['new-tokens']);
const reps = Number(args.reps);
const threadCounts = (args.threads ?? '1,2').split(',').map(Number);
const models = findModels();
if (!models.length) throw new Error('No model package found under public/models or models-work.');

type Cell = CellResult & { median: PassResult; sameIdsAsFirst: boolean };
const results: { dir: string; modelId: string; variant: string; cells: Cell[] }[] = [];
for (const dir of models) {
  const manifest = readManifest(dir) as ModelManifest;
  const variants = args['all-variants']
    ? Object.entries(manifest.variants).filter(([, v]) => v.shipped).map(([name]) => name)
    : [manifest.backends.wasm];
  for (const variant of variants) {
    console.log(`\n${manifest.id} ${variant} (${relative(repoRoot, dir)}), ${newTokens} new tokens, ${reps} greedy passes per cell`);
    const cells: Cell[] = [];
    for (const runtime of ['ort-web', 'ort-node'] as const) {
      for (const threads of threadCounts) {
        const r = runCell({ dir, variant, runtime, threads, newTokens, reps, question: QUESTION });
        const first = cells[0];
        const sameIdsAsFirst = !first || JSON.stringify(first.greedyIds) === JSON.stringify(r.greedyIds);
        cells.push({ ...r, median: medianPass(r.greedy), sameIdsAsFirst });
        const m = (cells.at(-1) as Cell).median;
        console.log(
          `  ${runtime} ${threads}t: ${m.decodeTokPerS.toFixed(1)} tok/s, ${m.decodeCpuMsPerToken.toFixed(1)} CPU ms/token, ` +
            `overhead ${m.overheadPct.toFixed(1)}% wall, ${m.cpuOverheadPct.toFixed(1)}% CPU`,
        );
      }
    }
    results.push({ dir: relative(repoRoot, dir), modelId: manifest.id, variant, cells });
    printTable(cells);
  }
}

function printTable(cells: Cell[]): void {
  const rows = cells.map((c) => [
    c.runtime === 'ort-web' ? 'onnxruntime-web WASM' : 'onnxruntime-node CPU',
    String(c.threads),
    c.variant,
    String(c.promptTokens),
    c.median.ttftMs.toFixed(0),
    c.median.prefillRunMs.toFixed(0),
    c.median.decodeTokPerS.toFixed(1),
    c.median.decodeCpuMsPerToken.toFixed(1),
    c.median.meanRunMs.toFixed(2),
    c.median.meanStepMs.toFixed(2),
    `${c.median.overheadPct.toFixed(1)}%`,
    `${c.median.cpuOverheadPct.toFixed(1)}%`,
    `${c.sampled.overheadPct.toFixed(1)}%`,
    `${c.sampled.cpuOverheadPct.toFixed(1)}%`,
    c.sampled.meanSampleMs.toFixed(2),
    c.sameIdsAsFirst ? 'yes' : 'no',
    (c.peakRssBytes / 2 ** 20).toFixed(0),
  ]);
  const head = ['runtime', 'thr', 'variant', 'prompt', 'TTFT ms', 'prefill run ms', 'decode tok/s', 'CPU ms/token', 'run ms/step', 'step ms/step', 'overhead greedy', 'greedy CPU', 'overhead sampled', 'sampled CPU', 'sample ms', 'same ids', 'peak RSS MiB'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padStart(widths[i] as number)).join('  ');
  console.log(`\n${fmt(head)}\n${rows.map(fmt).join('\n')}`);
}

const date = new Date().toISOString().slice(0, 10);
const out = join(repoRoot, 'bench', 'results', `engine-${date}.json`);
mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      command: `npm run bench:engine -- ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryBytes: totalmem(), node: process.version },
      settings: {
        newTokens,
        reps,
        threads: threadCounts,
        question: QUESTION,
        greedy: 'median of reps',
        sampled: "one pass with the manifest's sampling settings, seed 1",
        loadAverage: { atStart: loadAtStart, atEnd: loadavg() },
      },
      results,
    },
    null,
    1,
  )}\n`,
);
console.log(`\nwrote ${relative(repoRoot, out)}`);
