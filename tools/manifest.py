"""The model package manifest, mirrored field for field from src/shared/manifest.ts.

Fields are snake_case here and camelCase in JSON (`to_json` and `from_json` convert); keep both
files in step. `read_manifest` is the one reader: it checks every field, as src/shared/parse-manifest.ts
does, and rejects unknown ones. A new optional field gets a default here (`= None`) and may be absent.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Union

MANIFEST_SCHEMA_VERSION = 1

Architecture = Literal["gpt2", "llama"]
Quantization = Literal["fp32", "fp16", "int8", "q4", "q4f16"]
FileRole = Literal["onnx", "tokenizer", "config", "card"]
QUANTIZATIONS: tuple[str, ...] = ("fp32", "fp16", "int8", "q4", "q4f16")


@dataclass
class PackageFile:
    path: str  # relative to the package folder, forward slashes
    bytes: int
    sha256: str  # lowercase hex
    role: FileRole


@dataclass
class ModelShape:
    num_layers: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    hidden_size: int
    context_length: int
    vocab_size: int


@dataclass
class SpecialTokens:
    bos: int | None
    eos: int
    pad: int | None


# A field with this metadata is left out of the JSON when it is None (optional in manifest.ts).
OPTIONAL = {"optional": True}


@dataclass
class ContextSlot:
    """Where retrieved notes go (src/shared/manifest.ts ContextSlot): the last user message becomes
    `template` with {notes} and {question}; tools/grounding.py renders it as the app does."""
    template: str
    passage: str
    empty: str
    max_tokens: int
    max_passages: int
    # What the model was trained to answer when `empty` stands in for the notes; an answer asked with
    # no notes quotes it (tools.quoting.quotable, src/engine/quoting.ts).
    not_covered: str | None = dataclasses.field(default=None, metadata=OPTIONAL)


@dataclass
class ChatPrompt:
    chat_template: str
    default_system_prompt: str | None
    add_bos: bool
    kind: Literal["chat"] = "chat"
    # Only in packages trained with notes.
    context: ContextSlot | None = dataclasses.field(default=None, metadata=OPTIONAL)


@dataclass
class PlainPrompt:
    template: str
    answer_prefix: str
    turn_separator: str
    add_bos: bool
    kind: Literal["plain"] = "plain"
    context: ContextSlot | None = dataclasses.field(default=None, metadata=OPTIONAL)


PromptFormat = Union[ChatPrompt, PlainPrompt]


@dataclass
class StopRules:
    token_ids: list[int]
    strings: list[str]


@dataclass
class SamplingDefaults:
    temperature: float
    top_k: int
    top_p: float
    repetition_penalty: float
    max_new_tokens: int
    # No run of this many tokens repeats within an answer (tools/decoding.py ban_repeated_ngrams).
    no_repeat_ngram: int | None = dataclasses.field(default=None, metadata=OPTIONAL)


@dataclass
class VariantVerification:
    greedy_steps: int
    greedy_agreement: float  # share of prompts x steps equal to the reference, 0..1
    max_abs_logit_delta: float | None  # only fp32 against PyTorch
    mean_nll: float
    reference_mean_nll: float


@dataclass
class UnpackSource:
    variant: str  # the variant whose file holds the weights, e.g. q4
    plan: str  # package path of the plan (tools/fp32_from_q4.py)


@dataclass
class OnnxVariant:
    file: str  # e.g. onnx/model_q4.onnx
    quantization: Quantization
    bytes: int
    verification: VariantVerification
    shipped: bool
    # Set when the file is a graph whose weights are unpacked at load from another variant's file.
    unpack_from: UnpackSource | None = dataclasses.field(default=None, metadata=OPTIONAL)
    # True when the graph is saved already optimized (tools/fast_start.py): load it with
    # onnxruntime's graph optimization off.
    optimized: bool | None = dataclasses.field(default=None, metadata=OPTIONAL)
    # Package path of the shapes record appended to the file at load (tools/fast_start.py), for a
    # graph shipped as it is.
    shapes: str | None = dataclasses.field(default=None, metadata=OPTIONAL)


@dataclass
class Backends:
    wasm: str
    webgpu: str


@dataclass
class Provenance:
    source: str
    source_sha256: str
    source_kind: Literal["hf-checkpoint", "gguf"]
    tool: str
    tool_version: str
    created_at: str


@dataclass
class ModelManifest:
    id: str
    name: str
    description: str
    license: str
    architecture: Architecture
    shape: ModelShape
    tokens: SpecialTokens
    uses_position_ids: bool
    prompt: PromptFormat
    stop: StopRules
    sampling: SamplingDefaults
    backends: Backends
    variants: dict[str, OnnxVariant]
    files: list[PackageFile]
    provenance: Provenance
    random_weights: bool
    schema_version: int = MANIFEST_SCHEMA_VERSION

    def to_json(self) -> dict:
        return to_json(self)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# The TypeScript interface lists schemaVersion first; keep that order in the file for readers.
_FIRST = ("schema_version", "id", "name", "description", "license")


def to_json(value):
    """A manifest dataclass (or a list or dict of them) as the camelCase JSON value the app reads."""
    if dataclasses.is_dataclass(value):
        names = [f.name for f in dataclasses.fields(value)
                 if not (f.metadata.get("optional") and getattr(value, f.name) is None)]
        names.sort(key=lambda n: _FIRST.index(n) if n in _FIRST else len(_FIRST))
        if isinstance(value, (ChatPrompt, PlainPrompt)):
            names.sort(key=lambda n: n != "kind")  # the discriminant first
        return {_camel(n): to_json(getattr(value, n)) for n in names}
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


class ManifestError(ValueError):
    """A manifest.json that does not match this file; the message names the field."""


def _snake(name: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "_" + m.group(0).lower(), name)


def _describe(value) -> str:
    return "null" if value is None else type(value).__name__ if not isinstance(value, str) else repr(value[:40])


def _read(value, hint, path: str):
    """`value` (parsed JSON) checked against the type `hint` and converted to it."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is PromptFormat or (origin is Union and set(args) == {ChatPrompt, PlainPrompt}):
        kind = value.get("kind") if isinstance(value, dict) else None
        if kind not in ("chat", "plain"):
            raise ManifestError(f"{path}.kind should be one of chat, plain, not {_describe(kind)}")
        return _read(value, ChatPrompt if kind == "chat" else PlainPrompt, path)
    if dataclasses.is_dataclass(hint):
        return from_json(value, hint, path)
    if origin in (Union, types.UnionType):  # `X | None`
        if value is None and type(None) in args:
            return None
        return _read(value, next(a for a in args if a is not type(None)), path)
    if origin is Literal:
        if value not in args:
            raise ManifestError(f"{path} should be one of {', '.join(map(str, args))}, not {_describe(value)}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise ManifestError(f"{path} should be a list, not {_describe(value)}")
        return [_read(v, args[0], f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ManifestError(f"{path} should be an object, not {_describe(value)}")
        return {k: _read(v, args[1], f"{path}.{k}") for k, v in value.items()}
    ok = {
        int: lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
        float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        bool: lambda v: isinstance(v, bool),
        str: lambda v: isinstance(v, str),
    }[hint]
    if not ok(value):
        raise ManifestError(f"{path} should be {hint.__name__}, not {_describe(value)}")
    return float(value) if hint is float else value


def from_json(data, cls=None, path: str = "manifest"):
    """The dataclass `cls` (default ModelManifest) from its camelCase JSON, every field checked."""
    cls = cls or ModelManifest
    if not isinstance(data, dict):
        raise ManifestError(f"{path} should be an object, not {_describe(data)}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = [k for k in data if _snake(k) not in fields]
    if unknown:
        raise ManifestError(f"{path} has unknown fields {', '.join(unknown)}")
    hints = typing.get_type_hints(cls)
    values = {}
    for name, field in fields.items():
        key = _camel(name)
        if key not in data:
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                raise ManifestError(f"{path}.{key} is missing")
            continue
        values[name] = _read(data[key], hints[name], f"{path}.{key}")
    return cls(**values)


def write_manifest(manifest: ModelManifest, path: Path) -> None:
    path.write_text(json.dumps(manifest.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def prompt_from_json(data) -> PromptFormat:
    """A `prompt` object of a manifest (or a training_prompt.json), checked."""
    return _read(data, PromptFormat, "prompt")


def read_manifest(path: Path) -> ModelManifest:
    """Read and check a package's manifest.json (the one reader of it in tools/)."""
    try:
        m = from_json(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, ManifestError) as e:
        raise ManifestError(f"{path}: {e}") from e
    if m.schema_version != MANIFEST_SCHEMA_VERSION:
        raise ManifestError(f"{path}: schemaVersion {m.schema_version}, expected {MANIFEST_SCHEMA_VERSION}")
    if isinstance(m.prompt, PlainPrompt) and "{question}" not in m.prompt.template:
        raise ManifestError(f"{path}: prompt.template has no {{question}}")
    for backend in ("wasm", "webgpu"):
        name = getattr(m.backends, backend)
        if name not in m.variants or not m.variants[name].shipped:
            raise ManifestError(f"{path}: backends.{backend} = {name!r} is not a shipped variant")
    return m
