/** Notes in the prompt: the same strings as tools/grounding.py (shared fixture), and fitting. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContextSlot } from '../shared/manifest';
import type { ModelManifest } from '../shared/manifest';
import { fitNotes, renderNotes, withNotes } from './notes';
import type { TextTokenizer } from './tokenizer';

interface Case {
  name: string;
  slot: ContextSlot;
  question: string;
  notes: { title: string; text: string }[];
  rendered: string;
}
const { cases } = JSON.parse(readFileSync('src/engine/__fixtures__/notes-render.json', 'utf8')) as { cases: Case[] };

describe('renderNotes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(renderNotes(c.slot, c.question, c.notes)).toBe(c.rendered);
  });
});

describe('fitNotes', () => {
  const words = { encodePlain: (t: string) => t.split(/\s+/).filter(Boolean) } as unknown as TextTokenizer;
  const slot: ContextSlot = { template: '{notes} {question}', passage: '- {text}', empty: '', maxTokens: 10, maxPassages: 2 };
  it('keeps best-first notes within the count and the token budget', () => {
    const notes = [
      { title: '', text: 'one two three' },
      { title: '', text: 'x '.repeat(20) },
      { title: '', text: 'four' },
    ];
    expect(fitNotes(slot, words, notes).map((n) => n.text)).toEqual(['one two three']);
  });
});

describe('withNotes', () => {
  const words = { encodePlain: (t: string) => t.split(/\s+/).filter(Boolean) } as unknown as TextTokenizer;
  const slot: ContextSlot = { template: '{notes} {question}', passage: '- {text}', empty: '', maxTokens: 10, maxPassages: 2 };
  const manifest = { prompt: { kind: 'plain', context: slot } } as unknown as ModelManifest;
  const chat = [{ role: 'user' as const, content: 'Why?' }];
  it('reports the slot tokens the kept notes leave unused, and none without notes', () => {
    const one = withNotes(manifest, words, chat, [{ title: '', text: 'one two three' }]);
    expect(one.messages.at(-1)?.content).toBe('- one two three Why?');
    expect(one.spare).toBe(10 - 4);
    expect(withNotes(manifest, words, chat, []).spare).toBe(10);
    expect(withNotes(manifest, words, chat, null).spare).toBe(0);
  });
});
