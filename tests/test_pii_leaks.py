"""Plant personal information in every source kind and prove it reaches no output: published
files, local portal (private folder included), validation reports, logs, Prefect artifacts."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest

from dqpub.pipeline import run_inventory
from publishers.local import LocalPortal
from tests.conftest import assert_no_planted, read_all_text

NAME_FIRST, NAME_LAST = "Bérénice", "Lachapelle-Zorn"
NAS = "046 454 286"  # valid Luhn
NAS_2 = "130 692 544"
RAMQ = "LACB 8552 1534"
PHONE, PHONE_2 = "418 555-0199", "(581) 555-0177"
EMAIL, EMAIL_2 = "berenice.lachapelle@exemple.qc.ca", "bzorn@exemple.com"
ADDRESS = "1150, boulevard Vézina"
PLANTED = [NAME_LAST, "Lachapelle", NAS, NAS.replace(" ", ""), NAS_2, NAS_2.replace(" ", ""), RAMQ,
           RAMQ.replace(" ", ""), "555-0199", "555-0177", EMAIL, EMAIL_2, "Vézina"]


def plant(settings) -> None:
    # 1. free text of a cp1252 CSV (file source)
    path = settings.datasets_dir / "evenements-de-securite-civile/source/evenements.csv"
    text = path.read_bytes().decode("cp1252")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = rows[0]
    planted = list(rows[1])
    planted[header.index("info_compl_localisation")] = (
        f"Signalé par Mme {NAME_FIRST} {NAME_LAST} au {ADDRESS}, tél. {PHONE}, courriel {EMAIL}, NAS {NAS}")
    planted[header.index("commentaire_date_debut")] = f"Rappeler M. Jean {NAME_LAST} au {PHONE}"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows + [planted])
    path.write_bytes(out.getvalue().encode("cp1252"))
    # 2. SQL source: direct identifiers of a claimant (copy of a real row so k-anonymity holds)
    db = sqlite3.connect(settings.datasets_dir / "aide-financiere-aux-sinistres/source/aide_financiere.sqlite")
    cols = [r[1] for r in db.execute("pragma table_info(reclamations)")]
    row = dict(zip(cols, db.execute("select * from reclamations limit 1").fetchone()))
    row.update(id_dossier="AFS-2099-999999", nom_reclamant=NAME_LAST, prenom_reclamant=NAME_FIRST, nas=NAS_2,
               no_ramq=RAMQ, telephone=PHONE_2, courriel=EMAIL_2, adresse=ADDRESS)
    db.execute(f"insert into reclamations ({','.join(cols)}) values ({','.join('?' * len(cols))})",
               [row[c] for c in cols])
    db.commit()
    db.close()


def assert_clean(text: str, where: str) -> None:
    assert_no_planted(text, PLANTED, where)


def test_planted_values_never_reach_outputs_or_logs(prefect_harness, project_env, all_logs):
    from flows.publication import publish_inventory
    from tests.test_flows import artifacts

    plant(project_env)
    state = publish_inventory(require_approval=False, return_state=True)
    assert state.is_completed(), state.message
    assert_clean(read_all_text(project_env.portal_dir), "le portail local")
    assert_clean(read_all_text(project_env.work_dir), "les rapports")
    assert_clean(all_logs.text + "\n".join(str(r.msg) for r in all_logs.records), "les journaux")
    assert_clean("\n".join(artifacts().values()), "les artefacts Prefect")
    # the scrubbed free text says what was removed
    csv_text = (project_env.portal_dir / "evenements-de-securite-civile/courant/evenements-de-securite-civile.csv"
                ).read_text(encoding="utf-8")
    assert "retiré" in csv_text


def test_undeclared_personal_column_stops_the_dataset_without_printing_values(project):
    import json

    path = project.schemas_dir / "bottin-des-services-de-police.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    for f in schema["fields"]:
        if f["name"] == "telephone":
            del f["privacy"]
    path.write_text(json.dumps(schema), encoding="utf-8")
    res = run_inventory(project, LocalPortal(project.portal_dir), ["bottin-des-services-de-police"]).results[0]
    assert res.status == "échec"
    assert "telephone" in res.message and "téléphone" in res.message
    assert "555" not in res.message
    assert not (project.portal_dir / "bottin-des-services-de-police" / "courant").exists()


@pytest.mark.parametrize("bad", [NAS, RAMQ])
def test_identifier_in_a_quasi_column_fails_closed(project, bad):
    db = sqlite3.connect(project.datasets_dir / "aide-financiere-aux-sinistres/source/aide_financiere.sqlite")
    db.execute("update reclamations set statut = ? where rowid = 1", (f"Refusée {bad}",))
    db.commit()
    db.close()
    path = project.schemas_dir / "aide-financiere-aux-sinistres.schema.json"
    import json

    schema = json.loads(path.read_text(encoding="utf-8"))
    for f in schema["fields"]:
        if f["name"] == "statut":
            f.get("constraints", {}).pop("enum", None)
    path.write_text(json.dumps(schema), encoding="utf-8")
    res = run_inventory(project, LocalPortal(project.portal_dir), ["aide-financiere-aux-sinistres"]).results[0]
    assert res.status == "échec", res.message
    assert "statut" in res.message and bad not in res.message


def test_undeclared_column_with_only_names_fails_closed():
    import pyarrow as pa

    from dqpub.privacy.anonymize import anonymize
    from dqpub.core.errors import PrivacyError

    table = pa.table({"ville": ["Québec"] * 3,
                      "note": ["Signalé par Mme Geneviève Tremblay", "chez M. Jean-François Gagnon", "RAS"]})
    schema = {"fields": [{"name": "ville", "type": "string", "privacy": {"category": "public"}},
                         {"name": "note", "type": "string"}]}
    with pytest.raises(PrivacyError) as err:
        anonymize(table, schema, dataset="t", key=None)
    assert "note" in str(err.value) and "Tremblay" not in str(err.value)


def test_nas_in_a_public_column_of_an_xlsx_source_fails_closed(project):
    import openpyxl

    path = project.datasets_dir / "bottin-des-services-de-police/source/bottin.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Bottin"]
    ws.cell(row=6, column=[c.value for c in ws[1]].index("adresse") + 1, value=f"rue Principale NAS {NAS}")
    wb.save(path)
    res = run_inventory(project, LocalPortal(project.portal_dir), ["bottin-des-services-de-police"]).results[0]
    assert res.status == "échec" and "adresse" in res.message and "NAS" in res.message
    assert NAS not in res.message and NAS.replace(" ", "") not in res.message
    assert not (project.portal_dir / "bottin-des-services-de-police" / "courant").exists()


def test_change_files_and_maps_of_a_second_version_hold_published_values_only(project):
    """Issue 23: the change file lists a new claim by its published pseudonym (never the source's
    file number) and, like the map, none of the planted values; every published file is scanned."""
    from collections import Counter

    first = run_inventory(project, LocalPortal(project.portal_dir), ["aide-financiere-aux-sinistres",
                                                                      "evenements-de-securite-civile"])
    assert {r.status for r in first.results} == {"publié"}, [r.message for r in first.results]
    plant(project)
    again = run_inventory(project, LocalPortal(project.portal_dir), ["aide-financiere-aux-sinistres",
                                                                      "evenements-de-securite-civile"])
    assert {r.version for r in again.results} == {"1.0.1"}, [r.message for r in again.results]
    base = project.portal_dir / "aide-financiere-aux-sinistres" / "courant"
    lines = list(csv.DictReader(io.StringIO((base / "changements-v1.0.1.csv").read_text(encoding="utf-8"))))
    assert Counter(r["changement"] for r in lines)["ajoutee"] >= 1
    published_ids = {r["id_dossier"] for r in csv.DictReader(io.StringIO(
        (base / "aide-financiere-aux-sinistres.csv").read_text(encoding="utf-8")))}
    assert {r["id_dossier"] for r in lines if r["changement"] == "ajoutee"} <= published_ids  # the pseudonyms
    events = project.portal_dir / "evenements-de-securite-civile" / "courant"
    scanned = read_all_text(project.portal_dir)
    for path in (base / "changements-v1.0.1.csv", events / "changements-v1.0.1.csv",
                 events / "evenements-de-securite-civile-v1.0.1.geojson"):
        assert path.exists() and path.read_text(encoding="utf-8") in scanned  # what assert_clean reads
    assert "AFS-2099-999999" not in scanned and "AFS-" not in (base / "changements-v1.0.1.csv").read_text(encoding="utf-8")
    assert_clean(scanned, "le portail local (fichiers des changements et cartes compris)")
