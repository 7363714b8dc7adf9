/**
 * Ask the engine a question from the terminal, with the same code the app's worker runs.
 *
 *   npm run ask -- "What is VO2 max?" [--model <id or folder>] [--max-new-tokens N]
 *        [--temperature T] [--top-p P] [--top-k K] [--seed S] [--threads N] [--no-notes] [--own-words] [--short] [--json]
 *   npm run ask -- "What is VO2 max?" --notes-only [--json]     (or "-": one question per line of stdin)
 *
 * The question is asked with the Pocket Coach notes (data/knowledge) when the package has a notes
 * slot, as in the app; --no-notes asks without. With notes the answer is whole sentences of them,
 * as in the app (src/engine/quoting.ts); --own-words lets the model word it, --short quotes two passages,
 * not up to four (the app's "Short answers"). The answer streams to stdout, the notes it was
 * given and the stats go to stderr; --json prints one JSON object
 * {text, tokenIds, stats, grounding, sources: [{id, text, source}], figuresNotInNotes} to stdout instead. --temperature 0 is greedy. Unset settings come
 * from the package's manifest. --notes-only prints the notes a question would be given, with no
 * model run (for checking what the notes cover).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { figuresNotInNotes } from '../knowledge/figures';
import { groundingFor, notesGiven } from '../knowledge/grounding';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { EngineError } from '../shared/errors';
import type { GenerateOptions, Grounding } from '../shared/protocol';
import { readManifest } from '../engine/package-source';
import { readPassages } from './knowledge-files';
import { createNodeEngine, defaultModelId, fsFileSource, modelDir, nodePlatform } from './node-host';

const USAGE =
  'usage: npm run ask -- "question" [--model <id or folder>] [--max-new-tokens N] [--temperature T] ' +
  '[--top-p P] [--top-k K] [--seed S] [--threads N] [--no-notes] [--own-words] [--short] [--notes-only] [--json]';

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new EngineError('invalid-input', `--${name} needs a number, got "${value}".`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      'max-new-tokens': { type: 'string' },
      temperature: { type: 'string' },
      'top-p': { type: 'string' },
      'top-k': { type: 'string' },
      seed: { type: 'string' },
      threads: { type: 'string' },
      json: { type: 'boolean', default: false },
      'no-notes': { type: 'boolean', default: false },
      'own-words': { type: 'boolean', default: false },
      short: { type: 'boolean', default: false },
      'notes-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const question = positionals.join(' ').trim();
  if (values.help || !question) {
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const model = values.model ?? defaultModelId();
  const dir = existsSync(resolve(model, 'manifest.json')) ? resolve(model) : modelDir(model);
  if (values['notes-only']) {
    const manifest = await readManifest(fsFileSource(dir));
    const knowledge = readKnowledge();
    const questions = question === '-' ? readFileSync(0, 'utf8').split('\n').map((q) => q.trim()).filter(Boolean) : [question];
    for (const q of questions) {
      const grounding = groundingFor(knowledge, q, manifest, true);
      if (values.json) {
        const sources = jsonSources(grounding.status === 'notes' ? grounding.sources : []);
        process.stdout.write(`${JSON.stringify({ question: q, grounding: grounding.status, sources })}\n`);
      } else {
        console.log(`Q: ${q}`);
        printGrounding(grounding, console.log);
      }
    }
    return;
  }
  const options: GenerateOptions = {};
  const set = <K extends keyof GenerateOptions>(key: K, value: GenerateOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('maxNewTokens', number('max-new-tokens', values['max-new-tokens']));
  set('temperature', number('temperature', values.temperature));
  set('topP', number('top-p', values['top-p']));
  set('topK', number('top-k', values['top-k']));
  set('seed', number('seed', values.seed));
  if (values['own-words']) options.quoteNotes = false;
  if (values.short) options.shortAnswers = true;
  const threads = number('threads', values.threads);

  const engine = createNodeEngine(threads === undefined ? {} : { platform: nodePlatform(threads) });
  const info = await engine.load(fsFileSource(dir), { backend: 'auto' });
  if (!values.json) {
    console.error(`${info.modelName} (${info.variant}) — ${info.reason}`);
    if (engine.manifest.randomWeights) console.error('This test model has random weights: its answers are noise.');
  }
  const grounding = groundingFor(readKnowledge(), question, engine.manifest, !values['no-notes']);
  if (!values.json) printGrounding(grounding);
  const result = await engine.generate(
    [{ role: 'user', content: question }],
    options,
    { onToken: values.json ? undefined : (delta) => process.stdout.write(delta) },
    notesGiven(grounding),
  );
  // Figures the answer states and its notes do not hold (the app names them under the answer too).
  const unsure = result.notes ? figuresNotInNotes(result.text, result.notes.map((n) => n.text)) : [];
  if (values.json) {
    const sources = jsonSources(result.notes ?? []);
    const out = { text: result.text, tokenIds: result.tokenIds, stats: result.stats, grounding: grounding.status, sources, figuresNotInNotes: unsure };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write('\n');
    if (unsure.length > 0) console.error(`\nCheck: ${unsure.join(', ')} ${unsure.length === 1 ? 'is' : 'are'} not in the notes this answer was given.`);
    const s = result.stats;
    console.error(
      `\n${s.promptTokens} prompt + ${s.newTokens} new tokens · first token ${s.timeToFirstTokenMs.toFixed(0)} ms · ` +
        `${s.decodeTokensPerSecond.toFixed(1)} tokens/s · ${s.backend}, ${s.threads} thread${s.threads === 1 ? '' : 's'} · ` +
        `stop: ${s.stopReason}${s.droppedMessages ? ` · ${s.droppedMessages} old messages left out` : ''}`,
    );
  }
  await engine.unload();
}

/** The notes as `--json` lists them: `sources: [{id, text, source}]`. */
function jsonSources(notes: readonly { id: string; text: string; source: string | null }[]) {
  return notes.map((n) => ({ id: n.id, text: n.text, source: n.source }));
}

/** The notes from data/knowledge, or why they cannot be read. */
function readKnowledge(): KnowledgeBase | { failed: string } {
  try {
    return KnowledgeBase.build(readPassages());
  } catch (e) {
    return { failed: e instanceof Error ? e.message : String(e) };
  }
}

function printGrounding(g: Grounding, print: (line: string) => void = console.error): void {
  if (g.status === 'notes') {
    print('From the Pocket Coach notes:');
    for (const s of g.sources) print(`  [${s.id}] ${s.text}${s.source ? ` (Source: ${s.source})` : ''}`);
  } else if (g.status === 'not-covered') {
    print('Not covered by the Pocket Coach notes, so no reviewed source (--no-notes gets the model\'s own answer, unchecked).');
  } else if (g.status === 'unavailable') {
    print(`Answered without notes. ${g.reason ?? ''}`);
  } else {
    print('Answered without notes (--no-notes).');
  }
  print('');
}

main().then(
  () => process.exit(),
  (e: unknown) => {
    console.error(e instanceof EngineError ? e.message : e);
    process.exit(1);
  },
);
