"""Unchanged datasets cost (almost) nothing on the portal (issue 15), against the real local CKAN:
after one run that learns the states, a no-change run over the inventory sends ONE request (a page
of package_search); and a kept state that the portal no longer shows never publishes over it."""

from __future__ import annotations

import json
import uuid

import pytest

from bench.scale_inventory import make_inventory, slug
from dqpub.core.settings import Settings
from dqpub.pipeline import run_inventory
from publishers import ckan_bulk
from publishers.ckan import CkanPortal
from tests.faultproxy import FaultProxy

pytestmark = pytest.mark.ckan


def test_no_change_run_reads_the_portal_in_bulk_and_a_stale_state_publishes_nothing(ckan_local, tmp_path,
                                                                                      monkeypatch):
    prefix = "vrac-" + uuid.uuid4().hex[:6]
    env = make_inventory(tmp_path / "projet", 3, free_text=False, prefix=prefix)
    settings = Settings(inventory=env["DQPUB_INVENTORY"], datasets_dir=tmp_path / "projet" / "datasets",
                        schemas_dir=tmp_path / "projet" / "schemas", work_dir=tmp_path / "travail",
                        portal_dir=tmp_path / "portail", target="ckan-local")
    monkeypatch.setenv("DQPUB_PSEUDONYM_KEY", "cle-" + prefix)
    names = [slug(i, prefix) for i in range(3)]
    with FaultProxy(ckan_local.url) as proxy:
        portal = CkanPortal(proxy.url, ckan_local.token, name="ckan-local", requests_per_second=0, backoff=0.1)
        portal.known_states_dir = tmp_path / "etats"  # type: ignore[attr-defined]
        assert {r.status for r in run_inventory(settings, portal).results} == {"publié"}
        run_inventory(settings, portal)  # each state read once, then kept
        proxy.reset()
        again = run_inventory(settings, portal)
        assert {r.status for r in again.results} == {"inchangé"}
        assert proxy.labels() == ["package_search"]

        # the kept state of one dataset is now one the portal no longer shows (as a stale index
        # would make it), and its source changed: the release is computed from that old state,
        # and the switch's optimistic check (a fresh package_show) refuses it
        kept = ckan_bulk._folder(portal) / f"{names[0]}.json"
        record = json.loads(kept.read_text(encoding="utf-8"))
        record["etat"].update(version="0.9.0", input_fingerprint="ancienne")
        kept.write_text(json.dumps(record), encoding="utf-8")
        src = settings.datasets_dir / names[0] / "source" / "evenements.csv"
        src.write_bytes(b"\r\n".join(src.read_bytes().split(b"\r\n")[:-2]) + b"\r\n")  # one row less
        results = {r.dataset: r for r in run_inventory(settings, portal).results}
        assert results[names[0]].status == "échec", results[names[0]]
        assert portal.package(names[0])["version"] == "1.0.0"  # nothing switched
        assert not kept.exists()  # forgotten: the next run reads the dataset itself
        assert {results[n].status for n in names[1:]} == {"inchangé"}
        results = {r.dataset: r for r in run_inventory(settings, portal).results}
        assert results[names[0]].status == "publié" and results[names[0]].previous_version == "1.0.0"
