"""Prefect flow ``reevaluation-anonymisation``: thin orchestration of :mod:`dqpub.reevaluate`
(monthly deployment in prefect.yaml). A published version that no longer meets its thresholds,
or in which a detector now finds something, fails the run (a failed run is the alert) with a
French message naming dataset, column, kind and count, never a value. Nothing is unpublished.
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact

from dqpub.reevaluate import reevaluate
from dqpub.reevaluate_results import ReevaluationFailed
from dqpub.core.settings import Settings
from flows.publication import prefect_call
from publishers import open_target


@flow(name="reevaluation-anonymisation", log_prints=False)
def reevaluate_anonymization(datasets: list[str] | None = None, target: str | None = None,
                               inventory: str | None = None) -> list[dict[str, Any]]:
    """Réévalue le risque résiduel de ce qui est publié sur la cible (tous les jeux si « datasets » est vide).

    Args:
        datasets: identifiants à réévaluer (vide : tous les jeux de l'inventaire publiés sur la cible)
        target: « local » (défaut), « ckan-local », « pab » ou « production »
        inventory: emplacement de l'inventaire (chemin ou URL) ; défaut : inventaire du projet
    """
    logger = get_run_logger()
    settings = Settings().with_(target=target, inventory=inventory)
    publisher = open_target(settings)
    result = reevaluate(settings, publisher, datasets or None, call=prefect_call)
    for d in result.datasets:
        (logger.error if d.failed else logger.info)("%s : %s — %s", d.dataset, d.status,
                                                    "; ".join(d.problems) or "seuils respectés")
    create_markdown_artifact(key="reevaluation-anonymisation", markdown=result.markdown(),
                             description="Réévaluation de l'anonymisation (comptes seulement, aucune valeur)")
    if result.failed:
        raise ReevaluationFailed(result.message())
    return [d.to_dict() for d in result.datasets]


if __name__ == "__main__":
    reevaluate_anonymization()
