/**
 * The prompt, from the manifest's format and the chat so far, as token ids that fit the context:
 * oldest turns are dropped first, in blocks that keep the prompt's start for several questions (a
 * system prompt stays); when the newest question alone leaves no room for the answer, that is an
 * error the user can act on.
 */
import { EngineError } from '../shared/errors';
import type { ModelManifest, PromptFormat } from '../shared/manifest';
import type { ChatMessage } from '../shared/protocol';
import type { PromptSegment, TextTokenizer } from './tokenizer';

/** Private-use markers standing in for message content while the chat template renders. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/** Segments of a chat-template prompt: template text (special tokens allowed) and content (plain). */
export function chatSegments(tokenizer: TextTokenizer, template: string, messages: readonly ChatMessage[]): PromptSegment[] {
  const marked = messages.map((m, i) => ({ role: m.role, content: `${OPEN}${i}${CLOSE}` }));
  const rendered = tokenizer.renderChat(template, marked);
  const segments: PromptSegment[] = [];
  let last = 0;
  for (const match of rendered.matchAll(SENTINEL)) {
    segments.push({ text: rendered.slice(last, match.index), plain: false });
    segments.push({ text: messages[Number(match[1])]?.content ?? '', plain: true });
    last = match.index + match[0].length;
  }
  segments.push({ text: rendered.slice(last), plain: false });
  // The markers are only valid if the template copies content verbatim (no trim, no filters).
  if (segments.map((s) => s.text).join('') === tokenizer.renderChat(template, messages)) return segments;
  // Otherwise keep special-token text inert another way: a zero-width space after its first character.
  const escaped = messages.map((m) => ({ role: m.role, content: breakSpecialTokens(m.content, tokenizer.addedTokenTexts) }));
  return [{ text: tokenizer.renderChat(template, escaped), plain: false }];
}

function breakSpecialTokens(text: string, tokens: readonly string[]): string {
  let out = text;
  for (const t of tokens) if (t.length > 1) out = out.split(t).join(`${t[0]}\u200B${t.slice(1)}`);
  return out;
}

/** Segments of a plain-template prompt: template(q) + answerPrefix + answer + turnSeparator per turn. */
export function plainSegments(
  format: Extract<PromptFormat, { kind: 'plain' }>,
  messages: readonly ChatMessage[],
): PromptSegment[] {
  const [before, after] = splitTemplate(format.template);
  const segments: PromptSegment[] = [];
  for (const m of messages) {
    if (m.role === 'user') {
      segments.push({ text: before, plain: false }, { text: m.content, plain: true }, { text: after, plain: false });
    } else if (m.role === 'assistant') {
      segments.push(
        { text: format.answerPrefix, plain: false },
        { text: m.content, plain: true },
        { text: format.turnSeparator, plain: false },
      );
    }
    // A plain Q&A template has no place for a system prompt: it is left out.
  }
  return segments;
}

function splitTemplate(template: string): [string, string] {
  const at = template.indexOf('{question}');
  if (at === -1) return [template, ''];
  return [template.slice(0, at), template.slice(at + '{question}'.length)];
}

/** Token ids of the whole prompt for these messages, bos included when the manifest asks. */
export function encodePrompt(tokenizer: TextTokenizer, manifest: ModelManifest, messages: readonly ChatMessage[]): number[] {
  const format = manifest.prompt;
  const segments =
    format.kind === 'chat' ? chatSegments(tokenizer, format.chatTemplate, messages) : plainSegments(format, messages);
  const ids = tokenizer.encodeSegments(segments);
  if (format.addBos && manifest.tokens.bos !== null) ids.unshift(manifest.tokens.bos);
  return ids;
}

export interface FittedPrompt {
  ids: number[];
  /** The messages the prompt holds (system first). */
  messages: ChatMessage[];
  droppedMessages: number;
  /** The answer budget: the one asked for, or less when the context holds no more. */
  maxNewTokens: number;
}

/** A question is refused as too long only when it leaves less than this for the answer. */
export const MIN_ANSWER_TOKENS = 64;

/** Checks the chat and adds the manifest's default system prompt when the chat has none. */
export function prepareMessages(manifest: ModelManifest, messages: readonly ChatMessage[]): ChatMessage[] {
  const last = messages[messages.length - 1];
  if (!last || last.role !== 'user' || last.content.trim() === '') {
    throw new EngineError('invalid-input', 'Type a question first.');
  }
  const out = messages.map((m) => ({ role: m.role, content: m.content }));
  const format = manifest.prompt;
  if (format.kind === 'chat' && format.defaultSystemPrompt && !out.some((m) => m.role === 'system')) {
    out.unshift({ role: 'system', content: format.defaultSystemPrompt });
  }
  return out;
}

