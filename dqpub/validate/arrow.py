"""Arrow ↔ numpy without pyarrow's converters.

pyarrow's own conversions (``pa.array``, ``pa.scalar``, ``Array.to_numpy``) import pandas on their first
call to look for pandas objects: 0.3 s of start-up that validation never needs. These helpers build the
arrays from their buffers instead (and fall back to pyarrow for the types they do not handle).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

import numpy as np
import pyarrow as pa

_NP_DTYPES: dict[pa.DataType, Any] = {
    pa.int8(): np.int8, pa.int32(): np.int32, pa.int64(): np.int64, pa.uint64(): np.uint64,
    pa.float64(): np.float64, pa.date32(): np.int32, pa.timestamp("s"): np.int64, pa.time64("us"): np.int64}
_NP_TO_ARROW = {np.dtype(bool): pa.bool_(), np.dtype(np.int64): pa.int64(), np.dtype(np.int32): pa.int32(),
                np.dtype(np.float64): pa.float64(), np.dtype(np.uint64): pa.uint64(), np.dtype(np.int8): pa.int8()}
_EPOCH_DATE = dt.date(1970, 1, 1)
_EPOCH_DT = dt.datetime(1970, 1, 1)
_PY_TYPES = {frozenset({str}): pa.string(), frozenset({bool}): pa.bool_(), frozenset({int}): pa.int64(),
             frozenset({float}): pa.float64(), frozenset({int, float}): pa.float64()}


def _bits(buf: pa.Buffer, offset: int, n: int) -> np.ndarray:
    raw = np.frombuffer(buf, np.uint8, count=(offset + n + 7) // 8)
    return np.unpackbits(raw, count=offset + n, bitorder="little")[offset:].view(bool)


def as_numpy(arr: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """``arr.to_numpy(zero_copy_only=False)`` for booleans (null → False) and null-free numbers (read-only)."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    n, t = len(arr), arr.type
    if t == pa.bool_():
        if not n:
            return np.zeros(0, bool)
        bufs = arr.buffers()
        out = _bits(bufs[1], arr.offset, n)
        if arr.null_count:
            out = out & _bits(bufs[0], arr.offset, n)
        return out
    dtype = _NP_DTYPES.get(t)
    if dtype is None or arr.null_count:
        return arr.to_numpy(zero_copy_only=False)
    if not n:
        return np.zeros(0, dtype)
    return np.frombuffer(arr.buffers()[1], dtype, count=n, offset=arr.offset * np.dtype(dtype).itemsize)


def _py_number(v: Any, t: pa.DataType) -> Any:
    if t == pa.date32():
        return (v - _EPOCH_DATE).days
    if t == pa.timestamp("s"):
        return (v - _EPOCH_DT) // dt.timedelta(seconds=1)
    if t == pa.time64("us"):
        return ((v.hour * 60 + v.minute) * 60 + v.second) * 1_000_000 + v.microsecond
    return v


def _from_numpy(values: np.ndarray, type: pa.DataType | None, mask: np.ndarray | None) -> pa.Array:
    t = type or _NP_TO_ARROW.get(values.dtype)
    if t is None or (t != pa.bool_() and t not in _NP_DTYPES):
        return pa.array(values, type, mask=mask)
    validity = None
    if mask is not None and mask.any():
        validity = pa.py_buffer(np.packbits(~mask, bitorder="little"))
    if t == pa.bool_():
        data = pa.py_buffer(np.packbits(values.astype(bool, copy=False), bitorder="little"))
    else:
        data = pa.py_buffer(np.ascontiguousarray(values, dtype=_NP_DTYPES[t]))
    return pa.Array.from_buffers(t, len(values), [validity, data], null_count=-1 if validity is not None else 0)


def _strings(values: list, none: np.ndarray) -> pa.Array:
    enc = [b"" if v is None else v.encode("utf-8") for v in values]
    offsets = np.zeros(len(enc) + 1, np.int64)
    np.cumsum([len(b) for b in enc], out=offsets[1:])
    if offsets[-1] >= 2 ** 31:
        return pa.array(values, pa.string())
    validity = pa.py_buffer(np.packbits(~none, bitorder="little")) if none.any() else None
    return pa.StringArray.from_buffers(len(enc), pa.py_buffer(offsets.astype(np.int32)),
                                       pa.py_buffer(b"".join(enc)), validity, null_count=int(np.count_nonzero(none)))


def as_arrow(values: np.ndarray | Iterable, type: pa.DataType | None = None,
             mask: np.ndarray | None = None) -> pa.Array:
    """``pa.array(values, type, mask=mask)`` for numpy arrays and Python lists of str / numbers / dates."""
    if isinstance(values, np.ndarray):
        return _from_numpy(values, type, mask)
    values = list(values)
    t = type
    if t is None:
        t = _PY_TYPES.get(frozenset({builtin_type(v) for v in values if v is not None}))
        if t is None:
            return pa.array(values, type)
    none = np.array([v is None for v in values], bool)
    if t == pa.string():
        return _strings(values, none)
    if t == pa.bool_():
        return as_arrow(np.array([bool(v) for v in values], bool) if values else np.zeros(0, bool), t, none)
    dtype = _NP_DTYPES.get(t)
    if dtype is None:
        return pa.array(values, type)
    nums = np.array([0 if v is None else _py_number(v, t) for v in values], dtype) if values else np.zeros(0, dtype)
    return as_arrow(nums, t, none)


def as_scalar(value: Any, type: pa.DataType | None = None) -> pa.Scalar:
    """``pa.scalar(value, type)`` (see ``as_arrow``)."""
    if value is None:
        return pa.nulls(1, type)[0]
    return as_arrow([value], type)[0]


def combined(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One contiguous array (Arrow's CSV reader may hand out chunked columns)."""
    return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr


builtin_type = type  # ``type`` is shadowed by the parameters above
