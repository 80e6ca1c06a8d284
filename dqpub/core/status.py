"""What became of a dataset in a run: one closed list, shown to stewards in French."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """A ``str``: JSON, Prefect and comparisons with the French word keep working."""

    PUBLISHED = "publié"
    UNCHANGED = "inchangé"  # nothing to publish (same source, same content, or not due yet)
    DRY_RUN = "simulation"  # what would be published, nothing written
    PENDING = "en attente"  # prepared, waiting for a steward's approval
    NOT_APPROVED = "non approuvé"  # held, then refused or timed out: nothing published
    REFUSED = "refusé"  # not allowed by the inventory (restricted access)
    SKIPPED = "ignoré"  # inactive in the inventory
    FAILED = "échec"  # validation, privacy, source or portal failure: the portal keeps its last version
    TO_DO = "à faire"  # the fan-out's triage: the source changed, a child run will publish it

    @property
    def failed(self) -> bool:
        return self is Status.FAILED
