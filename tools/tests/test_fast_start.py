"""Graphs that start fast (tools/fast_start.py): the shape fit, the prepared graph running as the app
runs it, a wrong shape caught, and every committed unpacked graph prepared."""

from __future__ import annotations

import shutil
from pathlib import Path

import onnx
import pytest

from tools.build_tiny import TINY_ID
from tools.errors import ConvertError
from tools.fast_start import ALL_POINTS, TOTAL, add_shapes, check, dim_name, fit, prepare, shapes_path
from tools.fp32_from_q4 import materialize
from tools.manifest import read_manifest

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "public" / "models"
TINY = MODELS / TINY_ID


def _samples(rule) -> list[tuple[int, ...]]:
    return [tuple(rule(b, s, p)) for b, s, p in ALL_POINTS]



def assert_every_intermediate_shaped(model) -> None:
    """A q4 graph joined with its shapes record has a value_info for every node output but the graph's own."""
    outputs = {o for n in model.graph.node for o in n.output} - {o.name for o in model.graph.output}
    assert {v.name for v in model.graph.value_info} == outputs

def test_fit_names_each_dimension_by_its_inputs():
    dims = fit(_samples(lambda b, s, p: (b, 9, s, s + p, 64, 3 * s, b * s)))
    assert dims == ["batch_size", 9, "sequence_length", TOTAL, 64, "3*sequence_length", "batch_size*sequence_length"]


def test_fit_leaves_what_is_not_linear_in_the_inputs():
    assert fit(_samples(lambda b, s, p: (max(s, p),))) is None  # agrees with a line at the fit points only
    assert fit(_samples(lambda b, s, p: (s * s,))) is None
    assert fit([(1,)] * (len(ALL_POINTS) - 1) + [(1, 1)]) is None  # rank changes


def test_dim_names_are_canonical():
    assert dim_name(0, 1, 1, False) == TOTAL
    assert dim_name(1, 1, 0, False) == "sequence_length + 1"
    assert dim_name(0, 0, 1, False) == "past_sequence_length"
    assert dim_name(5, 0, 0, False) == 5
    assert dim_name(3, 0, 0, True) == "3*batch_size"


def _tiny_plain(tmp_path: Path) -> tuple[Path, Path]:
    """A package folder holding the tiny fp32-from-q4 graph as the tool first writes it (not prepared)."""
    from tools.fp32_from_q4 import write_fp32_from_q4

    pkg = tmp_path / "pkg"
    (pkg / "onnx").mkdir(parents=True)
    q4_file = read_manifest(TINY / "manifest.json").variants["q4"].file
    shutil.copy(TINY / q4_file, pkg / q4_file)
    graph, plan = write_fp32_from_q4(pkg, q4_file)
    loadable_dir = tmp_path / "loadable"
    loadable_dir.mkdir()
    return pkg / graph, materialize(pkg, plan, loadable_dir)


def test_prepared_graph_is_optimized_shaped_and_runs_like_the_plain_one(tmp_path):
    graph, loadable = _tiny_plain(tmp_path)
    done = prepare(graph, loadable)
    before, after = done["nodes"]
    assert after < before  # fused at build time, so the app can turn optimization off
    assert done["shaped"] > 0 and done["unshaped"] == 0
    assert done["maxDiff"] <= 1e-4
    model = onnx.load(str(graph), load_external_data=False)
    shaped = {v.name for v in model.graph.value_info}
    outputs = {o for n in model.graph.node for o in n.output} - {o.name for o in model.graph.output}
    assert shaped == outputs
    # Every weight is still the plan's: no initializer was folded into new bytes outside it.
    plain = onnx.load(str(loadable), load_external_data=False)
    external = lambda m: {t.name for t in m.graph.initializer if t.data_location == onnx.TensorProto.EXTERNAL}
    assert external(model) == external(plain)


def test_a_wrong_shape_fails_the_check(tmp_path):
    graph, loadable = _tiny_plain(tmp_path)
    prepare(graph, loadable)
    model = onnx.load(str(graph), load_external_data=False)
    # A wrong fixed size (the width of every value 64 wide said to be 16): onnxruntime refuses the graph.
    wrong = [d for v in model.graph.value_info for d in v.type.tensor_type.shape.dim if d.dim_value == 64]
    assert wrong
    for d in wrong:
        d.dim_value = 16
    bad = loadable.parent / "bad.onnx"
    onnx.save(model, str(bad))
    with pytest.raises(ConvertError, match="does not load"):
        check(bad, loadable)


def test_a_shapes_record_appended_to_the_q4_file_gives_its_graph_every_shape(tmp_path):
    q4_file = read_manifest(TINY / "manifest.json").variants["q4"].file
    (tmp_path / "onnx").mkdir()
    shutil.copy(TINY / q4_file, tmp_path / q4_file)
    done = add_shapes(tmp_path, q4_file)
    assert done["file"] == shapes_path(q4_file) and done["unshaped"] == 0 and done["maxDiff"] <= 1e-4
    assert (tmp_path / q4_file).read_bytes() == (TINY / q4_file).read_bytes()  # the download keeps its bytes
    joined = onnx.load_from_string((tmp_path / q4_file).read_bytes() + (tmp_path / done["file"]).read_bytes())
    plain = onnx.load(str(TINY / q4_file))
    assert list(joined.graph.node) == list(plain.graph.node)
    assert_every_intermediate_shaped(joined)


@pytest.mark.parametrize("model_id", sorted(p.name for p in MODELS.iterdir() if (p / "manifest.json").exists()))
def test_committed_q4_files_have_their_shapes_record(model_id):
    pkg = MODELS / model_id
    m = read_manifest(pkg / "manifest.json")
    q4 = m.variants[m.backends.wasm]
    assert q4.shapes == shapes_path(q4.file), f"rerun python -m tools.fast_start {pkg.relative_to(REPO)} --variants q4"
    assert q4.shapes in {f.path for f in m.files}
    assert_every_intermediate_shaped(onnx.load_from_string((pkg / q4.file).read_bytes() + (pkg / q4.shapes).read_bytes()))


@pytest.mark.parametrize("model_id", sorted(p.name for p in MODELS.iterdir() if (p / "manifest.json").exists()))
def test_committed_unpacked_graphs_are_prepared(model_id):
    pkg = MODELS / model_id
    m = read_manifest(pkg / "manifest.json")
    unpacked = {name: v for name, v in m.variants.items() if v.unpack_from}
    assert unpacked
    for name, v in unpacked.items():
        assert v.optimized is True, f"{model_id} {name}: rerun python -m tools.fast_start {pkg.relative_to(REPO)}"
        model = onnx.load(str(pkg / v.file), load_external_data=False)
        outputs = {o for n in model.graph.node for o in n.output} - {o.name for o in model.graph.output}
        assert {v.name for v in model.graph.value_info} == outputs, f"{model_id} {name}: values without a shape"
