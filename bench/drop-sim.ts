/**
 * Tokens each question runs before its first token once the context is full, without a browser:
 * the eval set's questions with their reference answers as the chat, the app's notes
 * (retrieval + the notes slot) in the newest question, and a cache that holds the last prompt.
 *
 *   npx tsx bench/drop-sim.ts [--context 2048] [--budget 256] [--questions 70] [--baseline MODULE]
 *
 * --baseline: another prompt.ts to compare (its fitPrompt, called without the notes' reserve), e.g.
 * `git show ec8b878:src/engine/prompt.ts > src/engine/prompt-baseline.ts` then
 * `--baseline ../src/engine/prompt-baseline.ts` (delete it after). Token counts only, no timing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPassages } from '../src/cli/knowledge-files';
import { loadTokenizer, packageDir } from '../src/cli/test-packages';
import { withNotes } from '../src/engine/notes';
import { fitPrompt, type FittedPrompt } from '../src/engine/prompt';
import { KnowledgeBase } from '../src/knowledge/knowledge-base';
import { parseManifestText } from '../src/shared/parse-manifest';
import type { ChatMessage } from '../src/shared/protocol';
import { DEFAULT_MODEL_ID } from '../src/shared/model-index';

const { values } = parseArgs({
  options: {
    context: { type: 'string', default: '2048' },
    budget: { type: 'string', default: '256' },
    questions: { type: 'string', default: '70' },
    baseline: { type: 'string' },
  },
});
const dir = packageDir(DEFAULT_MODEL_ID);
const tokenizer = loadTokenizer(DEFAULT_MODEL_ID);
const read = parseManifestText(readFileSync(join(dir, 'manifest.json'), 'utf8'), dir);
const manifest = { ...read, shape: { ...read.shape, contextLength: Number(values.context) } };
const budget = Number(values.budget);
const notes = KnowledgeBase.build(readPassages(undefined));
const slot = manifest.prompt.context;
const rows = readFileSync('data/eval.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { question: string; answer: string });

type Fit = (messages: ChatMessage[], reserve: number) => FittedPrompt;
const rules: Array<[string, Fit]> = [['this branch', (messages, reserve) => fitPrompt(tokenizer, manifest, messages, budget, reserve)]];
if (values.baseline) {
  const other = (await import(values.baseline)) as { fitPrompt: typeof fitPrompt };
  rules.unshift(['baseline', (messages) => other.fitPrompt(tokenizer, manifest, messages, budget)]);
}

for (const [name, fit] of rules) {
  const chat: ChatMessage[] = [];
  let cached: number[] = [];
  const run: number[] = [];
  const kept: number[] = [];
  for (let i = 0; i < Number(values.questions); i++) {
    const row = rows[i % rows.length]!;
    chat.push({ role: 'user', content: row.question });
    const found = notes.retrieve(row.question, { k: slot?.maxPassages ?? 0 });
    const grounded = withNotes(manifest, tokenizer, chat, found.covered ? found.sources : []);
    const fitted = fit(grounded.messages, grounded.spare);
    // What decoder.ts `reuse` keeps: the common start, all but the prompt's last token at most.
    let same = 0;
    while (same < cached.length && same < fitted.ids.length - 1 && cached[same] === fitted.ids[same]) same++;
    if (fitted.droppedMessages > 0 || run.length > 0) {
      run.push(fitted.ids.length - same);
      kept.push((2 * i - fitted.droppedMessages) / 2);
    }
    cached = fitted.ids;
    chat.push({ role: 'assistant', content: row.answer });
  }
  const sorted = [...run].sort((a, b) => a - b);
  const mean = (a: number[]) => Math.round(a.reduce((s, v) => s + v, 0) / a.length);
  console.log(
    `${name}: context ${values.context}, answer budget ${budget}: full from question ${Number(values.questions) - run.length + 1}; ` +
      `tokens run per question from there: mean ${mean(run)}, median ${sorted[sorted.length >> 1]}, max ${sorted.at(-1)}; ` +
      `earlier turns kept: mean ${mean(kept)} (${Math.min(...kept)}-${Math.max(...kept)})`,
  );
}
