"""Step 4: anonymize a validated table according to the privacy policy declared in its schema.

Policy per field (``privacy.category``): ``public`` kept; ``direct`` dropped; ``pseudonym`` replaced
by a keyed HMAC-SHA256 token (same key → same token across runs and datasets, so reusers can join
without re-identifying); ``quasi`` generalized by ``privacy.generalize``; ``sensitive`` kept and
checked for l-diversity; ``free-text`` scrubbed by the detectors (regex + checksums + French NER).

Fail closed: an undeclared field whose values look personal stops the dataset; after the
transformations every published cell is scanned again (``_scan_after``) and any kind its field does
not declare (``privacy.renseignements``, with a ``fondement``) stops the dataset;
k-anonymity below the threshold is fixed by suppressing records only up to a declared maximum.
No exception or report produced here contains a cell value.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dqpub import detect
from dqpub.core.config import PrivacyConfig
from dqpub.core.errors import PrivacyError
from dqpub.core.schema import (DECLARING, NEVER_DECLARABLE, REMOVABLE, RENSEIGNEMENTS, Schema, check_declarations,
                          declared_kinds, fields, free_text_removals, privacy_category)

DEFAULT_K = 5
DEFAULT_MAX_SUPPRESSION = 0.05
KIND_NAMES = RENSEIGNEMENTS  # kind -> French label, for messages


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
    suppressed_records: int = 0
    suppressed_cells: int = 0
    # quasi-identifier -> suppressed records that it alone kept below k (counts only, for the chart)
    suppressed_by_quasi: dict[str, int] = field(default_factory=dict)
    rows_in: int = 0
    rows_out: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Anonymized:
    table: pa.Table
    schema: Schema  # the published schema: dropped fields gone, generalized types updated
    report: PrivacyReport


# --- generalization rules ---------------------------------------------------------------------


def _as_timestamp(col: pa.ChunkedArray) -> pa.ChunkedArray:
    if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
        return pc.strptime(col, format="%Y-%m-%d", unit="s", error_is_null=True)
    return col


def _band_labels(values: pd.Series, width: float) -> pd.Series:
    lo = (values // width) * width
    hi = lo + width - (1 if float(width).is_integer() else 0)

    def label(a, b):
        if pd.isna(a):
            return None
        fmt = (lambda x: str(int(x))) if float(width).is_integer() else (lambda x: f"{x:g}")
        return f"{fmt(a)}-{fmt(b)}"

    return pd.Series([label(a, b) for a, b in zip(lo, hi)], index=values.index, dtype="object")


def generalize(
    col: pa.ChunkedArray, rule: dict[str, Any], table: pa.Table, *, today: dt.date
) -> tuple[pa.ChunkedArray | pa.Array, str, str]:
    """Apply one declared rule. Returns (new column, new Table Schema type, technique in French)."""
    method = rule.get("method", "none")
    if method == "none":
        return col, "", "conservé (quasi-identifiant compté pour le k-anonymat)"
    if method == "year":
        return pc.year(_as_timestamp(col)), "year", "généralisé à l'année"
    if method == "month":
        return pc.strftime(_as_timestamp(col), format="%Y-%m"), "yearmonth", "généralisé au mois"
    if method == "week":
        ts = _as_timestamp(col)
        years, weeks = pc.iso_year(ts).to_pylist(), pc.iso_week(ts).to_pylist()
        out = [None if y is None else f"{y}-S{w:02d}" for y, w in zip(years, weeks)]
        return pa.array(out, pa.string()), "string", "généralisé à la semaine ISO"
    if method == "age_band":
        width = int(rule.get("width", 10))
        top = int(rule.get("top", 90))
        born = pd.to_datetime(pd.Series(_as_timestamp(col).to_pylist()), errors="coerce")
        ref_name = rule.get("reference_field")
        if ref_name:
            ref = pd.to_datetime(pd.Series(_as_timestamp(table[ref_name]).to_pylist()), errors="coerce")
        else:
            ref = pd.Series([pd.Timestamp(today)] * len(born))
        age = (ref.dt.year - born.dt.year) - (
            (ref.dt.month * 100 + ref.dt.day) < (born.dt.month * 100 + born.dt.day)
        ).astype(int)
        labels = []
        for a in age:
            if pd.isna(a):
                labels.append(None)
            elif a >= top:
                labels.append(f"{top} ans et plus")
            else:
                lo = int(a // width) * width
                labels.append(f"{lo}-{lo + width - 1} ans")
        where = f" à la date « {ref_name} »" if ref_name else ""
        return pa.array(labels, pa.string()), "string", f"date de naissance → tranche d'âge de {width} ans{where}"
    if method == "fsa":
        text = pc.utf8_upper(pc.utf8_trim_whitespace(col.cast(pa.string())))
        fsa = pc.utf8_slice_codeunits(text, 0, 3)
        rural = pc.equal(pc.utf8_slice_codeunits(fsa, 1, 2), "0")
        fsa = pc.if_else(rural, pa.scalar(None, pa.string()), fsa)
        return fsa, "string", "code postal → RTA (3 premiers caractères), RTA rurales (?0?) supprimées"
    if method == "round":
        decimals = int(rule.get("decimals", 2))
        return pc.round(col, ndigits=decimals), "", f"arrondi à {decimals} décimale(s)"
    if method == "band":
        width = rule.get("width", 10)
        series = pd.Series(col.to_pylist(), dtype="float64")
        return pa.array(_band_labels(series, width), pa.string()), "string", f"regroupé en tranches de {width}"
    if method == "top_code":
        mx = rule["max"]
        return pc.min_element_wise(col, pa.scalar(mx, col.type)), "", f"plafonné à {mx}"
    if method == "map":
        mapping = {str(k): v for k, v in rule.get("mapping", {}).items()}
        out = [None if v is None else mapping.get(str(v), str(v)) for v in col.to_pylist()]
        return pa.array(out, pa.string()), "string", "catégories regroupées selon une table de correspondance"
    raise PrivacyError(f"règle de généralisation inconnue : {method}", rule=f"generalize.method={method}")


# --- k-anonymity / l-diversity ------------------------------------------------------------------


def equivalence_sizes(df: pd.DataFrame, quasi: list[str]) -> pd.Series:
    """Size of each record's equivalence class on the quasi-identifiers (nulls form their own value)."""
    if not quasi:
        return pd.Series([len(df)] * len(df), index=df.index)
    keys = df[quasi].astype("string").fillna("\x00∅")
    return keys.groupby(quasi, sort=False)[quasi[0]].transform("size")


