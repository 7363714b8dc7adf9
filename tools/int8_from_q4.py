"""The memory-saver CPU form of a q4 package: int8 weights quantized at load from the q4 file.

    python -m tools.int8_from_q4 public/models/<id> [--calibration data/train.jsonl] [--eval data/eval.jsonl]

The float32 graph of tools/fp32_from_q4.py with every unpacked MatMul as DynamicQuantizeMatMul
(onnxruntime's int8 GEMM, SIMD in WASM) on uint8 weights, one scale and zero point per output
column. Per-tensor int8 of plain weights cost SmolLM2 +0.08 to +0.18 nats/token (activation
outliers), so SmoothQuant moves them into the weights first: for the MatMuls fed by an RMSNorm
the input channels are divided by s (folded into the norm's gamma) and the weight rows multiplied
by s; for down_proj, s is folded into the 'up' columns of gate_up (silu(g) * u is linear in u).
s = max|x|^alpha / max|w|^(1 - alpha), max|x| from the float32 graph over calibration texts
(never the eval set). Writes onnx/model_q4_int8.onnx and onnx/model_q4_int8.json (the plan, with
the row and column factors, inverse scales and zero points as base64 `aux`), then checks the
eval-set NLL against q4 (at most +1 %) before the manifest names the variant `int8-from-q4`.
"""

from __future__ import annotations

import argparse
import base64
import copy
import hashlib
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .errors import ConvertError
from .fp32_from_q4 import ALIGN, PLAN_FORMAT, build_skeleton, raw_data_offsets, unpack_tensor
from .manifest import OnnxVariant, UnpackSource, VariantVerification

VARIANT = "int8-from-q4"
SOURCE_VARIANT = "q4"
ALPHA = 0.7
CALIBRATION_ITEMS = 24
MAX_EVAL_NLL_RISE = 0.01  # relative: the issue allows +1 % over the shipped q4


def int8_paths(q4_file: str) -> tuple[str, str, str]:
    stem = q4_file[: -len(".onnx")]
    return f"{stem}_int8.onnx", f"{stem}_int8.json", f"{stem.rsplit('/', 1)[-1]}_int8.weights"


def _float32_model(raw: bytes, tmp: Path):
    """The float32 graph with its weights as numpy arrays, and a loadable copy in tmp."""
    model, tensors, total = build_skeleton(onnx.load_from_string(raw), raw_data_offsets(raw), "w.bin")
    out = bytearray(total)
    weights = {}
    for e in tensors:
        data = unpack_tensor(raw, e)
        out[e["offset"]: e["offset"] + e["bytes"]] = data
        if e["kind"] == "dequantize":
            weights[e["name"]] = (np.frombuffer(data, np.float32).reshape(e["k"], e["cols"]).copy(), e)
    (tmp / "w.bin").write_bytes(bytes(out))
    onnx.save(model, tmp / "fp32.onnx")
    return model, tensors, weights


def _channel_max(model, tmp: Path, inputs: list[str], texts: list[list[int]], spec) -> dict[str, np.ndarray]:
    """max |x| per channel of each MatMul input, over the calibration texts (one prefill each)."""
    import onnxruntime as ort

    probe = copy.deepcopy(model)
    for name in inputs:
        probe.graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, None))
    onnx.save(probe, tmp / "probe.onnx")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    opts.log_severity_level = 3
    session = ort.InferenceSession(str(tmp / "probe.onnx"), opts, providers=["CPUExecutionProvider"])
    amax: dict[str, np.ndarray] = {}
    for ids in texts:
        n = len(ids)
        feeds = {"input_ids": np.array([ids], np.int64), "attention_mask": np.ones((1, n), np.int64),
                 "position_ids": np.arange(n, dtype=np.int64)[None]}
        for i in range(spec.num_layers):
            for kind in ("key", "value"):
                feeds[f"past_key_values.{i}.{kind}"] = np.zeros((1, spec.num_kv_heads, 0, spec.head_dim), np.float32)
        for name, value in zip(inputs, session.run(inputs, feeds)):
            m = np.abs(value.reshape(-1, value.shape[-1])).max(axis=0)
            amax[name] = m if name not in amax else np.maximum(amax[name], m)
    return amax


