/**
 * The TypeScript prompt encoder gives the ids of the Python one (tools/prompt_format.py
 * encode_prompt), fixed in __fixtures__/prompt-ids.json by `python -m tools.fixtures.make_prompt_ids`;
 * tools/tests/test_prompt_format.py checks the Python side against the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTokenizer, missingReason, packageDir } from '../cli/test-packages';
import { parseManifestText } from '../shared/parse-manifest';
import type { ChatMessage } from '../shared/protocol';
import { encodePrompt, prepareMessages } from './prompt';

interface PromptIdsFixture {
  chats: Record<string, ChatMessage[]>;
  ids: Record<string, Record<string, number[]>>;
}

const fixture = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'prompt-ids.json'), 'utf8')) as PromptIdsFixture;

describe.each(Object.keys(fixture.ids))('prompt ids of %s', (id) => {
  const skip = missingReason(id);
  it.skipIf(skip !== null).each(Object.keys(fixture.chats))('%s: the same as Python encode_prompt', (name) => {
    const dir = packageDir(id);
    const manifest = parseManifestText(readFileSync(join(dir, 'manifest.json'), 'utf8'), dir);
    const messages = prepareMessages(manifest, fixture.chats[name] ?? []);
    expect(encodePrompt(loadTokenizer(id), manifest, messages)).toEqual(fixture.ids[id]?.[name]);
  });
});

it('the fixture covers braces and special-token text for a plain and a chat package', () => {
  expect(Object.keys(fixture.chats)).toEqual(expect.arrayContaining(['braces', 'special-text', 'turns']));
  expect(Object.keys(fixture.ids)).toEqual(expect.arrayContaining(['tiny-gpt2-random', 'smollm2-135m-coach']));
});
