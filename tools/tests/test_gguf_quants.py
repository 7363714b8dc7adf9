"""Dequantization of GGUF tensor types F32, F16, Q8_0, Q4_0, Q4_1 (tools/gguf_reader.py)."""

from __future__ import annotations

import gguf
import numpy as np
import pytest

from tools.gguf_reader import DEQUANTIZERS

T = gguf.GGMLQuantizationType
rng = np.random.default_rng(7)


def _f16(x: float) -> bytes:
    return np.float16(x).tobytes()


def _pack_nibbles(q: np.ndarray) -> bytes:
    # element j in the low nibble of byte j, element j + 16 in its high nibble
    return bytes(int(q[j]) | (int(q[j + 16]) << 4) for j in range(16))


def _known_blocks(qtype: T) -> tuple[bytes, np.ndarray]:
    """Two blocks packed by hand from the format's definition, and the values they stand for.

    Scales are powers of two and every code appears, so the values are exact in float32 and
    ggml's quantizer maps them back to the very same bytes.
    """
    raw, values = b"", []
    for d, m in ((0.125, -1.0), (2.0 ** -6, 0.5)):
        if qtype == T.Q8_0:
            q = np.concatenate([[-127, 127], rng.integers(-127, 128, 30)]).astype(np.int8)
            raw += _f16(d) + q.tobytes()
            values.append(d * q.astype(np.float32))
        elif qtype == T.Q4_0:
            q = np.concatenate([[0, 15], rng.integers(0, 16, 30)]).astype(np.uint8)
            raw += _f16(d) + _pack_nibbles(q)
            values.append(d * (q.astype(np.float32) - 8))
        elif qtype == T.Q4_1:
            q = np.concatenate([[0, 15], rng.integers(0, 16, 30)]).astype(np.uint8)
            raw += _f16(d) + _f16(m) + _pack_nibbles(q)
            values.append(d * q.astype(np.float32) + m)
    return raw, np.concatenate(values).astype(np.float32)


@pytest.mark.parametrize("qtype", [T.Q8_0, T.Q4_0, T.Q4_1])
def test_hand_packed_blocks_round_trip_exactly(qtype):
    raw, values = _known_blocks(qtype)
    ours = DEQUANTIZERS[int(qtype)](np.frombuffer(raw, dtype=np.uint8))
    np.testing.assert_array_equal(ours, values)
    # ggml's own quantizer (gguf.quants, a port of ggml-quants.c) packs those values into the same bytes
    again = gguf.quants.quantize(values.reshape(1, -1), qtype)
    assert again.tobytes() == raw


@pytest.mark.parametrize("qtype", [T.F32, T.F16, T.Q8_0, T.Q4_0, T.Q4_1, T.BF16])
def test_random_tensors_match_gguf_reference(qtype):
    x = rng.standard_normal((8, 96)).astype(np.float32) * 3
    if qtype == T.F32:
        raw = x.view(np.uint8)
    elif qtype == T.F16:
        raw = x.astype(np.float16).view(np.uint8)
    else:
        raw = gguf.quants.quantize(x, qtype)
    ours = DEQUANTIZERS[int(qtype)](np.ascontiguousarray(raw).reshape(-1)).reshape(x.shape)
    ref = gguf.quants.dequantize(raw, qtype).astype(np.float32)
    np.testing.assert_array_equal(ours, ref)
    # and the trip is close to the input: at most half a step (one step for the 4-bit types' rounding)
    step = {T.F32: 0, T.F16: 2e-3, T.BF16: 2e-2, T.Q8_0: 1 / 127, T.Q4_0: 1 / 7, T.Q4_1: 1 / 15}[qtype]
    scale = np.abs(x).reshape(-1, 32).max(axis=1, keepdims=True) if qtype not in (T.F32, T.F16, T.BF16) else np.abs(x).reshape(-1, 32)
    span = (np.ptp(x.reshape(-1, 32), axis=1, keepdims=True) if qtype == T.Q4_1 else scale)
    err = np.abs(ours - x).reshape(-1, 32)
    assert (err <= step * span + 1e-6).all()
