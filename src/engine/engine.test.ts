import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_MODEL_ID, fsFileSource, createNodeEngine } from '../cli/node-host';
import { loadTestEngine, missingReason, packageDir, readFixture } from '../cli/test-packages';
import { EngineError } from '../shared/errors';
import { maxAnswerTokens } from '../shared/manifest';
import type { ChatMessage, GenerationStats } from '../shared/protocol';
import type { Engine } from './engine';
import { Decoder } from './decoder';
import type { FileSource } from './package-source';
import { encodePrompt, fitPrompt } from './prompt';
import { splitSentences } from './quoting';

const skip = missingReason(TEST_MODEL_ID, { fixture: true });
if (skip) console.warn(`skipping engine tests: ${skip}`);

async function rejection(p: Promise<unknown>): Promise<EngineError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return e as EngineError;
  }
  throw new Error('expected a rejection');
}

describe.skipIf(skip !== null)(`engine on ${TEST_MODEL_ID}`, () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadTestEngine(TEST_MODEL_ID);
  });
  afterAll(async () => {
    await engine?.unload();
  });

  it('reports the backend and why', () => {
    expect(engine.info?.backend).toBe('wasm');
    expect(engine.info?.threads).toBe(1);
    expect(engine.info?.reason).toMatch(/WebAssembly/);
  });

  it('with notes, answers in whole sentences of them, sampled or greedy; own words when asked', async () => {
    const chat: ChatMessage[] = [{ role: 'user', content: 'How much protein do I need?' }];
    const notes = [
      { id: 'a', title: 'Protein', text: 'About 1.6 g per kg per day is enough for most. More adds little.', source: null, score: 2 },
      { id: 'b', title: 'Timing', text: 'Spread protein over 3-4 meals. Timing matters less than the daily total.', source: null, score: 1 },
    ];
    const sentences = notes.flatMap((n) => splitSentences(n.text));
    // The answer is whole sentences (the last one may be cut by the length limit), each once.
    const quoted = (text: string) => {
      let rest = text;
      const used: string[] = [];
      while (rest) {
        const next = sentences.find((s) => !used.includes(s) && (rest.startsWith(s) || s.startsWith(rest)));
        if (!next) return false;
        used.push(next);
        rest = rest.slice(Math.min(next.length, rest.length)).replace(/^ /, '');
      }
      return used.length > 0;
    };
    for (const options of [{ temperature: 0 }, { temperature: 1, seed: 5 }, { temperature: 1, seed: 6 }]) {
      const r = await engine.generate(chat, { ...options, maxNewTokens: 60, stopStrings: [] }, {}, notes);
      expect(quoted(r.text), r.text).toBe(true);
    }
    const free = await engine.generate(chat, { temperature: 1, seed: 5, maxNewTokens: 60, stopStrings: [], quoteNotes: false }, {}, notes);
    expect(quoted(free.text), free.text).toBe(false);
  });

  it('asked with no notes (the notes do not cover it), answers what the package was trained to say there', async () => {
    const notCovered = engine.manifest.prompt.context?.notCovered;
    expect(notCovered).toMatch(/notes don't cover this/);
    const chat: ChatMessage[] = [{ role: 'user', content: 'What is the capital of France?' }];
    for (const options of [{ temperature: 0 }, { temperature: 1, seed: 5 }]) {
      const r = await engine.generate(chat, { ...options, maxNewTokens: 60, stopStrings: [] }, {}, []);
      expect(r.notes).toEqual([]);
      expect(r.text).toBe(notCovered);
    }
    // Asked without notes, or in the model's own words, it answers freely.
    const free = await engine.generate(chat, { temperature: 1, seed: 5, maxNewTokens: 20, stopStrings: [] }, {}, null);
    expect(free.text).not.toBe(notCovered);
    const own = await engine.generate(chat, { temperature: 1, seed: 5, maxNewTokens: 20, stopStrings: [], quoteNotes: false }, {}, []);
    expect(own.text).not.toBe(notCovered);
  });

  it('seeded sampling repeats for a seed and differs for another', async () => {
    const chat: ChatMessage[] = [{ role: 'user', content: 'How long should I rest between sets?' }];
    const opts = { temperature: 1, topK: 0, topP: 0.95, maxNewTokens: 16, stopStrings: [] };
    const a = await engine.generate(chat, { ...opts, seed: 11 });
    const b = await engine.generate(chat, { ...opts, seed: 11 });
    const c = await engine.generate(chat, { ...opts, seed: 12 });
    expect(b.tokenIds).toEqual(a.tokenIds);
    expect(c.tokenIds).not.toEqual(a.tokenIds);
  });

  it('streams deltas whose concatenation is the answer, without U+FFFD', async () => {
    const deltas: string[] = [];
    const r = await engine.generate(
      [{ role: 'user', content: 'Wie viel Eiweiß brauche ich? 🍗' }],
      { temperature: 1, seed: 3, maxNewTokens: 48 },
      { onToken: (d) => deltas.push(d) },
    );
    expect(deltas.join('')).toBe(r.text);
    // A random model may emit invalid UTF-8; streaming must not add any U+FFFD a whole decode lacks.
    const count = (t: string) => t.split('\uFFFD').length - 1;
    expect(count(r.text)).toBe(count(engine.tokenizer.decode(r.tokenIds)));
    expect(deltas.length).toBe(r.tokenIds.length);
    expect(r.stats.newTokens).toBe(r.tokenIds.length);
    expect(r.stats.timeToFirstTokenMs).toBeGreaterThan(0);
  });

  it('stops at a stop string that spans tokens and never shows it', async () => {
    const promptIds = readFixture(TEST_MODEL_ID).cases[0]!.inputIds;
    // The penalty keeps a random model from repeating one token, so the stop string is found once.
    const settings = { maxNewTokens: 24, repetitionPenalty: 2 };
    const free = await engine.generateFromIds(promptIds, settings);
    // Pick a stop string made of the end of one token's text and the start of the next one's.
    const pieces = free.tokenIds.map((_, i) => engine.tokenizer.decode(free.tokenIds.slice(0, i + 1)));
    let stop = '';
    let at = -1;
    for (let i = 1; i < pieces.length - 1 && !stop; i++) {
      const before = pieces[i - 1] as string;
      const end = pieces[i] as string;
      const next = pieces[i + 1] as string;
      if (end.length - before.length >= 2 && next.length - end.length >= 2) {
        stop = next.slice(end.length - 2, end.length + 2);
        if (free.text.indexOf(stop) !== end.length - 2) stop = '';
        else at = end.length - 2;
      }
    }
    expect(stop).not.toBe('');
    const shown: string[] = [];
    const r = await engine.generateFromIds(promptIds, { ...settings, stopStrings: [stop] }, { onToken: (d) => shown.push(d) });
    expect(r.stats.stopReason).toBe('stop-string');
    expect(r.text).toBe(free.text.slice(0, at));
    expect(shown.join('')).toBe(r.text);
  });

  it('an abort ends within one step, and the next generation is normal', async () => {
    const chat: ChatMessage[] = [{ role: 'user', content: 'What is VO2 max?' }];
    const reference = await engine.generate(chat, { temperature: 0, maxNewTokens: 20, stopStrings: [] });
    const controller = new AbortController();
    let seen = 0;
    const aborted = await engine.generate(
      chat,
      { temperature: 0, maxNewTokens: 20 },
      {
        signal: controller.signal,
        onToken: () => {
          if (++seen === 3) controller.abort();
        },
      },
    );
    expect(aborted.stats.stopReason).toBe('aborted');
    expect(aborted.tokenIds.length).toBe(3);
    const again = await engine.generate(chat, { temperature: 0, maxNewTokens: 20, stopStrings: [] });
    expect(again.tokenIds).toEqual(reference.tokenIds);
  });

  it('refuses a second generation while one runs', async () => {
    const controller = new AbortController();
    const chat: ChatMessage[] = [{ role: 'user', content: 'Plan my week.' }];
    const first = engine.generate(chat, { maxNewTokens: 30 }, { signal: controller.signal });
    const second = await rejection(engine.generate(chat, {}));
    expect(second.type).toBe('busy');
    controller.abort();
    expect((await first).stats.stopReason).toBe('aborted');
  });

  it('drops the oldest turns to fit the context and never exceeds it', async () => {
    const context = engine.manifest.shape.contextLength;
    const long = 'Interval training alternates hard and easy efforts to build speed and endurance. ';
    const chat: ChatMessage[] = [];
    let tokens = 0;
    for (let turn = 0; tokens < context * 1.5; turn++) {
      chat.push({ role: 'user', content: `Question ${turn}: ${long.repeat(4)}` });
      chat.push({ role: 'assistant', content: long.repeat(6) });
      tokens = engine.tokenizer.encode(JSON.stringify(chat)).length;
    }
    chat.push({ role: 'user', content: 'And the newest question?' });
    const maxNewTokens = 32;
    const fitted = engine.preparePrompt(chat, { maxNewTokens });
    expect(fitted.droppedMessages).toBeGreaterThan(0);
    expect(fitted.droppedMessages % 2).toBe(0);
    expect(fitted.ids.length + maxNewTokens).toBeLessThanOrEqual(context);
    expect(fitted.messages.at(-1)?.content).toBe('And the newest question?');
    expect(fitted.messages[0]?.role).toBe('user');
    const r = await engine.generate(chat, { temperature: 0, maxNewTokens, stopStrings: [] });
    expect(r.stats.droppedMessages).toBe(fitted.droppedMessages);
    expect(r.stats.promptTokens + r.stats.newTokens).toBeLessThanOrEqual(context);
  });

  it('a context limit below the model\'s keeps the prompt and answer within it, and refuses one too small', async () => {
    const limited = createNodeEngine({ platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1 } });
    await limited.load(fsFileSource(packageDir(TEST_MODEL_ID)), { backend: 'wasm', contextTokens: 160 });
    try {
      expect(limited.manifest.shape.contextLength).toBe(160);
      const turn = 'Interval training alternates hard and easy efforts. ';
      const chat: ChatMessage[] = [];
      for (let i = 0; i < 4; i++) chat.push({ role: 'user', content: `Q${i}: ${turn}` }, { role: 'assistant', content: turn.repeat(2) });
      chat.push({ role: 'user', content: 'And now?' });
      expect(engine.preparePrompt(chat, { maxNewTokens: 32 }).droppedMessages).toBe(0);
      const r = await limited.generate(chat, { temperature: 0, maxNewTokens: 32, stopStrings: [] });
      expect(r.stats.droppedMessages).toBeGreaterThan(0);
      expect(r.stats.promptTokens + r.stats.newTokens).toBeLessThanOrEqual(160);
    } finally {
      await limited.unload();
    }
    const e = await rejection(createNodeEngine().load(fsFileSource(packageDir(TEST_MODEL_ID)), { backend: 'wasm', contextTokens: 100 }));
    expect(e.type).toBe('invalid-input');
  });

  it('once the context is full, the next question keeps the start and reuses the cache', async () => {
    const limited = createNodeEngine({ platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1 } });
    await limited.load(fsFileSource(packageDir(TEST_MODEL_ID)), { backend: 'wasm', contextTokens: 192 });
    try {
      const chat: ChatMessage[] = [];
      const stats: GenerationStats[] = [];
      for (let i = 0; i < 14; i++) {
        chat.push({ role: 'user', content: `Question ${i}: how hard should my tempo runs be?` });
        const r = await limited.generate(chat, { temperature: 0, maxNewTokens: 12, stopStrings: [] });
        stats.push(r.stats);
        chat.push({ role: 'assistant', content: r.text });
      }
      const full = stats.findIndex((s) => s.droppedMessages > 0);
      expect(full).toBeGreaterThan(0);
      // The question after the first drop keeps its start: every turn it kept is read from the cache.
      const next = stats[full + 1]!;
      expect(next.droppedMessages).toBe(stats[full]!.droppedMessages);
      expect(next.reusedPromptTokens).toBeGreaterThan(next.promptTokens / 2);
      const kept = stats.slice(full + 1).filter((s, i) => s.droppedMessages === stats[full + i]!.droppedMessages);
      expect(kept.length).toBeGreaterThan(stats.length - full - 1 - kept.length);
      for (const s of kept) expect(s.reusedPromptTokens).toBeGreaterThan(0);
    } finally {
      await limited.unload();
    }
  });

  it('accepts the longest answer the manifest context holds (the settings limit), and not one token more', () => {
    const limit = maxAnswerTokens(engine.manifest.shape.contextLength);
    const chat: ChatMessage[] = [{ role: 'user', content: 'Hi' }];
    expect(() => engine.resolveOptions({ maxNewTokens: limit })).not.toThrow();
    expect(() => engine.resolveOptions({ maxNewTokens: limit + 1 })).toThrow(`between 1 and ${limit} tokens`);
    expect(() => engine.preparePrompt(chat, { maxNewTokens: limit + 1 })).toThrow(EngineError);
  });

  it('keeps the system prompt while dropping turns (fitPrompt with a short context)', () => {
    const manifest = {
      ...engine.manifest,
      shape: { ...engine.manifest.shape, contextLength: 120 },
      // A chat template that shows system text, to see that it stays.
      prompt: {
        kind: 'chat' as const,
        chatTemplate:
          "{% for m in messages %}{{ m['role'] + ': ' + m['content'] + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ 'assistant:' }}{% endif %}",
        defaultSystemPrompt: null,
        addBos: false,
      },
    };
    const chat: ChatMessage[] = [{ role: 'system', content: 'You are a running coach.' }];
    for (let i = 0; i < 6; i++) {
      chat.push({ role: 'user', content: `Question number ${i} about tempo runs and easy runs?` });
      chat.push({ role: 'assistant', content: `Answer number ${i}: run easy most days, hard twice a week.` });
    }
    chat.push({ role: 'user', content: 'Last one?' });
    const fitted = fitPrompt(engine.tokenizer, manifest, chat, 40);
    expect(fitted.droppedMessages).toBeGreaterThan(0);
    expect(fitted.messages[0]).toEqual({ role: 'system', content: 'You are a running coach.' });
    expect(fitted.messages[1]?.role).toBe('user');
    expect(fitted.ids.length + 40).toBeLessThanOrEqual(120);
    // Turns go only because the whole chat does not fit.
    expect(encodePrompt(engine.tokenizer, manifest, chat).length + 40).toBeGreaterThan(120);
  });

  it('a newest message that cannot fit is prompt-too-long, with a sentence for the user', async () => {
    const context = engine.manifest.shape.contextLength;
    const huge = 'tempo '.repeat(context);
    const e = await rejection(engine.generate([{ role: 'user', content: huge }], { maxNewTokens: 16 }));
    expect(e.type).toBe('prompt-too-long');
    expect(e.message).toMatch(/too long/);
  });

  it('an answer length larger than the context holds shortens the answer, not the question', async () => {
    const context = engine.manifest.shape.contextLength;
    const chat: ChatMessage[] = [
      { role: 'user', content: 'Earlier question about rest days?' },
      { role: 'assistant', content: 'Take one or two a week.' },
      { role: 'user', content: 'How should I warm up before intervals?' },
    ];
    const fitted = fitPrompt(engine.tokenizer, engine.manifest, chat, context - 1);
    expect(fitted.ids.length + fitted.maxNewTokens).toBe(context);
    expect(fitted.maxNewTokens).toBeGreaterThanOrEqual(64);
    const r = await engine.generate(chat, { maxNewTokens: context - 1, temperature: 0 });
    expect(r.stats.promptTokens).toBe(fitted.ids.length);
    expect(r.stats.promptTokens + r.stats.newTokens).toBeLessThanOrEqual(context);
  });

  it('rejects bad settings and an empty question as invalid-input', async () => {
    expect((await rejection(engine.generate([{ role: 'user', content: ' ' }], {}))).type).toBe('invalid-input');
    expect((await rejection(engine.generate([{ role: 'user', content: 'hi' }], { topP: 0 }))).type).toBe('invalid-input');
  });
});

