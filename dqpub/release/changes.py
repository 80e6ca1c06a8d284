"""What changed between two published CSVs, row by row: the counts of the change log
(:func:`row_diff`) and the change file a reuser applies to follow a dataset version by version
(:func:`write_changes`). Both come from the same plan (:func:`_plan`, over the same streamed hashes),
so the file lists exactly the rows the counts say.

The change file holds published values only: it is read from the two published CSVs (a pseudonymized
key is its published token), never from a source. Memory: 16 bytes per row for the hashes, plus the
changed rows' keys (by key) — whole rows are written as they are read, never held.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np
import pyarrow as pa

ADDED, REMOVED, MODIFIED = "ajoutee", "retiree", "modifiee"
CHANGE, CHANGED_FIELDS = "changement", "champs_modifies"
FIRST, BY_KEY, BY_CONTENT = "première publication", "clé primaire", "contenu des lignes"
FIELD_SEP = ";"  # between the names of the changed fields
Csv = bytes | Path


@dataclass(frozen=True)
class RowDiff:
    added: int
    removed: int
    modified: int
    by: str  # "clé primaire", "contenu des lignes" or "première publication"


@dataclass
class _Plan:
    """The changed rows as 64-bit hashes: of their key (by key), of their whole text (by content,
    with how many copies of each); ``every_row``: by content with other columns, every row changed."""
    diff: RowDiff
    key: list[str] = field(default_factory=list)
    added: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    removed: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    modified: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    added_n: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    removed_n: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    every_row: bool = False
    old: "_RowHashes | None" = None  # the files' hashes per row, in file order: the change file's passes
    new: "_RowHashes | None" = None  # pick rows by them instead of hashing every row again


def row_diff(previous_csv: Csv | Callable[[], bytes | None] | None, new_csv: Csv, key: list[str],
             *, new_rows: int | None = None) -> RowDiff:
    """Rows added, removed and modified between two published CSVs, compared on their text values.

    By primary key when both files have it (a key present on both sides whose other values differ is
    modified), else as multisets of whole rows. Streamed: Arrow parses each file in blocks and every
    row is reduced to a 64-bit hash (of its key, of its whole text), so memory is 16 bytes per row,
    never the rows. Nothing to compare on a first publication: the rows are counted, not read
    (``new_rows`` when the caller knows it). Counts only: no value reaches the change log.
    ``previous_csv`` may be a function that fetches it: called only here, when there is a diff to do.
    """
    if callable(previous_csv):
        previous_csv = previous_csv()
    return _plan(previous_csv, new_csv, key, new_rows).diff


def _plan(previous: Csv | None, new_csv: Csv, key: list[str], new_rows: int | None = None) -> _Plan:
    if previous is None:
        return _Plan(RowDiff(new_rows if new_rows is not None else _RowHashes.read(new_csv, []).rows, 0, 0, FIRST))
    old = _RowHashes.read(previous, key)
    new = _RowHashes.read(new_csv, key)
    if key and old.rows and new.rows and old.has_key and new.has_key:
        ok, orow = _last_per_key(old.key, old.row)  # like a dict by key: the last row of a key wins
        nk, nrow = _last_per_key(new.key, new.row)
        pos = np.clip(np.searchsorted(ok, nk), 0, max(len(ok) - 1, 0))
        in_old = ok[pos] == nk
        common = nk[in_old]
        # other columns: every common row differs, as dicts of its cells would
        modified = common[orow[pos[in_old]] != nrow[in_old]] if old.columns == new.columns else common
        added, removed = nk[~in_old], np.setdiff1d(ok, common, assume_unique=True)
        return _Plan(RowDiff(len(added), len(removed), len(modified), BY_KEY), list(key), added, removed, modified,
                     old=old, new=new)
    if old.columns != new.columns:
        return _Plan(RowDiff(new.rows, old.rows, 0, BY_CONTENT), every_row=True)
    ov, oc = np.unique(old.row, return_counts=True)
    nv, nc = np.unique(new.row, return_counts=True)
    allv = np.union1d(ov, nv)
    o = np.zeros(len(allv), np.int64)
    n = np.zeros(len(allv), np.int64)
    o[np.searchsorted(allv, ov)] = oc
    n[np.searchsorted(allv, nv)] = nc
    more = n - o
    diff = RowDiff(int(np.clip(more, 0, None).sum()), int(np.clip(-more, 0, None).sum()), 0, BY_CONTENT)
    return _Plan(diff, added=allv[more > 0], added_n=more[more > 0], removed=allv[more < 0], removed_n=-more[more < 0],
                 old=old, new=new)


def _last_per_key(key: np.ndarray, row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct keys and, for each, the row hash of its last occurrence."""
    uniq, first_in_reversed = np.unique(key[::-1], return_index=True)
    return uniq, row[::-1][first_in_reversed]


