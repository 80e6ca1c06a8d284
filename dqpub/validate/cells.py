"""The cell checks of one column: types and formats, then field constraints.

Both read the same pass over the column (``fields.check_field``: the vectorized constraints read the
values the fast parsers typed, and Frictionless' cell reader decides the rest of both at once). The
engine runs them column by column — a column's type check, then its constraint check, then the next
column's — because that is Frictionless' order of a row's errors (and the order of the report's counts).
"""

from __future__ import annotations

import numpy as np

from dqpub.core.errors import ValidationFailed
from dqpub.validate.check import Batch, Check, Context
from dqpub.validate.collector import Phase
from dqpub.validate.constraints import BOUND_NAMES, compiled
from dqpub.validate.errors import ConstraintError, IntegerOverflow, TypeError_
from dqpub.validate.spec import FieldSpec


class TypeCheck(Check):
    """type-error for a column's cells that are not of its type or format (int64 overflows included),
    in non-blank rows."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec

    def batch(self, b: Batch) -> np.ndarray:
        r = b.results[self.spec.number - 1]
        raw, live, col = b.raw[self.spec.number - 1], b.live, self.ctx.collector
        te = r.type_err & live
        if r.overflow is None:
            col.cells(TypeError_, self.spec, te, b.recs, raw, Phase.CELL, 1)
            return te
        ov = r.overflow & live
        col.cells(IntegerOverflow, self.spec, ov, b.recs, raw, Phase.CELL, 0)
        col.cells(TypeError_, self.spec, te, b.recs, raw, Phase.CELL, 1)
        return te | ov


class ConstraintCheck(Check):
    """constraint-error for a column's typed cells that break a constraint (required, lengths, pattern,
    bounds, enum), in non-blank rows, in Frictionless' order of the constraints."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec

    def start(self, ctx: Context) -> None:
        """A bound the field's own type and format cannot read is a schema error, said once: the spec wants
        constraint values « castable with the type and format rules of the field » (not a type error on
        every cell, nor Frictionless' crash on the first one)."""
        super().start(ctx)
        s = self.spec
        if any(k in s.constraints for k in BOUND_NAMES) and compiled(s).unreadable:
            fmt = f" au format « {s.format} »" if s.format not in ("default", "") else ""
            raise ValidationFailed(f"schéma invalide : la contrainte « {compiled(s).unreadable[0]} » ne se lit pas "
                                   f"comme une valeur de type {s.type}{fmt}", dataset=ctx.dataset, column=s.name,
                                   rule="schéma")

    def batch(self, b: Batch) -> np.ndarray | None:
        r = b.results[self.spec.number - 1]
        if not r.cons_err:
            return None
        raw, col = b.raw[self.spec.number - 1], self.ctx.collector
        ok = b.live & ~r.type_err
        bad = np.zeros(len(b.recs), bool)
        for rank, name in enumerate(ConstraintError.order, start=2):
            if name in r.cons_err:
                m = r.cons_err[name] & ok
                col.cells(ConstraintError, self.spec, m, b.recs, raw, Phase.CELL, rank, name)
                bad |= m
        return bad
