import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { ortWasmPaths } from '../cli/node-host';
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
