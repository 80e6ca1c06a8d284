"""Step 5: decide whether anything changed and, if so, assemble a versioned ``Release``.

Content fingerprint = published CSV + published schema + portal metadata (without dates and the
version itself). Unchanged fingerprint → no release. Otherwise the version is bumped semantically:
MAJOR when the schema breaks, MINOR when it grows compatibly, PATCH when only data/metadata changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from concurrent.futures import ThreadPoolExecutor
import json
from pathlib import Path
from typing import Any, Callable

from dqpub.release import datapackage, documents, outputs
import dqpub.release.changes as changes
import dqpub.release.geo as geo
from dqpub.release.changes import row_diff  # noqa: F401 - the row diff's home before changes.py: callers import it here
from dqpub.core.fingerprint import canonical, sha256_bytes, sha256_file
from dqpub.core.names import FIRST_VERSION, semver, versioned_name
from dqpub.privacy.anonymize import Anonymized
from dqpub.core.config import DatasetConfig, Entry
from dqpub.core.schema import primary_key
from dqpub.release.metadata import coordinates_epsg, package_fields, resource_fields
from dqpub.core.release import PublishedState, Release, ReleaseFile

LEVELS = {"patch": 0, "minor": 1, "major": 2}
CHANGES_FILE = "changements.csv"  # the version's rows added, removed, modified (dqpub/release/changes.py)
DEFAULT_RETENTION = 12
# The only type changes that keep every old value valid.
WIDENING = {("integer", "number"), ("year", "integer"), ("year", "number")}


def input_fingerprint(source_fingerprint: str, schema: dict, config: DatasetConfig, entry: Entry) -> str:
    """What produced a publication: if this is unchanged, the run can skip the dataset cheaply."""
    return sha256_bytes(canonical([source_fingerprint, schema, config.raw, entry.as_row()]))


# --- semantic version rule ----------------------------------------------------------------------


def schema_changes(old: dict | None, new: dict) -> tuple[str, list[str]]:  # noqa: C901 - one rule per schema change, in a row
    """(level, reasons in French) of going from schema ``old`` to ``new``."""
    if old is None:
        return "initial", ["première publication"]
    level, reasons = "patch", []

    def bump(to: str, why: str) -> None:
        nonlocal level
        reasons.append(why)
        if LEVELS[to] > LEVELS[level]:
            level = to

    old_f = {f["name"]: f for f in old.get("fields", [])}
    new_f = {f["name"]: f for f in new.get("fields", [])}
    for name in old_f.keys() - new_f.keys():
        bump("major", f"champ retiré ou renommé : {name}")
    for name in [n for n in new_f if n not in old_f]:
        required = new_f[name].get("constraints", {}).get("required")
        bump("major" if required else "minor", f"champ ajouté{' obligatoire' if required else ''} : {name}")
    for name in old_f.keys() & new_f.keys():
        a, b = old_f[name], new_f[name]
        ta, tb = a.get("type", "string"), b.get("type", "string")
        if ta != tb:
            bump("minor" if (ta, tb) in WIDENING else "major", f"type de {name} : {ta} → {tb}")
        ca, cb = a.get("constraints", {}), b.get("constraints", {})
        ea, eb = ca.get("enum"), cb.get("enum")
        if ea is not None or eb is not None:
            if eb is None or (ea is not None and set(map(str, ea)) < set(map(str, eb))):
                bump("minor", f"valeurs permises élargies : {name}")
            elif ea is None or not set(map(str, eb)) >= set(map(str, ea)):
                bump("major", f"valeurs permises restreintes : {name}")
        if bool(ca.get("required")) != bool(cb.get("required")):
            if cb.get("required"):
                bump("major", f"champ devenu obligatoire : {name}")
            else:
                bump("minor", f"champ devenu facultatif : {name}")
        for key in ("minimum", "maximum", "pattern", "minLength", "maxLength"):
            if ca.get(key) != cb.get(key):
                bump("major" if key in cb else "minor", f"contrainte {key} modifiée : {name}")
        if (a.get("title"), a.get("description")) != (b.get("title"), b.get("description")):
            bump("patch", f"description modifiée : {name}")
    if list(old_f) != list(new_f) and old_f.keys() == new_f.keys():
        bump("minor", "ordre des champs modifié")
    if old.get("primaryKey") != new.get("primaryKey"):
        bump("major", "clé primaire modifiée")
    return level, reasons


def next_version(previous: str | None, level: str) -> str:
    if previous is None:
        return FIRST_VERSION
    major, minor, patch = semver(previous)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


# --- release assembly ---------------------------------------------------------------------------


def _file(path: Path, key: str, filename: str, name: str, description: str, fmt: str, mimetype: str,
          **kw) -> ReleaseFile:
    return ReleaseFile(key=key, path=path, filename=filename, name=name, description=description,
                       format=fmt, mimetype=mimetype, sha256=sha256_file(path), size=path.stat().st_size, **kw)


def prepare(
    entry: Entry,
    config: DatasetConfig,
    anon: Anonymized,
    state: PublishedState | None,
    previous_csv: bytes | Callable[[], bytes | None] | None,  # read only when the content changed
    *,
    input_fp: str,
    outdir: Path,
    now: dt.datetime | None = None,
    note: str = "",
) -> Release | None:
    """Render the files and build the release, or return None if nothing changed.

    The renderers read ``anon.data`` (the anonymized Parquet file, or a table in memory) in batches:
    no step here holds the rows. In publication order: the CSV and its fingerprint (:func:`_content`;
    unchanged: None), the version and its change-log entry (:func:`_change_log_entry`), the documents'
    model (``dqpub.release.documents``), the other files (:func:`_documents`), the release."""
    created = (now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)).isoformat()
    outdir.mkdir(parents=True, exist_ok=True)
    content = _content(entry, config, anon, outdir)
    if state is not None and state.fingerprint == content.fingerprint:
        return None
    entry_log = _change_log_entry(state, content.schema, anon, content.csv_path, previous_csv, content.stable_meta,
                                  content.fingerprint, created, note)
    version, level, reasons = entry_log["version"], entry_log["niveau"], entry_log["raisons"]
    history = [entry_log] + (state.history if state else [])
    record = {**anon.report.to_dict(), "version": version, "date": created, "fins": documents.PURPOSE}
    docs = documents.build(entry.title, entry.slug, history, record)
    files = _documents(entry, config, anon, content, docs, outdir, version, created)
    notes = f"Version {version} ({level}) : " + "; ".join(reasons)
    package = package_fields(entry, config, version=version, attributes_md=content.attributes,
                             coverage=content.coverage, version_notes=notes, data_last_modified=created)
    retention = DEFAULT_RETENTION if config.versions.keep is None else config.versions.keep
    return Release(
        dataset=entry.slug, version=version, previous_version=state.version if state else None, bump=level,
        reasons=reasons, fingerprint=content.fingerprint, input_fingerprint=input_fp, created=created,
        package=package, files=files, schema=content.schema, history=history,
        retention=None if retention in ("toutes", None) else int(retention),
        private={"registre_anonymisation": record},
    )


@dataclass(frozen=True)
class _Content:
    """What is published, before any version number: the CSV, its schemas and dictionary, the portal
    metadata that does not change with the version, and the fingerprint of the three."""

    csv_path: Path
    schema: dict[str, Any]  # the state and the DataStore's (privacy annotations kept)
    public: dict[str, Any]  # the datapackage's, the dictionary's and the Parquet file's (without them)
    dictionary: list[dict[str, str]]
    attributes: str
    coverage: tuple[str, str] | None
    stable_meta: dict[str, Any]
    fingerprint: str


def _content(entry: Entry, config: DatasetConfig, anon: Anonymized, outdir: Path) -> _Content:
    """Write the CSV and fingerprint the content: one schema for everything published."""
    schema = datapackage.published_schema(anon.schema)
    public = datapackage.public_schema(schema)
    csv_path = outdir / f"{entry.slug}.csv"
    outputs.write_csv(anon.data, csv_path)
    dictionary = outputs.dictionary_rows(public, anon.report.techniques)
    attributes = outputs.attributes_markdown(dictionary)
    coverage = outputs.temporal_coverage(anon.data, schema, config.metadata.temporal_field)
    stable_meta = package_fields(entry, config, version="", attributes_md=attributes, coverage=coverage,
                                 version_notes="", data_last_modified="")
    fingerprint = sha256_bytes(canonical([sha256_file(csv_path), schema, stable_meta]))
    return _Content(csv_path, schema, public, dictionary, attributes, coverage, stable_meta, fingerprint)


def _change_log_entry(state: PublishedState | None, schema: dict[str, Any], anon: Anonymized, csv_path: Path,
                      previous_csv: bytes | Callable[[], bytes | None] | None, stable_meta: dict[str, Any],
                      fingerprint: str, created: str, note: str) -> dict[str, Any]:
    """The new version and what changed since the previous one (rows, schema, anonymization, metadata);
    the change file of the version is written next to the CSV (:data:`CHANGES_FILE`) from the same
    row diff as the counts."""
    report, rows = anon.report, anon.rows
    level, reasons = schema_changes(state.schema if state else None, schema)
    version = next_version(state.version if state else None, "patch" if level == "initial" else level)
    if callable(previous_csv):
        previous_csv = previous_csv()  # read only here, when there is a diff to do
    key = primary_key(schema)
    diff, _ = changes.write_changes(previous_csv, csv_path, key, csv_path.parent / CHANGES_FILE, new_rows=rows)
    if level == "patch" and not reasons:
        reasons = ["données mises à jour" if (diff.added or diff.removed or diff.modified) else "métadonnées mises à jour"]
    prev = state.history[0] if state and state.history else {}
    prev_tech = prev.get("techniques", {})
    meta_now = {k: v for k, v in stable_meta.items() if k != "notes"} | {"notes_sha256": sha256_bytes(stable_meta["notes"].encode())}
    meta_before = prev.get("metadonnees", {})
    meta_changed = sorted(k for k in meta_now if state and meta_before.get(k) != meta_now[k])
    anon_changes = [f"{k} : {v}" for k, v in report.techniques.items() if state and prev_tech.get(k) != v]
    return {
        "version": version, "date": created, "niveau": level, "raisons": reasons,
        "lignes": rows, "ajoutees": diff.added, "retirees": diff.removed,
        "modifiees": diff.modified, "comparaison": diff.by,
        "changements": versioned_name(CHANGES_FILE, version), "cle": key,
        "cle_retiree": [k for k in primary_key(anon.schema) if not key],
        "schema": reasons if level in ("major", "minor") else [],
        "anonymisation": anon_changes, "techniques": report.techniques, "empreinte": fingerprint,
        "note": note, "metadonnees": meta_now, "metadonnees_modifiees": meta_changed,
    }


def _map(data: outputs.Rows, public: dict[str, Any], config: DatasetConfig, path: Path) -> bool:
    """Write the GeoJSON of rows with coordinates in EPSG:4326 (RFC 7946 allows no other system, and
    nothing here reprojects); False when the dataset has none."""
    point = geo.coordinates(public) if coordinates_epsg(public, config) == 4326 else None
    if point is not None:
        geo.write_geojson(data, point, path)
    return point is not None


def _documents(  # declarative list of the release's files, in page order
        entry: Entry, config: DatasetConfig, anon: Anonymized, content: _Content, docs: documents.ReleaseDocuments,
        outdir: Path, version: str, created: str) -> list[ReleaseFile]:
    """The release's files besides the CSV, written to ``outdir``, in their order on the dataset's page
    (at most nine: CKAN's page stays at ten resources or fewer)."""
    data, slug, schema, public = anon.data, entry.slug, content.schema, content.public
    csv_path, changes_path = content.csv_path, outdir / CHANGES_FILE
    pq_path = outdir / f"{slug}.parquet"
    geo_path = outdir / f"{slug}.geojson"
    # the Parquet file and the map are Arrow's work (off the GIL), the statistics mostly Python's: on two
    # cores they overlap (~4 s of a million-row first publication)
    with ThreadPoolExecutor(2) as pool:
        parquet_written = pool.submit(outputs.write_parquet, data, public, pq_path)
        map_written = pool.submit(_map, data, public, config, geo_path)
        stats_path = outdir / "statistiques.csv"
        outputs.write_rows_csv(outputs.statistics_rows(data, schema), stats_path)
        parquet_written.result()
        mapped = map_written.result()
    dict_path = outdir / "dictionnaire-donnees.csv"
    outputs.write_rows_csv(content.dictionary, dict_path)
    log_path = outdir / "CHANGELOG.md"
    log_path.write_text(documents.changelog_markdown(docs), encoding="utf-8")
    anon_path = outdir / "anonymisation.md"
    anon_path.write_text(documents.anonymization_markdown(docs), encoding="utf-8")

    def portal(key: str) -> dict[str, Any]:  # resource type and conformity flags (dqpub/release/metadata.py)
        return resource_fields(key, schema, config)

    files = [
        _file(csv_path, "donnees-csv", csv_path.name, f"{entry.title} (CSV)",
              f"Données courantes, version {version}. UTF-8, séparateur virgule.", "CSV", "text/csv",
              datastore=True, portal_fields=portal("donnees-csv")),
        _file(pq_path, "donnees-parquet", pq_path.name, f"{entry.title} (Parquet)",
              f"Données typées, version {version}, descriptions des champs incluses.", "Parquet",
              "application/vnd.apache.parquet", portal_fields=portal("donnees-parquet")),
        *([_file(geo_path, "donnees-geojson", geo_path.name, f"{entry.title} (GeoJSON)",
                 f"Carte des données, version {version} : un point par ligne (WGS 84, EPSG:4326, coordonnées "
                 "telles que publiées), chaque champ publié en propriété.", "GeoJSON", "application/geo+json",
                 portal_fields=portal("donnees-geojson"))] if mapped else []),
        _file(dict_path, "dictionnaire", dict_path.name, "Dictionnaire de données",
              "Champs, types, descriptions, unités et valeurs permises.", "CSV", "text/csv",
              portal_fields=portal("dictionnaire")),
        _file(stats_path, "statistiques", stats_path.name, "Statistiques descriptives",
              "Nombre, valeurs manquantes, distinctes, minimum, maximum et valeurs fréquentes par champ "
              "(comptes seulement pour le texte libre).",
              "CSV", "text/csv", versioned=False, portal_fields=portal("statistiques")),
        _file(changes_path, "changements", changes_path.name, "Changements depuis la version précédente",
              f"Version {version} : les lignes ajoutées, retirées ou modifiées depuis la version précédente (par "
              "clé primaire avec les champs modifiés ; lignes entières sans clé primaire). Celui de chaque version "
              "reste dans les archives.",
              "CSV", "text/csv", portal_fields=portal("changements")),
        _file(log_path, "journal", log_path.name, "Journal des modifications",
              "Changements de chaque version : lignes, schéma, anonymisation.", "Markdown",
              "text/markdown", versioned=False, portal_fields=portal("journal")),
        _file(anon_path, "anonymisation", anon_path.name, "Résumé de l'anonymisation",
              "Techniques appliquées et mesures de risque (sans aucune valeur).", "Markdown",
              "text/markdown", versioned=False, portal_fields=portal("anonymisation")),
    ]
    package = datapackage.reuser_datapackage(entry, version, created, schema, [f for f in files if f.versioned],
                                     {"changements": changes.table_schema(changes.header(changes_path), public)})
    dp_path = outdir / "datapackage.json"
    dp_path.write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
    files.append(_file(dp_path, "datapackage", dp_path.name, "Paquet de données (datapackage.json)",
                       "Description Frictionless : version, schéma, licence, sommes de contrôle.",
                       "JSON", "application/json", portal_fields=portal("datapackage")))
    return files
