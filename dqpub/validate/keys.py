"""Keys of rows (``unique`` fields, ``primaryKey``, ``foreignKeys``): 64-bit keys per row and a
log-structured set of them.

Per batch, a 64-bit key per row (the value itself for integers, years, dates and booleans; a SipHash of
the canonical text otherwise) is checked against sorted ``uint64`` arrays: memory is 8 bytes per row
and key, whatever the row width. Duplicates found through a hash (not an exact value) are confirmed by
a second pass over the key columns only (``confirm_duplicates``); a collision makes the caller rerun the
validation with another hash seed.
"""

from __future__ import annotations

import itertools
from typing import Iterable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dqpub.validate.arrow import as_arrow, as_numpy, as_scalar

NULL_TOKEN = "\x00∅"
SEP = "\x1f"
EXACT_KEY_TYPES = (pa.int64(), pa.int32(), pa.date32(), pa.bool_())
_GOLDEN = 0x9E3779B97F4A7C15


def _canonical(typed: pa.Array) -> pa.Array:
    if pa.types.is_string(typed.type):
        s = typed
    elif pa.types.is_floating(typed.type):
        s = pc.cast(pc.if_else(pc.equal(typed, as_scalar(0.0)), as_scalar(0.0), typed), pa.string())
    else:
        s = pc.cast(typed, pa.string())
    return pc.fill_null(s, as_scalar(NULL_TOKEN))


def key_text(typed_cols: list[pa.Array]) -> pa.Array:
    """The canonical text of each row's key (``-0.0`` is ``0.0``, null a token of its own)."""
    cols = [_canonical(t) for t in typed_cols]
    if len(cols) == 1:
        return cols[0]
    return pc.binary_join_element_wise(*cols, SEP)


def key_hash(typed_cols: list[pa.Array], seed: int) -> tuple[np.ndarray, bool]:
    """(uint64 per row, exact?) — exact when the value itself is the key."""
    mix = np.uint64(seed * _GOLDEN % (1 << 64))
    if len(typed_cols) == 1 and typed_cols[0].type in EXACT_KEY_TYPES:
        col = typed_cols[0]
        if col.type == pa.bool_():
            col = pc.cast(col, pa.int8())
        elif col.type == pa.date32():  # Arrow casts a date32 to int32 (days), not straight to int64
            col = pc.cast(col, pa.int32())
        vals = as_numpy(pc.cast(col, pa.int64()).fill_null(as_scalar(0, pa.int64())))
        return vals.astype(np.uint64, copy=False) ^ mix, True
    if len(typed_cols) == 1 and pa.types.is_floating(typed_cols[0].type):
        v = as_numpy(typed_cols[0].fill_null(as_scalar(0.0, pa.float64()))).copy()
        v[v == 0.0] = 0.0
        return v.view(np.uint64) ^ mix, True
    text = key_text(typed_cols)
    # Python's SipHash of (seed, text), one C call per cell (no pandas import: start-up counts)
    vals = np.fromiter(map(hash, zip(itertools.repeat(seed), text.to_pylist())), np.int64, count=len(text))
    return vals.view(np.uint64), False


def any_valid(typed_cols: list[pa.Array]) -> np.ndarray:
    """Rows where at least one key column has a value."""
    out = np.zeros(len(typed_cols[0]), bool)
    for t in typed_cols:
        out |= as_numpy(t.is_valid())
    return out


class HashSet:
    """A set of uint64 as sorted levels (log-structured merge): 8 bytes per element."""

    def __init__(self) -> None:
        self.levels: list[np.ndarray] = []

    def contains(self, h: np.ndarray) -> np.ndarray:
        out = np.zeros(len(h), bool)
        for lvl in self.levels:
            pos = np.searchsorted(lvl, h)
            pos[pos == len(lvl)] = len(lvl) - 1 if len(lvl) else 0
            if len(lvl):
                out |= lvl[pos] == h
        return out

    def add(self, h: np.ndarray) -> None:
        if not len(h):
            return
        self.levels.append(np.unique(h))
        while len(self.levels) > 1 and len(self.levels[-2]) <= 2 * len(self.levels[-1]):
            b = self.levels.pop()
            a = self.levels.pop()
            self.levels.append(np.unique(np.concatenate([a, b])))


class KeySet:
    """Duplicate detection for one unique field or the primary key, across batches."""

    def __init__(self, names: list[str], seed: int) -> None:
        self.names = names
        self.seen = HashSet()
        self.seed = seed
        self.exact = True
        self.suspects: list[np.ndarray] = []  # hashes involved in a hash-only duplicate

    def duplicates(self, typed_cols: list[pa.Array], valid: np.ndarray, recs: np.ndarray) -> np.ndarray:
        """Rows whose key was seen before (in an earlier batch, or earlier in this one)."""
        h, exact = key_hash(typed_cols, self.seed)
        self.exact = self.exact and exact
        dup = np.zeros(len(h), bool)
        vi = np.flatnonzero(valid)
        if not len(vi):
            return dup
        hv = h[vi]
        prior = self.seen.contains(hv)
        order = np.lexsort((recs[vi], hv))
        hs = hv[order]
        within = np.zeros(len(vi), bool)
        within[order[1:]] = hs[1:] == hs[:-1]
        d = prior | within
        dup[vi] = d
        if not exact and d.any():
            self.suspects.append(np.unique(hv[d]))
        self.seen.add(hv[~prior])
        return dup

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.suspects) and not self.exact

    def confirm(self, batches: Iterable[tuple[np.ndarray, list[pa.Array]]]) -> bool:
        """Second pass over (record numbers, typed key columns) batches: are the hash duplicates real
        duplicates? False on a collision."""
        suspects = np.unique(np.concatenate(self.suspects))
        groups: dict[int, set] = {}
        flagged = confirmed = 0
        for recs, typed in batches:
            h, _ = key_hash(typed, self.seed)
            hit = np.isin(h, suspects) & any_valid(typed)
            if not hit.any():
                continue
            idx = np.flatnonzero(hit)
            texts = key_text([t.take(as_arrow(idx)) for t in typed]).to_pylist()
            for o in np.argsort(recs[idx], kind="stable"):
                seen = groups.setdefault(int(h[idx[o]]), set())
                if len(seen):
                    flagged += 1
                    confirmed += texts[o] in seen
                seen.add(texts[o])
        return flagged == confirmed

