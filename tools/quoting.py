"""Answers quoted from the notes: greedy decoding where every answer is whole sentences of the
passages the model was given, chosen and ordered by the model (src/engine/quoting.ts is the app's
side). The model then cannot splice one passage's number into another's sentence, the failure
read in the grounded answers (docs/grounding.md "Quoted answers").

Two rules, as the app has them: SnapRule (the app's default on WASM) lets the model write each
sentence ahead in its own words and puts the whole passage of the closest unused note sentence in
its place (its sentences not yet quoted: a passage states one fact with its qualifiers); QuoteRule
(WebGPU) only allows tokens that continue a sentence the answer has started, or, between sentences,
the first token of a sentence not yet quoted or a stop token (never before the first).

    python -m tools.quoting RESULT.json ...   answers with a sentence beyond their notes
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# A sentence ends at . ! or ? followed by a space and a capital or digit ("e.g. the" stays whole,
# "1.6 g" has no space after its point).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
# A piece ending in one of these continues ("e.g. 20 seconds").
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|vs|approx|cf|ca|Dr|St|No|Fig)\.)$", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for piece in (p.strip() for p in _SENTENCE_END.split(text.strip())):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def encoded_sentences(tokenizer, notes: list[dict], answer_prefix: str = "") -> tuple[list[str], list[list[int]], list[list[int]]]:
    """The notes' sentences, and their ids as an answer's first sentence and after another one
    (with the leading space); `answer_prefix`: what a plain template's answer starts with."""
    texts = note_sentences(notes)
    encode = lambda s: tokenizer.encode(s, add_special_tokens=False).ids
    return texts, [encode(answer_prefix + s) for s in texts], [encode(" " + s) for s in texts]


def quotable(slot: dict | None, notes: list[dict] | None) -> list[dict]:
    """What an answer quotes (quoting.ts quotable): the notes given, or, asked with none ([]), the
    answer the package was trained to give there (the slot's notCovered), so no guess stands in."""
    if notes is None or notes or not (slot or {}).get("notCovered"):
        return notes or []
    return [{"text": slot["notCovered"]}]


def note_sentences(notes: list[dict]) -> list[str]:
    """The sentences of the passages, in the order given, each once."""
    seen: dict[str, None] = {}
    for n in notes:
        for s in split_sentences(n["text"]):
            seen.setdefault(s, None)
    return list(seen)


def note_passages(notes: list[dict]) -> list[list[int]]:
    """Per passage, its sentences as indices into note_sentences(notes), in the passage's order; a
    sentence repeated across passages is in each of them (quoting.ts `notePassages`)."""
    index = {s: i for i, s in enumerate(note_sentences(notes))}
    return [list(dict.fromkeys(index[s] for s in split_sentences(n["text"]))) for n in notes]


def passage_quote(chosen: int, passages: list[list[int]], used: set[int]) -> list[int]:
    """What a choice of sentence `chosen` quotes: the sentences of the first passage holding it that
    are not yet used, in the passage's order ([chosen] when no passage holds it)."""
    passage = next((p for p in passages if chosen in p), None)
    return [i for i in passage if i not in used] if passage is not None else [chosen]


# An answer quotes at least this many passages when the notes hold them (quoting.ts MIN_QUOTED_PASSAGES),
# and up to MAX_FILLED_PASSAGES when the next is a strong match: its retrieval score at least
# STRONG_SHARE of the best given (quoting.ts `nextFill`).
MIN_QUOTED_PASSAGES = 2
MAX_FILLED_PASSAGES = 4
STRONG_SHARE = 0.3  # quoting.ts STRONG_SHARE, chosen on the dev and quiz rubrics
# Short answers (quoting.ts SHORT_ANSWER_PASSAGES): two passages, none added past them nor chosen by the model.
SHORT_ANSWER_PASSAGES = MIN_QUOTED_PASSAGES


def strong_notes(notes: list[dict]) -> list[bool]:
    """Per note, whether its retrieval score is at least STRONG_SHARE of the best one's (quoting.ts
    `strongNotes`; False without scores)."""
    best = max([n.get("score") or 0 for n in notes], default=0)
    return [best > 0 and n.get("score") is not None and n["score"] >= STRONG_SHARE * best for n in notes]


