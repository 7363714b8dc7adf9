/**
 * The model's way from nothing to ready: manifest -> what is stored -> (the user starts the
 * download) -> verify -> the worker loads it. Phases are one signal the UI renders.
 */
import { computed, signal } from '@preact/signals';
import { EngineError, isAbortError } from '../../shared/errors';
import type { ModelManifest } from '../../shared/manifest';
import { packageUrl } from '../../shared/model-cache';
import type { LoadedInfo } from '../../shared/protocol';
import { downloadMissing } from '../model-files/download';
import { deletePackage, inspectPackage, loadManifest, verifyStored, type CachedFile, type PackageState } from '../model-files/package-cache';
import { engineLoad, engineUnload } from './engine';
import { corruptWhileOffline, toUserError, type UserError } from './errors';
import { activeModelId, knownModel, settings } from './settings';
import { refreshStorage, requestPersistence } from './storage';

export type ModelPhase =
  | { kind: 'checking' }
  | { kind: 'needs-download'; missingBytes: number; totalBytes: number }
  | { kind: 'downloading'; loaded: number; total: number; file: string; bytesPerSecond: number }
  | { kind: 'verifying'; loaded: number; total: number }
  | { kind: 'loading'; loaded: number; total: number; file: string }
  | { kind: 'ready' }
  | { kind: 'error'; error: UserError };

export const phase = signal<ModelPhase>({ kind: 'checking' });
export const loadedInfo = signal<LoadedInfo | null>(null);
export const manifest = signal<ModelManifest | null>(null);
/** The active model's name: from its manifest once read (not a previous model's), else the model index, else its id. */
export const modelName = computed(() => {
  const id = activeModelId();
  return (manifest.value?.id === id ? manifest.value.name : null) ?? knownModel(id)?.name ?? id;
});
/** True while the model's files are downloaded, checked or loaded. */
export const modelBusy = computed(() => ['downloading', 'verifying', 'loading'].includes(phase.value.kind));
/** A notice beside the model state (e.g. a damaged file was replaced). */
export const modelNotice = signal<string | null>(null);
/** True when loading has made no progress for LOAD_STALL_MS: the UI offers a restart. */
export const loadStalled = signal(false);

const LOAD_STALL_MS = 90_000;

let pkg: PackageState | null = null;
let pkgBase = '';
let work: AbortController | null = null;
/** Counts prepare/download runs: a run that is no longer the latest stops quietly. */
let loadRun = 0;

/** The app's root URL: model packages live under it whatever page URL the shell was opened at. */
function appBase(): string {
  return new URL(import.meta.env.BASE_URL, location.origin).href;
}

function isOffline(state: PackageState): boolean {
  return state.manifestFromCache || !navigator.onLine;
}

function replacedNotice(files: string[]): string {
  return `A saved model file was damaged (${files.join(', ')}): it was removed and downloaded again.`;
}


/**
 * Downloads damaged stored files again, with a notice; offline, says plainly why it cannot.
 * False when this run should stop here (offline error, or a newer run took over).
 */
async function replaceDamaged(state: PackageState, damaged: readonly CachedFile[], run: number, abort: AbortSignal): Promise<boolean> {
  if (damaged.length === 0) return true;
  const names = damaged.map((f) => f.file.path);
  if (isOffline(state)) {
    phase.value = { kind: 'error', error: corruptWhileOffline(names) };
    return false;
  }
  modelNotice.value = replacedNotice(names);
  await download(run, abort);
  return run === loadRun;
}

