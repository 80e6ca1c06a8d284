"""``dqpub nouveau``: the proposed schema and privacy policy of each sample's source validate it and
pass the after-scan (a dry run of the real pipeline on the written files); a planted source has its
personal columns flagged, and none of its values reaches the proposal, the reports or the terminal."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dqpub import cli, describe
from dqpub.core.config import Entry, Inventory
from dqpub.core.schema import check_declarations
from dqpub.pipeline import RunOptions, new_run_id, run_dataset
from publishers.local import LocalPortal
from tests.conftest import read_all_text

AIDE_QUERY = ("SELECT id_dossier, nom_reclamant, prenom_reclamant, nas, no_ramq, date_naissance, adresse, code_postal, "
              "telephone, courriel, code_municipalite, municipalite, type_evenement, date_evenement, "
              "date_reclamation, montant_reclame, montant_verse, statut FROM reclamations ORDER BY id_dossier")
SAMPLES = {  # the sources of the bundled samples, as a steward would give them
    "evenements-de-securite-civile": ("fichier", "evenements-de-securite-civile/source/evenements.csv", {}),
    "bottin-des-services-de-police": ("fichier", "bottin-des-services-de-police/source/bottin.xlsx", {}),
    "aide-financiere-aux-sinistres": ("sql", "sqlite:///aide-financiere-aux-sinistres/source/aide_financiere.sqlite",
                                      {"query": AIDE_QUERY}),
    "plans-securite-etablissements-detention": ("fichier", "plans-securite-etablissements-detention/source/plans.csv",
                                                {}),
    "statistiques-interventions-policieres": ("fichier", "statistiques-interventions-policieres/source/interventions.csv",
                                              {}),
}


def _dry_run(proposal: describe.Proposal, settings):
    """Write the proposal into the project copy and run the real pipeline on it, simulated."""
    describe.write(proposal, schemas_dir=settings.schemas_dir, datasets_dir=settings.datasets_dir,
                   inventory=Path(settings.inventory))
    entry = Entry.from_row({**proposal.row, "actif": True})
    return run_dataset(entry, Inventory(entries=(entry,), base_dir=settings.datasets_dir), settings,
                       LocalPortal(settings.portal_dir), run_id=new_run_id(), options=RunOptions(dry_run=True))


def _categories(proposal: describe.Proposal) -> dict[str, tuple[str, str | None]]:
    """What the detectors proposed per field (before the k-anonymity trial generalizes further)."""
    return {p.name: (p.category, p.privacy.get("generalize", {}).get("method")) for p in proposal.fields}


def _published_as_is(proposal: describe.Proposal) -> set[str]:
    return {f["name"] for f in proposal.schema["fields"] if f["privacy"]["category"] == "public"}


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_each_sample_source_gets_a_schema_and_policy_that_validate_and_pass_the_after_scan(project, sample):
    kind, location, options = SAMPLES[sample]
    slug = f"essai-{sample}"[:60].rstrip("-")
    proposal = describe.propose(kind, location, slug=slug, settings=project, options=options)
    assert proposal.report.valid, proposal.report.summary_fr()
    check_declarations(proposal.schema, dataset=slug)
    assert proposal.privacy_check.startswith("analyse après traitement : aucun"), proposal.privacy_check
    assert all(f.get("description") and "Confidentialité : " in f["description"] for f in proposal.schema["fields"])
    result = _dry_run(proposal, project)
    assert result.status == "simulation", result.message  # validated, anonymized, after-scan passed
    cats = _categories(proposal)
    if sample == "evenements-de-securite-civile":
        assert (proposal.encoding, proposal.delimiter) == ("cp1252", ";")
        assert proposal.config["source"] == {"encodage": "cp1252", "separateur": ";"}
        fields = {f["name"]: f for f in proposal.schema["fields"]}
        assert fields["coord_x"]["type"] == "number" and fields["coord_x"]["decimalChar"] == ","
        assert fields["code_municipalite"]["constraints"]["pattern"] == "^[0-9]{5}$"
        assert fields["date_signalement"]["format"] == "%Y-%m-%d %H:%M:%S"
        assert fields["date_debut_imprecise"]["type"] == "boolean"
        assert "enum" in fields["alea"]["constraints"] and fields["alea"]["constraints"]["required"] is True
        assert cats["info_compl_localisation"] == ("free-text", None)
        assert cats["coord_x"] == cats["coord_y"] == ("quasi", "round")
    if sample == "aide-financiere-aux-sinistres":
        for name in ("nom_reclamant", "prenom_reclamant", "nas", "no_ramq", "adresse", "telephone", "courriel"):
            assert cats[name] == ("direct", None), name
        assert cats["code_postal"] == ("quasi", "fsa") and cats["date_naissance"] == ("quasi", "year")
        assert cats["id_dossier"] == ("pseudonym", None) and proposal.schema["primaryKey"] == "id_dossier"
        personal = {"nom_reclamant", "prenom_reclamant", "nas", "no_ramq", "adresse", "telephone", "courriel",
                    "code_postal", "date_naissance", "id_dossier"}
        assert not personal & _published_as_is(proposal)
        assert proposal.suppression <= proposal.config["privacy"]["suppression_max"]
        assert proposal.config["privacy"]["k"] == 5
    if sample == "bottin-des-services-de-police":
        assert cats["prenom"] == cats["nom"] == cats["telephone"] == ("direct", None)
        assert proposal.config["source"] == {"feuille": "Bottin"}


NAMES = ["Bérénice Lachapelle-Zorn", "Gaétan Tremblay", "Sylvie Gagnon", "Marc-André Bouchard", "Nathalie Côté",
         "Jean-François Roy", "Isabelle Pelletier", "Denis Lavoie", "Chantal Fortin", "Réjean Gauthier"]
PLANTED = ["Lachapelle-Zorn", "berenice.lz@exemple.qc.ca", "G1R 4J5", "1957-03-14", "418 555-0199"]


def _planted_source(path: Path) -> None:
    rows = [["nom_complet", "courriel", "code_postal", "date_naissance", "commentaire", "municipalite", "montant"]]
    towns = ["Québec", "Lévis", "Rimouski", "Gatineau"]
    for i in range(60):
        name = NAMES[i % len(NAMES)]
        first, last = name.split(" ", 1)
        email = PLANTED[1] if i == 0 else f"{first[0].lower()}.{last.lower().replace('é', 'e')}{i}@exemple.com"
        postal = PLANTED[2] if i == 0 else f"G{i % 9}R {i % 10}J{(i * 7) % 10}"
        born = PLANTED[3] if i == 0 else f"19{40 + i % 50}-0{1 + i % 9}-1{i % 10}"
        note = (f"Appel de {name} au {PLANTED[4] if i == 0 else '819 555-01' + str(10 + i % 80)} : sous-sol inondé, "
                f"demande une visite rapide de l'inspecteur municipal")
        rows.append([name, email, postal, born, note, towns[i % 4], f"{100 + i * 17},50"])
    with open(path, "w", encoding="cp1252", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)


def test_a_planted_source_has_its_personal_columns_flagged_and_no_value_leaks(project, capsys, monkeypatch):
    source = project.datasets_dir / "plante.csv"
    _planted_source(source)
    for var, value in (("DQPUB_INVENTORY", project.inventory), ("DQPUB_SCHEMAS_DIR", str(project.schemas_dir)),
                       ("DQPUB_DATASETS_DIR", str(project.datasets_dir)),
                       ("DQPUB_PORTAL_DIR", str(project.portal_dir)), ("DQPUB_WORK_DIR", str(project.work_dir))):
        monkeypatch.setenv(var, value)
    inventory_before = Path(project.inventory).read_text(encoding="utf-8")
    assert cli.main(["nouveau", "plainte-plantee", str(source), "--stdout"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert Path(project.inventory).read_text(encoding="utf-8") == inventory_before  # --stdout writes nothing
    assert not (project.schemas_dir / "plainte-plantee.schema.json").exists()
    assert "Simulation : ~ plainte-plantee" in out and "simulation" in out
    assert "# ligne de l'inventaire\nidentifiant,titre,description,unite_responsable," in out  # French columns
    assert "\nplainte-plantee,Plainte plantee," in out and ",fichier,plante.csv," in out
    schema = json.loads(out.split("# schemas/plainte-plantee.schema.json\n", 1)[1].split("\n# datasets/", 1)[0])
    public = {f["name"] for f in schema["fields"] if f["privacy"]["category"] == "public"}
    assert public <= {"municipalite", "montant"}  # every personal column flagged in what is written
    proposal = describe.propose("fichier", str(source), slug="plainte-plantee", settings=project)
    cats = _categories(proposal)
    assert cats["nom_complet"] == ("direct", None) and cats["courriel"] == ("direct", None)
    assert cats["code_postal"] == ("quasi", "fsa") and cats["date_naissance"] == ("quasi", "year")
    assert cats["commentaire"] == ("free-text", None)
    assert cats["municipalite"][0] == "public" and cats["montant"][0] == "public"
    assert next(f for f in schema["fields"] if f["name"] == "montant")["decimalChar"] == ","
    for value in PLANTED + ["Tremblay", "Gagnon"]:
        assert value not in out, value
        assert value not in read_all_text(project.work_dir), value

    # written for real: schema, dataset.yaml, inventory row (inactive); the inventory still loads
    assert cli.main(["nouveau", "plainte-plantee", str(source)]) == cli.EXIT_OK
    assert (project.schemas_dir / "plainte-plantee.schema.json").exists()
    assert (project.datasets_dir / "plainte-plantee" / "dataset.yaml").exists()
    capsys.readouterr()
    assert cli.main(["plan", "--json"]) == cli.EXIT_OK
    plan = {p["jeu"]: p for p in json.loads(capsys.readouterr().out)}
    assert plan["plainte-plantee"]["publier"] is False  # « actif » non until the steward reviews
    assert cli.main(["nouveau", "plainte-plantee", str(source)]) == cli.EXIT_CONFIG  # never overwrites


def test_a_url_source_is_pulled_like_the_pipeline_pulls_it(project, http_server):
    base = http_server(project.datasets_dir / "statistiques-interventions-policieres" / "source")
    proposal = describe.propose("url", f"{base}/interventions.csv", slug="stats-par-url", settings=project)
    assert proposal.report.valid and proposal.row["source_type"] == "url"
    assert proposal.row["source_emplacement"] == f"{base}/interventions.csv"
    fields = {f["name"]: f for f in proposal.schema["fields"]}
    assert fields["annee"]["type"] == "year" and fields["nombre"]["type"] == "integer"
    assert fields["code_region"]["constraints"]["pattern"] == "^[0-9]{2}$"
    assert all(f["privacy"]["category"] == "public" for f in fields.values())
    assert _dry_run(proposal, project).status == "simulation"
