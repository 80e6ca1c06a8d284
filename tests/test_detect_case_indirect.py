"""Issue 12: names in capitals or in lowercase, places named after people, ages and health conditions
in free text (indirect identifiers), and the per-field switch in the schema.

The examples here are development cases; the blind held-out set is tests/corpus/pii/temoin3.txt."""

from __future__ import annotations

import pyarrow as pa
import pytest

from dqpub.privacy import detect, recognizers
from dqpub.privacy.anonymize import anonymize
from dqpub.core.errors import PrivacyError
from dqpub.core.schema import free_text_removals


def names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in detect.find_spans(text, ner=True) if s.kind == "nom"]


def indirect(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in detect.find_spans(text, kinds=detect.INDIRECT_KINDS)]


@pytest.mark.parametrize("text, name", [
    ("Info reçue de JEAN-FRANÇOIS BÉDARD vers midi.", "JEAN-FRANÇOIS BÉDARD"),
    ("Appel logé par MÉLISSA GRONDIN, voisine.", "MÉLISSA GRONDIN"),
    ("Message laissé par DENISE O'CONNOR sur le répondeur.", "DENISE O'CONNOR"),
    ("Signalement fait par HUGUES DE LA CHEVROTIÈRE : arbre tombé.", "HUGUES DE LA CHEVROTIÈRE"),
    ("Selon PATRICE LEMAY-DION, le ponceau est bouché.", "PATRICE LEMAY-DION"),
    ("Courriel de LINH TRUONG reçu à 8 h.", "LINH TRUONG"),
])
def test_names_in_capitals_after_a_reporting_word(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("appel de réjean gauthier vers 22 h", "réjean gauthier"),
    ("signalé par nathalie dufour, rue des Pins", "nathalie dufour"),
    ("rappeler marc-olivier vézina demain matin", "marc-olivier vézina"),
    ("courriel de louise pépin avec les photos", "louise pépin"),
    ("selon françois boivin le sous-sol est plein", "françois boivin"),
])
def test_names_in_lowercase_after_a_reporting_word(text, name):
    assert name in names(text)


def test_lowercase_cells_reach_the_names_detector_in_scrub():
    out, counts = detect.scrub(["appel de réjean gauthier vers 22 h"] * 3)
    assert "gauthier" not in out[0].as_py() and counts.get("nom") == 3


@pytest.mark.parametrize("text", [
    "Centre d'hébergement ouvert à l'aréna Gilles-Tremblay.",
    "Circulation fermée sur le pont Pierre-Laporte.",
    "L'école Jean-De-Brébeuf sert de refuge.",
    "Travaux boulevard René-Lévesque.",
    "Patients transférés à l'hôpital Charles-Le Moyne.",
    "Inondation à Saint-Jean-sur-Richelieu.",
    "FERMETURE DU PONT PIERRE-LAPORTE EN DIRECTION SUD",
    "Fermeture du PONT JACQUES-CARTIER ce soir.",
    "Info reçue de la MUNICIPALITÉ DE SAINT-HENRI.",
    "Selon ENVIRONNEMENT CANADA, 50 mm de pluie.",
    "Signalé par HYDRO-QUÉBEC : ligne au sol.",
    "URGENT : ROUTE 138 FERMÉE À LA HAUTEUR DE FORESTVILLE",
    "appel de la municipalité vers 21 h",
    "selon le maire la route est coupée",
    "info reçue de pierre concassée livrée au chantier",
])
def test_places_organizations_and_common_words_are_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize("text, found", [
    ("Dame de 91 ans seule à domicile.", [("age", "91 ans")]),
    ("Mme Lachance, 77 ans, refuse de partir.", [("age", "77 ans")]),
    ("Homme âgé de 63 ans transporté à l'hôpital.", [("age", "63 ans")]),
    ("Bébé de 5 mois dans la maison évacuée.", [("age", "5 mois")]),
    ("Résident sous dialyse trois fois par semaine.", [("sante", "dialyse")]),
    ("Dame seule sous oxygène, génératrice requise.", [("sante", "oxygène")]),
    ("Homme en fauteuil roulant au 2e étage.", [("sante", "fauteuil roulant")]),
    ("Sa mère, atteinte d'Alzheimer, vit avec eux.", [("sante", "Alzheimer")]),
    ("Le locataire est diabétique.", [("sante", "diabétique")]),
])
def test_ages_and_health_conditions_are_found(text, found):
    got = indirect(text)
    for kind, fragment in found:
        assert any(k == kind and fragment in g for k, g in got), (text, got)


@pytest.mark.parametrize("text", [
    "Zone inondable de récurrence 20 ans.",
    "Maison construite il y a 45 ans.",
    "Résident du secteur depuis 30 ans.",
    "Crue de récurrence 100 ans à Beauceville.",
    "Un homme dans la soixantaine a été vu près du quai.",
    "Le taux d'oxygène dissous est faible.",
    "Une dépression apportera 40 mm de pluie.",
    "Carte d'assurance maladie perdue.",
    "La Santé publique recommande de faire bouillir l'eau.",
])
def test_durations_decades_and_facilities_are_not_indirect_identifiers(text):
    assert indirect(text) == []


