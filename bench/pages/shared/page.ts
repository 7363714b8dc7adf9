/** Page-side glue shared by the bench pages: the `window.__bench` hook, the worker link, memory. */
import type { BenchPage, ChatRequest, ChatTurn, GenerateResult, LoadResult, RunConfig } from './protocol';

type MeasureMemory = () => Promise<{ bytes: number }>;

/** performance.measureUserAgentSpecificMemory() (Chromium, cross-origin isolated pages), else null. */
export async function uaMemory(timeoutMs = 5_000): Promise<number | null> {
  const measure = (performance as unknown as { measureUserAgentSpecificMemory?: MeasureMemory }).measureUserAgentSpecificMemory;
  if (!measure || !crossOriginIsolated) return null;
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), timeoutMs));
  try {
    const m = await Promise.race([measure.call(performance), timeout]);
    // With WASM threads the pthread workers sit in Atomics.wait and never answer: no reading.
    if (!m) console.warn(`measureUserAgentSpecificMemory gave no answer in ${timeoutMs} ms`);
    return m ? m.bytes : null;
  } catch (e) {
    console.warn(`measureUserAgentSpecificMemory failed: ${String(e)}`);
    return null;
  }
}

export function exposePage(page: Omit<BenchPage, 'ready' | 'crossOriginIsolated' | 'memory'>): void {
  const full: BenchPage = { ...page, ready: true, crossOriginIsolated, memory: () => uaMemory() };
  (globalThis as unknown as { __bench: BenchPage }).__bench = full;
}

/** Messages to a bench worker: {op: 'load', config} | {op: 'generate', tokens} | {op: 'chat', request}; one answer each. */
export type WorkerRequest = { op: 'load'; config: RunConfig } | { op: 'generate'; tokens: number } | { op: 'chat'; request: ChatRequest };
export type WorkerAnswer = { result: LoadResult | GenerateResult | ChatTurn[] } | { error: string };

/** The page side of a bench worker: one request at a time. `create` must hold the literal
 * `new Worker(new URL('./x.worker.ts', import.meta.url), ...)` so that Vite bundles the worker. */
export function workerPage(create: () => Worker): void {
  let worker: Worker | null = null;
  const ask = <T>(req: WorkerRequest): Promise<T> =>
    new Promise((resolve, reject) => {
      if (!worker) throw new Error('load first');
      worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
        if ('result' in e.data) resolve(e.data.result as T);
        else reject(new Error(e.data.error));
      };
      worker.onerror = (e) => reject(new Error(`worker error: ${e.message}`));
      worker.postMessage(req);
    });
  exposePage({
    load(config) {
      worker = create();
      return ask<LoadResult>({ op: 'load', config });
    },
    generate: (tokens) => ask<GenerateResult>({ op: 'generate', tokens }),
    chat: (request) => ask<ChatTurn[]>({ op: 'chat', request }),
  });
}

/** The worker side: routes requests to `load` and `generate`, answers errors as text. */
export function serveWorker(handlers: {
  load(config: RunConfig): Promise<LoadResult>;
  generate(tokens: number): Promise<GenerateResult>;
  chat?(request: ChatRequest): Promise<ChatTurn[]>;
}): void {
  self.onmessage = (e: MessageEvent<WorkerRequest>) => {
    const req = e.data;
    const work =
      req.op === 'load'
        ? handlers.load(req.config)
        : req.op === 'generate'
          ? handlers.generate(req.tokens)
          : req.op === 'chat' && handlers.chat
            ? handlers.chat(req.request)
            : Promise.reject(new Error(`unknown or unsupported op ${(req as { op: string }).op}`));
    work.then(
      (result) => self.postMessage({ result } satisfies WorkerAnswer),
      (err: unknown) => self.postMessage({ error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) } satisfies WorkerAnswer),
    );
  };
}
