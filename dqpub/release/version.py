"""Step 5: decide whether anything changed and, if so, assemble a versioned ``Release``.

Content fingerprint = published CSV + published schema + portal metadata (without dates and the
version itself). Unchanged fingerprint → no release. Otherwise the version is bumped semantically:
MAJOR when the schema breaks, MINOR when it grows compatibly, PATCH when only data/metadata changed.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pyarrow as pa

from dqpub.release import outputs
from dqpub.core.fingerprint import canonical, sha256_bytes, sha256_file
from dqpub.core.names import FIRST_VERSION, semver, versioned_name
from dqpub.privacy.anonymize import Anonymized
from dqpub.core.config import DatasetConfig, Entry
from dqpub.core.schema import primary_key, privacy_category
from dqpub.release.metadata import package_fields, resource_fields
from dqpub.core.release import PublishedState, Release, ReleaseFile

LEVELS = {"patch": 0, "minor": 1, "major": 2}
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


# --- row diff -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowDiff:
    added: int
    removed: int
    modified: int
    by: str  # "clé primaire" or "contenu des lignes"


def row_diff(previous_csv: bytes | Path | Callable[[], bytes | None] | None, new_csv: bytes | Path, key: list[str],
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
    if previous_csv is None:
        return RowDiff(new_rows if new_rows is not None else _RowHashes.read(new_csv, []).rows, 0, 0,
                       "première publication")
    old = _RowHashes.read(previous_csv, key)
    new = _RowHashes.read(new_csv, key)
    if key and old.rows and new.rows and old.has_key and new.has_key:
        ok, orow = _last_per_key(old.key, old.row)  # like a dict by key: the last row of a key wins
        nk, nrow = _last_per_key(new.key, new.row)
        pos = np.clip(np.searchsorted(ok, nk), 0, max(len(ok) - 1, 0))
        in_old = ok[pos] == nk
        common = int(np.count_nonzero(in_old))
        if old.columns == new.columns:
            modified = int(np.count_nonzero(orow[pos[in_old]] != nrow[in_old]))
        else:
            modified = common  # other columns: every common row differs, as dicts of its cells would
        return RowDiff(len(nk) - common, len(ok) - common, modified, "clé primaire")
    if old.columns != new.columns:
        return RowDiff(new.rows, old.rows, 0, "contenu des lignes")
    ov, oc = np.unique(old.row, return_counts=True)
    nv, nc = np.unique(new.row, return_counts=True)
    allv = np.union1d(ov, nv)
    o = np.zeros(len(allv), np.int64)
    n = np.zeros(len(allv), np.int64)
    o[np.searchsorted(allv, ov)] = oc
    n[np.searchsorted(allv, nv)] = nc
    return RowDiff(int(np.clip(n - o, 0, None).sum()), int(np.clip(o - n, 0, None).sum()), 0, "contenu des lignes")


def _last_per_key(key: np.ndarray, row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct keys and, for each, the row hash of its last occurrence."""
    uniq, first_in_reversed = np.unique(key[::-1], return_index=True)
    return uniq, row[::-1][first_in_reversed]


