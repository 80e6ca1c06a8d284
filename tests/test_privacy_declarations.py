"""Issue 12, items 1-2: a column published as it is (public, quasi after generalization, sensitive,
kept by an aggregate table) holds only the personal information its schema declares, with a legal
basis; anything else the detectors find stops the dataset before anything is published."""

from __future__ import annotations

import csv
import io
import json

import pyarrow as pa
import pytest

from dqpub.privacy.anonymize import anonymize
from dqpub.core.config import CellsConfig, PrivacyConfig
from dqpub.core.errors import PrivacyError, SchemaError
from dqpub.pipeline import run_inventory
from dqpub.core.schema import RENSEIGNEMENTS, check_declarations
from publishers.local import LocalPortal
from tests.conftest import read_all_text

EVENTS = "evenements-de-securite-civile"
BOTTIN = "bottin-des-services-de-police"
# the issue's case: a contact pasted into the municipality of a few rows
NAME, POSTAL, EMAIL, PHONE = "Gaétan Bergeron", "G1R 2K5", "gaetan.bergeron@videotron.ca", "418-555-1234"
POLLUTED = f"Québec (chez {NAME}, {POSTAL}, {EMAIL}, {PHONE})"
PLANTED = [NAME, "Bergeron", POSTAL, EMAIL, PHONE, "555-1234"]
KIND_WORDS = {"courriel": "adresse courriel", "telephone": "numéro de téléphone", "code_postal": "code postal",
              "nom": "nom de personne"}


def plant_events(settings, column: str = "municipalite", value: str = POLLUTED, rows=(3, 10, 25)) -> None:
    """Put ``value`` in ``column`` of a few rows of the events export (cp1252, ';')."""
    path = settings.datasets_dir / EVENTS / "source/evenements.csv"
    records = list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252")), delimiter=";"))
    at = records[0].index(column)
    for r in rows:
        records[r][at] = value
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(records)
    path.write_bytes(out.getvalue().encode("cp1252"))


def edit_field(settings, dataset: str, name: str, privacy: dict) -> None:
    path = settings.schemas_dir / f"{dataset}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    for f in schema["fields"]:
        if f["name"] == name:
            f["privacy"] = privacy
    path.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")


def assert_nothing_published(settings, dataset: str) -> None:
    assert not (settings.portal_dir / dataset / "courant").exists()
    text = read_all_text(settings.portal_dir) if settings.portal_dir.exists() else ""
    for value in PLANTED:
        assert value not in text


