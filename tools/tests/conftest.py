"""Shared fixtures: tiny checkpoints with random weights, made once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.make_checkpoint import make_checkpoint

TEMPLATE = "Question: {question}\nAnswer:"


@pytest.fixture(scope="session")
def gpt2_checkpoint(tmp_path_factory) -> Path:
    """GPT-2 architecture, real GPT-2 tokenizer, saved as safetensors (a fine-tune's layout)."""
    return make_checkpoint("tiny-gpt2", tmp_path_factory.mktemp("ckpt") / "gpt2-st", seed=1)


@pytest.fixture(scope="session")
def gpt2_bin_checkpoint(tmp_path_factory) -> Path:
    """The same architecture saved as pytorch_model.bin."""
    return make_checkpoint("tiny-gpt2", tmp_path_factory.mktemp("ckpt") / "gpt2-bin", weights_format="bin", seed=2)


@pytest.fixture(scope="session")
def llama_checkpoint(tmp_path_factory) -> Path:
    """Llama with grouped-query attention (4 heads, 2 kv heads), tied embeddings and a chat template."""
    return make_checkpoint("tiny-llama", tmp_path_factory.mktemp("ckpt") / "llama", seed=3)
