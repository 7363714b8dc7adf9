"""Conversions of the tiny checkpoints: GPT-2 (safetensors and pytorch_model.bin) and Llama (GQA,
tied embeddings, chat template). Each builds, verifies and writes a package; the tests then check
the package against the manifest schema and the graph against PyTorch under padding."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from tokenizers import Tokenizer

from tools.convert import convert
from tools.decoding import OrtDecoder
from tools.manifest import read_manifest
from tools.package import sha256_file
from tools.reference import spec_from_manifest

from .conftest import TEMPLATE


@pytest.fixture(scope="module")
def gpt2_package(gpt2_checkpoint, tmp_path_factory):
    root = tmp_path_factory.mktemp("pkg")
    manifest = convert(gpt2_checkpoint, root / "tiny-gpt2", quants=("fp32", "int8", "q4"), ship=("q4", "fp32"),
                       template=TEMPLATE, work_dir=root / "work", log=lambda *_: None)
    return root / "tiny-gpt2", root / "work", manifest


@pytest.fixture(scope="module")
def llama_package(llama_checkpoint, tmp_path_factory):
    root = tmp_path_factory.mktemp("pkg")
    manifest = convert(llama_checkpoint, root / "tiny-llama", quants=("fp32", "int8", "q4"), ship=("fp32", "int8", "q4"),
                       work_dir=root / "work", system_prompt="Be brief.", log=lambda *_: None)
    return root / "tiny-llama", manifest


def test_gpt2_package_files_and_manifest(gpt2_package):
    pkg, work, manifest = gpt2_package
    assert read_manifest(pkg / "manifest.json").to_json() == manifest
    assert manifest["architecture"] == "gpt2" and manifest["usesPositionIds"] is True
    assert manifest["shape"] == {"numLayers": 2, "numHeads": 4, "numKvHeads": 4, "headDim": 16, "hiddenSize": 64,
                                 "contextLength": 256, "vocabSize": 50257}
    assert manifest["tokens"] == {"bos": 50256, "eos": 50256, "pad": None}
    assert manifest["prompt"] == {"kind": "plain", "template": TEMPLATE, "answerPrefix": " ",
                                  "turnSeparator": "\n\n", "addBos": False}
    assert manifest["stop"] == {"tokenIds": [50256], "strings": ["\nQuestion:"]}
    assert manifest["randomWeights"] is True
    assert manifest["backends"] == {"wasm": "q4", "webgpu": "q4"}
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {p.relative_to(pkg).as_posix() for p in pkg.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(listed) == on_disk
    for path, entry in listed.items():
        assert entry["bytes"] == (pkg / path).stat().st_size
        assert entry["sha256"] == sha256_file(pkg / path)
    assert set(listed) >= {"onnx/model.onnx", "onnx/model_q4.onnx", "tokenizer.json", "tokenizer_config.json",
                           "config.json", "generation_config.json", "README.md"}
    variants = manifest["variants"]
    assert variants["int8"]["shipped"] is False and (work / "onnx/model_quantized.onnx").exists()
    assert not (pkg / "onnx/model_quantized.onnx").exists()
    fp32 = variants["fp32"]["verification"]
    assert fp32["greedyAgreement"] == 1.0 and fp32["maxAbsLogitDelta"] <= 1e-3
    for name in ("int8", "q4"):
        v = variants[name]["verification"]
        assert v["maxAbsLogitDelta"] is None and v["greedySteps"] == 32
        assert v["referenceMeanNll"] == fp32["meanNll"]
    assert variants["q4"]["bytes"] < variants["int8"]["bytes"] < variants["fp32"]["bytes"]
    assert "random weights: this model produces noise" in (pkg / "README.md").read_text().lower()


def test_tokenizer_files_are_v2_compatible_and_round_trip(gpt2_package):
    pkg, _, _ = gpt2_package
    data = json.loads((pkg / "tokenizer.json").read_text(encoding="utf-8"))
    merges = data["model"]["merges"]
    assert all(isinstance(m, str) and len(m.split(" ")) == 2 for m in merges)
    assert merges[0] == "Ġ t"
    tok = Tokenizer.from_file(str(pkg / "tokenizer.json"))
    text = "Hello world 123 😀 Привет, 睡眠!"
    ids = tok.encode(text).ids
    assert ids[:2] == [15496, 995]  # GPT-2's own ids for "Hello world"
    assert tok.decode(ids) == text
    config = json.loads((pkg / "tokenizer_config.json").read_text())
    assert config["tokenizer_class"] == "GPT2Tokenizer" and config["eos_token"] == "<|endoftext|>"
    assert "chat_template" not in config


def test_pytorch_model_bin_checkpoint(gpt2_bin_checkpoint, tmp_path):
    manifest = convert(gpt2_bin_checkpoint, tmp_path / "bin-pkg", quants=("fp32",), template=TEMPLATE,
                       work_dir=tmp_path / "work", log=lambda *_: None)
    assert manifest["variants"]["fp32"]["verification"]["greedyAgreement"] == 1.0
    assert manifest["provenance"]["sourceSha256"] == sha256_file(gpt2_bin_checkpoint / "pytorch_model.bin")
    assert manifest["backends"] == {"wasm": "fp32", "webgpu": "fp32"}


def test_llama_gqa_tied_chat_package(llama_package):
    pkg, manifest = llama_package
    assert manifest["architecture"] == "llama"
    assert manifest["shape"]["numHeads"] == 4 and manifest["shape"]["numKvHeads"] == 2
    prompt = manifest["prompt"]
    assert prompt["kind"] == "chat" and prompt["addBos"] is False and prompt["defaultSystemPrompt"] == "Be brief."
    config = json.loads((pkg / "tokenizer_config.json").read_text())
    assert config["chat_template"] == prompt["chatTemplate"]
    im_end = Tokenizer.from_file(str(pkg / "tokenizer.json")).token_to_id("<|im_end|>")
    assert im_end in manifest["stop"]["tokenIds"]
    assert all(v["shipped"] for v in manifest["variants"].values())
    assert manifest["variants"]["fp32"]["verification"]["maxAbsLogitDelta"] <= 1e-3


def test_llama_untied_lm_head(tmp_path):
    from tools.make_checkpoint import make_checkpoint

    ckpt = make_checkpoint("tiny-llama", tmp_path / "untied", seed=4, overrides={"tie_word_embeddings": False})
    manifest = convert(ckpt, tmp_path / "pkg", quants=("fp32", "q4"), ship=("fp32", "q4"),
                       work_dir=tmp_path / "work", log=lambda *_: None)
    assert manifest["variants"]["fp32"]["verification"]["greedyAgreement"] == 1.0
    import onnx

    names = {i.name for i in onnx.load(tmp_path / "pkg/onnx/model_q4.onnx").graph.initializer}
    assert "lm_head.weight_q8" in names and "model.embed_tokens.weight_q8" in names


def test_left_padding_matches_unpadded_runs(llama_package, llama_checkpoint):
    """Batch of two with left padding: the padded row must give the same logits as running alone,
    in the prefill and in the next cached step (mask and position_ids as Transformers.js builds them)."""
    pkg, manifest = llama_package
    decoder = OrtDecoder(pkg / "onnx/model.onnx", spec_from_manifest(read_manifest(pkg / "manifest.json")))
    short, long = [1, 40, 41, 42], [1, 50, 51, 52, 53, 54, 55]
    pad = len(long) - len(short)
    ids = np.array([[0] * pad + short, long])
    mask = np.array([[0] * pad + [1] * len(short), [1] * len(long)])
    pos = np.clip(np.cumsum(mask, axis=1) - 1, 0, None)
    logits, past = decoder.forward(ids, decoder.empty_past(2), mask, pos)
    alone, alone_past = decoder.forward(np.array([short]), decoder.empty_past(), np.ones((1, 4)), np.arange(4)[None])
    np.testing.assert_allclose(logits[0, pad:], alone[0], atol=1e-4)
    step_mask = np.concatenate([mask, np.ones((2, 1), np.int64)], axis=1)
    step_pos = np.array([[len(short)], [len(long)]])
    step, _ = decoder.forward(np.array([[60], [60]]), past, step_mask, step_pos)
    alone_step, _ = decoder.forward(np.array([[60]]), alone_past, np.ones((1, 5)), np.array([[4]]))
    np.testing.assert_allclose(step[0], alone_step[0], atol=1e-4)
    # and the long row agrees with PyTorch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(llama_checkpoint, local_files_only=True, dtype=torch.float32)
    with torch.no_grad():
        ref = model(torch.tensor([long])).logits[0].numpy()
    np.testing.assert_allclose(logits[1], ref, atol=1e-3)


def test_transformers_loads_the_package_tokenizer(llama_package):
    from transformers import AutoTokenizer

    pkg, manifest = llama_package
    tok = AutoTokenizer.from_pretrained(pkg, local_files_only=True)
    text = tok.apply_chat_template([{"role": "user", "content": "Hi"}], tokenize=False, add_generation_prompt=True)
    assert text.endswith("<|im_start|>assistant\n")
    assert tok.eos_token_id == manifest["tokens"]["eos"]
