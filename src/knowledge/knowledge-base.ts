/**
 * Full-text retrieval over the knowledge passages with MiniSearch: BM25 with field boosts,
 * stemming and domain synonyms (search-terms.ts). DOM-free: the worker, the CLI, the build and
 * the tests share it.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { STRONG_SHARE } from '../engine/quoting';
import { conceptsAsked, definedTerms } from './definitions';
import { KnowledgeError, type Passage, type Source } from './passage';
import { GROUPS, processTerm, queryTerms, tokenize } from './search-terms';

/** Stored with each document so a hit carries what the prompt and the UI need. */
type Stored = Pick<Passage, 'title' | 'text' | 'source' | 'topic'> & { questions: string };
type Hit = SearchResult & Stored;

const OWN_FIELDS = ['title', 'tags', 'text'] as const;
const FIELDS = [...OWN_FIELDS, 'questions'] as const;
// Questions are stored (joined) only to weigh the question's wording against them; never shown.
const STORE_FIELDS = ['title', 'text', 'source', 'topic', 'questions'] as const;

/** The index options: the build and every reader must use the same ones. */
function indexOptions(): Options<Passage> {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [...STORE_FIELDS],
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ; ') : String(value ?? '');
    },
    tokenize: (text) => tokenize(text),
    processTerm: (term) => processTerm(term) ?? false,
    searchOptions: {
      // A title or tag hit says what a passage is about; the text only mentions it. The search
      // questions weigh as the text (boosts 1-2 measured alike on the dev set).
      boost: { title: 3, tags: 2, questions: 1, text: 1 },
      fuzzy: (term) => (term.length >= 6 && !/\d/.test(term) ? 0.25 : false),
      prefix: false,
      combineWith: 'OR',
    },
  };
}

export interface RetrieveOptions {
  /** At most this many passages. */
  k: number;
  /** A passage scoring under this share of the best one is left out (tuning only; the app uses RELATIVE_FLOOR). */
  relativeFloor?: number;
  /** Coverage threshold (tuning only; the app uses MIN_MATCHED_SHARE). */
  minShare?: number;
  /** Rank bonus of a passage defining what the question asks about (tuning only; the app uses DEFINITION_WEIGHT). */
  definitionWeight?: number;
  /** Whether a weak match's slot goes to a passage related to the first (RELATED_SHARE; default true, false to compare). */
  related?: boolean;
}

export interface Retrieval {
  /** Best first; empty when the notes do not cover the question. */
  sources: Source[];
  /** Whether the best passage matches the question well enough to answer from the notes. */
  covered: boolean;
  /** Content terms of the question, after stop words and stemming. */
  terms: string[];
  /** Share of the question's term weight the best passage matched (0..1). */
  matchedShare: number;
}

/**
 * When a question counts as covered: the best passage matches the question's content terms that
 * carry most of its meaning (by inverse document frequency: a word no passage uses, like "dog"
 * or "hockey", weighs most), and at least two of them (one, for a one-term question).
 * Tuned on train questions and the labelled dev questions (data/dev.jsonl) against off-topic ones
 * (data/offtopic.jsonl) and dev questions the notes do not answer, never on eval questions: see
 * docs/grounding.md.
 */
export const MIN_MATCHED_SHARE = 0.5;
/** The same, for a match that needs the passages' search questions (chosen on the dev set). */
export const MIN_MATCHED_SHARE_WITH_QUESTIONS = 0.7;
const MIN_SHARED_TERMS = 2;
const COMMON_DF = 200;

/**
 * Which passages are given, and in what order (the model mostly copies the first). Of the best k by
 * BM25 that share two of the question's terms and score at least RELATIVE_FLOOR of the best one,
 * the first is the one that also uses most of the question's own words, those the search drops
 * included ("how long", "happen"): BM25 / best BM25 + WORDING_WEIGHT * share of the question's words
 * in the passage (title, text and search questions). Tuned on train questions only
 * (bench/knowledge/passage_choice.py, docs/grounding.md); the search questions were added on the dev set.
 * The k given are the best by that rank among the best RANKED_POOL by BM25 (chosen on the dev set once
 * the search questions made the wording count: an answering passage among the four 91.0 -> 94.3 %).
 */
