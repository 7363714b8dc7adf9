/**
 * The page's handle on the model worker: promises and callbacks over src/shared/protocol.ts.
 * A worker that dies (an 'error' or 'messageerror' event) rejects every pending call with type
 * 'worker-crashed'; the next call, or restart(), starts a fresh worker (load the model again).
 * Imports only shared types, so the engine never lands in the page bundle.
 */
import { deserializeError, EngineError } from '../shared/errors';
import type {
  BackendChoice,
  ChatMessage,
  CpuMode,
  GenerateOptions,
  GenerationStats, Grounding,
  LoadedInfo,
  LoadProgress,
  WorkerReply,
  WorkerRequest,
} from '../shared/protocol';

export interface GenerateResult {
  text: string;
  tokenIds: number[];
  stats: GenerationStats;
  grounding: Grounding;
}

/** The slice of Worker the client uses (tests pass a stand-in). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
}

interface Pending {
  onReply(reply: WorkerReply): void;
  reject(error: EngineError): void;
}

type Distributive<T> = T extends unknown ? Omit<T, 'id'> : never;

function createModelWorker(): WorkerLike {
  return new Worker(new URL('./index.ts', import.meta.url), { type: 'module', name: 'pocket-coach-model' });
}

export class EngineClient {
  readonly #createWorker: () => WorkerLike;
  readonly #pending = new Map<number, Pending>();
  readonly #crashListeners = new Set<(error: EngineError) => void>();
  #worker: WorkerLike | null = null;
  /** The backend setting the current worker was first asked to load with. */
  #workerBackend: BackendChoice | null = null;
  #nextId = 1;

  constructor(createWorker: () => WorkerLike = createModelWorker) {
    this.#createWorker = createWorker;
  }

  /** Called when the worker dies; pending calls are rejected with the same error. Returns an unsubscribe. */
  onCrash(listener: (error: EngineError) => void): () => void {
    this.#crashListeners.add(listener);
    return () => this.#crashListeners.delete(listener);
  }

  /** Loads a package; `modelBase` is the package folder URL (relative to the page is fine). */
  load(
    modelBase: string,
    backend: BackendChoice,
    onProgress?: (progress: LoadProgress) => void,
    signal?: AbortSignal,
    cpuMode: CpuMode = 'auto',
    threads?: number,
    contextTokens?: number,
  ): Promise<LoadedInfo> {
    // onnxruntime starts once per worker, from the build its first load's backend needs (the CPU
    // build has no WebGPU): another backend setting gets a fresh worker.
    if (this.#worker && this.#workerBackend !== null && this.#workerBackend !== backend) {
      this.#fail(new EngineError('worker-crashed', 'The model was restarted for the new backend setting.'));
    }
    this.#ensureWorker();
    this.#workerBackend ??= backend;
    const base = typeof document === 'undefined' ? modelBase : new URL(modelBase, document.baseURI).href;
    const request = {
      type: 'load' as const,
      modelBase: base,
      backend,
      cpuMode,
      ...(threads === undefined ? {} : { threads }),
      ...(contextTokens === undefined ? {} : { contextTokens }),
    };
    return this.#call<LoadedInfo>(request, signal, (reply, settle) => {
      if (reply.type === 'load-progress') onProgress?.(reply.progress);
      else if (reply.type === 'loaded') settle(reply.info);
    });
  }

  /**
   * Answers the last user message. `onToken` gets each text delta; their concatenation is the
   * final text. Aborting resolves (not rejects) with stats.stopReason 'aborted'.
   */
  generate(
    messages: ChatMessage[],
    options: GenerateOptions,
    onToken?: (delta: string, tokenId: number) => void,
    signal?: AbortSignal,
    notes: { use: boolean; onGrounding?: (g: Grounding) => void } = { use: true },
  ): Promise<GenerateResult> {
    return this.#call<GenerateResult>({ type: 'generate', messages, options, notes: notes.use }, signal, (reply, settle) => {
      if (reply.type === 'token') onToken?.(reply.delta, reply.tokenId);
      else if (reply.type === 'grounding') notes.onGrounding?.(reply.grounding);
      else if (reply.type === 'done') settle({ text: reply.text, tokenIds: reply.tokenIds, stats: reply.stats, grounding: reply.grounding });
    });
  }

  /** Stops any generation and frees the model (the worker stays up). */
  async unload(): Promise<void> {
    if (!this.#worker) return;
    await this.#call<void>({ type: 'unload' }, undefined, (reply, settle) => {
      if (reply.type === 'unloaded') settle(undefined);
    });
  }

  /** Replaces the worker with a fresh one; pending calls fail with 'worker-crashed'. */
  restart(): void {
    this.#fail(new EngineError('worker-crashed', 'The model was restarted. Load it again to continue.'));
    this.#ensureWorker();
  }

  /** Ends the worker for good (a later call starts a new one). */
  terminate(): void {
    this.#fail(new EngineError('worker-crashed', 'The model was shut down.'));
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#createWorker();
    this.#workerBackend = null;
    worker.addEventListener('message', (event) => {
      if (this.#worker !== worker) return;
      const reply = (event as MessageEvent<WorkerReply>).data;
      this.#pending.get(reply.id)?.onReply(reply);
    });
    const crash = (event: Event) => {
      if (this.#worker !== worker) return;
      event.preventDefault();
      const detail = (event as ErrorEvent).message;
      const error = new EngineError(
        'worker-crashed',
        `The model stopped working${detail ? ` (${detail})` : ''}. Reload the model to continue.`,
      );
      this.#fail(error);
      for (const listener of this.#crashListeners) listener(error);
    };
    worker.addEventListener('error', crash);
    worker.addEventListener('messageerror', crash);
    this.#worker = worker;
    return worker;
  }

  #fail(error: EngineError): void {
    const worker = this.#worker;
    this.#worker = null;
    worker?.terminate();
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
  }

  #call<T>(
    request: Distributive<WorkerRequest>,
    signal: AbortSignal | undefined,
    onReply: (reply: WorkerReply, settle: (value: T) => void) => void,
  ): Promise<T> {
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => worker.postMessage({ id: this.#nextId++, type: 'abort', target: id });
      const finish = () => {
        this.#pending.delete(id);
        signal?.removeEventListener('abort', onAbort);
      };
      this.#pending.set(id, {
        onReply: (reply) => {
          if (reply.type === 'error') {
            finish();
            reject(deserializeError(reply.error));
            return;
          }
          onReply(reply, (value) => {
            finish();
            resolve(value);
          });
        },
        reject: (error) => {
          finish();
          reject(error);
        },
      });
      worker.postMessage({ ...request, id } as WorkerRequest);
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
