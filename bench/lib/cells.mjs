// Running one cell once: a fresh browser (or a fresh Node process for onnxruntime-node), a cold
// page (empty caches: load + warm-up answer + measured answer + memory), then a second page in
// the same browser context that only loads (the warm load, from the runtime's own cache).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { cpuSnapshot, launch, memorySnapshot, startTreeSampler } from './browser.mjs';
import { repoRoot } from './server.mjs';
import { CHAT_QUESTIONS } from './chat-questions.mjs';

const RUN_TIMEOUT_MS = 15 * 60_000;

/** Splits the server's byte counts by what they were: model files, runtime wasm/glue, page code. */
function classify(counts) {
  const out = { total: counts.bytes, model: 0, runtime: 0, page: 0, requests: counts.requests };
  for (const [path, bytes] of Object.entries(counts.byPath)) {
    if (path.startsWith('/models/')) out.model += bytes;
    else if (/^\/(ort|tjs-ort|tjs4-ort|wllama)\//.test(path) || path.endsWith('.wasm')) out.runtime += bytes;
    else out.page += bytes;
  }
  return out;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]);
}

async function openBenchPage(context, url, page) {
  // page: 'onnx-engine' or 'wasm-entry/onnx-engine' (the build with onnxruntime-web's plain WASM entry)
  const p = await context.newPage();
  const logs = [];
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') logs.push(`${m.type()}: ${m.text()}`.slice(0, 400));
  });
  p.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`.slice(0, 400)));
  await p.goto(`${url}/${page}.html`);
  await p.waitForFunction(() => globalThis.__bench?.ready === true, null, { timeout: 60_000 });
  const isolated = await p.evaluate(() => globalThis.__bench.crossOriginIsolated);
  const userAgent = await p.evaluate(() => navigator.userAgent);
  return { page: p, logs, isolated, userAgent };
}

/** The distinct prompt lengths a run needs: the default, and each cell's own `promptTokens`. */
export function promptLengths(cells, defaultTokens) {
  return [...new Set([defaultTokens, ...cells.map((c) => c.promptTokens ?? defaultTokens)])].sort((a, b) => a - b);
}

/** Tokens the longest answer of a cell can reach: prompt + new tokens, or the cell's own figure (chats). */
export function cellContextTokens(cell, promptTokens, newTokens) {
  return Math.max(cell.contextTokens ?? 0, promptTokens + newTokens);
}

export async function runBrowserCell({ server, cell, suite, prompt, params }) {
  const newTokens = cell.newTokens ?? params.newTokens;
  const warmupTokens = cell.warmupTokens ?? params.warmupTokens;
  const config = {
    modelId: cell.modelId ?? (cell.runner === 'wllama' ? suite.ggufModelId : suite.modelId),
    variant: cell.runner === 'onnx-engine' ? cell.variant : undefined,
    ortBuild: cell.runner === 'onnx-engine' ? cell.ortBuild : undefined,
    dtype: cell.dtype,
    gguf: cell.gguf,
    backend: cell.backend,
    threads: cell.threads,
    promptIds: prompt.ids,
    promptText: prompt.text,
    contextTokens: cellContextTokens(cell, prompt.ids.length, newTokens),
  };
  const b = await launch(cell.browser);
  const sampler = startTreeSampler(b.pid);
  const call = (page, what, fn, arg) =>
    withTimeout(page.evaluate(fn, arg), RUN_TIMEOUT_MS, `${cell.id} ${what}`);
  try {
    const context = b.context;
    for (const p of context.pages()) await p.close();
    server.takeCounts();
    const cold = await openBenchPage(context, server.url, cell.page);
    const pageCounts = server.takeCounts();
    const before = memorySnapshot(b.pid);
    const load = await call(cold.page, 'cold load', (c) => globalThis.__bench.load(c), config);
    const loadCounts = server.takeCounts();
    const first = warmupTokens > 0 ? await call(cold.page, 'warm-up answer', (n) => globalThis.__bench.generate(n), warmupTokens) : null;
    const cpu0 = cpuSnapshot(b.pid);
    await call(cold.page, 'prefill', (n) => globalThis.__bench.generate(n), 1);
    const cpu1 = cpuSnapshot(b.pid);
    const gen = await call(cold.page, 'measured answer', (n) => globalThis.__bench.generate(n), newTokens);
    const cpu2 = cpuSnapshot(b.pid);
    const uaMemoryBytes = await call(cold.page, 'memory', () => globalThis.__bench.memory());
    const memory = { ...memorySnapshot(b.pid), rendererRssBeforeLoadBytes: before.rendererRssBytes };
    // A long chat in the same page: its answers, then the renderer's peak and current memory.
    let chat = null;
    if (cell.chatAnswers) {
      const request = {
        questions: CHAT_QUESTIONS.slice(0, cell.chatAnswers),
        maxNewTokens: cell.chatMaxNewTokens ?? 48,
        system: prompt.messages?.find((m) => m.role === 'system')?.content,
      };
      const cpuChat0 = cpuSnapshot(b.pid);
      const turns = await call(cold.page, 'chat session', (r) => globalThis.__bench.chat(r), request);
      const cpuChat1 = cpuSnapshot(b.pid);
      chat = { turns, cpuMs: cpuChat1.pageMs - cpuChat0.pageMs, memory: memorySnapshot(b.pid) };
    }
    await cold.page.close();

    const warm = await openBenchPage(context, server.url, cell.page);
    server.takeCounts();
    const warmLoad = await call(warm.page, 'warm load', (c) => globalThis.__bench.load(c), config);
    const warmCounts = server.takeCounts();
    memory.browserTreePeakRssBytes = sampler.stop();
    const prefillCpu = cpu1.pageMs - cpu0.pageMs;
    return {
      browserVersion: cold.userAgent,
      crossOriginIsolated: cold.isolated,
      coldLoadMs: load.loadMs,
      warmLoadMs: warmLoad.loadMs,
      firstTtftMs: first?.ttftMs ?? null,
      ttftMs: gen.ttftMs,
      decodeTokPerS: gen.decodeTokPerS,
      newTokens: gen.newTokens,
      promptTokens: gen.promptTokens,
      tokenIds: gen.tokenIds,
      text: gen.text,
      stepMs: gen.stepMs,
      internal: gen.internal,
      info: load.info,
      warmInfo: warmLoad.info,
      cpu: {
        note: 'renderer (+ GPU process) CPU time, all threads, from /proc: prefill = a 1-token answer; decode = (measured answer - prefill) / (new tokens - 1)',
        prefillMs: prefillCpu,
        decodeMsPerToken: gen.newTokens > 1 ? (cpu2.pageMs - cpu1.pageMs - prefillCpu) / (gen.newTokens - 1) : null,
        measuredAnswerMs: cpu2.pageMs - cpu1.pageMs,
        measuredAnswerTreeMs: cpu2.treeMs - cpu1.treeMs,
      },
      uaMemoryBytes,
      memory,
      chat,
      bytes: { pageLoad: classify(pageCounts), cold: classify(loadCounts), warm: classify(warmCounts) },
      loadavg: loadavg(),
      logs: [...cold.logs, ...warm.logs].slice(0, 20),
      notFound: [...new Set([...pageCounts.notFound, ...loadCounts.notFound, ...warmCounts.notFound])],
    };
  } finally {
    sampler.stop();
    await b.close();
  }
}

export function runNativeCell({ cell, suite, prompt, params }) {
  const config = {
    dir: cell.packageDir ? join(repoRoot, cell.packageDir) : suite.packageDir,
    variant: cell.variant,
    threads: cell.threads,
    promptIds: prompt.ids,
    newTokens: cell.newTokens ?? params.newTokens,
    warmupTokens: cell.warmupTokens ?? params.warmupTokens,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'bench/native/ort-node.ts'), JSON.stringify(config)],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line) return reject(new Error(`ort-node exited ${code}: ${err.slice(-800)}`));
      const r = JSON.parse(line);
      resolve({ ...r, memory: { processPeakBytes: r.peakRssBytes }, bytes: null, loadavg: loadavg() });
    });
  });
}
