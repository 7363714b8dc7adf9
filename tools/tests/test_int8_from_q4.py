"""The int8 memory-saver variant: quantization per output column with SmoothQuant factors, and
the committed packages' int8 files up to date with their q4 file."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import numpy as np
import onnx
import pytest

from tools.errors import ConvertError
from tools.int8_from_q4 import VARIANT, _quantize, build_int8, int8_paths, kept_float, materialize_int8, quantize_tensor
from tools.reference import spec_from_manifest
from tools.fp32_from_q4 import unpack_tensor
from tools.manifest import read_manifest
from tools.package import sha256_file

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "public" / "models"
WITH_INT8 = sorted(p.name for p in MODELS.iterdir()
                   if (p / "manifest.json").exists() and VARIANT in read_manifest(p / "manifest.json").to_json()["variants"])


def test_per_column_uint8_keeps_each_column_within_half_a_step():
    rng = np.random.default_rng(0)
    w = rng.standard_normal((64, 48)).astype(np.float32)
    w[:, 3] = 0  # an all-zero column gets scale 1, not a division by zero
    row = rng.uniform(0.5, 2, 64).astype(np.float32)
    col = rng.uniform(0.5, 2, 48).astype(np.float32)
    q, scale, zp, inv = _quantize(w, row, col)
    smoothed = (w * row[:, None]).astype(np.float32) * col[None, :]
    back = (q.astype(np.float32) - zp.astype(np.float32)) * scale
    assert np.all(np.abs(back - smoothed) <= scale * 0.5 + 1e-6)
    assert scale[3] == 1 and q[:, 3].tolist() == [zp[3]] * 64
    assert q.dtype == np.uint8 and (inv == (np.float32(1) / scale)).all()


def test_rint_rounds_halves_to_even_as_the_typescript_twin_does():
    # quantize_tensor and weights-from-q4.ts both use round-half-even: 0.5 -> 0, 1.5 -> 2, 2.5 -> 2.
    assert np.rint(np.array([0.5, 1.5, 2.5, -0.5, -1.5], np.float32)).tolist() == [0, 2, 2, -0, -2]


@pytest.mark.parametrize("model_id", WITH_INT8)
def test_committed_int8_files_belong_to_the_q4_file(model_id):
    pkg = MODELS / model_id
    m = read_manifest(pkg / "manifest.json").to_json()
    variant = m["variants"][VARIANT]
    q4_file = m["variants"]["q4"]["file"]
    assert (variant["file"], variant["unpackFrom"]["plan"]) == int8_paths(q4_file)[:2]
    assert variant["quantization"] == "int8" and variant["unpackFrom"]["variant"] == "q4"
    files = {f["path"]: f for f in m["files"]}
    plan = json.loads((pkg / variant["unpackFrom"]["plan"]).read_text())
    rerun = f"rerun: python -m tools.int8_from_q4 {pkg.relative_to(REPO)}"
    assert plan["source"]["sha256"] == files[q4_file]["sha256"], rerun
    for path in (variant["file"], variant["unpackFrom"]["plan"]):
        assert files[path]["sha256"] == sha256_file(pkg / path), rerun
    # The eval-set NLL gate of the tool: at most +1 % over q4.
    v = variant["verification"]
    assert v["meanNll"] <= v["referenceMeanNll"] * 1.01
    graph = onnx.load(pkg / variant["file"], load_external_data=False)
    assert {n.op_type for n in graph.graph.node} >= {"DynamicQuantizeMatMul"}
    assert not any(n.op_type in ("MatMulNBits", "MatMul") and any(i.endswith(".weight_u8") for i in n.input)
                   for n in graph.graph.node)


def test_tiny_int8_plan_unpacks_to_its_recorded_bytes():
    pkg = MODELS / "tiny-gpt2-random"
    m = read_manifest(pkg / "manifest.json").to_json()
    plan = json.loads((pkg / m["variants"][VARIANT]["unpackFrom"]["plan"]).read_text())
    raw = (pkg / plan["source"]["file"]).read_bytes()
    aux = base64.b64decode(plan["aux"])
    out = bytearray(plan["bytes"])
    for e in plan["tensors"]:
        data = quantize_tensor(raw, e, aux) if e["kind"] == "quantize" else unpack_tensor(raw, e)
        assert len(data) == e["bytes"], e["name"]
        out[e["offset"]: e["offset"] + e["bytes"]] = data
    assert hashlib.sha256(bytes(out)).hexdigest() == plan["sha256"]


def test_keep_float_names_the_head_chunks_and_layers():
    names = [f"model.layers.{i}.mlp.down_proj.weight_fp32" for i in range(3)] + \
        [f"model.embed_tokens.weight_fp32_c{c}" for c in (0, 3072)] + ["model.embed_tokens.weight_q8"]
    assert kept_float(names, "") == frozenset()
    assert kept_float(names, "lm_head") == {"model.embed_tokens.weight_fp32_c0", "model.embed_tokens.weight_fp32_c3072"}
    assert kept_float(names, "layer:0, layer:-1") == {names[0], names[2]}
    with pytest.raises(ConvertError):
        kept_float(names, "layer:7")
    with pytest.raises(ConvertError):
        kept_float(names, "attention")


def test_tiny_int8_with_weights_kept_float_unpacks_them_as_q4(tmp_path):
    src = MODELS / "tiny-gpt2-random"
    m = read_manifest(src / "manifest.json")
    q4_file = m.variants["q4"].file
    (tmp_path / "onnx").mkdir()
    (tmp_path / q4_file).write_bytes((src / q4_file).read_bytes())
    rng = np.random.default_rng(1)
    calib = [rng.integers(0, m.shape.vocab_size, 12).tolist() for _ in range(2)]
    graph_path, plan_path = build_int8(tmp_path, q4_file, calib, spec_from_manifest(m),
                                       keep_float_spec="lm_head,layer:0")
    plan = json.loads((tmp_path / plan_path).read_text())
    kinds = {e["name"]: e["kind"] for e in plan["tensors"]}
    assert plan["keptFloat32"] == "lm_head,layer:0"
    assert kinds["transformer.h.0.mlp.c_fc.weight_fp32"] == "dequantize"
    assert kinds["transformer.wte.weight_fp32_c0"] == "dequantize"
    assert kinds["transformer.h.1.mlp.c_fc.weight_u8"] == "quantize"
    # Kept weights are the q4 weights as they are (no SmoothQuant factor folded in)...
    raw = (tmp_path / q4_file).read_bytes()
    fp32_plan = json.loads((src / m.variants["fp32-from-q4"].unpack_from.plan).read_text())
    ref = {e["name"]: e for e in fp32_plan["tensors"]}
    e = next(x for x in plan["tensors"] if x["name"] == "transformer.h.0.attn.c_attn.weight_fp32")
    assert unpack_tensor(raw, e) == unpack_tensor(raw, ref[e["name"]])
    # ...fed to plain MatMuls, and the plan's bytes are what it records.
    graph = onnx.load(tmp_path / graph_path, load_external_data=False)
    ops = {n.input[1]: n.op_type for n in graph.graph.node if len(n.input) > 1}
    assert ops["transformer.h.0.attn.c_attn.weight_fp32"] == "MatMul"
    assert ops["transformer.h.1.attn.c_attn.weight_u8"] == "DynamicQuantizeMatMul"
    out = materialize_int8(tmp_path, plan_path, tmp_path)
    assert hashlib.sha256((tmp_path / plan["external"]).read_bytes()).hexdigest() == plan["sha256"] and out.exists()