describe.skipIf(skip !== null)('package checks on load', () => {
  const dir = skip ? '' : packageDir(TEST_MODEL_ID);
  const tamper = (change: (path: string, data: Uint8Array) => Uint8Array): FileSource => {
    const real = fsFileSource(dir);
    return { location: dir, read: async (path, o) => change(path, await real.read(path, o)) };
  };

  it('a file whose size differs from the manifest is model-corrupt', async () => {
    const source = tamper((p, d) => (p === 'tokenizer_config.json' ? d.subarray(0, d.length - 1) : d));
    const e = await rejection(createNodeEngine().load(source, { backend: 'wasm' }));
    expect(e.type).toBe('model-corrupt');
  });

  it('changed bytes of the right size are caught by the hash check', async () => {
    const source = tamper((p, d) => {
      if (p !== 'tokenizer_config.json') return d;
      const copy = d.slice();
      copy[copy.length - 2] = (copy[copy.length - 2] as number) ^ 1;
      return copy;
    });
    const e = await rejection(createNodeEngine().load(source, { backend: 'wasm', verifyHashes: true }));
    expect(e.type).toBe('model-corrupt');
  });

  it('a model file with changed weights of the right size never runs: its hash, checked beside the start, fails the load', async () => {
    const run = vi.spyOn(Decoder.prototype, 'step');
    try {
      const source = tamper((p, d) => {
        if (!p.endsWith('model_q4.onnx')) return d;
        const copy = d.slice();
        copy[copy.length - 100] = (copy[copy.length - 100] as number) ^ 0xff; // in the last weights, not the graph
        return copy;
      });
      const e = await rejection(createNodeEngine().load(source, { backend: 'wasm', verifyHashes: true }));
      expect(e.type).toBe('model-corrupt');
      expect(e.message).toMatch(/model_q4\.onnx has SHA-256/);
      expect(run).not.toHaveBeenCalled();
    } finally {
      run.mockRestore();
    }
  });

  it('a missing file is model-missing, and load progress counts up to the total', async () => {
    const e = await rejection(createNodeEngine().load(fsFileSource(`${dir}-nowhere`), { backend: 'wasm' }));
    expect(e.type).toBe('model-missing');
    // The stages in order, each counting up to its total: read, start, unpack the weights (the
    // SHA-256 runs beside the start, off the JS thread, and reports no progress of its own).
    const stages = new Map<string, { loaded: number[]; total: number }>();
    const engine = createNodeEngine();
    await engine.load(fsFileSource(dir), {
      backend: 'wasm',
      verifyHashes: true,
      onProgress: (p) => {
        const entry = stages.get(p.stage) ?? { loaded: [], total: 0 };
        entry.loaded.push(p.loaded);
        entry.total = p.total;
        stages.set(p.stage, entry);
      },
    });
    const unpacked = engine.info?.variant !== 'q4';
    expect([...stages.keys()]).toEqual(['reading', 'starting', ...(unpacked ? ['unpacking'] : [])]);
    expect(stages.get('starting')).toEqual({ loaded: [0], total: 0 });
    for (const { loaded, total } of stages.values()) {
      expect(loaded.at(-1)).toBe(total);
      expect([...loaded].sort((a, b) => a - b)).toEqual(loaded);
    }
    // Where the time went: every stage measured, the unpacking inside the start.
    const t = engine.info?.timings;
    expect(t?.readMs).toBeGreaterThan(0);
    expect(t?.checkMs).toBeGreaterThan(0);
    expect(t?.startMs).toBeGreaterThan(0);
    if (unpacked) {
      expect(t?.unpackMs).toBeGreaterThan(0);
      expect(t!.runtimeMs! + t!.unpackMs).toBeLessThanOrEqual(t!.startMs);
    }
    await engine.unload();
  });

  it('generate before load is not-loaded', async () => {
    const e = await rejection(createNodeEngine().generate([{ role: 'user', content: 'hi' }]));
    expect(e.type).toBe('not-loaded');
  });
});