/** (Re)checks the active model and loads it when it is stored; otherwise waits for the download. */
export async function prepareModel(): Promise<void> {
  const run = ++loadRun;
  work?.abort();
  work = new AbortController();
  const { signal: abort } = work;
  loadedInfo.value = null;
  phase.value = { kind: 'checking' };
  modelNotice.value = null;
  try {
    await engineUnload();
    const id = activeModelId();
    if (!knownModel(id)) throw new EngineError('model-missing', `This version of the app has no model "${id}".`);
    pkgBase = packageUrl(appBase(), id);
    const { manifest: m, fromCache } = await loadManifest(pkgBase, modelName.value, abort);
    if (run !== loadRun) return;
    manifest.value = m;
    pkg = await inspectPackage(pkgBase, m, fromCache);
    void refreshStorage();
    if (run !== loadRun) return;
    // A stored file had the wrong size: fetch it again at once, or say plainly why not.
    if (!(await replaceDamaged(pkg, pkg.evicted, run, abort))) return;
    if (pkg.missingBytes > 0) {
      phase.value = { kind: 'needs-download', missingBytes: pkg.missingBytes, totalBytes: pkg.totalBytes };
      return;
    }
    await verifyAndLoad(run, abort);
  } catch (e) {
    if (run === loadRun && !isAbortError(e)) phase.value = { kind: 'error', error: toUserError(e) };
  }
}

/** The user's "Download": never waits on persist() (Firefox holds it on a prompt). */
export async function startDownload(): Promise<void> {
  if (!pkg) return;
  requestPersistence();
  const run = ++loadRun;
  work?.abort();
  work = new AbortController();
  const { signal: abort } = work;
  try {
    await download(run, abort);
    if (run !== loadRun) return;
    await verifyAndLoad(run, abort);
  } catch (e) {
    if (run !== loadRun) return;
    if (isAbortError(e) || (e instanceof EngineError && e.type === 'aborted')) {
      phase.value = { kind: 'needs-download', missingBytes: pkg.missingBytes, totalBytes: pkg.totalBytes };
    } else {
      phase.value = { kind: 'error', error: toUserError(e) };
    }
  } finally {
    void refreshStorage();
  }
}

export function cancelWork(): void {
  work?.abort();
}

async function download(run: number, abort: AbortSignal): Promise<void> {
  if (!pkg) return;
  const samples: Array<{ t: number; loaded: number }> = [];
  const state = pkg;
  phase.value = { kind: 'downloading', loaded: 0, total: state.missingBytes, file: '', bytesPerSecond: 0 };
  await downloadMissing(
    state,
    modelName.value,
    ({ loaded, total, file }) => {
      if (run !== loadRun) return;
      const t = performance.now();
      samples.push({ t, loaded });
      while (samples.length > 2 && t - samples[0]!.t > 3000) samples.shift();
      const first = samples[0]!;
      const bytesPerSecond = t > first.t ? ((loaded - first.loaded) * 1000) / (t - first.t) : 0;
      phase.value = { kind: 'downloading', loaded, total, file, bytesPerSecond };
    },
    abort,
  );
}

async function verifyAndLoad(run: number, abort: AbortSignal): Promise<void> {
  if (!pkg) return;
  const state = pkg;
  if (state.files.some((f) => !f.verified)) {
    phase.value = { kind: 'verifying', loaded: 0, total: 1 };
    const bad = await verifyStored(state, (loaded, total) => (phase.value = { kind: 'verifying', loaded, total }), abort);
    if (run !== loadRun) return;
    if (!(await replaceDamaged(state, bad, run, abort))) return;
  }
  phase.value = { kind: 'loading', loaded: 0, total: state.totalBytes, file: '' };
  let stallTimer = setTimeout(() => (loadStalled.value = true), LOAD_STALL_MS);
  const progressed = () => {
    clearTimeout(stallTimer);
    loadStalled.value = false;
    stallTimer = setTimeout(() => (loadStalled.value = true), LOAD_STALL_MS);
  };
  let info: LoadedInfo;
  try {
    info = await engineLoad(pkgBase, settings.value.backend, (p) => {
      if (run !== loadRun) return;
      progressed();
      phase.value = { kind: 'loading', loaded: p.loaded, total: p.total, file: p.file };
    }, abort, settings.value.cpuMode);
  } finally {
    clearTimeout(stallTimer);
    loadStalled.value = false;
  }
  if (run !== loadRun) return;
  loadedInfo.value = info;
  phase.value = { kind: 'ready' };
}

/** Settings → "Delete downloaded model": frees the storage; the model must be downloaded again. */
export async function deleteDownloadedModel(): Promise<void> {
  await engineUnload();
  await deletePackage(packageUrl(appBase(), activeModelId()));
  await prepareModel();
}
