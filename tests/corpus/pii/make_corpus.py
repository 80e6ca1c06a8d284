"""Generate ``labelled.jsonl``: French/Québec free-text cells with the exact span and kind of every
personal identifier they contain (and many cells that contain none).

    python tests/corpus/pii/make_corpus.py          # rewrites labelled.jsonl next to this file

Seeded: the output is identical from run to run. The generators are written independently of
``dqpub.privacy.detect`` (their own Luhn, their own formats), so the corpus does not simply mirror the
detector's regexes; some formats are deliberately ones a regex engine may miss.

Each line: ``{"id": "...", "origin": "generated"|"hand", "text": "...",
"spans": [{"start": 0, "end": 5, "kind": "nom"}, ...]}``. Kinds: nas, ramq, permis, code_postal,
telephone, courriel, adresse, date_naissance, plaque, nom. A name span excludes the honorific
(« Mme [Lucie Roy] »); an address span covers number, street and unit; a date of birth span covers
the date only; a plate span covers the plate only.

All values are fictitious: 555 exchanges for phone numbers, invented names and addresses.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20240917
NBSP = "\u00a0"

FIRST = """Jean Marie Pierre Louise Jean-François Marie-Ève Marc-André Sylvie Nathalie Mélanie Isabelle
Chantal Guy Réjean Gaétan Ghislain Normand Gilles Luc Mathieu Catherine Geneviève Émilie Olivier
William Félix Léa Florence Zoé Samuel Élodie Maude Annie Karine Stéphane Sébastien Yves Denis Daniel
Claude Lise Francine Ginette Huguette Rolande Thérèse Fatima Mohamed Ahmed Yasmine Wei Priya Rajesh
Carlos María Olena Dmitri Kwame Amadou Awa Anne-Marie Pierre-Luc Marie-Claude Jean-Sébastien Josée
Manon Diane Michel André Robert Richard Benoît Hélène Véronique Julie Caroline Marc Alexandre Gabriel
Raphaël Nicolas Vincent Sophie Valérie Martine Lucie Roxanne Jacinthe Brigitte Bernard Serge Alain
Linh Thi Hoang Ibrahima Moussa Leila Karim Sofia Mateo Aiden Liam Emma Chloé Alice Rose Jade""".split()

LAST = """Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger
Lévesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier
Lapointe Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Martin Landry Martel Bédard Grenier Lessard
Bernier Richard Michaud Hébert Desjardins Couture Turcotte Lachance Parent Blais Gosselin Savard Proulx
Beaudoin Demers Perron Boudreau Deschênes D'Amours O'Neil Lachapelle-Zorn Nguyen Tran Benali Haddad
Khoury Singh Patel Kowalski Rodriguez Dubois-Charron Mailloux-Pagé McDonald MacLean Ferguson Smith
Johnson Kovalenko Diallo Traoré Chen Wong Laflamme Drolet Vachon Boivin Duchesne Larouche Harvey
Brassard Gilbert Bolduc Rioux Dufour Charest Lemieux Vézina Thériault Gingras Audet Paradis Sirois
Labrecque Dionne Lacasse Bisson Vaillancourt Pépin Jobin Raymond Marcoux Giroux Veilleux Asselin""".split()

PARTICLE_LAST = ["de Grandpré", "Le Sieur", "de la Durantaye", "D'Anjou", "du Tremblay", "Van Houtte", "El Amrani", "Da Silva"]

STREET_TYPES = ["rue", "rue", "rue", "avenue", "av.", "boulevard", "boul.", "chemin", "ch.", "rang", "route", "place",
                "montée", "côte", "croissant", "impasse", "terrasse", "allée", "promenade"]
STREET_NAMES = ["Saint-Jean", "Principale", "des Érables", "de la Montagne", "du Parc", "Vézina", "Champlain",
                "Notre-Dame", "Saint-Joseph", "Maple Hill", "des Pins", "Laurier", "Sainte-Catherine Est",
                "de l'Église", "du Lac", "Cartier", "Wilfrid-Hamel", "des Bouleaux", "Royale", "Saint-Paul Ouest",
                "des Patriotes", "du Fleuve", "Masson", "Bellevue", "de la Rivière", "Racine", "Dorchester",
                "Chauveau", "des Cèdres", "Belvédère"]
EN_STREETS = ["Maple Street", "Main Street", "Lakeshore Road", "Victoria Avenue", "Church Street", "Elm Drive", "Oak Lane"]
DOMAINS = ["gmail.com", "hotmail.com", "videotron.ca", "outlook.fr", "yahoo.ca", "exemple.qc.ca", "bell.net",
           "msp.gouv.qc.ca", "cgocable.ca", "sympatico.ca"]
MUNICIPALITIES = ["Québec", "Lévis", "Rimouski", "Saint-Georges", "Gatineau", "Sherbrooke", "Trois-Rivières",
                  "Saguenay", "Laval", "Longueuil", "Drummondville", "Granby", "Matane", "Gaspé", "Sept-Îles",
                  "Baie-Saint-Paul", "Saint-Jean-sur-Richelieu", "Sainte-Marie", "Beauceville", "Rouyn-Noranda",
                  "Val-d'Or", "Shawinigan", "Magog", "Mont-Laurier", "Sainte-Anne-des-Monts", "La Malbaie",
                  "Lac-Mégantic", "Victoriaville", "Sorel-Tracy", "Amqui"]
RIVERS = ["Chaudière", "Richelieu", "Saint-Charles", "des Mille Îles", "Matapédia", "Rouge", "du Lièvre",
          "Etchemin", "Saint-François", "Yamaska", "Montmorency", "Outaouais", "Sainte-Anne"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
CP_FIRST = "ABCEGHJKLMNPRSTVXY"
CP_OTHER = "ABCEGHJKLMNPRSTVWXYZ"


class Cell:
    """A text under construction with its labelled spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []

    def add(self, text: str, kind: str | None = None) -> "Cell":
        start = sum(map(len, self.parts))
        self.parts.append(text)
        if kind:
            self.spans.append({"start": start, "end": start + len(text), "kind": kind})
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def fill(r: random.Random, template: str, values: dict[str, tuple[str, str | None]]) -> Cell:
    """``template`` with ``{slot}`` markers; values: slot -> (text, kind or None)."""
    cell = Cell()
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        cell.add(template[pos:m.start()])
        text, kind = values[m.group(1)]
        cell.add(text, kind)
        pos = m.end()
    cell.add(template[pos:])
    return cell


