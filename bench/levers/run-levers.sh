#!/usr/bin/env bash
# The lever table of docs/onnx-vs-gguf.md: one SmolLM2-135M decode step (64-token prompt, then
# 16 steps) on onnxruntime-web 1.30's WASM in Node, 1 thread, per variant and session option;
# CPU ms per step is the figure to compare on a shared machine. Appends JSON lines to $OUT.
#   bash bench/levers/run-levers.sh [OUT]   (about 10-20 minutes on 2 shared cores)
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-bench/results/levers-$(date +%F).jsonl}
PKG=public/models/smollm2-135m-instruct/onnx
WORK=models-work/smollm2-135m-instruct/onnx
run() { timeout 1200 npx tsx bench/levers/decode-loop.ts "$1" 2>/dev/null | grep '^{' | tee -a "$OUT"; }
base='"runtime":"web","threads":1,"layers":30,"kvHeads":3,"headDim":64,"prompt":64,"steps":16'
for f in $PKG/model_q4.onnx $WORK/model_quantized.onnx $WORK/model.onnx; do
  [ -f "$f" ] && run "{\"file\":\"$f\",$base,\"label\":\"variant\"}"
done
# Graph optimization level and the onnxruntime-web build (app: the asyncify build of the webgpu entry).
for level in disabled basic extended; do
  run "{\"file\":\"$WORK/model.onnx\",$base,\"sessionOptions\":{\"graphOptimizationLevel\":\"$level\"},\"label\":\"graph-opt\"}"
done
for entry in onnxruntime-web/wasm onnxruntime-web/webgpu; do
  run "{\"file\":\"$WORK/model.onnx\",$base,\"entry\":\"$entry\",\"label\":\"ort-build\"}"
done
# Native onnxruntime-node, same files, 1 thread: the ceiling.
for f in $PKG/model_q4.onnx $WORK/model.onnx; do
  run "{\"file\":\"$f\",\"runtime\":\"node\",\"threads\":1,\"layers\":30,\"kvHeads\":3,\"headDim\":64,\"prompt\":64,\"steps\":16,\"label\":\"native\"}"
done
# Where a decode step goes: onnxruntime's own per-node profile, by op type (profile-summary.mjs).
PROFILE_OUT=${PROFILE_OUT:-bench/results/profile-$(date +%F).jsonl}
for f in $PKG/model_q4.onnx $WORK/model.onnx; do
  timeout 1200 npx tsx bench/levers/decode-loop.ts "{\"file\":\"$f\",$base,\"steps\":8,\"sessionOptions\":{\"enableProfiling\":true}}" 2>/dev/null \
    | node bench/levers/profile-summary.mjs | tee -a "$PROFILE_OUT"
done
