/**
 * Choosing the next token from the last position's logits: repetition penalty, then greedy or
 * temperature -> top-k -> top-p sampling (the order of Hugging Face's logits processors).
 * A seeded PRNG makes sampling repeatable. Works in place on the logits row it is given.
 */

export interface SamplingParams {
  /** 0 means greedy. */
  temperature: number;
  /** 0 means no top-k limit. */
  topK: number;
  /** 1 means no nucleus limit. */
  topP: number;
  /** 1 means none. */
  repetitionPenalty: number;
  /** No run of this many tokens repeats within the answer; 0 means no such rule. */
  noRepeatNgram: number;
}

/** mulberry32: small, fast, and the same sequence everywhere for a seed. Returns [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** CTRL-style penalty (as transformers): positive logits are divided, negative ones multiplied. */
export function applyRepetitionPenalty(logits: Float32Array, seenIds: Iterable<number>, penalty: number): void {
  if (penalty === 1) return;
  for (const id of seenIds) {
    const v = logits[id];
    if (v === undefined) continue;
    logits[id] = v > 0 ? v / penalty : v * penalty;
  }
}

/**
 * A token that would complete a run of `size` tokens the answer already holds gets -Infinity (as
 * transformers' no_repeat_ngram_size, over the answer only): a small model that copies a phrase of
 * its notes can otherwise cycle through it until the length limit.
 */
export function banRepeatedNgrams(logits: Float32Array, answer: readonly number[], size: number): void {
  const n = answer.length;
  if (size < 1 || n < size - 1) return;
  const start = n - (size - 1);
  for (let k = 0; k + size - 1 < n; k++) {
    let same = true;
    for (let i = 0; i < size - 1 && same; i++) same = answer[k + i] === answer[start + i];
    const banned = answer[k + size - 1] as number;
    if (same && banned < logits.length) logits[banned] = -Infinity;
  }
}

/** Index of the largest logit; the first one on ties (as numpy.argmax). */
export function argmax(logits: Float32Array): number {
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i < logits.length; i++) {
    const v = logits[i] as number;
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  return best;
}

/** Indices of the k largest logits, largest first (ties: lower index first). */
export function topKIndices(logits: Float32Array, k: number): number[] {
  // A size-k min-heap of indices keeps this O(V log k) for a 50k vocabulary.
  const heap: number[] = [];
  const less = (a: number, b: number) => {
    const va = logits[a] as number;
    const vb = logits[b] as number;
    return va < vb || (va === vb && a > b);
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && less(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
      i = m;
    }
  };
  // The smallest value kept so far: most of the vocabulary fails this one comparison.
  let floor = -Infinity;
  for (let i = 0; i < logits.length; i++) {
    const v = logits[i] as number;
    if (heap.length < k) {
      heap.push(i);
      for (let j = heap.length - 1; j > 0; ) {
        const p = (j - 1) >> 1;
        if (!less(heap[j] as number, heap[p] as number)) break;
        [heap[j], heap[p]] = [heap[p] as number, heap[j] as number];
        j = p;
      }
      if (heap.length === k) floor = logits[heap[0] as number] as number;
    } else if (v > floor) {
      // Equal values never replace: the earlier (lower) index wins a tie.
      heap[0] = i;
      siftDown(0);
      floor = logits[heap[0] as number] as number;
    }
  }
  return heap.sort((a, b) => (less(a, b) ? 1 : less(b, a) ? -1 : 0));
}

export interface Candidates {
  ids: number[];
  /** Unnormalised probabilities of `ids`. */
  weights: number[];
}

/** Below this many temperature-scaled nats under the best logit a weight is 0 (exp(-40) ~ 4e-18). */
const NEGLIGIBLE = -40;

/**
 * The tokens sampling may pick, with their weights after temperature, top-k and top-p.
 * Top-p keeps the most likely tokens until their share reaches p (at least one token; tokens
 * tied with the last one kept are kept too). Order: by weight for top-k, else by id; the order
 * only has to be fixed for a seed to repeat, the draw is proportional either way.
 */
export function candidates(logits: Float32Array, params: SamplingParams): Candidates {
  const w = filteredWeights(logits, params);
  if (w.ids) return { ids: w.ids, weights: Array.from(w.weights) };
  const ids: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < w.weights.length; i++) {
    const x = w.weights[i] as number;
    if (x > 0) {
      ids.push(i);
      weights.push(x);
    }
  }
  return { ids, weights };
}

/** Buckets of the nucleus histogram over [NEGLIGIBLE, 0] nats: 0.0006 nats wide. */
const BUCKETS = 1 << 16;
const BUCKET_SCALE = (BUCKETS - 1) / -NEGLIGIBLE;

