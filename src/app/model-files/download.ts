/**
 * Downloads the missing files of a package with progress, checks each against the manifest's
 * sha256 before it is stored, and fetches a mismatching file once more before giving up.
 */
import { EngineError } from '../../shared/errors';
import { toModelError } from './errors';
import { storeFile, type CachedFile, type PackageState } from './package-cache';
import { sha256Hex } from '../../shared/sha256';

export interface DownloadProgress {
  loaded: number;
  total: number;
  file: string;
}

const ATTEMPTS = 2;

export async function downloadMissing(state: PackageState, modelName: string, onProgress: (p: DownloadProgress) => void, signal: AbortSignal): Promise<void> {
  const todo = state.files.filter((f) => !f.cached);
  const total = todo.reduce((s, f) => s + f.file.bytes, 0);
  let done = 0;
  for (const entry of todo) {
    let body: Blob | null = null;
    for (let attempt = 1; attempt <= ATTEMPTS && !body; attempt++) {
      const blob = await fetchFile(entry, signal, (n) => onProgress({ loaded: done + n, total, file: entry.file.path }));
      if ((await sha256Hex(await blob.arrayBuffer())) === entry.file.sha256) body = blob;
    }
    if (!body) {
      throw new EngineError('model-corrupt', `${entry.file.path} of "${modelName}" arrived twice with the wrong checksum, so it was not stored.`);
    }
    await storeFile(entry, body);
    entry.cached = true;
    entry.verified = true;
    done += entry.file.bytes;
    state.missingBytes -= entry.file.bytes;
    onProgress({ loaded: done, total, file: entry.file.path });
  }
}

async function fetchFile(entry: CachedFile, signal: AbortSignal, onBytes: (n: number) => void): Promise<Blob> {
  const { file } = entry;
  try {
    // no-store: the model cache is the only copy; the HTTP cache would keep a second one.
    const response = await fetch(entry.url, { cache: 'no-store', signal });
    if (response.status === 404) throw new EngineError('model-missing', `${file.path} is missing on the server (404).`);
    if (!response.ok || !response.body) throw new EngineError('internal', `The server answered ${response.status} for ${file.path}.`);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > file.bytes) {
        await reader.cancel();
        throw new EngineError('model-corrupt', `${file.path} is larger on the server than its manifest says.`);
      }
      chunks.push(value);
      onBytes(received);
    }
    return new Blob(chunks as BlobPart[], { type: 'application/octet-stream' });
  } catch (e) {
    throw toModelError(e, file.path);
  }
}
