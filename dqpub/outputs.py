"""Render what reusers download from an anonymized table: CSV (Données Québec's rules), typed
Parquet, a French data dictionary and per-field summary statistics. Pure functions over Arrow."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

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


CSV_BATCH_ROWS = 1 << 16


def write_csv(table: pa.Table, path: Path) -> None:
    """UTF-8, comma, '.' decimals, empty for unknown, ISO dates, header row, '\\n' line ends.

    Written by Arrow one batch of rows at a time: the text versions of the columns exist for one
    batch only, never for the whole table.
    """
    opts = pacsv.WriteOptions(include_header=True, delimiter=",", quoting_style="needed")
    batches = table.to_batches(max_chunksize=CSV_BATCH_ROWS)
    if not batches:
        pacsv.write_csv(_csv_ready(table), path, opts)
        return
    writer = None
    try:
        for batch in batches:
            ready = _csv_ready(batch)
            if writer is None:
                writer = pacsv.CSVWriter(path, ready.schema, write_options=opts)
            writer.write_table(ready)
    finally:
        if writer is not None:
            writer.close()


def write_parquet(table: pa.Table, schema: Schema, path: Path) -> None:
    meta = {f["name"]: f for f in fields(schema)}
    arrow_fields = []
    for af in table.schema:
        f = meta.get(af.name, {})
        md = {k: str(f[k]) for k in ("title", "description", "unit") if f.get(k)}
        arrow_fields.append(af.with_metadata({k.encode(): v.encode() for k, v in md.items()} or None))
    schema_md = {b"table_schema": json.dumps(schema, ensure_ascii=False).encode()}
    typed = pa.table(table.columns, schema=pa.schema(arrow_fields, metadata=schema_md))
    pq.write_table(typed, path, compression="zstd")


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


def statistics_rows(table: pa.Table, schema: Schema, top: int = 5) -> list[dict[str, Any]]:
    """count, missing, distinct, min/max and top values per field (pseudonyms: no top values).

    Arrow kernels over the columns as they are (nulls skipped, not copied out); only the few
    candidates for the top values ever become Python objects.
    """
    cats = {f["name"]: privacy_category(f) for f in fields(schema)}
    rows = []
    for name in table.column_names:
        col = table[name]
        present = len(col) - col.null_count
        row: dict[str, Any] = {
            "champ": name,
            "nombre": len(col),
            "manquantes": col.null_count,
            "distinctes": pc.count_distinct(col).as_py(),
            "minimum": "",
            "maximum": "",
            "valeurs_frequentes": "",
        }
        if present and not pa.types.is_boolean(col.type) and not pa.types.is_null(col.type):
            mm = pc.min_max(col)
            row["minimum"], row["maximum"] = _text(mm["min"].as_py()), _text(mm["max"].as_py())
        if present and cats.get(name) not in ("pseudonym", "free-text"):
            row["valeurs_frequentes"] = " ; ".join(f"{_text(v)} ({n})" for v, n in _top_values(col, top))
        rows.append(row)
    return rows


# Types whose Arrow text equals Python's str() of the value: ties can be ordered by Arrow.
_STR_LIKE = (pa.types.is_string, pa.types.is_large_string, pa.types.is_integer, pa.types.is_date32)


def _top_values(col: pa.ChunkedArray, top: int) -> list[tuple[Any, int]]:
    """The ``top`` most frequent non-null values, ties by their text (as ``str`` orders them)."""
    vc = pc.value_counts(col)
    values, counts = vc.field("values"), vc.field("counts")
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


def temporal_coverage(table: pa.Table, schema: Schema, field_name: str | None = None) -> tuple[str, str] | None:
    """(start, end) ISO dates from the declared temporal field, else the first date-like field."""
    candidates = [field_name] if field_name else [
        f["name"] for f in fields(schema) if f.get("type") in ("date", "datetime", "yearmonth", "year")
    ]
    for name in candidates:
        if not name or name not in table.column_names:
            continue
        col = table[name].drop_null()
        if not len(col):
            continue
        mm = pc.min_max(col)
        return _text(mm["min"].as_py())[:10], _text(mm["max"].as_py())[:10]
    return None


def csv_text_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
