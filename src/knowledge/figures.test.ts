import { describe, expect, it } from 'vitest';
import { figuresNotInNotes } from './figures';

describe('figuresNotInNotes', () => {
  const notes = ['Caffeine at 3-6 mg/kg taken 30-60 minutes before exercise improves endurance.', 'Sleep 7-9 hours; 1.6 g/kg protein.'];

  it('names each number the notes do not hold, once, in answer order', () => {
    expect(figuresNotInNotes('Take 20-25 mg/kg, about 20 minutes before, or 3 mg/kg.', notes)).toEqual(['20', '25']);
  });

  it('finds nothing when every number is in some note, decimals included', () => {
    expect(figuresNotInNotes('Aim for 1.6 g/kg and 7-9 hours; 3-6 mg/kg caffeine 60 minutes before.', notes)).toEqual([]);
    expect(figuresNotInNotes('No figures here.', notes)).toEqual([]);
  });

  it('compares whole numbers, not digits: 16 is not 1.6 and 1.5 is not 1', () => {
    expect(figuresNotInNotes('16 g or 1.5 g?', ['1.6 g, 1 g, 5 g'])).toEqual(['16', '1.5']);
  });
});
