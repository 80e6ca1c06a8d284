"""Données Québec (and any CKAN ≥ 2.9) through the Action API with ``ckanapi``: no extension needed.

A publication must never leave a mix of two versions on the portal, whatever fails and wherever
(HTTP 5xx, timeouts, dropped connections, a server killed mid-way), and running it twice, or twice
at once, must give one version. CKAN has no multi-request transaction, but ``package_update`` is
ONE database transaction that rewrites the package's metadata and its complete resource list. The
design puts everything a reader sees behind that one call.

Three CKAN datasets hold a dataset ``<jeu>`` (``dq_cle`` = role of a file, ``dq_version`` = whose it is):

* ``<jeu>``, **the page reusers see**: only the current resources, in a fixed order (data CSV,
  Parquet, dictionary, statistics, change log, anonymization summary, datapackage). They are LINK
  resources (``url_type`` empty, ``dq_version = "courant"``): their id, their page
  ``…/dataset/<jeu>/resource/<id>`` and their download address ``…/resource/<id>/download`` (CKAN
  answers 302 to the link's ``url``) never change. Their ``url`` points at the immutable uploaded
  file of the current version in the archive, as ``…/resource/<id of the version's file>/download/
  <jeu>.csv`` (CKAN's file store serves a resource's upload whatever the last path segment; a store
  that would not is detected before the switch and the upload's own URL is used instead). The CSV
  link also carries ``dq_etat``, the address of the committed version's state (below).
* ``<jeu>-versions``, **the archive** (public from the first switch on): one uploaded resource per
  file and version (``<jeu>-v1.2.0.csv``…), uploaded once and never modified; past versions keep the
  data files (CSV, Parquet, dictionary, datapackage) for the retention policy, the files that exist
  only for the current version (statistics, change log, anonymization summary) go when it is
  superseded. Files of a version being published are uploaded here first, as **staged** files
  (``dq_preparation = "X.Y.Z"``, named "… (en préparation, pas encore publiée)"): they never show on
  the dataset's page, and nothing points at them until the switch.
* ``<jeu>-etat``, **private**: the pipeline's state of each version (version, fingerprints of the
  content and of the raw inputs, schema with its privacy annotations, history), read only with the
  token. It is not a commit point: a state file only counts once the CSV link points at it.

Order of a publication (every request has a timeout, is throttled and retried with exponential
backoff and jitter on connection errors, timeouts, HTTP 429 and 5xx; the token only travels in a
header, only to the portal's own origin, and is never logged nor put in a message):

 1. ``package_show`` → ``package_create`` if absent, PRIVATE (invisible to anonymous readers until
    its first switch). If the portal already shows this release (same version and fingerprint: a
    previous or concurrent run got there), only the finishing steps (6) are done.
 2. Upload each file of the new version into the archive as a staged file, read it back from the
    portal (the URL the link will use) and compare its SHA-256; a mismatch is re-read, then
    re-uploaded once, then fails. Staged files left by an interrupted run are adopted when their
    SHA-256 matches (so a rerun uploads only what is missing) — nothing is ever replaced in place.
    The datapackage goes last: it names the other files by their absolute archive URLs. Then the
    version's state goes to the private dataset.
 3. Load the DataStore table of the new version's CSV resource (types from the Table Schema, data
    dictionary from field titles and descriptions; ``upsert`` on the primary key so a retried batch
    cannot duplicate rows), then check its fields and row count. A table is only ever loaded by the
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

Pre-flight. Before anything is created or uploaded, every dataset and resource value of the release
is checked against the portal's own ckanext-scheming schema (``scheming_dataset_schema_show``, read
once per publisher; ``publishers/ckan_preflight.py``): a value outside a choice list, a missing
required field or an unknown key stops the dataset with a French message. Without scheming the
check is skipped, said in the log and by ``--dry-run``.

The portal's own loader. On a portal running ckanext-xloader (``status_show``), every CSV resource
created and every CSV link whose URL changes gets a loader job (text columns, TRUNCATE + COPY,
``hash`` rewritten). The publisher still loads its tables itself and keeps the loader off them: it
waits for the jobs on the CSVs it uploaded before its own load (and drops the loader's table),
points the aliases before waiting for the link jobs (a view and a table cannot share a name), and
puts its SHA-256 ``hash`` and the link's DataStore flag back (README, « Le chargeur xloader »).

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
import os
import random
import re
import tempfile
import threading
import time
from dataclasses import asdict, fields as dc_fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyarrow.csv as pacsv
import requests
from ckanapi import RemoteCKAN
from ckanapi.errors import CKANAPIError, NotAuthorized, NotFound, ValidationError

from dqpub.core.errors import PublishError, TransientPublishError
from dqpub.core.portal import DQ_EXTRA_FIELDS
from dqpub.core.schema import primary_key
from dqpub.core.secrets import get_secret
from dqpub.core.settings import PROJECT_ROOT
from dqpub.core.names import versioned_name
from dqpub.core.release import PublishedState, PublishResult, Release, ReleaseFile, Throttle
from publishers import ckan_bulk
from publishers.ckan_preflight import Preflight, check_release, describe

log = logging.getLogger(__name__)

STATE_FILE = "etat-publication.json"
STATE_KEY = "etat"
CSV_KEY = "donnees-csv"
DATAPACKAGE = "datapackage"
CURRENT = "courant"
ARCHIVE, STATE = "versions", "etat"  # companion datasets: <jeu>-versions (public), <jeu>-etat (private)
STAGED_SUFFIX = " (en préparation, pas encore publiée)"
# order of the current resources on the dataset page (and of versions in the archive)
_KEY_ORDER = {k: i for i, k in enumerate(("donnees-csv", "donnees-parquet", "dictionnaire", "statistiques",
                                          "journal", "anonymisation", "datapackage"))}
_CKAN_NAME_MAX = 100
# Table Schema type → DataStore (PostgreSQL) type.
DATASTORE_TYPES = {
    "integer": "int8", "number": "numeric", "boolean": "bool", "date": "date", "datetime": "timestamp",
    "time": "time", "year": "int4", "object": "json", "array": "json", "string": "text",
    "yearmonth": "text", "duration": "text", "geopoint": "text", "any": "text",
}
DATASTORE_BATCH = 5_000
# States of an xloader task that is not over yet (ckanext-xloader's task_status).
LOADER_BUSY = ("submitting", "pending", "running", "running_but_viewable")
TARGET_URLS = {"production": "https://www.donneesquebec.ca"}
_RESOURCE_IN_URL = re.compile(r"/resource/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/download")
_STATE_FIELDS = tuple(f.name for f in dc_fields(PublishedState))
_PG_IDENTIFIER_MAX = 63


class _Api(RemoteCKAN):
    """RemoteCKAN whose 5xx/connection failures become TransientPublishError (retryable)."""

    def _request_fn(self, url, data, headers, files, requests_kwargs):
        try:
            status, body = super()._request_fn(url, data, headers, files, requests_kwargs)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TransientPublishError(f"portail injoignable ({type(exc).__name__})") from None
        if status >= 500 or status == 429:
            raise TransientPublishError(f"le portail répond HTTP {status}")
        return status, body

    def _request_fn_get(self, url, data_dict, headers, requests_kwargs):
        try:
            status, body = super()._request_fn_get(url, data_dict, headers, requests_kwargs)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TransientPublishError(f"portail injoignable ({type(exc).__name__})") from None
        if status >= 500 or status == 429:
            raise TransientPublishError(f"le portail répond HTTP {status}")
        return status, body


class _HttpRefused(PublishError):
    """A download answered 4xx."""

    def __init__(self, message: str, status: int) -> None:
        self.status = status
        super().__init__(message)


def _env_key(target: str) -> str:
    return target.upper().replace("-", "_")


def _local_env() -> dict[str, str]:
    """URL and token written by scripts/ckan-local (outside the repository's tracked files)."""
    home = Path(os.environ.get("CKAN_LOCAL_HOME", PROJECT_ROOT / ".ckan-local"))
    values = {}
    if (home / "env").exists():
        for line in (home / "env").read_text().splitlines():
            if "=" in line:
                k, v = line.split("=", 1)
                values[k.strip()] = v.strip().strip('"')
    return values


class CkanPortal:
    def __init__(
        self,
        url: str,
        token: str | None,
        *,
        name: str = "ckan",
        organization: str = "msp",
        requests_per_second: float = 5.0,
        timeout: tuple[float, float] = (10, 300),
        max_attempts: int = 5,
        backoff: float = 1.0,
        lock_dir: str | Path | None = None,
        field_overrides: dict[str, Any] | None = None,
        throttle: Throttle | None = None,
    ) -> None:
        self.name = name
        self.throttle = throttle  # a budget shared by every worker (flow layer); None: the one below
        # package fields this target sets whatever the dataset says (DQPUB_CKAN_CHAMPS_<CIBLE>), e.g.
        # another owner_org on the sandbox portal; checked by the pre-flight like the rest
        self.field_overrides = dict(field_overrides or {})
        self._lock_dir = Path(lock_dir or tempfile.gettempdir())
        self.url = url.rstrip("/")
        self._token = token
        self.organization = organization
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff = backoff
        self._min_interval = 1.0 / requests_per_second if requests_per_second else 0.0
        self._last = 0.0
        self._lock = threading.Lock()
        self._session = requests.Session()
        self._api = _Api(self.url, apikey=token, user_agent="dqpub (MSP)", session=self._session)
        self._schema: dict | None = None
        self._schema_read = False
        self._loader: bool | None = None  # the portal runs ckanext-xloader
        self.loader_timeout = float(os.environ.get("DQPUB_CKAN_XLOADER_ATTENTE", "600"))
        self._settled: dict[str, str] = {}  # package id -> metadata_modified already settled
        origin = urlsplit(self.url)
        self._origin = (origin.scheme, origin.netloc)

    def __repr__(self) -> str:  # never the token
        return f"CkanPortal({self.name!r}, {self.url!r})"

    @classmethod
    def from_target(cls, target: str) -> "CkanPortal":
        """``ckan-local``, ``pab``, ``production`` or any name: URL and token from the environment
        (``DQPUB_CKAN_URL_<CIBLE>``, ``DQPUB_CKAN_TOKEN_<CIBLE>``) or a Prefect Secret block
        ``dqpub-ckan-token-<cible>``; ``ckan-local`` also reads what scripts/ckan-local wrote."""
        key = _env_key(target)
        url = os.environ.get(f"DQPUB_CKAN_URL_{key}") or TARGET_URLS.get(target)
        token = get_secret(f"DQPUB_CKAN_TOKEN_{key}", f"dqpub-ckan-token-{target}")
        if target == "ckan-local":
            local = _local_env()
            url = url or os.environ.get("CKAN_URL") or local.get("CKAN_URL")
            token = token or os.environ.get("CKAN_API_TOKEN") or local.get("CKAN_API_TOKEN")
        if not url:
            raise PublishError(f"cible « {target} » inconnue : définissez DQPUB_CKAN_URL_{key}")
        if not token:
            raise PublishError(f"aucun jeton d'API pour la cible « {target} » (DQPUB_CKAN_TOKEN_{key} "
                               f"ou bloc Prefect dqpub-ckan-token-{target})")
        rps = float(os.environ.get("DQPUB_CKAN_REQUESTS_PER_SECOND", "5"))
        overrides = os.environ.get(f"DQPUB_CKAN_CHAMPS_{key}")
        try:
            fields = json.loads(overrides) if overrides else {}
        except ValueError:
            fields = None
        if not isinstance(fields, dict) or not all(isinstance(v, str) for v in fields.values()):
            raise PublishError(f"DQPUB_CKAN_CHAMPS_{key} doit être un objet JSON de champs texte, "
                               'p. ex. {"owner_org": "msp"}')
        return cls(url, token, name=target, requests_per_second=rps, field_overrides=fields)

    # -- transport ---------------------------------------------------------------------------
    def _throttle(self) -> None:
        if self.throttle is not None:
            return self.throttle()
        with self._lock:
            wait = self._last + self._min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()

    def _retrying(self, what: str, fn, *args, **kwargs):
        for attempt in range(1, self.max_attempts + 1):
            self._throttle()
            try:
                return fn(*args, **kwargs)
            except TransientPublishError as exc:
                if attempt == self.max_attempts:
                    raise
                log.info("%s : essai %d/%d échoué (%s), nouvel essai", what, attempt, self.max_attempts, exc)
                time.sleep(self.backoff * 2 ** (attempt - 1) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def _call(self, name: str, data: dict, files: dict | None = None):
        """One action, retried on transient failures; CKAN's own errors are raised as ckanapi's."""

        def call():
            for f in (files or {}).values():
                f.seek(0)
            return self._api.call_action(name, data, files=files or None,
                                         requests_kwargs={"timeout": self.timeout})

        return self._retrying(name, call)

    def action(self, name: str, dataset: str | None = None, /, **data):
        files = {k: v for k, v in data.items() if hasattr(v, "read")}
        plain = {k: v for k, v in data.items() if k not in files}
        try:
            return self._call(name, plain, files)
        except NotFound:
            raise
        except TransientPublishError as exc:
            raise TransientPublishError(f"{name} : {exc.message}", dataset=dataset) from None
        except ValidationError as exc:
            raise PublishError(f"le portail refuse {name} : {_short(exc.error_dict)}", dataset=dataset) from None
        except NotAuthorized:
            raise PublishError(f"jeton non autorisé pour {name} (organisation {self.organization})",
                               dataset=dataset) from None
        except CKANAPIError as exc:
            raise PublishError(f"erreur du portail sur {name} ({type(exc).__name__})", dataset=dataset) from None

    def _own(self, url: str) -> bool:
        parts = urlsplit(url)
        return (parts.scheme, parts.netloc) == self._origin

    def _download(self, url: str) -> bytes:
        # the token only goes to the portal itself (requests drops it on a redirect to another host)
        headers = {"Authorization": self._token} if self._token and self._own(url) else {}

        def get():
            try:
                r = self._session.get(url, timeout=self.timeout, headers=headers)
            except (requests.ConnectionError, requests.Timeout) as exc:
                raise TransientPublishError(f"téléchargement impossible ({type(exc).__name__})") from None
            if r.status_code >= 500 or r.status_code == 429:
                raise TransientPublishError(f"le portail répond HTTP {r.status_code} au téléchargement")
            if r.status_code >= 400:
                raise _HttpRefused(f"téléchargement refusé (HTTP {r.status_code}) : {url}", r.status_code)
            return r.content

        return self._retrying("download", get)

    def _matches(self, url: str, sha256: str) -> bool:
        """Read ``url`` back until its bytes have this SHA-256 (max_attempts reads)."""
        for _ in range(self.max_attempts):
            if hashlib.sha256(self._download(url)).hexdigest() == sha256:
                return True
            log.warning("SHA-256 différent à la relecture de %s, nouvelle lecture", url)
        return False

    # -- reading the portal ----------------------------------------------------------------------
    def package(self, name: str) -> dict | None:
        try:
            return self.action("package_show", name, id=name)
        except NotFound:
            return None

    def state(self, dataset: str) -> PublishedState | None:
        """The committed state. Also finishes a switched publication's last steps (archive, aliases,
        old tables) when an earlier run could not: idempotent, it never changes the version shown."""
        pkg = self.package(dataset)
        if not pkg:
            return None
        data = self._state_json(pkg)
        if data is None:
            return None
        self._settle(pkg, data)
        return PublishedState(**{k: data[k] for k in _STATE_FIELDS})

    def seen(self, datasets: list[str]) -> dict[str, Any]:  # BulkStates: publishers/ckan_bulk.py
        return ckan_bulk.seen(self, datasets)

    def states(self, datasets: list[str], seen: dict[str, Any] | None = None) -> dict[str, PublishedState | None]:
        return ckan_bulk.states(self, datasets, seen)

    def forget_state(self, dataset: str) -> None:
        ckan_bulk.forget(self, dataset)

    def dataset_url(self, dataset: str) -> str:
        """The dataset's page on the portal."""
        return f"{self.url}/dataset/{dataset}"

    def fetch(self, dataset: str, key: str, version: str | None = None) -> bytes | None:
        if version is None:
            pkg = self.package(dataset)
            link = _current(pkg).get(key) if pkg and self._committed(pkg) else None
            return self._download(link["url"]) if link else None
        archive = self.package(archive_name(dataset))
        for res in (archive or {}).get("resources", []):
            if res.get("dq_cle") == key and res.get("dq_version") == version:
                return self._download(res["url"])
        return None

    def _state_json(self, pkg: dict) -> dict | None:
        url = _state_url(pkg)
        return json.loads(self._download(url)) if url else None

    @staticmethod
    def _committed(pkg: dict) -> str | None:
        """The version the portal shows, None before the first switch."""
        return (pkg.get("version") or None) if _state_url(pkg) else None

    # -- publishing ----------------------------------------------------------------------------
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

    def portal_schema(self) -> dict | None:
        """The portal's ckanext-scheming dataset schema (read once per publisher), None without
        scheming."""
        if not self._schema_read:
            try:
                self._schema = self.action("scheming_dataset_schema_show", None, type="dataset")
            except TransientPublishError:
                raise  # unreachable is not "no scheming": never publish unchecked because of a 500
            except (NotFound, PublishError):  # unknown action (400) or no "dataset" type
                self._schema = None
            self._schema_read = True
        return self._schema

    def private_dir(self, dataset: str) -> None:
        """A portal keeps nothing private on this machine: records go to the work folder."""
        return None

    def preflight(self, release: Release) -> Preflight:
        """Check every dataset and resource value of ``release`` against the portal's own schema."""
        schema = self.portal_schema()
        if schema is None:
            return Preflight((), f"le portail « {self.name} » n'a pas ckanext-scheming "
                                 "(scheming_dataset_schema_show absent) : ses champs ne sont pas vérifiés",
                             skipped=True)
        package = self._package_fields(release, first=False)
        return Preflight(tuple(check_release(schema, package, release)), f"le schéma du portail « {self.name} »")

    def _publish(self, release: Release) -> PublishResult:
        slug = release.dataset
        for name in (archive_name(slug), state_name(slug)):
            if len(name) > _CKAN_NAME_MAX:
                raise PublishError(f"identifiant trop long pour ses jeux compagnons ({name} dépasse "
                                   f"{_CKAN_NAME_MAX} caractères)", dataset=slug)
        pre = self.preflight(release)  # before anything is created or uploaded
        if pre.problems:
            raise PublishError(describe(list(pre.problems), pre.against), dataset=slug)
        if pre.skipped:
            log.info("%s : %s", slug, pre.note)
        pkg = self.package(slug) or self._create(slug, self._package_fields(release, first=True))
        self._settle(pkg)
        if self._already(pkg, release):
            return self._result(pkg)
        committed = self._committed(pkg)
        if committed != (release.previous_version or None):
            raise PublishError(f"publication concurrente : le portail montre la version {committed or 'aucune'}, "
                               f"cette publication partait de {release.previous_version or 'aucune'} ; "
                               "rien n'a été basculé", dataset=slug)
        archive = self._companion(release, ARCHIVE)
        with tempfile.TemporaryDirectory(prefix="dqpub-") as tmp:
            staged, adopted = self._stage(slug, archive, release, [f for f in release.files if f.key != DATAPACKAGE])
            files = list(release.files)
            if any(f.key == DATAPACKAGE for f in files):  # last: it names the other files' addresses
                dp = _datapackage_with_urls(release.file(DATAPACKAGE), staged, Path(tmp))
                more, again = self._stage(slug, archive, release, [dp])
                staged, adopted = staged | more, adopted | again
                files = [dp if f.key == DATAPACKAGE else f for f in files]
            loaded = [f for f in files if f.key not in adopted and _loadable(f.format)]
            for tables in (True, False):  # the loader's jobs on the other CSVs run during our own load
                self._await_loader(slug, {staged[f.key][0]["id"]: f"sha256:{f.sha256}"
                                          for f in loaded if f.datastore == tables})
                for f in files:
                    if tables and f.datastore and f.key not in adopted:
                        self._load_datastore(slug, staged[f.key][0], f, release.schema)
            state_url = self._stage_state(release, archive, Path(tmp))
            return self._switch(release, pkg, files, staged, state_url)

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
        pkg = self.package(name)
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
        if self._committed(pkg) != release.version:
            return False
        data = self._state_json(pkg)
        return bool(data) and data.get("fingerprint") == release.fingerprint

    def _stage_state(self, release: Release, archive: dict, folder: Path) -> str:
        """Upload the state of the new version to the private state dataset; returns its verified URL.
        The switch makes it the committed state by pointing the current CSV link at it."""
        state = PublishedState(
            version=release.version, fingerprint=release.fingerprint, input_fingerprint=release.input_fingerprint,
            schema=release.schema, published_at=release.created,
            versions=self._retained(archive, release), history=release.history,
        )
        body = json.dumps(asdict(state), ensure_ascii=False, indent=1).encode("utf-8")
        path = folder / STATE_FILE
        path.write_bytes(body)
        f = ReleaseFile(key=STATE_KEY, path=path, filename=STATE_FILE, name="État de la publication",
                        description="Version, empreintes, schéma et historique de la publication (lecture machine).",
                        format="JSON", mimetype="application/json", sha256=hashlib.sha256(body).hexdigest(),
                        size=len(body), portal_fields={"resource_type": "support"})
        holder = self._companion(release, STATE)
        staged, _ = self._stage(release.dataset, holder, release, [f])
        return staged[STATE_KEY][1]

    def _stage(self, slug: str, holder: dict, release: Release,
               files: list[ReleaseFile]) -> tuple[dict[str, tuple[dict, str]], set[str]]:
        """Upload (or adopt) every file of the version into ``holder`` (the archive, or the state
        dataset). Returns key -> (resource, verified link URL), and the keys of adopted files. A staged
        CSV left by another run is adopted only with its DataStore table already complete: a table is
        only ever loaded by the run that created it."""
        version = release.version
        leftovers = [r for r in holder.get("resources", []) if r.get("dq_preparation") == version
                     and r.get("dq_cle") and r.get("url_type") == "upload"]
        staged, adopted = {}, set()
        for f in files:
            for cand in leftovers:
                if cand.get("dq_cle") != f.key or cand.get("hash") != f"sha256:{f.sha256}":
                    continue
                if f.datastore and not self._table_complete(cand["id"], f, release.schema):
                    continue
                link = self._verified_link(cand, f, adopt=True)
                if link:
                    staged[f.key] = (cand, link)
                    adopted.add(f.key)
                    break
            if f.key not in staged:
                staged[f.key] = self._upload(slug, holder["id"], f, version)
        return staged, adopted

    def _upload(self, slug: str, package_id: str, f: ReleaseFile, version: str) -> tuple[dict, str]:
        fields = {
            "name": f"{f.name} — version {version}{STAGED_SUFFIX}",
            "description": f.description, "format": f.format, "mimetype": f.mimetype,
            "dq_cle": f.key, "dq_preparation": version, "hash": f"sha256:{f.sha256}",
            "dq_versionne": "oui" if f.versioned else "non", **f.portal_fields,
        }
        filename = versioned_name(f.filename, version)
        for _ in (1, 2):
            with open(f.path, "rb") as fh:
                res = self.action("resource_create", slug, package_id=package_id,
                                  upload=_Named((filename, fh, f.mimetype)), **fields)
            link = self._verified_link(res, f, adopt=False)
            if link:
                return res, link
            log.warning("%s : le fichier %s relu ne correspond pas, nouveau téléversement", slug, filename)
        raise PublishError(f"le fichier {filename} relu depuis le portail ne correspond pas (SHA-256)", dataset=slug)

    def _verified_link(self, res: dict, f: ReleaseFile, *, adopt: bool) -> str | None:
        """The URL the current link will use (``…/download/<current file name>``), read back and
        checked; the upload's own URL if the portal's file store does not serve the first form."""
        upload_url = res["url"]
        link_url = upload_url.rsplit("/", 1)[0] + "/" + f.filename.lower()
        for url in (link_url, upload_url):
            try:
                if self._matches(url, f.sha256):
                    return url
                return None
            except _HttpRefused as exc:
                if exc.status != 404 or url == upload_url:
                    if adopt:
                        return None
                    raise
        return None

    def _table_complete(self, rid: str, f: ReleaseFile, schema: dict) -> bool:
        fields, pk = _datastore_fields(schema), primary_key(schema)
        rows = _count_rows(f.path, fields)
        info = self._ds_info(rid)
        # without a primary key, a retried batch could have doubled rows and another lost: same count
        return info is not None and _same_table(info, fields, rows) and bool(pk or rows <= DATASTORE_BATCH)

    # -- the portal's own DataStore loader (ckanext-xloader) -------------------------------------
    def _has_loader(self) -> bool:
        """The portal runs ckanext-xloader (read once per publisher from ``status_show``)."""
        if self._loader is None:
            self._loader = "xloader" in (self.action("status_show", None).get("extensions") or [])
        return self._loader

    def _await_loader(self, slug: str, expected: dict[str, str]) -> None:
        """Keep xloader out of the published table. On a portal that runs it, every CSV resource
        whose URL is new gets a loader job (text columns, a TRUNCATE then COPY that readers see half
        done, and the resource's ``hash`` rewritten to an MD5). The publisher loads its tables
        itself; here it waits until the jobs on these resources are over, so that nothing it does
        next (its own typed load, pointing the aliases) can be raced, then puts back the ``hash``
        (resource id -> our value). No-op without xloader."""
        if not expected or not self._has_loader():
            return
        started = time.monotonic()
        deadline = started + self.loader_timeout
        pending = set(expected)
        while pending:
            for rid in sorted(pending):
                try:
                    status = (self._call("xloader_status", {"resource_id": rid}) or {}).get("status")
                except NotFound:
                    status = None
                except CKANAPIError as exc:
                    raise PublishError(f"erreur du portail sur xloader_status ({type(exc).__name__})",
                                       dataset=slug) from None
                if status not in LOADER_BUSY:
                    pending.discard(rid)
            if pending:
                if time.monotonic() > deadline:
                    raise PublishError(f"le chargeur xloader du portail n'a pas fini après {self.loader_timeout:.0f} s "
                                       f"({len(pending)} ressource(s)) ; rien n'a été basculé de plus", dataset=slug)
                time.sleep(0.5)
        log.info("%s : chargeur xloader du portail terminé sur %d ressource(s) après %.1f s d'attente",
                 slug, len(expected), time.monotonic() - started)
        for rid, want in sorted(expected.items()):
            if self.action("resource_show", slug, id=rid).get("hash") != want:
                self.action("resource_patch", slug, id=rid, hash=want)

    def _after_loader(self, slug: str, latest: dict, payload: dict) -> dict:
        """After a switch on a portal with xloader: the links' new URLs gave each CSV link a loader
        job. The aliases are already on the version table (a view and a table cannot share a name:
        a job that comes later fails on its CREATE TABLE, one that came first lost its table in
        ``_point_aliases``); wait for the jobs, put our ``hash`` back, and make sure the data link
        still reaches the version table, with its DataStore flag."""
        links = {r["dq_cle"]: r for r in latest.get("resources", []) if r.get("dq_version") == CURRENT and r.get("dq_cle")}
        self._await_loader(slug, {links[r["dq_cle"]]["id"]: r["hash"] for r in payload["resources"]
                                  if r.get("dq_version") == CURRENT and r["dq_cle"] in links
                                  and _loadable(links[r["dq_cle"]].get("format"))})
        link = _datastore_link(latest)
        target = _target_id(link) if link else None
        if not target or target == link["id"]:
            return latest
        info = self._ds_info(link["id"])
        if info is None or info["meta"]["id"] != target:  # the alias is missing or taken: once more
            archive = self.package(archive_name(slug)) or {}
            self._point_aliases(slug, target, latest, {r["id"] for r in archive.get("resources", [])})
        if not self.action("resource_show", slug, id=link["id"]).get("datastore_active"):
            self.action("resource_patch", slug, id=link["id"], datastore_active=True)
        return self.action("package_show", slug, id=slug)

    def _load_datastore(self, slug: str, res: dict, f: ReleaseFile, schema: dict) -> None:
        """The DataStore table of the new version's CSV resource (just uploaded), loaded and checked.
        On a portal with xloader, the loader's own (text) table of this resource goes first, and the
        data dictionary carries ``type_override``: a later loader job on it keeps the types."""
        fields, pk = _datastore_fields(schema, override=self._has_loader()), primary_key(schema)
        rows = _count_rows(f.path, fields)
        info = self._ds_info(res["id"]) if self._has_loader() else None
        for attempt in (1, 2):
            if info is not None:
                self._ds_delete(res["id"])
            self.action("datastore_create", slug, resource_id=res["id"], fields=fields,
                        primary_key=pk or None, force=True, records=[])
            reader = pacsv.open_csv(f.path, convert_options=pacsv.ConvertOptions(
                column_types={fd["id"]: "string" for fd in fields}, strings_can_be_null=True))
            for batch in reader:
                records = batch.to_pylist()
                for i in range(0, len(records), DATASTORE_BATCH):
                    self.action("datastore_upsert", slug, resource_id=res["id"], method="upsert" if pk else "insert",
                                force=True, records=records[i:i + DATASTORE_BATCH])
            info = self._ds_info(res["id"])
            if info is not None and _same_table(info, fields, rows):
                return
            log.warning("%s : table DataStore incomplète après chargement (essai %d)", slug, attempt)
        raise PublishError("la table DataStore chargée ne correspond pas au fichier CSV (champs ou lignes)", dataset=slug)

    def _switch(self, release: Release, pkg: dict, files: list[ReleaseFile],
                staged: dict[str, tuple[dict, str]], state_url: str) -> PublishResult:
        slug, version = release.dataset, release.version
        mine = {r["id"] for r, _ in staged.values()}
        self._withdraw_aliases(slug, pkg)  # first: the window between the check and the switch stays short
        fresh = self.action("package_show", slug, id=slug)
        archive = self.action("package_show", slug, id=archive_name(slug))
        table_file = next((f for f in files if f.datastore), None)
        heal = (table_file, release.schema) if table_file else None
        if self._already(fresh, release):  # a concurrent run switched to this same release
            return self._result(self._after_switch(slug, fresh, archive, mine, version, heal))
        committed = self._committed(fresh)
        present = {r["id"] for r in archive.get("resources", []) if r.get("dq_preparation") == version}
        if committed != (release.previous_version or None) or not mine <= present:
            self._quietly(self._after_switch, slug, fresh, archive, mine, version)  # aliases back where they belong
            self._drop_resources(slug, archive, mine)
            raise PublishError(f"publication concurrente : le portail montre maintenant la version "
                               f"{committed or 'aucune'} ; rien n'a été basculé", dataset=slug)
        if archive.get("private"):  # the links about to be switched point into it: readable first
            self.action("package_patch", slug, id=archive["id"], private=False)
        payload = self._switch_payload(fresh, release, files, staged, state_url)
        try:
            self.action("package_update", slug, **payload)
        except PublishError as exc:
            now = self._quietly(self.package, slug)
            if now is None or not self._already(now, release):
                if now is not None:  # not switched: the aliases go back on the old table
                    self._quietly(self._after_switch, slug, now, archive, set(), version)
                raise
            log.warning("%s : bascule faite malgré l'erreur (réponse perdue) : %s", slug, exc)
        log.info("%s : version %s basculée", slug, version)
        try:
            latest = self._after_switch(slug, fresh, archive, mine, version, heal)
            if self._has_loader():
                latest = self._after_loader(slug, latest, payload)
        except PublishError as exc:
            raise PublishError(f"version {version} publiée, mais sa finalisation a échoué ({exc.message}) ; "
                               "le prochain passage la termine", dataset=slug) from None
        return self._result(latest)

    def _switch_payload(self, fresh: dict, release: Release, files: list[ReleaseFile],
                        staged: dict[str, tuple[dict, str]], state_url: str) -> dict:
        """The whole package as it will be: the current links, in the release's order, then the
        resources that are not ours. The CSV link carries the address of the version's state."""
        pkg = {k: v for k, v in fresh.items() if k != "resources"}
        pkg.update(self._package_fields(release, first=False))
        if self._committed(fresh) is None:
            pkg["private"] = False  # first publication: the package appears with its first version
        current = _current(fresh)
        links = []
        for f in files:
            link = dict(current[f.key]) if f.key in current else {}
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

    def _finalize_archive(self, slug: str, pkg: dict, archive: dict, versions: list[str],
                          revive: list[dict] = ()) -> dict:
        """After a switch: the files the links point at become the files of the committed version,
        versions beyond ``versions`` (the retention the state recorded) and useless staged files go;
        staged files of a NEWER version stay (a run still publishing it). A file a link points at that
        a rival's finishing deleted (it ran between our check and our switch) is listed again from
        ``revive`` (the archive as read before our switch): CKAN's ``package_update`` revives a deleted
        resource by its id, upload included. Idempotent; returns the archive as it is afterwards."""
        committed = self._committed(pkg)
        if committed is None:
            return archive
        targets = {_target_id(r) for r in _current(pkg).values()}
        present = {r["id"] for r in archive.get("resources", [])}
        lost = [r for r in revive if r["id"] in targets - present]
        keep, seen, changed = [], set(), bool(archive.get("private") or lost)
        for r in archive.get("resources", []) + lost:
            key, v, prep = r.get("dq_cle"), r.get("dq_version"), r.get("dq_preparation")
            if not key:
                keep.append(r)  # not ours
            elif r["id"] in targets:
                done = {k: val for k, val in r.items() if k != "dq_preparation"}
                done.update(dq_version=committed, name=r["name"].split(STAGED_SUFFIX)[0])
                changed |= done != r
                keep.append(done)
                seen.add((key, committed))
            elif (v and v != committed and v in versions and r.get("dq_versionne", "oui") == "oui"
                  and (key, v) not in seen):
                keep.append(r)
                seen.add((key, v))
            elif prep and not v and _semver(prep) > _semver(committed):
                keep.append(r)
            else:
                changed = True
        if not changed:
            return archive
        keep.sort(key=lambda r: (_semver(r.get("dq_version") or r.get("dq_preparation") or "0"),
                                 -_KEY_ORDER.get(r.get("dq_cle"), 99)), reverse=True)
        payload = {k: v for k, v in archive.items() if k != "resources"}
        payload.update(private=False, resources=keep)
        return self.action("package_update", slug, **payload)

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
        data = self._state_json(latest)
        if data is not None:
            archive = self._finalize_archive(slug, latest, archive, data.get("versions") or [],
                                             before_archive.get("resources", []))
        shown = {r["id"]: r for r in archive.get("resources", [])}
        known = {r["id"] for r in before_archive.get("resources", [])}
        link = _datastore_link(latest)
        target = _target_id(link) if link else None
        if target and target != link["id"]:
            if self._ds_info(target) is None:
                current = shown.get(target)
                if not (heal and current and current.get("hash") == f"sha256:{heal[0].sha256}"):
                    raise PublishError("la table DataStore de la version courante est absente", dataset=slug)
                log.warning("%s : table DataStore de la version courante absente, rechargée", slug)
                self._load_datastore(slug, current, heal[0], heal[1])
            self._point_aliases(slug, target, latest, known | shown.keys(), known)
        for r in before_archive.get("resources", []) + [r for i, r in shown.items() if i not in known]:
            if r["id"] == target or not r.get("dq_cle") or not r.get("datastore_active"):
                continue
            now = shown.get(r["id"])
            if now is not None:  # a past version never becomes current again; a newer staged CSV may
                drop = now.get("dq_version") not in (None, "", CURRENT)
            else:  # deleted; a rival's staged file of this version could still be switched to
                drop = r.get("dq_preparation") != version or r["id"] in mine
            if drop and not self._ds_delete(r["id"]) and now is not None and now.get("datastore_active"):
                # a rival's switch dropped this table and ours, built from an older read, put the
                # resource's "datastore_active" back: a stale flag would offer a table that is gone
                self._quietly(self.action, "resource_patch", slug, id=r["id"], datastore_active=False)
        if data is not None:
            self._quietly(self._prune_states, slug, latest)
        self._settled[latest["id"]] = latest.get("metadata_modified", "")
        return latest

    def _prune_states(self, slug: str, pkg: dict) -> None:
        """Drop the state files that can never be committed again: those of older versions than the
        committed one (a rival's state of this version or a newer one stays: it may still switch)."""
        committed, url = self._committed(pkg), _state_url(pkg)
        holder = self.package(state_name(slug))
        for r in (holder or {}).get("resources", []):
            v = r.get("dq_preparation") or r.get("dq_version") or "0"
            if (r.get("dq_cle") == STATE_KEY and _target_id(r) != _target_id({"url": url})
                    and _semver(v) < _semver(committed)):
                try:
                    self.action("resource_delete", slug, id=r["id"])
                except NotFound:
                    pass

    def _settle(self, pkg: dict, data: dict | None = None) -> None:
        """Roll-forward of a switched publication whose last steps did not run: finish the archive,
        put the aliases back on the current table if they are missing, drop tables of resources no
        longer current. Never raises: a failure here leaves things as they are for the next run."""
        if self._settled.get(pkg["id"]) == pkg.get("metadata_modified", "") or self._committed(pkg) is None:
            return
        try:
            data = data if data is not None else self._state_json(pkg)
            archive = self.package(archive_name(pkg["name"]))
            if data is None or archive is None:
                return
            archive = self._finalize_archive(pkg["name"], pkg, archive, data.get("versions") or [])
            link = _datastore_link(pkg)
            target = _target_id(link) if link else None
            published = {r["id"] for r in archive.get("resources", []) if r.get("dq_version")}
            if target and target != link["id"]:
                info = self._ds_info(link["id"])
                holder = info["meta"]["id"] if info else None
                if holder != target and (holder is None or holder in published) and self._ds_info(target):
                    self._point_aliases(pkg["name"], target, pkg, published)
            for r in archive.get("resources", []):  # past versions never become current again
                if r["id"] != target and r.get("dq_cle") and r.get("datastore_active") and r.get("dq_version"):
                    self._ds_delete(r["id"])
            self._settled[pkg["id"]] = pkg.get("metadata_modified", "")
        except PublishError as exc:
            log.warning("%s : finalisation différée (%s)", pkg.get("name"), exc.message)

    def _withdraw_aliases(self, slug: str, pkg: dict) -> str | None:
        """Just before the switch: take the stable aliases off the current table (never let them show
        the old rows next to a package that says new). Returns the table that held them. Only the
        current CSV resource's id is used from ``pkg``: it never changes."""
        self._settled.pop(pkg["id"], None)
        link = _datastore_link(pkg)
        if not link:
            return None
        info = self._ds_info(link["id"])
        if info is None:
            return None
        holder = info["meta"]["id"]
        if holder == link["id"]:  # a table of the current resource itself (earlier layout): drop it
            self._ds_delete(holder)
            return None
        try:
            self.action("datastore_create", slug, resource_id=holder, aliases=[], force=True)
        except PublishError:
            self._quietly(self._point_aliases, slug, holder, pkg, set())
            raise
        return holder

    def _point_aliases(self, slug: str, table: str, pkg: dict, ours: set[str],
                       known: set[str] = frozenset()) -> None:
        """Put the stable aliases of ``pkg`` on ``table``; an alias held by another table of ours is
        taken from it, one held by a table of another dataset is left alone (the dataset-name alias
        is best effort). An alias held by the table of a resource no longer in the archive (a rival's
        switch removed it) is invisible to ``datastore_info`` (404): the tables of such resources
        (``known`` ones, and those of the archive's recent activity) lose their aliases blindly."""
        aliases = _aliases(pkg)
        wanted = list(aliases)
        stranded_tried = False
        for _ in range(len(aliases) + 2):
            try:
                self._call("datastore_create", {"resource_id": table, "aliases": wanted, "force": True})
                return
            except ValidationError:
                moved = False
                for alias in list(wanted):
                    info = self._ds_info(alias)
                    holder = info["meta"]["id"] if info else None
                    if holder in (None, table):
                        continue
                    if holder == alias == aliases[0]:  # a table under the current resource's own id:
                        self._ds_delete(holder)  # the portal's loader made it (never one of our tables)
                        moved = True
                    elif holder in ours or alias == aliases[0]:  # the current resource's id is ours anyway
                        self.action("datastore_create", slug, resource_id=holder, aliases=[], force=True)
                        moved = True
                    elif alias != wanted[0]:
                        log.warning("%s : l'alias DataStore %s appartient à un autre jeu, ignoré", slug, alias)
                        wanted.remove(alias)
                        moved = True
                if not moved and not stranded_tried:
                    stranded_tried = True
                    present = {r["id"] for r in (self.package(archive_name(slug)) or {}).get("resources", [])}
                    recent = self._recent_resources(archive_name(slug))
                    moved = self._free_aliases(slug, (set(known) | recent) - present - {table})
                if not moved:
                    break
            except NotFound:
                raise PublishError("table DataStore introuvable pour ses alias", dataset=slug) from None
            except CKANAPIError as exc:
                raise PublishError(f"erreur du portail sur datastore_create ({type(exc).__name__})",
                                   dataset=slug) from None
        raise PublishError("les alias DataStore n'ont pas pu être posés", dataset=slug)

    def _recent_resources(self, slug: str, depth: int = 10) -> set[str]:
        """Ids of our resources in the package's last ``depth`` activities (empty without the activity
        plugin): the only trace of a resource a rival created and a later switch removed."""
        ids: set[str] = set()
        try:
            for act in self._call("package_activity_list", {"id": slug, "limit": depth}):
                data = self._call("activity_data_show", {"id": act["id"], "object_type": "package"})
                ids |= {r["id"] for r in (data or {}).get("resources", []) if r.get("dq_cle")}
        except (CKANAPIError, PublishError, KeyError, TypeError) as exc:
            log.warning("%s : activité du jeu illisible (%s)", slug, type(exc).__name__)
        return ids

    def _free_aliases(self, slug: str, ids: set[str]) -> bool:
        """Take every alias off the tables of these (deleted) resources. True if one had a table.
        ``datastore_info`` cannot see a deleted resource's table and ``datastore_create`` would create
        one where there is none; ``datastore_records_delete`` of ``_id`` 0 (never a row) answers 404
        exactly when there is no table, and changes nothing."""
        freed = False
        for rid in sorted(ids):
            try:
                self._call("datastore_records_delete", {"resource_id": rid, "filters": {"_id": 0}, "force": True})
                self._call("datastore_create", {"resource_id": rid, "aliases": [], "force": True})
                freed = True
            except (NotFound, ValidationError):
                continue
            except CKANAPIError as exc:
                raise PublishError(f"erreur du portail sur datastore_create ({type(exc).__name__})",
                                   dataset=slug) from None
        return freed

    def _drop_resources(self, slug: str, pkg: dict, ids: set[str]) -> None:
        """Best effort: remove our staged files that a concurrent run's switch made useless."""
        for r in pkg.get("resources", []):
            if r["id"] in ids and r.get("dq_preparation"):
                try:
                    self._quietly(self.action, "resource_delete", slug, id=r["id"])
                except NotFound:
                    pass  # already gone (the archive's clean-up after a rival's switch)

    def _ds_info(self, rid: str) -> dict | None:
        try:
            return self.action("datastore_info", None, id=rid)
        except NotFound:
            return None

    def _ds_delete(self, rid: str) -> bool:
        """Drop a DataStore table; False if there was none."""
        try:
            self.action("datastore_delete", None, resource_id=rid, force=True)
            return True
        except NotFound:
            return False

    @staticmethod
    def _quietly(fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except PublishError as exc:
            log.warning("ignoré : %s", exc.message)
            return None

    def _result(self, pkg: dict) -> PublishResult:
        resources = {k: f"{self.url}/dataset/{pkg['name']}/resource/{r['id']}/download"
                     for k, r in _current(pkg).items() if k != STATE_KEY}
        return PublishResult(dataset=pkg["name"], version=pkg.get("version", ""),
                             url=f"{self.url}/dataset/{pkg['name']}", resources=resources)

    # -- internals -----------------------------------------------------------------------------
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
        return bool(schema) and "update_frequency" in {f["field_name"] for f in schema.get("dataset_fields", [])}

    def _retained(self, pkg: dict, release: Release) -> list[str]:
        known = sorted({r.get("dq_version") for r in pkg.get("resources", [])
                        if r.get("dq_cle") and r.get("dq_version") not in (None, "", CURRENT)}, key=_semver, reverse=True)
        keep = [release.version] + [v for v in known if v != release.version]
        return keep if release.retention is None else keep[: max(1, release.retention)]


def archive_name(dataset: str) -> str:
    """The public companion dataset that keeps every retained version's files."""
    return f"{dataset}-{ARCHIVE}"


def state_name(dataset: str) -> str:
    """The private companion dataset that keeps the pipeline's state of each version."""
    return f"{dataset}-{STATE}"


def _state_url(pkg: dict) -> str | None:
    """Address of the committed state: carried by the current CSV link, set by the switch."""
    return _current(pkg).get(CSV_KEY, {}).get("dq_etat") or None


def _datapackage_with_urls(f: ReleaseFile, staged: dict[str, tuple[dict, str]], folder: Path) -> ReleaseFile:
    """The version's datapackage.json with the absolute, immutable addresses of its files in the
    archive (a reuser downloads it alone: relative paths would name files that are not next to it)."""
    dp = json.loads(f.path.read_text(encoding="utf-8"))
    for res in dp.get("resources", []):
        if res.get("name") in staged:
            res["path"] = staged[res["name"]][0]["url"]
    body = json.dumps(dp, ensure_ascii=False, indent=2).encode("utf-8")
    path = folder / f.filename
    path.write_bytes(body)
    return replace(f, path=path, sha256=hashlib.sha256(body).hexdigest(), size=len(body))


def _current(pkg: dict) -> dict[str, dict]:
    """Current resources by role (the first one if a role were ever doubled)."""
    out: dict[str, dict] = {}
    for r in pkg.get("resources", []):
        if r.get("dq_version") == CURRENT and r.get("dq_cle") and r["dq_cle"] not in out:
            out[r["dq_cle"]] = r
    return out


def _datastore_link(pkg: dict) -> dict | None:
    """The current resource whose table is the dataset's DataStore: the data CSV (on a portal with
    xloader, the dictionary and statistics links get text tables of their own, and flags)."""
    cur = _current(pkg)
    return cur.get("donnees-csv") or next((r for r in cur.values() if r.get("datastore_active")), None)


def _target_id(link: dict) -> str | None:
    """Id of the version file a current link points at (the link itself for an uploaded file)."""
    if link.get("url_type") == "upload":
        return link["id"]
    m = _RESOURCE_IN_URL.search(link.get("url") or "")
    return m.group(1) if m else None


def _aliases(pkg: dict) -> list[str]:
    """Stable DataStore names of the current table: the current CSV resource's id, the dataset's name."""
    link = _datastore_link(pkg)
    names = [link["id"]] if link else []
    if len(pkg["name"].encode()) <= _PG_IDENTIFIER_MAX:
        names.append(pkg["name"])
    return names


def _datastore_fields(schema: dict, *, override: bool = False) -> list[dict]:
    """DataStore fields: types from the Table Schema, data dictionary from titles and descriptions
    (with ``override``, also xloader's ``type_override``: the same types if the loader reloads it)."""
    out = []
    for fd in schema.get("fields", []):
        kind = DATASTORE_TYPES.get(fd.get("type", "string"), "text")
        info = {"label": fd.get("title", ""), "notes": fd.get("description", "")}
        if override:
            info["type_override"] = kind
        out.append({"id": fd["name"], "type": kind, "info": info})
    return out


def _loadable(fmt: str | None) -> bool:
    """Formats xloader loads by default (csv, tsv, xls, xlsx, ods…): ours is CSV."""
    return (fmt or "").lower() in ("csv", "tsv", "xls", "xlsx", "ods", "application/csv")


def _count_rows(path: Path, fields: list[dict]) -> int:
    reader = pacsv.open_csv(path, convert_options=pacsv.ConvertOptions(
        column_types={fd["id"]: "string" for fd in fields}, strings_can_be_null=True))
    return sum(batch.num_rows for batch in reader)


def _same_table(info: dict, fields: list[dict], rows: int) -> bool:
    got = [(f["id"], {"nested": "json"}.get(f["type"], f["type"]),
            (f.get("info") or {}).get("label") or "", (f.get("info") or {}).get("notes") or "")
           for f in info.get("fields", []) if not f["id"].startswith("_")]
    want = [(f["id"], f["type"], f["info"]["label"] or "", f["info"]["notes"] or "") for f in fields]
    return got == want and info.get("meta", {}).get("count") == rows


class _Named(tuple):
    """(filename, fileobj, mimetype) that ckanapi recognizes as a file upload."""

    @property
    def read(self):
        return self[1].read

    def seek(self, pos):
        return self[1].seek(pos)


def _semver(v: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in v.split("."))
    except ValueError:
        return (0,)


def _short(error_dict: dict) -> str:
    parts = []
    for k, v in (error_dict or {}).items():
        if k.startswith("__"):
            continue
        parts.append(f"{k}: {v if isinstance(v, str) else '; '.join(map(str, v)) if isinstance(v, list) else v}")
    return ", ".join(parts)[:500] or "validation refusée"

