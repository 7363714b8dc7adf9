"""Reference outputs of a package for the TypeScript engine tests.

    python -m tools.reference public/models/<id> --out src/engine/__fixtures__/<id>-reference.json
    python -m tools.reference public/models/<id> --variant int8-from-q4 --out src/engine/__fixtures__/<id>-int8-from-q4-reference.json

For fixed prompts: the text, its token ids from the Python `tokenizers` library (the package's
tokenizer.json), and greedy tokens from Python onnxruntime running the package's wasm variant with
the KV cache (prefill, then one token per step; no sampling). `inputIds` is what was fed: the ids,
with bos in front when the manifest's prompt says addBos. `minMargin` is the smallest top-1/top-2
logit gap over the steps: where it is tiny, another onnxruntime build may pick the other token.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tokenizers import Tokenizer

from .decoder_graph import DecoderSpec
from .decoding import OrtDecoder
from .manifest import ModelManifest, read_manifest
from .prompt_format import bos_prefix, chat_renderer, encode_segments, first_question, prompt_segments

STEPS = 24
PROMPTS = [
    ("ascii", "The quick brown fox jumps over the lazy dog."),
    ("digits", "Run 5 x 1000 m at 3:45/km, then 10 x 100 m strides; total 7.5 km in 2024."),
    ("emoji", "Leg day done 💪🏋️‍♀️ now recovery 🍌🥛"),
    ("non-latin", "Восстановление после марафона занимает 2–3 недели. 回復には睡眠が大切です。"),
    ("question", "How much protein does an endurance athlete need per day?"),
]


def spec_from_manifest(m: ModelManifest) -> DecoderSpec:
    """Enough of the spec for running the graph (the decoding loop needs shapes only)."""
    s = m.shape
    return DecoderSpec(architecture=m.architecture, num_layers=s.num_layers, num_heads=s.num_heads,
                       num_kv_heads=s.num_kv_heads, head_dim=s.head_dim, hidden_size=s.hidden_size,
                       vocab_size=s.vocab_size, norm_eps=0.0, activation="", tied_embeddings=True)


def _decoder(package: Path, m: ModelManifest, variant, scratch: Path) -> OrtDecoder:
    """The variant's graph; one whose weights are unpacked at load is unpacked here first."""
    path = package / variant.file
    if variant.unpack_from is not None:
        from .fp32_from_q4 import materialize
        from .int8_from_q4 import materialize_int8

        unpack = materialize_int8 if variant.quantization == "int8" else materialize
        path = unpack(package, variant.unpack_from.plan, scratch)
    return OrtDecoder(path, spec_from_manifest(m), threads=1)


def build_reference(package: Path, variant_name: str | None = None) -> dict:
    import tempfile

    m = read_manifest(package / "manifest.json")
    variant_name = variant_name or m.backends.wasm
    with tempfile.TemporaryDirectory(prefix="reference-") as scratch:
        return _build(package, m, variant_name, _decoder(package, m, m.variants[variant_name], Path(scratch)))


def _build(package: Path, m: ModelManifest, variant_name: str, decoder: OrtDecoder) -> dict:
    tok = Tokenizer.from_file(str(package / "tokenizer.json"))
    variant = m.variants[variant_name]
    prefix = bos_prefix(m.prompt, m.tokens.bos)
    render = chat_renderer(package) if m.prompt.kind == "chat" else None
    formatted = prompt_segments(tok, m.prompt, first_question(m.prompt, PROMPTS[-1][1]), render)
    cases = []
    texts = [(name, text, None) for name, text in PROMPTS]
    texts.append((f"{m.prompt.kind}-formatted", "".join(t for t, _ in formatted), formatted))
    for name, text, segments in texts:
        ids = encode_segments(tok, segments) if segments else tok.encode(text, add_special_tokens=False).ids
        run = decoder.greedy(prefix + ids, STEPS)
        cases.append({
            "name": name,
            "text": text,
            "ids": ids,
            "inputIds": prefix + ids,
            "greedy": run.tokens,
            "greedyText": tok.decode(run.tokens, skip_special_tokens=False),
            "minMargin": round(min(run.margins()), 6),
        })
    return {
        "generatedBy": "python -m tools.reference (do not edit by hand)",
        "modelId": m.id,
        "variant": variant_name,
        "file": variant.file,
        "fileSha256": next(f.sha256 for f in m.files if f.path == variant.file),
        "steps": STEPS,
        "decoding": "greedy argmax, KV cache: prefill inputIds, then one token per step",
        "cases": cases,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.reference", description=__doc__.split("\n")[0])
    parser.add_argument("package", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--variant", default=None, help="variant to run (default: the manifest's wasm variant)")
    args = parser.parse_args(argv)
    if not (args.package / "manifest.json").exists():
        print(f"error: {args.package} has no manifest.json", file=sys.stderr)
        return 1
    ref = build_reference(args.package, args.variant)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(ref, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(ref['cases'])} prompts x {STEPS} greedy steps ({ref['variant']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
