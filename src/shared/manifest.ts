/**
 * The model package manifest: `public/models/<id>/manifest.json`.
 * Written by tools/ (Python), read by the engine, the worker, the service worker and tests.
 * This file is the one description of its shape; tools/manifest.py mirrors it field for field.
 */

export const MANIFEST_SCHEMA_VERSION = 1;

export type Architecture = 'gpt2' | 'llama';
export type Quantization = 'fp32' | 'fp16' | 'int8' | 'q4' | 'q4f16';
export type FileRole = 'onnx' | 'tokenizer' | 'config' | 'card';

export interface PackageFile {
  /** Path relative to the package folder, with forward slashes. */
  path: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  role: FileRole;
}

export interface ModelShape {
  numLayers: number;
  numHeads: number;
  numKvHeads: number;
  headDim: number;
  hiddenSize: number;
  /** Longest sequence (prompt + generated) the model accepts. */
  contextLength: number;
  vocabSize: number;
}

export interface SpecialTokens {
  bos: number | null;
  eos: number;
  pad: number | null;
}

/**
 * How the prompt is built. The same rule was used in training, so inference matches it.
 * - chat: a Jinja chat template (also stored in tokenizer_config.json as `chat_template`),
 *   rendered with the messages and add_generation_prompt = true.
 * - plain: `template` holds `{question}`; a finished turn is
 *   template(question) + answerPrefix + answer + turnSeparator, and the prompt ends with
 *   template(current question). Training text is template(q) + answerPrefix + answer + eos.
 */
export type PromptFormat =
  | {
      kind: 'chat';
      chatTemplate: string;
      defaultSystemPrompt: string | null;
      /** Whether the engine prepends bos itself (false when the template writes it). */
      addBos: boolean;
      context?: ContextSlot;
    }
  | {
      kind: 'plain';
      template: string;
      answerPrefix: string;
      turnSeparator: string;
      addBos: boolean;
      context?: ContextSlot;
    };

/**
 * Where retrieved notes go: the last user message becomes `template` with {notes} (the kept
 * passages, each rendered with `passage` from {text} and {title}, one per line, or `empty` when
 * none matched) and {question}. Present only in packages trained that way; training used the same
 * string (tools/prompt_format.py render_notes).
 */
export interface ContextSlot {
  template: string;
  passage: string;
  empty: string;
  /** Token budget for all passages together. */
  maxTokens: number;
  maxPassages: number;
  /**
   * What the model was trained to answer when `empty` stands in for the notes. Where present, an
   * answer asked with no notes quotes it (src/engine/quoting.ts), so a question the notes do not
   * cover never gets a guess presented as an answer.
   */
  notCovered?: string;
}

export interface StopRules {
  tokenIds: number[];
  /** Text that ends the answer; it may span tokens. Not shown to the user. */
  strings: string[];
}

export interface SamplingDefaults {
  temperature: number;
  topK: number;
  topP: number;
  repetitionPenalty: number;
  maxNewTokens: number;
  /** No run of this many tokens repeats within an answer; absent or 0: no such rule. */
  noRepeatNgram?: number;
}

export interface VariantVerification {
  /** Steps of greedy decoding compared with the reference (fp32 ONNX, or PyTorch for fp32). */
  greedySteps: number;
  /** Share of prompts x steps where the greedy token equals the reference's, 0..1. */
  greedyAgreement: number;
  /** Only for fp32 against PyTorch. */
  maxAbsLogitDelta: number | null;
  /** Mean negative log-likelihood per token of the fixed text. */
  meanNll: number;
  referenceMeanNll: number;
}

/** Where a graph's weights come from when they are unpacked at load (tools/fp32_from_q4.py). */
export interface UnpackSource {
  /** The variant whose file holds the weights, e.g. q4. */
  variant: string;
  /** Package path of the unpack plan (JSON). */
  plan: string;
}

export interface OnnxVariant {
  /** Path relative to the package folder, e.g. onnx/model_q4.onnx (Transformers.js naming). */
  file: string;
  quantization: Quantization;
  bytes: number;
  verification: VariantVerification;
  /** False when the file is rebuildable with tools/ but not shipped in this package. */
  shipped: boolean;
  /** Present when `file` is a graph whose weights are unpacked at load from another variant's file. */
  unpackFrom?: UnpackSource;
  /** True when the graph is saved already optimized (tools/fast_start.py): loaded with graph optimization off. */
  optimized?: boolean;
  /** For a graph shipped as it is: package path of its shapes record (tools/fast_start.py), appended
   * to the file's bytes before the session is created, which saves onnxruntime's slow buffer planning. */
  shapes?: string;
}

export interface ModelManifest {
  schemaVersion: typeof MANIFEST_SCHEMA_VERSION;
  id: string;
  name: string;
  description: string;
  license: string;
  architecture: Architecture;
  shape: ModelShape;
  tokens: SpecialTokens;
  /** Graph input names: input_ids, attention_mask, position_ids (if true), past_key_values.N.key/.value. */
  usesPositionIds: boolean;
  prompt: PromptFormat;
  stop: StopRules;
  sampling: SamplingDefaults;
  /** Variant names (keys of `variants`) to load per backend. */
  backends: { wasm: string; webgpu: string };
  variants: Record<string, OnnxVariant>;
  /** Every shipped file, the manifest itself excluded. */
  files: PackageFile[];
  provenance: {
    source: string;
    sourceSha256: string;
    sourceKind: 'hf-checkpoint' | 'gguf';
    tool: string;
    toolVersion: string;
    createdAt: string;
  };
  /** True for test packages with random weights: their output is noise. */
  randomWeights: boolean;
}

/** The longest answer a model's context holds (one token of it is the prompt); settings and engine share it. */
export function maxAnswerTokens(contextLength: number): number {
  return contextLength - 1;
}

/**
 * Tokens of a chat (prompt + answer) the app keeps by default: the KV cache grows with every
 * token kept (46 KB per token per copy for the 135M model: 94 MB at 2048, 377 MB at 8192, beside
 * 540 MB of float32 weights), and a phone cannot hold the full context. 2048 keeps the system
 * prompt, the notes, the question, a 256-token answer and about five earlier turns; older turns
 * are dropped first, in blocks (prompt.ts). bench/results/soak-*.json has the memory it gives.
 */
export const APP_CONTEXT_TOKENS = 2048;

/** The context the app loads a model with: `asked` (the page's `?context=`) or the default, never above the model's own. */
export function appContextTokens(modelContext: number, asked?: number): number {
  return Math.min(modelContext, asked ?? APP_CONTEXT_TOKENS);
}
