#!/usr/bin/env bash
# A/B of the onnxruntime-web build for the WASM backend, alternating: the plain SIMD-threaded build
# (onnxruntime-web/wasm) and the asyncify build the app loads today (onnxruntime-web/webgpu entry).
# SmolLM2 fp32 and q4, 1 thread, CPU ms per decode step.  bash bench/levers/ab-ort-build.sh [OUT] [ROUNDS]
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-bench/results/levers-$(date +%F).jsonl}
ROUNDS=${2:-3}
base='"runtime":"web","threads":1,"layers":30,"kvHeads":3,"headDim":64,"prompt":64,"steps":8'
for r in $(seq "$ROUNDS"); do
  for f in models-work/smollm2-135m-instruct/onnx/model.onnx public/models/smollm2-135m-instruct/onnx/model_q4.onnx; do
    for entry in onnxruntime-web/wasm onnxruntime-web/webgpu; do
      timeout 1200 npx tsx bench/levers/decode-loop.ts "{\"file\":\"$f\",$base,\"entry\":\"$entry\",\"label\":\"ort-build A/B round $r\"}" 2>/dev/null | grep '^{' | tee -a "$OUT"
    done
  done
done
