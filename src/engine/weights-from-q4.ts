/**
 * Float32 (or int8) weights unpacked from a package's q4 file at load, one tensor at a time,
 * following the plan written by tools/fp32_from_q4.py (tools/int8_from_q4.py). onnxruntime-web's
 * WASM build has no 4-bit kernel, so computing in float32 is ~16x faster per token there than
 * the q4 graph; the download stays the q4 file.
 *
 * How the bytes reach onnxruntime relies on onnxruntime-web internals, validated for
 * VALIDATED_ORT_WEB_VERSION (guarded by weights-from-q4.test.ts): `externalData` entries whose
 * data is a Uint8Array are mounted as they are, and each external initializer is then copied into
 * WASM memory with `data.subarray(offset, offset + length)`. Our Uint8Array subclass answers each
 * such call by unpacking that one tensor into a reused scratch buffer, so no float32 copy of the
 * model ever exists in JavaScript. `check()` after the session is created tells whether every
 * tensor was served exactly once; the engine falls back to the q4 graph when it was not.
 */
import type { ModelManifest, OnnxVariant } from '../shared/manifest';
import { DEQUANTIZE_WASM } from './dequantize-wasm';

export const PLAN_FORMAT = 'pocket-coach/weights-from-q4';
export const PLAN_VERSION = 1;
/** The onnxruntime-web release whose external-data copying this file was validated against. */
export const VALIDATED_ORT_WEB_VERSION = '1.30.0';

interface PlanTensorBase {
  name: string;
  /** Where the tensor sits in the virtual external-data file. */
  offset: number;
  bytes: number;
}

export interface PlanCopy extends PlanTensorBase {
  kind: 'copy';
  /** Byte offset of the same bytes in the q4 file. */
  from: number;
}

/** A float32 [k, cols] slice of a MatMulNBits weight: columns col0..col0+cols of its n outputs. */
export interface PlanDequantize extends PlanTensorBase {
  kind: 'dequantize';
  k: number;
  n: number;
  col0: number;
  cols: number;
  bits: 4 | 8;
  block: number;
  /** Byte offsets in the q4 file: codes [n, blocks, block*bits/8], scales [n, blocks], mins [blocks, n]. */
  data: number;
  scales: number;
  scalesType: 'float16' | 'float32';
  zeroPoint: number;
  mins: number | null;
  minsType: 'float16' | 'float32' | null;
}

/**
 * The same slice as uint8 for DynamicQuantizeMatMul: w * rows[k] * columns[n] (SmoothQuant), then
 * round-half-even(w * inverseScales[n]) + zeroPoints[n], clamped to 0..255. The four arrays sit
 * at these byte offsets in the plan's `aux` (float32, float32, float32, uint8).
 */
export interface PlanQuantize extends Omit<PlanDequantize, 'kind'> {
  kind: 'quantize';
  rows: number;
  columns: number;
  inverseScales: number;
  zeroPoints: number;
}

export type PlanTensor = PlanCopy | PlanDequantize | PlanQuantize;

export interface UnpackPlan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  source: { file: string; bytes: number; sha256: string };
  /** The float32 graph file, and the external-data file name it refers to (never downloaded). */
  graph: string;
  external: string;
  bytes: number;
  /** SHA-256 of all unpacked bytes (tests compare the unpacker with Python's). */
  sha256: string;
  tensors: PlanTensor[];
  /** base64 of the factor arrays that `quantize` tensors point into. */
  aux?: string;
}

/** The shipped variants computing `variantName`'s weights unpacked, by quantization (fp32, int8). */
export function unpackedVariantsOf(manifest: ModelManifest, variantName: string): Map<string, [string, OnnxVariant]> {
  const out = new Map<string, [string, OnnxVariant]>();
  for (const [name, v] of Object.entries(manifest.variants)) {
    if (v.shipped && v.unpackFrom?.variant === variantName && !out.has(v.quantization)) out.set(v.quantization, [name, v]);
  }
  return out;
}

