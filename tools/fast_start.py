"""Graphs that start fast: the unpacked CPU graphs of a package saved pre-optimized and with the
measured shape of every intermediate value.

    python -m tools.fast_start public/models/<id> [--variants q4,fp32-from-q4,int8-from-q4]

Two costs of onnxruntime's session start on the 30-layer SmolLM2 graphs, both paid on every app
start and both moved here, to build time:

1. Buffer-reuse planning. A value without a known shape can reuse no freed buffer, so every freed
   buffer stays on the list the next value is compared against: ~2.3 s of a ~2.7 s start in Python
   onnxruntime (verbose log between "CreateGraphPartitioner" and "Saving initialized tensors"),
   ~1 s in onnxruntime-web. The shapes are measured, not inferred: the graph runs with every
   intermediate value as an output at several (batch, new tokens, past tokens) points, and each
   dimension is fitted as batch^k * (c0 + cS * sequence_length + cP * past_sequence_length) with
   integer coefficients, then checked at further points. A value whose dimensions do not all fit
   is left without a shape (correct, only not reusable). Names follow the graph inputs
   (`total_sequence_length` when cS == cP), so equal strings always mean equal sizes: onnxruntime
   fails a run ("Shape mismatch attempting to re-use buffer") when they do not.
2. Graph optimization, ~0.4-0.7 s in onnxruntime-web. The graph is saved as onnxruntime's
   "extended" level leaves it (the attention's transposed MatMul and SiLU fused), without
   constant folding, which would turn unpacked weights into new initializers; every weight keeps
   its place in the unpack plan. The manifest marks the variant `optimized`, and the app loads it
   with graph optimization off.

A graph shipped as it is (the q4 download: WebGPU runs it, and WASM when asked) must keep its
bytes, so its shapes go into a small record beside it (`onnx/model_q4_shapes.pb`, the variant's
`shapes`): one more `graph` field holding only value_info, which the app appends to the file's
bytes before creating the session (a protobuf parser merges a message field met twice).

`check` runs the result as the app does against the plain graph (optimization on) at points not
used for the fit.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper

from .errors import ConvertError

# (batch, new tokens, past tokens): the first four fit the coefficients, the rest check them.
FIT_POINTS = ((1, 2, 0), (1, 3, 0), (1, 2, 3), (2, 2, 0))
CHECK_POINTS = ((1, 1, 0), (1, 1, 5), (2, 4, 7), (1, 6, 2), (1, 129, 0))
ALL_POINTS = FIT_POINTS + CHECK_POINTS

BATCH, NEW, PAST, TOTAL = "batch_size", "sequence_length", "past_sequence_length", "total_sequence_length"
_NUMPY = {TensorProto.FLOAT: np.float32, TensorProto.INT64: np.int64, TensorProto.INT32: np.int32,
          TensorProto.FLOAT16: np.float16, TensorProto.BOOL: np.bool_}


def _input_size(dim, point: tuple[int, int, int]) -> int:
    batch, new, past = point
    if dim.dim_value:
        return dim.dim_value
    sizes = {BATCH: batch, NEW: new, PAST: past, TOTAL: new + past}
    if dim.dim_param not in sizes:
        raise ConvertError(f"graph input dimension {dim.dim_param!r} is none of {sorted(sizes)}")
    return sizes[dim.dim_param]


def feeds(graph: onnx.GraphProto, point: tuple[int, int, int], seed: int = 0) -> dict[str, np.ndarray]:
    """Inputs for one (batch, new, past) point: small token ids, positions after the past, a full mask."""
    rng = np.random.default_rng(seed)
    out = {}
    for value in graph.input:
        t = value.type.tensor_type
        shape = [_input_size(d, point) for d in t.shape.dim]
        dtype = _NUMPY[t.elem_type]
        if value.name == "position_ids":
            out[value.name] = np.broadcast_to(np.arange(point[2], point[2] + point[1], dtype=dtype), shape).copy()
        elif value.name == "attention_mask":
            out[value.name] = np.ones(shape, dtype)
        elif np.issubdtype(dtype, np.integer):
            out[value.name] = rng.integers(0, 100, shape).astype(dtype)
        else:
            out[value.name] = (rng.standard_normal(shape) * 0.5).astype(dtype)
    return out


def _session(path: Path, optimize: bool):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = (ort.GraphOptimizationLevel.ORT_ENABLE_ALL if optimize
                                        else ort.GraphOptimizationLevel.ORT_DISABLE_ALL)
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


# Kept off when saving: both would fold or merge weights into new initializers outside the plan.
NOT_AT_BUILD = ["ConstantFolding", "ConstantSharing"]


# A weight the optimizer made that is not in the unpack plan may stay in the graph only if this small.
MAX_NEW_WEIGHT_BYTES = 4096


def optimize(graph_file: Path, loadable: Path) -> int:
    """Rewrites graph_file (a package file whose weights are external) as onnxruntime's extended
    level leaves loadable (the same graph with its weights beside it); returns the node count.
    Every weight the optimized graph shares with the original, byte for byte, keeps the original's
    entry (an external reference into the unpack plan stays one); a changed or large new weight is
    an error."""
    import onnxruntime as ort
    from onnx import numpy_helper

    skeleton = onnx.load(str(graph_file), load_external_data=False)
    entries = {t.name: t for t in skeleton.graph.initializer}
    original = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(loadable)).graph.initializer}
    saved = loadable.parent / f"{loadable.stem}.optimized.onnx"
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(saved)
    options.log_severity_level = 3
    try:
        ort.InferenceSession(str(loadable), options, providers=["CPUExecutionProvider"], disabled_optimizers=NOT_AT_BUILD)
        model = onnx.load(str(saved))
    finally:
        saved.unlink(missing_ok=True)
    for i, t in enumerate(model.graph.initializer):
        value = numpy_helper.to_array(t)
        same = t.name in original and original[t.name].dtype == value.dtype and np.array_equal(original[t.name], value)
        if same:
            model.graph.initializer[i].CopyFrom(entries[t.name])
        elif value.nbytes > MAX_NEW_WEIGHT_BYTES:
            raise ConvertError(f"{graph_file.name}: optimizing changed or made the weight {t.name!r} {list(t.dims)}")
    del model.graph.value_info[:]
    onnx.save(model, str(graph_file))
    return len(model.graph.node)


def measure(loadable: Path) -> dict[str, tuple[int, list[tuple[int, ...]]]]:
    """Runs a loadable graph (weights beside it) with every node output exposed; for each
    intermediate value its element type and its shape at each of ALL_POINTS."""
    model = onnx.load(str(loadable), load_external_data=False)
    declared = {o.name for o in model.graph.output}
    names = list(dict.fromkeys(o for n in model.graph.node for o in n.output if o and o not in declared))
    del model.graph.value_info[:]
    # Outputs without a type: onnxruntime types them from their nodes (contrib ops included).
    model.graph.output.extend(helper.make_empty_tensor_value_info(name) for name in names)
    probe = loadable.parent / f"{loadable.stem}.shapes-probe.onnx"
    onnx.save(model, str(probe))
    types: dict[str, int] = {}
    try:
        session = _session(probe, optimize=False)
        shapes: dict[str, list[tuple[int, ...]]] = {name: [] for name in names}
        for point in ALL_POINTS:
            results = session.run(names, feeds(model.graph, point))
            for name, array in zip(names, results):
                array = np.asarray(array)
                types[name] = helper.np_dtype_to_tensor_dtype(array.dtype)
                shapes[name].append(tuple(array.shape))
    finally:
        probe.unlink(missing_ok=True)
    return {name: (types[name], shapes[name]) for name in names}


def _term(coefficient: int, name: str) -> str:
    return name if coefficient == 1 else f"{coefficient}*{name}"


def dim_name(c0: int, c_new: int, c_past: int, batch: bool) -> int | str:
    """The dimension batch^k * (c0 + c_new * new + c_past * past) as an ONNX dim: an int or a name."""
    terms = []
    if c_new and c_new == c_past:
        terms.append(_term(c_new, TOTAL))
    else:
        if c_new:
            terms.append(_term(c_new, NEW))
        if c_past:
            terms.append(_term(c_past, PAST))
    if c0 or not terms:
        terms.append(str(c0))
    if not batch:
        return c0 if len(terms) == 1 and not (c_new or c_past) else " + ".join(terms)
    if not (c_new or c_past):
        return BATCH if c0 == 1 else f"{c0}*{BATCH}"
    inner = " + ".join(terms)
    return f"{BATCH}*({inner})" if len(terms) > 1 else f"{BATCH}*{inner}"


def fit(samples: list[tuple[int, ...]]) -> list[int | str] | None:
    """One value's dims from its shapes at ALL_POINTS, or None when a dim is not of the fitted form."""
    ranks = {len(s) for s in samples}
    if len(ranks) != 1:
        return None
    at = dict(zip(ALL_POINTS, samples))
    dims: list[int | str] = []
    for i in range(ranks.pop()):
        base, more_new, more_past, batch2 = (at[p][i] for p in FIT_POINTS)
        c_new = more_new - base
        if (more_past - base) % 3:
            return None
        c_past = (more_past - base) // 3
        c0 = base - 2 * c_new
        if batch2 == base:  # FIT_POINTS[3] is FIT_POINTS[0] with batch 2
            batched = False
        elif batch2 == 2 * base and base:
            batched = True
        else:
            return None
        for (b, s, p), shape in at.items():
            if shape[i] != (b if batched else 1) * (c0 + c_new * s + c_past * p):
                return None
        if not (c_new or c_past) and not batched and c0 <= 0:
            return None  # onnxruntime wants named or positive sizes
        dims.append(dim_name(c0, c_new, c_past, batched))
    return dims


