#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""generate_i.py -- blind labelled corpus of Québec French free-text cells
(sécurité civile, inondations, incendies, aide financière, police, 911,
coordination municipale) with planted personal information.

Standard library only, deterministic.

    python generate_i.py --check
    python generate_i.py --stats
    python generate_i.py --split dev9 --show 10 [--family PREFIX]
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import random
import re
import sys
import unicodedata
from dataclasses import dataclass

KINDS = ("nom", "adresse", "age", "date_naissance", "sante", "courriel",
         "telephone", "plaque", "identifiant", "lien_familial", "lieu_travail")
SPLITS = ("dev9", "heldout9")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str      # one of KINDS or "propre"
    family: str    # "kind.family_name"
    planted: tuple[str, ...]  # exact substrings of text; empty for "propre"


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def normalize(value: str) -> str:
    s = unicodedata.normalize("NFKD", value)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s.lower() if ch.isalnum())


def parity(value: str) -> int:
    return int(hashlib.md5(normalize(value).encode("utf-8")).hexdigest(), 16) % 2


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def W(s: str) -> list[str]:
    """split a pool written with '|' separators"""
    return [x.strip() for x in s.split("|") if x.strip()]


_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
          "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
          "dix-sept", "dix-huit", "dix-neuf"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr(n: int) -> str:
    """French number words (Québec usage: soixante-dix, quatre-vingts)."""
    if n < 20:
        return _UNITS[n]
    if n < 70:
        t, u = n // 10 * 10, n % 10
        if u == 0:
            return _TENS[t]
        if u == 1:
            return _TENS[t] + " et un"
        return _TENS[t] + "-" + _UNITS[u]
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _UNITS[n - 60]
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + _UNITS[n - 80]
    if n < 1000:
        h, r = divmod(n, 100)
        hs = "cent" if h == 1 else _UNITS[h] + " cent" + ("s" if r == 0 else "")
        return hs if r == 0 else hs + " " + fr(r)
    th, r = divmod(n, 1000)
    ts = "mille" if th == 1 else fr(th) + " mille"
    return ts if r == 0 else ts + " " + fr(r)


# ---------------------------------------------------------------------------
# pools -- places, organisations (impersonal)
# ---------------------------------------------------------------------------

VILLES = W("""Saint-Jean-sur-Richelieu|Sainte-Marthe-sur-le-Lac|Rigaud|Gatineau|Maniwaki|
Mont-Laurier|Rivière-Rouge|Saint-Georges|Beauceville|Sainte-Marie|Vallée-Jonction|Lac-Mégantic|
Sherbrooke|Magog|Coaticook|Granby|Drummondville|Victoriaville|Trois-Rivières|Shawinigan|
Louiseville|Yamachiche|Joliette|Berthierville|Saint-Lin–Laurentides|Saint-Jérôme|Sainte-Adèle|
Mont-Tremblant|Laval|Longueuil|Châteauguay|Salaberry-de-Valleyfield|Huntingdon|Rimouski|Matane|
Amqui|Sainte-Anne-des-Monts|Gaspé|Chandler|Carleton-sur-Mer|New Richmond|Baie-Comeau|Sept-Îles|
Port-Cartier|Havre-Saint-Pierre|Forestville|La Malbaie|Baie-Saint-Paul|Saguenay|Alma|Roberval|
Dolbeau-Mistassini|Saint-Félicien|Chibougamau|Val-d'Or|Rouyn-Noranda|Amos|La Sarre|Ville-Marie|
Lévis|Québec|Saint-Raymond|Donnacona|Montmagny|La Pocatière|Rivière-du-Loup|Trois-Pistoles|
Dégelis|Thetford Mines|Saint-Hyacinthe|Sorel-Tracy|Chambly|Marieville|Cowansville|Sutton|Lachute|
Grenville-sur-la-Rouge|Terrebonne|Repentigny|Mascouche|Sainte-Julienne|Chertsey|Saint-Donat|
Saint-Michel-des-Saints|La Tuque|Fermont|Natashquan|Cap-aux-Meules|Pointe-Calumet|Deux-Montagnes|
Sainte-Anne-de-la-Pérade|Batiscan|Nicolet|Pierreville|Saint-Zotique|Pontiac|Fort-Coulonge|
Saint-André-Avellin|Papineauville|Témiscaming|Senneterre|Lebel-sur-Quévillon|Sainte-Agathe-des-Monts""")

MRCS = W("""Pierre-De Saurel|Antoine-Labelle|Robert-Cliche|Marguerite-D'Youville|Denis-Riverin|
Maria-Chapdelaine|Papineau|La Vallée-de-l'Or|Charlevoix|Avignon|Les Jardins-de-Napierville|
Brome-Missisquoi|D'Autray|Matawinie|Pontiac|Beauce-Sartigan|Montmagny|Argenteuil|
Rimouski-Neigette|Abitibi-Ouest|Vaudreuil-Soulanges|La Haute-Gaspésie|Le Domaine-du-Roy|
Les Laurentides|Memphrémagog|Le Granit|Les Appalaches|Kamouraska|La Matapédia|Drummond""")

RIVIERES = W("""rivière Chaudière|rivière Richelieu|rivière des Outaouais|rivière Rouge|rivière du Lièvre|
rivière Gatineau|rivière Etchemin|rivière Saint-François|rivière Yamaska|rivière Montmorency|
rivière Sainte-Anne|rivière Matapédia|rivière Mitis|rivière Rimouski|rivière du Nord|
rivière L'Assomption|rivière des Mille Îles|rivière des Prairies|rivière Saint-Charles|
rivière Batiscan|rivière Maskinongé|rivière Bécancour|rivière Nicolet|rivière Châteauguay|
rivière Coaticook|rivière Magog|rivière Saguenay|rivière aux Sables|rivière Péribonka|
rivière Kinojévis|rivière Harricana|rivière Moisie|rivière Jacques-Cartier|rivière Neigette""")

LACS = W("""lac Saint-Pierre|lac Saint-Jean|lac Memphrémagog|lac Saint-Louis|lac des Deux Montagnes|
lac Kénogami|lac Brome|lac Témiscouata|lac Mégantic|lac Massawippi|lac Champlain|lac Simon|
lac Tremblant|lac Taureau|lac Témiscamingue|lac Beauport|lac Saint-Joseph|lac Aylmer|
lac des Écorces|lac Nominingue|lac Matapédia|lac Kipawa|lac Pohénégamook|lac Archambault""")

SECTEURS = W("""secteur nord|secteur du quai|secteur des Îles|secteur 3|secteur de la Pointe|
secteur du vieux village|secteur du Domaine|secteur inondable 0-20 ans|secteur de la baie|
secteur B|secteur du parc industriel|secteur d'évacuation 2|secteur du camping|
secteur de la plage municipale|secteur en aval du barrage|secteur de la marina""")

ORGS = W("""la SOPFEU|Hydro-Québec|la Croix-Rouge canadienne|le ministère de la Sécurité publique|
la Sûreté du Québec|le SPVM|le Service de police de la Ville de Québec|le CISSS des Laurentides|
le CIUSSS de l'Estrie–CHUS|le ministère des Transports|Environnement Canada|Urgences-santé|
la Garde côtière canadienne|les Forces armées canadiennes|Services Québec|
l'Association québécoise des bénévoles en recherche et sauvetage|le Centre de services scolaire|
la Société de l'assurance automobile du Québec|le CISSS de la Côte-Nord|le CISSS de Lanaudière|
la Régie intérieure de la MRC|le Centre d'appels d'urgence 9-1-1|Ambulance Saint-Jean|
la Direction régionale de la sécurité civile|le ministère de l'Environnement""")

TITRES = W("""le maire|la mairesse|le DG|la directrice générale|la greffière|le préfet de la MRC|
le ministre de la Sécurité publique|la coordonnatrice municipale de sécurité civile|
le chef aux opérations|le directeur du SSI|le sergent responsable du poste|
le conseiller en sécurité civile du MSP|la directrice de santé publique|le chef pompier|
la responsable des communications|le directeur des travaux publics|l'inspectrice municipale|
le capitaine de garde|la conseillère du district 4|le commandant de la SQ""")

HOSP = W("""l'hôpital Maisonneuve-Rosemont|l'hôpital Pierre-Le Gardeur|l'hôpital Charles-Le Moyne|
l'Hôtel-Dieu de Lévis|l'hôpital de l'Enfant-Jésus|l'hôpital de Chicoutimi|l'hôpital Fleurimont|
l'hôpital Pierre-Boucher|l'hôpital Anna-Laberge|l'hôpital Honoré-Mercier|l'hôpital du Sacré-Cœur|
l'hôpital Jean-Talon|l'hôpital Santa Cabrini|le CHUL|l'hôpital de Gaspé|l'hôpital de Rimouski|
l'hôpital régional de Saint-Jérôme|l'hôpital de Mont-Laurier|l'hôpital de Gatineau|
l'hôpital de Maniwaki|l'hôpital de Val-d'Or|l'hôpital Brome-Missisquoi-Perkins|
l'hôpital Barrie Memorial|l'hôpital du Haut-Richelieu|l'hôpital Saint-François d'Assise|
l'hôpital de La Malbaie|l'hôpital de Sept-Îles|l'hôpital d'Amos""")

ECOLES = W("""Jean-de-Brébeuf|Louis-Joseph-Papineau|Benoît-Vachon|Marguerite-Bourgeoys|Félix-Leclerc|
Gabrielle-Roy|Curé-Antoine-Labelle|Jacques-Rousseau|Pierre-Dupuy|Armand-Saint-Onge|
Marie-Rivier|Saint-Joseph|Notre-Dame-du-Sourire|des Trois-Saisons|Jean-Paul-II|Sainte-Marie|
Monseigneur-Sévigny|Henri-Bourassa|Émile-Nelligan|Anne-Hébert|Louis-Fréchette|Alphonse-Desjardins|
du Boisé|de la Clé-des-Champs|des Cœurs-Vaillants|Mgr-Parent|Wilfrid-Laurier|du Tournesol""")

PONTS = W("""pont Pierre-Laporte|pont Jacques-Cartier|pont Laviolette|pont Samuel-De Champlain|
pont Honoré-Mercier|pont Pie-IX|pont Louis-Bisson|pont Arthur-Sauvé|pont Gédéon-Ouimet|
pont Médéric-Martin|pont Viau|pont Lachapelle|pont de Québec|pont Champlain|pont Mercier|
pont Galipeault|pont Taschereau|pont Marius-Dufresne|pont Papineau-Leblanc|pont Olivier-Charbonneau""")

QC_ROUTES = W("132|138|117|173|155|309|148|116|343|112|175|169|170|185|199|133|201|158|335|341|125|329|323|321|389|113|111|101|105|226|243|204")

SLUG = W("""saint-georges|mont-laurier|rigaud|gatineau|sherbrooke|rimouski|amqui|baie-comeau|
saint-raymond|val-dor|lachute|chertsey|matane|magog|alma|beauceville|la-tuque|gaspe|sept-iles""")

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août",
            "sept.", "oct.", "nov.", "déc."]
MOIS_MAJ3 = ["JAN", "FEV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOU", "SEP", "OCT", "NOV", "DEC"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# ---------------------------------------------------------------------------
# pools -- persons (names of many communities living in Québec)
# ---------------------------------------------------------------------------

COMM = {
    "qc": (
        W("""Josée|Sylvie|Manon|Nathalie|Chantal|Lise|Ginette|Pierrette|Huguette|Rolande|Jacinthe|
Karine|Mélanie|Nancy|Marie-Ève|Marie-Pier|Marie-Josée|Catherine|Émilie|Laurence|Frédérique|
Rosalie|Maude|Geneviève|Annie|Isabelle|Véronique|Carole|Francine|Micheline|Thérèse|Gisèle|
Denise|Lucie|Jessica|Audrey-Anne|Marjolaine|Solange|Claudette|Éliane|Noémie|Sarah-Maude"""),
        W("""Réjean|Gaétan|Sylvain|Stéphane|Mathieu|Jean-François|Jean-Guy|Maxime|Olivier|Gabriel|
Yvon|Ghislain|Normand|Denis|Fernand|Gilles|Raymond|Jocelyn|Kevin|Samuel|Alexis|Zachary|Benoît|
Luc|Éric|Steve|Dany|Marc-André|Pierre-Luc|Rosaire|Conrad|Marcel|Clément|Donald|Sébastien|
Jonathan|Bruno|Guillaume|Jean-Philippe|Rémi|Hugo|Félix|Yannick|Serge"""),
        W("""Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier|
Bélanger|Lévesque|Bergeron|Paquette|Girard|Simard|Boucher|Caron|Beaulieu|Cloutier|Dubé|Poirier|
Fournier|Lapointe|Leclerc|Lefebvre|Poulin|Thibault|St-Pierre|Nadeau|Grenier|Langlois|
Charbonneau|Lachance|Lemieux|Turcotte|Bérubé|Vachon|Boivin|Dufour|Labbé|Savard|Harvey|Potvin|
Hudon|Bissonnette|Drouin|Perreault|Lacasse|Dionne|Rioux|Thériault|Landry|Arsenault|Cormier|
Chiasson|Boudreau|Gallant|Desjardins|Ménard|Brassard|Gravel|Sirois|Laflamme|Tanguay|Veilleux|
Gosselin|Plourde|Lessard|Allard|Bolduc|Brisson|Lachapelle|Marcoux|Jacques|Marchand""")),
    "anglo": (
        W("Heather|Kathleen|Megan|Wendy|Shirley|Brenda|Linda|Sarah|Jennifer|Tracy|Colleen|Gail"),
        W("Brian|Patrick|Sean|Doug|Gordon|Ryan|Scott|Wayne|Trevor|Graham|Kyle|Murray"),
        W("""Smith|O'Neill|MacDonald|Fraser|Johnston|Kennedy|Murphy|Patterson|Campbell|Wilson|
Henderson|Stewart|McKenzie|Gallagher|Burke|Sullivan|Ross|Morrison|Hodgson|McCormick|Beattie|
Nugent|Coulter|Sheldon""")),
    "mohawk": (
        W("Kahentawaks|Karonhienhawi|Kawenniio|Konwakeri|Tammy|Lorraine|Cheryl|Kahsennenhawe|Wendy-Lee"),
        W("Tekaronhiake|Ratsenhaienhs|Kanentokon|Derek|Travis|Kenneth|Joe|Aronhiaies|Kyle"),
        W("""Diabo|Jacobs|Deer|Montour|McComber|Stacey|Horne|Delisle|Goodleaf|Kirby|Rice|Two-Axe|
Beauvais|Zacharie|Nicholas|Cross|Phillips|Curotte|Norton|Lahache""")),
    "innu": (
        W("Marie-Céline|Anne-Marie|Josianne|Francine|Kateri|Évelyne|Manon|Shanice|Uapukun|Marie-Hélène"),
        W("Shan|Jean-Charles|Bertrand|Raphaël|Ghislain|Réal|Kevin|Shushep|Napoléon|Damien"),
        W("""Vollant|Fontaine|Mestokosho|Kaltush|Pinette|Jourdain|Régis|Malec|Napish|Kanapé|
Hervieux|Siméon|Ashini|Bellefleur|Pilot|Tshernish|Michel|Grégoire|Ambroise|St-Onge|Bacon|Rock""")),
    "atikamekw": (
        W("Marie-Paule|Sipi|Jacqueline|Nancy|Cindy|Vicky|Mélissa|Sonia"),
        W("Réginald|Christian|Jean-Roch|Sakay|Armand|Daniel|Rocky|Jimmy"),
        W("""Ottawa|Flamand|Petiquay|Quitich|Niquay|Awashish|Chilton|Moar|Coocoo|Newashish|Mattawa|
Weizineau|Dubé|Echaquan|Boivin|Néquado""")),
    "cri": (
        W("Annie|Sarah|Mary|Emily|Margaret|Hannah|Daisy|Bella|Clara|Louisa"),
        W("Matthew|Abraham|George|Willie|Isaac|Johnny|Billy|Roderick|Elijah|Samson"),
        W("""Bosum|Mianscum|Coon Come|Cheezo|Shecapio|Wapachee|Blacksmith|Neeposh|Iserhoff|Diamond|
Gull|Kitchen|Petawabano|Saganash|Matoush|Loon|Georgekish|Pachano|Bearskin|Snowboy|Visitor|
Tapiatic|Sam|Hester""")),
    "inuit": (
        W("Elisapie|Maina|Siasi|Annie|Minnie|Lizzie|Sarollie|Nulukie|Louisa|Eva|Qumaq|Akinisie|Lucy"),
        W("Lucassie|Qalingo|Jaaji|Tamusi|Putulik|Jobie|Adamie|Pauloosie|Tivi|Sammy|Peter|Charlie|Mattiusi"),
        W("""Annanack|Tukkiapik|Nappaaluk|Kasudluak|Qumaluk|Alaku|Etok|Saunders|Partridge|Watt|Okpik|
Ningiuruvik|Tookalook|Angutiguluk|Uqaituk|Mesher|Arngak|Aullaluk|Kenuajuak|Qinuajuak|Iyaituk|
Nowkawalk|Emudluk|Kudluk""")),
    "anishinabe": (
        W("Mélanie|Tina|Sonia|Kathy|Nathalie|Brittany|Lucie|Amanda"),
        W("Ricky|Steeve|Dominic|Jimmy|Roger|Adrien|Dwayne|Frankie"),
        W("""Papatie|Wabanonik|Mowatt|Ruperthouse|Decoursay|Anichinapéo|Kistabish|Mapachee|Penosway|
Wawatie|Whiteduck|Commanda|Odjick|Tenasco|Polson|Mathias|Pien|Ratt|Brazeau|Chief""")),
    "wendat": (
        W("Line|Marie-Andrée|Sophie|Jessica|Manon|Nathalie|Christine"),
        W("Guy|Régent|Konrad|Michel|Jean-Pierre|Mario|Steve"),
        W("Sioui|Gros-Louis|Picard|Bastien|Vincent|Duchesneau|Lainé|Romain|Savard|Lesage")),
    "mikmaq": (
        W("Tanya|Crystal|Shelley|Brenda|Arlene|Melinda|Kelly"),
        W("Troy|Dwayne|Leonard|Curtis|Darcy|Wilfred|Garrett"),
        W("Metallic|Isaac|Wysote|Jerome|Barnaby|Condo|Caplin|Labillois|Vicaire|Mitchell|Gedeon|Martin")),
    "haiti": (
        W("""Widlyne|Fabiola|Marjorie|Rose-Andrée|Guerline|Jocelyne|Nadège|Wisline|Kerline|Mirlande|
Youseline|Rose-Laure|Marie-Carmelle|Darline|Roseline|Mardochée"""),
        W("""Jean-Robert|Wilner|Ricardo|Mackenson|Dieuseul|Frantz|Évens|Jean-Rony|Wilfrid|Jean-Bernard|
Pierre-Richard|Jhonson|Wislet|Fritzner|Ernso|Jean-Wesner"""),
        W("""Jean-Baptiste|Pierre-Louis|Joseph|Dorvil|Desrosiers|Augustin|Saint-Fleur|Dorélien|
Lafortune|Célestin|Exantus|Jean-Louis|Thélusma|Désir|Mérisier|Fils-Aimé|Bellegarde|Toussaint|
Étienne|Altidor|Beauvoir|Jean-Gilles|Saint-Hilaire|Dorcélus|Pierre-Antoine|Delva|Noël|Jeudy""")),
    "maghreb": (
        W("""Yasmine|Nadia|Samira|Fatima-Zahra|Lamia|Meriem|Imane|Nour|Khadija|Souad|Amel|Rim|
Hanane|Leïla|Zineb|Ouarda"""),
        W("""Mohamed|Karim|Rachid|Amine|Sofiane|Youssef|Walid|Hicham|Mehdi|Nabil|Abdelkader|Mourad|
Samir|Redouane|Yacine|Bilal"""),
        W("""Benali|Bouazza|El Amrani|Ben Salah|Belkacem|Haddad|Zerrouki|Chaouch|Boukhris|Ait Ahmed|
Aït-Ouali|Bensaïd|Mansouri|Lahlou|El Idrissi|Ben Ammar|Cherif|Touati|Meziane|Tahiri|Boudjemaa|
Hamdi|Ouchene|Benjelloun|Kaddouri|Slimani""")),
    "viet": (
        W("Thi Lan|Thi Huong|Thanh Thuy|Kim Anh|Phuong|Ngoc Anh|Thu Trang|Bich Ngoc|Thi Hoa"),
        W("Van Minh|Tuan|Quoc Bao|Duc Anh|Van Long|Minh Quan|Thanh Tung|Van Hai|Huu Phuoc"),
        W("Nguyen|Tran|Pham|Hoang|Phan|Dang|Bui|Ngo|Duong|Truong|Huynh|Vo|Luong|Trinh")),
    "chine": (
        W("Mei Ling|Li Na|Xiaoling|Yan|Hui Min|Ka Yee|Wing Sze|Jing|Xiu Ying|Shu Fen"),
        W("Wei|Xiaoming|Jun|Jie|Ka Wai|Siu Ming|Hao|Zhiwei|Chi Keung|Guoqiang"),
        W("Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Sun|Lin|Chan|Wong|Leung|Lam|Cheung|Tse|Kwan|Yip")),
    "latino": (
        W("""María Fernanda|Alejandra|Guadalupe|Ana María|Valentina|Lucía|Daniela|Yesenia|
Rosa Elena|Paola|Maritza|Yuliana"""),
        W("""José Luis|Juan Carlos|Luis Miguel|Carlos|Diego|Jorge|Andrés Felipe|Édgar|Wilmer|
Jhon Fredy|Óscar|Nelson"""),
        W("""González|Rodríguez|Hernández|Martínez|López|Ramírez|Flores|Castillo|Vargas|Morales|
Gutiérrez|Quispe|Cárdenas|Rojas|Mendoza|Pérez|Ortiz|Salazar|Chávez|Aguilar|Villalobos|Arévalo""")),
    "asie_sud": (
        W("Harpreet|Priya|Anjali|Manpreet|Kavitha|Nusrat|Sabina|Tharsika|Gurleen|Deepika|Rukhsana"),
        W("Rajesh|Arjun|Sanjay|Tharshan|Gurpreet|Imran|Mohammad Ali|Kajan|Vikram|Navdeep|Shafiq"),
        W("""Patel|Singh|Kaur|Sharma|Gupta|Shah|Khan|Rahman|Hossain|Chowdhury|Rajaratnam|Thevarajah|
Kumar|Gill|Sandhu|Dhillon|Grewal|Sivapalan|Uddin|Begum|Selvarajah|Mehta""")),
    "afrique": (
        W("Aminata|Fatoumata|Awa|Christelle|Aïcha|Grâce|Blessing|Mariam|Clémence|Ange|Djeneba|Solange"),
        W("Moussa|Ibrahima|Mamadou|Jean-Claude|Désiré|Cheikh|Serge|Innocent|Emmanuel|Kofi|Abdoulaye|Prosper"),
        W("""Diallo|Traoré|Ndiaye|Koné|Touré|Mbaye|Kabongo|Tshibangu|Mukendi|Nkurunziza|Uwimana|
Okafor|Mensah|Diop|Sow|Bamba|Ouédraogo|Kamara|Ilunga|Mutombo|Ngoma|Habimana|Niyonzima|Tchakounté""")),
    "est_europe": (
        W("Oksana|Irina|Katarzyna|Svetlana|Olena|Ioana|Natalia|Agnieszka|Tetiana|Mariya|Daria"),
        W("Dmitri|Andrzej|Bogdan|Mihai|Vasyl|Sergiy|Piotr|Nikolai|Radu|Tomasz|Yuriy"),
        W("""Kowalski|Nowak|Wiśniewski|Petrov|Popescu|Ionescu|Horvath|Kovalenko|Shevchenko|Dimitrov|
Novák|Volkov|Bondarenko|Zieliński|Kuznetsov|Moldovan|Tkachenko|Marchenko|Lewandowski|Hrytsenko""")),
    "juif": (
        W("Chaya|Rivka|Esther|Malky|Devorah|Sarah"),
        W("Moishe|Yitzchok|Mendel|Shmuel|Avrohom|Yossi"),
        W("Friedman|Weiss|Schwartz|Lowy|Rosenberg|Klein|Gross|Halberstam")),
    "grec_italien": (
        W("Eleni|Despina|Giulia|Concetta|Antonella|Maria"),
        W("Giorgos|Dimitrios|Giuseppe|Antonio|Vincenzo|Nikos"),
        W("Papadopoulos|Karras|Rossi|Ricci|Colangelo|Iacono|Zampino|Vlahos|Tsatsos|Di Iorio")),
    "lusophone": (
        W("Maria Clara|Fernanda|Ana Paula|Conceição|Juliana"),
        W("João|Manuel|Paulo|Rui|Thiago"),
        W("Medeiros|Pacheco|Teixeira|Ferreira|Cabral|Rebelo")),
    "moyen_orient": (
        W("Anahit|Maryam|Rania|Lara|Nairi|Zeinab"),
        W("Armen|Reza|Georges|Fadi|Karim|Ali"),
        W("Khoury|Nasrallah|Abou Jaoudé|Kevorkian|Hagopian|Hosseini|Rezaei|Saliba|Haddad")),
    "philippin": (
        W("Ligaya|Maricel|Rowena|Jocelyn|Divina"),
        W("Rodel|Jomar|Arnel|Ramil|Efren"),
        W("Dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza")),
}
COMM_KEYS = list(COMM)
COMM_WEIGHTED = ["qc"] * 6 + COMM_KEYS
FN_COMMS = ["mohawk", "innu", "atikamekw", "cri", "anishinabe", "wendat", "mikmaq"]

OLD_QC_M = W("""Nérée|Gédéon|Ovila|Alphonse|Wilfrid|Rosaire|Adélard|Évariste|Ludger|Philias|Omer|
Napoléon|Arthur|Lucien|Gérard|Fernand|Gus|Jos|Théo|Léo|Méo""")
OLD_QC_F = W("Rose|Yvette|Bernadette|Germaine|Rita|Cécile|Jeannine|Rollande|Aline|Fleurette|Mance")
NICKS = W("""Ti-Guy|Ti-Jean|Ti-Paul|Ti-Mé|Ti-Bob|Ti-Loup|Ti-Gilles|Ti-Pit|Ti-Rouge|Ti-Claude|Ti-Lou|
Ti-Noir|Ti-Pout|Coco|Pitou|Bouboule|Mimi|Lulu|Kiki|Big Mike|Chico|Tiny|Pinotte|Boule|Frisé|
Ti-Cul|Poupette|Nounou|Bizou|Ti-Mine|Pépé|Tit-Loup""")
PARTICULE_SURN = W("""de Grandpré|de la Durantaye|D'Amours|Des Rosiers|Du Sault|de Montigny|De Sève|
van den Berg|van der Meer|Van Houtte|El Khoury|El Idrissi|Ben Youssef|ben Salah|Da Costa|da Silva|
Di Lorenzo|De Luca|Dos Santos|de la Cruz|d'Anjou|D'Astous|de Bellefeuille|Des Ruisseaux|
Saint-Laurent|St-Amand|Ste-Marie|Le Blanc|Ould Ahmed|von Holtz|Mac Neil|de Carufel|Le Bel|Lo Bianco""")


def _is_f(r: random.Random, g: str | None) -> bool:
    return (r.random() < 0.5) if g is None else (g == "f")


def person(r: random.Random, g: str | None = None, comm: str | None = None):
    c = comm or r.choice(COMM_WEIGHTED)
    F, M, L = COMM[c]
    fem = _is_f(r, g)
    first = r.choice(F if fem else M)
    last = r.choice(L)
    if c == "latino" and r.random() < 0.5:
        last = last + " " + r.choice([x for x in L if x != last])
    return c, fem, first, last


def _pn(r, g=None, comm=None):
    c, fem, f, l = person(r, g, comm)
    if c in ("viet", "chine") and r.random() < 0.6:
        return f"{l} {f}"
    return f"{f} {l}"


def g_np_maj(r, g=None):
    c, fem, f, l = person(r, g)
    return r.choice([f"{l.upper()} {f}", f"{l.upper()}, {f}", f"{l.upper()} {f.upper()}"])


def g_nvp(r, g=None):
    c, fem, f, l = person(r, g)
    return f"{l}, {f}"


def _initials_of(first):
    parts = [p for p in re.split(r"[-\s]", first) if p]
    return parts


def g_initiales(r, g=None):
    c, fem, f, l = person(r, g)
    parts = _initials_of(f)
    dotted = "-".join(p[0] + "." for p in parts)
    k = r.randrange(5)
    if k == 0:
        return f"{dotted} {l[0]}."
    if k == 1:
        return ascii_fold("".join(p[0] for p in parts) + l[0]).upper()
    if k == 2:
        return f"{f[0]}. {l}"
    if k == 3:
        return f"{f} {l[0]}."
    return f"{dotted}{l[0]}."


def g_minus(r, g=None):
    s = _pn(r, g)
    return s.lower() if r.random() < 0.7 else ascii_fold(s).lower()


def _typo(s, r):
    for _ in range(20):
        i = r.randrange(1, max(2, len(s) - 1))
        k = r.randrange(5)
        if k == 0 and i < len(s) - 1 and s[i].isalpha() and s[i + 1].isalpha():
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif k == 1 and s[i].isalpha():
            t = s[:i] + s[i + 1:]
        elif k == 2 and s[i].isalpha():
            t = s[:i] + s[i] + s[i:]
        elif k == 3:
            t = ascii_fold(s)
        else:
            t = s.replace("ay", "ai").replace("é", "è", 1).replace("ier", "iez").replace("gn", "gni", 1)
        if t != s and len(t) > 2:
            return t
    return s + "e"


def g_typo(r, g=None):
    c, fem, f, l = person(r, g, r.choice(["qc", "qc", "qc", "haiti", "maghreb", "anglo", "est_europe", "innu"]))
    if r.random() < 0.7:
        l = _typo(l, r)
    else:
        f = _typo(f, r)
    return f"{f} {l}"


def g_surnom(r, g=None):
    k = r.randrange(6)
    if k == 0:
        return f"le gros {r.choice(COMM['qc'][1] + OLD_QC_M)}"
    if k == 1:
        return f"la grande {r.choice(COMM['qc'][0] + OLD_QC_F)}"
    if k == 2:
        return f"{r.choice(NICKS)} {r.choice(COMM['qc'][2])}"
    return r.choice(NICKS)


def g_nom_a(r, g=None):
    k = r.randrange(4)
    m = COMM["qc"][1] + OLD_QC_M
    if k == 0:
        return f"{r.choice(m)} à {r.choice(OLD_QC_M)}"
    if k == 1:
        return f"{r.choice(OLD_QC_F + COMM['qc'][0])} à {r.choice(m)}"
    if k == 2:
        return f"{r.choice(NICKS[:13])} à {r.choice(OLD_QC_M)}"
    return f"la {r.choice(OLD_QC_F)} à {r.choice(OLD_QC_M)}"


def g_particule(r, g=None):
    c, fem, f, l = person(r, g, r.choice(["qc", "qc", "maghreb", "latino", "grec_italien", "anglo"]))
    return f"{f} {r.choice(PARTICULE_SURN)}"


def g_autochtone(r, g=None):
    return _pn(r, g, r.choice(FN_COMMS))


def g_inuit(r, g=None):
    return _pn(r, g, "inuit")


def g_haiti(r, g=None):
    c, fem, f, l = person(r, g, "haiti")
    return r.choice([f"{f} {l}", f"{l.upper()} {f}", f"{f} {l}"])


def g_maghreb(r, g=None):
    return _pn(r, g, "maghreb")


def g_asie(r, g=None):
    c, fem, f, l = person(r, g, r.choice(["viet", "chine", "viet"]))
    return r.choice([f"{l} {f}", f"{l.upper()} {f}", f"{f} {l}"])


def g_latino(r, g=None):
    c, fem, f, l = person(r, g, "latino")
    if " " not in l:
        l = l + " " + r.choice([x for x in COMM["latino"][2] if x != l])
    return f"{f} {l}"


def g_esteuro(r, g=None):
    return _pn(r, g, "est_europe")


def g_anglo(r, g=None):
    return _pn(r, g, "anglo")


def g_autres(r, g=None):
    return _pn(r, g, r.choice(["juif", "grec_italien", "lusophone", "moyen_orient", "philippin", "asie_sud", "afrique"]))


def g_compose(r, g=None):
    F, M, L = COMM["qc"]
    fem = _is_f(r, g)
    firsts = [x for x in (F if fem else M) if "-" in x] or (F if fem else M)
    a, b = r.sample(L, 2)
    return f"{r.choice(firsts)} {a}-{b}"


def g_prenom(r, g=None):
    c, fem, f, l = person(r, g)
    return f


def g_nom(r, g=None):
    c, fem, f, l = person(r, g)
    return l


def _slugname(s):
    return re.sub(r"[^a-z0-9.\-_]", "", ascii_fold(s).lower().replace(" ", ""))


def g_handle(r, g=None):
    c, fem, f, l = person(r, g)
    fa, la = _slugname(f), _slugname(l).replace("'", "")
    k = r.randrange(5)
    if k == 0:
        return f"{fa}.{la}"
    if k == 1:
        return ascii_fold(f).replace(" ", "").replace("-", "") + ascii_fold(l).replace(" ", "").replace("'", "") + str(r.choice([418, 514, 819, 450, 77, 92, 2003]))
    if k == 2:
        return f"{fa[0]}{la}"
    if k == 3:
        return f"{fa}_{la}"
    return f"{f} {l}"


def g_hashtag(r, g=None):
    c, fem, f, l = person(r, g)
    s = "".join(w[:1].upper() + w[1:] for w in re.split(r"[\s\-']", f + " " + l) if w)
    return s if r.random() < 0.6 else ascii_fold(s)


def g_pn(r): return _pn(r)
def g_pnf(r): return _pn(r, "f")
def g_pnm(r): return _pn(r, "m")


# ---------------------------------------------------------------------------
# pools and generators -- addresses
# ---------------------------------------------------------------------------

RUES = W("""rue des Érables|rue des Pins|rue des Bouleaux|rue du Ruisseau|rue de la Rivière|
rue Principale|rue Notre-Dame|rue Saint-Jean|rue Saint-Louis|rue des Pionniers|rue du Moulin|
rue de l'Église|rue des Cèdres|rue Champlain|rue Bellevue|rue des Hirondelles|rue des Lilas|
avenue des Saules|rue du Lac|rue des Merisiers|rue Tessier|rue Laurier|rue Dollard|rue Papineau|
rue Cartier|avenue Royale|boulevard Sainte-Anne|rue Racine|rue du Domaine|croissant des Ormes|
place des Tilleuls|impasse des Geais-Bleus|terrasse du Boisé|rue de la Fabrique|rue du Couvent|
avenue Bélanger|rue Marie-Victorin|rue Jacques-Cartier|rue Wilfrid-Laurier|rue des Sitelles|
rue du Vallon|rue des Chênes|avenue du Parc|rue de la Gare|rue Saint-Pierre|rue des Peupliers|
rue de la Colline|rue Desjardins|boulevard Saint-Joseph|rue des Fleurs""")
RUES_NUES = W("""des Érables|des Pins|Principale|Notre-Dame|Saint-Jean|du Moulin|de l'Église|Racine|
Tessier|Laurier|des Lilas|Bellevue|du Ruisseau|Champlain|des Cèdres|Dollard|Papineau|Cartier|
Saint-Louis|de la Gare|des Chênes|Desjardins|Marie-Victorin|des Peupliers""")
RANGS = W("""rang Saint-Joseph|4e Rang|rang 4|rang 7 Ouest|2e Rang Est|rang du Nord|rang Double|
rang de la Chute|Grand Rang|rang Sainte-Anne|rang du Petit-Bois|rang 10|3e Rang Ouest|rang Saint-Isidore|
rang du Bas-de-la-Rivière|rang Sainte-Sophie|rang des Chutes|rang 6 Sud|1er Rang|rang Saint-Michel""")
CHEMINS = W("""chemin du Lac-Noir|chemin de la Grande-Côte|chemin des Patriotes|chemin Sainte-Claire|
chemin de la Montagne|chemin du Bord-de-l'Eau|chemin de la Baie|chemin du Tour-du-Lac|chemin Lakeshore|
montée Gagnon|montée Laurin|montée du Moulin|montée Sainte-Julie|montée Masson|montée de la Pointe|
chemin du Lac-à-la-Truite|chemin des Sables|chemin de la Petite-Rivière|chemin du Golf|
chemin du Lac-Caché|chemin des Cascades|chemin de Chelsea|montée Saint-Rédempteur|chemin Larocque""")
ROUTES_ADR = W("""route 132 Est|route 132 Ouest|route 138|route 117|route 173 Nord|route 155|route 309|
route 148|route 116 Ouest|route 343|route 112|route du Fleuve|route Marie-Victorin|route 185|
route 199|route 201|route 170|route 133|route 329|route 389 Nord""")
ANGLO_STREETS = W("""Maple Street|Main Street|Church Street|Lakeshore Road|Pine Avenue|Mountain Road|
Elm Street|Victoria Street|River Road|Cedar Lane|Clarendon Road|Queen Street|Mill Road|
Oak Crescent|Beech Street|Scotch Road|Knowlton Road|Hillside Drive""")
PC_LET = "ABCEGHJKLMNPRSTVWXYZ"


def civic(r):
    k = r.random()
    if k < 0.2:
        return r.randint(2, 99)
    if k < 0.55:
        return r.randint(100, 999)
    if k < 0.95:
        return r.randint(1000, 9999)
    return r.randint(10000, 18999)


def g_cp(r):
    a = r.choice("GGGHJJ")
    d1 = 0 if r.random() < 0.4 else r.randint(1, 9)
    s = f"{a}{d1}{r.choice(PC_LET)} {r.randint(0, 9)}{r.choice(PC_LET)}{r.randint(0, 9)}"
    k = r.randrange(5)
    if k == 0:
        return s.replace(" ", "")
    if k == 1:
        return s.lower()
    return s


def g_adr_std(r):
    c, s = civic(r), r.choice(RUES)
    return f"{c}, {s}" if r.random() < 0.6 else f"{c} {s}"


def g_adr_app(r):
    c, s, u = civic(r), r.choice(RUES), r.randint(1, 24)
    return r.choice([f"{c}, {s}, app. {u}", f"{u}-{c}, {s}", f"{c} {s} #{u}",
                     f"{c}, {s}, appartement {u}", f"app. {u}, {c} {s}",
                     f"{c}, {s}, logement {u}", f"{c}-{r.choice('ABCD')} {s}",
                     f"{c}, {s}, unité {u}", f"{c} {s} apt {u}"])


def g_adr_rang(r):
    c, s = civic(r), r.choice(RANGS)
    return f"{c}, {s}" if r.random() < 0.6 else f"{c} {s}"


def g_adr_chemin(r):
    c, s = civic(r), r.choice(CHEMINS)
    return f"{c}, {s}" if r.random() < 0.6 else f"{c} {s}"


def g_adr_route(r):
    c, s = civic(r), r.choice(ROUTES_ADR)
    return f"{c}, {s}" if r.random() < 0.6 else f"{c} {s}"


def g_adr_ord(r):
    c, k = civic(r), r.randint(1, 25)
    o = "1re" if k == 1 else f"{k}e"
    return r.choice([f"{c}, {o} Rue", f"{c}, {o} Avenue", f"{c} {o} Avenue Est", f"{c}, {o} Rue Ouest",
                     f"{c} {o} Av.", f"{c}, {o} Rue Nord"])


def g_cadastre(r):
    a, b, c = r.randint(1, 6), r.randint(100, 999), r.randint(100, 999)
    k = r.randrange(5)
    if k == 0:
        return f"lot {a} {b} {c}"
    if k == 1:
        return f"lot {a}{b}{c}"
    if k == 2:
        return f"lot {a} {b} {c} (ancien lot {r.randint(1, 30)}-{r.randint(1, 40)})"
    if k == 3:
        return f"lot {r.randint(1, 40)}-P du rang {r.randint(1, 11)}, canton {_dv(r.choice(W('Kingsey|Wolfe|Ripon|Hull|Bouchette|Stoneham|Aberdeen|Tring|Ditton|Granby|Clapham|Ixworth')))}"
    return f"lot {a} {b} {c} du cadastre du Québec"


def g_bp(r):
    n = r.randint(1, 2999)
    return r.choice([f"C.P. {n}", f"case postale {n}", f"CP {n}", f"casier postal {n}", f"boîte postale {n}", f"C. P. {n}"])


def g_rr(r):
    return r.choice([f"R.R. {r.randint(1, 6)}, site {r.randint(1, 40)}, boîte {r.randint(1, 30)}",
                     f"RR #{r.randint(1, 6)}, boîte {r.randint(1, 99)}",
                     f"route rurale {r.randint(1, 6)}, casier {r.randint(1, 99)}",
                     f"R.R.{r.randint(1, 6)} comp. {r.randint(1, 60)}"])


def g_adr_mots(r):
    c = r.randint(2, 2999)
    return f"{fr(c)}, {r.choice(RUES + RANGS[:6] + CHEMINS[:6])}"


def g_adr_soussol(r):
    c, s = civic(r), r.choice(RUES)
    return r.choice([f"{c}-A, {s} (sous-sol)", f"{c} {s}, sous-sol", f"{c}B {s} (logement du sous-sol)",
                     f"{c}, {s}, s.-sol", f"{c} {s} (entrée côté, sous-sol)"])


def g_adr_coin(r):
    a, b = r.sample(RUES_NUES, 2)
    return r.choice([f"coin {a} et {b}", f"au coin de {a} et {b}", f"coin {a}/{b}",
                     f"à l'angle de la rue {a} et de la rue {b}"])


def g_adr_nue(r):
    return f"{civic(r)} {r.choice(RUES_NUES)}"


def g_adr_anglo(r):
    s = r.choice(ANGLO_STREETS)
    if r.random() < 0.3:
        s = s.replace("Street", "St.").replace("Road", "Rd").replace("Avenue", "Ave")
    return f"{civic(r)} {s}"


def g_adr_complete(r):
    c, s, v = civic(r), r.choice(RUES + RANGS + CHEMINS), r.choice(VILLES)
    cp = g_cp(r)
    return r.choice([f"{c}, {s}, {v} (Québec) {cp}", f"{c} {s}, {v}, QC {cp}", f"{c}, {s}, {v} {cp}"])


def g_adr_num_apres(r):
    s, c = r.choice(RUES + CHEMINS), civic(r)
    return r.choice([f"{s}, no {c}", f"{s}, numéro {c}", f"{s} no civique {c}", f"{s}, # {c}"])


def g_adr_fraction(r):
    c, s = civic(r), r.choice(RUES)
    return r.choice([f"{c} ½ {s}", f"{c} 1/2, {s}", f"{c}-B, {s}", f"{c}A {s}", f"{c}-{c + 2}, {s}"])


def g_adr_maison(r):
    n = r.randint(1, 699)
    return r.choice([f"maison no {n}", f"maison {n}", f"maison #{n}", f"maison no {n}-{r.choice('AB')}", f"maison numéro {n}"])


def g_adr_chalet(r):
    c = civic(r)
    lac = r.choice(W("Noir|Caché|à la Truite|Vert|des Îles|Croche|Long|Rond|Sept-Îles|Clair|Blanc|Sauvage"))
    return r.choice([f"{c}, chemin du Lac-{lac.replace(' ', '-')}", f"no {c}, chemin privé du lac {lac}",
                     f"{c} ch. du Lac-{lac.replace(' ', '-')}", f"{c}, chemin de la Pointe-du-lac-{lac.replace(' ', '-')}"])


# ---------------------------------------------------------------------------
# age
# ---------------------------------------------------------------------------

def g_age_ans(r): return f"{r.randint(19, 96)} ans"
def g_age_num(r): return str(r.randint(18, 97))
def g_age_mots(r): return fr(r.randint(17, 99)) + " ans"
def g_age_enfant(r): return f"{r.randint(2, 17)} ans"
def g_age_aine(r): return f"{r.randint(65, 103)} ans"
def g_age_ado(r): return f"{r.randint(12, 17)} ans"


def g_age_abr(r):
    n = r.randint(18, 97)
    return r.choice([f"{n} a.", f"{n}a", f"{n}ans", f"{n} ANS", f"{n} A", f"{n}a."])


def g_age_en(r):
    n = r.randint(18, 97)
    return r.choice([f"{n}-year-old", f"{n} y/o", f"{n} yrs old", f"{n} yo", f"{n}yo"])


def g_age_bebe(r):
    return r.choice([f"{r.randint(2, 23)} mois", f"{r.randint(2, 11)} semaines", f"{r.randint(2, 20)} jours",
                     f"{fr(r.randint(2, 11))} mois"])


def g_age_demi(r):
    n = r.randint(2, 16)
    return r.choice([f"{n} ans et demi", f"{n} ans ½", f"{n} ans 1/2", f"{fr(n)} ans et demi"])


def g_age_annee_e(r):
    return f"{r.randint(58, 104)}e année"


def g_age_mots_agee(r):
    return fr(r.randint(60, 99)) + " ans"


# ---------------------------------------------------------------------------
# dates of birth
# ---------------------------------------------------------------------------

def _date(r, y0=1924, y1=2006):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def g_ddn_texte(r):
    y, m, d = _date(r)
    return f"{'1er' if d == 1 else d} {MOIS[m - 1]} {y}"


def g_ddn_premier(r):
    y, m, d = _date(r)
    return f"1er {MOIS[m - 1]} {y}" if r.random() < 0.7 else f"premier {MOIS[m - 1]} {y}"


def g_ddn_iso(r):
    y, m, d = _date(r)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}{m:02d}{d:02d}"])


