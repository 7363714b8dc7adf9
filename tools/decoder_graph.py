"""The decoder-with-KV-cache ONNX graph for GPT-2 and Llama, written op by op with plain ONNX ops.

Inputs (Transformers.js v3 names):
  input_ids int64 [batch, sequence_length]
  attention_mask int64 [batch, total_sequence_length]   (1 = real token, 0 = padding)
  position_ids int64 [batch, sequence_length]
  past_key_values.N.key / .value float32 [batch, kv_heads, past_sequence_length, head_dim]
Outputs: logits float32 [batch, sequence_length, vocab], present.N.key / .value (past + new).
Weights are stored as the variant's WeightFormat says (see graph_builder.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import onnx

from .graph_builder import FLOAT, INT64, GraphBuilder, WeightFormat, tensor_input

FLOAT_MIN = float(np.finfo(np.float32).min)


@dataclass(frozen=True)
class DecoderSpec:
    """Everything the graph needs to know about the model, independent of the source format."""

    architecture: str  # gpt2 | llama
    num_layers: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    hidden_size: int
    vocab_size: int
    norm_eps: float
    activation: str  # gelu_new | gelu | silu | relu
    tied_embeddings: bool
    scale_by_inverse_layer_idx: bool = False  # GPT-2 option
    rope_inv_freq: tuple[float, ...] | None = None  # Llama
    rope_attention_scaling: float = 1.0


def io_names(num_layers: int) -> tuple[list[str], list[str]]:
    inputs = ["input_ids", "attention_mask", "position_ids"]
    outputs = ["logits"]
    for i in range(num_layers):
        inputs += [f"past_key_values.{i}.key", f"past_key_values.{i}.value"]
        outputs += [f"present.{i}.key", f"present.{i}.value"]
    return inputs, outputs


def build_decoder(spec: DecoderSpec, weights: dict[str, np.ndarray], fmt: WeightFormat) -> onnx.ModelProto:
    """weights: HF state-dict names -> float32 arrays, linear weights in the nn.Linear [out, in] layout."""
    g = GraphBuilder(fmt)
    ctx = _Context(g, spec)
    if spec.architecture == "gpt2":
        hidden = _gpt2_body(ctx, weights)
    elif spec.architecture == "llama":
        hidden = _llama_body(ctx, weights)
    else:
        raise ValueError(f"unsupported architecture {spec.architecture}")
    embed_name = "transformer.wte" if spec.architecture == "gpt2" else "model.embed_tokens"
    if spec.tied_embeddings:
        logits = g.tied_lm_head(hidden, weights[f"{embed_name}.weight"], embed_name)
    else:
        logits = g.linear(hidden, weights["lm_head.weight"], weights.get("lm_head.bias"), "lm_head",
                          bits=fmt.lm_head_bits)
    g.nodes.append(onnx.helper.make_node("Identity", [logits], ["logits"], name="/logits"))

    kv = spec.num_kv_heads
    inputs = [
        tensor_input("input_ids", INT64, ["batch_size", "sequence_length"]),
        tensor_input("attention_mask", INT64, ["batch_size", "total_sequence_length"]),
        tensor_input("position_ids", INT64, ["batch_size", "sequence_length"]),
    ]
    outputs = [tensor_input("logits", FLOAT, ["batch_size", "sequence_length", spec.vocab_size])]
    for i in range(spec.num_layers):
        for kind in ("key", "value"):
            inputs.append(tensor_input(f"past_key_values.{i}.{kind}", FLOAT,
                                       ["batch_size", kv, "past_sequence_length", spec.head_dim]))
            outputs.append(tensor_input(f"present.{i}.{kind}", FLOAT,
                                        ["batch_size", kv, "total_sequence_length", spec.head_dim]))
    return g.model(inputs, outputs, doc=f"{spec.architecture} decoder with KV cache ({fmt.quantization})")


class _Context:
    """Values shared by all layers: the attention mask and (Llama) the rotary cos/sin."""

    def __init__(self, g: GraphBuilder, spec: DecoderSpec):
        self.g, self.spec = g, spec
        self.allowed = self._mask()
        self.cos = self.sin = None
        if spec.rope_inv_freq is not None:
            self.cos, self.sin = self._rope_tables()

    def _mask(self) -> str:
        """bool [batch, 1, seq, total]: key j visible to query i when j <= past + i and mask[j] = 1."""
        g = self.g
        scalar_one = g.const(1)
        total = g.op("Gather", [g.op("Shape", ["attention_mask"]), scalar_one], hint="mask")
        seq = g.op("Gather", [g.op("Shape", ["input_ids"]), scalar_one], hint="mask")
        past = g.op("Sub", [total, seq], hint="mask")
        q_pos = g.op("Range", [past, total, scalar_one], hint="mask")
        k_pos = g.op("Range", [g.const(0), total, scalar_one], hint="mask")
        causal = g.op("LessOrEqual", [g.op("Unsqueeze", [k_pos, g.const([0])]),
                                      g.op("Unsqueeze", [q_pos, g.const([1])])], hint="mask")
        padding = g.op("Cast", ["attention_mask"], hint="mask", to=onnx.TensorProto.BOOL)
        padding = g.op("Unsqueeze", [padding, g.const([1, 2])], hint="mask")
        return g.op("And", [causal, padding], hint="mask")

    def _rope_tables(self) -> tuple[str, str]:
        g, spec = self.g, self.spec
        inv_freq = np.asarray(spec.rope_inv_freq, dtype=np.float32)
        pos = g.op("Unsqueeze", [g.op("Cast", ["position_ids"], hint="rope", to=onnx.TensorProto.FLOAT),
                                 g.const([2])], hint="rope")
        freqs = g.op("Mul", [pos, g.initializer("rope.inv_freq", inv_freq)], hint="rope")
        emb = g.op("Concat", [freqs, freqs], hint="rope", axis=-1)
        cos, sin = g.op("Cos", [emb], hint="rope"), g.op("Sin", [emb], hint="rope")
        if spec.rope_attention_scaling != 1.0:
            scale = g.const(spec.rope_attention_scaling, np.float32)
            cos, sin = g.op("Mul", [cos, scale]), g.op("Mul", [sin, scale])
        return (g.op("Unsqueeze", [cos, g.const([1])], hint="rope"),
                g.op("Unsqueeze", [sin, g.const([1])], hint="rope"))

    # -- building blocks ------------------------------------------------------------------
    def layer_norm(self, x: str, w: np.ndarray, b: np.ndarray, name: str) -> str:
        g = self.g
        return g.op("LayerNormalization", [x, g.initializer(f"{name}.weight", w), g.initializer(f"{name}.bias", b)],
                    hint=name, axis=-1, epsilon=self.spec.norm_eps)

    def rms_norm(self, x: str, w: np.ndarray, name: str) -> str:
        g = self.g
        var = g.op("ReduceMean", [g.op("Mul", [x, x], hint=name)], hint=name, axes=[-1], keepdims=1)
        denom = g.op("Sqrt", [g.op("Add", [var, g.const(self.spec.norm_eps, np.float32)], hint=name)], hint=name)
        normed = g.op("Div", [x, denom], hint=name)
        return g.op("Mul", [normed, g.initializer(f"{name}.weight", w)], hint=name)

    def activation(self, x: str) -> str:
        g, act = self.g, self.spec.activation
        if act == "silu":
            return g.op("Mul", [x, g.op("Sigmoid", [x])], hint="silu")
        if act == "relu":
            return g.op("Relu", [x])
        if act == "gelu":
            erf = g.op("Erf", [g.op("Mul", [x, g.const(1 / math.sqrt(2), np.float32)], hint="gelu")], hint="gelu")
            half_x = g.op("Mul", [x, g.const(0.5, np.float32)], hint="gelu")
            return g.op("Mul", [half_x, g.op("Add", [erf, g.const(1.0, np.float32)], hint="gelu")], hint="gelu")
        if act == "gelu_new":  # tanh approximation
            cube = g.op("Mul", [g.op("Mul", [x, x], hint="gelu"), x], hint="gelu")
            inner = g.op("Add", [x, g.op("Mul", [cube, g.const(0.044715, np.float32)], hint="gelu")], hint="gelu")
            t = g.op("Tanh", [g.op("Mul", [inner, g.const(math.sqrt(2 / math.pi), np.float32)], hint="gelu")])
            half_x = g.op("Mul", [x, g.const(0.5, np.float32)], hint="gelu")
            return g.op("Mul", [half_x, g.op("Add", [t, g.const(1.0, np.float32)], hint="gelu")], hint="gelu")
        raise ValueError(f"unsupported activation {act}")

    def heads(self, x: str, n: int, name: str) -> str:
        """[b, s, n*hd] -> [b, n, s, hd]"""
        g = self.g
        x = g.op("Reshape", [x, g.const([0, 0, n, self.spec.head_dim])], hint=name)
        return g.op("Transpose", [x], hint=name, perm=[0, 2, 1, 3])

    def rotate(self, x: str, name: str) -> str:
        g, half = self.g, self.spec.head_dim // 2
        x1 = g.op("Slice", [x, g.const([0]), g.const([half]), g.const([3])], hint=name)
        x2 = g.op("Slice", [x, g.const([half]), g.const([self.spec.head_dim]), g.const([3])], hint=name)
        rotated = g.op("Concat", [g.op("Neg", [x2], hint=name), x1], hint=name, axis=-1)
        return g.op("Add", [g.op("Mul", [x, self.cos], hint=name), g.op("Mul", [rotated, self.sin], hint=name)],
                    hint=name)

    def attention(self, q: str, k: str, v: str, layer: int, scale: float) -> str:
        """q [b,s,h*hd], k/v [b,s,kv*hd] -> context [b,s,h*hd]; writes present.{layer}.key/value."""
        g, spec = self.g, self.spec
        h, kv, hd = spec.num_heads, spec.num_kv_heads, spec.head_dim
        name = f"layers.{layer}.attn"
        q, k, v = self.heads(q, h, name), self.heads(k, kv, name), self.heads(v, kv, name)
        if self.cos is not None:
            q, k = self.rotate(q, name), self.rotate(k, name)
        for kind, new in (("key", k), ("value", v)):
            g.nodes.append(onnx.helper.make_node(
                "Concat", [f"past_key_values.{layer}.{kind}", new], [f"present.{layer}.{kind}"],
                name=g.fresh(f"{name}.present_{kind}"), axis=2))
        q = g.op("Mul", [q, g.const(scale, np.float32)], hint=name)
        if kv != h:  # grouped-query: fold the query heads of one kv head into its rows
            q = g.op("Reshape", [q, g.const([0, kv, -1, hd])], hint=name)
        k_t = g.op("Transpose", [f"present.{layer}.key"], hint=name, perm=[0, 1, 3, 2])
        scores = g.op("MatMul", [q, k_t], hint=name)
        if kv != h:
            scores = g.op("Reshape", [scores, g.const([0, h, -1, 0])], hint=name)
        scores = g.op("Where", [self.allowed, scores, g.const(FLOAT_MIN, np.float32)], hint=name)
        probs = g.op("Softmax", [scores], hint=name, axis=-1)
        if kv != h:
            probs = g.op("Reshape", [probs, g.const([0, kv, -1, 0])], hint=name)
        ctx = g.op("MatMul", [probs, f"present.{layer}.value"], hint=name)
        if kv != h:
            ctx = g.op("Reshape", [ctx, g.const([0, h, -1, hd])], hint=name)
        ctx = g.op("Transpose", [ctx], hint=name, perm=[0, 2, 1, 3])
        return g.op("Reshape", [ctx, g.const([0, 0, h * hd])], hint=name)


def _gpt2_body(ctx: _Context, w: dict[str, np.ndarray]) -> str:
    g, spec = ctx.g, ctx.spec
    d = spec.hidden_size
    tok = g.embedding("input_ids", w["transformer.wte.weight"], "transformer.wte")
    pos = g.op("Gather", [g.initializer("transformer.wpe.weight", w["transformer.wpe.weight"]), "position_ids"],
               hint="wpe")
    x = g.op("Add", [tok, pos], hint="embed")
    for i in range(spec.num_layers):
        p = f"transformer.h.{i}"
        hdn = ctx.layer_norm(x, w[f"{p}.ln_1.weight"], w[f"{p}.ln_1.bias"], f"{p}.ln_1")
        qkv = g.linear(hdn, w[f"{p}.attn.c_attn.weight"], w[f"{p}.attn.c_attn.bias"], f"{p}.attn.c_attn")
        q, k, v = g.op("Split", [qkv, g.const([d, d, d])], hint=p, n_out=3, axis=-1)
        scale = 1.0 / math.sqrt(spec.head_dim)
        if spec.scale_by_inverse_layer_idx:
            scale /= i + 1
        att = ctx.attention(q, k, v, i, scale)
        att = g.linear(att, w[f"{p}.attn.c_proj.weight"], w[f"{p}.attn.c_proj.bias"], f"{p}.attn.c_proj")
        x = g.op("Add", [x, att], hint=p)
        hdn = ctx.layer_norm(x, w[f"{p}.ln_2.weight"], w[f"{p}.ln_2.bias"], f"{p}.ln_2")
        hdn = g.linear(hdn, w[f"{p}.mlp.c_fc.weight"], w[f"{p}.mlp.c_fc.bias"], f"{p}.mlp.c_fc")
        hdn = ctx.activation(hdn)
        hdn = g.linear(hdn, w[f"{p}.mlp.c_proj.weight"], w[f"{p}.mlp.c_proj.bias"], f"{p}.mlp.c_proj")
        x = g.op("Add", [x, hdn], hint=p)
    return ctx.layer_norm(x, w["transformer.ln_f.weight"], w["transformer.ln_f.bias"], "transformer.ln_f")


def _cat(*arrays: np.ndarray | None) -> np.ndarray | None:
    if all(a is None for a in arrays):
        return None
    return np.concatenate(arrays, axis=0)


def _llama_body(ctx: _Context, w: dict[str, np.ndarray]) -> str:
    g, spec = ctx.g, ctx.spec
    q_dim, kv_dim = spec.num_heads * spec.head_dim, spec.num_kv_heads * spec.head_dim
    x = g.embedding("input_ids", w["model.embed_tokens.weight"], "model.embed_tokens")
    for i in range(spec.num_layers):
        p = f"model.layers.{i}"
        a = f"{p}.self_attn"
        hdn = ctx.rms_norm(x, w[f"{p}.input_layernorm.weight"], f"{p}.input_layernorm")
        # One MatMul for q, k and v (and one for gate and up): fewer kernels per token.
        qkv_w = _cat(w[f"{a}.q_proj.weight"], w[f"{a}.k_proj.weight"], w[f"{a}.v_proj.weight"])
        qkv_b = _cat(w.get(f"{a}.q_proj.bias"), w.get(f"{a}.k_proj.bias"), w.get(f"{a}.v_proj.bias"))
        qkv = g.linear(hdn, qkv_w, qkv_b, f"{a}.qkv_proj")
        q, k, v = g.op("Split", [qkv, g.const([q_dim, kv_dim, kv_dim])], hint=a, n_out=3, axis=-1)
        att = ctx.attention(q, k, v, i, 1.0 / math.sqrt(spec.head_dim))
        att = g.linear(att, w[f"{a}.o_proj.weight"], w.get(f"{a}.o_proj.bias"), f"{a}.o_proj")
        x = g.op("Add", [x, att], hint=p)
        hdn = ctx.rms_norm(x, w[f"{p}.post_attention_layernorm.weight"], f"{p}.post_attention_layernorm")
        m = f"{p}.mlp"
        inter = w[f"{m}.gate_proj.weight"].shape[0]
        gu = g.linear(hdn, _cat(w[f"{m}.gate_proj.weight"], w[f"{m}.up_proj.weight"]),
                      _cat(w.get(f"{m}.gate_proj.bias"), w.get(f"{m}.up_proj.bias")), f"{m}.gate_up_proj")
        gate, up = g.op("Split", [gu, g.const([inter, inter])], hint=m, n_out=2, axis=-1)
        hdn = g.op("Mul", [ctx.activation(gate), up], hint=m)
        hdn = g.linear(hdn, w[f"{m}.down_proj.weight"], w.get(f"{m}.down_proj.bias"), f"{m}.down_proj")
        x = g.op("Add", [x, hdn], hint=p)
    return ctx.rms_norm(x, w["model.norm.weight"], "model.norm")
