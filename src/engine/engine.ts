/**
 * The engine: load a package, generate answers, unload. One generation at a time: a generate
 * (or load) that arrives while one runs is refused with 'busy'; unload stops a running one.
 */
import * as ortWeb from 'onnxruntime-web';
import { EngineError } from '../shared/errors';
import { maxAnswerTokens, type ModelManifest } from '../shared/manifest';
import { parseModelJson } from '../shared/parse-manifest';
import type {
  BackendChoice,
  BackendInfo,
  ChatMessage,
  CpuMode,
  GenerateOptions,
  GenerationStats,
  LoadedInfo,
  LoadTimings,
} from '../shared/protocol';
import {
  chooseBackend,
  configureOrt,
  startedWithoutWebGpu,
  wasmAfterWebGpuFailure,
  type OrtRuntime,
  type OrtSetup,
  type Platform,
} from './backend';
import { createSession, Decoder, type SessionInit } from './decoder';
import { runLoop, type LoopParams, type LoopTimings, type TokenCallback } from './generate';
import {
  hashPackageFiles,
  readManifest,
  readPackageFiles,
  variantFiles,
  type FileSource,
  type PackageProgress,
} from './package-source';
import { withNotes } from './notes';
import { fitPrompt, MIN_ANSWER_TOKENS, prepareMessages, type FittedPrompt } from './prompt';
import { QuoteConstraint, quotable, quotesNotes } from './quoting';
import type { Source } from '../knowledge/passage';
import { TextTokenizer } from './tokenizer';
import { createUnpackedSession, filesOfVariant } from './unpacked-session';
import { startWasmRuntime } from './runtime-start';
import { chooseUnpacked, computeSentence } from './cpu-mode';

export interface EngineOptions {
  platform: Platform;
  /** onnxruntime module; onnxruntime-web unless a bench passes onnxruntime-node. */
  runtime?: OrtRuntime | undefined;
  ortSetup?: OrtSetup | undefined;
  /** Session overrides (bench: executionProviders ['cpu'] for onnxruntime-node). */
  session?: Pick<SessionInit, 'executionProviders' | 'intraOpNumThreads'> | undefined;
}

export interface LoadOptions {
  backend?: BackendChoice | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: PackageProgress) => void) | undefined;
  /** Compare every file's SHA-256 with the manifest too (the size is always compared). */
  verifyHashes?: boolean | undefined;
  /**
   * The variant WASM loads. 'auto' (default): the package's float32-from-q4 variant when it has
   * one, falling back to backends.wasm (the reason says why); a variant name: that one, no fallback.
   */
  wasmVariant?: 'auto' | (string & {}) | undefined;
  /** The user's CPU mode (Settings); used when wasmVariant is 'auto' or absent. */
  cpuMode?: CpuMode | undefined;
  /** Keep at most this many tokens (prompt + answer), below the model's context: bounds the KV cache's memory. */
  contextTokens?: number | undefined;
}

export interface GenerateCallbacks {
  onToken?: TokenCallback | undefined;
  /** Ends the generation within one decode step; it then resolves with stopReason 'aborted'. */
  signal?: AbortSignal | undefined;
  /** Before the first token: the notes the prompt holds (null: asked without notes). */
  onNotes?: ((kept: Source[] | null) => void) | undefined;
}

export interface GenerationResult {
  /** The answer as shown: the concatenation of every streamed delta. */
  text: string;
  /** Every token chosen, the one that stopped the answer included. */
  tokenIds: number[];
  stats: GenerationStats;
  promptIds: number[];
  /** Per-step timings for benchmarks. */
  timings: LoopTimings;
  /** The notes the prompt held (null: asked without notes). */
  notes: Source[] | null;
}

/** Options with the manifest's defaults filled in and checked. */
export type ResolvedOptions = Omit<LoopParams, 'contextLength'>;

interface Loaded {
  info: LoadedInfo;
  manifest: ModelManifest;
  tokenizer: TextTokenizer;
  decoder: Decoder;
}

export class Engine {
  readonly #runtime: OrtRuntime;
  readonly #options: EngineOptions;
  #loaded: Loaded | null = null;
  #running: { controller: AbortController; done: Promise<unknown> } | null = null;
  #loading = false;

