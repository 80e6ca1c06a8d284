"""dataset.yaml and the inventory row as typed objects: French keys for stewards, English attributes
for the code, every unknown key and every wrong type refused with a message naming where."""

from __future__ import annotations

import pytest

from dqpub.core.config import INVENTORY_COLUMNS, DatasetConfig, Entry
from dqpub.core.errors import InventoryError


def test_every_section_maps_french_keys_to_typed_attributes():
    config = DatasetConfig.from_dict({
        "source": {"encodage": "cp1252", "separateur": ";", "feuille": 2, "requete": "SELECT 1"},
        "metadata": {"methodologie": "m", "champ_temporel": "date", "epsg": 32198, "mots_cles": ["a", "b"]},
        "privacy": {"k": 5, "suppression_max": 0, "cellules": {"compte": "n", "seuil": 3, "dimensions": ["x"]}},
        "validation": {"lignes_invalides": {"mode": "quarantaine", "part_max": 0.05}, "vide_permis": True},
        "versions": {"conserver": "toutes"},
        "approbation": {"premiere_publication": False, "seuil_suppression": 0.1},
    })
    assert (config.source.encoding, config.source.delimiter, config.source.sheet) == ("cp1252", ";", 2)
    assert config.metadata.temporal_field == "date" and config.metadata.keywords == ("a", "b")
    assert config.privacy.k == 5 and config.privacy.max_suppression == 0.0
    assert config.privacy.cells.count == "n" and config.privacy.cells.dimensions == ("x",)
    assert config.validation.invalid_rows.max_share == 0.05 and config.validation.allow_empty
    assert config.versions.keep == "toutes"
    assert not config.approval.first_publication and config.approval.suppression_threshold == 0.1


def test_defaults_when_a_section_is_absent():
    config = DatasetConfig.from_dict({})
    assert config.source.header_row == 1 and config.source.quotechar == '"'
    assert config.privacy.k is None and config.validation.invalid_rows is None
    assert config.approval.first_publication and config.approval.suppression_threshold == 0.02


@pytest.mark.parametrize("data, expected", [
    ({"sourc": {}}, "clé(s) inconnue(s) sourc"),
    ({"source": {"encoding": "utf-8"}}, "« encoding » (voulez-vous dire « encodage » ?)"),
    ({"privacy": {"cellules": {"compte": "n", "seuils": 5}}}, "privacy.cellules : clé(s) inconnue(s) « seuils »"),
    ({"validation": {"lignes_invalides": {"max_invalid_share": 0.1}}}, "voulez-vous dire « part_max »"),
    ({"privacy": {"k": "cinq"}}, "privacy.k : un entier est attendu"),
    ({"approbation": {"premiere_publication": "oui"}}, "true ou false est attendu"),
    ({"metadata": ["a"]}, "metadata : un dictionnaire"),
    ({"privacy": {"k": True}}, "un entier est attendu"),  # a YAML boolean is not a k
    # values of the right type that mean nothing (or something else than the steward thinks)
    ({"validation": {"lignes_invalides": {"mode": "rejet"}}}, "validation.lignes_invalides.mode : « quarantaine » est attendu"),
    ({"validation": {"lignes_invalides": {"part_max": 5}}}, "part_max : une part entre 0 et 1 est attendue"),
    ({"privacy": {"suppression_max": 1.5}}, "privacy.suppression_max : une part entre 0 et 1"),
    ({"approbation": {"seuil_suppression": -0.1}}, "seuil_suppression : une part entre 0 et 1"),
    ({"versions": {"conserver": "tout"}}, "versions.conserver : un nombre de versions (1 ou plus) ou « toutes »"),
    ({"versions": {"conserver": 0}}, "pas « 0 »"),
])
def test_unknown_keys_and_wrong_types_are_refused_where_they_are(data, expected):
    with pytest.raises(InventoryError) as err:
        DatasetConfig.from_dict(data, where="datasets/x/dataset.yaml")
    assert expected in str(err.value) and "datasets/x/dataset.yaml" in str(err.value)


def test_an_inventory_row_round_trips_through_the_english_entry():
    row = {"identifiant": "jeu-a", "titre": "T", "description": "D", "unite_responsable": "U",
           "source_type": "fichier", "source_emplacement": "a.csv", "schema": "a.schema.json",
           "frequence": "annual", "licence": "cc-by", "classification": "public", "priorite": "haute",
           "actif": True, "mots_cles": "a; b", "groupes": "", "courriel_contact": "donnees@msp.gouv.qc.ca"}
    entry = Entry.from_row(row)
    assert entry.slug == "jeu-a" and entry.keywords == ("a", "b") and entry.active and not entry.restricted
    assert set(entry.as_row()) == set(INVENTORY_COLUMNS) and entry.as_row()["identifiant"] == "jeu-a"