def test_indirect_kinds_only_when_asked():
    text = "Dame de 91 ans sous dialyse."
    assert detect.find_spans(text) == []  # default kinds: unchanged behaviour for existing callers
    out, counts = detect.scrub([text], ner=False, kinds=detect.STRUCTURED_KINDS + detect.INDIRECT_KINDS)
    assert out[0].as_py() == "Dame de [âge retiré] sous [renseignement de santé retiré]."
    assert counts == {"age": 1, "sante": 1}


# --- the schema switch and the registry ----------------------------------------------------------

def _schema(privacy: dict) -> dict:
    return {"fields": [{"name": "note", "type": "string", "privacy": privacy}]}


def _anon(privacy: dict):
    table = pa.table({"note": ["Dame de 84 ans sous oxygène, rue Principale.", "Homme de 45 ans en fauteuil roulant.",
                               "Aucun dommage."]})
    return anonymize(table, _schema(privacy), dataset="essai", key=b"k" * 32)


def test_free_text_removes_ages_and_health_by_default_and_counts_them():
    anon = _anon({"category": "free-text"})
    notes = anon.table["note"].to_pylist()
    assert notes[0] == "Dame de [âge retiré] sous [renseignement de santé retiré], rue Principale."
    assert "45" not in notes[1] and "fauteuil" not in notes[1]
    assert anon.report.scrubbed == {"age": 2, "sante": 2}
    assert "âges" in anon.report.techniques["note"] and "santé" in anon.report.techniques["note"]


def test_free_text_switch_per_field():
    anon = _anon({"category": "free-text", "retirer": {"age": False, "sante": True}})
    notes = anon.table["note"].to_pylist()
    assert "84 ans" in notes[0] and "oxygène" not in notes[0]
    assert anon.report.scrubbed == {"sante": 2}
    assert "âges" not in anon.report.techniques["note"]


@pytest.mark.parametrize("privacy, message", [
    ({"category": "free-text", "retirer": {"agee": False}}, "agee"),
    ({"category": "free-text", "retirer": {"age": "non"}}, "vrai ou faux"),
    ({"category": "free-text", "retirer": ["age"]}, "objet"),
    ({"category": "public", "retirer": {"age": False}}, "free-text"),
])
def test_free_text_switch_is_validated(privacy, message):
    with pytest.raises(ValueError, match=message):
        free_text_removals({"name": "note", "privacy": privacy})
    with pytest.raises(PrivacyError) as exc:
        _anon(privacy)
    assert "retirer" in str(exc.value) and "84" not in str(exc.value)


def test_published_summary_names_ages_and_health_in_french():
    from dqpub.release import documents

    record = {**_anon({"category": "free-text"}).report.to_dict(), "version": "1.0.0", "date": "2026-12-01"}
    text = documents.anonymization_markdown(documents.build("Essai", "essai", [], record))
    assert "âge : 2" in text and "renseignement de santé : 2" in text and "84" not in text


def test_indirect_prefilters_let_every_finding_through():
    """scrub only runs the age and health finders on cells its RE2 filters keep: the filters must keep
    every cell where the finders find something (corpus cells and one example per lexicon line)."""
    import json
    import re
    from pathlib import Path

    import pyarrow.compute as pc

    corpus = Path(__file__).parent / "corpus" / "pii" / "labelled.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts += ["sous oxygène", "concentrateur d'oxygène", "Elle fait une dépression.", "une femme enceinte",
              "séropositif", "hépatite C", "accident vasculaire cérébral", "idées suicidaires", "né en 1941",
              "84-year-old", "aged 84", "âge : 84", "la nonagénaire"]
    for kind in detect.INDIRECT_KINDS:
        finder = detect.FINDERS[kind]
        kept = pc.match_substring_regex(pa.array(texts), detect.RE2_INDIRECT[kind], ignore_case=True).to_pylist()
        for text, keep in zip(texts, kept):
            if next(iter(finder(text)), None) is not None:
                assert keep, (kind, text)
    lexicon = (Path(detect.__file__).with_name("lexique_sante.txt")).read_text(encoding="utf-8")
    assert recognizers.SANTE.pattern.count("(?:") > 40
    for line in lexicon.splitlines():
        if line.strip() and not line.startswith("#"):
            re.compile(line)


def test_scrub_and_find_spans_agree_on_indirect_kinds():
    texts = ["Dame de 84 ans sous oxygène.", "Résident depuis 30 ans.", "Mme Roy, 91 ans, diabétique.",
             "appel de jean tremblay vers 21 h", "Centre de dialyse fermé."]
    kinds = detect.ALL_KINDS
    out, _ = detect.scrub(texts, kinds=kinds)
    for text, got in zip(texts, out.to_pylist()):
        spans = detect.find_spans(text, kinds=kinds, ner=True)
        assert detect._apply(text, spans) == got
