/** Which notes a question is asked with, or why none: one rule for the worker and the CLI. */
import type { ModelManifest } from '../shared/manifest';
import type { Grounding } from '../shared/protocol';
import type { KnowledgeBase, Retrieval } from './knowledge-base';

/**
 * `notes` is the loaded knowledge base, or the sentence saying why it could not be loaded.
 * `earlier` holds the user's questions before this one in the same chat, oldest first.
 */
export function groundingFor(
  notes: KnowledgeBase | { failed: string },
  question: string,
  manifest: ModelManifest,
  wanted: boolean,
  earlier: readonly string[] = [],
): Grounding {
  if (!wanted) return { status: 'off', sources: [], reason: null };
  const slot = manifest.prompt.context;
  if (!slot) return { status: 'unavailable', sources: [], reason: `${manifest.name} was not trained to answer from notes.` };
  if ('failed' in notes) return { status: 'unavailable', sources: [], reason: `The Pocket Coach notes could not be loaded: ${notes.failed}.` };
  if (notes.size === 0) return { status: 'unavailable', sources: [], reason: 'The Pocket Coach notes are empty.' };
  const found = retrieveInChat(notes, question, earlier, slot.maxPassages);
  return found.covered ? { status: 'notes', sources: found.sources, reason: null } : { status: 'not-covered', sources: [], reason: null };
}

/** A question that leans on the one before it: "And for women?", "What about before a race?". */
const LEANS_ON_PREVIOUS = /^\W*(?:and|but|so|also|then|what about|how about|what if)\b/i;
/** A word pointing back ("How long does it last?"), in a question naming at most one thing of its own. */
const POINTS_BACK = /\b(?:it|its|that|this|they|them|those|these)\b/i;

function leansOnPrevious(question: string, alone: Retrieval): boolean {
  return !alone.covered || LEANS_ON_PREVIOUS.test(question) || (alone.terms.length <= 1 && POINTS_BACK.test(question));
}

/** How many earlier questions a follow-up may reach back: "Why?" then "Tell me more" still finds the topic. */
const REACH_BACK = 3;

/**
 * A follow-up ("Why?", "Tell me more", "What about for women?") names little or nothing of its
 * own, so alone it is not covered or finds the wrong notes: it is searched together with the
 * newest earlier question that, with it, is covered. A question that stands alone is searched alone.
 */
function retrieveInChat(notes: KnowledgeBase, question: string, earlier: readonly string[], k: number): Retrieval {
  const alone = notes.retrieve(question, { k });
  if (!leansOnPrevious(question, alone)) return alone;
  for (const previous of earlier.filter((q) => q.trim()).slice(-REACH_BACK).reverse()) {
    const together = notes.retrieve(`${previous}\n${question}`, { k });
    if (together.covered) return together;
  }
  return alone;
}

/** What the model is given for a grounding: passages, the "no notes" text ([]), or no slot at all (null). */
export function notesGiven(grounding: Grounding): Grounding['sources'] | null {
  if (grounding.status === 'notes') return grounding.sources;
  return grounding.status === 'not-covered' ? [] : null;
}