/** The float32 variant computing `variantName`'s weights unpacked, if the package ships one. */
export function unpackedVariantOf(manifest: ModelManifest, variantName: string): [string, OnnxVariant] | null {
  return unpackedVariantsOf(manifest, variantName).get('fp32') ?? null;
}

/** Checks a plan against the package it came with; throws an Error naming the problem. */
export function parsePlan(json: unknown, manifest: ModelManifest, variant: OnnxVariant): UnpackPlan {
  const plan = json as Partial<UnpackPlan> | null;
  if (!plan || plan.format !== PLAN_FORMAT || plan.version !== PLAN_VERSION || !Array.isArray(plan.tensors)) {
    throw new Error(`the unpack plan is not format ${PLAN_FORMAT} version ${PLAN_VERSION}`);
  }
  const source = manifest.variants[variant.unpackFrom?.variant ?? '']?.file;
  const listed = manifest.files.find((f) => f.path === source);
  if (!plan.source || plan.source.file !== source || plan.source.sha256 !== listed?.sha256) {
    throw new Error(`the unpack plan was made from another ${source ?? 'file'} (run python -m tools.fp32_from_q4)`);
  }
  if (plan.graph !== variant.file || typeof plan.external !== 'string') {
    throw new Error(`the unpack plan is for ${String(plan.graph)}, not ${variant.file}`);
  }
  const total = plan.bytes ?? 0;
  const aux = plan.aux === undefined ? 0 : Math.floor((plan.aux.length * 3) / 4);
  for (const t of plan.tensors) {
    const end = t.kind === 'copy' ? t.from + t.bytes : t.data;
    const expected = t.kind === 'copy' ? t.bytes : t.k * t.cols * (t.kind === 'quantize' ? 1 : 4);
    if (t.kind === 'quantize' && Math.max(t.rows + 4 * t.k, t.columns + 4 * t.cols, t.inverseScales + 4 * t.cols, t.zeroPoints + t.cols) > aux) {
      throw new Error(`the unpack plan's tensor ${t.name} points past its factors`);
    }
    if (t.offset + t.bytes > total || t.bytes !== expected || end > plan.source.bytes) {
      throw new Error(`the unpack plan's tensor ${t.name} is out of range`);
    }
  }
  return plan as UnpackPlan;
}

let halfTable: Float32Array | null = null;

/** float16 bits -> float32 value, for all 65,536 patterns (built once, 256 KB). */
function halves(): Float32Array {
  if (halfTable) return halfTable;
  const table = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 31;
    const frac = h & 1023;
    table[h] =
      exp === 0 ? sign * frac * 2 ** -24 : exp === 31 ? (frac ? NaN : sign * Infinity) : sign * (1 + frac / 1024) * 2 ** (exp - 15);
  }
  halfTable = table;
  return table;
}

/** Reads `count` float16 or float32 values at byte offset `at` of the q4 file into `into`. */
function readFloats(q4: Uint8Array, at: number, count: number, type: 'float16' | 'float32', into: Float32Array): void {
  if (type === 'float16') {
    const table = halves();
    for (let i = 0; i < count; i++) into[i] = table[q4[at + 2 * i]! | (q4[at + 2 * i + 1]! << 8)]!;
    return;
  }
  const view = new DataView(q4.buffer, q4.byteOffset, q4.byteLength);
  for (let i = 0; i < count; i++) into[i] = view.getFloat32(at + 4 * i, true);
}

/** Columns decoded together, so that writing them row by row touches whole cache lines. */
const TILE = 16;

/**
 * Decodes a weight slice TILE columns at a time: w = (q - zeroPoint) * scale (+ block min), each
 * step rounded to float32 as numpy does. `sink` gets the tile as [span][width] floats.
 */
