import { describe, expect, it } from 'vitest';
import { conceptsAsked, definedTerms } from './definitions';

const firstOf = (terms: readonly string[]) => terms[0];

describe('definitions', () => {
  it('reads what a passage defines from its opening', () => {
    expect(definedTerms('Flow, described by Csikszentmihalyi, is a state of complete absorption.')).toEqual(['flow']);
    expect(definedTerms('Somatic anxiety is the physical part of anxiety.')).toEqual(['somat', 'anxieti']);
    expect(definedTerms('Excess post-exercise oxygen consumption (EPOC) is the raised oxygen uptake.')).toContain('epoc');
    // Saying something about a thing is not defining it.
    expect(definedTerms('DOMS is caused by unaccustomed eccentric work.')).toEqual([]);
    expect(definedTerms('Sport psychologists generally recommend combining goal types.')).toEqual([]);
  });

  it('finds what a question asks to have defined: one concept, or each thing compared', () => {
    expect(conceptsAsked('What does EPOC mean?', ['epoc'], firstOf)).toEqual(['epoc']);
    expect(conceptsAsked('Difference between cognitive and somatic anxiety?', ['cognit', 'somat', 'anxieti'], firstOf)).toEqual(['cognit', 'somat']);
    expect(conceptsAsked('Concentric vs eccentric contractions?', ['concentr', 'eccentr', 'contract'], firstOf)).toEqual(['concentr', 'eccentr']);
    expect(conceptsAsked('How long does EPOC last?', ['epoc', 'last'], firstOf)).toEqual([]);
    // A figure, not a definition: the passage defining the supplement is not the answer.
    expect(conceptsAsked('What is a standard caffeine dose?', ['standard', 'caffein', 'dose'], firstOf)).toEqual([]);
  });
});
