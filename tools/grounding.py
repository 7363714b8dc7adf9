"""Grounding notes for training and evaluation, the same way the app asks: retrieval by the app's
own index (src/cli/retrieve.ts, run with Node), and the notes rendered into the last user message
exactly as src/engine/notes.ts renders them (a shared fixture pins the two together).

    python -m tools.grounding --data data/eval.jsonl --k 3 > retrieved.jsonl   # inspect retrieval
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFF_TOPIC = ROOT / "data" / "offtopic.jsonl"  # questions the notes must not cover (never eval)
# What the model learns to say when the notes it is given do not answer the question.
NOT_COVERED_ANSWER = (
    "My notes don't cover this, so I can't give you a reliable answer. "
    "I can help with training, recovery, nutrition, injury prevention and sports science."
)
# The context slot of packages trained with notes (manifest prompt.context). Four passages of ~60
# tokens: the rubric facts of 80 % of eval questions are in the top 4, 74 % in the top 3
# (bench/knowledge/retrieval.ts; measured after the threshold was fixed on train questions).
DEFAULT_CONTEXT = {
    "template": "Notes:\n{notes}\n\nQuestion: {question}",
    "passage": "- {text}",
    "empty": "(no notes match this question)",
    "maxTokens": 280,
    "maxPassages": 4,
    "notCovered": NOT_COVERED_ANSWER,
}
# The tiny test package reads 256 tokens in all: two short notes.
TINY_CONTEXT = {**DEFAULT_CONTEXT, "maxTokens": 90, "maxPassages": 2}
_PLACEHOLDER = re.compile(r"\{(notes|question|text|title)\}")
# A reference answer is a target for a question asked with notes only when the notes hold it: at
# least this share of its content words, and every number it states. Trained on answers its notes
# did not hold (43 % of the train pairs), the model learnt to write past its notes, and at eval it
# did so with wrong facts (docs/grounding.md, "Targets the notes hold").
MIN_ANSWER_SUPPORT = 0.6
# Otherwise the target is the given passages that share at least this much with the reference
# answer (at most two, most related first): an answer the notes hold, in their words.
MIN_PASSAGE_RELATION = 0.3
_STOP = frozenset(
    "the a an and or of to in on for with is are be by as at it its that this from than more less can which "
    "their they your you into not but also so when how what about most up".split())


class GroundingError(Exception):
    """A problem with retrieval or the context slot; its message is shown to the user."""


def _fill(template: str, values: dict[str, str]) -> str:
    """Fills {name} placeholders in one pass, like notes.ts: text holding "{question}" stays as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def render_notes(slot: dict, question: str, notes: list[dict]) -> str:
    """The last user message with these notes (best first, already fitted); none: slot['empty']."""
    if notes:
        body = "\n".join(_fill(slot["passage"], {"text": n["text"], "title": n["title"]}) for n in notes)
    else:
        body = slot["empty"]
    return _fill(slot["template"], {"notes": body, "question": question})


def fit_notes(slot: dict, count_tokens, notes: list[dict]) -> list[dict]:
    """Best-first notes within the slot's passage count and token budget, as notes.ts fitNotes;
    count_tokens(text) is the package tokenizer's plain-text token count."""
    kept, used = [], 0
    for note in notes[: slot["maxPassages"]]:
        cost = count_tokens(_fill(slot["passage"], {"text": note["text"], "title": note["title"]}) + "\n")
        if used + cost > slot["maxTokens"]:
            continue
        kept.append(note)
        used += cost
    return kept


