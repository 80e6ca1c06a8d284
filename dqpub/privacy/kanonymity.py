"""k-anonymity and l-diversity of a table about people, and small-cell suppression of aggregates.

The streamed anonymization decides k-anonymity from counts, never from the rows: a first pass over
the batches counts each combination of the (generalized) quasi-identifiers and sensitive values
(:class:`CombinationCounts`: as many rows as distinct combinations, which generalization keeps
small), :func:`decide` reads those counts exactly as the whole-table rules read the records (rare
postal areas merged into the unknown value, classes smaller than k, l-diversity), and the second
pass drops the rows of the classes it named (:func:`class_keys`). The pandas functions below are the
same measures on a table in memory (re-evaluation, aggregate tables).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from dqpub.core.french import pct
from dqpub.core.config import PrivacyConfig
from dqpub.core.errors import PrivacyError

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_K = 5
# l-diversity by default on every sensitive field of a table about people (inference criterion of the
# anonymization regulation): in a class where everyone has the same status, knowing that a neighbour is in
# the class tells their status. A dataset declares more, or l: 1 with a written reason (privacy.l_raison).
DEFAULT_L = 2
DEFAULT_MAX_SUPPRESSION = 0.05
NULL = "\x00∅"  # a missing value is a value of its own in an equivalence class
_SEP = "\x1f"


def equivalence_sizes(df: pd.DataFrame, quasi: list[str]) -> pd.Series:
    """Size of each record's equivalence class on the quasi-identifiers (nulls form their own value)."""
    import pandas as pd  # on first use: 0.3 s of import that most runs never need
    if not quasi:
        return pd.Series([len(df)] * len(df), index=df.index)
    keys = df[quasi].astype("string").fillna(NULL)
    return keys.groupby(quasi, sort=False)[quasi[0]].transform("size")


def l_diversity(df: pd.DataFrame, quasi: list[str], sensitive: str) -> int:
    if df.empty:
        return 0
    keys = df[quasi].astype("string").fillna(NULL)
    keys[sensitive] = df[sensitive].astype("string").fillna(NULL)
    return int(keys.groupby(quasi, sort=False)[sensitive].nunique().min()) if quasi else int(keys[sensitive].nunique())


def suppress_small_cells(
    df: pd.DataFrame, count: str, dims: list[str], threshold: int
) -> tuple[pd.DataFrame, int, int]:
    """Statistical disclosure control for aggregate tables.

    Primary suppression: counts in 1..threshold-1 become unknown. Complementary suppression: in
    every line of the table (cells sharing all dimensions but one), a single suppressed cell could
    be recomputed from the line's total, so the smallest other published cell of that line is
    suppressed too; repeated until no line has exactly one suppressed cell.
    Returns (table, primary count, complementary count).
    """
    import pandas as pd  # on first use: 0.3 s of import that most runs never need
    out = df.copy()
    values = pd.to_numeric(out[count], errors="coerce")
    hidden = values.notna() & (values > 0) & (values < threshold)
    primary = int(hidden.sum())
    secondary = 0
    changed = primary > 0
    while changed:
        changed = False
        for free in dims:
            fixed = [d for d in dims if d != free]
            by = fixed[0] if len(fixed) == 1 else fixed
            groups = out.groupby(by, sort=False).groups if fixed else {(): out.index}
            for idx in groups.values():
                idx = list(idx)
                if len(idx) < 2 or int(hidden[idx].sum()) != 1:
                    continue
                candidates = values[idx][~hidden[idx] & values[idx].notna()]
                if candidates.empty:
                    continue
                hidden[candidates.idxmin()] = True
                secondary += 1
                changed = True
    out[count] = values.where(~hidden)
    return out, primary, secondary


# --- streamed: counts of combinations, then a decision per class -----------------------------------


