"""Bad input: a clear message naming the problem, exit status 1, and nothing half-written."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import verify
from tools.convert import ConvertError, convert

from .conftest import TEMPLATE

REPO = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tools.convert", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)


def _copy_without(src: Path, dst: Path, *skip: str) -> Path:
    shutil.copytree(src, dst, ignore=lambda _d, names: [n for n in names if n in skip])
    return dst


def _leftovers(parent: Path) -> list[str]:
    return [p.name for p in parent.iterdir() if ".partial-" in p.name or ".old-" in p.name]


def test_folder_without_weights(gpt2_checkpoint, tmp_path):
    src = _copy_without(gpt2_checkpoint, tmp_path / "no-weights", "model.safetensors")
    out = tmp_path / "out"
    result = _cli(src, "--out", out, "--template", TEMPLATE)
    assert result.returncode == 1
    assert "has no weights" in result.stderr and "model.safetensors" in result.stderr
    assert not out.exists() and not _leftovers(tmp_path)


def test_unsupported_architecture(gpt2_checkpoint, tmp_path):
    src = _copy_without(gpt2_checkpoint, tmp_path / "bert", "model.safetensors")
    (src / "model.safetensors").write_bytes(b"")
    (src / "config.json").write_text(json.dumps({"architectures": ["BertForMaskedLM"], "model_type": "bert"}))
    result = _cli(src, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert "unsupported architecture BertForMaskedLM" in result.stderr
    assert not (tmp_path / "out").exists()


def test_not_a_checkpoint(tmp_path):
    (tmp_path / "empty").mkdir()
    result = _cli(tmp_path / "empty", "--out", tmp_path / "out")
    assert result.returncode == 1 and "config.json is missing" in result.stderr
    result = _cli(tmp_path / "missing", "--out", tmp_path / "out")
    assert result.returncode == 1 and "does not exist" in result.stderr
    (tmp_path / "weights.bin").write_bytes(b"x")
    result = _cli(tmp_path / "weights.bin", "--out", tmp_path / "out")
    assert result.returncode == 1 and "not a .gguf" in result.stderr


def test_truncated_weights(gpt2_checkpoint, tmp_path):
    src = _copy_without(gpt2_checkpoint, tmp_path / "truncated", "model.safetensors")
    data = (gpt2_checkpoint / "model.safetensors").read_bytes()
    (src / "model.safetensors").write_bytes(data[: len(data) // 2])
    with pytest.raises(ConvertError, match="cannot load the weights"):
        convert(src, tmp_path / "out", template=TEMPLATE, log=lambda *_: None)
    assert not (tmp_path / "out").exists() and not _leftovers(tmp_path)


def test_missing_tokenizer(gpt2_checkpoint, tmp_path):
    src = _copy_without(gpt2_checkpoint, tmp_path / "no-tok", "tokenizer.json", "vocab.json", "merges.txt")
    with pytest.raises(ConvertError, match="has no tokenizer"):
        convert(src, tmp_path / "out", template=TEMPLATE, log=lambda *_: None)


def test_existing_output_is_refused_and_kept(gpt2_checkpoint, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    result = _cli(gpt2_checkpoint, "--out", out, "--template", TEMPLATE)
    assert result.returncode == 1 and "already exists; pass --force" in result.stderr
    assert (out / "keep.txt").read_text() == "mine"


def test_prompt_format_is_required_without_chat_template(gpt2_checkpoint, tmp_path):
    with pytest.raises(ConvertError, match="pass --template"):
        convert(gpt2_checkpoint, tmp_path / "out", log=lambda *_: None)
    with pytest.raises(ConvertError, match=r"must contain \{question\}"):
        convert(gpt2_checkpoint, tmp_path / "out", template="Q: A:", log=lambda *_: None)


def test_bad_variant_choices(gpt2_checkpoint, tmp_path):
    with pytest.raises(ConvertError, match="unknown variant 'q3'"):
        convert(gpt2_checkpoint, tmp_path / "out", quants=("q3",), template=TEMPLATE)
    with pytest.raises(ConvertError, match="not built by this tool yet"):
        convert(gpt2_checkpoint, tmp_path / "out", quants=("fp16",), template=TEMPLATE)
    with pytest.raises(ConvertError, match="not shipped"):
        convert(gpt2_checkpoint, tmp_path / "out", quants=("q4",), ship=("fp32",), template=TEMPLATE)


def test_failed_verification_writes_nothing_and_force_keeps_old(gpt2_checkpoint, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("previous package")
    monkeypatch.setattr(verify, "FP32_MAX_LOGIT_DELTA", 0.0)  # no graph can pass this
    with pytest.raises(ConvertError, match="verification failed: fp32 ONNX does not match PyTorch"):
        convert(gpt2_checkpoint, out, quants=("fp32",), template=TEMPLATE, force=True,
                work_dir=tmp_path / "work", log=lambda *_: None)
    assert (out / "old.txt").read_text() == "previous package"
    assert not _leftovers(tmp_path)
