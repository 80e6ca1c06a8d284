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


# What Données Québec's schema requires (schemas/donnees-quebec.scheming.yaml)
REQUIRED = dict(owner_org="msp", license_id="cc-by", author="Direction des tests", author_email="donnees@exemple.qc.ca",
                update_frequency="monthly", language="FR", ext_spatial="quebec",
                extras_organisation_principale="gouvernement-du-quebec")


@pytest.fixture(scope="module")
def dataset(ck):
    """A dataset of the msp organization, purged at the end (even when a test failed)."""
    name = f"dqpub-test-{RUN}"
    pkg = ck.action.package_create(
        name=name,
        title=f"Jeu de test dqpub {RUN}",
        notes="Créé par tests/test_ckan_local.py",
        groups=[{"name": "loi-justice-securite-publique"}],
        tags=[{"name": "test-dqpub"}],
        extras=[{"key": "frequence_mise_a_jour", "value": "mensuelle"}],
        temporal_coverage_start="2024-01-01",  # unknown top-level key: see test_scheming_fields
        **REQUIRED,
    )
    yield pkg
    try:
        ck.action.dataset_purge(id=pkg["id"])
    except ckanapi.NotFound:
        pass


def test_status_show(ck):
    status = ck.action.status_show()
    assert status["ckan_version"].startswith("2.11."), status
    assert {"datastore", "activity", "scheming_datasets"} <= set(status["extensions"])


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
    assert shown["license_id"] == "cc-by"
    assert [g["name"] for g in shown["groups"]] == ["loi-justice-securite-publique"]
    assert [t["name"] for t in shown["tags"]] == ["test-dqpub"]


def test_scheming_fields(ck, dataset):
    """As on Données Québec (ckanext-scheming): the schema's fields are top-level keys, free
    ``extras`` round-trip, an unknown top-level key is accepted without error but dropped."""
    shown = ck.action.package_show(id=dataset["id"])
    assert shown["update_frequency"] == "monthly" and shown["ext_spatial"] == "quebec"
    assert shown["extras"] == [{"key": "frequence_mise_a_jour", "value": "mensuelle"}]
    assert "temporal_coverage_start" not in shown


def test_scheming_refuses_what_donnees_quebec_refuses(ck):
    """A value outside a choice list and a missing required field are ValidationErrors."""
    for bad, field in (({"update_frequency": "biweekly"}, "update_frequency"),
                       ({"author_email": ""}, "author_email"), ({"ext_spatial": "Québec"}, "ext_spatial"),
                       ({"license_id": "cc-by-4.0"}, "license_id")):
        with pytest.raises(ckanapi.ValidationError) as err:
            ck.action.package_create(name=f"dqpub-refus-{RUN}", title="Refus", **{**REQUIRED, **bad})
        assert field in err.value.error_dict, (bad, err.value.error_dict)
    with pytest.raises(ckanapi.NotFound):
        ck.action.package_show(id=f"dqpub-refus-{RUN}")


def test_resource_choices_and_extras_survive(ck, dataset):
    """Resource fields of the schema are checked; the publisher's own keys (dq_cle, dq_version,
    dq_preparation, hash) are kept as the resource's extras through create, update and show."""
    res = ck.action.resource_create(
        package_id=dataset["id"], name="Ressource", url="http://exemple.qc.ca/a.csv", format="CSV",
        resource_type="support", relidi_ressource_complementaire="relidi.rescom",
        relidi_description_champs="relidi.descha.foudoc", dq_cle="dictionnaire", dq_version="1.0.0",
        dq_preparation="1.0.1", hash="sha256:" + "0" * 64)
    pkg = ck.action.package_show(id=dataset["id"])
    ck.action.package_update(**pkg)  # what the publisher's switch does: the show output sent back
    shown = ck.action.resource_show(id=res["id"])
    assert shown["relidi_ressource_complementaire"] == ["relidi.rescom"]
    assert {k: shown[k] for k in ("dq_cle", "dq_version", "dq_preparation", "hash", "resource_type")} == {
        "dq_cle": "dictionnaire", "dq_version": "1.0.0", "dq_preparation": "1.0.1", "hash": "sha256:" + "0" * 64,
        "resource_type": "support"}
    with pytest.raises(ckanapi.ValidationError) as err:
        ck.action.resource_patch(id=res["id"], relidi_description_champs="oui")
    assert "relidi_description_champs" in err.value.error_dict
    ck.action.resource_delete(id=res["id"])


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


def test_search_stand_in_reads_only_the_candidates_of_a_lookup_by_name_or_id(tmp_path):
    """The SQLite stand-in for Solr (scripts/ckan_nosolr): a query by name or id (package_show reads
    the index with ``name:"x" OR id:"x"``) gives what a scan of every document gives, from its
    candidates only; a store written before the indexed columns existed is migrated."""
    import importlib.util
    import json
    import sqlite3

    path = Path(__file__).parents[1] / "scripts/ckan_nosolr/ckanext/dqpub_nosolr/solrlite.py"
    spec = importlib.util.spec_from_file_location("solrlite_under_test", path)
    S = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(S)

    old = tmp_path / "ancien.sqlite"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE docs (key TEXT PRIMARY KEY, doc TEXT NOT NULL)")
        db.execute("INSERT INTO docs VALUES ('k0', ?)", (json.dumps({"id": "ID-0", "name": "Jeu-0"}),))
    store = S.SolrLite(str(old))
    store.add([{"index_id": f"k{i}", "id": f"id-{i}", "name": f"jeu-{i}", "site_id": "s", "entity_type": "package",
                "title": f"Titre {i}"} for i in range(1, 40)])
    fq = '+site_id:"s" +entity_type:package'
    read: list = []
    full = S.SolrLite._all

    def counting(self, keyed=None):
        docs = full(self, keyed)
        read.append(len(docs))
        return docs

    S.SolrLite._all = counting
    for q, f, expected in [('name:"jeu-0" OR id:"jeu-0"', None, ["Jeu-0"]), ('name:"x" OR id:"ID-7"', fq, ["jeu-7"]),
                           ("id:(id-3 OR id-5)", fq, ["jeu-3", "jeu-5"]), ('+name:"jeu-9" -title:autre', fq, ["jeu-9"])]:
        read.clear()
        got = [d["name"] for d in store.search(q=q, fq=f, rows=100).docs]
        assert got == expected and read == [len(expected)], (q, got, read)
        assert [d for d in full(store) if S.evaluate(S.parse_query(q), d)
                and (f is None or S.evaluate(S.parse_query(f), d))] == store.search(q=q, fq=f, rows=100).docs
    read.clear()
    assert store.search(q="name:jeu-1*", rows=100).hits == 11 and read == [40]  # a wildcard reads everything
    assert store.search(q="titre", fq=fq, rows=100).hits == 39
