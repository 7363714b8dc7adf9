/**
 * The model's way from nothing to ready: manifest -> what is stored -> (the user starts the
 * download) -> verify -> the worker loads it. Phases are one signal the UI renders.
 */
import { computed, signal } from '@preact/signals';
import { EngineError, isAbortError } from '../../shared/errors';
import type { ModelManifest } from '../../shared/manifest';
import { packageUrl } from '../../shared/model-cache';
import type { LoadedInfo, LoadProgress, LoadStage } from '../../shared/protocol';
import { downloadMissing } from '../model-files/download';
import { isTransient } from '../model-files/errors';
import { dropPackagePieces } from '../model-files/partial';
import { deletePackage, inspectPackage, loadManifest, verifyStored, type CachedFile, type PackageState } from '../model-files/package-cache';
import { stop as stopAnswer } from './conversation';
import { engineLoad, engineReplace, engineRestart, engineUnload } from './engine';
import { corruptWhileOffline, runtimeDidNotStart, toUserError, type UserError } from './errors';
import { activeModelId, contextTokens, knownModel, settings } from './settings';
import { refreshStorage, requestPersistence } from './storage';
import { dbGet, dbSet, KEYS } from './db';
import { acquireModel, waitForModel } from './tabs';

export type ModelPhase =
  | { kind: 'checking' }
  | { kind: 'needs-download'; missingBytes: number; totalBytes: number }
  | { kind: 'downloading'; loaded: number; total: number; file: string; bytesPerSecond: number }
  | { kind: 'verifying'; loaded: number; total: number }
  | { kind: 'loading'; stage: LoadStage; loaded: number; total: number; file: string }
  | { kind: 'ready' }
  /** Another tab holds the model (one copy in memory); this one can take it over. */
  | { kind: 'elsewhere' }
  | { kind: 'error'; error: UserError; retry?: AutoRetry };

/** A download that failed on the network is tried again by itself, up to AUTO_RETRIES times. */
export interface AutoRetry {
  attempt: number;
  of: number;
  /** Seconds until the next try; null: as soon as the browser is back online. */
  inSeconds: number | null;
}

/** What a load is doing, as the status line and the progress say it. */
export const LOAD_STAGE_TEXT: Record<LoadStage, string> = {
  reading: 'reading the saved model',
  starting: 'starting the runtime',
  unpacking: 'unpacking the weights for this CPU',
};

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
/** True when no download bytes arrived for DOWNLOAD_STALL_MS: the UI says so (the speed shows 0). */
export const downloadStalled = signal(false);
/** True when loading has made no progress for LOAD_STALL_MS: the UI offers a restart. */
export const loadStalled = signal(false);

const LOAD_STALL_MS = 90_000;
const DOWNLOAD_STALL_MS = 10_000;
/**
 * The floor of the load watchdog's bound: the longest a load may go without a progress report. Its
 * longest silent stretch is the runtime start after the files are read (onnxruntime's .mjs + .wasm,
 * then the session): 8.9-11.5 s for the 135M model in Chromium on this 2-core machine under heavy
 * load (bench/results/app-load-after.json); about 4x the slowest.
 */
const RUNTIME_START_MS = 45_000;
/** Tries before the error: as is, in a fresh worker, in a fresh worker on one thread. */
const RUNTIME_ATTEMPTS = 3;
/** Network failures of one download tried again by themselves, with BACKOFF_MS doubling each time. */
const AUTO_RETRIES = 5;
const BACKOFF_MS = 2000;

let pkg: PackageState | null = null;
let pkgBase = '';
let work: AbortController | null = null;
/** Counts prepare/download runs: a run that is no longer the latest stops quietly. */
let loadRun = 0;
/** Where the last failure happened, so "Try again" goes on from there. */
let failedIn: 'prepare' | 'download' = 'prepare';
let autoRetries = 0;
let cancelAutoRetry: (() => void) | null = null;

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
  // Read by the bench (bench/app-load.ts): a warm load that prepared twice shows it.
  performance.mark('model-prepare');
  stopAutoRetry();
  failedIn = 'prepare';
  const run = ++loadRun;
  work?.abort();
  work = new AbortController();
  const { signal: abort } = work;
  loadedInfo.value = null;
  phase.value = { kind: 'checking' };
  modelNotice.value = null;
  try {
    if (!(await acquireModel('if-free', modelTakenAway))) {
      if (run === loadRun) showElsewhere();
      return;
    }
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

function showElsewhere(): void {
  phase.value = { kind: 'elsewhere' };
  // When the tab holding the model is closed, this one takes it on by itself.
  waitForModel(() => void prepareModel(), modelTakenAway);
}

/** Another tab took the model: stop what this tab does with it and free its memory. */
function modelTakenAway(): void {
  loadRun++;
  stopAutoRetry();
  work?.abort();
  loadedInfo.value = null;
  showElsewhere();
  void stopAnswer().then(() => engineRestart());
}

/** "Use the model in this tab": the tab holding it lets go (it then shows "elsewhere"). */
export async function takeOverModel(): Promise<void> {
  await acquireModel('take', modelTakenAway);
  await prepareModel();
}

/** The user's "Download" (or "Try again" after a failed one): resumes from what is stored. */
export async function startDownload(): Promise<void> {
  autoRetries = 0;
  await runDownload();
}

/** Never waits on persist() (Firefox holds it on a prompt). */
async function runDownload(): Promise<void> {
  if (!pkg) return;
  stopAutoRetry();
  failedIn = 'download';
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
    } else if (isTransient(e) && autoRetries < AUTO_RETRIES) {
      scheduleAutoRetry(run, e);
    } else {
      phase.value = { kind: 'error', error: toUserError(e) };
    }
  } finally {
    void refreshStorage();
  }
}

