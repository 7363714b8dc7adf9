"""The knowledge base (data/knowledge): schema, size, reviewed sources, a recorded second review of
every passage, no passage that nearly copies a held-out eval answer, and search questions
(data/knowledge/questions) that name real passages and copy no eval or dev question."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tools.tests.test_data import DEV_PATH, EVAL_PATH, load, near_duplicate, trigram_cosine

KNOWLEDGE = Path(__file__).resolve().parents[2] / "data" / "knowledge"
TOPICS = {
    "physiology": "phys", "training-methods": "train", "nutrition-hydration": "nutr", "recovery-sleep": "recov",
    "injury-prevention": "inj", "biomechanics": "biomech", "sport-psychology": "psych",
    "testing-monitoring": "test", "myths": "myth",
}
FIELDS = {"id", "topic", "title", "text", "source", "tags"}
MIN_PASSAGES = 1500


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def passages() -> list[dict]:
    return [p for topic in TOPICS for p in read(KNOWLEDGE / f"{topic}.jsonl")]


@pytest.fixture(scope="module")
def reviews() -> dict[str, list[dict]]:
    return {topic: read(KNOWLEDGE / "reviews" / f"{topic}.jsonl") for topic in TOPICS}


def test_every_topic_has_a_file_and_no_stray_files():
    files = {p.stem for p in KNOWLEDGE.glob("*.jsonl")}
    assert files == set(TOPICS)


def test_size_and_balance(passages):
    assert len(passages) >= MIN_PASSAGES
    per_topic = Counter(p["topic"] for p in passages)
    assert min(per_topic.values()) >= 100, per_topic


def test_schema(passages):
    ids = set()
    for p in passages:
        assert set(p) == FIELDS, p["id"]
        assert p["topic"] in TOPICS
        assert re.fullmatch(rf"{TOPICS[p['topic']]}-\d{{4}}", p["id"]), p["id"]
        assert p["id"] not in ids, f"{p['id']} twice"
        ids.add(p["id"])
        assert p["title"].strip() and len(p["title"].split()) <= 8, p["id"]
        words = len(p["text"].split())
        assert 12 <= words <= 80, f"{p['id']}: {words} words"
        assert isinstance(p["tags"], list) and all(isinstance(t, str) and t == t.lower() for t in p["tags"]), p["id"]
        assert "<" not in p["text"] and "{" not in p["text"], f"{p['id']}: markup or a placeholder in the text"


def test_sources_are_named_consensus_documents(passages):
    allowed = set(json.loads((KNOWLEDGE / "sources.json").read_text(encoding="utf-8"))["documents"])
    for p in passages:
        assert p["source"] is None or p["source"] in allowed, f"{p['id']}: unknown source {p['source']!r}"
    assert sum(p["source"] is not None for p in passages) > 0


def test_every_passage_had_a_second_review(passages, reviews):
    by_topic = {t: [p for p in passages if p["topic"] == t] for t in TOPICS}
    for topic, lines in reviews.items():
        verdicts = {}
        for r in lines:
            assert r["verdict"] in ("ok", "fixed", "removed"), r
            assert r["reviewer"].strip(), r
            assert r["id"] not in verdicts, f"{r['id']} reviewed twice"
            verdicts[r["id"]] = r["verdict"]
            if r["verdict"] == "fixed":
                assert r["note"].strip(), f"{r['id']}: a fix must say what changed"
        present = {p["id"] for p in by_topic[topic]}
        assert present <= set(verdicts), f"{topic}: not reviewed: {sorted(present - set(verdicts))[:10]}"
        removed = {i for i, v in verdicts.items() if v == "removed"}
        assert not (present & removed), f"{topic}: removed passages still present: {sorted(present & removed)}"


def test_no_passage_nearly_copies_an_eval_answer(passages):
    answers = [row["answer"] for row in load(EVAL_PATH)]
    for p in passages:
        for a in answers:
            assert not near_duplicate(p["text"], a), f"{p['id']} nearly copies an eval answer: {a!r}"


def test_the_copy_check_can_fail():
    answer = load(EVAL_PATH)[0]["answer"]
    assert near_duplicate(answer.replace("system", "pathway"), answer) or trigram_cosine(answer + " Indeed.", answer) > 0.85


# --- search questions: users' words for what a passage answers, indexed, never shown ----------

QUESTIONS = KNOWLEDGE / "questions"


@pytest.fixture(scope="module")
def questions() -> dict[str, list[dict]]:
    return {topic: read(QUESTIONS / f"{topic}.jsonl") for topic in TOPICS}


def test_questions_name_every_passage_of_their_topic_once(passages, questions):
    assert {p.stem for p in QUESTIONS.glob("*.jsonl")} == set(TOPICS)
    for topic, rows in questions.items():
        ids = [p["id"] for p in passages if p["topic"] == topic]
        assert [r["id"] for r in rows] == ids, f"{topic}: questions out of step with the passages"
        for r in rows:
            assert set(r) == {"id", "questions"}, r["id"]
            assert 1 <= len(r["questions"]) <= 3, r["id"]
            for q in r["questions"]:
                assert isinstance(q, str) and q.strip().endswith("?") and 3 <= len(q.split()) <= 25, (r["id"], q)
                assert "<" not in q and "{" not in q, (r["id"], q)


def test_no_search_question_nearly_copies_an_eval_or_dev_question(questions):
    """A copied eval or dev question would find its passage by construction and flatter the figures."""
    held_out = [row["question"] for row in load(EVAL_PATH)] + [row["question"] for row in load(DEV_PATH)]
    hits = [(r["id"], q, h) for rows in questions.values() for r in rows for q in r["questions"]
            for h in held_out if near_duplicate(q, h)]
    assert not hits, hits[:10]
