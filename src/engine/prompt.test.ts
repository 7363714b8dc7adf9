/**
 * The TypeScript prompt encoder gives the ids of the Python one (tools/prompt_format.py
 * encode_prompt), fixed in __fixtures__/prompt-ids.json by `python -m tools.fixtures.make_prompt_ids`;
 * tools/tests/test_prompt_format.py checks the Python side against the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTokenizer, missingReason, packageDir } from '../cli/test-packages';
import type { ModelManifest } from '../shared/manifest';
import { parseManifestText } from '../shared/parse-manifest';
import type { ChatMessage } from '../shared/protocol';
import { cutPoints, encodePrompt, fitPrompt, prepareMessages, type FittedPrompt } from './prompt';

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

describe.skipIf(missingReason('smollm2-135m-coach') !== null)('dropping old turns in blocks', () => {
  const id = 'smollm2-135m-coach';
  const dir = packageDir(id);
  const tokenizer = loadTokenizer(id);
  const base = parseManifestText(readFileSync(join(dir, 'manifest.json'), 'utf8'), dir);
  const manifest: ModelManifest = { ...base, shape: { ...base.shape, contextLength: 512 } };
  const budget = 64;
  const answer = (i: number) => `Answer ${i}: keep most runs easy, add one tempo run and one interval session a week.`;
  const question = (i: number) => `Question ${i}: how should I plan my running week?`;

  /** The prompt of every question of a chat that grows one turn at a time. */
  function growingChat(questions: number, reserve = 0): FittedPrompt[] {
    const chat: ChatMessage[] = [];
    const fitted: FittedPrompt[] = [];
    for (let i = 0; i < questions; i++) {
      chat.push({ role: 'user', content: question(i) });
      fitted.push(fitPrompt(tokenizer, manifest, chat, budget, reserve));
      chat.push({ role: 'assistant', content: answer(i) });
    }
    return fitted;
  }
  const commonPrefix = (a: readonly number[], b: readonly number[]) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };

  it('keeps the same start for several questions once the context is full, so the cache is reused', () => {
    const fitted = growingChat(40);
    const full = fitted.filter((f) => f.droppedMessages > 0);
    expect(full.length).toBeGreaterThan(20);
    let moves = 0;
    for (let i = 1; i < fitted.length; i++) {
      const [before, now] = [fitted[i - 1]!, fitted[i]!];
      expect(now.droppedMessages).toBeGreaterThanOrEqual(before.droppedMessages);
      if (before.droppedMessages !== now.droppedMessages) {
        moves++;
        continue;
      }
      // The cached prompt up to its newest question is the start of this one (the KV cache's reuse).
      const history = encodePrompt(tokenizer, manifest, before.messages.slice(0, -1)).length;
      expect(commonPrefix(before.ids, now.ids)).toBeGreaterThanOrEqual(history - 3);
    }
    // Dropping only what must go moves the start on every question once the context is full.
    expect(moves).toBeGreaterThan(0);
    expect(moves).toBeLessThanOrEqual(Math.ceil(full.length / 2));
  });

  it('keeps what today\'s guarantees ask: it fits, the system prompt stays, history starts at a user message, newest question last', () => {
    for (const f of growingChat(30)) {
      expect(f.ids.length + f.maxNewTokens).toBeLessThanOrEqual(manifest.shape.contextLength);
      expect(f.maxNewTokens).toBe(budget);
      expect(f.messages[0]?.role).toBe('system');
      expect(f.messages[1]?.role).toBe('user');
      expect(f.messages.at(-1)?.content).toMatch(/^Question \d+:/);
      // droppedMessages counts the chat's messages left out (the system prompt is not one of them).
      expect(f.messages.length - 1 + f.droppedMessages).toBe(2 * Number(/^Question (\d+)/.exec(f.messages.at(-1)!.content)![1]) + 1);
    }
  });

  it('cut points of earlier turns stay put as the chat grows', () => {
    const system = prepareMessages(manifest, [{ role: 'user', content: 'x' }]).filter((m) => m.role === 'system');
    const chat: ChatMessage[] = [];
    let last: number[] = [];
    for (let i = 0; i < 25; i++) {
      chat.push({ role: 'user', content: question(i) }, { role: 'assistant', content: answer(i) });
      const rest = [...chat, { role: 'user' as const, content: 'newest' }];
      const starts = rest.map((m, j) => (m.role === 'user' ? j : -1)).filter((j) => j >= 0);
      const points = cutPoints(tokenizer, manifest, system, rest, starts, 100);
      expect(points.slice(0, last.length)).toEqual(last);
      last = points;
    }
    expect(last.length).toBeGreaterThan(3);
  });

  it('a newest question that shrinks does not bring older turns back when its room is reserved', () => {
    const chat: ChatMessage[] = [];
    for (let i = 0; i < 12; i++) chat.push({ role: 'user', content: question(i) }, { role: 'assistant', content: answer(i) });
    // As a question with a full notes slot, then the next one with none.
    const notes = ' Notes: easy runs build the aerobic base and tempo runs raise the threshold.'.repeat(4);
    const noteTokens = tokenizer.encodePlain(notes).length;
    const withNotes = fitPrompt(tokenizer, manifest, [...chat, { role: 'user', content: `Next?${notes}` }], budget);
    const next = [...chat, { role: 'user' as const, content: 'Next?' }, { role: 'assistant' as const, content: 'Yes.' }];
    const bare = fitPrompt(tokenizer, manifest, [...next, { role: 'user', content: 'And?' }], budget);
    const reserved = fitPrompt(tokenizer, manifest, [...next, { role: 'user', content: 'And?' }], budget, noteTokens);
    expect(bare.droppedMessages).toBeLessThan(withNotes.droppedMessages);
    expect(reserved.droppedMessages).toBe(withNotes.droppedMessages);
  });

  it('a reserve the context cannot hold still keeps the newest question, with the full answer budget', () => {
    const chat: ChatMessage[] = [{ role: 'user', content: question(0) }, { role: 'assistant', content: answer(0) }, { role: 'user', content: 'Next?' }];
    const f = fitPrompt(tokenizer, manifest, chat, budget, manifest.shape.contextLength);
    expect(f.droppedMessages).toBe(0);
    expect(f.maxNewTokens).toBe(budget);
  });
});
