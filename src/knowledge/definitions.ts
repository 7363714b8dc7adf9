/**
 * Questions that ask what something is ("What is flow?", "What does EPOC mean?") or how things
 * differ ("Difference between cognitive and somatic anxiety?"), and passages that say what a thing
 * is: the answer should open with the definition, which the model then quotes first.
 */
import { isCanonical, queryTerms } from './search-terms';

/** A passage opening with its subject and a defining verb: "Flow, described by Csikszentmihalyi, is a state ...". */
const DEFINES =
  /^(?:The |An? )?([^,.;()]{2,80}?)(?: \([^)]*\))?(?:, [^,.]{0,80},)? (?:(?:is|are) (?:the|a|an|one|any|how|what|when|where)\b|means|refers to|is defined as|describes|equals|proposes|ranks|measures|focus(?:es)? on|targets?|involves?)\b/;
const ASKS_WHAT = /^\W*(?:what(?:'s| is| are| does)|define|explain|describe|differences?|compare)\b|\b(?:vs\.?|versus)\s/i;
/** "What is a standard dose / a good time / the normal rate of ...?" asks for a figure, not a definition. */
const ASKS_FIGURE = /^\W*what(?:'s| is| are) (?:a |an |the )?(?:normal|good|standard|typical|recommended|best|usual|safe|ideal|optimal|right|healthy|average)\b/i;
const COMPARES = /\b(?:difference|differences|differ|distinguish)\s+between\s+(.+?)\??$/i;
const VERSUS = /\b(?:vs\.?|versus)\s/i;

/** The search terms of what a passage defines, or [] when it does not open with a definition. */
export function definedTerms(text: string): string[] {
  const subject = DEFINES.exec(text)?.[1];
  return subject ? queryTerms(subject) : [];
}

/**
 * The concepts a question asks to have defined, each as its rarest search term and any canonical
 * term: one per thing compared ("A, B and C", "A vs B"), else the question's; [] when it asks no "what".
 * `rarest` gives the rarest term of a list of terms.
 */
export function conceptsAsked(question: string, terms: readonly string[], rarest: (terms: readonly string[]) => string | undefined): string[] {
  if (!ASKS_WHAT.test(question) || ASKS_FIGURE.test(question)) return [];
  const compared = COMPARES.exec(question)?.[1] ?? (VERSUS.test(question) ? question : null);
  const parts = compared?.split(/\s*(?:,|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*/i).filter((p) => p.trim()) ?? [];
  const each = parts.map((p) => named(queryTerms(p), rarest)).filter((t) => t.length > 0);
  return each.length >= 2 ? each.flat() : named(terms, rarest);
}

/** The rarest term, and the canonical term of a thing written another way ("glycemic" is "glycaemic"). */
function named(terms: readonly string[], rarest: (terms: readonly string[]) => string | undefined): string[] {
  const one = rarest(terms);
  return [...new Set([...(one === undefined ? [] : [one]), ...terms.filter(isCanonical)])];
}