def value_infos(measured: dict[str, tuple[int, list[tuple[int, ...]]]]) -> list[onnx.ValueInfoProto]:
    """The fitted shape of every measured value whose dimensions all fit (the rest are left out)."""
    out = []
    for name, (elem_type, samples) in measured.items():
        dims = fit(samples)
        if dims is not None:
            out.append(helper.make_tensor_value_info(name, elem_type, dims))
    return out


def annotate(graph_file: Path, measured: dict[str, tuple[int, list[tuple[int, ...]]]]) -> tuple[int, int]:
    """Writes the fitted shapes into graph_file's value_info (replacing any); returns (annotated, left)."""
    model = onnx.load(str(graph_file), load_external_data=False)
    del model.graph.value_info[:]
    model.graph.value_info.extend(value_infos(measured))
    onnx.save(model, str(graph_file))
    shaped = len(model.graph.value_info)
    return shaped, len(measured) - shaped


def check(prepared: Path, plain: Path, atol: float = 1e-4, optimized: bool = True) -> float:
    """Runs the prepared graph as the app does (optimization off when `optimized`, else on) and the
    plain one (optimization on), both loadable, at CHECK_POINTS; returns the largest output
    difference, raising ConvertError above atol or when the prepared graph fails to run."""
    model = onnx.load(str(plain), load_external_data=False)
    try:
        a = _session(prepared, optimize=not optimized)
    except Exception as exc:  # onnxruntime's own error types
        raise ConvertError(f"{prepared.name} does not load: {exc}") from exc
    b = _session(plain, optimize=True)
    worst = 0.0
    for point in CHECK_POINTS:
        inputs = feeds(model.graph, point, seed=1)
        try:
            got = a.run(None, inputs)
        except Exception as exc:  # onnxruntime raises its own types; any failure here is the graph's fault
            raise ConvertError(f"{prepared.name} fails at (batch, new, past) = {point}: {exc}") from exc
        for x, y in zip(got, b.run(None, inputs)):
            if x.shape != y.shape:
                raise ConvertError(f"{prepared.name}: output shape {x.shape} against {y.shape} at {point}")
            if x.size:
                worst = max(worst, float(np.abs(x.astype(np.float64) - y).max()))
    if worst > atol:
        raise ConvertError(f"{prepared.name} differs from the plain graph by {worst:.3g} (at most {atol})")
    return worst


