"""Special tokens, the prompt format, stop rules and sampling defaults of a package."""

from __future__ import annotations

from dataclasses import dataclass

from tokenizers import Tokenizer

from .errors import ConvertError
from .manifest import ChatPrompt, PlainPrompt, PromptFormat, SamplingDefaults, SpecialTokens, StopRules
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
                  system_prompt: str | None) -> PromptFormat:
    if template is not None:
        if "{question}" not in template:
            raise ConvertError(f"--template must contain {{question}}: {template!r}")
        return PlainPrompt(template=template, answer_prefix=" ", turn_separator="\n\n", add_bos=add_bos)
    if src.chat_template:
        # The template writes every special token it wants (Transformers' apply_chat_template adds none).
        return ChatPrompt(chat_template=src.chat_template, default_system_prompt=system_prompt, add_bos=False)
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
    }
    for key, value in (overrides or {}).items():
        if key not in values:
            raise ConvertError(f"unknown sampling setting {key!r}; known: {', '.join(values)}")
        values[key] = value
    return SamplingDefaults(
        temperature=float(values["temperature"]), top_k=int(values["top_k"]), top_p=float(values["top_p"]),
        repetition_penalty=float(values["repetition_penalty"]), max_new_tokens=int(values["max_new_tokens"]),
    )
