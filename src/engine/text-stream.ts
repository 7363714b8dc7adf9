/**
 * From token ids to the text the user sees, one token at a time:
 * IncrementalDecoder never emits half a character (U+FFFD), StopFilter holds back text that may
 * begin a stop string and cuts the answer where one appears, and the leading answer prefix of a
 * plain template (e.g. the space after "Answer:") is dropped.
 */

export interface Detokenizer {
  decode(ids: readonly number[]): string;
}

const REPLACEMENT = '\uFFFD';

/**
 * Decodes a growing id list into text deltas. It decodes a short window before the newest
 * token so context-dependent decoders (byte-level, SentencePiece spaces) match a whole decode;
 * while the window ends in U+FFFD (an unfinished UTF-8 sequence), the text waits for more tokens.
 */
export class IncrementalDecoder {
  readonly #tok: Detokenizer;
  readonly #ids: number[] = [];
  #prefixOffset = 0;
  #readOffset = 0;

  constructor(tokenizer: Detokenizer) {
    this.#tok = tokenizer;
  }

  /** Adds a token; returns the text it completes ('' while a character is unfinished). */
  push(id: number): string {
    this.#ids.push(id);
    const prefixText = this.#tok.decode(this.#ids.slice(this.#prefixOffset, this.#readOffset));
    const newText = this.#tok.decode(this.#ids.slice(this.#prefixOffset));
    if (newText.length > prefixText.length && !newText.endsWith(REPLACEMENT)) {
      this.#prefixOffset = this.#readOffset;
      this.#readOffset = this.#ids.length;
      return newText.slice(prefixText.length);
    }
    return '';
  }

  /** Text still held (an unfinished sequence at the end); the generation is over. */
  flush(): string {
    if (this.#readOffset === this.#ids.length) return '';
    const prefixText = this.#tok.decode(this.#ids.slice(this.#prefixOffset, this.#readOffset));
    const newText = this.#tok.decode(this.#ids.slice(this.#prefixOffset));
    this.#prefixOffset = this.#readOffset = this.#ids.length;
    return newText.slice(prefixText.length);
  }
}

/** Drops `prefix` from the very start of the text when the text starts with it. */
export class PrefixStripper {
  #pending = '';
  #done: boolean;
  readonly #prefix: string;

  constructor(prefix: string) {
    this.#prefix = prefix;
    this.#done = prefix === '';
  }

  push(text: string): string {
    if (this.#done) return text;
    this.#pending += text;
    if (this.#pending.length < this.#prefix.length && this.#prefix.startsWith(this.#pending)) return '';
    this.#done = true;
    const out = this.#pending.startsWith(this.#prefix) ? this.#pending.slice(this.#prefix.length) : this.#pending;
    this.#pending = '';
    return out;
  }

  flush(): string {
    this.#done = true;
    const out = this.#pending;
    this.#pending = '';
    return out;
  }
}

export interface StopResult {
  /** Text safe to show now. */
  text: string;
  /** The stop string that ended the answer, or null. */
  stoppedBy: string | null;
}

/**
 * Holds back the end of the text while it could be the start of a stop string, so a stop
 * string split over several tokens is never shown; cuts the text where a stop string begins.
 */
export class StopFilter {
  readonly #stops: string[];
  #pending = '';
  #stopped = false;

  constructor(stops: readonly string[]) {
    this.#stops = stops.filter((s) => s.length > 0);
  }

  push(text: string): StopResult {
    if (this.#stopped) return { text: '', stoppedBy: null };
    this.#pending += text;
    let cut = -1;
    let by: string | null = null;
    for (const s of this.#stops) {
      const at = this.#pending.indexOf(s);
      if (at !== -1 && (cut === -1 || at < cut)) {
        cut = at;
        by = s;
      }
    }
    if (by !== null) {
      this.#stopped = true;
      const out = this.#pending.slice(0, cut);
      this.#pending = '';
      return { text: out, stoppedBy: by };
    }
    const hold = this.#heldLength();
    const out = this.#pending.slice(0, this.#pending.length - hold);
    this.#pending = this.#pending.slice(this.#pending.length - hold);
    return { text: out, stoppedBy: null };
  }

  /** The held text, once it is known no stop string follows (the generation ended otherwise). */
  flush(): string {
    const out = this.#stopped ? '' : this.#pending;
    this.#pending = '';
    return out;
  }

  /** Length of the longest end of the pending text that is a proper beginning of a stop string. */
  #heldLength(): number {
    const p = this.#pending;
    for (let start = Math.max(0, p.length - this.#longest() + 1); start < p.length; start++) {
      const tail = p.slice(start);
      if (this.#stops.some((s) => s.startsWith(tail))) return p.length - start;
    }
    return 0;
  }

  #longest(): number {
    let n = 0;
    for (const s of this.#stops) n = Math.max(n, s.length);
    return n;
  }
}
