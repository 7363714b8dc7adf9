import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOUNTS, repoRoot } from './server.mjs';
import { cellContextTokens, promptLengths } from './cells.mjs';
import { CHAT_QUESTIONS } from './chat-questions.mjs';
import { suites } from './suites.mjs';
import { summarize } from './summarize.mjs';

describe('per-cell prompts and context', () => {
  it('builds one prompt per distinct length, the default included', () => {
    expect(promptLengths([{}, { promptTokens: 896 }, { promptTokens: 64 }, {}], 64)).toEqual([64, 896]);
    expect(promptLengths([], 128)).toEqual([128]);
  });

  it('gives a cell the context its longest answer needs', () => {
    expect(cellContextTokens({}, 896, 32)).toBe(928);
    expect(cellContextTokens({ contextTokens: 2048 }, 64, 16)).toBe(2048);
  });

  it('has the long-context and chat cells in the default suite, with their pairs', () => {
    const d = suites().default;
    const byId = new Map(d.cells.map((c) => [c.id, c]));
    for (const id of ['ours-wasm-1t-pos64', 'ours-wasm-1t-pos896', 'wllama-1t-pos64', 'wllama-1t-pos896']) expect(byId.has(id)).toBe(true);
    expect(byId.get('ours-wasm-1t-pos896').promptTokens).toBe(896);
    expect(byId.get('wllama-1t-chat20').chatAnswers).toBe(20);
    expect(CHAT_QUESTIONS.length).toBeGreaterThanOrEqual(byId.get('ours-wasm-1t-chat20').chatAnswers);
    for (const [a, b] of d.pairs) {
      expect(byId.has(a), a).toBe(true);
      expect(byId.has(b), b).toBe(true);
    }
  });
});

describe('Transformers.js 4.x beside 3.8.1', () => {
  it('has a page for every browser cell and serves each onnxruntime-web that a page loads', () => {
    for (const suite of Object.values(suites())) {
      for (const c of suite.cells) if (c.page) expect(existsSync(join(repoRoot, 'bench/pages', `${c.page.replace(/^wasm-entry\//, '')}.html`)), c.id).toBe(true);
    }
    const tjs4 = suites().default.cells.find((c) => c.id === 'tjs4-wasm-1t');
    expect(tjs4?.page).toBe('transformers-js-4');
    const mount = MOUNTS.find((m) => m.prefix === '/tjs4-ort/');
    expect(existsSync(join(mount.dirs[0], 'ort-wasm-simd-threaded.asyncify.wasm'))).toBe(true);
  });
});

describe('summarize: chat memory', () => {
  it('reports the peak after a chat and its ratio to the other runner', () => {
    const run = (cell, peak) => ({ cell, rep: 0, chat: { memory: { rendererPeakBytes: peak, rendererRssBytes: peak / 2 } } });
    const s = summarize({
      cells: [{ id: 'a', runner: 'onnx-engine' }, { id: 'b', runner: 'wllama' }],
      pairs: [['a', 'b']],
      runs: [run('a', 900), run('b', 300)],
    }).summary;
    expect(s.cells.a.chatPeakMemoryBytes.median).toBe(900);
    expect(s.cells.b.chatRssBytes.median).toBe(150);
    expect(s.ratios['a / b'].chatPeakMemoryBytes.values).toEqual([3]);
  });
});