function decodeTiles(
  q4: Uint8Array,
  t: PlanDequantize | PlanQuantize,
  sink: (tile: Float32Array, c0: number, span: number, width: number) => void,
): void {
  const { k, n, col0, cols, bits, block, zeroPoint } = t;
  const blocks = Math.ceil(k / block);
  const blockBytes = (block * bits) / 8;
  const rowBytes = blocks * blockBytes;
  const width = blocks * block;
  const scales = new Float32Array(blocks);
  const minRow = new Float32Array(n);
  const mins = t.mins !== null && t.minsType !== null ? new Float32Array(blocks * TILE) : null;
  const tile = new Float32Array(TILE * width);
  const values = new Float32Array(16);
  const fround = Math.fround;
  for (let c0 = 0; c0 < cols; c0 += TILE) {
    const span = Math.min(TILE, cols - c0);
    if (mins) {
      // mins are stored [blocks, n]: one strided read per block for this tile's columns.
      for (let b = 0; b < blocks; b++) {
        readFloats(q4, t.mins! + (b * n + col0 + c0) * (t.minsType === 'float16' ? 2 : 4), span, t.minsType!, minRow);
        for (let c = 0; c < span; c++) mins[c * blocks + b] = minRow[c]!;
      }
    }
    for (let c = 0; c < span; c++) {
      const col = col0 + c0 + c;
      readFloats(q4, t.scales + col * blocks * (t.scalesType === 'float16' ? 2 : 4), blocks, t.scalesType, scales);
      const row = c * width;
      for (let b = 0; b < blocks; b++) {
        const s = scales[b]!;
        const at = t.data + col * rowBytes + b * blockBytes;
        const r = row + b * block;
        if (bits === 4) {
          // The 16 values a 4-bit code can stand for in this block, each rounded as numpy does:
          // (q - z) * s is exact in float64, so storing it rounds once; the min is then added in float32.
          const m = mins ? mins[c * blocks + b]! : 0;
          for (let q = 0; q < 16; q++) values[q] = mins ? fround(fround((q - zeroPoint) * s) + m) : (q - zeroPoint) * s;
          for (let j = 0; j < blockBytes; j++) {
            const byte = q4[at + j]!;
            tile[r + 2 * j] = values[byte & 15]!;
            tile[r + 2 * j + 1] = values[byte >> 4]!;
          }
        } else {
          for (let j = 0; j < block; j++) tile[r + j] = (q4[at + j]! - zeroPoint) * s;
          if (mins) {
            const m = mins[c * blocks + b]!;
            for (let j = 0; j < block; j++) tile[r + j] = fround(tile[r + j]! + m);
          }
        }
      }
    }
    sink(tile, c0, span, width);
  }
}

/** Writes W[k, cols] (row-major, MatMul's B) into `out`; the bytes equal tools/fp32_from_q4.py's. */
export function dequantizeInto(q4: Uint8Array, t: PlanDequantize, out: Float32Array): void {
  const { k, cols } = t;
  decodeTiles(q4, t, (tile, c0, span, width) => {
    for (let i = 0; i < k; i++) {
      const o = i * cols + c0;
      for (let c = 0; c < span; c++) out[o + c] = tile[c * width + i]!;
    }
  });
}

/** Adding and subtracting 1.5 * 2^52 rounds a double to an integer, halves to even (numpy's rint). */
const ROUND = 6755399441055744;

/** Writes the uint8 codes [k, cols] of a `quantize` tensor into `out` (tools/int8_from_q4.py's bytes). */
export function quantizeInto(q4: Uint8Array, t: PlanQuantize, aux: Uint8Array, out: Uint8Array): void {
  const { k, cols } = t;
  const floats = (at: number, n: number) => new Float32Array(aux.buffer.slice(aux.byteOffset + at, aux.byteOffset + at + 4 * n));
  const rows = floats(t.rows, k);
  const columns = floats(t.columns, cols);
  const inverse = floats(t.inverseScales, cols);
  const zeroPoints = aux.subarray(t.zeroPoints, t.zeroPoints + cols);
  const fround = Math.fround;
  decodeTiles(q4, t, (tile, c0, span, width) => {
    for (let i = 0; i < k; i++) {
      const r = rows[i]!;
      const o = i * cols + c0;
      for (let c = 0; c < span; c++) {
        const col = c0 + c;
        const v = fround(fround(fround(tile[c * width + i]! * r) * columns[col]!) * inverse[col]!);
        const q = v + ROUND - ROUND + zeroPoints[col]!;
        out[o + c] = q < 0 ? 0 : q > 255 ? 255 : q;
      }
    }
  });
}