def l_diversity(df: pd.DataFrame, quasi: list[str], sensitive: str) -> int:
    if df.empty:
        return 0
    keys = df[quasi].astype("string").fillna("\x00∅")
    keys[sensitive] = df[sensitive].astype("string").fillna("\x00∅")
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


def pseudonymize(col: pa.ChunkedArray, key: bytes) -> pa.Array:
    out = []
    for v in col.to_pylist():
        if v is None:
            out.append(None)
        else:
            digest = hmac.new(key, str(v).strip().encode("utf-8"), hashlib.sha256).hexdigest()
            out.append(digest[:24])
    return pa.array(out, pa.string())


# --- the step -----------------------------------------------------------------------------------


def anonymize(
    table: pa.Table,
    schema: Schema,
    *,
    dataset: str,
    key: bytes | None,
    policy: PrivacyConfig | None = None,
    today: dt.date | None = None,
) -> Anonymized:
    """Apply the declared policy, enforce k-anonymity, and scan what would be published."""
    policy = policy or PrivacyConfig()
    today = today or dt.date.today()
    check_declarations(schema, dataset=dataset)
    report = PrivacyReport(dataset=dataset, rows_in=table.num_rows)
    out_schema = copy.deepcopy(schema)
    out_fields: list[dict] = []
    columns: dict[str, Any] = {}
    quasi: list[str] = []
    sensitive: list[str] = []

    for f in fields(schema):
        name = f["name"]
        cat = privacy_category(f)
        col = table[name]
        if "retirer" in (f.get("privacy") or {}):
            _free_text_removals(f, dataset)  # validated whatever the category: a misplaced switch is an error
        if cat is None:
            found = detect.column_verdict(col, ner=pa.types.is_string(col.type))  # names too: fail closed
            if found:
                kinds = ", ".join(f"{detect.KIND_LABELS.get(k, k)} ({n} cellules)" for k, n in found)
                raise PrivacyError(
                    f"colonne sans classification de confidentialité qui contient des renseignements "
                    f"personnels probables : {kinds}. Déclarez « privacy » pour ce champ dans le schéma.",
                    dataset=dataset, column=name, rule="privacy.category manquante",
                )
            report.warnings.append(f"champ « {name} » sans classification : publié tel quel après vérification")
            report.techniques[name] = "non classé — vérifié par détection, aucun renseignement personnel trouvé"
        elif cat == "direct":
            report.dropped_fields.append(name)
            report.identifiers_removed += table.num_rows - col.null_count
            report.techniques[name] = "identifiant direct — supprimé"
            continue
        elif cat == "pseudonym":
            if not key:
                raise PrivacyError(
                    "aucune clé de pseudonymisation (secret DQPUB_PSEUDONYM_KEY) : publication refusée",
                    dataset=dataset, column=name, rule="privacy.category=pseudonym",
                )
            col = pseudonymize(col, key)
            f = {**f, "type": "string"}
            f.pop("format", None)
            report.techniques[name] = "pseudonymisé (HMAC-SHA256 à clé secrète)"
        elif cat == "quasi":
            col, new_type, technique = generalize(col, f["privacy"].get("generalize", {}), table, today=today)
            if new_type:
                f = {**f, "type": new_type}
                f.pop("format", None)
                f.pop("decimalChar", None)
                f["constraints"] = {k: v for k, v in f.get("constraints", {}).items() if k == "required"}
            quasi.append(name)
            report.techniques[name] = technique
        elif cat == "free-text":
            indirect = _free_text_removals(f, dataset)
            col, counts = detect.scrub(col, ner=True, kinds=detect.KINDS + indirect)
            for kind, n in counts.items():
                report.scrubbed[kind] = report.scrubbed.get(kind, 0) + n
                report.identifiers_removed += n
            report.techniques[name] = "texte libre épuré (identifiants et noms" + "".join(
                f", {REMOVABLE[k]}" for k in indirect) + " remplacés)"
        elif cat == "sensitive":
            sensitive.append(name)
            report.techniques[name] = "attribut sensible conservé (l-diversité mesurée)"
        else:
            report.techniques[name] = "public — conservé"
        columns[name] = col
        out_fields.append(f)

    result = pa.table(columns) if columns else pa.table({})
    result = _enforce_k(result, quasi, sensitive, out_schema, policy, report, dataset)
    cells = policy.cells
    if cells:  # aggregate table: small counts and what would let them be recomputed
        df = result.to_pandas()
        df, primary, secondary = suppress_small_cells(df, cells.count, list(cells.dimensions), cells.threshold)
        idx = result.schema.get_field_index(cells.count)
        counts = pa.array([None if pd.isna(v) else int(v) for v in df[cells.count]], result.schema.field(idx).type)
        result = result.set_column(idx, cells.count, counts)
        report.suppressed_cells += primary + secondary
        report.techniques[cells.count] = (f"petites cellules (< {cells.threshold}) supprimées : "
                                              f"{primary} primaires, {secondary} complémentaires")
    out_schema["fields"] = out_fields
    _scan_after(result, out_fields, dataset)
    report.rows_out = result.num_rows
    return Anonymized(table=result, schema=out_schema, report=report)


