"""Answers quoted from the notes: the rule pinned by the fixture quoting.ts is tested against too."""

import json
from pathlib import Path

import numpy as np

from tools.decoding import LogitRules
from tools.grounding import DEFAULT_CONTEXT, NOT_COVERED_ANSWER
from tools.quoting import (QuoteRule, SnapRule, fill_allowed, mean_log_prob, note_passages, note_sentences,
                           passage_quote, quotable, snap, split_sentences)

FIXTURE = Path(__file__).resolve().parents[2] / "src" / "engine" / "__fixtures__" / "quoting.json"
CASES = json.loads(FIXTURE.read_text(encoding="utf-8"))


def rule(rules=None) -> QuoteRule:
    t = CASES["table"]
    return QuoteRule(t["first"], t["later"], frozenset(t["stop"]), rules)


def test_an_answer_asked_with_no_notes_quotes_the_answer_the_model_was_trained_to_give_there():
    notes = [{"text": "Sleep 7-9 hours.", "score": 2.0}]
    assert DEFAULT_CONTEXT["notCovered"] == NOT_COVERED_ANSWER  # the training target and the manifest agree
    assert quotable(DEFAULT_CONTEXT, notes) == notes
    assert quotable(DEFAULT_CONTEXT, []) == [{"text": NOT_COVERED_ANSWER}]
    assert quotable(DEFAULT_CONTEXT, None) == []  # asked without notes: the model's own words
    assert quotable({k: v for k, v in DEFAULT_CONTEXT.items() if k != "notCovered"}, []) == []
    assert quotable(None, []) == []


def test_token_by_token_a_stop_the_fill_rule_goes_on_from_becomes_the_next_passage_as_the_fixture_says():
    t, fills = CASES["table"], CASES["tokenFills"]
    rule = QuoteRule(t["first"], t["later"], frozenset(t["stop"]), None, fills["passages"], fills["strong"])
    for case in fills["cases"]:
        assert rule.fill(case["answer"]) == case["fill"], case["name"]
    # The model's stop after one passage is replaced, after two when a strong one is next; after three
    # with none left, or two with a weak one next, it stands.
    stop_first = np.zeros(200, dtype=np.float32)
    stop_first[t["stop"][0]] = 9.0
    assert rule.choose(stop_first, [], [10, 11, 12]) == 130
    assert rule.choose(stop_first, [], [10, 11, 12, 130, 131, 132]) == 130
    assert rule.choose(stop_first, [], [10, 11, 12, 130, 131, 132, 130, 135, 136]) == t["stop"][0]
    assert rule.choose(stop_first, [], [30, 35, 36, 110, 111, 112, 120, 21]) == t["stop"][0]


def test_fill_rule_at_least_two_passages_then_strong_ones_up_to_four():
    assert [fill_allowed(q, False) for q in range(5)] == [True, True, False, False, False]
    assert [fill_allowed(q, True) for q in range(5)] == [True, True, True, True, False]


def test_sentences_split_as_the_fixture_says():
    for case in CASES["split"]:
        assert split_sentences(case["text"]) == case["sentences"], case["text"]


def test_allowed_tokens_follow_the_fixture():
    r = rule()
    for walk in CASES["walks"]:
        assert sorted(r.allowed(walk["answer"])) == walk["allowed"], walk["name"]


def test_repeated_sentences_across_passages_are_offered_once():
    notes = [{"text": "Sleep 7-9 hours. Naps help."}, {"text": "Naps help. Caffeine late hurts sleep."}]
    assert note_sentences(notes) == ["Sleep 7-9 hours.", "Naps help.", "Caffeine late hurts sleep."]


def test_choose_takes_the_best_allowed_token_not_the_best_token():
    logits = np.zeros(200, dtype=np.float32)
    logits[99] = 9.0  # best overall, but no sentence has it
    logits[20], logits[30] = 2.0, 1.0
    assert rule().choose(logits, [], []) == 20
    logits[1] = 5.0  # a stop: not before the first sentence
    assert rule().choose(logits, [], []) == 20
    assert rule().choose(logits, [], [20, 21]) == 1


