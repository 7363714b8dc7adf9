/**
 * Retrieval measurements for docs/grounding.md, with the app's own index and rules:
 * - time per question (build the index once, then retrieve every eval question 20 times);
 * - fact recall@k on data/eval.jsonl: the share of questions whose rubric facts
 *   (data/eval-rubric.jsonl `must`) all appear in the top-k passages, and the share of facts;
 * - coverage: how many train questions (should be covered) and off-topic questions (should not)
 *   count as covered, at the shipped threshold and around it (the threshold is chosen on these,
 *   never on eval).
 *
 * Timing and coverage retrieve as many passages as the app gives: the default package's
 * `prompt.context.maxPassages` (4; this bench timed 3 until the sixteenth session).
 * `--no-related` leaves weak matches in place (the rules before RELATED_SHARE), for comparison.
 *
 *   npx tsx bench/knowledge/retrieval.ts [--no-related] [--out bench/results/retrieval-<date>.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildKnowledgeFiles, readPassages } from '../../src/cli/knowledge-files';
import { KnowledgeBase, MIN_MATCHED_SHARE } from '../../src/knowledge/knowledge-base';
import { DEFAULT_MODEL_ID } from '../../src/shared/model-index';

interface Row { id: string; question: string }
interface Rubric { id: string; must: string[][] }

const readJsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
const { values } = parseArgs({ options: { out: { type: 'string' }, 'no-related': { type: 'boolean', default: false } } });
const related = !values['no-related'];
const manifest = JSON.parse(readFileSync(`public/models/${DEFAULT_MODEL_ID}/manifest.json`, 'utf8')) as { prompt: { context: { maxPassages: number } } };
const appK = manifest.prompt.context.maxPassages;

const passages = readPassages();
const t0 = performance.now();
const files = await buildKnowledgeFiles(passages);
const buildMs = performance.now() - t0;
const t1 = performance.now();
const base = KnowledgeBase.fromJSON(files.index);
const loadMs = performance.now() - t1;

const evalRows = readJsonl<Row>('data/eval.jsonl');
const rubric = new Map(readJsonl<Rubric>('data/eval-rubric.jsonl').map((r) => [r.id, r.must]));
const train = readJsonl<Row>('data/train.jsonl');
const offTopic = readJsonl<Row>('data/offtopic.jsonl');

// Python-style (?i) regexes in the rubric: JavaScript takes the flag separately.
const compile = (pattern: string) => new RegExp(pattern.replace(/^\(\?i\)/, ''), 'i');
const factFound = (alternatives: string[], text: string) => alternatives.some((p) => compile(p).test(text));

const times: number[] = [];
for (let rep = 0; rep < 20; rep++) {
  for (const row of evalRows) {
    const s = performance.now();
    base.retrieve(row.question, { k: appK, related });
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;

const recall: Record<string, { questions: number; facts: number; covered: number }> = {};
for (const k of [1, 3, 4, 5]) {
  let questions = 0;
  let facts = 0;
  let factCount = 0;
  let covered = 0;
  for (const row of evalRows) {
    const found = base.retrieve(row.question, { k, related });
    if (found.covered) covered++;
    const text = found.sources.map((s) => `${s.title}. ${s.text}`).join('\n');
    const must = rubric.get(row.id) ?? [];
    const hits = must.filter((alternatives) => factFound(alternatives, text)).length;
    facts += hits;
    factCount += must.length;
    if (must.length > 0 && hits === must.length) questions++;
  }
  recall[`k${k}`] = { questions: questions / evalRows.length, facts: facts / factCount, covered: covered / evalRows.length };
}

const coverage: Record<string, { train: number; offTopic: number }> = {};
for (const minShare of [0.45, 0.5, 0.55, 0.6, 0.63, 0.65, 0.7]) {
  coverage[String(minShare)] = {
    train: train.filter((r) => base.retrieve(r.question, { k: appK, minShare }).covered).length / train.length,
    offTopic: offTopic.filter((r) => base.retrieve(r.question, { k: appK, minShare }).covered).length / offTopic.length,
  };
}

const result = {
  generatedBy: 'npx tsx bench/knowledge/retrieval.ts',
  date: new Date().toISOString(),
  passages: passages.length,
  k: appK,
  indexBytes: files.manifest.bytes,
  buildMs: Math.round(buildMs),
  loadMs: Math.round(loadMs),
  retrieveMs: { median: +pct(0.5).toFixed(3), p95: +pct(0.95).toFixed(3), max: +times.at(-1)!.toFixed(3) },
  factRecall: recall,
  shippedThreshold: MIN_MATCHED_SHARE,
  coverage,
};
console.log(JSON.stringify(result, null, 1));
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 1)}\n`);
