#!/usr/bin/env python3
"""Independent generator "B" of French (Québec) free-text comment cells with
planted personal values, written blind (without looking at the scrubber nor at
the other corpus), to measure a personal-information scrubber.

Template mini-language (internal):
  ⟨a|b|c⟩   random choice (may contain the other markers)
  {m|f}     gender agreement (masculine|feminine), resolved per cell
  <key>     non-personal context phrase drawn from CTX[key]
  [key]     PLANTED personal value drawn from P[key]

Usage:  python generate_b.py [--per-family N] [--seed S] [--out cells.jsonl]
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass

KINDS = ("age", "sante", "date_naissance", "nom", "lieu_travail", "lien_familial", "adresse")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str
    family: str
    planted: tuple[str, ...]


# ---------------------------------------------------------------------------
# French number words
# ---------------------------------------------------------------------------
_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize "
          "quatorze quinze seize").split()
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n: int, h: str = "-") -> str:
    """1..99 in French words; h is the joiner ('-' standard, ' ' common typing)."""
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return "dix" + h + _UNITS[n - 10]
    t, u = divmod(n, 10)
    if t == 7:
        if u == 1:
            return "soixante et onze"
        return "soixante" + h + fr_num(10 + u, h)
    if t == 8:
        return "quatre" + h + ("vingts" if u == 0 else "vingt" + h + _UNITS[u])
    if t == 9:
        return "quatre" + h + "vingt" + h + fr_num(10 + u, h)
    if u == 0:
        return _TENS[t]
    if u == 1:
        return _TENS[t] + " et un"
    return _TENS[t] + h + _UNITS[u]


def fr_year(y: int, r: random.Random) -> str:
    if y >= 2000:
        rest = y - 2000
        return "deux mille" + ("" if rest == 0 else " " + fr_num(rest))
    rest = y - 1900
    head = r.choice(["mil neuf cent", "mille neuf cent", "mil neuf cent", "dix-neuf cent"])
    return head + ("" if rest == 0 else " " + fr_num(rest))


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
               "sept.", "oct.", "nov.", "déc."]
MONTHS_TYPO = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
               "septembre", "octobre", "novembre", "decembre"]


def strip_acc(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn").replace("œ", "oe")


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
NAMES = {
    "fr": (["Jean-Guy", "Réjean", "Gaétan", "Normand", "Mario", "Steve", "Jean-François",
            "Pierre-Luc", "Maxime", "Gilles", "Yvon", "Réal", "Jacques", "Ghislain",
            "Sébastien", "Éric", "Marcel", "Lucien", "Dany", "Jocelyn", "Rosaire", "Benoît"],
           ["Ginette", "Sylvie", "Lise", "Francine", "Nathalie", "Mélanie", "Marie-Ève",
            "Jessica", "Huguette", "Denise", "Carole", "Micheline", "Raymonde", "Lucie",
            "Annie", "Karine", "Thérèse", "Pierrette", "Manon", "Josée", "Geneviève", "Rita"],
           ["Tremblay", "Gagnon", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
            "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron",
            "Paquette", "Girard", "Simard", "Boucher", "Cloutier", "Dubé", "Poirier",
            "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre",
            "Desjardins", "Nadeau", "Lachance", "Boudreault", "Tanguay", "Vachon", "Savard",
            "Bédard", "Harvey", "Fillion", "Gingras", "Turcotte", "Beaudoin"]),
    "en": (["John", "Kevin", "Brian", "Douglas", "Ryan", "Gordon", "Trevor", "Wayne"],
           ["Mary", "Sharon", "Heather", "Kathleen", "Megan", "Shirley", "Brenda", "Tammy"],
           ["Smith", "MacDonald", "O'Brien", "Campbell", "Johnston", "Murphy", "Fraser",
            "Stewart", "Henderson", "McKenna", "Sullivan", "Wheeler"]),
    "innu": (["Shan", "Uapistan", "Kanapé", "Jean-Marie", "Réginald", "Philippe"],
             ["Shanipiap", "Manikanet", "Marie-Louise", "Évelyne", "Kathia", "Pakua"],
             ["Vollant", "Pinette", "St-Onge", "Jourdain", "Ambroise", "Grégoire",
              "Mckenzie", "Rock", "Picard", "Bellefleur", "Mestokosho", "Régis"]),
    "cri": (["Abel", "Matthew", "Isaiah", "Sammy", "Billy"],
            ["Louisa", "Gertie", "Agnes", "Sarah", "Emily"],
            ["Mianscum", "Bosum", "Neeposh", "Iserhoff", "Coon Come", "Moses", "Shecapio",
             "Wapachee", "Blacksmith", "Matoush", "Kitchen", "Cheezo"]),
    "mohawk": (["Tekarontake", "Kahentiiosta", "Brad", "Kenneth", "Tehoronhiathe"],
               ["Kahentinetha", "Karonhienhawi", "Konwenni", "Wahiakeron", "Kawennanoron"],
               ["Diabo", "McComber", "Montour", "Jacobs", "Deer", "Horn", "Two-Axe",
                "Delisle", "Stacey", "Goodleaf", "Cross", "Rice"]),
    "atikamekw": (["Wapan", "Sipi", "Christian", "Rodrigue", "Jean-Roch"],
                  ["Nimiskw", "Minowin", "Carole-Anne", "Debby", "Sakihtowin"],
                  ["Awashish", "Ottawa", "Flamand", "Quitich", "Niquay", "Petiquay",
                   "Chilton", "Dubé", "Néquado", "Coocoo", "Boivin", "Mattawa"]),
    "haiti": (["Wilner", "Jean-Robert", "Fritznel", "Ricardo", "Wilson", "Jean-Claude",
               "Frantz", "Marc-Arthur"],
              ["Ketly", "Rose-Marie", "Nadège", "Widline", "Guerline", "Marie-Carmelle",
               "Mirlande", "Fabiola"],
              ["Jean-Baptiste", "Pierre-Louis", "Joseph", "Désir", "Saint-Fleur", "Toussaint",
               "Exantus", "Dorvilus", "Lafortune", "Augustin", "Métellus", "Jean-Louis"]),
    "maghreb": (["Mohamed", "Karim", "Yacine", "Samir", "Rachid", "Sofiane", "Mehdi", "Hicham"],
                ["Amina", "Fatima Zahra", "Nadia", "Leïla", "Samira", "Khadija", "Yasmine",
                 "Houda"],
                ["Benali", "Bouzid", "Haddad", "Belkacem", "Amrani", "Cherif", "Boudiaf",
                 "El Idrissi", "Aït Ahmed", "Mansouri", "Benjelloun", "Zerrouki"]),
    "viet": (["Minh", "Quang", "Duc", "Tuan", "Hung", "Van Long"],
             ["Thi Lan", "Hoa", "Linh", "Mai", "Thi Hong", "Ngoc Anh"],
             ["Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Vo", "Dang", "Bui", "Truong",
              "Phan", "Vu", "Ngo"]),
    "latino": (["José Luis", "Carlos", "Juan Pablo", "Diego", "Alejandro", "Héctor"],
               ["María Fernanda", "Alejandra", "Ximena", "Camila", "Guadalupe", "Daniela"],
               ["Gonzalez", "Rodriguez", "Hernandez", "Ramirez", "Lopez", "Castillo",
                "Morales", "Vargas", "Gutiérrez", "Quispe", "Mendoza", "Acosta"]),
}
COMMUNITIES = list(NAMES)
NICKS_TI = ["Ti-Guy", "Ti-Jean", "Ti-Loup", "Ti-Pit", "Ti-Mé", "Ti-Claude", "Ti-Gus",
            "Ti-Paul", "Ti-Cul", "Ti-Bob", "Ti-Rouge", "Ti-Noël", "Ti-Lou"]
NICKS = ["Kiki", "Coco", "Pitou", "Bouboule", "Gros Pierre", "Tit-Fesse", "Mimi", "Lulu",
         "Fifi", "Boubou", "Pinotte", "Moustache", "Bébert", "Ti-Mousse", "Choupette",
         "La Puce", "Gaspésien", "Toto", "Jojo", "Bizou"]
SHORT_FIRST = ["Bob", "Ben", "Steph", "Jo", "Max", "Pat", "Gerry", "Nic", "Fred", "Sam",
               "Vic", "Mike", "Pete", "Dan", "Rick"]
NAME_TYPO = {"Tremblay": ["Tremblé", "Trembley", "Tremblai"], "Gagnon": ["Gagon", "Gangnon"],
             "Lévesque": ["Lévèsque", "Levêque", "Lévesques"], "Bouchard": ["Bouchar", "Bouchart"],
             "Ouellet": ["Ouelette", "Ouellete", "Ouelet"], "Pelletier": ["Peltier", "Pelltier"],
             "Bélanger": ["Bélenger", "Belangé"], "Thibault": ["Thibeault", "Thibaut"],
             "Côté": ["Coté", "Cotté"], "Nguyen": ["Nguyên", "Nguyem", "Ngyuen"],
             "Boudreault": ["Boudrault", "Boudreau"], "Gauthier": ["Gautier", "Gauthié"],
             "Haddad": ["Hadad", "Haddade"], "Jean-Baptiste": ["Jean Baptiste", "JeanBaptiste"],
             "MacDonald": ["McDonald", "Macdonald"], "Fortin": ["Fortain"],
             "Gingras": ["Gingra", "Gingrasse"]}


def _gname(r, comm=None):
    comm = comm or r.choice(["fr"] * 6 + COMMUNITIES)
    m, f, last = NAMES[comm]
    return r.choice(m), r.choice(f), r.choice(last)


# ---------------------------------------------------------------------------
# Context (NOT personal)
# ---------------------------------------------------------------------------
CTX = {
    "evt": ["Refoulement d'égout", "Inondation printanière", "Glissement de terrain",
            "Feu de cheminée", "Panne électrique prolongée", "Incendie de résidence",
            "Verglas", "Embâcle sur la rivière Chaudière", "Débordement de la rivière",
            "Fuite de gaz", "Tempête de neige", "Érosion côtière", "Feu de forêt à proximité",
            "Chaleur extrême", "Vents violents, arbre sur la toiture", "Effondrement partiel du toit",
            "Intoxication au CO", "Évacuation préventive", "Affaissement de chaussée",
            "Tornade", "Avis d'ébullition", "Sous-sol inondé", "Crue subite",
            "Pluie verglaçante", "Incendie de cabanon", "Coulée de boue", "Bris d'aqueduc",
            "Refoulement", "Infiltration d'eau", "Glace sur la toiture", "Feu de broussailles"],
    "evt_l": ["refoulement d'égout", "inondation", "glissement de terrain", "panne de courant",
              "incendie", "verglas", "crue", "fuite de gaz", "tempête", "infiltration d'eau",
              "évacuation préventive", "bris d'aqueduc", "feu de cheminée", "coulée de boue"],
    "evt_le": ["le refoulement d'égout", "l'inondation", "le glissement de terrain", "la panne de courant",
               "l'incendie", "le verglas", "la crue", "la fuite de gaz", "la tempête",
               "l'infiltration d'eau", "le bris d'aqueduc", "le feu de cheminée", "la coulée de boue",
               "l'embâcle", "le dégât d'eau"],
    "evt_du": ["du refoulement d'égout", "de l'inondation", "du glissement de terrain", "de la panne de courant",
               "de l'incendie", "du verglas", "de la crue", "de la fuite de gaz", "de la tempête",
               "de l'infiltration d'eau", "du bris d'aqueduc", "du feu de cheminée", "de la coulée de boue",
               "de l'embâcle", "du dégât d'eau"],
    "evt_au": ["au refoulement d'égout", "à l'inondation", "au glissement de terrain", "à la panne de courant",
               "à l'incendie", "au verglas", "à la crue", "à la fuite de gaz", "à la tempête",
               "à l'infiltration d'eau", "au bris d'aqueduc", "au feu de cheminée", "à la coulée de boue",
               "à l'embâcle", "au dégât d'eau"],
    "pers": ["{l'occupant|l'occupante}", "{le résident|la résidente}", "{le sinistré|la sinistrée}",
             "{le locataire|la locataire}", "{le propriétaire|la propriétaire}",
             "{un homme|une femme}", "{le citoyen|la citoyenne}", "{le requérant|la requérante}",
             "{un monsieur|une dame}", "{le conducteur|la conductrice}"],
    "pers0": ["{occupant|occupante}", "{résident|résidente}", "{sinistré|sinistrée}",
              "{locataire|locataire}", "{proprio|proprio}", "{homme|femme}",
              "{citoyen|citoyenne}", "{requérant|requérante}", "{monsieur|dame}"],
    "act": ["relocalisé{|e} à l'hôtel", "hébergé{|e} par la Croix-Rouge",
            "évacué{|e} par les pompiers", "pris{|e} en charge par le CISSS",
            "dirigé{|e} vers le centre d'hébergement temporaire", "refuse de quitter",
            "rejoint{|e} par téléphone", "vu{|e} par l'intervenante psychosociale",
            "a besoin d'un hébergement d'urgence", "est sans chauffage depuis hier",
            "ne veut pas être relocalisé{|e}", "transporté{|e} en minibus au centre de services",
            "demande de l'aide pour le nettoyage", "à rappeler en après-midi",
            "va faire une réclamation", "hébergé{|e} chez des proches",
            "attend l'inspecteur municipal", "a reçu l'aide financière d'urgence",
            "a reçu la trousse de nettoyage", "devrait réintégrer lundi",
            "inscrit{|e} aux Services aux sinistrés", "a refusé l'hébergement offert",
            "sera rappelé{|e} demain", "est resté{|e} sur place", "a quitté avec son chien"],
    "act_pl": ["ont été évacués", "hébergés chez des proches", "relocalisés à l'hôtel",
               "pris en charge par la Croix-Rouge", "rejoints par téléphone"],
    "act_m": ["relocalisé à l'hôtel", "hébergé par la Croix-Rouge", "évacué par les pompiers",
              "rejoint par téléphone", "transporté au centre d'hébergement"],
    "when": ["hier soir", "ce matin", "vers 14 h", "à 3 h 20", "dans la nuit", "le 12 avril",
             "lundi", "en fin de journée", "à 22 h 45", "samedi matin", "vers midi"],
    "mun": ["Chicoutimi", "Rimouski", "Matane", "Baie-Comeau", "Sept-Îles", "Gaspé",
            "Trois-Rivières", "Shawinigan", "Drummondville", "Sherbrooke", "Granby", "Gatineau",
            "Rouyn-Noranda", "Val-d'Or", "Amos", "Alma", "Roberval", "La Malbaie", "Montmagny",
            "Rivière-du-Loup", "Lévis", "Saint-Georges", "Thetford Mines", "Victoriaville",
            "Maniwaki", "Mont-Laurier", "Chandler", "Beauceville", "Sainte-Marie",
            "Saint-Jean-sur-Richelieu", "Dolbeau-Mistassini", "Carleton-sur-Mer", "Jonquière"],
    "tail": ["Suivi demain.", "Dossier ouvert.", "À surveiller.", "Rappel prévu.",
             "Intervenant avisé.", "Info transmise au CCMU.", "Aucun autre besoin.",
             "Voir note précédente.", "Transmis à la municipalité.", "Cas prioritaire.", ""],
    "road": ["la route 132", "la route 138", "la route 175", "l'autoroute 20", "l'autoroute 40",
             "la route 117", "la route 155", "la route 169", "la route 389", "l'autoroute 73"],
}

# ---------------------------------------------------------------------------
# Planted pools: values are strings (the whole value is planted), or
# callables (r, g) -> str | list[(segment, planted_bool)]
# ---------------------------------------------------------------------------
P: dict = {}


def _age_num(lo, hi, suffix=" ans"):
    return lambda r, g: f"{r.randint(lo, hi)}{suffix}"


P["a_num"] = _age_num(19, 97)
P["a_old"] = _age_num(65, 99)
P["a_child"] = _age_num(2, 17)
P["a_teen"] = _age_num(12, 17)
P["a_bare"] = lambda r, g: str(r.randint(21, 96))
P["a_abbr"] = lambda r, g: f"{r.randint(21, 96)}{r.choice(['a', 'ans', 'A', 'a'])}"
P["a_tens"] = lambda r, g: f"{r.choice([30, 40, 50, 60, 70, 75, 80, 85, 90])} ans"
P["a_words"] = lambda r, g: fr_num(r.randint(21, 97), r.choice(["-", "-", " "])) + " ans"
P["a_words_old"] = lambda r, g: fr_num(r.randint(66, 99), r.choice(["-", "-", " "])) + " ans"
P["a_dec"] = ["vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine",
              "soixantaine", "quatre-vingtaine", "septantaine"]
P["a_dec_true"] = ["vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine",
                   "quatre-vingtaine"]
P["a_dec_num"] = ["20aine", "30aine", "40aine", "50aine", "60aine", "70aine", "80aine"]
P["a_gen"] = ["octogénaire", "septuagénaire", "nonagénaire", "sexagénaire", "quinquagénaire",
              "quadragénaire", "centenaire", "trentenaire", "octogenaire", "septuagenaire"]
P["a_months"] = lambda r, g: r.choice([f"{r.randint(2, 23)} mois", f"{r.randint(2, 5)} semaines",
                                       f"{r.choice(['trois', 'six', 'huit', 'dix', 'onze'])} mois",
                                       f"{r.randint(2, 11)} jours"])
P["a_printemps"] = lambda r, g: f"{r.randint(80, 101)} {r.choice(['printemps', 'bougies', 'ans bien sonnés'])}"
P["a_boomer"] = ["baby-boomer", "boomer", "baby boomer"]
P["a_yo"] = lambda r, g: f"{r.randint(20, 90)} {r.choice(['y/o', 'yo', 'yrs', 'ans old'])}"
P["a_typo"] = lambda r, g: r.choice([f"{r.randint(20, 95)}ans", f"{r.randint(20, 95)} an",
                                     f"{r.randint(20, 95)} asn", f"{r.randint(20, 95)}  ans"])
P["a_words_typo"] = ["cinquente-deux ans", "soixante dix huit ans", "quatre vingt ans",
                     "soixantes-cinq ans", "quarente ans", "trente cinq ans",
                     "quatre-vint-deux ans", "sixante-sept ans", "quatre vingt dix ans",
                     "soixante-et-onze ans", "cinquante et un an", "vingt-neuf ans"]

# ---- santé -----------------------------------------------------------------
S_ADJ = ["diabétique", "insulinodépendant{|e}", "épileptique", "asthmatique", "hémiplégique",
         "paraplégique", "quadriplégique", "tétraplégique", "aveugle", "non-voyant{|e}",
         "malvoyant{|e}", "sourd{|e}", "malentendant{|e}", "autiste", "schizophrène",
         "bipolaire", "dépressi{f|ve}", "suicidaire", "alcoolique", "toxicomane", "cardiaque",
         "dialysé{|e}", "amputé{|e} d'une jambe", "trisomique", "immunosupprimé{|e}",
         "immunodéprimé{|e}", "grabataire", "alité{|e}", "oxygénodépendant{|e}",
         "séropositi{f|ve}", "anorexique", "hypertendu{|e}", "paralysé{|e}",
         "polyhandicapé{|e}", "déficient{|e} intellectuel{|le}", "dément{|e}",
         "greffé{|e} du rein", "greffé{|e} du cœur", "stomisé{|e}", "atteint{|e} d'un cancer",
         "en perte d'autonomie", "semi-autonome", "non autonome", "cardiaque et diabétique",
         "psychotique", "paranoïaque", "mal-voyant{|e}", "amputé{|e} des deux jambes",
         "trachéotomisé{|e}", "sourd{|e}-muet{|te}"]
S_NOUN = ["diabète de type 2", "diabète de type 1", "dépression", "maladie d'Alzheimer",
          "Alzheimer", "Parkinson", "sclérose en plaques", "SLA", "fibrose kystique",
          "emphysème", "insuffisance cardiaque", "insuffisance rénale", "cancer du poumon",
          "cancer du sein", "leucémie", "lymphome", "cancer de la prostate", "cancer du côlon",
          "tumeur au cerveau", "épilepsie", "schizophrénie", "trouble bipolaire",
          "trouble anxieux", "stress post-traumatique", "trouble du spectre de l'autisme",
          "déficience intellectuelle", "paralysie cérébrale", "dystrophie musculaire",
          "spina-bifida", "hépatite C", "VIH", "tuberculose", "COVID longue", "zona",
          "pneumonie", "hypertension", "arythmie", "fibrillation auriculaire", "angine",
          "démence", "apnée du sommeil", "arthrite rhumatoïde", "ostéoporose", "fibromyalgie",
          "lupus", "maladie de Crohn", "colite ulcéreuse", "anorexie", "psychose",
          "trouble de la personnalité limite", "TOC", "agoraphobie", "glaucome",
          "dégénérescence maculaire", "cataractes", "hémophilie", "anémie falciforme",
          "asthme sévère", "allergie sévère aux arachides", "sclérodermie", "cirrhose",
          "maladie de Huntington", "surdité", "syndrome de Down", "troubles cognitifs",
          "traumatisme crânien", "hernie discale", "cancer du pancréas", "mésothéliome",
          "insuffisance respiratoire", "bronchite chronique", "sclérose latérale amyotrophique",
          "myasthénie", "polyarthrite", "goutte", "cancer de l'ovaire", "mélanome",
          "anévrisme", "embolie pulmonaire", "thrombose", "neuropathie", "dysphasie",
          "syndrome de Gilles de la Tourette", "narcolepsie", "maladie pulmonaire obstructive chronique",
          "insuffisance hépatique", "maladie cœliaque", "névralgie", "acouphènes sévères",
          "troubles alimentaires", "schizophrénie paranoïde", "dépression majeure",
          "trouble d'anxiété généralisée", "démence à corps de Lewy", "sclérose en plaque"]
S_ABBR = ["MPOC", "SEP", "TSA", "TDAH", "SLA", "IRC", "HTA", "DB2", "ICC", "FA", "AVC",
          "TCC", "TPL", "TSPT", "DI", "MAV", "IRT", "DBT1", "MCAS", "TAG", "TOC", "VIH+",
          "Db type 1", "IC", "SAOS", "PR"]
S_SOUS = ["dialyse", "hémodialyse", "dialyse péritonéale", "chimiothérapie", "chimio",
          "radiothérapie", "oxygène à domicile", "oxygène", "insuline", "anticoagulants",
          "méthadone", "suboxone", "antidépresseurs", "antipsychotiques", "lithium", "morphine",
          "soins palliatifs", "respirateur", "ventilation assistée", "immunothérapie",
          "traitement de fertilité", "médication pour le cœur", "pompe à insuline",
          "hormonothérapie", "anti-rejet", "curatelle pour inaptitude", "CPAP",
          "O2", "perfusion d'antibiotiques", "nutrition entérale"]
S_DEVICE = [("une ", "marchette"), ("un ", "fauteuil roulant"), ("une ", "chaise roulante"),
            ("un ", "quadriporteur"), ("un ", "déambulateur"), ("une ", "canne blanche"),
            ("un ", "chien-guide"), ("des ", "béquilles"), ("une ", "prothèse de jambe"),
            ("un ", "concentrateur d'oxygène"), ("une ", "bonbonne d'oxygène"),
            ("un ", "CPAP"), ("un ", "appareil auditif"), ("un ", "implant cochléaire"),
            ("un ", "stimulateur cardiaque"), ("un ", "pacemaker"),
            ("un ", "défibrillateur implanté"), ("une ", "pompe à insuline"),
            ("une ", "sonde urinaire"), ("une ", "stomie"), ("une ", "trachéotomie"),
            ("un ", "tube de gavage"), ("un ", "lit médicalisé"), ("un ", "lève-personne"),
            ("un ", "triporteur"), ("une ", "marchette"), ("un ", "BiPAP"),
            ("une ", "canne"), ("un ", "fauteuil motorisé"), ("une ", "orthèse")]
S_DEVICE_ELEC = ["concentrateur d'oxygène", "CPAP", "BiPAP", "lit électrique",
                 "pompe d'alimentation", "respirateur", "appareil de dialyse",
                 "lève-personne électrique", "fauteuil motorisé", "aspirateur à sécrétions",
                 "matelas thérapeutique", "pompe à perfusion"]
S_MED = ["metformine", "Ventolin", "Coumadin", "warfarine", "Eliquis", "Xarelto", "Lasix",
         "Synthroid", "Ritalin", "Concerta", "Seroquel", "Zyprexa", "Abilify", "Effexor",
         "Prozac", "Zoloft", "Cipralex", "Wellbutrin", "Epival", "Dilantin", "Keppra",
         "Tegretol", "lithium", "nitro", "Lipitor", "Humalog", "Lantus", "Dilaudid",
         "OxyContin", "Ativan", "Rivotril", "clonazépam", "prednisone", "Plavix", "Januvia",
         "Ozempic", "Spiriva", "Symbicort", "Advair", "Aricept", "Sinemet", "Invega",
         "Clozaril", "méthotrexate", "Vyvanse", "Flovent", "hydromorphone", "Suboxone",
         "Trulicity", "Entresto"]
S_PREG = ["enceinte de sept mois", "enceinte de 8 mois", "enceinte", "enceinte de jumeaux",
          "enceinte, grossesse à risque", "en fin de grossesse", "enceinte de 32 semaines",
          "nouvellement accouchée", "accouchée depuis une semaine", "en post-partum",
          "enceinte (3e trimestre)", "enceinte de 6 mois", "à 36 sem. de grossesse",
          "à risque d'accouchement prématuré", "opérée d'une césarienne il y a 10 jours",
          "enceinte à terme", "enceinte de huit mois et demi", "en début de grossesse"]
S_MENTAL = ["idées suicidaires", "propos suicidaires", "crise psychotique", "crise de panique",
            "désorganisation", "état dépressif", "épuisement professionnel", "burn-out",
            "tentative de suicide", "état de choc post-traumatique", "délire paranoïde",
            "crise d'anxiété", "symptômes psychotiques", "décompensation", "idéations suicidaires",
            "trouble de santé mentale", "détresse psychologique importante", "trouble de l'humeur"]
S_ADDICT = ["en sevrage d'alcool", "dépendance aux opioïdes", "toxicomanie", "consomme du crack",
            "joueur compulsif", "en thérapie fermée", "en désintox", "problème de consommation",
            "alcoolisme", "dépendance au fentanyl", "sous méthadone", "consommation de cocaïne",
            "cyberdépendance", "surdose la semaine dernière", "en cure de désintoxication",
            "rechute d'alcool"]
S_CARE = ["soins à domicile", "soins palliatifs", "soins de plaies", "services de soutien à domicile",
          "visites d'inhalothérapeute", "bain assisté", "injections quotidiennes",
          "soins infirmiers quotidiens", "changement de pansements", "suivi en oncologie",
          "suivi en néphrologie", "suivi en cardiologie", "physiothérapie", "ergothérapie",
          "suivi en pédopsychiatrie", "suivi en psychiatrie", "suivi en gériatrie",
          "aide au bain", "prise de sang hebdomadaire", "suivi en santé mentale"]
S_SURG = ["opéré{|e} de la hanche", "opéré{|e} du cœur", "opéré{|e} au genou",
          "greffé{|e} du foie", "pontage coronarien", "remplacement du genou",
          "prothèse de hanche", "mastectomie", "chirurgie cardiaque", "opéré{|e} au dos",
          "amputation du pied", "ablation de la vésicule", "chirurgie de la cataracte",
          "greffe de moelle", "opéré{|e} pour un cancer", "fracture de la hanche",
          "pose d'un stent", "chirurgie bariatrique", "laminectomie", "colectomie"]
S_INFECT = ["COVID", "la COVID-19", "gastro", "influenza", "tuberculose", "C. difficile",
            "SARM", "rougeole", "varicelle", "coqueluche", "grippe", "zona", "hépatite A",
            "maladie de Lyme", "gale", "streptocoque A", "pneumonie", "méningite", "VRS",
            "virus du Nil"]
S_TYPO = ["diabètique", "alzeimer", "alzheimer", "parkinsson", "epilepsie", "dyalise",
          "shizophrène", "chaise roulente", "marchete", "dépréssion", "cancé du poumon",
          "diabetic", "insulino-dépendant", "skyzo", "bipo", "sous oxygene", "schyzophrène",
          "hemodialise", "emphysem", "artrite", "insufisance cardiaque", "trisomie 21",
          "défficience intellectuelle", "hypertention", "astmatique", "cardiac",
          "mal entendant", "alzhaimer", "chimiotérapie", "pace maker"]
S_EVENT = [("un ", "AVC"), ("un ", "infarctus"), ("une ", "crise cardiaque"),
           ("un ", "accident cérébrovasculaire"), ("une ", "embolie pulmonaire"),
           ("une ", "crise d'épilepsie"), ("une ", "fausse couche"), ("une ", "commotion cérébrale"),
           ("une ", "surdose"), ("un ", "malaise cardiaque"), ("une ", "hypoglycémie"),
           ("une ", "fracture du bassin"), ("une ", "pneumonie"), ("un ", "ACV"),
           ("une ", "rechute de cancer"), ("une ", "crise d'angine")]
S_PERSON_NOUN = ["diabétique", "cardiaque", "greffé{|e}", "dialysé{|e}", "épileptique",
                 "schizophrène", "autiste", "trisomique", "asthmatique", "aveugle",
                 "paraplégique", "alcoolique", "toxicomane", "bipolaire", "amputé{|e}"]

P["s_adj"] = S_ADJ
P["s_noun"] = S_NOUN
P["s_abbr"] = S_ABBR
P["s_sous"] = S_SOUS
P["s_med"] = S_MED
P["s_preg"] = S_PREG
P["s_mental"] = S_MENTAL
P["s_addict"] = S_ADDICT
P["s_addict_n"] = ["problème de consommation", "toxicomanie active", "dépendance aux opioïdes",
                   "consommation de crack", "alcoolisme sévère", "sevrage d'alcool", "dépendance au jeu"]
P["s_care"] = S_CARE
P["s_surg"] = S_SURG
P["s_infect"] = S_INFECT
P["s_typo"] = S_TYPO
P["s_elec"] = S_DEVICE_ELEC
P["s_pnoun"] = S_PERSON_NOUN


def _de(term):
    if term[0].lower() in "aeiouéèêâîôyh" and not term.startswith(("hernie", "Huntington")):
        return [("d'", False), (term, True)]
    return [("de ", False), (term, True)]


P["s_de_noun"] = lambda r, g: _de(r.choice(S_NOUN))
P["s_device"] = lambda r, g: (lambda d: [(d[0], False), (d[1], True)])(r.choice(S_DEVICE))
P["s_device_bare"] = lambda r, g: r.choice(S_DEVICE)[1]
P["s_event"] = lambda r, g: (lambda d: [(d[0], False), (d[1], True)])(r.choice(S_EVENT))
P["s_fait"] = lambda r, g: (lambda t: [(t[0], False), (t[1], True)])(r.choice([
    ("du ", "diabète"), ("de l'", "angine"), ("de l'", "hypertension"), ("de l'", "asthme"),
    ("de l'", "épilepsie"), ("de l'", "Alzheimer"), ("du ", "Parkinson"), ("de la ", "pression"),
    ("de l'", "arythmie"), ("de la ", "haute pression"), ("du ", "cholestérol"),
    ("de l'", "emphysème"), ("de la ", "fibrillation"), ("de l'", "anxiété"),
    ("de la ", "dépression"), ("du ", "psoriasis sévère"), ("de l'", "apnée du sommeil"),
    ("des ", "crises d'épilepsie"), ("de la ", "démence"), ("du ", "cancer")]))
P["s_avoir"] = lambda r, g: (lambda t: [(t[0], False), (t[1], True)])(r.choice([
    ("un ", "cancer du poumon"), ("une ", "MPOC"), ("la ", "SLA"), ("un ", "cancer des os"),
    ("la ", "sclérose en plaques"), ("une ", "tumeur au cerveau"), ("un ", "TSA"),
    ("un ", "TDAH"), ("une ", "insuffisance rénale"), ("une ", "déficience intellectuelle"),
    ("le ", "VIH"), ("une ", "hépatite C"), ("la ", "maladie de Crohn"), ("un ", "lymphome"),
    ("une ", "paralysie cérébrale"), ("la ", "fibrose kystique"), ("le ", "Parkinson"),
    ("un ", "cancer en phase terminale"), ("une ", "leucémie"), ("un ", "trouble bipolaire"),
    ("la ", "dystrophie musculaire"), ("un ", "anévrisme"), ("un ", "lupus"),
    ("une ", "cirrhose du foie"), ("la ", "maladie de Lyme"), ("un ", "trouble anxieux")]))

# ---- date de naissance -------------------------------------------------------


def _ymd(r, lo=1925, hi=2008):
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


P["d_long"] = lambda r, g: (lambda y, m, d: f"{d} {MONTHS[m - 1]} {y}")(*_ymd(r))
def _with_age(fmt):
    def f(r, g):
        y, m, d = _ymd(r, 1925, 2005)
        age = 2024 - y - (1 if m > 6 else 0)
        return [(fmt(y, m, d), True), (" (", False), (f"{age} ans", True), (")", False)]
    return f


P["d_long_age"] = _with_age(lambda y, m, d: f"{d} {MONTHS[m - 1]} {y}")
P["d_iso_age"] = _with_age(lambda y, m, d: f"{y}-{m:02d}-{d:02d}")
P["d_1er"] = lambda r, g: (lambda y, m, d: f"{r.choice(['premier', '1er', '1 er', '1ier'])} {MONTHS[m - 1]} {y}")(*_ymd(r))
P["d_iso"] = lambda r, g: (lambda y, m, d: f"{y}-{m:02d}-{d:02d}")(*_ymd(r))
P["d_slash_short"] = lambda r, g: (lambda y, m, d: f"{d:02d}/{m:02d}/{y % 100:02d}")(*_ymd(r, 1930, 1999))
P["d_slash_long"] = lambda r, g: (lambda y, m, d: r.choice([f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{y}/{m:02d}/{d:02d}"]))(*_ymd(r))
P["d_dash"] = lambda r, g: (lambda y, m, d: r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{y % 100:02d}-{m:02d}-{d:02d}"]))(*_ymd(r))
P["d_dots"] = lambda r, g: (lambda y, m, d: f"{d:02d}.{m:02d}.{y}")(*_ymd(r))
P["d_compact"] = lambda r, g: (lambda y, m, d: r.choice([f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y % 100:02d}"]))(*_ymd(r))
P["d_year"] = lambda r, g: str(r.randint(1925, 2008))
P["d_year2"] = lambda r, g: (lambda y: r.choice([f"{y}", f"'{y}"]))(r.randint(31, 89))
P["d_month_year"] = lambda r, g: (lambda y, m, d: f"{MONTHS[m - 1]} {y}")(*_ymd(r))
P["d_abbr"] = lambda r, g: (lambda y, m, d: r.choice([f"{d} {MONTHS_ABBR[m - 1]} {y}", f"{d}-{MONTHS_ABBR[m - 1].rstrip('.')}-{y % 100:02d}", f"{d:02d} {MONTHS_ABBR[m - 1]} {y % 100:02d}"]))(*_ymd(r))
P["d_du_mois"] = lambda r, g: (lambda y, m, d: f"{d} du mois {'d' + chr(39) if MONTHS[m - 1][0] in 'aoé' else 'de '}{MONTHS[m - 1]} {y}")(*_ymd(r))
P["d_words"] = lambda r, g: (lambda y, m, d: f"{'premier' if d == 1 else fr_num(d)} {MONTHS[m - 1]} {fr_year(y, r)}")(*_ymd(r, 1925, 2005))
P["d_dayword"] = lambda r, g: (lambda y, m, d: f"{'premier' if d == 1 else fr_num(d)} {MONTHS[m - 1]} {y}")(*_ymd(r))
P["d_typo"] = lambda r, g: (lambda y, m, d: r.choice([f"{d} {MONTHS_TYPO[m - 1]} {y}", f"{d} {MONTHS[m - 1]}{y}", f"{d}{MONTHS[m - 1]} {y}", f"{d} {MONTHS_TYPO[m - 1].capitalize()} {y}", f"{d} {MONTHS[m - 1]} , {y}"]))(*_ymd(r))
P["d_us"] = lambda r, g: (lambda y, m, d: r.choice([f"{m:02d}-{d + 12:02d}-{y}" if d + 12 <= 28 else f"{y}/{m:02d}/{d:02d}", f"{MONTHS[m - 1].capitalize()} {d}, {y}"]))(*_ymd(r))
P["d_baby"] = lambda r, g: (lambda y, m, d: r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m:02d}/{y}"]))(*_ymd(r, 2023, 2025))

# ---- noms ----------------------------------------------------------------------


def _full(r, g, comm=None):
    m, f, last = _gname(r, comm)
    first = m if g == "m" else f
    return [(first, True), (" ", False), (last, True)]


def _title_last(r, g, comm=None):
    _, _, last = _gname(r, comm)
    t = r.choice(["M. ", "monsieur ", "Monsieur ", "Mr ", "M "] if g == "m"
                 else ["Mme ", "madame ", "Madame ", "Mme. ", "Mlle "])
    return [(t, False), (last, True)]


P["n_full"] = lambda r, g: _full(r, g)
P["n_title"] = lambda r, g: _title_last(r, g)
P["n_last"] = lambda r, g: _gname(r)[2]
P["n_first"] = lambda r, g: (lambda m, f, l: m if g == "m" else f)(*_gname(r))
P["n_caps_comma"] = lambda r, g: (lambda m, f, l: [(l.upper(), True), (", ", False), (m if g == "m" else f, True)])(*_gname(r))
P["n_lower"] = lambda r, g: (lambda m, f, l: [((m if g == "m" else f).lower(), True), (" ", False), (l.lower(), True)])(*_gname(r, "fr"))
P["n_first_m"] = lambda r, g: _gname(r)[0]
P["n_first_f"] = lambda r, g: _gname(r)[1]
P["n_ti"] = NICKS_TI
P["n_nick"] = NICKS
P["n_short"] = SHORT_FIRST


def _typo_name(r, g):
    last = r.choice(list(NAME_TYPO))
    m, f, _ = _gname(r, "fr")
    bad = r.choice(NAME_TYPO[last])
    if r.random() < 0.5:
        return [(r.choice(["Mme ", "M. "] if True else []), False), (bad, True)]
    return [(m if g == "m" else f, True), (" ", False), (bad, True)]


P["n_typo"] = _typo_name


def _initials(r, g):
    m, f, l = _gname(r, "fr")
    first = m if g == "m" else f
    parts = re.split(r"[- ]", first)
    li = l[0]
    return r.choice([
        "-".join(p[0] + "." for p in parts) + " " + li + ".",
        "".join(p[0] for p in parts) + li,
        "-".join(p[0] + "." for p in parts) + " " + l,
        first + " " + li + ".",
        "".join(p[0] for p in parts) + "." + li + ".",
    ])


P["n_init"] = _initials
P["n_comm"] = {c: (lambda c: (lambda r, g: _full(r, g, c)))(c) for c in COMMUNITIES}
for _c in COMMUNITIES:
    P[f"n_full_{_c}"] = P["n_comm"][_c]
    P[f"n_title_{_c}"] = (lambda c: (lambda r, g: _title_last(r, g, c)))(_c)
del P["n_comm"]
P["n_compound"] = lambda r, g: (lambda a, b, fst: r.choice([
    [(fst, True), (" ", False), (f"{a}-{b}", True)],
    [(fst, True), (" ", False), (r.choice(["St-", "Ste-", "Saint-", "Sainte-", "De ", "Du ", "La", "Le"]) + r.choice(["Onge", "Amand", "Laurent", "Cyr", "Hilaire", "Marseille", "Sablon", "Fontaine", "Croix", "Gelais"]), True)]]))(
    r.choice(NAMES["fr"][2]), r.choice(NAMES["fr"][2]), r.choice(NAMES["fr"][0] if g == "m" else NAMES["fr"][1]))
P["n_full_caps"] = lambda r, g: (lambda m, f, l: [((m if g == "m" else f).upper(), True), (" ", False), (l.upper(), True)])(*_gname(r))
P["n_last_fr"] = lambda r, g: r.choice(NAMES["fr"][2])

# ---- lieu de travail -------------------------------------------------------------
EMPLOYERS = ["Bombardier", "Hydro-Québec", "Desjardins", "Rio Tinto", "Alcoa", "ArcelorMittal",
             "Cascades", "Domtar", "Résolu", "Olymel", "Exceldor", "Agropur", "Saputo",
             "Premier Tech", "Prévost", "BRP", "CGI", "Ubisoft", "Vidéotron", "Bell",
             "Postes Canada", "la SAQ", "Loto-Québec", "Kruger", "Chantiers Davie", "Couche-Tard",
             "Canadian Tire", "Walmart", "Costco", "Rona", "Home Depot", "Dollarama",
             "Transport Robert", "Groupe Robert", "Sonaca", "Velan", "Maibec", "Béton Provincial",
             "Teknion", "Alstom", "Glencore", "IAMGOLD", "Agnico Eagle", "Boralex", "Bridgestone",
             "Lallemand", "Fruits & Passion", "Ciment McInnis", "Jean Coutu", "Pharmaprix",
             "la Caisse populaire", "Groupe Lacasse", "Vêtements Peerless", "Rotobec"]
LOCAL_SHOPS = ["IGA", "Metro", "Maxi", "Provigo", "Super C", "Jean Coutu", "Familiprix",
               "Uniprix", "Tim Hortons", "Tim", "McDo", "Canadian Tire", "Walmart", "Dollarama",
               "Rona", "BMR", "Home Hardware", "Couche-Tard", "Pétro-Canada",
               "Bureau en Gros", "Sports Experts", "Marché Richelieu",
               "Subway", "St-Hubert", "Ultramar", "Shell", "Giant Tiger"]
LOCAL_BIZ = ["la fromagerie Perron", "la scierie Blanchette", "la ferme Gagnon et fils",
             "le garage Pneus Lévesque", "la boulangerie Saint-Louis", "la quincaillerie Lachance",
             "le dépanneur du Coin", "la cantine Chez Ginette", "l'érablière du Sommet",
             "la pourvoirie du Lac-Bleu", "le salon de coiffure Mèches folles",
             "la microbrasserie Le Naufrageur", "la poissonnerie du Quai",
             "le motel Le Riverain", "l'auberge du Vieux-Port", "la caisse de Matane",
             "la bleuetière Saint-Thomas", "la fonderie Laperle", "le CPE Les Petits Lutins",
             "la garderie Les Coccinelles", "la meunerie Dubé", "l'abattoir Vallée",
             "le camping Plage Vauvert", "la cimenterie de Port-Daniel", "l'usine Olymel",
             "l'usine de Cascades", "l'usine Alcoa", "la mine Raglan", "la mine Canadian Malartic",
             "la mine Éléonore", "la mine de fer du Mont-Wright", "l'aluminerie de Deschambault",
             "la papetière de Clermont", "l'usine Bombardier", "la cordonnerie Bélanger"]
INSTIT = ["CHUL", "CHUM", "Hôpital de Chicoutimi", "Hôtel-Dieu de Lévis", "CHSLD Saint-Antoine",
          "Hôpital régional de Rimouski", "CLSC de la Haute-Gaspésie", "Hôpital de Gaspé",
          "Centre hospitalier de Matane", "Hôpital Sainte-Croix", "CHSLD des Quatre-Temps",
          "Hôpital du Sacré-Cœur", "CH de Rouyn-Noranda", "Hôpital Maisonneuve-Rosemont",
          "Institut de cardiologie", "Hôpital de Baie-Saint-Paul", "RPA Le Domaine",
          "CHSLD de Matane", "Hôpital d'Amos", "urgence de l'Enfant-Jésus"]
SCHOOLS = ["l'école primaire Sainte-Famille", "l'école secondaire du Mistral",
           "la polyvalente de Matane", "le cégep de Jonquière", "l'UQAR", "l'UQAC",
           "l'Université Laval", "l'école Notre-Dame", "la polyvalente Paul-Hubert",
           "l'école des Bâtisseurs", "le cégep de Rimouski", "l'école Saint-Joseph",
           "la commission scolaire", "le centre de services scolaire des Monts-et-Marées"]
PUBLIC_EMP = ["la SQ", "la Ville de Gatineau", "la municipalité", "le MTQ", "la voirie municipale",
              "Revenu Québec", "la SAAQ", "la STM", "le RTC", "Parcs Canada", "la SÉPAQ",
              "la MRC de la Matanie", "le CISSS du Bas-Saint-Laurent", "Services Québec",
              "la garde côtière", "l'hôtel de ville", "le ministère des Transports"]
OCC_M = ["infirmier", "préposé aux bénéficiaires", "caissier", "commis", "soudeur", "mécanicien",
         "enseignant", "cuisinier", "gérant", "chauffeur", "technicien", "opérateur",
         "journalier", "concierge", "pharmacien", "agent de sécurité", "répartiteur", "boucher",
         "camionneur", "ingénieur", "comptable", "éducateur"]
OCC_F = ["infirmière", "préposée aux bénéficiaires", "caissière", "commis", "éducatrice",
         "enseignante", "cuisinière", "gérante", "serveuse", "technicienne", "secrétaire",
         "réceptionniste", "pharmacienne", "agente de bord", "inhalothérapeute", "coiffeuse",
         "comptable", "adjointe administrative", "brigadière", "auxiliaire familiale"]

def _art_split(v):
    m = re.match(r"^(le |la |l'|les )", v)
    if m:
        return [(m.group(1), False), (v[len(m.group(1)):], True)]
    return [(v, True)]


def _artpool(lst):
    return lambda r, g: _art_split(r.choice(lst))


LOCAL_SMALL = [b for b in LOCAL_BIZ if not re.search(r"usine|mine|aluminerie|papetière|cimenterie", b)]
P["w_emp"] = _artpool(EMPLOYERS)
P["w_small"] = _artpool(LOCAL_SMALL)
def _de_mun(r):
    m = r.choice(CTX["mun"])
    return ("d'" if m[0] in "AEIOUÉÈ" else "de ") + m


P["w_shop_loc"] = lambda r, g: f"{r.choice(LOCAL_SHOPS)} {_de_mun(r)}"
P["w_shop"] = LOCAL_SHOPS
P["w_biz"] = _artpool(LOCAL_BIZ)
P["w_inst"] = INSTIT
P["w_school"] = _artpool(SCHOOLS)
P["w_pub"] = _artpool(PUBLIC_EMP)
P["w_any"] = lambda r, g: _art_split(r.choice([r.choice(EMPLOYERS), r.choice(LOCAL_BIZ), r.choice(INSTIT),
                                               f"{r.choice(LOCAL_SHOPS)} {_de_mun(r)}"]))
CTX["occ_h"] = ["{infirmier|infirmière}", "{préposé|préposée} aux bénéficiaires", "{inhalothérapeute|inhalothérapeute}",
                "{technicien|technicienne} en radiologie", "{agent|agente} administrati{f|ve}", "{cuisinier|cuisinière}",
                "{brancardier|brancardière}", "{pharmacien|pharmacienne}", "{physiothérapeute|physiothérapeute}",
                "{concierge|concierge}", "{infirmier auxiliaire|infirmière auxiliaire}", "{commis|commis} à l'accueil"]
CTX["occ"] = ["{" + m + "|" + f + "}" for m, f in zip(OCC_M, OCC_F)]

# ---- liens familiaux ---------------------------------------------------------------
TIES = [("le ", "fils", "m"), ("la ", "fille", "f"), ("le ", "frère", "m"), ("la ", "sœur", "f"),
        ("le ", "beau-frère", "m"), ("la ", "belle-sœur", "f"), ("le ", "gendre", "m"),
        ("la ", "bru", "f"), ("la ", "belle-fille", "f"), ("le ", "beau-père", "m"),
        ("la ", "belle-mère", "f"), ("le ", "neveu", "m"), ("la ", "nièce", "f"),
        ("le ", "cousin", "m"), ("la ", "cousine", "f"), ("l'", "oncle", "m"), ("la ", "tante", "f"),
        ("le ", "petit-fils", "m"), ("la ", "petite-fille", "f"), ("le ", "grand-père", "m"),
        ("la ", "grand-mère", "f"), ("la ", "veuve", "f"), ("le ", "veuf", "m"),
        ("l'", "ex-conjoint", "m"), ("l'", "ex-conjointe", "f"), ("la ", "conjointe", "f"),
        ("le ", "conjoint", "m"), ("l'", "épouse", "f"), ("le ", "mari", "m"), ("le ", "chum", "m"),
        ("la ", "blonde", "f"), ("le ", "demi-frère", "m"), ("la ", "demi-sœur", "f"),
        ("le ", "filleul", "m"), ("la ", "marraine", "f"), ("le ", "parrain", "m"),
        ("l'", "arrière-petit-fils", "m"), ("la ", "jumelle", "f"), ("le ", "jumeau", "m"),
        ("la ", "mère", "f"), ("le ", "père", "m"), ("l'", "ex-femme", "f"), ("l'", "ex-mari", "m")]
REFS = ["du maire", "de la mairesse", "du curé", "du directeur de l'école", "de la directrice de l'école primaire",
        "du chef pompier", "du chef de police", "du député", "de la députée", "du propriétaire du dépanneur",
        "du préfet de la MRC", "du DG de la municipalité", "de l'ancien maire", "du pompier décédé en 2018",
        "de la conseillère du district 3", "du notaire du village", "du médecin du village",
        "du pharmacien", "du président du club de motoneige", "de la greffière", "de la victime",
        "du suspect", "du camionneur impliqué", "de l'opérateur du barrage", "du gardien du camping",
        "du propriétaire de la scierie", "de la directrice du CLSC", "du garagiste",
        "de l'inspecteur municipal", "de la brigadière", "du chef de la communauté",
        "du policier qui a répondu à l'appel", "du conseiller municipal", "de la propriétaire du motel",
        "du président de la caisse", "de l'entrepreneur en déneigement", "du chauffeur d'autobus scolaire",
        "de la sage-femme", "du gérant de l'épicerie", "du vétérinaire"]
TIES_ABBR = [("", "b-frère", "m"), ("", "b-sœur", "f"), ("", "bf", "m"), ("", "bel-mère", "f"),
             ("sa ", "bs", "f"), ("", "p-fils", "m"), ("", "p-fille", "f"), ("", "ex-conj.", "m"),
             ("", "ex-conj.", "f"), ("", "conj.", "f"), ("", "conj.", "m"), ("", "gd-mère", "f"),
             ("", "gd-père", "m"), ("", "bo-père", "m"), ("", "belle-soeur", "f"), ("", "beau frere", "m"),
             ("", "ptite-fille", "f"), ("", "nev.", "m")]

def _gtie(r, g, lst=None):
    lst = lst or TIES
    c = [t for t in lst if t[2] == g] or lst
    return r.choice(c)


VTIES = [t for t in TIES if t[1] in ("mère", "père", "frère", "sœur", "oncle", "tante", "cousin", "cousine",
                                     "grand-mère", "grand-père", "demi-frère", "demi-sœur", "marraine", "parrain")]
P["l_tie_ref"] = lambda r, g: (lambda t, ref: [(t[0], False), (t[1] + " " + ref, True)])(_gtie(r, g), r.choice(REFS))
P["l_tie_ref_any"] = lambda r, g: (lambda t, ref: [(t[0], False), (t[1] + " " + ref, True)])(r.choice(TIES), r.choice(REFS))
P["l_tie_ref_bare"] = lambda r, g: (lambda t, ref: t[1] + " " + ref)(_gtie(r, g), r.choice(REFS))
P["l_tie_ref_bare_any"] = lambda r, g: (lambda t, ref: t[1] + " " + ref)(r.choice(TIES), r.choice(REFS))


def _tie(ties, refs):
    """ties: gendered strings, optionally starting with an article kept out of the planted span."""
    def f(r, g):
        t = _gender(_choices(r.choice(ties), r), g)
        ref = r.choice(refs)
        m = re.match(r"^(le |la |l'|les )", t)
        pre = m.group(1) if m else ""
        return [(pre, False), (t[len(pre):] + " " + ref, True)]
    return f
P["l_tie_abbr"] = lambda r, g: (lambda t, ref: [(t[0], False), (t[1] + " " + ref, True)])(_gtie(r, g, TIES_ABBR), r.choice(REFS))
P["l_tie_a"] = lambda r, g: (lambda t, n: [(t[0], False), (t[1] + " à " + n, True)])(r.choice([x for x in TIES if x[1] in ("fils", "fille", "gars", "femme", "frère", "sœur", "chum", "blonde", "veuve", "mère", "père")]), r.choice(NAMES["fr"][0] + NICKS_TI))
_TIE_TO_M = {"veuve", "ex-femme", "épouse", "blonde", "conjointe", "ex-conjointe"}
_TIE_TO_F = {"veuf", "ex-mari", "mari", "chum", "conjoint", "ex-conjoint"}


def _tie_name(r, g):
    t = _gtie(r, g)
    m, f, l = _gname(r)
    ref = m if t[1] in _TIE_TO_M else f if t[1] in _TIE_TO_F else (m if r.random() < .6 else f)
    de = "d'" if ref[0] in "AEIOUÉÈ" else "de "
    return [(t[0], False), (t[1] + " " + de + ref + " " + l, True)]


P["l_tie_name"] = _tie_name
P["l_tie_event"] = lambda r, g: (lambda t: [(t[0], False), (t[1] + " " + r.choice([
    "du petit qui s'est noyé l'été dernier", "de la femme disparue en 2021", "du motoneigiste mort sur le lac",
    "du jeune tué sur la 132", "de l'homme arrêté pour l'incendie", "de la dame retrouvée dans le fleuve",
    "du chasseur porté disparu", "du garçon happé devant l'école", "de la victime de l'incendie de la rue Principale",
    "du conducteur du camion-citerne", "du pilote de l'hydravion écrasé", "du bébé retrouvé en hypothermie"]), True)])(_gtie(r, g, VTIES))

# ---- adresses ------------------------------------------------------------------------
STREETS = ["Principale", "Notre-Dame", "Saint-Jean", "de l'Église", "du Couvent", "des Érables",
           "Wellington", "King Ouest", "Racine", "Talbot", "Saint-Joseph", "des Pins", "du Lac",
           "du Moulin", "Champlain", "René-Lévesque", "Laurier", "Sherbrooke", "Masson",
           "Monseigneur-Tessier", "Radisson", "du Parc", "de la Rivière", "des Pionniers",
           "du Belvédère", "Jacques-Cartier", "Saint-Germain", "des Bouleaux", "de la Gare",
           "Saint-Laurent", "des Cèdres", "Frontenac", "de la Fabrique", "Commerciale",
           "Dollard", "des Outardes", "du Vieux-Moulin", "de la Montagne", "Sainte-Anne"]
STYPES = ["rue", "rue", "rue", "avenue", "av.", "boul.", "boulevard", "chemin", "ch.", "montée",
          "côte", "place", "croissant", "rang", "route", "rte", "terrasse", "promenade", "impasse"]


def _civic(r):
    return str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999),
                         r.randint(10000, 12999)]))


def _street(r):
    return f"{r.choice(STYPES)} {r.choice(STREETS)}"


P["ad_full"] = lambda r, g: f"{_civic(r)}{r.choice([', ', ' ', ', '])}{_street(r)}"
P["ad_nocomma"] = lambda r, g: f"{_civic(r)} {r.choice(['boul.', 'av.', 'ch.', 'rte', 'bd', 'ave', 'boul'])} {r.choice(STREETS)}"
P["ad_notype"] = lambda r, g: f"{_civic(r)} {r.choice(['du Couvent', 'de l’Église', 'des Érables', 'Principale', 'Notre-Dame', 'du Moulin', 'Wellington', 'des Pins', 'du Lac', 'Saint-Joseph', 'Racine', 'de la Gare', 'Frontenac'])}"
P["ad_with_app"] = lambda r, g: f"{_civic(r)}{r.choice([', ', ' '])}{_street(r)}{r.choice([', app. ', ' app ', ', apt ', ' #', ', appartement ', ', logement ', ' unité ', ', local '])}{r.randint(1, 24)}"
P["ad_app"] = lambda r, g: f"{r.choice(['app. ', 'app ', 'apt. ', 'appartement ', 'logement ', '#', 'unité ', 'log. '])}{r.randint(1, 30)}{r.choice(['', '', 'A', 'B'])}"
P["ad_rang"] = lambda r, g: r.choice([f"{_civic(r)}, rang {r.randint(1, 12)}", f"{_civic(r)} {r.randint(1, 9)}e Rang{r.choice(['', ' Ouest', ' Est', ' Nord'])}",
                                      f"{_civic(r)}, {r.choice(['rang', 'Rang'])} {r.choice(['Saint-Joseph', 'Sainte-Anne', 'du Nord', 'Double', 'des Érables', 'Saint-Isidore', 'de la Montagne', 'Petit-Brûlé'])}",
                                      f"{_civic(r)} {r.choice(['1er', '2e', '3e', '4e', 'Petit', 'Grand'])} rang"])
P["ad_lot"] = lambda r, g: r.choice([f"lot {r.randint(1, 6)} {r.randint(100, 999)} {r.randint(100, 999)}",
                                     f"lot {r.randint(1000000, 6999999)}", f"lots {r.randint(1, 6)} {r.randint(100, 999)} {r.randint(100, 999)} et {r.randint(1, 6)} {r.randint(100, 999)} {r.randint(100, 999)}",
                                     f"lot {r.randint(1, 40)}-{r.choice(['P', 'A', '1', '2', 'B'])}, rang {r.randint(1, 10)}"])
P["ad_cp"] = lambda r, g: r.choice([f"C.P. {r.randint(1, 999)}", f"case postale {r.randint(1, 999)}", f"CP {r.randint(1, 999)}", f"C. P. {r.randint(1, 999)}", f"casier postal {r.randint(1, 99)}"])
P["ad_rr"] = lambda r, g: r.choice([f"R.R. {r.randint(1, 6)}", f"RR #{r.randint(1, 6)}", f"route rurale {r.randint(1, 6)}", f"R.R.{r.randint(1, 6)}, site {r.randint(1, 30)}, boîte {r.randint(1, 99)}"])
P["ad_route"] = lambda r, g: f"{_civic(r)}{r.choice([', ', ' '])}{r.choice(['route', 'Route', 'rte', 'route'])} {r.choice(['132', '138', '175', '117', '155', '169', '201', '293', '389', 'du Roy', 'Marie-Victorin'])}{r.choice(['', ' Est', ' Ouest'])}"
P["ad_cpostal"] = lambda r, g: (lambda L: f"{_civic(r)}, {_street(r)}, {r.choice(CTX['mun'])}{r.choice([' (Québec) ', ', QC ', ' QC ', ' '])}G{r.randint(0, 9)}{r.choice(L)}{r.choice([' ', ''])}{r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}")("ABCEGHJKLMNPRSTVXY")
P["ad_appcivic"] = lambda r, g: r.choice([f"{r.randint(1, 12)}-{_civic(r)} {_street(r)}", f"{_civic(r)}-{r.randint(1, 12)} {_street(r)}", f"#{r.randint(1, 12)} - {_civic(r)}, {_street(r)}"])
P["ad_ordinal"] = lambda r, g: f"{_civic(r)}{r.choice([', ', ' '])}{r.choice(['1re', '2e', '3e', '5e', '7e', '12e', '1ère', '4ième', '18e'])} {r.choice(['Avenue', 'avenue', 'Rue', 'rue', 'av.'])}{r.choice(['', ' Ouest', ' Est', ' Nord'])}"
P["ad_letter"] = lambda r, g: f"{r.randint(2, 2999)}{r.choice(['A', 'B', ' A', '½', ' 1/2', '-A', 'a'])} {_street(r)}"
P["ad_range"] = lambda r, g: (lambda n: f"{n}-{n + r.choice([2, 4, 6])}{r.choice([', ', ' '])}{_street(r)}")(r.randint(10, 4000))
P["ad_num_only"] = lambda r, g: f"{_civic(r)} {r.choice(STREETS)}"
P["ad_chalet"] = lambda r, g: f"{_civic(r)}, chemin du {r.choice(['Tour-du-Lac', 'Lac-Sergent', 'Lac-Noir', 'Domaine', 'Petit-Lac', 'Lac-à-la-Truite', 'Bord-de-l’Eau'])}"
P["ad_montee"] = lambda r, g: f"{_civic(r)}{r.choice([', ', ' '])}{r.choice(['montée', 'côte', 'Montée', 'Côte'])} {r.choice(['Sainte-Julie', 'du Lac', 'Saint-Michel', 'de la Baie', 'des Sources', 'Gagnon', 'Ryan'])}"
P["ad_civic_bare"] = lambda r, g: _civic(r)

# ---------------------------------------------------------------------------
# Families: (kind, short_name, transform, templates)
# ---------------------------------------------------------------------------
F: list = []


def fam(kind, name, templates, tr=None):
    F.append((kind, name, tr, templates))


# ============================== AGE =========================================
fam("age", "digits_apposition", [
    "<evt>; <pers0>, [a_num], <act>.",
    "<evt> : <pers>, [a_num], <act>. <tail>",
    "<pers0> ([a_num]) <act> suite <evt_au>.",
])
fam("age", "age_de_phrase", [
    "<evt>. <pers> âgé{|e} de [a_num] <act>.",
    "<pers> agé{|e} de [a_num] vit seul{|e}, <act>.",
    "Lors <evt_du>, <pers> âgé{|e} de [a_old] a été <act_m>.",
])
fam("age", "number_in_words", [
    "<evt>. <pers> de [a_words] <act>.",
    "<pers>, [a_words_old], vit seul{|e} au sous-sol; <act>.",
    "{Un monsieur|Une dame} de [a_words_old] refuse d'évacuer malgré <evt_le>.",
])
fam("age", "dans_la_decade", [
    "<evt>; <pers> dans la [a_dec_true], <act>.",
    "<pers> (dans la [a_dec_true]) <act> après <evt_le>.",
    "{Homme|Femme} dans ⟨la|sa⟩ [a_dec_true] trouvé{|e} confus{|e} dans le sous-sol inondé.",
])
fam("age", "fin_mi_debut_decade", [
    "<evt>. <pers0> ⟨fin|mi-|début|fin de|milieu|début de la⟩ [a_dec_true], <act>.",
    "{Un homme|Une femme} ⟨fin|début|mi⟩ [a_dec_true] <act> ⟨<when>|⟩.",
    "<pers>, ⟨jeune|fin|début⟩ [a_dec_true], <act>; <tail>",
])
fam("age", "ene_generational_adjective", [
    "<evt> : <pers0> [a_gen] <act>.",
    "{Un|Une} [a_gen] <act> après <evt_le> <when>.",
    "<pers> est {un|une} [a_gen] qui vit seul{|e}; <act>.",
])
fam("age", "approximation", [
    "<evt>. <pers> ⟨environ|env.|approx.|autour de|± |dans les⟩ [a_tens], <act>.",
    "<pers0> d'⟨environ|à peu près⟩ [a_tens] <act>; <tail>",
    "<pers> ⟨semble avoir|paraît|doit avoir⟩ [a_num], <act>.",
])
fam("age", "une_decade_dannees", [
    "<pers> âgé{|e} d'une [a_dec_true] d'années <act> lors <evt_du>.",
    "<evt>; {un homme|une femme} d'une [a_dec_true] d'années <act>.",
    "{Homme|Dame} d'une [a_dec_true] d'années, <act>. <tail>",
])
fam("age", "child_teen", [
    "<evt>. ⟨Un ado|Une ado|Un jeune|Une adolescente|Un adolescent⟩ de [a_teen] ⟨seul à la maison|gardait ses frères|a appelé le 911⟩.",
    "⟨Garçon|Fillette|Enfant|Petit gars|Petite fille⟩ de [a_child] ⟨évacué avec la famille|en pyjama dans la neige|réfugié chez le voisin⟩ ; <evt_l>.",
    "<evt>, ⟨un jeune|une jeune⟩ de [a_teen] ⟨a donné l'alerte|a aidé les pompiers⟩.",
])
fam("age", "baby_months", [
    "<evt>; famille avec ⟨bébé|un bébé|nourrisson|poupon|un nouveau-né⟩ de [a_months], <act>.",
    "⟨Bébé|Poupon|Nourrisson⟩ ([a_months]) ⟨dans la maison sans chauffage|évacué en priorité|transporté par précaution⟩.",
    "<pers> et son ⟨bébé|poupon⟩ de [a_months] <act>.",
])
fam("age", "sex_age_code", [
    "<evt>. Occupant (H, [a_bare]) <act_m>.",
    "<evt>. ⟨H|F|M|Homme|Femme⟩ [a_bare] ans <act>.",
    "Victime : ⟨H|F⟩ / [a_bare] / <act>.",
])
fam("age", "abbrev_a", [
    "<evt>, <pers0> [a_abbr] <act>.",
    "<pers0> [a_abbr] seul{|e} au logis, <act>.",
    "Appel 911 <when>: <pers0> [a_abbr], <evt_l>.",
])
fam("age", "field_label", [
    "Âge : [a_bare]. <evt>; <act>.",
    "⟨Age|Âge|AGE⟩: [a_num] | <evt> | <act>",
    "<evt> - ⟨âge approx.|âge estimé|Âge⟩ : [a_num] - <act>.",
])
fam("age", "birthday_phrasing", [
    "<evt>; <pers> ⟨vient d'avoir|a eu|fêtera⟩ [a_num] ⟨la semaine passée|en mai|hier|bientôt⟩, <act>.",
    "<pers> qui fête ses [a_printemps] ⟨ce mois-ci|cette année⟩ <act>.",
    "À [a_printemps], <pers> refuse de quitter malgré <evt_le>.",
])
fam("age", "all_caps", [
    "<evt>. <pers0> DE [a_num] <act>.",
    "<pers0> [a_num] <act>, <evt_l>.",
], tr="upper")
fam("age", "lower_no_accents", [
    "<evt_l> - <pers0> agee de [a_num], <act>",
    "<pers0> dans la [a_dec_true] <act> (<evt_l>)",
], tr="lower_noacc")
fam("age", "age_leading", [
    "[a_num], vit seul{|e}, <evt_l> au sous-sol; <act>.",
    "[a_num] et seul{|e} : <pers> <act>.",
    "⟨Âgé{|e}|Agé{|e}⟩ de [a_num], <pers> <act> après <evt_le>.",
])
fam("age", "comparison_bound", [
    "<evt>; <pers> de ⟨plus de|moins de|près de|pas loin de⟩ [a_num] <act>.",
    "<pers> ⟨a passé le cap des|approche les|a dépassé les⟩ [a_tens], <act>.",
    "<evt>. ⟨Plus de|Bientôt⟩ [a_tens] pour <pers>, <act>.",
])
fam("age", "word_typos", [
    "<evt>; <pers> de [a_words_typo] <act>.",
    "<pers> ([a_words_typo]) <act>; <evt_l>.",
    "<evt> <pers0> [a_typo] <act>.",
])
fam("age", "couple_multiple", [
    "<evt>; couple de [a_bare] et [a_num] <act_m>.",
    "<evt>. Deux enfants ([a_child] et [a_child]) avec la mère, <act>.",
    "Couple âgé ([a_bare] et [a_bare] ans) <act_m> <when>.",
])
fam("age", "generation_word", [
    "<evt>; <pers>, {un|une} [a_boomer] <act>.",
    "<pers> ([a_boomer] retraité{|e}) <act>.",
    "<evt>. <pers0>, [a_boomer] à la retraite, <act>.",
    "{Le|La} [a_boomer] du rez-de-chaussée <act> après <evt_le>.",
])
fam("age", "decade_numeric_aine", [
    "<evt>, <pers0> ds la [a_dec_num], <act>.",
    "<pers0> [a_dec_num] <act> (<evt_l>).",
])
fam("age", "anglicism_yo", [
    "<evt>. <pers0> [a_yo], <act>.",
    "Caller says <pers0> [a_yo] ⟨seul au logement|trapped in basement⟩; <evt_l>.",
])
fam("age", "oral_quebec", [
    "<evt>, un p'tit vieux de [a_old] ⟨reste tout seul là|veut pas partir⟩.",
    "Y'a une ⟨p'tite madame|vieille dame⟩ de [a_old] au 2e ⟨qui veut rien savoir|pas capable de descendre⟩.",
    "<evt> - ⟨le jeune|la jeune⟩ de [a_num] ⟨chez qui on est allé|qui a appelé⟩ <act>.",
])
fam("age", "with_name", [
    "<evt>; [n_title], [a_num], <act>.",
    "[n_full] ([a_num]) <act> après <evt_le>.",
])

# ============================== SANTÉ =======================================
fam("sante", "adjective_after_person", [
    "<evt>; <pers0> [s_adj] <act>.",
    "<evt>. <pers> est [s_adj], <act>.",
    "<pers0> [s_adj] ⟨vit seul{|e}|au 2e étage|sans génératrice⟩, <act>. <tail>",
])
fam("sante", "sous_traitement", [
    "<evt>; <pers0> sous [s_sous] <act>.",
    "<pers> ⟨est|serait⟩ sous [s_sous], <act>.",
    "<evt>. Priorité : <pers0> sous [s_sous] ⟨depuis l'automne|à domicile|3x/sem.⟩.",
])
fam("sante", "souffre_atteint_de", [
    "<evt>. <pers> ⟨souffre|atteint{|e}|souffrant{|e}|diagnostiqué{|e}⟩ [s_de_noun], <act>.",
    "<pers0> ⟨qui souffre|atteint{|e}|qui est atteint{|e}⟩ [s_de_noun] <act> suite <evt_au>.",
    "<evt>; <pers> vit avec ⟨une|la|un|le⟩ [s_noun], <act>.",
])
fam("sante", "a_un_diagnostic", [
    "<evt>. <pers> a [s_avoir], <act>.",
    "<pers0> ⟨a|aurait|avec⟩ [s_avoir]; <act>.",
    "<evt>; le ⟨fils|conjoint|voisin⟩ dit que <pers> a [s_avoir].",
])
fam("sante", "fait_du", [
    "<evt>; <pers> fait [s_fait], <act>.",
    "<pers0> fait [s_fait] ⟨depuis des années|et vit seul{|e}|selon la famille⟩; <act>.",
])
fam("sante", "device_mobility", [
    "<evt>. <pers> ⟨utilise |se déplace avec |a besoin d'⟩[s_device], <act>.",
    "<pers0> ⟨en|avec|sur⟩ [s_device_bare] ⟨au 3e étage|pas d'ascenseur|bloqué{|e} par la neige⟩; <act>.",
    "<evt>; <pers> ⟨porte|a|possède⟩ [s_device].",
])
fam("sante", "medication_name", [
    "<evt>; <pers> prend du [s_med], ⟨n'en a plus|a oublié ses pilules|besoin d'un renouvellement⟩.",
    "<pers0> ⟨sous|sur|à⟩ [s_med] ⟨2x/jour|quotidien|matin et soir⟩, <act>.",
    "Médication à récupérer : [s_med] et [s_med]. <evt>.",
])
fam("sante", "pregnancy", [
    "§f<evt>. <pers0> [s_preg], <act>.",
    "§f<evt>; la locataire est [s_preg], ⟨priorité d'hébergement|transportée par précaution|famille avisée⟩.",
    "§fFemme [s_preg] ⟨évacuée en priorité|dans le logement sans chauffage|refuse de partir⟩, <evt_l>.",
])
fam("sante", "mental_health_state", [
    "<evt>; <pers> ⟨présente :|avec|signalé{|e} pour⟩ [s_mental], ⟨intervenant psychosocial avisé|référé au CISSS|911 rappelé⟩.",
    "<pers0> avec [s_mental] après <evt_le>, <act>.",
    "<evt>. ⟨Signalement|Info⟩ : <pers0> ⟨avec|présentant|qui manifeste⟩ [s_mental].",
])
fam("sante", "addiction", [
    "<evt>; <pers> : [s_addict], <act>.",
    "<evt>. Selon le voisin, <pers0> ⟨en|avec|⟩ [s_addict_n]; <act>.",
    "<pers0> ([s_addict]) <act> suite <evt_au>.",
])
fam("sante", "care_received", [
    "<evt>. <pers> reçoit du CLSC : [s_care]; <act>.",
    "<pers0> ⟨avec|reçoit :|services :⟩ [s_care] ⟨3 fois par semaine|chaque matin|du CISSS⟩; <act>.",
    "<evt>; aviser le CLSC : <pers> ⟨en|sous|a⟩ [s_care].",
])
fam("sante", "recent_surgery", [
    "<evt>; <pers> ⟨récemment|a été|⟩ [s_opere] ⟨la semaine dernière|il y a 10 jours|en mars⟩, <act>.",
    "<pers0> en convalescence après [s_surg_n], <act>.",
    "<evt>. <pers> a eu [s_surg_n] ⟨la semaine passée|il y a un mois|récemment⟩; <act>.",
])
P["s_opere"] = ["opéré{|e} de la hanche", "opéré{|e} du cœur", "opéré{|e} au genou",
                "greffé{|e} du foie", "opéré{|e} au dos", "amputé{|e} du pied", "opéré{|e} pour un cancer",
                "opéré{|e} des cataractes", "greffé{|e} du rein", "opéré{|e} de l'intestin"]
P["s_surg_n"] = lambda r, g: (lambda t: [(t[0], False), (t[1], True)])(r.choice([
    ("un ", "pontage coronarien"), ("un ", "remplacement du genou"), ("une ", "prothèse de hanche"),
    ("une ", "mastectomie"), ("une ", "chirurgie cardiaque"), ("une ", "amputation du pied"),
    ("une ", "ablation de la vésicule"), ("une ", "greffe de moelle"), ("une ", "fracture de la hanche"),
    ("la ", "pose d'un stent"), ("une ", "chirurgie bariatrique"), ("une ", "laminectomie"),
    ("une ", "colectomie"), ("une ", "greffe de rein"), ("une ", "hystérectomie")]))
fam("sante", "since_year", [
    "<evt>. <pers> ⟨:|, diagnostic de|, connu{|e} pour|, avec⟩ [s_noun] depuis ⟨2019|2015|2021|2008|l'an passé⟩, <act>.",
    "<pers0> [s_adj] depuis ⟨2017|2012|des années⟩, <act>.",
])
fam("sante", "abbreviation_only", [
    "<evt>; <pers0> connu{|e} [s_abbr], <act>.",
    "<pers0> [s_abbr] + [s_abbr], <act>. <tail>",
    "<evt>. Pt [s_abbr] ⟨sous O2|non autonome|seul{|e}⟩.",
])
fam("sante", "medical_history_list", [
    "<evt>. ATCD : [s_noun], [s_abbr]. <act>.",
    "Antécédents: [s_noun] / [s_noun]; <pers> <act>.",
    "<evt> | Santé : [s_adj], [s_sous] | <act>",
])
fam("sante", "power_dependent_device", [
    "Panne électrique; <pers> a besoin de courant (⟨[s_elec]|appareil : [s_elec]⟩), <act>.",
    "<evt>: <pers0> dépend d'un [s_elec], génératrice demandée.",
    "Priorité rebranchement : <pers0> avec [s_elec] <when>.",
])
fam("sante", "disability_mobility", [
    "<evt>; <pers0> à [mob], <act>.",
    "<pers> ⟨est|, qui est⟩ [s_pnoun]⟨,| et⟩ <act>.",
])
P["mob"] = ["mobilité réduite", "mobilité très réduite", "autonomie réduite"]
fam("sante", "infectious_disease", [
    "<evt>; <pers> ⟨positi{f|ve} à la|a la|atteint{|e} de la|déclaré{|e} positi{f|ve} à la⟩ [s_infect], ⟨isolement dans une chambre à part|hébergement séparé|à ne pas loger en dortoir⟩.",
    "<pers0> avec [s_infect] ⟨confirmée|depuis mardi|selon la fille⟩, <act>.",
])
fam("sante", "all_caps", [
    "<evt>. <pers0> [s_adj] SOUS [s_sous], <act>.",
    "<pers0> [s_adj] <act>.",
], tr="upper")
fam("sante", "lower_no_accents", [
    "<evt_l> <pers0> [s_adj] <act>",
    "<evt_l>; <pers0> sous [s_sous] <act>",
], tr="lower_noacc")
fam("sante", "misspelled_terms", [
    "<evt>; <pers0> [s_typo] <act>.",
    "<pers> ⟨est|serait|semble⟩ [s_typo], <act>.",
])
fam("sante", "past_event_verb", [
    "<evt>. <pers> a fait [s_event] ⟨l'an dernier|en mars|il y a 2 semaines⟩, <act>.",
    "<pers0> ⟨vient de sortir de l'hôpital après |se remet d'⟩[s_event]; <act>.",
])
fam("sante", "treatment_phrase", [
    "<evt>; <pers> suit un traitement ⟨de|contre le|pour le⟩ [cancer], <act>.",
    "<pers0> en traitement ⟨pour|de⟩ [cancer] ⟨à l'Hôtel-Dieu|à Québec|⟩; <act>.",
])
P["cancer"] = ["cancer du sein", "cancer du poumon", "cancer de la prostate", "cancer du côlon",
               "leucémie", "lymphome", "myélome", "cancer du pancréas", "cancer de la gorge",
               "cancer du foie", "cancer de la vessie", "cancer du rein", "cancer de l'estomac",
               "cancer", "cancer du col de l'utérus", "tumeur cérébrale"]
fam("sante", "est_un_person_noun", [
    "<evt>. <pers> est {un|une} [s_pnoun] ⟨connu{|e}|sévère|lourd{|e}⟩, <act>.",
    "<pers0> = [s_pnoun], <act>.",
])
fam("sante", "with_age_multi", [
    "<evt>; <pers0> de [a_num], [s_adj] <act>.",
    "<pers0> ([a_num]) sous [s_sous], <act>.",
])
fam("sante", "mental_followup", [
    "<evt>. <pers> ⟨suivi{|e}|suivie|connu{|e}⟩ en [psy], <act>.",
    "<pers0> ⟨a un dossier|connu{|e}⟩ en [psy] au CISSS; <act>.",
])
P["psy"] = ["psychiatrie", "santé mentale", "pédopsychiatrie", "psychogériatrie", "toxicomanie",
            "dépendance"]

# ============================== DATE DE NAISSANCE ================================
fam("date_naissance", "ne_le_long", [
    "<evt>; <pers0> né{|e} le [d_long], <act>.",
    "<pers>, né{|e} le [d_long], <act>.",
])
fam("date_naissance", "ddn_iso", [
    "<evt>. <pers0> DDN : [d_iso]. <act>.",
    "<pers0> (DDN [d_iso]) <act>.",
])
fam("date_naissance", "date_de_naissance_slash_short", [
    "<evt>; <pers0>, date de naissance [d_slash_short], <act>.",
    "Date de naissance : [d_slash_short] — <pers0> <act>.",
])
fam("date_naissance", "ne_en_annee", [
    "<evt>; <pers> né{|e} en [d_year], <act>.",
    "<pers0> (né{|e} en [d_year]) <act>.",
    "<evt>. Né{|e} en [d_year], <pers> <act>.",
])
fam("date_naissance", "premier_du_mois", [
    "<evt>; <pers0> né{|e} le [d_1er], <act>.",
    "<pers> né{|e} le [d_1er] ⟨selon sa carte d'assurance maladie|selon le dossier⟩; <act>.",
])
fam("date_naissance", "du_mois_de", [
    "<evt>. <pers> né{|e} le [d_du_mois], <act>.",
    "<pers0> né{|e} le [d_du_mois] <act>.",
])
fam("date_naissance", "fully_in_words", [
    "<evt>; <pers> né{|e} le [d_words], <act>.",
    "<pers0>, né{|e} le [d_words], <act>.",
])
fam("date_naissance", "dn_dash", [
    "<evt>. <pers0> D.N. [d_dash], <act>.",
    "<pers0> ⟨dn|DN|D/N⟩ [d_dash] <act>.",
])
fam("date_naissance", "compact_digits", [
    "<evt>; <pers0> DDN [d_compact] <act>.",
    "<pers0> ⟨ddn|DDN:|naiss.⟩ [d_compact], <act>.",
])
fam("date_naissance", "abbrev_month", [
    "<evt>; <pers0> né{|e} le [d_abbr], <act>.",
    "<pers0> ⟨DDN|Né{|e}|n.⟩ [d_abbr] <act>.",
])
fam("date_naissance", "two_digit_year", [
    "<evt>; <pers> né{|e} en [d_year2], <act>.",
    "<pers0> né{|e} en [d_year2] ⟨selon sa voisine|d'après la famille⟩, <act>.",
])
fam("date_naissance", "month_year", [
    "<evt>; <pers0> né{|e} en [d_month_year], <act>.",
    "<pers> (né{|e} en [d_month_year]) <act>.",
])
fam("date_naissance", "with_age_multi", [
    "<evt>. <pers0> né{|e} le [d_long_age], <act>.",
    "<pers0> DDN [d_iso_age] <act>.",
])
fam("date_naissance", "all_caps", [
    "<evt>. <pers0> NÉ{|E} LE [d_long], <act>.",
    "<pers0> DDN [d_slash_long] <act>.",
], tr="upper")
fam("date_naissance", "lower_no_accents", [
    "<evt_l> <pers0> ne{|e} le [d_long] <act>",
    "<pers0> date de naissance [d_long], <act>",
], tr="lower_noacc")
fam("date_naissance", "field_label_variants", [
    "<evt>. ⟨Date naiss.|Naissance|Date de naiss.|D. naissance|Né{|e} le⟩ : [d_slash_long]. <act>.",
    "⟨DOB|Date of birth|D.O.B.⟩ [d_iso] — <pers0> <act>.",
])
fam("date_naissance", "us_or_english_order", [
    "<evt>; <pers0> ⟨DDN|DOB⟩ [d_us], <act>.",
    "<pers0> born [d_us] <act>.",
])
fam("date_naissance", "verbal_vu_le_jour", [
    "<evt>; <pers> ⟨a vu le jour|est venu{|e} au monde|est né{|e}⟩ le [d_long] à <mun>, <act>.",
    "<pers0> natif de <mun>, ⟨venu au monde|né{|e}⟩ le [d_long]; <act>.",
])
fam("date_naissance", "after_name_multi", [
    "<evt>; [n_full] (DDN [d_iso]) <act>.",
    "[n_title], né{|e} le [d_long], <act>.",
])
fam("date_naissance", "dotted", [
    "<evt>. <pers0> né{|e} le [d_dots], <act>.",
    "<pers0> ⟨ddn|DDN⟩ [d_dots] - <act>.",
])
fam("date_naissance", "typo_month", [
    "<evt>; <pers0> né{|e} le [d_typo], <act>.",
    "<pers0> nee le [d_typo] <act>.",
])
fam("date_naissance", "newborn", [
    "<evt>; famille avec ⟨bébé|nouveau-né|poupon⟩ né le [d_baby], <act>.",
    "<evt>. ⟨Bébé|Nourrisson⟩ (né{|e} le [d_baby]) ⟨évacué en priorité|besoin de lait maternisé⟩.",
])
fam("date_naissance", "day_in_words", [
    "<evt>; <pers0> né{|e} le [d_dayword], <act>.",
    "<pers> né{|e} le [d_dayword] <act>.",
])

# ============================== NOM =========================================
fam("nom", "title_lastname", [
    "<evt>; [n_title] <act>.",
    "<evt>. [n_title] ⟨a appelé pour|a signalé|rapporte⟩ <evt_le> <when>.",
    "Rencontré [n_title] ⟨sur place|au centre de services⟩, <act>.",
])
fam("nom", "first_last", [
    "<evt>; [n_full] <act>.",
    "Appel de [n_full] <when>, <evt_l> au sous-sol.",
    "<evt>. ⟨Propriétaire|Occupant|Locataire|Contact⟩ : [n_full]. <tail>",
])
fam("nom", "caps_lastname_comma", [
    "<evt>. [n_caps_comma] — <act>.",
    "Sinistré : [n_caps_comma]; <act>.",
])
fam("nom", "lowercase_names", [
    "<evt_l> chez [n_lower], <act>",
    "contact [n_lower] <act> <tail>",
])
fam("nom", "misspelled", [
    "<evt>; [n_typo] <act>.",
    "<evt>. Parlé avec [n_typo] <when>.",
])
fam("nom", "ti_nickname", [
    "<evt>; [n_ti] <act>.",
    "<evt>. Le voisin, [n_ti], a ⟨donné l'alerte|sorti les enfants|fermé le gaz⟩.",
    "⟨C'est|Selon⟩ [n_ti] ⟨qui a vu le feu en premier|du garage⟩, <evt_l>.",
])
fam("nom", "le_grand_prefix", [
    "<evt>; le ⟨grand|gros|petit|p'tit|vieux⟩ [n_short] <act_m>.",
    "<evt>. ⟨La grande|La petite|La vieille|La grosse⟩ [n_last_fr] <act>.",
    "⟨Mononc'|Matante|Pépère|Mémère⟩ [n_first] <act> après <evt_le>.",
])
fam("nom", "surnomme", [
    "<evt>; <pers> ⟨surnommé{|e}|dit|qu'on appelle|aussi connu{|e} sous le nom de⟩ [n_nick] <act>.",
    "<evt>. « [n_nick] » ⟨refuse de partir|a pris ses chats|est parti en motoneige⟩.",
])
fam("nom", "initials", [
    "<evt>; [n_init] <act>.",
    "<evt>. Occupant{|e} : [n_init], <act>.",
])
fam("nom", "family_name_only", [
    "<evt>; les [n_last] du ⟨rang 4|bout du chemin|3e rang|coin⟩ <act_pl>.",
    "<evt>. Chez les [n_last], ⟨sous-sol plein d'eau|toiture arrachée|pas de courant⟩.",
    "La famille [n_last] <act>.",
])
fam("nom", "indigenous_names", [
    "<evt> à ⟨Mashteuiatsh|Uashat|Wemotaci|Manawan|Kahnawake|Chisasibi|Mistissini|Pessamit|Opitciwan|Waskaganish⟩; [n_full_innu] <act>.",
    "<evt>; [n_full_cri] <act>.",
    "<evt>. [n_full_mohawk] <act>.",
    "<evt>; [n_title_atikamekw] <act>.",
    "<evt>. [n_full_atikamekw] <act>.",
])
fam("nom", "haitian_names", [
    "<evt>; [n_full_haiti] <act>.",
    "<evt>. [n_title_haiti] ⟨a appelé|demande de l'aide|est sans nouvelles⟩.",
])
fam("nom", "maghrebi_names", [
    "<evt>; [n_full_maghreb] <act>.",
    "<evt>. [n_title_maghreb] ⟨parle peu français, interprète demandé|a été relogé{|e}⟩.",
])
fam("nom", "vietnamese_names", [
    "<evt>; [n_title_viet] <act>.",
    "<evt>. [n_full_viet] <act>.",
])
fam("nom", "latino_names", [
    "<evt>; [n_full_latino] ⟨{travailleur|travailleuse} agricole|hispanophone⟩, <act>.",
    "<evt>. [n_title_latino] <act>.",
])
fam("nom", "anglo_names", [
    "<evt>; [n_full_en] ⟨anglophone|speaks English only⟩, <act>.",
    "<evt>. [n_title_en] <act>.",
])
fam("nom", "first_name_only", [
    "<evt>; ⟨parlé à|joint|rappeler⟩ [n_first] ⟨(voisine)|(fils)|(proprio)|(concierge)⟩ <when>.",
    "<evt>. [n_first] dit que <pers> <act>.",
])
fam("nom", "possessive_chez", [
    "<evt> ⟨au chalet de|chez|dans le garage de|sur le terrain à⟩ [n_full], <act>.",
    "<evt>; le camion ⟨à|de⟩ [n_first] bloque le chemin.",
])
fam("nom", "compound_names", [
    "<evt>; [n_compound] <act>.",
    "<evt>. ⟨Requérante|Propriétaire⟩ : [n_compound].",
])
fam("nom", "couple_two_persons", [
    "<evt>; ⟨M. et Mme|monsieur et madame⟩ [n_last] <act_pl>.",
    "<evt>. [n_first_m] et [n_first_f] [n_last] <act_pl>.",
])
fam("nom", "name_leading_dash", [
    "[n_caps_comma] - <evt_l> - <act>",
    "[n_full] : <evt_l>, <act>.",
])
fam("nom", "full_caps", [
    "<evt>. [n_full_caps] <act>.",
    "SINISTRE [n_full_caps] <act>",
], tr="upper")
fam("nom", "professional_title", [
    "<evt>; selon ⟨sa médecin, Dre|son médecin, Dr|son notaire, Me|son avocat, Me⟩ [n_last], <pers> <act>.",
    "<evt>. ⟨Dr|Dre|Me|Abbé|Sœur⟩ [n_last] a ⟨signalé|contacté le 911 pour⟩ <evt_le>.",
])

# ============================== LIEU DE TRAVAIL ====================================
fam("lieu_travail", "travaille_chez", [
    "<evt>; <pers> travaille chez [w_emp], <act>.",
    "<pers0> (travaille chez [w_emp]) <act>.",
    "<evt>. <pers> ⟨travaille|bosse|a une job⟩ chez [w_emp] ⟨de nuit|de soir|à temps partiel|⟩.",
])
fam("lieu_travail", "occupation_at_institution", [
    "<evt>; <pers0> <occ_h> à l'[w_inst_e], <act>.",
    "<evt>. <pers> est <occ_h> au [w_inst_m], <act>.",
])
P["w_inst_e"] = ["Hôpital de Chicoutimi", "Hôtel-Dieu de Lévis", "Hôpital régional de Rimouski",
                 "Hôpital de Gaspé", "Hôpital Sainte-Croix", "Hôpital du Sacré-Cœur",
                 "Institut de cardiologie", "Hôpital de Baie-Saint-Paul", "Hôpital d'Amos",
                 "urgence de l'Enfant-Jésus", "Hôpital de Sept-Îles"]
P["w_inst_m"] = ["CHUL", "CHUM", "CHSLD Saint-Antoine", "CLSC de la Haute-Gaspésie",
                 "Centre hospitalier de Matane", "CHSLD des Quatre-Temps", "CH de Rouyn-Noranda",
                 "CHSLD de Matane", "CLSC de Limoilou", "CHU de Québec", "CIUSSS du Saguenay"]
fam("lieu_travail", "employe_de", [
    "<evt>; <pers> ⟨employé{|e}|employé{|e} à temps plein|contremaître|{journalier|journalière}⟩ de [w_biz], <act>.",
    "<pers0>, employé{|e} de [w_biz], <act>.",
])
fam("lieu_travail", "clerk_local_store", [
    "<evt>; <pers0> ⟨{caissier|caissière}|commis|gérant{|e}|{boucher|bouchère}⟩ au [w_shop_loc], <act>.",
    "<pers> ⟨travaille|est {caissier|caissière}|fait des shifts⟩ au [w_shop_loc]; <act>.",
])
fam("lieu_travail", "a_lemploi_de", [
    "<evt>. <pers> à l'emploi de [w_emp] depuis ⟨20 ans|2010|peu⟩, <act>.",
    "<pers0> à l'emploi de [w_pub]; <act>.",
])
fam("lieu_travail", "familiar_shop", [
    "<evt>; <pers0> ⟨travaille à la shop|bosse à l'usine|fait de l'overtime⟩ chez [w_emp], <act>.",
    "<pers> ⟨job|shift⟩ de nuit au [w_shop], ⟨absent{|e} lors de l'évacuation|rentré{|e} à 7 h⟩.",
])
fam("lieu_travail", "retired_from", [
    "<evt>; <pers> retraité{|e} ⟨de chez|d'|de⟩ [w_emp], <act>.",
    "<pers0> ⟨ex-employé{|e}|ancien{|ne} employé{|e}|retraité{|e}⟩ de [w_biz], <act>.",
])
fam("lieu_travail", "employer_field", [
    "<evt>. Employeur : [w_any]. <act>.",
    "⟨Lieu de travail|Employeur|Travail⟩ : [w_any] | <pers0> <act>",
])
fam("lieu_travail", "night_shift_plant", [
    "<evt>; <pers> travaille de nuit à [w_biz_usine], <act>.",
    "<pers0> ⟨sur les quarts|en rotation⟩ à [w_biz_usine]; <act>.",
])
P["w_biz_usine_l"] = ["l'usine Olymel de Vallée-Jonction", "l'usine Cascades de Kingsey Falls",
                    "l'aluminerie Alouette", "l'usine Kruger de Trois-Rivières",
                    "la papetière de Dolbeau", "l'aluminerie de Bécancour",
                    "l'usine Premier Tech de Rivière-du-Loup", "la scierie de Saint-Hilarion",
                    "l'usine BRP de Valcourt", "l'usine Exceldor de Saint-Anselme",
                    "l'usine Agropur de Granby", "l'abattoir de Yamachiche"]
fam("lieu_travail", "owner_of_business", [
    "<evt>; <pers> ⟨propriétaire|proprio|co-propriétaire⟩ de [w_small], <act>.",
    "<pers0> ⟨qui tient|qui gère⟩ [w_small] ⟨au village|sur la rue Principale|depuis 30 ans⟩, <act>.",
])
fam("lieu_travail", "teacher_school", [
    "<evt>; <pers> ⟨enseigne à|{enseignant|enseignante} à|{concierge|concierge} à|{secrétaire|secrétaire} à⟩ [w_school], <act>.",
    "<pers0> ⟨prof|TES|surveillant{|e}⟩ à [w_school]; <act>.",
])
fam("lieu_travail", "fly_in_mine", [
    "<evt>; <pers> ⟨en fly-in fly-out|en rotation 14/14|au camp⟩ à [w_mine], absent{|e} du logement.",
    "<pers0> travaille ⟨à|pour⟩ [w_mine], <act>.",
])
P["w_mine_l"] = ["la mine Raglan", "la mine Canadian Malartic", "la mine Éléonore", "la mine du Lac Bloom",
               "la mine de fer du Mont-Wright", "la mine Renard", "la mine LaRonde",
               "la mine Niobec", "la mine Westwood", "Tata Steel à Schefferville"]
fam("lieu_travail", "driver_for", [
    "<evt>; <pers> camionneur pour [w_trans], ⟨sur la route|parti pour la semaine⟩, <act>.",
    "<pers0> ⟨{chauffeur|chauffeuse}|{livreur|livreuse}|{opérateur|opératrice}⟩ pour [w_trans]; <act>.",
])
P["w_trans"] = ["Transport Robert", "Groupe Guilbault", "TFI", "Purolator", "Postes Canada",
                "Autobus Maheux", "Intercar", "Orléans Express", "Transport Bourassa",
                "Transport Jacques Auger", "Excavation Gilbert", "Déneigement Côté"]
P["w_biz_usine"] = _artpool(P["w_biz_usine_l"])
P["w_mine"] = _artpool(P["w_mine_l"])
fam("lieu_travail", "care_worker_chsld", [
    "<evt>; <pers> préposé{|e} aux bénéficiaires au [w_chsld], <act>.",
    "<pers0> PAB au [w_chsld], ⟨de garde|sur son quart|appelé{|e} en renfort⟩; <act>.",
])
P["w_chsld"] = ["CHSLD Saint-Antoine", "CHSLD de Matane", "CHSLD des Quatre-Temps", "CHSLD Jeanne-Le Ber",
                "CHSLD Bayview", "CHSLD de Mont-Joli", "CHSLD Laflèche", "CHSLD Saint-Jude"]
fam("lieu_travail", "police_firefighter", [
    "<evt>; <pers> est ⟨{policier|policière}|{patrouilleur|patrouilleuse}|{répartiteur|répartitrice}⟩ ⟨à|au poste de⟩ [w_police], <act>.",
    "<pers0> pompier volontaire à la caserne de <mun>; <act>.",
])
P["w_police_l"] = ["la SQ de Matane", "la SQ de la MRC des Basques", "la police de Gatineau",
                 "la SQ de Chibougamau", "la police de Lévis", "la sécurité publique de Saguenay",
                 "la police de Mashteuiatsh", "la Sûreté municipale de Rimouski"]
P["w_police"] = _artpool(P["w_police_l"])
fam("lieu_travail", "telework_for", [
    "<evt>; <pers> en télétravail pour [w_emp], ⟨a besoin d'Internet|demande une génératrice⟩.",
    "<pers0> télétravaille ⟨pour|chez⟩ [w_emp]; <act>.",
])
fam("lieu_travail", "all_caps", [
    "<evt>. <pers0> TRAVAILLE CHEZ [w_emp], <act>.",
    "<pers0> EMPLOYÉ{|E} DE [w_biz], <act>.",
], tr="upper")
fam("lieu_travail", "lower_no_accents", [
    "<evt_l>; <pers0> travaille au [w_shop_loc], <act>",
    "<pers0> employe{|e} de [w_emp] <act>",
], tr="lower_noacc")
fam("lieu_travail", "abbrev_trav", [
    "<evt>; <pers0> trav. chez [w_emp], <act>.",
    "<pers0> ⟨emp.|empl.|trav.⟩ [w_shop_loc] <act>.",
])
fam("lieu_travail", "work_stoppage", [
    "<evt>; <pers> en arrêt de travail ⟨de chez|chez⟩ [w_emp], <act>.",
    "<pers0> ⟨en congé|mis{|e} à pied|en vacances⟩ ⟨de chez|de⟩ [w_emp]; <act>.",
])
fam("lieu_travail", "boss_colleague", [
    "<evt>; ⟨le patron|le superviseur|le contremaître⟩ de <pers> chez [w_emp] a été avisé.",
    "<pers0> hébergé{|e} par un collègue de ⟨chez|de⟩ [w_emp]; <act>.",
])
fam("lieu_travail", "student_summer_job", [
    "<evt>; ⟨étudiant{|e}|cégépien{|ne}⟩ avec une job d'été au [w_shop_loc], <act>.",
    "<pers0>, stagiaire à [w_pub], <act>.",
])
fam("lieu_travail", "workplace_event_link", [
    "<evt>; <pers> était ⟨au travail|sur son quart⟩ ⟨chez|à⟩ [w_emp] lors de l'évacuation, <act>.",
    "<pers0> rejoint{|e} à son travail ([w_any]) <when>.",
])

# ============================== LIEN FAMILIAL ======================================
fam("lien_familial", "tie_of_role", [
    "<evt>; <pers> est [l_tie_ref], <act>.",
    "<evt>. Sinistré{|e} : [l_tie_ref], <act>.",
    "<pers0>, soit [l_tie_ref], <act>.",
])
fam("lien_familial", "tie_subject", [
    "<evt>; [l_tie_ref] <act>.",
    "<evt>. [l_tie_ref] ⟨a appelé le 911|refuse d'évacuer|demande un suivi⟩.",
    "<evt>. Selon les voisins, [l_tie_ref] <act>.",
])
fam("lien_familial", "parenthetical_tie", [
    "<evt>; <pers> ([l_tie_ref_bare]) <act>.",
    "<pers0> (⟨c'est|soit|=⟩ [l_tie_ref_bare]) <act>.",
])
fam("lien_familial", "tie_of_named_person", [
    "<evt>; <pers> est [l_tie_name], <act>.",
    "<evt>. [l_tie_name] <act>.",
])
fam("lien_familial", "quebec_a_possessive", [
    "<evt>; [l_tie_a] <act>.",
    "<evt>. C'est [l_tie_a] qui ⟨a appelé|a vu la fumée|est resté là⟩.",
])
fam("lien_familial", "tie_of_victim_event", [
    "<evt>; <pers> est [l_tie_event], <act>.",
    "<evt>. [l_tie_event] <act>.",
])
fam("lien_familial", "abbreviated_ties", [
    "<evt>; <pers0>, [l_tie_abbr], <act>.",
    "<pers0> = [l_tie_abbr]; <act>.",
])
fam("lien_familial", "hebergee_chez_tie", [
    "<evt>; <pers> hébergé{|e} chez [l_tie_ref_any]. <tail>",
    "<pers0> ⟨relocalisé{|e}|parti{|e}⟩ chez [l_tie_ref_any] <when>.",
])
fam("lien_familial", "all_caps", [
    "<evt>. <pers0> EST [l_tie_ref], <act>.",
], tr="upper")
fam("lien_familial", "lower_no_accents", [
    "<evt_l>; <pers0> [l_tie_ref_bare] <act>",
], tr="lower_noacc")
fam("lien_familial", "widow_of", [
    "<evt>; <pers> [l_widow], <act>.",
    "<evt>. ⟨La|Le⟩ [l_widow] <act>.",
])
P["l_widow"] = _tie(["{veuf|veuve}"], [
    "du pompier mort en service", "de l'ancien maire", "de l'ex-directeur de la caisse",
    "du capitaine du traversier", "du policier tué en 2019", "du fondateur de la scierie",
    "du garde-chasse noyé l'an passé", "de l'ancienne mairesse", "du député décédé",
    "du pilote de brousse disparu", "de la propriétaire du motel", "du médecin du village",
    "de la directrice de l'école morte dans l'accident"])
fam("lien_familial", "relative_of_official_contact", [
    "<evt>; ⟨contact fourni par|info donnée par⟩ [l_tie_ref_any], <act>.",
    "<evt>. Joint{|e} via [l_tie_ref_any] <when>.",
])
fam("lien_familial", "spouse_of_worker", [
    "<evt>; <pers>, [l_spouse], <act>.",
    "<evt>. <pers0> (c'est [l_spouse]) <act>.",
])
P["l_spouse"] = _tie(["{le conjoint|la conjointe} de fait", "{l'époux|l'épouse}", "{le chum|la blonde}",
                      "{le mari|la femme}", "{le conjoint|la conjointe}"], [
    "du gérant du IGA", "de la directrice de l'école Saint-Joseph", "du pharmacien du village",
    "du chef de police", "du propriétaire de la quincaillerie", "de la mairesse", "du notaire",
    "du préfet", "du chef du conseil de bande", "de l'inspecteur municipal", "du capitaine des pompiers",
    "de la présidente du comité de citoyens", "de la seule médecin de la place"])
fam("lien_familial", "children_of", [
    "<evt>; les [l_kids] <act_pl>.",
    "<evt>. Les [l_kids] ⟨sont chez des voisins|ont été rejoints|sont en sécurité⟩.",
])
P["l_kids"] = _tie(["enfants", "jumeaux", "deux filles", "trois garçons", "petits-enfants", "ados"], [
    "du maire", "de la directrice du CLSC", "du chef pompier", "de la députée",
    "du propriétaire du dépanneur", "du conseiller du district 2", "de la policière de garde",
    "du gardien du barrage", "du responsable des mesures d'urgence", "de la mairesse"])
fam("lien_familial", "ex_relationship", [
    "<evt>; <pers> est [l_ex], <act>.",
    "<evt>. <pers0> = [l_ex]; <act>.",
])
P["l_ex"] = _tie(["{l'ex|l'ex}", "{l'ancien chum|l'ancienne blonde}", "{l'ex-conjoint|l'ex-conjointe}",
                  "{l'ex-mari|l'ex-femme}"], [
    "du maire", "du suspect", "du propriétaire", "de la victime", "du chef pompier",
    "du directeur général", "de la conseillère", "du gérant de la caisse", "du policier"])
fam("lien_familial", "multi_with_name", [
    "<evt>; [n_title], [l_tie_ref_bare], <act>.",
    "<evt>. [n_full] ([l_tie_ref_bare]) <act>.",
])
fam("lien_familial", "step_family_composite", [
    "<evt>; <pers> [l_step], <act>.",
    "<evt>. <pers0>, [l_step], <act>.",
])
P["l_step"] = _tie(["{demi-frère|demi-sœur}", "{beau-fils|belle-fille}", "enfant de la conjointe",
                    "{fils adoptif|fille adoptive}", "{demi-frère|demi-sœur} par alliance"], [
    "du maire", "de la directrice d'école", "du chef de police", "du député", "de la greffière",
    "du propriétaire de la pourvoirie", "de la pharmacienne", "du capitaine de la garde côtière", "du préfet"])
fam("lien_familial", "godparent_and_relatives", [
    "<evt>; <pers> [l_god], <act>.",
    "<pers0> ([l_god]) <act> après <evt_le>.",
])
P["l_god"] = _tie(["{filleul|filleule}", "{neveu|nièce}", "{cousin germain|cousine germaine}",
                   "{petit-cousin|petite-cousine}"], [
    "du curé", "de la mairesse", "du chef de bande", "de la députée", "du notaire", "du vétérinaire",
    "du directeur de la polyvalente", "de la présidente de la Fabrique", "du garagiste", "du pharmacien"])
fam("lien_familial", "grandparent_of", [
    "<evt>; <pers> [l_gp], <act>.",
    "<evt>. ⟨C'est|Il s'agit de⟩ [l_gp], <act>.",
])
P["l_gp"] = _tie(["{le grand-père|la grand-mère}", "{l'arrière-grand-père|l'arrière-grand-mère}",
                  "{grand-papa|grand-maman}"], [
    "du jeune disparu en forêt", "de l'enfant blessé à l'école", "de la petite noyée en juillet",
    "du garçon arrêté pour l'incendie", "de la joueuse de hockey vedette du village",
    "du jeune conducteur impliqué", "de la fillette retrouvée", "du motoneigiste disparu"])
fam("lien_familial", "oral_quebec", [
    "<evt>, c'est [l_oral] ⟨qui reste là|qui a appelé|qui veut pas partir⟩.",
    "<evt>, ⟨y'a|ya⟩ [l_oral] ⟨qui est toute seule|qui est pogné{|e} au 2e|qui capote⟩.",
])
P["l_oral"] = _tie(["{le gars|la fille}", "{le chum|la blonde}", "{le beau-frère|la belle-sœur}",
                    "{le père|la mère}", "{le p'tit-fils|la p'tite-fille}", "{le frère|la sœur}"], [
    "du boss de la caisse", "du maire", "à Ti-Guy du garage", "du gars de la voirie", "du curé",
    "à la madame de la pharmacie", "du proprio du bar", "du policier de la place",
    "du gars qui tient le dépanneur", "à Réjean le maire"])
fam("lien_familial", "tie_relative_list", [
    "<evt>; présents : <pers0>, [l_tie_ref_bare_any] et [l_tie_ref_bare_any], <act_pl>.",
])
fam("lien_familial", "same_family_as", [
    "<evt>; <pers> est de la [l_fam] (⟨cousin{|e}|nièce|neveu|tante|oncle⟩), <act>.",
    "<evt>. <pers0> fait partie de la [l_fam]; <act>.",
])
P["l_fam"] = _tie(["famille", "parenté"], [
    "du maire", "de la mairesse", "du chef pompier", "de la députée", "du policier impliqué",
    "du propriétaire de la scierie", "de la directrice de l'école", "de la victime"])

# ============================== ADRESSE ============================================
fam("adresse", "civic_street_comma", [
    "<evt> au [ad_full], <act>.",
    "<evt>; <pers> du [ad_full] <act>.",
])
fam("adresse", "abbrev_type_no_comma", [
    "<evt> au [ad_nocomma]; <act>.",
    "<pers0> [ad_nocomma] <act>.",
])
fam("adresse", "no_street_type", [
    "<evt> au [ad_notype], <act>.",
    "<pers> du [ad_notype] <act>.",
])
fam("adresse", "with_apartment", [
    "<evt>; <pers0> au [ad_with_app], <act>.",
    "<evt>. Adresse : [ad_with_app]. <act>.",
])
fam("adresse", "apartment_detached", [
    "<evt> au [ad_full]; <pers0>, [ad_app], <act>.",
    "<evt> au [ad_num_only], <pers0> [ad_app] <act>.",
])
fam("adresse", "rang_civic", [
    "<evt>; <pers> au [ad_rang], <act>.",
    "<evt> au [ad_rang]. <act>.",
])
fam("adresse", "cadastral_lot", [
    "<evt>; terrain de <pers> ([ad_lot]), <act>.",
    "<evt> sur le [ad_lot], <act>.",
])
fam("adresse", "postal_box", [
    "<evt>; <pers0>, [ad_cp], <mun>, <act>.",
    "Adresse postale de <pers> : [ad_cp]. <act>.",
])
fam("adresse", "rural_route", [
    "<evt>; <pers0> [ad_rr], <mun>, <act>.",
    "<evt>. Adresse : [ad_rr]; <act>.",
])
fam("adresse", "civic_on_route", [
    "<evt> au [ad_route], <act>.",
    "<pers> du [ad_route] <act>.",
])
fam("adresse", "full_with_postal_code", [
    "<evt>; <pers0> : [ad_cpostal]. <act>.",
    "Adresse : [ad_cpostal] — <evt_l>.",
])
fam("adresse", "app_civic_dash", [
    "<evt> au [ad_appcivic]; <act>.",
    "<pers0> [ad_appcivic] <act>.",
])
fam("adresse", "chalet_chemin", [
    "<evt>; chalet au [ad_chalet], <act>.",
    "<pers0> en villégiature au [ad_chalet], <act>.",
])
fam("adresse", "near_civic", [
    "<evt>; <pers> habite ⟨en face du|à côté du|derrière le|juste avant le⟩ [ad_num_only], <act>.",
    "<evt>. <pers0>, voisin{|e} du [ad_num_only], <act>.",
    "<evt> ⟨près du|juste après le⟩ [ad_full], <act>.",
])
fam("adresse", "ordinal_avenue", [
    "<evt> au [ad_ordinal], <act>.",
    "<pers0> [ad_ordinal] <act>.",
])
fam("adresse", "all_caps", [
    "<evt> AU [ad_full], <act>.",
    "<pers0> [ad_with_app] <act>.",
], tr="upper")
fam("adresse", "lower_no_accents", [
    "<evt_l> au [ad_full] <act>",
    "<pers0> [ad_rang] <act>",
], tr="lower_noacc")
fam("adresse", "letter_half_suffix", [
    "<evt> au [ad_letter], <act>.",
    "<pers0> [ad_letter] <act>.",
])
fam("adresse", "civic_range", [
    "<evt> au [ad_range] (jumelé), <act>.",
    "<evt>; immeuble [ad_range], <act>.",
])
fam("adresse", "montee_cote", [
    "<evt> au [ad_montee], <act>.",
    "<pers0> [ad_montee] <act>.",
])
fam("adresse", "floor_of_building", [
    "<evt>; <pers0> du ⟨2e|3e|sous-sol du|rez-de-chaussée du|4e étage du⟩ [ad_num_only], <act>.",
    "<evt>. Logement du haut au [ad_num_only], <act>.",
])
fam("adresse", "bare_number_context", [
    "<evt>, rue <street_ctx>; le [ad_civic_bare] <act_m>.",
    "<evt> sur la rue <street_ctx> : ⟨maison|résidence|bungalow⟩ du [ad_civic_bare], occupants <act_pl>.",
])
CTX["street_ctx"] = ["Principale", "Notre-Dame", "Racine", "Wellington", "Saint-Jean", "Champlain", "Laurier"]
fam("adresse", "address_with_name_multi", [
    "<evt>; [n_title] au [ad_full], <act>.",
    "[n_full], [ad_with_app] — <evt_l>.",
])

# ============================== PROPRE ============================================
CTX.update({
    "mm": ["35 mm de pluie", "52 mm de pluie en 24 h", "18 cm de neige", "40 cm de neige",
           "25 mm de verglas", "rafales de 90 km/h", "vents de 70 km/h", "120 mm de pluie"],
    "debit": ["débit de 450 m³/s", "débit de 1 200 m³/s", "niveau à 5,2 m", "cote de 2,4 m",
              "hausse de 30 cm en 6 h", "niveau stable à 4,85 m", "débit de 95 m3/s"],
    "count": ["12 personnes évacuées", "une centaine de maisons inondées", "trois blessés légers",
              "aucun blessé", "une quarantaine de résidences touchées", "une vingtaine de chalets isolés",
              "une soixantaine de pompiers mobilisés", "150 résidences sans eau potable",
              "une trentaine de bénévoles", "2 300 clients privés d'électricité",
              "une cinquantaine d'appels au 911", "8 familles relogées", "45 sinistrés inscrits"],
    "inst": ["hôpital Maisonneuve-Rosemont", "Hôpital Pierre-Boucher", "Hôtel-Dieu de Québec",
             "centre hospitalier de Gaspé", "CHSLD Saint-Antoine", "CLSC de Limoilou",
             "Hôpital Charles-LeMoyne", "centre de dialyse de Rimouski", "CHSLD Jean-Hubert",
             "la résidence pour aînés Le Havre", "le CHUL", "l'Hôpital de Chicoutimi"],
    "place_person": ["pont Pierre-Laporte", "école Jean-de-Brébeuf", "parc Jean-Drapeau",
                     "aréna Marcel-Dutil", "cégep Lionel-Groulx", "pont Laviolette",
                     "barrage Daniel-Johnson", "boulevard René-Lévesque", "rue Wilfrid-Laurier",
                     "pavillon Alphonse-Desjardins", "école Marguerite-Bourgeoys",
                     "centre Pierre-Charbonneau", "polyvalente Louis-Saint-Laurent",
                     "autoroute Jean-Lesage", "aréna Guy-Lafleur", "parc Maurice-Richard",
                     "collège François-de-Laval", "pont Jacques-Cartier", "bibliothèque Gabrielle-Roy"],
    "official": ["le maire", "la mairesse", "la ministre", "le ministre de la Sécurité publique",
                 "le préfet de la MRC", "la directrice régionale", "le coordonnateur municipal",
                 "le chef pompier", "la conseillère en sécurité civile", "le DG de la municipalité",
                 "le directeur des travaux publics", "le chef de la communauté"],
    "km": ["la route 132 au km 45", "la route 138 au km 612", "la sortie 245 de l'autoroute 20",
           "la route 175 au km 84", "l'autoroute 40 direction est, km 190", "la route 117 au km 320",
           "le chemin du Lac entre le km 2 et le km 5", "la route 389 au km 22", "l'autoroute 73 au km 101"],
    "evtdate": ["le 3 avril 2023", "le 17 mai", "depuis le 12 avril", "le 30 décembre 2022",
                "le 21 juin 2024", "le 1er mai 2019", "le 5 août", "du 3 au 5 mars 2023"],
    "hour": ["à 14 h 35", "vers 6 h", "à 22 h", "à 3 h 15", "en matinée", "à 10 h 00", "à 17 h 30"],
    "org": ["Hydro-Québec", "la Croix-Rouge", "la SQ", "le CISSS", "le CIUSSS", "le MTQ",
            "la municipalité", "l'Armée canadienne", "la Garde côtière", "le ministère",
            "la SOPFEU", "Environnement Canada", "le COG", "l'OMSC", "Bombardier", "Desjardins"],
    "rangroad": ["rang 4", "rang Saint-Joseph", "3e Rang", "rang Double", "chemin du Lac",
                 "chemin des Érables", "boulevard Talbot", "rang du Nord", "chemin de la Grève"],
})

fam("propre", "rain_measures", [
    "<evt> : <mm>, <debit>. Surveillance maintenue <hour>.",
    "Bulletin <hour> : <mm> tombés, <debit>; aucune évacuation pour l'instant.",
    "Prévisions d'Environnement Canada : <mm> d'ici <evtdate2>, <debit>.",
])
CTX["evtdate2"] = ["demain soir", "jeudi", "la fin de semaine", "mardi matin", "minuit", "samedi"]
fam("propre", "counts_people", [
    "<evt> : <count>. Centre d'hébergement ouvert <shelter>.",
    "Bilan <hour> : <count>; <count_b>.",
    "<evt> <evtdate> : <count_b>, <org> sur place.",
])
CTX["shelter"] = ["à l'aréna", "au sous-sol de l'église", "à l'école secondaire", "au centre communautaire",
                  "à la salle municipale", "au gymnase du cégep"]
CTX["count_b"] = ["aucun blessé", "aucune victime", "4 résidences évacuées", "deux familles relogées",
                  "une trentaine de bénévoles sur place", "15 sinistrés inscrits", "3 chalets isolés",
                  "une dizaine d'interventions", "une vingtaine de véhicules remorqués"]
fam("propre", "quarantine_area", [
    "Mise en quarantaine du secteur ⟨industriel|nord|du port|des Chutes|du parc industriel⟩ ⟨par précaution|en raison de la fuite|jusqu'à nouvel ordre⟩ <hour>; <count_b>.",
    "Fin de la quarantaine ⟨du secteur|de la zone|du quartier|du site⟩ <evtdate>, <count_b>.",
    "Zone de quarantaine ⟨élargie|levée|maintenue⟩ autour ⟨de l'usine|du dépôt|de la voie ferrée⟩ <hour>.",
])
fam("propre", "hospital_evacuated", [
    "<inst_m> évacué par précaution <hour>; <count_b>.",
    "<evt> : <inst_m> ⟨sur génératrice|privé d'électricité|en mode délestage|en plan d'urgence⟩ <hour>.",
    "L'urgence ⟨de l'Hôpital de Chicoutimi|du CH de Gaspé|de l'Hôtel-Dieu de Lévis⟩ ⟨déborde|est en surcapacité|fonctionne normalement⟩ <hour>.",
])
CTX["inst_m"] = ["L'hôpital Maisonneuve-Rosemont", "L'Hôpital Pierre-Boucher", "L'Hôtel-Dieu de Québec",
                 "Le centre hospitalier de Gaspé", "Le CHSLD Saint-Antoine", "Le CHSLD Jean-Hubert",
                 "L'Hôpital Charles-LeMoyne", "Le CHUL", "L'Hôpital de Chicoutimi", "Le pavillon Saint-Joseph"]
fam("propre", "dialysis_center_institution", [
    "Centre de dialyse ⟨de l'hôpital|régional|de Rimouski|de Baie-Comeau⟩ privé d'électricité <hour>; traitements déplacés ⟨vers Lévis|à l'Hôtel-Dieu|de 24 h⟩.",
    "Unité d'hémodialyse ⟨fermée|relocalisée|sur génératrice⟩ <hour>; <org> en soutien.",
    "La clinique de ⟨chimiothérapie|vaccination|prélèvements⟩ ⟨fermée|déplacée au CLSC|ouverte⟩ <evtdate>.",
])
fam("propre", "seniors_residence", [
    "La résidence pour aînés ⟨a été évacuée|est sur génératrice|reste en confinement⟩ <hour>; <count_b>.",
    "RPA ⟨du secteur|Le Havre|des Pionniers|Les Jardins⟩ : ⟨eau potable livrée|aucune évacuation requise|chauffage rétabli|génératrice installée⟩ <hour>.",
    "Maison des aînés ⟨de Rimouski|de Lévis|du secteur⟩ ⟨évacuée|en confinement|sur génératrice⟩ <evtdate>.",
])
fam("propre", "injuries_generic", [
    "<evt> : ⟨trois|deux|quatre⟩ blessés légers transportés ⟨à l'hôpital|au CH|par ambulance⟩ <hour>.",
    "Soins prodigués sur place par les ambulanciers <hour>; <count_b>.",
    "<evt>; aucun blessé grave, ⟨deux|quatre|cinq⟩ personnes ⟨évaluées|examinées⟩ sur place <hour>.",
])
fam("propre", "places_named_after_people", [
    "Le <bridge> est fermé ⟨à la circulation|par mesure préventive|jusqu'à demain⟩ en raison <evt_du>.",
    "Centre d'hébergement ouvert à l'<place_person_e> <hour>; <count_b>.",
    "Circulation ⟨ralentie|interrompue⟩ sur ⟨l'autoroute Jean-Lesage|le boulevard René-Lévesque|la rue Wilfrid-Laurier|l'avenue Papineau⟩ <hour>.",
])
CTX["bridge"] = ["pont Pierre-Laporte", "pont Laviolette", "pont Jacques-Cartier", "barrage Daniel-Johnson",
                 "parc Jean-Drapeau", "pont Honoré-Mercier", "tunnel Louis-Hippolyte-La Fontaine"]
CTX["place_person_e"] = ["école Jean-de-Brébeuf", "aréna Marcel-Dutil", "école Marguerite-Bourgeoys",
                         "aréna Guy-Lafleur", "école Saint-Joseph", "école secondaire Louis-Jobin",
                         "aréna Jean-Béliveau", "école Félix-Leclerc", "école Pierre-Dupuy"]
fam("propre", "road_closed_no_civic", [
    "<rangroad> fermé à la circulation ⟨entre les km 2 et 5|jusqu'à nouvel ordre|pour inspection⟩ (<evt_l>).",
    "<evt> : <rangroad> ⟨inondé|partiellement fermé|en circulation alternée⟩, détour par <road>.",
    "Ponceau ⟨emporté|obstrué⟩ sur le <rangroad>, ⟨signalisation installée|MTQ avisé⟩ <hour>.",
])
fam("propre", "officials_by_title", [
    "<official_c> a demandé l'aide de l'armée <evtdate>.",
    "<official_c> ⟨a déclaré l'état d'urgence|tiendra un point de presse|a visité le secteur|a rencontré les sinistrés⟩ <hour>.",
    "Rencontre de coordination avec <official> et <org> <hour>.",
])
CTX["official_c"] = ["Le maire", "La mairesse", "La ministre", "Le ministre de la Sécurité publique",
                     "Le préfet de la MRC", "La directrice régionale", "Le coordonnateur municipal",
                     "Le chef pompier", "La conseillère en sécurité civile", "Le DG de la municipalité"]
fam("propre", "route_km", [
    "<evt> sur <km>; voie de contournement en place <hour>.",
    "Accident de camion sur <km>, ⟨aucun blessé|déversement mineur|une voie rouverte⟩ <hour>.",
    "Fermeture complète de <km> <evtdate>, <org> sur place.",
])
fam("propre", "event_dates_times", [
    "<evt> <evtdate> <hour>; <count>.",
    "Crue ⟨record|historique⟩ du ⟨3 mars 1951|19 avril 1974|24 avril 2019|5 mai 2017⟩ ⟨dépassée|presque atteinte|non atteinte⟩ <evtdate>.",
    "Ouverture du COU <evtdate> <hour>, ⟨fermeture prévue|levée de l'alerte⟩ <evtdate2>.",
])
fam("propre", "building_ages", [
    "Bâtiment centenaire ⟨endommagé|fissuré|évacué⟩ par <evt_le>; <count_b>.",
    "Le ⟨barrage|pont|quai|presbytère|moulin⟩, âgé de ⟨80|65|100|120⟩ ans, ⟨sera inspecté|montre des signes de faiblesse|a tenu le coup⟩ <hour>.",
    "⟨Digue|Église|Grange⟩ ⟨construite|bâtie⟩ en ⟨1948|1962|1975|1891⟩, ⟨surveillance accrue|brèche colmatée|toiture arrachée⟩ <evtdate>.",
])
fam("propre", "health_institutions_generic", [
    "CLSC de ⟨Limoilou|la Haute-Gaspésie|Matane|Jonquière|Maniwaki|Chandler⟩ ⟨ouvert malgré la panne|en horaire étendu|fermé jusqu'à demain⟩ <hour>.",
    "Le ⟨CISSS|CIUSSS|CISSS de la Côte-Nord|CISSS des Laurentides⟩ coordonne ⟨l'hébergement|les soins|le soutien psychosocial⟩; Info-Social 811 disponible <hour>.",
    "Pharmacies du secteur ⟨ouvertes|fermées⟩ <evtdate>; ⟨renouvellements possibles au CLSC|service de livraison maintenu⟩.",
])
fam("propre", "generic_public_advice", [
    "Les personnes sous oxygène à domicile sont invitées à ⟨contacter le CLSC|s'inscrire auprès de la municipalité|appeler le 811⟩ <hour>.",
    "Les personnes à mobilité réduite ⟨peuvent demander un transport|doivent s'inscrire au 311|seront évacuées en priorité⟩ <evtdate>.",
    "Rappel : les personnes âgées et vulnérables sont invitées à ⟨se rafraîchir dans les lieux climatisés|s'hydrater|signaler leurs besoins⟩ <evtdate>.",
    "Les femmes enceintes et les jeunes enfants doivent ⟨éviter l'eau du robinet|boire de l'eau embouteillée⟩ jusqu'à <evtdate2>.",
])
fam("propre", "organizations_acting", [
    "Hydro-Québec a rétabli le courant pour <count_e> <hour>.",
    "<org_c> ⟨a prêté une génératrice|déploie des équipes|coordonne les opérations⟩ ⟨au centre-ville|dans le secteur est|sur la <road>⟩ <hour>.",
])
CTX["org_c"] = ["Hydro-Québec", "La Croix-Rouge", "La SQ", "Le CISSS", "Le MTQ", "La municipalité",
                "Les Forces armées canadiennes", "La Garde côtière", "La SOPFEU", "Bombardier",
                "Desjardins", "Le service incendie"]
CTX["count_e"] = ["2 300 clients", "la moitié du secteur", "une centaine de foyers", "90 % des abonnés",
                  "les 400 résidences du rang", "l'ensemble du village"]
fam("propre", "workers_as_group", [
    "Les employés ⟨de la Ville|de la municipalité|de l'usine|des travaux publics⟩ ⟨nettoient les rues|ont été évacués par précaution|installent des sacs de sable⟩ <hour>.",
    "Travail de nuit des équipes ⟨d'Hydro-Québec|du MTQ|de la voirie|d'Urgence-santé⟩ ⟨sur le|pour dégager le⟩ <rangroad>.",
])
fam("propre", "families_generic", [
    "Les familles évacuées ⟨peuvent récupérer leurs effets|seront rappelées|réintègrent leur domicile⟩ <evtdate>.",
    "Les parents sont invités à récupérer leurs enfants à l'école ⟨avant midi|d'ici 14 h|dès maintenant⟩ (<evt_l>).",
    "Regroupement des familles ⟨au centre communautaire|à l'aréna⟩ <hour>; <count_b>.",
])
fam("propre", "water_advisory", [
    "Avis d'ébullition préventif ⟨levé|émis⟩ pour ⟨le secteur nord|la municipalité|le réseau du lac|le village⟩ <evtdate>.",
    "Bris d'aqueduc ⟨réparé|localisé⟩ <hour>; <count>.",
    "Eau embouteillée distribuée ⟨à l'hôtel de ville|à la caserne|au garage municipal⟩ <hour>.",
])
fam("propre", "sandbags_lot_trap", [
    "Lot de ⟨500|1 200|3 000|800⟩ sacs de sable livré ⟨au garage municipal|à la caserne|au centre communautaire⟩ <hour>.",
    "Un ⟨second|troisième⟩ lot de ⟨génératrices|lits de camp|pompes⟩ ⟨arrivé|attendu⟩ <evtdate>.",
])
fam("propre", "decade_words_nonage", [
    "Une ⟨vingtaine|trentaine|quarantaine|cinquantaine|soixantaine⟩ de ⟨bénévoles mobilisés|pompiers déployés|résidences touchées|chalets isolés|appels reçus⟩ <hour> (<evt_l>).",
    "Une ⟨centaine|dizaine|douzaine⟩ de ⟨sinistrés inscrits|appels reçus|maisons inondées|véhicules remorqués⟩ <hour>.",
])
fam("propre", "technical_ops", [
    "Station de pompage ⟨Saint-Charles|no 4|du Parc|Est⟩ ⟨en panne|redémarrée|sous surveillance⟩, <debit>.",
    "Génératrice ⟨installée|en fonction|en panne⟩ à la caserne ⟨no 3|centrale|no 7⟩ <hour>.",
])
fam("propre", "lowercase_telegraphic", [
    "<evt_l> - <count> - suivi <hour>",
    "<rangroad> ferme, <mm>, surveillance <hour>",
], tr="lower_noacc")
fam("propre", "all_caps_bulletin", [
    "<evt> - <count> - <official> AVISÉ <hour>",
    "ALERTE : <mm> PRÉVUS, <debit> <evtdate>",
], tr="upper")
fam("propre", "shelter_logistics", [
    "Centre de services aux sinistrés ouvert <shelter> <hour>; <count_b>.",
    "Hébergement d'urgence : ⟨80 lits|45 places|120 lits de camp|60 chambres d'hôtel⟩ disponibles; <org> sur place <hour>.",
])
fam("propre", "forest_fire", [
    "Feu de forêt ⟨no 245|de 1 200 ha|près du lac Caché|no 312⟩ ⟨maîtrisé|hors contrôle|sous surveillance⟩ <hour>; <org> sur place.",
    "La SOPFEU ⟨interdit les feux à ciel ouvert|déploie deux avions-citernes|lève l'interdiction⟩ <evtdate>.",
])
fam("propre", "shared_names_institutions", [
    "Pharmacie Jean Coutu ⟨ouverte|sur génératrice|sert de point de distribution⟩ <hour>.",
    "La Caisse Desjardins ⟨ferme à midi|offre un soutien aux sinistrés|a été inondée⟩ <evtdate>; <count_b>.",
    "Le Canadian Tire ⟨prête son stationnement|sert de point de dépôt⟩ <hour>.",
])
fam("propre", "psychosocial_services_generic", [
    "Intervenants psychosociaux ⟨présents au centre|disponibles par téléphone|déployés⟩ <hour>; ligne 811 option 2.",
    "Soutien en santé mentale offert ⟨aux citoyens touchés|à la population|aux intervenants⟩ par le CISSS <evtdate>.",
])
fam("propre", "vulnerable_lists_generic", [
    "Liste des personnes vulnérables transmise par ⟨le CISSS|la municipalité⟩ <hour>, ⟨vérifications en cours|appels faits⟩.",
    "Porte-à-porte ⟨terminé|en cours⟩ dans ⟨le secteur du lac|le quartier nord|le rang 3|le Vieux-Port⟩ <hour>; <count_b>.",
])
fam("propre", "weather_alerts", [
    "Avertissement de ⟨pluie|vents|froid extrême|chaleur⟩ d'Environnement Canada <evtdate>; <mm>.",
    "Vigilance ⟨orange|jaune⟩ : ⟨pluie forte|vents violents|verglas|grands froids|orages⟩ ⟨prévus|attendus⟩ <evtdate2>, <debit>.",
])
fam("propre", "ice_jams_rivers", [
    "Embâcle sur la rivière ⟨Chaudière|Matapédia|Saint-François|du Loup|Etchemin⟩, <debit>, <hour>.",
    "Dynamitage de l'embâcle prévu <evtdate2>; ⟨périmètre de sécurité|riverains avisés par porte-à-porte⟩.",
])
fam("propre", "power_outage_stats", [
    "Panne : <count_e> privés de courant <hour>; rétablissement prévu <evtdate2>.",
    "Hydro-Québec : ⟨35|120|480|1 900⟩ pannes actives dans la région <hour>.",
])
fam("propre", "coordination_meetings", [
    "Point de situation de l'OMSC <hour>, ⟨prochain|suivant⟩ bilan <evtdate2>.",
    "Cellule de crise ⟨activée|désactivée⟩ <evtdate>; <official> et <org> présents.",
])
fam("propre", "animals_property", [
    "<evt> : ⟨un troupeau de 40 vaches|une cinquantaine de moutons|trois chevaux⟩ déplacés ⟨sur une ferme voisine|par précaution⟩ <hour>.",
    "Animaux de compagnie acceptés ⟨au centre d'hébergement|à l'aréna⟩ <evtdate>.",
])


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
_CHOICE = re.compile(r"⟨([^⟨⟩]*)⟩")
_GENDER = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
_CTXK = re.compile(r"<([a-z_0-9]+)>")
_PLK = re.compile(r"(\[[a-z_0-9]+\])")


def _split_top(body):
    """Split on '|' not enclosed in {...} gender markers."""
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return parts


def _choices(s, r):
    while True:
        m = _CHOICE.search(s)
        if not m:
            return s
        s = s[:m.start()] + r.choice(_split_top(m.group(1))) + s[m.end():]


def _gender(s, g):
    return _GENDER.sub(lambda m: m.group(1) if g == "m" else m.group(2), s)


def _expand(s, r, g, depth=0):
    s = _choices(s, r)
    if depth < 4:
        s = _CTXK.sub(lambda m: _expand(r.choice(CTX[m.group(1)]), r, g, depth + 1)
                      if m.group(1) in CTX else m.group(0), s)
    return _gender(s, g)


def _planted_value(key, r, g):
    v = P[key]
    val = v(r, g) if callable(v) else r.choice(v)
    if isinstance(val, str):
        return [(_gender(_choices(val, r), g), True)]
    return [(_gender(_choices(t, r), g), b) for t, b in val]


def _tr(seg, tr):
    if tr == "upper":
        return seg.upper()
    if tr == "lower_noacc":
        return strip_acc(seg).lower()
    return seg


_CONTR = {"de le ": "du ", "à le ": "au ", "de les ": "des ", "à les ": "aux ", "au l'": "à l'",
          "au la ": "à la ", "du l'": "de l'", "du la ": "de la ", "de une ": "d'une ", "de un ": "d'un ",
          "De le ": "Du ", "que une ": "qu'une ", "que un ": "qu'un ", "de l'usine de ": "de l'usine "}
_CONTR_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(_CONTR, key=len, reverse=True)) + ")")
_CAP_RE = re.compile(r"(\b[\w']+|\d|\))\. ([a-zàâéèêîôûç])")
_ABBR = {"trav", "emp", "empl", "app", "apt", "boul", "av", "ch", "naiss", "mme", "m", "dr", "me", "sem",
         "env", "approx", "log", "rte", "ave", "bd", "n", "p", "no", "st", "ste", "ddn", "conj", "nev",
         "dn", "r", "c", "j", "f", "h", "a", "mlle", "dre", "pt"}


def _cap(m):
    w = m.group(1)
    if w.lower() in _ABBR or (len(w) == 1 and w.isalpha()):
        return m.group(0)
    return w + ". " + m.group(2).upper()
_ELI_RE = re.compile(r"\bde (?=[aeiuéèêâ]|o(?!nz))")
_DE_END = re.compile(r"\b(de|De) $")
_SP_RE = re.compile(r"\s{2,}")
_PUNCT_RE = re.compile(r"\s+([,.;)])")


def _tidy(segs):
    """Whitespace/punctuation tidying applied on non-planted segments only."""
    merged = []
    for t, b in segs:
        if merged and not b and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + t, False)
        else:
            merged.append((t, b))
    out = []
    for i, (t, b) in enumerate(merged):
        if not b:
            nxt = merged[i + 1][0] if i + 1 < len(merged) else ""
            n1 = nxt[:1]
            # contractions, also across a non-planted / planted boundary (article before value)
            probe = _CONTR_RE.sub(lambda m: _CONTR[m.group(1)], t + n1)
            t = probe[:len(probe) - len(n1)] if n1 else probe
            if (n1 and n1.lower() in "aeiouéèêâîôyh" and _DE_END.search(t)
                    and not nxt.isupper() and not nxt.lower().startswith(("onz", "hu", "ha", "hé", "ho"))):
                t = t[:-3] + ("d'" if t[-3] == "d" else "D'")
            t = _CAP_RE.sub(_cap, t)
            if i > 0 and t[:2] == ". " and t[2:3].islower():
                t = ". " + t[2].upper() + t[3:]
            t = _ELI_RE.sub("d'", t)
            t = _SP_RE.sub(" ", t)
            t = _PUNCT_RE.sub(r"\1", t)
            t = t.replace("..", ".").replace(".,", ",").replace(",.", ".").replace(";.", ".")
            t = t.replace("( ", "(")
        out.append((t, b))
    # capitalise first character if in a non-planted segment
    if out and not out[0][1] and out[0][0][:1].islower():
        out[0] = (out[0][0][:1].upper() + out[0][0][1:], False)
    return out


def render(tpl, r, tr=None):
    g = r.choice("mf")
    if tpl.startswith("§"):
        g, tpl = tpl[1], tpl[2:]
    s = _expand(tpl, r, g)
    segs = []
    for tok in _PLK.split(s):
        if _PLK.fullmatch(tok) and tok[1:-1] in P:
            segs.extend(_planted_value(tok[1:-1], r, g))
        elif tok:
            segs.append((tok, False))
    segs = _tidy(segs)
    if tr:
        segs = [(_tr(t, tr), b) for t, b in segs]
    text = "".join(t for t, _ in segs).strip()
    text = re.sub(r"\s{2,}", " ", text)
    planted = tuple(t.strip() for t, b in segs if b and t.strip())
    return text, planted


def _ok(text, planted):
    words = len(text.split())
    if not (5 <= words <= 32):
        return False
    for p in planted:
        if text.count(p) != 1:
            return False
    return True


def generate(per_family: int = 20, seed: int = 0) -> list[Cell]:
    r = random.Random(f"genb-{seed}-{per_family}")
    cells: list[Cell] = []
    seen: set[str] = set()
    per_kind = Counter(k for k, *_ in F if k != "propre")
    n_propre = sum(1 for k, *_ in F if k == "propre")
    target_propre = 2 * max(per_kind.values()) * per_family
    propre_per = max(per_family, math.ceil(target_propre / max(1, n_propre)))
    for kind, name, tr, templates in F:
        want = propre_per if kind == "propre" else per_family
        got, tries = 0, 0
        while got < want and tries < want * 60:
            tries += 1
            text, planted = render(r.choice(templates), r, tr)
            if kind == "propre":
                planted = ()
            elif not planted:
                continue
            if text in seen or not _ok(text, planted):
                continue
            seen.add(text)
            cells.append(Cell(text=text, kind=kind, family=f"{kind}.{name}", planted=planted))
            got += 1
    return cells


def summary(cells):
    fams = defaultdict(set)
    counts = Counter()
    for c in cells:
        fams[c.kind].add(c.family)
        counts[c.kind] += 1
    lines = [f"{'kind':<16}{'families':>9}{'cells':>8}"]
    for k in KINDS + ("propre",):
        lines.append(f"{k:<16}{len(fams[k]):>9}{counts[k]:>8}")
    lines.append(f"{'TOTAL':<16}{sum(len(v) for v in fams.values()):>9}{len(cells):>8}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", help="write cells as JSON lines")
    a = ap.parse_args(argv)
    cells = generate(a.per_family, a.seed)
    print(summary(cells))
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            for c in cells:
                d = asdict(c)
                d["planted"] = list(c.planted)
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"wrote {len(cells)} cells to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
