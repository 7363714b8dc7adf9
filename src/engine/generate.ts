/**
 * The generation loop: prefill the prompt, then one token per decode step with the KV cache,
 * streaming text as it becomes safe to show. Abort is checked between steps, after yielding to
 * the event loop so an abort message can arrive; a step itself is not interruptible.
 */
import type { StopReason } from '../shared/protocol';
import type { Decoder } from './decoder';
import type { QuoteConstraint } from './quoting';
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
  decoder: Decoder,
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
  decoder: Decoder,
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

  for (;;) {
    const sampleStart = performance.now();
    const banRepeats = (l: Float32Array) => banRepeatedNgrams(l, tokenIds, params.noRepeatNgram);
    if (params.quote) params.quote.mask(logits, tokenIds, banRepeats);
    else banRepeats(logits);
    const id = sampleToken(logits, params, seen, rng);
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
    logits = await decoder.step([id]);
  }
  return { text, tokenIds, stopReason, timings };
}
