"""Read a Hugging Face checkpoint folder: check it, load the PyTorch model, derive the DecoderSpec."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .decoder_graph import DecoderSpec
from .errors import ConvertError

SUPPORTED = {"GPT2LMHeadModel": "gpt2", "LlamaForCausalLM": "llama"}
_MODEL_TYPES = {"gpt2": "GPT2LMHeadModel", "llama": "LlamaForCausalLM"}
WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin",
                "pytorch_model.bin.index.json")
_GPT2_ACTIVATIONS = {"gelu_new": "gelu_new", "gelu_pytorch_tanh": "gelu_new", "gelu_fast": "gelu_new",
                     "gelu": "gelu", "relu": "relu", "silu": "silu", "swish": "silu"}
# Rotary types whose frequencies do not depend on the sequence length: a fixed table is exact.
_STATIC_ROPE = {"default", "linear", "llama3", "yarn"}


@dataclass
class CheckpointInfo:
    folder: Path
    config: dict
    architecture: str  # gpt2 | llama
    weights_file: Path


def inspect_checkpoint(folder: Path) -> CheckpointInfo:
    """Cheap checks before anything heavy: the folder, config.json, the architecture, the weights."""
    if not folder.exists():
        raise ConvertError(f"{folder} does not exist")
    if not folder.is_dir():
        raise ConvertError(f"{folder} is neither a checkpoint folder nor a .gguf file")
    config_path = folder / "config.json"
    if not config_path.exists():
        raise ConvertError(f"{folder} is not a Hugging Face checkpoint: config.json is missing")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ConvertError(f"{config_path} is not valid JSON: {exc}") from exc
    archs = config.get("architectures") or [_MODEL_TYPES.get(config.get("model_type", ""), "")]
    arch = next((SUPPORTED[a] for a in archs if a in SUPPORTED), None)
    if arch is None:
        named = ", ".join(a for a in archs if a) or f"model_type {config.get('model_type')!r}"
        raise ConvertError(
            f"unsupported architecture {named} in {config_path}; supported: {', '.join(SUPPORTED)}"
        )
    weights = next((folder / f for f in WEIGHT_FILES if (folder / f).exists()), None)
    if weights is None:
        raise ConvertError(f"{folder} has no weights: expected one of {', '.join(WEIGHT_FILES)}")
    return CheckpointInfo(folder, config, arch, weights)


def load_model(info: CheckpointInfo):
    """The PyTorch model (fp32, eager attention), from local files only; every weight must load."""
    import torch
    from transformers import AutoModelForCausalLM
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    logging.getLogger("transformers").setLevel(logging.ERROR)
    try:
        model, info_dict = AutoModelForCausalLM.from_pretrained(
            info.folder, local_files_only=True, dtype=torch.float32, attn_implementation="eager",
            output_loading_info=True,
        )
    except Exception as exc:  # transformers raises many types for unreadable weights
        raise ConvertError(f"cannot load the weights in {info.folder}: {exc}") from exc
    missing = [k for k in info_dict.get("missing_keys", []) if not _tied_head(k, model)]
    if missing:
        raise ConvertError(
            f"{info.weights_file} lacks {len(missing)} weights (e.g. {missing[0]}): incomplete checkpoint"
        )
    mismatched = info_dict.get("mismatched_keys") or []
    if mismatched:
        raise ConvertError(f"{info.weights_file}: weights of the wrong shape, e.g. {mismatched[0]}")
    model.eval()
    return model


def _tied_head(key: str, model) -> bool:
    return key == "lm_head.weight" and bool(getattr(model.config, "tie_word_embeddings", False))


def decoder_spec(info: CheckpointInfo, model) -> DecoderSpec:
    c = model.config
    if info.architecture == "gpt2":
        act = _GPT2_ACTIVATIONS.get(c.activation_function)
        if act is None:
            raise ConvertError(f"unsupported GPT-2 activation_function {c.activation_function!r}")
        return DecoderSpec(
            architecture="gpt2", num_layers=c.n_layer, num_heads=c.n_head, num_kv_heads=c.n_head,
            head_dim=c.n_embd // c.n_head, hidden_size=c.n_embd, vocab_size=c.vocab_size,
            norm_eps=c.layer_norm_epsilon, activation=act,
            tied_embeddings=model.lm_head.weight.data_ptr() == model.transformer.wte.weight.data_ptr(),
            scale_by_inverse_layer_idx=bool(getattr(c, "scale_attn_by_inverse_layer_idx", False)),
        )
    if c.hidden_act not in ("silu", "swish"):
        raise ConvertError(f"unsupported Llama hidden_act {c.hidden_act!r}")
    rotary = model.model.rotary_emb
    if rotary.rope_type not in _STATIC_ROPE:
        raise ConvertError(f"unsupported rope type {rotary.rope_type!r}; supported: {sorted(_STATIC_ROPE)}")
    head_dim = getattr(c, "head_dim", None) or c.hidden_size // c.num_attention_heads
    return DecoderSpec(
        architecture="llama", num_layers=c.num_hidden_layers, num_heads=c.num_attention_heads,
        num_kv_heads=c.num_key_value_heads or c.num_attention_heads, head_dim=head_dim,
        hidden_size=c.hidden_size, vocab_size=c.vocab_size, norm_eps=c.rms_norm_eps, activation="silu",
        tied_embeddings=model.lm_head.weight.data_ptr() == model.model.embed_tokens.weight.data_ptr(),
        rope_inv_freq=tuple(float(v) for v in rotary.inv_freq.float().cpu().numpy()),
        rope_attention_scaling=float(rotary.attention_scaling),
    )


def context_length(info: CheckpointInfo, model) -> int:
    c = model.config
    return int(c.n_positions if info.architecture == "gpt2" else c.max_position_embeddings)


_GPT2_CONV1D = (".attn.c_attn.weight", ".attn.c_proj.weight", ".mlp.c_fc.weight", ".mlp.c_proj.weight")


def numpy_weights(info: CheckpointInfo, model) -> dict[str, np.ndarray]:
    """State dict as float32 numpy, linear weights in the nn.Linear [out, in] layout."""
    weights = {}
    for name, tensor in model.state_dict().items():
        array = tensor.detach().float().cpu().numpy()
        if info.architecture == "gpt2" and name.endswith(_GPT2_CONV1D):
            array = array.T  # GPT-2's Conv1D stores [in, out]
        weights[name] = np.ascontiguousarray(array)
    return weights
