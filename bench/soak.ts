/**
 * Memory over a long chat: the built app with a real model in a real browser, N questions in one
 * chat, the renderer's resident memory (page + model worker: one process in Chromium) read from
 * /proc at chosen answers, as bench/lib/browser.mjs reads it for the other benchmarks.
 *
 *   npm run bench:soak -- [--dist DIR] [--model ID] [--browser chromium|firefox] [--questions 30]
 *                         [--tokens 40] [--at 1,10,20,30] [--context TOKENS] [--label NAME] [--gc]
 *                         [--port 4191]
 *
 * --context replaces the app's default context (APP_CONTEXT_TOKENS, 2048; the page's `?context=`).
 * The default model's answers run ~10-20 tokens, so the default context fills (earlier turns
 * are left out: droppedMessages > 0) only after ~50 questions: `--questions 80 --at
 * 1,10,20,30,40,50,60,70,80` measures "flat once the context is full" (growthFullToLastPercent,
 * from the first checkpoint with turns left out to the last).
 * --gc (Chromium): after each reading, collect the garbage of the page and of the model worker
 * (V8's gc(), exposed by --js-flags=--expose-gc) and read again: the second figure is what the
 * chat holds, the first adds whatever garbage the collector had not yet freed. The two apart tell
 * a leak (both grow) from garbage (only the first swings).
 * Writes results/soak-<label>.json: per checkpoint RSS, peak RSS (VmHWM) and the prompt length;
 * `answers`: every answer's prompt tokens, reused tokens, first-token time and turns left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, memorySnapshot } from './lib/browser.mjs';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
if (args.includes('--dist')) process.env['PC_DIST'] = arg('dist', '');
const { startCuttingServer } = await import('../tests-e2e/cutting-server');
const { storedMessages } = await import('../tests-e2e/stored-chat');
const { DEFAULT_MODEL_ID } = await import('../src/shared/model-index');
const MODEL = arg('model', DEFAULT_MODEL_ID);
const BROWSER = arg('browser', 'chromium');
const QUESTIONS = Number(arg('questions', '30'));
const TOKENS = Number(arg('tokens', '40'));
const AT = new Set(arg('at', '1,10,20,30').split(',').map(Number));
const CONTEXT = arg('context', '');
const LABEL = arg('label', `${BROWSER}`);
const GC = args.includes('--gc');
if (GC && !BROWSER.startsWith('chromium')) throw new Error('--gc needs Chromium (V8 --expose-gc)');
const PORT = Number(arg('port', '4191'));
const MB = 2 ** 20;

/** The eval set's questions, in order, repeated when more are asked for. */
function questions(n: number): string[] {
  const all = readFileSync('data/eval.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { question: string }).question);
  return Array.from({ length: n }, (_, i) => all[i % all.length]!);
}

async function setAnswerLength(page: Page, tokens: number): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const field = page.getByRole('dialog', { name: 'Settings' }).getByLabel('Longest answer (tokens)');
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(String(tokens));
  await field.press('Tab');
  await page.getByRole('button', { name: 'Close settings' }).click();
}

/** Prompt tokens (and those from the cache), first-token time and turns left out of every stored answer of the current chat (stats as the worker reported them). */
async function answerStats(page: Page): Promise<Array<{ promptTokens: number; reusedPromptTokens: number | null; firstTokenMs: number | null; droppedMessages: number }>> {
  return (await storedMessages(page))
    .filter((m) => m.role === 'assistant')
    .map((m) => ({
      promptTokens: m.stats?.promptTokens ?? -1,
      reusedPromptTokens: m.stats?.reusedPromptTokens ?? null,
      firstTokenMs: m.stats ? Math.round(m.stats.timeToFirstTokenMs) : null,
      droppedMessages: m.stats?.droppedMessages ?? -1,
    }));
}

/** Two full collections in the page and in every worker it started, then a moment for freed pages to go back. */
async function collectGarbage(page: Page): Promise<void> {
  const gc = () => {
    const collect = (globalThis as { gc?: () => void }).gc;
    if (!collect) throw new Error('gc() is not exposed');
    collect();
    collect();
  };
  // onnxruntime's thread-pool workers wait in Atomics.wait and never run an evaluate: only the
  // workers that answer within a second are collected (the model worker and the page always do).
  const answered = await Promise.all(
    page.workers().map((worker) =>
      Promise.race([worker.evaluate(gc).then(() => worker.url()), new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000))]),
    ),
  );
  const collected = answered.filter((url): url is string => url !== null);
  if (collected.length === 0) throw new Error(`no worker answered (workers: ${page.workers().map((w) => w.url()).join(', ')})`);
  console.log(`collected garbage in ${collected.length} of ${answered.length} workers: ${collected.join(', ')}`);
  await page.evaluate(gc);
  await page.waitForTimeout(500);
}

interface Checkpoint {
  answer: number;
  rendererRssMb: number | null;
  /** With --gc: the renderer's RSS after collecting the page's and the worker's garbage. */
  rendererRssAfterGcMb: number | null;
  rendererPeakMb: number | null;
  treeRssMb: number;
  promptTokens: number | null;
  /** Of promptTokens: those the KV cache held from the answer before (not run again). */
  reusedPromptTokens: number | null;
  /** The worker's time to the first token of this answer. */
  firstTokenMs: number | null;
  /** Earlier messages left out of this answer's prompt: above 0 once the context is full. */
  droppedMessages: number | null;
  answerSeconds: number;
}