def prepare(graph_file: Path, loadable: Path) -> dict:
    """Optimizes and annotates graph_file (a package file) from loadable (the same graph with its
    weights beside it) and checks the result; returns what was done."""
    before = len(onnx.load(str(graph_file), load_external_data=False).graph.node)
    nodes = optimize(graph_file, loadable)
    prepared = loadable.parent / f"{loadable.stem}.prepared.onnx"
    prepared.write_bytes(graph_file.read_bytes())
    try:
        shaped, left = annotate(graph_file, measure(prepared))
        prepared.write_bytes(graph_file.read_bytes())
        worst = check(prepared, loadable)
    finally:
        prepared.unlink(missing_ok=True)
    return {"nodes": (before, nodes), "shaped": shaped, "unshaped": left, "maxDiff": worst}


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def shapes_record(measured: dict[str, tuple[int, list[tuple[int, ...]]]]) -> tuple[bytes, int, int]:
    """The fitted shapes as bytes to append to a model file whose bytes must not change (the q4
    download): one more `graph` field (7) of the ModelProto, holding only value_info. A parser meeting
    a message field twice merges the two, so onnxruntime reads file + record as one graph with the
    shapes. Returns (record, shaped, left unshaped)."""
    graph = onnx.GraphProto()
    graph.value_info.extend(value_infos(measured))
    body = graph.SerializeToString()
    shaped = len(graph.value_info)
    return b"\x3a" + _varint(len(body)) + body, shaped, len(measured) - shaped


