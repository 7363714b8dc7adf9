/**
 * The quick half of the checks against Python (tools/reference.py fixtures in __fixtures__/):
 * the fixture belongs to the package file, and the tokenizer and prompt give Python's ids.
 * The greedy runs take minutes and live in reference.slow.test.ts (`npm run test:slow`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_MODEL_ID } from '../cli/node-host';
import { loadTokenizer, missingReason, packageDir, readFixture } from '../cli/test-packages';
import { DEFAULT_MODEL_ID } from '../shared/model-index';
import { parseManifestText } from '../shared/parse-manifest';
import { encodePrompt, fitPrompt, prepareMessages } from './prompt';

/** The base model the default was fine-tuned from; the app still offers it. */
const BASE_MODEL_ID = 'smollm2-135m-instruct';

for (const id of [TEST_MODEL_ID, DEFAULT_MODEL_ID, BASE_MODEL_ID]) {
  const skip = missingReason(id, { fixture: true });
  if (skip) console.warn(`skipping reference tests of ${id}: ${skip}`);

  describe.skipIf(skip !== null)(`${id} against the Python reference (tokens and prompt)`, () => {
    const dir = packageDir(id);
    const fixture = skip ? null! : readFixture(id);
    const manifest = skip ? null! : parseManifestText(readFileSync(join(dir, 'manifest.json'), 'utf8'), dir);
    const tokenizer = skip ? null! : loadTokenizer(id);

    it('the fixture was made from this package file', () => {
      const file = manifest.files.find((f) => f.path === fixture.file);
      expect(file?.sha256, `regenerate: python -m tools.reference ${dir} --out <fixture>`).toBe(fixture.fileSha256);
      expect(manifest.backends.wasm).toBe(fixture.variant);
    });

    it('tokenizes every fixture text (ASCII, digits, emoji, non-Latin, formatted prompt) like Python', () => {
      for (const c of fixture.cases) expect(tokenizer.encode(c.text), c.name).toEqual(c.ids);
    });

    it('builds the formatted prompt from the manifest exactly as Python does', () => {
      const formatted = fixture.cases.find((c) => c.name.endsWith('-formatted'));
      const question = fixture.cases.find((c) => c.name === 'question');
      expect(formatted && question).toBeTruthy();
      const messages = prepareMessages(manifest, [{ role: 'user', content: question!.text }]);
      expect(encodePrompt(tokenizer, manifest, messages)).toEqual(formatted!.inputIds);
      expect(fitPrompt(tokenizer, manifest, [{ role: 'user', content: question!.text }], 16).ids).toEqual(
        formatted!.inputIds,
      );
    });
  });
}