def _free_text_removals(f: dict, dataset: str) -> tuple[str, ...]:
    """The indirect kinds this free-text field removes (``privacy.retirer``), or a PrivacyError."""
    try:
        return free_text_removals(f)
    except ValueError as exc:
        raise PrivacyError(str(exc), dataset=dataset, column=f["name"], rule="privacy.retirer") from None


def _about_people(schema: Schema) -> bool:
    return any(privacy_category(f) in ("direct", "pseudonym") for f in fields(schema))


def _enforce_k(
    table: pa.Table, quasi: list[str], sensitive: list[str], schema: Schema,
    policy: PrivacyConfig, report: PrivacyReport, dataset: str,
) -> pa.Table:
    """Suppress records in equivalence classes smaller than k (and l-diversity if declared).

    Applies to tables about people (a direct or pseudonym field), or when ``privacy.k`` is declared.
    Stops the dataset when the suppression needed exceeds ``privacy.suppression_max``.
    """
    if not quasi or (policy.k is None and not _about_people(schema)):
        return table
    k = DEFAULT_K if policy.k is None else policy.k
    max_sup = DEFAULT_MAX_SUPPRESSION if policy.max_suppression is None else policy.max_suppression
    l_req = policy.l
    report.k_threshold, report.l_threshold = k, l_req
    df = table.select(quasi + sensitive).to_pandas()
    if df.empty:
        return table

    # Rare postal areas are merged into the unknown value before suppressing whole records.
    fsa_fields = [f["name"] for f in fields(schema) if f["name"] in quasi
                  and f["privacy"].get("generalize", {}).get("method") == "fsa"]
    for name in fsa_fields:
        counts = df[name].map(df[name].value_counts())
        rare = df[name].notna() & (counts < k)
        report.suppressed_cells += int(rare.sum())
        df.loc[rare, name] = None

    sizes = equivalence_sizes(df, quasi)
    report.k_before = int(sizes.min())
    at_risk = sizes < k
    report.at_risk_before = round(float(at_risk.mean()), 4)
    drop = at_risk.copy()
    if l_req:
        for s in sensitive:
            keys = df[quasi].astype("string").fillna("\x00∅")
            nunique = df[s].astype("string").groupby([keys[q] for q in quasi]).transform("nunique")
            drop |= nunique < int(l_req)
    share = float(drop.mean())
    if share > max_sup:
        raise PrivacyError(
            f"k-anonymat (k={k}) inatteignable : il faudrait supprimer {share:.1%} des enregistrements "
            f"(maximum déclaré {max_sup:.0%}). Généralisez davantage les quasi-identifiants "
            f"({', '.join(quasi)}).",
            dataset=dataset, rule=f"k-anonymat k={k}",
        )
    keep = ~drop.to_numpy()
    report.suppressed_records = int(drop.sum())
    report.suppressed_by_quasi = suppression_by_quasi(df, quasi, drop, k)
    for name in fsa_fields:  # write back the merged postal areas
        values = [None if pd.isna(v) else v for v in df[name].tolist()]
        table = table.set_column(table.schema.get_field_index(name), name, pa.array(values, pa.string()))
    table = table.filter(pa.array(keep))
    kept = df[keep]
    report.k_after = int(equivalence_sizes(kept, quasi).min()) if len(kept) else None
    report.l_after = {s: l_diversity(kept, quasi, s) for s in sensitive} if len(kept) else {}
    return table


