#!/usr/bin/env python3
"""Générateur de corpus C (troisième main) pour l'évaluation d'un caviardeur
de renseignements personnels dans des commentaires de sécurité civile (Québec).

Bibliothèque standard seulement. Déterministe pour (split, per_family, seed).
Les deux splits (dev3, heldout3) ne partagent aucune valeur plantée :
  * chaque réservoir de valeurs est partagé en alternance (indices pairs/impairs) ;
  * toute valeur plantée générée doit avoir une parité de hachage (crc32 de sa
    forme canonique) égale à l'indice du split ;
  * les gabarits de chaque famille sont répartis par indice pair/impair.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, asdict

KINDS = ("nom", "adresse", "age", "date_naissance", "sante", "courriel",
         "telephone", "plaque", "identifiant", "lien_familial", "lieu_travail")
SPLITS = ("dev3", "heldout3")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str
    family: str
    planted: tuple[str, ...]


# ---------------------------------------------------------------------------
# utilitaires
# ---------------------------------------------------------------------------

def noacc(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def canon(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", noacc(s.lower()))


def parity(s: str) -> int:
    return zlib.crc32(canon(s).encode("utf-8")) % 2


_HALF = {}


def half(pool, sp):
    """Moitié d'un réservoir réservée au split sp : partition par parité du
    hachage de chaque élément (complétée par alternance si une moitié est vide)."""
    key = (id(pool), sp)
    if key not in _HALF:
        h = [x for x in pool if parity(x) == sp]
        _HALF[key] = h if h else pool[sp::2]
    return _HALF[key]


_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
      "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr(n: int) -> str:
    """Nombre 0..9999 en lettres (orthographe traditionnelle)."""
    if n < 17:
        return _U[n]
    if n < 20:
        return "dix-" + _U[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return _T[t]
        if u == 1:
            return _T[t] + " et un"
        return _T[t] + "-" + _U[u]
    if n < 80:
        if n == 71:
            return "soixante et onze"
        return "soixante-" + fr(n - 60)
    if n < 100:
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + fr(n - 80)
    if n < 1000:
        c, r = divmod(n, 100)
        head = "cent" if c == 1 else _U[c] + " cent"
        if r == 0:
            return head + ("s" if c > 1 else "")
        return head + " " + fr(r)
    m, r = divmod(n, 1000)
    head = "mille" if m == 1 else fr(m) + " mille"
    return head if r == 0 else head + " " + fr(r)


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def typo(rng: random.Random, s: str) -> str:
    """Introduit une coquille plausible (inversion, omission, doublement)."""
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 4:
        return s
    i = rng.choice(letters[1:-1])
    op = rng.randrange(4)
    if op == 0 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    return noacc(s) if noacc(s) != s else s[:i] + s[i + 1:]

# ---------------------------------------------------------------------------
# réservoirs de valeurs (chaque liste est partagée en alternance entre splits)
# ---------------------------------------------------------------------------

COMMUNAUTES = {
    "canfr": (
        ["Jean-François", "Marie-Ève", "Gaétan", "Réjean", "Ginette", "Sylvie", "Mathieu",
         "Josée", "Normand", "Lise", "Denis", "Nathalie", "Guylaine", "Yvon", "Francine",
         "Luc", "Chantal", "Martin", "Stéphane", "Manon", "Jacynthe", "Rosaire", "Huguette",
         "Benoît", "Mélanie", "Gilles", "Carole", "Réal", "Pierrette", "Éric", "Émilie",
         "Raymonde", "Jocelyn", "Marc-André", "Maxime", "Annie", "Kevin", "Jessica", "Léo",
         "Rolande", "Gervais", "Lucie", "Clermont", "Thérèse", "Samuel", "Noémie",
         "Ghislain", "Micheline", "Dany", "Karine"],
        ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
         "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron",
         "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu",
         "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Thibault", "Dufour",
         "St-Pierre", "Desjardins", "Bérubé", "Michaud", "Gosselin", "Turcotte", "Bouffard",
         "Larouche", "Savard", "Tardif", "Vaillancourt", "Harvey", "Laflamme", "Boudreault",
         "Charest", "Deschênes", "Lemieux", "Rioux", "Proulx", "Thériault", "Vachon"]),
    "anglo": (
        ["Brian", "Susan", "Heather", "Wayne", "Donna", "Gary", "Sharon", "Craig", "Linda",
         "Scott", "Karen", "Ryan", "Melissa", "Douglas", "Jennifer", "Trevor", "Ashley",
         "Gordon", "Wendy", "Neil"],
        ["Smith", "Johnson", "Robertson", "MacDonald", "Campbell", "Stewart", "Anderson",
         "Wilson", "Thompson", "Taylor", "Fraser", "Morrison", "Baker", "Hughes", "Mitchell",
         "Cameron", "Graham", "Henderson", "Patterson", "Sinclair"]),
    "irl": (
        ["Patrick", "Siobhan", "Sean", "Colleen", "Kieran", "Maureen", "Brendan", "Deirdre",
         "Declan", "Fiona", "Aidan", "Bridget"],
        ["O'Brien", "O'Neill", "Murphy", "Kelly", "Sullivan", "Gallagher", "McCarthy",
         "Doyle", "Flanagan", "Kennedy", "Power", "Brennan", "Quinn", "O'Connor"]),
    "ita": (
        ["Giuseppe", "Maria", "Antonio", "Francesca", "Vincenzo", "Rosa", "Salvatore",
         "Carmela", "Luigi", "Angela", "Domenico", "Giovanna", "Marco", "Teresa"],
        ["Rossi", "Romano", "Di Stefano", "Esposito", "Colangelo", "Ferrante", "Bruno",
         "Lombardi", "Santoro", "De Luca", "Iannuzzi", "Mancini", "Fiorentino", "Caruso"]),
    "por": (
        ["João", "Fernanda", "Manuel", "Conceição", "Rui", "Fátima", "Paulo", "Graça",
         "Armando", "Lurdes", "Nelson", "Filomena"],
        ["Medeiros", "Pacheco", "Ferreira", "Sousa", "Carvalho", "Rebelo", "Cabral",
         "Furtado", "Amaral", "Câmara", "Botelho", "Raposo"]),
    "gre": (
        ["Konstantinos", "Eleni", "Dimitrios", "Georgia", "Nikos", "Vasiliki", "Panagiotis",
         "Despina", "Yannis", "Katerina", "Stavros", "Athina"],
        ["Papadopoulos", "Georgiou", "Karamanlis", "Nikolaidis", "Vlachos", "Pappas",
         "Christodoulou", "Andreou", "Kostopoulos", "Mavridis", "Antonopoulos", "Stergiou"]),
    "hai": (
        ["Jean-Robert", "Marie-Carmel", "Wilner", "Nadège", "Frantz", "Mirlande",
         "Rose-Marie", "Fritznel", "Guerline", "Widlin", "Soraya", "Ernst", "Marjorie",
         "Jean-Wesley", "Tania", "Roodly"],
        ["Jean-Baptiste", "Pierre-Louis", "Joseph", "Désir", "Dorvil", "Charles",
         "Saint-Fleur", "Augustin", "Exantus", "Mompremier", "Célestin", "Jeune",
         "Fleurimond", "Étienne", "Louissaint", "Thermidor"]),
    "lib": (
        ["Rami", "Nadia", "Georges", "Rita", "Elie", "Maya", "Karim", "Joumana", "Fadi",
         "Hala", "Samir", "Rania"],
        ["Haddad", "Khoury", "Nassar", "Saab", "Abou-Khalil", "Rizk", "Chamoun", "Daher",
         "Frem", "Mansour", "Azar", "Khalil"]),
    "magh": (
        ["Mohamed", "Fatima", "Youssef", "Amina", "Samira", "Mehdi", "Khadija", "Rachid",
         "Nawal", "Abdelkader", "Leïla", "Hamza", "Imane", "Sofiane"],
        ["Benali", "Bouzid", "El Amrani", "Haddadi", "Belkacem", "Cherkaoui", "Ouali",
         "Benjelloun", "Tazi", "Mansouri", "Zerrouki", "Boudiaf", "Aït-Ahmed", "Lahlou"]),
    "afo": (
        ["Mamadou", "Aïssatou", "Ousmane", "Fatoumata", "Ibrahima", "Mariama", "Cheikh",
         "Awa", "Kofi", "Adjoa", "Moussa", "Ndèye", "Seydou", "Kadiatou"],
        ["Diallo", "Traoré", "Konaté", "Ndiaye", "Diop", "Sow", "Camara", "Koné",
         "Ouédraogo", "Mensah", "Sissoko", "Coulibaly", "Bah", "Touré"]),
    "vie": (
        ["Thi Lan", "Minh", "Hoa", "Tuan", "Thanh", "Linh", "Quang", "Mai", "Duc", "Phuong",
         "Huong", "Van Long"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo",
         "Duong"]),
    "chi": (
        ["Wei", "Li Na", "Jun", "Xiaoming", "Mei", "Hao", "Ying", "Zhen", "Ling", "Jian",
         "Xiu", "Chen Yu"],
        ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
         "Lin"]),
    "fil": (
        ["Maricel", "Jose", "Rowena", "Rodel", "Jocelyn", "Arnel", "Marilou", "Jun-Jun",
         "Lorna", "Ramil", "Cherry", "Edwin"],
        ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Villanueva", "Aquino",
         "Castillo", "Manalo", "Soriano", "Pangilinan", "Macaraeg"]),
    "sas": (
        ["Harpreet", "Priya", "Rajesh", "Anjali", "Gurpreet", "Sanjay", "Kavita", "Arjun",
         "Simran", "Imran", "Farzana", "Tariq"],
        ["Singh", "Patel", "Sharma", "Gill", "Kaur", "Chowdhury", "Rahman", "Iqbal",
         "Sandhu", "Mehta", "Hussain", "Dhillon"]),
    "lat": (
        ["Alejandro", "María José", "Carlos", "Guadalupe", "Luis Fernando", "Camila",
         "Jorge", "Daniela", "Andrés", "Valentina", "Diego", "Ximena"],
        ["González", "Rodríguez", "Hernández", "Martínez", "López", "Ramírez", "Vargas",
         "Castro", "Morales", "Ortiz", "Gutiérrez", "Salazar"]),
    "est": (
        ["Oksana", "Taras", "Olena", "Mykola", "Iryna", "Bohdan", "Katarzyna", "Tomasz",
         "Agnieszka", "Piotr", "Halyna", "Wojciech"],
        ["Kowalski", "Nowak", "Shevchenko", "Kovalenko", "Wiśniewski", "Bondarenko",
         "Lewandowski", "Melnyk", "Zieliński", "Tkachuk", "Wójcik", "Hrytsenko"]),
    "innu": (
        ["Pien", "Manian", "Shimun", "Uapukun", "Nipi", "Tshaukuesh", "Anne-Marie", "Kanani"],
        ["Mestokosho", "Vollant", "Bellefleur", "Pinette", "Jourdain", "Ambroise", "Rock",
         "Napish"]),
    "atik": (
        ["Sipi", "Wapan", "Jacinthe", "Mikisiw", "Nicole", "Debby", "Christian", "Eva"],
        ["Awashish", "Flamand", "Petiquay", "Coocoo", "Quitich", "Néashit", "Niquay",
         "Echaquan"]),
    "cri": (
        ["Abraham", "Charlotte", "Elijah", "Minnie", "Daisy", "Billy-Joe", "Lawrence",
         "Juliette"],
        ["Bosum", "Neeposh", "Coon Come", "Mianscum", "Petawabano", "Shecapio", "Iserhoff",
         "Wapachee"]),
    "moh": (
        ["Kahentinetha", "Tekarontake", "Karonhiaktatie", "Kanerahtiio", "Wahiakeron",
         "Tiorahkwathe", "Kaniehtiio", "Onerahtokon"],
        ["Diabo", "Montour", "Deer", "Jacobs", "McComber", "Delisle", "Horn", "Stacey"]),
    "anish": (
        ["Migwan", "Pinesi", "Waseya", "Makwa", "Mani", "Wabigon", "Odina", "Nigig"],
        ["Wawatie", "Papatie", "Kistabish", "Mowatt", "Decontie", "Odjick", "Commanda",
         "Nottaway"]),
    "inuit": (
        ["Lucassie", "Qalingo", "Jaaji", "Elisapie", "Siasi", "Tamusi", "Putulik",
         "Akinisie", "Nalaja", "Jusipi", "Maina", "Adamie"],
        ["Tukalak", "Annanack", "Qinuajuak", "Kasudluak", "Arnaituk", "Nappaaluk", "Alaku",
         "Iyaituk", "Ningiuk", "Tulugak", "Qisiiq", "Kudluk"]),
}
AUTOCHTONES = ("innu", "atik", "cri", "moh", "anish", "inuit")
IMMIGRANTS = ("ita", "por", "gre", "hai", "lib", "magh", "afo", "vie", "chi", "fil",
              "sas", "lat", "est")

SURNOM_PRE = ["Ti-", "ti-", "p'tit ", "gros ", "grand ", "Ti ", "big ", "ptit "]
SURNOM_F = ["la grosse ", "la grande ", "p'tite ", "Ti-"]
SURNOM_BASE = ["Guy", "Bob", "Jean", "Paul", "Gus", "Pit", "Jos", "Loup", "Mousse",
               "Claude", "Marc", "Lou", "Réal", "Gilles", "Dan", "Ben", "Noir-Noir",
               "Ernest", "Coune", "Bill", "Pete", "Rod", "Fern", "Mo"]
SURNOM_BASE_F = ["Lise", "Mimi", "Jo", "Gigi", "Lulu", "Nic", "Fran", "Suzie", "Pauline",
                 "Cathy", "Dodo", "Maggie"]
SURNOM_SEUL = ["Coco", "Pitou", "Boule", "Bouboule", "Frenchie", "Moose", "Tiger",
               "Blackie", "Pinotte", "Bébert", "Poupoune", "Ti-Mé", "Bouffi", "Tarzan",
               "Gaspésien", "Caribou", "Rocky", "Chico"]

HONOR = ["M.", "Mme", "Monsieur", "Madame", "Dr", "Dre", "Sr", "monsieur", "madame",
         "Mr", "mme", "m."]

ODONYMES = ["Principale", "Saint-Joseph", "du Couvent", "des Érables", "de l'Église",
            "du Lac-Noir", "Notre-Dame", "des Pins", "Commerciale", "du Moulin",
            "de la Rivière", "des Bouleaux", "du Domaine", "Saint-Laurent", "des Saules",
            "Champlain", "Bellevue", "de la Montagne", "des Cèdres", "du Pont",
            "des Merisiers", "Laurier", "Racine", "du Fleuve", "des Pionniers",
            "de la Gare", "Sainte-Anne", "des Chutes", "du Quai", "Dollard",
            "de la Grève", "des Hirondelles", "Perreault", "Bégin", "des Trembles",
            "du Boisé", "des Outardes", "de la Seigneurie", "Saint-Cyrille", "Radisson",
            "des Castors", "du Ruisseau", "Mgr-Tessier", "des Peupliers", "du Golf",
            "Jacques-Cartier", "des Lilas", "de la Coulée", "Sainte-Famille", "du Vallon",
            "des Sources", "Belvédère", "Bord-de-l'Eau", "des Sapins", "de la Savane",
            "Marie-Victorin", "du Cap", "des Goélands", "Lachance", "du Parc"]
ODONYMES_EN = ["Main", "Elm", "Maple", "Church", "Mill", "Lakeshore", "Victoria",
               "Queen", "Pine", "River", "Oak", "Mountain"]
TYPES_RUE = ["rue", "rue", "chemin", "ch.", "avenue", "av.", "boul.", "boulevard",
             "montée", "côte", "rang", "place", "croissant", "impasse", "route", "terrasse",
             "allée", "rte"]
LACS = ["Lac-Vert", "Lac-à-la-Truite", "Lac-Sept-Îles", "Lac-Long", "Lac-Brûlé",
        "Lac-des-Sables", "Lac-Caché", "Lac-Castor", "Lac-Rond", "Lac-Clair",
        "Lac-aux-Sables", "Lac-Gervais", "Lac-Croche", "Lac-Doré", "Lac-Plamondon",
        "Lac-Saint-Paul", "Lac-Bouchette", "Lac-Nominingue", "Lac-Mercier", "Lac-Pikauba"]
RANGS = ["rang 1", "rang 2", "rang 3", "rang 4", "rang 5", "rang 6", "rang 7",
         "rang 8", "rang 9", "rang 10", "4e Rang", "2e Rang", "6e Rang", "3e Rang",
         "rang Saint-Édouard", "rang du Nord", "rang Sud", "rang de la Chute",
         "Petit-Rang", "rang Double", "rang des Continuations", "Grand-Rang",
         "rang Sainte-Marie", "5e Rang Est", "8e Rang Ouest", "rang Thiersant"]

# éléments de contexte (non personnels : partagés entre splits)
MUNIS = ["Rimouski", "Matane", "Gaspé", "Sept-Îles", "Baie-Comeau", "Saguenay", "Alma",
         "Roberval", "Trois-Rivières", "Shawinigan", "Sherbrooke", "Gatineau", "Maniwaki",
         "Rouyn-Noranda", "Val-d'Or", "Amos", "Saint-Jean-sur-Richelieu",
         "Sainte-Marthe-sur-le-Lac", "Beauceville", "Saint-Georges", "Lévis", "Montmagny",
         "La Malbaie", "Baie-Saint-Paul", "Chibougamau", "Mashteuiatsh", "Kuujjuaq",
         "Wendake", "Manawan", "Rigaud", "Laval", "Terrebonne", "Drummondville",
         "Victoriaville", "Lachute", "Mont-Laurier", "Rivière-du-Loup", "Carleton-sur-Mer",
         "Havre-Saint-Pierre", "Sainte-Anne-des-Monts", "Deux-Montagnes", "Pierreville",
         "Saint-Raymond", "Clermont", "Lac-Mégantic", "Thetford Mines", "Fermont",
         "Chandler", "Cap-aux-Meules", "Saint-Félicien"]
REGIONS = ["Bas-Saint-Laurent", "Gaspésie", "Côte-Nord", "Saguenay–Lac-Saint-Jean",
           "Mauricie", "Estrie", "Outaouais", "Abitibi-Témiscamingue", "Chaudière-Appalaches",
           "Capitale-Nationale", "Laurentides", "Lanaudière", "Montérégie", "Centre-du-Québec",
           "Nord-du-Québec", "Nunavik", "Îles-de-la-Madeleine", "Charlevoix", "Beauce"]
RIVIERES = ["rivière Chaudière", "rivière Richelieu", "rivière des Outaouais",
            "rivière Saint-François", "rivière Montmorency", "rivière Matapédia",
            "rivière Rouge", "rivière du Nord", "rivière Etchemin", "rivière L'Assomption",
            "rivière Yamaska", "rivière des Mille Îles", "rivière Saint-Charles",
            "rivière Mistassini", "rivière Sainte-Anne", "rivière Gatineau",
            "rivière du Loup", "rivière Bécancour", "rivière Matane", "rivière Lièvre"]
ROUTES = ["route 132", "route 138", "route 117", "route 155", "route 175", "route 169",
          "route 173", "route 148", "route 112", "route 116", "route 195", "route 199",
          "A-20", "A-40", "A-85", "A-10", "route 389", "route 113",
          "A-73", "route 170"]
ORGS = ["Hydro-Québec", "la Croix-Rouge", "la SQ", "le MTQ", "le CISSS", "la SOPFEU",
        "le CIUSSS", "le MSP", "les Forces armées", "l'OMH", "la municipalité", "la MRC",
        "le SSI", "la Sûreté du Québec", "Urgences-santé", "le ministère des Transports",
        "l'Ambulance Saint-Jean", "la Garde côtière", "Environnement Canada", "la SAAQ"]
EVTS = ["inondation", "feu de forêt", "glissement de terrain", "embâcle", "panne",
        "verglas", "évacuation", "refoulement d'égout", "incendie", "crue printanière",
        "fermeture de route", "tempête", "érosion côtière", "affaissement", "débâcle"]
SERVICES = ["le service incendie", "les pompiers", "la sécurité civile", "les TP",
            "le CCMU", "l'équipe du MSP", "les ambulanciers", "la SQ", "les bénévoles",
            "la Croix-Rouge", "le coordonnateur", "les policiers"]

SANTE = ["chimiothérapie", "dialyse", "insuffisance rénale", "Alzheimer",
         "maladie de Parkinson", "sclérose en plaques", "diabète de type 1",
         "insuffisance cardiaque", "cancer du poumon", "cancer du sein", "épilepsie",
         "démence", "trisomie 21", "paralysie cérébrale", "fibrose kystique",
         "emphysème", "cirrhose", "hémiplégie", "amputé de la jambe gauche",
         "non-voyant", "malentendant", "autisme", "schizophrénie", "trouble bipolaire",
         "dépression majeure", "déficience intellectuelle", "troubles cognitifs",
         "fracture de la hanche", "plâtre au bras droit", "greffé du rein",
         "hémophilie", "lupus", "angine", "apnée du sommeil", "soins palliatifs",
         "radiothérapie", "leucémie", "ostéoporose sévère", "arthrite rhumatoïde",
         "brûlures au deuxième degré", "commotion cérébrale", "hypertension",
         "asthme sévère", "obésité morbide", "incontinence", "stomie",
         "sonde urinaire", "gavage", "trachéotomie", "anorexie", "plaie de pression",
         "syndrome post-traumatique", "psychose", "infection à C. difficile",
         "tuberculose", "VIH", "hépatite C", "crise cardiaque récente",
         "pontage coronarien", "prothèse de hanche"]
SANTE_ABR = ["MPOC", "AVC", "DB2", "IRC", "SLA", "SEP", "TSA", "TDAH", "ICC", "FA",
             "HTA", "TSPT", "DI", "IRCT", "MPOC sévère", "Db type 2", "TCC", "IDM",
             "SDRA", "TPL", "RCIU", "DMLA", "MAV", "HTAP", "MCAS", "IRC stade 4", "DB1", "FA chronique", "AVC récent", "SEP progressive", "TCC sévère", "HTA + DB2", "MPOC O2-dépendant", "IC", "TSA niv. 3", "TDAH sévère", "SLA avancée", "Ca poumon", "Ca sein", "ATCD IDM", "BPCO", "MA (Alzheimer)", "DTA", "TNC majeur"]
MEDIC = ["insuline", "Coumadin", "warfarine", "méthadone", "Suboxone", "Ventolin",
         "nitro", "morphine", "hydromorphone", "Eliquis", "lithium", "Seroquel",
         "Ritalin", "prednisone", "EpiPen", "clozapine", "Dilaudid", "Lasix",
         "metformine", "anticoagulants", "antipsychotiques", "Xarelto", "Synthroid",
         "Spiriva", "Tylenol 3", "oxycodone", "fentanyl en timbre", "Abilify", "Zyprexa", "Epival", "Dilantin", "Keppra", "Lipitor", "Plavix", "digoxine", "Humalog", "Lantus", "Symbicort", "Advair", "Wellbutrin", "Effexor", "Ativan", "Rivotril", "clonazépam", "Aricept", "Sinemet", "Imovane", "Naloxone"]
EQUIP = ["concentrateur d'oxygène", "bonbonne d'oxygène", "fauteuil roulant",
         "fauteuil motorisé", "marchette", "lit d'hôpital", "pompe à insuline",
         "CPAP", "BiPAP", "stimulateur cardiaque", "appareil auditif",
         "dialyse péritonéale", "lève-personne", "ambulateur", "chaise d'aisance",
         "triporteur", "canne blanche", "respirateur", "pompe à morphine",
         "défibrillateur implanté", "tube de gavage", "quadriporteur", "lit électrique", "matelas thérapeutique", "appareil de succion", "nébuliseur", "cathéter central", "pompe d'alimentation", "prothèse de jambe", "fauteuil gériatrique", "déambulateur", "orthèse", "glucomètre", "pompe à perfusion", "aide auditive", "ventilateur à domicile", "sac de stomie", "cadre de marche", "chaise élévatrice", "oxygène liquide"]
MENTAL = ["dépression", "schizophrénie", "trouble bipolaire", "idées suicidaires",
          "crises d'anxiété", "TSPT", "trouble de personnalité limite",
          "épisode psychotique", "trouble obsessionnel-compulsif", "anxiété généralisée",
          "tentative de suicide", "burn-out", "paranoïa", "agoraphobie",
          "dépression post-partum", "trouble anxieux", "crise psychotique",
          "hospitalisation en psychiatrie", "trouble schizo-affectif",
          "choc post-traumatique", "désorganisation", "syndrome de Diogène",
          "trouble alimentaire", "délire paranoïde"]
DEPEND = ["alcoolisme", "toxicomanie", "dépendance aux opioïdes", "consommation de crack",
          "sevrage d'alcool", "dépendance au jeu", "problème de consommation",
          "trouble lié à l'usage de substances", "cure de désintox", "héroïnomanie",
          "dépendance aux pilules", "consommation de crystal meth", "dépendance au fentanyl",
          "alcoolodépendance", "polytoxicomanie", "cocaïnomanie", "dépendance à l'alcool",
          "abus de médicaments", "consommation de cannabis quotidienne", "surdose récente",
          "problème d'alcool", "thérapie de désintoxication", "sevrage aux opiacés",
          "dépendance aux benzos"]
ALLERG = ["allergie aux arachides", "allergique à la pénicilline", "allergie aux piqûres d'abeille",
          "allergique aux noix", "allergie au latex", "allergie sévère aux fruits de mer",
          "allergique aux sulfas", "intolérance au gluten", "maladie cœliaque",
          "allergie à la codéine", "allergique aux œufs", "allergie au poisson",
          "allergie à la morphine", "allergique au soya", "allergie aux sésames",
          "allergique à l'aspirine", "allergie aux chats", "intolérance au lactose",
          "allergique aux kiwis", "allergie à l'iode", "allergie aux anti-inflammatoires",
          "allergique aux guêpes", "allergie au blé", "allergique à l'amoxicilline"]
SANTE_TYPO = ["alzeimer", "diabete", "chimio", "dialise", "demence", "parkinsonn",
              "scelrose en plaque", "epilepsi", "insufisance cardiaque", "cancer du poumons",
              "alzheimmer", "schizofrenie", "bipolére", "emphyzème", "diabettique",
              "artrite", "oxigène", "chaise roulante", "caner", "dialysé", "depression",
              "asme", "hemiplegique", "epileptique", "insufisant rénal", "dépréssion", "skyzo", "parkisson", "diabétic", "cancé", "altzheimer", "bi-polaire", "dialize", "chymio", "sclérose en plaque", "emphisème", "alzhaimer", "angyne", "apnee du sommeil", "epilepsy", "leucemie", "fybrose kystique"]
GENAIRE = ["octogénaire", "septuagénaire", "nonagénaire", "sexagénaire", "centenaire",
           "quinquagénaire", "quadragénaire", "trentenaire", "quasi-centenaire",
           "octogenaire", "septuagenaire", "nonagenaire", "sexagenaire", "quinquagenaire",
           "Octogénaire", "Nonagénaire", "quarantenaire", "vingtenaire", "cinquantenaire",
           "Septuagénaire"]
DECENNIES = ["vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine",
             "septantaine", "quatre-vingtaine", "fin vingtaine", "début trentaine",
             "mi-quarantaine", "fin cinquantaine", "début soixantaine",
             "fin soixantaine", "début quarantaine", "mi-trentaine", "fin trentaine", "début vingtaine", "mi-vingtaine", "fin quarantaine", "mi-cinquantaine", "début cinquantaine", "mi-soixantaine", "fin septantaine", "début septantaine", "mi-septantaine", "soixante-dizaine", "début quatre-vingtaine", "fin quatre-vingtaine", "quatre-vingt-dizaine", "trentaine avancée", "cinquantaine avancée", "septantaine avancée"]

PARENTS = ["fille", "fils", "beau-frère", "belle-sœur", "neveu", "nièce", "veuve",
           "veuf", "conjoint", "conjointe", "ex-conjointe", "ex-mari", "mère", "père",
           "cousin", "cousine", "petit-fils", "petite-fille", "grand-mère", "grand-père",
           "chum", "blonde", "gendre", "bru", "belle-mère", "beau-père", "demi-frère",
           "sœur", "frère", "filleul", "tante", "oncle", "ex-blonde", "jumeau",
           "jumelle", "voisin", "colocataire", "belle-fille"]
FEM = {"fille", "belle-sœur", "nièce", "veuve", "conjointe", "ex-conjointe", "mère",
       "cousine", "petite-fille", "grand-mère", "blonde", "bru", "belle-mère", "sœur",
       "tante", "ex-blonde", "jumelle", "belle-fille"}
NOTABLES = ["du maire", "de la mairesse", "du chef pompier", "du curé",
            "de l'ancien propriétaire du dépanneur", "de la directrice de l'école",
            "du DG de la municipalité", "du conseiller du district 3",
            "de la présidente de la fabrique", "du garagiste du village",
            "du propriétaire de la quincaillerie", "de l'ancien maire",
            "du directeur du service incendie", "de la pharmacienne du village",
            "du chef de bande", "du gérant de la caisse", "du préfet de la MRC",
            "de l'infirmière du dispensaire", "du propriétaire du camping",
            "du capitaine des pompiers volontaires", "du médecin du village",
            "de la secrétaire-trésorière", "du député", "du boucher du IGA",
            "du chauffeur d'autobus scolaire", "de la propriétaire du motel",
            "du coroner", "du sergent de la SQ", "du patron de la scierie",
            "de l'inspecteur municipal", "du président du club de motoneige",
            "de la gardienne du phare", "du directeur de la polyvalente",
            "du propriétaire de la ferme laitière du rang 4", "du pasteur",
            "de l'ex-mairesse", "du contremaître des TP", "du dentiste",
            "de la fleuriste", "du notaire"]

EMPLOI_MARQUES = ["Rona", "IGA", "Metro", "Jean Coutu", "Canadian Tire", "Tim Hortons",
                  "Walmart", "Provigo", "Home Hardware", "BMR", "Pharmaprix", "Familiprix",
                  "Dollarama", "McDonald's", "Maxi", "Super C", "Uniprix", "Sports Experts",
                  "Couche-Tard", "Ultramar", "Bureau en Gros", "SAQ", "Brunet", "Patrick Morin"]
EMPLOI_INST = ["le CLSC de {m}", "le CHSLD de {m}", "la polyvalente de {m}",
               "le cégep de {m}", "l' hôpital de {m}", "la caisse Desjardins de {m}",
               "le bureau de poste de {m}", "le garage municipal de {m}", "l' aréna de {m}",
               "le CPE de {m}", "le centre de services scolaire de {m}",
               "la résidence pour aînés de {m}", "la scierie de {m}",
               "l' usine de transformation de {m}", "la marina de {m}",
               "le centre de tri de {m}", "le dépanneur Voisin de {m}",
               "la pharmacie Proxim de {m}", "le Centre jeunesse de {m}",
               "la fromagerie de {m}"]
EMPLOI_FIXES = ["l'usine Bombardier de La Pocatière", "l'aluminerie Alcoa de Baie-Comeau",
                "Rio Tinto à Alma", "la scierie Résolu de Saint-Félicien",
                "la mine Canadian Malartic", "Cascades à Kingsey Falls",
                "Premier Tech à Rivière-du-Loup", "Olymel de Vallée-Jonction",
                "Agropur à Granby", "Maibec à Saint-Pamphile", "Kruger à Trois-Rivières",
                "la mine Raglan", "ArcelorMittal à Port-Cartier", "IOC à Sept-Îles",
                "Prevost à Sainte-Claire", "BRP à Valcourt", "Lassonde à Rougemont",
                "Vidéotron", "Desjardins au centre-ville", "Bell à Trois-Rivières",
                "la Fonderie Horne", "Domtar à Windsor", "le Port de Québec",
                "Ciment Québec", "Groupe Lebel à Cabano", "Goodyear à Valleyfield",
                "le Casino de Charlevoix", "l'école primaire Sainte-Thérèse",
                "l'école de la Source", "l'école Saint-Rosaire", "le garage Lebrun",
                "le restaurant Chez Ginette", "la fromagerie Boivin", "la ferme Côté et fils",
                "le salon Coiffure Élégance", "l'atelier Soudure Gaudreault",
                "la pourvoirie du Lac-Gervais", "le motel Le Riverain",
                "la boulangerie Chez Laurent", "la quincaillerie Pelletier et frères"]
SCHOOLS = ["école Saint-Rosaire", "école des Quatre-Vents", "école du Boisé",
           "école Jean-XXIII", "école de la Rivière", "école Notre-Dame-du-Sourire",
           "école primaire des Explorateurs", "école Saint-Joseph", "école de l'Étincelle",
           "école Sainte-Marie", "école secondaire du Mont-Bleu", "école Val-Joli",
           "école des Berges", "école du Sommet", "école de la Pommeraie",
           "école des Cheminots", "école Sacré-Cœur", "école des Prés-Verts",
           "école Saint-Pie-X", "école du Grand-Pré", "école aux Quatre-Saisons",
           "école de l'Aquarelle", "école des Hauts-Sommets", "école du Phare",
           "école La Ruche", "école de la Vallée", "école des Pionniers",
           "école secondaire de la Baie", "école Saint-Esprit", "école du Tournesol"]


# ---------------------------------------------------------------------------
# générateurs de créneaux ; p_* = valeur personnelle plantée
# un générateur renvoie str, ou (affichage, sous-chaîne plantée)
# ---------------------------------------------------------------------------

def _pair(rng, sp, comms):
    c = rng.choice(comms)
    pr, no = COMMUNAUTES[c]
    return rng.choice(half(pr, sp)), rng.choice(half(no, sp))


ALLC = tuple(COMMUNAUTES)
CANFR_W = ("canfr",) * 10 + ("anglo", "irl") * 2 + IMMIGRANTS + AUTOCHTONES


def g_nom(rng, sp):
    p, n = _pair(rng, sp, CANFR_W)
    return f"{p} {n}"


def g_nomimm(rng, sp):
    p, n = _pair(rng, sp, IMMIGRANTS + ("anglo", "irl"))
    return f"{p} {n}"


def g_nomaut(rng, sp):
    p, n = _pair(rng, sp, AUTOCHTONES)
    return f"{p} {n}"


def g_prenom(rng, sp):
    return _pair(rng, sp, CANFR_W)[0]


def g_famille(rng, sp):
    return _pair(rng, sp, CANFR_W)[1]


def g_nominv(rng, sp):
    p, n = _pair(rng, sp, CANFR_W)
    return rng.choice([f"{n.upper()}, {p}", f"{n}, {p}", f"{n.upper()} {p}", f"{n} {p}"])


def _init1(p):
    parts = re.split(r"([- ])", p)
    out = ""
    for x in parts:
        if x in ("-", " "):
            out += "-" if x == "-" else " "
        elif x:
            out += x[0].upper() + "."
    return out.replace(" ", "")


def g_init(rng, sp):
    p, n = _pair(rng, sp, CANFR_W)
    f = rng.randrange(5)
    if f == 0:
        return f"{_init1(p)} {n[0]}."
    if f == 1:
        return f"{_init1(p)}{n[0]}.".replace("-", "")
    if f == 2:
        return noacc(p[0] + n[0]).upper() + (noacc(p.split("-")[1][0]).upper() if "-" in p else "")
    if f == 3:
        return f"{_init1(p)} {n}"
    return f"{p} {n[0]}."


def g_surnom(rng, sp):
    f = rng.randrange(3)
    if f == 0:
        return rng.choice(half(SURNOM_PRE, sp)) + rng.choice(half(SURNOM_BASE, sp))
    if f == 1:
        return rng.choice(SURNOM_F[sp::2]) + rng.choice(half(SURNOM_BASE_F, sp))
    return rng.choice(half(SURNOM_SEUL, sp))


def g_nomcomp(rng, sp):
    """Nom composé ou double nom de famille."""
    c = rng.choice(("canfr", "canfr", "lat", "hai", "por"))
    pr, no = COMMUNAUTES[c]
    a, b = rng.sample(half(no, sp), 2)
    return f"{rng.choice(half(pr, sp))} {a}-{b}"


def _num(rng, sp, lo=1, hi=9999):
    return str(rng.randint(lo, hi))


def _odo(rng, sp):
    return rng.choice(half(ODONYMES, sp))


def g_adr(rng, sp):
    n = _num(rng, sp, 1, 3999)
    t = rng.choice(["rue", "rue", "chemin", "ch.", "avenue", "boul.", "montée", "côte",
                    "place", "croissant", "impasse", "rue", "terrasse", "av."])
    sep = rng.choice([" ", " ", ", "])
    return f"{n}{sep}{t} {_odo(rng, sp)}"


def g_adrsans(rng, sp):
    return f"{_num(rng, sp, 1, 2999)} {_odo(rng, sp)}"


def g_adrapp(rng, sp):
    base = g_adr(rng, sp) if rng.random() < .6 else g_adrsans(rng, sp)
    n = base.split()[0].rstrip(",")
    f = rng.randrange(8)
    if f == 0:
        return f"{base}, app. {rng.randint(1, 12)}"
    if f == 1:
        return f"{base} #{rng.randint(1, 4)}0{rng.randint(1, 9)}"
    if f == 2:
        return f"{base}, {rng.choice(['2e', '3e', '1er', '4e'])} étage"
    if f == 3:
        return base.replace(n, f"{n}-{rng.choice('ABCD')}", 1)
    if f == 4:
        return f"{rng.randint(1, 9)}-{base}"
    if f == 5:
        return f"{base}, apt {rng.randint(1, 30)}"
    if f == 6:
        return f"{base}, logement {rng.randint(1, 8)}"
    return f"{base} unité {rng.randint(100, 420)}"


def g_rang(rng, sp):
    n = _num(rng, sp, 10, 4999)
    r = rng.choice(half(RANGS, sp))
    return rng.choice([f"{n} {r}", f"{n}, {r}", f"{r}, no {n}", f"{n} {r}"])


def g_lot(rng, sp):
    a, b, c = rng.randint(1, 6), rng.randint(100, 999), rng.randint(100, 999)
    return rng.choice([f"lot {a} {b} {c}", f"lot {a}{b}{c}", f"lot {a} {b} {c}",
                       f"lot no {a} {b} {c}", f"lot {a}-{b}-{c}"])


def g_cp(rng, sp):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    s = (rng.choice("GHJ") + str(rng.randint(0, 9)) + rng.choice(L) +
         rng.choice([" ", " ", "", "-"]) + str(rng.randint(0, 9)) + rng.choice(L) +
         str(rng.randint(0, 9)))
    return s


def g_chalet(rng, sp):
    n = _num(rng, sp, 1, 1500)
    lac = rng.choice(half(LACS, sp))
    return rng.choice([f"{n} chemin du {lac}", f"{n}, ch. du {lac}", f"{n} du {lac}",
                       f"{n} chemin {lac}"])


def g_adrroute(rng, sp):
    n = _num(rng, sp, 100, 9999)
    r = rng.choice(["route 132", "route 138", "route 117", "route 155", "route 169",
                    "route 173", "route 112", "route 201", "rte 132", "route 309",
                    "route 277", "Route 185"][sp::2])
    return rng.choice([f"{n} {r}", f"{n}, {r}", f"{n} {r} Est", f"{n} {r} Ouest"])


def g_adrapres(rng, sp):
    n = _num(rng, sp, 1, 1999)
    t = rng.choice(["rue", "chemin", "avenue", "rang", "boul."])
    o = _odo(rng, sp)
    return rng.choice([f"{t} {o} no {n}", f"{t} {o}, {n}", f"{t} {o} #{n}",
                       f"{o} {n}", f"{t} {o} numéro {n}"])


def g_adren(rng, sp):
    n = _num(rng, sp, 1, 999)
    o = rng.choice(half(ODONYMES_EN, sp))
    return rng.choice([f"{n} {o} Street", f"{n} {o} St.", f"{n} {o} Road", f"{n} {o} Ave"])


def g_ageenf(rng, sp):
    a = rng.randint(2, 17)
    return rng.choice([f"{a} ans", f"{a} ans", f"{a}ans", f"{fr(a)} ans"])


def g_dnbebe(rng, sp):
    y = rng.randint(2023, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return rng.choice([f"{d} {MOIS[m-1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}",
                       f"{d} {MOIS_ABR[m-1]} {y}", f"{d:02d}/{m:02d}/{y % 100:02d}"])


def g_age(rng, sp):
    a = rng.randint(16, 99)
    return rng.choice([f"{a} ans", f"{a} ans", f"{a}ans", f"{a} an" if a == 1 else f"{a} ans"])


def g_agevieux(rng, sp):
    a = rng.randint(65, 103)
    return rng.choice([f"{a} ans", f"{a} ans", f"{a}ans", f"{fr(a)} ans"])


def g_agemots(rng, sp):
    a = rng.randint(2, 99)
    return f"{fr(a)} ans"


def g_agea(rng, sp):
    a = rng.randint(2, 99)
    return rng.choice([f"{a} a", f"{a}a", f"{a} a.", f"{a} yo", f"{a}ans"])


def g_agenum(rng, sp):
    return str(rng.randint(18, 99))


def g_genaire(rng, sp):
    return rng.choice(half(GENAIRE, sp))


def g_decennie(rng, sp):
    return rng.choice(half(DECENNIES, sp))


def g_bebe(rng, sp):
    n = rng.randint(1, 23)
    u = rng.choice(["mois", "mois", "semaines", "jours"])
    if u == "jours":
        n = rng.randint(2, 20)
    if u == "semaines":
        n = rng.randint(2, 11)
    return rng.choice([f"{n} {u}", f"{fr(n)} {u}", f"{n} {u}"])


def g_sexeage(rng, sp):
    a = rng.randint(3, 98)
    s = rng.choice(["H", "F", "M", "h", "f"])
    return rng.choice([(f"{s}{a}", f"{a}"), (f"{s}/{a}", f"{a}"), (f"{s}-{a}", f"{a}"),
                       (f"{s} {a} ans", f"{a} ans")])


def _dob(rng):
    y = rng.randint(1922, 2023)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def g_dn(rng, sp):
    y, m, d = _dob(rng)
    return rng.choice([f"{d} {MOIS[m-1]} {y}", f"{'1er' if d == 1 else d} {MOIS[m-1]} {y}",
                       f"{d} {MOIS_ABR[m-1]} {y}", f"{d} {MOIS[m-1].capitalize()} {y}",
                       f"{d} {noacc(MOIS[m-1])} {y}"])


def g_dniso(rng, sp):
    y, m, d = _dob(rng)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}{m:02d}{d:02d}",
                       f"{y}.{m:02d}.{d:02d}"])


def g_dnslash(rng, sp):
    y, m, d = _dob(rng)
    return rng.choice([f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y}",
                       f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d}/{m}/{y}",
                       f"{d:02d}.{m:02d}.{y}"])


def g_annee(rng, sp):
    return str(rng.randint(1922, 2023))


def g_dnmots(rng, sp):
    y, m, d = _dob(rng)
    ys = fr(y)
    if y < 2000 and rng.random() < .4:
        ys = ys.replace("mille", "mil", 1)
    dd = "premier" if d == 1 else fr(d)
    return f"{dd} {MOIS[m-1]} {ys}"


def g_dnmois(rng, sp):
    y, m, d = _dob(rng)
    return rng.choice([f"{MOIS[m-1]} {y}", f"{MOIS[m-1]} {y}", f"{MOIS_ABR[m-1]} {y}",
                       f"{m:02d}/{y}"])


def g_dnen(rng, sp):
    y, m, d = _dob(rng)
    return rng.choice([f"{MONTHS_EN[m-1]} {d}, {y}", f"{MONTHS_EN[m-1][:3]} {d} {y}",
                       f"{m:02d}/{d:02d}/{y}"])


def g_sante(rng, sp):
    return rng.choice(half(SANTE, sp))


def g_santeabr(rng, sp):
    return rng.choice(half(SANTE_ABR, sp))


def g_medic(rng, sp):
    return rng.choice(half(MEDIC, sp))


def g_equip(rng, sp):
    return rng.choice(half(EQUIP, sp))


def g_mental(rng, sp):
    return rng.choice(half(MENTAL, sp))


def g_dep(rng, sp):
    return rng.choice(half(DEPEND, sp))


def g_allergie(rng, sp):
    return rng.choice(half(ALLERG, sp))


def g_santetypo(rng, sp):
    return rng.choice(half(SANTE_TYPO, sp))


def g_grossesse(rng, sp):
    f = rng.randrange(5)
    if f == 0:
        return f"enceinte de {rng.randint(2, 9)} mois"
    if f == 1:
        return f"enceinte de {rng.randint(8, 40)} semaines"
    if f == 2:
        return f"enceinte de {fr(rng.randint(2, 9))} mois"
    if f == 3:
        return rng.choice(["grossesse à risque", "enceinte", "grossesse de jumeaux",
                           "accouchement prévu"])
    return f"{rng.randint(20, 40)} sem. de grossesse"


CURATELLE = ["sous curatelle", "sous curatelle publique", "sous tutelle",
             "mandat de protection homologué", "inapte", "régime de protection",
             "sous tutelle au majeur", "déclaré inapte", "sous régime de protection",
             "en processus d'homologation du mandat", "représenté par le Curateur public",
             "inapte à consentir", "sous curatelle privée", "mandat d'inaptitude homologué",
             "sous tutelle du Curateur public", "inapte à gérer ses biens"]


def g_curatelle(rng, sp):
    return rng.choice(half(CURATELLE, sp))


DOMAINES = ["gmail.com", "hotmail.com", "videotron.ca", "outlook.com", "yahoo.ca",
            "live.ca", "bell.net", "cgocable.ca", "globetrotter.net", "sympatico.ca",
            "icloud.com", "hotmail.fr", "telus.net", "derytele.com", "cooptel.qc.ca",
            "tlb.sympatico.ca", "xplornet.com", "protonmail.com", "msn.com", "outlook.fr"]


def _mailuser(rng, sp):
    p, n = _pair(rng, sp, CANFR_W)
    p, n = canon(p), canon(n)
    f = rng.randrange(8)
    return [f"{p}.{n}", f"{p[0]}{n}", f"{p}{n}{rng.randint(1, 99)}", f"{p}_{n}",
            f"{n}.{p[0]}", f"{p}.{n}+{rng.choice(['sinistre', 'msp', 'urgence', 'factures'])}",
            f"{p[:3]}{n[:4]}{rng.randint(50, 99)}", f"{p}-{n}"][f]


def g_mail(rng, sp):
    return f"{_mailuser(rng, sp)}@{rng.choice(DOMAINES)}"


def g_mailpro(rng, sp):
    p, n = _pair(rng, sp, CANFR_W)
    p, n = canon(p), canon(n)
    dom = rng.choice(["ville.{m}.qc.ca", "{m}.ca", "ssss.gouv.qc.ca", "cegep{m}.qc.ca",
                      "csscotesud.gouv.qc.ca", "garage{m}.com", "mrc{m}.qc.ca"])
    m = canon(rng.choice(MUNIS))[:12]
    return f"{p}.{n}@{dom.format(m=m)}"


def g_mailobf(rng, sp):
    u = _mailuser(rng, sp)
    d = rng.choice(DOMAINES)
    base, ext = d.rsplit(".", 1)
    return rng.choice([f"{u} at {base} point {ext}", f"{u} (at) {base} (dot) {ext}",
                       f"{u}[at]{base}[.]{ext}", f"{u} arobas {base} point {ext}",
                       f"{u} AT {base} DOT {ext}", f"{u} a {base}.{ext}"])


def g_mailsp(rng, sp):
    u = _mailuser(rng, sp)
    d = rng.choice(DOMAINES)
    return rng.choice([f"{u} @ {d}", f"{u} @{d}", f"{u}@ {d}", f"{u.upper()}@{d.upper()}"])


IND = ["418", "581", "367", "819", "873", "450", "579", "354", "514", "438", "263", "506",
       "613", "343"]


def _tel(rng, sp):
    return rng.choice(IND), str(rng.randint(200, 989)), f"{rng.randint(0, 9999):04d}"


def g_tel(rng, sp):
    a, b, c = _tel(rng, sp)
    return rng.choice([f"{a} {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}",
                       f"({a}) {b}-{c}", f"{a}-{b}{c}"])


def g_telpar(rng, sp):
    a, b, c = _tel(rng, sp)
    return rng.choice([f"({a}){b}.{c}", f"({a}){b}-{c}", f"({a}) {b} {c}", f"({a}) {b}.{c}"])


def g_telsf(rng, sp):
    a = rng.choice(["800", "888", "877", "866", "855", "844"])
    b, c = str(rng.randint(200, 989)), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"1-{a}-{b}-{c}", f"1 {a} {b}-{c}", f"1{a}{b}{c}", f"1 ({a}) {b}-{c}"])


def g_telposte(rng, sp):
    a, b, c = _tel(rng, sp)
    p = rng.randint(1, 9999)
    return rng.choice([f"{a} {b}-{c} poste {p}", f"{a}-{b}-{c} p. {p}",
                       f"{a} {b}-{c}, poste {p}", f"{a}.{b}.{c} ext. {p}", f"{a}-{b}-{c} #{p}"])


def g_telmots(rng, sp):
    a, b, c = _tel(rng, sp)
    dig = lambda s: " ".join(_U[int(x)] for x in s)
    f = rng.randrange(3)
    if f == 0:
        return f"{dig(a)}, {dig(b)}, {dig(c)}"
    if f == 1:
        return f"{dig(a)} {dig(b)} {fr(int(c[:2]))} {fr(int(c[2:]))}"
    return f"{a} {dig(b)} {dig(c)}"


def g_tellocal(rng, sp):
    b, c = str(rng.randint(200, 989)), f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"{b}-{c}", f"{b} {c}", f"{b}.{c}"])


def g_telint(rng, sp):
    a, b, c = _tel(rng, sp)
    return rng.choice([f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}",
                       f"1-{a}-{b}-{c}", f"1 {a} {b}-{c}"])


def g_telsans(rng, sp):
    a, b, c = _tel(rng, sp)
    return rng.choice([f"{a}{b}{c}", f"1{a}{b}{c}"])


LET = "ABCDEFGHJKLMNPRSTVWXYZ"


def _l(rng, k):
    return "".join(rng.choice(LET) for _ in range(k))


def _d(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def g_plaque(rng, sp):
    f = rng.randrange(6)
    return [f"{_l(rng, 3)} {_d(rng, 3)}", f"{_d(rng, 3)} {_l(rng, 3)}",
            f"{_l(rng, 1)}{_d(rng, 2)} {_l(rng, 3)}", f"{_l(rng, 3)}{_d(rng, 3)}",
            f"{_d(rng, 3)}{_l(rng, 3)}", f"{_l(rng, 3)}-{_d(rng, 3)}"][f]


def g_plaquef(rng, sp):
    return rng.choice([f"F{_d(rng, 2)}{_l(rng, 3)}", f"FG{_d(rng, 4)}",
                       f"F{_l(rng, 2)}{_d(rng, 4)}", f"F {_d(rng, 2)} {_l(rng, 3)}",
                       f"L{_d(rng, 2)}{_l(rng, 3)}", f"C{_d(rng, 2)} {_l(rng, 3)}"])


def g_plaquer(rng, sp):
    return rng.choice([f"R{_d(rng, 2)}{_l(rng, 3)}", f"RJ{_d(rng, 4)}",
                       f"R{_l(rng, 2)} {_d(rng, 4)}", f"R {_d(rng, 2)} {_l(rng, 3)}"])


def g_plaquem(rng, sp):
    return rng.choice([f"M{_d(rng, 5)}", f"M{_l(rng, 1)}{_d(rng, 4)}", f"M {_d(rng, 5)}",
                       f"VR{_d(rng, 4)}", f"M{_d(rng, 2)}{_l(rng, 2)}"])


def g_plaqueon(rng, sp):
    return rng.choice([f"{_l(rng, 4)} {_d(rng, 3)}", f"{_l(rng, 3)}-{_d(rng, 4)}",
                       f"{_l(rng, 2)}{_d(rng, 1)} {_d(rng, 3)}", f"{_l(rng, 3)} {_d(rng, 4)}",
                       f"{_d(rng, 3)} {_l(rng, 3)}"])


def _luhn_ok(s):
    t = 0
    for i, ch in enumerate(s):
        x = int(ch) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0


def g_nas(rng, sp):
    while True:
        s = str(rng.randint(1, 7)) + _d(rng, 8)
        if _luhn_ok(s):
            break
    return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s,
                       f"{s[:3]}.{s[3:6]}.{s[6:]}"])


def g_ramq(rng, sp):
    p, n = _pair(rng, sp, CANFR_W)
    nn = re.sub(r"[^A-Z]", "", noacc(n).upper()) + "XXX"
    code = nn[:3] + noacc(p)[0].upper()
    y, m, d = _dob(rng)
    m2 = m + (50 if rng.random() < .5 else 0)
    dig = f"{y % 100:02d}{m2:02d}{d:02d}{rng.randint(10, 99)}"
    return rng.choice([f"{code} {dig[:4]} {dig[4:]}", f"{code}{dig}",
                       f"{code} {dig[:4]}{dig[4:]}", f"{code}-{dig[:4]}-{dig[4:]}",
                       f"{code.lower()} {dig[:4]} {dig[4:]}"])


def g_permis(rng, sp):
    L = rng.choice(LET)
    return rng.choice([f"{L}{_d(rng, 4)}-{_d(rng, 6)}-{_d(rng, 2)}",
                       f"{L}{_d(rng, 12)}", f"{L}{_d(rng, 4)} {_d(rng, 6)} {_d(rng, 2)}"])


def g_dossier(rng, sp):
    y = rng.randint(2017, 2025)
    return rng.choice([f"{y}-IS-{_d(rng, 5)}", f"MSP-{y}-{_d(rng, 6)}",
                       f"D-{y}-{_d(rng, 5)}", f"{_d(rng, 7)}", f"SIN{y}{_d(rng, 4)}",
                       f"AF-{_d(rng, 3)}-{_d(rng, 4)}", f"{y}{_d(rng, 6)}",
                       f"RC-{_d(rng, 8)}", f"PGAF-{y}-{_d(rng, 4)}"])


def g_compte(rng, sp):
    inst = rng.choice(["815", "001", "002", "003", "004", "006", "010", "829"])
    tr = _d(rng, 5)
    ac = _d(rng, 7)
    return rng.choice([f"{inst}-{tr}-{ac}", f"{tr}-{inst}-{ac}", f"{inst} {tr} {ac}",
                       f"folio {ac}", f"{tr} {ac}"])


def g_folio(rng, sp):
    return rng.choice([_d(rng, 7), f"{_d(rng, 2)}-{_d(rng, 5)}", _d(rng, 12)])


def g_passeport(rng, sp):
    return f"{_l(rng, 2)}{_d(rng, 6)}"


def _lien(rng, sp):
    pa = rng.choice(half(PARENTS, sp))
    no = rng.choice(NOTABLES)
    phr = f"{pa} {no}"
    if pa[0] in "aeéiou":
        g = "l'"
    else:
        g = "la" if pa in FEM else "le"
    return g, phr


def g_lien(rng, sp):
    g, phr = _lien(rng, sp)
    return (f"l'{phr}" if g == "l'" else f"{g} {phr}"), phr


def g_liende(rng, sp):
    g, phr = _lien(rng, sp)
    pre = {"l'": "de l'", "la": "de la ", "le": "du "}[g]
    return f"{pre}{phr}", phr


def g_liena(rng, sp):
    g, phr = _lien(rng, sp)
    pre = {"l'": "à l'", "la": "à la ", "le": "au "}[g]
    return f"{pre}{phr}", phr


def _emploi(rng, sp):
    """Renvoie (article, nom) ; article '' pour les commerces (chez)."""
    f = rng.randrange(3)
    if f == 0:
        return "", f"{rng.choice(half(EMPLOI_MARQUES, sp))} de {rng.choice(MUNIS)}"
    if f == 1:
        t = rng.choice(half(EMPLOI_INST, sp)).format(m=rng.choice(MUNIS))
        art, nom = t.split(" ", 1)
        return art, nom
    t = rng.choice(half(EMPLOI_FIXES, sp))
    if t.startswith("l'"):
        return "l'", t[2:]
    if t.startswith(("le ", "la ")):
        return t[:2], t[3:]
    return "", t


def g_emploi(rng, sp):
    art, nom = _emploi(rng, sp)
    sepa = "" if art in ("", "l'") else " "
    return f"{art}{sepa}{nom}", nom


def g_auemploi(rng, sp):
    art, nom = _emploi(rng, sp)
    pre = {"": "chez ", "l'": "à l'", "le": "au ", "la": "à la "}[art]
    return f"{pre}{nom}", nom


def g_deemploi(rng, sp):
    art, nom = _emploi(rng, sp)
    pre = {"": "de ", "l'": "de l'", "le": "du ", "la": "de la "}[art]
    return f"{pre}{nom}", nom


def g_ecole(rng, sp):
    return rng.choice(half(SCHOOLS, sp))


# --- créneaux de contexte (non personnels) ---------------------------------

def c_heure(rng):
    h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice([f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h}:{m:02d}", f"{h}h"])


def c_date(rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice([f"{d} {MOIS[m-1]}", f"le {d} {MOIS[m-1]}", f"{d}/{m:02d}",
                       f"2024-{m:02d}-{d:02d}", f"{d} {MOIS_ABR[m-1]}"])


CTX = {
    "muni": lambda r: r.choice(MUNIS),
    "region": lambda r: r.choice(REGIONS),
    "riv": lambda r: r.choice(RIVIERES),
    "route": lambda r: r.choice(ROUTES),
    "km": lambda r: str(r.randint(2, 480)),
    "heure": c_heure,
    "heure2": c_heure,
    "date": c_date,
    "mm": lambda r: str(r.randint(12, 160)),
    "cm": lambda r: str(r.randint(5, 90)),
    "m": lambda r: f"{r.randint(0, 4)},{r.randint(0, 9)}",
    "org": lambda r: r.choice(ORGS),
    "evt": lambda r: r.choice(EVTS),
    "serv": lambda r: r.choice(SERVICES),
    "n": lambda r: str(r.randint(2, 14)),
    "n2": lambda r: str(r.randint(2, 60)),
    "big": lambda r: str(r.randint(40, 900)),
    "rue": lambda r: r.choice(["rue "] * 3 + ["chemin ", "boul. ", "rang ", "avenue "]) + r.choice(ODONYMES),
    "lac": lambda r: r.choice(LACS).replace("-", " ").replace("Lac ", "lac "),
    "temp": lambda r: str(r.randint(-38, 34)),
    "pct": lambda r: str(r.randint(5, 98)),
    "debit": lambda r: str(r.randint(80, 2400)),
    "annee": lambda r: str(r.randint(1890, 1995)),
    "hon": lambda r: r.choice(HONOR),
}

GEN = {name[2:]: fn for name, fn in list(globals().items())
       if name.startswith("g_") and callable(fn)}


# ---------------------------------------------------------------------------
# moteur
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([a-z_]+?)(\d*)(?:\|([a-z]+))?\}")


def _mod(rng, v, mod):
    if not mod:
        return v
    if mod == "upper":
        return v.upper()
    if mod == "lower":
        return v.lower()
    if mod == "noacc":
        return noacc(v)
    if mod == "uppernoacc":
        return noacc(v).upper()
    if mod == "lowernoacc":
        return noacc(v).lower()
    if mod == "typo":
        return typo(rng, v)
    if mod == "title":
        return v.title()
    if mod == "cap":
        return v[:1].upper() + v[1:]
    raise ValueError(mod)


def render(tpl, rng, sp):
    cache = {}
    planted = []

    def rep(m):
        base, idx, mod = m.group(1), m.group(2), m.group(3)
        key = base + idx
        if base.startswith("p_"):
            if key not in cache:
                gen = GEN[base[2:]]
                for _ in range(400):
                    v = gen(rng, sp)
                    disp, pl = v if isinstance(v, tuple) else (v, v)
                    if parity(pl) == sp:
                        break
                else:
                    raise RuntimeError(f"aucune valeur pour {base} split {sp}")
                cache[key] = (disp, pl)
            disp, pl = cache[key]
            d2 = _mod(rng, disp, mod)
            p2 = _mod(random.Random(0), pl, mod) if mod != "typo" else None
            if p2 is not None and p2 not in d2:
                i = d2.lower().find(pl.lower())
                if i < 0:
                    i = noacc(d2).lower().find(noacc(pl).lower())
                p2 = d2[i:i + len(pl)] if i >= 0 else pl
            if mod == "typo":
                d2 = typo(rng, disp)
                if pl == disp:
                    p2 = d2
                else:
                    d2, p2 = disp, pl
            planted.append(p2)
            return d2
        if key not in cache:
            cache[key] = CTX[base](rng)
        return _mod(rng, cache[key], mod)

    text = SLOT_RE.sub(rep, tpl)
    out = []
    for p in planted:
        if p not in out:
            out.append(p)
    return text, tuple(out)

# ---------------------------------------------------------------------------
# familles de gabarits : FAMILIES[kind][short] = [gabarits] (indices pairs ->
# dev3, impairs -> heldout3)
# ---------------------------------------------------------------------------

FAMILIES = {}

FAMILIES["nom"] = {
    "signature_fin": [
        "Sinistré rencontré au centre d'hébergement, dossier ouvert. -- {p_nom}",
        "Suivi fait avec la famille, relocalisation temporaire ok. Signé: {p_nom}",
        "Visite des lieux complétée vers {heure}, aucun dommage structural. /{p_nom}",
        "Appel retourné, la demande sera traitée lundi. Merci, {p_prenom}",
        "Fin de l'intervention, on ferme le dossier. - {p_nom|upper}",
        "photos envoyées au MSP ce matin. {p_init}",
    ],
    "contact_deux_points": [
        "Contact: {p_nom} (propriétaire)",
        "Personne-ressource : {hon} {p_nom}, joindre avant midi",
        "Contact sur place: {p_prenom} {p_famille}; accès par l'arrière",
        "Répondant: {p_nom}. Clés laissées chez le voisin.",
        "contact famille : {p_nom|lower}",
        "Ressource: {p_nomimm} - parle peu le français",
    ],
    "proprietaire": [
        "Le propriétaire, {p_nom}, refuse de quitter sa résidence malgré l'avis d'évacuation.",
        "Résidence appartenant à {hon} {p_nom}, sous-sol inondé ({cm} cm d'eau).",
        "Chalet de {p_nom} endommagé par l'embâcle sur la {riv}.",
        "Grange de {p_famille} effondrée sous le poids de la neige, animaux évacués.",
        "Proprio ({p_nom}) avisé de couper l'entrée électrique.",
        "Terrain de {p_nomimm} : érosion de la berge sur environ {n2} m.",
    ],
    "sms_minuscules": [
        "parlé a {p_nom|lower} ce matin, y reste chez sa soeur",
        "{p_prenom|lower} a rappelé, ok pour demain",
        "ok vu avec {p_nom|lower} pcq le sous sol est plein d'eau",
        "{p_famille|lower} veut pas partir, svp rappeler",
        "jai texté {p_prenom|lower} {p_famille|lower}, pas de réponse",
        "mme {p_famille|lower} ds le noir depuis hier",
    ],
    "radio_majuscules": [
        "{heure} UNITE 12 SUR PLACE. RENCONTRE {p_nom|uppernoacc}. RAS",
        "10-4 EVAC COMPLETEE, {p_nom|upper} TRANSPORTE AU CENTRE",
        "PATROUILLE {route|upper} : VEHICULE DE {p_nom|uppernoacc} DANS LE FOSSE",
        "ATTENTE CONFIRMATION DE {p_famille|upper} POUR ACCES AU SITE",
        "{heure} - {p_nom|upper} REFUSE EVACUATION, SIGNE DECHARGE",
        "RELAIS PAR {p_init|upper}, SECTEUR {muni|uppernoacc}",
    ],
    "initiales": [
        "Dossier transmis par {p_init} au coordonnateur.",
        "Visite effectuée avec {p_init}; rapport à suivre.",
        "{p_init} a confirmé que la famille est relogée.",
        "Vérif. faite par {p_init} ({heure})",
        "Note de {p_init} : pompe installée au sous-sol",
        "Entrée par {p_init}. Suivi requis.",
    ],
    "surnom": [
        "C'est {p_surnom} qui a donné l'alerte, il passait par {rue}.",
        "Le camion à {p_surnom} bloque encore le chemin.",
        "{p_surnom} du dépanneur dit que l'eau monte depuis minuit",
        "Tout le monde l'appelle {p_surnom}, il vit seul au bout du rang.",
        "Info reçue de {p_surnom} (le gars avec la pépine)",
        "appeler {p_surnom} pour la génératrice, il en a une de trop",
    ],
    "liste_sinistres": [
        "Sinistrés hébergés : {p_nom}, {p_nom2}, {p_nom3}.",
        "- {p_nom}\n- {p_nom2}\n- {p_nom3}",
        "Personnes évacuées: {p_nom}; {p_nom2}; {p_nomimm}",
        "Liste à l'hôtel: {p_nom} + 2 enfants, {p_nom2}",
        "Relogés chez parenté : {p_famille} ({n} pers.), {p_famille2} ({n2} pers.)",
        "1. {p_nom} 2. {p_nomimm} 3. {p_nomaut}",
    ],
    "honorifique_seul_nom": [
        "{hon} {p_famille} a signalé une odeur de gaz.",
        "Mme {p_famille} demande un suivi pour ses meubles.",
        "On a rejoint M. {p_famille} à son travail.",
        "Le Dr {p_famille} est venu voir sa maison en après-midi.",
        "Rencontré monsieur {p_famille} et son fils.",
        "madame {p_famille|lower} pas joignable",
    ],
    "autochtone": [
        "Évacuation de {p_nomaut} vers Chibougamau par avion nolisé.",
        "Aîné {p_nomaut} hébergé au centre communautaire.",
        "{p_nomaut} a besoin d'un interprète pour remplir le formulaire.",
        "Maison de {p_nomaut} sur la réserve: eau dans le vide sanitaire.",
        "Contact du conseil de bande : {p_nomaut}",
        "Famille {p_nomaut} relogée à {muni} pour la durée des travaux.",
    ],
    "immigrants": [
        "{p_nomimm} demande de l'aide pour traduire les documents.",
        "Rencontré {p_nomimm} au centre de services aux sinistrés.",
        "Le logement de {p_nomimm} a été déclaré inhabitable.",
        "Appel de {p_nomimm}, veut savoir pour l'aide financière.",
        "{p_nomimm} et ses deux enfants hébergés par la Croix-Rouge.",
        "Locataire : {p_nomimm}, 2e étage.",
    ],
    "inverse_formulaire": [
        "Nom: {p_nominv}",
        "Déclarant : {p_nominv} / tél. à venir",
        "DEMANDEUR {p_nominv|upper}",
        "Requérant - {p_nominv}; lien: propriétaire",
        "Nom, prénom : {p_nominv}",
        "Titulaire du dossier: {p_nominv}",
    ],
    "coquilles": [
        "rencontré {p_nom|typo} au gymnase de l'école",
        "La dame {p_nom|typo} attend son chèque depuis 3 semaines",
        "{p_nom|typo} a apporté les photos des dommages",
        "vérifier avec {p_nom|typo} si le puits est contaminé",
        "Appeler {p_famille|typo} pour la visite de l'évaluateur",
        "madame {p_famille|typo} a quitté l'hébergement",
    ],
    "nom_repete": [
        "{p_nom} appelle encore. {p_nom} veut parler au responsable.",
        "Voir avec {p_prenom}. {p_prenom} a les clés du garage.",
        "{p_famille} (voisin) a aidé. Remercier {p_famille}.",
        "Dossier {p_nom} - relance 2 ; {p_nom} non joignable.",
        "{p_nom|upper} : inondation. Rappeler {p_nom}.",
        "{p_prenom} sur place; {p_prenom} dit que l'eau baisse",
    ],
    "parentheses": [
        "Résidence inondée (propriétaire : {p_nom}).",
        "Génératrice prêtée ({p_nom}) au centre des loisirs.",
        "Le voisin ({p_prenom}) a vu la fumée en premier.",
        "Animaux récupérés (chez {p_nom}) et placés à la SPA.",
        "Sous-sol pompé (demande de {p_nomimm})",
        "Toit arraché [{p_nom}]",
    ],
    "debut_phrase": [
        "{p_nom} — évacué vers {heure}, hébergé chez sa fille.",
        "{p_nom}: pas d'assurance, demande le PGAF.",
        "{p_nomimm}, locataire, perdu tous ses meubles.",
        "{p_prenom} {p_famille}. Relocalisé. Fin.",
        "{p_nomaut} - demande de bois de chauffage",
        "{p_nom|upper}. Dommages au solage.",
    ],
    "anglais_franglais": [
        "Talked to {p_nom}, basement is flooded, needs a pump asap",
        "{p_nom} called back, ok pour le check-up demain",
        "Owner {p_nom} not home, left a note on the door",
        "follow-up avec {p_nom}, il est full stressé",
        "Meeting w/ {p_nom} re: insurance claim",
        "{p_nom} says the road is washed out, on check ça",
    ],
    "nom_compose": [
        "Dossier au nom de {p_nomcomp}.",
        "{p_nomcomp} demande à être relogée près de l'école.",
        "Rencontré {hon} {p_nomcomp} au bureau municipal.",
        "Maison de {p_nomcomp} : fissures au plancher",
        "La requérante, {p_nomcomp}, a fourni les factures",
        "appel {p_nomcomp} re aide financière",
    ],
    "benevole_intervenant": [
        "Bénévole de garde: {p_nom}. Relève à {heure}.",
        "Quart de nuit assuré par {p_nom} et {p_nom2}.",
        "Sac de sable livrés par {p_nom} avec son tracteur",
        "Le pompier volontaire {p_nom} s'est blessé à la main",
        "Chauffeur de la navette : {p_nom}",
        "Bénévoles présents: {p_prenom}, {p_prenom2}, {p_prenom3}",
    ],
    "prenom_seul": [
        "{p_prenom} va passer chercher les couvertes.",
        "Demander à {p_prenom} si la pompe est revenue.",
        "C'est {p_prenom} qui garde les chiens pendant l'évac.",
        "{p_prenom} (la voisine d'en face) a les clés",
        "Merci à {p_prenom} pour le café",
        "pas de nouvelles de {p_prenom} depuis hier soir",
    ],
    "decede_blesse": [
        "Décès de {p_nom} confirmé par le coroner.",
        "{p_nom} retrouvé dans son véhicule submergé, transporté au CH.",
        "Blessé grave: {p_nom}, chute du toit en déneigeant.",
        "Personne disparue : {p_nom}, vue pour la dernière fois près de la {riv}.",
        "Recherche de {p_nom} suspendue à la tombée de la nuit.",
        "{p_nomimm} intoxiqué au monoxyde (génératrice dans le garage)",
    ],
}

FAMILIES["adresse"] = {
    "adresse_complete": [
        "Refoulement d'égout au {p_adr}, sous-sol à vider.",
        "Visite au {p_adr} : fondation fissurée.",
        "Évacuation préventive du {p_adr}, {muni}.",
        "Arbre tombé sur la maison du {p_adr}",
        "Inondation signalée au {p_adr} vers {heure}.",
        "Dommages au toit, {p_adr}.",
    ],
    "sans_type_voie": [
        "Citoyen du {p_adrsans} demande des sacs de sable.",
        "Eau dans le garage au {p_adrsans}",
        "Le {p_adrsans} est sans électricité depuis {n} jours.",
        "Vérifier le puits au {p_adrsans} svp",
        "Feu de cheminée éteint au {p_adrsans}.",
        "{p_adrsans}: pas de dommages apparents",
    ],
    "appartement": [
        "Locataire du {p_adrapp} évacué, fumée dans le corridor.",
        "Dégât d'eau provenant du {p_adrapp}.",
        "Logement au {p_adrapp} déclaré insalubre après l'inondation.",
        "Relocalisation: {p_adrapp}",
        "Plafond effondré au {p_adrapp}, personne blessée",
        "Adresse : {p_adrapp}",
    ],
    "rang_rural": [
        "Ferme au {p_rang} isolée par la crue.",
        "Glissement de terrain derrière la maison du {p_rang}.",
        "Ponceau arraché devant le {p_rang}, accès impossible.",
        "Le {p_rang} : vaches à déplacer, grange inondée",
        "Résidence isolée {p_rang}, ravitaillement par VTT",
        "Puits contaminé au {p_rang}.",
    ],
    "lot_cadastre": [
        "Terrain vacant de {p_nom}, {p_lot}, inondé.",
        "Érosion de berge sur le {p_lot} (propriété privée).",
        "Demande de permis de reconstruction pour le {p_lot}.",
        "Roulotte installée sur le {p_lot} sans autorisation",
        "Cadastre : {p_lot}",
        "Remblai non conforme sur le {p_lot}, propriétaire avisé.",
    ],
    "code_postal": [
        "Adresse postale pour le chèque: {p_adr}, {muni} {p_cp}",
        "Code postal du sinistré : {p_cp}",
        "Envoyer la lettre au {p_adr} {p_cp}",
        "CP {p_cp} à valider dans le formulaire",
        "Nouvelle adresse temporaire: {p_adrapp}, {p_cp}",
        "{p_cp} (adresse de correspondance)",
    ],
    "chalet_lac": [
        "Chalet au {p_chalet} endommagé par les glaces.",
        "Quai arraché au {p_chalet}, débris dans le {lac}.",
        "Propriétaire du chalet situé au {p_chalet} introuvable.",
        "Feu de camp mal éteint près du {p_chalet}",
        "Résidence secondaire, {p_chalet}: fosse septique débordée",
        "Accès au {p_chalet} coupé par un éboulis",
    ],
    "majuscules_sans_accents": [
        "INONDATION AU {p_adr|uppernoacc}",
        "EVAC {p_adrsans|uppernoacc} COMPLETEE {heure}",
        "SOUS-SOL PLEIN D'EAU - {p_adr|uppernoacc} - POMPIERS SUR PLACE",
        "ARBRE SUR FILS {p_adr|uppernoacc}",
        "{p_rang|uppernoacc} : ACCES BLOQUE",
        "VISITE {p_adrapp|uppernoacc} OK",
    ],
    "numero_apres_rue": [
        "Dommages importants {p_adrapres}.",
        "Résidence située {p_adrapres}, inondée.",
        "Adresse: {p_adrapres} ({muni})",
        "Citoyenne du {p_adrapres} demande un suivi",
        "Refoulement {p_adrapres} - urgent",
        "{p_adrapres} : électricité coupée par Hydro",
    ],
    "route_numerotee_civique": [
        "Maison au {p_adrroute} menacée par l'érosion côtière.",
        "Évacuation du {p_adrroute}, glissement actif.",
        "Le {p_adrroute} est isolé, la {route} est fermée plus loin.",
        "Propriété au {p_adrroute}: talus instable",
        "Commerce-résidence {p_adrroute} inondé",
        "{p_adrroute} — fumée vue par un passant",
    ],
    "sms_abrege": [
        "ds le sous sol au {p_adrsans|lower}, ya 2 pieds d'eau",
        "svp passer au {p_adr|lower} pcq la dame est seule",
        "rappel citoyen {p_adrsans|lowernoacc} pr sacs de sable",
        "jsuis au {p_adr|lowernoacc}, rien à signaler",
        "ok pour {p_adrsans|lower} demain am",
        "{p_adr|lowernoacc} check fait",
    ],
    "adresse_et_nom": [
        "{p_nom}, {p_adr}, {muni}: sous-sol inondé.",
        "Évacué: {p_nom} ({p_adrsans})",
        "{p_adr} — propriétaire {p_nom}, absent lors de la visite",
        "Locataire {p_nomimm} au {p_adrapp}",
        "{p_nom|upper} / {p_adr|upper}",
        "Visite chez {p_nom}, {p_rang}.",
    ],
    "anglophone": [
        "Basement flooded at {p_adren}, owner on site.",
        "Tree on roof, {p_adren}",
        "Évac du {p_adren} faite avec la SQ",
        "Water in crawlspace at {p_adren}; pump installed",
        "{p_adren} — pas de courant depuis hier",
        "Check-up at {p_adren} done, all good",
    ],
    "adresse_apres_deux_points": [
        "Lieu de l'intervention : {p_adr}",
        "Adresse sinistrée: {p_adr}",
        "Domicile : {p_adrsans}",
        "Adresse de relocalisation: {p_adrapp}",
        "Résidence principale : {p_rang}",
        "Adr.: {p_adr}",
    ],
    "entre_parentheses": [
        "Sinistré hébergé chez sa sœur ({p_adr}).",
        "Dommages au sous-sol ({p_adrsans}), pompe fournie.",
        "Refus d'évacuer (résidence du {p_adr}).",
        "Deux résidences touchées ({p_adr} et {p_adr2}).",
        "Poteau cassé devant chez lui ({p_adrsans})",
        "Rapport d'inspection joint ({p_adrapp})",
    ],
    "liste_adresses": [
        "Secteur évacué : {p_adr}, {p_adr2}, {p_adr3}",
        "- {p_adrsans}\n- {p_adrsans2}\n- {p_adrapp}",
        "Adresses à revisiter: {p_adr}; {p_adrsans}; {p_rang}",
        "Inondées: {p_adrsans}, {p_adrsans2}",
        "À inspecter : {p_adr} / {p_adrapp}",
        "{p_adr} + {p_adr2} : mêmes dommages",
    ],
    "voisinage": [
        "La maison voisine du {p_adr} a pris feu aussi.",
        "Le voisin d'en face du {p_adrsans} a signalé la fuite.",
        "Fumée visible depuis le {p_adr}.",
        "Citerne renversée en face du {p_adrsans}",
        "Arbre du {p_adr} tombé sur la clôture du voisin",
        "Les résidents du {p_adrapp} sont hébergés au sous-sol de l'église",
    ],
    "coquilles_adresse": [
        "inondation au {p_adr|typo}",
        "Passer au {p_adrsans|typo} pour récupérer les formulaires.",
        "Sous-sol au {p_adr|typo}, prévoir déshumidificateur",
        "évac faite au {p_adrsans|typo}",
        "{p_adr|typo} à vérifier par l'inspecteur",
        "Résidence du {p_adr|typo} inhabitable",
    ],
    "radio_log": [
        "{heure} 10-8 AU {p_adr|upper}",
        "{heure} - UNITE 203 EN ROUTE VERS {p_adrsans|upper}",
        "FEU DE CHEMINEE {p_adr|uppernoacc} MAITRISE {heure}",
        "{heure} ARRIVEE {p_adrapp|upper}, FUMEE AU 2E",
        "DEMANDE AMBULANCE {p_adr|uppernoacc}",
        "SUR LES LIEUX {p_rang|upper} {heure}",
    ],
    "adresse_repetee": [
        "{p_adr}: eau. Retour au {p_adr} demain.",
        "Le {p_adrsans} a été pompé; le {p_adrsans} reste sans chauffage.",
        "Visite {p_adr} ok. {p_adr} à fermer.",
        "Inspecteur au {p_adrapp}; occupant du {p_adrapp} relogé",
        "{p_rang} -> accès {p_rang} par le chemin forestier",
        "{p_adrsans} / {p_adrsans}: doublon à fusionner",
    ],
}

FAMILIES["age"] = {
    "chiffres_ans": [
        "Homme de {p_age} vivant seul, évacué par bateau.",
        "Dame de {p_age} refuse de quitter sa maison.",
        "Sinistré, {p_age}, hébergé à l'hôtel.",
        "Enfant de {p_ageenf} avec sa mère au centre.",
        "Victime âgée de {p_age}, brûlures mineures",
        "Le proprio ({p_age}) a besoin d'aide pour monter ses meubles.",
    ],
    "en_lettres": [
        "Une femme de {p_agemots} a été retrouvée saine et sauve.",
        "Le résident, {p_agemots}, sera relogé chez son fils.",
        "Monsieur a {p_agemots} et vit seul au bout du rang.",
        "Âgée de {p_agemots}, elle habite le secteur depuis toujours.",
        "Jeune de {p_agemots} blessé légèrement.",
        "Il aura {p_agemots} la semaine prochaine, très anxieux.",
    ],
    "abreviation_a": [
        "H {p_agea}, seul, sous-sol inondé",
        "Occupante {p_agea} transportée au CH",
        "pers. âgée ({p_agea}) à évacuer en priorité",
        "F {p_agea} - refuse évac",
        "propriétaire {p_agea} ds le noir",
        "Victime: {p_agea}",
    ],
    "age_de_nombre": [
        "Le monsieur âgé de {p_agenum} ans vit avec sa fille.",
        "Dame âgée de {p_agenum} hébergée à la résidence.",
        "Résidente de {p_agenum} ans, mobilité réduite.",
        "Homme âgé de {p_agenum}, retrouvé en hypothermie.",
        "la madame a {p_agenum} ans pis elle veut pas partir",
        "Occupant âgé de {p_agenum} ans — priorité.",
    ],
    "genaire": [
        "Un {p_genaire} a été évacué par les pompiers.",
        "La dame, {p_genaire}, vit seule dans la maison.",
        "Couple de {p_genaire}s isolé par l'eau.",
        "Sinistré {p_genaire} très affecté.",
        "Une {p_genaire} demande de l'aide pour le formulaire",
        "{p_genaire} en perte d'autonomie, à relocaliser",
    ],
    "decennie": [
        "Homme dans la {p_decennie}, conducteur de la camionnette.",
        "Femme dans la {p_decennie} retrouvée près de la {riv}.",
        "Le locataire, dans la {p_decennie}, a perdu son logement.",
        "Personne disparue : homme dans la {p_decennie}, manteau rouge",
        "Couple dans la {p_decennie}, deux enfants",
        "Témoin dans la {p_decennie} a vu l'éboulement.",
    ],
    "bebe": [
        "Famille avec un bébé de {p_bebe} hébergée au centre.",
        "Bébé de {p_bebe}, besoin de lait maternisé.",
        "Mère et son nourrisson de {p_bebe} évacués par bateau.",
        "Poupon ({p_bebe}) : couches et biberons demandés.",
        "Enfant de {p_bebe} transporté par précaution",
        "bébé {p_bebe} + 2 enfants, famille relogée",
    ],
    "sexe_age_abrege": [
        "Victime {p_sexeage}, inconsciente",
        "Patient: {p_sexeage}, fumée inhalée",
        "{p_sexeage} évacué(e) vers le CH",
        "Occupants : {p_sexeage} et {p_sexeage2}",
        "{p_sexeage} -> hébergement temporaire",
        "1 blessé ({p_sexeage})",
    ],
    "ne_il_y_a": [
        "Il est né il y a {p_age}, dans la même maison.",
        "La dame, née il y a {p_agemots}, a toujours vécu ici.",
        "Né il y a {p_age} sur cette ferme, il refuse de partir.",
        "Elle a fêté ses {p_age} le mois passé.",
        "Il vient d'avoir {p_age}.",
        "Elle fête ses {p_agemots} demain, la famille veut être relogée d'ici là.",
    ],
    "radio_maj": [
        "{heure} HOMME {p_age|upper} EVACUE",
        "VICTIME FEMME {p_agea|upper} CONSCIENTE",
        "PERSONNE AGEE {p_age|upper} SEULE AU 2E",
        "DISPARU: GARCON {p_ageenf|uppernoacc}, CHANDAIL BLEU",
        "ENFANT {p_ageenf|uppernoacc} RETROUVE {heure}",
        "OCCUPANT {p_agea|upper} REFUSE TRANSPORT",
    ],
    "age_avec_nom": [
        "{p_nom}, {p_age}, hébergé chez son frère.",
        "{p_nom} ({p_age}) a besoin de ses médicaments.",
        "{p_nomimm}, {p_agea}, locataire au 2e",
        "Mme {p_famille}, {p_agemots}, vit seule.",
        "{p_prenom} ({p_agea}) évacué avec son chien",
        "Sinistrée: {p_nom}, âgée de {p_agenum} ans",
    ],
    "enfants_famille": [
        "Parents avec enfants de {p_ageenf} et {p_ageenf2}.",
        "Trois enfants (dont un de {p_ageenf}) hébergés.",
        "Ado de {p_ageenf} resté seul à la maison pendant l'évacuation.",
        "La petite de {p_ageenf} a perdu son inhalateur dans l'incendie",
        "Garçon de {p_ageenf} blessé à la jambe",
        "Jumeaux de {p_ageenf}, besoin de vêtements",
    ],
    "parentheses_age": [
        "Propriétaire (âgé de {p_agenum} ans) refuse l'aide.",
        "Le conjoint ({p_age}) est à l'hôpital.",
        "Locataire ({p_agea}) sans assurance.",
        "Victime ({p_agemots}) prise en charge",
        "Occupant (env. {p_age}) non joignable",
        "Personne seule ({p_age})",
    ],
    "apres_deux_points": [
        "Âge : {p_age}",
        "Âge de la victime: {p_agenum} ans",
        "Âge approx.: {p_decennie}",
        "âge: {p_agea}",
        "Age du demandeur : {p_age}",
        "Âge déclaré : {p_agemots}",
    ],
    "age_franglais": [
        "Old man, {p_age}, stuck au 2e étage",
        "Lady {p_agea}, lives alone, besoin d'un lift",
        "Le kid de {p_ageenf} est safe avec sa tante",
        "Un guy dans la {p_decennie}, vu near le pont",
        "Senior de {p_age} needs help avec ses pilules",
        "Victim is {p_agenum} years old",
    ],
    "coquille_age": [
        "Damme de {p_agenum} ans évacuée",
        "homme agé de {p_agenum} ans trouvé ds son garrage",
        "persone de {p_agea} seule",
        "{p_age} ,vit seul ,pas d'auto",
        "femme d'environ {p_age} ,blessé",
        "agee {p_agenum}ans",
    ],
    "plus_moins": [
        "Homme d'environ {p_age}, non identifié.",
        "Femme approx. {p_agea}, vêtue d'un imperméable.",
        "Conducteur +/- {p_age}",
        "Victime d'à peu près {p_agemots}",
        "Jeune d'environ {p_ageenf}, avec un vélo",
        "Adulte ~{p_agenum} ans, conscient",
    ],
    "age_repete": [
        "{p_age}. Oui, {p_age}. Vit seul.",
        "Elle a {p_agemots} ({p_agemots}!) et conduit encore.",
        "Âge {p_agea} — confirmer {p_agea}",
        "{p_age} selon la voisine, {p_age} selon sa fiche",
        "Âgé de {p_agenum}, je répète {p_agenum}.",
        "{p_agemots}... {p_agemots} ans seul dans sa maison",
    ],
    "aine_vulnerable": [
        "Personne vulnérable: {p_genaire} en fauteuil.",
        "Aînée de {p_agevieux} sans famille proche.",
        "Liste des aînés: {p_nom} ({p_agevieux}), {p_nom2} ({p_agevieux2}).",
        "{p_genaire} malentendant, passer en personne",
        "Aîné de {p_agevieux} relocalisé en RPA",
        "Personne âgée ({p_agevieux}) sans moyen de transport",
    ],
    "debut_cellule": [
        "{p_age}, sexe masculin, sans blessure.",
        "{p_agemots}, autonome, hébergée chez sa fille.",
        "{p_agea} - seul - sans voiture",
        "{p_genaire|cap}, refuse l'évacuation.",
        "{p_age|cap} et toute sa tête, dixit la voisine.",
        "{p_bebe|cap}, besoin de couches",
    ],
}

FAMILIES["date_naissance"] = {
    "ne_le": [
        "Sinistré né le {p_dn}, hébergé au motel.",
        "Propriétaire né le {p_dn}, veuf.",
        "Née le {p_dn}, elle habite seule.",
        "La requérante est née le {p_dn}.",
        "Enfant né le {p_dn}",
        "Le locataire, né le {p_dn}, n'a pas d'assurance.",
    ],
    "ddn_iso": [
        "DDN {p_dniso}",
        "DDN: {p_dniso} — vérifier avec la RAMQ",
        "ddn {p_dniso}, sexe F",
        "Date de naissance : {p_dniso}",
        "{p_nom}, DDN {p_dniso}",
        "D.D.N. {p_dniso}",
    ],
    "slash": [
        "Né(e) le {p_dnslash}",
        "DN: {p_dnslash}",
        "date naiss. {p_dnslash}",
        "{p_nom} ({p_dnslash})",
        "Naissance {p_dnslash} / sexe M",
        "né {p_dnslash} à {muni}",
    ],
    "annee_seule": [
        "Monsieur est né en {p_annee}, il a bâti la maison lui-même.",
        "Née en {p_annee}, elle vit au même endroit depuis toujours.",
        "Sinistré (né en {p_annee}) refuse de partir.",
        "Enfant né en {p_annee}",
        "Année de naissance : {p_annee}",
        "Né en {p_annee} selon sa carte",
    ],
    "en_lettres": [
        "Il est né le {p_dnmots}.",
        "Naissance : {p_dnmots}",
        "La dame est née le {p_dnmots}, selon sa fille.",
        "Né le {p_dnmots} (dicté au téléphone)",
        "née le {p_dnmots}",
        "date de naissance dictée: {p_dnmots}",
    ],
    "mois_annee": [
        "Né en {p_dnmois}, selon le formulaire.",
        "Bébé né en {p_dnmois}, besoin de lait.",
        "Née en {p_dnmois}",
        "Le fils, né en {p_dnmois}, est à l'école.",
        "naissance {p_dnmois}",
        "Enfant né en {p_dnmois} évacué avec sa mère",
    ],
    "anglais": [
        "DOB {p_dnen}",
        "Date of birth: {p_dnen}",
        "born {p_dnen}, lives alone",
        "{p_nom} DOB {p_dnen}",
        "DOB: {p_dnen} (à confirmer)",
        "b. {p_dnen}",
    ],
    "formulaire_nom_ddn": [
        "Nom: {p_nom} | DDN: {p_dniso}",
        "{p_nominv} - {p_dnslash}",
        "Identification: {p_nom}, né le {p_dn}",
        "{p_nom}; {p_dnslash}; {p_tel}",
        "Bénéficiaire {p_nom} ({p_dniso})",
        "{p_nom|upper} {p_dnslash}",
    ],
    "majuscules": [
        "NE LE {p_dn|uppernoacc}",
        "VICTIME NEE LE {p_dnslash}",
        "DDN {p_dnslash} CONFIRMEE",
        "OCCUPANT NE EN {p_annee}",
        "DATE NAISS {p_dniso}",
        "NEE LE {p_dn|upper}",
    ],
    "parentheses": [
        "Le père (né le {p_dn}) accompagne les enfants.",
        "Demandeur ({p_dnslash}) sans revenu.",
        "Occupante (née en {p_annee}) transférée au CHSLD.",
        "Victime ({p_dniso}) identifiée",
        "Locataire (DDN {p_dniso})",
        "Enfant ({p_dnslash})",
    ],
    "sms": [
        "il est né le {p_dn|lower} si jme trompe pas",
        "ddn {p_dnslash} pr le dossier",
        "née en {p_annee} jpense",
        "sa ddn c {p_dniso}",
        "ddn?? {p_dnslash} ok",
        "née {p_dn|lowernoacc} svp valider",
    ],
    "anniversaire": [
        "Fête le {p_dn} (il va avoir tout un anniversaire...)",
        "Son anniversaire : {p_dn}",
        "Née un {p_dn}, même jour que sa mère",
        "Anniversaire le {p_dn}, la famille veut la relocaliser avant",
        "Fêtée le {p_dn} au centre d'hébergement",
        "né un {p_dn}",
    ],
    "liste_membres": [
        "Membres du ménage : {p_prenom} ({p_dnslash}), {p_prenom2} ({p_dnslash2})",
        "- Conjoint: {p_dniso}\n- Enfant: {p_dniso2}",
        "Enfants nés en {p_annee} et {p_annee2}",
        "Occupants: adulte {p_dnslash}; enfant {p_dnslash2}",
        "Ménage: 2 adultes ({p_annee}, {p_annee2})",
        "{p_prenom} {p_dniso} / {p_prenom2} {p_dniso2}",
    ],
    "compact_numerique": [
        "Naiss.: {p_dniso}",
        "DN {p_dnslash}",
        "ddn={p_dniso}",
        "Né: {p_dnslash}",
        "[DDN {p_dniso}]",
        "naissance:{p_dnslash}",
    ],
    "coquilles": [
        "née le {p_dn|typo}",
        "Date de naisance: {p_dnslash}",
        "né le {p_dn|noacc}",
        "Date de naissace {p_dniso}",
        "nee en {p_annee} ,vit seul",
        "ne le {p_dn|noacc}",
    ],
    "annee_dicte": [
        "Né en {p_annee} (dit-il)",
        "Elle dit être née en {p_annee}",
        "Selon le voisin, il est né en {p_annee}",
        "né autour de {p_annee}",
        "Née en l'an {p_annee}",
        "La maison a été bâtie par son père; lui est né en {p_annee}",
    ],
    "naissance_bebe": [
        "Bébé né le {p_dnbebe}, prématuré.",
        "Nouveau-né ({p_dnbebe}) avec sa mère au centre",
        "Le bébé est né le {p_dnbebe}, la mère est épuisée",
        "Naissance récente ({p_dnbebe}) — besoin d'un berceau",
        "Nourrisson né le {p_dnbebe}",
        "bébé DDN {p_dnbebe}",
    ],
    "verification_identite": [
        "Identité vérifiée: date de naissance {p_dn}.",
        "Confirmé avec permis : né le {p_dnslash}",
        "Vérif. RAMQ, DDN {p_dniso} concorde",
        "Carte d'assurance maladie vue, née le {p_dn}",
        "Validation identité — DDN {p_dnslash} ok",
        "La DDN {p_dniso} ne correspond pas au dossier",
    ],
    "debut_cellule": [
        "{p_dniso} - date de naissance du requérant",
        "{p_dnslash} : DDN conjoint",
        "{p_dn|cap}, date de naissance déclarée.",
        "{p_annee} (année de naissance)",
        "{p_dnmots|cap} — née ce jour-là selon elle",
        "{p_dnen} (DOB)",
    ],
    "age_et_ddn": [
        "{p_age}, né le {p_dn}",
        "Née le {p_dnslash} ({p_age})",
        "DDN {p_dniso}, donc {p_age}",
        "né en {p_annee}, il a {p_agemots}",
        "{p_agea} (DDN {p_dniso})",
        "Âge {p_age} / né le {p_dn}",
    ],
}

FAMILIES["sante"] = {
    "diagnostic": [
        "Le résident est atteint de {p_sante}, évacuation prioritaire.",
        "Madame souffre de {p_sante}; la fille est avisée.",
        "Sinistré avec {p_sante}, hébergement adapté requis.",
        "Occupant connu pour {p_sante}.",
        "Elle a un diagnostic de {p_sante} depuis l'an passé.",
        "Homme seul, {p_sante}, à visiter chaque jour.",
    ],
    "abreviation_medicale": [
        "Pt connu {p_santeabr}, O2 à domicile",
        "Antécédents: {p_santeabr}, {p_santeabr2}",
        "Dame {p_santeabr} à relocaliser en priorité",
        "H 78 ans, {p_santeabr}",
        "ATCD {p_santeabr} + {p_sante}",
        "{p_santeabr} connu, suivi CLSC",
    ],
    "medicaments": [
        "Il a laissé son {p_medic} à la maison, besoin urgent.",
        "Prend du {p_medic} chaque jour; pharmacie contactée.",
        "Demande de renouvellement pour son {p_medic}.",
        "Médication: {p_medic}, {p_medic2}",
        "Sous {p_medic}, ne pas interrompre",
        "A manqué sa dose de {p_medic} ce matin",
    ],
    "equipement": [
        "Résidente avec {p_equip}, besoin d'une génératrice.",
        "Monsieur utilise un {p_equip}, panne critique.",
        "Évacuation difficile: {p_equip} au 2e étage.",
        "Transport adapté requis ({p_equip}).",
        "{p_equip} à récupérer dans la maison inondée",
        "A besoin de courant pour son {p_equip}",
    ],
    "dialyse_oxygene": [
        "Patient en {p_traitement} trois fois par semaine, transport à organiser.",
        "Dépendant à l'oxygène; {p_equip} sur batterie, autonomie 4 h.",
        "La dame a ses traitements de {p_traitement} à l'hôpital de {muni}.",
        "Rendez-vous de {p_traitement} manqué à cause de la route fermée.",
        "Sous {p_equip} 24/24",
        "{p_traitement|cap} : rendez-vous reporté, aviser le médecin",
    ],
    "sante_mentale": [
        "Sinistré avec historique de {p_mental}, suivi psychosocial demandé.",
        "Propriétaire en {p_mental} depuis l'incendie.",
        "Fils connu pour {p_mental}, intervenant du CLSC avisé.",
        "Locataire: {p_mental} (info de la travailleuse sociale)",
        "Signes de {p_mental}, référé au 811",
        "Dame en {p_mental}, ne pas laisser seule",
    ],
    "dependance": [
        "Homme, {p_dep}, refuse l'hébergement en centre.",
        "Occupant connu pour {p_dep} — prudence.",
        "Locataire en {p_dep}, suivi avec l'organisme communautaire",
        "Possible {p_dep}, bouteilles partout dans le logement",
        "Historique de {p_dep} selon la famille",
        "{p_dep|cap} : référé au CRD",
    ],
    "grossesse": [
        "Femme {p_grossesse}, évacuée en premier.",
        "La conjointe est {p_grossesse}, transport par ambulance.",
        "Sinistrée {p_grossesse} hébergée près de l'hôpital.",
        "Occupante: {p_grossesse}",
        "madame {p_grossesse} ds le noir depuis hier",
        "Jeune femme ({p_grossesse}) relogée",
    ],
    "allergies": [
        "Enfant ({p_allergie}), prévoir repas adapté au centre.",
        "Attention: {p_allergie}",
        "Sinistré {p_allergie} — aviser la cuisine",
        "Note pour la Croix-Rouge : {p_allergie}",
        "La petite : {p_allergie}",
        "{p_allergie|cap} (confirmé par la mère)",
    ],
    "curatelle_inaptitude": [
        "Monsieur est {p_curatelle}, contacter le curateur avant toute décision.",
        "Résidente {p_curatelle} — signature du mandataire requise.",
        "Personne {p_curatelle}, ne peut signer le formulaire.",
        "Occupant {p_curatelle}; intervenante avisée",
        "Dame {p_curatelle}, fils mandataire",
        "Statut: {p_curatelle}",
    ],
    "coquilles_sante": [
        "la madame fait du {p_santetypo}",
        "monsieur {p_santetypo} seul ds la maison",
        "atteint d'{p_santetypo} selon sa fille",
        "Résident {p_santetypo}, besoin d'aide",
        "il a l'{p_santetypo} pis sa femme aussi",
        "pt {p_santetypo} a relocaliser",
    ],
    "handicap_mobilite": [
        "Personne avec {p_equip}, aucun ascenseur dans l'immeuble.",
        "Monsieur est {p_handicap}, accompagnement requis.",
        "Occupante à mobilité réduite ({p_equip}).",
        "Déplacement seulement avec {p_equip}",
        "Locataire {p_handicap}; évacuation assistée",
        "Besoin d'un {p_equip} au centre d'hébergement",
    ],
    "radio_maj": [
        "{heure} PERSONNE {p_santeabr} AU 2E, DEMANDE AMBULANCE",
        "OCCUPANT SOUS {p_equip|uppernoacc}, PANNE, PRIORITE 1",
        "VICTIME {p_sante|uppernoacc} TRANSPORTEE",
        "RESIDENT {p_santeabr} REFUSE TRANSPORT",
        "FEMME {p_grossesse|uppernoacc} A EVACUER",
        "PT {p_medic|upper} MANQUANT",
    ],
    "nom_et_sante": [
        "{p_nom} a besoin de son {p_equip}.",
        "{p_nom} ({p_sante}) hébergé au CHSLD temporairement.",
        "Mme {p_famille} : {p_santeabr}, {p_medic}",
        "{p_nomimm}, {p_grossesse}, à suivre",
        "{p_prenom} est en {p_sante}, sa sœur s'en occupe",
        "{p_nom|upper} - {p_santeabr}",
    ],
    "soins_domicile": [
        "Reçoit des soins à domicile du CLSC pour {p_sante}.",
        "Infirmière à domicile 2x/sem. pour {p_sante}.",
        "Préposée du CLSC vient chaque matin ({p_sante}).",
        "Pansements à changer (suite à {p_sante})",
        "Soins palliatifs à domicile — {p_sante}",
        "SAD pour {p_santeabr}",
    ],
    "blessure_evenement": [
        "Le propriétaire s'est fait une {p_blessure} en pelletant le toit.",
        "Résident avec {p_blessure} suite à la chute dans l'escalier inondé.",
        "Victime: {p_blessure}, transportée au CH.",
        "Blessé: {p_blessure}",
        "Il a subi une {p_blessure}, suivi en physio",
        "{p_blessure|cap} constatée par les ambulanciers",
    ],
    "franglais": [
        "Lady on {p_medic}, needs her meds asap",
        "Il est full {p_santetypo}, faut checker ses pills",
        "Guy with {p_santeabr}, oxygen tank presque vide",
        "Resident en wheelchair — {p_equip} stuck au sous-sol",
        "Kid: {p_allergie}, ok pour le lunch?",
        "She's {p_grossesse}, on la move en premier",
    ],
    "liste_besoins": [
        "Besoins : {p_medic}; {p_equip}; repas sans sel",
        "- {p_sante}\n- {p_medic}\n- transport adapté",
        "Besoins particuliers: {p_equip}, {p_allergie}",
        "À prévoir: {p_medic}, {p_equip}",
        "Besoins spéciaux -> {p_santeabr}, {p_equip}",
        "1) {p_sante} 2) {p_medic}",
    ],
    "parentheses": [
        "Occupante vulnérable ({p_sante}) à visiter.",
        "Évacué en ambulance ({p_santeabr}).",
        "Priorité 1 ({p_equip})",
        "Le fils ({p_mental}) reste avec sa mère",
        "Hébergée chez sa sœur ({p_grossesse})",
        "Refuse de partir (malgré {p_sante})",
    ],
    "apres_deux_points": [
        "Condition médicale : {p_sante}",
        "État de santé: {p_santeabr}",
        "Particularité: {p_equip}",
        "Médication : {p_medic}",
        "Santé: {p_mental}",
        "Diagnostic : {p_sante}",
    ],
}

FAMILIES["courriel"] = {
    "standard": [
        "Courriel du sinistré : {p_mail}",
        "Envoyer les formulaires à {p_mail}.",
        "Réponse reçue de {p_mail} ce matin.",
        "Le propriétaire préfère être joint par courriel ({p_mail}).",
        "Écrire à {p_mail} pour les photos",
        "Adresse courriel: {p_mail}",
    ],
    "obfusque": [
        "Courriel : {p_mailobf}",
        "Son courriel c'est {p_mailobf}",
        "Écrire à {p_mailobf}",
        "email {p_mailobf} (dicté au tél.)",
        "contact: {p_mailobf}",
        "Joindre par courriel ({p_mailobf})",
    ],
    "espaces_arobase": [
        "courriel {p_mailsp}",
        "Courriel fourni: {p_mailsp}",
        "Mail : {p_mailsp}",
        "envoyer ds {p_mailsp}",
        "Adr. courriel {p_mailsp}",
        "{p_mailsp} (vérifier l'orthographe)",
    ],
    "professionnel": [
        "Joindre au travail : {p_mailpro}",
        "Courriel de l'employeur du sinistré: {p_mailpro}",
        "Elle a écrit de {p_mailpro}",
        "Copie à {p_mailpro}",
        "Transmis par {p_mailpro}",
        "Répondre à {p_mailpro} seulement",
    ],
    "nom_et_courriel": [
        "{p_nom} — {p_mail}",
        "{p_nom} <{p_mail}>",
        "Contact: {p_nom} ({p_mail})",
        "{p_nominv}; {p_mail}",
        "{p_nom}, courriel {p_mail}, tél. {p_tel}",
        "Mme {p_famille} / {p_mail}",
    ],
    "majuscules": [
        "COURRIEL {p_mail|upper}",
        "CONTACT {p_mail|upper} POUR SUIVI",
        "EMAIL: {p_mail|upper}",
        "RAPPEL PAR COURRIEL A {p_mail|upper}",
        "ENVOI {p_mail|upper}",
        "ADR COURRIEL {p_mail|upper}",
    ],
    "sms": [
        "jlui ai écrit ds {p_mail}",
        "son mail c {p_mail} svp envoyer le lien",
        "envoie ça à {p_mail} stp",
        "ok mail {p_mail}",
        "pas reçu de réponse de {p_mail} encore",
        "{p_mail} ← son courriel",
    ],
    "debut_cellule": [
        "{p_mail} : demande d'aide financière reçue.",
        "{p_mail} - formulaire complété",
        "{p_mail}, préfère le courriel au téléphone",
        "{p_mail}. Pas de téléphone.",
        "{p_mailsp} — accusé de réception envoyé",
        "{p_mail} / photos jointes",
    ],
    "repete": [
        "Courriel {p_mail}. Je répète : {p_mail}.",
        "{p_mail} (confirmé {p_mail})",
        "Écrire à {p_mail}; si pas de réponse, réécrire à {p_mail}",
        "{p_mail} OK — {p_mail} validé",
        "envoyé à {p_mail}, renvoyé à {p_mail}",
        "courriel: {p_mail} // {p_mail}",
    ],
    "deux_courriels": [
        "Courriels : {p_mail} et {p_mail2}",
        "{p_mail}, {p_mail2}",
        "Écrire à {p_mail} (lui) ou {p_mail2} (elle)",
        "cc {p_mail}; {p_mail2}",
        "Contacts: {p_mail} / {p_mailpro}",
        "Envoyer à {p_mail} + copie {p_mail2}",
    ],
    "plus_alias": [
        "Courriel avec alias: {p_mailplus}",
        "utilise {p_mailplus} pour les réclamations",
        "Adresse fournie : {p_mailplus} (alias à conserver)",
        "{p_mailplus} (filtre courriel)",
        "Répondre sur {p_mailplus}",
        "Courriel: {p_mailplus}",
    ],
    "parentheses": [
        "Demande reçue par courriel ({p_mail}).",
        "La fille du sinistré ({p_mail}) gère le dossier.",
        "Réponse attendue ({p_mail})",
        "Photos transmises ({p_mailsp})",
        "Contact par courriel seulement ({p_mail}), pas de cell",
        "Voir échange ({p_mail}) du {date}",
    ],
    "anglais": [
        "Email: {p_mail}",
        "Please send the forms to {p_mail}",
        "Contact by email only — {p_mail}",
        "Sent reminder to {p_mail}",
        "Her email is {p_mail}",
        "Reply from {p_mail} received",
    ],
    "avec_telephone": [
        "Joindre au {p_tel} ou par courriel {p_mail}",
        "{p_mail} / {p_tel}",
        "Tél. {p_tel} — courriel {p_mail}",
        "Cell: {p_tel}; mail: {p_mail}",
        "{p_tel}, {p_mail}",
        "Coordonnées : {p_mail}, {p_telpar}",
    ],
    "chevrons_mailto": [
        "<{p_mail}>",
        "mailto:{p_mail}",
        "De : <{p_mail}>",
        "Répondre à <{p_mail}>",
        "lien mailto:{p_mail} dans la fiche",
        "Expéditeur <{p_mail}> le {date}",
    ],
    "dicte_epele": [
        "Courriel dicté : {p_mailobf}, à confirmer",
        "Elle a épelé {p_mailobf}",
        "Dit au téléphone : {p_mailobf}",
        "email épelé: {p_mailobf}",
        "Note manuscrite : {p_mailobf}",
        "Selon la voisine: {p_mailobf}",
    ],
    "liste_puces": [
        "- courriel : {p_mail}\n- préfère le soir",
        "• {p_mail}\n• pas de téléphone",
        "* Courriel: {p_mail}",
        "- Contact : {p_mailsp}",
        "-> {p_mail}",
        "- {p_mail} (principal)\n- {p_mail2} (secondaire)",
    ],
    "coquille": [
        "courriel {p_mail} (il manque peut-être une lettre)",
        "couriel: {p_mail}",
        "corriel {p_mail}",
        "adresse courriel : {p_mail} ,merci",
        "e-mail:{p_mail}",
        "courriel:{p_mail}",
    ],
    "fin_phrase_point": [
        "La sinistrée veut recevoir la décision par courriel à {p_mail}.",
        "Confirmation envoyée à {p_mail}.",
        "Le rapport d'inspection sera transmis à {p_mail}.",
        "Lien vers le formulaire envoyé à {p_mail}.",
        "Accusé de réception transmis à {p_mail}.",
        "Pour toute question, il écrira à {p_mail}.",
    ],
    "mandataire": [
        "Le fils gère le dossier: {p_mail}",
        "Mandataire (notaire) : {p_mailpro}",
        "Courriel de la fille qui s'occupe de tout : {p_mail}",
        "Le gendre ({p_mail}) fait les démarches",
        "Tout passe par la sœur : {p_mail}",
        "Représentant du sinistré: {p_mail}",
    ],
}

FAMILIES["telephone"] = {
    "standard": [
        "Joindre le sinistré au {p_tel}.",
        "Rappeler au {p_tel} après 17h.",
        "Tél. : {p_tel}",
        "Le propriétaire a laissé son numéro: {p_tel}",
        "Numéro de cell du proprio {p_tel}",
        "Appeler {p_tel} pour fixer la visite",
    ],
    "parentheses_points": [
        "Tél. {p_telpar}",
        "Rejoindre au {p_telpar} (cell)",
        "Numéro: {p_telpar}",
        "Elle attend un appel au {p_telpar}.",
        "{p_telpar} - laisser un message",
        "Cell {p_telpar}",
    ],
    "sans_frais": [
        "Sa fille appelle du {p_telsf}, à rappeler.",
        "Numéro sans frais laissé par le fils à l'étranger: {p_telsf}",
        "Rappel au {p_telsf}",
        "Le sinistré dit qu'on peut le joindre au {p_telsf}",
        "Contact: {p_telsf}",
        "Le gendre (camionneur) : {p_telsf}",
    ],
    "poste": [
        "Joindre au travail: {p_telposte}",
        "Elle travaille de jour, {p_telposte}",
        "Tél. bureau {p_telposte}",
        "Rappeler au {p_telposte} entre 9h et 16h",
        "Travail: {p_telposte}",
        "Au boulot : {p_telposte}",
    ],
    "en_lettres": [
        "Numéro dicté : {p_telmots}",
        "Il a donné son numéro: {p_telmots}",
        "Tél. (dicté à la radio) {p_telmots}",
        "cell: {p_telmots}",
        "Rappeler au {p_telmots}",
        "Numéro épelé par la dame : {p_telmots}",
    ],
    "sept_chiffres": [
        "Appeler au {p_tellocal}, c'est local.",
        "Tél. maison {p_tellocal}",
        "le voisin a le {p_tellocal}",
        "Numéro: {p_tellocal} (sans indicatif)",
        "joindre au {p_tellocal} svp",
        "Rappeler {p_tellocal}",
    ],
    "international": [
        "Cell: {p_telint}",
        "Joindre au {p_telint}",
        "Tél.: {p_telint}",
        "Le fils appelle du {p_telint}",
        "Numéro fourni: {p_telint}",
        "Contact d'urgence {p_telint}",
    ],
    "colle": [
        "tel {p_telsans}",
        "Num: {p_telsans}",
        "cell{p_telsans}",
        "Rappel {p_telsans} svp",
        "#{p_telsans}",
        "TEL:{p_telsans}",
    ],
    "nom_et_tel": [
        "{p_nom} - {p_tel}",
        "Contact: {p_nom}, {p_tel}",
        "{p_nom} ({p_tel})",
        "Mme {p_famille} au {p_tel}",
        "{p_nominv} / {p_telpar}",
        "{p_prenom}: {p_tellocal}",
    ],
    "sms": [
        "appel moi au {p_tel} stp",
        "rappel {p_tel} asap",
        "y a laissé son # {p_tel}",
        "texte le {p_tel} pour confirmer",
        "son cell c {p_tel}",
        "ok jai son nb: {p_tel}",
    ],
    "radio_maj": [
        "{heure} RAPPELER REQUERANT AU {p_tel}",
        "NO TEL {p_tel}",
        "CONTACT FAMILLE {p_tel} SANS REPONSE",
        "DEMANDE RAPPEL {p_telpar}",
        "APPELANT {p_tel} SIGNALE FUMEE",
        "TEL CONTACT {p_tel} REPOND PAS",
    ],
    "deux_numeros": [
        "Maison {p_tel}, cell {p_tel2}",
        "Tél.: {p_tel} / {p_tel2}",
        "Joindre au {p_tel} ou au {p_tel2} (conjoint)",
        "{p_tel}; {p_tel2}",
        "Rés. {p_telpar} - trav. {p_telposte}",
        "Numéros: {p_tel}, {p_tellocal}",
    ],
    "repete": [
        "{p_tel} — je répète {p_tel}",
        "Tél. {p_tel}. Confirmé {p_tel}.",
        "Numéro {p_tel} (rappelé au {p_tel} sans succès)",
        "{p_tel} / {p_tel} (doublon)",
        "appelé {p_tel} 3 fois; {p_tel} boîte vocale pleine",
        "{p_tel}. Oui: {p_tel}.",
    ],
    "debut_cellule": [
        "{p_tel} : propriétaire, rappeler",
        "{p_tel} - pas de réponse",
        "{p_telpar}, boîte vocale",
        "{p_tel} (cell de la fille)",
        "{p_tel}. Refoulement d'égout.",
        "{p_telint} - famille à l'extérieur",
    ],
    "anglais": [
        "Call back at {p_tel}",
        "Phone: {p_tel}",
        "Cell {p_tel}, text only",
        "Her number is {p_tel}",
        "Left a voicemail at {p_tel}",
        "Best number: {p_telpar}",
    ],
    "urgence_proche": [
        "Contact d'urgence : sa sœur au {p_tel}.",
        "En cas d'urgence, appeler le fils au {p_tel}",
        "Personne à joindre: voisine, {p_tel}",
        "Proche aidant: {p_tel}",
        "Le neveu gère tout: {p_tel}",
        "Joindre la fille ({p_tel}) avant toute décision",
    ],
    "liste_puces": [
        "- tél. : {p_tel}\n- disponible le soir",
        "• Cell: {p_tel}",
        "* {p_tel} (maison)",
        "- {p_tel}\n- {p_tel2}",
        "-> rappeler au {p_tel}",
        "- Numéro : {p_telpar}",
    ],
    "coquille": [
        "tèl: {p_tel}",
        "telphone {p_tel}",
        "nuémro {p_tel}",
        "cellualire {p_tel}",
        "téléphonne: {p_tel}",
        "rapeller {p_tel}",
    ],
    "fin_phrase": [
        "Le sinistré souhaite être rappelé au {p_tel}.",
        "Pour la visite de l'évaluateur, appeler au {p_tel}.",
        "Elle demande qu'on la rappelle au {p_tel}.",
        "Le voisin qui a les clés répond au {p_tel}.",
        "Toute information supplémentaire au {p_tel}.",
        "Il est hébergé chez sa sœur, joignable au {p_tel}.",
    ],
    "telecopieur": [
        "Télécopieur du notaire du sinistré : {p_tel}",
        "Fax {p_tel}",
        "Envoyer par fax au {p_telpar}",
        "Téléc. {p_tel}",
        "Documents faxés du {p_tel}",
        "FAX: {p_tel}",
    ],
}

FAMILIES["plaque"] = {
    "standard": [
        "Véhicule immatriculé {p_plaque} abandonné dans la zone inondée.",
        "Plaque {p_plaque}, camionnette grise dans le fossé.",
        "Voiture du sinistré ({p_plaque}) submergée.",
        "Immatriculation: {p_plaque}",
        "Auto {p_plaque} stationnée devant la borne-fontaine",
        "Pick-up rouge plaque {p_plaque}",
    ],
    "commercial": [
        "Camion {p_plaquef} bloque l'accès au rang.",
        "Véhicule lourd immatriculé {p_plaquef} renversé.",
        "Camion de l'entrepreneur privé, plaque {p_plaquef}",
        "Remorqueuse {p_plaquef} sur place",
        "Taxi {p_plaquef} embourbé",
        "Camion-citerne privé {p_plaquef}",
    ],
    "remorque": [
        "Remorque {p_plaquer} emportée par le courant.",
        "Roulotte (plaque {p_plaquer}) sur le terrain inondé.",
        "Remorque plate {p_plaquer} avec VTT dessus",
        "Plaque de la remorque: {p_plaquer}",
        "Roulotte de chantier {p_plaquer} à déplacer",
        "Trailer {p_plaquer} dans le chemin",
    ],
    "moto_vr": [
        "Motocyclette {p_plaquem} retrouvée près du pont.",
        "Moto immatriculée {p_plaquem}",
        "Plaque moto: {p_plaquem}",
        "VR {p_plaquem} laissé au camping inondé",
        "Scooter {p_plaquem} volé pendant l'évacuation",
        "Motoneige/moto {p_plaquem}",
    ],
    "autre_province": [
        "Véhicule de l'Ontario {p_plaqueon} en panne sur la {route}.",
        "Plaque N.-B. {p_plaqueon}",
        "Touriste albertain, plaque {p_plaqueon}",
        "Voiture ontarienne {p_plaqueon} abandonnée",
        "Immatriculation hors Québec: {p_plaqueon}",
        "Plaque du Vermont {p_plaqueon}",
    ],
    "radio_maj": [
        "{heure} VEHICULE {p_plaque} DANS LE FOSSE",
        "VERIF PLAQUE {p_plaque} - PROPRIO AVISE",
        "10-28 {p_plaque}",
        "PLAQUE {p_plaque} REMORQUEE",
        "AUTO {p_plaque} SUBMERGEE, PERSONNE A BORD",
        "CAMION {p_plaquef} EN TRAVERS",
    ],
    "sms": [
        "lauto c la {p_plaque}",
        "plaque {p_plaque|lower} ds le stationnement",
        "jai noté la plaque: {p_plaque}",
        "le char {p_plaque} bloque toute",
        "check la plaque {p_plaque} stp",
        "pick up {p_plaque} encore là",
    ],
    "nom_et_plaque": [
        "{p_nom}, véhicule {p_plaque}",
        "Auto de {p_nom} ({p_plaque}) submergée",
        "{p_nom} — plaque {p_plaque}",
        "Proprio du {p_plaque}: {p_nom}",
        "Mme {p_famille}, plaque {p_plaque}",
        "{p_nomimm}: voiture {p_plaque} perte totale",
    ],
    "parentheses": [
        "Camionnette blanche ({p_plaque}) dans le stationnement de l'aréna.",
        "VTT et remorque ({p_plaquer}) au bout du quai",
        "Véhicule récupéré ({p_plaque})",
        "Voiture (plaque {p_plaque}) à déplacer",
        "Auto du locataire ({p_plaque}) endommagée",
        "Camion ({p_plaquef}) du voisin",
    ],
    "debut_cellule": [
        "{p_plaque} : véhicule remorqué",
        "{p_plaque} - perte totale",
        "{p_plaque}, clés sur le contact",
        "{p_plaquef} en panne",
        "{p_plaque}. Pas d'occupant.",
        "{p_plaquer} (remorque)",
    ],
    "liste": [
        "Véhicules sur le site : {p_plaque}, {p_plaque2}, {p_plaque3}",
        "- {p_plaque}\n- {p_plaque2}",
        "Plaques notées: {p_plaque}; {p_plaquef}",
        "À remorquer: {p_plaque} / {p_plaque2}",
        "Autos submergées: {p_plaque}, {p_plaque2}",
        "1) {p_plaque} 2) {p_plaquem}",
    ],
    "repete": [
        "{p_plaque} ... je répète {p_plaque}",
        "Plaque {p_plaque} (confirmé {p_plaque})",
        "{p_plaque} vu ce matin, {p_plaque} encore là ce soir",
        "Véhicule {p_plaque}; propriétaire du {p_plaque} avisé",
        "{p_plaque} / {p_plaque}",
        "plaque {p_plaque}, oui {p_plaque}",
    ],
    "stationnement_evac": [
        "Véhicule {p_plaque} laissé dans la zone évacuée, à surveiller",
        "Stationnement de l'école: auto {p_plaque} depuis 3 jours",
        "Remorquage du {p_plaque} pour dégager la voie des pompiers",
        "Voiture {p_plaque} nuit aux opérations de déneigement",
        "Le {p_plaque} bloque la borne-fontaine",
        "Contravention remise au véhicule {p_plaque}",
    ],
    "anglais": [
        "Plate {p_plaque}, blue sedan",
        "License plate: {p_plaque}",
        "Car with plate {p_plaqueon} stuck in the snow",
        "Truck {p_plaquef} blocking the road",
        "Plate # {p_plaque}",
        "Owner of {p_plaque} contacted",
    ],
    "apres_deux_points": [
        "Plaque : {p_plaque}",
        "Immat.: {p_plaque}",
        "No de plaque: {p_plaque}",
        "Plaque véhicule: {p_plaque}",
        "Immatriculation : {p_plaquef}",
        "PLAQUE: {p_plaque}",
    ],
    "collee_minuscule": [
        "plaque {p_plaque|lower}",
        "immat {p_plaque|lower}",
        "auto {p_plaque|lower} ds le fossé",
        "véh. {p_plaque|lower}",
        "pl. {p_plaque|lower}",
        "{p_plaque|lower} remorquée",
    ],
    "saaq_proprietaire": [
        "Vérif. SAAQ : {p_plaque} appartient au sinistré",
        "Plaque {p_plaque} enregistrée au nom du locataire",
        "Selon la SAAQ, le {p_plaque} est au nom de la conjointe",
        "Véhicule {p_plaque} immatriculé à {muni}",
        "SAAQ confirme {p_plaque}",
        "Recherche SAAQ du {p_plaque} demandée",
    ],
    "bateau_vtt": [
        "VTT immatriculé {p_plaquem} abandonné sur la berge",
        "Bateau sur remorque {p_plaquer} emporté par la crue",
        "Motoneige {p_plaquem} passée au travers de la glace",
        "VTT {p_plaquem} appartenant au voisin",
        "Ponton sur remorque ({p_plaquer})",
        "Côte-à-côte {p_plaquem} embourbé",
    ],
    "accident": [
        "Collision entre {p_plaque} et {p_plaque2} sur la {route}.",
        "Sortie de route du véhicule {p_plaque} au km {km}.",
        "Le {p_plaque} a percuté un poteau d'Hydro",
        "Délit de fuite — plaque partielle {p_plaque}",
        "Véhicule {p_plaque} emporté par l'eau au ponceau",
        "Accident impliquant le camion {p_plaquef}",
    ],
    "majuscules_collees": [
        "VEH {p_plaque} OK",
        "VEH.{p_plaque}",
        "IMMAT:{p_plaque}",
        "PL:{p_plaquef}",
        "V/{p_plaque}",
        "VEH#{p_plaque}",
    ],
}

FAMILIES["identifiant"] = {
    "nas": [
        "NAS du demandeur : {p_nas}",
        "Numéro d'assurance sociale {p_nas} fourni pour l'aide.",
        "NAS {p_nas}",
        "nas: {p_nas} (à retirer du dossier)",
        "Le sinistré a donné son NAS ({p_nas})",
        "No ass. sociale {p_nas}",
    ],
    "ramq": [
        "RAMQ {p_ramq}",
        "Carte soleil : {p_ramq}",
        "No d'assurance maladie {p_ramq}",
        "NAM {p_ramq} (exp. 2027)",
        "carte ramq {p_ramq}",
        "Assurance maladie: {p_ramq}",
    ],
    "permis": [
        "Permis de conduire {p_permis}",
        "No permis: {p_permis}",
        "Identifié par permis ({p_permis})",
        "Permis SAAQ {p_permis}",
        "PC {p_permis}",
        "permis {p_permis} vu",
    ],
    "dossier_sinistre": [
        "Dossier de réclamation {p_dossier} (propriétaire occupant).",
        "No dossier MSP du sinistré : {p_dossier}",
        "Réclamation {p_dossier} en attente de pièces.",
        "Dossier {p_dossier} — chèque émis",
        "Réf. dossier {p_dossier}",
        "dossier #{p_dossier} du locataire",
    ],
    "compte_bancaire": [
        "Dépôt direct: {p_compte}",
        "Compte bancaire du sinistré : {p_compte}",
        "Coordonnées bancaires {p_compte} (spécimen de chèque reçu)",
        "Transit/inst./compte: {p_compte}",
        "Verser l'avance au compte {p_compte}",
        "Infos bancaires: {p_compte}",
    ],
    "nom_et_id": [
        "{p_nom} - NAS {p_nas}",
        "{p_nom}, RAMQ {p_ramq}",
        "{p_nominv} / dossier {p_dossier}",
        "{p_nom} (permis {p_permis})",
        "{p_nom}: {p_ramq}",
        "Titulaire {p_nom}, compte {p_compte}",
    ],
    "radio_maj": [
        "VERIF NAS {p_nas}",
        "RAMQ {p_ramq|upper} CONFIRMEE",
        "PERMIS {p_permis} VALIDE",
        "DOSSIER {p_dossier} FERME",
        "ID: {p_permis}",
        "NAM {p_ramq|upper}",
    ],
    "sms": [
        "son nas c {p_nas}",
        "jai le # ramq: {p_ramq}",
        "dossier {p_dossier} ok pr le chèque",
        "permis {p_permis} noté",
        "nas {p_nas} svp pas mettre ds le rapport",
        "ramq {p_ramq|lower}",
    ],
    "plusieurs_ids": [
        "NAS {p_nas}; RAMQ {p_ramq}",
        "Permis {p_permis} / NAS {p_nas}",
        "Dossier {p_dossier}, compte {p_compte}",
        "- NAS : {p_nas}\n- NAM : {p_ramq}",
        "RAMQ {p_ramq} - permis {p_permis}",
        "ID: {p_nas} | {p_ramq}",
    ],
    "debut_cellule": [
        "{p_nas} (NAS du conjoint)",
        "{p_ramq} : carte d'assurance maladie",
        "{p_dossier} - dossier réactivé",
        "{p_permis} (permis de conduire)",
        "{p_compte} = compte pour dépôt",
        "{p_ramq}, expirée",
    ],
    "passeport": [
        "Passeport {p_passeport} (sinistré sans autre pièce)",
        "No passeport: {p_passeport}",
        "Identifié avec passeport {p_passeport}",
        "Pièce d'identité : passeport {p_passeport}",
        "passeport {p_passeport} perdu dans l'incendie",
        "Passport # {p_passeport}",
    ],
    "assurance_habitation": [
        "Police d'assurance habitation no {p_dossier}",
        "Réclamation à l'assureur: {p_dossier}",
        "No de police {p_dossier} (Desjardins Assurances)",
        "Sinistre assureur {p_dossier}",
        "assurance: police {p_dossier}",
        "Numéro de réclamation de l'assureur : {p_dossier}",
    ],
    "folio_caisse": [
        "Folio {p_folio} à la caisse",
        "No de folio du sinistré: {p_folio}",
        "Dépôt au folio {p_folio}",
        "Caisse Desjardins, folio {p_folio}",
        "folio: {p_folio}",
        "Compte (folio {p_folio})",
    ],
    "parentheses": [
        "Identité confirmée (NAS {p_nas}).",
        "Demande acceptée (dossier {p_dossier}).",
        "Carte RAMQ vue ({p_ramq}).",
        "Permis présenté ({p_permis})",
        "Chèque déposé (compte {p_compte})",
        "Ancien dossier ({p_dossier}) fusionné",
    ],
    "apres_deux_points": [
        "NAS : {p_nas}",
        "No RAMQ: {p_ramq}",
        "No de dossier : {p_dossier}",
        "Permis: {p_permis}",
        "Compte: {p_compte}",
        "NAM : {p_ramq}",
    ],
    "coquille": [
        "Numéro d'assurrance sociale {p_nas}",
        "ramq.{p_ramq}",
        "dosier {p_dossier}",
        "prmis de conduire {p_permis}",
        "num. asurance maladie {p_ramq}",
        "N.A.S {p_nas}",
    ],
    "anglais": [
        "SIN {p_nas}",
        "Health card {p_ramq}",
        "Driver's licence: {p_permis}",
        "Claim # {p_dossier}",
        "Bank account {p_compte}",
        "SIN number: {p_nas}",
    ],
    "repete": [
        "NAS {p_nas}. Vérifié : {p_nas}.",
        "{p_dossier} (voir aussi {p_dossier})",
        "RAMQ {p_ramq} / {p_ramq}",
        "Permis {p_permis}, recopié {p_permis}",
        "Dossier {p_dossier}; rappel sur {p_dossier}",
        "{p_nas} {p_nas} (doublon)",
    ],
    "dossier_enfant": [
        "RAMQ de l'enfant: {p_ramq}",
        "Carte soleil du bébé {p_ramq}",
        "Dossier d'aide ({p_dossier}) pour la famille de 4",
        "NAS de la conjointe {p_nas}",
        "Le fils: RAMQ {p_ramq}",
        "Dossier du locataire du 2e : {p_dossier}",
    ],
    "identifiant_hopital": [
        "No de dossier hospitalier {p_folio}",
        "Usager CH # {p_folio}",
        "No d'usager au CISSS: {p_folio}",
        "Dossier médical {p_folio}",
        "Patient no {p_folio}",
        "# usager {p_folio}",
    ],
}

FAMILIES["lien_familial"] = {
    "sujet_phrase": [
        "C'est {p_lien} qui a été évacuée en premier.",
        "{p_lien|cap} refuse de quitter la maison.",
        "{p_lien|cap} demande de l'aide pour son sous-sol.",
        "Selon {p_lien}, l'eau est montée vite.",
        "On a hébergé {p_lien} à l'hôtel.",
        "{p_lien|cap} a perdu son chalet.",
    ],
    "proprietaire_de": [
        "La maison {p_liende} est inondée.",
        "Le chalet appartenant {p_liena} a été emporté.",
        "Camion {p_liende} dans le fossé.",
        "Terrain {p_liende} : érosion importante",
        "Grange {p_liende} effondrée",
        "Le chien {p_liende} a été récupéré",
    ],
    "parentheses": [
        "Sinistrée hébergée au motel ({p_lien}).",
        "Le jeune homme ({p_lien}) a été blessé.",
        "Refus d'évacuer ({p_lien})",
        "Locataire ({p_lien}) sans assurance",
        "Une dame ({p_lien}) a appelé trois fois",
        "Aide demandée par un résident ({p_lien}).",
    ],
    "sms": [
        "cest {p_lien|lower} qui a appelé",
        "{p_lien|lower} veut pas partir",
        "jai parlé {p_liena|lower} ce matin",
        "faut aller voir {p_lien|lower} svp",
        "ok {p_lien|lower} est chez sa soeur",
        "{p_lien|lower} a besoin dun lift",
    ],
    "radio_maj": [
        "{heure} EVAC {p_liende|uppernoacc} COMPLETEE",
        "{p_lien|uppernoacc} TRANSPORTE AU CH",
        "CONTACT AVEC {p_lien|uppernoacc}",
        "{p_lien|uppernoacc} REFUSE EVAC",
        "RECHERCHE {p_lien|uppernoacc}",
        "VEHICULE {p_liende|uppernoacc} SUBMERGE",
    ],
    "tout_le_monde_sait": [
        "Tout le monde au village sait que c'est {p_lien}.",
        "Pas besoin de nom, c'est {p_lien}.",
        "La dame, c'est {p_lien}, elle vit seule depuis l'automne.",
        "Le gars en question est {p_lien}.",
        "C'est {p_lien} (tout le monde le connaît).",
        "Il s'agit {p_liende}, facile à trouver.",
    ],
    "blesse_disparu": [
        "{p_lien|cap} est porté disparu depuis hier soir.",
        "Blessé léger: {p_lien}.",
        "{p_lien|cap} a été retrouvé en hypothermie.",
        "Décès {p_liende} confirmé.",
        "Recherche en cours pour {p_lien}",
        "{p_lien|cap} transporté en ambulance",
    ],
    "apres_deux_points": [
        "Sinistré : {p_lien}",
        "Identité : {p_lien}",
        "Requérant: {p_lien}",
        "Personne évacuée: {p_lien}",
        "Occupant : {p_lien}",
        "Victime: {p_lien}",
    ],
    "liste": [
        "Hébergés: {p_lien}, {p_lien2}",
        "- {p_lien}\n- {p_lien2}",
        "À rappeler : {p_lien}; {p_lien2}",
        "Évacués: {p_lien} et {p_lien2}",
        "Personnes vulnérables : {p_lien} / {p_lien2}",
        "1) {p_lien} 2) {p_lien2}",
    ],
    "debut_cellule": [
        "{p_lien|cap} : sous-sol inondé, pompe prêtée.",
        "{p_lien|cap} - relogée chez sa fille",
        "{p_lien|cap}, pas d'assurance",
        "{p_lien|cap}. Dommages au toit.",
        "{p_lien|cap} -> hébergement Croix-Rouge",
        "{p_lien|cap} (appel reçu à {heure})",
    ],
    "temoin_appelant": [
        "Appel logé par {p_lien}, qui a vu la fumée.",
        "Le signalement vient {p_liende}.",
        "Témoin: {p_lien}",
        "Alerte donnée par {p_lien} vers {heure}",
        "Info reçue {p_liende}, à valider",
        "Selon {p_lien}, le ponceau a cédé cette nuit",
    ],
    "conflit_plainte": [
        "Plainte {p_liende} contre la municipalité pour le fossé.",
        "{p_lien|cap} menace de poursuivre la ville.",
        "Chicane entre {p_lien} et le voisin pour le drainage",
        "Propos agressifs {p_liende} envers les pompiers",
        "{p_lien|cap} se plaint du délai de traitement",
        "Mise en demeure reçue {p_liende}",
    ],
    "aide_financiere": [
        "Demande d'aide financière déposée par {p_lien}.",
        "{p_lien|cap} attend son avance.",
        "Dossier PGAF {p_liende} incomplet",
        "Refus d'admissibilité pour {p_lien} (résidence secondaire)",
        "Chèque remis {p_liena}",
        "{p_lien|cap} conteste le montant",
    ],
    "hebergement": [
        "{p_lien|cap} est hébergé chez des amis à {muni}.",
        "Hébergement temporaire {p_liende} prolongé.",
        "Chambre 12 : {p_lien}",
        "{p_lien|cap} quitte le centre demain",
        "Relocalisation {p_liende} en RPA",
        "{p_lien|cap} dort dans son auto, à convaincre",
    ],
    "franglais": [
        "Le guy, c'est {p_lien}, full stressé",
        "{p_lien|cap} needs help avec son sump pump",
        "Call {p_liende}, cave pleine d'eau",
        "{p_lien|cap} is OK, relocated chez sa mère",
        "Check-up chez {p_lien} fait",
        "C'est {p_lien}, so be careful",
    ],
    "majuscule_debut": [
        "{p_lien|upper} : EVACUE",
        "{p_lien|upper} HEBERGE",
        "VISITE CHEZ {p_lien|upper} FAITE",
        "APPEL {p_liende|upper}",
        "{p_lien|upper} - BLESSE LEGER",
        "DOSSIER {p_liende|upper}",
    ],
    "confidentialite": [
        "Ne pas ébruiter : il s'agit {p_liende}.",
        "Discrétion demandée, c'est {p_lien}.",
        "Cas délicat ({p_lien}), aviser le DG seulement",
        "Confidentiel — {p_lien}",
        "La personne évacuée est {p_lien}, rester discret",
        "Sujet sensible: {p_lien} impliqué",
    ],
    "coquille": [
        "c'est {p_lien|noacc} qui a apellé",
        "{p_lien|cap} a besion d'aide",
        "visite chez {p_lien|noacc} faitte",
        "{p_lien|noacc} veux pas evacuer",
        "apel {p_liende|noacc}",
        "{p_lien|cap} ,sous sol innondé",
    ],
    "avec_age": [
        "{p_lien|cap}, {p_age}, vit seul au bout du rang.",
        "{p_lien|cap} ({p_age}) a besoin d'aide pour ses meubles",
        "{p_lien|cap}, {p_agemots}, hébergée au centre",
        "{p_lien|cap} ({p_agea}) évacué par bateau",
        "On parle {p_liende}, dans la {p_decennie}",
        "{p_lien|cap}, {p_genaire}, à relocaliser",
    ],
}

FAMILIES["lien_familial"]["transport_evacuation"] = [
    "Transport par bateau {p_liende} jusqu'au quai municipal.",
    "On a sorti {p_lien} en chaloupe vers {heure}.",
    "Le VTT des pompiers a ramené {p_lien}.",
    "Évacuation héliportée {p_liende}, conditions difficiles",
    "{p_lien|cap} embarqué(e) dans l'autobus de la navette",
    "Escorte de la SQ pour {p_lien}",
]

FAMILIES["lieu_travail"] = {
    "travaille_chez": [
        "Le sinistré travaille {p_auemploi}, il a perdu des jours de salaire.",
        "Elle travaille {p_auemploi}, horaire de nuit.",
        "Monsieur travaille pour {p_emploi} depuis 20 ans.",
        "Travaille {p_auemploi}; disponible seulement les fins de semaine.",
        "Il bosse {p_auemploi}",
        "La locataire travaille {p_auemploi}.",
    ],
    "employe_de": [
        "Employé {p_deemploi}, en arrêt depuis l'inondation.",
        "Employée {p_auemploi}.",
        "Employé {p_auemploi} (quart de soir).",
        "Le conjoint est employé {p_deemploi}",
        "Employée {p_deemploi}, a demandé un congé",
        "employé {p_emploi}",
    ],
    "profession_lieu": [
        "Infirmière {p_auemploi}, travaille de nuit.",
        "Prof à l'{p_ecole}, école fermée pendant l'évacuation.",
        "Caissière {p_auemploi}",
        "Concierge à l'{p_ecole}",
        "Mécanicien {p_auemploi}",
        "Préposée aux bénéficiaires {p_auemploi}",
    ],
    "sms": [
        "y travaille {p_auemploi} jpense",
        "elle est {p_auemploi} jusqu'à 5h",
        "joindre {p_auemploi} svp",
        "il est à la job ({p_emploi})",
        "sa blonde travaille {p_auemploi}",
        "passé le voir à sa job {p_auemploi}",
    ],
    "joindre_au_travail": [
        "On peut la joindre à son travail {p_auemploi}.",
        "Laisser un message {p_auemploi}, demander le gérant de nuit.",
        "Rencontré {p_auemploi} pendant sa pause.",
        "Joindre au travail ({p_emploi})",
        "Contact au travail: {p_emploi}",
        "Le voir à son travail, {p_emploi}",
    ],
    "apres_deux_points": [
        "Employeur : {p_emploi}",
        "Lieu de travail: {p_emploi}",
        "Emploi: {p_emploi}",
        "Employeur du conjoint : {p_emploi}",
        "Travail : {p_emploi}",
        "Occupation : commis, {p_emploi}",
    ],
    "radio_maj": [
        "REQUERANT AU TRAVAIL ({p_emploi|uppernoacc})",
        "JOINDRE {p_auemploi|uppernoacc}",
        "EMPLOYE {p_emploi|uppernoacc} EVACUE",
        "PROPRIO AU {p_emploi|uppernoacc}, RETOUR 17H",
        "EMPLOYEUR {p_emploi|uppernoacc}",
        "OCCUPANT TRAVAILLE {p_emploi|uppernoacc}",
    ],
    "nom_et_emploi": [
        "{p_nom}, employé {p_deemploi}",
        "{p_nom} (travaille {p_auemploi})",
        "{p_nom} - {p_emploi}",
        "Mme {p_famille} travaille {p_auemploi}",
        "{p_nomimm}, commis {p_auemploi}",
        "{p_prenom}, {p_auemploi}",
    ],
    "perte_emploi_revenu": [
        "A perdu son emploi {p_auemploi} suite au sinistre.",
        "Perte de revenu: n'a pas pu se rendre {p_auemploi} pendant 2 semaines.",
        "Mise à pied {p_deemploi}, demande d'aide.",
        "Congé sans solde {p_auemploi}",
        "Son employeur ({p_emploi}) refuse le congé",
        "Arrêt de travail {p_auemploi}",
    ],
    "parentheses": [
        "Le conjoint (employé {p_auemploi}) est absent.",
        "Sinistré (travaille {p_auemploi}) disponible le soir.",
        "Propriétaire absent (au travail, {p_emploi})",
        "La fille (caissière {p_auemploi}) gère le dossier",
        "Fils ({p_emploi}) rentre à 18h",
        "Voisin (concierge à l'{p_ecole}) a les clés",
    ],
    "franglais": [
        "Il travaille {p_auemploi}, night shift",
        "Works {p_auemploi}",
        "Elle fait des shifts {p_auemploi}",
        "Her job: {p_emploi}",
        "Le chum travaille pour {p_emploi}, full time",
        "Employer: {p_emploi}",
    ],
    "ancien_emploi": [
        "Retraité {p_deemploi}.",
        "A travaillé 30 ans {p_auemploi}.",
        "Ancien employé {p_deemploi}, maintenant à la retraite",
        "Pensionnée {p_deemploi}",
        "Retraitée de l'{p_ecole}",
        "Ex-employé {p_emploi}",
    ],
    "debut_cellule": [
        "{p_emploi} : employeur du sinistré, attestation demandée.",
        "{p_emploi} - lieu de travail de la requérante",
        "{p_emploi|cap} (travail du conjoint)",
        "{p_emploi}, quart de nuit",
        "{p_emploi}. Absent jusqu'à 16h.",
        "{p_ecole|cap} — elle y enseigne",
    ],
    "lettre_employeur": [
        "Lettre de l'employeur ({p_emploi}) reçue pour la perte de salaire.",
        "Attestation d'emploi {p_deemploi} à fournir",
        "Confirmation {p_deemploi} : absent du 3 au 10",
        "Relevé de paie {p_emploi} joint au dossier",
        "Employeur ({p_emploi}) contacté pour valider",
        "Talon de paie {p_deemploi}",
    ],
    "coquille": [
        "travail {p_auemploi|noacc}",
        "emplyé {p_deemploi}",
        "il travaile {p_auemploi}",
        "travaille {p_auemploi|noacc}",
        "employeur :{p_emploi}",
        "tavaille {p_auemploi}",
    ],
    "enseignant_ecole": [
        "Enseignante à l'{p_ecole}.",
        "Le père est prof à l'{p_ecole}.",
        "Elle enseigne à l'{p_ecole}, classe de 3e année",
        "Éducatrice au service de garde de l'{p_ecole}",
        "Secrétaire de l'{p_ecole}",
        "Orthopédagogue à l'{p_ecole}",
    ],
    "liste_membres": [
        "Ménage : lui {p_auemploi}, elle {p_auemploi2}",
        "- Conjoint: {p_emploi}\n- Conjointe: {p_emploi2}",
        "Les deux travaillent {p_auemploi}",
        "Occupants: 2 adultes ({p_emploi}; {p_emploi2})",
        "Revenus: {p_emploi} + {p_emploi2}",
        "Emplois: {p_emploi} / {p_emploi2}",
    ],
    "benevole_travail": [
        "Le bénévole est employé {p_deemploi}, libéré par son patron.",
        "Pompier volontaire, travaille de jour {p_auemploi}",
        "Le chauffeur de la navette travaille normalement {p_auemploi}",
        "Bénévole (travaille {p_auemploi})",
        "La bénévole du soir est infirmière {p_auemploi}",
        "Libéré par {p_emploi} pour aider",
    ],
    "repete": [
        "Travaille {p_auemploi}. L'employeur ({p_auemploi|lower}) a été avisé.",
        "Employeur : {p_emploi} — appeler {p_emploi} pour l'attestation",
        "Employé {p_deemploi}; {p_deemploi} ferme à 21h, passer avant",
        "{p_auemploi|cap}, oui {p_auemploi}",
        "{p_emploi}/{p_emploi}",
        "travaille {p_auemploi} ... {p_auemploi} confirme",
    ],
    "teletravail_absent": [
        "Absent, en déplacement pour {p_emploi}.",
        "Travaille à l'extérieur, sur un chantier {p_deemploi}",
        "Fly-in fly-out {p_auemploi}, de retour dans 10 jours",
        "Rotation 14/14 {p_auemploi}",
        "En formation pour {p_emploi} à Québec",
        "Parti travailler ({p_emploi}) ce matin",
    ],
}

BLESSURES = ["fracture du poignet", "entorse lombaire", "fracture de la cheville",
             "commotion cérébrale", "lacération au cuir chevelu", "brûlure au bras",
             "fracture de la hanche", "luxation de l'épaule", "fracture des côtes",
             "déchirure du ménisque", "hernie discale", "engelure aux pieds",
             "fracture du fémur", "brûlure au visage", "coupure profonde à la main",
             "entorse au genou", "fracture du crâne", "fracture du bassin",
             "contusion thoracique", "brûlure aux mains", "fracture de l'humérus",
             "fracture de la clavicule", "traumatisme crânien", "fracture du tibia",
             "brûlure aux jambes", "plaie au thorax", "fracture vertébrale",
             "coupure à l'avant-bras", "hypothermie sévère", "intoxication au CO"]
HANDICAPS = ["non-voyant", "aveugle", "sourd", "malentendant", "paraplégique",
             "quadriplégique", "amputé des deux jambes", "hémiplégique",
             "en perte d'autonomie", "grabataire", "semi-autonome", "alité",
             "déficient intellectuel", "autiste non verbal", "aveugle de naissance",
             "en fauteuil roulant", "muet", "sourd-muet", "amputé du bras droit",
             "en perte cognitive", "non autonome", "paralysé", "tétraplégique",
             "malvoyant", "ayant une déficience motrice", "alité en permanence"]
TRAITEMENTS = ["dialyse", "hémodialyse", "chimiothérapie", "radiothérapie", "chimio",
               "oxygénothérapie", "transfusions", "physiothérapie intensive",
               "traitements de chimio", "dialyse rénale", "immunothérapie",
               "plasmaphérèse"]


def g_blessure(rng, sp):
    return rng.choice(half(BLESSURES, sp))


def g_handicap(rng, sp):
    return rng.choice(half(HANDICAPS, sp))


def g_traitement(rng, sp):
    return rng.choice(half(TRAITEMENTS, sp))


def g_mailplus(rng, sp):
    p, n = _pair(rng, sp, CANFR_W)
    p, n = canon(p), canon(n)
    tag = rng.choice(["sinistre", "msp", "urgence", "assurance", "maison", "inondation",
                      "chalet", "aide"])
    return f"{rng.choice([p + '.' + n, p[0] + n, n + p[0]])}+{tag}@{rng.choice(DOMAINES)}"


GEN.update({"blessure": g_blessure, "handicap": g_handicap, "traitement": g_traitement,
            "mailplus": g_mailplus, "emploi": g_emploi, "auemploi": g_auemploi,
            "deemploi": g_deemploi, "lien": g_lien, "liende": g_liende,
            "liena": g_liena})

CTX.update({
    "hopital": lambda r: r.choice(["Hôpital Maisonneuve-Rosemont", "Hôpital Pierre-Boucher",
                                   "Hôpital de l'Enfant-Jésus", "CHUL", "Hôpital Charles-LeMoyne",
                                   "Hôpital Pierre-Le Gardeur", "Hôtel-Dieu de Lévis",
                                   "Hôpital régional de Rimouski", "Hôpital de Chicoutimi",
                                   "CHU Sainte-Justine", "Hôpital du Sacré-Cœur",
                                   "Hôpital Laval", "Hôpital de Gaspé"]),
    "pont": lambda r: r.choice(["pont Pierre-Laporte", "pont Jacques-Cartier",
                                "pont Laviolette", "pont Champlain", "pont de Québec",
                                "pont Honoré-Mercier", "pont Victoria",
                                "pont Louis-Bisson", "pont Médéric-Martin",
                                "pont Gédéon-Ouimet", "pont Arthur-Sauvé"]),
    "ecoleinst": lambda r: r.choice(["école Jean-de-Brébeuf", "école Marguerite-Bourgeoys",
                                     "polyvalente Louis-Saint-Laurent", "école Henri-Bourassa",
                                     "école Félix-Leclerc", "école secondaire Paul-Hubert",
                                     "aréna Jean-Béliveau", "centre Gilles-Vigneault",
                                     "parc Jean-Drapeau", "centre sportif Marcel-Dutil",
                                     "école Joseph-François-Perrault", "cégep André-Laurendeau"]),
    "rueperso": lambda r: r.choice(["rue Saint-Joseph", "boulevard René-Lévesque",
                                    "rue Jean-Talon", "avenue Maguire", "rue Laurier",
                                    "boul. Wilfrid-Hamel", "chemin Sainte-Foy",
                                    "rue Papineau", "rue Jacques-Cartier",
                                    "boulevard Talbot", "rue Marie-Victorin",
                                    "avenue du Sacré-Cœur", "rue Georges-Vanier"]),
    "titre": lambda r: r.choice(["le maire", "la mairesse", "la directrice du service incendie",
                                 "le directeur général", "le coordonnateur municipal",
                                 "la conseillère en sécurité civile", "le chef aux opérations",
                                 "le préfet", "la directrice régionale", "l'inspecteur municipal",
                                 "le capitaine de garde", "le chef de bande",
                                 "la responsable des mesures d'urgence", "le lieutenant"]),
    "ans": lambda r: str(r.randint(15, 120)),
    "an": lambda r: str(r.randint(2017, 2025)),
    "no": lambda r: str(r.randint(1, 12)),
    "kv": lambda r: r.choice(["25", "120", "315", "735", "14,4", "69"]),
    "cond": lambda r: r.choice(["pluie verglaçante", "neige abondante", "vents de 90 km/h",
                                "orages violents", "redoux", "fonte rapide", "brouillard",
                                "pluie forte"]),
})

FAMILIES["propre"] = {
    "institution_nom_personne": [
        "Patients transférés vers l'{hopital} par précaution.",
        "Le centre d'hébergement est ouvert à l'{ecoleinst}.",
        "Génératrice d'urgence en fonction à l'{hopital}.",
        "Point de rassemblement : {ecoleinst}.",
        "Inondation du stationnement de l'{hopital}, accès par l'entrée est.",
        "Le gymnase de l'{ecoleinst} sert de centre de services aux sinistrés.",
        "Distribution d'eau embouteillée à l'{ecoleinst} de 9h à 16h.",
        "Le {hopital} a activé son code orange à {heure}.",
    ],
    "pont_rue_sans_numero": [
        "Circulation ralentie sur le {pont} à cause des glaces.",
        "Fermeture de la {rueperso} entre {rue} et la voie ferrée.",
        "Accumulation d'eau sous le viaduc de la {rueperso}.",
        "Inspection du {pont} par le MTQ prévue demain.",
        "Détour par la {rueperso} pendant les travaux.",
        "Le {pont} est rouvert à une voie.",
        "Refoulement dans le secteur de la {rueperso}.",
        "Affaissement de la chaussée sur la {rueperso}, périmètre établi.",
    ],
    "titre_seulement": [
        "{titre|cap} a déclaré l'état d'urgence local à {heure}.",
        "Rencontre avec {titre} pour le plan de rétablissement.",
        "{titre|cap} demande un point de presse à 15h.",
        "Selon {titre}, les opérations se poursuivent cette nuit.",
        "Autorisation reçue de {titre} pour l'achat de sacs de sable.",
        "{titre|cap} est en route vers le centre de coordination.",
        "Briefing de {titre} au CCMU à {heure}.",
        "{titre|cap} a signé la demande au MSP.",
    ],
    "organisations": [
        "{org|cap} est sur place depuis {heure}.",
        "Hydro-Québec rapporte {big} clients privés d'électricité dans le secteur.",
        "La Croix-Rouge a ouvert un centre d'inscription au sous-sol de l'église.",
        "{org|cap} confirme la fermeture de la {route}.",
        "Le CISSS a déployé une équipe psychosociale.",
        "La SOPFEU maintient l'interdiction de feux à ciel ouvert.",
        "Le MTQ installe une signalisation temporaire au km {km}.",
        "{org|cap} coordonne le transport des personnes évacuées.",
    ],
    "routes_km": [
        "{route|cap} fermée au km {km} (ponceau emporté).",
        "Chaussée submergée sur la {route} entre les km {km} et {n2}.",
        "Détour obligatoire par la {route}.",
        "Éboulis sur la {route} à la hauteur du km {km}, une voie ouverte.",
        "Réouverture de la {route} prévue vers {heure}.",
        "Circulation alternée sur la {route}, signaleurs en place.",
        "Glissement de terrain en bordure de la {route}, km {km}.",
        "Camion en portefeuille sur la {route}, km {km}.",
    ],
    "mesures_unites": [
        "{mm} mm de pluie en 24 h selon Environnement Canada.",
        "Niveau de la {riv} : {m} m au-dessus de la cote d'inondation.",
        "Débit mesuré : {debit} m³/s à la station hydrométrique.",
        "Accumulation de {cm} cm de neige, rafales à 80 km/h.",
        "Épaisseur de glace estimée à {cm} cm.",
        "Hausse de {cm} cm du niveau de l'eau depuis {heure}.",
        "Température de {temp} °C prévue cette nuit.",
        "Accumulation de verglas : {n} mm.",
    ],
    "comptes_personnes": [
        "{n} personnes évacuées, {n2} résidences touchées.",
        "{big} sinistrés inscrits au centre de services.",
        "{n} blessés légers transportés au CH.",
        "{n2} familles hébergées à l'hôtel par la Croix-Rouge.",
        "Aucun blessé, {n} bâtiments endommagés.",
        "{big} repas servis au centre d'hébergement depuis lundi.",
        "{n} personnes âgées relocalisées par le CISSS.",
        "Bilan : 0 décès, {n} blessés, {n2} évacués.",
    ],
    "sante_generique": [
        "{n} blessés légers transportés au CH.",
        "Les personnes avec besoins médicaux doivent s'inscrire auprès du CISSS.",
        "Rappel : risque d'intoxication au monoxyde de carbone avec les génératrices.",
        "Clinique de vaccination contre le tétanos ouverte pour les bénévoles.",
        "Service psychosocial disponible au 811.",
        "Les usagers en dialyse du secteur sont pris en charge par le CISSS.",
        "Prévoir des médicaments pour 72 h dans la trousse d'urgence.",
        "Aucune hospitalisation liée à l'événement à ce jour.",
    ],
    "age_batiment": [
        "Bâtiment de {ans} ans, structure à inspecter.",
        "Le pont couvert, construit en {annee}, a résisté à la crue.",
        "Église de {ans} ans fermée par précaution.",
        "Ponceau de {ans} ans à remplacer.",
        "Digue construite en {annee}, rehaussée en 2019.",
        "Barrage vieux de {ans} ans sous surveillance.",
        "Le quai, âgé d'une cinquantaine d'années, est endommagé.",
        "Aréna construit en {annee}, toiture affaissée.",
    ],
    "avis_eau": [
        "Avis d'ébullition préventif en vigueur pour le secteur {muni}.",
        "Levée de l'avis de faire bouillir l'eau à {heure}.",
        "Avis de non-consommation d'eau émis par la municipalité.",
        "Réseau d'aqueduc contaminé, distribution d'eau embouteillée.",
        "Les puits privés doivent être désinfectés avant utilisation.",
        "Échantillons d'eau envoyés au laboratoire, résultats dans 48 h.",
        "Avis d'ébullition maintenu jusqu'à nouvel ordre.",
        "Consigne : ne pas boire l'eau du robinet dans le secteur {muni}.",
    ],
    "municipalites_regions": [
        "Situation stable à {muni}, surveillance en {region}.",
        "Crue printanière : {muni} et les municipalités voisines en alerte.",
        "Le {region} compte {n} municipalités touchées.",
        "Centre d'hébergement régional ouvert à {muni}.",
        "Renforts envoyés de {muni} vers {muni2}.",
        "{muni} : fin des opérations, retour à la normale.",
        "Vigilance accrue en {region} pour les prochaines 48 h.",
        "Mesures d'urgence levées à {muni}.",
    ],
    "vocabulaire_technique": [
        "Embâcle formé en aval du pont, risque de débâcle.",
        "Frasil observé sur la {riv}, surveillance accrue.",
        "Refoulement d'égout pluvial dans le secteur bas.",
        "Digue temporaire érigée avec {big} sacs de sable.",
        "Zone inondable 0-20 ans : {n2} bâtiments recensés.",
        "Coup d'eau attendu après la fonte des neiges.",
        "Glissement rotationnel dans l'argile sensible, talus de {n2} m.",
        "Décrochement de berge, zone de contrainte relative aux glissements.",
    ],
    "log_majuscules": [
        "{heure} RAS SECTEUR NORD",
        "{heure} FIN INTERVENTION, RETOUR CASERNE",
        "POMPAGE EN COURS, NIVEAU STABLE",
        "{heure} ECHELLE 2 EN ROUTE",
        "10-4 RECU, MAINTIEN DU PERIMETRE",
        "{heure} DEBUT EVAC PREVENTIVE ZONE B",
        "FERMETURE {route|upper} CONFIRMEE PAR MTQ",
        "{heure} FEU MAITRISE, SURVEILLANCE {n} H",
    ],
    "abreviations_sms": [
        "RAS ds le secteur, on repasse demain",
        "svp appeler le CCMU pcq la génératrice est en panne",
        "ok pr les sacs de sable, livrés ce pm",
        "tjrs de l'eau sur la chaussée, pas de dommages",
        "RAS, niveau stable, prochain relevé {heure}",
        "pcq la route est fermée on passe par le rang",
        "suivi demain am, rien de spécial",
        "ds l'attente du rapport du MTQ",
    ],
    "puces_fragments": [
        "- niveau stable\n- aucune évacuation\n- prochain relevé {heure}",
        "- {n} résidences inondées\n- {n2} sacs de sable distribués",
        "• route ouverte\n• avis d'ébullition maintenu",
        "- CSS ouvert\n- Croix-Rouge sur place\n- MTQ avisé",
        "- pompage terminé\n- nettoyage en cours",
        "* Météo : {cond}\n* Vigilance jusqu'à {heure}",
        "- Ponceau bloqué\n- Voirie avisée",
        "- {mm} mm reçus\n- rivière en hausse",
    ],
    "point_virgule": [
        "Secteur inspecté; aucun dommage; route rouverte.",
        "Pompage terminé; sacs de sable récupérés; RAS.",
        "Niveau stable; prochain relevé à {heure}; aucune action.",
        "Bris d'aqueduc réparé; avis d'ébullition en vigueur; suivi demain.",
        "Arbres tombés; fils d'Hydro au sol; périmètre établi.",
        "Génératrice livrée; centre d'hébergement ouvert; {n} inscriptions.",
        "Débris enlevés; ponceau dégagé; fin.",
        "Évacuation levée; retour des résidents autorisé; {n2} foyers.",
    ],
    "franglais_technique": [
        "Le backup de la génératrice est OK, full charge.",
        "Check-up du pump station fait, tout est clean.",
        "Meeting avec le MTQ à {heure}, on attend le feedback.",
        "Le truck de vacuum est en route.",
        "Standby pour la nuit, on monitor la rivière.",
        "Le spotter sur le pont confirme que la glace bouge.",
        "Call de conf avec le CISSS à {heure}.",
        "Le staging area est au garage municipal.",
    ],
    "heures_dates": [
        "Début de l'événement : {date} vers {heure}.",
        "Pic de crue attendu le {date} en soirée.",
        "Fin de la mesure d'évacuation : {date}, {heure}.",
        "Dernière mise à jour à {heure}.",
        "Rencontre de coordination le {date} à {heure}.",
        "Le refoulement a commencé à {heure} et s'est terminé à {heure2}.",
        "Fermeture de la route du {date} au {date2}.",
        "Suivi prévu le {date}.",
    ],
    "rivieres_lacs": [
        "La {riv} est sortie de son lit à plusieurs endroits.",
        "Baisse du niveau de la {riv} depuis ce matin.",
        "Embâcle sur la {riv} à la hauteur de {muni}.",
        "Le {lac} a atteint son niveau record.",
        "Surveillance de la {riv} par drone.",
        "Les glaces ont cédé sur la {riv} vers {heure}.",
        "Rives du {lac} érodées sur plusieurs centaines de mètres.",
        "Avertissement de crue pour la {riv}.",
    ],
    "meteo": [
        "Avertissement de {cond} émis par Environnement Canada.",
        "{cond|cap} prévue jusqu'à demain matin.",
        "Risque de {cond} en soirée, équipes en alerte.",
        "{mm} mm attendus d'ici jeudi.",
        "Vent du nord-est, {cond}.",
        "Refroidissement éolien de {temp}.",
        "Veille de tempête hivernale pour la région.",
        "Temps doux : fonte rapide du couvert de neige.",
    ],
    "feux_foret": [
        "Feu de forêt de {big} ha, non maîtrisé.",
        "La SOPFEU déploie {n} avions-citernes.",
        "Indice d'inflammabilité extrême dans le secteur.",
        "Feu numéro {n2} maintenu, périmètre stable.",
        "Fumée dense sur la {route}, visibilité réduite.",
        "Interdiction de faire des feux à ciel ouvert jusqu'au {date}.",
        "Coupe-feu creusé au nord de {muni}.",
        "Pompiers forestiers de la SOPFEU en rotation.",
    ],
    "pannes_electricite": [
        "Panne majeure : {big} clients d'Hydro-Québec touchés.",
        "Rétablissement prévu vers {heure} selon Hydro-Québec.",
        "Ligne de {kv} kV endommagée par le verglas.",
        "Poteaux cassés sur la {route}, équipes d'Hydro sur place.",
        "Centre de réchauffement ouvert à la salle communautaire.",
        "Le courant est revenu dans {pct} % du secteur.",
        "Transformateur en feu, périmètre de sécurité établi.",
        "Monteurs d'Hydro-Québec attendus en renfort.",
    ],
    "hebergement_services": [
        "Centre d'hébergement d'urgence ouvert au sous-sol de l'église.",
        "{n2} lits de camp installés à l'aréna.",
        "Le centre de services aux sinistrés ferme à 20h.",
        "Navette gratuite vers le centre d'hébergement toutes les heures.",
        "Les animaux de compagnie sont acceptés au centre.",
        "Repas chauds servis par les bénévoles de la Croix-Rouge.",
        "Ligne d'information pour les sinistrés ouverte.",
        "Le centre d'hébergement sera fermé le {date}.",
    ],
    "aide_financiere_generique": [
        "Le programme d'aide financière est en vigueur pour la municipalité.",
        "Date limite pour les réclamations : {date}.",
        "Séance d'information sur le PGAF à la salle municipale.",
        "Les formulaires d'aide financière sont disponibles en ligne.",
        "Décret publié, admissibilité confirmée pour les résidences principales.",
        "{n2} demandes d'aide reçues à ce jour.",
        "Avance de {big} $ possible pour les frais d'hébergement.",
        "Évaluateurs du MSP attendus la semaine prochaine.",
    ],
    "consignes_population": [
        "On demande aux citoyens d'éviter le secteur.",
        "Ne pas circuler sur les routes inondées.",
        "Les résidents doivent couper l'électricité avant d'évacuer.",
        "Préparez une trousse d'urgence pour 72 heures.",
        "Ne jamais utiliser une génératrice à l'intérieur.",
        "Les citoyens sont invités à s'inscrire au système d'alerte.",
        "Vérifiez vos clapets antiretour avant la fonte.",
        "Suivez les consignes des autorités municipales.",
    ],
    "anglais_communs": [
        "All clear, no damage reported in the area.",
        "Road closed, detour via {route}.",
        "Water level dropping, next update at {heure}.",
        "Shelter open at the community center.",
        "Boil water advisory lifted.",
        "Crews on site, power expected back tonight.",
        "Evacuation order lifted at {heure}.",
        "Standby mode, monitoring the river.",
    ],
    "bilans_operations": [
        "Bilan de la journée : {n} interventions, aucune blessure.",
        "{n2} pompiers mobilisés, {n} camions.",
        "Opérations terminées à {heure}, retour au niveau 1.",
        "Passage au niveau d'alerte 2.",
        "Fin de la mobilisation des équipes municipales.",
        "Rapport transmis au MSP à {heure}.",
        "{n} équipes déployées en rotation de 12 h.",
        "Travaux publics : {n2} camions de sable épandus.",
    ],
    "toponymes_saints": [
        "Secteur Saint-Joseph-de-Beauce fortement touché.",
        "Le chemin du Roy est fermé entre Deschambault et Portneuf.",
        "Inondation dans le quartier Saint-Sauveur.",
        "Évacuation préventive du secteur Sainte-Marthe.",
        "Le parc Marie-Victorin est fermé au public.",
        "Circulation interdite sur la côte Gilmour.",
        "L'église Saint-Jean-Baptiste sert de refuge.",
        "Fermeture du traversier Trois-Pistoles–Les Escoumins.",
    ],
    "infrastructures": [
        "Station de pompage {no} en surcharge.",
        "Bris d'aqueduc majeur, {pct} % du réseau affecté.",
        "Le ponceau du {rue} est obstrué par les débris.",
        "Inspection des barrages de la {riv} complétée.",
        "Usine de traitement des eaux en mode dégradé.",
        "Vannes de la digue fermées à {heure}.",
        "Trottoir affaissé sur {n2} m, périmètre installé.",
        "Voie ferrée inspectée par le CN, circulation reprise.",
    ],
    "animaux_biens": [
        "{n2} têtes de bétail déplacées vers un terrain surélevé.",
        "Chiens et chats pris en charge par la SPA.",
        "Érablière endommagée par le verglas.",
        "Récoltes perdues sur environ {big} ha.",
        "Les animaux de ferme du secteur sont en sécurité.",
        "Quais municipaux arrachés par les glaces.",
        "Plusieurs roulottes emportées au camping municipal.",
        "Ruches déplacées à cause de la crue.",
    ],
}


# ---------------------------------------------------------------------------
# génération
# ---------------------------------------------------------------------------

def families():
    """Liste ordonnée de (kind, family, gabarits)."""
    out = []
    for kind in KINDS + ("propre",):
        for short, tpls in FAMILIES[kind].items():
            out.append((kind, f"{kind}.{short}", tpls))
    return out


# habillages neutres (horodatage, secteur) pour varier les gabarits peu variables
DECOR = ["{heure} : §", "{date} - §", "[{muni}] §", "Suivi {date} : §", "§ — {muni}",
         "§ ({heure})", "MAJ {heure} : §", "§ / réf. secteur {muni}", "Note {date} — §",
         "{heure} § ", "§ (relevé {date})", "SSI {muni} : §", "§ [{heure}]",
         "Quart de nuit : §", "Quart de jour : §", "§ — transmis au CCMU"]


def generate(split: str, per_family: int = 20, seed: int = 0) -> list[Cell]:
    if split not in SPLITS:
        raise ValueError(f"split inconnu: {split!r} (attendu: {SPLITS})")
    sp = SPLITS.index(split)
    cells: list[Cell] = []
    seen: set[str] = set()
    for kind, fam, tpls in families():
        mine = tpls[sp::2]
        rng = random.Random(f"{seed}|{split}|{fam}")
        made = 0
        tries = 0
        fails = 0
        while made < per_family and tries < per_family * 60:
            tpl = mine[tries % len(mine)] if tries < len(mine) else rng.choice(mine)
            tries += 1
            if fails > 2 * len(mine) + 4:
                tpl = rng.choice(DECOR).replace("§", tpl)
            text, planted = render(tpl, rng, sp)
            if kind == "propre":
                assert not planted, (fam, tpl)
            else:
                assert planted, (fam, tpl)
            if text in seen:
                fails += 1
                continue
            for p in planted:
                assert p and p in text, (fam, p, text)
            seen.add(text)
            cells.append(Cell(text=text, kind=kind, family=fam, planted=planted))
            made += 1
    return cells


def _summary(cells):
    by_kind = Counter(c.kind for c in cells)
    by_fam = Counter(c.family for c in cells)
    fams_per_kind = Counter(f.split(".")[0] for f in by_fam)
    lines = [f"total cellules: {len(cells)}"]
    for k in KINDS + ("propre",):
        lines.append(f"  {k:15s} familles={fams_per_kind.get(k, 0):3d} cellules={by_kind.get(k, 0)}")
    lines.append("")
    for f, n in sorted(by_fam.items()):
        lines.append(f"  {f:45s} {n}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS, default="dev3")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=None, help="fichier JSONL (défaut: stdout)")
    ap.add_argument("--summary", action="store_true", help="compte par type/famille")
    a = ap.parse_args(argv)
    cells = generate(a.split, a.per_family, a.seed)
    if a.summary:
        print(_summary(cells))
        if not a.out:
            return 0
    fh = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    try:
        for c in cells:
            d = asdict(c)
            d["planted"] = list(c.planted)
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    finally:
        if a.out:
            fh.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
