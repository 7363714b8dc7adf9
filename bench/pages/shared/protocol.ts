/**
 * What the harness (bench/run.mjs, through Playwright) asks a bench page to do, and what the page
 * answers. Each page exposes `window.__bench` with `load(config)` then `generate(tokens)` (called
 * twice: a short warm-up answer, then the measured one), so the harness can read the browser's
 * CPU time around the measured answer alone. The runtimes run inside a worker (ours and
 * Transformers.js in a dedicated worker of the page, wllama in its own), as in the app.
 */

export type RunnerName = 'onnx-engine' | 'transformers-js' | 'wllama';

export interface RunConfig {
  /** Model folder under /models/ (a package with manifest.json, or a folder holding a .gguf). */
  modelId: string;
  /** Our engine: variant name in the manifest (default: the manifest's choice for the backend). */
  variant?: string | undefined;
  /** Transformers.js: its dtype, which names the file (fp32: model.onnx, q8: model_quantized.onnx, q4: model_q4.onnx). */
  dtype?: string | undefined;
  /** wllama: file name of the GGUF inside the model folder. */
  gguf?: string | undefined;
  backend: 'wasm' | 'webgpu';
  threads: number;
  /** Our engine on the CPU: 'asyncify' starts the WebGPU entry's own build, as the app did before December 2 (default: the plain build, as the app). */
  ortBuild?: 'plain' | 'asyncify' | undefined;
  /** The same token ids for every runner (built once by the harness with the package tokenizer). */
  promptIds: number[];
  /** The same prompt as text, for wllama (whose API takes text; the harness checks its token count). */
  promptText: string;
  /** Tokens the longest answer of this cell needs (prompt + new tokens, or a whole chat): sizes wllama's context. */
  contextTokens?: number | undefined;
}

/** One answer of a chat session (`BenchPage.chat`): what was asked and what it cost. */
export interface ChatTurn {
  /** Tokens of the whole prompt this answer was given (history included), where the runner says. */
  promptTokens: number | null;
  newTokens: number;
  ttftMs: number | null;
  ms: number;
  text: string;
}

/** A multi-turn chat in one loaded model: each question is asked with every earlier turn. */
export interface ChatRequest {
  questions: string[];
  maxNewTokens: number;
  /** The manifest's system prompt, for runners that do not read our manifest (wllama). */
  system?: string | undefined;
}

export interface LoadResult {
  runner: RunnerName;
  /** ms from the start of loading (runtime start included) to a model ready to generate. */
  loadMs: number;
  /** What actually ran (backend, threads, versions, adapter, cache hits). */
  info: Record<string, string | number | boolean | null>;
}

export interface GenerateResult {
  /** ms from the generate call to the first new token, measured around the runner's public API. */
  ttftMs: number | null;
  /** (new tokens - 1) / (time of last token - time of first token). */
  decodeTokPerS: number | null;
  newTokens: number;
  promptTokens: number;
  /** Generated ids where the API gives them (wllama: null), and the text where it gives it. */
  tokenIds: number[] | null;
  text: string | null;
  /** Per decode step ms (token i - token i-1), for spread and plots. */
  stepMs: number[];
  /** The runner's own timing where it has one (our session.run ms, wllama's server timings). */
  internal: Record<string, number | string | null>;
}

export interface BenchPage {
  ready: true;
  crossOriginIsolated: boolean;
  load(config: RunConfig): Promise<LoadResult>;
  /** Greedy, exactly `tokens` new tokens (end of sequence ignored), from the config's prompt. */
  generate(tokens: number): Promise<GenerateResult>;
  /** performance.measureUserAgentSpecificMemory() where the browser answers it, else null. */
  memory(): Promise<number | null>;
  /** A chat of `questions.length` greedy answers, history included, as the app asks them. */
  chat?(request: ChatRequest): Promise<ChatTurn[]>;
}

/** wllama's context size for a run: 512 (the size every short cell used), else the next power of two that holds it. */
export function wllamaContextSize(contextTokens: number | undefined): number {
  let n = 512;
  while (n < (contextTokens ?? 0)) n *= 2;
  return n;
}

/** Summary of a token stream: timestamps (performance.now()) of each new token after `start`. */
export function streamMetrics(start: number, tokenTimes: readonly number[]): Pick<GenerateResult, 'ttftMs' | 'decodeTokPerS' | 'stepMs'> {
  const n = tokenTimes.length;
  const first = tokenTimes[0];
  const last = tokenTimes[n - 1];
  if (first === undefined || last === undefined) return { ttftMs: null, decodeTokPerS: null, stepMs: [] };
  const stepMs: number[] = [];
  for (let i = 1; i < n; i++) stepMs.push((tokenTimes[i] as number) - (tokenTimes[i - 1] as number));
  return {
    ttftMs: first - start,
    decodeTokPerS: n > 1 && last > first ? ((n - 1) * 1000) / (last - first) : null,
    stepMs,
  };
}
