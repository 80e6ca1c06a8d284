"""Infer a Frictionless Table Schema field from a column of text cells (for ``dqpub nouveau``).

Each column is read as text (every cell of the normalized CSV), its DISTINCT non-missing values
once, with Arrow regex filters: types (boolean, integer, year, number with a decimal point or a
decimal comma, date and datetime with their formats, string with the email/uri formats), ``required``
when no value is missing, a ``pattern`` for fixed-width codes (shape only: character classes and
separators, never a value) and the candidates for ``enum`` (low cardinality). The privacy step
(:mod:`dqpub.describe`) decides whether an ``enum`` may be written: never for a personal column,
since the schema's value lists are published in the data dictionary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

ENUM_MAX = 20  # at most this many distinct values…
ENUM_SHARE = 3  # …each seen on average at least this many times

_BOOLEANS = (("oui", "non"), ("true", "false"), ("vrai", "faux"), ("yes", "no"))
_INT = r"^-?(0|[1-9][0-9]{0,17})$"
_NUM_POINT = r"^-?[0-9]+(\.[0-9]+)?$"
_NUM_COMMA = r"^-?[0-9]+(,[0-9]+)?$"
_YEAR_NAME = re.compile(r"(?i)(^|_)(annee|année|an|year|exercice)($|_)")
_DATES = (  # regex, Table Schema format, French label
    (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "default", "AAAA-MM-JJ"),
    (r"^[0-9]{4}/[0-9]{2}/[0-9]{2}$", "%Y/%m/%d", "AAAA/MM/JJ"),
)
_DATETIMES = (
    (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$", "default",
     "AAAA-MM-JJTHH:MM:SS"),
    (r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$", "%Y-%m-%d %H:%M:%S", "AAAA-MM-JJ HH:MM:SS"),
    (r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$", "%Y-%m-%d %H:%M", "AAAA-MM-JJ HH:MM"),
)
_SLASH_DATE = r"^[0-9]{2}/[0-9]{2}/[0-9]{4}$"
_EMAIL = r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"
_URI = r"^https?://[^\s]+$"


@dataclass
class Column:
    """What the values of one column say (no value kept except the enum candidates)."""

    name: str
    rows: int
    missing: int
    distinct: int
    mean_length: float
    has_space_share: float  # share of distinct values with a space (words: text, not codes)
    spec: dict[str, Any]  # the Table Schema field, without ``privacy`` and ``description``
    notes: list[str] = field(default_factory=list)
    enum_candidates: list[Any] | None = None

    @property
    def present(self) -> int:
        return self.rows - self.missing


def _all(values: pa.Array, regex: str) -> bool:
    return len(values) > 0 and bool(pc.all(pc.match_substring_regex(values, regex)).as_py())


def _any(values: pa.Array, regex: str) -> bool:
    return bool(pc.any(pc.match_substring_regex(values, regex)).as_py())


def _boolean(values: pa.Array) -> dict[str, Any] | None:
    words = {str(v) for v in values.to_pylist()} if len(values) <= 4 else set()
    if not words:
        return None
    for yes, no in _BOOLEANS:
        if {w.lower() for w in words} <= {yes, no}:
            style = next(iter(words))
            case = str.upper if style.isupper() and len(style) > 1 else (str.capitalize if style[:1].isupper() else str.lower)
            true = sorted({w for w in words if w.lower() == yes} or {case(yes)})
            false = sorted({w for w in words if w.lower() == no} or {case(no)})
            return {"type": "boolean", "trueValues": true, "falseValues": false}
    return None


def _slash_format(values: pa.Array) -> tuple[str, str]:
    """DD/MM/YYYY or MM/DD/YYYY: decided by a part above 12; day first (Québec usage) otherwise."""
    first = pc.cast(pc.utf8_slice_codeunits(values, 0, 2), pa.int32())
    second = pc.cast(pc.utf8_slice_codeunits(values, 3, 5), pa.int32())
    if pc.max(second).as_py() > 12 >= pc.max(first).as_py():
        return "%m/%d/%Y", "MM/JJ/AAAA"
    return "%d/%m/%Y", "JJ/MM/AAAA"


def infer_type(name: str, values: pa.Array) -> tuple[dict[str, Any], str]:  # noqa: C901 - one ordered list of tests
    """The narrowest type (and format) every distinct value fits, with a French note."""
    if len(values) == 0:
        return {"type": "string"}, "aucune valeur : texte par défaut"
    boolean = _boolean(values)
    if boolean:
        return boolean, "booléen (" + "/".join(boolean["trueValues"] + boolean["falseValues"]) + ")"
    if _all(values, _INT):
        ints = pc.cast(values, pa.int64())
        if _YEAR_NAME.search(name) and pc.min(ints).as_py() >= 1800 and pc.max(ints).as_py() <= 2100:
            return {"type": "year"}, "année"
        return {"type": "integer"}, "entier"
    if _all(values, _NUM_POINT) and not _any(values, r"^-?0[0-9]"):
        return {"type": "number"}, "nombre (point décimal)"
    if _all(values, _NUM_COMMA) and _any(values, ",") and not _any(values, r"^-?0[0-9]"):
        return {"type": "number", "decimalChar": ","}, "nombre à virgule décimale"
    for regex, fmt, label in _DATES:
        if _all(values, regex):
            return {"type": "date", "format": fmt}, f"date ({label})"
    if _all(values, _SLASH_DATE):
        fmt, label = _slash_format(values)
        return {"type": "date", "format": fmt}, f"date ({label})"
    for regex, fmt, label in _DATETIMES:
        if _all(values, regex):
            return {"type": "datetime", "format": fmt}, f"date et heure ({label})"
    if _all(values, _EMAIL):
        return {"type": "string", "format": "email"}, "adresse courriel"
    if _all(values, _URI):
        return {"type": "string", "format": "uri"}, "adresse Web"
    return {"type": "string"}, "texte"


_CLASSES = ((re.compile(r"[A-Z]"), "[A-Z]"), (re.compile(r"[a-z]"), "[a-z]"), (re.compile(r"[0-9]"), "[0-9]"))


def _shape(value: str) -> str | None:
    """``AFS-2023-000123`` → ``[A-Z]{3}-[0-9]{4}-[0-9]{6}``: character classes and separators."""
    out: list[tuple[str, int]] = []
    for ch in value:
        token = next((cls for rx, cls in _CLASSES if rx.fullmatch(ch)), None)
        if token is None:
            if ch not in "-_./ :":
                return None
            token = "\\." if ch == "." else ch  # the other separators need no escape in a pattern
        if out and out[-1][0] == token:
            out[-1] = (token, out[-1][1] + 1)
        else:
            out.append((token, 1))
    return "".join(t if n == 1 else f"{t}{{{n}}}" for t, n in out)


def code_pattern(values: pa.Array) -> str | None:
    """A pattern when every value has the same shape (a fixed-width code), else None."""
    if len(values) < 2:
        return None
    sample = values.to_pylist()[:5000]
    shapes = {_shape(v) for v in sample}
    if len(shapes) != 1:
        return None
    shape = shapes.pop()
    if not shape or not any(c in shape for c in ("[0-9]", "[A-Z]")) or " " in shape:
        return None
    pattern = f"^{shape}$"
    return pattern if _all(values, pattern) else None


def describe_column(name: str, col: pa.ChunkedArray | pa.Array) -> Column:
    """Type, format, ``required``, ``pattern`` and the enum candidates of one text column."""
    arr = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    arr = pc.utf8_trim_whitespace(pc.fill_null(arr.cast(pa.string()), ""))
    present = pc.filter(arr, pc.not_equal(arr, ""))
    distinct = pc.unique(present)
    missing = len(arr) - len(present)
    spec, note = infer_type(name, distinct)
    fld: dict[str, Any] = {"name": name, **spec}
    notes = [note]
    constraints: dict[str, Any] = {}
    if missing == 0 and len(arr):
        constraints["required"] = True
        notes.append("toujours présent")
    elif missing:
        notes.append(f"{missing} valeur(s) manquante(s)")
    if spec["type"] == "string" and "format" not in spec:
        pattern = code_pattern(distinct)
        if pattern:
            constraints["pattern"] = pattern
            notes.append("code de largeur fixe")
    enum = None
    if spec["type"] in ("string", "integer") and 0 < len(distinct) <= ENUM_MAX \
            and len(present) >= ENUM_SHARE * len(distinct):
        values = distinct.to_pylist()
        enum = sorted(int(v) for v in values) if spec["type"] == "integer" else sorted(values)
    if constraints:
        fld["constraints"] = constraints
    lengths = pc.utf8_length(distinct) if len(distinct) else pa.array([0])
    spaced = pc.match_substring(distinct, " ") if len(distinct) else pa.array([False])
    return Column(name=name, rows=len(arr), missing=missing, distinct=len(distinct),
                  mean_length=float(pc.mean(lengths).as_py() or 0.0),
                  has_space_share=float(pc.mean(pc.cast(spaced, pa.int8())).as_py() or 0.0),
                  spec=fld, notes=notes, enum_candidates=enum)