def suppression_by_quasi(df: pd.DataFrame, quasi: list[str], dropped: pd.Series, k: int) -> dict[str, int]:
    """Per quasi-identifier, how many suppressed records would have reached k without it: where the
    suppression comes from (the steward generalizes that field first). Counts only."""
    if not dropped.any() or len(quasi) < 2:
        return {q: int(dropped.sum()) for q in quasi} if dropped.any() else {}
    out = {}
    for q in quasi:
        others = [c for c in quasi if c != q]
        out[q] = int((dropped & (equivalence_sizes(df, others) >= k)).sum())
    return out


# Arrow types whose values cannot hold any kind of personal information the detectors know.
_UNSCANNED_TYPES = (pa.types.is_boolean, pa.types.is_date, pa.types.is_timestamp, pa.types.is_time)


def _scan_after(table: pa.Table, out_fields: list[dict], dataset: str) -> None:
    """Nothing published escapes this scan: every column that carries source values as they are
    (public, quasi after generalization, sensitive, undeclared, the columns an aggregate table
    keeps) is read for every kind the detectors know, person names included, minus the kinds its
    declaration allows (``privacy.renseignements``); free text, already scrubbed, for the
    structured kinds. Any finding stops the dataset, with the column, the kinds and the counts.

    Cheap: distinct values only (``detect.kinds_in_column``); the model reads only string columns,
    only their distinct values with a capital letter; a column whose values the schema lists
    (``enum``, checked by the validation) is judged on that list; dates, times and booleans are not
    read."""
    for f in out_fields:
        category = privacy_category(f)
        if category in ("direct", "pseudonym"):
            continue
        col = table[f["name"]]
        if any(is_type(col.type) for is_type in _UNSCANNED_TYPES):
            continue
        unchanged = category != "quasi" or f["privacy"].get("generalize", {}).get("method", "none") == "none"
        enum = unchanged and bool((f.get("constraints") or {}).get("enum"))
        if category == "free-text":
            kinds, ner = detect.STRUCTURED_KINDS, False
        else:
            declared = declared_kinds(f)
            kinds = tuple(k for k in RENSEIGNEMENTS if k not in declared)
            ner = ("nom" in kinds and category is not None and not enum  # undeclared: names read before
                   and (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)))
        if enum and category != "free-text":
            # every value is one the schema lists: reading the list is enough, unless it holds a kind
            listed = [str(v) for v in f["constraints"]["enum"]]
            ner = "nom" in kinds and category is not None
            if not detect.kinds_in_column(listed, kinds=kinds, ner=ner):
                continue
        found = detect.kinds_in_column(col, kinds=kinds, ner=ner)
        if found:
            raise PrivacyError(_undeclared_message(f, category, found), dataset=dataset, column=f["name"],
                               rule="détection après anonymisation")