def test_when_the_no_repeat_rule_bans_every_allowed_token_the_quote_goes_on():
    # The second sentence repeats the run 10 11 of the first: the ban would leave nothing.
    r = QuoteRule([[10, 11, 12], [5, 10, 11]], [[9, 10, 11, 12], [5, 10, 11]], frozenset([1]), LogitRules(1.0, 2))
    logits = np.zeros(20, dtype=np.float32)
    logits[1] = 3.0
    assert r.allowed([10, 11, 12, 5, 10]) == {11}
    assert r.choose(logits, [], [10, 11, 12, 5, 10]) == 11


def test_snap_picks_the_closest_unused_sentence_as_the_fixture_says():
    for case in CASES["closest"]:
        assert snap(case["own"], case["sentences"], set(case["used"])) == case["closest"], case["own"]


class _Tok:
    """Whole words as tokens: id = index in a fixed vocabulary."""

    def __init__(self, words):
        self.words = words

    def encode(self, text, add_special_tokens=False):
        class E:
            pass

        e = E()
        e.ids = [self.words.index(w) for w in text.replace(" ", " _").split(" ") if w]
        return e

    def decode(self, ids):
        return "".join(" " + self.words[i][1:] if self.words[i].startswith("_") else self.words[i] for i in ids)


def test_snapped_answer_quotes_what_the_model_says_then_stops_where_it_stops():
    words = ["<stop>", "Rest", "long.", "_Rest", "_long.", "Sleep", "well.", "_Sleep", "_well.", "Nap", "_Nap", "_more."]
    tok = _Tok(words)
    notes = [{"text": "Sleep well."}, {"text": "Rest long."}]
    rule = SnapRule.of(tok, notes, {0}, min_passages=1)  # the model's choice alone (the second passage: below)
    # The model says "Nap more." (not a note), then " Rest long.", then stops.
    script = {(): 9, (9,): 11, (9, 11): 3, (9, 11, 3): 4, (9, 11, 3, 4): 0}
    fed: list[list[int]] = []

    def step(ids, past):
        fed.append(list(ids))
        return _logits_for(script.get(tuple(past + ids), 0), len(words)), past + ids

    # Free "Nap more." shares nothing with the notes: the first sentence falls back to the first note.
    first = rule.answer(step, [], _logits_for(9, len(words)), [], 50)
    assert tok.decode(first[:-1]) == "Sleep well."
    assert first[-1] == 0


def _logits_for(token: int, size: int) -> np.ndarray:
    row = np.zeros(size, dtype=np.float32)
    row[token] = 5.0
    return row


def test_note_passages_as_the_fixture_says():
    for case in CASES["passages"]:
        assert note_passages([{"text": t} for t in case["notes"]]) == case["passages"], case["name"]


def test_a_choice_quotes_its_whole_passage_as_the_fixture_says():
    for case in CASES["passageQuote"]:
        assert passage_quote(case["chosen"], case["passages"], set(case["used"])) == case["quote"], case["name"]


def test_snapped_answer_quotes_the_whole_passage_of_the_chosen_sentence():
    case = CASES["snapped"]
    words = case["words"]
    tok = _Tok(words)
    stop = words.index(case["stop"])
    rule = SnapRule.of(tok, [{"text": t} for t in case["notes"]], {stop})
    script = {tuple(words.index(w) for w in s["after"]): words.index(s["next"]) for s in case["script"]}

    def step(ids, past):
        return _logits_for(script.get(tuple(past + ids), stop), len(words)), past + ids

    answer = rule.answer(step, [], _logits_for(script[()], len(words)), [], 50)
    assert tok.decode(answer[:-1]) == case["answer"], case["name"]
    assert answer[-1] == stop


