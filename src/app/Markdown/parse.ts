/**
 * A minimal markdown subset for answers: paragraphs, line breaks, headings, lists, code fences,
 * `code`, **strong**, *em*. The result is data that is rendered as text nodes, so no HTML in an
 * answer (or a prompt) can ever become markup.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] };

export type Block =
  | { kind: 'p'; lines: Inline[][] }
  | { kind: 'h'; children: Inline[] }
  | { kind: 'ul'; items: Inline[][] }
  | { kind: 'ol'; start: number; items: Inline[][] }
  | { kind: 'pre'; text: string };

const INLINE = /(`[^`\n]+`)|(\*\*(?=\S)[^*\n]*?\S\*\*)|(__(?=\S)[^_\n]*?\S__)|(\*(?=[^*\s])[^*\n]*?[^*\s]\*|\*[^*\s]\*)|((?<!\w)_(?=[^_\s])[^_\n]*?[^_\s]_(?!\w)|(?<!\w)_[^_\s]_(?!\w))/g;

export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of s.matchAll(INLINE)) {
    const at = m.index;
    if (at > last) out.push({ kind: 'text', text: s.slice(last, at) });
    const tok = m[0];
    if (m[1]) out.push({ kind: 'code', text: tok.slice(1, -1) });
    else if (m[2] || m[3]) out.push({ kind: 'strong', children: parseInline(tok.slice(2, -2)) });
    else out.push({ kind: 'em', children: parseInline(tok.slice(1, -1)) });
    last = at + tok.length;
  }
  if (last < s.length) out.push({ kind: 'text', text: s.slice(last) });
  return out;
}

const FENCE = /^\s*```/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;

export function parseMarkdown(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: Inline[][] | null = null;
  const endPara = () => {
    if (para) blocks.push({ kind: 'p', lines: para });
    para = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) {
      endPara();
      const code: string[] = [];
      for (i++; i < lines.length && !FENCE.test(lines[i] ?? ''); i++) code.push(lines[i] ?? '');
      blocks.push({ kind: 'pre', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      endPara();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      endPara();
      blocks.push({ kind: 'h', children: parseInline(h[1] ?? '') });
      continue;
    }
    const b = BULLET.exec(line);
    const n = b ? null : NUMBERED.exec(line);
    if (b || n) {
      endPara();
      const item = parseInline((b ? b[1] : n?.[2]) ?? '');
      const prev = blocks[blocks.length - 1];
      if (b && prev?.kind === 'ul') prev.items.push(item);
      else if (n && prev?.kind === 'ol') prev.items.push(item);
      else if (b) blocks.push({ kind: 'ul', items: [item] });
      else blocks.push({ kind: 'ol', start: Number(n?.[1] ?? 1), items: [item] });
      continue;
    }
    const prev = blocks[blocks.length - 1];
    // A line right under a list item continues it.
    if (!para && prev && (prev.kind === 'ul' || prev.kind === 'ol') && /^\s+\S/.test(line)) {
      prev.items[prev.items.length - 1]?.push({ kind: 'text', text: ' ' }, ...parseInline(line.trim()));
      continue;
    }
    (para ??= []).push(parseInline(line));
  }
  endPara();
  return blocks;
}
