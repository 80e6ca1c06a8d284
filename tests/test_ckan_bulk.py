"""Unchanged datasets cost (almost) nothing on the portal (issue 15), against the real local CKAN:
right after a first publication, a no-change run over the inventory sends only the bulk read (a
page of package_search per 1,000 packages of the organization); a stale index makes a dataset read,
and a kept state that the portal no longer shows never publishes over it."""

from __future__ import annotations

import json
import uuid

import pytest

from bench.scale_inventory import make_inventory, slug
from dqpub.core.settings import Settings
from dqpub.pipeline import run_inventory
from publishers.ckan import bulk
from publishers.ckan import CkanPortal
from tests.faultproxy import FaultProxy
from tests.reuser import reuser_downloads_of

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
        proxy.reset()  # the publication kept what it wrote: the very next night is already warm
        again = run_inventory(settings, portal)
        assert {r.status for r in again.results} == {"inchangé"}
        assert set(proxy.labels()) == {"package_search"}  # a page per 1,000 packages of the organization

        # a stale index (it shows an older value than the one kept): the dataset is read itself,
        # never answered from the kept state
        record = bulk.kept(portal, names[1])
        _tamper(portal, names[1], {**record, "vu": "2000-01-01T00:00:00.000"})
        proxy.reset()
        assert {r.status for r in run_inventory(settings, portal).results} == {"inchangé"}
        assert proxy.labels().count("package_show") == 1 and proxy.labels()[0] == "package_search"
        assert set(proxy.labels()) - {"package_search", "package_show", "download"} == set()
        proxy.reset()
        run_inventory(settings, portal)
        assert set(proxy.labels()) == {"package_search"}  # read once, kept again

        # the kept state of one dataset is now one the portal no longer shows (as a stale index
        # would make it), and its source changed: the release is computed from that old state,
        # and the switch's optimistic check (a fresh package_show) refuses it
        record = bulk.kept(portal, names[0])
        record["etat"].update(version="0.9.0", input_fingerprint="ancienne")
        _tamper(portal, names[0], record)
        src = settings.datasets_dir / names[0] / "source" / "evenements.csv"
        src.write_bytes(b"\r\n".join(src.read_bytes().split(b"\r\n")[:-2]) + b"\r\n")  # one row less
        results = {r.dataset: r for r in run_inventory(settings, portal).results}
        assert results[names[0]].status == "échec", results[names[0]]
        assert portal.package(names[0])["version"] == "1.0.0"  # nothing switched
        assert bulk.kept(portal, names[0]) is None  # forgotten: the next run reads the dataset itself
        assert {results[n].status for n in names[1:]} == {"inchangé"}
        results = {r.dataset: r for r in run_inventory(settings, portal).results}
        assert results[names[0]].status == "publié" and results[names[0]].previous_version == "1.0.0"
        # what a reuser downloads, read while the proxy lives: the datapackages name the addresses the
        # publisher was given, the proxy's here (a portal gives its own, ckan.site_url)
        reuser_downloads_of(ckan_local.url, names, tmp_path / "reutilisateur")


def test_the_index_and_the_database_give_the_same_token():
    """Solr keeps dates to the millisecond with a ``Z``, ``package_show`` gives microseconds."""
    assert bulk.token("2026-12-02T06:10:00.123456") == bulk.token("2026-12-02T06:10:00.123Z")
    assert bulk.token("2026-12-02T06:10:00") == bulk.token("2026-12-02T06:10:00Z") == "2026-12-02T06:10:00.000"
    assert bulk.token("2026-12-02T06:10:00.123") != bulk.token("2026-12-02T06:10:00.124")
    assert bulk.token(None) is None and bulk.token("") is None


