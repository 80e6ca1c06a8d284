"""Données Québec (and any CKAN ≥ 2.9) through the Action API with ``ckanapi``.

Resources are matched by their file name, a stable key that survives any CKAN schema:
``<jeu>.csv`` is the "current" resource (same id and URL forever, its file replaced), and
``<jeu>-v1.2.0.csv`` the immutable file of version 1.2.0. The publication's state (version,
fingerprints, published schema, change-log history) is the JSON resource ``etat-publication.json``,
uploaded LAST: it is the commit point, so a run interrupted earlier is redone by the next run.

Order of a publication (each upload read back and its SHA-256 compared):
 1. package_show → package_create if absent (metadata of the new version comes at the end);
 2. upload the immutable files of the new version as new resources (nothing current changes);
 3. replace the files of the current resources (resource_patch, same ids), then their DataStore
    tables (types from the Table Schema, data dictionary from field descriptions);
 4. package_patch with the new metadata, then the state resource;
 5. delete versioned resources beyond the retention policy.

Every request has a timeout, is throttled, and is retried with exponential backoff and jitter on
connection errors, timeouts and HTTP 5xx only. The API token is sent in a header and never logged.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow.csv as pacsv
import requests
from ckanapi import RemoteCKAN
from ckanapi.errors import CKANAPIError, NotAuthorized, NotFound, ValidationError

from dqpub.errors import PublishError, TransientPublishError
from dqpub.metadata import DQ_EXTRA_FIELDS
from dqpub.schema import primary_key
from dqpub.secrets import get_secret
from dqpub.settings import PROJECT_ROOT
from dqpub.version import versioned_name
from publishers.base import PublishedState, PublishResult, Release, ReleaseFile

STATE_FILE = "etat-publication.json"
# Table Schema type → DataStore (PostgreSQL) type.
DATASTORE_TYPES = {
    "integer": "int8", "number": "numeric", "boolean": "bool", "date": "date", "datetime": "timestamp",
    "time": "time", "year": "int4", "object": "json", "array": "json", "string": "text",
    "yearmonth": "text", "duration": "text", "geopoint": "text", "any": "text",
}
DATASTORE_BATCH = 5_000
TARGET_URLS = {"production": "https://www.donneesquebec.ca"}


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
    ) -> None:
        self.name = name
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
        self._scheming: bool | None = None

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
        return cls(url, token, name=target, requests_per_second=rps)

    # -- transport ---------------------------------------------------------------------------
    def _throttle(self) -> None:
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
            except TransientPublishError:
                if attempt == self.max_attempts:
                    raise
                time.sleep(self.backoff * 2 ** (attempt - 1) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def action(self, name: str, dataset: str | None = None, /, **data):
        files = {k: v for k, v in data.items() if hasattr(v, "read")}
        plain = {k: v for k, v in data.items() if k not in files}

        def call():
            for f in files.values():
                f.seek(0)
            return self._api.call_action(name, plain, files=files or None,
                                         requests_kwargs={"timeout": self.timeout})

        try:
            return self._retrying(name, call)
        except NotFound:
            raise
        except ValidationError as exc:
            raise PublishError(f"le portail refuse {name} : {_short(exc.error_dict)}", dataset=dataset) from None
        except NotAuthorized:
            raise PublishError(f"jeton non autorisé pour {name} (organisation {self.organization})",
                               dataset=dataset) from None
        except CKANAPIError as exc:
            raise PublishError(f"erreur du portail sur {name} ({type(exc).__name__})", dataset=dataset) from None

    def _download(self, url: str) -> bytes:
        def get():
            try:
                r = self._session.get(url, timeout=self.timeout, headers={"Authorization": self._token or ""})
            except (requests.ConnectionError, requests.Timeout) as exc:
                raise TransientPublishError(f"téléchargement impossible ({type(exc).__name__})") from None
            if r.status_code >= 500:
                raise TransientPublishError(f"le portail répond HTTP {r.status_code} au téléchargement")
            if r.status_code >= 400:
                raise PublishError(f"téléchargement refusé (HTTP {r.status_code}) : {url}")
            return r.content

        return self._retrying("download", get)

    # -- Publisher interface -------------------------------------------------------------------
    def package(self, dataset: str) -> dict | None:
        try:
            return self.action("package_show", dataset, id=dataset)
        except NotFound:
            return None

    @staticmethod
    def _by_file(pkg: dict) -> "_Files":
        """Resources by file name, case-insensitive (CKAN lowercases uploaded file names)."""
        return _Files({r["url"].rsplit("/", 1)[-1].lower(): r for r in pkg.get("resources", []) if r.get("url")})

    def state(self, dataset: str) -> PublishedState | None:
        pkg = self.package(dataset)
        if not pkg:
            return None
        res = self._by_file(pkg).get(STATE_FILE)
        if not res:
            return None
        return PublishedState(**json.loads(self._download(res["url"])))

    def fetch(self, dataset: str, key: str, version: str | None = None) -> bytes | None:
        pkg = self.package(dataset)
        if not pkg:
            return None
        wanted = version or "courant"
        for res in pkg.get("resources", []):
            if res.get("dq_cle") == key and res.get("dq_version") == wanted:
                return self._download(res["url"])
        return None

    def publish(self, release: Release) -> PublishResult:
        slug = release.dataset
        pkg = self.package(slug) or self.action("package_create", slug, **self._package_fields(release, first=True))
        existing = self._by_file(pkg)

        # 2. immutable files of this version (a retry finds them and replaces them: idempotent)
        for f in release.files:
            if f.versioned:
                vname = versioned_name(f.filename, release.version)
                self._upload(slug, pkg["id"], existing.get(vname), f, vname, release.version,
                             name=f"{f.name} — version {release.version}")
        # 3. current resources: same ids, new files, then their DataStore tables
        current = {}
        for f in release.files:
            res = self._upload(slug, pkg["id"], existing.get(f.filename), f, f.filename, "courant", name=f.name)
            current[f.key] = res
            if f.datastore:
                self._load_datastore(slug, res["id"], f, release.schema)
        # 4. metadata, then the commit point
        self.action("package_patch", slug, id=pkg["id"], **self._package_fields(release, first=False))
        state = PublishedState(
            version=release.version, fingerprint=release.fingerprint, input_fingerprint=release.input_fingerprint,
            schema=release.schema, published_at=release.created,
            versions=self._retained(pkg, release), history=release.history,
        )
        body = json.dumps(asdict(state), ensure_ascii=False, indent=1).encode("utf-8")
        self._upload_bytes(slug, pkg["id"], existing.get(STATE_FILE), body, STATE_FILE)
        # 5. retention
        self._apply_retention(slug, pkg["id"], release, state.versions)
        return PublishResult(dataset=slug, version=release.version, url=f"{self.url}/dataset/{slug}",
                             resources={k: r["url"] for k, r in current.items()})

    # -- internals -----------------------------------------------------------------------------
    def _package_fields(self, release: Release, *, first: bool) -> dict[str, Any]:
        fields = dict(release.package)
        fields["owner_org"] = fields.get("owner_org") or self.organization
        if not self._supports_dq_fields():
            extras = {k: fields.pop(k) for k in DQ_EXTRA_FIELDS if k in fields}
            fields["extras"] = [{"key": k, "value": v if isinstance(v, str) else json.dumps(v)}
                                for k, v in extras.items() if v not in (None, "")]
        if first:
            fields["version"] = ""  # the metadata of a version is set when it is complete
        if not fields.get("author_email"):
            fields.pop("author_email", None)
            fields.pop("maintainer_email", None)
        return fields

    def _supports_dq_fields(self) -> bool:
        """Données Québec runs ckanext-scheming with these fields; a vanilla CKAN drops them."""
        if self._scheming is None:
            try:
                schema = self.action("scheming_dataset_schema_show", None, type="dataset")
                names = {f["field_name"] for f in schema.get("dataset_fields", [])}
                self._scheming = "update_frequency" in names
            except (NotFound, PublishError):
                self._scheming = False
        return self._scheming

    def _upload(self, slug: str, package_id: str, res: dict | None, f: ReleaseFile, filename: str,
                version: str, *, name: str) -> dict:
        fields = {
            "name": name, "description": f.description, "format": f.format, "mimetype": f.mimetype,
            "resource_type": "donnees", "dq_cle": f.key, "dq_version": version, "hash": f"sha256:{f.sha256}",
            **f.conformity,
        }
        for attempt in (1, 2):
            with open(f.path, "rb") as fh:
                upload = (filename, fh, f.mimetype)
                if res:
                    out = self.action("resource_patch", slug, id=res["id"], upload=_Named(upload), **fields)
                else:
                    out = self.action("resource_create", slug, package_id=package_id, upload=_Named(upload), **fields)
            res = out
            if hashlib.sha256(self._download(out["url"])).hexdigest() == f.sha256:
                return out
        raise PublishError(f"le fichier {filename} relu depuis le portail ne correspond pas (SHA-256)", dataset=slug)

    def _upload_bytes(self, slug: str, package_id: str, res: dict | None, body: bytes, filename: str) -> None:
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
            tmp.write(body)
            tmp.flush()
            f = ReleaseFile(key="etat", path=Path(tmp.name), filename=filename, name="État de la publication",
                            description="Version, empreintes et historique (lecture machine).", format="JSON",
                            mimetype="application/json", sha256=hashlib.sha256(body).hexdigest(), size=len(body),
                            versioned=False)
            self._upload(slug, package_id, res, f, filename, "courant", name=f.name)

    def _load_datastore(self, slug: str, resource_id: str, f: ReleaseFile, schema: dict) -> None:
        fields = [
            {"id": fd["name"], "type": DATASTORE_TYPES.get(fd.get("type", "string"), "text"),
             "info": {"label": fd.get("title", ""), "notes": fd.get("description", "")}}
            for fd in schema.get("fields", [])
        ]
        pk = primary_key(schema)
        try:
            self.action("datastore_delete", slug, resource_id=resource_id, force=True)
        except NotFound:
            pass
        self.action("datastore_create", slug, resource_id=resource_id, fields=fields,
                    primary_key=pk or None, force=True, records=[])
        types = {fd["name"]: fd.get("type", "string") for fd in schema.get("fields", [])}
        reader = pacsv.open_csv(f.path, convert_options=pacsv.ConvertOptions(
            column_types={n: "string" for n in types}, strings_can_be_null=True))
        for batch in reader:
            rows = batch.to_pylist()
            for i in range(0, len(rows), DATASTORE_BATCH):
                self.action("datastore_upsert", slug, resource_id=resource_id, method="insert", force=True,
                            records=rows[i:i + DATASTORE_BATCH])

    def _retained(self, pkg: dict, release: Release) -> list[str]:
        known = sorted({r.get("dq_version") for r in pkg.get("resources", [])
                        if r.get("dq_version") not in (None, "", "courant")}, key=_semver, reverse=True)
        keep = [release.version] + [v for v in known if v != release.version]
        return keep if release.retention is None else keep[: max(1, release.retention)]

    def _apply_retention(self, slug: str, package_id: str, release: Release, keep: list[str]) -> None:
        pkg = self.action("package_show", slug, id=package_id)
        for r in pkg.get("resources", []):
            v = r.get("dq_version")
            if v not in (None, "", "courant") and v not in keep:
                self.action("resource_delete", slug, id=r["id"])


class _Files(dict):
    def get(self, key, default=None):
        return super().get(key.lower(), default)


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
