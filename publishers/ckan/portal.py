"""Données Québec (and any CKAN ≥ 2.9) through the Action API with ``ckanapi``: no extension needed.

A publication must never leave a mix of two versions on the portal, whatever fails and wherever
(HTTP 5xx, timeouts, dropped connections, a server killed mid-way), and running it twice, or twice
at once, must give one version. CKAN has no multi-request transaction, but ``package_update`` is
ONE database transaction that rewrites the package's metadata and its complete resource list. The
design puts everything a reader sees behind that one call.

Three CKAN datasets hold a dataset ``<jeu>`` (``dq_cle`` = role of a file, ``dq_version`` = whose it is):

* ``<jeu>``, **the page reusers see**: only the current resources (≤ 9), in a fixed order (data CSV,
  Parquet, GeoJSON map, dictionary, statistics, changes, change log, anonymization, datapackage). LINK
  resources (``url_type`` empty, ``dq_version = "courant"``): their id, their page
  ``…/dataset/<jeu>/resource/<id>`` and their download address ``…/resource/<id>/download`` (CKAN
  answers 302 to the link's ``url``) never change. Their ``url`` points at the immutable uploaded
  file of the current version in the archive, as ``…/resource/<id of the version's file>/download/
  <jeu>.csv`` (CKAN's file store serves a resource's upload whatever the last path segment; a store
  that would not is detected before the switch and the upload's own URL is used instead). The CSV
  link also carries ``dq_etat``, the address of the committed version's state (below).
* ``<jeu>-versions``, **the archive** (public from the first switch on): one uploaded resource per
  file and version (``<jeu>-v1.2.0.csv``…), uploaded once and never modified; past versions keep the
  data files (CSV, Parquet, map, dictionary, changes, datapackage) for the retention policy, the files that exist
  only for the current version (statistics, change log, anonymization summary) go when it is
  superseded. Files of a version being published are uploaded here first, as **staged** files
  (``dq_preparation = "X.Y.Z"``, named "… (en préparation, pas encore publiée)"): they never show on
  the dataset's page, and nothing points at them until the switch.
* ``<jeu>-etat``, **private**: the pipeline's state of each version (version, fingerprints of the
  content and of the raw inputs, schema with its privacy annotations, history), read only with the
  token. It is not a commit point: a state file only counts once the CSV link points at it.

The parts (a newcomer reads them in this order):

* this module, ``CkanPortal``: the publisher (``dqpub.core.release.Publisher``), the protocol below
  top-down (``_publish``: stage → ``_switch``: check → switch → ``_after_switch``: finalize) and the
  metadata mapping (``_package_fields``, ``_switch_payload``);
* ``client.py``: the one client — the error map (CKAN and HTTP failures → ``PublishError``,
  ``TransientPublishError``, ``PortalNotFound``, ``PortalRefused``), the one retry layer, the
  throttle, downloads (Prefect does not retry the publish step again);
* ``target.py``: a target name → URL, token, organization, rate, field overrides, from the
  environment only;
* ``archive.py``: staging into ``<jeu>-versions`` and read-back, the state dataset, the
  archive's finishing after a switch;
* ``datastore.py``: the DataStore table, its aliases, the portal's xloader;
* ``preflight.py``: the check of every value against the portal's scheming schema.

Order of a publication (every request has a timeout, is throttled and retried by the client with
exponential backoff and jitter on connection errors, timeouts, HTTP 429 and 5xx; the token only
travels in a header, only to the portal's own origin, and is never logged nor put in a message):

 1. ``package_show`` → ``package_create`` if absent, PRIVATE (invisible to anonymous readers until
    its first switch). A first publication (the state read found no version) skips the
    ``package_show`` of its three packages: it creates them, and reads one only when the portal
    refuses its name (an interrupted or concurrent run made it). If the portal already shows this
    release (same version and fingerprint: a previous or concurrent run got there), only the
    finishing steps (6) are done.
 2. Upload each file of the new version into the archive as a staged file, read it back from the
    portal (the URL the link will use) and compare its SHA-256; a mismatch is re-read, then
    re-uploaded once, then fails. Staged files left by an interrupted run are adopted when their
    SHA-256 matches (so a rerun uploads only what is missing) — nothing is ever replaced in place.
    The datapackage goes last: it names the other files by their absolute archive URLs. Then the
    version's state goes to the private dataset.
 3. Load the DataStore table of the new version's CSV resource (types from the Table Schema, data
    dictionary from field titles and descriptions; created empty, then filled by ``datastore_create``
    calls carrying batches of records streamed from the CSV — INSERT, no echo of the batch — a keyed
    batch sent again after a lost answer going as ``upsert``), then check its fields and row count. A table is only ever loaded by the
    run that uploaded its resource: a staged CSV left by another run is adopted only if its table is
    already complete.
 4. Withdraw the stable DataStore aliases from the current table (see below), then ``package_show``
    again for the optimistic concurrency check: the portal must still show the version this release
    was computed from (``release.previous_version``) and all our staged files must still be there;
    otherwise nothing is switched (``PublishError``), the aliases go back where they belong and our
    staged files are deleted. The same release already shown (a concurrent run) is success.
 5. **The switch — one** ``package_update`` of ``<jeu>``: the links point at the new files and at the
    new state, the package's ``version``, ``notes`` and metadata change, and every resource of ours
    that is not a current link is dropped from the list (resources that are not ours, without
    ``dq_cle``, are kept as they are). A reader sees the previous version or this one, never a mix.
    If the call fails, the package is read again: when the switch did happen (answer lost), the
    publication goes on; otherwise the aliases are put back on the old table and the run fails.
 6. After the switch, from the packages as they are NOW (a concurrent run may have switched after
    us): the archive's finishing ``package_update`` (the files the links point at become version
    files, versions beyond the retention and useless staged files go), aliases on the current
    version's table, DataStore tables that can never be current again dropped (past versions', and
    those of resources the archive dropped — CKAN leaves a deleted resource's table readable by id —
    except a rival run's staged CSV of this same version), old state files deleted. A failure here
    fails the run, but the new version is already whole; ``state()`` (which every run calls first)
    and the next ``publish`` finish these steps (idempotent roll-forward).

DataStore for reusers. Only the current version has a table, and it is the table of the current
version's CSV file (loaded and checked before the switch, never modified afterwards). Its stable
names are DataStore aliases (PostgreSQL views): the current CSV resource's id (so
``datastore_search(resource_id=<id of <jeu>.csv>)`` works forever, as for any resource) and the
dataset's name. CKAN 2.11's ``datastore_create(aliases=…)`` drops the resource's previous aliases
and refuses a name another table already holds, so moving an alias takes two calls: they are
withdrawn from the old table just before the switch and created on the new one just after it.
Reusers' atomicity: through the package (the table of the resource the current link points at,
``datastore_active``), always exactly the rows of the version the package shows; through an alias,
never rows of another version than the package's and never a partial load, but the alias is absent
(NotFound, retry) for the duration of the switch — and, if the portal fails in that window, until
the next run (or ``state()``) puts it back.

Pre-flight (``preflight.py``). Before any upload, the release is checked against the portal's ckanext-scheming
schema (``scheming_dataset_schema_show``, read once per publisher or handed over by a fan-out's parent): a value
outside a choice list, a missing required field or an unknown key stops it. Without scheming: skipped, and said.

The portal's own loader (docs/exploitation.md). On a portal running ckanext-xloader (``status_show``),
every new CSV resource or link gets a loader job (text columns, TRUNCATE + COPY, ``hash`` rewritten). The
publisher loads its tables itself and keeps the loader off them: it waits for the jobs on its CSVs before
its own load (and drops the loader's table), points the aliases before waiting for the link jobs (a view
and a table cannot share a name), and puts its SHA-256 ``hash`` and the DataStore flag back.

Concurrency. Two runs of the same dataset may run at once, on different machines: no local lock
can help, and CKAN offers no lock nor conditional update to an ordinary API token. What is relied
on: (a) the check of step 4 — the portal's committed version (the package's ``version``, with the
state resource) must be the one the release was computed from, and the same release already
published is success; (b) the switch rewrites the WHOLE resource list, so whatever run switches
last, the list holds exactly one complete version and no duplicate (its rival's staged files are
dropped); (c) every step is idempotent, and the finishing steps look at the package as it is, not
as the run left it; (d) CKAN ≥ 2.10 reads the package ``FOR UPDATE`` in ``resource_create`` /
``resource_delete``, so an upload of a concurrent run never writes back a stale resource list over a
switch. The residual race: two runs passing step 4 within the same few milliseconds both switch;
the last one wins with a complete version (same data if both computed the same release). The
archive's finishing step drops the staged files that no link points at, except those of a NEWER
version (a run still publishing it); a run whose files a rival dropped between its check and its
switch lists them again in its own finishing step (CKAN revives a deleted resource by its id).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import tempfile
from dataclasses import fields as dc_fields
from pathlib import Path
from typing import Any

from dqpub.core.errors import PublishError, TransientPublishError
from dqpub.core.portal import DQ_EXTRA_FIELDS
from dqpub.core.release import PublishedState, PublishResult, Release, ReleaseFile, Throttle
import publishers.ckan.bulk as bulk
from publishers.ckan.archive import (
    ARCHIVE, CSV_KEY, CURRENT, DATAPACKAGE, STATE, STATE_KEY, Archive, Staged, archive_name, committed, current,
    datapackage_with_urls, state_json, state_name, target_id,
)
from publishers.ckan.archive import state_url as committed_state_url  # `state_url` names the new one below
from publishers.ckan.client import CkanClient, PortalNotFound, quietly
from publishers.ckan.datastore import DATASTORE_TYPES, DataStore, datastore_link, loadable
from publishers.ckan.preflight import Preflight, check_release, describe
from publishers.ckan.target import DEFAULT_ORGANIZATION, loader_timeout, target as target_config

__all__ = ["CkanPortal", "DATASTORE_TYPES", "archive_name", "state_name"]

log = logging.getLogger(__name__)

_CKAN_NAME_MAX = 100
_STATE_FIELDS = tuple(f.name for f in dc_fields(PublishedState))


def _published(data: dict | None) -> PublishedState | None:
    """The committed state file's content as a ``PublishedState`` (None before the first switch)."""
    return PublishedState(**{k: data[k] for k in _STATE_FIELDS}) if data is not None else None


