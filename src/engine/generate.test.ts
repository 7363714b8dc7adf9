/** The generation loop quoting by lookahead, over a scripted model: the answer tools/quoting.py SnapRule gives too. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLoop, type DecoderSteps, type LoopParams } from './generate';
import { QuoteConstraint } from './quoting';

interface Snapped {
  name: string;
  /** Words as tokens (id = index); '_x' is ' x'. */
  words: string[];
  stop: string;
  notes: string[];
  /** The model's next token after these answer tokens; any other answer: the stop. */
  script: { after: string[]; next: string }[];
  answer: string;
  /** The answer when only the chosen passage (`notes[1]`) is given ('filled' only). */
  answerWithOnePassage?: string;
  /** The answer when the first two of `notes` are given ('filled' only). */
  answerWithTwoPassages?: string;
  /** Retrieval scores of `notes` ('filled' only): with `scores` the third and fourth passages are strong, with `weakScores` the third is not, with `weakFourthScores` the fourth is not. */
  scores?: number[];
  weakScores?: number[];
  weakFourthScores?: number[];
  answerWithThreePassages?: string;
  /** The short answer ('short' only). */
  shortAnswer?: string;
}
const fixture = JSON.parse(readFileSync('src/engine/__fixtures__/quoting.json', 'utf8')) as { snapped: Snapped; filled: Snapped; short: Snapped };

/** A decoder whose cache is a list of tokens and whose logits follow the script (the prompt is one token). */
class ScriptedDecoder implements DecoderSteps {
  lastRunMs = 0;
  #tokens: number[] = [];

  constructor(
    readonly next: (answer: readonly number[]) => number,
    readonly vocab: number,
    /** False: the cache cannot be cut, so the loop quotes token by token (as on WebGPU). */
    readonly reusable = true,
  ) {}

  get length(): number {
    return this.#tokens.length;
  }

  reset(): void {
    this.#tokens = [];
  }

