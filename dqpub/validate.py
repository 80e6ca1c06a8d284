"""Step 4: validate a normalized table against its Table Schema — Frictionless v5 semantics, columnar.

How it works
------------
* The header record is read with Python's ``csv`` (exactly as Frictionless reads it) and checked like
  Frictionless' ``Header`` does (``extra-label``, ``missing-label``, ``blank-label``,
  ``duplicate-label``, ``incorrect-label``; ``fieldsMatch`` modes of Table Schema v2). Each label gets
  the schema field Frictionless pairs it with (by position for ``exact``), a label with no field gets an
  untyped ``any`` field — so, like Frictionless, cells under an extra label are not reported again.
* The data is streamed with ``pyarrow.csv.open_csv`` (all columns as strings, single parsing thread so
  that Arrow reports the record number of malformed rows; a second thread reads ahead while the main
  one checks, and Arrow compute kernels release the GIL). Rows with a wrong number of cells are handed
  to ``invalid_row_handler``: they are re-parsed with ``csv`` and checked with their batch (``extra-cell``
  / ``missing-cell`` plus their cells' own errors, as Frictionless does). Row numbers are records as
  Frictionless counts them (header = 1, first data row = 2; a quoted newline does not start a row).
* Per record batch and per field: missing-value mask, vectorized type parsing (RE2 regexes and casts
  that accept a strict subset of what Frictionless accepts), vectorized constraints. Cells the fast path
  cannot decide (``+5``, ``1_000``, ``2024-1-5``, custom date formats, e-mails, durations, Decimal
  values equal to a bound as floats…) are de-duplicated and decided by Frictionless' own cell reader,
  so the verdict is Frictionless' verdict. Only failing cells go back to Python to build examples.
* Start-up: Frictionless (0.2 s to import) is imported only when something needs it — a schema outside
  the plainly valid subset that ``_plainly_valid_schema`` accepts without it (fuzz-checked against
  ``Schema.from_descriptor`` in the tests), a bound or enum value that is not a plain number / ISO date, a
  cell the fast path cannot decide (integer cells are decided like Python's ``int(cell.strip())`` when
  ASCII). Arrays are built from their buffers (``_arr`` / ``_np`` / ``_scalar``), because pyarrow's own
  converters import pandas (0.3 s) on their first call. Dates and date-times in fixed-width layouts are
  read straight from the string bytes as a (cells × width) matrix.
* ``unique`` / ``primaryKey``: per batch, a 64-bit key per row (the value itself for integers, years,
  dates and booleans; a SipHash of the canonical text otherwise) checked against a log-structured set of
  sorted ``uint64`` arrays: memory is 8 bytes per row and key, whatever the row width. Duplicates found
  through a hash (not an exact value) are confirmed by a second pass over the key columns only (the
  collision fallback); a collision reruns the check with another hash seed.
* ``foreignKeys``: the reference keys (another table given in ``foreign_tables``, a CSV named by
  ``reference.resource`` relative to the schemas folder, or the table itself) are typed with the
  referencing fields' types and looked up with ``pyarrow.compute.is_in``.

Deliberate differences from Frictionless v5 (documented in tests/test_validate_parity.py):
* ``pattern`` is a full match of the whole pattern (``^(?:pattern)$``, as the spec says); Frictionless
  compiles ``^pattern$`` without a group, so ``a|b`` accepts ``abc``, and its ``$`` accepts a trailing
  newline. We report those cells.
* an integer that does not fit in 64 bits (valid for Frictionless, which uses Python ints) is reported as
  ``type-error`` with rule ``type=integer (int64)``: the published Parquet cannot hold it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import math
import os
import queue
import re
import threading
import time
from dataclasses import dataclass, field as dc_field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from dqpub.core.errors import SourceError, ValidationFailed
from dqpub.report import PENDING, CellError, ValidationReport, defer_names, shown
from dqpub.core.schema import MASK, is_personal
from dqpub.table import NormalizedTable

DEFAULT_BLOCK_SIZE = 8 << 20
DEFAULT_MISSING = [""]
NULL_TOKEN = "\x00∅"
SEP = "\x1f"
_MISSING = object()  # "not decided here"

ROW_CODES = ("extra-cell", "missing-cell", "blank-row", "primary-key", "foreign-key")
HEADER_CODES = ("extra-label", "missing-label", "blank-label", "duplicate-label", "incorrect-label",
                "blank-header", "source-error")

ARROW_TYPES = {
    "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "date": pa.date32(),
    "datetime": pa.timestamp("s"), "time": pa.time64("us"), "year": pa.int32(),
}

TYPE_WORDS = {
    "integer": "un entier", "number": "un nombre", "boolean": "un booléen", "date": "une date valide",
    "datetime": "une date-heure valide", "time": "une heure valide", "year": "une année (4 chiffres)",
    "yearmonth": "une année-mois (AAAA-MM)", "duration": "une durée ISO 8601", "geopoint": "un point géographique",
    "geojson": "un objet GeoJSON", "object": "un objet JSON", "array": "un tableau JSON", "list": "une liste",
    "string": "un texte valide", "any": "une valeur",
}
FORMAT_WORDS = {"email": "une adresse courriel valide", "uri": "une URI valide", "uuid": "un UUID valide",
                "binary": "une valeur base64 valide", "wkt": "une géométrie WKT valide"}


# --- schema compilation --------------------------------------------------------------------------

@dataclass
class FieldSpec:
    name: str
    type: str
    format: str
    descriptor: dict
    number: int  # 1-based position among the expected fields (= column in the file)
    in_schema: bool
    missing_values: list[str]
    constraints: dict
    personal: bool
    fl_field: Any = None  # frictionless Field (slow path, bounds), or a callable building it when first needed
    _reader: Any = None
    _value_reader: Any = None

    def _fl(self):
        if callable(self.fl_field) and not hasattr(self.fl_field, "create_cell_reader"):
            self.fl_field = self.fl_field()
        return self.fl_field

    @property
    def required(self) -> bool:
        return bool(self.constraints.get("required"))

    def reader(self):
        if self._reader is None:
            self._reader = self._fl().create_cell_reader()
        return self._reader

    def value_reader(self):
        if self._value_reader is None:
            self._value_reader = self._fl().create_value_reader()
        return self._value_reader

    @property
    def arrow_type(self) -> pa.DataType:
        return ARROW_TYPES.get(self.type, pa.string())

    @property
    def rule_type(self) -> str:
        fmt = f", format={self.format}" if self.format and self.format != "default" else ""
        return f"type={self.type}{fmt}"


def _fl_schema(schema: dict, dataset: str):
    from frictionless import FrictionlessException, Schema

    desc = {k: v for k, v in schema.items() if k != "foreignKeys"}
    try:
        return Schema.from_descriptor(desc)
    except FrictionlessException as exc:
        raise ValidationFailed(f"schéma invalide : {exc.error.note or exc.error.message}", dataset=dataset,
                               rule="schéma") from None


# Frictionless is imported (0.2 s) only when needed: to judge a schema that is not plainly valid, to read
# a cell or a bound the fast path cannot decide. A plainly valid schema is a strict subset of what
# Frictionless' Schema.from_descriptor accepts (cross-checked against it in tests/test_validate.py).
_BOUNDED = {"required", "unique", "minimum", "maximum", "enum"}  # exclusive bounds: Frictionless decides
_CONSTRAINTS = {
    "string": {"required", "unique", "minLength", "maxLength", "pattern", "enum"},
    "integer": _BOUNDED, "number": _BOUNDED, "date": _BOUNDED, "datetime": _BOUNDED, "year": _BOUNDED,
    "boolean": {"required", "unique", "enum"},
}
_FIELD_KEYS = {"name", "type", "format", "title", "description", "constraints", "privacy", "unit", "missingValues"}
_TYPE_KEYS = {"boolean": {"trueValues", "falseValues"}, "number": {"decimalChar", "groupChar", "bareNumber"},
              "integer": {"bareNumber"}}


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _str_list(v) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _plainly_valid_schema(schema: dict) -> bool:  # noqa: C901 - one flat list of rules
    """True only when Frictionless certainly accepts ``schema`` (False: let Frictionless decide)."""
    if not isinstance(schema, dict) or set(schema) - {"fields", "missingValues", "primaryKey", "foreignKeys",
                                                       "title", "description"}:
        return False
    fields = schema.get("fields")
    if not isinstance(fields, list) or not fields or not all(isinstance(f, dict) for f in fields):
        return False
    for k in ("title", "description"):
        if k in schema and not isinstance(schema[k], str):
            return False
    if "missingValues" in schema and not _str_list(schema["missingValues"]):
        return False
    names = []
    for f in fields:
        t = f.get("type")
        if not isinstance(t, str) or t not in _CONSTRAINTS or set(f) - _FIELD_KEYS - _TYPE_KEYS.get(t, set()):
            return False
        name = f.get("name")
        if not isinstance(name, str) or not name or name in names:
            return False
        names.append(name)
        for k in ("title", "description", "unit"):
            if k in f and not isinstance(f[k], str):
                return False
        if "privacy" in f and not isinstance(f["privacy"], dict):
            return False
        if "missingValues" in f and not _str_list(f["missingValues"]):
            return False
        fmt = f.get("format", "default")
        if fmt != "default" and not (t in ("date", "datetime") and isinstance(fmt, str) and "%" in fmt) \
                and not (t == "string" and fmt in ("email", "uri", "uuid")):
            return False
        for k in ("trueValues", "falseValues"):
            if k in f and not (_str_list(f[k]) and f[k]):
                return False
        for k in ("decimalChar", "groupChar"):
            if k in f and not (isinstance(f[k], str) and len(f[k]) == 1):
                return False
        if "bareNumber" in f and not isinstance(f["bareNumber"], bool):
            return False
        c = f.get("constraints", {})
        if not isinstance(c, dict) or set(c) - _CONSTRAINTS[t]:
            return False
        for k, v in c.items():
            if k in ("required", "unique"):
                ok = isinstance(v, bool)
            elif k in ("minLength", "maxLength"):
                ok = _is_int(v) and v >= 0
            elif k == "pattern":
                ok = isinstance(v, str)
            elif k == "enum":
                ok = isinstance(v, list) and bool(v) and all(_plain_value(t, x) for x in v)
            else:
                ok = _plain_value(t, v)
            if not ok:
                return False
    if "primaryKey" in schema:
        pk = schema["primaryKey"]
        pk = [pk] if isinstance(pk, str) else pk
        if not _str_list(pk) or not pk or not set(pk) <= set(names):
            return False
    return True


def _plain_value(t: str, v) -> bool:
    if t in ("integer", "year"):
        return _is_int(v)
    if t == "number":
        return _is_int(v) or isinstance(v, float)
    if t == "boolean":
        return isinstance(v, bool)
    return isinstance(v, str)


class _LazySchema:
    """Frictionless' Schema for ``schema``, built on first use."""

    def __init__(self, schema: dict, dataset: str, built=None):
        self.schema, self.dataset, self.built = schema, dataset, built

    def field(self, name: str):
        def get():
            if self.built is None:
                self.built = _fl_schema(self.schema, self.dataset)
            return self.built.get_field(name)
        return get