class CkanPortal:
    """The CKAN publisher (``dqpub.core.release.Publisher``): the protocol above, top-down in
    ``_publish`` and ``_switch``; the parts do the rest (``client``: requests, errors, retries;
    ``archive``: the companion datasets; ``datastore``: tables, aliases and the portal's loader)."""

    def __init__(
        self,
        url: str,
        token: str | None,
        *,
        name: str = "ckan",
        organization: str = DEFAULT_ORGANIZATION,
        requests_per_second: float = 5.0,
        timeout: tuple[float, float] = (10, 300),
        max_attempts: int = 5,
        backoff: float = 1.0,
        lock_dir: str | Path | None = None,
        field_overrides: dict[str, Any] | None = None,
        throttle: Throttle | None = None,
    ) -> None:
        self.name = name
        # package fields this target sets whatever the dataset says (DQPUB_CKAN_CHAMPS_<CIBLE>), e.g.
        # another owner_org on the sandbox portal; checked by the pre-flight like the rest
        self.field_overrides = dict(field_overrides or {})
        self.organization = organization
        self._lock_dir = Path(lock_dir or tempfile.gettempdir())
        self.client = CkanClient(url, token, organization=organization, requests_per_second=requests_per_second,
                                 timeout=timeout, max_attempts=max_attempts, backoff=backoff)
        self.url = self.client.url
        self.throttle = throttle
        self.archive = Archive(self, self.client)
        self.datastore = DataStore(self, loader_timeout())
        self._schema: dict | None = None
        self._schema_read = False
        self._settled: dict[str, str] = {}  # package id -> metadata_modified already settled

    def __repr__(self) -> str:  # never the token
        return f"CkanPortal({self.name!r}, {self.url!r})"

    @classmethod
    def from_target(cls, target: str) -> "CkanPortal":
        """``ckan-local``, ``pab``, ``production`` or any name, configured from the environment
        (``publishers/ckan/target.py``)."""
        t = target_config(target)
        return cls(t.url, t.token, name=t.name, organization=t.organization,
                   requests_per_second=t.requests_per_second, field_overrides=t.field_overrides)

    @property
    def throttle(self) -> Throttle | None:
        """A request budget shared by every worker (set by the flow layer: Prefect's rate limit of the
        portal); None: the client's own requests-per-second throttle, for this process only."""
        return self.client.throttle

    @throttle.setter
    def throttle(self, value: Throttle | None) -> None:
        self.client.throttle = value

    # -- the Action API (every action of the publisher and its parts goes through here) ----------
    def _call(self, name: str, data: dict, files: dict | None = None, *, dataset: str | None = None) -> Any:
        """One action through the client: retried on transient failures, errors from its error map."""
        return self.client.call(name, data, files, dataset=dataset)

    def action(self, name: str, dataset: str | None = None, /, **data: Any) -> Any:
        """``name`` with ``data`` (file objects among them are uploaded); ``dataset`` names the
        dataset in error messages. Raises PortalNotFound, PortalRefused, TransientPublishError or
        PublishError (``publishers/ckan/client.py``)."""
        files = {k: v for k, v in data.items() if hasattr(v, "read")}
        plain = {k: v for k, v in data.items() if k not in files}
        return self._call(name, plain, files, dataset=dataset)

    # -- reading the portal ----------------------------------------------------------------------
    def package(self, name: str) -> dict | None:
        try:
            return self.action("package_show", name, id=name)
        except PortalNotFound:
            return None

    def state(self, dataset: str) -> PublishedState | None:
        """The committed state. Also finishes a switched publication's last steps (archive, aliases,
        old tables) when an earlier run could not: idempotent, it never changes the version shown."""
        pkg = self.package(dataset)
        if not pkg:
            return None
        data = state_json(self.client, pkg)
        state = _published(data)
        if data is not None:
            self._settle(pkg, data)
        bulk.keep(self, pkg, state)
        return state

    def seen(self, datasets: list[str]) -> dict[str, Any]:  # BulkStates: publishers/ckan/bulk.py
        return bulk.seen(self, datasets)

    def states(self, datasets: list[str], seen: dict[str, Any] | None = None) -> dict[str, PublishedState | None]:
        return bulk.states(self, datasets, seen)

    def forget_state(self, dataset: str) -> None:
        bulk.forget(self, dataset)

    def dataset_url(self, dataset: str) -> str:
        """The dataset's page on the portal."""
        return f"{self.url}/dataset/{dataset}"

    def fetch(self, dataset: str, key: str, version: str | None = None) -> bytes | None:
        if version is None:
            pkg = self.package(dataset)
            link = current(pkg).get(key) if pkg and committed(pkg) else None
            return self.client.download(link["url"]) if link else None
        archive = self.package(archive_name(dataset))
        for res in (archive or {}).get("resources", []):
            if res.get("dq_cle") == key and res.get("dq_version") == version:
                return self.client.download(res["url"])
        return None

    def private_dir(self, dataset: str) -> None:
        """A portal keeps nothing private on this machine: records go to the work folder."""
        return None

    # -- pre-flight ------------------------------------------------------------------------------
    def facts(self) -> dict[str, Any]:  # TargetFacts: read once by a fan-out's parent, handed to its children
        return {"schema": self.portal_schema(), "xloader": self.datastore.has_loader()}

    def know(self, facts: dict[str, Any]) -> None:
        self._schema, self._schema_read = facts["schema"], True
        self.datastore.has_loader(known=bool(facts["xloader"]))

    def portal_schema(self) -> dict | None:
        """The portal's ckanext-scheming dataset schema (read once per publisher), None without scheming."""
        if not self._schema_read:
            try:
                self._schema = self.action("scheming_dataset_schema_show", None, type="dataset")
            except TransientPublishError:
                raise  # unreachable is not "no scheming": never publish unchecked because of a 500
            except PublishError:  # unknown action (400) or no "dataset" type (404): no scheming
                pass
            self._schema_read = True
        return self._schema

    def preflight(self, release: Release) -> Preflight:
        """Check every dataset and resource value of ``release`` against the portal's own schema."""
        schema = self.portal_schema()
        if schema is None:
            return Preflight((), f"le portail « {self.name} » n'a pas ckanext-scheming "
                                 "(scheming_dataset_schema_show absent) : ses champs ne sont pas vérifiés",
                             skipped=True)
        package = self._package_fields(release, first=False)
        return Preflight(tuple(check_release(schema, package, release)), f"le schéma du portail « {self.name} »")

    # -- publishing: stage → check → switch → finalize -------------------------------------------
    def publish(self, release: Release) -> PublishResult:
        """Publish under a per-dataset lock of this machine: two runs here never interleave their
        switches (CKAN has no compare-and-swap; the optimistic check and the roll-forward below are
        for runs on different machines)."""
        key = hashlib.sha256(self.url.encode()).hexdigest()[:12]
        self._lock_dir.mkdir(parents=True, exist_ok=True)
        with open(self._lock_dir / f"dqpub-ckan-{key}-{release.dataset}.verrou", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                return self._publish(release)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _publish(self, release: Release) -> PublishResult:
        """Steps 1 to 3 of the protocol, then the switch (steps 4 to 6)."""
        slug = release.dataset
        self._check_names(slug)
        pre = self.preflight(release)  # before anything is created or uploaded
        if pre.problems:
            raise PublishError(describe(list(pre.problems), pre.against), dataset=slug)
        if pre.skipped:
            log.info("%s : %s", slug, pre.note)
        pkg = self._first(release, slug) or self._create(slug, self._package_fields(release, first=True))
        self._settle(pkg)
        if self._already(pkg, release):
            return self._result(pkg)
        shown = committed(pkg)
        if shown != (release.previous_version or None):
            raise PublishError(f"publication concurrente : le portail montre la version {shown or 'aucune'}, "
                               f"cette publication partait de {release.previous_version or 'aucune'} ; "
                               "rien n'a été basculé", dataset=slug)
        archive = self._companion(release, ARCHIVE)
        with tempfile.TemporaryDirectory(prefix="dqpub-") as tmp:
            files, staged = self._stage(release, archive, Path(tmp))
            state_url = self.archive.stage_state(release, archive, self._companion(release, STATE), Path(tmp))
            return self._switch(release, pkg, files, staged, state_url)

    def _check_names(self, slug: str) -> None:
        for name in (archive_name(slug), state_name(slug)):
            if len(name) > _CKAN_NAME_MAX:
                raise PublishError(f"identifiant trop long pour ses jeux compagnons ({name} dépasse "
                                   f"{_CKAN_NAME_MAX} caractères)", dataset=slug)

    def _stage(self, release: Release, archive: dict, tmp: Path) -> tuple[list[ReleaseFile], Staged]:
        """Steps 2 and 3: every file staged in the archive (the datapackage last: it names the
        others' addresses), then the DataStore table of the CSV loaded and checked. The portal's
        loader jobs on the other CSVs run during our own load."""
        slug = release.dataset

        def complete(rid: str, f: ReleaseFile) -> bool:
            return self.datastore.table_complete(rid, f, release.schema)

        staged, adopted = self.archive.stage(slug, archive, release,
                                             [f for f in release.files if f.key != DATAPACKAGE], complete)
        files = list(release.files)
        if any(f.key == DATAPACKAGE for f in files):
            dp = datapackage_with_urls(release.file(DATAPACKAGE), staged, tmp)
            more, again = self.archive.stage(slug, archive, release, [dp], complete)
            staged, adopted = staged | more, adopted | again
            files = [dp if f.key == DATAPACKAGE else f for f in files]
        loaded = [f for f in files if f.key not in adopted and loadable(f.format)]
        for tables in (True, False):
            self.datastore.await_loader(slug, {staged[f.key][0]["id"]: f"sha256:{f.sha256}"
                                               for f in loaded if f.datastore == tables})
            for f in files:
                if tables and f.datastore and f.key not in adopted:
                    self._load_datastore(slug, staged[f.key][0], f, release.schema)
        return files, staged

    def _load_datastore(self, slug: str, res: dict, f: ReleaseFile, schema: dict) -> None:
        """Load and check the table of a staged CSV (a method of the publisher: tests wrap it)."""
        self.datastore.load(slug, res, f, schema)

    def _first(self, release: Release, name: str) -> dict | None:
        """The package ``name`` as the portal shows it, or None to create it. A first publication
        (the state read found no version a moment ago) creates its three packages straight away: a
        ``package_show`` would answer « not found » (a request for nothing), and if the package does
        exist after all (an interrupted run, a concurrent one) ``_create`` reads it after the refusal."""
        return None if release.previous_version is None else self.package(name)

    def _create(self, name: str, fields: dict[str, Any]) -> dict:
        try:
            return self.action("package_create", name, **{**fields, "name": name})
        except PublishError:
            # a retried create whose first answer was lost, or a concurrent run: use what exists
            pkg = self.package(name)
            if pkg is None:
                raise
            return pkg

    def _companion(self, release: Release, kind: str) -> dict:
        """The archive (public after the first switch) or the state dataset (always private)."""
        name = archive_name(release.dataset) if kind == ARCHIVE else state_name(release.dataset)
        pkg = self._first(release, name)
        if pkg is not None:
            return pkg
        fields = self._package_fields(release, first=True)
        fields.pop("groups", None)  # a companion is not listed in the portal's themes
        title = fields.get("title") or release.dataset
        if kind == ARCHIVE:
            fields["title"] = f"{title} — versions publiées"
            fields["notes"] = (
                f"Fichiers de chaque version publiée du jeu [{title}](/dataset/{release.dataset}), "
                "immuables et téléchargeables à une adresse qui ne change pas ; le journal des modifications "
                "du jeu décrit chaque version. Un fichier « en préparation » appartient à une version en "
                "cours de publication : il n'est pas encore publié.")
        else:
            fields["title"] = f"{title} — état de la publication (privé)"
            fields["notes"] = "Jeu privé, lu seulement par le pipeline de publication (version, empreintes, schéma)."
        return self._create(name, fields)

    def _already(self, pkg: dict, release: Release) -> bool:
        """The portal already shows this release (an earlier or concurrent run published it)."""
        if committed(pkg) != release.version:
            return False
        data = state_json(self.client, pkg)
        return data is not None and bool(data) and data.get("fingerprint") == release.fingerprint

    def _switch(self, release: Release, pkg: dict, files: list[ReleaseFile],
                staged: Staged, state_url: str) -> PublishResult:
        """Steps 4 (check), 5 (the one ``package_update``) and 6 (finalize)."""
        slug, version = release.dataset, release.version
        mine = {r["id"] for r, _ in staged.values()}
        self._settled.pop(pkg["id"], None)
        self.datastore.withdraw_aliases(slug, pkg)  # first: the window between the check and the switch stays short
        fresh = self.action("package_show", slug, id=slug)
        archive = self.action("package_show", slug, id=archive_name(slug))
        table_file = next((f for f in files if f.datastore), None)
        heal = (table_file, release.schema) if table_file else None
        if self._already(fresh, release):  # a concurrent run switched to this same release
            return self._result(self._after_switch(slug, fresh, archive, mine, version, heal))
        shown = committed(fresh)
        present = {r["id"] for r in archive.get("resources", []) if r.get("dq_preparation") == version}
        if shown != (release.previous_version or None) or not mine <= present:
            quietly(self._after_switch, slug, fresh, archive, mine, version)  # aliases back where they belong
            self.archive.drop_staged(slug, archive, mine)
            raise PublishError(f"publication concurrente : le portail montre maintenant la version "
                               f"{shown or 'aucune'} ; rien n'a été basculé", dataset=slug)
        if archive.get("private"):  # the links about to be switched point into it: readable first
            self.action("package_patch", slug, id=archive["id"], private=False)
        payload = self._switch_payload(fresh, release, files, staged, state_url)
        try:
            self.action("package_update", slug, **payload)
        except PublishError as exc:
            now = quietly(self.package, slug)
            if now is None or not self._already(now, release):
                if now is not None:  # not switched: the aliases go back on the old table
                    quietly(self._after_switch, slug, now, archive, set(), version)
                raise
            log.warning("%s : bascule faite malgré l'erreur (réponse perdue) : %s", slug, exc)
        log.info("%s : version %s basculée", slug, version)
        try:
            latest = self._after_switch(slug, fresh, archive, mine, version, heal)
            if self.datastore.has_loader():
                switched, latest = latest, self.datastore.after_loader(slug, latest, payload)
                if committed_state_url(latest) == committed_state_url(switched):  # the loader's revisions, same committed state
                    bulk.renew(self, switched, latest)
        except PublishError as exc:
            raise PublishError(f"version {version} publiée, mais sa finalisation a échoué ({exc.message}) ; "
                               "le prochain passage la termine", dataset=slug) from None
        return self._result(latest)

    def _switch_payload(self, fresh: dict, release: Release, files: list[ReleaseFile],
                        staged: Staged, state_url: str) -> dict:
        """The whole package as it will be: the current links, in the release's order, then the
        resources that are not ours. The CSV link carries the address of the version's state."""
        pkg = {k: v for k, v in fresh.items() if k != "resources"}
        pkg.update(self._package_fields(release, first=False))
        if committed(fresh) is None:
            pkg["private"] = False  # first publication: the package appears with its first version
        shown = current(fresh)
        links = []
        for f in files:
            link = dict(shown[f.key]) if f.key in shown else {}
            for k in ("url_type", "datastore_active", "dq_preparation", "size", "last_modified", "dq_etat"):
                link.pop(k, None)
            link.update({
                "name": f.name, "description": f.description, "format": f.format, "mimetype": f.mimetype,
                "url": staged[f.key][1], "url_type": "", "dq_cle": f.key, "dq_version": CURRENT,
                "hash": f"sha256:{f.sha256}", "size": f.size, "last_modified": release.created[:19],
                "datastore_active": bool(f.datastore), **f.portal_fields,
            })
            if f.key == CSV_KEY:
                link["dq_etat"] = state_url
            links.append(link)
        others = [r for r in fresh.get("resources", []) if not r.get("dq_cle")]  # not ours: kept as they are
        pkg["resources"] = links + others
        return pkg

    def _after_switch(self, slug: str, before: dict, before_archive: dict, mine: set[str], version: str,
                      heal: tuple[ReleaseFile, dict] | None = None) -> dict:
        """After a switch (ours, or a concurrent run's): read the package again and, for the version
        it shows NOW, finish the archive, put the aliases on its table, then drop the tables that
        cannot be current again. ``before``/``before_archive``: the packages as read just before our
        switch; ``mine``: our staged resources; ``heal``: our CSV file and schema, to reload the current
        table if it is gone and the file the package shows is this one (CKAN's ``resource_delete``
        drops the tables of every deleted resource of the package: a concurrent run's clean-up can
        take a table a late switch revives)."""
        latest = self.action("package_show", slug, id=slug)
        archive = self.action("package_show", slug, id=archive_name(slug))
        data = self.archive.committed_state(latest)  # ours (just read back): no second download
        if data is not None:
            archive = self.archive.finalize(slug, latest, archive, data.get("versions") or [],
                                            before_archive.get("resources", []))
        shown = {r["id"]: r for r in archive.get("resources", [])}
        known = {r["id"] for r in before_archive.get("resources", [])}
        link = datastore_link(latest)
        target = target_id(link) if link else None
        if link and target and target != link["id"]:
            if self.datastore.info(target) is None:
                now = shown.get(target)
                if not (heal and now and now.get("hash") == f"sha256:{heal[0].sha256}"):
                    raise PublishError("la table DataStore de la version courante est absente", dataset=slug)
                log.warning("%s : table DataStore de la version courante absente, rechargée", slug)
                self._load_datastore(slug, now, heal[0], heal[1])
            self.datastore.point_aliases(slug, target, latest, known | shown.keys(), known)
        for r in before_archive.get("resources", []) + [r for i, r in shown.items() if i not in known]:
            if r["id"] == target or not r.get("dq_cle") or not r.get("datastore_active"):
                continue
            now = shown.get(r["id"])
            if now is not None:  # a past version never becomes current again; a newer staged CSV may
                drop = now.get("dq_version") not in (None, "", CURRENT)
            else:  # deleted; a rival's staged file of this version could still be switched to
                drop = r.get("dq_preparation") != version or r["id"] in mine
            if drop and not self.datastore.delete(r["id"]) and now is not None and now.get("datastore_active"):
                # a rival's switch dropped this table and ours, built from an older read, put the
                # resource's "datastore_active" back: a stale flag would offer a table that is gone
                quietly(self.action, "resource_patch", slug, id=r["id"], datastore_active=False)
        if data is not None:
            quietly(self.archive.prune_states, slug, latest)
        self._settled[latest["id"]] = latest.get("metadata_modified", "")
        bulk.keep(self, latest, _published(data))  # the next night's bulk read needs no package_show
        return latest

    def _settle(self, pkg: dict, data: dict | None = None) -> None:
        """Roll-forward of a switched publication whose last steps did not run: finish the archive,
        put the aliases back on the current table if they are missing, drop tables of resources no
        longer current. Never raises: a failure here leaves things as they are for the next run."""
        if self._settled.get(pkg["id"]) == pkg.get("metadata_modified", "") or committed(pkg) is None:
            return
        try:
            data = data if data is not None else state_json(self.client, pkg)
            archive = self.package(archive_name(pkg["name"]))
            if data is None or archive is None:
                return
            archive = self.archive.finalize(pkg["name"], pkg, archive, data.get("versions") or [])
            link = datastore_link(pkg)
            target = target_id(link) if link else None
            published = {r["id"] for r in archive.get("resources", []) if r.get("dq_version")}
            if link and target and target != link["id"]:
                info = self.datastore.info(link["id"])
                holder = info["meta"]["id"] if info else None
                if holder != target and (holder is None or holder in published) and self.datastore.info(target):
                    self.datastore.point_aliases(pkg["name"], target, pkg, published)
            for r in archive.get("resources", []):  # past versions never become current again
                if r["id"] != target and r.get("dq_cle") and r.get("datastore_active") and r.get("dq_version"):
                    self.datastore.delete(r["id"])
            self._settled[pkg["id"]] = pkg.get("metadata_modified", "")
        except PublishError as exc:
            log.warning("%s : finalisation différée (%s)", pkg.get("name"), exc.message)

    def _result(self, pkg: dict) -> PublishResult:
        page = f"{self.url}/dataset/{pkg['name']}"
        resources = {k: f"{page}/resource/{r['id']}/download" for k, r in current(pkg).items() if k != STATE_KEY}
        return PublishResult(dataset=pkg["name"], version=pkg.get("version", ""), url=page, resources=resources)

    # -- metadata mapping ------------------------------------------------------------------------
    def _package_fields(self, release: Release, *, first: bool) -> dict[str, Any]:
        """The package as this portal receives it (dqpub/metadata.package_fields + this target's
        overrides). Reusable for companion packages: change ``name`` and ``title``."""
        fields = dict(release.package)
        fields.update(self.field_overrides)
        fields["owner_org"] = fields.get("owner_org") or self.organization
        if not self._supports_dq_fields():
            extras = {k: fields.pop(k) for k in DQ_EXTRA_FIELDS if k in fields}
            fields["extras"] = list(fields.get("extras") or []) + [
                {"key": k, "value": v if isinstance(v, str) else json.dumps(v)}
                for k, v in extras.items() if v not in (None, "")]
        if first:
            fields["version"] = ""  # the metadata of a version is set by its switch
            fields["private"] = True  # invisible to anonymous readers until its first version is whole
        return fields

    def _supports_dq_fields(self) -> bool:
        """Données Québec runs ckanext-scheming with these fields; a vanilla CKAN drops them."""
        schema = self.portal_schema()
        return schema is not None and bool(schema) and "update_frequency" in {f["field_name"] for f in schema.get("dataset_fields", [])}
