"""The notes in the prompt: Python renders them as src/engine/notes.ts does, and the training mix."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools.grounding import (DEFAULT_CONTEXT, NOT_COVERED_ANSWER, answer_support, fit_notes, grounded_target, render_notes,
                             retrieve, training_mix)

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
    # Answers 0-9 are held by their notes, 10-14 only partly (-> the related passage), 15-19 not at
    # all (-> learnt without notes only).
    def answer(i, topic):
        if i < 10:
            return f"{topic} fact {i % 2} holds."
        return f"{topic} fact plus unrelated words here and there {i}." if i < 15 else f"nothing shared {i}."
    pairs = [P(f"t{i}", f"q{i}?", answer(i, "physiology" if i % 2 else "nutrition"), "physiology" if i % 2 else "nutrition")
             for i in range(20)]
    by_topic = {t: [{"id": f"{t}-{j}", "title": "T", "text": f"{t} fact {j}"} for j in range(2)]
                for t in ("physiology", "nutrition")}
    retrieved = {p.id: {"covered": i % 5 != 0, "sources": by_topic[p.topic]} for i, p in enumerate(pairs)}
    mix = training_mix(pairs, retrieved, DEFAULT_CONTEXT, lambda t: len(t.split()), [("off-1", "capital of France?")], {})
    kinds = [m.kind for m in mix]
    # Not covered: t0, t5, t10, t15 and the off-topic one; held: 8 of t1-t9; related: t11-t14.
    assert kinds.count("not-covered") == 5 and kinds.count("notes") == 8 and kinds.count("from-notes") == 4
    # 15 % of 20 again with a distractor, 15 % of the held ones again without notes, plus t16-t19.
    assert kinds.count("distractor") == 3 and kinds.count("plain") == 3 + 4
    pair = {p.id: p for p in pairs}
    for m in mix:
        base = m.id.split("-")[0]
        if m.kind == "not-covered":
            assert m.answer == NOT_COVERED_ANSWER and "(no notes match" in m.question
        elif m.kind == "plain":
            assert "Notes:" not in m.question and m.answer == pair[base].answer
        else:
            assert m.question.startswith("Notes:\n")
            # Whatever is asked with notes is answered with words the notes hold.
            assert answer_support(m.answer, [{"text": f"{t} fact {j}"} for t in by_topic for j in range(2)]) >= 0.6
        if m.kind == "distractor":
            foreign = [i for i in m.source_ids if not i.startswith(pair[base].topic)]
            assert len(foreign) == 1 and len(m.source_ids) == 3
        if m.kind == "from-notes":
            assert m.answer == f"{pair[base].topic} fact 0 {pair[base].topic} fact 1"
    assert {m.id for m in mix if m.kind == "plain"} >= {f"t{i}-plain" for i in (16, 17, 18, 19)}


def test_grounded_target():
    notes = [{"text": "Rest 2-3 minutes between heavy sets."}, {"text": "Creatine raises muscle phosphocreatine."}]
    assert grounded_target("Rest about 2-3 minutes between heavy sets.", notes) == ("Rest about 2-3 minutes between heavy sets.", "notes")
    # A number the notes do not hold makes the answer unheld, whatever else matches.
    assert answer_support("Rest 5 minutes between heavy sets.", notes) == 0.0
    assert grounded_target("Rest 5 minutes between heavy sets.", notes) == ("Rest 2-3 minutes between heavy sets.", "from-notes")
    assert grounded_target("Sleep eight hours a night.", notes) is None


def test_retrieve_runs_the_apps_retrieval():
    got = retrieve([("a", "How much protein do I need per day?"), ("b", "What is the capital of France?")], 3)
    assert got["a"]["covered"] and got["a"]["sources"]
    assert not got["b"]["covered"] and got["b"]["sources"] == []


def test_the_not_covered_target_is_the_slots_answer_the_app_quotes():
    pairs = [P("q1", "What is X?", "X is Y.", "physiology")]
    retrieved = {"q1": {"covered": False, "sources": []}}
    slot = {**DEFAULT_CONTEXT, "notCovered": "Not in my notes."}
    mix = training_mix(pairs, retrieved, slot, lambda t: len(t.split()), [("off-1", "capital of France?")], {})
    assert {m.answer for m in mix if m.kind == "not-covered"} == {"Not in my notes."}