def test_revisions_that_keep_the_committed_state_keep_the_kept_state(tmp_path):
    """The loader's jobs revise the package after a switch (``datastore_active``): the state kept for
    the switched package holds for the revised one; a record for another revision is not moved."""
    from types import SimpleNamespace

    from dqpub.core.release import PublishedState

    portal = SimpleNamespace(url="http://portail.example", known_states_dir=tmp_path)
    state = PublishedState(version="1.0.0", fingerprint="f", input_fingerprint="i", schema={},
                           published_at="2026-12-02", versions=["1.0.0"], history=[])
    switched = {"name": "jeu", "metadata_modified": "2026-12-02T06:10:00.100000"}
    loaded = {"name": "jeu", "metadata_modified": "2026-12-02T06:10:04.200000"}
    bulk.keep(portal, switched, state)
    bulk.renew(portal, switched, loaded)
    assert bulk.states(portal, ["jeu"], {"jeu": bulk.token("2026-12-02T06:10:04.200Z")})["jeu"] == state

    later = {"name": "jeu", "metadata_modified": "2026-12-02T07:00:00"}
    bulk.renew(portal, switched, later)  # the record is no longer the switched package's: left as is
    assert bulk.kept(portal, "jeu")["vu"] == "2026-12-02T06:10:04.200"


def _tamper(portal, dataset, record):
    """Change a kept state behind the publisher's back (as a stale index or a hand edit would)."""
    from dqpub.core import registry

    registry.keep_states(*bulk._where(portal), {dataset: record})


def test_states_kept_as_files_before_the_registry_are_imported_once(tmp_path, monkeypatch):
    """One JSON file per dataset under ``<travail>/etats-connus/<adresse>/`` (before the registry):
    imported by the first process that reads them, the folder set aside; the night stays warm."""
    import hashlib
    from types import SimpleNamespace

    from dqpub.core.release import PublishedState

    monkeypatch.setenv("DQPUB_WORK_DIR", str(tmp_path))
    portal = SimpleNamespace(url="http://portail-migre.example")
    state = PublishedState(version="1.2.0", fingerprint="f", input_fingerprint="i", schema={},
                           published_at="2026-12-02", versions=["1.2.0"], history=[])
    old = tmp_path / "etats-connus" / hashlib.sha256(portal.url.encode()).hexdigest()[:12]
    old.mkdir(parents=True)
    (old / "jeu.json").write_text(json.dumps({"vu": "2026-12-02T06:10:00.100", "etat": state.__dict__}))
    (old / "abime.json").write_text("{pas du json")
    assert bulk.states(portal, ["jeu"], {"jeu": "2026-12-02T06:10:00.100"})["jeu"] == state
    assert not old.exists() and old.with_name(old.name + ".migre").is_dir()
    assert (tmp_path / "registre.sqlite").exists()


def test_a_kept_state_serves_only_its_own_token_and_forget_drops_it(tmp_path):
    """The registry's part of the scenario above, without a portal: the kept state answers only when the
    search shows the token it was kept with; otherwise (or forgotten, or absent from the search) the
    dataset is read itself, and that read is what is kept."""
    from types import SimpleNamespace

    from dqpub.core.release import PublishedState

    state = PublishedState(version="1.0.0", fingerprint="f", input_fingerprint="i", schema={},
                           published_at="2026-12-02", versions=["1.0.0"], history=[])
    reads: list[str] = []

    def read(d):
        reads.append(d)
        bulk.keep(portal, {"name": d, "metadata_modified": "2026-12-03T00:00:00"}, state)
        return state

    portal = SimpleNamespace(url="http://portail.example", known_states_dir=tmp_path, state=read)
    bulk.keep(portal, {"name": "jeu", "metadata_modified": "2026-12-02T06:10:00.100"}, state)
    assert bulk.states(portal, ["jeu"], {"jeu": "2026-12-02T06:10:00.100"})["jeu"] == state and reads == []
    assert bulk.states(portal, ["jeu"], {"jeu": "2026-12-02T06:10:00.200"})["jeu"] == state
    assert reads == ["jeu"] and bulk.kept(portal, "jeu")["vu"] == "2026-12-03T00:00:00.000"
    assert bulk.states(portal, ["jeu"], {"jeu": None})["jeu"] == state and reads == ["jeu", "jeu"]
    bulk.forget(portal, "jeu")
    assert bulk.kept(portal, "jeu") is None
    bulk.keep(portal, {"name": "vide", "metadata_modified": "2026-12-02T00:00:00"}, None)
    assert bulk.states(portal, ["vide"], {"vide": "2026-12-02T00:00:00.000"})["vide"] is None
    assert reads == ["jeu", "jeu"]  # a kept « nothing published » is an answer too
