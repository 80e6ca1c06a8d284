"""Prefect flows: thin orchestration of ``dqpub.pipeline``. Each pipeline step runs as a task
(retried with backoff only on transient failures: network, portal 5xx, timeouts), each run leaves
a French summary artifact and one artifact per dataset (validation and privacy counts, no values).
"""

from __future__ import annotations

import os
import time
from typing import Any

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no internet on the ministry's servers

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import (  # noqa: E402
    create_link_artifact, create_markdown_artifact, create_progress_artifact, create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.exceptions import FlowPauseTimeout  # noqa: E402
from prefect.flow_runs import pause_flow_run  # noqa: E402
from prefect.input import RunInput  # noqa: E402
from prefect.tasks import exponential_backoff  # noqa: E402

from dqpub.core.errors import DqpubError  # noqa: E402
from dqpub import steps  # noqa: E402
from dqpub.core.release import KnownStates, TargetFacts, with_known_states  # noqa: E402
from dqpub.core.status import Status  # noqa: E402
from dqpub.pipeline import DatasetResult, RunOptions, RunSummary, drop_pending, publish_pending, run_inventory  # noqa: E402
from flows.fanout import CHILD_RESULT, Children, release_budget, shared_budget  # noqa: E402
from dqpub.core.settings import Settings  # noqa: E402
from dqpub.status import dataset_status, record_results, status_table  # noqa: E402
from publishers import open_target  # noqa: E402

CHILD_FIELDS = ("dataset", "status", "message", "version", "previous_version", "bump", "reasons", "rows",
                "errors", "identifiers_removed", "duration_s", "approval")


def _transient(task, task_run, state) -> bool:
    """Retry only what a retry can fix; validation and privacy failures are final."""
    try:
        state.result(raise_on_failure=True)
    except DqpubError as exc:
        return exc.retryable
    except Exception:  # noqa: BLE001
        return False
    return False


def prefect_call(step: steps.Step, fn, *args, **kwargs):
    """One step as a Prefect task: name, retries and tags from the step table (dqpub/steps.py)."""
    delay = float(os.environ.get("DQPUB_RETRY_DELAY", "10"))
    t = task(
        fn, name=step.name, cache_policy=NO_CACHE, retries=step.retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=delay) if delay else 0,
        retry_jitter_factor=0.5 if delay else None, retry_condition_fn=_transient,
        tags=list(step.tags),
    )
    return t(*args, **kwargs)


def _dataset_artifact(res: DatasetResult) -> None:
    lines = [f"# {res.dataset} — {res.status}", "", res.message, ""]
    if res.reports.get("md"):
        with open(res.reports["md"], encoding="utf-8") as f:
            lines.append(f.read())
    p = res.privacy
    if p:
        lines += ["", "## Confidentialité", "",
                  f"- Champs supprimés : {', '.join(p.get('dropped_fields', [])) or 'aucun'}",
                  f"- Identifiants retirés : {p.get('identifiers_removed', 0)}",
                  f"- Texte libre épuré : {p.get('scrubbed') or {}}",
                  f"- k-anonymat : seuil {p.get('k_threshold')}, avant {p.get('k_before')}, après {p.get('k_after')}",
                  f"- Enregistrements supprimés : {p.get('suppressed_records', 0)}"]
    create_markdown_artifact(key=f"jeu-{res.dataset}", markdown="\n".join(lines),
                             description=f"Validation et confidentialité — {res.dataset}")


def _table_artifacts(summary: RunSummary, publisher, settings: Settings) -> None:
    """The run as a sortable table, a link to each published dataset's page, the state of every
    dataset (what `dqpub etat` shows). No values: statuses, versions and counts only."""
    create_table_artifact(key="resultats-publication", description=f"Résultats de l'exécution {summary.run_id}",
                          table=[{"jeu": r.dataset, "résultat": r.status, "version": r.version or "",
                                  "lignes": "" if r.rows is None else r.rows, "erreurs": r.errors,
                                  "identifiants retirés": r.identifiers_removed, "durée (s)": r.duration_s,
                                  "détail": r.message} for r in summary.results])
    for r in summary.results:
        if r.status == Status.PUBLISHED:
            create_link_artifact(key=f"portail-{r.dataset}", link=publisher.dataset_url(r.dataset),
                                 link_text=f"{r.dataset} {r.version}", description="Page du jeu sur la cible")
    create_table_artifact(key="etat-des-jeux", description="État de chaque jeu après l'exécution",
                          table=status_table(dataset_status(settings, publisher)))


class Approbation(RunInput):
    """Ce que l'intendante ou l'intendant répond dans l'interface Prefect pour reprendre le flux."""

    approuves: list[str] = []
    commentaire: str = ""


