/**
 * The generation loop: prefill the prompt, then one token per decode step with the KV cache,
 * streaming text as it becomes safe to show. Abort is checked between steps, after yielding to
 * the event loop so an abort message can arrive; a step itself is not interruptible.
 */
import type { StopReason } from '../shared/protocol';
import type { Decoder } from './decoder';
import { closestSentence, endsSentence, nextFill, passageQuote, type QuoteConstraint } from './quoting';
import { banRepeatedNgrams, createRng, sampleToken, type SamplingParams } from './sampler';
import { IncrementalDecoder, PrefixStripper, StopFilter, type Detokenizer } from './text-stream';

export interface LoopParams extends SamplingParams {
  maxNewTokens: number;
  seed: number;
  /** Token ids that end the answer; `eosId` reports 'eos', the others 'stop-token'. */
  eosId: number | null;
  stopTokenIds: readonly number[];
  stopStrings: readonly string[];
  /** Dropped from the start of the answer when present (a plain template's answer prefix). */
  answerPrefix: string;
  contextLength: number;
  /** Answers of whole sentences of the notes the question was asked with (quoting.ts); null: free wording. */
  quote?: QuoteConstraint | null;
}

export interface LoopTimings {
  /** performance.now() when the first new token was chosen, and when the last one was. */
  firstTokenAt: number;
  lastTokenAt: number;
  /** session.run ms of the prefill. */
  prefillRunMs: number;
  /** Prompt tokens the cache already held from the last answer (not run again). */
  reusedPromptTokens: number;
  /** Per decode step (tokens 2..n): ms inside session.run, and ms from the previous token to this one. */
  runMs: number[];
  stepMs: number[];
  /** Per token: ms choosing it from the logits (penalty, filters, draw). */
  sampleMs: number[];
}

export interface LoopResult {
  text: string;
  tokenIds: number[];
  stopReason: StopReason;
  timings: LoopTimings;
}

export type TokenCallback = (delta: string, tokenId: number) => void;

/** What the loop needs of a decoder (a scripted one in generate.test.ts). */
export type DecoderSteps = Pick<Decoder, 'step' | 'reuse' | 'reset' | 'reusable' | 'length' | 'lastRunMs'>;

