/**
 * The worker's side of grounding: loads the shipped notes index once (checked against its
 * manifest) and picks the passages for a question. A failure never blocks answering: the answer
 * comes without notes and says why; the next question tries loading again.
 */
import { groundingFor } from '../knowledge/grounding';
import { loadKnowledge, type LoadedKnowledge } from '../knowledge/load';
import type { ModelManifest } from '../shared/manifest';
import type { Grounding } from '../shared/protocol';

export class WorkerNotes {
  #loading: Promise<LoadedKnowledge> | null = null;

  constructor(private readonly folder: string) {}

  /** Starts loading (again after a failure). */
  load(): Promise<LoadedKnowledge> {
    if (!this.#loading) {
      const loading = loadKnowledge(this.folder);
      this.#loading = loading;
      loading.catch(() => {
        if (this.#loading === loading) this.#loading = null;
      });
    }
    return this.#loading;
  }

  /** `earlier`: the user's questions before this one in the chat, which a follow-up is searched with. */
  async ground(question: string, manifest: ModelManifest, wanted: boolean, earlier: readonly string[] = []): Promise<Grounding> {
    if (!wanted || !manifest.prompt.context) return groundingFor({ failed: '' }, question, manifest, wanted);
    try {
      return groundingFor((await this.load()).base, question, manifest, wanted, earlier);
    } catch (e) {
      return groundingFor({ failed: e instanceof Error ? e.message : String(e) }, question, manifest, wanted);
    }
  }
}
