import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CopyWeights } from '../shared/manifest';
import { CopyBias } from './copy-bias';

interface Case {
  name: string;
  notes: number[][];
  weights: CopyWeights;
  answer: number[];
  vocab: number;
  logits: (number | null)[];
}
// Written by tools/grounding.py CopyBias; tools/tests/test_grounding.py checks the same file.
const { cases } = JSON.parse(readFileSync('src/engine/__fixtures__/copy-bias.json', 'utf8')) as { cases: Case[] };

function linspace(n: number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => -1.5 + (2.75 * i) / (n - 1));
}

describe('CopyBias', () => {
  it('has the shared cases', () => expect(cases.length).toBeGreaterThanOrEqual(6));

  for (const c of cases) {
    it(`matches the Python twin: ${c.name}`, () => {
      const logits = linspace(c.vocab);
      new CopyBias(c.notes, c.weights).apply(logits, c.answer);
      c.logits.forEach((want, i) => {
        if (want === null) expect(logits[i]).toBe(-Infinity);
        else expect(logits[i]).toBeCloseTo(want, 5);
      });
    });
  }

  it('makes greedy decoding finish a phrase of the notes it has started', () => {
    // Token 3 is the model's favourite, but after "1 2" the notes go on with 7.
    const logits = Float32Array.from([0, 0, 0, 1, 0, 0, 0, 0.2]);
    new CopyBias([[1, 2, 7]], { follow: 0.5, followTwo: 2, noRepeatNgram: 0 }).apply(logits, [1, 2]);
    expect(logits.indexOf(Math.max(...logits))).toBe(7);
  });
});
