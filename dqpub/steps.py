"""The table of steps: the one place that names each step of a dataset's run and how an orchestrator
may run it (retries, Prefect tags). The pipeline calls each step's function directly, typed
(``_Run.step(steps.PULL, pull, …)``); the Prefect flows read ``retries`` and ``tags`` from here; the CLI
shows ``name`` while a step runs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    name: str  # French: what a steward reads in the terminal and in Prefect's UI (the task's name)
    retries: int = 0  # orchestrator retries, only for failures marked retryable (network, 5xx)
    tags: tuple[str, ...] = ()  # Prefect tags: tag-based concurrency limits apply to them


# Each step, in the order of a run, with the function the pipeline calls for it.
INVENTORY = Step("inventaire", retries=2)  # dqpub.inventory.pull_inventory
STATE = Step("lire l'état")  # Publisher.state
PULL = Step("extraire", retries=2)  # dqpub.source.pull
NORMALIZE = Step("normaliser")  # dqpub.table.normalize
VALIDATE = Step("valider")  # dqpub.validate.validate
ANONYMIZE = Step("anonymiser")  # dqpub.privacy.anonymize.anonymize_file: Parquet to Parquet, in batches
PREPARE = Step("versionner")  # dqpub.release.version.prepare
PREFLIGHT = Step("vérifier")  # Publisher.preflight
# No orchestrator retries for the targets' steps: the CKAN client retries each request itself
# (backoff on 429/5xx); a second layer would multiply the waits and the load on the portal.
# `prefect concurrency-limit create televersement-portail 2` caps simultaneous uploads.
PUBLISH = Step("publier", tags=("televersement-portail",))  # Publisher.publish

STEPS = (INVENTORY, STATE, PULL, NORMALIZE, VALIDATE, ANONYMIZE, PREPARE, PREFLIGHT, PUBLISH)
