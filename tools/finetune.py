"""Fine-tune a causal LM on question/answer pairs with the prompt format its package will carry.

Usage: python -m tools.finetune --base CHECKPOINT_DIR|FILE.gguf --train data/train.jsonl
       --out models-work/<name> [--epochs N] [--lr LR] [--lora|--full] [--seed S]
       [--template 'Question: {question}\nAnswer:' | --system-prompt S | --prompt-from MANIFEST]

The training text follows src/shared/manifest.ts (PromptFormat): the prompt is what the engine
sends for a one-question chat (tools.evaluate builds the same ids), and the loss covers only the
answer tokens and the eos that ends them. The prompt format comes from tools.convert's own rule
(same functions, same options: pass the same --template / --system-prompt to tools.convert), or
from an existing package's manifest.json; it is saved as training_prompt.json beside the weights
so a build can check the converted manifest against it (tools/build_finetuned.py does).

Writes OUT/ (config.json, model.safetensors in float32 with LoRA merged, the base's tokenizer
files, README.md, training_prompt.json, train_log.json) through a temporary folder, so a failed
run leaves nothing half-written. docs/fine-tune.md has the measurements behind the defaults.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

# Idle OpenMP threads sleep instead of spinning: on this shared 2-core machine, spinning made 2
# threads 5x slower than 1 (measured 70-104 s against 13-16 s per step); passive, 2 beat 1.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import torch  # noqa: E402  (after the OpenMP setting, which is read when torch loads)
from torch import nn  # noqa: E402

from tools import TOOL_NAME, TOOL_VERSION
from tools.grounding import DEFAULT_CONTEXT
from tools.lora import add_lora, decoder_blocks, merge_lora

# Files of a checkpoint that are not weights: copied byte for byte from the base, so the package
# tokenizes exactly as the base did (save_pretrained would rewrite tokenizer.json).
_COPIED = (
    "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json",
    "merges.txt", "added_tokens.json", "generation_config.json", "chat_template.jinja",
)


class FinetuneError(Exception):
    """A problem with the inputs; its message is shown to the user."""


@dataclass
class Pair:
    id: str
    question: str
    answer: str
    topic: str | None = None


@dataclass
class TrainConfig:
    method: str = "lora"  # "lora" or "full": LoRA was cheaper per step and better on validation
    epochs: int = 3
    lr: float | None = None  # None: 5e-5 full, 1e-3 LoRA
    batch_size: int = 8
    seed: int = 0
    warmup_steps: int = 10
    weight_decay: float = 0.0
    max_steps: int | None = None  # stop early (smoke runs, timing)
    lora_rank: int = 16
    lora_alpha: float = 32.0
    train_embeddings: bool = False  # tied embeddings are 1/5 of SmolLM2; freezing them was faster
    train_layers: int | None = None  # train only the top N blocks (None: all)
    q4_aware: bool = False  # LoRA through the q4 rounding: the q4 package is then the trained model
    threads: int = 2

    def learning_rate(self) -> float:
        return self.lr if self.lr is not None else (1e-3 if self.method == "lora" else 5e-5)


# --- The prompt format: tools.convert's rule, applied the way tools.evaluate applies it ---


@dataclass
class PromptSetup:
    prompt: dict  # the manifest's `prompt` (camelCase), as tools.convert will write it
    tokenizer: object  # tokenizers.Tokenizer of the checkpoint (the package's tokenizer.json)
    bos: int | None
    eos: int
    pad: int


def resolve_prompt(checkpoint: Path, template: str | None, system_prompt: str | None,
                   prompt_from: Path | None = None, notes: dict | None = None) -> PromptSetup:
    """The prompt format tools.convert writes into the manifest for this checkpoint and these
    options (same functions, same order as convert()); or, with prompt_from, the one a package
    manifest (or a training_prompt.json) carries, checked against the checkpoint."""
    from tools.checkpoint import inspect_checkpoint
    from tools.manifest import ContextSlot, from_json, to_json
    from tools.prompt_format import prompt_format, resolve_specials, tokenizer_adds_bos
    from tools.tokenizer_files import load_source_tokenizer

    info = inspect_checkpoint(checkpoint)
    src = load_source_tokenizer(checkpoint)
    gen_path = checkpoint / "generation_config.json"
    generation = json.loads(gen_path.read_text(encoding="utf-8")) if gen_path.exists() else {}
    specials = resolve_specials(src, info.config, generation)
    add_bos = tokenizer_adds_bos(src.tokenizer, specials.ids.bos)
    if prompt_from is None:
        if template is None and src.chat_template and system_prompt is None:
            from tools.build_default import SYSTEM_PROMPT

            system_prompt = SYSTEM_PROMPT  # the app's default package uses it
        slot = from_json(notes, ContextSlot, "notes") if notes is not None else None
        prompt = to_json(prompt_format(src, template, add_bos, system_prompt, slot))
    else:
        prompt = load_prompt(prompt_from)
        if prompt["kind"] == "chat" and prompt["chatTemplate"] != src.chat_template:
            raise FinetuneError(f"{prompt_from}: its chat template differs from the one in {checkpoint}")
    eos = specials.ids.eos
    pad = specials.ids.pad if specials.ids.pad is not None else eos
    return PromptSetup(prompt, src.tokenizer, specials.ids.bos, eos, pad)


def load_prompt(path: Path) -> dict:
    """The `prompt` of a package manifest.json, or a training_prompt.json written by this tool."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    prompt = data.get("prompt", data)
    if prompt.get("kind") not in ("chat", "plain"):
        raise FinetuneError(f"{path}: no prompt format (kind chat or plain) in it")
    return prompt


