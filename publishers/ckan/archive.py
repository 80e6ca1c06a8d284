"""The archive ``<jeu>-versions`` and the private state dataset ``<jeu>-etat``: staging a version's
files, reading them back, and finishing the archive after a switch (see ``publishers/ckan/portal.py`` for
the layout and the protocol).

A file is staged once and never modified: uploaded as « en préparation » (``dq_preparation``), read
back from the portal at the address the current link will use and compared by SHA-256 (a mismatch
is re-read, then re-uploaded once, then fails). A staged file left by an interrupted run is adopted
when its SHA-256 matches. After a switch, ``finalize`` turns the files the links point at into the
committed version's files, drops versions beyond the retention and useless staged files, and lists
again a file a rival's finishing deleted (CKAN revives a deleted resource by its id).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, Callable, Iterable

from dqpub.core.errors import PublishError
from dqpub.core.fingerprint import sha256_bytes
from dqpub.core.names import FIRST_VERSION, semver, versioned_name
from dqpub.core.release import PublishedState, Release, ReleaseFile
from publishers.ckan.client import Actions, CkanClient, HttpRefused, PortalNotFound

log = logging.getLogger(__name__)

STATE_FILE = "etat-publication.json"
STATE_KEY = "etat"
CSV_KEY = "donnees-csv"
DATAPACKAGE = "datapackage"
CURRENT = "courant"
ARCHIVE, STATE = "versions", "etat"  # companion datasets: <jeu>-versions (public), <jeu>-etat (private)
STAGED_SUFFIX = " (en préparation, pas encore publiée)"
# order of the current resources on the dataset page (and of versions in the archive)
KEY_ORDER = {k: i for i, k in enumerate(("donnees-csv", "donnees-parquet", "donnees-geojson", "dictionnaire",
                                         "statistiques", "changements", "journal", "anonymisation", "datapackage"))}
_RESOURCE_IN_URL = re.compile(r"/resource/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/download")

Staged = dict[str, tuple[dict, str]]  # key -> (staged resource, verified URL of the link to be)


def archive_name(dataset: str) -> str:
    """The public companion dataset that keeps every retained version's files."""
    return f"{dataset}-{ARCHIVE}"


def state_name(dataset: str) -> str:
    """The private companion dataset that keeps the pipeline's state of each version."""
    return f"{dataset}-{STATE}"


def current(pkg: dict) -> dict[str, dict]:
    """Current resources by role (the first one if a role were ever doubled)."""
    out: dict[str, dict] = {}
    for r in pkg.get("resources", []):
        if r.get("dq_version") == CURRENT and r.get("dq_cle") and r["dq_cle"] not in out:
            out[r["dq_cle"]] = r
    return out


def state_url(pkg: dict) -> str | None:
    """Address of the committed state: carried by the current CSV link, set by the switch."""
    return current(pkg).get(CSV_KEY, {}).get("dq_etat") or None


def committed(pkg: dict) -> str | None:
    """The version the portal shows, None before the first switch."""
    return (pkg.get("version") or None) if state_url(pkg) else None


def target_id(link: dict) -> str | None:
    """Id of the version file a current link points at (the link itself for an uploaded file)."""
    if link.get("url_type") == "upload":
        return link["id"]
    m = _RESOURCE_IN_URL.search(link.get("url") or "")
    return m.group(1) if m else None


def datapackage_with_urls(f: ReleaseFile, staged: Staged, folder: Path) -> ReleaseFile:
    """The version's datapackage.json with the absolute, immutable addresses of its files in the
    archive (a reuser downloads it alone: relative paths would name files that are not next to it)."""
    dp = json.loads(f.path.read_text(encoding="utf-8"))
    for res in dp.get("resources", []):
        if res.get("name") in staged:
            res["path"] = staged[res["name"]][0]["url"]
    body = json.dumps(dp, ensure_ascii=False, indent=2).encode("utf-8")
    path = folder / f.filename
    path.write_bytes(body)
    return replace(f, path=path, sha256=sha256_bytes(body), size=len(body))


