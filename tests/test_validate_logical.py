"""Constraints and keys compare logical values (Table Schema: « All constraints MUST be tested against the
logical representation of data »): ``-0`` is ``0``, ``01`` is ``1``, ``Oui`` is ``true`` when declared so,
``5/1/2024`` is ``05/01/2024`` under ``%d/%m/%Y``.

The property tests draw a field (type, format, declared characters and values), a few logical values,
several spellings of each (in the cells and in the schema's ``enum`` and bounds), and check our verdict
against Frictionless' on every cell: the same (error type, row, field) and the same count. The only cases
left out are the deliberate differences of docs/validation.md, each by a named predicate below.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dqpub.core.errors import ValidationFailed
from dqpub.validate import validate
from tests.test_validate_parity import frictionless_errors

V2 = "https://datapackage.org/profiles/2.0/tableschema.json"
EXAMPLES = int(os.environ.get("DQPUB_LOGICAL_EXAMPLES", "300"))  # more for a long run: 3000
BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


# --- what a field's values are and how they are spelled ----------------------------------------------

@dataclass(frozen=True)
class Kind:
    """A field's type and declaration, its logical values, and their spellings (cells and schema)."""

    descriptor: dict
    values: list  # the logical values drawn from (small: so that repeats and enum hits happen)
    cells: Callable[[Any], list[str]]  # spellings of a value in a cell
    schema: Callable[[Any], list[Any]]  # spellings of a value in the schema (JSON)
    ordered: bool = True  # bounds apply


def _int_cells(v: int) -> list[str]:
    out = [str(v), f" {v}", f"{v} "]
    if v >= 0:
        out += [f"+{v}", f"0{v}", f"00{v}"]
    if v == 0:
        out += ["-0", "-00"]
    return out


def _int_kinds() -> list[Kind]:
    vals = list(range(-3, 13))
    bare = Kind({"type": "integer"}, vals, _int_cells, lambda v: [v, str(v), float(v)] + ([f"0{v}"] if v >= 0 else []))
    money = Kind({"type": "integer", "bareNumber": False}, vals,
                 lambda v: [str(v), f"{v} $", f"{v}%", f"€{v}"] + ([f"+{v}"] if v >= 0 else []), lambda v: [v, str(v)])
    return [bare, money]


_DECIMALS = [Decimal(x) for x in ("-2.5", "-1", "0", "0.5", "1", "2.5", "10", "1000.25", "1234567.5")]


def _plain(d: Decimal) -> str:
    return format(d, "f")


def _num_cells(d: Decimal) -> list[str]:
    s = _plain(d)
    out = [s, s + ("0" if "." in s else ".0"), f"{_plain(d * 10)}e-1", f"{_plain(d / 10)}E1"]
    if d >= 0:
        out.append("+" + s)
    if d == 0:
        out += ["-0", "-0.0", "0e5", ".0"]
    out.append(_float64_twin(d))
    return out


def _float64_twin(d: Decimal) -> str:
    """Another decimal (1e-18 more) that float64 cannot tell from ``d``: 0.5000000000000000001."""
    s = _plain(d)
    return s + ("" if "." in s else ".") + "0" * 17 + "1"


def _grouped(d: Decimal) -> str:
    """1234567.5 → 1 234 567,5 (groupChar space, decimalChar comma)."""
    whole, _, frac = _plain(abs(d)).partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ("-" if d < 0 else "") + " ".join(groups) + ("," + frac if frac else "")


def _num_kinds() -> list[Kind]:
    plain = Kind({"type": "number"}, _DECIMALS, _num_cells,
                 lambda d: [float(d), _plain(d)] + ([int(d)] if d == int(d) else []))
    comma = Kind({"type": "number", "decimalChar": ",", "groupChar": " "}, _DECIMALS,
                 lambda d: [_grouped(d), _plain(d).replace(".", ","), _grouped(d) + ("0" if "," in _grouped(d) else ",0")]
                 + (["-0", "-0,0"] if d == 0 else []),
                 lambda d: [float(d), _grouped(d), _plain(d).replace(".", ",")])
    money = Kind({"type": "number", "bareNumber": False}, _DECIMALS,
                 lambda d: [_plain(d), f"{_plain(d)} $", f"{_plain(d)}%", f"€{_plain(d)}", f"{_plain(d)}0 €"],
                 lambda d: [float(d), _plain(d)])
    return [plain, comma, money]


