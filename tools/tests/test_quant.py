import numpy as np

from tools.quant import pack, quantize_affine, quantize_channel_int8, quantize_symmetric, unpack


def test_pack_roundtrip_low_nibble_first():
    q = np.array([[1, 2, 3, 15, 0]], dtype=np.uint8)
    packed = pack(q, 4)
    assert packed.tolist() == [[0x21, 0xF3, 0x00]]
    assert unpack(packed, 4)[:, :5].tolist() == q.tolist()


def test_affine_reencodes_q4_1_blocks_exactly():
    """Weights dequantized from GGUF Q4_1 (w = q * d + m, float16 d and m) come back unchanged."""
    rng = np.random.default_rng(0)
    q = rng.integers(0, 16, (8, 4, 32))
    q[:, :, 0], q[:, :, 1] = 0, 15  # Q4_1 puts the block minimum at 0 and the maximum at 15
    d = (rng.random((8, 4)) * 0.01 + 1e-3).astype(np.float16).astype(np.float32)
    m = (-rng.random((8, 4)) * 0.05).astype(np.float16).astype(np.float32)
    w = (q * d[:, :, None] + m[:, :, None]).reshape(8, 128).astype(np.float32)
    enc = quantize_affine(w, 4, 32)
    assert enc.half
    np.testing.assert_allclose(enc.dequantize(), w, rtol=0, atol=1e-7)


def test_symmetric_reencodes_q8_0_blocks_exactly():
    rng = np.random.default_rng(1)
    q = rng.integers(-127, 128, (5, 2, 32))
    q[:, :, 3] = 127
    d = (rng.random((5, 2)) * 0.01 + 1e-3).astype(np.float16).astype(np.float32)
    w = (q * d[:, :, None]).reshape(5, 64).astype(np.float32)
    np.testing.assert_allclose(quantize_symmetric(w, 8, 32).dequantize(), w, rtol=0, atol=1e-7)


def test_rounding_error_is_bounded_and_padding_is_dropped():
    rng = np.random.default_rng(2)
    w = rng.standard_normal((16, 70)).astype(np.float32)  # 70: not a multiple of the block
    for enc in (quantize_affine(w, 4, 32), quantize_symmetric(w, 8, 32)):
        back = enc.dequantize()
        assert back.shape == w.shape
        step = enc.scales.max()
        assert np.abs(back - w).max() <= step / 2 + 1e-3


def test_channel_int8_layout():
    w = np.array([[1.0, -2.0], [0.5, 0.25], [0.0, 0.0]], dtype=np.float32)
    q, scale = quantize_channel_int8(w)
    assert q.shape == (2, 3) and q.dtype == np.int8
    np.testing.assert_allclose((q.astype(np.float32) * scale).T, w, atol=scale.max() / 2)
