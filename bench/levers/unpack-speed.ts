/**
 * Unpacking speed of the default package's float32-from-q4 weights in Node (V8, as Chromium):
 * every tensor of the plan served once, as onnxruntime asks for them at session start, and the
 * SHA-256 of all unpacked bytes compared with the plan's (the unpacker must stay byte-exact).
 *
 *   npx tsx bench/levers/unpack-speed.ts [--package DIR] [--variant fp32-from-q4] [--reps 3]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseManifestText } from '../../src/shared/parse-manifest';
import { parsePlan, unpackedWeights } from '../../src/engine/weights-from-q4';

const { values: args } = parseArgs({
  options: {
    package: { type: 'string', default: 'public/models/smollm2-135m-coach' },
    variant: { type: 'string', default: 'fp32-from-q4' },
    reps: { type: 'string', default: '3' },
    'no-hash': { type: 'boolean', default: false },
    'no-simd': { type: 'boolean', default: false },
  },
});
const dir = args.package!;
const manifest = parseManifestText(readFileSync(join(dir, 'manifest.json'), 'utf8'), 'manifest.json');
const variant = manifest.variants[args.variant!];
if (!variant?.unpackFrom) throw new Error(`${args.variant} is not unpacked from another variant`);
const plan = parsePlan(JSON.parse(readFileSync(join(dir, variant.unpackFrom.plan), 'utf8')), manifest, variant);
const q4 = new Uint8Array(readFileSync(join(dir, plan.source.file)));
const ms: number[] = [];
let sha: string | null = null;
for (let rep = 0; rep < Number(args.reps); rep++) {
  const weights = unpackedWeights(plan, q4, undefined, { simd: !args['no-simd'] });
  const hash = args['no-hash'] || rep > 0 ? null : createHash('sha256');
  for (const t of [...plan.tensors].sort((a, b) => a.offset - b.offset)) {
    const bytes = weights.data.subarray(t.offset, t.offset + t.bytes);
    hash?.update(bytes);
  }
  if (weights.check()) throw new Error(weights.check()!);
  ms.push(Math.round(weights.unpackMs));
  if (hash) sha = hash.digest('hex');
}
console.log(JSON.stringify({ variant: args.variant, unpackMs: ms, bytes: plan.bytes, sha256Matches: sha === null ? null : sha === plan.sha256 }));