@dataclass
class _RowHashes:
    columns: tuple[str, ...]  # sorted names: rows compare as {column: text}, whatever the column order
    rows: int
    has_key: bool
    key: np.ndarray  # int64 hash of the key cells per row (empty without key)
    row: np.ndarray  # int64 hash of all the cells per row

    @classmethod
    def read(cls, data: bytes | Path, key: list[str]) -> "_RowHashes":
        import pyarrow.compute as pc
        import pyarrow.csv as pacsv

        def source() -> pa.NativeFile:
            return pa.BufferReader(data) if isinstance(data, (bytes, bytearray, memoryview)) else pa.OSFile(str(data))

        empty = np.zeros(0, np.int64)
        try:
            names = pacsv.open_csv(source(), read_options=pacsv.ReadOptions(block_size=1 << 16)).schema.names
        except pa.ArrowInvalid:  # an empty file: no header, no rows
            return cls((), 0, False, empty, empty)
        columns = tuple(sorted(names))
        has_key = bool(key) and all(k in names for k in key)
        order = [names.index(c) for c in columns]
        kidx = [names.index(k) for k in key] if has_key else []
        reader = pacsv.open_csv(
            source(),
            read_options=pacsv.ReadOptions(block_size=16 << 20),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.binary() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
        keys, rows = [], []
        sep = pa.scalar(b"\x1f", pa.binary())

        def hashes(cols: list[pa.Array]) -> np.ndarray:
            # Python's hash of bytes (SipHash, one C call per row): both files are hashed in this process
            joined = cols[0] if len(cols) == 1 else pc.binary_join_element_wise(*cols, sep)
            return np.fromiter(map(hash, joined.to_pylist()), np.int64, count=len(joined))

        for batch in reader:
            if not batch.num_rows:
                continue
            cols = [batch.column(i) for i in range(batch.num_columns)]
            rows.append(hashes([cols[i] for i in order]))
            if has_key:
                keys.append(hashes([cols[i] for i in kidx]))
        row = np.concatenate(rows) if rows else empty
        return cls(columns, len(row), has_key, np.concatenate(keys) if keys else empty, row)


# --- release assembly ---------------------------------------------------------------------------


def _file(path: Path, key: str, filename: str, name: str, description: str, fmt: str, mimetype: str,
          **kw) -> ReleaseFile:
    return ReleaseFile(key=key, path=path, filename=filename, name=name, description=description,
                       format=fmt, mimetype=mimetype, sha256=sha256_file(path), size=path.stat().st_size, **kw)


def changelog_markdown(title: str, history: list[dict[str, Any]], dataset: str = "") -> str:
    lines = [f"# Journal des modifications — {title}", ""]
    if dataset:
        lines += [f"Les fichiers de chaque version conservée restent téléchargeables tels quels (fichiers "
                  f"« -vX.Y.Z ») ; sur Données Québec, dans le jeu compagnon « {dataset}-versions ».", ""]
    for h in history:
        lines.append(f"## Version {h['version']} — {h['date'][:10]}")
        lines.append("")
        lines.append(f"- Niveau : {h['niveau']} ({'; '.join(h['raisons']) or 'données mises à jour'})")
        lines.append(
            f"- Lignes : {h['lignes']} au total ; {h['ajoutees']} ajoutées, {h['retirees']} retirées, "
            f"{h['modifiees']} modifiées (comparaison par {h['comparaison']})"
        )
        if h.get("schema"):
            lines.append("- Schéma : " + "; ".join(h["schema"]))
        if h.get("anonymisation"):
            lines.append("- Anonymisation : " + "; ".join(h["anonymisation"]))
        if h.get("note"):
            lines.append(f"- Note : {h['note']}")
        lines.append("")
    return "\n".join(lines)


# Recall of the free-text pass on the held-out corpus (tests/corpus/freetext, split « heldout »), measured
# once per change of the detectors by bench/recall_freetext.py and recorded in bench/README.md.
HELDOUT_RECALL = "98,97 % des valeurs plantées (5 354, 2026-12-07 ; détail par type dans bench/README.md)"


def anonymization_summary(entry: Entry, version: str, date: str, report: dict[str, Any]) -> str:
    """Published summary of the registry record (Règlement sur l'anonymisation, art. 9): no values."""
    lines = [
        f"# Anonymisation — {entry.title} (version {version})", "",
        f"Date : {date[:10]}. Fins : diffusion en données ouvertes sur Données Québec.", "",
        "| Champ | Technique |", "|---|---|",
    ]
    lines += [f"| {k} | {v} |" for k, v in report["techniques"].items()]
    lines.append("")
    if report.get("k_threshold"):
        lines.append(
            f"- k-anonymat : seuil k = {report['k_threshold']} ; k minimal avant = {report['k_before']}, "
            f"après = {report['k_after']} ; part des enregistrements à risque avant traitement : "
            f"{(report['at_risk_before'] or 0):.1%}"
        )
        lines.append(f"- Enregistrements supprimés : {report['suppressed_records']} ; "
                     f"cellules supprimées : {report['suppressed_cells']}")
    by_quasi = report.get("suppressed_by_quasi") or {}
    if by_quasi:
        lines += ["", "Enregistrements supprimés qui auraient atteint k sans ce quasi-identifiant (comptes) :", "",
                  "| Quasi-identifiant | Enregistrements |", "|---|---|"]
        lines += [f"| {q} | {n} |" for q, n in by_quasi.items()]
        lines.append("")
    if report.get("l_after"):
        lines.append(f"- l-diversité (seuil l = {report.get('l_threshold')}) : "
                     + ", ".join(f"{k} = {v}" for k, v in report["l_after"].items()))
    if report.get("inferable_before") is not None:
        lines.append(f"- Enregistrements dont la valeur sensible se déduit de la classe : "
                     f"{report['inferable_before']:.1%} avant traitement, {(report.get('inferable_after') or 0):.1%} après")
    if report.get("scrubbed"):
        from dqpub.privacy.detect import KIND_LABELS

        lines.append("- Texte libre, cellules où des renseignements ont été retirés : " +
                     ", ".join(f"{KIND_LABELS.get(k, k)} : {v}" for k, v in sorted(report["scrubbed"].items())))
    for name, ft in (report.get("free_text") or {}).items():
        lines.append(f"- Texte libre « {name} » : {ft['masques']} mots sur {ft['mots']} retirés ou masqués ({ft['part']:.1%}) : "
                     f"seuls les mots connus sûrs sont publiés" + (" ; colonne retenue (publiée vide)" if ft["retenu"] else "")
                     + f" ; rappel des détecteurs mesuré sur le corpus témoin : {HELDOUT_RECALL}")
    return "\n".join(lines) + "\n"


def release_report_html(release: Release) -> str:
    """The run's page for one release (next to validation.html): rows and changes per version, and
    where the k-anonymity suppression comes from, as inline SVG charts. Counts only, never a value.
    Kept out of the published files: the portal page holds exactly its seven resources."""
    import html

    from dqpub.core.charts import bar_chart, figure

    e = html.escape
    history = list(reversed(release.history[:24]))  # oldest first, the last 24 versions
    versions = [str(h["version"]) for h in history]
    private = release.private.get("registre_anonymisation", {})
    by_quasi = private.get("suppressed_by_quasi") or {}
    parts = [
        "<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
        f"<title>Publication — {e(release.dataset)} {e(release.version)}</title>",
        "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}figcaption{color:#555}</style>",
        "</head><body>", f"<h1>Publication — jeu « {e(release.dataset)} », version {e(release.version)}</h1>",
        f"<p>{e(release.bump)} : {e('; '.join(release.reasons))}</p>", "<h2>Journal des modifications</h2>",
        figure(bar_chart("Lignes par version", versions, {"lignes": [int(h["lignes"]) for h in history]}),
               "Nombre de lignes publiées à chaque version."),
        figure(bar_chart("Changements par version", versions, {
            "ajoutées": [int(h["ajoutees"]) for h in history], "retirées": [int(h["retirees"]) for h in history],
            "modifiées": [int(h["modifiees"]) for h in history]}),
            "Lignes ajoutées, retirées et modifiées par rapport à la version précédente."),
        "<h2>Anonymisation</h2>",
        f"<p>Enregistrements supprimés pour le k-anonymat : {int(private.get('suppressed_records') or 0)} "
        f"sur {int(private.get('rows_in') or 0)}.</p>",
    ]
    if by_quasi:
        parts.append(figure(bar_chart("Enregistrements supprimés par quasi-identifiant", list(by_quasi),
                                      {"enregistrements": [int(n) for n in by_quasi.values()]}),
                            "Enregistrements supprimés qui auraient atteint k sans ce quasi-identifiant : "
                            "à généraliser en premier pour en supprimer moins."))
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p)


