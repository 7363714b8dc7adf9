import * as ort from 'onnxruntime-web';
import { describe, expect, it, vi } from 'vitest';
import { createNodeEngine, ortWasmPaths } from '../cli/node-host';
import { configureOrt } from './backend';
import { identityModel, startWasmRuntime } from './runtime-start';

describe('starting the WASM runtime without the model', () => {
  it('the one-node graph is a model onnxruntime runs: y = x', async () => {
    configureOrt(ort, 1, { wasmPaths: ortWasmPaths() });
    await startWasmRuntime(ort);
    const session = await ort.InferenceSession.create(identityModel(), { executionProviders: ['wasm'] });
    try {
      expect(session.inputNames).toEqual(['x']);
      const out = await session.run({ x: new ort.Tensor('float32', Float32Array.of(3.5), [1]) });
      expect(Array.from(out['y']!.data as Float32Array)).toEqual([3.5]);
    } finally {
      await session.release();
    }
  });

  it('never rejects, even when the runtime cannot start a session', async () => {
    const broken = { ...ort, InferenceSession: { create: () => Promise.reject(new Error('no wasm')) } } as unknown as typeof ort;
    await expect(startWasmRuntime(broken)).resolves.toBeUndefined();
  });
});

describe('Engine.prepare: the runtime started ahead of a load', () => {
  it('starts onnxruntime for a setting that runs on the CPU, nothing for one that cannot run, and never rejects', async () => {
    const create = vi.spyOn(ort.InferenceSession, 'create');
    try {
      const engine = createNodeEngine();
      // Node has no WebGPU: a 'webgpu' setting cannot run, which is the load's error to tell.
      await expect(engine.prepare('webgpu')).resolves.toBeUndefined();
      expect(create).not.toHaveBeenCalled();
      await engine.prepare('auto');
      expect(create).toHaveBeenCalledTimes(1);
      expect(create.mock.calls[0]![0]).toEqual(identityModel());
    } finally {
      create.mockRestore();
    }
  });
});