def kept_float(names, spec: str) -> frozenset[str]:
    """Weights a --keep-float list leaves in float32: 'lm_head' (the tied head's column chunks) and/or
    'layer:N' (every MatMul of decoder layer N; negative N counts from the last layer)."""
    import re

    names = sorted(names)
    layer_of = {n: int(m.group(1)) for n in names if (m := re.search(r"\.(?:layers|h)\.(\d+)\.", n))}
    layers = sorted(set(layer_of.values()))
    keep: set[str] = set()
    for item in filter(None, (x.strip() for x in spec.split(","))):
        if item == "lm_head":
            found = {n for n in names if re.search(r"\.weight_fp32_c\d+$", n)}
        elif item.startswith("layer:") and layers:
            n = int(item.split(":", 1)[1])
            layer = layers[n] if n < 0 else n
            found = {w for w, i in layer_of.items() if i == layer}
        else:
            raise ConvertError(f"--keep-float: unknown item {item!r} (use lm_head or layer:N)")
        if not found:
            raise ConvertError(f"--keep-float: {item!r} names no weight of this model")
        keep |= found
    return frozenset(keep)


def _smooth_factors(model, weights, amax, alpha: float, keep_float: frozenset[str] = frozenset()):
    """Row factors per weight, column factors per weight, and new norm gammas (SmoothQuant).
    A group with a weight kept in float32 is not smoothed: its plan entry unpacks the q4 weight as it is."""
    g = model.graph
    prod = {o: n for n in g.node for o in n.output}
    inits = {i.name: i for i in g.initializer}
    consumers: dict[str, list] = {}
    for n in g.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    mms = {n.input[1]: n for n in g.node if n.op_type == "MatMul" and n.input[1] in weights}
    rows = {w: np.ones(weights[w][0].shape[0], np.float32) for w in weights}
    cols = {w: np.ones(weights[w][0].shape[1], np.float32) for w in weights}
    gammas: dict[str, np.ndarray] = {}

    def factor(x: str, group: list[str]) -> np.ndarray:
        wmax = np.max([np.abs(weights[w][0]).max(axis=1) for w in group], axis=0)
        s = np.power(np.maximum(amax[x], 1e-5), alpha) / np.power(np.maximum(wmax, 1e-5), 1 - alpha)
        return np.clip(s, 1e-2, 1e3).astype(np.float32)

    by_input: dict[str, list[str]] = {}
    for w, n in mms.items():
        by_input.setdefault(n.input[0], []).append(w)
    for x, group in by_input.items():
        if any(c.op_type != "MatMul" or c.input[1] not in weights for c in consumers.get(x, [])):
            continue  # x also feeds something else: it cannot be rescaled
        if keep_float & set(group):
            continue
        p = prod.get(x)
        if p is None or p.op_type != "Mul":
            continue
        gamma = next((i for i in p.input if i in inits and len(inits[i].dims) == 1), None)
        if gamma is not None and len(consumers.get(gamma, [])) == 1:
            s = factor(x, group)  # RMSNorm output: x / s through gamma / s
            gammas[gamma] = (numpy_helper.to_array(inits[gamma]) / s).astype(np.float32)
            for w in group:
                rows[w] *= s
            continue
        # silu(gate) * up, up = Split(gate_up)[1]: x / s through up's columns / s
        split = next((prod.get(i) for i in p.input if prod.get(i) is not None and prod[i].op_type == "Split"
                      and prod[i].output[-1] == i), None)
        if split is None or len(split.output) != 2 or split.input[0] not in prod:
            continue
        source = prod[split.input[0]]
        up_w = source.input[1] if source.op_type == "MatMul" and source.input[1] in weights else None
        if up_w is None or len(consumers.get(split.input[0], [])) != 1 or up_w in keep_float:
            continue
        s = factor(x, group)
        width = weights[up_w][0].shape[1]
        if width != 2 * s.size:
            continue
        cols[up_w][s.size:] /= s
        for w in group:
            rows[w] *= s
    return rows, cols, gammas