# --- reading a published CSV in blocks, every cell as its bytes ---------------------------------------


def _names(data: Csv) -> list[str] | None:
    """The header of a published CSV, None for an empty file (no header, no rows)."""
    import pyarrow.csv as pacsv

    try:
        return pacsv.open_csv(_source(data), read_options=pacsv.ReadOptions(block_size=1 << 16)).schema.names
    except pa.ArrowInvalid:
        return None


def _source(data: Csv) -> pa.NativeFile:
    return pa.BufferReader(data) if isinstance(data, (bytes, bytearray, memoryview)) else pa.OSFile(str(data))


def _blocks(data: Csv, names: list[str]) -> Iterator[pa.RecordBatch]:
    """The rows in blocks of 16 MB, every column as bytes (the text as published, "" for empty)."""
    import pyarrow.csv as pacsv

    reader = pacsv.open_csv(
        _source(data),
        read_options=pacsv.ReadOptions(block_size=16 << 20),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types={n: pa.binary() for n in names},
                                             strings_can_be_null=False, quoted_strings_can_be_null=False))
    yield from (batch for batch in reader if batch.num_rows)


def _hashes(cols: list[pa.Array]) -> np.ndarray:
    """One int64 per row: Python's hash of its cells' bytes (SipHash, one C call per row); both files
    are hashed in this process, so equal texts have equal hashes."""
    import pyarrow.compute as pc

    joined = cols[0] if len(cols) == 1 else pc.binary_join_element_wise(*cols, pa.scalar(b"\x1f", pa.binary()))
    return np.fromiter(map(hash, joined.to_pylist()), np.int64, count=len(joined))


@dataclass
class _RowHashes:
    columns: tuple[str, ...]  # sorted names: rows compare as {column: text}, whatever the column order
    rows: int
    has_key: bool
    key: np.ndarray  # int64 hash of the key cells per row (empty without key)
    row: np.ndarray  # int64 hash of all the cells per row

    @classmethod
    def read(cls, data: Csv, key: list[str]) -> "_RowHashes":
        empty = np.zeros(0, np.int64)
        names = _names(data)
        if names is None:
            return cls((), 0, False, empty, empty)
        has_key = bool(key) and all(k in names for k in key)
        order = _sorted_order(names)
        kidx = [names.index(k) for k in key] if has_key else []
        keys, rows = [], []
        for batch in _blocks(data, names):
            cols = batch.columns
            rows.append(_hashes([cols[i] for i in order]))
            if has_key:
                keys.append(_hashes([cols[i] for i in kidx]))
        row = np.concatenate(rows) if rows else empty
        return cls(tuple(sorted(names)), len(row), has_key, np.concatenate(keys) if keys else empty, row)


def _sorted_order(names: list[str]) -> list[int]:
    return [names.index(c) for c in sorted(names)]


# --- the change file --------------------------------------------------------------------------------


def write_changes(previous_csv: Csv | None, new_csv: Csv, key: list[str], path: Path,
                  *, new_rows: int | None = None) -> tuple[RowDiff, list[str]]:
    """Write the change file of a version and return the row diff it lists, and its header.

    By primary key (the published key columns, ``changement``, ``champs_modifies``): one line per key
    added, removed or modified, the names of the fields whose text changed. Without a key (none
    declared, or dropped by the anonymization): the whole rows added or removed, as many copies as
    counted, and ``changement``. On a first publication, the header alone: every row is new."""
    plan = _plan(previous_csv, new_csv, key, new_rows)
    names = _names(new_csv) or []
    keyed = plan.diff.by == BY_KEY or (plan.diff.by == FIRST and bool(key) and all(k in names for k in key))
    header = [*key, CHANGE, CHANGED_FIELDS] if keyed else [*names, CHANGE]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header)
        if previous_csv is None:
            pass
        elif keyed:
            _write_keyed(out, plan, previous_csv, new_csv)
        else:
            _write_rows(out, plan, previous_csv, plan.old, REMOVED, plan.removed, plan.removed_n, names)
            _write_rows(out, plan, new_csv, plan.new, ADDED, plan.added, plan.added_n, names)
    return plan.diff, header


