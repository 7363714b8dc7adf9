"""Lever "download 4-bit, compute in float32": rewrite every MatMulNBits of a q4 file into a chain
of plain ops that unpacks its weight (Mod and BitShift for the nibbles, Cast, Sub zero point, Mul
scale, Transpose) and a plain MatMul. Every input of the chain is an initializer, so
onnxruntime's constant folding computes float32 weights once, when the session is created: the
file stays as small as q4 (the same initializers), and the decode step runs MLAS's float32 GEMM.

    python bench/levers/fold_q4.py IN.onnx OUT.onnx

bench/levers/run-levers.sh measures it (label "fold-q4"). Two findings from writing it:
- constant folding keeps every intermediate of the chain until its pass ends, so the peak is
  several float32 copies of the weights (see the lever table in docs/onnx-vs-gguf.md);
- the shorter form MatMul(x, MatMulNBits(I, W)) with a constant identity I is not folded by
  onnxruntime 1.30/1.31 (load time unchanged, the K x K x N product then runs on every step).
"""

from __future__ import annotations

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def _attrs(node: onnx.NodeProto) -> dict:
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def fold(model: onnx.ModelProto) -> int:
    g = model.graph
    new_nodes: list[onnx.NodeProto] = []
    consts: list[onnx.TensorProto] = []
    count = 0

    def const(name: str, value: np.ndarray) -> str:
        consts.append(numpy_helper.from_array(value, name))
        return name

    for node in g.node:
        if node.op_type != "MatMulNBits":
            new_nodes.append(node)
            continue
        a = _attrs(node)
        k, n, bits, block = a["K"], a["N"], a["bits"], a["block_size"]
        blocks = -(-k // block)
        p = f"/fold{count}"
        x, packed, scales = node.input[0], node.input[1], node.input[2]
        zps = node.input[3] if len(node.input) > 3 and node.input[3] else None
        nodes = []
        if bits == 4:
            # [N, blocks, block/2] bytes -> low and high nibbles -> [N, blocks, block]
            nodes.append(helper.make_node("Mod", [packed, const(f"{p}/m16", np.array(16, np.uint8))], [f"{p}/lo"]))
            nodes.append(helper.make_node("BitShift", [packed, const(f"{p}/s4", np.array(4, np.uint8))], [f"{p}/hi"],
                                          direction="RIGHT"))
            nodes.append(helper.make_node("Unsqueeze", [f"{p}/lo", const(f"{p}/ax", np.array([3], np.int64))], [f"{p}/lo3"]))
            nodes.append(helper.make_node("Unsqueeze", [f"{p}/hi", f"{p}/ax"], [f"{p}/hi3"]))
            nodes.append(helper.make_node("Concat", [f"{p}/lo3", f"{p}/hi3"], [f"{p}/q4"], axis=3))
            nodes.append(helper.make_node("Reshape", [f"{p}/q4", const(f"{p}/qs", np.array([n, blocks, block], np.int64))],
                                          [f"{p}/q"]))
        elif bits == 8:
            nodes.append(helper.make_node("Identity", [packed], [f"{p}/q"]))
        else:
            raise SystemExit(f"{node.name}: bits={bits} not handled")
        nodes.append(helper.make_node("Cast", [f"{p}/q"], [f"{p}/qf"], to=TensorProto.FLOAT))
        if zps is None:
            zp = const(f"{p}/zp", np.array(2 ** (bits - 1), np.float32))
        elif bits == 4:
            # packed 4-bit zero points, two blocks per byte: [N, ceil(blocks/2)] -> [N, blocks, 1]
            nodes.append(helper.make_node("Mod", [zps, f"{p}/m16"], [f"{p}/zlo"]))
            nodes.append(helper.make_node("BitShift", [zps, f"{p}/s4"], [f"{p}/zhi"], direction="RIGHT"))
            nodes.append(helper.make_node("Unsqueeze", [f"{p}/zlo", const(f"{p}/ax2", np.array([2], np.int64))], [f"{p}/zlo2"]))
            nodes.append(helper.make_node("Unsqueeze", [f"{p}/zhi", f"{p}/ax2"], [f"{p}/zhi2"]))
            nodes.append(helper.make_node("Concat", [f"{p}/zlo2", f"{p}/zhi2"], [f"{p}/z2"], axis=2))
            nodes.append(helper.make_node("Reshape", [f"{p}/z2", const(f"{p}/zs", np.array([n, -1], np.int64))], [f"{p}/zall"]))
            nodes.append(helper.make_node("Slice", [f"{p}/zall", const(f"{p}/z0", np.array([0], np.int64)),
                                                    const(f"{p}/zb", np.array([blocks], np.int64)),
                                                    const(f"{p}/z1", np.array([1], np.int64))], [f"{p}/zcut"]))
            nodes.append(helper.make_node("Cast", [f"{p}/zcut"], [f"{p}/zf"], to=TensorProto.FLOAT))
            nodes.append(helper.make_node("Unsqueeze", [f"{p}/zf", f"{p}/ax2"], [f"{p}/zp"]))
            zp = f"{p}/zp"
        else:
            nodes.append(helper.make_node("Cast", [zps], [f"{p}/zf"], to=TensorProto.FLOAT))
            nodes.append(helper.make_node("Reshape", [f"{p}/zf", const(f"{p}/zs", np.array([n, blocks, 1], np.int64))],
                                          [f"{p}/zp"]))
            zp = f"{p}/zp"
        nodes.append(helper.make_node("Sub", [f"{p}/qf", zp], [f"{p}/qc"]))
        nodes.append(helper.make_node("Reshape", [scales, const(f"{p}/ss", np.array([n, blocks, 1], np.int64))], [f"{p}/sc"]))
        nodes.append(helper.make_node("Mul", [f"{p}/qc", f"{p}/sc"], [f"{p}/wb"]))
        nodes.append(helper.make_node("Reshape", [f"{p}/wb", const(f"{p}/ws", np.array([n, blocks * block], np.int64))],
                                      [f"{p}/wpad"]))
        w = f"{p}/wpad"
        if blocks * block != k:
            nodes.append(helper.make_node("Slice", [w, const(f"{p}/k0", np.array([0], np.int64)),
                                                    const(f"{p}/k1", np.array([k], np.int64)),
                                                    const(f"{p}/kax", np.array([1], np.int64))], [f"{p}/wk"]))
            w = f"{p}/wk"
        nodes.append(helper.make_node("Transpose", [w], [f"{p}/wt"], perm=[1, 0]))
        nodes.append(helper.make_node("MatMul", [x, f"{p}/wt"], list(node.output[:1]), name=node.name))
        new_nodes.extend(nodes)
        count += 1
    del g.node[:]
    g.node.extend(new_nodes)
    g.initializer.extend(consts)
    return count


def main(argv: list[str]) -> None:
    src, dst = argv
    model = onnx.load(src)
    print(f"rewrote {fold(model)} MatMulNBits nodes", file=sys.stderr)
    onnx.save(model, dst)


if __name__ == "__main__":
    main(sys.argv[1:])
