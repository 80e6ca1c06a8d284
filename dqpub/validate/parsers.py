"""Types and formats: vectorized parsers that accept a strict subset of what Frictionless accepts.

Each parser returns (typed array with nulls where undecided, ``ok`` mask: decided valid, ``bad`` mask:
decided invalid); the cells left (``+5``, ``1_000``, ``2024-1-5``, custom date formats, durations…) are
decided by Frictionless' own cell reader (``fields.slow_path``), so the verdict is Frictionless'
verdict. Dates and date-times in fixed-width layouts are read straight from the string bytes as a
(cells × width) matrix.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dqpub.validate.arrow import as_arrow, as_numpy, as_scalar
from dqpub.validate.dates import Parsed, days_from_civil, digits_value, fixed_width, strptime_parse, valid_ymd
from dqpub.validate.spec import FieldSpec

UNDECIDED: Any = object()  # "not decided here": the slow path (Frictionless) decides
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1

RE_INT = r"^-?[0-9]{1,18}$"
RE_NUM = r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,2})?$"
RE_DATE = r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"
RE_DATETIME = (r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:"
               r"[0-5][0-9]$")
RE_TIME = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
RE_YEAR = r"^[0-9]{4}$"
RE_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
TRUE_VALUES = ["true", "True", "TRUE", "1"]
FALSE_VALUES = ["false", "False", "FALSE", "0"]


def ints(arr: pa.Array, start: int, stop: int) -> np.ndarray:
    return as_numpy(pc.cast(pc.utf8_slice_codeunits(arr, start, stop), pa.int32()))


# Python's int() on an ASCII string (Frictionless strips the cell, then calls int()): str.isspace() blanks,
# a sign, digits with single underscores between them.
_PY_SPACE_ASCII = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
_PY_INT = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f ]*[+-]?[0-9](?:_?[0-9])*[\t\n\x0b\x0c\r\x1c-\x1f ]*")


def py_int(cell: str) -> Any:
    """Frictionless' integer reading of an ASCII cell without Frictionless: the int, None (not an integer),
    or ``UNDECIDED`` (non-ASCII, or beyond 64 bits)."""
    if not cell.isascii():
        return UNDECIDED
    if not _PY_INT.fullmatch(cell):
        return None
    v = int(cell.strip(_PY_SPACE_ASCII))
    return v if INT64_MIN <= v <= INT64_MAX else UNDECIDED


def _fast_iso(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed | None:
    """RE_DATE / RE_DATETIME and the calendar check, on the bytes (same verdicts as the regex path)."""
    t = spec.type
    fw = fixed_width(raw, candidates, "9999-99-99" if t == "date" else "9999-99-99T99:99:99")
    if fw is None:
        return None
    matched, dg, rows = fw
    n = len(raw)
    y, m, d = digits_value(dg, 0, 4), digits_value(dg, 4, 2), digits_value(dg, 6, 2)
    fits = (m >= 1) & (m <= 12) & (d >= 1) & (d <= 31)  # what the regex accepts
    if t == "datetime":
        hh, mi, ss = digits_value(dg, 8, 2), digits_value(dg, 10, 2), digits_value(dg, 12, 2)
        fits &= (hh <= 23) & (mi <= 59) & (ss <= 59)
    valid = fits & valid_ymd(y, np.clip(m, 1, 12), d)
    ok = np.zeros(n, bool)
    bad = np.zeros(n, bool)
    ok[rows[valid]] = True
    bad[rows[fits & ~valid]] = True
    days = np.zeros(n, np.int64)
    days[rows] = days_from_civil(y, np.clip(m, 1, 12), d)
    if t == "date":
        return as_arrow(days.astype(np.int32), pa.date32(), mask=~ok), ok, bad
    secs = days * 86400
    secs[rows] += hh * 3600 + mi * 60 + ss
    return as_arrow(secs, pa.timestamp("s"), mask=~ok), ok, bad


def _iso_date(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    fast = _fast_iso(spec, raw, candidates)
    if fast is not None:
        return fast
    t = spec.type
    regex = RE_DATE if t == "date" else RE_DATETIME
    match = as_numpy(pc.match_substring_regex(raw, regex)) & candidates
    safe = pc.if_else(as_arrow(match), raw, as_scalar("2000-01-01T00:00:00" if t == "datetime" else "2000-01-01"))
    y, m, dd = ints(safe, 0, 4), ints(safe, 5, 7), ints(safe, 8, 10)
    valid = valid_ymd(y, m, dd)
    ok = match & valid
    bad = match & ~valid  # matched Python's strptime/isoparse pattern, but not a real calendar day
    days = days_from_civil(y, m, dd)
    if t == "date":
        return as_arrow(days.astype(np.int32), pa.date32(), mask=~ok), ok, bad
    secs = days * 86400 + ints(safe, 11, 13) * 3600 + ints(safe, 14, 16) * 60 + ints(safe, 17, 19)
    return as_arrow(secs, pa.timestamp("s"), mask=~ok), ok, bad


def _uuid(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    ok = as_numpy(pc.match_substring_regex(raw, RE_UUID)) & candidates
    return raw, ok, np.zeros(len(raw), bool)


def _email(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    """Frictionless' own test (validators.email, once per distinct value), without importing Frictionless
    (≈ 0.5 s of start-up for an inventory's contact column)."""
    import validators

    idx = np.flatnonzero(candidates)
    sub = raw.take(as_arrow(idx))
    uniq = pc.unique(sub)
    good = np.array([bool(validators.email(v)) for v in uniq.to_pylist()], bool)
    ok = np.zeros(len(raw), bool)
    ok[idx] = good[as_numpy(pc.index_in(sub, value_set=uniq))]
    return raw, ok, candidates & ~ok


def _boolean(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    tv = spec.descriptor.get("trueValues", TRUE_VALUES)
    fv = spec.descriptor.get("falseValues", FALSE_VALUES)
    is_f = as_numpy(pc.is_in(raw, value_set=as_arrow(fv, pa.string())))
    is_t = as_numpy(pc.is_in(raw, value_set=as_arrow(tv, pa.string()))) & ~is_f
    ok = (is_t | is_f) & candidates
    return as_arrow(is_t, pa.bool_(), mask=~ok), ok, candidates & ~ok


def _integer(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    n = len(raw)
    ok = as_numpy(pc.match_substring_regex(raw, RE_INT)) & candidates
    safe = raw if ok.all() else pc.if_else(as_arrow(ok), raw, as_scalar("0"))
    vals = as_numpy(pc.cast(safe, pa.int64()))
    bad = np.zeros(n, bool)
    rest = candidates & ~ok
    if rest.any():  # signs, blanks, underscores: Python's int() without Frictionless
        vals = vals.copy()
        idx = np.flatnonzero(rest)
        cells = raw.take(as_arrow(idx)).to_pylist()
        decided = {v: py_int(v) for v in set(cells)}
        for i, v in zip(idx, cells):
            d = decided[v]
            if d is None:
                bad[i] = True
            elif d is not UNDECIDED:
                ok[i] = True
                vals[i] = d
    return as_arrow(vals, pa.int64(), mask=~ok), ok, bad


def _number(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    s = raw
    bad = np.zeros(len(raw), bool)
    d = spec.descriptor
    if any(k in d for k in ("decimalChar", "groupChar", "bareNumber")):
        group = d.get("groupChar", "")
        dec = d.get("decimalChar", ".")
        if group:
            s = pc.replace_substring(s, group, "")
        if dec != ".":
            # Frictionless strips the cell first; a dot anywhere is a type error either way
            bad = as_numpy(pc.match_substring(s, ".")) & candidates
            s = pc.replace_substring(s, dec, ".")
    ok = as_numpy(pc.match_substring_regex(s, RE_NUM)) & candidates & ~bad
    safe = s if ok.all() else pc.if_else(as_arrow(ok), s, as_scalar("0"))
    vals = as_numpy(pc.cast(safe, pa.float64()))
    return as_arrow(vals, pa.float64(), mask=~ok), ok, bad


def _year(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    ok = as_numpy(pc.match_substring_regex(raw, RE_YEAR)) & candidates
    vals = as_numpy(pc.cast(pc.if_else(as_arrow(ok), raw, as_scalar("0")), pa.int32()))
    return as_arrow(vals, pa.int32(), mask=~ok), ok, np.zeros(len(raw), bool)


def _time(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    ok = as_numpy(pc.match_substring_regex(raw, RE_TIME)) & candidates
    safe = pc.if_else(as_arrow(ok), raw, as_scalar("00:00:00"))
    us = (ints(safe, 0, 2).astype(np.int64) * 3600 + ints(safe, 3, 5) * 60 + ints(safe, 6, 8)) * 1_000_000
    return as_arrow(us, pa.time64("us"), mask=~ok), ok, np.zeros(len(raw), bool)


def _as_is(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed:
    return raw, candidates, np.zeros(len(raw), bool)


def _parser(spec: FieldSpec, candidates: np.ndarray) -> Callable[[FieldSpec, pa.Array, np.ndarray], Any] | None:
    t, fmt = spec.type, spec.format or "default"
    bare = spec.descriptor.get("bareNumber", True) is not False
    if t == "string":
        return {"default": _as_is, "uuid": _uuid}.get(fmt) or (_email if fmt == "email" and candidates.any() else None)
    if t in ("date", "datetime"):
        return _iso_date if fmt == "default" else (strptime_parse if fmt != "any" else None)
    if t in ("integer", "number") and not bare:
        return None
    return {"any": _as_is, "boolean": _boolean, "integer": _integer, "number": _number, "year": _year,
            "time": _time if fmt == "default" else None}.get(t)


def fast_parse(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed | None:
    """(typed array with nulls where undecided, ok mask, definite type-error mask) or None (no fast path).

    ``ok``: decided valid by the fast path; ``bad``: decided invalid; the rest goes to the slow path."""
    parse = _parser(spec, candidates)
    return None if parse is None else parse(spec, raw, candidates)


def to_arrow_value(spec: FieldSpec, value: Any, raw: str) -> Any:
    """A Frictionless-typed Python value → the value stored in the typed column (Parquet)."""
    t = spec.type
    if value is None:
        return None
    if t in ("integer", "year"):
        return int(value)
    if t == "number":
        return float(value)
    if t == "boolean":
        return bool(value)
    if t == "date":
        return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else value.date()
    if t == "datetime":
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return value.replace(microsecond=0)
    if t == "time":
        return _utc_time(value)
    if t == "yearmonth":  # the logical value (year, month) spelled one way: 2024-1 and 2024-01 are one value
        return f"{value[0]:04d}-{value[1]:02d}"
    return raw


def _utc_time(value: dt.time) -> dt.time:
    """A time with an offset → the same instant in UTC (as for date-times): 11:00:00+01:00 is 10:00:00Z."""
    offset = value.utcoffset()
    if offset is None:
        return value
    day = dt.datetime.combine(dt.date(2000, 1, 1), value.replace(tzinfo=None)) - offset
    return day.time()
