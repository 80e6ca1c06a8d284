"""Reading the normalized CSV: the header record, then record batches streamed by Arrow.

The header record is read with Python's ``csv`` (as Frictionless reads it; the caller strips the labels,
as Frictionless does). The data is streamed
with ``pyarrow.csv.open_csv`` (all columns as strings, one parsing thread so that Arrow reports the record
number of malformed rows; a second thread reads ahead while the main one checks). Rows with a wrong
number of cells are handed to ``invalid_row_handler``: they are re-parsed with ``csv`` and appended to
their batch (with their number of cells), so the checks see them like any other row. Row numbers are
records as Frictionless counts them (header = 1, first data row = 2; a quoted newline does not start a row).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import queue
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from dqpub.validate.arrow import as_arrow, as_scalar, combined

DEFAULT_BLOCK_SIZE = 2 << 20  # 2 MB: Arrow reads several blocks ahead; 8 MB held 350 MB at 1M rows, 2 MB 240 MB, and less CPU
_READ_AHEAD = 2  # blocks parsed ahead of the checks


def read_header(path: Path, *, start: int = 0, delimiter: str = ",",
                encoding: str = "utf-8") -> tuple[list[str] | None, int]:
    """The first record (Python csv, like Frictionless) and the byte offset where data starts; ``start``
    skips a BOM, ``delimiter`` and ``encoding`` are a source's read as it is (8-bit or UTF-8: the
    quote, the delimiter and the line ends are the same bytes)."""
    with open(path, "rb") as f:
        f.seek(start)
        data = b""
        while True:
            block = f.read(1 << 20)
            data += block
            end = _record_end(data)
            if end is not None or not block:
                break
    if not data:
        return None, start
    end = len(data) if end is None else end
    text = data[:end].decode(encoding, errors="replace")
    rec = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    return rec, start + end


def first_invalid_utf8_line(path: Path) -> int | None:
    """1-based physical line of the first byte that is not valid UTF-8 (None if the file is UTF-8)."""
    dec = codecs.getincrementaldecoder("utf-8")(errors="strict")
    line = 1
    with open(path, "rb") as f:
        while True:
            block = f.read(1 << 22)
            try:
                dec.decode(block, not block)
            except UnicodeDecodeError as exc:
                buffered = len(exc.object) - len(block)  # bytes of the previous block still in the decoder
                return line + exc.object[max(buffered, 0): exc.start].count(b"\n")
            if not block:
                return None
            line += block.count(b"\n")


def _record_end(data: bytes) -> int | None:
    inq = False
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x22:
            inq = not inq
        elif not inq and c in (0x0A, 0x0D):
            if c == 0x0D and i + 1 < n and data[i + 1] == 0x0A:
                return i + 2
            if c == 0x0D and i + 1 == n:
                return None
            return i + 1
        i += 1
    return None


def blank_line_records(path: Path, *, start: int = 0, delimiter: str = ",", encoding: str = "utf-8") -> set[int]:
    """Records that are empty lines (Python csv: []); only needed when "" is not a missing value."""
    out = set()
    with open(path, encoding=encoding, newline="") as f:
        f.seek(start)
        for i, rec in enumerate(csv.reader(f, delimiter=delimiter), start=1):
            if not rec and i > 1:
                out.add(i)
    return out


@dataclass
class Chunk:
    """A batch of rows as read: raw string columns and their record numbers."""

    cols: list[pa.Array]
    recs: np.ndarray  # record numbers (header = 1)
    ncells: np.ndarray | None  # actual number of cells, only for re-parsed malformed rows


@dataclass
class Layout:
    """Where the data is and what to read of it."""

    path: Path
    offset: int  # byte offset of the first data record
    ncols: int  # cells per row, from the header
    block_size: int = DEFAULT_BLOCK_SIZE
    blank_records: set[int] | None = None  # records that are blank lines, when "" is not a missing value
    delimiter: str = ","  # a source read as it is: its own delimiter…
    encoding: str = "utf-8"  # … and encoding (Arrow transcodes)


class _ReadAhead:
    """Arrow's parser on its own thread, a few blocks ahead of the consumer."""

    def __init__(self, batches: Iterator[pa.RecordBatch]) -> None:
        self.q: queue.Queue = queue.Queue(maxsize=_READ_AHEAD)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._produce, args=(batches,), daemon=True)
        self.thread.start()

    def _produce(self, batches: Iterator[pa.RecordBatch]) -> None:
        try:
            for b in batches:
                if self.stop.is_set():
                    break
                self.q.put(b)
            self.q.put(None)
        except BaseException as exc:  # noqa: BLE001
            self.q.put(exc)

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        while True:
            item = self.q.get()
            if isinstance(item, BaseException):
                raise item
            if item is None:
                self.thread.join()
                return
            yield item

    def close(self) -> None:
        self.stop.set()
        while self.thread.is_alive():
            try:
                self.q.get_nowait()
            except queue.Empty:
                self.thread.join(0.05)


