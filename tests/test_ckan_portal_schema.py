"""Against the local CKAN that runs Données Québec's schema (ckanext-scheming, scripts/ckan-local):
what the samples publish is, field by field, what the portal accepts, and what a reuser downloads from it
describes itself truly (``tests/reuser.py``: the datapackage alone validates, the Parquet has its
types, the dictionary its fields); a wrong choice is stopped by our pre-flight before anything exists
on the portal, and — pre-flight bypassed — refused by the portal itself."""

from __future__ import annotations

import re

import pytest
from ckanapi import NotFound, RemoteCKAN

from dqpub.release import metadata
from dqpub.core import portal as portal_rules
from dqpub.pipeline import RunOptions, run_inventory
from publishers.ckan import CkanPortal
from publishers.ckan.preflight import Preflight, check
from tests.reuser import reuser_downloads

pytestmark = pytest.mark.ckan

CSV_KEYS = ("donnees-csv", "dictionnaire", "statistiques", "changements")


def _schema_values(schema: dict, pkg: dict) -> tuple[dict, list[dict]]:
    """The package and resources as read back, restricted to the fields the schema declares."""
    ds = {f["field_name"] for f in schema["dataset_fields"]}
    rs = {f["field_name"] for f in schema["resource_fields"]}
    package = {k: v for k, v in pkg.items() if k in ds} | {"tags": pkg["tags"]}
    return package, [{k: v for k, v in r.items() if k in rs} for r in pkg["resources"]]


def test_published_samples_hold_only_values_the_portal_accepts(ckan_project, ckan_local, tmp_path):
    settings, portal, names = ckan_project
    summary = run_inventory(settings, portal, list(names.values()))
    assert {r.status for r in summary.results} == {"publié"}, [r.message for r in summary.results]
    api = RemoteCKAN(ckan_local.url)  # anonymous, as a reuser
    schema = api.action.scheming_dataset_schema_show(type="dataset")
    for base, slug in names.items():
        pkg = api.action.package_show(id=slug)
        package, resources = _schema_values(schema, pkg)
        assert check(schema, package, resources, dataset=slug) == [], slug  # choices and required fields
        assert pkg["update_frequency"] in {"daily", "annual", "monthly"} and pkg["language"] == "FR"
        assert pkg["ext_spatial"] == "quebec" and pkg["extras_organisation_principale"] == "gouvernement-du-quebec"
        assert pkg["author_email"] == "donnees.ouvertes@msp.gouv.qc.ca" and pkg["license_id"] == "cc-by"
        assert re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", pkg["temporal"]) or base == "bottin-des-services-de-police"
        assert not {"temporal_coverage_start", "maintainer_email"} & {k for k, v in pkg.items() if v}
        # the free extras the publisher reads back survive the scheming portal
        extras = {e["key"]: e["value"] for e in pkg["extras"]}
        assert set(extras) == set(portal_rules.KEPT_PACKAGE_EXTRAS) and extras["data_last_modified"]
        current = {r["dq_cle"]: r for r in pkg["resources"] if r.get("dq_version") == "courant"}
        for key in CSV_KEYS:  # the conformity flags on every CSV
            r = current[key]
            assert r["format"] == "CSV"
            for flag, value in metadata.CSV_CONFORMITY.items():
                assert r[flag] == value, (slug, key, flag)
        assert current["donnees-csv"]["resource_type"] == "donnees"
        assert current["statistiques"]["resource_type"] == "donnees"
        for key in ("dictionnaire", "journal", "anonymisation", "datapackage"):
            assert current[key]["resource_type"] == "support", key
        for key in ("dictionnaire", "statistiques"):
            assert current[key]["relidi_ressource_complementaire"] == ["relidi.rescom"]
        assert not current["donnees-csv"].get("relidi_ressource_complementaire")  # shown as []
        epsg = {"evenements-de-securite-civile": "oui", "bottin-des-services-de-police": "oui",
                "aide-financiere-aux-sinistres": "n/a"}[base]
        assert current["donnees-csv"]["relidi_confic_epsg"] == epsg
        boolean = "oui" if base == "evenements-de-securite-civile" else "n/a"
        assert current["donnees-csv"]["relidi_condon_boolee"] == boolean
        assert current["dictionnaire"]["relidi_confic_epsg"] == "n/a"
        assert current["changements"]["relidi_confic_epsg"] == "n/a" and len(pkg["resources"]) <= 10
        assert current["changements"]["relidi_ressource_complementaire"] == ["relidi.rescom"]
        assert ("donnees-geojson" in current) == (epsg == "oui")  # a map for the datasets with coordinates
        if epsg == "oui":
            assert current["donnees-geojson"]["format"] == "GeoJSON"
            assert current["donnees-geojson"]["resource_type"] == "donnees"
        reuser_downloads(current, tmp_path / base)