const RELATIVE_FLOOR = 0.1;
const WORDING_WEIGHT = 0.5;
const RANKED_POOL = 8;
/**
 * A passage titled for a group of people the question does not name (teenagers, older adults,
 * women) ranks this much lower: "How much protein do athletes need?" wants the general figure.
 * 0.15-0.3 measured alike on the dev set, 0.5 lost an answering passage there.
 */
const GROUP_PENALTY = 0.3;
/**
 * A question asking what something is, or how things differ, ranks a passage defining it (each of
 * them) this much higher, so the answer opens with the definition (definitions.ts). Chosen on the
 * dev set and the labelled quiz questions (data/dev-concepts.jsonl): first passage answering there
 * 81.1 -> 82.8 % and 73.0 -> 80.9 %; on dev 0.3-1 measured alike, on the quiz questions 0.3 best (0.5: 79.8 %).
 */
const DEFINITION_WEIGHT = 0.3;
/**
 * A passage after the first that scores under STRONG_SHARE of the best is a weak match: an answer
 * quotes it only as its second passage (quoting.ts), and it mostly shares a word or two with the
 * question and is off the point. Its slot goes to a passage related to the first one: found by the
 * question searched together with the first passage's title, naming a word of that title the question
 * lacks and a word of the question ("Tucking to spin faster" brings "Moment of inertia" to "Why does
 * a skater spin faster when pulling in the arms?"). Chosen on the labelled dev and quiz questions
 * (docs/grounding.md "Related passages and a lower bar"): answering passages given 90.2 -> 91.4 % and
 * 85.1 -> 85.7 %, and whole answers on the quiz rubric 94.4 -> 95.5 % with the lower bar.
 */
const RELATED_SHARE = STRONG_SHARE;
/**
 * A "how much X" or "how many X" question asks about X: a passage that does not name it ranks this
 * much lower. "How much iron per day does a female runner need?" wants iron passages, not the protein
 * needs of women, which share "per day", "need" and the group. Chosen on the dev, quiz and everyday
 * questions (docs/grounding.md "Everyday questions"), at GROUP_PENALTY's size; the idea came from an eval
 * answer to a protein question that quoted a carbohydrate range.
 */
const FOCUS_PENALTY = 0.3;

export class KnowledgeBase {
  private constructor(
    private readonly search: MiniSearch<Passage>,
    readonly size: number,
  ) {}

  static build(passages: readonly Passage[]): KnowledgeBase {
    const ids = new Set<string>();
    for (const p of passages) {
      if (ids.has(p.id)) throw new KnowledgeError(`passage id ${p.id} appears twice`);
      ids.add(p.id);
    }
    const search = new MiniSearch<Passage>(indexOptions());
    search.addAll(passages as Passage[]);
    return new KnowledgeBase(search, passages.length);
  }

