"""tools.evaluate: the answer scores, the per-model evaluation loop (with a stand-in model), and
the GGUF worker protocol (with a stand-in worker, so llama-cpp-python is not needed here)."""

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from tools import evaluate as ev


def test_words_keep_units_and_numbers_whole():
    assert ev.words("VO2max: 50 ml/kg/min, about 1.2 g/kg, 10-15 s!") == [
        "vo2max", "50", "ml/kg/min", "about", "1.2", "g/kg", "10-15", "s"]


def test_keyword_recall_matches_whole_words_in_order():
    answer = "The oxidative system and glycolysis supply energy for about 10 seconds."
    assert ev.keyword_recall(answer, ["oxidative", "glycolysis", "10 seconds", "sprint"]) == 0.75
    assert ev.keyword_recall("oxidatively", ["oxidative"]) == 0.0
    assert ev.keyword_recall("anything", []) == 0.0


def test_rouge_l():
    assert ev.rouge_l("the cat sat", "the cat sat") == pytest.approx(1.0)
    assert ev.rouge_l("", "the cat") == 0.0
    # LCS "the sat" = 2 of 3 and 2 of 4 words.
    assert ev.rouge_l("the dog sat", "the cat sat down") == pytest.approx(2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))


def test_next_token_stats():
    logits = np.log(np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.3, 0.4]]))
    argmax, lp = ev.next_token_stats(logits, [0, 2, 1])
    assert argmax == [0, 2, 2]
    assert lp == pytest.approx([np.log(0.1), np.log(0.1)])


def test_cut_at_stop():
    assert ev.cut_at_stop([5, 6, 2, 7], {2}) == [5, 6]
    assert ev.cut_at_stop([5, 6], {2}) == [5, 6]


class Bigram:
    """A stand-in model: the next token is (token + shift) % vocab, with probability 0.9."""

    def __init__(self, name, shift=1, vocab=10):
        self.name, self.shift, self.vocab = name, shift, vocab

    def logits(self, ids):
        out = np.full((len(ids), self.vocab), np.log(0.1 / (self.vocab - 1)))
        for i, t in enumerate(ids):
            out[i, (t + self.shift) % self.vocab] = np.log(0.9)
        return out

    def score(self, ids):
        return ev.next_token_stats(self.logits(ids), ids)

    def greedy(self, prompt, max_new, stop_ids, rules=None):
        tokens = []
        last = prompt[-1]
        while len(tokens) < max_new:
            last = ev._choose(rules, self.logits([last])[0], prompt, tokens)
            tokens.append(last)
            if last in stop_ids:
                break
        return tokens


def test_evaluate_model_against_reference():
    items = [ev.Item("a", "q", "one two", ["one"], prompt=[1, 2], answer_ids=[3, 4]),
             ev.Item("b", "q", "three", ["three"], prompt=[5], answer_ids=[6])]
    names = {3: "one", 4: "two", 5: "five", 6: "three", 7: "seven", 8: "eight", 9: "nine", 0: "zero"}
    decode = lambda ts: " ".join(names.get(t, "?") for t in ts)  # noqa: E731
    ref = ev.evaluate_model(Bigram("ref"), items, decode, {9}, 3, None, log=lambda m: None)
    assert ref["greedyAgreement"] == 1.0
    assert ref["meanNll"] == pytest.approx(-np.log(0.9))
    assert [r["tokens"] for r in ref["items"]] == [[3, 4, 5], [6, 7, 8]]
    assert ref["items"][0]["answer"] == "one two five"
    assert ref["keywordRecall"] == 1.0
    reference = {r["id"]: r["tokens"] for r in ref["items"]}
    other = ev.evaluate_model(Bigram("other", shift=2), items, decode, {9}, 3, reference, log=lambda m: None)
    assert other["greedyAgreement"] == 0.0
    assert other["identicalAnswers"] == 0.0
    assert other["meanNll"] > ref["meanNll"]


FAKE_WORKER = """
import json, sys
for line in sys.stdin:
    req = json.loads(line)
    if req["op"] == "info":
        out = {"llama_cpp_python": "fake"}
    elif req["op"] == "score":
        out = {"argmax": [(t + 1) % 10 for t in req["ids"]], "logprobs": [-0.1] * (len(req["ids"]) - 1)}
    else:
        out = {"tokens": [(req["prompt"][-1] + 1) % 10]}
    print(json.dumps(out), flush=True)
"""


