"""tokenizer.json + tokenizer_config.json built from a GGUF's own vocabulary, not by transformers.

Why: transformers' GGUF tokenizer loader gets SmolLM2 wrong (bos/eos swapped, digits not split
one by one as llama.cpp's `smollm` pre-tokenizer does). Here every piece comes from the GGUF:
tokens, merges and token types (tokenizer.ggml.*), special ids, and the pre-tokenizer regexes
llama.cpp uses for the file's `tokenizer.ggml.pre` (src/llama-vocab.cpp, llm_tokenizer_bpe).
Merges are written as "a b" strings, the form @xenova/transformers 2.x reads.
"""

from __future__ import annotations

from typing import Any

from tools.gguf_reader import GGUFImportError

# llama.cpp token types (tokenizer.ggml.token_type)
TOKEN_NORMAL, TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_USER_DEFINED, TOKEN_UNUSED, TOKEN_BYTE = 1, 2, 3, 4, 5, 6

# The GPT-2 split regex; llama.cpp and the HF ByteLevel pre-tokenizer (use_regex) share it.
_BYTE_LEVEL = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
# llama.cpp applies `\p{N}` first (each digit its own piece), then the GPT-2 regex to the rest.
_DIGITS_THEN_GPT2 = {
    "type": "Sequence",
    "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": "\\p{N}"}, "behavior": "Isolated", "invert": False},
        _BYTE_LEVEL,
    ],
}

# tokenizer.ggml.pre -> HF pre-tokenizer with the same splits as llama.cpp. Only values whose
# llama.cpp regex list is exactly one of these two are listed; others are refused, not guessed.
PRE_TOKENIZERS: dict[str, dict[str, Any]] = {
    "gpt-2": _BYTE_LEVEL,
    "mpt": _BYTE_LEVEL,
    "olmo": _BYTE_LEVEL,
    "jais": _BYTE_LEVEL,
    "smollm": _DIGITS_THEN_GPT2,
    "starcoder": _DIGITS_THEN_GPT2,
    "refact": _DIGITS_THEN_GPT2,
    "command-r": _DIGITS_THEN_GPT2,
    "codeshell": _DIGITS_THEN_GPT2,
    "exaone": _DIGITS_THEN_GPT2,
    "minerva-7b": _DIGITS_THEN_GPT2,
}


# Tokens llama.cpp ends generation on when they are in the vocabulary (llama-vocab.cpp, the
# end-of-generation set), besides eos/eot/eom from the metadata. Its fill-in-the-middle tokens,
# also in that set, are left out: a chat app never writes them.
END_OF_GENERATION = (
    "<|eot_id|>", "<|im_end|>", "<|end|>", "<|return|>", "<|call|>", "<end_of_turn>", "<|endoftext|>",
    "<|eom_id|>", "<EOT>", "_<EOT>", "<|end_of_text|>", "<end_of_utterance>",
)


def _meta(meta: dict[str, Any], key: str, source: str) -> Any:
    if key not in meta:
        raise GGUFImportError(f"{source}: the GGUF has no {key}; cannot build its tokenizer")
    return meta[key]


def _token_entry(token_id: int, content: str, special: bool) -> dict[str, Any]:
    return {
        "id": token_id,
        "content": content,
        "single_word": False,
        "lstrip": False,
        "rstrip": False,
        "normalized": not special,
        "special": special,
    }


