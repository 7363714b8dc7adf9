import { describe, expect, it } from 'vitest';
import { loadTokenizer, missingReason } from '../cli/test-packages';
import { TEST_MODEL_ID } from '../cli/node-host';
import { DEFAULT_MODEL_ID } from '../shared/model-index';
import { IncrementalDecoder, PrefixStripper, StopFilter } from './text-stream';

describe('StopFilter', () => {
  it('holds text that may begin a stop string and releases it when it does not', () => {
    const f = new StopFilter(['\nQuestion:']);
    expect(f.push('abc\nQue')).toEqual({ text: 'abc', stoppedBy: null });
    expect(f.push('ry')).toEqual({ text: '\nQuery', stoppedBy: null });
  });

  it('cuts at the earliest stop string, even when it arrives in pieces', () => {
    const f = new StopFilter(['\nQuestion:', 'END']);
    expect(f.push('one\n').text).toBe('one');
    expect(f.push('Quest').text).toBe('');
    expect(f.push('ion: two')).toEqual({ text: '', stoppedBy: '\nQuestion:' });
    expect(f.push('more').text).toBe('');
    expect(f.flush()).toBe('');
  });

  it('flush releases held text when the answer ends otherwise', () => {
    const f = new StopFilter(['<|im_end|>']);
    expect(f.push('done <|im').text).toBe('done ');
    expect(f.flush()).toBe('<|im');
  });
});

describe('PrefixStripper', () => {
  it('drops the answer prefix only at the very start', () => {
    const s = new PrefixStripper(' ');
    expect(s.push(' Hello')).toBe('Hello');
    expect(s.push(' world')).toBe(' world');
    const t = new PrefixStripper(' ');
    expect(t.push('Hi')).toBe('Hi');
  });

  it('waits while the text could still be the prefix', () => {
    const s = new PrefixStripper('A: ');
    expect(s.push('A')).toBe('');
    expect(s.push(': x')).toBe('x');
    const t = new PrefixStripper('A: ');
    expect(t.push('A')).toBe('');
    expect(t.flush()).toBe('A');
  });
});

for (const id of [TEST_MODEL_ID, DEFAULT_MODEL_ID]) {
  const skip = missingReason(id);
  if (skip) console.warn(`skipping tokenizer-based stream tests of ${id}: ${skip}`);

  describe.skipIf(skip !== null)(`streaming with real token ids of ${id}`, () => {
    const tokenizer = skip ? null! : loadTokenizer(id);

    it('never shows U+FFFD for emoji and non-Latin text split across tokens', () => {
      const text = 'Run 🏃‍♀️ fast 💪🏽! Ходьба, 跑步 और दौड़ — naïve café 𝄞.';
      const ids = tokenizer.encodePlain(text);
      // The test only means something if some token holds part of a character.
      expect(ids.some((t) => tokenizer.decode([t]).includes('\uFFFD'))).toBe(true);
      const decoder = new IncrementalDecoder(tokenizer);
      const deltas = ids.map((t) => decoder.push(t));
      deltas.push(decoder.flush());
      for (const d of deltas) expect(d).not.toContain('\uFFFD');
      expect(deltas.join('')).toBe(text);
    });

    it('a stop string spanning several tokens is never shown', () => {
      const answer = 'Rest two minutes.';
      const stop = '\nQuestion:';
      const ids = tokenizer.encodePlain(`${answer}${stop} what next?`);
      // The stop string is several tokens ("\n", "Question", ":").
      expect(tokenizer.encodePlain(stop).length).toBeGreaterThan(1);
      const decoder = new IncrementalDecoder(tokenizer);
      const filter = new StopFilter([stop]);
      let shown = '';
      let stoppedBy: string | null = null;
      for (const t of ids) {
        const r = filter.push(decoder.push(t));
        shown += r.text;
        if (r.stoppedBy) {
          stoppedBy = r.stoppedBy;
          break;
        }
        expect(answer.startsWith(shown)).toBe(true);
      }
      expect(stoppedBy).toBe(stop);
      expect(shown).toBe(answer);
    });
  });
}
