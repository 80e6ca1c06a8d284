"""Field constraints (required, enum, pattern, minimum/maximum, lengths…), vectorized over the cells the
fast parsers decided. A constraint the vectors cannot decide exactly (a float equal to a Decimal bound,
a bound Frictionless must read, constraints on other types) sends its cells to the slow path."""

from __future__ import annotations

from dataclasses import dataclass
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
_TEXT = ("string", "any")
_ENUMERATED = (*_ORDERED, *_TEXT, "boolean")  # the types whose enum is decided here (others: Frictionless)
_BOUNDS = (("minimum", pc.less), ("maximum", pc.greater), ("exclusiveMinimum", pc.less_equal),
           ("exclusiveMaximum", pc.greater_equal))
BOUND_NAMES = tuple(name for name, _ in _BOUNDS)


def native_value(spec: FieldSpec, v: Any) -> Any:
    """A schema value (bound, enum member) read as Frictionless' value reader reads it, for the plain
    cases; ``UNDECIDED`` otherwise (then Frictionless reads it)."""
    t = spec.type
    if t in ("integer", "year") and is_int(v):
        return v
    if t == "number" and (is_int(v) or isinstance(v, float)):
        return v
    if t == "boolean" and isinstance(v, bool):
        return v
    if t == "date" and spec.format in ("default", "") and isinstance(v, str) and re.fullmatch(RE_DATE, v):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return UNDECIDED
    return UNDECIDED


@dataclass(frozen=True)
class Compiled:
    """A field's constraint values read once (not per batch), as the logical values its typed column holds:
    ``"05"``, ``5`` and ``5.0`` are one integer bound, ``-0`` is ``0``, ``"Oui"`` is ``true``, a date bound
    is read with the field's format. What a cell is compared to is therefore never its spelling."""

    bounds: dict[str, pa.Scalar]
    unreadable: tuple[str, ...]  # bounds the field's type and format cannot read (a schema error)
    members: pa.Array | None  # enum


def _logical(spec: FieldSpec, v: Any) -> Any:
    """A bound or enum member → its logical Python value (None: not readable with the field's type)."""
    val = native_value(spec, v)
    return spec.value_reader()(v) if val is UNDECIDED else val


def _schema_value(spec: FieldSpec, v: Any) -> Any:
    """A bound or enum member → the value the typed column would hold (None: not readable)."""
    val = _logical(spec, v)
    return None if val is None else to_arrow_value(spec, val, str(v))


def _members(spec: FieldSpec, enum: list) -> pa.Array:
    if spec.type in _TEXT:
        # a string's logical value is the text itself: a JSON number 1 is not the text "1" (as Frictionless)
        return as_arrow([v for v in enum if isinstance(v, str)], pa.string())
    vals = [_logical(spec, v) for v in enum]
    # the cells decided here are never zoned (zoned ones go to Frictionless): a zoned member is none of them
    vals = [to_arrow_value(spec, v, str(v)) for v in vals if v is not None and not _zoned(v)]
    members = as_arrow(vals, spec.arrow_type)
    if spec.type == "number":  # logical values: -0 is 0 (hashing tells the two zeros apart; -0.0 + 0.0 is 0.0)
        members = pc.add(members, 0.0)
    return members


def _zoned(v: Any) -> bool:
    return isinstance(v, (dt.datetime, dt.time)) and v.utcoffset() is not None


def compiled(spec: FieldSpec) -> Compiled:
    """The field's constraint values, read on first use and kept on the spec."""
    if spec.compiled is None:
        c = spec.constraints
        bounds: dict[str, pa.Scalar] = {}
        unreadable = []
        if spec.type in _ORDERED:
            for name, _ in _BOUNDS:
                if name in c:
                    val = _schema_value(spec, c[name])
                    if val is None:
                        unreadable.append(name)
                    else:
                        bounds[name] = as_scalar(val, spec.arrow_type)
        members = _members(spec, c["enum"]) if "enum" in c and spec.type in _ENUMERATED else None
        spec.compiled = Compiled(bounds, tuple(unreadable), members)
    return spec.compiled


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


def _text(spec: FieldSpec, raw: pa.Array, ok: np.ndarray, cons: Masks) -> None:
    c = spec.constraints
    if "minLength" in c or "maxLength" in c:
        lengths = as_numpy(pc.utf8_length(raw))
        if "minLength" in c:
            cons["minLength"] = ok & (lengths < c["minLength"])
        if "maxLength" in c:
            cons["maxLength"] = ok & (lengths > c["maxLength"])
    if "pattern" in c:
        cons["pattern"] = _pattern(c["pattern"], raw, ok)
    members = compiled(spec).members
    if members is not None:
        cons["enum"] = ok & ~as_numpy(pc.is_in(raw, value_set=members))


def _ordered(spec: FieldSpec, raw: pa.Array, typed: pa.Array, ok: np.ndarray, cons: Masks,
             slow: np.ndarray) -> None:
    c, t = spec.constraints, spec.type
    comp = compiled(spec)
    if comp.unreadable:
        slow |= ok  # a bound the field cannot read: Frictionless decides (ConstraintCheck refuses the schema)
    for name, op in _BOUNDS:
        b = comp.bounds.get(name)
        if b is None:
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
    if comp.members is not None:
        if t == "number":
            typed = pc.add(typed, 0.0)  # -0 is 0 (the members are already)
        member = as_numpy(pc.is_in(typed, value_set=comp.members))
        if t == "number":
            slow |= member & _long_text(raw) & ok
        cons["enum"] = ok & ~member


def vector_constraints(spec: FieldSpec, raw: pa.Array, typed: pa.Array, ok: np.ndarray, cons: Masks,
                       slow: np.ndarray) -> None:
    """Fill ``cons`` for the ``ok`` cells; mark in ``slow`` the cells Frictionless must decide."""
    c, t = spec.constraints, spec.type
    if t in ("string", "any"):
        _text(spec, raw, ok, cons)
    elif t in _ORDERED:
        _ordered(spec, raw, typed, ok, cons, slow)
    elif t == "boolean" and "enum" in c:
        members = compiled(spec).members
        cons["enum"] = ok & ~as_numpy(pc.is_in(typed, value_set=members))
    elif any(k not in ("required", "unique") for k in c):
        slow |= ok  # constraints on other types: Frictionless decides
