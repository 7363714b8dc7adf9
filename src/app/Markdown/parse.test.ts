import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './parse';

describe('parseMarkdown', () => {
  it('keeps HTML as text', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    expect(parseMarkdown(html)).toEqual([{ t: 'p', lines: [[{ t: 'text', v: html }]] }]);
  });

  it('reads paragraphs, lists, headings and fences', () => {
    const blocks = parseMarkdown('## Protein\nEat **1.6 g/kg**.\n\n- beans\n- eggs\n\n1. rest\n2. eat\n```\ncode *x*\n```');
    expect(blocks.map((b) => b.t)).toEqual(['h', 'p', 'ul', 'ol', 'pre']);
    expect(blocks[4]).toEqual({ t: 'pre', v: 'code *x*' });
  });

  it('parses inline emphasis and code without touching snake_case', () => {
    expect(parseInline('a *b* `c` snake_case_name')).toEqual([
      { t: 'text', v: 'a ' },
      { t: 'em', c: [{ t: 'text', v: 'b' }] },
      { t: 'text', v: ' ' },
      { t: 'code', v: 'c' },
      { t: 'text', v: ' snake_case_name' },
    ]);
  });

  it('leaves an unfinished marker (mid-stream) as text', () => {
    expect(parseInline('so **bo')).toEqual([{ t: 'text', v: 'so **bo' }]);
  });
});
