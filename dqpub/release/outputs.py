"""Render what reusers download from an anonymized table: CSV (Données Québec's rules), typed
Parquet, a French data dictionary and per-field summary statistics. Pure functions over Arrow.

The rows come as a table in memory or as a Parquet file (the anonymized file of the pipeline); either
is read in batches of :data:`CSV_BATCH_ROWS` rows, so no renderer holds more than a batch of rows
(statistics keep per-column accumulators, see :func:`statistics_rows`)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterator, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from dqpub.core.schema import Schema, fields, privacy_category

TYPE_FR = {
    "string": "texte", "integer": "entier", "number": "nombre décimal", "boolean": "booléen",
    "date": "date (AAAA-MM-JJ)", "datetime": "date et heure (ISO 8601)", "time": "heure",
    "year": "année", "yearmonth": "année-mois (AAAA-MM)", "geopoint": "point géographique",
    "duration": "durée (ISO 8601)", "object": "objet JSON", "array": "liste JSON", "any": "valeur",
}
# Spreadsheets execute a cell that starts with one of these (CSV/formula injection, OWASP).
FORMULA_START = r"^[=+@\t\r]|^-[^0-9.]"


def neutralize_formulas(col: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """Prefix text cells that a spreadsheet would run as a formula with an apostrophe.

    The cells are picked from their first two bytes, read straight from Arrow's buffers (numpy):
    the same cells as ``FORMULA_START`` would match, without running a regular expression on every
    cell; a column with no risky cell is returned as it is (no copy).
    """
    chunks = col.chunks if isinstance(col, pa.ChunkedArray) else [col]
    masks = [_formula_mask(c) for c in chunks]
    if not any(m.any() for m in masks):
        return col
    risky = pa.chunked_array([pa.array(m) for m in masks], pa.bool_())
    if not isinstance(col, pa.ChunkedArray):
        risky = risky.combine_chunks()
    return pc.if_else(risky, pc.binary_join_element_wise(pa.scalar("'"), col, ""), col)


_FIRST_RISKY = np.zeros(256, bool)
_FIRST_RISKY[[ord(c) for c in "=+@\t\r"]] = True
_SAFE_AFTER_MINUS = np.zeros(256, bool)
_SAFE_AFTER_MINUS[[ord(c) for c in "0123456789."]] = True


def _formula_mask(arr: pa.Array) -> np.ndarray:
    """``FORMULA_START`` (``^[=+@\\t\\r]|^-[^0-9.]``) per cell, from the bytes; null cells: False."""
    n = len(arr)
    if n == 0 or arr.null_count == n:
        return np.zeros(n, bool)
    width = np.int64 if pa.types.is_large_string(arr.type) else np.int32
    _, off_buf, data_buf = arr.buffers()
    offsets = np.frombuffer(off_buf, width, n + 1, arr.offset * np.dtype(width).itemsize).astype(np.int64)
    data = np.frombuffer(data_buf, np.uint8) if data_buf is not None else np.zeros(0, np.uint8)
    starts, lengths = offsets[:-1], offsets[1:] - offsets[:-1]
    first = np.zeros(n, np.uint8)
    some = lengths > 0
    first[some] = data[starts[some]]
    mask = _FIRST_RISKY[first]
    minus = (first == ord("-")) & (lengths > 1)
    if minus.any():
        mask[minus] = ~_SAFE_AFTER_MINUS[data[starts[minus] + 1]]
    if arr.null_count:
        mask &= np.asarray(arr.is_valid())
    return mask


def _csv_ready(table: pa.Table | pa.RecordBatch) -> pa.Table:
    """ISO 8601 text for temporal columns so the CSV never depends on Arrow's formatting, and no
    text cell a spreadsheet would execute (Données Québec's reusers open CSV files in Excel).

    Vectorized casts rather than ``strftime`` (20–30× slower in Arrow): a date cast to text is
    already ``YYYY-MM-DD``; a naive timestamp in whole seconds is ``YYYY-MM-DD HH:MM:SS``, whose one
    space becomes the ``T``. Time-zone-aware timestamps keep ``strftime`` (local time of their zone).
    """
    cols = []
    for col in table.columns:
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            cols.append(neutralize_formulas(col))
            continue
        if pa.types.is_timestamp(col.type):  # whole seconds: Arrow's %S prints fractions otherwise
            seconds = col.cast(pa.timestamp("s", tz=col.type.tz), safe=False)
            if col.type.tz is None:
                cols.append(pc.replace_substring(seconds.cast(pa.string()), " ", "T", max_replacements=1))
            else:
                cols.append(pc.strftime(seconds, format="%Y-%m-%dT%H:%M:%S"))
        elif pa.types.is_date(col.type):
            cols.append(col.cast(pa.date32()).cast(pa.string()))
        elif pa.types.is_boolean(col.type):
            cols.append(pc.if_else(col, "true", "false"))
        else:
            cols.append(col)
    return pa.table(cols, names=table.column_names)


def csv_cells(batch: pa.Table | pa.RecordBatch) -> pa.Table:
    """The cells as the published CSV writes them (the GeoJSON's properties are these texts)."""
    return _csv_ready(batch)


# What :func:`_csv_ready` and Arrow's CSV writer make of each type: booleans ``true``/``false``,
# numbers with a '.' and no grouping, ISO 8601 dates, times and date-times. A source's own text
# forms (``trueValues``, ``decimalChar``, a date ``format``…) describe the source, not the CSV.
_CSV_FORMS = {
    "boolean": ("trueValues", "falseValues"),
    "number": ("decimalChar", "groupChar", "bareNumber"),
    "integer": ("groupChar", "bareNumber"),
    "date": ("format",), "datetime": ("format",), "time": ("format",),
}


def csv_field(f: dict[str, Any]) -> dict[str, Any]:
    """The declaration of field ``f`` as the published CSV writes it (see :data:`_CSV_FORMS`)."""
    drop = _CSV_FORMS.get(str(f.get("type") or "string"), ())
    return {k: v for k, v in f.items() if k not in drop}


# Arrow types that hold each Table Schema type in the Parquet file (the first one when the rows'
# own type is none of them); ``any`` takes the rows' type.
ARROW_TYPES: dict[str, tuple[pa.DataType, ...]] = {
    "string": (pa.string(), pa.large_string()),
    "integer": (pa.int64(), pa.int32(), pa.int16(), pa.int8(), pa.uint32(), pa.uint16(), pa.uint8()),
    "number": (pa.float64(), pa.float32()),
    "boolean": (pa.bool_(),),
    "date": (pa.date32(), pa.date64()),
    "year": (pa.int64(), pa.int32(), pa.int16()),
    "yearmonth": (pa.string(),), "geopoint": (pa.string(),), "duration": (pa.string(),),
    "object": (pa.string(),), "array": (pa.string(),),
}


def arrow_type(f: dict[str, Any], current: pa.DataType) -> pa.DataType:
    """The Parquet type of field ``f``: the rows' type ``current`` when it holds the field's
    Table Schema type, else the usual one."""
    type_ = str(f.get("type") or "string")
    if type_ == "any" or not f:
        return current
    if type_ == "datetime":
        return current if pa.types.is_timestamp(current) else pa.timestamp("s")
    if type_ == "time":
        return current if pa.types.is_time(current) else pa.time64("us")
    if type_ == "number" and pa.types.is_decimal(current):
        return current
    allowed = ARROW_TYPES.get(type_, (pa.string(),))
    return current if current in allowed else allowed[0]


def arrow_type_matches(type_: str, arrow: pa.DataType) -> bool:
    """Whether Parquet type ``arrow`` holds Table Schema type ``type_`` (what reusers' tools expect)."""
    return arrow_type({"type": type_}, arrow) == arrow


CSV_BATCH_ROWS = 1 << 16
PARQUET_ROW_GROUP = 1 << 18
Rows: TypeAlias = pa.Table | Path  # the rows to render: a table in memory or a Parquet file


def arrow_schema(data: Rows) -> pa.Schema:
    return data.schema if isinstance(data, pa.Table) else pq.ParquetFile(data).schema_arrow


def batches(data: Rows, columns: list[str] | None = None, rows: int | None = None) -> Iterator[pa.RecordBatch]:
    """The rows in batches of at most ``rows`` (default :data:`CSV_BATCH_ROWS`; none for an empty table)."""
    rows = rows or CSV_BATCH_ROWS
    if isinstance(data, pa.Table):
        yield from (data.select(columns) if columns is not None else data).to_batches(max_chunksize=rows)
    else:
        # pre_buffer off: with it, the reader keeps every row group read so far (memory grows with the file)
        yield from pq.ParquetFile(data, pre_buffer=False).iter_batches(batch_size=rows, columns=columns)


def write_csv(data: Rows, path: Path) -> None:
    """UTF-8, comma, '.' decimals, empty for unknown, ISO dates, header row, '\\n' line ends.

    Written by Arrow one batch of rows at a time: the text versions of the columns exist for one
    batch only, never for the whole table.
    """
    opts = pacsv.WriteOptions(include_header=True, delimiter=",", quoting_style="needed")
    writer = None
    try:
        for batch in batches(data):
            if not batch.num_rows:
                continue
            ready = _csv_ready(batch)
            if writer is None:
                writer = pacsv.CSVWriter(path, ready.schema, write_options=opts)
            writer.write_table(ready)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:  # no rows: the header alone
        pacsv.write_csv(_csv_ready(arrow_schema(data).empty_table()), path, opts)


def write_parquet(data: Rows, schema: Schema, path: Path) -> None:
    """Typed Parquet (zstd) with each field's title, description and unit, and the Table Schema
    (``schema``: the published one); each column's Arrow type holds its field's type (:func:`arrow_type`)."""
    meta = {f["name"]: f for f in fields(schema)}
    arrow_fields = []
    for af in arrow_schema(data):
        f = meta.get(af.name, {})
        md = {k: str(f[k]) for k in ("title", "description", "unit") if f.get(k)}
        af = af.with_type(arrow_type(f, af.type))  # the schema's type: e.g. an all-null column gets one
        arrow_fields.append(af.with_metadata({k.encode(): v.encode() for k, v in md.items()} or None))
    typed = pa.schema(arrow_fields, metadata={b"table_schema": json.dumps(schema, ensure_ascii=False).encode()})
    with pq.ParquetWriter(path, typed, compression="zstd") as writer:
        group: list[pa.RecordBatch] = []
        held, written = 0, False
        for batch in batches(data):  # row groups of PARQUET_ROW_GROUP rows, as one write would make
            group.append(batch)
            held += batch.num_rows
            if held >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_batches(group).cast(typed))
                group, held, written = [], 0, True
        if group or not written:
            writer.write_table(pa.Table.from_batches(group, schema=arrow_schema(data)).cast(typed))


def _allowed(f: dict) -> str:
    c = f.get("constraints", {})
    if "enum" in c:
        return " | ".join(str(v) for v in c["enum"])
    parts = []
    if "minimum" in c:
        parts.append(f"≥ {c['minimum']}")
    if "maximum" in c:
        parts.append(f"≤ {c['maximum']}")
    if "pattern" in c:
        parts.append(f"motif {c['pattern']}")
    return ", ".join(parts)


def dictionary_rows(schema: Schema, techniques: dict[str, str]) -> list[dict[str, str]]:
    return [
        {
            "champ": f["name"],
            "titre": f.get("title") or "",
            "type": TYPE_FR.get(str(f.get("type") or "string"), str(f.get("type") or "")),
            "description": f.get("description", ""),
            "unite": f.get("unit", ""),
            "valeurs_permises": _allowed(f),
            "obligatoire": "oui" if f.get("constraints", {}).get("required") else "non",
            "traitement_confidentialite": techniques.get(f["name"], ""),
        }
        for f in fields(schema)
    ]


def write_rows_csv(rows: list[dict[str, Any]], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        if not rows:
            return
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def attributes_markdown(rows: list[dict[str, str]]) -> str:
    """The "Attributs" table for the dataset description (Données Québec's convention)."""
    lines = ["| Champ | Type | Description | Valeurs permises |", "|---|---|---|---|"]
    for r in rows:
        cells = [r["champ"], r["type"], r["description"] or r["titre"], r["valeurs_permises"]]
        lines.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
    return "\n".join(lines)


class _ColumnStats:
    """count, missing, distinct, min/max and top values of one column, batch after batch.

    Top values (and so the distinct count) come from value counts merged across batches: exact,
    memory as the column's distinct values. Columns without top values (pseudonyms, free text) count
    their distinct values by 64-bit hashes: 8 bytes per distinct value, exact unless two values share
    a hash (odds ~n²/2⁶⁵)."""

    def __init__(self, name: str, type_: pa.DataType, top_values: bool, extremes: bool = True):
        self.name, self.type, self.top_values, self.extremes = name, type_, top_values, extremes
        self.rows = self.nulls = 0
        self.mins: list[Any] = []
        self.maxs: list[Any] = []
        self.values: list[pa.Table] = []  # value counts (top values)
        self.hashes: list[np.ndarray] = []  # distinct values' hashes (no top values)
        self.pending = self.merged = 0

    def add(self, col: pa.Array) -> None:
        self.rows += len(col)
        self.nulls += col.null_count
        if len(col) == col.null_count:
            return
        if self.extremes and not pa.types.is_boolean(col.type) and not pa.types.is_null(col.type):
            mm = pc.min_max(col)
            self.mins.append(mm["min"].as_py())
            self.maxs.append(mm["max"].as_py())
        if self.top_values:
            vc = pc.value_counts(col)
            self.values.append(pa.table({"v": vc.field("values"), "n": vc.field("counts")}))
            self.pending += len(vc)
        else:
            uniq = pc.unique(col.drop_null()).to_pylist()
            self.hashes.append(np.fromiter(map(hash, uniq), np.int64, count=len(uniq)))
            self.pending += len(uniq)
        if self.pending > max(1 << 16, 2 * self.merged):
            self._merge()

    def _merge(self) -> None:
        if self.top_values and self.values:
            both = pa.concat_tables(self.values)
            summed = both.group_by("v", use_threads=False).aggregate([("n", "sum")])
            self.values = [summed.rename_columns(["v", "n"])]
            self.merged = summed.num_rows
        elif self.hashes:
            self.hashes = [np.unique(np.concatenate(self.hashes))]
            self.merged = len(self.hashes[0])
        self.pending = 0

    def row(self, top: int) -> dict[str, Any]:
        self._merge()
        row: dict[str, Any] = {"champ": self.name, "nombre": self.rows, "manquantes": self.nulls,
                               "distinctes": 0, "minimum": "", "maximum": "", "valeurs_frequentes": ""}
        if self.mins:
            row["minimum"], row["maximum"] = _text(min(self.mins)), _text(max(self.maxs))
        if self.top_values and self.values:
            values, counts = self.values[0].column("v").combine_chunks(), self.values[0].column("n").combine_chunks()
            row["distinctes"] = len(values) - values.null_count
            row["valeurs_frequentes"] = " ; ".join(f"{_text(v)} ({n})" for v, n in _top_of(values, counts, top))
        elif self.hashes:
            row["distinctes"] = len(self.hashes[0])
        return row


def statistics_rows(data: Rows, schema: Schema, top: int = 5, *, batch_rows: int | None = None
                    ) -> list[dict[str, Any]]:
    """count, missing, distinct, min/max and top values per field (pseudonyms: no top values; free
    text: counts only).

    One pass over the batches (:class:`_ColumnStats` per column); Arrow kernels over the columns as
    they are; only the few candidates for the top values ever become Python objects.
    """
    cats = {f["name"]: privacy_category(f) for f in fields(schema)}
    # free text: counts only — its minimum or maximum is a whole comment (a residual leak would be quoted)
    stats = [_ColumnStats(f.name, f.type, cats.get(f.name) not in ("pseudonym", "free-text"),
                          extremes=cats.get(f.name) != "free-text")
             for f in arrow_schema(data)]
    for batch in batches(data, rows=batch_rows):
        for s, col in zip(stats, batch.columns):
            s.add(col)
    return [s.row(top) for s in stats]


# Types whose Arrow text equals Python's str() of the value: ties can be ordered by Arrow.
_STR_LIKE = (pa.types.is_string, pa.types.is_large_string, pa.types.is_integer, pa.types.is_date32)


def _top_values(col: pa.ChunkedArray | pa.Array, top: int) -> list[tuple[Any, int]]:
    """The ``top`` most frequent non-null values, ties by their text (as ``str`` orders them)."""
    vc = pc.value_counts(col)
    return _top_of(vc.field("values"), vc.field("counts"), top)


def _top_of(values: pa.Array, counts: pa.Array, top: int) -> list[tuple[Any, int]]:
    """The ``top`` most frequent of value counts, ties by their text."""
    if values.null_count:
        keep = values.is_valid()
        values, counts = values.filter(keep), counts.filter(keep)
    if len(counts) > top:
        c = counts.to_numpy()
        kth = np.partition(c, len(c) - top)[len(c) - top]  # the top-th largest count
        above = np.flatnonzero(c > kth)
        ties = np.flatnonzero(c == kth)
        need = top - len(above)
        if len(ties) > max(need, 1000) and any(t(values.type) for t in _STR_LIKE):
            text = values.take(pa.array(ties)).cast(pa.string())
            ties = ties[pc.sort_indices(text).to_numpy()[:need]]
        idx = pa.array(np.concatenate([above, ties]))
        values, counts = values.take(idx), counts.take(idx)
    pairs = sorted(zip(values.to_pylist(), counts.to_pylist()), key=lambda p: (-p[1], str(p[0])))
    return pairs[:top]


def _text(v: Any) -> str:
    if v is None:
        return ""
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def temporal_coverage(data: Rows, schema: Schema, field_name: str | None = None) -> tuple[str, str] | None:
    """(start, end) ISO dates from the declared temporal field, else the first date-like field."""
    candidates = [field_name] if field_name else [
        f["name"] for f in fields(schema) if f.get("type") in ("date", "datetime", "yearmonth", "year")
    ]
    names = arrow_schema(data).names
    for name in candidates:
        if not name or name not in names:
            continue
        lows, highs = [], []
        for batch in batches(data, [name]):
            col = batch.column(0).drop_null()
            if len(col):
                mm = pc.min_max(col)
                lows.append(mm["min"].as_py())
                highs.append(mm["max"].as_py())
        if lows:
            return _text(min(lows))[:10], _text(max(highs))[:10]
    return None


def csv_text_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
