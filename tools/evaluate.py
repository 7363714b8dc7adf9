"""Answer quality of a model package's ONNX variants, its PyTorch source and GGUF files, on an
evaluation set (data/eval.jsonl: question, reference answer, keywords; never used for tuning).

    python -m tools.evaluate PACKAGE --source CHECKPOINT_OR_GGUF [--gguf LABEL=FILE ...]
        [--llama-python /tmp/llamavenv/bin/python] [--work-dir models-work/<id>] [--variants fp32,q4]
        [--data data/eval.jsonl] [--max-new-tokens 64] [--limit N] [--out FILE.json]
        [--onnx LABEL=FILE ...] [--score-only onnx-int8,...] [--reference EARLIER.json]
        [--quote-notes [tokens|snap|snap-one|snap-two|snap-three|snap-strong-three|snap-four|snap-likelihood]]

Answers are in the model's own words unless --quote-notes: the app quotes the notes by lookahead
on WASM (`snap`, its default) and token by token on WebGPU (`tokens`); see tools/quoting.py.

Every model sees the same token ids: the package tokenizer and prompt format (manifest.json), the
manifest's default system prompt included. Per model:
- mean NLL (nats/token) of each reference answer's tokens given the prompt, token-weighted;
- greedy agreement with PyTorch fp32: teacher-forced along PyTorch's greedy answer (share of steps
  whose argmax is PyTorch's token, so one flip does not cascade), plus the share of answers
  generated identically;
- answer score of the greedy answer (at most --max-new-tokens, ending at the manifest's stop
  tokens): keyword recall against the item's keywords, and ROUGE-L F1 against the reference.
GGUF files run in llama.cpp through llama-cpp-python, in a separate Python (--llama-python) that
runs this same file as `evaluate.py --gguf-worker FILE`: that mode imports only numpy and llama_cpp.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Protocol

import numpy as np

if TYPE_CHECKING:  # the --gguf-worker mode runs this file as a script, without the package
    from .manifest import ModelManifest

WORD = re.compile(r"[a-z0-9]+(?:[.,/'-][a-z0-9]+)*")


# ---------------------------------------------------------------- answer scores (pure functions)

def words(text: str) -> list[str]:
    """Lowercase word tokens; numbers with separators (ml/kg/min, 1.2, 10-15) stay one word."""
    return WORD.findall(text.lower())


def keyword_recall(answer: str, keywords: Iterable[str]) -> float:
    """Share of keywords whose words appear in order, as whole words, in the answer."""
    keywords = list(keywords)
    if not keywords:
        return 0.0
    text = " " + " ".join(words(answer)) + " "
    hits = sum(1 for k in keywords if (" " + " ".join(words(k)) + " ") in text)
    return hits / len(keywords)


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1 over lowercase words (longest common subsequence)."""
    c, r = words(candidate), words(reference)
    if not c or not r:
        return 0.0
    prev = [0] * (len(r) + 1)
    for cw in c:
        cur = [0]
        for j, rw in enumerate(r):
            cur.append(prev[j] + 1 if cw == rw else max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    p, rec = lcs / len(c), lcs / len(r)
    return 2 * p * rec / (p + rec)


def next_token_stats(logits: np.ndarray, ids: list[int]) -> tuple[list[int], list[float]]:
    """From full-sequence logits [len, vocab]: argmax at each position, and log p(ids[i+1])."""
    x = logits.astype(np.float64)
    argmax = x.argmax(axis=-1).tolist()
    shifted = x[:-1] - x[:-1].max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    targets = np.asarray(ids[1:])
    return argmax, log_probs[np.arange(len(targets)), targets].tolist()


def cut_at_stop(tokens: list[int], stop_ids: set[int]) -> list[int]:
    for i, t in enumerate(tokens):
        if t in stop_ids:
            return tokens[:i]
    return tokens


# ---------------------------------------------------------------- models

def _choose(rules, logits: np.ndarray, prompt: list[int], answer: list[int]) -> int:
    """The greedy token after the package's logit rules (tools.decoding.LogitRules); None: argmax."""
    return int(np.argmax(logits)) if rules is None else rules.choose(logits, prompt, answer)


class Model(Protocol):
    name: str

    def score(self, ids: list[int]) -> tuple[list[int], list[float]]:
        """next_token_stats of one forward pass over ids."""

    def greedy(self, prompt: list[int], max_new: int, stop_ids: set[int], rules=None) -> list[int]:
        """Greedy tokens with the KV cache, ending at (and including) a stop token; `rules` (the
        package's repetition penalty and no-repeat rule) adjust each step's logits first, as the app."""


class TorchModel:
    def __init__(self, name: str, model, threads: int):
        import torch

        torch.set_num_threads(threads)  # spinning thread pools collapse on a shared machine
        self.name, self.model = name, model

    def score(self, ids):
        import torch

        with torch.no_grad():
            logits = self.model(torch.tensor([ids])).logits[0].float().numpy()
        return next_token_stats(logits, ids)

    def greedy(self, prompt, max_new, stop_ids, rules=None):
        import torch

        out, past, fed, tokens = None, None, list(prompt), []
        with torch.no_grad():
            for _ in range(max_new):
                total = len(prompt) + len(tokens)
                kwargs = {} if past is None else {
                    "past_key_values": past,
                    "attention_mask": torch.ones((1, total), dtype=torch.long),
                    "position_ids": torch.tensor([[total - 1]]),
                }
                out = self.model(torch.tensor([fed]), use_cache=True, **kwargs)
                past = out.past_key_values
                tokens.append(_choose(rules, out.logits[0, -1].float().numpy(), prompt, tokens))
                if tokens[-1] in stop_ids:
                    break
                fed = [tokens[-1]]
        return tokens


class OnnxModel:
    def __init__(self, name: str, path: Path, manifest: ModelManifest, threads: int):
        from .decoding import OrtDecoder
        from .reference import spec_from_manifest

        self.name, self.decoder = name, OrtDecoder(path, spec_from_manifest(manifest), threads=threads)

    def _forward(self, ids, past, total):
        n = len(ids)
        return self.decoder.forward(np.array([ids]), past, np.ones((1, total)), np.arange(total - n, total)[None])

    def score(self, ids):
        logits, _ = self._forward(ids, self.decoder.empty_past(), len(ids))
        return next_token_stats(logits[0], ids)

    def greedy(self, prompt, max_new, stop_ids, rules=None):
        if hasattr(rules, "answer"):  # tools.quoting.SnapRule: lookahead, then the closest note sentence
            logits, past = self._forward(prompt, self.decoder.empty_past(), len(prompt))

            def step(ids, cache):
                total = cache["past_key_values.0.key"].shape[2] + len(ids)
                out, new = self._forward(ids, cache, total)
                return out[0, -1], new

            return rules.answer(step, prompt, logits[0, -1], past, max_new)
        logits, past = self._forward(prompt, self.decoder.empty_past(), len(prompt))
        tokens = [_choose(rules, logits[0, -1], prompt, [])]
        while len(tokens) < max_new and tokens[-1] not in stop_ids:
            logits, past = self._forward([tokens[-1]], past, len(prompt) + len(tokens))
            tokens.append(_choose(rules, logits[0, -1], prompt, tokens))
        return tokens


class GgufModel:
    """llama.cpp in a child process (`--gguf-worker`), one JSON request and answer per line."""

    def __init__(self, name: str, path: Path, python: str, threads: int):
        self.name = name
        self.proc = subprocess.Popen(
            [python, str(Path(__file__).resolve()), "--gguf-worker", str(path), "--threads", str(threads)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        )
        hello = self._ask({"op": "info"})
        self.info = hello

    def _ask(self, req: dict) -> dict:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(req) + "\n")
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the llama.cpp worker for {self.name} exited ({self.proc.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"llama.cpp worker: {answer['error']}")
        return answer

    def score(self, ids):
        a = self._ask({"op": "score", "ids": ids})
        return a["argmax"], a["logprobs"]

    def greedy(self, prompt, max_new, stop_ids, rules=None):
        if rules is not None:
            raise NotImplementedError("the llama.cpp worker decodes by itself: plain greedy only")
        return self._ask({"op": "greedy", "prompt": prompt, "max_new": max_new, "stop": sorted(stop_ids)})["tokens"]

    def close(self):
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


def gguf_worker(path: str, threads: int) -> None:
    """Runs in the llama-cpp-python venv: answers score/greedy requests on stdin."""
    from llama_cpp import Llama, __version__

    llm = Llama(model_path=path, n_ctx=1024, n_batch=1024, n_ubatch=1024, logits_all=True,
                n_threads=threads, n_threads_batch=threads, verbose=False)
    for line in sys.stdin:
        req = json.loads(line)
        try:
            if req["op"] == "info":
                out = {"llama_cpp_python": __version__, "n_vocab": llm.n_vocab(), "file": path}
            elif req["op"] == "score":
                ids = req["ids"]
                llm.reset()
                llm.eval(ids)
                out = dict(zip(("argmax", "logprobs"), next_token_stats(np.array(llm.scores[: len(ids)]), ids)))
            elif req["op"] == "greedy":
                llm.reset()
                llm.eval(req["prompt"])
                stop, tokens = set(req["stop"]), []
                while True:
                    tokens.append(int(np.argmax(llm.scores[llm.n_tokens - 1])))
                    if len(tokens) >= req["max_new"] or tokens[-1] in stop:
                        break
                    llm.eval([tokens[-1]])
                out = {"tokens": tokens}
            else:
                out = {"error": f"unknown op {req['op']}"}
        except Exception as exc:  # reported to the parent, which stops
            out = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


# ---------------------------------------------------------------- the evaluation

@dataclass
class Item:
    id: str
    question: str
    answer: str
    keywords: list[str]
    prompt: list[int]
    answer_ids: list[int]
    notes: list[dict] | None = None  # the passages in the prompt (None: asked without notes)


def load_items(data: Path, package: Path, manifest: ModelManifest, limit: int | None,
               notes: bool = True) -> list[Item]:
    """The items as the app asks them: with the notes its retrieval finds when the package has a
    notes slot (and `notes`), else the plain question."""
    from tokenizers import Tokenizer

    from .grounding import fit_notes, render_notes, retrieve
    from .manifest import to_json
    from .prompt_format import answer_prefix, chat_renderer, encode_prompt, first_question

    tok = Tokenizer.from_file(str(package / "tokenizer.json"))
    p = manifest.prompt
    render = chat_renderer(package) if p.kind == "chat" else None
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:limit] if limit else rows
    slot = to_json(p.context) if notes and p.context is not None else None
    found = retrieve([(r["id"], r["question"]) for r in rows], slot["maxPassages"]) if slot else {}
    count = lambda text: len(tok.encode(text, add_special_tokens=False).ids)
    items = []
    for row in rows:
        content, given = row["question"], None
        if slot:
            r = found[row["id"]]
            given = fit_notes(slot, count, r["sources"]) if r["covered"] else []
            content = render_notes(slot, row["question"], given)
        prompt = encode_prompt(tok, p, manifest.tokens.bos, first_question(p, content), render)
        answer_ids = tok.encode(answer_prefix(p) + row["answer"], add_special_tokens=False).ids
        items.append(Item(row["id"], row["question"], row["answer"], row.get("keywords", []), prompt, answer_ids, given))
    return items


def evaluate_model(model: Model, items: list[Item], decode, stop_ids: set[int], max_new: int,
                   reference: dict | None, log, generate: bool = True, rules=None) -> dict:
    """Scores one model; `reference` holds PyTorch fp32's greedy tokens per item (None: this is it).
    generate=False scores NLL and teacher-forced agreement only (no answers, no answer scores)."""
    t0 = time.monotonic()
    nll_sum = nll_n = agree = agree_n = identical = 0
    rows = []
    for k, item in enumerate(items):
        _, logprobs = model.score(item.prompt + item.answer_ids)
        answer_lp = logprobs[len(item.prompt) - 1:]
        nll_sum -= sum(answer_lp)
        nll_n += len(answer_lp)
        row = {"id": item.id, "nll": -sum(answer_lp) / max(1, len(answer_lp))}
        if generate:
            item_rules = rules.for_item(item) if hasattr(rules, "for_item") else rules
            tokens = model.greedy(item.prompt, max_new, stop_ids, item_rules)
            answer = decode(cut_at_stop(tokens, stop_ids))
            row.update(tokens=tokens, answer=answer, keywordRecall=keyword_recall(answer, item.keywords),
                       rougeL=rouge_l(answer, item.answer))
            if item.notes is not None:
                row["notes"] = [n["id"] for n in item.notes]
                row["numbersNotInNotes"] = numbers_not_in(answer, " ".join(n["text"] for n in item.notes))
        if reference is not None:
            ref_tokens = reference[item.id]
            argmax, _ = model.score(item.prompt + ref_tokens)
            predicted = argmax[len(item.prompt) - 1: len(item.prompt) - 1 + len(ref_tokens)]
            same = sum(int(a == b) for a, b in zip(predicted, ref_tokens))
            row["teacherForcedAgreement"] = same / max(1, len(ref_tokens))
            agree, agree_n = agree + same, agree_n + len(ref_tokens)
            identical += int(generate and row["tokens"] == ref_tokens)
        rows.append(row)
        if (k + 1) % 10 == 0:
            log(f"  {model.name}: {k + 1}/{len(items)} ({time.monotonic() - t0:.0f} s)")
    n = len(items)
    mean = (lambda key: sum(r[key] for r in rows) / n) if generate else (lambda key: None)
    factual = factual_scores(rows) if generate else {}
    return {
        "meanNll": nll_sum / max(1, nll_n),
        "answerTokens": nll_n,
        "greedyAgreement": 1.0 if reference is None else agree / max(1, agree_n),
        "identicalAnswers": None if not generate else 1.0 if reference is None else identical / n,
        "keywordRecall": mean("keywordRecall"),
        "rougeL": mean("rougeL"),
        "meanAnswerTokens": sum(len(cut_at_stop(r["tokens"], stop_ids)) for r in rows) / n if generate else None,
        "seconds": round(time.monotonic() - t0, 1),
        **factual,
        "items": rows,
    }


def numbers_not_in(answer: str, notes: str) -> list[str]:
    """Numbers the answer states that the notes it was given do not: a sign of an invented figure."""
    given = set(re.findall(r"\d+(?:\.\d+)?", notes))
    return sorted({n for n in re.findall(r"\d+(?:\.\d+)?", answer) if n not in given})


def factual_scores(rows: list[dict]) -> dict:
    """data/eval-rubric.jsonl verdicts (facts that must appear, wrong claims that must not), per item
    and overall; empty when the items are not the eval set. `factuallyCorrectGuarded` reads the wrong
    claims with the refutation guard (tools/rubric.py `guarded`): the rubric's blind spot, measured."""
    from .rubric import DEFAULT_RUBRIC, load_rubric, score_answer

    rubric = load_rubric(DEFAULT_RUBRIC)
    guarded = load_rubric(DEFAULT_RUBRIC, guard=True)
    scored = [r for r in rows if r["id"] in rubric]
    if not scored:
        return {}
    for r in scored:
        r["rubric"] = score_answer(rubric[r["id"]], r["answer"])
    out = {
        "factuallyCorrect": sum(r["rubric"]["correct"] for r in scored) / len(scored),
        "wrongClaims": sum(bool(r["rubric"]["wrong"]) for r in scored) / len(scored),
        "factuallyCorrectGuarded": sum(score_answer(guarded[r["id"]], r["answer"])["correct"] for r in scored) / len(scored),
    }
    grounded = [r for r in scored if "numbersNotInNotes" in r]
    if grounded:
        with_notes = [r for r in grounded if r["notes"]]
        out["answersWithNotes"] = len(with_notes) / len(scored)
        out["inventedNumbers"] = sum(bool(r["numbersNotInNotes"]) for r in with_notes) / max(1, len(with_notes))
    return out


def onnx_variants(package: Path, manifest: ModelManifest, work_dir: Path) -> list[tuple[str, Path]]:
    """(name, path) of every variant file present, shipped in the package or left in work_dir; a
    variant the app builds from the q4 file at load is built here into work_dir/unpacked/."""
    found = []
    for name, v in manifest.variants.items():
        if v.unpack_from is not None:
            found.append((name, unpacked(package, v.unpack_from.plan, work_dir / "unpacked" / name)))
            continue
        for base in (package, work_dir):
            if (base / v.file).exists():
                found.append((name, base / v.file))
                break
    return found


def unpacked(package: Path, plan_path: str, into: Path) -> Path:
    """The graph and weights file of a variant the app unpacks from q4 (a plan with "aux" quantizes
    to int8), written where Python onnxruntime can load them."""
    from .fp32_from_q4 import materialize
    from .int8_from_q4 import materialize_int8

    into.mkdir(parents=True, exist_ok=True)
    plan = json.loads((package / plan_path).read_text(encoding="utf-8"))
    return (materialize_int8 if "aux" in plan else materialize)(package, plan_path, into)


def checkpoint_folder(source: Path, scratch: Path) -> Path:
    if source.suffix == ".gguf":
        from .gguf_import import gguf_to_checkpoint

        gguf_to_checkpoint(source, scratch)
        return scratch
    return source


# Earlier quoting rules, kept to measure against (docs/grounding.md): the fewest and most passages an
# answer quotes (between them, only while the next is a strong match).
PASSAGE_LIMITS = {
    "snap-one": (1, 1),  # the model's passages only (before the eighth session)
    "snap-two": (2, 2),  # the eighth session's rule
    "snap-three": (3, 3),  # always three (measured in the ninth session)
    "snap-strong-three": (2, 3),  # a strong third (the ninth and tenth sessions' rule)
    "snap-four": (4, 4),  # always four (measured in the eleventh session)
}


class QuotedNotes:
    """The package's logit rules, plus, for a question asked with notes, answers quoted from them."""

    def __init__(self, tokenizer, stop_ids: set[int], rules, answer_prefix: str, how: str, slot: dict | None = None):
        self.tokenizer, self.stop_ids, self.rules, self.answer_prefix, self.how = tokenizer, stop_ids, rules, answer_prefix, how
        self.slot = slot  # the manifest's notes slot (camelCase): its notCovered answer is quoted when no note is given
        self.repetition_penalty = rules.repetition_penalty if rules else 1.0
        self.no_repeat_ngram = rules.no_repeat_ngram if rules else 0

    def for_item(self, item: "Item"):
        from .quoting import QuoteRule, SnapRule, quotable

        notes = quotable(self.slot, item.notes)
        if not notes:
            return self.rules
        if self.how == "snap-likelihood":  # an experiment: the first passage chosen by likelihood
            return SnapRule.of(self.tokenizer, notes, self.stop_ids, self.rules, self.answer_prefix, "likelihood")
        if self.how in PASSAGE_LIMITS:
            least, most = PASSAGE_LIMITS[self.how]
            return SnapRule.of(self.tokenizer, notes, self.stop_ids, self.rules, self.answer_prefix,
                               min_passages=least, max_passages=most)
        if self.how in ("snap-short", "tokens-short"):  # the app's short answers
            kind = SnapRule if self.how == "snap-short" else QuoteRule
            return kind.of(self.tokenizer, notes, self.stop_ids, self.rules, self.answer_prefix, short=True)
        kind = SnapRule if self.how == "snap" else QuoteRule
        return kind.of(self.tokenizer, notes, self.stop_ids, self.rules, self.answer_prefix)


def run(args, log=print, save=lambda result: None) -> dict:
    """Scores PyTorch fp32, then each GGUF, then each ONNX variant; `save` gets the partial result
    after each model (a long run keeps what it measured if stopped)."""
    import tempfile

    from tokenizers import Tokenizer

    from .checkpoint import inspect_checkpoint, load_model
    from .manifest import read_manifest, to_json
    from .prompt_format import answer_prefix

    package = args.package
    manifest = read_manifest(package / "manifest.json")
    work_dir = args.work_dir or Path(__file__).resolve().parent.parent / "models-work" / manifest.id
    items = load_items(args.data, package, manifest, args.limit, notes=not getattr(args, "no_notes", False))
    # Answers as the app gives them at temperature 0: the package's penalty and no-repeat rule.
    from .decoding import LogitRules

    rules = None if getattr(args, "plain_greedy", False) else LogitRules.of(manifest.sampling)
    if rules is not None and (getattr(args, "repetition_penalty", None) is not None or getattr(args, "no_repeat_ngram", None) is not None):
        # What other decoding rules would have given (docs/grounding.md "Decoding").
        rules = LogitRules(args.repetition_penalty if args.repetition_penalty is not None else rules.repetition_penalty,
                           args.no_repeat_ngram if args.no_repeat_ngram is not None else rules.no_repeat_ngram)
    if getattr(args, "quote_notes", None):
        rules = QuotedNotes(Tokenizer.from_file(str(package / "tokenizer.json")),
                            set(manifest.stop.token_ids) | {manifest.tokens.eos}, rules, answer_prefix(manifest.prompt),
                            args.quote_notes, to_json(manifest.prompt.context) if manifest.prompt.context else None)
    if args.gguf and rules is not None:
        log("GGUF files compared: every model answers by plain greedy (llama.cpp decodes by itself)")
        rules = None
    tok = Tokenizer.from_file(str(package / "tokenizer.json"))
    stop_ids = set(manifest.stop.token_ids) | {manifest.tokens.eos}
    stop_strings = manifest.stop.strings

    def decode(tokens: list[int]) -> str:
        text = tok.decode(tokens, skip_special_tokens=True)
        for s in stop_strings:
            text = text.split(s)[0]
        return text.strip()

    result = {
        "generatedBy": "python -m tools.evaluate " + " ".join(sys.argv[1:]),
        "package": manifest.id, "data": str(args.data), "items": len(items),
        "maxNewTokens": args.max_new_tokens, "randomWeights": manifest.random_weights,
        "decoding": {"greedy": True, "repetitionPenalty": rules.repetition_penalty if rules else 1.0,
                     "noRepeatNgram": rules.no_repeat_ngram if rules else 0,
                     "quotedNotes": rules.how if isinstance(rules, QuotedNotes) else None},
        "prompt": "package prompt format (manifest.json), default system prompt included",
        "models": {},
    }
    if args.reference:
        # Reuse an earlier run's PyTorch fp32 answers (same package, data and answer length).
        earlier = json.loads(args.reference.read_text(encoding="utf-8"))
        same = (earlier["package"], earlier["items"], earlier["maxNewTokens"]) == (manifest.id, len(items), args.max_new_tokens)
        if not same:
            raise SystemExit(f"{args.reference} was made for another package, data or --max-new-tokens")
        result["models"] = earlier["models"]
        result["generatedBy"] = earlier["generatedBy"] + " ; then " + result["generatedBy"]
        log(f"PyTorch fp32 answers from {args.reference}")
    elif getattr(args, "skip_pytorch", False):
        log("PyTorch fp32 skipped: no agreement figures")
    else:
        with tempfile.TemporaryDirectory(prefix="pocket-coach-eval-") as scratch:
            folder = checkpoint_folder(args.source, Path(scratch))
            log(f"PyTorch fp32 from {args.source}")
            torch_model = TorchModel("pytorch-fp32", load_model(inspect_checkpoint(folder)), args.threads)
            ref = evaluate_model(torch_model, items, decode, stop_ids, args.max_new_tokens, None, log, rules=rules)
            result["models"]["pytorch-fp32"] = {"kind": "pytorch", "source": str(args.source), **ref}
            del torch_model
            save(result)
    torch_result = result["models"].get("pytorch-fp32")
    reference = {row["id"]: row["tokens"] for row in torch_result["items"]} if torch_result else None
    score_only = set(args.score_only.split(",")) if args.score_only else set()
    for spec in args.gguf:
        label, _, file = spec.partition("=")
        path = Path(file)
        log(f"GGUF {label}: {path} (llama.cpp via {args.llama_python})")
        g = GgufModel(f"gguf-{label}", path, args.llama_python, args.threads)
        try:
            r = evaluate_model(g, items, decode, stop_ids, args.max_new_tokens, reference, log,
                               generate=f"gguf-{label}" not in score_only)
        finally:
            g.close()
        result["models"][f"gguf-{label}"] = {"kind": "gguf", "file": str(path), "bytes": path.stat().st_size,
                                             "runtime": g.info, **r}
        save(result)
    onnx_files = [(n, p) for n, p in onnx_variants(package, manifest, work_dir)
                  if not args.variants or n in args.variants.split(",")]
    onnx_files += [(label, Path(file)) for label, _, file in (o.partition("=") for o in args.onnx)]
    for name, path in onnx_files:
        log(f"ONNX {name}: {path}")
        m = OnnxModel(f"onnx-{name}", path, manifest, args.threads)
        r = evaluate_model(m, items, decode, stop_ids, args.max_new_tokens, reference, log,
                           generate=f"onnx-{name}" not in score_only, rules=rules)
        if reference is None:
            r.update(greedyAgreement=None, identicalAnswers=None)  # nothing to agree with
        result["models"][f"onnx-{name}"] = {"kind": "onnx", "file": str(path), "bytes": path.stat().st_size, **r}
        save(result)
    return result


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--gguf-worker":
        threads = int(argv[argv.index("--threads") + 1]) if "--threads" in argv else 1
        gguf_worker(argv[1], threads)
        return 0
    parser = argparse.ArgumentParser(prog="python -m tools.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("package", type=Path)
    parser.add_argument("--source", type=Path, default=None, help="HF checkpoint folder or .gguf: PyTorch fp32")
    parser.add_argument("--skip-pytorch", action="store_true",
                        help="score the ONNX variants only (no PyTorch reference, no agreement figures)")
    parser.add_argument("--gguf", action="append", default=[], metavar="LABEL=FILE")
    parser.add_argument("--llama-python", default="/tmp/llamavenv/bin/python")
    parser.add_argument("--work-dir", type=Path, default=None)
    parser.add_argument("--variants", default=None, help="ONNX variants to score, e.g. fp32,q4 (default: all present)")
    parser.add_argument("--onnx", action="append", default=[], metavar="LABEL=FILE",
                        help="another ONNX file of the same shape (e.g. a bench-only variant)")
    parser.add_argument("--score-only", default=None, metavar="MODELS",
                        help="models scored by NLL and agreement only, no generated answers, e.g. onnx-int8")
    parser.add_argument("--reference", type=Path, default=None,
                        help="an earlier result whose PyTorch fp32 answers to reuse; its models are kept")
    parser.add_argument("--data", type=Path, default=Path("data/eval.jsonl"))
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--threads", type=int, default=1, help="per model (1: steadiest on a shared machine)")
    parser.add_argument("--repetition-penalty", type=float, default=None,
                        help="decode with this penalty instead of the package's")
    parser.add_argument("--no-repeat-ngram", type=int, default=None,
                        help="decode with this no-repeat run length instead of the package's (0: none)")
    parser.add_argument("--plain-greedy", action="store_true",
                        help="answers by plain argmax, without the package's repetition penalty and no-repeat rule")
    parser.add_argument("--no-notes", action="store_true",
                        help="ask without notes even when the package has a notes slot (the app's setting off)")
    parser.add_argument("--quote-notes", nargs="?", const="tokens", choices=["tokens", "snap", "snap-short", "tokens-short", *PASSAGE_LIMITS, "snap-likelihood"],
                        default=None,
                        help="answers of whole sentences of the given notes (tools.quoting): 'tokens' allows only "
                             "tokens that continue a note sentence; 'snap' lets the model write each sentence, then "
                             "puts the passage of the closest note sentence in its place, at least two passages "
                             "when given and a third and fourth while each is a strong match; 'snap-short' and "
                             "'tokens-short' are the app's short answers (two passages in all); the earlier rules "
                             "'snap-one', 'snap-two', 'snap-three', 'snap-strong-three' and 'snap-four' are kept "
                             "to compare (PASSAGE_LIMITS); "
                             "'snap-likelihood' (an "
                             "experiment) as 'snap', but the first passage is the one whose first sentence the "
                             "model finds most likely")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.source is None and not args.skip_pytorch and not args.reference:
        parser.error("--source is required unless --skip-pytorch or --reference")
    def save(result: dict) -> None:
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    result = run(args, log=lambda m: print(m, file=sys.stderr, flush=True), save=save)
    save(result)
    summary = {k: {m: None if v[m] is None else round(v[m], 4)
                   for m in ("meanNll", "greedyAgreement", "identicalAnswers", "keywordRecall", "rougeL",
                             "factuallyCorrect", "factuallyCorrectGuarded", "wrongClaims", "inventedNumbers") if m in v}
               for k, v in result["models"].items()}
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
