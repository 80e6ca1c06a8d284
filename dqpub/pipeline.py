"""One dataset through every step: source → table → validated → anonymized → versioned → published.

The sequence lives here once. Callers choose how each step runs through ``call(step, fn, *args)``:
directly (CLI, library) or as a Prefect task (``flows/``). Whatever fails, the dataset ends with a
``DatasetResult`` whose message names dataset, row, column and rule and never a cell value; the
scratch folder (which holds raw personal data) is always deleted.
"""

from __future__ import annotations

import datetime as dt
import functools
import shutil
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa
import pyarrow.parquet as pq

from dqpub import source as source_step
from dqpub import table as table_step
from dqpub import validate as validate_step
from dqpub.core.schedule import is_due
from dqpub.core.errors import DqpubError, NotAllowed, ValidationFailed
from dqpub.core.config import Entry, Inventory
from dqpub.inventory import load_config
from dqpub.report import first_error_message
from dqpub.core.schema import check_declarations, load_schema
from dqpub.core.secrets import pseudonym_key
from dqpub.core.settings import Settings
from dqpub.core.release import Publisher, with_known_states

Call = Callable[..., Any]


class _OnFirstUse:
    """A step module imported when first used: ``dqpub validate`` (timed by users against
    ``frictionless validate``) never pays for pandas, the detectors or the renderers."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str):
        import importlib

        return getattr(importlib.import_module(self._name), attr)


anonymize_step = _OnFirstUse("dqpub.anonymize")
version_step = _OnFirstUse("dqpub.version")


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


def direct(step: str, fn: Callable, *args, **kwargs):
    return fn(*args, **kwargs)


@dataclass
class DatasetResult:
    dataset: str
    status: str  # publié | inchangé | simulation | refusé | ignoré | échec
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
    approval: list[str] = field(default_factory=list)  # why a steward must approve (status "en attente")
    pending: Any = field(default=None, repr=False)  # the held Release, until approved or dropped
    scratch: Path | None = field(default=None, repr=False)

    @property
    def failed(self) -> bool:
        return self.status == "échec"


def dry_run_diff(release, state) -> dict[str, Any]:
    """What publishing ``release`` would change on the target, without writing anything."""
    from dqpub.core.names import versioned_name

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


def _write_reports(report, folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for fmt, text in (("json", report.to_json()), ("md", report.to_markdown()), ("html", report.to_html())):
        p = folder / f"validation.{fmt}"
        p.write_text(text, encoding="utf-8")
        paths[fmt] = str(p)
    return paths


def run_dataset(
    entry: Entry,
    inventory: Inventory,
    settings: Settings,
    publisher: Publisher,
    *,
    run_id: str,
    dry_run: bool = False,
    force: bool = False,
    call: Call = direct,
    hold_for_approval: bool = False,
    approved: frozenset[str] = frozenset(),
    only_due: bool = False,
) -> DatasetResult:
    """Run one dataset. With ``only_due`` (nightly run), a SQL source — the one whose pull is costly —
    is only pulled when its update frequency says it is due; files and URLs are always fingerprinted
    (cheap), so a changed source is published whatever its frequency. With ``hold_for_approval``, a release that needs a steward's approval
    (see ``approval_reasons``) is prepared but not published: status "en attente", the release
    kept in ``result.pending`` for ``publish_pending`` or ``drop_pending``."""
    started = time.monotonic()
    slug = entry.slug
    result = DatasetResult(dataset=slug, status="échec")
    scratch = Path(tempfile.mkdtemp(prefix=f"{slug}-", dir=_ensure(settings.work_dir)))
    report_dir = settings.work_dir / "rapports" / run_id / slug

    def step(name: str, fn: Callable, *args, **kwargs):
        return call(name, guarded(name, fn, slug), *args, **kwargs)

    try:
        if entry.restricted or not entry.active:  # re-checked here: no caller can bypass the plan
            why = f"accès restreint ({entry.classification})" if entry.restricted else "désactivé"
            raise NotAllowed(f"publication interdite : {why}", dataset=slug)
        config = load_config(entry, settings)
        schema = load_schema(settings.schemas_dir / entry.schema)
        check_declarations(schema, dataset=slug)  # before pulling anything: a bad declaration is the schema's
        state = publisher.state(slug)
        if (only_due and not force and state and entry.source_type == "sql"
                and not is_due(entry.frequency, state.published_at)):
            result.status, result.version = "inchangé", state.version
            result.message = (f"pas encore dû (fréquence {entry.frequency}, "
                              f"dernière publication {state.published_at[:10]})")
            return result
        raw = step("extraire", source_step.pull, entry.source_type, entry.source_location,
                   config.source, scratch, base_dir=inventory.base_dir, dataset=slug)
        input_fp = version_step.input_fingerprint(raw.fingerprint, schema, config, entry)
        if state and not force and state.input_fingerprint == input_fp:
            result.status, result.version = "inchangé", state.version
            result.message = f"source inchangée depuis la version {state.version} : rien à publier"
            return result
        dialect = table_step.Dialect(**{k: v for k, v in config.source.items()
                                        if k in table_step.Dialect.__dataclass_fields__})
        norm = step("normaliser", table_step.normalize, raw.path, raw.fmt, dialect,
                    scratch / "table.csv", dataset=slug)
        policy = config.validation.get("lignes_invalides")
        if policy:
            policy = {**policy, "quarantine_path": _private(publisher, settings, slug) / f"quarantaine-{run_id}.csv"}
        report = step("valider", validate_step.validate, norm, schema, dataset=slug,
                      out_parquet=scratch / "valide.parquet", invalid_row_policy=policy)
        result.reports = _write_reports(report, report_dir)
        result.errors = report.error_count
        if not report.valid:
            raise ValidationFailed(first_error_message(report), report=report)  # names the dataset itself
        if report.rows == 0 and not config.validation.get("vide_permis"):
            raise ValidationFailed("la source ne contient aucune ligne de données (en-tête seulement) ; "
                                   "rien n'est publié (validation.vide_permis pour l'autoriser)", dataset=slug)
        pa.default_memory_pool().release_unused()  # the validator's blocks: back to the system first
        table = pq.read_table(scratch / "valide.parquet")
        # Only the embedded local target may generate its own key; portals need the real secret.
        key = pseudonym_key(publisher.private_dir(slug))
        anon = step("anonymiser", anonymize_step.anonymize, table, schema, dataset=slug, key=key,
                    policy=config.privacy)
        result.identifiers_removed = anon.report.identifiers_removed
        result.privacy = anon.report.to_dict()
        result.rows = anon.table.num_rows
        # fetched only if the content changed (row diff), never held while the files are rendered
        previous_csv = functools.partial(publisher.fetch, slug, "donnees-csv") if state else None
        release = step("versionner", version_step.prepare, entry, config, anon, state, previous_csv,
                       input_fp=input_fp, outdir=scratch / "publication")
        if release is None:
            result.status, result.version = "inchangé", state.version if state else None
            result.message = "contenu publié identique : rien à téléverser"
            return result
        result.version, result.previous_version = release.version, release.previous_version
        result.bump, result.reasons = release.bump, release.reasons
        result.files = [f.filename for f in release.files]
        if dry_run:
            result.status = "simulation"
            result.diff = dry_run_diff(release, state)
            result.message = (f"publierait la version {release.version} ({release.bump}) : "
                              + "; ".join(release.reasons) + " — " + describe_diff(result.diff))
            pre = step("vérifier", publisher.preflight, release)
            if pre is not None:  # the check the publication would do before its first upload
                result.diff["verification_prealable"] = [p.message for p in pre.problems] or pre.note
                if pre.problems:  # what the run would stop on comes first
                    result.status = "échec"
                    result.message = pre.note + " ; sinon : " + result.message
                else:
                    result.message += " — " + pre.note
            return result
        reasons = approval_reasons(state, anon.report, config, first_publication=hold_for_approval)
        if reasons and slug not in approved:
            result.status, result.approval = "en attente", reasons
            result.pending, result.scratch = release, scratch
            result.message = "approbation requise : " + "; ".join(reasons)
            scratch = None  # kept until publish_pending or drop_pending
            return result
        published = step("publier", publisher.publish, release)
        keep_private_records(release, publisher, settings)
        result.resources = published.resources
        result.status = "publié"
        result.message = f"version {release.version} publiée ({release.bump}) : " + "; ".join(release.reasons)
        return result
    except NotAllowed as exc:
        result.status, result.message = "refusé", str(exc)
        return result
    except DqpubError as exc:
        result.status, result.message = "échec", str(exc)
        _keep_trace(publisher, settings, slug, run_id, exc)
        return result
    except Exception as exc:  # noqa: BLE001 - never let a value-bearing message out
        result.status = "échec"
        result.message = f"jeu « {slug} » : erreur inattendue ({type(exc).__name__}) ; détails dans le dossier privé"
        _keep_trace(publisher, settings, slug, run_id, exc)
        return result
    finally:
        result.duration_s = round(time.monotonic() - started, 2)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def approval_reasons(state, privacy, config, *, first_publication: bool) -> list[str]:
    """Why a steward must approve this publication before it goes out (empty: no approval).

    ``dataset.yaml``: ``approbation: {premiere_publication: true, suppression_max: 0.02}``. The
    privacy signal is the share of records the k-anonymity step had to suppress: above the declared
    level, the data is riskier than the steward reviewed and a human looks first.
    """
    rules = config.approbation
    reasons = []
    if first_publication and state is None and rules.get("premiere_publication", True):
        reasons.append("première publication du jeu")
    limit = float(rules.get("suppression_max", 0.02))
    if privacy.rows_in and privacy.suppressed_records / privacy.rows_in > limit:
        reasons.append(f"risque de réidentification : {privacy.suppressed_records} enregistrements supprimés "
                       f"({privacy.suppressed_records / privacy.rows_in:.1%} > {limit:.0%} déclaré)")
    return reasons


def publish_pending(result: DatasetResult, publisher: Publisher, settings: Settings,
                    call: Call = direct) -> DatasetResult:
    """Publish a release held for approval, once approved."""
    try:
        published = call("publier", guarded("publier", publisher.publish, result.dataset), result.pending)
        keep_private_records(result.pending, publisher, settings)
        result.resources = published.resources
        result.status = "publié"
        result.message = f"version {result.version} publiée après approbation : " + "; ".join(result.reasons)
    except DqpubError as exc:
        result.status, result.message = "échec", str(exc)
    finally:
        drop_pending(result)
    return result


def drop_pending(result: DatasetResult, status: str | None = None, message: str | None = None) -> None:
    if status:
        result.status, result.message = status, message or result.message
    if result.scratch is not None:
        shutil.rmtree(result.scratch, ignore_errors=True)
    result.pending = result.scratch = None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _private(publisher: Publisher, settings: Settings, slug: str) -> Path:
    """The target's private folder (local portal), else one under the work folder (mode 700)."""
    own = publisher.private_dir(slug)
    if own is not None:
        return own
    folder = settings.work_dir / "prive" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (settings.work_dir / "prive").chmod(0o700)
    return folder