def _any_field(name: str):
    from frictionless import Field

    return Field.from_descriptor({"name": name, "type": "any"})


# --- header ---------------------------------------------------------------------------------------

def _read_header(path: Path) -> tuple[list[str] | None, int]:
    """The first record (Python csv, like Frictionless) and the byte offset where data starts."""
    with open(path, "rb") as f:
        data = b""
        while True:
            block = f.read(1 << 20)
            data += block
            end = _record_end(data)
            if end is not None or not block:
                break
    if not data:
        return None, 0
    end = len(data) if end is None else end
    text = data[:end].decode("utf-8", errors="replace")
    rec = next(csv.reader(io.StringIO(text, newline="")), [])
    return rec, end


def _record_end(data: bytes) -> int | None:
    inq = False
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x22:
            inq = not inq
        elif not inq and c in (0x0A, 0x0D):
            if c == 0x0D and i + 1 < n and data[i + 1] == 0x0A:
                return i + 2
            if c == 0x0D and i + 1 == n:
                return None
            return i + 1
        i += 1
    return None


def _header_errors(labels: list[str], fields: list[dict], fields_match: str, pk: list[str]) -> list[tuple]:
    """Frictionless' Header.__process: [(code, field_number, field_name, label, note)]."""
    errs: list[tuple] = []
    names = [f["name"] for f in fields]
    by_name = fields_match != "exact"

    def matching(pos: int, label: str):
        if not by_name:
            return fields[pos] if pos < len(fields) else None
        for f in fields:
            if f["name"] == label:
                return f
        return None

    if fields_match not in ("subset", "partial"):
        for number, label in enumerate(labels, start=1):
            if matching(number - 1, label) is None:
                errs.append(("extra-label", number, "", label, ""))
    if fields_match == "partial" and fields and not any(matching(i, l) for i, l in enumerate(labels)):
        errs.append(("unmatched-header", None, "", "", ""))
    if not by_name:
        missing = fields[len(labels):]
    else:
        missing = [f for f in fields if f["name"] not in set(labels)]
    if fields_match in ("superset", "partial"):
        missing = [f for f in missing if (f.get("constraints") or {}).get("required") or f["name"] in pk]
    for offset, f in enumerate(missing):
        errs.append(("missing-label", len(labels) + 1 + offset, f["name"], "", ""))
    if by_name:
        return errs
    for number, (f, label) in enumerate(zip(fields, labels), start=1):
        lab: str | None = label
        if not label:
            errs.append(("blank-label", number, f["name"], "", ""))
        if label:
            dups = [i for i, seen in enumerate(labels[: number - 1], start=1) if seen == label]
            if dups:
                lab = None
                errs.append(("duplicate-label", number, f["name"], label, ", ".join(map(str, dups))))
        if lab and lab != f["name"]:
            errs.append(("incorrect-label", number, f["name"], label, ""))
    del names
    return errs


def _expected_fields(labels: list[str], fields: list[dict], fields_match: str) -> list[tuple[dict | None, str]]:
    """Per label: (schema field or None → artificial any, name) — Header.get_expected_fields."""
    by_name = fields_match != "exact"
    out: list[tuple[dict | None, str]] = []
    used: set[str] = set()
    for pos, label in enumerate(labels):
        if by_name:
            f = next((x for x in fields if x["name"] == label), None)
        else:
            f = fields[pos] if pos < len(fields) else None
        name = f["name"] if f is not None else label
        new, suffix = name, 2
        while new in used:
            new = f"{name}{suffix}"
            suffix += 1
        used.add(new)
        out.append((f, new))
    return out


def _drift(labels: list[str], names: list[str]) -> list[dict]:
    added = [(i, l) for i, l in enumerate(labels, start=1) if l not in names]
    removed = [(i, n) for i, n in enumerate(names, start=1) if n not in labels]
    out: list[dict] = []
    added_pos = {i: l for i, l in added}
    renamed_pos = set()
    for i, n in removed:
        if i in added_pos:
            out.append({"kind": "renamed", "position": i, "schema": n, "file": added_pos[i]})
            renamed_pos.add(i)
        else:
            out.append({"kind": "removed", "position": i, "schema": n, "file": None})
    for i, l in added:
        if i not in renamed_pos:
            out.append({"kind": "added", "position": i, "schema": None, "file": l})
    if not out:
        common = [l for l in labels if l in names]
        expected = [n for n in names if n in labels]
        for i, (l, n) in enumerate(zip(labels, names), start=1):
            if l != n and l in names and common != expected:
                out.append({"kind": "moved", "position": i, "schema": n, "file": l})
    out.sort(key=lambda d: d["position"] or 0)
    return out


# --- Arrow ↔ numpy without pyarrow's converters --------------------------------------------------------
# pyarrow's own conversions (``pa.array``, ``pa.scalar``, ``Array.to_numpy``) import pandas on their first
# call to look for pandas objects: 0.3 s of start-up that validation never needs. These helpers build the
# arrays from their buffers instead (and fall back to pyarrow for types they do not handle).

_NP_DTYPES = {pa.int8(): np.int8, pa.int32(): np.int32, pa.int64(): np.int64, pa.uint64(): np.uint64,
              pa.float64(): np.float64, pa.date32(): np.int32, pa.timestamp("s"): np.int64,
              pa.time64("us"): np.int64}
_NP_TO_ARROW = {np.dtype(bool): pa.bool_(), np.dtype(np.int64): pa.int64(), np.dtype(np.int32): pa.int32(),
                np.dtype(np.float64): pa.float64(), np.dtype(np.uint64): pa.uint64(), np.dtype(np.int8): pa.int8()}
_EPOCH_DATE = dt.date(1970, 1, 1)
_EPOCH_DT = dt.datetime(1970, 1, 1)


def _bits(buf, offset: int, n: int) -> np.ndarray:
    raw = np.frombuffer(buf, np.uint8, count=(offset + n + 7) // 8)
    return np.unpackbits(raw, count=offset + n, bitorder="little")[offset:].view(bool)


def _np(arr) -> np.ndarray:
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


def _py_number(v, t: pa.DataType):
    if t == pa.date32():
        return (v - _EPOCH_DATE).days
    if t == pa.timestamp("s"):
        return (v - _EPOCH_DT) // dt.timedelta(seconds=1)
    if t == pa.time64("us"):
        return ((v.hour * 60 + v.minute) * 60 + v.second) * 1_000_000 + v.microsecond
    return v


def _arr(values, type: pa.DataType | None = None, mask: np.ndarray | None = None) -> pa.Array:
    """``pa.array(values, type, mask=mask)`` for numpy arrays and Python lists of str / numbers / dates."""
    if isinstance(values, np.ndarray):
        t = type or _NP_TO_ARROW.get(values.dtype)
        if t is None or (t != pa.bool_() and t not in _NP_DTYPES):
            return pa.array(values, type, mask=mask)
        n = len(values)
        validity = None
        if mask is not None and mask.any():
            validity = pa.py_buffer(np.packbits(~mask, bitorder="little"))
        if t == pa.bool_():
            data = pa.py_buffer(np.packbits(values.astype(bool, copy=False), bitorder="little"))
        else:
            data = pa.py_buffer(np.ascontiguousarray(values, dtype=_NP_DTYPES[t]))
        return pa.Array.from_buffers(t, n, [validity, data], null_count=-1 if validity is not None else 0)
    values = list(values)
    t = type
    if t is None:
        kinds = {type_(v) for v in values if v is not None}
        t = {frozenset({str}): pa.string(), frozenset({bool}): pa.bool_(), frozenset({int}): pa.int64(),
             frozenset({float}): pa.float64(), frozenset({int, float}): pa.float64()}.get(frozenset(kinds))
        if t is None:
            return pa.array(values, type)
    none = np.array([v is None for v in values], bool)
    if t == pa.string():
        enc = [b"" if v is None else v.encode("utf-8") for v in values]
        offsets = np.zeros(len(enc) + 1, np.int64)
        np.cumsum([len(b) for b in enc], out=offsets[1:])
        if offsets[-1] >= 2 ** 31:
            return pa.array(values, type)
        validity = pa.py_buffer(np.packbits(~none, bitorder="little")) if none.any() else None
        return pa.StringArray.from_buffers(len(enc), pa.py_buffer(offsets.astype(np.int32)),
                                           pa.py_buffer(b"".join(enc)), validity, null_count=int(np.count_nonzero(none)))
    if t == pa.bool_():
        return _arr(np.array([bool(v) for v in values], bool) if values else np.zeros(0, bool), t, none)
    dtype = _NP_DTYPES.get(t)
    if dtype is None:
        return pa.array(values, type)
    nums = np.array([0 if v is None else _py_number(v, t) for v in values], dtype) if values else np.zeros(0, dtype)
    return _arr(nums, t, none)


def _scalar(value, type: pa.DataType | None = None) -> pa.Scalar:
    """``pa.scalar(value, type)`` (see ``_arr``)."""
    if value is None:
        return pa.nulls(1, type)[0]
    return _arr([value], type)[0]


type_ = type  # ``type`` is shadowed by the parameters above


# --- fast vectorized parsers -----------------------------------------------------------------------

RE_INT = r"^-?[0-9]{1,18}$"
RE_NUM = r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,2})?$"
RE_DATE = r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"
RE_DATETIME = (r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:"
               r"[0-5][0-9]$")
RE_TIME = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
RE_YEAR = r"^[0-9]{4}$"
RE_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


def _np_bool(arr) -> np.ndarray:
    return _np(arr)


def _ints(arr: pa.Array, start: int, stop: int) -> np.ndarray:
    return _np(pc.cast(pc.utf8_slice_codeunits(arr, start, stop), pa.int32()))


def _days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    y = y.astype(np.int64) - (m <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    mp = (m.astype(np.int64) + 9) % 12
    doy = (153 * mp + 2) // 5 + d.astype(np.int64) - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _valid_ymd(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    dim = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int32)[np.clip(m, 1, 12) - 1]
    dim = dim + ((m == 2) & leap)
    return (y >= 1) & (d <= dim)


# Python's int() on an ASCII string (Frictionless strips the cell, then calls int()): str.isspace() blanks,
# a sign, digits with single underscores between them.
_PY_SPACE_ASCII = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
_PY_INT = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f ]*[+-]?[0-9](?:_?[0-9])*[\t\n\x0b\x0c\r\x1c-\x1f ]*")


def _py_int(cell: str):
    """Frictionless' integer reading of an ASCII cell without Frictionless: the int, None (not an integer),
    or ``_MISSING`` (not decided here: non-ASCII, or beyond 64 bits)."""
    if not cell.isascii():
        return _MISSING
    if not _PY_INT.fullmatch(cell):
        return None
    v = int(cell.strip(_PY_SPACE_ASCII))
    return v if INT64_MIN <= v <= INT64_MAX else _MISSING


