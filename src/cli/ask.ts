/**
 * Ask the engine a question from the terminal, with the same code the app's worker runs.
 *
 *   npm run ask -- "What is VO2 max?" [--model <id or folder>] [--max-new-tokens N]
 *        [--temperature T] [--top-p P] [--top-k K] [--seed S] [--threads N] [--json]
 *
 * The answer streams to stdout and the stats go to stderr; --json prints one JSON object
 * {text, tokenIds, stats} to stdout instead. --temperature 0 is greedy. Unset settings come
 * from the package's manifest.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EngineError } from '../shared/errors';
import type { GenerateOptions } from '../shared/protocol';
import { createNodeEngine, defaultModelId, fsFileSource, modelDir, nodePlatform } from './node-host';

const USAGE =
  'usage: npm run ask -- "question" [--model <id or folder>] [--max-new-tokens N] [--temperature T] ' +
  '[--top-p P] [--top-k K] [--seed S] [--threads N] [--json]';

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
  const options: GenerateOptions = {};
  const set = <K extends keyof GenerateOptions>(key: K, value: GenerateOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('maxNewTokens', number('max-new-tokens', values['max-new-tokens']));
  set('temperature', number('temperature', values.temperature));
  set('topP', number('top-p', values['top-p']));
  set('topK', number('top-k', values['top-k']));
  set('seed', number('seed', values.seed));
  const threads = number('threads', values.threads);

  const engine = createNodeEngine(threads === undefined ? {} : { platform: nodePlatform(threads) });
  const info = await engine.load(fsFileSource(dir), { backend: 'auto' });
  if (!values.json) {
    console.error(`${info.modelName} (${info.variant}) — ${info.reason}`);
    if (engine.manifest.randomWeights) console.error('This test model has random weights: its answers are noise.');
  }
  const result = await engine.generate([{ role: 'user', content: question }], options, {
    onToken: values.json ? undefined : (delta) => process.stdout.write(delta),
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ text: result.text, tokenIds: result.tokenIds, stats: result.stats })}\n`);
  } else {
    process.stdout.write('\n');
    const s = result.stats;
    console.error(
      `\n${s.promptTokens} prompt + ${s.newTokens} new tokens · first token ${s.timeToFirstTokenMs.toFixed(0)} ms · ` +
        `${s.decodeTokensPerSecond.toFixed(1)} tokens/s · ${s.backend}, ${s.threads} thread${s.threads === 1 ? '' : 's'} · ` +
        `stop: ${s.stopReason}${s.droppedMessages ? ` · ${s.droppedMessages} old messages left out` : ''}`,
    );
  }
  await engine.unload();
}

main().then(
  () => process.exit(),
  (e: unknown) => {
    console.error(e instanceof EngineError ? e.message : e);
    process.exit(1);
  },
);