const server = await startCuttingServer(PORT);
const b = await launch(BROWSER, GC ? ['--js-flags=--expose-gc'] : []);
const points: Checkpoint[] = [];
let answers: Awaited<ReturnType<typeof answerStats>> = [];
try {
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  await page.goto(`${server.url}/?model=${MODEL}${CONTEXT ? `&context=${CONTEXT}` : ''}`);
  await page.getByRole('button', { name: /^Download model/ }).click();
  await page.waitForSelector('[data-phase="ready"]', { timeout: 600_000 });
  await setAnswerLength(page, TOKENS);
  const mb = (v: number | null) => (v === null ? null : Math.round(v / MB));
  const input = page.getByLabel('Your question');
  const list = questions(QUESTIONS);
  for (let i = 0; i < list.length; i++) {
    const t0 = Date.now();
    await input.fill(list[i]!);
    await input.press('Enter');
    const asked = (n: number) => document.querySelectorAll('li[data-role="user"]').length === n;
    // The composer may still be settling after the last answer: one more Enter, never a second question.
    if (!(await page.waitForFunction(asked, i + 1, { timeout: 10_000 }).then(() => true, () => false))) await input.press('Enter');
    const answer = page.locator('li[data-role="assistant"]').nth(i);
    await answer.waitFor({ timeout: 60_000 });
    // Any end counts (complete, error...); one that did not complete stops the run: the chat is then not what it measures.
    await page.waitForFunction(
      (n) => !['streaming', null, undefined].includes(document.querySelectorAll('li[data-role="assistant"]')[n]?.getAttribute('data-status')),
      i,
      { timeout: 600_000, polling: 250 },
    );
    const status = await answer.getAttribute('data-status');
    if (status !== 'complete') throw new Error(`answer ${i + 1} ended "${status}": ${await answer.textContent()}`);
    const n = i + 1;
    const seconds = (Date.now() - t0) / 1000;
    if (!AT.has(n)) {
      console.log(`answer ${n}: ${seconds.toFixed(1)} s`);
      continue;
    }
    // Let the worker's and the page's garbage settle the way an idle user's would.
    await page.waitForTimeout(2000);
    const m = memorySnapshot(b.pid);
    const afterGc = GC ? await collectGarbage(page).then(() => mb(memorySnapshot(b.pid).rendererRssBytes)) : null;
    const point: Checkpoint = {
      answer: n,
      rendererRssMb: mb(m.rendererRssBytes),
      rendererRssAfterGcMb: afterGc,
      rendererPeakMb: mb(m.rendererPeakBytes),
      treeRssMb: mb(m.treeRssBytes) ?? 0,
      ...(await answerStats(page).then((all) => ({
        promptTokens: all[i]?.promptTokens ?? null,
        reusedPromptTokens: all[i]?.reusedPromptTokens ?? null,
        firstTokenMs: all[i]?.firstTokenMs ?? null,
        droppedMessages: all[i]?.droppedMessages ?? null,
      }))),
      answerSeconds: seconds,
    };
    points.push(point);
    console.log(JSON.stringify(point));
  }
  answers = await answerStats(page);
  answers.forEach((a, i) => console.log(`answer ${i + 1}: prompt ${a.promptTokens}, reused ${a.reusedPromptTokens}, first token ${a.firstTokenMs} ms, dropped ${a.droppedMessages}`));
} finally {
  await b.close();
  await server.stop();
}
const first = points.find((p) => p.answer === 10);
const last = points.find((p) => p.answer === 30);
// Once turns are left out the prompt stays near the context: from there on memory should be flat.
const full = points.find((p) => (p.droppedMessages ?? 0) > 0);
const end = points.at(-1);
type Reading = 'rendererRssMb' | 'rendererRssAfterGcMb';
const percent = (from: Checkpoint | undefined, to: Checkpoint | undefined, field: Reading) => {
  const a = from?.[field];
  const z = to?.[field];
  return from !== to && a && z ? (z / a - 1) * 100 : null;
};
/** Growth of one reading from answer 10 to 30 and from the full context to the last answer, printed. */
function growths(field: Reading, label: string): { tenToThirty: number | null; fullToLast: number | null } {
  const tenToThirty = percent(first, last, field);
  const fullToLast = percent(full, end, field);
  const signed = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} %`;
  if (tenToThirty !== null) console.log(`${label}, answer 10 -> 30: ${signed(tenToThirty)}`);
  if (fullToLast !== null) console.log(`${label}, context full (answer ${full!.answer}) -> answer ${end!.answer}: ${signed(fullToLast)}`);
  return { tenToThirty, fullToLast };
}
const rss = growths('rendererRssMb', 'renderer RSS');
const afterGc = GC ? growths('rendererRssAfterGcMb', 'renderer RSS after GC') : null;
const out = join('bench', 'results', `soak-${LABEL}.json`);
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), model: MODEL, browser: b.version ? `${BROWSER} ${b.version}` : BROWSER, dist: process.env['PC_DIST'] ?? 'dist', tokens: TOKENS, context: CONTEXT || null, growth10to30Percent: rss.tenToThirty, fullAtAnswer: full?.answer ?? null, growthFullToLastPercent: rss.fullToLast, afterGc: afterGc && { growth10to30Percent: afterGc.tenToThirty, growthFullToLastPercent: afterGc.fullToLast }, points, answers }, null, 2)}\n`,
);
console.log(`wrote ${out}`);
