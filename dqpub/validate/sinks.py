"""Where valid and invalid rows go: the typed Parquet file, and the private quarantine CSV."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import IO, Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from dqpub.core.parquet import scratch_writer
from dqpub.validate.arrow import as_arrow
from dqpub.validate.check import Batch
from dqpub.validate.collector import ordered
from dqpub.validate.spec import ARROW_TYPES, FieldSpec


def _arrow_schema(fields: list[dict]) -> pa.Schema:
    """The published Parquet's schema: the schema's fields, in its order, titles and types as metadata."""
    arrow_fields = []
    for f in fields:
        meta = {k: str(f[k]) for k in ("title", "description") if f.get(k)}
        if f.get("type"):
            meta["type"] = f["type"]
        arrow_fields.append(pa.field(f["name"], ARROW_TYPES.get(f.get("type", "string"), pa.string()),
                                     metadata=meta or None))
    return pa.schema(arrow_fields)


class ParquetSink:
    """The typed Parquet the pipeline publishes, written batch by batch under a temporary name while
    every row so far is valid (or quarantined); moved into place only if the report is valid."""

    def __init__(self, out: Path, fields: list[dict], by_name: dict[str, FieldSpec], enabled: bool) -> None:
        self.out = Path(out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.out.with_name(self.out.name + ".partiel")
        self.schema = _arrow_schema(fields)
        self.columns = [(f["name"], by_name.get(f["name"])) for f in fields]
        self.enabled = enabled  # False from the first row that makes the table unpublishable
        self.writer: pq.ParquetWriter | None = None

    def write(self, b: Batch, row_bad: np.ndarray) -> None:
        """The batch's valid rows (the invalid ones are quarantined, or the sink is disabled)."""
        if not self.enabled:
            return
        if self.writer is None:
            self.writer = scratch_writer(self.tmp, self.schema)
        keep = as_arrow(~row_bad)
        n = len(b.recs)
        arrays = [pa.nulls(n, self.schema.field(name).type).filter(keep) if s is None else b.typed(s).filter(keep)
                  for name, s in self.columns]
        self.writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=self.schema))

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)

    def commit(self, valid: bool) -> None:
        """Into place when the report is valid (an empty table is a valid empty file)."""
        if not self.enabled:
            return
        if self.writer is None:
            scratch_writer(self.tmp, self.schema).close()
        if valid:
            os.replace(self.tmp, self.out)
        else:
            self.discard()


class QuarantineSink:
    """Invalid rows, as read, with their record number: a private CSV (``invalid_row_policy``)."""

    def __init__(self, path: Path, labels: list[str]) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.file: IO[str] = open(path, "w", encoding="utf-8", newline="")
        self.writer: Any = csv.writer(self.file, lineterminator="\n")
        self.writer.writerow(["ligne"] + list(labels))
        self.rows = 0

    def write(self, b: Batch, row_bad: np.ndarray, nbad: int) -> None:
        if not nbad:
            return
        idx = ordered(np.flatnonzero(row_bad), b.recs)
        take = as_arrow(idx)
        cols = [c.take(take).to_pylist() for c in b.raw]
        for j, i in enumerate(idx):
            self.writer.writerow([int(b.recs[i])] + [("" if c[j] is None else c[j]) for c in cols])
        self.rows += nbad

    def close(self) -> None:
        self.file.close()
