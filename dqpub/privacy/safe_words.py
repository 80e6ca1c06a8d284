"""The word lists and patterns of the free-text pass (:mod:`.safe_text`): what is known to be safe (the
French lexicon, frequent words, Québec places and institutions), what never is (given names and
surnames, health words, ages), and the cue words of the phrases that single a person out.
Sources and licences of the shipped files are written at their top; ``scripts/maj_lexiques.py``
regenerates the generated ones."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from dqpub.privacy import name_lexicons as nl

HERE = Path(__file__).parent

# --- the shipped lists -------------------------------------------------------------------------------


def lines(name: str) -> list[str]:
    return [ln.strip() for ln in (HERE / name).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


@functools.lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Comparison key: casefolded, accents and typographic marks removed, spaces and dashes unified."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("–", "-").replace("—", "-"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"\s+", " ", text).strip()


@functools.lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    return frozenset(fold(w) for w in lines("mots_courants.txt"))


@functools.lru_cache(maxsize=1)
def usual_words() -> frozenset[str]:
    """Folded words of mots_usuels.txt (Zipf >= 2): a word of the model's tables outside them is a specialist's."""
    return frozenset(fold(w) for w in lines("mots_usuels.txt"))


@functools.lru_cache(maxsize=1 << 16)
def usual(key: str) -> bool:
    """``key`` (folded) is a usual French word, or each part of a compound is (the domain's words, DOMAIN_WORDS,
    are kept before any word rule reads them)."""
    words = usual_words()
    if key in words or all(p in words for p in key.split("-") if p):
        return True
    # an inflection rarer than its base (« relogées », « érodées »): the masculine singular decides
    return any(key.endswith(end) and key[:-len(end)] in words for end in ("es", "s", "x", "e") if len(key) > len(end) + 3)


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Frequent English words that are not frequent given names or surnames (mots_anglais.txt): kept only
    when typed in lowercase, for English and franglais notes (« road closed, detour via route 335 »)."""
    return frozenset(lines("mots_anglais.txt"))


