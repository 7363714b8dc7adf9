/**
 * The benchmark prompt: a sports-science question in the package's own prompt format, with the
 * question's length adjusted until the prompt is exactly N tokens. Prints {ids, text, messages}
 * as JSON; `text` is the same prompt as a string (special tokens written out) for wllama.
 * Usage: tsx bench/native/prompt.ts <package dir> <tokens>
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TextTokenizer } from '../../src/engine';
import { encodePrompt, prepareMessages } from '../../src/engine/prompt';
import { parseManifestText } from '../../src/shared/parse-manifest';

const QUESTION =
  'I am a recreational runner training for my first half marathon in twelve weeks. I run four times a week ' +
  'and lift weights twice. How should I split easy runs, tempo runs, intervals and the long run, how fast ' +
  'should I increase weekly mileage, and what should I eat and drink before, during and after the long run ' +
  'so that I recover well, avoid injury and still feel strong on race day?';

export async function benchPrompt(dir: string, target: number) {
  const manifest = parseManifestText(await readFile(join(dir, 'manifest.json'), 'utf8'), dir);
  const tokenizer = new TextTokenizer(
    JSON.parse(await readFile(join(dir, 'tokenizer.json'), 'utf8')),
    JSON.parse(await readFile(join(dir, 'tokenizer_config.json'), 'utf8')),
  );
  const words = QUESTION.split(' ');
  const build = (question: string) => {
    const messages = prepareMessages(manifest, [{ role: 'user', content: question }]);
    return { messages, ids: encodePrompt(tokenizer, manifest, messages) };
  };
  // Longest prefix of the question that fits, then pad with " again" words to land on `target`.
  let n = words.length;
  while (n > 1 && build(words.slice(0, n).join(' ')).ids.length > target) n--;
  let question = words.slice(0, n).join(' ');
  for (let i = 0; i < target && build(question).ids.length < target; i++) {
    const longer = `${question} now`;
    if (build(longer).ids.length > target) break;
    question = longer;
  }
  const { messages, ids } = build(question);
  if (ids.length !== target) throw new Error(`could not make a ${target}-token prompt (got ${ids.length})`);
  const format = manifest.prompt;
  let text: string;
  if (format.kind === 'chat') text = tokenizer.renderChat(format.chatTemplate, messages);
  else text = format.template.replace('{question}', question);
  // A bos the manifest adds is left to the runtime that reads `text` (llama.cpp adds its own).
  return { ids, text, messages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, tokens] = process.argv.slice(2);
  if (!dir || !tokens) throw new Error('usage: prompt.ts <package dir> <tokens>');
  console.log(JSON.stringify(await benchPrompt(dir, Number(tokens))));
}
