"""Step 3: decode a raw source file (CSV in any encoding/delimiter, or XLSX) into a normalized CSV.

The normalized CSV is UTF-8 without BOM, comma-separated, ``"``-quoted when needed, ``\\n``-terminated,
with the header on line 1 and every cell as text. It is written in a streaming way (constant memory)
and keeps the source's row structure: a record with too many or too few cells stays so, a blank line
stays a blank line, so that row N of the normalized file is record N of the source and validation
reports the source's row numbers (header = row 1). Nothing is interpreted here: a value starting with
``=``, ``+``, ``-`` or ``@`` (spreadsheet formula injection) is kept as data and reported later.

Errors are ``SourceError``s naming the dataset and the line; they never quote the line's content.

XLSX: the chosen sheet is read with openpyxl in read-only mode; formulas give their cached value;
dates become ``YYYY-MM-DD`` (or ``YYYY-MM-DDTHH:MM:SS`` when the time is not midnight), integral
numbers lose their ``.0``; empty rows inside the data are kept as blank rows, trailing ones dropped.
A sheet with merged cells is refused (``SourceError``): a merge leaves the value in one cell only and
silently empties the others, which cannot be told apart from real missing values.
"""

from __future__ import annotations

from pathlib import Path

from dqpub.core.errors import SourceError
from dqpub.table.delimited import normalize_csv
from dqpub.table.types import Dialect, NormalizedTable
from dqpub.table.workbook import normalize_xlsx

__all__ = ["Dialect", "NormalizedTable", "normalize"]


def normalize(raw_path: Path, fmt: str, dialect: Dialect, out_path: Path, *, dataset: str) -> NormalizedTable:
    """Decode ``raw_path`` (``fmt`` = "csv" or "xlsx") into the normalized CSV ``out_path``."""
    raw_path, out_path = Path(raw_path), Path(out_path)
    if dialect.header_row < 1:
        raise SourceError("source.ligne_entete doit valoir 1 ou plus", dataset=dataset, rule="source.ligne_entete")
    fmt = (fmt or "csv").lower()
    if out_path.exists() and out_path.resolve() != raw_path.resolve():
        out_path.unlink()  # may be a hard link to an earlier source read in place: never write through it
    if fmt in ("xlsx", "xlsm"):
        return normalize_xlsx(raw_path, dialect, out_path, dataset)
    if fmt in ("csv", "tsv", "txt"):
        return normalize_csv(raw_path, dialect, out_path, dataset)
    raise SourceError(f"format de source non pris en charge : {fmt}", dataset=dataset, rule="source.format")
