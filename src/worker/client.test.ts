import { describe, expect, it } from 'vitest';
import { EngineError } from '../shared/errors';
import type { GenerationStats, Grounding, WorkerReply, WorkerRequest } from '../shared/protocol';
import { EngineClient, type WorkerLike } from './client';

/** A stand-in for the model worker: records requests, lets the test reply or crash it. */
class FakeWorker extends EventTarget implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: WorkerReply): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  crash(message: string): void {
    const event = new Event('error', { cancelable: true });
    Object.assign(event, { message });
    this.dispatchEvent(event);
  }
}

const stats: GenerationStats = {
  promptTokens: 5,
  newTokens: 2,
  timeToFirstTokenMs: 10,
  decodeTokensPerSecond: 20,
  totalMs: 60,
  backend: 'wasm',
  threads: 1,
  stopReason: 'aborted',
  droppedMessages: 0,
};

const offNotes: Grounding = { status: 'off', sources: [], reason: null };

function setup() {
  const workers: FakeWorker[] = [];
  const client = new EngineClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('EngineClient', () => {
  it('asks with or without notes and hands the grounding over before the tokens', async () => {
    const { client, workers } = setup();
    const seen: string[] = [];
    const p = client.generate([{ role: 'user', content: 'hi' }], {}, (d) => seen.push(`token ${d}`), undefined, {
      use: true,
      onGrounding: (g) => seen.push(`grounding ${g.status}`),
    });
    const req = workers[0]!.sent[0]!;
    expect(req).toMatchObject({ type: 'generate', notes: true });
    const notes: Grounding = { status: 'notes', sources: [{ id: 'phys-0001', title: 'T', text: 'X', source: null, score: 9 }], reason: null };
    workers[0]!.reply({ id: req.id, type: 'grounding', grounding: notes });
    workers[0]!.reply({ id: req.id, type: 'token', delta: 'A', tokenId: 1 });
    workers[0]!.reply({ id: req.id, type: 'done', text: 'A', tokenIds: [1], stats, grounding: notes });
    await expect(p).resolves.toMatchObject({ grounding: { status: 'notes' } });
    expect(seen).toEqual(['grounding notes', 'token A']);
    const q = client.generate([{ role: 'user', content: 'hi' }], {}, undefined, undefined, { use: false });
    expect(workers[0]!.sent[1]).toMatchObject({ type: 'generate', notes: false });
    workers[0]!.reply({ id: workers[0]!.sent[1]!.id, type: 'done', text: '', tokenIds: [], stats, grounding: offNotes });
    await q;
  });

  it('streams tokens, resolves on done, and sends abort for its own request', async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const deltas: string[] = [];
    const p = client.generate([{ role: 'user', content: 'hi' }], {}, (d) => deltas.push(d), controller.signal);
    const w = workers[0]!;
    const req = w.sent[0]!;
    expect(req.type).toBe('generate');
    w.reply({ id: req.id, type: 'token', delta: 'He', tokenId: 1 });
    controller.abort();
    expect(w.sent[1]).toMatchObject({ type: 'abort', target: req.id });
    w.reply({ id: req.id, type: 'token', delta: 'y', tokenId: 2 });
    w.reply({ id: req.id, type: 'done', text: 'Hey', tokenIds: [1, 2], stats, grounding: offNotes });
    await expect(p).resolves.toMatchObject({ text: 'Hey', stats: { stopReason: 'aborted' }, grounding: offNotes });
    expect(deltas).toEqual(['He', 'y']);
  });

  it('turns error replies into EngineErrors with their type', async () => {
    const { client, workers } = setup();
    const p = client.generate([{ role: 'user', content: 'hi' }], {});
    const req = workers[0]!.sent[0]!;
    workers[0]!.reply({ id: req.id, type: 'error', error: { name: 'EngineError', type: 'busy', message: 'Busy.' } });
    await expect(p).rejects.toMatchObject({ type: 'busy', message: 'Busy.' });
  });

  it('reports load progress and resolves with the loaded info', async () => {
    const { client, workers } = setup();
    const seen: number[] = [];
    const p = client.load('http://localhost/models/x/', 'auto', (pr) => seen.push(pr.loaded));
    const req = workers[0]!.sent[0]!;
    expect(req).toMatchObject({ type: 'load', modelBase: 'http://localhost/models/x/', backend: 'auto' });
    workers[0]!.reply({ id: req.id, type: 'load-progress', progress: { stage: 'reading', file: 'a', loaded: 5, total: 10 } });
    const info = { backend: 'wasm', threads: 1, reason: 'r', modelId: 'x', modelName: 'X', variant: 'q4' };
    workers[0]!.reply({ id: req.id, type: 'loaded', info: info as never });
    await expect(p).resolves.toMatchObject({ modelId: 'x' });
    expect(seen).toEqual([5]);
    void client.load('http://localhost/models/x/', 'auto', undefined, undefined, 'auto', 1, 512).catch(() => undefined);
    expect(workers[0]!.sent.at(-1)).toMatchObject({ type: 'load', threads: 1, contextTokens: 512 });
  });

  it('a crashed worker rejects pending calls with worker-crashed, and the next call starts a new worker', async () => {
    const { client, workers } = setup();
    const crashes: EngineError[] = [];
    client.onCrash((e) => crashes.push(e));
    const a = client.generate([{ role: 'user', content: 'hi' }], {});
    const b = client.load('http://localhost/m/', 'wasm');
    workers[0]!.crash('out of memory');
    await expect(a).rejects.toMatchObject({ type: 'worker-crashed' });
    await expect(b).rejects.toMatchObject({ type: 'worker-crashed', message: expect.stringContaining('out of memory') });
    expect(workers[0]!.terminated).toBe(true);
    expect(crashes).toHaveLength(1);

    const c = client.unload();
    expect(workers).toHaveLength(1); // unload with no worker is a no-op
    await c;
    const d = client.generate([{ role: 'user', content: 'again' }], {});
    expect(workers).toHaveLength(2);
    const req = workers[1]!.sent[0]!;
    workers[1]!.reply({ id: req.id, type: 'done', text: 'ok', tokenIds: [], stats, grounding: offNotes });
    await expect(d).resolves.toMatchObject({ text: 'ok' });
  });

  it('restart replaces the worker and fails what was pending', async () => {
    const { client, workers } = setup();
    const a = client.generate([{ role: 'user', content: 'hi' }], {});
    client.restart();
    await expect(a).rejects.toBeInstanceOf(EngineError);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('starts a fresh worker when the backend setting changes (onnxruntime starts once per worker, from one build)', async () => {
    const { client, workers } = setup();
    const answer = (w: FakeWorker) => {
      const req = w.sent.at(-1)!;
      w.reply({ id: req.id, type: 'loaded', info: { backend: 'wasm', threads: 1, reason: '', modelId: 'm', modelName: 'M', variant: 'q4' } });
    };
    const first = client.load('models/m/', 'wasm');
    answer(workers[0]!);
    await first;
    const again = client.load('models/m/', 'wasm');
    expect(workers).toHaveLength(1);
    answer(workers[0]!);
    await again;
    const other = client.load('models/m/', 'webgpu');
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent[0]).toMatchObject({ type: 'load', backend: 'webgpu' });
    answer(workers[1]!);
    await other;
    // After a restart, the first load decides again: no second replacement.
    client.restart();
    const afterRestart = client.load('models/m/', 'auto');
    expect(workers).toHaveLength(3);
    answer(workers[2]!);
    await afterRestart;
  });
});
