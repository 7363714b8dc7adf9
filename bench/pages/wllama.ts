/**
 * Bench page: wllama 3.13 (llama.cpp compiled to WASM) on a GGUF, the "GGUF approach" in the same
 * browser. wllama runs llama.cpp in its own worker; its wasm comes from our origin (/wllama/), and
 * compat mode (which would fetch another build from a CDN) is switched off.
 */
import { Wllama } from '@wllama/wllama';
import { exposePage } from './shared/page';
import { runChatSession } from './shared/chat-session';
import { streamMetrics, wllamaContextSize, type ChatRequest, type RunConfig } from './shared/protocol';

const quiet = { debug: () => {}, log: () => {}, warn: console.warn, error: console.error };
let wllama: Wllama | null = null;
let promptText = '';

interface Chunk {
  choices: { text: string }[];
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
  timings?: Record<string, number>;
}

exposePage({
  async load(config: RunConfig) {
    if (!config.gguf) throw new Error('wllama needs config.gguf');
    wllama = new Wllama({ default: '/wllama/wllama.wasm' }, { suppressNativeLog: true, logger: quiet });
    wllama.setCompat(null);
    promptText = config.promptText;
    const url = new URL(`/models/${config.modelId}/${config.gguf}`, location.href).href;
    const nCtx = wllamaContextSize(config.contextTokens);
    const t0 = performance.now();
    await wllama.loadModelFromUrl(url, {
      useCache: true,
      n_ctx: nCtx,
      n_parallel: 1,
      n_threads: config.threads,
      n_gpu_layers: config.backend === 'webgpu' ? 999 : 0,
    });
    return {
      runner: 'wllama',
      loadMs: performance.now() - t0,
      info: {
        backend: config.backend,
        threads: wllama.getNumThreads(),
        multithread: wllama.isMultithread(),
        gguf: config.gguf,
        libllama: Wllama.getLibllamaVersion(),
        nCtx,
        crossOriginIsolated,
      },
    };
  },
  async generate(tokens: number) {
    if (!wllama) throw new Error('load first');
    const times: number[] = [];
    let text = '';
    let last: Chunk = { choices: [] };
    const start = performance.now();
    await wllama.createCompletion({
      prompt: promptText,
      max_tokens: tokens,
      temperature: 0,
      top_k: 1,
      ignore_eos: true,
      // Without this a repeated prompt would come from the prompt cache (no prefill at all).
      cache_prompt: false,
      stream: true,
      onData: (chunk: Chunk) => {
        const piece = chunk.choices[0]?.text ?? '';
        if (piece.length > 0) times.push(performance.now());
        text += piece;
        last = chunk;
      },
    } as unknown as Parameters<Wllama['createCompletion']>[0] & { stream: true; onData: (c: unknown) => void });
    const t = last.timings ?? {};
    return {
      ...streamMetrics(start, times),
      newTokens: last.usage?.completion_tokens ?? times.length,
      promptTokens: last.usage?.prompt_tokens ?? t['prompt_n'] ?? 0,
      tokenIds: null,
      text,
      internal: {
        streamedChunks: times.length,
        promptMs: t['prompt_ms'] ?? null,
        promptN: t['prompt_n'] ?? null,
        cacheN: t['cache_n'] ?? null,
        predictedN: t['predicted_n'] ?? null,
        predictedPerSecond: t['predicted_per_second'] ?? null,
      },
    };
  },
  // llama.cpp's own chat path (the GGUF's template), greedy; the history's KV cache is reused
  // between turns (cache_prompt), as a chat app on wllama would do.
  chat(request: ChatRequest) {
    const w = wllama;
    if (!w) throw new Error('load first');
    return runChatSession(request, async (messages, maxNewTokens) => {
      const start = performance.now();
      let first: number | null = null;
      let text = '';
      let last: Chunk = { choices: [] };
      await w.createChatCompletion({
        messages: [...(request.system ? [{ role: 'system' as const, content: request.system }] : []), ...messages],
        max_tokens: maxNewTokens,
        temperature: 0,
        top_k: 1,
        cache_prompt: true,
        stream: true,
        onData: (chunk: unknown) => {
          const c = chunk as { choices: { delta?: { content?: string | null } }[]; usage?: Chunk['usage'] };
          const piece = c.choices[0]?.delta?.content ?? '';
          if (piece.length > 0) first ??= performance.now();
          text += piece;
          if (c.usage) last = { choices: [], usage: c.usage };
        },
      } as unknown as Parameters<Wllama['createChatCompletion']>[0] & { stream: true; onData: (c: unknown) => void });
      return {
        promptTokens: last.usage?.prompt_tokens ?? null,
        newTokens: last.usage?.completion_tokens ?? 0,
        ttftMs: first === null ? null : first - start,
        text,
      };
    });
  },
});