def _fixed_width(raw: pa.Array, candidates: np.ndarray, template: str):
    """Cells of exactly ``len(template)`` bytes where ``template``'s ``9`` are ASCII digits and its other
    characters literal bytes, read straight from the Arrow buffers: (matched mask, digit matrix of the
    matched cells (int16, one column per ``9``), their row indices). None when the array is not a plain
    UTF-8 string array (then the caller uses the regex path)."""
    if raw.type != pa.string():
        return None
    n = len(raw)
    bufs = raw.buffers()
    if bufs[1] is None or bufs[2] is None:
        return None
    offsets = np.frombuffer(bufs[1], np.int32, n + 1, raw.offset * 4)
    width = len(template)
    lengths = offsets[1:] - offsets[:-1]
    full = lengths == width
    data = np.frombuffer(bufs[2], np.uint8)
    if (full | (lengths == 0)).all():
        # every cell is empty or of the right width: the bytes are a (cells, width) matrix as they lie
        rows = np.flatnonzero(full)
        cells = data[offsets[0]:offsets[-1]].reshape(-1, width)
        keep = candidates[rows]
        if not keep.all():
            rows, cells = rows[keep], cells[keep]
    else:
        rows = np.flatnonzero(candidates & full)
        cells = data[offsets[:-1][rows, None] + np.arange(width, dtype=np.int32)]
    if not len(rows):
        return np.zeros(n, bool), np.zeros((0, template.count("9")), np.uint8), rows
    digit_pos = [i for i, ch in enumerate(template) if ch == "9"]
    lit_pos = [i for i, ch in enumerate(template) if ch != "9"]
    digits = cells[:, digit_pos] - np.uint8(48)  # wraps around below '0'
    good = (digits <= 9).all(axis=1)
    if lit_pos:
        lits = np.frombuffer("".join(template[i] for i in lit_pos).encode("ascii"), np.uint8)
        good &= (cells[:, lit_pos] == lits).all(axis=1)
    rows, digits = rows[good], digits[good]
    matched = np.zeros(n, bool)
    matched[rows] = True
    return matched, digits, rows


def _num(digits: np.ndarray, start: int, count: int) -> np.ndarray:
    out = digits[:, start].astype(np.int64)
    for k in range(start + 1, start + count):
        out *= 10
        out += digits[:, k]
    return out


def _fast_iso(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray):
    """RE_DATE / RE_DATETIME and the calendar check, on the bytes (same verdicts as the regex path)."""
    t = spec.type
    fw = _fixed_width(raw, candidates, "9999-99-99" if t == "date" else "9999-99-99T99:99:99")
    if fw is None:
        return None
    matched, dg, rows = fw
    n = len(raw)
    y, m, d = _num(dg, 0, 4), _num(dg, 4, 2), _num(dg, 6, 2)
    fits = (m >= 1) & (m <= 12) & (d >= 1) & (d <= 31)  # what the regex accepts
    if t == "datetime":
        hh, mi, ss = _num(dg, 8, 2), _num(dg, 10, 2), _num(dg, 12, 2)
        fits &= (hh <= 23) & (mi <= 59) & (ss <= 59)
    valid = fits & _valid_ymd(y, np.clip(m, 1, 12), d)
    ok = np.zeros(n, bool)
    bad = np.zeros(n, bool)
    ok[rows[valid]] = True
    bad[rows[fits & ~valid]] = True
    days = np.zeros(n, np.int64)
    days[rows] = _days_from_civil(y, np.clip(m, 1, 12), d)
    if t == "date":
        return _arr(days.astype(np.int32), pa.date32(), mask=~ok), ok, bad
    secs = days * 86400
    secs[rows] += hh * 3600 + mi * 60 + ss
    return _arr(secs, pa.timestamp("s"), mask=~ok), ok, bad


def _fast_parse(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray):
    """(typed array with nulls where undecided, ok mask, definite type-error mask) or None (no fast path).

    ``ok``: decided valid by the fast path; ``bad``: decided invalid; the rest goes to the slow path."""
    t, fmt = spec.type, spec.format or "default"
    n = len(raw)
    if t == "string" and fmt == "default":
        return raw, candidates, np.zeros(n, bool)
    if t == "string" and fmt == "uuid":
        ok = _np_bool(pc.match_substring_regex(raw, RE_UUID)) & candidates
        return raw, ok, np.zeros(n, bool)
    if t == "string" and fmt == "email" and candidates.any():
        # Frictionless' own test (validators.email, once per distinct value), without importing
        # Frictionless (≈ 0.5 s of start-up for an inventory's contact column)
        import validators

        idx = np.flatnonzero(candidates)
        sub = raw.take(_arr(idx))
        uniq = pc.unique(sub)
        good = np.array([bool(validators.email(v)) for v in uniq.to_pylist()], bool)
        ok = np.zeros(n, bool)
        ok[idx] = good[_np(pc.index_in(sub, value_set=uniq))]
        return raw, ok, candidates & ~ok
    if t == "any":
        return raw, candidates, np.zeros(n, bool)
    if t == "boolean":
        tv = spec.descriptor.get("trueValues", ["true", "True", "TRUE", "1"])
        fv = spec.descriptor.get("falseValues", ["false", "False", "FALSE", "0"])
        is_f = _np_bool(pc.is_in(raw, value_set=_arr(fv, pa.string())))
        is_t = _np_bool(pc.is_in(raw, value_set=_arr(tv, pa.string()))) & ~is_f
        ok = (is_t | is_f) & candidates
        typed = _arr(is_t, pa.bool_(), mask=~ok)
        return typed, ok, candidates & ~ok
    if t == "integer" and spec.descriptor.get("bareNumber", True) is not False:
        ok = _np_bool(pc.match_substring_regex(raw, RE_INT)) & candidates
        safe = raw if ok.all() else pc.if_else(_arr(ok), raw, _scalar("0"))
        vals = _np(pc.cast(safe, pa.int64()))
        bad = np.zeros(n, bool)
        rest = candidates & ~ok
        if rest.any():
            vals = vals.copy()
            idx = np.flatnonzero(rest)
            cells = raw.take(_arr(idx)).to_pylist()
            decided = {v: _py_int(v) for v in set(cells)}
            for i, v in zip(idx, cells):
                d = decided[v]
                if d is None:
                    bad[i] = True
                elif d is not _MISSING:
                    ok[i] = True
                    vals[i] = d
        return _arr(vals, pa.int64(), mask=~ok), ok, bad
    if t == "number" and spec.descriptor.get("bareNumber", True) is not False:
        s = raw
        bad = np.zeros(n, bool)
        d = spec.descriptor
        processor = any(k in d for k in ("decimalChar", "groupChar", "bareNumber"))
        if processor:
            group = d.get("groupChar", "")
            dec = d.get("decimalChar", ".")
            if group:
                s = pc.replace_substring(s, group, "")
            if dec != ".":
                has_dot = _np_bool(pc.match_substring(s, "."))
                # Frictionless strips the cell first; a dot anywhere is a type error either way
                bad = has_dot & candidates
                s = pc.replace_substring(s, dec, ".")
        ok = _np_bool(pc.match_substring_regex(s, RE_NUM)) & candidates & ~bad
        safe = s if ok.all() else pc.if_else(_arr(ok), s, _scalar("0"))
        vals = _np(pc.cast(safe, pa.float64()))
        return _arr(vals, pa.float64(), mask=~ok), ok, bad
    if t == "year":
        ok = _np_bool(pc.match_substring_regex(raw, RE_YEAR)) & candidates
        safe = pc.if_else(_arr(ok), raw, _scalar("0"))
        vals = _np(pc.cast(safe, pa.int32()))
        return _arr(vals, pa.int32(), mask=~ok), ok, np.zeros(n, bool)
    if t in ("date", "datetime") and fmt == "default":
        fast = _fast_iso(spec, raw, candidates)
        if fast is not None:
            return fast
        regex = RE_DATE if t == "date" else RE_DATETIME
        match = _np_bool(pc.match_substring_regex(raw, regex)) & candidates
        safe = pc.if_else(_arr(match), raw, _scalar("2000-01-01T00:00:00" if t == "datetime" else "2000-01-01"))
        y, m, dd = _ints(safe, 0, 4), _ints(safe, 5, 7), _ints(safe, 8, 10)
        valid = _valid_ymd(y, m, dd)
        ok = match & valid
        bad = match & ~valid  # matched Python's strptime/isoparse pattern, but not a real calendar day
        days = _days_from_civil(y, m, dd)
        if t == "date":
            return _arr(days.astype(np.int32), pa.date32(), mask=~ok), ok, bad
        secs = days * 86400 + _ints(safe, 11, 13) * 3600 + _ints(safe, 14, 16) * 60 + _ints(safe, 17, 19)
        return _arr(secs, pa.timestamp("s"), mask=~ok), ok, bad
    if t in ("date", "datetime") and fmt not in ("default", "any"):
        return _fast_strptime(spec, raw, candidates)
    if t == "time" and fmt == "default":
        ok = _np_bool(pc.match_substring_regex(raw, RE_TIME)) & candidates
        safe = pc.if_else(_arr(ok), raw, _scalar("00:00:00"))
        us = (_ints(safe, 0, 2).astype(np.int64) * 3600 + _ints(safe, 3, 5) * 60 + _ints(safe, 6, 8)) * 1_000_000
        return _arr(us, pa.time64("us"), mask=~ok), ok, np.zeros(n, bool)
    return None


# Python's _strptime sub-patterns (3.11), ASCII digits: cells that are not ASCII go to the slow path.
_STRPTIME = {
    "d": r"3[0-1]|[1-2][0-9]|0[1-9]|[1-9]| [1-9]",
    "H": r"2[0-3]|[0-1][0-9]|[0-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5][0-9]|[0-9]",
    "S": r"6[0-1]|[0-5][0-9]|[0-9]",
    "Y": r"[0-9][0-9][0-9][0-9]",
    "y": r"[0-9][0-9]",
}
_PY_SPACE = r"[\t\n\x0b\f\r\x1c-\x1f ]+"


def _strptime_plan(fmt: str) -> tuple[str, list[str]] | None:
    """An RE2 regex equivalent to Python's strptime regex for ``fmt`` (None: unsupported directive)."""
    out, groups, i = [], [], 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                return None
            d = fmt[i + 1]
            i += 2
            if d == "%":
                out.append("%")
                continue
            if d not in _STRPTIME or d in groups:
                return None
            groups.append(d)
            out.append(f"(?P<{d}>{_STRPTIME[d]})")
            continue
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(_PY_SPACE)
            continue
        out.append(re.escape(ch) if not ch.isalnum() else ch)
        i += 1
    return "(?i)^(?P<all>" + "".join(out) + ")", groups


_WIDTH = {"Y": 4, "m": 2, "d": 2, "H": 2, "M": 2, "S": 2, "y": 2}
_RANGE = {"m": (1, 12), "d": (1, 31), "H": (0, 23), "M": (0, 59), "S": (0, 59), "Y": (0, 9999), "y": (0, 99)}


def _canonical_plan(fmt: str):
    """Zero-padded fixed-width layout of ``fmt`` (regex, {directive: offset}) or None."""
    out, offsets, pos, i = [], {}, 0, 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            d = fmt[i + 1] if i + 1 < len(fmt) else ""
            i += 2
            if d == "%":
                out.append("%")
                pos += 1
                continue
            if d not in _WIDTH or d in offsets:
                return None
            offsets[d] = pos
            out.append(f"[0-9]{{{_WIDTH[d]}}}")
            pos += _WIDTH[d]
            continue
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(" ")
            pos += 1
            continue
        out.append(re.escape(ch) if not ch.isalnum() else ch)
        pos += 1
        i += 1
    return "^" + "".join(out) + "$", offsets