def _change(r: DatasetResult) -> dict[str, Any]:
    """Row and schema changes of a held release (from the release itself, or a child's row)."""
    if r.pending is not None:
        return r.pending.history[0] if r.pending.history else {}
    return r.diff.get("changement") or {}


def _child_row(r: DatasetResult, run_id: str) -> dict[str, Any]:
    """What the parent needs of a child's result (statuses, versions, counts; never a value), and
    what it records of it in its own machine's registry: the child's run and the path of its report
    (on the child's machine)."""
    row = {k: getattr(r, k) for k in CHILD_FIELDS}
    row["execution"], row["rapport"] = run_id, r.reports.get("html")
    change = _change(r) if r.status == Status.PENDING else {}
    row["diff"] = {"changement": {k: change.get(k) for k in ("ajoutees", "retirees", "modifiees", "schema")}}
    return row


def _await_approval(pending: list[DatasetResult], publisher, settings: Settings, timeout: int,
                    publish_approved=None) -> None:
    """Everything else is done; pause once for all held datasets, then publish what was approved."""
    logger = get_run_logger()
    lines = ["# Approbation requise", "",
             "| Jeu | Version | Raisons | Lignes ajoutées / retirées / modifiées | Schéma |", "|---|---|---|---|---|"]
    for r in pending:
        change = _change(r)
        rows = (f"{change.get('ajoutees', 0)} / {change.get('retirees', 0)} / {change.get('modifiees', 0)}"
                if change else "")
        lines.append(f"| {r.dataset} | {r.version} ({r.bump}) | {'; '.join(r.approval)} | {rows} | "
                     f"{'; '.join(change.get('schema') or []) or 'inchangé'} |")
    lines += ["", "Reprendre l'exécution avec la liste des jeux approuvés (« approuves »)."]
    create_markdown_artifact(key="approbation-requise", markdown="\n".join(lines),
                             description="Publications en attente d'approbation")
    logger.warning("approbation requise pour : %s", ", ".join(r.dataset for r in pending))
    try:
        answer = pause_flow_run(wait_for_input=Approbation, timeout=timeout, key="approbation")
    except FlowPauseTimeout:
        for r in pending:
            drop_pending(r, Status.NOT_APPROVED, "délai d'approbation expiré : rien n'a été publié")
        return
    if publish_approved is not None:  # fan-out: the approved datasets run again as children
        publish_approved(pending, answer.approuves)
        return
    for r in pending:
        if r.dataset in answer.approuves:
            publish_pending(r, publisher, settings, prefect_call)
        else:
            drop_pending(r, Status.NOT_APPROVED, "publication refusée par l'intendance des données")
        logger.info("%s : %s — %s", r.dataset, r.status, r.message)


def _run(datasets: list[str] | None, options: RunOptions, target: str | None, inventory: str | None,
         approval_timeout: int = 4 * 3600, seen: dict[str, Any] | None = None, child: bool = False,
         facts: dict[str, Any] | None = None) -> RunSummary:
    logger = get_run_logger()
    settings = Settings().with_(target=target, inventory=inventory)
    publisher = portal = shared_budget(open_target(settings))
    if facts is not None and isinstance(portal, TargetFacts):  # a fan-out child: what its parent read once
        portal.know(facts)
    if seen is not None:  # a fan-out child: its parent's bulk read of the portal, no second one
        publisher = KnownStates(publisher, seen)

    progress: dict[str, Any] = {"done": 0}

    def call(step: steps.Step, fn, *args, **kwargs):
        """The pipeline's own steps; the inventory it pulls sizes the progress artifact (no second pull)."""
        out = prefect_call(step, fn, *args, **kwargs)
        if step == steps.INVENTORY:
            progress["total"] = len(datasets) if datasets else len(out.entries)
            progress["id"] = create_progress_artifact(0.0, key="progression-publication",
                                                      description=f"Jeux traités sur {progress['total']}")
        return out

    def report(res: DatasetResult) -> None:
        log = logger.error if res.failed else logger.info
        log("%s : %s — %s", res.dataset, res.status, res.message)
        _dataset_artifact(res)
        progress["done"] += 1
        last = progress["done"] >= progress.get("total", 0)
        if "id" in progress and (last or time.monotonic() - progress.get("shown", 0.0) >= 1.0):
            progress["shown"] = time.monotonic()  # at most once a second (and at the end), as the fan-out's
            update_progress_artifact(progress["id"], min(100.0, 100.0 * progress["done"] / max(progress["total"], 1)))

    try:
        summary = run_inventory(settings, publisher, datasets, options, call=call, on_result=report)
    finally:
        if child:  # a child sends nothing more to the portal: its slots go to the other workers now
            release_budget(portal)
    pending = [r for r in summary.results if r.status == Status.PENDING]
    if pending and not child:  # a child hands its held release back to the parent, which asks once
        _await_approval(pending, publisher, settings, approval_timeout)
        if not options.dry_run:  # the steward's answer is the run's last result of these datasets
            record_results(settings, summary.run_id, pending)
    create_markdown_artifact(key="sommaire-publication", markdown=summary.markdown(),
                             description="Sommaire de la publication")
    if child:
        create_table_artifact(key=CHILD_RESULT, table=[_child_row(r, summary.run_id) for r in summary.results],
                              description="Résultat du jeu, lu par la publication parente")
        for r in pending:
            drop_pending(r)  # the held release's scratch holds raw data; approved, it is prepared again
    else:  # the state table: one bulk read, only the datasets this run changed are read one by one
        _table_artifacts(summary, with_known_states(publisher, [r.dataset for r in summary.results]), settings)
    if summary.failed:
        raise DqpubError(f"jeux en échec : {', '.join(summary.failed)}")
    return summary


