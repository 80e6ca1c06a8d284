"""Errors as the report holds them: every error counted, the first ``max_examples`` kept, in row order.

Examples are ordered by a sort key (record, phase, column, rank): within a row, Frictionless' order —
blank row, then each cell's type and constraint errors, extra and missing cells, unique, primary and
foreign keys. A public cell's value is not put in a message when the error is built: the message holds
``PENDING`` and the value waits on the error until ``settle`` has checked every value the report would
show, at once.
"""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any

import numpy as np
import pyarrow as pa

from dqpub.core.schema import MASK
from dqpub.validate.report import PENDING, CellError
from dqpub.validate.arrow import as_arrow
from dqpub.validate.errors import ConstraintError, ErrorKind, IntegerOverflow, TypeError_, UniqueError
from dqpub.validate.parsers import FALSE_VALUES, TRUE_VALUES
from dqpub.validate.spec import FieldSpec

Key = tuple[int, int, int, int]  # (record, phase, column, rank)

TYPE_WORDS = {
    "integer": "un entier", "number": "un nombre", "boolean": "un booléen", "date": "une date valide",
    "datetime": "une date-heure valide", "time": "une heure valide", "year": "une année (4 chiffres)",
    "yearmonth": "une année-mois (AAAA-MM)", "duration": "une durée ISO 8601", "geopoint": "un point géographique",
    "geojson": "un objet GeoJSON", "object": "un objet JSON", "array": "un tableau JSON", "list": "une liste",
    "string": "un texte valide", "any": "une valeur",
}
FORMAT_WORDS = {"email": "une adresse courriel valide", "uri": "une URI valide", "uuid": "un UUID valide",
                "binary": "une valeur base64 valide", "wkt": "une géométrie WKT valide"}


class Phase(IntEnum):
    """Where an error sorts within its row (the second member of its key)."""

    BLANK_ROW = 0  # also header and file errors, on record 0
    CELL = 1
    EXTRA_CELL = 2
    MISSING_CELL = 3
    UNIQUE = 4
    PRIMARY_KEY = 5
    FOREIGN_KEY = 6


class Collector:
    """Counts every error; keeps the first ``max_examples`` (by row, then Frictionless' order in the row)."""

    def __init__(self, dataset: str, max_examples: int) -> None:
        self.dataset = dataset
        self.max = max_examples
        self.counts: dict[str, dict[str, int]] = {}
        self.total = 0
        self.examples: list[tuple[Key, CellError]] = []
        self.threshold: Key | None = None  # examples at or after this key can no longer be kept

    def count(self, code: str, field: str, n: int) -> None:
        if n <= 0:
            return
        per = self.counts.setdefault(code, {})
        per[field] = per.get(field, 0) + n
        self.total += n

    def want(self, key: Key) -> bool:
        return self.max > 0 and (self.threshold is None or key < self.threshold)

    def add(self, key: Key, err: CellError) -> None:
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

    def rows(self, kind: type[ErrorKind], mask: np.ndarray, recs: np.ndarray, phase: Phase,
             describe: Any) -> None:
        """Count one row error per masked row; keep the first ones. ``describe(i)``: (field, rule, text)."""
        self.count(kind.code, "", int(np.count_nonzero(mask)))
        for i in ordered(np.flatnonzero(mask), recs)[: self.max]:
            key = (int(recs[i]), int(phase), 0, 0)
            if not self.want(key):
                break
            field, rule, text = describe(i)
            self.add(key, row_error(kind, int(recs[i]), field, None, rule, text))

    def cells(self, kind: type[ErrorKind], spec: FieldSpec, mask: np.ndarray, recs: np.ndarray, raw: pa.Array,
              phase: Phase, rank: int, constraint: str = "") -> None:
        """Count the masked cells of a column; keep the first ones, their values fetched only then."""
        cnt = int(np.count_nonzero(mask))
        if not cnt:
            return
        self.count(kind.counted_as(), spec.name, cnt)
        idx = ordered(np.flatnonzero(mask), recs)[: self.max]
        vals = None
        for k, i in enumerate(idx):
            key = (int(recs[i]), int(phase), spec.number, rank)
            if not self.want(key):
                break
            if vals is None:
                vals = raw.take(as_arrow(idx)).to_pylist()
            self.add(key, cell_error(kind, int(recs[i]), spec, vals[k], constraint))