def _canonical_template(fmt: str) -> str | None:
    """The canonical layout of ``fmt`` for ``_fixed_width`` (``9`` per digit), None if not pure ASCII."""
    out, i = [], 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            d = fmt[i + 1] if i + 1 < len(fmt) else ""
            i += 2
            out.append("%" if d == "%" else "9" * _WIDTH[d])
            continue
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(" ")
            continue
        out.append(ch)
        i += 1
    text = "".join(out)
    return text if text.isascii() and "9" not in fmt.replace("%", "") else None


def _fast_canonical(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray, offsets: dict[str, int]):
    """The canonical (zero-padded) layout read from the bytes: (matched, {directive: values}) or None."""
    template = _canonical_template(spec.format)
    if template is None:
        return None
    fw = _fixed_width(raw, candidates, template)
    if fw is None:
        return None
    matched, dg, rows = fw
    # digit column of each directive: count the 9s before its offset
    starts = {d: template[:off].count("9") for d, off in offsets.items()}
    parts = {}
    for d, st in starts.items():
        v = np.zeros(len(raw), np.int64)
        v[rows] = _num(dg, st, _WIDTH[d])
        if len(rows) < len(raw):
            v[~matched] = _RANGE[d][0]
        parts[d] = v
    return matched, parts


def _fast_strptime(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray):
    plan = _strptime_plan(spec.format)
    if plan is None:
        return None
    canon = _canonical_plan(spec.format)
    if canon is not None:
        regex, offsets = canon
        fast = _fast_canonical(spec, raw, candidates, offsets)
        if fast is not None:
            matched, parts = fast
        else:
            matched = _np_bool(pc.match_substring_regex(raw, regex)) & candidates
        if np.count_nonzero(matched) == np.count_nonzero(candidates):
            if fast is None:
                m_arr = _arr(matched)
                safe = raw if matched.all() else pc.if_else(m_arr, raw, _scalar(None, pa.string()))
                parts = {}
                for d, off in offsets.items():
                    v = pc.cast(pc.utf8_slice_codeunits(safe, off, off + _WIDTH[d]), pa.int64())
                    v = _np(v.fill_null(_scalar(_RANGE[d][0], v.type))) if v.null_count else \
                        _np(v)
                    parts[d] = v
            in_range = matched.copy()
            for d, v in parts.items():
                lo, hi = _RANGE[d]
                in_range &= (v >= lo) & (v <= hi)
            if np.count_nonzero(in_range) == np.count_nonzero(candidates):
                return _assemble(spec, parts, in_range, len(raw))
    regex, groups = plan
    n = len(raw)
    ascii_ = _np_bool(pc.string_is_ascii(raw)) & candidates
    try:
        ext = pc.extract_regex(raw, regex)
    except pa.ArrowInvalid:
        return None
    matched = _np_bool(ext.is_valid()) & ascii_
    if matched.any():
        full = _np_bool(pc.equal(pc.utf8_length(pc.struct_field(ext, "all")), pc.utf8_length(raw)))
        matched &= full
    m_arr = _arr(matched)

    def part(name: str, default: int) -> np.ndarray:
        if name not in groups:
            return np.full(n, default, np.int64)
        g = pc.utf8_trim_whitespace(pc.struct_field(ext, name))
        g = pc.if_else(m_arr, g, _scalar(str(default)))
        return _np(pc.cast(g, pa.int64()))

    parts = {g: part(g, 0) for g in groups}
    return _assemble(spec, parts, matched, n)


def _assemble(spec: FieldSpec, parts: dict[str, np.ndarray], matched: np.ndarray, n: int):
    """Python's strptime defaults and checks on parsed fields → (typed, ok, bad)."""
    if "Y" in parts:
        year = parts["Y"]
    elif "y" in parts:
        yy = parts["y"]
        year = np.where(yy <= 68, yy + 2000, yy + 1900)
    else:
        year = np.full(n, 1900, np.int64)
    month = parts.get("m", np.ones(n, np.int64))
    day = parts.get("d", np.ones(n, np.int64))
    zero = np.zeros(n, np.int64)
    hour, minute, sec = parts.get("H", zero), parts.get("M", zero), parts.get("S", zero)
    valid = _valid_ymd(year, np.clip(month, 1, 12), day) & (sec <= 59) & (month >= 1) & (month <= 12)
    ok = matched & valid
    bad = matched & ~valid
    days = _days_from_civil(year, np.clip(month, 1, 12), day)
    if spec.type == "date":
        return _arr(days.astype(np.int32), pa.date32(), mask=~ok), ok, bad
    secs = days * 86400 + hour * 3600 + minute * 60 + sec
    return _arr(secs, pa.timestamp("s"), mask=~ok), ok, bad


def _to_arrow_value(spec: FieldSpec, value: Any, raw: str):
    """A Frictionless-typed Python value → the value stored in the typed column (Parquet)."""
    t = spec.type
    if value is None:
        return None
    if t == "integer":
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
        return value.replace(tzinfo=None)
    if t == "year":
        return int(value)
    return raw


# --- the per-field check ---------------------------------------------------------------------------

@dataclass
class FieldResult:
    typed: pa.Array
    missing: np.ndarray
    type_err: np.ndarray
    cons_err: dict[str, np.ndarray]
    overflow: np.ndarray | None = None


INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


def _slow(spec: FieldSpec, raw: pa.Array, mask: np.ndarray, n: int):
    """Decide the masked cells with Frictionless' own cell reader, once per distinct value."""
    idx = np.flatnonzero(mask)
    sub = raw.take(_arr(idx))
    uniq = pc.unique(sub)
    reader = spec.reader()
    values = uniq.to_pylist()
    type_bad = np.zeros(len(values), bool)
    overflow = np.zeros(len(values), bool)
    cons: dict[str, np.ndarray] = {}
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
        if notes:
            for k in notes:
                cons.setdefault(k, np.zeros(len(values), bool))[i] = True
        if spec.type == "integer" and val is not None and not (INT64_MIN <= val <= INT64_MAX):
            overflow[i] = True
            conv.append(None)
            continue
        try:
            conv.append(_to_arrow_value(spec, val, v))
        except Exception:  # noqa: BLE001
            conv.append(None)
    pos = _np(pc.index_in(sub, value_set=uniq))
    typed_u = _arr(conv, spec.arrow_type)
    out_type = np.zeros(n, bool)
    out_type[idx] = type_bad[pos]
    out_over = np.zeros(n, bool)
    out_over[idx] = overflow[pos]
    out_cons = {}
    for k, arr in cons.items():
        full = np.zeros(n, bool)
        full[idx] = arr[pos]
        out_cons[k] = full
    return idx, typed_u.take(_arr(pos)), out_type, out_cons, out_over


def _native_value(spec: FieldSpec, v):
    """A schema value (bound, enum member) read as Frictionless' value reader reads it, for the plain cases;
    ``_MISSING`` otherwise (then Frictionless reads it)."""
    t = spec.type
    if t in ("integer", "year") and _is_int(v):
        return v
    if t == "number" and (_is_int(v) or isinstance(v, float)):
        return v
    if t == "date" and spec.format in ("default", "") and isinstance(v, str) and re.fullmatch(RE_DATE, v):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return _MISSING
    return _MISSING


def _bound(spec: FieldSpec, name: str):
    v = spec.constraints[name]
    val = _native_value(spec, v)
    if val is _MISSING:
        val = spec.value_reader()(v)
    if val is None:
        return None
    return _scalar(_to_arrow_value(spec, val, str(v)), spec.arrow_type)


DICT_SAMPLE = 4096
DICT_RATIO = 0.25


def check_field(spec: FieldSpec, raw: pa.Array) -> FieldResult:
    """Check one column; low-cardinality columns are checked once per distinct value."""
    n = len(raw)
    plain_text = spec.type in ("string", "any") and spec.format in ("default", "") and "pattern" not in spec.constraints
    if n > 4 * DICT_SAMPLE and not raw.null_count and not plain_text:
        sample = raw.slice(0, DICT_SAMPLE)
        if len(pc.unique(sample)) <= DICT_RATIO * DICT_SAMPLE:
            enc = pc.dictionary_encode(raw)
            if len(enc.dictionary) <= DICT_RATIO * n:
                r = _check_values(spec, enc.dictionary)
                idx = enc.indices
                inp = _np(idx)
                return FieldResult(
                    r.typed.take(idx), r.missing[inp], r.type_err[inp], {k: v[inp] for k, v in r.cons_err.items()},
                    None if r.overflow is None else r.overflow[inp])
    return _check_values(spec, raw)


def _check_values(spec: FieldSpec, raw: pa.Array) -> FieldResult:
    n = len(raw)
    absent = _np_bool(raw.is_null()) if raw.null_count else np.zeros(n, bool)
    if spec.missing_values == [""]:
        missing = _np_bool(pc.equal(raw, _scalar(""))) | absent
    elif spec.missing_values:
        missing = _np_bool(pc.is_in(raw, value_set=_arr(spec.missing_values, pa.string()))) | absent
    else:
        missing = absent.copy()
    if absent.any() and "None" in spec.missing_values:
        pass  # str(None) == "None": absent cells are missing either way
    cons: dict[str, np.ndarray] = {}
    c = spec.constraints
    if c.get("required"):
        cons["required"] = missing.copy()
    candidates = ~missing
    if spec.type == "any" and not any(k for k in c if k not in ("required", "unique")):
        typed = pc.if_else(_arr(missing), _scalar(None, pa.string()), raw) if missing.any() else raw
        return FieldResult(typed, missing, np.zeros(n, bool), cons)
    fast = _fast_parse(spec, raw, candidates)
    if fast is None:
        typed = pa.nulls(n, spec.arrow_type)
        ok = np.zeros(n, bool)
        bad = np.zeros(n, bool)
    else:
        typed, ok, bad = fast
    type_err = bad.copy()
    residue = candidates & ~ok & ~bad
    overflow = None
    # vectorized constraints on the fast-path cells
    slow_extra = np.zeros(n, bool)
    if ok.any():
        _vector_constraints(spec, raw, typed, ok, cons, slow_extra)
    residue |= slow_extra
    if residue.any():
        idx, vals, t_err, s_cons, over = _slow(spec, raw, residue, n)
        # cells re-decided by the slow path drop their vectorized verdicts
        for k in list(cons):
            if k != "required":
                cons[k] &= ~residue
        for k, arr in s_cons.items():
            cons[k] = cons.get(k, np.zeros(n, bool)) | arr
        type_err |= t_err
        if over.any():
            overflow = over
        mask = np.zeros(n, bool)
        mask[idx] = True
        if fast is None:
            full = np.full(n, -1, np.int64)
            full[idx] = np.arange(len(idx))
            typed = vals.take(_arr(full, mask=full < 0))
        else:
            typed = pc.replace_with_mask(typed, _arr(mask), vals)
    nullify = type_err | missing
    if overflow is not None:
        nullify = nullify | overflow
    if nullify.any():
        typed = pc.if_else(_arr(nullify), _scalar(None, typed.type), typed)
    return FieldResult(typed, missing, type_err, cons, overflow)