  constructor(options: EngineOptions) {
    this.#options = options;
    this.#runtime = options.runtime ?? ortWeb;
  }

  get info(): LoadedInfo | null {
    return this.#loaded?.info ?? null;
  }

  /** The loaded tokenizer (tests, CLI). */
  get tokenizer(): TextTokenizer {
    return this.#require().tokenizer;
  }

  get manifest(): ModelManifest {
    return this.#require().manifest;
  }

  get busy(): boolean {
    return this.#running !== null || this.#loading;
  }

  /** Loads (or replaces) the model. Reports progress over the bytes it reads. */
  async load(source: FileSource, options: LoadOptions = {}): Promise<LoadedInfo> {
    if (this.busy) throw busyError();
    this.#loading = true;
    const loadBegan = performance.now();
    try {
      await this.#release();
      const manifest = withContext(await readManifest(source, options.signal), options.contextTokens);
      const platform = this.#options.platform;
      const choice = options.backend ?? 'auto';
      let backend = await chooseBackend(choice, platform);
      if (backend.backend === 'webgpu' && startedWithoutWebGpu(this.#runtime)) {
        // The page starts a fresh worker when the backend setting changes; this is 'auto' finding
        // WebGPU only after an earlier load here had started onnxruntime's CPU build.
        const why = 'this model worker had already started onnxruntime for the CPU; reload the page to use WebGPU';
        if (choice === 'webgpu') throw new EngineError('backend-unavailable', `WebGPU cannot start here: ${why}.`);
        backend = wasmAfterWebGpuFailure(platform, new Error(why));
      }
      const threads = configureOrt(this.#runtime, backend.threads, this.#options.ortSetup, backend.backend);
      backend = withThreads(backend, threads);
      // onnxruntime-web's WASM starts while the files are read and hashed; the model's session waits for both.
      const runtimeStarted =
        this.#runtime === ortWeb && backend.backend === 'wasm' && !this.#options.session ? startWasmRuntime(this.#runtime) : null;

      const timings: LoadTimings = {
        prepareMs: performance.now() - loadBegan,
        readMs: 0,
        checkMs: 0,
        tokenizerMs: 0,
        startMs: 0,
        runtimeMs: null,
        runtimeWaitMs: null,
        unpackMs: 0,
      };
      // SHA-256 runs beside the session start (off the JS thread); the model runs only after it passed.
      let hashing: Promise<void> = Promise.resolve();
      const read = async (names: readonly string[]) => {
        const paths = [...new Set(names.flatMap((name) => filesOfVariant(manifest, name)))];
        const files = await readPackageFiles(source, manifest, [...paths, 'tokenizer.json', 'tokenizer_config.json'], options, timings);
        if (options.verifyHashes) {
          hashing = hashPackageFiles(files, manifest, options.signal, timings);
          hashing.catch(() => {}); // awaited below, after the session start
        }
        return files;
      };
      // On WASM: a graph unpacked from the q4 download (float32, or int8 to save memory) when the package has one.
      const wasmPlan = (): { first: string; fallback: string | null } => {
        const asked = options.wasmVariant ?? 'auto';
        if (asked !== 'auto') return { first: asked, fallback: null };
        if (options.cpuMode === 'q4') return { first: manifest.backends.wasm, fallback: null };
        // The unpacking relies on onnxruntime-web internals (weights-from-q4.ts): not for other runtimes.
        const unpacked = this.#runtime === ortWeb ? chooseUnpacked(manifest, platform, options.cpuMode) : null;
        return unpacked ? { first: unpacked, fallback: manifest.backends.wasm } : { first: manifest.backends.wasm, fallback: null };
      };
      const planned = backend.backend === 'wasm' ? wasmPlan() : null;
      let variant = planned?.first ?? manifest.backends[backend.backend];
      let data = await read(planned?.fallback ? [variant, planned.fallback] : [variant]);
      const tokenizerBegan = performance.now();
      const tokenizer = new TextTokenizer(
        parseModelJson('tokenizer.json', new TextDecoder().decode(data.get('tokenizer.json'))),
        parseModelJson('tokenizer_config.json', new TextDecoder().decode(data.get('tokenizer_config.json'))),
      );
      timings.tokenizerMs = performance.now() - tokenizerBegan;

      const start = async (b: BackendInfo, name: string): Promise<Decoder> => {
        const init: SessionInit = { backend: b.backend, ...this.#options.session };
        const began = performance.now();
        options.onProgress?.({ stage: 'starting', file: manifest.variants[name]?.file ?? name, loaded: 0, total: 0 });
        try {
          if (b.backend === 'wasm' && runtimeStarted) {
            await runtimeStarted;
            timings.runtimeWaitMs ??= performance.now() - began;
          }
          if (manifest.variants[name]?.unpackFrom) {
            const onUnpack = (p: PackageProgress) => {
              timings.runtimeMs ??= performance.now() - began;
              options.onProgress?.(p);
            };
            const unpacked = await createUnpackedSession(this.#runtime, manifest, name, data, init, onUnpack);
            timings.unpackMs = unpacked.unpackMs;
            return new Decoder(this.#runtime, unpacked.session, manifest, b.backend);
          }
          const files = variantFiles(manifest, name);
          const externalData = files.externalData.map((p) => ({
            path: p.slice(p.lastIndexOf('/') + 1),
            data: data.get(p) as Uint8Array,
          }));
          const shapes = manifest.variants[name]?.shapes;
          const model = withShapes(data.get(files.onnx) as Uint8Array, shapes ? data.get(shapes) : undefined);
          const session = await createSession(this.#runtime, manifest, model, {
            ...init,
            externalData,
            optimized: manifest.variants[name]?.optimized === true,
          });
          return new Decoder(this.#runtime, session, manifest, b.backend);
        } finally {
          timings.startMs += performance.now() - began;
        }
      };
      /** WASM: the planned variant, else (under 'auto') the downloaded one, saying why. */
      const startWasm = async (b: BackendInfo, plan: { first: string; fallback: string | null }) => {
        const first = manifest.variants[plan.first];
        try {
          const decoder = await start(b, plan.first);
          const note = first?.unpackFrom ? ` ${computeSentence(first, platform, options.cpuMode)}` : '';
          return { decoder, variant: plan.first, backend: { ...b, reason: b.reason + note } };
        } catch (e) {
          const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
          if (!plan.fallback || !first?.unpackFrom) {
            if (e instanceof EngineError) throw e;
            throw new EngineError('model-corrupt', `The model could not be unpacked for the CPU: ${detail}.`);
          }
          console.warn(`Pocket Coach: ${plan.first} could not start (${detail}); loading ${plan.fallback}.`);
          const mode = first.quantization === 'int8' ? 'int8 memory saver' : 'faster float32 mode';
          const note = ` The ${mode} could not start (${detail}), so the ${plan.fallback} model runs as downloaded.`;
          return { decoder: await start(b, plan.fallback), variant: plan.fallback, backend: { ...b, reason: b.reason + note } };
        }
      };
      let decoder: Decoder;
      try {
        if (planned) {
          ({ decoder, variant, backend } = await startWasm(backend, planned));
        } else {
          try {
            decoder = await start(backend, variant);
          } catch (e) {
            if (backend.backend !== 'webgpu') throw e;
            if (choice === 'webgpu') {
              const detail = e instanceof Error ? e.message : String(e);
              throw new EngineError('backend-unavailable', `WebGPU could not start the model (${detail}). Choose "Automatic" or "WebAssembly" in the settings.`);
            }
            backend = withThreads(wasmAfterWebGpuFailure(platform, e), threads);
            const plan = wasmPlan();
            data = await read(plan.fallback ? [plan.first, plan.fallback] : [plan.first]);
            ({ decoder, variant, backend } = await startWasm(backend, plan));
          }
        }
      } catch (e) {
        await hashing; // a file that fails its SHA-256 explains a failed start better than onnxruntime can
        throw e;
      }
      try {
        await hashing;
      } catch (e) {
        await decoder.release();
        throw e;
      }
      if (options.signal?.aborted) {
        await decoder.release();
        options.signal.throwIfAborted();
      }
      const info: LoadedInfo = {
        ...backend,
        modelId: manifest.id,
        modelName: manifest.name,
        variant,
        timings,
      };
      this.#loaded = { info, manifest, tokenizer, decoder };
      return info;
    } finally {
      this.#loading = false;
    }
  }

  /** The prompt ids for a chat, trimmed to fit (see prompt.ts). */
  preparePrompt(messages: readonly ChatMessage[], options: GenerateOptions = {}): FittedPrompt {
    const { manifest, tokenizer } = this.#require();
    return fitPrompt(tokenizer, manifest, messages, this.resolveOptions(options).maxNewTokens);
  }

  /**
   * Answers the last user message of a chat, streaming through `onToken`. With `notes` (best
   * first) and a package that has a context slot, the question is asked with the notes that fit.
   */
  async generate(
    messages: readonly ChatMessage[],
    options: GenerateOptions = {},
    callbacks: GenerateCallbacks = {},
    notes: readonly Source[] | null = null,
  ): Promise<GenerationResult> {
    const startedAt = performance.now();
    if (this.busy) throw busyError();
    const { manifest, tokenizer } = this.#require();
    const resolved = this.resolveOptions(options);
    prepareMessages(manifest, messages);
    const grounded = withNotes(manifest, tokenizer, messages, notes);
    // Old turns are dropped as if the notes filled their slot: a question with fewer notes keeps the same start.
    const fitted = fitPrompt(tokenizer, manifest, grounded.messages, resolved.maxNewTokens, grounded.spare);
    callbacks.onNotes?.(grounded.kept);
    const given = quotable(manifest.prompt.context, grounded.kept);
    const stops = [manifest.tokens.eos, ...manifest.stop.tokenIds];
    const quote = quotesNotes(options, given) ? QuoteConstraint.of((t) => tokenizer.encodePlain(t), given, stops, resolved.answerPrefix, options.shortAnswers === true) : null;
    const budget = { ...resolved, maxNewTokens: fitted.maxNewTokens, quote };
    const result = await this.#run(fitted.ids, budget, callbacks, startedAt, fitted.droppedMessages);
    return { ...result, notes: grounded.kept };
  }

  /** Generates from raw prompt ids with exactly these settings (no manifest stop rules): tests, references. */
  async generateFromIds(
    promptIds: readonly number[],
    options: Partial<ResolvedOptions> & { maxNewTokens: number },
    callbacks: GenerateCallbacks = {},
  ): Promise<GenerationResult> {
    const startedAt = performance.now();
    if (this.busy) throw busyError();
    const { manifest } = this.#require();
    if (promptIds.length + options.maxNewTokens > manifest.shape.contextLength) {
      throw new EngineError('prompt-too-long', 'The prompt and answer do not fit the context.');
    }
    const resolved: ResolvedOptions = {
      temperature: 0,
      topK: 0,
      topP: 1,
      repetitionPenalty: 1,
      noRepeatNgram: 0,
      seed: 0,
      eosId: null,
      stopTokenIds: [],
      stopStrings: [],
      answerPrefix: '',
      ...options,
    };
    return this.#run([...promptIds], resolved, callbacks, startedAt, 0);
  }

  async #run(
    promptIds: number[],
    resolved: ResolvedOptions,
    callbacks: GenerateCallbacks,
    startedAt: number,
    droppedMessages: number,
  ): Promise<GenerationResult> {
    const loaded = this.#require();
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    callbacks.signal?.addEventListener('abort', onAbort, { once: true });
    if (callbacks.signal?.aborted) controller.abort();
    const done = runLoop(
      loaded.decoder,
      loaded.tokenizer,
      promptIds,
      { ...resolved, contextLength: loaded.manifest.shape.contextLength },
      callbacks.onToken,
      controller.signal,
    );
    this.#running = { controller, done: done.catch(() => undefined) };
    try {
      const r = await done;
      const t = r.timings;
      const newTokens = r.tokenIds.length;
      const decodeMs = t.lastTokenAt - t.firstTokenAt;
      const stats: GenerationStats = {
        promptTokens: promptIds.length,
        reusedPromptTokens: t.reusedPromptTokens,
        newTokens,
        timeToFirstTokenMs: newTokens > 0 ? t.firstTokenAt - startedAt : 0,
        decodeTokensPerSecond: newTokens > 1 && decodeMs > 0 ? ((newTokens - 1) * 1000) / decodeMs : 0,
        totalMs: performance.now() - startedAt,
        backend: loaded.info.backend,
        threads: loaded.info.threads,
        stopReason: r.stopReason,
        droppedMessages,
      };
      return { text: r.text, tokenIds: r.tokenIds, stats, promptIds, timings: t, notes: null };
    } finally {
      callbacks.signal?.removeEventListener('abort', onAbort);
      this.#running = null;
    }
  }

  /** Fills in the manifest's sampling defaults and checks the values. */
  resolveOptions(options: GenerateOptions): ResolvedOptions {
    const { manifest } = this.#require();
    const d = manifest.sampling;
    const o: ResolvedOptions = {
      temperature: options.temperature ?? d.temperature,
      topK: options.topK ?? d.topK,
      topP: options.topP ?? d.topP,
      repetitionPenalty: options.repetitionPenalty ?? d.repetitionPenalty,
      noRepeatNgram: d.noRepeatNgram ?? 0,
      maxNewTokens: options.maxNewTokens ?? d.maxNewTokens,
      seed: (options.seed ?? Math.floor(Math.random() * 2 ** 32)) >>> 0,
      eosId: manifest.tokens.eos,
      stopTokenIds: manifest.stop.tokenIds,
      stopStrings: [...manifest.stop.strings, ...(options.stopStrings ?? [])],
      answerPrefix: manifest.prompt.kind === 'plain' ? manifest.prompt.answerPrefix : '',
    };
    const context = manifest.shape.contextLength;
    const problems: string[] = [];
    if (!(o.temperature >= 0 && o.temperature <= 10)) problems.push('temperature must be between 0 and 10');
    if (!(Number.isInteger(o.topK) && o.topK >= 0)) problems.push('top-k must be a whole number, 0 or more');
    if (!(o.topP > 0 && o.topP <= 1)) problems.push('top-p must be above 0 and at most 1');
    if (!(o.repetitionPenalty > 0 && o.repetitionPenalty <= 10)) problems.push('repetition penalty must be above 0');
    if (!(Number.isInteger(o.maxNewTokens) && o.maxNewTokens >= 1 && o.maxNewTokens <= maxAnswerTokens(context))) {
      problems.push(`the answer length must be between 1 and ${maxAnswerTokens(context)} tokens`);
    }
    if (problems.length) throw new EngineError('invalid-input', `Check the settings: ${problems.join('; ')}.`);
    return o;
  }

  /** Stops a running generation (if any) and frees the model. */
  async unload(): Promise<void> {
    if (this.#running) {
      this.#running.controller.abort();
      await this.#running.done;
    }
    await this.#release();
  }

  async #release(): Promise<void> {
    const loaded = this.#loaded;
    this.#loaded = null;
    if (loaded) await loaded.decoder.release();
  }

  #require(): Loaded {
    if (!this.#loaded) throw new EngineError('not-loaded', 'The model is not loaded yet. Wait for it to load, then try again.');
    return this.#loaded;
  }
}

/** The manifest with its context cut to `tokens` when that is smaller (one place: prompt fitting, the loop and the checks read it). */
function withContext(manifest: ModelManifest, tokens: number | undefined): ModelManifest {
  if (tokens === undefined || !(tokens < manifest.shape.contextLength)) return manifest;
  if (!Number.isInteger(tokens) || tokens < 2 * MIN_ANSWER_TOKENS) {
    throw new EngineError('invalid-input', `A context of ${tokens} tokens is too small: keep at least ${2 * MIN_ANSWER_TOKENS}.`);
  }
  return { ...manifest, shape: { ...manifest.shape, contextLength: tokens } };
}

function busyError(): EngineError {
  return new EngineError('busy', 'The coach is still busy with the last request. Wait for it or stop it, then try again.');
}

function withThreads(b: BackendInfo, threads: number): BackendInfo {
  if (b.threads === threads) return b;
  return { ...b, threads, reason: `${b.reason} (onnxruntime had already started with ${threads} thread${threads === 1 ? '' : 's'}.)` };
}

/**
 * A downloaded graph with its shapes record appended (tools/fast_start.py: one more `graph` field
 * holding the value_info, which onnxruntime's parser merges into the graph), or the graph alone.
 */
export function withShapes(model: Uint8Array, shapes: Uint8Array | undefined): Uint8Array {
  if (!shapes?.byteLength) return model;
  const joined = new Uint8Array(model.byteLength + shapes.byteLength);
  joined.set(model);
  joined.set(shapes, model.byteLength);
  return joined;
}
