"""Génère les jeux d'exemple embarqués (données SYNTHÉTIQUES mais réalistes).

Usage : ``python scripts/generer_echantillons.py [--racine DOSSIER]``

Écrit, sous ``<racine>/datasets/`` :

* ``evenements-de-securite-civile/source/evenements.csv`` — export « Excel » du ministère :
  Windows-1252, point-virgule, CRLF, virgule décimale ; ~8 % des commentaires de localisation
  contiennent des renseignements personnels plantés (adresse, nom, téléphone, courriel) ;
* ``bottin-des-services-de-police/source/bottin.xlsx`` — feuille « Bottin » ;
* ``aide-financiere-aux-sinistres/source/aide_financiere.sqlite`` — table ``reclamations`` ;
* ``plans-securite-etablissements-detention/source/plans.csv`` — jeu restreint (art. 29) ;
* ``statistiques-interventions-policieres/source/interventions.csv`` — statistiques agrégées.

Tout est inventé : noms, NAS (Luhn valide), numéros RAMQ (structure réelle), téléphones
(indicatif réel, central 555), adresses, courriels (domaines réservés ``example.*`` et
``*.example``). Les codes géographiques des municipalités sont ceux du MAMH.

Déterministe : ``random.Random(2026)``, aucun horodatage courant ; deux exécutions produisent
des fichiers identiques octet pour octet (le XLSX est réécrit avec des dates fixes).
Dépendance hors bibliothèque standard : ``openpyxl``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import re
import sqlite3
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

SEED = 2026
FIXED_TS = dt.datetime(2026, 1, 1, 0, 0, 0)
DERNIER_JOUR = dt.date(2026, 10, 31)  # fin de la période couverte par les exemples

# --- référentiels partagés ----------------------------------------------------------------------

# code géographique MAMH → (nom, latitude, longitude, RTA (poids), indicatifs régionaux)
# Les RTA « ?0? » sont rurales.
MUNICIPALITES: dict[str, tuple[str, float, float, list[tuple[str, int]], list[str]]] = {
    "66023": ("Montréal", 45.50889, -73.55417, [("H8Y", 5), ("H9H", 3), ("H1C", 2)], ["514", "438"]),
    "23027": ("Québec", 46.81389, -71.20806, [("G1M", 5), ("G2B", 3)], ["418", "581"]),
    "65005": ("Laval", 45.55167, -73.74528, [("H7Y", 5), ("H7E", 3)], ["450", "579"]),
    "81017": ("Gatineau", 45.42778, -75.71111, [("J8M", 5), ("J8P", 4), ("J9H", 2)], ["819", "873"]),
    "43027": ("Sherbrooke", 45.40417, -71.89306, [("J1H", 1)], ["819", "873"]),
    "25213": ("Lévis", 46.75806, -71.24083, [("G6V", 3), ("G6W", 2)], ["418", "581"]),
    "37067": ("Trois-Rivières", 46.34306, -72.54333, [("G8T", 3), ("G9A", 2)], ["819", "873"]),
    "94068": ("Saguenay", 48.42778, -71.06278, [("G7H", 3), ("G7B", 2)], ["418", "581"]),
    "58227": ("Longueuil", 45.51389, -73.43139, [("J4H", 1)], ["450", "579"]),
    "71133": ("Rigaud", 45.47917, -74.30222, [("J0P", 1)], ["450"]),
    "72015": ("Sainte-Marthe-sur-le-Lac", 45.53300, -73.93300, [("J0N", 1)], ["450"]),
    "72005": ("Saint-Eustache", 45.55750, -73.88833, [("J7P", 3), ("J7R", 1)], ["450", "579"]),
    "71083": ("Vaudreuil-Dorion", 45.40361, -74.03667, [("J7V", 1)], ["450"]),
    "64008": ("Terrebonne", 45.69167, -73.63444, [("J6W", 3), ("J6Y", 1)], ["450", "579"]),
    "27028": ("Beauceville", 46.21472, -70.77583, [("G5X", 4), ("G0S", 1)], ["418"]),
    "26030": ("Sainte-Marie", 46.43833, -71.02139, [("G6E", 1)], ["418"]),
    "29073": ("Saint-Georges", 46.12278, -70.67139, [("G5Y", 2), ("G5Z", 1)], ["418"]),
    "16013": ("Baie-Saint-Paul", 47.44056, -70.50944, [("G3Z", 4), ("G0A", 1)], ["418"]),
    "15013": ("La Malbaie", 47.65222, -70.14889, [("G5A", 1)], ["418"]),
    "34128": ("Saint-Raymond", 46.89139, -71.83250, [("G3L", 1)], ["418", "581"]),
    "56083": ("Saint-Jean-sur-Richelieu", 45.30556, -73.25361, [("J3A", 3), ("J2W", 2)], ["450", "579"]),
    "83065": ("Maniwaki", 46.37444, -75.98194, [("J9E", 1)], ["819"]),
    "90012": ("La Tuque", 47.44083, -72.78139, [("G9X", 1)], ["819"]),
    "96020": ("Baie-Comeau", 49.22083, -68.14917, [("G4Z", 2), ("G5C", 1)], ["418"]),
    "97007": ("Sept-Îles", 50.20972, -66.38528, [("G4R", 2), ("G4S", 1)], ["418"]),
    "01023": ("Les Îles-de-la-Madeleine", 47.37611, -61.86806, [("G4T", 1)], ["418"]),
    "03005": ("Gaspé", 48.82472, -64.47611, [("G4X", 1)], ["418"]),
    "04037": ("Sainte-Anne-des-Monts", 49.12972, -66.48750, [("G4V", 1)], ["418"]),
    "10043": ("Rimouski", 48.44917, -68.52500, [("G5L", 2), ("G5M", 1)], ["418", "581"]),
    "99025": ("Chibougamau", 49.91333, -74.36861, [("G8P", 1)], ["418"]),
    "86042": ("Rouyn-Noranda", 48.23750, -79.01722, [("J9X", 1)], ["819", "873"]),
    "89008": ("Val-d'Or", 48.10194, -77.78944, [("J9P", 1)], ["819", "873"]),
    "36033": ("Shawinigan", 46.54111, -72.74528, [("G9N", 1)], ["819", "873"]),
    "76020": ("Lachute", 45.65556, -74.33944, [("J8H", 1)], ["450", "579"]),
}

# Lettres admises dans un code postal canadien (positions 3, 5 et 6 ; la 1re vient de la RTA).
LETTRES_CP = "ABCEGHJKLMNPRSTVWXYZ"

PRENOMS_F = [
    "Marie", "Julie", "Isabelle", "Nathalie", "Sophie", "Catherine", "Geneviève", "Valérie", "Mélanie",
    "Chantal", "Josée", "Sylvie", "Louise", "Lise", "Diane", "Francine", "Manon", "Caroline", "Annie",
    "Karine", "Émilie", "Audrey", "Camille", "Léa", "Chloé", "Maude", "Stéphanie", "Véronique",
    "Andrée-Anne", "Marie-Ève", "Marie-Claude", "Hélène", "Monique", "Suzanne", "Ginette", "Lucie",
    "Johanne", "Danielle", "Nicole", "Gabrielle", "Rosalie", "Noémie", "Mélissa", "Amélie", "Élise",
    "Claudette", "Jocelyne", "Anne-Marie", "Thérèse", "Françoise", "Fatima", "Linh", "Yasmine",
]
PRENOMS_M = [
    "Jean", "Pierre", "Michel", "André", "Jacques", "Luc", "Marc", "Daniel", "François", "Stéphane",
    "Sylvain", "Martin", "Éric", "Patrick", "Alain", "Richard", "Denis", "Mario", "Guy", "Yves",
    "Claude", "Robert", "Gilles", "Réjean", "Normand", "Serge", "Benoît", "Mathieu", "Simon",
    "Alexandre", "Guillaume", "Maxime", "Olivier", "Samuel", "Gabriel", "Félix", "Louis", "Philippe",
    "Sébastien", "Jean-François", "Jean-Philippe", "Marc-André", "Pierre-Luc", "Nicolas", "Vincent",
    "Hugo", "Antoine", "Raymond", "Gaétan", "Roger", "Karim", "Duc", "Wilson",
]
# Trois réservoirs de noms de famille DISJOINTS : directrices et directeurs du bottin (publiés),
# personnes plantées dans le texte libre des événements (doivent disparaître), réclamants.
NOMS_BOTTIN = [
    "Beauchemin", "Lafrenière", "Vaillancourt", "Descôteaux", "Marcoux", "Trépanier", "Brisebois",
    "Laferrière", "Grégoire", "Courchesne", "Daigneault", "Bélisle", "Chartrand", "Provencher",
    "Rivard", "Théberge", "Laliberté", "Hamelin", "Lacasse", "Desrosiers", "Jodoin", "Robitaille",
    "Lamontagne", "Gingras", "Lemay", "Forget", "Brunelle", "Audet", "Ducharme", "Paradis",
    "Sauvé", "Cousineau", "Bourassa",
]
NOMS_PLANTES = [
    "Tremblay", "Gagnon", "Bouchard", "Lavoie", "Fortin", "Pelletier", "Bergeron", "Gauthier",
    "Ouellet", "Simard", "Caron", "Cloutier", "Lapointe", "Poirier", "Nadeau", "Thibault",
    "Beaulieu", "Dubé", "Hébert", "Michaud", "O'Connor", "MacDonald", "Nguyen", "Haddad",
]
NOMS_RECLAMANTS = [
    "Roy", "Côté", "Morin", "Gagné", "Bélanger", "Lévesque", "Leblanc", "Paquette", "Girard",
    "Boucher", "Fournier", "Leclerc", "Lefebvre", "Poulin", "St-Pierre", "Martin", "Landry", "Martel",
    "Bédard", "Grenier", "Lessard", "Bernier", "Richard", "Desjardins", "Couture", "Turcotte",
    "Lachance", "Parent", "Blais", "Gosselin", "Savard", "Proulx", "Beaudoin", "Demers", "Perron",
    "Boudreau", "Cyr", "Dion", "Lemieux", "Dufour", "Mercier", "Rousseau", "Vachon", "Allard",
    "Champagne", "Deschênes", "Labbé", "Arsenault", "Charbonneau", "Bégin", "Drouin", "Marchand",
    "Thériault", "Brassard", "Plante", "Tardif", "Leduc", "Boivin", "Duchesne", "Langlois",
    "Giguère", "Rioux", "Guay", "Harvey", "Ménard", "Sirois", "Bilodeau", "D'Amours", "Lacroix",
    "Morneau", "Chabot", "Smith", "Joseph", "Pierre-Louis", "Khalil", "Rodriguez", "Chen", "Ng",
    "Tran", "Benoit-Gagné", "Leblond", "Carrier", "Belley", "Gilbert", "Larouche", "Villeneuve",
]
# Rues : réservoirs disjoints pour la même raison (celles du bottin sont dans CORPS).
RUES_RECLAMANTS = [
    "rue des Érables", "rue Principale", "rue Saint-Louis", "avenue des Pins", "rue de la Rivière",
    "chemin de la Baie", "rue Notre-Dame", "montée du Moulin", "rang Saint-Joseph", "rue des Cèdres",
    "rue Champlain", "rue des Bouleaux", "boulevard Gouin Ouest", "rue Lakeview", "chemin d'Oka",
    "rue des Saules", "avenue du Parc", "rue de l'Église", "chemin de la Pointe", "rue des Peupliers",
    "boulevard Sainte-Rose", "rue Riverside", "rue des Hirondelles", "croissant des Lilas",
    "rue Saint-Laurent", "chemin du Fleuve", "rue des Merisiers", "rue Jacques-Cartier",
]
RUES_PLANTEES = [
    "boulevard Lévesque Est", "chemin Maple Hill", "rue Saint-Jean", "rue des Ormes",
    "avenue Laurier", "rue Bellerive", "chemin des Patriotes", "rue de la Grève",
    "boulevard Perron", "rue du Cap", "montée Sainte-Julie", "rue Wilfrid-Hamel",
]


def sans_accents(texte: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", texte) if unicodedata.category(c) != "Mn")


def luhn_ok(chiffres: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(chiffres)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def nas(rng: random.Random) -> str:
    """NAS à 9 chiffres, somme de contrôle de Luhn valide (1er chiffre 2 ou 3 : Québec)."""
    tete = rng.choice("2223339") + "".join(rng.choice("0123456789") for _ in range(7))
    for d in "0123456789":
        if luhn_ok(tete + d):
            return tete + d
    raise AssertionError("inatteignable")


def ramq(nom: str, prenom: str, naissance: dt.date, femme: bool, rng: random.Random) -> str:
    lettres = re.sub(r"[^A-Z]", "", sans_accents(nom).upper())
    lettres = (lettres + "XXX")[:3] + sans_accents(prenom)[0].upper()
    mois = naissance.month + (50 if femme else 0)
    return f"{lettres}{naissance.year % 100:02d}{mois:02d}{naissance.day:02d}{rng.randint(10, 99):02d}"


def code_postal(rta: str, rng: random.Random) -> str:
    if rta[1] == "0":  # rural : l'unité de distribution locale finit par 0
        return f"{rta} {rng.randint(1, 9)}{rng.choice(LETTRES_CP)}0"
    return f"{rta} {rng.randint(0, 9)}{rng.choice(LETTRES_CP)}{rng.randint(0, 9)}"


def choix_pondere(rng: random.Random, paires):
    valeurs = [v for v, _ in paires]
    poids = [p for _, p in paires]
    return rng.choices(valeurs, weights=poids, k=1)[0]


def virgule(x: float, decimales: int) -> str:
    return f"{x:.{decimales}f}".replace(".", ",")


# --- 1. Événements de sécurité civile -----------------------------------------------------------

ALEAS = {  # code → (libellé, poids, mois possibles (poids), durée (jours min, max), municipalités)
    8: ("Inondation", 30, {3: 2, 4: 10, 5: 8, 6: 2, 7: 2, 8: 2, 9: 1, 10: 1, 11: 1, 12: 1},
        (2, 30), ["66023", "65005", "81017", "71133", "72015", "72005", "71083", "64008", "27028",
                  "26030", "29073", "16013", "34128", "56083", "83065", "43027", "76020", "23027",
                  "25213", "37067", "15013", "10043"]),
    10: ("Embâcle", 8, {1: 3, 2: 3, 3: 4, 4: 4, 12: 2},
         (1, 12), ["27028", "26030", "29073", "34128", "83065", "16013", "15013", "76020"]),
    9: ("Érosion", 10, {m: 1 for m in range(1, 13)},
        (0, 5), ["01023", "03005", "04037", "10043", "96020", "97007", "15013"]),
    12: ("Submersion côtière", 5, {10: 2, 11: 3, 12: 4, 1: 3, 2: 1},
         (0, 3), ["01023", "03005", "04037", "10043", "96020", "97007"]),
    39: ("Feu de forêt", 12, {5: 3, 6: 5, 7: 4, 8: 3, 9: 1},
         (3, 60), ["90012", "99025", "89008", "86042", "96020", "97007", "94068", "83065"]),
    101: ("Mouvement de terrain", 12, {3: 2, 4: 4, 5: 3, 6: 1, 9: 1, 10: 2, 11: 2},
          (0, 15), ["94068", "23027", "25213", "37067", "36033", "81017", "56083", "26030", "16013"]),
    33: ("Vents violents", 12, {m: 1 for m in range(1, 13)}, (0, 2), list(MUNICIPALITES)),
    44: ("Pluie abondante", 11, {6: 2, 7: 3, 8: 3, 9: 3, 10: 2, 11: 1}, (0, 3), list(MUNICIPALITES)),
}
ANNEES_EVT = {2019: 16, 2020: 10, 2021: 11, 2022: 12, 2023: 17, 2024: 14, 2025: 12, 2026: 10}
SEVERITES = [
    ("Menace faible ou non-existante à la vie ou la propriété", 45),
    ("Menace possible à la vie ou la propriété", 30),
    ("Menace importante à la vie ou la propriété", 12),
    ("Gravité inconnue", 13),
]
PRECISIONS = [("Municipalité", 35), ("Adresse", 18), ("Coordonnées GPS", 32), ("Lieu-dit", 15)]

INFO_GENERIQUES = [
    "Secteur du chemin du Lac", "Bord de la rivière, près du pont", "Près de l'église",
    "Secteur résidentiel en bordure du cours d'eau", "Cœur du village", "Camping municipal évacué",
    "Quartier « Les Berges » – rues inondées", "Chemin d'accès au parc municipal fermé",
    "Ponceau obstrué sur le rang 4", "Zone de villégiature, chalets isolés", "Secteur nord de la ville",
    "Route 138 fermée à la hauteur du km 642", "Arbres tombés sur la voie publique",
    "Pannes de courant dans le secteur est", "Stationnement de l'aréna sous l'eau",
    "Terrain de soccer et piste cyclable", "Secteur industriel, fossés débordés",
    "Îlot de maisons en zone inondable 0-20 ans", "Accès au quai interdit", "Plusieurs rues du secteur ouest",
]
INFO_PAR_ALEA = {
    8: ["Rivière des Mille Îles, secteur ouest", "Rivière des Outaouais, secteur Pointe-Gatineau",
        "Lac des Deux Montagnes, secteur de la digue", "Rivière Chaudière, centre-ville",
        "Débordement du ruisseau derrière l'école", "Rue du Bord-de-l'Eau fermée à la circulation"],
    10: ["Embâcle au pont couvert", "Glaces accumulées à l'embouchure", "Embâcle en amont du barrage",
         "Surveillance de la glace par drone"],
    9: ["Érosion de la berge sur environ 200 m", "Recul du talus côtier près de la route 132",
        "Secteur de la plage, dunes fragilisées", "Falaise instable près du belvédère"],
    12: ["Vagues de tempête sur la promenade", "Route 132 submergée par endroits",
         "Secteur du quai – accès interdit", "Paquets de mer sur le chemin du littoral"],
    39: ["Feu à 12 km au nord de la ville", "Fumée visible depuis la route 117",
         "Secteur du lac à l'Écorce, chalets menacés", "Feu contenu, surveillance aérienne"],
    101: ["Glissement derrière l'école primaire", "Fissures dans le talus du ruisseau",
          "Décrochement sur le chemin forestier", "Affaissement de la chaussée, rang 2"],
    33: ["Toitures endommagées", "Poteaux électriques renversés", "Arbres tombés sur des véhicules"],
    44: ["Refoulements d'égout signalés", "Fossés débordés le long de la route",
         "Sous-sols inondés dans le secteur", "Ruissellement important, routes de gravier ravinées"],
}
COMMENTAIRES = [
    "Date approximative selon la municipalité", "Début estimé d'après les photos reçues",
    "Date de début inconnue, constaté au retour des résidents", "Selon le rapport du service de sécurité incendie",
    "Première observation par la patrouille", "Estimation du Centre des opérations gouvernementales",
]
# Numéros plantés : indicatif réel + 555-0150…0198 (0177 exclu) — disjoints du bottin (0100-0149).
NUM_PLANTES = [n for n in range(150, 199) if n != 177]


def telephone_plante(rng: random.Random, indicatif: str) -> str:
    n = f"555-0{rng.choice(NUM_PLANTES)}"
    forme = rng.randrange(5)
    if forme == 0:
        return f"{indicatif} {n}"
    if forme == 1:
        return f"({indicatif}) {n}"
    if forme == 2:
        return f"{indicatif}-{n}"
    if forme == 3:
        return f"{indicatif}.{n.replace('-', '.')}"
    return f"{indicatif} {n} poste {rng.randint(10, 250)}"


def adresse_plantee(rng: random.Random) -> str:
    rue = rng.choice(RUES_PLANTEES)
    no = rng.randint(3, 3400)
    forme = rng.randrange(4)
    if forme == 0:
        return f"{no}, {rue}"
    if forme == 1:
        return f"{no} {rue}"
    if forme == 2:
        return f"{no}, {rue} app. {rng.randint(1, 12)}"
    return f"{no}-{rng.randint(1, 6)} {rue}"


def personne_plantee(rng: random.Random) -> tuple[str, str, str]:
    femme = rng.random() < 0.5
    prenom = rng.choice(PRENOMS_F if femme else PRENOMS_M)
    return ("Mme" if femme else "M."), prenom, rng.choice(NOMS_PLANTES)


def courriel_plante(rng: random.Random, prenom: str, nom: str) -> str:
    p = re.sub(r"[^a-z]", "", sans_accents(prenom).lower())
    n = re.sub(r"[^a-z]", "", sans_accents(nom).lower())
    local = rng.choice([f"{p}.{n}", f"{p[0]}{n}", f"{n}{rng.randint(1, 99)}"])
    return f"{local}@{rng.choice(['example.com', 'example.net', 'courriel.example'])}"


def info_pii(rng: random.Random, indicatif: str) -> tuple[str, list[str]]:
    """Un commentaire de localisation écrit par un résident, avec ses renseignements personnels."""
    civ, prenom, nom = personne_plantee(rng)
    modele = rng.randrange(14)
    if modele == 0:
        return f"Sous-sol inondé au {adresse_plantee(rng)}", ["adresse"]
    if modele == 1:
        return f"Glissement derrière le {adresse_plantee(rng)}", ["adresse"]
    if modele == 2:
        return f"Eau dans le garage, {adresse_plantee(rng)}", ["adresse"]
    if modele == 3:
        return f"Signalé par {civ} {prenom} {nom}", ["nom"]
    if modele == 4:
        return f"Chez {civ} {prenom} {nom}, terrain affaissé", ["nom"]
    if modele == 5:
        return f"Propriétaire : {prenom} {nom}", ["nom"]
    if modele == 6:
        return f"Rappeler au {telephone_plante(rng, indicatif)}", ["telephone"]
    if modele == 7:
        return f"Citoyen joignable au {telephone_plante(rng, indicatif)}", ["telephone"]
    if modele == 8:
        return f"Photos envoyées par {courriel_plante(rng, prenom, nom)}", ["courriel"]
    if modele == 9:
        return (f"Signalé par {civ} {prenom} {nom}, {adresse_plantee(rng)}, tél. {telephone_plante(rng, indicatif)}",
                ["nom", "adresse", "telephone"])
    if modele == 10:
        return f"{civ} {prenom} {nom} au {adresse_plantee(rng)}", ["nom", "adresse"]
    if modele == 11:
        return f"{prenom} {nom} – {courriel_plante(rng, prenom, nom)}", ["nom", "courriel"]
    if modele == 12:
        return f"Résidence au {adresse_plantee(rng)}, rappeler au {telephone_plante(rng, indicatif)}", \
            ["adresse", "telephone"]
    return f"Voisin de {civ} {nom} inquiet, cell. {telephone_plante(rng, indicatif)}", ["nom", "telephone"]


def commentaire_pii(rng: random.Random, indicatif: str) -> tuple[str, list[str]]:
    civ, prenom, nom = personne_plantee(rng)
    if rng.random() < 0.5:
        return f"Selon {civ} {prenom} {nom}, l'eau monte depuis la veille", ["nom"]
    return f"Début estimé par {civ} {nom} ({telephone_plante(rng, indicatif)})", ["nom", "telephone"]


def generer_evenements(rng: random.Random, n: int = 600) -> tuple[list[list[str]], dict]:
    codes = list(ALEAS)
    lignes = []
    for _ in range(n):
        code = rng.choices(codes, weights=[ALEAS[c][1] for c in codes], k=1)[0]
        libelle, _, mois_p, (dmin, dmax), munis = ALEAS[code]
        muni = rng.choice(munis)
        nom, lat, lon, _, indicatifs = MUNICIPALITES[muni]
        while True:
            annee = choix_pondere(rng, ANNEES_EVT.items())
            mois = choix_pondere(rng, mois_p.items())
            debut = dt.date(annee, mois, 1) + dt.timedelta(days=rng.randrange(28))
            if debut <= DERNIER_JOUR:
                break
        imprecise = rng.random() < 0.11
        delai = rng.randint(2, 20) if imprecise else rng.choice([0, 0, 0, 0, 1, 1, 2])
        signalement = dt.datetime.combine(debut, dt.time()) + dt.timedelta(
            days=delai, hours=rng.randint(6, 22), minutes=rng.randrange(60), seconds=rng.randrange(60))
        fin: dt.date | None = debut + dt.timedelta(days=rng.randint(dmin, dmax))
        if fin > DERNIER_JOUR or ((DERNIER_JOUR - debut).days > 60 and rng.random() < 0.06):
            fin = None  # en cours, ou fin non consignée
        precision = choix_pondere(rng, PRECISIONS)
        if precision == "Municipalité":
            x, y, dec = lon, lat, 5
        else:
            x = lon + rng.uniform(-0.06, 0.06)
            y = lat + rng.uniform(-0.04, 0.04)
            dec = 6 if precision == "Coordonnées GPS" else 5
        r = rng.random()
        if r < 0.38:
            info = ""
        elif r < 0.70:
            info = rng.choice(INFO_PAR_ALEA[code])
        else:
            info = rng.choice(INFO_GENERIQUES)
        commentaire = rng.choice(COMMENTAIRES) if imprecise and rng.random() < 0.8 else ""
        if not imprecise and rng.random() < 0.02:
            commentaire = "Date confirmée par la municipalité"
        lignes.append({
            "code_alea": str(code), "alea": libelle, "code_municipalite": muni, "municipalite": nom,
            "precision_localisation": precision, "info_compl_localisation": info,
            "severite": choix_pondere(rng, SEVERITES),
            "date_signalement": signalement.strftime("%Y-%m-%d %H:%M:%S"),
            "date_debut": debut.isoformat(), "date_debut_imprecise": "Oui" if imprecise else "Non",
            "commentaire_date_debut": commentaire, "date_fin": fin.isoformat() if fin else "",
            "coord_x": virgule(x, dec), "coord_y": virgule(y, dec), "_indicatif": indicatifs[0],
        })
    lignes.sort(key=lambda l: (l["date_signalement"], l["code_municipalite"]))

    # Renseignements personnels plantés : ~8 % des commentaires de localisation, ~1 % des commentaires de date.
    plantes: Counter = Counter()
    genres: Counter = Counter()
    exemples: list[str] = []
    for i in sorted(rng.sample(range(n), round(n * 0.08))):
        texte, sortes = info_pii(rng, lignes[i]["_indicatif"])
        lignes[i]["info_compl_localisation"] = texte
        if "adresse" in sortes:
            lignes[i]["precision_localisation"] = "Adresse"
        plantes["info_compl_localisation"] += 1
        genres.update(sortes)
        if len(exemples) < 6:
            exemples.append(texte)
    for i in sorted(rng.sample(range(n), 6)):
        texte, sortes = commentaire_pii(rng, lignes[i]["_indicatif"])
        lignes[i]["commentaire_date_debut"] = texte
        plantes["commentaire_date_debut"] += 1
        genres.update(f"{s} (commentaire_date_debut)" for s in sortes)
    colonnes = ["code_alea", "alea", "code_municipalite", "municipalite", "precision_localisation",
                "info_compl_localisation", "severite", "date_signalement", "date_debut", "date_debut_imprecise",
                "commentaire_date_debut", "date_fin", "coord_x", "coord_y"]
    table = [colonnes] + [[l[c] for c in colonnes] for l in lignes]
    return table, {"lignes_avec_rp": dict(plantes), "sortes": dict(sorted(genres.items())), "exemples": exemples}


def ecrire_evenements(racine: Path, rng: random.Random) -> dict:
    table, resume = generer_evenements(rng)
    chemin = racine / "datasets/evenements-de-securite-civile/source/evenements.csv"
    chemin.parent.mkdir(parents=True, exist_ok=True)
    # encodage strict : un caractère hors Windows-1252 ferait échouer la génération
    with open(chemin, "w", encoding="cp1252", errors="strict", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(table)
    return resume


# --- 2. Bottin des services de police -----------------------------------------------------------

CORPS = [  # corps policier, rue, municipalité du quartier général, RTA, indicatif, lat, lon, site
    ("Sûreté du Québec", "rue Parthenais", "Montréal",
     "H2K", "514", 45.5287, -73.5510, "https://www.sq.gouv.qc.ca"),
    ("Service de police de la Ville de Montréal", "rue Saint-Urbain", "Montréal",
     "H2X", "514", 45.5088, -73.5617, "https://spvm.qc.ca"),
    ("Service de police de la Ville de Québec", "rue du Parvis", "Québec",
     "G1K", "418", 46.8139, -71.2081, "https://www.ville.quebec.qc.ca/citoyens/police"),
    ("Service de police de Laval", "boulevard Chomedey", "Laval",
     "H7N", "450", 45.5583, -73.7206, "https://www.laval.ca/police"),
    ("Service de police de l'agglomération de Longueuil", "boulevard Roland-Therrien", "Longueuil",
     "J4K", "450", 45.5312, -73.5185, "https://www.longueuil.quebec/fr/spal"),
    ("Service de police de la Ville de Gatineau", "boulevard de la Gappe", "Gatineau",
     "J8T", "819", 45.4772, -75.7016, "https://www.gatineau.ca/police"),
    ("Service de police de la Ville de Sherbrooke", "rue King Ouest", "Sherbrooke",
     "J1H", "819", 45.4042, -71.8929, "https://www.sherbrooke.ca/police"),
    ("Service de police de la Ville de Lévis", "boulevard Alphonse-Desjardins", "Lévis",
     "G6V", "418", 46.8033, -71.1779, "https://www.ville.levis.qc.ca/police"),
    ("Direction de la police de Trois-Rivières", "rue Royale", "Trois-Rivières",
     "G9A", "819", 46.3431, -72.5433, "https://www.v3r.net/police"),
    ("Service de police de Saguenay", "rue Racine Est", "Saguenay",
     "G7H", "418", 48.4279, -71.0685, "https://ville.saguenay.ca/police"),
    ("Service de police de Terrebonne", "boulevard des Seigneurs", "Terrebonne",
     "J6W", "450", 45.6999, -73.6470, "https://www.ville.terrebonne.qc.ca/police"),
    ("Service de police de la Ville de Repentigny", "boulevard Iberville", "Repentigny",
     "J6A", "450", 45.7419, -73.4514, "https://www.ville.repentigny.qc.ca/police"),
    ("Service de police de Mirabel", "rue Victor", "Mirabel",
     "J7J", "450", 45.6642, -74.0019, "https://mirabel.ca/police"),
    ("Service de police de la Ville de Saint-Jérôme", "rue Castonguay", "Saint-Jérôme",
     "J7Z", "450", 45.7753, -74.0036, "https://www.vsj.ca/police"),
    ("Service de police de la Ville de Blainville", "boulevard du Curé-Labelle", "Blainville",
     "J7C", "450", 45.6794, -73.8739, "https://blainville.ca/police"),
    ("Régie intermunicipale de police Thérèse-De Blainville", "rue Blainville Est", "Sainte-Thérèse",
     "J7E", "450", 45.6389, -73.8283, "https://www.police.tdb.qc.ca"),
    ("Régie intermunicipale de police Roussillon", "boulevard Monchamp", "Saint-Constant",
     "J5A", "450", 45.3700, -73.5700, "https://www.regiepoliceroussillon.ca"),
    ("Régie intermunicipale de police Richelieu-Saint-Laurent", "boulevard Sir-Wilfrid-Laurier",
     "Saint-Basile-le-Grand",
     "J3N", "450", 45.5300, -73.2800, "https://www.rip-rsl.qc.ca"),
    ("Service de police de Châteauguay", "boulevard D'Anjou", "Châteauguay",
     "J6K", "450", 45.3608, -73.7506, "https://ville.chateauguay.qc.ca/police"),
    ("Service de police de Granby", "rue Dufferin", "Granby",
     "J2G", "450", 45.3989, -72.7211, "https://granby.ca/police"),
    ("Service de police de Saint-Jean-sur-Richelieu", "boulevard du Séminaire Nord", "Saint-Jean-sur-Richelieu",
     "J3B", "450", 45.3056, -73.2536, "https://sjsr.ca/police"),
    ("Service de police de Mascouche", "montée Masson", "Mascouche",
     "J7K", "450", 45.7500, -73.6000, "https://mascouche.ca/police"),
    ("Régie de police du Lac des Deux-Montagnes", "rue Henri-Dunant", "Deux-Montagnes",
     "J7R", "450", 45.5400, -73.8900, "https://www.police-lacdesdeuxmontagnes.qc.ca"),
    ("Service de police de Saint-Eustache", "rue Saint-Eustache", "Saint-Eustache",
     "J7P", "450", 45.5575, -73.8883, "https://www.saint-eustache.ca/police"),
    ("Régie de police de Memphrémagog", "rue Principale Ouest", "Magog",
     "J1X", "819", 45.2650, -72.1467, "https://www.police-memphremagog.qc.ca"),
    ("Service de police de Bromont", "boulevard de Bromont", "Bromont",
     "J2L", "450", 45.3167, -72.6500, "https://www.bromont.net/police"),
    ("Service de police de la Ville de Mont-Tremblant", "rue Labelle", "Mont-Tremblant",
     "J8E", "819", 46.1185, -74.5962, "https://www.villedemont-tremblant.qc.ca/police"),
    ("Service de police de la MRC des Collines-de-l'Outaouais", "chemin du Pont", "Val-des-Monts",
     "J8N", "819", 45.6650, -75.7342, "https://www.mrcdescollines.com/police"),
    ("Service de police de L'Assomption/Saint-Sulpice", "boulevard de l'Ange-Gardien", "L'Assomption",
     "J5W", "450", 45.8300, -73.4300, "https://www.ville.lassomption.qc.ca/police"),
    ("Corps de police régional Kativik", "chemin de l'Aéroport", "Kuujjuaq",
     "J0M", "819", 58.1075, -68.4036, "https://www.kativik-police.example"),
    ("Service de police de Wendake", "boulevard Bastien", "Wendake",
     "G0A", "418", 46.8700, -71.3600, "https://www.wendake.example/police"),
    ("Sécurité publique de Mashteuiatsh", "rue Ouiatchouan", "Mashteuiatsh",
     "G0W", "418", 48.5700, -72.2300, "https://www.mashteuiatsh.example/securite"),
]


def _xlsx_reproductible(chemin: Path) -> None:
    """Réécrit le classeur avec des horodatages fixes (zip et docProps/core.xml)."""
    with zipfile.ZipFile(chemin) as z:
        entrees = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tampon = io.BytesIO()
    fixe = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(tampon, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for nom, donnees in entrees:
            if nom == "docProps/core.xml":
                donnees = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                                 rb"\g<1>" + fixe + rb"\g<2>", donnees)
            info = zipfile.ZipInfo(nom, date_time=FIXED_TS.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, donnees)
    chemin.write_bytes(tampon.getvalue())


def ecrire_bottin(racine: Path, rng: random.Random) -> int:
    import openpyxl

    noms = NOMS_BOTTIN[:]
    rng.shuffle(noms)
    postes = list(range(100, 150))  # 555-0100…0149, réservés au bottin
    rng.shuffle(postes)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bottin"
    ws.append(["corps_policier", "no_civique", "adresse", "municipalite", "province", "code_postal",
               "prenom", "nom", "telephone", "site_internet", "latitude", "longitude"])
    for i, (corps, rue, muni, rta, indicatif, lat, lon, site) in enumerate(CORPS):
        femme = rng.random() < 0.35
        tel = f"{indicatif} 555-0{postes[i]}"
        if rng.random() < 0.3:
            tel += f" poste {rng.randint(2000, 4999)}"
        no_civique = rng.randint(10, 999) if rta[1] == "0" else rng.randint(100, 4500)
        ws.append([corps, no_civique, rue, muni, "QC", code_postal(rta, rng),
                   rng.choice(PRENOMS_F if femme else PRENOMS_M), noms[i], tel, site,
                   round(lat + rng.uniform(-0.004, 0.004), 6), round(lon + rng.uniform(-0.004, 0.004), 6)])
    for col, largeur in zip("ABCDEFGHIJKL", (58, 11, 32, 26, 9, 12, 14, 16, 24, 48, 11, 12)):
        ws.column_dimensions[col].width = largeur
    ws.freeze_panes = "A2"
    wb.properties.creator = "Ministère de la Sécurité publique"
    wb.properties.lastModifiedBy = "Ministère de la Sécurité publique"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    chemin = racine / "datasets/bottin-des-services-de-police/source/bottin.xlsx"
    chemin.parent.mkdir(parents=True, exist_ok=True)
    wb.save(chemin)
    _xlsx_reproductible(chemin)
    return len(CORPS)


# --- 3. Aide financière aux sinistrés ----------------------------------------------------------

# Événements déclarés au programme : (type, date de l'événement, {municipalité: (dossiers, RTA (poids))}).
# Les sinistrés d'un événement habitent surtout le même secteur (une ou deux RTA ; les RTA rurales
# « ?0? » deviennent inconnues après anonymisation), ce qui rend le k-anonymat atteignable.
EVENEMENTS_AFS = [
    ("Inondation", dt.date(2017, 5, 5), {
        "81017": (340, [("J8M", 6), ("J8P", 4)]), "71133": (140, [("J0P", 1)]),
        "66023": (210, [("H8Y", 6), ("H9H", 4)]), "65005": (130, [("H7Y", 1)])}),
    ("Inondation", dt.date(2019, 4, 27), {
        "72015": (430, [("J0N", 1)]), "81017": (260, [("J8M", 5), ("J8P", 5)]), "71133": (100, [("J0P", 1)]),
        "65005": (100, [("H7Y", 1)]), "66023": (110, [("H8Y", 1)]), "72005": (70, [("J7P", 1)])}),
    ("Embâcle", dt.date(2019, 4, 15), {"27028": (85, [("G5X", 1)]), "26030": (50, [("G6E", 1)])}),
    ("Inondation", dt.date(2023, 5, 1), {"16013": (175, [("G3Z", 3), ("G0A", 1)]), "15013": (50, [("G5A", 1)])}),
    ("Feu de forêt", dt.date(2023, 6, 2), {"99025": (45, [("G8P", 1)])}),
    ("Inondation", dt.date(2024, 8, 9), {
        "66023": (230, [("H1C", 6), ("H4N", 4)]), "65005": (100, [("H7E", 1)]), "23027": (80, [("G1M", 1)]),
        "25213": (60, [("G6V", 1)]), "37067": (55, [("G8T", 1)]), "64008": (55, [("J6W", 1)])}),
    ("Inondation", dt.date(2026, 4, 14), {"56083": (80, [("J3A", 1)]), "76020": (45, [("J8H", 1)])}),
    # petits événements : la plupart de leurs dossiers seront supprimés pour le k-anonymat
    ("Érosion côtière", dt.date(2022, 12, 23), {"04037": (14, [("G4V", 1)]), "01023": (12, [("G4T", 1)]),
                                               "03005": (9, [("G4X", 1)])}),
    ("Glissement de terrain", dt.date(2021, 10, 8), {"94068": (12, [("G7H", 1)])}),
]
STATUTS = ("Acceptée", "Partiellement acceptée", "Refusée", "En traitement")
STATUTS_PAR_ANNEE = {2017: (61, 22, 17, 0), 2019: (60, 22, 17, 1), 2021: (55, 25, 18, 2),
                     2022: (52, 24, 16, 8), 2023: (48, 22, 14, 16), 2024: (34, 20, 12, 34), 2026: (8, 4, 4, 84)}
AGES = [((20, 29), 3), ((30, 39), 15), ((40, 49), 22), ((50, 59), 24), ((60, 69), 20), ((70, 79), 12), ((80, 89), 2)]
DOMAINES = ["example.com", "example.net", "example.org", "courriel.example", "internet.example"]


def telephone_reclamant(rng: random.Random, indicatif: str) -> str:
    n = f"555-{rng.randint(200, 9999):04d}"  # jamais 555-01xx (réservés au bottin et aux plantés)
    forme = rng.randrange(4)
    if forme == 0:
        return f"{indicatif} {n}"
    if forme == 1:
        return f"({indicatif}) {n}"
    if forme == 2:
        return f"{indicatif}-{n}"
    return f"{indicatif}{n.replace('-', '')}"


def generer_reclamations(rng: random.Random) -> list[dict]:
    dossiers = []
    for type_evt, date_evt, repartition in EVENEMENTS_AFS:
        # mois où arrivent presque toutes les réclamations : celui de l'événement, ou le suivant
        # quand l'événement survient en fin de mois
        debut_fenetre = date_evt + dt.timedelta(days=1)
        if date_evt.day > 15:
            debut_fenetre = (date_evt.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        fin_fenetre = (debut_fenetre.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        for muni, (nombre, rtas) in repartition.items():
            nom_muni, _, _, _, indicatifs = MUNICIPALITES[muni]
            for _ in range(nombre):
                femme = rng.random() < 0.5
                prenom = rng.choice(PRENOMS_F if femme else PRENOMS_M)
                nom = rng.choice(NOMS_RECLAMANTS)
                (amin, amax) = choix_pondere(rng, AGES)
                age = rng.randint(amin, amax)
                naissance = date_evt - dt.timedelta(days=round(age * 365.25) + rng.randrange(365))
                # sinistre au plus quelques jours autour de la date déclarée, dans le même mois
                d_evt = date_evt + dt.timedelta(days=rng.choice([0, 0, 0, 0, 1, 2]))
                if d_evt.month != date_evt.month:
                    d_evt = date_evt
                if rng.random() < 0.99:
                    debut = max(debut_fenetre, d_evt + dt.timedelta(days=1))
                    d_recl = debut + dt.timedelta(days=min(rng.randrange((fin_fenetre - debut).days + 1),
                                                           rng.randrange((fin_fenetre - debut).days + 1)))
                else:  # retardataires
                    d_recl = fin_fenetre + dt.timedelta(days=rng.randint(1, 28))
                if d_recl > DERNIER_JOUR:
                    d_recl = DERNIER_JOUR - dt.timedelta(days=rng.randrange(10))
                statut = rng.choices(STATUTS, weights=STATUTS_PAR_ANNEE[date_evt.year], k=1)[0]
                base = {"Inondation": 18000, "Embâcle": 22000, "Feu de forêt": 2500,
                        "Érosion côtière": 45000, "Glissement de terrain": 60000}[type_evt]
                reclame = round(min(250000.0, max(350.0, rng.lognormvariate(0, 0.9) * base)), 2)
                if statut == "Acceptée":
                    verse = round(reclame * rng.uniform(0.9, 1.0), 2)
                elif statut == "Partiellement acceptée":
                    verse = round(reclame * rng.uniform(0.25, 0.85), 2)
                else:
                    verse = 0.0
                rue = rng.choice(RUES_RECLAMANTS)
                no = rng.randint(1, 4999)
                adresse = rng.choice([f"{no}, {rue}", f"{no} {rue}", f"{no}, {rue}, app. {rng.randint(1, 24)}"])
                n_nas = nas(rng)
                n_ramq = ramq(nom, prenom, naissance, femme, rng)
                p = re.sub(r"[^a-z]", "", sans_accents(prenom).lower())
                n = re.sub(r"[^a-z]", "", sans_accents(nom).lower())
                courriel = None if rng.random() < 0.14 else (
                    f"{rng.choice([f'{p}.{n}', f'{p[0]}{n}', f'{n}.{p}', f'{p}{n}{rng.randint(1, 99)}'])}"
                    f"@{rng.choice(DOMAINES)}")
                dossiers.append({
                    "nom_reclamant": nom, "prenom_reclamant": prenom,
                    "nas": n_nas if rng.random() < 0.45 else f"{n_nas[:3]} {n_nas[3:6]} {n_nas[6:]}",
                    "no_ramq": n_ramq if rng.random() < 0.5 else f"{n_ramq[:4]} {n_ramq[4:8]} {n_ramq[8:]}",
                    "date_naissance": naissance.isoformat(), "adresse": adresse,
                    "code_postal": code_postal(choix_pondere(rng, rtas), rng),
                    "telephone": telephone_reclamant(rng, rng.choice(indicatifs)), "courriel": courriel,
                    "code_municipalite": muni, "municipalite": nom_muni, "type_evenement": type_evt,
                    "date_evenement": d_evt.isoformat(), "date_reclamation": d_recl.isoformat(),
                    "montant_reclame": reclame, "montant_verse": verse, "statut": statut,
                })
    # numéros de dossier : AFS-<année de réclamation>-<séquence>, attribués dans l'ordre d'arrivée
    dossiers.sort(key=lambda d: (d["date_reclamation"], d["code_municipalite"], d["nas"]))
    sequence: dict[str, int] = {}
    for d in dossiers:
        annee = d["date_reclamation"][:4]
        if annee not in sequence:
            sequence[annee] = rng.randint(1, 400)
        sequence[annee] += rng.randint(1, 3)
        d["id_dossier"] = f"AFS-{annee}-{sequence[annee]:06d}"
    dossiers.sort(key=lambda d: d["id_dossier"])
    return dossiers


COLONNES_AFS = [
    ("id_dossier", "TEXT PRIMARY KEY"), ("nom_reclamant", "TEXT NOT NULL"), ("prenom_reclamant", "TEXT NOT NULL"),
    ("nas", "TEXT NOT NULL"), ("no_ramq", "TEXT"), ("date_naissance", "TEXT NOT NULL"), ("adresse", "TEXT NOT NULL"),
    ("code_postal", "TEXT"), ("telephone", "TEXT"), ("courriel", "TEXT"), ("code_municipalite", "TEXT NOT NULL"),
    ("municipalite", "TEXT NOT NULL"), ("type_evenement", "TEXT NOT NULL"), ("date_evenement", "TEXT NOT NULL"),
    ("date_reclamation", "TEXT NOT NULL"), ("montant_reclame", "REAL NOT NULL"), ("montant_verse", "REAL NOT NULL"),
    ("statut", "TEXT NOT NULL"),
]


def ecrire_aide_financiere(racine: Path, rng: random.Random) -> dict:
    dossiers = generer_reclamations(rng)
    chemin = racine / "datasets/aide-financiere-aux-sinistres/source/aide_financiere.sqlite"
    chemin.parent.mkdir(parents=True, exist_ok=True)
    if chemin.exists():
        chemin.unlink()
    noms = [c for c, _ in COLONNES_AFS]
    con = sqlite3.connect(chemin)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute(f"CREATE TABLE reclamations ({', '.join(f'{c} {t}' for c, t in COLONNES_AFS)})")
        con.executemany(f"INSERT INTO reclamations ({', '.join(noms)}) VALUES ({', '.join('?' * len(noms))})",
                        [[d[c] for c in noms] for d in dossiers])
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    return {"dossiers": len(dossiers), **estimer_k(dossiers)}


def estimer_k(dossiers: list[dict], k: int = 5) -> dict:
    """Part des dossiers dans une classe de moins de k, après la généralisation déclarée au schéma
    (municipalité, type, mois de l'événement et de la réclamation, tranche d'âge de 10 ans à
    l'événement, RTA — rurale ou rare ramenée à inconnue)."""
    def age(naiss: str, ref: str) -> int:
        a, b = dt.date.fromisoformat(naiss), dt.date.fromisoformat(ref)
        return b.year - a.year - ((b.month, b.day) < (a.month, a.day))

    rta = [d["code_postal"][:3] if d["code_postal"] and d["code_postal"][1] != "0" else None for d in dossiers]
    freq = Counter(rta)
    rta = [r if r is not None and freq[r] >= k else None for r in rta]
    cles = []
    for d, r in zip(dossiers, rta):
        a = age(d["date_naissance"], d["date_evenement"])
        bande = "90+" if a >= 90 else f"{a // 10 * 10}"
        cles.append((d["code_municipalite"], d["type_evenement"], d["date_evenement"][:7],
                     d["date_reclamation"][:7], bande, r))
    tailles = Counter(cles)
    a_risque = sum(1 for c in cles if tailles[c] < k)
    # Les tests modifient le premier dossier (rowid 1) et s'attendent à le retrouver après le k-anonymat.
    assert tailles[cles[0]] >= k, "le premier dossier doit appartenir à une classe d'au moins k dossiers"
    return {"classes": len(tailles), "part_sous_k": round(a_risque / len(cles), 4),
            "classe_du_premier_dossier": tailles[cles[0]]}


# --- 4. Plans de sécurité des établissements de détention (restreint, art. 29) ------------------

ETABLISSEMENTS = [
    ("Établissement de détention de Montréal", "Montréal"),
    ("Établissement de détention de Rivière-des-Prairies", "Montréal"),
    ("Établissement Leclerc de Laval", "Laval"),
    ("Établissement de détention de Québec", "Québec"),
    ("Établissement de détention de Québec – secteur féminin", "Québec"),
    ("Établissement de détention de Saint-Jérôme", "Saint-Jérôme"),
    ("Établissement de détention de Sherbrooke", "Sherbrooke"),
    ("Établissement de détention de Trois-Rivières", "Trois-Rivières"),
    ("Établissement de détention de Hull", "Gatineau"),
    ("Établissement de détention de Sorel-Tracy", "Sorel-Tracy"),
    ("Établissement de détention de Rimouski", "Rimouski"),
    ("Établissement de détention de Roberval", "Roberval"),
    ("Établissement de détention de Chicoutimi", "Saguenay"),
    ("Établissement de détention de Baie-Comeau", "Baie-Comeau"),
    ("Établissement de détention de Sept-Îles", "Sept-Îles"),
    ("Établissement de détention de Percé", "Percé"),
    ("Établissement de détention de New Carlisle", "New Carlisle"),
    ("Établissement de détention d'Amos", "Amos"),
    ("Établissement de détention de Havre-Aubert", "Les Îles-de-la-Madeleine"),
    ("Établissement de détention de Saint-Hyacinthe (unité temporaire)", "Saint-Hyacinthe"),
]


def ecrire_plans(racine: Path, rng: random.Random) -> int:
    chemin = racine / "datasets/plans-securite-etablissements-detention/source/plans.csv"
    chemin.parent.mkdir(parents=True, exist_ok=True)
    with open(chemin, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["etablissement", "municipalite", "niveau_securite", "nombre_postes_surveillance", "date_revision"])
        for etab, muni in ETABLISSEMENTS:
            grand = muni in ("Montréal", "Laval", "Québec")
            niveau = rng.choice(["Maximum", "Moyen"] if grand else ["Moyen", "Moyen", "Minimum"])
            postes = rng.randint(24, 60) if grand else rng.randint(6, 22)
            revision = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1300))
            w.writerow([etab, muni, niveau, postes, min(revision, DERNIER_JOUR).isoformat()])
    return len(ETABLISSEMENTS)