def fill_allowed(quoted: int, strong: bool, min_passages: int = MIN_QUOTED_PASSAGES,
                 max_passages: int = MAX_FILLED_PASSAGES) -> bool:
    """Whether an answer with `quoted` passages goes on with the next one in order (`strong`: that
    passage's strength)."""
    return quoted < min_passages or (quoted < max_passages and strong)


@dataclass
class QuoteRule:
    """Wraps the package's logit rules (tools.decoding.LogitRules) for one question's notes."""

    first: list[list[int]]  # each sentence's ids as the answer's first sentence
    later: list[list[int]]  # the same sentence after another one (with its leading space)
    stop_ids: frozenset[int]
    rules: object = None
    passages: list[list[int]] | None = None  # note_passages; None: no further passage is asked for
    strong: list[bool] | None = None  # strong_notes: which passages may follow beyond MIN_QUOTED_PASSAGES
    most: int = MAX_FILLED_PASSAGES  # the most passages an answer is filled to
    cap: float = float("inf")  # the most passages an answer quotes at all (short answers)

    @classmethod
    def of(cls, tokenizer, notes: list[dict], stop_ids, rules=None, answer_prefix: str = "",
           short: bool = False) -> "QuoteRule":
        _, first, later = encoded_sentences(tokenizer, notes, answer_prefix)
        limit = SHORT_ANSWER_PASSAGES if short else None
        return cls(first, later, frozenset(stop_ids), rules, note_passages(notes), strong_notes(notes),
                   most=limit or MAX_FILLED_PASSAGES, cap=limit or float("inf"))

    def quoted(self, answer: list[int], at: int = 0, used: tuple[int, ...] = ()) -> list[int] | None:
        """The sentences `answer` is made of, in order, when it ends where a sentence ends; else None."""
        if at == len(answer):
            return list(used) if at > 0 else None
        for i, ids in enumerate(self.first if at == 0 else self.later):
            if i not in used and answer[at:at + len(ids)] == ids:
                found = self.quoted(answer, at + len(ids), used + (i,))
                if found is not None:
                    return found
        return None

    def fill(self, answer: list[int]) -> int | None:
        """Where the model would end an answer the fill rule (`fill_allowed`) would go on: the first
        token of the first unused sentence of the first passage not yet quoted, in the notes' order
        (quoting.ts `fillToken`); None when the answer may end."""
        said = self.quoted(answer) if self.passages else None
        if said is None:
            return None
        touched = sum(1 for p in self.passages if set(p) & set(said))
        k = next((k for k, p in enumerate(self.passages) if not set(p) & set(said) and set(p) - set(said)), None)
        if k is None or not fill_allowed(touched, bool(self.strong and self.strong[k]), max_passages=self.most):
            return None
        return self.later[next(i for i in self.passages[k] if i not in said)][0]

    def allowed(self, answer: list[int]) -> set[int]:
        """Token ids the next step may take after `answer` (empty: the answer left the notes)."""
        return self._walk(answer, 0, frozenset())

    def _walk(self, answer: list[int], at: int, used: frozenset[int]) -> set[int]:
        table, rest = (self.first if at == 0 else self.later), answer[at:]
        out: set[int] = set(self.stop_ids) if at > 0 and not rest else set()
        # At the cap (short answers), only sentences of passages the answer has begun may start.
        touched = [] if self.cap == float("inf") else [p for p in self.passages or [] if used & set(p)]
        capped = len(touched) >= self.cap
        for i, ids in enumerate(table):
            if i in used or ids[:len(rest)] != rest[:len(ids)]:
                continue
            if capped and not any(i in p for p in touched):
                continue
            if len(rest) < len(ids):
                out.add(ids[len(rest)])
            else:
                out |= self._walk(answer, at + len(ids), used | {i})
        return out

    def choose(self, logits: np.ndarray, prompt: list[int], answer: list[int]) -> int:
        """The greedy token among the allowed ones, after the package's rules (as quoting.ts `mask`
        then sampler.ts): when the no-repeat rule bans every allowed token, the penalty alone decides."""
        from .decoding import apply_repetition_penalty, ban_repeated_ngrams

        ids = np.array(sorted(self.allowed(answer) or self.stop_ids), dtype=np.int64)
        row = np.array(logits, dtype=np.float32)
        if self.rules is not None:
            apply_repetition_penalty(row, set(prompt) | set(answer), self.rules.repetition_penalty)
        banned = row.copy()
        if self.rules is not None:
            ban_repeated_ngrams(banned, answer, self.rules.no_repeat_ngram)
        pick = banned[ids] if np.isfinite(banned[ids]).any() else row[ids]
        chosen = int(ids[int(np.argmax(pick))])
        if chosen in self.stop_ids:  # too early to end: the next passage begins
            nxt = self.fill(answer)
            chosen = chosen if nxt is None else nxt
        return chosen


