"""Reliability of the CKAN publication against the real test CKAN (scripts/ckan-local).

The fault matrix: steps of a publication × {HTTP 500 persistent, 503 once, timeout once (CKAN does
the request, its answer is held back past the client's timeout), connection dropped persistently
(CKAN does the request, no answer ever comes back), CKAN server killed by pid}. tests/faultproxy.py
sits between the publisher and CKAN. After the run with the fault, the portal, read anonymously,
must show entirely the previous version or entirely the new one (package version, current files
and their SHA-256 against the state and the datapackage, data dictionary, DataStore rows and data
dictionary, version files, change log); a run without the fault must then show the new version,
whole, with no duplicated resource, no staged file and the DataStore aliases in place.

* persistent faults end the run: one test per (step, fault), ``test_fault_matrix``;
* faults the retry absorbs (503 once, timeout once) do not: they are armed at every step of ONE
  publication, each firing once at its own step (``test_transient_fault_at_every_step_is_absorbed``).

After an absorbed fault, a corrupted read-back read again, the same publication twice and each race
between two publications, what a reuser downloads also describes itself truly (``tests/reuser.py``:
the datapackage alone validates, the Parquet has its types, the dictionary its fields).

One dataset (the small ``bottin-des-services-de-police``, 32 rows, retention of 2 versions, so
that every switch also deletes the files of the version before the previous one) is published
once as 1.0.0; its versions then follow each other from cell to cell (1.0.0 → 1.0.1 → …), each
cell starting from the version the previous one converged to. Every cell changes a row AND a field
description, so that the CSV, the data dictionary, the DataStore rows and its data dictionary, the
notes and the change log all differ between two versions. "creation" cells each publish a new
dataset for the first time (the previous state is then: nothing visible).

The suite runs a covering part of the matrix (21 of 38 cells, see ``COVERING``);
``DQPUB_FAULT_MATRIX_ALL=1`` runs all of it. Set ``DQPUB_FAULT_MATRIX=<file>`` to get the matrix
as a Markdown table.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
import signal
import shutil
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import requests
from ckanapi import NotAuthorized, NotFound, RemoteCKAN

from dqpub.core.errors import PublishError
from dqpub.pipeline import run_inventory
from dqpub.core.settings import PROJECT_ROOT, Settings
from dqpub.core.release import PublishResult, Release
from publishers.ckan import CkanPortal
from tests.ckan_fixture import answers, read_pid, run_up
from tests.faultproxy import FaultProxy
from tests.reuser import reuser_downloads

pytestmark = pytest.mark.ckan

BASE = "bottin-des-services-de-police"
TIMEOUT = (1, 3)  # connect, read: a held-back answer costs 3 s (generous: a loaded machine answers slowly)
LINK_KEYS = {"donnees-csv", "donnees-parquet", "donnees-geojson", "dictionnaire", "statistiques", "changements",
             "journal", "anonymisation", "datapackage"}  # the bottin has coordinates: a map too
VERSIONED_KEYS = {"donnees-csv", "donnees-parquet", "donnees-geojson", "dictionnaire", "changements",
                  "datapackage"}  # kept for past versions
RESOURCE_IN_URL = re.compile(r"/resource/([0-9a-f-]{36})/download")


# -- how a step is recognized by the proxy ---------------------------------------------------------
def _json(body: bytes) -> dict:
    try:
        return json.loads(body or b"{}")
    except ValueError:
        return {}


def _archive_update(body: bytes) -> bool:
    """The archive's finishing step (staged files become version files), not the switch."""
    return str(_json(body).get("name", "")).endswith("-versions")


def _upload_of(key: str):
    marker = f'name="dq_cle"\r\n\r\n{key}\r\n'.encode()
    return lambda label, body: label == "resource_create" and marker in body


STEPS: dict[str, tuple[Any, int]] = {  # step -> (rule, nth matching request of the faulted run)
    "creation": ("package_create", 1),
    **{f"upload-{k}": (_upload_of(k), 1) for k in
       ("donnees-csv", "donnees-parquet", "dictionnaire", "statistiques", "journal", "anonymisation",
        "datapackage")},
    "upload-etat": (_upload_of("etat"), 1),
    # downloads of a run: the state, the previous CSV, then the first file read back after upload
    "relecture": ("download", 3),
    "ds-table": (lambda label, body: label == "datastore_create" and "fields" in _json(body), 1),
    "ds-chargement": (lambda label, body: label == "datastore_create" and bool(_json(body).get("records")), 1),
    "alias-retrait": (lambda label, body: label == "datastore_create" and _json(body).get("aliases") == [], 1),
    "bascule": (lambda label, body: label == "package_update" and not _archive_update(body), 1),
    "alias-pose": (lambda label, body: label == "datastore_create" and bool(_json(body).get("aliases")), 1),
    "archive": (lambda label, body: label == "package_update" and _archive_update(body), 1),  # after the switch
    "ancienne-table": ("datastore_delete", 1),
}
FAULTS = {"500": None, "503": 1, "timeout": 1, "drop": None, "kill": 1}  # fault -> times (None: persistent)
TRANSIENT = ("503", "timeout")
# A persistent fault ends the run: one cell each (the transient ones are all armed in one run, see
# test_transient_fault_at_every_step_is_absorbed). The six middle uploads run the same code as the
# first and the last one, which get every fault: to keep the file within its time budget, they get
# the server killed only (half of the staged files there, then nothing answers).
MIDDLE_UPLOADS = {f"upload-{k}" for k in ("donnees-parquet", "dictionnaire", "statistiques", "journal",
                                           "anonymisation", "datapackage")}