/**
 * When old turns must go, they go in blocks of at least this share of the room the prompt has
 * (context minus the answer budget): the kept history then starts at the same message for several
 * questions, so the next answer reuses the KV cache (decoder.ts `reuse`) instead of re-reading it all.
 */
export const DROP_BLOCK_SHARE = 0.3;

/**
 * Drops the oldest turns when prompt + maxNewTokens does not fit the context, in blocks
 * (DROP_BLOCK_SHARE): the kept history starts at the first cut point (see cutPoints) whose prompt
 * fits. System messages stay; the kept history always starts at a user message; the newest
 * question is always kept. `reserve`: tokens the newest question may take beyond its size now
 * (the notes' unused room), counted when choosing the cut so it does not move back and forth
 * with the notes' length; a prompt that fits only without it is still kept whole.
 */
export function fitPrompt(
  tokenizer: TextTokenizer,
  manifest: ModelManifest,
  messages: readonly ChatMessage[],
  maxNewTokens: number,
  reserve = 0,
): FittedPrompt {
  const context = manifest.shape.contextLength;
  const prepared = prepareMessages(manifest, messages);
  const system = prepared.filter((m) => m.role === 'system');
  const rest = prepared.filter((m) => m.role !== 'system');
  // Where the kept history may start: at each user message.
  const starts = rest.map((m, i) => (m.role === 'user' ? i : -1)).filter((i) => i >= 0);
  const built = new Map<number, { kept: ChatMessage[]; ids: number[] }>();
  const build = (start: number) => {
    let b = built.get(start);
    if (!b) {
      const kept = [...system, ...rest.slice(start)];
      b = { kept, ids: encodePrompt(tokenizer, manifest, kept) };
      built.set(start, b);
    }
    return b;
  };
  const fits = (ids: number[], extra = 0) => ids.length + maxNewTokens + extra <= context;
  const result = (start: number) => ({ ids: build(start).ids, messages: build(start).kept, droppedMessages: start, maxNewTokens });

  if (fits(build(0).ids, reserve)) return result(0);
  const newest = starts[starts.length - 1] as number;
  const block = Math.ceil(DROP_BLOCK_SHARE * Math.max(0, context - maxNewTokens));
  const points = [0, ...cutPoints(tokenizer, manifest, system, rest, starts, block), newest];
  // The first point whose prompt fits: prompts shrink along the points, so a binary search finds it.
  const firstFitting = (extra: number): number | null => {
    if (!fits(build(newest).ids, extra)) return null;
    let lo = 0;
    let hi = points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fits(build(points[mid] as number).ids, extra)) hi = mid;
      else lo = mid + 1;
    }
    return points[lo] as number;
  };
  const start = firstFitting(reserve) ?? firstFitting(0);
  if (start !== null) return result(start);

  const shortest = build(newest);
  // An answer length set larger than the context holds shortens the answer, not the question.
  const room = context - shortest.ids.length;
  if (room >= Math.min(maxNewTokens, MIN_ANSWER_TOKENS)) {
    return { ids: shortest.ids, messages: shortest.kept, droppedMessages: newest, maxNewTokens: room };
  }
  throw new EngineError(
    'prompt-too-long',
    `Your message is too long for this model: with the instructions it takes ${shortest.ids.length} tokens, ` +
      `and the model reads at most ${context} tokens including its answer of up to ${maxNewTokens}. ` +
      'Shorten it and try again.',
  );
}

/**
 * Where the kept history may start once turns are dropped: the first user message at least
 * `block` tokens of turns after the chat's start, the next one `block` tokens after that, and so
 * on, before the newest question. Each turn is measured alone (with the system prompt), so a cut
 * never moves as the chat grows: consecutive questions choose the same start.
 */
export function cutPoints(
  tokenizer: TextTokenizer,
  manifest: ModelManifest,
  system: readonly ChatMessage[],
  rest: readonly ChatMessage[],
  starts: readonly number[],
  block: number,
): number[] {
  // What an empty question costs: the system prompt and the template around a turn.
  const base = encodePrompt(tokenizer, manifest, [...system, { role: 'user', content: '' }]).length;
  const points: number[] = [];
  let from = 0;
  let tokens = 0;
  for (const at of starts.slice(0, -1)) {
    if (at === 0) continue;
    tokens += Math.max(0, encodePrompt(tokenizer, manifest, [...system, ...rest.slice(from, at)]).length - base);
    from = at;
    if (tokens >= block) {
      points.push(at);
      tokens = 0;
    }
  }
  return points;
}
