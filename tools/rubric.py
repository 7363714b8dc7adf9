"""Factual-correctness scoring of short answers against data/eval-rubric.jsonl.

Each rubric line is {"id", "must": [[regex, ...], ...], "wrong": [regex, ...], "note"}. An answer is
correct when every `must` fact is present (any one of its alternative regexes matches) and no
`wrong` regex matches. Matching is case-insensitive, on text with dashes, quotes and spaces unified.

    python -m tools.rubric ANSWERS.jsonl [--rubric data/eval-rubric.jsonl] [--key answer]
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


def load_rubric(path: Path | str = DEFAULT_RUBRIC) -> dict[str, RubricItem]:
    """Read a rubric JSONL file into items keyed by id, in file order; bad regexes raise re.error."""
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
            wrong=tuple(_compile(p) for p in raw["wrong"]),
            note=raw.get("note", ""),
        )
    return items


def score_answer(item: RubricItem, answer: str) -> dict[str, Any]:
    """Score one answer: missing lists each absent fact by its first regex, wrong lists matched regexes."""
    text = normalize(answer)
    missing = [fact[0].pattern for fact in item.must if not any(p.search(text) for p in fact)]
    wrong = [p.pattern for p in item.wrong if p.search(text)]
    return {"correct": not missing and not wrong, "missing": missing, "wrong": wrong}


def score_file(answers_path: Path | str, rubric_path: Path | str = DEFAULT_RUBRIC, key: str = "answer") -> dict[str, Any]:
    """Score a JSONL file of {"id", key: answer}; ids absent from the rubric raise KeyError."""
    rubric = load_rubric(rubric_path)
    results: dict[str, dict[str, Any]] = {}
    for line in Path(answers_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            results[row["id"]] = score_answer(rubric[row["id"]], row[key])
    n_correct = sum(r["correct"] for r in results.values())
    # Accuracy is over the answers given; unanswered rubric ids are reported, not silently counted.
    return {
        "n": len(results),
        "correct": n_correct,
        "accuracy": n_correct / len(results) if results else 0.0,
        "unanswered": [i for i in rubric if i not in results],
        "items": results,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", type=Path)
    parser.add_argument("--rubric", type=Path, default=DEFAULT_RUBRIC)
    parser.add_argument("--key", default="answer", help="field of each answers line that holds the answer")
    args = parser.parse_args()
    report = score_file(args.answers, args.rubric, args.key)
    print(json.dumps({k: v for k, v in report.items() if k != "items"}, indent=2))


if __name__ == "__main__":
    main()
