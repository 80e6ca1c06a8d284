"""Fan-out of a publication over the work pool: one child flow run of ``publier-un-jeu`` per
dataset, so that every worker of the pool (on any machine) takes part, and one portal budget that
all of them share.

Why deployment runs and not tasks: a task runner (threads, processes) runs inside the parent's
worker only; a deployment run goes through the work pool, so a second worker — or a second machine
— takes its share of an inventory. The price is one flow-run process per dataset (≈ the import of
the pipeline, a few seconds on a loaded machine; measured in bench/README.md), paid by the workers
in parallel. So the parent first sorts the inventory with the pipeline's own code up to the
source's fingerprint (``run_dataset`` stopped right after the pull, against the bulk-read states):
an unchanged or not-yet-due dataset ends there, in the parent, and only a dataset with work gets a
child — which decides again from scratch. A child's failure is its own: the parent gathers every child's result (the child's
``resultat-jeu`` table artifact, read from the Prefect API, so workers need no shared disk) and
its summary lists every dataset.

The portal budget: a Prefect global concurrency limit used as a rate limit, ``portail-<cible>``
(``slot_decay_per_second`` = requests per second), shared by every worker. Each process paces its
own requests (``dqpub.core.pace.Pacer``): it takes the whole limit at once — a batch of ``limit``
slots, two seconds of the budget — when its slots are free, spends them one every 1/rate seconds,
and gives back what it holds when it is done. Created at ``DQPUB_CKAN_REQUESTS_PER_SECOND``
(default 5) when missing, with ``limit`` = 2 × that rate; a steward changes the rate with
``prefect gcl update portail-<cible> --slot-decay-per-second N`` (and the batch with ``--limit``; a
limit of 1, the former default, still works: batches of one request). Every worker must run this
code: a process of the former code takes one slot whenever one is free, and would send beside a batch.
"""

from __future__ import annotations

from dataclasses import replace

import json
import logging
import os
import time
from typing import Any

from prefect import get_run_logger
from prefect.artifacts import create_progress_artifact, update_progress_artifact
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey, FlowRunFilter, FlowRunFilterId,
    FlowRunFilterState, FlowRunFilterStateType,
)
from prefect.client.schemas.objects import TERMINAL_STATES
from prefect.context import get_run_context
from prefect.deployments import run_deployment

from dqpub.core.pace import LimitView, Pacer, batch_slots, requests_per_second
from dqpub.core.release import BulkStates, KnownStates, TargetFacts
from dqpub.core.settings import Settings
from dqpub.inventory import plan, pull_inventory
from dqpub.core.status import Status
from dqpub.pipeline import DatasetResult, RunOptions, RunSummary, new_run_id, run_dataset
from dqpub.status import record_results

CHILD_DEPLOYMENT = "publier-un-jeu/publier-un-jeu"
CHILD_RESULT = "resultat-jeu"
POLL_SECONDS = float(os.environ.get("DQPUB_ENFANTS_SONDAGE", "2"))
# a poll asks only for the children that ended: its answer is what changed, not every child still running
ENDED = FlowRunFilterState(type=FlowRunFilterStateType(any_=sorted(TERMINAL_STATES)))


def _api(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """A call to the Prefect API, tried again on 5xx, 429 and connection errors (a loaded server
    answers 503): a parent of a thousand children must not fail for one busy second. Safe to repeat:
    children are created with an idempotency key."""
    import httpx
    from prefect.exceptions import PrefectHTTPStatusError

    for attempt in range(6):
        try:
            return fn(*args, **kwargs)
        except (PrefectHTTPStatusError, httpx.TransportError) as exc:
            if attempt == 5 or not _busy_server(exc):
                raise
            _logger().warning("API Prefect indisponible (%s), nouvel essai", _status(exc) or type(exc).__name__)
            time.sleep(2 ** attempt)
    raise AssertionError("unreachable")


def _status(exc: Exception) -> int:
    """The HTTP status of a Prefect API error; 0 for a connection error (no answer)."""
    return getattr(getattr(exc, "response", None), "status_code", 0)


def _busy_server(exc: Exception) -> bool:
    """An error worth waiting out: no answer, 5xx (a loaded server; SQLite's « database is locked ») or 429."""
    status = _status(exc)
    return not status or status >= 500 or status == 429


def _logger() -> Any:
    """The run's logger, or the module's outside a run (a pacer's call from a publisher's own thread)."""
    from prefect.exceptions import MissingContextError

    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)


