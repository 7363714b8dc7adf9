/**
 * One decoder step over an onnxruntime session with a KV cache. The `present.N.*` outputs of a
 * step are the `past_key_values.N.*` inputs of the next, passed on as the same tensor objects;
 * on WebGPU they stay in GPU buffers (preferredOutputLocation) and the replaced ones are disposed.
 * The cache knows the tokens it holds, so a prompt that starts like the last one (the same chat,
 * one turn on) is run only from where they part (`reuse`).
 */
import type { InferenceSession, Tensor } from 'onnxruntime-web';
import { EngineError } from '../shared/errors';
import type { Backend } from '../shared/protocol';
import type { ModelManifest } from '../shared/manifest';
import type { OrtRuntime } from './backend';

type KvType = 'float32' | 'float16';

/**
 * Most prompt tokens fed to one session.run. The graph returns logits for every position fed
 * ([n, vocab] float32: 196 KB per token at a 49k vocabulary) and builds attention scores of
 * [heads, n, past + n]; one pass over a long chat history grew the WASM heap (which never
 * shrinks) by hundreds of MB. In chunks, both stay bounded whatever the history's length.
 */
export const PREFILL_CHUNK = 128;

export interface SessionInit {
  backend: Backend;
  /** Execution providers; default from the backend (['webgpu'] or ['wasm']); ['cpu'] for onnxruntime-node. */
  executionProviders?: string[] | undefined;
  /** onnxruntime-node only: intra-op threads. */
  intraOpNumThreads?: number | undefined;
  /** External-data files of the ONNX: name as the graph refers to it -> bytes. */
  externalData?: { path: string; data: Uint8Array }[] | undefined;
  /** onnxruntime's CPU memory arena (its default, true, when absent). */
  enableCpuMemArena?: boolean | undefined;
  /** The graph is saved already optimized (manifest `optimized`): onnxruntime's graph optimization
   * stays off, which saves ~0.4-0.7 s of every session start on WASM. */
  optimized?: boolean | undefined;
}

export async function createSession(
  runtime: OrtRuntime,
  manifest: ModelManifest,
  model: Uint8Array,
  init: SessionInit,
): Promise<InferenceSession> {
  const layers = manifest.shape.numLayers;
  const options: InferenceSession.SessionOptions = {
    executionProviders: init.executionProviders ?? (init.backend === 'webgpu' ? ['webgpu'] : ['wasm']),
    graphOptimizationLevel: init.optimized ? 'disabled' : 'all',
    // 3 = errors only: at 2, WebGPU sessions print a "some nodes were not assigned to the preferred
    // execution providers" warning through console.error for the shape ops it leaves on the CPU,
    // by design, on every load.
    logSeverityLevel: 3,
  };
  if (init.intraOpNumThreads !== undefined) options.intraOpNumThreads = init.intraOpNumThreads;
  if (init.externalData?.length) options.externalData = init.externalData;
  if (init.enableCpuMemArena !== undefined) options.enableCpuMemArena = init.enableCpuMemArena;
  if (init.backend === 'webgpu') {
    const location: Record<string, 'gpu-buffer'> = {};
    for (let i = 0; i < layers; i++) {
      location[`present.${i}.key`] = 'gpu-buffer';
      location[`present.${i}.value`] = 'gpu-buffer';
    }
    options.preferredOutputLocation = location;
  }
  try {
    return await runtime.InferenceSession.create(model, options);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new EngineError('model-corrupt', `The model file could not be loaded by onnxruntime: ${detail}`);
  }
}

export class Decoder {
  readonly #runtime: OrtRuntime;
  readonly #session: InferenceSession;
  readonly #layers: number;
  readonly #kvHeads: number;
  readonly #headDim: number;
  readonly #vocab: number;
  readonly #kvType: KvType;
  readonly #usesPositionIds: boolean;
  readonly #usesAttentionMask: boolean;
  readonly #gpuCache: boolean;
  readonly #chunk: number;
  #past: Record<string, Tensor> = {};
  /** The token ids in the cache, in order: its length is the cache's. */
  #tokens: number[] = [];
  /** ms inside session.run for the last step. */
  lastRunMs = 0;

