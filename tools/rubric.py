"""Factual-correctness scoring of short answers against data/eval-rubric.jsonl.

Each rubric line is {"id", "must": [[regex, ...], ...], "wrong": [regex, ...], "note"}. An answer is
correct when every `must` fact is present (any one of its alternative regexes matches) and no
`wrong` regex matches. Matching is case-insensitive, on text with dashes, quotes and spaces unified.

    python -m tools.rubric ANSWERS.jsonl [--rubric data/eval-rubric.jsonl] [--key answer] [--guarded]
    python -m tools.rubric RESULT.json --guarded     (an evaluation result, tools/evaluate.py --out)

`--guarded` reads each wrong-claim pattern with the refutation guard the dev and quiz rubrics are
written with (`guarded`): a claim named in order to refute it ("some people believe ...", "... is a
myth") is not counted. It measures the eval rubric's known blind spot; the eval figure stays the
unguarded one (docs/grounding.md "The eval rubric's blind spot, measured").
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_RUBRIC = Path(__file__).resolve().parents[1] / "data" / "eval-rubric.jsonl"

# Typographic variants a model may emit, mapped to the ASCII forms the rubric regexes are written for.
_CHAR_MAP = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00d7": "x", "\u00a0": " ",
})


@dataclass(frozen=True)
class RubricItem:
    """One evaluation item: facts that must appear and claims that must not."""

    id: str
    must: tuple[tuple[re.Pattern[str], ...], ...]
    wrong: tuple[re.Pattern[str], ...]
    note: str


def normalize(text: str) -> str:
    """Unify dashes, quotes, the multiplication sign and whitespace before matching."""
    return re.sub(r"\s+", " ", text.translate(_CHAR_MAP)).strip()


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The refutation guard of data/dev-rubric.jsonl and data/dev-concepts-rubric.jsonl, whose wrong-claim
# patterns carry it written out: no word before the claim, in its sentence, that names it as a belief
# or denies it, and no word after it that calls it a myth.
_REFUTED_BEFORE = (
    r"(?:^|[.!?;:]\s*)(?:(?!(?:\b(?:not|never|nor|without|myths?|misconceptions?|belie\w*|think\w*|thought|"
    r"claim\w*|idea|fear\w*|worr\w*|suppos\w*|said|says?|saying|told|hear(?:d|s|ing)?|marketed|popular\w*|"
    r"notion|contrary|rather than|unlikely|whether|if|once|long|old|traditional\w*|historical\w*|previously|"
    r"originally|used to|attribut\w*|question\w*|exaggerat\w*|overstat\w*|instead|no evidence|no longer|"
    r"no reason|false|untrue|wrong)\b|n't\b))[^.!?;:]){0,160}?"
)
_REFUTED_AFTER = r"(?![^.!?]*\b(?:myth|not true|untrue|false|wrong|misconception|overstated|exaggerated|outdated|incorrect|overblown)\b)"


def guarded(pattern: str) -> str:
    """A wrong-claim pattern that skips a claim named to refute it; one anchored at the answer's start stays as is."""
    if pattern.startswith(("^", "(?:^|")):  # anchored, or guarded already
        return pattern
    return f"{_REFUTED_BEFORE}(?:{pattern}){_REFUTED_AFTER}"


def load_rubric(path: Path | str = DEFAULT_RUBRIC, guard: bool = False) -> dict[str, RubricItem]:
    """Read a rubric JSONL file into items keyed by id, in file order; bad regexes raise re.error.
    `guard`: wrong-claim patterns read with the refutation guard (`guarded`)."""
    items: dict[str, RubricItem] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        if raw["id"] in items:
            raise ValueError(f"duplicate rubric id {raw['id']}")
        items[raw["id"]] = RubricItem(
            id=raw["id"],
            must=tuple(tuple(_compile(p) for p in fact) for fact in raw["must"]),
            wrong=tuple(_compile(guarded(p) if guard else p) for p in raw["wrong"]),
            note=raw.get("note", ""),
        )
    return items


def score_answer(item: RubricItem, answer: str) -> dict[str, Any]:
    """Score one answer: missing lists each absent fact by its first regex, wrong lists matched regexes."""
    text = normalize(answer)
    missing = [fact[0].pattern for fact in item.must if not any(p.search(text) for p in fact)]
    wrong = [p.pattern for p in item.wrong if p.search(text)]
    return {"correct": not missing and not wrong, "missing": missing, "wrong": wrong}


def score_file(answers_path: Path | str, rubric_path: Path | str = DEFAULT_RUBRIC, key: str = "answer", guard: bool = False) -> dict[str, Any]:
    """Score a JSONL file of {"id", key: answer}; ids absent from the rubric raise KeyError."""
    rows = [json.loads(line) for line in Path(answers_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return score_rows(rows, load_rubric(rubric_path, guard), key)


def score_rows(rows: list[dict[str, Any]], rubric: dict[str, RubricItem], key: str = "answer") -> dict[str, Any]:
    """Score rows {"id", key: answer}; ids absent from the rubric raise KeyError."""
    results = {row["id"]: score_answer(rubric[row["id"]], row[key]) for row in rows}
    n_correct = sum(r["correct"] for r in results.values())
    # Accuracy is over the answers given; unanswered rubric ids are reported, not silently counted.
    return {
        "n": len(results),
        "correct": n_correct,
        "accuracy": n_correct / len(results) if results else 0.0,
        "unanswered": [i for i in rubric if i not in results],
        "items": results,
    }


def score_result(result_path: Path | str, rubric_path: Path | str = DEFAULT_RUBRIC, guard: bool = False) -> dict[str, Any]:
    """Score each model's answers in an evaluation result (tools/evaluate.py --out), by model name."""
    rubric = load_rubric(rubric_path, guard)
    models = json.loads(Path(result_path).read_text(encoding="utf-8"))["models"]
    return {name: score_rows([i for i in m["items"] if i["id"] in rubric], rubric) for name, m in models.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", type=Path, help="answers JSONL, or an evaluation result (.json)")
    parser.add_argument("--rubric", type=Path, default=DEFAULT_RUBRIC)
    parser.add_argument("--key", default="answer", help="field of each answers line that holds the answer")
    parser.add_argument("--guarded", action="store_true", help="skip wrong claims named in order to refute them")
    args = parser.parse_args()
    if args.answers.suffix == ".json":
        scored = score_result(args.answers, args.rubric, args.guarded)
        summary = {name: {k: v for k, v in r.items() if k != "items"} for name, r in scored.items()}
    else:
        summary = {k: v for k, v in score_file(args.answers, args.rubric, args.key, args.guarded).items() if k != "items"}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
