/**
 * Keeping a grounded answer to its notes' own words. A 135M model given the right passage still
 * paraphrases it wrongly ("3-6 mg/kg" became "20-30 mg/kg"), so while it answers from notes each
 * step raises the logits of the tokens that follow, somewhere in the notes, what it has just
 * written (`follow` after its last token matches a note token, `followTwo` after its last two
 * do): once it starts on a passage's phrase it tends to finish it as written. Copying can cycle
 * through a repeated phrase, so no n-gram (`noRepeatNgram` tokens) may repeat within the answer.
 * tools/grounding.py `CopyBias` is the Python twin, pinned by __fixtures__/copy-bias.json.
 */
import type { CopyWeights } from '../shared/manifest';

export class CopyBias {
  readonly #weights: CopyWeights;
  /** token -> tokens that follow it in the notes; "a b" -> tokens that follow that pair. */
  readonly #afterOne = new Map<number, Set<number>>();
  readonly #afterTwo = new Map<string, Set<number>>();

  /** `notes`: each kept passage's token ids (its text after a space, as it reads mid-sentence). */
  constructor(notes: readonly (readonly number[])[], weights: CopyWeights) {
    this.#weights = weights;
    for (const ids of notes) {
      for (let j = 0; j + 1 < ids.length; j++) {
        const next = ids[j + 1] as number;
        addTo(this.#afterOne, ids[j] as number, next);
        if (j >= 1) addTo(this.#afterTwo, pairKey(ids[j - 1] as number, ids[j] as number), next);
      }
    }
  }

  /** Adjusts the next token's logits in place, given the answer's tokens so far. */
  apply(logits: Float32Array, answer: readonly number[]): void {
    const n = answer.length;
    if (n >= 1) {
      const { follow, followTwo } = this.#weights;
      const boost = new Map<number, number>();
      for (const id of this.#afterOne.get(answer[n - 1] as number) ?? []) boost.set(id, follow);
      if (n >= 2) {
        for (const id of this.#afterTwo.get(pairKey(answer[n - 2] as number, answer[n - 1] as number)) ?? []) {
          boost.set(id, Math.max(boost.get(id) ?? 0, followTwo));
        }
      }
      for (const [id, b] of boost) {
        if (id < logits.length) logits[id] = (logits[id] as number) + b;
      }
    }
    this.#banRepeats(logits, answer);
  }

  /** A token that would complete an n-gram the answer already holds gets -Infinity. */
  #banRepeats(logits: Float32Array, answer: readonly number[]): void {
    const size = this.#weights.noRepeatNgram;
    const n = answer.length;
    if (size < 1 || n < size - 1) return;
    const tail = answer.slice(n - (size - 1));
    for (let k = 0; k + size - 1 < n; k++) {
      let same = true;
      for (let i = 0; i < size - 1 && same; i++) same = answer[k + i] === tail[i];
      const banned = answer[k + size - 1] as number;
      if (same && banned < logits.length) logits[banned] = -Infinity;
    }
  }
}

function addTo<K>(map: Map<K, Set<number>>, key: K, id: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

function pairKey(a: number, b: number): string {
  return `${a} ${b}`;
}
