"""Periodic re-evaluation: the measures and the linkage on small tables, then end to end on the
published samples (all pass, registry entry written) and on planted cases (an e-mail written into
the current published CSV, a raised threshold): the command and the flow fail with a French
message, and no planted value is in any output."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from dqpub.privacy import anonymize
from dqpub import cli
from dqpub.reevaluate import Key, k_measures, l_measures, linkage_measure, reevaluate, small_cells
from dqpub.pipeline import run_inventory
from publishers.local import LocalPortal
from tests.conftest import read_all_text

PUBLISHED = ("evenements-de-securite-civile", "bottin-des-services-de-police", "aide-financiere-aux-sinistres")
PLANTED = "Québec (chez Gaétan Bergeron, G1R 2K5, gaetan.bergeron@videotron.ca, 418-555-1234)"
PLANTED_VALUES = ("gaetan.bergeron", "videotron", "Gaétan", "Bergeron", "G1R 2K5", "555-1234")


# --- measures on small tables -------------------------------------------------------------------


def test_k_measures_smallest_class_and_share_at_risk():
    df = pd.DataFrame({"age": ["30-39"] * 5 + ["40-49"] * 2 + [None],
                       "mois": ["2024-05"] * 5 + ["2024-06"] * 2 + ["2024-06"]})
    assert k_measures(df, ["age", "mois"], 5) == (1, round(3 / 8, 4))
    assert k_measures(df, ["mois"], 3) == (3, 0.0)
    assert k_measures(df.iloc[:5], ["age", "mois"], 5) == (5, 0.0)


def test_l_measures_per_sensitive_field():
    df = pd.DataFrame({"q": ["a"] * 3 + ["b"] * 3, "statut": ["payé", "refusé", "payé", "payé", "payé", "payé"],
                       "montant": [1, 2, 3, 4, 5, 6]})
    assert l_measures(df, ["q"], ["statut", "montant"]) == {"statut": 1, "montant": 3}


def test_small_cells_visible_and_recomputable():
    table = pd.DataFrame({"annee": [2023] * 4 + [2024] * 4, "region": ["01", "01", "02", "02"] * 2,
                          "categorie": ["A", "B"] * 4, "nombre": [12, 3, 40, 22, 15, 18, 30, 9]})
    dims = ["annee", "region", "categorie"]
    assert small_cells(table, "nombre", dims, 5) == (1, 0)  # the 3 is published as it is: primary only
    protected, primary, secondary = anonymize.suppress_small_cells(table, "nombre", dims, 5)
    assert primary == 1 and secondary > 0
    assert small_cells(protected, "nombre", dims, 5) == (0, 0)  # what the pipeline publishes passes
    # a complementary suppression undone: the suppressed cell can be recomputed from the totals
    leaked = protected.copy()
    restored = leaked["nombre"].isna() & (table["nombre"] >= 5)
    leaked.loc[restored, "nombre"] = table.loc[restored, "nombre"]
    visible, recomputable = small_cells(leaked, "nombre", dims, 5)
    assert visible == 0 and recomputable > 0


def _people(n_per_class: int = 5) -> pd.DataFrame:
    """People records, k = 5 on (age band, month); the municipality is published as public."""
    rows = []
    for age, mois in (("30-39", "2024-05"), ("40-49", "2024-05"), ("30-39", "2024-06")):
        for i in range(n_per_class):
            rows.append({"age": age, "mois": mois, "municipalite": ["Gatineau", "Lévis", "Laval", "Alma", "Roberval"][i]})
    return pd.DataFrame(rows)


def test_linkage_with_a_public_column_that_another_dataset_shares_lowers_k():
    people = _people()
    assert k_measures(people, ["age", "mois"], 5) == (5, 0.0)  # passes alone
    events = pd.DataFrame({"municipalite": ["Gatineau", "Lévis", "Québec"],
                           "date_debut": ["2024-05-03", "2024-05-20", "2024-05-07"]})
    keys = [Key("municipalite", "municipalite"), Key("mois", "date_debut", 1)]
    linked, unique, k, at_risk = linkage_measure(people, ["age", "mois"], events, keys, 5)
    assert linked == 4  # Gatineau and Lévis in May 2024: one person each in both age bands
    assert unique == 4 and k == 1 and at_risk == 1.0
    # the date in the other dataset is joined at the month: no event in June, nothing linked there
    assert linkage_measure(people, ["age", "mois"], events.iloc[2:], keys, 5)[0] == 0


def test_linkage_on_keys_that_are_already_quasi_identifiers_keeps_k():
    people = _people()
    people["municipalite"] = "Gatineau"  # one municipality for everybody: a quasi-identifier now
    events = pd.DataFrame({"municipalite": ["Gatineau", "Gatineau"], "date_debut": ["2024-05-03", "2024-06-11"]})
    keys = [Key("municipalite", "municipalite"), Key("mois", "date_debut", 1)]
    linked, unique, k, at_risk = linkage_measure(people, ["age", "mois", "municipalite"], events, keys, 5)
    assert (linked, unique, k, at_risk) == (15, 15, 5, 0.0)


# --- end to end on the published samples -------------------------------------------------------------


def _publish(project):
    summary = run_inventory(project, LocalPortal(project.portal_dir))
    assert {r.dataset for r in summary.results if r.status == "publié"} == set(PUBLISHED), summary.markdown()


def plant_email(project, dataset="evenements-de-securite-civile", column="municipalite", rows=3):
    """Write a contact into a public column of the CURRENT published CSV (a temporary copy)."""
    path = project.portal_dir / dataset / "courant" / f"{dataset}.csv"
    reader = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    for row in reader[:rows]:
        row[column] = PLANTED
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(reader[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(reader)
    path.write_text(out.getvalue(), encoding="utf-8")


def assert_no_planted(*texts: str) -> None:
    for text in texts:
        for value in PLANTED_VALUES:
            assert value not in text, value


def test_samples_pass_and_leave_a_registry_entry(project):
    _publish(project)
    result = reevaluate(project, LocalPortal(project.portal_dir))
    assert [d.dataset for d in result.datasets] == list(PUBLISHED)
    assert not result.failed, result.message()
    for slug in PUBLISHED:
        entries = list((project.portal_dir / ".prive" / slug).glob("reevaluation-*.json"))
        assert len(entries) == 1
        record = json.loads(entries[0].read_text(encoding="utf-8"))
        assert record["resultat"] == "conforme" and record["version"] == "1.0.0" and record["rien_retire"]
    aide = next(d for d in result.datasets if d.dataset == "aide-financiere-aux-sinistres")
    checks = {c.name: c for c in aide.checks}
    assert checks["k-anonymat (plus petite classe)"].measure >= 5 and checks["k-anonymat (plus petite classe)"].ok
    link = next(x for x in aide.linkage if x.other == "evenements-de-securite-civile")
    assert "date_evenement ↔ date_debut (mois)" in link.keys and "municipalite" in link.keys
    assert link.linked_records > 0 and link.k >= 5
    bottin = next(d for d in result.datasets if d.dataset == "bottin-des-services-de-police")
    # the directory keeps its directors' names and phones: found, declared, allowed
    assert {(x.column, x.kind) for x in bottin.detections} >= {("nom", "nom"), ("telephone", "telephone")}
    assert all(x.allowed for x in bottin.detections)
    md = result.markdown()
    assert "3 jeu(x) publié(s) réévalué(s) : 3 conforme(s), 0 à revoir" in md and "Rien n'a été retiré" in md


def test_planted_email_in_a_public_column_fails_the_command_without_any_value(project_env, capsys):
    _publish(project_env)
    plant_email(project_env)
    before = (project_env.portal_dir / "evenements-de-securite-civile/courant/package.json").read_bytes()
    assert cli.main(["reevaluer"]) == 1
    out, err = capsys.readouterr()
    assert "Alerte : réévaluation de l'anonymisation : 1 jeu(x)" in err
    assert "evenements-de-securite-civile (colonne « municipalite » : code postal (3 cellules)" in err
    assert "adresse courriel (3 cellules)" in err
    assert "numéro de téléphone" in out and "nom de personne" in out and "À faire" in out
    assert "Rien n'a été retiré du portail" in err
    # nothing unpublished, and the registry records what was found
    assert (project_env.portal_dir / "evenements-de-securite-civile/courant/package.json").read_bytes() == before
    record = json.loads(next((project_env.portal_dir / ".prive/evenements-de-securite-civile")
                             .glob("reevaluation-*.json")).read_text(encoding="utf-8"))
    assert record["resultat"] == "à revoir"
    assert {"column": "municipalite", "category": "public", "kind": "courriel", "cells": 3,
            "allowed": False} in record["detections"]
    assert_no_planted(out, err, read_all_text(project_env.portal_dir / ".prive"))


def test_a_raised_threshold_is_no_longer_met(project):
    _publish(project)
    config = project.datasets_dir / "aide-financiere-aux-sinistres/dataset.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("  k: 5\n", "  k: 50\n"), encoding="utf-8")
    result = reevaluate(project, LocalPortal(project.portal_dir), ["aide-financiere-aux-sinistres"])
    assert result.failed == ["aide-financiere-aux-sinistres"]
    problems = result.datasets[0].problems
    assert any(p.startswith("k-anonymat 5 < 50 déclaré") for p in problems), problems
    assert any("k combiné" in p for p in problems)
    assert any("dqpub run aide-financiere-aux-sinistres --force" in a for a in result.datasets[0].actions)


def test_unknown_or_unpublished_dataset(project):
    from dqpub.core.errors import InventoryError

    with pytest.raises(InventoryError):
        reevaluate(project, LocalPortal(project.portal_dir), ["pas-un-jeu"])
    result = reevaluate(project, LocalPortal(project.portal_dir), ["bottin-des-services-de-police"])
    assert result.datasets[0].status == "non publié" and not result.failed and not result.records


def test_flow_fails_with_french_message_and_value_free_artifact(prefect_harness, project_env, all_logs):
    from flows.reevaluation import reevaluate_anonymization
    from tests.test_flows import artifacts

    _publish(project_env)
    state = reevaluate_anonymization(return_state=True)
    assert state.is_completed(), state.message
    assert "3 conforme(s)" in artifacts()["reevaluation-anonymisation"]

    plant_email(project_env)
    state = reevaluate_anonymization(return_state=True)
    assert state.is_failed()
    assert "réévaluation de l'anonymisation" in state.message and "evenements-de-securite-civile" in state.message
    assert "adresse courriel" in state.message
    art = artifacts()["reevaluation-anonymisation"]
    assert "| municipalite | public | adresse courriel | 3 | **non** |" in art
    logs = "\n".join(r.getMessage() for r in all_logs.records)
    assert_no_planted(state.message, art, logs, read_all_text(project_env.portal_dir / ".prive"))


def test_shared_keys_by_name_declared_time_field_and_lien():
    import pyarrow as pa

    from dqpub.core.config import Entry, MetadataConfig, PrivacyConfig
    from dqpub.reevaluate import Published, linkage, shared_keys

    def published(slug, cols, fields_, temporal, about_people):
        entry = Entry(slug, slug, "", "", "fichier", "", "", "annual", "cc-by", "public", "", True)
        return Published(entry=entry, state=None, table=pa.table(cols), fields=fields_, policy=PrivacyConfig(),
                         metadata=MetadataConfig(temporal_field=temporal), about_people=about_people, registry=None)

    q = {"category": "quasi"}
    people = published("personnes", {
        "age": ["30-39"] * 6, "mois": ["2024-05"] * 6, "secteur": ["A"] * 3 + ["B"] * 3,
        "code_postal": ["G1R"] * 6},
        [{"name": "age", "type": "string", "privacy": q}, {"name": "mois", "type": "yearmonth", "privacy": q},
         {"name": "secteur", "type": "string", "privacy": {"category": "public", "lien": "quartier"}},
         {"name": "code_postal", "type": "string", "privacy": q}], "mois", True)
    events = published("evenements", {
        "date_debut": ["2024-05-02", "2024-05-09"], "quartier": ["A", "C"], "code_postal": ["G1R 2K5", "G1R 2K6"]},
        [{"name": "date_debut", "type": "date", "privacy": {"category": "public"}},
         {"name": "quartier", "type": "string", "privacy": {"category": "public", "lien": "quartier"}},
         {"name": "code_postal", "type": "string", "privacy": {"category": "public"}}], "date_debut", False)
    keys = {k.label() for k in shared_keys(people, events)}
    assert keys == {"code_postal", "mois ↔ date_debut (mois)", "secteur ↔ quartier"}
    link = linkage(people, events)
    # a full postal code never meets a postal area: that key is left out, the others link
    assert link.keys == ["mois ↔ date_debut (mois)", "secteur ↔ quartier"]
    assert link.added_quasi == ["secteur ↔ quartier"]  # public in « personnes », a quasi-identifier by linkage
    assert (link.linked_records, link.k, link.ok) == (3, 3, False)