  reuse(ids: readonly number[]): number {
    let keep = 0;
    while (keep < Math.min(this.#tokens.length, ids.length - 1) && this.#tokens[keep] === ids[keep]) keep++;
    this.#tokens.length = keep;
    return keep;
  }

  async step(ids: readonly number[]): Promise<Float32Array> {
    this.#tokens.push(...ids);
    const row = new Float32Array(this.vocab);
    row[this.next(this.#tokens.slice(1))] = 5;
    return row;
  }
}

/** The answer runLoop gives over the case's scripted model, quoting `notes`. */
async function answerOf(
  c: Snapped,
  notes: readonly string[],
  reusable = true,
  limits: Partial<LoopParams> = {},
  seen?: (d: DecoderSteps) => void,
  scores: readonly number[] | undefined = c.scores,
  short = false,
) {
  const { words } = c;
  const stop = words.indexOf(c.stop);
  const encode = (text: string) =>
    text
      .replaceAll(' ', ' _')
      .split(' ')
      .filter(Boolean)
      .map((w) => words.indexOf(w));
  const detokenizer = { decode: (ids: readonly number[]) => ids.map((i) => words[i]!.replace(/^_/, ' ')).join('') };
  const script = new Map(c.script.map((s) => [s.after.join(' '), words.indexOf(s.next)]));
  const decoder = new ScriptedDecoder((answer) => script.get(answer.map((i) => words[i]).join(' ')) ?? stop, words.length + 1, reusable);
  const quote = QuoteConstraint.of(encode, notes.map((text, i) => (scores ? { text, score: scores[i]! } : { text })), [stop], '', short);
  const params: LoopParams = {
    temperature: 0,
    topK: 0,
    topP: 1,
    repetitionPenalty: 1,
    noRepeatNgram: 0,
    maxNewTokens: 50,
    seed: 1,
    eosId: stop,
    stopTokenIds: [stop],
    stopStrings: [],
    answerPrefix: '',
    contextLength: 512,
    quote,
    ...limits,
  };
  seen?.(decoder);
  // The prompt is one token the words do not hold (id words.length).
  return runLoop(decoder, detokenizer, [words.length], params, undefined, undefined);
}

describe('runLoop quoting by lookahead', () => {
  it(fixture.snapped.name, async () => {
    const result = await answerOf(fixture.snapped, fixture.snapped.notes);
    expect(result.text).toBe(fixture.snapped.answer);
    expect(result.stopReason).toBe('eos');
  });

  it(fixture.filled.name, async () => {
    const { filled } = fixture;
    const result = await answerOf(filled, filled.notes);
    expect(result.text).toBe(filled.answer);
    expect(result.stopReason).toBe('eos');
    // A third passage scoring under 0.3 of the best does not follow, nor a fourth.
    expect((await answerOf(filled, filled.notes, true, {}, undefined, filled.weakScores)).text).toBe(filled.answerWithTwoPassages);
    expect((await answerOf(filled, filled.notes, true, {}, undefined, filled.weakFourthScores)).text).toBe(filled.answerWithThreePassages);
    // With two passages given both are quoted; with the chosen passage the only one, nothing follows it.
    expect((await answerOf(filled, filled.notes.slice(0, 2))).text).toBe(filled.answerWithTwoPassages);
    expect((await answerOf(filled, filled.notes.slice(1, 2))).text).toBe(filled.answerWithOnePassage);
  });

  it('short answers stop at the two passages every answer quotes, however strong the next', async () => {
    const { filled } = fixture;
    const short = await answerOf(filled, filled.notes, true, {}, undefined, filled.scores, true);
    expect(short.text).toBe(filled.answerWithTwoPassages);
    expect(short.stopReason).toBe('eos');
    // Token by token the same: the stop after the second passage stands.
    expect((await answerOf(filled, filled.notes, false, {}, undefined, filled.scores, true)).text).toBe('Eat two. Sleep well.');
    // The model choosing a third passage itself is stopped at two as well, by lookahead and token by token.
    const { short: chooser } = fixture;
    for (const reusable of [true, false]) {
      expect((await answerOf(chooser, chooser.notes, reusable)).text).toBe(chooser.answer);
      const two = await answerOf(chooser, chooser.notes, reusable, {}, undefined, chooser.scores, true);
      expect(two.text).toBe(chooser.shortAnswer);
      expect(two.stopReason).toBe('eos');
    }
    // Still two where the model would stop on one.
    expect((await answerOf(filled, filled.notes.slice(0, 2), true, {}, undefined, filled.scores, true)).text).toBe(filled.answerWithTwoPassages);
  });

  it('the next passage stays inside the context window', async () => {
    const { filled } = fixture;
    let decoder: DecoderSteps | null = null;
    // One prompt token and a window of five: room for the chosen passage's four tokens only.
    const result = await answerOf(filled, filled.notes, true, { contextLength: 5 }, (d) => (decoder = d));
    expect(result.text).toBe(filled.answerWithOnePassage);
    expect(decoder!.length).toBeLessThanOrEqual(5);
    // A window of seven holds the chosen passage and the next (two tokens), not a third.
    expect((await answerOf(filled, filled.notes, true, { contextLength: 7 })).text).toBe(filled.answerWithTwoPassages);
  });

  it('token by token too, a stop before the passages the fill rule asks for becomes the first sentence of the next', async () => {
    const { filled } = fixture;
    // The model picks "Eat two." by its first tokens and would stop; "Sleep well." and then the strong "Rest long." and "Nap more." are put in its place, never a fifth.
    expect((await answerOf(filled, filled.notes, false)).text).toBe('Eat two. Sleep well. Rest long. Nap more.');
    expect((await answerOf(filled, filled.notes, false, {}, undefined, filled.weakFourthScores)).text).toBe('Eat two. Sleep well. Rest long.');
    expect((await answerOf(filled, filled.notes, false, {}, undefined, filled.weakScores)).text).toBe('Eat two. Sleep well.');
    expect((await answerOf(filled, filled.notes.slice(1, 2), false)).text).toBe('Eat two.');
  });
});