def _bool_kinds() -> list[Kind]:
    fr = {"type": "boolean", "trueValues": ["Oui", "oui", "true"], "falseValues": ["Non", "non", "false"]}
    spell = {True: ["Oui", "oui", "true"], False: ["Non", "non", "false"]}
    default = {True: ["true", "True", "TRUE", "1"], False: ["false", "False", "FALSE", "0"]}
    return [Kind(fr, [True, False], spell.__getitem__, lambda v: [v, *spell[v]], ordered=False),
            Kind({"type": "boolean"}, [True, False], default.__getitem__, lambda v: [v, *default[v]], ordered=False)]


_DAYS = [dt.date(2023, 12, 30) + dt.timedelta(days=k) for k in range(12)]


def _dmy(d: dt.date) -> list[str]:
    return [d.strftime("%d/%m/%Y"), f"{d.day}/{d.month}/{d.year}", f"{d.day}/{d.month:02d}/{d.year}"]


def _date_kinds() -> list[Kind]:
    return [
        Kind({"type": "date"}, _DAYS, lambda d: [d.isoformat()], lambda d: [d.isoformat()]),
        Kind({"type": "date", "format": "%d/%m/%Y"}, _DAYS, _dmy, _dmy),
        Kind({"type": "date", "format": "any"}, _DAYS,
             lambda d: [d.isoformat(), d.strftime("%B %d, %Y"), d.strftime("%Y/%m/%d"), f"{d.day} {d:%b %Y}"],
             lambda d: [d.isoformat(), d.strftime("%B %d, %Y")]),
    ]


_MOMENTS = [dt.datetime(2024, 1, 5, 9, 0) + dt.timedelta(minutes=30 * k) for k in range(8)]


def _iso_moments(m: dt.datetime) -> list[str]:
    later = m + dt.timedelta(hours=1)
    return [m.isoformat(), m.isoformat() + "Z", m.isoformat() + "+00:00", later.isoformat() + "+01:00",
            m.isoformat() + ".000Z"]


def _dmy_hm(m: dt.datetime) -> list[str]:
    return [m.strftime("%d/%m/%Y %H:%M"), f"{m.day}/{m.month}/{m.year} {m.hour}:{m.minute}"]


def _datetime_kinds() -> list[Kind]:
    return [Kind({"type": "datetime"}, _MOMENTS, _iso_moments, lambda m: [m.isoformat(), m.isoformat() + "Z"]),
            Kind({"type": "datetime", "format": "%d/%m/%Y %H:%M"}, _MOMENTS, _dmy_hm, _dmy_hm),
            Kind({"type": "datetime", "format": "any"}, _MOMENTS,
                 lambda m: [m.isoformat(), f"{m:%B} {m.day}, {m.year} {m:%H:%M}", f"{m:%Y/%m/%d %H:%M}"],
                 lambda m: [m.isoformat()])]


