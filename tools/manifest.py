"""The model package manifest, mirrored field for field from src/shared/manifest.ts.

Fields are snake_case here and camelCase in JSON (`to_json` converts); keep both files in step.
"""

from __future__ import annotations

import dataclasses
import json
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


@dataclass
class ChatPrompt:
    chat_template: str
    default_system_prompt: str | None
    add_bos: bool
    kind: Literal["chat"] = "chat"


@dataclass
class PlainPrompt:
    template: str
    answer_prefix: str
    turn_separator: str
    add_bos: bool
    kind: Literal["plain"] = "plain"


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


# A field with this metadata is left out of the JSON when it is None (optional in manifest.ts).
OPTIONAL = {"optional": True}


@dataclass
class OnnxVariant:
    file: str  # e.g. onnx/model_q4.onnx
    quantization: Quantization
    bytes: int
    verification: VariantVerification
    shipped: bool
    # Set when the file is a graph whose weights are unpacked at load from another variant's file.
    unpack_from: UnpackSource | None = dataclasses.field(default=None, metadata=OPTIONAL)


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
        return _to_json(self)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# The TypeScript interface lists schemaVersion first; keep that order in the file for readers.
_FIRST = ("schema_version", "id", "name", "description", "license")


def _to_json(value):
    if dataclasses.is_dataclass(value):
        names = [f.name for f in dataclasses.fields(value)
                 if not (f.metadata.get("optional") and getattr(value, f.name) is None)]
        names.sort(key=lambda n: _FIRST.index(n) if n in _FIRST else len(_FIRST))
        if isinstance(value, (ChatPrompt, PlainPrompt)):
            names.sort(key=lambda n: n != "kind")  # the discriminant first
        return {_camel(n): _to_json(getattr(value, n)) for n in names}
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    return value


def write_manifest(manifest: ModelManifest, path: Path) -> None:
    path.write_text(json.dumps(manifest.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


_REQUIRED_KEYS = {
    "schemaVersion", "id", "name", "description", "license", "architecture", "shape", "tokens",
    "usesPositionIds", "prompt", "stop", "sampling", "backends", "variants", "files",
    "provenance", "randomWeights",
}


def read_manifest(path: Path) -> dict:
    """Read a manifest.json and check its top-level shape; returns the camelCase dict."""
    data = json.loads(path.read_text(encoding="utf-8"))
    missing = _REQUIRED_KEYS - data.keys()
    if missing:
        raise ValueError(f"{path}: manifest lacks {sorted(missing)}")
    if data["schemaVersion"] != MANIFEST_SCHEMA_VERSION:
        raise ValueError(f"{path}: schemaVersion {data['schemaVersion']}, expected {MANIFEST_SCHEMA_VERSION}")
    for backend in ("wasm", "webgpu"):
        name = data["backends"][backend]
        if name not in data["variants"] or not data["variants"][name]["shipped"]:
            raise ValueError(f"{path}: backends.{backend} = {name!r} is not a shipped variant")
    return data
