"""Step 4: validate a normalized table against its Table Schema — Frictionless v5 semantics, columnar.

A newcomer's map (each module says why it is the way it is):

* ``reader``      the header record (Python ``csv``, as Frictionless) and Arrow record batches, parsed
                  one block ahead on a thread, malformed rows re-parsed and merged in;
* ``spec``        the schema as the checks read it: one ``FieldSpec`` per column of the file;
* ``fields``      one column of a batch → typed values and error masks, built from ``parsers`` (types
                  and formats, ``dates``), ``constraints`` and Frictionless' own cell reader for the rest;
* the checks      units with ``start`` / ``batch`` / ``end`` (``check``): ``header``, ``cells`` (types and
                  formats, field constraints), ``rows`` (extra / missing cells, blank rows), ``uniqueness``
                  (``unique``, ``primaryKey``, over ``keys``), ``foreign`` (``foreignKeys``);
* ``errors``      one class per kind of error: code, French label, hint, message template;
* ``collector``   counts every error, keeps the first examples in Frictionless' order;
* ``sinks``       the typed Parquet file and the quarantine of invalid rows;
* ``settle``      the one place where a value may enter the report (detectors first).

Labels are compared without the spaces around them, as Frictionless reads them (``stringify_label``
strips each label); the report warns about it. Cells are not stripped (CSV Dialect ``skipInitialSpace``
defaults to false).

Deliberate differences from Frictionless v5 (documented in tests/test_validate_parity.py and in the
README's « Différences voulues avec Frictionless »):
* ``pattern`` is a full match of the whole pattern (``^(?:pattern)$``, as the spec says); Frictionless
  compiles ``^pattern$`` without a group, so ``a|b`` accepts ``abc``, and its ``$`` accepts a trailing
  newline. We report those cells.
* an integer that does not fit in 64 bits (valid for Frictionless, which uses Python ints) is reported as
  ``type-error`` with rule ``type=integer (int64)``: the published Parquet cannot hold it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from dqpub.core.errors import SourceError
from dqpub.validate.report import ValidationReport
from dqpub.table import NormalizedTable
from dqpub.table.types import ReadView
from dqpub.validate.arrow import combined
from dqpub.validate.cells import ConstraintCheck, TypeCheck
from dqpub.validate.check import Batch, Check, Context
from dqpub.validate.collector import Collector, row_error
from dqpub.validate.errors import EncodingError, ErrorKind, UnreadableSource
from dqpub.validate.errors import SourceError as EmptySource
from dqpub.validate.fields import check_columns
from dqpub.validate.foreign import foreign_key_checks
from dqpub.validate.header import HeaderCheck, expected_fields
from dqpub.validate.reader import (DEFAULT_BLOCK_SIZE, BatchReader, Chunk, Layout, blank_line_records,
                                   first_invalid_utf8_line, read_header)
from dqpub.validate.rows import BlankRowCheck, RowShapeCheck
from dqpub.validate.settle import settle
from dqpub.validate.sinks import ParquetSink, QuarantineSink
from dqpub.validate.spec import LazySchema, field_specs, primary_key
from dqpub.validate.uniqueness import PrimaryKeyCheck, UniqueCheck

__all__ = ["validate", "DEFAULT_BLOCK_SIZE"]


_LARGEST_BLOCK = 128 << 20  # records longer than this are refused as unreadable


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
    """Validate a normalized CSV against ``schema``; write the typed Parquet when valid.

    ``invalid_row_policy``: ``{"mode": "quarantine", "max_invalid_share": …, "quarantine_path": …}`` keeps
    the table publishable under a share of invalid rows, set aside in a private CSV. ``schemas_dir``: where
    a foreign key's ``reference.resource`` file lies (the caller's settings; not read here)."""
    started = time.monotonic()
    run = _Run(table, schema, dataset, out_parquet, max_examples, invalid_row_policy or {}, foreign_tables or {},
               block_size, schemas_dir)
    for seed in range(3):
        report, retry = run.once(seed)
        if not retry:
            break
    report.duration_s = round(time.monotonic() - started, 3)
    return report


@dataclass
class _Run:
    table: NormalizedTable | Path
    schema: dict
    dataset: str
    out_parquet: Path | None
    max_examples: int
    policy: dict  # invalid_row_policy ({} when none)
    foreign_tables: dict
    block_size: int
    schemas_dir: Path | None

    @property
    def quarantine(self) -> bool:
        return self.policy.get("mode") == "quarantine"

    def once(self, seed: int) -> tuple[ValidationReport, bool]:
        """One pass over the file; True when a hash collision asks for another seed."""
        path, report, view = self._open()
        lazy = LazySchema.of(self.schema, self.dataset)
        col = Collector(self.dataset, self.max_examples)
        if not isinstance(self.table, NormalizedTable):  # a file that did not go through the table step
            line = first_invalid_utf8_line(path)
            if line is not None:
                report.encoding = None
                return self._refused(report, col, EncodingError, EncodingError.describe(line=line)), False
        labels, offset = read_header(path, start=view.start, delimiter=view.delimiter, encoding=view.encoding)
        if labels is None:
            col.count(EmptySource.code, "", 1)
            col.add((0, 0, 0, 0), row_error(EmptySource, None, None, None, EmptySource.rule, EmptySource.describe()))
            return self._finish(report, col, 0, header_bad=False), False
        padded = [i for i, label in enumerate(labels, start=1) if label != label.strip()]
        if padded:  # Frictionless strips labels (helpers.stringify_label); so do we, and say so
            labels = [label.strip() for label in labels]
            report.warnings.append("espaces autour du nom de colonne ignorés (colonne(s) "
                                   + ", ".join(map(str, padded)) + ") : l'en-tête est comparé au schéma sans eux")
        report.header = list(labels)
        fields = list(self.schema.get("fields", []))
        pairs = expected_fields(labels, fields, self.schema.get("fieldsMatch", "exact")) if labels else [
            (f, f["name"]) for f in fields]
        specs = field_specs(pairs, self.schema, lazy)
        layout = None
        if labels:
            blank = None
            if any("" not in s.missing_values for s in specs):
                blank = blank_line_records(path, start=view.start, delimiter=view.delimiter, encoding=view.encoding)
            layout = Layout(path, offset, len(labels), self.block_size, blank, view.delimiter, view.encoding)
        ctx = Context(self.dataset, specs, col, layout, seed)
        header, checks = self._checks(labels, ctx)
        for check in checks:
            check.start(ctx)
        report.drift = header.drift
        header_bad = col.total > 0
        parquet = ParquetSink(self.out_parquet, fields, ctx.by_name, enabled=not header_bad) \
            if self.out_parquet is not None else None
        try:
            rows = self._read(ctx, checks, report, parquet)
        except pa.ArrowInvalid:  # its message may quote a row: not kept
            if parquet is not None:
                parquet.discard()
            if self.block_size < _LARGEST_BLOCK:  # a record longer than a block (a 10 MB cell): larger blocks
                self.block_size = min(self.block_size * 8, _LARGEST_BLOCK)
                return self.once(seed)
            return self._refused(report, col, UnreadableSource, UnreadableSource.describe()), False
        if not all([check.end() for check in checks]) and seed < 2:  # every check confirms its duplicates
            if parquet is not None:
                parquet.discard()
            return report, True
        report = self._finish(report, col, rows, header_bad=header_bad, schema_names=[f["name"] for f in fields])
        if parquet is not None:
            parquet.commit(report.valid)
        return report, False

    def _open(self) -> tuple[Path, ValidationReport, ReadView]:
        t = self.table
        # a table read as it is (CRLF, BOM, « ; », cp1252): the source itself, never rewritten for us
        view = t.view() if isinstance(t, NormalizedTable) else ReadView(Path(t), 0, ",", "utf-8", Path(t).name)
        path = view.path
        encoding, delimiter = (t.encoding, t.delimiter) if isinstance(t, NormalizedTable) else ("utf-8", ",")
        if not path.is_file():
            raise SourceError(f"table normalisée introuvable : {path}", dataset=self.dataset)
        report = ValidationReport(dataset=self.dataset, valid=False, rows=0, fields=len(self.schema.get("fields", [])),
                                  errors=[], counts={}, error_count=0, encoding=encoding, delimiter=delimiter,
                                  source=view.name, policy=dict(self.policy) if self.policy else None)
        if isinstance(t, NormalizedTable) and t.repaired_cells:
            report.warnings.append(f"texte doublement encodé réparé (source.reparer_encodage) dans "
                                   f"{t.repaired_cells} cellule(s)")
        if isinstance(t, NormalizedTable) and t.row_offset:
            report.warnings.append(f"l'en-tête est à la ligne {t.row_offset + 1} de la source : ajoutez "
                                   f"{t.row_offset} aux numéros de ligne pour retrouver la ligne source")
        return path, report, view

    def _checks(self, labels: list[str], ctx: Context) -> tuple[HeaderCheck, list[Check]]:
        """The checks, in Frictionless' order of a row's errors."""
        pk = primary_key(self.schema)
        header = HeaderCheck(labels, self.schema, pk)
        checks: list[Check] = [header]
        for spec in ctx.specs:
            checks += [TypeCheck(spec), ConstraintCheck(spec)]
        checks += [RowShapeCheck(), BlankRowCheck()]
        checks += [UniqueCheck(s) for s in ctx.specs if s.in_schema and s.constraints.get("unique")]
        if pk and set(pk).issubset(ctx.by_name):
            checks.append(PrimaryKeyCheck(pk))
        checks += foreign_key_checks(self.schema, ctx.specs, self.foreign_tables, self.schemas_dir)
        return header, checks

    def _read(self, ctx: Context, checks: list[Check], report: ValidationReport, parquet: ParquetSink | None) -> int:
        """The main loop: each batch typed once, through every check, into the sinks."""
        qpath = self.policy.get("quarantine_path") if self.quarantine else None
        quarantine = QuarantineSink(qpath, report.header) if qpath else None
        rows = 0
        try:
            for chunk in BatchReader(ctx.layout) if ctx.layout is not None else ():
                if not len(chunk.recs):
                    continue
                rows += len(chunk.recs)
                b = _batch(chunk, ctx)
                row_bad = np.zeros(len(b.recs), bool)
                for check in checks:
                    bad = check.batch(b)
                    if bad is not None:
                        row_bad |= bad
                nbad = int(np.count_nonzero(row_bad))
                report.invalid_rows += nbad
                if parquet is not None:
                    parquet.enabled &= not (nbad and not self.quarantine)
                    parquet.write(b, row_bad)
                if quarantine is not None:
                    quarantine.write(b, row_bad, nbad)
        finally:
            if parquet is not None:
                parquet.close()
            if quarantine is not None:
                quarantine.close()
                report.quarantined = quarantine.rows
        return rows

    def _refused(self, report: ValidationReport, col: Collector, kind: type[ErrorKind], desc: str) -> ValidationReport:
        """A report with one file-level error and no rows."""
        col.count(kind.code, "", 1)
        col.add((0, 0, 0, 0), row_error(kind, None, None, None, kind.rule, desc))
        return self._finish(report, col, 0, header_bad=True)

    def _finish(self, report: ValidationReport, col: Collector, rows: int, *, header_bad: bool,
                schema_names: list[str] | None = None) -> ValidationReport:
        """Counts and examples into the report, values settled, the verdict under the policy."""
        report.rows = rows
        report.counts = col.counts
        report.error_count = col.total
        report.errors = col.final()
        settle(report, schema_names or [])
        if self.quarantine and not header_bad and col.total:
            share = (report.invalid_rows / rows) if rows else 1.0
            limit = float(self.policy.get("max_invalid_share", 0.01))
            report.valid = share <= limit
            if not report.valid:
                report.warnings.append(f"part de lignes invalides {share:.2%} au-delà du seuil permis de "
                                       f"{limit:.2%} : le jeu n'est pas publiable")
        else:
            report.valid = col.total == 0
            report.quarantined = 0
        return report


def _batch(chunk: Chunk, ctx: Context) -> Batch:
    """A chunk with every column checked once (types, formats, constraints) and its blank rows."""
    raws = [combined(c) for c in chunk.cols[: len(ctx.specs)]]
    results = check_columns(ctx.specs, raws)
    blank = np.ones(len(chunk.recs), bool)
    for r in results:
        blank &= r.missing
    if not ctx.specs:
        blank = np.zeros(len(chunk.recs), bool)
    return Batch(chunk.recs, raws, chunk.ncells, results, blank)
