/**
 * Our engine (src/engine, the code the app's worker runs) in a dedicated worker: load the package
 * from Cache Storage (else the network), then answers of exactly N greedy tokens from the
 * harness's prompt ids (no stop rules), timed around the engine's public API.
 */
import * as ort from 'onnxruntime-web';
import { Engine, ortFilesAt } from '../../src/engine';
import { runChatSession } from './shared/chat-session';
import { cachedFileSource } from './shared/cached-source';
import { serveWorker } from './shared/page';
import { streamMetrics, type ChatRequest, type RunConfig } from './shared/protocol';

declare const __BENCH_ORT_ENTRY__: string;

let engine: Engine | null = null;
let prompt: number[] = [];

serveWorker({
  async load(config: RunConfig) {
    const gpu = (navigator as unknown as { gpu?: unknown }).gpu;
    engine = new Engine({
      platform: {
        gpu: gpu as never,
        crossOriginIsolated,
        hardwareConcurrency: navigator.hardwareConcurrency,
        wasmThreads: config.threads,
      },
      // As the app: the CPU backend starts onnxruntime's plain WASM build, WebGPU its asyncify build.
      ortSetup: config.ortBuild === 'asyncify' ? { wasmPaths: '/ort/' } : ortFilesAt('/ort/'),
    });
    prompt = config.promptIds;
    const source = cachedFileSource(`/models/${config.modelId}/`, 'bench-onnx-engine', (m) => {
      const backends = m['backends'] as Record<string, string>;
      if (config.variant) backends[config.backend] = config.variant;
    });
    const t0 = performance.now();
    // A named variant is loaded as it is (no float32-from-q4 unpacking unless it names that).
    const info = await engine.load(source, { backend: config.backend, ...(config.variant ? { wasmVariant: config.variant } : {}) });
    return {
      runner: 'onnx-engine',
      loadMs: performance.now() - t0,
      info: {
        backend: info.backend,
        threads: info.threads,
        variant: info.variant,
        reason: info.reason,
        ort: ort.env.versions?.web ?? null,
        ortEntry: __BENCH_ORT_ENTRY__,
        cacheHits: source.hits,
        cacheMisses: source.misses,
        readMs: Math.round(source.readMs),
        crossOriginIsolated,
      },
    };
  },
  async generate(tokens: number) {
    if (!engine) throw new Error('load first');
    const times: number[] = [];
    const start = performance.now();
    const r = await engine.generateFromIds(prompt, { maxNewTokens: tokens }, { onToken: () => times.push(performance.now()) });
    const runMs = r.timings.runMs;
    const stepMs = r.timings.stepMs;
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    return {
      ...streamMetrics(start, times),
      newTokens: r.tokenIds.length,
      promptTokens: prompt.length,
      tokenIds: r.tokenIds,
      text: r.text,
      internal: {
        prefillRunMs: r.timings.prefillRunMs,
        meanDecodeRunMs: mean(runMs),
        // Step time outside session.run: sampling, text streaming, feeds, the event-loop yield.
        meanJsOverheadMs: runMs.length ? (mean(stepMs) as number) - (mean(runMs) as number) : null,
        engineTtftMs: r.stats.timeToFirstTokenMs,
        engineDecodeTokPerS: r.stats.decodeTokensPerSecond,
      },
    };
  },
  // The app's path: Engine.generate on the message list (system prompt, template, stop rules), greedy.
  chat(request: ChatRequest) {
    const e = engine;
    if (!e) throw new Error('load first');
    return runChatSession(request, async (messages, maxNewTokens) => {
      const start = performance.now();
      let first: number | null = null;
      const r = await e.generate(messages, { maxNewTokens, temperature: 0 }, { onToken: () => (first ??= performance.now()) });
      return { promptTokens: r.promptIds.length, newTokens: r.tokenIds.length, ttftMs: first === null ? null : first - start, text: r.text };
    });
  },
});
