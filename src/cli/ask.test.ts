/**
 * `npm run ask -- --notes-only`: the notes a question would be given, with no model run, one JSON
 * line per question read from stdin.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPassages } from './knowledge-files';
import { repoRoot } from './node-host';

describe('ask --notes-only', () => {
  it('prints the notes of each question on stdin, and says when the notes do not cover one', () => {
    const out = execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['src/cli/ask.ts', '-', '--notes-only', '--json'], {
      cwd: repoRoot,
      input: 'How much protein should I eat per day?\nWhat time does the gym open on Sundays?\n',
      encoding: 'utf8',
    });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { question: string; grounding: string; sources: { id: string; text: string }[] });
    expect(lines.map((l) => l.grounding)).toEqual(['notes', 'not-covered']);
    const known = new Map(readPassages().map((p) => [p.id, p.text]));
    expect(lines[0]!.sources.length).toBeGreaterThan(0);
    for (const s of lines[0]!.sources) expect(known.get(s.id)).toBe(s.text);
    expect(lines[0]!.sources.some((s) => /protein/i.test(s.text))).toBe(true);
    expect(lines[1]!.sources).toEqual([]);
  });
});
