/**
 * A minimal markdown subset for answers: paragraphs, line breaks, headings, lists, code fences,
 * `code`, **strong**, *em*. The result is data that is rendered as text nodes, so no HTML in an
 * answer (or a prompt) can ever become markup.
 */

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] };

export type Block =
  | { t: 'p'; lines: Inline[][] }
  | { t: 'h'; c: Inline[] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; start: number; items: Inline[][] }
  | { t: 'pre'; v: string };

const INLINE = /(`[^`\n]+`)|(\*\*(?=\S)[^*\n]*?\S\*\*)|(__(?=\S)[^_\n]*?\S__)|(\*(?=[^*\s])[^*\n]*?[^*\s]\*|\*[^*\s]\*)|((?<!\w)_(?=[^_\s])[^_\n]*?[^_\s]_(?!\w)|(?<!\w)_[^_\s]_(?!\w))/g;

export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of s.matchAll(INLINE)) {
    const at = m.index;
    if (at > last) out.push({ t: 'text', v: s.slice(last, at) });
    const tok = m[0];
    if (m[1]) out.push({ t: 'code', v: tok.slice(1, -1) });
    else if (m[2] || m[3]) out.push({ t: 'strong', c: parseInline(tok.slice(2, -2)) });
    else out.push({ t: 'em', c: parseInline(tok.slice(1, -1)) });
    last = at + tok.length;
  }
  if (last < s.length) out.push({ t: 'text', v: s.slice(last) });
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
    if (para) blocks.push({ t: 'p', lines: para });
    para = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) {
      endPara();
      const code: string[] = [];
      for (i++; i < lines.length && !FENCE.test(lines[i] ?? ''); i++) code.push(lines[i] ?? '');
      blocks.push({ t: 'pre', v: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      endPara();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      endPara();
      blocks.push({ t: 'h', c: parseInline(h[1] ?? '') });
      continue;
    }
    const b = BULLET.exec(line);
    const n = b ? null : NUMBERED.exec(line);
    if (b || n) {
      endPara();
      const item = parseInline((b ? b[1] : n?.[2]) ?? '');
      const prev = blocks[blocks.length - 1];
      if (b && prev?.t === 'ul') prev.items.push(item);
      else if (n && prev?.t === 'ol') prev.items.push(item);
      else if (b) blocks.push({ t: 'ul', items: [item] });
      else blocks.push({ t: 'ol', start: Number(n?.[1] ?? 1), items: [item] });
      continue;
    }
    const prev = blocks[blocks.length - 1];
    // A line right under a list item continues it.
    if (!para && prev && (prev.t === 'ul' || prev.t === 'ol') && /^\s+\S/.test(line)) {
      prev.items[prev.items.length - 1]?.push({ t: 'text', v: ' ' }, ...parseInline(line.trim()));
      continue;
    }
    (para ??= []).push(parseInline(line));
  }
  endPara();
  return blocks;
}
