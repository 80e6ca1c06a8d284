"""Periodic re-evaluation of what is published (Règlement sur l'anonymisation: the residual risk of
anonymized information is re-evaluated over time, because detectors, declarations and the other
data published next to it change after publication).

For every dataset of the inventory that a target holds, this module re-reads what is CURRENTLY
published through the publisher interface only (``state()``: published schema with its privacy
annotations; ``fetch(dataset, "donnees-csv")``: the current CSV), then:

1. **Detectors.** Today's detectors run on every published column, distinct values only
   (:func:`dqpub.privacy.detect.scrub`: structured kinds on every column, names by NER on string columns).
   A kind is allowed only in a ``public`` column that declares it (``privacy.renseignements``);
   anything else is a finding.
2. **Risk measures** on the published quasi-identifiers, with the measuring functions of
   :mod:`dqpub.privacy.anonymize` (not copies): smallest equivalence class (k) and share of records in a
   class smaller than the declared k, l-diversity of sensitive fields, small and recomputable cells
   of aggregate tables, and the share of records suppressed at publication (private registry).
   Thresholds are today's declarations: ``dataset.yaml`` (``privacy.k``, ``l``, ``suppression_max``,
   ``cellules``) and the schema in the repository (falling back to the published one).
3. **Linkage between our own published datasets.** A dataset about people (the one k applies to)
   is paired with every other published dataset. Shared quasi-identifiers are the columns with the
   same meaning: same name (or same ``privacy.lien`` concept), e.g. ``municipalite``, and the time
   fields declared by ``metadata.champ_temporel`` (or ``privacy.lien: date``), truncated to the
   coarsest common granularity (year, month, day): a date in one and a month in the other join on
   the month. The people records whose key values appear in the other dataset are the linkable
   ones; the combination's quasi-identifiers are the dataset's own quasi-identifiers plus the
   shared keys, and its k is the smallest class among the linkable records. When every shared key
   is already a quasi-identifier of the people dataset, the link cannot lower its k (every record
   of a class shares the same key and so the same partners); the measure catches the columns
   published as ``public`` (or sensitive) that another dataset turns into a quasi-identifier,
   and finer time fields. Records linked to exactly one record of the other dataset are counted
   too (they inherit its attributes: informative, not a failure).

The result is a dated JSON entry per dataset in the private registry (next to the anonymization
registry records) and a French summary. Nothing is unpublished automatically: the summary says
what to do. No cell value ever leaves this module: findings are column, kind and count.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pcsv

from dqpub.privacy import anonymize, detect, kanonymity
from dqpub.core.errors import DqpubError
from dqpub.core.config import Entry, MetadataConfig, PrivacyConfig
from dqpub.inventory import load_config, pull_inventory
from dqpub import steps
from dqpub.pipeline import direct, guarded, keep_trace, private_folder
from dqpub.steps import Step
from dqpub.core.schema import fields, load_schema, privacy_category
from dqpub.core.settings import Settings
from dqpub.core.release import Publisher
from dqpub.core.french import pct
from dqpub.reevaluate_results import Check, DatasetEvaluation, Detection, Linkage, Reevaluation, kind_label

TIME_TYPES = {"year": 0, "yearmonth": 1, "date": 2, "datetime": 2}  # granularity: year < month < day
TIME_SLICE = {0: 4, 1: 7, 2: 10}  # characters of an ISO value kept at that granularity
GRANULARITY = {0: "année", 1: "mois", 2: "jour"}
NULL = "\x00∅"  # a missing key is a value of its own, as in kanonymity.equivalence_sizes
RECORD_PREFIX = "reevaluation-"

# This job's own steps, run like the pipeline's (guarded, then ``call``: directly or as Prefect tasks).
READ = Step("lire")  # load_published
EVALUATE = Step("évaluer")  # evaluate_dataset


# --- reading what is published ---------------------------------------------------------------------


def read_published(data: bytes, schema: dict[str, Any]) -> pa.Table:
    """The published CSV, every column as text (empty cell = missing), as reusers download it."""
    names = [f["name"] for f in fields(schema)]
    opts = pcsv.ConvertOptions(column_types={n: pa.string() for n in names}, strings_can_be_null=True,
                               null_values=[""], quoted_strings_can_be_null=True)
    return pcsv.read_csv(io.BytesIO(data), convert_options=opts)


# --- measures (pure functions on small tables; reuse anonymize's) ---------------------------------


def k_measures(df: pd.DataFrame, quasi: list[str], k: int) -> tuple[int | None, float]:
    """(smallest equivalence class, share of records in a class smaller than ``k``)."""
    if df.empty or not quasi:
        return None, 0.0
    sizes = kanonymity.equivalence_sizes(df, quasi)
    return int(sizes.min()), round(float((sizes < k).mean()), 4)


def l_measures(df: pd.DataFrame, quasi: list[str], sensitive: list[str]) -> dict[str, int]:
    return {s: kanonymity.l_diversity(df, quasi, s) for s in sensitive} if len(df) else {}


def small_cells(df: pd.DataFrame, count: str, dims: list[str], threshold: int) -> tuple[int, int]:
    """(published counts below the threshold, suppressed cells that a line's total would give back).

    Already suppressed cells (missing counts) are fed to ``kanonymity.suppress_small_cells`` as
    hidden ones: the complementary suppression it would still add is what can be recomputed."""
    values = pd.to_numeric(df[count], errors="coerce")
    small = (values > 0) & (values < threshold)
    visible = int(small.sum())
    probe = df.copy()
    # a suppressed cell counts as a small one, hidden; visible small cells are counted above and left
    # out here, so that the second figure is about the suppressed cells only
    probe[count] = values.where(~small, threshold).fillna(1)
    _, _, recomputable = kanonymity.suppress_small_cells(probe, count, dims, threshold)
    return visible, recomputable


def _key_values(series: pd.Series, granularity: int | None) -> pd.Series:
    text = series.astype("string")
    if granularity is not None:
        text = text.str.slice(0, TIME_SLICE[granularity])
    return text.fillna(NULL)


@dataclass(frozen=True)
class Key:
    """One shared quasi-identifier: the column in each dataset, and the common time granularity."""

    column: str
    other_column: str
    granularity: int | None = None

    def label(self) -> str:
        if self.granularity is None and self.column == self.other_column:
            return self.column
        gran = f" ({GRANULARITY[self.granularity]})" if self.granularity is not None else ""
        return f"{self.column} ↔ {self.other_column}{gran}"


def linkage_measure(people: pd.DataFrame, quasi: list[str], other: pd.DataFrame, keys: list[Key],
                    k: int) -> tuple[int, int, int | None, float]:
    """Join ``people`` with ``other`` on the shared keys and measure the combination.

    Returns (linkable records, records linked to exactly one record of ``other``, k of the
    combination over ``quasi`` + keys among the linkable records, their share in a class < k)."""
    if people.empty or other.empty or not keys:
        return 0, 0, None, 0.0
    left = pd.DataFrame({f"k{i}": _key_values(people[key.column], key.granularity) for i, key in enumerate(keys)},
                        index=people.index)
    right = pd.DataFrame({f"k{i}": _key_values(other[key.other_column], key.granularity)
                          for i, key in enumerate(keys)})
    key_cols = list(left.columns)
    partners = right.groupby(key_cols, sort=False).size().rename("partenaires").reset_index()
    joined = (left.rename_axis("_ligne").reset_index().merge(partners, on=key_cols, how="inner")
              .set_index("_ligne"))
    if joined.empty:
        return 0, 0, None, 0.0
    combo = people.loc[joined.index, list(dict.fromkeys(quasi))].copy()
    for c in key_cols:
        combo[c] = joined[c]
    min_k, at_risk = k_measures(combo, list(combo.columns), k)
    return len(joined), int((joined["partenaires"] == 1).sum()), min_k, at_risk


# --- one dataset -----------------------------------------------------------------------------------


@dataclass
class Published:
    """What the target holds for one dataset, with today's declarations."""

    entry: Entry
    state: Any
    table: pa.Table | None
    fields: list[dict[str, Any]]  # published fields carrying today's privacy declaration
    policy: PrivacyConfig
    metadata: MetadataConfig
    about_people: bool
    registry: dict[str, Any] | None  # the anonymization registry record of the published version

    def names(self, *categories: str) -> list[str]:
        return [f["name"] for f in self.fields if privacy_category(f) in categories]

    @property
    def k(self) -> int:
        return anonymize.DEFAULT_K if self.policy.k is None else self.policy.k

    def frame(self, columns: list[str]) -> pd.DataFrame:
        assert self.table is not None  # only called on a dataset whose data file was read
        return self.table.select(columns).to_pandas() if columns else pd.DataFrame(index=range(self.table.num_rows))


def load_published(entry: Entry, settings: Settings, publisher: Publisher) -> Published | None:
    """Read the current publication of ``entry`` from the target (None if it holds nothing)."""
    state = publisher.state(entry.slug)
    if state is None:
        return None
    config = load_config(entry, settings)
    try:
        current = load_schema(settings.schemas_dir / entry.schema)
    except OSError:
        current = state.schema
    today = {f["name"]: f for f in fields(current)}
    published = [{**f, "privacy": today.get(f["name"], f).get("privacy", f.get("privacy"))}
                 for f in fields(state.schema)]
    data = publisher.fetch(entry.slug, "donnees-csv")
    table = read_published(data, state.schema) if data is not None else None
    about_people = bool([f for f in published if privacy_category(f) == "quasi"]) and (
        config.privacy.k is not None or anonymize.about_people(current) or anonymize.about_people(state.schema))
    return Published(entry=entry, state=state, table=table, fields=published, policy=config.privacy,
                     metadata=config.metadata, about_people=about_people,
                     registry=_registry_record(entry.slug, state.version, settings, publisher))


def _registry_record(slug: str, version: str, settings: Settings, publisher: Publisher) -> dict | None:
    path = private_folder(publisher, settings, slug) / f"registre_anonymisation-{version}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def allowed_kinds(f: dict[str, Any]) -> set[str]:
    """Kinds a public column declares it may hold (``privacy.renseignements``), on a stated basis."""
    if privacy_category(f) != "public":
        return set()
    return {str(k) for k in (f.get("privacy") or {}).get("renseignements", []) or []}


def evaluate_dataset(pub: Published) -> DatasetEvaluation:
    """Detectors and risk measures on one published dataset (linkage is added by :func:`reevaluate`)."""
    ev = DatasetEvaluation(dataset=pub.entry.slug, version=pub.state.version,
                           published_at=pub.state.published_at, columns=len(pub.fields))
    if pub.entry.restricted:
        ev.problems.append(f"jeu à accès restreint ({pub.entry.classification}) présent sur la cible")
        ev.actions.append("Retirer ce jeu du portail sans délai (accès restreint, loi A-2.1) et vérifier "
                          "l'inventaire : le pipeline ne l'aurait pas publié.")
    if pub.table is None:
        ev.problems.append("fichier de données publié introuvable sur la cible")
        ev.actions.append("Vérifier la publication sur la cible (ressource « donnees-csv » absente).")
        ev.status = "à revoir"
        return ev
    ev.rows = pub.table.num_rows
    _detector_findings(pub, ev)
    quasi, sensitive = pub.names("quasi"), pub.names("sensitive")
    if pub.about_people:
        _k_and_l_checks(pub, ev, quasi, sensitive)
    else:
        for s in sensitive:
            ev.checks.append(Check(f"l-diversité de « {s} »", l_measures(pub.frame(quasi + [s]), quasi, [s])[s]))
    _cell_checks(pub, ev)
    return ev


def _detector_findings(pub: Published, ev: DatasetEvaluation) -> None:
    """Today's detectors on every published column; a kind not declared by a public column is a finding."""
    slug = ev.dataset
    assert pub.table is not None
    for f in pub.fields:
        name = f["name"]
        if name not in pub.table.column_names:
            continue
        category = privacy_category(f) or "non classé"
        if category == "direct":
            ev.problems.append(f"colonne « {name} » publiée alors qu'elle est maintenant déclarée identifiant direct")
            ev.actions.append(f"Republier le jeu (dqpub run {slug}) : la colonne « {name} » sera supprimée.")
        _, counts = detect.scrub(pub.table[name], ner=f.get("type", "string") == "string")
        allowed = allowed_kinds(f)
        for kind, n in sorted(counts.items(), key=lambda kv: detect.KINDS.index(kv[0])):
            ev.detections.append(Detection(name, category, kind, int(n), kind in allowed))
    found = [d for d in ev.detections if not d.allowed]
    for column in dict.fromkeys(d.column for d in found):
        mine = [d for d in found if d.column == column]
        ev.problems.append(f"colonne « {column} » : " + ", ".join(
            f"{kind_label(d.kind)} ({d.cells} cellule{'s' if d.cells > 1 else ''})" for d in mine))
        ev.actions.append(_detector_action(column, mine[0].category, sorted({d.kind for d in mine}), slug))


def _detector_action(column: str, category: str, kinds: list[str], slug: str) -> str:
    if category == "public":
        return (f"Colonne « {column} » : corriger la source puis republier (dqpub run {slug} --force) ; si ces "
                f"renseignements ont un fondement (ex. art. 57 LAI), le déclarer dans le schéma : "
                f"\"renseignements\": {json.dumps(kinds)} et \"fondement\".")
    if category == "free-text":
        return (f"Colonne « {column} » : republier (dqpub run {slug} --force) ; l'épuration actuelle "
                "retire ce que la version publiée contient encore.")
    return (f"Colonne « {column} » ({category}) : revoir sa classification ou sa généralisation, "
            f"puis republier (dqpub run {slug} --force).")


def _k_and_l_checks(pub: Published, ev: DatasetEvaluation, quasi: list[str], sensitive: list[str]) -> None:
    """k-anonymity, l-diversity and the suppression recorded at publication, against today's thresholds."""
    slug = ev.dataset
    df = pub.frame(quasi + sensitive)
    min_k, at_risk = k_measures(df, quasi, pub.k)
    max_sup = (anonymize.DEFAULT_MAX_SUPPRESSION if pub.policy.max_suppression is None
               else pub.policy.max_suppression)
    ok = min_k is None or min_k >= pub.k
    ev.checks.append(Check("k-anonymat (plus petite classe)", min_k, pub.k, ok,
                           f"quasi-identifiants : {', '.join(quasi)}"))
    ev.checks.append(Check("enregistrements à risque (classe < k)", at_risk, 0.0, at_risk == 0.0))
    if not ok:
        ev.problems.append(f"k-anonymat {min_k} < {pub.k} déclaré ({pct(at_risk)} des enregistrements à risque)")
        fix = ("la suppression d'enregistrements le rétablira" if at_risk <= max_sup else
               f"la suppression nécessaire dépasse le maximum déclaré ({pct(max_sup)}) : généraliser "
               f"davantage les quasi-identifiants ({', '.join(quasi)}) dans le schéma")
        ev.actions.append(f"Republier le jeu (dqpub run {slug} --force) : {fix}.")
    l_req = pub.policy.l if pub.policy.l is not None else kanonymity.DEFAULT_L  # the default the publication enforced
    for s, l_val in l_measures(df, quasi, sensitive).items():
        l_ok = None if not l_req else l_val >= int(l_req)
        ev.checks.append(Check(f"l-diversité de « {s} »", l_val, l_req, l_ok))
        if l_ok is False:
            ev.problems.append(f"l-diversité de « {s} » {l_val} < {l_req} déclaré")
            ev.actions.append(f"Republier le jeu (dqpub run {slug} --force) ou généraliser davantage : "
                              f"l-diversité de « {s} » insuffisante.")
    reg = pub.registry
    if not (reg and reg.get("rows_in")):
        ev.checks.append(Check("enregistrements supprimés à la publication", "registre introuvable", max_sup, None))
        return
    share = round(reg.get("suppressed_records", 0) / reg["rows_in"], 4)
    sup_ok = share <= max_sup
    ev.checks.append(Check("enregistrements supprimés à la publication", share, max_sup, sup_ok))
    ev.checks.append(Check("cellules supprimées à la publication", int(reg.get("suppressed_cells", 0))))
    if not sup_ok:
        ev.problems.append(f"suppression à la publication {pct(share)} > {pct(max_sup)} déclaré")
        ev.actions.append("Généraliser davantage les quasi-identifiants, puis republier : la version "
                          "publiée a supprimé plus d'enregistrements que le maximum déclaré aujourd'hui.")


def _cell_checks(pub: Published, ev: DatasetEvaluation) -> None:
    """Aggregate tables: small cells still visible, suppressed cells recomputable from the totals."""
    cells = pub.policy.cells
    assert pub.table is not None
    if not (cells and cells.count in pub.table.column_names):
        return
    dims = [d for d in cells.dimensions if d in pub.table.column_names]
    visible, recomputable = small_cells(pub.frame([cells.count] + dims), cells.count, dims, cells.threshold)
    ev.checks.append(Check(f"petites cellules (< {cells.threshold}) publiées", visible, 0, visible == 0))
    ev.checks.append(Check("cellules supprimées recalculables par les totaux", recomputable, 0, recomputable == 0))
    if visible or recomputable:
        ev.problems.append(f"{visible} petite(s) cellule(s) visible(s), {recomputable} cellule(s) supprimée(s) "
                           "recalculable(s)")
        ev.actions.append(f"Republier le jeu (dqpub run {ev.dataset} --force) : la suppression des petites "
                          "cellules et la suppression complémentaire seront refaites.")


# --- linkage between published datasets ------------------------------------------------------------


def shared_keys(a: Published, b: Published) -> list[Key]:
    """Quasi-identifiers with the same meaning in ``a`` and ``b`` (see the module docstring)."""
    usable = ("public", "quasi", None)

    def concepts(p: Published) -> dict[str, dict]:
        out: dict[str, dict] = {}
        temporal = p.metadata.temporal_field
        present = set(p.table.column_names) if p.table is not None else set()
        for f in p.fields:
            if privacy_category(f) not in usable or f["name"] not in present:
                continue
            lien = (f.get("privacy") or {}).get("lien")
            if lien:
                out[str(lien)] = f
            elif f["name"] == temporal and f.get("type") in TIME_TYPES:
                out["date"] = f
            out.setdefault(f["name"], f)
        return out

    ca, cb = concepts(a), concepts(b)
    keys: dict[tuple[str, str], Key] = {}
    for concept in ca.keys() & cb.keys():
        fa, fb = ca[concept], cb[concept]
        ta, tb = str(fa.get("type")), str(fb.get("type"))
        if (ta in TIME_TYPES) != (tb in TIME_TYPES):
            continue
        gran = min(TIME_TYPES[ta], TIME_TYPES[tb]) if ta in TIME_TYPES else None
        keys[(fa["name"], fb["name"])] = Key(fa["name"], fb["name"], gran)
    return sorted(keys.values(), key=lambda k: (k.column, k.other_column))


def linkage(people: Published, other: Published) -> Linkage | None:
    if people.table is None or other.table is None:
        return None
    # a same-name column whose values never meet (a full postal code and a postal area) links nothing:
    # it is left out rather than hiding the link made by the other keys
    keys = [k for k in shared_keys(people, other) if _overlap(people, other, k)]
    if not keys:
        return None
    quasi = people.names("quasi")
    cols = list(dict.fromkeys(quasi + [k.column for k in keys]))
    linked, unique, min_k, at_risk = linkage_measure(
        people.frame(cols), quasi, other.frame(list(dict.fromkeys(k.other_column for k in keys))), keys, people.k)
    added = [k.label() for k in keys if k.column not in quasi or k.granularity is not None
             and TIME_TYPES.get(str(_field(people, k.column).get("type")), 0) > k.granularity]
    return Linkage(dataset=people.entry.slug, other=other.entry.slug,
                   keys=[k.label() for k in keys], linked_records=linked, unique_links=unique, k=min_k,
                   threshold=people.k, at_risk=at_risk, added_quasi=added)


def _overlap(a: Published, b: Published, key: Key) -> bool:
    va = set(_key_values(a.frame([key.column])[key.column], key.granularity)) - {NULL}
    vb = set(_key_values(b.frame([key.other_column])[key.other_column], key.granularity)) - {NULL}
    return bool(va & vb)


def _field(p: Published, name: str) -> dict:
    return next(f for f in p.fields if f["name"] == name)


# --- the step -------------------------------------------------------------------------------------


def reevaluate(settings: Settings, publisher: Publisher, selected: list[str] | None = None, *,
               call: Callable = direct, now: dt.datetime | None = None, record: bool = True) -> Reevaluation:
    """Re-evaluate every dataset of the inventory the target holds (or those ``selected``), record a
    dated entry per dataset in the private registry, and return the result (never unpublishes)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    inventory = call(steps.INVENTORY, pull_inventory, settings)
    for slug in selected or ():
        inventory.get(slug)  # unknown identifier: InventoryError, in French
    held, unreadable = _read_all(inventory.entries, settings, publisher, call, record)
    evaluations: list[DatasetEvaluation] = []
    for slug in selected or [e.slug for e in inventory.entries]:
        if slug in unreadable:
            evaluations.append(unreadable[slug])
        elif slug not in held:
            if selected:
                evaluations.append(DatasetEvaluation(dataset=slug, status="non publié"))
        else:
            try:
                ev = call(EVALUATE, guarded(EVALUATE.name, evaluate_dataset, slug), held[slug])
            except DqpubError as exc:
                evaluations.append(_error(exc, "réévaluation", slug, settings, publisher, record))
                continue
            _add_linkage(ev, held[slug], held)
            ev.status = "à revoir" if ev.failed else "conforme"
            evaluations.append(ev)
    result = Reevaluation(date=now.isoformat(timespec="seconds"), target=settings.target, datasets=evaluations)
    if record:
        for ev in evaluations:
            if ev.status != "non publié":
                result.records[ev.dataset] = str(write_record(ev, result, settings, publisher, now))
    return result


def _read_all(entries: tuple[Entry, ...], settings: Settings, publisher: Publisher, call: Callable,
              record: bool) -> tuple[dict[str, Published], dict[str, DatasetEvaluation]]:
    """Every dataset the target holds (all are needed for linkage), and those that could not be read."""
    held: dict[str, Published] = {}
    unreadable: dict[str, DatasetEvaluation] = {}
    for entry in entries:
        try:  # an unexpected error becomes a value-free one (a CSV parser may quote a row)
            pub = call(READ, guarded(READ.name, load_published, entry.slug), entry, settings, publisher)
        except DqpubError as exc:
            unreadable[entry.slug] = _error(exc, "lecture de la publication", entry.slug, settings, publisher, record)
            continue
        if pub is not None:
            held[entry.slug] = pub
    return held, unreadable


def _add_linkage(ev: DatasetEvaluation, pub: Published, held: dict[str, Published]) -> None:
    """Pair a dataset about people with every other published one (see the module docstring)."""
    if not pub.about_people or pub.table is None:
        return
    for other_slug, other in held.items():
        if other_slug == ev.dataset or other.table is None:
            continue
        link = linkage(pub, other)
        if link is None:
            continue
        ev.linkage.append(link)
        ev.checks.append(Check(f"k combiné avec « {other_slug} » ({', '.join(link.keys)})", link.k,
                               link.threshold, link.ok))
        if not link.ok:
            ev.problems.append(f"liaison avec « {other_slug} » sur {', '.join(link.keys)} : k combiné "
                               f"{link.k} < {link.threshold}")
            extra = ", ".join(link.added_quasi) or ", ".join(link.keys)
            ev.actions.append(
                f"Liaison avec « {other_slug} » : traiter {extra} comme quasi-identifiant(s) de {ev.dataset} "
                f"(catégorie « quasi » ou généralisation plus grossière) puis republier, ou généraliser "
                f"la colonne correspondante de « {other_slug} ».")


def _error(exc: DqpubError, what: str, slug: str, settings: Settings, publisher: Publisher,
           keep: bool) -> DatasetEvaluation:
    """A dataset that could not be re-evaluated is an alert too (value-free message, trace kept privately)."""
    if keep:
        keep_trace(publisher, settings, slug, "reevaluation", exc)
    return DatasetEvaluation(dataset=slug, status="à revoir", problems=[f"{what} impossible : {exc.message}"],
                             actions=["Vérifier la publication sur la cible ; la trace complète est dans le "
                                      "dossier privé du jeu."])


def write_record(ev: DatasetEvaluation, result: Reevaluation, settings: Settings, publisher: Publisher,
                 now: dt.datetime) -> Path:
    """The dated registry entry, next to the anonymization registry records (never published)."""
    folder = private_folder(publisher, settings, ev.dataset)
    stamp = now.strftime("%Y%m%dT%H%M%S")
    path, n = folder / f"{RECORD_PREFIX}{stamp}.json", 1
    while path.exists():  # two runs in the same second each keep their entry
        n += 1
        path = folder / f"{RECORD_PREFIX}{stamp}-{n}.json"
    entry = {"type": "réévaluation de l'anonymisation", "date": result.date, "cible": result.target,
             "resultat": ev.status, "rien_retire": True, **ev.to_dict()}
    path.write_text(json.dumps(entry, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return path