/**
 * Scratch of the nucleus histogram, reused by every step (0.5 MB + 2 bytes a token of the
 * vocabulary would otherwise be allocated per token). Only filteredWeights writes it, and
 * nucleusCutoff reads it right after, in the same synchronous call.
 */
const histogram = { bucketSums: new Float64Array(BUCKETS), bucketOf: new Uint16Array(0) };

interface Filtered {
  /** Token ids of `weights`; absent when `weights` spans the whole vocabulary (0 = excluded). */
  ids?: number[];
  weights: ArrayLike<number>;
  total: number;
}

function filteredWeights(logits: Float32Array, params: SamplingParams): Filtered {
  const t = params.temperature;
  const k = params.topK > 0 && params.topK < logits.length ? params.topK : 0;
  if (k > 0) {
    const ids = topKIndices(logits, k);
    const max = logits[ids[0] as number] as number;
    const c = nucleusOfSorted(ids, ids.map((id) => Math.exp(((logits[id] as number) - max) / t)), params.topP);
    return { ids: c.ids, weights: c.weights, total: sum(c.weights) };
  }
  const max = logits[argmax(logits)] as number;
  const all = new Float64Array(logits.length);
  const nucleus = params.topP < 1;
  if (nucleus) {
    if (histogram.bucketOf.length < all.length) histogram.bucketOf = new Uint16Array(all.length);
    histogram.bucketSums.fill(0);
  }
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const x = ((logits[i] as number) - max) / t;
    if (x < NEGLIGIBLE) continue;
    const w = Math.exp(x);
    all[i] = w;
    total += w;
    if (nucleus) {
      // Histogram of log-weights for the nucleus cutoff (see nucleusCutoff).
      const b = Math.min(BUCKETS - 1, Math.floor(-x * BUCKET_SCALE));
      histogram.bucketOf[i] = b;
      histogram.bucketSums[b] = (histogram.bucketSums[b] as number) + w;
    }
  }
  if (!nucleus) return { weights: all, total };
  const cutoff = nucleusCutoff(all, total, params.topP);
  let kept = 0;
  for (let i = 0; i < all.length; i++) {
    const w = all[i] as number;
    if (w < cutoff) all[i] = 0;
    else kept += w;
  }
  return { weights: all, total: kept };
}

/**
 * The smallest weight inside the nucleus, without sorting the vocabulary (a 50k sort costs
 * ~10 ms here, a whole decode step's budget): the histogram of log-weights filled by
 * filteredWeights finds the bucket where the cumulative share reaches p, and only that
 * bucket's weights are sorted.
 */
function nucleusCutoff(all: Float64Array, total: number, topP: number): number {
  const target = topP * total;
  let cum = 0;
  let boundary = 0;
  for (; boundary < BUCKETS; boundary++) {
    const next = cum + (histogram.bucketSums[boundary] as number);
    if (next >= target) break;
    cum = next;
  }
  const inBucket: number[] = [];
  for (let i = 0; i < all.length; i++) {
    if ((all[i] as number) > 0 && histogram.bucketOf[i] === boundary) inBucket.push(all[i] as number);
  }
  inBucket.sort((a, b) => b - a);
  for (const w of inBucket) {
    cum += w;
    if (cum >= target) return w;
  }
  return inBucket[inBucket.length - 1] ?? Number.MIN_VALUE;
}

function nucleusOfSorted(sortedIds: number[], weights: number[], topP: number): Candidates {
  if (topP >= 1) return { ids: sortedIds, weights };
  const target = topP * sum(weights);
  let cum = 0;
  let n = 0;
  while (n < sortedIds.length && (n === 0 || cum < target)) {
    cum += weights[n] as number;
    n++;
  }
  // Keep ties with the last token kept.
  while (n < sortedIds.length && weights[n] === weights[n - 1]) n++;
  return { ids: sortedIds.slice(0, n), weights: weights.slice(0, n) };
}

function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Picks the next token. `logits` is the last position's row; it is modified (penalty). */
export function sampleToken(
  logits: Float32Array,
  params: SamplingParams,
  seenIds: Iterable<number>,
  rng: () => number,
): number {
  applyRepetitionPenalty(logits, seenIds, params.repetitionPenalty);
  if (params.temperature <= 0) return argmax(logits);
  const f = filteredWeights(logits, params);
  let r = rng() * f.total;
  let last = 0;
  for (let i = 0; i < f.weights.length; i++) {
    const w = f.weights[i] as number;
    if (w <= 0) continue;
    last = i;
    r -= w;
    if (r < 0) break;
  }
  return f.ids ? (f.ids[last] as number) : last;
}
