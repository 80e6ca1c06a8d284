"""``unique`` fields and the ``primaryKey``: duplicates across the whole file, 8 bytes per row and key."""

from __future__ import annotations

import numpy as np

from dqpub.validate.check import Batch, Check, Context
from dqpub.validate.collector import Phase
from dqpub.validate.errors import PrimaryKeyError, UniqueError
from dqpub.validate.keys import KeySet, any_valid
from dqpub.validate.spec import FieldSpec


class UniqueCheck(Check):
    """unique-error: a value already seen in the column (missing values never repeat)."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec

    def start(self, ctx: Context) -> None:
        super().start(ctx)
        self.keys = KeySet([self.spec.name], ctx.seed)

    def batch(self, b: Batch) -> np.ndarray | None:
        typed = b.keys(self.spec)
        dup = self.keys.duplicates([typed], any_valid([typed]), b.recs)
        if not dup.any():
            return None
        self.ctx.collector.cells(UniqueError, self.spec, dup, b.recs, b.raw[self.spec.number - 1], Phase.UNIQUE, 0)
        return dup

    def end(self) -> bool:
        return not self.keys.needs_confirmation or self.keys.confirm(self.ctx.reread(self.keys.names))


class PrimaryKeyCheck(Check):
    """primary-key: a key whose columns are all empty, or already seen."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.rule = f"primaryKey={','.join(names)}"

    def start(self, ctx: Context) -> None:
        super().start(ctx)
        self.keys = KeySet(self.names, ctx.seed)

    def batch(self, b: Batch) -> np.ndarray | None:
        typed = [b.keys(self.ctx.by_name[n]) for n in self.names]
        valid_any = any_valid(typed)
        allnone = ~valid_any
        bad = allnone | self.keys.duplicates(typed, valid_any, b.recs)
        if not bad.any():
            return None
        fields = ", ".join(self.names)

        def describe(i: int) -> tuple[None, str, str]:
            template = PrimaryKeyError.blank if allnone[i] else PrimaryKeyError.template
            return None, self.rule, template.format(fields=fields)

        self.ctx.collector.rows(PrimaryKeyError, bad, b.recs, Phase.PRIMARY_KEY, describe)
        return bad

    def end(self) -> bool:
        return not self.keys.needs_confirmation or self.keys.confirm(self.ctx.reread(self.names))