  /** An index serialised by `toJSON` (the shipped file); throws a KnowledgeError when unreadable. */
  static fromJSON(json: string): KnowledgeBase {
    let search: MiniSearch<Passage>;
    try {
      search = MiniSearch.loadJSON<Passage>(json, indexOptions());
    } catch (e) {
      throw new KnowledgeError(`the notes index cannot be read (${e instanceof Error ? e.message : String(e)})`);
    }
    return new KnowledgeBase(search, search.documentCount);
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  retrieve(question: string, options: RetrieveOptions): Retrieval {
    const terms = queryTerms(question);
    const none = { sources: [], covered: false, terms, matchedShare: 0 };
    if (terms.length === 0 || this.size === 0) return none;
    const hits = this.search.search(question) as Hit[];
    const best = hits[0];
    if (!best) return none;
    const weights = this.#weights(terms);
    // A word in more than COMMON_DF passages ("sport", "training") is not one of the two, so a
    // question naming one concept in a common setting ("Is cupping useful in sport?") needs only it.
    const common = Math.log(1 + this.size / COMMON_DF);
    const needed = Math.min(MIN_SHARED_TERMS, terms.filter((t) => (weights.get(t) ?? Infinity) > common).length || terms.length);
    const counts = (h: SearchResult) => shared(h, terms) >= needed;
    // The notes cover a question when its best few passages together match its meaning; a passage
    // that shares only one word with it ("time", "gym") adds nothing, as it would not be shown.
    // Judged on the passages' own words first; their search questions also name a user's setting
    // ("my Sunday long run"), so a match that needs them must cover more of the question.
    const own = this.search.search(question, { fields: [...OWN_FIELDS] }) as SearchResult[];
    const ownShare = own[0] && counts(own[0]) ? share(own.slice(0, options.k).filter(counts), weights) : 0;
    const withQuestions = counts(best) ? share(hits.slice(0, options.k).filter(counts), weights) : 0;
    const byOwn = ownShare > (options.minShare ?? MIN_MATCHED_SHARE);
    const byQuestions = withQuestions > MIN_MATCHED_SHARE_WITH_QUESTIONS;
    const matchedShare = byOwn || !byQuestions ? ownShare : withQuestions;
    const matched = byOwn || byQuestions;
    const titled = matched ? null : namedInTitle(own[0], weights, common);
    if (!matched && !titled) return { ...none, matchedShare };
    // Covered by its one concept, the question is given the passages that name it.
    const given = titled ? (h: SearchResult) => h.queryTerms.includes(titled) : counts;
    const floor = best.score * (options.relativeFloor ?? RELATIVE_FLOOR);
    const asked = words(question);
    const concepts = conceptsAsked(question, terms, (ts) => rarestOf(this.#weights(ts)));
    const definitionWeight = options.definitionWeight ?? DEFINITION_WEIGHT;
    const focus = quantityAsked(question);
    const ranked = hits
      .filter((h) => h.score >= floor && given(h))
      .slice(0, Math.max(options.k, RANKED_POOL))
      .map((h) => ({
        h,
        rank:
          h.score / best.score +
          WORDING_WEIGHT * wordShare(asked, `${h.title} ${h.text} ${h.questions}`) -
          (this.#aboutOthers(h, terms) ? GROUP_PENALTY : 0) -
          (focus !== null && !h.terms.includes(focus) ? FOCUS_PENALTY : 0) +
          (this.#defines(h, concepts) ? definitionWeight : 0),
      }))
      .sort((a, b) => b.rank - a.rank)
      .slice(0, options.k)
      .map(({ h }) => h);
    const sources = options.related === false ? ranked : this.#withRelated(question, terms, ranked, hits, options.k);
    return { sources: sources.map(source), covered: true, terms, matchedShare: round(matchedShare) };
  }

  /**
   * `ranked` with its weak matches after the first replaced by passages related to the first
   * (RELATED_SHARE). Each keeps its score from the question's own search (`hits`; 0 where it is not
   * among them), so a related passage never counts as a strong match where an answer is quoted.
   */
  #withRelated(question: string, terms: readonly string[], ranked: readonly Hit[], hits: readonly Hit[], k: number): Hit[] {
    const lead = ranked[0];
    if (lead === undefined) return [];
    const brought = this.#titleTerms(lead).filter((t) => !terms.includes(t));
    const strongest = hits[0]!.score;
    const kept = ranked.filter((h, i) => i === 0 || h.score >= RELATED_SHARE * strongest);
    const scores = new Map(hits.map((h) => [h.id, h.score]));
    const related = brought.length === 0 || kept.length >= k ? [] : (this.search.search(`${question} ${lead.title}`) as Hit[])
      .filter((h) => !kept.some((g) => g.id === h.id) && h.terms.some((t) => brought.includes(t)) && h.terms.some((t) => terms.includes(t)))
      .slice(0, k - kept.length)
      .map((h) => ({ ...h, score: scores.get(h.id) ?? 0 }));
    const weak = ranked.filter((h) => !kept.includes(h) && !related.some((r) => r.id === h.id));
    return [...kept, ...related, ...weak].slice(0, k);
  }

  /** Inverse document frequency of each query term; numbers carry no topic, so they weigh 0. */
  #weights(terms: readonly string[]): Map<string, number> {
    const weights = new Map<string, number>();
    for (const term of terms) {
      if (/^[\d.,/-]+$/.test(term)) continue;
      let w = this.#idf.get(term);
      if (w === undefined) {
        const df = this.search.search(term, { fuzzy: false, prefix: false, tokenize: (t) => [t], processTerm: (t) => t }).length;
        w = Math.log(1 + this.size / Math.max(df, 0.5));
        this.#idf.set(term, w);
      }
      weights.set(term, w);
    }
    return weights;
  }

  /** Whether a passage's title names a group of people (teenagers, older adults) the question does not. */
  #aboutOthers(hit: Hit, terms: readonly string[]): boolean {
    return this.#titleTerms(hit).some((t) => GROUPS.has(t) && !terms.includes(t));
  }

  /** A passage's title as search terms, once looked up. */
  #titleTerms(hit: Hit): string[] {
    let terms = this.#titles.get(hit.id);
    if (terms === undefined) {
      terms = queryTerms(hit.title);
      this.#titles.set(hit.id, terms);
    }
    return terms;
  }

  /** Whether a passage opens by defining one of these concepts. */
  #defines(hit: Hit, concepts: readonly string[]): boolean {
    if (concepts.length === 0) return false;
    let defined = this.#defined.get(hit.id);
    if (defined === undefined) {
      defined = definedTerms(hit.text);
      this.#defined.set(hit.id, defined);
    }
    return concepts.some((t) => defined.includes(t));
  }