  constructor(runtime: OrtRuntime, session: InferenceSession, manifest: ModelManifest, backend: Backend, chunk = PREFILL_CHUNK) {
    this.#runtime = runtime;
    this.#chunk = Math.max(1, chunk);
    this.#session = session;
    const s = manifest.shape;
    this.#layers = s.numLayers;
    this.#kvHeads = s.numKvHeads;
    this.#headDim = s.headDim;
    this.#vocab = s.vocabSize;
    this.#gpuCache = backend === 'webgpu';
    const inputs = new Set(session.inputNames);
    const outputs = new Set(session.outputNames);
    const missing = ['input_ids', 'past_key_values.0.key', 'past_key_values.0.value']
      .concat(manifest.usesPositionIds ? ['position_ids'] : [])
      .filter((n) => !inputs.has(n));
    if (!outputs.has('logits') || !outputs.has('present.0.key')) missing.push('logits/present outputs');
    if (missing.length) {
      throw new EngineError('model-corrupt', `The model graph lacks the inputs or outputs ${missing.join(', ')}.`);
    }
    this.#usesPositionIds = inputs.has('position_ids');
    this.#usesAttentionMask = inputs.has('attention_mask');
    const meta = session.inputMetadata?.find((m) => m.name === 'past_key_values.0.key');
    this.#kvType = meta && meta.isTensor && meta.type === 'float16' ? 'float16' : 'float32';
    this.reset();
  }