class _Named(tuple):
    """(filename, fileobj, mimetype) that the publisher's ``action`` recognizes as a file upload."""

    @property
    def read(self) -> Callable[..., bytes]:
        return self[1].read

    def seek(self, pos: int) -> int:
        return self[1].seek(pos)


class Archive:
    """Staging into, and finishing of, the companion datasets of one portal."""

    def __init__(self, portal: Actions, client: CkanClient) -> None:
        self.portal = portal
        self.client = client
        # state files this process uploaded and read back, by verified URL: the switch's finishing
        # step needs the committed state, and when it is ours it need not be downloaded a second time
        self._verified_states: dict[str, dict[str, Any]] = {}

    # -- staging -----------------------------------------------------------------------------------
    def stage(self, slug: str, holder: dict, release: Release, files: list[ReleaseFile],
              table_complete: Callable[[str, ReleaseFile], bool]) -> tuple[Staged, set[str]]:
        """Upload (or adopt) every file of the version into ``holder`` (the archive, or the state
        dataset). Returns key -> (resource, verified link URL), and the keys of adopted files. A staged
        CSV left by another run is adopted only with its DataStore table already complete
        (``table_complete``): a table is only ever loaded by the run that created it."""
        version = release.version
        leftovers = [r for r in holder.get("resources", []) if r.get("dq_preparation") == version
                     and r.get("dq_cle") and r.get("url_type") == "upload"]
        staged: Staged = {}
        adopted: set[str] = set()
        for f in files:
            for cand in leftovers:
                if cand.get("dq_cle") != f.key or cand.get("hash") != f"sha256:{f.sha256}":
                    continue
                if f.datastore and not table_complete(cand["id"], f):
                    continue
                link = self._verified_link(cand, f, adopt=True)
                if link:
                    staged[f.key] = (cand, link)
                    adopted.add(f.key)
                    break
            if f.key not in staged:
                staged[f.key] = self._upload(slug, holder["id"], f, version)
        return staged, adopted

    def stage_state(self, release: Release, archive: dict, holder: dict, folder: Path) -> str:
        """Upload the state of the new version to the private state dataset ``holder``; returns its
        verified URL. The switch makes it the committed state by pointing the current CSV link at it."""
        state = PublishedState(
            version=release.version, fingerprint=release.fingerprint, input_fingerprint=release.input_fingerprint,
            schema=release.schema, published_at=release.created,
            versions=retained(archive, release), history=release.history,
        )
        body = json.dumps(asdict(state), ensure_ascii=False, indent=1).encode("utf-8")
        path = folder / STATE_FILE
        path.write_bytes(body)
        f = ReleaseFile(key=STATE_KEY, path=path, filename=STATE_FILE, name="État de la publication",
                        description="Version, empreintes, schéma et historique de la publication (lecture machine).",
                        format="JSON", mimetype="application/json", sha256=sha256_bytes(body),
                        size=len(body), portal_fields={"resource_type": "support"})
        staged, _ = self.stage(release.dataset, holder, release, [f], lambda rid, f: False)
        url = staged[STATE_KEY][1]
        self._verified_states[url] = json.loads(body)
        return url

    def committed_state(self, pkg: dict) -> dict[str, Any] | None:
        """``state_json`` of ``pkg``, without a download when its committed state is one this process
        staged and read back (its bytes were checked against our own SHA-256: same content)."""
        url = state_url(pkg)
        if url is not None and url in self._verified_states:
            return self._verified_states[url]
        return state_json(self.client, pkg)

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
                res = self.portal.action("resource_create", slug, package_id=package_id,
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
            except HttpRefused as exc:
                if exc.status != 404 or url == upload_url:
                    if adopt:
                        return None
                    raise
        return None

    def _matches(self, url: str, sha256: str) -> bool:
        """Read ``url`` back until its bytes have this SHA-256 (max_attempts reads)."""
        for _ in range(self.client.max_attempts):
            if sha256_bytes(self.client.download(url)) == sha256:
                return True
            log.warning("SHA-256 différent à la relecture de %s, nouvelle lecture", url)
        return False

    # -- after a switch ----------------------------------------------------------------------------
    def finalize(self, slug: str, pkg: dict, archive: dict, versions: list[str],
                 revive: Iterable[dict] = ()) -> dict:
        """After a switch: the files the links point at become the files of the committed version,
        versions beyond ``versions`` (the retention the state recorded) and useless staged files go;
        staged files of a NEWER version stay (a run still publishing it). A file a link points at that
        a rival's finishing deleted (it ran between our check and our switch) is listed again from
        ``revive`` (the archive as read before our switch): CKAN's ``package_update`` revives a deleted
        resource by its id, upload included. Idempotent; returns the archive as it is afterwards."""
        shown = committed(pkg)
        if shown is None:
            return archive
        targets = {target_id(r) for r in current(pkg).values()}
        present = {r["id"] for r in archive.get("resources", [])}
        lost = [r for r in revive if r["id"] in targets - present]
        keep: list[dict] = []
        seen: set[tuple[str, str]] = set()
        changed = bool(archive.get("private") or lost)
        for r in archive.get("resources", []) + lost:
            key, v, prep = r.get("dq_cle"), r.get("dq_version"), r.get("dq_preparation")
            if not key:
                keep.append(r)  # not ours
            elif r["id"] in targets:
                done = {k: val for k, val in r.items() if k != "dq_preparation"}
                done.update(dq_version=shown, name=r["name"].split(STAGED_SUFFIX)[0])
                changed |= done != r
                keep.append(done)
                seen.add((key, shown))
            elif (v and v != shown and v in versions and r.get("dq_versionne", "oui") == "oui"
                  and (key, v) not in seen):
                keep.append(r)
                seen.add((key, v))
            elif prep and not v and semver(prep) > semver(shown):
                keep.append(r)
            else:
                changed = True
        if not changed:
            return archive
        keep.sort(key=lambda r: (semver(r.get("dq_version") or r.get("dq_preparation") or "0"),
                                 -KEY_ORDER.get(r.get("dq_cle") or "", 99)), reverse=True)
        payload = {k: v for k, v in archive.items() if k != "resources"}
        payload.update(private=False, resources=keep)
        return self.portal.action("package_update", slug, **payload)

    def prune_states(self, slug: str, pkg: dict) -> None:
        """Drop the state files that can never be committed again: those of older versions than the
        committed one (a rival's state of this version or a newer one stays: it may still switch)."""
        shown, url = committed(pkg) or "0", state_url(pkg)
        if semver(shown) <= semver(FIRST_VERSION):  # no version comes before the first: nothing to drop
            return
        holder = self.portal.package(state_name(slug))
        for r in (holder or {}).get("resources", []):
            v = r.get("dq_preparation") or r.get("dq_version") or "0"
            if (r.get("dq_cle") == STATE_KEY and target_id(r) != target_id({"url": url})
                    and semver(v) < semver(shown)):
                try:
                    self.portal.action("resource_delete", slug, id=r["id"])
                except PortalNotFound:
                    pass

    def drop_staged(self, slug: str, pkg: dict, ids: set[str]) -> None:
        """Best effort: remove our staged files that a concurrent run's switch made useless."""
        for r in pkg.get("resources", []):
            if r["id"] in ids and r.get("dq_preparation"):
                try:
                    self.portal.action("resource_delete", slug, id=r["id"])
                except PortalNotFound:
                    pass  # already gone (the archive's clean-up after a rival's switch)
                except PublishError as exc:
                    log.warning("ignoré : %s", exc.message)


def retained(pkg: dict, release: Release) -> list[str]:
    """The versions the archive keeps once ``release`` is committed (its retention, newest first)."""
    return release.retained([r["dq_version"] for r in pkg.get("resources", [])
                             if r.get("dq_cle") and r.get("dq_version") not in (None, "", CURRENT)])


def state_json(client: CkanClient, pkg: dict) -> dict[str, Any] | None:
    """The committed state of ``pkg`` (read with the token from the private dataset), None before
    the first switch."""
    url = state_url(pkg)
    return json.loads(client.download(url)) if url else None
