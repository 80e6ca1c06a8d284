"""Portal metadata as Données Québec expects it, in one declarative place.

``package_fields`` maps the inventory row, ``dataset.yaml``'s ``metadata:`` block and what the run
computed (version, coverage, attributes table) to CKAN dataset fields. Données Québec runs
ckanext-scheming, so its extra fields (update_frequency, methodologie…) are top-level keys; a
vanilla CKAN drops unknown keys, which is why the CKAN publisher also mirrors them into ``extras``.
Only functional e-mail addresses go here, never a person's.
"""

from __future__ import annotations

from typing import Any

from dqpub.inventory import DatasetConfig, Entry

ORGANIZATION = "msp"
# Fields that a vanilla CKAN does not know and that Données Québec's schema adds.
DQ_EXTRA_FIELDS = (
    "update_frequency", "language", "methodologie", "ext_spatial", "extras_organisation_principale",
    "temporal_coverage_start", "temporal_coverage_end", "dq_version_notes", "data_last_modified",
)


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
    meta = config.metadata
    notes = entry.description.strip()
    if meta.get("notes_complementaires"):
        notes += "\n\n" + str(meta["notes_complementaires"]).strip()
    notes += "\n\n## Attributs\n\n" + attributes_md
    notes += (
        "\n\n## Versions\n\nLe fichier « courant » garde toujours la même adresse ; chaque version "
        "publiée reste téléchargeable (fichiers « -vX.Y.Z ») et le journal des modifications "
        "décrit les changements."
    )
    tags = list(entry.mots_cles) or list(meta.get("mots_cles", []))
    contact = entry.courriel_contact or meta.get("courriel_contact", "")
    pkg: dict[str, Any] = {
        "name": entry.identifiant,
        "title": entry.titre,
        "notes": notes,
        "owner_org": meta.get("organisation", ORGANIZATION),
        "license_id": entry.licence or "cc-by",
        "language": "FR",
        "update_frequency": entry.frequence,
        "tags": [{"name": t} for t in tags],
        "groups": [{"name": g} for g in (entry.groupes or meta.get("groupes", []))],
        "ext_spatial": meta.get("couverture_spatiale", "Québec"),
        "extras_organisation_principale": meta.get("organisation_principale", "Ministère de la Sécurité publique"),
        "author": entry.unite_responsable,
        "author_email": contact,
        "maintainer": entry.unite_responsable,
        "maintainer_email": contact,
        "url": meta.get("url_source", ""),
        "methodologie": meta.get("methodologie", ""),
        "version": version,
        "dq_version_notes": version_notes,
        "data_last_modified": data_last_modified,
    }
    if coverage:
        pkg["temporal_coverage_start"], pkg["temporal_coverage_end"] = coverage
    return pkg
