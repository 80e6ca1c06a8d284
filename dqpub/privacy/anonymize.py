"""Step 4: anonymize a validated table according to the privacy policy declared in its schema.

Policy per field (``privacy.category``): ``public`` kept; ``direct`` dropped; ``pseudonym`` replaced
by a keyed HMAC-SHA256 token (same key → same token across runs and datasets, so reusers can join
without re-identifying); ``quasi`` generalized by ``privacy.generalize``; ``sensitive`` kept and
checked for l-diversity; ``free-text`` scrubbed by the detectors (regex + checksums + French NER).

Fail closed: an undeclared field whose values look personal stops the dataset; after the
transformations every published cell is scanned again (:mod:`dqpub.privacy.after_scan`) and any kind its field does
not declare (``privacy.renseignements``, with a ``fondement``) stops the dataset;
k-anonymity below the threshold is fixed by suppressing records only up to a declared maximum.
No exception or report produced here contains a cell value.

Memory is bounded by the batch, not the table: :func:`anonymize_file` reads the validated Parquet
file in batches of :data:`BATCH_ROWS` rows and writes the anonymized one batch by batch. When
k-anonymity applies, a first pass reads only the quasi-identifiers and sensitive fields and counts
their combinations (:mod:`dqpub.privacy.kanonymity`); the second pass applies what those counts decide.
Free text is scrubbed per batch, each distinct text analyzed once across batches. An aggregate
table (``privacy.cellules``) is read whole for its small-cell suppression: it is small by nature.
"""

from __future__ import annotations

import copy
import math
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from dqpub.core.french import pct
from dqpub.privacy import detect
from dqpub.privacy.after_scan import AfterScan, scan_after
from dqpub.core.config import CellsConfig, PrivacyConfig
from dqpub.core.errors import PrivacyError
from dqpub.core.parquet import scratch_writer
from dqpub.core.schema import REMOVABLE, Schema, check_declarations, fields, free_text_removals, privacy_category
from dqpub.privacy.generalize import (generalize, generalized_field, optional_field, pseudonym_field, pseudonymize,
                                      scrubbed_field)
from dqpub.privacy.safe_text import Vocabulary, WordCounts
from dqpub.privacy.kanonymity import (DEFAULT_K, DEFAULT_MAX_SUPPRESSION, CombinationCounts, Decision, class_keys,
                                      decide, required_l, suppress_small_cells)

__all__ = ["BATCH_ROWS", "DEFAULT_K", "DEFAULT_MAX_SUPPRESSION", "Anonymized", "PrivacyReport", "about_people",
           "anonymize", "anonymize_file", "generalize", "pseudonymize", "suppress_small_cells"]

BATCH_ROWS = 1 << 16
# A free-text column where more than this share of words is not known to be safe is withheld: mostly
# personal text is not published as a string of « […] » (dataset.yaml: privacy.part_masquee_max).
DEFAULT_MAX_MASKED_SHARE = 0.5
# A lowercase word is known-safe in a column when it occurs in this many distinct records (and this
# share of them): no one person's word is that common (safe_text.WordCounts keeps names out).
FREQUENT_MIN_CELLS = 20
FREQUENT_SHARE = 0.01


