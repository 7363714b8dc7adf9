// What "download q4, run fp32" would cost at load: unpacking SmolLM2's 4-bit weights
// (MatMulNBits layout: blocks of 32, uint8 zero points, scale per block) into float32 in JS.
// Prints CPU ms for the layer weights (106.2 M) — the 8-bit embedding/lm_head (28.3 M) costs
// about the same per weight.   node bench/levers/dequant-cost.mjs
const N = 106_168_320; // 30 layers x (2 x 576^2 + 2 x 576 x 192 + 3 x 576 x 1536)
const BLOCK = 32;
const packed = new Uint8Array(N / 2);
const scales = new Float32Array(N / BLOCK);
const zps = new Uint8Array(N / BLOCK);
for (let i = 0; i < packed.length; i++) packed[i] = (i * 2654435761) >>> 24;
for (let i = 0; i < scales.length; i++) scales[i] = 0.01 + (i % 7) * 1e-3;
const out = new Float32Array(N);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let b = 0; b < N / BLOCK; b++) {
  const s = scales[b];
  const z = zps[b] & 15;
  const base = b * BLOCK;
  for (let j = 0; j < BLOCK / 2; j++) {
    const byte = packed[(base >> 1) + j];
    out[base + 2 * j] = ((byte & 15) - z) * s;
    out[base + 2 * j + 1] = ((byte >> 4) - z) * s;
  }
}
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ weights: N, wallMs: Math.round(performance.now() - t0), cpuMs: Math.round((cpu.user + cpu.system) / 1000), fp32Bytes: N * 4, check: out[12345] }));