def keep_private_records(release, publisher: Publisher, settings: Settings) -> None:
    """The full anonymization registry record (règlement, art. 9) stays off the portal."""
    import json

    folder = _private(publisher, settings, release.dataset)
    for name, record in release.private.items():
        (folder / f"{name}-{release.version}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2, default=str), encoding="utf-8")


def _keep_trace(publisher: Publisher, settings: Settings, slug: str, run_id: str, exc: BaseException) -> None:
    """Full tracebacks may quote values: they go to a private folder only."""
    folder = _private(publisher, settings, slug)
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
    *,
    dry_run: bool = False,
    force: bool = False,
    call: Call = direct,
    on_result: Callable[[DatasetResult], None] | None = None,
    hold_for_approval: bool = False,
    approved: frozenset[str] = frozenset(),
    only_due: bool = False,
) -> RunSummary:
    """Pull the inventory, plan, and run every dataset of the plan; one failure never stops the rest."""
    from dqpub.inventory import plan, pull_inventory
    from dqpub.status import record_result

    run_id = new_run_id()
    inventory = call("inventaire", pull_inventory, settings)
    results = []
    items = plan(inventory, selected)
    # one bulk read of the target for the whole plan: an unchanged dataset costs no portal request
    publisher = with_known_states(publisher, [i.entry.slug for i in items if i.publish])
    for item in items:
        if not item.publish:
            status = "refusé" if item.entry.restricted else "ignoré"
            res = DatasetResult(dataset=item.entry.slug, status=status, message=item.reason)
        else:
            res = run_dataset(item.entry, inventory, settings, publisher, run_id=run_id,
                              dry_run=dry_run, force=force, call=call,
                              hold_for_approval=hold_for_approval, approved=approved, only_due=only_due)
        results.append(res)
        if not dry_run:
            record_result(settings, run_id, res)  # what `dqpub etat` shows as the last result
        if on_result:
            on_result(res)
    return RunSummary(run_id=run_id, target=settings.target, results=results)


