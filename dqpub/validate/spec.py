"""The schema as the checks read it: one ``FieldSpec`` per column of the file.

Frictionless is imported (0.2 s) only when needed: to judge a schema that is not plainly valid, to read
a cell or a bound the fast path cannot decide. A plainly valid schema is a strict subset of what
Frictionless' ``Schema.from_descriptor`` accepts (cross-checked against it in tests/test_validate.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pyarrow as pa

from dqpub.core.errors import ValidationFailed
from dqpub.core.schema import is_personal

DEFAULT_MISSING = [""]
ARROW_TYPES = {
    "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "date": pa.date32(),
    "datetime": pa.timestamp("s"), "time": pa.time64("us"), "year": pa.int32(),
}


@dataclass
class FieldSpec:
    """A column of the file: its schema field (or an artificial ``any`` one for a label the schema lacks)."""

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
    compiled: Any = None  # the constraint values as logical Arrow values (constraints.compiled), once

    def _fl(self) -> Any:
        if callable(self.fl_field) and not hasattr(self.fl_field, "create_cell_reader"):
            self.fl_field = self.fl_field()
        return self.fl_field

    @property
    def required(self) -> bool:
        return bool(self.constraints.get("required"))

    def reader(self) -> Callable[[Any], tuple[Any, dict]]:
        """Frictionless' cell reader: cell text → (value, notes)."""
        if self._reader is None:
            self._reader = self._fl().create_cell_reader()
        return self._reader

    def value_reader(self) -> Callable[[Any], Any]:
        """Frictionless' value reader (bounds and enum members written in the schema)."""
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

    def untyped(self) -> "FieldSpec":
        """The same field without constraints (reference keys are typed, not checked)."""
        return FieldSpec(**{**self.__dict__, "constraints": {}, "_reader": None, "_value_reader": None,
                                     "compiled": None})


def fl_schema(schema: dict, dataset: str) -> Any:
    """Frictionless' Schema (without foreign keys, which the checks resolve themselves)."""
    from frictionless import FrictionlessException, Schema

    desc = {k: v for k, v in schema.items() if k != "foreignKeys"}
    try:
        return Schema.from_descriptor(desc)
    except FrictionlessException as exc:
        raise ValidationFailed(f"schéma invalide : {exc.error.note or exc.error.message}", dataset=dataset,
                               rule="schéma") from None


_BOUNDED = {"required", "unique", "minimum", "maximum", "enum"}  # exclusive bounds: Frictionless decides
_CONSTRAINTS = {
    "string": {"required", "unique", "minLength", "maxLength", "pattern", "enum"},
    "integer": _BOUNDED, "number": _BOUNDED, "date": _BOUNDED, "datetime": _BOUNDED, "year": _BOUNDED,
    "boolean": {"required", "unique", "enum"},
}
_FIELD_KEYS = {"name", "type", "format", "title", "description", "constraints", "privacy", "unit", "missingValues"}
_TYPE_KEYS = {"boolean": {"trueValues", "falseValues"}, "number": {"decimalChar", "groupChar", "bareNumber"},
              "integer": {"bareNumber"}}
_SCHEMA_KEYS = {"fields", "missingValues", "primaryKey", "foreignKeys", "title", "description"}


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def plainly_valid_schema(schema: Any) -> bool:
    """True only when Frictionless certainly accepts ``schema`` (False: let Frictionless decide)."""
    if not isinstance(schema, dict) or set(schema) - _SCHEMA_KEYS:
        return False
    fields = schema.get("fields")
    if not isinstance(fields, list) or not fields or not all(isinstance(f, dict) for f in fields):
        return False
    if any(k in schema and not isinstance(schema[k], str) for k in ("title", "description")):
        return False
    if "missingValues" in schema and not _str_list(schema["missingValues"]):
        return False
    names: list[str] = []
    for f in fields:
        if not _plain_field(f, names):
            return False
        names.append(f["name"])
    if "primaryKey" in schema:
        pk = schema["primaryKey"]
        pk = [pk] if isinstance(pk, str) else pk
        if not _str_list(pk) or not pk or not set(pk) <= set(names):
            return False
    return True