def g_ddn_slash(r):
    y, m, d = _date(r)
    return f"{d:02d}/{m:02d}/{y}" if r.random() < 0.7 else f"{d}/{m}/{y}"


def g_ddn_slash_court(r):
    y, m, d = _date(r)
    return f"{d:02d}/{m:02d}/{y % 100:02d}"


def g_ddn_us(r):
    y, m, d = _date(r)
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}-{d:02d}-{y}"])


def g_ddn_point(r):
    y, m, d = _date(r)
    return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100:02d}", f"{y}.{m:02d}.{d:02d}"])


def g_ddn_tiret(r):
    y, m, d = _date(r)
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"])


def g_ddn_abr(r):
    y, m, d = _date(r)
    return r.choice([f"{d} {MOIS_ABR[m - 1]} {y % 100:02d}", f"{d:02d}-{MOIS_MAJ3[m - 1]}-{y}",
                     f"{d} {MOIS_ABR[m - 1]} {y}", f"{d:02d}{MOIS_MAJ3[m - 1]}{y % 100:02d}",
                     f"{d} {MOIS[m - 1].upper()} {y}"])


def g_ddn_mots(r):
    y, m, d = _date(r, 1924, 1999)
    ys = fr(y).replace("mille", "mil", 1) if r.random() < 0.5 else fr(y)
    ds = "premier" if d == 1 else fr(d)
    return f"{ds} {MOIS[m - 1]} {ys}"


def g_ddn_romain(r):
    y, m, d = _date(r)
    return r.choice([f"{d}-{ROMAN[m - 1]}-{y}", f"{d:02d}.{ROMAN[m - 1]}.{y}", f"{d} {ROMAN[m - 1]} {y}"])


def g_ddn_en(r):
    y, m, d = _date(r)
    return r.choice([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN3[m - 1]} {y}",
                     f"{MONTHS_EN3[m - 1]}. {d}, {y}", f"{d}-{MONTHS_EN3[m - 1]}-{y % 100:02d}"])


def g_ddn_annee(r):
    return str(r.randint(1922, 2008))


def g_ddn_mois_annee(r):
    y, m, d = _date(r)
    return r.choice([f"{MOIS[m - 1]} {y}", f"{MOIS_ABR[m - 1]} {y}", f"{m:02d}/{y}"])


def g_ddn_jour_semaine(r):
    y, m, d = _date(r)
    wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
    return f"{wd} {'1er' if d == 1 else d} {MOIS[m - 1]} {y}"


def g_ddn_formulaire(r):
    y, m, d = _date(r)
    return r.choice([f"J {d:02d} M {m:02d} A {y}", f"JJ {d:02d} MM {m:02d} AAAA {y}", f"{d:02d} | {m:02d} | {y}",
                     f"jour {d:02d} / mois {m:02d} / année {y}"])