# A read has no effect on CKAN: its dropped answer is, for the client, what a 500 is (same path).
ALL_CELLS = [(step, fault) for step in STEPS for fault in FAULTS
             if fault not in TRANSIENT and (step not in MIDDLE_UPLOADS or fault == "kill")
             and (step, fault) != ("relecture", "drop")]
# The whole matrix is 38 cells, ≈ 7 minutes (a killed server takes 10 s to come back). The suite runs
# a covering part of it, 21 cells: every step of a different kind with a persistent fault, each fault
# at seven steps, and all three at the switch and at the archive's finishing (before them nothing is
# visible yet, after them the reader already sees the new version: the cells where a fault differs
# most). ``DQPUB_FAULT_MATRIX_ALL=1`` runs every cell: after a change in publishers/, and before a
# release. The others show as skipped, with that reason.
COVERING = {
    ("creation", "500"), ("creation", "drop"),
    ("upload-donnees-csv", "500"), ("upload-donnees-csv", "kill"),
    ("upload-donnees-parquet", "kill"), ("upload-datapackage", "kill"), ("upload-etat", "drop"),
    ("relecture", "500"), ("ds-table", "kill"), ("ds-chargement", "drop"),
    ("alias-retrait", "500"), ("alias-retrait", "drop"),
    ("bascule", "500"), ("bascule", "drop"), ("bascule", "kill"),
    ("alias-pose", "drop"), ("alias-pose", "kill"),
    ("archive", "500"), ("archive", "drop"), ("archive", "kill"),
    ("ancienne-table", "500"),
}
_ALL = os.environ.get("DQPUB_FAULT_MATRIX_ALL") == "1"
CELLS = [pytest.param(step, fault, id=f"{step}-{fault}", marks=() if _ALL or (step, fault) in COVERING else
                      pytest.mark.skip(reason="matrice complète : DQPUB_FAULT_MATRIX_ALL=1"))
         for step, fault in ALL_CELLS]
# What a run with a persistent fault ends with: "échec", except a dropped answer to the creation or
# to the switch: CKAN did it, and the package read again shows it.
PUBLISHED = {("drop", "bascule"), ("drop", "creation")}


# -- the lab: datasets, portals, proxy -------------------------------------------------------------
@dataclass
class Chain:
    slug: str
    source: Path
    schema: Path
    revision: int = 0
    snap: "Snap | None" = None