let simdModule: WebAssembly.Module | null | undefined;

/** The compiled SIMD dequantizer (dequantize.wat), or null where WebAssembly SIMD is missing. */
function simdDequantizerModule(): WebAssembly.Module | null {
  if (simdModule !== undefined) return simdModule;
  try {
    simdModule = new WebAssembly.Module(decodeBase64(DEQUANTIZE_WASM) as Uint8Array<ArrayBuffer>);
  } catch {
    simdModule = null; // no SIMD (or no WebAssembly): the JavaScript loop does it
  }
  return simdModule;
}

/** Bytes before the first input: the kernel's scratch (4 columns x 32 floats). */
const SCRATCH_BYTES = 512;

/**
 * `dequantizeInto` in WASM SIMD, one instance per load (its memory, ~10 MB for the largest slice,
 * goes with it). `run` answers null for a slice the kernel does not take (blocks other than 32,
 * columns not a multiple of 16); the caller then uses the JavaScript loop.
 */
function simdDequantizer(): { run(q4: Uint8Array, t: PlanDequantize): Uint8Array | null } | null {
  const module = simdDequantizerModule();
  if (!module) return null;
  let instance: WebAssembly.Instance;
  try {
    instance = new WebAssembly.Instance(module);
  } catch {
    return null; // no memory for its instance: the JavaScript loop, which needs less
  }
  const memory = instance.exports['memory'] as WebAssembly.Memory;
  const dequantize = instance.exports['dequantize'] as (...args: number[]) => void;
  const align = (n: number) => Math.ceil(n / 16) * 16;
  let minRow = new Float32Array(0);
  return {
    run(q4, t) {
      const { k, n, col0, cols, bits, block } = t;
      if (block !== 32 || k % 32 !== 0 || cols % 16 !== 0) return null;
      const blocks = k / 32;
      const rowBytes = blocks * block * bits / 8;
      const params = cols * blocks;
      const codes = SCRATCH_BYTES;
      const scales = align(codes + cols * rowBytes);
      const mins = align(scales + 4 * params);
      const out = align(mins + 4 * params);
      const end = out + t.bytes;
      if (memory.buffer.byteLength < end) {
        try {
          memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
        } catch {
          return null; // the browser refused ~10 MB more: this slice by the JavaScript loop
        }
      }
      const heap = new Uint8Array(memory.buffer);
      const floats = new Float32Array(memory.buffer);
      heap.set(q4.subarray(t.data + col0 * rowBytes, t.data + (col0 + cols) * rowBytes), codes);
      const scaleBytes = t.scalesType === 'float16' ? 2 : 4;
      readFloats(q4, t.scales + col0 * blocks * scaleBytes, params, t.scalesType, floats.subarray(scales / 4, scales / 4 + params));
      const hasMins = t.mins !== null && t.minsType !== null;
      if (hasMins) {
        // stored [blocks, n]: the kernel reads them [cols, blocks], as the scales.
        if (minRow.length < cols) minRow = new Float32Array(cols);
        const minBytes = t.minsType === 'float16' ? 2 : 4;
        for (let b = 0; b < blocks; b++) {
          readFloats(q4, t.mins! + (b * n + col0) * minBytes, cols, t.minsType!, minRow);
          for (let c = 0; c < cols; c++) floats[mins / 4 + c * blocks + b] = minRow[c]!;
        }
      }
      dequantize(codes, scales, mins, out, 0, blocks, cols, bits, t.zeroPoint, hasMins ? 1 : 0);
      return new Uint8Array(memory.buffer, out, t.bytes);
    },
  };
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export interface UnpackProgress {
  /** Unpacked bytes so far, of `total`. */
  loaded: number;
  total: number;
}

/** What onnxruntime gets as the graph's external data, plus the check after session creation. */
export interface UnpackedWeights {
  /** Pass as `externalData: [{ path, data }]`. */
  path: string;
  data: Uint8Array;
  /** Null when every tensor was served exactly once; else why the session must not be used. */
  check(): string | null;
  /** ms spent unpacking. */
  readonly unpackMs: number;
  /** How many tensors the WASM SIMD kernel unpacked (the others: the JavaScript loop, or a plain copy). */
  readonly simdTensors: number;
}

/** The lazily unpacking external data for `plan`, reading from the q4 file's bytes. */
export function unpackedWeights(
  plan: UnpackPlan,
  q4: Uint8Array,
  onProgress?: (p: UnpackProgress) => void,
  options: { simd?: boolean } = {},
): UnpackedWeights {
  if (q4.byteLength !== plan.source.bytes) throw new Error(`${plan.source.file} has ${q4.byteLength} bytes, the plan says ${plan.source.bytes}`);
  const byOffset = new Map(plan.tensors.map((t) => [t.offset, t]));
  const served = new Map<string, number>();
  let largest = 0;
  for (const t of plan.tensors) if (t.kind !== 'copy') largest = Math.max(largest, t.k * t.cols);
  let scratch: Float32Array | null = null;
  const simd = options.simd === false ? null : simdDequantizer();
  let codes: Uint8Array | null = null;
  const aux = plan.aux === undefined ? new Uint8Array(0) : decodeBase64(plan.aux);
  let problem: string | null = null;
  let loaded = 0;
  let unpackMs = 0;
  let simdTensors = 0;
  const total = plan.tensors.reduce((sum, t) => sum + t.bytes, 0);

  const serve = (begin: number, end: number): Uint8Array => {
    const t = byOffset.get(begin);
    if (!t || end - begin !== t.bytes) {
      problem ??= `onnxruntime asked for bytes ${begin}-${end}, which are no single tensor of the plan`;
      throw new Error(problem);
    }
    served.set(t.name, (served.get(t.name) ?? 0) + 1);
    loaded += t.bytes;
    onProgress?.({ loaded, total });
    if (t.kind === 'copy') return q4.subarray(t.from, t.from + t.bytes);
    const started = performance.now();
    try {
      if (t.kind === 'quantize') {
        codes ??= new Uint8Array(largest);
        quantizeInto(q4, t, aux, codes);
        return codes.subarray(0, t.bytes);
      }
      const fast = simd?.run(q4, t);
      if (fast) {
        simdTensors++;
        return fast;
      }
      scratch ??= new Float32Array(largest);
      dequantizeInto(q4, t, scratch.subarray(0, t.bytes / 4));
      return new Uint8Array(scratch.buffer, 0, t.bytes);
    } finally {
      unpackMs += performance.now() - started;
    }
  };

  // onnxruntime-web reads only byteLength and subarray() of mounted external data (see above).
  class UnpackingBytes extends Uint8Array {
    constructor() {
      super(0);
    }
    override get byteLength(): number {
      return plan.bytes;
    }
    override subarray(begin?: number, end?: number): Uint8Array<ArrayBuffer> {
      try {
        return serve(begin ?? 0, end ?? plan.bytes) as Uint8Array<ArrayBuffer>;
      } catch (e) {
        // onnxruntime turns a throw here into a bare error code: keep the reason for the engine.
        problem ??= e instanceof Error ? e.message : String(e);
        throw e;
      }
    }
  }

  return {
    path: plan.external,
    data: new UnpackingBytes(),
    check() {
      if (problem) return problem;
      const missing = plan.tensors.filter((t) => served.get(t.name) !== 1);
      if (missing.length === 0) return null;
      const t = missing[0]!;
      return `onnxruntime read ${missing.length} of ${plan.tensors.length} weights other than once (${t.name}: ${served.get(t.name) ?? 0} times)`;
    },
    get unpackMs() {
      return unpackMs;
    },
    get simdTensors() {
      return simdTensors;
    },
  };
}
