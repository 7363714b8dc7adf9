import { describe, expect, it } from 'vitest';
import { configureOrt, type OrtRuntime } from './backend';

function fakeRuntime(): OrtRuntime {
  return { env: { wasm: {} } } as unknown as OrtRuntime;
}

describe('configureOrt, the one writer of onnxruntime options', () => {
  it('sets paths, log level, threads and no proxy; a later call keeps the started thread count', () => {
    const ort = fakeRuntime();
    expect(configureOrt(ort, 4, { wasmPaths: '/ort/' })).toBe(4);
    expect(ort.env.wasm.wasmPaths).toBe('/ort/');
    expect(ort.env.logLevel).toBe('warning');
    expect(ort.env.wasm.numThreads).toBe(4);
    expect(ort.env.wasm.proxy).toBe(false);
    expect(configureOrt(ort, 1)).toBe(4);
    expect(ort.env.wasm.numThreads).toBe(4);
  });

  it('keeps the count per onnxruntime module (web and node start apart)', () => {
    const web = fakeRuntime();
    const node = fakeRuntime();
    expect(configureOrt(web, 2)).toBe(2);
    expect(configureOrt(node, 1)).toBe(1);
  });
});