describe.skipIf(skip !== null)("the manifest's no-repeat rule", () => {
  const dir = skip ? '' : packageDir(TEST_MODEL_ID);
  /** The tiny package with `sampling.noRepeatNgram` set (its manifest read as the app reads it). */
  const withRule = (size: number | null): FileSource => {
    const real = fsFileSource(dir);
    return {
      location: dir,
      read: async (path, o) => {
        const data = await real.read(path, o);
        if (path !== 'manifest.json' || size === null) return data;
        const manifest = JSON.parse(new TextDecoder().decode(data)) as { sampling: Record<string, unknown> };
        manifest.sampling['noRepeatNgram'] = size;
        return new TextEncoder().encode(JSON.stringify(manifest));
      },
    };
  };
  const answer = async (size: number | null) => {
    const engine = createNodeEngine({ platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1, hostName: 'Node' } });
    await engine.load(withRule(size), { backend: 'wasm' });
    try {
      const chat: ChatMessage[] = [{ role: 'user', content: 'How long should I rest?' }];
      return (await engine.generate(chat, { temperature: 0, maxNewTokens: 40, repetitionPenalty: 1 })).tokenIds;
    } finally {
      await engine.unload();
    }
  };
  const repeatsABigram = (ids: number[]) => new Set(ids.slice(1).map((id, i) => `${ids[i]} ${id}`)).size < ids.length - 1;

  it('the engine decodes with it when the package sets it', async () => {
    // The random tiny model loops; with a rule of 2 no two-token run comes twice.
    expect(repeatsABigram(await answer(null))).toBe(true);
    expect(repeatsABigram(await answer(2))).toBe(false);
  });
});

