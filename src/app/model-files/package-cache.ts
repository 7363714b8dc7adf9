/**
 * The page side of the model cache: what of a package is stored, verified or missing.
 * Each stored file is keyed by package URL + path + sha256 (shared/model-cache.ts). A file is
 * hashed once after download and, when it has no verification mark (an older copy, marks
 * lost), before its first use; its size is checked on every load.
 */
import { EngineError } from '../../shared/errors';
import type { ModelManifest, PackageFile } from '../../shared/manifest';
import { parseManifestText } from '../../shared/parse-manifest';
import { MODEL_CACHE, manifestKey, modelFileKey, STORED_HASH_HEADER } from '../../shared/model-cache';
import { dbGet, dbSet, KEYS } from '../state/db';
import { toModelError } from './errors';
import { sha256Hex } from '../../shared/sha256';

export interface CachedFile {
  file: PackageFile;
  url: string;
  key: string;
  cached: boolean;
  verified: boolean;
}

export interface PackageState {
  manifest: ModelManifest;
  /** True when the network was unreachable and the stored manifest was used. */
  manifestFromCache: boolean;
  files: CachedFile[];
  totalBytes: number;
  missingBytes: number;
  /** Stored files evicted by this inspection because their size was wrong. */
  evicted: CachedFile[];
}

export function openModelCache(): Promise<Cache> {
  return caches.open(MODEL_CACHE);
}

/** The package's manifest from the network, stored for offline use; the stored copy when offline. */
export async function loadManifest(pkgUrl: string, modelName: string, signal?: AbortSignal): Promise<{ manifest: ModelManifest; fromCache: boolean }> {
  const cache = await openModelCache();
  const key = manifestKey(pkgUrl);
  let response: Response;
  try {
    response = await fetch(key, { cache: 'no-store', ...(signal ? { signal } : {}) });
  } catch (e) {
    const cached = await cache.match(key);
    if (cached) return { manifest: parseManifestText(await cached.text(), `"${modelName}"`), fromCache: true };
    throw toModelError(e, `The model "${modelName}"`);
  }
  if (!response.ok) {
    const cached = await cache.match(key);
    if (cached) return { manifest: parseManifestText(await cached.text(), `"${modelName}"`), fromCache: true };
    if (response.status === 404) throw new EngineError('model-missing', `The model "${modelName}" is not on the server (manifest.json returned 404).`);
    throw new EngineError('internal', `The server answered ${response.status} for the manifest of "${modelName}".`);
  }
  const text = await response.text();
  const manifest = parseManifestText(text, `"${modelName}"`);
  try {
    await cache.put(key, new Response(text, { headers: { 'Content-Type': 'application/json' } }));
  } catch (e) {
    throw toModelError(e, 'The manifest');
  }
  return { manifest, fromCache: false };
}

async function verifiedMarks(): Promise<Set<string>> {
  return new Set((await dbGet<string[]>(KEYS.verifiedFiles)) ?? []);
}

export async function markVerified(key: string, verified: boolean): Promise<void> {
  const marks = await verifiedMarks();
  if (verified) marks.add(key);
  else marks.delete(key);
  await dbSet(KEYS.verifiedFiles, [...marks]);
}

/** What is stored of the package; a stored file of the wrong size is evicted here. */
export async function inspectPackage(pkgUrl: string, manifest: ModelManifest, manifestFromCache: boolean): Promise<PackageState> {
  const cache = await openModelCache();
  const marks = await verifiedMarks();
  const files: CachedFile[] = [];
  const evicted: CachedFile[] = [];
  for (const file of manifest.files) {
    const key = modelFileKey(pkgUrl, file.path, file.sha256);
    const stored = await cache.match(key);
    let cached = false;
    const entry: CachedFile = { file, url: new URL(file.path, pkgUrl).href, key, cached: false, verified: false };
    if (stored) {
      // The size written when it was stored, else the body's (Firefox reads a whole body for that).
      // The worker still checks every file's size and SHA-256 on each load.
      const written = stored.headers.has(STORED_HASH_HEADER) ? stored.headers.get('Content-Length') : null;
      const size = written !== null ? Number(written) : (await stored.blob()).size;
      if (size === file.bytes) cached = true;
      else {
        await cache.delete(key);
        if (marks.has(key)) await markVerified(key, false);
        evicted.push(entry);
      }
    }
    entry.cached = cached;
    entry.verified = cached && marks.has(key);
    files.push(entry);
  }
  const totalBytes = manifest.files.reduce((s, f) => s + f.bytes, 0);
  const missingBytes = files.filter((f) => !f.cached).reduce((s, f) => s + f.file.bytes, 0);
  return { manifest, manifestFromCache, files, totalBytes, missingBytes, evicted };
}

/** Stores a verified file, dropping copies of the same path that belonged to other versions. */
export async function storeFile(entry: CachedFile, body: Blob): Promise<void> {
  const cache = await openModelCache();
  try {
    await cache.put(
      entry.key,
      new Response(body, {
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(body.size),
          [STORED_HASH_HEADER]: entry.file.sha256,
        },
      }),
    );
  } catch (e) {
    throw toModelError(e, entry.file.path);
  }
  for (const old of await cache.keys(entry.url, { ignoreSearch: true })) {
    if (old.url !== entry.key) await cache.delete(old);
  }
  await markVerified(entry.key, true);
}

/**
 * Hashes stored files that carry no verification mark. Returns the files that did not match;
 * they are already evicted.
 */
export async function verifyStored(state: PackageState, onProgress: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<CachedFile[]> {
  const cache = await openModelCache();
  const todo = state.files.filter((f) => f.cached && !f.verified);
  const total = todo.reduce((s, f) => s + f.file.bytes, 0);
  let loaded = 0;
  const bad: CachedFile[] = [];
  for (const entry of todo) {
    signal?.throwIfAborted();
    const stored = await cache.match(entry.key);
    const hash = stored ? await sha256Hex(await stored.arrayBuffer()) : '';
    loaded += entry.file.bytes;
    onProgress(loaded, total);
    if (hash === entry.file.sha256) {
      entry.verified = true;
      await markVerified(entry.key, true);
    } else {
      await cache.delete(entry.key);
      await markVerified(entry.key, false);
      entry.cached = false;
      entry.verified = false;
      bad.push(entry);
    }
  }
  state.missingBytes = state.files.filter((f) => !f.cached).reduce((s, f) => s + f.file.bytes, 0);
  return bad;
}

/** Removes every stored file of a package (Settings → "Delete downloaded model"). */
export async function deletePackage(pkgUrl: string): Promise<void> {
  const cache = await openModelCache();
  const marks = await verifiedMarks();
  for (const req of await cache.keys()) {
    if (req.url.startsWith(pkgUrl)) {
      await cache.delete(req);
      marks.delete(req.url);
    }
  }
  await dbSet(KEYS.verifiedFiles, [...marks]);
}
