import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/node-host';
import { EngineError } from './errors';
import { parseManifest, parseManifestText, parseModelJson } from './parse-manifest';

const MODELS = join(repoRoot, 'public', 'models');
const packages = readdirSync(MODELS).filter((d) => existsSync(join(MODELS, d, 'manifest.json')));
const tiny = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(MODELS, 'tiny-gpt2-random', 'manifest.json'), 'utf8')) as Record<string, unknown>;

function problem(raw: unknown): string {
  try {
    parseManifest(raw, 'test');
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).type).toBe('model-corrupt');
    return (e as EngineError).message;
  }
  throw new Error('parseManifest accepted it');
}

describe('parseManifest', () => {
  it.each(packages)('reads the committed package %s and returns every field unchanged', (id) => {
    const text = readFileSync(join(MODELS, id, 'manifest.json'), 'utf8');
    expect(parseManifestText(text, id)).toEqual(JSON.parse(text));
  });

  it('reads the optional notes slot and checks its placeholders and numbers', () => {
    const slot = { template: 'Notes:\n{notes}\n\nQuestion: {question}', passage: '- {text}', empty: '(none)', maxTokens: 80, maxPassages: 2 };
    const raw = tiny();
    const prompt = raw['prompt'] as Record<string, unknown>;
    expect(parseManifest({ ...raw, prompt: { ...prompt, context: slot } }, 't').prompt.context).toEqual(slot);
    const { context: _dropped, ...withoutSlot } = { ...prompt, context: null };
    expect(parseManifest({ ...raw, prompt: withoutSlot }, 't').prompt.context).toBeUndefined();
    expect(problem({ ...raw, prompt: { ...prompt, context: { ...slot, template: '{question}' } } })).toMatch(/no \{notes\}/);
    expect(problem({ ...raw, prompt: { ...prompt, context: { ...slot, passage: '- x' } } })).toMatch(/no \{text\}/);
    expect(problem({ ...raw, prompt: { ...prompt, context: { ...slot, maxPassages: 0 } } })).toMatch(/at least 1/);
    expect(problem({ ...raw, prompt: { ...prompt, context: { ...slot, extra: 1 } } })).toMatch(/unknown field extra/);
    const answered = { ...slot, notCovered: "My notes don't cover this." };
    expect(parseManifest({ ...raw, prompt: { ...prompt, context: answered } }, 't').prompt.context).toEqual(answered);
    expect(problem({ ...raw, prompt: { ...prompt, context: { ...slot, notCovered: ' ' } } })).toMatch(/notCovered is empty/);
    expect(problem({ ...raw, prompt: { ...prompt, context: { ...slot, notCovered: 3 } } })).toMatch(/notCovered/);
  });

  it('names a missing field with its path', () => {
    const m = tiny();
    delete (m['shape'] as Record<string, unknown>)['contextLength'];
    expect(problem(m)).toContain('shape.contextLength is missing');
  });

  it('names a field of the wrong type', () => {
    const m = tiny();
    (m['sampling'] as Record<string, unknown>)['maxNewTokens'] = '128';
    expect(problem(m)).toContain('sampling.maxNewTokens should be a whole number');
    (m['sampling'] as Record<string, unknown>)['maxNewTokens'] = 1.5;
    expect(problem(m)).toContain('sampling.maxNewTokens should be a whole number');
  });

  it('reads the optional no-repeat rule of the sampling defaults', () => {
    const m = tiny();
    expect(parseManifest(m, 't').sampling.noRepeatNgram).toBeUndefined();
    (m['sampling'] as Record<string, unknown>)['noRepeatNgram'] = 4;
    expect(parseManifest(m, 't').sampling.noRepeatNgram).toBe(4);
    (m['sampling'] as Record<string, unknown>)['noRepeatNgram'] = -1;
    expect(problem(m)).toContain('sampling.noRepeatNgram should be a whole number');
  });

  it('rejects unknown fields, so a misspelt one is not silently ignored', () => {
    expect(problem({ ...tiny(), contxt: {} })).toContain('has unknown field contxt');
    const m = tiny();
    (m['prompt'] as Record<string, unknown>)['answerPrefx'] = ' ';
    expect(problem(m)).toContain('prompt has unknown field answerPrefx');
  });

  it('checks the prompt kind, the template slot, the schema and the backends', () => {
    expect(problem({ ...tiny(), prompt: { kind: 'jinja' } })).toContain('prompt.kind should be one of chat, plain');
    const m = tiny();
    (m['prompt'] as Record<string, unknown>)['template'] = 'Question: {q}';
    expect(problem(m)).toContain('prompt.template has no {question}');
    expect(problem({ ...tiny(), schemaVersion: 2 })).toContain('schema is 2, expected 1');
    expect(problem({ ...tiny(), backends: { wasm: 'q4', webgpu: 'q8' } })).toContain('backends.webgpu names "q8"');
    expect(problem(null)).toContain('the manifest should be an object');
  });

  it('a file entry needs a lowercase hex sha256 and a known role', () => {
    const m = tiny();
    const files = m['files'] as Record<string, unknown>[];
    files[0] = { ...files[0], sha256: 'ABC' };
    expect(problem(m)).toContain('files[0].sha256 should be a lowercase hex SHA-256');
  });

  it('bad JSON is a damaged model file, named by its path', () => {
    expect(() => parseModelJson('tokenizer.json', '{')).toThrow(/tokenizer.json is not valid JSON/);
    expect(() => parseManifestText('{', 'here')).toThrow(EngineError);
  });
});
