/**
 * Downloads the missing files of a package with progress. What arrives is stored in pieces as it
 * comes (partial.ts), so a cut download resumes with an HTTP Range request from the stored bytes;
 * the whole file's sha256 decides, and a file that does not match is fetched once more from 0.
 */
import { EngineError } from '../../shared/errors';
import { sha256Hex } from '../../shared/sha256';
import { isTransient, toModelError } from './errors';
import { storeFile, type CachedFile, type PackageState } from './package-cache';
import { dropPieces, joinPieces, storedBytes, storePiece } from './partial';

export interface DownloadProgress {
  loaded: number;
  total: number;
  file: string;
}

const ATTEMPTS = 2;
/** Bytes kept in memory before they are stored: what a closed tab can lose at most. */
const PIECE_BYTES = 4 * 1024 * 1024;

export async function downloadMissing(state: PackageState, modelName: string, onProgress: (p: DownloadProgress) => void, signal: AbortSignal): Promise<void> {
  const todo = state.files.filter((f) => !f.cached);
  const total = todo.reduce((s, f) => s + f.file.bytes, 0);
  let done = 0;
  for (const entry of todo) {
    let body: Blob | null = null;
    for (let attempt = 1; attempt <= ATTEMPTS && !body; attempt++) {
      await fetchFile(entry, signal, (n) => onProgress({ loaded: done + n, total, file: entry.file.path }));
      const blob = await joinPieces(entry);
      if (blob.size === entry.file.bytes && (await sha256Hex(await blob.arrayBuffer())) === entry.file.sha256) body = blob;
      else await dropPieces(entry);
    }
    if (!body) {
      throw new EngineError('model-corrupt', `${entry.file.path} of "${modelName}" arrived twice with the wrong checksum, so it was not stored.`);
    }
    await storeFile(entry, body);
    await dropPieces(entry);
    entry.cached = true;
    entry.verified = true;
    done += entry.file.bytes;
    state.missingBytes -= entry.file.bytes;
    onProgress({ loaded: done, total, file: entry.file.path });
  }
}

/** Fetches what is not stored yet of one file into pieces; on any failure what arrived stays stored. */
async function fetchFile(entry: CachedFile, signal: AbortSignal, onBytes: (n: number) => void): Promise<void> {
  const { file } = entry;
  let offset = await storedBytes(entry);
  if (offset >= file.bytes) return;
  onBytes(offset);
  let chunks: Uint8Array[] = [];
  let buffered = 0;
  const flush = async () => {
    const stored = await storePiece(entry, offset, chunks);
    offset += stored;
    chunks = [];
    buffered = 0;
  };
  try {
    // no-store: the model cache is the only copy; the HTTP cache would keep a second one.
    const headers: HeadersInit = offset > 0 ? { Range: `bytes=${offset}-` } : {};
    const response = await fetch(entry.url, { cache: 'no-store', signal, headers });
    if (response.status === 404) throw new EngineError('model-missing', `${file.path} is missing on the server (404).`);
    if (response.status >= 500) throw new EngineError('server-unreachable', `The server answered ${response.status} for ${file.path}.`);
    if (offset > 0 && !resumesAt(response, offset)) {
      // The server sent the whole file (or another range): start it again from byte 0.
      await dropPieces(entry);
      offset = 0;
      onBytes(0);
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new EngineError('server-unreachable', `The server could not resume ${file.path} (HTTP ${response.status}); it starts again from 0.`);
      }
    }
    if (!response.ok || !response.body) throw new EngineError('internal', `The server answered ${response.status} for ${file.path}.`);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (offset + buffered + value.byteLength > file.bytes) {
        await reader.cancel();
        await dropPieces(entry);
        throw new EngineError('model-corrupt', `${file.path} is larger on the server than its manifest says.`);
      }
      chunks.push(value);
      buffered += value.byteLength;
      onBytes(offset + buffered);
      if (buffered >= PIECE_BYTES) await flush();
    }
    await flush();
  } catch (e) {
    const error = toModelError(e, file.path);
    // Keep what arrived before the connection broke or the user cancelled, so the next try resumes.
    if (buffered > 0 && (isTransient(error) || error.type === 'aborted')) await flush().catch(() => undefined);
    throw error;
  }
}

function resumesAt(response: Response, offset: number): boolean {
  if (response.status !== 206) return false;
  const range = /^bytes (\d+)-/.exec(response.headers.get('Content-Range') ?? '');
  return range !== null && Number(range[1]) === offset;
}
