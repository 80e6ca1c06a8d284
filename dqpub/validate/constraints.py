"""Field constraints (required, enum, pattern, minimum/maximum, lengths…), vectorized over the cells the
fast parsers decided. A constraint the vectors cannot decide exactly (a float equal to a Decimal bound,
a bound Frictionless must read, constraints on other types) sends its cells to the slow path."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dqpub.validate.arrow import as_arrow, as_numpy, as_scalar
from dqpub.validate.parsers import RE_DATE, UNDECIDED, to_arrow_value
from dqpub.validate.spec import FieldSpec, is_int

Masks = dict[str, np.ndarray]  # constraint name → failed cells
_ORDERED = ("integer", "number", "year", "date", "datetime", "time")
_BOUNDS = (("minimum", pc.less), ("maximum", pc.greater), ("exclusiveMinimum", pc.less_equal),
           ("exclusiveMaximum", pc.greater_equal))


def native_value(spec: FieldSpec, v: Any) -> Any:
    """A schema value (bound, enum member) read as Frictionless' value reader reads it, for the plain
    cases; ``UNDECIDED`` otherwise (then Frictionless reads it)."""
    t = spec.type
    if t in ("integer", "year") and is_int(v):
        return v
    if t == "number" and (is_int(v) or isinstance(v, float)):
        return v
    if t == "date" and spec.format in ("default", "") and isinstance(v, str) and re.fullmatch(RE_DATE, v):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return UNDECIDED
    return UNDECIDED


def _bound(spec: FieldSpec, name: str) -> pa.Scalar | None:
    v = spec.constraints[name]
    val = native_value(spec, v)
    if val is UNDECIDED:
        val = spec.value_reader()(v)
    if val is None:
        return None
    return as_scalar(to_arrow_value(spec, val, str(v)), spec.arrow_type)


def _long_text(raw: pa.Array) -> np.ndarray:
    return as_numpy(pc.greater(pc.utf8_length(raw), as_scalar(15, pa.int32())))


def _pattern(pat: str, raw: pa.Array, ok: np.ndarray) -> np.ndarray:
    """A full match of the whole pattern (``^(?:pattern)$``, as the spec says); non-ASCII cells are
    decided by Python's re (Unicode \\d, \\w…), once per distinct value."""
    ascii_ = as_numpy(pc.string_is_ascii(raw))
    try:
        matched = as_numpy(pc.match_substring_regex(raw, f"^(?:{pat})$"))
    except pa.ArrowInvalid:
        matched = np.zeros(len(raw), bool)
        ascii_ = np.zeros(len(raw), bool)
    failed = ok & ascii_ & ~matched
    other = ok & ~ascii_
    if other.any():
        rx = re.compile(pat)
        idx = np.flatnonzero(other)
        sub = raw.take(as_arrow(idx))
        uniq = pc.unique(sub)
        res = np.array([rx.fullmatch(v) is None for v in uniq.to_pylist()], bool)
        failed[idx] = res[as_numpy(pc.index_in(sub, value_set=uniq))]
    return failed


def _text(c: dict, raw: pa.Array, ok: np.ndarray, cons: Masks) -> None:
    if "minLength" in c or "maxLength" in c:
        lengths = as_numpy(pc.utf8_length(raw))
        if "minLength" in c:
            cons["minLength"] = ok & (lengths < c["minLength"])
        if "maxLength" in c:
            cons["maxLength"] = ok & (lengths > c["maxLength"])
    if "pattern" in c:
        cons["pattern"] = _pattern(c["pattern"], raw, ok)
    if "enum" in c:
        vals = as_arrow([str(v) for v in c["enum"]], pa.string())
        cons["enum"] = ok & ~as_numpy(pc.is_in(raw, value_set=vals))


def _ordered(spec: FieldSpec, raw: pa.Array, typed: pa.Array, ok: np.ndarray, cons: Masks,
             slow: np.ndarray) -> None:
    c, t = spec.constraints, spec.type
    for name, op in _BOUNDS:
        if name not in c:
            continue
        b = _bound(spec, name)
        if b is None:
            slow |= ok
            continue
        failed = as_numpy(op(typed, b)) & ok
        if t == "number":
            # float vs Decimal: equality with the bound may hide a difference beyond 15 digits
            eq = as_numpy(pc.equal(typed, b)) & ok
            amb = eq & (_long_text(raw) | (len(str(c[name])) > 15))
            slow |= amb
            failed &= ~amb
            failed |= as_numpy(pc.is_nan(typed)) & ok
        cons[name] = failed
    if "enum" in c:
        vals = [native_value(spec, v) for v in c["enum"]]
        if any(v is UNDECIDED for v in vals):
            vr = spec.value_reader()
            vals = [vr(v) for v in c["enum"]]
        vals = [to_arrow_value(spec, v, str(v)) for v in vals if v is not None]
        members = as_arrow(vals, spec.arrow_type)
        if t == "number":  # logical values: -0 is 0 (hashing tells the two zeros apart; -0.0 + 0.0 is 0.0)
            typed, members = pc.add(typed, 0.0), pc.add(members, 0.0)
        member = as_numpy(pc.is_in(typed, value_set=members))
        if t == "number":
            slow |= member & _long_text(raw) & ok
        cons["enum"] = ok & ~member


def vector_constraints(spec: FieldSpec, raw: pa.Array, typed: pa.Array, ok: np.ndarray, cons: Masks,
                       slow: np.ndarray) -> None:
    """Fill ``cons`` for the ``ok`` cells; mark in ``slow`` the cells Frictionless must decide."""
    c, t = spec.constraints, spec.type
    if t in ("string", "any"):
        _text(c, raw, ok, cons)
    elif t in _ORDERED:
        _ordered(spec, raw, typed, ok, cons, slow)
    elif t == "boolean" and "enum" in c:
        vr = spec.value_reader()
        vals = [vr(v) if not isinstance(v, bool) else v for v in c["enum"]]
        vals = [v for v in vals if v is not None]
        cons["enum"] = ok & ~as_numpy(pc.is_in(typed, value_set=as_arrow(vals, pa.bool_())))
    elif any(k not in ("required", "unique") for k in c):
        slow |= ok  # constraints on other types: Frictionless decides
