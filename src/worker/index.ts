/**
 * The model worker: hosts the engine behind the message protocol whose table of verbs and
 * replies is at the top of src/shared/protocol.ts (one table; change it there).
 */
import { Engine, fetchFileSource, ortFilesAt, quotesNotes, type GpuLike, type Platform } from '../engine';
import { notesGiven } from '../knowledge/grounding';
import { EngineError, serializeError } from '../shared/errors';
import type { WorkerReply, WorkerRequest } from '../shared/protocol';
import { cacheFirstFetch } from './cache-first';
import { WorkerNotes } from './notes';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const appBase = new URL(import.meta.env.BASE_URL, scope.location.origin).href;

const platform: Platform = {
  gpu: (scope.navigator as { gpu?: GpuLike }).gpu,
  crossOriginIsolated: scope.crossOriginIsolated,
  hardwareConcurrency: scope.navigator.hardwareConcurrency,
  deviceMemoryGb: (scope.navigator as { deviceMemory?: number }).deviceMemory,
};

const engine = new Engine({
  platform,
  // Our own origin only (@xenova/transformers points onnxruntime at a CDN when it loads); the engine
  // writes it, with the other onnxruntime options, before a session starts. The CPU backend starts
  // onnxruntime's plain WASM build, WebGPU its asyncify build.
  ortSetup: ortFilesAt(new URL('ort/', appBase).href),
});

const notes = new WorkerNotes(new URL('knowledge/', appBase).href);

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
        // The notes index loads beside the model; a failure shows up on the first answer.
        notes.load().catch(() => undefined);
        // A load that asks for a thread count (the page's retry after a hung start) gets it.
        if (req.threads !== undefined) platform.wasmThreads = req.threads;
        const info = await engine.load(fetchFileSource(new URL(req.modelBase, appBase).href, cacheFirstFetch), {
          backend: req.backend,
          cpuMode: req.cpuMode,
          contextTokens: req.contextTokens,
          // Never run bytes whose sha256 differs from the manifest, whatever the page's marks say.
          verifyHashes: true,
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
        const question = req.messages.at(-1)?.content ?? '';
        const earlier = req.messages.slice(0, -1).filter((m) => m.role === 'user').map((m) => m.content);
        const found = await notes.ground(question, engine.manifest, req.notes, earlier);
        const given = notesGiven(found);
        let grounding = found;
        const result = await engine.generate(
          req.messages,
          req.options,
          {
            signal: controller.signal,
            onToken: (delta, tokenId) => reply({ id: req.id, type: 'token', delta, tokenId }),
            // What the user is shown is exactly what the model was given: the notes that fit.
            onNotes: (kept) => {
              const sources = kept ?? [];
              grounding = { ...found, sources, quoted: quotesNotes(req.options, sources) };
              reply({ id: req.id, type: 'grounding', grounding });
            },
          },
          given,
        );
        reply({ id: req.id, type: 'done', text: result.text, tokenIds: result.tokenIds, stats: result.stats, grounding });
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
