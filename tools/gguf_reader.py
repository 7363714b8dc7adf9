"""A small, strict GGUF reader: metadata, tensor directory and dequantized tensors.

Written instead of using gguf.GGUFReader so that every malformed file (wrong magic, truncation
anywhere, unknown value or tensor types, tensors past the end of the file) ends in one
GGUFImportError with a sentence for the user, never an IndexError from deep inside numpy.
Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (versions 2 and 3, little-endian).
"""

from __future__ import annotations

import math
import mmap
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tools.errors import ConvertError

GGUF_MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32


class GGUFImportError(ConvertError):
    """A GGUF file the tools cannot read or convert; str(err) is a one-line user message."""


# ggml tensor types: id -> (name, elements per block, bytes per block). The names follow ggml.
# Only the types in DEQUANTIZERS can be converted; the others are named in the error message.
GGML_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("F32", 1, 4),
    1: ("F16", 1, 2),
    2: ("Q4_0", 32, 18),
    3: ("Q4_1", 32, 20),
    6: ("Q5_0", 32, 22),
    7: ("Q5_1", 32, 24),
    8: ("Q8_0", 32, 34),
    9: ("Q8_1", 32, 36),
    10: ("Q2_K", 256, 84),
    11: ("Q3_K", 256, 110),
    12: ("Q4_K", 256, 144),
    13: ("Q5_K", 256, 176),
    14: ("Q6_K", 256, 210),
    15: ("Q8_K", 256, 292),
    16: ("IQ2_XXS", 256, 66),
    17: ("IQ2_XS", 256, 74),
    18: ("IQ3_XXS", 256, 98),
    19: ("IQ1_S", 256, 50),
    20: ("IQ4_NL", 32, 18),
    21: ("IQ3_S", 256, 110),
    22: ("IQ2_S", 256, 82),
    23: ("IQ4_XS", 256, 136),
    24: ("I8", 1, 1),
    25: ("I16", 1, 2),
    26: ("I32", 1, 4),
    27: ("I64", 1, 8),
    28: ("F64", 1, 8),
    29: ("IQ1_M", 256, 56),
    30: ("BF16", 1, 2),
    34: ("TQ1_0", 256, 54),
    35: ("TQ2_0", 256, 66),
    39: ("MXFP4", 32, 17),
}


def _dequant_f32(raw: np.ndarray) -> np.ndarray:
    return raw.view("<f4").astype(np.float32)


def _dequant_f16(raw: np.ndarray) -> np.ndarray:
    return raw.view("<f2").astype(np.float32)


def _dequant_bf16(raw: np.ndarray) -> np.ndarray:
    return (raw.view("<u2").astype(np.uint32) << 16).view(np.float32)


def _dequant_q8_0(raw: np.ndarray) -> np.ndarray:
    # block: fp16 scale d, 32 x int8 q; x = d * q
    blocks = raw.reshape(-1, 34)
    d = blocks[:, :2].copy().view("<f2").astype(np.float32)
    q = blocks[:, 2:].copy().view(np.int8).astype(np.float32)
    return (d * q).reshape(-1)


def _nibbles(qs: np.ndarray) -> np.ndarray:
    # byte j holds element j in its low nibble and element j + 16 in its high nibble
    return np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32)


def _dequant_q4_0(raw: np.ndarray) -> np.ndarray:
    # block: fp16 scale d, 16 bytes of nibbles; x = d * (q - 8)
    blocks = raw.reshape(-1, 18)
    d = blocks[:, :2].copy().view("<f2").astype(np.float32)
    return (d * (_nibbles(blocks[:, 2:]) - 8.0)).reshape(-1)


def _dequant_q4_1(raw: np.ndarray) -> np.ndarray:
    # block: fp16 scale d, fp16 minimum m, 16 bytes of nibbles; x = d * q + m
    blocks = raw.reshape(-1, 20)
    d = blocks[:, 0:2].copy().view("<f2").astype(np.float32)
    m = blocks[:, 2:4].copy().view("<f2").astype(np.float32)
    return (d * _nibbles(blocks[:, 4:]) + m).reshape(-1)


