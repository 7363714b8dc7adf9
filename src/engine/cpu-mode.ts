/**
 * Which unpacked CPU form of the q4 download runs on WASM: float32 (fast, about 1.2 GB in a
 * browser tab) or int8 (memory saver, about half of that, NLL within 1 % of q4), and the
 * sentence that tells the user which one runs and why.
 */
import type { ModelManifest, OnnxVariant } from '../shared/manifest';
import type { CpuMode } from '../shared/protocol';
import type { Platform } from './backend';
import { unpackedVariantsOf } from './weights-from-q4';

/** Devices reporting at most this much memory (navigator.deviceMemory, GB) get the memory saver. */
export const MEMORY_SAVER_AT_GB = 4;

/** The variant name to try first on WASM, or null when the package has no unpacked form. */
export function chooseUnpacked(manifest: ModelManifest, platform: Platform, mode: CpuMode = 'auto'): string | null {
  const forms = unpackedVariantsOf(manifest, manifest.backends.wasm);
  const saver = mode === 'int8' || (mode === 'auto' && lowMemory(platform));
  const pick = saver ? (forms.get('int8') ?? forms.get('fp32')) : (forms.get('fp32') ?? forms.get('int8'));
  return pick?.[0] ?? null;
}

function lowMemory(platform: Platform): boolean {
  return platform.deviceMemoryGb !== undefined && platform.deviceMemoryGb <= MEMORY_SAVER_AT_GB;
}

export function computeSentence(variant: OnnxVariant, platform: Platform, mode: CpuMode = 'auto'): string {
  const source = variant.unpackFrom?.variant ?? 'downloaded';
  if (variant.quantization !== 'int8') return `It computes in float32, unpacked at load from the ${source} download.`;
  const why =
    mode === 'int8'
      ? 'chosen in the settings'
      : lowMemory(platform)
        ? `this device reports ${platform.deviceMemoryGb} GB of memory`
        : 'the package has no float32 form';
  return `It computes in int8 to save memory (${why}), unpacked at load from the ${source} download.`;
}