def _vector_constraints(spec: FieldSpec, raw: pa.Array, typed: pa.Array, ok: np.ndarray,
                        cons: dict[str, np.ndarray], slow_extra: np.ndarray) -> None:
    c = spec.constraints
    t = spec.type
    if t in ("string", "any"):
        if "minLength" in c or "maxLength" in c:
            lengths = _np(pc.utf8_length(raw))
            if "minLength" in c:
                cons["minLength"] = ok & (lengths < c["minLength"])
            if "maxLength" in c:
                cons["maxLength"] = ok & (lengths > c["maxLength"])
        if "pattern" in c:
            pat = c["pattern"]
            ascii_ = _np_bool(pc.string_is_ascii(raw))
            try:
                matched = _np_bool(pc.match_substring_regex(raw, f"^(?:{pat})$"))
            except pa.ArrowInvalid:
                matched = np.zeros(len(raw), bool)
                ascii_ = np.zeros(len(raw), bool)
            cons["pattern"] = ok & ascii_ & ~matched
            # non-ASCII cells: Python's re (Unicode \d, \w…) decides, per distinct value
            other = ok & ~ascii_
            if other.any():
                rx = re.compile(pat)
                idx = np.flatnonzero(other)
                sub = raw.take(_arr(idx))
                uniq = pc.unique(sub)
                res = np.array([rx.fullmatch(v) is None for v in uniq.to_pylist()], bool)
                pos = _np(pc.index_in(sub, value_set=uniq))
                cons["pattern"][idx] = res[pos]
        if "enum" in c:
            vals = _arr([str(v) for v in c["enum"]], pa.string())
            cons["enum"] = ok & ~_np_bool(pc.is_in(raw, value_set=vals))
        return
    if t in ("integer", "number", "year", "date", "datetime", "time"):
        for name, op in (("minimum", pc.less), ("maximum", pc.greater), ("exclusiveMinimum", pc.less_equal),
                         ("exclusiveMaximum", pc.greater_equal)):
            if name not in c:
                continue
            b = _bound(spec, name)
            if b is None:
                slow_extra |= ok
                continue
            failed = _np_bool(op(typed, b)) & ok
            if t == "number":
                # float vs Decimal: equality with the bound may hide a difference beyond 15 digits
                eq = _np_bool(pc.equal(typed, b)) & ok
                long_ = _np_bool(pc.greater(pc.utf8_length(raw), _scalar(15, pa.int32())))
                amb = eq & (long_ | (len(str(c[name])) > 15))
                slow_extra |= amb
                failed &= ~amb
                nan = _np_bool(pc.is_nan(typed)) & ok
                failed |= nan
            cons[name] = failed
        if "enum" in c:
            vals = [_native_value(spec, v) for v in c["enum"]]
            if any(v is _MISSING for v in vals):
                vr = spec.value_reader()
                vals = [vr(v) for v in c["enum"]]
            vals = [_to_arrow_value(spec, v, str(v)) for v in vals if v is not None]
            member = _np_bool(pc.is_in(typed, value_set=_arr(vals, spec.arrow_type)))
            if t == "number":
                long_ = _np_bool(pc.greater(pc.utf8_length(raw), _scalar(15, pa.int32())))
                slow_extra |= member & long_ & ok
            cons["enum"] = ok & ~member
        return
    if t == "boolean" and "enum" in c:
        vr = spec.value_reader()
        vals = [vr(v) if not isinstance(v, bool) else v for v in c["enum"]]
        vals = [v for v in vals if v is not None]
        cons["enum"] = ok & ~_np_bool(pc.is_in(typed, value_set=_arr(vals, pa.bool_())))
        return
    other = [k for k in c if k not in ("required", "unique")]
    if other:
        slow_extra |= ok  # constraints on other types: Frictionless decides


# --- keys (unique / primary key / foreign key) -----------------------------------------------------

EXACT_KEY_TYPES = (pa.int64(), pa.int32(), pa.date32(), pa.bool_())


def _canonical(typed: pa.Array) -> pa.Array:
    if pa.types.is_string(typed.type):
        s = typed
    elif pa.types.is_floating(typed.type):
        s = pc.cast(pc.if_else(pc.equal(typed, _scalar(0.0)), _scalar(0.0), typed), pa.string())
    else:
        s = pc.cast(typed, pa.string())
    return pc.fill_null(s, _scalar(NULL_TOKEN))


def _key_text(typed_cols: list[pa.Array]) -> pa.Array:
    cols = [_canonical(t) for t in typed_cols]
    if len(cols) == 1:
        return cols[0]
    return pc.binary_join_element_wise(*cols, SEP)


def _key_hash(typed_cols: list[pa.Array], seed: int) -> tuple[np.ndarray, bool]:
    """(uint64 per row, exact?) — exact when the value itself is the key."""
    if len(typed_cols) == 1 and typed_cols[0].type in EXACT_KEY_TYPES:
        col = typed_cols[0]
        if col.type == pa.bool_():
            col = pc.cast(col, pa.int8())
        vals = _np(pc.cast(col, pa.int64()).fill_null(_scalar(0, pa.int64())))
        return vals.astype(np.uint64, copy=False) ^ np.uint64(seed * 0x9E3779B97F4A7C15 % (1 << 64)), True
    if len(typed_cols) == 1 and pa.types.is_floating(typed_cols[0].type):
        v = _np(typed_cols[0].fill_null(_scalar(0.0, pa.float64()))).copy()
        v[v == 0.0] = 0.0
        return v.view(np.uint64) ^ np.uint64(seed * 0x9E3779B97F4A7C15 % (1 << 64)), True
    text = _key_text(typed_cols)
    # Python's SipHash of (seed, text), one C call per cell (no pandas import: start-up counts); a
    # collision is confirmed on the exact values, and another seed is tried (see ``validate``)
    vals = np.fromiter(map(hash, zip(itertools.repeat(seed), text.to_pylist())), np.int64, count=len(text))
    return vals.view(np.uint64), False


class HashSet:
    """A set of uint64 as sorted levels (log-structured merge): 8 bytes per element."""

    def __init__(self):
        self.levels: list[np.ndarray] = []

    def contains(self, h: np.ndarray) -> np.ndarray:
        out = np.zeros(len(h), bool)
        for lvl in self.levels:
            pos = np.searchsorted(lvl, h)
            pos[pos == len(lvl)] = len(lvl) - 1 if len(lvl) else 0
            if len(lvl):
                out |= lvl[pos] == h
        return out

    def add(self, h: np.ndarray) -> None:
        if not len(h):
            return
        self.levels.append(np.unique(h))
        while len(self.levels) > 1 and len(self.levels[-2]) <= 2 * len(self.levels[-1]):
            b = self.levels.pop()
            a = self.levels.pop()
            self.levels.append(np.unique(np.concatenate([a, b])))


class KeyCheck:
    """Duplicate detection for one unique field or the primary key, across batches."""

    def __init__(self, names: list[str], seed: int):
        self.names = names
        self.seen = HashSet()
        self.seed = seed
        self.exact = True
        self.suspects: list[np.ndarray] = []  # hashes involved in a hash-only duplicate

    def check(self, typed_cols: list[pa.Array], valid: np.ndarray, recs: np.ndarray) -> np.ndarray:
        h, exact = _key_hash(typed_cols, self.seed)
        self.exact = self.exact and exact
        dup = np.zeros(len(h), bool)
        vi = np.flatnonzero(valid)
        if not len(vi):
            return dup
        hv = h[vi]
        prior = self.seen.contains(hv)
        order = np.lexsort((recs[vi], hv))
        hs = hv[order]
        within = np.zeros(len(vi), bool)
        within[order[1:]] = hs[1:] == hs[:-1]
        d = prior | within
        dup[vi] = d
        if not exact and d.any():
            self.suspects.append(np.unique(hv[d]))
        self.seen.add(hv[~prior])
        return dup


# --- reading ---------------------------------------------------------------------------------------

@dataclass
class Chunk:
    cols: list[pa.Array]
    recs: np.ndarray  # record numbers (header = 1)
    ncells: np.ndarray | None  # actual number of cells, only for re-parsed malformed rows


class BatchReader:
    """Streams record batches of the data rows with their record numbers; malformed rows are merged in."""

    def __init__(self, path: Path, offset: int, ncols: int, block_size: int, blank_records: set[int] | None = None,
                 include: list[int] | None = None):
        self.path, self.offset, self.ncols, self.block_size = path, offset, ncols, block_size
        self.invalid: list[tuple[int, str, int]] = []
        self.include = include
        self.blank_records = blank_records or set()

    def __iter__(self):
        names = [f"c{i}" for i in range(self.ncols)]
        if os.path.getsize(self.path) <= self.offset or not self.ncols:
            return
        f = open(self.path, "rb")
        f.seek(self.offset)

        def handler(row):
            self.invalid.append((row.number, row.text, row.actual_columns))
            return "skip"

        include = [names[i] for i in self.include] if self.include is not None else None
        reader = pacsv.open_csv(
            f,
            read_options=pacsv.ReadOptions(use_threads=False, block_size=self.block_size, column_names=names),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False,
                                             invalid_row_handler=handler),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False,
                                                 include_columns=include),
        )
        q: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()

        def produce():
            try:
                for b in reader:
                    if stop.is_set():
                        break
                    q.put(b)
                q.put(None)
            except BaseException as exc:  # noqa: BLE001
                q.put(exc)

        th = threading.Thread(target=produce, daemon=True)
        th.start()
        g = 0  # valid rows so far
        done_inv = 0  # invalid rows already emitted
        last_data_index = 0
        try:
            while True:
                item = q.get()
                if isinstance(item, BaseException):
                    raise item
                if item is None:
                    break
                n = item.num_rows
                inv = np.array([x[0] for x in self.invalid], dtype=np.int64)
                adj = inv - 1 - np.arange(len(inv))
                gi = np.arange(g, g + n, dtype=np.int64)
                data_index = gi + 1 + np.searchsorted(adj, gi, side="right")
                g += n
                hi = int(data_index[-1]) if n else last_data_index
                k = done_inv
                while k < len(self.invalid) and self.invalid[k][0] <= hi:
                    k += 1
                cols = [item.column(i) for i in range(item.num_columns)]
                yield self._chunk(cols, data_index, self.invalid[done_inv:k])
                done_inv = k
                last_data_index = hi
            th.join()
            if done_inv < len(self.invalid):
                yield self._chunk(None, np.zeros(0, np.int64), self.invalid[done_inv:])
        finally:
            stop.set()
            while th.is_alive():
                try:
                    q.get_nowait()
                except queue.Empty:
                    th.join(0.05)
            f.close()

    def _chunk(self, cols, data_index: np.ndarray, bad: list[tuple[int, str, int]]) -> Chunk:
        ncols_read = len(self.include) if self.include is not None else self.ncols
        recs = data_index + 1
        if cols is None:
            cols = [_arr([], pa.string()) for _ in range(ncols_read)]
        if self.blank_records and len(recs):
            blank = np.isin(recs, np.fromiter(self.blank_records, np.int64))
            if blank.any():
                m = _arr(blank)
                cols = [pc.if_else(m, _scalar(None, pa.string()), c) for c in cols]
        if not bad:
            return Chunk(cols, recs, None)
        parsed = []
        for number, text, _actual in bad:
            cells = next(csv.reader(io.StringIO(text, newline="")), [])
            parsed.append((number + 1, cells))
        ncells_bad = np.array([len(c) for _, c in parsed], np.int64)
        targets = self.include if self.include is not None else list(range(self.ncols))
        extra_cols = []
        for i in targets:
            extra_cols.append(_arr([c[i] if i < len(c) else None for _, c in parsed], pa.string()))
        all_recs = np.concatenate([recs, np.array([r for r, _ in parsed], np.int64)])
        ncells = np.concatenate([np.full(len(recs), self.ncols, np.int64), ncells_bad])
        # re-parsed rows go at the end of the chunk (not sorted back: they are invalid anyway, never written
        # to Parquet; examples and quarantine are ordered by record number)
        merged = [pa.concat_arrays([a.combine_chunks() if isinstance(a, pa.ChunkedArray) else a, b])
                  for a, b in zip(cols, extra_cols)]
        return Chunk(merged, all_recs, ncells)


