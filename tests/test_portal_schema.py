"""Données Québec's schema as this project knows it (schemas/donnees-quebec.scheming.yaml): the
inventory only takes values the portal accepts, the metadata mapping refuses others with a French
message, and the pre-flight checker (publishers/ckan/preflight.py) names dataset, field, value and
choices. No CKAN here: the same checks run against the real portal in test_ckan_portal_schema.py."""

from __future__ import annotations

import json

import pytest

from dqpub.release import metadata
from dqpub.core import portal as portal_rules
from dqpub.core.errors import InventoryError
from dqpub.core.config import DatasetConfig
from dqpub.inventory import pull_inventory
from dqpub.pipeline import RunOptions, run_inventory
from dqpub.core.settings import PROJECT_ROOT
from publishers.ckan.preflight import Problem, check, describe
from publishers.local import LocalPortal

SCHEMA = portal_rules.portal_schema()


def _enum(name: str) -> list[str]:
    inv = json.loads((PROJECT_ROOT / "schemas" / "inventory.schema.json").read_text(encoding="utf-8"))
    return next(f for f in inv["fields"] if f["name"] == name)["constraints"]["enum"]


def test_inventory_codes_are_the_portal_codes():
    assert set(_enum("frequence")) <= set(metadata.choices("update_frequency"))
    assert {"biweekly", "biannual", "continual", "unknown"}.isdisjoint(_enum("frequence"))
    assert set(_enum("licence")) <= set(metadata.choices("license_id"))
    inv = json.loads((PROJECT_ROOT / "schemas" / "inventory.schema.json").read_text(encoding="utf-8"))
    email = next(f for f in inv["fields"] if f["name"] == "courriel_contact")
    assert email["constraints"]["required"] is True


def test_inventory_refuses_a_frequency_the_portal_does_not_have(project):
    inv = project.datasets_dir / "inventaire.csv"
    inv.write_text(inv.read_text(encoding="utf-8").replace(",annual,", ",biannual,", 1), encoding="utf-8")
    with pytest.raises(InventoryError) as err:
        pull_inventory(project)
    assert "frequence" in str(err.value)


def test_inventory_requires_a_functional_email(project):
    inv = project.datasets_dir / "inventaire.csv"
    lines = inv.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].rsplit(",", 1)[0] + ","
    inv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InventoryError) as err:
        pull_inventory(project)
    assert "courriel_contact" in str(err.value)


def test_a_spatial_slug_outside_the_list_stops_the_dataset_before_anything(project):
    yml = project.datasets_dir / "evenements-de-securite-civile" / "dataset.yaml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("couverture_spatiale: quebec", "couverture_spatiale: Québec"),
                   encoding="utf-8")
    res = run_inventory(project, LocalPortal(project.portal_dir), ["evenements-de-securite-civile"]).results[0]
    assert res.status == "échec"
    assert "« Québec » n'est pas une valeur de Données Québec pour ext_spatial" in res.message
    assert "quebec" in res.message and "metadata.couverture_spatiale" in res.message
    assert not (project.portal_dir / "evenements-de-securite-civile" / "courant").exists()


def test_resource_fields_by_role():
    schema = {"fields": [{"name": "id", "type": "integer"}, {"name": "lat", "type": "number"},
                         {"name": "lon", "type": "number"}, {"name": "ouvert", "type": "boolean"}]}
    data = metadata.resource_fields("donnees-csv", schema, DatasetConfig())
    assert data["resource_type"] == "donnees" and data["relidi_description_champs"] == "relidi.descha.foudoc"
    assert data["relidi_confic_epsg"] == "oui" and data["relidi_condon_boolee"] == "oui"
    assert "relidi_ressource_complementaire" not in data
    other = metadata.resource_fields("donnees-csv", schema, DatasetConfig.from_dict({"metadata": {"epsg": 2950}}))
    assert other["relidi_confic_epsg"] == "non"  # MTM: not one of the portal's two
    plain = metadata.resource_fields("donnees-csv", {"fields": [{"name": "n", "type": "integer"}]}, DatasetConfig())
    assert plain["relidi_confic_epsg"] == "n/a" and plain["relidi_condon_boolee"] == "n/a"
    assert metadata.resource_fields("dictionnaire")["resource_type"] == "support"
    assert metadata.resource_fields("dictionnaire")["relidi_ressource_complementaire"] == "relidi.rescom"
    assert metadata.resource_fields("statistiques")["relidi_confic_utf8"] == "oui"
    for key in ("journal", "anonymisation", "datapackage"):
        assert metadata.resource_fields(key) == {"resource_type": "support"}
    assert metadata.resource_fields("donnees-parquet") == {"resource_type": "donnees"}


def test_temporal_is_one_string_of_days():
    assert metadata.temporal(("2017-05", "2026-02")) == "2017-05-01/2026-02-28"
    assert metadata.temporal(("2019", "2024")) == "2019-01-01/2024-12-31"
    assert metadata.temporal(("2024-01-15", "2024-03-01T10:00:00")) == "2024-01-15/2024-03-01"
    assert metadata.temporal(None) == ""


# -- the pre-flight checker --------------------------------------------------------------------------
def _package(**changes):
    pkg = {
        "name": "jeu-test", "title": "Jeu", "notes": "", "owner_org": "msp", "license_id": "cc-by", "language": "FR",
        "update_frequency": "annual", "tags": [{"name": "police"}], "ext_spatial": "quebec",
        "extras_organisation_principale": "gouvernement-du-quebec", "author": "Direction",
        "author_email": "donnees@exemple.qc.ca", "temporal": "2020-01-01/2024-12-31", "version": "1.0.0",
        "extras": [{"key": "data_last_modified", "value": "2024-01-01"}],
    }
    pkg.update(changes)
    return {k: v for k, v in pkg.items() if v is not None}