def encoder(setup: PromptSetup, checkpoint: Path):
    """encode(question, answer) -> (ids, number of prompt ids). The prompt is built as the app and
    tools.evaluate build it (prompt_format.encode_prompt, default system prompt included), the answer
    as the model must generate it: answer prefix + answer + eos. Only the ids after the prompt carry loss."""
    from tools.manifest import prompt_from_json
    from tools.prompt_format import answer_prefix, chat_renderer, encode_prompt, first_question

    p = prompt_from_json(setup.prompt)
    render = chat_renderer(checkpoint) if p.kind == "chat" else None
    prefix = answer_prefix(p)

    def encode(question: str, answer: str) -> tuple[list[int], int]:
        prompt_ids = encode_prompt(setup.tokenizer, p, setup.bos, first_question(p, question), render)
        answer_ids = setup.tokenizer.encode(prefix + answer, add_special_tokens=False).ids + [setup.eos]
        return prompt_ids + answer_ids, len(prompt_ids)

    return encode


# --- Data and training ---


def load_pairs(path: Path) -> list[Pair]:
    pairs = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            pairs.append(Pair(str(row.get("id", n)), row["question"].strip(), row["answer"].strip()))
        except (json.JSONDecodeError, KeyError, AttributeError) as e:
            raise FinetuneError(f"{path}:{n}: not a JSON object with question and answer ({e})") from e
    if not pairs:
        raise FinetuneError(f"{path}: no pairs")
    return pairs


def _load_model(base: Path, work: Path):
    """(model, checkpoint dir); a .gguf is dequantized into work/ first."""
    from transformers import AutoModelForCausalLM

    if base.suffix == ".gguf":
        from tools.gguf_import import gguf_to_checkpoint

        ckpt = work / "base-checkpoint"
        gguf_to_checkpoint(base, ckpt)
    elif base.is_dir() and (base / "config.json").is_file():
        ckpt = base
    else:
        raise FinetuneError(f"{base}: neither a checkpoint folder (with config.json) nor a .gguf file")
    model = AutoModelForCausalLM.from_pretrained(ckpt, dtype=torch.float32)
    return model, ckpt


def _batches(examples: list[tuple[list[int], int]], batch_size: int, rng: random.Random):
    """Batches of similar length in random order: with notes in the prompt, lengths range from ~60
    to ~400 tokens, and random batches spent about a third of their compute on padding."""
    order = sorted(range(len(examples)), key=lambda j: len(examples[j][0]) + rng.random() * 24)
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    for batch in batches:
        yield [examples[j] for j in batch]


