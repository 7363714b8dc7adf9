// Types of browser.mjs for the TypeScript benches (bench/soak.ts).
import type { BrowserContext } from 'playwright-core';

export interface LaunchedBrowser {
  context: BrowserContext;
  pid: number;
  version: string | null;
  close(): Promise<void>;
}

export interface MemorySnapshot {
  rendererPeakBytes: number | null;
  rendererRssBytes: number | null;
  gpuPeakBytes: number | null;
  treeRssBytes: number;
  processes: number;
}

export function launch(kind: string, extraArgs?: string[]): Promise<LaunchedBrowser>;
export function memorySnapshot(rootPid: number): MemorySnapshot;
