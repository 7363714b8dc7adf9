"""Single-op ONNX graphs for per-op timing of the decode step's matrix products (M = 1 token),
at SmolLM2-135M's shapes: MatMul fp32, MatMulNBits 4-bit (block 16/32/64/128, accuracy_level
0 and 4), MatMulNBits 8-bit, DynamicQuantizeMatMul int8 per channel.
Run with the project venv:  python bench/levers/make_microbench.py OUT_DIR
Each graph: Y = X[1, 1, K] @ W[K, N], REPEAT independent products sharing X (so one session.run
amortizes the call overhead). The 4/8-bit packing is MatMulNBits' own (asymmetric, uint8 zero
points, the even element in the low nibble), written here so this file depends on nothing else.
"""

import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper



class Q:
    def __init__(self, data, scales, zero_points):
        self.data, self.scales, self.zero_points = data, scales, zero_points


def pack(q: np.ndarray, bits: int) -> np.ndarray:
    if bits == 8:
        return q.astype(np.uint8)
    q = q.reshape(q.shape[0], -1, 2)
    return (q[..., 0] | (q[..., 1] << 4)).astype(np.uint8)


def quantize_blocks(w: np.ndarray, bits: int, block: int) -> Q:
    """w [N, K] -> MatMulNBits B [N, blocks, block*bits/8], scales [N, blocks], packed zero points."""
    n, k = w.shape
    nb = -(-k // block)
    padded = np.zeros((n, nb * block), np.float32)
    padded[:, :k] = w
    b = padded.reshape(n, nb, block)
    qmax = (1 << bits) - 1
    lo, hi = np.minimum(b.min(2), 0), np.maximum(b.max(2), 0)
    scale = np.where(hi > lo, (hi - lo) / qmax, 1.0).astype(np.float32)
    zp = np.clip(np.rint(-lo / scale), 0, qmax).astype(np.uint8)
    q = np.clip(np.rint(b / scale[:, :, None]) + zp[:, :, None], 0, qmax).astype(np.uint8)
    data = pack(q.reshape(n, -1), bits).reshape(n, nb, block * bits // 8)
    zpp = pack(np.pad(zp, ((0, 0), (0, nb % 2 if bits == 4 else 0))), bits)
    return Q(data, scale, zpp)

REPEAT = 8
SHAPES = {"attn_q": (576, 576), "ffn_up": (576, 1536), "ffn_down": (1536, 576), "lm_head": (576, 49152)}


def graph(name, k, n, make_node):
    x = helper.make_tensor_value_info("X", TensorProto.FLOAT, [1, 1, k])
    outs, nodes, inits = [], [], []
    for r in range(REPEAT if n < 10000 else 1):
        ns, its, y = make_node(r)
        nodes += ns
        inits += its
        outs.append(helper.make_tensor_value_info(y, TensorProto.FLOAT, [1, 1, n]))
    g = helper.make_graph(nodes, name, [x], outs, inits)
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    m.ir_version = 9
    return m


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for shape_name, (k, n) in SHAPES.items():
        w = rng.standard_normal((k, n), dtype=np.float32) * 0.05  # [K, N]

        def fp32(r):
            return ([helper.make_node("MatMul", ["X", f"W{r}"], [f"Y{r}"])],
                    [helper.make_tensor(f"W{r}", TensorProto.FLOAT, [k, n], w.flatten())], f"Y{r}")

        onnx.save(graph("fp32", k, n, fp32), out / f"{shape_name}-fp32.onnx")

        for bits, block, acc in [(4, 16, 4), (4, 32, 0), (4, 32, 4), (4, 64, 4), (4, 128, 4), (8, 32, 0), (8, 32, 4)]:
            q = quantize_blocks(w.T, bits, block)  # rows = N outputs

            def nbits(r, q=q, bits=bits, block=block, acc=acc):
                node = helper.make_node("MatMulNBits", ["X", f"B{r}", f"S{r}", f"Z{r}"], [f"Y{r}"], domain="com.microsoft",
                                        K=k, N=n, bits=bits, block_size=block, accuracy_level=acc)
                inits = [
                    helper.make_tensor(f"B{r}", TensorProto.UINT8, list(q.data.shape), q.data.tobytes(), raw=True),
                    helper.make_tensor(f"S{r}", TensorProto.FLOAT, [q.scales.size], q.scales.flatten()),
                    helper.make_tensor(f"Z{r}", TensorProto.UINT8, [q.zero_points.size], q.zero_points.tobytes(), raw=True),
                ]
                return [node], inits, f"Y{r}"

            onnx.save(graph(f"q{bits}", k, n, nbits), out / f"{shape_name}-nbits{bits}-b{block}-acc{acc}.onnx")

        scale = np.abs(w).max(axis=0) / 127.0
        qw = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)

        def dq(r):
            node = helper.make_node("DynamicQuantizeMatMul", ["X", f"B{r}", f"S{r}"], [f"Y{r}"], domain="com.microsoft")
            return [node], [helper.make_tensor(f"B{r}", TensorProto.INT8, [k, n], qw.tobytes(), raw=True),
                            helper.make_tensor(f"S{r}", TensorProto.FLOAT, [n], scale)], f"Y{r}"

        onnx.save(graph("dqmm", k, n, dq), out / f"{shape_name}-dqmm-int8.onnx")
    print(f"wrote {len(list(out.glob('*.onnx')))} graphs to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