def _undeclared_message(f: dict, category: str | None, found: dict[str, int]) -> str:
    """French, counts and kinds only: what was found, and which declaration would allow it."""
    what = ", ".join(f"{KIND_NAMES.get(k, k)} « {k} » ({n} cellule{'s' if n > 1 else ''})" for k, n in found.items())
    head = f"renseignements personnels dans une colonne publiée ({category or 'non classée'}) : {what}. Rien n'est publié."
    if category == "free-text":
        return head + " Le texte libre épuré en contient encore : signalez-le à l'équipe (détecteur)."
    never = [k for k in found if k in NEVER_DECLARABLE]
    allowable = [k for k in found if k not in NEVER_DECLARABLE]
    tail = []
    if never:
        tail.append(f"« {'», «'.join(never)} » : aucune déclaration ne le permet (jamais à caractère public) ; "
                    "corrigez la source ou classez le champ « direct »")
    if allowable and category in DECLARING:
        kinds = sorted(set(declared_kinds(f)) | set(allowable), key=list(RENSEIGNEMENTS).index)
        decl = ", ".join(f'"{k}"' for k in kinds)
        tail.append(f"si ces valeurs sont à caractère public, déclarez-les avec leur fondement : "
                    f'"privacy": {{"category": "{category}", "renseignements": [{decl}], "fondement": "…"}} ; '
                    "sinon corrigez la source (valeurs saisies dans la mauvaise colonne ?)")
    elif allowable:
        tail.append("classez ce champ dans le schéma (« privacy ») ou corrigez la source")
    text = " ; ".join(tail)
    return f"{head} {text[:1].upper()}{text[1:]}."
