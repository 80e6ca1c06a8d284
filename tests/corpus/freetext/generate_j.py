#!/usr/bin/env python3
"""generate_j.py -- corpus étiqueté de cellules de texte libre (français du Québec)
pour mesurer un filtre de renseignements personnels.

Contexte simulé : colonnes « commentaires » des jeux de données d'un ministère de
la sécurité publique (sécurité civile, inondations, feux de forêt, incendies, aide
financière aux sinistrés, police, 911, hébergement, coordination municipale,
services correctionnels).

Chaque famille = une façon distincte de formuler. Chaque valeur plantée est une
sous-chaîne exacte du texte. dev10 et heldout10 ne partagent aucun gabarit ni
aucune valeur plantée : chaque gabarit est attribué à une moitié (tri par hachage
puis alternance, par famille) et chaque valeur (et chacune de ses composantes :
prénom, nom, numéro civique, rue, année, etc.) à une moitié selon la parité d'un
hachage MD5 de sa forme normalisée (minuscules, sans accents, alphanumérique).

Toutes les personnes sont inventées (prénoms et noms combinés au hasard).
Bibliothèque standard Python 3.11 seulement.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass

KINDS = ("nom", "adresse", "age", "date_naissance", "sante", "courriel", "telephone",
         "plaque", "identifiant", "lien_familial", "lieu_travail")
SPLITS = ("dev10", "heldout10")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str      # one of KINDS or "propre"
    family: str    # "kind.family_name"
    planted: tuple[str, ...]  # exact substrings of text; empty for "propre"


# --------------------------------------------------------------------------
# normalisation, hachage, moitiés
# --------------------------------------------------------------------------

def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return "".join(c for c in s if c.isalnum())


def _md5(s: str) -> int:
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


MARK = re.compile(r"\[\[(.+?)\]\]")


def parts_of(v: str) -> list[str]:
    """Parties plantées d'une valeur : le contenu des [[...]] s'il y en a, sinon tout."""
    m = MARK.findall(v)
    return m if m else [v]


def parity(s: str) -> int:
    return _md5("j10|" + norm(s)) & 1


def P(s: str) -> tuple[str, ...]:
    """Réserve de valeurs séparées par |."""
    return tuple(x.strip() for x in s.split("|") if x.strip())


def T(s: str) -> tuple[str, ...]:
    """Gabarits : un par ligne. ¶ = saut de ligne dans la cellule."""
    return tuple(l.strip() for l in s.strip().splitlines() if l.strip())


_PICK_CACHE: dict = {}


class Half:
    """Accès aux réserves limité à la moitié du split courant."""

    def __init__(self, idx: int, rng: random.Random):
        self.i = idx
        self.rng = rng

    def ok(self, v: str) -> bool:
        return all(parity(p) == self.i for p in parts_of(v))

    def half(self, pool):
        key = (id(pool), self.i)
        hit = _PICK_CACHE.get(key)
        if hit is not None and hit[0] is pool:
            return hit[1]
        lst = [v for v in pool if self.ok(v)]
        if not lst:
            raise ValueError("moitié vide pour la réserve %r" % (pool[:4],))
        _PICK_CACHE[key] = (pool, lst)
        return lst

    def pick(self, pool):
        return self.rng.choice(self.half(pool))

    def num(self, lo: int, hi: int) -> int:
        for _ in range(5000):
            n = self.rng.randint(lo, hi)
            if parity(str(n)) == self.i:
                return n
        raise RuntimeError("num")

    def gen(self, fn, tries: int = 3000) -> str:
        for _ in range(tries):
            v = fn(self)
            if self.ok(v):
                return v
        raise RuntimeError("générateur incapable de produire une valeur de la moitié %d" % self.i)

    # choix non partagés (remplissage)
    def c(self, seq):
        return self.rng.choice(seq)

    def r(self, a, b):
        return self.rng.randint(a, b)

    def p(self, prob):
        return self.rng.random() < prob


def strip_acc(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# nombres en lettres
# --------------------------------------------------------------------------
_U = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
      "quinze seize dix-sept dix-huit dix-neuf").split()
_DZ = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n: int) -> str:
    if n < 20:
        return _U[n]
    if n < 70:
        t, u = divmod(n, 10)
        b = _DZ[t]
        if u == 0:
            return b
        if u == 1:
            return b + " et un"
        return b + "-" + _U[u]
    if n < 80:
        u = n - 60
        return "soixante et onze" if u == 11 else "soixante-" + _U[u]
    if n < 100:
        u = n - 80
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + _U[u]
    if n < 200:
        r = n - 100
        return "cent" + ("" if r == 0 else " " + fr_num(r))
    if n < 1000:
        c, r = divmod(n, 100)
        return _U[c] + " cent" + ("s" if r == 0 else " " + fr_num(r))
    if n < 2000:
        r = n - 1000
        return "mille" + ("" if r == 0 else " " + fr_num(r))
    m, r = divmod(n, 1000)
    return fr_num(m) + " mille" + ("" if r == 0 else " " + fr_num(r))


_EU = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
       "fifteen sixteen seventeen eighteen nineteen").split()
_ET = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def en_num(n: int) -> str:
    if n < 20:
        return _EU[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _ET[t] + ("" if u == 0 else "-" + _EU[u])
    c, r = divmod(n, 100)
    return _EU[c] + " hundred" + ("" if r == 0 else " " + en_num(r))


DIG_FR = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
DIG_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
MOIS_ABR = ("JAN", "FÉV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOÛ", "SEP", "OCT", "NOV", "DÉC")
MOIS_ABR2 = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc.")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MON3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# --------------------------------------------------------------------------
# bruit OCR, fautes
# --------------------------------------------------------------------------
_OCR = {"m": "rn", "l": "1", "i": "l", "o": "0", "O": "0", "0": "O", "e": "c", "é": "e", "S": "5",
        "5": "S", "B": "8", "8": "B", "g": "q", "a": "o", "h": "b", "1": "l", "I": "1", "n": "ri",
        "u": "v", "t": "f", "2": "Z", "Z": "2", "6": "b", "E": "F", "c": "e", "d": "cl", "w": "vv"}


def ocr_noise(rng: random.Random, s: str, rate: float = 0.18) -> str:
    out = []
    changed = False
    for ch in s:
        if ch in _OCR and rng.random() < rate:
            out.append(_OCR[ch])
            changed = True
        else:
            out.append(ch)
    if not changed:
        idx = [k for k, ch in enumerate(s) if ch in _OCR]
        if idx:
            k = rng.choice(idx)
            out[k] = _OCR[s[k]]
    return "".join(out)


def typo(rng: random.Random, s: str) -> str:
    letters = [k for k, ch in enumerate(s) if ch.isalpha()]
    if len(letters) < 4:
        return s + s[-1]
    op = rng.randint(0, 4)
    k = rng.choice(letters[1:-1])
    if op == 0 and k + 1 < len(s) and s[k + 1].isalpha():   # inversion
        return s[:k] + s[k + 1] + s[k] + s[k + 2:]
    if op == 1:                                              # lettre doublée
        return s[:k] + s[k] + s[k:]
    if op == 2:                                              # lettre oubliée
        return s[:k] + s[k + 1:]
    if op == 3:                                              # accents perdus
        t = strip_acc(s)
        if t != s:
            return t
        return s[:k] + s[k + 1:]
    repl = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "au", "c": "k", "s": "z", "n": "nn", "t": "tt"}
    ch = s[k].lower()
    if ch in repl:
        return s[:k] + repl[ch] + s[k + 1:]
    return s[:k] + s[k] + s[k:]

# --------------------------------------------------------------------------
# réserves de prénoms et de noms (combinés au hasard : personnes inventées)
# --------------------------------------------------------------------------
FIRST = {
    "fr": P("""Marie|Jean|Luc|Sylvie|Gaétan|Réjean|Ghislaine|Normand|Francine|Yvon|Lise|Denis|Nathalie|
    Mélanie|Jocelyn|Gisèle|Rosaire|Thérèse|Gilles|Huguette|Marc-André|Marie-Ève|Jean-François|Anne-Marie|
    Pierre-Luc|Josée|Chantal|Réal|Lucien|Jacinthe|Maxime|Camille|Léa|Olivier|Félix|Noémie|Émile|Rosalie|
    Mathis|Zoé|Benoît|Carole|Doris|Fernand|Gervais|Hélène|Irène|Laurier|Micheline|Pierrette|Raymonde|
    Solange|Yolande|Guylaine|Clément|Mario|Stéphane|Patrick|Karine|Isabelle|Véronique|Sébastien|Dominic|
    Annie|Julie|Éric|Steve|Manon|Line|Diane|Louise|Claude|Roger|Marcel|Lucille|Jeannine|Rolande|Bertrand|
    Alain|Danielle|Nicole|Jacques|Jean-Guy|Marie-Claude|Marie-Josée|Charles-Antoine|Justine|Laurence|
    Florence|Xavier|William|Samuel|Alexis|Raphaël|Léonie|Océane|Jade|Maëlle|Elliot|Loïc|Gabrielle|Ariane|
    Frédérique|Gaston|Conrad|Adrienne|Blanche|Rita|Germaine|Aurèle|Hervé|Rénald|Dany|Sonia|Josianne|Kathy|
    Cindy|Jessica|Ginette|Rodrigue|Armand|Colette|Fleurette|Ghyslain|Jean-Marc|Marie-Pier|Yannick|Mireille|
    Nancy|Sylvain|Bruno|Régis|Jean-Philippe|Andréanne|Geneviève|Élodie|Thomas|Anthony|Rachelle|Rémi"""),
    "en": P("""Brian|Kathleen|Sean|Heather|Douglas|Shirley|Kevin|Brenda|Gordon|Wendy|Colin|Megan|Trevor|
    Eileen|Stuart|Agnes|Gary|Deborah|Malcolm|Fiona|Keith|Lorraine|Graham|Maureen|Derek|Tammy|Neil|Bonnie|
    Russell|Gwen|Ian|Sheila|Wayne|Rhonda|Clifford|Pamela|Howard|Doreen|Dwayne|Kristen"""),
    "innu": P("""Jean-Baptiste|Marie-Madeleine|Shanice|Kanani|Tshiueten|Uapukun|Mishta|Marie-Claire|Kenny|
    Raphaël|Évelyne|Anne-Marie|Mathieu|Shanna|Réginald|Philomène|Bernadette|Kathia|Uapikun|Natasha|Maïkan|
    Shipu"""),
    "atik": P("""Sipi|Nicole|Wapan|Constant|Jacinthe|Edouard|Mandy|Joé|Paul-Émile|Cheyenne|Sakay|Rita|
    Debbie|Jonathan|Marie-Paule|Kevin|Pinashue|Délima|Gilbert|Amanda"""),
    "cree": P("""Abel|Emily|Matthew|Bella|Jimmy|Minnie|Charlie|Louisa|Ernest|Sophie|Billy|Eva|Jacob|Rosie|
    Noah|Hattie|Samuel|Maggie|Elijah|Lucy|Clarence|Janie|Thomas|Daisy"""),
    "inuit": P("""Lucassie|Elisapie|Tivi|Qalingo|Jaaji|Putulik|Annie|Mina|Lizzie|Pasha|Sala|Akinisie|Siasi|
    Adamie|Jobie|Pauloosie|Quitsak|Tommy|Eva|Sarah|Maggie|Charlie|Alacie|Peter|Nellie|Aisa|Taamusi|Qumaq|
    Jusipi|Saali"""),
    "mohawk": P("""Kahente|Karonhienhawi|Kawisahawi|Konwatsitsawi|Kaniehtiio|Tekaronhiake|Kanentiio|
    Kahnawiio|Tiorahkwathe|Kenneth|Melissa|Orenda|Tara|Joe|Wendell|Ross|Kaia|Teiawenniserate|Karihwakeron|
    Dale|Brandon|Kateri"""),
    "haiti": P("""Jean-Robert|Marie-Lourdes|Wilner|Rosemène|Fritznel|Guerline|Wisly|Nadège|Mackenson|Ketly|
    Dieudonné|Jameson|Rose-Marie|Widlyne|Frantz|Evens|Roodly|Magalie|Islande|Yveline|Jean-Wesley|Lovely|
    Djenane|Fedner|Marie-Carmelle|Wilson|Ricardo|Ginette|Shneider|Youvens"""),
    "maghreb": P("""Mohamed|Karim|Fatima|Yasmine|Nadia|Samir|Rachid|Amina|Khadija|Youssef|Mehdi|Sofiane|
    Nour|Salma|Hicham|Nabil|Leïla|Imane|Walid|Zineb|Abdelkader|Houria|Farid|Malika|Rym|Anis|Kenza|Ilyes"""),
    "viet": P("""Van Minh|Thi Lan|Thanh|Thi Huong|Tuan|Linh|Thi Phuong|Quang|Hai|Duc|Thi Mai|Thuy|Khanh|
    Bao|Van Long|Thi Hoa|Hieu|Ngoc Anh|Trung|Kim Oanh"""),
    "latino": P("""José|María Fernanda|Juan Carlos|Alejandra|Luis|Carolina|Diego|Valentina|Jorge|Gabriela|
    Andrés|Ximena|Héctor|Yesenia|Wilmer|Rosa Elena|Oswaldo|Guadalupe|Edwin|Marisol|Esteban|Paola"""),
    "chinois": P("""Wei|Li Na|Xiaoming|Jing|Hui|Yan|Mei|Jun|Hao|Yifan|Zihan|Xinyi|Qiang|Lei|Fang|Ying|Kai|
    Shu Fen|Zhiwei|Yuting"""),
    "sudasie": P("""Priya|Rajesh|Harpreet|Gurpreet|Amandeep|Sanjay|Anjali|Deepak|Farhan|Ayesha|Imran|
    Nusrat|Tharshan|Kavitha|Sivakumar|Manpreet|Jaspreet|Rukhsana|Vikram|Meena|Arjun|Lakshmi"""),
    "afrique": P("""Aminata|Moussa|Fatoumata|Ibrahima|Mamadou|Awa|Kofi|Chinedu|Ngozi|Amadou|Mariam|
    Jean-Claude|Béatrice|Espérance|Emmanuel|Divine|Grâce|Déo|Clémentine|Innocent|Rokia|Abdoulaye|Yaw|
    Adjoa|Olufemi|Seynabou"""),
    "iles": P("""Bénoni|Wilfrid|Onésime|Adélard|Léonce|Médé|Jos|Polyte|Aldège|Évangéline|Délima|Phébé|
    Exilda|Rosalma|Aurélien|Hubert|Zénon|Alphée|Clophas|Eusèbe"""),
    "bcn": P("""Elroy|Marilyn|Clarence|Lorna|Garland|Edna|Calvin|Trudy|Lloyd|Verna|Darrell|Loretta|
    Winston|Glenda|Lester|Hazel"""),
}

LAST = {
    "fr": P("""Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier|
    Bélanger|Lévesque|Bergeron|Leblanc|Paquette|Girard|Simard|Boucher|Caron|Beaulieu|Cloutier|Dubé|
    Poirier|Fournier|Lapointe|Leclerc|Lefebvre|Poulin|Thibault|St-Pierre|Nadeau|Landry|Martel|Bédard|
    Grenier|Lessard|Bernier|Richard|Michaud|Hébert|Desjardins|Couture|Turcotte|Parent|Blais|Gosselin|
    Savard|Proulx|Beaudoin|Demers|Perron|Boudreau|Dion|Lemieux|Vachon|Therrien|Ménard|Rioux|Bolduc|
    Harvey|Duchesne|Labrecque|Daigle|Thériault|Boivin|Brassard|Gaudreault|Tanguay|Plourde|Lalancette|
    Villeneuve|D'Amours|Desrosiers|Larouche|Duguay|Pouliot|Tardif|Gravel|Bérubé|Jalbert|Cormier|
    Fréchette|Bissonnette|Rousseau|Laberge|Sirois|Marcoux|Lemay|Arsenault|Bouffard|Gingras|Veilleux|
    Chabot|Robitaille|Otis|Paré|Drouin|Lacroix|Roberge|Guay|Asselin|Hamel|Trudel|Lachapelle|Giguère|
    Bourque|Champagne|Allard|Audet|Mercier|Desbiens|Gobeil|Tremblay-Gagnon|Côté-Rioux"""),
    "en": P("""Smith|MacDonald|O'Brien|Campbell|Murphy|Fraser|Stewart|McKenna|Robertson|Kelly|Taylor|
    Brown|Wilson|Mitchell|Hughes|Sullivan|Gallagher|Ross|Doyle|Patterson|Morrison|Fitzgerald|Baker|
    Cameron|Henderson|McLaughlin|Reid|Scott|Walsh|Dunn|Ferguson|Grant|Bennett|Harrison"""),
    "innu": P("""Vollant|Fontaine|Bellefleur|Mestokosho|Pinette|Régis|Grégoire|Ashini|Jourdain|Picard|
    Rock|Kapesh|Andre|St-Onge|Napish|Mckenzie|Malec|Pietacho|Uapistan|Tshernish|Bacon|Canapé|Hervieux|
    Ambroise|Gabriel|Nepton"""),
    "atik": P("""Ottawa|Awashish|Petiquay|Niquay|Flamand|Coocoo|Mattawa|Moar|Quitich|Chilton|Néwashish|
    Weizineau|Echaquan|Dubé|Boivin|Chachai|Basile|Connolly|Sioui-Ottawa|Mequish"""),
    "cree": P("""Diamond|Coon Come|Matoush|Petawabano|Blacksmith|Mianscum|Iserhoff|Bearskin|Kitchen|
    Wapachee|Shecapio|Gull|Cheezo|Neeposh|Sandy|Otter|Snowboy|Saganash|Bosum|Georgekish|Mistacheesick|
    Rabbitskin|Tapiatic|Weistche|Jolly|Trapper"""),
    "inuit": P("""Annanack|Tukkiapik|Qumaluk|Iyaituk|Kasudluak|Nappaaluk|Okpik|Tulugak|Alaku|Mesher|
    Angutinguak|Ittukallak|Kumarluk|Sivuarapik|Novalinga|Etok|Qinuajuak|Papigatuk|Uqaituk|Kauki|
    Ningiuruvik|Tooktoo|Arngak|Koneak|Saunders|Berthe"""),
    "mohawk": P("""Jacobs|Deer|Horne|Diabo|McComber|Montour|Stacey|Delisle|Rice|Norton|Goodleaf|Two-Axe|
    Kirby|Beauvais|Cross|Zachary|Lazare|Phillips|Splicer|Sky|Thompson|Tarbell|Cook|Etienne|Nelson|
    Simon|Gabriel|Bonspille"""),
    "haiti": P("""Pierre-Louis|Jean-Baptiste|Joseph|Célestin|Saint-Fleur|Dorvil|Désir|Augustin|Dorcé|
    Lafortune|Exantus|Toussaint|Bien-Aimé|Jeudy|Fils-Aimé|Métellus|Sanon|Alcindor|Valcourt|Lamothe|
    Présumé|Jean-Louis|Casséus|Louis-Jeune|Dérosier|Saint-Vil|Petit-Frère|Octavius"""),
    "maghreb": P("""Benali|Bouchareb|El Amrani|Haddad|Belkacem|Cherif|Meziane|Boudjema|Kaci|Ait Ahmed|
    Tazi|Bennani|Chaoui|Hamidi|Lahlou|Zerrouki|Ben Salah|Mansouri|Rahmouni|Slimani|Benjelloun|
    Khelifi|Ouali|Bouzid"""),
    "viet": P("""Nguyen|Tran|Le|Pham|Hoang|Vo|Dang|Bui|Do|Ngo|Duong|Ly|Huynh|Phan|Truong|Dinh|Lam|Vu"""),
    "latino": P("""González|Rodríguez|Hernández|Ramírez|Morales|Castillo|Vargas|Rojas|Guzmán|Mendoza|
    Quispe|Flores|Reyes|Cárdenas|Ortega|Salazar|Paredes|Aguilar|Villalobos|Espinoza|Chávez|Pineda"""),
    "chinois": P("""Chen|Wang|Zhang|Liu|Huang|Zhao|Wu|Zhou|Lin|Xu|Guo|Sun|Ma|Zhu|Hu|Tang|Feng|Deng"""),
    "sudasie": P("""Patel|Singh|Sharma|Kaur|Gill|Sandhu|Dhillon|Rahman|Chowdhury|Ahmed|Iqbal|Sivarajah|
    Thambiah|Perera|Khan|Malhotra|Grewal|Selvarajah|Hossain|Naidu"""),
    "afrique": P("""Diallo|Traoré|Ndiaye|Mensah|Kabongo|Mukendi|Nkurunziza|Habimana|Uwimana|Okafor|
    Adeyemi|Camara|Sow|Koné|Tshibanda|Mbaye|Nsengiyumva|Ilunga|Asante|Owusu|Bamba|Kamara|Ouédraogo|
    Niyonzima"""),
    "iles": P("""Cyr|Arseneau|Chevarie|Vigneau|Turbide|Bourgeois|Déraspe|Aucoin|Langford|Clark|Burke|
    Poirier|Boudreau|Leblanc|Cormier|Miousse|Hubert|Renaud|Lapierre|Gaudet"""),
    "bcn": P("""Buckle|Ransom|Kippen|Shattler|Foreman|Hounsell|Keats|Fequet|Mauger|Evans|Monger|Jones|
    Griffin|Stubbert|Thomas|Lavallee|Driscoll|Organ"""),
}

COMM_ALL = ("fr", "fr", "fr", "fr", "en", "innu", "atik", "cree", "inuit", "mohawk", "haiti", "maghreb",
            "viet", "latino", "chinois", "sudasie", "afrique")
COMM_IMM = ("haiti", "maghreb", "viet", "latino", "chinois", "sudasie", "afrique")
COMM_AUT = ("innu", "atik", "cree", "mohawk")
COMM_QC = ("fr", "fr", "fr", "en", "haiti", "maghreb")

NICK = P("""Ti-Guy|Ti-Jean|Ti-Pit|Ti-Mé|Ti-Loup|Ti-Noir|Ti-Blanc|Ti-Rouge|Ti-Paul|Ti-Claude|Ti-Gus|
Ti-Mousse|Ti-Bob|Ti-Lou|Ti-Zoune|Ti-Cass|Bouboule|Pitou|Pinotte|Grand Jos|Gros Luc|Big Ben|Coco Bélanger|
Tit-Rouge Lavoie|Ti-Guy à Fernand|Bébert|Ti-Fred|Ti-Pet|Mononc' Rosaire|Matante Gisèle|la Grande Lise|
le gros Réal|le petit Gervais|Ti-Jos Gravel|Boule-de-Neige|Ti-Cul Roy|Ti-Bi|Ti-Jules|Néné|Fifi Ouellet|
Cocotte|Ti-Boss|Bill Leblanc|Ti-Noir Lavoie|Chouchou|Ti-Mine|Bob la Hache|Ti-Oui|Zézette""")

COMMON_WORD_SURNAMES = P("""Lachance|Lapierre|Larivière|Lamontagne|Boisvert|Lafontaine|Laforest|Lebrun|
Lenoir|Lajoie|Beausoleil|Lheureux|Sanschagrin|Bonenfant|Desruisseaux|Vallée|Després|Lamarche|Laflamme|
Lamoureux|Laplante|Lefort|Bellefeuille|Bonhomme|Lapensée|Labonté|Laliberté|Chevalier|Marchand|
Charpentier|Boulanger|Meunier|Latulippe|Lespérance|Deslauriers|Desforges|Fontaine|Poisson|Noël|Lafleur|
Lebœuf|Beaupré|Beauchemin|Bonneau|Tranquille|Doucet|Legros|Sauvageau|Lévesque|Hiver|Printemps|Vaillancourt""")

PARTICULES = P("""de la Chevrotière|D'Amours|Le Sieur|Saint-Amand|Van der Meer|McNeil|O'Reilly|de Grandpré|
Du Sault|St-Onge|Mac Isaac|de Montigny|Le Moyne|Dela Cruz|De Luca|van Loon|Des Rivières|de Repentigny|
L'Heureux|Du Tremblay|d'Anjou|MacKinnon|O'Farrell|Di Pietro|De Sousa|dos Santos|Ben Youssef|El Khoury|
Da Silva|La Rue|Le Gal|Von Raab""")

KIDS = P("""Mathis|Zoé|Léo|Florence|Liam|Alice|Noah|Charlie|Emma|Olivia|Rosalie|Édouard|Arnaud|Livia|
Jacob|Maëva|Nathan|Éloïse|Hugo|Béatrice|Théo|Adèle|Wyatt|Maya|Ayden|Inaya|Kaïs|Sarah-Maude|Jayden|
Mikaël|Naomie|Xavier|Lily-Rose|Anaïs|Ismaël|Sofia|Elijah|Mila|Tiago|Amira|Kenzo|Rafaël|Yanis|Aurélie|
Uapun|Shanti|Tivi|Ayisha""")


def name_style(rng: random.Random, fi: str, la: str, style: str, comm: str = "fr") -> str:
    if style == "pn":
        if comm in ("viet", "chinois") and rng.random() < 0.5:
            return f"{la} {fi}"
        return f"{fi} {la}"
    if style == "np":
        return f"{la}, {fi}"
    if style == "NP":
        return f"{la.upper()}, {fi}"
    if style == "NPs":
        return f"{la.upper()} {fi}"
    if style == "low":
        return f"{fi} {la}".lower()
    if style == "caps":
        return f"{fi} {la}".upper()
    if style == "n":
        return la
    if style == "p":
        return fi
    if style == "ip":
        return f"{fi[0]}. {la}"
    if style == "pi":
        return f"{fi} {la[0]}."
    if style == "ii":
        a = "-".join(x[0] for x in fi.replace(" ", "-").split("-"))
        return (f"{a}.{la[0]}." if rng.random() < 0.5 else f"{a}. {la[0]}.").replace("-", ".-")
    if style == "typo":
        return f"{fi} {typo(rng, la)}" if rng.random() < 0.6 else f"{typo(rng, fi)} {la}"
    if style == "noacc":
        t = strip_acc(f"{fi} {la}")
        return t if t != f"{fi} {la}" else f"{fi} {la}".lower()
    if style == "ocr":
        return ocr_noise(rng, f"{fi} {la}", 0.2)
    raise ValueError(style)


def g_name(comms=COMM_ALL, styles=("pn",)):
    def f(H):
        c = H.c(comms)
        return name_style(H.rng, H.pick(FIRST[c]), H.pick(LAST[c]), H.c(styles), c)
    return f


def g_first(comms=COMM_ALL):
    def f(H):
        return H.pick(FIRST[H.c(comms)])
    return f


def g_last(comms=COMM_ALL, upper=False):
    def f(H):
        v = H.pick(LAST[H.c(comms)])
        return v.upper() if upper else v
    return f


def g_pool(pool):
    def f(H):
        return H.pick(pool)
    return f


# --------------------------------------------------------------------------
# remplissage (non planté) : lieux, événements, heures...
# --------------------------------------------------------------------------
VILLES = P("""Rimouski|Matane|Gaspé|Sept-Îles|Baie-Comeau|Saguenay|Alma|Roberval|Dolbeau-Mistassini|
Chibougamau|Val-d'Or|Rouyn-Noranda|Amos|La Sarre|Mont-Laurier|Maniwaki|Gatineau|Sherbrooke|Magog|
Coaticook|Granby|Saint-Hyacinthe|Drummondville|Victoriaville|Trois-Rivières|Shawinigan|La Tuque|Joliette|
Terrebonne|Laval|Longueuil|Saint-Jean-sur-Richelieu|Sorel-Tracy|Lévis|Québec|Saint-Georges|Thetford Mines|
Montmagny|La Pocatière|Rivière-du-Loup|Amqui|New Richmond|Carleton-sur-Mer|Chandler|Percé|Cap-aux-Meules|
Havre-Saint-Pierre|Fermont|Port-Cartier|Forestville|Baie-Saint-Paul|La Malbaie|Rigaud|
Sainte-Marthe-sur-le-Lac|Deux-Montagnes|Pointe-Calumet|Saint-Eustache|Lachute|Beauceville|Sainte-Marie|
Maskinongé|Louiseville|Berthierville|Yamachiche|Nicolet|Bécancour|Lac-Mégantic|Cowansville|Huntingdon|
Salaberry-de-Valleyfield|Châteauguay|Rivière-Rouge|Chertsey|Saint-Raymond|Sainte-Anne-des-Monts|
Gatineau|Mirabel|Causapscal|Senneterre|Lebel-sur-Quévillon|Normandin|Saint-Félicien|Chicoutimi|Jonquière""")
VILLES_NORD = P("""Kuujjuaq|Salluit|Inukjuak|Puvirnituq|Kangiqsujuaq|Ivujivik|Akulivik|Umiujaq|Kuujjuarapik|
Tasiujaq|Quaqtaq|Kangirsuk|Aupaluk|Kangiqsualujjuaq""")
BCN = P("""Harrington Harbour|Tête-à-la-Baleine|La Tabatière|Saint-Augustin|Blanc-Sablon|Chevery|Kegaska|
Mutton Bay|Old Fort|Rivière-Saint-Paul|Lourdes-de-Blanc-Sablon|Brador""")
COMMUNAUTES = P("""Uashat mak Mani-utenam|Pessamit|Ekuanitshit|Unamen Shipu|Pakua Shipi|Matimekush|
Mashteuiatsh|Essipit|Nutashkuan|Wemotaci|Manawan|Opitciwan|Mistissini|Waswanipi|Chisasibi|Wemindji|
Eastmain|Waskaganish|Nemaska|Oujé-Bougoumou|Whapmagoostui|Kahnawake|Kanesatake|Akwesasne|Wendake|
Listuguj|Gesgapegiag|Kitigan Zibi|Lac-Simon|Pikogan|Kitcisakik|Odanak|Wôlinak""")
RIVIERES = P("""rivière Chaudière|rivière des Prairies|rivière Rouge|rivière du Nord|rivière du Loup|
rivière Richelieu|rivière Saint-François|rivière Etchemin|rivière Yamaska|rivière Matapédia|rivière Nicolet|
rivière Petite-Nation|rivière Gatineau|rivière des Mille Îles|rivière L'Assomption|rivière Montmorency|
rivière Mistassini|rivière Lièvre|rivière Sainte-Anne|rivière Batiscan|rivière Coaticook|rivière Outaouais""")
ROUTES = P("""route 138|autoroute 20|route 117|route 132|autoroute 40|route 155|route 175|route 389|
route 173|route 199|route 113|route 169|autoroute 50|route 148|route 341|route 112|route 204|route 297""")
SINISTRES = P("""l'inondation|le feu de forêt|l'incendie|le glissement de terrain|la tempête de verglas|
la panne majeure|l'embâcle|la crue printanière|l'érosion côtière|la fuite de gaz|la tornade|
les vents violents|la submersion côtière|le refoulement d'égout|le feu de broussailles""")
SINISTRES_NU = P("""inondation|feu de forêt|incendie|glissement de terrain|verglas|panne|embâcle|crue|
érosion|fuite de gaz|tornade|vents violents|submersion|refoulement|feu de broussailles""")
CENTRES = P("""l'aréna municipal|le centre communautaire|le gymnase de l'école secondaire|
le sous-sol de l'église|la salle des Chevaliers de Colomb|le centre des loisirs|le cégep|
la salle paroissiale|le motel réquisitionné|le centre de services aux sinistrés|la salle de l'Âge d'or|
la polyvalente""")
QUI = P("""la dame du 2e|le monsieur d'en face|l'occupant du logement|la locataire du sous-sol|
le sinistré du lit 7|la résidente|le propriétaire|la personne évacuée|l'aîné qu'on a sorti en chaloupe|
la requérante|le jeune homme du chalet|la sinistrée de la chambre 12|le conducteur|la passagère|
l'usager|la cliente|le résident du bout du rang|la dame qu'on a relogée|le sinistré|la mère de famille""")
TITRES = P("""le maire|la mairesse|la directrice générale|le préfet|la coordonnatrice municipale|
le chef aux opérations|le directeur du service incendie|la conseillère en sécurité civile|
le capitaine de la SQ|la directrice régionale|le greffier|l'officier de liaison|la responsable des mesures d'urgence|
le chef de division|la présidente du conseil d'établissement|le sous-ministre|la porte-parole|
l'inspecteur municipal|le directeur de la santé publique|la gestionnaire du centre""")
ORGS = P("""la Croix-Rouge|la SOPFEU|Hydro-Québec|la Sûreté du Québec|le CISSS|le ministère de la Sécurité publique|
Environnement Canada|la municipalité|le centre de services scolaire|Info-Santé 811|le 211|
la Garde côtière|les Forces armées canadiennes|le service incendie|Urgence-Environnement|Transports Québec""")


