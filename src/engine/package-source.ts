/**
 * Reading a model package: manifest.json first, then only the files it lists, each checked
 * against the manifest's byte count on every load. Where the bytes come from is injected
 * (fetch in the browser, fs in Node) so this file has no runtime globals beyond crypto.subtle.
 */
import { EngineError } from '../shared/errors';
import type { ModelManifest, PackageFile } from '../shared/manifest';
import type { LoadProgress } from '../shared/protocol';
import { parseManifestText } from '../shared/parse-manifest';
import { STORED_HASH_HEADER } from '../shared/model-cache';
import { sha256Hex } from '../shared/sha256';

export interface ReadOptions {
  signal?: AbortSignal | undefined;
  /** Bytes of this file read so far; `total` is the file's size when known, else 0. */
  onProgress?: ((loaded: number, total: number) => void) | undefined;
  /** The size the manifest gives: the bytes are read straight into one buffer of it (a file that is
   * longer still reads whole, so the size check can name it). */
  expectedBytes?: number | undefined;
}

/** Where a package's files come from. Paths are relative to the package folder. */
export interface FileSource {
  /** A readable name for messages (a URL or a folder). */
  readonly location: string;
  /** Throws EngineError 'model-missing' when the file is absent, 'offline' when unreachable. */
  read(path: string, options?: ReadOptions): Promise<Uint8Array>;
}

/** Reading: bytes read so far over all files of this load, of the manifest's total. */
export type PackageProgress = LoadProgress;

type FetchLike = (url: string, init: { signal?: AbortSignal }) => Promise<Response>;

/** Reads files over HTTP(S) relative to `baseUrl` (which should end with '/'), streaming progress. */
export function fetchFileSource(baseUrl: string, fetchImpl: FetchLike = (u, i) => fetch(u, i)): FileSource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    location: base,
    async read(path, options = {}) {
      const url = base + path;
      let response: Response;
      try {
        response = await fetchImpl(url, options.signal ? { signal: options.signal } : {});
      } catch (e) {
        if (options.signal?.aborted) throw options.signal.reason ?? e;
        throw new EngineError(
          'offline',
          `Could not download ${path}: the network is unreachable and the file is not saved on this device.`,
        );
      }
      if (response.status === 404) {
        throw new EngineError('model-missing', `The model file ${path} was not found at ${base}.`);
      }
      if (!response.ok) {
        throw new EngineError('model-missing', `The model file ${path} could not be read (HTTP ${response.status}).`);
      }
      const total = Number(response.headers.get('content-length') ?? 0);
      // A copy the app stored (it carries the hash header written when storing) is read whole: a local
      // read needs no progress, and streaming it took Firefox twice as long (bench/app-load.ts).
      if (!response.body || !options.onProgress || response.headers.has(STORED_HASH_HEADER)) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        options.onProgress?.(bytes.byteLength, total);
        return bytes;
      }
      return readStream(response.body, total, options);
    },
  };
}

async function readStream(body: ReadableStream<Uint8Array>, total: number, options: ReadOptions): Promise<Uint8Array> {
  const reader = body.getReader();
  // One buffer of the known size, filled as chunks arrive: no second copy of a 95 MB file at the end.
  let out = new Uint8Array(options.expectedBytes ?? total);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.byteLength > out.byteLength) {
      // Unknown or wrong size: grow by doubling, so a long file is not copied once per chunk.
      const grown = new Uint8Array(Math.max(out.byteLength * 2, loaded + value.byteLength, 1 << 16));
      grown.set(out.subarray(0, loaded));
      out = grown;
    }
    out.set(value, loaded);
    loaded += value.byteLength;
    options.onProgress?.(loaded, total || (options.expectedBytes ?? 0));
  }
  return loaded === out.byteLength ? out : out.slice(0, loaded);
}


