"""Block-wise weight quantization in the layout of onnxruntime's MatMulNBits.

A weight W [N, K] (N outputs, K inputs) is cut into blocks of `block_size` along K; each block
stores integers q (bits wide) and a scale d, and
- affine blocks (4-bit): w = q * d + m, q in [0, 15], m the block minimum. This is GGUF's Q4_1,
  so a checkpoint dequantized from Q4_1 is re-encoded exactly (same d, m, q) instead of being
  rounded a second time. MatMulNBits computes x @ (q * d)^T (explicit zero point 0) and the graph
  adds (block sums of x) @ m^T.
- symmetric blocks (8-bit): w = (q - 128) * d, d = max|w| / 127 (GGUF's Q8_0, also exact).
Scales and minimums are stored as float16 when that loses nothing measurable (GGUF stores them
as float16 too), else float32. Packing: 4-bit values two per byte, the even element in the low
nibble (MatMulNBits and GatherBlockQuantized share it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class BlockQuantized:
    bits: int
    block_size: int
    n: int  # rows (MatMulNBits N; the vocabulary for an embedding)
    k: int  # row length before padding
    data: np.ndarray  # uint8 [N, n_blocks, block_size * bits / 8]
    scales: np.ndarray  # float32 [N, n_blocks] (values exactly as stored)
    offsets: np.ndarray | None  # float32 [N, n_blocks] block minimums (affine), None (symmetric)
    half: bool  # scales and offsets are stored as float16 (exactly these values)

    @property
    def n_blocks(self) -> int:
        return self.data.shape[1]

    @property
    def zero_point(self) -> int:
        return 0 if self.offsets is not None else 1 << (self.bits - 1)

    def dequantize(self) -> np.ndarray:
        """The float weight [N, K] this encodes (for measurements and tests)."""
        q = unpack(self.data.reshape(self.n, -1), self.bits).reshape(self.n, self.n_blocks, self.block_size)
        w = (q.astype(np.float32) - self.zero_point) * self.scales[:, :, None]
        if self.offsets is not None:
            w = w + self.offsets[:, :, None]
        return w.reshape(self.n, -1)[:, : self.k]


def _blocks(w: np.ndarray, block_size: int) -> np.ndarray:
    w = np.asarray(w, dtype=np.float32)
    n, k = w.shape
    n_blocks = -(-k // block_size)
    padded = np.zeros((n, n_blocks * block_size), dtype=np.float32)
    padded[:, :k] = w
    return padded.reshape(n, n_blocks, block_size)


def _storable(values: list[np.ndarray]) -> tuple[list[np.ndarray], bool]:
    """Round to float16 when every value survives within 1e-3 relative, else keep float32."""
    halves = [v.astype(np.float16).astype(np.float32) for v in values]
    ok = all(np.all(np.isfinite(h)) and np.allclose(h, v, rtol=1e-3, atol=0) for h, v in zip(halves, values))
    return (halves, True) if ok else (values, False)


def quantize_affine(w: np.ndarray, bits: int = 4, block_size: int = 32) -> BlockQuantized:
    blocks = _blocks(w, block_size)
    qmax = (1 << bits) - 1
    lo, hi = blocks.min(axis=2), blocks.max(axis=2)
    (scale, lo), half = _storable([(hi - lo) / qmax, lo])
    safe = np.where(scale == 0, 1.0, scale)
    q = np.clip(np.rint((blocks - lo[:, :, None]) / safe[:, :, None]), 0, qmax).astype(np.uint8)
    return _finish(q, bits, block_size, w.shape, scale, lo, half)


def quantize_symmetric(w: np.ndarray, bits: int = 8, block_size: int = 32) -> BlockQuantized:
    blocks = _blocks(w, block_size)
    qmax = (1 << (bits - 1)) - 1
    (scale,), half = _storable([np.abs(blocks).max(axis=2) / qmax])
    safe = np.where(scale == 0, 1.0, scale)
    q = np.clip(np.rint(blocks / safe[:, :, None]), -qmax, qmax) + (1 << (bits - 1))
    return _finish(q.astype(np.uint8), bits, block_size, w.shape, scale, None, half)


def _finish(q, bits, block_size, shape, scale, offsets, half) -> BlockQuantized:
    n, k = shape
    n_blocks = q.shape[1]
    data = pack(q.reshape(n, -1), bits).reshape(n, n_blocks, block_size * bits // 8)
    return BlockQuantized(bits=bits, block_size=block_size, n=n, k=k, data=np.ascontiguousarray(data),
                          scales=scale.astype(np.float32), offsets=None if offsets is None else
                          offsets.astype(np.float32), half=half)


def pack(q: np.ndarray, bits: int) -> np.ndarray:
    """Pack uint8 values < 2^bits along the last axis: 4-bit two per byte, low nibble first."""
    if bits == 8:
        return q.astype(np.uint8)
    rows, cols = q.shape
    if cols % 2:
        q = np.concatenate([q, np.zeros((rows, 1), dtype=q.dtype)], axis=1)
    return (q[:, 0::2] | (q[:, 1::2] << 4)).astype(np.uint8)


def unpack(packed: np.ndarray, bits: int) -> np.ndarray:
    if bits == 8:
        return packed.astype(np.uint8)
    out = np.empty((packed.shape[0], packed.shape[1] * 2), dtype=np.uint8)
    out[:, 0::2] = packed & 0x0F
    out[:, 1::2] = packed >> 4
    return out


def quantize_channel_int8(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 w.T [K, N] and one scale per output channel [N], symmetric (zero point 0)."""
    w = np.asarray(w, dtype=np.float32)
    scale = np.abs(w).max(axis=1) / 127.0
    scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
    q = np.clip(np.rint(w / scale[:, None]), -127, 127).astype(np.int8)
    return np.ascontiguousarray(q.T), scale
