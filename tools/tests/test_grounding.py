"""The notes in the prompt: Python renders them as src/engine/notes.ts does, and the training mix."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools.grounding import DEFAULT_CONTEXT, NOT_COVERED_ANSWER, fit_notes, render_notes, retrieve, training_mix

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "src" / "engine" / "__fixtures__" / "notes-render.json"


def test_render_matches_the_typescript_fixture():
    """notes.test.ts checks the same fixture against notes.ts: one string in both languages."""
    cases = json.loads(FIXTURE.read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 4
    for case in cases:
        assert render_notes(case["slot"], case["question"], case["notes"]) == case["rendered"], case["name"]


def test_placeholders_in_the_question_stay_as_typed():
    out = render_notes(DEFAULT_CONTEXT, "What is {notes} and {question}?", [{"title": "T", "text": "A {question} fact."}])
    assert out == "Notes:\n- A {question} fact.\n\nQuestion: What is {notes} and {question}?"
    assert render_notes(DEFAULT_CONTEXT, "Q?", []).endswith("(no notes match this question)\n\nQuestion: Q?")


def test_fit_keeps_best_first_within_count_and_budget():
    slot = {**DEFAULT_CONTEXT, "maxTokens": 10, "maxPassages": 2}
    notes = [{"title": "", "text": "one two three"}, {"title": "", "text": "x " * 20}, {"title": "", "text": "four"}]
    count = lambda text: len(text.split())
    # The second is over budget and skipped; the third is beyond maxPassages.
    assert [n["text"] for n in fit_notes(slot, count, notes)] == ["one two three"]


@dataclass
class P:
    id: str
    question: str
    answer: str
    topic: str


def test_training_mix_kinds():
    pairs = [P(f"t{i}", f"q{i}?", f"a{i}.", "physiology" if i % 2 else "nutrition-hydration") for i in range(20)]
    by_topic = {t: [{"id": f"{t}-{j}", "title": "T", "text": f"{t} fact {j}"} for j in range(2)]
                for t in ("physiology", "nutrition-hydration")}
    retrieved = {p.id: {"covered": i % 5 != 0, "sources": by_topic[p.topic]} for i, p in enumerate(pairs)}
    mix = training_mix(pairs, retrieved, DEFAULT_CONTEXT, lambda t: len(t.split()), [("off-1", "capital of France?")], {})
    kinds = [m.kind for m in mix]
    assert kinds.count("notes") == 16 and kinds.count("not-covered") == 5
    assert kinds.count("distractor") == 3 and kinds.count("plain") == 3
    answers = {p.id: p.answer for p in pairs}
    for m in mix:
        base = m.id.split("-")[0]
        if m.kind == "not-covered":
            assert m.answer == NOT_COVERED_ANSWER and "(no notes match" in m.question
        elif m.kind == "distractor":
            # Its own notes plus exactly one passage of the other topic, and the reference answer.
            topic = next(p.topic for p in pairs if p.id == base)
            foreign = [i for i in m.source_ids if not i.startswith(topic)]
            assert len(foreign) == 1 and len(m.source_ids) == 3 and m.answer == answers[base]
        else:
            assert m.answer == answers[base]
        if m.kind == "plain":
            assert "Notes:" not in m.question
        else:
            assert m.question.startswith("Notes:\n")


def test_retrieve_runs_the_apps_retrieval():
    got = retrieve([("a", "How much protein do I need per day?"), ("b", "What is the capital of France?")], 3)
    assert got["a"]["covered"] and got["a"]["sources"]
    assert not got["b"]["covered"] and got["b"]["sources"] == []

