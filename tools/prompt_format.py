"""Special tokens, the prompt format, stop rules and sampling defaults of a package."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tokenizers import Tokenizer

from .errors import ConvertError
from .manifest import ChatPrompt, ContextSlot, PlainPrompt, PromptFormat, SamplingDefaults, SpecialTokens, StopRules
from .tokenizer_files import SourceTokenizer, token_text

DEFAULT_PLAIN_TEMPLATE = "Question: {question}\nAnswer:"
# Chat models mark the end of a turn with one of these; they stop generation when present.
_END_OF_TURN = ("<|im_end|>", "<|eot_id|>", "<|end|>", "<end_of_turn>")


@dataclass
class Specials:
    ids: SpecialTokens
    texts: dict[str, str | None]  # bos_token, eos_token, pad_token, unk_token for tokenizer_config


def resolve_specials(src: SourceTokenizer, config: dict, generation: dict) -> Specials:
    tok = src.tokenizer

    def pick(key: str, config_key: str) -> tuple[int | None, str | None]:
        text = token_text(src.config.get(key))
        if text is not None:
            tid = tok.token_to_id(text)
            if tid is None:
                raise ConvertError(f"tokenizer_config.json names {key} {text!r}, which is not in the vocabulary")
            return tid, text
        tid = generation.get(config_key, config.get(config_key))
        if isinstance(tid, list):
            tid = tid[0] if tid else None
        return tid, (tok.id_to_token(tid) if tid is not None else None)

    bos, bos_text = pick("bos_token", "bos_token_id")
    eos, eos_text = pick("eos_token", "eos_token_id")
    pad, pad_text = pick("pad_token", "pad_token_id")
    if eos is None:
        raise ConvertError("the checkpoint names no eos token (tokenizer_config.json eos_token or config.json "
                           "eos_token_id): generation could not stop")
    texts = {"bos_token": bos_text, "eos_token": eos_text, "pad_token": pad_text}
    unk = token_text(src.config.get("unk_token"))
    if unk is not None and tok.token_to_id(unk) is not None:
        texts["unk_token"] = unk
    return Specials(SpecialTokens(bos=bos, eos=eos, pad=pad), texts)


def tokenizer_adds_bos(tok: Tokenizer, bos: int | None) -> bool:
    if bos is None:
        return False
    ids = tok.encode("a", add_special_tokens=True).ids
    return bool(ids) and ids[0] == bos


def prompt_format(src: SourceTokenizer, template: str | None, add_bos: bool,
                  system_prompt: str | None, context: ContextSlot | None = None) -> PromptFormat:
    """`context`: the notes slot, only for a model trained with retrieved notes (tools/grounding.py)."""
    if template is not None:
        if "{question}" not in template:
            raise ConvertError(f"--template must contain {{question}}: {template!r}")
        return PlainPrompt(template=template, answer_prefix=" ", turn_separator="\n\n", add_bos=add_bos,
                           context=context)
    if src.chat_template:
        # The template writes every special token it wants (Transformers' apply_chat_template adds none).
        return ChatPrompt(chat_template=src.chat_template, default_system_prompt=system_prompt, add_bos=False,
                          context=context)
    raise ConvertError(
        "the checkpoint has no chat template, so the prompt format must be given: pass --template with the "
        f"format used in training, e.g. --template {DEFAULT_PLAIN_TEMPLATE!r}"
    )


def stop_rules(tok: Tokenizer, specials: Specials, prompt: PromptFormat, generation: dict,
               extra_strings: list[str]) -> StopRules:
    ids = [specials.ids.eos]
    gen_eos = generation.get("eos_token_id")
    for tid in gen_eos if isinstance(gen_eos, list) else [gen_eos]:
        if tid is not None and tid not in ids:
            ids.append(int(tid))
    strings = list(extra_strings)
    if isinstance(prompt, ChatPrompt):
        for text in _END_OF_TURN:
            tid = tok.token_to_id(text)
            if tid is not None and text in prompt.chat_template and tid not in ids:
                ids.append(tid)
    else:
        # The next turn's header ends the answer: 'Question: {question}...' stops at '\nQuestion:'.
        header = prompt.template.split("{question}")[0].rstrip()
        if header and "\n" + header not in strings:
            strings.append("\n" + header)
    return StopRules(token_ids=ids, strings=strings)


def sampling_defaults(generation: dict, context_length: int, overrides: dict | None) -> SamplingDefaults:
    """The checkpoint's own generation_config values where it sets them, else defaults that suit
    small models (a little randomness, a mild repetition penalty)."""
    values = {
        "temperature": generation.get("temperature", 0.7),
        "top_k": generation.get("top_k", 40),
        "top_p": generation.get("top_p", 0.9),
        "repetition_penalty": generation.get("repetition_penalty", 1.1),
        "max_new_tokens": min(generation.get("max_new_tokens", 256), context_length // 2),
        "no_repeat_ngram": None,
    }
    for key, value in (overrides or {}).items():
        if key not in values:
            raise ConvertError(f"unknown sampling setting {key!r}; known: {', '.join(values)}")
        values[key] = value
    return SamplingDefaults(
        temperature=float(values["temperature"]), top_k=int(values["top_k"]), top_p=float(values["top_p"]),
        repetition_penalty=float(values["repetition_penalty"]), max_new_tokens=int(values["max_new_tokens"]),
        no_repeat_ngram=None if values["no_repeat_ngram"] is None else int(values["no_repeat_ngram"]),
    )


# --- The prompt as token ids: mirrors src/engine/prompt.ts (encodePrompt) and tokenizer.ts (encodeSegments) ---

# Private-use markers standing in for message content while the chat template renders (as in prompt.ts).
_OPEN, _CLOSE = "\ue000", "\ue001"
_SENTINEL = re.compile(f"{_OPEN}(\\d+){_CLOSE}")

Segment = tuple[str, bool]  # (text, plain): plain text is what a person wrote, special-token text stays text
RenderChat = Callable[[str, list[dict]], str]


def chat_renderer(folder: Path) -> RenderChat:
    """Renders a chat template with add_generation_prompt, by transformers from the folder's tokenizer
    files (loaded once), as the app's transformers.js does."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(folder, local_files_only=True)

    def render(template: str, messages: list[dict]) -> str:
        return tok.apply_chat_template(messages, chat_template=template, tokenize=False, add_generation_prompt=True)

    return render