@dataclass
class PrivacyReport:
    """What was done, with counts only (published as a summary, never with values)."""

    dataset: str
    techniques: dict[str, str] = field(default_factory=dict)  # field -> technique (French)
    dropped_fields: list[str] = field(default_factory=list)
    scrubbed: dict[str, int] = field(default_factory=dict)  # kind -> cells scrubbed
    identifiers_removed: int = 0
    k_threshold: int | None = None
    k_before: int | None = None
    k_after: int | None = None
    at_risk_before: float | None = None  # share of records in classes smaller than k
    l_threshold: int | None = None
    l_after: dict[str, int] = field(default_factory=dict)
    # share of records whose sensitive value their class gives away, before and after (l-diversity)
    inferable_before: float | None = None
    inferable_after: float | None = None
    suppressed_records: int = 0
    suppressed_cells: int = 0
    # quasi-identifier -> suppressed records that it alone kept below k (counts only, for the chart)
    suppressed_by_quasi: dict[str, int] = field(default_factory=dict)
    rows_in: int = 0
    rows_out: int = 0
    warnings: list[str] = field(default_factory=list)
    # free-text field -> words read, words masked as not known to be safe, withheld (counts only)
    free_text: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Anonymized:
    """The anonymized rows, in memory (``table``) or in a Parquet file (``path``), with the published
    schema (dropped fields gone, generalized types updated) and the report."""

    schema: Schema
    report: PrivacyReport
    table: pa.Table | None = None
    path: Path | None = None

    @property
    def rows(self) -> int:
        if self.table is not None:
            return self.table.num_rows
        return pq.ParquetFile(self.path).metadata.num_rows if self.path is not None else 0

    @property
    def data(self) -> pa.Table | Path:
        """What the renderers read (``dqpub.release.outputs`` takes either)."""
        if self.table is not None:
            return self.table
        if self.path is None:
            raise ValueError("Anonymized sans table ni fichier")
        return self.path


def about_people(schema: Schema) -> bool:
    """A table about people: it has a direct or pseudonymized field (k-anonymity then applies)."""
    return any(privacy_category(f) in ("direct", "pseudonym") for f in fields(schema))


def _free_text_removals(f: dict, dataset: str) -> tuple[str, ...]:
    """The indirect kinds this free-text field removes (``privacy.retirer``), or a PrivacyError."""
    try:
        return free_text_removals(f)
    except ValueError as exc:
        raise PrivacyError(str(exc), dataset=dataset, column=f["name"], rule="privacy.retirer") from None



# --- input and output, in batches ---------------------------------------------------------------


