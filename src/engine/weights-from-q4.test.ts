/**
 * The float32-from-q4 unpacker: the onnxruntime-web internals it relies on (fails loudly on an
 * upgrade that changes them), its bytes against Python's (plan sha256), and the fallback to the
 * q4 graph with the reason when the unpacking cannot be used.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as ortWeb from 'onnxruntime-web';
import { describe, expect, it, vi } from 'vitest';
import { createNodeEngine, fsFileSource, repoRoot, TEST_MODEL_ID } from '../cli/node-host';
import { missingReason, packageDir } from '../cli/test-packages';
import type { ModelManifest } from '../shared/manifest';
import { DEFAULT_MODEL_ID } from '../shared/model-index';
import type { Engine } from './engine';
import type { FileSource } from './package-source';
import { parsePlan, unpackedVariantsOf, unpackedWeights, VALIDATED_ORT_WEB_VERSION, type UnpackPlan } from './weights-from-q4';

const require = createRequire(import.meta.url);
const ortDist = dirname(require.resolve('onnxruntime-web'));
const UPGRADE_HINT =
  'onnxruntime-web changed how it copies externalData; re-check src/engine/weights-from-q4.ts against the new ' +
  'release (each initializer copied with data.subarray(offset, offset + length)), then update VALIDATED_ORT_WEB_VERSION';

function readPackage(id: string, quantization: 'fp32' | 'int8' = 'fp32') {
  const dir = packageDir(id);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ModelManifest;
  const [name, variant] = unpackedVariantsOf(manifest, manifest.backends.wasm).get(quantization)!;
  const planBytes = readFileSync(join(dir, variant.unpackFrom!.plan));
  const plan = parsePlan(JSON.parse(planBytes.toString('utf8')), manifest, variant);
  const q4 = new Uint8Array(readFileSync(join(dir, plan.source.file)));
  return { dir, manifest, name, variant, plan, planBytes, q4 };
}

/**
 * Loads a Node engine with `load`, checks it answers, and returns the graphOptimizationLevel of
 * each session created on `bytes` bytes: the model's (the runtime's start-up session sets none).
 */
async function modelSessionLevels(bytes: number, load: (engine: Engine) => Promise<void>): Promise<Array<string | undefined>> {
  const create = vi.spyOn(ortWeb.InferenceSession, 'create');
  const engine = createNodeEngine({ platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1 } });
  try {
    await load(engine);
    const model = create.mock.calls.filter(([data]) => (data as Uint8Array).byteLength === bytes);
    const answer = await engine.generate([{ role: 'user', content: 'Hi' }], { maxNewTokens: 4, temperature: 0, stopStrings: [] });
    expect(answer.tokenIds.length).toBeGreaterThan(0);
    return model.map(([, options]) => (options as { graphOptimizationLevel?: string }).graphOptimizationLevel);
  } finally {
    create.mockRestore();
    await engine.unload();
  }
}

/** Every tensor through subarray(), as onnxruntime asks for it, into one buffer: its sha256. */
function unpackedSha256(plan: UnpackPlan, q4: Uint8Array, options: { simd?: boolean; simdTensors?: number } = {}): string {
  const weights = unpackedWeights(plan, q4, undefined, { simd: options.simd ?? true });
  const hash = createHash('sha256');
  let at = 0;
  for (const t of [...plan.tensors].sort((a, b) => a.offset - b.offset)) {
    if (t.offset > at) hash.update(new Uint8Array(t.offset - at));
    hash.update(weights.data.subarray(t.offset, t.offset + t.bytes));
    at = t.offset + t.bytes;
  }
  if (plan.bytes > at) hash.update(new Uint8Array(plan.bytes - at));
  expect(weights.check()).toBeNull();
  if (options.simdTensors !== undefined) expect(weights.simdTensors).toBe(options.simdTensors);
  return hash.digest('hex');
}