describe.skipIf(skip !== null)('short answers', () => {
  const dir = skip ? '' : packageDir(TEST_MODEL_ID);
  /** The tiny package with room for four passages (its own slot holds two). */
  const roomy: FileSource = {
    location: dir,
    read: async (path, o) => {
      const data = await fsFileSource(dir).read(path, o);
      if (path !== 'manifest.json') return data;
      const manifest = JSON.parse(new TextDecoder().decode(data)) as { prompt: { context: Record<string, unknown> } };
      Object.assign(manifest.prompt.context, { maxPassages: 4, maxTokens: 200 });
      return new TextEncoder().encode(JSON.stringify(manifest));
    },
  };

  it('quote two of the passages given, where the full rule quotes more', async () => {
    const engine = createNodeEngine({ platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1, hostName: 'Node' } });
    await engine.load(roomy, { backend: 'wasm' });
    try {
      const chat: ChatMessage[] = [{ role: 'user', content: 'How should I recover after a hard week?' }];
      const texts = ['Sleep at least 7 hours.', 'Eat enough carbohydrate.', 'Take an easier day.', 'Walk on rest days.'];
      const notes = texts.map((text, i) => ({ id: `n${i}`, title: `Note ${i}`, text, source: null, score: 10 - i }));
      const passagesIn = (text: string) => texts.filter((t) => text.includes(t)).length;
      for (const options of [{ temperature: 0 }, { temperature: 1, seed: 5 }]) {
        const full = await engine.generate(chat, { ...options, maxNewTokens: 80, stopStrings: [] }, {}, notes);
        const short = await engine.generate(chat, { ...options, maxNewTokens: 80, stopStrings: [], shortAnswers: true }, {}, notes);
        expect(full.notes).toHaveLength(4);
        expect(passagesIn(full.text), full.text).toBe(4);
        expect(passagesIn(short.text), short.text).toBe(2);
        expect(short.stats.stopReason).toBe('eos');
      }
    } finally {
      await engine.unload();
    }
  });
});
