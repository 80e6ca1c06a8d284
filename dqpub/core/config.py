"""The stewards' configuration as typed objects: an inventory row and a dataset's ``dataset.yaml``.

The words a steward writes (inventory columns, YAML keys) are French: they are the contract with
the people who fill them in. The code reads English attributes. The mapping between the two lives
here and only here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dqpub.core.errors import InventoryError

PUBLIC = "public"

# inventory column (French, schemas/inventory.schema.json) → Entry attribute
INVENTORY_COLUMNS = {
    "identifiant": "slug",
    "titre": "title",
    "description": "description",
    "unite_responsable": "responsible_unit",
    "source_type": "source_type",
    "source_emplacement": "source_location",
    "schema": "schema",
    "frequence": "frequency",
    "licence": "licence",
    "classification": "classification",
    "priorite": "priority",
    "actif": "active",
    "mots_cles": "keywords",
    "groupes": "groups",
    "courriel_contact": "contact_email",
}


def _split(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(p.strip() for p in str(value).split(";") if p.strip())


@dataclass(frozen=True)
class Entry:
    """One row of the inventory."""

    slug: str  # identifiant: also the portal's dataset name
    title: str
    description: str
    responsible_unit: str
    source_type: str  # fichier | url | sql
    source_location: str
    schema: str  # file name under schemas/
    frequency: str  # the portal's update_frequency code
    licence: str
    classification: str
    priority: str
    active: bool
    keywords: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    contact_email: str = ""

    @property
    def restricted(self) -> bool:
        return self.classification != PUBLIC

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Entry":
        """An inventory row (already validated against its schema) as an Entry."""
        return cls(
            slug=row["identifiant"],
            title=row["titre"],
            description=row["description"],
            responsible_unit=row["unite_responsable"],
            source_type=row["source_type"],
            source_location=row["source_emplacement"],
            schema=row["schema"],
            frequency=row["frequence"],
            licence=row.get("licence") or "cc-by",
            classification=row["classification"],
            priority=row.get("priorite") or "moyenne",
            active=bool(row["actif"]),
            keywords=_split(row.get("mots_cles")),
            groups=_split(row.get("groupes")),
            contact_email=row.get("courriel_contact") or "",
        )

    def as_row(self) -> dict[str, Any]:
        """The row in the stewards' words: what fingerprints and reports use, stable across renames."""
        return {col: getattr(self, attr) for col, attr in INVENTORY_COLUMNS.items()}


@dataclass(frozen=True)
class DatasetConfig:
    """``datasets/<identifiant>/dataset.yaml``: source dialect, metadata, privacy and versions."""

    source: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    privacy: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, Any] = field(default_factory=dict)
    validation: dict[str, Any] = field(default_factory=dict)
    approbation: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Inventory:
    entries: tuple[Entry, ...]
    base_dir: Path  # relative source paths resolve here

    def get(self, slug: str) -> Entry:
        for e in self.entries:
            if e.slug == slug:
                return e
        raise InventoryError(f"le jeu « {slug} » n'est pas dans l'inventaire")
