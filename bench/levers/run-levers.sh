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
  timeout 1200 npx tsx bench/levers/decode-loop.ts "{\"file\":\"$f\",$base,\"steps\":8,\"sessionOptions\":{\"enableProfiling\":true}}" 2>&1 \
    | node bench/levers/profile-summary.mjs | tee -a "$PROFILE_OUT"
done
# Memory lever for fp32 weights: onnxruntime's prepacking of constant MatMul weights keeps a packed
# copy next to the initializer; session config session.disable_prepacking trades it for speed.
for prepack in 0 1; do
  run "{\"file\":\"$WORK/model.onnx\",$base,\"sessionOptions\":{\"extra\":{\"session\":{\"disable_prepacking\":\"$prepack\"}}},\"label\":\"prepacking\"}"
done
# "Download q4, compute in fp32": fold_q4.py rewrites each MatMulNBits into ops that onnxruntime's
# constant folding turns into float32 weights at load (same file size as q4). Paired with q4.
FOLD=$WORK/model_q4fold.onnx
.venv/bin/python bench/levers/fold_q4.py $PKG/model_q4.onnx $FOLD
for f in $FOLD $PKG/model_q4.onnx; do
  run "{\"file\":\"$f\",$base,\"label\":\"fold-q4\"}"
done
# onnxruntime-web version: the same files on older releases, installed outside the repo
# (Transformers.js 3.8.1 brings its own 1.22.0-dev). 1.22 cannot load the shipped 8-bit head, so
# the 4-bit-head bench package (bench/models/smollm2-135m-instruct-q4h4, made by `npm run bench`)
# is the common file.
Q4H4=bench/models/smollm2-135m-instruct-q4h4/onnx/model_q4.onnx
for v in 1.23.2 1.25.1 1.27.0 1.29.0; do
  d=/tmp/pocket-coach-ort-$v
  [ -d $d/node_modules/onnxruntime-web ] || (mkdir -p $d && cd $d && npm init -y >/dev/null && npm install --silent onnxruntime-web@$v)
  run "{\"file\":\"$PKG/model_q4.onnx\",$base,\"entry\":\"onnxruntime-web/wasm\",\"resolveFrom\":\"../../..$d\",\"label\":\"ort-version\"}"
done
for from in ../../../tmp/pocket-coach-ort-1.23.2 @huggingface/transformers; do
  [ -f $Q4H4 ] && run "{\"file\":\"$Q4H4\",$base,\"entry\":\"onnxruntime-web/wasm\",\"resolveFrom\":\"$from\",\"label\":\"ort-version\"}"
done
[ -f $Q4H4 ] && run "{\"file\":\"$Q4H4\",$base,\"entry\":\"onnxruntime-web/wasm\",\"label\":\"ort-version\"}"