def _blank_line_records(path: Path) -> set[int]:
    """Records that are empty lines (Python csv: []); only needed when "" is not a missing value."""
    out = set()
    with open(path, encoding="utf-8", newline="") as f:
        for i, rec in enumerate(csv.reader(f), start=1):
            if not rec and i > 1:
                out.add(i)
    return out


# --- errors and examples ---------------------------------------------------------------------------

class Collector:
    """Counts every error; keeps the first ``max_examples`` (by row, then Frictionless' order in the row)."""

    def __init__(self, dataset: str, max_examples: int, fields_by_number: dict[int, FieldSpec]):
        self.dataset = dataset
        self.max = max_examples
        self.counts: dict[str, dict[str, int]] = {}
        self.total = 0
        self.examples: list[tuple[tuple, CellError]] = []
        self.fields = fields_by_number
        self.threshold: tuple | None = None  # examples at or after this key can no longer be kept

    def count(self, code: str, field: str, n: int) -> None:
        if n <= 0:
            return
        per = self.counts.setdefault(code, {})
        per[field] = per.get(field, 0) + n
        self.total += n

    def want(self, key: tuple) -> bool:
        return self.max > 0 and (self.threshold is None or key < self.threshold)

    def add(self, key: tuple, err: CellError) -> None:
        if not self.want(key):
            return
        self.examples.append((key, err))
        if len(self.examples) >= 2 * self.max:
            self._compact()

    def _compact(self) -> None:
        self.examples.sort(key=lambda x: x[0])
        del self.examples[self.max:]
        if len(self.examples) >= self.max:
            self.threshold = self.examples[-1][0]

    def final(self) -> list[CellError]:
        self._compact()
        return [e for _, e in self.examples]


def _location(row: int | None, field: str | None, number: int | None) -> str:
    parts = []
    if row is not None:
        parts.append(f"ligne {row}")
    if field:
        parts.append(f"colonne « {field} »" + (f" (n° {number})" if number else ""))
    elif number:
        parts.append(f"colonne n° {number}")
    return ", ".join(parts)


# A public cell's value is not put in a message when the error is built: the message holds the
# token ``PENDING``, and the cell value waits on the error (``_raw``) until ``_settle`` has checked
# every value the report would show, at once. Read before ``_settle``, a message shows no value.


def _cell_shown(spec: FieldSpec | None, raw: str | None) -> str | None:
    if raw is None:
        return None
    if spec is None or spec.personal:
        return MASK
    return PENDING


def _showable(values: list[str], delimiters: str, *, names: bool = True) -> list[bool]:
    """Which values a message may quote: one line, no delimiter of the source or of the normalized
    table (a cell that spans one is a swallowed row: an unbalanced quote took the rest of the row, and
    the next ones, into it), and nothing that the detectors find (structured kinds, and person names
    unless ``names=False``), whatever the field's category."""
    ok = [not any(c in v for c in "\r\n" + delimiters) for v in values]
    candidates = [v for v, good in zip(values, ok) if good]
    if candidates:
        from dqpub.detect import clean_values

        verdict = dict(zip(candidates, clean_values(candidates, names=names)))
        ok = [good and verdict[v] for v, good in zip(values, ok)]
    return ok


def _settle(report: ValidationReport, schema_names: list[str]) -> None:
    """The one place where values enter the report: each value a message, an example or the header
    would show is checked by ``_showable`` and quoted only when clean, else ``MASK``.

    A cell value with a capital letter may hold a name, which only the model can tell: it stays
    masked here and is handed to ``report.defer_names`` with its message templates; the report
    un-masks it, after the name detectors, the first time it is rendered. So validation itself never
    loads the model (a run that only asks valid/invalid pays nothing), and what a report shows was
    checked whatever happens."""
    delimiters = "," + (report.delimiter or "")
    pending = [e for e in report.errors if hasattr(e, "_raw")]
    raws = [e._raw for e in pending]
    cheap = dict(zip(raws, _showable(raws, delimiters, names=False))) if raws else {}
    deferred = []
    for e in pending:
        raw = e.__dict__.pop("_raw")
        message, description = e.message, e.description
        later = cheap[raw] and any(c.isupper() for c in raw)
        value = shown(raw) if cheap[raw] and not later else None
        text = f"« {value} »" if value is not None else MASK
        e.message = message.replace(PENDING, text)
        e.description = description.replace(PENDING, text)
        e.cell = value if value is not None else MASK
        if later:
            deferred.append((e, raw, message, description))
    if deferred:
        defer_names(report, deferred)
    labels = [label for label in report.header if label not in schema_names]  # schema text is not data
    verdict = dict(zip(labels, _showable(labels, delimiters))) if labels else {}
    for e in report.errors:
        label = getattr(e, "_label", None)
        if label is not None:
            del e.__dict__["_label"]
            if not verdict.get(label, True):
                e.message = e.message.replace(f"« {label} »", MASK)
                e.description = e.description.replace(f"« {label} »", MASK)
                if e.field == label:
                    e.field = MASK
    report.header = [label if verdict.get(label, True) else MASK for label in report.header]
    for d in report.drift:
        if d.get("file") is not None and not verdict.get(d["file"], True):
            d["file"] = MASK


def _rule_value(v: Any) -> str:
    if isinstance(v, list):
        text = json.dumps(v, ensure_ascii=False)
        return text if len(text) <= 120 else text[:119] + "…"
    return str(v)


def _cell_error(code: str, row: int, spec: FieldSpec, raw: str | None, rule_name: str = "") -> CellError:
    shown_v = _cell_shown(spec, raw)
    q = PENDING if shown_v == PENDING else (MASK if shown_v == MASK else "")
    c = spec.constraints
    if code == "type-error":
        word = FORMAT_WORDS.get(spec.format, TYPE_WORDS.get(spec.type, spec.type)) \
            if spec.type == "string" else TYPE_WORDS.get(spec.type, spec.type)
        extra = ""
        if spec.type in ("date", "datetime", "time") and spec.format not in ("default", "any", ""):
            extra = f" au format {spec.format}"
        elif spec.type == "boolean":
            tv = spec.descriptor.get("trueValues", ["true", "True", "TRUE", "1"])
            fv = spec.descriptor.get("falseValues", ["false", "False", "FALSE", "0"])
            extra = f" (valeurs permises : {', '.join(tv + fv)})"
        elif spec.type == "number" and spec.descriptor.get("decimalChar", ".") != ".":
            extra = f" (séparateur décimal « {spec.descriptor['decimalChar']} »)"
        rule = spec.rule_type
        desc = f"{q} n'est pas {word}{extra} ({rule.replace('=', ' ', 1)})"
    elif code == "int64-overflow":
        rule = "type=integer (int64)"
        code = "type-error"
        desc = f"{q} dépasse la capacité d'un entier 64 bits (type integer, int64)"
    elif code == "constraint-error":
        rule = rule_name if rule_name == "required" else f"{rule_name}={_rule_value(c.get(rule_name))}"
        v = c.get(rule_name)
        words = {
            "required": "valeur obligatoire manquante",
            "minimum": f"la valeur {q} est inférieure au minimum permis ({v})",
            "maximum": f"la valeur {q} est supérieure au maximum permis ({v})",
            "exclusiveMinimum": f"la valeur {q} doit être strictement supérieure à {v}",
            "exclusiveMaximum": f"la valeur {q} doit être strictement inférieure à {v}",
            "minLength": f"la valeur {q} est plus courte que le minimum de {v} caractères",
            "maxLength": f"la valeur {q} dépasse le maximum de {v} caractères",
            "pattern": f"la valeur {q} ne respecte pas le motif attendu",
            "enum": f"la valeur {q} n'est pas dans la liste des valeurs permises",
        }
        desc = words.get(rule_name, f"la valeur {q} ne respecte pas la contrainte {rule_name}")
        if rule_name == "required":
            shown_v = None
    elif code == "unique-error":
        rule = "unique"
        desc = f"la valeur {q} est en double : elle figure déjà plus haut (contrainte unique)"
    else:
        rule, desc = code, code
    desc = " ".join(desc.split())
    err = CellError(code=code, row=row, field=spec.name, field_number=spec.number, rule=rule,
                    message=f"{_location(row, spec.name, spec.number)} : {desc}", cell=shown_v, description=desc)
    if shown_v == PENDING:
        err._raw = raw  # settled (quoted or masked) by _settle before the report leaves validate
    return err


def _row_error(code: str, row: int | None, field: str | None, number: int | None, rule: str, desc: str) -> CellError:
    loc = _location(row, field, number)
    return CellError(code=code, row=row, field=field or None, field_number=number, rule=rule,
                     message=f"{loc} : {desc}" if loc else desc, cell=None, description=desc)


CONSTRAINT_ORDER = ["required", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
                    "exclusiveMaximum", "pattern", "enum"]


# --- main entry point ------------------------------------------------------------------------------

def validate(
    table: NormalizedTable | Path,
    schema: dict,
    *,
    dataset: str,
    out_parquet: Path | None = None,
    max_examples: int = 50,
    invalid_row_policy: dict | None = None,
    foreign_tables: dict | None = None,
    block_size: int = DEFAULT_BLOCK_SIZE,
    schemas_dir: Path | None = None,
) -> ValidationReport:
    """Validate a normalized CSV against ``schema``; write the typed Parquet when valid."""
    started = time.monotonic()
    for seed in range(3):
        report, retry = _validate_once(table, schema, dataset=dataset, out_parquet=out_parquet,
                                       max_examples=max_examples, policy=invalid_row_policy,
                                       foreign_tables=foreign_tables or {}, block_size=block_size,
                                       schemas_dir=schemas_dir, seed=seed)
        if not retry:
            break
    report.duration_s = round(time.monotonic() - started, 3)
    return report