def _plain_field(f: dict, names: list[str]) -> bool:
    t = f.get("type")
    if not isinstance(t, str) or t not in _CONSTRAINTS or set(f) - _FIELD_KEYS - _TYPE_KEYS.get(t, set()):
        return False
    name = f.get("name")
    if not isinstance(name, str) or not name or name in names:
        return False
    if any(k in f and not isinstance(f[k], str) for k in ("title", "description", "unit")):
        return False
    if "privacy" in f and not isinstance(f["privacy"], dict):
        return False
    if "missingValues" in f and not _str_list(f["missingValues"]):
        return False
    fmt = f.get("format", "default")
    if fmt != "default" and not (t in ("date", "datetime") and isinstance(fmt, str) and "%" in fmt) \
            and not (t == "string" and fmt in ("email", "uri", "uuid")):
        return False
    if any(k in f and not (_str_list(f[k]) and f[k]) for k in ("trueValues", "falseValues")):
        return False
    if any(k in f and not (isinstance(f[k], str) and len(f[k]) == 1) for k in ("decimalChar", "groupChar")):
        return False
    if "bareNumber" in f and not isinstance(f["bareNumber"], bool):
        return False
    c = f.get("constraints", {})
    if not isinstance(c, dict) or set(c) - _CONSTRAINTS[t]:
        return False
    return all(_plain_constraint(t, k, v) for k, v in c.items())


def _plain_constraint(t: str, k: str, v: Any) -> bool:
    if k in ("required", "unique"):
        return isinstance(v, bool)
    if k in ("minLength", "maxLength"):
        return is_int(v) and v >= 0
    if k == "pattern":
        return isinstance(v, str)
    if k == "enum":
        return isinstance(v, list) and bool(v) and all(_plain_value(t, x) for x in v)
    return _plain_value(t, v)


def _plain_value(t: str, v: Any) -> bool:
    if t in ("integer", "year"):
        return is_int(v)
    if t == "number":
        return is_int(v) or isinstance(v, float)
    if t == "boolean":
        return isinstance(v, bool)
    return isinstance(v, str)


class LazySchema:
    """Frictionless' Schema for ``schema``, built on first use."""

    def __init__(self, schema: dict, dataset: str, built: Any = None) -> None:
        self.schema, self.dataset, self.built = schema, dataset, built

    @classmethod
    def of(cls, schema: dict, dataset: str) -> "LazySchema":
        """Built now (a schema error is raised now) unless the schema is plainly valid."""
        return cls(schema, dataset, None if plainly_valid_schema(schema) else fl_schema(schema, dataset))

    def field(self, name: str) -> Callable[[], Any]:
        def get() -> Any:
            if self.built is None:
                self.built = fl_schema(self.schema, self.dataset)
            return self.built.get_field(name)
        return get


def _any_field(name: str) -> Any:
    from frictionless import Field

    return Field.from_descriptor({"name": name, "type": "any"})


def _missing_values(values: list) -> list[str]:
    return [m if isinstance(m, str) else m.get("value", "") for m in values]


def field_specs(expected: list[tuple[dict | None, str]], schema: dict, lazy: LazySchema) -> list[FieldSpec]:
    """One spec per column of the file (``header.expected_fields``); a label the schema lacks gets an
    untyped ``any`` field, so its cells are not reported again (as Frictionless does)."""
    schema_missing = _missing_values(schema.get("missingValues", DEFAULT_MISSING))
    specs: list[FieldSpec] = []
    for number, (f, name) in enumerate(expected, start=1):
        if f is None:
            specs.append(FieldSpec(name=name, type="any", format="default", descriptor={"name": name, "type": "any"},
                                   number=number, in_schema=False, missing_values=[""], constraints={},
                                   personal=True, fl_field=lambda name=name: _any_field(name)))
            continue
        fmv = f.get("missingValues")
        mv = _missing_values(fmv) if fmv is not None else schema_missing
        specs.append(FieldSpec(name=f["name"], type=f.get("type", "string") or "string",
                               format=f.get("format", "default") or "default", descriptor=f, number=number,
                               in_schema=True, missing_values=list(mv),
                               constraints=dict(f.get("constraints") or {}), personal=is_personal(f),
                               fl_field=lazy.field(f["name"])))
    return specs


def primary_key(schema: dict) -> list[str]:
    pk = schema.get("primaryKey") or []
    return [pk] if isinstance(pk, str) else list(pk)
