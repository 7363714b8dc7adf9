/**
 * The prompt, from the manifest's format and the chat so far, as token ids that fit the context:
 * oldest turns are dropped first (a system prompt stays); when the newest question alone leaves
 * no room for the answer, that is an error the user can act on.
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
 * Drops the oldest turns until prompt + maxNewTokens fits the context. System messages stay;
 * the kept history always starts at a user message. Binary search: fewer tokens as more drop.
 */
export function fitPrompt(
  tokenizer: TextTokenizer,
  manifest: ModelManifest,
  messages: readonly ChatMessage[],
  maxNewTokens: number,
): FittedPrompt {
  const context = manifest.shape.contextLength;
  const prepared = prepareMessages(manifest, messages);
  const system = prepared.filter((m) => m.role === 'system');
  const rest = prepared.filter((m) => m.role !== 'system');
  // Where the kept history may start: at each user message.
  const starts = rest.map((m, i) => (m.role === 'user' ? i : -1)).filter((i) => i >= 0);
  const build = (start: number) => {
    const kept = [...system, ...rest.slice(start)];
    return { kept, ids: encodePrompt(tokenizer, manifest, kept) };
  };
  const fits = (ids: number[]) => ids.length + maxNewTokens <= context;

  const all = build(0);
  if (fits(all.ids)) return { ids: all.ids, messages: all.kept, droppedMessages: 0, maxNewTokens };
  const newest = starts[starts.length - 1] as number;
  const shortest = build(newest);
  // An answer length set larger than the context holds shortens the answer, not the question.
  const room = context - shortest.ids.length;
  if (!fits(shortest.ids) && room >= Math.min(maxNewTokens, MIN_ANSWER_TOKENS)) {
    return { ids: shortest.ids, messages: shortest.kept, droppedMessages: newest, maxNewTokens: room };
  }
  if (!fits(shortest.ids)) {
    throw new EngineError(
      'prompt-too-long',
      `Your message is too long for this model: with the instructions it takes ${shortest.ids.length} tokens, ` +
        `and the model reads at most ${context} tokens including its answer of up to ${maxNewTokens}. ` +
        'Shorten it and try again.',
    );
  }
  // Smallest start index (in `starts`) whose prompt fits; `newest` fits, so the search succeeds.
  let lo = 0;
  let hi = starts.length - 1;
  let best = shortest;
  let bestStart = newest;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid] as number;
    const candidate = build(start);
    if (fits(candidate.ids)) {
      best = candidate;
      bestStart = start;
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return { ids: best.ids, messages: best.kept, droppedMessages: bestStart, maxNewTokens };
}
