"""Package-level pieces: the variant file names, the file list with hashes, the model card, and
moving a finished package into place in one step."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from .errors import ConvertError
from .graph_builder import WeightFormat
from .manifest import ModelManifest, PackageFile

# Transformers.js v3 file names (dtype -> onnx/model{suffix}.onnx).
VARIANT_FILES = {"fp32": "onnx/model.onnx", "int8": "onnx/model_quantized.onnx", "q4": "onnx/model_q4.onnx"}


def variant_format(quant: str, q4_head_bits: int = 8) -> WeightFormat:
    """How each variant stores its weights (measurements behind each choice: README.md)."""
    if quant == "fp32":
        return WeightFormat("fp32", None, None, None)
    if quant == "int8":
        # 8-bit symmetric blocks of 32 (GGUF Q8_0's layout) for every MatMul, the lm_head and
        # the embedding. Per-channel int8 with DynamicQuantizeMatMul was faster in WASM but cost
        # SmolLM2 +0.74 nats/token: its activations have outliers that per-tensor int8 clips.
        return WeightFormat("int8", 8, 8, 8)
    if quant == "q4":
        # 4-bit affine blocks of 32 (GGUF Q4_1's layout) for every MatMul; the embedding and the
        # lm_head (one tensor when tied) in 8-bit blocks by default: 4-bit there cost SmolLM2
        # +0.064 nats/token and 13% of greedy agreement for 12 MB less. accuracy_level 0 (fp32
        # compute): level 4 was no faster in onnxruntime-web's WASM and made x64 onnxruntime
        # pick other tokens than WASM where logits nearly tie.
        return WeightFormat("q4", 4, q4_head_bits, q4_head_bits, accuracy_level=0)
    raise KeyError(quant)


NOT_BUILT = {"fp16": "onnx/model_fp16.onnx", "q4f16": "onnx/model_q4f16.onnx"}

_ROLES = {".onnx": "onnx", ".md": "card"}
_TOKENIZER_FILES = {"tokenizer.json", "tokenizer_config.json"}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def list_files(folder: Path) -> list[PackageFile]:
    """Every file of the package except manifest.json, sorted, with bytes and sha256."""
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel == "manifest.json":
            continue
        role = "tokenizer" if path.name in _TOKENIZER_FILES else _ROLES.get(path.suffix, "config")
        files.append(PackageFile(rel, path.stat().st_size, sha256_file(path), role))
    return files


def check_output(out: Path, force: bool) -> None:
    if out.exists() and not force:
        raise ConvertError(f"{out} already exists; pass --force to replace it")
    if out.exists() and not out.is_dir():
        raise ConvertError(f"{out} exists and is not a folder")


def staging_dir(out: Path) -> Path:
    """A hidden sibling of `out` (same file system, so the final move is a rename)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / f".{out.name}.partial-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    return staging


def move_into_place(staging: Path, out: Path) -> None:
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        out.rename(old)
    staging.rename(out)
    if old is not None:
        shutil.rmtree(old)


def model_card(m: ModelManifest, source_license_note: str, conversion_seconds: float) -> str:
    shipped = [(k, v) for k, v in m.variants.items() if v.shipped]
    lines = [
        "---",
        f"license: {m.license}",
        "library_name: transformers.js",
        "pipeline_tag: text-generation",
        "---",
        f"# {m.name}",
        "",
        "<!-- Written by python -m tools.convert with manifest.json; rebuild rather than edit. -->",
        "",
    ]
    if m.random_weights:
        lines += ["**Random weights: this model produces noise.** It exists to test the mechanics "
                  "(tokenizer, ONNX graph, KV cache, package loading), not to answer anything.", ""]
    lines += [
        m.description,
        "",
        "## Source",
        f"- {m.provenance.source_kind}: `{m.provenance.source}`",
        f"- sha256: `{m.provenance.source_sha256}`",
        f"- license: {m.license}{source_license_note}",
        f"- converted by {m.provenance.tool} {m.provenance.tool_version} on {m.provenance.created_at} "
        f"in {conversion_seconds:.0f} s",
        "",
        "## Model",
        f"{m.architecture}, {m.shape.num_layers} layers, hidden {m.shape.hidden_size}, "
        f"{m.shape.num_heads} heads ({m.shape.num_kv_heads} kv heads, head dim {m.shape.head_dim}), "
        f"vocabulary {m.shape.vocab_size}, context {m.shape.context_length} tokens.",
        "",
        "## Prompt",
    ]
    if m.prompt.kind == "chat":
        lines += ["Chat template (in tokenizer_config.json), rendered with add_generation_prompt."]
    else:
        lines += [f"Plain template `{m.prompt.template!r}`, answer prefix `{m.prompt.answer_prefix!r}`; "
                  f"stops at {m.stop.strings!r} or token ids {m.stop.token_ids}."]
    lines += [
        "",
        "## Verification",
        "onnxruntime (Python, CPU) against PyTorch for fp32, against fp32 ONNX for the others; "
        f"greedy decoding with the KV cache, {next(iter(m.variants.values())).verification.greedy_steps} steps "
        "over 4 fixed prompts; mean NLL per token of a fixed text.",
        "",
        "| variant | file | bytes | shipped | greedy agreement | max abs logit delta | mean NLL | reference NLL |",
        "|---|---|---:|---|---:|---:|---:|---:|",
    ]
    for name, v in m.variants.items():
        delta = "" if v.verification.max_abs_logit_delta is None else f"{v.verification.max_abs_logit_delta:.2e}"
        lines.append(f"| {name} | `{v.file}` | {v.bytes} | {'yes' if v.shipped else 'no'} | "
                     f"{v.verification.greedy_agreement:.3f} | {delta} | {v.verification.mean_nll:.4f} | "
                     f"{v.verification.reference_mean_nll:.4f} |")
    lines += ["", f"Loaded by the app: `{m.backends.wasm}` on WASM, `{m.backends.webgpu}` on WebGPU "
              f"({', '.join(k for k, _ in shipped)} shipped; the others rebuild with tools/)."]
    return "\n".join(lines) + "\n"
