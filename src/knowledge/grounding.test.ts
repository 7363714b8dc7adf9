/** Which notes a question gets in a chat: a follow-up is searched with the question before it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPassages } from '../cli/knowledge-files';
import { parseManifestText } from '../shared/parse-manifest';
import { groundingFor } from './grounding';
import { KnowledgeBase } from './knowledge-base';

const base = KnowledgeBase.build(readPassages());
const manifestPath = 'public/models/smollm2-135m-coach/manifest.json';
const manifest = parseManifestText(readFileSync(manifestPath, 'utf8'), manifestPath);

function titles(question: string, ...earlier: string[]): string[] {
  const g = groundingFor(base, question, manifest, true, earlier);
  return g.status === 'notes' ? g.sources.map((s) => s.title.toLowerCase()) : [];
}

describe('follow-up questions', () => {
  const protein = 'How much protein do strength athletes need per day?';

  it('a follow-up naming nothing of its own gets the notes of the question before it', () => {
    for (const followUp of ['Why?', 'Tell me more']) {
      expect(groundingFor(base, followUp, manifest, true).status).toBe('not-covered');
      expect(titles(followUp, protein)[0]).toMatch(/protein/);
    }
    // A follow-up to a follow-up reaches back to the question that named the topic.
    expect(titles('Tell me more', protein, 'Why?')[0]).toMatch(/protein/);
  });

  it('a question pointing back ("it") or leaning on the one before ("what about") is searched with it', () => {
    expect(titles('How long does it last?').some((t) => t.includes('doms'))).toBe(false);
    expect(titles('How long does it last?', 'What causes DOMS?').every((t) => /doms|muscle damage|lactic/.test(t))).toBe(true);
    expect(titles('What about for women?')[0]).toMatch(/women/);
    expect(titles('What about for women?', protein).slice(0, 2).every((t) => /protein|strength/.test(t))).toBe(true);
  });

  it('a question that stands alone is searched alone', () => {
    expect(titles('What is EPOC?', protein)).toEqual(titles('What is EPOC?'));
    expect(titles('How much caffeine should I take before a race?', protein)).toEqual(titles('How much caffeine should I take before a race?'));
    // An off-topic follow-up stays uncovered: the question before it does not cover it.
    expect(groundingFor(base, 'What is the capital of France?', manifest, true, [protein]).status).toBe('not-covered');
  });
});