DEQUANTIZERS = {
    0: _dequant_f32,
    1: _dequant_f16,
    2: _dequant_q4_0,
    3: _dequant_q4_1,
    8: _dequant_q8_0,
    30: _dequant_bf16,
}

SUPPORTED_TYPE_NAMES = ", ".join(GGML_TYPES[t][0] for t in sorted(DEQUANTIZERS))


def type_name(ggml_type: int) -> str:
    return GGML_TYPES.get(ggml_type, (f"unknown type id {ggml_type}", 0, 0))[0]


@dataclass(frozen=True)
class TensorInfo:
    name: str
    # GGUF order: ne[0] is the fastest-varying (row length); the numpy/PyTorch shape is reversed.
    ne: tuple[int, ...]
    ggml_type: int
    offset: int  # absolute offset in the file
    nbytes: int

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(reversed(self.ne))

    @property
    def type_name(self) -> str:
        return type_name(self.ggml_type)


# GGUF metadata value types
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_NUMPY = {0: "<u1", 1: "<i1", 2: "<u2", 3: "<i2", 4: "<u4", 5: "<i4", 6: "<f4", 7: "?", 10: "<u8", 11: "<i8", 12: "<f8"}
_STRING, _ARRAY = 8, 9


class _Cursor:
    def __init__(self, buf: mmap.mmap | bytes, name: str):
        self.buf, self.pos, self.name = buf, 0, name

    def take(self, n: int, what: str) -> bytes:
        end = self.pos + n
        if n < 0 or end > len(self.buf):
            raise GGUFImportError(
                f"{self.name}: the file ends early (truncated?) while reading {what} at byte {self.pos}"
            )
        out = self.buf[self.pos:end]
        self.pos = end
        return out

    def scalar(self, fmt: str, what: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt), what))[0]

    def string(self, what: str) -> str:
        n = self.scalar("<Q", what)
        if n > len(self.buf):
            raise GGUFImportError(f"{self.name}: corrupt GGUF, {what} claims {n} bytes")
        raw = self.take(n, what)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise GGUFImportError(f"{self.name}: corrupt GGUF, {what} is not valid UTF-8") from None

    def value(self, vtype: int, what: str) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype], what)
        if vtype == _STRING:
            return self.string(what)
        if vtype == _ARRAY:
            itype = self.scalar("<I", what)
            count = self.scalar("<Q", what)
            if itype in _NUMPY:
                dt = np.dtype(_NUMPY[itype])
                if count * dt.itemsize > len(self.buf):
                    raise GGUFImportError(f"{self.name}: corrupt GGUF, {what} claims {count} items")
                return np.frombuffer(self.take(count * dt.itemsize, what), dtype=dt).tolist()
            if count > len(self.buf):
                raise GGUFImportError(f"{self.name}: corrupt GGUF, {what} claims {count} items")
            return [self.value(itype, what) for _ in range(count)]
        raise GGUFImportError(f"{self.name}: corrupt GGUF, {what} has unknown value type {vtype}")


