/** What of a typed or pasted question is sent: C0 control characters go, invisible-only text is empty. */

/** C0 controls and DEL, except tab and newline (a carriage return becomes a newline first). */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** Whitespace and characters that show nothing: format characters (zero-width space and joiners, BOM, soft hyphen…), braille blank, Hangul fillers. */
const INVISIBLE = /[\s\p{Cf}\u2800\u115F\u1160\u3164\uFFA0]/gu;

export function cleanQuestion(text: string): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
  return clean.replace(INVISIBLE, '') === '' ? '' : clean.trim();
}