def beyond_notes(answer: str, notes: list[dict]) -> list[str]:
    """The answer's sentences its notes do not hold (tools.grounding.answer_support under
    MIN_ANSWER_SUPPORT: a number they lack, or fewer than 60 % of its content words): what a
    reader would have to check elsewhere. A quoted answer has none, short of a cut last sentence."""
    from .grounding import MIN_ANSWER_SUPPORT, answer_support

    return [s for s in split_sentences(answer) if answer_support(s, notes) < MIN_ANSWER_SUPPORT]


def main(argv: list[str] | None = None) -> int:
    """python -m tools.quoting RESULT.json ...: per evaluation result (tools.evaluate --out), the
    share of answers asked with notes that state a sentence beyond them."""
    root = Path(__file__).resolve().parent.parent
    passages = {}
    for f in sorted((root / "data" / "knowledge").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                p = json.loads(line)
                passages[p["id"]] = p
    for path in argv if argv is not None else sys.argv[1:]:
        for name, model in json.loads(Path(path).read_text(encoding="utf-8"))["models"].items():
            rows = [r for r in model["items"] if r.get("notes")]
            beyond = [r for r in rows if beyond_notes(r["answer"], [passages[i] for i in r["notes"]])]
            print(json.dumps({"file": path, "model": name, "answersWithNotes": len(rows), "beyondNotes": len(beyond),
                              "share": round(len(beyond) / max(1, len(rows)), 4)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())


# ------------------------------------------------------------- snapped answers

def snap(free: str, sentences: list[str], used: set[int]) -> int | None:
    """The unused note sentence closest to what the model wrote in its own words (Jaccard overlap
    of content-word stems and numbers); None when none shares anything with it."""
    from .grounding import _content, _numbers

    said = set(_content(free)) | _numbers(free)
    best, best_score = None, 0.0
    for i, s in enumerate(sentences):
        if i in used:
            continue
        have = set(_content(s)) | _numbers(s)
        score = len(said & have) / max(1, len(said | have))
        if score > best_score:
            best, best_score = i, score
    return best


@dataclass
class SnapRule:
    """Answers quoted from the notes by lookahead: at each sentence start the model writes its next
    sentence in its own words (not shown), that sentence is replaced by the passage of the closest
    note sentence not yet used (`passage_quote`), and the model goes on from the quote. The model
    chooses what to say; the notes say it. Ends where the model's own sentence would have ended the
    answer, once it quotes `min_passages` passages: before that, the next unused passage in the
    notes' order follows, and after it up to `max_passages` while that passage is strong."""

    texts: list[str]
    first: list[list[int]]
    later: list[list[int]]
    stop_ids: frozenset[int]
    decode: object  # token ids -> text
    rules: object = None
    lookahead: int = 64
    passages: list[list[int]] | None = None  # note_passages; None: one sentence per choice
    # "likelihood": the first passage is the one whose first unused sentence the model finds most
    # likely as its answer's first sentence (an experiment, docs/grounding.md; not in the app).
    first_choice: str = "snap"
    # Where the model would end with fewer passages quoted, the next unused one in the notes' order
    # follows (quoting.ts MIN_QUOTED_PASSAGES), and up to max_passages while it is strong.
    min_passages: int = MIN_QUOTED_PASSAGES
    max_passages: int = MAX_FILLED_PASSAGES
    strong: list[bool] | None = None  # strong_notes
    cap: float = float("inf")  # the most passages an answer quotes, the model's own choices included (short answers)

    @classmethod
    def of(cls, tokenizer, notes: list[dict], stop_ids, rules=None, answer_prefix: str = "",
           first_choice: str = "snap", min_passages: int = MIN_QUOTED_PASSAGES,
           max_passages: int = MAX_FILLED_PASSAGES, short: bool = False) -> "SnapRule":
        """`short`: short answers (SHORT_ANSWER_PASSAGES in all, in place of `max_passages`)."""
        texts, first, later = encoded_sentences(tokenizer, notes, answer_prefix)
        return cls(texts, first, later, frozenset(stop_ids), lambda ids: tokenizer.decode(ids), rules,
                   passages=note_passages(notes), first_choice=first_choice, min_passages=min_passages,
                   max_passages=SHORT_ANSWER_PASSAGES if short else max_passages, strong=strong_notes(notes),
                   cap=SHORT_ANSWER_PASSAGES if short else float("inf"))

    def _choose(self, logits, prompt, answer):
        return int(np.argmax(logits)) if self.rules is None else self.rules.choose(logits, prompt, answer)

    def answer(self, step, prompt: list[int], logits, past, max_new: int) -> list[int]:
        """`step(ids, past) -> (last logits, past)` runs the model from a cache it leaves intact;
        `logits`, `past`: after the prompt. Returns the answer's tokens, a stop token last if it ended."""
        decode = self.decode
        answer: list[int] = []
        used: set[int] = set()
        quotes = 0

        def fill(used) -> int | None:  # the sentence whose passage follows before the answer ends
            i = next((i for i in range(len(self.texts)) if i not in used), None)
            if i is None:
                return None
            k = next((k for k, p in enumerate(self.passages or []) if i in p), None)
            strong = k is not None and bool(self.strong) and self.strong[k]
            return i if fill_allowed(quotes, strong, self.min_passages, self.max_passages) else None

        def end(answer, logits, past, used):
            nonlocal quotes
            while len(answer) < max_new and (i := fill(used)) is not None:
                logits, past, answer, used = self._quote(step, i, logits, past, answer, used, max_new)
                quotes += 1
            return answer + [min(self.stop_ids)]

        while len(answer) < max_new and len(used) < len(self.texts):
            if answer and quotes >= self.cap:  # short answers: the model chooses no further passage
                return end(answer, logits, past, used)
            if not answer and self.first_choice == "likelihood":
                # No lookahead: whether to go on is decided at the next sentence start.
                i = self._most_likely_first(step, logits, past)
                logits, past, answer, used = self._quote(step, i, logits, past, answer, used, max_new)
                quotes += 1
                continue
            own: list[int] = []
            la_logits, la_past, ended = logits, past, False
            while len(own) < self.lookahead:
                t = self._choose(la_logits, prompt, answer + own)
                if t in self.stop_ids:
                    ended = True
                    break
                if own and _sentence_done(decode(own)) and decode([t])[:1].isspace():
                    break
                own.append(t)
                la_logits, la_past = step([t], la_past)
            if not own and answer:
                return end(answer, logits, past, used)
            i = snap(decode(own), self.texts, used)
            if i is None:
                if answer:
                    return end(answer, logits, past, used)
                i = 0
            logits, past, answer, used = self._quote(step, i, logits, past, answer, used, max_new)
            quotes += 1
            if ended:
                return end(answer, logits, past, used)
        return answer

    def _quote(self, step, i: int, logits, past, answer: list[int], used: set[int], max_new: int):
        """Quotes the passage of sentence `i` after `answer` and runs the model over it."""
        quoted = passage_quote(i, self.passages or [], used)
        ids = [t for k, j in enumerate(quoted) for t in (self.later if answer or k else self.first)[j]]
        ids = ids[: max_new - len(answer)]
        logits, past = step(ids, past)
        return logits, past, answer + ids, used | set(quoted)

    def _most_likely_first(self, step, logits, past) -> int:
        """Of each passage's first sentence (every sentence without passages), the one with the
        highest mean log-probability per token as the answer's first sentence; the earlier on a tie."""
        candidates = dict.fromkeys(p[0] for p in self.passages if p) if self.passages else range(len(self.texts))
        scores = {i: mean_log_prob(step, logits, past, self.first[i]) for i in candidates}
        return max(scores, key=lambda i: (scores[i], -i))


def mean_log_prob(step, logits, past, ids: list[int]) -> float:
    """Mean log-probability per token of `ids` following the state (`logits`, `past`), one token
    per step since `step` gives only the last position's logits."""
    total = 0.0
    for k, t in enumerate(ids):
        row = np.asarray(logits, dtype=np.float64)
        top = row.max()
        total += row[t] - top - np.log(np.exp(row - top).sum())
        if k + 1 < len(ids):
            logits, past = step([t], past)
    return total / max(1, len(ids))


def _sentence_done(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?")) and not _ABBREVIATION.search(text.rstrip())