CASES = {
    "public sans déclaration": ({"category": "public"}, ["courriel", "telephone", "code_postal", "nom"]),
    "public, déclaration qui ne couvre pas": (
        {"category": "public", "renseignements": ["nom"], "fondement": "A-2.1, art. 57"},
        ["courriel", "telephone", "code_postal"]),
    "quasi après généralisation": (
        {"category": "quasi", "generalize": {"method": "map", "mapping": {"Lévis": "Chaudière-Appalaches"}}},
        ["courriel", "telephone", "code_postal", "nom"]),
    "sensible": ({"category": "sensitive"}, ["courriel", "telephone", "code_postal", "nom"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_undeclared_personal_information_stops_every_published_category(project, case):
    privacy, kinds = CASES[case]
    edit_field(project, EVENTS, "municipalite", privacy)
    plant_events(project)
    res = run_inventory(project, LocalPortal(project.portal_dir), [EVENTS]).results[0]
    assert res.status == "échec", res.message
    msg = res.message
    assert f"jeu « {EVENTS} »" in msg and "colonne « municipalite »" in msg
    for kind in kinds:
        assert f"{KIND_WORDS[kind]} « {kind} » (3 cellules)" in msg, msg
    for kind in set(KIND_WORDS) - set(kinds):
        assert f"« {kind} » (" not in msg, msg  # the declared kind is allowed
    # which declaration would allow it (covering what is already declared)
    assert '"renseignements": [' in msg and '"fondement"' in msg
    if case.startswith("public, déclaration"):
        assert '["nom", "telephone", "courriel", "code_postal"]' in msg, msg
    for value in PLANTED:
        assert value not in msg
    assert_nothing_published(project, EVENTS)


def test_the_issue_case_names_every_kind_and_publishes_nothing(project):
    """Reproduces issue 12: events sample, ``municipalite`` public, a contact in a few rows. Before
    the fix the version was published with the name, postal code, e-mail and phone."""
    plant_events(project)
    res = run_inventory(project, LocalPortal(project.portal_dir), [EVENTS]).results[0]
    assert res.status == "échec", res.message
    for kind in ("courriel", "telephone", "code_postal", "nom"):
        assert f"« {kind} » (3 cellules)" in res.message, res.message
    assert_nothing_published(project, EVENTS)
    # the same export without the planted cells publishes
    plant_events(project, value="Québec")
    assert run_inventory(project, LocalPortal(project.portal_dir), [EVENTS]).results[0].status == "publié"


def test_the_directory_keeps_its_declared_directors_names_and_phones(project):
    res = run_inventory(project, LocalPortal(project.portal_dir), [BOTTIN]).results[0]
    assert res.status == "publié", res.message
    import openpyxl

    ws = openpyxl.load_workbook(project.datasets_dir / BOTTIN / "source/bottin.xlsx")["Bottin"]
    header = [c.value for c in ws[1]]
    first = [c.value for c in ws[2]]
    published = (project.portal_dir / BOTTIN / "courant" / f"{BOTTIN}.csv").read_text(encoding="utf-8")
    for col in ("prenom", "nom", "telephone", "code_postal"):
        assert str(first[header.index(col)]) in published, col


def test_a_declaration_does_not_cover_another_column_or_another_kind(project):
    """The directory's declared phone column does not make an e-mail pasted into it public."""
    import openpyxl

    path = project.datasets_dir / BOTTIN / "source/bottin.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Bottin"]
    ws.cell(row=4, column=[c.value for c in ws[1]].index("corps_policier") + 1,
            value=f"Service de police, chez {NAME}")
    wb.save(path)
    res = run_inventory(project, LocalPortal(project.portal_dir), [BOTTIN]).results[0]
    assert res.status == "échec" and "colonne « corps_policier »" in res.message, res.message
    assert "« nom » (1 cellule)" in res.message and "Bergeron" not in res.message
    assert not (project.portal_dir / BOTTIN / "courant").exists()


def test_aggregate_tables_are_scanned_too():
    table = pa.table({"annee": [2020, 2020, 2021, 2021], "categorie": ["Vol", f"Vol, plainte de {NAME}", "Vol", "Vol"],
                      "nombre": [12, 30, 7, 40]})
    schema = {"fields": [{"name": "annee", "type": "integer", "privacy": {"category": "public"}},
                         {"name": "categorie", "type": "string", "privacy": {"category": "public"}},
                         {"name": "nombre", "type": "integer", "privacy": {"category": "public"}}]}
    policy = PrivacyConfig(cells=CellsConfig(count="nombre", threshold=5, dimensions=("annee", "categorie")))
    with pytest.raises(PrivacyError) as err:
        anonymize(table, schema, dataset="agregat", key=None, policy=policy)
    assert "« categorie »" in str(err.value) and "« nom » (1 cellule)" in str(err.value)
    assert "Bergeron" not in str(err.value)


def test_numbers_are_scanned_dates_are_not_and_enums_are_judged_on_their_list():
    table = pa.table({"no": [4185551234, 12, 13], "jour": pa.array([1, 2, 3], pa.date32()),
                      "etat": ["Tremblay", "Ouvert", "Ouvert"]})
    schema = {"fields": [{"name": "no", "type": "integer", "privacy": {"category": "public"}},
                         {"name": "jour", "type": "date", "privacy": {"category": "public"}},
                         {"name": "etat", "type": "string", "constraints": {"enum": ["Tremblay", "Ouvert"]},
                          "privacy": {"category": "public"}}]}
    with pytest.raises(PrivacyError) as err:
        anonymize(table, schema, dataset="t", key=None)
    assert "« no »" in str(err.value) and "« telephone » (1 cellule)" in str(err.value)
    schema["fields"][0]["privacy"] = {"category": "public", "renseignements": ["telephone"], "fondement": "art. 57"}
    with pytest.raises(PrivacyError) as err:  # a listed name is a name: the list is read
        anonymize(table, schema, dataset="t", key=None)
    assert "« etat »" in str(err.value) and "« nom » (1 cellule)" in str(err.value)
    schema["fields"][2]["constraints"]["enum"] = ["Fermé", "Ouvert"]
    table = table.set_column(2, "etat", pa.array(["Fermé", "Ouvert", "Ouvert"]))
    assert anonymize(table, schema, dataset="t", key=None).table.num_rows == 3


@pytest.mark.parametrize("privacy, words", [
    ({"category": "public", "renseignements": ["nom", "adresse_ip"], "fondement": "x"}, ["inconnu", "adresse_ip"]),
    ({"category": "public", "renseignements": ["nom"]}, ["fondement"]),
    ({"category": "public", "renseignements": ["telephone"], "fondement": "  "}, ["fondement"]),
    ({"category": "public", "fondement": "A-2.1, art. 57"}, ["liste non vide"]),
    ({"category": "public", "renseignements": "nom", "fondement": "A-2.1, art. 57"}, ["liste non vide"]),
    ({"category": "public", "renseignements": ["nas"], "fondement": "A-2.1, art. 57"}, ["jamais", "NAS"]),
    ({"category": "free-text", "renseignements": ["nom"], "fondement": "A-2.1, art. 57"}, ["sans objet"]),
])
def test_declarations_are_checked(privacy, words):
    schema = {"fields": [{"name": "telephone", "type": "string", "privacy": privacy}]}
    with pytest.raises(SchemaError) as err:
        check_declarations(schema, dataset="jeu")
    text = str(err.value)
    assert "jeu « jeu »" in text and "colonne « telephone »" in text
    for w in words:
        assert w in text, text


def test_a_bad_declaration_stops_the_dataset_before_anything_is_pulled(project):
    edit_field(project, BOTTIN, "telephone", {"category": "public", "renseignements": ["téléphone"],
                                              "fondement": "A-2.1, art. 57"})
    res = run_inventory(project, LocalPortal(project.portal_dir), [BOTTIN]).results[0]
    assert res.status == "échec" and "colonne « telephone »" in res.message
    assert "type de renseignement inconnu : téléphone" in res.message and "telephone, courriel" in res.message
    assert res.reports == {}  # stopped before validation
    assert not (project.portal_dir / BOTTIN / "courant").exists()


def test_the_vocabulary_is_the_detectors():
    from dqpub.privacy import detect

    assert set(RENSEIGNEMENTS) <= set(detect.KINDS)
    assert {"nom", "telephone", "courriel", "code_postal", "adresse", "nas", "ramq", "permis", "date_naissance",
            "plaque"} <= set(RENSEIGNEMENTS)


@pytest.mark.ckan
def test_nothing_reaches_the_ckan_portal(ckan_project, ckan_local):  # noqa: F811
    from ckanapi import NotFound, RemoteCKAN

    settings, portal, names = ckan_project
    slug = names[EVENTS]
    plant_events(settings)
    res = run_inventory(settings, portal, [slug]).results[0]
    assert res.status == "échec" and "colonne « municipalite »" in res.message, res.message
    assert "« courriel » (3 cellules)" in res.message
    api = RemoteCKAN(ckan_local.url, apikey=ckan_local.token)  # as the publisher: private and drafts too
    with pytest.raises(NotFound):
        api.action.package_show(id=slug)
    found = api.action.package_search(q=f"name:{slug}", include_private=True, include_drafts=True)
    assert found["count"] == 0
    with pytest.raises(NotFound):
        api.action.datastore_search(resource_id=slug)