def f_heure(H):
    h, m = H.r(0, 23), H.c((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return H.c((f"{h} h {m:02d}", f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h} h"))


def f_date(H):
    d, m = H.r(1, 28), H.r(1, 12)
    return H.c((f"{d} {MOIS[m - 1]}", f"{d} {MOIS[m - 1]}", f"{JOURS[H.r(0, 6)]} {d} {MOIS[m - 1]}"))


def f_isodate(H):
    return f"{H.r(2017, 2024)}-{H.r(1, 12):02d}-{H.r(1, 28):02d}"


def f_evt(H):
    y = H.r(17, 24)
    return H.c((f"ÉV-20{y}-{H.r(100, 99999):05d}", f"INC-{H.r(1000, 9999)}", f"COG-{y}-{H.r(10, 999)}",
                f"SOPFEU-20{y}-{H.r(1, 12):02d}-{H.r(1, 999):04d}", f"EVT{y}{H.r(10000, 99999)}"))


FILL = {
    "ville": VILLES, "villenord": VILLES_NORD, "bcn": BCN, "communaute": COMMUNAUTES, "riviere": RIVIERES,
    "route": ROUTES, "sinistre": SINISTRES, "sinistre_nu": SINISTRES_NU, "centre": CENTRES, "qui": QUI,
    "titre": TITRES, "org": ORGS, "heure": f_heure, "date": f_date, "isodate": f_isodate, "evt": f_evt,
    "n": lambda H: str(H.r(2, 12)), "nn": lambda H: str(H.r(13, 480)), "pct": lambda H: str(H.r(3, 97)),
    "mm": lambda H: str(H.r(15, 120)), "km": lambda H: str(H.r(2, 90)), "jour": lambda H: H.c(JOURS),
    "mois": lambda H: H.c(MOIS), "annee": lambda H: str(H.r(2017, 2024)),
    "quic": lambda H: (lambda q: q[0].upper() + q[1:])(H.c(QUI)),
}

# phrases de remplissage pour les cellules longues (partagées par moitié, comme les valeurs)
LONG_FILL = P("""Le niveau de la {riviere} a continué de monter pendant la nuit.|
Les équipes de Transports Québec ont fermé une voie de la {route}.|
Le centre de coordination municipal est ouvert depuis {heure}.|
La Croix-Rouge a distribué des trousses d'hygiène et des couvertures.|
Plusieurs résidents ont quitté le secteur d'eux-mêmes avant l'ordre d'évacuation.|
La génératrice de l'aréna a été vérifiée par le technicien de la municipalité.|
Environnement Canada maintient l'avertissement de pluie abondante pour la région.|
La SOPFEU a mobilisé deux avions-citernes supplémentaires.|
Les sacs de sable ont été livrés au garage municipal vers {heure}.|
On attend la prochaine mise à jour du ministère avant de lever la mesure.|
Aucune route n'est coupée pour l'instant dans la MRC.|
Le pont de la {route} demeure ouvert à la circulation locale seulement.|
Les pompiers sont restés sur place jusqu'à {heure} pour surveiller les points chauds.|
Le point de presse est reporté à demain matin.|
La santé publique rappelle de faire bouillir l'eau avant de la consommer.|
L'école primaire du secteur est fermée jusqu'à nouvel ordre.|
Hydro-Québec estime le rétablissement du courant d'ici {n} heures.|
Le stationnement de l'église sert de zone de rassemblement.|
La patrouille nautique a fait une tournée du secteur en après-midi.|
Le bilan fait état de {nn} résidences touchées dans la municipalité.|
Un deuxième conteneur de sacs de sable a été demandé au ministère.|
Les bénévoles se relaient au service de repas depuis trois jours.|
La cellule de crise se réunit de nouveau à {heure}.|
Le vent a tourné vers le nord-est en fin de journée.|
Les inspecteurs du bâtiment commencent les visites lundi.|
Le traversier a repris son horaire normal en soirée.|
Le périmètre de sécurité a été agrandi de {km} kilomètres.|
La circulation lourde est détournée par la {route}.|
Les ponceaux du rang ont été dégagés par la voirie.|
Le centre d'hébergement compte encore {nn} lits disponibles.|
La station de pompage fonctionne sur la génératrice depuis hier.|
Un avis d'ébullition préventif demeure en vigueur.|
Le débit de la rivière s'est stabilisé selon le dernier relevé.|
Les camions-citernes de la municipalité voisine sont arrivés en renfort.|
La ligne d'information aux citoyens a reçu beaucoup d'appels ce matin.|
Le comité de rétablissement tiendra sa première rencontre jeudi.|
La surveillance des digues se poursuit jour et nuit.|
Les formulaires d'aide financière sont disponibles au bureau municipal.|
Une séance d'information publique aura lieu au sous-sol de l'église.|
La qualité de l'air est jugée mauvaise à cause de la fumée.""")

FILL["phrase"] = lambda H: H.pick(LONG_FILL)

# --------------------------------------------------------------------------
# générateurs de valeurs personnelles
# --------------------------------------------------------------------------
RUES = P("""Principale|Notre-Dame|Saint-Jean|de l'Église|du Couvent|des Érables|des Pins|du Lac|Saint-Joseph|
Sainte-Anne|de la Gare|du Moulin|des Saules|des Bouleaux|Commerciale|de la Rivière|Papineau|Dollard|Racine|
Champlain|Radisson|Frontenac|Laviolette|des Cèdres|des Merisiers|du Parc|de la Fabrique|du Quai|des Pêcheurs|
de la Plage|du Fleuve|de la Montagne|des Peupliers|du Boisé|des Lilas|des Tulipes|Bellevue|Beauséjour|
de la Colline|des Jardins|du Domaine|de la Seigneurie|Côté|Lavoie|Boucher|Saint-Cyrille|Sainte-Thérèse|
des Hirondelles|des Outardes|des Mélèzes|du Sommet|Mgr-Tessier|Saint-Laurent|de la Station|des Geais-Bleus|
Industrielle|du Ruisseau|de la Pointe|Saint-Antoine|des Forges|Wellington|Queen|Dufferin|King|Victoria|
des Chênes|Saint-Édouard|Saint-Pierre|de l'Hôtel-de-Ville|des Prés|du Vallon|Lafontaine|Monseigneur-Plessis|
des Rapides|de la Traverse|Notre-Dame-des-Anges|des Coquelicots""")
TYPES_VOIE = P("""rue|rue|rue|rue|avenue|boulevard|boul.|av.|place|croissant|impasse|terrasse|allée|carré|promenade""")
RANGS = P("""3e Rang|4e Rang Ouest|rang Saint-Joseph|rang 4|rang 10 Est|Petit Rang|rang Double|rang de la Chute|
Grand Rang|rang des Pointes|rang du Bas-de-la-Rivière|rang Sainte-Catherine|1er Rang|rang 2 Nord|rang du Nord|
rang Saint-Isidore|rang Brodeur|rang de la Montagne|5e Rang Est|rang Saint-Malo|rang Nault|rang 7|
rang des Écossais|rang Sainte-Julie|6e Rang|rang 9|rang Saint-Achille|rang de la Rivière-Nord""")
CHEMINS = P("""chemin du Lac-Noir|chemin des Patriotes|chemin de la Grève|chemin Gosford|chemin du Tour-du-Lac|
chemin de la Baie|chemin Sainte-Marie|chemin du Golf|chemin de la Côte-Saint-Paul|chemin des Sables|
chemin du Pied-de-la-Montagne|chemin Tibbits|chemin de la Savane|chemin du Petit-Lac-Caché|ch. des Érablières|
chemin Lakeview|chemin du Vieux-Moulin|chemin de la Rivière-Rouge|chemin du Lac-à-la-Truite|ch. du Domaine-Vert|
chemin des Cascades|chemin de la Pointe-aux-Outardes""")
MONTEES = P("""montée Leblanc|montée de la Petite-Rivière|montée Sainte-Julie|montée Masson|montée du Moulin|
montée Gagnon|montée Saint-Isidore|montée des Pionniers|montée Robert|montée de la Baie|côte Saint-Paul|
côte de la Montagne|côte des Érables|montée Villeneuve|montée Paiement|côte Joyeuse|montée du Lac|
montée Saint-François""")
ROUTES_ADR = P("""route 132 Est|route 138|route 117 Nord|route du Président-Kennedy|route des Rivières|
route Marie-Victorin|route 155|route Principale|route du Fleuve|route de la Mer|route des Pionniers|route 199|
route Harwood|route 173 Sud|route 341|route 204 Ouest|route de l'Anse|route du Pont""")
LET_CP = "ABCEGHJKLMNPRSTVWXYZ"


def civic(H, big=False):
    band = H.c(((1, 99), (100, 999), (100, 999), (1000, 9999))) if not big else (1000, 9999)
    return H.num(*band)


def g_adr_rue(seps=(", ", " ")):
    def f(H):
        return f"{civic(H)}{H.c(seps)}{H.c(TYPES_VOIE)} {H.pick(RUES)}"
    return f


def g_adr_any():
    def f(H):
        k = H.r(0, 4)
        n = civic(H)
        s = H.c((", ", " "))
        if k == 0:
            return f"{n}{s}{H.c(TYPES_VOIE)} {H.pick(RUES)}"
        if k == 1:
            return f"{n}{s}{H.pick(RANGS)}"
        if k == 2:
            return f"{n}{s}{H.pick(CHEMINS)}"
        if k == 3:
            return f"{n}{s}{H.pick(MONTEES)}"
        return f"{n}{s}{H.pick(ROUTES_ADR)}"
    return f


def cp(H, style=0):
    L = lambda: H.c(LET_CP)
    D = lambda: str(H.r(0, 9))
    a = H.c("GGGHHJJJ") + D() + L()
    b = D() + L() + D()
    return [f"{a} {b}", f"{a}{b}", f"{a.lower()} {b.lower()}", f"{a}-{b}", f"{a.lower()}{b.lower()}"][style]


def g_cp(styles=(0, 0, 1, 2, 3, 4)):
    return lambda H: cp(H, H.c(styles))


# --- âges -----------------------------------------------------------------
def g_age(lo, hi, fmts):
    """fmts : gabarits avec {n} (chiffres), {w} (lettres), {e} (anglais)."""
    def f(H):
        n = H.num(lo, hi)
        return H.c(fmts).format(n=n, w=fr_num(n), e=en_num(n), w2=fr_num(n).replace("-", " "))
    f.core = True   # partage par le nombre lui-même (chaque forme encode son nombre)
    return f


def core(fn):
    """Marque un générateur dont la moitié est garantie par sa composante numérique."""
    fn.core = True
    return fn


# --- dates de naissance -----------------------------------------------------
def dob(H, lo=1922, hi=2006):
    """Année ET jour-mois tirés de la moitié du split (un anniversaire ne fuit pas d'un split à l'autre)."""
    y = H.num(lo, hi)
    while True:
        m = H.r(1, 12)
        d = H.r(1, 28 if m == 2 else 30)
        if parity(f"{d} {MOIS[m - 1]}") == H.i:
            return y, m, d


def g_dob(fmt, lo=1922, hi=2006):
    """fmt : fonction (H, y, m, d) -> chaîne."""
    def f(H):
        y, m, d = dob(H, lo, hi)
        return fmt(H, y, m, d)
    return f


def jour1(d):
    return "1er" if d == 1 else str(d)


# --- téléphones -------------------------------------------------------------
AREA = ("418", "581", "367", "450", "579", "354", "514", "438", "263", "819", "873", "468")


def phone_core(H, area=None):
    for _ in range(1000):
        a = area or H.c(AREA)
        e = str(H.r(200, 989))
        if e[1:] == "11":
            continue
        l = f"{H.r(0, 9999):04d}"
        if parity(a + e + l) == H.i:
            return a, e, l
    raise RuntimeError


def fmt_phone(H, a, e, l, style):
    return {
        "tiret": f"{a}-{e}-{l}", "par": f"({a}) {e}-{l}", "esp": f"{a} {e} {l}", "pt": f"{a}.{e}.{l}",
        "colle": f"{a}{e}{l}", "un": f"1-{a}-{e}-{l}", "plus": f"+1 {a} {e} {l}", "plus2": f"+1 ({a}) {e}-{l}",
        "local": f"{e}-{l}", "mix": f"{a} {e}-{l}", "slash": f"{a}/{e}-{l}", "under": f"{a}_{e}_{l}",
        "dash": f"{a}–{e}–{l}", "eu": f"{a[:2]} {a[2]}{e[0]} {e[1:]} {l[:2]} {l[2:]}",
        "odd": f"{a} {e[:2]} {e[2]}{l[:1]} {l[1:]}", "plus1": f"+1{a}{e}{l}",
    }[style]


def g_phone(styles):
    def f(H):
        a, e, l = phone_core(H)
        return fmt_phone(H, a, e, l, H.c(styles))
    return f


# --- courriels --------------------------------------------------------------
DOMAINES = P("""gmail.com|hotmail.com|hotmail.ca|videotron.ca|outlook.com|yahoo.ca|yahoo.com|live.ca|icloud.com|
sympatico.ca|globetrotter.net|cgocable.ca|cooptel.qc.ca|derytele.com|xplornet.com|telus.net|bell.net|hotmail.fr|
protonmail.com|me.com|msn.com|live.com|outlook.fr|tlb.sympatico.ca|sogetel.net|b2b2c.ca|ivic.qc.ca|mail.com""")
DOM_REGION = P("""globetrotter.net|cgocable.ca|cooptel.qc.ca|derytele.com|xplornet.com|sogetel.net|b2b2c.ca|
ivic.qc.ca|tlb.sympatico.ca|qc.aira.com|telupton.qc.ca|cablevision.qc.ca|mrcmekinac.net|bellnet.ca|
ripnet.com|axion.ca|tellambton.net|pomact.net""")
HOBBY = P("""pecheur|chasseur.orignal|motoneige|grandmaman|papi|mamie|bleuets|sirop.erable|hockeymom|
camionneur|cowboy|fermiere|lapinou|tigrou|princesse|bigfoot|ptitloup|caribou|homard|gaspesienne|
coureur.des.bois|quad|harley|saguenay.boy|beauceron|acadienne""")


def _lp(s):
    s = strip_acc(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def email_core(H, comms=COMM_ALL):
    c = H.c(comms)
    fi, la = _lp(H.pick(FIRST[c])), _lp(H.pick(LAST[c]))
    yy = f"{H.r(40, 99)}" if H.p(0.5) else str(H.r(1, 2024))
    k = H.r(0, 9)
    local = [f"{fi}.{la}", f"{fi[0]}{la}", f"{la}.{fi}", f"{fi}_{la}{yy}", f"{fi}{la}{yy}", f"{la}{fi[0]}",
             f"{fi}.{la}{yy}", f"{H.pick(HOBBY)}{yy}", f"{fi}-{la}", f"{fi[0]}.{la}"][k]
    return local


def g_email(disguise="std", comms=COMM_ALL, doms=DOMAINES):
    def f(H):
        local = email_core(H, comms)
        dom = H.pick(doms)
        return disguise_email(H, local, dom, disguise)
    return f


def disguise_email(H, local, dom, how):
    d0, _, tld = dom.rpartition(".")
    if how == "std":
        return f"{local}@{dom}"
    if how == "caps":
        return f"{local}@{dom}".upper()
    if how == "at":
        return H.c((f"{local} at {d0} dot {tld}", f"{local} AT {d0} DOT {tld}",
                    f"{local.replace('.', ' dot ')} at {d0} dot {tld}"))
    if how == "arobase":
        return H.c((f"{local} arobase {d0} point {tld}", f"{local.replace('.', ' point ')} arobas {d0} point {tld}",
                    f"{local} a commercial {d0} point {tld}"))
    if how == "esp":
        return H.c((f"{local} @ {dom}", f"{local} @ {d0} . {tld}", " ".join(local) + " @ " + dom,
                    f"{local}@ {dom}", f"{local} @{dom}"))
    if how == "brack":
        return H.c((f"{local}(at){d0}(dot){tld}", f"{local}[at]{d0}[dot]{tld}", f"{local}[@]{d0}[.]{tld}",
                    f"{local}{{at}}{d0}{{dot}}{tld}", f"{local} (a) {d0} (.) {tld}"))
    if how == "dictee":
        sp = local.replace(".", " point ").replace("_", " tiret bas ").replace("-", " tiret ")
        return f"{sp} arobase {d0.replace('.', ' point ')} point {tld}"
    if how == "typo":
        bad = {"gmail.com": ("gmial.com", "gmail.con", "gamil.com", "gmail.co", "g-mail.com"),
               "hotmail.com": ("hotmal.com", "hotmail.cm", "hotmial.com", "hotmail.comm"),
               "videotron.ca": ("videotron.com", "vidéotron.ca", "videotrom.ca"),
               "yahoo.ca": ("yaho.ca", "yahoo.c", "yahooo.ca"),
               "outlook.com": ("outlok.com", "outloock.com")}
        key = H.c(tuple(bad))
        return f"{local}@{H.c(bad[key])}"
    if how == "ocr":
        return ocr_noise(H.rng, f"{local}@{dom}", 0.15)
    raise ValueError(how)


# --- plaques ----------------------------------------------------------------
LP = "ABCDEFGHJKLMNPRSTVWXYZ"


def _L(H, k):
    return "".join(H.c(LP) for _ in range(k))


def _D(H, k):
    return "".join(str(H.r(0, 9)) for _ in range(k))


def plate(H, style):
    if style == "qc_abc123":
        return f"{_L(H, 3)} {_D(H, 3)}"
    if style == "qc_123abc":
        return f"{_D(H, 3)} {_L(H, 3)}"
    if style == "qc_new":
        return f"{_L(H, 1)}{_D(H, 2)} {_L(H, 3)}"
    if style == "qc_comm":
        return H.c((f"F{_L(H, 2)}{_D(H, 4)}", f"L{_D(H, 6)}", f"FY{_D(H, 4)}", f"F{_D(H, 5)}"))
    if style == "qc_moto":
        return f"M{_D(H, 4)}{_L(H, 1)}"
    if style == "on":
        return f"{_L(H, 4)} {_D(H, 3)}"
    if style == "nb":
        return f"{_L(H, 3)} {_D(H, 3)}"
    if style == "us":
        return H.c((f"{_L(H, 3)}-{_D(H, 4)}", f"{_L(H, 3)} {_L(H, 1)}{_D(H, 2)}", f"{_D(H, 3)} {_L(H, 3)}",
                    f"{_L(H, 2)}{_D(H, 1)} {_L(H, 2)}{_D(H, 1)}"))
    raise ValueError(style)


PERSO = P("""MAMIE22|GRANMAN|SKIDOO1|PECHEUR|BIGFOOT|CHASSE1|LOUP66|PAPI70|TITOU|GASPE1|ZEN4EVR|
MOTO888|BLEUET|BEAUCE1|HOMARD|CARIBOU|HARLEY7|PTITLOU|NORDIK|SIROP|JOHNNY5|GOHABS|BOSS418|
VROUM|REINE1|BOUCANE|AURORE|FERMIER|CAMIONR|TAXIMAN|MATANE1|FLYBOY|PONEY|RANGER9""")

# --------------------------------------------------------------------------
# familles et rendu
# --------------------------------------------------------------------------
@dataclass
class Family:
    kind: str
    name: str
    templates: tuple
    slots: dict
    post: tuple


FAMILIES: list[Family] = []


def fam(kind: str, short: str, templates, post=(), **slots):
    if isinstance(post, str):
        post = (post,)
    tpls = T(templates) if isinstance(templates, str) else tuple(templates)
    FAMILIES.append(Family(kind, f"{kind}.{short}", tpls, slots, tuple(post)))


def split_templates(tpls):
    order = sorted(tpls, key=lambda t: (_md5("tpl|" + norm(t)), t))
    return tuple(order[0::2]), tuple(order[1::2])


SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_PUNCT = re.compile(r"[,.;:!?()«»\"]")


def _fill(H, name, fm):
    src = fm.slots.get(name, FILL.get(name))
    if src is None:
        raise KeyError(f"{fm.name}: remplissage inconnu {{{name}}}")
    v = src(H) if callable(src) else H.c(src)
    if "{" in v:
        v = SLOT.sub(lambda m: _fill(H, m.group(1), fm), v)
    return v


def _planted(H, name, fm):
    src = fm.slots.get(name)
    if src is None:
        raise KeyError(f"{fm.name}: valeur plantée inconnue {{{name}}}")
    if callable(src):
        if getattr(src, "core", False):
            return src(H)
        return H.gen(src)
    return H.pick(src)


def _post(H, segs, post):
    out = []
    for txt, pl in segs:
        for p in post:
            if p == "upper":
                txt = txt.upper()
            elif p == "lower":
                txt = txt.lower()
            elif p == "ocr" and not pl and txt.strip():
                txt = ocr_noise(H.rng, txt, 0.05)
            elif p == "dictee" and not pl:
                txt = _PUNCT.sub("", txt).lower()
                txt = re.sub(r" {2,}", " ", txt)
            elif p == "flower" and not pl:
                txt = txt.lower()
        out.append((txt, pl))
    return out


_CONTR = ((re.compile(r"\bde le "), "du "), (re.compile(r"\bà le "), "au "), (re.compile(r"\bde les "), "des "),
          (re.compile(r"\bà les "), "aux "), (re.compile(r"\b([Ll])a ([aeiouéAEIOUÉ])"), r"\1'\2"),
          (re.compile(r"\b([Dd])e ([AEIOUÉaeiouéÎî])"), r"\1'\2"), (re.compile(r"\b([Qq])ue (il|elle|on)\b"), r"\1u'\2"),
          (re.compile(r"\b([Aa])u ([aeiouéAEIOUÉ])"), r"à l'\2"))


def _tidy(segs, tpl, post):
    """Contractions et élisions dans le texte non planté; majuscule initiale."""
    merged = []
    for txt, pl in segs:
        if merged and not pl and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + txt, False)
        else:
            merged.append((txt, pl))
    out = []
    for k, (txt, pl) in enumerate(merged):
        if not pl:
            for rx, rep in _CONTR:
                txt = rx.sub(rep, txt)
            # élision devant une valeur plantée qui commence par une voyelle (« de Essipit » -> « d'Essipit »)
            if k + 1 < len(merged) and merged[k + 1][1] and merged[k + 1][0][:1] in "AEIOUÉaeiouéÎ":
                txt = re.sub(r"\b([Dd])e $", r"\1'", txt)
                txt = re.sub(r"\b([Qq])ue $", r"\1u'", txt)
        out.append((txt, pl))
    if tpl.startswith("{") and not ({"lower", "flower", "dictee"} & set(post)):
        for k, (txt, pl) in enumerate(out):
            if txt:
                if txt[0].islower() and not pl:
                    out[k] = (txt[0].upper() + txt[1:], pl)
                break
    return out


def render(fm: Family, tpl: str, H: Half):
    names = list(dict.fromkeys(SLOT.findall(tpl)))
    vals = {}
    for _ in range(60):
        vals, keys, bad = {}, set(), False
        for name in names:
            if name[0].isupper():
                v = _planted(H, name, fm)
                k = tuple(norm(p) for p in parts_of(v))
                if k in keys:
                    bad = True
                    break
                keys.add(k)
                vals[name] = v
        if not bad:
            break
    segs = []
    pos = 0
    for m in SLOT.finditer(tpl):
        segs.append((tpl[pos:m.start()], False))
        name = m.group(1)
        if name[0].isupper():
            v = vals[name]
            if MARK.search(v):
                p2 = 0
                for mm in MARK.finditer(v):
                    segs.append((v[p2:mm.start()], False))
                    segs.append((mm.group(1), True))
                    p2 = mm.end()
                segs.append((v[p2:], False))
            else:
                segs.append((v, True))
        else:
            segs.append((_fill(H, name, fm), False))
        pos = m.end()
    segs.append((tpl[pos:], False))
    segs = _tidy(segs, tpl, fm.post)
    if fm.post:
        segs = _post(H, segs, fm.post)
    text = "".join(s for s, _ in segs).replace("¶", "\n")
    planted = tuple(dict.fromkeys(s.replace("¶", "\n") for s, p in segs if p))
    return text, planted


CLEAN_PREFIXES = ("[{heure}] ", "MAJ {isodate} : ", "{ville} — ", "Point {n} : ", "Suivi du {date} : ", "({date}, {heure}) ",
                  "Bilan {heure} : ", "Réf. {evt} — ", "Note ({ville}) : ")


def generate(split: str, per_family: int = 20, seed: int = 0) -> list[Cell]:
    if split not in SPLITS:
        raise ValueError(f"split inconnu : {split}")
    idx = SPLITS.index(split)
    cells: list[Cell] = []
    for fm in FAMILIES:
        rng = random.Random(f"j10|{seed}|{split}|{fm.name}")
        H = Half(idx, rng)
        tpls = list(split_templates(fm.templates)[idx])
        rng.shuffle(tpls)
        seen = set()
        for i in range(per_family):
            tpl = tpls[i % len(tpls)]
            for _ in range(30):
                try:
                    text, planted = render(fm, tpl, H)
                except Exception as e:
                    raise RuntimeError(f"{fm.name} / {tpl!r} : {e}") from e
                if text not in seen:
                    break
            else:
                if "debut" not in fm.name and "fin_de" not in fm.name:   # varier les cellules répétitives
                    for _ in range(30):
                        pre = SLOT.sub(lambda m: _fill(H, m.group(1), fm), H.c(CLEAN_PREFIXES))
                        if pre + text not in seen:
                            text = pre + text
                            break
            seen.add(text)
            cells.append(Cell(text, fm.kind, fm.name, planted if fm.kind != "propre" else ()))
    return cells

# ==========================================================================
# NOM
# ==========================================================================
K = "nom"

fam(K, "dictee_ponctuation_parlee", """
note au dossier deux points la sinistrée s'appelle {V} virgule elle était seule au sous-sol point à la ligne on la relocalise à {ville} point
ok euh message pour l'équipe de jour {V} a rappelé virgule il attend toujours l'inspecteur point
dictée du {date} début de note monsieur {V} refuse de quitter sa résidence malgré l'ordre d'évacuation point fin de note
nouveau paragraphe la personne à joindre c'est {V} ouvrez la parenthèse sa sœur fermez la parenthèse point
virgule donc je disais {V} est passée au centre de {ville} vers {heure} point final
rapport vocal agent trois {V} a été rencontré à la barrière de la {route} il dit qu'il a pas été avisé point
""", V=g_name(("fr", "fr", "en", "haiti", "maghreb", "latino"), ("pn",)))

fam(K, "epele_au_telephone", """
Appelant épelle son nom : {V}. Rappel demandé pour le formulaire d'aide.
Vérification du nom au registre des sinistrés : {V}, comme sur la carte.
Le nom sur la liste du centre était mal écrit. Bon nom : {V}.
Pour la réclamation, la dame insiste sur l'orthographe : {V}.
Dossier créé en double à cause de l'orthographe; fusionner sous {V}.
""", V=lambda H: (lambda la: H.c((
    f"[[{la}]] ([[{'-'.join(ch for ch in la.upper() if ch.isalpha())}]])",
    f"[[{la}]], ça s'épelle [[{' '.join(ch for ch in la.upper() if ch.isalpha())}]]",
    f"[[{'.'.join(ch for ch in la.lower() if ch.isalpha())}]] ([[{la}]])",
)))(H.pick(LAST[H.c(("fr", "fr", "haiti", "maghreb", "innu", "afrique", "latino"))])))

fam(K, "releve_de_quart", """
Relève 7h-15h → 15h-23h : {V} (lit 14) attend toujours un transport pour {ville}. Rien d'autre à signaler.
Passation de quart : {V} est revenu chercher ses effets personnels, clé remise à la sécurité.
Pour l'équipe de nuit : rappeler {V} avant 21 h, sa demande d'hébergement est prolongée.
Relève — lit de camp 22 : {V}. Lit 23 : libre. Lit 24 : {V2}.
Quart de soir tranquille. {V} a quitté le centre de {ville} à {heure} avec un proche.
À faire par le quart suivant : valider la présence de {V} et de {V2} au souper.
""", V=g_name(COMM_ALL, ("pn", "ip", "NPs")), V2=g_name(COMM_ALL, ("pn", "ip")))

fam(K, "jargon_expert_sinistre", """
Assuré : {V} — perte totale du sous-sol, franchise 1 000 $, visite terrain faite.
Tiers responsable présumé : {V}. Subrogation à évaluer après le rapport du plombier.
Rencontre avec l'assuré {V} et l'entrepreneur en après-sinistre; estimation préliminaire en attente.
Déclaration de sinistre reçue de {V}; refoulement d'égout, avenant non souscrit.
Mandat d'expertise : {V} conteste la dépréciation appliquée au mobilier.
Réserve ouverte au nom de {V}, dommages par l'eau de surface, exclusion à vérifier.
""", V=g_name(COMM_QC, ("pn", "NP")))

fam(K, "sommaire_211", """
Appel 211 — l'appelante, {V}, cherche une banque alimentaire ouverte le dimanche à {ville}.
211 : {V} demande de l'aide pour remplir le formulaire du programme d'aide financière.
Référence 211 vers le centre d'action bénévole; nom de l'appelant : {V}.
Sommaire d'appel : {V}, sans électricité depuis 3 jours, cherche où recharger ses appareils.
L'appelant {V} veut savoir si les refuges de {ville} acceptent les chiens.
""", V=g_name(COMM_ALL, ("pn",)))

fam(K, "notes_liberation_conditionnelle", """
Surveillance dans la collectivité : {V} s'est présenté à son rendez-vous au bureau de {ville}.
Contrevenant {V} — respect des conditions, couvre-feu 22 h, aucun manquement.
CLCC : {V} demande une permission de sortir pour aider sa famille évacuée à {ville}.
Agent de libération : le transfert de {V} vers la maison de transition est reporté, {route} fermée.
{V} — rapport de progrès déposé, recommandation favorable à la semi-liberté.
Le détenu {V} a été relocalisé temporairement pendant l'évacuation de l'établissement.
""", V=g_name(("fr", "fr", "en", "haiti", "maghreb", "latino", "afrique", "cree", "inuit"), ("NP", "NPs", "pn")))

fam(K, "conseil_de_bande", """
Le conseil de bande de {communaute} confirme que {V} a été évacué par hydravion avec sa famille.
Liste de l'agent de liaison autochtone : {V}, {V2} — refusent de quitter le territoire de chasse.
Résolution du conseil : {V} est désigné pour accompagner les aînés vers {ville}.
Appel du bureau de bande de {communaute} : {V} n'a pas été vu au camp depuis hier.
Kwe, c'est pour confirmer que {V} est bien arrivé au centre d'hébergement. Mikwetc.
Tshinashkumitin — {V} a récupéré les clés du camp au bureau du conseil.
""", V=g_name(COMM_AUT, ("pn", "pn", "NP")), V2=g_name(COMM_AUT, ("pn",)))

fam(K, "villages_nunavik", """
{V} arrived on the Air Inuit flight from {villenord}, staying at the transit house.
Coordonnateur municipal de {villenord} : {V} a sécurisé le réservoir de carburant.
Liste des passagers évacués de {villenord} : {V}, {V2}.
{V} parti à la chasse en motoneige vers la baie, pas revenu — recherche par les Rangers.
Message radio communautaire ({villenord}) : {V} demande à tous de rester loin de la plage.
Northern Village of {villenord}: {V} helped move the elders to the school gym.
""", V=g_name(("inuit",), ("pn", "pn", "caps")), V2=g_name(("inuit",), ("pn",)))

fam(K, "genealogie_madelinienne", """
Sur la liste des évacués de l'Étang-du-Nord : {V}, sa maison est proche de la côte qui recule.
C'est {V} qui a vu la vague passer par-dessus la dune.
Appel de {V} pour le chemin emporté à la Grave.
On a rejoint {V} à Havre-Aubert, tout est correct de son bord.
Les gars de la voirie ont sorti le char de {V} du fossé, chemin de la Belle-Anse.
""", V=lambda H: H.c((
    f"{H.pick(FIRST['iles'])} à {H.pick(FIRST['iles'])}",
    f"{H.pick(FIRST['fr'])} à {H.pick(FIRST['iles'])} à {H.pick(FIRST['iles'])}",
    f"{H.pick(FIRST['fr'])} à {H.pick(FIRST['iles'])} {H.pick(LAST['iles'])}",
    f"Ti-{H.pick(FIRST['iles'])} à {H.pick(FIRST['iles'])}")))

fam(K, "surnoms_de_village", """
C'est {V} qui a ouvert le garage municipal pour les sinistrés, tout le monde le connaît.
Demandez à {V}, il a un tracteur pis il connaît le rang par cœur.
{V} a encore sorti sa chaloupe pour aller chercher du monde sur la rue du Quai.
Le bonhomme qu'on appelle {V} reste au bout du chemin, il a pas voulu partir.
Selon la serveuse du casse-croûte, {V} était au bar jusqu'à minuit.
""", V=g_pool(NICK))

fam(K, "signatures_fil_courriel", """
Merci pour le suivi!¶¶{V}¶Envoyé de mon iPhone
-----Message d'origine-----¶De : {V}¶Envoyé : {date} {heure}¶Objet : RE: hébergement rue Principale
Bonjour, je vous transfère la demande. Bonne journée, {V}
> Le {date}, à {heure}, {V} a écrit :¶> est-ce que le centre est encore ouvert?
TR: TR: RE: inventaire lits de camp¶¶Salut, voir plus bas.¶{V}
""", V=lambda H: H.c((g_first(COMM_QC)(H), g_name(COMM_QC, ("pn", "np"))(H))))

fam(K, "formulaire_aplati", """
nom={V};prenom={V2};mun={ville};statut=relogé;besoin=aucun
Nom: {V} | Prénom: {V2} | Sinistre: {sinistre_nu} | Date: {isodate}
[NOM]={V} [PRENOM]={V2} [NB_OCCUPANTS]={n} [ASSURE]=oui
champ_1:{V2} {V}; champ_2:{ville}; champ_3:non; champ_4:{isodate}
declarant.nom={V}, declarant.prenom={V2}, lieu={ville}, type={sinistre_nu}
""", V=g_last(COMM_ALL), V2=g_first(COMM_ALL))

fam(K, "fragment_csv", """
{isodate},{sinistre_nu},{V},{V2},{ville},relogé
"{V}";"{V2}";"{ville}";"évacuation préventive"
{n};{V} {V2};{ville};non assuré;dossier ouvert
id,nom,prenom¶{nn},{V},{V2}
{ville}|{V}|{V2}|hébergé|{isodate}
""", V=g_last(COMM_ALL, upper=False), V2=g_first(COMM_ALL))

fam(K, "ocr_bruite", """
Rapport d'intervention numérisé — personne rencontrée : {V}, occupant du logement.
FORMULAIRE SC-12 (scanné) Nom du sinistré : {V} Signature : illisible
Page 2/3 ... déclaration de {V} recueillie par le pompier préventionniste.
Liste manuscrite des présences au centre : {V} — présent au déjeuner.
""", post="ocr", V=g_name(COMM_QC, ("ocr",)))

fam(K, "franglais", """
Talked to {V} ce matin, she's OK pour rester chez sa cousine à {ville}.
{V} called back, il a pas reçu le chèque yet, follow-up needed.
FYI {V} est arrivé au shelter around {heure}, all good.
Meeting avec {V} re: le claim, il veut un update by Friday.
{V} was really stressed, on lui a donné les infos pour le 211 anyway.
""", V=g_name(("fr", "en", "en", "mohawk", "haiti"), ("pn",)))

fam(K, "joual_sms", """
jai parlé a {V} pis y dit que leau monte encore su l rang
{V} est pas la, ya pas de lumière ds maison
dis a {V} de mrappeler asap svp
lol {V} a encore oublié sa clé du centre
{V} yé parti chez son frère a {ville} jpense
""", post="flower", V=g_name(COMM_QC, ("low", "low", "p")))

fam(K, "debut_de_cellule", """
{V} — demande d'hébergement annulée, retour à domicile autorisé par la municipalité.
{V}: rappel fait, aucun dommage au logement.
{V} / inspection complétée / avis favorable.
{V}. Évacué volontairement. Retour prévu lundi.
""", V=g_name(COMM_ALL, ("pn", "NP", "NPs")))

fam(K, "fin_de_cellule", """
Rapport rédigé à la suite de la rencontre au centre de coordination, complété par {V}
Bottes et vêtements secs remis au sinistré du gymnase — reçu signé par {V}
Formulaire transmis au bureau régional; personne-ressource : {V}
Dernière personne à quitter le secteur inondé : {V}
""", V=g_name(COMM_ALL, ("pn", "ip")))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Rappel : {V} attend toujours des nouvelles de son assureur. {phrase} {phrase}
{phrase} {phrase} {phrase} Selon le pompier, {V} était chez lui au moment de l'appel. {phrase} {phrase}
{phrase} {phrase} La personne qui a donné l'alerte, {V}, a été rencontrée sur place. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} Visite de {V} au bureau municipal pour son formulaire. {phrase}
{phrase} {phrase} On a laissé un message à {V} concernant le retour au domicile. {phrase} {phrase} {phrase}
""", V=g_name(COMM_ALL, ("pn",)))

fam(K, "terre_bateau_ferme", """
L'eau a envahi la terre à {V} sur le rang {n}, les vaches ont été déplacées.
Le bateau de pêche à {V} a cassé ses amarres au quai de {ville}.
Les cages à homard de {V} ont été retrouvées sur la grève.
Le feu a pris dans la grange à {V}, pas de blessés.
Le troupeau de {V} a été évacué par la {route}.
L'érablière à {V} est dans le périmètre du feu.
""", V=g_name(("fr", "fr", "iles", "en"), ("pn", "pn", "n")))

fam(K, "initiales", """
Les initiales {V} apparaissent sur le registre de sortie du centre.
Enfant {V} récupéré par sa tante à {heure}.
Cas {V} : relogement à confirmer.
Signé {V} au bas du formulaire de consentement.
Usager {V}, chambre 8, départ prévu demain.
""", V=g_name(COMM_QC, ("ii",)))

fam(K, "interprete_communautes", """
Interprète demandé pour {V} au centre de {ville}.
Séance d'information : prévoir un interprète pour {V}.
{V} comprend peu le français; sa fille traduit au besoin.
Famille accueillie au gymnase, personne de référence : {V}.
""", V=lambda H: (lambda c: f"[[{name_style(H.rng, H.pick(FIRST[c]), H.pick(LAST[c]), 'pn', c)}]] ({H.c(LANG[c])})")(H.c(COMM_IMM)))

LANG = {"haiti": ("créole", "créole haïtien"), "maghreb": ("arabe", "arabe, kabyle"), "viet": ("vietnamien",),
        "latino": ("espagnol",), "chinois": ("mandarin", "cantonais"), "sudasie": ("pendjabi", "tamoul", "bengali", "ourdou"),
        "afrique": ("swahili", "kinyarwanda", "lingala", "peul", "twi")}

fam(K, "graphies_fautives", """
Nom inscrit à la main : {V} (à vérifier avec une pièce d'identité).
Recherche dans le registre : {V} — aucun résultat, essayer une autre orthographe.
Le nom {V} est écrit de trois façons différentes dans les listes.
Correction : lire {V} au lieu de ce qui est écrit au rapport d'hier.
""", V=g_name(COMM_ALL, ("typo", "noacc", "caps", "low", "typo")))

fam(K, "particules_et_composes", """
Le dossier est au nom de {V}, avec le trait d'union.
{V} a signé la décharge de responsabilité.
On cherche {V}, qui devait se présenter au point de rassemblement.
Visite de courtoisie chez {V} après le retrait de l'eau.
""", V=lambda H: H.c((f"{H.pick(FIRST['fr'])} {H.pick(PARTICULES)}",
                      f"{H.pick(FIRST['fr'])} {H.pick(LAST['fr'])}-{H.pick(LAST['fr'])}",
                      f"{H.pick(FIRST['en'])} {H.pick(PARTICULES)}")))

fam(K, "noms_mots_communs", """
On a laissé un avis de passage à madame {V} pour l'inspection.
Les {V} du bout du rang ont été évacués en premier.
Monsieur {V} a aidé à remplir les sacs de sable toute la nuit.
Le chien de madame {V} a été confié à la SPCA.
La maison des {V} est la seule encore habitée dans la rue.
""", V=g_pool(COMMON_WORD_SURNAMES))

fam(K, "radio_police", """
10-4, individu identifié : {V}, collabore, aucun mandat.
Vérif CRPQ demandée sur {V}, négatif.
Plaignante {V} rencontrée au poste; déclaration écrite prise.
Sujet {V} escorté hors du périmètre de sécurité à {heure}.
Code 10-10 annulé, {V} retrouvé chez un voisin.
""", V=g_name(COMM_ALL, ("NPs", "pn", "NP")))

fam(K, "anglophones_cote_nord", """
Mr. {V} from {bcn} called about the ferry schedule, he's stranded in {ville}.
{V} is helping the Coast Guard volunteers unload the generator.
Spoke with {V}, her boat is still tied at the wharf in {bcn}.
Volunteer list for {bcn}: {V}, {V2}.
{V} says the road to the airstrip is washed out.
""", V=g_name(("en", "bcn", "bcn"), ("pn",)), V2=g_name(("en", "bcn"), ("pn",)))

fam(K, "listes_benevoles", """
Bénévoles présents ce soir : {V}, {V2} et {V3}, merci!
Équipe de porte-à-porte secteur nord : {V} + {V2} (jusqu'à 21 h).
Merci aux bénévoles {V}, {V2}, {V3} pour le service du souper.
Horaire de la cuisine : matin {V}, midi {V2}, soir {V3} — à confirmer.
""", V=g_name(COMM_QC, ("pn", "pi")), V2=g_name(COMM_QC, ("pn", "pi")), V3=g_name(COMM_QC, ("pn", "pi")))

fam(K, "garderie_ecole_prenoms", """
L'éducatrice signale que {V} (groupe des Coccinelles) a été récupéré par son père à {heure}.
Évacuation de l'école : {V} était à l'infirmerie, ramené au point de rassemblement.
Service de garde : {V} reste jusqu'à 18 h, ses parents sont bloqués par la {route}.
Autobus 14 : {V} n'est pas monté ce matin, l'école a avisé la famille.
""", V=lambda H: H.c((H.pick(KIDS), f"{H.pick(KIDS)} {H.pick(LAST[H.c(COMM_ALL)])[0]}.",
                      f"{H.pick(KIDS)} {H.pick(LAST[H.c(COMM_ALL)])}")))

# ==========================================================================
# ADRESSE
# ==========================================================================
K = "adresse"

fam(K, "forme_classique", """
Sous-sol inondé au {V}, pompe installée par les pompiers.
Le propriétaire du {V} demande une inspection de sa fondation.
Évacuation complétée au {V}; la famille est hébergée à {ville}.
Avis de non-occupation remis aux occupants du {V}.
Odeur de fumée signalée par l'occupante du {V}.
""", V=g_adr_rue())

fam(K, "rangs_ruraux", """
La ferme au {V} est isolée par l'eau, accès en tracteur seulement.
Le chemin d'accès au {V} est coupé; l'occupant est seul avec ses animaux.
Livraison d'eau potable au {V} demain matin.
Le puits artésien du {V} est contaminé, analyse demandée.
Feu de cheminée maîtrisé au {V}, maison ventilée.
""", V=lambda H: H.c((f"{civic(H)}, {H.pick(RANGS)}", f"{civic(H)} {H.pick(RANGS)}", f"{H.pick(RANGS)}, no {civic(H)}")))

fam(K, "chemins_et_montees", """
Glissement de terrain derrière la maison du {V}.
Le résident du {V} a été avisé de l'ordre d'évacuation.
Arbre tombé sur la toiture au {V}, aucun blessé.
La fosse septique du {V} déborde depuis la crue.
Les pompiers ont fait une vérification de monoxyde au {V}.
""", V=lambda H: f"{civic(H)}{H.c((', ', ' '))}{H.pick(H.c((CHEMINS, MONTEES, ROUTES_ADR)))}")

fam(K, "sans_type_de_voie", """
Elle reste au {V}, juste en face de la caisse.
Le logement du {V} est privé de chauffage depuis hier.
Relocaliser les occupants du {V} dès que possible.
Le monsieur du {V} a refusé la visite de l'inspecteur.
Il y a encore de la lumière au {V}, quelqu'un est peut-être resté.
""", V=lambda H: f"{civic(H)} {H.pick(RUES)}")

fam(K, "appartements_logements", """
Dégât d'eau qui descend du {V} vers les logements du dessous.
La locataire du {V} est sans électricité et sans chauffage.
Feu de cuisson éteint au {V}, détecteur de fumée non fonctionnel.
Le concierge donne accès au {V} pour l'inspection.
Relogement d'urgence pour les occupants du {V}.
""", V=lambda H: (lambda n, a, r: H.c((f"app. {a}, {n} {r}", f"{a}-{n}, {r}", f"{n}, {r}, app. {a}",
                                         f"{n} {r}, logement {a}", f"#{a} - {n} {r}", f"{n} {r} # {a}")))(
    civic(H), H.num(1, 24) if H.p(0.6) else H.num(101, 812), f"{H.c(TYPES_VOIE)} {H.pick(RUES)}"))

fam(K, "lots_cadastre", """
La résidence construite sur le {V} est en zone inondable 0-20 ans.
Demande de permis de reconstruction pour la maison du {V}.
Le sinistré habite la maison érigée sur le {V}.
L'évaluateur confirme que le {V} est la résidence principale du demandeur.
""", V=lambda H: H.c((f"lot {H.r(1, 6)} {H.r(100, 999)} {H.r(100, 999)}",
                      f"lot {H.r(1, 6)} {H.r(100, 999)} {H.r(100, 999)} du cadastre du Québec",
                      f"lot {H.r(1, 60)}-P, rang {H.r(1, 12)}, canton de {H.c(('Ditton', 'Hereford', 'Clifton', 'Chester', 'Bourget', 'Marston', 'Wolfestown'))}",
                      f"lots {H.r(1, 6)} {H.r(100, 999)} {H.r(100, 999)} et {H.r(1, 6)} {H.r(100, 999)} {H.r(100, 999)}")))

fam(K, "case_postale_route_rurale", """
Adresse postale du sinistré : {V}, {ville}.
Chèque d'aide financière posté à l'adresse suivante : {V}.
Changement d'adresse demandé par le citoyen : {V}.
Le courrier du demandeur va à cette adresse : {V}; pas d'adresse civique.
""", V=lambda H: H.c((f"C.P. {H.num(1, 999)}", f"case postale {H.num(1, 999)}, succ. Bureau-chef",
                      f"R.R. {H.num(1, 9)}", f"route rurale {H.num(1, 9)}, boîte {H.num(1, 200)}",
                      f"boîte {H.num(1, 200)}, R.R. {H.r(1, 9)}", f"CP {H.num(1, 999)}")))

fam(K, "coin_de_rues", """
La maison blanche au {V} a été évacuée.
Le bungalow du {V} a de l'eau jusqu'aux fenêtres.
Elle habite le duplex au {V}, celui avec la rampe.
Le chalet qui fait le {V} est vide depuis l'automne.
""", V=lambda H: H.c((f"coin {H.pick(RUES)} et {H.pick(RUES)}", f"coin de la rue {H.pick(RUES)} et de l'avenue {H.pick(RUES)}",
                      f"coin {H.pick(RANGS)} et {H.pick(CHEMINS)}", f"croisement {H.pick(RUES)}/{H.pick(RUES)}")))

fam(K, "codes_postaux", """
Code postal du domicile : {V}.
CP: {V} (à valider avec Postes Canada)
Le sinistré a inscrit {V} comme code postal de sa résidence principale.
Résidence principale dans le code postal {V}, maison unifamiliale.
""", V=g_cp())

fam(K, "formulaire_aplati", """
adresse={V};cp={V2};mun={ville};occupants={n}
Adresse: {V} | Code postal: {V2} | Type: unifamiliale
residence.adresse="{V}" residence.cp="{V2}"
LIEU_SINISTRE: {V} // CP {V2} // ASSURÉ: oui
""", V=g_adr_any(), V2=g_cp((0, 1)))

fam(K, "maisons_numerotees_nunavik", """
Feu de cheminée à la {V}, {villenord}, famille relogée chez des proches.
Panne de chauffage à la {V}; l'office municipal d'habitation est avisé.
House fire at {E} in {villenord}, family staying at the community hall.
Water truck could not reach {E} because of the snow drifts.
Le camion de vidange n'est pas passé à la {V} depuis une semaine.
Sewage tank full at {E}, {villenord}.
""", V=lambda H: H.c((f"maison {H.num(1, 1400)}", f"maison no {H.num(1, 1400)}", f"maison {H.num(1, 900)}-B")),
    E=lambda H: H.c((f"house #{H.num(1, 1400)}", f"House {H.num(1, 1400)}", f"unit {H.num(1, 900)}-A")))

fam(K, "communautes_autochtones", """
Évacuation préventive du {V}, à {communaute}.
Le bureau de bande signale de l'eau dans le sous-sol au {V}.
Basement flooded at {V}, {communaute}; family moved to the arena.
Inspection de la maison du {V} faite avec le technicien en habitation du conseil.
""", V=lambda H: H.c((f"{civic(H)} Old Malone Highway", f"{civic(H)}, rue {H.c(('Atikuss', 'Pashin', 'Uapush', 'Mashk', 'Namesh'))}",
                      f"{civic(H)} Church Road", f"lot {H.num(1, 400)}, secteur Mani-utenam",
                      f"{civic(H)}, rue {H.pick(RUES)}", f"{civic(H)} Highway 207", f"{civic(H)} Maamuu Road")))

fam(K, "chalets_et_camps", """
Le propriétaire du {V} est resté sur place malgré le feu à 5 km.
Feu de forêt : le {V} est dans le périmètre, occupant avisé par radio.
Le gardien a vérifié le {V} : personne sur place.
Évacuation par hélicoptère depuis le {V}.
""", V=lambda H: H.c((f"chalet au [[{civic(H)}, {H.pick(CHEMINS)}]]",
                      f"camp au [[km {H.num(2, 240)} du chemin forestier R0{H.r(100, 999)}]]",
                      f"camp de chasse au [[km {H.num(2, 400)} de la route 389]]",
                      f"chalet du [[{civic(H)} {H.pick(CHEMINS)}]]")))

fam(K, "snowbirds_floride", """
Adresse d'hiver du propriétaire (Floride) : {V}; la maison d'ici est vide jusqu'en avril.
Snowbirds: the owners are at {V} until March, neighbour has the key.
Courrier à réacheminer à l'adresse {V} pendant l'hiver.
Les propriétaires passent l'hiver à cette adresse : {V}; joints par téléphone.
""", V=lambda H: H.c((f"{civic(H)} {H.c(('Palm Ave', 'Gulf Blvd', 'N Ocean Dr', 'Sunset Ln', 'Coconut Way', 'Pelican Cir'))}, {H.c(('Lakeland', 'Hollywood', 'Fort Lauderdale', 'Sarasota', 'Naples', 'Zephyrhills'))} FL",
                      f"Lot {H.num(1, 400)}, {H.c(('Sunshine Village', 'Palm Shores RV Resort', 'Tropical Acres', 'Orange Grove Park'))}, Florida",
                      f"unit {H.num(1, 40)}, {civic(H)} {H.c(('Collins Ave', 'Atlantic Blvd', 'A1A'))}")))

fam(K, "joual_sms", """
chu au {V} viens me chercher
yé ds l 3 1/2 au {V}
lo ya d leau ds cave au {V}
on é rendu au {V} chez ma tante
""", V=lambda H: (f"{civic(H)} {H.c(('d la', 'de la', 'su la', 'rue', 'st', 'ste'))} {H.pick(RUES)}").lower())

fam(K, "dictee_chiffres_en_lettres", """
l'occupant demeure au {V} il a de l'eau dans le sous-sol
envoyer une équipe au {V} le plus vite possible
adresse de la résidence {V} à {ville} c'est une maison mobile
la dame du {V} attend l'autobus pour le centre
""", V=lambda H: (lambda n: f"{fr_num(n)} {H.c(('rue', 'chemin', 'rang', 'avenue', 'montée'))} {H.pick(RUES)}".lower())(civic(H)))

fam(K, "anglais", """
Basement flooded at {V}, homeowner is staying with friends.
Tenant at {V} reports no heat since the outage.
She lives at {V}, second floor, no elevator.
Tree fell on the house at {V} during the storm.
""", V=lambda H: f"{civic(H)} {H.c(('Maple', 'Lakeshore', 'Main', 'Church', 'Mill', 'Oak', 'Victoria', 'Elm', 'Pine', 'Bay'))} {H.c(('Street', 'St.', 'Rd', 'Road', 'Avenue', 'Drive'))}" + H.c(("", "", f", apt {H.r(1, 12)}")))

fam(K, "fragment_csv", """
{isodate};{V};{ville};{V2};refoulement
"{V}","{ville}","{V2}","évacué"
{nn},{V},{ville},non
adresse,cp,mun¶{V},{V2},{ville}
""", V=lambda H: f"{civic(H)} {H.c(TYPES_VOIE)} {H.pick(RUES)}", V2=g_cp((0, 1)))

fam(K, "ocr_numerise", """
RAPPORT D'INCENDIE (numérisé) Adresse de l'immeuble : {V} Nombre de logements : 1
Avis d'évacuation signifié au {V} — copie scannée
Fiche d'inspection : {V}, fissures au solage.
Formulaire d'aide — adresse du bien sinistré : {V}
""", post="ocr", V=lambda H: ocr_noise(H.rng, g_adr_any()(H), 0.2))

fam(K, "lieu_du_risque_assurance", """
Adresse du risque : {V}. Bâtiment principal et remise touchés.
Lieu du sinistre (résidence de l'assuré) : {V}
Inspection du {V} : taux d'humidité élevé dans les murs du sous-sol.
Expertise au {V}, contenu à inventorier avec l'assurée.
""", V=g_adr_any())

fam(K, "maisons_mobiles_campings", """
Vents violents : la roulotte du {V} s'est renversée, occupant hébergé.
Évacuation du {V}, la rivière est sortie de son lit.
La maison mobile du {V} est sans électricité.
Le résident permanent du {V} refuse de partir.
""", V=lambda H: H.c((f"terrain {H.num(1, 300)} du parc de maisons mobiles {H.c(('des Pins', 'du Lac', 'Beau-Site', 'des Érables'))}",
                      f"site {H.num(1, 300)} du camping {H.c(('Belle-Rive', 'du Domaine', 'Plage Fortier', 'des Sables'))}",
                      f"lot {H.num(1, 300)} du Domaine {H.c(('Vert', 'des Cèdres', 'Lafontaine', 'du Ruisseau'))}")))

fam(K, "relogement_temporaire", """
Adresse temporaire : {V} (chez un parent), jusqu'à la fin des travaux.
La famille est maintenant au {V}, logement fourni par l'office d'habitation.
Nouvelle adresse pour l'envoi des documents : {V}.
Relogé chez sa sœur au {V} pour l'instant.
""", V=g_adr_any())

fam(K, "debut_fin_de_cellule", """
{V} — évacué, retour non autorisé.
{V} : aucun dommage constaté, dossier fermé.
Inspection complétée, rien à signaler pour le {V}
Dernier arrêt de la tournée de porte-à-porte : {V}
""", V=g_adr_any())

fam(K, "residence_approuvee_correctionnel", """
Adresse de résidence approuvée par la commission : {V}.
Le contrevenant doit résider au {V} et respecter le couvre-feu.
Visite à domicile faite au {V}, conforme aux conditions.
Changement de résidence refusé; il doit demeurer au {V}.
""", V=g_adr_any())

fam(K, "numeros_suffixes_duplex", """
Les deux logements du {V} sont touchés.
Le triplex du {V} est évacué au complet.
Seul le logement du {V} a été inspecté.
Dégât d'eau au {V}, infiltration par la toiture.
""", V=lambda H: (lambda n, r: H.c((f"{n}A {r}", f"{n}-B {r}", f"{n}½ {r}", f"{n}-{n + 2} {r}", f"{n} à {n + 4} {r}")))(
    civic(H), f"{H.c(TYPES_VOIE)} {H.pick(RUES)}"))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Les pompiers ont ventilé le sous-sol du {V} en fin de soirée. {phrase} {phrase}
{phrase} {phrase} {phrase} Une équipe est retournée au {V} pour pomper le sous-sol. {phrase} {phrase}
{phrase} {phrase} Le seul logement encore occupé est celui du {V}. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} Le propriétaire du {V} demande une visite de l'assureur. {phrase}
""", V=g_adr_any())

# ==========================================================================
# AGE
# ==========================================================================
K = "age"

fam(K, "chiffres_ans", """
Résidente de {V} seule à la maison, refuse l'évacuation pour l'instant.
Le conducteur, {V}, a été rencontré par les policiers.
Locataire de {V} relogé à {centre}.
La victime, {V}, était dans la chambre du fond.
Homme de {V} retrouvé sain et sauf près de la {riviere}.
""", V=g_age(18, 99, ("{n} ans",)))

fam(K, "en_lettres", """
La propriétaire, {V}, habite seule depuis le décès de son mari.
Il a {V} et conduit encore son tracteur.
Monsieur a {V} selon sa voisine, il ne répond pas au téléphone.
Une dame de {V} a été sortie en chaloupe par les pompiers.
""", V=g_age(20, 99, ("{w} ans",)))

DECADES = P("""vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|soixante-dizaine|quatre-vingtaine|
quatre-vingt-dizaine""")
fam(K, "decennies", """
Un homme {V} a été vu marchant sur le bord de la {route}.
La conductrice, {V}, a quitté les lieux avant l'arrivée des policiers.
Le locataire est un monsieur {V}, il vit seul.
Selon le témoin, le suspect serait {V}, casquette rouge.
Femme {V} hébergée à l'hôtel depuis {date}.
""", V=lambda H: H.c(("dans la ", "début ", "fin ", "milieu ", "à la fin de la ", "au début de la ", "dans la ")) + H.pick(DECADES))

fam(K, "codes_sexe_age", """
Victime : {V}, prise en charge par un proche.
Occupants : {V} + {V2}, tous deux évacués.
Piéton {V} heurté au coin de la rue, déclaration prise.
Profil de l'appelant : {V}, seul, sans véhicule.
Liste d'hébergement : ch. 3 = {V}; ch. 4 = {V2}.
""", V=g_age(1, 99, ("H{n}", "F{n}", "M/{n}", "F/{n}", "{n}M", "{n}F", "hom. {n}a", "fem. {n} a", "H-{n}")),
    V2=g_age(1, 99, ("H{n}", "F{n}", "{n}M", "{n}F")))

fam(K, "nourrissons", """
La mère est arrivée au centre avec son bébé de {V} et deux sacs.
Besoin urgent de lait maternisé pour un nourrisson de {V}.
Famille évacuée : deux adultes et un poupon de {V}.
Le petit de {V} dormait dans le salon quand l'alarme a sonné.
""", V=core(lambda H: (lambda n: H.c((f"{n} mois", f"{n} semaines", f"{n} jours")))(H.num(2, 23))))

fam(K, "age_de", """
Conductrice âgée de {V}, constat à l'amiable rempli.
Le résident, âgé de {V}, a été évacué par l'escalier de secours.
Un homme âgé de {V} manque à l'appel depuis la tornade.
Personne âgée de {V} qui vit seule dans le rang, à vérifier.
""", V=g_age(16, 99, ("{n} ans",)))

fam(K, "anglais", """
{V} man found wandering near the highway, taken to the shelter.
Caller is a {V} woman with no car, needs a ride to the reception centre.
Driver, {V}, was not injured in the collision.
Neighbour says the owner is {V} and lives alone.
""", V=g_age(18, 99, ("{n}-year-old", "{n} y/o", "{n} years old", "{e}-year-old", "aged {n}")))

SAVANTS = P("""octogénaire|nonagénaire|septuagénaire|sexagénaire|quinquagénaire|quadragénaire|centenaire|
trentenaire|quarantenaire|cinquantenaire|supercentenaire""")
fam(K, "mots_savants", """
Une {V} a été secourue par les pompiers dans le sous-sol inondé du rang {n}.
Le propriétaire, un {V}, refuse de quitter sa maison de {ville}.
Un {V} a été retrouvé sain et sauf après {n} heures de recherches.
L'occupante du {nn}, {V}, vit seule avec son chat.
""", V=g_pool(SAVANTS))

fam(K, "anniversaires", """
Il vient d'avoir {V} et vit encore seul sur la ferme.
Elle fêtera ses {V} au centre d'hébergement, les bénévoles ont prévu un gâteau.
Le monsieur a eu {V} en mars, il conduit toujours.
La dame aura {V} la semaine prochaine.
""", V=g_age(18, 104, ("{n} ans",)))

fam(K, "formulaire_champ", """
age={V};sexe=F;mun={ville};besoin=transport
Âge: {V} | Occupants: {n} | Animaux: oui
[AGE]={V} [SEXE]=M [STATUT]=évacué
champ_age="{V}" champ_mun="{ville}"
""", V=g_age(1, 104, ("{n}",)))

fam(K, "mineurs_ados", """
Fugue : adolescente de {V}, vue pour la dernière fois près du dépanneur de {ville} vers {heure}.
Un mineur de {V} conduisait le VTT au moment de l'accident sur le rang {n}.
Le jeune de {V} était seul au chalet, ses parents étaient à {ville}.
Jeune fille de {V} hébergée avec sa grand-mère au centre depuis le {date}.
""", V=g_age(10, 17, ("{n} ans", "{n} ans et demi", "{n} ans")))

fam(K, "parentheses_police", """
Conducteur ({V}) soumis à un test de dépistage, négatif.
Passagère ({V}) rencontrée comme témoin.
Suspect ({V}) arrêté sans incident.
Témoin ({V}) rencontré sur les lieux.
""", V=g_age(16, 95, ("{n} ans", "{n}", "{n}a", "{n} a")))

fam(K, "joual_sms", """
la madame a genre {V} pis a veut pas partir
yé vieux en maudit {V} minimum
mon voisin a {V} yé tu correct la lol
ma grand-mère a {V} pis a reste toute seule
""", V=g_age(60, 99, ("{n} ans", "{n} ans bien sonnés", "{n} balais", "{n}ans", "{n} ans passés")))

fam(K, "dictee_sans_traits", """
la dame a {V} elle habite seule au deuxième
le monsieur qui appelle a {V} et il a pas d'auto
rapport vocal victime de {V} transportée à l'hôpital
l'occupant a {V} il a refusé de partir
""", V=g_age(20, 99, ("{w2} ans",)))

fam(K, "approximatifs_intervalles", """
Individu recherché : homme, {V}, manteau noir, vu près de {ville}.
Femme ({V}) aperçue sur le pont avant la fermeture.
Selon les voisins, le propriétaire a {V}.
Le témoin décrit un jeune, {V}, qui courait vers le boisé.
""", V=core(lambda H: (lambda n: H.c((f"{n}-{n + 5} ans", f"entre {n} et {n + 5} ans", f"environ {n} ans",
                                   f"{n} ans environ", f"autour de {n} ans", f"pas loin de {n} ans")))(H.num(14, 90))))

fam(K, "snowbirds_retraites", """
À {V}, il passe encore l'hiver en Floride; la maison était vide lors du refoulement.
Les propriétaires, {V} et {V2}, reviennent de Floride en avril.
Retraité de {V}, parti dans le Sud depuis novembre.
Couple de retraités ({V} et {V2}), chalet inoccupé l'hiver.
""", V=g_age(60, 95, ("{n} ans",)), V2=g_age(60, 95, ("{n} ans",)))

fam(K, "enfants_ecole_garderie", """
Enfant de {V} resté à la garderie de {ville} après la fermeture, les parents sont bloqués.
Élève de {V} oublié dans l'autobus {n} lors de l'évacuation de l'école.
La fillette de {V} a été prise en charge par l'éducatrice à {heure}.
Garçon de {V} récupéré par son oncle à {heure}.
""", V=g_age(1, 12, ("{n} ans", "{n} ans", "{n} ans et demi")))

fam(K, "fragment_csv", """
{ville},F,{V},relogée,{isodate}
{isodate};H;{V};hébergé;{centre}
"{V}","M","{ville}","évacué"
age,sexe,mun¶{V},F,{ville}
""", V=g_age(1, 104, ("{n}",)))

fam(K, "triage_paramedics", """
Pt {V}, refus de transport signé, consignes données.
Pte {V} accompagnée jusqu'au centre d'hébergement.
ÂGE : {V} — retour à domicile avec un proche.
Accueil au centre : usager {V}, inscrit au registre.
""", V=g_age(1, 104, ("{n} a", "{n}a", "{n} ans", "{n} y.o.")))

fam(K, "correctionnel", """
Contrevenant de {V}, libéré d'office, doit se rapporter chaque semaine.
Détenu âgé de {V} transféré temporairement pendant l'évacuation.
Le prévenu, {V}, comparaîtra par visioconférence.
Une délinquante de {V} a été réincarcérée pour bris de condition.
""", V=g_age(18, 80, ("{n} ans",)))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Le plus jeune sinistré hébergé a {V} selon le registre. {phrase} {phrase}
{phrase} {phrase} {phrase} La seule personne restée dans le secteur a {V} et vit seule. {phrase} {phrase}
{phrase} {phrase} Le conducteur du camion, {V}, a été rencontré par les policiers. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} Une résidente de {V} a demandé un transport vers le centre. {phrase}
""", V=g_age(18, 99, ("{n} ans",)))

fam(K, "aines_du_nord", """
Elder, {V}, flown out of {villenord} with her daughter.
L'aîné de {V} n'a pas voulu quitter sa maison à {villenord}.
The hunter, {V}, came back safe to {villenord} this morning.
Aînée de {V} hébergée chez des proches à {villenord}.
""", V=g_age(50, 99, ("{n} years old", "{n} ans", "{n} yrs")))

fam(K, "fratrie_comparatifs", """
Famille de trois enfants : la plus vieille a {V}, le cadet {V2}.
Les deux frères, {V} et {V2}, sont hébergés ensemble.
Trois occupants : {V}, {V2} et un adulte.
Le plus jeune ({V}) dormait, l'aîné ({V2}) a donné l'alerte.
""", V=g_age(1, 25, ("{n} ans",)), V2=g_age(1, 25, ("{n} ans",)))

fam(K, "annees_et_mois", """
Enfant de {V} évacué avec sa mère.
Le bambin, {V}, a été retrouvé chez la voisine.
Deux jeunes enfants ({V} et {V2}) sont arrivés au centre sans manteau.
Garderie : le petit de {V} a été récupéré par sa grand-mère.
""", V=core(lambda H: (lambda n: H.c((f"{n} ans et {H.r(1, 11)} mois", f"{n} ans 1/2", f"{n} ans et demi", f"{n} ½ ans")))(H.num(1, 6))),
    V2=core(lambda H: (lambda n: f"{n} ans et {H.r(1, 11)} mois")(H.num(1, 6))))

fam(K, "ocr_numerise", """
Fiche d'évacuation (numérisée) : âge de l'occupant {V}
Rapport d'incident scanné — victime {V}, relogée.
FORMULAIRE B-3 Âge du demandeur : {V} Ménage : 2
Registre papier du centre : résident {V}, chambre 4
""", post="ocr", V=lambda H: ocr_noise(H.rng, g_age(18, 99, ("{n} ans",))(H), 0.3))

fam(K, "debut_fin_de_cellule", """
{V}, vit seul, pas de véhicule, besoin de transport.
{V} — refus d'évacuer, signé.
Personne seule dans le logement du haut, {V}
Appel de détresse d'une résidente de {V}
""", V=g_age(18, 104, ("{n} ans", "{n} ans", "{n}a")))

# ==========================================================================
# DATE DE NAISSANCE
# ==========================================================================
K = "date_naissance"


def _yr_words(H, y):
    if y < 2000 and H.p(0.5):
        return fr_num(y // 100) + " cent " + fr_num(y % 100) if y % 100 else fr_num(y // 100) + " cent"
    return fr_num(y).replace("mille", H.c(("mille", "mil")), 1) if y < 2000 else fr_num(y)


fam(K, "iso", """
Né le {V}, le sinistré n'a aucune pièce d'identité sur lui.
Vérification d'identité faite (date de naissance {V}).
Née le {V} selon le registre du centre d'hébergement.
La personne inscrite, née le {V}, est hébergée à {centre}.
""", V=g_dob(lambda H, y, m, d: f"{y}-{m:02d}-{d:02d}"))

fam(K, "jj_mm_aaaa_barres", """
Date de naissance du demandeur : {V}. Pièce présentée : permis.
Identité confirmée avec la date de naissance {V}.
Le jeune homme dit être né le {V}, à vérifier.
Née le {V}, inscrite sur la liste du gymnase.
""", V=g_dob(lambda H, y, m, d: f"{d:02d}/{m:02d}/{y}"))

fam(K, "en_mots", """
Le résident est né le {V} à {ville}.
Elle est née le {V}, d'après sa carte d'assurance.
Date de naissance déclarée : {V}.
Le monsieur nous dit qu'il est né le {V} et qu'il a toujours vécu sur le rang.
""", V=g_dob(lambda H, y, m, d: f"{jour1(d)} {MOIS[m - 1]} {y}"))

fam(K, "tout_en_lettres", """
il est né le {V} c'est ce qu'il a dit au téléphone
date de naissance {V} selon la dictée de l'agente
elle dit qu'elle est née le {V} à la maison
né le {V} tout est écrit dans le cahier du centre
""", V=g_dob(lambda H, y, m, d: f"{'premier' if d == 1 else fr_num(d)} {MOIS[m - 1]} {_yr_words(H, y)}"))

fam(K, "annee_seulement", """
Le propriétaire, né en {V}, vit seul depuis longtemps.
Elle est née en {V} et n'a jamais quitté le village.
Homme né en {V}, pas de famille dans la région.
Sinistrée née en {V}, hébergée chez sa nièce.
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}", f"{y}", f"'{y % 100:02d}")), 1925, 2006))

fam(K, "mois_et_annee", """
Né en {V} selon le formulaire papier.
Date de naissance partielle : {V} (le jour est illisible).
Elle serait née en {V}, sa fille va confirmer.
Naissance : {V}. Le reste du formulaire est complet.
""", V=g_dob(lambda H, y, m, d: H.c((f"{MOIS[m - 1]} {y}", f"{m:02d}/{y}", f"{y}-{m:02d}", f"{MOIS[m - 1]} {y}"))))

fam(K, "sigle_ddn", """
DDN : {V} — pièce d'identité vérifiée.
D.D.N. {V}, inscrite à l'accueil.
Usager (DDN {V}) transféré vers le centre de {ville}.
Vérif. identité ok, ddn {V}.
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{y}/{m:02d}/{d:02d}"))))

fam(K, "anglais", """
DOB: {V}. Client staying at the reception centre.
Born {V}, according to his health card.
Caller's date of birth is {V}, verified.
She was born on {V} in {ville}.
""", V=g_dob(lambda H, y, m, d: H.c((f"{MONTHS[m - 1]} {d}, {y}", f"{MON3[m - 1]} {d} {y}", f"{d} {MON3[m - 1]} {y}",
                                      f"{MONTHS[m - 1]} {d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'}, {y}"))))

fam(K, "compact_chiffres", """
Identification : {V} (date de naissance).
Champ DN rempli avec {V}.
Code de vérification = date de naissance {V}.
Naissance {V}, confirmée par le demandeur.
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y % 100:02d}", f"{d:02d}{m:02d}{y}"))))

fam(K, "formulaire_aplati", """
date_naissance={V};sexe=F;mun={ville}
Naissance: {V} | Sexe: M | Statut: hébergé
[DDN]={V} [MUN]={ville} [ASSURÉ]=non
dn="{V}", occupants={n}, besoin="hébergement"
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{d:02d}/{m:02d}/{y}"))))

fam(K, "fragment_csv", """
{isodate};{V};{ville};évacué
"{V}","F","{ville}","relogée"
{nn},{V},{ville},oui
ddn,mun¶{V},{ville}
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"))))

fam(K, "ocr_numerise", """
FORMULAIRE D'INSCRIPTION (scanné) Date de naissance : {V}
Copie numérisée — né le {V} à {ville}
Registre papier : DDN {V}, chambre 3
Fiche de triage scannée : date de naissance {V}
""", post="ocr", V=g_dob(lambda H, y, m, d: ocr_noise(H.rng, H.c((f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}")), 0.35)))

FETES = ((24, 6, "jour de la Saint-Jean"), (25, 12, "jour de Noël"), (1, 1, "jour de l'An"), (1, 7, "1er juillet"),
         (14, 2, "jour de la Saint-Valentin"), (31, 10, "soir de l'Halloween"), (11, 11, "jour du Souvenir"))
fam(K, "jours_de_fete", """
Il est né le {V}, il le répète à tout le monde au centre.
Née le {V}, selon sa fille.
Le sinistré est né le {V}; on a vérifié avec la carte.
Date de naissance mémorable : le {V}.
""", V=lambda H: (lambda f, y: H.c((f"{f[2]} {y}", f"{jour1(f[0])} {MOIS[f[1] - 1]} {y}")))(H.c(FETES), H.num(1925, 2006)))

fam(K, "enfants_ecole", """
Élève née le {V}, inscrite au service de garde d'urgence.
Enfant (né le {V}) confié à sa grand-mère pendant l'évacuation.
Liste de la garderie : né le {V}, groupe des Papillons.
Le petit est né le {V}, il n'a pas encore de carte d'assurance maladie.
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}-{m:02d}-{d:02d}", f"{jour1(d)} {MOIS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}")), 2008, 2023))

fam(K, "correctionnel", """
Détenu né le {V}, transféré vers l'établissement de {ville}.
Contrevenante (née le {V}) en surveillance dans la collectivité.
Fiche de transfert : date de naissance {V}.
Mandat d'arrestation visant un homme né le {V}.
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}-{m:02d}-{d:02d}", f"{jour1(d)} {MOIS[m - 1]} {y}")), 1950, 2005))

fam(K, "points_europeens", """
Née le {V} (format de sa carte de résidence).
Date de naissance {V} inscrite sur le document de voyage.
Le demandeur d'asile, né le {V}, est hébergé au motel.
Naissance : {V}, selon le document présenté.
""", V=g_dob(lambda H, y, m, d: H.c((f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"))))

fam(K, "format_americain", """
Formulaire américain rempli par le propriétaire (DOB {V}, format MM/DD/YYYY).
Snowbird joint en Floride, date de naissance {V} selon son assurance voyage.
Birthdate on the US form: {V}.
Fiche de la compagnie d'assurance voyage : né le {V}.
""", V=g_dob(lambda H, y, m, d: H.c((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}")), 1930, 1965))

fam(K, "mois_abreges", """
Né le {V}, d'après le bracelet d'identification du centre.
Identité : {V} (date de naissance abrégée sur la carte).
DN {V} — correspondance avec la liste municipale.
Sinistré né le {V}, relogé au motel.
""", V=g_dob(lambda H, y, m, d: H.c((f"{d:02d}-{MOIS_ABR[m - 1]}-{y}", f"{d} {MOIS_ABR2[m - 1]} {y}", f"{d} {MOIS[m - 1]} '{y % 100:02d}", f"{d:02d}{MOIS_ABR[m - 1]}{y % 100:02d}"))))

fam(K, "joual_sms", """
chu née le {V} si ça peut aider
y dit quy é né le {V} mais jsais pas trop
ma mère est née le {V} est tu sur ta liste
cé quoi ta date de fête? {V} ok merci
""", V=g_dob(lambda H, y, m, d: H.c((f"{d} {MOIS[m - 1]} {y % 100:02d}", f"{d}/{m}/{y % 100:02d}", f"{d} {MOIS[m - 1]} {y}"))))

fam(K, "fete_sans_annee", """
Sa fête c'est le {V}, il veut retourner chez lui avant.
Elle a mentionné que sa fête tombe le {V}.
Mot de passe de la ligne d'aide : sa date de fête, le {V}.
L'enfant fête son anniversaire le {V}, les bénévoles veulent souligner.
""", V=lambda H: (lambda y, m, d: f"{jour1(d)} {MOIS[m - 1]}")(*dob(H)))

fam(K, "nunavik_anglais", """
Born in {villenord} on {V}, now staying in Montréal for the evacuation.
Passenger manifest: DOB {V}, travelling from {villenord}.
Inuk elder born {V}, registered at the transit house.
Date of birth {V} — Air Inuit boarding list.
""", V=g_dob(lambda H, y, m, d: H.c((f"{MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m:02d}/{y}"))))

fam(K, "jour_de_semaine", """
Il est né un {V}, sa mère le lui répétait souvent.
Née le {V}, selon l'acte de naissance présenté.
Naissance : {V}. Inscription complétée.
Le monsieur, né le {V}, a demandé un lit près de la porte.
""", V=g_dob(lambda H, y, m, d: f"{JOURS[datetime.date(y, m, d).weekday()]} {jour1(d)} {MOIS[m - 1]} {y}"))

fam(K, "annee_deux_chiffres", """
DN : {V} — à confirmer, le formulaire est taché.
Le gars dit qu'il est né le {V}.
Inscription au centre : né le {V}.
Date de naissance inscrite {V} (format court).
""", V=g_dob(lambda H, y, m, d: H.c((f"{d:02d}/{m:02d}/{y % 100:02d}", f"{y % 100:02d}-{m:02d}-{d:02d}", f"{y % 100:02d}/{m:02d}/{d:02d}"))))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} L'identité du résident (né le {V}) a été confirmée à l'accueil. {phrase} {phrase}
{phrase} {phrase} {phrase} La personne hébergée au lit 9 est née le {V}. {phrase} {phrase}
{phrase} {phrase} Le registre indique que le résident est né le {V}. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} Vérification faite, la dame est née le {V}. {phrase}
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}-{m:02d}-{d:02d}", f"{jour1(d)} {MOIS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"))))

fam(K, "debut_fin_de_cellule", """
{V} — date de naissance confirmée, inscription complétée.
{V} (DDN), dossier créé à l'accueil.
Dernière information manquante au dossier, la date de naissance : {V}
Identité vérifiée à la sortie, né le {V}
""", V=g_dob(lambda H, y, m, d: H.c((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{jour1(d)} {MOIS[m - 1]} {y}"))))

# ==========================================================================
# SANTE
# ==========================================================================
K = "sante"

fam(K, "euphemismes_quebecois", """
{qui} {V} depuis l'évacuation, à surveiller au centre.
Selon sa fille, la dame {V} pis elle veut pas partir de la maison.
Suivi téléphonique : le monsieur nous dit qu'il {V} depuis l'inondation.
Le sinistré du lit 4 {V}, on l'a placé proche du poste d'accueil.
Porte-à-porte rang {n} : le propriétaire {V}, parler lentement et repasser demain.
Son frère appelle, inquiet parce que le bonhomme {V} depuis que le feu a passé.
""", V=P("""file pas|file pas fort|a pas toute sa tête|a pus toute sa tête|est pas dans son assiette|
a les nerfs à fleur de peau|commence à perdre la carte|a perdu la boule|est pas mal mêlée|a le moral à terre|
a fait une petite attaque|a le cœur fatigué|a le cœur malade|file un mauvais coton|a des idées noires|
a le cafard|a les nerfs en boule|voit pus clair|entend pus rien|a une hanche finie|a un genou fini|
a pus de jambes|a des absences|a la mémoire qui flanche|a le souffle court|a les nerfs finis|
est pas mal magané de la tête|a les bleus"""))

fam(K, "diagnostics_medicaux", """
{qui} a {V}; prévoir un lit près de la salle de bain.
La fille précise que son père a {V} et vit seul.
On a appris au téléphone que la requérante a {V}.
Le sinistré de la chambre {n} a {V}, suivi à l'hôpital de {ville}.
Selon le dossier de la RPA, la résidente évacuée a {V}.
""", V=P("""une [[insuffisance cardiaque]]|une [[MPOC sévère]]|le [[diabète de type 1]]|le [[diabète de type 2]]|
la [[sclérose en plaques]]|la [[maladie de Parkinson]]|l'[[Alzheimer]]|de l'[[épilepsie]]|
une [[insuffisance rénale chronique]]|un [[cancer du sein]]|un [[cancer du pancréas]]|la [[fibrose kystique]]|
la [[schizophrénie]]|un [[trouble bipolaire]]|l'[[hépatite C]]|la [[SLA]]|la [[maladie de Crohn]]|le [[lupus]]|
de l'[[emphysème]]|une [[polyarthrite rhumatoïde]]|l'[[hémophilie]]|une [[apnée du sommeil sévère]]|
une [[cirrhose du foie]]|un [[cancer de la prostate]]|une [[dystrophie musculaire]]|un [[glaucome avancé]]|
de l'[[angine]]|une [[leucémie]]|une [[sténose aortique]]|la [[maladie de Huntington]]"""))

fam(K, "medicaments_par_marque", """
{qui} a oublié son {V} dans la maison évacuée.
Doit reprendre son {V} à 8 h, la pharmacie de {ville} va livrer au centre.
Demande de renouvellement de {V} pour le sinistré de la chambre {n}.
La dame a manqué deux doses de {V} depuis l'évacuation.
La pharmacienne confirme que le monsieur du rang prend du {V} matin et soir.
""", V=P("""Coumadin|Eliquis|Xarelto|Ventolin|Symbicort|Lasix|Lantus|Humalog|Ozempic|Seroquel|Ativan|Rivotril|
Dilaudid|Suboxone|méthadone|Synthroid|Ritalin|Concerta|Vyvanse|Keppra|Dilantin|Clozaril|Aricept|Sinemet|
Effexor|Cipralex|Zyprexa|Abilify|Wellbutrin|Plavix|Spiriva|Januvia|Jardiance|Metformin|Tegretol|Epival|
Risperdal|Haldol|Lyrica|Oxycontin|Flovent|Invega Sustenna|Entresto|Prolia"""))

fam(K, "appareils_et_aides_techniques", """
{qui} a quitté la maison sans {V}; une équipe retourne au logement.
Prévoir une place pour {V} dans l'autobus d'évacuation de la dame du {n}e.
Le résident ne peut pas monter à l'étage avec {V}, lui trouver une chambre au rez-de-chaussée à {ville}.
Le sinistré a perdu {V} dans l'inondation, demande de remplacement au CLSC de {ville}.
La voisine dit que le monsieur du {nn} ne sort jamais sans {V}.
""", V=P("""sa [[marchette]]|son [[fauteuil roulant]]|son [[quadriporteur]]|sa [[canne blanche]]|
son [[concentrateur d'oxygène]]|sa [[bonbonne d'oxygène]]|son [[CPAP]]|ses [[appareils auditifs]]|
sa [[pompe à insuline]]|son [[lève-personne]]|son [[lit électrique d'hôpital]]|sa [[prothèse de jambe]]|
ses [[béquilles]]|son [[déambulateur]]|son [[triporteur]]|sa [[sonde urinaire]]|ses [[sacs de stomie]]|
son [[fauteuil motorisé]]|son [[BiPAP]]|sa [[chaise d'aisance]]|son [[glucomètre]]|
son [[appareil de dialyse péritonéale]]|sa [[ceinture de transfert]]|ses [[lunettes pour basse vision]]"""))

fam(K, "soins_et_traitements_recus", """
{qui} doit être à l'hôpital de {ville} demain pour {V}; transport à organiser.
Le pont est fermé : la dame va manquer {V}.
Réorganiser le transport de l'usager vers {ville} pour {V}.
Le sinistré demande s'il pourra continuer {V} à partir du centre d'hébergement.
""", V=P("""sa [[dialyse]]|ses [[traitements de chimio]]|sa [[radiothérapie]]|son [[hémodialyse]]|
son rendez-vous en [[oncologie]]|son suivi en [[psychiatrie]]|ses [[injections d'insuline]]|
ses [[pansements de plaie de pression]]|sa [[réadaptation cardiaque]]|
sa [[physiothérapie pour sa fracture de la hanche]]|ses [[transfusions]]|sa [[clinique d'anticoagulothérapie]]|
son [[suivi de grossesse]]|ses [[séances d'électroconvulsivothérapie]]|sa [[chimio orale]]|
son suivi en [[cardiologie]]|ses rendez-vous en [[hémato-oncologie]]|son [[immunothérapie]]|
sa [[clinique du diabète]]|son [[traitement de la tuberculose]]"""))

fam(K, "ce_que_dit_le_voisinage", """
La voisine raconte ceci : {V}; à vérifier lors de la visite du {date}.
Selon le voisin d'en face, {V}.
Une résidente du rang {n} nous a dit : {V}, il faudrait que quelqu'un passe faire une visite.
Info du voisinage (non confirmée) : {V}.
Le concierge du {nn} nous glisse ceci : {V}.
""", V=P("""il [[boit beaucoup]] depuis la mort de sa femme|elle [[sort plus depuis sa dépression]]|
il [[a fait un AVC]] l'an passé|elle [[se fait soigner pour un cancer]]|il [[prend des pilules pour les nerfs]]|
elle [[a fait une fausse couche]] au printemps|il [[est sur l'oxygène]]|elle [[voit presque plus rien]]|
il [[a eu une crise cardiaque]] en janvier|elle [[a des crises d'épilepsie]]|il [[a été opéré au cœur]]|
elle [[entend des voix]]|il [[est en chaise roulante]] depuis son accident|elle [[fait de l'Alzheimer]]|
il [[se pique]]|elle [[mange pus]] depuis des semaines|il [[a le cancer]]|elle [[est enceinte]]|
il [[sort de désintox]]|elle [[a eu une commotion]] en tombant sur la glace|il [[est diabétique]]|
elle [[est sous dialyse]]"""))

fam(K, "premiere_personne", """
Message laissé par le sinistré à {heure} : « {V}, je peux pas dormir sur un lit de camp. »
Commentaire du citoyen dans le formulaire : {V} et j'ai besoin d'aide pour le ménage.
Courriel du demandeur : Bonjour, {V}, est-ce que je peux avoir une chambre seule à {ville}?
Note du répondant : la personne dit textuellement « {V} ».
Texto reçu au centre de {ville} : {V} svp rappelez moi
""", V=P("""je suis [[diabétique]]|j'ai fait un [[burn-out]]|je suis [[sous dialyse]]|j'ai la [[sclérose en plaques]]|
je suis [[enceinte de sept mois]]|je suis en [[chaise roulante]]|je fais de l'[[anxiété]]|j'ai un [[pacemaker]]|
je suis [[épileptique]]|je prends des [[antidépresseurs]]|je sors d'une [[chirurgie au genou]]|j'ai le [[cancer]]|
j'ai fait un [[infarctus]] en mars|je suis [[asthmatique]]|je vois [[un psychiatre]]|j'ai le [[TDAH]]|
je suis [[sourde d'une oreille]]|je suis [[bipolaire]]|je suis en [[sevrage]]|j'ai une [[hernie discale]]|
j'ai eu une [[greffe de rein]]|j'ai de la [[fibromyalgie]]|je fais de l'[[apnée du sommeil]]"""))

fam(K, "anglais", """
Caller reports that {V}, needs priority evacuation.
Note from the shelter: {V}, assign a bed near the nurse's station.
Family in {ville} says {V}.
Heads up, the resident in unit {n} — {V}.
""", V=P("""he's [[on oxygen]]|she [[has dementia]]|he's a [[type 1 diabetic]]|she's [[recovering from a hip replacement]]|
he [[uses a walker]]|she has [[severe asthma]]|he's [[on dialysis]]|she's [[bipolar]]|she's [[pregnant]]|
he's [[hard of hearing]]|she's [[in chemo]]|he [[had a stroke]] last year|she [[has MS]]|he's [[an alcoholic]]|
she [[suffers from PTSD]]|he [[has a pacemaker]]|she [[is legally blind]]|he [[has schizophrenia]]|
she's [[on methadone]]|he [[has COPD]]|she [[has epilepsy]]|he's [[in palliative care]]"""))

ABBR = P("""HTA|DB2|DB1|MCAS|MPOC|IRC|FA|IDM|DLP|TSA|TDAH|TCC|SEP|ICC|AVC|ICT|MVAS|IRA|TPL|TAG|ÉDM|SAOS|DMLA|
TVP|EP|MCV|HBP|SCA|VIH|HVC|NASH|PAR|BPCO|RGO""")
fam(K, "abreviations_cliniques", """
ATCD : {V}, {V2}. Pas d'allergie connue.
Dx connus : {V} + {V2}, suivie en GMF.
Usager hébergé — {V}, {V2} — médication apportée.
Relevé infirmier au centre : {V} / {V2}.
""", V=ABBR, V2=ABBR)

fam(K, "blessures_constatees_police", """
Blessure constatée sur le conducteur sur la {route} : {V}.
Rapport d'événement — victime rencontrée à l'urgence de {ville}, {V}.
La plaignante présente : {V}. Photos prises à {heure}.
Constat des policiers à l'arrivée : occupant du véhicule, {V}.
Pompiers de {ville} : l'occupant sorti du logement présente {V}.
""", V=P("""lacération au cuir chevelu|fracture ouverte du tibia|brûlures au deuxième degré aux avant-bras|
ecchymoses au visage|entorse cervicale|commotion cérébrale|perte de conscience|saignement du nez|
plaie par arme blanche à l'abdomen|intoxication au monoxyde de carbone|hypothermie|engelures aux pieds|
fracture du poignet|luxation de l'épaule|morsure de chien à la main|brûlure à la main droite|
traumatisme crânien|côtes fracturées|coupure profonde au pouce|inhalation de fumée|œil au beurre noir|
fracture du fémur"""))

fam(K, "paramedics_abreges", """
Ambulance 3-17 : pt {V}, transport CH {ville}.
RAP : {V}, {V2}, usager du centre d'hébergement.
Appel 911 transféré : {V} chez l'homme du 3e.
P1 — {V} — femme seule au logement, ETA 8 min.
""", V=P("""DRS|dlr thoracique|SpO2 84 %|GCS 12|glycémie 2,1|hypoglycémie|convulsions|dyspnée|TA 190/110|
pouls 140 irrégulier|hémiplégie droite|vomissements|diaphorèse|détresse respiratoire|arrêt cardiorespiratoire|
RCR en cours|surdose présumée|Narcan administré|céphalée intense|syncope|dysarthrie|tachycardie à 160"""),
    V2=P("""ATCD cardiaque|ATCD MPOC|ATCD diabète|ATCD épilepsie|ATCD psychiatrique|ATCD AVC|ATCD dialyse|
ATCD cancer|ATCD HTA|ATCD alcoolisme|ATCD démence"""))

fam(K, "grossesse", """
La locataire du {n}e étage est {V}, elle ne peut pas monter l'escalier.
Femme hébergée à {centre} de {ville} qui est {V}; aviser l'infirmière.
Sa conjointe est {V}, il demande une chambre fermée au centre de {ville}.
La sinistrée du rang {n} est {V} et n'a pas de voiture.
""", V=P("""enceinte de 32 semaines|enceinte de jumeaux|sur le point d'accoucher|en travail|
suivie pour une grossesse à risque|en post-partum|en convalescence après une fausse couche|
enceinte de son troisième|enceinte de quatre mois|en congé après une césarienne|enceinte de 38 semaines|
à terme|enceinte de huit mois|en début de grossesse"""))

fam(K, "dependances", """
{qui} {V}, à surveiller au centre.
Le monsieur de la chambre {n} {V}; l'intervenante est avisée.
Selon la sœur, son frère {V} et ne veut pas d'aide.
La résidente du motel {V}, on a donné les coordonnées de la ressource.
""", V=P("""est [[en sevrage d'alcool]]|[[consomme du crystal meth]]|est [[suivi en désintox]]|[[a rechuté]]|
est [[alcoolique]]|[[fait de la coke]]|est [[joueur compulsif]]|est [[sur la méthadone]]|[[va aux AA]]|
a un [[problème de boisson]]|[[prend de la dope]]|est [[dépendant aux opioïdes]]|[[boit depuis le matin]]|
sort d'une [[thérapie fermée]]|[[fume du crack]]|[[s'injecte]]|[[est en manque]]|[[fait du speed]]|
est [[en thérapie chez Portage]]|[[vape du cannabis toute la journée]]"""))

fam(K, "sante_mentale_p38", """
Intervention policière : {V}, transport vers l'urgence de {ville}.
Note de l'intervenante de crise : l'homme rencontré au motel — {V}.
Le fils du locataire du 4 — {V} — a été rencontré par l'équipe mixte.
Au centre d'hébergement, une résidente en détresse : {V}.
""", V=P("""idées suicidaires|crise psychotique|dépression majeure|anxiété sévère|trouble de personnalité limite|
stress post-traumatique|hospitalisé en psychiatrie l'an dernier|mis sous P-38|garde préventive demandée|
évaluation psychiatrique en cours|tentative de suicide récente|crise de panique|
suivi par l'équipe de santé mentale|en psychose|délire paranoïde|automutilation|
en ordonnance de traitement|schizophrène connu"""))

fam(K, "handicaps", """
Particularité de l'occupant du {n}e : {V}.
Le jeune homme du sous-sol du {nn} ({V}) a besoin d'un accompagnateur au centre.
Attention aux pompiers de {ville} : résidente {V} au {n}e étage.
Registre municipal des personnes vulnérables : {V}, vit seul au rang {n}.
""", V=P("""sourd|aveugle|non-voyante|malentendant|déficience intellectuelle|autiste|trisomique|paraplégique|
amputé d'une jambe|paralysie cérébrale|muet|dysphasie sévère|quadriplégique|spina-bifida|déficience visuelle|
sourde-muette|TSA non verbal|syndrome de Down|hémiplégique|sclérose en plaques avancée"""))

fam(K, "demence_et_memoire", """
{qui} {V}; ne pas laisser la personne seule au centre de {ville}.
Avis de recherche annulé à {heure} : la dame qui {V} a été retrouvée au dépanneur.
Selon sa fille, son père {V} et ne comprend pas l'ordre d'évacuation.
La résidente de la RPA de {ville} {V}, transfert avec accompagnateur.
""", V=P("""a l'Alzheimer|fait de l'errance|souffre de démence avancée|a des pertes de mémoire|
se perd dans le village|reconnaît pus ses enfants|a des troubles cognitifs|est en perte d'autonomie|
est confuse depuis des mois|est désorientée le soir|oublie d'éteindre le poêle|a une démence à corps de Lewy|
sait plus où elle habite|a la maladie d'Alzheimer|a des troubles neurocognitifs majeurs|
fait de la démence sénile"""))

fam(K, "soins_palliatifs", """
{qui} {V}; la famille demande de ne pas déplacer la personne.
Le père de la famille évacuée du rang {n} {V}, priorité pour le relogement.
Selon la travailleuse sociale de {ville}, la dame du rang {n} {V}.
Le sinistré relogé le {date} {V}, le médecin de famille est avisé.
""", V=P("""est [[en soins palliatifs]]|est [[en fin de vie]]|a un [[cancer en phase terminale]]|
est hébergé à la [[Maison Michel-Sarrazin]]|reçoit des [[soins de confort]]|a un [[pronostic de quelques semaines]]|
est [[en soins palliatifs à domicile]]|a un [[niveau de soins D]]|est sous [[pompe à morphine]]|
a une [[aide médicale à mourir]] prévue|est [[en phase terminale]]|attend une place à la [[maison de soins palliatifs]]|
est [[mourant]]|est à la [[Maison Desjardins de soins palliatifs]]"""))

fam(K, "soutien_a_domicile_clsc", """
{qui} {V}; aviser le CLSC de la nouvelle adresse temporaire à {ville}.
Le CLSC de {ville} confirme que la résidente {V}.
Coordination du {date} : l'usager {V}, les visites vont reprendre au centre.
La dame du logement {n} {V}, elle demande si ça continue pendant l'évacuation.
""", V=P("""reçoit des [[soins de plaie]] du CLSC|a la visite de l'[[infirmière pour ses injections]]|
reçoit l'[[aide au bain du CLSC]]|est suivi par l'[[inhalothérapeute]]|
est inscrite au [[soutien à domicile pour perte d'autonomie]]|a des [[visites de l'ergothérapeute]]|
a un [[suivi en santé mentale par le CLSC]]|reçoit sa [[dose de méthadone]] à domicile|
a des [[prises de sang à domicile]]|est suivi au [[programme de déficience physique]]|
reçoit ses [[gouttes pour le glaucome]] de l'auxiliaire|a une [[infirmière de liaison en oncologie]]|
reçoit de l'[[oxygénothérapie à domicile]]"""))

fam(K, "expressions_regionales", """
La bonne femme du rang {n} {V}, faudrait pas qu'elle reste au froid.
Mon père {V}, y peut pas pelleter les sacs de sable à {ville}.
Le gars du dépanneur dit que la vieille dame du {nn} {V}.
Elle {V} depuis des années, faut la mettre en premier sur la liste de {ville}.
""", V=P("""fait de la pression|fait du sucre|a le cœur qui galope|a les jambes enflées|fait de l'eau sur les poumons|
fait des faiblesses|fait de l'angine|a une descente de matrice|fait des crises de foie|est pris des poumons|
a les rognons malades|a le mal des nerfs|fait de la haute pression|a la grosse maladie|fait du diabète|
a les poumons finis|fait des crises de nerfs|a le cœur qui débat|est pas forte du cœur"""))

fam(K, "releve_centre_hebergement", """
Relève de nuit — lit {n} : {V}. Rien d'autre.
Quart de soir : résident du lit {n}, {V}; suivre de près.
Pour l'équipe de jour : lit {n} → {V}.
Note de relève au gymnase : lit {n}, {V}.
""", V=P("""a besoin de ses [[pompes]] à 20 h|n'a pas pris son [[Seroquel]]|doit manger à heure fixe ([[diabétique]])|
[[incontinent]], prévoir des culottes|[[diète sans sel]]|a fait une [[chute]] dans la douche|[[a vomi]] toute la nuit|
[[fait de la fièvre]]|[[saignement de nez]] vers minuit|[[crise d'angoisse]] vers 2 h|[[allergique aux arachides]]|
[[épileptique]], a eu une crise légère|[[toux grasse]], isoler|[[plaie au pied]] à surveiller|
[[insomnie]], a erré dans le corridor|[[pression basse]] ce matin"""))

fam(K, "appel_info_sante_811", """
Info-Santé : l'usager hébergé à {centre} de {ville} signale {V}.
811 rappel : {V} chez la résidente du lit {n}, orientée vers la clinique.
Sommaire Info-Santé du {date} : {V}; conseil donné de consulter.
L'infirmière du 811 a noté {V} chez le sinistré relogé au motel de {ville}.
""", V=P("""une [[fièvre à 39,5]]|une [[douleur thoracique]]|une [[éruption cutanée]]|une [[toux depuis 10 jours]]|des [[saignements vaginaux]]|des [[vertiges]]|un [[mal de ventre intense]]|une [[otite]]|une [[gastro]]|une [[brûlure à la main]]|une [[difficulté à respirer]]|des [[symptômes de COVID]]|une [[infection urinaire]]|une [[piqûre de guêpe avec enflure]]|une [[crise d'asthme]]|des [[idées noires]]|une [[migraine avec aura]]|une [[entorse à la cheville]]"""))

fam(K, "assurance_invalidite_cnesst", """
Assuré en arrêt de travail pour {V}; incapable de faire le nettoyage lui-même.
CNESST — réclamation acceptée le {date} pour {V}.
Le demandeur de {ville} est en invalidité depuis 2021 ({V}).
Rapport médical joint au dossier du {date} : {V}, limitations fonctionnelles.
""", V=P("""hernie discale|lésion professionnelle à l'épaule|syndrome du canal carpien|épuisement professionnel|
fracture de la hanche|tendinite chronique|commotion cérébrale|dépression|trouble d'adaptation|
lombalgie chronique|amputation partielle d'un doigt|déchirure de la coiffe des rotateurs|
trouble de stress post-traumatique|surdité professionnelle|asthme professionnel|hernie inguinale"""))

fam(K, "correctionnel", """
Transfert du détenu de la cellule {n} : {V}, aviser l'établissement d'accueil.
Contrevenant sous {V} pendant l'évacuation de la prison de {ville}.
Note du {date} : {V} — ne pas placer en cellule double.
Libération prévue le {date} : continuité du {V} à organiser avec le CLSC.
""", V=P("""surveillance suicidaire|traitement de substitution aux opioïdes|suivi psychiatrique|diète diabétique|
traitement antirétroviral|traitement pour l'hépatite C|TSO|observation médicale|sevrage d'alcool|
médication antipsychotique|suivi pour schizophrénie|protocole d'épilepsie|traitement de la gale|
isolement pour tuberculose|suivi pour hépatite B|protocole de prévention des chutes|surveillance du sevrage aux benzodiazépines|
traitement à la méthadone|suivi pour trouble bipolaire|soins de plaie par balle|diète pour insuffisance rénale"""))

fam(K, "ecole_garderie", """
Service de garde d'urgence de {ville} : enfant inscrit avec {V}, aviser l'éducatrice.
Fiche santé de l'enfant (groupe {n}) : {V}.
Élève de {n}e année, local {nn} : {V}; trousse suivie lors du déplacement.
Évacuation de l'école : le jeune du local {nn} a {V}, l'enseignante a sa trousse.
""", V=P("""une [[allergie sévère aux arachides]]|un [[EpiPen dans son sac]]|un [[TDAH]]|un [[plan d'intervention pour dyslexie]]|de l'[[asthme]]|de l'[[épilepsie]]|un [[diabète de type 1]]|un [[TSA]]|une [[allergie aux noix]]|un [[trouble du langage]]|une [[pompe Ventolin]]|un [[trouble anxieux]]|une [[dyspraxie]]|une [[surdité partielle]]|un [[trouble de l'attachement]]|une [[allergie aux œufs]]|un [[implant cochléaire]]|une [[leucémie en rémission]]|un [[syndrome de Gilles de la Tourette]]"""))

fam(K, "joual_sms", """
ma mère {V} faut kelle sorte en premier du rang {n}
ma blonde {V} on peut tu avoir une chambre en bas a {ville}
la voisine du {nn} {V} ya personne avec elle
ma fille {V} pis a veut pas partir depuis {heure}
""", V=P("""est pu capable de marcher|a fait une dépression|a faite un burn-out|est ben malade du cœur|
a le diabète ben raide|fait des crises|est sur les pilules pour dormir|prend des pilules pour les nerfs|
a pogné la gastro|sé pété la jambe|est enceinte|boit comme un trou|a le cancer|est pu toute la|
a mal en mautadit dans le dos|fait d'la pression|est su l'oxygène"""), post="lower")

fam(K, "dictee_vocale", """
note vocale la dame du rang {n} {V} elle a besoin d'aide pour descendre l'escalier
rapport dicté par l'agent le monsieur {V} il faut le transporter en ambulance
le résident de la chambre {n} {V} on doit le prioriser
message vocal de la fille sa mère {V} elle veut savoir où elle est hébergée
""", post="dictee", V=P("""est [[sous oxygène]]|a [[besoin de dialyse]]|est [[diabétique insulinodépendant]]|
a fait un [[AVC]] l'an dernier|est [[en fauteuil roulant]]|a une [[insuffisance cardiaque]]|est [[aveugle]]|
a la [[maladie de Parkinson]]|fait de l'[[épilepsie]]|est [[en dépression]]|a un [[cancer du côlon]]|
prend du [[lithium]]|est [[grabataire]]|a la [[maladie de Charcot]]"""))

fam(K, "formulaire_aplati", """
besoin_sante={V};mobilite={V2};mun={ville}
Santé: {V} | Mobilité: {V2} | Animal: chat
[BESOINS]={V} [MOBILITE]={V2} [PRIORITE]=1
sante="{V}" mobilite="{V2}" prioritaire=oui
""", V=P("""oxygène 24h|insuline|dialyse|cœliaque|anticoagulants|épilepsie|colostomie|trachéotomie|
nutrition entérale|oxygène la nuit|antipsychotiques|chimiothérapie"""),
    V2=P("""fauteuil roulant|marchette|alité|canne|quadriporteur|civière|ambulatoire avec aide|béquilles|
fauteuil motorisé|transfert à deux"""))

fam(K, "nord_et_communautes", """
Elder from {villenord}: {E}; the nursing station is informed.
Liste du bureau de bande de {communaute} : aîné qui {V}.
Coordination Kativik du {date} : la passagère de {villenord} {V}, prévoir un accompagnateur.
Nurse in {villenord} says the patient from the camp {E}.
""", V=P("""est traitée pour la [[tuberculose]]|a été [[évacué par avion-ambulance]]|doit [[accoucher à Puvirnituq]]|
a une [[plaie infectée au pied]]|fait de l'[[hypertension]]|a le [[cancer du poumon]]|souffre d'[[otite chronique]]|
est [[sous dialyse à Chisasibi]]|fait du [[diabète]]|a des [[problèmes de reins]]"""),
    E=P("""needs [[dialysis three times a week]]|has [[diabetes]]|is on [[insulin]]|is [[waiting for a medevac]]|
has [[a heart condition]]|has [[frostbite on both hands]]|has [[tuberculosis]]|is [[pregnant, 36 weeks]]|
[[broke his leg]] on the ice|has [[a chest infection]]"""))

fam(K, "clientele_sous_appareil_panne", """
Liste des clients sous appareil médical (panne de {ville}) : résidente du {n}e, {V}.
Client sous appareil médical — {V} — sans courant depuis {heure}.
Appareil essentiel déclaré par l'occupant du {nn} : {V}.
Génératrice demandée d'urgence au rang {n} : {V}.
""", V=P("""concentrateur d'oxygène|appareil de dialyse à domicile|respirateur|pompe d'alimentation entérale|
lit thérapeutique|CPAP|ventilateur mécanique|frigo pour l'insuline|aspirateur de sécrétions|
matelas à air pour plaies de pression|pompe à perfusion|moniteur d'apnée du bébé"""))

fam(K, "animaux_d_assistance", """
Le résident du lit {n} est accompagné de son {V}; exemption à la règle sur les animaux.
Refus d'hébergement contesté à {ville} : la dame a un {V}.
Prévoir de l'eau et un coin pour le {V} du sinistré de la chambre {n}.
Le locataire du {nn} a un {V}, ils doivent rester ensemble.
""", V=P("""[[chien-guide]]|[[chien d'assistance pour son autisme]]|[[chien d'alerte pour le diabète]]|
[[chien d'assistance pour stress post-traumatique]]|[[chien d'alerte pour l'épilepsie]]|[[chien MIRA]]|
[[animal de soutien émotionnel]]|[[chien d'assistance à la mobilité]]|[[chien pour malentendant]]|
[[chien d'alerte aux crises]]"""))

fam(K, "infections_isolement", """
Au gymnase de {ville}, le sinistré du lit {n} {V}; isoler dans la salle du fond.
Hébergement : la résidente de la chambre {n} {V}, masque obligatoire.
La famille du {nn} — le père {V}.
Ne pas placer la dame qui {V} avec les autres aînés du centre de {ville}.
""", V=P("""a [[testé positif à la COVID]]|est [[en isolement pour l'influenza]]|a la [[gastro]]|a le [[zona]]|
fait une [[pneumonie]]|est [[porteur du C. difficile]]|a la [[gale]]|a la [[varicelle]]|a la [[rougeole]]|
est [[porteur du SARM]]|a la [[coqueluche]]|a une [[conjonctivite]]|a la [[tuberculose active]]|
a l'[[hépatite A]]"""))

fam(K, "allergies_et_dietes", """
Cuisine du centre : le résident du lit {n} — {V}.
Repas spécial pour la dame de la chambre {n} ({V}).
Note au traiteur : {V} pour le monsieur du rang {n}.
Accueil : sinistrée {V}, le signaler à la cuisine.
""", V=P("""allergique à la pénicilline|maladie cœliaque|diète sans sel|alimentation par gavage|
dysphagie, purée seulement|allergique aux fruits de mer|diète diabétique|allergie au latex|intolérant au lactose|
allergie aux sulfites|diète rénale|anaphylaxie aux noix|diète pauvre en potassium|texture hachée (AVC)"""))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Le monsieur du chalet {V}, il a fallu l'aider à monter dans le bateau. {phrase} {phrase}
{phrase} {phrase} {phrase} La résidente du logement 4 {V}, on l'a transportée en priorité. {phrase} {phrase}
{phrase} {phrase} Le seul occupant resté sur la rue {V} selon son neveu. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} Le sinistré du lit 11 {V} et demande à voir une infirmière. {phrase}
""", V=P("""est [[sous oxygène]]|a [[fait une crise cardiaque]] l'an dernier|est [[en fauteuil roulant]]|
a l'[[Alzheimer]]|est [[en chimio]]|est [[enceinte de huit mois]]|fait de l'[[épilepsie]]|
est [[en dépression]]|est [[dialysé]]|a une [[jambe dans le plâtre]]|est [[diabétique]]|
a la [[maladie de Parkinson]]"""))

# ==========================================================================
# COURRIEL
# ==========================================================================
K = "courriel"

DOM_PRO = P("""ssss.gouv.qc.ca|ville.rimouski.qc.ca|csslaval.gouv.qc.ca|uqac.ca|cegepgaspesie.ca|desjardins.com|
hydroquebec.com|makivik.org|kativik.qc.ca|cscree.ca|mrcdesbasques.com|municipalite-chertsey.qc.ca|
coopagri.ca|crsbp.net|fermesboileau.ca|transportsgagnon.com""")

fam(K, "standard_dans_la_phrase", """
Le sinistré préfère être joint par courriel : {V}.
Envoyer la confirmation d'hébergement à {V} dès que possible.
La demande d'aide financière a été transmise par {V} le {date}.
Le propriétaire a donné {V} pour recevoir le rapport d'inspection.
""", V=g_email("std"))

fam(K, "at_dot_anglais", """
Courriel donné au téléphone : {V}.
Contact pour le suivi : {V} (l'appelant a insisté sur cette forme).
Reply to {V} with the shelter address.
Adresse électronique notée : {V}.
""", V=g_email("at"))

fam(K, "arobase_point_francais", """
La dame a épelé son adresse : {V}.
Courriel de la fille de l'aînée : {V}.
Transmettre le formulaire à {V}.
Courriel noté à la main : {V}.
""", V=g_email("arobase"))

fam(K, "espaces_inseres", """
Écrire à {V} pour confirmer le rendez-vous de l'expert.
courriel : {V} (copié tel quel du formulaire web)
Le citoyen demande qu'on lui écrive à {V}.
Adresse de suivi : {V}
""", V=g_email("esp"))

fam(K, "crochets_et_parentheses", """
Adresse camouflée dans le message Facebook : {V}.
Le sinistré écrit son courriel comme ça : {V}.
Publication de la page d'entraide : « écrivez-moi au {V} ».
Commentaire laissé sous la publication : {V}
""", V=g_email("brack"))

fam(K, "majuscules", """
COURRIEL DU DEMANDEUR : {V}
FORMULAIRE PAPIER — ADRESSE ÉLECTRONIQUE : {V} — SIGNÉ
RAPPEL : ÉCRIRE À {V} AVANT VENDREDI
CONTACT PRINCIPAL {V} / PRÉFÉRENCE : COURRIEL
""", V=g_email("caps"))

fam(K, "entetes_fil_courriel", """
De : <{V}>¶Envoyé : {date} {heure}¶À : mesures d'urgence¶Objet : maison inondée
> Le {date} à {heure}, {V} a écrit :¶> Bonjour, avez-vous reçu mes photos?
-----Original Message-----¶From: {V}¶Sent: {date}¶Subject: RE: claim
Cc : {V}; {V2}¶Objet : TR: demande d'hébergement
""", V=g_email("std"), V2=g_email("std"))

fam(K, "signatures_mobiles", """
Merci de votre aide¶--¶{V}¶Envoyé de mon Samsung Galaxy
Bonne journée¶{V}¶Envoyé de mon iPhone
Merci!¶---¶{V} | Envoyé depuis Outlook pour Android
Je vous envoie les photos demain.¶{V}
""", V=g_email("std"))

fam(K, "mailto_et_html", """
Lien copié : mailto:{V}?subject=Sinistre
<a href="mailto:{V}">Écrire au propriétaire</a>
Contact : [{V}](mailto:{V})
Champ HTML : <span class="email">{V}</span>
""", V=g_email("std"))

fam(K, "formulaire_aplati", """
courriel={V};tel_pref=non;mun={ville}
Courriel: {V} | Consentement: oui | Langue: fr
[COURRIEL]={V} [CONFIRME]=1
email="{V}" notif="oui" statut="ouvert"
""", V=g_email("std"))

fam(K, "fragment_csv", """
{isodate};{V};{ville};relogé
"{V}","{ville}","aide financière","ouvert"
{nn},{V},oui,non
courriel,mun¶{V},{ville}
""", V=g_email("std"))

fam(K, "dictee_vocale", """
son courriel c'est {V} je répète
écrire à {V} pour le rapport
adresse électronique du demandeur {V}
la fille veut recevoir les nouvelles à {V}
""", V=g_email("dictee"))

fam(K, "fautes_de_domaine", """
Courriel revenu non livré : {V} (faute de frappe probable).
Le demandeur a écrit {V} sur le formulaire, à corriger.
Avis de livraison échoué pour {V}.
Confirmer l'adresse {V} avec le citoyen par téléphone.
""", V=g_email("typo"))

fam(K, "fournisseurs_regionaux", """
Le monsieur du rang n'a que son courriel {V}, pas de cellulaire.
Adresse de la fermière : {V}.
Courriel du chalet (Internet satellite) : {V}.
Envoyer le formulaire papier et une copie à {V}.
""", V=g_email("std", doms=DOM_REGION))

fam(K, "joual_sms", """
mon mail cé {V} envoyez moi ça la
écris moi su {V} jai pu de minutes
cé {V} mon courriel ok
ma fille a dit décrire a {V}
""", V=g_email("std"), post="flower")

fam(K, "ocr_numerise", """
Formulaire scanné — courriel : {V}
Page numérisée : adresse électronique {V}, signature illisible
COPIE OCR — contact {V}
Fiche d'inscription (scan) courriel {V}
""", post="ocr", V=g_email("ocr"))

fam(K, "pseudonymes_loisirs", """
Le pêcheur nous écrit depuis {V}.
La dame utilise l'adresse de son petit-fils : {V}.
Courriel trouvé dans le carnet du sinistré : {V}.
Courriel personnel : {V} (ne pas utiliser l'adresse du travail).
""", V=lambda H: f"{H.pick(HOBBY)}{H.c(('', '_', '.', ''))}{H.r(1, 999)}@{H.pick(DOMAINES)}")

fam(K, "parents_ecole", """
Courriel du parent pour le transport scolaire d'urgence : {V}.
Le service de garde a écrit à {V} pour la fermeture.
Parent à joindre par courriel : {V}.
Message de l'école envoyé à {V}, accusé de réception reçu.
""", V=g_email("std"))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Écrire à {V} quand l'accès au secteur sera rétabli. {phrase} {phrase}
{phrase} {phrase} {phrase} Le propriétaire demande d'envoyer les documents à {V}. {phrase} {phrase}
{phrase} {phrase} Courriel du sinistré pour le suivi : {V}. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} La fille de la dame relogée a laissé {V}. {phrase}
""", V=g_email("std"))

fam(K, "anglais", """
Email me at {V} when the road reopens.
Her email is {V}, she checks it every night.
Please send the claim form to {V}.
Contact the owner at {V}, she is in Florida.
""", V=g_email("std", comms=("en", "en", "fr", "mohawk", "cree", "bcn")))

fam(K, "debut_fin_de_cellule", """
{V} — demande de rappel, dossier ouvert.
{V} : a envoyé les photos des dommages.
Tous les documents ont été transmis à {V}
Suivi à faire par courriel seulement : {V}
""", V=g_email("std"))

fam(K, "coupe_sur_deux_lignes", """
Courriel : {V} (coupé dans le formulaire)
Adresse à utiliser :¶{V}
Contact du demandeur {V}, à valider.
Écrire à {V} pour la suite.
""", V=lambda H: (lambda e: e.replace("@", H.c(("@¶", "¶@", "@ ¶"))))(g_email("std")(H)))

fam(K, "plusieurs_adresses", """
Courriels des deux propriétaires : {V} et {V2}.
Envoyer la copie à {V}, cc {V2}.
Adresse principale {V}; secondaire {V2}.
Le couple a donné {V} / {V2}.
""", V=g_email("std"), V2=g_email("std"))

fam(K, "professionnel_nominatif", """
La bénévole peut être jointe à son adresse du travail : {V}.
Courriel professionnel de la personne-ressource : {V}.
Le propriétaire a répondu depuis {V}.
Transférer le dossier à {V} (adresse du travail de la demanderesse).
""", V=lambda H: (lambda c: f"{_lp(H.pick(FIRST[c]))}.{_lp(H.pick(LAST[c]))}@{H.pick(DOM_PRO)}")(H.c(COMM_QC)))


# ==========================================================================
# TELEPHONE
# ==========================================================================
K = "telephone"

fam(K, "tirets", """
Rappeler la sinistrée au {V} après 17 h.
Numéro laissé par le propriétaire : {V}.
Le fils de la dame peut être joint au {V}.
Le citoyen a appelé du {V} pour signaler l'eau dans sa cour.
""", V=g_phone(("tiret",)))

fam(K, "parentheses", """
Joindre le demandeur au {V} pour fixer la visite.
Cellulaire du propriétaire : {V}.
Tél. : {V} (laisser un message)
Le voisin qui a donné l'alerte : {V}.
""", V=g_phone(("par", "plus2")))

fam(K, "espaces", """
Son numéro : {V}, il répond seulement le soir.
Rappel demandé au {V}.
Le locataire n'a pas de cellulaire; téléphone de sa sœur {V}.
Numéro de la ferme : {V}.
""", V=g_phone(("esp", "mix")))

fam(K, "points", """
Numéro écrit sur la porte : {V}.
Contact d'urgence : {V}.
Tél. {V} — préfère les textos.
La dame du chalet nous a laissé le {V}.
""", V=g_phone(("pt",)))

fam(K, "chiffres_colles", """
tel={V}
Numéro saisi sans séparateurs : {V}.
Le système a enregistré le {V} comme numéro de rappel.
Rappel automatique vers {V} échoué.
""", V=g_phone(("colle", "plus1")))

fam(K, "international", """
Numéro fourni : {V} (format international).
Le propriétaire rappelle de Floride au {V}.
Whatsapp du demandeur : {V}.
Call back at {V}.
""", V=g_phone(("un", "plus", "plus2", "plus1")))

fam(K, "sept_chiffres_local", """
Dans le rang, tout le monde a le même indicatif : la dame est au {V}.
Téléphone de la maison : {V} (pas d'indicatif donné).
Le vieux monsieur a juste donné le {V}.
Appelez au {V}, c'est le téléphone du chalet.
""", V=g_phone(("local",)))

fam(K, "postes_extensions", """
La demanderesse est joignable au travail : {V}.
Rappeler au {V} entre 9 h et 16 h.
Numéro donné : {V}.
Téléphone de jour : {V}.
""", V=lambda H: (lambda a, e, l: f"{fmt_phone(H, a, e, l, H.c(('tiret', 'par', 'esp')))} {H.c(('poste', 'p.', 'ext.', '#', 'poste'))} {H.r(10, 9999)}")(*phone_core(H)))

fam(K, "en_lettres_dictee", """
numéro de la dame {V} c'est ça
rappeler au {V} dès que possible
le numéro de son cellulaire est {V}
il a dit {V} je répète pour être sûr
""", V=lambda H: (lambda a, e, l: H.c((
    " ".join(DIG_FR[int(c)] for c in a + e + l),
    f"{' '.join(DIG_FR[int(c)] for c in a)}, {' '.join(DIG_FR[int(c)] for c in e)}, {' '.join(DIG_FR[int(c)] for c in l)}",
    f"{' '.join(DIG_FR[int(c)] for c in a)} {fr_num(int(e))} {fr_num(int(l[:2]))} {fr_num(int(l[2:]))}")))(*phone_core(H)))

fam(K, "satellite_nord_et_mer", """
Téléphone satellite du camp de chasse : {V}.
Le capitaine du crabier est joignable par Iridium au {V}.
Sat phone at the hunting camp: {V}.
Le trappeur a laissé le numéro de son téléphone satellite : {V}.
""", V=lambda H: H.c((f"+881 6{H.r(1, 9)} {H.r(100, 999)} {H.r(1000, 9999)}", f"+8816 {H.r(1000, 9999)} {H.r(1000, 9999)}",
                      f"+870 77{H.r(1000000, 9999999)}", f"8816{H.r(10000000, 99999999)}")))

fam(K, "formulaire_aplati", """
tel_maison={V};cell={V2};mun={ville}
Téléphone: {V} | Cellulaire: {V2}
[TEL1]={V} [TEL2]={V2}
tel="{V}" autre="{V2}" pref="cell"
""", V=g_phone(("tiret", "colle", "par")), V2=g_phone(("tiret", "colle", "esp")))

fam(K, "fragment_csv", """
{isodate};{V};{ville};rappeler
"{V}","{ville}","non joint"
{nn},{V},rappel=oui
tel,mun¶{V},{ville}
""", V=g_phone(("tiret", "colle", "par", "esp")))

fam(K, "joual_sms", """
textez moi au {V} jai pu de batterie
cé le {V} ma fille
appelle mon chum au {V} y sait toute
mon cell cé {V} ok
""", V=g_phone(("colle", "esp", "tiret", "local")), post="flower")

fam(K, "ocr_numerise", """
Formulaire scanné — téléphone : {V}
Page 1 (scan) No de tél. {V}
COPIE OCR — rappeler au {V}
Registre papier : tél. {V}
""", post="ocr", V=lambda H: ocr_noise(H.rng, g_phone(("tiret", "par", "esp"))(H), 0.3))

fam(K, "signatures_courriel", """
Merci¶--¶Tél. : {V}¶Cell. : {V2}
Bonne journée.¶{V} (maison)
Cordialement,¶C : {V}
Envoyé de mon iPhone¶{V}
""", V=g_phone(("tiret", "par", "pt", "esp")), V2=g_phone(("tiret", "par", "pt")))

fam(K, "anglais", """
Call her back at {V}, she is at her daughter's.
His number is {V}, leave a voicemail.
Caller ID showed {V}.
Best to reach the owner at {V} after 6.
""", V=g_phone(("tiret", "par", "pt", "esp")))

fam(K, "rappel_releve", """
Relève : rappeler le {V} (dame inquiète pour son chat).
À faire demain matin : retour d'appel au {V}.
Pas réussi à joindre le {V}, boîte vocale pleine.
Rappel fait au {V} à {heure}, message laissé.
""", V=g_phone(("tiret", "par", "esp", "mix")))

fam(K, "plusieurs_numeros", """
Maison : {V} / cellulaire : {V2}.
Joindre la mère au {V} ou le père au {V2}.
Numéros donnés : {V}, {V2}.
Premier contact {V}; si pas de réponse, {V2}.
""", V=g_phone(("tiret", "par", "esp")), V2=g_phone(("tiret", "par", "esp")))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Numéro à rappeler pour le transport : {V}. {phrase} {phrase}
{phrase} {phrase} {phrase} Le locataire demande qu'on le rappelle au {V}. {phrase} {phrase}
{phrase} {phrase} La voisine a laissé son numéro, {V}, pour les nouvelles. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} Le propriétaire du chalet est joignable au {V}. {phrase}
""", V=g_phone(("tiret", "par", "esp")))

fam(K, "partiels_derniers_chiffres", """
Le numéro de rappel se termine par {V}, le reste est illisible.
Cellulaire finissant par {V} selon l'afficheur.
Appel manqué d'un numéro se terminant par {V}.
La dame a donné juste les derniers chiffres : {V}.
""", V=lambda H: H.c((f"{H.r(0, 9999):04d}", f"{H.r(200, 989)}-{H.r(0, 9999):04d}", f"{H.c(AREA)}-XXX-{H.r(0, 9999):04d}")))

fam(K, "separateurs_bizarres", """
Numéro recopié de la boîte vocale : {V}.
Le numéro {V} a été ajouté à la liste d'appel automatisée.
Tél. du propriétaire (tel quel) : {V}.
Numéro de rappel : {V}
""", V=g_phone(("slash", "under", "dash")))

fam(K, "debut_fin_de_cellule", """
{V} — rappeler pour l'inspection.
{V}: pas de réponse, réessayer.
Dernier numéro connu du sinistré : {V}
Rejoindre la fille de l'occupante au {V}
""", V=g_phone(("tiret", "par", "esp", "colle")))

fam(K, "groupements_etrangers", """
Numéro écrit à l'européenne par le demandeur : {V}.
Le nouvel arrivant a donné son numéro ainsi : {V}.
Tél. noté par l'interprète : {V}.
Numéro du parrain de la famille réfugiée : {V}.
""", V=g_phone(("eu", "odd")))

# ==========================================================================
# PLAQUE
# ==========================================================================
K = "plaque"
NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf", "H": "Hotel",
        "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa", "R": "Romeo", "S": "Sierra",
        "T": "Tango", "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee", "Z": "Zulu"}
PRENOMS_EPEL = {"A": "Alice", "B": "Berthe", "C": "Charles", "D": "David", "E": "Eugène", "F": "François", "G": "Gaston",
                "H": "Henri", "J": "Joseph", "K": "Kilo", "L": "Louis", "M": "Marcel", "N": "Nicolas", "P": "Pierre",
                "R": "Raoul", "S": "Suzanne", "T": "Thérèse", "V": "Victor", "W": "William", "X": "Xavier", "Y": "Yvonne",
                "Z": "Zoé"}

fam(K, "quebec_lettres_chiffres", """
Véhicule du sinistré laissé dans le stationnement de l'aréna, plaque {V}.
Pick-up immatriculé {V} coincé dans l'eau sur le rang {n}.
Voiture {V} stationnée devant la borne-fontaine, propriétaire avisé.
Le conducteur de la {V} a forcé la barrière de la {route}.
""", V=lambda H: plate(H, "qc_abc123"))

fam(K, "quebec_chiffres_lettres", """
Immatriculation relevée : {V} (Québec).
Auto {V} abandonnée sur l'accotement de la {route}.
Le VUS {V} appartient au locataire du sous-sol.
Remorquage du véhicule {V} demandé par la municipalité.
""", V=lambda H: plate(H, "qc_123abc"))

fam(K, "quebec_nouveau_format", """
Plaque {V} captée par la caméra du poste de contrôle.
Le véhicule {V} a été vu quittant le secteur évacué.
Voiture grise, plaque {V}, inscrite au registre du centre.
Constat d'infraction remis au propriétaire du {V}.
""", V=lambda H: plate(H, "qc_new"))

fam(K, "commerciales_et_lourds", """
Camion-remorque {V} bloqué au pont, chauffeur relocalisé au motel.
Le camion de livraison {V} a été autorisé à franchir le barrage routier.
Contrôle routier : camion lourd {V}, charge non arrimée.
Le fourgon {V} du sinistré transporte ses outils.
""", V=lambda H: plate(H, "qc_comm"))

fam(K, "autres_provinces", """
Véhicule de l'Ontario, plaque {V}, garé au quai.
Plaque du Nouveau-Brunswick {V} relevée au camping évacué.
Voiture ontarienne {V} : les occupants sont des visiteurs.
Immatriculation hors Québec ({V}, Ont.) notée au barrage.
""", V=lambda H: H.c((plate(H, "on"), plate(H, "nb"))))

fam(K, "americaines_snowbirds", """
Motorisé immatriculé en Floride ({V}) stationné au camping.
Pick-up avec plaque du Vermont {V}, propriétaire introuvable.
Véhicule américain {V} laissé devant le chalet.
Florida plate {V} on the trailer at lot 14.
""", V=lambda H: plate(H, "us"))

fam(K, "personnalisees", """
La Mustang avec la plaque personnalisée {V} est toujours dans le garage inondé.
Plaque {V} signalée par le voisin, véhicule en travers du chemin.
On reconnaît le pick-up de l'occupant à sa plaque {V}.
Le motorisé {V} a servi d'abri à la famille pendant deux nuits.
""", V=g_pool(PERSO))

fam(K, "partielles_temoins", """
Le témoin n'a retenu qu'une partie de la plaque : {V}.
Délit de fuite : plaque partielle {V}, véhicule rouge.
Caméra de la station-service : plaque commençant par {V}.
Plaque incomplète notée par la voisine : {V}.
""", V=lambda H: H.c((f"{_L(H, 3)}", f"{_L(H, 1)}{_D(H, 2)}", f"***{_D(H, 3)}", f"{_L(H, 3)} 4??".replace("4", str(H.r(0, 9))),
                      f"{_D(H, 2)}? {_L(H, 2)}?", f"?{_D(H, 2)} {_L(H, 3)}")))

fam(K, "alphabet_radio", """
Plaque transmise par radio : {V}.
Répartition : véhicule suspect, plaque {V}, direction nord.
L'agent épelle la plaque : {V}.
Vérif demandée sur {V}.
""", V=lambda H: (lambda p: H.c((" ".join(NATO.get(c, c) for c in p.replace(" ", "")),
                                   "-".join(NATO.get(c, c) for c in p.replace(" ", "")),
                                   ", ".join(f"{c} comme {PRENOMS_EPEL[c]}" if c in PRENOMS_EPEL else c for c in p.replace(" ", "")))))(
    plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc")))))

fam(K, "minuscules_sans_espace", """
plaque {V} vue devant le dépanneur
le char {V} est encore dans la cour du voisin
vehicule {V} bloque le chemin
immat {V} a verifier
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))).replace(" ", "").lower(), post="flower")

fam(K, "formulaire_aplati", """
immat={V};marque=Ford;couleur=gris;remorque=non
Plaque: {V} | Marque: Toyota | Année: 2014
[IMMATRICULATION]={V} [PROV]=QC
vehicule.plaque="{V}" vehicule.statut="submergé"
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))))

fam(K, "fragment_csv", """
{isodate};{V};{ville};remorqué
"{V}","QC","{ville}","abandonné"
{nn},{V},fourrière=oui
plaque,mun¶{V},{ville}
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc", "on"))))

fam(K, "ocr_numerise", """
Constat numérisé — immatriculation : {V}
Avis de remorquage (scan) plaque {V}
COPIE OCR : véhicule {V}
Registre papier du stationnement : {V}
""", post="ocr", V=lambda H: ocr_noise(H.rng, plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))), 0.35))

fam(K, "radio_police", """
10-28 sur {V}, retour : aucun signalement.
Interception du {V} sur la {route}, conducteur coopératif.
Véhicule {V} — 10-29 négatif.
Patrouille 21 : suivi du {V} vers le secteur évacué.
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))))

fam(K, "remorques_motoneiges_vtt", """
Remorque {V} arrachée par le vent, retrouvée dans le fossé.
Motoneige immatriculée {V} retrouvée près du lac.
VTT {V} saisi au barrage pendant l'évacuation.
La remorque {V} du sinistré contient ses effets personnels.
""", V=lambda H: H.c((f"R{_D(H, 5)}{_L(H, 1)}", f"RC{_D(H, 5)}", f"M{_D(H, 4)}{_L(H, 1)}", f"V{_D(H, 4)}{_L(H, 2)}", f"VTT {_D(H, 5)}")))

fam(K, "taxis_et_motos", """
Taxi {V} a transporté la dame jusqu'au centre.
Moto {V} renversée dans la cour, propriétaire absent.
Le chauffeur du taxi {V} a aidé à l'évacuation.
Motocyclette {V} retrouvée dans le stationnement de l'école.
""", V=lambda H: H.c((f"T{_D(H, 5)}", f"T {_D(H, 5)}", f"TXM {_D(H, 3)}", plate(H, "qc_moto"))))

fam(K, "joual_sms", """
ya un pickup avec la plaque {V} qui tourne autour des maisons vides
cé le char a mon beau frère {V}
le gars dans le {V} a pas voulu arreter
prenez en note {V} cé louche
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))), post="flower")

fam(K, "anglais", """
Licence plate {V}, grey sedan, parked at the wharf.
The truck with plate {V} left before the police arrived.
Plate number {V} belongs to the cottage owner.
Owner of vehicle {V} is staying at the reception centre.
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "on", "us"))))

fam(K, "vehicules_abandonnes", """
Véhicule abandonné immatriculé {V}, eau jusqu'aux portières.
Auto {V} emportée par le courant, retrouvée 300 m plus loin.
Les pompiers ont vérifié l'habitacle du {V} : vide.
Remorquage du {V} reporté à la décrue.
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))))

fam(K, "tirets_et_points", """
Plaque notée : {V}.
Le citoyen signale le véhicule {V} stationné depuis trois jours.
Immatriculation {V} inscrite au rapport de l'agent.
Plaque {V} (écrite ainsi par le témoin).
""", V=lambda H: (lambda p: H.c((p.replace(" ", "-"), ".".join(p.split(" ")[0]) + ". " + p.split(" ")[1], p.replace(" ", "."))))(
    plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc")))))

fam(K, "dictee_vocale", """
plaque du véhicule {V} voiture rouge
le pick-up {V} a passé la barrière
note la plaque {V} c'est le véhicule du propriétaire
je répète {V} direction sud
""", post="dictee", V=lambda H: (lambda p: " ".join(DIG_FR[int(c)] if c.isdigit() else c for c in p.replace(" ", "")))(
    plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc")))))

fam(K, "plusieurs_vehicules", """
Deux véhicules dans l'entrée : {V} et {V2}.
Collision entre le {V} et le {V2} au coin de la rue.
Véhicules des occupants : {V}, {V2}.
Le {V} a poussé le {V2} hors de l'eau.
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))), V2=lambda H: plate(H, H.c(("qc_abc123", "qc_new"))))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Le pick-up immatriculé {V} a été déplacé par la voirie. {phrase} {phrase}
{phrase} {phrase} {phrase} Un véhicule immatriculé {V} bloque encore l'accès au quai. {phrase} {phrase}
{phrase} {phrase} La patrouille a noté la plaque {V} près du barrage. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} L'auto du locataire ({V}) est restée dans le stationnement inondé. {phrase}
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))))

fam(K, "debut_fin_de_cellule", """
{V} — véhicule remorqué à la fourrière municipale.
{V}: propriétaire joint, déplacera le véhicule.
Dernier véhicule vu dans la zone évacuée : {V}
Remorquage confirmé pour la plaque {V}
""", V=lambda H: plate(H, H.c(("qc_abc123", "qc_new", "qc_123abc"))))


# ==========================================================================
# IDENTIFIANT
# ==========================================================================
K = "identifiant"


def luhn_check(d9):
    s = 0
    for k, c in enumerate(d9):
        x = int(c) * (2 if k % 2 else 1)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def nas_digits(H):
    while True:
        d = str(H.c((1, 2, 2, 2, 4, 5, 6, 7, 9))) + _D(H, 7)
        for c in range(10):
            if luhn_check(d + str(c)):
                return d + str(c)


def fmt_nas(H, d, style=None):
    style = style if style is not None else H.r(0, 3)
    return [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d, f"{d[:3]}.{d[3:6]}.{d[6:]}"][style]


def ramq(H, sep=None):
    c = H.c(COMM_ALL)
    la = re.sub(r"[^A-Z]", "", strip_acc(H.pick(LAST[c])).upper())
    fi = strip_acc(H.pick(FIRST[c]))[0].upper()
    la = (la + "XXX")[:3]
    y, m, d = dob(H, 1925, 2020)
    mm = m + (50 if H.p(0.5) else 0)
    core = f"{la}{fi}{y % 100:02d}{mm:02d}{d:02d}{H.r(10, 99)}"
    sep = sep if sep is not None else H.c((" ", "", " ", "-"))
    return sep.join((core[:4], core[4:8], core[8:])) if sep else core


def permis(H):
    c = H.c(COMM_QC)
    l = strip_acc(H.pick(LAST[c]))[0].upper()
    y, m, d = dob(H, 1935, 2006)
    return H.c((f"{l}{_D(H, 4)}-{d:02d}{m:02d}{y % 100:02d}-{_D(H, 2)}", f"{l}{_D(H, 4)}{d:02d}{m:02d}{y % 100:02d}{_D(H, 2)}",
                f"{l}{_D(H, 4)} {d:02d}{m:02d}{y % 100:02d} {_D(H, 2)}"))


def code_perm(H):
    c = H.c(COMM_ALL)
    la = (re.sub(r"[^A-Z]", "", strip_acc(H.pick(LAST[c])).upper()) + "XXX")[:3]
    fi = strip_acc(H.pick(KIDS))[0].upper()
    y, m, d = dob(H, 2005, 2020)
    return f"{la}{fi}{d:02d}{m + (50 if H.p(0.5) else 0):02d}{y % 100:02d}{_D(H, 2)}"


fam(K, "nas_formats", """
NAS du demandeur : {V}, vérifié avec la lettre de Service Canada.
Le sinistré a inscrit son numéro d'assurance sociale ({V}) sur le formulaire.
Dépôt de l'aide financière lié au NAS {V}.
Numéro d'assurance sociale fourni au téléphone : {V}.
""", V=lambda H: fmt_nas(H, nas_digits(H)))

fam(K, "carte_ramq", """
Carte soleil de l'usager : {V}, exp. 2027.
No d'assurance maladie {V} — inscription au CLSC temporaire.
RAMQ : {V} (carte perdue dans l'incendie).
Le demandeur a donné son numéro RAMQ {V} pour son inscription au centre.
""", V=lambda H: ramq(H))

fam(K, "permis_de_conduire", """
Permis de conduire du conducteur : {V}.
No de permis {V} inscrit au constat.
Le propriétaire a présenté son permis ({V}) au barrage.
Pièce d'identité : permis {V}.
""", V=permis)

fam(K, "dossier_aide_financiere", """
Dossier d'aide financière du sinistré : {V}, avance de 2 000 $ versée.
Votre numéro de dossier est le {V}; conservez-le pour vos échanges.
La demanderesse (dossier {V}) conteste le montant accordé.
Réclamation du propriétaire au programme général : {V}.
""", V=lambda H: H.c((f"AFS-20{H.r(17, 24)}-{H.r(1, 99999):05d}", f"PGIAF-{H.r(17, 24)}-{H.r(1000, 99999)}",
                      f"{H.r(17, 24)}-{H.r(100, 999)}-{H.r(10000, 99999)}", f"SIN-{H.r(100000, 999999)}")))

fam(K, "reclamation_assurance", """
No de réclamation de l'assuré : {V}.
Police d'assurance habitation du sinistré : {V}.
Expert mandaté sur le dossier {V}, visite jeudi.
L'assurée cite son numéro de police {V}.
""", V=lambda H: H.c((f"HAB-{H.r(1000000, 9999999)}", f"{_L(H, 2)}{H.r(100000, 999999)}-{H.r(1, 9)}",
                      f"R{H.r(10, 99)}-{H.r(100000, 999999)}", f"{H.r(10000000, 99999999)}-001")))

fam(K, "detenu_sge_fps", """
Détenu no {V} transféré lors de l'évacuation de l'établissement.
Numéro FPS du contrevenant : {V}.
Le délinquant (SED {V}) se rapporte au bureau de libération.
Registre des transferts : {V}, cellule 2-B.
""", V=lambda H: H.c((f"{H.r(100000, 999999)}", f"FPS {H.r(100000, 999999)}{_L(H, 1)}", f"{H.r(100000, 999999)}{_L(H, 1)}",
                      f"SGD-{H.r(1000000, 9999999)}")))

fam(K, "coordonnees_bancaires", """
Dépôt direct : {V}.
Coordonnées bancaires pour l'aide financière : {V}.
Le sinistré a fourni un spécimen de chèque ({V}).
Remboursement versé au compte {V}.
""", V=lambda H: H.c((f"transit {H.r(10000, 99999)}, institution 815, compte {H.r(100000, 9999999)}",
                      f"{H.c(('003', '006', '815', '001', '002', '004', '010'))}-{H.r(10000, 99999)}-{H.r(1000000, 9999999)}",
                      f"folio {H.r(100000, 999999)}, caisse {H.r(30000, 39999)}",
                      f"inst. {H.c(('815', '006', '003'))} / transit {H.r(10000, 99999)} / compte {H.r(1000000, 9999999)}")))

fam(K, "statut_indien", """
Numéro d'inscription (statut) de la sinistrée : {V}.
Carte de statut présentée au centre : {V}.
Le bureau de bande confirme le numéro de registre {V}.
Certificat sécurisé de statut indien no {V}.
""", V=lambda H: f"{H.r(100, 999)}{H.r(10000, 99999)}{H.r(1, 9):02d}")

fam(K, "beneficiaire_cbjnq", """
Numéro de bénéficiaire de la Convention de la Baie-James : {V}.
Beneficiary number {V}, registered with the local band office.
Inscrit au programme de sécurité du revenu des chasseurs cris, no {V}.
Numéro d'inscription Makivik : {V}.
""", V=lambda H: H.c((f"{H.r(10000, 99999)}", f"CB-{H.r(10000, 99999)}", f"JBNQA {H.r(100000, 999999)}", f"E{H.r(1, 9)}-{H.r(100, 999)}")))

fam(K, "code_permanent_eleve", """
Code permanent de l'élève évacué : {V}.
Inscription temporaire à l'école d'accueil, code permanent {V}.
Le centre de services scolaire a transmis le dossier {V}.
Élève relocalisé ({V}), transport à organiser.
""", V=code_perm)

fam(K, "client_hydro_et_services", """
Numéro de client Hydro-Québec du sinistré : {V}.
Compte d'électricité {V} suspendu pendant l'évacuation.
Le propriétaire demande le report de la facture du compte {V}.
No de contrat d'Énergir : {V}.
""", V=lambda H: H.c((f"{H.r(1000, 9999)} {H.r(1000, 9999)} {H.r(100, 999)}", f"{H.r(100000000, 999999999)}",
                      f"{H.r(1000, 9999)}-{H.r(1000, 9999)}-{H.r(100, 999)}")))

fam(K, "dossier_hospitalier", """
No de dossier à l'hôpital : {V}.
Usager {V} relocalisé avec son dossier vers {ville}.
Dossier CLSC de la résidente : {V}.
La travailleuse sociale fait référence au dossier {V}.
""", V=lambda H: H.c((f"{H.r(100000, 999999)}", f"HDQ-{H.r(100000, 999999)}", f"DME {H.r(1000000, 9999999)}", f"{_L(H, 2)}{H.r(100000, 999999)}")))

fam(K, "greffe_tribunal", """
Dossier de la cour : {V}, l'accusé comparaît jeudi.
Le prévenu (no {V}) est en liberté sous conditions.
Mandat émis dans le dossier {V}.
Ordonnance de probation, dossier {V}.
""", V=lambda H: f"{H.c(('500', '200', '100', '450', '705', '150', '650'))}-{H.c(('01', '73', '36'))}-{H.r(100000, 999999):06d}-{H.r(17, 24)}{H.r(1, 9)}")

fam(K, "immigration_demandeurs_asile", """
UCI du demandeur d'asile hébergé au motel : {V}.
Document du demandeur (IUC {V}) remis à l'intervenante.
La famille (UCI {V}) a perdu ses documents dans l'incendie.
Numéro de client IRCC : {V}.
""", V=lambda H: H.c((f"{H.r(1000, 9999)}-{H.r(1000, 9999)}", f"{H.r(10, 99)}-{H.r(1000, 9999)}-{H.r(1000, 9999)}",
                      f"{H.r(10000000, 99999999)}")))

fam(K, "passeport", """
Passeport du propriétaire : {V}, exp. 2029.
Le demandeur n'a qu'un passeport étranger ({V}).
Pièce d'identité vérifiée : passeport {V}.
Numéro de passeport noté au registre : {V}.
""", V=lambda H: H.c((f"{_L(H, 2)}{_D(H, 6)}", f"{_L(H, 1)}{_D(H, 8)}", f"{_D(H, 2)}{_L(H, 2)}{_D(H, 5)}")))

fam(K, "formulaire_aplati", """
nas={V};ramq={V2};mun={ville}
NAS: {V} | RAMQ: {V2} | Statut: relogé
[NAS]={V} [NAM]={V2}
identite.nas="{V}" identite.nam="{V2}"
""", V=lambda H: fmt_nas(H, nas_digits(H)), V2=lambda H: ramq(H))

fam(K, "fragment_csv", """
{isodate};{V};{ville};aide versée
"{V}","{ville}","ouvert"
{nn},{V},nas_valide=oui
nas,mun¶{V},{ville}
""", V=lambda H: fmt_nas(H, nas_digits(H), H.c((0, 1, 2))))

fam(K, "dictee_vocale", """
son numéro d'assurance sociale c'est {V}
NAS du demandeur {V} je répète
numéro d'assurance maladie {V} selon la carte
le numéro de dossier est {V}
""", post="dictee", V=lambda H: " ".join(DIG_FR[int(c)] for c in nas_digits(H)))

fam(K, "ocr_numerise", """
Formulaire scanné — NAS : {V}
COPIE OCR — No assurance maladie : {V}
Page numérisée : numéro de dossier {V}
Fiche d'identité (scan) {V}
""", post="ocr", V=lambda H: ocr_noise(H.rng, H.c((fmt_nas(H, nas_digits(H), 0), ramq(H, " "))), 0.3))

fam(K, "joual_sms", """
mon nas cé {V} si vous en avez besoin
ma carte soleil {V} jlai pu la carte elle a brulé
le numéro de mon dossier cé {V} ok
ma mère son numéro d'assurance maladie cé {V}
""", post="flower", V=lambda H: H.c((fmt_nas(H, nas_digits(H), 2), ramq(H, ""), fmt_nas(H, nas_digits(H), 0))))

fam(K, "anglais", """
SIN: {V}, confirmed with the applicant.
Health card number {R}, expires next year.
His claim number is {C}.
Driver's licence {D} shown at the checkpoint.
""", V=lambda H: fmt_nas(H, nas_digits(H)), R=lambda H: ramq(H), D=permis, C=lambda H: f"CLM-{H.r(100000, 999999)}")

fam(K, "dossiers_police", """
Plaignante au dossier {V}, déclaration prise.
Le suspect (dossier {V}) a été libéré sur promesse.
Suivi du dossier {V} : victime relogée.
La victime cite son numéro de dossier de police {V}.
""", V=lambda H: H.c((f"{H.r(10, 99)}-{H.r(170101, 241231)}-{H.r(1, 999):03d}", f"SQ-{H.r(100, 999)}-{H.r(170101, 241231)}-{H.r(1, 99):03d}",
                      f"PDQ{H.r(1, 50)}-{H.r(17, 24)}-{H.r(1000, 9999)}")))

fam(K, "matricules_employes", """
Matricule de l'employée bénévole réaffectée : {V}.
Le travailleur (matricule {V}) a été réaffecté au centre d'hébergement.
Carte d'employé {V} trouvée sur les lieux.
Paie d'urgence versée au matricule {V}.
""", V=lambda H: H.c((f"{H.r(10000, 999999)}", f"E{H.r(10000, 99999)}", f"MAT-{H.r(1000, 99999)}")))

fam(K, "cartes_de_paiement", """
Carte de crédit du sinistré se terminant par {V}, achat d'urgence remboursé.
Carte Visa {V} utilisée pour réserver le motel.
Carte de débit {V} perdue dans l'inondation.
Paiement refusé sur la carte {V}.
""", V=lambda H: H.c((f"{H.r(0, 9999):04d}", f"4{_D(H, 3)} **** **** {_D(H, 4)}", f"5{_D(H, 3)} {_D(H, 4)} {_D(H, 4)} {_D(H, 4)}",
                      f"**** {_D(H, 4)}")))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Numéro de dossier à citer par la sinistrée : {V}. {phrase} {phrase}
{phrase} {phrase} {phrase} Le dossier d'aide financière du sinistré porte le numéro {V}. {phrase} {phrase}
{phrase} {phrase} Le demandeur a fourni son NAS, {V}, au comptoir. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} Carte d'assurance maladie de l'usager : {V}. {phrase}
""", V=lambda H: H.c((fmt_nas(H, nas_digits(H)), ramq(H), f"AFS-20{H.r(17, 24)}-{H.r(1, 99999):05d}")))

# ==========================================================================
# LIEN FAMILIAL
# ==========================================================================
K = "lien_familial"

REL = P("""la fille|le fils|la femme|le mari|le chum|la blonde|le beau-frère|la belle-sœur|le gendre|la bru|le neveu|
la nièce|le cousin|la cousine|le petit-fils|la petite-fille|la mère|le père|la veuve|le conjoint|la conjointe|
le filleul|la filleule|l'oncle|la tante|la grand-mère|le grand-père|le demi-frère|la demi-sœur|le beau-père|
la belle-mère|le frère jumeau|la sœur|le frère|le beau-fils|la belle-fille|le plus jeune|la plus vieille""")
REL_VOIS = P("""la voisine|le voisin|le voisin d'en face|la voisine d'en haut|le locataire|la locataire|le coloc|
la coloc|le pensionnaire|la pensionnaire|le proprio|l'ancien locataire|la gardienne des enfants|
l'homme à tout faire""")
REL_EX = P("""l'ex|l'ancien chum|l'ancienne blonde|la nouvelle blonde|le nouveau chum|l'ex-mari|l'ex-femme|
l'ex-conjoint|la nouvelle conjointe|l'ancienne flamme|le futur mari|la fiancée""")
PERS_MUN = P("""du maire|de la mairesse|du préfet|de la directrice générale de la municipalité|du greffier|
de la conseillère municipale du district 3|du conseiller du quartier|de l'inspecteur municipal|
du directeur des travaux publics|de la secrétaire-trésorière|du coordonnateur des mesures d'urgence|
de l'ancien maire|du député|de la députée|du chef pompier|de la directrice du centre d'hébergement""")
PERS_COM = P("""de la pharmacienne|du garagiste|du propriétaire du dépanneur|de la boulangère|de la directrice de la caisse|
du gérant de l'épicerie|du propriétaire de la pourvoirie|du dentiste du village|de la coiffeuse|du vétérinaire|
de la notaire|du notaire|du boucher|de la propriétaire du casse-croûte|du propriétaire de la quincaillerie|
du gérant de la SAQ|de la fleuriste|du propriétaire du motel|de l'opticienne|du propriétaire de la station-service""")
PERS_ECOLE = P("""de l'éducatrice|de la directrice de la garderie|du concierge de l'école|de l'enseignante de 4e année|
de la brigadière|du directeur de l'école|de la directrice de la polyvalente|du chauffeur d'autobus scolaire|
de la secrétaire de l'école|du prof d'éduc|de l'orthopédagogue|de la technicienne du service de garde""")
PERS_SECU = P("""du sergent du poste|du lieutenant de la caserne 2|de l'ambulancier de garde|du capitaine de la SQ|
de la répartitrice du 911|du policier de la patrouille de nuit|de la pompière volontaire|du directeur du poste|
du chef aux opérations|de l'agent de la faune|du garde-côte|de la coroner""")
PERS_REL = P("""du curé|du pasteur|de l'imam de la mosquée|du rabbin|du marguillier|de la sacristine|du diacre|
de la présidente de la Fabrique|du ministre du culte de l'église pentecôtiste|de la religieuse du couvent""")
PERS_AUT = P("""du chef|de la cheffe|du grand chef|de l'aîné qui siège au conseil|du coordonnateur des mesures d'urgence de la communauté|
du gardien du territoire|de l'agent de la police autochtone|de la directrice du centre de santé|
du conseiller responsable du territoire|de la directrice de l'école de la communauté|du maître de trappe""")
PERS_EN = P("""mayor|nurse|co-op manager|pastor|school principal|fire chief|band council chief|police officer|
priest|store manager|bush pilot|mechanic|teacher|harbour master|Ranger patrol leader""")
REL_EN = P("""son|daughter|wife|husband|brother-in-law|sister-in-law|nephew|niece|cousin|grandson|granddaughter|
girlfriend|boyfriend|stepson|mother-in-law|ex-wife""")
PERS_MER = P("""du capitaine du crabier|du propriétaire de l'érablière|du producteur laitier du rang 4|
du gérant de l'usine de poisson|de la propriétaire de la bleuetière|du capitaine du homardier|
du président de la coop agricole|de l'agronome de la coop|du propriétaire de la ferme porcine|
du capitaine du traversier|du pilote du Saint-Laurent|du gardien du phare""")
PERS_CEL = P("""du gardien de but des Remparts|du chanteur de Star Académie du village|de la météorologue de TVA|
de l'animateur de la radio communautaire|de la joueuse de l'équipe olympique de hockey|
du champion de tir de tracteurs|de la chroniqueuse du journal local|du lutteur du village|
de la gagnante de La Voix|du capitaine de l'Océanic|de l'humoriste du coin""")
PERS_CORR = P("""de l'agent de probation|du gardien de l'établissement|du directeur de la prison|
de l'agente de libération conditionnelle|de la commissaire aux libérations|du surveillant de nuit de la maison de transition|
de l'aumônier de l'établissement|du juge de la cour municipale""")


PERS_MC = PERS_MUN + PERS_COM
REL_JOUAL = P("la blonde|le chum|le gars|la fille|le beau-frère|la belle-sœur|le frère|la sœur")
PERS_JOUAL = P("boss de la scierie|maire|curé|gérant du Métro|pharmacien|chef pompier|propriétaire du garage|directeur de l'école|gars de la voirie|boss de la shop|coach de hockey")


def split_art(r):
    for a in ("la ", "le ", "les ", "l'", "L'"):
        if r.startswith(a):
            return a, r[len(a):]
    return "", r


def g_lien(rels, pers):
    def f(H):
        a, n = split_art(H.pick(rels))
        return f"{a}[[{n} {H.pick(pers)}]]"
    return f


fam(K, "titres_municipaux", """
C'est {V} qui a refusé de quitter la maison du bord de l'eau.
Selon les bénévoles, {V} aurait obtenu une chambre avant tout le monde.
On a aperçu {V} dans la zone évacuée après le couvre-feu.
On nous signale que {V} a perdu son chalet dans le feu du {date}.
""", V=g_lien(REL, PERS_MUN))

fam(K, "commerces_du_village", """
Le bateau qui a chaviré près de {ville} appartient à {V}.
{V} était à la maison quand l'eau a monté.
La chienne perdue appartient à {V}; avis affiché au centre.
{V} a appelé trois fois pour savoir quand la rue rouvrira.
""", V=g_lien(REL, PERS_COM))

fam(K, "possessif_a_quebecois", """
C'est {V} qui a vu le feu partir en premier.
{V} a encore sa roulotte au camping évacué.
Tout le monde sait que {V} reste dans le fond du rang.
{V} a appelé le 911 vers minuit.
""", V=lambda H: (lambda a, n: f"{a}[[{n} à " + H.c((H.pick(FIRST['fr']), f"{H.pick(FIRST['fr'])} {H.pick(LAST['fr'])}", H.pick(LAST['fr']))) + "]]")(
    *split_art(H.c(('le gars', 'la fille', 'le plus vieux', 'la petite', 'la femme', 'le beau-frère', 'la plus jeune', 'le chum', 'la blonde', 'le petit', 'la grande', 'le jeune')))))

fam(K, "voisinage", """
{V} a donné l'alerte en voyant la fumée vers {heure}.
L'eau est entrée chez {V} pendant la nuit.
{V} héberge trois sinistrés dans son sous-sol.
Appel reçu de {V}, inquiétude pour le chat resté dans la maison.
""", V=g_lien(REL_VOIS, PERS_MUN + PERS_COM + PERS_REL))

fam(K, "belle_famille", """
{V} est sorti(e) en bateau avec ses deux chiens.
Le dossier d'aide de {V} est bloqué depuis un mois.
On a logé {V} au motel du village.
{V} n'a pas voulu signer le refus d'évacuer.
""", V=g_lien(P("""le beau-frère|la belle-sœur|le gendre|la bru|le beau-père|la belle-mère|le beau-fils|la belle-fille|
la belle-sœur par alliance|l'ancien beau-frère"""), PERS_ECOLE + PERS_MUN))

fam(K, "premiere_personne", """
Le citoyen précise : « je suis {V}, je veux pas de passe-droit ».
Commentaire de l'appelante au {date} : c'est moi {V}, vous me reconnaissez sûrement.
Courriel reçu : Bonjour, je suis {V} et j'aimerais savoir où en est mon dossier.
Note : la personne s'est présentée comme {V}.
""", V=g_lien(REL, PERS_MUN + PERS_COM))

fam(K, "conseils_autochtones", """
{V} fait partie des évacués envoyés vers {ville} avec les aînés.
Le canot de {V} a été retrouvé sur la rivière.
{V} n'a pas quitté le camp malgré l'avis du conseil.
Selon la radio communautaire, {V} a pu rejoindre {ville}.
""", V=lambda H: (lambda a, n, c: f"{a}[[{n} {H.pick(PERS_AUT)} {'d' + chr(39) if c[0] in 'AEIOUÉaeiou' else 'de '}{c}]]")(*split_art(H.pick(REL)), H.c(COMMUNAUTES)))

fam(K, "possessif_anglais_nord", """
The {V} was flown out of {villenord} this morning.
Apparently the {V} is still at the hunting camp.
The {V} called the shelter asking for a room.
We were told the {V} lost everything in the fire.
""", V=lambda H: f"{H.pick(PERS_EN)}'s {H.pick(REL_EN)}")

fam(K, "ecole_et_garderie", """
{V} a quitté le service de garde en dernier, vers {heure}.
La famille de {V} est hébergée au gymnase de l'école.
{V} a aidé à vider les classes du sous-sol.
On a retrouvé le sac de {V} dans l'autobus.
""", V=g_lien(REL, PERS_ECOLE))

fam(K, "police_pompiers_ambulanciers", """
{V} habite une des maisons évacuées, discrétion demandée.
La maison de {V} a été touchée par le glissement.
On a vu {V} filmer le périmètre de sécurité.
Selon la rumeur, {V} était au volant de la voiture accidentée.
""", V=g_lien(REL, PERS_SECU))

fam(K, "ex_et_nouveaux_conjoints", """
{V} refuse d'héberger les enfants pendant l'évacuation.
La plainte a été déposée contre {V}.
{V} s'est présenté(e) au centre avec une valise.
On a aperçu {V} devant la maison inondée.
""", V=g_lien(REL_EX, PERS_COM + PERS_MUN))

fam(K, "genealogie_madelinienne", """
C'est {V} qui a sorti les cages du bassin avant la tempête.
{V} reste encore dans la maison sur la butte.
On a relogé {V} chez un cousin à Fatima.
Appel de {V} pour le toit arraché.
""", V=lambda H: (lambda a, n: f"{a}[[{n} à {H.pick(FIRST['iles'])} {H.pick(LAST['iles'])}]]")(*split_art(H.c(('la bru', 'le gendre', 'la veuve', 'le petit-fils', 'la fille', 'le garçon', 'la plus vieille', "l'aîné")))))

fam(K, "parrains_et_marraines", """
{V} a organisé la collecte de vêtements.
Le jeune qui a donné l'alarme, c'est {V}.
{V} a demandé une exemption pour rester sur place.
On a trouvé {V} dans la salle d'attente à {heure}.
""", V=g_lien(P("""le filleul|la filleule|le parrain|la marraine|le parrain de confirmation|la marraine de cœur"""),
              PERS_MUN + PERS_COM + PERS_REL))

fam(K, "generations", """
Les pompiers ont secouru {V} dans la maison de la 2e Avenue.
{V} vit seul(e) depuis l'automne.
On a relogé {V} dans une résidence privée de {ville}.
{V} demande des nouvelles de son chalet.
""", V=g_lien(P("""le petit-fils|la petite-fille|la grand-mère|le grand-père|l'arrière-grand-mère|le petit-neveu|
la petite-nièce|l'arrière-petit-fils"""), PERS_CEL + PERS_MUN))

fam(K, "colocs_et_pensionnaires", """
On a vu {V} sortir des meubles de la maison évacuée.
La chambre de {V} est au sous-sol, inondée.
{V} réclame ses effets restés dans le logement.
On cherche {V}, introuvable depuis le feu.
""", V=g_lien(P("""le coloc|la coloc|le pensionnaire|la pensionnaire|le chambreur|la chambreuse|le sous-locataire"""),
              PERS_COM + PERS_REL + PERS_SECU))

fam(K, "joual_sms", """
cé {V} qui a appelé pour le feu
{V} yé encore dans sa maison lol
jai vu {V} sortir avec des boites
{V} dit quya pu de place chez eux
""", post="flower", V=lambda H: f"{H.pick(REL_JOUAL)} au {H.pick(PERS_JOUAL)}")

fam(K, "formulaire_aplati", """
lien_personne_connue={V};mun={ville};note=discrétion
Personne liée: {V} | Confidentialité: élevée
[LIEN]={V} [SIGNALÉ_PAR]=voisin
relation="{V}" priorite="normale"
""", V=g_lien(REL, PERS_MUN + PERS_COM + PERS_SECU))

fam(K, "milieu_correctionnel", """
Le contrevenant est {V}, conflit d'intérêts à signaler.
Visite refusée à l'entrée : {V}.
Le résident de la maison de transition est {V}.
Le dossier de {V} est confié à un autre bureau.
""", V=g_lien(REL, PERS_CORR))

fam(K, "peche_et_agriculture", """
{V} n'a pas voulu quitter le bateau malgré la tempête.
La grange de {V} a brûlé pendant la nuit.
{V} a aidé à sortir les vaches de l'étable inondée.
La maison de {V} au bord du quai a été endommagée.
""", V=g_lien(REL, PERS_MER))

fam(K, "celebrites_locales", """
{V} était parmi les évacués de la rue du Quai.
Les journalistes demandent si {V} loge au centre.
{V} a publié une vidéo de l'inondation depuis son salon.
On a relogé {V} à l'hôtel pour éviter les curieux.
""", V=g_lien(REL, PERS_CEL))

fam(K, "chaines_doubles", """
{V} a réservé la dernière chambre du motel.
C'est {V} qui s'occupe des chiens du refuge.
La maison de {V} est la seule sans assurance.
{V} a déposé une plainte contre la municipalité.
""", V=lambda H: (lambda a, n: f"{a}[[{n} {H.c(('de la femme', 'du mari', 'de la fille', 'du fils', 'de la sœur', 'du frère', 'de la blonde', 'du chum'))} {H.pick(PERS_MC)}]]")(*split_art(H.pick(REL))))

fam(K, "communautes_religieuses", """
{V} loge au sous-sol de l'église depuis le {date}.
{V} a organisé la soupe populaire pour les sinistrés.
Selon la communauté, {V} a trouvé refuge chez des proches à {ville}.
{V} n'a pas donné signe de vie depuis sa visite au chalet.
""", V=g_lien(REL, PERS_REL))

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} La chambre réservée à {V} a été libérée ce matin. {phrase} {phrase}
{phrase} {phrase} {phrase} Selon les voisins, {V} serait encore dans la maison. {phrase} {phrase}
{phrase} {phrase} La chaloupe a été prêtée par {V}. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} On nous a dit que {V} avait reçu une chambre en priorité. {phrase}
""", V=g_lien(REL, PERS_MUN + PERS_COM))

fam(K, "debut_fin_de_cellule", """
{V} — relogement au motel, facture à la municipalité.
{V} : demande de discrétion au centre.
Personne rencontrée au barrage : {V}
Appel reçu à 3 h du matin de {V}
""", V=g_lien(REL, PERS_MUN + PERS_SECU + PERS_COM))


# ==========================================================================
# LIEU DE TRAVAIL
# ==========================================================================
K = "lieu_travail"

EMPLOI = P("""au [[CHSLD de Matane]]|à l'[[aluminerie d'Alma]]|chez [[Cascades à Kingsey Falls]]|
à la [[scierie de Saint-Fulgence]]|à l'[[usine Olymel de Vallée-Jonction]]|au [[Walmart de Rimouski]]|
à l'[[hôpital de Chicoutimi]]|au [[IGA de Baie-Comeau]]|chez [[Bombardier à La Pocatière]]|
à la [[SAQ de Sept-Îles]]|au [[bureau de poste de Causapscal]]|chez [[Premier Tech à Rivière-du-Loup]]|
à la [[fromagerie de Saint-Fidèle]]|chez [[Agropur à Granby]]|chez [[Exceldor à Saint-Anselme]]|
à la [[caisse Desjardins de Matane]]|au [[garage municipal de Lévis]]|à la [[Ville de Gatineau]]|
chez [[Résolu à Baie-Comeau]]|à l'[[école secondaire de Forestville]]|au [[cégep de Rimouski]]|
chez [[Alcoa à Deschambault]]|chez [[Domtar à Windsor]]|au [[Canadian Tire de Val-d'Or]]|
au [[Costco de Lévis]]|chez [[Kruger à Trois-Rivières]]|à la [[papetière de Dolbeau]]|
à l'[[abattoir de Yamachiche]]|chez [[Lassonde à Rougemont]]|au [[Maxi de Roberval]]""")
FILL["quart"] = QUARTS = P("""fait les quarts de nuit|travaille de soir|est sur le 12 heures|fait du temps partiel les fins de semaine|
travaille sur le chiffre de jour|fait le shift de 4 à minuit|est de garde la fin de semaine|
travaille en rotation 4-4|rentre à 6 h tous les matins""")

fam(K, "emploi_employeur_ville", """
{quic} travaille {V}, retour au travail prévu le {date}.
Le propriétaire est machiniste {V} et ne peut pas s'absenter avant {jour}.
La sinistrée du rang {n} travaille comme commis {V}.
Selon sa sœur, le locataire est contremaître {V}.
Lettre d'employeur demandée pour l'occupant du logement {n}, qui travaille {V}.
""", V=EMPLOI)

fam(K, "quarts_et_horaires", """
Le monsieur {quart} {V}, il peut seulement venir au centre le matin.
La dame du lit {n} {quart} {V}; rappeler après 16 h.
Le locataire {quart} {V}, sa blonde s'occupe du dossier.
Le demandeur {quart} {V} et dort le jour; ne pas appeler avant {heure}.
""", V=EMPLOI)

fam(K, "uniforme_reconnu", """
L'homme qui aidait à remplir les sacs à {ville} portait {V}.
La dame est arrivée au centre vers {heure} avec {V}, directement après sa journée.
On a reconnu le suspect à {V}.
Le bénévole du quart de {heure} était encore en {V}.
""", V=P("""son uniforme de [[Postes Canada]]|son chandail du [[Tim Hortons de la route 132]]|sa veste de [[Purolator]]|
son dossard de [[Transports Québec]]|l'habit de travail de la [[Ville de Lévis]]|son uniforme de [[Brink's]]|
sa chemise de l'[[IGA de Sainte-Anne-des-Monts]]|le sarrau du [[CLSC de Forestville]]|son polo de [[Canadian Tire]]|
son manteau d'[[Hydro-Québec]]|le casque de [[Rio Tinto]]|le chandail de la [[pharmacie Uniprix de Matane]]|
la veste orange de [[Pomerleau]]|la tuque de la [[Coop de Saint-Ubalde]]|l'uniforme de [[Sécuritas]] du port|
le polo du [[Super C de Jonquière]]"""))

fam(K, "vehicule_de_l_employeur", """
Il est arrivé sur place à {heure} avec {V}.
La voisine dit que le propriétaire part tous les matins avec {V}.
Présence de {V} devant la maison du sinistré depuis {n} jours.
Le locataire a évacué sa famille vers {ville} dans {V}.
""", V=P("""son camion d'[[Hydro-Québec]]|le pick-up de la [[municipalité de Chertsey]]|la fourgonnette de [[Bell]]|
le camion de [[Vidéotron]]|la voiture de service du [[CISSS du Bas-Saint-Laurent]]|le camion de la [[Coop de Saint-Ubalde]]|
le dix-roues de [[Transport Morneau]]|l'autobus d'[[Autobus Maheux]]|le camion de livraison de [[Purolator]]|
la camionnette de [[Telus]]|le camion-benne de [[Sintra]]|la minifourgonnette de la [[SPCA de l'Estrie]]|
le pick-up de [[Pêches et Océans]]|le camion de [[Gaz Métro]]|le camion de [[Desgagnés]]"""))

fam(K, "premiere_personne", """
Commentaire du demandeur : « je travaille {V}, je peux pas manquer une autre journée ».
Message : bonjour, je suis employé {V} et j'ai besoin d'une lettre pour mon employeur.
Le citoyen écrit : j'ai commencé {V} la semaine passée.
Note vocale : je suis infirmière {V}, rappelez-moi entre mes quarts.
""", V=EMPLOI)

fam(K, "benevolat_et_volontariat", """
Note sur la personne hébergée au lit {n} : {V}, a continué d'aider même après avoir perdu sa maison.
Implication déclarée par l'occupant(e) du rang {n} : {V} depuis dix ans.
Sinistré(e) de {ville} — {V}, connaît bien le secteur.
Selon le voisin, la personne qui habite le chalet est {V}.
""", V=P("""bénévole à la [[Croix-Rouge de Rimouski]]|pompier volontaire à la [[caserne de Saint-Ubalde]]|
bénévole au [[comptoir alimentaire de Matane]]|bénévole à la [[Société Saint-Vincent de Paul de Lévis]]|
pompière volontaire à la [[caserne de Sainte-Anne-des-Monts]]|bénévole au [[centre d'action bénévole de Montmagny]]|
premier répondant au [[service des premiers répondants de Saint-Pamphile]]|bénévole au [[Club de motoneige de Dolbeau]]|
bénévole à la [[popote roulante de Chicoutimi]]|sauveteur bénévole de la [[Garde côtière auxiliaire à Tadoussac]]|
bénévole à la [[friperie de la paroisse Saint-Jean]]|
bénévole à la [[Maison des jeunes de Cabano]]|pompier volontaire à la [[caserne de Lac-Etchemin]]|
bénévole au [[Club des petits déjeuners de Jonquière]]|guide bénévole au [[Musée de la mer de Pointe-au-Père]]|
membre de la [[brigade de sauvetage nautique de Sorel]]|bénévole à la [[Ressourcerie de Lévis]]|
bénévole au [[centre de tri de la Croix-Rouge à Laval]]"""))

fam(K, "anciens_emplois_retraites", """
Antécédents d'emploi du sinistré du rang {n} : {V}.
Profil de l'occupant(e) relogé(e) à {ville} : {V}.
Selon la famille : {V}, connaît bien la digue.
Propriétaire de la maison du bord de l'eau : {V}.
""", V=P("""retraité de l'[[Alcan d'Arvida]]|un ancien de la [[mine de Thetford]]|ancienne infirmière de l'[[hôpital de Gaspé]]|
ex-employé de [[Résolu à Clermont]]|retraité de la [[Ville de Québec]]|ancien chauffeur pour [[Orléans Express]]|
retraitée de l'[[école Saint-Rosaire d'Amqui]]|retraité du [[CN à Joliette]]|ancien policier de la [[SQ de Mont-Laurier]]|
retraité de la [[papetière de Port-Alfred]]|ancienne caissière de la [[Caisse populaire de Causapscal]]|
ex-contremaître chez [[Norbord à La Sarre]]|
retraité de la [[Stadacona à Limoilou]]|ancienne enseignante de la [[polyvalente de Matane]]|
retraité de [[Bombardier à Valcourt]]|ancien mineur de la [[mine Doyon]]|retraitée du [[Mouvement Desjardins à Lévis]]|
ancien capitaine de la [[traverse de Matane]]|retraité de [[Hydro-Québec à Baie-Comeau]]|
ancienne préposée du [[CHSLD de Chandler]]"""))

fam(K, "travailleurs_saisonniers", """
Le travailleur étranger temporaire employé {V} est hébergé dans le dortoir inondé.
Trois travailleurs saisonniers {V} n'ont pas de voiture pour évacuer vers {ville}.
Le jeune homme travaille pour la saison {V} depuis {mois}.
La travailleuse guatémaltèque {V} demande un interprète au centre de {ville}.
""", V=P("""à la [[ferme maraîchère de Sherrington]]|à l'[[usine de crabe de Cap-aux-Meules]]|à la [[bleuetière de Saint-Félicien]]|
au [[verger de Rougemont]]|aux [[serres de Sainte-Clotilde]]|à la [[ferme de fraises de l'île d'Orléans]]|
à l'[[usine de poisson de Rivière-au-Renard]]|à la [[pourvoirie du Lac-Sainte-Marie]]|à la [[cannerie de Saint-Rémi]]|
au [[vignoble de Dunham]]|à la [[pépinière de Saint-Paul-d'Abbotsford]]|
à la [[ferme de bleuets de Normandin]]|à la [[cidrerie de Saint-Joseph-du-Lac]]|aux [[serres de Mirabel]]|
à l'[[usine de pétoncles de Havre-Saint-Pierre]]|à la [[ferme de canneberges de Lemieux]]|
au [[centre de ski du Mont-Comi]]|à la [[ferme maraîchère de Saint-Michel]]"""))

fam(K, "etudiants_emplois_d_ete", """
L'étudiante a un emploi d'été {V}, elle loge chez son oncle à {ville}.
Le cégépien travaille {V} la fin de semaine.
L'étudiant étranger travaille {V} et vit en résidence depuis {mois}.
La jeune sauveteuse travaille {V}, quart de {heure}.
""", V=P("""au [[camping municipal de Matane]]|au [[Dairy Queen de Magog]]|à la [[plage de Saint-Gabriel]]|
au [[Tim Hortons de Rimouski]]|au [[McDonald's de Saint-Georges]]|au [[parc de la Gaspésie]]|
au [[Village québécois d'antan]]|à la [[piscine municipale de Granby]]|au [[IGA de Baie-Saint-Paul]]|
au [[bureau d'information touristique de Percé]]|au [[golf de Carleton]]|au [[Jardin zoologique de Saint-Félicien]]|
au [[Festival western de Saint-Tite]]|au [[casse-croûte de la plage de Métis]]|au [[Subway de Val-d'Or]]|
au [[terrain de camping de Percé]]|au [[marché public de Sherbrooke]]|au [[club de golf de Rivière-du-Loup]]"""))

fam(K, "camionneurs", """
Le chauffeur {V} dort dans sa cabine au relais de la {route}.
Le camionneur, qui roule {V}, est bloqué par la fermeture du pont de {ville}.
Le conducteur du semi-remorque immobilisé au km {km} travaille {V}.
Le routier qui conduit {V} a aidé à dégager la route.
""", V=P("""pour [[Transport Bourassa de Saint-Jean]]|chez [[Groupe Robert]]|pour [[Transport Morneau de Saint-Arsène]]|
chez [[TFI Transport]]|pour [[Transport Jacques Auger]]|chez [[Transport Guilbault]]|pour [[Transport Gilmyr]]|
chez [[Transport Hervé Lemieux]]|pour les [[Transports Laberge]]|pour [[Transport Boutin à Laval]]|
chez [[Transport Grimard]]|pour [[Transport Gaston Ouellet]]|chez [[Transport Besner]]|
pour [[Transport Matte]]|chez [[Transport Lyon]]|pour [[Transport Lacombe de Mont-Laurier]]|
chez [[Trans-West]]|pour [[Camionnage Cloutier de Saint-Pascal]]"""))

fam(K, "peche_et_agriculture", """
Occupation de la personne évacuée de {ville} : {V}, parti(e) avant l'avis de tempête.
Selon le registre du centre, l'occupant(e) du lit {n} : {V}.
Conjoint(e) de la sinistrée : {V}, resté(e) à l'étable.
Note au dossier : {V}, commence à 4 h le matin.
""", V=P("""aide-pêcheur sur le [[crabier de Rivière-au-Renard]]|ouvrière à l'[[érablière du rang 6 de Saint-Pierre-Baptiste]]|
employé de la [[ferme laitière Bovinex de Saint-Anselme]]|matelot sur le [[homardier de Grande-Rivière]]|
trayeuse à la [[ferme Lait-Bec de Saint-Hyacinthe]]|journalier à la [[porcherie de Saint-Elzéar]]|
employé de la [[coop agricole de Sainte-Claire]]|pêcheur sur le [[chalutier de Matane]]|
ouvrière à l'[[usine de homard de L'Étang-du-Nord]]|aide à la [[cabane à sucre de Saint-Joachim]]|
matelot sur le [[crevettier de Sept-Îles]]|employée de la [[ferme avicole de Saint-Félix]]|
ouvrier à la [[bergerie de l'Isle-Verte]]|journalière à la [[pisciculture de Saint-Alexis]]|
aide-pêcheur sur le [[caseyeur de Cap-aux-Meules]]|vacher à la [[ferme Beauséjour de Saint-Lambert]]"""))

fam(K, "nord_et_communautes", """
Liste des évacués de {villenord} : une personne qui {V}, doit rentrer dès la réouverture de l'aéroport.
Selon la liste, une personne hébergée qui {V}.
The evacuee from {villenord} {E}, she needs a letter for her employer.
The young man {E} and was on shift when the fire started.
""", V=P("""travaille pour [[Makivik à Kuujjuaq]]|travaille au [[bureau du conseil de bande de Wemotaci]]|
est enseignante à l'[[école Jaanimmarik]]|travaille chez [[Air Inuit à Kuujjuaq]]|
est agent au [[corps de police de Mashteuiatsh]]|travaille à la [[coop de Salluit]]|
travaille au [[centre de santé de Manawan]]|est chauffeur pour la [[Nation crie de Mistissini]]"""),
    E=P("""works for the [[Cree Board of Health in Chisasibi]]|works at the [[Northern store in Salluit]]|
is a teacher at [[Kativik Ilisarniliriniq in Inukjuak]]|works for the [[Northern Village of Tasiujaq]]|
works at the [[airport in Puvirnituq]]|is a guard at the [[Eeyou Eenou police station in Waswanipi]]|
works at the [[band office in Kahnawake]]|works for [[First Air cargo in Kuujjuaq]]"""))

fam(K, "mines_chantiers_fifo", """
Le conjoint fait du fly-in fly-out {V}, il est absent jusqu'au {date}.
Le locataire travaille {V} en rotation 14-14.
Le propriétaire est parti travailler {V}, personne à la maison du rang {n}.
L'électricien travaille {V} et revient {jour}.
""", V=P("""à la [[mine Raglan]]|au [[chantier de la Romaine]]|à la [[mine Éléonore]]|au [[camp Manic-5]]|
à la [[mine Canadian Malartic]]|chez [[ArcelorMittal au mont Wright]]|chez [[IOC à Labrador City]]|
à la [[mine Niobec de Saint-Honoré]]|à la [[mine LaRonde]]|au [[projet Nouveau Monde à Saint-Michel-des-Saints]]|
à la [[mine Renard]]|au [[chantier de Hydro-Québec à Apuiat]]|
à la [[mine Westwood]]|à la [[mine Casa Berardi]]|au [[camp de la Sarcelle]]|chez [[Tata Steel à Schefferville]]|
à la [[mine Goldex de Val-d'Or]]|au [[chantier naval Davie de Lévis]]"""))

fam(K, "anglais", """
The tenant at unit {n} {V}, night shift.
Neighbour says the owner {V}.
She {V}, she can't take time off before {jour}.
The volunteer from {ville} {V}.
""", V=P("""works at the [[Walmart in Sept-Îles]]|works at the [[Tim Hortons in Huntingdon]]|works for [[Bombardier in La Pocatière]]|
is a nurse at the [[Gatineau hospital]]|drives for [[Purolator in Sherbrooke]]|works at the [[Metro in Lachute]]|
teaches at [[Alexander Galt Regional High School]]|works for the [[Town of Hudson]]|works at the [[paper mill in Thurso]]|
works at [[Kruger in Sherbrooke]]|is a cashier at [[Dollarama in Cowansville]]|
works at the [[IGA in Knowlton]]|works for [[Bishop's University]]|is a mechanic at the [[Ford garage in Shawville]]|
works at the [[Chelsea post office]]|drives for [[Kahnawake Transit]]|works at the [[Jewish General Hospital]]"""))

fam(K, "formulaire_aplati", """
employeur={V};horaire=nuit;mun={ville};occupants={n}
Employeur: {V} | Lettre d'absence: oui | Date: {isodate}
[EMPLOYEUR]={V} [POSTE]=journalier [ANCIENNETE]={n}
emploi.employeur="{V}" emploi.statut="temps plein" emploi.mun="{ville}"
""", V=P("""CHSLD de Matane|Aluminerie d'Alma|Cascades Kingsey Falls|Olymel Vallée-Jonction|Walmart Rimouski|
Hôpital de Chicoutimi|IGA Baie-Comeau|SAQ Sept-Îles|Postes Canada Causapscal|Premier Tech Rivière-du-Loup|
Agropur Granby|Résolu Baie-Comeau|Ville de Gatineau|Costco Lévis|Lassonde Rougemont|Maxi Roberval|Mine Raglan|Chantier Davie|Olymel Saint-Esprit|
Rona Val-d'Or|Pharmacie Uniprix Matane|CPE La Ribambelle|Municipalité de Chertsey|Transport Morneau"""))

fam(K, "fragment_csv", """
{isodate};{V};{ville};lettre employeur
"{V}","{ville}","temps plein"
{nn},{V},lettre_employeur=oui
employeur,mun¶{V},{ville}
""", V=P("""Alcoa Deschambault|Domtar Windsor|Canadian Tire Val-d'Or|Kruger Trois-Rivières|Papetière de Dolbeau|
Abattoir de Yamachiche|Fromagerie Saint-Fidèle|Bombardier La Pocatière|École secondaire de Forestville|
Cégep de Rimouski|Garage municipal de Lévis|Caisse Desjardins de Matane|Scierie de Saint-Fulgence"""))

fam(K, "joual_sms", """
mon chum travaille {V} y peut pas venir avant {heure}
jtravaille {V} jfinis a minuit
ma fille est {V} a va passer apres sa shift
le gars travaille {V} y connait tout le monde
""", post="flower", V=P("""su'a [[shop à Saint-Georges]]|au [[Canadian Tire à Rimouski]]|chez [[Cascades à Cabano]]|
à [[l'hôpital de Gaspé]]|au [[Walmart de Granby]]|au [[dépanneur du village à Chertsey]]|à [[l'usine à Princeville]]|
au [[moulin à Dolbeau]]|su'l [[chantier à Lévis]]|au [[Métro de Magog]]|au [[garage Ford à Amos]]|chez [[Maibec à Saint-Pamphile]]|
à la [[shop de portes à Saint-Apollinaire]]|au [[Tim à Matane]]|au [[Costco à Boucherville]]|chez [[Teknion à Montmagny]]"""))

fam(K, "fonction_publique", """
Emploi déclaré par la personne sinistrée : {V}; congé pour sinistre demandé.
Profil : {V}, réaffecté(e) au centre d'hébergement de {ville}.
Selon la liste des bénévoles du {date} : {V}.
Le voisin qui a donné l'alerte — {V}.
""", V=P("""commis au [[bureau de la SAAQ de Matane]]|agente à [[Services Québec de Gaspé]]|
fonctionnaire au [[ministère des Transports à Rimouski]]|agent au [[bureau de Revenu Québec de Jonquière]]|
technicienne au [[bureau régional du MSP à Sherbrooke]]|préposé au [[palais de justice d'Amos]]|
agente de la faune au [[bureau de Baie-Comeau]]|inspecteur à la [[CNESST de Longueuil]]|
secrétaire à l'[[hôtel de ville de Chertsey]]|répartitrice au [[centre 911 de Lévis]]|
commis à la [[Cour du Québec à Rimouski]]|agent au [[bureau de Service Canada à Gaspé]]|
technicien au [[Centre de services scolaire du Fleuve-et-des-Lacs]]|préposée à la [[SÉPAQ au parc du Bic]]|
agente au [[bureau de Postes Canada de Chibougamau]]|opérateur à l'[[usine d'épuration de Magog]]"""))

fam(K, "sante_et_education", """
Occupation de la sinistrée : {V}, de garde cette fin de semaine.
Occupation du père de famille relogé à {ville} : {V}.
Conjoint(e) du demandeur : {V}, ne peut pas quitter son poste.
Locataire du {n} : {V}, arrive d'un quart de douze heures.
""", V=P("""infirmière auxiliaire à l'[[urgence de l'hôpital de Gaspé]]|enseignante à l'[[école Saint-Rosaire d'Amqui]]|
TES à la [[polyvalente de Forestville]]|préposé au [[CHSLD Saint-Joseph de Lévis]]|
inhalothérapeute à l'[[hôpital de Rimouski]]|éducatrice au [[CPE Les Petits Pouces de Magog]]|
concierge au [[cégep de Jonquière]]|orthophoniste au [[CLSC de La Malbaie]]|
brigadière de l'[[école Notre-Dame de Roberval]]|cuisinière à la [[cafétéria de l'hôpital d'Amos]]|
infirmière au [[GMF de Sainte-Marie]]|enseignant à l'[[école des Quatre-Vents de Rivière-du-Loup]]|
préposée à l'[[hôpital de Maria]]|éducatrice au [[CPE La Ribambelle de Gaspé]]|
pharmacienne au [[Familiprix de Causapscal]]|professeur au [[cégep de Baie-Comeau]]"""))

fam(K, "signatures_courriel", """
Merci de votre aide.¶¶Technicienne en administration¶{V}¶Poste {nn}
Bonne journée¶--¶Contremaître¶{V} | quart de {heure}
Je vous reviens {jour}.¶Agente de bureau, {V}
Cordialement,¶Conseiller aux ventes¶{V}¶Succursale de {ville}
""", V=P("""Municipalité de Chertsey|Scierie Landrienne|Caisse Desjardins de Rimouski|Quincaillerie Rona de Matane|
Garage Toyota de Rivière-du-Loup|Pharmacie Jean Coutu de Gaspé|Centre de services scolaire des Monts-et-Marées|
Ferme Bovinex|Coop Purdel|Transport Morneau|Bureau de poste de Causapscal|MRC de La Matapédia|
Clinique vétérinaire de Magog|Rio Tinto, usine Grande-Baie|Ville de Saint-Georges|Fromagerie Perron|
Centre de services scolaire de la Beauce-Etchemin|Aéroport de Mont-Joli|Marché Tradition de Maniwaki|Résolu, division Saint-Félicien"""))

fam(K, "emploi_approuve_correctionnel", """
Emploi approuvé par la commission le {date} : journalier {V}.
Le contrevenant travaille {V}, horaire vérifié par l'agent.
Plan de sortie : retour au travail {V} dès {jour}.
Visite de l'agente au lieu de travail ({V}) à {heure}.
""", V=P("""chez [[Recyclage Vanier à Québec]]|à la [[cuisine de la Maison Painchaud]]|chez [[Récupération Frontenac à Thetford]]|
à la [[scierie de Saint-Michel-des-Saints]]|au [[lave-auto de la rue King à Sherbrooke]]|
chez [[Béton Provincial à Matane]]|à l'[[entrepôt de Super C à Boucherville]]|chez [[Démolition Gagnon à Lévis]]|
à la [[buanderie de l'hôpital de Jonquière]]|chez [[Meubles Idéal à Sainte-Marie]]|au [[garage Pneus Ratté de Lévis]]|
à la [[ferme des Ursulines à Loretteville]]|chez [[Canac à Beauport]]"""))

fam(K, "dictee_vocale", """
le propriétaire travaille {V} il demande une lettre pour son patron
la dame est caissière {V} elle commence à huit heures
le sinistré dit qu'il travaille {V} depuis vingt ans
sa conjointe travaille {V} de soir
""", post="dictee", V=EMPLOI)

fam(K, "longue_cellule_milieu", """
{phrase} {phrase} Le propriétaire travaille {V} et ne peut venir que le soir. {phrase} {phrase}
{phrase} {phrase} {phrase} Le locataire travaille {V} et rentre tard. {phrase} {phrase}
{phrase} {phrase} La sinistrée doit retourner travailler {V} lundi. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} Le seul occupant travaille de nuit {V}. {phrase}
""", V=EMPLOI)

fam(K, "postes_precis", """
La dame est affectée {V}, elle finit à {heure}.
Le jeune homme du logement {n} travaille {V}.
Selon le gérant, la sinistrée relogée à {ville} travaille {V} depuis 2019.
Le voisin du {nn} travaille {V}, il a reconnu le suspect.
""", V=P("""à la [[caisse 4 du Maxi de Rimouski]]|au [[poste 12 de la ligne d'embouteillage chez Lassonde]]|
au [[comptoir des viandes du Metro de Matane]]|au [[quai de chargement du Costco de Lévis]]|
au [[service à l'auto du McDonald's de Sainte-Marie]]|au [[comptoir postal de la pharmacie de Causapscal]]|
à la [[réception de l'hôtel Rimouski]]|au [[guichet de la gare de Sept-Îles]]|
à la [[boulangerie du IGA de Magog]]|au [[rayon jardin du Rona de Val-d'Or]]|
au [[comptoir de la SAQ de Baie-Saint-Paul]]|à la [[caisse rapide du Walmart de Saint-Georges]]|
au [[poste de péage du pont de l'A-25]]|à la [[pesée de la scierie de Saint-Fulgence]]|
au [[guichet 3 de la caisse Desjardins de Roberval]]|à l'[[accueil du CLSC de Sainte-Anne-des-Monts]]"""))

fam(K, "militaires_et_policiers", """
Propriétaire de la maison évacuée : {V}, rappelé(e) en renfort.
Emploi de la personne hébergée au lit {n} : {V}.
Conjoint(e) de la sinistrée : {V}, déployé(e) sur l'opération.
Locataire du {n} : {V}, en congé cette semaine.
""", V=P("""caporal à la [[base de Bagotville]]|policière au [[poste de la MRC de La Haute-Gaspésie]]|
réserviste aux [[Fusiliers de Sherbrooke]]|agent au [[poste de police de Kahnawake]]|
sergent à la [[base de Valcartier]]|policier au [[SPVM, PDQ 44]]|constable au [[poste de la SQ de Baie-Comeau]]|
pompier à la [[caserne 3 de Lévis]]|ambulancier chez [[Dessercom à Joliette]]|
garde-côte à la [[station de Rivière-au-Renard]]|
matelot au [[NCSM Montcalm]]|policier au [[poste de la SQ de Matane]]|pompière à la [[caserne de Rimouski-Est]]|
répartiteur au [[CAUREQ à Rimouski]]|ranger au [[détachement de Salluit]]|agent à la [[GRC de Sherbrooke]]"""))

# ==========================================================================
# PROPRE (aucun renseignement personnel, mais souvent l'air personnel)
# ==========================================================================
K = "propre"

VOIES_PERS = P("""rue Marie-Victorin|pont Pierre-Laporte|boulevard René-Lévesque|autoroute Jean-Lesage|pont Jacques-Cartier|
avenue Papineau|boulevard Henri-Bourassa|pont Laviolette|autoroute Félix-Leclerc|boulevard Wilfrid-Hamel|
pont Honoré-Mercier|autoroute Robert-Bourassa|pont Samuel-De Champlain|boulevard Maurice-Duplessis|
pont Gédéon-Ouimet|rue Émile-Nelligan|boulevard Lionel-Boulet|autoroute Claude-Béchard|pont Pie-IX|
boulevard Jean-XXIII|rue Jean-Talon|avenue Christophe-Colomb|boulevard Sir-Wilfrid-Laurier|route Marie-Victorin|
pont Viau|boulevard Louis-Fréchette|rue Georges-Vanier|boulevard Talbot""")
ECOLES_HOP = P("""école Félix-Leclerc|hôpital Charles-LeMoyne|Hôpital Maisonneuve-Rosemont|polyvalente Louis-Saint-Laurent|
cégep André-Laurendeau|école secondaire Jean-Jacques-Bertrand|Hôpital Pierre-Boucher|Hôpital Anna-Laberge|
CHU Sainte-Justine|Hôpital Jean-Talon|pavillon Marguerite-d'Youville|Hôpital Pierre-Le Gardeur|école Gabrielle-Roy|
Hôpital Honoré-Mercier|école secondaire Pierre-Dupuy|CHSLD Jeanne-Le Ber|école Joseph-François-Perrault|
Hôtel-Dieu d'Arthabaska|école Antoine-Roy|polyvalente Paul-Hubert|cégep Édouard-Montpetit|école Marie-Rivier|
école secondaire Mont-Sainte-Anne|école Jacques-Rousseau|Hôpital Laurier? de Val-d'Or""".replace("Hôpital Laurier? de Val-d'Or", "Hôpital de Val-d'Or"))
NAVIRES = P("""NGCC Amundsen|NGCC Pierre-Radisson|NGCC Louis S. St-Laurent|NGCC Des Groseilliers|NGCC Jean Goodwill|
NGCC Captain Molly Kool|NM F.-A.-Gauthier|traversier Joseph-Savard|NM Alphonse-Desjardins|NM Armand-Imbeau|
NM Jos-Deschênes|NM Catherine-Legardeur|CTMA Vacancier|Bella Desgagnés|NGCC Henry Larsen|NM Félix-Antoine-Savard|
NM Peter-Fraser|NGCC Ann Harvey|NM Lomer-Gouin|NM Grue-des-Îles|NGCC Samuel Risley|NM Radisson""")
TEMPETES = P("""la tempête post-tropicale Fiona|l'ouragan Lee|la tempête tropicale Dorian|la tempête Arthur|l'ouragan Larry|
la tempête Teddy|la tempête tropicale Ernesto|l'ouragan Irene|la tempête Sandy|la tempête post-tropicale Earl|
la tempête Philippe|l'ouragan Juan|la tempête Hanna|l'ouragan Ida|la tempête tropicale Debby|l'ouragan Dorian""")
MARQUES = P("""Jean Coutu|Patrick Morin|Brault & Martineau|Ameublements Tanguay|Germain Larivière|Benny & Co.|Cora|Vachon|
Normandin|St-Hubert|Tim Hortons|Desjardins|Bombardier|Pneus Robert Bernard|Mike's|Jos Louis|Ben & Jerry's|
Familiprix|Uniprix|Pharmaprix|Canadian Tire|Rona|Métro|Marie Clarisse? """.replace("|Marie Clarisse? ", ""))
ORGS_FAM = P("""la Maison de la famille|le Carrefour familial|l'Association des familles monoparentales et recomposées|
la Fédération des aînés|le Centre des femmes|Grands Frères Grandes Sœurs|la Maison des grands-parents|
le Regroupement des proches aidants|le Cercle de Fermières|les Petits Frères|la Maison des jeunes|
l'Association des retraités de l'enseignement|la Maison Parent-Aise|le Centre de pédiatrie sociale|
la Société Saint-Vincent de Paul|les Filles d'Isabelle|les Chevaliers de Colomb|le Club Optimiste|
le Club des Lions|la Fondation des Sœurs de Sainte-Anne|l'Entraide des grands-mères""")
ANIMAUX = P("""le chien Max|la chienne Bella|le chat Réglisse|la jument Princesse|le perroquet Coco|le labrador Rocky|
la chatte Minoune|le cheval Tonnerre|le husky Nanook|la vache Marguerite|le bouc Gaston|le lapin Caramel|
le berger allemand Rex|la chèvre Blanchette|le golden Charlie|le chat Félix|la chienne Daisy|le poney Caramel""")
LOIS = P("""la Loi sur la sécurité civile (RLRQ, c. S-2.3)|la Loi sur la sécurité civile visant à favoriser la résilience aux sinistres|
l'article 42 de la Loi sur la sécurité civile|le décret 1456-2023|l'arrêté ministériel 2023-045|
le Programme général d'indemnisation et d'aide financière lors de sinistres réels ou imminents|
l'article 328 du Code de la sécurité routière|l'article 48 de la Loi sur la police|le Règlement sur la prévention des incendies|
l'article 430 du Code criminel|la Loi sur le système correctionnel du Québec|le Règlement sur la sécurité des barrages|
le schéma de couverture de risques en sécurité incendie|le Plan national de sécurité civile""")
LIEUX_PERS = P("""Val-David|Lac-Édouard|Port-Cartier|Louiseville|Saint-Jean-de-Matha|Mont-Saint-Hilaire|Sainte-Catherine-de-Hatley|
Lac-Mégantic|Saint-Félicien|Saint-Michel-des-Saints|Sainte-Anne-des-Monts|Notre-Dame-du-Laus|Saint-Zotique|
Saint-Ambroise|Sainte-Adèle|Saint-Hippolyte|L'Isle-aux-Coudres|Saint-Gédéon|Sainte-Béatrix|Saint-Alphonse-Rodriguez|
Saint-Ubalde|Sainte-Perpétue|Saint-Léonard|Saint-Lin–Laurentides|Sainte-Thècle|Saint-Tite|Mont-Joli|Lac-Simon""")
BARRAGES = P("""la centrale Robert-Bourassa|le barrage Daniel-Johnson|la centrale René-Lévesque|le parc Jean-Drapeau|
le parc national de la Jacques-Cartier|la centrale Jean-Lesage|le barrage Mercier|la centrale Bersimis-1|
le réservoir Gouin|le barrage Hertel|le parc Maisonneuve|la promenade Samuel-De Champlain|le parc Marie-Victorin|
la réserve faunique Rouge-Matawin|le barrage Jean-Guérin""")
STATIONS = P("""Berri-UQAM|Lionel-Groulx|Georges-Vanier|Jean-Talon|Henri-Bourassa|Papineau|Honoré-Beaugrand|
Jean-Drapeau|Édouard-Montpetit|Montmorency|De La Savane|Cartier|De Castelnau|Charlevoix|Pie-IX|Jolicoeur""")
MASCOTTES = P("""Bonhomme Carnaval|Youppi!|Caillou|Passe-Partout|Pruneau et Cannelle|le père Noël|Bibi et Geneviève|
Ti-Gus et Ti-Mousse|le Bonhomme Sept Heures""")


def f_inst_adr(H):
    return f"{H.r(1, 2999)}, {H.c(('rue', 'boulevard', 'avenue'))} {H.c(RUES)}"


PFILL = dict(voie=VOIES_PERS, ecole=ECOLES_HOP, navire=NAVIRES, tempete=TEMPETES, marque=MARQUES, orgfam=ORGS_FAM,
             animal=ANIMAUX, loi=LOIS, lieu=LIEUX_PERS, barrage=BARRAGES, station=STATIONS, mascotte=MASCOTTES,
             instadr=f_inst_adr)
FILL.update(PFILL)

fam(K, "inondations_niveaux", """
Le niveau de la {riviere} a atteint {mm} cm au-dessus du seuil d'inondation mineure à {heure}.
Crue printanière : {nn} résidences isolées dans le secteur de {ville}, aucune évacuation obligatoire.
Le débit de la {riviere} est en baisse depuis {date}; la vigilance est maintenue.
Embâcle signalé sur la {riviere} en amont de {ville}; surveillance par drone prévue demain.
Levée de l'état d'urgence local à {ville} après la décrue.
""")

fam(K, "feux_de_foret_sopfeu", """
La SOPFEU combat {n} incendies actifs dans la zone intensive, dont {n} hors contrôle.
Interdiction de faire des feux à ciel ouvert en vigueur dans la région de {ville}.
Le feu no {evt} couvre maintenant {nn} hectares; la route {route} demeure ouverte.
Indice d'inflammabilité extrême; {n} avions-citernes basés à {ville}.
Fumée dense attendue sur {ville} en soirée selon la modélisation.
""")

fam(K, "incendies_sans_victime", """
Incendie de bâtiment agricole à {ville}, perte totale, aucun blessé.
Feu de cheminée maîtrisé en {n} minutes par le service incendie de {ville}.
Alarme générale à l'usine de {ville}; l'origine du feu est accidentelle.
Incendie d'un entrepôt désaffecté, enquête confiée au service de prévention.
Les pompiers de {ville} et de {ville} ont travaillé {n} heures sur l'incendie.
""")

fam(K, "voies_et_ponts_noms_de_personnes", """
Circulation ralentie sur le {voie} en raison des vents violents.
Fermeture complète du {voie} cette nuit pour inspection.
Le {voie} est inondé entre la 2e et la 5e Avenue; détour par la {route}.
Travaux de consolidation sur le {voie}, une voie ouverte dans chaque direction.
Accident sur le {voie}, aucun blessé, remorquage en cours.
""", post=())

fam(K, "ecoles_hopitaux_noms_de_personnes", """
Le gymnase de l'{ecole} est ouvert comme centre d'hébergement temporaire.
L'{ecole} fonctionne sur génératrice depuis {heure}.
L'évacuation préventive de l'{ecole} s'est déroulée sans incident.
Point de distribution d'eau dans le stationnement de l'{ecole}.
Les activités de l'{ecole} reprennent normalement lundi.
""")

fam(K, "navires_et_traversiers", """
Le {navire} a escorté trois cargos dans le chenal du lac Saint-Pierre.
Traversée annulée : le {navire} reste à quai à cause des glaces.
Le {navire} a livré une génératrice à {bcn}.
Le {navire} reprend son horaire régulier dès demain matin.
Le {navire} a déglacé l'embouchure de la {riviere}.
""")

fam(K, "tempetes_a_prenom", """
Bilan de {tempete} : {nn} clients sans électricité dans la région.
Préparation à {tempete} : les citoyens sont invités à sécuriser les objets extérieurs.
Les dommages causés par {tempete} sont admissibles au programme d'aide.
Le centre de coordination suit la trajectoire de {tempete} heure par heure.
Submersion côtière liée à {tempete} sur le littoral de {ville}.
""")

fam(K, "titres_sans_nom", """
{titre} a déclaré l'état d'urgence local à {heure}.
Rencontre prévue entre {titre} et les représentants du ministère.
Selon {titre}, la situation est stable.
{titre} demande aux citoyens de limiter leurs déplacements.
Le communiqué signé par {titre} sera diffusé ce soir.
""")

fam(K, "statistiques_par_groupe_d_age", """
Les 65 ans et plus représentent {pct} % des personnes hébergées.
Clientèle 0-5 ans : {nn} enfants inscrits au service de garde d'urgence.
La tranche des 18-34 ans est la plus présente parmi les bénévoles.
Les ménages de 75 ans et plus recevront un appel de courtoisie.
{pct} % des appels au 211 proviennent de personnes de 50 à 64 ans.
""")

fam(K, "equipements_et_materiel", """
Génératrice de 45 kW installée à la station de pompage.
{nn} sacs de sable et {n} motopompes livrés au garage municipal.
Remorque de lits de camp (modèle 2019) arrivée au centre.
Le camion-échelle 205 est hors service pour entretien.
Barrages gonflables de 30 m déployés le long de la {riviere}.
""")

fam(K, "organismes_mots_de_famille", """
{orgfam} de {ville} distribue des repas chauds à l'église.
Partenariat avec {orgfam} pour l'accueil des sinistrés.
{orgfam} recueille des dons de vêtements jusqu'à vendredi.
Les locaux de {orgfam} servent de point de service.
{orgfam} offre un service de répit pendant les travaux.
""")

fam(K, "animaux_et_noms_d_animaux", """
{animal} a été recueilli par la SPCA après l'évacuation du secteur.
Les pompiers ont sorti {animal} d'une grange inondée.
{animal} attend ses propriétaires au refuge temporaire.
Écurie évacuée : {animal} et {n} autres bêtes déplacés à {ville}.
Chiens et chats hébergés au refuge de {ville}, dont {animal}.
""")

fam(K, "references_legales", """
En vertu de {loi}, la municipalité peut ordonner l'évacuation.
Mesures prises conformément à {loi}.
L'aide est versée selon les modalités prévues par {loi}.
Consulter {loi} pour les délais applicables.
Rappel des obligations découlant de {loi}.
""")

fam(K, "codes_evenements", """
Événement {evt} fermé à {heure}.
Ouverture de l'événement {evt} pour la crue de la {riviere}.
Fusion des événements {evt} et {evt}.
Mise à jour de l'événement {evt} : aucune nouvelle intervention.
Suivi de l'événement {evt} transféré à la direction régionale.
""")

fam(K, "codes_ressemblant_plaques", """
Génératrice GEN-{nn} déplacée au poste de pompage P-{n}.
Secteur G{n}K fermé aux véhicules; borne BF-{nn} hors service.
Conteneur CNT {nn} ABC livré au site de dépôt.
Poteau Hydro no {nn}-{nn} endommagé sur la {route}.
Unité mobile UM-{n}{n} en route vers {ville}.
""")

fam(K, "numeros_institutionnels", """
Pour signaler une panne, composez le 1 800 790-2424.
Les citoyens peuvent joindre Services Québec au 1 877 644-4545.
En cas d'urgence, composez le 911; pour de l'information, le 211.
Info-Santé est accessible jour et nuit au 811.
Pour signaler un feu de forêt, composez le 1 800 463-3389.
""")

fam(K, "meteo_avertissements", """
Avertissement de pluie abondante : {mm} mm attendus d'ici demain soir.
Avertissement de vents violents, rafales jusqu'à 100 km/h sur le littoral.
Veille de tempête hivernale pour la région de {ville}.
Avertissement de chaleur extrême levé à {heure}.
Risque de pluie verglaçante sur {ville} en matinée.
""")

fam(K, "routes_fermetures", """
La {route} est fermée entre {ville} et {ville} en raison d'un affaissement.
Réouverture partielle de la {route} prévue à {heure}.
Détour obligatoire par la {route} pour les véhicules lourds.
Ponceau emporté sur la {route}, circulation en alternance.
Transports Québec déconseille les déplacements sur la {route}.
""")

fam(K, "hebergement_statistiques", """
{nn} personnes hébergées au centre de {ville} ce soir.
Occupation du centre d'hébergement : {pct} %.
{n} familles relogées à l'hôtel, {n} chez des proches.
Le centre de {ville} ferme ses portes; les derniers occupants ont été relogés.
Capacité maximale de {nn} lits atteinte à {centre}.
""")

fam(K, "programme_aide_financiere", """
Le programme couvre les dommages aux résidences principales non assurables.
Les demandes doivent être déposées dans les trois mois suivant le sinistre.
Une avance de 20 % peut être versée avant l'inspection.
Les résidences secondaires ne sont pas admissibles au programme.
Les frais d'hébergement temporaire sont remboursés selon un barème quotidien.
""")

fam(K, "police_operations_generales", """
Opération nationale concertée sur la vitesse dans la région de {ville}.
Patrouille nautique renforcée sur la {riviere} cette fin de semaine.
Barrages routiers en place aux entrées du secteur évacué.
Hausse de {pct} % des constats d'infraction pendant les vacances de la construction.
Aucun vol signalé dans la zone évacuée depuis {date}.
""")

fam(K, "centre_911_volumes", """
Le centre 911 a reçu {nn} appels entre {heure} et {heure}.
Délai moyen de réponse de {n} secondes au 911 pendant la tempête.
Les appels non urgents au 911 ont augmenté de {pct} %.
Renfort de {n} répartiteurs au centre secondaire d'appels d'urgence.
Panne du réseau cellulaire : le 911 demeure accessible par ligne fixe.
""")

fam(K, "correctionnel_general", """
L'établissement de détention de {ville} a une capacité de {nn} places.
Les visites sont suspendues jusqu'à nouvel ordre.
Exercice de confinement réalisé dans tous les secteurs de l'établissement.
Transfert préventif d'un secteur complet vers un autre établissement.
Le taux d'occupation des maisons de transition est de {pct} %.
""")

fam(K, "coordination_municipale", """
Réunion de l'organisation municipale de sécurité civile à {heure} à l'hôtel de ville.
Le plan de sécurité civile de {ville} a été activé au niveau 2.
Mission hébergement confiée à la Croix-Rouge; mission communication à la municipalité.
Prochaine conférence téléphonique régionale à {heure}.
Le centre de coordination passe en mode veille pour la nuit.
""")

fam(K, "marques_et_commerces_noms_de_personnes", """
La pharmacie {marque} de {ville} reste ouverte pour les sinistrés.
Le stationnement du {marque} sert de point de rassemblement.
Don de bouteilles d'eau de la part de {marque}.
Le restaurant {marque} offre des repas aux bénévoles.
Les employés du {marque} de {ville} ont été évacués par précaution.
""")

fam(K, "arenas_et_sports", """
L'aréna Jean-Béliveau sert de centre d'hébergement pour la nuit.
Le tournoi pee-wee est reporté à cause de la tempête.
Le Centre Vidéotron accueille la séance d'information régionale.
Le terrain de balle du parc municipal est utilisé comme héliport temporaire.
L'aréna Marcel-Dutil est fermé pour loger le matériel d'urgence.
""")

fam(K, "bilans_chiffres", """
Bilan : {nn} résidences inondées, {n} routes fermées, {n} municipalités touchées.
{nn} bâtiments inspectés, dont {n} jugés inhabitables.
Les dépenses d'urgence dépassent {nn} 000 $.
{pct} % des demandes d'aide ont été traitées.
{nn} bénévoles mobilisés depuis le début de l'événement.
""")

fam(K, "exercices_et_formation", """
Exercice d'évacuation de l'école prévu le {date} à {heure}.
Formation sur le système de commandement d'intervention pour les cadres municipaux.
Simulation de rupture de barrage avec les municipalités en aval.
Exercice de table sur un scénario de panne prolongée.
Test du système d'alerte à la population réalisé avec succès.
""")

fam(K, "communautes_autochtones_collectif", """
Le conseil de bande de {communaute} a déclenché son plan d'urgence.
Vols d'évacuation organisés depuis {communaute} vers {ville}.
La communauté de {communaute} accueille des évacués d'une communauté voisine.
Le centre de santé de {communaute} fonctionne normalement.
Entente de services d'incendie entre {communaute} et la municipalité voisine.
""")

fam(K, "logistique_du_nord", """
Le vol cargo vers {villenord} est retardé à cause du brouillard.
Réservoir de carburant de {villenord} rempli par le navire de ravitaillement.
La piste de {villenord} est fermée pour déneigement.
Livraison d'eau et de vivres prévue à {villenord} par avion.
Le village nordique de {villenord} a levé l'avis d'ébullition.
""")

fam(K, "agriculture_et_peche_collectif", """
Les producteurs de bleuets de la région déclarent des pertes importantes.
Ouverture de la pêche au crabe reportée d'une semaine à cause des glaces.
Les producteurs laitiers de {ville} ont dû jeter le lait faute de transport.
Les quais de {bcn} ont subi des dommages pendant la tempête.
Programme d'aide aux agriculteurs touchés par la sécheresse.
""")

fam(K, "transport_lourd_controles", """
Contrôle routier : {nn} camions inspectés, {n} mis hors service.
Restriction de charge en période de dégel en vigueur sur la {route}.
Halte routière de {ville} ouverte aux camionneurs bloqués.
Le convoi de camions-citernes est escorté jusqu'à {ville}.
Pesée mobile installée à l'entrée de {ville}.
""")

fam(K, "fermetures_ecoles", """
Le centre de services scolaire ferme {n} écoles en raison de la panne.
Les cours reprennent normalement mardi dans toutes les écoles du secteur.
Le transport scolaire est annulé pour la journée sur tout le territoire.
Les examens du ministère sont reportés d'une semaine.
Le service de garde d'urgence est offert dans deux écoles.
""")

fam(K, "dictee_vocale_propre", """
note vocale point de situation le niveau de la rivière baisse lentement on maintient la surveillance
rapport dicté fin de quart aucune nouvelle intervention le centre reste ouvert cette nuit
message pour le centre de coordination la route est rouverte dans les deux directions
dictée du chef d'équipe les sacs de sable sont livrés on attend la relève à sept heures
""", post="dictee")

fam(K, "releve_de_quart_propre", """
Relève 19 h : rien de particulier, {n} lits libres, génératrice vérifiée.
Passation de quart : inventaire des couvertures fait, commande à placer demain.
Quart de nuit calme. Ronde à {heure} et à {heure}, rien à signaler.
Pour l'équipe de jour : livraison de repas prévue à 11 h 30.
Relève : le chauffage du gymnase a été réglé à 21 degrés.
""")

fam(K, "formulaire_aplati_propre", """
type={sinistre_nu};statut=ouvert;mun={ville};niveau=2
Type: {sinistre_nu} | Priorité: moyenne | Région: 01
[EVT]={evt} [STATUT]=fermé [MAJ]={isodate}
champ_1:{ville}; champ_2:{sinistre_nu}; champ_3:non
""")

fam(K, "csv_propre", """
{isodate},{sinistre_nu},{ville},{nn},ouvert
"{ville}";"{sinistre_nu}";"{n}";"en cours"
{evt};{ville};{pct};fermé
mun,type,nb¶{ville},{sinistre_nu},{nn}
""")

fam(K, "ocr_propre", """
RAPPORT D'ÉVÉNEMENT (numérisé) — type : {sinistre_nu}, municipalité : {ville}
Page 2/4 — mesures prises : fermeture de la {route}
Avis public scanné — levée de l'avis d'ébullition à {ville}
Copie OCR du communiqué : la situation est sous contrôle
""", post="ocr")

fam(K, "franglais_propre", """
Update : la route est reopened, all good pour ce soir.
FYI le shelter ferme à 22 h, on garde le staff minimal.
Le meeting avec la municipalité est moved à demain matin.
Check-in fait avec le field team, rien de spécial.
Backup generator testée, on est good pour la nuit.
""")

fam(K, "joual_sms_propre", """
leau baisse enfin lol on rentre demain
la route est rouverte faque go
ya pu de courant dans tout le rang encore
les sacs de sable sont arrivés au garage
on attend encore les gars dhydro
""")

fam(K, "entetes_courriel_propre", """
Objet : TR: Bilan de {heure} — crue de la {riviere}¶Veuillez trouver ci-joint le bilan.
De : Centre des opérations gouvernementales¶Objet : Mise à jour de la situation
Objet : RE: disponibilité des lits de camp¶Réponse : 40 lits disponibles à l'entrepôt régional.
Envoyé : {date} {heure}¶Objet : Levée de l'avis d'évacuation
""")

fam(K, "longue_cellule_propre", """
{phrase} {phrase} {phrase} {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} {phrase} {phrase}
{phrase} {phrase} Le point de situation sera transmis en fin de journée. {phrase} {phrase} {phrase}
{phrase} {phrase} {phrase} Aucune personne n'est portée disparue. {phrase} {phrase}
""")

fam(K, "anglais_propre", """
The reception centre in {ville} will remain open overnight.
Road closure on {route} due to flooding; detour in place.
Boil-water advisory lifted for the whole municipality.
Volunteers are needed to fill sandbags at the municipal garage.
Power has been restored to most customers in the sector.
""")

fam(K, "municipalites_noms_de_saints", """
La crue touche surtout {lieu} et les municipalités voisines.
Le centre de services de {lieu} est ouvert de 8 h à 20 h.
Séance d'information publique à {lieu} jeudi soir.
Les pompiers de {lieu} ont prêté main-forte à leurs voisins.
{lieu} a reçu {nn} mm de pluie en 24 heures.
""")

fam(K, "barrages_centrales_et_parcs", """
Le débit sortant de {barrage} a été augmenté ce matin.
Les sentiers du {barrage} sont fermés à cause des chutes d'arbres.
Hydro-Québec surveille les apports d'eau en amont de {barrage}.
Inspection de routine de {barrage} : aucune anomalie.
Feu de forêt à {km} km de {barrage}, aucune menace pour les installations.
""")

fam(K, "stations_de_metro", """
Service interrompu entre les stations {station} et {station} en raison d'une infiltration d'eau.
La station {station} est fermée jusqu'à nouvel ordre.
Navettes d'autobus entre {station} et {station}.
Évacuation préventive de la station {station}, fumée dans un local technique.
Reprise du service à la station {station} à {heure}.
""")

fam(K, "consignes_de_preparation", """
Préparez une trousse d'urgence pour 72 heures : eau, nourriture, lampe de poche, radio à piles.
Ne circulez pas sur une route inondée, même en véhicule tout-terrain.
Vérifiez vos avertisseurs de fumée deux fois par année.
Gardez une copie de vos documents importants hors de la maison.
N'utilisez jamais une génératrice à l'intérieur d'un bâtiment.
""")

fam(K, "sante_publique_generale", """
Les personnes atteintes de maladies chroniques devraient garder une réserve de médicaments.
Par temps chaud, les aînés et les jeunes enfants sont plus vulnérables.
La santé publique recommande de faire bouillir l'eau pendant une minute.
Les personnes enceintes devraient éviter de participer au nettoyage des moisissures.
Consultez Info-Santé 811 en cas de symptômes d'intoxication au monoxyde de carbone.
""")

fam(K, "dates_d_evenements_historiques", """
La crue de 2017 avait touché plus de 5 000 résidences.
Le verglas du 5 janvier 1998 reste l'événement de référence pour la région.
Le déluge du Saguenay du 19 juillet 1996 a mené à la révision des normes.
L'incendie de 2023 est le plus important depuis 1996 dans le secteur.
Le glissement de terrain du 4 mai 1971 à Saint-Jean-Vianney est cité en exemple.
""")

fam(K, "inventaire_et_lots", """
Lot 452-B de couvertures reçu à l'entrepôt régional.
Palette {n} : trousses d'hygiène, {nn} unités.
Commande no {nn}{nn} livrée au centre de distribution.
Inventaire : {nn} lits de camp, {nn} oreillers, {n} génératrices.
Lot de sacs de sable SB-{nn} épuisé, nouvelle commande passée.
""")

fam(K, "radio_indicatifs_unites", """
Unité 401 en route vers le secteur nord.
Écho-3 confirme l'ouverture de la barrière.
Charlie-12 demande un renfort au poste de commandement.
Toutes les unités : changement au canal 4.
Poste de commandement à Alpha-1, rien à signaler.
""")

fam(K, "familles_non_identifiantes", """
Une famille de quatre personnes a été relogée temporairement.
Plusieurs familles ont choisi de rester chez des proches.
Les familles avec de jeunes enfants sont hébergées dans l'aile est.
Une trentaine de ménages sont toujours sans électricité.
Des parents ont demandé un coin jeux au centre d'hébergement.
""")

fam(K, "emplois_collectifs", """
Les préposés aux bénéficiaires du CHSLD ont été réaffectés au centre d'hébergement.
Les employés municipaux travaillent en rotation de douze heures.
Les cols bleus de {ville} ont nettoyé les rues inondées.
Les enseignants de l'école primaire ont offert leur aide pour l'accueil.
Les infirmières du CLSC assurent une présence au centre en soirée.
""")

fam(K, "congregations_et_clubs", """
Les Sœurs de la Charité prêtent leur salle pour la distribution de repas.
Les Frères maristes accueillent du matériel dans leur ancien juvénat.
Le Club Richelieu de {ville} fait une collecte pour les sinistrés.
La salle des Chevaliers de Colomb sert d'entrepôt temporaire.
Les Filles d'Isabelle organisent un souper-bénéfice.
""")

fam(K, "mascottes_et_personnages", """
{mascotte} a visité les enfants du centre d'hébergement.
Le défilé avec {mascotte} est annulé à cause de la pluie.
Les bénévoles ont distribué des livres de {mascotte} aux enfants.
Activité spéciale avec {mascotte} au gymnase samedi.
""")

fam(K, "batiments_ages_et_dates", """
Le pont couvert de 87 ans a résisté à la crue.
L'église centenaire sert de refuge pour la nuit.
La digue, construite le 14 mars 1952, sera inspectée.
Le barrage quinquagénaire doit être rénové d'ici 2027.
L'école, inaugurée en septembre 1963, est fermée pour la semaine.
Le phare de 1909 a perdu une partie de sa toiture.
""")

fam(K, "adresses_institutionnelles", """
Le centre de services aux sinistrés est situé au {instadr} (hôtel de ville).
Point de distribution d'eau au {instadr}, stationnement de l'aréna.
Le bureau régional déménage temporairement au {instadr}.
La caserne du {instadr} sert de poste de commandement.
""")

fam(K, "formulaires_et_articles", """
Remplir le formulaire SC-100 et l'annexe B avant le 30 juin.
Voir la section 4.2 du guide du programme.
Le formulaire AF-12 remplace l'ancienne version de 2019.
Les pièces justificatives vont à l'onglet 3 du dossier.
""")

fam(K, "lieux_dits_et_quartiers", """
Le quartier Saint-Sauveur est privé d'électricité depuis {heure}.
Le secteur de la Pointe-aux-Anglais est isolé par l'eau.
Le rang Sainte-Julie est fermé entre les numéros civiques 100 et 300.
Le domaine du Lac-Vert est accessible aux résidents seulement.
Les chalets du lac Gagnon ont été évacués par précaution.
""")

fam(K, "citations_generiques", """
« Nous sommes fiers de la solidarité des citoyens », a indiqué la municipalité.
Le ministère rappelle que chaque sinistre est unique.
« La situation évolue rapidement », précise le communiqué.
Les autorités remercient les bénévoles pour leur travail.
""")

fam(K, "chiffres_trompeurs", """
Le camion 418 a été affecté au secteur est.
Le poste de pompage 514 fonctionne au maximum.
La ligne 819 d'autobus est détournée par la {route}.
Route 450 : réfection du pavage reportée.
Le lot de 1952 sacs de sable est arrivé.
""")

fam(K, "recherche_et_sauvetage_general", """
Les recherches se poursuivent dans le secteur boisé avec des chiens pisteurs.
La Garde côtière a suspendu les recherches pour la nuit.
Les équipes de recherche et sauvetage ont ratissé {km} km de berge.
Hélicoptère des Forces armées en attente à {ville}.
""")

# ==========================================================================
# vérifications, statistiques, interface
# ==========================================================================

def _tpl_key(t: str) -> str:
    return norm(t)


def check(per_family: int = 20, seed: int = 0, verbose: bool = True) -> list[str]:
    problems: list[str] = []
    # familles
    names = [f.name for f in FAMILIES]
    dup = [n for n, c in Counter(names).items() if c > 1]
    if dup:
        problems.append(f"familles en double : {dup}")
    per_kind = Counter(f.kind for f in FAMILIES)
    for k in KINDS:
        if per_kind[k] < 20:
            problems.append(f"{k} : seulement {per_kind[k]} familles (< 20)")
    if per_kind["propre"] < 50:
        problems.append(f"propre : seulement {per_kind['propre']} familles (< 50)")
    for f in FAMILIES:
        if f.kind not in KINDS and f.kind != "propre":
            problems.append(f"{f.name} : type inconnu {f.kind}")
        if not f.name.startswith(f.kind + "."):
            problems.append(f"{f.name} : préfixe de famille incorrect")
        if len(f.templates) < 4:
            problems.append(f"{f.name} : moins de 4 gabarits")
        if len(set(map(_tpl_key, f.templates))) != len(f.templates):
            problems.append(f"{f.name} : gabarits en double dans la famille")
        for t in f.templates:
            up = [s for s in SLOT.findall(t) if s[0].isupper()]
            if f.kind == "propre" and up:
                problems.append(f"{f.name} : gabarit propre avec valeur plantée : {t!r}")
            if f.kind != "propre" and not up:
                problems.append(f"{f.name} : gabarit sans valeur plantée : {t!r}")
            if "[[" in t:
                problems.append(f"{f.name} : marqueur [[ dans un gabarit")
    # gabarits disjoints
    halves = [set(), set()]
    for f in FAMILIES:
        a, b = split_templates(f.templates)
        if len(a) < 2 or len(b) < 2:
            problems.append(f"{f.name} : moitié de gabarits trop petite ({len(a)}/{len(b)})")
        halves[0].update(map(_tpl_key, a))
        halves[1].update(map(_tpl_key, b))
    shared = halves[0] & halves[1]
    if shared:
        problems.append(f"{len(shared)} gabarit(s) partagé(s) entre dev10 et heldout10, ex. {sorted(shared)[:3]}")
    # génération
    data = {}
    for sp in SPLITS:
        try:
            data[sp] = generate(sp, per_family, seed)
        except Exception as e:  # noqa
            problems.append(f"{sp} : échec de génération : {e!r}")
            if verbose:
                for p in problems:
                    print("PROBLÈME :", p)
            return problems
    # déterminisme
    for sp in SPLITS:
        again = generate(sp, per_family, seed)
        if again != data[sp]:
            problems.append(f"{sp} : génération non déterministe")
    # cellules
    fam_names = set(names)
    for sp, cells in data.items():
        cnt = Counter(c.family for c in cells)
        for n in names:
            if cnt[n] != per_family:
                problems.append(f"{sp} {n} : {cnt[n]} cellules au lieu de {per_family}")
        for c in cells:
            if c.family not in fam_names:
                problems.append(f"{sp} : famille inconnue {c.family}")
            if c.kind not in KINDS and c.kind != "propre":
                problems.append(f"{sp} : type inconnu {c.kind}")
            if not c.family.startswith(c.kind + "."):
                problems.append(f"{sp} {c.family} : type {c.kind} incohérent")
            if c.kind == "propre":
                if c.planted:
                    problems.append(f"{sp} {c.family} : cellule propre avec valeurs plantées")
            else:
                if not c.planted:
                    problems.append(f"{sp} {c.family} : aucune valeur plantée : {c.text!r}")
            for p in c.planted:
                if not p or p != p.strip():
                    problems.append(f"{sp} {c.family} : valeur plantée vide ou avec espaces : {p!r}")
                if p not in c.text:
                    problems.append(f"{sp} {c.family} : {p!r} n'est pas une sous-chaîne du texte")
                if not norm(p):
                    problems.append(f"{sp} {c.family} : valeur plantée sans alphanumérique : {p!r}")
            resid = [m for m in SLOT.findall(c.text) if m in FILL or m[0].isupper()]
            if "[[" in c.text or "]]" in c.text or resid:
                problems.append(f"{sp} {c.family} : marqueur ou gabarit résiduel : {c.text!r}")
    # valeurs disjointes
    vals = {sp: {norm(p) for c in data[sp] for p in c.planted} for sp in SPLITS}
    inter = vals[SPLITS[0]] & vals[SPLITS[1]]
    if inter:
        problems.append(f"{len(inter)} valeur(s) plantée(s) partagée(s) entre les splits, ex. {sorted(inter)[:5]}")
    if verbose:
        for p in problems[:200]:
            print("PROBLÈME :", p)
        print(f"{len(problems)} problème(s)")
    return problems


def containment_overlaps(per_family=20, seed=0, minlen=6):
    """Info : valeurs d'un split contenues dans une valeur de l'autre (pas une erreur)."""
    data = {sp: sorted({norm(p) for c in generate(sp, per_family, seed) for p in c.planted}) for sp in SPLITS}
    out = 0
    for a, b in ((0, 1), (1, 0)):
        big = "\x00".join(data[SPLITS[b]])
        out += sum(1 for v in data[SPLITS[a]] if len(v) >= minlen and v in big)
    return out


def stats(per_family=20, seed=0):
    per_kind = Counter(f.kind for f in FAMILIES)
    print("Familles par type :")
    for k in KINDS + ("propre",):
        print(f"  {k:15s} {per_kind[k]:3d}")
    print(f"  {'TOTAL':15s} {len(FAMILIES):3d}")
    for sp in SPLITS:
        cells = generate(sp, per_family, seed)
        npl = sum(len(c.planted) for c in cells)
        uniq = len({norm(p) for c in cells for p in c.planted})
        dups = len(cells) - len({(c.family, c.text) for c in cells})
        ck = Counter(c.kind for c in cells)
        L = sum(len(c.text) for c in cells) / len(cells)
        print(f"{sp}: {len(cells)} cellules, {npl} valeurs plantées ({uniq} distinctes), "
              f"{ck['propre']} propres, {dups} doublons, longueur moyenne {L:.0f} car.")
        print("   par type : " + ", ".join(f"{k}={ck[k]}" for k in KINDS + ("propre",)))
    print(f"Info : valeurs contenues dans une valeur de l'autre split (>= 6 car.) : {containment_overlaps(per_family, seed)}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--split", choices=SPLITS, default="dev10")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--family", default="")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--list", action="store_true", help="liste des familles")
    a = ap.parse_args(argv)
    rc = 0
    if a.list:
        for f in FAMILIES:
            print(f.name)
    if a.check:
        rc = 1 if check(a.per_family, a.seed) else 0
    if a.stats:
        stats(a.per_family, a.seed)
    if a.show:
        cells = [c for c in generate(a.split, a.per_family, a.seed) if c.family.startswith(a.family)]
        rng = random.Random(f"show|{a.family}")
        pick = cells if len(cells) <= a.show else rng.sample(cells, a.show)
        for c in pick:
            print(f"[{c.family}] {c.text!r}")
            print(f"    planted={c.planted}")
    if not (a.check or a.stats or a.show or a.list):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
