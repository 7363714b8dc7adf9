// Small statistics for the bench: medians with spread, and pairwise ratios.

export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** {median, min, max, n, iqr:[q1,q3]} of the finite numbers in xs. */
export function summary(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { median: null, min: null, max: null, n: 0, q1: null, q3: null };
  const q = (p) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return v[lo] + (v[hi] - v[lo]) * (i - lo);
  };
  return { median: q(0.5), min: v[0], max: v[v.length - 1], n: v.length, q1: q(0.25), q3: q(0.75) };
}

/** Ratios a[i]/b[i] for repetitions present in both, then their summary. */
export function pairedRatio(a, b) {
  const r = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (typeof a[i] === 'number' && typeof b[i] === 'number' && b[i] > 0) r.push(a[i] / b[i]);
  }
  return { ...summary(r), values: r };
}
