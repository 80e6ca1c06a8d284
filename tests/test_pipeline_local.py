"""The foundation, end to end on the sample inventory and the embedded local portal."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dqpub import cli
from dqpub.inventory import plan, pull_inventory
from dqpub.pipeline import RunOptions, run_inventory
from publishers.local import LocalPortal

PUBLISHED = {"evenements-de-securite-civile", "bottin-des-services-de-police", "aide-financiere-aux-sinistres"}


def run(settings, *datasets, **options):
    return run_inventory(settings, LocalPortal(settings.portal_dir), list(datasets) or None, RunOptions(**options))


def by_name(summary):
    return {r.dataset: r for r in summary.results}


def test_plan_refuses_restricted_and_disabled(project):
    items = {i.entry.slug: i for i in plan(pull_inventory(project))}
    assert not items["plans-securite-etablissements-detention"].publish
    assert "restreint-art-29" in items["plans-securite-etablissements-detention"].reason
    assert not items["statistiques-interventions-policieres"].publish
    assert "désactivé" in items["statistiques-interventions-policieres"].reason
    assert {k for k, v in items.items() if v.publish} == PUBLISHED


def test_sample_inventory_publishes_then_second_run_publishes_nothing(project):
    first = by_name(run(project))
    for name in PUBLISHED:
        assert first[name].status == "publié", first[name].message
        assert first[name].version == "1.0.0"
    assert first["plans-securite-etablissements-detention"].status == "refusé"
    assert not (project.portal_dir / "plans-securite-etablissements-detention" / "courant").exists()

    second = by_name(run(project))
    for name in PUBLISHED:
        assert second[name].status == "inchangé", second[name].message
        assert "inchangée" in second[name].message

    # forced: everything re-runs, and the content fingerprint still says unchanged
    forced = by_name(run(project, force=True))
    assert all(forced[n].status == "inchangé" for n in PUBLISHED)
    assert "identique" in forced["bottin-des-services-de-police"].message


def test_portal_holds_what_reusers_download(project):
    run(project)
    base = project.portal_dir / "evenements-de-securite-civile" / "courant"
    pkg = json.loads((base / "package.json").read_text(encoding="utf-8"))
    assert pkg["name"] == "evenements-de-securite-civile"
    assert pkg["owner_org"] == "msp" and pkg["license_id"] == "cc-by" and pkg["version"] == "1.0.0"
    assert pkg["update_frequency"] == "daily" and pkg["language"] == "FR"
    assert "## Attributs" in pkg["notes"] and "| code_alea |" in pkg["notes"]
    start, end = pkg["temporal"].split("/")  # one string AAAA-MM-JJ/AAAA-MM-JJ, as on Données Québec
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", start) and re.fullmatch(r"\d{4}-\d\d-\d\d", end) and start <= end
    assert pkg["ext_spatial"] == "quebec" and pkg["extras_organisation_principale"] == "gouvernement-du-quebec"
    assert pkg["author_email"] == "donnees.ouvertes@msp.gouv.qc.ca"
    by_key = {r["dq_cle"]: r for r in pkg["resources"] if r["dq_version"] is None}
    assert by_key["donnees-csv"]["relidi_confic_epsg"] == "oui"  # coord_x/coord_y in EPSG:4326
    assert by_key["donnees-csv"]["relidi_condon_boolee"] == "oui"  # date_debut_imprecise
    assert by_key["donnees-csv"]["relidi_description_champs"] == "relidi.descha.foudoc"
    for key in ("dictionnaire", "statistiques"):  # every CSV carries the conformity flags
        assert by_key[key]["relidi_confic_utf8"] == "oui" and by_key[key]["relidi_confic_epsg"] == "n/a"
        assert by_key[key]["relidi_ressource_complementaire"] == "relidi.rescom"
    assert {by_key[k]["resource_type"] for k in ("journal", "anonymisation", "datapackage", "dictionnaire")} == {"support"}
    keys = {r["dq_cle"] for r in pkg["resources"] if r["dq_version"] is None}
    assert {"donnees-csv", "donnees-parquet", "dictionnaire", "statistiques", "journal", "datapackage"} <= keys
    data = (base / "evenements-de-securite-civile.csv").read_bytes()
    assert data == (base / "evenements-de-securite-civile-v1.0.0.csv").read_bytes()
    text = data.decode("utf-8")  # UTF-8, comma separated, '.' decimals
    header = next(csv.reader(text.splitlines()))
    assert header[0] == "code_alea" and "coord_x" in header
    rows = list(csv.DictReader(text.splitlines()))
    assert all("," not in r["coord_x"] for r in rows)
    assert all(len(r["coord_x"].split(".")[-1]) <= 3 for r in rows if r["coord_x"])  # rounded
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", r["date_signalement"]) for r in rows)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", r["date_debut"]) for r in rows)
    table = pq.read_table(base / "evenements-de-securite-civile.parquet")
    assert table.num_rows == len(rows)
    assert table.schema.field("code_alea").metadata[b"description"]
    dp = json.loads((base / "datapackage.json").read_text(encoding="utf-8"))
    assert dp["version"] == "1.0.0" and dp["resources"][0]["hash"].startswith("sha256:")


def test_aide_financiere_is_anonymized(project):
    res = by_name(run(project))["aide-financiere-aux-sinistres"]
    assert res.status == "publié", res.message
    base = project.portal_dir / "aide-financiere-aux-sinistres" / "courant"
    rows = list(csv.DictReader((base / "aide-financiere-aux-sinistres.csv").read_text(encoding="utf-8").splitlines()))
    for gone in ("nom_reclamant", "prenom_reclamant", "nas", "no_ramq", "adresse", "telephone", "courriel"):
        assert gone not in rows[0]
    db = sqlite3.connect(project.datasets_dir / "aide-financiere-aux-sinistres/source/aide_financiere.sqlite")
    ids = {r[0] for r in db.execute("select id_dossier from reclamations")}
    assert not ids & {r["id_dossier"] for r in rows}  # pseudonymized
    assert all(len(r["code_postal"]) in (0, 3) for r in rows)  # FSA only
    assert res.privacy["k_after"] >= 5
    assert (project.portal_dir / ".prive" / "aide-financiere-aux-sinistres" /
            "registre_anonymisation-1.0.0.json").exists()
    assert "k-anonymat" in (base / "anonymisation.md").read_text(encoding="utf-8")


def test_aide_financiere_reaches_l_diversity_two_recomputed_from_the_published_csv(project):
    """l ≥ 2 by default on every sensitive field (#22): in no class of the published CSV does everyone share
    a status or an amount paid; the summary says how many records gave their value away before and after."""
    res = by_name(run(project, "aide-financiere-aux-sinistres"))["aide-financiere-aux-sinistres"]
    assert res.status == "publié", res.message
    base = project.portal_dir / "aide-financiere-aux-sinistres" / "courant"
    rows = list(csv.DictReader((base / "aide-financiere-aux-sinistres.csv").read_text(encoding="utf-8").splitlines()))
    schema = json.loads((project.schemas_dir / "aide-financiere-aux-sinistres.schema.json").read_text(encoding="utf-8"))
    quasi = [f["name"] for f in schema["fields"] if (f.get("privacy") or {}).get("category") == "quasi"]
    sensitive = [f["name"] for f in schema["fields"] if (f.get("privacy") or {}).get("category") == "sensitive"]
    assert quasi and sensitive
    classes: dict[tuple, list[dict]] = {}
    for r in rows:
        classes.setdefault(tuple(r[q] for q in quasi), []).append(r)
    for s in sensitive:
        assert min(len({r[s] for r in members}) for members in classes.values()) >= 2, s
    summary = (base / "anonymisation.md").read_text(encoding="utf-8")
    assert "seuil l = 2" in summary
    assert re.search(r"se déduit de la classe : \d+,\d % avant traitement, 0,0 % après", summary)


def test_bottin_keeps_public_function_names(project):
    run(project)
    base = project.portal_dir / "bottin-des-services-de-police" / "courant"
    rows = list(csv.DictReader((base / "bottin-des-services-de-police.csv").read_text(encoding="utf-8").splitlines()))
    assert all(r["nom"] and r["prenom"] and r["telephone"] for r in rows)


def test_broken_data_is_not_published_and_message_names_row_column_rule(project):
    path = project.datasets_dir / "evenements-de-securite-civile/source/evenements.csv"
    lines = path.read_bytes().split(b"\r\n")
    cells = lines[5].split(b";")
    cells[0] = b"abc"  # code_alea must be an integer
    lines[5] = b";".join(cells)
    path.write_bytes(b"\r\n".join(lines))
    res = by_name(run(project, "evenements-de-securite-civile"))["evenements-de-securite-civile"]
    assert res.status == "échec"
    assert "evenements-de-securite-civile" in res.message
    assert "ligne 6" in res.message and "code_alea" in res.message
    assert "integer" in res.message or "entier" in res.message
    assert not (project.portal_dir / "evenements-de-securite-civile" / "courant").exists()
    assert Path(res.reports["md"]).exists()


def test_data_change_gives_patch_and_change_log(project):
    run(project, "bottin-des-services-de-police")
    import openpyxl

    path = project.datasets_dir / "bottin-des-services-de-police/source/bottin.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Bottin"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("site_internet") + 1, value="https://exemple.qc.ca/nouveau")
    wb.save(path)
    res = by_name(run(project, "bottin-des-services-de-police"))["bottin-des-services-de-police"]
    assert res.status == "publié" and res.version == "1.0.1" and res.bump == "patch"
    base = project.portal_dir / "bottin-des-services-de-police"
    log = (base / "courant" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## Version 1.0.1" in log and "1 modifiées" in log and "## Version 1.0.0" in log
    # the past version stays downloadable, byte-identical
    assert (base / "versions/1.0.0/bottin-des-services-de-police-v1.0.0.csv").exists()
    portal = LocalPortal(project.portal_dir)
    assert portal.fetch("bottin-des-services-de-police", "donnees-csv", "1.0.0") != portal.fetch(
        "bottin-des-services-de-police", "donnees-csv")


def test_schema_break_gives_major(project):
    run(project, "bottin-des-services-de-police")
    path = project.schemas_dir / "bottin-des-services-de-police.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["fields"] = [f for f in schema["fields"] if f["name"] != "site_internet"]
    path.write_text(json.dumps(schema), encoding="utf-8")
    import openpyxl

    src = project.datasets_dir / "bottin-des-services-de-police/source/bottin.xlsx"
    wb = openpyxl.load_workbook(src)
    ws = wb["Bottin"]
    col = [c.value for c in ws[1]].index("site_internet") + 1
    ws.delete_cols(col)
    wb.save(src)
    res = by_name(run(project, "bottin-des-services-de-police"))["bottin-des-services-de-police"]
    assert res.status == "publié", res.message
    assert res.version == "2.0.0" and res.bump == "major"
    assert any("site_internet" in r for r in res.reasons)


def test_dry_run_writes_nothing_and_shows_the_diff(project, monkeypatch):
    slug = "bottin-des-services-de-police"
    monkeypatch.delenv("DQPUB_PSEUDONYM_KEY", raising=False)  # the local target would make its key file
    res = by_name(run(project, slug, dry_run=True))[slug]
    assert res.status == "simulation" and res.version == "1.0.0"
    assert "bottin-des-services-de-police.csv" in res.files
    assert not [p for p in project.portal_dir.rglob("*") if p.is_file()]  # not even the pseudonym key
    run(project, slug)
    before = sorted(p.name for p in (project.portal_dir / slug).rglob("*"))
    _edit_bottin(project, 5, "https://exemple.qc.ca/essai")
    inv = Path(project.inventory)
    inv.write_text(inv.read_text(encoding="utf-8").replace(
        "Bottin des services de police,", "Bottin des corps de police,"), encoding="utf-8")
    res = by_name(run(project, slug, dry_run=True))[slug]
    assert res.status == "simulation" and res.version == "1.0.1"
    assert res.diff["version"] == "1.0.0 → 1.0.1" and res.diff["lignes"]["modifiees"] == 1
    assert "title" in res.diff["metadonnees_modifiees"]
    assert f"{slug}.csv" in res.diff["ressources_remplacees"]
    assert f"{slug}-v1.0.1.csv" in res.diff["ressources_creees"]
    assert "1 modifiées" in res.message and "title" in res.message
    assert sorted(p.name for p in (project.portal_dir / slug).rglob("*")) == before


def test_inventory_pulled_over_http(project, http_server):
    url = http_server(project.datasets_dir)
    settings = project.with_(inventory=f"{url}/inventaire.csv")
    # relative sources of a remote inventory resolve against the datasets folder
    items = plan(pull_inventory(settings))
    assert len(items) == 5


def test_url_source(project, http_server):
    url = http_server(project.datasets_dir / "statistiques-interventions-policieres" / "source")
    inv = Path(project.inventory)
    text = inv.read_text(encoding="utf-8")
    text = text.replace(
        "https://www.donneesquebec.ca/recherche/dataset/statistiques-interventions-policieres/interventions.csv",
        f"{url}/interventions.csv").replace(",moyenne,non,police", ",moyenne,oui,police")
    inv.write_text(text, encoding="utf-8")
    res = by_name(run(project, "statistiques-interventions-policieres"))["statistiques-interventions-policieres"]
    assert res.status == "publié", res.message


def test_url_source_404_fails_that_dataset_clearly(project, http_server):
    url = http_server(project.datasets_dir)
    inv = Path(project.inventory)
    text = inv.read_text(encoding="utf-8").replace(
        "https://www.donneesquebec.ca/recherche/dataset/statistiques-interventions-policieres/interventions.csv",
        f"{url}/absent.csv").replace(",moyenne,non,police", ",moyenne,oui,police")
    inv.write_text(text, encoding="utf-8")
    summary = by_name(run(project))
    res = summary["statistiques-interventions-policieres"]
    assert res.status == "échec" and "404" in res.message
    assert summary["bottin-des-services-de-police"].status == "publié"  # the others go on


def test_invalid_inventory_stops_with_clear_message(project):
    inv = Path(project.inventory)
    inv.write_text(inv.read_text(encoding="utf-8").replace(",daily,", ",chaque-jour,"), encoding="utf-8")
    from dqpub.core.errors import InventoryError

    with pytest.raises(InventoryError) as err:
        pull_inventory(project)
    assert "frequence" in str(err.value) and "ligne 2" in str(err.value)


def test_cli_run_and_plan(project, monkeypatch, capsys):
    monkeypatch.setenv("DQPUB_INVENTORY", project.inventory)
    monkeypatch.setenv("DQPUB_SCHEMAS_DIR", str(project.schemas_dir))
    monkeypatch.setenv("DQPUB_DATASETS_DIR", str(project.datasets_dir))
    monkeypatch.setenv("DQPUB_PORTAL_DIR", str(project.portal_dir))
    monkeypatch.setenv("DQPUB_WORK_DIR", str(project.work_dir))
    assert cli.main(["plan"]) == 0
    out = capsys.readouterr().out
    assert "restreint-art-29" in out
    assert cli.main(["run"]) == 0
    out = capsys.readouterr().out
    assert out.count("publié") >= 3 and "refusé" in out
    assert cli.main(["run"]) == 0
    assert capsys.readouterr().out.count("inchangé") >= 3
    assert cli.main(["validate", "bottin-des-services-de-police"]) == 0


def _edit_bottin(project, row: int, value: str) -> None:
    import openpyxl

    path = project.datasets_dir / "bottin-des-services-de-police/source/bottin.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Bottin"]
    ws.cell(row=row, column=[c.value for c in ws[1]].index("site_internet") + 1, value=value)
    wb.save(path)


def test_rollback_republishes_old_content_as_a_new_version(project, monkeypatch, capsys):
    slug = "bottin-des-services-de-police"
    run(project, slug)
    portal = LocalPortal(project.portal_dir)
    v1 = portal.fetch(slug, "donnees-csv")
    _edit_bottin(project, 4, "https://exemple.qc.ca/erreur")
    assert by_name(run(project, slug))[slug].version == "1.0.1"
    for var, value in (("DQPUB_INVENTORY", project.inventory), ("DQPUB_SCHEMAS_DIR", str(project.schemas_dir)),
                       ("DQPUB_DATASETS_DIR", str(project.datasets_dir)),
                       ("DQPUB_PORTAL_DIR", str(project.portal_dir)), ("DQPUB_WORK_DIR", str(project.work_dir))):
        monkeypatch.setenv(var, value)
    assert cli.main(["rollback", slug, "1.0.0"]) == 0
    assert "1.0.2" in capsys.readouterr().out
    assert portal.fetch(slug, "donnees-csv") == v1  # byte-identical to what 1.0.0 published
    assert portal.fetch(slug, "donnees-csv", "1.0.0") == v1
    log = portal.fetch(slug, "journal").decode("utf-8")
    assert "## Version 1.0.2" in log and "retour au contenu de la version 1.0.0" in log
    assert by_name(run(project, slug))[slug].status == "inchangé"  # the rollback holds
    assert cli.main(["rollback", slug, "9.9.9"]) == 1  # unknown version: clear error
    assert "non conservée" in capsys.readouterr().err


def test_privacy_risk_above_declared_level_waits_for_approval(project, capsys, monkeypatch):
    import yaml

    path = project.datasets_dir / "aide-financiere-aux-sinistres/dataset.yaml"
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config["approbation"] = {"seuil_suppression": 0.01}
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    res = by_name(run(project, "aide-financiere-aux-sinistres"))["aide-financiere-aux-sinistres"]
    assert res.status == "en attente" and "réidentification" in res.message
    approved = by_name(run(project, "aide-financiere-aux-sinistres",
                           approved=frozenset({"aide-financiere-aux-sinistres"})))["aide-financiere-aux-sinistres"]
    assert approved.status == "publié"


def test_nightly_pulls_a_sql_source_only_when_due(project):
    import datetime as dt

    from dqpub.core.schedule import is_due

    now = dt.datetime(2026, 11, 23, 7, tzinfo=dt.timezone.utc)
    assert is_due("monthly", None, now)
    assert not is_due("monthly", "2026-11-10T07:00:00+00:00", now)
    assert is_due("monthly", "2026-10-24T07:05:00+00:00", now)  # 30 days, minus the slack
    assert is_due("daily", "2026-11-22T07:03:00+00:00", now)
    assert is_due("irregular", "2026-11-22T07:00:00+00:00", now)
    slug = "aide-financiere-aux-sinistres"
    run(project, slug)
    db = project.datasets_dir / "aide-financiere-aux-sinistres/source/aide_financiere.sqlite"
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("update reclamations set montant_verse = round(montant_verse / 2, 2)")
    con.commit()
    con.close()
    nightly = by_name(run(project, slug, only_due=True))[slug]
    assert nightly.status == "inchangé" and "pas encore dû" in nightly.message
    manual = by_name(run(project, slug))[slug]  # a steward's run always looks at the source
    assert manual.status == "publié" and manual.version == "1.0.1"


def test_two_runs_at_once_publish_one_version(project):
    """Two concurrent runs on the same dataset: one publishes, the other sees it done."""
    import threading

    slug = "bottin-des-services-de-police"
    results = []

    def go():
        results.append(by_name(run(project, slug))[slug])

    threads = [threading.Thread(target=go) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.version for r in results] == ["1.0.0", "1.0.0"], [(r.status, r.message) for r in results]
    assert {r.status for r in results} <= {"publié", "inchangé"}
    versions = sorted(p.name for p in (project.portal_dir / slug / "versions").iterdir())
    assert versions == ["1.0.0"]
    state = LocalPortal(project.portal_dir).state(slug)
    assert state.versions == ["1.0.0"] and len(state.history) == 1


def test_triage_answers_whether_there_is_work_without_validating_or_writing(project):
    """The fan-out's question to the pipeline (#25): « à faire » before a publication, « inchangé » after."""
    from dqpub.core.status import Status
    from dqpub.pipeline import new_run_id, run_dataset

    inventory = pull_inventory(project)
    entry = next(e for e in inventory.entries if e.slug == "bottin-des-services-de-police")
    portal = LocalPortal(project.portal_dir)
    first = run_dataset(entry, inventory, project, portal, run_id=new_run_id(), triage=True)
    assert first.status == Status.TO_DO and first.reports == {} and first.version is None
    assert not (project.portal_dir / entry.slug).exists()
    assert run(project, entry.slug).results[0].status == "publié"
    again = run_dataset(entry, inventory, project, portal, run_id=new_run_id(), triage=True)
    assert again.status == Status.UNCHANGED
