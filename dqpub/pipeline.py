"""One dataset through every step: source → table → validated → anonymized → versioned → published.

The sequence lives here once, calling each step's function directly (typed: go-to-definition and mypy
follow a dataset from the inventory to the target's ``publish``); ``dqpub.steps`` names the steps and how an
orchestrator runs them. Callers choose how each step runs through ``call(step, fn, *args)``: directly
(CLI, library) or as a Prefect task (``flows/``).
Every step goes through ``guarded``: whatever fails, the dataset ends with a ``DatasetResult`` whose
message names dataset, row, column and rule and never a cell value; the scratch folder (which holds
raw personal data) is always deleted. Run, approval and rollback share one path from a validated
table to the target (``_publish``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import secrets
import shutil
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, ParamSpec, TypeVar

from dqpub.core.french import pct
from dqpub import steps
from dqpub.core.config import DatasetConfig, Entry, Inventory
from dqpub.core.errors import DqpubError, NotAllowed, PublishError, ValidationFailed
from dqpub.core.names import versioned_name
from dqpub.core.release import PublishedState, Publisher, Release, with_known_states
from dqpub.core.schedule import is_due
from dqpub.core.schema import Schema, check_declarations, load_schema
from dqpub.core.secrets import pseudonym_key
from dqpub.core.settings import Settings
from dqpub.core.status import Status
from dqpub.inventory import load_config
from dqpub.validate.report import ValidationReport, first_error_message
from dqpub.steps import Step

if TYPE_CHECKING:  # the steps' own types; their modules are imported on first use (dqpub validate stays light)
    from dqpub.privacy.anonymize import Anonymized
    from dqpub.source import RawSource
    from dqpub.table import NormalizedTable

# call(step, fn, *args, **kwargs): runs one step (directly, or as a Prefect task in flows/)
Call = Callable[..., Any]
P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class RunOptions:
    """How a run treats every dataset (the same for the CLI, the library and the flows)."""

    dry_run: bool = False  # show what would be published, write nothing
    force: bool = False  # publish even when the source has not changed
    hold_for_approval: bool = False  # first publications and high risks wait for a steward
    approved: frozenset[str] = frozenset()  # datasets a steward already approved for this run
    only_due: bool = False  # nightly run: pull a SQL source only when its frequency says it is due


class InternalError(DqpubError):
    """An unexpected failure, re-raised without its original message (which may hold a value)."""


def guarded(step: str, fn: Callable, dataset: str) -> Callable:
    """Let our own errors through; replace any other by a value-free one."""

    @functools.wraps(fn)
    def inner(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except DqpubError:
            raise
        except Exception as exc:  # noqa: BLE001
            err = InternalError(
                f"erreur inattendue à l'étape « {step} » ({type(exc).__name__}) ; détails dans le dossier privé",
                dataset=dataset,
            )
            err.private_trace = "".join(traceback.format_exception(exc))
            raise err from None

    return inner


def direct(step: Step, fn: Callable, *args, **kwargs):
    return fn(*args, **kwargs)


@dataclass
class DatasetResult:
    dataset: str
    status: Status
    message: str = ""
    version: str | None = None
    previous_version: str | None = None
    bump: str | None = None
    reasons: list[str] = field(default_factory=list)
    rows: int | None = None
    errors: int = 0
    identifiers_removed: int = 0
    duration_s: float = 0.0
    reports: dict[str, str] = field(default_factory=dict)  # format -> path of the validation report
    privacy: dict[str, Any] = field(default_factory=dict)
    resources: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)  # dry run: what would be uploaded
    diff: dict[str, Any] = field(default_factory=dict)  # dry run: what publication would change
    approval: list[str] = field(default_factory=list)  # why a steward must approve (status PENDING)
    pending: Release | None = field(default=None, repr=False)  # the held release, until approved or dropped
    scratch: Path | None = field(default=None, repr=False)

    @property
    def failed(self) -> bool:
        return self.status == Status.FAILED

    def public(self) -> dict[str, Any]:
        """What may be shown or returned (JSON, Prefect): everything but the held release."""
        return {k: v for k, v in self.__dict__.items() if k not in ("pending", "scratch")}


@dataclass
class _Run:
    """What the steps of one dataset's run share: every step goes through the guard, then ``call``."""

    slug: str
    settings: Settings
    publisher: Publisher | None
    run_id: str
    call: Call
    scratch: Path
    dry_run: bool = False  # writes nothing outside ``scratch``: no key file, no quarantine

    def step(self, step: Step, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(*args, **kwargs)`` as the step ``step``: through the guard, then the run's ``call``."""
        return self.call(step, guarded(step.name, fn, self.slug), *args, **kwargs)

    @property
    def target(self) -> Publisher:
        assert self.publisher is not None, "cette étape demande une cible de publication"
        return self.publisher


def _new_scratch(settings: Settings, slug: str, label: str = "") -> Path:
    return Path(tempfile.mkdtemp(prefix=f"{slug}-{label}", dir=_ensure(settings.work_dir)))


def run_dataset(
    entry: Entry,
    inventory: Inventory,
    settings: Settings,
    publisher: Publisher,
    *,
    run_id: str,
    options: RunOptions = RunOptions(),
    call: Call = direct,
    triage: bool = False,
) -> DatasetResult:
    """Run one dataset. With ``only_due`` (nightly run), a SQL source — the one whose pull is costly —
    is only pulled when its update frequency says it is due; files and URLs are always fingerprinted
    (cheap), so a changed source is published whatever its frequency. With ``hold_for_approval``, a
    release that needs a steward's approval (see ``approval_reasons``) is prepared but not published:
    status PENDING, the release kept in ``result.pending`` for ``publish_pending`` or ``drop_pending``.

    ``triage=True`` asks only whether there is work, up to the source's fingerprint: the result is
    « inchangé » (or « refusé ») when the dataset ends there, else status « à faire » (nothing validated,
    nothing written): what the fan-out's parent asks before starting a child."""
    started = time.monotonic()
    result = DatasetResult(dataset=entry.slug, status=Status.FAILED)
    run = _Run(entry.slug, settings, publisher, run_id, call, _new_scratch(settings, entry.slug), options.dry_run)
    keep_scratch = False
    try:
        keep_scratch = _run_steps(run, entry, inventory, options, result, triage)
    except NotAllowed as exc:
        result.status, result.message = Status.REFUSED, str(exc)
    except Exception as exc:  # noqa: BLE001 - our errors carry a value-free message; others get one
        _failed(result, exc)
        keep_trace(publisher, settings, entry.slug, run_id, exc)
    finally:
        result.duration_s = round(time.monotonic() - started, 2)
        if not keep_scratch:
            shutil.rmtree(run.scratch, ignore_errors=True)
    return result


def _failed(result: DatasetResult, exc: BaseException) -> None:
    result.status = Status.FAILED
    result.message = (str(exc) if isinstance(exc, DqpubError) else
                      f"jeu « {result.dataset} » : erreur inattendue ({type(exc).__name__}) ; "
                      "détails dans le dossier privé")


def _run_steps(run: _Run, entry: Entry, inventory: Inventory, options: RunOptions, result: DatasetResult,  # noqa: C901 - the run in its order
               triage: bool = False) -> bool:
    """The steps of ``run_dataset``; True when the scratch folder must outlive the call (held release)."""
    assert run.publisher is not None
    if entry.restricted or not entry.active:  # re-checked here: no caller can bypass the plan
        why = f"accès restreint ({entry.classification})" if entry.restricted else "désactivé"
        raise NotAllowed(f"publication interdite : {why}", dataset=entry.slug)
    config, schema = _configuration(entry, run.settings)
    state = run.step(steps.STATE, run.target.state, entry.slug)
    if (options.only_due and not options.force and state and entry.source_type == "sql"
            and not is_due(entry.frequency, state.published_at)):
        _unchanged(result, state, f"pas encore dû (fréquence {entry.frequency}, "
                                  f"dernière publication {state.published_at[:10]})")
        return False
    from dqpub.release.version import input_fingerprint
    from dqpub.source import pull

    raw = run.step(steps.PULL, pull, entry.source_type, entry.source_location, config.source, run.scratch,
                   base_dir=inventory.base_dir, dataset=entry.slug)

    input_fp = input_fingerprint(raw.fingerprint, schema, config, entry)
    if state and not options.force and state.input_fingerprint == input_fp:
        _unchanged(result, state, f"source inchangée depuis la version {state.version} : rien à publier")
        return False
    if triage:
        result.status, result.message = Status.TO_DO, "source modifiée ou jamais publiée : à publier"
        return False
    _validated(run, _normalized(run, raw, config), schema, config, result, quarantine=True)
    release = _prepare(run, entry, config, schema, state, input_fp, result)
    if release is None:
        return False
    if options.dry_run:
        _simulate(run, release, state, result)
        return False
    reasons = approval_reasons(state, result.privacy, config, first_publication=options.hold_for_approval)
    if reasons and entry.slug not in options.approved:
        result.status, result.approval = Status.PENDING, reasons
        result.pending, result.scratch = release, run.scratch
        result.message = "approbation requise : " + "; ".join(reasons)
        return True  # kept until publish_pending or drop_pending
    _publish(run, release, result)
    return False


def _configuration(entry: Entry, settings: Settings) -> tuple[DatasetConfig, Schema]:
    config = load_config(entry, settings)
    schema = load_schema(settings.schemas_dir / entry.schema)
    check_declarations(schema, dataset=entry.slug)  # before pulling anything: a bad declaration is the schema's
    return config, schema


def _unchanged(result: DatasetResult, state: PublishedState | None, message: str) -> None:
    result.status, result.version = Status.UNCHANGED, state.version if state else None
    result.message = message


def _normalized(run: _Run, raw: RawSource, config: DatasetConfig) -> NormalizedTable:
    from dqpub.table import Dialect, normalize

    src = config.source
    dialect = Dialect(encoding=src.encoding, delimiter=src.delimiter, quotechar=src.quotechar,
                      header_row=src.header_row, sheet=src.sheet, repair_encoding=src.repair_encoding)
    return run.step(steps.NORMALIZE, normalize, raw.path, raw.fmt, dialect, run.scratch / "table.csv", dataset=run.slug)


def _validated(run: _Run, table: NormalizedTable | Path, schema: Schema, config: DatasetConfig, result: DatasetResult, *,
               quarantine: bool) -> ValidationReport:
    """Validate into ``valide.parquet``; reports written; a failure raises ValidationFailed."""
    policy = None
    rows = config.validation.invalid_rows
    if quarantine and rows is not None:
        folder = run.scratch if run.dry_run else private_folder(run.publisher, run.settings, run.slug)
        policy = {"mode": "quarantine", "max_invalid_share": rows.max_share,
                  "quarantine_path": folder / f"quarantaine-{run.run_id}.csv"}
    from dqpub.validate import validate

    report = run.step(steps.VALIDATE, validate, table, schema, dataset=run.slug, out_parquet=run.scratch / "valide.parquet",
                      invalid_row_policy=policy, schemas_dir=run.settings.schemas_dir)
    result.reports = _write_reports(report, run.settings.work_dir / "rapports" / run.run_id / run.slug)
    result.errors = report.error_count
    if not report.valid:
        raise ValidationFailed(first_error_message(report), report=report)  # names the dataset itself
    if report.rows == 0 and not config.validation.allow_empty:
        raise ValidationFailed("la source ne contient aucune ligne de données (en-tête seulement) ; "
                               "rien n'est publié (validation.vide_permis pour l'autoriser)", dataset=run.slug)
    return report


def _prepare(run: _Run, entry: Entry, config: DatasetConfig, schema: Schema, state: PublishedState | None,
             input_fp: str, result: DatasetResult, *, note: str = "",
             anonymized: Anonymized | None = None) -> Release | None:
    """Anonymize the validated table (unless ``anonymized`` is given) and version it: the release to
    publish, or None (status UNCHANGED) when the published content is already this one."""
    import pyarrow as pa

    from dqpub.privacy.anonymize import anonymize_file
    from dqpub.release.version import prepare

    if anonymized is None:
        pa.default_memory_pool().release_unused()  # the validator's blocks: back to the system first
        # Only the embedded local target may generate its own key; portals need the real secret. A dry
        # run creates no key file: without one yet (nothing published), its tokens use a key of its own.
        own = run.target.private_dir(run.slug)
        key = pseudonym_key(own, create=not run.dry_run) or (secrets.token_bytes(32) if own and run.dry_run else None)
        anonymized = run.step(steps.ANONYMIZE, anonymize_file, run.scratch / "valide.parquet", schema, dataset=run.slug, key=key,
                              policy=config.privacy, out=run.scratch / "anonyme.parquet")  # in batches
    result.identifiers_removed = anonymized.report.identifiers_removed
    result.privacy = anonymized.report.to_dict()
    result.rows = anonymized.report.rows_out
    # fetched only if the content changed (row diff), never held while the files are rendered
    previous_csv = functools.partial(run.target.fetch, run.slug, "donnees-csv") if state else None
    release = run.step(steps.PREPARE, prepare, entry, config, anonymized, state, previous_csv, input_fp=input_fp,
                       outdir=run.scratch / "publication", note=note)
    if release is None:
        _unchanged(result, state, "contenu publié identique : rien à téléverser")
        return None
    result.version, result.previous_version = release.version, release.previous_version
    result.bump, result.reasons = release.bump, release.reasons
    result.files = [f.filename for f in release.files]
    from dqpub.release import documents

    page = _ensure(run.settings.work_dir / "rapports" / run.run_id / run.slug) / "publication.html"
    page.write_text(documents.release_report_html(documents.of_release(release)), encoding="utf-8")
    result.reports["publication"] = str(page)  # charts: rows per version, suppression per quasi-identifier
    return release


def _simulate(run: _Run, release: Release, state: PublishedState | None, result: DatasetResult) -> None:
    """A dry run: what publishing would change, and the target's own check of the release."""
    result.status = Status.DRY_RUN
    result.diff = dry_run_diff(release, state)
    result.message = (f"publierait la version {release.version} ({release.bump}) : "
                      + "; ".join(release.reasons) + " — " + describe_diff(result.diff))
    pre = run.step(steps.PREFLIGHT, run.target.preflight, release)
    if pre is not None:  # the check the publication would do before its first upload
        result.diff["verification_prealable"] = [p.message for p in pre.problems] or pre.note
        if pre.problems:  # what the run would stop on comes first
            result.status = Status.FAILED
            result.message = pre.note + " ; sinon : " + result.message
        else:
            result.message += " — " + pre.note


def _publish(run: _Run, release: Release, result: DatasetResult, what: str = "") -> DatasetResult:
    """The one way a release reaches the target (run, approval, rollback): publish, keep the private
    records, say so."""
    published = run.step(steps.PUBLISH, run.target.publish, release)
    keep_private_records(release, run.target, run.settings)
    result.resources = published.resources
    result.status = Status.PUBLISHED
    result.message = what or (f"version {release.version} publiée ({release.bump}) : " + "; ".join(release.reasons))
    return result


def approval_reasons(state: PublishedState | None, privacy: dict[str, Any], config: DatasetConfig, *,
                     first_publication: bool) -> list[str]:
    """Why a steward must approve this publication before it goes out (empty: no approval).

    ``dataset.yaml``: ``approbation: {premiere_publication: true, seuil_suppression: 0.02}``. The
    privacy signal is the share of records the k-anonymity step had to suppress: above the declared
    level, the data is riskier than the steward reviewed and a human looks first.
    """
    rules = config.approval
    reasons = []
    if first_publication and state is None and rules.first_publication:
        reasons.append("première publication du jeu")
    rows_in, suppressed = privacy.get("rows_in") or 0, privacy.get("suppressed_records") or 0
    limit = rules.suppression_threshold
    if rows_in and suppressed / rows_in > limit:
        reasons.append(f"risque de réidentification : {suppressed} enregistrements supprimés "
                       f"({pct(suppressed / rows_in)} > {pct(limit, 0)} déclaré)")
    return reasons


def publish_pending(result: DatasetResult, publisher: Publisher, settings: Settings,
                    call: Call = direct) -> DatasetResult:
    """Publish a release held for approval, once approved."""
    assert result.pending is not None
    release = result.pending
    run = _Run(result.dataset, settings, publisher, "approbation", call, result.scratch or Path())
    try:
        _publish(run, release, result,
                 f"version {release.version} publiée après approbation : " + "; ".join(release.reasons))
    except Exception as exc:  # noqa: BLE001 - the guard made it value-free
        _failed(result, exc)
    finally:
        drop_pending(result)
    return result


def drop_pending(result: DatasetResult, status: Status | None = None, message: str | None = None) -> None:
    if status:
        result.status, result.message = status, message or result.message
    if result.scratch is not None:
        shutil.rmtree(result.scratch, ignore_errors=True)
    result.pending = result.scratch = None


def validate_dataset(entry: Entry, inventory: Inventory, settings: Settings) -> ValidationReport:
    """Pull and validate one dataset without publishing anything; returns the report (valid or not)."""
    config, schema = load_config(entry, settings), load_schema(settings.schemas_dir / entry.schema)
    run = _Run(entry.slug, settings, None, "validation", direct, _new_scratch(settings, entry.slug))
    try:
        from dqpub.source import pull
        from dqpub.validate import validate

        raw = run.step(steps.PULL, pull, entry.source_type, entry.source_location, config.source, run.scratch,
                       base_dir=inventory.base_dir, dataset=entry.slug, fingerprint=False)
        return run.step(steps.VALIDATE, validate, _normalized(run, raw, config), schema, dataset=entry.slug,
                        schemas_dir=settings.schemas_dir)
    finally:
        shutil.rmtree(run.scratch, ignore_errors=True)


def rollback_dataset(
    entry: Entry, settings: Settings, publisher: Publisher, version: str, *, dry_run: bool = False
) -> DatasetResult:
    """Make a past version current again, as a NEW version whose content equals the old one.

    The old file is read back from the target, re-validated against the schema published with it
    (its datapackage.json), and republished with a change-log note, through the same steps as a run.
    The release keeps the current source fingerprint, so the next run does not undo the rollback
    until the source changes.
    """
    from dqpub.privacy.anonymize import Anonymized, PrivacyReport

    slug, started = entry.slug, time.monotonic()
    result = DatasetResult(dataset=slug, status=Status.FAILED)
    state, data, package = _past_version(publisher, slug, version)
    schema = next(r["schema"] for r in json.loads(package)["resources"] if r["name"] == "donnees-csv")
    old_entry = next((h for h in state.history if h["version"] == version), {})
    run = _Run(slug, settings, publisher, "retour", direct, _new_scratch(settings, slug, "retour-"))
    try:
        (run.scratch / "ancien.csv").write_bytes(data)
        config = load_config(entry, settings)
        _validated(run, run.scratch / "ancien.csv", schema, config, result, quarantine=False)
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(run.scratch / "valide.parquet").metadata.num_rows  # rendered in batches
        privacy = PrivacyReport(dataset=slug, techniques=dict(old_entry.get("techniques", {})),
                                rows_in=rows, rows_out=rows)
        release = _prepare(run, entry, config, schema, state, state.input_fingerprint, result,
                           note=f"retour au contenu de la version {version}",
                           anonymized=Anonymized(path=run.scratch / "valide.parquet", schema=schema, report=privacy))
        if release is None:
            result.message = f"la version courante a déjà le contenu de la version {version}"
        elif dry_run:
            result.status = Status.DRY_RUN
            result.message = f"publierait la version {release.version}, contenu de la version {version}"
        else:
            _publish(run, release, result,
                     f"version {release.version} publiée : retour au contenu de la version {version}")
        return result
    finally:
        result.duration_s = round(time.monotonic() - started, 2)
        shutil.rmtree(run.scratch, ignore_errors=True)


def _past_version(publisher: Publisher, slug: str, version: str) -> tuple[PublishedState, bytes, bytes]:
    state = guarded(steps.STATE.name, publisher.state, slug)(slug)
    if state is None:
        raise PublishError("aucune publication : rien à restaurer", dataset=slug)
    if version not in state.versions:
        raise PublishError(f"version {version} non conservée (versions : {', '.join(state.versions)})", dataset=slug)
    fetch = guarded("lire une version", publisher.fetch, slug)
    data, package = fetch(slug, "donnees-csv", version), fetch(slug, "datapackage", version)
    if data is None or package is None:
        raise PublishError(f"fichiers de la version {version} introuvables sur la cible", dataset=slug)
    return state, data, package


# --- what a run leaves behind -----------------------------------------------------------------------


def dry_run_diff(release: Release, state: PublishedState | None) -> dict[str, Any]:
    """What publishing ``release`` would change on the target, without writing anything."""
    log = release.history[0]
    current = [f.filename for f in release.files]
    return {
        "version": f"{state.version if state else 'aucune'} → {release.version}",
        "niveau": release.bump,
        "raisons": release.reasons,
        "lignes": {k: log[k] for k in ("lignes", "ajoutees", "retirees", "modifiees")},
        "metadonnees_modifiees": log.get("metadonnees_modifiees", []) if state else ["(création du jeu)"],
        "ressources_remplacees": current if state else [],
        "ressources_creees": ([] if state else current)
        + [versioned_name(f.filename, release.version) for f in release.files if f.versioned],
    }


def describe_diff(diff: dict[str, Any]) -> str:
    rows = diff["lignes"]
    return (f"{rows['ajoutees']} lignes ajoutées, {rows['retirees']} retirées, {rows['modifiees']} modifiées ; "
            f"métadonnées modifiées : {', '.join(diff['metadonnees_modifiees']) or 'aucune'} ; "
            f"{len(diff['ressources_remplacees'])} ressources remplacées, "
            f"{len(diff['ressources_creees'])} créées")


def _write_reports(report: ValidationReport, folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for fmt, text in (("json", report.to_json()), ("md", report.to_markdown()), ("html", report.to_html())):
        p = folder / f"validation.{fmt}"
        p.write_text(text, encoding="utf-8")
        paths[fmt] = str(p)
    return paths


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def private_folder(publisher: Publisher | None, settings: Settings, slug: str) -> Path:
    """The target's private folder (local portal), else one under the work folder (mode 700)."""
    own = publisher.private_dir(slug) if publisher is not None else None
    if own is not None:
        return own
    folder = settings.work_dir / "prive" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (settings.work_dir / "prive").chmod(0o700)
    return folder


def keep_private_records(release: Release, publisher: Publisher, settings: Settings) -> None:
    """The full anonymization registry record (règlement, art. 9) stays off the portal."""
    folder = private_folder(publisher, settings, release.dataset)
    for name, record in release.private.items():
        (folder / f"{name}-{release.version}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2, default=str), encoding="utf-8")


def keep_trace(publisher: Publisher | None, settings: Settings, slug: str, run_id: str, exc: BaseException) -> None:
    """Full tracebacks may quote values: they go to a private folder only."""
    folder = private_folder(publisher, settings, slug)
    text = getattr(exc, "private_trace", None) or "".join(traceback.format_exception(exc))
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    (folder / f"erreur-{run_id}-{stamp}.txt").write_text(text, encoding="utf-8")


def new_run_id() -> str:
    return dt.datetime.now().strftime("%Y%m%dT%H%M%S")


@dataclass
class RunSummary:
    run_id: str
    target: str
    results: list[DatasetResult]

    @property
    def failed(self) -> list[str]:
        return [r.dataset for r in self.results if r.failed]

    def markdown(self) -> str:
        """The run summary in French (also the Prefect artifact)."""
        lines = [
            f"# Publication {self.run_id} — cible « {self.target} »", "",
            "| Jeu | Résultat | Version | Lignes | Erreurs | Identifiants retirés | Durée (s) | Détail |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in self.results:
            detail = r.message.replace("|", "\\|").replace("\n", " ")
            lines.append(f"| {r.dataset} | {r.status} | {r.version or ''} | {'' if r.rows is None else r.rows} | "
                         f"{r.errors} | {r.identifiers_removed} | {r.duration_s} | {detail} |")
        return "\n".join(lines) + "\n"


def run_inventory(
    settings: Settings,
    publisher: Publisher,
    selected: list[str] | None = None,
    options: RunOptions = RunOptions(),
    *,
    call: Call = direct,
    on_result: Callable[[DatasetResult], None] | None = None,
) -> RunSummary:
    """Pull the inventory, plan, and run every dataset of the plan; one failure never stops the rest."""
    from dqpub.inventory import plan
    from dqpub.status import record_result

    run_id = new_run_id()
    from dqpub.inventory import pull_inventory

    inventory = call(steps.INVENTORY, pull_inventory, settings)
    results = []
    items = plan(inventory, selected)
    # one bulk read of the target for the whole plan: an unchanged dataset costs no portal request
    publisher = with_known_states(publisher, [i.entry.slug for i in items if i.publish])
    for item in items:
        if not item.publish:
            status = Status.REFUSED if item.entry.restricted else Status.SKIPPED
            res = DatasetResult(dataset=item.entry.slug, status=status, message=item.reason)
        else:
            res = run_dataset(item.entry, inventory, settings, publisher, run_id=run_id, options=options, call=call)
        results.append(res)
        if not options.dry_run:
            record_result(settings, run_id, res)  # what `dqpub etat` shows as the last result
        if on_result:
            on_result(res)
    return RunSummary(run_id=run_id, target=settings.target, results=results)