# --- value generators ----------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def nas(r: random.Random, valid: bool = True) -> str:
    first = r.choice("1234567924")
    body = first + "".join(r.choice("0123456789") for _ in range(7))
    check = luhn_digit(body)
    if not valid:
        check = str((int(check) + r.randint(1, 9)) % 10)
    d = body + check
    fmt = r.choice(["sp", "sp", "dash", "bare", "nbsp"])
    if fmt == "sp":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if fmt == "dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if fmt == "nbsp":
        return f"{d[:3]}{NBSP}{d[3:6]}{NBSP}{d[6:]}"
    return d


def ramq(r: random.Random, valid: bool = True) -> str:
    last, first = r.choice(LAST), r.choice(FIRST)
    letters = (re.sub(r"[^A-Za-z]", "", last.upper().replace("É", "E").replace("È", "E").replace("Ô", "O")) + "XXX")[:3]
    letters += re.sub(r"[^A-Z]", "", first.upper().replace("É", "E"))[:1] or "X"
    yy = r.randint(0, 99)
    mm = r.randint(1, 12) + (50 if r.random() < 0.5 else 0)
    dd = r.randint(1, 28)
    if not valid:
        mm = r.choice([13, 14, 20, 33, 45, 63, 70, 0])
    tail = r.randint(10, 99)
    d = f"{yy:02d}{mm:02d}{dd:02d}{tail}"
    fmt = r.choice(["sp", "sp", "sp", "bare"])
    return f"{letters} {d[:4]} {d[4:]}" if fmt == "sp" else letters + d


def permis(r: random.Random) -> str:
    letter = r.choice(LAST)[0].upper()
    if not letter.isascii():
        letter = "E"
    a = f"{r.randint(0, 9999):04d}"
    b = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(40, 99):02d}"
    c = f"{r.randint(0, 99):02d}"
    return r.choice([f"{letter}{a}-{b}-{c}", f"{letter}{a}-{b}-{c}", f"{letter}{a} {b} {c}", f"{letter}{a}{b}{c}"])


def code_postal(r: random.Random) -> str:
    a = r.choice("GHJ" * 4 + CP_FIRST) + str(r.randint(0, 9)) + r.choice(CP_OTHER.replace("W", "").replace("Z", ""))
    b = str(r.randint(0, 9)) + r.choice(CP_OTHER) + str(r.randint(0, 9))
    s = r.choice([f"{a} {b}", f"{a} {b}", f"{a}{b}", f"{a.lower()} {b.lower()}"])
    return s


def telephone(r: random.Random) -> str:
    area = r.choice(["418", "581", "819", "873", "450", "579", "514", "438", "367"])
    line = f"{r.randint(100, 199):04d}"
    return r.choice([
        f"{area} 555-{line}", f"{area}-555-{line}", f"({area}) 555-{line}", f"{area}.555.{line}",
        f"{area} 555 {line}", f"1 {area} 555-{line}", f"1-{area}-555-{line}", f"+1 {area} 555 {line}",
        f"{area}555{line}", f"({area}) 555-{line} poste {r.randint(1, 9999)}",
        f"{area} 555-{line}, poste {r.randint(1, 999)}", f"{area}-555-{line} ext. {r.randint(1, 99)}",
        f"1-800-555-{line}", f"+1 ({area}) 555-{line}", f"({area})555-{line}",
    ])


def courriel(r: random.Random, first: str | None = None, last: str | None = None) -> str:
    first = first or r.choice(FIRST)
    last = last or r.choice(LAST)

    def ascii_(s: str) -> str:
        table = str.maketrans("éèêëàâäîïôöûüùçÉÈÀÇ", "eeeeaaaiioouuucEEAC")
        return re.sub(r"[^a-z0-9-]", "", s.translate(table).lower())

    f, l_ = ascii_(first), ascii_(last)
    local = r.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{l_}.{f}", f"{f}{r.randint(1, 99)}", f"{f}_{l_}",
                      f"{f}.{l_}{r.randint(50, 99)}"])
    return f"{local}@{r.choice(DOMAINS)}"


def adresse(r: random.Random) -> str:
    num = str(r.randint(1, 9999))
    if r.random() < 0.1:
        num += r.choice("ABC")
    if r.random() < 0.08:
        num = f"{r.randint(1, 12)}-{num}"
    if r.random() < 0.12:
        base = f"{num} {r.choice(EN_STREETS)}"
    elif r.random() < 0.08:
        base = f"{num}, {r.randint(1, 9)}e {r.choice(['Rang', 'Avenue', 'rue'])}"
    else:
        sep = r.choice([", ", " ", ", "])
        typ = r.choice(STREET_TYPES)
        name = r.choice(STREET_NAMES)
        if typ in ("route", "rang") and r.random() < 0.4:
            name = str(r.randint(1, 399))
        base = f"{num}{sep}{typ} {name}"
    if r.random() < 0.15:
        base += r.choice([f" app. {r.randint(1, 30)}", f", app. {r.randint(1, 30)}", f" unité {r.randint(1, 9)}",
                          f", bureau {r.randint(100, 450)}"])
    return base


def date_text(r: random.Random) -> str:
    y, m, d = r.randint(1930, 2015), r.randint(1, 12), r.randint(1, 28)
    return r.choice([
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}",
        f"{'1er' if d == 1 else d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}",
        f"{EN_MONTHS[m - 1]} {d}, {y}", f"{y}/{m:02d}/{d:02d}",
    ])


