/**
 * The bench worker for a Transformers.js release (3.8.1 and 4.x share this code):
 * AutoModelForCausalLM.generate() on a package from our origin only (no hub, no CDN), greedy,
 * exactly N new tokens, with the onnxruntime-web that release pins served under `wasmPaths`.
 */
import { serveWorker } from './page';
import { streamMetrics, type RunConfig } from './protocol';

type Model = { generate(args: Record<string, unknown>): Promise<unknown> };
type TensorCtor = new (type: 'int64', data: BigInt64Array, dims: number[]) => unknown;
type StreamerCtor = new () => { put(value: bigint[][]): void; end(): void };

/** What the runner needs from a Transformers.js module (the same names in v3 and v4). */
export interface TransformersJsLib {
  env: {
    version: string;
    allowRemoteModels: boolean;
    allowLocalModels: boolean;
    localModelPath: string;
    useBrowserCache: boolean;
    backends: { onnx: unknown };
  };
  AutoModelForCausalLM: { from_pretrained(id: string, options: Record<string, unknown>): Promise<unknown> };
  BaseStreamer: unknown;
  Tensor: unknown;
}

export function serveTransformersJs(lib: TransformersJsLib, wasmPaths: string): void {
  const { env } = lib;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = '/models/';
  env.useBrowserCache = true;
  const Base = lib.BaseStreamer as StreamerCtor;
  const TensorClass = lib.Tensor as TensorCtor;

  /** Records when each new token arrives (the first put() is the prompt). */
  class TimingStreamer extends Base {
    times: number[] = [];
    ids: number[] = [];
    #sawPrompt = false;
    override put(value: bigint[][]): void {
      if (!this.#sawPrompt) {
        this.#sawPrompt = true;
        return;
      }
      this.times.push(performance.now());
      for (const row of value) for (const id of row) this.ids.push(Number(id));
    }
    override end(): void {}
  }

  let model: Model | null = null;
  let prompt: number[] = [];
  serveWorker({
    async load(config: RunConfig) {
      const onnx = env.backends.onnx as { wasm: { wasmPaths: string; numThreads: number; proxy: boolean }; versions?: { web?: string } };
      onnx.wasm.wasmPaths = wasmPaths;
      onnx.wasm.numThreads = config.threads;
      onnx.wasm.proxy = false;
      prompt = config.promptIds;
      const t0 = performance.now();
      model = (await lib.AutoModelForCausalLM.from_pretrained(config.modelId, {
        dtype: config.dtype ?? 'q4',
        device: config.backend,
      })) as Model;
      return {
        runner: 'transformers-js',
        loadMs: performance.now() - t0,
        info: {
          backend: config.backend,
          threads: onnx.wasm.numThreads,
          dtype: config.dtype ?? 'q4',
          transformers: env.version,
          ort: onnx.versions?.web ?? null,
          crossOriginIsolated,
        },
      };
    },
    async generate(tokens: number) {
      if (!model) throw new Error('load first');
      const s = new TimingStreamer();
      const input = new TensorClass('int64', BigInt64Array.from(prompt, (t) => BigInt(t)), [1, prompt.length]);
      const mask = new TensorClass('int64', new BigInt64Array(prompt.length).fill(1n), [1, prompt.length]);
      const start = performance.now();
      await model.generate({ input_ids: input, attention_mask: mask, max_new_tokens: tokens, min_new_tokens: tokens, do_sample: false, streamer: s });
      return { ...streamMetrics(start, s.times), newTokens: s.ids.length, promptTokens: prompt.length, tokenIds: s.ids, text: null, internal: {} };
    },
  });
}
