"""Drops every search question (data/knowledge/questions/*.jsonl) that nearly duplicates an eval or
dev question, by the near-duplicate rule of data/README.md: such a question would find its passage by
construction and flatter both measurements. The writers never opened those files; this catches
common phrasings they wrote independently ("What is progressive overload?").

    python bench/knowledge/drop_copied_questions.py [--dry-run]
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.tests.test_data import DEV_PATH, EVAL_PATH, load, near_duplicate  # noqa: E402

QUESTIONS = ROOT / "data" / "knowledge" / "questions"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="list what would go, change nothing")
    args = parser.parse_args()
    held_out = [(row["id"], row["question"]) for path in (EVAL_PATH, DEV_PATH) for row in load(path)]
    dropped = kept = 0
    for path in sorted(QUESTIONS.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for row in rows:
            keep = []
            for q in row["questions"]:
                copies = [hid for hid, h in held_out if near_duplicate(q, h)]
                if copies:
                    dropped += 1
                    print(f"{row['id']}: drop {q!r} (like {', '.join(copies)})")
                else:
                    keep.append(q)
                    kept += 1
            row["questions"] = keep
        if not args.dry_run:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"kept {kept}, dropped {dropped}")


if __name__ == "__main__":
    main()