def plaque(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    a = "".join(r.choice(L) for _ in range(3))
    n = f"{r.randint(0, 999):03d}"
    return r.choice([f"{a} {n}", f"{n} {a}", f"{a}{n}", f"{r.choice(L)}{r.randint(10, 99)} {a}", f"{a}-{n}"])


def person(r: random.Random) -> str:
    first, last = r.choice(FIRST), r.choice(LAST)
    if r.random() < 0.08:  # particle surnames always with the first name (« Louis de Grandpré »)
        return f"{first} {r.choice(PARTICLE_LAST)}"
    if r.random() < 0.1:
        last = f"{last}-{r.choice(LAST)}" if "-" not in last and "'" not in last and " " not in last else last
    form = r.random()
    if form < 0.62:
        return f"{first} {last}"
    if form < 0.70:
        return f"{first} {last.upper()}"
    if form < 0.76:
        initials = "-".join(p[0] + "." for p in first.split("-"))
        return f"{initials} {last}"
    if form < 0.82:
        return f"{last.upper()}, {first}"
    if form < 0.88:
        return f"{first} {r.choice(FIRST)} {last}" if "-" not in first else f"{first} {last}"
    return last


# --- templates -----------------------------------------------------------------------------------

NAME_TEMPLATES = [
    "Signalé par {n}.", "Signalé par {n} au centre de services.", "Appel de {n} concernant un refoulement d'égout.",
    "{n} a signalé un arbre tombé sur la ligne électrique.", "Selon {n}, l'eau monte rapidement.",
    "Propriétaire : {n}", "La résidente, {n}, refuse d'évacuer.", "Rejoindre {n} pour le suivi.",
    "Sinistré : {n}", "Le chalet de {n} est inondé.", "Témoin : {n}", "Info transmise par {n} (voisin).",
    "{n} demande de l'aide pour pomper son sous-sol.", "Suivi fait avec {n} ce matin.",
    "Plainte de {n} au sujet du bruit des génératrices.", "Évacuation de {n} et de ses deux enfants.",
    "Personne à contacter : {n}", "Le voisin, {n}, a vu le glissement de terrain.",
    "Hébergement temporaire pour {n} à l'hôtel.", "Dommages constatés chez {n}.",
    "Rapport rédigé après discussion avec {n}.", "{n} (locataire) signale de l'eau au sous-sol.",
    "Demande d'aide financière déposée par {n}.", "Résidence de {n} : toiture arrachée.",
    "Conducteur : {n}", "Occupante : {n}, {age}, {sante}.",
]
HONORIFIC_TEMPLATES = [
    "{h} {n} a été évacué vers le centre d'hébergement.", "Rappeler {h} {n} demain.",
    "{h} {n} signale une odeur de gaz.", "Contacté {h} {n} par téléphone.", "Visite chez {h} {n}.",
    "{h} {n} refuse de quitter sa résidence.",
]
HONORIFICS = ["M.", "Mme", "Mlle", "Monsieur", "Madame", "Dr", "Me", "Mme", "M."]

PHONE_TEMPLATES = ["Tél. : {x}", "Rappeler au {x}.", "Joindre le propriétaire au {x} après 17 h.", "cell {x}",
                   "Numéro de contact {x}", "{x} (résidence)", "Téléphone du sinistré : {x}",
                   "Il a laissé son numéro, {x}, à la réception.", "Rejoindre au {x} ou par courriel."]
EMAIL_TEMPLATES = ["Courriel : {x}", "Écrire à {x} pour les documents.", "Réponse envoyée à {x}.",
                   "{x} a transmis les photos des dommages.", "contact: {x}"]
ADDRESS_TEMPLATES = ["Au {x}, le sous-sol est inondé.", "Arbre tombé devant le {x}.", "Résidence située au {x}.",
                     "Glissement de terrain derrière le {x}, {m}.", "{x} : toiture endommagée.",
                     "Adresse du sinistré : {x}", "Évacuation du {x} et des maisons voisines.",
                     "Refoulement d'égout au {x} à {m}."]
CP_TEMPLATES = ["Code postal : {x}", "{m} ({x})", "Adresse postale se terminant par {x}.", "CP {x}",
                "Secteur du code postal {x}, 3 résidences touchées."]
NAS_TEMPLATES = ["NAS : {x}", "NAS du réclamant : {x}", "numéro d'assurance sociale {x}",
                 "SIN {x} fourni par erreur", "Réclamant (NAS {x}) admissible.", "{x}"]
NAS_NEG_TEMPLATES = ["Numéro de dossier {x}", "Réf. {x} (numéro de lot)", "Identifiant de compteur {x}",
                     "Bon de commande {x}"]
RAMQ_TEMPLATES = ["RAMQ : {x}", "Carte d'assurance maladie {x}", "No RAMQ {x} à vérifier",
                  "Assurance maladie : {x}", "{x}"]
RAMQ_NEG_TEMPLATES = ["Référence {x}", "Code de lot {x}", "Pièce {x} commandée"]
PERMIS_TEMPLATES = ["Permis de conduire : {x}", "Permis {x}", "No de permis {x} noté par la SQ",
                    "Conducteur, permis {x}"]
DOB_KEYS = ["né le {x}", "née le {x}", "Date de naissance : {x}", "DDN : {x}", "DDN {x}", "naissance : {x}",
            "Né le {x} à Québec", "date of birth {x}"]
DOB_NEG = ["Événement survenu le {x}.", "Rapport du {x}", "Crue observée le {x}", "Ouverture du dossier le {x}",
           "Fin des travaux prévue le {x}."]
PLATE_TEMPLATES = ["Plaque {x}", "plaque d'immatriculation {x}", "Véhicule immatriculé {x} bloque l'accès",
                   "Voiture abandonnée, plaque {x}", "Immatriculation : {x}"]

NEGATIVES = [
    "Inondation de la rivière {r} à {m}.", "Route 132 fermée entre {m} et {m2}.", "Pont de la rivière {r} fermé.",
    "Crue printanière, niveau à 3,2 m à la station hydrométrique.", "Le maire de {m} a déclaré l'état d'urgence.",
    "La mairesse de {m} demande l'aide du ministère.", "Le ministre de la Sécurité publique visitera {m}.",
    "Code géographique {code}, RTA {fsa}.", "Secteur {fsa}, près de l'école primaire.",
    "Montant versé : {amount} $", "Aide financière de {small} $ accordée.", "Événement survenu le {d} à {m}.",
    "Heure d'appel : {h} h {mi}; durée 3 h.", "Coordonnées {lat}, -{lon}", "Dossier EV-{y}-{six} ouvert.",
    "Appeler le 911 en cas d'urgence ou Info-Santé 811.", "Vents de 90 km/h prévus par Environnement Canada.",
    "Pluie de {mm} mm en 24 h.", "Fermeture du chemin du Lac jusqu'à nouvel ordre.",
    "Travaux sur le boulevard René-Lévesque.", "Circulation en alternance sur le pont Pierre-Laporte.",
    "Au km {km}, route {rt}, glissement de terrain.", "{n_res} résidences évacuées à {m}.",
    "Les pompiers de {m} sont sur place.", "La Sûreté du Québec ferme l'autoroute 20 à la sortie {exit}.",
    "Hydro-Québec signale {n_res} clients privés d'électricité.", "Centre d'hébergement ouvert à l'aréna de {m}.",
    "Bris d'aqueduc sur la rue Principale.", "Embâcle sur la rivière {r} en aval du barrage.",
    "Municipalité de {m} : avis d'ébullition préventif.", "Niveau de la rivière {r} : {mm} cm sous le seuil.",
    "Rencontre du comité municipal de sécurité civile à 14 h.", "Verglas : {n_res} poteaux endommagés.",
    "Feu de forêt à {km} km au nord de {m}.", "Le directeur du service incendie confirme la fin de l'intervention.",
    "Tempête de neige : 45 cm au sol.", "Mise à jour no {small2} transmise au COG.",
    "Écoles fermées à {m} et {m2}.", "Le 3e rang est impraticable.", "Sortie {exit} de l'autoroute 40 fermée.",
    "Version {y}.{small2} du plan municipal de sécurité civile.", "{n_res} personnes inscrites au centre de services aux sinistrés.",
    "Débit de {mm} m3/s mesuré à la station 023402.", "Relevé du {d} : aucun dommage.",
]


def negative(r: random.Random) -> Cell:
    t = r.choice(NEGATIVES)
    def luhn_invalid_amount() -> str:
        while True:
            d = f"{r.randint(100, 999)}{r.randint(0, 999999):06d}"
            return f"{d[:3]} {d[3:6]} {d[6:]}"
    vals = {
        "r": r.choice(RIVERS), "m": r.choice(MUNICIPALITIES), "m2": r.choice(MUNICIPALITIES),
        "code": str(r.choice([66023, 23027, 94068, 58227, 37067, 25213])), "fsa": r.choice(["H2X", "G1R", "J4K", "G0A", "H1W"]),
        "amount": luhn_invalid_amount(), "small": f"{r.randint(1, 99)} {r.randint(0, 999):03d}",
        "d": f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2015, 2024)}" if r.random() < 0.5 else f"{r.randint(2015, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        "h": str(r.randint(0, 23)), "mi": f"{r.randint(0, 59):02d}", "lat": f"{r.uniform(45, 49):.4f}",
        "lon": f"{r.uniform(64, 79):.4f}", "y": str(r.randint(2015, 2024)), "six": f"{r.randint(0, 999999):06d}",
        "mm": str(r.randint(5, 180)), "km": str(r.randint(1, 250)), "rt": str(r.choice([132, 138, 155, 117, 175, 185])),
        "n_res": str(r.randint(2, 400)), "exit": str(r.randint(10, 350)), "small2": str(r.randint(1, 30)),
    }
    return fill(r, t, {k: (v, None) for k, v in vals.items()})


def generated(r: random.Random) -> list[tuple[str, Cell]]:
    out: list[tuple[str, Cell]] = []
    m = lambda: (r.choice(MUNICIPALITIES), None)  # noqa: E731
    for _ in range(150):
        out.append(("nom", fill(r, r.choice(NAME_TEMPLATES), {"n": (person(r), "nom"), "age": ("82 ans", "age"),
                                                              "sante": ("mobilité réduite", "sante")})))
    for _ in range(40):
        n = f"{r.choice(FIRST)} {r.choice(LAST)}" if r.random() < 0.6 else r.choice(LAST + PARTICLE_LAST)
        out.append(("nom", fill(r, r.choice(HONORIFIC_TEMPLATES), {"h": (r.choice(HONORIFICS), None), "n": (n, "nom")})))
    for _ in range(45):
        out.append(("nas", fill(r, r.choice(NAS_TEMPLATES), {"x": (nas(r), "nas")})))
    for _ in range(25):
        out.append(("nas-", fill(r, r.choice(NAS_NEG_TEMPLATES), {"x": (nas(r, valid=False), None)})))
    for _ in range(35):
        out.append(("ramq", fill(r, r.choice(RAMQ_TEMPLATES), {"x": (ramq(r), "ramq")})))
    for _ in range(12):
        out.append(("ramq-", fill(r, r.choice(RAMQ_NEG_TEMPLATES), {"x": (ramq(r, valid=False), None)})))
    for _ in range(20):
        out.append(("permis", fill(r, r.choice(PERMIS_TEMPLATES), {"x": (permis(r), "permis")})))
    for _ in range(30):
        out.append(("code_postal", fill(r, r.choice(CP_TEMPLATES), {"x": (code_postal(r), "code_postal"), "m": m()})))
    for _ in range(50):
        out.append(("telephone", fill(r, r.choice(PHONE_TEMPLATES), {"x": (telephone(r), "telephone")})))
    for _ in range(25):
        out.append(("courriel", fill(r, r.choice(EMAIL_TEMPLATES), {"x": (courriel(r), "courriel")})))
    for _ in range(50):
        out.append(("adresse", fill(r, r.choice(ADDRESS_TEMPLATES), {"x": (adresse(r), "adresse"), "m": m()})))
    for _ in range(25):
        out.append(("date_naissance", fill(r, r.choice(DOB_KEYS), {"x": (date_text(r), "date_naissance")})))
    for _ in range(15):
        out.append(("date-", fill(r, r.choice(DOB_NEG), {"x": (date_text(r), None)})))
    for _ in range(20):
        out.append(("plaque", fill(r, r.choice(PLATE_TEMPLATES), {"x": (plaque(r), "plaque")})))
    # cells with several identifiers, like real call notes
    for _ in range(45):
        first, last = r.choice(FIRST), r.choice(LAST)
        c = Cell()
        c.add(r.choice(["Signalé par ", "Appel de ", "Propriétaire : ", "Mme ", "M. ", ""]))
        c.add(f"{first} {last}", "nom")
        c.add(r.choice([" au ", ", résidant au ", ", "]))
        c.add(adresse(r), "adresse")
        c.add(r.choice([", tél. ", " — ", ", joindre au ", " ("]))
        c.add(telephone(r), "telephone")
        if r.random() < 0.5:
            c.add(r.choice([", courriel ", ", ", " ou "]))
            c.add(courriel(r, first, last), "courriel")
        if r.random() < 0.3:
            c.add(", NAS ")
            c.add(nas(r), "nas")
        if r.random() < 0.3:
            c.add(", né le " if r.random() < 0.5 else ", DDN ")
            c.add(date_text(r), "date_naissance")
        c.add(r.choice([".", ")", "", ". Sous-sol inondé."]))
        out.append(("multi", c))
    for _ in range(130):
        out.append(("negatif", negative(r)))
    out += case_and_indirect(r)  # appended last: the cells above stay what they were
    return out


# --- names in capitals / lowercase, places named after people, ages, health (issue 12) ----------

CAPS_TEMPLATES = [
    "Info reçue de {n} à {h} h.", "Appel logé par {n}.", "Signalement fait par {n} : eau au sous-sol.",
    "Message laissé par {n} sur la boîte vocale.", "Rapporté par {n}, voisin.", "Courriel de {n} reçu ce matin.",
    "Selon {n}, la route est coupée.", "Demande transmise par {n}.", "Contacté {n} pour l'accès au terrain.",
    "Déclaration de {n} au poste.", "Plainte de {n} concernant les débris.", "Le citoyen {n} a vu de la fumée.",
    "Propriétaire : {n}", "Appel de {n} au sujet de sa remise.", "Info de {n} : ponceau bouché.",
]
LOWER_TEMPLATES = [
    "appel de {n} vers {h} h", "signalé par {n}", "info reçue de {n} ce matin", "rappeler {n} demain",
    "selon {n} l'eau a monté", "plainte de {n} pour le bruit", "courriel de {n} avec photos", "contact : {n}",
    "parlé avec {n}, elle quitte la maison", "message de {n} : sous-sol inondé", "Appel de {n} vers {h} h.",
]
PERSON_PLACES = ["Pierre-Laporte", "Jacques-Cartier", "René-Lévesque", "Jean-Lesage", "Honoré-Mercier",
                 "Louis-Hébert", "Félix-Leclerc", "Wilfrid-Laurier", "Henri-Bourassa", "Jean-Talon",
                 "Maurice-Duplessis", "Georges-Vanier", "Marguerite-Bourgeoys", "Lionel-Groulx", "Charles-Le Moyne",
                 "Gérard-D.-Levesque", "Louis-Joseph-Papineau", "Laurent-Benoît", "Camille-Laurin"]
PLACE_TEMPLATES = [
    "Circulation difficile sur le pont {p}.", "Centre d'hébergement ouvert à l'aréna {p}.", "L'école {p} est fermée.",
    "Travaux sur le boulevard {p}.", "Patients transférés à l'hôpital {p}.", "Évacuation du CHSLD {p}.",
    "Autoroute {p} fermée en direction ouest.", "Refuge à la polyvalente {p}.", "Fermeture de l'avenue {p}.",
    "FERMETURE DU PONT {P} EN DIRECTION NORD", "ARÉNA {P} OUVERT AUX SINISTRÉS",
]
WHO = ["Dame", "Homme", "Femme", "Résidente", "Résident", "Un homme", "Une femme", "Le locataire", "La propriétaire",
       "Enfant", "Garçon", "Fillette", "Occupant", "Conducteur", "Piéton", "Sinistrée"]
AGE_TEMPLATES = [
    "{w} de {a} seule à domicile.", "{w} de {a} évacué par les pompiers.", "{name}, {a}, refuse de partir.",
    "Âgée de {a}, la locataire vit seule.", "{w} âgé de {a} transporté à l'hôpital.", "{name} ({a}) hébergé chez son fils.",
    "{w} de {a} retrouvé sain et sauf.",
]
AGE_NEG = ["Zone inondable de récurrence {n} ans.", "Maison construite il y a {n} ans.", "Résident du secteur depuis {n} ans.",
           "Ponceau vieux de {n} ans.", "Crue de récurrence {n} ans.", "Travaux prévus sur {n} ans.",
           "Garantie de {n} ans sur la toiture.", "Aucune crue semblable depuis {n} ans.",
           "Un homme dans la {dec} a été vu près du quai.", "Une {decf} vivant seule, rang {n}."]
DECADES = ["trentaine", "quarantaine", "cinquantaine", "soixantaine", "septantaine"]
DECADE_NOUNS = ["octogénaire", "septuagénaire", "sexagénaire", "quinquagénaire"]
HEALTH = ["dialyse", "oxygène", "fauteuil roulant", "diabétique", "Alzheimer", "marchette", "chimiothérapie",
          "mobilité réduite", "Parkinson", "sclérose en plaques", "insuline", "cancer", "épilepsie", "démence",
          "respirateur", "hémodialyse", "déficience intellectuelle", "non voyant", "paraplégique", "VIH"]
HEALTH_TEMPLATES = {
    "dialyse": "Résidente sous {s}, à évacuer en priorité.", "oxygène": "Dame seule sous {s}, génératrice requise.",
    "fauteuil roulant": "Homme en {s} au 2e étage.", "diabétique": "Le propriétaire est {s} et manque de médicaments.",
    "Alzheimer": "Sa mère, atteinte d'{s}, vit avec eux.", "marchette": "La locataire utilise une {s}.",
    "chimiothérapie": "Patient en {s}, transport requis.", "mobilité réduite": "Personne à {s} au 3e étage.",
    "Parkinson": "Le résident souffre de {s}.", "sclérose en plaques": "Occupante atteinte de {s}.",
    "insuline": "Il n'a plus d'{s} depuis la panne.", "cancer": "Son conjoint est traité pour un {s}.",
    "épilepsie": "Enfant souffrant d'{s}, hébergé chez sa tante.", "démence": "Aîné atteint de {s} disparu.",
    "respirateur": "Résident dépendant de son {s}; génératrice requise.", "hémodialyse": "Traitement d'{s} annulé pour la résidente.",
    "déficience intellectuelle": "Jeune homme avec une {s}, accompagné.", "non voyant": "Résident {s} à guider vers la sortie.",
    "paraplégique": "Locataire {s}, sortie impossible sans aide.", "VIH": "Le sinistré, porteur du {s}, a besoin de ses médicaments.",
}
HEALTH_NEG = ["Le taux d'oxygène dissous dans la rivière est faible.", "La Santé publique recommande de faire bouillir l'eau.",
              "Centre hospitalier de {m} en mesures d'urgence.", "Appeler Info-Santé 811 au besoin.",
              "Génératrice installée au CLSC de {m}.", "Carte d'assurance maladie perdue dans l'incendie.",
              "Une dépression apportera 40 mm de pluie sur {m}.", "Dépression tropicale en approche de la Gaspésie.",
              "Le centre de dialyse de {m} fonctionne sur génératrice.", "Rampe d'accès pour fauteuils roulants à l'aréna."]


def case_and_indirect(r: random.Random) -> list[tuple[str, Cell]]:
    out: list[tuple[str, Cell]] = []
    for _ in range(40):
        first, last = r.choice(FIRST), r.choice(LAST + PARTICLE_LAST)
        n = (f"{first} {r.choice(FIRST)} {last}" if r.random() < 0.15 and "-" not in first else f"{first} {last}").upper()
        out.append(("nom-caps", fill(r, r.choice(CAPS_TEMPLATES), {"n": (n, "nom"), "h": (str(r.randint(0, 23)), None)})))
    for _ in range(30):
        n = f"{r.choice(FIRST)} {r.choice(LAST)}".lower()
        out.append(("nom-min", fill(r, r.choice(LOWER_TEMPLATES), {"n": (n, "nom"), "h": (str(r.randint(0, 23)), None)})))
    for _ in range(30):
        p = r.choice(PERSON_PLACES)
        out.append(("lieu-", fill(r, r.choice(PLACE_TEMPLATES), {"p": (p, None), "P": (p.upper(), None)})))
    for _ in range(30):
        a = f"{r.randint(1, 99)} ans" if r.random() < 0.85 else f"{r.randint(2, 11)} mois"
        vals = {"w": (r.choice(WHO), None), "a": (a, "age"), "name": (f"{r.choice(FIRST)} {r.choice(LAST)}", "nom")}
        out.append(("age", fill(r, r.choice(AGE_TEMPLATES), vals)))
    for _ in range(20):
        vals = {"n": (str(r.randint(2, 100)), None), "dec": (r.choice(DECADES), None), "decf": (r.choice(DECADE_NOUNS), None)}
        out.append(("age-", fill(r, r.choice(AGE_NEG), vals)))
    for _ in range(30):
        term = r.choice(HEALTH)
        out.append(("sante", fill(r, HEALTH_TEMPLATES[term], {"s": (term, "sante")})))
    for _ in range(15):
        out.append(("sante-", fill(r, r.choice(HEALTH_NEG), {"m": (r.choice(MUNICIPALITIES), None)})))
    return out


# --- hand-written tricky cases: [[kind:text]] marks a span ---------------------------------------

HAND = r"""
Signalé par [[nom:Marie-Ève Bouchard-Lévesque]] au [[adresse:3-221, rue Saint-Jean]], [[code_postal:G1R 1N8]].
M. [[nom:de Grandpré]] a quitté sa résidence vers 22 h.
Mme [[nom:D'Amours]] (voisine) signale une odeur de gaz.
Appel de [[nom:J.-F. Tremblay]] : eau dans le sous-sol.
TÉMOIN : [[nom:GAGNON, Réjean]]
Rivière Chaudière en crue à Saint-Georges; niveau à 3,2 m.
Pont Pierre-Laporte fermé à la circulation pour inspection.
Travaux sur le boulevard René-Lévesque entre les rues Cartier et De Salaberry.
La mairesse de Gatineau a déclaré l'état d'urgence.
Le ministre de la Sécurité publique visitera Sainte-Marthe-sur-le-Lac.
Code géographique 66023, RTA H2X, région 03.
Montant versé : 123 456 789 $
Numéro de dossier 046 454 287 (non valide)
NAS du réclamant : [[nas:130 692 544]]
[[nas:046454286]] inscrit par erreur dans le champ commentaire
Né le [[date_naissance:12 mars 1975]] selon sa fille.
Événement survenu le 12 mars 2023 vers 6 h.
DDN : [[date_naissance:1980-05-02]]
Plaque [[plaque:FXK 482]] notée par le patrouilleur.
Un véhicule immatriculé [[plaque:V45 JKL]] bloque l'accès au quai.
Véhicule [[plaque:ABC 123]] stationné dans la zone inondée.
Secteur H2X, près du métro Saint-Laurent.
Heure d'appel : 14 h 32; durée de l'intervention 3 h.
Coordonnées 46.8139, -71.2080
Appeler le 911 ou Info-Santé 811.
Ligne sans frais : [[telephone:1 877 644-4545]]
Courriel : [[courriel:jf.tremblay+urgence@videotron.ca]]
Écrire à [[courriel:info@ville.quebec.qc.ca]] pour la collecte des débris.
[[adresse:59 chemin Maple Hill]], Hudson.
[[adresse:1234, 5e Avenue]] à Shawinigan-Sud.
Résidence au [[adresse:45, rang Saint-Joseph]], accès difficile.
Chalet au [[adresse:12 Lakeshore Road]], Pointe-Claire.
Au km 12, route 132, éboulement.
Entre la route 132 et le 3e rang, champs inondés.
[[nom:jean tremblay]] a appelé à 14 h.
[[nom:TREMBLAY Jean]], 3 enfants, hébergé au motel.
Les [[nom:Tremblay]] du rang 4 ont été évacués.
Chez [[nom:Gagnon]] : sous-sol inondé.
Propriétaire : [[nom:Nguyen Van Minh]]
[[nom:Olena Kovalenko]] parle seulement ukrainien; interprète requis.
Selon Environnement Canada, 40 mm de pluie sont attendus.
Saint-Jean-sur-Richelieu et Sainte-Anne-des-Plaines sous avis de crue.
Inondation rue Laval à Laval.
M. le maire [[nom:Bruno Marchand]] s'est rendu sur place.
RAMQ [[ramq:TREG 8556 1512]]
Carte soleil [[ramq:boub55021534]] retrouvée sur les lieux.
Référence TREG 8513 1512 au registre.
Permis [[permis:B6231-140877-05]] saisi.
Code postal [[code_postal:h2x1y4]]
Le code D4F 1A1 est invalide.
[[telephone:418.555.0142]] (cell.)
Tél. : [[telephone:(581) 555-0177, poste 2234]]
Rejoindre au [[telephone:555-0188]] en soirée.
Dossier EV-2023-004512 ouvert par le COG.
Numéro de projet 2023045512 approuvé.
[[nom:Marie-Claude Saint-Pierre]] (ingénieure) confirme la stabilité du talus.
Mme [[nom:Fatima Zahra El Amrani]] hébergée avec ses enfants.
Dr [[nom:Ahmed Benali]] a soigné les blessés sur place.
Me [[nom:Sophie D'Amours]], notaire, a transmis les documents.
Rencontre avec la famille [[nom:Lachance]] ce matin.
NAS [[nas:046-454-286]], né le [[date_naissance:1975-03-12]].
Véhicule [[plaque:123 ABC]] remorqué.
Pluie de 35 mm à 17 h 45 le 2023-04-20.
Aide de 5 000 $ accordée au dossier 2023-00123.
[[nom:Kevin O'Neil]] et [[nom:Sarah McDonald]] ont porté plainte.
Dans le rang Sainte-Catherine, l'eau recouvre la chaussée.
Le pompier [[nom:Luc Fortin]] est intervenu rapidement.
La sergente [[nom:Isabelle Roy]] de la SQ a fermé la route.
SIGNALÉ PAR [[nom:JEAN-PIERRE BOLDUC]] AU [[adresse:1520 RUE DES ÉRABLES]]
Tél.: [[telephone:4185550142]] (résidence).
Contactez [[nom:Mélanie]] au [[telephone:819-555-0111]].
Bilan : 3 blessés légers, 12 résidences évacuées, 2 chalets emportés.
Budget de 1 046 454 286 $ pour la reconstruction.
Rencontre au 2525, boulevard Laurier (édifice gouvernemental) à 10 h.
Le centre de services ouvrira au 200, rue Racine à Saint-Raymond.
Appel de Bell Canada au sujet d'un poteau brisé.
Signalé par Hydro-Québec : ligne au sol sur le chemin Sainte-Foy.
Famille [[nom:Nguyen]] hébergée par la Croix-Rouge, né le 4 mai 2023 (bébé [[nom:Tuan]]).
"""

# Held-out hand cases: written after the first measurement and NOT used to tune the detector;
# bench/recall.py reports them separately (origin "holdout").
HOLDOUT = r"""
Mme [[nom:Ginette Lapierre-Ouimet]], [[age:78 ans]], a été transportée à l'hôpital.
Retour d'appel fait à [[nom:Gérald Fréchette]] vers 15 h.
Le citoyen [[nom:Raymond Blouin]] demande des sacs de sable.
Dommages à la grange de [[nom:Lucien Ferland]] (rang 6).
Info de la part de [[nom:Solange Thériault]] : ponceau bouché.
[[nom:Marcel]] et [[nom:Denise Pouliot]] sont hébergés chez leur fils.
Rapport de l'inspecteur municipal [[nom:Éric Gravel]].
Aucun blessé. Famille [[nom:Bélisle]] relogée temporairement.
[[nom:Joël Arsenault]] a aperçu des fissures dans la fondation.
Selon la propriétaire, Mme [[nom:Huot]], l'eau a atteint 40 cm.
Appel reçu de [[nom:Kimberly Tessier]] au sujet d'un arbre sur sa voiture.
Présence de [[nom:Nathan Bourassa]] et de sa conjointe sur le toit.
Conducteur impliqué : [[nom:BEAUDRY Stéphane]]
M. [[nom:Jacques-Yves Pageau]] refuse l'hébergement d'urgence.
L'agente [[nom:Mireille Fontaine]] (SQ) a sécurisé le périmètre.
Visite terrain avec [[nom:Roger Bilodeau]], conseiller municipal.
[[nom:Samira Belkacem]] et ses trois enfants ont quitté la résidence.
Hébergée chez sa sœur, [[nom:Pauline Veilleux]], à Beauport.
Le propriétaire du commerce, [[nom:Antoine Leclerc]], estime les pertes à 20 000 $.
Dossier suivi par [[nom:Carole Grégoire]] du CISSS.
Évacuation refusée par [[nom:Hector Paré]], [[age:91 ans]].
[[nom:Gagné, Sylvain]] — sous-sol inondé, pompe brisée.
Madame [[nom:Leduc]] souhaite être rappelée.
Message laissé à [[nom:Yvon Labonté]] le 3 avril.
[[nom:Thomas Nguyen-Ducharme]], étudiant, signale un glissement.
La petite [[nom:Maélie Gendreau]] a été retrouvée saine et sauve.
Intervention pour secourir [[nom:Damien Lortie]], coincé dans son véhicule.
Crue de la rivière du Loup : 14 résidences isolées à Saint-Hubert-de-Rivière-du-Loup.
Le parc Jean-Drapeau est fermé jusqu'à nouvel ordre.
Débordement au lac Saint-Jean; niveau à 17,5 pi.
Le centre Marcel-Dionne sert de refuge.
Autoroute Jean-Lesage fermée en direction est.
Ouverture du centre de services à l'école secondaire Louis-Jobin.
Point de presse du premier ministre à 13 h.
Rencontre avec la direction régionale de la Capitale-Nationale.
Avis de la Santé publique : faire bouillir l'eau.
Bulletin no 4 : la situation se stabilise à Baie-Saint-Paul.
Le barrage Daniel-Johnson est sous surveillance.
Travaux rue Marie-Victorin à Kamouraska.
Tél. résidence [[telephone:418-555-0165]] / cell. [[telephone:581 555 0122]]
Son NAS est le [[nas:527 463 285]].
Adresse : [[adresse:88, chemin du Roy]], Deschambault
Sinistrée au [[adresse:1045 av. Cartier, app 2]]
Code postal [[code_postal:G0S2J0]]
carte RAMQ [[ramq:GAGS 7203 1418]]
permis de conduire no. [[permis:L2345-120378-07]]
Né(e) le [[date_naissance:1975-11-30]]
courriel: [[courriel:m.tremblay_1962@hotmail.com]]
Il habite au [[adresse:12 rue de l'Anse]] depuis 1990.
plaque [[plaque:VFR 338]] (Québec)
Appeler Mme [[nom:Brochu]] au [[telephone:450-555-0190 poste 3]]
N° d'assurance sociale : [[nas:711-204-594]]
Date de naissance: [[date_naissance:4 juillet 1952]]
Résidence : [[adresse:7, place Belvédère]], Gatineau (Québec) [[code_postal:J9A 3B7]]
Contacter le [[telephone:1-888-555-0101]] (ligne sans frais)
Rue Principale, entre le 100 et le 250 : chaussée affaissée.
Station à 3 km en aval du pont de la route 169.
Prévisions : 25 à 35 mm de pluie d'ici 18 h.
Matricule de l'employé 20458, quart de soir.
Référence du MSP : 2024-0412-0088.
NAS [[nas:318544020]] transmis par télécopieur.
"""

# Second held-out set, written once the detector was frozen and measured once (origin "holdout2").
# The first held-out set led to two changes (LOC/MISC entities made of name-like words are read as
# names; adjacent entities are joined), so it is no longer blind: this one is.
HOLDOUT2 = r"""
Mme [[nom:Francine Aubé]] nous informe que le ruisseau déborde.
[[nom:Réal Bérubé]], [[age:67 ans]], vit seul au bout du rang.
Reçu un appel de [[nom:Kathleen Murphy]] (anglophone).
L'inspecteur [[nom:Guillaume Théberge]] recommande l'évacuation.
Les enfants de [[nom:Lise Thiboutot]] sont chez leur grand-mère.
Courriel reçu de [[nom:Daniel Ruel]] avec photos.
On a parlé à [[nom:Jocelyne]], la voisine d'en face.
Le fils, [[nom:Maxime Grondin]], a déplacé les véhicules.
[[nom:Yannick Provencher]] et [[nom:Josianne Lavigne]] hébergés à l'hôtel Le Concorde.
Selon [[nom:Claudette Guimond]], le niveau a baissé depuis hier.
Locataire du 2e étage : [[nom:Ali Mansour]].
Plainte formulée par [[nom:Bertrand Lacombe]] contre la municipalité.
Mme [[nom:Huguette Savoie-Roy]] a perdu son chat.
[[nom:NADEAU Josée]] — dommages à la remise.
Dr [[nom:Paul-Émile Léger]] a évalué les blessés.
Me [[nom:Annie-Claude Bergevin]] représente les sinistrés.
Voir avec [[nom:Cédric Fillion]] pour la clé du garage.
Appeler [[nom:Rosalie]] demain matin.
Le couple [[nom:Dufresne]] refuse de partir.
[[nom:Madeleine Tanguay]] a signalé un affaissement.
Hôtel Le Concorde ouvert aux sinistrés.
La Fondation Lionel-Groulx offre un soutien.
Rencontre à la salle Jean-Paul-Riopelle à 19 h.
Fermeture de la rue Saint-Louis entre Cartier et Turnbull.
Évacuation préventive du CHSLD Saint-Augustin.
Alerte émise par la Ville de Québec à 6 h 15.
Crue de la rivière Sainte-Anne à Saint-Raymond.
Le député de Beauce-Sud visitera les lieux.
Le pont Jacques-Cartier est fermé aux piétons.
Réunion de l'Organisation régionale de la sécurité civile (ORSC).
Bris sur la conduite principale rue Champlain.
Aide accordée à 47 ménages de Sainte-Marthe-sur-le-Lac.
Cégep Garneau utilisé comme centre d'hébergement.
Débit de la rivière Richelieu : 1 120 m³/s.
Mont Sainte-Anne : risque d'avalanche.
tél: [[telephone:418 555 0123]], cell: [[telephone:418-555-0124]]
Adresse : [[adresse:4, rue des Lilas]], Rivière-du-Loup [[code_postal:G5R 2N4]]
Son permis ([[permis:M4521-031185-02]]) a été photographié.
NAS: [[nas:218 475 390]]
RAMQ : [[ramq:BERR 4811 2419]]
Née le [[date_naissance:29 février 1952]]
naissance: [[date_naissance:1948/07/09]]
VUS immatriculé [[plaque:G34 KLM]] abandonné.
Écrire à [[courriel:claudette.guimond@videotron.ca]].
[[adresse:789, boulevard des Forges]] (commerce).
Sinistré au [[adresse:22A, rue Notre-Dame Ouest, app. 4]]
tél. [[telephone:(873) 555-0140 #22]]
Appeler au [[telephone:1 (819) 555-0102]]
Rue de la Gare, numéro civique inconnu.
Le 16 juillet, 120 mm de pluie.
Lot 4 567 890 du cadastre du Québec.
NAS invalide 218 475 394 refusé.
"""

HAND_NOTES = """The hand cases include known hard ones on purpose: a lowercase name, a name alone after
« Les », an unlabelled context for 0-prefixed NAS, a plate after « Véhicule », institutional
addresses (2525, boulevard Laurier…) which ARE civic addresses and are labelled as such below."""


def parse_hand(line: str) -> Cell:
    cell = Cell()
    pos = 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", line):
        cell.add(line[pos:m.start()])
        cell.add(m.group(2), m.group(1))
        pos = m.end()
    cell.add(line[pos:])
    return cell


def hand_cases() -> list[Cell]:
    cells = []
    for line in HAND.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        # institutional civic addresses are still civic addresses: label them
        line = line.replace("au 2525, boulevard Laurier", "au [[adresse:2525, boulevard Laurier]]")
        line = line.replace("au 200, rue Racine", "au [[adresse:200, rue Racine]]")
        # « né le 4 mai 2023 (bébé …) » is a date of birth too
        line = line.replace("né le 4 mai 2023", "né le [[date_naissance:4 mai 2023]]")
        cells.append(parse_hand(line))
    return cells


def holdout_cases() -> list[Cell]:
    return [parse_hand(line.strip()) for line in HOLDOUT.strip().splitlines() if line.strip()]


def temoin3_cases() -> list[Cell]:
    """The third held-out set, kept in its own file (temoin3.txt): written before the capitals and
    lowercase names rule and the age and health detectors, never used to tune them."""
    lines = (HERE / "temoin3.txt").read_text(encoding="utf-8").splitlines()
    return [parse_hand(line.strip()) for line in lines if line.strip() and not line.startswith("#")]


def build() -> list[dict]:
    r = random.Random(SEED)
    rows = []
    for i, (group, cell) in enumerate(generated(r)):
        rows.append({"id": f"g{i:04d}-{group}", "origin": "generated", "text": cell.text, "spans": cell.spans})
    for i, cell in enumerate(hand_cases()):
        rows.append({"id": f"h{i:03d}", "origin": "hand", "text": cell.text, "spans": cell.spans})
    for i, cell in enumerate(holdout_cases()):
        rows.append({"id": f"x{i:03d}", "origin": "holdout", "text": cell.text, "spans": cell.spans})
    for i, line in enumerate(x for x in HOLDOUT2.strip().splitlines() if x.strip()):
        cell = parse_hand(line.strip())
        rows.append({"id": f"y{i:03d}", "origin": "holdout2", "text": cell.text, "spans": cell.spans})
    for i, cell in enumerate(temoin3_cases()):
        rows.append({"id": f"z{i:03d}", "origin": "temoin3", "text": cell.text, "spans": cell.spans})
    for row in rows:  # self-check: spans are inside the text and do not overlap
        last = -1
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            assert 0 <= s["start"] < s["end"] <= len(row["text"]) and s["start"] >= last, row["id"]
            last = s["end"]
    return rows


def main() -> None:
    rows = build()
    with open(HERE / "labelled.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for row in rows:
        for s in row["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print(f"{len(rows)} cellules, {sum(1 for r in rows if not r['spans'])} sans identifiant ; empans : {kinds}")


if __name__ == "__main__":
    main()
