"""With the portal's own DataStore loader (ckanext-xloader and its job worker: the xloader profile of
scripts/ckan-local, in .ckan-local-xloader), the published DataStore table is still the publisher's:
typed from the Table Schema, exactly the CSV's rows, on a first publication and on a new version —
and still so once every xloader job the publication triggered has finished (no late job turns it
into text or truncates it)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import time
import uuid

import pytest
import requests
from ckanapi import NotFound, RemoteCKAN

from dqpub.pipeline import run_inventory
from publishers.ckan import bulk
from publishers.ckan import DATASTORE_TYPES, CkanPortal
from tests.test_ckan_faults import RESOURCE_IN_URL
from tests.reuser import reuser_downloads
from tests.test_pipeline_local import _edit_bottin

pytestmark = pytest.mark.ckan

BASE = "bottin-des-services-de-police"
BUSY = ("submitting", "pending", "running", "running_but_viewable")


@pytest.fixture
def xl_project(project, ckan_local_xloader, monkeypatch):
    suffix = uuid.uuid4().hex[:6]
    slug = f"{BASE}-{suffix}"
    inv = project.datasets_dir / "inventaire.csv"
    inv.write_text(inv.read_text(encoding="utf-8").replace(f"\n{BASE},", f"\n{slug},"), encoding="utf-8")
    (project.datasets_dir / slug).mkdir()
    (project.datasets_dir / slug / "dataset.yaml").write_bytes((project.datasets_dir / BASE / "dataset.yaml").read_bytes())
    monkeypatch.setenv("DQPUB_PSEUDONYM_KEY", "cle-de-test-" + suffix)
    portal = CkanPortal(ckan_local_xloader.url, ckan_local_xloader.token, name="ckan-local-xloader",
                        requests_per_second=0, backoff=0.1)
    return project.with_(target="ckan-local-xloader"), portal, slug


def _ours(api: RemoteCKAN, slug: str) -> list[dict]:
    """The resources of the dataset's page and of its archive of versions (uploads are there)."""
    return [r for name in (slug, f"{slug}-versions") for r in api.action.package_show(id=name)["resources"]]


def _jobs_done(api: RemoteCKAN, slug: str, timeout: float = 180) -> list[str]:
    """Wait until no xloader task of the dataset's resources is still running; their final states."""
    deadline = time.monotonic() + timeout
    resources = _ours(api, slug)
    while True:
        states = []
        for r in resources:
            try:
                states.append(api.action.xloader_status(resource_id=r["id"]).get("status"))
            except NotFound:
                continue
        if not any(s in BUSY for s in states) or time.monotonic() > deadline:
            return states
        time.sleep(0.5)


def _check_table(api: RemoteCKAN, slug: str, schema: dict) -> int:
    """The table reusers reach through the current CSV resource: schema types, the CSV's rows; it is
    the publisher's table of the version file (not one a loader job made under the link's id), and
    every resource of ours keeps the SHA-256 the publisher gave it (xloader rewrites ``hash``)."""
    pkg = api.action.package_show(id=slug)
    link = next(r for r in pkg["resources"] if r.get("dq_cle") == "donnees-csv" and r.get("dq_version") == "courant")
    data = requests.get(link["url"], timeout=30).content
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    ds = api.action.datastore_search(resource_id=link["id"], limit=10_000)
    want = {f["name"]: DATASTORE_TYPES[f.get("type", "string")] for f in schema["fields"]}
    got = {f["id"]: f["type"] for f in ds["fields"] if f["id"] != "_id"}
    assert got == want, got
    assert ds["total"] == len(rows) > 0
    by_name = {r["corps_policier"]: r for r in ds["records"]}
    for row in rows:
        assert (by_name[row["corps_policier"]]["site_internet"] or "") == row["site_internet"]
    target = RESOURCE_IN_URL.search(link["url"]).group(1)
    assert api.action.datastore_info(id=link["id"])["meta"]["id"] == target  # the alias, on the version table
    assert link["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    for r in _ours(api, slug):
        if r.get("dq_cle"):
            assert r["hash"].startswith("sha256:"), (r["name"], r["hash"])
    return len(rows)


def test_typed_table_survives_xloader_first_publication_and_new_version(xl_project, ckan_local_xloader, tmp_path):
    settings, portal, slug = xl_project
    api = RemoteCKAN(ckan_local_xloader.url, apikey=ckan_local_xloader.token)
    assert "xloader" in api.action.status_show()["extensions"]

    res = run_inventory(settings, portal, [slug]).results[0]
    assert res.status == "publié", res.message
    kept = bulk.kept(portal, slug)
    state = portal.state(slug)
    schema = state.schema
    first = _check_table(api, slug, schema)  # right after the publication returned
    states = _jobs_done(api, slug)
    assert states, "xloader n'a reçu aucune tâche : le profil xloader ne fonctionne pas"
    assert _check_table(api, slug, schema) == first  # and once every job the publication triggered is over
    # the publication kept its state for the package as the loader's jobs left it: the next night's
    # bulk read finds it without reading the dataset
    assert kept["vu"] == bulk.token(api.action.package_show(id=slug)["metadata_modified"])
    assert kept["etat"]["version"] == "1.0.0" and kept["etat"]["fingerprint"] == state.fingerprint

    _edit_bottin(settings, 3, "https://exemple.qc.ca/v2")  # the renamed row still reads this source
    res = run_inventory(settings, portal, [slug]).results[0]
    assert res.status == "publié" and res.version == "1.0.1", res.message
    assert _check_table(api, slug, schema) == first
    _jobs_done(api, slug)
    assert _check_table(api, slug, schema) == first
    link = next(r for r in api.action.package_show(id=slug)["resources"]
                if r.get("dq_cle") == "donnees-csv" and r.get("dq_version") == "courant")
    rows = api.action.datastore_search(resource_id=link["id"], filters=json.dumps({"site_internet": "https://exemple.qc.ca/v2"}))
    assert rows["total"] == 1  # the new version's rows
    # once the loader is done, what a reuser downloads from this portal still describes itself truly
    current = {r["dq_cle"]: r for r in api.action.package_show(id=slug)["resources"] if r.get("dq_version") == "courant"}
    reuser_downloads(current, tmp_path / "reutilisateur")