/** Offline: tries again when the browser is back online; online (server gone): after a doubling wait. */
function scheduleAutoRetry(run: number, e: unknown): void {
  autoRetries++;
  const offline = !navigator.onLine;
  const delay = BACKOFF_MS * 2 ** (autoRetries - 1);
  phase.value = { kind: 'error', error: toUserError(e), retry: { attempt: autoRetries, of: AUTO_RETRIES, inSeconds: offline ? null : delay / 1000 } };
  const go = () => {
    stopAutoRetry();
    if (run === loadRun) void runDownload();
  };
  const timer = offline ? undefined : setTimeout(go, delay);
  addEventListener('online', go);
  cancelAutoRetry = () => {
    clearTimeout(timer);
    removeEventListener('online', go);
  };
}

function stopAutoRetry(): void {
  cancelAutoRetry?.();
  cancelAutoRetry = null;
}

/** "Try again": a failed download goes on where it stopped; anything else is checked from the start. */
export function retryModel(): Promise<void> {
  return failedIn === 'download' && pkg ? startDownload() : prepareModel();
}

export function cancelWork(): void {
  stopAutoRetry();
  work?.abort();
}

async function download(run: number, abort: AbortSignal): Promise<void> {
  if (!pkg) return;
  const samples: Array<{ t: number; loaded: number }> = [];
  const state = pkg;
  phase.value = { kind: 'downloading', loaded: 0, total: state.missingBytes, file: '', bytesPerSecond: 0 };
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  const watchStall = () => {
    clearTimeout(stallTimer);
    downloadStalled.value = false;
    stallTimer = setTimeout(() => {
      if (run !== loadRun) return;
      downloadStalled.value = true;
      samples.length = 0;
      const p = phase.value;
      if (p.kind === 'downloading') phase.value = { ...p, bytesPerSecond: 0 };
    }, DOWNLOAD_STALL_MS);
  };
  watchStall();
  try {
    await downloadMissing(
      state,
      modelName.value,
      ({ loaded, total, file }) => {
        if (run !== loadRun) return;
        watchStall();
        const t = performance.now();
        samples.push({ t, loaded });
        while (samples.length > 2 && t - samples[0]!.t > 3000) samples.shift();
        const first = samples[0]!;
        const bytesPerSecond = t > first.t ? ((loaded - first.loaded) * 1000) / (t - first.t) : 0;
        phase.value = { kind: 'downloading', loaded, total, file, bytesPerSecond };
      },
      abort,
    );
  } finally {
    clearTimeout(stallTimer);
    downloadStalled.value = false;
  }
}

/** Hashes the stored files that carry no mark and replaces damaged ones: those, or null when this run stops here. */
async function checkUnmarked(state: PackageState, run: number, abort: AbortSignal): Promise<CachedFile[] | null> {
  if (state.files.every((f) => f.verified)) return [];
  phase.value = { kind: 'verifying', loaded: 0, total: 1 };
  const bad = await verifyStored(state, (loaded, total) => (phase.value = { kind: 'verifying', loaded, total }), abort);
  if (run !== loadRun) return null;
  return (await replaceDamaged(state, bad, run, abort)) ? bad : null;
}

async function verifyAndLoad(run: number, abort: AbortSignal, replaceRefused = true): Promise<void> {
  if (!pkg) return;
  const state = pkg;
  if (!(await checkUnmarked(state, run, abort))) return;
  try {
    await load(state, run, abort);
  } catch (e) {
    if (!replaceRefused || run !== loadRun || !(e instanceof EngineError) || e.type !== 'model-corrupt') throw e;
    // The worker hashes what it loads and refused a file that carried a mark (changed on disk since):
    // find which by hashing them all, and fetch only those again.
    for (const f of state.files) f.verified = false;
    const bad = await checkUnmarked(state, run, abort);
    if (!bad) return;
    if (bad.length === 0) throw e;
    await verifyAndLoad(run, abort, false);
  }
}