def limit_name(target: str) -> str:
    return f"portail-{target}"


class PrefectLimit:
    """``dqpub.core.pace.SharedLimit`` on a Prefect global concurrency limit with a slot decay, through
    one API client kept for the process (a pacer asks once per batch, and looks a few times)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._client: Any = None

    def _api(self) -> Any:
        if self._client is None:
            self._client = get_client(sync_client=True).__enter__()
        return self._client

    def look(self) -> LimitView:
        limit = _api(self._api().read_global_concurrency_limit_by_name, self.name)  # ObjectNotFound: strict
        rate = limit.slot_decay_per_second if limit.active else 0.0
        return LimitView(size=limit.limit, rate=rate, busy=limit.active_slots)

    def take(self, slots: int) -> bool:
        """A refusal (423: another process took the limit in the same instant) and a busy server (5xx, 429, a
        lost connection: the slots may or may not be ours) are both « not taken »: the pacer looks again, and
        slots taken unknowingly only make the others wait for their decay, never exceed the budget."""
        import httpx
        from prefect.exceptions import PrefectHTTPStatusError

        try:
            self._api().increment_concurrency_slots(names=[self.name], slots=slots, mode="rate_limit")
        except (PrefectHTTPStatusError, httpx.TransportError) as exc:
            if _status(exc) == 423 or _busy_server(exc):
                return False
            raise
        return True

    def give_back(self, slots: int) -> None:
        """Best effort: a give-back lost to a busy server (Prefect's SQLite answers « database is locked »
        under eight flow runs) leaves the batch to run out its window, as if it were never given back."""
        import httpx
        from prefect.exceptions import PrefectHTTPStatusError

        try:
            self._api().release_concurrency_slots(names=[self.name], slots=slots, occupancy_seconds=1.0)
        except (PrefectHTTPStatusError, httpx.TransportError) as exc:
            if not _busy_server(exc):
                raise

    def close(self) -> None:
        if self._client is not None:
            self._client.__exit__(None, None, None)
            self._client = None


def shared_budget(publisher: Any) -> Any:
    """Under Prefect, a CKAN target's requests are paced against ``portail-<cible>`` (every worker
    shares it); targets without a throttle hook (the local folder) are returned as they are."""
    if not hasattr(publisher, "throttle"):
        return publisher
    name = limit_name(publisher.name)
    _ensure_limit(name)
    publisher.throttle = Pacer(PrefectLimit(name))
    return publisher


def release_budget(publisher: Any) -> None:
    """This process sends nothing more to the portal: the slots its pacer holds go back to the other
    workers now instead of at the end of their window (and the API client is closed)."""
    pacer = getattr(publisher, "throttle", None)
    if isinstance(pacer, Pacer):
        try:
            pacer.close()
        finally:
            if isinstance(pacer.limit, PrefectLimit):
                pacer.limit.close()


def _ensure_limit(name: str) -> None:
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(name)
            return
        except ObjectNotFound:
            pass
        rps = requests_per_second()
        try:  # slots that free at `rps` per second, taken in batches of `limit` (dqpub.core.pace)
            client.create_global_concurrency_limit(
                GlobalConcurrencyLimitCreate(name=name, limit=batch_slots(rps), slot_decay_per_second=rps))
            get_run_logger().warning("limite %s créée : %s requêtes/s pour tous les travailleurs", name, rps)
        except ObjectAlreadyExists:
            pass


class Children:
    """The child runs of one parent publication (see the module's docstring)."""

    def __init__(self, settings: Settings, publisher: Any, options: RunOptions, inventory: str | None) -> None:
        self.settings, self.publisher, self.options = settings, publisher, options
        # a child is the flow « publier-un-jeu » with the same options (its parameters, as Prefect stores them)
        self.params = {"dry_run": options.dry_run, "force": options.force, "target": settings.target,
                       "inventory": inventory, "require_approval": options.hold_for_approval,
                       "only_due": options.only_due}
        self.run_id = new_run_id()
        self.progress: dict[str, Any] = {"done": 0, "total": 0}
        self._args: dict[str, tuple[bool, dict[str, Any], str]] = {}  # how each child was launched
        self._executions: dict[str, str] = {}  # the child's own run id, reported in its result row
        self._facts: dict[str, Any] | None = None  # what the target says of itself, read once for every child

    def run(self, selected: list[str] | None) -> RunSummary:
        approved = self.options.approved
        inventory = pull_inventory(self.settings)
        items = plan(inventory, selected)
        todo = [i.entry.slug for i in items if i.publish]
        # one bulk read for the whole inventory, handed to each child: no child reads the portal again
        seen = self.publisher.seen(todo) if isinstance(self.publisher, BulkStates) and len(todo) > 1 else {}
        known = KnownStates(self.publisher, seen)
        self.progress["total"] = len(items)
        self.progress["id"] = create_progress_artifact(0.0, key="progression-publication",
                                                       description=f"Jeux traités sur {len(items)}")
        results: dict[str, DatasetResult] = {}
        settled: list[DatasetResult] = []  # left out by the plan or unchanged in the triage: one write
        for i in items:
            slug = i.entry.slug
            if not i.publish:
                status = Status.REFUSED if i.entry.restricted else Status.SKIPPED
                results[slug] = DatasetResult(dataset=slug, status=status, message=i.reason)
                settled.append(results[slug])
            else:
                res = None if self.options.force else self._triage(i.entry, inventory, known)
                if res is None:
                    continue  # work to do: a child
                results[slug] = res
                settled.append(res)
            self._tick()
        if settled and not self.options.dry_run:
            record_results(self.settings, self.run_id, settled)
        if any(slug not in results for slug in todo):
            self._facts = self._read_facts()
        runs = {slug: self._launch(slug, slug in approved, seen, "") for slug in todo if slug not in results}
        results.update(self._gather(runs))
        return RunSummary(run_id=self.run_id, target=self.settings.target,
                          results=[results[i.entry.slug] for i in items])

    def record(self, summary: RunSummary) -> None:
        """The children's results (after the steward's answer, if any) in this machine's registry, in
        one write: the parent's machine knows every dataset's last result even when the children ran
        on other machines (each of which also keeps its own). Recorded under the child's own run, so
        a child of this machine is not counted twice in the history."""
        if self.options.dry_run:
            return
        launched = [r for r in summary.results if r.dataset in self._args]
        record_results(self.settings, self.run_id, launched, self._executions)

    def approve(self, pending: list[DatasetResult], approved: list[str]) -> None:
        """After the steward's answer: the approved datasets run again as approved children (they
        prepare the same release again), the others are marked as not approved."""
        again = [r for r in pending if r.dataset in approved]
        for r in pending:
            if r not in again:
                r.status, r.message = Status.NOT_APPROVED, "publication refusée par l'intendance des données"
        self.progress["done"] -= len(again)
        fresh = self._gather({r.dataset: self._launch(r.dataset, True, {}, "-approuve") for r in again})
        for r in again:
            r.__dict__.update(fresh[r.dataset].__dict__)

    def _triage(self, entry: Any, inventory: Any, publisher: Any) -> DatasetResult | None:
        """The pipeline's own decision, up to the source's fingerprint, in the parent: an unchanged (or
        not yet due) dataset ends here, without a child process; None: it has work, for a child
        (which decides again, from scratch). A failure here also goes to a child (retries, report)."""
        res = run_dataset(entry, inventory, self.settings, publisher, run_id=self.run_id,
                          options=replace(self.options, force=False), triage=True)
        return res if res.status in (Status.UNCHANGED, Status.REFUSED) else None

    def _read_facts(self) -> dict[str, Any] | None:
        """The target's facts about itself (CKAN: its schema, its loader), read once for every child; when the
        read fails, each child reads them itself (and retries, and says so in its own result)."""
        if not isinstance(self.publisher, TargetFacts):
            return None
        try:
            return self.publisher.facts()
        except Exception as exc:  # noqa: BLE001 - the children read them again, with their own retries
            get_run_logger().warning("lecture du portail par la publication parente impossible (%s) : "
                                     "chaque jeu la refera", type(exc).__name__)
            return None

    def _launch(self, slug: str, approved: bool, seen: dict[str, Any], suffix: str) -> Any:
        self._args[slug] = (approved, seen, suffix)
        params = {**self.params, "dataset": slug, "approved": approved, "child": True,
                  "seen": {slug: seen[slug]} if slug in seen else None, "facts": self._facts}
        parent = get_run_context().flow_run.id  # type: ignore[union-attr]
        return _api(run_deployment, CHILD_DEPLOYMENT, parameters=params, timeout=0, as_subflow=True,
                              idempotency_key=f"{parent}-{slug}{suffix}",
                              flow_run_name=f"{slug}{suffix}").id

    def _gather(self, runs: dict[str, Any]) -> dict[str, DatasetResult]:
        """Wait for every child. A child that ended without its result row (crashed or failed before
        the pipeline answered, e.g. a worker could not submit it: the API answered 503) is launched
        once more; without its row again, or cancelled, it is a failure of that dataset only."""
        slug_of = {run_id: slug for slug, run_id in runs.items()}
        out: dict[str, DatasetResult] = {}
        with get_client(sync_client=True) as client:
            while len(out) < len(runs):
                time.sleep(POLL_SECONDS)
                waiting = [rid for rid, slug in slug_of.items() if slug not in out]
                final = {}
                for k in range(0, len(waiting), 200):  # only the runs that ended come back
                    flt = FlowRunFilter(id=FlowRunFilterId(any_=waiting[k:k + 200]), state=ENDED)
                    for fr in _api(client.read_flow_runs, flow_run_filter=flt):
                        if fr.state is not None and fr.state.is_final():
                            final[fr.id] = fr.state
                if not final:
                    continue
                rows = self._rows(client, list(final))
                for rid, state in final.items():
                    slug = slug_of[rid]
                    row = rows.get(rid)
                    approved, seen, suffix = self._args[slug]
                    if row is None:
                        self._executions.pop(slug, None)
                    if row is None and not state.is_cancelled() and not suffix.endswith("-relance"):
                        get_run_logger().warning("%s : exécution enfant %s, relancée une fois", slug, state.name)
                        del slug_of[rid]
                        slug_of[self._launch(slug, approved, seen, suffix + "-relance")] = slug
                        continue
                    out[slug] = self._result(slug, row) if row else DatasetResult(
                        dataset=slug, status=Status.FAILED,
                        message=f"jeu « {slug} » : l'exécution enfant s'est terminée sans résultat ({state.name})")
                    self._tick()
        return out

    def _result(self, slug: str, row: dict[str, Any]) -> DatasetResult:
        """A child's result row as the parent's ``DatasetResult``; its run and report remembered."""
        row = dict(row)
        execution, report = row.pop("execution", None), row.pop("rapport", None)
        if execution:
            self._executions[slug] = execution
        else:
            self._executions.pop(slug, None)
        res = DatasetResult(**{**row, "status": Status(row["status"])})
        if report:
            res.reports = {"html": report}
        return res

    @staticmethod
    def _rows(client: Any, run_ids: list[Any]) -> dict[Any, dict[str, Any]]:
        arts = _api(client.read_artifacts, artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=run_ids), key=ArtifactFilterKey(any_=[CHILD_RESULT])))
        rows = {}
        for a in arts:
            data = json.loads(a.data) if isinstance(a.data, str) else a.data
            if data:
                rows[a.flow_run_id] = data[0]
        return rows

    def _tick(self) -> None:
        """One more dataset done; the progress artifact follows at most once a second (and at the end):
        one API call per dataset was 1,000 calls for an unchanged night."""
        self.progress["done"] += 1
        last = self.progress["done"] >= self.progress["total"]
        if "id" in self.progress and (last or time.monotonic() - self.progress.get("shown", 0.0) >= 1.0):
            self.progress["shown"] = time.monotonic()
            _api(update_progress_artifact, self.progress["id"],
                 min(100.0, 100.0 * self.progress["done"] / max(self.progress["total"], 1)))
