"""The embedded default target: a folder that mirrors what the CKAN portal would hold.

    portail-local/
      <jeu>/
        courant -> versions/1.0.1         # symlink, swapped atomically: the stable "current" view
        versions/1.0.0/                   # immutable once written
          <jeu>.csv, <jeu>-v1.0.0.csv     # same file (hard link): current name and versioned name
          <jeu>.parquet, dictionnaire-donnees.csv, datapackage.json, CHANGELOG.md, …
          package.json                    # the CKAN package as Données Québec would show it
          etat.json                       # state of the publication (version, fingerprints, history)
      .prive/<jeu>/                       # never public: anonymization registry records, reports

A publication builds the whole version folder under a temporary name, renames it into place, then
swaps the ``courant`` symlink (``os.replace`` is atomic): readers see the old or the new version.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dqpub.core.errors import PublishError
from dqpub.core.names import SLUG
from dqpub.core.names import versioned_name
from dqpub.core.release import PublishedState, PublishResult, Release

CURRENT = "courant"


class LocalPortal:
    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- paths (slugs are validated so nothing escapes the portal folder) --
    def _dir(self, dataset: str) -> Path:
        if not SLUG.match(dataset):
            raise PublishError(f"identifiant de jeu invalide : « {dataset} »")
        return self.root / dataset

    def private_dir(self, dataset: str) -> Path:
        path = self.root / ".prive" / self._dir(dataset).name
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root / ".prive", 0o700)
        return path

    @contextlib.contextmanager
    def lock(self, dataset: str):
        """Per-dataset lock: two runs never publish the same dataset at once."""
        d = self._dir(dataset)
        d.mkdir(parents=True, exist_ok=True)
        with open(d / ".verrou", "w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    # -- Publisher interface --
    def state(self, dataset: str) -> PublishedState | None:
        path = self._dir(dataset) / CURRENT / "etat.json"
        if not path.exists():
            return None
        return PublishedState(**json.loads(path.read_text(encoding="utf-8")))

    def seen(self, datasets: list[str]) -> dict[str, Any]:
        """BulkStates: per dataset, the version its « courant » link points to and when its state file
        was written (two system calls, no file read): a token that changes with every publication,
        None when the dataset was never published. (``dqpub etat`` keeps what it read under it.)"""
        out: dict[str, Any] = {}
        for d in datasets:
            current = os.path.join(self.root, d, CURRENT)
            try:
                if not SLUG.match(d):
                    raise OSError
                out[d] = f"{os.readlink(current)}@{os.stat(os.path.join(current, 'etat.json')).st_mtime_ns}"
            except OSError:
                out[d] = None
        return out

    def states(self, datasets: list[str], seen: dict[str, Any] | None = None) -> dict[str, PublishedState | None]:
        """Reading a state file costs less than keeping it anywhere else: every dataset is read itself."""
        return {d: self.state(d) for d in datasets}

    def dataset_url(self, dataset: str) -> str:
        """Where a steward looks at the dataset: its stable « courant » folder (a string joined as such:
        ``dqpub etat`` asks for ten thousand)."""
        if not SLUG.match(dataset):
            self._dir(dataset)  # raises
        return os.path.join(self.root, dataset, CURRENT)

    def fetch(self, dataset: str, key: str, version: str | None = None) -> bytes | None:
        base = self._dir(dataset) / (f"versions/{version}" if version else CURRENT)
        pkg = base / "package.json"
        if not pkg.exists():
            return None
        for res in json.loads(pkg.read_text(encoding="utf-8"))["resources"]:
            if res["dq_cle"] == key and res.get("dq_version") in (None, version):
                return (base / res["fichier"]).read_bytes()
        return None

    def preflight(self, release: Release):
        """The package.json written here is what CKAN would hold: the same check as a portal's."""
        from publishers.ckan.preflight import project_preflight

        return project_preflight(release)

    def publish(self, release: Release) -> PublishResult:
        pre = self.preflight(release)
        if pre.problems:
            from publishers.ckan.preflight import describe

            raise PublishError(describe(list(pre.problems), pre.against), dataset=release.dataset)
        d = self._dir(release.dataset)
        versions = d / "versions"
        versions.mkdir(parents=True, exist_ok=True)
        with self.lock(release.dataset):
            current = self.state(release.dataset)
            if current and current.fingerprint == release.fingerprint:  # a concurrent run got there
                return self._result(release.dataset, current.version)
            retained = self._retained(current, release)
            tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{release.version}-", dir=versions))
            tmp.chmod(0o755)  # mkdtemp makes it private; a portal's files are public
            try:
                self._write_version(tmp, release, retained)
                final = versions / release.version
                if final.exists():  # left by a run that died before switching: not current, replace
                    shutil.rmtree(final)
                os.rename(tmp, final)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            link = d / f".{CURRENT}.tmp"
            with contextlib.suppress(FileNotFoundError):
                link.unlink()
            link.symlink_to(Path("versions") / release.version)
            os.replace(link, d / CURRENT)
            for old in versions.iterdir():  # retention, after the switch
                if old.is_dir() and not old.name.startswith(".") and old.name not in retained:
                    shutil.rmtree(old)
        return self._result(release.dataset, release.version)

    # -- internals --
    def _retained(self, current: PublishedState | None, release: Release) -> list[str]:
        return release.retained(list(current.versions) if current else [])

    def _write_version(self, folder: Path, release: Release, retained: list[str]) -> None:
        resources = []
        for f in release.files:
            shutil.copyfile(f.path, folder / f.filename)
            resources.append(self._resource(release, f, f.filename, None))
        for v in retained:  # immutable versioned files, newest first
            for f in release.files:
                if not f.versioned:
                    continue
                vname = versioned_name(f.filename, v)
                if v == release.version:
                    os.link(folder / f.filename, folder / vname)
                resources.append(self._resource(release, f, f"../{v}/{vname}", v))
        package = {**release.package, "resources": resources}
        (folder / "package.json").write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
        state = PublishedState(
            version=release.version, fingerprint=release.fingerprint,
            input_fingerprint=release.input_fingerprint, schema=release.schema,
            published_at=release.created, versions=retained, history=release.history,
        )
        (folder / "etat.json").write_text(json.dumps(asdict(state), ensure_ascii=False, indent=2), encoding="utf-8")

    @staticmethod
    def _resource(release: Release, f, path: str, version: str | None) -> dict:
        name = f.name if version is None else f"{f.name} — version {version}"
        return {
            "name": name, "description": f.description, "format": f.format, "mimetype": f.mimetype,
            "fichier": path, "dq_cle": f.key, "dq_version": version,
            "hash": f"sha256:{f.sha256}" if version in (None, release.version) else None,
            **f.portal_fields,
        }

    def _result(self, dataset: str, version: str) -> PublishResult:
        d = self._dir(dataset) / CURRENT
        pkg = json.loads((d / "package.json").read_text(encoding="utf-8"))
        resources = {r["dq_cle"]: str(d / r["fichier"]) for r in pkg["resources"] if r["dq_version"] is None}
        return PublishResult(dataset=dataset, version=version, url=str(d), resources=resources)