/**
 * Loads the model in the worker under a watchdog: the worker must report progress (or be ready)
 * within the bound from the load's start and from each report, or it is taken as hung (Firefox now
 * and then imports onnxruntime's .mjs and never fetches its .wasm). Then: a fresh worker; then a
 * fresh one on one thread; then an error with "Try again".
 */
async function load(state: PackageState, run: number, abort: AbortSignal): Promise<void> {
  // A device that has been slow to start before gets 4x its slowest start, never less than the floor.
  const slowest = (await dbGet<number>(KEYS.slowestRuntimeStart)) ?? 0;
  const bound = Math.max(RUNTIME_START_MS, 4 * slowest);
  for (let attempt = 1; ; attempt++) {
    const threads = attempt === RUNTIME_ATTEMPTS ? 1 : undefined;
    const info = await loadOnce(state, run, abort, threads, bound);
    if (run !== loadRun) return;
    if (info) {
      loadedInfo.value = info;
      phase.value = { kind: 'ready' };
      return;
    }
    engineReplace();
    if (attempt === RUNTIME_ATTEMPTS) {
      phase.value = { kind: 'error', error: runtimeDidNotStart(RUNTIME_ATTEMPTS, bound) };
      return;
    }
    modelNotice.value = `The model's runtime did not start within ${Math.round(bound / 1000)} s, so it was started again${attempt + 1 === RUNTIME_ATTEMPTS ? ' on one thread' : ''}.`;
  }
}

/** Keeps this device's slowest runtime start, which sets the next load's watchdog bound. */
async function keepSlowestStart(duration: number): Promise<void> {
  try {
    const slowest = (await dbGet<number>(KEYS.slowestRuntimeStart)) ?? 0;
    if (duration > slowest) await dbSet(KEYS.slowestRuntimeStart, Math.round(duration));
  } catch {
    // The bound then stays at the floor, or at an older start.
  }
}

/** One load; null when the runtime did not start in time (the worker is then replaced by the caller). */
async function loadOnce(state: PackageState, run: number, abort: AbortSignal, threads: number | undefined, bound: number): Promise<LoadedInfo | null> {
  phase.value = { kind: 'loading', stage: 'reading', loaded: 0, total: state.totalBytes, file: '' };
  let stallTimer = setTimeout(() => (loadStalled.value = true), LOAD_STALL_MS);
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let hung = false;
  let giveUp: (value: null) => void = () => undefined;
  const timedOut = new Promise<null>((resolve) => (giveUp = resolve));
  // Armed from the start and re-armed by every progress report: a worker that goes silent at any
  // point (before its first report, or mid-read while onnxruntime's runtime starts beside the read)
  // is taken as hung, not only one that stops after a finished stage.
  const arm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      hung = true;
      giveUp(null);
    }, bound);
  };
  arm();
  const progressed = (p: LoadProgress) => {
    clearTimeout(stallTimer);
    loadStalled.value = false;
    stallTimer = setTimeout(() => (loadStalled.value = true), LOAD_STALL_MS);
    arm();
    // The runtime-start measure starts when the files are read.
    if (p.stage === 'reading' && p.loaded >= p.total) performance.mark('model-files-read');
  };
  // Read by the bench with 'model-load' below: how much of a warm start is the page's, how much the worker's.
  performance.mark('model-load-requested');
  const loading = engineLoad(pkgBase, settings.value.backend, (p) => {
    if (run !== loadRun) return;
    progressed(p);
    phase.value = { kind: 'loading', stage: p.stage, loaded: p.loaded, total: p.total, file: p.file };
  }, abort, settings.value.cpuMode, threads, contextTokens() ?? undefined);
  try {
    const info = await Promise.race([loading, timedOut]);
    if (info) performance.measure('model-load', 'model-load-requested');
    if (info && performance.getEntriesByName('model-files-read').length > 0) {
      // Read by the bench (bench/app-load.ts), and kept: the next bound follows this device's slowest start.
      const { duration } = performance.measure('model-runtime-start', 'model-files-read');
      performance.mark('model-load-timings', { detail: info.timings ?? null });
      // Not awaited: the model is ready now; a slow IndexedDB (Firefox once took 45 s) must not hold that back.
      void keepSlowestStart(duration);
    }
    return info;
  } catch (e) {
    if (hung) return null;
    throw e;
  } finally {
    clearTimeout(stallTimer);
    clearTimeout(watchdog);
    loadStalled.value = false;
    // The hung load is rejected when its worker is replaced; nobody waits for it any more.
    loading.catch(() => undefined);
  }
}

/** Settings → "Delete downloaded model": frees the storage; the model must be downloaded again. */
export async function deleteDownloadedModel(): Promise<void> {
  await engineUnload();
  await deletePackage(packageUrl(appBase(), activeModelId()));
  await dropPackagePieces(packageUrl(appBase(), activeModelId()));
  await prepareModel();
}