def _quantize(w: np.ndarray, row: np.ndarray, col: np.ndarray):
    """uint8 codes, scales, zero points and the factors TypeScript needs to redo it exactly."""
    ws = ((w * row[:, None]).astype(np.float32) * col[None, :]).astype(np.float32)
    lo = np.minimum(ws.min(axis=0), 0).astype(np.float32)
    hi = np.maximum(ws.max(axis=0), 0).astype(np.float32)
    scale = ((hi - lo) / np.float32(255)).astype(np.float32)
    scale[scale == 0] = 1
    zp = np.clip(np.rint(-lo / scale), 0, 255).astype(np.uint8)
    inv = (np.float32(1) / scale).astype(np.float32)
    q = np.clip(np.rint((ws * inv[None, :]).astype(np.float32)) + zp[None, :].astype(np.float32), 0, 255)
    return q.astype(np.uint8), scale, zp, inv


def quantize_tensor(raw: bytes, e: dict, aux: bytes) -> bytes:
    """The uint8 bytes of one plan tensor of kind 'quantize' (the numpy twin of the TypeScript)."""
    k, cols = e["k"], e["cols"]
    w = np.frombuffer(unpack_tensor(raw, {**e, "kind": "dequantize"}), np.float32).reshape(k, cols)
    row = np.frombuffer(aux, np.float32, k, e["rows"])
    col = np.frombuffer(aux, np.float32, cols, e["columns"])
    inv = np.frombuffer(aux, np.float32, cols, e["inverseScales"])
    zp = np.frombuffer(aux, np.uint8, cols, e["zeroPoints"])
    ws = ((w * row[:, None]).astype(np.float32) * col[None, :]).astype(np.float32)
    q = np.clip(np.rint((ws * inv[None, :]).astype(np.float32)) + zp[None, :].astype(np.float32), 0, 255)
    return q.astype(np.uint8).tobytes()


