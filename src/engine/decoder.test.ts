import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ortWasmPaths, TEST_MODEL_ID } from '../cli/node-host';
import { missingReason, packageDir } from '../cli/test-packages';
import { parseManifestText } from '../shared/parse-manifest';
import { configureOrt } from './backend';
import { createSession, Decoder, PREFILL_CHUNK } from './decoder';
import { runLoop } from './generate';

const skip = missingReason(TEST_MODEL_ID);

describe.skipIf(skip !== null)('decoder prefill in chunks', () => {
  const dir = packageDir(TEST_MODEL_ID);
  const manifest = skip ? null! : parseManifestText(readFileSync(join(dir, 'manifest.json'), 'utf8'), dir);
  let session: ort.InferenceSession;
  /** input_ids length of every session.run since the last reset of this list. */
  const fed: number[] = [];

  beforeAll(async () => {
    configureOrt(ort, 1, { wasmPaths: ortWasmPaths() });
    const file = manifest.variants[manifest.backends.wasm]!.file;
    session = await createSession(ort, manifest, new Uint8Array(readFileSync(join(dir, file))), { backend: 'wasm' });
    const run = session.run.bind(session);
    session.run = ((feeds: Record<string, ort.Tensor>, ...rest: unknown[]) => {
      fed.push(feeds['input_ids']!.dims[1] as number);
      return (run as (...a: unknown[]) => Promise<ort.InferenceSession.ReturnType>)(feeds, ...rest);
    }) as typeof session.run;
  });
  afterAll(async () => {
    await session?.release();
  });

  const prompt = Array.from({ length: 150 }, (_, i) => (i * 7919) % manifest.shape.vocabSize);

  it('never feeds more than the chunk size in one run, and the cache holds every token', async () => {
    const decoder = new Decoder(ort, session, manifest, 'wasm', 32);
    fed.length = 0;
    await decoder.step(prompt);
    expect(fed).toEqual([32, 32, 32, 32, 22]);
    expect(decoder.length).toBe(150);
    expect(PREFILL_CHUNK).toBeGreaterThan(1);
  });

  it('gives the logits of one long run, and the same next step', async () => {
    const whole = new Decoder(ort, session, manifest, 'wasm', 10_000);
    const chunked = new Decoder(ort, session, manifest, 'wasm', 32);
    const a = await whole.step(prompt);
    const b = await chunked.step(prompt);
    const maxDelta = (x: Float32Array, y: Float32Array) => x.reduce((m, v, i) => Math.max(m, Math.abs(v - y[i]!)), 0);
    expect(b.length).toBe(a.length);
    expect(maxDelta(a, b)).toBeLessThan(1e-3);
    const next = [...a].indexOf(Math.max(...a));
    expect(maxDelta(await whole.step([next]), await chunked.step([next]))).toBeLessThan(1e-3);
  });

  const loopParams = (maxNewTokens: number) => ({
    ...{ temperature: 0, topK: 0, topP: 1, repetitionPenalty: 1, noRepeatNgram: 0, maxNewTokens, seed: 1, eosId: null },
    ...{ stopTokenIds: [], stopStrings: [], answerPrefix: '', contextLength: manifest.shape.contextLength },
  });
  const ids = { decode: (tokens: number[]) => tokens.join(' ') };

  it('keeps the cache for the next answer, and frees it when an answer fails', async () => {
    const decoder = new Decoder(ort, session, manifest, 'wasm', 32);
    const r = await runLoop(decoder, ids, prompt.slice(0, 20), loopParams(4), undefined, undefined);
    expect(r.tokenIds).toHaveLength(4);
    // The prompt and every answer token but the last (never fed back) are cached.
    expect(decoder.length).toBe(23);
    const failing = {
      decode: (): string => {
        throw new Error('tokenizer broke');
      },
    };
    await expect(runLoop(decoder, failing, prompt.slice(0, 20), loopParams(4), undefined, undefined)).rejects.toThrow('tokenizer broke');
    expect(decoder.length).toBe(0);
  });

  it('runs a prompt only from where it parts from the cached one, with the answer of a fresh cache', async () => {
    const kept = new Decoder(ort, session, manifest, 'wasm', 32);
    const first = await runLoop(kept, ids, prompt.slice(0, 60), loopParams(6), undefined, undefined);
    // The next turn: the same start, then other tokens (as a chat's next question with its notes).
    const next = [...prompt.slice(0, 40), ...prompt.slice(100, 150)];
    fed.length = 0;
    const again = await runLoop(kept, ids, next, loopParams(6), undefined, undefined);
    expect(again.timings.reusedPromptTokens).toBe(40);
    expect(fed[0]).toBe(32);
    expect(fed.slice(0, 2).reduce((a, b) => a + b, 0)).toBe(50);
    const fresh = await runLoop(new Decoder(ort, session, manifest, 'wasm', 32), ids, next, loopParams(6), undefined, undefined);
    expect(fresh.timings.reusedPromptTokens).toBe(0);
    expect(again.tokenIds).toEqual(fresh.tokenIds);
    expect(first.tokenIds).toHaveLength(6);
    // The same prompt again: all of it but its last token comes from the cache.
    const same = await runLoop(kept, ids, next, loopParams(6), undefined, undefined);
    expect(same.timings.reusedPromptTokens).toBe(next.length - 1);
    expect(same.tokenIds).toEqual(fresh.tokenIds);
  });
});