def as_text(col: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """A quasi-identifier or sensitive column as text (its classes are those of its values)."""
    return col if pa.types.is_string(col.type) else pc.cast(col, pa.string())


def class_keys(columns: list[pa.Array | pa.ChunkedArray]) -> pa.Array | pa.ChunkedArray:
    """One text per row naming its equivalence class: the quasi-identifiers as text, joined."""
    parts = [pc.fill_null(as_text(c), NULL) for c in columns]
    return parts[0] if len(parts) == 1 else pc.binary_join_element_wise(*parts, _SEP)


class CombinationCounts:
    """Rows per distinct combination of some text columns, added batch by batch.

    The batches' counts are merged when they outgrow what is already merged (a doubling rule), so
    merging costs O(n log n) over the run and memory follows the number of combinations."""

    def __init__(self, names: list[str]):
        self.names = names
        self._merged: pa.Table | None = None
        self._pending: list[pa.Table] = []
        self._pending_rows = 0

    def add(self, columns: list[pa.Array | pa.ChunkedArray]) -> None:
        batch = pa.table([as_text(c) for c in columns], names=self.names)
        counted = batch.group_by(self.names, use_threads=False).aggregate([([], "count_all")])
        self._pending.append(counted.rename_columns(self.names + ["n"]))
        self._pending_rows += counted.num_rows
        if self._pending_rows > max(1 << 16, 2 * (self._merged.num_rows if self._merged is not None else 0)):
            self._merge()

    def _merge(self) -> None:
        parts = ([self._merged] if self._merged is not None else []) + self._pending
        if parts:
            both = pa.concat_tables(parts)
            summed = both.group_by(self.names, use_threads=False).aggregate([("n", "sum")])
            self._merged = summed.rename_columns(self.names + ["n"])
        self._pending, self._pending_rows = [], 0

    def frame(self) -> pd.DataFrame:
        """The counts (text columns with None for missing values, and ``n``)."""
        import pandas as pd  # on first use: 0.3 s of import that most runs never need
        self._merge()
        if self._merged is None:
            return pd.DataFrame({**{c: pd.Series([], dtype=object) for c in self.names}, "n": []})
        df = self._merged.to_pandas()
        for c in self.names:
            df[c] = df[c].astype(object).where(df[c].notna(), None)
        return df


@dataclass
class Decision:
    """What the second pass applies: postal areas merged into the unknown value, classes dropped."""

    rare: dict[str, set[str]] = field(default_factory=dict)  # fsa field -> values made unknown
    dropped: set[str] = field(default_factory=set)  # class keys (class_keys) whose rows are dropped
    suppressed_cells: int = 0
    suppressed_records: int = 0
    k_before: int | None = None
    k_after: int | None = None
    at_risk_before: float | None = None
    l_after: dict[str, int] = field(default_factory=dict)
    suppressed_by_quasi: dict[str, int] = field(default_factory=dict)
    # share of records whose sensitive value (of at least one sensitive field) the class gives away
    inferable_before: float | None = None
    inferable_after: float | None = None


def required_l(policy: PrivacyConfig, dataset: str) -> int:
    """The l each sensitive field must reach: the declared one, else :data:`DEFAULT_L`; 1 only with a reason."""
    if policy.l is None:
        return DEFAULT_L
    if int(policy.l) < DEFAULT_L and not policy.l_reason.strip():
        raise PrivacyError(
            f"l-diversité l = {policy.l} déclarée sans raison : écrivez pourquoi la valeur sensible d'une classe "
            f"peut être connue (privacy.l_raison) ou laissez la valeur par défaut (l = {DEFAULT_L})",
            dataset=dataset, rule="privacy.l")
    return int(policy.l)


def _inferable(df: pd.DataFrame, sensitive: list[str]) -> float | None:
    """Share of the records of ``df`` (counts with ``_key``) in a class with one value of some sensitive field."""
    total = int(df["n"].sum()) if len(df) else 0
    if not sensitive or not total:
        return None
    single = None
    for s in sensitive:
        one = df[s].where(df[s].notna(), NULL).groupby(df["_key"], sort=False).transform("nunique") < 2
        single = one if single is None else (single | one)
    return round(float(int(df.loc[single, "n"].sum()) / total), 4)


def _keys(df: pd.DataFrame, quasi: list[str]) -> pd.Series:
    """The pandas twin of :func:`class_keys` on the counts' text columns."""
    import pandas as pd  # on first use: 0.3 s of import that most runs never need
    filled = df[quasi].astype(object).where(df[quasi].notna(), NULL)
    return filled.apply(lambda row: _SEP.join(row), axis=1) if len(df) else pd.Series([], dtype=object)


def decide(counts: pd.DataFrame, quasi: list[str], sensitive: list[str], fsa_fields: list[str],  # noqa: C901 - the whole-table rules, in their order
           policy: PrivacyConfig, dataset: str) -> Decision:
    """The whole-table k-anonymity rules, read from the counts of combinations.

    Rare postal areas (fewer than k records) become unknown; a class smaller than k, or (with
    ``privacy.l``) with fewer than l distinct values of a sensitive field, is dropped; more than
    ``privacy.suppression_max`` of the records to drop stops the dataset."""
    k = DEFAULT_K if policy.k is None else policy.k
    max_sup = DEFAULT_MAX_SUPPRESSION if policy.max_suppression is None else policy.max_suppression
    l_req = required_l(policy, dataset) if sensitive else None
    out = Decision()
    total = int(counts["n"].sum()) if len(counts) else 0
    if not total:
        return out
    df = counts.copy()
    for name in fsa_fields:
        per_value = df.groupby(name, dropna=True, sort=False)["n"].sum()
        rare = set(per_value.index[per_value < k])
        mask = df[name].isin(rare)
        out.suppressed_cells += int(df.loc[mask, "n"].sum())
        df.loc[mask, name] = None
        out.rare[name] = rare
    df["_key"] = _keys(df, quasi)
    sizes = df.groupby("_key", sort=False)["n"].transform("sum")
    out.k_before = int(sizes.min())
    at_risk = sizes < k
    out.at_risk_before = round(float(int(df.loc[at_risk, "n"].sum()) / total), 4)
    out.inferable_before = _inferable(df, sensitive)
    drop = at_risk.copy()
    if l_req:
        for s in sensitive:
            drop |= df.groupby("_key", sort=False)[s].transform("nunique") < int(l_req)
    dropped = int(df.loc[drop, "n"].sum())
    share = float(dropped / total)
    if share > max_sup:
        rule = f"k-anonymat (k={k})" + (f" et l-diversité (l={l_req})" if l_req else "")
        raise PrivacyError(
            f"{rule} inatteignable : il faudrait supprimer {pct(share)} des enregistrements "
            f"(maximum déclaré {pct(max_sup, 0)}). Généralisez davantage les quasi-identifiants "
            f"({', '.join(quasi)}).",
            dataset=dataset, rule=rule,
        )
    out.suppressed_records = dropped
    out.dropped = set(df.loc[drop, "_key"])
    out.suppressed_by_quasi = _suppression_by_quasi(df, quasi, drop, k)
    kept = df[~drop]
    out.inferable_after = _inferable(kept, sensitive)
    if len(kept):
        out.k_after = int(kept.groupby("_key", sort=False)["n"].sum().min())
        for s in sensitive:
            values = kept[s].where(kept[s].notna(), NULL)
            out.l_after[s] = int(values.groupby(kept["_key"], sort=False).nunique().min())
    return out


def _suppression_by_quasi(df: pd.DataFrame, quasi: list[str], drop: pd.Series, k: int) -> dict[str, int]:
    """Per quasi-identifier, how many suppressed records would have reached k without it: where the
    suppression comes from (the steward generalizes that field first). Counts only."""
    if not drop.any():
        return {}
    dropped = int(df.loc[drop, "n"].sum())
    if len(quasi) < 2:
        return {q: dropped for q in quasi}
    out = {}
    for q in quasi:
        others = [c for c in quasi if c != q]
        sizes = df.groupby(_keys(df, others), sort=False)["n"].transform("sum")
        out[q] = int(df.loc[drop & (sizes >= k), "n"].sum())
    return out