def _resource(**changes):
    res = {"name": "Données (CSV)", "format": "CSV", "resource_type": "donnees", "dq_cle": "donnees-csv",
           "relidi_ressource_complementaire": ["relidi.rescom"], **metadata.CSV_CONFORMITY}
    res.update(changes)
    return res


def _check(pkg, resources=()):
    return check(SCHEMA, pkg, resources, kept_package_extras=portal_rules.KEPT_PACKAGE_EXTRAS,
                 kept_resource_extras=portal_rules.KEPT_RESOURCE_EXTRAS)


def test_a_valid_package_has_no_problem():
    assert _check(_package(), [_resource()]) == []


def test_value_outside_the_choices_names_dataset_field_value_and_choices():
    [p] = _check(_package(update_frequency="biweekly"))
    assert (p.kind, p.field, p.value) == ("choix", "update_frequency", "biweekly")
    assert "annual" in p.choices and "biweekly" not in p.choices
    assert p.message.startswith("jeu « jeu-test », fiche du jeu : « biweekly » n'est pas accepté pour le champ "
                                "« update_frequency » ; choix acceptés : irregular, continuous")
    [r] = _check(_package(), [_resource(relidi_description_champs="oui")])
    assert r.resource == "Données (CSV)" and r.field == "relidi_description_champs"
    assert r.choices == ("relidi.descha.foudoc", "relidi.descha.foumet", "relidi.descha.absent")
    [m] = _check(_package(), [_resource(relidi_ressource_complementaire=["relidi.rescom", "autre"])])
    assert (m.field, m.value) == ("relidi_ressource_complementaire", "autre")


def test_missing_required_fields():
    problems = _check(_package(author_email="", tags=[], ext_spatial=None))
    assert {(p.kind, p.field) for p in problems} == {
        ("obligatoire", "author_email"), ("obligatoire", "tag_string"), ("obligatoire", "ext_spatial")}
    assert "le champ obligatoire « author_email » est vide ou absent" in problems[0].message + problems[1].message \
        + problems[2].message


def test_unknown_keys_unless_kept_on_purpose():
    problems = _check(_package(temporal_coverage_start="2020-01-01",
                               extras=[{"key": "data_last_modified", "value": "x"}, {"key": "interne", "value": "y"}]),
                      [_resource(dq_version="1.0.0", empreinte="abc")])
    assert {(p.kind, p.field, p.resource) for p in problems} == {
        ("inconnu", "temporal_coverage_start", None), ("inconnu", "extras.interne", None),
        ("inconnu", "empreinte", "Données (CSV)")}
    text = describe(problems)
    assert text.startswith("vérification préalable contre le schéma du portail : 3 problème(s), rien n'est téléversé")


def test_expanded_schema_from_the_api_is_understood():
    """scheming_dataset_schema_show returns presets expanded (validators, no preset key needed)."""
    schema = {"dataset_fields": [
        {"field_name": "language", "validators": "scheming_required scheming_choices", "required": True,
         "choices": [{"value": "FR"}]},
        {"field_name": "author_email", "validators": "not_empty unicode_safe email_validator"},
        {"field_name": "themes", "validators": "scheming_multiple_choice", "choices": [{"value": "a"}]},
    ], "resource_fields": []}
    problems = check(schema, {"name": "x", "language": "EN", "themes": ["a", "b"]})
    assert {(p.kind, p.field, p.value) for p in problems} == {
        ("choix", "language", "EN"), ("obligatoire", "author_email", None), ("choix", "themes", "b")}
    assert isinstance(problems[0], Problem)


# -- the dry run shows the same check ------------------------------------------------------------------
def test_dry_run_shows_the_preflight(project, monkeypatch):
    portal = LocalPortal(project.portal_dir)
    ok = run_inventory(project, portal, ["bottin-des-services-de-police"], RunOptions(dry_run=True)).results[0]
    assert ok.status == "simulation", ok.message
    assert "vérification préalable contre le schéma du projet (schemas/donnees-quebec.scheming.yaml) : aucun problème" \
        in ok.message
    monkeypatch.setitem(metadata.RESOURCE_ROLES, "journal", {"resource_type": "document"})
    bad = run_inventory(project, portal, ["bottin-des-services-de-police"], RunOptions(dry_run=True)).results[0]
    assert bad.status == "échec"
    assert ("ressource « Journal des modifications » : « document » n'est pas accepté pour le champ "
            "« resource_type » ; choix acceptés : donnees, support, web, cartes") in bad.message
    assert bad.diff["verification_prealable"][0].startswith("jeu « bottin-des-services-de-police »")
    real = run_inventory(project, portal, ["bottin-des-services-de-police"]).results[0]
    assert real.status == "échec" and "rien n'est téléversé" in real.message
    assert not (project.portal_dir / "bottin-des-services-de-police" / "courant").exists()


def test_schema_read_failure_is_not_taken_for_a_portal_without_scheming(monkeypatch):
    """Only an unknown action (or no dataset type) means « no scheming »; a portal that does not
    answer must not make the publisher send unchecked values."""
    from dqpub.core.errors import PublishError, TransientPublishError
    from publishers.ckan import CkanPortal

    portal = CkanPortal("http://127.0.0.1:9", "jeton", name="essai")

    def down(name, dataset=None, /, **data):
        raise TransientPublishError("le portail répond HTTP 503")

    monkeypatch.setattr(portal, "action", down)
    with pytest.raises(TransientPublishError):
        portal.portal_schema()

    def unknown(name, dataset=None, /, **data):
        raise PublishError(f"erreur du portail sur {name} (CKANAPIError)")

    monkeypatch.setattr(portal, "action", unknown)
    assert portal.portal_schema() is None and not portal._supports_dq_fields()