def retrieve(questions: list[tuple[str, str]], k: int, knowledge: Path | None = None) -> dict[str, dict]:
    """{id: {covered, sources}} for (id, question) pairs, from the app's retrieval code."""
    node = shutil.which("node")
    tsx = ROOT / "node_modules" / ".bin" / "tsx"
    if node is None or not tsx.exists():
        raise GroundingError("retrieval needs Node and the project's node_modules (npm ci)")
    args = [str(tsx), "src/cli/retrieve.ts", "--k", str(k)]
    if knowledge is not None:
        args += ["--knowledge", str(knowledge)]
    lines = "".join(json.dumps({"id": i, "question": q}) + "\n" for i, q in questions)
    done = subprocess.run(args, input=lines, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise GroundingError(f"retrieval failed: {done.stderr.strip()[-2000:]}")
    return {row["id"]: row for row in map(json.loads, done.stdout.splitlines())}


def _content(text: str) -> list[str]:
    """Content words, cut to 6 letters (a cheap stem: "muscles" and "muscular" meet)."""
    return [w[:6] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in _STOP]


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


def answer_support(answer: str, notes: list[dict]) -> float:
    """Share of the answer's content words the notes hold; 0 when it states a number they do not."""
    held = " ".join(n["text"] for n in notes)
    if not _numbers(answer) <= _numbers(held):
        return 0.0
    words, have = _content(answer), set(_content(held))
    return sum(w in have for w in words) / max(len(words), 1)


def grounded_target(answer: str, notes: list[dict]) -> tuple[str, str] | None:
    """What a question asked with these notes should be answered with, and its kind: the reference
    answer when the notes hold it ("notes"), else the passages related to it, in their words
    ("from-notes"); None when no passage is (the pair is then learnt without notes only)."""
    if answer_support(answer, notes) >= MIN_ANSWER_SUPPORT:
        return answer, "notes"
    said = set(_content(answer))
    related = []
    for n in notes:
        words = _content(n["text"])
        share = sum(w in said for w in words) / max(len(words), 1)
        if share >= MIN_PASSAGE_RELATION:
            related.append((share, n["text"]))
    if not related:
        return None
    related.sort(key=lambda r: -r[0])
    return " ".join(text for _, text in related[:2]), "from-notes"


@dataclass
class GroundedPair:
    id: str
    question: str  # the last user message as the model sees it (notes + question, or plain)
    answer: str
    kind: str  # notes | from-notes | not-covered | distractor | plain
    source_ids: list[str]


def training_mix(pairs: list, retrieved: dict[str, dict], slot: dict, count_tokens, off_topic: list[tuple[str, str]],
                 off_retrieved: dict[str, dict], seed: int = 0, distractor_share: float = 0.15,
                 plain_share: float = 0.15) -> list[GroundedPair]:
    """The fine-tune's examples: every pair with its retrieved notes (or the 'no notes' text and
    the not-covered answer when retrieval finds none, as the app would ask), answered with a target
    its notes hold (grounded_target: the reference answer, else the related passages; a pair whose
    notes hold nothing of its answer is learnt without notes only); a share of those again with one
    passage of another topic slipped among their notes (a distractor to ignore); a share of all
    pairs without notes (the app's notes-off setting) -> the reference answer, and every pair
    whose notes hold nothing of it; off-topic questions -> the not-covered answer.
    A first mix taught "distractor passages only -> not covered" instead: the model then refused
    questions whose notes did answer them (docs/grounding.md), so distractors now sit beside the
    right passages, and "not covered" is learnt where retrieval finds nothing, as the app asks.
    The not-covered answer is the slot's `notCovered`, the one the app then quotes."""
    rng = random.Random(seed)
    not_covered = slot.get("notCovered") or NOT_COVERED_ANSWER
    out: list[GroundedPair] = []
    kept: dict[str, list[dict]] = {}
    target: dict[str, str] = {}
    unheld: list = []
    for p in pairs:
        r = retrieved[p.id]
        notes = fit_notes(slot, count_tokens, r["sources"]) if r["covered"] else []
        if not notes:
            out.append(GroundedPair(p.id, render_notes(slot, p.question, []), not_covered, "not-covered", []))
            continue
        got = grounded_target(p.answer, notes)
        if got is None:
            unheld.append(p)
            continue
        kept[p.id], target[p.id] = notes, got[0]
        out.append(GroundedPair(p.id, render_notes(slot, p.question, notes), got[0], got[1], [n["id"] for n in notes]))
    topic_of = {p.id: getattr(p, "topic", None) for p in pairs}
    covered = [p for p in pairs if p.id in kept]
    for p in rng.sample(covered, min(len(covered), round(len(pairs) * distractor_share))):
        others = [q for q in covered if topic_of[q.id] != topic_of[p.id]]
        if not others:
            continue
        own = {n["id"] for n in kept[p.id]}
        extra = [n for n in kept[rng.choice(others).id] if n["id"] not in own][:1]
        notes = list(kept[p.id])
        notes.insert(rng.randrange(len(notes) + 1), *extra) if extra else None
        notes = fit_notes({**slot, "maxPassages": len(notes)}, count_tokens, notes)
        out.append(GroundedPair(f"{p.id}-distractor", render_notes(slot, p.question, notes), target[p.id],
                                "distractor", [n["id"] for n in notes]))
    unheld_ids = {p.id for p in unheld}
    plain = unheld + rng.sample([p for p in pairs if p.id not in unheld_ids], round(len(pairs) * plain_share))
    for p in plain:
        out.append(GroundedPair(f"{p.id}-plain", p.question, p.answer, "plain", []))
    for qid, question in off_topic:
        r = off_retrieved.get(qid, {"covered": False, "sources": []})
        notes = fit_notes(slot, count_tokens, r["sources"]) if r["covered"] else []
        out.append(GroundedPair(qid, render_notes(slot, question, notes), not_covered, "not-covered",
                                [n["id"] for n in notes]))
    rng.shuffle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "data" / "eval.jsonl")
    ap.add_argument("--k", type=int, default=DEFAULT_CONTEXT["maxPassages"])
    args = ap.parse_args(argv)
    rows = [json.loads(l) for l in args.data.read_text(encoding="utf-8").splitlines() if l.strip()]
    got = retrieve([(r["id"], r["question"]) for r in rows], args.k)
    for r in rows:
        sys.stdout.write(json.dumps({"id": r["id"], "question": r["question"], **got[r["id"]]}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
