"""What a reuser reads about the published table: its Table Schema and the Data Package.

``published_schema`` restates the anonymized schema as the CSV writer writes it (keys kept only while
they still identify); ``public_schema`` is that schema without the pipeline's ``privacy`` annotations;
``reuser_datapackage`` is the ``datapackage.json`` a reuser validates with Frictionless, alone.
"""

from __future__ import annotations

from typing import Any

from dqpub.core.config import Entry
from dqpub.core.names import versioned_name
from dqpub.core.release import ReleaseFile
from dqpub.core.schema import primary_key, privacy_category
from dqpub.release import outputs

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
                       files: list[ReleaseFile], schemas: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
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
                **({"profile": "tabular-data-resource", "encoding": "utf-8", "schema": (schemas or {})[f.key]}
                   if f.key in (schemas or {}) else {}),
                # Frictionless would open Parquet as a table through pyarrow, which cannot read an
                # http(s) address, and has no GeoJSON reader: a file, checked by its hash and size
                **({"type": "file"} if f.format.lower() in ("parquet", "geojson") else {}),
            }
            for f in files
        ],
    }
