/**
 * Model packages and Python reference fixtures for the engine tests (Node only).
 * A fixture is written by `python -m tools.reference` to src/engine/__fixtures__/<id>-reference.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { Engine, type OrtRuntime } from '../engine';
import { TextTokenizer } from '../engine/tokenizer';
import { createNodeEngine, fsFileSource, modelDir, repoRoot } from './node-host';

/** One prompt of a fixture written by tools/reference.py. */
export interface ReferenceCase {
  name: string;
  text: string;
  /** Python `tokenizers` ids of `text` (no special tokens added). */
  ids: number[];
  /** What was fed: `ids`, with bos in front when the manifest says addBos. */
  inputIds: number[];
  /** Greedy tokens from Python onnxruntime with the KV cache. */
  greedy: number[];
  greedyText: string;
  /** Smallest top-1/top-2 logit gap over the steps. */
  minMargin: number;
  /** The gap per step, where the fixture has it. */
  margins?: number[];
}

export interface ReferenceFixture {
  modelId: string;
  variant: string;
  file: string;
  fileSha256: string;
  steps: number;
  cases: ReferenceCase[];
}

/** POCKET_COACH_PACKAGE_<ID> (dashes as underscores): a package folder outside public/models, with its reference.json. */
function override(id: string): string | undefined {
  return process.env[`POCKET_COACH_PACKAGE_${id.replace(/-/g, '_').toUpperCase()}`];
}

export function packageDir(id: string): string {
  return override(id) ?? modelDir(id);
}

/** The package's reference fixture; with `variant`, the one made for that variant (`--variant`). */
export function fixturePath(id: string, variant?: string): string {
  const dir = override(id);
  const name = variant ? `${variant}-reference.json` : 'reference.json';
  return dir ? join(dir, name) : join(repoRoot, 'src', 'engine', '__fixtures__', `${id}-${name}`);
}

/** Why a package's tests cannot run here, or null when they can. */
export function missingReason(id: string, { fixture = false } = {}): string | null {
  if (!existsSync(join(packageDir(id), 'manifest.json'))) return `model package ${id} is absent (${packageDir(id)})`;
  if (fixture && !existsSync(fixturePath(id))) return `reference fixture ${fixturePath(id)} is absent`;
  return null;
}

export function readFixture(id: string, variant?: string): ReferenceFixture {
  return JSON.parse(readFileSync(fixturePath(id, variant), 'utf8')) as ReferenceFixture;
}

/** The tokenizer alone (no ONNX session): cheap for text tests. */
export function loadTokenizer(id: string): TextTokenizer {
  const dir = packageDir(id);
  const json = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return new TextTokenizer(json('tokenizer.json'), json('tokenizer_config.json'));
}

/**
 * An engine with the package loaded, 1 thread (tests share 2 cores): onnxruntime-web WASM as
 * the app runs it, or with `native` the same loop on onnxruntime-node (the CPU kernels Python's
 * onnxruntime uses, so its numerics match a Python reference bit for bit).
 */
export async function loadTestEngine(
  id: string,
  { native = false, wasmVariant = 'auto' }: { native?: boolean; wasmVariant?: string } = {},
): Promise<Engine> {
  const platform = { crossOriginIsolated: false, hardwareConcurrency: 1, wasmThreads: 1, hostName: 'Node' };
  const engine = native
    ? createNodeEngine({
        platform,
        runtime: ortNode as unknown as OrtRuntime,
        session: { executionProviders: ['cpu'], intraOpNumThreads: 1 },
      })
    : createNodeEngine({ platform });
  await engine.load(fsFileSource(packageDir(id)), { backend: 'wasm', wasmVariant });
  return engine;
}
