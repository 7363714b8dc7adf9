/**
 * Figures an answer states that its notes do not. The fine-tuned model paraphrases numbers
 * wrongly now and then (notes: 3-6 mg/kg of caffeine; answer: 20-30 mg/kg), in about 7 % of the
 * answers given notes (docs/grounding.md); the app names such figures under the answer so the
 * reader checks them against the notes. tools/evaluate.py `numbers_not_in` counts the same way.
 */

const NUMBER = /\d+(?:\.\d+)?/g;

/** Distinct numbers in `answer` that appear in none of `notes`, in the order they are written. */
export function figuresNotInNotes(answer: string, notes: readonly string[]): string[] {
  const given = new Set(notes.flatMap((text) => text.match(NUMBER) ?? []));
  const out: string[] = [];
  for (const n of answer.match(NUMBER) ?? []) {
    if (!given.has(n) && !out.includes(n)) out.push(n);
  }
  return out;
}