# Open Definition licence entries of the portal's licence codes (Frictionless' "licenses").
OPEN_LICENSES = {
    "cc-by": ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0"),
    "cc-by-sa": ("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/",
                 "Creative Commons Attribution-Partage dans les mêmes conditions 4.0"),
    "cc-by-nc": ("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/",
                 "Creative Commons Attribution-Pas d'utilisation commerciale 4.0"),
    "OGL-Canada-2.0": ("OGL-Canada-2.0", "https://open.canada.ca/fr/licence-du-gouvernement-ouvert-canada",
                       "Licence du gouvernement ouvert – Canada 2.0"),
}


def _values_kept(f: dict[str, Any]) -> bool:
    """The published cells of ``f`` are its source cells (or, for a pseudonym, one token per value):
    a key on it still identifies and still refers."""
    cat = privacy_category(f)
    rule = (f.get("privacy") or {}).get("generalize") or {}
    return cat in (None, "public", "sensitive", "pseudonym") or (cat == "quasi" and rule.get("method", "none") == "none")


def _names(spec: Any) -> list[str]:
    return [spec] if isinstance(spec, str) else list(spec or [])


def published_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The Table Schema of the published rows, from the anonymized schema (each treatment has
    already restated its fields, see ``dqpub.privacy.generalize``): every field as the CSV writer
    writes it (``outputs.csv_field``), an empty cell as the only missing value, a primary or foreign
    key only while its fields keep their values. The ``privacy`` annotations stay (the release's
    state keeps them for the re-evaluation); :func:`public_schema` removes them."""
    out = dict(schema)
    out["fields"] = [outputs.csv_field(f) for f in schema.get("fields", [])]
    out["missingValues"] = [""]  # the CSV writes an unknown value as an empty cell, and only so
    kept = {f["name"] for f in out["fields"] if _values_kept(f)}
    if not set(primary_key(out)) <= kept:  # dropped, generalized or scrubbed: the key no longer identifies
        out.pop("primaryKey", None)
    if "foreignKeys" in out:
        tokens = {f["name"] for f in out["fields"] if privacy_category(f) == "pseudonym"}
        # a pseudonym's tokens no longer match the values it referred to
        refs = [fk for fk in out["foreignKeys"] if set(_names(fk.get("fields"))) <= kept - tokens]
        if refs:
            out["foreignKeys"] = refs
        else:
            out.pop("foreignKeys")
    return out


def public_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The Table Schema as reusers get it (datapackage, dictionary, Parquet): :func:`published_schema`
    without the ``privacy`` annotations, which configure the pipeline (how each column was treated
    is published, in words, in the anonymization summary and the dictionary)."""
    published = published_schema(schema)
    out = {k: v for k, v in published.items() if k != "privacy"}
    out["fields"] = [{k: v for k, v in f.items() if k != "privacy"} for f in published["fields"]]
    return out