def build_tokenizer(meta: dict[str, Any], context_length: int, source: str = "GGUF") -> tuple[dict, dict, dict]:
    """Returns (tokenizer.json, tokenizer_config.json, special ids) as dicts.

    Special ids: bos, eos, pad, unk (int or None) and eog, the end-of-generation ids (eos first).
    """
    model = _meta(meta, "tokenizer.ggml.model", source)
    if model != "gpt2":
        raise GGUFImportError(
            f"{source}: tokenizer model '{model}' is not supported (only byte-level BPE, 'gpt2'; "
            "SentencePiece 'llama' vocabularies are not)"
        )
    pre = meta.get("tokenizer.ggml.pre")
    if pre not in PRE_TOKENIZERS:
        raise GGUFImportError(
            f"{source}: tokenizer.ggml.pre = {pre!r} is not supported (known: "
            f"{', '.join(sorted(PRE_TOKENIZERS))}); without it the text would be split differently "
            "from llama.cpp"
        )
    tokens: list[str] = _meta(meta, "tokenizer.ggml.tokens", source)
    merges: list[str] = _meta(meta, "tokenizer.ggml.merges", source)
    types: list[int] = meta.get("tokenizer.ggml.token_type") or [TOKEN_NORMAL] * len(tokens)
    if len(types) != len(tokens):
        raise GGUFImportError(f"{source}: {len(tokens)} tokens but {len(types)} token types")

    vocab: dict[str, int] = {}
    for i, tok in enumerate(tokens):
        # a repeated string keeps its first id, as llama.cpp's token_to_id map does
        vocab.setdefault(tok, i)
    for m in merges:
        if len(m.split(" ")) != 2:
            raise GGUFImportError(f"{source}: merge {m!r} is not two tokens separated by one space")

    def special_id(key: str) -> int | None:
        v = meta.get(f"tokenizer.ggml.{key}")
        if v is None:
            return None
        if not 0 <= v < len(tokens):
            raise GGUFImportError(f"{source}: tokenizer.ggml.{key} = {v} is outside the vocabulary")
        return int(v)

    ids = {
        "bos": special_id("bos_token_id"),
        "eos": special_id("eos_token_id"),
        "pad": special_id("padding_token_id"),
        "unk": special_id("unknown_token_id"),
    }
    if ids["eos"] is None:
        raise GGUFImportError(f"{source}: the GGUF names no end-of-sequence token (tokenizer.ggml.eos_token_id)")

    eog = [ids["eos"]]
    for key in ("eot_token_id", "eom_token_id"):
        i = special_id(key)
        if i is not None and i not in eog:
            eog.append(i)
    for text in END_OF_GENERATION:
        i = vocab.get(text)
        if i is not None and i not in eog:
            eog.append(i)

    # llama.cpp matches control, user-defined and unknown tokens as whole units before BPE
    added = [
        _token_entry(i, tokens[i], special=types[i] != TOKEN_USER_DEFINED)
        for i in range(len(tokens))
        if types[i] in (TOKEN_CONTROL, TOKEN_USER_DEFINED, TOKEN_UNKNOWN)
    ]
    for key in ("bos", "eos", "pad", "unk"):
        i = ids[key]
        if i is not None and all(a["id"] != i for a in added):
            added.append(_token_entry(i, tokens[i], special=True))
    added.sort(key=lambda a: a["id"])

    add_bos = bool(meta.get("tokenizer.ggml.add_bos_token", False)) and ids["bos"] is not None
    add_eos = bool(meta.get("tokenizer.ggml.add_eos_token", False))
    if add_bos or add_eos:
        single = ([{"SpecialToken": {"id": tokens[ids["bos"]], "type_id": 0}}] if add_bos else []) + [
            {"Sequence": {"id": "A", "type_id": 0}}
        ] + ([{"SpecialToken": {"id": tokens[ids["eos"]], "type_id": 0}}] if add_eos else [])
        specials = {
            tokens[i]: {"id": tokens[i], "ids": [i], "tokens": [tokens[i]]}
            for i in {ids["bos"] if add_bos else None, ids["eos"] if add_eos else None} - {None}
        }
        pair = single + [{"Sequence": {"id": "B", "type_id": 1}}]
        post: dict[str, Any] = {"type": "TemplateProcessing", "single": single, "pair": pair, "special_tokens": specials}
    else:
        post = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": True}

    tokenizer_json = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": None,
        "pre_tokenizer": PRE_TOKENIZERS[pre],
        "post_processor": post,
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {
            "type": "BPE",
            "dropout": None,
            "unk_token": None,
            "continuing_subword_prefix": None,
            "end_of_word_suffix": None,
            "fuse_unk": False,
            "byte_fallback": False,
            "ignore_merges": False,
            "vocab": vocab,
            "merges": list(merges),
        },
    }

    def name(i: int | None) -> str | None:
        return None if i is None else tokens[i]

    config: dict[str, Any] = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "add_bos_token": add_bos,
        "add_eos_token": add_eos,
        "add_prefix_space": False,
        "clean_up_tokenization_spaces": False,
        "model_max_length": int(context_length),
        "bos_token": name(ids["bos"]),
        "eos_token": name(ids["eos"]),
        "pad_token": name(ids["pad"]),
        "unk_token": name(ids["unk"]),
        "added_tokens_decoder": {
            str(a["id"]): {k: a[k] for k in ("content", "lstrip", "normalized", "rstrip", "single_word", "special")}
            for a in added
        },
    }
    named = set(ids.values())
    extra = [a["content"] for a in added if a["special"] and a["id"] not in named]
    if extra:
        config["additional_special_tokens"] = extra
    template = meta.get("tokenizer.chat_template")
    if template:
        config["chat_template"] = template
    return tokenizer_json, config, {**ids, "eog": eog}
