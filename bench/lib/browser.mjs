// Launching the system browsers for the bench (never Playwright's downloads, see README), and
// reading their processes' memory from /proc: each run gets a fresh browser, so the peak
// resident set (VmHWM) of its renderer / content process is that run's peak.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, firefox } from 'playwright-core';
import { CHROMIUM_ARGS as SYSTEM_CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH } from '../../scripts/browsers.mjs';

const CHROMIUM_ARGS = [
  ...SYSTEM_CHROMIUM_ARGS,
  // measureUserAgentSpecificMemory() answers at once instead of waiting for the next GC.
  '--enable-blink-features=ForceEagerMeasureMemory',
];

/** Browser kinds: name -> how to launch it, and how its processes are classified. */
export const BROWSERS = {
  chromium: {
    type: chromium,
    label: 'Chromium (headless)',
    options: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  'chromium-webgpu': {
    type: chromium,
    label: 'Chromium (headless) + --enable-unsafe-webgpu: SwiftShader software adapter, CPU',
    options: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'] },
  },
  firefox: {
    type: firefox,
    label: 'Firefox ESR (headless)',
    options: { channel: 'moz-firefox', executablePath: FIREFOX_PATH },
  },
};

const CLOCK_TICKS_PER_S = 100;

/** CPU ms (user + system, all threads) a process has used so far. */
function procCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return 0;
  }
}

function procStatus(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(s)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

function children() {
  const byParent = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(d));
    } catch {
      // gone
    }
  }
  return byParent;
}

/** The browser's process tree: [{pid, kind, rss, hwm}], kind: browser|renderer|gpu|other. */
export function processTree(rootPid) {
  const byParent = children();
  const out = [];
  const walk = (pid) => {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      return;
    }
    const st = procStatus(pid);
    if (st) {
      let kind = 'other';
      // Firefox child processes end their command line with their type (tab, gpu, rdd, socket...).
      const fxType = cmd.includes('-contentproc') ? cmd.trim().split(' ').pop() : null;
      if (pid === rootPid) kind = 'browser';
      else if (cmd.includes('--type=renderer') || fxType === 'tab') kind = 'renderer';
      else if (cmd.includes('--type=gpu-process') || fxType === 'gpu') kind = 'gpu';
      out.push({ pid, kind, cpuMs: procCpuMs(pid), ...st });
    }
    for (const c of byParent.get(pid) ?? []) walk(c);
  };
  walk(rootPid);
  return out;
}

/**
 * CPU ms used so far by the page's renderer (the largest one) plus the GPU process (where
 * WebGPU's software adapter runs), and by the whole tree.
 */
export function cpuSnapshot(rootPid) {
  const tree = processTree(rootPid);
  const renderer = tree.filter((p) => p.kind === 'renderer').sort((a, b) => b.rss - a.rss)[0];
  const gpu = tree.filter((p) => p.kind === 'gpu').reduce((a, p) => a + p.cpuMs, 0);
  return { pageMs: (renderer?.cpuMs ?? 0) + gpu, rendererPid: renderer?.pid ?? null, treeMs: tree.reduce((a, p) => a + p.cpuMs, 0) };
}

/** Samples the tree's total RSS every `ms` until stopped; returns the peak sum. */
export function startTreeSampler(rootPid, ms = 250) {
  let peak = 0;
  const tick = () => {
    const sum = processTree(rootPid).reduce((a, p) => a + p.rss, 0);
    if (sum > peak) peak = sum;
  };
  tick();
  const timer = setInterval(tick, ms);
  return { stop: () => (clearInterval(timer), tick(), peak) };
}

/** Memory now: peak (VmHWM) of the largest renderer/content process and of the GPU process. */
export function memorySnapshot(rootPid) {
  const tree = processTree(rootPid);
  const renderers = tree.filter((p) => p.kind === 'renderer');
  const top = renderers.sort((a, b) => b.hwm - a.hwm)[0];
  const gpu = tree.filter((p) => p.kind === 'gpu').sort((a, b) => b.hwm - a.hwm)[0];
  return {
    rendererPeakBytes: top?.hwm ?? null,
    rendererRssBytes: top?.rss ?? null,
    gpuPeakBytes: gpu?.hwm ?? null,
    treeRssBytes: tree.reduce((a, p) => a + p.rss, 0),
    processes: tree.length,
  };
}

/** The browser's main process: the one whose command line names `marker` and whose parent's does not. */
function findRootPid(marker) {
  const matching = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (!readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(marker)) continue;
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      matching.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone
    }
  }
  for (const [pid, ppid] of matching) if (!matching.has(ppid)) return pid;
  throw new Error(`no browser process found for ${marker}`);
}

/**
 * Launches a fresh browser with a new, empty profile on disk (a persistent context, so the HTTP
 * disk cache, Cache Storage and OPFS behave as for a returning visitor, which an off-the-record
 * context does not: Chromium's in-memory HTTP cache does not keep a 26 MB wasm); `extraArgs` are
 * added to its command line.
 */
export async function launch(kind, extraArgs = []) {
  const spec = BROWSERS[kind];
  if (!spec) throw new Error(`unknown browser ${kind}`);
  const dir = mkdtempSync(join(tmpdir(), 'pocket-coach-bench-'));
  const options = { ...spec.options };
  if (extraArgs.length) options.args = [...(options.args ?? []), ...extraArgs];
  const context = await spec.type.launchPersistentContext(dir, { headless: true, ...options });
  const pid = findRootPid(dir);
  return {
    context,
    pid,
    version: context.browser()?.version() ?? null,
    async close() {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
