"""One column of a batch: missing values, type and format, constraints → a ``FieldResult``.

The fast parsers (``parsers``) and vectorized constraints (``constraints``) decide most cells; the
rest are decided by Frictionless' own cell reader, once per distinct value (``slow_path``).
Low-cardinality columns are checked once per distinct value (dictionary encoding).
"""

from __future__ import annotations

from dataclasses import dataclass
import os
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dqpub.validate.arrow import as_arrow, as_numpy, as_scalar
from dqpub.validate.constraints import Masks, vector_constraints
from dqpub.validate.parsers import INT64_MAX, INT64_MIN, fast_parse, to_arrow_value
from dqpub.validate.spec import FieldSpec

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

DICT_SAMPLE = 4096
DICT_RATIO = 0.25


@dataclass
class FieldResult:
    """A column checked: typed values (null where missing or invalid) and the masks of its errors."""

    typed: pa.Array
    missing: np.ndarray
    type_err: np.ndarray
    cons_err: Masks
    overflow: np.ndarray | None = None
    aware: np.ndarray | None = None  # time or date-time cells written with an offset (typed: in UTC)

    def take(self, idx: pa.Array) -> "FieldResult":
        """Per row, from the result of the column's distinct values (``idx``: dictionary indices)."""
        inp = as_numpy(idx)
        return FieldResult(self.typed.take(idx), self.missing[inp], self.type_err[inp],
                           {k: v[inp] for k, v in self.cons_err.items()},
                           None if self.overflow is None else self.overflow[inp],
                           None if self.aware is None else self.aware[inp])

    @property
    def keys(self) -> pa.Array:
        """The values as keys compare them (unique, primaryKey, foreignKeys): the typed values, except that
        a zoned time or date-time is never the unzoned one of the same clock reading (Python's and
        Frictionless' equality: 10:00:00Z ≠ 10:00:00, while 11:00:00+01:00 = 10:00:00Z)."""
        if self.aware is None or not self.aware.any():
            return self.typed
        text = pc.cast(self.typed, pa.string())
        return pc.if_else(as_arrow(self.aware), pc.binary_join_element_wise(text, as_scalar("Z"), ""), text)


@dataclass
class SlowVerdicts:
    """What Frictionless' cell reader decided for some cells (``idx``) of a column."""

    idx: np.ndarray
    typed: pa.Array  # the cells' typed values, in ``idx`` order
    type_err: np.ndarray  # full-length masks from here on
    cons_err: Masks
    overflow: np.ndarray
    aware: np.ndarray


def _read_distinct(spec: FieldSpec, values: list) -> tuple[np.ndarray, np.ndarray, np.ndarray, Masks, list[Any]]:
    """Frictionless' cell reader on each distinct value: (type errors, int64 overflows, zoned values,
    constraint errors, typed values)."""
    reader = spec.reader()
    type_bad = np.zeros(len(values), bool)
    overflow = np.zeros(len(values), bool)
    aware = np.zeros(len(values), bool)
    cons: Masks = {}
    conv: list[Any] = []
    for i, v in enumerate(values):
        try:
            val, notes = reader(v)
        except Exception:  # noqa: BLE001 - e.g. comparing aware and naive datetimes: a failed constraint
            val, notes = None, {"type": "error"}
        if notes and "type" in notes:
            type_bad[i] = True
            conv.append(None)
            continue
        for k in notes or ():
            cons.setdefault(k, np.zeros(len(values), bool))[i] = True
        if spec.type == "integer" and val is not None and not (INT64_MIN <= val <= INT64_MAX):
            overflow[i] = True
            conv.append(None)
            continue
        aware[i] = spec.type in ("datetime", "time") and val is not None and val.utcoffset() is not None
        try:
            conv.append(to_arrow_value(spec, val, v))
        except Exception:  # noqa: BLE001
            conv.append(None)
    return type_bad, overflow, aware, cons, conv


def slow_path(spec: FieldSpec, raw: pa.Array, mask: np.ndarray, n: int) -> SlowVerdicts:
    """Decide the masked cells with Frictionless' own cell reader, once per distinct value."""
    idx = np.flatnonzero(mask)
    sub = raw.take(as_arrow(idx))
    uniq = pc.unique(sub)
    type_bad, overflow, aware, cons, conv = _read_distinct(spec, uniq.to_pylist())
    pos = as_numpy(pc.index_in(sub, value_set=uniq))

    def spread(per_value: np.ndarray) -> np.ndarray:
        full = np.zeros(n, bool)
        full[idx] = per_value[pos]
        return full

    typed = as_arrow(conv, spec.arrow_type).take(as_arrow(pos))
    return SlowVerdicts(idx, typed, spread(type_bad), {k: spread(a) for k, a in cons.items()}, spread(overflow),
                        spread(aware))


