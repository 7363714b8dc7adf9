/**
 * Retrieval on the labelled development questions (data/dev.jsonl: the passages that answer each,
 * found by reading the notes, not by this retrieval): how often the first passage, and any of the
 * passages the app gives, is one that answers; how many answerable questions are covered, and how
 * many questions the notes do not answer are said to be uncovered. Retrieval rules are tuned on
 * these and on train/off-topic questions, never on eval. `--data data/dev-concepts.jsonl` scores the
 * labelled quiz questions the same way; `--definition-weight W` tries another DEFINITION_WEIGHT, and
 * `--no-related` leaves weak matches in place (knowledge-base.ts RELATED_SHARE). `answeringGiven` is
 * the mean share of a question's answering passages given, of as many as fit.
 *
 *   npx tsx bench/knowledge/dev.ts [--k 4] [--data F] [--definition-weight W] [--no-related] [--out bench/results/dev-retrieval-<date>.json] [--list]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readPassages } from '../../src/cli/knowledge-files';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base';

interface Dev { id: string; topic: string; question: string; answers: string[]; partial: string[] }

const { values } = parseArgs({ options: { k: { type: 'string', default: '4' }, 'definition-weight': { type: 'string' }, 'no-related': { type: 'boolean', default: false }, data: { type: 'string', default: 'data/dev.jsonl' }, out: { type: 'string' }, list: { type: 'boolean', default: false } } });
const k = Number(values.k);
const opts = {
  k,
  ...(values['definition-weight'] === undefined ? {} : { definitionWeight: Number(values['definition-weight']) }),
  related: !values['no-related'],
};
const base = KnowledgeBase.build(readPassages());
const rows = readFileSync(values.data, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Dev);
const answerable = rows.filter((r) => r.answers.length > 0);
const unanswerable = rows.filter((r) => r.answers.length === 0);
let covered = 0;
let first = 0;
let anyGiven = 0;
let answeringGiven = 0;
const misses: string[] = [];
for (const row of answerable) {
  const found = base.retrieve(row.question, opts);
  const ids = found.sources.map((s) => s.id);
  const good = new Set(row.answers);
  if (found.covered) covered++;
  if (ids[0] !== undefined && good.has(ids[0])) first++;
  answeringGiven += ids.filter((id) => good.has(id)).length / Math.min(good.size, k);
  if (ids.some((id) => good.has(id))) anyGiven++;
  else misses.push(`${row.id} ${found.covered ? 'given ' + ids.join(',') : `not covered (${found.matchedShare})`} | ${row.question} | wants ${row.answers.join(',')}`);
}
const saidUncovered = unanswerable.filter((r) => !base.retrieve(r.question, opts).covered);
const share = (n: number, of: number) => Math.round((n / of) * 1000) / 1000;
const result = {
  generatedBy: 'npx tsx bench/knowledge/dev.ts',
  passages: base.size,
  k,
  answerable: answerable.length,
  covered: share(covered, answerable.length),
  firstAnswers: share(first, answerable.length),
  anyGivenAnswers: share(anyGiven, answerable.length),
  answeringGiven: share(answeringGiven, answerable.length),
  unanswerable: unanswerable.length,
  saidUncovered: share(saidUncovered.length, unanswerable.length),
};
console.log(JSON.stringify(result, null, 1));
if (values.list) {
  console.log(misses.join('\n'));
  for (const r of unanswerable) if (!saidUncovered.includes(r)) console.log(`${r.id} covered but unanswerable | ${r.question}`);
}
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 1)}\n`);