_TIMES = [dt.time(9 + k // 2, 30 * (k % 2)) for k in range(8)]


def _time_kinds() -> list[Kind]:
    return [Kind({"type": "time"}, _TIMES,
                 lambda t: [t.isoformat(), t.isoformat() + "Z", t.isoformat() + ".0",
                            t.replace(hour=t.hour + 1).isoformat() + "+01:00"],
                 lambda t: [t.isoformat(), t.isoformat() + "Z"]),
            Kind({"type": "time", "format": "%H:%M"}, _TIMES,
                 lambda t: [t.strftime("%H:%M"), f"{t.hour}:{t.minute}"], lambda t: [t.strftime("%H:%M")])]


def _calendar_kinds() -> list[Kind]:
    months = [(2023, 11), (2023, 12), (2024, 1), (2024, 2), (2024, 10)]
    return [
        Kind({"type": "year"}, [999, 1999, 2000, 2024], lambda y: [f"{y:04d}"] + ([f"+{y}", f" {y}"] if y < 1000 else []),
             lambda y: [y, f"{y:04d}"]),
        Kind({"type": "yearmonth"}, months, lambda ym: [f"{ym[0]}-{ym[1]:02d}", f"{ym[0]}-{ym[1]}", f"0{ym[0]}-{ym[1]}"],
             lambda ym: [f"{ym[0]}-{ym[1]:02d}", f"{ym[0]}-{ym[1]}"]),
    ]


KINDS = _int_kinds() + _num_kinds() + _bool_kinds() + _date_kinds() + _datetime_kinds() + _time_kinds() \
    + _calendar_kinds()


# --- the deliberate differences (docs/validation.md, « Différences voulues avec Frictionless ») -----------

def _zoned(text: Any) -> bool:
    return isinstance(text, str) and (text.endswith("Z") or "+" in text)


def zoned_and_unzoned_ordered(kind: Kind, cells: list[str], constraints: dict) -> bool:
    """A zoned time or date-time ordered against an unzoned one (cell against bound): Frictionless raises
    TypeError and stops, there is no verdict to compare to (docs/validation.md, « fuseau »)."""
    bounds = [constraints[b] for b in BOUNDS if b in constraints]
    if kind.descriptor["type"] not in ("datetime", "time") or not bounds:
        return False
    return {_zoned(v) for v in [*cells, *bounds]} == {True, False}


def float64_keys(schema: dict, rows: list[list[str]]) -> bool:
    """Number keys (unique, primaryKey, foreignKeys) compare the float64 values dqpub publishes, not the
    decimals: two decimals float64 cannot tell apart (more than 15 significant digits) are one key for
    dqpub, two for Frictionless (docs/validation.md, « float64 »)."""
    keyed = {f["name"] for f in schema["fields"] if f.get("type") == "number"
             and (f.get("constraints", {}).get("unique") or f["name"] in schema.get("primaryKey", [])
                  or "foreignKeys" in schema)}
    names = [f["name"] for f in schema["fields"]]
    return any(names[i] in keyed and len(c.strip()) > 15 for row in rows for i, c in enumerate(row))


# --- the oracle ------------------------------------------------------------------------------------------

def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    return out.getvalue()


def same_verdict(tmp: Path, schema: dict, header: list[str], rows: list[list[str]]) -> None:
    p = tmp / "t.csv"
    p.write_text(_csv(header, rows), encoding="utf-8")
    _, theirs = frictionless_errors(p, schema)
    report = validate(p, schema, dataset="logique", max_examples=100_000)
    ours = sorted((e.code, e.row, e.field_number) for e in report.errors)
    assert ours == sorted(theirs), f"{schema}\n{_csv(header, rows)}"
    for code in sorted({e[0] for e in ours}) or ["aucune erreur"]:  # --hypothesis-show-statistics
        event(code)


def _constraints(data: st.DataObject, kind: Kind) -> dict:
    names = ["enum", "unique"] + (list(BOUNDS) if kind.ordered else [])
    chosen = data.draw(st.sets(st.sampled_from(names), min_size=1, max_size=3), label="constraints")
    spell = lambda v: data.draw(st.sampled_from(kind.schema(v)))  # noqa: E731
    out: dict[str, Any] = {}
    for name in sorted(chosen):
        if name == "unique":
            out[name] = True
        elif name == "enum":
            out[name] = [spell(v) for v in data.draw(st.lists(st.sampled_from(kind.values), min_size=1, max_size=4))]
        else:
            out[name] = spell(data.draw(st.sampled_from(kind.values)))
    return out


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_constraints_compare_logical_values_as_frictionless_does(tmp_path: Path, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(KINDS), label="kind")
    constraints = _constraints(data, kind)
    values = data.draw(st.lists(st.sampled_from(kind.values), min_size=1, max_size=10), label="values")
    cells = [data.draw(st.sampled_from(kind.cells(v))) for v in values]
    if zoned_and_unzoned_ordered(kind, cells, constraints):
        return
    schema: dict[str, Any] = {"fields": [{"name": "id", "type": "integer"},
                                         {"name": "v", **kind.descriptor, "constraints": constraints}]}
    if set(constraints) & {"exclusiveMinimum", "exclusiveMaximum"}:
        schema["$schema"] = V2
    rows = [[str(i), c] for i, c in enumerate(cells)]
    if float64_keys(schema, rows):
        return
    same_verdict(tmp_path, schema, ["id", "v"], rows)


_KEY_KINDS = [k for k in KINDS if k.descriptor["type"] != "boolean"] + _bool_kinds()
_BY_DECL = {repr(k.descriptor): k for k in KINDS}


def _kind(**descriptor: Any) -> Kind:
    return _BY_DECL[repr(descriptor)]


# a key of one type referring to a key of another: the logical values meet (1 is 1.0, a date is a date
# however each field writes it)
_KEY_PAIRS: list[tuple[Kind, Kind, Callable[[Any], Any]]] = [(k, k, lambda v: v) for k in _KEY_KINDS] + [
    (_kind(type="number"), _kind(type="integer"), int),
    (_kind(type="integer"), _kind(type="number"), Decimal),
    (_kind(type="date"), _kind(type="date", format="%d/%m/%Y"), lambda v: v),
    (_kind(type="datetime", format="%d/%m/%Y %H:%M"), _kind(type="datetime"), lambda v: v),
]


@settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_keys_compare_logical_values_as_frictionless_does(tmp_path: Path, data: st.DataObject) -> None:
    """primaryKey on one or two columns, and a foreign key from the second column to the first (the table
    itself): ``01`` finds ``1`` and ``1.0``, ``5/1/2024`` finds ``2024-01-05``."""
    ka, kb, to_b = data.draw(st.sampled_from(_KEY_PAIRS), label="kinds")
    values = [v for v in ka.values if ka is kb or v == int(v)] if ka.descriptor["type"] == "number" else ka.values
    n = data.draw(st.integers(1, 8))
    rows = []
    for _ in range(n):
        a, b = data.draw(st.sampled_from(values)), data.draw(st.sampled_from(values))
        rows.append([data.draw(st.sampled_from(ka.cells(a))), data.draw(st.sampled_from(kb.cells(to_b(b))))])
    pk = data.draw(st.sampled_from([["a"], ["a", "b"], []]), label="primaryKey")
    schema: dict[str, Any] = {"fields": [{"name": "a", **ka.descriptor}, {"name": "b", **kb.descriptor}]}
    if pk:
        schema["primaryKey"] = pk
    if data.draw(st.booleans(), label="foreignKey"):
        schema["foreignKeys"] = [{"fields": ["b"], "reference": {"resource": "", "fields": ["a"]}}]
    if float64_keys(schema, rows):
        return
    same_verdict(tmp_path, schema, ["a", "b"], rows)


# --- cases met while writing the properties, kept as plain examples ---------------------------------------

def _run(tmp_path: Path, schema: dict, text: str) -> list[tuple]:
    p = tmp_path / "t.csv"
    p.write_text(text, encoding="utf-8")
    report = validate(p, schema, dataset="jeu-test")
    return [(e.code, e.row) for e in report.errors]


def test_negative_zero_is_in_an_enum_holding_zero(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    p.write_text("n\n-0\n-0.0\n0\n0.0\n1\n", encoding="utf-8")
    schema = {"fields": [{"name": "n", "type": "number", "constraints": {"enum": [0]}}]}
    report = validate(p, schema, dataset="jeu-test")
    assert report.counts == {"constraint-error": {"n": 1}}
    assert [e.row for e in report.errors] == [6]


def test_unique_dates_are_compared_as_dates(tmp_path: Path) -> None:
    """(before: Arrow refused to cast the date32 key to int64: the validation crashed)"""
    schema = {"fields": [{"name": "d", "type": "date", "format": "%d/%m/%Y", "constraints": {"unique": True}}]}
    assert _run(tmp_path, schema, "d\n05/01/2024\n5/1/2024\n06/01/2024\n") == [("unique-error", 3)]


def test_yearmonth_keys_are_compared_as_year_and_month(tmp_path: Path) -> None:
    """(before: 2024-1 and 2024-01 were two keys, the text as written)"""
    schema = {"fields": [{"name": "m", "type": "yearmonth", "constraints": {"unique": True}},
                         {"name": "r", "type": "yearmonth"}],
              "foreignKeys": [{"fields": ["r"], "reference": {"resource": "", "fields": ["m"]}}]}
    assert _run(tmp_path, schema, "m,r\n2024-01,2024-1\n2024-1,2023-12\n") == [("unique-error", 3), ("foreign-key", 3)]


def test_zoned_times_are_the_same_instant(tmp_path: Path) -> None:
    """(before: the offset was dropped, 11:00:00+01:00 was 11:00)"""
    schema = {"fields": [{"name": "t", "type": "time", "constraints": {"unique": True}}]}
    assert _run(tmp_path, schema, "t\n10:00:00Z\n11:00:00+01:00\n") == [("unique-error", 3)]


def test_string_enum_members_are_text(tmp_path: Path) -> None:
    """A JSON number in a string field's enum is not the text "1" (Frictionless agrees)."""
    schema = {"fields": [{"name": "s", "type": "string", "constraints": {"enum": [1, "b"]}}]}
    assert _run(tmp_path, schema, "s\n1\nb\n") == [("constraint-error", 2)]


def test_a_bound_the_field_cannot_read_is_a_schema_error(tmp_path: Path) -> None:
    """An ISO bound on a %d/%m/%Y date: one schema error (Frictionless raises TypeError on the first cell)."""
    schema = {"fields": [{"name": "d", "type": "date", "format": "%d/%m/%Y", "constraints": {"minimum": "2024-01-05"}}]}
    with pytest.raises(ValidationFailed, match="contrainte « minimum » ne se lit pas") as exc:
        _run(tmp_path, schema, "d\n05/01/2024\n")
    assert "05/01/2024" not in str(exc.value)


# --- the deliberate differences, fixed as they are (docs/validation.md) ---------------------------------

def test_number_keys_are_the_published_float64_values(tmp_path: Path) -> None:
    """Two decimals float64 cannot tell apart are one published value: a unique-error (not for Frictionless)."""
    schema = {"fields": [{"name": "n", "type": "number", "constraints": {"unique": True, "enum": [0.1]}}]}
    assert _run(tmp_path, schema, "n\n0.1\n0.10000000000000001\n") == [("constraint-error", 3), ("unique-error", 3)]


def test_zoned_and_unzoned_are_ordered_only_when_both_or_neither_have_a_zone(tmp_path: Path) -> None:
    """Frictionless raises TypeError on both files; dqpub gives a verdict."""
    unzoned = {"fields": [{"name": "t", "type": "datetime", "constraints": {"minimum": "2024-01-05T10:00:00"}}]}
    assert _run(tmp_path, unzoned, "t\n2024-01-05T10:00:00\n2024-01-05T09:00:00\n2024-01-05T12:00:00Z\n") == [
        ("constraint-error", 3), ("type-error", 4)]
    zoned = {"fields": [{"name": "t", "type": "datetime", "constraints": {"minimum": "2024-01-05T10:00:00Z"}}]}
    assert _run(tmp_path, zoned, "t\n2024-01-05T10:00:00\n2024-01-05T09:00:00\n2024-01-05T11:00:00+01:00\n") == [
        ("constraint-error", 3)]
