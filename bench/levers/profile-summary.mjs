// Reads decode-loop.ts output run with {"sessionOptions": {"enableProfiling": true}} on stdin:
// onnxruntime's per-node kernel times, grouped by op type (MatMul / MatMulNBits on the
// vocabulary-sized output counted apart as "lm_head"), averaged over the decode steps (the first
// run, the prefill, is left out). Prints one JSON line.
import { createInterface } from 'node:readline';

const events = [];
let summary = null;
for await (const raw of createInterface({ input: process.stdin })) {
  const line = raw.trim().replace(/,$/, '');
  if (line.startsWith('{"cat"')) events.push(JSON.parse(line));
  else if (line.startsWith('{"file"')) summary = JSON.parse(line);
}
const runs = events.filter((e) => e.cat === 'Session' && e.name === 'model_run').sort((a, b) => a.ts - b.ts);
const decode = runs.slice(1);
const perOp = {};
let total = 0;
for (const e of events) {
  if (e.cat !== 'Node' || !e.name.endsWith('_kernel_time')) continue;
  const run = decode.find((r) => e.ts >= r.ts && e.ts <= r.ts + r.dur);
  if (!run) continue;
  const out = e.args.output_type_shape?.[0];
  const dims = out ? Object.values(out)[0] : [];
  let op = e.args.op_name;
  if ((op === 'MatMulNBits' || op === 'MatMul') && dims.at(-1) > 10000) op = `${op} (lm_head)`;
  perOp[op] = (perOp[op] ?? 0) + e.dur / 1000;
  total += e.dur / 1000;
}
const steps = decode.length || 1;
const runMs = decode.reduce((a, r) => a + r.dur / 1000, 0) / steps;
const ops = Object.entries(perOp)
  .map(([op, ms]) => ({ op, msPerStep: +(ms / steps).toFixed(2), share: +(ms / total).toFixed(3) }))
  .sort((a, b) => b.msPerStep - a.msPerStep);
console.log(JSON.stringify({ file: summary?.file, steps, runMsPerStep: +runMs.toFixed(1), kernelMsPerStep: +(total / steps).toFixed(1), ops }));
