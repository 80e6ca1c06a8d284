"""The portal's field rules that both the metadata step and the CKAN target read.

``schemas/donnees-quebec.scheming.yaml`` is Données Québec's ckanext-scheming schema as this project
knows it (also loaded by the test portal). The tuples below are the keys CKAN keeps although that
schema does not list them (see ``dqpub.release.metadata``'s docstring).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from dqpub.core.settings import PROJECT_ROOT

PORTAL_SCHEMA = PROJECT_ROOT / "schemas" / "donnees-quebec.scheming.yaml"
# Dataset fields a vanilla CKAN (no scheming) drops: mirrored into ``extras`` there.
DQ_EXTRA_FIELDS = (
    "update_frequency", "language", "methodologie", "ext_spatial", "extras_organisation_principale", "temporal",
)
# Free package extras (kept by CKAN with or without scheming): what the publisher reads back.
KEPT_PACKAGE_EXTRAS = ("data_last_modified", "dq_version_notes")
# Resource extras of the publisher (role, version, staging): kept by CKAN as the resource's extras.
KEPT_RESOURCE_EXTRAS = ("dq_cle", "dq_version", "dq_preparation")


@functools.lru_cache(maxsize=4)
def portal_schema(path: Path = PORTAL_SCHEMA) -> dict[str, Any]:
    """The project's ckanext-scheming schema of Données Québec (a YAML file, see its header)."""
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)
