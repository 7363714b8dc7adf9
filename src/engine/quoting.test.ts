/** Answers quoted from the notes: the rule pinned by the fixture tools/quoting.py is tested against too. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { banRepeatedNgrams } from './sampler';
import { closestSentence, endsSentence, fillAllowed, notePassages, noteSentences, passageQuote, quotable, QuoteConstraint, SHORT_ANSWER_PASSAGES, splitSentences } from './quoting';

interface Fixture {
  split: { text: string; sentences: string[] }[];
  table: { first: number[][]; later: number[][]; stop: number[] };
  tokenFills: { passages: number[][]; strong: boolean[]; cases: { name: string; answer: number[]; fill: number | null }[] };
  walks: { name: string; answer: number[]; allowed: number[] }[];
  closest: { own: string; sentences: string[]; used: number[]; closest: number | null }[];
  passages: { name: string; notes: string[]; passages: number[][] }[];
  passageQuote: { name: string; passages: number[][]; chosen: number; used: number[]; quote: number[] }[];
}
const fixture = JSON.parse(readFileSync('src/engine/__fixtures__/quoting.json', 'utf8')) as Fixture;
const table = new QuoteConstraint(fixture.table.first, fixture.table.later, new Set(fixture.table.stop));

describe('splitSentences', () => {
  it.each(fixture.split.map((c) => [c.text, c.sentences] as const))('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('quotable', () => {
  const slot = { notCovered: "My notes don't cover this." };
  const notes = [{ text: 'Sleep 7-9 hours.', score: 2 }];

  it('is the notes given when there are some', () => {
    expect(quotable(slot, notes)).toEqual(notes);
  });

  it('is the trained not-covered answer when the prompt holds no notes', () => {
    expect(quotable(slot, [])).toEqual([{ text: "My notes don't cover this." }]);
  });

  it('is nothing to quote when asked without notes, or for a package without that answer', () => {
    expect(quotable(slot, null)).toEqual([]);
    expect(quotable({}, [])).toEqual([]);
    expect(quotable(undefined, [])).toEqual([]);
  });
});

describe('QuoteConstraint.allowed', () => {
  it.each(fixture.walks.map((w) => [w.name, w] as const))('%s', (_name, w) => {
    expect([...table.allowed(w.answer)].sort((a, b) => a - b)).toEqual(w.allowed);
  });

  it('offers a sentence repeated across passages once', () => {
    expect(noteSentences([{ text: 'Sleep 7-9 hours. Naps help.' }, { text: 'Naps help. Caffeine late hurts sleep.' }])).toEqual([
      'Sleep 7-9 hours.',
      'Naps help.',
      'Caffeine late hurts sleep.',
    ]);
  });

  it('encodes later sentences with their leading space', () => {
    const encode = (t: string) => [...t].map((c) => c.charCodeAt(0));
    const q = QuoteConstraint.of(encode, [{ text: 'Ab. Cd.' }], [0]);
    expect(q.first).toEqual([encode('Ab.'), encode('Cd.')]);
    expect(q.later).toEqual([encode(' Ab.'), encode(' Cd.')]);
  });
});

describe('QuoteConstraint.fillToken', () => {
  const filling = new QuoteConstraint(fixture.table.first, fixture.table.later, new Set(fixture.table.stop), [], fixture.tokenFills.passages, fixture.tokenFills.strong);
  for (const c of fixture.tokenFills.cases) it(c.name, () => expect(filling.fillToken(c.answer)).toBe(c.fill));

  it('asks for nothing without passages', () => {
    expect(table.fillToken([10, 11, 12])).toBeNull();
  });

  it('asks for two passages, then strong ones up to four', () => {
    expect([0, 1, 2, 3, 4].map((q) => fillAllowed(q, false))).toEqual([true, true, false, false, false]);
    expect([0, 1, 2, 3, 4].map((q) => fillAllowed(q, true))).toEqual([true, true, true, true, false]);
    // Short answers: two, strong or not.
    expect([0, 1, 2, 3].map((q) => fillAllowed(q, true, SHORT_ANSWER_PASSAGES))).toEqual([true, true, false, false]);
  });
});

describe('QuoteConstraint.mask', () => {
  it('leaves only the allowed tokens', () => {
    const logits = new Float32Array(200);
    logits[99] = 9;
    logits[30] = 1;
    table.mask(logits, [], () => {});
    expect([...logits.keys()].filter((i) => logits[i] !== -Infinity)).toEqual([10, 20, 30]);
    expect(logits[30]).toBe(1);
  });

  it('goes on with the quote when the no-repeat rule banned every allowed token', () => {
    // The second sentence repeats the run 10 11 of the first.
    const q = new QuoteConstraint([[10, 11, 12], [5, 10, 11]], [[9, 10, 11, 12], [5, 10, 11]], new Set([1]));
    const answer = [10, 11, 12, 5, 10];
    const logits = new Float32Array(20);
    logits[1] = 3;
    logits[11] = 0.5;
    q.mask(logits, answer, (l) => banRepeatedNgrams(l, answer, 2));
    expect([...logits.keys()].filter((i) => logits[i] !== -Infinity)).toEqual([11]);
    expect(logits[11]).toBe(0.5);
  });
});

describe('closestSentence', () => {
  it.each(fixture.closest.map((c) => [c.own, c] as const))('%j', (_own, c) => {
    expect(closestSentence(c.own, c.sentences, new Set(c.used))).toBe(c.closest);
  });

  it('knows a sentence end from an abbreviation', () => {
    expect(endsSentence('Rest 2-3 minutes.')).toBe(true);
    expect(endsSentence('Short rests, e.g.')).toBe(false);
    expect(endsSentence('About 1.6')).toBe(false);
  });
});

describe('a choice by lookahead quotes its whole passage', () => {
  it.each(fixture.passages.map((c) => [c.name, c] as const))('notePassages: %s', (_name, c) => {
    expect(notePassages(c.notes.map((text) => ({ text })))).toEqual(c.passages);
  });

  it.each(fixture.passageQuote.map((c) => [c.name, c] as const))('passageQuote: %s', (_name, c) => {
    expect(passageQuote(c.chosen, c.passages, new Set(c.used))).toEqual(c.quote);
  });

  it('QuoteConstraint.of knows the passages', () => {
    const encode = (t: string) => [...t].map((c) => c.charCodeAt(0));
    expect(QuoteConstraint.of(encode, [{ text: 'Ab.' }, { text: 'Cd. Ef.' }], [0]).passages).toEqual([[0], [1, 2]]);
  });
});