@dataclass
class Lab:
    root: Path
    settings: Settings
    url: str
    token: str = field(repr=False)
    proxy: FaultProxy | None
    faulty: CkanPortal | None
    direct: CkanPortal
    chains: dict[str, Chain] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)

    def new_chain(self, retention: int = 2) -> Chain:
        slug = f"{BASE}-{uuid.uuid4().hex[:6]}"
        ds = self.settings.datasets_dir
        (ds / slug / "source").mkdir(parents=True)
        shutil.copyfile(ds / BASE / "source" / "bottin.xlsx", ds / slug / "source" / "bottin.xlsx")
        (ds / slug / "dataset.yaml").write_text(
            (ds / BASE / "dataset.yaml").read_text(encoding="utf-8").replace("conserver: toutes", f"conserver: {retention}"),
            encoding="utf-8")
        schema = self.settings.schemas_dir / f"{slug}.schema.json"
        shutil.copyfile(self.settings.schemas_dir / f"{BASE}.schema.json", schema)
        inv = Path(self.settings.inventory)
        with open(inv, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        row = dict(next(r for r in rows if r["identifiant"] == BASE))
        row.update(identifiant=slug, source_emplacement=f"{slug}/source/bottin.xlsx", schema=schema.name)
        with open(inv, "a", encoding="utf-8", newline="") as f:
            csv.DictWriter(f, fieldnames=list(rows[0])).writerow(row)
        return Chain(slug, ds / slug / "source" / "bottin.xlsx", schema)

    def chain(self) -> Chain:
        """The matrix's dataset, published and whole: 1.0.0 the first time, then the version the
        previous cell converged to (a cell that failed half-way is healed by a clean run)."""
        ch = self.chains.get("matrice")
        if ch is None:
            ch = self.chains["matrice"] = self.new_chain()
            res = self.run(ch, self.direct)
            assert res.status == "publié", res.message
        if ch.snap is None:
            self.run(ch, self.direct)
            ch.snap = self.snapshot(ch)
        return ch

    def revise(self, ch: Chain) -> None:
        """Change one row and one field description: every published file changes."""
        ch.revision += 1
        wb = openpyxl.load_workbook(ch.source)
        ws = wb["Bottin"]
        col = [c.value for c in ws[1]].index("site_internet") + 1
        ws.cell(row=3, column=col, value=f"https://exemple.qc.ca/revision-{ch.revision}")
        wb.save(ch.source)
        schema = json.loads(ch.schema.read_text(encoding="utf-8"))
        for f in schema["fields"]:
            if f["name"] == "site_internet":
                f["description"] = f"Site Web du corps de police (révision {ch.revision})."
        ch.schema.write_text(json.dumps(schema, ensure_ascii=False, indent=2), encoding="utf-8")

    def run(self, ch: Chain, portal: CkanPortal):
        return run_inventory(self.settings, portal, [ch.slug]).results[0]

    def snapshot(self, ch: Chain) -> "Snap | None":
        return snapshot(self.url, ch.slug, self.token)

    def kill_ckan(self) -> None:
        kill_ckan()

    def restart_ckan(self) -> None:
        run_up()
        assert answers(self.url, timeout=15)


def kill_ckan() -> None:
    """SIGKILL the CKAN server by its pid (scripts/ckan-local's pid file), wait until it is gone."""
    state = Path(os.environ.get("CKAN_LOCAL_HOME") or PROJECT_ROOT / ".ckan-local")
    pid = read_pid(state)
    assert pid, "pid du serveur CKAN introuvable"
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    assert b"ckan" in cmdline, "le pid ne désigne pas le serveur CKAN"
    os.kill(pid, signal.SIGKILL)
    for _ in range(200):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return
        if "State:\tZ" in status:
            return
        time.sleep(0.02)
    raise AssertionError("le serveur CKAN ne meurt pas")


@pytest.fixture(scope="module")
def lab(ckan_local, tmp_path_factory):
    root = tmp_path_factory.mktemp("fautes")
    shutil.copytree(PROJECT_ROOT / "datasets", root / "datasets")
    shutil.copytree(PROJECT_ROOT / "schemas", root / "schemas")
    settings = Settings(inventory=str(root / "datasets" / "inventaire.csv"), datasets_dir=root / "datasets",
                        schemas_dir=root / "schemas", work_dir=root / ".work", portal_dir=root / "portail",
                        target="ckan-local")
    mp = pytest.MonkeyPatch()
    mp.setenv("DQPUB_PSEUDONYM_KEY", "cle-de-test-fautes")
    direct = CkanPortal(ckan_local.url, ckan_local.token, name="ckan-local", requests_per_second=0, backoff=0.2)
    the_lab = Lab(root, settings, ckan_local.url, ckan_local.token, None, None, direct)
    try:
        yield the_lab
    finally:
        mp.undo()
        if not answers(ckan_local.url):  # never leave the shared server down
            run_up()
        _write_matrix(the_lab.rows)


@pytest.fixture
def proxy(lab):
    """A fault proxy for this test only (stopped at its end, held answers included), and
    ``lab.faulty``: a publisher that goes through it, with short timeouts and one retry."""
    px = FaultProxy(lab.url, hang=TIMEOUT[1] + 2, on_kill=kill_ckan).start()
    lab.proxy = px
    lab.faulty = CkanPortal(px.url, lab.token, name="ckan-local", requests_per_second=0,
                            timeout=TIMEOUT, max_attempts=2, backoff=0)
    try:
        yield px
    finally:
        px.stop()
        lab.proxy = lab.faulty = None
        if not answers(lab.url):  # a kill test that failed half-way: restart the server
            run_up()


# -- what an anonymous reuser sees -----------------------------------------------------------------
@dataclass
class Snap:
    version: str
    links: dict[str, dict]  # key -> current (link) resource
    files: dict[str, bytes]  # key -> bytes downloaded through the current resource
    versioned: Counter  # (key, version) -> count, published version files
    staged: list[dict]
    all_ours: Counter  # (key, version or "préparation") -> count
    target: str  # the version file the current CSV points at
    ds_fields: list[dict]
    ds_records: list[dict]
    alias_link: str | None  # table the alias "<current CSV resource id>" shows, None if absent
    alias_name: str | None  # table the alias "<dataset name>" shows
    notes: str
    extras: dict[str, str]
    resources: list[dict]  # the dataset's and its archive's
    state_bytes: bytes = b"{}"  # the committed state, read with the token from the private dataset

    @property
    def state(self) -> dict:
        return json.loads(self.state_bytes)

    def digest(self) -> str:
        """Everything a reader gets from the version, except the aliases' presence and the archive's
        housekeeping (staged files, the finishing of the archive after a switch)."""
        h = hashlib.sha256()
        for part in (self.version, sorted((k, hashlib.sha256(b).hexdigest()) for k, b in self.files.items()),
                     self.ds_fields, self.ds_records, self.notes, sorted(self.extras.items())):
            h.update(json.dumps(part, sort_keys=True, ensure_ascii=False, default=str).encode())
        return h.hexdigest()


def snapshot(url: str, slug: str, token: str) -> Snap | None:
    api = RemoteCKAN(url)
    try:
        pkg = api.action.package_show(id=slug)
    except (NotFound, NotAuthorized):
        return None
    try:
        archive = api.action.package_show(id=f"{slug}-versions")["resources"]
    except (NotFound, NotAuthorized):
        archive = []
    links = {r["dq_cle"]: r for r in pkg["resources"] if r.get("dq_version") == "courant"}
    res = pkg["resources"] + archive
    versioned = Counter((r["dq_cle"], r["dq_version"]) for r in res
                        if r.get("dq_cle") and r.get("dq_version") not in (None, "", "courant"))
    staged = [r for r in res if r.get("dq_preparation")]
    ours = Counter((r["dq_cle"], r.get("dq_version") or "préparation") for r in res if r.get("dq_cle"))
    target = RESOURCE_IN_URL.search(links["donnees-csv"]["url"]).group(1) if "donnees-csv" in links else ""

    def meta(alias):  # the table an alias shows, and its aliases
        try:
            return RemoteCKAN(url).action.datastore_info(id=alias)["meta"]
        except NotFound:
            return {}

    with ThreadPoolExecutor(10) as pool:  # everything read at the same moment, as one reader would
        downloads = {k: pool.submit(lambda u: requests.get(u, timeout=30).content, r["url"]) for k, r in links.items()}
        ds_f = pool.submit(RemoteCKAN(url).action.datastore_search, resource_id=target, limit=10_000, sort="_id") \
            if target else None
        link_f = pool.submit(meta, links["donnees-csv"]["id"]) if target else None
        name_f = pool.submit(meta, slug)
        state_f = pool.submit(lambda u: requests.get(u, headers={"Authorization": token}, timeout=30).content,
                              links["donnees-csv"]["dq_etat"]) if "donnees-csv" in links else None
        files = {k: f.result() for k, f in downloads.items()}
        ds = ds_f.result() if ds_f else {}
        link_meta = link_f.result() if link_f else {}
        name_holder = name_f.result().get("id")

    return Snap(
        version=pkg.get("version", ""), links=links, files=files, versioned=versioned, staged=staged,
        all_ours=ours, target=target,
        ds_fields=[{k: f.get(k) for k in ("id", "type", "info")} for f in ds.get("fields", [])],
        ds_records=[{k: v for k, v in r.items() if k != "_id"} for r in ds.get("records", [])],
        alias_link=link_meta.get("id"), alias_name=name_holder, notes=pkg.get("notes") or "",
        extras={e["key"]: e["value"] for e in pkg.get("extras", [])}, resources=res,
        state_bytes=state_f.result() if state_f else b"{}",
    )


def assert_whole(s: Snap) -> None:
    """Every part a reader can see belongs to the one version the package shows."""
    assert set(s.links) == LINK_KEYS, sorted(s.links)
    for k, r in s.links.items():
        assert r["hash"] == "sha256:" + hashlib.sha256(s.files[k]).hexdigest(), f"{k} ≠ son empreinte"
    state, dp = s.state, json.loads(s.files["datapackage"])
    assert s.version == state["version"] == dp["version"]
    log = s.files["journal"].decode("utf-8")
    assert re.findall(r"^## Version (\S+)", log, re.M)[0] == s.version
    csv_sha = hashlib.sha256(s.files["donnees-csv"]).hexdigest()
    assert {r["name"]: r["hash"] for r in dp["resources"]}["donnees-csv"] == f"sha256:{csv_sha}"
    # the data dictionary (file, DataStore, notes) is this version's schema
    described = {f["name"]: f.get("description", "") for f in state["schema"]["fields"]}
    dictionary = {r["champ"]: r["description"] for r in csv.DictReader(io.StringIO(s.files["dictionnaire"].decode()))}
    assert dictionary == described
    assert {f["id"]: (f.get("info") or {}).get("notes", "") for f in s.ds_fields if f["id"] != "_id"} == described
    assert described["site_internet"] in s.notes
    assert s.extras.get("data_last_modified") == state["published_at"]
    # the DataStore holds exactly the rows of the current CSV
    rows = list(csv.DictReader(io.StringIO(s.files["donnees-csv"].decode("utf-8"))))
    assert len(s.ds_records) == len(rows) > 0
    by_key = {r["corps_policier"]: r for r in s.ds_records}
    for row in rows:
        got = by_key[row["corps_policier"]]
        for name in ("adresse", "municipalite", "telephone", "site_internet", "nom"):
            assert (got[name] or "") == row[name], (name, row["corps_policier"])
    # the links point at files of the archive, each the file of its own key
    archive = {r["id"]: r for r in s.resources if r.get("dq_cle") and r.get("dq_version") != "courant"}
    for k, r in s.links.items():
        target = archive[RESOURCE_IN_URL.search(r["url"]).group(1)]
        assert target["dq_cle"] == k and target["hash"] == r["hash"]
        assert target.get("dq_version", target.get("dq_preparation")) == s.version
    # past versions' files: those of the retained versions, once each (past ones beyond the retention
    # may still be there until the archive's finishing step has run)
    assert {(k, v) for v in state["versions"][1:] for k in VERSIONED_KEYS} <= set(s.versioned)
    assert all(n == 1 for n in s.versioned.values()), s.versioned
    assert all(n == 1 for k, n in s.all_ours.items() if k[1] != "préparation"), s.all_ours
    # stable DataStore names: absent (between the withdrawal and the putting back) or right
    assert s.alias_link in (None, s.target) and s.alias_name in (None, s.target)


def assert_clean(s: Snap) -> None:
    """After a run that succeeded: no staged file, aliases on the current table, no stale table."""
    assert not s.staged, [r["name"] for r in s.staged]
    assert s.alias_link == s.target and s.alias_name == s.target
    assert all(n == 1 for n in s.all_ours.values()), s.all_ours
    assert len(s.resources) == sum(s.all_ours.values())  # nothing else in the packages
    expected = {(k, v) for v in s.state["versions"] for k in VERSIONED_KEYS}
    expected |= {(k, s.version) for k in LINK_KEYS - VERSIONED_KEYS}
    assert set(s.versioned) == expected
    for r in s.resources:
        if r["id"] != s.target and r.get("dq_version") != "courant":
            assert not r.get("datastore_active"), f"table DataStore restée sur {r['name']}"


def _write_matrix(rows: list[dict]) -> None:
    path = os.environ.get("DQPUB_FAULT_MATRIX")
    if not path or not rows:
        return
    faults = list(FAULTS)
    cells: dict[str, dict[str, str]] = {}
    for r in rows:
        cells.setdefault(r["step"], {})[r["fault"]] = r["cell"]
    lines = ["| étape | " + " | ".join(faults) + " |", "|---|" + "---|" * len(faults)]
    for step in STEPS:
        if step in cells:
            lines.append(f"| {step} | " + " | ".join(cells[step].get(f, "") for f in faults) + " |")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- 1-3. the matrix -------------------------------------------------------------------------------
@pytest.mark.parametrize("step,fault", CELLS)
def test_fault_matrix(lab, proxy, step, fault, tmp_path):
    first = step == "creation"
    ch = lab.new_chain() if first else lab.chain()
    before = None if first else ch.snap
    if before:
        ch.snap = None  # taken again if this cell fails half-way
        assert_whole(before)
        assert_clean(before)
        lab.revise(ch)
    new_version = "1.0.0" if first else _next(before.version)

    rule, nth = STEPS[step]
    proxy.arm(rule, nth=nth, fault=fault, times=FAULTS[fault])
    started = time.monotonic()
    try:
        res = lab.run(ch, lab.faulty)
    finally:
        proxy.disarm()
        if fault == "kill":
            lab.restart_ckan()
    assert proxy.fired, f"la panne {fault} n'a pas eu lieu à l'étape « {step} »"
    if step == "relecture":  # the faulted download is a read-back, after an upload
        hit = next(i for i, e in enumerate(proxy.events) if e.fault)
        assert "resource_create" in proxy.labels()[:hit]

    mid = lab.snapshot(ch)
    if mid is not None:
        assert_whole(mid)
    expected = "publié" if (fault, step) in PUBLISHED else "échec"
    assert res.status == expected, res.message

    again = lab.run(ch, lab.direct)
    after = mid if res.status == "publié" and again.status == "inchangé" else lab.snapshot(ch)
    assert after is not None, again.message
    assert_whole(after)
    assert_clean(after)
    assert after.version == new_version, again.message
    mid_is_new = mid is not None and mid.version == new_version
    assert again.status == ("inchangé" if mid_is_new else "publié"), again.message
    # the version the faulted run switched to, as a reuser downloads it (while the proxy, whose address
    # its datapackage names, lives): ≈ 1 s a cell
    if mid_is_new:
        reuser_downloads(after.links, tmp_path / "reutilisateur")
    # the reader saw the previous version or the new one, whole
    if mid is None:
        assert before is None
    elif mid_is_new:
        assert mid.digest() == after.digest()
    else:
        assert before is not None and mid.digest() == before.digest()
    if before:
        assert {k: r["id"] for k, r in after.links.items()} == {k: r["id"] for k, r in before.links.items()}
    ch.snap = after
    shown = "rien" if mid is None else mid.version
    alias = "" if mid is None or mid.alias_link == mid.target else ", alias absent"
    lab.rows.append({"step": step, "fault": fault,
                     "cell": f"{res.status} → {shown}{alias} → {after.version} ✓ ({time.monotonic() - started:.1f} s)"})


@pytest.mark.parametrize("fault", TRANSIENT)
@pytest.mark.parametrize("first", [True, False], ids=["creation", "nouvelle-version"])
def test_transient_fault_at_every_step_is_absorbed(lab, proxy, first, fault, tmp_path):
    """A fault the retry absorbs does not end a run: it is armed at EVERY step of one publication
    (each rule fires once, at its own step) and the publication must succeed, whole, no duplicate.
    With ``timeout``, CKAN did each request whose answer was held back: every retry is idempotent."""
    steps = ["creation"] if first else [s for s in STEPS if s != "creation"]
    ch = lab.new_chain() if first else lab.chain()
    before = None if first else ch.snap
    if before:
        ch.snap = None
        lab.revise(ch)
    rules = {step: proxy.arm(STEPS[step][0], nth=STEPS[step][1], fault=fault, times=1) for step in steps}
    # held answers (each held past this read timeout), and one more attempt so that a merely slow
    # answer on top of an injected fault cannot fail the run (the scheming portal validates the
    # whole package on each resource_create: 0.5 to 1.5 s on a loaded machine)
    portal = CkanPortal(proxy.url, lab.token, name="ckan-local", requests_per_second=0,
                        timeout=(1, 2.5), max_attempts=3, backoff=0)
    started = time.monotonic()
    res = lab.run(ch, portal)
    proxy.disarm()
    assert res.status == "publié", res.message
    assert {step: r.fired for step, r in rules.items()} == {step: 1 for step in steps}
    after = lab.snapshot(ch)
    assert_whole(after)
    assert_clean(after)
    assert after.version == ("1.0.0" if first else _next(before.version))
    # read while the proxy lives: the datapackage names the addresses the publisher was given (the
    # proxy's here; a portal gives its own, ckan.site_url)
    reuser_downloads(after.links, tmp_path / "reutilisateur")
    assert lab.run(ch, lab.direct).status == "inchangé"
    if before:
        assert {k: r["id"] for k, r in after.links.items()} == {k: r["id"] for k, r in before.links.items()}
        ch.snap = after
    took = time.monotonic() - started
    for step in steps:
        lab.rows.append({"step": step, "fault": fault,
                         "cell": f"publié → {after.version} ✓ (un passage, panne à chaque étape : {took:.1f} s)"})


def _next(version: str) -> str:
    major, minor, patch = (int(p) for p in version.split("."))
    return f"{major}.{minor}.{patch + 1}"


# -- 4. verified uploads ---------------------------------------------------------------------------
def test_current_resource_download_redirects_to_the_current_file(lab):
    ch = lab.chain()
    s = ch.snap
    link = s.links["donnees-csv"]
    page = requests.get(f"{lab.url}/dataset/{ch.slug}/resource/{link['id']}/download", allow_redirects=False,
                        timeout=30)
    assert page.status_code == 302 and page.headers["Location"] == link["url"]
    assert link["url"].endswith(f"/resource/{s.target}/download/{ch.slug}.csv")
    got = requests.get(f"{lab.url}/dataset/{ch.slug}/resource/{link['id']}/download", timeout=30)
    assert got.content == s.files["donnees-csv"]


def test_corrupted_read_back_is_read_again(lab, proxy, tmp_path):
    ch = lab.chain()
    lab.revise(ch)
    proxy.arm("download", nth=3, fault="corrupt", times=1)  # the first file read back after its upload
    res = lab.run(ch, lab.faulty)
    assert res.status == "publié", res.message
    assert [e.fault for e in proxy.fired] == ["corrupt"]
    hit = next(i for i, e in enumerate(proxy.events) if e.fault)
    assert proxy.events[hit + 1].label == "download"  # read again, not uploaded again
    assert proxy.labels().count("resource_create") == len(LINK_KEYS) + 1  # and the state
    ch.snap = lab.snapshot(ch)
    assert_whole(ch.snap)
    assert_clean(ch.snap)
    reuser_downloads(ch.snap.links, tmp_path / "reutilisateur")  # the file read again is the one a reuser gets


def test_corrupted_read_back_that_persists_fails_the_dataset(lab, proxy, tmp_path):
    ch = lab.chain()
    before = ch.snap
    ch.snap = None
    lab.revise(ch)
    proxy.arm("download", nth=3, fault="corrupt")  # every file read back is corrupted
    res = lab.run(ch, lab.faulty)
    assert res.status == "échec" and "SHA-256" in res.message, res.message
    assert proxy.labels().count("resource_create") == 2  # uploaded once more, then given up
    mid = lab.snapshot(ch)
    assert mid.digest() == before.digest()
    assert lab.run(ch, lab.direct).status == "publié"
    ch.snap = lab.snapshot(ch)
    assert_whole(ch.snap)
    assert_clean(ch.snap)
    assert ch.snap.version == _next(before.version)
    reuser_downloads(ch.snap.links, tmp_path / "reutilisateur")  # the version published after the failure


# -- 5. idempotence and concurrency ----------------------------------------------------------------
class Capture:
    """A publisher that keeps the release the pipeline prepared instead of publishing it."""

    def __init__(self, portal: CkanPortal, folder: Path) -> None:
        self.name, self.portal, self.folder = portal.name, portal, folder
        self.release: Release | None = None

    def state(self, dataset):
        return self.portal.state(dataset)

    def fetch(self, dataset, key, version=None):
        return self.portal.fetch(dataset, key, version)

    def private_dir(self, dataset):  # the capabilities of the Publisher protocol (dqpub.core.release)
        return self.portal.private_dir(dataset)

    def preflight(self, release):
        return self.portal.preflight(release)

    def publish(self, release: Release) -> PublishResult:
        folder = self.folder / uuid.uuid4().hex
        folder.mkdir(parents=True)
        files = []
        for f in release.files:
            shutil.copyfile(f.path, folder / f.path.name)
            files.append(replace(f, path=folder / f.path.name))
        self.release = replace(release, files=files)
        return PublishResult(release.dataset, release.version, "", {})


def _prepare(lab: Lab, ch: Chain, tmp_path: Path) -> Release:
    cap = Capture(lab.direct, tmp_path)
    assert lab.run(ch, cap).status == "publié"
    return cap.release


def test_same_publication_twice_is_one_version(lab, tmp_path):
    ch = lab.chain()
    lab.revise(ch)
    release = _prepare(lab, ch, tmp_path)
    first = lab.direct.publish(release)
    shown = lab.snapshot(ch)
    second = lab.direct.publish(release)  # e.g. a retried task whose first try had succeeded
    assert first == second and first.version == release.version
    again = lab.snapshot(ch)
    assert again.digest() == shown.digest() and len(again.resources) == len(shown.resources)
    assert_whole(again)
    assert_clean(again)
    reuser_downloads(again.links, tmp_path / "reutilisateur")
    ch.snap = again


def test_release_prepared_from_an_older_state_is_refused(lab, tmp_path):
    """Optimistic concurrency: a release computed from version N is switched only while the portal
    still shows N. Here a rival publishes between our uploads and our switch."""
    ch = lab.chain()
    before = ch.snap
    ch.snap = None
    lab.revise(ch)
    late = _prepare(lab, ch, tmp_path)
    lab.revise(ch)
    rival = _prepare(lab, ch, tmp_path)  # same version number, other data, same previous state
    assert (late.version, late.previous_version) == (rival.version, rival.previous_version)
    other = CkanPortal(lab.url, lab.token, requests_per_second=0, lock_dir=tmp_path / "autre-machine")  # another machine
    load = lab.direct._load_datastore

    def load_then_rival_publishes(*args, **kwargs):
        load(*args, **kwargs)
        other.publish(rival)

    lab.direct._load_datastore = load_then_rival_publishes
    try:
        with pytest.raises(PublishError, match="publication concurrente"):
            lab.direct.publish(late)
    finally:
        del lab.direct._load_datastore
    shown = lab.snapshot(ch)
    assert shown.version == rival.version != before.version
    assert_whole(shown)
    assert_clean(shown)  # the refused run took its staged files away and put the aliases back
    # found at once when the portal already shows another release: nothing is uploaded
    with pytest.raises(PublishError, match="publication concurrente"):
        lab.direct.publish(late)
    assert lab.snapshot(ch).digest() == shown.digest()
    reuser_downloads(shown.links, tmp_path / "reutilisateur")  # the rival's version, whole for a reuser
    ch.snap = shown


def test_rival_switch_just_before_ours_leaves_no_stranded_alias(lab, tmp_path):
    """The race the optimistic check cannot close: a rival publishes the same version (and puts the
    DataStore aliases on its table) between our last read and our switch. Our switch removes the
    rival's resources, so the aliases sit on a deleted resource's table, which ``datastore_info``
    cannot see; the publication must still end with the aliases on the table the package shows."""
    ch = lab.chain()
    before = ch.snap
    ch.snap = None
    lab.revise(ch)
    ours = _prepare(lab, ch, tmp_path)
    lab.revise(ch)
    rival = _prepare(lab, ch, tmp_path)
    assert (ours.version, ours.previous_version) == (rival.version, rival.previous_version)
    other = CkanPortal(lab.url, lab.token, requests_per_second=0, lock_dir=tmp_path / "autre-machine")  # another machine
    action = lab.direct.action
    fired = []

    def rival_switches_first(name, /, *args, **kwargs):
        if name == "package_update" and not fired:
            fired.append(other.publish(rival))
            assert snapshot(lab.url, ch.slug, lab.token).alias_link not in (None, "")  # on the rival's table
        return action(name, *args, **kwargs)

    lab.direct.action = rival_switches_first
    try:
        result = lab.direct.publish(ours)
    finally:
        del lab.direct.action
    assert fired and result.version == ours.version == _next(before.version)
    shown = lab.snapshot(ch)
    assert shown.version == ours.version
    assert_whole(shown)
    assert_clean(shown)
    assert shown.alias_link == shown.target
    reuser_downloads(shown.links, tmp_path / "reutilisateur")
    ch.snap = shown


def test_table_dropped_under_a_late_switch_is_reloaded(lab, tmp_path):
    """CKAN's ``resource_delete`` drops the DataStore tables of every deleted resource of the package;
    a concurrent run's clean-up can so take the table of a staged CSV that a late switch then makes
    current. The publication notices the missing table and reloads it from its own file."""
    ch = lab.chain()
    before = ch.snap
    ch.snap = None
    lab.revise(ch)
    release = _prepare(lab, ch, tmp_path)
    action = lab.direct.action
    dropped = []

    def switch_then_table_vanishes(name, /, *args, **kwargs):
        out = action(name, *args, **kwargs)
        if name == "package_update" and not dropped:
            link = next(r for r in out["resources"] if r.get("dq_cle") == "donnees-csv" and r.get("dq_version") == "courant")
            target = RESOURCE_IN_URL.search(link["url"]).group(1)
            RemoteCKAN(lab.url, apikey=lab.token).action.datastore_delete(resource_id=target, force=True)
            dropped.append(target)
        return out

    lab.direct.action = switch_then_table_vanishes
    try:
        result = lab.direct.publish(release)
    finally:
        del lab.direct.action
    assert dropped and result.version == _next(before.version)
    shown = lab.snapshot(ch)
    assert shown.target == dropped[0]
    assert_whole(shown)
    assert_clean(shown)
    reuser_downloads(shown.links, tmp_path / "reutilisateur")
    ch.snap = shown


def _run_at_once(lab: Lab, ch: Chain, n: int = 2) -> list:
    portals = [CkanPortal(lab.url, lab.token, name="ckan-local", requests_per_second=0, backoff=0.2)
               for _ in range(n)]
    barrier, results = threading.Barrier(n), [None] * n

    def one(i):
        barrier.wait()
        results[i] = lab.run(ch, portals[i])

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def test_two_runs_at_once_publish_one_version(lab, tmp_path):
    ch = lab.chain()
    for _ in range(2):  # two interleavings
        before = ch.snap
        ch.snap = None
        lab.revise(ch)
        results = _run_at_once(lab, ch)
        assert {r.status for r in results} <= {"publié", "inchangé"}, [r.message for r in results]
        assert {r.version for r in results} == {_next(before.version)}
        now = lab.snapshot(ch)
        assert_whole(now)
        assert now.version == _next(before.version)
        assert not [k for k, n in now.all_ours.items() if n > 1 and k[1] != "préparation"]
        assert lab.run(ch, lab.direct).status == "inchangé"
        ch.snap = lab.snapshot(ch)
        assert_whole(ch.snap)
        assert_clean(ch.snap)
    reuser_downloads(ch.snap.links, tmp_path / "reutilisateur")  # the version the two racing runs agreed on


def test_two_processes_at_once_publish_one_version(lab, tmp_path):
    import subprocess
    import sys

    ch = lab.chain()
    before = ch.snap
    ch.snap = None
    lab.revise(ch)
    env = {**os.environ, "DQPUB_INVENTORY": lab.settings.inventory, "DQPUB_DATASETS_DIR": str(lab.settings.datasets_dir),
           "DQPUB_SCHEMAS_DIR": str(lab.settings.schemas_dir), "DQPUB_WORK_DIR": str(lab.settings.work_dir),
           "DQPUB_TARGET": "ckan-local", "DQPUB_CKAN_URL_CKAN_LOCAL": lab.url,
           "DQPUB_CKAN_TOKEN_CKAN_LOCAL": lab.token, "DQPUB_CKAN_REQUESTS_PER_SECOND": "0"}
    code = ("import sys; from dqpub.pipeline import run_inventory; from dqpub.core.settings import Settings; "
            "from publishers import get_publisher; s = Settings(); "
            "r = run_inventory(s, get_publisher('ckan-local', portal_dir=s.portal_dir), [sys.argv[1]]).results[0]; "
            "print(r.status, r.version)")
    procs = [subprocess.Popen([sys.executable, "-c", code, ch.slug], env=env, cwd=PROJECT_ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert {o.split()[1] for o, _ in outs} == {_next(before.version)}, outs
    assert {o.split()[0] for o, _ in outs} <= {"publié", "inchangé"}, outs
    assert lab.run(ch, lab.direct).status == "inchangé"
    ch.snap = lab.snapshot(ch)
    assert_whole(ch.snap)
    assert_clean(ch.snap)
    assert ch.snap.version == _next(before.version)
    reuser_downloads(ch.snap.links, tmp_path / "reutilisateur")  # the version the two processes agreed on


# -- 6. the token never leaks ----------------------------------------------------------------------
def test_token_never_leaks(lab, proxy, tmp_path, caplog):
    from tests.conftest import read_all_text

    caplog.set_level(logging.DEBUG)
    for name in ("urllib3", "urllib3.connectionpool", "requests", "ckanapi", "publishers", "dqpub"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    token = lab.token
    texts: list[str] = [repr(lab.faulty), repr(lab.direct), str(lab.faulty.__dict__.get("name"))]
    ch = lab.chain()
    ch.snap = None
    # failures at several places, through the pipeline (messages, private traces) and directly
    for rule, fault in (("package_update", "drop"), ("download", "corrupt")):
        lab.revise(ch)
        proxy.reset()
        proxy.arm(rule, fault=fault)
        res = lab.run(ch, lab.faulty)
        texts += [res.message, repr(res)]
        proxy.disarm()
    lab.revise(ch)
    release = _prepare(lab, ch, tmp_path)
    proxy.arm(STEPS["ds-chargement"][0], fault="503")
    try:
        lab.faulty.publish(release)
    except Exception as exc:  # noqa: BLE001
        import traceback

        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    else:
        raise AssertionError("la publication aurait dû échouer")
    proxy.disarm()
    try:
        CkanPortal("http://127.0.0.1:9", token, max_attempts=1, timeout=(0.5, 0.5)).state(ch.slug)
    except Exception as exc:  # noqa: BLE001
        texts += [str(exc), repr(exc)]
    assert lab.run(ch, lab.direct).status == "publié"

    # everything the portal shows: metadata (anonymous and with the token), every resource's body,
    # the DataStore
    anon, auth = RemoteCKAN(lab.url), RemoteCKAN(lab.url, apikey=token)
    texts.append(json.dumps(auth.action.package_show(id=ch.slug)))
    pkg = anon.action.package_show(id=ch.slug)
    texts.append(json.dumps(pkg))
    with ThreadPoolExecutor(8) as pool:
        texts += pool.map(lambda r: requests.get(r["url"], timeout=30).content.decode("utf-8", "replace"),
                          pkg["resources"])
    texts.append(json.dumps(anon.action.datastore_search(resource_id=ch.slug, limit=1000)))
    texts.append(read_all_text(lab.settings.work_dir))  # reports and private error traces
    logs = caplog.text + "\n".join(str(r.__dict__) for r in caplog.records)
    assert any(r.name.startswith("urllib3") for r in caplog.records)  # the HTTP layer did log
    assert token and len(token) > 20
    for text in texts + [logs]:
        assert token not in text
        assert token[:16] not in text and token[-16:] not in text
