import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyRepetitionPenalty,
  argmax,
  banRepeatedNgrams,
  candidates,
  createRng,
  sampleToken,
  topKIndices,
  type SamplingParams,
} from './sampler';

const params = (p: Partial<SamplingParams>): SamplingParams => ({
  temperature: 1,
  topK: 0,
  topP: 1,
  repetitionPenalty: 1,
  noRepeatNgram: 0,
  ...p,
});

function softmax(logits: number[], t = 1): number[] {
  const m = Math.max(...logits);
  const e = logits.map((l) => Math.exp((l - m) / t));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

describe('sampler', () => {
  it('argmax takes the first of equal maxima, like numpy', () => {
    expect(argmax(new Float32Array([1, 3, 3, 2]))).toBe(1);
    expect(argmax(new Float32Array([-5, -1, -2]))).toBe(1);
  });

  it('repetition penalty divides positive and multiplies negative logits', () => {
    const l = new Float32Array([2, -2, 1, 4]);
    applyRepetitionPenalty(l, [0, 1, 1], 2);
    // id 1 is listed twice but a set of seen ids is what the loop passes; here twice = applied twice.
    expect(Array.from(l)).toEqual([1, -8, 1, 4]);
    const once = new Float32Array([2, -2]);
    applyRepetitionPenalty(once, new Set([0, 1]), 1.5);
    expect(once[0]).toBeCloseTo(2 / 1.5);
    expect(once[1]).toBeCloseTo(-3);
  });

  it('top-k returns the k largest, largest first', () => {
    const l = new Float32Array([0.1, 5, -1, 3, 5, 2]);
    expect(topKIndices(l, 3)).toEqual([1, 4, 3]);
    expect(topKIndices(l, 1)).toEqual([1]);
  });

  it('temperature scales the softmax', () => {
    const logits = [2, 1, 0];
    for (const t of [0.5, 1, 2]) {
      const c = candidates(new Float32Array(logits), params({ temperature: t }));
      const total = c.weights.reduce((a, b) => a + b, 0);
      const probs = c.ids.map((id, i) => [id, (c.weights[i] as number) / total] as const);
      const expected = softmax(logits, t);
      for (const [id, p] of probs) expect(p).toBeCloseTo(expected[id] as number, 6);
    }
  });

  it('top-k keeps k tokens and renormalises over them', () => {
    const c = candidates(new Float32Array([1, 4, 2, 3]), params({ topK: 2 }));
    expect(c.ids).toEqual([1, 3]);
    const total = c.weights.reduce((a, b) => a + b, 0);
    expect((c.weights[0] as number) / total).toBeCloseTo(softmax([4, 3])[0] as number, 6);
  });

  it('top-p keeps the most likely tokens until their share reaches p', () => {
    // probabilities 0.5, 0.3, 0.15, 0.05
    const logits = new Float32Array([0.5, 0.3, 0.15, 0.05].map(Math.log));
    expect(candidates(logits, params({ topP: 0.5 })).ids).toEqual([0]);
    expect(candidates(logits, params({ topP: 0.6 })).ids).toEqual([0, 1]);
    expect(candidates(logits, params({ topP: 0.8 })).ids).toEqual([0, 1]);
    expect(candidates(logits, params({ topP: 0.81 })).ids).toEqual([0, 1, 2]);
    expect(candidates(logits, params({ topP: 0.01 })).ids).toEqual([0]);
  });

  it('top-p over a large flat vocabulary matches a full sort', () => {
    const rng = createRng(7);
    const logits = Float32Array.from({ length: 50_000 }, () => rng() * 4);
    for (const [topP, temperature] of [[0.9, 0.8], [0.5, 0.05], [0.99, 2]] as const) {
      const fast = candidates(logits, params({ topP, temperature }));
      const order = Array.from(logits.keys()).sort((a, b) => (logits[b] as number) - (logits[a] as number) || a - b);
      const probs = softmax(Array.from(logits), temperature);
      let cum = 0;
      let n = 0;
      while (cum < topP) cum += probs[order[n++] as number] as number;
      expect(fast.ids).toEqual(order.slice(0, n).sort((a, b) => a - b));
    }
  });

  it('top-k then top-p applies both', () => {
    const logits = new Float32Array([0.4, 0.3, 0.2, 0.1].map(Math.log));
    // top-k 3 renormalises to 4/9, 3/9, 2/9; top-p 0.7 then keeps the first two (7/9 >= 0.7).
    expect(candidates(logits, params({ topK: 3, topP: 0.7 })).ids).toEqual([0, 1]);
  });

  it('a seed makes sampling repeatable, another seed differs', () => {
    const rngA = createRng(42);
    const rngB = createRng(42);
    const rngC = createRng(43);
    const a = Array.from({ length: 8 }, rngA);
    expect(Array.from({ length: 8 }, rngB)).toEqual(a);
    expect(Array.from({ length: 8 }, rngC)).not.toEqual(a);
    for (const x of a) expect(x >= 0 && x < 1).toBe(true);
  });

  it('samples in proportion to the probabilities', () => {
    const rng = createRng(1);
    const counts = [0, 0, 0];
    const probs = [0.6, 0.3, 0.1];
    for (let i = 0; i < 20_000; i++) {
      counts[sampleToken(new Float32Array(probs.map(Math.log)), params({}), [], rng)]! += 1;
    }
    counts.forEach((c, i) => expect(c / 20_000).toBeCloseTo(probs[i] as number, 1));
  });

  it('temperature 0 is greedy and applies the repetition penalty first', () => {
    const logits = new Float32Array([3, 2.5, 1]);
    expect(sampleToken(logits.slice(), params({ temperature: 0 }), [], Math.random)).toBe(0);
    expect(sampleToken(logits.slice(), params({ temperature: 0, repetitionPenalty: 1.3 }), [0], Math.random)).toBe(1);
  });
});

describe('banRepeatedNgrams', () => {
  interface Case {
    name: string;
    answer: number[];
    size: number;
    vocab: number;
    banned: number[];
  }
  // Written by tools/decoding.py ban_repeated_ngrams; tools/tests/test_evaluate.py reads it too.
  const { cases } = JSON.parse(readFileSync('src/engine/__fixtures__/no-repeat-ngram.json', 'utf8')) as { cases: Case[] };

  it('has the shared cases', () => expect(cases.length).toBeGreaterThanOrEqual(6));
  for (const c of cases) {
    it(`bans what the Python twin bans: ${c.name}`, () => {
      const logits = Float32Array.from({ length: c.vocab }, (_, i) => -1.5 + (2.5 * i) / (c.vocab - 1));
      banRepeatedNgrams(logits, c.answer, c.size);
      expect([...logits.keys()].filter((i) => logits[i] === -Infinity)).toEqual(c.banned);
    });
  }
});
