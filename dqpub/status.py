"""``dqpub etat``: what is published, since when, and what is next — one line per dataset.

Built from the target's state (``Publisher.state``: the committed version, its date, its row count;
no data file is downloaded) and from the last result of each dataset, which ``run_inventory`` keeps
in the machine's registry (``<work_dir>/registre.sqlite``, ``dqpub/core/registry.py``: status and
French message, which never hold a personal value, and the path of the validation report).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, fields
from typing import Any

from dqpub.core import registry
from dqpub.core.release import BulkStates, KnownStates
from dqpub.core.schedule import next_due
from dqpub.core.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatasetStatus:
    dataset: str
    title: str
    publishable: bool
    note: str  # why the plan would not publish it (restricted, inactive), else ""
    version: str | None
    published_at: str | None
    rows: int | None
    frequency: str
    next_due: str | None  # ISO date; None: at every run (no schedule) or never published
    last_status: str | None
    last_message: str | None
    last_run: str | None
    report: str | None  # HTML validation report of the last run, when there is one
    url: str | None  # the dataset's page on the target

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # scalars: asdict's deep copies cost more


def record_result(settings: Settings, run_id: str, result: Any) -> None:
    """Keep the last result of a dataset (called by ``run_inventory`` after each dataset): one row."""
    record_results(settings, run_id, [result])


def record_results(settings: Settings, run_id: str, results: list[Any],
                   executions: dict[str, str] | None = None) -> None:
    """Keep the result of each of ``results`` as its dataset's last one and in the run history, in
    one transaction of the registry (``dqpub/core/registry.py``): one row per result, whatever the
    number of datasets already recorded; two runs at once each keep theirs. ``executions``: the run
    that produced a result, when it is not ``run_id`` (a fan-out child's own run)."""
    executions = executions or {}
    try:
        registry.record(settings.work_dir, [{
            "jeu": r.dataset, "statut": r.status, "message": r.message, "version": r.version,
            "execution": executions.get(r.dataset) or run_id, "rapport": r.reports.get("html"),
        } for r in results])
    except (sqlite3.Error, OSError) as exc:  # the run goes on: its results are still printed and returned
        where = registry.path_in(settings.work_dir)
        if where not in _warned:  # once per process, not once per dataset
            _warned.add(where)
            log.warning("registre %s : résultats non inscrits (%s) ; `dqpub etat` ne les montrera pas", where, exc)


_warned: set[Any] = set()


def last_results(settings: Settings) -> dict[str, dict[str, Any]]:
    """``{jeu: {statut, message, version, execution, date, rapport}}``, in one query."""
    try:
        return registry.last_results(settings.work_dir)
    except (sqlite3.Error, OSError) as exc:
        log.warning("registre %s illisible (%s) : derniers résultats inconnus", registry.path_in(settings.work_dir), exc)
        return {}


def dataset_status(settings: Settings, publisher: Any, selected: list[str] | None = None) -> list[DatasetStatus]:
    """One line per dataset of the inventory (or of ``selected``): the last results in one query, the
    published states from the registry where the target shows the same token as when they were read
    (``published``)."""
    from dqpub.inventory import plan, pull_inventory

    last = last_results(settings)
    items = plan(pull_inventory(settings), selected)
    shown = published(settings, publisher, [i.entry.slug for i in items if i.publish])
    rows = []
    for item in items:
        e = item.entry
        pub = shown.get(e.slug)
        run = last.get(e.slug, {})
        rows.append(DatasetStatus(
            dataset=e.slug, title=e.title, publishable=item.publish, note="" if item.publish else item.reason,
            version=pub["version"] if pub else None, published_at=pub["publie_le"] if pub else None,
            rows=pub["lignes"] if pub else None, frequency=e.frequency,
            next_due=next_due(e.frequency, pub["publie_le"]) if pub else None,
            last_status=run.get("statut"), last_message=run.get("message"), last_run=run.get("execution"),
            report=run.get("rapport"), url=publisher.dataset_url(e.slug) if pub else None,
        ))
    return rows


def published(settings: Settings, publisher: Any, datasets: list[str]) -> dict[str, dict[str, Any] | None]:
    """What each dataset's published state shows (``{version, publie_le, lignes}``, None if never
    published). With a bulk read (``BulkStates.seen``: a CKAN portal's search pages, the local
    portal's links), a dataset whose token is the one kept in the registry (table ``publie``) is
    answered from it, in one query for all; only the others are read (``state``: for CKAN through the
    states this machine keeps), then kept for the next time."""
    if isinstance(publisher, KnownStates):
        seen, reader = publisher.seen_tokens(), publisher
    elif isinstance(publisher, BulkStates) and len(datasets) > 1:
        seen = publisher.seen(datasets)
        reader = KnownStates(publisher, seen)
    else:
        seen, reader = {}, publisher
    target = target_key(publisher)
    try:
        kept = registry.published(settings.work_dir, target) if seen else {}
    except (sqlite3.Error, OSError):
        kept = {}
    out: dict[str, dict[str, Any] | None] = {}
    fresh: dict[str, dict[str, Any]] = {}
    for d in datasets:
        token, known = seen.get(d), kept.get(d)
        if token is not None and known is not None and known["vu"] == token:
            out[d] = known
            continue
        state = reader.state(d)
        out[d] = None
        if state is not None:
            out[d] = shows = {"version": state.version, "publie_le": state.published_at,
                              "lignes": (state.history[0] if state.history else {}).get("lignes")}
            if token is not None:
                fresh[d] = {"vu": token, **shows}
    try:
        registry.keep_published(settings.work_dir, target, fresh)
    except (sqlite3.Error, OSError):
        pass  # read again next time
    return out


def target_key(publisher: Any) -> str:
    """A target's identity in the registry: its name and where it is (a portal's address, a folder)."""
    return f"{publisher.name} {getattr(publisher, 'url', None) or getattr(publisher, 'root', '')}"


def status_table(rows: list[DatasetStatus]) -> list[dict[str, Any]]:
    """The same lines as a table (the Prefect table artifact and ``--json``'s French twin)."""
    return [{
        "jeu": r.dataset, "version": r.version or "", "publiée le": (r.published_at or "")[:10],
        "lignes": "" if r.rows is None else r.rows, "prochaine échéance": r.next_due or "",
        "dernier résultat": r.last_status or "", "détail": r.last_message or r.note, "adresse": r.url or "",
    } for r in rows]


def status_text(rows: list[DatasetStatus]) -> str:
    """Fixed-width lines for a terminal."""
    if not rows:
        return "Inventaire vide."
    width = max(len(r.dataset) for r in rows)
    head = f"{'JEU':<{width}}  {'VERSION':<8} {'PUBLIÉE LE':<10} {'LIGNES':>8}  {'ÉCHÉANCE':<10} {'DERNIER RÉSULTAT':<16} DÉTAIL"
    lines = [head]
    for r in rows:
        detail = r.last_message or r.note
        if r.url:
            detail = f"{detail} — {r.url}" if detail else r.url
        lines.append(f"{r.dataset:<{width}}  {r.version or '—':<8} {(r.published_at or '—')[:10]:<10} "
                     f"{'—' if r.rows is None else r.rows:>8}  {r.next_due or '—':<10} "
                     f"{r.last_status or '—':<16} {detail}")
    return "\n".join(lines)

