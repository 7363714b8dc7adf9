"""The committed tiny package and its reference fixture, and the manifest mirror of manifest.ts."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from tokenizers import Tokenizer

from tools import manifest as manifest_py
from tools.build_tiny import TINY_ID
from tools.decoding import OrtDecoder
from tools.manifest import read_manifest
from tools.package import sha256_file
from tools.reference import spec_from_manifest

REPO = Path(__file__).resolve().parents[2]
TINY = REPO / "public" / "models" / TINY_ID
FIXTURE = REPO / "src" / "engine" / "__fixtures__" / f"{TINY_ID}-reference.json"


def test_tiny_package_matches_its_manifest_and_is_small():
    m = read_manifest(TINY / "manifest.json")
    total = (TINY / "manifest.json").stat().st_size
    for f in m.files:
        path = TINY / f.path
        assert path.stat().st_size == f.bytes, f.path
        assert sha256_file(path) == f.sha256, f.path
        total += f.bytes
    assert total < 5_000_000
    assert m.random_weights is True and m.architecture == "gpt2"
    assert m.prompt.template == "Question: {question}\nAnswer:"
    assert "produces noise" in (TINY / "README.md").read_text()
    tok = Tokenizer.from_file(str(TINY / "tokenizer.json"))
    assert tok.get_vocab_size() == m.shape.vocab_size == 50257


def test_fixture_belongs_to_the_package_and_replays():
    m = read_manifest(TINY / "manifest.json")
    ref = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert ref["modelId"] == TINY_ID and ref["variant"] == m.backends.wasm
    assert ref["fileSha256"] == next(f.sha256 for f in m.files if f.path == ref["file"])
    names = {c["name"] for c in ref["cases"]}
    assert {"ascii", "digits", "emoji", "non-latin", "plain-formatted"} <= names
    tok = Tokenizer.from_file(str(TINY / "tokenizer.json"))
    decoder = OrtDecoder(TINY / ref["file"], spec_from_manifest(m), threads=1)
    for case in ref["cases"]:
        assert tok.encode(case["text"], add_special_tokens=False).ids == case["ids"]
        assert tok.decode(case["ids"]) == case["text"]
    for case in ref["cases"][:2]:
        assert decoder.greedy(case["inputIds"], ref["steps"]).tokens == case["greedy"]


def _ts_fields(source: str) -> set[str]:
    """Property names declared in the interfaces and object types of manifest.ts."""
    body = re.sub(r"/\*.*?\*/|//[^\n]*", "", source, flags=re.S)
    return set(re.findall(r"^\s*(\w+)\??\s*:", body, flags=re.M)) | set(re.findall(r"[{;]\s*(\w+)\??\s*:", body))


def test_manifest_py_mirrors_manifest_ts():
    ts = _ts_fields((REPO / "src" / "shared" / "manifest.ts").read_text(encoding="utf-8"))
    py = set()
    for obj in vars(manifest_py).values():
        if dataclasses.is_dataclass(obj):
            py |= {manifest_py._camel(f.name) for f in dataclasses.fields(obj)}
    assert py == ts, f"only in manifest.ts: {sorted(ts - py)}; only in manifest.py: {sorted(py - ts)}"


@pytest.mark.skipif(shutil.which("node") is None or not (REPO / "node_modules" / "onnxruntime-web").exists(),
                    reason="needs node and npm install")
def test_fixture_replays_in_onnxruntime_web_and_xenova_tokenizer():
    """onnxruntime-web's WASM build gives the same greedy tokens, and @xenova/transformers the same ids."""
    result = subprocess.run(["node", "tools/web/check-reference.mjs", str(TINY), str(FIXTURE)], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
