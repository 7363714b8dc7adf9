"""The weight encodings of each variant, checked op by op against numpy, in onnxruntime with and
without graph optimizations (folded float16 Casts must give the same numbers as unfolded ones)."""

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import helper

from tools.graph_builder import FLOAT, INT64, GraphBuilder, WeightFormat, tensor_input

FORMATS = {
    "fp32": WeightFormat("fp32", None, None, None),
    "int8": WeightFormat("int8", 8, 8, 8, scheme="channel"),
    "q4": WeightFormat("q4", 4, 4, 4),
    "q4-head8": WeightFormat("q4", 4, 8, 8),
}


def _run(model: onnx.ModelProto, feeds: dict, optimize: bool) -> list[np.ndarray]:
    opts = ort.SessionOptions()
    opts.graph_optimization_level = (ort.GraphOptimizationLevel.ORT_ENABLE_ALL if optimize
                                     else ort.GraphOptimizationLevel.ORT_DISABLE_ALL)
    sess = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    return sess.run(None, feeds)


@pytest.mark.parametrize("name", sorted(FORMATS))
@pytest.mark.parametrize("k", [64, 80])
def test_linear_embedding_and_tied_head(name, k):
    rng = np.random.default_rng(0)
    vocab, n = 50, 40
    table = rng.standard_normal((vocab, k)).astype(np.float32) * 0.1
    weight = rng.standard_normal((n, k)).astype(np.float32) * 0.1
    bias = rng.standard_normal(n).astype(np.float32)
    g = GraphBuilder(FORMATS[name])
    emb = g.embedding("ids", table, "embed")
    lin = g.linear("x", weight, bias, "proj")
    head = g.tied_lm_head("x", table, "embed")
    for out, target in ((emb, "emb"), (lin, "lin"), (head, "head")):
        g.nodes.append(helper.make_node("Identity", [out], [target]))
    model = g.model([tensor_input("ids", INT64, [1, 3]), tensor_input("x", FLOAT, [1, 2, k])],
                    [tensor_input("emb", FLOAT, [1, 3, k]), tensor_input("lin", FLOAT, [1, 2, n]),
                     tensor_input("head", FLOAT, [1, 2, vocab])], doc="test")
    onnx.checker.check_model(model)
    ids = np.array([[0, 7, vocab - 1]], dtype=np.int64)
    x = rng.standard_normal((1, 2, k)).astype(np.float32)
    fmt = FORMATS[name]
    # what the stored encodings mean, in numpy
    if fmt.linear_bits is None:
        w_lin, w_tab = weight, table
    elif fmt.scheme == "channel":
        w_lin, w_tab = (_channel(weight), _channel(table))
    else:
        w_lin = g.quantized[f"proj:{fmt.linear_bits}"].dequantize()
        w_tab = g.quantized[f"embed:{fmt.embed_bits}"].dequantize()
    for optimize in (False, True):
        emb_out, lin_out, head_out = _run(model, {"ids": ids, "x": x}, optimize)
        np.testing.assert_allclose(emb_out[0], w_tab[ids[0]], atol=1e-6)
        tol = 0.05 if fmt.scheme == "channel" else 1e-4  # int8 also quantizes the activations
        np.testing.assert_allclose(lin_out, x @ w_lin.T + bias, atol=tol)
        np.testing.assert_allclose(head_out, x @ w_tab.T, atol=tol)
    # the tied table is stored once
    stored = [i.name for i in model.graph.initializer if i.name.startswith("embed.")]
    assert len([s for s in stored if "weight" in s]) == 1, stored


def _channel(w):
    scale = np.abs(w).max(axis=1, keepdims=True) / 127
    return np.clip(np.rint(w / scale), -127, 127) * scale

