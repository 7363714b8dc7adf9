/**
 * Retrieval for the Python tools (fine-tune data, evaluation), with the app's own index and rules:
 * reads JSON lines {id, question} on stdin, writes {id, covered, sources: [...]} lines to stdout.
 *
 *   npx tsx src/cli/retrieve.ts [--k 3] [--knowledge data/knowledge] < questions.jsonl
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { readPassages } from './knowledge-files';

const { values } = parseArgs({ options: { k: { type: 'string', default: '3' }, knowledge: { type: 'string' } } });
const base = KnowledgeBase.build(readPassages(values.knowledge));
const k = Number(values.k);
const out: string[] = [];
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const { id, question } = JSON.parse(line) as { id: string; question: string };
  const started = performance.now();
  const found = base.retrieve(question, { k });
  out.push(JSON.stringify({ id, covered: found.covered, sources: found.sources, ms: Math.round((performance.now() - started) * 1000) / 1000 }));
}
process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
