"""A small helper over onnx.helper for writing graphs by hand, plus weight encodings per variant.

The decoder graphs (tools/decoder_graph.py) call `linear` and `embedding` without knowing how the
weights are stored; the WeightFormat of the variant decides (fp32 MatMul, MatMulNBits, ...).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .quant import BlockQuantized, quantize_affine, quantize_channel_int8, quantize_symmetric

OPSET = 17
MS_DOMAIN = "com.microsoft"


@dataclass(frozen=True)
class WeightFormat:
    """How one variant stores its weights."""

    quantization: str  # manifest Quantization: fp32 | int8 | q4
    linear_bits: int | None  # None: fp32 MatMul; else MatMulNBits with this many bits
    lm_head_bits: int | None
    embed_bits: int | None  # None: fp32 Gather; else GatherBlockQuantized
    block_size: int = 32
    accuracy_level: int = 0  # MatMulNBits: 0 = fp32 compute, 4 = int8 compute
    # "blocks": MatMulNBits, blocks of block_size along K; "channel": int8 with one scale per
    # output channel, run by DynamicQuantizeMatMul (onnxruntime's int8 GEMM, SIMD in WASM).
    scheme: str = "blocks"


class GraphBuilder:
    def __init__(self, fmt: WeightFormat):
        self.fmt = fmt
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []
        self._init_names: set[str] = set()
        self._counter = 0
        self._consts: dict[tuple, str] = {}
        self.quantized: dict[str, BlockQuantized] = {}  # weight name -> encoding (for sharing)
        self._block_names: dict[str, dict] = {}
        self._sums: dict[tuple, str] = {}

    # -- plumbing -------------------------------------------------------------------------
    def fresh(self, hint: str) -> str:
        self._counter += 1
        return f"/{hint}_{self._counter}"

    def op(self, op_type: str, inputs: list[str], hint: str | None = None, n_out: int = 1,
           domain: str = "", **attrs) -> str | list[str]:
        base = self.fresh(hint or op_type)
        outputs = [f"{base}/out{i}" if n_out > 1 else f"{base}/out" for i in range(n_out)]
        self.nodes.append(helper.make_node(op_type, inputs, outputs, name=base, domain=domain or None, **attrs))
        return outputs if n_out > 1 else outputs[0]

    def initializer(self, name: str, array: np.ndarray) -> str:
        if name in self._init_names:
            raise ValueError(f"duplicate initializer {name}")
        self._init_names.add(name)
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def const(self, values, dtype=np.int64) -> str:
        """A small constant (shape vectors, scalars), deduplicated."""
        arr = np.asarray(values, dtype=dtype)
        key = (arr.dtype.str, arr.shape, arr.tobytes())
        if key not in self._consts:
            self._consts[key] = self.initializer(f"const_{len(self._consts)}", arr)
        return self._consts[key]

    # -- weights ----------------------------------------------------------------------------
    def linear(self, x: str, weight: np.ndarray, bias: np.ndarray | None, name: str,
               bits: int | None | str = "layer") -> str:
        """y = x @ weight.T + bias, weight [N, K] in the nn.Linear layout.

        bits: "layer" uses the format's linear_bits; None keeps fp32; 4 or 8 quantize.
        """
        if bits == "layer":
            bits = self.fmt.linear_bits
        if bits is None:
            w = self.initializer(f"{name}.weight", np.ascontiguousarray(weight.T.astype(np.float32)))
            y = self.op("MatMul", [x, w], hint=name)
        elif self.fmt.scheme == "channel":
            y = self._dq_matmul(x, self._channel(name, weight), name)
        else:
            y = self._matmul_blocks(x, self._blocks(name, weight, bits), name)
        if bias is not None:
            y = self.op("Add", [y, self.initializer(f"{name}.bias", bias.astype(np.float32))], hint=name)
        return y

    # int8 per output channel (DynamicQuantizeMatMul) -----------------------------------------
    def _channel(self, name: str, weight: np.ndarray) -> tuple[str, str]:
        data = f"{name}.weight_int8"
        if data not in self._init_names:
            q, scale = quantize_channel_int8(weight)
            self.initializer(data, q)
            self.initializer(f"{name}.channel_scales", scale)
        return data, f"{name}.channel_scales"

    def _dq_matmul(self, x: str, q: tuple[str, str], name: str) -> str:
        return self.op("DynamicQuantizeMatMul", [x, q[0], q[1]], hint=name, domain=MS_DOMAIN)

    # blocks (MatMulNBits) ----------------------------------------------------------------------
    def _blocks(self, name: str, weight: np.ndarray, bits: int) -> BlockQuantized:
        key = f"{name}:{bits}"
        if key not in self.quantized:
            quantize = quantize_affine if bits == 4 else quantize_symmetric
            self.quantized[key] = quantize(weight, bits, self.fmt.block_size)
        return self.quantized[key]

    def _block_tensors(self, name: str, q: BlockQuantized) -> dict[str, str | None]:
        """Graph names of the packed data [N, nb, bytes], float32 scales [N, nb], the explicit
        zero points (affine only) and the block minimums transposed [nb, N] (affine only).
        MatMulNBits reads these and an embedding gathers rows of the same ones: a tied table is
        stored once. float16-stored values pass through a Cast that onnxruntime folds at load."""
        key = f"{name}.weight_q{q.bits}"
        if key in self._block_names:
            return self._block_names[key]
        names: dict[str, str | None] = {"data": self.initializer(key, q.data)}
        names["scales"] = self._float_tensor(f"{name}.scales", q.scales, q.half)
        names["zero_points"] = names["offsets_t"] = None
        if q.offsets is not None:
            zp_bytes = -(-q.n_blocks * q.bits // 8)
            names["zero_points"] = self.initializer(f"{name}.zero_points", np.zeros((q.n, zp_bytes), np.uint8))
            names["offsets_t"] = self._float_tensor(f"{name}.block_min_t", np.ascontiguousarray(q.offsets.T),
                                                    q.half)
        self._block_names[key] = names
        return names

    def _float_tensor(self, name: str, values: np.ndarray, half: bool) -> str:
        if not half:
            return self.initializer(name, values.astype(np.float32))
        stored = self.initializer(f"{name}_fp16", values.astype(np.float16))
        return self.op("Cast", [stored], hint=name, to=TensorProto.FLOAT)

    def _matmul_blocks(self, x: str, q: BlockQuantized, name: str) -> str:
        t = self._block_tensors(name, q)
        inputs = [x, t["data"], t["scales"]] + ([t["zero_points"]] if t["zero_points"] else [])
        y = self.op("MatMulNBits", inputs, hint=name, domain=MS_DOMAIN, K=q.k, N=q.n, bits=q.bits,
                    block_size=q.block_size, accuracy_level=self.fmt.accuracy_level)
        if t["offsets_t"] is None:
            return y
        # + sum over blocks of (sum of x in the block) * block minimum
        return self.op("Add", [y, self.op("MatMul", [self._block_sums(x, q), t["offsets_t"]], hint=name)], hint=name)

    def _block_sums(self, x: str, q: BlockQuantized) -> str:
        key = (x, q.k, q.block_size)
        if key not in self._sums:
            padded = x
            if q.k != q.n_blocks * q.block_size:
                pads = self.const([0, 0, 0, 0, 0, q.n_blocks * q.block_size - q.k])
                padded = self.op("Pad", [x, pads], hint="block_sums")
            blocks = self.op("Reshape", [padded, self.const([0, 0, q.n_blocks, q.block_size])], hint="block_sums")
            self._sums[key] = self.op("ReduceSum", [blocks, self.const([-1])], hint="block_sums", keepdims=0)
        return self._sums[key]

    def _float_table(self, table: np.ndarray, name: str) -> str:
        """The fp32 embedding table as one initializer, shared by the embedding and a tied lm_head."""
        w = f"{name}.weight"
        if w not in self._init_names:
            self.initializer(w, table.astype(np.float32))
        return w

    def embedding(self, ids: str, table: np.ndarray, name: str) -> str:
        bits = self.fmt.embed_bits
        if bits is None:
            return self.op("Gather", [self._float_table(table, name), ids], hint=name)
        if self.fmt.scheme == "channel":
            data, scales = self._channel(name, table)  # [K, V]: a token is a column
            cols = self.op("Gather", [data, ids], hint=name, axis=1)  # [K, b, s]
            rows = self.op("Transpose", [cols], hint=name, perm=[1, 2, 0])
            return self.op("Mul", [self.op("Cast", [rows], hint=name, to=TensorProto.FLOAT),
                                   self._unsqueeze_last(self.op("Gather", [scales, ids], hint=name))], hint=name)
        q = self._blocks(name, table, bits)
        t = self._block_tensors(name, q)
        # Dequantize only the gathered rows with plain ops: a few thousand values per token.
        rows = self._unpack(self.op("Gather", [t["data"], ids], hint=name), bits, name)  # [b, s, nb, block]
        if q.zero_point:
            rows = self.op("Sub", [rows, self.const(q.zero_point, np.int32)], hint=name)
        values = self.op("Mul", [self.op("Cast", [rows], hint=name, to=TensorProto.FLOAT),
                                 self._unsqueeze_last(self.op("Gather", [t["scales"], ids], hint=name))], hint=name)
        if t["offsets_t"] is not None:
            mins = self.op("Transpose", [self.op("Gather", [t["offsets_t"], ids], hint=name, axis=1)], hint=name,
                           perm=[1, 2, 0])
            values = self.op("Add", [values, self._unsqueeze_last(mins)], hint=name)
        flat = self.op("Reshape", [values, self.const([0, 0, -1])], hint=name)
        if q.k == q.n_blocks * q.block_size:
            return flat
        return self.op("Slice", [flat, self.const([0]), self.const([q.k]), self.const([-1])], hint=name)

    def _unsqueeze_last(self, x: str) -> str:
        return self.op("Unsqueeze", [x, self.const([-1])], hint="unsqueeze")

    def _unpack(self, packed: str, bits: int, name: str) -> str:
        """uint8 [..., n] -> int32 [..., n * 8 / bits], low nibble first (MatMulNBits packing)."""
        as_int = self.op("Cast", [packed], hint=name, to=TensorProto.INT32)
        if bits == 8:
            return as_int
        sixteen = self.const(16, np.int32)
        low = self._unsqueeze_last(self.op("Mod", [as_int, sixteen], hint=name))
        high = self._unsqueeze_last(self.op("Div", [as_int, sixteen], hint=name))
        pairs = self.op("Concat", [low, high], hint=name, axis=-1)  # [..., n, 2]
        shape = self.op("Concat", [self.op("Slice", [self.op("Shape", [packed], hint=name), self.const([0]),
                                                     self.const([-1])], hint=name), self.const([-1])],
                        hint=name, axis=0)
        return self.op("Reshape", [pairs, shape], hint=name)

    def tied_lm_head(self, x: str, table: np.ndarray, name: str) -> str:
        """logits = x @ table.T reusing the embedding's initializer (no second copy in the file)."""
        bits = self.fmt.lm_head_bits
        if bits is None:
            return self._gemm_transposed(x, self._float_table(table, name), table.shape)
        if bits != self.fmt.embed_bits:  # separate encodings: nothing to share
            return self.linear(x, table, None, f"{name}.lm_head", bits=bits)
        if self.fmt.scheme == "channel":
            return self._dq_matmul(x, self._channel(name, table), name)
        return self._matmul_blocks(x, self._blocks(name, table, bits), name)

    def _gemm_transposed(self, x: str, w: str, shape: tuple[int, int]) -> str:
        v, d = shape
        flat = self.op("Reshape", [x, self.const([-1, d])], hint="lm_head")
        logits = self.op("Gemm", [flat, w], hint="lm_head", transB=1)
        out_shape = self.op("Concat", [self.op("Slice", [self.op("Shape", [x]), self.const([0]), self.const([2])]),
                                       self.const([v])], axis=0)
        return self.op("Reshape", [logits, out_shape], hint="lm_head")

    # -- model ------------------------------------------------------------------------------
    def model(self, inputs: list[onnx.ValueInfoProto], outputs: list[onnx.ValueInfoProto],
              doc: str) -> onnx.ModelProto:
        graph = helper.make_graph(self.nodes, "decoder", inputs, outputs, self.initializers)
        opsets = [helper.make_opsetid("", OPSET), helper.make_opsetid(MS_DOMAIN, 1)]
        model = helper.make_model(graph, opset_imports=opsets, producer_name="pocket-coach-tools")
        model.ir_version = 8  # readable by onnxruntime >= 1.14 (web included)
        model.doc_string = doc
        return model


def tensor_input(name: str, elem: int, dims: list) -> onnx.ValueInfoProto:
    return helper.make_tensor_value_info(name, elem, dims)


FLOAT = TensorProto.FLOAT
INT64 = TensorProto.INT64
