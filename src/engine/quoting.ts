/**
 * Answers quoted from the notes: every answer is whole sentences of the passages the model was
 * given, chosen and ordered by the model. It then cannot splice one passage's number into another
 * passage's sentence ("rest 1-2 minutes for heavy sets"), the failure read in grounded answers
 * (docs/grounding.md "Quoted answers"). tools/quoting.py is the same rule for the evaluation;
 * src/engine/__fixtures__/quoting.json pins both.
 *
 * Two ways to choose the sentences (src/engine/generate.ts):
 * - by lookahead, where the KV cache can be cut (WASM): at each sentence start the model writes its
 *   next sentence in its own words (not shown), the closest unused note sentence is found
 *   (`closestSentence`) and its whole passage takes its place (`passageQuote`: a passage states one
 *   fact with its qualifiers, which a single sentence can drop), and the model goes on from the quote;
 * - token by token (WebGPU, whose cache is not cut): each step allows only tokens that continue a
 *   sentence the answer has started, or between sentences the first token of an unused sentence or
 *   a stop token (`allowed`, `mask`). The model then chooses a sentence by its first token, which
 *   is weaker (docs/grounding.md "Quoted answers"); a choice stays one sentence there, since the
 *   sentences before it in its passage could no longer come first.
 */

/** Whether an answer with these options and notes is quoted from them (the default whenever there are notes). */
export function quotesNotes(options: { quoteNotes?: boolean }, notes: readonly unknown[]): boolean {
  return options.quoteNotes !== false && notes.length > 0;
}

/**
 * What an answer quotes: the notes the prompt holds, or, asked with none (`kept` is [] and the prompt
 * holds the slot's `empty` text), the answer the package was trained to give there. A question the
 * notes do not cover then gets that plain answer instead of a guess: the model wrote one for every
 * such dev question, mostly wrong (docs/grounding.md "Questions the notes do not cover").
 */
export function quotable(
  slot: { notCovered?: string } | undefined,
  kept: readonly { text: string; score?: number }[] | null,
): readonly { text: string; score?: number }[] {
  if (kept === null || kept.length > 0 || !slot?.notCovered) return kept ?? [];
  return [{ text: slot.notCovered }];
}

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

/**
 * Per passage, its sentences as indices into `noteSentences(notes)`, in the passage's order; a
 * sentence repeated across passages is in each of them.
 */
export function notePassages(notes: readonly { text: string }[]): number[][] {
  const index = new Map(noteSentences(notes).map((s, i) => [s, i]));
  return notes.map((n) => [...new Set(splitSentences(n.text).map((s) => index.get(s)!))]);
}

/**
 * What a choice of sentence `chosen` quotes: the sentences of the first passage holding it that are
 * not yet used, in the passage's order (`chosen` alone when no passage holds it).
 */
export function passageQuote(chosen: number, passages: readonly (readonly number[])[], used: ReadonlySet<number>): number[] {
  const passage = passages.find((p) => p.includes(chosen));
  return passage ? passage.filter((i) => !used.has(i)) : [chosen];
}

/**
 * An answer quotes at least this many passages when the notes hold them: where the model would end
 * with fewer, the next passage in the notes' order follows (retrieval's best first), whole by
 * lookahead (`nextFill`), its first token by token (`fillToken`). The model mostly stops after one
 * passage, and the one it picks often lacks the fact asked for, which a later passage holds
 * (docs/grounding.md "Two passages per answer"; tools/quoting.py the same).
 */
export const MIN_QUOTED_PASSAGES = 2;
/**
 * Up to this many passages are quoted when the next one in order is a strong match: its retrieval
 * score at least STRONG_SHARE of the best given (docs/grounding.md "A third passage when it is a
 * strong match" and "A dev rubric, and a fourth passage"; chosen on the labelled dev questions). The
 * share was 0.5 until the fifteenth session; 0.3 gained answers on the dev and quiz rubrics
 * (96.7 -> 97.5 % and 92.1 -> 94.4 %, none lost) for about 23 more tokens, and 0 (always four) no
 * more on the quiz questions (docs/grounding.md "Related passages and a lower bar").
 */
export const MAX_FILLED_PASSAGES = 4;
export const STRONG_SHARE = 0.3;
/**
 * Short answers (GenerateOptions.shortAnswers): two passages, the two every answer quotes: none is
 * added past them, nor chosen by the model. About half as long, and they may leave out a fact a later
 * passage holds (docs/grounding.md "Short answers"; tools.evaluate --quote-notes snap-short).
 */
export const SHORT_ANSWER_PASSAGES = MIN_QUOTED_PASSAGES;

/** Per note, whether its retrieval score is at least STRONG_SHARE of the best one's (false without scores). */
export function strongNotes(notes: readonly { score?: number }[]): boolean[] {
  const best = Math.max(0, ...notes.map((n) => n.score ?? 0));
  return notes.map((n) => best > 0 && n.score !== undefined && n.score >= STRONG_SHARE * best);
}

/** The first note sentence not yet used, in the notes' order; null when all are. */
export function nextUnused(quote: QuoteConstraint, used: ReadonlySet<number>): number | null {
  for (let i = 0; i < quote.texts.length; i++) if (!used.has(i)) return i;
  return null;
}

/**
 * Whether an answer with `quoted` passages goes on with the next one in order (`strong`: that
 * passage's); `most`: the most passages it is filled to (MAX_FILLED_PASSAGES, or SHORT_ANSWER_PASSAGES).
 */
export function fillAllowed(quoted: number, strong: boolean, most = MAX_FILLED_PASSAGES): boolean {
  return quoted < MIN_QUOTED_PASSAGES || (quoted < most && strong);
}

