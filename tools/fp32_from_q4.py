"""The CPU form of a q4 package: a float32 graph whose weights the app unpacks from the q4 file.

    python -m tools.fp32_from_q4 public/models/<id>      (re)writes the two files and the manifest

onnxruntime-web has no 4-bit kernel for WASM, so MatMulNBits dequantizes its whole weight on every
call. The app instead downloads the q4 file only and computes in float32: this tool writes
- onnx/model_q4_fp32.onnx: the q4 graph with each MatMulNBits (and its Q4_1 block-minimum branch)
  replaced by a float32 MatMul whose weight is external data in a file that never exists
  ("model_q4_fp32.weights"); the lm_head is split into column chunks (one 576 x 49152 MatMul ran
  far slower than 16 narrower ones in WASM); every other large initializer is external too;
- onnx/model_q4_fp32.json: the plan, per external tensor, of how to make its bytes from the q4
  file (byte offsets of its 4-bit codes, scales and block minimums, or a plain copy), with the
  q4 file's sha256 and the sha256 of all unpacked bytes (the TypeScript unpacker is tested on it).
src/engine/weights-from-q4.ts follows the plan at load. The variant is verified here against the
q4 variant with Python onnxruntime (greedy agreement, NLL) before the manifest names it.
convert() calls `add_fp32_from_q4` for every package that ships q4 for WASM.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper

from .errors import ConvertError
from .manifest import OnnxVariant, UnpackSource, VariantVerification

VARIANT = "fp32-from-q4"
SOURCE_VARIANT = "q4"
PLAN_FORMAT = "pocket-coach/weights-from-q4"
PLAN_VERSION = 1
# Weights wider than this are split into CHUNK-column MatMuls + Concat (the lm_head).
SPLIT_ABOVE = 8192
CHUNK = 3072
# Initializers at least this large leave the graph file and are copied out of the q4 file.
EXTERNAL_MIN_BYTES = 16384
ALIGN = 64
# Gate: the unpacked float32 graph must pick q4's tokens (teacher-forced) and keep its NLL.
MIN_AGREEMENT = 0.97
MAX_NLL_CHANGE = 0.005


def skeleton_paths(q4_file: str) -> tuple[str, str, str]:
    """Package paths of the graph and plan, and the external file name the graph refers to."""
    stem = q4_file[: -len(".onnx")] if q4_file.endswith(".onnx") else q4_file
    base = stem.rsplit("/", 1)[-1]
    return f"{stem}_fp32.onnx", f"{stem}_fp32.json", f"{base}_fp32.weights"


# -- where each initializer's bytes sit in the q4 file ------------------------------------------

def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, pos
        shift += 7


def _fields(buf: bytes, start: int, end: int):
    """(field number, wire type, value or (offset, length)) of one protobuf message."""
    pos = start
    while pos < end:
        key, pos = _varint(buf, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(buf, pos)
            yield field, wire, value
        elif wire == 2:
            length, pos = _varint(buf, pos)
            yield field, wire, (pos, length)
            pos += length
        elif wire == 1:
            yield field, wire, None
            pos += 8
        elif wire == 5:
            yield field, wire, None
            pos += 4
        else:
            raise ConvertError(f"unexpected protobuf wire type {wire} at byte {pos}")


def raw_data_offsets(raw: bytes) -> dict[str, tuple[int, int]]:
    """Initializer name -> (offset, length) of its raw_data in a serialized ModelProto."""
    out: dict[str, tuple[int, int]] = {}
    for field, wire, value in _fields(raw, 0, len(raw)):
        if field != 7 or wire != 2:  # ModelProto.graph
            continue
        g0, glen = value
        for gfield, gwire, gvalue in _fields(raw, g0, g0 + glen):
            if gfield != 5 or gwire != 2:  # GraphProto.initializer
                continue
            t0, tlen = gvalue
            name, data = None, None
            for tfield, twire, tvalue in _fields(raw, t0, t0 + tlen):
                if tfield == 8 and twire == 2:  # TensorProto.name
                    name = raw[tvalue[0]: tvalue[0] + tvalue[1]].decode("utf-8")
                elif tfield == 9 and twire == 2:  # TensorProto.raw_data
                    data = tvalue
            if name is not None and data is not None:
                out[name] = data
    return out


# -- the float32 graph and its plan ----------------------------------------------------------------

def _attrs(node) -> dict:
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


@dataclass
class _Source:
    name: str
    dtype: str  # "float16" | "float32"


def build_skeleton(q4: onnx.ModelProto, offsets: dict[str, tuple[int, int]], external: str
                   ) -> tuple[onnx.ModelProto, list[dict], int]:
    """The float32 graph (weights external in `external`), the plan's tensors and their total bytes."""
    model = copy.deepcopy(q4)
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    prod = {o: n for n in g.node for o in n.output}
    cons: dict[str, list] = {}
    for n in g.node:
        for i in n.input:
            cons.setdefault(i, []).append(n)

    def float_source(name: str) -> _Source:
        """Scales and minimums are float initializers, or a Cast of a float16 one."""
        if name in inits:
            t = inits[name]
        else:
            cast = prod.get(name)
            if cast is None or cast.op_type != "Cast" or cast.input[0] not in inits:
                raise ConvertError(f"{name}: expected an initializer or a Cast of one")
            t = inits[cast.input[0]]
        kinds = {TensorProto.FLOAT16: "float16", TensorProto.FLOAT: "float32"}
        if t.data_type not in kinds or t.name not in offsets:
            raise ConvertError(f"{t.name}: expected float16 or float32 raw data")
        return _Source(t.name, kinds[t.data_type])

    def zero_point(node, bits: int) -> int:
        if len(node.input) < 4 or not node.input[3]:
            return 1 << (bits - 1)  # MatMulNBits' default
        zp = onnx.numpy_helper.to_array(inits[node.input[3]]).reshape(-1)
        values = np.concatenate([zp & 15, zp >> 4]) if bits == 4 else zp
        if values.size == 0 or not (values == values[0]).all():
            raise ConvertError(f"{node.name}: per-block zero points are not supported (only a constant one)")
        return int(values[0])

    tensors: list[dict] = []
    offset = 0

    def add_external(t: TensorProto, nbytes: int, entry: dict) -> None:
        nonlocal offset
        t.ClearField("raw_data")
        del t.external_data[:]
        for key, value in (("location", external), ("offset", str(offset)), ("length", str(nbytes))):
            t.external_data.add(key=key, value=value)
        t.data_location = TensorProto.EXTERNAL
        tensors.append({"name": t.name, "offset": offset, "bytes": nbytes, **entry})
        offset += -(-nbytes // ALIGN) * ALIGN

    removed: set[int] = set()
    replacement: dict[int, list] = {}
    new_inits: list[TensorProto] = []
    for node in list(g.node):
        if node.op_type != "MatMulNBits":
            continue
        a = _attrs(node)
        k, n, bits, block = a["K"], a["N"], a["bits"], a["block_size"]
        if node.input[1] not in offsets:
            raise ConvertError(f"{node.input[1]}: expected raw data")
        scales = float_source(node.input[2])
        mins = None
        out = node.output[0]
        users = cons.get(out, [])
        if len(users) == 1 and users[0].op_type == "Add":
            add = users[0]
            other = next(i for i in add.input if i != out)
            mm = prod.get(other)
            if mm is not None and mm.op_type == "MatMul":
                mins = float_source(mm.input[1])
                removed.update({id(add), id(mm)})
                out = add.output[0]
        base = node.input[1].rsplit(".weight_q", 1)[0] if ".weight_q" in node.input[1] else node.name.strip("/")
        chunks = [(c, min(CHUNK, n - c)) for c in range(0, n, CHUNK)] if n > SPLIT_ABOVE else [(0, n)]
        nodes, outs = [], []
        for c0, cols in chunks:
            wname = f"{base}.weight_fp32" + (f"_c{c0}" if len(chunks) > 1 else "")
            t = TensorProto(name=wname, data_type=TensorProto.FLOAT, dims=[k, cols])
            add_external(t, k * cols * 4, {
                "kind": "dequantize", "k": k, "n": n, "col0": c0, "cols": cols, "bits": bits, "block": block,
                "data": offsets[node.input[1]][0], "scales": offsets[scales.name][0], "scalesType": scales.dtype,
                "zeroPoint": zero_point(node, bits),
                "mins": offsets[mins.name][0] if mins else None, "minsType": mins.dtype if mins else None,
            })
            new_inits.append(t)
            y = out if len(chunks) == 1 else f"{out}_c{c0}"
            outs.append(y)
            nodes.append(helper.make_node("MatMul", [node.input[0], wname], [y], name=f"{node.name}_fp32_c{c0}"))
        if len(chunks) > 1:
            nodes.append(helper.make_node("Concat", outs, [out], axis=-1, name=f"{node.name}_fp32_concat"))
        replacement[id(node)] = nodes

    kept = []
    for node in g.node:
        if id(node) in replacement:
            kept.extend(replacement[id(node)])
        elif id(node) not in removed:
            kept.append(node)
    graph_outputs = {o.name for o in g.output}
    while True:  # drop what fed only the replaced nodes (block sums, Casts of scales)
        used = {i for node in kept for i in node.input} | graph_outputs
        alive = [node for node in kept if any(o in used for o in node.output)]
        if len(alive) == len(kept):
            break
        kept = alive
    del g.node[:]
    g.node.extend(kept)
    used = {i for node in kept for i in node.input}
    old = [t for t in g.initializer if t.name in used]
    del g.initializer[:]
    for t in old:
        if len(t.raw_data) >= EXTERNAL_MIN_BYTES:
            src, length = offsets[t.name]
            add_external(t, length, {"kind": "copy", "from": src})
    g.initializer.extend(old + new_inits)
    tensors.sort(key=lambda e: e["offset"])
    return model, tensors, offset


# -- unpacking, in numpy (the TypeScript unpacker must give the same bytes) -------------------------

def _floats(q4: bytes, offset: int, count: int, dtype: str) -> np.ndarray:
    return np.frombuffer(q4, dtype=np.float16 if dtype == "float16" else np.float32, count=count,
                         offset=offset).astype(np.float32)


def unpack_tensor(q4: bytes, e: dict) -> bytes:
    if e["kind"] == "copy":
        return q4[e["from"]: e["from"] + e["bytes"]]
    k, n, c0, cols, bits, block = e["k"], e["n"], e["col0"], e["cols"], e["bits"], e["block"]
    nb = -(-k // block)
    row_bytes = nb * block * bits // 8
    data = np.frombuffer(q4, np.uint8, count=n * row_bytes, offset=e["data"]).reshape(n, row_bytes)[c0: c0 + cols]
    if bits == 4:
        q = np.empty((cols, row_bytes * 2), np.uint8)
        q[:, 0::2], q[:, 1::2] = data & 15, data >> 4
    else:
        q = data
    scales = _floats(q4, e["scales"], n * nb, e["scalesType"]).reshape(n, nb)[c0: c0 + cols]
    w = (q.reshape(cols, nb, block).astype(np.float32) - np.float32(e["zeroPoint"])) * scales[:, :, None]
    if e["mins"] is not None:
        mins = _floats(q4, e["mins"], nb * n, e["minsType"]).reshape(nb, n)[:, c0: c0 + cols]
        w = w + mins.T[:, :, None]
    return np.ascontiguousarray(w.reshape(cols, nb * block)[:, :k].T).astype("<f4").tobytes()


def unpack_all(q4: bytes, tensors: list[dict], total: int) -> bytes:
    out = bytearray(total)
    for e in tensors:
        out[e["offset"]: e["offset"] + e["bytes"]] = unpack_tensor(q4, e)
    return bytes(out)


# -- building, verifying and adding the variant -----------------------------------------------------

def write_fp32_from_q4(package: Path, q4_file: str) -> tuple[str, str]:
    """Writes the graph and the plan next to the q4 file; returns their package paths."""
    graph_path, plan_path, external = skeleton_paths(q4_file)
    raw = (package / q4_file).read_bytes()
    q4 = onnx.load_from_string(raw)
    model, tensors, total = build_skeleton(q4, raw_data_offsets(raw), external)
    unpacked = unpack_all(raw, tensors, total)
    plan = {
        "generatedBy": "python -m tools.fp32_from_q4 (do not edit by hand)",
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION,
        "source": {"file": q4_file, "bytes": len(raw), "sha256": hashlib.sha256(raw).hexdigest()},
        "graph": graph_path,
        "external": external,
        "bytes": total,
        "sha256": hashlib.sha256(unpacked).hexdigest(),
        "tensors": tensors,
    }
    onnx.save(model, package / graph_path)
    (package / plan_path).write_text(json.dumps(plan, separators=(",", ":")) + "\n", encoding="utf-8")
    return graph_path, plan_path


def materialize(package: Path, plan_path: str, into: Path) -> Path:
    """A loadable copy of the float32 graph with its weights file (for Python onnxruntime)."""
    plan = json.loads((package / plan_path).read_text(encoding="utf-8"))
    raw = (package / plan["source"]["file"]).read_bytes()
    graph = into / Path(plan["graph"]).name
    graph.write_bytes((package / plan["graph"]).read_bytes())
    (into / plan["external"]).write_bytes(unpack_all(raw, plan["tensors"], plan["bytes"]))
    return graph


def verify_against_q4(package: Path, q4_file: str, plan_path: str, spec, prompts: list[list[int]],
                      nll_ids: list[int], steps: int) -> VariantVerification:
    """Teacher-forced greedy agreement with the q4 graph, and both NLLs (Python onnxruntime)."""
    from .decoding import OrtDecoder

    q4 = OrtDecoder(package / q4_file, spec)
    with tempfile.TemporaryDirectory(prefix="fp32-from-q4-") as tmp:
        fp32 = OrtDecoder(materialize(package, plan_path, Path(tmp)), spec)
        agree, total, max_delta = 0, 0, 0.0
        for prompt in prompts:
            ref = q4.greedy(prompt, steps)
            run = fp32.greedy(prompt, steps, forced=ref.tokens)
            agree += sum(a == b for a, b in zip(run.tokens, ref.tokens))
            total += steps
            max_delta = max(max_delta, max(float(np.abs(a - b).max()) for a, b in zip(run.step_logits, ref.step_logits)))
        nll, ref_nll = fp32.mean_nll(nll_ids), q4.mean_nll(nll_ids)
    v = VariantVerification(greedy_steps=steps, greedy_agreement=agree / total, max_abs_logit_delta=max_delta,
                            mean_nll=nll, reference_mean_nll=ref_nll)
    if v.greedy_agreement < MIN_AGREEMENT or not abs(nll - ref_nll) <= MAX_NLL_CHANGE:
        raise ConvertError(f"{VARIANT} does not match {q4_file}: greedy agreement {v.greedy_agreement:.3f} "
                           f"(at least {MIN_AGREEMENT}), NLL {nll:.4f} against {ref_nll:.4f}")
    return v


def add_fp32_from_q4(package: Path, q4_file: str, spec, prompts: list[list[int]], nll_ids: list[int],
                     steps: int) -> OnnxVariant:
    """Writes and verifies the float32-from-q4 files; returns the manifest variant naming them."""
    from .fast_start import prepare_unpacked

    graph_path, plan_path = write_fp32_from_q4(package, q4_file)
    prepare_unpacked(package, graph_path, plan_path, materialize)
    verification = verify_against_q4(package, q4_file, plan_path, spec, prompts, nll_ids, steps)
    return OnnxVariant(file=graph_path, quantization="fp32", bytes=(package / graph_path).stat().st_size,
                       verification=verification, shipped=True,
                       unpack_from=UnpackSource(variant=SOURCE_VARIANT, plan=plan_path), optimized=True)


def rewrite_manifest(package: Path, m, name: str, variant: OnnxVariant) -> dict:
    """Sets variants[name] and re-lists the package files (sizes, hashes) in manifest.json; returns its JSON."""
    from .manifest import write_manifest
    from .package import list_files

    m.variants[name] = variant
    m.files = list_files(package)
    write_manifest(m, package / "manifest.json")
    return m.to_json()


def update_package(package: Path, log=print) -> dict:
    """Re-derives the variant of an existing package from its q4 file and rewrites its manifest."""
    from tokenizers import Tokenizer

    from .manifest import read_manifest
    from .prompt_format import bos_prefix, chat_renderer, encode_prompt, first_question
    from .reference import spec_from_manifest
    from .verify import GREEDY_STEPS, NLL_TEXT, PROMPT_TEXTS

    m = read_manifest(package / "manifest.json")
    if m.backends.wasm != SOURCE_VARIANT:
        raise ConvertError(f"{package}: WASM loads {m.backends.wasm!r}, not {SOURCE_VARIANT!r}")
    q4_file = m.variants[SOURCE_VARIANT].file
    tok = Tokenizer.from_file(str(package / "tokenizer.json"))
    prefix = bos_prefix(m.prompt, m.tokens.bos)
    render = chat_renderer(package) if m.prompt.kind == "chat" else None
    first = encode_prompt(tok, m.prompt, m.tokens.bos, first_question(m.prompt, PROMPT_TEXTS[0]), render)
    prompts = [first, *(prefix + tok.encode(t, add_special_tokens=False).ids for t in PROMPT_TEXTS[1:])]
    nll_ids = (prefix + tok.encode(NLL_TEXT, add_special_tokens=False).ids)[: min(m.shape.context_length, 256)]
    variant = add_fp32_from_q4(package, q4_file, spec_from_manifest(m), prompts, nll_ids, GREEDY_STEPS)
    m = rewrite_manifest(package, m, VARIANT, variant)
    v = variant.verification
    log(f"{package}: {variant.file} ({variant.bytes:,d} bytes) + {variant.unpack_from.plan}; agreement with q4 "
        f"{v.greedy_agreement:.3f}, NLL {v.mean_nll:.4f} (q4 {v.reference_mean_nll:.4f}), "
        f"max |dlogit| {v.max_abs_logit_delta:.3g}")
    return m


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fp32_from_q4", description=__doc__.split("\n")[0])
    parser.add_argument("packages", type=Path, nargs="+", help="package folders, e.g. public/models/<id>")
    args = parser.parse_args(argv)
    try:
        for package in args.packages:
            update_package(package)
    except ConvertError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