def prepare_messages(prompt: PromptFormat, messages: list[dict]) -> list[dict]:
    """The chat with the manifest's default system prompt added when it has none (prepareMessages)."""
    out = [{"role": m["role"], "content": m["content"]} for m in messages]
    if isinstance(prompt, ChatPrompt) and prompt.default_system_prompt and not any(m["role"] == "system" for m in out):
        out.insert(0, {"role": "system", "content": prompt.default_system_prompt})
    return out


def chat_segments(render: RenderChat, template: str, messages: list[dict], added: list[str]) -> list[Segment]:
    marked = [{"role": m["role"], "content": f"{_OPEN}{i}{_CLOSE}"} for i, m in enumerate(messages)]
    rendered = render(template, marked)
    segments: list[Segment] = []
    last = 0
    for match in _SENTINEL.finditer(rendered):
        segments.append((rendered[last:match.start()], False))
        segments.append((messages[int(match.group(1))]["content"], True))
        last = match.end()
    segments.append((rendered[last:], False))
    # The markers are only valid if the template copies content verbatim (no trim, no filters).
    if "".join(text for text, _ in segments) == render(template, messages):
        return segments
    # Otherwise keep special-token text inert another way: a zero-width space after its first character.
    def inert(text: str) -> str:
        for t in added:
            if len(t) > 1:
                text = text.replace(t, f"{t[0]}\u200b{t[1:]}")
        return text

    return [(render(template, [{"role": m["role"], "content": inert(m["content"])} for m in messages]), False)]


def plain_segments(prompt: PlainPrompt, messages: list[dict]) -> list[Segment]:
    """template(q) + answer_prefix + answer + turn_separator per turn; a system prompt has no place."""
    before, _, after = prompt.template.partition("{question}")  # the first {question} only, as prompt.ts
    segments: list[Segment] = []
    for m in messages:
        if m["role"] == "user":
            segments += [(before, False), (m["content"], True), (after, False)]
        elif m["role"] == "assistant":
            segments += [(prompt.answer_prefix, False), (m["content"], True), (prompt.turn_separator, False)]
    return segments


def _added_tokens(tok: Tokenizer) -> dict[str, int]:
    return {t.content: i for i, t in tok.get_added_tokens_decoder().items()}


def encode_segments(tok: Tokenizer, segments: list[Segment]) -> list[int]:
    """Ids of the segments: special-token text is a special token in template text only; adjacent
    text is encoded together, so ordinary content gives the ids of the whole string."""
    added = _added_tokens(tok)
    split = re.compile("(" + "|".join(map(re.escape, sorted(added, key=len, reverse=True))) + ")") if added else None
    pieces: list[int | str] = []
    for text, plain in segments:
        parts = [text] if plain or split is None else split.split(text)
        for i, part in enumerate(parts):
            if i % 2 == 1:  # a captured special-token text
                pieces.append(added[part])
            elif part and pieces and isinstance(pieces[-1], str):
                pieces[-1] += part
            elif part:
                pieces.append(part)
    ids: list[int] = []
    for piece in pieces:
        if isinstance(piece, int):
            ids.append(piece)
            continue
        tok.encode_special_tokens = True  # text a person typed never becomes a special token
        try:
            ids += tok.encode(piece, add_special_tokens=False).ids
        finally:
            tok.encode_special_tokens = False
    return ids


def prompt_segments(tok: Tokenizer, prompt: PromptFormat, messages: list[dict],
                    render: RenderChat | None = None) -> list[Segment]:
    """The prompt as segments; their texts joined are the prompt's text."""
    if isinstance(prompt, PlainPrompt):
        return plain_segments(prompt, messages)
    if render is None:
        raise ValueError("a chat prompt needs a renderer: pass render=chat_renderer(package_folder)")
    return chat_segments(render, prompt.chat_template, messages, list(_added_tokens(tok)))


def bos_prefix(prompt: PromptFormat, bos: int | None) -> list[int]:
    """[bos] when the format asks the engine to prepend it (the template does not write it)."""
    return [bos] if prompt.add_bos and bos is not None else []


def answer_prefix(prompt: PromptFormat) -> str:
    """Text between the prompt and the answer in training text (a plain template's space)."""
    return prompt.answer_prefix if isinstance(prompt, PlainPrompt) else ""


def encode_prompt(tok: Tokenizer, prompt: PromptFormat, bos: int | None, messages: list[dict],
                  render: RenderChat | None = None) -> list[int]:
    """Token ids of the whole prompt for these messages, bos included when the format asks (encodePrompt).
    `messages` are used as given: call prepare_messages first for the default system prompt."""
    return bos_prefix(prompt, bos) + encode_segments(tok, prompt_segments(tok, prompt, messages, render))


def first_question(prompt: PromptFormat, question: str) -> list[dict]:
    """The messages the app sends for a first question: the default system prompt, then the question."""
    return prepare_messages(prompt, [{"role": "user", "content": question}])
