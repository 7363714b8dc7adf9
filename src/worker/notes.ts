/**
 * The worker's side of grounding: loads the shipped notes index once (checked against its
 * manifest) and picks the passages for a question. A failure never blocks answering: the answer
 * comes without notes and says why.
 */
import { loadKnowledge, type LoadedKnowledge } from '../knowledge/load';
import type { ModelManifest } from '../shared/manifest';
import type { Grounding } from '../shared/protocol';

export class WorkerNotes {
  #loading: Promise<LoadedKnowledge> | null = null;

  constructor(private readonly folder: string) {}

  /** Starts loading (again after a failure); resolves to the notes or rejects with the reason. */
  load(): Promise<LoadedKnowledge> {
    if (!this.#loading) {
      this.#loading = loadKnowledge(this.folder);
      this.#loading.catch(() => {
        this.#loading = null;
      });
    }
    return this.#loading;
  }

  /** The passages for this question, or why there are none. */
  async ground(question: string, manifest: ModelManifest, wanted: boolean): Promise<Grounding> {
    if (!wanted) return { status: 'off', sources: [], reason: null };
    const slot = manifest.prompt.context;
    if (!slot) {
      return { status: 'unavailable', sources: [], reason: `${manifest.name} was not trained to answer from notes.` };
    }
    let knowledge: LoadedKnowledge;
    try {
      knowledge = await this.load();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { status: 'unavailable', sources: [], reason: `The Pocket Coach notes could not be loaded: ${why}.` };
    }
    if (knowledge.base.size === 0) {
      return { status: 'unavailable', sources: [], reason: 'The Pocket Coach notes are empty.' };
    }
    const found = knowledge.base.retrieve(question, { k: slot.maxPassages });
    return found.covered ? { status: 'notes', sources: found.sources, reason: null } : { status: 'not-covered', sources: [], reason: null };
  }
}
