/** User settings, kept in IndexedDB. Sampling values left null follow the model's manifest. */
import { signal } from '@preact/signals';
import modelIndex from 'virtual:model-index';
import { appContextTokens, maxAnswerTokens } from '../../shared/manifest';
import { DEFAULT_MODEL_ID } from '../../shared/model-index';
import type { BackendChoice, CpuMode } from '../../shared/protocol';
import { dbGet, dbSet, KEYS } from './db';

export interface Settings {
  temperature: number | null;
  topP: number | null;
  maxNewTokens: number | null;
  backend: BackendChoice;
  /** How WASM computes: automatic, fast (float32), memory saver (int8) or the 4-bit download as is. */
  cpuMode: CpuMode;
  modelId: string;
  /** Answer from the Pocket Coach notes (retrieved passages in the prompt). */
  useNotes: boolean;
  /** With notes: answers in whole sentences of them; off: in the model's own words. */
  quoteNotes: boolean;
  /** Quoted answers: the two passages every answer quotes, no third or fourth. */
  shortAnswers: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  temperature: null,
  topP: null,
  maxNewTokens: null,
  backend: 'auto',
  cpuMode: 'auto',
  modelId: DEFAULT_MODEL_ID,
  useNotes: true,
  quoteNotes: true,
  shortAnswers: false,
};

export const settings = signal<Settings>(DEFAULT_SETTINGS);

/** `?model=<id>` picks a package for this visit only (tests use the tiny one). */
export const modelOverride: string | null = new URLSearchParams(location.search).get('model');

/** `?context=<tokens>` replaces the app's default context for this visit (bench/soak.ts: a smaller one fills sooner). */
export const contextOverride: number | undefined = Number(new URLSearchParams(location.search).get('context')) || undefined;

export function activeModelId(): string {
  return modelOverride ?? settings.value.modelId;
}

export function knownModel(id: string) {
  return modelIndex.find((m) => m.id === id) ?? null;
}

/** Tokens the active model is loaded with (prompt + answer): the app's default or `?context=`, at most its own; null for a model not in the index. */
export function contextTokens(): number | null {
  const model = knownModel(activeModelId());
  return model ? appContextTokens(model.contextLength, contextOverride) : null;
}

/** The longest answer the active model's context holds as the app loads it; null for a model not in the index. */
export function answerTokenLimit(): number | null {
  const tokens = contextTokens();
  return tokens === null ? null : maxAnswerTokens(tokens);
}

export async function loadSettings(): Promise<void> {
  const stored = await dbGet<Partial<Settings>>(KEYS.settings);
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  // A stored model that this build no longer ships falls back to the default.
  if (!knownModel(merged.modelId) && knownModel(DEFAULT_MODEL_ID)) merged.modelId = DEFAULT_MODEL_ID;
  settings.value = merged;
}

export function updateSettings(patch: Partial<Settings>): Promise<void> {
  settings.value = { ...settings.value, ...patch };
  return dbSet(KEYS.settings, settings.value);
}