def _validate_once(table, schema, *, dataset, out_parquet, max_examples, policy, foreign_tables, block_size,
                   schemas_dir, seed):
    if isinstance(table, NormalizedTable):
        path, encoding, delimiter = Path(table.path), table.encoding, table.delimiter
    else:
        path, encoding, delimiter = Path(table), "utf-8", ","
    if not path.is_file():
        raise SourceError(f"table normalisée introuvable : {path}", dataset=dataset)
    lazy = _LazySchema(schema, dataset, None if _plainly_valid_schema(schema) else _fl_schema(schema, dataset))
    fields: list[dict] = list(schema.get("fields", []))
    names = [f["name"] for f in fields]
    pk = schema.get("primaryKey") or []
    pk = [pk] if isinstance(pk, str) else list(pk)
    fields_match = schema.get("fieldsMatch", "exact")
    schema_missing = schema.get("missingValues", DEFAULT_MISSING)
    schema_missing = [m if isinstance(m, str) else m.get("value", "") for m in schema_missing]

    report = ValidationReport(dataset=dataset, valid=False, rows=0, fields=len(fields), errors=[], counts={},
                              error_count=0, encoding=encoding, delimiter=delimiter, source=path.name,
                              policy=dict(policy) if policy else None)
    if isinstance(table, NormalizedTable) and table.row_offset:
        report.warnings.append(f"l'en-tête est à la ligne {table.row_offset + 1} de la source : ajoutez "
                               f"{table.row_offset} aux numéros de ligne pour retrouver la ligne source")

    labels, offset = _read_header(path)
    col = Collector(dataset, max_examples, {})
    if labels is None:
        col.count("source-error", "", 1)
        col.add((0, 0, 0, 0), _row_error("source-error", None, None, None, "source",
                                      "le fichier est vide (ni en-tête ni données)"))
        return _finish(report, col, policy, 0, 0, out_parquet, None), False
    report.header = list(labels)

    # header
    expected = _expected_fields(labels, fields, fields_match) if labels else [(f, f["name"]) for f in fields]
    specs: list[FieldSpec] = []
    for number, (f, name) in enumerate(expected, start=1):
        if f is not None:
            fmv = f.get("missingValues")
            mv = [m if isinstance(m, str) else m.get("value", "") for m in fmv] if fmv is not None else schema_missing
            specs.append(FieldSpec(name=f["name"], type=f.get("type", "string") or "string",
                                   format=f.get("format", "default") or "default", descriptor=f, number=number,
                                   in_schema=True, missing_values=list(mv),
                                   constraints=dict(f.get("constraints") or {}), personal=is_personal(f),
                                   fl_field=lazy.field(f["name"])))
        else:
            specs.append(FieldSpec(name=name, type="any", format="default", descriptor={"name": name, "type": "any"},
                                   number=number, in_schema=False, missing_values=[""], constraints={},
                                   personal=True, fl_field=lambda name=name: _any_field(name)))
    col.fields = {s.number: s for s in specs}
    if not labels:
        col.count("blank-header", "", 1)
        col.add((0, 0, 0, 0), _row_error("blank-header", 1, None, None, "en-tête",
                                      "la première ligne est vide : l'en-tête (noms de colonnes) manque"))
    else:
        for i, (code, number, fname, label, note) in enumerate(_header_errors(labels, fields, fields_match, pk)):
            desc = {
                "extra-label": f"colonne « {label} » absente du schéma",
                "missing-label": f"la colonne « {fname} » du schéma est absente du fichier",
                "blank-label": f"colonne sans nom (le schéma attend « {fname} »)",
                "duplicate-label": f"nom de colonne « {label} » en double (déjà en position {note})",
                "incorrect-label": f"colonne « {label} » trouvée là où le schéma attend « {fname} »",
                "unmatched-header": "aucune colonne du fichier ne correspond au schéma",
            }[code]
            col.count(code, "", 1)
            err = _row_error(code, None, fname or label or None, number, "en-tête", desc)
            if label:
                err._label = label  # settled by _settle, like cell values
            col.add((0, 0, i, 0), err)
        report.drift = _drift(labels, names) if fields_match == "exact" else [
            d for d in _drift(labels, names) if d["kind"] != "moved"]
        header_errors = col.total
        del header_errors

    nexp = len(specs)
    expected_names = {s.name for s in specs if s.in_schema}
    has_pk = bool(pk) and set(pk).issubset(expected_names)
    by_name = {s.name: s for s in specs if s.in_schema}
    unique_checks = {s.name: KeyCheck([s.name], seed) for s in specs
                     if s.in_schema and s.constraints.get("unique")}
    pk_check = KeyCheck(pk, seed) if has_pk else None
    fk_groups = _foreign_keys(schema, by_name, expected_names, foreign_tables, schemas_dir, path, offset,
                              len(labels or []), block_size, dataset, specs, name=schema.get("name"))

    # parquet
    writer = None
    tmp_parquet = None
    schema_specs = [by_name.get(n) for n in names]
    if out_parquet is not None:
        out_parquet = Path(out_parquet)
        out_parquet.parent.mkdir(parents=True, exist_ok=True)
        tmp_parquet = out_parquet.with_name(out_parquet.name + ".partiel")
        arrow_fields = []
        for f in fields:
            meta = {}
            for k in ("title", "description"):
                if f.get(k):
                    meta[k] = str(f[k])
            if f.get("type"):
                meta["type"] = f["type"]
            arrow_fields.append(pa.field(f["name"], ARROW_TYPES.get(f.get("type", "string"), pa.string()),
                                         metadata=meta or None))
        arrow_schema = pa.schema(arrow_fields)
    quarantine = policy and policy.get("mode") == "quarantine"
    qwriter = None
    qfile = None
    if quarantine and policy.get("quarantine_path"):
        qpath = Path(policy["quarantine_path"])
        qpath.parent.mkdir(parents=True, exist_ok=True)
        qfile = open(qpath, "w", encoding="utf-8", newline="")
        qwriter = csv.writer(qfile, lineterminator="\n")
        qwriter.writerow(["ligne"] + list(labels or []))

    blank_records = None
    if labels and any("" not in s.missing_values for s in specs):
        blank_records = _blank_line_records(path)

    rows = 0
    invalid_rows = 0
    header_bad = col.total > 0
    can_write = out_parquet is not None and not header_bad
    quarantined = 0
    reader = BatchReader(path, offset, len(labels or []), block_size, blank_records) if labels else []
    try:
        for chunk in reader:
            n = len(chunk.recs)
            if not n:
                continue
            rows += n
            row_bad, typed_out = _check_chunk(chunk, specs, nexp, col, unique_checks, pk_check, pk, by_name, fk_groups)
            nbad = int(np.count_nonzero(row_bad))
            invalid_rows += nbad
            if nbad and not quarantine:
                can_write = False
            if can_write:
                if writer is None:
                    writer = pq.ParquetWriter(tmp_parquet, arrow_schema)
                keep = _arr(~row_bad)
                arrays = []
                for f, s in zip(fields, schema_specs):
                    if s is None:
                        arrays.append(pa.nulls(n, arrow_schema.field(f["name"]).type).filter(keep))
                    else:
                        arrays.append(typed_out[s.number].filter(keep))
                writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=arrow_schema))
            if nbad and qwriter is not None:
                idx = _ordered(np.flatnonzero(row_bad), chunk.recs)
                take = _arr(idx)
                cols = [c.take(take).to_pylist() for c in chunk.cols]
                for j, i in enumerate(idx):
                    qwriter.writerow([int(chunk.recs[i])] + [("" if c[j] is None else c[j]) for c in cols])
                quarantined += nbad
    finally:
        if writer is not None:
            writer.close()
        if qfile is not None:
            qfile.close()

    # collision fallback: duplicates found through a hash are confirmed on the exact values
    retry = False
    for kc in list(unique_checks.values()) + ([pk_check] if pk_check else []):
        if kc.suspects and not kc.exact:
            if not _confirm_duplicates(kc, path, offset, len(labels), block_size, specs, blank_records):
                retry = True
    if retry and seed < 2:
        if tmp_parquet is not None:
            tmp_parquet.unlink(missing_ok=True)
        return report, True

    if out_parquet is not None and can_write and writer is None and not header_bad:
        pq.ParquetWriter(tmp_parquet, arrow_schema).close()
    report.invalid_rows = invalid_rows
    return _finish(report, col, policy, rows, quarantined, out_parquet, tmp_parquet if can_write else None,
                   header_bad=header_bad, schema_names=names), False