def build_int8(package: Path, q4_file: str, calibration: list[list[int]], spec, alpha: float = ALPHA,
               keep_float_spec: str = "") -> tuple[str, str]:
    graph_path, plan_path, external = int8_paths(q4_file)
    raw = (package / q4_file).read_bytes()
    with tempfile.TemporaryDirectory(prefix="int8-from-q4-") as tmp:
        model, fp32_tensors, weights = _float32_model(raw, Path(tmp))
        mm_inputs = sorted({n.input[0] for n in model.graph.node if n.op_type == "MatMul" and n.input[1] in weights})
        amax = _channel_max(model, Path(tmp), mm_inputs, calibration, spec)
    keep_float = kept_float(weights, keep_float_spec)
    rows, cols, gammas = _smooth_factors(model, weights, amax, alpha, keep_float)
    g = model.graph
    for t in g.initializer:
        if t.name in gammas:
            t.CopyFrom(numpy_helper.from_array(gammas[t.name], t.name))
    aux = bytearray()

    def put(array: np.ndarray) -> int:
        while len(aux) % 4:
            aux.append(0)
        at = len(aux)
        aux.extend(array.tobytes())
        return at

    tensors, offset, new_inits, quantized = [], 0, [], {}
    for t in list(g.initializer):
        if t.data_location != TensorProto.EXTERNAL:
            continue
        e = next(x for x in fp32_tensors if x["name"] == t.name)
        entry = {k: v for k, v in e.items() if k not in ("offset", "bytes")}
        if e["kind"] == "dequantize" and t.name not in keep_float:
            w = weights[t.name][0]
            q, scale, zp, inv = _quantize(w, rows[t.name], cols[t.name])
            name = t.name.replace(".weight_fp32", ".weight_u8")
            quantized[t.name] = (name, scale, zp)
            entry.update(kind="quantize", name=name, rows=put(rows[t.name]), columns=put(cols[t.name]),
                         inverseScales=put(inv), zeroPoints=put(zp))
            t = TensorProto(name=name, data_type=TensorProto.UINT8, dims=list(q.shape))
            new_inits.append(t)
            nbytes = q.size
        else:
            nbytes = e["bytes"]
        del t.external_data[:]
        for key, value in (("location", external), ("offset", str(offset)), ("length", str(nbytes))):
            t.external_data.add(key=key, value=value)
        t.data_location = TensorProto.EXTERNAL
        tensors.append({"name": entry.pop("name", t.name), "offset": offset, "bytes": nbytes, **entry})
        offset += -(-nbytes // ALIGN) * ALIGN
    keep = [t for t in g.initializer if t.name not in quantized]
    for name, scale, zp in quantized.values():
        keep.append(numpy_helper.from_array(scale, name.replace(".weight_u8", ".scale_u8")))
        keep.append(numpy_helper.from_array(zp, name.replace(".weight_u8", ".zero_point_u8")))
    del g.initializer[:]
    g.initializer.extend(keep + new_inits)
    nodes = []
    for n in g.node:
        if n.op_type == "MatMul" and n.input[1] in quantized:
            name = quantized[n.input[1]][0]
            nodes.append(helper.make_node(
                "DynamicQuantizeMatMul",
                [n.input[0], name, name.replace(".weight_u8", ".scale_u8"), name.replace(".weight_u8", ".zero_point_u8")],
                list(n.output), name=n.name.replace("_fp32", "_int8"), domain="com.microsoft"))
        else:
            nodes.append(n)
    del g.node[:]
    g.node.extend(nodes)
    aux_bytes = bytes(aux)
    unpacked = bytearray(offset)
    for e in tensors:
        data = quantize_tensor(raw, e, aux_bytes) if e["kind"] == "quantize" else unpack_tensor(raw, e)
        unpacked[e["offset"]: e["offset"] + e["bytes"]] = data
    plan = {
        "generatedBy": "python -m tools.int8_from_q4 (do not edit by hand)",
        "format": PLAN_FORMAT,
        "version": 1,
        "source": {"file": q4_file, "bytes": len(raw), "sha256": hashlib.sha256(raw).hexdigest()},
        "graph": graph_path,
        "external": external,
        "bytes": offset,
        "sha256": hashlib.sha256(bytes(unpacked)).hexdigest(),
        "smoothQuantAlpha": alpha,
        **({"keptFloat32": keep_float_spec} if keep_float_spec else {}),
        "aux": base64.b64encode(aux_bytes).decode("ascii"),
        "tensors": tensors,
    }
    onnx.save(model, package / graph_path)
    (package / plan_path).write_text(json.dumps(plan, separators=(",", ":")) + "\n", encoding="utf-8")
    return graph_path, plan_path


def materialize_int8(package: Path, plan_path: str, into: Path) -> Path:
    plan = json.loads((package / plan_path).read_text(encoding="utf-8"))
    raw = (package / plan["source"]["file"]).read_bytes()
    aux = base64.b64decode(plan["aux"])
    out = bytearray(plan["bytes"])
    for e in plan["tensors"]:
        data = quantize_tensor(raw, e, aux) if e["kind"] == "quantize" else unpack_tensor(raw, e)
        out[e["offset"]: e["offset"] + e["bytes"]] = data
    (into / plan["external"]).write_bytes(bytes(out))
    graph = into / Path(plan["graph"]).name
    graph.write_bytes((package / plan["graph"]).read_bytes())
    return graph


def _texts(package: Path, m: dict, data: Path, limit: int | None):
    from .evaluate import load_items

    return load_items(data, package, m, limit)


def update_package(package: Path, calibration: Path, eval_data: Path, alpha: float = ALPHA, log=print,
                   keep: str = "") -> dict:
    from .decoding import OrtDecoder
    from .evaluate import OnnxModel
    from .fast_start import prepare_unpacked
    from .fp32_from_q4 import rewrite_manifest
    from .manifest import read_manifest
    from .reference import spec_from_manifest
    from .verify import GREEDY_STEPS

    m = read_manifest(package / "manifest.json")
    q4_file = m.variants[SOURCE_VARIANT].file
    spec = spec_from_manifest(m)
    calib = [it.prompt + it.answer_ids for it in _texts(package, m, calibration, CALIBRATION_ITEMS)]
    graph_path, plan_path = build_int8(package, q4_file, calib, spec, alpha, keep)
    prepare_unpacked(package, graph_path, plan_path, materialize_int8)
    items = _texts(package, m, eval_data, None)
    with tempfile.TemporaryDirectory(prefix="int8-from-q4-") as tmp:
        path = materialize_int8(package, plan_path, Path(tmp))
        nll = {}
        for name, file in (("q4", package / q4_file), ("int8", path)):
            model = OnnxModel(name, file, m, threads=2)
            total = count = 0.0
            for it in items:
                _, logprobs = model.score(it.prompt + it.answer_ids)
                answer = logprobs[len(it.prompt) - 1:]
                total -= sum(answer)
                count += len(answer)
            nll[name] = total / count
        q4, int8 = OrtDecoder(package / q4_file, spec), OrtDecoder(path, spec)
        agree = steps = 0
        for it in items[:8]:
            ref = q4.greedy(it.prompt, GREEDY_STEPS)
            run = int8.greedy(it.prompt, GREEDY_STEPS, forced=ref.tokens)
            agree += sum(a == b for a, b in zip(run.tokens, ref.tokens))
            steps += GREEDY_STEPS
    rise = nll["int8"] / nll["q4"] - 1
    log(f"{package}: {VARIANT} (alpha {alpha}{', float32: ' + keep if keep else ''}) eval NLL {nll['int8']:.4f} against q4 {nll['q4']:.4f} ({rise:+.2%}) over "
        f"{len(items)} items; teacher-forced agreement {agree / steps:.3f} on 8 items")
    if rise > MAX_EVAL_NLL_RISE:
        for path in (graph_path, plan_path):  # nothing unlisted stays in the package
            (package / path).unlink(missing_ok=True)
        raise ConvertError(f"{VARIANT}: eval NLL {rise:+.2%} over q4, more than {MAX_EVAL_NLL_RISE:.0%}")
    variant = OnnxVariant(
        file=graph_path, quantization="int8", bytes=(package / graph_path).stat().st_size,
        verification=VariantVerification(greedy_steps=GREEDY_STEPS, greedy_agreement=agree / steps,
                                         max_abs_logit_delta=None, mean_nll=nll["int8"], reference_mean_nll=nll["q4"]),
        shipped=True, unpack_from=UnpackSource(variant=SOURCE_VARIANT, plan=plan_path), optimized=True)
    return rewrite_manifest(package, m, VARIANT, variant)


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(prog="python -m tools.int8_from_q4", description=__doc__.split("\n")[0])
    parser.add_argument("packages", type=Path, nargs="+")
    parser.add_argument("--calibration", type=Path, default=root / "data" / "train.jsonl")
    parser.add_argument("--eval", type=Path, default=root / "data" / "eval.jsonl")
    parser.add_argument("--alpha", type=float, default=ALPHA)
    parser.add_argument("--keep-float", default="", help="weights left in float32: lm_head, layer:N (comma-separated)")
    args = parser.parse_args(argv)
    try:
        for package in args.packages:
            update_package(package, args.calibration, args.eval, args.alpha, keep=args.keep_float)
    except ConvertError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
