/**
 * The page <-> worker protocol, the one table of it (src/worker/index.ts implements it,
 * src/worker/client.ts calls it). Every message the page sends is a `WorkerRequest`; every
 * message the worker sends is a `WorkerReply`. Requests carry an `id`; replies echo it.
 *
 *   page -> worker                  worker -> page (same id)
 *   load {modelBase, backend,       load-progress {progress}* , then loaded {info} | error
 *         cpuMode?, threads?,      (threads: a WASM thread count to use instead of the browser rule;
 *         contextTokens?}           contextTokens: fewer tokens than the model's context to keep)
 *   generate {messages, options,    grounding {grounding} (the notes the prompt holds), token
 *             notes}                {delta, tokenId}* , then done {text, tokenIds, stats, grounding} | error
 *   abort {target}                  none; the target generate ends with done{stopReason:'aborted'},
 *                                   a target load with error{type:'aborted'}
 *   unload                          unloaded | error (a running generate ends as aborted first)
 *   anything else                   error{type:'internal'}; a message without an id: error with id -1
 *
 * One generation at a time: a generate that arrives while one runs is refused with error type
 * 'busy', not queued. modelBase should be an absolute URL (the page client resolves it); a
 * relative one is taken relative to the app's base URL.
 */
import type { SerializedError } from './errors';
import type { Source } from '../knowledge/passage';

export type BackendChoice = 'auto' | 'webgpu' | 'wasm';
/**
 * How WASM computes (src/engine/cpu-mode.ts): 'auto' picks float32 or, on devices reporting
 * little memory, int8; both are unpacked from the q4 download; 'q4' runs the download as it is.
 */
export type CpuMode = 'auto' | 'float32' | 'int8' | 'q4';
export type Backend = 'webgpu' | 'wasm';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface GenerateOptions {
  /** 0 means greedy. */
  temperature?: number;
  topK?: number;
  topP?: number;
  repetitionPenalty?: number;
  maxNewTokens?: number;
  seed?: number;
  /** Extra stop strings on top of the manifest's. */
  stopStrings?: string[];
  /** With notes: answer in whole sentences of the notes (default), or false: in the model's own words. */
  quoteNotes?: boolean;
  /** With quoted notes: stop adding passages after the two every answer quotes (src/engine/quoting.ts SHORT_ANSWER_PASSAGES). */
  shortAnswers?: boolean;
}

export interface BackendInfo {
  backend: Backend;
  threads: number;
  /** Why this backend runs, in a sentence a user can read (e.g. "WebGPU is not available: ..."). */
  reason: string;
}

export interface LoadedInfo extends BackendInfo {
  modelId: string;
  modelName: string;
  /** Key of the manifest's `variants` that runs. */
  variant: string;
  /** Where the load's time went (the bench reads it; the UI does not). */
  timings?: LoadTimings;
}

/** ms per stage of one load, in the order they run. */
export interface LoadTimings {
  /** Before the files: reading the manifest, choosing the backend. */
  prepareMs: number;
  /** Reading the package files (from the service worker's cache, or the network). */
  readMs: number;
  /** SHA-256 of every file read, against the manifest (runs beside the session start, so it overlaps startMs). */
  checkMs: number;
  /** Building the tokenizer from its files. */
  tokenizerMs: number;
  /** Session creation: onnxruntime's start (.mjs, .wasm), graph and weights (unpacked in it). */
  startMs: number;
  /** Of startMs: from the session call to the first weight onnxruntime asked for (runtime start, graph parse). */
  runtimeMs: number | null;
  /** Of runtimeMs: waiting for onnxruntime's WASM, started beside the read, to be ready (null: not waited for). */
  runtimeWaitMs: number | null;
  /** Of startMs: unpacking weights from the q4 file (0 when the variant is run as stored). */
  unpackMs: number;
}

export type StopReason = 'eos' | 'stop-token' | 'stop-string' | 'max-tokens' | 'context-full' | 'aborted';

export interface GenerationStats {
  promptTokens: number;
  /** Of promptTokens: those the KV cache held from the chat's last answer, so not run again. */
  reusedPromptTokens?: number;
  newTokens: number;
  /** ms from generate() to the first new token. */
  timeToFirstTokenMs: number;
  /** new tokens after the first / decode time. */
  decodeTokensPerSecond: number;
  totalMs: number;
  backend: Backend;
  threads: number;
  stopReason: StopReason;
  /** Oldest turns left out so the prompt fits the context (0 when all fit). */
  droppedMessages: number;
}

/**
 * What a load is doing: reading the files, starting onnxruntime (its .wasm and the graph; the
 * files' SHA-256 runs beside it), unpacking the weights (inside the start, for a variant unpacked
 * from q4).
 */
export type LoadStage = 'reading' | 'starting' | 'unpacking';

/** `loaded` of `total` bytes of the current stage ('starting' has no bytes: 0 of 0). */
export interface LoadProgress {
  stage: LoadStage;
  file: string;
  loaded: number;
  total: number;
}

/**
 * What an answer was grounded in:
 * - notes: the question was asked with `sources` (the passages shown under the answer);
 * - not-covered: the notes were searched and none matches, so the model was told so;
 * - off: the user chose to answer without notes;
 * - unavailable: the notes could not be used (`reason` says why, in a sentence for the user).
 */
export type GroundingStatus = 'notes' | 'not-covered' | 'off' | 'unavailable';
export interface Grounding {
  status: GroundingStatus;
  sources: Source[];
  reason: string | null;
  /** The answer is whole sentences of these sources (GenerateOptions.quoteNotes); absent in older chats. */
  quoted?: boolean;
}

export type WorkerRequest =
  | { id: number; type: 'load'; modelBase: string; backend: BackendChoice; cpuMode?: CpuMode; threads?: number; contextTokens?: number }
  | { id: number; type: 'generate'; messages: ChatMessage[]; options: GenerateOptions; notes: boolean }
  | { id: number; type: 'abort'; target: number }
  | { id: number; type: 'unload' };

export type WorkerReply =
  | { id: number; type: 'load-progress'; progress: LoadProgress }
  | { id: number; type: 'loaded'; info: LoadedInfo }
  | { id: number; type: 'grounding'; grounding: Grounding }
  | { id: number; type: 'token'; delta: string; tokenId: number }
  | { id: number; type: 'done'; text: string; tokenIds: number[]; stats: GenerationStats; grounding: Grounding }
  | { id: number; type: 'unloaded' }
  | { id: number; type: 'error'; error: SerializedError };