/** By lookahead: the first unused note sentence, whose passage follows when `fillAllowed`; else null (the answer ends). */
export function nextFill(quote: QuoteConstraint, used: ReadonlySet<number>, quoted: number): number | null {
  const next = nextUnused(quote, used);
  if (next === null) return null;
  return fillAllowed(quoted, quote.strong[quote.passages.findIndex((p) => p.includes(next))] === true, quote.most) ? next : null;
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
    /** The sentences' text (for choosing by lookahead, `closestSentence`). */
    readonly texts: readonly string[] = [],
    /** Each passage's sentences (`notePassages`): a choice by lookahead quotes its whole passage. */
    readonly passages: readonly (readonly number[])[] = [],
    /** Per passage, whether it may be quoted beyond MIN_QUOTED_PASSAGES (`strongNotes`). */
    readonly strong: readonly boolean[] = [],
    /** The most passages an answer is filled to (`fillAllowed`). */
    readonly most = MAX_FILLED_PASSAGES,
    /** The most passages an answer quotes at all, the model's own choices included (short answers). */
    readonly cap = Infinity,
  ) {}

  /** `answerPrefix`: what a plain template's answer starts with (the chat format has none); `short`: short answers. */
  static of(
    encode: (text: string) => number[],
    notes: readonly { text: string; score?: number }[],
    stopIds: Iterable<number>,
    answerPrefix = '',
    short = false,
  ): QuoteConstraint {
    const sentences = noteSentences(notes);
    return new QuoteConstraint(
      sentences.map((s) => encode(answerPrefix + s)),
      sentences.map((s) => encode(` ${s}`)),
      new Set(stopIds),
      sentences,
      notePassages(notes),
      strongNotes(notes),
      short ? SHORT_ANSWER_PASSAGES : MAX_FILLED_PASSAGES,
      short ? SHORT_ANSWER_PASSAGES : Infinity,
    );
  }

  /** The sentences `answer` is made of, in order, when it ends where a sentence ends; else null. */
  quoted(answer: readonly number[], at = 0, used: readonly number[] = []): number[] | null {
    if (at === answer.length) return at > 0 ? [...used] : null;
    const table = at === 0 ? this.first : this.later;
    for (let i = 0; i < table.length; i++) {
      const ids = table[i]!;
      if (used.includes(i) || at + ids.length > answer.length || !startsAlike(ids, answer, at)) continue;
      const found = this.quoted(answer, at + ids.length, [...used, i]);
      if (found) return found;
    }
    return null;
  }

  /**
   * Token by token, where the model would end an answer `fillAllowed` goes on: the first token of
   * the first unused sentence of the first passage not yet quoted, in the notes' order
   * (tools/quoting.py `QuoteRule.fill`); null when the answer may end.
   */
  fillToken(answer: readonly number[]): number | null {
    const said = this.passages.length > 0 ? this.quoted(answer) : null;
    if (!said) return null;
    const touched = this.passages.filter((p) => p.some((i) => said.includes(i))).length;
    const k = this.passages.findIndex((p) => p.some((i) => !said.includes(i)) && !p.some((i) => said.includes(i)));
    if (k < 0 || !fillAllowed(touched, this.strong[k] === true, this.most)) return null;
    return this.later[this.passages[k]!.find((i) => !said.includes(i))!]![0]!;
  }

  /** Token ids the next step may take after `answer` (empty: the answer left the notes). */
  allowed(answer: readonly number[]): Set<number> {
    return this.#walk(answer, 0, new Set());
  }

  #walk(answer: readonly number[], at: number, used: ReadonlySet<number>): Set<number> {
    const table = at === 0 ? this.first : this.later;
    const rest = answer.length - at;
    const out = new Set<number>(at > 0 && rest === 0 ? this.stopIds : []);
    // At the cap (short answers), only sentences of passages the answer has begun may start.
    const touched = this.cap === Infinity ? [] : this.passages.filter((p) => p.some((j) => used.has(j)));
    const capped = touched.length >= this.cap;
    table.forEach((ids, i) => {
      if (used.has(i) || !startsAlike(ids, answer, at)) return;
      if (capped && !touched.some((p) => p.includes(i))) return;
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

/** Words no sentence choice should turn on (tools/grounding.py `_STOP`). */
const STOP_WORDS = new Set(
  ('the a an and or of to in on for with is are be by as at it its that this from than more less can which ' +
    'their they your you into not but also so when how what about most up').split(' '),
);

/** Content-word stems (6 letters) and numbers of a text, as tools/grounding.py `_content` and `_numbers`. */
function meaningOf(text: string): Set<string> {
  const words = (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !STOP_WORDS.has(w)).map((w) => w.slice(0, 6));
  return new Set([...words, ...(text.match(/\d+(?:\.\d+)?/g) ?? [])]);
}

/**
 * The unused note sentence closest to what the model wrote in its own words (Jaccard overlap of
 * content-word stems and numbers); null when none shares anything with it. tools/quoting.py `snap`.
 */
export function closestSentence(own: string, sentences: readonly string[], used: ReadonlySet<number>): number | null {
  const said = meaningOf(own);
  let best: number | null = null;
  let bestScore = 0;
  sentences.forEach((s, i) => {
    if (used.has(i)) return;
    const have = meaningOf(s);
    const shared = [...said].filter((w) => have.has(w)).length;
    const score = shared / Math.max(1, new Set([...said, ...have]).size);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Whether a text ends a sentence (not "e.g."). */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  return /[.!?]$/.test(t) && !ABBREVIATION.test(t);
}
