import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './parse';

describe('parseMarkdown', () => {
  it('keeps HTML as text', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    expect(parseMarkdown(html)).toEqual([{ kind: 'p', lines: [[{ kind: 'text', text: html }]] }]);
  });

  it('reads paragraphs, lists, headings and fences', () => {
    const blocks = parseMarkdown('## Protein\nEat **1.6 g/kg**.\n\n- beans\n- eggs\n\n1. rest\n2. eat\n```\ncode *x*\n```');
    expect(blocks.map((b) => b.kind)).toEqual(['h', 'p', 'ul', 'ol', 'pre']);
    expect(blocks[4]).toEqual({ kind: 'pre', text: 'code *x*' });
  });

  it('parses inline emphasis and code without touching snake_case', () => {
    expect(parseInline('a *b* `c` snake_case_name')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'em', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c' },
      { kind: 'text', text: ' snake_case_name' },
    ]);
  });

  it('leaves an unfinished marker (mid-stream) as text', () => {
    expect(parseInline('so **bo')).toEqual([{ kind: 'text', text: 'so **bo' }]);
  });
});