@dataclass
class Batch:
    input_ids: torch.Tensor  # [B, T], right-padded
    mask: torch.Tensor  # [B, T]
    rows: torch.Tensor  # (row, position) of every position that predicts an answer token
    cols: torch.Tensor
    targets: torch.Tensor
    shared: int  # leading tokens equal in every row (a system prompt): computed once


def _collate(batch: list[tuple[list[int], int]], pad_id: int) -> Batch:
    width = max(len(ids) for ids, _ in batch)
    input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    rows, cols, targets = [], [], []
    for r, (ids, n_prompt) in enumerate(batch):
        input_ids[r, :len(ids)] = torch.tensor(ids)
        mask[r, :len(ids)] = 1
        # Position p predicts token p + 1: answer tokens are ids[n_prompt:].
        for p in range(n_prompt - 1, len(ids) - 1):
            rows.append(r)
            cols.append(p)
            targets.append(ids[p + 1])
    # The shared prefix stops before the first position that predicts an answer token.
    limit = min(n for _, n in batch) - 1
    first = batch[0][0]
    shared = next((i for i in range(limit) if any(ids[i] != first[i] for ids, _ in batch)), limit)
    return Batch(input_ids, mask, torch.tensor(rows), torch.tensor(cols), torch.tensor(targets), shared)


def answer_nll(model: nn.Module, batch: Batch, reduction: str = "mean", share_prefix: bool = True) -> torch.Tensor:
    """NLL of the answer tokens. Two savings, same result: the shared prefix (the chat template's
    system prompt, ~45 of ~105 tokens for SmolLM2) runs once per batch, its keys and values
    repeated for every row; and logits are computed only where an answer token is predicted."""
    p = batch.shared if share_prefix and len(batch.input_ids) > 1 and batch.shared >= 4 else 0
    if p:
        cache = model.base_model(input_ids=batch.input_ids[:1, :p], use_cache=True).past_key_values
        cache.batch_repeat_interleave(len(batch.input_ids))
        hidden = model.base_model(
            input_ids=batch.input_ids[:, p:], attention_mask=batch.mask, past_key_values=cache, use_cache=True
        ).last_hidden_state
    else:
        hidden = model.base_model(input_ids=batch.input_ids, attention_mask=batch.mask).last_hidden_state
    logits = model.get_output_embeddings()(hidden[batch.rows, batch.cols - p]).float()
    return nn.functional.cross_entropy(logits, batch.targets, reduction=reduction)


@torch.no_grad()
def evaluate_nll(model: nn.Module, examples: list[tuple[list[int], int]], pad_id: int, batch_size: int = 16) -> float:
    """Mean NLL per answer token (eos included) over the examples."""
    model.eval()
    total, count = 0.0, 0
    for i in range(0, len(examples), batch_size):
        batch = _collate(examples[i:i + batch_size], pad_id)
        total += answer_nll(model, batch, reduction="sum").item()
        count += len(batch.targets)
    return total / count


