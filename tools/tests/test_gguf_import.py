"""GGUF -> HF checkpoint (tools/gguf_import.py): weights, config, tokenizer, and refused inputs."""

from __future__ import annotations

import json

import gguf
import numpy as np
import pytest
import torch
from safetensors.numpy import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from tools.errors import ConvertError
from tools.fixtures import tiny_gguf
from tools.gguf_import import GGUFImportError, gguf_to_checkpoint
from tools.package import sha256_file

QTYPES = list(tiny_gguf.QTYPES)


def _reference_state(model, arch: str, qtype: str) -> dict[str, np.ndarray]:
    """HF weights after the GGUF's quantization, computed by gguf.quants on the HF layout.

    Quantization blocks run along the input dimension; llama's row permutation does not move
    elements between rows, so no permutation is needed here (the importer must undo it).
    GPT-2 Conv1D weights are [in, out]: quantized transposed, as GGUF stores them.
    """
    ref = {}
    for name, p in model.state_dict().items():
        w = p.detach().numpy().astype(np.float32)
        if w.ndim == 1:
            ref[name] = w
        elif arch == "gpt2" and any(name.endswith(s) for s in ("c_attn.weight", "c_proj.weight", "c_fc.weight")):
            ref[name] = tiny_gguf.quant_dequant(np.ascontiguousarray(w.T), qtype).T
        else:
            ref[name] = tiny_gguf.quant_dequant(w, qtype)
    return ref


def _logits(model, ids):
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0].numpy()


@pytest.mark.parametrize("qtype", QTYPES)
@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_import_matches_quantized_source(tmp_path, arch, qtype):
    model = tiny_gguf.tiny_llama_model(tied=(qtype != "Q8_0")) if arch == "llama" else tiny_gguf.tiny_gpt2_model()
    path = tiny_gguf.write_gguf(tmp_path / f"tiny-{arch}-{qtype}.gguf", arch, model, qtype)
    out = tmp_path / "ckpt"
    prov = gguf_to_checkpoint(path, out)
    assert prov == {"source": path.name, "sha256": sha256_file(path), "kind": "gguf"}
    assert sorted(p.name for p in out.iterdir()) == [
        "README.md", "config.json", "generation_config.json", "model.safetensors", "special_tokens_map.json",
        "tokenizer.json", "tokenizer_config.json",
    ]

    ref = _reference_state(model, arch, qtype)
    got = load_file(str(out / "model.safetensors"))
    tied = model.config.tie_word_embeddings
    expected_names = {k for k in ref if not (tied and k == "lm_head.weight")}
    expected_names -= {k for k in ref if k.endswith(".attn.bias") or k.endswith(".attn.masked_bias")}
    assert set(got) == expected_names
    for name in expected_names:
        np.testing.assert_allclose(got[name], ref[name], rtol=0, atol=1e-6, err_msg=name)

    config = json.loads((out / "config.json").read_text())
    assert config["tie_word_embeddings"] == tied
    # the same logits as the source model carrying the quantized weights
    reference = type(model)(model.config).eval()
    reference.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in ref.items()}, strict=False)
    if tied:
        reference.tie_weights()
    imported = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32).eval()
    ids = [5, 40, 77, 120, 200, 3, 9, 250, 31, 64]
    np.testing.assert_allclose(_logits(imported, ids), _logits(reference, ids), atol=1e-4)


def test_config_and_tokenizer_files(tmp_path):
    path = tiny_gguf.write_gguf(tmp_path / "t.gguf", "llama", tiny_gguf.tiny_llama_model(), "Q4_1")
    out = tmp_path / "ckpt"
    gguf_to_checkpoint(path, out)
    config = json.loads((out / "config.json").read_text())
    assert config["model_type"] == "llama" and config["num_key_value_heads"] == 2
    assert (config["bos_token_id"], config["eos_token_id"], config["pad_token_id"]) == (1, 2, 2)
    assert config["rms_norm_eps"] == 1e-5
    tok_json = json.loads((out / "tokenizer.json").read_text())
    assert all(isinstance(m, str) and len(m.split(" ")) == 2 for m in tok_json["model"]["merges"])
    assert [a["content"] for a in tok_json["added_tokens"]] == tiny_gguf.SPECIALS
    tok_config = json.loads((out / "tokenizer_config.json").read_text())
    assert tok_config["chat_template"] == tiny_gguf.CHAT_TEMPLATE
    assert (tok_config["bos_token"], tok_config["eos_token"]) == ("<|im_start|>", "<|im_end|>")
    tok = AutoTokenizer.from_pretrained(out)
    ids = tok("the run 42<|im_end|>")["input_ids"]
    assert ids[-1] == 2 and tok.decode(ids) == "the run 42<|im_end|>"
    # smollm pre-tokenizer: digits one by one, never merged with a space
    assert tok.convert_ids_to_tokens(tok(" 42")["input_ids"]) == ["Ġ", "4", "2"]
    # llama.cpp's end-of-generation tokens: eos first, then <|endoftext|>
    assert json.loads((out / "generation_config.json").read_text())["eos_token_id"] == [2, 0]


# ---- refused inputs: a clear GGUFImportError (a ConvertError), and no output folder ----

