// Replays a reference fixture (python -m tools.reference) with onnxruntime-web's WASM build in
// Node, and tokenizes its texts with @xenova/transformers from the package's own files.
// Usage: node tools/web/check-reference.mjs public/models/<id> <fixture.json> [--variant q4]
// Prints JSON {tokenizer: {...}, greedy: {...}, msPerToken}; exit 1 on any mismatch.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [pkgDir, fixturePath, ...rest] = process.argv.slice(2);
const variantArg = rest.indexOf('--variant') >= 0 ? rest[rest.indexOf('--variant') + 1] : null;
const manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'manifest.json'), 'utf8'));
const fixture = JSON.parse(fs.readFileSync(fixturePath, 'utf8'));

const { AutoTokenizer, env: tfEnv } = await import('@xenova/transformers');
const ort = await import('onnxruntime-web');
tfEnv.allowRemoteModels = false;
tfEnv.localModelPath = path.resolve(pkgDir, '..') + '/';
ort.env.wasm.numThreads = 1;
ort.env.wasm.wasmPaths = pathToFileURL(path.dirname(require.resolve('onnxruntime-web')) + '/').href;

const tokenizer = await AutoTokenizer.from_pretrained(path.basename(path.resolve(pkgDir)));
const tokenizerMismatches = [];
for (const c of fixture.cases) {
  const ids = Array.from(tokenizer.encode(c.text, null, { add_special_tokens: false }));
  if (JSON.stringify(ids) !== JSON.stringify(c.ids)) tokenizerMismatches.push({ name: c.name, ids, expected: c.ids });
  const decoded = tokenizer.decode(c.ids, { skip_special_tokens: false });
  if (decoded !== c.text) tokenizerMismatches.push({ name: c.name, decoded, expected: c.text });
}

const variant = manifest.variants[variantArg ?? fixture.variant];
const session = await ort.InferenceSession.create(fs.readFileSync(path.join(pkgDir, variant.file)));
const { numLayers, numKvHeads, headDim } = manifest.shape;
const i64 = (arr, dims) => new ort.Tensor('int64', BigInt64Array.from(arr.map(BigInt)), dims);
const argmax = (data, offset, n) => {
  let best = 0;
  for (let i = 1; i < n; i++) if (data[offset + i] > data[offset + best]) best = i;
  return best;
};

const greedyMismatches = [];
let steps = 0;
let ms = 0;
for (const c of fixture.cases) {
  const feeds = {};
  for (let l = 0; l < numLayers; l++) for (const k of ['key', 'value'])
    feeds[`past_key_values.${l}.${k}`] = new ort.Tensor('float32', new Float32Array(0), [1, numKvHeads, 0, headDim]);
  let input = c.inputIds;
  let total = 0;
  const tokens = [];
  for (let step = 0; step < fixture.steps; step++) {
    const n = input.length;
    feeds.input_ids = i64(input, [1, n]);
    feeds.attention_mask = i64(new Array(total + n).fill(1), [1, total + n]);
    feeds.position_ids = i64(Array.from({ length: n }, (_, i) => total + i), [1, n]);
    const t0 = performance.now();
    const out = await session.run(feeds);
    if (step > 0) { ms += performance.now() - t0; steps++; }
    const vocab = out.logits.dims[2];
    tokens.push(argmax(out.logits.data, (n - 1) * vocab, vocab));
    for (let l = 0; l < numLayers; l++) for (const k of ['key', 'value'])
      feeds[`past_key_values.${l}.${k}`] = out[`present.${l}.${k}`];
    total += n;
    input = [tokens.at(-1)];
  }
  if (JSON.stringify(tokens) !== JSON.stringify(c.greedy)) {
    const first = tokens.findIndex((t, i) => t !== c.greedy[i]);
    greedyMismatches.push({ name: c.name, firstDifferentStep: first, tokens, expected: c.greedy, minMargin: c.minMargin });
  }
}
const report = {
  variant: variantArg ?? fixture.variant,
  tokenizer: { cases: fixture.cases.length, mismatches: tokenizerMismatches },
  greedy: { cases: fixture.cases.length, mismatches: greedyMismatches },
  msPerToken: Number((ms / Math.max(steps, 1)).toFixed(2)),
};
console.log(JSON.stringify(report, null, 2));
process.exit(tokenizerMismatches.length || greedyMismatches.length ? 1 : 0);
