/** Which notes a question is asked with, or why none: one rule for the worker and the CLI. */
import type { ModelManifest } from '../shared/manifest';
import type { Grounding } from '../shared/protocol';
import type { KnowledgeBase } from './knowledge-base';

/** `notes` is the loaded knowledge base, or the sentence saying why it could not be loaded. */
export function groundingFor(
  notes: KnowledgeBase | { failed: string },
  question: string,
  manifest: ModelManifest,
  wanted: boolean,
): Grounding {
  if (!wanted) return { status: 'off', sources: [], reason: null };
  const slot = manifest.prompt.context;
  if (!slot) return { status: 'unavailable', sources: [], reason: `${manifest.name} was not trained to answer from notes.` };
  if ('failed' in notes) return { status: 'unavailable', sources: [], reason: `The Pocket Coach notes could not be loaded: ${notes.failed}.` };
  if (notes.size === 0) return { status: 'unavailable', sources: [], reason: 'The Pocket Coach notes are empty.' };
  const found = notes.retrieve(question, { k: slot.maxPassages });
  return found.covered ? { status: 'notes', sources: found.sources, reason: null } : { status: 'not-covered', sources: [], reason: null };
}

/** What the model is given for a grounding: passages, the "no notes" text ([]), or no slot at all (null). */
export function notesGiven(grounding: Grounding): Grounding['sources'] | null {
  if (grounding.status === 'notes') return grounding.sources;
  return grounding.status === 'not-covered' ? [] : null;
}