@functools.lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Folded names of places and institutions (whole phrases: « thetford mines », « hydro-quebec »)."""
    names = {fold(n) for n in lines("lieux_quebec.txt") + lines("municipalites_quebec.txt")}
    names |= {n.replace("œ", "oe") for n in names if "œ" in n}  # « Belœil » typed « Beloeil »
    names |= {fold(p) for p in nl.PLACES} | {fold(o) for o in nl.ORGS}
    return frozenset(n for n in names if n)


@functools.lru_cache(maxsize=1)
def place_homonyms() -> frozenset[str]:
    """Folded one-word places of municipalites_quebec.txt that are also surnames or given names (« Lemieux »,
    « Racine », « Gagnon »): a place only after a word of place (lieux_homonymes.txt)."""
    return frozenset(fold(n) for n in lines("lieux_homonymes.txt"))


@functools.lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    """Folded acronyms of public bodies written in capitals in the hand list (« SOPFEU », « CISSS »)."""
    return frozenset(fold(n) for n in lines("lieux_quebec.txt") if n.isupper() and n.isalpha())


@functools.lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """Folded given names (of Québec and of many communities) and the frequent surnames that are also French
    words (côté, boucher…)."""
    return frozenset({fold(n) for n in nl.given_names()} | {fold(n) for n in nl.COMMON_WORD_SURNAMES}
                     | nl.world_given_names())


def word_set(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# The words of mots_anglais.txt that are also among the 5,000 most frequent surnames of the 1990 US census
# (kept there as words): capitalized at a sentence's start, they are read as surnames (« Brown called »).
ENGLISH_SURNAME_WORDS = word_set(
    "back ball best black blue book box brown call card case child church close council cross daily day deal do "
    "early east england english field fine free french friend gold good green guess hair hand head heard held her "
    "high house key land large law light little london lord low main march means money new north park peace person "
    "place post power price race read rock sales self short small south speed still story street strong true wall "
    "washington way weeks west white word worth york")


def english_opening(text: str, s: int, e: int) -> bool:
    """« Water levels on … », « Road closed near … »: the word ``text[s:e]`` opens an English sentence (the next
    word is a lowercase English word too) and is no given name nor a surname."""
    word = text[s:e].lower()
    if word not in english_words():  # asked of every word: the set first, the rest of the text only then
        return False
    nxt = _NEXT_WORD.match(text, e)
    return nxt is not None and fold(word) not in person_names() \
        and word not in ENGLISH_SURNAME_WORDS and nxt.group(1) in english_words()


_NEXT_WORD = re.compile(r"[\s-]*([a-z]+)")


INFRA = frozenset(fold(w) for w in nl.INFRA) | word_set(
    "boul av ch aéroport barrage cégep collège hôpital école polyvalente pavillon parc pont centre rpa chsld "
    "aréna bibliothèque église base réservoir baie pointe île cap lac rivière mont rue avenue "
    "boulevard chemin route place montée côte rang quai marina plage carré square station métro gare "
    "terminus tunnel viaduc échangeur musée théâtre stade colisée caserne résidence manoir foyer "
    "institut cégep chsld clsc cpe cisss ciusss polyvalente académie séminaire couvent monastère "
    "sanctuaire basilique cathédrale chapelle centre-ville autoroute tempête ouragan cyclone nm traversier navire")
# A lowercase word allowed between an infrastructure word and the name it carries (« école secondaire X »).
INFRA_ADJ = word_set("secondaire primaire régional régionale général générale municipal municipale publics "
                       "provincial provinciale national nationale universitaire international internationale "
                       "récréatif récréative culturel culturelle communautaire sportif sportive multifonctionnel "
                       "multifonctionnelle paroissial paroissiale civique aquatique services loisirs congrès "
                       "post-tropicale tropicale hivernale d'hébergement hébergement "
                       "de du des la le l' d'")
HONORIFICS = word_set("m m. mme mmes mlle mlles mr mrs ms dr dre drs me pr monsieur madame mademoiselle "
                       "messieurs mesdames docteur docteure famille sieur")
# A lowercase word after one of these is read as a person's when it is a given name or surname.
PERSON_CUES = HONORIFICS | word_set(
    "avec chez par selon contacter contacté contactée appeler appelé appelée rappeler voir aviser "
    "joindre signalé signalée rapporté rapportée propriétaire locataire voisin voisine résident contact "
    "résidente plaignant plaignante témoin conjoint conjointe épouse époux fils fille")
# « parlé à diane », « texté a réal » : after one of these verbs, « à » (or « a » typed without its accent)
# introduces a person.
SPOKE_TO = word_set("parlé parle parler dit demandé demande texté texte écrit répondu rappelé laissé remis donné "
                    "envoyé expliqué confirmé référé référée transmis passé parlait disait jasé")
MONTHS = word_set("janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
                   "décembre decembre janv févr fév avr juil sept oct nov déc")
UNITS = word_set(
    "cm mm m km km/h kmh m2 m² m3 m³ l ml litres litre mètres mètre metres kilomètres kilomètre km2 km² ha "
    "hectares hectare % pourcent $ k$ m$ dollars °c °f degrés degré kg g t tonnes tonne kpa kv kw mw "
    "pi pieds pied po pouces pouce h heure heures hre hres min mn minute minutes s sec secondes jours jour "
    "j nuits nuit mm/h cm/h m3/s m³/s cms mgd l/s millimètres centimètres "
    "am pm a.m. p.m. hr hrs hour hours mph ft feet inches miles mile lbs lb")  # English notes
AGE_UNITS = word_set("ans an années année mois semaines semaine")
# A number after one of these names a road or an exit, whatever follows (« sortie 245 de l'autoroute 20 »).
ROAD_NUMBER = word_set("route routes rte autoroute autoroutes sortie sorties km kilomètre kilomètres borne rang rangs "
                       "option options ligne lignes autopompe autopompes citerne citernes échelle "
                       "pompage magnitude")  # and the numbers of fire units, pumping stations, an earthquake
# A cell with one of these says where someone lives: a kilometre or a road number there is their address
# (« Chalet habité à l'année au 14 km 24 route 112 », « Réside au kilomètre 93 de la route 116 »).
RESIDENCE = word_set("réside résidant résidante habite habité habitée habitent demeure demeurant domicile domicilié "
                     "domiciliée vit chalet maison roulotte propriétaire locataire occupant occupante")
# After « no » / « numéro », these make it an object's number, not a civic number (« caserne no 7 »).
NUMBERED = word_set("caserne station poste feu feux incendie bulletin avis option zone secteur lot-de équipe "
                    "unité camion véhicule autobus vol")
# A number right after one of these is the thing's own number (« camion 310 », « unité 23-15 », « décret
# 1210-2014 », « station hydrométrique 092369 »), not a person's: apparatus of a response, acts, stations.
APPARATUS = word_set("unité camion autopompe citerne pompe-citerne camion-citerne camion-échelle échelle ambulance "
                     "hélicoptère génératrice caserne")  # not boats nor VTT: their numbers are registrations
ACTS = word_set("décret arrêté règlement résolution hydrométrique météorologique")
# « humidex de 40 », « indice de 7 », « magnitude de 3,8 »: the value of a measure.
MEASURES = word_set("humidex indice cote magnitude taux facteur refroidissement éolien débit vitesse hausse "
                    "baisse niveau température")
# A number after one of these is a road, an exit, a level, not a civic number.
NUMBER_CUES = word_set(
    "route routes autoroute autoroutes sortie sorties km kilomètre kilomètres borne niveau niveaux catégorie "
    "phase zone zones secteur secteurs article articles règlement alerte code vers depuis dès jusqu'à à "
    "de entre et ou sur environ plus moins près total totalisant été étaient sont compté comptés "
    "heure heures h avant après pendant durant vague échelle station stations poste postes pont ponts option "
    "options ligne lignes "
    "numéro modèle série type bassin bassins tronçon tronçons section sections lot-de chapitre "
    "bulletin avis version étape le la les des du au aux un une")
# A number after or before one of these locates a home: it is masked.
# Buildings: « maison du 144 », « chalet au 12 » give a civic number.
BUILDINGS = word_set("maison maisons résidence bungalow chalet immeuble bâtisse bâtiment logement duplex triplex "
                     "appartement condo propriété terrain commerce garage cabanon roulotte")
ADDRESS_WORDS = word_set(
    "rue av avenue boul boulevard ch chemin rang montée côte place croissant crois imp impasse terrasse allée "
    "promenade app appartement apt appt unité unite bureau suite logement log porte étage etage lot "
    "case cp c.p rr civique adresse no n° numéro # sous-sol postale rurale boîte bp voisin voisine voisins "
    "coin face")
NUMBER_WORDS = word_set(
    "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt vingts trente quarante cinquante soixante septante huitante "
    "octante nonante cent cents mille mil et premier première")
YEAR_CUES = word_set("en depuis année années an l'an printemps été automne hiver crue crues inondation "
                      "inondations avant après dès jusqu'en vers de débâcle")
# Words ending in -s that are not the counted noun of « 3 résidences ».
FUNCTION_WORDS = word_set("dans sous sans sont vers plus moins très puis depuis après dès jamais alors tous "
                           "toutes mais fois avons avez êtes étions tandis lors")
# Words that introduce what a person is called (« surnommé le Grand », « dit "Coco" », « alias Bob »).
NICKNAME_CUES = word_set("surnommé surnommée surnommés surnom surnoms sobriquet alias aka a.k.a prénommé prénommée")
NICKNAME_SAID = word_set("dit dite dits dites appelé appelée nommé nommée")
BIRTH_CUES = word_set("né née nés nées né-e né·e né.e naissance naissances naît naissant ddn dob d.d.n anniversaire fête fêté "
                      "fêtée fêtera fêter fêtait fêteront birthday born yob")
KINSHIP = word_set(
    "fille fils père mère frère sœur soeur épouse époux conjoint conjointe veuve veuf mari femme "
    "beau-frère belle-sœur belle-soeur beau-père belle-mère neveu nièce cousin cousine oncle tante gendre "
    "bru petit-fils petite-fille grand-père grand-mère filleul filleule enfant enfants bébé")
WORK_CUES = word_set("travaille travaillait travaillant employé employée emploi embauché copropriétaire "
                      "copropriétaires gère gérait "
                      "embauchée oeuvre œuvre stagiaire bénévole gérant gérante propriétaire employeur "
                      "télétravail télétravaille bosse bossait trav work works working worked volunteers volunteering")
WORKPLACES = word_set("usine usines aluminerie papetière scierie mine mines abattoir entrepôt magasin épicerie "
                      "dépanneur pharmacie caisse banque garage restaurant hôtel motel bureau bureaux école "
                      "hôpital clinique chsld clsc poste caserne chantier ferme fromagerie boulangerie quincaillerie "
                      "commerce compagnie entreprise firme manufacture fonderie raffinerie centrale cimenterie "
                      "laiterie imprimerie concession marché supermarché urgence université cégep collège "
                      "municipalité ville ministère marina résidence camping salon boutique atelier cabinet "
                      "garderie cpe rpa pourvoirie érablière serre serres succursale concessionnaire bar café "
                      "cantine dépôt aréna polyvalente moulin pisciculture casse-croûte resto brasserie pizzeria "
                      "friterie binerie")
# A cell with one of these speaks of one person or one household (« lui au salon X, elle à la marina de Laval »,
# « Absent, en déplacement pour Walmart de Lévis », « Revenus : la scierie de Matane »): an establishment it
# names is where that person works or is cared for, and goes (:func:`person_phrases.mask_establishments`).
INDIVIDUAL = HONORIFICS | word_set(
    "lui elle monsieur madame dame homme femme locataire propriétaire proprio proprios occupant occupante "
    "employé employée employés résident résidente conjoint conjointe absent absente absence ménage revenu "
    "revenus sinistré sinistrée demandeur demanderesse requérant requérante victime patient patiente aîné "
    "aînée retraité retraitée salarié salariée travailleur travailleuse employeur emploi congé fils fille "
    "mari épouse époux père mère frère sœur soeur veuf veuve chum blonde détenu détenue prévenu prévenue "
    "contrevenant contrevenante suspect suspecte accusé accusée bonhomme gars")
# Establishments that employ people (besides ``WORKPLACES``): what follows them to a town is a workplace.
ESTABLISHMENTS = word_set("salon marina cpe garderie camping pourvoirie centre motel hôtel auberge dépanneur "
                          "verger cidrerie vignoble pépinière bleuetière conserverie poissonnerie "
                          "station-service concessionnaire atelier cabinet agence succursale boutique "
                          "résidence manufacture bibliothèque aréna piscine écocentre")  # and public posts
# Chains with a branch in most Québec towns, whose name is also a word or typed in lowercase (« Maxi de
# Shawinigan », « au iga extra de chambly »): in a cell about someone, the branch is where that person works.
CHAINS = word_set("maxi iga metro provigo loblaws walmart costco rona bmr canac dollarama couche-tard "
                  "pharmaprix uniprix familiprix proxim brunet jean-coutu simons winners subway mcdonald "
                  "mcdonald's tim a&w st-hubert ultramar esso shell petro-canada saq sqdc desjardins réno-dépôt "
                  "home-depot canadian jysk ikea intermarché bonichoix staples sail décathlon")
# Words of work that name an employer only through a link (« retraité de l'aluminerie », « en rotation à la
# mine », « au travail chez X », « job d'été au Rona », « prof à l'Université Laval »): the noun phrase after
# the link is masked.
WORK_LINKED = word_set("retraité retraitée retraités retraite rotation quart quarts shift shifts job jobs boulot "
                       "travail emplois patron patronne patrons collègue collègues prof profs professeur "
                       "professeure congédié congédiée licencié licenciée mis mise camp stage contrat "
                       "enseigne enseignait joindre rejoindre joignable rejoignable contacter "  # reached at work
                       "works worked working employed teacher nurse cashier clerk manager "  # and in English
                       "bénévolat implique impliqué impliquée membre membres "
                       "livrait")  # volunteering, a membership, a delivery round name a place too
# « qui tient le motel Le Riverain », « la locataire gère le camping X »: what a person runs is their workplace.
OWNS = word_set("tient gère possède dirige exploite opère administre")
NOT_NAMES = frozenset(fold(w) for w in nl.NOT_NAMES | nl.INFRA)
# Civil-security words the lexicons miss (Québec usage); a dataset adds its own with privacy.vocabulaire.
# The abbreviations and English words of operation logs in Québec (« ok pr les sacs, livrés ce pm », « meeting
# avec le MTQ, on attend le feedback »): common to every writer, named by no one.
LOG_WORDS = word_set("am pm ok réf ref ras tél cell infos approx env svp pcq ds pr tjs qqn qq bcp mtn rdv eta vérif verif "
                     "backup meeting feedback call update check standby stand-by full monitor monitoring "
                     "briefing debriefing dispatch")
DOMAIN_WORDS = LOG_WORDS | word_set("relogé relogée relogés relogées réintègrent colmaté colmatée hydrométrique hydrométriques autopompe autopompes pluviomètre pluviomètres "
                                     "antiretour rotationnel dérivant dérivante dérivantes caviardé caviardés "
                                     "humidex créosote rte désincarcération interétablissements n95 abc maj aréna arénas talus talutage ponceaux embâcle embâcles frasil décrochement "
                         "sinistrée sinistrées déneigement refoulement clapet clapets batardeau riverain riveraine "
                         "riverains cénotaphe quai quais halte sentier motoneige vtt ravinement érosion "
                         "affouillement remblai déblai enrochement palplanche cégep cégeps autobus verglaçante "
                         "verglaçantes poudrerie sinistre sinistres évacué évacués évacuée évacuées refoulements "
                         "génératrice génératrices motopompe motopompes verglas bris dégager active actives "
                         "paramédic paramédics puits")
ELISIONS = ("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'")
# Particles of names of many communities (El Amrani, Ben Salah, Van Tran, Mc…): never alone in French prose.
NAME_PARTICLES = word_set("el al ben bin ibn ould abou abu ait aït van von mc mac o' da dos das di del")

# What the detectors write in place of what they recognize. Only these (and the mask « […] ») are read as
# labels: a source's own brackets (« [DDN 19730911] ») are text like any other and go through every rule.
PLACEHOLDERS: dict[str, str] = {
    "nas": "[NAS retiré]",
    "ramq": "[numéro RAMQ retiré]",
    "permis": "[permis retiré]",
    "code_postal": "[code postal retiré]",
    "telephone": "[téléphone retiré]",
    "courriel": "[courriel retiré]",
    "adresse": "[adresse retirée]",
    "date_naissance": "[date de naissance retirée]",
    "plaque": "[plaque retirée]",
    "nom": "[nom retiré]",
    "age": "[âge retiré]",
    "sante": "[renseignement de santé retiré]",
}
NAME_LABEL = PLACEHOLDERS["nom"]  # a name a detector found: the name rules read it as part of a name
MASK = "[…]"  # what the known-safe-words pass writes for a run of masked words
_LABELS = "|".join(re.escape(v) for v in (*PLACEHOLDERS.values(), MASK))
TOKEN = re.compile(
    rf"(?:{_LABELS})"                                           # a label the detectors or this pass wrote
    r"|\d+(?:[.,:h]\d+)*(?:e|er|re|ère|ème|ième|e?s)?(?![\w])"   # a number, a time, an ordinal
    r"|(?=[\w#@&]*\d)[\w#@&]+"                                   # letters and digits mixed: plates, codes
    r"|[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?"                     # a word (hyphens and apostrophes inside)
    r"|[#@&]+"
)
SENTENCE_END = re.compile(r"[.!?:;\n•|»«\"()\[\]—–]|\s-\s")


# Ages said in words or abbreviated, decades of a person's life (when the column removes ages).
# not a measure or a time (« fin 50 km », « début 20 h »)
_NOT_UNIT = r"(?!\s?(?:h\b|min|heures?|jours?|semaines?|km|m\b|cm|mm|%|\$|degr|°|ha\b))"
_DECADE = r"(?:vingt|trente|quarante|cinquante|soixante|septante|octante|huitante|nonante|quatre-vingt|[2-9]0)"
AGE_EXPRESSIONS = re.compile(
    # every branch starts a word: said first, the engine skips the inside of words (half the time, same matches)
    r"(?<!\w)(?=\w)(?:"
    r"\b(?:(?:mi|d[ée]but|fin)[- ](?:la )?)?(?:(?:quatre-)?vingt|trent|quarant|cinquant|soixant|septant|octant|nonant|"
    r"quatre-vingt|[1-9]0)(?:aine|enaire)s?\b(?! de\b| du\b| des\b| d'(?!ann[ée]es|ans))(?<!de quarantaine)"
    r"(?<!en quarantaine)|\b\w+g[ée]naires?\b|\b(?:une?|la|le|des) centenaires?\b(?! de)|"
    # « début soixante », « fin 50 », « mi-40 », « dans ses soixante-dix », colloquial « quinqua »
    r"\b(?:mi|d[ée]but|fin|milieu)(?:[- ](?:de la |des |d')?)" + _DECADE + r"(?:[- ](?:et[- ])?(?:dix|onze|douze|treize|"
    r"quatorze|quinze|seize|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-\w+))?\b" + _NOT_UNIT + r"|\b(?:dans|vers|sur) (?:ses|leurs) " + _DECADE
    + r"(?:-\w+)?\b" + _NOT_UNIT + "|"
    r"\b(?:quadra|quinqua|sexa|septua|octo|nona)(?:g[ée]naire)?s?\b|"
    r"\b\d{1,3} ?(?:printemps|balais|piges|berges|hivers|bougies|yrs?)\b|\bf[êe]te? (?:ses|son) \d{1,3}|"
    # a sex and an age as a code (« H / 37 », « (F, 52) », « 37/H »)
    r"(?<![\w/])[HFMhfm] ?(?:/|, ?) ?\d{1,3}(?:ans?|a)?\b(?![/,.-]\d)|(?<![\w/.,-])\d{1,3} ?/ ?[HFM]\b|"
    # glued, age first (« 72F », « 35H »; « 12H » is noon, « 14H30 » a time: an H age is 25 or more)
    r"(?<![\w/.,:-])(?:\d{1,3}F|(?:2[5-9]|[3-9]\d|1\d\d)H)\b(?![:.,]?\d)|"
    # « la soixante-dizaine », and the decades of the English spoken in Québec (« in her 60s », « late fifties »)
    r"\b(?:soixante|quatre-vingt)-dizaines?\b|\b(?:early|mid|late)[- ]?(?:\d0s|(?:twent|thirt|fort|fift|sixt|"
    r"sevent|eight|ninet)ies)\b|\bin (?:his|her|their) (?:\d0s|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)"
    r"ies)\b|\b\d{1,3}[- ]?(?:years?[- ]old|y\.o\.)|"
    # an age said by its ordinal (« dans sa soixante-douzième année », « son 80e anniversaire »)
    r"\b(?:sa|son|leur) (?:\d{1,3} ?(?:e|è|ème|ieme|ième)|[a-zà-ÿ-]+i[èe]me) (?:ann[ée]e|anniversaire)\b|"
    # generations said of a person
    r"\bbaby[- ]?boom\w*|\bboomers?\b|\bmill[ée]nia(?:l|le|ux|les|ls)\b|\bg[ée]n[ée]ration [XYZ]\b|"
    # a baby's or a child's age in days or weeks (« poupon (5 jours) », « la petite de 9 jours »)
    r"\b(?:b[ée]b[ée]s?|poupons?|nourrissons?|nouveau-n[ée]e?s?|petite?s?|enfants?|fillettes?|gar[çc]ons?|fils|fille|"
    r"jumeaux|jumelles?)\W{1,3}(?:de )?\d{1,2} ?(?:jours?|semaines?|mois)\b|"
    # number words misspelled before « ans » (« quarente ans »)
    r"\b\w*(?:ante|ente|ainte|inte|uit|euf|ept|ix|ize|eize|atre|onze|ouze)[- ]ans\b|"
    r"\b\d{1,3}(?: ?a\.|a\b| ?ans?\b| ?y/?o\b| ?yo\b| ?mois\b)|\b(?:âg[ée]e?s?|age|âge)\b[^.;:]{0,20}?\d+|"
    r"\b(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|et)[- ]?)+ ?"
    r"(?:ans|mois|printemps|balais|piges|berges|hivers)\b)",
    re.IGNORECASE)
TOPONYM_HEADS = ("saint-", "sainte-", "st-", "ste-", "notre-dame-", "lac-", "mont-", "riviere-", "baie-", "cap-",
                  "pointe-", "ile-", "grande-", "petite-", "val-", "sault-", "port-", "fort-", "lac-saint-", "haut-",
                  "haute-", "bas-", "basse-", "petit-", "grand-", "vallee-", "vieux-", "anse-", "bois-", "cote-",
                  "chute-", "chutes-", "pont-", "iles-", "rivieres-")
# Words after which a known place's name is a place (« évacués de Pessamit », « bande de Mistissini »), for
# one word that could also be a surname: « appel de Carignan » is not one of them.
PLACE_INTRO = word_set("à a au aux vers en près dans sur municipalité ville village paroisse secteur région mrc "
                       "bande communauté territoire réserve rive environs évacués résidents sinistrés citoyens "
                       "population et")
# Words after which « de X » is a person's (« appel de Carignan », « maison de Laval »): a one-word place
# name there may be a surname, and is read as one.
PERSON_OF = word_set("appel appels plainte plaintes message messages demande demandes visite courriel lettre "
                     "témoignage requête dossier part nom famille maison résidence domicile logement chalet "
                     "terrain propriété voiture véhicule auto camion cellulaire numéro compte")
LOCATIVE = word_set("à a de d' vers en près proche municipalité ville village paroisse secteur région mrc "
                      "et entre")


KIN_PREFIXES = ("ex-", "grand-", "grands-", "arrière-", "demi-", "beau-", "belle-", "beaux-", "belles-", "petit-",
                "petite-", "petits-", "petites-", "arriere-", "b-", "bx-", "gd-", "gde-", "arr-", "bel-", "p-", "pt-",
                "pte-", "gr-")
KINSHIP_MORE = word_set("parents parent jumeau jumelle jumeaux jumelles blonde chum copain copine conjoints "
                         "fiancé fiancée amoureux amoureuse enfants petits-enfants descendant descendante "
                         "héritier héritière orphelin orpheline parrain marraine papa maman papi papy mamie "
                         "pépère mémère garçon ex tuteur tutrice nev neveu nièce cousin cousine "
                         # ties that are not family single a person out the same way (« le voisin du maire »)
                         "voisin voisine ami amie colocataire coloc amant maîtresse gardienne gardien "
                         "concierge protégé protégée compagne compagnon aïeul aïeule aieul aieule "
                         "conjoint-de-fait conjointe-de-fait")
# The same ties in English notes (« the son of the mayor of Matagami »), read with « of ».
KINSHIP_EN = word_set("son daughter brother sister wife husband nephew niece father mother widow widower cousin uncle "
                      "aunt grandson granddaughter grandmother grandfather stepson stepdaughter stepfather stepmother "
                      "boyfriend girlfriend fiance fiancee neighbour neighbor roommate family in-law brother-in-law "
                      "sister-in-law son-in-law daughter-in-law mother-in-law father-in-law")
# People known by their tie to someone, who is named by a role (« le locataire de la mairesse », « la pensionnaire du
# DG », « le gars au médecin du village », « la plus vieille au commandant »): the tie singles them out.
RELATIONS = word_set("locataire locatrice pensionnaire chambreur chambreuse colocataire partenaire associé associée "
                     "gars bonhomme petit petite vieux vieille jeune flo protégé protégée filleul filleule")
# Roles a town knows by one person (a tie to them, « son fils » said by one of them, singles someone out).
ROLES = word_set("maire mairesse préfet préfète juge dg directeur directrice président présidente commandant "
                 "commandante chef curé pasteur notaire médecin docteur docteure inspecteur inspectrice agent agente "
                 "coordonnateur coordonnatrice député députée ministre conseiller conseillère échevin shérif "
                 "greffier greffière sergent sergente capitaine lieutenant directeur-général gérant gérante "
                 "propriétaire boulanger boulangère dentiste pharmacien pharmacienne vétérinaire")
# A family as a whole, in the singular only (« la famille de la mairesse »; « les familles de la rue » stays).
KIN_GROUP = word_set("famille parenté belle-famille")
# Said of one person only in the singular (« l'aîné du maire »; « les aînés » are the elderly).
KIN_SINGULAR = word_set("aîné aînée ainé ainée cadet cadette benjamin benjamine")
KIN_ADJ = word_set("aîné aînée ainé ainée cadet cadette adoptif adoptive unique naturel naturelle jumeau jumelle "
                    "biologique majeur majeure mineur mineure germain germaine germains germaines par alliance")
# Jobs: a job next to an employer singles a person out (« caissier au IGA de Mont-Laurier »).
OCCUPATIONS = word_set(
    "agent agente commis fonctionnaire médecin medecin enseignant enseignante éducateur éducatrice educateur "
    "superviseur superviseure superviseuse contremaître contremaitre contremaîtresse mécano mecano "
    "educatrice infirmier infirmière infirmiere préposé préposée prepose caissier caissière conseiller "
    "conseillère directeur directrice gérant gérante inspecteur inspectrice opérateur opératrice brigadier "
    "brigadière policier policière pompier pompière ambulancier ambulancière brancardier brancardière "
    "mineur soudeur soudeuse électricien électricienne plombier plombière mécanicien mécanicienne "
    "technicien technicienne pharmacien pharmacienne dentiste vétérinaire notaire avocat avocate comptable "
    "secrétaire réceptionniste cuisinier cuisinière serveur serveuse boulanger boulangère boucher bouchère "
    "coiffeur coiffeuse cariste camionneur camionneuse chauffeur chauffeuse livreur livreuse journalier "
    "journalière ouvrier ouvrière employé employée cadre ingénieur ingénieure architecte agronome "
    "travailleur travailleuse psychologue physiothérapeute ergothérapeute orthophoniste auxiliaire "
    "concierge gardien gardienne surveillant surveillante professeur professeure chargé chargée "
    "analyste programmeur programmeuse vendeur vendeuse représentant représentante pilote "
    "bûcheron bûcheronne menuisier menuisière charpentier charpentière couvreur peintre machiniste "
    "contremaître contremaîtresse répartiteur répartitrice sergent sergente capitaine lieutenant "
    "lieutenante constable gendarme douanier douanière facteur factrice guide moniteur monitrice "
    "entraîneur entraineur entraîneuse stagiaire bénévole propriétaire président présidente vice-président "
    "curé pasteur imam rabbin monteur monteuse sociale social")
# « au », « chez », « à l'… » after a job name the employer (« de la SQ »: only before an acronym or a name).
EMPLOY_LINKS = word_set("au aux chez à pour")


HEALTH_CUES = word_set("atteint atteinte atteints atteintes souffre souffrent souffrant souffrante "
                        "diagnostiqué diagnostiquée diagnostic traité traitée soigné soignée suivi suivie "
                        "médicamenté médicamentée")
PREDICATE = word_set("est sont serait seraient comme était , ( : —")
JOB_ENDINGS = tuple(fold(e) for e in ("iste", "ien", "ienne", "ier", "ière", "eur", "euse", "trice", "ogue", "aire",
                                       "ant", "ante", "bleu", "blanc"))  # folded: read against folded words


