#!/usr/bin/env bash
# Builds what the bench's distilgpt2 suite needs, under bench/models/distilgpt2-random/ (ignored by
# git): the DistilGPT2-shaped random-weight checkpoint, its ONNX package with fp32, int8 and q4 all
# shipped, and GGUFs of the same weights made by llama.cpp's own tools:
#   gguf/model-f32.gguf, gguf/model-q8_0.gguf   convert_hf_to_gguf.py (from the llama-cpp-python sdist)
#   gguf/model-q4_0.gguf, gguf/model-q4_1.gguf  llama_model_quantize (llama-cpp-python, $LLAMA_PYTHON)
# Usage: bash bench/prepare-distilgpt2.sh   (about 5-10 minutes on 2 shared cores)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
LLAMA_PYTHON=${LLAMA_PYTHON:-/tmp/llamavenv/bin/python}
LLAMA_SRC=${LLAMA_SRC:-/tmp/llama-src}
LLAMA_VERSION=0.3.36
CKPT=models-work/distilgpt2-random
OUT=bench/models/distilgpt2-random

[ -f "$CKPT/config.json" ] || $PY -m tools.make_checkpoint distilgpt2 --out "$CKPT"

if [ ! -f "$OUT/manifest.json" ]; then
  rm -rf "$OUT"
  $PY -m tools.convert "$CKPT" --out "$OUT" --quant fp32,int8,q4 --ship fp32,int8,q4 --wasm q4 --webgpu q4 \
    --work-dir /tmp/distilgpt2-work --template $'Question: {question}\nAnswer:' --random-weights
fi

CONVERT="$LLAMA_SRC/llama_cpp_python-$LLAMA_VERSION/vendor/llama.cpp/convert_hf_to_gguf.py"
if [ ! -f "$CONVERT" ]; then
  mkdir -p "$LLAMA_SRC"
  $PY -m pip download --no-deps --no-binary :all: "llama-cpp-python==$LLAMA_VERSION" -d "$LLAMA_SRC"
  tar xzf "$LLAMA_SRC/llama_cpp_python-$LLAMA_VERSION.tar.gz" -C "$LLAMA_SRC"
fi

mkdir -p "$OUT/gguf"
# llama.cpp's GPT-2 converter reads hparams["n_ctx"], which transformers 5 no longer writes:
# a copy of the checkpoint whose config.json has it (= n_positions); the weights are the same files.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for f in "$CKPT"/*; do ln -s "$PWD/$f" "$TMP/"; done
rm "$TMP/config.json"
$PY - "$CKPT/config.json" "$TMP/config.json" <<'PYEOF'
import json, sys
c = json.load(open(sys.argv[1])); c.setdefault("n_ctx", c["n_positions"]); json.dump(c, open(sys.argv[2], "w"), indent=1)
PYEOF
for t in f32 q8_0; do
  [ -f "$OUT/gguf/model-$t.gguf" ] || PYTHONPATH="$(dirname "$CONVERT")/gguf-py" $PY "$CONVERT" "$TMP" --outtype $t --outfile "$OUT/gguf/model-$t.gguf"
done
for t in q4_0 q4_1; do
  [ -f "$OUT/gguf/model-$t.gguf" ] || "$LLAMA_PYTHON" bench/quantize_gguf.py "$OUT/gguf/model-f32.gguf" "$OUT/gguf/model-$t.gguf" $t
done
ls -la "$OUT" "$OUT/gguf"
