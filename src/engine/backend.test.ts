import { describe, expect, it } from 'vitest';
import { configureOrt, ortFilesAt, startedWithoutWebGpu, type OrtRuntime } from './backend';

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

  it('starts the plain WASM build for the CPU backend and the WebGPU entry\'s own build for WebGPU', () => {
    const cpu = fakeRuntime();
    configureOrt(cpu, 2, ortFilesAt('/ort/'), 'wasm');
    expect(cpu.env.wasm.wasmPaths).toEqual({ mjs: '/ort/ort-wasm-simd-threaded.mjs', wasm: '/ort/ort-wasm-simd-threaded.wasm' });
    expect(startedWithoutWebGpu(cpu)).toBe(true);
    const gpu = fakeRuntime();
    configureOrt(gpu, 2, ortFilesAt('/ort/'), 'webgpu');
    expect(gpu.env.wasm.wasmPaths).toBe('/ort/');
    expect(startedWithoutWebGpu(gpu)).toBe(false);
    // Started: a later load's backend changes nothing (the engine then runs WebGPU requests on the CPU, saying why).
    configureOrt(cpu, 2, ortFilesAt('/ort/'), 'webgpu');
    expect(startedWithoutWebGpu(cpu)).toBe(true);
  });
});