def _write_keyed(out: Any, plan: _Plan, previous: Csv, new: Csv) -> None:
    assert plan.old is not None and plan.new is not None
    removed, before = _keyed_rows(previous, plan.old.key, plan.key, plan.removed, plan.modified)
    added, after = _keyed_rows(new, plan.new.key, plan.key, plan.added, plan.modified)
    for k in added.values():
        out.writerow([*k, ADDED, ""])
    for h, (k, cells) in after.items():
        old = before.get(h, ((), {}))[1]
        changed = [c for c in cells if old.get(c) != cells[c]] + [c for c in old if c not in cells]
        out.writerow([*k, MODIFIED, FIELD_SEP.join(changed)])
    for k in removed.values():
        out.writerow([*k, REMOVED, ""])


def _keyed_rows(data: Csv, key_hashes: np.ndarray, key: list[str], plain: np.ndarray, detailed: np.ndarray
                ) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[tuple[str, ...], dict[str, int]]]]:
    """By key hash, in file order, the last row of each key: the key's text for the keys of ``plain``,
    the key's text and each cell's hash for those of ``detailed``. ``key_hashes``: the file's, per row
    (:class:`_RowHashes`). Only the chosen rows leave Arrow."""
    names = _names(data) or []
    kidx = [names.index(k) for k in key]
    keys: dict[int, tuple[str, ...]] = {}
    cells: dict[int, tuple[tuple[str, ...], dict[str, int]]] = {}
    if not (len(plain) or len(detailed)):
        return keys, cells
    offset = 0
    for batch in _blocks(data, names):  # the same blocks, in the same order, as _RowHashes.read
        kh = key_hashes[offset:offset + batch.num_rows]
        offset += batch.num_rows
        for wanted, into in ((plain, keys), (detailed, cells)):
            pick = np.isin(kh, wanted)
            if not pick.any():
                continue
            rows = batch.filter(pa.array(pick))
            texts = zip(*[[b.decode("utf-8") for b in rows.column(i).to_pylist()] for i in kidx])
            if into is keys:
                keys.update(zip(kh[pick].tolist(), texts))
            else:
                per_col = {n: _hashes([rows.column(i)]).tolist() for i, n in enumerate(names)}
                for j, (h, k) in enumerate(zip(kh[pick].tolist(), texts)):
                    cells[h] = (k, {n: v[j] for n, v in per_col.items()})
    return keys, cells


def _write_rows(out: Any, plan: _Plan, data: Csv, hashed: "_RowHashes | None", label: str, wanted: np.ndarray,
                copies: np.ndarray, header: list[str]) -> None:
    """The rows of ``data`` whose hash is ``wanted``, each as many times as ``copies`` says (every row
    when the columns changed), under ``header`` (a column the file lacks: empty)."""
    names = _names(data)
    if names is None or not (plan.every_row or len(wanted)):
        return
    left = dict(zip(wanted.tolist(), copies.tolist()))
    offset = 0
    for batch in _blocks(data, names):  # the same blocks, in the same order, as _RowHashes.read
        offset += batch.num_rows
        if plan.every_row:
            hashes, rows = None, batch
        else:
            assert hashed is not None  # a plan by content keeps the hashes it compared
            rh = hashed.row[offset - batch.num_rows:offset]
            pick = np.isin(rh, wanted)
            if not pick.any():
                continue
            hashes, rows = rh[pick].tolist(), batch.filter(pa.array(pick))
        empty = [b""] * rows.num_rows
        cols = [rows.column(names.index(n)).to_pylist() if n in names else empty for n in header]
        for j, cells in enumerate(zip(*cols)):
            if hashes is not None:
                if left[hashes[j]] <= 0:
                    continue
                left[hashes[j]] -= 1
            out.writerow([c.decode("utf-8") for c in cells] + [label])


def header(path: Path) -> list[str]:
    """The column names of a change file (a field name holds no comma: Table Schema names)."""
    with open(path, encoding="utf-8") as fh:
        return fh.readline().rstrip("\n").split(",")


def table_schema(header: list[str], public: dict[str, Any]) -> dict[str, Any]:
    """The Table Schema of a change file: every value as the published CSV wrote it (text; a past
    version's row may not fit today's types), ``changement`` one of its three words."""
    titles = {f["name"]: f.get("title") for f in public.get("fields", [])}
    out: list[dict[str, Any]] = []
    for name in header:
        if name == CHANGE:
            out.append({"name": name, "type": "string", "title": "Changement",
                        "description": "ajoutee, retiree ou modifiee par rapport à la version précédente",
                        "constraints": {"required": True, "enum": [ADDED, REMOVED, MODIFIED]}})
        elif name == CHANGED_FIELDS and name not in titles:
            out.append({"name": name, "type": "string", "title": "Champs modifiés",
                        "description": f"noms des champs dont la valeur a changé, séparés par « {FIELD_SEP} »"})
        else:
            out.append({"name": name, "type": "string", **({"title": titles[name]} if titles.get(name) else {})})
    return {"fields": out, "missingValues": []}
