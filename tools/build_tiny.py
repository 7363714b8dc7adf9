"""Rebuild the committed test package public/models/tiny-gpt2-random from scratch, reproducibly.

    python -m tools.build_tiny [--out public/models/tiny-gpt2-random]

A GPT-2-architecture checkpoint with random weights (tools.make_checkpoint tiny-gpt2, seed 0) and
the real GPT-2 tokenizer, converted with the plain Q&A template; q4 (4-bit embedding too) is shipped (about 2.2 MB).
It produces noise: it exists to test the mechanics quickly.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .convert import REPO_ROOT, ConvertError, convert
from .grounding import TINY_CONTEXT
from .make_checkpoint import make_checkpoint

TINY_ID = "tiny-gpt2-random"


def build_tiny(out: Path, work_dir: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="tiny-gpt2-") as tmp:
        ckpt = make_checkpoint("tiny-gpt2", Path(tmp) / "make_checkpoint-tiny-gpt2-seed0", seed=0)
        _convert(ckpt, out, work_dir)
    # The CPU memory saver, as the real packages have it, so its mechanics are tested quickly.
    from .int8_from_q4 import update_package as add_int8

    return add_int8(out, REPO_ROOT / "data" / "train.jsonl", REPO_ROOT / "data" / "eval.jsonl")


def _convert(ckpt: Path, out: Path, work_dir: Path | None) -> dict:
    return convert(
        ckpt, out, quants=("fp32", "int8", "q4"), ship=("q4",), template="Question: {question}\nAnswer:",
        force=True, model_id=TINY_ID, name="Tiny GPT-2 (random weights)",
        description="GPT-2 architecture (2 layers, 64 wide, 4 heads) with random weights and the real "
                    "GPT-2 tokenizer, for fast tests of the app's mechanics. Its output is noise.",
        license="MIT", work_dir=work_dir, random_weights=True,
        q4_head_bits=4,  # 8-bit would put the package over 5 MB (the table is 50257 x 64)
        context=TINY_CONTEXT,  # a notes slot, so the grounding mechanics can be tested quickly
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_tiny", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "public" / "models" / TINY_ID)
    parser.add_argument("--work-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        build_tiny(args.out, args.work_dir)
    except ConvertError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
