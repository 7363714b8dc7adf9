/**
 * Starting an onnxruntime session on a variant whose weights are unpacked at load from another
 * variant's file (manifest `unpackFrom`, plan by tools/fp32_from_q4.py), and the files it reads.
 */
import type { InferenceSession } from 'onnxruntime-web';
import type { ModelManifest } from '../shared/manifest';
import type { OrtRuntime } from './backend';
import { createSession, type SessionInit } from './decoder';
import { variantFiles, type PackageProgress } from './package-source';
import { parsePlan, unpackedWeights } from './weights-from-q4';

/** Package paths a variant needs: its graph, plus the plan and the source file when unpacked. */
export function filesOfVariant(manifest: ModelManifest, name: string): string[] {
  const files = variantFiles(manifest, name);
  const variant = manifest.variants[name];
  const source = variant?.unpackFrom;
  if (!source) return [files.onnx, ...files.externalData, ...(variant?.shapes ? [variant.shapes] : [])];
  return [files.onnx, source.plan, ...filesOfVariant(manifest, source.variant).filter((p) => p !== manifest.variants[source.variant]?.shapes)];
}

export interface UnpackedSession {
  session: InferenceSession;
  /** ms spent unpacking weights (inside session creation). */
  unpackMs: number;
}

/**
 * Creates the session; throws an Error whose message says why when the plan does not fit the
 * package or onnxruntime did not read every weight exactly once (the caller falls back).
 */
export async function createUnpackedSession(
  runtime: OrtRuntime,
  manifest: ModelManifest,
  name: string,
  data: ReadonlyMap<string, Uint8Array>,
  init: SessionInit,
  onProgress?: (p: PackageProgress) => void,
): Promise<UnpackedSession> {
  const variant = manifest.variants[name];
  if (!variant?.unpackFrom) throw new Error(`the variant ${name} is not unpacked from another`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(data.get(variant.unpackFrom.plan)));
  } catch {
    throw new Error(`${variant.unpackFrom.plan} is not valid JSON`);
  }
  const plan = parsePlan(json, manifest, variant);
  const source = data.get(plan.source.file);
  const graph = data.get(variant.file);
  if (!source || !graph) throw new Error(`${plan.source.file} or ${variant.file} was not read`);
  const weights = unpackedWeights(plan, source, (p) => onProgress?.({ stage: 'unpacking', file: plan.external, ...p }));
  let session: InferenceSession;
  try {
    // No arena: the weights are allocated once, and the arena kept the peak of session creation.
    session = await createSession(runtime, manifest, graph, {
      ...init,
      externalData: [{ path: weights.path, data: weights.data }],
      enableCpuMemArena: false,
      optimized: variant.optimized === true,
    });
  } catch (e) {
    throw new Error(weights.check() ?? (e instanceof Error ? e.message : String(e)));
  }
  const problem = weights.check();
  if (problem) {
    await session.release();
    throw new Error(problem);
  }
  return { session, unpackMs: weights.unpackMs };
}
