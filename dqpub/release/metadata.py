"""Portal metadata as Données Québec accepts it, in one declarative place.

``package_fields`` maps the inventory row, ``dataset.yaml``'s ``metadata:`` block and what the run
computed (version, coverage, attributes table) to CKAN dataset fields; ``resource_fields`` gives
each published file its resource type and conformity flags. Every value is one of the portal's:
the choice lists come from ``schemas/donnees-quebec.scheming.yaml`` (the portal's ckanext-scheming
schema as this project knows it, also loaded by the test portal), so a slug that the portal would
refuse stops the dataset here, with a French message, before anything is computed or uploaded.

Keys sent that the portal's schema does not list (it would drop them) are only these, documented
and tested to survive a read-back on a scheming portal: the free package ``extras`` of
``KEPT_PACKAGE_EXTRAS`` and the resource extras of ``KEPT_RESOURCE_EXTRAS`` (CKAN keeps a resource's
unknown keys as its extras, scheming or not). Only functional e-mail addresses go here.
"""

from __future__ import annotations

import calendar
import re
from typing import Any


from dqpub.core.errors import InventoryError
from dqpub.core.config import DatasetConfig, Entry
from dqpub.core.schema import coordinate_role, fields as schema_fields
from dqpub.core.portal import portal_schema

ORGANIZATION = "msp"
DEFAULT_SPATIAL = "quebec"  # Québec (province)
DEFAULT_MAIN_ORGANIZATION = "gouvernement-du-quebec"

# --- resources ------------------------------------------------------------------------------------
# Conformity flags of every CSV this project writes (dqpub/outputs.write_csv and write_rows_csv):
# UTF-8, comma, not compressed, empty for unknown, '.' decimals, ISO 8601 dates, and the field
# descriptions published as a resource (the data dictionary).
CSV_CONFORMITY = {
    "relidi_confic_utf8": "oui",
    "relidi_confic_separateur_virgule": "oui",
    "relidi_confic_pascom": "oui",
    "relidi_condon_valinc": "oui",
    "relidi_condon_nombre": "oui",
    "relidi_condon_datheu": "oui",
    "relidi_description_champs": "relidi.descha.foudoc",
}
# A multiple-choice field: one choice goes as a plain string (a file upload is a multipart form, where
# a list cannot travel); the portal stores and shows it as ["relidi.rescom"].
COMPLEMENTARY = {"relidi_ressource_complementaire": "relidi.rescom"}
# Role of each published file (ReleaseFile.key) → its resource type and whether it complements the
# dataset's data. Data files are "donnees", documents "support".
RESOURCE_ROLES: dict[str, dict[str, Any]] = {
    "donnees-csv": {"resource_type": "donnees", "csv": True},
    "donnees-parquet": {"resource_type": "donnees"},
    "donnees-geojson": {"resource_type": "donnees", "geojson": True},
    "dictionnaire": {"resource_type": "support", "csv": True, "complementary": True},
    "statistiques": {"resource_type": "donnees", "csv": True, "complementary": True},
    "changements": {"resource_type": "donnees", "csv": True, "complementary": True},
    "journal": {"resource_type": "support"},
    "anonymisation": {"resource_type": "support"},
    "datapackage": {"resource_type": "support"},
}
ACCEPTED_EPSG = (4326, 32198)
_EPSG = re.compile(r"EPSG\s*:?\s*(\d{4,5})", re.I)





def choices(field_name: str, *, resource: bool = False, schema: dict | None = None) -> list[str]:
    """Accepted values of a field of the portal's schema ([] when the field takes free text)."""
    schema = schema or portal_schema()
    group = schema.get("resource_fields" if resource else "dataset_fields", [])
    for f in group:
        if f["field_name"] == field_name:
            return [c["value"] for c in f.get("choices", [])]
    raise KeyError(field_name)


def _checked(dataset: str, field: str, value: str, source: str) -> str:
    accepted = choices(field)
    if value not in accepted:
        raise InventoryError(
            f"{source} : « {value} » n'est pas une valeur de Données Québec pour {field} ; "
            f"valeurs acceptées : {', '.join(accepted)} (schemas/donnees-quebec.scheming.yaml)",
            dataset=dataset,
        )
    return value


def coordinates_epsg(schema: dict, config: DatasetConfig) -> int | None:
    """EPSG code of the dataset's coordinates, None when it has none. ``metadata.epsg`` in
    dataset.yaml wins; otherwise an ``EPSG:nnnn`` in a coordinate field's description, else 4326
    (degrees: geopoint, latitude/longitude fields)."""
    coords = [f for f in schema_fields(schema) if coordinate_role(f)]
    if not coords:
        return None
    declared = config.metadata.epsg
    if declared:
        return int(declared)
    for f in coords:
        m = _EPSG.search(str(f.get("description", "")))
        if m:
            return int(m.group(1))
    return 4326