def ordered(idx: np.ndarray, recs: np.ndarray) -> np.ndarray:
    """Indices in record order (a chunk ends with its re-parsed malformed rows)."""
    r = recs[idx]
    if len(r) > 1 and not np.all(r[1:] > r[:-1]):
        idx = idx[np.argsort(r, kind="stable")]
    return idx


def location(row: int | None, field: str | None, number: int | None) -> str:
    parts = []
    if row is not None:
        parts.append(f"ligne {row}")
    if field:
        parts.append(f"colonne « {field} »" + (f" (n° {number})" if number else ""))
    elif number:
        parts.append(f"colonne n° {number}")
    return ", ".join(parts)


def _cell_shown(spec: FieldSpec | None, raw: str | None) -> str | None:
    if raw is None:
        return None
    if spec is None or spec.personal:
        return MASK
    return PENDING


def _rule_value(v: Any) -> str:
    if isinstance(v, list):
        text = json.dumps(v, ensure_ascii=False)
        return text if len(text) <= 120 else text[:119] + "…"
    return str(v)


def _expected(spec: FieldSpec) -> tuple[str, str]:
    """What a type error says the cell is not, and the detail of the expected form."""
    word = TYPE_WORDS.get(spec.type, spec.type)
    if spec.type == "string":
        word = FORMAT_WORDS.get(spec.format, word)
    extra = ""
    if spec.type in ("date", "datetime", "time") and spec.format not in ("default", "any", ""):
        extra = f" au format {spec.format}"
    elif spec.type == "boolean":
        tv = spec.descriptor.get("trueValues", TRUE_VALUES)
        fv = spec.descriptor.get("falseValues", FALSE_VALUES)
        extra = f" (valeurs permises : {', '.join(tv + fv)})"
    elif spec.type == "number" and spec.descriptor.get("decimalChar", ".") != ".":
        extra = f" (séparateur décimal « {spec.descriptor['decimalChar']} »)"
    return word, extra


def cell_error(kind: type[ErrorKind], row: int, spec: FieldSpec, raw: str | None, constraint: str = "") -> CellError:
    """The error of one cell; its value is quoted later (``settle``), masked for a personal field."""
    shown_v = _cell_shown(spec, raw)
    q = PENDING if shown_v == PENDING else (MASK if shown_v == MASK else "")
    if kind is TypeError_:
        rule = spec.rule_type
        word, extra = _expected(spec)
        desc = kind.describe(value=q, expected=word, extra=extra, rule=rule.replace("=", " ", 1))
    elif kind is ConstraintError:
        bound = spec.constraints.get(constraint)
        rule = constraint if constraint == "required" else f"{constraint}={_rule_value(bound)}"
        desc = kind.describe(value=q, name=constraint, bound=bound)
        if constraint == "required":
            shown_v = None
    else:  # IntegerOverflow, UniqueError
        assert kind in (IntegerOverflow, UniqueError), kind
        rule, desc = kind.rule, kind.describe(value=q)
    desc = " ".join(desc.split())
    err = CellError(code=kind.counted_as(), row=row, field=spec.name, field_number=spec.number, rule=rule,
                    message=f"{location(row, spec.name, spec.number)} : {desc}", cell=shown_v, description=desc)
    if shown_v == PENDING:
        err._raw = raw  # type: ignore[attr-defined]  # settled (quoted or masked) before the report leaves
    return err


def row_error(kind: type[ErrorKind], row: int | None, field: str | None, number: int | None, rule: str,
              desc: str) -> CellError:
    """An error of a row, the header or the file: it never quotes a cell."""
    loc = location(row, field, number)
    return CellError(code=kind.code, row=row, field=field or None, field_number=number, rule=rule,
                     message=f"{loc} : {desc}" if loc else desc, cell=None, description=desc)
