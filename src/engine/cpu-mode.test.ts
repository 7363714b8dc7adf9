import { describe, expect, it } from 'vitest';
import type { ModelManifest, OnnxVariant } from '../shared/manifest';
import { chooseUnpacked, computeSentence } from './cpu-mode';

const verification = { greedySteps: 1, greedyAgreement: 1, maxAbsLogitDelta: null, meanNll: 1, referenceMeanNll: 1 };
const variant = (file: string, quantization: OnnxVariant['quantization'], unpacked: boolean): OnnxVariant => ({
  file,
  quantization,
  bytes: 1,
  verification,
  shipped: true,
  ...(unpacked ? { unpackFrom: { variant: 'q4', plan: `${file}.json` } } : {}),
});
function manifestWith(...names: Array<'fp32-from-q4' | 'int8-from-q4'>): ModelManifest {
  const variants: Record<string, OnnxVariant> = { q4: variant('q4.onnx', 'q4', false) };
  for (const n of names) variants[n] = variant(`${n}.onnx`, n.startsWith('int8') ? 'int8' : 'fp32', true);
  return { backends: { wasm: 'q4', webgpu: 'q4' }, variants } as unknown as ModelManifest;
}
const platform = (deviceMemoryGb?: number) => ({ crossOriginIsolated: true, hardwareConcurrency: 4, deviceMemoryGb });

describe('the CPU mode', () => {
  const both = manifestWith('fp32-from-q4', 'int8-from-q4');
  it('is float32 by default, and where the browser does not say how much memory it has', () => {
    expect(chooseUnpacked(both, platform(8))).toBe('fp32-from-q4');
    expect(chooseUnpacked(both, platform(undefined))).toBe('fp32-from-q4');
  });
  it('is the int8 memory saver on devices reporting 4 GB or less, or when chosen', () => {
    expect(chooseUnpacked(both, platform(4))).toBe('int8-from-q4');
    expect(chooseUnpacked(both, platform(8), 'int8')).toBe('int8-from-q4');
    expect(chooseUnpacked(both, platform(2), 'float32')).toBe('fp32-from-q4');
  });
  it('takes the form the package has, and none for a package without one', () => {
    expect(chooseUnpacked(manifestWith('fp32-from-q4'), platform(2))).toBe('fp32-from-q4');
    expect(chooseUnpacked(manifestWith('int8-from-q4'), platform(8))).toBe('int8-from-q4');
    expect(chooseUnpacked(manifestWith(), platform(8))).toBeNull();
  });
  it('says which form runs and why', () => {
    expect(computeSentence(both.variants['int8-from-q4']!, platform(2))).toMatch(/int8 to save memory \(this device reports 2 GB/);
    expect(computeSentence(both.variants['int8-from-q4']!, platform(8), 'int8')).toMatch(/chosen in the settings/);
    expect(computeSentence(both.variants['fp32-from-q4']!, platform(2), 'float32')).toMatch(/float32, unpacked at load from the q4 download/);
  });
});
