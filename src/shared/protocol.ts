/**
 * The page <-> worker protocol. Every message the page sends is a `WorkerRequest`; every
 * message the worker sends is a `WorkerReply`. Requests carry an `id`; replies echo it.
 *
 *   page -> worker                         worker -> page
 *   load {modelBase, backend}              load-progress {loaded,total,file}* , loaded {info} | error
 *   generate {messages, options}           token {delta, tokenId}* , done {stats, text} | error
 *   abort {target}                         (the target generate ends with done{stopReason:'aborted'};
 *                                           a target load ends with error{type:'aborted'})
 *   unload                                 unloaded | error
 *
 * Rule for concurrent requests: one generation at a time; a generate that arrives while one
 * runs is refused with error type 'busy'. Unknown messages are answered with an 'internal' error.
 */
import type { SerializedError } from './errors';
import type { ModelManifest } from './manifest';

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
  variant: string;
  manifest: ModelManifest;
}

export type StopReason = 'eos' | 'stop-token' | 'stop-string' | 'max-tokens' | 'context-full' | 'aborted';

export interface GenerationStats {
  promptTokens: number;
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

export interface LoadProgress {
  file: string;
  loaded: number;
  total: number;
}

export type WorkerRequest =
  | { id: number; type: 'load'; modelBase: string; backend: BackendChoice; cpuMode?: CpuMode }
  | { id: number; type: 'generate'; messages: ChatMessage[]; options: GenerateOptions }
  | { id: number; type: 'abort'; target: number }
  | { id: number; type: 'unload' };

export type WorkerReply =
  | { id: number; type: 'load-progress'; progress: LoadProgress }
  | { id: number; type: 'loaded'; info: LoadedInfo }
  | { id: number; type: 'token'; delta: string; tokenId: number }
  | { id: number; type: 'done'; text: string; tokenIds: number[]; stats: GenerationStats }
  | { id: number; type: 'unloaded' }
  | { id: number; type: 'error'; error: SerializedError };