def g_ddn_enfant(r):
    y, m, d = _date(r, 2008, 2023)
    return r.choice([f"{'1er' if d == 1 else d} {MOIS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])


def g_ddn_jour_mois(r):
    y, m, d = _date(r)
    return f"{'1er' if d == 1 else d} {MOIS[m - 1]}"



def g_ddn_compact(r):
    y, m, d = _date(r)
    return r.choice([f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y}"])


def g_ddn_mix(r):
    return r.choice([g_ddn_iso, g_ddn_slash, g_ddn_texte, g_ddn_tiret])(r)

# ---------------------------------------------------------------------------
# health (sante) pools -- one pool per phrasing family
# ---------------------------------------------------------------------------

POOLS: dict[str, list[str]] = {}

POOLS["s_avc"] = W("""ne peut plus monter les marches depuis son AVC|a fait un ACV l'hiver passé|
a eu une petite attaque l'an dernier et parle moins bien|a le côté gauche paralysé depuis son accident cérébral|
traîne la jambe droite depuis son AVC|a de la misère à parler depuis sa thrombose|
a perdu l'usage de son bras depuis l'ACV|ne conduit plus depuis son AVC|a fait deux ICT cette année|
est en réadaptation à la suite d'un AVC|a besoin d'aide pour s'habiller depuis son ACV|
ne peut plus rester sans surveillance depuis son AVC|est aphasique depuis l'AVC du printemps|
marche avec une canne quadripode depuis l'AVC|a gardé des séquelles de son hémorragie cérébrale|
a la bouche croche depuis son attaque""")

POOLS["s_med"] = W("""ses pilules de Coumadin|son Eliquis|sa pompe de Ventolin|son Seroquel|sa Suboxone|
sa méthadone|ses Ativan|son Lasix|son insuline Lantus|sa Metformine|son Synthroid|son Concerta|
son Vyvanse|son Risperdal|son Xarelto|sa pompe de nitro|ses Dilaudid|son EpiPen|son Keppra|
ses timbres de fentanyl|son Ozempic|son Abilify|son Effexor|sa Clozapine|son injection d'Invega|
ses pompes Advair et Spiriva|son Rivotril|son Dilantin""")

POOLS["s_abr"] = W("""MPOC|TSA|TDAH|ICC|IRC stade 4|DB2|HTA|FA|SEP|SLA|TCC|DI légère|TPL|TSPT|MCAS|
Db type 1|IRC dialysé|MPOC O2 2 L|FA anticoagulée|TAG|DMLA|MA stade modéré|MPOC sévère|ICC FEVG 30 %|
DI-TSA|VIH|HTA + DB2|TCC modéré""")

POOLS["s_qc"] = W("""fait de la pression|a le cœur fatigué|fait du sucre|a les nerfs à terre|
a fait une dépression|a eu une attaque de cœur|fait de l'angine|a le cancer des poumons|
a de la misère à respirer|a les jambes enflées|est sur les pilules pour les nerfs|
fait de l'emphysème|a le cœur qui débat|est dur d'oreille|fait des crises|a le diabète|
fait de l'arthrite|a eu une descente de matrice|a les poumons finis|a les reins qui lâchent|
fait de la haute pression|a une hernie|est en burn-out|fait de la rétention d'eau""")

POOLS["s_en"] = W("""on home oxygen|living with dementia|an insulin-dependent diabetic|recovering from hip surgery|
epileptic|dealing with PTSD since the fire|a wheelchair user|in a high-risk pregnancy|on dialysis three times a week|
legally blind|bipolar and off her meds|a recovering alcoholic|recovering from a heart attack|
in palliative care for stage 4 cancer|severely asthmatic|autistic and non-verbal|on 2 L of oxygen for COPD|
in the early stages of Parkinson's|paraplegic|hard of hearing|schizophrenic""")

POOLS["s_clinique"] = W("""a un suivi à la clinique de dialyse|a un suivi en psychiatrie externe|
fréquente l'hôpital de jour en santé mentale|a un suivi au GMF pour son diabète|
reçoit l'infirmière du CLSC pour ses pansements|a un suivi en oncologie|a un suivi à la clinique de la douleur|
fréquente le centre de réadaptation en dépendance|va chercher sa méthadone à la pharmacie tous les matins|
a un suivi de grossesse à risque élevé|a un suivi en cardiologie|a un suivi à la clinique de la mémoire|
a un suivi en pneumologie pour son MPOC|a un suivi intensif dans le milieu (équipe SIM)|
reçoit le soutien à domicile du CLSC|fréquente le centre de réadaptation en déficience physique|
a un suivi à la clinique d'insuffisance cardiaque|a un suivi en hémato-oncologie|a un suivi au CRDI""")

POOLS["s_mental"] = W("""suivie en psy|schizophrène|bipolaire|fait de l'anxiété sévère|a des idées suicidaires|
a été hospitalisé en psychiatrie le mois passé|trouble de personnalité limite|
choc post-traumatique depuis l'incendie|en dépression majeure|fait des crises de panique|
a été amené sous P-38 la semaine dernière|a fait une tentative de suicide|entend des voix|
en arrêt de travail pour épuisement professionnel|trouble obsessionnel-compulsif|
psychose toxique l'automne passé|trouble bipolaire non traité|idéations suicidaires""")

POOLS["s_dep"] = W("""consomme du crystal|a fait une rechute|a un problème d'alcool|est sous méthadone|
est en thérapie fermée|a fait une surdose de fentanyl|joue compulsivement aux machines|
boit beaucoup depuis le sinistre|fume du pot toute la journée|consomme de la coke|s'injecte|
est en sevrage d'alcool|a fait une overdose l'an passé|est sous Suboxone depuis deux ans|
prend un coup solide|consomme des speeds|est alcoolique|a replongé dans la consommation""")

POOLS["s_grossesse"] = W("""est enceinte de 7 mois|est en famille|attend des jumeaux|est enceinte de 32 semaines|
vient d'accoucher|a fait une fausse couche|a une grossesse à risque|est sur le point d'accoucher|
est enceinte de son troisième|se remet d'une césarienne|allaite un nouveau-né|fait un diabète de grossesse|
a perdu ses eaux|a des contractions aux 10 minutes|est enceinte de 5 mois|est à 38 semaines de grossesse""")

POOLS["s_mobilite"] = W("""en fauteuil roulant|se déplace en marchette|utilise un quadriporteur|
amputé d'une jambe|grabataire|a besoin d'aide pour le bain|ne peut pas descendre l'escalier sans aide|
marche avec une canne|paraplégique|a besoin d'un lève-personne|ne peut plus marcher|
a une prothèse à la jambe droite|en chaise roulante électrique|incapable de marcher plus de 10 mètres|
quadriplégique|alitée depuis sa chute""")

POOLS["s_sens"] = W("""surdité profonde|perte auditive, porte des appareils|cécité complète|basse vision, chien-guide|aphasie|
surdi-mutité|glaucome avancé, voit très peu|surdité, communique en LSQ|perte auditive sévère|
implants cochléaires|perte de vision d'un œil|dégénérescence maculaire|laryngectomie, ne parle plus|
surdité sans son appareil""")

POOLS["s_blessure"] = W("""brûlures au 2e degré aux avant-bras|fracture de la cheville|inhalation de fumée|
hypothermie|coupure profonde à la main|commotion cérébrale|intoxication au CO|brûlé au visage|
entorse au genou|trois côtes fracturées|engelures aux pieds|blessure au dos|
morsure de chien au mollet|réaction allergique à une piqûre de guêpe|luxation de l'épaule|
fracture du poignet|lacération au cuir chevelu|brûlures aux mains""")

POOLS["s_domicile"] = W("""oxygène à domicile|dialyse péritonéale à la maison|porte une sonde urinaire|
nourri par gavage|en soins palliatifs à domicile|a une pompe à insuline|dort avec un CPAP|
a besoin de son concentrateur d'oxygène branché|porte une stomie|
reçoit des soins infirmiers tous les jours|a une trachéotomie|a une pompe à morphine|
BiPAP la nuit|hémodialyse à domicile|a un cathéter central""")

POOLS["s_cogn"] = W("""fait de l'Alzheimer|a pas toute sa tête|démence|perd la carte|confuse depuis quelques semaines|
déficience intellectuelle légère|trouble neurocognitif majeur|oublie de fermer le rond du poêle|
se perd dans le village|ne reconnaît plus ses enfants|maladie à corps de Lewy|Parkinson avec démence|
délire depuis son hospitalisation|ne sait plus où il habite|début d'Alzheimer""")

POOLS["s_cardio"] = W("""prend ses pilules pour le cœur|a un pacemaker|a eu un pontage l'hiver passé|a fait un infarctus|
a sa nitro en spray|a un défibrillateur implanté|fait de l'insuffisance cardiaque|fait de l'angine|
fait de l'arythmie|a eu trois stents|fait de la haute pression|s'est fait opérer pour une valve|
a une faiblesse au cœur|est cardiaque""")

POOLS["s_neurodev"] = W("""TSA|autiste non verbal|TDAH sous Concerta|dysphasie sévère|trisomie 21|
paralysie cérébrale|syndrome Gilles de la Tourette|déficience intellectuelle moyenne|
trouble du langage|épilepsie|syndrome de l'X fragile|autiste, fait des crises quand il y a du bruit|
dyspraxie|TSA niveau 2|TDAH""")

POOLS["s_form"] = W("""diabète type 2, HTA|MPOC, FA|asthme|épilepsie|hypothyroïdie|insuffisance rénale|
cancer du sein en rémission|allergie sévère aux arachides (EpiPen)|VIH|sclérose en plaques|
arthrite rhumatoïde|fibromyalgie|maladie de Crohn|hépatite C|angine, HTA|schizophrénie""")

POOLS["s_chir"] = W("""s'est fait opérer la hanche il y a 3 semaines|sort de l'hôpital après une pneumonie|
a une prothèse du genou toute neuve|a eu une greffe de rein|s'est fait opérer pour un cancer du côlon en juin|
a eu une césarienne|a eu un pontage triple le mois passé|s'est fait opérer pour la cataracte hier|
s'est fait opérer au dos|a perdu deux orteils à cause du diabète|s'est fait enlever la vésicule|
a terminé sa chimio en mars|s'est fait remplacer la valve aortique|a eu une mastectomie récemment""")

POOLS["s_infect"] = W("""positif à la COVID|en isolement pour une tuberculose|a la gale|a le zona|VIH+|
hépatite C|a la grippe A|C. difficile|porteur du SARM|coqueluche|rougeole|
infection urinaire à répétition|en pneumonie|mononucléose""")

POOLS["s_cancer"] = W("""en chimio|cancer du sein|leucémie|en radiothérapie à Rimouski|cancer de la prostate|
tumeur au cerveau|lymphome|cancer du poumon métastatique|en immunothérapie|
cancer du pancréas en soins palliatifs|myélome|mélanome|cancer des os|
en rémission d'un cancer de l'ovaire""")

POOLS["s_resp"] = W("""asthme sévère|emphysème|MPOC sous oxygène|fibrose kystique|apnée du sommeil|
fibrose pulmonaire|bronchite chronique|asthme à l'effort|poumons fragiles|n'a qu'un seul poumon|
sarcoïdose|hypertension pulmonaire|utilise un nébuliseur|fait des bronchites à répétition""")

POOLS["s_euph"] = W("""est pas bien dans sa tête|a un problème avec la boisson|est fragile des nerfs|
a eu une grosse opération en bas|est souvent à l'hôpital pour ses reins|a ses problèmes de cœur|
a une maladie qu'elle veut pas nommer|est pas tout là|a des faiblesses|a sa maladie|
a pris des affaires pas bonnes|a le moral à terre et voit quelqu'un|a des absences|
a la tête qui tourne souvent""")

POOLS["s_rx"] = W("""Eliquis 5 mg BID|Lasix 40 mg DIE|Metformine 500 mg BID|Seroquel 100 mg HS|
Synthroid 0,1 mg|Ventolin PRN|Insuline NPH 20 u|Dilantin 300 mg|Ativan 1 mg SL PRN|Coversyl 4 mg|
Lithium 300 mg TID|Méthadone 80 mg DIE|Clozapine 200 mg|Prednisone 50 mg|Warfarine 5 mg|
Nitro spray PRN|Lyrica 75 mg|Sinemet 100/25""")

POOLS["s_je"] = W("""le diabète|de l'asthme|une sclérose en plaques|le cancer|une prothèse de hanche|
de l'épilepsie|des pierres aux reins|la maladie de Crohn|un pacemaker|de l'arthrite|une hernie discale|
l'hépatite C|de l'angine|une stomie|la fibromyalgie|un début de Parkinson""")

POOLS["s_sevices"] = W("""des ecchymoses aux bras|des marques de strangulation|une fracture du nez|
des brûlures de cigarette|un œil au beurre noir|des bleus sur les cuisses|une lèvre fendue|
des marques de morsure|une dent cassée|une trace de coup au visage|des griffures au cou|
une côte fêlée|un hématome à la tempe|une entaille au bras""")

# ---------------------------------------------------------------------------
# e-mail
# ---------------------------------------------------------------------------

DOMAINS = W("""videotron.ca|hotmail.com|hotmail.ca|gmail.com|yahoo.ca|yahoo.fr|live.ca|outlook.com|
bell.net|sympatico.ca|icloud.com|msn.com|telus.net|xplornet.com|videotron.qc.ca|outlook.fr|live.com|
globetrotter.net|cgocable.ca""")
REGIONAL = W("""cgocable.ca|globetrotter.net|cooptel.qc.ca|derytele.com|sogetel.net|tlb.sympatico.ca|
axion.ca|oricom.ca|ebox.ca|cablevision.qc.ca|qc.aira.com|tellement.net|xittel.ca|telebec.com""")


def _ep(r):
    c, fem, f, l = person(r)
    fa = _slugname(f).replace(".", "")
    la = _slugname(l).replace("'", "").replace(".", "")
    return fa, la


def _local(r):
    fa, la = _ep(r)
    k = r.randrange(6)
    yr = r.choice([str(r.randint(50, 99)), str(r.randint(1950, 2005)), "418", "819", "450", "514"])
    return [f"{fa}.{la}", f"{fa[0]}{la}{yr}", f"{la}_{fa}", f"{fa}{la}", f"{fa}.{la}{yr}", f"{fa}-{la[0]}"][k]


def g_em_std(r):
    fa, la = _ep(r)
    return f"{fa}.{la}@{r.choice(DOMAINS)}"


def g_em_ini(r):
    fa, la = _ep(r)
    yr = r.choice([str(r.randint(50, 99)), str(r.randint(1950, 2005)), str(r.randint(1, 9))])
    return r.choice([f"{fa[0]}{la}{yr}@{r.choice(DOMAINS)}", f"{fa[0]}.{la}{yr}@{r.choice(DOMAINS)}",
                     f"{la}{fa[0]}{yr}@{r.choice(DOMAINS)}"])


def _dom_parts(r, doms=None):
    d = r.choice(doms or DOMAINS)
    head, tld = d.rsplit(".", 1)
    return head, tld


def g_em_atdot(r):
    loc, (h, t) = _local(r), _dom_parts(r)
    return r.choice([f"{loc} at {h} dot {t}", f"{loc} (at) {h} (dot) {t}", f"{loc} AT {h} DOT {t}",
                     f"{loc}(at){h}.{t}"])


def g_em_crochets(r):
    loc, (h, t) = _local(r), _dom_parts(r)
    return r.choice([f"{loc}[at]{h}.{t}", f"{loc} [at] {h} [point] {t}", f"{loc}[@]{h}[.]{t}",
                     f"{loc}{{at}}{h}.{t}", f"{loc} [arobas] {h}.{t}"])


def g_em_mots(r):
    fa, la = _ep(r)
    h, t = _dom_parts(r)
    h = h.replace(".", " point ")
    return r.choice([f"{fa} point {la} arobas {h} point {t}", f"{fa}{la} arobase {h} point {t}",
                     f"{fa} tiret bas {la} a commercial {h} point {t}", f"{fa} {la} arobas {h} point {t} (tout attaché)"])


def g_em_espaces(r):
    fa, la = _ep(r)
    h, t = _dom_parts(r)
    return r.choice([f"{fa} . {la} @ {h} . {t}", f"{fa}.{la} @ {h}.{t}", f"{fa}{la} @{h}.{t}",
                     f"{fa}. {la}@ {h}.{t}"])


def g_em_maj(r):
    return r.choice([g_em_std, g_em_ini])(r).upper()


def g_em_typo(r):
    loc = _local(r)
    d = r.choice(W("hotmial.com|gmial.com|videotorn.ca|hotmail.con|gmail,com|yahoo.caa|hotmai.com|gmail.ca|"
                   "hotmail.ca.|videotron,ca|outlok.com|sympatico,ca|gmailcom|hotmail..com"))
    return f"{loc}@{d}"


def g_em_regional(r):
    return f"{_local(r)}@{r.choice(REGIONAL)}"


def g_em_surnom(r):
    nick = _slugname(r.choice(NICKS)).replace(".", "")
    c, fem, f, l = person(r, None, "qc")
    la = _slugname(l)
    n = r.choice([str(r.randint(1, 99)), "418", "819", str(r.randint(1955, 2008)), "du418", "_qc"])
    return r.choice([f"{nick}{n}@{r.choice(DOMAINS)}", f"{nick}.{la}@{r.choice(DOMAINS)}", f"{nick}_{la}{n}@{r.choice(DOMAINS)}"])


def g_em_plus(r):
    fa, la = _ep(r)
    tag = r.choice(W("sinistre|msp|assurance|urgence|inondation|maison|reclamation|feu"))
    return f"{fa}.{la}+{tag}@gmail.com"


def g_em_travail(r):
    fa, la = _ep(r)
    slug = r.choice(SLUG)
    return r.choice([f"{fa[0]}{la}@ville.{slug}.qc.ca", f"{fa}.{la}@{slug}.ca", f"{fa}.{la}@municipalite.{slug}.qc.ca",
                     f"{la}.{fa}@cisss-{r.choice(['lau', 'bsl', 'cn', 'ca', 'lan', 'ao', 'gaspesie'])}.gouv.qc.ca",
                     f"{fa}.{la}@css{r.choice(['dp', 'rs', 'mv', 'lp', 'hr', 'dc'])}.gouv.qc.ca"])


def g_em_epele(r):
    c, fem, f, l = person(r, None, r.choice(["qc", "qc", "anglo", "haiti", "maghreb"]))
    fa = _slugname(f).replace("-", "").replace(".", "")[:10]
    la = _slugname(l).replace("-", "").replace("'", "").replace(".", "")
    h, t = _dom_parts(r)
    return f"{'-'.join(fa.upper())} point {la} arobas {h} point {t}"


def g_em_retour(r):
    fa, la = _ep(r)
    d = r.choice(DOMAINS)
    return r.choice([f"{fa}.{la}@\n{d}", f"{fa}.{la}\n@{d}", f"{fa}.\n{la}@{d}"])


def g_em_any(r):
    return r.choice([g_em_std, g_em_ini, g_em_regional])(r)


# ---------------------------------------------------------------------------
# telephone
# ---------------------------------------------------------------------------

AREAS = W("418|418|418|418|514|514|514|514|450|450|450|450|819|819|819|819|438|438|581|581|579|579|873|367|354|263|468")
_DIGW = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


def _ph(r):
    a = r.choice(AREAS)
    e = r.randint(200, 989)
    if e % 100 == 11:
        e += 1
    return a, e, r.randint(0, 9999)


def g_tel_std(r):
    a, e, n = _ph(r)
    return f"{a} {e}-{n:04d}"


def g_tel_par(r):
    a, e, n = _ph(r)
    return r.choice([f"({a}) {e}-{n:04d}", f"({a}){e}-{n:04d}", f"({a}) {e} {n:04d}", f"({a}) {e}{n:04d}"])


def g_tel_points(r):
    a, e, n = _ph(r)
    return r.choice([f"{a}.{e}.{n:04d}", f"{a}. {e}.{n:04d}", f"{a}.{e}{n:04d}"])


def g_tel_tirets(r):
    a, e, n = _ph(r)
    return f"{a}-{e}-{n:04d}"


def g_tel_colle(r):
    a, e, n = _ph(r)
    return f"{a}{e}{n:04d}"


def g_tel_local(r):
    a, e, n = _ph(r)
    return r.choice([f"{e}-{n:04d}", f"{e} {n:04d}", f"{e}.{n:04d}"])


def g_tel_intl(r):
    a, e, n = _ph(r)
    return r.choice([f"+1 {a} {e} {n:04d}", f"+1-{a}-{e}-{n:04d}", f"+1 ({a}) {e}-{n:04d}", f"+1{a}{e}{n:04d}",
                     f"+1 {a}-{e}-{n:04d}"])


def g_tel_un(r):
    a, e, n = _ph(r)
    return r.choice([f"1-{a}-{e}-{n:04d}", f"1 {a} {e}-{n:04d}", f"1 ({a}) {e}-{n:04d}", f"1.{a}.{e}.{n:04d}"])


def g_tel_poste(r):
    a, e, n = _ph(r)
    p = r.randint(2, 7999)
    base = r.choice([f"{a} {e}-{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}"])
    return r.choice([f"{base} poste {p}", f"{base} p. {p}", f"{base}, ext. {p}", f"{base} #{p}",
                     f"1 800 {e}-{n:04d} poste {p}", f"1-888-{e}-{n:04d}, poste {p}"])


def g_tel_mots(r):
    a, e, n = _ph(r)
    aw = "-".join(_DIGW[int(ch)] for ch in a)
    ew = "-".join(_DIGW[int(ch)] for ch in str(e))
    hi, lo = divmod(n, 100)
    def pair(x):
        return fr(x) if x >= 10 else "zéro " + _DIGW[x]
    return r.choice([f"{aw} {e}-{n:04d}", f"{aw}, {ew}, {pair(hi)} {pair(lo)}",
                     f"{a}, {ew}, {pair(hi)}, {pair(lo)}", f"{fr(int(a))}, {e}-{n:04d}"])


def g_tel_pairs(r):
    a, e, n = _ph(r)
    hi, lo = divmod(n, 100)
    return r.choice([f"{a} {e} {hi:02d} {lo:02d}", f"{a}.{e}.{hi:02d}.{lo:02d}", f"{a} {e} {hi:02d}-{lo:02d}"])


def g_tel_espaces(r):
    a, e, n = _ph(r)
    return " ".join(f"{a}{e}{n:04d}")


def g_tel_slash(r):
    a, e, n = _ph(r)
    return r.choice([f"{a}/{e}-{n:04d}", f"{a}/{e}{n:04d}", f"{a} / {e}-{n:04d}"])


def g_tel_nopar(r):
    return r.choice([g_tel_std, g_tel_tirets, g_tel_points, g_tel_colle])(r)


def g_tel_any(r):
    return r.choice([g_tel_std, g_tel_par, g_tel_tirets, g_tel_points, g_tel_colle])(r)


# ---------------------------------------------------------------------------
# licence plates
# ---------------------------------------------------------------------------

PL_LET = "ABCDEFGHJKLMNPRSTVWXYZ"
NATO = dict(A="Alpha", B="Bravo", C="Charlie", D="Delta", E="Echo", F="Foxtrot", G="Golf", H="Hotel",
            J="Juliett", K="Kilo", L="Lima", M="Mike", N="November", P="Papa", R="Romeo", S="Sierra",
            T="Tango", V="Victor", W="Whiskey", X="X-ray", Y="Yankee", Z="Zulu")
FR_SPELL = dict(A="avion", B="bateau", C="chat", D="dé", E="éléphant", F="fraise", G="gâteau", H="hôtel",
                J="jouet", K="kilo", L="lion", M="maison", N="neige", P="papa", R="robot", S="soleil",
                T="train", V="vélo", W="wagon", X="xylophone", Y="yogourt", Z="zèbre")


def _L(r, k): return "".join(r.choice(PL_LET) for _ in range(k))
def _D(r, k): return "".join(str(r.randint(0, 9)) for _ in range(k))


def g_pl_lll_ddd(r): return f"{_L(r, 3)} {_D(r, 3)}"
def g_pl_ddd_lll(r): return f"{_D(r, 3)} {_L(r, 3)}"
def g_pl_mixte(r): return f"{_L(r, 1)}{_D(r, 2)} {_L(r, 3)}"


def g_pl_tiret(r):
    return r.choice([f"{_L(r, 3)}-{_D(r, 3)}", f"{_D(r, 3)}-{_L(r, 3)}", f"{_L(r, 1)}{_D(r, 2)}-{_L(r, 3)}"])


def g_pl_colle(r):
    s = r.choice([f"{_L(r, 3)}{_D(r, 3)}", f"{_D(r, 3)}{_L(r, 3)}", f"{_L(r, 1)}{_D(r, 2)}{_L(r, 3)}"])
    return s.lower() if r.random() < 0.6 else s


def g_pl_ontario(r): return r.choice([f"{_L(r, 4)} {_D(r, 3)}", f"{_L(r, 4)}-{_D(r, 3)}", f"{_L(r, 4)}{_D(r, 3)}"])
def g_pl_atl(r): return r.choice([f"{_L(r, 3)} {_D(r, 3)}", f"{_L(r, 3)}-{_D(r, 3)}", f"{_D(r, 3)} {_L(r, 3)}"])
def g_pl_usa(r): return r.choice([f"{_L(r, 3)}-{_D(r, 4)}", f"{_L(r, 3)} {_D(r, 4)}", f"{_D(r, 3)} {_L(r, 3)}", f"{_L(r, 2)}{_D(r, 3)}{_L(r, 1)}"])
def g_pl_debut(r): return _L(r, 3)
def g_pl_fin(r): return _D(r, 3)


def _qcplate(r):
    return r.choice([f"{_L(r, 3)}{_D(r, 3)}", f"{_D(r, 3)}{_L(r, 3)}", f"{_L(r, 1)}{_D(r, 2)}{_L(r, 3)}"])


def g_pl_espace(r): return " ".join(_qcplate(r))


def g_pl_otan(r):
    p = _qcplate(r)
    letters = [NATO[ch] for ch in p if ch.isalpha()]
    digits = [ch for ch in p if ch.isdigit()]
    if p[0].isdigit():
        return "-".join(digits) + " " + " ".join(letters)
    return " ".join(letters) + " " + "-".join(digits)


def g_pl_fr(r):
    p = f"{_L(r, 3)}{_D(r, 3)}"
    return ", ".join(f"{ch} comme {FR_SPELL[ch]}" for ch in p[:3]) + ", " + "-".join(p[3:])


def g_pl_comm(r): return r.choice([f"F{_L(r, 2)}{_D(r, 4)}", f"F{_L(r, 2)} {_D(r, 4)}", f"L{_D(r, 5)}"])
def g_pl_remorque(r): return r.choice([f"R{_L(r, 1)}{_D(r, 4)}", f"R{_D(r, 5)}", f"RT {_D(r, 4)}"])
def g_pl_moto(r): return r.choice([f"M{_D(r, 5)}", f"M{_L(r, 1)}{_D(r, 4)}", f"M {_D(r, 5)}"])
def g_pl_taxi(r): return r.choice([f"T{_D(r, 5)}", f"TX{_D(r, 4)}", f"T {_D(r, 5)}"])


PERSO_PL = W("""MAMIE22|BEAUCE1|SKIDOO|GRANPA|LOULOU7|PECHEUR|JAMAIS2|CHEVY57|BOSS418|PETITE1|
ZOOMZOOM|ABITIBI|GASPE1|MEMERE|PEPERE2|TIGUY|VROUM|GOHABS|CHALET1|HARLEY9|POMPIER|MUSTANG|
BLEUETS|MAMAN3|NANOU|FERMIER|PAPY819|LACBLEU""")


def g_pl_perso(r): return r.choice(PERSO_PL)


def g_pl_qc(r): return r.choice([g_pl_lll_ddd, g_pl_ddd_lll, g_pl_mixte])(r)


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------

def _luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _nas_digits(r):
    while True:
        s = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _D(r, 8)
        if _luhn_ok(s):
            return s


def g_nas_esp(r):
    s = _nas_digits(r)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def g_nas_autre(r):
    s = _nas_digits(r)
    return r.choice([f"{s[:3]}-{s[3:6]}-{s[6:]}", s, f"{s[:3]}.{s[3:6]}.{s[6:]}"])


def _sur3(l):
    s = re.sub(r"[^A-Z]", "", ascii_fold(l).upper())
    return (s + "XXX")[:3]


def g_ramq(r):
    c, fem, f, l = person(r)
    y, m, d = _date(r, 1930, 2015)
    code = f"{_sur3(l)}{ascii_fold(f[0]).upper()}{y % 100:02d}{m + (50 if fem else 0):02d}{d:02d}{_D(r, 2)}"
    return r.choice([f"{code[:4]} {code[4:8]} {code[8:]}", code, f"{code[:4]}-{code[4:8]}-{code[8:]}",
                     f"{code[:4]} {code[4:]}"])


def g_code_permanent(r):
    c, fem, f, l = person(r)
    y, m, d = _date(r, 1995, 2018)
    code = f"{_sur3(l)}{ascii_fold(f[0]).upper()}{d:02d}{m + (50 if fem else 0):02d}{y % 100:02d}{_D(r, 2)}"
    return code if r.random() < 0.6 else f"{code[:4]} {code[4:8]} {code[8:]}"


def g_permis(r):
    c, fem, f, l = person(r)
    y, m, d = _date(r, 1935, 2006)
    s = f"{ascii_fold(l[0]).upper()}{_D(r, 4)}-{d:02d}{m:02d}{y % 100:02d}-{_D(r, 2)}"
    return s if r.random() < 0.6 else s.replace("-", "")


def g_dossier_aide(r):
    yr = r.randint(2011, 2024)
    return r.choice([f"PGIAF-{yr}-{_D(r, 5)}", f"{yr}-{_D(r, 6)}", f"AF{yr}{_D(r, 5)}", f"{_D(r, 3)}-{yr}-{_D(r, 4)}",
                     f"SIN-{yr % 100:02d}-{_D(r, 5)}"])


def g_detenu(r):
    s = _D(r, 7)
    s = str(r.randint(1, 9)) + s[1:]
    return r.choice([s, f"{s[0]} {s[1:4]} {s[4:]}", f"{s[:3]}-{s[3:]}"])


def _yymmdd(r):
    y, m, d = _date(r, 2015, 2024)
    return f"{y % 100:02d}{m:02d}{d:02d}"


def g_police(r):
    return r.choice([f"{r.randint(1, 50):02d}-{_yymmdd(r)}-{_D(r, 3)}", f"{_D(r, 3)}-{_yymmdd(r)}-{_D(r, 4)}",
                     f"QUE-{r.randint(15, 24)}-{_D(r, 6)}", f"{_yymmdd(r)}-{_D(r, 3)}", f"LGL-{_D(r, 2)}-{_D(r, 6)}"])


def g_client_hydro(r):
    return r.choice([f"{_D(r, 4)} {_D(r, 3)} {_D(r, 3)}", f"{_D(r, 3)} {_D(r, 3)} {_D(r, 3)}", _D(r, 10),
                     f"{_D(r, 4)} {_D(r, 4)} {_D(r, 4)}"])


def g_passeport(r):
    return r.choice([f"{_L(r, 2)}{_D(r, 6)}", f"{_L(r, 2)} {_D(r, 6)}", f"{_L(r, 1)}{_D(r, 7)}"])


def g_statut(r):
    band = r.choice([str(x) for x in (61, 62, 65, 68, 70, 71, 73, 75, 77, 78, 80, 82, 84, 85, 87, 89, 91, 93, 94, 96)] )
    s = f"{int(band):03d}{_D(r, 5)}{_D(r, 2)}"
    return r.choice([s, f"{s[:3]} {s[3:8]} {s[8:]}", f"{s[:3]}-{s[3:8]}-{s[8:]}"])


def g_usager(r):
    return r.choice([_D(r, 7), f"{_L(r, 1)}{_D(r, 6)}", f"{_D(r, 2)} {_D(r, 2)} {_D(r, 3)}", f"U{_D(r, 6)}"])


def g_saaq(r):
    return r.choice([f"{r.randint(2015, 2024)}-{_D(r, 6)}", f"{_D(r, 3)} {_D(r, 3)} {_D(r, 3)}", f"{_D(r, 2)}-{_D(r, 7)}"])


def g_ivac(r):
    return r.choice([f"{r.randint(15, 24)}-{_D(r, 5)}", f"IVAC-{_D(r, 7)}", f"{_D(r, 9)}"])


def g_cnesst(r):
    s = _D(r, 9)
    return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def g_dpj(r):
    return r.choice([_D(r, 7), f"{_D(r, 3)} {_D(r, 4)}", f"DPJ-{_D(r, 6)}"])


def g_assurance(r):
    return r.choice([f"{_L(r, 3)}{_D(r, 7)}", f"{_D(r, 2)} {_D(r, 3)} {_D(r, 3)}-{_D(r, 2)}",
                     f"HAB-{_D(r, 7)}-{_D(r, 2)}", f"{_D(r, 8)}-{_D(r, 3)}", f"PA {_D(r, 6)}"])


def g_aide_sociale(r):
    return r.choice([f"{_D(r, 2)} {_D(r, 3)} {_D(r, 4)}", _D(r, 9), f"{_D(r, 3)}-{_D(r, 6)}"])


def g_matricule(r):
    return r.choice([_D(r, 5), f"E-{_D(r, 5)}", f"{_D(r, 6)}", f"{_L(r, 2)}{_D(r, 4)}"])


def g_compte(r):
    return r.choice([f"transit {_D(r, 5)}, folio {_D(r, 6)}", f"folio {_D(r, 7)}",
                     f"{_D(r, 3)}-{_D(r, 5)}-{_D(r, 7)}", f"compte {_D(r, 5)}-{_D(r, 3)}-{_D(r, 7)}"])


def g_reclam(r):
    return r.choice([f"{_L(r, 2)}-{r.randint(15, 24)}-{_D(r, 6)}", f"{_D(r, 8)}-{_D(r, 3)}", f"R{_D(r, 9)}",
                     f"{_D(r, 2)}{_L(r, 1)}{_D(r, 6)}"])


def g_cour(r):
    dist = r.choice(["500", "200", "505", "540", "705", "700", "450", "400", "550", "150", "100", "655", "600", "650", "410"])
    ch = r.choice(["01", "01", "03", "61", "73"])
    return f"{dist}-{ch}-{_D(r, 6)}-{r.randint(15, 24)}{r.randint(1, 9)}"


def g_croix_rouge(r):
    return r.choice([f"CR-{r.randint(17, 24)}-{_D(r, 6)}", f"{r.randint(2017, 2024)}-QC-{_D(r, 6)}", f"INS{_D(r, 7)}"])


def g_carte_ccq(r):
    return r.choice([_D(r, 9), f"{_D(r, 3)} {_D(r, 3)} {_D(r, 3)}"])



# ---------------------------------------------------------------------------
# family / personal ties (gender-aware: g = "f", "m" or None)
# ---------------------------------------------------------------------------

def RL(s: str) -> list:
    """'fille/f|fils/m' -> [('fille', True), ('fils', False)]"""
    out = []
    for w in W(s):
        word, gg = w.rsplit("/", 1)
        out.append((word.strip(), gg.strip() == "f"))
    return out


def _pick(r, items, g):
    cand = [x for x in items if g is None or x[1] == (g == "f")]
    return r.choice(cand)


REL_ALL = RL("""fille/f|belle-fille/f|belle-sœur/f|belle-mère/f|conjointe/f|blonde/f|ex-conjointe/f|sœur/f|
demi-sœur/f|cousine/f|nièce/f|tante/f|grand-mère/f|petite-fille/f|mère/f|filleule/f|marraine/f|bru/f|
sœur jumelle/f|fille aînée/f|fille cadette/f|fille adoptive/f|arrière-petite-fille/f|ex-femme/f|petite-nièce/f|
fils/m|beau-fils/m|beau-frère/m|beau-père/m|conjoint/m|chum/m|ex-conjoint/m|frère/m|demi-frère/m|cousin/m|
neveu/m|oncle/m|grand-père/m|petit-fils/m|père/m|filleul/m|parrain/m|gendre/m|frère jumeau/m|fils aîné/m|
fils cadet/m|mari/m|arrière-petit-fils/m|ex-mari/m|petit-neveu/m""")
REF = [("le", "maire"), ("la", "mairesse"), ("le", "chef pompier"), ("le", "directeur du service incendie"),
       ("la", "directrice générale de la municipalité"), ("le", "DG"), ("la", "pharmacienne du village"),
       ("le", "propriétaire du dépanneur"), ("le", "garagiste du rang"), ("la", "greffière"),
       ("le", "sergent du poste de la SQ"), ("le", "préfet de la MRC"), ("le", "député"),
       ("la", "directrice de la polyvalente"), ("le", "président de la fabrique"), ("le", "gérant de la caisse"),
       ("l'", "agent de la faune"), ("l'", "infirmière du dispensaire"), ("le", "chef du conseil de bande"),
       ("le", "conseiller du district 2"), ("la", "responsable du camp de jour"), ("le", "propriétaire de l'hôtel"),
       ("la", "coordonnatrice de la sécurité civile"), ("le", "directeur des travaux publics"),
       ("l'", "inspecteur municipal"), ("la", "présidente du club de l'âge d'or"),
       ("le", "propriétaire de la quincaillerie"), ("le", "médecin du village"), ("la", "secrétaire-trésorière"),
       ("le", "directeur de l'école primaire"), ("l'", "ancien maire"), ("le", "président du syndicat de l'usine"),
       ("la", "propriétaire du salon de coiffure"), ("le", "commandant du poste"), ("le", "capitaine de la caserne 2"),
       ("la", "notaire du village"), ("le", "boulanger"), ("la", "présidente du conseil d'établissement"),
       ("le", "chef de police"), ("la", "juge de la cour municipale"), ("le", "pasteur de l'église évangélique"),
       ("l'", "imam de la mosquée"), ("la", "directrice du CPE"), ("le", "propriétaire de la scierie")]
VOW = "aeiouéèêîôhAEIOUÉÈÎÔ"


def _dv(v: str) -> str:
    return ("d'" + v) if v[0] in "aeiouéèêîôAEIOUÉÈÎÔ" else ("de " + v)


def _art(word, fem):
    if word[0] in VOW:
        return "l'"
    return "la " if fem else "le "


def _de(ref):
    a, n = ref
    return {"le": "du ", "la": "de la ", "l'": "de l'"}[a] + n


def _a(ref):
    a, n = ref
    return {"le": "au ", "la": "à la ", "l'": "à l'"}[a] + n


def _tie(r, items, g, nu=False):
    rel, fem = _pick(r, items, g)
    head = rel if nu else f"{_art(rel, fem)}{rel}"
    return f"{head} {_de(r.choice(REF))}"


def g_lien(r, g=None): return _tie(r, REL_ALL, g)
def g_lien_nu(r, g=None): return _tie(r, REL_ALL, g, nu=True)


REL_A = RL("""gars/m|fille/f|petit/m|petite/f|garçon/m|plus jeune/m|plus vieux/m|plus vieille/f|bonhomme/m|
femme/f|chum/m|blonde/f|neveu/m|nièce/f|frère/m|sœur/f|beau-frère/m|belle-sœur/f""")


def g_lien_a(r, g=None):
    rel, fem = _pick(r, REL_A, g)
    return f"{_art(rel, fem)}{rel} {_a(r.choice(REF))}"


REL_BELLE = RL("""belle-sœur/f|beau-frère/m|belle-mère/f|beau-père/m|gendre/m|bru/f|belle-fille/f|beau-fils/m|
ex-belle-sœur/f|ex-beau-frère/m|demi-sœur/f|demi-frère/m""")
REL_CONJ = RL("""conjointe/f|conjoint/m|chum/m|blonde/f|ex-conjointe/f|ex-conjoint/m|femme/f|mari/m|
nouvelle blonde/f|nouveau chum/m|conjointe de fait/f|conjoint de fait/m|épouse/f|amoureux/m""")
REL_GEN = RL("""grand-mère/f|grand-père/m|petit-fils/m|petite-fille/f|arrière-petit-fils/m|arrière-grand-mère/f|
mère/f|père/m|fils unique/m|fille unique/f|vieille mère/f|vieux père/m""")
REL_FRAT = RL("""frère/m|sœur/f|frère jumeau/m|sœur jumelle/f|demi-frère/m|demi-sœur/f|petit frère/m|petite sœur/f|
grand frère/m|grande sœur/f|frère cadet/m|sœur aînée/f""")
REL_ONCLE = RL("""oncle/m|tante/f|neveu/m|nièce/f|cousin/m|cousine/f|petit-cousin/m|petite-cousine/f|grand-oncle/m|
grand-tante/f|cousin germain/m|petit-neveu/m""")
REL_PARRAIN = RL("""filleul/m|filleule/f|parrain/m|marraine/f|fils adoptif/m|fille adoptive/f|
enfant en famille d'accueil/m|pupille/f|beau-fils/m|belle-fille/f""")
REL_PERSO = RL("""voisine/f|voisin/m|colocataire/f|locataire/m|meilleure amie/f|meilleur ami/m|gardienne des enfants/f|
ancien associé/m|ancienne associée/f|amie d'enfance/f|proche aidante/f|chambreur/m|ami de cœur/m|
partenaire de chasse/m|associé/m|pensionnaire/f""")


def g_lien_belle(r, g=None): return _tie(r, REL_BELLE, g)
def g_lien_conj(r, g=None): return _tie(r, REL_CONJ, g)
def g_lien_gen(r, g=None): return _tie(r, REL_GEN, g)
def g_lien_fratrie(r, g=None): return _tie(r, REL_FRAT, g)
def g_lien_oncle(r, g=None): return _tie(r, REL_ONCLE, g)
def g_lien_parrain(r, g=None): return _tie(r, REL_PARRAIN, g)
def g_lien_perso(r, g=None): return _tie(r, REL_PERSO, g)


REL_MID = RL("fille/f|fils/m|sœur/f|frère/m|femme/f|mère/f|père/m|blonde/f|chum/m|nièce/f|neveu/m|belle-sœur/f")


REL_CHAIN1 = [x for x in REL_ALL if x[0] not in ("mère", "père", "grand-mère", "grand-père", "marraine", "parrain")]


def g_lien_chaine(r, g=None):
    rel1, f1 = _pick(r, REL_CHAIN1, g)
    rel2, f2 = r.choice(REL_MID)
    de2 = "de l'" if rel2[0] in VOW else ("de la " if f2 else "du ")
    return f"{_art(rel1, f1)}{rel1} {de2}{rel2} {_de(r.choice(REF))}"


REF_EN = W("""mayor|fire chief|town clerk|band chief|school principal|pharmacist|
general store owner|police sergeant|MRC warden|public works director|town councillor|local MNA|
caisse manager|community nurse""")
REL_EN = RL("""daughter/f|son/m|son-in-law/m|daughter-in-law/f|sister-in-law/f|brother-in-law/m|nephew/m|niece/f|
ex-wife/f|ex-husband/m|grandson/m|granddaughter/f|stepson/m|stepdaughter/f|girlfriend/f|boyfriend/m|
twin brother/m|mother-in-law/f""")


def g_lien_en(r, g=None):
    rel, fem = _pick(r, REL_EN, g)
    ref = r.choice(REF_EN)
    return r.choice([f"the {ref}'s {rel}", f"the {rel} of the {ref}"])


REL_POSS = RL("""beau-frère/m|gendre/m|fils/m|fille/f|belle-sœur/f|conjointe/f|neveu/m|nièce/f|cousin/m|
ex-conjointe/f|frère/m|sœur/f|beau-père/m|belle-mère/f|oncle/m|petit-fils/m|bru/f|filleul/m""")


def g_lien_poss(r, g=None):
    rel, fem = _pick(r, REL_POSS, g)
    poss = "son" if (not fem or rel[0] in VOW) else "sa"
    return f"{poss} {rel}"


REF_AUTO = [("le", "chef du conseil de bande"), ("la", "cheffe de la communauté"),
            ("l'", "aîné responsable du territoire de chasse"), ("le", "directeur du dispensaire"),
            ("la", "conseillère responsable de la sécurité publique"), ("le", "maire du village nordique"),
            ("le", "capitaine des Rangers"), ("la", "directrice de l'école de la communauté"),
            ("le", "gérant de la Coop"), ("le", "grand chef du Conseil"),
            ("le", "directeur du corps de police autochtone")]


def g_lien_autochtone(r, g=None):
    rel, fem = _pick(r, REL_ALL, g)
    return f"{_art(rel, fem)}{rel} {_de(r.choice(REF_AUTO))}"


# ---------------------------------------------------------------------------
# workplaces (gender-aware job titles: "caissier~caissière")
# ---------------------------------------------------------------------------

def _jb(r, pool, fem):
    w = r.choice(pool)
    if "~" in w:
        m, f = w.split("~", 1)
        return f if fem else m
    return w


def _au(name):
    return ("à l'" + name) if name[0] in VOW else ("au " + name)


CHAINS = W("""Tim Hortons|IGA|Maxi|Metro|Super C|Provigo|Walmart|Canadian Tire|Jean Coutu|Uniprix|Dollarama|
Couche-Tard|McDonald's|Subway|Home Hardware|BMR|Rona|Pharmaprix|SAQ|Familiprix|Korvette|Canac|
Ultramar|Petro-Canada|Bonichoix|Marché Richelieu""")
LOCS_ROUTE = W("""de la 117|de la 138|de la 132|de la sortie 76|de la sortie 109|du centre-ville|de la rue Principale|
du boulevard Laure|du carrefour giratoire|du centre d'achats|près du pont|de l'autre bord de la rivière""")
JOBS_COMM = W("""caissier~caissière|commis|gérant de nuit~gérante de nuit|assistant-gérant~assistante-gérante|
préposé à l'entretien~préposée à l'entretien|commis de plancher|gérant de quart~gérante de quart|
caissier à temps partiel~caissière à temps partiel|commis à la réception des marchandises|
superviseur de soir~superviseure de soir|conseiller à la clientèle~conseillère à la clientèle""")
USINES = [("Olymel", "Vallée-Jonction"), ("Olymel", "Yamachiche"), ("Alcoa", "Baie-Comeau"), ("Alcoa", "Deschambault"),
          ("Rio Tinto", "Alma"), ("Alstom", "La Pocatière"), ("Prévost", "Sainte-Claire"), ("Cascades", "Kingsey Falls"),
          ("Kruger", "Trois-Rivières"), ("Résolu", "Saint-Félicien"), ("Domtar", "Windsor"),
          ("ArcelorMittal", "Contrecœur"), ("ArcelorMittal", "Port-Cartier"), ("Lassonde", "Rougemont"),
          ("Exceldor", "Saint-Anselme"), ("Premier Tech", "Rivière-du-Loup"), ("BRP", "Valcourt"),
          ("Bridgestone", "Joliette"), ("Teknion", "Montmagny"), ("Agropur", "Notre-Dame-du-Bon-Conseil"),
          ("Biscuits Leclerc", "Saint-Augustin-de-Desmaures"), ("Olymel", "Saint-Esprit"),
          ("Glencore", "Rouyn-Noranda"), ("Arbec", "L'Ascension"), ("Davie", "Lévis"), ("Paccar", "Sainte-Thérèse"),
          ("Velan", "Granby"), ("Soprema", "Drummondville"), ("Maibec", "Saint-Pamphile"), ("Nova Bus", "Saint-Eustache")]
JOBS_USINE = W("""opérateur~opératrice|journalier~journalière|soudeur~soudeuse|mécanicien industriel~mécanicienne industrielle|
électricien~électricienne|cariste|désosseur~désosseuse|emballeur~emballeuse|contremaître de nuit~contremaîtresse de nuit|
inspecteur qualité~inspectrice qualité|technicien d'entretien~technicienne d'entretien|machiniste|
peintre industriel~peintre industrielle|opérateur de chariot élévateur~opératrice de chariot élévateur""")
CHSLD = W("""Saint-Joseph|des Patriotes|du Boisé|Notre-Dame-de-la-Merci|de la Rive|Sainte-Anne|des Seigneurs|
Champlain|Marie-Berthe-Couture|Laurendeau|Paul-Gouin|Heather|de la Petite-Nation|du Lac""")
JOBS_CHSLD = W("""préposé aux bénéficiaires~préposée aux bénéficiaires|infirmier auxiliaire de nuit~infirmière auxiliaire de nuit|
PAB|aide de service|cuisinier~cuisinière|agent administratif~agente administrative|infirmier de soir~infirmière de soir|
préposé à l'entretien ménager~préposée à l'entretien ménager|récréologue|inhalothérapeute|PAB de fin de semaine|
infirmier clinicien~infirmière clinicienne""")
JOBS_ECOLE = W("""enseignant de 3e année~enseignante de 3e année|enseignant d'éducation physique~enseignante d'éducation physique|
technicien en éducation spécialisée~technicienne en éducation spécialisée|secrétaire|concierge de soir|orthopédagogue|
surveillant du dîner~surveillante du dîner|éducateur au service de garde~éducatrice au service de garde|
enseignant de mathématiques~enseignante de mathématiques|psychoéducateur~psychoéducatrice|
préposé aux élèves handicapés~préposée aux élèves handicapés|enseignant de maternelle~enseignante de maternelle|
enseignant en adaptation scolaire~enseignante en adaptation scolaire|technicien en loisirs~technicienne en loisirs|
brigadier~brigadière""")
HOSP_SERV = W("""à l'urgence|aux soins intensifs|en obstétrique|au bloc opératoire|en psychiatrie|
à la clinique externe|en hémodialyse|au laboratoire|à la pharmacie|en gériatrie|à l'unité coronarienne|
en pédiatrie""")
JOBS_HOSP = W("""inhalothérapeute|infirmier de nuit~infirmière de nuit|préposé aux bénéficiaires~préposée aux bénéficiaires|
agent administratif~agente administrative|brancardier~brancardière|technicien en radiologie~technicienne en radiologie|
pharmacien~pharmacienne|infirmier praticien~infirmière praticienne|perfusionniste|commis à l'admission|
préposé à l'hygiène~préposée à l'hygiène|technologiste médical~technologiste médicale""")
MINES = W("""la mine Éléonore|la mine Raglan|la mine Canadian Malartic|la mine LaRonde|la mine Casa Berardi|
la mine Goldex|la mine Niobec|la mine du Mont-Wright|la mine du Lac Bloom|la mine Westwood|
la mine Nunavik Nickel|la mine Doyon""")
JOBS_MINE = W("""foreur~foreuse|conducteur de camion de halage~conductrice de camion de halage|électricien~électricienne|
cuisinier au camp~cuisinière au camp|mécanicien de machinerie lourde~mécanicienne de machinerie lourde|géologue|
opérateur de chargeuse~opératrice de chargeuse|boutefeu|préposé à l'entretien du camp~préposée à l'entretien du camp|
arpenteur~arpenteuse|technicien en environnement~technicienne en environnement""")
CPE = W("""Les Petits Castors|La Ribambelle|Les Bourgeons|Pomme de Reinette|Les Mini-Pousses|La Coccinelle|
Picotine|Le Petit Monde|Les Lucioles|La Marelle|Les Frimousses|Le Jardin d'Éveil""")
SMALL_BIZ = [
    ("au", "Dépanneur chez Lulu", "commis|caissier~caissière|gérant~gérante"),
    ("à la", "Boulangerie La Mie Dorée", "boulanger~boulangère|vendeur~vendeuse|pâtissier~pâtissière"),
    ("au", "Salon Coiffure Élégance", "coiffeur~coiffeuse|réceptionniste"),
    ("au", "Casse-croûte Chez Ti-Père", "cuisinier~cuisinière|serveur~serveuse|plongeur~plongeuse"),
    ("à la", "Fromagerie du Village", "fromager~fromagère|vendeur~vendeuse"),
    ("à la", "Quincaillerie Bellevue", "commis|gérant~gérante|livreur~livreuse"),
    ("à l'", "Érablière du Sucrier", "serveur~serveuse|cuisinier~cuisinière|ouvrier~ouvrière"),
    ("à la", "Pourvoirie du Lac-Blanc", "guide|cuisinier~cuisinière|préposé à l'entretien~préposée à l'entretien"),
    ("à la", "Marina de la Pointe", "préposé au quai~préposée au quai|mécanicien~mécanicienne"),
    ("au", "Resto-bar Le Relais", "serveur~serveuse|barman~barmaid|cuisinier~cuisinière"),
    ("au", "Toilettage Pattes de velours", "toiletteur~toiletteuse"),
    ("à l'", "Atelier de soudure JL", "soudeur~soudeuse|apprenti~apprentie"),
    ("au", "Garage du Coin", "mécanicien~mécanicienne|commis aux pièces"),
    ("à l'", "Épicerie Chez Mado", "caissier~caissière|boucher~bouchère"),
    ("au", "Motel Le Riverain", "préposé à l'entretien ménager~préposée à l'entretien ménager|réceptionniste"),
    ("à la", "Station-service du Rang", "pompiste|commis"),
    ("à la", "Cantine La Patate Dorée", "cuisinier~cuisinière|serveur~serveuse"),
    ("à la", "Friperie La Deuxième Vie", "vendeur~vendeuse|gérant~gérante"),
    ("au", "Camping du Lac-Vert", "préposé à l'accueil~préposée à l'accueil|homme à tout faire~femme à tout faire"),
    ("à la", "Pizzeria Le Four à Bois", "pizzaïolo|livreur~livreuse"),
]
RESTOS = W("""St-Hubert|Normandin|Cora|Benny|Mikes|Casse-croûte Chez Fern|Restaurant Le Routier|Ashton|
Restaurant La Belle Province|Valentine|Poulet frit Kentucky|Pacini""")
ETAB_DET = W("""Amos|Baie-Comeau|Hull|New Carlisle|Percé|Rimouski|Roberval|Sept-Îles|Sherbrooke|Sorel|
Trois-Rivières|Québec|Rivière-des-Prairies|Saint-Jérôme|Montréal (Bordeaux)""")
INUIT_VILL = W("""Kuujjuaq|Salluit|Inukjuak|Puvirnituq|Kangiqsualujjuaq|Kuujjuarapik|Ivujivik|Akulivik|
Kangiqsujuaq|Quaqtaq|Aupaluk|Tasiujaq|Umiujaq|Kangirsuk""")
FN_COMMUNITIES = W("""Mashteuiatsh|Wendake|Uashat|Mani-utenam|Manawan|Opitciwan|Wemotaci|Lac-Simon|Kitcisakik|
Pikogan|Kitigan Zibi|Listuguj|Gesgapegiag|Pessamit|Ekuanitshit|Unamen Shipu|Chisasibi|Waskaganish|
Wemindji|Mistissini|Waswanipi|Kahnawake|Kanesatake|Kawawachikamach|Matimekush|Nutashkuan|Essipit|Odanak|Wôlinak""")
ENG_SCHOOLS = W("""Alexander Galt Regional High School|Pontiac High School|Laurentian Regional High School|
Heroes' Memorial Elementary|Mountainview Elementary|Massey-Vanier High School|Sutton Elementary|
Gaspé Elementary|New Carlisle High School|Riverview Elementary|Buckingham Elementary|Eastern Townships School""")


def _ville(r): return r.choice(VILLES)


def g_tr_commerce(r, g=None):
    fem = _is_f(r, g)
    loc = r.choice(LOCS_ROUTE) + (f" à {_ville(r)}" if r.random() < 0.4 else "") if r.random() < 0.5 else _dv(_ville(r))
    return f"{_jb(r, JOBS_COMM, fem)} {_au(r.choice(CHAINS))} {loc}"


def g_tr_usine(r, g=None):
    fem = _is_f(r, g)
    co, town = r.choice(USINES)
    job = _jb(r, JOBS_USINE, fem)
    emp = "employée" if fem else "employé"
    return r.choice([f"{job} chez {co} à {town}", f"{emp} de l'usine {co} {_dv(town)}",
                     f"{job} à l'usine {co} {_dv(town)}", f"{emp} chez {co} ({town})"])


def g_tr_ecole(r, g=None):
    fem = _is_f(r, g)
    return f"{_jb(r, JOBS_ECOLE, fem)} à l'école {r.choice(ECOLES)} {_dv(_ville(r))}"


def g_tr_chsld(r, g=None):
    fem = _is_f(r, g)
    job = _jb(r, JOBS_CHSLD, fem)
    return r.choice([f"{job} au CHSLD {r.choice(CHSLD)} {_dv(_ville(r))}", f"{job} au CHSLD {_dv(_ville(r))}",
                     f"{job} à la résidence pour aînés Le Manoir {r.choice(['du Lac', 'des Pins', 'Bellevue', 'Saint-Georges'])} {_dv(_ville(r))}"])


def g_tr_pompier(r, g=None):
    fem = _is_f(r, g)
    v = _ville(r)
    p = "pompière" if fem else "pompier"
    pr = "première répondante" if fem else "premier répondant"
    return r.choice([f"{p} volontaire {_dv(v)}", f"{p} à temps partiel à la caserne {r.randint(1, 9)} {_dv(v)}",
                     f"{pr} au service incendie {_dv(v)}", f"{p} à temps partiel au SSI {_dv(v)}",
                     f"{p} volontaire à {v}", f"{p} sur appel à la caserne {_dv(v)}"])


def g_tr_quart(r, g=None):
    shift = r.choice(W("sur le shift de nuit|de soir|sur le chiffre de jour|en rotation 14/14|sur l'équipe B de nuit|"
                       "sur le quart de 4 à minuit|de fin de semaine|sur le 12 heures de nuit"))
    co, town = r.choice(USINES)
    place = r.choice([f"à la scierie {_dv(_ville(r))}", f"à l'abattoir {_dv(_ville(r))}", f"chez {co} à {town}",
                      f"à l'entrepôt du Maxi {_dv(_ville(r))}", f"au centre de tri de Postes Canada {_dv(_ville(r))}",
                      f"à la papetière {_dv(_ville(r))}", f"au garage municipal {_dv(_ville(r))}"])
    return f"{shift} {place}"


def g_tr_uniforme(r, g=None):
    v = _ville(r)
    return r.choice([f"le polo du Jean Coutu {_dv(v)}", f"le chandail vert du Canac {_dv(v)}",
                     f"l'uniforme des Autobus {r.choice(['Auger', 'Laval', 'du Village', 'Maheux', 'Gaudreault'])} {_dv(v)}",
                     f"le dossard de la voirie {_dv(v)}", f"sa veste de Postes Canada du bureau {_dv(v)}",
                     f"le tablier de la boucherie du IGA {_dv(v)}", f"la chemise du Rona {_dv(v)}",
                     f"l'uniforme de la Coop agricole {_dv(v)}", f"le coupe-vent du club de golf {_dv(v)}"])


def g_tr_camion(r, g=None):
    v = _ville(r)
    return r.choice([f"le camion de la Ville {_dv(v)}", f"le camion de livraison du BMR {_dv(v)}",
                     f"le 10-roues de Construction {r.choice(['Bérubé', 'B.M.', 'Lafontaine', 'du Nord', 'Rivard'])} {_dv(v)}",
                     f"la déneigeuse du centre de services du MTQ à {v}", f"le pick-up d'Hydro-Québec du secteur {_dv(v)}",
                     f"la van de Plomberie {r.choice(['Expert', 'Pro-Flo', 'du Lac', 'Laurentides'])} {_dv(v)}",
                     f"le camion de vidange de la municipalité {_dv(v)}"])


def g_tr_syndicat(r, g=None):
    fem = _is_f(r, g)
    co, town = r.choice(USINES)
    e = "e" if fem else ""
    return r.choice([f"membre du local {r.randint(100, 9999)} des Métallos chez {co} à {town}",
                     f"délégué{e} syndical{e} CSN au CHSLD {_dv(_ville(r))}",
                     f"{'présidente' if fem else 'président'} de la section locale {r.randint(100, 999)} d'Unifor chez {co} à {town}",
                     f"{'représentante' if fem else 'représentant'} des Teamsters à l'entrepôt {_dv(_ville(r))}",
                     f"délégué{e} FTQ à l'usine {co} {_dv(town)}",
                     f"membre de l'exécutif du syndicat des TUAC au Metro {_dv(_ville(r))}"])


def g_tr_petite(r, g=None):
    fem = _is_f(r, g)
    art, biz, jobs = r.choice(SMALL_BIZ)
    job = _jb(r, W(jobs), fem)
    sep = "" if art.endswith("'") else " "
    v = _ville(r)
    if "chez" in biz.lower() or r.random() < 0.6:
        return f"{job} {art}{sep}{biz} {_dv(v)}"
    return f"{job} chez {biz} ({v})"


def g_tr_hopital(r, g=None):
    fem = _is_f(r, g)
    return f"{_jb(r, JOBS_HOSP, fem)} {r.choice(HOSP_SERV)} de {r.choice(HOSP)}"


def g_tr_public(r, g=None):
    fem = _is_f(r, g)
    v = _ville(r)
    ag = "agente" if fem else "agent"
    return r.choice([f"{ag} au bureau de Services Québec {_dv(v)}", f"{ag} au centre de services de la SAAQ {_dv(v)}",
                     f"commis au bureau de poste {_dv(v)}",
                     f"{'inspectrice' if fem else 'inspecteur'} au ministère de l'Environnement, bureau {_dv(v)}",
                     f"{'agente correctionnelle' if fem else 'agent correctionnel'} à l'établissement de détention {_dv(r.choice(ETAB_DET))}",
                     f"{'préposée' if fem else 'préposé'} aux renseignements au palais de justice {_dv(v)}",
                     f"{'technicienne' if fem else 'technicien'} au centre de services du MTQ {_dv(v)}",
                     f"{ag} d'aide financière au bureau régional du MSP {_dv(v)}"])


def g_tr_mine(r, g=None):
    fem = _is_f(r, g)
    job = _jb(r, JOBS_MINE, fem)
    return r.choice([f"{job} à {r.choice(MINES)}", f"{job} en fly-in fly-out à {r.choice(MINES)}",
                     f"{job} à {r.choice(MINES)} (rotation 14/14)"])


def g_tr_ferme(r, g=None):
    fem = _is_f(r, g)
    v = _ville(r)
    return r.choice([f"{'travailleuse saisonnière' if fem else 'travailleur saisonnier'} à la ferme maraîchère {r.choice(['Delisle', 'des Jardins', 'du Coteau', 'Guinois', 'Les Trois Érables'])} {_dv(v)}",
                     f"{'ouvrière' if fem else 'ouvrier'} à l'érablière {r.choice(['du Rang 4', 'de la Montagne', 'du Ruisseau', 'Chez Ti-Mousse'])} {_dv(v)}",
                     f"{'cueilleuse' if fem else 'cueilleur'} à la bleuetière {_dv(v)}",
                     f"{'employée' if fem else 'employé'} du vignoble {r.choice(['du Clos', 'des Côtes', 'du Domaine Bellevue'])} {_dv(v)}",
                     f"{'trayeuse' if fem else 'trayeur'} à la ferme laitière {r.choice(['Beaulac', 'des Prés', 'Holstein Plus', 'Bellerive'])} {_dv(v)}",
                     f"{'travailleuse' if fem else 'travailleur'} aux serres {r.choice(['Sagami', 'du Saint-Laurent', 'Demers', 'Lefort'])} {_dv(v)}"])


def g_tr_en(r, g=None):
    v = _ville(r)
    ch = r.choice(CHAINS)
    return r.choice([f"cashier at the {ch} in {v}", f"night-shift nurse at the {v} hospital",
                     f"teacher at {r.choice(ENG_SCHOOLS)}", f"cook at the {r.choice(RESTOS)} in {v}",
                     f"volunteer firefighter in {v}", f"PSW at the {v} CHSLD", f"truck driver for the {v} sawmill",
                     f"clerk at the {ch} on Route {r.choice(QC_ROUTES)}", f"janitor at the {v} arena"])


def g_tr_lieu(r, g=None):
    v = _ville(r)
    ch = r.choice(CHAINS)
    co, town = r.choice(USINES)
    return r.choice([f"{_au(ch)} {_dv(v)}", f"à l'usine {co} {_dv(town)}", f"au CHSLD {_dv(v)}",
                     f"à la caisse Desjardins {_dv(v)}", f"au garage municipal {_dv(v)}", f"{_au(ch)} {r.choice(LOCS_ROUTE)}",
                     f"à la scierie {_dv(v)}", f"au CLSC {_dv(v)}"])


def g_tr_hq(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    return r.choice([f"{x('monteur', 'monteuse')} de lignes pour Hydro-Québec, secteur {_dv(_ville(r))}",
                     f"{x('opérateur', 'opératrice')} à la centrale {r.choice(['Robert-Bourassa', 'de Beauharnois', 'de Carillon', 'Bersimis-1', 'de La Tuque', 'Manic-5', 'de Rapide-Blanc', 'des Cèdres'])}",
                     f"{x('technicien', 'technicienne')} chez Bell à {_ville(r)}",
                     f"{x('installateur', 'installatrice')} chez Vidéotron pour le secteur {_dv(_ville(r))}",
                     f"{x('élagueur', 'élagueuse')} pour Hydro-Québec dans la région {_dv(_ville(r))}",
                     f"{x('technicien', 'technicienne')} chez Énergir à {_ville(r)}",
                     f"{x('releveur', 'releveuse')} de compteurs d'Hydro-Québec à {_ville(r)}"])


def g_tr_concierge(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    v = _ville(r)
    return r.choice([f"concierge de l'école {r.choice(ECOLES)} {_dv(v)}", f"{x('sacristain', 'sacristine')} de la paroisse {_dv(v)}",
                     f"{x('gardien', 'gardienne')} de nuit au garage municipal {_dv(v)}", f"{x('surveillant', 'surveillante')} à l'aréna {_dv(v)}",
                     f"concierge de l'HLM {_dv(v)}", f"{x('préposé', 'préposée')} à l'entretien du centre communautaire {_dv(v)}",
                     f"{x('gardien', 'gardienne')} de sécurité au centre d'achats {_dv(v)}"])


def g_tr_cpe(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    v = _ville(r)
    return r.choice([f"{x('éducateur', 'éducatrice')} au CPE {r.choice(CPE)} {_dv(v)}",
                     f"{x('cuisinier', 'cuisinière')} au CPE {r.choice(CPE)} {_dv(v)}",
                     f"{x('éducateur', 'éducatrice')} à la garderie {r.choice(CPE)} {_dv(v)}",
                     f"{x('éducateur spécialisé', 'éducatrice spécialisée')} au CPE {r.choice(CPE)} {_dv(v)}",
                     f"{x('aide-éducateur', 'aide-éducatrice')} au service de garde de l'école {r.choice(ECOLES)} {_dv(v)}"])


def g_tr_clinique(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    v = _ville(r)
    return r.choice([f"{x('adjoint', 'adjointe')} chez le notaire {_dv(v)}", f"hygiéniste à la clinique dentaire du centre-ville {_dv(v)}",
                     f"réceptionniste à la clinique vétérinaire {_dv(v)}", f"{x('secrétaire médical', 'secrétaire médicale')} au GMF {_dv(v)}",
                     f"{x('technicien comptable', 'technicienne comptable')} au bureau comptable de la rue Principale à {v}",
                     f"physiothérapeute à la clinique de physio {_dv(v)}", f"{x('opticien', 'opticienne')} chez l'optométriste {_dv(v)}"])


def g_tr_resto(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    v = _ville(r)
    rs = r.choice(RESTOS)
    return r.choice([f"{x('serveur', 'serveuse')} au {rs} {_dv(v)}", f"{x('cuisinier', 'cuisinière')} au {rs} {_dv(v)}",
                     f"{x('plongeur', 'plongeuse')} au {rs} {_dv(v)}",
                     f"{x('serveur', 'serveuse')} au casse-croûte de la {r.choice(QC_ROUTES)} à {v}",
                     f"{x('barman', 'barmaid')} au bar de l'hôtel {_dv(v)}", f"{x('hôte', 'hôtesse')} au {rs} du centre-ville {_dv(v)}"])


def g_tr_transport(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    v = _ville(r)
    return r.choice([f"{x('chauffeur', 'chauffeuse')} d'autobus scolaire pour les Autobus {r.choice(['Auger', 'Maheux', 'Gaudreault', 'du Village', 'Laval'])} {_dv(v)}",
                     f"{x('camionneur', 'camionneuse')} chez Transport {r.choice(['Bourassa', 'Jacques Auger', 'Robert', 'Guilbault', 'TGL'])} {_dv(v)}",
                     f"{x('livreur', 'livreuse')} pour le Jean Coutu {_dv(v)}",
                     f"{x('chauffeur', 'chauffeuse')} de taxi pour Taxi {r.choice(['Coop', 'Central', 'Union', 'Laurentides'])} {_dv(v)}",
                     f"matelot sur le traversier {r.choice(['Sorel-Tracy–Saint-Ignace', 'de Tadoussac', 'de L’Isle-aux-Coudres', 'Matane–Baie-Comeau', 'Québec-Lévis'])}",
                     f"{x('agent de bord', 'agente de bord')} chez Air Inuit à {r.choice(INUIT_VILL)}",
                     f"{x('conducteur', 'conductrice')} de train pour le CN au triage {_dv(v)}"])


def g_tr_securite(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    v = _ville(r)
    return r.choice([f"{x('agent', 'agente')} au poste de la SQ de la MRC {_dv(r.choice(MRCS))}",
                     f"{x('policier', 'policière')} au poste de quartier {r.randint(1, 49)} du SPVM",
                     f"{x('constable spécial', 'constable spéciale')} au palais de justice {_dv(v)}",
                     f"paramédic à la caserne ambulancière {_dv(v)}", f"{x('répartiteur', 'répartitrice')} au centre 9-1-1 {_dv(v)}",
                     f"{x('agent', 'agente')} de sécurité à l'hôpital {_dv(v)}",
                     f"{x('patrouilleur', 'patrouilleuse')} de la sécurité publique {_dv(v)}"])


def g_tr_municipal(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    v = _ville(r)
    return r.choice([f"col bleu à la Ville {_dv(v)}", f"{x('journalier', 'journalière')} aux travaux publics {_dv(v)}",
                     f"{x('opérateur', 'opératrice')} de l'usine d'épuration {_dv(v)}", f"{x('employé', 'employée')} de la voirie {_dv(v)}",
                     f"{x('sauveteur', 'sauveteuse')} à la piscine municipale {_dv(v)}",
                     f"{x('préposé', 'préposée')} à la bibliothèque municipale {_dv(v)}",
                     f"{x('opérateur', 'opératrice')} de niveleuse pour la municipalité {_dv(v)}"])


def g_tr_nord(r, g=None):
    fem = _is_f(r, g)
    x = lambda m, f: f if fem else m
    iv = r.choice(INUIT_VILL)
    fnc = r.choice(FN_COMMUNITIES)
    return r.choice([f"commis à la Coop {_dv(iv)}", f"{x('préposé', 'préposée')} à l'entretien à l'aéroport {_dv(iv)}",
                     f"{x('chauffeur', 'chauffeuse')} du camion d'eau pour le village nordique {_dv(iv)}",
                     f"commis au Northern {_dv(iv)}", f"{x('employé', 'employée')} du dispensaire {_dv(fnc)}",
                     f"{x('agent', 'agente')} au bureau du conseil de bande {_dv(fnc)}",
                     f"{x('enseignant', 'enseignante')} à l'école {_dv(fnc)}",
                     f"{x('agent', 'agente')} de territoire pour la communauté {_dv(fnc)}",
                     f"interprète au centre de santé {_dv(iv)}"])


def g_tr_tableau(r, g=None):
    co, town = r.choice(USINES)
    art, biz, jobs = r.choice(SMALL_BIZ)
    return r.choice([f"{co} ({town})", f"CHSLD {_dv(_ville(r))}", f"École {r.choice(ECOLES)}, {_ville(r)}",
                     f"{r.choice(CHAINS)} {r.choice(LOCS_ROUTE)}", f"Ville {_dv(_ville(r))}, travaux publics",
                     f"{biz}, {_ville(r)}"])


# ---------------------------------------------------------------------------
# planted families (DSL).  "@ kind.family | default_gen", then "- template".
# {V}, {V2}, {V:gen} = planted slots; {ville}, {h}, ... = impersonal fillers.
# ¶ = newline, \t = tab.  Template index parity: even -> dev9, odd -> heldout9.
# ---------------------------------------------------------------------------

PLANTED_DSL = r"""
############################## NOM ##############################
@ nom.entrevue_je | pn
- « C'est mon voisin d'en face, {V:pnm}, qui m'a aidée à monter les boîtes du sous-sol avant que l'eau rentre », raconte la sinistrée rencontrée au centre de services {de_ville}.
- Entrevue téléphonique à {h} : « J'ai appelé {V} vers minuit, y avait déjà un pied d'eau dans le garage. » Aucune autre information pertinente.
- Le sinistré explique : « moi pis {V} on a pompé toute la nuit, la pompe a lâché vers 3 h du matin ». Visite de l'évaluateur à planifier.
- Propos recueillis au gymnase : « Si {V:pnf} m'avait pas réveillé, je serais encore dans la maison quand le toit a pris en feu. »
- « Ma chum {V:pnf} a gardé les enfants pendant que je vidais le congélateur », précise la requérante, qui demande un délai pour ses pièces justificatives.
- Témoignage : « On était trois dans la chaloupe, moi, mon gars pis {V:pnm}. On a ramassé les voisins un par un. »

@ nom.nom_majuscule_liste | np_maj
- Liste des personnes hébergées au motel {de_ville} : ch. 112 — {V} (2 adultes, 1 chat).
- Relevé 9-1-1 {h} : requérant {V}, odeur de gaz au sous-sol, Énergir avisé.
- Formulaire reçu incomplet, signataire {V}, manque la preuve d'occupation et le bail.
- Inscrits au point de rassemblement de l'aréna : {V} ; {V2} ; total {n} personnes.
- Appel de retour fait à {V} : dossier transféré à l'équipe d'évaluation de la MRC de {mrc}.
- Bénévole inscrit pour la corvée de sacs de sable du {d} : {V}.

@ nom.virgule_inverse | nvp
- Réclamant : {V} — dommages au sous-sol, photos reçues le {d}.
- Déclarant joint par téléphone ({V}), accepte la visite de l'expert en sinistre mardi.
- {V} / demande d'avance de 600 $ approuvée au centre de services.
- Intervenante au dossier remplacée ; nouvelle responsable : {V:nvpf}.
- Contrevenant : {V:nvpm} — bris de condition, couvre-feu non respecté le {d}.
- Nom du propriétaire (tel qu'inscrit au rôle) : {V}. Locataire absent lors de la visite.

@ nom.tableau_pipes | pn
- Rang 4 | {V} | évacué volontaire | hébergé chez de la famille
- {h} | appel entrant | {V} | refoulement d'égout | transféré aux TP
- Nom | Nb pers. | Besoin¶{V} | {n} | hébergement¶{V2} | 1 | repas
- | {V} | sinistré principal | indemnité versée : {mt} |
- Équipe | Chef d'équipe | Secteur¶B | {V} | {sect}
- Porte-à-porte {d} | {V} | absent | avis laissé dans la boîte aux lettres

@ nom.tabulations | pn
- {V}\t{n}\thébergé\tCroix-Rouge
- Dossier ouvert\t{d}\t{V}\tvisite à faire
- {V}\tbénévole\tquart de nuit\tcentre d'hébergement
- Appelant\t{V}\tconfirmé\t{h}
- Évacué\t{V}\tretour autorisé\t{d}
- {V}\tsignataire\tformulaire MSP-1\treçu

@ nom.arobase_messenger | handle
- Message Facebook collé : « @{V} tu peux-tu checker si la route est ouverte vers {ville}? »
- Commentaire sous la publication de la municipalité : « @{V} est toujours pas rentrée chez eux, quelqu'un l'a vue? »
- Capture Messenger transmise par la mairie : @{V} a partagé la photo du ponceau effondré à {h}.
- Publication citoyenne : « merci @{V} pour la génératrice!! on a pu sauver le congélateur »
- Groupe Facebook du village : @{V} offre son garage pour entreposer des meubles jusqu'au {d}.
- Tweet relayé par le centre de coordination : @{V} signale un arbre sur les fils près de la route {rt}.

@ nom.hashtag | hashtag
- Publication relayée : #Retrouvons{V} — dernière fois vue près du {pont}.
- Avis partagé des centaines de fois : #{V} #AlerteDisparition #SQ
- Les citoyens utilisent le mot-clic #Merci{V} pour remercier le bénévole qui a fait le tour du rang en chaloupe.
- Alerte sur les réseaux : #OnCherche{V}; la SQ demande de ne pas relayer de rumeurs.
- Story Instagram signalée à la SQ : #JusticePour{V}, avec des photos de l'incendie du {d}.
- Campagne de sociofinancement partagée sous #Soutien{V}, objectif {mt}.

@ nom.initiales | initiales
- Évaluation faite avec {V} (propriétaire) : fissures au solage, 40 cm d'eau au sous-sol.
- Bénévole {V} a fait le tour des chalets du {sect}, aucun occupant trouvé.
- Note : {V} refuse de quitter la résidence, sera revu demain à {h}.
- Signé : {V}, préposé aux inscriptions, quart de jour.
- Interv. {V} a remis les bons d'achat d'épicerie aux deux familles.
- Rapport rédigé par {V} et révisé par le capitaine de garde.

@ nom.minuscules | minus
- appel de {V} pour savoir si l'eau est potable, référée au 811
- {V} va chercher les clés du local demain matin
- vu {V} au centre, a pas encore rempli sa demande
- rappeler {V} svp ça fait 3 fois qu'elle appelle
- {V} a ramené les lits de camp à la caserne
- remis 2 caisses d'eau à {V}, pas de reçu

@ nom.coquilles | typo
- Le propriétaire {V:typom} (orthographe à confirmer) réclame le remplacement de la fournaise.
- M. {V:typom} est passé au comptoir pour ses reçus d'hébergement.
- Visite chez {V} annulée, route fermée à cause de l'affouillement.
- Rappel fait à Mme {V:typof} : messagerie pleine.
- Nom mal orthographié sur le chèque : {V} (à corriger au système).
- {V} (sp?) dit avoir vu le feu partir du cabanon.

@ nom.surnoms | surnom
- Le gars qu'on appelle {V} au village a sorti son tracteur pour remorquer les autos prises dans l'eau.
- Selon les voisins, c'est {V} qui a vu la fumée en premier.
- {V} (c'est de même que tout le monde l'appelle) a hébergé trois familles dans son garage.
- Les pompiers ont avisé le central que {V} refuse encore d'évacuer son chalet.
- Signalement : un certain « {V} » vendrait des bidons d'essence à prix fort aux sinistrés.
- On nous dit que {V} a les clés de la barrière du chemin forestier.

@ nom.genealogie_populaire | nom_a
- Au village, c'est {V} qui a le plus gros tracteur; il a aidé à monter la digue.
- « Va voir {V}, il a une pompe à vendre », a dit un citoyen au comptoir.
- Le chalet de {V} est le dernier avant la barrière, accès par VTT seulement.
- Selon les gens du rang, {V} est resté chez lui malgré l'ordre d'évacuation.
- C'est {V} qui a prêté sa chaloupe aux pompiers vers {h}.
- Le bois cordé appartenant à {V} a été emporté par le courant.

@ nom.particules | particule
- Accompagnement de {V} au bureau d'aide financière {de_ville}.
- Correspondance retournée : {V} n'habite plus à cette adresse.
- La fiche de {V} indique deux occupants et un chien.
- {V} a demandé que le rapport lui soit envoyé par la poste.
- Chèque no 2 émis au nom de {V} pour les frais de relogement.
- Plainte de {V} concernant le délai de traitement de sa demande.

@ nom.premieres_nations | autochtone
- Le conseil de bande a désigné {V} comme personne-ressource pour les évacués hébergés à {ville}.
- {V} a quitté la communauté par le vol nolisé de {h} avec ses trois enfants.
- Liste du premier vol : {V}, {V2} (aînés, priorité 1).
- Interprète fourni par le CISSS; {V} est plus à l'aise dans sa langue.
- Le gardien de territoire {V:autochtonem} signale de la fumée au nord du lac.
- Retour à {fnc} confirmé pour {V} et sa famille le {d}.

@ nom.inuit | inuit
- Évacuation aérienne vers Montréal : escorte {V}.
- {V} attend à {iv} le retour du vol d'Air Inuit annulé par la météo.
- Coordonnateur local joint : {V} confirme que la génératrice de l'aréna fonctionne.
- La maison de {V} est privée de chauffage depuis {h}; l'équipe municipale est en route.
- Chasseur {V:inuitm} porté manquant depuis le {d}, parti en motoneige vers la baie.
- Les Rangers ont retrouvé {V} à 14 km au sud du village, en bonne condition.

@ nom.haitien | haiti
- Sinistrée de l'incendie du boulevard, {V:haitif}, parle surtout créole; une bénévole a traduit.
- {V} et ses deux enfants ont été relogés par l'office municipal d'habitation.
- Témoin : {V}, affirme avoir entendu une explosion vers {h}.
- Le pasteur de l'église a accompagné {V} au centre de services.
- Demande de remboursement de {V} pour les repas de la fin de semaine du {d}.
- Voisine du troisième, {V:haitif}, a donné l'alerte en cognant aux portes.

@ nom.maghrebin | maghreb
- Traduction assurée par un bénévole de l'organisme pour {V}, arrivé au Québec en {an}.
- {V} signale que l'eau est montée jusqu'au deuxième palier de l'escalier.
- Entretien avec {V} : perte totale du contenu du logement, pas d'assurance.
- Le dossier au nom de {V} a été fusionné par erreur avec un autre; correction demandée.
- {V:maghrebf} souhaite un hébergement où les repas halal sont possibles.
- Rendez-vous manqué de {V}, nouveau rendez-vous le {d} à {h}.

@ nom.asie_ordre | asie
- Sinistré {V} (nom de famille en premier sur le passeport) — vérifier l'ordre sur le chèque.
- Appel avec interprète : {V} demande où récupérer son courrier.
- {V} signale que le refoulement a endommagé le congélateur et la laveuse.
- Hébergement prolongé pour {V} jusqu'au {d}.
- Formulaire signé par {V} en présence de l'agent.
- Le voisin du dessus, {V}, a coupé l'entrée d'eau principale à {h}.

@ nom.latino | latino
- {V} ne parle qu'espagnol; l'agent a utilisé l'application de traduction.
- {V} a perdu ses papiers dans l'incendie; orientation vers IRCC.
- Le requérant {V:latinom} est hébergé au sous-sol de l'église jusqu'au {d}.
- Confirmation : {V} a reçu la carte-cadeau de la Croix-Rouge.
- Entrevue avec {V:latinof}, arrivée en {an}, locataire du logement du bas.
- {V} affirme que le propriétaire n'a jamais réparé la toiture.

@ nom.europe_est | esteuro
- Arrivée d'Ukraine en {an}, {V:esteurof} est hébergée temporairement à {ville}.
- {V} a signalé une fuite de gaz au 2e sous-sol du bloc.
- Le propriétaire {V:esteurom} refuse l'accès aux inspecteurs.
- {V} demande un formulaire en anglais.
- Rencontre avec {V} reportée, pas d'interprète disponible.
- {V} était au volant du véhicule qui a percuté la borne-fontaine à {h}.

@ nom.anglais | anglo
- Spoke with {V}, staying at the Red Cross shelter in {ville} until further notice.
- Caller {V} reports water coming through the basement wall.
- {V} refused evacuation, signed the waiver at {h}.
- Follow-up: {V} still waiting for the adjuster.
- Left a voicemail for {V}, no callback yet.
- Volunteer {V} drove the seniors to the shelter.

@ nom.proces_verbal | pn
- Il est proposé par le conseiller {V:pnm}, appuyé par la conseillère {V2:pnf}, et résolu à l'unanimité d'octroyer le contrat de pompage.
- Période de questions : {V} demande pourquoi la digue n'a pas été rehaussée en {an}.
- Résolution : le conseil remercie {V} pour son bénévolat lors des inondations.
- Monsieur {V:pnm}, citoyen de la municipalité, dépose une pétition de {nn} signatures.
- Absence motivée : {V}.
- Le secrétaire d'assemblée, {V:pnm}, fait lecture de la correspondance.

@ nom.signature_courriel | pn
- Merci de votre patience.¶¶{V}¶Agente d'aide financière¶Direction régionale de la sécurité civile
- Bonne journée,¶{V}¶Envoyé de mon iPhone
- Cordialement,¶{V}¶Conseiller en sinistres
- Salutations,¶{V}¶Coordonnatrice des bénévoles
- -- ¶{V}¶Préventionniste¶Service de sécurité incendie
- Merci!¶{V}

@ nom.discours_rapporte | pn
- Selon {V}, l'eau aurait monté de 60 cm en moins d'une heure.
- D'après {V}, la porte arrière était barrée quand le feu a pris.
- {V} soutient avoir appelé le 9-1-1 dès {h}, ce que le relevé ne confirme pas.
- Aux dires de {V}, le ponceau était bloqué depuis le printemps.
- Version de {V:pnm} : il roulait à 50 km/h quand le chevreuil a traversé.
- {V} affirme n'avoir jamais reçu l'avis d'évacuation.

@ nom.enumeration_pointvirgule | pn
- Bénévoles présents : {V}; {V2}; {V3}.
- Personnes à rappeler : {V}; {V2} (après 16 h).
- Sinistrés rencontrés ce matin : {V} ; {V2} ; {V3} ; aucune urgence.
- Équipe de nuit : {V}; {V2}.
- Présents à la rencontre d'information : {V}; {V2}; le maire; la DG.
- Absents au porte-à-porte : {V}; {V2}.

@ nom.coroner | pn
- Avis au coroner : décès de {V}, survenu le {d} à {ville}, lors de la crue de la {riv}.
- Le corps de {V} a été repêché à {h} près du {pont}.
- Rapport d'investigation : {V} a été retrouvé sans vie dans le sous-sol inondé.
- Identification confirmée par empreintes : {V}.
- À la suite du décès de {V}, le coroner recommande l'installation de glissières sur le chemin.
- Victime : {V}. Conducteur du véhicule tombé dans la rivière.

@ nom.probation | pn
- Le contrevenant {V:pnm} s'est présenté à son rendez-vous de suivi à {h}.
- Rapport présentenciel : {V} respecte ses conditions depuis sa remise en liberté.
- Bris de conditions signalé : {V} aurait été vu au bar après le couvre-feu.
- Agent de probation joint; {V} doit se présenter au bureau le {d}.
- L'ordonnance de probation de {V} se termine le {d}.
- {V} a complété 40 des 120 heures de travaux communautaires.

@ nom.radio_dispatch | prenom
- 10-4, on a le propriétaire, monsieur {V:prenomm}, avec nous dans l'unité 512.
- Dispatch : la dame s'appelle {V:prenomf}, elle est sur le balcon du 2e.
- Copie, on cherche un dénommé {V:prenomm}, dernier contact à {h}.
- Unité 241 au central : la requérante {V:prenomf} nous attend au bout du chemin.
- Le jeune {V:prenomm} a été retrouvé, code 4.
- Central, la voisine {V:prenomf} dit que l'occupant est encore à l'intérieur.

@ nom.crochets_parentheses | pn
- Témoin [{V}] rencontré sur place par l'agent.
- Appel transféré (réf. {V}) au service de l'évaluation.
- Déclaration écrite jointe – signataire: [{V}].
- Propriétaire du bâtiment (selon le rôle : {V}) absent.
- Plaignant(e) : « {V} » — bruit de génératrice la nuit.
- Note interne [à vérifier avec {V}] : les photos ne correspondent pas au bâtiment.

@ nom.communautes_diverses | autres
- {V} a ouvert la salle communautaire aux sinistrés dès {h}.
- Interprète demandé pour {V}.
- {V} dit avoir perdu tous ses documents d'immigration.
- Dossier de {V} en attente d'une preuve de résidence.
- Rencontre avec {V} et l'intervenante du CLSC.
- {V} a déclaré la perte d'un véhicule et de deux vélos.

@ nom.noms_composes | compose
- La requérante {V:composef} conteste le montant accordé.
- Dossier transmis au nom de {V}.
- {V} s'est porté volontaire pour la distribution des repas.
- Rendez-vous avec {V} à {h} au centre de services.
- {V} a quitté l'hébergement sans aviser.
- Réclamation de {V} pour les frais de nettoyage, {mt}.

############################## ADRESSE ##############################
@ adresse.narratif_long | adr_std
- Arrivés sur les lieux à {h}, les pompiers de la caserne {n} ont constaté un dégagement de fumée important. Après vérification, l'intervention a été déplacée au {V}, où l'occupante avait laissé un chaudron sur le feu. Aucun blessé, ventilation effectuée.
- La crue de la {riv} a atteint son maximum vers {h}. Plusieurs résidences ont été évacuées dans le {sect}, dont celle du {V}, où l'eau a atteint le rez-de-chaussée. Les occupants sont hébergés par la Croix-Rouge.
- À la suite de la tempête de verglas, des équipes d'Hydro-Québec sont intervenues toute la nuit. Un citoyen a signalé un fil tombé sur le toit du {V}. Le secteur a été sécurisé et le courant coupé à {h}.
- Le glissement de terrain s'est produit en fin d'après-midi. Le géotechnicien du MTQ recommande l'évacuation préventive du {V} et de deux autres propriétés en bordure du talus. Le suivi sera fait {jour}.
- L'inspectrice municipale est passée au {V} pour constater les dommages au solage; la maison est jugée inhabitable jusqu'à nouvel ordre. Rapport à transmettre au MSP.
- Visite de l'expert en sinistre : le {V} présente une infiltration majeure par la fenêtre du sous-sol et un refoulement d'égout; les photos sont au dossier.

@ adresse.appartement | adr_app
- Feu de cuisson maîtrisé au {V}; l'occupante a été relogée par la Croix-Rouge.
- Dégât d'eau provenant de l'étage au-dessus, logement touché : {V}.
- Nouvelle adresse de correspondance : {V}.
- Dispatch : alarme incendie au {V}, système de gicleurs déclenché.
- La locataire du {V} signale de la moisissure depuis le refoulement.
- Relocalisation temporaire au {V} jusqu'à la fin des travaux.

@ adresse.rang | adr_rang
- Accès impossible au {V}, le ponceau est parti avec la crue.
- Feu de grange au {V}, 40 bêtes sorties à temps.
- Le propriétaire du {V} demande un permis de brûlage.
- Puits contaminé au {V}, échantillon envoyé au laboratoire.
- Eau sur la chaussée devant le {V}; la maison est isolée.
- Le {V} est maintenant accessible uniquement par le rang voisin.

@ adresse.chemin_montee | adr_chemin
- Arbre tombé sur la maison du {V}, toiture percée.
- Évacuation préventive du {V} en raison de l'embâcle.
- Inspection du puits artésien au {V} demain matin.
- Le chalet du {V} est occupé à l'année.
- Panne générale; l'occupant du {V} dispose d'une génératrice.
- Fumée aperçue derrière le {V}, feu de broussailles éteint.

@ adresse.route_km | adr_route
- Sortie de route au km {nn}; la remorqueuse a ramené la voiture au domicile du conducteur, {V}.
- Maison inondée au {V}, entre les kilomètres 12 et 14.
- Glissement de terrain près du {V} (lot boisé en bordure du fleuve).
- Résidence isolée au {V}, accès par la route {rt} seulement.
- Feu de cheminée au {V}, à 3 km de la caserne.
- Le {V} a été évacué; la route est fermée entre les kilomètres 40 et 47.

@ adresse.rue_ordinale | adr_ord
- Refoulement d'égout au {V}, le sous-sol a 30 cm d'eau.
- Inspection du solage au {V} prévue {jour}.
- La résidence du {V} est fissurée depuis le dynamitage.
- Appel pour odeur de brûlé au {V}, fausse alerte.
- Nouveau domicile du sinistré : {V}.
- Arrêt d'eau prolongé au {V}, bris sur la conduite privée.

@ adresse.code_postal | cp
- Code postal du domicile sinistré : {V} (à valider avec Postes Canada).
- Le sinistré a déménagé; nouveau code postal {V}.
- Adresse incomplète dans le formulaire, seul le code postal {V} est lisible.
- Vérification : le code {V} correspond bien à la zone inondable déclarée.
- CP {V} — erreur dans la saisie initiale corrigée.
- Chèque retourné, code postal {V} invalide selon Postes Canada.

@ adresse.cadastre_lot | cadastre
- Résidence principale située sur le {V}, en zone de contrainte relative aux glissements.
- Le propriétaire du {V} demande une dérogation pour reconstruire.
- Avis d'expropriation pour la maison érigée sur le {V}.
- Selon le rôle foncier, la maison évacuée occupe le {V}.
- Demande de permis de reconstruction déposée pour le {V}.
- Maison mobile sur le {V} emportée par les glaces.

@ adresse.case_postale | bp
- Correspondance à envoyer au {V}, {ville} — le sinistré ne reçoit plus de courrier à la maison.
- Adresse postale du requérant : {V}.
- Chèque posté au {V} le {d}.
- La sinistrée préfère recevoir les documents à son {V}.
- Mise à jour : {V}, bureau de poste {de_ville}.
- Retour de courrier, {V} fermé.

@ adresse.route_rurale | rr
- Adresse rurale du propriétaire : {V}, {ville}.
- Livraison des sacs de sable à l'adresse {V}.
- L'ancienne adresse ({V}) figure encore sur le permis.
- Résidence rurale ({V}) touchée par la tornade.
- Carte 9-1-1 mise à jour : {V} remplacé par un numéro civique.
- Sinistré joint par la poste, adresse {V}; demande une visite.

@ adresse.numero_en_lettres | adr_mots
- Adresse dictée au téléphone : « {V} », à confirmer par écrit.
- Le sinistré habite au {V} (inscrit en lettres sur le formulaire).
- Le formulaire indique « {V} » à la ligne adresse.
- Selon la transcription de l'appel, la maison est au {V}.
- Demande reçue pour le « {V} », numéro à valider.
- Domicile : {V}.

@ adresse.sous_sol | adr_soussol
- Logement du sous-sol inondé au {V}, locataire relogé.
- Refoulement au {V}; l'eau a atteint les prises électriques.
- Le {V} n'a pas de sortie de secours conforme.
- Nouvelle adresse du sinistré depuis le feu : {V}.
- Moisissures constatées au {V}.
- Avis d'évacuation remis au {V} à {h}.

@ adresse.coin_de_rues | adr_coin
- La maison jaune située {V} a été la première touchée par le refoulement.
- Le sinistré habite le duplex {V}, côté rivière.
- Incendie du bungalow {V}, perte totale.
- Le seul chalet habité à l'année est situé {V}.
- Maison isolée par l'eau, {V}; deux occupants.
- Le cottage gris {V} est vide depuis la crue.

@ adresse.sans_type | adr_nue
- Sinistré du {V}, sous-sol plein d'eau.
- Visite au {V} à {h}, personne sur place.
- Le {V} n'a plus d'électricité depuis dimanche.
- Demande d'aide pour le {V}.
- Le propriétaire du {V} a appelé deux fois.
- Odeur de gaz signalée au {V}.

@ adresse.anglophone | adr_anglo
- Flooded basement at {V}, homeowner on site.
- Tree on the roof at {V}, Hydro notified at {h}.
- Shelter transfer requested for the residents of {V}.
- Résidence sinistrée au {V}, dans le secteur anglophone {de_ville}.
- Chimney fire at {V}, no injuries.
- Inspection de la maison au {V} reportée.

@ adresse.formulaire_complet | adr_complete
- Adresse du lieu sinistré : {V}
- Adresse de correspondance : {V}. Téléphone : voir dossier.
- Domicile principal (déclaré) : {V}.
- Champ 4 — Adresse complète : {V}
- Expédier la lettre de décision à : {V}.
- Adresse du bâtiment : {V} | Type : unifamiliale | Sinistre : inondation

@ adresse.entrevue_je | adr_std
- « On reste au {V} depuis 32 ans, on n'a jamais vu l'eau monter de même », dit le sinistré.
- « Chez nous, au {V}, le sous-sol est plein jusqu'aux marches. »
- La requérante : « Envoyez-moi tout ça au {V}, je retourne là la semaine prochaine. »
- « J'ai vu la fumée sortir du toit du {V}, c'est la maison à côté de la mienne », rapporte un témoin.
- « Mon adresse? C'est le {V}, mais je suis chez ma sœur pour l'instant. »
- « Au {V}, on a perdu la fournaise pis le chauffe-eau. »

@ adresse.tableau | adr_std
- Adresse | Sinistre | Statut¶{V} | inondation | évacuée
- {h} | {V} | feu de cuisson | maîtrisé
- Porte-à-porte | {V} | personne absente | avis laissé
- Lieu | {V} | Dommages | sous-sol fini, 1,2 m d'eau
- {V}\tinspecté\tinhabitable\t{d}
- Adresse\t{V}\tZone\t0-20 ans

@ adresse.dispatch | adr_std
- Appel {h} : odeur de fumée au {V}, autopompe 512 et échelle 531 affectées.
- Central à 241, on se dirige au {V}, arrivée prévue dans 6 minutes.
- Code 2 au {V} pour alarme CO, détecteur en fonction.
- 10-23 au {V}, on attend Hydro.
- Demande d'assistance au {V}, personne coincée par l'eau.
- Unité 701 dégagée du {V}, retour à la caserne.

@ adresse.chalet | adr_chalet
- Le chalet du {V} est habité à l'année par le propriétaire.
- Accès au {V} coupé par un arbre tombé.
- Le {V} a été rejoint par hydravion.
- Occupants évacués du {V} par la SOPFEU à {h}.
- Feu de foyer extérieur au {V}, avertissement remis.
- Le {V} est la résidence principale déclarée du requérant.

@ adresse.numero_apres_rue | adr_num_apres
- Maison touchée : {V}.
- Avis de non-conformité remis pour la maison sise {V}.
- Résidence visée : {V}.
- Adresse déclarée : {V} (au dossier de la Ville).
- Pompage en cours : {V}.
- Inspection demandée — {V}.

@ adresse.fraction | adr_fraction
- Refoulement au {V}, logement arrière.
- Le {V} partage la même entrée d'eau que l'immeuble voisin.
- Incendie au {V}, perte partielle.
- Avis remis au {V} par l'inspecteur.
- Le {V} est un demi-sous-sol loué.
- Occupant du {V} hébergé à l'hôtel.

@ adresse.communaute_numero | adr_maison
- Dégât d'eau à la {V} de {fnc}; l'intervenant du conseil de bande est sur place.
- Feu de cuisson à la {V}, {fnc}. Aucun blessé.
- Évacuation de la {V} à {iv} : plancher gelé, chauffage brisé.
- Livraison d'eau potable à la {V} (secteur en haut de la côte).
- Moisissures à la {V}; le conseil de bande demande une inspection.
- Panne de fournaise à la {V}, {iv}; la famille est chez des voisins.

@ adresse.messenger | adr_std
- Message reçu sur la page de la municipalité : « on est pris au {V} l'eau monte vite svp »
- Texto transféré : « c'est au {V}, la porte de côté est débarrée »
- « svp envoyer qqn au {V} ma mère est seule »
- Messenger : « bonjour on reste au {V} est-ce que l'eau est buvable? »
- « Les pompiers sont-tu passés au {V}?? on voit de la fumée »
- Commentaire Facebook : « y'a un arbre sur le fil en face du {V} »

############################## AGE ##############################
@ age.narratif | age_ans
- La requérante, {V}, vit seule depuis le décès de son conjoint et n'a pas d'auto pour se rendre au centre de services.
- L'occupant, âgé de {V}, a été retrouvé dans le garage par les pompiers et évacué par l'arrière.
- Un homme de {V} a été évacué en chaloupe vers {h}; sa maison est entourée d'eau.
- Après plusieurs appels, nous avons joint le propriétaire ({V}) qui accepte finalement de quitter sa résidence.
- La dame de {V} refuse l'hébergement, préfère rester chez une voisine.
- Le conducteur, {V}, circulait en direction nord sur la route {rt} lorsque la chaussée a cédé.

@ age.parentheses | age_num
- Occupants : un homme ({V}) et une femme ({V2}), tous deux évacués.
- Le propriétaire ({V}) a refusé de quitter les lieux.
- Conducteur ({V}) seul à bord, aucune blessure apparente.
- La locataire ({V}) est hébergée chez sa sœur.
- Évacués : 1 adulte ({V}), 2 chiens.
- Signalement d'une personne disparue ({V}) dans le secteur du barrage.

@ age.sexe_barre | age_num
- Pt H/{V} conscient, orienté, aucune blessure.
- Occupante F/{V}, évacuée par l'échelle.
- Victime H-{V}, extraite du véhicule à {h}.
- Personne seule (F {V}) dans le logement du haut.
- Requérant : M/{V}, vit seul.
- Témoin F, {V} a, a vu le véhicule quitter la route.

@ age.en_lettres | age_mots
- La sinistrée est âgée de {V} et vit seule au bout du rang.
- Le propriétaire, un homme de {V}, a été évacué en chaloupe.
- Selon la voisine, l'occupant aurait {V}.
- La dame a {V} et n'a plus de famille dans la région.
- Homme de {V} porté disparu depuis {h}.
- La résidente, qui a {V}, a refusé de partir.

@ age.abreviations | age_abr
- Requérant {V} vit seul, sans véhicule.
- Occupante {V}, évacuée sans blessure.
- Conducteur {V}, alcootest négatif.
- Homme {V} retrouvé sur la berge, ramené au centre.
- Femme {V}, refuse le transport.
- Sinistré principal {V}, conjoint absent.

@ age.bebe | age_bebe
- La famille compte un bébé de {V}; besoin urgent de lait maternisé et de couches.
- Évacuation d'une mère et de son nourrisson de {V}.
- Bébé de {V} à bord du véhicule, siège d'auto conforme.
- Présence d'un enfant de {V} dans le logement au moment du feu.
- La petite de {V} a été confiée à sa grand-mère pendant l'évacuation.
- Besoins : lit de bébé pour un enfant de {V}.

@ age.et_demi | age_demi
- Enfant de {V} retrouvé dans la cour du voisin, en bonne condition.
- Le garçon de {V} était seul à la maison au moment du refoulement.
- Une fillette de {V} a été évacuée par les pompiers.
- L'enfant, {V}, a été conduit au centre d'hébergement.
- Deux enfants (dont un de {V}) hébergés avec leur mère.
- Disparition d'un enfant de {V} signalée à {h}, retrouvé peu après.

@ age.agee_de | age_aine
- La locataire, âgée de {V}, demande un accompagnement.
- Une femme âgée de {V} a été évacuée par les pompiers.
- Le sinistré, âgé de {V}, n'a pas de réseau familial.
- Âgée de {V}, la requérante ne conduit plus.
- Homme âgé de {V}, seul dans la maison.
- La propriétaire (âgée de {V}) a signé le refus d'évacuation.

@ age.anglais | age_en
- Male, {V}, found wandering near the bridge.
- Evacuated a woman ({V}) from the second floor.
- Caller ({V}) lives alone.
- Driver ({V}) uninjured.
- Homeowner, {V}, refused to leave.
- Tenant is a man ({V}), no family nearby.

@ age.tableau | age_num
- Statut | Âge¶évacué | {V}
- Occupant principal | {V} ans | propriétaire
- Âge\t{V}\tSexe\tF
- | Adultes | 2 | Âge du requérant | {V} |
- Requérant\t{V}\tvit seul\toui
- Âge déclaré : | {V} |

@ age.liste_enfants | age_enfant
- Famille de cinq : deux adultes et trois enfants ({V}, {V2} et {V3}).
- Enfants présents : {V} et {V2}.
- Deux enfants de {V} et {V2} hébergés avec leur père.
- Les jumeaux de {V} ont été évacués par l'arrière.
- Enfants à charge : 1 ({V}).
- Besoins vestimentaires pour des enfants de {V} et {V2}.

@ age.annee_de_vie | age_annee_e
- Le défunt, dans sa {V}, a été retrouvé dans sa maison inondée.
- La sinistrée, dans sa {V}, a vécu toutes les crues depuis 1974.
- Décédée dans sa {V}, selon l'avis transmis au coroner.
- Homme dans sa {V}, vivant seul.
- La résidente, maintenant dans sa {V}, ne veut pas quitter la maison familiale.
- Personne âgée (dans sa {V}) évacuée à {h}.

@ age.anniversaire | age_ans
- La propriétaire vient d'avoir {V} et vit seule depuis le printemps.
- Il fêtera ses {V} la semaine prochaine au centre d'hébergement.
- « J'ai eu {V} en mars, c'est la première fois que je vois ça. »
- Elle a célébré ses {V} la veille de l'évacuation.
- Le requérant a eu {V} hier; il ne veut pas passer sa fête à l'hôtel.
- Le conducteur venait d'avoir {V} et roulait seul.

@ age.champ_formulaire | age_num
- Âge : {V}
- AGE={V}; SEXE=M; STATUT=évacué
- âge:{V} / sexe:F / nb pers.:1
- Âge (requérant principal) : {V} ans
- Âge du conducteur : {V}
- âge {V} | occupant | propriétaire

@ age.dispatch_radio | age_ans
- Central, on a une dame de {V} consciente, elle a froid mais elle parle.
- Homme de {V}, conscient, on le sort par la fenêtre.
- La personne a {V}, on attend l'ambulance.
- Copie, un jeune de {V:age_ado} serait encore dans le chalet.
- Patient de {V}, on le transporte au poste médical avancé.
- Femme de {V} sur le toit du garage, on envoie le bateau.

@ age.messenger_je | age_aine
- Message reçu : « ma mère a {V} pis elle est toute seule au bout du rang, quelqu'un peut aller la voir? »
- « j'ai {V} je suis pas capable de monter les sacs de sable toute seule »
- Texto : « mon père ({V}) refuse de partir, venez svp »
- « on est 2 personnes de {V} ici pis l'eau monte »
- « Mon grand-père a {V}, y veut pas lâcher la maison »
- « chu rendu à {V}, j'ai pus la force de pelleter »

@ age.mineur_precis | age_ado
- Jeune contrevenant de {V} interpellé près de l'école.
- Mineure de {V} en fugue depuis {h}.
- Un adolescent de {V} conduisait le VTT.
- Adolescente de {V} hébergée par la DPJ durant l'évacuation.
- Deux jeunes de {V} et {V2} ont allumé le feu de broussailles.
- Garçon de {V} retrouvé par l'équipe cynophile.

@ age.approximatif_precis | age_num
- Homme d'environ {V} ans vu près du quai.
- La dame, autour de {V} ans, est partie à pied.
- Personne disparue : homme, {V} ans environ, manteau rouge.
- Suspect : homme, {V} ans selon un témoin, {V2} ans selon l'autre.
- Selon le témoin, la conductrice aurait {V} ans ou à peu près.
- Femme d'à peu près {V} ans, manteau bleu.

@ age.couple | age_aine
- Couple de retraités ({V} et {V2}) évacué en chaloupe.
- Les deux occupants, {V} et {V2}, ne conduisent plus.
- Monsieur a {V}, madame {V2}; ils vivent seuls.
- Couple âgé : lui {V}, elle {V2}.
- Les propriétaires ({V} et {V2}) ont passé la nuit au centre.
- Un couple de {V} et {V2} refuse de quitter la maison.

@ age.premiere_personne | age_ans
- « J'ai {V}, j'ai jamais vu la rivière monter de même », raconte le sinistré.
- La requérante dit : « À {V}, je recommencerai pas à zéro. »
- « Je suis une femme de {V}, je vis seule, je sais pas quoi faire. »
- « J'ai {V} pis j'ai encore mon permis, je vais conduire moi-même. »
- « Mon chum pis moi on a {V} tous les deux. »
- « Je suis pas jeune, j'ai {V}. »

@ age.jours_semaines | age_bebe
- Bébé de {V} évacué avec sa mère par hélicoptère.
- Le bébé de la famille a {V}.
- La famille a un poupon de {V} et a besoin de préparations lactées.
- Enfant de {V} présent lors de l'évacuation.
- Bébé âgé de {V}, hébergé avec ses parents.
- Mère et bébé de {V} relogés.

@ age.slash_liste | age_num
- Âges des occupants : {V}/{V2}/{V3}.
- Occupants : {V}/{V2} ans, évacués.
- Composition du ménage : 2 adultes ({V}/{V2}).
- Âges : {V}, {V2}.
- âges {V}/{V2}/{V3} — 3 pers.
- Ménage de deux (âges {V} / {V2}).

############################## DATE DE NAISSANCE ##############################
@ date_naissance.ne_le_texte | ddn_texte
- Le requérant, né le {V}, est le seul occupant de la résidence.
- Née le {V}, la sinistrée n'a jamais déclaré de sinistre auparavant.
- Identification confirmée par permis : date de naissance {V}.
- La personne disparue, née le {V}, a été vue pour la dernière fois à {h}.
- Conducteur né le {V}, permis valide.
- Propriétaire (né le {V}) absent lors de la visite.

@ date_naissance.iso | ddn_iso
- DDN : {V}
- Requérant principal — DDN {V} — aucune autre réclamation au système.
- Validation de l'identité : {V} correspond à la carte d'assurance maladie.
- Conjointe (DDN {V}) ajoutée au dossier.
- Fiche : date de naissance {V}, statut propriétaire-occupant.
- Personne à charge : né(e) le {V}.

@ date_naissance.slash | ddn_slash
- Date de naissance : {V}.
- D/N {V} — à valider avec la pièce d'identité.
- Né le {V}, selon la déclaration.
- Personne à charge, née le {V}.
- Détenu transféré, date de naissance {V}.
- Identification du témoin : DN {V}.

@ date_naissance.slash_court | ddn_slash_court
- ddn {V} vérif. OK
- Conducteur (n. {V}) au volant du véhicule accidenté.
- Naissance : {V}
- Le conducteur (né {V}) a été remis en liberté.
- DN : {V} — même personne que le dossier de 2019.
- Suspect né le {V}, sans domicile fixe.

@ date_naissance.format_us | ddn_us
- DOB: {V} (format américain sur le passeport).
- Date of birth {V} — verify with ID.
- Formulaire en anglais, DOB {V}.
- DOB {V}, visiting the cottage for the summer.
- Le formulaire indique « DOB {V} » (mois/jour/année).
- Pt DOB {V}.

@ date_naissance.points | ddn_point
- Date de naissance (selon le passeport) : {V}.
- Né le {V}, selon le document étranger.
- D.N. {V}
- Identité vérifiée, naissance {V}.
- Conjoint né le {V}.
- Date naiss. {V}, à convertir.

@ date_naissance.tirets | ddn_tiret
- Naissance (acte de l'état civil) : {V}
- DDN {V} (selon la carte RAMQ)
- Né(e) le {V}
- La requérante a fourni son acte de naissance ({V}).
- Personne disparue née le {V}.
- Le dossier indique une date de naissance du {V}.

@ date_naissance.mois_abrege | ddn_abr
- DDN : {V} (écrit à la main)
- Né le {V}, selon la fiche d'inscription.
- Fiche d'arrestation : DN {V}.
- Naiss. {V}
- Né le {V} (selon le registre de la paroisse).
- Date naissance {V} (carte d'hôpital).

@ date_naissance.en_lettres | ddn_mots
- Le déclarant affirme être né le {V}.
- Acte notarié : née le {V}.
- Transcription de l'appel : « je suis née le {V} ».
- Selon l'affidavit, le requérant est né le {V}.
- Le témoin, né le {V}, réside dans la municipalité depuis toujours.
- Date de naissance dictée : {V}.

@ date_naissance.compacte | ddn_compact
- Champ DDN (AAAAMMJJ) : {V}
- ID requérant : naissance {V}
- Extraction du système : DDN={V}
- Export CSV collé : {V};propriétaire;occupant
- DDN saisie sans séparateurs : {V}
- Naissance {V} (format du système)

@ date_naissance.chiffres_romains | ddn_romain
- Né le {V} (mois en chiffres romains sur la pièce d'identité).
- DDN {V}
- Date de naissance (document) : {V}
- La pièce d'identité porte {V} comme date de naissance.
- Né {V}.
- Naissance : {V} — à convertir dans le système.

@ date_naissance.anglais | ddn_en
- Born {V}, lives alone.
- DOB: {V}
- Caller states she was born on {V}.
- Date of birth {V}, per health card.
- Subject born {V}, no fixed address.
- Evacuee born {V}, registered at the shelter.

@ date_naissance.annee_seule | ddn_annee
- Le propriétaire, né en {V}, habite la maison depuis sa construction.
- Conducteur (né en {V}) seul à bord.
- Année de naissance : {V}.
- Née en {V}, la requérante vit seule.
- Homme né en {V}, interpellé près du pont.
- Occupants nés en {V} et {V2}.

@ date_naissance.tableau | ddn_mix
- | DDN | {V} |
- Nom\tDDN\tStatut¶(caviardé)\t{V}\tévacué
- Requérant | {V} | propriétaire | zone 0-20
- {V}\tconjoint\tà charge : 0
- Naissance | {V} | Lieu | (non fourni)
- DDN: | {V} | Âge calculé : à vérifier

@ date_naissance.abreviation_dn | ddn_slash
- d.n. {V}
- D/N: {V} — confirmé verbalement.
- dte naiss. {V}
- Dn {V}, même que la carte.
- DDN/{V}
- n. le {V}

@ date_naissance.fete | ddn_jour_mois
- Selon la voisine, sa fête c'est le {V}; elle est de {V2:ddn_annee}.
- « Ma fête? Le {V}. Je suis de l'année {V2:ddn_annee}. »
- Anniversaire : {V} (année {V2:ddn_annee}).
- Il est né un {V}, en {V2:ddn_annee}, dans la maison même.
- Fête le {V}, née en {V2:ddn_annee}.
- Sa fête tombe le {V}; il est de {V2:ddn_annee}.

@ date_naissance.coroner | ddn_texte
- Le défunt, né le {V}, résidait seul dans le {sect}.
- Avis de décès transmis : née le {V}, décédée le {d}.
- Identification : né le {V}, selon le permis retrouvé dans le véhicule.
- Rapport du coroner : personne née le {V}, décès survenu le {d}.
- La victime, née le {V}, a été identifiée par sa famille.
- Certificat : naissance {V}.

@ date_naissance.premier_du_mois | ddn_premier
- Née le {V}, la requérante a fourni son certificat de naissance.
- DDN déclarée : {V}
- Le conducteur est né le {V}.
- Date de naissance déclarée au comptoir : {V}.
- Personne à charge née le {V}.
- Né le {V} selon le registre de l'état civil.

@ date_naissance.mois_annee | ddn_mois_annee
- Né en {V}, le requérant vit seul depuis peu.
- Naissance : {V} (jour illisible).
- La personne disparue est née en {V}.
- Née en {V}, elle habite le secteur depuis l'enfance.
- DDN partielle : {V}.
- La personne, née en {V}, était seule au quai.

@ date_naissance.jour_semaine | ddn_jour_semaine
- Né un {V}, d'après l'extrait de naissance.
- Date de naissance complète : {V}.
- Le témoin dit être né le {V}.
- Sinistrée née le {V}.
- La déclaration mentionne une naissance le {V}.
- « Je suis né le {V}, vous pouvez vérifier. »

@ date_naissance.messenger | ddn_enfant
- Messenger : « ma fille est née le {V} elle a pas de carte soleil encore »
- « Mon bébé est né le {V}, est-ce que je dois l'ajouter à ma demande? »
- Texto : « les jumeaux sont nés le {V} »
- « mon gars est né le {V}, il est dans le dossier? »
- « Bonjour, mon garçon né le {V} a perdu tous ses vêtements, on peut-tu avoir de l'aide? »
- « la petite est née le {V}, j'ai l'acte de naissance si vous voulez »

@ date_naissance.formulaire_cases | ddn_formulaire
- Date de naissance {V}
- Section 2 – Naissance : {V}
- Case DDN : {V}
- OCR du formulaire papier : {V}
- Naissance du conjoint : {V}
- Champ 7 : {V}

@ date_naissance.apres_slash | ddn_mix
- Requérant / {V} / propriétaire
- statut: occupant / ddn: {V} / tél: refusé
- sinistré principal / {V} / hébergé
- conjoint / {V}
- conjoint(e) / {V} / cohabitant
- évacué / {V} / retour le {d}

@ date_naissance.parenthese | ddn_iso
- Le requérant ({V}) réclame le remboursement de ses frais de relogement.
- Le conducteur ({V}) a été interpellé à {h}.
- La locataire ({V}) a signé le bail en 2021.
- Le colocataire ({V}) est inscrit au même dossier.
- Le propriétaire ({V}) est absent.
- Témoin ({V}) rencontré à son domicile.

############################## SANTE ##############################
@ sante.avc_indirect | s_avc
- La sinistrée {V}, ce qui complique l'évacuation par l'escalier extérieur.
- Selon sa fille, le propriétaire {V}; prévoir un hébergement au rez-de-chaussée.
- L'occupant du logement {V} et vit seul depuis.
- Intervenante CLSC avisée : la requérante {V}.
- Le monsieur {V}, il faut l'aider à sortir.
- Note de l'équipe de porte-à-porte : résident qui {V}, à prioriser.

@ sante.medicament_marque | s_med
- La sinistrée a laissé {V} dans la maison; demande d'accompagnement pour aller les chercher.
- Urgent : le requérant n'a plus {V} depuis hier, pharmacie fermée.
- Le pompier est retourné chercher {V} dans la chambre du haut.
- Le monsieur s'inquiète pour {V}, laissé à la maison évacuée.
- Renouvellement de {V} organisé avec la pharmacie {de_ville}.
- L'occupante a besoin de {V} avant ce soir.

@ sante.abreviations | s_abr
- Résident connu {V}, à prioriser lors de l'évacuation.
- Dx : {V} — suivi régulier au CLSC.
- Antécédents : {V}.
- Usager avec {V}, vit seul.
- Hx {V}; pas de proche aidant.
- Clientèle vulnérable : {V} (selon la liste du CISSS).

@ sante.expressions_qc | s_qc
- Le bonhomme {V}, faudrait pas qu'il reste tout seul dans le froid.
- La voisine dit que la dame {V} depuis un bout.
- Le propriétaire {V}, il se fatigue vite à pomper.
- « Ma mère {V}, elle peut pas rester à l'hôtel », explique la requérante.
- Selon son frère, le sinistré {V}.
- Madame {V}, on l'a installée au rez-de-chaussée.

@ sante.anglais | s_en
- Resident is {V}, needs priority transport.
- Caller says her husband is {V}.
- Evacuee is {V}; placed on the accessible cot list.
- Shelter note: guest in room 12 is {V}.
- Tenant is {V}; check on her twice a day.
- Homeowner is {V} and lives alone.

@ sante.clinique_service | s_clinique
- La requérante {V}; elle ne peut pas être hébergée loin de l'hôpital.
- Le sinistré, qui {V}, demande un transport trois fois par semaine.
- Personne vulnérable (occupant qui {V}).
- La dame {V}; aviser l'équipe avant le transfert.
- Selon l'intervenante, le locataire {V}.
- Le propriétaire {V} et doit garder ses rendez-vous malgré l'évacuation.

@ sante.sante_mentale | s_mental
- Info transmise par l'intervenante du CLSC : {V}. Prévoir une chambre seule.
- Occupant du logement 4 — {V}; ne pas le laisser seul au centre.
- Selon la famille : {V}. Référence faite au 811 option 2.
- Note confidentielle (résident évacué) : {V}.
- Le travailleur de rue confirme : {V}.
- Personne hébergée au gymnase, {V}, intervenant psychosocial demandé.

@ sante.dependances | s_dep
- Le locataire {V}; le propriétaire craint pour la sécurité de l'immeuble.
- Selon l'intervenant, la requérante {V}.
- Le conducteur {V}, d'après sa conjointe.
- Le sinistré {V} et a quitté le centre d'hébergement durant la nuit.
- Note de l'agente : le jeune homme {V}.
- La mère {V}, la DPJ a été avisée.

@ sante.grossesse | s_grossesse
- La locataire du bas {V}; besoin d'un hébergement près de l'hôpital.
- Selon la voisine, la jeune femme {V}.
- La conjointe du sinistré {V}, ils demandent une chambre au rez-de-chaussée.
- Évacuée en priorité : l'occupante qui {V}.
- Madame {V}; transport adapté demandé.
- La requérante {V} et ne peut pas rester au gymnase.

@ sante.mobilite | s_mobilite
- Besoin particulier : {V}.
- Résident du 2e étage — {V}; évacuation par l'ascenseur impossible.
- Note pour le transport : {V}.
- Selon la préposée du CLSC : {V}.
- Évacuation assistée requise ({V}).
- Liste des personnes vulnérables, {sect} : occupant {V}.

@ sante.sensoriel | s_sens
- Occupant du logement 3 ({V}); prévoir un accompagnement.
- Attention, résidente avec {V} : les avis écrits ou sonores ne suffisent pas.
- Limitation déclarée par le requérant : {V}.
- Au centre d'hébergement, prévoir de l'aide pour le sinistré ({V}).
- Vérifier que la dame ({V}) a bien reçu le message d'évacuation.
- Le témoin a une limitation ({V}); déclaration prise avec de l'aide.

@ sante.blessures | s_blessure
- Occupant transporté à {hosp} : {V}.
- Blessure constatée par les paramédics — {V}.
- Bilan : 1 blessé ({V}), 0 décès.
- Le conducteur présente : {V}.
- Rapport ambulancier : {V}, conscient.
- Le sauveteur a été soigné sur place pour {V}.

@ sante.soins_domicile | s_domicile
- Priorité Hydro-Québec (client vulnérable) : {V}.
- Personne vulnérable lors de la panne — {V}.
- Selon le CLSC, usager avec besoins particuliers : {V}.
- Résident du rang : {V}; génératrice à livrer en priorité.
- Note au dossier de la Croix-Rouge : {V}.
- Liste de vérification téléphonique : {V} (appeler deux fois par jour).

@ sante.cognitif | s_cogn
- Signalement de la voisine : la dame « {V} », elle pourrait ne pas comprendre l'avis d'évacuation.
- Personne disparue : homme, {V}, vu près du quai à {h}.
- Hébergement : besoin de surveillance, {V}.
- Note du policier : « {V} », selon son fils.
- La résidente ({V}) est sortie du centre d'hébergement pendant la nuit.
- Avis de recherche : femme, {V}, partie à pied.

@ sante.cardiaque | s_cardio
- Le sinistré {V}; éviter les efforts lors du déménagement.
- Selon sa conjointe, le propriétaire {V}.
- L'occupante {V} et s'est sentie mal pendant l'évacuation.
- Monsieur {V}, les pompiers l'ont fait asseoir dans l'ambulance.
- Le requérant {V}, il ne peut pas transporter des sacs de sable.
- La dame {V}; elle a ses papiers médicaux avec elle.

@ sante.neurodeveloppement | s_neurodev
- Enfant de la famille hébergée : {V}; besoin d'un coin calme.
- Le garçon ({V}) s'est enfui du centre d'hébergement à {h}.
- Note DPJ : diagnostic de l'enfant — {V}; besoin d'un accompagnement.
- La fillette, {V}, ne supporte pas le bruit du gymnase.
- Diagnostic de l'aîné : {V}.
- Besoins particuliers de l'enfant : {V}.

@ sante.formulaire_conditions | s_form
- Conditions médicales déclarées : {V}.
- Section santé du formulaire : {V}
- État de santé (auto-déclaré) : {V} — aucun autre besoin.
- Problèmes de santé : {V}
- Condition médicale | {V} |
- Allergies/conditions : {V}

@ sante.chirurgie_recente | s_chir
- Le requérant {V} et ne peut pas soulever de charges.
- Selon l'intervenante, la sinistrée {V}.
- La dame {V}; prévoir un lit d'hôpital au centre.
- Le propriétaire {V}, il ne peut pas retourner nettoyer son sous-sol.
- L'occupant {V}, d'après le voisin.
- Le monsieur {V}, sa fille va venir le chercher.

@ sante.infectieux | s_infect
- Isolement requis au centre d'hébergement (sinistré : {V}).
- Santé publique avisée — occupant : {V}.
- Chambre seule demandée (résidente : {V}).
- Selon le CLSC, personne hébergée au lit 14 : {V}.
- Précautions pour les bénévoles, requérant : {V}.
- Transfert du sinistré vers un hôtel, motif : {V}.

@ sante.cancer | s_cancer
- La requérante nous informe : {V}, elle ne peut pas vivre dans l'humidité.
- Sinistré — {V}; immunosupprimé, éviter le gymnase.
- Motif de la demande d'hébergement à l'hôtel : {V}.
- Selon son conjoint : {V}.
- Propriétaire ({V}) incapable de faire le ménage après sinistre.
- Besoins particuliers : {V}, transport vers le centre de cancérologie.

@ sante.respiratoire | s_resp
- Évacuation prioritaire à cause de la fumée : résident ({V}).
- La sinistrée ({V}) ne peut pas retourner dans la maison tant que la moisissure n'est pas enlevée.
- Feu de forêt : les personnes vulnérables du secteur incluent un occupant — {V}.
- Note : {V}, pas d'exposition à la poussière de gypse.
- Occupant du chalet ({V}) évacué par hydravion.
- Le requérant nous dit : « {V} », il demande un purificateur d'air.

@ sante.euphemismes | s_euph
- Le voisin dit que le bonhomme {V}, faudrait passer le voir.
- Selon la sœur, la requérante {V}.
- La dame {V}, c'est pour ça qu'elle veut pas aller au gymnase.
- Le locataire {V}, le propriétaire préfère pas qu'il revienne.
- D'après la famille, le monsieur {V}.
- « Mon mari {V} », explique la sinistrée.

@ sante.liste_rx | s_rx
- Rx : {V}, {V2}.
- Médication à récupérer à la pharmacie : {V}; {V2}.
- Liste de médicaments remise par la fille : {V} / {V2} / {V3}.
- Pilulier laissé à la maison : {V}, {V2}.
- Pharmacie contactée, renouvellement de {V}.
- Médicaments à prendre au centre : {V} + {V2}.

@ sante.premiere_personne | s_je
- « Moi j'ai {V}, pis j'ai laissé mes affaires dans la maison », dit la sinistrée.
- Messenger : « bonjour j'ai {V} est-ce que je peux avoir une chambre seule »
- « J'ai {V}, je peux pas dormir sur un lit de camp. »
- Le requérant : « Avec {V}, je peux pas nettoyer le sous-sol moi-même. »
- « Je vous avertis, j'ai {V}. »
- Texto transféré : « jai {V} pis je suis toute seule »

@ sante.sevices_constats | s_sevices
- Constat de l'agente : la victime présente {V}.
- Rapport DPJ : l'enfant avait {V} à son arrivée à l'école.
- Au triage, on note {V}; la patiente dit être tombée dans l'escalier.
- Photos prises ({V}) avec le consentement de la plaignante.
- Selon l'intervenante, la dame avait {V} lors de la visite.
- Le policier observe {V} chez le jeune.

############################## COURRIEL ##############################
@ courriel.standard | em_std
- Le requérant demande que toute correspondance soit envoyée à {V}.
- Courriel de confirmation envoyé à {V} le {d}.
- Adresse électronique fournie : {V}
- Les photos pour l'expert ont été envoyées de {V}.
- Retour de courriel (boîte pleine) pour {V}.
- Lien du formulaire transmis à {V}.

@ courriel.initiale_chiffres | em_ini
- Courriel : {V}
- La dame a donné {V} comme adresse courriel, à valider.
- Envoi du sommaire à {V} (copie au dossier).
- Facture de l'hôtel transmise par {V}.
- Nouvelle adresse électronique du requérant : {V}.
- Réponse reçue de {V} à {h}.

@ courriel.obfusque_at_dot | em_atdot
- Adresse dictée : {V}
- Le sinistré écrit son adresse « {V} » pour éviter les robots.
- Commentaire Facebook : écrivez-moi à {V}
- Contact : {V}
- Le formulaire en ligne indique {V}.
- Elle préfère être jointe à {V}.

@ courriel.crochets | em_crochets
- Courriel (tel qu'écrit) : {V}
- Pour les documents : {V}
- Le propriétaire a inscrit {V} dans le champ courriel.
- Adresse : {V} — à reformater.
- Joindre la requérante par courriel : {V}.
- Courriel alternatif {V}.

@ courriel.dicte_en_mots | em_mots
- Adresse courriel dictée au téléphone : {V}.
- Transcription de la boîte vocale : « mon courriel c'est {V} ».
- Le monsieur épelle : {V}.
- Selon l'appel, écrire à {V}.
- Message laissé : « envoyez ça à {V} merci ».
- Courriel noté phonétiquement : {V}

@ courriel.espaces | em_espaces
- Courriel du sinistré : {V}
- Adresse électronique (copiée du formulaire papier) : {V}
- Réponse à envoyer à {V}
- La requérante a écrit {V} sur le formulaire.
- Contact par courriel — {V}
- Formulaire : {V} (espaces à enlever)

@ courriel.majuscules | em_maj
- COURRIEL : {V}
- ADRESSE ÉLECTRONIQUE DU REQUÉRANT {V}
- Courriel écrit en lettres moulées : {V}
- Envoyer l'avis à {V}.
- Fiche papier : {V}
- CONTACT {V} / TÉL. REFUSÉ

@ courriel.mailto | em_std
- Contact: <mailto:{V}>
- [{V}](mailto:{V})
- Courriel collé depuis Outlook : {V} <mailto:{V}>
- Répondre à : <{V}>
- Lien : mailto:{V}?subject=Dossier%20sinistre
- De : <{V}> Envoyé : {jour} {h}

@ courriel.coquille_domaine | em_typo
- Courriel rebondi : {V} (faute probable dans le domaine).
- Adresse fournie {V}, erreur de frappe à confirmer.
- Envoi impossible à {V}.
- Le sinistré a écrit {V}; la bonne adresse reste à confirmer.
- Non distribuable : {V}
- Vérifier l'adresse {V} avec le requérant.

@ courriel.fai_regional | em_regional
- Courriel : {V} (fournisseur régional).
- La requérante utilise {V}, elle vérifie ses courriels à la bibliothèque.
- Adresse du sinistré : {V}.
- Correspondance envoyée à {V}.
- Le monsieur n'a qu'une vieille adresse, {V}.
- Transmis à {V} le {d}.

@ courriel.surnom | em_surnom
- Courriel du requérant : {V}
- Répondre à {V} (adresse personnelle).
- Le jeune a donné {V} comme contact.
- Les photos viennent de {V}.
- Adresse inscrite : {V}.
- Le propriétaire a écrit de {V}.

@ courriel.entete_colle | em_any
- De : {V}¶Envoyé : {jour} {h}¶Objet : Re: ma demande d'aide
- From: {V}¶Sent: {jour}¶Subject: sous-sol inondé
- -----Message d'origine-----¶De : {V}¶À : aide financière
- Expéditeur : {V} | Reçu : {d} | Pièces jointes : 6 photos
- Cc : {V}
- Transféré par {V} — voir les photos plus bas.

@ courriel.liste_pointvirgule | em_any
- Destinataires : {V}; {V2}
- Envoyer le compte rendu à {V} ; {V2} ; {V3}
- Courriels des sinistrés à relancer : {V}; {V2}.
- À : {V}; Cc : {V2}
- Liste de diffusion des résidents du secteur : {V}, {V2}, {V3}
- Mauvaises adresses : {V}; {V2}

@ courriel.anglais | em_any
- Email her at {V} for the claim.
- Homeowner's email: {V}
- Please send the forms to {V}.
- Contact via email only ({V}).
- Reply sent to {V} at {h}.
- He gave us {V} as his email.

@ courriel.tableau | em_any
- Courriel | Statut¶{V} | en attente
- Courriel\t{V}\tconfirmé\toui
- | {V} | formulaire reçu |
- {V}\trelancé\t{d}
- Contact | {V} | préférence : courriel
- courriel | {V} | tél. | non fourni

@ courriel.parentheses | em_any
- La requérante (courriel : {V}) attend une réponse.
- Le sinistré ({V}) a joint ses reçus.
- Retour demandé par le propriétaire ({V}).
- Confirmation transmise (à {V}).
- Reçu par courriel ({V}) à {h}.
- Documents manquants, rappel envoyé ({V}).

@ courriel.apres_slash | em_any
- tél. refusé / courriel : {V}
- contact / {V}
- préférence : courriel / {V} / pas de texto
- dossier complet / confirmé par {V}
- hébergé hôtel / {V} / retour prévu {d}
- {V} / répond le soir

@ courriel.travail_personnel | em_travail
- Courriel du bureau de la sinistrée (à n'utiliser qu'avec son accord) : {V}.
- Le requérant préfère son adresse du travail : {V}.
- Correspondance envoyée par erreur à {V}.
- Adresse professionnelle fournie : {V}.
- Réponse reçue de {V} pendant les heures de bureau.
- Copie à {V}, à la demande de l'employé.

@ courriel.gmail_plus | em_plus
- Courriel avec alias : {V}
- Le requérant utilise l'alias {V} pour ses démarches.
- Adresse avec le signe plus : {V}.
- Envoi à {V} confirmé.
- Le formulaire en ligne a été soumis par {V}.
- {V} (le « + » fait partie de l'adresse)

@ courriel.messenger_je | em_any
- « mon email c'est {V} »
- Messenger : « vous pouvez m'écrire à {V} j'ai pus de téléphone »
- « envoyez-moi le formulaire à {V} svp »
- Texto : « mon courriel a changé c'est {V} maintenant »
- « j'ai écrit à partir de {V}, l'avez-vous reçu? »
- « mon adresse courriel : {V} (c'est celle de mon ordi) »

@ courriel.epele | em_epele
- Le sinistré épelle son adresse : {V}.
- Adresse épelée au téléphone : {V}.
- Note de l'appel : {V}.
- Courriel (épelé lettre par lettre) : {V}
- Selon la transcription : {V}.
- Elle épelle : « {V} ».

@ courriel.retour_ligne | em_retour
- Adresse copiée du formulaire : {V}
- Courriel :¶{V}
- Contact {V} (coupé sur deux lignes dans le PDF)
- La requérante a inscrit {V} sur la fiche.
- Envoyer à {V}
- Adresse : {V} — vérifier

############################## TELEPHONE ##############################
@ telephone.espaces | tel_std
- La sinistrée peut être jointe au {V} en soirée.
- Numéro de rappel : {V}
- Laisser un message au {V}, le requérant est absent de jour.
- Le propriétaire a rappelé du {V}.
- Numéro où joindre l'occupante pendant l'évacuation : {V}.
- Téléphone : {V}

@ telephone.parentheses | tel_par
- Tél. : {V}
- Rejoindre le sinistré au {V} après 17 h.
- Numéro inscrit au formulaire : {V}
- Appel manqué du {V} à {h}.
- Nouveau numéro du requérant : {V}.
- Contact principal {V}.

@ telephone.points | tel_points
- tél. {V}
- Le requérant donne le {V}.
- Joindre au {V}.
- Cellulaire : {V}
- Numéro de la sinistrée, fourni par la voisine : {V}.
- Rappeler le {V} demain matin.

@ telephone.tirets | tel_tirets
- Numéro de téléphone : {V}
- Le monsieur demande qu'on l'appelle au {V}.
- Composer le {V} (boîte vocale de la requérante).
- Rejoint au {V} à {h}.
- Texto envoyé au {V}.
- Appel entrant {V}.

@ telephone.colle | tel_colle
- tel {V}
- Numéro saisi sans séparateur : {V}
- Appelant : {V}
- Contact={V}
- Rappel demandé au {V}.
- SMS au {V} : rendez-vous confirmé.

@ telephone.local_7 | tel_local
- Le monsieur n'a qu'une ligne terrestre : {V}.
- Tél. maison {V} (même indicatif que la municipalité).
- Appeler le {V}, elle n'a pas de cellulaire.
- Numéro local : {V}
- La sinistrée rappellera du {V}.
- Rejoindre au {V} en soirée.

@ telephone.international | tel_intl
- Numéro de la requérante : {V}
- Contact (format international) : {V}
- Appel WhatsApp possible au {V}.
- Le sinistré est joignable au {V} via son forfait.
- Tél : {V}
- Nouveau numéro : {V}

@ telephone.prefixe_1 | tel_un
- Composer le {V} (interurbain).
- Le requérant est à l'extérieur de la province, appeler au {V}.
- Rappel : {V}
- Numéro inscrit : {V}
- Joindre le propriétaire au {V}.
- Tél. du sinistré : {V}.

@ telephone.poste | tel_poste
- Le requérant préfère être joint au travail : {V}.
- Joindre la sinistrée de jour au {V}.
- Ligne directe de la requérante : {V}.
- Tél. bureau : {V}
- Appeler au {V} entre 9 h et 16 h.
- Contact jour : {V}

@ telephone.en_mots | tel_mots
- Numéro dicté sur la boîte vocale : « {V} ».
- Transcription de l'appel : le monsieur donne le {V}.
- Le formulaire papier indique « {V} ».
- Selon la note manuscrite : {V}.
- Rappeler le « {V} ».
- Numéro noté tel quel : {V}

@ telephone.groupes_deux | tel_pairs
- Tél. (requérante) : {V}
- Numéro écrit à la française : {V}
- Joindre le sinistré au {V}.
- Contact : {V} (format européen)
- Le requérant a donné le {V}.
- Cell : {V}

@ telephone.cellulaire_abrev | tel_any
- cell {V}
- Cel. : {V}
- cellulaire de la sinistrée : {V}
- le cell du proprio : {V}
- cell. {V} (texto seulement)
- Cellulaire perso {V}

@ telephone.plusieurs | tel_any
- Rés. : {V} ; cell : {V2}
- Maison {V} / travail {V2}
- Numéros : {V}, {V2}
- Tél. {V} ou {V2}
- Cell {V} — ancien numéro {V2} (ne plus utiliser)
- Jour : {V} | Soir : {V2}

@ telephone.anglais | tel_any
- Call back at {V}.
- Homeowner can be reached at {V}.
- Cell: {V}
- She asked us to text {V}.
- Left a message at {V}.
- Phone: {V} (evenings)

@ telephone.tableau | tel_any
- Tél. | Statut¶{V} | joint
- Tél.\t{V}\trappelé\toui
- | {V} | messagerie | {d} |
- Contact\t{V}\tcell
- Secteur | Tél. | Statut¶{sect} | {V} | joint
- {V} | pas de réponse | rappeler

@ telephone.messenger_je | tel_any
- « appelez-moi au {V} je suis chez ma sœur »
- Messenger : « mon numéro c'est {V} »
- « vous pouvez texter au {V} »
- « mon cell est mort, appelez sur le {V} »
- « j'ai changé de numéro : {V} »
- « rappelez-moi svp {V} merci »

@ telephone.dispatch | tel_any
- Rappel de l'appelant au {V}, pas de réponse.
- 9-1-1 : numéro de l'appelant {V}, ligne coupée.
- Le central a recontacté le {V} à {h}.
- Appel abandonné du {V}, retour d'appel fait.
- ANI/ALI : {V}
- Numéro affiché : {V}

@ telephone.slash | tel_slash
- tél: {V}
- rejoindre au {V}
- no. {V}
- Contact: {V}
- Tél. rés. {V}
- Le requérant : {V}

@ telephone.chiffres_espaces | tel_espaces
- Numéro (chiffre par chiffre) : {V}
- Le monsieur a dicté : {V}.
- Téléphone noté : {V}
- Rappel au {V}.
- Tél. (dicté) : {V}
- Numéro lu par la répartitrice : {V}

@ telephone.texto | tel_any
- Elle ne répond pas aux appels, texter au {V}.
- Texto envoyé au {V} à {h} : « êtes-vous en sécurité? »
- SMS seulement : {V}
- Confirmation reçue par texto du {V}.
- Le sinistré préfère les textos ({V}).
- Réponse texto du {V} : « ok merci ».

@ telephone.parenthese_role | tel_nopar
- La locataire ({V}) demande un rappel.
- Le propriétaire (tél. {V}) est injoignable.
- Le requérant ({V}) a laissé trois messages.
- Témoin (joint au {V}) confirme l'heure de l'incendie.
- L'occupante (cell. {V}) est hébergée à l'hôtel.
- Le voisin ({V}) a vu l'eau monter.

@ telephone.boite_vocale | tel_any
- Boîte vocale : « Rappelez-moi au {V}, c'est urgent. »
- Message reçu à {h} : « c'est pour ma demande, mon numéro c'est le {V} ».
- Transcription automatique : « ... au {V} merci bonne journée ».
- Message vocal : rappeler le {V} avant midi.
- Voicemail : call back {V}.
- Message : « {V}, je répète, {V} ».

@ telephone.formulaire | tel_any
- Téléphone (domicile) : {V}
- Tél. cellulaire : {V}
- Autre numéro où vous joindre : {V}
- Champ 5 – Téléphone : {V}
- Téléphone principal : {V} | Secondaire : non fourni
- No de tél. {V}

############################## PLAQUE ##############################
@ plaque.lll_ddd | pl_lll_ddd
- Véhicule abandonné sur l'accotement, plaque {V}, remorqué au garage municipal.
- Le VUS immatriculé {V} bloquait l'accès au quai.
- Plaque {V} relevée près du chemin inondé.
- Un témoin a noté la plaque {V}.
- Infraction : stationnement dans la zone d'évacuation, {V}.
- Camionnette {V} prise dans l'eau jusqu'aux portières.

@ plaque.ddd_lll | pl_ddd_lll
- Ancienne plaque {V} (voiture de collection).
- Le véhicule {V} était stationné sur la digue.
- Voiture immatriculée {V} retrouvée dans le fossé.
- Plaque {V} au dossier de réclamation.
- Le pick-up {V} a traversé la barricade.
- Immatriculation : {V}

@ plaque.mixte | pl_mixte
- Plaque {V} relevée par la caméra du pont.
- Le véhicule du requérant ({V}) a été submergé.
- Berline {V} remorquée à {h}.
- Le camion {V} a été aperçu quittant les lieux.
- Immat. {V}
- Le conducteur de la voiture {V} a refusé de faire demi-tour.

@ plaque.tiret | pl_tiret
- Plaque : {V}
- VUS noir {V} vu à plusieurs reprises près des chalets évacués.
- Véhicule {V} endommagé par la chute d'un arbre.
- Auto {V} laissée sur le terrain de l'église.
- Le véhicule {V} n'a pas d'assurance valide.
- Contravention remise au véhicule {V}.

@ plaque.minuscules_collees | pl_colle
- plaque {V} vue dans le stationnement
- vérif plaque {V} ok
- le char {V} est encore dans l'eau
- {V} remorqué
- auto {V} bloque le rang
- plaque: {V}

@ plaque.ontario | pl_ontario
- Véhicule immatriculé en Ontario ({V}) stationné devant la zone évacuée.
- Plaque ontarienne {V}, conducteur en visite au chalet.
- Ontario plate {V} seen near the boat launch.
- Pick-up ON {V} pris dans la boue.
- Voiture {V} (Ont.) impliquée dans la sortie de route.
- Plaque {V} de l'Ontario, vérification demandée au CRPQ.

@ plaque.maritimes | pl_atl
- Camion immatriculé au Nouveau-Brunswick, {V}, en panne sur la 185.
- Plaque N.-B. {V}
- Véhicule de la Nouvelle-Écosse ({V}) abandonné au quai.
- Auto de l'Île-du-Prince-Édouard {V} remorquée.
- Plaque {V} (T.-N.-L.) sur le traversier.
- Roulotte immatriculée N.-B. {V}.

@ plaque.etats_unis | pl_usa
- Véhicule américain (NY) {V} arrêté au barrage routier.
- Plaque du Vermont {V}, conducteur redirigé.
- Maine plate {V} parked on the shoulder.
- VR immatriculé en Floride ({V}) au camping évacué.
- Plaque {V} (New Hampshire).
- Plaque américaine {V} signalée par un citoyen.

@ plaque.partielle_debut | pl_debut
- Le témoin se rappelle seulement le début de la plaque : {V}.
- Plaque commençant par {V}, pick-up gris.
- Véhicule suspect, plaque débutant par « {V} ».
- Début de plaque {V}, le reste illisible.
- Les trois premières lettres : {V}.
- Délit de fuite : plaque {V}-???.

@ plaque.partielle_fin | pl_fin
- Plaque finissant par {V}, auto rouge.
- Seuls les derniers chiffres sont lisibles : {V}.
- Véhicule recherché, fin de plaque {V}.
- Le témoin a noté « ...{V} » sur la plaque.
- Plaque ???-{V}.
- Camion blanc, plaque se terminant par {V}.

@ plaque.espacee | pl_espace
- Plaque lue par le témoin : {V}.
- Immatriculation (espacée) : {V}
- Plaque du véhicule suspect : {V}
- Véhicule {V} signalé.
- La caméra a capté {V}.
- Plaque notée lettre par lettre : {V}

@ plaque.otan | pl_otan
- Radio : plaque {V}, véhicule en fuite vers le nord.
- Vérif 10-28 demandée sur {V}.
- Central, la plaque est {V}.
- Patrouille : {V}, berline bleue.
- Plaque transmise par radio : {V}.
- Recherche sur {V}, négatif.

@ plaque.epele_fr | pl_fr
- La témoin épelle la plaque : {V}.
- Appel 9-1-1 : « c'est {V} ».
- Plaque dictée : {V}
- Au téléphone, le citoyen donne {V}.
- Transcription : plaque {V}.
- Selon l'appelante : {V}.

@ plaque.commerciale | pl_comm
- Camion-citerne immatriculé {V} renversé dans le fossé.
- Poids lourd {V} bloqué par l'affaissement.
- Véhicule commercial {V}, contrôle routier.
- Le 10-roues {V} a déversé du gravier sur la chaussée.
- Plaque {V} (véhicule lourd).
- Semi-remorque {V}, conducteur rencontré.

@ plaque.remorque | pl_remorque
- Remorque {V} laissée sur le terrain inondé.
- Plaque de la remorque : {V}.
- Roulotte immatriculée {V} emportée par le courant.
- Remorque fermée {V}, contenu inconnu.
- La remorque {V} a été volée pendant l'évacuation.
- Remorque à bateau {V} au débarcadère.

@ plaque.moto | pl_moto
- Moto {V} retrouvée dans le fossé.
- Motocyclette immatriculée {V} impliquée dans la collision.
- Plaque de moto {V}.
- La moto {V} circulait à haute vitesse.
- Moto {V} remorquée.
- Le motocycliste ({V}) a été intercepté.

@ plaque.taxi | pl_taxi
- Taxi {V} a transporté des sinistrés vers le centre.
- Le taxi immatriculé {V} a été réquisitionné.
- Plaque taxi {V}.
- Taxi {V} impliqué dans l'accrochage.
- Course payée au taxi {V}.
- Taxi {V} bloqué par l'eau.

@ plaque.personnalisee | pl_perso
- Plaque personnalisée {V} sur le pick-up resté dans la cour.
- Le VUS avec la plaque « {V} » est stationné devant la barrière.
- Plaque {V} (personnalisée) vue au quai.
- Tout le monde connaît l'auto {V} au village.
- Véhicule identifié grâce à sa plaque personnalisée {V}.
- Immatriculation perso {V}.

@ plaque.radio_10_28 | pl_qc
- 10-28 sur {V}, véhicule volé? négatif.
- Vérification CRPQ sur {V} : conforme.
- 10-28 demandé pour {V}.
- Résultat 10-28 {V} : permis du propriétaire suspendu.
- Interception, plaque {V}.
- Central, 10-28 {V} s.v.p.

@ plaque.parenthese_vehicule | pl_qc
- Véhicule (Ford F-150 gris, {V}) stationné sur la digue.
- Véhicule impliqué : Honda Civic 2014 ({V}).
- Camionnette (Dodge Ram rouge, {V}) prise dans l'eau.
- VUS (Toyota RAV4, {V}) bloquant la sortie.
- Auto (Kia Soul verte, {V}) abandonnée.
- Voiture (Subaru Outback, {V}) remorquée.

@ plaque.anglais | pl_qc
- Plate # {V}, silver pickup.
- Vehicle {V} blocking the road.
- Plate {V} towed at {h}.
- QC plate {V}, driver uncooperative.
- Car with plate {V} left in the flood zone.
- License plate {V}.

@ plaque.messenger | pl_qc
- « le char avec la plaque {V} est encore dans le rang »
- Facebook : « quelqu'un connaît le pick-up {V}? il roule vite dans la zone »
- Texto : « c'est le truck {V} qui a fait du dommage »
- « le gars dans l'auto {V} vole des affaires dans les maisons évacuées »
- « plaque {V} stationnée chez nous depuis hier »
- « regardez la plaque {V} sur la photo »

@ plaque.liste | pl_qc
- Véhicules remorqués : {V}; {V2}; {V3}.
- Plaques relevées dans la zone évacuée : {V}, {V2}.
- Liste des véhicules à déplacer : {V} ; {V2}.
- Contraventions : {V} / {V2}
- Véhicules submergés : {V}, {V2}, {V3}
- Stationnés sur la digue : {V}; {V2}

@ plaque.tableau | pl_qc
- Plaque | Marque | Statut¶{V} | Ford | remorqué
- {V}\tToyota\tsubmergé
- | {V} | abandonné | {h} |
- Véhicule\t{V}\tvérifié
- Immat. | {V} | propriétaire avisé
- {V} | Chevrolet Silverado | déplacé

############################## IDENTIFIANT ##############################
@ identifiant.nas_espaces | nas_esp
- NAS fourni pour le versement : {V}.
- Le requérant a inscrit son NAS ({V}) dans la section 2.
- NAS : {V}
- Vérification NAS {V} avec Revenu Québec.
- Le formulaire contient le numéro d'assurance sociale {V}, à caviarder.
- SIN {V}

@ identifiant.nas_autres_formats | nas_autre
- NAS {V}
- Numéro d'assurance sociale : {V}
- no ass. soc. {V}
- Le conjoint a donné son NAS, {V}.
- N.A.S. : {V}
- SIN: {V}

@ identifiant.ramq | ramq
- Carte soleil {V}, expirée.
- No RAMQ : {V}
- Numéro d'assurance maladie {V} (vérifié).
- NAM {V}
- La requérante présente sa carte d'assurance maladie ({V}).
- RAMQ {V} — transmis au CISSS.

@ identifiant.permis_conduire | permis
- Permis de conduire {V}
- No permis : {V}
- Le conducteur présente son permis ({V}).
- Permis {V} suspendu.
- Identité confirmée avec le permis {V}.
- Classe 5, no {V}

@ identifiant.dossier_aide | dossier_aide
- Dossier d'aide financière {V} : avance versée.
- No de dossier du sinistré : {V}
- Réf. {V} — réclamation en traitement.
- La requérante cite son numéro de dossier, {V}.
- Dossier {V} fermé le {d}.
- Votre dossier {V} a été transféré à l'analyse.

@ identifiant.detenu | detenu
- Détenu no {V} transféré à l'établissement de détention de {etab}.
- Matricule {V}, libération prévue le {d}.
- Le contrevenant (no {V}) a été évacué avec le secteur B.
- Numéro de détenu : {V}
- Dossier correctionnel {V}
- Prévenu {V} en isolement préventif.

@ identifiant.police | police
- Dossier de police {V} : le suspect a été interpellé.
- No d'événement rattaché au plaignant : {V}.
- Le requérant fournit son numéro de rapport de police ({V}) pour l'assureur.
- Rapport {V}, accusé rencontré.
- Réf. policière {V}
- Voir dossier {V} (personne disparue).

@ identifiant.client_hydro | client_hydro
- No de client Hydro-Québec du sinistré : {V}.
- Compte Hydro {V} transféré au nouveau locataire.
- Le requérant fournit son numéro de client ({V}) pour prouver l'occupation.
- Client {V}, crédit de panne demandé.
- Facture Hydro au nom du requérant, compte {V}.
- No client : {V}

@ identifiant.passeport | passeport
- Passeport {V}
- Le sinistré a perdu son passeport ({V}) dans l'incendie.
- Identité vérifiée avec le passeport no {V}.
- No de passeport : {V}
- Passeport canadien {V}, expiré.
- Passport # {V}

@ identifiant.statut_indien | statut
- Numéro de statut : {V}
- Carte de statut indien {V} présentée.
- No d'inscription au registre : {V}
- L'évacué présente sa carte (no {V}).
- Registry number {V}
- Statut {V} — couverture SSNA.

@ identifiant.usager_hopital | usager
- No de dossier (hôpital) : {V}
- Usager {V} transféré.
- MRN {V}
- Le CISSS confirme l'usager no {V}.
- Dossier médical {V} — numéro d'usager.
- Référence usager : {V}

@ identifiant.saaq | saaq
- Dossier SAAQ {V}
- Réclamation SAAQ no {V}.
- No de dossier à la SAAQ : {V}
- Le conducteur cite son dossier {V}.
- SAAQ {V} — indemnisation en cours.
- Réf. SAAQ : {V}

@ identifiant.ivac | ivac
- Dossier IVAC {V}
- No IVAC : {V}
- La victime a un dossier ouvert à l'IVAC ({V}).
- Réf. IVAC {V}
- Demande IVAC no {V} en traitement.
- IVAC {V} acceptée.

@ identifiant.cnesst | cnesst
- Dossier CNESST {V}
- No de réclamation CNESST : {V}
- Le travailleur a un dossier CNESST ({V}).
- CNESST {V}
- Réf. lésion professionnelle : {V}
- Réclamation {V} (CNESST).

@ identifiant.dpj | dpj
- No usager DPJ : {V}
- Dossier jeunesse {V}
- L'enfant est suivi sous le no {V}.
- Réf. DPJ {V}
- Signalement retenu, dossier {V}.
- Usager {V} (protection de la jeunesse)

@ identifiant.assurance | assurance
- Police d'assurance habitation no {V}.
- No de police : {V}
- L'assureur confirme la police {V}.
- Police {V} en vigueur.
- Contrat d'assurance {V}
- Numéro de police fourni par le requérant : {V}

@ identifiant.aide_sociale | aide_sociale
- Dossier d'aide sociale {V}
- No MTESS : {V}
- Prestataire {V}
- Le requérant est inscrit sous le no {V}.
- Dossier {V} (aide de dernier recours)
- Solidarité sociale, dossier {V}

@ identifiant.code_permanent | code_permanent
- Code permanent de l'élève : {V}
- Code permanent {V}
- L'enfant (code permanent {V}) est inscrit à l'école de secours.
- CP MEQ : {V}
- Élève {V} relocalisé.
- Code permanent du jeune : {V}

@ identifiant.matricule_employe | matricule
- Matricule de l'employé : {V}
- Employé {V} en congé sinistre.
- No d'employé {V}
- Le préposé (matricule {V}) a été affecté au centre.
- Matricule employé {V}
- Emp. {V}

@ identifiant.compte_bancaire | compte
- Dépôt direct : {V}
- Coordonnées bancaires : {V}
- Le versement sera fait au {V}.
- Spécimen de chèque reçu ({V}).
- Compte du requérant : {V}
- Virement : {V}

@ identifiant.reclamation_assureur | reclam
- No de sinistre chez l'assureur : {V}
- Réclamation {V} ouverte le {d}.
- L'expert cite la réclamation {V}.
- Sinistre no {V}
- Réf. assureur {V}
- Dossier de réclamation {V} refusé.

@ identifiant.dossier_cour | cour
- Dossier de cour {V}
- No {V} (chambre criminelle).
- L'accusé, dossier {V}, comparaîtra le {d}.
- Plumitif : {V}
- Ordonnance rendue dans le dossier {V}.
- Cour du Québec, {V}

@ identifiant.croix_rouge | croix_rouge
- Inscription Croix-Rouge {V}
- No d'inscription du sinistré : {V}
- Carte-cadeau remise (inscription {V}).
- Réf. Croix-Rouge {V}
- Famille inscrite sous {V}.
- {V} — hébergement prolongé

@ identifiant.carte_ccq | carte_ccq
- Carte de compétence CCQ {V}
- No CCQ : {V}
- Le travailleur présente sa carte CCQ ({V}).
- Client CCQ {V}
- Carte {V} (CCQ) valide.
- Compétence CCQ no {V}

############################## LIEN FAMILIAL ##############################
@ lien_familial.standard | lien
- Selon les voisins, {V} a eu un passe-droit pour l'hébergement.
- Le véhicule dans le fossé appartient, selon la SQ, au ménage où vit {V}.
- On nous signale que {V} a refusé d'évacuer.
- {V} était au volant lors de l'accident sur la route {rt}.
- La plainte vise {V}.
- {V} fait partie des sinistrés du {sect}.

@ lien_familial.a_populaire | lien_a
- C'est {V} qui a mis le feu aux feuilles, selon les voisins.
- Faut pas oublier que {V} reste dans la zone rouge.
- Tout le monde sait que {V} a eu son chèque avant les autres.
- « C'est {V} qui conduisait », dit le témoin.
- {V} s'est fait prendre à voler du bois dans les chalets évacués.
- Selon la rumeur, {V} est responsable du feu.

@ lien_familial.belle_famille | lien_belle
- {V} a aidé à monter la digue avec son tracteur.
- La première maison évacuée est celle où habite {V}.
- {V} se plaint du traitement de son dossier.
- {V} aurait reçu une aide en priorité, selon une citoyenne.
- {V} demande un accommodement pour la visite.
- Le conseil est informé que {V} est parmi les sinistrés.

@ lien_familial.conjoint | lien_conj
- {V} a quitté le centre d'hébergement sans signer.
- Plainte contre {V} pour menaces envers une bénévole.
- {V} a appelé le 9-1-1 à {h}.
- Selon la SQ, {V} était impliqué(e) dans la collision.
- {V} fait partie des bénévoles au centre.
- Conflit au centre d'hébergement impliquant {V}.

@ lien_familial.generations | lien_gen
- {V} vit seul(e) au bout du rang.
- {V} a été relogé(e) à l'hôtel.
- Les pompiers ont sorti {V} par la fenêtre.
- {V} refuse de quitter la maison familiale.
- On a reçu un appel concernant {V}.
- {V} figure sur la liste des personnes à visiter.

@ lien_familial.fratrie | lien_fratrie
- {V} a ouvert son garage aux sinistrés.
- Selon le témoin, {V} conduisait le VTT.
- {V} a déposé une plainte.
- On nous rapporte que {V} vend des sacs de sable.
- {V} s'est porté(e) volontaire.
- {V} est parmi les personnes évacuées.

@ lien_familial.anglais | lien_en
- Apparently the driver was {V}.
- Neighbours say {V} refused to evacuate.
- Complaint filed by {V}.
- The shelter registered {V} last night.
- According to witnesses, {V} set the fire.
- Caller identified as {V}, at {h}.

@ lien_familial.chaine_double | lien_chaine
- Selon la rumeur, {V} aurait été aperçu(e) près du feu.
- {V} a demandé à être hébergé(e) ailleurs qu'au gymnase.
- {V} est impliqué(e) dans la chicane au centre.
- Le témoin principal est {V}.
- {V} a eu un accident avec le VTT.
- C'est {V} qui a appelé les pompiers.

@ lien_familial.parrain_adoption | lien_parrain
- {V} est hébergé(e) au centre depuis {jour}.
- {V} a été aperçu(e) dans la zone évacuée.
- On signale que {V} a quitté l'école sans autorisation.
- {V} est parmi les jeunes évacués.
- Le transport scolaire pour {V} est à organiser.
- {V} a contacté la ligne d'information.

@ lien_familial.entre_parentheses | lien_nu
- Personne hébergée à l'hôtel ({V}).
- Au volant du véhicule ({V}) : rencontre sur place.
- Partie plaignante ({V}) rappelée.
- Bénévole ({V}) affecté(e) à l'accueil.
- Personne évacuée ({V}) transférée au motel.
- Témoin ({V}) — version obtenue.

@ lien_familial.premiere_personne | lien
- « Je suis {V:lienf}, je veux pas de passe-droit », dit la requérante.
- Le sinistré se présente comme {V:lienm}.
- « Vous savez que je suis {V:lienm}? » a lancé l'homme au comptoir.
- La dame dit être {V:lienf} et demande à parler au responsable.
- Le requérant s'identifie comme {V:lienm}.
- « C'est moi, {V}. »

@ lien_familial.oncle_tante | lien_oncle
- {V} a été retrouvé(e) sain(e) et sauf(ve).
- Le propriétaire du chalet est {V}.
- {V} fait partie des sinistrés.
- {V} aurait reçu un traitement de faveur.
- {V} a signé le refus d'évacuation.
- Le conducteur était {V:lien_onclem}.

@ lien_familial.declaration_interet | lien_poss
- Le conseiller du district 4 déclare son intérêt : {V} a déposé une soumission pour les travaux de la digue.
- La mairesse se retire des délibérations, puisque {V} est parmi les sinistrés visés.
- Le directeur du SSI indique que {V} est propriétaire d'un des bâtiments inspectés.
- Le DG mentionne que {V} a loué sa machinerie à la municipalité.
- Le préfet déclare que {V} est parmi les demandeurs d'aide.
- La greffière note que {V} a présenté une demande de dérogation.

@ lien_familial.voisin_coloc | lien_perso
- {V} a signalé la fuite de gaz.
- {V} a été évacué(e) avec le chien.
- Selon {V}, la maison était vide.
- {V} est venu(e) chercher des vêtements.
- {V} a été vu(e) dans la zone interdite.
- C'est {V} qui a donné l'alerte.

@ lien_familial.dpj_style | lien
- Signalement concernant {V}, retenu pour évaluation.
- L'intervenante rencontre {V} à l'école.
- {V} a été confié(e) temporairement à une famille d'accueil.
- Évaluation DPJ en cours pour {V}.
- Le dossier concernant {V} est prioritaire.
- {V} est en fugue depuis hier.

@ lien_familial.autochtone | lien_autochtone
- {V} a été évacué(e) par le premier vol.
- {V} aide à la coordination des hébergements.
- Selon le conseil, {V} est dans le groupe d'aînés transféré.
- {V} refuse de quitter son camp de chasse.
- {V} est parmi les personnes hébergées à l'hôtel.
- On signale que {V} n'est pas revenu(e) du territoire.

@ lien_familial.sans_article_liste | lien_nu
- Hébergés : {V} + 2 enfants.
- Évacués ce matin : {V}; {V2}.
- Liste d'attente : {V}.
- À rappeler : {V}.
- Présents : {V}, bénévole.
- Transport vers le centre : {V}.

@ lien_familial.messenger | lien_a
- Messenger : « c'est {V} qui conduisait le 4 roues »
- Facebook : « comme par hasard {V} a eu son chèque en premier »
- Texto : « {V} a tout vu, demandez-y »
- « {V} roulait trop vite dans le rang »
- Commentaire : « {V} a pas été évacué, pourquoi? »
- « {V} a pris des sacs de sable pour son chalet »

@ lien_familial.coroner | lien
- La victime, {V}, a été retrouvée près de la rive.
- Avis au coroner : la personne décédée est {V}.
- L'identification de la victime comme {V} a été confirmée.
- Le conducteur décédé était {V:lienm}.
- Rapport : {V} se trouvait seul(e) dans le véhicule.
- La personne repêchée serait {V}.

@ lien_familial.probation | lien
- Le contrevenant, {V:lienm}, respecte ses conditions.
- {V} a été arrêté(e) pour bris de probation.
- L'agent de probation rencontre {V} {jour}.
- Rapport présentenciel concernant {V}.
- {V} doit effectuer 80 heures de travaux communautaires.
- {V} a comparu ce matin.

@ lien_familial.proces_verbal | lien
- Période de questions : {V} demande pourquoi son terrain n'a pas été protégé.
- Le conseil prend acte de la lettre déposée par {V}.
- Une pétition menée par {V} est déposée.
- {V} interpelle le conseil au sujet des sacs de sable.
- Intervention citoyenne : {V} se plaint du déneigement du rang.
- Résolution : le conseil remercie {V} pour son bénévolat durant la crue.

@ lien_familial.gardienne | lien_perso
- Au moment de l'incendie, les enfants étaient gardés par {V}.
- {V} a pris les enfants en charge pendant l'évacuation.
- L'alerte a été donnée par {V}.
- {V} conteste la facture de remorquage.
- Le témoin de l'incendie serait {V}.
- On nous dit que {V} a les clés du chalet.

@ lien_familial.police_rapport | lien_belle
- Interpellé : {V:lien_bellem}, pour conduite dangereuse.
- Le suspect serait {V:lien_bellem}.
- {V} a été rencontré(e) comme témoin.
- {V} a donné sa version des faits.
- Plainte déposée par {V}.
- Mandat d'arrestation visant {V}.

############################## LIEU DE TRAVAIL ##############################
@ lieu_travail.commerce_route | tr_commerce
- La requérante, {V:tr_commercef}, demande une lettre pour son employeur.
- Le sinistré travaille comme {V:tr_commercem} et a perdu trois jours de salaire.
- Selon son dossier, l'occupant est {V:tr_commercem}.
- Le témoin, {V}, a vu le feu partir du conteneur.
- Employée comme {V:tr_commercef}, la locataire n'a pas pu se rendre au travail.
- Le conducteur, {V:tr_commercem}, rentrait de son quart de travail.

@ lieu_travail.usine | tr_usine
- Le sinistré est {V:tr_usinem} et fait les quarts de nuit.
- La requérante, {V:tr_usinef}, a reçu une avance de son employeur.
- Le propriétaire, {V:tr_usinem}, a demandé un congé pour s'occuper du nettoyage.
- Témoin : {V}, revenait du travail à {h}.
- D'après la fiche d'inscription, l'occupant est {V:tr_usinem}.
- L'évacué, {V:tr_usinem}, demande une preuve d'évacuation pour la paie.

@ lieu_travail.ecole | tr_ecole
- La sinistrée, {V:tr_ecolef}, a perdu sa maison dans l'incendie.
- Le requérant est {V:tr_ecolem}; il demande que les lettres ne soient pas envoyées à l'école.
- Témoin de l'accident : {V}.
- Selon la voisine, l'occupante est {V:tr_ecolef}.
- Horaire : la requérante ({V:tr_ecolef}) demande un rendez-vous après 16 h.
- Le propriétaire, {V:tr_ecolem}, a été joint sur l'heure du dîner.

@ lieu_travail.chsld | tr_chsld
- La requérante, {V:tr_chsldf}, ne peut pas se rendre au travail à cause de la route fermée.
- Selon la fiche, la sinistrée est {V:tr_chsldf}.
- Le témoin de l'accident est {V}.
- L'occupante du logement, {V:tr_chsldf}, est rentrée de son quart à {h}.
- La dame, {V:tr_chsldf}, a besoin d'une lettre pour son employeur.
- Le sinistré, {V:tr_chsldm}, travaille de nuit.

@ lieu_travail.pompier_volontaire | tr_pompier
- Le propriétaire est {V:tr_pompierm} et était en intervention quand sa maison a été inondée.
- Le requérant, {V:tr_pompierm}, a participé à l'évacuation du secteur.
- Témoin de l'incendie : {V:tr_pompierm}, arrivé avant les camions.
- Le conducteur, {V:tr_pompierm}, a porté assistance aux victimes.
- D'après la fiche, le sinistré est {V:tr_pompierm}.
- La sinistrée, {V:tr_pompierf}, a été rappelée en renfort.

@ lieu_travail.quart_travail | tr_quart
- Le requérant travaille {V}; préférer les rendez-vous en après-midi.
- Selon son conjoint, la sinistrée travaille {V}.
- « Je travaille {V}, je dors le jour », explique le sinistré.
- Le témoin, qui travaille {V}, rentrait chez lui à {h}.
- L'occupant travaille {V} et n'était pas à la maison au moment du feu.
- La locataire travaille {V}; visite à planifier le matin.

@ lieu_travail.uniforme | tr_uniforme
- Le témoin portait {V} au moment de l'accident.
- La requérante s'est présentée au centre avec {V} sur le dos.
- Le suspect portait {V}, selon la caméra.
- Le sinistré est arrivé en portant {V}, directement du travail.
- Selon la voisine, l'homme portait {V}.
- Le conducteur avait encore sur le dos {V}.

@ lieu_travail.camion | tr_camion
- Le témoin conduisait {V} au moment de l'accident.
- Le requérant dit conduire {V} tous les jours.
- Le suspect conduisait {V}.
- La conductrice chauffait {V} lorsque la chaussée a cédé.
- Le sinistré chauffe {V} depuis dix ans.
- Le voisin, qui conduit {V}, a aidé à dégager la route.

@ lieu_travail.syndicat | tr_syndicat
- Le requérant, {V:tr_syndicatm}, demande que le syndicat soit avisé.
- Selon la fiche d'accueil, l'occupant est {V:tr_syndicatm}.
- Le témoin est {V}.
- La sinistrée, {V:tr_syndicatf}, a obtenu une aide du fonds de solidarité syndical.
- Le sinistré, {V:tr_syndicatm}, a organisé une collecte pour les voisins.
- L'homme interpellé se présente comme {V:tr_syndicatm}.

@ lieu_travail.petite_entreprise | tr_petite
- La requérante est {V:tr_petitef}; elle ne peut pas s'absenter les fins de semaine.
- Le témoin, {V}, a vu le conducteur repartir.
- Selon la fiche, le sinistré est {V:tr_petitem}.
- L'occupante, {V:tr_petitef}, rentrait du travail vers {h}.
- La locataire, {V:tr_petitef}, a perdu ses effets personnels.
- Le sinistré, {V:tr_petitem}, demande une lettre pour son patron.

@ lieu_travail.hopital | tr_hopital
- La requérante est {V:tr_hopitalf}; elle demande un hébergement près de l'hôpital.
- Le sinistré, {V:tr_hopitalm}, était de garde pendant la crue.
- Témoin : {V}, en congé ce jour-là.
- D'après la voisine, l'occupante est {V:tr_hopitalf}.
- Le propriétaire est {V:tr_hopitalm} et ne peut pas s'absenter.
- La locataire, {V:tr_hopitalf}, rentrait d'un quart de 12 heures.

@ lieu_travail.fonction_publique | tr_public
- La requérante, {V:tr_publicf}, demande que son dossier soit traité par un autre bureau.
- Conflit d'intérêts possible : le sinistré est {V:tr_publicm}.
- Témoin rencontré : {V}.
- Le propriétaire, {V:tr_publicm}, a été joint à son bureau.
- Selon la fiche, l'occupante est {V:tr_publicf}.
- Le conducteur est {V:tr_publicm}.

@ lieu_travail.mine | tr_mine
- Le requérant est {V:tr_minem}; il est au camp pour 14 jours.
- La sinistrée, {V:tr_minef}, ne peut pas revenir avant la fin de sa rotation.
- Selon la conjointe, le propriétaire est {V:tr_minem}.
- L'occupant, {V:tr_minem}, a été rapatrié par avion.
- Le témoin, {V}, était en congé.
- Le sinistré est {V:tr_minem}; le joindre par téléphone satellite.

@ lieu_travail.ferme | tr_ferme
- Le requérant est {V:tr_fermem}, arrivé en avril.
- Le sinistré, {V:tr_fermem}, loge dans la maison des travailleurs.
- D'après la liste, l'occupant est {V:tr_fermem}.
- Le témoin est {V} (permis de travail saisonnier).
- La requérante, {V:tr_fermef}, n'a pas de véhicule.
- L'homme interpellé est {V:tr_fermem}.

@ lieu_travail.anglais | tr_en
- Homeowner is a {V}, can't take time off this week.
- Caller says she's a {V}.
- Witness: {V}.
- Tenant, a {V}, was on shift when the basement flooded.
- Evacuee is a {V}; needs a letter for the employer.
- Driver, a {V}, was heading home at {h}.

@ lieu_travail.premiere_personne | tr_lieu
- « Moi je travaille de nuit {V}, je dors pas le jour avec le bruit des pompes. »
- « Je travaille {V}, mon boss veut une preuve que je suis évacuée. »
- Messenger : « je suis pas là de jour je travaille {V} »
- « Appelez-moi pas au travail ({V}), on n'a pas le droit au cell. »
- « Ça fait 20 ans que je travaille {V} »
- Texto : « je finis à 23 h {V} »

@ lieu_travail.hydro_telecom | tr_hq
- Le sinistré est {V:tr_hqm}; il a été mobilisé pendant la tempête.
- Le requérant, {V:tr_hqm}, ne peut pas être présent à la visite.
- Témoin : {V}.
- La conjointe indique que le propriétaire est {V:tr_hqm}.
- L'occupant, {V:tr_hqm}, travaillait sur le réseau pendant la crue.
- Selon la fiche, le requérant est {V:tr_hqm}.

@ lieu_travail.concierge_gardien | tr_concierge
- Le témoin est {V:tr_conciergem}; il a vu l'eau monter dans le stationnement.
- La requérante, {V:tr_conciergef}, a les clés du bâtiment.
- La fiche d'accueil indique que le sinistré est {V:tr_conciergem}.
- L'homme interpellé dit être {V:tr_conciergem}.
- L'occupant, {V:tr_conciergem}, a donné l'alerte.
- Le propriétaire est {V:tr_conciergem} et travaille le soir.

@ lieu_travail.cpe_garderie | tr_cpe
- La sinistrée est {V:tr_cpef}; elle ne peut pas venir avant 17 h 30.
- Le témoin, {V}, a vu la fumée pendant la sortie au parc.
- Selon la fiche, la requérante est {V:tr_cpef}.
- La locataire, {V:tr_cpef}, demande une lettre pour son employeur.
- L'occupant est {V:tr_cpem}.
- « Je suis {V:tr_cpef}, je peux pas m'absenter », dit la requérante.

@ lieu_travail.clinique_bureau | tr_clinique
- La requérante est {V:tr_cliniquef}.
- Le témoin, {V}, était au travail au moment de l'accident.
- Occupation déclarée par l'occupante : {V:tr_cliniquef}.
- La sinistrée, {V:tr_cliniquef}, a demandé un rendez-vous sur l'heure du midi.
- Le propriétaire, {V:tr_cliniquem}, a été joint à son travail.
- La locataire est {V:tr_cliniquef}; ne pas l'appeler au bureau.

@ lieu_travail.restauration | tr_resto
- La sinistrée est {V:tr_restof}; elle travaille les soirs.
- Le témoin, {V}, a vu le véhicule partir.
- D'après la fiche, la requérante est {V:tr_restof}.
- Le locataire, {V:tr_restom}, a perdu une semaine de salaire.
- « Je suis {V:tr_restof} », dit la requérante au comptoir.
- L'occupant, {V:tr_restom}, rentrait à pied après son quart.

@ lieu_travail.transport | tr_transport
- Le requérant est {V:tr_transportm}; son horaire commence à 6 h.
- La sinistrée, {V:tr_transportf}, ne peut pas se présenter de jour.
- Témoin rencontré sur la route : {V}.
- Le conducteur impliqué est {V:tr_transportm}.
- Le registre d'hébergement indique que l'occupant est {V:tr_transportm}.
- Le propriétaire, {V:tr_transportm}, était sur la route pendant la crue.

@ lieu_travail.securite_police | tr_securite
- Le sinistré est {V:tr_securitem}; il demande la discrétion.
- La requérante, {V:tr_securitef}, a été rappelée au travail pendant l'évacuation.
- Témoin de l'accident : {V}, hors service.
- L'occupant, {V:tr_securitem}, a aidé les voisins à évacuer.
- Selon la fiche, le propriétaire est {V:tr_securitem}.
- Le conducteur est {V:tr_securitem}, en congé ce jour-là.

@ lieu_travail.municipal | tr_municipal
- Le requérant est {V:tr_municipalm}; il a travaillé 36 heures d'affilée pendant la crue.
- La sinistrée, {V:tr_municipalf}, a aussi été touchée chez elle.
- Témoin du bris d'aqueduc : {V}.
- D'après la fiche, l'occupant est {V:tr_municipalm}.
- Le propriétaire, {V:tr_municipalm}, a fermé lui-même la valve de la rue.
- L'homme qui a fermé la rue dit être {V:tr_municipalm}.

@ lieu_travail.nord | tr_nord
- Le requérant est {V:tr_nordm}; il reste au village pendant l'évacuation.
- La sinistrée, {V:tr_nordf}, a été évacuée avec ses enfants.
- Témoin de l'incendie au village : {V}.
- Selon la liste, l'occupant est {V:tr_nordm}.
- L'évacuée, {V:tr_nordf}, demande à rentrer au plus tôt.
- Le propriétaire de la maison est {V:tr_nordm}.

@ lieu_travail.tableau | tr_tableau
- Employeur | Statut¶{V} | en congé
- Employeur\t{V}\tlettre demandée
- | Occupation | {V} |
- Lieu de travail : | {V} | horaire de nuit
- Employeur déclaré : {V}
- employeur / {V} / à confirmer
"""

# ---------------------------------------------------------------------------
# clean (propre) families: no personal information, but look-alikes.
# ---------------------------------------------------------------------------

PROPRE_DSL = r"""
@ propre.pont_personne
- Fermeture partielle du {pont} en raison des vents de 90 km/h; circulation sur une voie jusqu'à {h}.
- Embâcle signalé en amont du {pont}; la Garde côtière a dépêché un brise-glace.
- Le {pont} est rouvert à la circulation lourde depuis {h}.
- Point de rassemblement des équipes : stationnement au pied du {pont}.
- Inspection du MTQ sous le {pont} : aucun affouillement constaté.
- Accident impliquant trois véhicules à la sortie du {pont}, aucun blessé grave.

@ propre.hopital_personne
- Code orange déclenché à {hosp} à {h}; {nn} civières libérées.
- Les résidents évacués du CHSLD ont été transférés vers {hosp}.
- Génératrice d'urgence en fonction à {hosp} depuis la panne de {h}.
- Le stationnement de {hosp} servira de point de chute pour les ambulances.
- Exercice d'évacuation prévu à {hosp} le {d}.
- Niveau de la rivière surveillé près de {hosp}, aucune menace pour le bâtiment.

@ propre.ecole_personne
- L'école {ecole} servira de centre d'hébergement d'urgence à compter de {h}.
- Fermeture de l'école secondaire {ecole} en raison du bris d'aqueduc.
- Le gymnase de l'école {ecole} peut accueillir {nn} lits de camp.
- Exercice d'évacuation à la polyvalente {ecole}, durée : 6 minutes.
- Autobus scolaires redirigés vers l'école {ecole} (secteur non inondé).
- Le stationnement de l'école {ecole} {de_ville} est inondé, éviter le secteur.

@ propre.arena_centre_sportif
- L'aréna Marcel-Dutil est ouvert comme centre de services aux sinistrés de 8 h à 20 h.
- Le Centre Marcel-Dionne sert de point de distribution d'eau potable depuis {h}.
- {nn} lits de camp ont été montés à l'aréna Jean-Béliveau.
- Centre Claude-Robillard : {nn} personnes inscrites ce matin.
- L'aréna Michel-Normandin accueille les évacués du {sect}.
- Le centre sportif Alphonse-Desjardins {de_ville} est fermé pour la journée.

@ propre.parc_personne
- Le parc Jean-Drapeau est fermé jusqu'à nouvel ordre en raison des vents.
- Sentiers du parc Frédéric-Back inondés, accès interdit depuis {h}.
- Rassemblement des bénévoles au parc La Fontaine à {h}.
- Le parc Maisonneuve servira de zone de transit pour les autobus.
- Arbres tombés au parc Angrignon, {n} allées fermées.
- Le parc Marie-Victorin {de_ville} est sous l'eau.

@ propre.rue_personne_sans_numero
- Fermeture de la rue Marie-Victorin entre le pont et la rue de l'Église.
- Refoulement d'égout signalé sur le boulevard René-Lévesque, secteur est.
- Le boulevard Wilfrid-Hamel est fermé dans les deux directions depuis {h}.
- Débris sur la chaussée, rue Jacques-Cartier, à la hauteur du parc.
- Inondation du viaduc du boulevard Henri-Bourassa; détour par la rue Lajeunesse.
- Le boulevard Talbot est praticable, chaussée glissante, {cm} de neige au sol.

@ propre.autoroute_nom
- Fermeture de l'autoroute Jean-Lesage (A-20) entre les sorties 228 et 235 jusqu'à {h}.
- L'autoroute Félix-Leclerc est rouverte en direction ouest.
- Accrochage sur l'autoroute Laurentienne, une voie bloquée.
- Carambolage sur l'A-40 (autoroute Félix-Leclerc) près de la sortie 174, {n} véhicules.
- L'autoroute Robert-Bourassa est fermée pour l'inspection d'un viaduc.
- Autoroute Chomedey (A-13) : circulation ralentie à cause de la poudrerie.

@ propre.batiment_public_adresse
- Le centre de coordination est installé à l'hôtel de ville, 275, rue Notre-Dame.
- Point de distribution de sacs de sable : garage municipal, 1450, route 117.
- La caserne no 2 (95, rue de la Gare) sert de point de ralliement à {h}.
- Centre de services aux sinistrés : sous-sol de l'église, 12, rue de l'Église.
- Bureau temporaire du MSP au 600, boulevard Sainte-Anne, local 204.
- La bibliothèque municipale (30, rue Principale) est fermée jusqu'au {d}.

@ propre.plaque_commemorative
- Une plaque commémorative en l'honneur du frère Marie-Victorin a été endommagée par la crue.
- Le monument aux Patriotes du parc municipal n'a subi aucun dommage.
- La plaque rappelant la crue de 1974 a été déplacée sur le mur de l'hôtel de ville.
- Dévoilement de la plaque soulignant les bénévoles du déluge de 1996 reporté au {d}.
- La stèle à la mémoire des pompiers morts en service a été nettoyée après la crue.
- Plaque commémorative Jacques-Cartier retrouvée dans la rivière, remise à la municipalité.

@ propre.fete_saint
- Les festivités de la Saint-Jean-Baptiste sont annulées à cause des risques de feux de forêt.
- La parade de la Saint-Patrick est maintenue malgré la pluie.
- Feu de joie de la Saint-Jean : permis émis par le SSI, surveillance d'une autopompe.
- Le marché de la Sainte-Catherine est déplacé à l'aréna.
- La fête de la Saint-Louis du village se tiendra au parc riverain le {d}.
- Feux d'artifice de la Fête nationale autorisés malgré l'indice d'inflammabilité modéré.

@ propre.entreprise_fondateur
- Le Jean Coutu de la rue Principale a offert des trousses d'hygiène aux sinistrés.
- Pomerleau a fourni deux pelles mécaniques pour renforcer la digue.
- La quincaillerie Patrick Morin a fait don de {nn}0 sacs de sable.
- Lassonde a livré des caisses de jus au centre d'hébergement.
- Bombardier a prêté des motoneiges pour le ravitaillement des chalets isolés.
- Vachon et Saputo ont fourni des collations aux bénévoles.

@ propre.titre_sans_nom
- Le maire a déclaré l'état d'urgence local à {h}.
- La directrice générale confirme l'ouverture du centre de coordination.
- Le préfet de la MRC a demandé l'aide des Forces armées.
- Le ministre de la Sécurité publique visitera les secteurs touchés {jour}.
- La coordonnatrice municipale de sécurité civile a convoqué l'OMSC à {h}.
- Le chef aux opérations recommande le maintien de l'évacuation.

@ propre.conseil_municipal_titres
- Il est proposé par le conseiller du district 3, appuyé par la conseillère du district 5, et résolu d'adopter le plan de sécurité civile.
- La mairesse suppléante préside la séance en l'absence du maire.
- Le conseil autorise la directrice générale à signer l'entente avec la Croix-Rouge.
- Avis de motion donné par la conseillère du district 1 pour le règlement 2024-07.
- Le conseil mandate le directeur des travaux publics pour l'achat de pompes.
- Période de questions : {n} citoyens interviennent sur la gestion des sacs de sable.

@ propre.meteo
- Environnement Canada émet un avertissement de pluie : 50 à 70 mm attendus d'ici {jour}.
- Vigilance orange pour la {riv}; précipitations cumulées de {mm}.
- Verglas prévu : accumulation de 15 à 25 mm, vents de 60 km/h.
- Refroidissement éolien de -40 ce matin, avertissement de froid extrême.
- Poudrerie sur la route {rt}, visibilité nulle par endroits.
- Risque d'orages violents en après-midi, grêle possible; {mm} tombés à {ville}.

@ propre.hydrometrie
- Débit de la {riv} : {debit} à la station hydrométrique, en hausse.
- Niveau du {lac} à {niveau}, au-dessus du seuil d'inondation mineure.
- La cote de la crue de récurrence 20 ans est atteinte dans le {sect}.
- Station 030101 : niveau stable depuis {h}.
- La {riv} a atteint {niveau} à {h}, légère baisse prévue.
- Le système de prévision prévoit un pic de débit de la {riv} d'ici 48 heures.

@ propre.route_km
- Fermeture de la route {rt} entre les kilomètres 112 et 118 à cause d'un affaissement.
- Ponceau emporté au {km} de la route {rt}; détour par le rang voisin.
- Eau sur la chaussée au {km} de la {rt}, circulation en alternance.
- Route {rt} rouverte à {h}.
- Glissement de terrain au {km}; la route {rt} est fermée dans les deux sens.
- Chantier d'urgence du MTQ au {km} de la route {rt}.

@ propre.chemin_forestier
- Le chemin forestier R0201 est fermé au km 42 à cause d'un feu de forêt.
- Accès au territoire par le chemin R-1052 interdit jusqu'au {d}.
- Pont du chemin L-200 endommagé par la crue.
- La SOPFEU recommande d'éviter le chemin multiusage 38 au nord du {lac}.
- Barrière installée au km 17 du chemin de la ZEC.
- Chemin d'accès à la pourvoirie coupé au km 9 depuis {h}.

@ propre.reference_legale
- En vertu de l'article 42 de la Loi sur la sécurité civile, l'état d'urgence local est déclaré pour 5 jours.
- Décret 403-2019 relatif au programme d'aide financière pour les inondations printanières.
- Règlement 2024-12 sur les systèmes d'alarme adopté à la séance du {d}.
- Avis d'ébullition émis conformément au Règlement sur la qualité de l'eau potable.
- Article 33 : évacuation obligatoire du secteur par ordre du conseil.
- Le programme général d'indemnisation et d'aide financière s'applique aux municipalités de la MRC de {mrc}.

@ propre.montants_programme
- Montant maximal pour la résidence principale : 275 000 $, selon le programme.
- Avance de 600 $ par ménage pour les frais d'hébergement.
- Les dépenses admissibles de la municipalité totalisent {mt}.
- Aide de 90 $ par jour pour l'hébergement, maximum 100 jours.
- Remboursement des sacs de sable : {mt} pour la municipalité.
- Budget de la sécurité civile révisé à {mt}.

@ propre.equipement_modele
- Autopompe Pierce 2014 hors service, remplacée par l'unité de réserve.
- Génératrice Honda EU7000 livrée au centre d'hébergement à {h}.
- Pompe Godwin de 6 po installée au poste de pompage.
- Le bateau Zodiac de la caserne {n} est mis à l'eau.
- Radio Motorola APX défectueuse, envoyée en réparation.
- Camion-échelle E-One de 100 pi mobilisé à {h}.

@ propre.code_incident
- Appel de type 29 (accident) reçu à {h}, priorité 1.
- Code 10-50 sur la route {rt}, aucun blessé.
- Intervention {ev} classée « alarme non fondée ».
- Carte d'appel 10-13 fermée à {h}.
- Événement {ev} : inondation de chaussée, travaux publics avisés.
- Priorité 3, feu de débris, classé à {h}.

@ propre.heures_comptes
- {nn} résidences évacuées, {n} personnes hébergées par la Croix-Rouge.
- Fin des opérations à {h}; {nn} pompiers mobilisés au total.
- {n} camions-citernes, 1 autopompe, 2 unités de secours sur place.
- Bilan à {h} : {nn} appels reçus, {n} interventions en cours.
- {nn} bénévoles ont rempli 12 000 sacs de sable.
- {n} familles relocalisées, {nn} chiens et chats pris en charge.

@ propre.dates_evenement
- Rappel : les inondations printanières de 2019 avaient touché plus de 6 000 résidences.
- Le déluge du Saguenay de juillet 1996 reste l'événement de référence pour la municipalité.
- La crue du {d} a dépassé celle de 2017 de 12 cm.
- Verglas de janvier 1998 : le centre d'hébergement avait accueilli 800 personnes.
- Déraillement de Lac-Mégantic, 6 juillet 2013 : exercice de commémoration prévu.
- Glissement de terrain de Saint-Jude, mai 2010, cité en exemple dans la formation.

@ propre.municipalite_personne
- La MRC de Pierre-De Saurel a ouvert son centre de coordination.
- Avis d'ébullition pour la MRC de Maria-Chapdelaine, secteur nord.
- Les pompiers de Drummondville ont prêté main-forte à Victoriaville.
- La MRC Robert-Cliche demande l'aide de la Sûreté du Québec.
- Entente d'entraide entre Sherbrooke et Magog pour la garde des feux.
- La MRC d'Antoine-Labelle et la MRC de Papineau partagent un centre d'hébergement.

@ propre.communaute_autochtone_lieu
- Le conseil de bande de {fnc} a déclenché son plan d'urgence.
- Les vols d'évacuation de {iv} reprendront demain matin.
- Le centre de santé de {fnc} demeure ouvert.
- Feu de forêt à 12 km de {fnc}; la SOPFEU surveille.
- Livraison de bouteilles d'eau à {iv} par Air Inuit.
- Le corps de police de {fnc} a fermé la route d'accès à {h}.

@ propre.hashtag_organisation
- Publication de @SecuriteQc : #inondations2019 #Beauce consultez la carte des zones touchées.
- @HydroQuebec : {nn} 000 clients privés d'électricité #verglas #Montérégie
- Partagez! #SOPFEU #interdictiondefeux
- @CroixRougeQC recrute des bénévoles #sinistrés
- Mise à jour de @Quebec511 : route {rt} fermée #routes
- Publication de la page de la Ville : collecte des débris lundi #nettoyage #crue

@ propre.tableau_pipe_stats
- Municipalité | Résidences inondées | Évacuées¶{ville} | {nn} | {n}
- Secteur | Pompes | Sacs de sable¶{sect} | {n} | 2 400
- Date | Niveau (m) | Tendance¶{d} | {niveau} | hausse
- Route | Statut¶{rt} | fermée¶138 | ouverte
- MRC\tMunicipalités touchées\tDemandes¶{mrc}\t{n}\t{nn}
- Heure | Appels 911 | Interventions¶{h} | {nn} | {n}

@ propre.eglise_paroisse
- Le sous-sol de l'église Sainte-Famille sert de halte-chaleur.
- La paroisse Saint-Roch organise une collecte de vêtements.
- Le presbytère de Saint-Isidore est évacué par précaution.
- Messe commémorative pour les sinistrés à l'église Saint-Jean-Baptiste, {jour} à 10 h.
- La salle des Chevaliers de Colomb accueille les repas communautaires.
- Le clocher de l'église Notre-Dame-de-Lourdes a été endommagé par la foudre.

@ propre.monument_statue
- La statue de Champlain du parc riverain a été dégagée des glaces.
- Le monument Laurier sert de point de repère pour le rassemblement de {h}.
- La croix du chemin a été emportée par la crue.
- Le buste de Félix Leclerc est intact malgré les vents.
- Rassemblement des bénévoles devant la statue de Jeanne Mance.
- La statue de Louis Cyr au parc des Hommes-Forts n'a pas été touchée.

@ propre.chsld_nom_personne
- Exercice d'évacuation au CHSLD Paul-Gouin : {nn} résidents déplacés en 40 minutes.
- Le CHSLD Champlain-Marie-Victorin a reçu une génératrice de secours.
- CLSC Olivier-Guimond : heures d'ouverture prolongées.
- Le CHSLD Marie-Berthe-Couture est privé de chauffage depuis {h}.
- Cellule de crise au CHSLD Laurendeau, aucune éclosion déclarée.
- Le CLSC Saint-Michel offre du soutien psychosocial aux sinistrés.

@ propre.sante_impersonnel
- Rappel : installez un avertisseur de monoxyde de carbone près des génératrices.
- Info-Santé 811 reçoit un volume élevé d'appels liés à l'eau potable.
- Campagne de vaccination contre le tétanos pour les bénévoles du nettoyage.
- Trousse de premiers soins et défibrillateur disponibles au centre d'hébergement.
- Consignes de santé publique : faire bouillir l'eau une minute avant de la consommer.
- La Direction de santé publique surveille les cas de gastro liés à l'eau contaminée.

@ propre.age_batiment
- Ponceau de 45 ans à remplacer, selon l'ingénieur.
- Le barrage, vieux de plus de 80 ans, a été inspecté ce matin.
- Toiture de 25 ans, non conforme au code actuel.
- Camion autopompe de 1998 retiré du service.
- Génératrice de 15 ans en panne au poste de pompage.
- L'aréna, construit il y a 52 ans, sera évalué par un ingénieur.

@ propre.numero_service_public
- Pour toute information : Services Québec au 1 877 644-4545.
- Urgence-Environnement : 1 866 694-5454, 24 heures sur 24.
- Info-Santé et Info-Social : composez le 811.
- Signalez un feu de forêt au 1 800 463-3389 (SOPFEU).
- Conditions routières : Québec 511.
- Pour joindre la Sûreté du Québec : *4141 ou 310-4141.

@ propre.annee_construction
- Résidence construite en 1957, fondation en pierre.
- Digue érigée en 1976 et rehaussée en 2011.
- Pont couvert datant de 1932, fermé aux véhicules lourds.
- Le barrage date de 1924; dernière inspection en 2022.
- École construite en 1964, amiante dans les tuiles.
- Église de 1889, classée patrimoniale.

@ propre.organismes_famille
- La Maison de la famille {de_ville} distribue des paniers de provisions.
- Le Carrefour familial offre un service de halte-garderie aux sinistrés.
- Activité de la fête des Pères annulée à cause de la crue.
- Grands Frères Grandes Sœurs recrute des bénévoles pour l'accueil.
- La Société de Saint-Vincent de Paul ouvre son comptoir vestimentaire.
- Le regroupement des proches aidants offre du répit aux familles de la MRC.

@ propre.commerce_sans_personne
- L'IGA de la rue Principale a fourni {nn} caisses d'eau.
- Le Tim Hortons de la sortie 76 offre le café aux pompiers.
- Le Canadian Tire a vendu toutes ses génératrices en deux heures.
- La SAQ du centre-ville est fermée à cause du refoulement.
- Le Walmart {de_ville} sert de point de collecte de dons.
- Le dépanneur du village reste ouvert 24 h pendant la crise.

@ propre.code_ressemblant_plaque
- Commande de sacs de sable SB-450 reçue au garage.
- Vol AC 8712 annulé en raison du brouillard.
- Génératrice modèle XQ125 louée pour une semaine.
- Bouée IML-4 : vagues de 3 m au large.
- Carte topographique 31G05 remise aux équipes de recherche.
- Pompe modèle 6P-150 installée au poste PP-3.

@ propre.numero_reglement_resolution
- Résolution 2022-04-118 adoptée à l'unanimité.
- Bon de commande 45012233 émis pour les pompes.
- NEQ 1143567890 de l'entrepreneur validé.
- Numéro de projet MTQ 154-21-0432.
- Contrat 2023-TP-017 accordé pour la réfection du ponceau.
- Dossier municipal 2024-0087 : demande de subvention au programme d'aide.

@ propre.courriel_generique
- Pour toute question : securitecivile@ville.{slug}.qc.ca
- Les réclamations se font à aidefinanciere@msp.gouv.qc.ca.
- Écrivez à info@{slug}.ca pour les avis d'ébullition.
- Courriel de la cellule de crise : urgence@municipalite.{slug}.qc.ca
- Bénévoles : inscrivez-vous à benevoles@croixrouge.ca.
- Le formulaire est aussi disponible à reception@mrc-{slug}.qc.ca.

@ propre.tempete_prenom
- La tempête post-tropicale Fiona a causé d'importants dommages aux Îles-de-la-Madeleine.
- Les restes de la tempête Debby ont laissé plus de 150 mm de pluie sur la région.
- Suivi de la tempête Lee : vents de 80 km/h attendus en Gaspésie.
- Comme lors de la tempête Irene en 2011, la rivière Richelieu est sous surveillance.
- La dépression issue de Dorian touchera la Côte-Nord {jour}.
- Bilan de la tempête Arthur : {nn} 000 clients sans électricité.

@ propre.lac_riviere_personne
- Le niveau du lac Saint-Jean est à 17,3 pi, selon l'exploitant du barrage.
- La rivière Jacques-Cartier déborde à la hauteur de Pont-Rouge.
- Avis de navigation sur le lac Saint-Pierre.
- Embâcle sur la rivière Sainte-Anne à Saint-Raymond.
- La rivière Etchemin est sous surveillance à Saint-Henri.
- Le lac Saint-Louis a atteint son niveau record.

@ propre.barrage_centrale_personne
- La centrale Robert-Bourassa fonctionne à pleine capacité.
- Le barrage Daniel-Johnson (Manic-5) a été inspecté par Hydro-Québec.
- Lâchers d'eau prévus au barrage Jean-Lesage.
- Le barrage Mercier sur la rivière Gatineau est à son niveau maximal.
- Aéroport Jean-Lesage : vols retardés à cause du verglas.
- L'aéroport Montréal-Trudeau est utilisé pour l'arrivée du matériel fédéral.

@ propre.navire_traversier
- Le NGCC Amundsen est mobilisé pour le déglaçage.
- Le traversier F.-A.-Gauthier reprend son service ce matin.
- Le NGCC Pierre Radisson escorte le convoi sur le fleuve.
- Le NM Joseph-Savard est immobilisé à cause des glaces.
- Le traversier Lucien-L. est hors service pour la saison.
- Le brise-glace Des Groseilliers est attendu à Sept-Îles.

@ propre.statistiques_age
- Les 65 ans et plus représentent 32 % des sinistrés inscrits.
- Clientèle ciblée : 18-35 ans pour le recrutement de bénévoles.
- Aucun enfant de moins de 5 ans parmi les personnes hébergées.
- Formation offerte aux jeunes de 14 à 17 ans (cadets).
- La moyenne d'âge des pompiers volontaires est de 41 ans.
- Taux de participation des 75 ans et plus : 18 %.

@ propre.statistiques_sante
- {nn} cas d'intoxication au CO dans la région depuis le début de l'hiver.
- Hausse de 12 % des appels au 811 pour des problèmes respiratoires liés à la fumée.
- Aucun cas de légionellose déclaré à ce jour.
- {n} transports ambulanciers liés à la chaleur cette semaine.
- Taux d'hospitalisation stable selon la DSP.
- {nn} consultations psychosociales offertes aux sinistrés.

@ propre.statistiques_police_detention
- Établissement de détention de Rimouski : capacité de 120 places, taux d'occupation de 94 %.
- Nombre d'interventions policières en hausse de 4 % par rapport à l'an dernier.
- {nn} constats d'infraction émis pour non-respect de l'interdiction de feux.
- Aucune arrestation lors de l'opération de sécurisation du secteur.
- Population carcérale moyenne de {nn} personnes en {an}.
- {n} introductions par effraction signalées dans la zone évacuée.

@ propre.roles_generiques
- Le locataire a été relocalisé par la Croix-Rouge pour 72 heures.
- La propriétaire a refusé l'inspection; un avis lui sera transmis par la poste.
- L'occupant s'est présenté au centre de services à {h}.
- Le requérant conteste le montant de l'indemnité.
- Les sinistrés du secteur ont été informés de la levée de l'ordre d'évacuation.
- La personne évacuée a été hébergée chez des proches.

@ propre.anglais_operations
- Boil water advisory lifted for sector B as of {h}.
- Road closed between exits 74 and 80, detour via Route {rt}.
- Shelter at the community centre is now at full capacity.
- Sandbag distribution continues at the municipal garage until 8 p.m.
- Evacuation order remains in effect for the low-lying areas.
- Power restored to 80% of customers in {ville}.

@ propre.pannes_hydro
- {nn} 000 clients d'Hydro-Québec privés d'électricité à {h}.
- Rétablissement complet prévu d'ici {jour} soir.
- Panne causée par un arbre sur une ligne de 25 kV.
- Hydro-Québec a mobilisé {nn} équipes supplémentaires.
- Le poste de distribution du secteur est inondé, panne prolongée.
- 97 % des clients rebranchés à {h}.

@ propre.enquete_incendie_cause
- Origine probable : cuisinière, cause accidentelle. Dommages estimés à 180 000 $.
- Point d'origine situé dans la salle mécanique; défaillance électrique du chauffe-eau.
- Incendie de cheminée, créosote accumulée. Aucun dommage à la structure.
- Cause indéterminée, dossier transmis au service d'enquête de la SQ.
- Feu de débris hors contrôle, vents de 40 km/h.
- Dommages estimés : {mt}; bâtiment perte totale.

@ propre.sopfeu_feux
- Feu no 214 de 0,5 ha, maîtrisé à {h}.
- Indice d'inflammabilité extrême; interdiction de faire des feux à ciel ouvert.
- {nn} feux actifs dans la zone de protection intensive.
- Le feu 346 est passé de « hors contrôle » à « contenu ».
- Largage d'eau par deux CL-415 au nord du {lac}.
- Superficie brûlée cumulée : {nn} 000 ha.

@ propre.glace_neige
- Épaisseur de glace de 60 cm mesurée sur la {riv}.
- Accumulation de {cm} de neige, opérations de déneigement en cours.
- Embâcle formé en aval du pont; surveillance par drone.
- Risque d'avalanche élevé dans les Chic-Chocs.
- Déglaçage de la {riv} prévu {jour}.
- Toitures à surveiller : charge de neige de 45 kg/m².

@ propre.centre_hebergement_personne
- Centre d'hébergement ouvert à la salle Desjardins, capacité {nn} lits.
- Le centre culturel Yvonne-L.-Bombardier accueille les familles évacuées.
- La bibliothèque Gabrielle-Roy sert de halte-chaleur.
- Le Centre Pierre-Charbonneau est mis en disponibilité.
- Le complexe sportif Marie-Victorin reçoit les lits de la Croix-Rouge.
- Le centre communautaire Roger-Lemelin reste ouvert jusqu'à {h}.

@ propre.animaux_nommes
- Chienne nommée Bella retrouvée près du quai, remise au refuge.
- Le chat Minou a été récupéré par les pompiers dans le logement évacué.
- Cheval nommé Tonnerre déplacé vers une ferme hors de la zone inondée.
- Le chien Max est pris en charge par la SPA en attendant le retour des sinistrés.
- Perroquet « Coco » remis au refuge temporaire.
- Le golden Charlie attend ses maîtres au refuge animalier.

@ propre.temoignage_je_sans_identite
- « On a eu trois pieds d'eau dans le sous-sol, on a tout perdu », raconte une sinistrée.
- « J'ai jamais vu la rivière monter aussi vite », dit un résident du secteur.
- « On est ben reconnaissants envers les bénévoles », témoigne un couple évacué.
- « Ça sentait la fumée jusqu'au village », affirme un citoyen.
- « Je veux juste rentrer chez nous », confie une évacuée au centre.
- « Les pompiers ont fait une job incroyable », dit une résidente.

@ propre.formation_rcr
- Formation RCR/DEA donnée aux {nn} pompiers de la caserne {n}.
- Cours de premiers soins pour les bénévoles de la Croix-Rouge, {jour} à 9 h.
- Recertification des premiers répondants prévue le {d}.
- Atelier sur l'utilisation de la naloxone offert aux intervenants.
- Simulation de triage START pour {nn} participants.
- Formation en intervention psychosociale lors de sinistres : 12 inscrits.

@ propre.radio_codes
- 10-4, on se dirige vers le {sect}.
- Code 2 annulé, retour à la caserne.
- 10-7 pour la pause repas à {h}.
- Toutes les unités, passez au canal tactique 3.
- Code 4 sur les lieux, aucune assistance supplémentaire requise.
- Central, unité 512 disponible.

@ propre.historique_fondation
- Fondée en 1845 par des colons venus de Charlevoix, la municipalité a connu sa première grande crue en 1865.
- Le village a été reconstruit après le grand feu de 1870.
- Ancien village forestier, la municipalité compte aujourd'hui 2 300 habitants.
- La paroisse a été érigée canoniquement en 1882.
- Le moulin à scie du XIXe siècle a été détruit par les glaces.
- Le quai municipal date de l'époque de la drave.

@ propre.benevolat_organismes
- Les Chevaliers de Colomb, conseil 2345, ont préparé 300 repas.
- Le Club Lions {de_ville} a donné 5 000 $ aux sinistrés.
- Les Cercles de fermières ont tricoté des couvertures pour le centre.
- Le Club Optimiste a organisé une collecte de fonds.
- Les scouts du 12e groupe ont rempli des sacs de sable.
- L'association des pompiers volontaires organise un souper-bénéfice.

@ propre.messenger_sans_identite
- Publication sur le groupe du village : « Est-ce que quelqu'un sait si le pont est ouvert? »
- Commentaire : « merci aux pompiers {de_ville} vous êtes des héros »
- Texto relayé : « La route {rt} est fermée au km 40, passez par le rang »
- « y'a de l'eau sur la 138 proche du garage, faites attention »
- « Le centre de services ouvre-tu à 8 h demain? »
- « quelqu'un a perdu un chien noir proche de l'église »

@ propre.titres_religieux
- Le curé de la paroisse a ouvert le sous-sol de l'église aux sinistrés.
- L'évêque du diocèse a lancé un appel aux dons.
- Le pasteur de l'église évangélique organise une collecte.
- L'imam de la mosquée invite les fidèles à aider au nettoyage.
- Le rabbin de la communauté a coordonné la livraison de repas casher.
- La supérieure des Sœurs de la Providence offre des chambres aux familles.
"""

# ---------------------------------------------------------------------------
# impersonal fillers
# ---------------------------------------------------------------------------

def _f_time(r):
    h, m = r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 27, 30, 34, 41, 45, 50, 58])
    return r.choice([f"{h} h {m:02d}", f"{h}h{m:02d}", f"{h} h", f"{h}:{m:02d}"])


def _f_date(r):
    y, m = r.randint(2011, 2024), r.randint(1, 12)
    d = r.randint(1, 28)
    return r.choice([f"{'1er' if d == 1 else d} {MOIS[m - 1]}", f"{'1er' if d == 1 else d} {MOIS[m - 1]} {y}",
                     f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}"])


def _f_amount(r):
    a = f"{r.randint(150, 250000):,}".replace(",", " ")
    return f"{a},{r.randint(0, 99):02d} $" if r.random() < 0.6 else f"{a} $"


FILL = {
    "ville": lambda r: r.choice(VILLES),
    "mrc": lambda r: r.choice(MRCS),
    "riv": lambda r: r.choice(RIVIERES),
    "lac": lambda r: r.choice(LACS),
    "sect": lambda r: r.choice(SECTEURS),
    "org": lambda r: r.choice(ORGS),
    "titre": lambda r: r.choice(TITRES),
    "hosp": lambda r: r.choice(HOSP),
    "ecole": lambda r: r.choice(ECOLES),
    "pont": lambda r: r.choice(PONTS),
    "h": _f_time,
    "d": _f_date,
    "an": lambda r: str(r.randint(2011, 2024)),
    "n": lambda r: str(r.randint(2, 9)),
    "nn": lambda r: str(r.randint(10, 95)),
    "mm": lambda r: f"{r.randint(15, 160)} mm",
    "cm": lambda r: f"{r.randint(5, 70)} cm",
    "rt": lambda r: r.choice(QC_ROUTES),
    "km": lambda r: f"km {r.randint(2, 480)}",
    "mt": _f_amount,
    "jour": lambda r: r.choice(WEEKDAYS),
    "ev": lambda r: f"{r.randint(2015, 2024)}-{r.randint(0, 999999):06d}",
    "debit": lambda r: f"{r.randint(150, 3200):,} m³/s".replace(",", " "),
    "niveau": lambda r: f"{r.randint(20, 160)},{r.randint(0, 99):02d} m",
    "fnc": lambda r: r.choice(FN_COMMUNITIES),
    "iv": lambda r: r.choice(INUIT_VILL),
    "etab": lambda r: r.choice(ETAB_DET),
    "slug": lambda r: r.choice(SLUG),
    "de_ville": lambda r: _dv(r.choice(VILLES)),
}

# ---------------------------------------------------------------------------
# generator registry
# ---------------------------------------------------------------------------

GENS: dict = {k[2:]: v for k, v in list(globals().items()) if k.startswith("g_") and callable(v)}
for _b, _f in list(GENS.items()):
    # every generator taking a gender argument gets "f" and "m" variants (e.g. nvpf, tr_usinem)
    if _f.__code__.co_argcount >= 2 and _b + "f" not in GENS:
        GENS[_b + "f"] = (lambda f: (lambda r: f(r, "f")))(_f)
        GENS[_b + "m"] = (lambda f: (lambda r: f(r, "m")))(_f)
for _k in POOLS:
    GENS[_k] = (lambda k: (lambda r: r.choice(POOLS[k])))(_k)

# ---------------------------------------------------------------------------
# engine
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?::([A-Za-z0-9_]+))?\}")


def _is_planted_slot(name: str) -> bool:
    return name[0] == "V" and (len(name) == 1 or name[1:].isdigit())


@dataclass
class Family:
    name: str
    kind: str
    gen: str | None
    templates: list


def parse_dsl(text: str) -> list:
    fams, cur = [], None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@ "):
            head = line[2:]
            if "|" in head:
                name, gen = [x.strip() for x in head.split("|", 1)]
            else:
                name, gen = head.strip(), None
            cur = Family(name, name.split(".", 1)[0], gen, [])
            fams.append(cur)
        elif line.startswith("- "):
            t = line[2:].replace("\\t", "\t").replace("¶", "\n")
            cur.templates.append(t)
        else:
            raise ValueError(f"bad DSL line: {line!r}")
    return fams


FAMILIES = parse_dsl(PLANTED_DSL) + parse_dsl(PROPRE_DSL)
FAMILY_BY_NAME = {f.name: f for f in FAMILIES}


def _draw(gen: str, r: random.Random, par: int) -> str:
    f = GENS[gen]
    for _ in range(5000):
        v = f(r)
        if v and v == v.strip() and parity(v) == par:
            return v
    raise RuntimeError(f"generator {gen} cannot produce parity {par}")


_ELIDE = "AEIOUÉÈÊÎÔaeiouéèêîô"


def _join(prev: str, value: str, planted: bool, kind: str):
    """French contractions at the junction literal|value: de + voyelle -> d', à/de + le -> au/du."""
    if not planted and value.startswith(("le ", "les ")) and (prev.endswith(" à ") or prev.endswith(" de ")):
        art, rest = value.split(" ", 1)
        head, prep = prev.rstrip().rsplit(" ", 1)
        rep = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}[(prep, art)]
        return head + " " + rep + " ", rest
    if (prev.endswith(" de ") or prev in ("de ", "De ")) and value[:1] in _ELIDE \
            and not value.lower().startswith(("onze", "huit")) and kind != "courriel":
        return prev[:-3] + ("D'" if prev[-3] == "D" else "d'"), value
    return prev, value


def render(tpl: str, fam: Family, r: random.Random, par: int):
    for _ in range(300):
        vals: dict = {}
        out, skel, pos = [], [], 0
        pieces = []   # (literal, name, gen)
        for m in SLOT_RE.finditer(tpl):
            pieces.append((tpl[pos:m.start()], m.group(1), m.group(2), m.start()))
            pos = m.end()
        tail = tpl[pos:]
        for lit, name, g, start in pieces:
            if _is_planted_slot(name):
                if name not in vals:
                    v = _draw(g or fam.gen, r, par)
                    if fam.kind == "lien_familial" and start == 0:
                        v = v[0].upper() + v[1:]   # sentence-initial tie phrase (same normalized value)
                    vals[name] = v
                lit, v = _join(lit, vals[name], True, fam.kind)
                out.append(lit)
                skel.append(lit)
                out.append(v)
                skel.append("\x00")
            else:
                f = FILL[name](r)
                lit, f = _join(lit, f, False, fam.kind)
                out.append(lit)
                skel.append(lit)
                out.append(f)
                skel.append(f)
        out.append(tail)
        skel.append(tail)
        text, sk = "".join(out), "".join(skel)
        planted = tuple(dict.fromkeys(vals.values()))
        if len(planted) != len(vals):
            continue
        if any(v in sk for v in planted):
            continue
        if any(a != b and a in b for a in planted for b in planted):
            continue
        return text, planted
    raise RuntimeError(f"cannot render template of {fam.name}: {tpl!r}")


def split_templates(fam: Family, par: int) -> list:
    return [t for i, t in enumerate(fam.templates) if i % 2 == par]


def generate(split: str, per_family: int = 20, seed: int = 0) -> list:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    par = SPLITS.index(split)
    cells = []
    for fam in FAMILIES:
        tpls = split_templates(fam, par)
        r = random.Random(f"generate_i|{seed}|{split}|{fam.name}")
        for i in range(per_family):
            text, planted = render(tpls[i % len(tpls)], fam, r, par)
            if fam.kind == "propre":
                planted = ()
            cells.append(Cell(text=text, kind=fam.kind, family=fam.name, planted=planted))
    return cells


# ---------------------------------------------------------------------------
# checks and command line
# ---------------------------------------------------------------------------

MIN_FAMILIES = 22
MIN_PROPRE = 50
MIN_TEMPLATES = 4


def check(per_family: int = 40, seeds=(0, 1)) -> list:
    problems = []
    names = [f.name for f in FAMILIES]
    for n in set(names):
        if names.count(n) > 1:
            problems.append(f"duplicate family name {n}")
    counts = {k: 0 for k in KINDS + ("propre",)}
    for fam in FAMILIES:
        if fam.kind not in counts:
            problems.append(f"{fam.name}: unknown kind {fam.kind}")
            continue
        counts[fam.kind] += 1
        if len(fam.templates) < MIN_TEMPLATES:
            problems.append(f"{fam.name}: only {len(fam.templates)} templates")
        if fam.kind != "propre" and fam.gen not in GENS:
            problems.append(f"{fam.name}: unknown generator {fam.gen}")
        for t in fam.templates:
            slots = SLOT_RE.findall(t)
            planted = [s for s in slots if _is_planted_slot(s[0])]
            if fam.kind == "propre" and planted:
                problems.append(f"{fam.name}: planted slot in clean template {t!r}")
            if fam.kind != "propre" and not planted:
                problems.append(f"{fam.name}: template without planted slot {t!r}")
            for name, g in slots:
                if _is_planted_slot(name):
                    if g and g not in GENS:
                        problems.append(f"{fam.name}: unknown generator {g}")
                elif name not in FILL:
                    problems.append(f"{fam.name}: unknown filler {{{name}}}")
            if re.sub(SLOT_RE, "", t).count("{") or re.sub(SLOT_RE, "", t).count("}"):
                problems.append(f"{fam.name}: stray brace in {t!r}")
            if fam.kind == "lien_familial" and re.search(r"\b(de|à) \{V", t):
                problems.append(f"{fam.name}: contraction problem (de/à + tie) in {t!r}")
    for k in KINDS:
        if counts[k] < MIN_FAMILIES:
            problems.append(f"kind {k}: {counts[k]} families < {MIN_FAMILIES}")
    if counts["propre"] < MIN_PROPRE:
        problems.append(f"propre: {counts['propre']} families < {MIN_PROPRE}")
    # templates disjoint between splits
    t_dev = {t for f in FAMILIES for t in split_templates(f, 0)}
    t_held = {t for f in FAMILIES for t in split_templates(f, 1)}
    for t in sorted(t_dev & t_held):
        problems.append(f"template shared between splits: {t!r}")
    if problems:
        return problems
    # generated cells
    vals = {s: set() for s in SPLITS}
    for seed in seeds:
        for split in SPLITS:
            cells = generate(split, per_family, seed)
            again = generate(split, per_family, seed)
            if cells != again:
                problems.append(f"{split}: generation not deterministic (seed {seed})")
            for c in cells:
                if c.kind == "propre":
                    if c.planted:
                        problems.append(f"{c.family}: clean cell with planted values")
                    continue
                if not c.planted:
                    problems.append(f"{c.family}: cell without planted value")
                for v in c.planted:
                    if not v or v not in c.text:
                        problems.append(f"{c.family}: planted value not a substring: {v!r}")
                    vals[split].add(normalize(v))
                    if parity(v) != SPLITS.index(split):
                        problems.append(f"{c.family}: value of wrong parity in {split}")
    shared = vals["dev9"] & vals["heldout9"]
    for v in sorted(shared)[:50]:
        problems.append(f"value shared between splits (normalized): {v!r}")
    return problems


def stats(per_family: int = 20):
    print(f"{'kind':<16}{'families':>9}{'templates':>11}{'dev9 tpl':>10}{'held9 tpl':>11}")
    for k in KINDS + ("propre",):
        fams = [f for f in FAMILIES if f.kind == k]
        nt = sum(len(f.templates) for f in fams)
        nd = sum(len(split_templates(f, 0)) for f in fams)
        nh = sum(len(split_templates(f, 1)) for f in fams)
        print(f"{k:<16}{len(fams):>9}{nt:>11}{nd:>10}{nh:>11}")
    print(f"{'total':<16}{len(FAMILIES):>9}{sum(len(f.templates) for f in FAMILIES):>11}")
    for s in SPLITS:
        cells = generate(s, per_family)
        npl = sum(len(c.planted) for c in cells)
        nclean = sum(1 for c in cells if c.kind == "propre")
        print(f"{s}: {len(cells)} cells (per_family={per_family}), {len(cells) - nclean} with planted values "
              f"({npl} planted values), {nclean} clean")
    for k in KINDS + ("propre",):
        print(f"  {k}: " + ", ".join(f.name.split('.', 1)[1] for f in FAMILIES if f.kind == k))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--split", choices=SPLITS)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--family", default="")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    rc = 0
    if a.check:
        probs = check()
        for p in probs:
            print("PROBLEM:", p)
        print(f"{len(probs)} problems")
        rc = 1 if probs else 0
    if a.stats:
        stats(a.per_family)
    if a.split:
        cells = [c for c in generate(a.split, a.per_family, a.seed) if c.family.startswith(a.family)]
        for c in cells[: a.show or 10]:
            print(f"[{c.family}] planted={list(c.planted)}")
            print("   " + c.text.replace("\n", "\n   "))
    if not (a.check or a.stats or a.split):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