def test_gguf_model_speaks_the_worker_protocol(tmp_path, monkeypatch):
    fake = tmp_path / "fake_worker.py"
    fake.write_text(FAKE_WORKER)
    # GgufModel runs `<python> evaluate.py --gguf-worker FILE`; point it at the stand-in instead.
    monkeypatch.setattr(ev, "__file__", str(fake))
    model = ev.GgufModel("gguf-fake", tmp_path / "m.gguf", sys.executable, threads=1)
    try:
        assert model.info == {"llama_cpp_python": "fake"}
        assert model.score([1, 2, 3]) == ([2, 3, 4], [-0.1, -0.1])
        assert model.greedy([4], 5, {9}) == [5]
    finally:
        model.close()


def test_gguf_worker_mode_needs_only_numpy_and_llama_cpp():
    """The worker runs in another venv: importing this file must not pull in torch or tools."""
    source = Path(ev.__file__).read_text()
    top_level = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    assert all(not any(heavy in line for heavy in ("torch", "onnx", "transformers", "tokenizers", " .", "tools"))
               for line in top_level), top_level
    assert json.loads(json.dumps({"ok": True}))


def test_score_only_skips_answers():
    items = [ev.Item("a", "q", "one", ["one"], prompt=[1, 2], answer_ids=[3])]
    reference = {"a": [3, 4, 5]}
    r = ev.evaluate_model(Bigram("other"), items, str, {9}, 3, reference, log=lambda m: None, generate=False)
    assert r["greedyAgreement"] == 1.0
    assert r["keywordRecall"] is None and r["identicalAnswers"] is None and r["meanAnswerTokens"] is None
    assert "tokens" not in r["items"][0]


def test_answers_follow_the_package_rules_as_the_app():
    """With a no-repeat rule of 2 the bigram stand-in cannot cycle 2 -> 3 -> ... -> 2 -> 3 again;
    with a strong repetition penalty it avoids the prompt's own tokens."""
    from tools.decoding import LogitRules

    loop = Bigram("m", vocab=4)
    assert loop.greedy([1], 6, set()) == [2, 3, 0, 1, 2, 3]
    no_repeat = loop.greedy([1], 6, set(), LogitRules(no_repeat_ngram=2))
    pairs = list(zip(no_repeat, no_repeat[1:]))
    assert len(pairs) == len(set(pairs)) and no_repeat[:4] == [2, 3, 0, 1]
    # After 3 the stand-in wants 4, a prompt token: a heavy penalty turns it to the first unseen one.
    assert Bigram("m").greedy([4, 3], 1, set()) == [4]
    assert Bigram("m").greedy([4, 3], 1, set(), LogitRules(repetition_penalty=100.0)) == [0]


def test_no_repeat_rule_matches_the_typescript_fixture():
    """sampler.test.ts checks the same cases against banRepeatedNgrams: one rule in both languages."""
    import json
    from pathlib import Path

    from tools.decoding import ban_repeated_ngrams

    fixture = Path(__file__).resolve().parents[2] / "src" / "engine" / "__fixtures__" / "no-repeat-ngram.json"
    cases = json.loads(fixture.read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 6
    for case in cases:
        logits = np.linspace(-1.5, 1.0, case["vocab"]).astype(np.float32)
        ban_repeated_ngrams(logits, case["answer"], case["size"])
        assert [i for i in range(case["vocab"]) if np.isneginf(logits[i])] == case["banned"], case["name"]


def test_a_question_asked_with_no_notes_quotes_the_packages_not_covered_answer():
    """As the app: notes [] (retrieval found none) -> the slot's notCovered is quoted; notes None
    (asked without notes) -> the package's own rules, the model's own words."""
    from tokenizers import Tokenizer

    from tools.grounding import DEFAULT_CONTEXT, NOT_COVERED_ANSWER
    from tools.quoting import SnapRule

    root = Path(__file__).resolve().parents[2]
    tok = Tokenizer.from_file(str(root / "public" / "models" / "tiny-gpt2-random" / "tokenizer.json"))
    quoted = ev.QuotedNotes(tok, {0}, None, "", "snap", DEFAULT_CONTEXT)
    item = lambda notes: ev.Item("q", "What is the capital of France?", "", [], [1], [], notes)
    rule = quoted.for_item(item([]))
    assert isinstance(rule, SnapRule) and " ".join(rule.texts) == NOT_COVERED_ANSWER
    assert quoted.for_item(item(None)) is None
    assert ev.QuotedNotes(tok, {0}, None, "", "snap").for_item(item([])) is None  # a package without it
