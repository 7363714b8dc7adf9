"""Checks for data/eval-rubric.jsonl, the factual-correctness rubric of the held-out eval set.

The rubric must cover every eval item, every regex must compile, every reference answer must be
scored correct (the rubric accepts a right answer), and hand-written wrong answers must be caught.
"""

import json
import re
from pathlib import Path

import pytest

from tools.rubric import guarded, load_rubric, normalize, score_answer, score_file, score_result

DATA = Path(__file__).resolve().parents[2] / "data"
EVAL_PATH = DATA / "eval.jsonl"
RUBRIC_PATH = DATA / "eval-rubric.jsonl"

EVAL = [json.loads(line) for line in EVAL_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
RAW = [json.loads(line) for line in RUBRIC_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
RUBRIC = load_rubric(RUBRIC_PATH)

# Common misconceptions, one per item; each must be scored not correct.
WRONG_ANSWERS = {
    "eval-003": "VO2max measures your lung capacity.",
    "eval-004": "Yes, lactic acid builds up in your muscles and causes the soreness.",
    "eval-007": "Type I fibres are fast-twitch and produce high force but fatigue quickly.",
    "eval-008": "Cardiac output is heart rate plus stroke volume.",
    "eval-011": "A value of 1.0 means you are burning mostly fat and 0.7 means carbohydrate.",
    "eval-017": "Taper for 6-8 weeks and cut intensity.",
    "eval-019": "80% high intensity and 20% easy.",
    "eval-021": "A concentric contraction followed by an eccentric contraction.",
    "eval-025": "About 1.6-2.2 g of protein per kg per hour.",
    "eval-033": "Yes, drink as much as possible to avoid dehydration.",
    "eval-046": "Foam rolling breaks up scar tissue and flushes out lactic acid.",
    "eval-059": "Force increases as velocity increases.",
    "eval-060": "It is a first-class lever.",
    "eval-066": "Pulling in the arms reduces air resistance so the skater speeds up.",
    "eval-068": "Topspin makes the ball float and backspin makes it dip.",
    "eval-071": "More arousal always improves performance in a linear way.",
}

# Vague answers that name the topic but state no fact; each must lack a `must` fact.
VAGUE_ANSWERS = {
    "eval-005": "The lactate threshold is an important marker for endurance athletes.",
    "eval-042": "Heart rate variability is something athletes track to monitor their recovery.",
    "eval-058": "Running economy is very important for distance runners and can be trained.",
    "eval-066": "Because of physics: the skater's arms change how fast they spin.",
    "eval-074": "It says motivation matters a lot for athletes.",
}

# Correct answers worded unlike the references (other units, dashes, synonyms, negations near traps).
RIGHT_ANSWERS = {
    "eval-002": "It lasts about 10 seconds and takes around 3 minutes to fully recover.",
    "eval-007": "Type I (slow-twitch) fibres don't fatigue easily and, unlike type II fibres that produce high force, they rely on aerobic metabolism.",
    "eval-008": "Multiply heart rate by stroke volume: cardiac output = HR \u00d7 SV, around 5 L/min at rest.",
    "eval-011": "RER is the ratio of CO2 produced to O2 consumed. Around 0.7 means you're mainly burning fat; closer to 1.0 means mostly carbohydrate.",
    "eval-017": "Usually two to three weeks. It's not complete rest: cut mileage by about half and keep some intensity.",
    "eval-019": "About 80% of your training is easy, below the first threshold, and 20% is hard, with little moderate work.",
    "eval-025": "Roughly 1.6\u20132.2 grams per kilogram of body weight a day.",
    "eval-031": "Within about 2 hours is fine; don't stress about a 30-minute window, your daily total matters most.",
    "eval-045": "A cool, dark room; avoid a hot bedroom and use blackout curtains.",
    "eval-050": "No. Static stretching doesn't prevent injuries on its own, and long holds can reduce power, so warm up dynamically.",
    "eval-052": "Look for headache, confusion and dizziness. Remove the player straight away; they should not return the same day.",
    "eval-061": "Avoid landing stiff-legged: bend your knees and hips and don't let the knees cave inward.",
    "eval-071": "The relationship is not linear: performance peaks at a moderate level of arousal and falls off when arousal is too high.",
    "eval-078": "Usually yes - focusing on the ball or target rather than your arms improves learning.",
}


def test_rubric_covers_every_eval_item_in_order():
    assert [r["id"] for r in RAW] == [e["id"] for e in EVAL]
    assert list(RUBRIC) == [e["id"] for e in EVAL]


@pytest.mark.parametrize("raw", RAW, ids=lambda r: r["id"])
def test_entry_shape_and_regexes_compile(raw):
    assert set(raw) == {"id", "must", "wrong", "note"}
    assert 1 <= len(raw["must"]) <= 3
    assert 0 <= len(raw["wrong"]) <= 4
    assert isinstance(raw["note"], str) and raw["note"].strip()
    for fact in raw["must"]:
        assert isinstance(fact, list) and fact
        for pattern in fact:
            re.compile(pattern, re.IGNORECASE)
    for pattern in raw["wrong"]:
        re.compile(pattern, re.IGNORECASE)


@pytest.mark.parametrize("item", EVAL, ids=lambda e: e["id"])
def test_reference_answer_is_correct(item):
    result = score_answer(RUBRIC[item["id"]], item["answer"])
    assert result == {"correct": True, "missing": [], "wrong": []}


@pytest.mark.parametrize("item", EVAL, ids=lambda e: e["id"])
def test_echoing_the_question_is_not_correct(item):
    # A fact that the question alone satisfies would be a topic word, not substance.
    assert not score_answer(RUBRIC[item["id"]], item["question"])["correct"]


@pytest.mark.parametrize("item_id,answer", sorted(WRONG_ANSWERS.items()))
def test_wrong_answer_is_caught(item_id, answer):
    result = score_answer(RUBRIC[item_id], answer)
    assert not result["correct"]
    assert result["wrong"] or result["missing"]


@pytest.mark.parametrize("item_id,answer", sorted(VAGUE_ANSWERS.items()))
def test_vague_answer_lacks_a_fact(item_id, answer):
    result = score_answer(RUBRIC[item_id], answer)
    assert not result["correct"] and result["missing"]


@pytest.mark.parametrize("item_id,answer", sorted(RIGHT_ANSWERS.items()))
def test_reworded_right_answer_is_accepted(item_id, answer):
    assert score_answer(RUBRIC[item_id], answer) == {"correct": True, "missing": [], "wrong": []}


def test_specific_misconceptions_hit_wrong_patterns():
    # These must fail for the misconception itself, not only for a missing fact.
    for item_id in ("eval-004", "eval-008", "eval-019", "eval-021", "eval-060", "eval-068"):
        assert score_answer(RUBRIC[item_id], WRONG_ANSWERS[item_id])["wrong"], item_id


def test_normalize_unifies_typography():
    assert normalize("1.6\u20132.2\u00a0g  \u2019x\u2019 4\u00d74") == "1.6-2.2 g 'x' 4x4"


def test_score_file_on_references_and_on_a_mixed_file(tmp_path):
    report = score_file(EVAL_PATH, RUBRIC_PATH)
    assert (report["n"], report["correct"], report["accuracy"], report["unanswered"]) == (80, 80, 1.0, [])

    answers = tmp_path / "answers.jsonl"
    rows = [
        {"id": "eval-025", "text": "About 1.6 to 2.2 g per kg of body mass per day."},
        {"id": "eval-060", "text": WRONG_ANSWERS["eval-060"]},
    ]
    answers.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = score_file(answers, RUBRIC_PATH, key="text")
    assert (report["n"], report["correct"], report["accuracy"]) == (2, 1, 0.5)
    assert report["items"]["eval-025"]["correct"] and not report["items"]["eval-060"]["correct"]
    assert len(report["unanswered"]) == 78


GUARDED = load_rubric(RUBRIC_PATH, guard=True)


@pytest.mark.parametrize("item_id,answer", sorted(WRONG_ANSWERS.items()))
def test_guarded_rubric_still_catches_each_misconception(item_id, answer):
    # The guard skips a claim named to refute it, never one stated plainly.
    plain, guard = score_answer(RUBRIC[item_id], answer), score_answer(GUARDED[item_id], answer)
    assert (guard["correct"], guard["missing"], len(guard["wrong"])) == (False, plain["missing"], len(plain["wrong"]))


@pytest.mark.parametrize("item", EVAL, ids=lambda e: e["id"])
def test_guarded_rubric_accepts_each_reference_answer(item):
    assert score_answer(GUARDED[item["id"]], item["answer"])["correct"]


def test_guard_skips_a_refuted_claim_and_keeps_a_stated_one():
    claim = r"(?:breaks?|breaking)\s+up\s+scar tissue"
    g = re.compile(guarded(claim), re.IGNORECASE)
    assert g.search("Rest first. Foam rolling breaks up scar tissue.")
    assert g.search("Foam rolling breaks up scar tissue, so roll daily.")
    assert not g.search("Foam rolling is unlikely to break up scar tissue.")
    assert not g.search("Some people believe foam rolling breaks up scar tissue, but the forces are too small.")
    assert not g.search("That foam rolling breaks up scar tissue is a myth.")
    # A refuting word in the sentence before does not shield the next sentence's claim.
    assert g.search("It is not a stretch. Foam rolling breaks up scar tissue.")
    # Anchored patterns and patterns that carry the guard already stay as they are.
    assert guarded(r"^\W*no\b") == r"^\W*no\b"
    assert guarded(guarded(claim)) == guarded(claim)


def test_guarded_scoring_of_an_evaluation_result(tmp_path):
    refuted = "Some people believe they can train themselves to need only 5-6 hours of sleep; adults need at least 7-9 hours."
    result = tmp_path / "result.json"
    items = [{"id": "eval-036", "answer": refuted}, {"id": "eval-046", "answer": WRONG_ANSWERS["eval-046"]}]
    result.write_text(json.dumps({"models": {"m": {"items": items}}}), encoding="utf-8")
    plain = score_result(result, RUBRIC_PATH)["m"]
    guard = score_result(result, RUBRIC_PATH, guard=True)["m"]
    assert (plain["correct"], guard["correct"]) == (0, 1)
    assert guard["items"]["eval-036"]["correct"] and not guard["items"]["eval-046"]["correct"]


def test_evaluation_reports_both_figures():
    from tools.evaluate import factual_scores

    refuted = "Adults need at least 7-9 hours, although some believe they can train themselves to need only 5-6 hours."
    rows = [{"id": "eval-036", "answer": refuted}, {"id": "eval-025", "answer": "About 1.6-2.2 g per kg of body mass per day."}]
    out = factual_scores(rows)
    assert (out["factuallyCorrect"], out["factuallyCorrectGuarded"], out["wrongClaims"]) == (0.5, 1.0, 0.5)