class BatchReader:
    """Streams the data rows as ``Chunk``s with their record numbers; malformed rows are merged in."""

    def __init__(self, layout: Layout, include: list[int] | None = None) -> None:
        self.layout = layout
        self.invalid: list[tuple[int, str, int]] = []  # (data index, text, cells) from Arrow's handler
        self.include = include

    def _open(self, f: BinaryIO) -> Iterator[pa.RecordBatch]:
        names = [f"c{i}" for i in range(self.layout.ncols)]

        def handler(row: Any) -> str:
            self.invalid.append((row.number, row.text, row.actual_columns))
            return "skip"

        include = [names[i] for i in self.include] if self.include is not None else None
        return pacsv.open_csv(
            f,
            read_options=pacsv.ReadOptions(use_threads=False, block_size=self.layout.block_size, column_names=names,
                                           encoding=self.layout.encoding),
            parse_options=pacsv.ParseOptions(delimiter=self.layout.delimiter, newlines_in_values=True,
                                             ignore_empty_lines=False,
                                             invalid_row_handler=handler),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False,
                                                 include_columns=include),
        )

    def __iter__(self) -> Iterator[Chunk]:
        lay = self.layout
        if os.path.getsize(lay.path) <= lay.offset or not lay.ncols:
            return
        with open(lay.path, "rb") as f:
            f.seek(lay.offset)
            ahead = _ReadAhead(self._open(f))
            try:
                yield from self._chunks(ahead)
            finally:
                ahead.close()

    def _chunks(self, batches: _ReadAhead) -> Iterator[Chunk]:
        g = 0  # valid rows so far
        done_inv = 0  # invalid rows already emitted
        last_data_index = 0
        for item in batches:
            n = item.num_rows
            # data index of each valid row: its position among all data records, invalid ones included
            inv = np.array([x[0] for x in self.invalid], dtype=np.int64)
            adj = inv - 1 - np.arange(len(inv))
            gi = np.arange(g, g + n, dtype=np.int64)
            data_index = gi + 1 + np.searchsorted(adj, gi, side="right")
            g += n
            hi = int(data_index[-1]) if n else last_data_index
            k = done_inv
            while k < len(self.invalid) and self.invalid[k][0] <= hi:
                k += 1
            cols = [item.column(i) for i in range(item.num_columns)]
            yield self._chunk(cols, data_index, self.invalid[done_inv:k])
            done_inv = k
            last_data_index = hi
        if done_inv < len(self.invalid):
            yield self._chunk(None, np.zeros(0, np.int64), self.invalid[done_inv:])

    def _chunk(self, cols: list[pa.Array] | None, data_index: np.ndarray, bad: list[tuple[int, str, int]]) -> Chunk:
        ncols = self.layout.ncols
        recs = data_index + 1
        if cols is None:
            cols = [as_arrow([], pa.string()) for _ in range(len(self.include) if self.include is not None else ncols)]
        blank_records = self.layout.blank_records
        if blank_records and len(recs):
            blank = np.isin(recs, np.fromiter(blank_records, np.int64))
            if blank.any():
                m = as_arrow(blank)
                cols = [pc.if_else(m, as_scalar(None, pa.string()), c) for c in cols]
        if not bad:
            return Chunk(cols, recs, None)
        delim = self.layout.delimiter
        parsed = [(number + 1, next(csv.reader(io.StringIO(text, newline=""), delimiter=delim), []))
                  for number, text, _ in bad]
        targets = self.include if self.include is not None else list(range(ncols))
        extra_cols = [as_arrow([c[i] if i < len(c) else None for _, c in parsed], pa.string()) for i in targets]
        all_recs = np.concatenate([recs, np.array([r for r, _ in parsed], np.int64)])
        ncells = np.concatenate([np.full(len(recs), ncols, np.int64), np.array([len(c) for _, c in parsed], np.int64)])
        # re-parsed rows go at the end of the chunk (not sorted back: they are invalid anyway, never written
        # to Parquet; examples and quarantine are ordered by record number)
        merged = [pa.concat_arrays([combined(a), b]) for a, b in zip(cols, extra_cols)]
        return Chunk(merged, all_recs, ncells)
