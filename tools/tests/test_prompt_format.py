"""One prompt encoder (prompt_format.encode_prompt) and one manifest reader (manifest.read_manifest).

The prompt ids are pinned in src/engine/__fixtures__/prompt-ids.json, which src/engine/prompt.test.ts
checks against the TypeScript encoder: the two languages give the same ids for the same chat.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tokenizers import Tokenizer

from tools.fixtures.make_prompt_ids import CHATS, FIXTURE, MODELS, build
from tools.manifest import ManifestError, PlainPrompt, from_json, prompt_from_json, read_manifest
from tools.prompt_format import encode_prompt, first_question

TINY = MODELS / "tiny-gpt2-random"


def test_python_ids_match_the_fixture_the_typescript_test_reads():
    assert json.loads(FIXTURE.read_text(encoding="utf-8")) == build(), \
        "prompt ids changed: rerun python -m tools.fixtures.make_prompt_ids and check the vitest"


def test_special_token_text_a_person_types_stays_text():
    m = read_manifest(TINY / "manifest.json")
    tok = Tokenizer.from_file(str(TINY / "tokenizer.json"))
    ids = encode_prompt(tok, m.prompt, m.tokens.bos, first_question(m.prompt, CHATS["special-text"][0]["content"]))
    assert m.tokens.eos not in ids  # <|endoftext|> typed by a person is not the eos token
    template = PlainPrompt(template="<|endoftext|>Q: {question}", answer_prefix=" ", turn_separator="\n", add_bos=True)
    ids = encode_prompt(tok, template, 7, first_question(template, "hi"))
    assert ids[:2] == [7, m.tokens.eos]  # bos first, then the template's own special token


def test_braces_and_a_second_slot_are_left_as_text():
    tok = Tokenizer.from_file(str(TINY / "tokenizer.json"))
    p = PlainPrompt(template="Q: {question} ({question})", answer_prefix=" ", turn_separator="\n", add_bos=False)
    ids = encode_prompt(tok, p, None, first_question(p, "{0} {x}"))
    assert tok.decode(ids) == "Q: {0} {x} ({question})"  # the first {question} only, as prompt.ts


def test_chat_prompt_needs_a_renderer():
    m = read_manifest(MODELS / "smollm2-135m-coach" / "manifest.json")
    tok = Tokenizer.from_file(str(MODELS / "smollm2-135m-coach" / "tokenizer.json"))
    with pytest.raises(ValueError, match="renderer"):
        encode_prompt(tok, m.prompt, m.tokens.bos, first_question(m.prompt, "hi"))


@pytest.mark.parametrize("package", sorted(p.parent.name for p in MODELS.glob("*/manifest.json")))
def test_read_manifest_round_trips_every_committed_package(package):
    path = MODELS / package / "manifest.json"
    assert read_manifest(path).to_json() == json.loads(path.read_text(encoding="utf-8"))


def _tiny_json() -> dict:
    return json.loads((TINY / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("change, message", [
    (lambda m: m["shape"].pop("contextLength"), "manifest.shape.contextLength is missing"),
    (lambda m: m["sampling"].update(maxNewTokens="128"), "manifest.sampling.maxNewTokens should be int"),
    (lambda m: m["sampling"].update(maxNewTokens=True), "manifest.sampling.maxNewTokens should be int"),
    (lambda m: m.update(contxt={}), "manifest has unknown fields contxt"),
    (lambda m: m["prompt"].update(kind="jinja"), "manifest.prompt.kind should be one of chat, plain"),
    (lambda m: m["files"][0].update(role="weights"), "manifest.files[0].role should be one of"),
    (lambda m: m["tokens"].update(bos=None, eos=None), "manifest.tokens.eos should be int"),
])
def test_from_json_names_the_wrong_field(change, message):
    m = _tiny_json()
    change(m)
    with pytest.raises(ManifestError, match=message.replace("[", r"\[").replace("]", r"\]")):
        from_json(m)


def test_read_manifest_checks_the_schema_and_backends(tmp_path: Path):
    for change, message in [(lambda m: m.update(schemaVersion=2), "schemaVersion 2"),
                            (lambda m: m["backends"].update(wasm="fp32"), "not a shipped variant")]:
        m = _tiny_json()
        change(m)
        (tmp_path / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
        with pytest.raises(ManifestError, match=message):
            read_manifest(tmp_path / "manifest.json")


def test_prompt_from_json_reads_either_kind():
    m = _tiny_json()
    assert prompt_from_json(m["prompt"]) == read_manifest(TINY / "manifest.json").prompt
