"""The local CKAN of scripts/ckan-local works as the publisher needs it (Action API via ckanapi).

Needs the fixture module tests.ckan_fixture (``pytest_plugins`` in conftest, or
``-p tests.ckan_fixture``). Every run uses its own dataset name and purges it at the end.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

import ckanapi
import pytest
import requests

pytestmark = pytest.mark.ckan

RUN = uuid.uuid4().hex[:10]


@pytest.fixture(scope="module")
def ck(ckan_local):
    return ckanapi.RemoteCKAN(ckan_local.url, apikey=ckan_local.token, user_agent="dqpub-tests")


@pytest.fixture(scope="module")
def dataset(ck):
    """A dataset of the msp organization, purged at the end (even when a test failed)."""
    name = f"dqpub-test-{RUN}"
    pkg = ck.action.package_create(
        name=name,
        title=f"Jeu de test dqpub {RUN}",
        owner_org="msp",
        notes="Créé par tests/test_ckan_local.py",
        license_id="cc-by-4.0",
        groups=[{"name": "loi-justice-securite-publique"}],
        tags=[{"name": "test-dqpub"}],
        extras=[{"key": "frequence_mise_a_jour", "value": "mensuelle"}],
        update_frequency="mensuelle",  # unknown top-level key: see test_unknown_top_level_key
    )
    yield pkg
    try:
        ck.action.dataset_purge(id=pkg["id"])
    except ckanapi.NotFound:
        pass


def test_status_show(ck):
    status = ck.action.status_show()
    assert status["ckan_version"].startswith("2.11."), status
    assert {"datastore", "activity"} <= set(status["extensions"])


def test_organization_msp_and_groups_exist(ck):
    org = ck.action.organization_show(id="msp")
    assert org["title"] == "Ministère de la Sécurité publique"
    assert org["is_organization"] is True
    for g in ("loi-justice-securite-publique", "environnement-ressources-naturelles-energie"):
        assert ck.action.group_show(id=g)["name"] == g


def test_package_create_then_show(ck, dataset):
    shown = ck.action.package_show(id=dataset["name"])
    assert shown["id"] == dataset["id"]
    assert shown["organization"]["name"] == "msp"
    assert shown["license_id"] == "cc-by-4.0"
    assert [g["name"] for g in shown["groups"]] == ["loi-justice-securite-publique"]
    assert [t["name"] for t in shown["tags"]] == ["test-dqpub"]


def test_extras_kept_unknown_top_level_key_dropped(ck, dataset):
    """Vanilla CKAN (no scheming): ``extras`` round-trip; an unknown top-level key such as
    ``update_frequency`` is accepted without error but silently dropped."""
    shown = ck.action.package_show(id=dataset["id"])
    assert {"key": "frequence_mise_a_jour", "value": "mensuelle"} in shown["extras"]
    assert "update_frequency" not in shown


def test_resource_upload_roundtrip(ck, dataset, tmp_path: Path):
    payload = "date,région,nombre\n2024-01-01,Montréal,3\n".encode() + os.urandom(4096)
    path = tmp_path / f"donnees-{RUN}.csv"
    path.write_bytes(payload)
    with open(path, "rb") as fh:
        res = ck.action.resource_create(package_id=dataset["id"], name="Données brutes",
                                        format="CSV", upload=fh)
    assert res["url_type"] == "upload"
    assert res["url"].endswith(path.name)
    assert res["size"] == len(payload)
    got = requests.get(res["url"], timeout=30)
    assert got.status_code == 200
    assert hashlib.sha256(got.content).hexdigest() == hashlib.sha256(payload).hexdigest()


def test_datastore_create_and_search_types(ck, dataset):
    fields = [
        {"id": "nombre", "type": "int", "info": {"label": "Nombre", "notes": "Nombre d'événements"}},
        {"id": "taux", "type": "numeric", "info": {"label": "Taux"}},
        {"id": "jour", "type": "date", "info": {"label": "Jour"}},
        {"id": "region", "type": "text", "info": {"label": "Région administrative"}},
    ]
    records = [
        {"nombre": 1, "taux": "1.5", "jour": "2024-01-15", "region": "Montréal"},
        {"nombre": 2, "taux": 2.25, "jour": "2024-02-01", "region": "Québec"},
    ]
    created = ck.action.datastore_create(
        resource={"package_id": dataset["id"], "name": "Table DataStore"},
        fields=fields, records=records, force=True)
    rid = created["resource_id"]

    found = ck.action.datastore_search(resource_id=rid, sort="_id")
    types = {f["id"]: f["type"] for f in found["fields"]}
    # CKAN reports the PostgreSQL names: "int" comes back as "int4"
    assert types == {"_id": "int", "nombre": "int4", "taux": "numeric", "jour": "date",
                     "region": "text"}
    labels = {f["id"]: f.get("info", {}).get("label") for f in found["fields"] if f["id"] != "_id"}
    assert labels == {"nombre": "Nombre", "taux": "Taux", "jour": "Jour",
                      "region": "Région administrative"}
    assert found["total"] == 2
    rows = [{k: r[k] for k in ("nombre", "taux", "jour", "region")} for r in found["records"]]
    assert rows == [
        {"nombre": 1, "taux": 1.5, "jour": "2024-01-15", "region": "Montréal"},
        {"nombre": 2, "taux": 2.25, "jour": "2024-02-01", "region": "Québec"},
    ]
    assert isinstance(rows[0]["nombre"], int)

    info = ck.action.datastore_info(id=rid)
    assert {f["id"]: f["schema"]["native_type"] for f in info["fields"]} == {
        "nombre": "integer", "taux": "numeric", "jour": "date", "region": "text"}


def test_package_patch(ck, dataset):
    patched = ck.action.package_patch(id=dataset["id"], notes="Description modifiée")
    assert patched["notes"] == "Description modifiée"
    # patch keeps what it was not given
    assert patched["title"] == dataset["title"]
    assert ck.action.package_show(id=dataset["id"])["notes"] == "Description modifiée"


def test_package_search_finds_by_name(ck, dataset):
    # through the SQLite stand-in for Solr (scripts/ckan_nosolr)
    by_name = ck.action.package_search(q=f"name:{dataset['name']}")
    assert by_name["count"] == 1
    assert by_name["results"][0]["id"] == dataset["id"]
    by_fq = ck.action.package_search(fq=f'+owner_org:"{dataset["owner_org"]}" +name:"{dataset["name"]}"',
                                     **{"facet.field": ["groups", "organization"]})
    assert [r["name"] for r in by_fq["results"]] == [dataset["name"]]
    assert by_fq["facets"]["organization"] == {"msp": 1}
    assert ck.action.package_search(q=f"name:absent-{RUN}")["count"] == 0


def test_package_delete_then_purge(ck, dataset):
    ck.action.package_delete(id=dataset["id"])
    assert ck.action.package_show(id=dataset["id"])["state"] == "deleted"
    assert ck.action.package_search(q=f"name:{dataset['name']}")["count"] == 0
    ck.action.dataset_purge(id=dataset["id"])
    with pytest.raises(ckanapi.NotFound):
        ck.action.package_show(id=dataset["id"])