@pytest.fixture(scope="module")
def good_gguf(tmp_path_factory):
    d = tmp_path_factory.mktemp("gguf")
    return tiny_gguf.write_gguf(d / "good.gguf", "llama", tiny_gguf.tiny_llama_model(), "Q8_0")


def _refused(src, tmp_path, *needles):
    out = tmp_path / "out"
    with pytest.raises(GGUFImportError) as info:
        gguf_to_checkpoint(src, out)
    msg = str(info.value)
    assert isinstance(info.value, ConvertError) and "\n" not in msg
    for n in needles:
        assert n in msg, msg
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    return msg


@pytest.mark.parametrize("cut", ["header", "metadata", "tensor data", "last byte"])
def test_truncated(tmp_path, good_gguf, cut):
    data = good_gguf.read_bytes()
    n = {"header": 30, "metadata": 200, "tensor data": len(data) // 2, "last byte": len(data) - 1}[cut]
    bad = tmp_path / "truncated.gguf"
    bad.write_bytes(data[:n])
    _refused(bad, tmp_path, "truncated.gguf", "truncated")


def test_corrupt_magic(tmp_path, good_gguf):
    bad = tmp_path / "magic.gguf"
    bad.write_bytes(b"GGML" + good_gguf.read_bytes()[4:])
    _refused(bad, tmp_path, "not a GGUF file")


def test_not_a_gguf_at_all(tmp_path):
    bad = tmp_path / "notes.gguf"
    bad.write_text("these are not weights")
    _refused(bad, tmp_path, "not a GGUF file")


def test_corrupt_counts(tmp_path, good_gguf):
    data = bytearray(good_gguf.read_bytes())
    data[16:24] = (2**40).to_bytes(8, "little")  # metadata count
    bad = tmp_path / "counts.gguf"
    bad.write_bytes(bytes(data))
    _refused(bad, tmp_path, "corrupt")


def test_unsupported_tensor_type_q5_k(tmp_path):
    model = tiny_gguf.tiny_llama_model()
    # blk.0.ffn_down.weight is [64, 256]: one Q5_K block (256 values, 176 bytes) per row
    raw = np.random.default_rng(0).integers(0, 256, (64, 176), dtype=np.uint8)
    path = tiny_gguf.write_gguf(tmp_path / "q5k.gguf", "llama", model, "Q8_0",
                                override_types={"blk.0.ffn_down.weight": (gguf.GGMLQuantizationType.Q5_K, raw)})
    _refused(path, tmp_path, "Q5_K", "not supported", "blk.0.ffn_down.weight", "Q4_1")


def test_made_up_tensor_type(tmp_path, good_gguf):
    data = bytearray(good_gguf.read_bytes())
    name = b"blk.0.ffn_down.weight"
    at = data.find(name) + len(name)  # tensor info: n_dims u32, ne u64 x n_dims, type u32
    n_dims = int.from_bytes(data[at:at + 4], "little")
    t_at = at + 4 + 8 * n_dims
    assert int.from_bytes(data[t_at:t_at + 4], "little") == int(gguf.GGMLQuantizationType.Q8_0)
    data[t_at:t_at + 4] = (77).to_bytes(4, "little")
    bad = tmp_path / "made-up.gguf"
    bad.write_bytes(bytes(data))
    _refused(bad, tmp_path, "unknown tensor type id 77", "blk.0.ffn_down.weight")


def test_unsupported_architecture(tmp_path):
    path = tiny_gguf.write_gguf(tmp_path / "mamba.gguf", "llama", tiny_gguf.tiny_llama_model(), "F16",
                                arch_name="mamba")
    _refused(path, tmp_path, "architecture 'mamba' is not supported", "llama, gpt2")


def test_unsupported_pre_tokenizer(tmp_path):
    path = tiny_gguf.write_gguf(tmp_path / "pre.gguf", "llama", tiny_gguf.tiny_llama_model(), "F16", pre="deepseek-llm")
    _refused(path, tmp_path, "tokenizer.ggml.pre", "deepseek-llm")


def test_output_folder_not_empty(tmp_path, good_gguf):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    with pytest.raises(GGUFImportError, match="already exists"):
        gguf_to_checkpoint(good_gguf, out)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_random_header_corruption_fails_cleanly(tmp_path, good_gguf):
    """Bytes flipped anywhere before the tensor data: either a clean import or a GGUFImportError,
    never another exception (found by fuzzing: invalid UTF-8, shapes whose product wraps)."""
    import random

    from tools.gguf_reader import GGUFFile

    data = good_gguf.read_bytes()
    with GGUFFile(good_gguf) as g:
        header_end = min(t.offset for t in g.tensors.values())
    rng = random.Random(1)
    for i in range(200):
        b = bytearray(data)
        for _ in range(rng.choice([1, 2, 4])):
            b[rng.randrange(header_end)] = rng.randrange(256)
        src = tmp_path / f"m{i}.gguf"
        src.write_bytes(bytes(b))
        out = tmp_path / f"out{i}"
        try:
            gguf_to_checkpoint(src, out)
        except GGUFImportError:
            assert not out.exists()
        src.unlink()
