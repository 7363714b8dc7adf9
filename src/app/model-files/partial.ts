/**
 * What has arrived of a file whose download was cut: pieces in PARTIAL_CACHE, keyed by the byte
 * they start at. Only a run of pieces that starts at 0 and has no gap counts as stored.
 */
import { PARTIAL_CACHE, pieceKey } from '../../shared/model-cache';
import type { CachedFile } from './package-cache';

interface Piece {
  request: Request;
  offset: number;
  size: number;
}

function openPartialCache(): Promise<Cache> {
  return caches.open(PARTIAL_CACHE);
}

/** The stored pieces of a file from byte 0 without a gap; pieces past a gap are dropped. */
export async function storedPieces(entry: CachedFile): Promise<Piece[]> {
  const cache = await openPartialCache();
  const prefix = pieceKey(entry.key, 0).slice(0, -1);
  const pieces: Piece[] = [];
  for (const request of await cache.keys(entry.url, { ignoreSearch: true })) {
    if (!request.url.startsWith(prefix)) {
      // A piece of another version of this file: it can never be resumed.
      await cache.delete(request);
      continue;
    }
    const response = await cache.match(request);
    const size = response ? Number(response.headers.get('Content-Length') ?? -1) : -1;
    pieces.push({ request, offset: Number(request.url.slice(prefix.length)), size });
  }
  pieces.sort((a, b) => a.offset - b.offset);
  const run: Piece[] = [];
  let next = 0;
  for (const piece of pieces) {
    if (piece.offset === next && piece.size > 0 && next + piece.size <= entry.file.bytes) {
      run.push(piece);
      next += piece.size;
    } else {
      await cache.delete(piece.request);
    }
  }
  return run;
}

export async function storedBytes(entry: CachedFile): Promise<number> {
  return (await storedPieces(entry)).reduce((s, p) => s + p.size, 0);
}

export async function storePiece(entry: CachedFile, offset: number, chunks: Uint8Array[]): Promise<number> {
  const body = new Blob(chunks as BlobPart[]);
  if (body.size === 0) return 0;
  const cache = await openPartialCache();
  await cache.put(pieceKey(entry.key, offset), new Response(body, { headers: { 'Content-Length': String(body.size) } }));
  return body.size;
}

/** The stored pieces joined into one Blob (disk-backed where the browser can). */
export async function joinPieces(entry: CachedFile): Promise<Blob> {
  const cache = await openPartialCache();
  const parts: Blob[] = [];
  for (const piece of await storedPieces(entry)) {
    const response = await cache.match(piece.request);
    if (response) parts.push(await response.blob());
  }
  return new Blob(parts, { type: 'application/octet-stream' });
}

export async function dropPieces(entry: CachedFile): Promise<void> {
  const cache = await openPartialCache();
  for (const request of await cache.keys(entry.url, { ignoreSearch: true })) await cache.delete(request);
}

/** Drops the stored pieces of a package (Settings → "Delete downloaded model"). */
export async function dropPackagePieces(pkgUrl: string): Promise<void> {
  const cache = await openPartialCache();
  for (const request of await cache.keys()) if (request.url.startsWith(pkgUrl)) await cache.delete(request);
}
