"""The table of steps: the one place that names each step of a dataset's run, the function that does
it, and how an orchestrator may run it. The pipeline calls steps through this table; the Prefect
flows read ``retries`` and ``tags`` from it; the CLI shows ``name`` while a step runs.

A step's function is named as ``"module:function"`` and imported on first use, so that
``dqpub validate`` (timed by users against ``frictionless validate``) never loads pandas, the
detectors or the renderers. ``"publisher:method"`` is a method of the run's target.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Step:
    name: str  # French: what a steward reads in the terminal and in Prefect's UI (the task's name)
    target: str  # "package.module:function" or "publisher:method"
    retries: int = 0  # orchestrator retries, only for failures marked retryable (network, 5xx)
    tags: tuple[str, ...] = ()  # Prefect tags: tag-based concurrency limits apply to them

    def resolve(self, publisher: Any = None) -> Callable[..., Any]:
        owner, _, attr = self.target.partition(":")
        if owner == "publisher":
            if publisher is None:
                raise ValueError(f"l'étape « {self.name} » demande une cible de publication")
            return getattr(publisher, attr)
        return getattr(importlib.import_module(owner), attr)


INVENTORY = Step("inventaire", "dqpub.inventory:pull_inventory", retries=2)
STATE = Step("lire l'état", "publisher:state")
PULL = Step("extraire", "dqpub.source:pull", retries=2)
NORMALIZE = Step("normaliser", "dqpub.table:normalize")
VALIDATE = Step("valider", "dqpub.validate:validate")
ANONYMIZE = Step("anonymiser", "dqpub.privacy.anonymize:anonymize_file")  # Parquet to Parquet, in batches
PREPARE = Step("versionner", "dqpub.release.version:prepare")
PREFLIGHT = Step("vérifier", "publisher:preflight")
# No orchestrator retries for the targets' steps: the CKAN client retries each request itself
# (backoff on 429/5xx); a second layer would multiply the waits and the load on the portal.
# `prefect concurrency-limit create televersement-portail 2` caps simultaneous uploads.
PUBLISH = Step("publier", "publisher:publish", tags=("televersement-portail",))

STEPS = (INVENTORY, STATE, PULL, NORMALIZE, VALIDATE, ANONYMIZE, PREPARE, PREFLIGHT, PUBLISH)
