"""A column read as its distinct values, batch after batch: each value is analyzed once, however many
cells and batches repeat it (the detectors of :mod:`dqpub.privacy.detect` plug their analyses in)."""

from __future__ import annotations

from typing import Any, Callable, Sequence, TypeAlias

import pyarrow as pa
import pyarrow.compute as pc

# A column: an Arrow array or chunked array, or a Python sequence of cells (str, numbers, None…).
Values: TypeAlias = "pa.Array | pa.ChunkedArray | Sequence[Any]"


def to_array(values: Values) -> pa.Array:
    """A string Array from an Arrow array/chunked array or a Python sequence of str|None."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    elif not isinstance(values, pa.Array):
        if hasattr(values, "__arrow_array__"):  # pandas extension arrays
            values = pa.array(values)
        else:
            values = pa.array([v if v is None or isinstance(v, str) else _cell_str(v) for v in values],
                              type=pa.string())
    if pa.types.is_dictionary(values.type):
        values = values.cast(values.type.value_type)
    if pa.types.is_large_string(values.type):
        values = values.cast(pa.string())
    elif not pa.types.is_string(values.type):
        if pa.types.is_null(values.type):
            values = values.cast(pa.string())
        else:
            values = pc.cast(values, pa.string())
    return values


def _cell_str(v: Any) -> str | None:
    """A non-string cell as text (numbers, dates…); NaN is a missing value."""
    if isinstance(v, float) and v != v:
        return None
    if isinstance(v, bytes):
        return v.decode("utf-8", errors="replace")
    return str(v)


def distinct(arr: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Distinct non-null values and how many cells hold each."""
    vc = pc.value_counts(arr)
    values, counts = vc.field("values"), vc.field("counts")
    if values.null_count:
        keep = pc.is_valid(values)
        values, counts = pc.filter(values, keep), pc.filter(counts, keep)
    return values, counts


class PerValue:
    """An analysis of a column's distinct values, batch after batch: a value met in an earlier batch
    is not analyzed again (the same place name in every batch of a million-row file is read once).
    The memory of values seen is emptied past ``max_chars`` characters: it bounds work, not results."""

    max_chars = 1 << 24

    def __init__(self, analyze: Callable[[pa.Array], list]):
        self._analyze = analyze
        self._seen: dict[str, Any] = {}
        self._chars = 0

    def distinct(self, values: Values) -> tuple[pa.Array, pa.Array, list[Any], pa.Array] | None:
        """(cells as a string array, distinct values, their results, their cell counts), or None
        when every cell is null."""
        arr = to_array(values)
        if len(arr) == arr.null_count:
            return None
        uniq, counts = distinct(arr)
        dlist = uniq.to_pylist()
        new = [t for t in dlist if t not in self._seen]
        if new:
            self._seen.update(zip(new, self._analyze(pa.array(new, pa.string()))))
            self._chars += sum(map(len, new))
        results = [self._seen[t] for t in dlist]
        if self._chars > self.max_chars:
            self._seen.clear()
            self._chars = 0
        return arr, uniq, results, counts


class KindCounter:
    """Per kind, the number of cells holding it, batch after batch, each distinct value analyzed once.

    Vectorized: Arrow finds the values not seen before (``is_in``) and, among the cells, those whose value
    was flagged; Python touches only the new values and the flagged ones (a public column of places holds
    ~1,000 names repeated over a million rows: none of them becomes a Python object after the first
    batch). The memory of values seen is emptied past ``max_chars`` characters: it bounds work, not results."""

    max_chars = 1 << 24

    def __init__(self, analyze: Callable[[pa.Array], list[frozenset[str]]]):
        self._analyze = analyze
        self._seen: list[pa.Array] = []
        self._seen_set: pa.Array | None = None
        self._flagged: dict[str, frozenset[str]] = {}  # value -> its kinds, for the values with any
        self._chars = 0

    def counts(self, values: Values) -> dict[str, int]:
        arr = to_array(values)
        found: dict[str, int] = {}
        if len(arr) == arr.null_count:
            return found
        values_here = pc.unique(arr)
        if values_here.null_count:
            values_here = values_here.drop_null()
        new = values_here if self._seen_set is None else values_here.filter(
            pc.invert(pc.is_in(values_here, value_set=self._seen_set)))
        if len(new):
            results = self._analyze(new)
            hits = [i for i, kinds in enumerate(results) if kinds]
            if hits:
                texts = new.take(pa.array(hits, pa.int64())).to_pylist()
                self._flagged.update((t, results[i]) for t, i in zip(texts, hits))
            self._seen.append(new)
            self._seen_set = pa.concat_arrays(self._seen) if len(self._seen) > 1 else new
            self._chars += pc.sum(pc.binary_length(new)).as_py() or 0
        if self._flagged:
            cells = arr.filter(pc.is_in(arr, value_set=pa.array(list(self._flagged), pa.string())))
            if len(cells):
                vc = pc.value_counts(cells)
                for v, n in zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()):
                    for kind in self._flagged[v]:
                        found[kind] = found.get(kind, 0) + n
        if self._chars > self.max_chars:
            self._seen, self._seen_set, self._flagged, self._chars = [], None, {}, 0
        return found