# --- 5. Statistiques des interventions policières -----------------------------------------------

REGIONS = [  # code, nom, population approximative (milliers)
    ("01", "Bas-Saint-Laurent", 200), ("02", "Saguenay–Lac-Saint-Jean", 280), ("03", "Capitale-Nationale", 760),
    ("04", "Mauricie", 275), ("05", "Estrie", 340), ("06", "Montréal", 2050), ("07", "Outaouais", 410),
    ("08", "Abitibi-Témiscamingue", 148), ("09", "Côte-Nord", 90), ("10", "Nord-du-Québec", 46),
    ("11", "Gaspésie–Îles-de-la-Madeleine", 92), ("12", "Chaudière-Appalaches", 440), ("13", "Laval", 440),
    ("14", "Lanaudière", 540), ("15", "Laurentides", 650), ("16", "Montérégie", 1600),
    ("17", "Centre-du-Québec", 250),
]
CATEGORIES = [("Crimes contre la personne", 11.0), ("Crimes contre la propriété", 24.0),
              ("Autres infractions au Code criminel", 6.5)]
ANNEES_STATS = (2020, 2021, 2022, 2023)


def ecrire_interventions(racine: Path, rng: random.Random) -> int:
    chemin = racine / "datasets/statistiques-interventions-policieres/source/interventions.csv"
    chemin.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(chemin, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["annee", "code_region", "region", "categorie", "nombre"])
        for annee in ANNEES_STATS:
            tendance = 1 + 0.03 * (annee - 2020)
            for code, region, pop in REGIONS:
                for categorie, taux in CATEGORIES:  # taux pour 1 000 habitants
                    urbain = 1.25 if code in ("06", "13") else 1.0
                    w.writerow([annee, code, region, categorie,
                                round(pop * taux * urbain * tendance * rng.uniform(0.85, 1.15))])
                    n += 1
    return n


# --- principal ----------------------------------------------------------------------------------


def generer(racine: Path) -> dict:
    rng = random.Random(SEED)
    resume = {}
    resume["evenements"] = ecrire_evenements(racine, rng)
    resume["bottin"] = ecrire_bottin(racine, rng)
    resume["aide_financiere"] = ecrire_aide_financiere(racine, rng)
    resume["plans"] = ecrire_plans(racine, rng)
    resume["interventions"] = ecrire_interventions(racine, rng)
    return resume


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--racine", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="dossier qui contient datasets/ (par défaut : la racine du dépôt)")
    args = parser.parse_args()
    print(json.dumps(generer(args.racine), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
