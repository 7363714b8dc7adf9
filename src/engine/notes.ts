/**
 * Grounding notes in the prompt. A package whose manifest has a `prompt.context` slot was trained
 * with retrieved passages in the last user message; this renders that message exactly as
 * training did (tools/prompt_format.py `render_notes` is the Python twin, pinned by a shared
 * fixture), keeping only the best passages that fit the slot's token budget.
 */
import type { Source } from '../knowledge/passage';
import type { ContextSlot, ModelManifest } from '../shared/manifest';
import type { ChatMessage } from '../shared/protocol';
import type { TextTokenizer } from './tokenizer';

const PLACEHOLDER = /\{(notes|question|text|title)\}/g;

/** Fills {name} placeholders in one pass, so text that itself holds "{question}" stays as typed. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** The last user message's content with these notes (none: the slot's `empty` text). */
export function renderNotes(slot: ContextSlot, question: string, notes: readonly Pick<Source, 'title' | 'text'>[]): string {
  const body = notes.length === 0 ? slot.empty : notes.map((n) => fill(slot.passage, { text: n.text, title: n.title })).join('\n');
  return fill(slot.template, { notes: body, question });
}

/** Best-first notes that fit the slot: at most maxPassages, and at most maxTokens of passage text. */
export function fitNotes<T extends Pick<Source, 'title' | 'text'>>(slot: ContextSlot, tokenizer: TextTokenizer, notes: readonly T[]): T[] {
  return fitNotesCounted(slot, tokenizer, notes).kept;
}

/** fitNotes, with the slot tokens the kept notes take. */
function fitNotesCounted<T extends Pick<Source, 'title' | 'text'>>(
  slot: ContextSlot,
  tokenizer: TextTokenizer,
  notes: readonly T[],
): { kept: T[]; used: number } {
  const kept: T[] = [];
  let used = 0;
  for (const note of notes.slice(0, slot.maxPassages)) {
    const cost = tokenizer.encodePlain(`${fill(slot.passage, { text: note.text, title: note.title })}\n`).length;
    if (used + cost > slot.maxTokens) continue;
    kept.push(note);
    used += cost;
  }
  return { kept, used };
}

/**
 * The chat with notes in its last user message, the notes that were kept, and `spare`: the slot's
 * tokens these notes leave unused (fitPrompt's reserve). `notes` null means answer without notes
 * (the user's setting, or a package without a context slot): chat unchanged, spare 0.
 */
export function withNotes<T extends Pick<Source, 'title' | 'text'>>(
  manifest: ModelManifest,
  tokenizer: TextTokenizer,
  messages: readonly ChatMessage[],
  notes: readonly T[] | null,
): { messages: ChatMessage[]; kept: T[] | null; spare: number } {
  const slot = manifest.prompt.context;
  const last = messages[messages.length - 1];
  if (notes === null || !slot || !last || last.role !== 'user') return { messages: [...messages], kept: null, spare: 0 };
  const { kept, used } = fitNotesCounted(slot, tokenizer, notes);
  const content = renderNotes(slot, last.content, kept);
  return { messages: [...messages.slice(0, -1), { role: 'user', content }], kept, spare: Math.max(0, slot.maxTokens - used) };
}
