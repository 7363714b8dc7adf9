/**
 * Answers quoted from the notes: every answer is whole sentences of the passages the model was
 * given, chosen and ordered by the model. It then cannot splice one passage's number into another
 * passage's sentence ("rest 1-2 minutes for heavy sets"), the failure read in grounded answers
 * (docs/grounding.md "Quoted answers"). tools/quoting.py is the same rule for the evaluation;
 * src/engine/__fixtures__/quoting.json pins both.
 *
 * Each step allows only tokens that continue a sentence the answer has started, or, between
 * sentences, the first token of a sentence not yet quoted, or a stop token (never before the first).
 */

/** A sentence ends at . ! or ? followed by a space and a capital or digit ("1.6 g" stays whole). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9])/;
/** A piece ending in one of these goes on ("e.g. 20 seconds"). */
const ABBREVIATION = /\b(?:e\.g|i\.e|vs|approx|cf|ca|Dr|St|No|Fig)\.$/i;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.trim().split(SENTENCE_END).map((p) => p.trim())) {
    const last = out.length - 1;
    if (last >= 0 && ABBREVIATION.test(out[last]!)) out[last] += ` ${piece}`;
    else if (piece) out.push(piece);
  }
  return out;
}

/** The sentences of the passages in the order given, each once. */
export function noteSentences(notes: readonly { text: string }[]): string[] {
  return [...new Set(notes.flatMap((n) => splitSentences(n.text)))];
}

export class QuoteConstraint {
  /**
   * @param first each sentence's ids as the answer's first sentence
   * @param later the same sentences after another one (with their leading space)
   */
  constructor(
    readonly first: readonly (readonly number[])[],
    readonly later: readonly (readonly number[])[],
    readonly stopIds: ReadonlySet<number>,
  ) {}

  /** `answerPrefix`: what a plain template's answer starts with (the chat format has none). */
  static of(
    encode: (text: string) => number[],
    notes: readonly { text: string }[],
    stopIds: Iterable<number>,
    answerPrefix = '',
  ): QuoteConstraint {
    const sentences = noteSentences(notes);
    return new QuoteConstraint(
      sentences.map((s) => encode(answerPrefix + s)),
      sentences.map((s) => encode(` ${s}`)),
      new Set(stopIds),
    );
  }

  /** Token ids the next step may take after `answer` (empty: the answer left the notes). */
  allowed(answer: readonly number[]): Set<number> {
    return this.#walk(answer, 0, new Set());
  }

  #walk(answer: readonly number[], at: number, used: ReadonlySet<number>): Set<number> {
    const table = at === 0 ? this.first : this.later;
    const rest = answer.length - at;
    const out = new Set<number>(at > 0 && rest === 0 ? this.stopIds : []);
    table.forEach((ids, i) => {
      if (used.has(i) || !startsAlike(ids, answer, at)) return;
      if (rest < ids.length) out.add(ids[rest]!);
      else for (const id of this.#walk(answer, at + ids.length, new Set([...used, i]))) out.add(id);
    });
    return out;
  }

  /**
   * Leaves only the allowed tokens in `logits` (the others -Infinity), after the no-repeat rule
   * has run: when that rule banned every allowed token (a quote may repeat a run of tokens the
   * answer holds), their values from before it come back.
   */
  mask(logits: Float32Array, answer: readonly number[], banRepeats: (logits: Float32Array) => void): void {
    let allowed = this.allowed(answer);
    if (allowed.size === 0) allowed = new Set(this.stopIds);
    const before = new Map([...allowed].map((id) => [id, logits[id]!]));
    banRepeats(logits);
    const allBanned = [...allowed].every((id) => logits[id] === -Infinity);
    for (let id = 0; id < logits.length; id++) {
      if (!allowed.has(id)) logits[id] = -Infinity;
      else if (allBanned) logits[id] = before.get(id)!;
    }
  }
}

/** Whether ids and answer[at..] agree over their common length. */
function startsAlike(ids: readonly number[], answer: readonly number[], at: number): boolean {
  const n = Math.min(ids.length, answer.length - at);
  for (let j = 0; j < n; j++) if (ids[j] !== answer[at + j]) return false;
  return true;
}