def check_field(spec: FieldSpec, raw: pa.Array) -> FieldResult:
    """Check one column; low-cardinality columns are checked once per distinct value."""
    n = len(raw)
    plain_text = spec.type in ("string", "any") and spec.format in ("default", "") and "pattern" not in spec.constraints
    if n > 4 * DICT_SAMPLE and not raw.null_count and not plain_text:
        sample = raw.slice(0, DICT_SAMPLE)
        if len(pc.unique(sample)) <= DICT_RATIO * DICT_SAMPLE:
            enc = pc.dictionary_encode(raw)
            if len(enc.dictionary) <= DICT_RATIO * n:
                return _check_values(spec, enc.dictionary).take(enc.indices)
    return _check_values(spec, raw)


def _missing(spec: FieldSpec, raw: pa.Array) -> np.ndarray:
    absent = as_numpy(raw.is_null()) if raw.null_count else np.zeros(len(raw), bool)
    if spec.missing_values == [""]:
        return as_numpy(pc.equal(raw, as_scalar(""))) | absent
    if spec.missing_values:
        return as_numpy(pc.is_in(raw, value_set=as_arrow(spec.missing_values, pa.string()))) | absent
    return absent.copy()  # str(None) == "None": absent cells are missing either way


def _check_values(spec: FieldSpec, raw: pa.Array) -> FieldResult:
    n = len(raw)
    missing = _missing(spec, raw)
    cons: Masks = {}
    c = spec.constraints
    if c.get("required"):
        cons["required"] = missing.copy()
    candidates = ~missing
    if spec.type == "any" and not any(k for k in c if k not in ("required", "unique")):
        typed = pc.if_else(as_arrow(missing), as_scalar(None, pa.string()), raw) if missing.any() else raw
        return FieldResult(typed, missing, np.zeros(n, bool), cons)
    fast = fast_parse(spec, raw, candidates)
    if fast is None:
        typed, ok, bad = pa.nulls(n, spec.arrow_type), np.zeros(n, bool), np.zeros(n, bool)
    else:
        typed, ok, bad = fast
    type_err = bad.copy()
    residue = candidates & ~ok & ~bad
    overflow = aware = None
    slow_extra = np.zeros(n, bool)
    if ok.any():
        vector_constraints(spec, raw, typed, ok, cons, slow_extra)
    residue |= slow_extra
    if residue.any():
        slow = slow_path(spec, raw, residue, n)
        typed = _merge_slow(slow, typed, cons, residue, fast is None, n)
        type_err |= slow.type_err
        if slow.overflow.any():
            overflow = slow.overflow
        if slow.aware.any():
            aware = slow.aware
    nullify = type_err | missing
    if overflow is not None:
        nullify = nullify | overflow
    if nullify.any():
        typed = pc.if_else(as_arrow(nullify), as_scalar(None, typed.type), typed)
    return FieldResult(typed, missing, type_err, cons, overflow, aware)


def _merge_slow(slow: SlowVerdicts, typed: pa.Array, cons: Masks, residue: np.ndarray, no_fast: bool,
                n: int) -> pa.Array:
    """Cells re-decided by the slow path drop their vectorized verdicts and take Frictionless' ones."""
    for k in list(cons):
        if k != "required":
            cons[k] &= ~residue
    for k, arr in slow.cons_err.items():
        cons[k] = cons.get(k, np.zeros(n, bool)) | arr
    if no_fast:
        full = np.full(n, -1, np.int64)
        full[slow.idx] = np.arange(len(slow.idx))
        return slow.typed.take(as_arrow(full, mask=full < 0))
    mask = np.zeros(n, bool)
    mask[slow.idx] = True
    return pc.replace_with_mask(typed, as_arrow(mask), slow.typed)


def check_columns(specs: list[FieldSpec], raws: list[pa.Array]) -> list[FieldResult]:
    """Every column of a batch; two at a time on two cores (Arrow kernels and numpy release the GIL)."""
    if len(raws[0]) >= 4096 and len(specs) > 1:
        return list(_pool().map(check_field, specs, raws))
    return [check_field(s, r) for s, r in zip(specs, raws)]


_POOL: "ThreadPoolExecutor | None" = None


def _pool() -> "ThreadPoolExecutor":
    global _POOL
    if _POOL is None:
        from concurrent.futures import ThreadPoolExecutor

        _POOL = ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2)), thread_name_prefix="dqpub-val")
    return _POOL
