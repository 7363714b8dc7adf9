/**
 * A static server for the built app that a test can make misbehave, the way a phone's connection
 * does: cut a file's response after some bytes, hold a file back, and log every request with its
 * Range header. Serves Range requests (206) like a plain static host, with the isolation headers.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build to serve: PC_DIST (a baseline build, to show a test failing) or dist/. */
export const DIST = process.env['PC_DIST'] ?? fileURLToPath(new URL('../dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.onnx': 'application/octet-stream',
};

export interface LoggedRequest {
  path: string;
  range: string | null;
  status: number;
}

export interface CuttingServer {
  url: string;
  requests: LoggedRequest[];
  /** The next `times` responses for a path ending in `suffix` stop after `bytes` body bytes, then the connection drops. */
  cut(suffix: string, bytes: number, times?: number): void;
  /** The next response for a path ending in `suffix` stops for `ms` after `bytes` body bytes, then goes on. */
  pause(suffix: string, bytes: number, ms: number): void;
  /** The next `times` responses for a path ending in `suffix` never come; the first `after` such requests are answered. */
  hold(suffix: string, times?: number, after?: number): void;
  stop(): Promise<void>;
}

export async function startCuttingServer(port: number): Promise<CuttingServer> {
  const requests: LoggedRequest[] = [];
  const cuts: Array<{ suffix: string; bytes: number; times: number }> = [];
  const held: Array<{ suffix: string; times: number; after: number }> = [];
  const pauses: Array<{ suffix: string; bytes: number; ms: number; done: boolean }> = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    let file = join(DIST, path);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      path = '/index.html';
      file = join(DIST, 'index.html');
    }
    const range = req.headers.range ?? null;
    const size = statSync(file).size;
    let start = 0;
    let end = size - 1;
    let status = 200;
    const m = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
    if (m) {
      start = Number(m[1]);
      end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
      status = start < size ? 206 : 416;
    }
    requests.push({ path: url.pathname, range, status });
    const hold = held.find((h) => h.times > 0 && url.pathname.endsWith(h.suffix));
    if (hold && hold.after > 0) {
      hold.after--;
    } else if (hold) {
      hold.times--;
      return; // never answered
    }
    setHeaders(res, path, status === 206 ? `bytes ${start}-${end}/${size}` : null);
    if (status === 416) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(status, { 'Content-Length': String(end - start + 1) });
    if (req.method === 'HEAD') return void res.end();
    const cut = cuts.find((c) => c.times > 0 && url.pathname.endsWith(c.suffix));
    if (cut) {
      cut.times--;
      const stream = createReadStream(file, { start, end: Math.min(end, start + cut.bytes - 1) });
      stream.pipe(res, { end: false });
      // Past the bytes sent, the connection breaks: the client sees a truncated body.
      stream.on('end', () => setTimeout(() => res.socket?.destroy(), 50));
      return;
    }
    const pause = pauses.find((p) => !p.done && url.pathname.endsWith(p.suffix));
    if (pause && end - start + 1 > pause.bytes) {
      pause.done = true;
      const head = createReadStream(file, { start, end: start + pause.bytes - 1 });
      head.pipe(res, { end: false });
      head.on('end', () => setTimeout(() => createReadStream(file, { start: start + pause.bytes, end }).pipe(res), pause.ms));
      return;
    }
    createReadStream(file, { start, end }).pipe(res);
  });
  server.listen(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    cut: (suffix, bytes, times = 1) => void cuts.push({ suffix, bytes, times }),
    pause: (suffix, bytes, ms) => void pauses.push({ suffix, bytes, ms, done: false }),
    hold: (suffix, times = Infinity, after = 0) => void held.push({ suffix, times, after }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function setHeaders(res: ServerResponse, path: string, contentRange: string | null): void {
  res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  if (contentRange) res.setHeader('Content-Range', contentRange);
}
