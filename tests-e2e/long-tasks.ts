/**
 * Main-thread responsiveness while an answer streams: long tasks (> 50 ms) where the browser
 * reports them (Chromium), and animation-frame gaps over 50 ms everywhere (Firefox has no
 * 'longtask' entries). Installed before the page loads; read for a time window.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';

export async function installLongTaskProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<[number, number]>; __frameGaps: Array<[number, number]>; __longTaskSupported: boolean };
    w.__longTasks = [];
    w.__frameGaps = [];
    w.__longTaskSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');
    if (w.__longTaskSupported) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    }
    let last = performance.now();
    const frame = (t: number) => {
      if (t - last > 50) w.__frameGaps.push([last, t - last]);
      last = t;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

export interface WindowFigures {
  windowMs: number;
  longTaskSupported: boolean;
  longTasks: { count: number; totalMs: number; maxMs: number };
  frameGapsOver50ms: { count: number; maxMs: number };
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export async function figuresBetween(page: Page, from: number, to: number): Promise<WindowFigures> {
  return page.evaluate(
    ([a, b]) => {
      const w = window as unknown as { __longTasks: Array<[number, number]>; __frameGaps: Array<[number, number]>; __longTaskSupported: boolean };
      const tasks = w.__longTasks.filter(([s]) => s >= a && s <= b).map(([, d]) => d);
      const gaps = w.__frameGaps.filter(([s]) => s >= a && s <= b).map(([, d]) => d);
      const round = (n: number) => Math.round(n * 10) / 10;
      return {
        windowMs: round(b - a),
        longTaskSupported: w.__longTaskSupported,
        longTasks: { count: tasks.length, totalMs: round(tasks.reduce((x, y) => x + y, 0)), maxMs: round(Math.max(0, ...tasks)) },
        frameGapsOver50ms: { count: gaps.length, maxMs: round(Math.max(0, ...gaps)) },
      };
    },
    [from, to] as const,
  );
}

/** bench/results/e2e-long-tasks-<project>.json, read by the benchmark report. */
export function writeLongTaskResult(project: string, result: Record<string, unknown>): string {
  const dir = new URL('../bench/results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`e2e-long-tasks-${project}.json`, dir);
  writeFileSync(file, `${JSON.stringify({ ...result, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  return file.pathname;
}