def train(
    model: nn.Module,
    examples: list[tuple[list[int], int]],
    pad_id: int,
    cfg: TrainConfig,
    val: list[tuple[list[int], int]] | None = None,
    log=print,
) -> dict:
    """Train in place (LoRA merged back at the end); return the log (losses per step and epoch)."""
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    for p in model.parameters():
        p.requires_grad_(False)
    try:
        blocks = decoder_blocks(model)
    except ValueError as e:
        raise FinetuneError(str(e)) from e
    top = list(blocks)[-cfg.train_layers:] if cfg.train_layers else list(blocks)
    if cfg.q4_aware and cfg.method != "lora":
        raise FinetuneError("q4-aware training is implemented for --lora only")
    if cfg.method == "lora":
        params = add_lora(top, cfg.lora_rank, cfg.lora_alpha, seed=cfg.seed, q4_aware=cfg.q4_aware)
    elif cfg.method == "full":
        emb = {id(p) for p in (model.get_input_embeddings().weight, model.get_output_embeddings().weight)}
        if cfg.train_layers:
            # Blocks below the trained ones need no backward pass at all: that is the saving.
            above = [m for n, m in model.base_model.named_children() if "norm" in n or n == "ln_f"]
            chosen = [p for m in top + above for p in m.parameters()]
        else:
            chosen = [p for p in model.parameters() if id(p) not in emb]
        if cfg.train_embeddings:
            chosen += [model.get_input_embeddings().weight]
        params = list({id(p): p for p in chosen}.values())
        for p in params:
            p.requires_grad_(True)
    else:
        raise FinetuneError(f"unknown method {cfg.method!r} (full or lora)")
    steps_per_epoch = math.ceil(len(examples) / cfg.batch_size)
    total = steps_per_epoch * cfg.epochs
    if cfg.max_steps is not None:
        total = min(total, cfg.max_steps)
    lr = cfg.learning_rate()
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=cfg.weight_decay)
    warmup = min(cfg.warmup_steps, max(total // 10, 1))
    # Linear warmup, then linear decay to zero at the last step.
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warmup if s < warmup else max(0.0, (total - s) / max(total - warmup, 1))
    )
    record: dict = {
        "method": cfg.method, "lr": lr, "epochs": cfg.epochs, "batch_size": cfg.batch_size,
        "seed": cfg.seed, "train_layers": cfg.train_layers, "train_embeddings": cfg.train_embeddings,
        "lora_rank": cfg.lora_rank if cfg.method == "lora" else None, "q4_aware": cfg.q4_aware,
        "trainable_parameters": sum(p.numel() for p in params),
        "total_steps": total, "steps": [], "epochs_summary": [],
    }
    if val:
        record["val_nll_before"] = evaluate_nll(model, val, pad_id)
        log(f"val answer NLL before training: {record['val_nll_before']:.4f}")
    step, started = 0, time.perf_counter()
    for epoch in range(cfg.epochs):
        if step >= total:
            break
        model.train()
        epoch_loss, epoch_tokens = 0.0, 0
        for batch_examples in _batches(examples, cfg.batch_size, rng):
            if step >= total:
                break
            t0, c0 = time.perf_counter(), time.process_time()
            batch = _collate(batch_examples, pad_id)
            loss = answer_nll(model, batch)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            n_tokens = len(batch.targets)
            epoch_loss += loss.item() * n_tokens
            epoch_tokens += n_tokens
            step += 1
            seconds = time.perf_counter() - t0
            record["steps"].append({
                "step": step, "epoch": epoch + 1, "loss": round(loss.item(), 5), "answer_tokens": n_tokens,
                "width": batch.input_ids.shape[1], "shared": batch.shared, "seconds": round(seconds, 3),
                "cpu_seconds": round(time.process_time() - c0, 3),  # less sensitive to other load
            })
            log(f"epoch {epoch + 1} step {step}/{total} loss {loss.item():.4f} ({seconds:.1f} s)")
        summary = {"epoch": epoch + 1, "train_loss": epoch_loss / max(epoch_tokens, 1),
                   "elapsed_s": round(time.perf_counter() - started, 1)}
        if val:
            summary["val_nll"] = evaluate_nll(model, val, pad_id)
        record["epochs_summary"].append(summary)
        log("end of " + " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in summary.items()))
    record["train_seconds"] = round(time.perf_counter() - started, 1)
    if cfg.method == "lora":
        merge_lora(model)
    for p in model.parameters():
        p.requires_grad_(False)
    return record


def finetune(
    base: Path,
    train_path: Path,
    out: Path,
    cfg: TrainConfig,
    *,
    prompt_from: Path | None = None,
    template: str | None = None,
    system_prompt: str | None = None,
    val_path: Path | None = None,
    val_split: float = 0.0,
    notes: dict | None = None,
    force: bool = False,
    log=print,
) -> dict:
    """Fine-tune `base` on the pairs in `train_path`, write the checkpoint to `out`, return the log.
    With `notes` (a context slot, tools.grounding.DEFAULT_CONTEXT), questions are asked with the
    passages the app's retrieval finds for them, in the mix tools.grounding.training_mix makes."""
    base, out = Path(base), Path(out)
    if out.exists() and not force:
        raise FinetuneError(f"{out}: already exists (use --force to replace it)")
    torch.set_num_threads(cfg.threads)
    pairs = load_pairs(train_path)
    val_pairs = load_pairs(val_path) if val_path else []
    if val_split > 0:
        shuffled = pairs[:]
        random.Random(cfg.seed).shuffle(shuffled)
        cut = max(1, round(len(shuffled) * val_split))
        val_pairs, pairs = val_pairs + shuffled[:cut], shuffled[cut:]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        model, ckpt = _load_model(base, tmp)
        setup = resolve_prompt(ckpt, template, system_prompt, prompt_from, notes)
        prompt, pad = setup.prompt, setup.pad
        encode = encoder(setup, ckpt)
        mix: dict | None = None
        if notes is not None:
            pairs, val_pairs, mix = _with_notes(pairs, val_pairs, train_path, notes, setup, cfg.seed, log)
        examples = [encode(p.question, p.answer) for p in pairs]
        val = [encode(p.question, p.answer) for p in val_pairs]
        log(f"{len(examples)} training pairs, {len(val)} validation pairs, "
            f"{sum(len(ids) for ids, _ in examples)} tokens, longest {max(len(ids) for ids, _ in examples)}")
        record = train(model, examples, pad, cfg, val=val or None, log=log)
        if mix is not None:
            record["notes_mix"] = mix
        record.update(
            tool=TOOL_NAME, tool_version=TOOL_VERSION, base=str(base), train=str(train_path),
            train_pairs=len(examples), val_pairs=len(val), prompt=prompt, torch=torch.__version__,
            threads=cfg.threads, created_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )
        final = tmp / "checkpoint"
        model.save_pretrained(final, safe_serialization=True)
        for name in _COPIED:
            if (ckpt / name).is_file():
                shutil.copyfile(ckpt / name, final / name)
        (final / "README.md").write_text(_card(ckpt, base, record), encoding="utf-8")
        _write_json(final / "training_prompt.json", prompt)
        _write_json(final / "train_log.json", record)
        final.chmod(0o755)
        for f in final.iterdir():
            f.chmod(0o644)
        if out.exists():
            shutil.rmtree(out)
        final.rename(out)
        return record
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _with_notes(pairs: list[Pair], val_pairs: list[Pair], train_path: Path, notes: dict, setup: PromptSetup,
                seed: int, log) -> tuple[list[Pair], list[Pair], dict]:
    """Training pairs in the grounded mix, validation pairs asked as the app would ask them."""
    from tools.grounding import OFF_TOPIC, fit_notes, render_notes, retrieve, training_mix

    count = lambda text: len(setup.tokenizer.encode(text, add_special_tokens=False).ids)
    topics = {str(r.get("id")): r.get("topic") for r in map(json.loads, Path(train_path).read_text(encoding="utf-8").splitlines()) if r}
    for p in pairs:
        p.topic = topics.get(p.id)
    off = [(r["id"], r["question"]) for r in map(json.loads, OFF_TOPIC.read_text(encoding="utf-8").splitlines()) if r]
    k = notes["maxPassages"]
    found = retrieve([(p.id, p.question) for p in pairs + val_pairs], k)
    off_found = retrieve(off, k)
    mixed = training_mix(pairs, found, notes, count, off, off_found, seed=seed)
    asked = []
    for p in val_pairs:
        r = found[p.id]
        kept = fit_notes(notes, count, r["sources"]) if r["covered"] else []
        asked.append(Pair(p.id, render_notes(notes, p.question, kept), p.answer))
    kinds = {kind: sum(m.kind == kind for m in mixed) for kind in ("notes", "from-notes", "not-covered", "distractor", "plain")}
    log(f"notes mix: {kinds}")
    return [Pair(m.id, m.question, m.answer) for m in mixed], asked, {"kinds": kinds, "slot": notes}


def _card(ckpt: Path, base: Path, record: dict) -> str:
    """README.md of the checkpoint: the base's license (tools.convert reads it from the front
    matter) and what was done to it."""
    import re

    readme = ckpt / "README.md"
    found = re.search(r"^license:\s*(\S+)", readme.read_text(encoding="utf-8"), re.M) if readme.exists() else None
    front = f"---\nlicense: {found.group(1)}\n---\n" if found else ""
    return (f"{front}# Fine-tune of {base.name}\n\nTrained by {TOOL_NAME} {TOOL_VERSION} (tools/finetune.py) on "
            f"{record['train']} ({record['train_pairs']} pairs): {record['method']}, {record['epochs']} epochs, "
            f"lr {record['lr']:g}, seed {record['seed']}. Losses per step: train_log.json.\n")


def _write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.finetune", description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="HF checkpoint folder or .gguf file")
    ap.add_argument("--train", type=Path, required=True, help="JSONL with question and answer")
    ap.add_argument("--out", type=Path, required=True, help="checkpoint folder to write")
    method = ap.add_mutually_exclusive_group()
    method.add_argument("--lora", dest="method", action="store_const", const="lora",
                        help="train low-rank adapters on every block's linear layers, merged at the end (default)")
    method.add_argument("--full", dest="method", action="store_const", const="full",
                        help="train all weights but the (tied) embeddings")
    ap.set_defaults(method="lora")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=None, help="default 5e-5 (full), 1e-3 (LoRA)")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-steps", type=int, default=None, help="stop after this many steps")
    ap.add_argument("--lora-rank", type=int, default=16)
    ap.add_argument("--train-embeddings", action="store_true", help="also train the (tied) embeddings in --full")
    ap.add_argument("--train-layers", type=int, default=None, help="train only the top N blocks (default: all)")
    ap.add_argument("--q4-aware", action="store_true",
                    help="train the LoRA model through tools.convert's q4 rounding and save the rounded weights")
    ap.add_argument("--threads", type=int, default=2)
    prompt = ap.add_argument_group("prompt format (what the package manifest will carry)")
    prompt.add_argument("--prompt-from", type=Path, help="a package manifest.json or training_prompt.json to copy it from")
    prompt.add_argument("--template", help="plain template with {question}; default: the chat template if any")
    prompt.add_argument("--system-prompt", help="system prompt for a chat template (default: the app's)")
    ap.add_argument("--val", type=Path, help="JSONL of held-out pairs: answer NLL after every epoch")
    ap.add_argument("--val-split", type=float, default=0.0, help="hold out this share of --train instead")
    ap.add_argument("--notes", action="store_true",
                    help="train with retrieved notes in the prompt (tools/grounding.py, the default slot)")
    ap.add_argument("--force", action="store_true", help="replace --out if it exists")
    args = ap.parse_args(argv)
    # A shell passes '\n' as two characters; the template means a newline (as in tools.convert).
    template = args.template.replace("\\n", "\n").replace("\\t", "\t") if args.template else None
    cfg = TrainConfig(
        method=args.method, epochs=args.epochs, lr=args.lr, batch_size=args.batch_size, seed=args.seed,
        max_steps=args.max_steps, lora_rank=args.lora_rank, lora_alpha=2.0 * args.lora_rank,
        train_embeddings=args.train_embeddings, train_layers=args.train_layers, q4_aware=args.q4_aware,
        threads=args.threads,
    )
    try:
        record = finetune(
            args.base, args.train, args.out, cfg, prompt_from=args.prompt_from, template=template,
            system_prompt=args.system_prompt, val_path=args.val, val_split=args.val_split, force=args.force,
            notes=DEFAULT_CONTEXT if args.notes else None,
        )
    except FinetuneError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {args.out} in {record['train_seconds']} s of training")
    print("package it with the prompt it was trained with:\n  " + convert_command(args.out, record["prompt"]))
    return 0


def convert_command(checkpoint: Path, prompt: dict) -> str:
    """The tools.convert command whose manifest carries this prompt (same template / system prompt)."""
    import shlex

    cmd = f"python -m tools.convert {shlex.quote(str(checkpoint))} --out public/models/<id>"
    if prompt["kind"] == "plain":
        return cmd + " --template " + shlex.quote(prompt["template"].replace("\n", "\\n"))
    if prompt.get("defaultSystemPrompt"):
        return cmd + " --system-prompt " + shlex.quote(prompt["defaultSystemPrompt"])
    return cmd


if __name__ == "__main__":
    sys.exit(main())
