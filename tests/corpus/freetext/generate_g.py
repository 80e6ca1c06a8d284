#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Générateur « g » de cellules étiquetées (français du Québec) pour mesurer
le rappel d'un caviardeur de renseignements personnels et la lisibilité du
texte propre, dans des commentaires libres de données ouvertes du ministère
de la Sécurité publique (sécurité civile, inondations, incendies, aide
financière aux sinistrés, statistiques policières et correctionnelles).

Bibliothèque standard seulement, sortie déterministe.

Partition dev7 / heldout7
  * une valeur plantée n'est acceptée que si md5(normalize(valeur)) % 2
    désigne la bonne partition (0 -> dev7, 1 -> heldout7);
  * les composantes (prénoms, noms, rues, entreprises, affections,
    employeurs, liens de parenté, municipalités utilisées DANS une valeur…)
    sont filtrées par le même hachage;
  * les gabarits d'une famille sont répartis selon la parité de leur indice
    (pair -> dev7, impair -> heldout7).

Usage
  python generate_g.py --check
  python generate_g.py --split dev7 --show 3
  python generate_g.py --stats
"""

import argparse
import hashlib
import random
import re
import sys
import unicodedata
from dataclasses import dataclass

KINDS = ("nom", "adresse", "age", "date_naissance", "sante", "courriel",
         "telephone", "plaque", "identifiant", "lien_familial", "lieu_travail")
SPLITS = ("dev7", "heldout7")
_BIT = {"dev7": 0, "heldout7": 1}


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str      # one of KINDS or "propre"
    family: str    # "kind.family_name"
    planted: tuple[str, ...]  # exact substrings of text; empty for "propre"


# ---------------------------------------------------------------------------
# Normalisation et partition
# ---------------------------------------------------------------------------
_LIG = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def normalize(s):
    """Sans accents, minuscules, alphanumérique seulement."""
    s = unicodedata.normalize("NFKD", s.translate(_LIG))
    return "".join(c for c in s.lower() if c.isascii() and c.isalnum())


def parity(s):
    return int(hashlib.md5(normalize(s).encode("utf-8")).hexdigest(), 16) % 2


def split_of(s):
    return SPLITS[parity(s)]


def _deacc(s):
    s = unicodedata.normalize("NFKD", s.translate(_LIG))
    return "".join(c for c in s if not unicodedata.combining(c))


def _up(s):
    return s.upper()


def _thou(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out


POOLS = {}
_PCACHE = {}


def _P(name, items):
    POOLS[name] = list(items)
    return name


def _pkey(x):
    return x[0] if isinstance(x, tuple) else x


def _pool(name, split):
    key = (name, split)
    r = _PCACHE.get(key)
    if r is None:
        bit = _BIT[split]
        r = [x for x in POOLS[name] if parity(_pkey(x)) == bit]
        _PCACHE[key] = r
    return r


def _pick(rng, name, split):
    return rng.choice(_pool(name, split))


# ---------------------------------------------------------------------------
# Nombres en lettres
# ---------------------------------------------------------------------------
_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
      "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n):
    if n <= 16:
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
        return "soixante-" + fr_num(n - 60)
    if n < 100:
        r = n - 80
        return "quatre-vingts" if r == 0 else "quatre-vingt-" + fr_num(r)
    if n == 100:
        return "cent"
    return "cent " + fr_num(n - 100)


_EU = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
       "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
       "sixteen", "seventeen", "eighteen", "nineteen"]
_ET = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
       7: "seventy", 8: "eighty", 9: "ninety"}


def en_num(n):
    if n < 20:
        return _EU[n]
    t, u = divmod(n, 10)
    return _ET[t] + ("" if u == 0 else "-" + _EU[u])


def en_ord(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


_VOW = set("aeiouyh")
_H_ASP = ("hernie", "handicap", "hockey", "haut", "hache", "hibou")


def _starts_vowel(s):
    if not s:
        return False
    low = _deacc(s).lower()
    if low.startswith(_H_ASP):
        return False
    return low[0] in _VOW


def _de(s):
    return ("d'" if _starts_vowel(s) else "de ") + s


# ---------------------------------------------------------------------------
# Toponymes, institutions (contexte ET composantes filtrées)
# ---------------------------------------------------------------------------
TOWNS = [
    "Lac-Etchemin", "Saint-Georges", "Rimouski", "Matane", "Gaspé", "Chandler",
    "Sept-Îles", "Baie-Comeau", "Forestville", "Les Escoumins", "Tadoussac",
    "La Malbaie", "Baie-Saint-Paul", "Chicoutimi", "Jonquière", "La Baie",
    "Alma", "Roberval", "Dolbeau-Mistassini", "Chibougamau", "Val-d'Or",
    "Rouyn-Noranda", "Amos", "La Sarre", "Ville-Marie", "Témiscaming",
    "Mont-Laurier", "Maniwaki", "Gatineau", "Papineauville", "Lachute",
    "Saint-Jérôme", "Sainte-Agathe-des-Monts", "Mont-Tremblant", "Joliette",
    "Berthierville", "Terrebonne", "Saint-Jean-sur-Richelieu", "Granby",
    "Cowansville", "Sherbrooke", "Magog", "Coaticook", "Lac-Mégantic",
    "Thetford Mines", "Victoriaville", "Drummondville", "Nicolet",
    "Trois-Rivières", "Shawinigan", "La Tuque", "Louiseville", "Sainte-Marie",
    "Beauceville", "Montmagny", "La Pocatière", "Rivière-du-Loup",
    "Trois-Pistoles", "Amqui", "Causapscal", "Sainte-Anne-des-Monts",
    "New Richmond", "Carleton-sur-Mer", "Bonaventure", "Percé", "Cap-aux-Meules",
    "Fermont", "Havre-Saint-Pierre", "Natashquan", "Blanc-Sablon", "Lévis",
    "Beloeil", "Sorel-Tracy", "Saint-Hyacinthe", "Huntingdon", "Rigaud",
    "Châteauguay", "Sainte-Julienne", "Rawdon", "Saint-Donat", "Donnacona",
    "Saint-Raymond", "Stoneham", "Saint-Fabien", "Saint-Pamphile",
    "Vallée-Jonction", "Kingsey Falls", "Saint-Félicien", "Normandin",
    "Port-Cartier", "Sacré-Coeur", "Saint-Siméon", "L'Isle-Verte",
    "Pohénégamook", "Dégelis", "Saint-Zénon", "Val-des-Sources", "Disraeli",
    "Weedon", "East Angus", "Stanstead", "Sutton", "Lac-Brome", "Grenville",
    "Fort-Coulonge", "Shawville", "Gracefield", "Lebel-sur-Quévillon",
    "Matagami", "Senneterre", "Malartic", "Saint-Tite", "Sainte-Thècle",
    "Saint-Gédéon", "Métabetchouan", "Saint-Prime", "Les Méchins",
]
_P("towns", TOWNS)

COMMS = ["Mashteuiatsh", "Wendake", "Uashat mak Mani-utenam", "Wemotaci",
         "Manawan", "Opitciwan", "Kahnawake", "Kanesatake", "Akwesasne",
         "Mistissini", "Chisasibi", "Waskaganish", "Wemindji", "Kuujjuaq",
         "Salluit", "Inukjuak", "Puvirnituq", "Kangiqsujuaq", "Pessamit",
         "Ekuanitshit", "Nutashkuan", "Unamen Shipu", "Lac-Simon", "Kitcisakik",
         "Listuguj", "Gesgapegiag", "Obedjiwan"]
_P("comms", COMMS)


def de_town(t):
    if t.startswith("Les "):
        return "des " + t[4:]
    if t.startswith("Le "):
        return "du " + t[3:]
    return _de(t)


def a_town(t):
    if t.startswith("Les "):
        return "aux " + t[4:]
    if t.startswith("Le "):
        return "au " + t[3:]
    return "à " + t


ROUTES = ["101", "105", "108", "112", "117", "132", "138", "155", "158", "169",
          "170", "173", "175", "185", "195", "199", "201", "204", "216", "230",
          "232", "249", "257", "263", "277", "299", "309", "335", "343", "381",
          "385", "389"]
RIVERS = ["rivière Chaudière", "rivière Richelieu", "rivière des Outaouais",
          "rivière du Nord", "rivière Rouge", "rivière Saint-Charles",
          "rivière Montmorency", "rivière Etchemin", "rivière Matapédia",
          "rivière Rimouski", "rivière Mistassini", "rivière Saint-François",
          "rivière Yamaska", "rivière L'Assomption", "rivière des Mille Îles",
          "rivière du Lièvre", "rivière Gatineau", "rivière Batiscan",
          "rivière Sainte-Anne", "rivière Bécancour", "rivière Nicolet",
          "rivière Coaticook", "rivière Chicoutimi", "rivière Mitis"]
HOSP = ["hôpital Maisonneuve-Rosemont", "hôpital Charles-Le Moyne",
        "hôpital Pierre-Le Gardeur", "hôpital de l'Enfant-Jésus",
        "hôpital Pierre-Boucher", "hôpital du Sacré-Cœur",
        "hôpital Honoré-Mercier", "hôpital Anna-Laberge", "hôpital du Suroît",
        "hôpital Jean-Talon", "hôpital Fleury", "hôpital Santa Cabrini",
        "hôpital de Chicoutimi", "hôpital régional de Rimouski",
        "hôpital Brome-Missisquoi-Perkins", "hôpital Hôtel-Dieu d'Arthabaska",
        "hôpital Sainte-Croix de Drummondville", "hôpital de Gaspé"]
ECOLES = ["école Marguerite-Bourgeoys", "école secondaire Jean-Jacques-Bertrand",
          "école Félix-Leclerc", "école primaire Saint-Joseph",
          "école Jacques-Buteux", "école secondaire Pierre-Dupuy",
          "école Joseph-François-Perrault", "école Gabrielle-Roy",
          "école Antoine-Brossard", "école des Découvreurs",
          "école Henri-Bourassa", "école secondaire Louis-Saint-Laurent",
          "école Marie-Victorin", "école Paul-Hubert", "école Mgr-Parent",
          "école Sophie-Barat"]
PONTS = ["pont Pierre-Laporte", "pont de Québec", "pont Jacques-Cartier",
         "pont Samuel-De Champlain", "pont Laviolette", "pont Honoré-Mercier",
         "pont Gédéon-Ouimet", "pont Arthur-Sauvé", "pont Médéric-Martin",
         "pont Louis-Bisson", "pont Papineau-Leblanc", "pont Olivier-Charbonneau",
         "pont de l'Île-d'Orléans", "pont Dubuc", "pont Galipeault",
         "pont Serge-Marcil", "pont Athanase-David"]
PARCS = ["parc Jean-Drapeau", "parc Jarry", "parc Frédéric-Back",
         "parc Maisonneuve", "parc Angrignon", "parc Marie-Victorin",
         "parc Louis-Riel", "parc Jacques-Cartier", "parc de la Gatineau",
         "parc national du Bic", "parc Chauveau", "parc Michel-Chartrand",
         "parc Frontenac"]
ARENAS = ["aréna Maurice-Richard", "aréna Jean-Béliveau", "aréna Guy-Lafleur",
          "aréna Marcel-Dionne", "aréna Raymond-Bourque", "aréna Rodrigue-Gilbert",
          "aréna Marcel-Bédard", "aréna Michel-Normandin", "aréna Camillien-Houde",
          "aréna Gilles-Chabot", "aréna Henri-Richard"]
CHSLDS = ["centre d'hébergement Paul-Gilbert", "centre d'hébergement Saint-Antoine",
          "centre d'hébergement Yvonne-Sylvain", "CHSLD Saint-Joseph",
          "centre d'hébergement Champlain-Marie-Victorin",
          "centre d'hébergement Alphonse-Bonenfant", "CHSLD Marie-Rollet",
          "centre d'hébergement Jean-De La Lande"]
CLSCS = ["CLSC Olivier-Guimond", "CLSC Samuel-de-Champlain", "CLSC Hochelaga-Maisonneuve",
         "CLSC Jean-Olivier-Chénier", "CLSC Lac-Saint-Louis", "CLSC Haute-Ville"]
BARRAGES = ["barrage Daniel-Johnson", "barrage Gouin", "barrage Mercier",
            "barrage de la Chute-Bell", "barrage Sartigan", "barrage Jean-Guérin",
            "barrage des Quinze", "barrage Rapide-Blanc"]
CENTRALES = ["centrale Robert-Bourassa", "centrale René-Lévesque",
             "centrale Jean-Lesage", "centrale Bersimis-1", "centrale de Manic-5",
             "centrale La Gabelle", "centrale Beauharnois"]
TRAVS = ["NM Joseph-Savard", "NM Félix-Antoine-Savard", "NM Alexandrina-Chalifoux",
         "NM Lucien-L.", "NM Jos-Deschênes", "NM Peter-Fraser",
         "NM Armand-Imbeau II", "NM Radisson"]
METROS = ["station Lionel-Groulx", "station Berri-UQAM", "station Henri-Bourassa",
          "station Jean-Talon", "station Georges-Vanier", "station Honoré-Beaugrand",
          "station Montmorency", "station De La Savane", "station Édouard-Montpetit",
          "station Pie-IX", "station Jean-Drapeau", "station Angrignon"]
RUEP = ["le boulevard René-Lévesque", "la rue Jean-Talon", "l'avenue Pierre-De Coubertin",
        "le boulevard Wilfrid-Hamel", "le boulevard Henri-Bourassa",
        "le boulevard Jean-Lesage", "la rue Marie-de-l'Incarnation",
        "l'autoroute Félix-Leclerc", "l'autoroute Robert-Bourassa",
        "l'autoroute Jean-Lesage", "l'autoroute Duplessis",
        "le boulevard Louis-XIV", "la rue Honoré-Beaugrand",
        "le boulevard Pierre-Bertrand", "la côte Gilmour"]
MRCS = ["MRC de La Matanie", "MRC des Etchemins", "MRC de Charlevoix-Est",
        "MRC de la Haute-Côte-Nord", "MRC de Papineau", "MRC du Granit",
        "MRC de Beauce-Sartigan", "MRC de Kamouraska", "MRC des Appalaches",
        "MRC de la Vallée-de-la-Gatineau", "MRC d'Antoine-Labelle",
        "MRC de Pierre-De Saurel", "MRC Robert-Cliche", "MRC de Bonaventure",
        "MRC de La Haute-Gaspésie", "MRC de Maskinongé", "MRC des Laurentides",
        "MRC de Témiscamingue", "MRC du Domaine-du-Roy", "MRC de Mékinac"]
REGIONS = ["Bas-Saint-Laurent", "Gaspésie–Îles-de-la-Madeleine", "Côte-Nord",
           "Saguenay–Lac-Saint-Jean", "Capitale-Nationale", "Chaudière-Appalaches",
           "Mauricie", "Estrie", "Montérégie", "Lanaudière", "Laurentides",
           "Outaouais", "Abitibi-Témiscamingue", "Nord-du-Québec",
           "Centre-du-Québec"]
TEMPETES = ["Fiona", "Dorian", "Irene", "Arthur", "Larry", "Teddy", "Ernesto",
            "Earl", "Noel", "Hanna"]
EDTS = ["Québec", "Rivière-des-Prairies", "Trois-Rivières", "Sherbrooke",
        "Rimouski", "Roberval", "Amos", "Hull", "Sorel", "Saint-Jérôme",
        "New Carlisle", "Percé", "Sept-Îles", "Baie-Comeau"]
CEGEPS = ["cégep André-Laurendeau", "cégep Marie-Victorin", "cégep Édouard-Montpetit",
          "cégep Lionel-Groulx", "cégep Gérald-Godin", "cégep François-Xavier-Garneau",
          "cégep de Rimouski", "cégep de Baie-Comeau"]
BIBLIOS = ["bibliothèque Gabrielle-Roy", "bibliothèque Émile-Nelligan",
           "bibliothèque Marc-Favreau", "bibliothèque Jean-Corbeil",
           "bibliothèque Monique-Corriveau", "bibliothèque Félix-Leclerc"]
CSPS = ["centre sportif Alphonse-Desjardins", "complexe sportif Claude-Robillard",
        "centre Pierre-Charbonneau", "centre sportif Marcel-Dutil",
        "PEPS Laval"]
SAINTV = ["Sainte-Anne-de-Beaupré", "Saint-Joseph-de-Beauce", "Saint-Jude",
          "Sainte-Marthe-sur-le-Lac", "Saint-Jean-Port-Joli", "Saint-Ours",
          "Sainte-Luce", "Saint-Ulric", "Saint-Alexis-des-Monts",
          "Sainte-Rose-du-Nord", "Saint-Augustin-de-Desmaures",
          "Saint-Ferréol-les-Neiges", "Sainte-Pétronille"]


# ---------------------------------------------------------------------------
# Noms de personnes (composantes partitionnées)
# ---------------------------------------------------------------------------
_NAMES = {
    "qc": (
        "Jean-François Sylvain Stéphane Mario Éric Sébastien Maxime Olivier Kevin "
        "Samuel Félix William Mathis Marc-André Jean-Guy Yvon Rolland Réal Germain "
        "Ghislain Gilles Dany Steeve Jonathan Pierre-Luc Gaston Bertrand Rosaire "
        "Marcel Réjean Gaétan Alain Denis Luc Benoît Jocelyn Patrick Yannick "
        "Frédéric Mathieu Guillaume Vincent Raymond Clément Roch Fernand Léo Jacob "
        "Émile Zachary Loïc Carl Francis Hugo Alexis Christian Jean-Claude "
        "Jean-Marc Jean-Sébastien Bruno Conrad Rénald Valmont Adélard Lévis-Noël",
        "Marie-Ève Nathalie Mélanie Josée Guylaine Lise Ginette Isabelle Caroline "
        "Gabrielle Émilie Jessica Léa Zoé Rosalie Claudette Denise Huguette "
        "Francine Carole Lucie Véronique Annie Karine Valérie Marie-Pier Thérèse "
        "Fernande Raymonde Noëlla Sylvie Chantal Manon Johanne Diane Nancy Sophie "
        "Julie Geneviève Catherine Marie-Josée Andrée-Anne Audrey Maude Mégane "
        "Océane Béatrice Jacinthe Micheline Rollande Gisèle Pierrette Yolande "
        "Monique Suzanne Marie-Claude Stéphanie Cindy Vicky",
        "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné "
        "Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Girard "
        "Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe "
        "Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Landry Martel Bédard "
        "Grenier Lessard Bernier Michaud Hébert Couture Turcotte Lachance Blais "
        "Gosselin Savard Proulx Beaudoin Demers Perron Boudreau Bolduc Drolet "
        "Vachon Lemieux Rioux Plourde Thériault Dionne Tardif Laflamme Larouche "
        "Harvey Gaudreault Bilodeau Doucet Goulet Giroux Allard Brassard Savoie "
        "Labrie Dufour Gingras Marcoux Vaillancourt Pépin Ouimet Audet Sirois "
        "Lapierre Veilleux Sauvé Lacasse Brisson Trudel Lalonde Bégin Fréchette "
        "Ducharme Jalbert Lamontagne Tanguay Rousseau Bisson Grondin Asselin"),
    "en": (
        "John Patrick Brian Sean Gordon Douglas Trevor Kyle Tyler Derek Liam "
        "Michael Kenneth Stuart Wayne Barry Neil Colin Dylan Cody Brett",
        "Mary Kathleen Heather Wendy Brenda Shannon Ashley Megan Colleen Deborah "
        "Sharon Janet Karen Tracy Erin Bridget Lindsay Holly Amanda",
        "Smith Johnson Brown Wilson MacDonald Campbell Stewart O'Brien Murphy "
        "Kelly Fraser Robertson Anderson Taylor Thompson Reid Morrison McLean "
        "Sullivan Walsh Doyle Gallagher Hughes Bennett Cameron Henderson "
        "Patterson Lynch Burke Quinn Gillespie McCullough Ferguson Armstrong "
        "Whitcomb Dawson"),
    "innu": (
        "Marcellin Sylvestre Anicet Basile Jean-Charles Évariste Napoléon "
        "Philémon Ambroise Damien Jean-Baptiste",
        "Marie-Jeanne Évelyne Uapukun Manikanet Philomène Anne-Marie Yvette "
        "Rita Marie-Louise Shanice",
        "Vollant Mestokosho Ashini Pinette Jourdain McKenzie Bacon Grégoire "
        "St-Onge Picard Régis Malec Kaltush Napish Rock Andrew"),
    "atik": (
        "Christian Armand Nicolas Réginald Paul-Émile Jérémie Constant Dany "
        "Simon Wilbert",
        "Noémie Jacinthe Clarisse Véronique Debbie Marie-Claire Eva Tanya "
        "Mélodie Sandra",
        "Ottawa Awashish Petiquay Flamand Niquay Quitich Chilton Néquado Moar "
        "Coocoo Echaquan Weizineau Mattawa Dubé Boivin-Ottawa"),
    "cree": (
        "Matthew Abel Ronnie Isaac Elijah Samuel Charlie Redfern Willie Bertie",
        "Daisy Emma Lucy Bella Minnie Gloria Nellie Rosie Jane Hilda",
        "Bearskin Mianscum Blacksmith Coon Come Gunner Saganash Petawabano "
        "Wapachee Neeposh Iserhoff Kitchen Etapp Mukash Shecapio Cheezo Otter "
        "Loon Bosum Matoush"),
    "mohawk": (
        "Kanatase Tekarontake Karonhiio Tehoronhiathe Wahiakeron Kenneth Joe "
        "Brendan Travis Dale",
        "Kahentinetha Kawennotas Kaniehtiio Konwatsitsawi Tsiorasa Kahsenni "
        "Ieronhienhawi Kayla Courtney Kristen",
        "Jacobs Diabo Montour Delisle Stacey McComber Goodleaf Two-Axe Beauvais "
        "Curotte Zachary Horn Deer Phillips Norton Lazare Bonspille"),
    "inuit": (
        "Lucassie Tamusi Paulusi Jaaji Eliasie Jobie Qumaq Johnny Putulik Adamie "
        "Markusi Peter",
        "Elisapie Siasi Maggie Mina Annie Lizzie Sarah Akinisie Nellie Qiallak "
        "Louisa Ulivia",
        "Nappaaluk Tukkiapik Annanack Qumaluk Kasudluak Okpik Ningiuruvik Koneak "
        "Etok Tooktoo Uqaituk Kauki Alaku Mesher Snowball Kumarluk Novalinga "
        "Padlayat Sivuarapik Nassak Qinuajuak Angutinguak Ittukallak"),
    "haiti": (
        "Jean-Robert Wilner Fritznel Frantz Ricardo Wilfrid Mackenson Dieuseul "
        "Jean-Ronald Ernso Jacques-Édouard Lesly",
        "Marie-Carmelle Guerline Widlyne Marjorie Rosemène Jocelyne Nadège "
        "Islande Fabiola Myrlande Nerline Wisline Marie-Florence",
        "Jean-Baptiste Pierre-Louis Saint-Fleur Joseph Célestin Dorvil Charles "
        "Toussaint Augustin Exantus Desrosiers Métellus Jean-Gilles Louis-Jeune "
        "Dorélien Jean-Charles Pierre-Antoine Chéry Saintilus Lafontant "
        "Fils-Aimé Casséus Lubin Désir Jean-Louis"),
    "maghreb": (
        "Mohamed Karim Samir Rachid Amine Sofiane Youssef Walid Mehdi Nabil "
        "Hicham Abdelkader Yacine Farid",
        "Yasmina Nadia Fatima-Zahra Leïla Nour Imane Khadija Samira Meriem Amina "
        "Sabrina Houda Naïma",
        "Benali Bouchareb El_Amrani Haddad Cherkaoui Belkacem Ait-Ouarab Zerrouki "
        "Benmoussa Lahlou Touati Boudjema Hamdi Kaci Mansouri Larbi Chaouch "
        "Ouali Saadi Brahimi Bensaïd Idrissi"),
    "vn": (
        "Van_Thanh Minh Quoc_Bao Duc Tuan Van_Long Huu_Phuoc Thanh_Tung "
        "Dinh_Khoa Quang",
        "Thi_Mai Thuy Lan Hoa Linh Hanh Phuong Kim_Lien Thi_Hong Ngoc_Anh "
        "Bich_Ngoc Thi_Thu",
        "Nguyen Tran Pham Hoang Dang Bui Ngo Duong Huynh Phan Truong Dinh "
        "Nguyễn Trần Võ Lê"),
    "cn": (
        "Wei Hao Jun Zhiwei Ka-Wai Siu_Ming Xin Jian Tao Yong Chi-Keung",
        "Jing Mei_Ling Yan Li_Na Hui Yu-Ting Xiaoling Ying Shu_Fen Wing_Yan "
        "Ling Qian",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Sun Lin Guo Chan Wong Leung "
        "Lam Cheung Tang Lau"),
    "latam": (
        "José_Luis Juan_Carlos Diego Luis_Alberto Andrés Héctor Wilmer Jorge "
        "Óscar Fernando Miguel_Ángel Rafael",
        "María_Fernanda Alejandra Valentina Ximena Camila Guadalupe Yesenia "
        "Daniela Gabriela Lucía Marisol Paola",
        "Rodríguez Hernández García Martínez López González Pérez Sánchez "
        "Ramírez Torres Flores Rivera Gómez Díaz Morales Cruz Ortiz Castillo "
        "Vargas Mendoza Quispe Aguilar"),
    "est": (
        "Dmytro Piotr Mihai Vladimir Bogdan Yuri Andrei Radu Tomasz Sergiy "
        "Marek Nikolai",
        "Oksana Agnieszka Ioana Svetlana Katarzyna Natalia Olena Irina "
        "Magdalena Daria Elena Zuzana",
        "Kowalski Nowak Popescu Ionescu Petrov Ivanova Horvath Novák Dvořák "
        "Kovalenko Shevchenko Wiśniewski Lewandowska Dimitrov Georgescu "
        "Bondarenko Sokolov Zieliński Kuznetsov Melnyk Tkachenko Moldovan"),
    "afr": (
        "Mamadou Ousmane Moussa Chinedu Kwame Jean-Claude Déogratias Ibrahima "
        "Kofi Emmanuel Alassane Serge",
        "Aminata Fatoumata Aïssatou Abena Clémentine Mariam Adjoa Ngozi Nadine "
        "Solange Bintou Ornella",
        "Diallo Traoré Koné Ndiaye Mbaye Okafor Mensah Nkurunziza Habimana "
        "Uwimana Tshibangu Mukendi Kamara Camara Ouédraogo Sawadogo Diop "
        "Nzeyimana Kasongo Ilunga Mbuyi"),
    "sas": (
        "Rajesh Harpreet Gurpreet Arjun Sanjay Tharsan Kajan Mahendran Navjot "
        "Simranjit Imran Vikram Ashok Rupinder",
        "Priya Anjali Fatima Nasrin Deepa Farhana Kavitha Sunita Manpreet "
        "Shabnam Tharshika Rekha",
        "Patel Singh Kaur Sharma Gupta Khan Rahman Hossain Ahmed Chowdhury "
        "Sivakumar Thambirajah Nadarajah Iyer Reddy Desai Shah Mehta Gill "
        "Sandhu Dhillon Bhatt Grewal Uddin"),
}


def _split_names(s):
    out = []
    for tok in s.split():
        out.append(tok.replace("_", " "))
    return out


for _c, (_m, _f, _s) in _NAMES.items():
    _P(f"nm.{_c}.m", _split_names(_m))
    _P(f"nm.{_c}.f", _split_names(_f))
    sur = _split_names(_s)
    if _c == "cree":  # « Coon Come » est un seul nom
        sur = [x for x in sur if x not in ("Coon", "Come")] + ["Coon Come"]
    _P(f"nm.{_c}.s", sur)

_P("nm.part", ["O'Brien", "D'Amours", "de la Durantaye", "Van Houtte",
               "McKenzie", "Ste-Marie", "Le Bel", "De Grandpré", "d'Anjou",
               "MacIsaac", "O'Neill", "Di Stefano", "Da Silva", "dos Santos",
               "El Khoury", "Abou-Khalil", "Van den Berg", "Ben Youssef",
               "Des Rosiers", "Le Moignan", "LeBlanc", "D'Astous", "L'Heureux",
               "De Serres", "Dell'Aniello", "O'Farrell", "McNicoll",
               "D'Aoust", "de Varennes", "Van Dyke"])
_P("nm.nick", ["Ti-Guy", "Ti-Jos", "Ti-Mé", "Ti-Paul", "Ti-Bob", "Ti-Loup",
               "Ti-Pit", "Ti-Claude", "Coco", "Pitou", "Mimi", "Bébert", "Fern",
               "Bouboule", "Ti-Jean", "Gros-Luc", "Ti-Rouge", "Poupette",
               "Kiki", "Boom-Boom", "Ti-Cul", "Pépette", "Ti-Wil", "Big Mike",
               "Ti-Ben", "Frenchie", "La Puce", "Cheech", "Tinoune", "Ti-Gus",
               "Zézette", "Babine", "Ti-Lou", "P'tit Gris", "Gros-Jean",
               "Ti-Fred"])

_ALL = ["qc"] * 7 + ["en"] * 2 + ["innu", "atik", "cree", "mohawk", "inuit",
                                    "haiti", "haiti", "maghreb", "vn", "cn",
                                    "latam", "est", "afr", "sas"]
_INDIG = ["innu", "atik", "cree", "mohawk", "inuit"]
_ENGL = ["en", "en", "en", "cree", "mohawk", "inuit", "qc", "sas", "cn"]
_ASIA = ["vn", "cn"]
HON_F = ["Mme", "Mme", "Mme", "Madame", "madame", "Mlle", "Mme."]
HON_M = ["M.", "M.", "M.", "Monsieur", "monsieur", "Mr", "M"]
HON_EN_F = ["Mrs.", "Ms.", "Mrs", "Ms"]
HON_EN_M = ["Mr.", "Mr"]


def _person(rng, split, comms):
    c = rng.choice(comms)
    sex = rng.choice("mf")
    g = _pick(rng, f"nm.{c}.{sex}", split)
    s = _pick(rng, f"nm.{c}.s", split)
    return g, s, sex, c


def _initial(g):
    parts = re.split(r"([- ])", g)
    out = ""
    for p in parts:
        if p == "-":
            out += "-"
        elif p == " ":
            out += " "
        elif p:
            out += p[0] + "."
    return out


def NM(style, comms=None):
    cm = comms or _ALL

    def gen(rng, split):
        g, s, sex, c = _person(rng, split, cm)
        fem = sex == "f"
        st = style
        if st == "hon_or_full":
            st = rng.choice(["hon", "full", "full"])
        if st == "full":
            v = f"{g} {s}"
        elif st == "FULLUP":
            v = f"{g} {s}"
            v = _up(_deacc(v)) if rng.random() < 0.5 else _up(v)
        elif st == "SUR":
            v = _up(s) if rng.random() < 0.7 else _up(_deacc(s))
        elif st == "sur":
            v = s
        elif st == "given":
            v = g
        elif st == "inv":
            v = f"{s}, {g}"
        elif st == "INV":
            v = f"{_up(s)}, {g}" if rng.random() < 0.7 else f"{_up(s)} {g}"
        elif st == "SUR_G":
            v = f"{_up(s)} {g}"
        elif st == "hon":
            h = rng.choice(HON_F if fem else HON_M)
            v = f"{h} {s}" if rng.random() < 0.75 else f"{h} {g} {s}"
        elif st == "hon_en":
            h = rng.choice(HON_EN_F if fem else HON_EN_M)
            v = f"{h} {s}"
        elif st == "initials":
            k = rng.randrange(4)
            if k == 0:
                v = f"{_initial(g)} {s[0]}."
            elif k == 1:
                v = f"{_initial(g)}{s[0]}."
            elif k == 2:
                v = _deacc(_initial(g).replace(".", "").replace("-", "").replace(" ", "") + s[0]).upper()
                if len(v) < 3:
                    v = f"{v[0]}.{v[1]}."
            else:
                v = f"{_initial(g)} {s}"
        elif st == "init_sur":
            v = f"{_initial(g)} {s}" if rng.random() < 0.7 else f"{g[0]}. {s}"
        elif st == "lower":
            v = _deacc(f"{g} {s}").lower()
        elif st == "spelled":
            letters = [ch for ch in _deacc(s).upper() if ch.isalpha()]
            v = "-".join(letters) if rng.random() < 0.6 else " ".join(letters)
        elif st == "nick":
            v = _pick(rng, "nm.nick", split)
        elif st == "asian":
            v = f"{_up(_deacc(s))} {g}"
        elif st == "hyphen":
            s2 = _pick(rng, f"nm.{c}.s", split)
            if s2 == s or "-" in s or "-" in s2 or " " in s or " " in s2:
                s2 = _pick(rng, "nm.qc.s", split)
            v = f"{g} {s}-{s2}"
        elif st == "particle":
            v = f"{g} {_pick(rng, 'nm.part', split)}"
        else:
            raise ValueError(st)
        return v, {"e": "e" if fem else ""}
    return gen


# ---------------------------------------------------------------------------
# Adresses
# ---------------------------------------------------------------------------
_P("st.spec", ["des Érables", "Principale", "Notre-Dame", "Saint-Jean-Baptiste",
               "des Pins", "du Lac", "de la Rivière", "des Bouleaux", "de l'Église",
               "Bellevue", "du Moulin", "des Merisiers", "Saint-Louis", "des Cèdres",
               "du Couvent", "de la Gare", "du Quai", "des Pionniers", "Sainte-Anne",
               "des Peupliers", "de la Montagne", "Racine", "des Hirondelles",
               "du Domaine", "du Ruisseau", "des Prés", "Dufferin", "Saint-Antoine",
               "des Lilas", "du Golf", "des Sables", "de la Plage", "du Boisé",
               "des Outardes", "Fortier", "Saint-Paul", "du Fleuve", "des Chênes",
               "Dorion", "de la Fabrique", "des Saules", "de la Chapelle", "Bégin",
               "Lavigueur", "des Forges", "Belvédère", "Wolfe", "Royale", "du Parc",
               "des Trembles", "du Petit-Lac", "des Mélèzes", "de la Savane",
               "Champêtre", "des Bois-Francs", "du Cap", "Saint-Édouard",
               "des Ormes", "Talbot", "Dollard", "Monseigneur-Tessier"])
_ST_TYPES = ["rue"] * 6 + ["avenue", "boulevard", "chemin", "chemin", "rang",
                          "montée", "côte", "place", "impasse", "croissant",
                          "terrasse", "allée"]
_ST_ABBR = {"rue": "rue", "avenue": "av.", "boulevard": "boul.", "chemin": "ch.",
            "montée": "mtée", "croissant": "crois.", "impasse": "imp.",
            "terrasse": "terr.", "place": "pl.", "rang": "rg", "côte": "côte",
            "allée": "allée"}
_DIRS = ["", "", "", "", " Est", " Ouest", " Nord", " Sud"]
_P("st.en", ["Oak", "Maple", "Elm", "Main", "Lakeshore", "Church", "Victoria",
             "Queen", "Mill", "Pine", "Brook", "Sunnyside", "Cedar", "Golf",
             "Riverside", "Park", "Hillcrest", "Spruce", "Birch", "Willow",
             "Station", "Water", "Bay", "Harbour", "Centre", "Argyle", "Aberdeen"])
_EN_TYPES = ["Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Drive", "Dr.",
             "Crescent", "Lane"]
_P("st.lac", ["Lac-Noir", "Lac-Sept-Îles", "Lac-à-la-Truite", "Lac-Vert",
              "Lac-des-Sables", "Lac-Long", "Lac-Caché", "Lac-Brûlé", "Lac-Croche",
              "Lac-aux-Castors", "Lac-Clair", "Lac-du-Huard", "Petit-Lac-Long",
              "Lac-Plourde", "Lac-Morin", "Lac-Rond", "Lac-à-l'Ours",
              "Lac-des-Îles", "Lac-Castor", "Lac-Écho"])


def _civ(rng):
    r = rng.random()
    if r < 0.3:
        return str(rng.randint(1, 99))
    if r < 0.75:
        return str(rng.randint(100, 999))
    return str(rng.randint(1000, 9999))


def _street(rng, split, abbr=False):
    spec = _pick(rng, "st.spec", split)
    typ = rng.choice(_ST_TYPES)
    d = rng.choice(_DIRS) if typ in ("rue", "boulevard", "chemin", "rang", "avenue") else ""
    if abbr:
        typ = _ST_ABBR[typ]
    return f"{typ} {spec}{d}"


_PL = "ABCEGHJKLMNPRSTVWXYZ"


def _postal(rng):
    return (rng.choice("GGGJJJH") + str(rng.randint(0, 9)) + rng.choice(_PL) + " "
            + str(rng.randint(0, 9)) + rng.choice(_PL) + str(rng.randint(0, 9)))


def _vtown(rng, split):
    return _pick(rng, "towns", split)


def A(style):
    def gen(rng, split):
        civ = _civ(rng)
        if style == "full":
            v = f"{civ}, {_street(rng, split)}"
            if rng.random() < 0.3:
                v += rng.choice([", app. ", ", apt ", ", logement ", ", unité "]) + str(rng.randint(1, 12))
            if rng.random() < 0.55:
                v += f", {_vtown(rng, split)}"
                if rng.random() < 0.4:
                    v += " (Québec)"
            if rng.random() < 0.35:
                v += "  " + _postal(rng)
        elif style == "civ":
            v = civ if len(civ) > 1 else civ + str(rng.randint(0, 9))
        elif style == "cp":
            v = rng.choice(["C.P. ", "CP ", "case postale ", "C. P. ", "Case postale "]) + str(rng.randint(1, 2500))
            if rng.random() < 0.4:
                v += f", {_vtown(rng, split)}"
        elif style == "lot":
            n = rng.randint(1000000, 6999999)
            s = str(n)
            v = f"{s[0]} {s[1:4]} {s[4:]}" if rng.random() < 0.7 else s
        elif style == "rural":
            k = rng.randrange(5)
            if k == 0:
                v = f"{civ}, rang {_pick(rng, 'st.spec', split)}"
            elif k == 1:
                v = f"{civ}, {rng.randint(1, 12)}e Rang{rng.choice(_DIRS)}"
            elif k == 2:
                v = f"RR {rng.randint(1, 6)}"
            elif k == 3:
                v = f"R.R. {rng.randint(1, 6)}, {_vtown(rng, split)}"
            else:
                v = f"{civ}, rang {rng.randint(1, 12)}"
        elif style == "apt":
            v = rng.choice(["app. ", "apt ", "appartement ", "logement ", "log. ",
                            "unité ", "#", "app "]) + str(rng.randint(1, 24))
        elif style == "postal":
            p = _postal(rng)
            k = rng.randrange(4)
            v = [p, p.replace(" ", "").lower(), p.replace(" ", "-"), p.replace(" ", "")][k]
        elif style == "en":
            v = f"{civ} {_pick(rng, 'st.en', split)} {rng.choice(_EN_TYPES)}"
            if rng.random() < 0.3:
                v += f", Apt {rng.randint(1, 12)}"
            if rng.random() < 0.5:
                v += f", {_vtown(rng, split)}"
        elif style == "sms":
            st = _street(rng, split)
            st = st.replace("Sainte-", "ste-").replace("Saint-", "st-")
            v = _deacc(f"{civ} {st}").lower()
        elif style == "caps":
            v = _up(f"{civ} {_street(rng, split, abbr=True)}")
            if rng.random() < 0.5:
                v = _deacc(v)
        elif style == "street":
            v = _street(rng, split)
        elif style == "chalet":
            v = f"{civ}, {rng.choice(['chemin', 'chemin', 'montée', 'ch.'])} du {_pick(rng, 'st.lac', split)}"
            if rng.random() < 0.4:
                v += f", {_vtown(rng, split)}"
        elif style == "unit":
            n = rng.randint(1, 12)
            st = _street(rng, split)
            k = rng.randrange(3)
            v = [f"{n}-{civ}, {st}", f"{civ}-{n} {st}", f"#{n} - {civ} {st}"][k]
        elif style == "inv":
            st = _street(rng, split)
            k = rng.randrange(4)
            v = [f"{st}, no {civ}", f"{st} no. {civ}", f"{st} #{civ}", f"{st}, numéro {civ}"][k]
        elif style == "plage":
            c1 = rng.randint(2, 400)
            c2 = c1 + 2 * rng.randint(2, 12)
            v = rng.choice([f"{c1} au {c2}, {_street(rng, split)}", f"{c1} à {c2} {_street(rng, split)}"])
        elif style == "demi":
            st = _street(rng, split)
            k = rng.randrange(4)
            v = [f"{civ}A, {st}", f"{civ} 1/2, {st}", f"{civ}-B {st}", f"{civ}½ {st}"][k]
        elif style == "mobile":
            v = rng.choice(["terrain ", "terrain no ", "emplacement ", "site ", "lot "]) + str(rng.randint(1, 140))
        elif style == "gps":
            lat = rng.uniform(45.0, 50.4)
            lon = rng.uniform(64.0, 79.3)
            k = rng.randrange(3)
            if k == 0:
                v = f"{lat:.5f}, -{lon:.5f}"
            elif k == 1:
                v = f"{lat:.5f} -{lon:.5f}".replace(".", ",")
            else:
                def dms(x):
                    d = int(x)
                    m = int((x - d) * 60)
                    s = int(((x - d) * 60 - m) * 60)
                    return d, m, s
                a, b, c = dms(lat)
                d, e, f = dms(lon)
                v = f"{a}°{b:02d}'{c:02d}\"N {d}°{e:02d}'{f:02d}\"O"
        elif style == "short":
            spec = _pick(rng, "st.spec", split)
            v = f"{civ} {spec}"
        elif style == "route":
            rt = rng.choice(ROUTES)
            k = rng.randrange(3)
            v = [f"{civ}, route {rt}{rng.choice(_DIRS)}", f"{civ} rte {rt}",
                 f"{civ}, route {rt}, {_vtown(rng, split)}"][k]
        elif style == "townpostal":
            t = _vtown(rng, split)
            k = rng.randrange(3)
            v = [f"{t} {_postal(rng)}", f"{t} (Québec) {_postal(rng)}", f"{t}, QC {_postal(rng)}"][k]
        elif style == "abbr":
            v = f"{civ} {_street(rng, split, abbr=True)}"
        else:
            raise ValueError(style)
        return v
    return gen


# ---------------------------------------------------------------------------
# Âges
# ---------------------------------------------------------------------------
def _age(rng, lo=18, hi=98):
    return rng.randint(lo, hi)


_P("age.dec", ["vingtaine", "trentaine", "quarantaine", "cinquantaine",
               "soixantaine", "soixante-dizaine", "quatre-vingtaine"])
_P("age.gen", ["octogénaire", "nonagénaire", "septuagénaire", "sexagénaire",
               "quinquagénaire", "centenaire", "quadragénaire"])


def AG(style):
    def gen(rng, split):
        n = _age(rng)
        if style == "ans":
            return f"{n} ans"
        if style == "code":
            sx = rng.choice("HF")
            k = rng.randrange(5)
            return [f"{sx}{n}", f"{sx}/{n}", f"{sx}-{n}", f"{sx.lower()}{n}", f"{sx} {n}"][k]
        if style == "a":
            return rng.choice([f"{n}a", f"{n} a", f"{n}a."])
        if style == "a_enfant":
            c = rng.randint(1, 16)
            return rng.choice([f"{c}a", f"{c} a", f"{c}a."])
        if style == "petit":
            k = rng.randrange(3)
            if k == 0:
                return f"{rng.randint(2, 23)} mois"
            if k == 1:
                return f"{rng.randint(2, 20)} semaines"
            return f"{rng.randint(2, 27)} jours"
        if style == "mots":
            return fr_num(n) + " ans"
        if style == "num":
            return str(n)
        if style == "en":
            k = rng.randrange(5)
            return [f"{n} y/o", f"{n}yo", f"{n}-year-old", f"{n} y.o.", f"{n} yr-old"][k]
        if style == "ord":
            return f"{rng.randint(50, 104)}e"
        if style == "ord_en":
            return en_ord(rng.randint(50, 104))
        if style == "glue":
            return rng.choice([f"{n}ans", f"{n}ANS", f"{n}ans."])
        if style == "demi":
            c = rng.randint(1, 12)
            k = rng.randrange(4)
            if c == 1 and k == 0:
                return "1 an et demi"
            return [f"{c} ans et demi", f"{c} ans ½", f"{c},5 ans", f"{c} ans 1/2"][k]
        if style == "dec":
            return _pick(rng, "age.dec", split)
        if style == "decmod":
            return rng.choice(["début ", "fin ", "mi-", "milieu "]) + _pick(rng, "age.dec", split)
        if style == "gen":
            return _pick(rng, "age.gen", split)
        if style == "en_words":
            return en_num(rng.randint(20, 99)) + rng.choice([" years old", " years of age"])
        if style == "slash":
            return f"{n}/{rng.choice(['F', 'M', 'H'])}"
        if style == "enfant":
            return f"{rng.randint(8, 17)} ans"
        if style == "mots_jeune":
            return fr_num(rng.randint(12, 25)) + " ans"
        if style == "adulte":
            return f"{rng.randint(25, 95)} ans"
        if style == "vieux":
            return f"{rng.randint(75, 103)} ans"
        if style == "dec_en":
            return rng.choice(["", "early ", "mid-", "late "]) + rng.choice(
                ["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"])
        raise ValueError(style)
    return gen


# ---------------------------------------------------------------------------
# Dates de naissance
# ---------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août",
           "sept.", "oct.", "nov.", "déc."]
MOIS_3 = ["JAN", "FÉV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOÛ", "SEP", "OCT",
          "NOV", "DÉC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]


def _year_words(y):
    if y < 2000:
        return _mil(y)
    r = y - 2000
    return "deux mille" + ("" if r == 0 else " " + fr_num(r))


def _mil(y):
    r = y - 1900
    return "mil neuf cent" + ("" if r == 0 else " " + fr_num(r))


def DN(style):
    def gen(rng, split):
        y = rng.randint(1924, 2006)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        dfr = "1er" if d == 1 else str(d)
        yy = f"{y % 100:02d}"
        if style == "long":
            return f"{dfr} {MOIS[m-1]} {y}"
        if style == "iso":
            return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"])
        if style == "slash":
            return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{yy}"])
        if style == "year":
            return str(y)
        if style == "abbr":
            k = rng.randrange(4)
            return [f"{d} {MOIS_AB[m-1]} {y}", f"{d} {MOIS_AB[m-1]} {yy}",
                    f"{d:02d}-{MOIS_3[m-1]}-{y}", f"{d}{MOIS_3[m-1].lower()}{yy}"][k]
        if style == "en":
            k = rng.randrange(4)
            return [f"{MONTHS[m-1]} {d}, {y}", f"{MON_EN[m-1]} {d} {y}",
                    f"{en_ord(d)} {MONTHS[m-1]} {y}", f"{m:02d}/{d:02d}/{y}"][k]
        if style == "compact":
            return rng.choice([f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{yy}", f"{d:02d}{m:02d}{y}"])
        if style == "points":
            return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{yy}"])
        if style == "mots":
            dd = "premier" if d == 1 else fr_num(d)
            return rng.choice([f"{dd} {MOIS[m-1]} {_year_words(y)}", f"{dd} {MOIS[m-1]} {y}"])
        if style == "moisannee":
            return rng.choice([f"{MOIS[m-1]} {y}", f"{m:02d}/{y}", f"{MOIS_AB[m-1]} {y}"])
        if style == "apos":
            return rng.choice([f"'{yy}", f"’{yy}"])
        if style == "tirets":
            return rng.choice([f"{d:02d}-{m:02d}-{yy}", f"{yy}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}"])
        if style == "espaces":
            return rng.choice([f"{d:02d} {m:02d} {y}", f"{y} {m:02d} {d:02d}"])
        if style == "caps":
            return _up(f"{d} {MOIS[m-1]} {y}")
        if style == "sms":
            return _deacc(f"{d} {MOIS[m-1]} {yy}").lower()
        if style == "premier":
            return rng.choice([f"1er {MOIS[m-1]} {y}", f"1er {MOIS_AB[m-1]} {y}", f"1er {MOIS[m-1]} {yy}"])
        if style == "isoj":
            return f"{y}-{m:02d}-{d:02d}"
        raise ValueError(style)
    return gen


# ---------------------------------------------------------------------------
# Santé
# ---------------------------------------------------------------------------
_P("s.adj", ["diabétique", "épileptique", "asthmatique", "cardiaque",
             "paraplégique", "tétraplégique", "hémiplégique", "autiste",
             "schizophrène", "bipolaire", "anorexique", "aveugle", "alcoolique",
             "toxicomane", "suicidaire", "amnésique", "hémophile", "trisomique",
             "dysphasique", "aphasique", "claustrophobe", "leucémique",
             "narcoleptique", "psychotique", "grabataire", "sous dialyse",
             "sous oxygène", "en fauteuil roulant", "en perte d'autonomie",
             "en fin de vie", "en soins palliatifs", "en chimiothérapie",
             "en sevrage", "en béquilles", "sous respirateur",
             "en crise psychotique", "en dépression", "en convalescence",
             "en attente d'une greffe", "en détresse psychologique",
             "insulinodépendant", "malentendant", "non voyant"])
_P("s.noun", ["Alzheimer", "diabète", "sclérose en plaques", "maladie de Parkinson",
              "emphysème", "épilepsie", "schizophrénie", "dépression",
              "asthme sévère", "fibrose kystique", "dystrophie musculaire",
              "maladie de Crohn", "hépatite C", "VIH", "démence",
              "insuffisance rénale", "insuffisance cardiaque", "leucémie",
              "cancer du sein", "cancer du poumon", "angine", "hypertension",
              "arthrite rhumatoïde", "ostéoporose", "paralysie cérébrale", "SLA",
              "apnée du sommeil", "glaucome", "dégénérescence maculaire",
              "surdité", "trisomie 21", "autisme", "TDAH", "bipolarité",
              "anorexie", "hémophilie", "MPOC", "lupus", "fibromyalgie",
              "cirrhose", "diabète de type 1", "diabète de type 2",
              "déficience intellectuelle", "spina-bifida", "cancer du pancréas",
              "maladie de Huntington", "sclérose latérale amyotrophique"])
_P("s.mob", [("fauteuil roulant", "m"), ("quadriporteur", "m"), ("triporteur", "m"),
             ("déambulateur", "m"), ("chien-guide", "m"), ("fauteuil motorisé", "m"),
             ("marchette", "f"), ("chaise roulante", "f"), ("canne blanche", "f"),
             ("prothèse de jambe", "f"), ("canne quadripode", "f"), ("orthèse", "f"),
             ("paire de béquilles", "f"), ("chien d'assistance", "m"),
             ("chaise roulante électrique", "f"), ("fauteuil gériatrique", "m"), ('marchette à roulettes', 'f'), ('fauteuil roulant manuel', 'm'), ('canne', 'f'), ('déambulateur à roues', 'm'), ('scooter électrique', 'm'), ('attelle au genou', 'f')])
_P("s.equip", [("concentrateur d'oxygène", "m"), ("lit d'hôpital", "m"),
               ("lève-personne", "m"), ("appareil CPAP", "m"), ("respirateur", "m"),
               ("moniteur cardiaque", "m"), ("stimulateur cardiaque", "m"),
               ("appareil auditif", "m"), ("pompe à insuline", "f"),
               ("bonbonne d'oxygène", "f"), ("sonde urinaire", "f"),
               ("pompe à morphine", "f"), ("pompe d'alimentation entérale", "f"),
               ("machine de dialyse", "f"), ("aspirateur à sécrétions", "m"),
               ("ventilateur BiPAP", "m"), ("nébuliseur", "m"), ("défibrillateur implanté", "m"),
               ("concentrateur portatif", "m"), ("matelas thérapeutique", "m")])
_P("s.med", ["insuline", "Coumadin", "warfarine", "méthadone", "Suboxone", "lithium",
             "Seroquel", "Ritalin", "nitroglycérine", "morphine", "Dilaudid",
             "antidépresseurs", "anticoagulants", "antipsychotiques", "Ventolin",
             "Symbicort", "Eliquis", "Xarelto", "Lasix", "Synthroid", "clozapine",
             "Abilify", "Effexor", "Ativan", "Epival", "Dilantin", "prednisone",
             "hydromorphone", "Concerta", "Wellbutrin", "metformine", "Lantus",
             "Humalog", "Vyvanse", "Invega", "Kadian"])
_P("s.en", ["diabetic", "on dialysis", "in a wheelchair", "pregnant", "epileptic",
            "on home oxygen", "legally blind", "hard of hearing", "bedridden",
            "deaf", "autistic", "bipolar", "suicidal", "an amputee", "on chemo",
            "in palliative care", "insulin-dependent", "asthmatic",
            "immunocompromised", "in early labour", "paraplegic",
            "recovering from surgery", "on a ventilator", "using a walker",
            "oxygen-dependent", "wheelchair-bound", "terminally ill",
            "in withdrawal", "heavily intoxicated", "a recovering alcoholic",
            "on methadone", "post-stroke"])
_P("s.inj", ["fracture du poignet", "brûlures au deuxième degré", "hypothermie",
             "entorse à la cheville", "coupure profonde à la main",
             "commotion cérébrale", "intoxication au monoxyde de carbone",
             "inhalation de fumée", "engelures aux orteils",
             "lacération au cuir chevelu", "côtes fêlées", "traumatisme crânien",
             "douleur thoracique", "luxation de l'épaule", "morsure de chien",
             "réaction allergique sévère", "coup de chaleur", "déshydratation",
             "fracture de la hanche", "brûlures aux mains",
             "fracture ouverte du tibia", "contusions multiples", "plaie au front",
             "électrisation", "quasi-noyade", "écrasement du pied",
             "fracture du bassin", "entorse cervicale"])
_P("s.abbr", ["MPOC", "TSA", "TDAH", "SEP", "AVC", "IDM", "TSPT", "DI", "IRC",
              "Db2", "HTA", "FA", "ICC", "DB1", "SLA", "TPL", "TCC", "DM2",
              "ACV", "IRCT", "MCAS", "TAG", "TOC", "VIH+"])
_P("s.preg", ["enceinte", "enceinte de jumeaux", "en travail",
              "enceinte de 36 semaines", "en fin de grossesse",
              "enceinte (grossesse à risque)", "en début de grossesse",
              "nouvellement accouchée", "en post-partum", "enceinte de huit mois",
              "en menace d'accouchement prématuré", "enceinte de 7 mois",
              "en perte des eaux", 'enceinte de 30 semaines', 'enceinte de trois mois', 'enceinte, terme prévu le mois prochain', 'en travail actif', 'grossesse gémellaire', 'enceinte de 22 semaines', 'enceinte de six mois', 'à terme'])
_P("s.mental", ["idées suicidaires", "crise de panique",
                "trouble de stress post-traumatique", "psychose",
                "dépression majeure", "trouble anxieux généralisé",
                "schizophrénie paranoïde", "trouble bipolaire",
                "trouble de personnalité limite", "délire paranoïde",
                "hallucinations auditives", "épuisement professionnel",
                "crise suicidaire", "trouble obsessionnel-compulsif",
                "anxiété sévère", "désorganisation psychotique",
                "idéations suicidaires", "état dépressif", "trouble alimentaire",
                "épisode maniaque"])
_P("s.addict", ["alcoolisme", "dépendance aux opioïdes", "consommation de crystal meth",
                "toxicomanie", "sevrage d'alcool", "jeu compulsif",
                "dépendance au cannabis", "consommation de fentanyl",
                "dépendance à la cocaïne", "consommation excessive d'alcool",
                "surdose d'opioïdes", "abus de médicaments", "consommation de GHB",
                "dépendance aux benzodiazépines", "consommation d'inhalants", "dépendance à l'alcool", 'consommation de cocaïne', 'consommation de méthamphétamine', 'dépendance aux jeux en ligne', "trouble lié à l'usage de substances", "consommation d'opioïdes"])
_P("s.radio", ["dyspnéique", "inconscient", "en ACR", "diaphorétique", "hypotherme",
               "polytraumatisé", "en convulsions", "désorienté", "intoxiqué",
               "cyanosé", "en détresse respiratoire", "GCS 9", "saturation à 84 %",
               "tachycarde", "hypotendu", "en choc anaphylactique",
               "en hypoglycémie", "non répondant", "semi-conscient",
               "en arrêt respiratoire", "hémorragie active"])
_P("s.allerg", ["allergique aux arachides", "allergique à la pénicilline",
                "allergie aux piqûres d'abeilles", "allergique au latex",
                "allergie sévère aux noix", "allergique aux sulfamides",
                "allergie aux fruits de mer", "maladie cœliaque",
                "allergique aux œufs", "allergie à l'aspirine",
                "allergique à la codéine", "allergie au sésame", 'allergique aux crustacés', 'allergie aux chats', 'allergie grave au poisson', 'allergique à la morphine', "allergique à l'ibuprofène", 'intolérance sévère au gluten', 'allergie au blé', 'allergique aux sulfites'])
_P("s.cogn", ["troubles cognitifs", "Alzheimer avancé", "démence",
              "désorientation", "pertes de mémoire", "déficience intellectuelle",
              "trouble neurocognitif majeur", "démence à corps de Lewy",
              "confusion chronique", "démence vasculaire",
              "trouble du spectre de l'autisme", "syndrome de Korsakoff", 'Alzheimer débutant', 'démence frontotemporale', 'trouble cognitif léger', 'délirium', 'confusion post-AVC', 'troubles de la mémoire à court terme', 'déficit cognitif sévère', 'désorientation spatio-temporelle'])
_P("s.pop", [("a", "le cœur fragile"), ("a", "de la misère à respirer"),
             ("est", "magané du dos"), ("fait", "de la pression"), ("a", "le sucre"),
             ("fait", "de l'angine"), ("a", "les jambes enflées"),
             ("est", "dur de la feuille"), ("a", "les nerfs à terre"),
             ("a pogné", "une pneumonie"), ("fait", "du diabète"),
             ("a", "des pertes de mémoire"), ("est", "sur l'oxygène"),
             ("est", "sur la dialyse"), ("a", "un pacemaker"),
             ("fait", "de l'Alzheimer"), ("est", "pas mal mêlé"),
             ("fait", "des crises d'épilepsie"), ("a", "la patte cassée"),
             ("fait", "de l'asthme"), ("est", "en chaise roulante"),
             ("a", "le cancer"), ("est", "sur les pilules pour les nerfs"),
             ("fait", "de l'angoisse"), ("a", "une hernie"),
             ("a fait", "une syncope"), ("a fait", "un ACV"),
             ("a", "le souffle court"), ("est", "pas mal sur la brosse"),
             ("a", "les poumons maganés"), ("voit", "pu clair"), ('a', 'le diabète'), ('est', "sur l'insuline"), ('a', "de l'eau sur les poumons"), ('fait', "de l'arthrite"), ('a', 'les genoux finis'), ('a', 'des troubles de cœur'), ('fait', 'de la haute pression'), ('est', 'pas mal dépressif'), ('prend', 'des pilules pour le cœur'), ('a', 'une jambe de bois')])
_P("s.electro", ["électrodépendant", "sous oxygène à domicile",
                 "respirateur à domicile", "dialyse péritonéale à domicile",
                 "concentrateur d'oxygène", "pompe d'alimentation entérale",
                 "ventilation assistée la nuit", "hémodialyse à domicile",
                 "lit thérapeutique électrique", "aspirateur de sécrétions",
                 "BiPAP la nuit", 'oxygénothérapie continue', 'pompe à perfusion', 'ventilateur mécanique', 'lit pneumatique', 'lève-personne électrique', 'nutrition entérale par pompe', 'succion trachéale'])
_P("s.handi", ["déficience visuelle", "surdité profonde", "paralysie cérébrale",
               "amputation de la jambe gauche", "hémiplégie", "trisomie 21",
               "cécité", "déficience motrice", "dystrophie musculaire",
               "spina-bifida", "surdicécité", "mobilité réduite",
               "lésion médullaire", "amputation bilatérale",
               "déficience auditive", 'quadriplégie', 'paraplégie', 'déficience intellectuelle moyenne', 'autisme non verbal', 'sclérose en plaques avancée', 'cécité partielle', 'perte auditive sévère', 'aphasie'])
_P("s.treat", ["en fin de vie", "en soins palliatifs", "en chimiothérapie",
               "en radiothérapie", "en dialyse trois fois par semaine",
               "sous antibiotiques IV", "en réadaptation après un AVC",
               "en attente d'une greffe de rein", "en convalescence après un pontage",
               "suivi en oncologie", "sous traitement pour la tuberculose",
               "en hémodialyse", "en physiothérapie intensive", 'sous chimiothérapie orale', 'en immunothérapie', 'suivi en néphrologie', "en attente d'une chirurgie cardiaque", 'sous oxygénothérapie', 'en traitement de plaies', 'sous antibiotiques pour une pneumonie', 'en réadaptation cardiaque', 'sous perfusion à domicile'])
_P("s.police", ["en état d'ébriété", "fortement intoxiqué", "sous l'effet de l'alcool",
                "sous l'effet du cannabis", "facultés affaiblies par la drogue",
                "sous l'influence de méthamphétamines", "intoxiqué au GHB",
                "en état d'ébriété avancé", "sous l'effet de stupéfiants",
                "en surdose", "en psychose toxique", "en état d'intoxication", "sous l'effet des opioïdes", 'ivre', "en état d'ébriété manifeste", "sous l'effet de la cocaïne", 'intoxiqué à la kétamine', "les facultés affaiblies par l'alcool"])
_P("s.corr", ["sous surveillance suicidaire", "en sevrage d'opiacés",
              "sous traitement à la méthadone", "en isolement médical",
              "tuberculose latente", "diabétique insulinodépendant",
              "hépatite C active", "sous médication antipsychotique",
              "VIH positif", "épileptique", "en crise psychotique",
              "prise de Suboxone supervisée", "en grève de la faim", 'sous surveillance constante', "en sevrage d'alcool", 'idéations suicidaires récentes', 'schizophrène non médicamenté', 'diabétique sous insuline', "en traitement pour l'hépatite C", 'sous Suboxone', 'à risque de convulsions'])
_P("s.post", ["choc post-traumatique", "insomnie sévère", "crises d'angoisse",
              "anxiété", "cauchemars récurrents", "détresse psychologique",
              "état de stress aigu", "symptômes dépressifs", "idées noires",
              "hypervigilance", "attaques de panique", 'troubles du sommeil', 'flashbacks', 'irritabilité marquée', 'crises de larmes', 'repli sur soi', "trouble d'adaptation", "peur intense de l'eau", "perte d'appétit", 'épuisement', 'état de choc'])


def S(pool, upper=False):
    def gen(rng, split):
        x = _pick(rng, pool, split)
        if isinstance(x, tuple):
            if pool == "s.pop":
                return x[1], {"verb": x[0]}
            noun, g = x
            vow = _starts_vowel(noun)
            ex = {"un": "un " if g == "m" else "une ",
                  "son": "son " if (g == "m" or vow) else "sa ",
                  "le": "l'" if vow else ("le " if g == "m" else "la "),
                  "du": "de l'" if vow else ("du " if g == "m" else "de la "),
                  "e": "" if g == "m" else "e"}
            return noun, ex
        return (_up(x) if upper else x)
    return gen


def SMIX(*pools):
    def gen(rng, split):
        p = rng.choice(pools)
        x = _pick(rng, p, split)
        return _pkey(x)
    return gen


# ---------------------------------------------------------------------------
# Courriels
# ---------------------------------------------------------------------------
_P("dom", ["videotron.ca", "gmail.com", "hotmail.com", "hotmail.ca", "outlook.com",
           "yahoo.ca", "sympatico.ca", "globetrotter.net", "cgocable.ca",
           "live.ca", "icloud.com", "bell.net", "derytele.com", "tlb.sympatico.ca",
           "cooptel.qc.ca", "xplornet.com", "sogetel.net", "telus.net",
           "outlook.fr", "yahoo.com", "msn.com", "videotron.qc.ca",
           "axion.ca", "oricom.ca", "tellambi.net", "cablevision.qc.ca"])


def _local(rng, split):
    g, s, sex, c = _person(rng, split, _ALL)
    g = re.sub(r"[^a-z\- ]", "", _deacc(g).lower()).replace(" ", "")
    s = re.sub(r"[^a-z\- ]", "", _deacc(s).lower()).replace(" ", "")
    k = rng.randrange(8)
    num = str(rng.choice([rng.randint(1, 99), rng.randint(1950, 2005), rng.randint(100, 999)]))
    return [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{num}", f"{s}.{g}", f"{g[0]}_{s}",
            f"{s}{g[0]}{num}", f"{g}-{s}", f"{s}.{g[0]}"][k]


def EM(style):
    def gen(rng, split):
        loc = _local(rng, split)
        dom = _pick(rng, "dom", split)
        if style == "std":
            return f"{loc}@{dom}"
        if style == "mots":
            parts = dom.split(".")
            lw = loc.replace(".", " point ").replace("_", " souligné ").replace("-", " tiret ")
            at = rng.choice(["arobase", "arobas", "at", "a commercial", "arrobe"])
            return f"{lw} {at} " + " point ".join(parts)
        if style == "crochets":
            a, d = rng.choice([("[at]", "[dot]"), ("(at)", "(dot)"), ("{at}", "{dot}"),
                               (" [at] ", " [point] "), ("(a)", ".")])
            return f"{loc}{a}{dom.replace('.', d)}"
        if style == "espaces":
            k = rng.randrange(3)
            return [f"{loc} @ {dom}", f"{loc}@ {dom}", f"{loc.replace('.', ' . ')} @ {dom.replace('.', ' . ')}"][k]
        if style == "caps":
            return _up(f"{loc}@{dom}")
        if style == "faute":
            k = rng.randrange(5)
            if k == 0:
                d2 = (dom.replace("gmail", "gmial").replace("hotmail", "hotmal")
                      .replace("videotron", "videotrom").replace("yahoo", "yahooo"))
                if d2 == dom:
                    d2 = dom.replace(".", ",", 1)
                return f"{loc}@{d2}"
            if k == 1:
                return f"{loc}@{dom.replace('.', ',', 1)}"
            if k == 2:
                return f"{loc}@@{dom}"
            if k == 3:
                return f"{loc}@{dom.rsplit('.', 1)[0]}"
            return f"{loc}@{dom.rsplit('.', 1)[0]}.con"
        if style == "plus":
            return f"{loc}+{rng.choice(['sinistre', 'msp', 'inondation', 'assurance', 'urgence'])}@{dom}"
        if style == "html":
            return f"{loc}&#64;{dom}"
        if style == "url":
            return f"{loc}%40{dom}"
        if style == "acomm":
            return f"{loc} a commercial {dom.replace('.', ' point ')}"
        if style == "epele":
            letters = "-".join(ch for ch in loc if ch.isalnum())
            return f"{letters} @ {dom}"
        raise ValueError(style)
    return gen


# ---------------------------------------------------------------------------
# Téléphones
# ---------------------------------------------------------------------------
_AREAS = ["418", "581", "367", "819", "873", "450", "579", "354", "514", "438", "263"]


def _tel(rng):
    a = rng.choice(_AREAS)
    e = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    if e.endswith("11"):
        e = e[:2] + "2"
    ln = f"{rng.randint(0, 9999):04d}"
    return a, e, ln


_DIG = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


def TL(style):
    def gen(rng, split):
        a, e, ln = _tel(rng)
        if style == "tirets":
            return f"{a}-{e}-{ln}"
        if style == "paren":
            return f"({a}) {e}-{ln}"
        if style == "espaces":
            return f"{a} {e} {ln}"
        if style == "colle":
            return f"{a}{e}{ln}"
        if style == "points":
            return f"{a}.{e}.{ln}"
        if style == "intl":
            return rng.choice([f"+1 {a} {e} {ln}", f"+1-{a}-{e}-{ln}", f"+1 ({a}) {e}-{ln}", f"+1{a}{e}{ln}"])
        if style == "poste":
            p = str(rng.randint(2, 9999))
            return rng.choice([f"{a}-{e}-{ln} poste {p}", f"{a} {e}-{ln} x{p}", f"{a}-{e}-{ln} #{p}",
                               f"{a} {e}-{ln}, p. {p}", f"({a}) {e}-{ln} ext. {p}"])
        if style == "sept":
            return rng.choice([f"{e}-{ln}", f"{e} {ln}", f"{e}{ln}"])
        if style == "mots":
            grp = [a, e, ln]
            return rng.choice([", ", " ", " – "]).join("-".join(_DIG[int(c)] for c in g) for g in grp)
        if style == "un":
            return rng.choice([f"1 ({a}) {e}-{ln}", f"1-{a}-{e}-{ln}", f"1 {a} {e}-{ln}"])
        if style == "atyp":
            return rng.choice([f"{a}-{e}{ln}", f"{a}{e}-{ln}", f"({a}){e}{ln}", f"{a} - {e} - {ln}",
                               f"{a}/{e}-{ln}", f"{a} {e}-{ln[:2]}-{ln[2:]}"])
        if style == "mix":
            return rng.choice([f"{a}-{e}-{ln}", f"({a}) {e}-{ln}", f"{a} {e} {ln}", f"{a}{e}{ln}",
                               f"{a} {e}-{ln}", f"{a}.{e}.{ln}"])
        if style == "parenc":
            return f"({a}){e}-{ln}"
        raise ValueError(style)
    return gen


# ---------------------------------------------------------------------------
# Plaques
# ---------------------------------------------------------------------------
_PLL = "ABCDEFGHJKLMNPRSTVWXYZ"
_NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo",
         "F": "Foxtrot", "G": "Golf", "H": "Hotel", "J": "Juliette", "K": "Kilo",
         "L": "Lima", "M": "Mike", "N": "November", "P": "Papa", "R": "Roméo",
         "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whisky", "X": "X-ray",
         "Y": "Yankee", "Z": "Zoulou"}
_P("pl.vanity", ["MAMIE1", "LOUP22", "GOHABS", "BLEUET1", "CHASSE4", "PAPI57",
                 "FARMER1", "GASPE1", "NORDIK", "PECHEUR", "MOTON", "SKIDOO1",
                 "BEAUCE1", "CAMP22", "RONRON", "TRUCKER", "HABS4EVR", "LAC ST1",
                 "MOOSE1", "ERABLE", "ROULOT", "BIGRED", "MECANO", "COWBOY7",
                 "TOYOTA1", "NANA62", "ALLO123", "KAYAK"])


def _L(rng, n):
    return "".join(rng.choice(_PLL) for _ in range(n))


def _D(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def PQ(style):
    def gen(rng, split):
        k = rng.randrange(3)
        if style == "qc":
            base = [f"{_L(rng, 3)} {_D(rng, 3)}", f"{_D(rng, 3)} {_L(rng, 3)}",
                    f"{_L(rng, 1)}{_D(rng, 2)} {_L(rng, 3)}"][k]
            r = rng.random()
            if r < 0.2:
                base = base.replace(" ", "")
            elif r < 0.3:
                base = base.replace(" ", "-")
            return base
        if style == "qclow":
            return rng.choice([f"{_L(rng, 3)}{_D(rng, 3)}", f"{_D(rng, 3)}{_L(rng, 3)}",
                               f"{_L(rng, 3)} {_D(rng, 3)}"]).lower()
        if style == "on":
            return rng.choice([f"{_L(rng, 4)} {_D(rng, 3)}", f"{_L(rng, 4)}{_D(rng, 3)}", f"{_L(rng, 4)}-{_D(rng, 3)}"])
        if style == "us":
            return rng.choice([f"{_L(rng, 3)}-{_D(rng, 4)}", f"{rng.randint(1, 9)}{_L(rng, 3)}{_D(rng, 3)}",
                               f"{_D(rng, 4)} {_L(rng, 2)}", f"{_L(rng, 2)} {_D(rng, 4)}"])
        if style == "comm":
            return rng.choice([f"F{_L(rng, 2)}{_D(rng, 4)}", f"L{_D(rng, 6)}", f"F{_L(rng, 2)} {_D(rng, 4)}",
                               f"C{_D(rng, 5)}"])
        if style == "rem":
            return rng.choice([f"R{_L(rng, 1)}{_D(rng, 5)}", f"R{_D(rng, 6)}", f"R{_D(rng, 3)} {_D(rng, 3)}"])
        if style == "moto":
            return rng.choice([f"M{_D(rng, 5)}", f"{_D(rng, 5)}M", f"M{_D(rng, 2)} {_L(rng, 3)}"])
        if style == "vtt":
            return rng.choice([f"V{_D(rng, 5)}", f"V{_L(rng, 2)}{_D(rng, 3)}", f"VR{_D(rng, 4)}"])
        if style == "nato":
            letters = _L(rng, 3)
            digits = _D(rng, 3)
            sep = rng.choice([" ", "-", ", "])
            w = sep.join(_NATO[c] for c in letters)
            d = rng.choice([" ".join(digits), "-".join(digits), digits])
            return f"{w} {d}" if k < 2 else f"{d} {w}"
        if style == "vanity":
            return _pick(rng, "pl.vanity", split)
        if style == "taxi":
            return rng.choice([f"T{_D(rng, 5)}", f"TX{_D(rng, 4)}", f"T{_D(rng, 2)} {_L(rng, 3)}"])
        if style == "dealer":
            return rng.choice([f"X{_D(rng, 5)}", f"X{_L(rng, 1)}{_D(rng, 4)}"])
        if style == "nb":
            return rng.choice([f"{_L(rng, 3)} {_D(rng, 3)}", f"{_L(rng, 3)}-{_D(rng, 3)}", f"{_L(rng, 3)}{_D(rng, 3)}"])
        if style == "spaced":
            raw = rng.choice([_L(rng, 3) + _D(rng, 3), _D(rng, 3) + _L(rng, 3)])
            return " ".join(raw)
        raise ValueError(style)
    return gen


# ---------------------------------------------------------------------------
# Identifiants
# ---------------------------------------------------------------------------
def ID(style):
    def gen(rng, split):
        if style == "ramq":
            yy = rng.randint(0, 99)
            mm = rng.randint(1, 12) + rng.choice([0, 50])
            dd = rng.randint(1, 28)
            L = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWY") for _ in range(4))
            dg = f"{yy:02d}{mm:02d}{dd:02d}{rng.randint(10, 99)}"
            k = rng.randrange(4)
            return [f"{L} {dg[:4]} {dg[4:]}", f"{L}{dg}", f"{L}-{dg[:4]}-{dg[4:]}",
                    f"{L.lower()} {dg[:4]} {dg[4:]}"][k]
        if style == "nas":
            d = str(rng.randint(1, 9)) + _D(rng, 8)
            k = rng.randrange(3)
            return [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d][k]
        if style == "permis":
            L = rng.choice(_PLL)
            d = f"{L}{_D(rng, 4)}-{_D(rng, 6)}-{_D(rng, 2)}"
            return d if rng.random() < 0.6 else d.replace("-", "")
        if style == "dossier":
            y = rng.randint(2011, 2024)
            k = rng.randrange(4)
            return [f"SIN-{y}-{_D(rng, 5)}", f"{y}-{rng.randint(1, 17):02d}-{_D(rng, 4)}",
                    f"PGAF-{y}-{_D(rng, 4)}", f"{_D(rng, 3)}-{y}-{_D(rng, 4)}"][k]
        if style == "detenu":
            return rng.choice([_D(rng, 7), f"{_D(rng, 3)}-{_D(rng, 4)}", f"P-{_D(rng, 6)}", f"{_D(rng, 6)}-{rng.choice(_PLL)}"])
        if style == "employe":
            return rng.choice([f"E-{_D(rng, 5)}", _D(rng, 5), f"{_D(rng, 2)}-{_D(rng, 4)}", f"EMP{_D(rng, 6)}"])
        if style == "passeport":
            return rng.choice([f"{_L(rng, 2)}{_D(rng, 6)}", f"{_L(rng, 2)} {_D(rng, 6)}"])
        if style == "onhc":
            d = str(rng.randint(1, 9)) + _D(rng, 9)
            return rng.choice([f"{d[:4]}-{d[4:7]}-{d[7:]}-{_L(rng, 2)}", f"{d[:4]} {d[4:7]} {d[7:]} {_L(rng, 2)}"])
        if style == "hydro":
            d = _D(rng, 12)
            return rng.choice([f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}", d])
        if style == "fps":
            return f"{_D(rng, rng.choice([6, 7]))}{rng.choice(_PLL)}"
        if style == "statut":
            return rng.choice([_D(rng, 10), f"{_D(rng, 3)} {_D(rng, 5)} {_D(rng, 2)}"])
        if style == "uci":
            return rng.choice([f"{_D(rng, 4)}-{_D(rng, 4)}", f"{_D(rng, 2)}-{_D(rng, 4)}-{_D(rng, 4)}", _D(rng, 10)])
        if style == "mrn":
            return rng.choice([_D(rng, 7), f"{rng.choice(_PLL)}{_D(rng, 6)}", f"{_D(rng, 2)}-{_D(rng, 2)}-{_D(rng, 3)}"])
        if style == "pal":
            return f"{_D(rng, rng.choice([7, 8]))}.{_D(rng, 4)}"
        if style == "reclam":
            return rng.choice([f"RC-{_D(rng, 2)}-{_D(rng, 6)}", f"CL{_D(rng, 9)}", f"{_D(rng, 2)}-{_D(rng, 7)}-{_D(rng, 2)}",
                               f"SIN{_D(rng, 8)}"])
        if style == "cnesst":
            return rng.choice([_D(rng, 9), f"{_D(rng, 3)} {_D(rng, 3)} {_D(rng, 3)}"])
        if style == "ivac":
            return rng.choice([f"{_D(rng, 2)}-{_D(rng, 6)}", f"IV-{_D(rng, 7)}"])
        if style == "matricule":
            return rng.choice([_D(rng, 4), _D(rng, 5), f"{_D(rng, 1)}-{_D(rng, 4)}"])
        if style == "dpj":
            return rng.choice([f"{_D(rng, 2)}-{_D(rng, 6)}", f"DPJ-{_D(rng, 2)}-{_D(rng, 6)}"])
        if style == "pcoc":
            return rng.choice([f"{_D(rng, 3)}-{_D(rng, 6)}", f"{_L(rng, 2)}{_D(rng, 7)}"])
        if style == "chasse":
            return rng.choice([_D(rng, 7), f"{_D(rng, 3)} {_D(rng, 4)}"])
        raise ValueError(style)
    return gen


# ---------------------------------------------------------------------------
# Liens familiaux
# ---------------------------------------------------------------------------
_P("lf.kin", [("fille", "la ", "f"), ("fils", "le ", "m"), ("conjointe", "la ", "f"),
              ("conjoint", "le ", "m"), ("beau-frère", "le ", "m"),
              ("belle-sœur", "la ", "f"), ("gendre", "le ", "m"), ("bru", "la ", "f"),
              ("belle-fille", "la ", "f"), ("beau-fils", "le ", "m"),
              ("petit-fils", "le ", "m"), ("petite-fille", "la ", "f"),
              ("neveu", "le ", "m"), ("nièce", "la ", "f"), ("cousin", "le ", "m"),
              ("cousine", "la ", "f"), ("oncle", "l'", "m"), ("tante", "la ", "f"),
              ("grand-mère", "la ", "f"), ("grand-père", "le ", "m"),
              ("mère", "la ", "f"), ("père", "le ", "m"), ("frère", "le ", "m"),
              ("sœur", "la ", "f"), ("demi-frère", "le ", "m"),
              ("demi-sœur", "la ", "f"), ("ex-conjoint", "l'", "m"),
              ("ex-conjointe", "l'", "f"), ("épouse", "l'", "f"), ("époux", "l'", "m"),
              ("mari", "le ", "m"), ("femme", "la ", "f"), ("beau-père", "le ", "m"),
              ("belle-mère", "la ", "f"), ("jumeau", "le ", "m"),
              ("jumelle", "la ", "f"), ("filleul", "le ", "m"),
              ("filleule", "la ", "f"), ("conjoint de fait", "le ", "m"),
              ("blonde", "la ", "f"), ("chum", "le ", "m"),
              ("arrière-petit-fils", "l'", "m"), ("arrière-petite-fille", "l'", "f"),
              ("ex-mari", "l'", "m"), ("ex-blonde", "l'", "f")])
_P("lf.role", ["du maire {T}", "de la mairesse {T}", "du chef pompier {T}",
               "du directeur du service incendie {T}",
               "de la directrice de l'école primaire {T}",
               "du propriétaire du dépanneur {T}", "du curé {T}", "du pharmacien {T}",
               "du propriétaire de la quincaillerie {T}",
               "de la propriétaire du salon de coiffure {T}",
               "du directeur de la caisse Desjardins {T}",
               "du président du club de motoneige {T}", "du boucher du IGA {T}",
               "du garagiste {T}", "de l'infirmière du dispensaire {T}",
               "du directeur de la polyvalente {T}", "du policier communautaire {T}",
               "du concierge de l'aréna {T}", "de la propriétaire du motel {T}",
               "du chauffeur d'autobus scolaire {T}",
               "du pasteur de l'église évangélique {T}", "de l'imam de la mosquée {T}",
               "du propriétaire du garage Esso {T}", "du capitaine du traversier {T}",
               "de la maîtresse de poste {T}", "de la directrice du CPE {T}",
               "du propriétaire de l'érablière {T}", "du notaire {T}",
               "du dentiste {T}", "du vétérinaire {T}",
               "de la greffière de la cour municipale {T}",
               "du directeur général de la municipalité {T}",
               "de la présidente du cercle de fermières {T}",
               "du président de la fabrique {T}", "du propriétaire du bar {T}",
               "de la propriétaire du casse-croûte {T}", "du brigadier scolaire {T}",
               "du plus gros producteur laitier {T}", "du chef de police {T}",
               "de la conseillère municipale du district 3 {T}",
               "du propriétaire de la pourvoirie {T}", "du gérant du Canadian Tire {T}",
               "de la coordonnatrice de la Croix-Rouge {T}",
               "du responsable des travaux publics {T}"])
_P("lf.chef", ["du chef de Mashteuiatsh", "du grand chef de Wendake",
               "du chef du conseil des Atikamekw de Manawan",
               "du chef de bande de Kanesatake", "du maire du village nordique de Salluit",
               "de la cheffe de Pessamit", "du grand chef de Kahnawake",
               "du chef d'Opitciwan", "de la cheffe de Lac-Simon",
               "du chef de Uashat mak Mani-utenam", "du maire de Kuujjuaq",
               "du chef de Mistissini", "du chef de Listuguj",
               "de l'aînée respectée de Wemotaci", "du chef de Gesgapegiag"])
_P("lf.sport", ["du gardien de but des Remparts de Québec",
                "du capitaine de l'Océanic de Rimouski",
                "de l'entraîneur des Saguenéens de Chicoutimi",
                "du défenseur vedette du Drakkar de Baie-Comeau",
                "du capitaine des Voltigeurs de Drummondville",
                "du gardien des Huskies de Rouyn-Noranda",
                "de l'entraîneur des Foreurs de Val-d'Or",
                "du capitaine de l'Armada de Blainville-Boisbriand",
                "du gardien du Phoenix de Sherbrooke",
                "de l'entraîneur des Olympiques de Gatineau",
                "du gardien des Cataractes de Shawinigan",
                "du lanceur des Capitales de Québec",
                "de l'entraîneur des Aigles de Trois-Rivières",
                "du capitaine des Tigres de Victoriaville"])
_P("lf.circ", ["de Rimouski", "de Matane-Matapédia", "de Gaspé", "de Beauce-Sud",
               "de Charlevoix–Côte-de-Beaupré", "de Dubuc", "de Roberval",
               "d'Abitibi-Ouest", "d'Ungava", "de Duplessis", "de Bonaventure",
               "d'Arthabaska", "de Mégantic", "de Portneuf", "de Bellechasse",
               "du Lac-Saint-Jean", "de la Côte-du-Sud", "de Berthier", "de Labelle",
               "de Pontiac", "des Îles-de-la-Madeleine", "de Rouyn-Noranda–Témiscamingue"])
_P("lf.en_kin", ["son", "daughter", "wife", "husband", "brother-in-law",
                 "sister-in-law", "niece", "nephew", "grandson", "granddaughter",
                 "stepson", "stepdaughter", "cousin", "mother-in-law",
                 "father-in-law", "ex-wife", "ex-husband", "twin brother",
                 "widow", "common-law partner"])
_P("lf.en_role", ["the mayor of {T}", "the fire chief in {T}",
                  "the owner of the hardware store in {T}", "the Chief of {C}",
                  "the principal of the elementary school in {T}",
                  "the pharmacist in {T}", "the owner of the marina in {T}",
                  "the manager of the Desjardins branch in {T}",
                  "the parish priest in {T}", "the owner of the motel in {T}",
                  "the police chief in {T}", "the nurse at the nursing station in {C}",
                  "the owner of the general store in {T}",
                  "the bus driver in {T}"])
_P("lf.mix_role", ["du owner du motel {T}", "du boss de la scierie {T}",
                   "du mayor {T}", "du fire chief {T}", "du manager du IGA {T}",
                   "du coach de l'équipe de hockey {T}", "de la nurse du dispensaire {T}",
                   "du owner du garage {T}", "de la boss du casse-croûte {T}",
                   "du foreman de la mine {T}"])
_P("lf.event", ["de la victime de l'incendie de la rue Principale {T}",
                "du jeune disparu en motoneige sur le lac {T}",
                "du conducteur impliqué dans la collision mortelle de la route 138 près {T}",
                "de la femme retrouvée dans la rivière {T} au printemps",
                "du pompier volontaire blessé lors du feu de l'église {T}",
                "du propriétaire de la maison emportée par le glissement {T}",
                "de la victime de la noyade du quai {T}",
                "du travailleur mort dans l'effondrement de la grange {T}"])
_KINL = ["de la fille", "du fils", "de la femme", "du mari", "de la sœur", "du frère",
         "de la belle-sœur", "du beau-frère", "de la tante", "de l'oncle", "de la mère",
         "du père", "de la cousine", "du gendre"]


def _kin(rng, split):
    return _pick(rng, "lf.kin", split)


_EN_FEM = {"daughter", "wife", "niece", "granddaughter", "stepdaughter", "sister-in-law",
           "mother-in-law", "ex-wife", "widow"}


def _lfex(det, g):
    art = det.strip()
    de = {"le": "du ", "la": "de la ", "l'": "de l'", "the": "of the "}[art if art != "l'" else "l'"]
    a = {"le": "au ", "la": "à la ", "l'": "à l'", "the": "to the "}[art]
    return {"det": det, "cdet": det[0].upper() + det[1:], "de": de, "a": a,
            "e": "e" if g == "f" else ""}


def LF(style, upper=False):
    inner = _LF(style)

    def gen(rng, split):
        v, ex = inner(rng, split)
        if upper:
            v = _up(v)
            ex = {k: (_up(x) if k != "e" else x) for k, x in ex.items()}
        return v, ex
    return gen


def _LF(style):
    def gen(rng, split):
        kn, det, g = _kin(rng, split)
        t = _vtown(rng, split)
        if style == "std":
            v = f"{kn} " + _pick(rng, "lf.role", split).replace("{T}", de_town(t))
        elif style == "pop":
            role = _pick(rng, "lf.role", split).replace("{T}", de_town(t))
            if role.startswith("du "):
                role = "au " + role[3:]
            elif role.startswith("de la "):
                role = "à la " + role[6:]
            elif role.startswith("de l'"):
                role = "à l'" + role[5:]
            v = f"{kn} {role}"
        elif style == "chef":
            v = f"{kn} " + _pick(rng, "lf.chef", split)
        elif style == "sport":
            v = f"{kn} " + _pick(rng, "lf.sport", split)
        elif style == "depute":
            dep = rng.choice(["du député", "de la députée", "de l'ancien député", "de l'ex-députée"])
            v = f"{kn} {dep} {_pick(rng, 'lf.circ', split)}"
        elif style == "chain":
            v = f"{kn} {rng.choice(_KINL)} " + _pick(rng, "lf.role", split).replace("{T}", de_town(t))
        elif style == "veuve":
            kn, det, g = rng.choice([("veuve", "la ", "f"), ("veuf", "le ", "m"),
                                     ("veuve", "la ", "f"), ("orpheline", "l'", "f"),
                                     ("orphelin", "l'", "m")])
            prev = rng.choice(["de l'ancien maire", "de l'ancienne mairesse", "du défunt curé",
                               "de l'ancien chef pompier", "de l'ancien propriétaire du moulin",
                               "de l'ancienne directrice de l'école"])
            v = f"{kn} {prev} {de_town(t)}"
        elif style == "en":
            ek = _pick(rng, "lf.en_kin", split)
            role = _pick(rng, "lf.en_role", split).replace("{T}", t).replace("{C}", _pick(rng, "comms", split))
            return f"{ek} of {role}", _lfex("the ", "m")
        elif style == "mix":
            ek = _pick(rng, "lf.en_kin", split)
            role = _pick(rng, "lf.mix_role", split).replace("{T}", de_town(t))
            if ek.startswith("ex-"):
                return f"{ek} {role}", _lfex("l'", "f" if ek in _EN_FEM else "m")
            return f"{ek} {role}", _lfex("la " if ek in _EN_FEM else "le ", "f" if ek in _EN_FEM else "m")
        elif style == "event":
            v = f"{kn} " + _pick(rng, "lf.event", split).replace("{T}", de_town(t))
        else:
            raise ValueError(style)
        return v, _lfex(det, g)
    return gen


# ---------------------------------------------------------------------------
# Lieux de travail
# ---------------------------------------------------------------------------
_P("lt.name", ["Lauzon", "du Vieux-Moulin", "La Chaumière", "Le Pionnier", "des Cantons",
               "du Terroir", "L'Ancestral", "Nordik", "Boréal", "Riverin", "Lamarre",
               "Boulet", "Morneau", "Laplante", "Arsenault", "Dumas", "Goyette",
               "Rivard", "Boutin", "Massé", "Cantin", "Ferland", "Nolin",
               "Dion et Fils", "Lachaîne et Frères", "des Appalaches", "de la Vallée",
               "du Rocher", "du Havre", "Fleur de Lys", "Harricana", "Beauregard",
               "Ste-Croix", "Belle-Rive", "Chez Ti-Oui", "Le Relais", "L'Escale",
               "Sous-Bois", "des Neiges", "Matapédia", "Kamouraska", "Bellerive",
               "Saint-Fidèle", "Côte-Sud", "L'Érablière Dubreuil", "Val-Jalbert"])
_P("lt.type", [("fromagerie", "f"), ("scierie", "f"), ("boulangerie", "f"),
               ("quincaillerie", "f"), ("pharmacie", "f"), ("épicerie", "f"),
               ("dépanneur", "m"), ("garage", "m"), ("érablière", "f"), ("ferme", "f"),
               ("abattoir", "m"), ("usine", "f"), ("poissonnerie", "f"),
               ("boucherie", "f"), ("CPE", "m"), ("clinique vétérinaire", "f"),
               ("salon de coiffure", "m"), ("restaurant", "m"), ("casse-croûte", "m"),
               ("motel", "m"), ("marina", "f"), ("centre de ski", "m"),
               ("cabane à sucre", "f"), ("vignoble", "m"), ("microbrasserie", "f"),
               ("imprimerie", "f"), ("menuiserie", "f"), ("bleuetière", "f"),
               ("pisciculture", "f"), ("meunerie", "f"), ("cidrerie", "f"),
               ("station-service", "f"), ("atelier d'usinage", "m"),
               ("entrepôt", "m"), ("fonderie", "f"), ("pourvoirie", "f"),
               ("ferme porcine", "f"), ("ébénisterie", "f"), ("auberge", "f")])
_P("lt.brand", ["IGA", "Metro", "Maxi", "Walmart", "Canadian Tire", "Tim Hortons",
                "Jean Coutu", "Uniprix", "Familiprix", "BMR", "Rona", "Super C",
                "Provigo", "Home Hardware", "McDonald's", "Dollarama", "Couche-Tard",
                "Pharmaprix", "Brunet", "Sports Experts", "Bureau en Gros",
                "Reno-Dépôt", "Subway", "A&W"])
_P("lt.inst", [("CHSLD", "m"), ("CLSC", "m"), ("hôpital", "m"), ("école primaire", "f"),
               ("polyvalente", "f"), ("dispensaire", "m"), ("caserne", "f"),
               ("bureau de poste", "m"), ("caisse Desjardins", "f"),
               ("hôtel de ville", "m"), ("garderie", "f"), ("aréna", "m"),
               ("bibliothèque municipale", "f"), ("centre de tri", "m"),
               ("garage municipal", "m"), ("centre jeunesse", "m"),
               ("établissement de détention", "m"), ("centre de services scolaire", "m")])
_P("lt.big", [("mine Casa Berardi", "f"), ("mine Goldex", "f"), ("mine Westwood", "f"),
              ("mine Renard", "f"), ("mine du lac Tio", "f"), ("mine Mont-Wright", "f"),
              ("mine Fire Lake", "f"), ("mine Beaufor", "f"), ("mine Langlois", "f"),
              ("mine Nunavik Nickel", "f"), ("chantier de la Romaine", "m"),
              ("mine Troilus", "f"), ("mine Bracemac-McLeod", "f"), ("mine Lamaque", "f"),
              ("camp forestier du lac Kénogami", "m"), ("chantier de la Péribonka", "m"),
              ("usine Bridgestone de Joliette", "f"), ("usine Lassonde de Rougemont", "f"),
              ("usine Exceldor de Saint-Anselme", "f"), ("scierie Chantiers Chibougamau", "f"),
              ("papetière Kruger de Trois-Rivières", "f"), ("usine Teknion de Montmagny", "f"),
              ("aluminerie Alouette de Sept-Îles", "f"), ("mine Raglan", "f"),
              ("mine LaRonde", "f"), ("usine Olymel de Vallée-Jonction", "f"),
              ("papetière de Kénogami", "f"), ("mine du lac Bloom", "f"),
              ("usine Bombardier de La Pocatière", "f"),
              ("usine Premier Tech de Rivière-du-Loup", "f"),
              ("chantier Davie de Lévis", "m"), ("raffinerie de Lévis", "f"),
              ("fonderie Horne de Rouyn-Noranda", "f"), ("mine Niobec", "f"),
              ("usine Cascades de Kingsey Falls", "f"),
              ("aluminerie de Baie-Comeau", "f"), ("mine Éléonore", "f"),
              ("centrale de Manic-5", "f"), ("usine Maibec de Saint-Pamphile", "f"),
              ("scierie Résolu de Saint-Félicien", "f"),
              ("usine Agropur de Granby", "f"), ("mine Canadian Malartic", "f")])
_P("lt.company", ["Bombardier", "Premier Tech", "Olymel", "Cascades", "Maibec",
                  "Canadel", "Soprema", "Prevost", "Teknion", "Exceldor", "Agropur",
                  "Lassonde", "Bonduelle", "Alcoa", "Rio Tinto", "Résolu",
                  "Kruger", "Sépaq", "Saputo", "Biscuits Leclerc", "Damabois",
                  "Pomerleau", "Groupe Lebel", "Chantiers Chibougamau", "Ultramar",
                  "Héroux-Devtek", "Vêtements Peerless", "Produits forestiers Arbec"])


def _art(noun, g, brand=False):
    vow = (not brand) and _starts_vowel(noun)
    if brand:
        g = "m"
    return {"a": "à l'" if vow else ("au " if g == "m" else "à la "),
            "d": "de l'" if vow else ("du " if g == "m" else "de la "),
            "l": "l'" if vow else ("le " if g == "m" else "la "),
            "cl": "L'" if vow else ("Le " if g == "m" else "La ")}


_LT_SUB = {
    "commerce": {"fromagerie", "boulangerie", "quincaillerie", "pharmacie", "épicerie",
                 "dépanneur", "poissonnerie", "boucherie", "restaurant", "casse-croûte",
                 "station-service", "microbrasserie", "salon de coiffure", "motel", "auberge"},
    "nature": {"ferme", "érablière", "pourvoirie", "bleuetière", "ferme porcine",
               "pisciculture", "cabane à sucre", "vignoble", "centre de ski", "marina",
               "cidrerie"},
    "usine": {"scierie", "usine", "abattoir", "fonderie", "imprimerie", "menuiserie",
              "meunerie", "atelier d'usinage", "entrepôt", "ébénisterie"},
}
_LT_INST = {
    "sante": {"CHSLD", "CLSC", "hôpital", "école primaire", "polyvalente", "garderie",
              "centre jeunesse", "centre de services scolaire"},
    "muni": {"bureau de poste", "caisse Desjardins", "hôtel de ville", "aréna",
             "bibliothèque municipale", "centre de tri", "garage municipal",
             "établissement de détention", "caserne"},
}
_MINES = {"mine Casa Berardi", "mine Goldex", "mine Westwood", "mine Renard",
          "mine du lac Tio", "mine Mont-Wright", "mine Fire Lake", "mine Beaufor",
          "mine Langlois", "mine Nunavik Nickel", "chantier de la Romaine", "mine Troilus",
          "mine Bracemac-McLeod", "mine Lamaque", "camp forestier du lac Kénogami",
          "chantier de la Péribonka", "mine Raglan", "mine LaRonde", "mine du lac Bloom", "mine Niobec",
          "mine Éléonore", "centrale de Manic-5", "mine Canadian Malartic",
          "aluminerie Alouette de Sept-Îles", "aluminerie de Baie-Comeau"}


def LT(style, sub=None):
    def gen(rng, split):
        t = _vtown(rng, split)
        if style == "any":
            style2 = rng.choice(["est", "est", "brand", "inst", "big"])
        else:
            style2 = style
        if style2 == "est":
            types = [x for x in POOLS["lt.type"] if sub is None or x[0] in _LT_SUB[sub]]
            typ, g = rng.choice(types)
            v = f"{typ} {_pick(rng, 'lt.name', split)} {de_town(t)}"
            return v, _art(typ, g)
        if style2 == "estnotown":
            types = [x for x in POOLS["lt.type"] if sub is None or x[0] in _LT_SUB[sub]]
            typ, g = rng.choice(types)
            v = f"{typ} {_pick(rng, 'lt.name', split)}"
            return v, _art(typ, g)
        if style2 == "brand":
            v = f"{_pick(rng, 'lt.brand', split)} {de_town(t)}"
            return v, _art(v, "m", brand=True)
        if style2 == "brand_en":
            return f"{_pick(rng, 'lt.brand', split)} in {t}", {}
        if style2 == "inst":
            insts = [x for x in _pool("lt.inst", split) if sub is None or x[0] in _LT_INST[sub]]
            typ, g = rng.choice(insts)
            v = f"{typ} {de_town(t)}"
            return v, _art(typ, g)
        if style2 == "big":
            bigs = [x for x in _pool("lt.big", split) if sub is None or (x[0] in _MINES) == (sub == "mine")]
            v, g = rng.choice(bigs)
            return v, _art(v, g)
        if style2 == "chez":
            c = _pick(rng, "lt.company", split)
            return rng.choice([f"{c} {a_town(t)}", f"{c} ({t})", f"{c}, {t}"]), {}
        if style2 == "dispensaire":
            c = _pick(rng, "comms", split)
            typ, g = rng.choice([("dispensaire", "m"), ("centre de santé", "m"), ("école", "f"),
                                 ("bureau du conseil de bande", "m"), ("coopérative", "f"),
                                 ("station de police", "f"), ("aéroport", "m")])
            v = f"{typ} {de_town(c)}"
            return v, _art(typ, g)
        if style2 == "sq":
            m = _pick(rng, "lt.mrc", split)
            v = rng.choice([f"poste de la SQ de la {m}", f"poste de la Sûreté du Québec de la {m}",
                            f"poste de la SQ {de_town(t)}", f"caserne {de_town(t)}",
                            f"caserne no {rng.randint(1, 9)} {de_town(t)}"])
            return v, _art(v, "m" if v.startswith("poste") else "f")
        raise ValueError(style2)
    return gen


_P("lt.mrc", [m for m in MRCS])


# ---------------------------------------------------------------------------
# Registre des familles
# ---------------------------------------------------------------------------
class Family:
    __slots__ = ("kind", "name", "gens", "templates")

    def __init__(self, kind, name, gens, templates):
        self.kind = kind
        self.name = name
        self.gens = gens
        self.templates = templates

    @property
    def full(self):
        return f"{self.kind}.{self.name}"


FAMILIES = []


def F(kind, name, gens, templates):
    if gens is None:
        g = {}
    elif callable(gens):
        g = {0: gens}
    else:
        g = dict(gens)
    FAMILIES.append(Family(kind, name, g, list(templates)))


# ===========================================================================
# NOM
# ===========================================================================
F("nom", "appel_911", NM("full"), [
    "Appel reçu à {HH}. Appelant : {v1}, dit voir des flammes sortir du toit de la maison voisine.",
    "{HH} appel de {v1} : l'eau monte dans le sous-sol, demande des sacs de sable.",
    "Appelant {v1} signale un arbre tombé sur les fils électriques, secteur {VILLE}.",
    "Rappel fait à {v1} à {HH}, aucune réponse, message laissé sur la boîte vocale.",
    "{v1} (appelant) confirme que tout le monde est sorti de la maison.",
    "L'appel provient de {v1}, témoin de la sortie de route sur la {RT}.",
])
F("nom", "formulaire_champs", {1: NM("SUR"), 2: NM("given")}, [
    "Nom : {v1}\nPrénom : {v2}\nStatut : propriétaire occupant",
    "Nom de famille : {v1} / Prénom : {v2} / Sinistre : inondation {YEAR}",
    "NOM: {v1}   PRÉNOM: {v2}   TYPE DE DOMMAGE: sous-sol",
    "Nom du réclamant : {v1} ; prénom : {v2} ; dossier transmis à la direction régionale",
    "nom={v1};prenom={v2};statut=locataire",
    "Prénom/Nom : {v2} / {v1} — formulaire reçu incomplet",
])
F("nom", "log_majuscules", NM("FULLUP"), [
    "{HH} CONTACT SUR PLACE : {v1} — ÉVACUATION VOLONTAIRE",
    "INTERVENANT CISSS RENCONTRE {v1} AU CENTRE D'HÉBERGEMENT TEMPORAIRE",
    "{HH} — {v1} REFUSE DE QUITTER LA RÉSIDENCE, AVIS VERBAL DONNÉ",
    "SINISTRÉ : {v1} / RELOGÉ PAR CROIX-ROUGE / {N} NUITÉES",
])
F("nom", "inverse_virgule", NM("inv"), [
    "Sinistré(e) : {v1}. Dommages au rez-de-chaussée, environ {CM} cm d'eau.",
    "{v1} — visite d'évaluation faite le {DATEFR}, photos au dossier.",
    "Propriétaires : {v1} et {v2}. Les deux signatures sont requises.",
    "Rencontre avec {v1}; explique avoir perdu le chauffe-eau et la fournaise.",
    "Réclamant : {v1} (copropriétaire indivis)",
])
F("nom", "initiales", NM("initials"), [
    "Vu {v1} au centre de services, formulaire complété sur place.",
    "Conversation tél. avec {v1} : attend toujours l'évaluateur.",
    "Selon {v1}, le ponceau est bouché depuis la fonte des neiges.",
    "Réf. {v1} — a signé le consentement à la transmission du dossier.",
])
F("nom", "surnom", NM("nick"), [
    "Le locataire du sous-sol, surnommé « {v1} », ne répond pas à la porte.",
    "Selon les voisins, c'est {v1} qui a allumé le feu de branches.",
    "{v1} est encore au camp de chasse, pas de réseau cellulaire là-bas.",
    "Le gars qu'on appelle {v1} au village aurait vu la coulée descendre.",
    "Individu connu sous le surnom de \"{v1}\", déjà rencontré par les patrouilleurs.",
])
F("nom", "honorifique_colle", NM("hon"), [
    "{v1} a quitté les lieux avant l'arrivée des pompiers.",
    "Visite chez {v1} : humidité importante, moisissures visibles au sous-sol.",
    "Entente prise avec {v1} pour l'accès au terrain par la machinerie.",
    "{v1} souhaite être rappelé{e1} en après-midi, après 13 h.",
    "Selon {v1}, le niveau d'eau a baissé d'une dizaine de centimètres cette nuit.",
    "Clés du garage remises à {v1} à {HH}.",
])
F("nom", "sms_citoyen", NM("lower"), [
    "allo c {v1}, l'eau rentre par la porte patio svp qqn peut venir",
    "bonjour jsuis {v1} on a pu d'électricité depuis hier soir",
    "cest {v1} qui ecrit, le sous sol est plein d'eau pcq la pompe a lâché",
    "msg txt de {v1} : « on s'en va à l'hôtel, pu de chauffage »",
])
F("nom", "radio_pompier", NM("SUR_G"), [
    "{UNIT} à centrale : occupant {v1} sorti du bâtiment, on poursuit la recherche primaire.",
    "Centrale à {UNIT}, le propriétaire {v1} est sur le trottoir, 10-4.",
    "{UNIT} : on a retrouvé {v1} dans le garage détaché, tout le monde est compté.",
    "Radio {UNIT} — {v1} nous remet les clés du cabanon, on ventile.",
])
F("nom", "anglais", NM("full", _ENGL), [
    "Spoke with homeowner {v1}, basement flooded up to the second step.",
    "{v1} called back, says the insurance adjuster never showed up.",
    "Per {v1}, the culvert on the road collapsed overnight.",
    "Contact person on site: {v1}. Will meet the inspector tomorrow at 9 a.m.",
    "Left a voicemail for {v1} re: temporary lodging allowance.",
])
F("nom", "famille_collectif", NM("sur"), [
    "La famille {v1} est relogée au motel jusqu'à nouvel ordre.",
    "Les {v1} du bout du chemin n'ont pas encore été rejoints.",
    "Chez les {v1}, le puits artésien est contaminé, eau embouteillée livrée.",
    "Famille {v1} : {N} personnes, hébergement temporaire accepté.",
])
F("nom", "liste_puces", NM("full"), [
    "Personnes hébergées au centre communautaire :\n- {v1}\n- {v2}\n- {v3}",
    "Absents à l'appel de 18 h :\n• {v1}\n• {v2}",
    "À rappeler demain : {v1}; {v2}; {v3}",
    "Liste évacuation secteur bas :\n* {v1}\n* {v2}\n* {v3}",
])
F("nom", "pipes", NM("INV"), [
    "SINISTRÉ|{v1}|RELOCALISÉ|CROIX-ROUGE|{DATEISO}",
    "{DATEISO} | {v1} | visite terrain | complétée",
    "DOSSIER OUVERT | {v1} | PGAF | en attente de pièces",
    "évacué|{v1}|hébergé chez un tiers|oui",
])
F("nom", "entete_courriel", NM("inv"), [
    "De : {v1}\nEnvoyé : {DATEFR}\nObjet : RE: ma demande d'aide financière",
    "-----Message d'origine-----\nDe : {v1}\nÀ : Centre de services aux sinistrés\nObjet : photos des dommages",
    "Transféré par {v1} le {DATEFR} : voir pièces jointes (devis de l'entrepreneur).",
    "From: {v1}\nSent: {DATEEN}\nSubject: flood claim follow-up",
])
F("nom", "minuscules_sans_accents", NM("lower"), [
    "proprio: {v1}, maison inondee cote riviere",
    "vu {v1} ce matin au centre, veut savoir pour le 2e versement",
    "{v1} pas rejoint x3",
    "occupant {v1} parti chez des amis a {VILLEL}",
])
F("nom", "possessif", NM("hon_or_full"), [
    "Le chalet de {v1} est isolé par la crue, accès par bateau seulement.",
    "Le VTT de {v1} a servi à sortir les gens du secteur inondé.",
    "La roulotte de {v1} s'est renversée avec les vents de {KMH} km/h.",
    "Le chien de {v1} a été récupéré par la SPA.",
    "Les animaux de la ferme de {v1} ont été déplacés chez un voisin.",
])
F("nom", "signature_intervenant", NM("init_sur"), [
    "Notes rédigées par {v1}, TS, équipe psychosociale.",
    "Évaluation complétée. — {v1}, évaluateur, direction régionale",
    "Suivi assuré par {v1} (intervenant psychosocial), prochain contact dans 48 h.",
    "Signé : {v1}, agent de rétablissement",
])
F("nom", "parentheses", NM("full"), [
    "L'occupant(e) ({v1}) refuse de quitter malgré l'ordre d'évacuation.",
    "Le propriétaire du bâtiment ({v1}) est arrivé sur les lieux à {HH}.",
    "Le témoin ({v1}) a filmé la coulée de boue avec son cellulaire.",
    "Gardien des clés ({v1}) joint, arrive dans 20 min.",
])
F("nom", "prenom_seul", NM("given"), [
    "{v1} est resté{e1} sur place pour surveiller la pompe.",
    "Parlé avec {v1} au comptoir, rappellera lundi.",
    "Bonjour, je m'appelle {v1} et je voulais savoir si l'eau du robinet est potable.",
    "{v1} dit que le voisin d'en arrière a une génératrice à prêter.",
])
F("nom", "dit_alias", {1: NM("full"), 2: NM("nick")}, [
    "{v1}, dit « {v2} », aurait déplacé les barricades.",
    "{v2} (de son vrai nom {v1}) était au volant du tracteur.",
    "Identifié comme {v1} alias {v2} par les patrouilleurs.",
    "{v1} aka {v2}, bien connu au village.",
])
F("nom", "particules", NM("particle"), [
    "Dommages constatés chez {v1} : toiture arrachée sur {N} mètres.",
    "{v1} demande une copie du rapport d'intervention.",
    "Les sacs de sable ont été livrés chez {v1} vers {HH}.",
    "Contact : {v1}, propriétaire du terrain riverain.",
])
F("nom", "epele", NM("spelled"), [
    "Nom épelé au téléphone : {v1}.",
    "Nom de famille {v1} (épelé par l'appelant, à valider)",
    "Épellation confirmée : {v1}",
    "SPELL: {v1} — bad line, caller repeated twice",
])
F("nom", "police_victime_suspect", NM("INV"), [
    "V1 : {v1}\nS1 : inconnu, a quitté à pied vers le nord",
    "Plaignant : {v1} / Suspect : {v2}",
    "Témoin T1 — {v1}; témoin T2 — {v2}",
    "PERS. IMPLIQUÉE : {v1} (conducteur véh. 1)",
])
F("nom", "au_nom_de", NM("full"), [
    "Chèque émis au nom de {v1}.",
    "La réclamation est au nom de {v1}, pas du locataire.",
    "Facture de l'entrepreneur libellée au nom de {v1}.",
    "Procuration signée en faveur de {v1} pour la suite du dossier.",
])
F("nom", "ordre_asiatique", NM("asian", _ASIA), [
    "Sinistré(e) : {v1}, interprète requis.",
    "{v1} ne parle pas français, interprétation par un voisin.",
    "Rencontré {v1} au centre d'hébergement de {VILLE}.",
    "Dossier {v1} — documents traduits reçus.",
])
F("nom", "bilingue", NM("full"), [
    "Le owner, {v1}, dit que the basement is full of water.",
    "{v1} said qu'il avait déjà call l'assurance.",
    "Talked to {v1}, va envoyer les photos by email ce soir.",
    "Meeting avec {v1} at 2 pm au bureau municipal.",
])
F("nom", "double_nom", NM("hyphen", ["qc", "qc", "haiti", "en"]), [
    "{v1} a signé la renonciation au retour dans la zone inondable.",
    "Dossier de {v1} transféré à l'équipe de {VILLE}.",
    "Propriétaire inscrit(e) : {v1}.",
    "{v1} confirme la démolition prévue la semaine prochaine.",
])
F("nom", "communaute_autochtone", NM("full", _INDIG), [
    "{v1}, de {COMM}, est hébergé{e1} à Joliette depuis le début des feux.",
    "Le conseil de bande confirme que {v1} a été évacué{e1} par avion vers {VILLE}.",
    "{v1} ({COMM}) demande le remboursement des frais de déplacement.",
    "Personne-ressource communautaire : {v1}, coordination des mesures d'urgence.",
])
F("nom", "transcription_vocale", NM("full"), [
    "[transcription] euh oui bonjour c'est {v1} j'appelle pour le formulaire",
    "Message vocal : « Oui allô, {v1} à l'appareil, rappelez-moi s'il vous plaît »",
    "[inaudible] ... {v1} ... l'eau est rendue au chemin",
    "Boîte vocale — {v1}, concernant la visite de l'inspecteur.",
])
F("nom", "honorifique_anglais", NM("hon_en", _ENGL), [
    "{v1} wants a call back before noon.",
    "Met {v1} at the reception centre, paperwork signed.",
    "According to {v1}, the water receded overnight.",
    "{v1} declined the Red Cross voucher.",
])

# ===========================================================================
# ADRESSE
# ===========================================================================
F("adresse", "complete_formelle", A("full"), [
    "Adresse du sinistre : {v1}",
    "Résidence principale située au {v1}. Dommages majeurs au sous-sol.",
    "Lieu de l'intervention : {v1} — sous-sol fini inondé.",
    "Le bâtiment du {v1} est déclaré perte totale.",
])
F("adresse", "numero_seul", A("civ"), [
    "Le {v1} est inondé jusqu'au premier plancher.",
    "Pompage terminé au {v1}, on passe au suivant.",
    "Le {v1} et le {v2} n'ont plus d'électricité.",
    "Faut repasser au {v1} demain, personne à la maison.",
])
F("adresse", "case_postale", A("cp"), [
    "Adresse postale : {v1}",
    "Courrier à envoyer à la {v1}, pas de livraison sur le chemin.",
    "Envoyer le chèque à {v1}.",
    "Mailing address: {v1}",
])
F("adresse", "lot_cadastral", A("lot"), [
    "Terrain riverain, lot {v1} du cadastre du Québec, érosion de la berge.",
    "Résidence érigée sur le lot {v1}, circonscription foncière de {VILLE}.",
    "Lots {v1} et {v2} : deux résidences touchées par le glissement.",
    "No de lot : {v1} (matricule à vérifier avec la municipalité)",
])
F("adresse", "rang_rural", A("rural"), [
    "Ferme au {v1}, bâtiments agricoles inondés.",
    "Le puits du {v1} est contaminé.",
    "Accès au {v1} coupé par la rivière.",
    "Adresse rurale : {v1}",
])
F("adresse", "appartement_seul", A("apt"), [
    "Plafond effondré, {v1}, locataire absent.",
    "Infiltration d'eau — {v1} seulement, les autres unités OK.",
    "Bloc de 6 logements : {v1} et {v2} inhabitables.",
    "Le concierge demande qu'on vérifie {v1} en priorité.",
])
F("adresse", "code_postal_seul", A("postal"), [
    "Code postal du sinistré : {v1}",
    "CP {v1}",
    "Seule info laissée sur le répondeur : code postal {v1}.",
    "Postal code {v1}, rural route.",
])
F("adresse", "anglais", A("en"), [
    "Resident at {v1} reports water coming through the foundation.",
    "Address: {v1}",
    "Inspection done at {v1}, mould in the basement.",
    "{v1} — power restored, occupants back home.",
])
F("adresse", "sms_minuscules", A("sms"), [
    "svp venez au {v1} l'eau monte vite",
    "jsuis au {v1} pu capable de sortir en auto",
    "c au {v1} la maison jaune",
    "{v1} arbre sur la maison!!",
])
F("adresse", "log_majuscules", A("caps"), [
    "{HH} ARRIVÉE AU {v1} — FUMÉE VISIBLE AU TOIT",
    "ADRESSE : {v1}",
    "LIEU INTERV. {v1}",
    "{v1} / FEU DE CHEMINÉE / MAÎTRISÉ {HH}",
])
F("adresse", "champs_separes", {1: A("civ"), 2: A("street")}, [
    "No civique : {v1} | Rue : {v2}",
    "Numéro : {v1}\nRue : {v2}",
    "civique={v1};voie={v2}",
    "NO CIV. {v1} / RUE {v2}",
])
F("adresse", "chalet_lac", A("chalet"), [
    "Chalet situé au {v1}, accessible seulement par la glace.",
    "Camp saisonnier, {v1}, non habité l'hiver.",
    "Résidence secondaire au {v1} : quai arraché.",
    "Le {v1} est enclavé depuis l'effondrement du ponceau.",
])
F("adresse", "unite_tiret", A("unit"), [
    "Dégât d'eau signalé au {v1}.",
    "Locataire du {v1} relogé temporairement.",
    "Sinistre : {v1} (unité au rez-de-chaussée)",
    "Adresse complète fournie : {v1}",
])
F("adresse", "rue_puis_numero", A("inv"), [
    "Résidence : {v1}, sous-sol inondé.",
    "Demande de visite pour {v1}.",
    "Lieu : {v1} — arbre sur la toiture.",
    "Vérifier le clapet au {v1}.",
])
F("adresse", "plage_numeros", A("plage"), [
    "Les résidences du {v1} sont sous ordre d'évacuation.",
    "Porte-à-porte fait aux {v1}, personne n'est resté.",
    "Eau dans les sous-sols du {v1}.",
    "Avis d'ébullition distribué aux {v1}.",
])
F("adresse", "numero_fractionne", A("demi"), [
    "Logement arrière au {v1}, accès par la ruelle.",
    "Le {v1} n'a pas de détecteur de fumée fonctionnel.",
    "Visite faite au {v1}, moisissures au plafond.",
    "Sinistre déclaré pour le {v1}.",
])
F("adresse", "maison_mobile", A("mobile"), [
    "Maison mobile du {v1}, parc du Domaine riverain, renversée par le vent.",
    "Parc de maisons mobiles : le {v1} est inondé, les autres sont épargnés.",
    "Réservoir d'huile arraché au {v1}.",
    "Roulotte installée sur le {v1} à déplacer d'urgence.",
])
F("adresse", "coordonnees_gps", A("gps"), [
    "Résidence isolée, coordonnées transmises par l'occupant : {v1}",
    "GPS de la maison : {v1} (pas d'adresse civique)",
    "Point de ramassage hélico devant la résidence : {v1}",
    "Lat/long résidence : {v1}",
])
F("adresse", "radio_abrege", A("short"), [
    "{UNIT} à centrale, 10-97 au {v1}.",
    "Centrale, redirigez l'autopompe au {v1}, c'est la maison en retrait.",
    "{UNIT} sur les lieux, {v1}, feu de sous-sol.",
    "Confirmez l'adresse : {v1}? 10-4.",
])
F("adresse", "plusieurs_adresses", A("full"), [
    "Maisons touchées : {v1} ; {v2} ; {v3}",
    "Déménagé du {v1} vers le {v2} en attendant les travaux.",
    "Résidences visitées :\n- {v1}\n- {v2}",
    "Adresses à rappeler : {v1} / {v2}",
])
F("adresse", "adresse_temporaire", A("full"), [
    "Relogement temporaire au {v1} jusqu'à la fin des travaux.",
    "Adresse de correspondance temporaire : {v1}",
    "Nouvelle adresse après le sinistre : {v1}",
    "Ancienne adresse : {v1} (démolie)",
])
F("adresse", "civique_sur_route", A("route"), [
    "Résidence au {v1}, accès coupé par l'affaissement.",
    "Maison du {v1} : eau jusqu'au seuil de la porte.",
    "Adresse : {v1} (entre les deux ponceaux)",
    "Le {v1} est la dernière maison avant le pont.",
])
F("adresse", "ville_code_postal", A("townpostal"), [
    "Domicile : {v1}",
    "Réside à {v1}, sans autre précision.",
    "Localisation du domicile : {v1}",
    "Home: {v1}",
])
F("adresse", "types_abreges", A("abbr"), [
    "Intervention au {v1} pour refoulement d'égout.",
    "Le {v1} a reçu un avis de non-conformité.",
    "Visite : {v1}, fissures dans la fondation.",
    "{v1} — chauffage d'appoint non sécuritaire.",
])

# ===========================================================================
# AGE
# ===========================================================================
F("age", "ans_standard", AG("adulte"), [
    "Occupant de {v1}, seul au domicile.",
    "Femme de {v1} hébergée chez des amis.",
    "Homme de {v1} retrouvé dans le véhicule immobilisé.",
    "Locataire ({v1}) rencontré sur place.",
])
F("age", "code_sexe", AG("code"), [
    "Occupants : {v1} et {v2}.",
    "{v1} au volant, seul dans le véhicule.",
    "Passagers : {v1}, {v2}, {v3}",
    "Personne rejointe : {v1}",
])
F("age", "lettre_a", {1: AG("a"), 2: AG("a_enfant")}, [
    "conducteur {v1}, permis valide",
    "Requérante {v1}, vit seule.",
    "occ. {v1} + enfant {v2}",
    "proprio {v1}, refuse l'évacuation",
])
F("age", "mois_semaines_jours", AG("petit"), [
    "Présence d'un bébé de {v1} dans le logement.",
    "Enfant de {v1} évacué avec les occupants.",
    "Nourrisson ({v1}) : besoin de lait maternisé et de couches.",
    "Poupon de {v1} à reloger en priorité.",
])
F("age", "en_lettres", {1: AG("mots"), 2: AG("mots_jeune"), 3: AG("mots_jeune")}, [
    "Une dame de {v1} vit seule au bout du rang.",
    "Le conducteur, âgé de {v1}, a quitté à pied.",
    "Deux jeunes de {v3} et de {v2} ont été vus près de la digue.",
    "Monsieur de {v1}, autonome, refuse l'hébergement.",
])
F("age", "etiquette", AG("num"), [
    "Âge : {v1}\nSexe : F\nBesoin : hébergement",
    "AGE: {v1} | SEXE: M",
    "âge={v1};statut=locataire",
    "Âge déclaré : {v1} (à confirmer)",
])
F("age", "anglais", AG("en"), [
    "{v1} male, lives alone, refused evacuation.",
    "Driver, {v1}, cooperative with officers.",
    "Homeowner, a {v1} man, lives alone according to the neighbour.",
    "Female occupant ({v1}) relocated to the arena.",
])
F("age", "ordinal", AG("ord"), [
    "La résidente fêtait son {v1} anniversaire la veille du sinistre.",
    "Dans sa {v1} année, refuse d'être relocalisée.",
    "L'homme, qui entamait sa {v1} année, vivait seul.",
    "Party du {v1} anniversaire annulé à cause de la panne.",
])
F("age", "parentheses_role", AG("num"), [
    "Conducteur ({v1}) et passagère ({v2}) sortis du véhicule par eux-mêmes.",
    "Le locataire ({v1}) a été hébergé par la Croix-Rouge.",
    "propriétaire ({v1}) sur place",
    "Requérant ({v1}) accompagné d'un voisin.",
])
F("age", "tableau_pipes", AG("num"), [
    "âge|sexe|statut\n{v1}|F|locataire",
    "occupant|âge\nA|{v1}\nB|{v2}",
    "SEXE|ÂGE|RELOGÉ\nM|{v1}|oui",
    "rôle;âge\nconducteur;{v1}",
])
F("age", "colle_majuscules", AG("glue"), [
    "HOMME {v1} SEUL DANS LA RÉSIDENCE",
    "femme {v1} hébergée au motel",
    "OCCUPANT {v1} — A QUITTÉ LES LIEUX",
    "conducteur {v1} pas de permis sur lui",
])
F("age", "an_et_demi", AG("demi"), [
    "Enfant de {v1} sur place, aucun siège d'auto disponible.",
    "Un petit de {v1} dort au 2e étage.",
    "Bambin ({v1}) évacué par les pompiers.",
    "Besoin de couches pour un enfant de {v1}.",
])
F("age", "dizaine_approximative", AG("dec"), [
    "Homme dans la {v1}, cheveux courts, vu près de la {RIV}.",
    "Dame dans la {v1}, vit seule avec ses chats, secteur {VILLE}.",
    "Individu d'une {v1} d'années, manteau rouge, secteur {VILLE}.",
    "Suspect dans la {v1}, a pris la fuite vers {HH}.",
])
F("age", "debut_fin_dizaine", AG("decmod"), [
    "Homme {v1}, barbe, casquette noire, vu vers {HH}.",
    "Conductrice {v1}, seule à bord, km {KM} de la {RT}.",
    "Occupant {v1} selon le voisinage de {VILLE}.",
    "Randonneur {v1} porté disparu depuis {HH}.",
])
F("age", "mot_genaire", AG("gen"), [
    "Une {v1} vit seule dans la maison isolée par l'eau à {VILLE}.",
    "Le propriétaire, {v1}, refuse de quitter sa maison malgré l'ordre de {HH}.",
    "Évacuation d'un {v1} par les pompiers à {HH}.",
    "Résidente {v1}, autonome, hébergée chez une voisine à {VILLE}.",
])
F("age", "anglais_mots", AG("en_words"), [
    "Caller is {v1}, alone at home.",
    "The occupant, {v1}, was evacuated by boat.",
    "Driver reported to be {v1}.",
    "Homeowner ({v1}) asked for help with sandbags.",
])
F("age", "slash_sexe", AG("slash"), [
    "Conducteur {v1}, véhicule immobilisé sur l'accotement.",
    "Pt {v1} pris en charge au centre d'hébergement.",
    "Occupants : {v1} et {v2}",
    "Témoin {v1} rencontré sur place.",
])
F("age", "couple_deux_ages", {1: AG("num"), 2: AG("vieux")}, [
    "Couple de {v1} et {v2} isolé par la crue.",
    "Les occupants, {v1} et {v2}, refusent de partir.",
    "Deux résidents ({v1} et {v2}) évacués en chaloupe.",
    "Propriétaires de {v1} et {v2}, sans voiture.",
])
F("age", "enfant_contexte", AG("enfant"), [
    "Un jeune de {v1} était seul à la maison au moment du feu à {VILLE}.",
    "Jeune de {v1} ramené par les policiers à {HH}.",
    "Élève de {v1} dont le transport scolaire est annulé, seul à l'arrêt.",
    "Garçon de {v1} retrouvé sain et sauf près du ruisseau à {HH}.",
])
F("age", "decennie_anglaise", AG("dec_en"), [
    "Woman in her {v1}, last seen near the {RIV}.",
    "Male in his {v1}, refused to leave the property.",
    "Couple in their {v1}, no vehicle, stranded in {VILLE}.",
    "Hiker in his {v1}, reported missing at {HH}.",
])
F("age", "ordinal_anglais", AG("ord_en"), [
    "Resident was celebrating her {v1} birthday when the power went out.",
    "Man turned {v1} last week, lives alone.",
    "The {v1} birthday party at the hall was cancelled.",
    "Occupant, about to turn {v1}, asked to stay home.",
])
F("age", "sms_age", AG("adulte"), [
    "chu tout seul jai {v1} pis mon auto part pas",
    "la dame d'en face a {v1} elle peut pas sortir",
    "mon voisin a genre {v1} il répond pas",
    "slt jai {v1} est ce que je peux avoir de l'aide",
])
F("age", "age_detenu", AG("adulte"), [
    "Prévenu, {v1}, transféré à l'établissement de détention de {EDT}.",
    "Personne incarcérée ({v1}) admise au secteur B.",
    "Détenu de {v1}, libéré à {HH}.",
    "Admission : homme de {v1}, première incarcération.",
])

# ===========================================================================
# DATE DE NAISSANCE
# ===========================================================================
F("date_naissance", "lettres_mois", DN("long"), [
    "Occupant né le {v1}, propriétaire depuis 1990.",
    "Requérante née le {v1}.",
    "Le sinistré, né le {v1}, vit seul.",
    "Date de naissance déclarée : {v1}",
])
F("date_naissance", "iso", DN("iso"), [
    "DDN : {v1}",
    "Date de naissance (AAAA-MM-JJ) : {v1}",
    "ddn {v1} confirmée avec la pièce d'identité",
    "DDN={v1};statut=propriétaire",
])
F("date_naissance", "barres_obliques", DN("slash"), [
    "Né(e) le {v1}",
    "D.N. {v1}",
    "Date naiss. : {v1}",
    "naissance {v1} (selon le formulaire)",
])
F("date_naissance", "annee_seule", DN("year"), [
    "Propriétaire né en {v1}, habite la maison depuis toujours.",
    "Année de naissance : {v1}",
    "Locataire (née en {v1}) demande un relogement.",
    "Born in {v1}, lives alone.",
])
F("date_naissance", "abreviations", DN("abbr"), [
    "DDN {v1}",
    "né le {v1}, à valider",
    "Naiss. : {v1}",
    "date de naiss {v1}",
])
F("date_naissance", "anglais", DN("en"), [
    "DOB: {v1}",
    "Date of birth {v1}",
    "Born {v1}, per the claim form.",
    "D.O.B. {v1}",
])
F("date_naissance", "compacte", DN("compact"), [
    "DDN {v1} (format compact)",
    "naiss={v1}",
    "Date naissance (sans séparateur) : {v1}",
    "dob:{v1}",
])
F("date_naissance", "points", DN("points"), [
    "Date de naissance : {v1}",
    "geb./né le {v1}",
    "Né le {v1} (document étranger)",
    "Naissance : {v1}",
])
F("date_naissance", "en_toutes_lettres", DN("mots"), [
    "[transcription] née le {v1}",
    "Il dit être né le {v1}.",
    "Date de naissance dictée : {v1}",
    "« je suis né le {v1} » (message vocal)",
])
F("date_naissance", "mois_annee", DN("moisannee"), [
    "Né en {v1}.",
    "Naissance déclarée : {v1}",
    "Requérant né en {v1}, selon la pièce d'identité.",
    "Mois/année de naissance : {v1}",
])
F("date_naissance", "deux_personnes", DN("long"), [
    "Occupants nés le {v1} et le {v2}.",
    "Propriétaires : nés respectivement le {v1} et le {v2}.",
    "DDN requérant : {v1} ; DDN co-requérant : {v2}",
    "Dates de naissance au formulaire : {v1} / {v2}",
])
F("date_naissance", "annee_apostrophe", DN("apos"), [
    "Conducteur né en {v1}, permis probatoire expiré.",
    "Occupante née en {v1}, vit seule.",
    "le proprio est né en {v1} selon lui",
    "Classe de {v1}, ancien pompier volontaire.",
])
F("date_naissance", "tirets", DN("tirets"), [
    "DN : {v1}",
    "né le {v1}",
    "Date de naissance fournie : {v1}",
    "DDN {v1} — vérifiée",
])
F("date_naissance", "espaces", DN("espaces"), [
    "Date de naissance {v1}",
    "DDN : {v1} (vérifiée au comptoir)",
    "naissance {v1}",
    "Né le {v1}",
])
F("date_naissance", "majuscules", DN("caps"), [
    "DATE NAISS. {v1}",
    "NÉ LE {v1}",
    "DDN: {v1} — SEXE: M",
    "NÉE LE {v1}",
])
F("date_naissance", "sms", DN("sms"), [
    "ne le {v1} si ca peut aider",
    "chu nee le {v1}",
    "ma date de naissance c le {v1}",
    "dn {v1}",
])
F("date_naissance", "tableau_pipes", DN("isoj"), [
    "NOM|DDN\n[caviardé]|{v1}",
    "ddn|sexe\n{v1}|F",
    "DDN|STATUT|RELOGÉ\n{v1}|locataire|oui",
    "naissance;ville\n{v1};{VILLE}",
])
F("date_naissance", "vers_annee", DN("year"), [
    "Âge inconnu, né vers {v1}.",
    "Né autour de {v1} selon le voisinage.",
    "Individu né vers {v1}, identité à confirmer.",
    "Estimated year of birth: {v1}",
])
F("date_naissance", "premier_du_mois", DN("premier"), [
    "Né le {v1} (selon la carte d'assurance maladie)",
    "Naissance (selon l'acte) : {v1}",
    "Née le {v1}, date confirmée par téléphone.",
    "Né le {v1}, à confirmer",
])
F("date_naissance", "parentheses_role", DN("iso"), [
    "Le conducteur (né le {v1}) a été rencontré.",
    "La locataire ({v1}) demande une prolongation.",
    "Propriétaire ({v1}) présent lors de la visite.",
    "Témoin (DDN {v1}) rencontré sur place.",
])
F("date_naissance", "anglais_annee", DN("year"), [
    "b. {v1}",
    "Year of birth: {v1}",
    "Occupant (born {v1}) refused to leave.",
    "YOB {v1}",
])
F("date_naissance", "formulaire_aide", DN("slash"), [
    "Section 1 — Identification\nDate de naissance : {v1}\nÉtat civil : ___",
    "Requérant principal | date de naissance {v1}",
    "Formulaire PGAF, case 3 : {v1}",
    "Champ « naissance » : {v1}",
])
F("date_naissance", "correctionnel", DN("abbr"), [
    "Admission, DDN {v1}, prévenu.",
    "Fiche d'écrou : naissance {v1}",
    "Libération conditionnelle — DDN {v1}",
    "Transfert : personne née le {v1}",
])

# ===========================================================================
# SANTÉ
# ===========================================================================
F("sante", "etat_adjectif", S("s.adj"), [
    "L'occupant est {v1}, besoin d'un suivi par le CLSC.",
    "Résidente {v1}, ne peut pas rester seule au centre d'hébergement.",
    "Personne {v1} à évacuer en priorité.",
    "Le locataire, {v1}, refuse de quitter le logement.",
])
F("sante", "souffre_de", S("s.noun"), [
    "La dame souffre {de_v1}, vérifier la médication.",
    "Diagnostic {de_v1} connu, suivi au CLSC.",
    "Personne atteinte {de_v1}, ne doit pas rester seule.",
    "Antécédents : {v1}.",
])
F("sante", "aide_mobilite", S("s.mob"), [
    "Se déplace avec {un1}{v1}, impossible de descendre l'escalier sans aide.",
    "Utilise {un1}{v1}, transport adapté requis pour l'évacuation.",
    "A dû laisser {son1}{v1} dans la maison évacuée.",
    "Sortie par les pompiers avec {son1}{v1}.",
])
F("sante", "equipement_medical", S("s.equip"), [
    "Dépend {du1}{v1}, génératrice requise en priorité.",
    "Occupant avec {un1}{v1}, aviser les ambulanciers.",
    "Demande qu'on récupère {le1}{v1} resté au sous-sol.",
    "Utilise {un1}{v1} la nuit; pas d'électricité depuis {HH}.",
])
F("sante", "medication", S("s.med"), [
    "Occupant sous {v1}, n'a que deux jours de réserve.",
    "N'a plus {de_v1} depuis l'évacuation, pharmacie avisée.",
    "Médication : {v1}.",
    "A oublié ses médicaments ({v1}) dans la maison évacuée.",
])
F("sante", "anglais", S("s.en"), [
    "Resident is {v1}, needs priority evacuation.",
    "Caller states the occupant is {v1}.",
    "Note for paramedics: client is {v1}.",
    "Homeowner is {v1} and cannot use the stairs.",
])
F("sante", "blessure", S("s.inj"), [
    "Transporté au CH pour {v1}.",
    "Blessure : {v1}, prise en charge par Urgences-santé.",
    "Dx préliminaire des ambulanciers : {v1}.",
    "Pompier volontaire traité sur place pour {v1}.",
])
F("sante", "sigle_dx", S("s.abbr"), [
    "Dx : {v1}",
    "ATCD : {v1}, {v2}",
    "Hx {v1} — à surveiller",
    "Antécédents médicaux : {v1} / {v2} / {v3}",
])
F("sante", "grossesse", S("s.preg"), [
    "La locataire est {v1}, transport adapté demandé.",
    "Femme {v1} parmi les personnes évacuées.",
    "Occupante {v1} : hébergement près de l'hôpital souhaité.",
    "Passagère {v1}, vérifiée par les ambulanciers.",
])
F("sante", "sante_mentale", S("s.mental"), [
    "Propos inquiétants, signes {de_v1}, référé au CISSS.",
    "Suivi en psychiatrie pour {v1}.",
    "Note de l'intervenant psychosocial : {v1} (observation lors de la visite).",
    "Historique {de_v1} mentionné par l'occupant.",
])
F("sante", "dependance", S("s.addict"), [
    "Problème {de_v1} connu des intervenants.",
    "Contexte {de_v1}, référé au service de réadaptation.",
    "L'occupant mentionne un historique {de_v1}.",
    "Facteur aggravant : {v1}.",
])
F("sante", "formulaire_besoins", SMIX("s.electro", "s.handi", "s.adj"), [
    "Besoins particuliers : {v1}",
    "Vulnérabilité déclarée : {v1}",
    "BESOIN SPÉCIAL : {v1}",
    "Clientèle vulnérable ({v1}) — appel de courtoisie fait.",
])
F("sante", "liste_vulnerabilites", SMIX("s.noun", "s.handi", "s.abbr"), [
    "Vulnérabilités :\n- {v1}\n- {v2}",
    "Conditions déclarées : {v1}; {v2}; {v3}",
    "État de santé : {v1} + {v2}",
    "Problèmes de santé : {v1}, {v2}",
])
F("sante", "radio_ambulance", S("s.radio"), [
    "{UNIT} : patient {v1}, transport urgent vers l'{HOSP}.",
    "Centrale, on a un patient {v1} dans le véhicule.",
    "Victime {v1} sortie du logement par les pompiers.",
    "{UNIT} : personne {v1} au sous-sol, on demande Urgences-santé.",
])
F("sante", "allergie", S("s.allerg"), [
    "Attention : occupant {v1}, aviser la cuisine du centre d'hébergement.",
    "Note repas : {v1}.",
    "Personne hébergée — {v1}.",
    "Signalé à la Croix-Rouge : {v1}.",
])
F("sante", "cognitif", S("s.cogn"), [
    "Personne hébergée avec {v1}, ne doit pas rester seule.",
    "Résidente connue pour {v1}, risque d'errance.",
    "Occupant présentant : {v1} (selon le CLSC).",
    "Suivi SAD pour {v1}.",
])
F("sante", "expressions_populaires", S("s.pop"), [
    "Le monsieur d'en face {verb1} {v1}, faudrait pas le laisser tout seul.",
    "Le bonhomme {verb1} {v1}, il pourra pas pelleter.",
    "Le voisin {verb1} {v1} selon le concierge, depuis {HH} sans chauffage.",
    "Le locataire du haut {verb1} {v1}, ça presse.",
])
F("sante", "bilingue", S("s.en"), [
    "Le client est {v1}, faut une génératrice asap.",
    "La dame est {v1}, elle peut pas monter dans le bateau.",
    "Occupant {v1} selon le voisin, à vérifier.",
    "Le proprio est {v1}, besoin de transport adapté.",
])
F("sante", "post_sinistre", S("s.post"), [
    "Depuis l'inondation de {YEAR} : {v1}, référé en soutien psychosocial.",
    "L'occupant rapporte des symptômes : {v1} depuis le feu.",
    "Présente des signes de détresse : {v1}, selon l'intervenante.",
    "Suivi post-sinistre pour {v1}, rencontre à {H}.",
])
F("sante", "police_intoxication", S("s.police"), [
    "Conducteur {v1}, arrêté sur les lieux.",
    "Individu {v1}, pris en charge par les patrouilleurs.",
    "Le suspect était {v1} au moment de l'interception.",
    "Passager {v1}, ramené au poste.",
])
F("sante", "correctionnel", S("s.corr"), [
    "Détenu — {v1} — consultation à l'infirmerie.",
    "Transfert reporté (prévenu : {v1}).",
    "Admission — personne incarcérée, note médicale : {v1}.",
    "Note au dossier : {v1}.",
])
F("sante", "handicap", S("s.handi"), [
    "Handicap : {v1}",
    "Limitation fonctionnelle : {v1}, transport adapté requis.",
    "Occupant vivant avec : {v1}.",
    "Personne avec {v1} à reloger au rez-de-chaussée.",
])
F("sante", "traitement_en_cours", S("s.treat"), [
    "Occupant {v1}, ne doit pas être relocalisé loin de l'hôpital.",
    "Traitement en cours : {v1}.",
    "La résidente est {v1}, déplacement difficile.",
    "Patient {v1}, l'infirmière du CLSC passe demain.",
])
F("sante", "electrodependance", S("s.electro"), [
    "Priorité rebranchement Hydro : client ({v1}).",
    "Usager {v1}, génératrice livrée à {HH}.",
    "Inscrit à la liste des clients prioritaires ({v1}).",
    "Panne : occupant {v1}, autonomie de batterie de 4 h.",
])
F("sante", "sms_voisin", S("s.adj"), [
    "ma voisine est {v1} elle peut pas sortir seule svp",
    "le monsieur d'en bas est {v1} quelqu'un peut aller le voir",
    "la dame au coin est {v1} pis l'eau monte",
    "mon coloc est {v1}, on a besoin d'aide",
])
F("sante", "rx_liste", S("s.med"), [
    "Rx : {v1}, {v2}",
    "Médicaments à remplacer : {v1} / {v2} / {v3}",
    "Liste de médication fournie : {v1}; {v2}",
    "Rx perdue dans le feu : {v1} + {v2}",
])
F("sante", "triage_majuscules", S("s.noun", upper=True), [
    "TRIAGE P2 — {v1}",
    "CONDITION CONNUE : {v1}",
    "ALERTE MÉDICALE : {v1}",
    "ATCD {v1} / ESCALIERS IMPOSSIBLES",
])

# ===========================================================================
# COURRIEL
# ===========================================================================
F("courriel", "standard", EM("std"), [
    "Courriel : {v1}",
    "Le sinistré préfère être joint à {v1}.",
    "Adresse courriel au dossier : {v1}",
    "Envoyer le formulaire à {v1} svp.",
])
F("courriel", "arobase_mots", EM("mots"), [
    "courriel dicté : {v1}",
    "son email c'est {v1}",
    "Adresse électronique (transcrite au téléphone) : {v1}",
    "[vocal] écrivez-moi à {v1}",
])
F("courriel", "crochets_at", EM("crochets"), [
    "Contact : {v1}",
    "courriel (anti-pourriel) : {v1}",
    "Adresse fournie sur le formulaire web : {v1}",
    "reply to {v1}",
])
F("courriel", "espaces_parasites", EM("espaces"), [
    "Courriel saisi : {v1}",
    "email {v1} (tapé avec des espaces)",
    "Adresse : {v1}",
    "Joindre par courriel : {v1}",
])
F("courriel", "majuscules", EM("caps"), [
    "COURRIEL : {v1}",
    "CONTACT {v1}",
    "{HH} COURRIEL ENVOYÉ À {v1}",
    "ADR. ÉLECTRONIQUE — {v1}",
])
F("courriel", "chevrons_entete", EM("std"), [
    "De : <{v1}>\nObjet : photos sous-sol",
    "Répondre à : <{v1}>",
    "From: <{v1}>\nSubject: RE: claim",
    "À : <{v1}>; Cc : centre de services",
])
F("courriel", "mailto", EM("std"), [
    "Lien du formulaire : mailto:{v1}",
    "mailto:{v1}?subject=Réclamation",
    "Courriel cliquable : mailto:{v1}",
    "href=\"mailto:{v1}\"",
])
F("courriel", "fautes_de_frappe", EM("faute"), [
    "Courriel (probablement mal écrit) : {v1}",
    "email : {v1}",
    "Courriel retourné, adresse invalide : {v1}",
    "adresse donnée : {v1} — à valider",
])
F("courriel", "plus_adressage", EM("plus"), [
    "Courriel de l'occupant : {v1}",
    "Utiliser {v1} pour les suivis.",
    "Adresse dédiée fournie : {v1}",
    "contact par courriel seulement : {v1}",
])
F("courriel", "entite_html", EM("html"), [
    "Courriel : {v1} (site web)",
    "<p>Contact : {v1}</p>",
    "courriel={v1}",
    "Adresse copiée du portail : {v1}",
])
F("courriel", "encode_url", EM("url"), [
    "lien : ?courriel={v1}",
    "https://formulaire.exemple/suivi?email={v1}&etape=2",
    "Paramètre reçu : email={v1}",
    "redirect?to={v1}",
])
F("courriel", "deux_adresses", EM("std"), [
    "Courriels : {v1} ou {v2}",
    "Contacts : {v1} ; {v2}",
    "Écrire à {v1} (cc {v2})",
    "Adresses au dossier : {v1} / {v2} / {v3}",
])
F("courriel", "pipes", EM("std"), [
    "COURRIEL|{v1}|confirmé",
    "{DATEISO}|courriel envoyé|{v1}",
    "contact;{v1};préféré",
    "email|{v1}|bounce",
])
F("courriel", "sms", EM("std"), [
    "mon email c {v1} merci",
    "envoyez moi ca a {v1} svp",
    "{v1} c mon courriel",
    "jai pas recu le formulaire, c {v1}",
])
F("courriel", "bilingue", EM("std"), [
    "Email : {v1}, prefers French.",
    "Envoyer le claim form à {v1} asap.",
    "Contact by email only: {v1}",
    "Send the photos to {v1} svp",
])
F("courriel", "json_formulaire", EM("std"), [
    "\"courriel\": \"{v1}\"",
    "'email': '{v1}', 'consentement': True",
    "courriel:\"{v1}\"",
    "<courriel>{v1}</courriel>",
])
F("courriel", "a_commercial", EM("acomm"), [
    "Courriel dicté : {v1}",
    "adresse : {v1}",
    "Il a dit : {v1}",
    "Transcription : {v1}",
])
F("courriel", "retour_non_livre", EM("std"), [
    "Échec de livraison au destinataire {v1}.",
    "Undeliverable: {v1}",
    "Message retourné — boîte pleine ({v1}).",
    "Delivery has failed to these recipients: {v1}",
])
F("courriel", "epele", EM("epele"), [
    "Courriel épelé : {v1}",
    "adresse lettre par lettre : {v1}",
    "Épellation du courriel : {v1}",
    "email spelled out: {v1}",
])
F("courriel", "parenthese_phrase", EM("std"), [
    "Le proprio (écrire à {v1}) attend le rapport.",
    "Documents reçus (de {v1}) et classés.",
    "La locataire ({v1}) n'a pas accès à un téléphone.",
    "Facture envoyée par l'occupant ({v1}).",
])
F("courriel", "cc_liste", EM("std"), [
    "CC : {v1}; {v2}",
    "Destinataires : {v1}, {v2}",
    "Cci : {v1}",
    "Copie conforme à {v1} et {v2}",
])
F("courriel", "fournisseurs_regionaux", EM("std"), [
    "Courriel de la résidente : {v1} (fournisseur local)",
    "Adresse : {v1}, consulte rarement.",
    "Meilleur moyen de joindre : {v1}",
    "Seul contact possible : {v1}",
])

# ===========================================================================
# TÉLÉPHONE
# ===========================================================================
F("telephone", "tirets", TL("tirets"), [
    "Tél. : {v1}",
    "Rappeler l'occupant au {v1} avant 16 h.",
    "Numéro laissé sur le répondeur : {v1}",
    "Joignable au {v1} en soirée.",
])
F("telephone", "parentheses", TL("paren"), [
    "Téléphone : {v1}",
    "Le sinistré demande qu'on le rappelle au {v1}.",
    "No de tél. au dossier : {v1}",
    "Contact principal : {v1}",
])
F("telephone", "espaces", TL("espaces"), [
    "tel {v1}",
    "Numéro : {v1}",
    "On peut joindre la locataire au {v1}.",
    "Rappel au {v1} fait à {HH}.",
])
F("telephone", "colle", TL("colle"), [
    "tel:{v1}",
    "No tel {v1}",
    "Rejoindre au {v1}",
    "numero={v1}",
])
F("telephone", "points", TL("points"), [
    "Tél. {v1}",
    "Cell. {v1}",
    "Numéro donné : {v1}",
    "Appeler au {v1}",
])
F("telephone", "international", TL("intl"), [
    "Numéro fourni : {v1}",
    "Tel: {v1}",
    "Contact WhatsApp : {v1}",
    "Rejoindre au {v1} (indicatif inclus)",
])
F("telephone", "avec_poste", TL("poste"), [
    "Joignable au travail : {v1}",
    "Tél. trav. {v1}",
    "Laisser un message au {v1}",
    "Work phone: {v1}",
])
F("telephone", "cellulaire_etiquette", TL("mix"), [
    "cell : {v1}",
    "Cellulaire : {v1}",
    "Cell. perso {v1}",
    "mobile {v1}",
])
F("telephone", "sept_chiffres", TL("sept"), [
    "Tél. {v1} (même indicatif)",
    "Rappeler au {v1}, ligne terrestre.",
    "no {v1}",
    "Téléphone de la maison : {v1}",
])
F("telephone", "en_mots", TL("mots"), [
    "[transcription] mon numéro c'est {v1}",
    "Numéro dicté : {v1}",
    "Message vocal : rappelez-moi au {v1}",
    "Il a laissé le {v1}",
])
F("telephone", "residence_travail", TL("mix"), [
    "Tél. rés. {v1} / tél. trav. {v2}",
    "Rés. : {v1} — Cell. : {v2}",
    "Maison {v1}, cell {v2}",
    "Home {v1}; cell {v2}",
])
F("telephone", "indicatif_un", TL("un"), [
    "Numéro (longue distance) : {v1}",
    "Composer le {v1}",
    "Tél. interurbain : {v1}",
    "Rejoindre au {v1} (interurbain)",
])
F("telephone", "format_atypique", TL("atyp"), [
    "tél. {v1}",
    "No : {v1}",
    "Téléphone (mal formaté) : {v1}",
    "num {v1}",
])
F("telephone", "sms", TL("mix"), [
    "appelle moi au {v1} stp",
    "mon num c {v1}",
    "textez moi au {v1} jai pu de batterie",
    "{v1} c mon cell",
])
F("telephone", "parentheses_collees", TL("parenc"), [
    "Tél.{v1}",
    "Contact : {v1} (soir seulement)",
    "tel:{v1} (soir)",
    "No. {v1}",
])
F("telephone", "anglais", TL("mix"), [
    "Call back at {v1}.",
    "Phone: {v1}",
    "Reached the homeowner at {v1}.",
    "Best number: {v1} after 5 p.m.",
])
F("telephone", "pipes", TL("mix"), [
    "TEL|{v1}|rés.",
    "{DATEISO}|rappel|{v1}|sans réponse",
    "contact;{v1};cell",
    "TÉL|{v1}|CELL|{v2}",
])
F("telephone", "radio", TL("mix"), [
    "Centrale, le propriétaire demande qu'on le rappelle au {v1}, 10-4.",
    "{UNIT} : contact sur place, numéro {v1}.",
    "Transmettez au superviseur le {v1} pour le suivi.",
    "Numéro de rappel donné : {v1}, terminé.",
])
F("telephone", "telecopieur", TL("mix"), [
    "Télécopieur personnel : {v1}",
    "Fax : {v1}",
    "Téléc. {v1}",
    "Documents reçus du télécopieur {v1}.",
])
F("telephone", "laisser_message", TL("mix"), [
    "{v1} (laisser un message, pas de texto)",
    "Joignable au {v1} seulement en soirée.",
    "{v1} — répondeur, parle anglais seulement",
    "Rappeler au {v1} en après-midi; ne répond pas aux numéros masqués.",
])
F("telephone", "via_voisin", TL("mix"), [
    "Joignable chez une voisine au {v1}.",
    "Pas de téléphone, passer par le dépanneur au {v1}.",
    "Numéro temporaire (hôtel) : {v1}",
    "Peut être rejoint au {v1} chez des amis.",
])
F("telephone", "majuscules", TL("mix"), [
    "TÉL: {v1} RÉS",
    "NO TÉLÉPHONE {v1}",
    "{HH} RAPPEL {v1} — PAS DE RÉPONSE",
    "CONTACT TÉL. {v1}",
])
F("telephone", "liste_contacts", TL("mix"), [
    "Contacts : {v1}, {v2}, {v3}",
    "Numéros à essayer :\n- {v1}\n- {v2}",
    "Liste de rappel : {v1} / {v2}",
    "Tél. : {v1} ou {v2} ou {v3}",
])

# ===========================================================================
# PLAQUE
# ===========================================================================
F("plaque", "quebec_standard", PQ("qc"), [
    "Véhicule immatriculé {v1} stationné devant la résidence.",
    "Plaque : {v1}",
    "Vérif. SAAQ sur {v1} : aucune entrave.",
    "Auto abandonnée dans l'eau, plaque {v1}.",
])
F("plaque", "sms_minuscules", PQ("qclow"), [
    "la plaque c {v1} je pense",
    "le pick-up noir {v1} est encore là",
    "ya un char dans le fossé plaque {v1}",
    "plaque {v1} mal stationné devant la borne",
])
F("plaque", "ontario", PQ("on"), [
    "Véhicule de l'Ontario, plaque {v1}.",
    "Plaque ON {v1}, conducteur coopératif.",
    "Ontario plate {v1} parked on the shoulder.",
    "Roulotte immatriculée en Ontario ({v1}).",
])
F("plaque", "etats_unis", PQ("us"), [
    "Plaque américaine {v1} (NY).",
    "Vermont plate {v1}, vehicle stuck in the mud.",
    "Camion immatriculé aux États-Unis : {v1}",
    "Véhicule US, plaque {v1}, chasseurs en pourvoirie.",
])
F("plaque", "vehicule_decrit", PQ("qc"), [
    "Ford F-150 gris, plaque {v1}, stationné sur la digue.",
    "Honda Civic bleue {v1} impliquée dans la sortie de route.",
    "Dodge Ram 2500 blanc, immat. {v1}, 4x4.",
    "Toyota RAV4 2019 rouge — {v1}",
])
F("plaque", "radio_phonetique", PQ("nato"), [
    "Centrale, vérifiez la plaque {v1}.",
    "{UNIT} : plaque {v1}, véhicule inoccupé.",
    "Je répète : {v1}.",
    "Plaque du suspect : {v1}, direction nord.",
])
F("plaque", "log_majuscules", PQ("qc"), [
    "{HH} VÉH. {v1} REMORQUÉ",
    "IMMAT QC: {v1}",
    "PLAQUE {v1} — PROPRIÉTAIRE AVISÉ",
    "{HH} INTERCEPTION VÉH {v1}",
])
F("plaque", "plusieurs_vehicules", PQ("qc"), [
    "Véhicule 1 : {v1}\nVéhicule 2 : {v2}",
    "Impliqués : {v1} et {v2}",
    "Autos dans le stationnement inondé : {v1}, {v2}, {v3}",
    "V1 {v1} / V2 {v2}",
])
F("plaque", "anglais", PQ("qc"), [
    "Licence plate {v1}, registered in Quebec.",
    "Plate {v1} ran through the barricade.",
    "Vehicle with plate {v1} left at the marina.",
    "Checked plate {v1}: no record.",
])
F("plaque", "lecteur_lapi", PQ("qc"), [
    "Le LAPI a relevé la plaque {v1} à {HH}.",
    "Lecture automatique : {v1}, alerte véhicule volé.",
    "Alerte LAPI — {v1}",
    "Plaque {v1} détectée par le système de reconnaissance.",
])
F("plaque", "pipes", PQ("qc"), [
    "VÉH|Honda Civic|bleu|{v1}",
    "{DATEISO}|remorquage|{v1}",
    "plaque;{v1};QC",
    "IMMAT|{v1}|SAAQ OK",
])
F("plaque", "personnalisee", PQ("vanity"), [
    "Plaque personnalisée « {v1} », VUS noir.",
    "Le camion avec la plaque {v1} est connu au village.",
    "Plaque perso {v1} sur le pick-up.",
    "Véhicule à plaque de fantaisie {v1}.",
])
F("plaque", "commerciale", PQ("comm"), [
    "Camion de livraison, plaque {v1}.",
    "Semi-remorque immatriculé {v1} renversé.",
    "Véhicule lourd {v1} contrôlé au poste de pesée.",
    "Camion-benne {v1} stationné dans la zone inondable.",
])
F("plaque", "remorque", PQ("rem"), [
    "Remorque immatriculée {v1} détachée et emportée.",
    "Roulotte, plaque {v1}, à déplacer.",
    "Plaque de la remorque : {v1}",
    "Remorque à bateau {v1} laissée sur la descente.",
])
F("plaque", "moto", PQ("moto"), [
    "Moto {v1} renversée dans la côte.",
    "Motocyclette immatriculée {v1}.",
    "Plaque moto : {v1}",
    "Harley noire, plaque {v1}.",
])
F("plaque", "vtt_motoneige", PQ("vtt"), [
    "VTT immatriculé {v1} retrouvé dans le sentier.",
    "Motoneige {v1} passée à travers la glace.",
    "Immatriculation du VTT : {v1}",
    "Quatre-roues {v1} laissé près du barrage de castors.",
])
F("plaque", "taxi", PQ("taxi"), [
    "Taxi {v1} a transporté des sinistrés vers le centre.",
    "Véhicule de taxi, plaque {v1}.",
    "Plaque taxi : {v1}",
    "Coupon de transport utilisé dans le taxi {v1}.",
])
F("plaque", "commerçant", PQ("dealer"), [
    "Véhicule avec plaque de commerçant {v1}.",
    "Plaque X : {v1}, concessionnaire avisé.",
    "Auto d'essai immatriculée {v1}.",
    "Plaque de garage {v1} sur le véhicule accidenté.",
])
F("plaque", "nouveau_brunswick", PQ("nb"), [
    "Véhicule du Nouveau-Brunswick, plaque {v1}.",
    "Plaque NB {v1} vue à la traverse.",
    "Immatriculé au N.-B. : {v1}",
    "NB plate {v1}, driver from Campbellton.",
])
F("plaque", "espacee", PQ("spaced"), [
    "Plaque (lue à voix haute) : {v1}",
    "plaque {v1}",
    "Immat. notée par le témoin : {v1}",
    "Le témoin a noté {v1} sur sa main.",
])
F("plaque", "partielle_et_complete", PQ("qc"), [
    "Plaque notée par le témoin : {v1} (à confirmer SAAQ).",
    "Témoin croit avoir vu {v1}.",
    "Selon la caméra du dépanneur : {v1}.",
    "Véhicule suspect, immat. {v1}.",
])
F("plaque", "remorquage", PQ("qc"), [
    "Remorquage du véhicule {v1} vers la fourrière municipale.",
    "Fourrière : {v1} récupéré.",
    "Bon de remorquage, plaque {v1}.",
    "Le {v1} a été déplacé hors de la zone inondée.",
])

# ===========================================================================
# IDENTIFIANT
# ===========================================================================
F("identifiant", "ramq", ID("ramq"), [
    "No RAMQ : {v1}",
    "Carte d'assurance maladie {v1}",
    "RAMQ {v1} (exp. {YEAR})",
    "No d'assurance maladie fourni : {v1}",
])
F("identifiant", "nas", ID("nas"), [
    "NAS : {v1}",
    "No d'assurance sociale {v1}",
    "Le requérant a fourni son NAS ({v1}).",
    "NAS {v1} requis pour le versement.",
])
F("identifiant", "permis_conduire", ID("permis"), [
    "Permis de conduire : {v1}",
    "No de permis {v1}, classe 5.",
    "Vérif. permis {v1} : valide.",
    "Permis {v1} suspendu selon la SAAQ.",
])
F("identifiant", "dossier_sinistre", ID("dossier"), [
    "No de dossier du sinistré : {v1}",
    "Dossier {v1} — réclamation complétée.",
    "Réf. dossier personnel : {v1}",
    "Le sinistré cite le dossier {v1} au téléphone.",
])
F("identifiant", "detenu", ID("detenu"), [
    "Détenu no {v1}",
    "No de personne incarcérée : {v1}",
    "Transfert du détenu {v1} vers {EDT}.",
    "Libération du no {v1} à {HH}.",
])
F("identifiant", "employe", ID("employe"), [
    "Matricule employé : {v1}",
    "No d'employé {v1}",
    "Pompier volontaire, matricule {v1}.",
    "Employé {v1} en arrêt de travail.",
])
F("identifiant", "passeport", ID("passeport"), [
    "Passeport no {v1}",
    "Pièce présentée : passeport {v1}",
    "Passport # {v1}",
    "Vérification du passeport {v1}.",
])
F("identifiant", "anglais", ID("nas"), [
    "SIN: {v1}",
    "Social Insurance Number {v1}",
    "Claimant provided SIN {v1}.",
    "SIN # {v1}",
])
F("identifiant", "carte_sante_ontario", ID("onhc"), [
    "Carte santé de l'Ontario : {v1}",
    "OHIP {v1}",
    "Health card #{v1}",
    "No de carte santé (ON) {v1}",
])
F("identifiant", "client_hydro", ID("hydro"), [
    "No de client Hydro-Québec : {v1}",
    "Compte Hydro {v1}",
    "Le client (compte {v1}) demande un rebranchement.",
    "Référence Hydro du sinistré : {v1}",
])
F("identifiant", "empreintes_sed", ID("fps"), [
    "No SED {v1}",
    "FPS {v1}",
    "Empreintes : no {v1}",
    "Dossier SED {v1} vérifié au CRPQ.",
])
F("identifiant", "statut_indien", ID("statut"), [
    "No de statut d'Indien : {v1}",
    "Certificat de statut {v1}",
    "Status card # {v1}",
    "Le requérant présente sa carte de statut ({v1}).",
])
F("identifiant", "ircc_iuc", ID("uci"), [
    "IUC : {v1}",
    "UCI {v1}",
    "No client IRCC {v1}",
    "Résident permanent, IUC {v1}.",
])
F("identifiant", "dossier_medical", ID("mrn"), [
    "No de dossier hospitalier : {v1}",
    "MRN {v1}",
    "Dossier CH {v1}",
    "Patient, no de dossier {v1}, transféré.",
])
F("identifiant", "permis_armes", ID("pal"), [
    "Permis d'armes à feu no {v1}",
    "PPA {v1}",
    "PAL {v1} vérifié",
    "Permis de possession et d'acquisition {v1}",
])
F("identifiant", "reclamation_assurance", ID("reclam"), [
    "No de réclamation de l'assureur : {v1}",
    "Réclamation {v1} ouverte chez l'assureur.",
    "Claim number {v1}",
    "Sinistre assuré, dossier {v1}",
])
F("identifiant", "cnesst", ID("cnesst"), [
    "Dossier CNESST {v1}",
    "No de réclamation CNESST : {v1}",
    "Lésion professionnelle, dossier {v1}",
    "CNESST {v1}",
])
F("identifiant", "majuscules_pipes", ID("ramq"), [
    "RAMQ|{v1}|valide",
    "NO RAMQ: {v1}",
    "{DATEISO}|carte RAMQ|{v1}",
    "ASSURANCE MALADIE {v1}",
])
F("identifiant", "sms", ID("ramq"), [
    "mon num d'assurance maladie c {v1}",
    "ma carte soleil {v1}",
    "voici mon numero de carte {v1}",
    "carte rAMQ {v1} si vous en avez besoin",
])
F("identifiant", "plusieurs", {1: ID("ramq"), 2: ID("nas")}, [
    "RAMQ {v1} / NAS {v2}",
    "Identifiants : assurance maladie {v1}; NAS {v2}",
    "Pièces : carte soleil {v1}, NAS {v2}",
    "RAMQ: {v1} | SIN: {v2}",
])
F("identifiant", "ivac", ID("ivac"), [
    "No IVAC {v1}",
    "Dossier IVAC : {v1}",
    "Victime d'acte criminel, dossier {v1}",
    "Réclamation IVAC {v1} en traitement.",
])
F("identifiant", "matricule_agent", ID("matricule"), [
    "Agent matricule {v1} sur les lieux.",
    "Constat rédigé par le matricule {v1}.",
    "Policier {v1} a pris la déclaration.",
    "Rapport signé, matricule {v1}.",
])
F("identifiant", "dossier_dpj", ID("dpj"), [
    "Dossier DPJ {v1}",
    "Signalement retenu, dossier {v1}",
    "No de dossier jeunesse : {v1}",
    "Enfant suivi, dossier {v1}",
])
F("identifiant", "carte_embarcation", ID("pcoc"), [
    "Carte de conducteur d'embarcation de plaisance {v1}",
    "Carte d'embarcation no {v1}",
    "PCOC {v1}",
    "Conducteur du bateau, carte {v1}.",
])
F("identifiant", "certificat_chasseur", ID("chasse"), [
    "Certificat du chasseur no {v1}",
    "Permis de chasse {v1}",
    "Chasseur, certificat {v1}, retrouvé au camp.",
    "No de certificat de chasse : {v1}",
])

# ===========================================================================
# LIEN FAMILIAL
# ===========================================================================
F("lien_familial", "enfant_de_notable", LF("std"), [
    "{cdet1}{v1} a appelé pour signaler l'eau dans la rue.",
    "C'est {det1}{v1} qui a vu le feu en premier.",
    "Demande d'aide {de1}{v1}.",
    "{cdet1}{v1} demande qu'on vérifie la maison du voisin.",
])
F("lien_familial", "populaire_au", LF("pop"), [
    "C'est {det1}{v1} qui conduisait le pick-up.",
    "{cdet1}{v1} est resté{e1} pris{e1} dans le chalet.",
    "paraît que c'est {det1}{v1} qui a mis le feu",
    "{cdet1}{v1} était sur place avant les pompiers.",
])
F("lien_familial", "chef_communaute", LF("chef"), [
    "{cdet1}{v1} a été évacué{e1} par avion.",
    "Selon {det1}{v1}, le chemin d'accès est coupé.",
    "Hébergement demandé pour {det1}{v1}.",
    "{cdet1}{v1} coordonne les bénévoles.",
])
F("lien_familial", "sport", LF("sport"), [
    "{cdet1}{v1} était à bord du véhicule.",
    "Selon les témoins, c'est {det1}{v1} qui a appelé le 911.",
    "Présence {de1}{v1} parmi les évacués.",
    "{cdet1}{v1} refuse de commenter.",
])
F("lien_familial", "elu_depute", LF("depute"), [
    "{cdet1}{v1} habite la zone inondée.",
    "Plainte déposée par {det1}{v1} au bureau municipal.",
    "{cdet1}{v1} demande un traitement accéléré du dossier.",
    "Parmi les sinistrés : {det1}{v1}.",
])
F("lien_familial", "chaine_parente", LF("chain"), [
    "C'est {det1}{v1} qui louait le sous-sol.",
    "{cdet1}{v1} a été vu{e1} près de la digue.",
    "Le VTT appartient {a1}{v1}.",
    "Selon le voisinage, {det1}{v1} vit dans la roulotte.",
])
F("lien_familial", "veuf_veuve", LF("veuve"), [
    "{cdet1}{v1} habite toujours la maison familiale.",
    "Visite chez {det1}{v1} : toiture endommagée.",
    "{cdet1}{v1} demande de l'aide pour vider le sous-sol.",
    "On a rejoint {det1}{v1} par l'entremise du presbytère.",
])
F("lien_familial", "anglais", LF("en"), [
    "{cdet1}{v1} called the hotline twice.",
    "Sandbags delivered {a1}{v1}.",
    "{cdet1}{v1} was among the evacuees.",
    "According to {det1}{v1}, the road washed out at dawn.",
])
F("lien_familial", "bilingue_mix", LF("mix"), [
    "{cdet1}{v1} a call pour l'eau dans la cave.",
    "C'est {det1}{v1} qui a le bateau.",
    "{cdet1}{v1} est pogné de l'autre bord de la rivière.",
    "Talked to {det1}{v1}, ok pour le relogement.",
])
F("lien_familial", "parentheses", LF("std"), [
    "Occupant(e) ({v1}) refuse de quitter.",
    "Le locataire ({v1}) a signé le formulaire.",
    "Témoin rencontré ({v1}).",
    "La requérante ({v1}) demande la confidentialité.",
])
F("lien_familial", "formulaire_lien", LF("std"), [
    "Lien avec la personne à joindre : {v1}",
    "Identification de l'appelant : {v1}",
    "Qualité du requérant : {v1}",
    "Relation : {v1}",
])
F("lien_familial", "liste_puces", LF("std"), [
    "Évacués du secteur :\n- {v1}\n- {v2}",
    "Personnes à rappeler :\n• {v1}\n• {v2}\n• {v3}",
    "Occupants : {v1}; {v2}",
    "Hébergés au motel : {v1} / {v2}",
])
F("lien_familial", "evenement_connu", LF("event"), [
    "{cdet1}{v1} demande le rapport d'intervention.",
    "Appel {de1}{v1}, très ébranlé{e1}.",
    "{cdet1}{v1} souhaite rencontrer le coroner.",
    "Visite {de1}{v1} au centre de services.",
])
F("lien_familial", "sms", LF("pop"), [
    "cest {det1}{v1} qui est pogné{e1} dans le chalet",
    "{det1}{v1} a pu de chauffage",
    "allo c {det1}{v1}, on a besoin d'aide",
    "jpense que {det1}{v1} est encore dans sa maison",
])
F("lien_familial", "radio", LF("std"), [
    "{UNIT} : occupant identifié comme {det1}{v1}, 10-4.",
    "Centrale, on a {det1}{v1} avec nous sur le bateau.",
    "{UNIT} à centrale, {det1}{v1} demande à parler au superviseur.",
    "Avisez la mairie : {det1}{v1} est sur les lieux.",
])
F("lien_familial", "majuscules", LF("std", upper=True), [
    "{HH} APPEL {de1}{v1} — EAU DANS LE SOUS-SOL",
    "SINISTRÉ : {v1}",
    "INFO TRANSMISE PAR {det1}{v1}",
    "{HH} — {det1}{v1} REFUSE L'ÉVACUATION",
])
F("lien_familial", "dispensaire_nord", LF("chef"), [
    "Pont aérien : {det1}{v1} à bord du premier vol.",
    "{cdet1}{v1} est hébergé{e1} à Val-d'Or.",
    "Message relayé par {det1}{v1}.",
    "{cdet1}{v1} attend des nouvelles de sa maison.",
])
F("lien_familial", "deux_liens", LF("std"), [
    "{cdet1}{v1} et {det2}{v2} ont été relogés ensemble.",
    "Présents : {det1}{v1}, {det2}{v2}.",
    "Appels reçus {de1}{v1} puis {de2}{v2}.",
    "{cdet1}{v1} héberge {det2}{v2}.",
])
F("lien_familial", "pipes", LF("std"), [
    "APPELANT|{v1}|rappel fait",
    "{DATEISO}|{v1}|relogé",
    "occupant;{v1};oui",
    "SINISTRÉ|{v1}|PGAF",
])
F("lien_familial", "discours_indirect", LF("std"), [
    "La personne au bout du fil se présente comme {det1}{v1}.",
    "Elle dit être {det1}{v1}.",
    "Affirme être {det1}{v1} et avoir les clés.",
    "La personne s'identifie comme {det1}{v1}.",
])
F("lien_familial", "policier", LF("std"), [
    "La personne interpellée est {det1}{v1}.",
    "Plainte pour méfait visant {det1}{v1}.",
    "Personne suspecte : {v1}.",
    "Constat d'infraction remis {a1}{v1}.",
])
F("lien_familial", "chaine_populaire", LF("chain"), [
    "cé {det1}{v1} qui a la clé du garage",
    "{det1}{v1} dit que le pont est fendu",
    "le pick-up est {a1}{v1}",
    "{det1}{v1} reste dans la roulotte en arrière",
])
F("lien_familial", "correctionnel", LF("std"), [
    "La personne détenue serait {det1}{v1}, risque de représailles.",
    "Visite autorisée pour {det1}{v1}.",
    "Personne prévenue : {v1}, isolement préventif.",
    "Note : la personne incarcérée est {det1}{v1}.",
])

# ===========================================================================
# LIEU DE TRAVAIL
# ===========================================================================
F("lieu_travail", "travaille_a", LT("est"), [
    "L'occupant travaille {a1}{v1}, quart de soir.",
    "Elle travaille {a1}{v1} et ne pourra venir qu'après 17 h.",
    "Le requérant travaille {a1}{v1} depuis le printemps.",
    "Travaille {a1}{v1}, joignable sur l'heure du dîner.",
])
F("lieu_travail", "employe_de", LT("est", "usine"), [
    "Employé {d1}{v1}, en congé forcé depuis l'inondation.",
    "La locataire est employée {d1}{v1}.",
    "Ancien employé {d1}{v1}, connu du voisinage.",
    "Le témoin est employé {d1}{v1}.",
])
F("lieu_travail", "anglais", LT("brand_en"), [
    "Works at the {v1}, night shift.",
    "Employed at the {v1} according to the neighbour.",
    "The occupant works at the {v1} and was not home.",
    "Caller works at the {v1}, will come after work.",
])
F("lieu_travail", "employeur_champ", LT("any"), [
    "Employeur : {v1}",
    "Employeur déclaré — {v1}",
    "Nom de l'employeur : {v1}",
    "EMPLOYEUR: {v1}",
])
F("lieu_travail", "quart_usine", LT("big", "usine"), [
    "Était sur le quart de nuit {a1}{v1} au moment de l'évacuation.",
    "Revenait du travail {a1}{v1} quand la route a cédé vers {HH}.",
    "Travaille sur les chiffres {a1}{v1}, absent une semaine sur deux.",
    "Quart de 12 h {a1}{v1}, ne peut pas se libérer avant {H}.",
])
F("lieu_travail", "sms", LT("brand"), [
    "jtravaille {a1}{v1} je peux passer après 5h",
    "chu à la job {a1}{v1} jusqu'à minuit",
    "jsuis caissiere {a1}{v1}",
    "je finis a 9h {a1}{v1}",
])
F("lieu_travail", "sante_education", LT("inst", "sante"), [
    "Travaille {a1}{v1} comme éducatrice.",
    "Enseignante {a1}{v1}, en congé depuis le sinistre.",
    "Travaille de soir {a1}{v1}.",
    "Le requérant est concierge {a1}{v1}.",
])
F("lieu_travail", "chez_entreprise", LT("chez"), [
    "Travaille chez {v1}.",
    "Technicien chez {v1}, de retour vendredi.",
    "Emploi chez {v1} depuis l'an dernier.",
    "Il est machiniste chez {v1}.",
])
F("lieu_travail", "commerce_local", LT("est", "commerce"), [
    "Employée {d1}{v1}, connue de tout le village.",
    "Elle tient la caisse {a1}{v1} le matin.",
    "Gérant {d1}{v1}.",
    "Cuisinier {a1}{v1} depuis dix ans.",
])
F("lieu_travail", "services_publics", LT("sq"), [
    "Agent en poste {a1}{v1}.",
    "Pompier volontaire rattaché {a1}{v1}.",
    "Affecté {a1}{v1}, ne peut pas commenter.",
    "Répartiteur {a1}{v1}.",
])
F("lieu_travail", "nord_communaute", LT("dispensaire"), [
    "Travaille de nuit {a1}{v1}.",
    "Travaille {a1}{v1} depuis deux hivers.",
    "Employé {d1}{v1}, évacué par avion.",
    "Le requérant travaille {a1}{v1}.",
])
F("lieu_travail", "abreviations", LT("est", "usine"), [
    "trav. {a1}{v1}",
    "emploi: {v1}",
    "trav ds {l1}{v1} (quart jour)",
    "empl. {d1}{v1}",
])
F("lieu_travail", "absent_au_travail", LT("est", "commerce"), [
    "Était au travail {a1}{v1} au moment du feu.",
    "Personne à la maison : le propriétaire était {a1}{v1}.",
    "Absent, au travail {a1}{v1} jusqu'à 23 h.",
    "L'occupante a été avisée sur son lieu de travail ({v1}).",
])
F("lieu_travail", "plusieurs_employeurs", LT("any"), [
    "Employeurs déclarés : {v1} ; {v2}",
    "Deux emplois : {v1} et {v2}",
    "Revenus d'emploi : {v1} / {v2}",
    "Emplois : {v1}, {v2}, {v3}",
])
F("lieu_travail", "employeur_apposition", LT("est"), [
    "L'employeur, {l1}{v1}, a fermé après l'inondation.",
    "Son employeur ({v1}) confirme l'absence.",
    "Lettre de l'employeur — {v1} — jointe au dossier.",
    "Perte d'emploi : l'employeur ({v1}) a été détruit par le feu.",
])
F("lieu_travail", "majuscules", LT("est"), [
    "EMPLOYEUR ACTUEL : {v1}",
    "TRAVAILLE {a1}{v1}",
    "{HH} CONTACT FAIT AU TRAVAIL ({v1})",
    "LIEU DE TRAVAIL : {v1}",
])
F("lieu_travail", "pipes", LT("any"), [
    "employeur|{v1}|temps plein",
    "{DATEISO}|emploi|{v1}",
    "travail;{v1};jour",
    "EMPL|{v1}|OUI",
])
F("lieu_travail", "bilingue", LT("brand"), [
    "Il work {a1}{v1}, back à 6 pm.",
    "Elle fait des shifts {a1}{v1}.",
    "Works {a1}{v1}, peut pas venir avant le weekend.",
    "Full time {a1}{v1}.",
])
F("lieu_travail", "grandes_surfaces", LT("brand"), [
    "Commis {a1}{v1}.",
    "Travaille {a1}{v1}, horaire variable.",
    "Employée {d1}{v1}, horaire de soir.",
    "Le requérant est gérant de rayon {a1}{v1}.",
])
F("lieu_travail", "chantier_mine", LT("big", "mine"), [
    "En fly-in fly-out {a1}{v1}.",
    "Travailleur {d1}{v1}, 14 jours sur 14.",
    "Sur la rotation {d1}{v1}, retour dans 10 jours.",
    "Employé {d1}{v1}, logé au campement.",
])
F("lieu_travail", "benevole_organisme", LT("inst", "muni"), [
    "Bénévole {a1}{v1} les fins de semaine.",
    "Travaille à temps partiel {a1}{v1}.",
    "Employé de soutien {a1}{v1}.",
    "Personne contact {a1}{v1}.",
])
F("lieu_travail", "ferme_nature", LT("est", "nature"), [
    "Ouvrier agricole {a1}{v1}.",
    "Saisonnier {a1}{v1}.",
    "Travailleur étranger temporaire {a1}{v1}.",
    "Journalier {a1}{v1}.",
])
F("lieu_travail", "sans_ville", LT("estnotown", "commerce"), [
    "Travaille {a1}{v1}, le commerce du coin.",
    "Employé {d1}{v1} depuis l'ouverture.",
    "Commis {a1}{v1}, temps partiel.",
    "Propriétaire d'aucun commerce, employé {d1}{v1}.",
])


# ===========================================================================
# PROPRE (aucun renseignement personnel)
# ===========================================================================
def C(name, templates):
    F("propre", name, None, templates)


C("niveau_riviere", [
    "Niveau de la {RIV} à {M} m à la station de {VILLE}, en hausse de {CM} cm depuis {H}.",
    "{RIV} : débit de {DEBIT} m³/s, seuil d'inondation mineure dépassé à {H}.",
    "Le CEHQ prévoit une pointe de crue sur la {RIV} d'ici 48 h.",
    "Lecture {HH} : {M} m (seuil d'alerte {M2} m). Surveillance maintenue.",
])
C("pont_nomme_personne", [
    "Fermeture complète du {PONT} direction sud de 22 h à 5 h pour inspection.",
    "Le {PONT} est rouvert à la circulation depuis {H}.",
    "Entrave sur le {PONT} : une voie sur deux, vents de {KMH} km/h.",
    "Inspection visuelle des piles du {PONT} après l'embâcle, aucun dommage.",
])
C("autoroute_km", [
    "Collision au km {KM} de l'autoroute {A} direction est, voie de droite fermée.",
    "A-{A} fermée entre les sorties {SORTIE} et {SORTIE2}, détour balisé par la {RT}.",
    "Camion-citerne renversé au km {KM} de l'A-{A}, périmètre de sécurité de {NB} m.",
    "Chaussée glacée, {N} sorties de route entre les km {KM} et {KM2} de l'autoroute {A}.",
])
C("ecole_nommee_personne", [
    "Évacuation préventive de l'{ECOLE} : {NB} élèves relocalisés au centre communautaire.",
    "L'{ECOLE} est fermée demain en raison de la panne d'électricité.",
    "Fuite de gaz dans le stationnement de l'{ECOLE}, élèves confinés jusqu'à {H}.",
    "Le gymnase de l'{ECOLE} sert de centre d'hébergement pour la nuit.",
])
C("hopital_nomme_personne", [
    "L'{HOSP} a activé son code orange à {H}.",
    "Génératrice en fonction à l'{HOSP}, aucun impact sur les soins.",
    "Transfert de {N} lits vers l'{HOSP} en prévision de la crue.",
    "Accès à l'urgence de l'{HOSP} par l'entrée ambulancière seulement.",
])
C("titres_officiels", [
    "Le maire a décrété l'état d'urgence local à {H}.",
    "La directrice du CISSS confirme l'ouverture d'un centre de services aux sinistrés à {VILLE}.",
    "Le préfet de la {MRC} demande le soutien de l'ORSC.",
    "Selon le directeur du service incendie de {VILLE}, le feu est sous contrôle depuis {H}.",
    "La coordonnatrice municipale de sécurité civile tiendra un point de presse à {H}.",
    "Le ministre sera à {VILLE} demain pour constater les dommages.",
])
C("meteo", [
    "Avertissement de pluie verglaçante : {MM} à {MMB} mm prévus d'ici demain matin.",
    "Environnement Canada : rafales jusqu'à {KMH} km/h sur le littoral.",
    "Vague de froid, refroidissement éolien de -{DEG} attendu cette nuit.",
    "Chute de neige de {CM} cm en 24 h, visibilité nulle par endroits.",
])
C("feu_foret", [
    "Feu no {FEU} : {HA} ha, statut « maîtrisé » depuis {H}.",
    "SOPFEU : {N} nouveaux incendies, indice d'inflammabilité extrême.",
    "Interdiction de faire des feux à ciel ouvert sur tout le territoire de la {MRC}.",
    "Le feu {FEU} progresse vers le nord, aucune infrastructure menacée pour l'instant.",
])
C("anglais_personnel", [
    "Road closed between exits {SORTIE} and {SORTIE2} due to flooding.",
    "Shelter at the arena reached capacity ({NB} cots), overflow to the school gym.",
    "Boil-water advisory remains in effect for {VILLE}.",
    "Crews expect power to be restored by {HEN} tomorrow.",
])
C("route_numerotee", [
    "Route {RTN} fermée entre les kilomètres {KM} et {KM2}, affaissement de la chaussée.",
    "Ponceau emporté sur la {RT}, détour par le rang voisin.",
    "Circulation en alternance sur la {RT} à la hauteur du km {KM}.",
    "La {RT} est inondée sur {MS} km entre {VILLE} et {VILLE2}.",
])
C("age_batiments_equipements", [
    "Bâtiment de {NBB} ans, structure de bois, aucun gicleur.",
    "Autopompe de {YO} ans en réparation, remplacée par celle de la caserne voisine.",
    "Le barrage, construit il y a {NBB} ans, est sous surveillance accrue.",
    "Église patrimoniale de {NBB} ans fortement endommagée par le vent.",
])
C("bilan_comptes", [
    "{NB} résidences évacuées, {N} personnes hébergées par la Croix-Rouge.",
    "Bilan : {NB} appels au 911, {N} interventions prioritaires.",
    "{NB} sinistrés inscrits au centre de services en date de {H}.",
    "Aucun blessé, {N} bâtiments secondaires détruits.",
])
C("chronologie_heures", [
    "Début de l'intervention {H}, fin {H2}. Rapport à suivre.",
    "{HH} appel reçu / {HH2} départ / {HH3} arrivée / {HH4} sous contrôle",
    "Fermeture du centre de coordination prévue à {H}.",
    "Relève des équipes à 7 h et 19 h jusqu'à nouvel ordre ({MRC}).",
])
C("codes_operations", [
    "Opération {OPCODE} en cours, niveau de mobilisation 2.",
    "Code 10-33 levé à {HH}, retour au service normal.",
    "Événement rattaché au sinistre {SINCODE}, voir rapport de situation no {N}.",
    "Activation de l'OSCQ — mission {OPCODE}.",
])
C("equipement_services", [
    "Ressources : {N} autopompes, 1 citerne, 1 échelle aérienne de {MS} m.",
    "Déploiement de {NB} m de barrières anti-inondation et de {BIGN} sacs de sable.",
    "Embarcation de sauvetage nautique et VTT amphibie demandés en renfort à {HH}.",
    "Génératrice de {KW} kW installée au centre d'hébergement.",
])
C("statistiques_police", [
    "Infractions au Code de la sécurité routière : {BIGN} en {YEAR}, {BIGN2} en {YEAR2}.",
    "Vols de véhicules : baisse de {PCT} % par rapport à l'an dernier.",
    "Collisions avec blessés graves sur le territoire desservi : {NB}.",
    "Opération nationale concertée : {NB} constats d'infraction remis.",
])
C("statistiques_correctionnelles", [
    "Taux d'occupation de l'établissement de détention de {EDT} : {PCT} %.",
    "{NB} personnes incarcérées en moyenne par jour, dont {PCT} % en détention provisoire.",
    "Transferts interétablissements : {N} vers {EDT}, {N2} vers {EDT2}.",
    "Programme de réinsertion : {NB} participants inscrits, {N} places disponibles.",
])
C("programme_aide_financiere", [
    "Programme général d'aide financière lors de sinistres réels ou imminents : {NB} dossiers ouverts.",
    "Le décret d'admissibilité vise {N} municipalités de la {MRC}.",
    "Avance de {MONEY} $ versée par dossier admissible de la {MRC}, selon les normes du programme.",
    "Date limite pour déposer une réclamation : {DATEFR}.",
])
C("parc_nomme_personne", [
    "Le {PARC} est fermé au public jusqu'à nouvel ordre.",
    "Arbres tombés dans le {PARC}, sentiers interdits.",
    "Rassemblement des équipes au stationnement du {PARC} à {H}.",
    "Les installations sanitaires du {PARC} sont hors d'usage depuis la crue.",
])
C("stations_metro", [
    "Service interrompu à la {METRO} pour une fumée sur la voie.",
    "Évacuation de la {METRO} par mesure préventive, reprise à {H}.",
    "Inondation partielle de l'accès nord de la {METRO}.",
    "Navettes par autobus entre la {METRO} et la {METRO2}.",
])
C("mrc_municipalites", [
    "{MRC} : {N} municipalités touchées, {N2} en mesures préventives.",
    "Entente d'entraide intermunicipale activée avec la {MRC}.",
    "La municipalité de {VILLE} a ouvert son centre de coordination.",
    "Rencontre de l'ORSC avec les municipalités de la {MRC} à {H}.",
])
C("dates_evenement", [
    "Événement du {DATEISO}, levée des mesures à {H}, {N} jours plus tard.",
    "Crue printanière de {YEARP} : comparaison avec {YEARP2}, niveau inférieur de {CM} cm.",
    "Rapport de situation du {DATEFR}, 8 h.",
    "Période de retour estimée à {N}0 ans pour l'événement du {DATEFR}.",
])
C("abreviations_personnel", [
    "Pompage ds le secteur bas terminé à {HH}, pcq le niveau baisse.",
    "Tél. fait à la municipalité de {VILLE}, rappel prévu pr demain.",
    "Qqn du MTMD doit passer vérif le ponceau de la {RT}.",
    "Rés. évacuées ds le secteur de {VILLE} : {N}.",
])
C("bilingue", [
    "Avis d'ébullition / Boil-water advisory en vigueur à {VILLE}.",
    "Centre d'hébergement open 24/7 à l'aréna de {VILLE}.",
    "Road closure confirmée par le MTMD jusqu'à {H}.",
    "Shuttle bus entre le centre d'hébergement et le centre-ville toutes les {MS} min.",
])
C("pipes_alertes", [
    "ALERTE|Inondation|{RIV}|Vigilance|{DATEISO}",
    "{DATEISO}|{VILLE}|Vent violent|{N} interventions|Terminé",
    "type=glissement;municipalite={VILLE};statut=ouvert",
    "SITREP | {MRC} | crue | niveau 2 | stable",
])
C("log_majuscules", [
    "{HH} DÉPART CASERNE {N} — {HH2} ARRIVÉE SUR LES LIEUX",
    "{HH} FEU DE VÉHICULE — KM {KM} A-{A} — MAÎTRISÉ",
    "ÉVACUATION LEVÉE {HH} — RETOUR DES RÉSIDENTS AUTORISÉ",
    "{HH} ENTRAVE LEVÉE ROUTE {RTN}",
])
C("barrages_centrales", [
    "Hydro-Québec augmente le débit évacué à la {CENTRALE} à {DEBIT} m³/s.",
    "Le {BARRAGE} est en mode de surveillance renforcée depuis le {DATEFR}.",
    "Aucune anomalie constatée au {BARRAGE} lors de la tournée de {H}.",
    "Déversement contrôlé à la {CENTRALE}, riverains avisés par la municipalité.",
])
C("toponymes_saints", [
    "Ordre d'évacuation pour le secteur riverain de {SAINTV}.",
    "Pluie abondante sur le Lac-Saint-Jean et le Haut-Saint-Maurice : {MM} mm depuis {H}.",
    "Les municipalités de {SAINTV} et {SAINTV2} sont en alerte.",
    "Glissement de terrain à {SAINTV}, secteur du rang.",
])
C("chsld_clsc_nommes", [
    "Le {CHSLD} fonctionne sur génératrice depuis {H}.",
    "Aucun résident du {CHSLD} n'a dû être déplacé malgré la panne de {N} h.",
    "Le {CLSC} prolonge ses heures d'ouverture jusqu'à 21 h le {DATEFR}.",
    "Livraison d'eau embouteillée au {CHSLD} faite à {H}.",
])
C("sorties_autoroute", [
    "Sortie {SORTIE} fermée; détour par la {RT}.",
    "Accès à la sortie {SORTIE} rétabli vers {H}.",
    "Bouchon de {MS} km à l'approche de la sortie {SORTIE}.",
    "Les bretelles de la sortie {SORTIE} sont fermées pour dégagement.",
])
C("tempetes_nommees", [
    "Passage de la tempête post-tropicale {TEMPETE} : {BIGN} clients privés d'électricité.",
    "Les vestiges de l'ouragan {TEMPETE} ont causé de l'érosion côtière aux Îles-de-la-Madeleine.",
    "Comparaison des dommages avec ceux de {TEMPETE} en {YEARP}.",
    "Rapport post-événement {TEMPETE} déposé au COG.",
])
C("traversiers", [
    "Le {TRAVERSIER} reste à quai en raison des vents.",
    "Traversée de {HH} annulée, le {TRAVERSIER} reprendra le service à {H}.",
    "Glaces importantes, le {TRAVERSIER} fait un seul aller-retour aujourd'hui, départ à {H}.",
    "Inspection de la rampe d'accès du {TRAVERSIER} terminée à {HH}.",
])
C("arenas_nommes", [
    "L'{ARENA} sert de centre d'hébergement d'urgence.",
    "Distribution de bouteilles d'eau à l'{ARENA} de 9 h à 17 h.",
    "Toit de l'{ARENA} inspecté après les fortes neiges : conforme.",
    "Le stationnement de l'{ARENA} accueille les roulottes de la Croix-Rouge.",
])
C("rues_nommees_personnes", [
    "Circulation interdite sur {RUEP} durant le pompage.",
    "Refoulement d'égout sur {RUEP}, équipes des travaux publics sur place.",
    "Détour par {RUEP} pour les véhicules lourds.",
    "Panne de feux de circulation sur {RUEP}.",
])
C("lois_reglements", [
    "En vertu de l'article {ART} de la Loi sur la sécurité civile, la municipalité peut ordonner l'évacuation.",
    "Décret {DECRET} concernant l'admissibilité au programme d'aide financière.",
    "Règlement municipal no {REGL} sur les feux à ciel ouvert en vigueur.",
    "Application du Code de la sécurité routière, article {ART}.",
])
C("sante_publique_generique", [
    "Avis de santé publique ({REG}) : risque d'intoxication au monoxyde de carbone lors de l'utilisation de génératrices.",
    "Rappel aux résidents de {VILLE} : ne pas consommer l'eau du puits avant analyse bactériologique.",
    "La Santé publique recommande de jeter les aliments ayant été en contact avec l'eau de crue ({MRC}).",
    "Chaleur extrême ({DEG} °C ressentis) : les personnes âgées et les personnes vivant avec une maladie chronique sont plus à risque.",
])
C("adresses_institutionnelles", [
    "Centre de services aux sinistrés ouvert à l'hôtel de ville, {CIVINST}, de 8 h à 20 h.",
    "Les bureaux de la direction régionale sont situés au {CIVINST} (édifice gouvernemental).",
    "Point de distribution d'eau : stationnement de l'hôtel de ville de {VILLE}.",
    "Centre de coordination municipal de {VILLE} situé au sous-sol de l'église paroissiale.",
])
C("pannes_electricite", [
    "Pannes : {BIGN} clients d'Hydro-Québec privés d'électricité à {H}.",
    "Rétablissement prévu d'ici {H} pour {PCT} % des clients de la {MRC}.",
    "Poteaux cassés sur la {RT}, équipes d'Hydro-Québec mobilisées.",
    "Les clients du secteur de {VILLE} sont rebranchés depuis {H}.",
])
C("seisme_glissement", [
    "Séisme de magnitude {MAG} ressenti dans la région de {VILLE}, aucun dommage signalé.",
    "Glissement de terrain de {MS} m de large en bordure de la {RIV}.",
    "Géologues du MTMD dépêchés à {VILLE} pour évaluer la stabilité du talus.",
    "Fissures observées dans la chaussée de la {RT}, zone balisée.",
])
C("radio_pompiers", [
    "{UNIT} en route, ETA {N} min.",
    "Centrale, {UNIT} 10-97 sur les lieux, fumée visible du côté B.",
    "{UNIT} demande une deuxième alarme.",
    "Toutes les unités sauf {UNIT}, retour en caserne, 10-4.",
])
C("fetes_et_operations", [
    "Feux d'artifice de la Saint-Jean annulés à {VILLE} en raison de l'interdiction de la SOPFEU.",
    "Congé de la Journée nationale des patriotes : centre de services de {VILLE} fermé lundi.",
    "La fête du Travail a généré {NB} appels de plus qu'un lundi ordinaire.",
    "Opération Nez rouge ({REG}) signale une hausse de {PCT} % des demandes de raccompagnement.",
])
C("sms_citoyen_sans_rp", [
    "allo y a de l'eau sur la {RT} près du pont pcq le ponceau est bouché",
    "est-ce que l'eau est potable a {VILLEL} ? merci",
    "les sacs de sable sont rendus où svp a {VILLEL}",
    "y a un arbre tombé sur la route en haut de la côte, depuis {HH}",
])
C("narration_longue", [
    "La crue de la {RIV} a atteint son sommet vers {H}. Les équipes municipales ont procédé au pompage de {N} sous-sols. "
    "La route {RTN} demeure fermée entre les km {KM} et {KM2}. Une nouvelle lecture est prévue à {H2}.",
    "Le centre d'hébergement de l'aréna a accueilli {NB} personnes durant la nuit. La Croix-Rouge assure les repas. "
    "Le MTMD évalue l'état du pont. Aucune victime n'est à déplorer.",
    "Des vents de {KMH} km/h ont arraché plusieurs toitures dans la {MRC}. Hydro-Québec rapporte {BIGN} clients privés "
    "d'électricité. Les municipalités touchées ont ouvert des haltes-chaleur. Un bilan sera fait demain à 9 h.",
    "L'incendie s'est déclaré dans un entrepôt désaffecté. Les pompiers de {N} casernes ont combattu les flammes pendant "
    "{N2} heures. Le bâtiment est une perte totale. La cause demeure indéterminée.",
])
C("tres_courtes", [
    "RAS — {HH}",
    "Aucun dommage ({VILLE}).",
    "Terminé à {HH}.",
    "Stable, prochaine lecture {HH}.",
    "Voir rapport joint no {N}.",
    "N/A — secteur {VILLE}",
])
C("sante_agregee", [
    "{N} personnes traitées pour de l'hypothermie au centre d'hébergement, aucune hospitalisation.",
    "Clinique mobile : {NB} consultations, principalement pour des renouvellements d'ordonnance.",
    "{N} résidents du CHSLD déplacés vers l'{HOSP} à titre préventif.",
    "Aucun décès; {N} blessés légers transportés par Urgences-santé.",
])
C("inondation_terrain", [
    "Eau dans les sous-sols du secteur bas de {VILLE}, pompage en cours.",
    "Digue temporaire érigée le long de la {RIV} sur {NB} m.",
    "Refoulement d'égout dans le quartier, la municipalité distribue {NB} clapets.",
    "Le niveau de l'eau a atteint la cote de récurrence 20 ans à {VILLE}.",
])
C("neige_verglas", [
    "Opération déneigement : {N} chargements, {NB} km de rues dégagés.",
    "Accumulation de glace de {MMI} mm sur les fils, risque de bris.",
    "Toitures à surveiller : charge de neige estimée à {KPA} kPa.",
    "Centre de réchauffement ouvert au sous-sol de l'église de {VILLE}.",
])
C("operations_correctionnelles", [
    "Dénombrement de {HH} complété à l'établissement de détention de {EDT}, aucune anomalie.",
    "Confinement cellulaire levé à {H} dans le secteur {SECT}.",
    "Visites annulées à l'établissement de {EDT} en raison de l'éclosion, reprise prévue lundi.",
    "Fouille générale du secteur {SECT} : {N} objets interdits saisis.",
])
C("institutions_nommees_divers", [
    "Le {CEGEP} accueille {NB} bénévoles de la Croix-Rouge.",
    "La {BIBLIO} sert de halte-chaleur de {H} à 22 h.",
    "Stationnement du {CEGEP} réservé aux véhicules d'urgence.",
    "Le {CSP} est fermé jusqu'au {DATEFR}.",
])
C("maritime_cotier", [
    "La Garde côtière signale des glaces dérivantes à la hauteur de {VILLE}.",
    "Avis aux navigateurs : bouées retirées entre {VILLE} et {VILLE2}.",
    "Marée haute de {M} m prévue à {H}, risque de submersion côtière.",
    "Érosion de {MS} m de la falaise en 24 h dans le secteur de la pointe.",
])
C("feux_batiments_sans_rp", [
    "Feu de cheminée maîtrisé en {MS} minutes, dommages mineurs.",
    "Incendie d'un bâtiment agricole, {NB} balles de foin perdues.",
    "Fausse alarme à {HH}, détecteur défectueux.",
    "Feu de cuisson à {VILLE}, occupants sortis avant l'arrivée des pompiers.",
])
C("communautes_autochtones_institutionnel", [
    "Le conseil de bande de {COMM} a déclenché son plan des mesures d'urgence.",
    "Pont aérien organisé entre {COMM} et {VILLE}, {NB} personnes évacuées.",
    "Le dispensaire de {COMM} fonctionne sur génératrice.",
    "Entente tripartite pour la sécurité incendie dans la communauté de {COMM}.",
])
C("pourcentages_mesures", [
    "Taux de remplissage du réservoir : {PCT} %.",
    "Humidité relative {PCT} %, indice humidex {HUM}.",
    "Débit à la station {STATION} : {DEBIT} m³/s.",
    "Température de l'eau {DEGC} °C, risque élevé pour les plaisanciers.",
])
C("vehicules_services_codes", [
    "Le camion {TRUCK} est hors service, pièce commandée.",
    "Chemin forestier {RFOR} fermé au km {KM}.",
    "Modèle F-550 4x4 {YEAR} ajouté à la flotte du service incendie de {VILLE}.",
    "Hélicoptère C-GSQA de la SQ en appui aux recherches depuis {HH}.",
    "Avion-citerne CL-415 de la SOPFEU déployé sur le feu {FEU}.",
    "Unité de commandement mobile UCM-{N} stationnée au garage municipal.",
])
C("porte_a_porte", [
    "Porte-à-porte complété dans {NB} résidences du secteur riverain.",
    "{PCT} % des résidents ont reçu l'alerte par le système de notification de masse.",
    "Séance d'information publique à la salle municipale à {H}.",
    "Questionnaire post-sinistre envoyé à {NB} ménages.",
])
C("anglais_long", [
    "The municipality activated its emergency plan at {HEN} today. Residents of low-lying areas were advised to move "
    "vehicles to higher ground. A reception centre is open at the community hall.",
    "Water levels on the {RIV} are expected to peak tomorrow. Sandbags are available at the municipal garage. "
    "No injuries have been reported.",
    "Crews from {N} fire departments responded to the blaze. The building, a former warehouse, is a total loss. "
    "The cause is under investigation.",
    "A boil-water advisory was issued for {VILLE}. Bottled water will be distributed at the arena from 9 a.m. to 5 p.m.",
])
C("distances_mesures_personnes", [
    "Le périmètre de sécurité est fixé à {NB} m autour du réservoir.",
    "Les personnes évacuées ont été déplacées à {MS} km du site.",
    "Une équipe de {N} personnes a sécurisé le périmètre.",
    "Patrouille de {N} agents déployée dans le secteur inondé.",
])
C("hydrometrie_stations", [
    "Station hydrométrique {STATION} : niveau {M} m, tendance à la baisse.",
    "Écart de {CM} cm entre les stations {STATION} et {STATION2}.",
    "Pluviomètre de {VILLE} : {MM} mm en 12 h.",
    "La station {STATION} est hors service depuis {H}.",
])
C("gouvernance_rencontres", [
    "Rencontre de l'OSCQ à {H}, présence de {N} ministères.",
    "Le comité de sécurité civile de la {MRC} se réunit demain à 10 h.",
    "Conférence téléphonique avec les coordonnateurs municipaux à {H}.",
    "Le sous-ministre associé présidera la rencontre de bilan à {H}.",
])


# ---------------------------------------------------------------------------
# Champs de contexte (jamais des renseignements personnels)
# ---------------------------------------------------------------------------
def _ch(lst):
    return lambda r: r.choice(lst)


def _datefr(r):
    d = r.randint(1, 28)
    return f"{'1er' if d == 1 else d} {MOIS[r.randint(0, 11)]} {r.randint(2017, 2024)}"


def _dateiso(r):
    return f"{r.randint(2017, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _dateen(r):
    return f"{MONTHS[r.randint(0, 11)]} {r.randint(1, 28)}, {r.randint(2017, 2024)}"


def _h(r):
    hh = r.randint(6, 23)
    return f"{hh} h {r.randint(0, 59):02d}" if r.random() < 0.7 else f"{hh} h"


CTX = {
    "VILLE": _ch(TOWNS),
    "VILLEL": lambda r: _deacc(r.choice(TOWNS)).lower(),
    "HH": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "H": _h,
    "HEN": lambda r: f"{r.randint(1, 11)} {r.choice(['a.m.', 'p.m.'])}",
    "N": lambda r: str(r.randint(2, 9)),
    "NB": lambda r: str(r.randint(12, 480)),
    "NBB": lambda r: str(r.randint(60, 190)),
    "BIGN": lambda r: _thou(r.randint(1000, 95000)),
    "KM": lambda r: str(r.randint(2, 240)),
    "KMH": lambda r: str(r.randint(60, 140)),
    "A": _ch(["10", "13", "15", "20", "25", "30", "40", "50", "55", "70", "73",
              "85", "175", "410", "440", "520", "640"]),
    "RT": lambda r: "route " + r.choice(ROUTES),
    "RTN": _ch(ROUTES),
    "SORTIE": lambda r: str(r.randint(1, 340)),
    "DATEFR": _datefr,
    "DATEISO": _dateiso,
    "DATEEN": _dateen,
    "YEAR": lambda r: str(r.randint(2011, 2024)),
    "YEARP": lambda r: str(r.choice([1974, 1976, 1987, 1996, 1998, 2011, 2017, 2019, 2023])),
    "RIV": _ch(RIVERS),
    "UNIT": lambda r: f"{r.randint(2, 9)}{r.randint(0, 99):02d}",
    "HOSP": _ch(HOSP),
    "ECOLE": _ch(ECOLES),
    "PONT": _ch(PONTS),
    "PARC": _ch(PARCS),
    "ARENA": _ch(ARENAS),
    "CHSLD": _ch(CHSLDS),
    "CLSC": _ch(CLSCS),
    "BARRAGE": _ch(BARRAGES),
    "CENTRALE": _ch(CENTRALES),
    "TRAVERSIER": _ch(TRAVS),
    "METRO": _ch(METROS),
    "RUEP": _ch(RUEP),
    "MRC": _ch(MRCS),
    "REG": _ch(REGIONS),
    "COMM": _ch(COMMS),
    "TEMPETE": _ch(TEMPETES),
    "EDT": _ch(EDTS),
    "CEGEP": _ch(CEGEPS),
    "BIBLIO": _ch(BIBLIOS),
    "CSP": _ch(CSPS),
    "SAINTV": _ch(SAINTV),
    "M": lambda r: f"{r.randint(1, 9)},{r.randint(0, 99):02d}",
    "MS": lambda r: str(r.randint(3, 60)),
    "CM": lambda r: str(r.randint(5, 180)),
    "MM": lambda r: str(r.randint(5, 30)),
    "MMB": lambda r: str(r.randint(31, 60)),
    "DEG": lambda r: str(r.randint(18, 42)),
    "DEGC": lambda r: str(r.randint(2, 12)),
    "PCT": lambda r: str(r.randint(3, 98)),
    "DEBIT": lambda r: _thou(r.randint(80, 4200)),
    "HA": lambda r: _thou(r.randint(3, 25000)),
    "FEU": lambda r: str(r.randint(100, 999)),
    "OPCODE": lambda r: f"{r.choice(['CRUE', 'FEUX', 'VERGLAS', 'VENTS', 'NORDET'])}-{r.randint(2017, 2024)}-{r.randint(1, 20):02d}",
    "SINCODE": lambda r: f"{r.randint(2017, 2024)}-{r.choice(['INOND', 'FEU', 'GLISS', 'VENT'])}-{r.randint(1, 999):04d}",
    "KW": lambda r: str(r.choice([20, 45, 60, 100, 150, 250, 500])),
    "MONEY": _ch(["500", "1 000", "1 500", "2 000", "3 000"]),
    "MAG": lambda r: f"{r.randint(2, 5)},{r.randint(0, 9)}",
    "ART": lambda r: str(r.randint(2, 180)),
    "DECRET": lambda r: f"{r.randint(100, 1999)}-{r.randint(2017, 2024)}",
    "REGL": lambda r: f"{r.randint(2015, 2024)}-{r.randint(1, 150):03d}",
    "KPA": lambda r: f"{r.randint(1, 4)},{r.randint(0, 9)}",
    "MMI": lambda r: str(r.randint(5, 40)),
    "HUM": lambda r: str(r.randint(35, 48)),
    "YO": lambda r: str(r.randint(5, 30)),
    "STATION": lambda r: f"0{r.randint(10000, 99999)}",
    "RFOR": lambda r: f"R0{r.randint(100, 999)}",
    "SECT": _ch(["B-2", "C", "aile est", "A-1", "D", "infirmerie", "admission"]),
    "TRUCK": lambda r: f"{r.choice(['Autopompe', 'Citerne', 'Échelle', 'Unité'])} {r.randint(2, 9)}{r.randint(0, 99):02d}",
    "CIVINST": _ch(["12, rue de l'Église", "2525, boulevard Laurier", "455, rue du Palais",
                    "1, place de l'Hôtel-de-Ville", "300, boulevard Jean-Lesage",
                    "880, chemin Sainte-Foy", "150, avenue de la Cathédrale"]),
}


def _minutes(x):
    m = re.match(r"(\d+)(?: h |:| h)?(\d*)", x)
    return int(m.group(1)) * 60 + (int(m.group(2)) if m.group(2) else 0)


_ORDER = {"KM": int, "SORTIE": int, "YEAR": int, "H": _minutes, "HH": _minutes,
          "DATEISO": str}


# ---------------------------------------------------------------------------
# Rendu d'un gabarit
# ---------------------------------------------------------------------------
_FIELD = re.compile(r"\{([A-Za-z_]+?)(\d*)\}")


def _slots(tpl):
    return sorted({int(d) for p, d in _FIELD.findall(tpl) if p in ("v", "de_v")})


def _ctx(p, d, cache, rng):
    key = p + d
    if key in cache:
        return cache[key]
    n = int(d) if d else 1
    if n >= 2:
        base = _ctx(p, "" if n == 2 else str(n - 1), cache, rng)
        okey = _ORDER.get(p)
        for _ in range(80):
            val = CTX[p](rng)
            if val != base and (okey is None or okey(val) > okey(base)):
                break
    else:
        val = CTX[p](rng)
    cache[key] = val
    return val


def _render(tpl, fam, rng, split):
    bit = _BIT[split]
    vals, extras, used = {}, {}, set()
    for s in _slots(tpl):
        gen = fam.gens.get(s) or fam.gens.get(0)
        for _ in range(600):
            out = gen(rng, split)
            v, ex = out if isinstance(out, tuple) else (out, {})
            n = normalize(v)
            if (n and n not in used and parity(v) == bit
                    and not any(v in w or w in v for w in vals.values())):
                break
        else:
            raise RuntimeError(f"no value for {fam.full} slot {s} in {split}")
        used.add(n)
        vals[s] = v
        extras[s] = ex
    cache = {}

    def sub(m):
        p, d = m.group(1), m.group(2)
        if p == "v":
            return vals[int(d)]
        if p == "de_v":
            return _de(vals[int(d)])
        if d and p.islower():
            return extras[int(d)][p]
        return _ctx(p, d, cache, rng)

    text = _FIELD.sub(sub, tpl)
    return text, tuple(vals[s] for s in sorted(vals))


def templates_for(fam, split):
    return fam.templates[_BIT[split]::2]


def generate(split: str, per_family: int = 20, seed: int = 0) -> list[Cell]:
    if split not in _BIT:
        raise ValueError(f"split must be one of {SPLITS}")
    cells = []
    for fam in FAMILIES:
        tpls = templates_for(fam, split)
        rng = random.Random(f"hand7-g|{seed}|{split}|{fam.full}")
        seen = set()
        for i in range(per_family):
            tpl = tpls[i % len(tpls)]
            for _ in range(40):
                text, planted = _render(tpl, fam, rng, split)
                if text not in seen:
                    break
            seen.add(text)
            cells.append(Cell(text, fam.kind, fam.full, planted))
    return cells


# ---------------------------------------------------------------------------
# Auto-vérification
# ---------------------------------------------------------------------------
_NAME_EXEMPT = {"Le", "Lê", "Do", "Vu", "Ly", "Ho", "Li", "Bo", "Sun", "Tang", "Lin",
                "Rock", "Deer", "Horn", "Kitchen", "Otter", "Loon", "Cross", "Ottawa",
                "Fall", "Bah", "Lam", "Lau", "Lan", "Hoa", "Duc", "Yan", "Jun", "Tao",
                "Rita", "Eva", "Emma", "Simon", "Gabriel", "Michel", "Joseph", "Charles",
                "Martin", "Peter", "Joe", "Jane", "Dale", "Coco", "Mimi", "Kiki", "Fern",
                "Babine", "Moose", "Junior", "Frenchie", "La Puce", "Cheech"}


def _name_tokens():
    toks = set()
    for k, v in POOLS.items():
        if k.startswith("nm."):
            for x in v:
                if len(x) >= 3 and x not in _NAME_EXEMPT:
                    toks.add(x)
    return sorted(toks, key=len, reverse=True)


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE_RE = re.compile(r"(?<!\d)\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)")
_AGE_RE = re.compile(r"(?<!\d)\d{1,3} ?ans\b")


def _mask(text, planted):
    for p in sorted(planted, key=len, reverse=True):
        text = text.replace(p, "\x00")
    return text


def self_check(per_family: int = 20, seed: int = 0) -> list[str]:
    problems = []
    kinds_ok = set(KINDS) | {"propre"}
    # familles
    per_kind = {}
    names = set()
    for fam in FAMILIES:
        if fam.kind not in kinds_ok:
            problems.append(f"{fam.full}: unknown kind")
        if fam.full in names:
            problems.append(f"{fam.full}: duplicate family name")
        names.add(fam.full)
        per_kind[fam.kind] = per_kind.get(fam.kind, 0) + 1
        for sp in SPLITS:
            if len(templates_for(fam, sp)) < 2:
                problems.append(f"{fam.full}: fewer than 2 templates in {sp}")
        for t in fam.templates:
            has_v = bool(_slots(t))
            if fam.kind == "propre" and has_v:
                problems.append(f"{fam.full}: clean template with a slot: {t!r}")
            if fam.kind != "propre" and not has_v:
                problems.append(f"{fam.full}: template without slot: {t!r}")
            if fam.kind != "propre" and len(_slots(t)) > 3:
                problems.append(f"{fam.full}: more than 3 slots: {t!r}")
            for p, d in _FIELD.findall(t):
                if p.isupper() and p not in CTX:
                    problems.append(f"{fam.full}: unknown context field {p}")
    for k in KINDS:
        if per_kind.get(k, 0) < 22:
            problems.append(f"kind {k}: only {per_kind.get(k, 0)} families (< 22)")
    if per_kind.get("propre", 0) < 50:
        problems.append(f"propre: only {per_kind.get('propre', 0)} families (< 50)")
    # gabarits disjoints
    tsets = {sp: set() for sp in SPLITS}
    for fam in FAMILIES:
        for sp in SPLITS:
            tsets[sp].update(templates_for(fam, sp))
    shared = tsets["dev7"] & tsets["heldout7"]
    for t in sorted(shared):
        problems.append(f"template shared between splits: {t!r}")
    # composantes partitionnées
    for name in POOLS:
        d, h = _pool(name, "dev7"), _pool(name, "heldout7")
        if not d or not h:
            problems.append(f"pool {name}: empty partition")
        nd = {normalize(_pkey(x)) for x in d}
        nh = {normalize(_pkey(x)) for x in h}
        if nd & nh:
            problems.append(f"pool {name}: component in both splits")
    # cellules
    toks = _name_tokens()
    name_re = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(t) for t in toks) + r")(?![\w'’-])")
    normed = {}
    for sp in SPLITS:
        cells = generate(sp, per_family, seed)
        again = generate(sp, per_family, seed)
        if cells != again:
            problems.append(f"{sp}: generation is not deterministic")
        if len(cells) < 5000:
            problems.append(f"{sp}: only {len(cells)} cells (< 5000)")
        bit = _BIT[sp]
        nset = set()
        for c in cells:
            if c.kind not in kinds_ok:
                problems.append(f"{sp} {c.family}: bad kind {c.kind}")
            if not c.family.startswith(c.kind + "."):
                problems.append(f"{sp} {c.family}: family does not match kind")
            if c.kind == "propre":
                if c.planted:
                    problems.append(f"{sp} {c.family}: clean cell with planted values")
            else:
                if not 1 <= len(c.planted) <= 3:
                    problems.append(f"{sp} {c.family}: {len(c.planted)} planted values")
            for p in c.planted:
                if c.text.count(p) > 1:
                    problems.append(f"{sp} {c.family}: planted {p!r} occurs more than once")
                if any(p != q and p in q for q in c.planted):
                    problems.append(f"{sp} {c.family}: planted {p!r} overlaps another value")
                if p not in c.text:
                    problems.append(f"{sp} {c.family}: planted {p!r} not in text {c.text!r}")
                if parity(p) != bit:
                    problems.append(f"{sp} {c.family}: planted {p!r} has wrong parity")
                nset.add(normalize(p))
            rest = _mask(c.text, c.planted)
            m = name_re.search(rest)
            if m:
                problems.append(f"{sp} {c.family}: unplanted name-like token {m.group(1)!r} in {c.text!r}")
            if c.kind != "courriel" and _EMAIL_RE.search(rest):
                problems.append(f"{sp} {c.family}: unplanted e-mail in {c.text!r}")
            if c.kind != "telephone" and _PHONE_RE.search(rest):
                problems.append(f"{sp} {c.family}: unplanted phone in {c.text!r}")
            if c.kind not in ("age", "propre") and _AGE_RE.search(rest):
                problems.append(f"{sp} {c.family}: unplanted age in {c.text!r}")
        normed[sp] = nset
    for v in sorted(normed["dev7"] & normed["heldout7"]):
        problems.append(f"planted value shared between splits: {v!r}")
    return problems


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _stats(per_family, seed):
    fams = {}
    for fam in FAMILIES:
        fams[fam.kind] = fams.get(fam.kind, 0) + 1
    print("families per kind:")
    for k in KINDS + ("propre",):
        print(f"  {k:15s} {fams.get(k, 0)}")
    print(f"  {'TOTAL':15s} {len(FAMILIES)}")
    for sp in SPLITS:
        cells = generate(sp, per_family, seed)
        distinct = len({c.text for c in cells})
        npl = sum(len(c.planted) for c in cells)
        print(f"{sp}: {len(cells)} cells, {distinct} distinct, {npl} planted values")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--split", choices=SPLITS, default="dev7")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--family", default=None, help="filter --show by family prefix")
    a = ap.parse_args(argv)
    rc = 0
    if a.check:
        probs = self_check(a.per_family, a.seed)
        for p in probs:
            print(p)
        print(f"{len(probs)} problem(s)")
        rc = 1 if probs else 0
    if a.stats:
        _stats(a.per_family, a.seed)
    if a.show:
        cells = generate(a.split, max(a.per_family, a.show), a.seed)
        count = {}
        for c in cells:
            if a.family and not c.family.startswith(a.family):
                continue
            if count.get(c.family, 0) >= a.show:
                continue
            count[c.family] = count.get(c.family, 0) + 1
            print(f"[{c.family}] {c.text!r}  ->  {list(c.planted)}")
    if not (a.check or a.stats or a.show):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
