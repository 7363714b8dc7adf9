import { describe, expect, it } from 'vitest';
import { cleanQuestion } from './question';

describe('cleanQuestion', () => {
  it('treats whitespace and invisible characters alone as empty', () => {
    for (const s of ['', '   \n\t', '\u200B\u200B', '\u2800\u2800', '\uFEFF \u200D\u2060', '\u00AD', '\u3164']) expect(cleanQuestion(s), JSON.stringify(s)).toBe('');
  });

  it('strips C0 controls but keeps newline and tab', () => {
    expect(cleanQuestion('a\u0000b\u0007c\u001B[31md\r\ne\tf\u007F')).toBe('abc[31md\ne\tf');
  });

  it('keeps visible text as typed, trimmed', () => {
    expect(cleanQuestion('  How long should I rest?  ')).toBe('How long should I rest?');
    expect(cleanQuestion('Ünïcode ✓ 日本')).toBe('Ünïcode ✓ 日本');
  });
});
