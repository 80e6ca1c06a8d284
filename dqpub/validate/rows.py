"""Row-level checks: rows with too many or too few cells, blank rows."""

from __future__ import annotations

import numpy as np

from dqpub.validate.check import Batch, Check
from dqpub.validate.collector import Phase, ordered, row_error
from dqpub.validate.errors import BlankRow, ExtraCell, MissingCell


class RowShapeCheck(Check):
    """extra-cell / missing-cell: one error per cell too many or missing (as Frictionless)."""

    def batch(self, b: Batch) -> np.ndarray | None:
        if b.ncells is None:
            return None
        nexp = len(self.ctx.specs)
        nc = b.ncells
        for i in ordered(np.flatnonzero((nc > nexp) & b.live), b.recs):
            self._report(ExtraCell, int(b.recs[i]), range(nexp + 1, int(nc[i]) + 1), int(nc[i]), Phase.EXTRA_CELL)
        for i in ordered(np.flatnonzero((nc < nexp) & b.live), b.recs):
            self._report(MissingCell, int(b.recs[i]), range(int(nc[i]) + 1, nexp + 1), int(nc[i]),
                         Phase.MISSING_CELL)
        return (nc != nexp) & b.live

    def _report(self, kind: type[ExtraCell] | type[MissingCell], rec: int, numbers: range, cells: int,
                phase: Phase) -> None:
        col = self.ctx.collector
        nexp = len(self.ctx.specs)
        for fn in numbers:
            col.count(kind.code, "", 1)
            key = (rec, int(phase), fn, 0)
            if col.want(key):
                field = self.ctx.specs[fn - 1].name if kind is MissingCell else None
                col.add(key, row_error(kind, rec, field, fn, kind.rule, kind.describe(cells=cells, expected=nexp)))


class BlankRowCheck(Check):
    """blank-row: every cell of the row is missing."""

    def batch(self, b: Batch) -> np.ndarray | None:
        if not b.blank.any():
            return None
        self.ctx.collector.rows(BlankRow, b.blank, b.recs, Phase.BLANK_ROW,
                                lambda i: (None, BlankRow.rule, BlankRow.describe()))
        return b.blank