/** Why `data` is not the file the manifest describes, or null when it is. Checks the size, and the hash when asked. */
export async function checkFile(
  data: Uint8Array,
  file: PackageFile,
  { hash }: { hash: boolean },
): Promise<string | null> {
  if (data.byteLength !== file.bytes) {
    return `${file.path} has ${data.byteLength} bytes, the manifest says ${file.bytes}`;
  }
  if (hash) {
    const actual = await sha256Hex(data);
    if (actual !== file.sha256) return `${file.path} has SHA-256 ${actual}, the manifest says ${file.sha256}`;
  }
  return null;
}

/** Reads and checks manifest.json (the one file not listed in itself). */
export async function readManifest(source: FileSource, signal?: AbortSignal): Promise<ModelManifest> {
  const text = new TextDecoder().decode(await source.read('manifest.json', { signal }));
  return parseManifestText(text, source.location);
}

export interface ReadFilesOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((p: PackageProgress) => void) | undefined;
}

/** Reads the listed package files, checking each one's size against the manifest (hashPackageFiles
 * compares their SHA-256). Returns path -> bytes. */
export async function readPackageFiles(
  source: FileSource,
  manifest: ModelManifest,
  paths: readonly string[],
  options: ReadFilesOptions = {},
  timings: { readMs: number; checkMs: number } = { readMs: 0, checkMs: 0 },
): Promise<Map<string, Uint8Array>> {
  const entries = paths.map((path) => {
    const entry = manifest.files.find((f) => f.path === path);
    if (!entry) throw new EngineError('model-corrupt', `The model manifest does not list ${path}.`);
    return entry;
  });
  const total = entries.reduce((sum, f) => sum + f.bytes, 0);
  let last = '';
  const report = (stage: 'reading', file: string, loaded: number) => {
    const key = `${stage}:${file}:${loaded}`;
    if (key !== last) options.onProgress?.({ stage, file, loaded, total });
    last = key;
  };
  const out = new Map<string, Uint8Array>();
  let done = 0;
  const started = performance.now();
  for (const entry of entries) {
    options.signal?.throwIfAborted();
    report('reading', entry.path, done);
    const data = await source.read(entry.path, {
      signal: options.signal,
      expectedBytes: entry.bytes,
      onProgress: (loaded) => report('reading', entry.path, done + Math.min(loaded, entry.bytes)),
    });
    const problem = await checkFile(data, entry, { hash: false });
    if (problem) throw damagedDownload(problem);
    done += entry.bytes;
    report('reading', entry.path, done);
    out.set(entry.path, data);
  }
  timings.readMs += performance.now() - started;
  return out;
}

/**
 * SHA-256 of files already read (readPackageFiles), each against the manifest; throws EngineError
 * 'model-corrupt' naming the first that differs. crypto.subtle hashes off the JS thread, so the
 * engine runs this beside the session start and waits for it before the model runs.
 */
export async function hashPackageFiles(
  files: ReadonlyMap<string, Uint8Array>,
  manifest: ModelManifest,
  signal?: AbortSignal,
  timings: { checkMs: number } = { checkMs: 0 },
): Promise<void> {
  const started = performance.now();
  for (const [path, data] of files) {
    signal?.throwIfAborted();
    const problem = await checkFile(data, manifest.files.find((f) => f.path === path) as PackageFile, { hash: true });
    if (problem) throw damagedDownload(problem);
  }
  timings.checkMs += performance.now() - started;
}

function damagedDownload(problem: string): EngineError {
  return new EngineError('model-corrupt', `The model download is damaged (${problem}). Delete the model and download it again.`);
}

/** The ONNX file of a variant plus its external-data files (named `<file>_data` or `<file>.data`), if any. */
export function variantFiles(manifest: ModelManifest, variantName: string): { onnx: string; externalData: string[] } {
  const variant = manifest.variants[variantName];
  if (!variant) throw new EngineError('model-corrupt', `The model manifest has no variant "${variantName}".`);
  if (!variant.shipped) {
    throw new EngineError('model-missing', `The model variant "${variantName}" is not part of this package.`);
  }
  const externalData = manifest.files
    .filter((f) => f.path === `${variant.file}_data` || f.path === `${variant.file}.data`)
    .map((f) => f.path);
  return { onnx: variant.file, externalData };
}