def test_wrong_choice_stopped_by_preflight_then_refused_by_the_portal(ckan_project, ckan_local, monkeypatch):
    settings, portal, names = ckan_project
    slug = names["bottin-des-services-de-police"]
    api = RemoteCKAN(ckan_local.url, apikey=ckan_local.token)
    monkeypatch.setitem(metadata.RESOURCE_ROLES, "journal", {"resource_type": "document"})
    calls: list[str] = []
    real_call = portal._call
    monkeypatch.setattr(portal, "_call", lambda name, *a, **kw: calls.append(name) or real_call(name, *a, **kw))

    res = run_inventory(settings, portal, [slug]).results[0]
    assert res.status == "échec"
    assert res.message.startswith(f"jeu « {slug} » : vérification préalable contre le schéma du portail "
                                  "« ckan-local » : 1 problème(s), rien n'est téléversé — ressource « Journal des "
                                  "modifications » : « document » n'est pas accepté pour le champ « resource_type » ; "
                                  "choix acceptés : donnees, support, web, cartes"), res.message
    writes = [c for c in calls if not c.endswith("_show") and c != "package_activity_list"]
    assert writes == [], writes  # nothing created, nothing uploaded
    with pytest.raises(NotFound):
        api.action.package_show(id=slug)

    # the same release with the pre-flight bypassed: the portal's own ValidationError, after the
    # package and the first files were created on the portal (what the pre-flight avoids)
    monkeypatch.setattr(portal, "preflight", lambda release: Preflight((), "contournée"))
    try:
        res = run_inventory(settings, portal, [slug]).results[0]
        assert res.status == "échec"
        assert "le portail refuse resource_create : resource_type: Value must be one of" in res.message, res.message
        pkg = api.action.package_show(id=slug)
        assert pkg["private"] is True and pkg["version"] == ""  # never switched: invisible to reusers
        archive = api.action.package_show(id=f"{slug}-versions")
        assert archive["private"] is True and archive["resources"]  # files staged before the refusal
    finally:
        for name in (slug, f"{slug}-versions", f"{slug}-etat"):
            try:
                api.action.dataset_purge(id=name)
            except NotFound:
                pass


def test_target_overrides_are_checked_too(ckan_project, ckan_local, monkeypatch):
    settings, _, names = ckan_project
    monkeypatch.setenv("CKAN_URL", ckan_local.url)
    monkeypatch.setenv("CKAN_API_TOKEN", ckan_local.token)
    monkeypatch.setenv("DQPUB_CKAN_CHAMPS_CKAN_LOCAL", '{"ext_spatial": "Québec"}')
    portal = CkanPortal.from_target("ckan-local")
    slug = names["aide-financiere-aux-sinistres"]
    res = run_inventory(settings, portal, [slug], RunOptions(dry_run=True)).results[0]
    assert res.status == "échec"
    assert ("fiche du jeu : « Québec » n'est pas accepté pour le champ « ext_spatial » ; choix acceptés : quebec"
            in res.message), res.message
    monkeypatch.setenv("DQPUB_CKAN_CHAMPS_CKAN_LOCAL", "pas du json")
    with pytest.raises(Exception, match="DQPUB_CKAN_CHAMPS_CKAN_LOCAL doit être un objet JSON"):
        CkanPortal.from_target("ckan-local")


def test_a_portal_without_scheming_gets_a_note(ckan_project):
    settings, portal, names = ckan_project
    portal._schema, portal._schema_read = None, True  # as scheming_dataset_schema_show answering 404
    res = run_inventory(settings, portal, [names["bottin-des-services-de-police"]], RunOptions(dry_run=True)).results[0]
    assert res.status == "simulation"
    assert ("vérification préalable sautée : le portail « ckan-local » n'a pas ckanext-scheming "
            "(scheming_dataset_schema_show absent) : ses champs ne sont pas vérifiés") in res.message