def validate_dataset(entry: Entry, inventory: Inventory, settings: Settings):
    """Pull and validate one dataset without publishing anything; returns the report."""
    config = load_config(entry, settings)
    schema = load_schema(settings.schemas_dir / entry.schema)
    with tempfile.TemporaryDirectory(prefix=f"{entry.slug}-", dir=_ensure(settings.work_dir)) as tmp:
        scratch = Path(tmp)
        raw = source_step.pull(entry.source_type, entry.source_location, config.source, scratch,
                               base_dir=inventory.base_dir, dataset=entry.slug, fingerprint=False)
        dialect = table_step.Dialect(**{k: v for k, v in config.source.items()
                                        if k in table_step.Dialect.__dataclass_fields__})
        norm = table_step.normalize(raw.path, raw.fmt, dialect, scratch / "table.csv", dataset=entry.slug)
        return validate_step.validate(norm, schema, dataset=entry.slug)


def rollback_dataset(
    entry: Entry, settings: Settings, publisher: Publisher, version: str, *, dry_run: bool = False
) -> DatasetResult:
    """Make a past version current again, as a NEW version whose content equals the old one.

    The old file is read back from the target, re-validated against the schema published with it
    (its datapackage.json), and republished with a change-log note. The release keeps the current
    source fingerprint, so the next run does not undo the rollback until the source changes.
    """
    import json

    from dqpub.anonymize import Anonymized, PrivacyReport
    from dqpub.core.errors import PublishError

    slug = entry.slug
    started = time.monotonic()
    result = DatasetResult(dataset=slug, status="échec")
    state = publisher.state(slug)
    if state is None:
        raise PublishError("aucune publication : rien à restaurer", dataset=slug)
    if version not in state.versions:
        raise PublishError(f"version {version} non conservée (versions : {', '.join(state.versions)})", dataset=slug)
    data = publisher.fetch(slug, "donnees-csv", version)
    package = publisher.fetch(slug, "datapackage", version)
    if data is None or package is None:
        raise PublishError(f"fichiers de la version {version} introuvables sur la cible", dataset=slug)
    schema = next(r["schema"] for r in json.loads(package)["resources"] if r["name"] == "donnees-csv")
    old_entry = next((h for h in state.history if h["version"] == version), {})
    scratch = Path(tempfile.mkdtemp(prefix=f"{slug}-retour-", dir=_ensure(settings.work_dir)))
    try:
        (scratch / "ancien.csv").write_bytes(data)
        report = validate_step.validate(scratch / "ancien.csv", schema, dataset=slug,
                                        out_parquet=scratch / "ancien.parquet")
        if not report.valid:
            raise ValidationFailed(first_error_message(report), report=report)  # names the dataset itself
        table = pq.read_table(scratch / "ancien.parquet")
        privacy = PrivacyReport(dataset=slug, techniques=dict(old_entry.get("techniques", {})),
                                rows_in=table.num_rows, rows_out=table.num_rows)
        release = version_step.prepare(
            entry, load_config(entry, settings), Anonymized(table=table, schema=schema, report=privacy), state,
            publisher.fetch(slug, "donnees-csv"), input_fp=state.input_fingerprint,
            outdir=scratch / "publication", note=f"retour au contenu de la version {version}",
        )
        if release is None:
            result.status, result.version = "inchangé", state.version
            result.message = f"la version courante a déjà le contenu de la version {version}"
            return result
        result.version, result.bump, result.reasons = release.version, release.bump, release.reasons
        result.rows = table.num_rows
        if dry_run:
            result.status = "simulation"
            result.message = f"publierait la version {release.version}, contenu de la version {version}"
            return result
        publisher.publish(release)
        keep_private_records(release, publisher, settings)
        result.status = "publié"
        result.message = f"version {release.version} publiée : retour au contenu de la version {version}"
        return result
    finally:
        result.duration_s = round(time.monotonic() - started, 2)
        shutil.rmtree(scratch, ignore_errors=True)