class GGUFFile:
    """An opened GGUF: `metadata` (key -> Python value), `tensors` (name -> TensorInfo)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        name = self.path.name
        try:
            self._fh = open(self.path, "rb")
        except OSError as e:
            raise GGUFImportError(f"{name}: cannot open ({e.strerror})") from None
        size = self.path.stat().st_size
        if size < 24:
            self._fh.close()
            raise GGUFImportError(f"{name}: not a GGUF file (only {size} bytes)")
        self._mm = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            self._parse(name)
        except Exception:
            self.close()
            raise

    def _parse(self, name: str) -> None:
        cur = _Cursor(self._mm, name)
        magic = cur.take(4, "the magic number")
        if magic != GGUF_MAGIC:
            raise GGUFImportError(f"{name}: not a GGUF file (magic {magic!r}, expected b'GGUF')")
        self.version = cur.scalar("<I", "the version")
        if self.version not in (2, 3):
            hint = " (big-endian GGUF files are not supported)" if self.version >= 1 << 16 else ""
            raise GGUFImportError(f"{name}: unsupported GGUF version {self.version}{hint}")
        n_tensors = cur.scalar("<Q", "the tensor count")
        n_kv = cur.scalar("<Q", "the metadata count")
        if n_tensors > len(self._mm) or n_kv > len(self._mm):  # each needs at least a byte
            raise GGUFImportError(f"{name}: corrupt GGUF header ({n_tensors} tensors, {n_kv} keys)")
        self.metadata: dict[str, Any] = {}
        for i in range(n_kv):
            key = cur.string(f"metadata key #{i}")
            vtype = cur.scalar("<I", f"the type of {key}")
            self.metadata[key] = cur.value(vtype, f"metadata value {key}")
        infos = []
        for i in range(n_tensors):
            tname = cur.string(f"tensor name #{i}")
            n_dims = cur.scalar("<I", f"dimensions of {tname}")
            if not 1 <= n_dims <= 4:
                raise GGUFImportError(f"{name}: corrupt GGUF, tensor {tname} has {n_dims} dimensions")
            ne = tuple(cur.scalar("<Q", f"shape of {tname}") for _ in range(n_dims))
            if not all(ne):
                raise GGUFImportError(f"{name}: corrupt GGUF, tensor {tname} has shape {list(ne)}")
            ttype = cur.scalar("<I", f"type of {tname}")
            offset = cur.scalar("<Q", f"offset of {tname}")
            infos.append((tname, ne, ttype, offset))
        align = self.metadata.get("general.alignment", DEFAULT_ALIGNMENT)
        if not isinstance(align, int) or align <= 0 or align & (align - 1):
            raise GGUFImportError(f"{name}: corrupt GGUF, general.alignment = {align!r}")
        data_start = -(-cur.pos // align) * align
        self.tensors: dict[str, TensorInfo] = {}
        file_size = len(self._mm)
        for tname, ne, ttype, offset in infos:
            if ttype not in GGML_TYPES:
                raise GGUFImportError(
                    f"{name}: tensor {tname} has unknown tensor type id {ttype}; "
                    f"supported: {SUPPORTED_TYPE_NAMES}"
                )
            _, block, block_bytes = GGML_TYPES[ttype]
            n = math.prod(ne)  # Python ints: a corrupt shape cannot wrap around
            if ne[0] % block:
                raise GGUFImportError(
                    f"{name}: corrupt GGUF, tensor {tname} row length {ne[0]} is not a multiple of "
                    f"the {type_name(ttype)} block size {block}"
                )
            nbytes = n // block * block_bytes
            start = data_start + offset
            if start + nbytes > file_size:
                raise GGUFImportError(
                    f"{name}: the file ends early (truncated?): tensor {tname} needs bytes "
                    f"{start}..{start + nbytes}, the file has {file_size}"
                )
            if tname in self.tensors:
                raise GGUFImportError(f"{name}: corrupt GGUF, tensor {tname} appears twice")
            self.tensors[tname] = TensorInfo(tname, ne, ttype, start, nbytes)

    def raw(self, t: TensorInfo) -> np.ndarray:
        return np.frombuffer(self._mm, dtype=np.uint8, count=t.nbytes, offset=t.offset)

    def dequantize(self, name: str) -> np.ndarray:
        """The tensor as float32 in numpy/PyTorch order (reversed GGUF ne)."""
        t = self.tensors[name]
        fn = DEQUANTIZERS.get(t.ggml_type)
        if fn is None:
            raise GGUFImportError(
                f"{self.path.name}: tensor {name} has type {t.type_name}, which is not supported; "
                f"supported: {SUPPORTED_TYPE_NAMES} (re-export the model with one of these)"
            )
        with np.errstate(over="ignore", invalid="ignore"):  # corrupt scales: caught by the caller's NaN check
            return fn(self.raw(t)).reshape(t.shape)

    def close(self) -> None:
        # numpy views may still reference the map; they keep it alive, so closing can fail
        try:
            self._mm.close()
        except BufferError:
            pass
        self._fh.close()

    def __enter__(self) -> "GGUFFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
