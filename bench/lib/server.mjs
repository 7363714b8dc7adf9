// The bench's static server: cross-origin isolated (COOP/COEP/CORP on every response, so WASM
// threads run), runtime files from node_modules under our origin (never a CDN), model folders
// from public/models and models-work, and a byte counter per path so a run can report what it
// downloaded, in any browser.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** A package's folder in node_modules (some packages do not export their package.json). */
const pkgDir = (name) => join(repoRoot, 'node_modules', name);
const tjsDir = pkgDir('@huggingface/transformers');

/** URL prefix -> folders searched in order; `cache` says how the browser may keep the response. */
export const MOUNTS = [
  // onnxruntime-web 1.30 (ours): the app serves the same files under /ort/.
  { prefix: '/ort/', dirs: [join(pkgDir('onnxruntime-web'), 'dist')], cache: 'immutable' },
  // onnxruntime-web 1.22.0-dev that @huggingface/transformers 3.8.1 pins.
  { prefix: '/tjs-ort/', dirs: [join(tjsDir, 'node_modules', 'onnxruntime-web', 'dist')], cache: 'immutable' },
  // onnxruntime-web 1.31.0-dev that Transformers.js 4.3.2 (npm alias transformers-js-4) pins.
  { prefix: '/tjs4-ort/', dirs: [join(pkgDir('transformers-js-4'), 'node_modules', 'onnxruntime-web', 'dist')], cache: 'immutable' },
  { prefix: '/wllama/', dirs: [join(pkgDir('@wllama/wllama'), 'esm', 'wasm')], cache: 'immutable' },
  // Model bytes are never kept by the HTTP cache: a warm load must come from each runtime's own store.
  { prefix: '/models/', dirs: [join(repoRoot, 'public', 'models'), join(repoRoot, 'bench', 'models')], cache: 'no-store' },
  // The same pages built with onnxruntime-web's plain WASM entry (the "which build" lever).
  { prefix: '/wasm-entry/', dirs: [join(repoRoot, 'bench', 'dist-wasm-entry')], cache: 'no-cache' },
  { prefix: '/', dirs: [join(repoRoot, 'bench', 'dist')], cache: 'no-cache' },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function locate(urlPath, mounts) {
  for (const m of mounts) {
    if (!urlPath.startsWith(m.prefix)) continue;
    let rel = urlPath.slice(m.prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    for (const dir of m.dirs) {
      const file = normalize(join(dir, rel));
      if (!file.startsWith(dir + sep)) return null;
      if (existsSync(file) && statSync(file).isFile()) return { file, mount: m };
    }
    return null;
  }
  return null;
}

/**
 * Starts the server on 127.0.0.1 (a port of the OS's choosing unless given); `extraMounts`
 * ({prefix, dirs, cache}) are searched before the standard ones.
 * Returns { url, close(), takeCounts() } where takeCounts() returns and clears
 * { bytes, requests, byPath } since the last call.
 */
export async function startServer({ port = 0, extraMounts = [] } = {}) {
  const mounts = [...extraMounts, ...MOUNTS];
  let counts = { bytes: 0, requests: 0, byPath: {}, notFound: [] };
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const found = locate(urlPath, mounts);
    for (const [k, v] of Object.entries(ISOLATION)) res.setHeader(k, v);
    if (!found) {
      counts.notFound.push(urlPath);
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    const { file, mount } = found;
    const stat = statSync(file);
    const size = stat.size;
    const lastModified = stat.mtime.toUTCString();
    res.setHeader('Last-Modified', lastModified);
    const since = req.headers['if-modified-since'];
    if (mount.cache !== 'no-store' && since && Date.parse(since) >= Math.floor(stat.mtimeMs / 1000) * 1000) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader(
      'Cache-Control',
      mount.cache === 'immutable' ? 'public, max-age=31536000, immutable' : mount.cache,
    );
    let start = 0;
    let end = size - 1;
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      start = range[1] ? Number(range[1]) : size - Number(range[2]);
      end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    }
    res.setHeader('Content-Length', String(end - start + 1));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file, { start, end });
    stream.on('data', (chunk) => {
      counts.bytes += chunk.length;
      counts.byPath[urlPath] = (counts.byPath[urlPath] ?? 0) + chunk.length;
    });
    counts.requests += 1;
    stream.pipe(res);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    takeCounts() {
      const c = counts;
      counts = { bytes: 0, requests: 0, byPath: {}, notFound: [] };
      return c;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
