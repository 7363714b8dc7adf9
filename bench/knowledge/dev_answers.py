"""Answers to the labelled dev questions (data/dev.jsonl), scored by their labels: how often an
answer quotes a sentence of a passage that answers the question (its `answers`), or of one that
helps (`partial`), and how often it is factually right by data/dev-rubric.jsonl (facts that must
appear, wrong claims that must not; written like the eval rubric, before any dev answer was read).
Used to choose answer rules on questions that are neither train nor eval. `--set quiz` does the same
for the labelled quiz questions (data/dev-concepts.jsonl, rubric data/dev-concepts-rubric.jsonl,
written before any answer to them was read), `--set everyday` for the everyday questions of the
sixteenth session (data/dev-everyday.jsonl, rubric data/dev-everyday-rubric.jsonl, the same way).

    python bench/knowledge/dev_answers.py [--set quiz|everyday] --write-data /tmp/dev-as-eval.jsonl
    python -m tools.evaluate public/models/smollm2-135m-coach --skip-pytorch --variants fp32-from-q4 \\
        --threads 2 --max-new-tokens 256 --quote-notes snap --data /tmp/dev-as-eval.jsonl --out dev-snap.json
    python bench/knowledge/dev_answers.py [--set quiz|everyday] dev-snap.json [more results ...]

tools.evaluate wants a reference answer per question: the first answering passage stands in (its
ROUGE-L and keyword figures mean nothing here; the labels decide).
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from bench/
from tools.quoting import split_sentences  # noqa: E402
from tools.rubric import load_rubric, score_answer  # noqa: E402

# Each labelled set: its questions and its rubric.
SETS = {
    "dev": (ROOT / "data" / "dev.jsonl", ROOT / "data" / "dev-rubric.jsonl"),
    "quiz": (ROOT / "data" / "dev-concepts.jsonl", ROOT / "data" / "dev-concepts-rubric.jsonl"),
    "everyday": (ROOT / "data" / "dev-everyday.jsonl", ROOT / "data" / "dev-everyday-rubric.jsonl"),
}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def passages() -> dict[str, dict]:
    return {p["id"]: p for f in sorted((ROOT / "data" / "knowledge").glob("*.jsonl")) for p in read_jsonl(f)}


def write_data(out: Path, questions: Path) -> None:
    kb = passages()
    rows = [{"id": r["id"], "topic": r["topic"], "question": r["question"],
             "answer": kb[r["answers"][0]]["text"] if r["answers"] else "The notes do not cover this.", "keywords": []}
            for r in read_jsonl(questions)]
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def score(result: Path, questions: Path, rubric_file: Path) -> dict:
    kb, dev = passages(), {r["id"]: r for r in read_jsonl(questions)}
    (model,) = json.loads(result.read_text(encoding="utf-8"))["models"].values()
    rows = [(item, dev[item["id"]]) for item in model["items"] if dev.get(item["id"], {}).get("answers")]

    def quotes(answer: str, ids: list[str]) -> bool:
        return any(s in answer for i in ids for s in split_sentences(kb[i]["text"]))

    n = len(rows)
    rubric = load_rubric(rubric_file)
    verdicts = [score_answer(rubric[a["id"]], a["answer"]) for a, _ in rows]
    return {
        "result": str(result),
        "answerable": n,
        "quotesAnAnsweringPassage": round(sum(quotes(a["answer"], d["answers"]) for a, d in rows) / n, 3),
        "quotesAnsweringOrPartial": round(sum(quotes(a["answer"], d["answers"] + d["partial"]) for a, d in rows) / n, 3),
        "factuallyRight": round(sum(v["correct"] for v in verdicts) / n, 3),
        "wrongClaims": round(sum(bool(v["wrong"]) for v in verdicts) / n, 3),
        "meanAnswerTokens": round(sum(len(a["tokens"]) for a, _ in rows) / n, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", nargs="*", type=Path)
    ap.add_argument("--write-data", type=Path)
    ap.add_argument("--set", choices=sorted(SETS), default="dev")
    args = ap.parse_args(argv)
    questions, rubric = SETS[args.set]
    if args.write_data:
        write_data(args.write_data, questions)
    for r in args.results:
        print(json.dumps(score(r, questions, rubric)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