def resource_fields(key: str, schema: dict | None = None, config: DatasetConfig | None = None) -> dict[str, str]:
    """Portal fields of the published file with role ``key`` (sent as they are by the publishers).

    ``schema`` and ``config`` (of the data CSV) decide the coordinate and boolean flags."""
    role = RESOURCE_ROLES.get(key, {"resource_type": "support"})
    out: dict[str, str] = {"resource_type": role["resource_type"]}
    if role.get("csv"):
        out.update(CSV_CONFORMITY)
        data_schema = schema if key == "donnees-csv" else None  # the flags describe the data file only
        epsg = coordinates_epsg(data_schema, config or DatasetConfig()) if data_schema else None
        out["relidi_confic_epsg"] = "n/a" if epsg is None else ("oui" if epsg in ACCEPTED_EPSG else "non")
        has_bool = bool(data_schema) and any(f.get("type") == "boolean" for f in schema_fields(data_schema or {}))
        out["relidi_condon_boolee"] = "oui" if has_bool else "n/a"  # written as true/false
    if role.get("geojson"):  # RFC 7946: UTF-8, EPSG:4326, whatever the CSV's coordinates were
        out.update(relidi_confic_utf8="oui", relidi_confic_epsg="oui")
    if role.get("complementary"):
        out.update(COMPLEMENTARY)
    return out


# --- dataset ----------------------------------------------------------------------------------------
def temporal(coverage: tuple[str, str] | None) -> str:
    """Données Québec's ``temporal``: one string AAAA-MM-JJ/AAAA-MM-JJ. A coverage known to the year
    or the month (a generalized date field) spans from its first day to its last."""
    if not coverage:
        return ""

    def day(value: str, end: bool) -> str:
        value = str(value)[:10]
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-12-31" if end else f"{value}-01-01"
        if re.fullmatch(r"\d{4}-\d\d", value):
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return f"{value}-{last:02d}" if end else f"{value}-01"
        return value

    return f"{day(coverage[0], False)}/{day(coverage[1], True)}"


def package_fields(
    entry: Entry,
    config: DatasetConfig,
    *,
    version: str,
    attributes_md: str,
    coverage: tuple[str, str] | None,
    version_notes: str,
    data_last_modified: str,
) -> dict[str, Any]:
    """The CKAN package of a dataset (also the base of companion packages: change name and title)."""
    meta = config.metadata
    slug = entry.slug
    notes = entry.description.strip()
    if meta.notes:
        notes += "\n\n" + meta.notes.strip()
    notes += "\n\n## Attributs\n\n" + attributes_md
    notes += (
        "\n\n## Versions\n\nLe fichier « courant » garde toujours la même adresse ; chaque version "
        "publiée reste téléchargeable (fichiers « -vX.Y.Z ») et le journal des modifications "
        "décrit les changements."
    )
    tags = list(entry.keywords) or list(meta.keywords)
    contact = entry.contact_email or meta.contact_email
    pkg: dict[str, Any] = {
        "name": slug,
        "title": entry.title,
        "notes": notes,
        "owner_org": meta.organization or ORGANIZATION,
        "license_id": _checked(slug, "license_id", entry.licence or "cc-by", "inventaire, colonne licence"),
        "language": "FR",
        "update_frequency": _checked(slug, "update_frequency", entry.frequency, "inventaire, colonne frequence"),
        "tags": [{"name": t} for t in tags],
        "groups": [{"name": g} for g in (entry.groups or meta.groups)],
        "ext_spatial": _checked(slug, "ext_spatial", meta.spatial or DEFAULT_SPATIAL,
                                "dataset.yaml, metadata.couverture_spatiale"),
        "extras_organisation_principale": _checked(
            slug, "extras_organisation_principale",
            meta.main_organization or DEFAULT_MAIN_ORGANIZATION,
            "dataset.yaml, metadata.organisation_principale"),
        "author": entry.responsible_unit,
        "author_email": contact,
        "url": meta.source_url,
        "methodologie": meta.methodology,
        "temporal": temporal(coverage),
        "version": version,
        "extras": [{"key": k, "value": v} for k, v in
                   (("dq_version_notes", version_notes), ("data_last_modified", data_last_modified)) if v],
    }
    if not contact:
        raise InventoryError("courriel fonctionnel manquant (inventaire, colonne courriel_contact) : "
                             "Données Québec l'exige (author_email)", dataset=slug)
    return pkg
