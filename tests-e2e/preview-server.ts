/**
 * A private `vite preview` of the built app that a test can stop: the honest way to be offline
 * (Firefox's setOffline does not stop the service worker's own fetches).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { test } from './fixtures';
import { runsOn } from './helpers';

const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/** `outDir`: serve another copy of the build (the update test edits one). */
export async function startPreview(port: number, outDir?: string): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}`;
  if (await reachable(url)) throw new Error(`port ${port} is already serving something`);
  const args = [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...(outDir ? ['--outDir', outDir] : [])];
  const child = spawn(process.execPath, args, {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (!(await reachable(url))) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('vite preview did not start in 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      if (await reachable(url)) throw new Error('the preview server still answers after stop');
    },
  };
}

/**
 * A spec's own preview on `port` for all its tests, started only where one of `projects` runs;
 * returns the running server (a test may stop it to go offline).
 */
export function servePreview(port: number, ...projects: string[]): () => PreviewServer | null {
  let server: PreviewServer | null = null;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  test.beforeAll(async ({}, testInfo) => {
    if (runsOn(testInfo, ...projects)) server = await startPreview(port);
  });
  test.afterAll(async () => {
    await server?.stop();
    server = null;
  });
  return () => server;
}
