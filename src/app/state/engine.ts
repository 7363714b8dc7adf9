/**
 * The page's handle on the model worker (src/worker/client.ts), injected by main.tsx. The UI
 * talks to these functions only; crash detection and restart live in the client.
 */
import { signal } from '@preact/signals';
import { EngineError } from '../../shared/errors';
import type { BackendChoice, ChatMessage, CpuMode, GenerateOptions, Grounding, LoadedInfo, LoadProgress } from '../../shared/protocol';
import type { EngineClient, GenerateResult } from '../../worker/client';

/** What the app uses of the worker client (a seam: tests may pass a stand-in). */
export type EngineClientLike = Pick<EngineClient, 'load' | 'generate' | 'unload' | 'restart' | 'onCrash'>;

let client: EngineClientLike | null = null;
/** Set when the worker died (not when we restarted it); the UI offers a restart. */
export const engineCrashed = signal(false);

export function connectEngine(c: EngineClientLike): void {
  client = c;
  c.onCrash(() => {
    engineCrashed.value = true;
  });
}

function need(): EngineClientLike {
  if (!client) throw new EngineError('internal', 'The model worker is not available in this build.');
  return client;
}

export function engineLoad(
  modelBase: string,
  backend: BackendChoice,
  onProgress: (p: LoadProgress) => void,
  signal?: AbortSignal,
  cpuMode: CpuMode = 'auto',
  threads?: number,
  contextTokens?: number,
): Promise<LoadedInfo> {
  return need().load(modelBase, backend, onProgress, signal, cpuMode, threads, contextTokens);
}

/** A fresh worker in place of one that hangs (no crash notice: the caller loads again). */
export function engineReplace(): void {
  need().restart();
}

export function engineGenerate(
  messages: ChatMessage[],
  options: GenerateOptions,
  onToken: (delta: string) => void,
  signal: AbortSignal | undefined,
  notes: { use: boolean; onGrounding: (g: Grounding) => void },
): Promise<GenerateResult> {
  return need().generate(messages, options, onToken, signal, notes);
}

export async function engineUnload(): Promise<void> {
  if (!client) return;
  try {
    await client.unload();
  } catch {
    // Nothing loaded, or the worker is gone: either way nothing is held.
  }
}

export function engineRestart(): void {
  engineCrashed.value = false;
  need().restart();
}
