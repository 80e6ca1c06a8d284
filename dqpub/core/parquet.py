"""The pipeline's scratch Parquet files (validated table, anonymized table): written once, read once or
twice in the same run, then deleted."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def scratch_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    """A writer without dictionary encoding: it is a third of the write time of a million-row table
    (measured 0.70 → 0.49 s) and buys only disk space in a file that lives for one run."""
    return pq.ParquetWriter(path, schema, use_dictionary=False)