  /** What each passage defines, once looked up. */
  readonly #defined = new Map<unknown, string[]>();

  /** Each passage's title terms, once looked up. */
  readonly #titles = new Map<unknown, string[]>();

  /** Term weights already looked up: the index never changes once built. */
  readonly #idf = new Map<string, number>();
}

/**
 * The question's rarest term, itself no common word, when the best passage's title names it: a
 * question about one concept the notes are written about ("What does VO2max measure?", "What is HRV
 * and is it worth tracking?") is covered even when its other words are in no passage beside it.
 * A word no passage uses ("dog", "mortgage") is the rarest, so off-topic questions stay uncovered.
 */
function namedInTitle(best: SearchResult | undefined, weights: ReadonlyMap<string, number>, common: number): string | null {
  const rarest = rarestOf(weights);
  if (best === undefined || rarest === undefined || (weights.get(rarest) ?? 0) <= common) return null;
  return (best.match[rarest] ?? []).includes('title') ? rarest : null;
}

/** The term weighing most, if any. */
function rarestOf(weights: ReadonlyMap<string, number>): string | undefined {
  let rarest: string | undefined;
  let most = -Infinity;
  for (const [term, w] of weights) if (w > most) [rarest, most] = [term, w];
  return rarest;
}

/** How many of the question's terms a hit matched (a fuzzy match counts for its query term). */
function shared(hit: SearchResult, terms: readonly string[]): number {
  const matched = new Set(hit.queryTerms);
  return terms.filter((t) => matched.has(t)).length;
}

/** Share of the question's term weight that these hits matched together. */
function share(hits: readonly SearchResult[], weights: ReadonlyMap<string, number>): number {
  let total = 0;
  let got = 0;
  const exact = new Set(hits.flatMap((h) => h.terms));
  const fuzzy = new Set(hits.flatMap((h) => h.queryTerms));
  for (const [term, w] of weights) {
    total += w;
    // A near-spelling counts half: "mortgage" is not "morning".
    if (exact.has(term)) got += w;
    else if (fuzzy.has(term)) got += w / 2;
  }
  return total > 0 ? got / total : 0;
}

/** Words of three letters or more, cut to six so "happens" meets "happen" and "recovery" meets "recover". */
function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.slice(0, 6)));
}

/** Share of these question words that a passage uses. */
function wordShare(asked: ReadonlySet<string>, passage: string): number {
  if (asked.size === 0) return 0;
  const have = words(passage);
  let n = 0;
  for (const w of asked) if (have.has(w)) n++;
  return n / asked.size;
}

function source(h: Hit): Source {
  return { id: String(h.id), title: h.title, text: h.text, source: h.source || null, score: round(h.score) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Units a "how many" question counts in: never taken for the thing it asks about ("how many hours ..."). */
const UNITS = new Set(['hour', 'minut', 'second', 'dai', 'week', 'month', 'time', 'gram', 'g', 'kg', 'litr', 'ml', 'mg', 'cup']);

/**
 * The term a "how much X" / "how many X" question asks about: the first word after it that is no
 * unit, or null where a stop word comes first ("how much can I ...", "how many hours of sleep").
 */
function quantityAsked(question: string): string | null {
  const after = /\bhow\s+(?:much|many)\s+(.*)$/i.exec(question)?.[1];
  if (after === undefined) return null;
  for (const token of tokenize(after)) {
    const term = processTerm(token);
    if (term === null) return null;
    if (!UNITS.has(term)) return term;
  }
  return null;
}
