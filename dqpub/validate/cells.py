"""The cells check: types and formats, then field constraints, per column.

Both come from one pass over each column (``fields.check_field``: the vectorized constraints read the
values the fast parsers typed, and Frictionless' cell reader decides the rest of both at once). They
are reported together because Frictionless orders a row's errors column by column: a cell's type
error, then its constraint errors, then the next column's (the report's counts keep that order).
"""

from __future__ import annotations

import numpy as np

from dqpub.validate.check import Batch, Check
from dqpub.validate.collector import Phase
from dqpub.validate.errors import ConstraintError, IntegerOverflow, TypeError_


class CellsCheck(Check):
    """type-error (int64 overflow included) and constraint-error, for every cell of a non-blank row."""

    def batch(self, b: Batch) -> np.ndarray:
        col = self.ctx.collector
        live = b.live
        bad = np.zeros(len(b.recs), bool)
        for spec, r, raw in zip(self.ctx.specs, b.results, b.raw):
            if r.overflow is not None:
                ov = r.overflow & live
                col.cells(IntegerOverflow, spec, ov, b.recs, raw, Phase.CELL, 0)
                bad |= ov
            te = r.type_err & live
            col.cells(TypeError_, spec, te, b.recs, raw, Phase.CELL, 1)
            bad |= te
            for rank, name in enumerate(ConstraintError.order, start=2):
                if name in r.cons_err:
                    m = r.cons_err[name] & live & ~r.type_err
                    col.cells(ConstraintError, spec, m, b.recs, raw, Phase.CELL, rank, name)
                    bad |= m
        return bad
