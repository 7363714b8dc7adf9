/**
 * The tokenizer, built by @xenova/transformers from the package's own tokenizer.json and
 * tokenizer_config.json objects: no hub, no remote lookup.
 *
 * Text typed by a person must never turn into a special token. Prompts are encoded as segments:
 * template text may hold special tokens, message content may not. Adjacent plain pieces are
 * encoded together, so when content holds no special-token text the ids equal a whole-string
 * encoding (Python's tokenizer(prompt)); when it does, the result equals Python's
 * split_special_tokens=True for that content.
 */
/// <reference path="./xenova-transformers.d.ts" />
import { AutoTokenizer, PreTrainedTokenizer } from '@xenova/transformers/src/tokenizers.js';
import { env as xenovaEnv } from '@xenova/transformers/src/env.js';
import { EngineError } from '../shared/errors';

// Belt and braces: we construct from objects, but nothing may ever ask the hub or a local path.
xenovaEnv.allowRemoteModels = false;
xenovaEnv.allowLocalModels = false;

interface AddedToken {
  content: string;
  id: number;
  special: boolean;
}

/** The parts of transformers.js 2.17's PreTrainedTokenizer this file relies on (pinned version). */
interface XenovaTokenizer {
  added_tokens: AddedToken[];
  added_tokens_regex: RegExp | null;
  special_tokens: string[];
  model: { convert_tokens_to_ids(tokens: string[]): number[]; tokens_to_ids: Map<string, number>; vocab: string[] };
  _encode_text(text: string): string[];
  decode(ids: number[], options: { skip_special_tokens: boolean; clean_up_tokenization_spaces: boolean }): string;
  apply_chat_template(
    conversation: { role: string; content: string }[],
    options: { chat_template: string; add_generation_prompt: boolean; tokenize: false },
  ): string;
}

export interface PromptSegment {
  text: string;
  /** True for text a person wrote (message content): special-token text stays plain text. */
  plain: boolean;
}

export class TextTokenizer {
  readonly #tok: XenovaTokenizer;
  readonly #addedByContent: Map<string, number>;
  /** Ids of special tokens, which decode to nothing in answers. */
  readonly specialIds: ReadonlySet<number>;

  constructor(tokenizerJson: unknown, tokenizerConfig: unknown) {
    const config = (tokenizerConfig ?? {}) as { tokenizer_class?: string };
    const className = config.tokenizer_class?.replace(/Fast$/, '') ?? 'PreTrainedTokenizer';
    const mapping = AutoTokenizer.TOKENIZER_CLASS_MAPPING as Record<string, typeof PreTrainedTokenizer | undefined>;
    const Cls = mapping[className] ?? PreTrainedTokenizer;
    try {
      this.#tok = new Cls(tokenizerJson as object, tokenizerConfig as object) as unknown as XenovaTokenizer;
    } catch (e) {
      throw new EngineError('model-corrupt', `The model's tokenizer files could not be read: ${String(e)}`);
    }
    this.#addedByContent = new Map(this.#tok.added_tokens.map((t) => [t.content, t.id]));
    this.specialIds = new Set(this.#tok.added_tokens.filter((t) => t.special).map((t) => t.id));
  }

  /** Token strings of the added (special) tokens, e.g. '<|im_end|>'. */
  get addedTokenTexts(): string[] {
    return [...this.#addedByContent.keys()];
  }

  /** Encodes text where special-token strings ARE special tokens (template text, tests). */
  encode(text: string): number[] {
    return this.encodeSegments([{ text, plain: false }]);
  }

  /** Encodes text where special-token strings stay plain text (what a person typed). */
  encodePlain(text: string): number[] {
    return this.encodeSegments([{ text, plain: true }]);
  }

  /** Encodes prompt segments (see the file comment). No bos/eos is added here. */
  encodeSegments(segments: readonly PromptSegment[]): number[] {
    // Pieces: a special token id, or plain text; adjacent plain text is merged before encoding.
    const pieces: (number | string)[] = [];
    const pushText = (text: string) => {
      if (!text) return;
      const last = pieces.length - 1;
      if (typeof pieces[last] === 'string') pieces[last] += text;
      else pieces.push(text);
    };
    const regex = this.#tok.added_tokens_regex;
    for (const seg of segments) {
      if (seg.plain || !regex) {
        pushText(seg.text);
        continue;
      }
      // Same split as transformers.js _encode_text: the regex captures the token text.
      for (const part of seg.text.split(regex)) {
        if (!part) continue;
        const id = this.#addedByContent.get(part);
        if (id !== undefined) pieces.push(id);
        else pushText(part);
      }
    }
    const ids: number[] = [];
    for (const piece of pieces) {
      if (typeof piece === 'number') ids.push(piece);
      else ids.push(...this.#tok.model.convert_tokens_to_ids(this.#encodePlainText(piece)));
    }
    return ids;
  }

  #encodePlainText(text: string): string[] {
    const regex = this.#tok.added_tokens_regex;
    if (!regex || !this.#containsAddedToken(text)) return this.#tok._encode_text(text);
    // Hide the added tokens for this one synchronous call, so their text is split like any other text.
    const saved = { regex, added: this.#tok.added_tokens };
    this.#tok.added_tokens_regex = null;
    this.#tok.added_tokens = [];
    try {
      return this.#tok._encode_text(text);
    } finally {
      this.#tok.added_tokens_regex = saved.regex;
      this.#tok.added_tokens = saved.added;
    }
  }

  #containsAddedToken(text: string): boolean {
    for (const t of this.#addedByContent.keys()) if (text.includes(t)) return true;
    return false;
  }

  /** Text of `ids`, special tokens left out, spaces exactly as the tokens hold them. */
  decode(ids: readonly number[]): string {
    if (ids.length === 0) return '';
    return this.#tok.decode([...ids], { skip_special_tokens: true, clean_up_tokenization_spaces: false });
  }

  /** Renders a Jinja chat template with add_generation_prompt = true. */
  renderChat(template: string, messages: readonly { role: string; content: string }[]): string {
    return this.#tok.apply_chat_template(
      messages.map((m) => ({ role: m.role, content: m.content })),
      { chat_template: template, add_generation_prompt: true, tokenize: false },
    );
  }

  /** Id of a token string, e.g. '<|im_end|>', or undefined. */
  idOf(token: string): number | undefined {
    return this.#tok.model.tokens_to_ids.get(token);
  }
}
