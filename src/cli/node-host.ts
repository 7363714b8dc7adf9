/**
 * What the engine needs from Node: package files from disk, onnxruntime-web's WASM from
 * node_modules, and the platform facts. Used by the CLI, the engine tests and the bench.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Engine, type EngineOptions, type FileSource, type Platform } from '../engine';
import { EngineError } from '../shared/errors';
import { DEFAULT_MODEL_ID } from '../shared/model-index';

/** Tiny GPT-2 with random weights: fast tests of the mechanics; its output is noise. */
export const TEST_MODEL_ID = 'tiny-gpt2-random';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folder of a package under public/models. */
export function modelDir(id: string): string {
  return join(repoRoot, 'public', 'models', id);
}

export function hasModel(id: string): boolean {
  return existsSync(join(modelDir(id), 'manifest.json'));
}

/** The default model when its package is present, else the tiny test package. */
export function defaultModelId(): string {
  return hasModel(DEFAULT_MODEL_ID) ? DEFAULT_MODEL_ID : TEST_MODEL_ID;
}

/** Reads package files from a folder; progress is reported once per file (reads are fast). */
export function fsFileSource(dir: string): FileSource {
  return {
    location: dir,
    async read(path, options = {}) {
      options.signal?.throwIfAborted();
      try {
        const data = await readFile(join(dir, path));
        options.onProgress?.(data.byteLength, data.byteLength);
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      } catch (e) {
        if ((e as { code?: string }).code === 'ENOENT') {
          throw new EngineError('model-missing', `The model file ${path} was not found in ${dir}.`);
        }
        throw e;
      }
    },
  };
}

/** onnxruntime-web's dist folder as a file URL: Node loads the .wasm/.mjs from there. */
export function ortWasmPaths(): string {
  const require = createRequire(import.meta.url);
  return `${pathToFileURL(dirname(require.resolve('onnxruntime-web'))).href}/`;
}

/**
 * WASM threads in Node: POCKET_COACH_THREADS, else `fallback`. Threads work in Node once
 * wasmPaths is the dist folder's file URL (the pthread workers load the .mjs from there).
 */
export function nodePlatform(fallback = Math.min(4, availableParallelism())): Platform {
  const threads = Number(process.env.POCKET_COACH_THREADS ?? fallback);
  return {
    crossOriginIsolated: false,
    hardwareConcurrency: availableParallelism(),
    wasmThreads: threads,
    hostName: 'Node',
  };
}

export function createNodeEngine(options: Partial<EngineOptions> = {}): Engine {
  return new Engine({ platform: nodePlatform(), ortSetup: { wasmPaths: ortWasmPaths() }, ...options });
}

/** Loads a package from public/models/<id> on WASM. */
export async function loadNodeEngine(id: string, options: Partial<EngineOptions> = {}): Promise<Engine> {
  const engine = createNodeEngine(options);
  await engine.load(fsFileSource(modelDir(id)), { backend: 'wasm' });
  return engine;
}
