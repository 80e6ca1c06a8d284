"""What a check is: a unit with ``start`` / ``batch`` / ``end`` over Arrow record batches (as
Frictionless' checks, batched).

The engine (``dqpub.validate``) reads a batch, types every column once (``fields.check_columns``) and
hands the same ``Batch`` to each check in turn, in Frictionless' order within a row. A check reports
through the ``Collector`` and returns the rows it found invalid; ``end`` returns False when its verdict
cannot stand (a hash collision: the engine reruns with another seed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

import numpy as np
import pyarrow as pa

from dqpub.validate.arrow import combined
from dqpub.validate.collector import Collector
from dqpub.validate.fields import FieldResult, check_field
from dqpub.validate.reader import BatchReader, Layout
from dqpub.validate.spec import FieldSpec


@dataclass
class Context:
    """What the checks share for one validation."""

    dataset: str
    specs: list[FieldSpec]  # one per column of the file
    collector: Collector
    layout: Layout | None  # None when there are no data rows to read (blank header)
    seed: int = 0  # hash seed of the key checks
    by_name: dict[str, FieldSpec] = field(init=False)

    def __post_init__(self) -> None:
        self.by_name = {s.name: s for s in self.specs if s.in_schema}

    def reread(self, names: list[str]) -> Iterator[tuple[np.ndarray, list[pa.Array]]]:
        """A second pass over some columns only: (record numbers, key columns) per batch."""
        if self.layout is None:
            return
        cols = [self.by_name[n].number - 1 for n in names]
        for chunk in BatchReader(self.layout, include=cols):
            if len(chunk.recs):
                yield chunk.recs, [check_field(self.by_name[n], combined(c)).keys for n, c in zip(names, chunk.cols)]


@dataclass
class Batch:
    """Rows as read (raw strings), their record numbers, and every column checked."""

    recs: np.ndarray
    raw: list[pa.Array]
    ncells: np.ndarray | None  # cells per row, when some rows were malformed
    results: list[FieldResult]  # one per column
    blank: np.ndarray  # rows with every cell missing

    @property
    def live(self) -> np.ndarray:
        return ~self.blank

    def typed(self, spec: FieldSpec) -> pa.Array:
        return self.results[spec.number - 1].typed

    def keys(self, spec: FieldSpec) -> pa.Array:
        """The column's values as keys compare them (``FieldResult.keys``)."""
        return self.results[spec.number - 1].keys


class Check:
    """A unit of validation. Subclasses override what they need."""

    ctx: Context

    def start(self, ctx: Context) -> None:
        """Once, before the first batch (header checks report here)."""
        self.ctx = ctx

    def batch(self, b: Batch) -> np.ndarray | None:
        """Report the batch's errors; return the rows found invalid (None: none)."""
        return None

    def end(self) -> bool:
        """After the last batch: False when the verdict cannot stand (rerun with another hash seed)."""
        return True
