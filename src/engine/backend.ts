/**
 * Which onnxruntime backend runs, and why, told in a sentence a user can read.
 * The host passes what its platform offers (navigator.gpu, crossOriginIsolated, cores), so this
 * file reads no globals: the same rule runs in the worker, in Node tests and in the CLI.
 */
import type * as OrtWeb from 'onnxruntime-web';
import { EngineError } from '../shared/errors';
import type { Backend, BackendChoice, BackendInfo } from '../shared/protocol';

/** The parts of an onnxruntime module the engine uses: onnxruntime-web, or onnxruntime-node in the bench. */
export type OrtRuntime = Pick<typeof OrtWeb, 'InferenceSession' | 'Tensor' | 'env'>;

/** Structural stand-in for navigator.gpu, so the engine needs no WebGPU type declarations. */
export interface GpuLike {
  requestAdapter(): Promise<{ info?: { vendor?: string; architecture?: string; description?: string } } | null>;
}

export interface Platform {
  /** navigator.gpu where it exists. */
  gpu?: GpuLike | undefined;
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
  /** Forces the WASM thread count (Node hosts); the browser rule applies when absent. */
  wasmThreads?: number | undefined;
  /** Names the runtime in reasons, e.g. 'Node' instead of 'this browser'. */
  hostName?: string | undefined;
  /** navigator.deviceMemory (GB, rounded down by the browser) where it exists: picks the CPU mode. */
  deviceMemoryGb?: number | undefined;
}

/** WASM threads: min(4, cores) when cross-origin isolated (SharedArrayBuffer works), else 1. */
export function wasmThreadCount(platform: Platform): { threads: number; why: string } {
  if (platform.wasmThreads !== undefined) {
    const n = platform.wasmThreads;
    return { threads: n, why: `${n} thread${n === 1 ? '' : 's'} as configured` };
  }
  if (!platform.crossOriginIsolated) {
    return { threads: 1, why: '1 thread, because the page is not cross-origin isolated (threads need that)' };
  }
  const n = Math.max(1, Math.min(4, platform.hardwareConcurrency || 1));
  return { threads: n, why: `${n} thread${n === 1 ? '' : 's'} on ${platform.hardwareConcurrency} cores` };
}

function adapterName(adapter: Awaited<ReturnType<GpuLike['requestAdapter']>>): string {
  const info = adapter?.info;
  const name = [info?.vendor, info?.architecture || info?.description].filter(Boolean).join(' ');
  return name ? ` (${name})` : '';
}

/**
 * Picks the backend. 'webgpu' that cannot start is an error; 'auto' falls back to WASM and says why.
 * A WebGPU session may still fail to start later: see Engine.load, which falls back the same way.
 */
export async function chooseBackend(choice: BackendChoice, platform: Platform): Promise<BackendInfo> {
  const host = platform.hostName ?? 'this browser';
  const { threads, why } = wasmThreadCount(platform);
  const wasm = (because: string): BackendInfo => ({
    backend: 'wasm',
    threads,
    reason: `${because}, so the model runs on the CPU with WebAssembly, ${why}.`,
  });
  if (choice === 'wasm') return wasm('WebAssembly was chosen in the settings');

  let unavailable: string;
  if (!platform.gpu) {
    unavailable = `WebGPU is not available in ${host}`;
  } else {
    let adapter: Awaited<ReturnType<GpuLike['requestAdapter']>> = null;
    try {
      adapter = await platform.gpu.requestAdapter();
    } catch {
      adapter = null;
    }
    if (adapter) {
      return {
        backend: 'webgpu',
        threads,
        reason: `The model runs on the graphics processor with WebGPU${adapterName(adapter)}.`,
      };
    }
    unavailable = 'WebGPU found no graphics adapter on this device';
  }
  if (choice === 'webgpu') {
    throw new EngineError('backend-unavailable', `${unavailable}. Choose "Automatic" or "WebAssembly" in the settings.`);
  }
  return wasm(unavailable);
}

/** The WASM-threads fallback after a WebGPU session failed to start under 'auto'. */
export function wasmAfterWebGpuFailure(platform: Platform, error: unknown): BackendInfo {
  const { threads, why } = wasmThreadCount(platform);
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    backend: 'wasm',
    threads,
    reason: `WebGPU could not start the model (${detail}), so it runs on the CPU with WebAssembly, ${why}.`,
  };
}

export interface OrtSetup {
  /** Folder (URL string, ending with '/') holding onnxruntime-web's .wasm/.mjs files, served from our origin. */
  wasmPaths?: string | undefined;
  /**
   * onnxruntime-web's plain WASM build, for a runtime that runs the CPU backend: the WebGPU entry
   * otherwise loads its asyncify build (26.8 MB), which starts ~0.5 s later in Firefox
   * (bench/results/warm-start-2026-12-02.md). The WebGPU backend needs the asyncify build.
   */
  cpuBuild?: { mjs: string; wasm: string } | undefined;
}

/** The setup for onnxruntime-web's files in a folder: the WebGPU entry's own build, and the plain one for the CPU. */
export function ortFilesAt(folder: string): OrtSetup {
  return {
    wasmPaths: folder,
    cpuBuild: { mjs: `${folder}ort-wasm-simd-threaded.mjs`, wasm: `${folder}ort-wasm-simd-threaded.wasm` },
  };
}

/**
 * WASM threads in force per onnxruntime module: the count is fixed when its WASM starts, so the
 * first configuration of a module wins. Keyed by the module's env (web and node are separate).
 */
const startedThreads = new WeakMap<OrtRuntime['env'], number>();
/** Modules whose WASM started from `cpuBuild` (no WebGPU in that build). */
const startedForCpu = new WeakSet<OrtRuntime['env']>();

/** Whether this module's WASM started from the plain CPU build, so WebGPU cannot run in it. */
export function startedWithoutWebGpu(runtime: OrtRuntime): boolean {
  return startedForCpu.has(runtime.env);
}

/**
 * The one writer of onnxruntime's global options, called before a session starts; returns the
 * thread count in force (another than `threads` when the module had already started). The first
 * load's backend decides which build a module starts from (see `OrtSetup.cpuBuild`).
 */
export function configureOrt(runtime: OrtRuntime, threads: number, setup: OrtSetup = {}, backend: Backend = 'wasm'): number {
  runtime.env.logLevel = 'warning';
  const started = startedThreads.get(runtime.env);
  if (started !== undefined) return started;
  if (backend === 'wasm' && setup.cpuBuild) {
    runtime.env.wasm.wasmPaths = { ...setup.cpuBuild };
    startedForCpu.add(runtime.env);
  } else if (setup.wasmPaths !== undefined) {
    runtime.env.wasm.wasmPaths = setup.wasmPaths;
  }
  runtime.env.wasm.numThreads = threads;
  // We already run inside a worker (or Node): no second proxy worker.
  runtime.env.wasm.proxy = false;
  startedThreads.set(runtime.env, threads);
  return threads;
}