def shapes_path(model_file: str) -> str:
    """Package path of the shapes record of a model file: onnx/model_q4.onnx -> onnx/model_q4_shapes.pb."""
    return f"{model_file[: -len('.onnx')]}_shapes.pb"


def add_shapes(package: Path, model_file: str) -> dict:
    """Measures a self-contained model file of the package (the q4 download), writes its shapes
    record beside it and checks file + record against the file alone (optimization on both, as the
    app runs a graph it downloads as is); returns what was done."""
    record_path = shapes_path(model_file)
    with tempfile.TemporaryDirectory(prefix="fast-start-") as tmp:
        plain = Path(tmp) / "plain.onnx"
        plain.write_bytes((package / model_file).read_bytes())
        record, shaped, left = shapes_record(measure(plain))
        joined = Path(tmp) / "joined.onnx"
        joined.write_bytes(plain.read_bytes() + record)
        worst = check(joined, plain, optimized=False)
    (package / record_path).write_bytes(record)
    return {"file": record_path, "bytes": len(record), "shaped": shaped, "unshaped": left, "maxDiff": worst}


def prepare_unpacked(package: Path, graph_path: str, plan_path: str, unpack) -> dict:
    """prepare() for an unpacked variant's graph: `unpack(package, plan_path, folder)` writes the
    loadable copy (tools.fp32_from_q4.materialize or tools.int8_from_q4.materialize_int8)."""
    with tempfile.TemporaryDirectory(prefix="fast-start-") as tmp:
        return prepare(package / graph_path, unpack(package, plan_path, Path(tmp)))


def prepare_package(package: Path, variants: list[str] | None = None, log=print) -> dict:
    """Prepares a package's shipped graphs (default: all of them): an unpacked variant's graph is
    optimized and shaped in place and marked `optimized`; a graph shipped as it is (the q4
    download) gets a shapes record beside it, named by the variant's `shapes`. Rewrites the
    manifest's file list (sizes and hashes); returns the manifest JSON."""
    from .fp32_from_q4 import materialize, rewrite_manifest
    from .int8_from_q4 import materialize_int8
    from .manifest import read_manifest

    m = read_manifest(package / "manifest.json")
    names = variants or [n for n, v in m.variants.items() if v.shipped]
    for name in names:
        variant = m.variants.get(name)
        if variant is None or not variant.shipped:
            raise ConvertError(f"{package}: no shipped variant {name!r}")
        if variant.unpack_from is None:
            done = add_shapes(package, variant.file)
            variant.shapes = done["file"]
            log(f"{package}: {done['file']} ({done['bytes']:,d} bytes): {done['shaped']} values of {variant.file} "
                f"shaped, {done['unshaped']} left unshaped; outputs within {done['maxDiff']:.2g} of the file alone")
        elif variant.optimized:
            # Preparing twice is not byte-stable (a second pass fuses a little more): rebuild the
            # variant (tools.fp32_from_q4, tools.int8_from_q4) to prepare it again.
            log(f"{package}: {variant.file} is prepared already")
            continue
        else:
            unpack = materialize_int8 if variant.quantization == "int8" else materialize
            done = prepare_unpacked(package, variant.file, variant.unpack_from.plan, unpack)
            variant.bytes = (package / variant.file).stat().st_size
            variant.optimized = True
            log(f"{package}: {variant.file}: {done['nodes'][0]} -> {done['nodes'][1]} nodes, {done['shaped']} values "
                f"shaped, {done['unshaped']} left unshaped; outputs within {done['maxDiff']:.2g} of the plain graph")
        rewrite_manifest(package, m, name, variant)
        m = read_manifest(package / "manifest.json")
    return m.to_json()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fast_start", description=__doc__.split("\n")[0])
    parser.add_argument("packages", type=Path, nargs="+", help="package folders, e.g. public/models/<id>")
    parser.add_argument("--variants", help="comma-separated shipped variants (default: all)")
    args = parser.parse_args(argv)
    try:
        for package in args.packages:
            prepare_package(package, args.variants.split(",") if args.variants else None)
    except ConvertError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
