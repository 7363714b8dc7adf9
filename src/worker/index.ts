/**
 * The model worker: hosts the engine behind the message protocol of src/shared/protocol.ts.
 *
 *   request                          replies (same id)
 *   load {modelBase, backend}        load-progress* then loaded | error
 *   generate {messages, options}     token* then done | error ('busy' while another runs)
 *   abort {target}                   none; a target generate ends with done{stopReason:'aborted'},
 *                                    a target load with error{type:'aborted'}
 *   unload                           unloaded | error (a running generate ends as aborted first)
 *   anything else                    error{type:'internal'}
 *
 * modelBase should be an absolute URL (the page client resolves it); a relative one is taken
 * relative to the app's base URL.
 */
import * as ort from 'onnxruntime-web';
import { Engine, fetchFileSource, type GpuLike } from '../engine';
import { EngineError, serializeError } from '../shared/errors';
import type { WorkerReply, WorkerRequest } from '../shared/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const appBase = new URL(import.meta.env.BASE_URL, scope.location.origin).href;

// After the engine's imports (@xenova/transformers points onnxruntime at a CDN when it loads):
// our own origin only, and no chatter below warnings.
const ortSetup = { wasmPaths: new URL('ort/', appBase).href };
ort.env.wasm.wasmPaths = ortSetup.wasmPaths;
ort.env.logLevel = 'warning';

const engine = new Engine({
  platform: {
    gpu: (scope.navigator as { gpu?: GpuLike }).gpu,
    crossOriginIsolated: scope.crossOriginIsolated,
    hardwareConcurrency: scope.navigator.hardwareConcurrency,
    deviceMemoryGb: (scope.navigator as { deviceMemory?: number }).deviceMemory,
  },
  ortSetup,
});

/** Running load and generate requests by id, so abort {target} can reach them. */
const running = new Map<number, AbortController>();

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

function isRequest(data: unknown): data is WorkerRequest {
  return typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'number';
}

async function handle(req: WorkerRequest): Promise<void> {
  switch (req.type) {
    case 'load': {
      const controller = new AbortController();
      running.set(req.id, controller);
      try {
        const info = await engine.load(fetchFileSource(new URL(req.modelBase, appBase).href), {
          backend: req.backend,
          cpuMode: req.cpuMode,
          signal: controller.signal,
          onProgress: (progress) => reply({ id: req.id, type: 'load-progress', progress }),
        });
        reply({ id: req.id, type: 'loaded', info });
      } catch (e) {
        const error = controller.signal.aborted ? new EngineError('aborted', 'Loading stopped.', 'AbortError') : e;
        reply({ id: req.id, type: 'error', error: serializeError(error) });
      } finally {
        running.delete(req.id);
      }
      return;
    }
    case 'generate': {
      const controller = new AbortController();
      running.set(req.id, controller);
      try {
        const result = await engine.generate(req.messages, req.options, {
          signal: controller.signal,
          onToken: (delta, tokenId) => reply({ id: req.id, type: 'token', delta, tokenId }),
        });
        reply({ id: req.id, type: 'done', text: result.text, tokenIds: result.tokenIds, stats: result.stats });
      } finally {
        running.delete(req.id);
      }
      return;
    }
    case 'abort':
      running.get(req.target)?.abort();
      return;
    case 'unload':
      for (const controller of running.values()) controller.abort();
      await engine.unload();
      reply({ id: req.id, type: 'unloaded' });
      return;
    default: {
      const unknownType = (req as { type?: unknown }).type;
      throw new EngineError('internal', `The model worker got an unknown request "${String(unknownType)}".`);
    }
  }
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  const data = event.data;
  if (!isRequest(data)) {
    reply({ id: -1, type: 'error', error: serializeError(new EngineError('internal', 'The model worker got a message without an id.')) });
    return;
  }
  handle(data).catch((e: unknown) => reply({ id: data.id, type: 'error', error: serializeError(e) }));
};