class _Rows:
    """The validated rows, batch by batch: a table in memory or a Parquet file. Always at least one
    (possibly empty) batch, so that an empty table still gets its published columns."""

    def __init__(self, data: pa.Table | Path, batch_rows: int):
        self.data = data
        self.batch_rows = batch_rows
        if isinstance(data, pa.Table):
            self.schema, self.num_rows = data.schema, data.num_rows
        else:
            meta = pq.ParquetFile(data)
            self.schema, self.num_rows = meta.schema_arrow, meta.metadata.num_rows

    def batches(self, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
        if isinstance(self.data, pa.Table):
            chosen = self.data.select(columns) if columns is not None else self.data
            it = iter(chosen.to_batches(max_chunksize=self.batch_rows))
        else:
            # pre_buffer off: with it, the reader keeps every row group it has read until it is closed
            # (pyarrow 26: +3 MB of Arrow memory per 64k-row batch of the events file)
            it = pq.ParquetFile(self.data, pre_buffer=False).iter_batches(batch_size=self.batch_rows, columns=columns)
        empty = True
        for batch in it:
            empty = False
            yield batch
        if empty:
            schema = pa.schema([self.schema.field(c) for c in columns]) if columns is not None else self.schema
            yield pa.RecordBatch.from_arrays([pa.array([], f.type) for f in schema], schema=schema)


class _Sink:
    """Anonymized batches: kept in memory, or written to a Parquet file one batch at a time."""

    def __init__(self, path: Path | None):
        self.path = path
        self.schema: pa.Schema | None = None
        self.rows = 0
        self._tables: list[pa.Table] = []
        self._writer: pq.ParquetWriter | None = None

    def write(self, table: pa.Table) -> None:
        if self.schema is None:
            self.schema = table.schema
        elif table.schema != self.schema:
            table = table.cast(self.schema)
        self.rows += table.num_rows
        if self.path is None:
            self._tables.append(table)
            return
        if self._writer is None:
            self._writer = scratch_writer(self.path, self.schema)
        self._writer.write_table(table)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def table(self) -> pa.Table:
        if self.path is not None:
            return pq.read_table(self.path)
        return pa.concat_tables(self._tables) if self._tables else pa.table({})


# --- the plan: what each field becomes, decided from the schema ---------------------------------


@dataclass
class _Plan:
    fields: list[dict]
    out_fields: list[dict]
    quasi: list[str] = field(default_factory=list)
    sensitive: list[str] = field(default_factory=list)
    unclassified: list[str] = field(default_factory=list)
    fsa_fields: list[str] = field(default_factory=list)
    scrubbers: dict[str, detect.ColumnScrubber] = field(default_factory=dict)
    free_text: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field -> indirect kinds it removes
    public_text: list[str] = field(default_factory=list)  # public string fields: their words are safe
    k_applies: bool = False

    def first_pass_columns(self, rows: _Rows) -> list[str]:
        """What the first pass reads: quasi-identifiers (and the fields their rules refer to),
        sensitive fields, undeclared fields."""
        refs = [(f.get("privacy") or {}).get("generalize", {}).get("reference_field") for f in self.fields
                if f["name"] in self.quasi] if self.k_applies else []
        wanted = set(self.unclassified) | {r for r in refs if r}
        if self.k_applies:
            wanted |= set(self.quasi) | set(self.sensitive)
        return [n for n in rows.schema.names if n in wanted]


def _plan(schema: Schema, rows: _Rows, report: PrivacyReport, *, dataset: str, key: bytes | None,  # noqa: C901 - one branch per privacy category
          policy: PrivacyConfig, today: dt.date) -> _Plan:
    """Each field's treatment, its published declaration and its technique (French), before any row
    is read; generalization rules are tried on an empty column, so an unknown rule stops here."""
    empty = next(iter(_Rows(rows.schema.empty_table(), 1).batches()))
    plan = _Plan(fields=list(fields(schema)), out_fields=[])
    required = {f["name"] for f in plan.fields if (f.get("constraints") or {}).get("required")}
    for f in plan.fields:
        name, cat = f["name"], privacy_category(f)
        if "retirer" in (f.get("privacy") or {}):
            _free_text_removals(f, dataset)  # validated whatever the category: a misplaced switch is an error
        if cat is None:
            plan.unclassified.append(name)
            report.warnings.append(f"champ « {name} » sans classification : publié tel quel après vérification")
            report.techniques[name] = "non classé — vérifié par détection, aucun renseignement personnel trouvé"
        elif cat == "direct":
            report.dropped_fields.append(name)
            report.techniques[name] = "identifiant direct — supprimé"
            continue
        elif cat == "pseudonym":
            if not key:
                raise PrivacyError(
                    "aucune clé de pseudonymisation (secret DQPUB_PSEUDONYM_KEY) : publication refusée",
                    dataset=dataset, column=name, rule="privacy.category=pseudonym",
                )
            f = pseudonym_field(f)
            report.techniques[name] = "pseudonymisé (HMAC-SHA256 à clé secrète)"
        elif cat == "quasi":
            rule = f["privacy"].get("generalize", {})
            _, new_type, technique = generalize(empty.column(name), rule, empty, today=today)
            f = generalized_field(f, rule, new_type, required)
            plan.quasi.append(name)
            if rule.get("method") == "fsa":
                plan.fsa_fields.append(name)
            report.techniques[name] = technique
        elif cat == "free-text":
            indirect = _free_text_removals(f, dataset)
            plan.free_text[name] = indirect
            f = scrubbed_field(f)
            report.techniques[name] = "texte libre épuré (identifiants et noms" + "".join(
                f", {REMOVABLE[k]}" for k in indirect) + " remplacés ; seuls les mots connus sûrs sont gardés)"
        elif cat == "sensitive":
            plan.sensitive.append(name)
            report.techniques[name] = "attribut sensible conservé (l-diversité mesurée)"
        else:
            report.techniques[name] = "public — conservé"
            if f.get("type", "string") == "string":
                plan.public_text.append(name)
        if policy.cells and name == policy.cells.count:  # small counts become unknown
            f = optional_field(f)
        plan.out_fields.append(f)
    plan.k_applies = bool(plan.quasi) and (policy.k is not None or about_people(schema))
    return plan


# --- first pass: undeclared fields, counts of quasi-identifier combinations ----------------------


def _first_pass(plan: _Plan, rows: _Rows, report: PrivacyReport, *, dataset: str, policy: PrivacyConfig,
                today: dt.date) -> Decision:
    columns = plan.first_pass_columns(rows)
    if not columns:
        return Decision()
    verdicts = {n: detect.ColumnVerdict(ner=pa.types.is_string(rows.schema.field(n).type))  # names too: fail closed
                for n in plan.unclassified}
    found: dict[str, dict[str, int]] = {n: {} for n in plan.unclassified}
    non_null = dict.fromkeys(plan.unclassified, 0)
    counts = CombinationCounts(plan.quasi + plan.sensitive)
    rules = {f["name"]: f["privacy"].get("generalize", {}) for f in plan.fields if f["name"] in plan.quasi}
    for batch in rows.batches(columns):
        for name, verdict in verdicts.items():
            col = batch.column(name)
            non_null[name] += len(col) - col.null_count
            for kind, n in verdict.counts(col).items():
                found[name][kind] = found[name].get(kind, 0) + n
        if plan.k_applies:
            quasi = [generalize(batch.column(q), rules[q], batch, today=today)[0] for q in plan.quasi]
            counts.add(quasi + [batch.column(s) for s in plan.sensitive])
    for name in plan.unclassified:
        kinds_found = detect.verdict(found[name], non_null[name])
        if kinds_found:
            kinds = ", ".join(f"{detect.KIND_LABELS.get(k, k)} ({n} cellules)" for k, n in kinds_found)
            raise PrivacyError(
                f"colonne sans classification de confidentialité qui contient des renseignements "
                f"personnels probables : {kinds}. Déclarez « privacy » pour ce champ dans le schéma.",
                dataset=dataset, column=name, rule="privacy.category manquante",
            )
    if not plan.k_applies:
        return Decision()
    report.k_threshold = DEFAULT_K if policy.k is None else policy.k
    report.l_threshold = required_l(policy, dataset) if plan.sensitive else None
    decision = decide(counts.frame(), plan.quasi, plan.sensitive, plan.fsa_fields, policy, dataset)
    report.suppressed_cells += decision.suppressed_cells
    report.suppressed_records = decision.suppressed_records
    report.k_before, report.k_after = decision.k_before, decision.k_after
    report.at_risk_before, report.l_after = decision.at_risk_before, decision.l_after
    report.suppressed_by_quasi = decision.suppressed_by_quasi
    report.inferable_before, report.inferable_after = decision.inferable_before, decision.inferable_after
    return decision


# --- free text: the words known to be safe ------------------------------------------------------

MAX_PUBLIC_VALUES = 50_000  # a public column with more distinct values is not a vocabulary (ids, amounts)


def _free_text_scrubbers(plan: _Plan, rows: _Rows, policy: PrivacyConfig) -> None:
    """One read of the public string columns and the free-text columns: the values of the first and
    the words many records of the second share become known-safe words of each free-text column."""
    if not plan.free_text:
        return
    public: dict[str, set[str]] = {n: set() for n in plan.public_text}
    counts = {n: WordCounts() for n in plan.free_text}
    distinct = dict.fromkeys(plan.free_text, 0)
    for batch in rows.batches([n for n in rows.schema.names if n in public or n in counts]):
        for name, seen in list(public.items()):
            seen.update(v for v in pc.unique(batch.column(name)).to_pylist() if isinstance(v, str))
            if len(seen) > MAX_PUBLIC_VALUES:
                del public[name]
        for name, wc in counts.items():
            for text in pc.unique(batch.column(name)).to_pylist():
                if isinstance(text, str):
                    wc.add(text)
                    distinct[name] += 1
    values = [v for seen in public.values() for v in seen] + list(policy.vocabulary)
    for name, indirect in plan.free_text.items():
        threshold = max(FREQUENT_MIN_CELLS, math.ceil(FREQUENT_SHARE * distinct[name]))
        vocabulary = Vocabulary.build(values, ages="age" in indirect, health="sante" in indirect,
                                      frequent=counts[name].frequent(threshold))
        plan.scrubbers[name] = detect.ColumnScrubber(ner=True, kinds=detect.KINDS + indirect, vocabulary=vocabulary)


def _masked_shares(plan: _Plan, report: PrivacyReport, policy: PrivacyConfig) -> list[str]:
    """Per free-text field, the share of words masked; the fields above ``part_masquee_max`` are withheld."""
    limit = DEFAULT_MAX_MASKED_SHARE if policy.max_masked_share is None else policy.max_masked_share
    withheld = []
    for name, scrubber in plan.scrubbers.items():
        share = scrubber.masked / scrubber.words if scrubber.words else 0.0
        report.free_text[name] = {"mots": scrubber.words, "masques": scrubber.masked, "part": round(share, 4),
                                  "retenu": share > limit}
        if share > limit:
            withheld.append(name)
            report.techniques[name] = (f"texte libre retenu : {pct(share, 0)} des mots n'étaient pas connus sûrs "
                                       f"(plus de {pct(limit, 0)}, privacy.part_masquee_max) ; la colonne est publiée vide")
            report.warnings.append(f"champ « {name} » : texte libre retenu ({pct(share, 0)} des mots masqués)")
    return withheld


def _withhold(table: pa.Table | None, out: Path | None, names: list[str]) -> pa.Table | None:
    """The withheld free-text columns emptied (nulls), in the table or in the Parquet file, batch by batch."""
    def empty(t: pa.Table | pa.RecordBatch) -> pa.Table:
        t = t if isinstance(t, pa.Table) else pa.Table.from_batches([t])
        for n in names:
            i = t.schema.get_field_index(n)
            t = t.set_column(i, n, pa.nulls(len(t), t.schema.field(i).type))
        return t
    if table is not None:
        return empty(table)
    if out is not None:
        tmp = out.with_suffix(".retenu.parquet")
        source = pq.ParquetFile(out)
        with pq.ParquetWriter(tmp, source.schema_arrow) as writer:
            for batch in source.iter_batches():
                writer.write_table(empty(batch))
        tmp.replace(out)
    return table


# --- second pass: every field, batch by batch ----------------------------------------------------


def _transform(batch: pa.RecordBatch, plan: _Plan, decision: Decision, report: PrivacyReport, *,
               key: bytes | None, today: dt.date) -> pa.Table:
    """One batch through the plan: dropped, pseudonymized, generalized, scrubbed fields; rows of the
    classes the first pass dropped removed."""
    columns: dict[str, Any] = {}
    for f in plan.fields:
        name, cat = f["name"], privacy_category(f)
        col = batch.column(name)
        if cat == "direct":
            report.identifiers_removed += len(col) - col.null_count
            continue
        if cat == "pseudonym":
            col = pseudonymize(col, key or b"")
        elif cat == "quasi":
            col = generalize(col, f["privacy"].get("generalize", {}), batch, today=today)[0]
            rare = decision.rare.get(name)
            if rare:
                col = pc.if_else(pc.is_in(col, value_set=pa.array(sorted(rare), pa.string())),
                                 pa.scalar(None, pa.string()), col)
        elif cat == "free-text":
            col, counts = plan.scrubbers[name](col)
            for kind, n in counts.items():
                report.scrubbed[kind] = report.scrubbed.get(kind, 0) + n
                report.identifiers_removed += n
        columns[name] = col
    out = pa.table(columns) if columns else pa.table({})
    if decision.dropped and len(out):
        dropped = pc.is_in(class_keys([out.column(q) for q in plan.quasi]),
                           value_set=pa.array(sorted(decision.dropped), pa.string()))
        out = out.filter(pc.invert(dropped))
    return out


def _small_cells(table: pa.Table, cells: CellsConfig, report: PrivacyReport) -> pa.Table:
    """Aggregate table: small counts and what would let them be recomputed become unknown."""
    import pandas as pd  # on first use: 0.3 s of import that most runs never need
    df = table.to_pandas()
    df, primary, secondary = suppress_small_cells(df, cells.count, list(cells.dimensions), cells.threshold)
    idx = table.schema.get_field_index(cells.count)
    counts = pa.array([None if pd.isna(v) else int(v) for v in df[cells.count]], table.schema.field(idx).type)
    report.suppressed_cells += primary + secondary
    report.techniques[cells.count] = (f"petites cellules (< {cells.threshold}) supprimées : "
                                      f"{primary} primaires, {secondary} complémentaires")
    return table.set_column(idx, cells.count, counts)


# --- the step -----------------------------------------------------------------------------------


def anonymize_file(
    validated: Path,
    schema: Schema,
    *,
    dataset: str,
    key: bytes | None,
    out: Path,
    policy: PrivacyConfig | None = None,
    today: dt.date | None = None,
    batch_rows: int = BATCH_ROWS,
) -> Anonymized:
    """The validated Parquet file ``validated`` anonymized into the Parquet file ``out``, batch by
    batch: apply the declared policy, enforce k-anonymity, scan what would be published."""
    return _run(validated, schema, dataset=dataset, key=key, out=out, policy=policy, today=today,
                batch_rows=batch_rows)


def anonymize(
    table: pa.Table,
    schema: Schema,
    *,
    dataset: str,
    key: bytes | None,
    policy: PrivacyConfig | None = None,
    today: dt.date | None = None,
    batch_rows: int = BATCH_ROWS,
) -> Anonymized:
    """:func:`anonymize_file` for a table in memory (same batches, same rules); the result's
    ``table`` holds the anonymized rows."""
    return _run(table, schema, dataset=dataset, key=key, out=None, policy=policy, today=today,
                batch_rows=batch_rows)


def _run(data: pa.Table | Path, schema: Schema, *, dataset: str, key: bytes | None, out: Path | None,
         policy: PrivacyConfig | None, today: dt.date | None, batch_rows: int) -> Anonymized:
    policy = policy or PrivacyConfig()
    today = today or dt.date.today()
    check_declarations(schema, dataset=dataset)
    rows = _Rows(data, batch_rows)
    report = PrivacyReport(dataset=dataset, rows_in=rows.num_rows)
    plan = _plan(schema, rows, report, dataset=dataset, key=key, policy=policy, today=today)
    decision = _first_pass(plan, rows, report, dataset=dataset, policy=policy, today=today)
    _free_text_scrubbers(plan, rows, policy)
    cells = policy.cells
    scan = AfterScan(plan.out_fields, dataset)
    sink = _Sink(out)
    try:
        for batch in rows.batches():
            anonymized = _transform(batch, plan, decision, report, key=key, today=today)
            if not cells:
                scan.add(anonymized)
            sink.write(anonymized)
    finally:
        sink.close()
    result = sink.table() if cells or out is None else None
    if cells and result is not None:  # aggregate table: small counts and what would let them be recomputed
        result = _small_cells(result, cells, report)
        scan_after(result, plan.out_fields, dataset)
        if out is not None:
            pq.write_table(result, out)
            result = None
    else:
        scan.finish()
    withheld = _masked_shares(plan, report, policy)
    if withheld:
        result = _withhold(result, out, withheld)
    out_schema = copy.deepcopy(schema)
    out_schema["fields"] = plan.out_fields
    report.rows_out = sink.rows
    return Anonymized(schema=out_schema, report=report, table=result, path=out)
