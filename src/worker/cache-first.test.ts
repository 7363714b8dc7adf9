import { afterEach, describe, expect, it, vi } from 'vitest';
import { MODEL_CACHE } from '../shared/model-cache';
import { cacheFirstFetch } from './cache-first';

const BASE = 'http://app.test/models/m/';

function stubs(stored: Record<string, string>) {
  const opened: string[] = [];
  const fetched: string[] = [];
  vi.stubGlobal('caches', {
    open: async (name: string) => {
      opened.push(name);
      return { match: async (url: string, o: { ignoreSearch?: boolean }) => (o.ignoreSearch && stored[url] !== undefined ? new Response(stored[url]) : undefined) };
    },
  });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(`network:${url}`);
  });
  return { opened, fetched };
}

describe('the worker reads package files from the model cache first', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a stored file comes from the cache, without a request', async () => {
    const { opened, fetched } = stubs({ [`${BASE}onnx/model.onnx`]: 'stored bytes' });
    expect(await (await cacheFirstFetch(`${BASE}onnx/model.onnx`, {})).text()).toBe('stored bytes');
    expect(opened).toEqual([MODEL_CACHE]);
    expect(fetched).toEqual([]);
  });

  it('a file not stored, and every manifest, go to the network', async () => {
    const { fetched } = stubs({ [`${BASE}manifest.json`]: 'old manifest' });
    expect(await (await cacheFirstFetch(`${BASE}tokenizer.json`, {})).text()).toBe(`network:${BASE}tokenizer.json`);
    expect(await (await cacheFirstFetch(`${BASE}manifest.json`, {})).text()).toBe(`network:${BASE}manifest.json`);
    expect(fetched).toEqual([`${BASE}tokenizer.json`, `${BASE}manifest.json`]);
  });
});
