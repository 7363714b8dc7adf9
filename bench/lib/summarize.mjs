// Per-cell medians with spread, pairwise ratios (ours / other, repetition by repetition), and
// greedy agreement between runners (same prompt, greedy: all should pick the same tokens).
import { pairedRatio, summary } from './stats.mjs';

const METRICS = ['coldLoadMs', 'warmLoadMs', 'firstTtftMs', 'ttftMs', 'decodeTokPerS'];

function metricOf(run, key) {
  if (key === 'peakMemoryBytes') return run.memory?.rendererPeakBytes ?? run.memory?.processPeakBytes ?? null;
  if (key === 'gpuPeakBytes') return run.memory?.gpuPeakBytes ?? null;
  if (key === 'uaMemoryBytes') return run.uaMemoryBytes ?? null;
  if (key === 'coldBytes') return run.bytes ? run.bytes.pageLoad.total + run.bytes.cold.total : null;
  if (key === 'coldModelBytes') return run.bytes?.cold.model ?? null;
  if (key === 'coldRuntimeBytes') return run.bytes ? run.bytes.pageLoad.runtime + run.bytes.cold.runtime : null;
  if (key === 'warmBytes') return run.bytes?.warm.total ?? null;
  if (key === 'cpuDecodeMsPerToken') return run.cpu?.decodeMsPerToken ?? null;
  if (key === 'cpuPrefillMs') return run.cpu?.prefillMs ?? null;
  if (key === 'chatPeakMemoryBytes') return run.chat?.memory?.rendererPeakBytes ?? null;
  if (key === 'chatRssBytes') return run.chat?.memory?.rendererRssBytes ?? null;
  return run[key] ?? null;
}

export const ALL_METRICS = [...METRICS, 'peakMemoryBytes', 'gpuPeakBytes', 'uaMemoryBytes', 'coldBytes', 'coldModelBytes', 'coldRuntimeBytes', 'warmBytes', 'cpuDecodeMsPerToken', 'cpuPrefillMs', 'chatPeakMemoryBytes', 'chatRssBytes'];

/** Per-rep values of a metric for a cell (index = repetition; missing reps are null). */
function series(runs, cellId, key, reps) {
  const v = new Array(reps).fill(null);
  for (const r of runs) if (r.cell === cellId && !r.error) v[r.rep] = metricOf(r, key);
  return v;
}

function agreement(a, b) {
  if (!a || !b) return null;
  let same = 0;
  while (same < Math.min(a.length, b.length) && a[same] === b[same]) same++;
  return same;
}

export function summarize(suite) {
  const reps = Math.max(0, ...suite.runs.map((r) => r.rep + 1));
  const cells = {};
  for (const cell of suite.cells) {
    const runs = suite.runs.filter((r) => r.cell === cell.id);
    const ok = runs.filter((r) => !r.error);
    const s = { ok: ok.length, failed: runs.length - ok.length, errors: runs.filter((r) => r.error).map((r) => r.error.slice(0, 300)) };
    for (const k of ALL_METRICS) s[k] = summary(series(suite.runs, cell.id, k, reps));
    s.info = ok[0]?.info ?? null;
    s.browserVersion = ok[0]?.browserVersion ?? null;
    cells[cell.id] = s;
  }
  const ratios = {};
  for (const [a, b] of suite.pairs) {
    if (!cells[a] || !cells[b]) continue;
    const r = {};
    for (const k of ['decodeTokPerS', 'cpuDecodeMsPerToken', 'ttftMs', 'coldLoadMs', 'warmLoadMs', 'peakMemoryBytes', 'chatPeakMemoryBytes']) {
      r[k] = pairedRatio(series(suite.runs, a, k, reps), series(suite.runs, b, k, reps));
    }
    ratios[`${a} / ${b}`] = r;
  }
  // Greedy agreement with our 2-thread (or first) engine cell, tokens where ids are known.
  const refCell = suite.cells.find((c) => c.runner === 'onnx-engine')?.id;
  const ref = suite.runs.find((r) => r.cell === refCell && r.tokenIds);
  const greedy = {};
  for (const cell of suite.cells) {
    const run = suite.runs.find((r) => r.cell === cell.id && !r.error);
    if (!run || !ref) continue;
    greedy[cell.id] = {
      sameLeadingTokens: agreement(ref.tokenIds, run.tokenIds),
      sameLeadingChars: agreement(ref.text ? [...ref.text] : null, run.text ? [...run.text] : null),
      of: ref.tokenIds?.length ?? null,
    };
  }
  return { summary: { cells, ratios, greedyVsOurs: { reference: refCell, cells: greedy } } };
}
