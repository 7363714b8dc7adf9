"""Which passages the model is given, measured on train questions only (never eval): how much of
each reference answer the first passage, the first two and all the passages the app gives hold
(`answer_support` in tools/grounding.py), and how many train and off-topic questions are covered.
Retrieval is the app's own (src/cli/retrieve.ts), fitted to the package's notes slot as the app
fits it (tokens counted with the package tokenizer).

    python bench/knowledge/passage_choice.py [--package public/models/smollm2-135m-coach] [--out x.json]
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from bench/
from tools.grounding import MIN_ANSWER_SUPPORT, OFF_TOPIC, answer_support, fit_notes, retrieve  # noqa: E402

TRAIN = ROOT / "data" / "train.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    from tokenizers import Tokenizer

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package", type=Path, default=ROOT / "public" / "models" / "smollm2-135m-coach")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    slot = json.loads((args.package / "manifest.json").read_text())["prompt"]["context"]
    tok = Tokenizer.from_file(str(args.package / "tokenizer.json"))
    count = lambda text: len(tok.encode(text, add_special_tokens=False).ids)

    train, off = read_jsonl(TRAIN), read_jsonl(OFF_TOPIC)
    got = retrieve([(r["id"], r["question"]) for r in train], slot["maxPassages"])
    off_got = retrieve([(r["id"], r["question"]) for r in off], slot["maxPassages"])
    support: dict[str, list[float]] = {"first": [], "top2": [], "given": []}
    distinct = 0
    for r in train:
        notes = fit_notes(slot, count, got[r["id"]]["sources"]) if got[r["id"]]["covered"] else []
        for name, n in (("first", 1), ("top2", 2), ("given", len(notes))):
            support[name].append(answer_support(r["answer"], notes[:n]))
        distinct += len(notes)
    result = {
        "generatedBy": "python bench/knowledge/passage_choice.py",
        "questions": len(train),
        "passagesGiven": round(distinct / len(train), 3),
        "answerSupport": {
            name: {"mean": round(sum(v) / len(v), 4), f"share>={MIN_ANSWER_SUPPORT}":
                   round(sum(x >= MIN_ANSWER_SUPPORT for x in v) / len(v), 4)}
            for name, v in support.items()
        },
        "trainCovered": round(sum(got[r["id"]]["covered"] for r in train) / len(train), 4),
        "offTopicCovered": f"{sum(off_got[r['id']]['covered'] for r in off)}/{len(off)}",
        "retrieveMsMax": max(row["ms"] for row in got.values()),
    }
    print(json.dumps(result, indent=1))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