def test_answer_the_model_ends_on_one_passage_goes_on_with_the_next_in_the_notes_order():
    case = CASES["filled"]
    words = case["words"]
    tok = _Tok(words)
    stop = words.index(case["stop"])
    script = {tuple(words.index(w) for w in s["after"]): words.index(s["next"]) for s in case["script"]}

    def step(ids, past):
        assert ids, "a step with no tokens"
        return _logits_for(script.get(tuple(past + ids), stop), len(words)), past + ids

    def answer(notes, max_new=50, scores=case["scores"]):
        rule = SnapRule.of(tok, [{"text": t, "score": s} for t, s in zip(notes, scores)], {stop})
        return rule.answer(step, [], _logits_for(script[()], len(words)), [], max_new)

    filled = answer(case["notes"])
    assert tok.decode(filled[:-1]) == case["answer"] and filled[-1] == stop
    # A third passage scoring under 0.3 of the best does not follow, nor a fourth; never a fifth.
    assert tok.decode(answer(case["notes"], scores=case["weakScores"])[:-1]) == case["answerWithTwoPassages"]
    assert tok.decode(answer(case["notes"], scores=case["weakFourthScores"])[:-1]) == case["answerWithThreePassages"]
    assert tok.decode(answer(case["notes"][:2], scores=case["scores"][:2])[:-1]) == case["answerWithTwoPassages"]
    assert tok.decode(answer(case["notes"][1:2], scores=case["scores"][1:2])[:-1]) == case["answerWithOnePassage"]
    # An answer already at its limit gets no further passage.
    assert tok.decode(answer(case["notes"], max_new=4)[:-1]) == case["answerWithOnePassage"]
    assert tok.decode(answer(case["notes"], max_new=6)[:-1]) == case["answerWithTwoPassages"]


def test_mean_log_prob_is_per_token_given_the_state():
    def step(ids, past):
        return np.log([0.5, 0.25, 0.25]), past + ids

    assert np.isclose(mean_log_prob(step, np.log([0.5, 0.5, 1e-300]), [], [0, 1]), (np.log(0.5) + np.log(0.25)) / 2)


def test_likelihood_choice_quotes_the_passage_whose_first_sentence_the_model_scores_highest():
    words = ["<stop>", "Sleep", "well.", "_Sleep", "_well.", "Rest", "long.", "_Rest", "_long.", "Nap", "_Nap", "_more."]
    tok = _Tok(words)
    notes = [{"text": "Sleep well."}, {"text": "Rest long. Nap more."}]
    # Greedy, the model would write "Sleep well." and stop; per token it finds "Rest long." likelier
    # (log 0.36 + log 1.0 against log 0.60 + log 0.40).
    rows = {(): {1: 5.0, 5: 4.5}, (1,): {4: 2.0}, (5,): {8: 20.0}}
    fed: list[list[int]] = []

    def step(ids, past):
        fed.append(list(ids))
        row = np.zeros(len(words), dtype=np.float32)
        for t, v in rows.get(tuple(past + ids), {0: 5.0}).items():
            row[t] = v
        return row, past + ids

    start, _ = step([], [])
    snapped = SnapRule.of(tok, notes, {0}, min_passages=1).answer(step, [], start, [], 50)
    assert tok.decode(snapped[:-1]) == "Sleep well."
    fed.clear()
    chosen = SnapRule.of(tok, notes, {0}, first_choice="likelihood", min_passages=1).answer(step, [], start, [], 50)
    assert tok.decode(chosen[:-1]) == "Rest long. Nap more."
    assert chosen[-1] == 0
    # Each passage's first sentence scored from the prompt's cache, one token at a time.
    assert fed[:2] == [[1], [5]]


def test_short_answers_end_on_two_passages_by_lookahead_and_token_by_token_as_the_fixture_says():
    case = CASES["short"]
    words = case["words"]
    tok = _Tok(words)
    stop = words.index(case["stop"])
    notes = [{"text": t, "score": s} for t, s in zip(case["notes"], case["scores"])]
    script = {tuple(words.index(w) for w in s["after"]): words.index(s["next"]) for s in case["script"]}

    def step(ids, past):
        return _logits_for(script.get(tuple(past + ids), stop), len(words)), past + ids

    def snapped(short):
        return SnapRule.of(tok, notes, {stop}, short=short).answer(step, [], _logits_for(script[()], len(words)), [], 50)

    def token_by_token(short):
        rule = QuoteRule.of(tok, notes, {stop}, short=short)
        answer: list[int] = []
        while len(answer) < 50:
            t = rule.choose(_logits_for(script.get(tuple(answer), stop), len(words)), [], answer)
            answer.append(t)
            if t == stop:
                break
        return answer

    for run in (snapped, token_by_token):
        full, short = run(False), run(True)
        assert tok.decode(full[:-1]) == case["answer"] and full[-1] == stop, run.__name__
        assert tok.decode(short[:-1]) == case["shortAnswer"] and short[-1] == stop, run.__name__
