"""tools.finetune on tiny random-weight models: the loss falls, training text is exactly the text
tools.evaluate (and the app) build from the converted package's manifest, LoRA merges exactly,
the shared-prefix shortcut changes nothing, and the result converts and verifies."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from tools.convert import convert
from tools.evaluate import load_items
from tools.finetune import FinetuneError, TrainConfig, _collate, answer_nll, encoder, finetune, main, resolve_prompt
from tools.fixtures import tiny_gguf
from tools.lora import add_lora, decoder_blocks, merge_lora, q4_round
from tools.manifest import read_manifest
from tools.quant import quantize_affine

from .conftest import TEMPLATE

REPO = Path(__file__).resolve().parents[2]
PAIRS = [
    {"id": f"t{i}", "question": q, "answer": a}
    for i, (q, a) in enumerate([
        ("How long should I rest between heavy sets?", "Two to five minutes for heavy strength work."),
        ("What is VO2max?", "The highest rate at which the body takes up and uses oxygen."),
        ("Should I stretch before a sprint?", "Warm up dynamically first; keep long static holds for later."),
        ("How much protein per day for strength athletes?", "About 1.6 g per kg of body mass per day."),
        ("Does sleep affect recovery?", "Yes: most adults recover best with 7 to 9 hours a night."),
        ("What is a taper?", "A planned cut in training volume before a race, keeping intensity."),
    ])
]


@pytest.fixture(scope="module")
def pairs_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data") / "pairs.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gpt2_finetuned(gpt2_checkpoint, pairs_file, tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("ft") / "gpt2-ft"
    cfg = TrainConfig(method="full", epochs=6, lr=3e-3, batch_size=3, seed=0, warmup_steps=1)
    record = finetune(gpt2_checkpoint, pairs_file, out, cfg, template=TEMPLATE, val_path=pairs_file,
                      log=lambda *_: None)
    return out, record


def test_full_finetune_loss_falls(gpt2_finetuned):
    out, record = gpt2_finetuned
    epochs = record["epochs_summary"]
    assert len(epochs) == 6 and len(record["steps"]) == 12
    assert epochs[-1]["train_loss"] < 0.8 * epochs[0]["train_loss"]
    assert epochs[-1]["val_nll"] < 0.8 * record["val_nll_before"]
    assert record["prompt"] == {"kind": "plain", "template": TEMPLATE, "answerPrefix": " ",
                                "turnSeparator": "\n\n", "addBos": False}
    assert json.loads((out / "train_log.json").read_text())["steps"] == record["steps"]
    assert json.loads((out / "training_prompt.json").read_text()) == record["prompt"]
    assert {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"} <= {
        p.name for p in out.iterdir()}


def test_finetuned_converts_verifies_and_trains_on_the_manifest_prompt(gpt2_finetuned, pairs_file, tmp_path):
    out, record = gpt2_finetuned
    pkg = tmp_path / "pkg"
    manifest = convert(out, pkg, quants=("fp32", "q4"), template=TEMPLATE, work_dir=tmp_path / "work",
                       log=lambda *_: None)
    assert read_manifest(pkg / "manifest.json").to_json() == manifest
    assert manifest["prompt"] == record["prompt"]
    fp32 = manifest["variants"]["fp32"]["verification"]
    assert fp32["maxAbsLogitDelta"] <= 1e-3 and fp32["greedyAgreement"] == 1.0
    # The training ids are the package's prompt + answer ids as tools.evaluate builds them, + eos.
    items = load_items(pairs_file, pkg, read_manifest(pkg / "manifest.json"), None)
    encode = encoder(resolve_prompt(out, TEMPLATE, None), out)
    for item in items:
        ids, n_prompt = encode(item.question, item.answer)
        assert ids[:n_prompt] == item.prompt
        assert ids[n_prompt:] == item.answer_ids + [manifest["tokens"]["eos"]]


def test_chat_prompt_matches_the_package_and_prefix_sharing_is_exact(llama_checkpoint, pairs_file, tmp_path):
    from transformers import AutoModelForCausalLM

    setup = resolve_prompt(llama_checkpoint, None, "Be brief.")
    assert setup.prompt["kind"] == "chat" and setup.prompt["defaultSystemPrompt"] == "Be brief."
    pkg = tmp_path / "pkg"
    manifest = convert(llama_checkpoint, pkg, quants=("fp32",), work_dir=tmp_path / "work",
                       system_prompt="Be brief.", log=lambda *_: None)
    assert manifest["prompt"] == setup.prompt
    encode = encoder(setup, llama_checkpoint)
    examples = []
    for item in load_items(pairs_file, pkg, read_manifest(pkg / "manifest.json"), None):
        ids, n_prompt = encode(item.question, item.answer)
        assert ids[:n_prompt] == item.prompt
        assert ids[n_prompt:] == item.answer_ids + [manifest["tokens"]["eos"]]
        examples.append((ids, n_prompt))

    model = AutoModelForCausalLM.from_pretrained(llama_checkpoint, dtype=torch.float32)
    batch = _collate(examples, setup.pad)
    assert batch.shared >= 4  # the system prompt and the user header
    with torch.no_grad():
        shared = answer_nll(model, batch, share_prefix=True)
        plain = answer_nll(model, batch, share_prefix=False)
        labels = torch.full_like(batch.input_ids, -100)
        labels[batch.rows, batch.cols + 1] = batch.targets
        reference = model(input_ids=batch.input_ids, attention_mask=batch.mask, labels=labels).loss
    assert abs(shared.item() - plain.item()) < 1e-5
    assert abs(plain.item() - reference.item()) < 1e-5


@pytest.mark.parametrize("arch,q4_aware", [("gpt2", False), ("llama", False), ("gpt2", True), ("llama", True)])
def test_lora_merge_is_exact(arch, q4_aware):
    model = tiny_gguf.tiny_gpt2_model(seed=4) if arch == "gpt2" else tiny_gguf.tiny_llama_model(seed=4)
    model.eval()
    blocks = list(decoder_blocks(model))
    params = add_lora(blocks, rank=4, alpha=8.0, seed=0, q4_aware=q4_aware)
    with torch.no_grad():
        for p in params:
            p.normal_(0, 0.05)  # B starts at zero: give it something to merge
    ids = torch.tensor([[1, 5, 9, 3, 7, 2]])
    with torch.no_grad():
        adapted = model(ids).logits
        merge_lora(model)
        merged = model(ids).logits
    assert not any("LoRA" in type(m).__name__ for m in model.modules())
    assert torch.allclose(adapted, merged, atol=1e-5)


def test_q4_round_is_what_convert_encodes():
    rng = np.random.default_rng(0)
    for shape in [(64, 576), (8, 64), (3, 32)]:
        w = (rng.standard_normal(shape) * 0.05).astype(np.float32)
        rounded = q4_round(torch.from_numpy(w)).numpy()
        assert np.array_equal(rounded, quantize_affine(w, 4, 32).dequantize())
        assert np.array_equal(quantize_affine(rounded, 4, 32).dequantize(), rounded)  # re-encoded exactly


def test_q4_aware_finetune_saves_weights_the_q4_variant_encodes_exactly(gpt2_checkpoint, pairs_file, tmp_path):
    from safetensors.numpy import load_file

    cfg = TrainConfig(method="lora", epochs=2, lr=1e-2, batch_size=3, seed=0, warmup_steps=1, lora_rank=4,
                      lora_alpha=8.0, q4_aware=True)
    record = finetune(gpt2_checkpoint, pairs_file, tmp_path / "ft", cfg, template=TEMPLATE, log=lambda *_: None)
    assert record["q4_aware"] is True
    before, after = load_file(gpt2_checkpoint / "model.safetensors"), load_file(tmp_path / "ft" / "model.safetensors")
    linear = [k for k in after if k.endswith(("c_attn.weight", "c_proj.weight", "c_fc.weight"))]
    assert len(linear) == 8
    for name in linear:
        w = after[name].T  # Conv1D [in, out] -> [out, in], the layout tools.convert quantizes
        assert np.array_equal(quantize_affine(w, 4, 32).dequantize(), w), name
        assert not np.array_equal(after[name], before[name])


def test_lora_finetune_from_gguf_loss_falls(pairs_file, tmp_path):
    src = tiny_gguf.write_gguf(tmp_path / "tiny.gguf", "llama", tiny_gguf.tiny_llama_model(seed=5), "Q8_0")
    cfg = TrainConfig(method="lora", epochs=8, lr=3e-2, batch_size=3, seed=0, warmup_steps=1, lora_rank=4,
                      lora_alpha=8.0)
    record = finetune(src, pairs_file, tmp_path / "ft", cfg, system_prompt="Be brief.", log=lambda *_: None)
    losses = [e["train_loss"] for e in record["epochs_summary"]]
    # Frozen random embeddings over a byte-level vocabulary cap how far this model can go (full
    # training of the same model plateaus alike); the point is that the adapters learn at all.
    assert losses[-1] < losses[0] - 0.15 and losses == sorted(losses, reverse=True)
    assert record["trainable_parameters"] < 20_000
    assert (tmp_path / "ft" / "model.safetensors").exists()


def test_refuses_bad_input(gpt2_checkpoint, pairs_file, tmp_path, capsys):
    out = tmp_path / "exists"
    out.mkdir()
    assert main(["--base", str(gpt2_checkpoint), "--train", str(pairs_file), "--out", str(out),
                 "--template", "Question: {question}\\nAnswer:"]) == 2
    assert "already exists" in capsys.readouterr().err
    with pytest.raises(FinetuneError, match="neither a checkpoint"):
        finetune(tmp_path, pairs_file, tmp_path / "x", TrainConfig(), template=TEMPLATE)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "no answer"}\n', encoding="utf-8")
    with pytest.raises(FinetuneError, match="question and answer"):
        finetune(gpt2_checkpoint, bad, tmp_path / "y", TrainConfig(), template=TEMPLATE)
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left
