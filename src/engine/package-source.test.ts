/**
 * fetchFileSource: a streamed file read into one buffer of the manifest's size (or grown when the
 * size is unknown or wrong), with progress; a copy the app stored read whole.
 */
import { describe, expect, it } from 'vitest';
import { STORED_HASH_HEADER } from '../shared/model-cache';
import { fetchFileSource } from './package-source';

const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7) & 255);

/** A response streaming `data` in chunks of `chunk` bytes, with the given headers. */
function streamed(data: Uint8Array, chunk: number, headers: Record<string, string> = {}): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= data.length) return controller.close();
      controller.enqueue(data.slice(at, at + chunk));
      at += chunk;
    },
  });
  return new Response(body, { headers });
}

async function read(response: Response, expectedBytes?: number) {
  const progress: number[] = [];
  const source = fetchFileSource('https://example.test/pkg/', async () => response);
  const data = await source.read('model.onnx', { expectedBytes, onProgress: (loaded) => progress.push(loaded) });
  return { data, progress };
}

describe('fetchFileSource', () => {
  it('reads a streamed file of the expected size into one buffer, reporting progress up to it', async () => {
    const { data, progress } = await read(streamed(bytes, 4096), bytes.length);
    expect(data).toEqual(bytes);
    expect(data.buffer.byteLength).toBe(bytes.length);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(bytes.length);
  });

  it('reads a file of unknown size, and one longer or shorter than expected, whole', async () => {
    expect((await read(streamed(bytes, 1000))).data).toEqual(bytes);
    expect((await read(streamed(bytes, 4096), 1000)).data).toEqual(bytes);
    expect((await read(streamed(bytes, 4096), bytes.length + 10)).data).toEqual(bytes);
  });

  it('reads a copy the app stored whole, with one progress report', async () => {
    const { data, progress } = await read(streamed(bytes, 4096, { [STORED_HASH_HEADER]: 'x', 'Content-Length': String(bytes.length) }), bytes.length);
    expect(data).toEqual(bytes);
    expect(progress).toEqual([bytes.length]);
  });
});