def _check_chunk(chunk: Chunk, specs: list[FieldSpec], nexp: int, col: Collector, unique_checks: dict,
                 pk_check, pk: list[str], by_name: dict, fk_groups: list) -> tuple[np.ndarray, dict]:
    n = len(chunk.recs)
    recs = chunk.recs
    raws = [c.combine_chunks() if isinstance(c, pa.ChunkedArray) else c for c in chunk.cols[: len(specs)]]
    if n >= 4096 and len(specs) > 1:
        # Arrow kernels and numpy release the GIL: two columns at a time on two cores
        results = list(_pool().map(check_field, specs, raws))
    else:
        results = [check_field(s, r) for s, r in zip(specs, raws)]
    blank = np.ones(n, bool)
    for r in results:
        blank &= r.missing
    if nexp == 0:
        blank = np.zeros(n, bool)
    live = ~blank
    row_bad = np.zeros(n, bool)
    typed_out: dict[int, pa.Array] = {}
    # cell errors, in Frictionless' order within a row: per field, type then constraints
    for j, (spec, r) in enumerate(zip(specs, results)):
        typed_out[spec.number] = r.typed
        raw = chunk.cols[j]
        te = r.type_err & live
        if r.overflow is not None:
            ov = r.overflow & live
            _report_cells(col, "int64-overflow", spec, ov, recs, raw, 1, 0)
            row_bad |= ov
        _report_cells(col, "type-error", spec, te, recs, raw, 1, 1)
        row_bad |= te
        for k in CONSTRAINT_ORDER:
            if k in r.cons_err:
                m = r.cons_err[k] & live & ~r.type_err
                _report_cells(col, "constraint-error", spec, m, recs, raw, 1, 2 + CONSTRAINT_ORDER.index(k), k)
                row_bad |= m
    # row structure
    if chunk.ncells is not None:
        nc = chunk.ncells
        extra = (nc > nexp) & live
        for i in _ordered(np.flatnonzero(extra), recs):
            for fn in range(nexp + 1, int(nc[i]) + 1):
                col.count("extra-cell", "", 1)
                key = (int(recs[i]), 2, fn, 0)
                if col.want(key):
                    col.add(key, _row_error("extra-cell", int(recs[i]), None, fn, "structure",
                                            f"cellule en trop : la ligne a {int(nc[i])} cellules, l'en-tête "
                                            f"{nexp}"))
        missing = (nc < nexp) & live
        for i in _ordered(np.flatnonzero(missing), recs):
            for fn in range(int(nc[i]) + 1, nexp + 1):
                col.count("missing-cell", "", 1)
                key = (int(recs[i]), 3, fn, 0)
                if col.want(key):
                    col.add(key, _row_error("missing-cell", int(recs[i]), specs[fn - 1].name, fn, "structure",
                                            f"cellule manquante : la ligne a {int(nc[i])} cellules, l'en-tête "
                                            f"{nexp}"))
        row_bad |= (nc != nexp) & live
    if blank.any():
        nb = int(np.count_nonzero(blank))
        col.count("blank-row", "", nb)
        for i in _ordered(np.flatnonzero(blank), recs)[: col.max]:
            key = (int(recs[i]), 0, 0, 0)
            if not col.want(key):
                break
            col.add(key, _row_error("blank-row", int(recs[i]), None, None, "structure", "ligne vide"))
        row_bad |= blank
    # unique
    for name, kc in unique_checks.items():
        spec = by_name[name]
        r = results[spec.number - 1]
        valid = _np_bool(r.typed.is_valid())
        dup = kc.check([r.typed], valid, recs)
        if dup.any():
            _report_cells(col, "unique-error", spec, dup, recs, chunk.cols[spec.number - 1], 4, 0)
            row_bad |= dup
    # primary key
    if pk_check is not None:
        typed = [results[by_name[n].number - 1].typed for n in pk]
        valid_any = np.zeros(n, bool)
        for t in typed:
            valid_any |= _np_bool(t.is_valid())
        allnone = ~valid_any
        dup = pk_check.check(typed, valid_any, recs)
        bad = allnone | dup
        if bad.any():
            col.count("primary-key", "", int(np.count_nonzero(bad)))
            for i in _ordered(np.flatnonzero(bad), recs)[: col.max]:
                key = (int(recs[i]), 5, 0, 0)
                if not col.want(key):
                    break
                desc = (f"clé primaire ({', '.join(pk)}) vide : toutes ses colonnes sont vides" if allnone[i]
                        else f"clé primaire ({', '.join(pk)}) en double : déjà présente plus haut")
                col.add(key, _row_error("primary-key", int(recs[i]), None, None, f"primaryKey={','.join(pk)}", desc))
            row_bad |= bad
    # foreign keys
    for g in fk_groups:
        typed = [results[by_name[nm].number - 1].typed for nm in g["fields"]]
        valid_any = np.zeros(n, bool)
        for t in typed:
            valid_any |= _np_bool(t.is_valid())
        keys = _key_text(typed)
        found = _np_bool(pc.is_in(keys, value_set=g["lookup"]))
        bad = valid_any & ~found
        if bad.any():
            col.count("foreign-key", "", int(np.count_nonzero(bad)))
            for i in _ordered(np.flatnonzero(bad), recs)[: col.max]:
                key = (int(recs[i]), 6, 0, 0)
                if not col.want(key):
                    break
                desc = (f"clé étrangère ({', '.join(g['fields'])}) introuvable dans la table de référence "
                        f"« {g['resource'] or 'elle-même'} » ({', '.join(g['ref_fields'])})")
                col.add(key, _row_error("foreign-key", int(recs[i]), g["fields"][0] if len(g["fields"]) == 1
                                        else None, None, g["rule"], desc))
            row_bad |= bad
    return row_bad, typed_out


def _ordered(idx: np.ndarray, recs: np.ndarray) -> np.ndarray:
    """Indices in record order (a chunk ends with its re-parsed malformed rows)."""
    r = recs[idx]
    if len(r) > 1 and not np.all(r[1:] > r[:-1]):
        idx = idx[np.argsort(r, kind="stable")]
    return idx


_POOL = None


def _pool():
    global _POOL
    if _POOL is None:
        from concurrent.futures import ThreadPoolExecutor

        _POOL = ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2)), thread_name_prefix="dqpub-val")
    return _POOL


def _report_cells(col: Collector, code: str, spec: FieldSpec, mask: np.ndarray, recs: np.ndarray, raw: pa.Array,
                  phase: int, sub: int, rule_name: str = "") -> None:
    cnt = int(np.count_nonzero(mask))
    if not cnt:
        return
    col.count("type-error" if code == "int64-overflow" else code, spec.name, cnt)
    idx = _ordered(np.flatnonzero(mask), recs)[: col.max]
    vals = None
    for k, i in enumerate(idx):
        key = (int(recs[i]), phase, spec.number, sub)
        if not col.want(key):
            break
        if vals is None:
            vals = raw.take(_arr(idx)).to_pylist()
        col.add(key, _cell_error(code, int(recs[i]), spec, vals[k], rule_name))


def _confirm_duplicates(kc: KeyCheck, path, offset, ncols, block_size, specs, blank_records) -> bool:
    """Second pass over the key columns: are the hash duplicates real duplicates? False on a collision."""
    suspects = np.unique(np.concatenate(kc.suspects))
    by_name = {s.name: s for s in specs if s.in_schema}
    cols = [by_name[n].number - 1 for n in kc.names]
    groups: dict[int, set] = {}
    flagged = 0
    confirmed = 0
    reader = BatchReader(path, offset, ncols, block_size, blank_records, include=cols)
    for chunk in reader:
        if not len(chunk.recs):
            continue
        typed = [check_field(by_name[n], c if not isinstance(c, pa.ChunkedArray) else c.combine_chunks()).typed
                 for n, c in zip(kc.names, chunk.cols)]
        h, _ = _key_hash(typed, kc.seed)
        hit = np.isin(h, suspects)
        valid = np.zeros(len(h), bool)
        for t in typed:
            valid |= _np_bool(t.is_valid())
        hit &= valid
        if not hit.any():
            continue
        idx = np.flatnonzero(hit)
        texts = _key_text([t.take(_arr(idx)) for t in typed]).to_pylist()
        order = np.argsort(chunk.recs[idx], kind="stable")
        for o in order:
            hv = int(h[idx[o]])
            seen = groups.setdefault(hv, set())
            if len(seen):
                flagged += 1
                if texts[o] in seen:
                    confirmed += 1
            seen.add(texts[o])
    return flagged == confirmed


def _foreign_keys(schema, by_name, expected_names, foreign_tables, schemas_dir, path, offset, ncols, block_size,
                  dataset, specs, name=None) -> list[dict]:
    groups = []
    for fk in schema.get("foreignKeys") or []:
        fields = fk.get("fields")
        fields = [fields] if isinstance(fields, str) else list(fields or [])
        ref = fk.get("reference") or {}
        ref_fields = ref.get("fields")
        ref_fields = [ref_fields] if isinstance(ref_fields, str) else list(ref_fields or [])
        resource = ref.get("resource", "")
        if not set(fields).issubset(expected_names):
            continue
        target_specs = [by_name[f] for f in fields]
        if resource in ("", None) or (name and resource == name):
            ref_cols = [by_name[f].number - 1 if f in by_name else None for f in ref_fields]
            if None in ref_cols:
                raise ValidationFailed(f"clé étrangère : champ de référence absent ({', '.join(ref_fields)})",
                                       dataset=dataset, rule="foreignKeys")
            keys = []
            for chunk in BatchReader(path, offset, ncols, block_size, include=ref_cols):
                if not len(chunk.recs):
                    continue
                typed = [check_field(_retarget(ts, by_name[rf]), c if not isinstance(c, pa.ChunkedArray)
                                     else c.combine_chunks()).typed
                         for ts, rf, c in zip(target_specs, ref_fields, chunk.cols)]
                keys.append(_lookup_keys(typed))
        else:
            table = foreign_tables.get(resource)
            if table is None:
                base = Path(schemas_dir) if schemas_dir else _default_schemas_dir()
                candidate = base / resource
                if not candidate.is_file():
                    raise ValidationFailed(f"clé étrangère : table de référence « {resource} » introuvable",
                                           dataset=dataset, rule="foreignKeys")
                table = candidate
            keys = [_lookup_keys_from(table, ref_fields, target_specs, dataset, resource)]
        lookup = pc.unique(pa.concat_arrays(keys)) if keys else _arr([], pa.string())
        groups.append({"fields": fields, "ref_fields": ref_fields, "resource": resource, "lookup": lookup,
                       "rule": f"foreignKey={','.join(fields)}→{resource or '(même table)'}."
                               f"{','.join(ref_fields)}"})
    return groups


def _retarget(spec: FieldSpec, ref_spec: FieldSpec) -> FieldSpec:
    """The reference column typed as Frictionless types it: with its own field definition."""
    return FieldSpec(**{**ref_spec.__dict__, "constraints": {}, "_reader": None, "_value_reader": None})


def _lookup_keys(typed: list[pa.Array]) -> pa.Array:
    valid_any = np.zeros(len(typed[0]), bool)
    for t in typed:
        valid_any |= _np_bool(t.is_valid())
    return _key_text(typed).filter(_arr(valid_any))


def _lookup_keys_from(table, ref_fields, target_specs, dataset, resource) -> pa.Array:
    if isinstance(table, pa.Table):
        cols = {}
        for rf in ref_fields:
            if rf not in table.column_names:
                raise ValidationFailed(f"clé étrangère : champ « {rf} » absent de « {resource} »", dataset=dataset,
                                       rule="foreignKeys")
            c = table[rf].combine_chunks()
            cols[rf] = c if pa.types.is_string(c.type) else pc.cast(c, pa.string())
        raw_cols = [cols[rf] for rf in ref_fields]
    else:
        p = Path(table.path if isinstance(table, NormalizedTable) else table)
        t = pacsv.read_csv(p, convert_options=pacsv.ConvertOptions(strings_can_be_null=False,
                                                                   column_types={rf: pa.string() for rf in ref_fields}))
        for rf in ref_fields:
            if rf not in t.column_names:
                raise ValidationFailed(f"clé étrangère : champ « {rf} » absent de « {resource} »", dataset=dataset,
                                       rule="foreignKeys")
        raw_cols = [t[rf].combine_chunks() for rf in ref_fields]
    typed = [check_field(FieldSpec(**{**ts.__dict__, "constraints": {}, "_reader": None, "_value_reader": None}),
                         rc).typed for ts, rc in zip(target_specs, raw_cols)]
    return _lookup_keys(typed)


def _default_schemas_dir() -> Path:
    from dqpub.core.settings import Settings

    return Settings().schemas_dir


def _finish(report: ValidationReport, col: Collector, policy, rows: int, quarantined: int, out_parquet,
            tmp_parquet, header_bad: bool = False, schema_names: list[str] = ()) -> ValidationReport:
    report.rows = rows
    report.counts = col.counts
    report.error_count = col.total
    report.errors = col.final()
    _settle(report, schema_names)
    if policy and policy.get("mode") == "quarantine" and not header_bad and col.total:
        share = (report.invalid_rows / rows) if rows else 1.0
        limit = float(policy.get("max_invalid_share", 0.01))
        report.quarantined = quarantined
        report.valid = share <= limit
        if not report.valid:
            report.warnings.append(f"part de lignes invalides {share:.2%} au-delà du seuil permis de {limit:.2%} : "
                                   "le jeu n'est pas publiable")
    else:
        report.valid = col.total == 0
        report.quarantined = 0
    if tmp_parquet is not None and out_parquet is not None:
        if report.valid:
            os.replace(tmp_parquet, out_parquet)
        else:
            Path(tmp_parquet).unlink(missing_ok=True)
    return report
