"""``foreignKeys``: each key of the table must exist in the reference table.

The reference keys (another table given in ``foreign_tables``, a CSV named by ``reference.resource``
relative to the schemas folder the caller gives, or the table itself) are typed with the referencing
fields' types and looked up with ``pyarrow.compute.is_in``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from dqpub.core.errors import ValidationFailed
from dqpub.table import NormalizedTable
from dqpub.validate.arrow import as_arrow, as_numpy, combined
from dqpub.validate.check import Batch, Check, Context
from dqpub.validate.collector import Phase
from dqpub.validate.errors import ForeignKeyError
from dqpub.validate.fields import check_field
from dqpub.validate.keys import any_valid, key_text
from dqpub.validate.reader import BatchReader
from dqpub.validate.spec import FieldSpec


def _names(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def foreign_key_checks(schema: dict, specs: list[FieldSpec], foreign_tables: dict,
                       schemas_dir: Path | None) -> list["ForeignKeyCheck"]:
    """One check per foreign key whose fields the file has."""
    present = {s.name for s in specs if s.in_schema}
    out = []
    for fk in schema.get("foreignKeys") or []:
        fields = _names(fk.get("fields"))
        if set(fields).issubset(present):
            ref = fk.get("reference") or {}
            out.append(ForeignKeyCheck(fields, _names(ref.get("fields")), ref.get("resource", ""),
                                       self_name=schema.get("name"), foreign_tables=foreign_tables,
                                       schemas_dir=schemas_dir))
    return out


def _lookup_keys(typed: list[pa.Array]) -> pa.Array:
    return key_text(typed).filter(as_arrow(any_valid(typed)))


class ForeignKeyCheck(Check):
    """foreign-key: a non-empty key of the table that the reference table does not have."""

    def __init__(self, fields: list[str], ref_fields: list[str], resource: str | None, *, self_name: str | None,
                 foreign_tables: dict, schemas_dir: Path | None) -> None:
        self.fields, self.ref_fields, self.resource = fields, ref_fields, resource
        self.self_reference = resource in ("", None) or bool(self_name and resource == self_name)
        self.foreign_tables, self.schemas_dir = foreign_tables, schemas_dir
        self.rule = f"foreignKey={','.join(fields)}→{resource or '(même table)'}.{','.join(ref_fields)}"

    def _fail(self, text: str) -> ValidationFailed:
        return ValidationFailed(f"clé étrangère : {text}", dataset=self.ctx.dataset, rule="foreignKeys")

    def start(self, ctx: Context) -> None:
        """Read the reference keys once, typed as the referencing fields."""
        super().start(ctx)
        targets = [ctx.by_name[f] for f in self.fields]
        keys = self._own_keys(targets) if self.self_reference else [self._table_keys(self._table(), targets)]
        self.lookup = pc.unique(pa.concat_arrays(keys)) if keys else as_arrow([], pa.string())

    def _own_keys(self, targets: list[FieldSpec]) -> list[pa.Array]:
        by_name = self.ctx.by_name
        if any(f not in by_name for f in self.ref_fields):
            raise self._fail(f"champ de référence absent ({', '.join(self.ref_fields)})")
        if self.ctx.layout is None:
            return []
        layout = dataclasses.replace(self.ctx.layout, blank_records=None)
        keys = []
        for chunk in BatchReader(layout, include=[by_name[f].number - 1 for f in self.ref_fields]):
            if len(chunk.recs):
                # the reference column typed as Frictionless types it: with its own field definition
                keys.append(_lookup_keys([check_field(by_name[rf].untyped(), combined(c)).keys
                                          for rf, c in zip(self.ref_fields, chunk.cols)]))
        return keys

    def _table(self) -> Any:
        table = self.foreign_tables.get(self.resource)
        if table is not None:
            return table
        candidate = Path(self.schemas_dir) / str(self.resource) if self.schemas_dir else None
        if candidate is None or not candidate.is_file():
            raise self._fail(f"table de référence « {self.resource} » introuvable")
        return candidate

    def _table_keys(self, table: Any, targets: list[FieldSpec]) -> pa.Array:
        if isinstance(table, pa.Table):
            names = table.column_names
        else:
            p = Path(table.path if isinstance(table, NormalizedTable) else table)
            table = pacsv.read_csv(p, convert_options=pacsv.ConvertOptions(
                strings_can_be_null=False, column_types={rf: pa.string() for rf in self.ref_fields}))
            names = table.column_names
        missing = next((rf for rf in self.ref_fields if rf not in names), None)
        if missing is not None:
            raise self._fail(f"champ « {missing} » absent de « {self.resource} »")
        raw = [table[rf].combine_chunks() for rf in self.ref_fields]
        raw = [c if pa.types.is_string(c.type) else pc.cast(c, pa.string()) for c in raw]
        return _lookup_keys([check_field(ts.untyped(), rc).keys for ts, rc in zip(targets, raw)])

    def batch(self, b: Batch) -> np.ndarray | None:
        typed = [b.keys(self.ctx.by_name[n]) for n in self.fields]
        found = as_numpy(pc.is_in(key_text(typed), value_set=self.lookup))
        bad = any_valid(typed) & ~found
        if not bad.any():
            return None
        field = self.fields[0] if len(self.fields) == 1 else None
        text = ForeignKeyError.describe(fields=", ".join(self.fields), resource=self.resource or "elle-même",
                                        ref_fields=", ".join(self.ref_fields))
        self.ctx.collector.rows(ForeignKeyError, bad, b.recs, Phase.FOREIGN_KEY, lambda i: (field, self.rule, text))
        return bad
