"""GGUF -> verified ONNX package through tools.convert, and the CLI's answer to bad GGUF files.

Every tensor type is checked against PyTorch in test_gguf_import.py; once imported, the
checkpoint is float32 whatever the GGUF held, so two conversions cover the ONNX side.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tools.convert import convert
from tools.fixtures import tiny_gguf
from tools.package import sha256_file

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("arch,qtype", [("llama", "Q4_1"), ("gpt2", "Q8_0")])
def test_convert_gguf_package(tmp_path, arch, qtype):
    model = tiny_gguf.tiny_llama_model() if arch == "llama" else tiny_gguf.tiny_gpt2_model()
    src = tiny_gguf.write_gguf(tmp_path / f"tiny-{arch}.gguf", arch, model, qtype)
    out = tmp_path / "pkg"
    manifest = convert(src, out, quants=("fp32", "q4"), work_dir=tmp_path / "work", random_weights=True,
                       log=lambda *_: None)
    assert manifest["provenance"]["sourceKind"] == "gguf"
    assert manifest["provenance"]["source"] == src.name
    assert manifest["provenance"]["sourceSha256"] == sha256_file(src)
    assert manifest["architecture"] == arch
    fp32 = manifest["variants"]["fp32"]["verification"]
    assert fp32["maxAbsLogitDelta"] <= 1e-3 and fp32["greedyAgreement"] == 1.0
    assert manifest["variants"]["q4"]["shipped"]
    tok_config = json.loads((out / "tokenizer_config.json").read_text())
    assert tok_config["chat_template"] == tiny_gguf.CHAT_TEMPLATE
    assert manifest["prompt"]["kind"] == "chat"
    if arch == "llama":
        assert manifest["tokens"] == {"bos": 1, "eos": 2, "pad": 2}
        assert manifest["stop"]["tokenIds"] == [2, 0]  # <|im_end|>, then <|endoftext|>


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tools.convert", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=300)


def test_cli_refuses_bad_gguf(tmp_path):
    good = tiny_gguf.write_gguf(tmp_path / "good.gguf", "llama", tiny_gguf.tiny_llama_model(), "Q8_0")
    data = good.read_bytes()
    (tmp_path / "cut.gguf").write_bytes(data[: len(data) // 2])
    (tmp_path / "magic.gguf").write_bytes(b"XXXX" + data[4:])
    for name, needle in (("cut.gguf", "truncated"), ("magic.gguf", "not a GGUF file")):
        out = tmp_path / f"out-{name}"
        run = _cli(str(tmp_path / name), "--out", str(out))
        assert run.returncode == 1, run.stderr
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], run.stderr
        assert not out.exists()
        assert not any(p.name.startswith(f".out-{name}") for p in tmp_path.iterdir())