/** Lets queued events (an abort message) run between steps; setTimeout would add >= 4 ms. */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (cb: () => void) => void };
  if (g.setImmediate) return new Promise((resolve) => g.setImmediate?.(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function noTimings(): LoopTimings {
  return { firstTokenAt: 0, lastTokenAt: 0, prefillRunMs: 0, reusedPromptTokens: 0, runMs: [], stepMs: [], sampleMs: [] };
}

export async function runLoop(
  decoder: DecoderSteps,
  tokenizer: Detokenizer,
  promptIds: readonly number[],
  params: LoopParams,
  onToken: TokenCallback | undefined,
  signal: AbortSignal | undefined,
): Promise<LoopResult> {
  if (signal?.aborted) return { text: '', tokenIds: [], stopReason: 'aborted', timings: noTimings() };

  // The next question of the same chat starts with this prompt and answer: the cache stays for it
  // where it can be cut (WASM), else it is freed now; a failed answer may leave it half-written.
  const reused = decoder.reuse(promptIds);
  try {
    const result = await decode(decoder, tokenizer, promptIds, reused, params, onToken, signal);
    if (!decoder.reusable) decoder.reset();
    return result;
  } catch (e) {
    decoder.reset();
    throw e;
  }
}

async function decode(
  decoder: DecoderSteps,
  tokenizer: Detokenizer,
  promptIds: readonly number[],
  reused: number,
  params: LoopParams,
  onToken: TokenCallback | undefined,
  signal: AbortSignal | undefined,
): Promise<LoopResult> {
  const tokenIds: number[] = [];
  const timings = noTimings();
  const rng = createRng(params.seed);
  const seen = new Set<number>(params.repetitionPenalty === 1 ? [] : promptIds);
  const stopTokens = new Set(params.stopTokenIds);
  const incremental = new IncrementalDecoder(tokenizer);
  const prefix = new PrefixStripper(params.answerPrefix);
  const stops = new StopFilter(params.stopStrings);
  let text = '';
  let stopReason: StopReason | null = null;

  let logits = await decoder.step(promptIds.slice(reused));
  timings.prefillRunMs = decoder.lastRunMs;
  timings.reusedPromptTokens = reused;
  let previousTokenAt = 0;
  // Quoted by lookahead: the chosen passage's tokens wait here, already in the cache.
  const byLookahead = params.quote && decoder.reusable ? params.quote : null;
  const endId = params.eosId ?? params.stopTokenIds[0] ?? null;
  const planned: number[] = [];
  let plannedLogits: Float32Array | null = null;
  let endAfterPlan = false;
  const used = new Set<number>();
  let quotes = 0;

  for (;;) {
    const sampleStart = performance.now();
    let id: number;
    if (byLookahead) {
      if (planned.length === 0 && !endAfterPlan) {
        // Short answers: at the cap the model chooses no further passage.
        const plan = quotes < byLookahead.cap ? await planSentence(decoder, tokenizer, byLookahead, used, promptIds, tokenIds, logits, params, seen, rng, signal) : null;
        if (plan) {
          planned.push(...plan.ids);
          plannedLogits = plan.logits;
          endAfterPlan = plan.ended;
          quotes++;
        } else endAfterPlan = true;
        // An answer the model would end on too few passages goes on with the next ones in the notes' order.
        while (endAfterPlan && !signal?.aborted) {
          const next = quoteRoom(params, promptIds.length, tokenIds.length + planned.length) > 0 ? nextFill(byLookahead, used, quotes) : null;
          if (next === null) break;
          const fill = await runQuote(decoder, byLookahead, next, used, promptIds, [...tokenIds, ...planned], params);
          planned.push(...fill.ids);
          plannedLogits = fill.logits;
          quotes++;
        }
      }
      if (signal?.aborted) {
        stopReason = 'aborted';
        break;
      }
      const next = planned.shift() ?? endId;
      if (next === null) break;
      id = next;
    } else {
      const banRepeats = (l: Float32Array) => banRepeatedNgrams(l, tokenIds, params.noRepeatNgram);
      if (params.quote) params.quote.mask(logits, tokenIds, banRepeats);
      else banRepeats(logits);
      id = sampleToken(logits, params, seen, rng);
      // Too early to end a quoted answer: the next passage begins instead.
      if (params.quote && (id === params.eosId || stopTokens.has(id))) id = params.quote.fillToken(tokenIds) ?? id;
    }
    const now = performance.now();
    timings.sampleMs.push(now - sampleStart);
    if (tokenIds.length === 0) timings.firstTokenAt = now;
    else {
      timings.runMs.push(decoder.lastRunMs);
      timings.stepMs.push(now - previousTokenAt);
    }
    previousTokenAt = now;
    timings.lastTokenAt = now;
    tokenIds.push(id);
    if (params.repetitionPenalty !== 1) seen.add(id);

    let delta = '';
    if (id === params.eosId) stopReason = 'eos';
    else if (stopTokens.has(id)) stopReason = 'stop-token';
    else {
      const shown = stops.push(prefix.push(incremental.push(id)));
      delta = shown.text;
      if (shown.stoppedBy !== null) stopReason = 'stop-string';
    }
    if (stopReason === null && tokenIds.length >= params.maxNewTokens) stopReason = 'max-tokens';
    // The next step would feed this token at position promptIds.length + tokenIds.length - 1.
    if (stopReason === null && promptIds.length + tokenIds.length >= params.contextLength) stopReason = 'context-full';

    if (stopReason !== null && stopReason !== 'stop-string') {
      // Held text is safe now: no more tokens can complete a stop string or a character.
      const rest = stops.push(prefix.push(incremental.flush()) + prefix.flush());
      delta += rest.text + stops.flush();
      if (rest.stoppedBy !== null) stopReason = 'stop-string';
    }
    text += delta;
    onToken?.(delta, id);
    if (stopReason !== null) break;

    await yieldToEventLoop();
    if (signal?.aborted) {
      stopReason = 'aborted';
      break;
    }
    if (!byLookahead) logits = await decoder.step([id]);
    else if (planned.length === 0 && plannedLogits) logits = plannedLogits;
  }
  return { text, tokenIds, stopReason: stopReason ?? 'eos', timings };
}

/** Longest sentence the model writes ahead in its own words before one is chosen. */
const LOOKAHEAD_TOKENS = 64;

/**
 * The next quote: the model writes its next sentence in its own words (not shown), the closest
 * unused note sentence is found and its passage's unused sentences take its place (`passageQuote`),
 * the cache is cut back to the answer so far and the quote is run instead. Null when the model ends
 * the answer (or was stopped) before a sentence.
 */
async function planSentence(
  decoder: DecoderSteps,
  tokenizer: Detokenizer,
  quote: QuoteConstraint,
  used: Set<number>,
  promptIds: readonly number[],
  answer: readonly number[],
  logits: Float32Array,
  params: LoopParams,
  seen: ReadonlySet<number>,
  rng: () => number,
  signal: AbortSignal | undefined,
): Promise<{ ids: number[]; logits: Float32Array; ended: boolean } | null> {
  if (used.size >= quote.texts.length) return null;
  const room = Math.min(LOOKAHEAD_TOKENS, params.contextLength - decoder.length - 1, params.maxNewTokens - answer.length);
  const own: number[] = [];
  let row = logits;
  let ended = false;
  while (own.length < room) {
    const context = [...answer, ...own];
    banRepeatedNgrams(row, context, params.noRepeatNgram);
    const t = sampleToken(row, params, params.repetitionPenalty === 1 ? seen : new Set([...seen, ...own]), rng);
    if (t === params.eosId || params.stopTokenIds.includes(t)) {
      ended = true;
      break;
    }
    if (own.length > 0 && endsSentence(tokenizer.decode(own)) && /^\s/.test(tokenizer.decode([t]))) break;
    own.push(t);
    row = await decoder.step([t]);
    if (signal?.aborted) return null;
  }
  if (own.length === 0 && answer.length > 0) return null;
  let chosen = closestSentence(tokenizer.decode(own), quote.texts, used);
  if (chosen === null) {
    if (answer.length > 0) return null;
    chosen = 0;
  }
  return { ...(await runQuote(decoder, quote, chosen, used, promptIds, answer, params)), ended };
}

/** How many tokens a quote may add after an answer: no further than the answer limit or the context window allows (the loop stops there too). */
function quoteRoom(params: LoopParams, promptLength: number, answerLength: number): number {
  return Math.max(0, Math.min(params.maxNewTokens, params.contextLength - promptLength) - answerLength);
}

/** Quotes the passage of sentence `chosen` after `answer`: the cache is cut back to the answer and the quote is run. */
async function runQuote(
  decoder: DecoderSteps,
  quote: QuoteConstraint,
  chosen: number,
  used: Set<number>,
  promptIds: readonly number[],
  answer: readonly number[],
  params: LoopParams,
): Promise<{ ids: number[]; logits: Float32Array }> {
  const quoted = passageQuote(chosen, quote.passages, used);
  const ids = quoted
    .flatMap((i, k) => (answer.length > 0 || k > 0 ? quote.later : quote.first)[i]!)
    .slice(0, quoteRoom(params, promptIds.length, answer.length));
  for (const i of quoted) used.add(i);
  const all = [...promptIds, ...answer, ...ids];
  const kept = decoder.reuse(all);
  return { ids, logits: await decoder.step(all.slice(kept)) };
}