describe('onnxruntime-web internals the unpacker relies on', () => {
  it(`is onnxruntime-web ${VALIDATED_ORT_WEB_VERSION}, pinned exactly`, () => {
    const installed = (JSON.parse(readFileSync(join(ortDist, '..', 'package.json'), 'utf8')) as { version: string }).version;
    const pinned = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
      .dependencies['onnxruntime-web'];
    expect(pinned, 'pin onnxruntime-web to an exact version').toBe(installed);
    expect(installed, UPGRADE_HINT).toBe(VALIDATED_ORT_WEB_VERSION);
  });

  it('mounts a Uint8Array given as externalData as it is (no copy, no conversion)', () => {
    for (const file of ['ort.node.min.mjs', 'ort.bundle.min.mjs', 'ort.min.mjs', 'ort.wasm.bundle.min.mjs']) {
      const js = readFileSync(join(ortDist, file), 'utf8');
      expect(/instanceof Uint8Array\?(\w+):new Uint8Array\(\1\)/.test(js), `${file}: ${UPGRADE_HINT}`).toBe(true);
    }
  });

  it('copies each external initializer with data.subarray(offset, offset + length) after checking byteLength', () => {
    // The builds our hosts load: asyncify in the app and bench (vite.config.ts), the plain one in Node.
    const glue = ['ort-wasm-simd-threaded.asyncify.mjs', 'ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.jsep.mjs'];
    expect(readdirSync(ortDist)).toEqual(expect.arrayContaining(glue));
    // if(off+len>data.byteLength)return 3;try{const v=data.subarray(off,off+len);switch(..){case 0:(..HEAPU8).set(v,dest
    const copy =
      /if\((\w+)\+(\w+)>(\w+)\.byteLength\)return 3;try\{const (\w+)=\3\.subarray\(\1,\1\+\2\);switch\(\w+\)\{case 0:\(\w+\(\),\w+\)\.set\(\4,/;
    for (const file of glue) expect(copy.test(readFileSync(join(ortDist, file), 'utf8')), `${file}: ${UPGRADE_HINT}`).toBe(true);
  });
});

describe.skipIf(missingReason(TEST_MODEL_ID) !== null)('unpacking the tiny package', () => {
  it('gives the bytes Python unpacks (plan sha256), each tensor on its own request', () => {
    const { plan, q4 } = readPackage(TEST_MODEL_ID);
    expect(unpackedSha256(plan, q4, { simd: false, simdTensors: 0 })).toBe(plan.sha256);
  });

  it('gives the same bytes with the WASM SIMD kernel, which takes every slice of 32-blocks and 16-column multiples', () => {
    const { plan, q4 } = readPackage(TEST_MODEL_ID);
    const fits = plan.tensors.filter((t) => t.kind === 'dequantize' && t.block === 32 && t.k % 32 === 0 && t.cols % 16 === 0);
    // The tiny package has both kinds: the kernel's slices and one the JavaScript loop must take.
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.length).toBeLessThan(plan.tensors.filter((t) => t.kind === 'dequantize').length);
    expect(unpackedSha256(plan, q4, { simdTensors: fits.length })).toBe(plan.sha256);
  });

  it('ships the kernel assembled from dequantize.wat as it is now', () => {
    expect(() => execFileSync(process.execPath, [join(repoRoot, 'scripts/build-wasm.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('gives the int8 bytes Python quantizes (plan sha256): SmoothQuant factors, round half to even', () => {
    const { plan, q4 } = readPackage(TEST_MODEL_ID, 'int8');
    expect(plan.tensors.some((t) => t.kind === 'quantize')).toBe(true);
    expect(unpackedSha256(plan, q4)).toBe(plan.sha256);
  });

  it('loads the int8 memory saver where the device reports little memory, and says why', async () => {
    const engine = createNodeEngine({
      platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1, deviceMemoryGb: 2 },
    });
    await engine.load(fsFileSource(packageDir(TEST_MODEL_ID)), { backend: 'wasm' });
    expect(engine.info?.variant).toBe('int8-from-q4');
    expect(engine.info?.reason).toMatch(/computes in int8 to save memory \(this device reports 2 GB of memory\)/);
    await engine.unload();
  });

  it('refuses a range that is not one tensor, and check() then says why', () => {
    const { plan, q4 } = readPackage(TEST_MODEL_ID);
    const weights = unpackedWeights(plan, q4);
    const t = plan.tensors[0]!;
    expect(() => weights.data.subarray(t.offset, t.offset + t.bytes + 4)).toThrow(/no single tensor/);
    expect(weights.check()).toMatch(/no single tensor/);
  });

  it('reports unpacking progress up to all its bytes', () => {
    const { plan, q4 } = readPackage(TEST_MODEL_ID);
    const seen: number[] = [];
    const weights = unpackedWeights(plan, q4, (p) => seen.push(p.loaded / p.total));
    for (const t of plan.tensors) weights.data.subarray(t.offset, t.offset + t.bytes);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('rejects a plan made from another q4 file', () => {
    const { manifest, variant, planBytes } = readPackage(TEST_MODEL_ID);
    const json = JSON.parse(planBytes.toString('utf8')) as UnpackPlan;
    json.source.sha256 = '0'.repeat(64);
    expect(() => parsePlan(json, manifest, variant)).toThrow(/another onnx\/model_q4.onnx/);
  });

  it('loads it by default on onnxruntime-web and says so; onnxruntime read every weight once', async () => {
    const engine = createNodeEngine({ platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1 } });
    const { name } = readPackage(TEST_MODEL_ID);
    const files: string[] = [];
    await engine.load(fsFileSource(packageDir(TEST_MODEL_ID)), { backend: 'wasm', onProgress: (p) => files.push(p.file) });
    expect(engine.info?.variant).toBe(name);
    expect(engine.info?.reason).toMatch(/computes in float32, unpacked at load from the q4 download/);
    expect(files).toContain('model_q4_fp32.weights');
    await engine.unload();
  });

  it('starts a graph the manifest marks optimized with onnxruntime graph optimization off, and it answers', async () => {
    const { manifest, name } = readPackage(TEST_MODEL_ID);
    expect(manifest.variants[name]?.optimized, 'rerun python -m tools.fast_start').toBe(true);
    const levels = await modelSessionLevels(manifest.variants[name]!.bytes, async (engine) => {
      await engine.load(fsFileSource(packageDir(TEST_MODEL_ID)), { backend: 'wasm' });
      expect(engine.info?.variant).toBe(name);
    });
    expect(levels).toEqual(['disabled']);
  });

  it('appends the shapes record to a graph shipped as it is (q4), and it answers', async () => {
    const { dir, manifest } = readPackage(TEST_MODEL_ID);
    const q4 = manifest.variants[manifest.backends.wasm]!;
    expect(q4.shapes, 'rerun python -m tools.fast_start').toBeTruthy();
    const joined = q4.bytes + manifest.files.find((f) => f.path === q4.shapes)!.bytes;
    const levels = await modelSessionLevels(joined, async (engine) => {
      await engine.load(fsFileSource(dir), { backend: 'wasm', cpuMode: 'q4' });
      expect(engine.info?.variant).toBe(manifest.backends.wasm);
    });
    expect(levels).toEqual(['all']);
  });

  /** The package with its plan rewritten (manifest sizes kept consistent), as a FileSource. */
  function tamperedSource(edit: (plan: UnpackPlan) => void): FileSource {
    const { dir, variant, planBytes } = readPackage(TEST_MODEL_ID);
    const plan = JSON.parse(planBytes.toString('utf8')) as UnpackPlan;
    edit(plan);
    const newPlan = new TextEncoder().encode(JSON.stringify(plan));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ModelManifest;
    manifest.files.find((f) => f.path === variant.unpackFrom!.plan)!.bytes = newPlan.byteLength;
    const inner = fsFileSource(dir);
    return {
      location: dir,
      async read(path, options) {
        if (path === 'manifest.json') return new TextEncoder().encode(JSON.stringify(manifest));
        if (path === variant.unpackFrom!.plan) return newPlan;
        return inner.read(path, options);
      },
    };
  }

  it('falls back to the q4 graph with the reason when onnxruntime asks for other bytes', async () => {
    const engine = createNodeEngine({ platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1 } });
    // Shift one tensor in the plan only: the graph asks for its old range.
    const source = tamperedSource((plan) => {
      const t = plan.tensors.at(-1)!;
      t.offset += 64;
      plan.bytes += 64;
    });
    await engine.load(source, { backend: 'wasm' });
    expect(engine.info?.variant).toBe('q4');
    expect(engine.info?.reason).toMatch(/faster float32 mode could not start \(.*no single tensor.*\), so the q4 model runs as downloaded/);
    const r = await engine.generateFromIds([464, 2068], { maxNewTokens: 3 });
    expect(r.tokenIds).toHaveLength(3);
    await engine.unload();
  });

  it('fails loudly, without falling back, when the float32 variant was asked for by name', async () => {
    const engine = createNodeEngine({ platform: { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1 } });
    const source = tamperedSource((plan) => {
      plan.source.sha256 = 'f'.repeat(64);
    });
    await expect(engine.load(source, { backend: 'wasm', wasmVariant: 'fp32-from-q4' })).rejects.toThrow(/could not be unpacked.*another/);
  });
});

describe.skipIf(missingReason(DEFAULT_MODEL_ID) !== null)(`unpacking ${DEFAULT_MODEL_ID}`, () => {
  it('gives the bytes Python unpacks (plan sha256), for every unpacked form it ships', { timeout: 180_000 }, () => {
    const manifest = JSON.parse(readFileSync(join(packageDir(DEFAULT_MODEL_ID), 'manifest.json'), 'utf8')) as ModelManifest;
    const shipped = [...unpackedVariantsOf(manifest, manifest.backends.wasm).keys()] as ('fp32' | 'int8')[];
    // float32 always; the int8 memory saver only where it passed its NLL gate (tools/int8_from_q4.py).
    expect(shipped).toContain('fp32');
    for (const quantization of shipped) {
      const { plan, q4 } = readPackage(DEFAULT_MODEL_ID, quantization);
      expect(unpackedSha256(plan, q4), quantization).toBe(plan.sha256);
    }
    // The float32 form once more by the JavaScript loop alone (what runs without WebAssembly SIMD);
    // above, the SIMD kernel took every float32 slice (4-bit with block mins, and the 8-bit lm_head).
    const { plan, q4 } = readPackage(DEFAULT_MODEL_ID, 'fp32');
    expect(unpackedSha256(plan, q4, { simd: false, simdTensors: 0 })).toBe(plan.sha256);
    const dequantized = plan.tensors.filter((t) => t.kind === 'dequantize');
    expect(new Set(dequantized.map((t) => `${t.bits}:${t.mins !== null}`))).toEqual(new Set(['4:true', '8:false']));
    expect(unpackedSha256(plan, q4, { simdTensors: dequantized.length })).toBe(plan.sha256);
  });
});