def _run_fanned(datasets: list[str] | None, options: RunOptions, target: str | None, inventory: str | None,
                approval_timeout: int) -> RunSummary:
    """The same run as ``_run``, one child flow run per dataset through the work pool."""
    logger = get_run_logger()
    settings = Settings().with_(target=target, inventory=inventory)
    publisher = shared_budget(open_target(settings))
    children = Children(settings, publisher, options, inventory)
    summary = children.run(datasets)
    pending = [r for r in summary.results if r.status == Status.PENDING]
    if pending:
        _await_approval(pending, publisher, settings, approval_timeout, publish_approved=children.approve)
    children.record(summary)  # the children's results, in this machine's registry too
    for r in summary.results:
        (logger.error if r.failed else logger.info)("%s : %s — %s", r.dataset, r.status, r.message)
    create_markdown_artifact(key="sommaire-publication", markdown=summary.markdown(),
                             description="Sommaire de la publication")
    # the state table after the children: one fresh bulk read, datasets the children changed are read
    _table_artifacts(summary, with_known_states(publisher, [r.dataset for r in summary.results]), settings)
    if summary.failed:
        raise DqpubError(f"jeux en échec : {', '.join(summary.failed)}")
    return summary


@flow(name="publication", log_prints=False)
def publish_inventory(
    datasets: list[str] | None = None,
    dry_run: bool = False,
    force: bool = False,
    target: str | None = None,
    inventory: str | None = None,
    require_approval: bool = True,
    approved: list[str] | None = None,
    approval_timeout: int = 4 * 3600,
    only_due: bool = False,
    fan_out: bool = False,
) -> list[dict[str, Any]]:
    """Publie les jeux dus de l'inventaire (tous si « datasets » est vide) vers la cible choisie.

    Args:
        datasets: identifiants à publier (vide : tout l'inventaire)
        dry_run: simulation, rien n'est écrit
        force: republier même si la source n'a pas changé
        target: « local » (défaut), « ckan-local », « pab » ou « production »
        inventory: emplacement de l'inventaire (chemin ou URL) ; défaut : inventaire du projet
        require_approval: retenir pour approbation les premières publications et les risques élevés
        approved: jeux déjà approuvés pour cette exécution
        approval_timeout: secondes d'attente de l'approbation avant d'abandonner les jeux retenus
        only_due: exécution nocturne : ne tirer une source SQL que si sa fréquence la rend due
        fan_out: un déploiement « publier-un-jeu » par jeu, réparti entre les travailleurs du bassin
    """
    options = RunOptions(dry_run=dry_run, force=force, hold_for_approval=require_approval,
                         approved=frozenset(approved or ()), only_due=only_due)
    run = _run_fanned if fan_out else _run
    summary = run(datasets, options, target, inventory, approval_timeout)
    return [r.public() for r in summary.results]


@flow(name="publier-un-jeu", log_prints=False)
def publish_dataset(dataset: str, dry_run: bool = False, force: bool = False, target: str | None = None,
                    require_approval: bool = True, approved: bool = False, inventory: str | None = None,
                    only_due: bool = False, child: bool = False,
                    seen: dict[str, Any] | None = None, facts: dict[str, Any] | None = None) -> dict[str, Any]:
    """Publie un seul jeu de données (« approved » : la publication est déjà approuvée).

    « child », « seen » : lancé par une publication répartie (« fan_out ») : la publication retenue
    pour approbation est rendue à la parente (qui demande une seule fois), et « seen » est sa lecture
    groupée du portail ; « facts », ce que la parente a lu une fois du portail (son schéma, son chargeur).
    """
    options = RunOptions(dry_run=dry_run, force=force, hold_for_approval=require_approval,
                         approved=frozenset([dataset] if approved else ()), only_due=only_due)
    summary = _run([dataset], options, target, inventory, seen=seen, child=child, facts=facts)
    return summary.results[0].public()


if __name__ == "__main__":
    publish_inventory()
