/**
 * Full-text retrieval over the knowledge passages with MiniSearch: BM25 with field boosts,
 * stemming and domain synonyms (search-terms.ts). DOM-free: the worker, the CLI, the build and
 * the tests share it.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { KnowledgeError, type Passage, type Source } from './passage';
import { processTerm, queryTerms, tokenize } from './search-terms';

/** Stored with each document so a hit carries what the prompt and the UI need. */
type Stored = Pick<Passage, 'title' | 'text' | 'source' | 'topic'>;

const FIELDS = ['title', 'tags', 'text'] as const;
const STORE_FIELDS = ['title', 'text', 'source', 'topic'] as const;

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
      // A title or tag hit says what a passage is about; the text only mentions it.
      boost: { title: 3, tags: 2, text: 1 },
      fuzzy: (term) => (term.length >= 6 && !/\d/.test(term) ? 0.15 : false),
      prefix: false,
      combineWith: 'OR',
    },
  };
}

export interface RetrieveOptions {
  /** At most this many passages. */
  k: number;
  /** A passage scoring under this share of the best one is left out. */
  relativeFloor?: number;
}

export interface Retrieval {
  /** Best first; empty when the notes do not cover the question. */
  sources: Source[];
  /** Whether the best passage matches the question well enough to answer from the notes. */
  covered: boolean;
  /** Content terms of the question, after stop words and stemming. */
  terms: string[];
}

/**
 * When a question counts as covered: its best passage shares at least two of its content terms
 * (one, for a one-term question) and scores at least MIN_SCORE. Tuned on train questions against
 * off-topic ones (data/offtopic.jsonl), never on eval questions: see docs/grounding.md.
 */
export const MIN_SCORE = 8;
const MIN_SHARED_TERMS = 2;

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
    if (terms.length === 0 || this.size === 0) return { sources: [], covered: false, terms };
    const hits = this.search.search(question) as (SearchResult & Stored)[];
    const best = hits[0];
    if (!best) return { sources: [], covered: false, terms };
    const needed = Math.min(MIN_SHARED_TERMS, terms.length);
    const covered = best.score >= MIN_SCORE && sharedTerms(best, terms) >= needed;
    if (!covered) return { sources: [], covered: false, terms };
    const floor = best.score * (options.relativeFloor ?? 0.35);
    const sources = hits
      .filter((h) => h.score >= floor && sharedTerms(h, terms) >= needed)
      .slice(0, options.k)
      .map((h) => ({ id: String(h.id), title: h.title, text: h.text, source: h.source, score: round(h.score) }));
    return { sources, covered: true, terms };
  }
}

/** How many of the question's terms a hit matched (fuzzy matches count for the query term). */
function sharedTerms(hit: SearchResult, terms: readonly string[]): number {
  const matched = new Set(hit.queryTerms);
  return terms.filter((t) => matched.has(t)).length;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