def reuser_datapackage(entry: Entry, version: str, created: str, schema: dict[str, Any],
                       files: list[ReleaseFile]) -> dict[str, Any]:
    """A Data Package a reuser can validate and open alone: generic profile (Parquet and the
    dictionary sit next to the tabular CSV), an Open Definition licence, the CSV's public schema.
    ``path`` is the version file's name; a portal target replaces it by the file's absolute URL."""
    code = entry.licence or "cc-by"
    name, path, title = OPEN_LICENSES.get(code, (code, "", code))
    return {
        "profile": "data-package",
        "name": entry.slug,
        "title": entry.title,
        "version": version,
        "created": created,
        "licenses": [{"name": name, "title": title, **({"path": path} if path else {})}],
        "sources": [{"title": entry.responsible_unit}],
        "resources": [
            {
                "name": f.key, "path": versioned_name(f.filename, version), "format": f.format.lower(),
                "mediatype": f.mimetype, "hash": f"sha256:{f.sha256}", "bytes": f.size,
                **({"profile": "tabular-data-resource", "encoding": "utf-8", "schema": public_schema(schema)}
                   if f.key == "donnees-csv" else {}),
                # Frictionless would open Parquet as a table through pyarrow, which cannot read an
                # http(s) address: a file, checked by its hash and size
                **({"type": "file"} if f.format.lower() == "parquet" else {}),
            }
            for f in files
        ],
    }


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
    no step here holds the rows. In publication order: the CSV and its fingerprint (unchanged: None),
    the version and its change-log entry (:func:`_change_log_entry`), the other files (:func:`_documents`),
    the release."""
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    created = now.isoformat()
    slug = entry.slug
    outdir.mkdir(parents=True, exist_ok=True)
    data, report = anon.data, anon.report
    # one schema for everything published: the state and the DataStore (privacy annotations kept),
    # the datapackage, the dictionary and the Parquet file (without them)
    schema = published_schema(anon.schema)
    public = public_schema(schema)

    csv_path = outdir / f"{slug}.csv"
    outputs.write_csv(data, csv_path)
    dictionary = outputs.dictionary_rows(public, report.techniques)
    attributes = outputs.attributes_markdown(dictionary)
    coverage = outputs.temporal_coverage(data, schema, config.metadata.temporal_field)
    stable_meta = package_fields(entry, config, version="", attributes_md=attributes, coverage=coverage,
                                 version_notes="", data_last_modified="")
    fingerprint = sha256_bytes(canonical([sha256_file(csv_path), schema, stable_meta]))
    if state is not None and state.fingerprint == fingerprint:
        return None
    entry_log = _change_log_entry(state, schema, anon, csv_path, previous_csv, stable_meta, fingerprint, created, note)
    version, level, reasons = entry_log["version"], entry_log["niveau"], entry_log["raisons"]
    history = [entry_log] + (state.history if state else [])
    notes = f"Version {version} ({level}) : " + "; ".join(reasons)
    files = _documents(entry, config, anon, schema, public, dictionary, history, csv_path, outdir, version, created)

    package = package_fields(entry, config, version=version, attributes_md=attributes, coverage=coverage,
                             version_notes=notes, data_last_modified=created)
    retention = DEFAULT_RETENTION if config.versions.keep is None else config.versions.keep
    return Release(
        dataset=slug, version=version, previous_version=state.version if state else None, bump=level,
        reasons=reasons, fingerprint=fingerprint, input_fingerprint=input_fp, created=created,
        package=package, files=files, schema=schema, history=history,
        retention=None if retention in ("toutes", None) else int(retention),
        private={"registre_anonymisation": {**report.to_dict(), "version": version, "date": created,
                                            "fins": "diffusion en données ouvertes (Données Québec)"}},
    )


def _change_log_entry(state: PublishedState | None, schema: dict[str, Any], anon: Anonymized, csv_path: Path,
                      previous_csv: bytes | Callable[[], bytes | None] | None, stable_meta: dict[str, Any],
                      fingerprint: str, created: str, note: str) -> dict[str, Any]:
    """The new version and what changed since the previous one (rows, schema, anonymization, metadata)."""
    report, rows = anon.report, anon.rows
    level, reasons = schema_changes(state.schema if state else None, schema)
    version = next_version(state.version if state else None, "patch" if level == "initial" else level)
    diff = row_diff(previous_csv, csv_path, primary_key(schema), new_rows=rows)
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
        "schema": reasons if level in ("major", "minor") else [],
        "anonymisation": anon_changes, "techniques": report.techniques, "empreinte": fingerprint,
        "note": note, "metadonnees": meta_now, "metadonnees_modifiees": meta_changed,
    }


def _documents(entry: Entry, config: DatasetConfig, anon: Anonymized, schema: dict[str, Any], public: dict[str, Any],
               dictionary: list[dict[str, str]], history: list[dict[str, Any]], csv_path: Path, outdir: Path,
               version: str, created: str) -> list[ReleaseFile]:
    """The release's files besides the CSV, written to ``outdir``, in their order on the dataset's page."""
    data, report, slug = anon.data, anon.report, entry.slug
    pq_path = outdir / f"{slug}.parquet"
    # the Parquet file is Arrow's work (off the GIL), the statistics mostly Python's: on two cores they
    # overlap (~1 s of a million-row first publication)
    with ThreadPoolExecutor(1) as pool:
        parquet_written = pool.submit(outputs.write_parquet, data, public, pq_path)
        stats_path = outdir / "statistiques.csv"
        outputs.write_rows_csv(outputs.statistics_rows(data, schema), stats_path)
        parquet_written.result()
    dict_path = outdir / "dictionnaire-donnees.csv"
    outputs.write_rows_csv(dictionary, dict_path)
    log_path = outdir / "CHANGELOG.md"
    log_path.write_text(changelog_markdown(entry.title, history, slug), encoding="utf-8")
    anon_path = outdir / "anonymisation.md"
    anon_path.write_text(anonymization_summary(entry, version, created, report.to_dict()), encoding="utf-8")

    def portal(key: str) -> dict[str, Any]:  # resource type and conformity flags (dqpub/release/metadata.py)
        return resource_fields(key, schema, config)

    files = [
        _file(csv_path, "donnees-csv", csv_path.name, f"{entry.title} (CSV)",
              f"Données courantes, version {version}. UTF-8, séparateur virgule.", "CSV", "text/csv",
              datastore=True, portal_fields=portal("donnees-csv")),
        _file(pq_path, "donnees-parquet", pq_path.name, f"{entry.title} (Parquet)",
              f"Données typées, version {version}, descriptions des champs incluses.", "Parquet",
              "application/vnd.apache.parquet", portal_fields=portal("donnees-parquet")),
        _file(dict_path, "dictionnaire", dict_path.name, "Dictionnaire de données",
              "Champs, types, descriptions, unités et valeurs permises.", "CSV", "text/csv",
              portal_fields=portal("dictionnaire")),
        _file(stats_path, "statistiques", stats_path.name, "Statistiques descriptives",
              "Nombre, valeurs manquantes, distinctes, minimum, maximum et valeurs fréquentes par champ "
              "(comptes seulement pour le texte libre).",
              "CSV", "text/csv", versioned=False, portal_fields=portal("statistiques")),
        _file(log_path, "journal", log_path.name, "Journal des modifications",
              "Changements de chaque version : lignes, schéma, anonymisation.", "Markdown",
              "text/markdown", versioned=False, portal_fields=portal("journal")),
        _file(anon_path, "anonymisation", anon_path.name, "Résumé de l'anonymisation",
              "Techniques appliquées et mesures de risque (sans aucune valeur).", "Markdown",
              "text/markdown", versioned=False, portal_fields=portal("anonymisation")),
    ]
    datapackage = reuser_datapackage(entry, version, created, schema, [f for f in files if f.versioned])
    dp_path = outdir / "datapackage.json"
    dp_path.write_text(json.dumps(datapackage, ensure_ascii=False, indent=2), encoding="utf-8")
    files.append(_file(dp_path, "datapackage", dp_path.name, "Paquet de données (datapackage.json)",
                       "Description Frictionless : version, schéma, licence, sommes de contrôle.",
                       "JSON", "application/json", portal_fields=portal("datapackage")))
    return files
