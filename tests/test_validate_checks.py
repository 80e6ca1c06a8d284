"""The validation checks one at a time (start / batch / end), outside ``validate``: each is fed
batches built by hand and must report exactly what Frictionless would for them."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from dqpub.validate import errors, keys
from dqpub.validate.cells import ConstraintCheck, TypeCheck
from dqpub.validate.check import Batch, Context
from dqpub.validate.collector import Collector
from dqpub.validate.fields import check_columns
from dqpub.validate.header import HeaderCheck, expected_fields
from dqpub.validate.reader import Layout, read_header
from dqpub.validate.rows import BlankRowCheck, RowShapeCheck
from dqpub.validate.spec import LazySchema, field_specs
from dqpub.validate.uniqueness import PrimaryKeyCheck, UniqueCheck

PUB = {"privacy": {"category": "public"}}
SCHEMA = {"fields": [{"name": "code", "type": "string", "constraints": {"unique": True}, **PUB},
                     {"name": "n", "type": "integer", "constraints": {"maximum": 10}, **PUB}]}


def context(schema: dict = SCHEMA, labels: list[str] | None = None, layout: Layout | None = None,
            max_examples: int = 100) -> Context:
    labels = labels or [f["name"] for f in schema["fields"]]
    specs = field_specs(expected_fields(labels, schema["fields"], "exact"), schema, LazySchema.of(schema, "t"))
    return Context("t", specs, Collector("t", max_examples), layout)


def batch(ctx: Context, rows: list[list[str | None]], first_record: int = 2,
          ncells: list[int] | None = None) -> Batch:
    raws = [pa.array([r[i] for r in rows], pa.string()) for i in range(len(ctx.specs))]
    results = check_columns(ctx.specs, raws)
    blank = np.ones(len(rows), bool)
    for r in results:
        blank &= r.missing
    recs = np.arange(first_record, first_record + len(rows), dtype=np.int64)
    return Batch(recs, raws, None if ncells is None else np.array(ncells, np.int64), results, blank)


def found(ctx: Context) -> list[tuple[str, int | None, int | None]]:
    return [(e.code, e.row, e.field_number) for e in ctx.collector.final()]


def test_unique_check_finds_duplicates_within_and_across_batches():
    ctx = context()
    check = UniqueCheck(ctx.by_name["code"])
    check.start(ctx)
    first = check.batch(batch(ctx, [["a", "1"], ["b", "2"], ["a", "3"], ["", "4"]]))
    second = check.batch(batch(ctx, [["c", "5"], ["b", "6"], ["", "7"]], first_record=6))
    assert first is not None and first.tolist() == [False, False, True, False]  # missing values never repeat
    assert second is not None and second.tolist() == [False, True, False]
    assert found(ctx) == [("unique-error", 4, 1), ("unique-error", 7, 1)]
    assert ctx.collector.counts == {"unique-error": {"code": 2}}
    # string keys go through a 64-bit hash: the duplicates are confirmed on the values at the end
    assert check.keys.needs_confirmation


def test_unique_check_end_confirms_on_the_values_and_catches_a_collision(tmp_path, monkeypatch):
    path = tmp_path / "t.csv"
    path.write_text("code,n\na,1\nb,2\nc,3\n", encoding="utf-8")
    labels, offset = read_header(path)
    assert labels is not None

    def run() -> tuple[np.ndarray | None, bool]:
        ctx = context(labels=labels, layout=Layout(path, offset, len(labels)))
        check = UniqueCheck(ctx.by_name["code"])
        check.start(ctx)
        dup = check.batch(batch(ctx, [["a", "1"], ["b", "2"], ["c", "3"]]))
        return dup, check.end()

    assert run() == (None, True)  # distinct values: nothing to confirm
    real = keys.key_hash
    monkeypatch.setattr(keys, "key_hash", lambda cols, seed: (np.zeros_like(real(cols, seed)[0]), False))
    dup, confirmed = run()
    assert dup is not None and dup.tolist() == [False, True, True]  # every hash collides …
    assert confirmed is False  # … and the second pass on the values says so: the engine reruns


def test_primary_key_check_reports_blank_and_repeated_keys():
    schema = {"fields": SCHEMA["fields"], "primaryKey": ["code", "n"]}
    ctx = context(schema)
    check = PrimaryKeyCheck(["code", "n"])
    check.start(ctx)
    bad = check.batch(batch(ctx, [["a", "1"], ["", ""], ["a", "1"], ["a", "2"]]))
    assert bad is not None and bad.tolist() == [False, True, True, False]
    errs = ctx.collector.final()
    assert [(e.code, e.row, e.rule) for e in errs] == [("primary-key", 3, "primaryKey=code,n"),
                                                        ("primary-key", 4, "primaryKey=code,n")]
    assert "vide" in errs[0].description and "en double" in errs[1].description
    assert check.keys.needs_confirmation  # a two-column key is hashed: end() confirms on the values


def test_row_shape_check_counts_every_extra_and_missing_cell():
    ctx = context()
    check = RowShapeCheck()
    check.start(ctx)
    assert check.batch(batch(ctx, [["a", "1"]])) is None  # no malformed row in the batch: nothing to do
    bad = check.batch(batch(ctx, [["a", "1"], ["b", "2"], ["c", None]], ncells=[2, 4, 1]))
    assert bad is not None and bad.tolist() == [False, True, True]
    assert found(ctx) == [("extra-cell", 3, 3), ("extra-cell", 3, 4), ("missing-cell", 4, 2)]
    assert ctx.collector.counts == {"extra-cell": {"": 2}, "missing-cell": {"": 1}}
    missing = ctx.collector.final()[-1]
    assert missing.field == "n" and missing.description == errors.MissingCell.describe(cells=1, expected=2)


def test_type_and_constraint_checks_report_cells_of_non_blank_rows():
    schema = {"fields": [{**SCHEMA["fields"][0], "constraints": {"required": True}}, SCHEMA["fields"][1]]}
    ctx = context(schema)
    types, constraints = TypeCheck(ctx.by_name["n"]), ConstraintCheck(ctx.by_name["n"])
    required = ConstraintCheck(ctx.by_name["code"])
    blank = BlankRowCheck()
    for check in (types, constraints, required, blank):
        check.start(ctx)
    b = batch(ctx, [["a", "11"], ["b", "x"], ["c", "7"], ["", ""], ["", "9"]])
    assert types.batch(b).tolist() == [False, True, False, False, False]
    assert constraints.batch(b).tolist() == [True, False, False, False, False]  # "x": a type error only
    # the blank row is reported once, as blank-row, not as a missing required value
    assert required.batch(b).tolist() == [False, False, False, False, True]
    assert blank.batch(b).tolist() == [False, False, False, True, False]
    assert found(ctx) == [("constraint-error", 2, 2), ("type-error", 3, 2), ("blank-row", 5, None),
                          ("constraint-error", 6, 1)]
    assert [e.rule for e in ctx.collector.final()] == ["maximum=10", "type=integer", "structure", "required"]


def test_header_check_reports_at_start():
    ctx = context(labels=["code", "nombre"])
    header = HeaderCheck(["code", "nombre"], SCHEMA, [])
    header.start(ctx)
    assert found(ctx) == [("incorrect-label", None, 2)]
    assert header.drift == [{"kind": "renamed", "position": 2, "schema": "n", "file": "nombre"}]


@pytest.mark.parametrize("kind", errors.KINDS)
def test_every_error_kind_is_labelled_for_the_report(kind):
    from dqpub.validate import report

    assert kind.code in report.LABELS or kind is errors.UnmatchedHeader
    assert (kind.hint is None) == (kind.code not in report.HINTS)
    assert "{" not in kind.label if kind.label else True
