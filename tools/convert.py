"""Convert a Hugging Face checkpoint folder or a GGUF file into a verified ONNX model package.

    python -m tools.convert SOURCE --out public/models/<id> [--quant fp32,int8,q4] [--ship q4]
        [--template 'Question: {question}\\nAnswer:'] [--force] [--id ID] [--name NAME]

Every variant is verified (tools/verify.py) before the package is moved into place; on any
problem nothing is written to --out and the exit status is 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

from . import TOOL_NAME, TOOL_VERSION
from .checkpoint import context_length, decoder_spec, inspect_checkpoint, load_model, numpy_weights
from .decoder_graph import build_decoder
from .errors import ConvertError
from .fast_start import add_shapes
from .fp32_from_q4 import SOURCE_VARIANT, VARIANT as FP32_FROM_Q4, add_fp32_from_q4
from .manifest import Backends, ContextSlot, ModelManifest, ModelShape, OnnxVariant, Provenance, from_json, write_manifest
from .package import NOT_BUILT, VARIANT_FILES, check_output, list_files, model_card, move_into_place, \
    sha256_file, staging_dir, variant_format
from .prompt_format import (chat_renderer, encode_prompt, first_question, prompt_format, resolve_specials,
                            sampling_defaults, stop_rules, tokenizer_adds_bos)
from .tokenizer_files import load_source_tokenizer, package_tokenizer_config, tokenizer_json_v2, write_json
from .verify import GREEDY_STEPS, NLL_TEXT, PROMPT_TEXTS, VerificationError, verify_fp32, verify_quantized

REPO_ROOT = Path(__file__).resolve().parent.parent
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

__all__ = ["ConvertError", "convert"]


def convert(
    source: Path,
    out: Path,
    *,
    quants: Sequence[str] = ("fp32", "int8", "q4"),
    ship: Sequence[str] | None = None,
    template: str | None = None,
    force: bool = False,
    model_id: str | None = None,
    name: str | None = None,
    description: str | None = None,
    license: str | None = None,
    work_dir: Path | None = None,
    wasm_variant: str | None = None,
    webgpu_variant: str | None = None,
    random_weights: bool | None = None,
    system_prompt: str | None = None,
    stop_strings: Sequence[str] = (),
    sampling: dict | None = None,
    q4_head_bits: int = 8,
    context: dict | None = None,
    log=print,
) -> dict:
    """Build the package at `out` and return its manifest (the JSON dict of src/shared/manifest.ts).

    source: HF checkpoint folder, or a .gguf file (through tools.gguf_import.gguf_to_checkpoint).
    quants: variants to build, from fp32, int8, q4 (fp32 is always built: the others are measured
        against it).
    ship: variants whose files stay in the package (default: the wasm and webgpu choices); the
        others go to work_dir (default models-work/<id>/).
    template: plain prompt template with {question}; None uses the tokenizer's chat template
        (error when there is none).
    wasm_variant / webgpu_variant: which variant each backend loads (default: q4 if built, else
        the smallest built).
    random_weights: mark the package as noise (default: the checkpoint's config says so when it
        was made by tools.make_checkpoint).
    sampling: overrides of the sampling defaults (temperature, top_k, top_p, repetition_penalty,
        max_new_tokens).
    q4_head_bits: bits of the embedding and lm_head in the q4 variant (8, or 4 to save size).
    context: the notes slot (camelCase JSON, e.g. tools.grounding.DEFAULT_CONTEXT) of a model trained
        with retrieved notes in its prompt; None for one that was not.
    Raises ConvertError, with nothing written to `out`, on bad input or a failed verification.
    """
    started = time.monotonic()
    source, out = Path(source), Path(out)
    model_id = model_id or out.name
    if not _ID.match(model_id):
        raise ConvertError(f"model id {model_id!r}: use lowercase letters, digits, '.', '_' and '-'")
    variants = _plan_variants(quants, ship, wasm_variant, webgpu_variant)
    if q4_head_bits not in (4, 8):
        raise ConvertError(f"q4_head_bits must be 4 or 8, got {q4_head_bits}")
    check_output(out, force)
    work_dir = Path(work_dir) if work_dir else REPO_ROOT / "models-work" / model_id

    with tempfile.TemporaryDirectory(prefix="pocket-coach-convert-") as scratch:
        folder, provenance = _resolve_source(source, Path(scratch))
        info = inspect_checkpoint(folder)
        src_tok = load_source_tokenizer(folder)
        log(f"loading {info.architecture} checkpoint from {folder if provenance['kind'] != 'gguf' else source}")
        model = load_model(info)
        spec = decoder_spec(info, model)
        ctx_len = context_length(info, model)
        generation = _read_optional_json(folder / "generation_config.json")
        specials = resolve_specials(src_tok, info.config, generation)
        add_bos = tokenizer_adds_bos(src_tok.tokenizer, specials.ids.bos)
        try:
            slot = from_json(context, ContextSlot, "context") if context is not None else None
        except ValueError as e:
            raise ConvertError(f"the notes slot: {e}") from e
        prompt = prompt_format(src_tok, template, add_bos, system_prompt, slot)
        stop = stop_rules(src_tok.tokenizer, specials, prompt, generation, list(stop_strings))

        staging = staging_dir(out)
        try:
            _write_side_files(staging, folder, src_tok, specials, ctx_len, add_bos, info.architecture)
            prompts, nll_ids = _verification_inputs(staging, src_tok.tokenizer, prompt, add_bos,
                                                    specials.ids.bos, ctx_len)
            weights = numpy_weights(info, model)
            formats = {q: variant_format(q, q4_head_bits) for q in variants["build"]}
            built = _build_and_verify(staging, spec, weights, model, formats, prompts, nll_ids, log)
            del weights
            manifest = ModelManifest(
                id=model_id,
                name=name or model_id,
                description=description or f"{info.architecture} model converted from {provenance['source']}.",
                license=license or _license(folder),
                architecture=info.architecture,
                shape=ModelShape(spec.num_layers, spec.num_heads, spec.num_kv_heads, spec.head_dim,
                                 spec.hidden_size, ctx_len, spec.vocab_size),
                tokens=specials.ids,
                uses_position_ids=True,
                prompt=prompt,
                stop=stop,
                sampling=sampling_defaults(generation, ctx_len, sampling),
                backends=Backends(variants["wasm"], variants["webgpu"]),
                variants={},
                files=[],
                provenance=Provenance(
                    source=provenance["source"], source_sha256=provenance["sha256"],
                    source_kind="gguf" if provenance["kind"] == "gguf" else "hf-checkpoint",
                    tool=TOOL_NAME, tool_version=TOOL_VERSION,
                    created_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
                ),
                random_weights=bool(info.config.get("pocket_coach_random_weights", False)
                                    if random_weights is None else random_weights),
            )
            for quant, (verification, max_change) in built.items():
                file = VARIANT_FILES[quant]
                manifest.variants[quant] = OnnxVariant(
                    file=file, quantization=quant, bytes=(staging / file).stat().st_size,
                    verification=verification, shipped=quant in variants["ship"])
            _move_unshipped(staging, work_dir, [q for q in built if q not in variants["ship"]], log)
            if variants["wasm"] == SOURCE_VARIANT:
                # The CPU computes in float32 from the q4 download (tools/fp32_from_q4.py).
                unpacked = add_fp32_from_q4(staging, VARIANT_FILES[SOURCE_VARIANT], spec, prompts, nll_ids,
                                            GREEDY_STEPS)
                manifest.variants[FP32_FROM_Q4] = unpacked
                log(f"  {FP32_FROM_Q4}: {unpacked.file} {unpacked.bytes:,d} bytes, agreement with q4 "
                    f"{unpacked.verification.greedy_agreement:.3f}")
                # The q4 download keeps its bytes; its shapes travel beside it (tools/fast_start.py).
                shaped = add_shapes(staging, VARIANT_FILES[SOURCE_VARIANT])
                manifest.variants[SOURCE_VARIANT].shapes = shaped["file"]
                log(f"  {SOURCE_VARIANT}: {shaped['file']} {shaped['bytes']:,d} bytes of shapes")
            note = "" if manifest.license != "unknown" else " (the source names none; pass --license)"
            card = model_card(manifest, note, time.monotonic() - started)
            (staging / "README.md").write_text(card, encoding="utf-8")
            manifest.files = list_files(staging)
            write_manifest(manifest, staging / "manifest.json")
            move_into_place(staging, out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    log(f"wrote {out} in {time.monotonic() - started:.1f} s")
    return manifest.to_json()


def _plan_variants(quants, ship, wasm, webgpu) -> dict:
    quants = list(dict.fromkeys(["fp32", *quants]))
    for q in quants:
        if q in NOT_BUILT:
            raise ConvertError(f"variant {q!r} is not built by this tool yet; available: {', '.join(VARIANT_FILES)}")
        if q not in VARIANT_FILES:
            raise ConvertError(f"unknown variant {q!r}; available: {', '.join(VARIANT_FILES)}")
    default = "q4" if "q4" in quants else ("int8" if "int8" in quants else "fp32")
    wasm, webgpu = wasm or default, webgpu or default
    ship = list(dict.fromkeys(ship)) if ship else list(dict.fromkeys([wasm, webgpu]))
    for role, q in (("--ship", s) for s in ship):
        if q not in quants:
            raise ConvertError(f"{role} names {q!r}, which is not among the built variants {quants}")
    for role, q in (("wasm", wasm), ("webgpu", webgpu)):
        if q not in ship:
            raise ConvertError(f"the {role} backend would load {q!r}, which is not shipped (--ship {','.join(ship)})")
    return {"build": quants, "ship": ship, "wasm": wasm, "webgpu": webgpu}


def _resolve_source(source: Path, scratch: Path) -> tuple[Path, dict]:
    if source.is_file() or source.suffix.lower() == ".gguf":
        if source.suffix.lower() != ".gguf":
            raise ConvertError(f"{source} is a file but not a .gguf; pass a checkpoint folder or a .gguf file")
        if not source.exists():
            raise ConvertError(f"{source} does not exist")
        from .gguf_import import gguf_to_checkpoint  # the GGUF half of the tool

        folder = scratch / "checkpoint"
        folder.mkdir()
        provenance = gguf_to_checkpoint(source, folder)
        return folder, {"source": provenance["source"], "sha256": provenance["sha256"], "kind": "gguf"}
    info = inspect_checkpoint(source)
    return source, {"source": source.name, "sha256": sha256_file(info.weights_file), "kind": "hf-checkpoint"}


def _read_optional_json(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ConvertError(f"{path} is not valid JSON: {exc}") from exc


def _write_side_files(staging: Path, folder: Path, src_tok, specials, ctx_len: int, add_bos: bool,
                      arch: str) -> None:
    write_json(staging / "tokenizer.json", tokenizer_json_v2(src_tok.tokenizer), compact=True)
    write_json(staging / "tokenizer_config.json", package_tokenizer_config(
        src_tok.config, tokenizer_class="GPT2Tokenizer" if arch == "gpt2" else "PreTrainedTokenizerFast",
        specials=specials.texts, chat_template=src_tok.chat_template, context_length=ctx_len, add_bos=add_bos))
    shutil.copyfile(folder / "config.json", staging / "config.json")
    generation = folder / "generation_config.json"
    if generation.exists():
        shutil.copyfile(generation, staging / "generation_config.json")
    else:
        write_json(staging / "generation_config.json",
                   {"bos_token_id": specials.ids.bos, "eos_token_id": specials.ids.eos})


def _verification_inputs(staging: Path, tok, prompt, add_bos: bool, bos: int | None,
                         ctx_len: int) -> tuple[list[list[int]], list[int]]:
    prefix = [bos] if add_bos and bos is not None else []  # raw texts, as the tokenizer would encode them
    render = chat_renderer(staging) if prompt.kind == "chat" else None
    # The first prompt is built as the app builds it; the others are raw text.
    prompts = [encode_prompt(tok, prompt, bos, first_question(prompt, PROMPT_TEXTS[0]), render)]
    prompts += [prefix + tok.encode(t, add_special_tokens=False).ids for t in PROMPT_TEXTS[1:]]
    nll_ids = (prefix + tok.encode(NLL_TEXT, add_special_tokens=False).ids)[: min(ctx_len, 256)]
    return prompts, nll_ids


def _build_and_verify(staging: Path, spec, weights, model, formats, prompts, nll_ids, log) -> dict:
    import onnx

    (staging / "onnx").mkdir()
    results, reference = {}, None
    for quant, fmt in formats.items():
        file = VARIANT_FILES[quant]
        t0 = time.monotonic()
        onnx.save(build_decoder(spec, weights, fmt), staging / file)
        size = (staging / file).stat().st_size
        try:
            if quant == "fp32":
                reference = verify_fp32(model, staging / file, spec, prompts, nll_ids)
                results[quant] = (reference.verification, None)
            else:
                results[quant] = verify_quantized(quant, staging / file, spec, prompts, nll_ids, reference)
        except VerificationError as exc:
            raise ConvertError(f"verification failed: {exc}") from exc
        v = results[quant][0]
        delta = v.max_abs_logit_delta if quant == "fp32" else results[quant][1]
        log(f"  {quant:5s} {size:>12,d} bytes  agreement {v.greedy_agreement:.3f}  mean NLL {v.mean_nll:.4f} "
            f"(ref {v.reference_mean_nll:.4f})  max |dlogit| {delta:.3g}  {time.monotonic() - t0:.1f} s")
    return results


def _move_unshipped(staging: Path, work_dir: Path, quants: list[str], log) -> None:
    for quant in quants:
        rel = VARIANT_FILES[quant]
        target = work_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging / rel), target)
        log(f"  {quant} not shipped: {target}")


def _license(folder: Path) -> str:
    readme = folder / "README.md"
    if readme.exists():
        match = re.search(r"^license:\s*(\S+)", readme.read_text(encoding="utf-8", errors="replace"), re.M)
        if match:
            return match.group(1)
    return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.convert", description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="Hugging Face checkpoint folder or .gguf file")
    parser.add_argument("--out", type=Path, required=True, help="package folder, e.g. public/models/<id>")
    parser.add_argument("--quant", default="fp32,int8,q4", help="variants to build (fp32 always): fp32,int8,q4")
    parser.add_argument("--ship", default=None, help="variants kept in the package (default: the backends' ones)")
    parser.add_argument("--wasm", default=None, help="variant the WASM backend loads (default q4)")
    parser.add_argument("--webgpu", default=None, help="variant the WebGPU backend loads (default q4)")
    parser.add_argument("--template", default=None, help="plain prompt template with {question}")
    parser.add_argument("--system-prompt", default=None, help="default system prompt (chat models)")
    parser.add_argument("--stop", action="append", default=[], help="extra stop string (repeatable)")
    parser.add_argument("--id", dest="model_id", default=None, help="package id (default: the --out folder name)")
    parser.add_argument("--name", default=None)
    parser.add_argument("--description", default=None)
    parser.add_argument("--license", default=None)
    parser.add_argument("--work-dir", type=Path, default=None, help="where unshipped variants go")
    parser.add_argument("--random-weights", action="store_true", default=None, help="mark the package as noise")
    parser.add_argument("--q4-head-bits", type=int, choices=(4, 8), default=8,
                        help="bits of the embedding and lm_head in the q4 variant (default 8)")
    parser.add_argument("--force", action="store_true", help="replace an existing --out")
    args = parser.parse_args(argv)
    # A shell passes '\n' as two characters; the template means a newline.
    template = args.template.replace("\\n", "\n").replace("\\t", "\t") if args.template else None
    split = (lambda s: [p.strip() for p in s.split(",") if p.strip()])
    try:
        convert(args.source, args.out, quants=split(args.quant), ship=split(args.ship) if args.ship else None,
                template=template, force=args.force, model_id=args.model_id, name=args.name,
                description=args.description, license=args.license, work_dir=args.work_dir,
                wasm_variant=args.wasm, webgpu_variant=args.webgpu, random_weights=args.random_weights,
                system_prompt=args.system_prompt, stop_strings=args.stop, q4_head_bits=args.q4_head_bits)
    except ConvertError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
