"""GGUF file (llama or gpt2 architecture) -> Hugging Face checkpoint folder.

    gguf_to_checkpoint(gguf_path, out_dir) -> {"source", "sha256", "kind": "gguf"}

writes config.json, model.safetensors (float32, dequantized, HF tensor names), tokenizer.json,
tokenizer_config.json (chat template inline) and generation_config.json. Every bad input raises
GGUFImportError and leaves no out_dir behind (the folder is built beside it, then renamed).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable

import numpy as np
from safetensors.numpy import save_file

from tools.gguf_reader import DEQUANTIZERS, GGUFFile, GGUFImportError
from tools.package import sha256_file
from tools.tokenizer_from_gguf import build_tokenizer

__all__ = ["GGUFImportError", "gguf_to_checkpoint"]

SUPPORTED_ARCHITECTURES = ("llama", "gpt2")


def _unpermute_rotary(w: np.ndarray, n_head: int) -> np.ndarray:
    """Undo convert_hf_to_gguf's LlamaModel.permute of attn_q / attn_k rows.

    HF keeps each head's rotary halves apart (rotate_half); llama.cpp interleaves them, so the
    converter reorders rows as reshape(n_head, 2, d/2).swapaxes(1, 2). This is its inverse.
    """
    rows = w.shape[0]
    return w.reshape(n_head, rows // n_head // 2, 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def _f32(v: float) -> float:
    # GGUF stores float32: 9.999999747e-06 was 1e-05 in the source config
    return float(str(np.float32(v)))


class _Meta:
    def __init__(self, meta: dict[str, Any], arch: str, source: str):
        self.meta, self.arch, self.source = meta, arch, source

    def get(self, key: str, default: Any = None) -> Any:
        return self.meta.get(f"{self.arch}.{key}", default)

    def need(self, key: str) -> Any:
        full = f"{self.arch}.{key}"
        if full not in self.meta:
            raise GGUFImportError(f"{self.source}: the GGUF has no {full}, needed to build config.json")
        return self.meta[full]


def _llama(gguf: GGUFFile, m: _Meta, vocab_size: int) -> tuple[dict, dict[str, Callable[[], np.ndarray]]]:
    n_layer = int(m.need("block_count"))
    hidden = int(m.need("embedding_length"))
    n_head = int(m.need("attention.head_count"))
    n_kv = int(m.get("attention.head_count_kv", n_head))
    head_dim = int(m.get("attention.key_length", hidden // n_head))
    rope_dim = int(m.get("rope.dimension_count", head_dim))
    if rope_dim != head_dim:
        raise GGUFImportError(f"{m.source}: partial rotary ({rope_dim} of {head_dim} dims) is not supported")
    if m.get("rope.scaling.type", "none") not in ("none", None) or "rope_freqs.weight" in gguf.tensors:
        raise GGUFImportError(f"{m.source}: rope scaling is not supported")
    if m.get("expert_count", 0):
        raise GGUFImportError(f"{m.source}: mixture-of-experts llama models are not supported")
    tied = "output.weight" not in gguf.tensors
    config = {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "vocab_size": vocab_size,
        "hidden_size": hidden,
        "intermediate_size": int(m.need("feed_forward_length")),
        "num_hidden_layers": n_layer,
        "num_attention_heads": n_head,
        "num_key_value_heads": n_kv,
        "head_dim": head_dim,
        "hidden_act": "silu",
        "max_position_embeddings": int(m.need("context_length")),
        "rms_norm_eps": _f32(m.need("attention.layer_norm_rms_epsilon")),
        "rope_theta": _f32(m.get("rope.freq_base", 10000.0)),
        "rope_scaling": None,
        "attention_bias": False,
        "mlp_bias": False,
        "tie_word_embeddings": tied,
        "torch_dtype": "float32",
    }
    deq = gguf.dequantize
    plan: dict[str, Callable[[], np.ndarray]] = {
        "model.embed_tokens.weight": lambda: deq("token_embd.weight"),
        "model.norm.weight": lambda: deq("output_norm.weight"),
    }
    if not tied:
        plan["lm_head.weight"] = lambda: deq("output.weight")
    for i in range(n_layer):
        g, h = f"blk.{i}.", f"model.layers.{i}."
        plan.update({
            h + "input_layernorm.weight": lambda g=g: deq(g + "attn_norm.weight"),
            h + "self_attn.q_proj.weight": lambda g=g: _unpermute_rotary(deq(g + "attn_q.weight"), n_head),
            h + "self_attn.k_proj.weight": lambda g=g: _unpermute_rotary(deq(g + "attn_k.weight"), n_kv),
            h + "self_attn.v_proj.weight": lambda g=g: deq(g + "attn_v.weight"),
            h + "self_attn.o_proj.weight": lambda g=g: deq(g + "attn_output.weight"),
            h + "post_attention_layernorm.weight": lambda g=g: deq(g + "ffn_norm.weight"),
            h + "mlp.gate_proj.weight": lambda g=g: deq(g + "ffn_gate.weight"),
            h + "mlp.up_proj.weight": lambda g=g: deq(g + "ffn_up.weight"),
            h + "mlp.down_proj.weight": lambda g=g: deq(g + "ffn_down.weight"),
        })
    return config, plan


def _gpt2(gguf: GGUFFile, m: _Meta, vocab_size: int) -> tuple[dict, dict[str, Callable[[], np.ndarray]]]:
    n_layer = int(m.need("block_count"))
    hidden = int(m.need("embedding_length"))
    deq = gguf.dequantize
    # older converters write output.weight as a copy of token_embd; an identical copy is a tie
    tied = "output.weight" not in gguf.tensors or (
        gguf.tensors["output.weight"].ne == gguf.tensors["token_embd.weight"].ne
        and np.array_equal(deq("output.weight"), deq("token_embd.weight"))
    )
    config = {
        "architectures": ["GPT2LMHeadModel"],
        "model_type": "gpt2",
        "vocab_size": vocab_size,
        "n_embd": hidden,
        "n_layer": n_layer,
        "n_head": int(m.need("attention.head_count")),
        "n_inner": int(m.get("feed_forward_length", 4 * hidden)),
        "n_positions": int(m.need("context_length")),
        "n_ctx": int(m.need("context_length")),
        "layer_norm_epsilon": _f32(m.get("attention.layer_norm_epsilon", 1e-5)),
        "activation_function": "gelu_new",
        "tie_word_embeddings": tied,
        "torch_dtype": "float32",
    }
    plan: dict[str, Callable[[], np.ndarray]] = {
        "transformer.wte.weight": lambda: deq("token_embd.weight"),
        "transformer.wpe.weight": lambda: deq("position_embd.weight"),
        "transformer.ln_f.weight": lambda: deq("output_norm.weight"),
        "transformer.ln_f.bias": lambda: deq("output_norm.bias"),
    }
    if not tied:
        plan["lm_head.weight"] = lambda: deq("output.weight")
    # HF GPT-2 uses Conv1D (weight is [in, out]); convert_hf_to_gguf transposed these to [out, in]
    pairs = [("attn_norm", "ln_1", False), ("attn_qkv", "attn.c_attn", True),
             ("attn_output", "attn.c_proj", True), ("ffn_norm", "ln_2", False),
             ("ffn_up", "mlp.c_fc", True), ("ffn_down", "mlp.c_proj", True)]
    for i in range(n_layer):
        for gname, hname, transpose in pairs:
            g, h = f"blk.{i}.{gname}.", f"transformer.h.{i}.{hname}."
            if transpose:
                plan[h + "weight"] = lambda g=g: np.ascontiguousarray(deq(g + "weight").T)
            else:
                plan[h + "weight"] = lambda g=g: deq(g + "weight")
            plan[h + "bias"] = lambda g=g: deq(g + "bias")
    return config, plan


def _check_tensors(gguf: GGUFFile, needed: set[str], source: str) -> None:
    missing = sorted(needed - set(gguf.tensors))
    if missing:
        raise GGUFImportError(f"{source}: the GGUF lacks tensor {missing[0]}" + (
            f" and {len(missing) - 1} more" if len(missing) > 1 else ""))
    extra = sorted(set(gguf.tensors) - needed)
    if extra:
        raise GGUFImportError(
            f"{source}: the GGUF has tensor {extra[0]}, which this importer does not know how to map"
            + (f" (and {len(extra) - 1} more)" if len(extra) > 1 else "")
        )


def _needed_gguf_tensors(arch: str, config: dict, gguf: GGUFFile) -> set[str]:
    if arch == "llama":
        names = {"token_embd.weight", "output_norm.weight"}
        per = ["attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm", "ffn_gate", "ffn_up", "ffn_down"]
        n = config["num_hidden_layers"]
        names |= {f"blk.{i}.{p}.weight" for i in range(n) for p in per}
    else:
        names = {"token_embd.weight", "position_embd.weight", "output_norm.weight", "output_norm.bias"}
        per = ["attn_norm", "attn_qkv", "attn_output", "ffn_norm", "ffn_up", "ffn_down"]
        n = config["n_layer"]
        names |= {f"blk.{i}.{p}.{wb}" for i in range(n) for p in per for wb in ("weight", "bias")}
    if "output.weight" in gguf.tensors:
        names.add("output.weight")
    return names


def gguf_to_checkpoint(gguf_path: Path, out_dir: Path) -> dict:
    """Write a HF checkpoint for the GGUF at gguf_path into out_dir; return provenance."""
    gguf_path, out_dir = Path(gguf_path), Path(out_dir)
    source = gguf_path.name
    if not gguf_path.is_file():
        raise GGUFImportError(f"{gguf_path}: no such file")
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise GGUFImportError(f"{out_dir}: already exists and is not an empty folder")
    with GGUFFile(gguf_path) as gguf:
        meta = gguf.metadata
        arch = meta.get("general.architecture")
        if arch not in SUPPORTED_ARCHITECTURES:
            raise GGUFImportError(
                f"{source}: architecture {arch!r} is not supported (supported: {', '.join(SUPPORTED_ARCHITECTURES)})"
            )
        m = _Meta(meta, arch, source)
        tokens = meta.get("tokenizer.ggml.tokens")
        if not tokens:
            raise GGUFImportError(f"{source}: the GGUF has no tokenizer (tokenizer.ggml.tokens)")
        if "token_embd.weight" not in gguf.tensors:
            raise GGUFImportError(f"{source}: the GGUF lacks tensor token_embd.weight")
        vocab_size = int(gguf.tensors["token_embd.weight"].ne[1])
        if len(tokens) > vocab_size:
            raise GGUFImportError(f"{source}: {len(tokens)} tokens but the embedding has {vocab_size} rows")
        # Check all tensor types before dequantizing anything, so the error is immediate.
        for t in gguf.tensors.values():
            if t.ggml_type not in DEQUANTIZERS:
                gguf.dequantize(t.name)  # raises GGUFImportError naming the type
        config, plan = (_llama if arch == "llama" else _gpt2)(gguf, m, vocab_size)
        _check_tensors(gguf, _needed_gguf_tensors(arch, config, gguf), source)
        tok_json, tok_config, ids = build_tokenizer(meta, config.get("max_position_embeddings") or config["n_positions"], source)
        config.update(bos_token_id=ids["bos"], eos_token_id=ids["eos"], pad_token_id=ids["pad"])
        # every token llama.cpp ends generation on (SmolLM2: <|im_end|> and <|endoftext|>)
        eos = ids["eog"] if len(ids["eog"]) > 1 else ids["eos"]
        generation = {"bos_token_id": ids["bos"], "eos_token_id": eos, "pad_token_id": ids["pad"]}
        generation = {k: v for k, v in generation.items() if v is not None}

        out_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
        tmp.chmod(0o755)
        try:
            tensors = {}
            for hf_name, load in plan.items():
                arr = load()
                if not np.isfinite(arr).all():
                    raise GGUFImportError(f"{source}: a tensor behind {hf_name} holds NaN or infinity (corrupt data?)")
                tensors[hf_name] = np.ascontiguousarray(arr, dtype=np.float32)
            save_file(tensors, str(tmp / "model.safetensors"), metadata={"format": "pt"})
            del tensors
            _write_json(tmp / "config.json", config)
            _write_json(tmp / "generation_config.json", generation)
            _write_json(tmp / "tokenizer.json", tok_json)
            _write_json(tmp / "tokenizer_config.json", tok_config)
            _write_json(tmp / "special_tokens_map.json", {
                k + "_token": tok_config[k + "_token"] for k in ("bos", "eos", "pad", "unk") if tok_config[k + "_token"]
            })
            (tmp / "README.md").write_text(_card(meta, source), encoding="utf-8")
            for f in tmp.iterdir():
                f.chmod(0o644)
            if out_dir.exists():
                out_dir.rmdir()
            tmp.rename(out_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return {"source": source, "sha256": sha256_file(gguf_path), "kind": "gguf"}


def _write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _card(meta: dict[str, Any], source: str) -> str:
    """A model card whose front matter carries the GGUF's license (tools.convert reads it)."""
    lines = ["---"]
    if meta.get("general.license"):
        lines.append(f"license: {meta['general.license']}")
    lines += ["---", "", f"# {meta.get('general.name') or source}", "",
              f"Imported from the GGUF file {source} by tools/gguf_import.py: weights dequantized to float32."]
    for key in ("general.organization", "general.finetune", "general.size_label", "general.license",
                "general.source.url", "general.url"):
        if meta.get(key):
            lines.append(f"- {key}: {meta[key]}")
    return "\n".join(lines) + "\n"