  /** Empties the cache for a new sequence. */
  reset(): void {
    this.#disposePast();
    const dims = [1, this.#kvHeads, 0, this.#headDim];
    const empty = () =>
      this.#kvType === 'float16'
        ? new this.#runtime.Tensor('float16', new Uint16Array(0), dims)
        : new this.#runtime.Tensor('float32', new Float32Array(0), dims);
    this.#past = {};
    for (let i = 0; i < this.#layers; i++) {
      this.#past[`past_key_values.${i}.key`] = empty();
      this.#past[`past_key_values.${i}.value`] = empty();
    }
    this.#tokens = [];
  }

  /**
   * Keeps the part of the cache that `promptIds` starts with (at most all of the prompt but its
   * last token: the next step must run one to give logits), drops the rest, and returns how many
   * prompt tokens are already in the cache: step() the prompt from there. On WebGPU the cache
   * lives in GPU buffers that are not cut here: it starts empty (0).
   */
  reuse(promptIds: readonly number[]): number {
    if (this.#gpuCache) {
      this.reset();
      return 0;
    }
    const limit = Math.min(this.#tokens.length, promptIds.length - 1);
    let keep = 0;
    while (keep < limit && this.#tokens[keep] === promptIds[keep]) keep++;
    if (keep === 0) this.reset();
    else if (keep < this.#tokens.length) this.#truncate(keep);
    return keep;
  }

  /** Cuts every cached tensor [1, heads, length, dim] to its first `keep` positions. */
  #truncate(keep: number): void {
    const T = this.#runtime.Tensor;
    const length = this.#tokens.length;
    const heads = this.#kvHeads;
    const row = this.#headDim;
    for (const [name, t] of Object.entries(this.#past)) {
      const data = t.data as Float32Array | Uint16Array;
      const Typed = data.constructor as new (n: number) => Float32Array | Uint16Array;
      const cut = new Typed(heads * keep * row);
      for (let h = 0; h < heads; h++) cut.set(data.subarray(h * length * row, (h * length + keep) * row), h * keep * row);
      this.#past[name] = new T(t.type as 'float32', cut as Float32Array, [1, heads, keep, row]);
    }
    this.#tokens.length = keep;
  }

  /** Whether `reuse` can keep part of the cache (not on WebGPU): else the cache is freed after an answer. */
  get reusable(): boolean {
    return !this.#gpuCache;
  }

  /** Tokens in the cache. */
  get length(): number {
    return this.#tokens.length;
  }

  /**
   * Runs `tokens` at the next positions, at most PREFILL_CHUNK per session.run, and returns the
   * logits of the last one (a fresh Float32Array the caller may modify). Only that row leaves.
   */
  async step(tokens: readonly number[]): Promise<Float32Array> {
    if (tokens.length === 0) throw new EngineError('internal', 'A decoder step needs at least one token.');
    let row: Float32Array | null = null;
    let runMs = 0;
    for (let at = 0; at < tokens.length; at += this.#chunk) {
      row = await this.#run(tokens.slice(at, at + this.#chunk));
      runMs += this.lastRunMs;
    }
    this.lastRunMs = runMs;
    return row as Float32Array;
  }

  async #run(tokens: readonly number[]): Promise<Float32Array> {
    const n = tokens.length;
    const past = this.#tokens.length;
    const T = this.#runtime.Tensor;
    const feeds: Record<string, Tensor> = {
      ...this.#past,
      input_ids: new T('int64', BigInt64Array.from(tokens, (t) => BigInt(t)), [1, n]),
    };
    if (this.#usesAttentionMask) {
      feeds.attention_mask = new T('int64', new BigInt64Array(past + n).fill(1n), [1, past + n]);
    }
    if (this.#usesPositionIds) {
      feeds.position_ids = new T('int64', BigInt64Array.from({ length: n }, (_, i) => BigInt(past + i)), [1, n]);
    }
    const t0 = performance.now();
    const out = await this.#session.run(feeds);
    this.lastRunMs = performance.now() - t0;

    const logits = out.logits;
    if (!logits) throw new EngineError('internal', 'The model returned no logits.');
    const row = lastRow(logits, this.#vocab);
    logits.dispose();

    const previous = this.#past;
    this.#past = {};
    for (let i = 0; i < this.#layers; i++) {
      for (const kind of ['key', 'value'] as const) {
        const present = out[`present.${i}.${kind}`];
        if (!present) throw new EngineError('internal', `The model returned no present.${i}.${kind}.`);
        this.#past[`past_key_values.${i}.${kind}`] = present;
      }
    }
    if (this.#gpuCache) for (const t of Object.values(previous)) t.dispose();
    this.#tokens.push(...tokens);
    return row;
  }

  #disposePast(): void {
    if (this.#gpuCache) for (const t of Object.values(this.#past)) t.dispose();
    this.#past = {};
  }

  async release(): Promise<void> {
    this.#disposePast();
    await this.#session.release();
  }
}

/** The last position's logits as float32 (copied: the tensor is disposed right after). */
function lastRow(logits: Tensor, vocab: number): Float32Array {
  const dims = logits.dims;
  const seq = dims.length === 3 ? (dims[1] as number) : 1;
  const width = (dims[dims.length - 1] as number) || vocab;
  const start = (seq - 1) * width;
  const data = logits.data;
  if (data instanceof Float32Array) return data.slice(start, start + width);
  if (data instanceof Uint16Array) return halfToFloat(data.subarray(start, start + width));
  // Float16Array where the platform has it: a plain numeric copy converts.
  return Float32Array.from(data as ArrayLike<number>).subarray(start, start + width);
}

function halfToFloat(h: Uint16Array): Float32Array {
  const out = new Float32Array(h.length);
  for (let i = 0; i < h.length; i++) {
    const v = h[i] as number;
    const sign = v & 0x8000 ? -1 : 1;
    const exp = (v >> 10) & 0x1f;
    const frac = v & 0x3ff;
    out[i] =
      exp === 0
        ? sign * 2 ** -14 * (frac / 1024)
        : exp === 31
          ? frac
            ? NaN
            : sign * Infinity
          : sign * 2 ** (exp - 15) * (1 + frac / 1024);
  }
  return out;
}
