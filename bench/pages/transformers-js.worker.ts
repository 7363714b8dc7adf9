/**
 * Transformers.js v3 (@huggingface/transformers 3.8.1, with the onnxruntime-web 1.22.0-dev it
 * pins) in a dedicated worker: AutoModelForCausalLM.generate() on the same ONNX file as our
 * engine, from our origin only (no hub, no CDN), greedy, exactly N new tokens.
 */
import { AutoModelForCausalLM, BaseStreamer, env, Tensor } from '@huggingface/transformers';
import { serveWorker } from './shared/page';
import { streamMetrics, type RunConfig } from './shared/protocol';

env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = '/models/';
env.useBrowserCache = true;

/** Records when each new token arrives (the first put() is the prompt). */
class TimingStreamer extends BaseStreamer {
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

type Model = { generate(args: Record<string, unknown>): Promise<unknown> };
let model: Model | null = null;
let prompt: number[] = [];

serveWorker({
  async load(config: RunConfig) {
    const onnx = env.backends.onnx as { wasm: { wasmPaths: string; numThreads: number; proxy: boolean } };
    onnx.wasm.wasmPaths = '/tjs-ort/';
    onnx.wasm.numThreads = config.threads;
    onnx.wasm.proxy = false;
    prompt = config.promptIds;
    const t0 = performance.now();
    model = (await AutoModelForCausalLM.from_pretrained(config.modelId, {
      dtype: (config.dtype ?? 'q4') as 'q4',
      device: config.backend,
    })) as unknown as Model;
    return {
      runner: 'transformers-js',
      loadMs: performance.now() - t0,
      info: { backend: config.backend, threads: onnx.wasm.numThreads, dtype: config.dtype ?? 'q4', transformers: env.version, crossOriginIsolated },
    };
  },
  async generate(tokens: number) {
    if (!model) throw new Error('load first');
    const s = new TimingStreamer();
    const input = new Tensor('int64', BigInt64Array.from(prompt, (t) => BigInt(t)), [1, prompt.length]);
    const mask = new Tensor('int64', new BigInt64Array(prompt.length).fill(1n), [1, prompt.length]);
    const start = performance.now();
    await model.generate({ input_ids: input, attention_mask: mask, max_new_tokens: tokens, min_new_tokens: tokens, do_sample: false, streamer: s });
    return { ...streamMetrics(start, s.times), newTokens: s.ids.length, promptTokens: prompt.length, tokenIds: s.ids, text: null, internal: {} };
  },
});
