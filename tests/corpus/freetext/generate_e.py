#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen5 / generate_e.py — générateur de cellules étiquetées pour mesurer un
caviardeur de renseignements personnels (commentaires libres, français du Québec).

Chaque cellule est un commentaire réaliste ; ``planted`` énumère les sous-chaînes
exactes qui sont des renseignements personnels. Deux partitions disjointes
(dev5 / heldout5) : gabarits alternés, réserves de valeurs et formats partagés
par hachage stable (md5 de "gen5|" + valeur normalisée), nombres générés rejetés
lorsqu'ils tombent du mauvais côté. Bibliothèque standard seulement.
"""
from __future__ import annotations

import hashlib
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

KINDS = ("nom", "adresse", "age", "date_naissance", "sante", "courriel",
         "telephone", "plaque", "identifiant", "lien_familial", "lieu_travail")
SPLITS = ("dev5", "heldout5")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str          # one of KINDS, or "propre"
    family: str        # "kind.family_name"
    planted: tuple[str, ...]   # exact substrings of text; empty for "propre"


# ---------------------------------------------------------------------------
# Hachage, normalisation, transformations
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    """casefold, accents retirés, non-alphanumériques supprimés."""
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in s if ch.isalnum() and not unicodedata.combining(ch))


def _md5int(s: str) -> int:
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


def split_of(value: str) -> int:
    """0 -> dev5, 1 -> heldout5 (hachage stable de la valeur normalisée)."""
    return _md5int("gen5|" + norm(value)) % 2


def stable_seed(*parts) -> int:
    return _md5int("gen5-seed|" + "|".join(map(str, parts))) & 0xFFFFFFFF


def strip_accents(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


TRANSFORMS = {
    None: lambda s: s,
    "upper": lambda s: s.upper(),
    "lower": lambda s: s.lower(),
    "noacc": strip_accents,
    "upper_noacc": lambda s: strip_accents(s).upper(),
    "lower_noacc": lambda s: strip_accents(s).lower(),
}


def _L(s: str) -> list[str]:
    """liste à partir d'un bloc séparé par | ou fins de ligne (dédoublonnée)."""
    out, seen = [], set()
    for x in re.split(r"[|\n]", s):
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


# ---------------------------------------------------------------------------
# Nombres en lettres
# ---------------------------------------------------------------------------

_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
          "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
          "dix-huit", "dix-neuf"]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return _TENS[t]
        if u == 1:
            return _TENS[t] + " et un"
        return _TENS[t] + "-" + _UNITS[u]
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _UNITS[n - 60]
    if n == 80:
        return "quatre-vingts"
    if n < 100:
        return "quatre-vingt-" + _UNITS[n - 80]
    if n == 100:
        return "cent"
    if n < 200:
        return "cent " + fr_num(n - 100)
    h, r = divmod(n, 100)
    return _UNITS[h] + " cent" + ("s" if r == 0 else " " + fr_num(r))


def fr_year(y: int) -> str:
    if 1900 <= y < 2000:
        r = y - 1900
        return "mil neuf cent" + ("" if r == 0 else " " + fr_num(r))
    if y >= 2000:
        r = y - 2000
        return "deux mille" + ("" if r == 0 else " " + fr_num(r))
    return str(y)


_EN_U = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_T = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}


def en_num(n: int) -> str:
    if n < 20:
        return _EN_U[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _EN_T[t] + ("" if u == 0 else "-" + _EN_U[u])
    return "one hundred" + ("" if n == 100 else " and " + en_num(n - 100))


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
            "oct.", "nov.", "déc."]
MOIS_3 = ["JAN", "FEV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOU", "SEP", "OCT", "NOV", "DEC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------------------
# Réserves de noms (prénoms "Nom:g", g = f/m/x ; noms de famille) par communauté
# ---------------------------------------------------------------------------

GIVEN_RAW = {
    "fr": """Marie:f|Sylvie:f|Chantal:f|Ginette:f|Lise:f|Nathalie:f|Isabelle:f|Julie:f|Mélanie:f|Karine:f|
Léa:f|Rosalie:f|Jacinthe:f|Huguette:f|Thérèse:f|Fernande:f|Rita:f|Cécile:f|Noémie:f|Florence:f|Béatrice:f|
Zoé:f|Charlotte:f|Alice:f|Jessica:f|Cindy:f|Vicky:f|Annie:f|Josée:f|Manon:f|Line:f|Francine:f|Diane:f|
Claudette:f|Raymonde:f|Marie-Ève:f|Marie-Pier:f|Anne-Marie:f|Marie-Claude:f|Marie-Josée:f|Gisèle:f|
Yvette:f|Monique:f|Pierrette:f|Réjeanne:f|Solange:f|Jeannine:f|Lucille:f|Georgette:f|Marjolaine:f|
Geneviève:f|Catherine:f|Stéphanie:f|Véronique:f|Audrey:f|Émilie:f|Maude:f|Ariane:f|Laurence:f|Camille:f|
Éloïse:f|Maëlle:f|Justine:f|Sarah-Maude:f|Lorie:f|Kassandra:f|Océane:f|Jade:f|Gabrielle:f|Rose-Marie:f|
Lysanne:f|Nancy:f|Sonia:f|Guylaine:f|Johanne:f|Danielle:f|Carole:f|Lucie:f|Micheline:f|Murielle:f|
Colette:f|Denise:f|Bernadette:f|Marie-Soleil:f|Anne-Sophie:f|Mégane:f|Alexandra:f|Rachel:f|Mireille:f|
Jean:m|Pierre:m|Luc:m|Réjean:m|Gaétan:m|Denis:m|Mario:m|Stéphane:m|Maxime:m|Olivier:m|Félix:m|Émile:m|
Normand:m|Gilles:m|Yvon:m|Lucien:m|Armand:m|Aurèle:m|Rosaire:m|Jocelyn:m|Rémi:m|Alexis:m|Samuel:m|
Gabriel:m|Mathis:m|Jacob:m|Thomas:m|William:m|Jérôme:m|Sébastien:m|Guillaume:m|Patrick:m|Éric:m|
Martin:m|Dany:m|Steve:m|Kevin:m|Ghislain:m|Marcel:m|Roger:m|Fernand:m|Gaston:m|Léo:m|Laurent:m|Roch:m|
Benoît:m|Yves:m|Raynald:m|Clément:m|Hervé:m|Sylvain:m|Marc-André:m|Jean-François:m|Pierre-Luc:m|
Jean-Sébastien:m|Louis-Philippe:m|Jean-Guy:m|Pier-Olivier:m|Jean-Marc:m|Jean-Claude:m|Jean-Pierre:m|
Jean-Denis:m|Donat:m|Adélard:m|Wilfrid:m|Ovila:m|Alphonse:m|Conrad:m|Réal:m|Bertrand:m|Jacques:m|
Michel:m|Serge:m|Daniel:m|Alain:m|André:m|Marc:m|François:m|Mathieu:m|Vincent:m|Francis:m|Jonathan:m|
Nicolas:m|Simon:m|Frédéric:m|Hugo:m|Charles-Antoine:m|Xavier:m|Zachary:m|Loïc:m|Nathan:m|Raphaël:m|
Édouard:m|Anthony:m|Jimmy:m|Carl:m|Yannick:m|Mikaël:m|Dominique:x|Claude:x|Camil:m|Ludger:m|Onésime:m""",
    "en": """Brian:m|Kathleen:f|Shawn:m|Megan:f|Colin:m|Heather:f|Trevor:m|Sheila:f|Douglas:m|Wendy:f|
Gordon:m|Bridget:f|Liam:m|Siobhan:f|Kyle:m|Tammy:f|Wayne:m|Gail:f|Craig:m|Noreen:f|Earl:m|Doreen:f|
Glen:m|Maureen:f|Darren:m|Kimberly:f|Ronald:m|Shirley:f|Cody:m|Ashley:f|Fraser:m|Lorna:f""",
    "innu": """Philomène:f|Rodrigue:m|Évelyne:f|Réginald:m|Marie-Louise:f|Jean-Charles:m|Kenny:m|Lydia:f|
Uapukun:f|Shanice:f|Tommy:m|Shaun:m|Agathe:f|Napoléon:m|Marcelline:f|Jean-Luc:m""",
    "atik": """Cyprien:m|Jean-Roch:m|Débora:f|Nicole:f|Christian:m|Wapan:m|Jacqueline:f|Ginette:f|Bruno:m|
Rolande:f|Édith:f|Sipi:m|Marie-Rose:f|Gérald:m""",
    "cree": """Abel:m|Matthew:m|Allan:m|Bella:f|Elsie:f|Emily:f|Sammy:m|Willie:m|Daisy:f|Minnie:f|Lawrence:m|
Lillian:f|Roderick:m|Kenneth:m|Stella:f|Norman:m""",
    "mohawk": """Kahentinetha:f|Kaniehtiio:f|Tekarontake:m|Skawennati:f|Teiohontathe:m|Kanenhariyo:m|
Otsitsa:f|Karennatha:f|Tyler:m|Brandy:f|Tiffany:f|Dakota:x|Kahnawiio:m|Iehnhotonkwas:f""",
    "inuit": """Elisapi:f|Jaaji:m|Lucassie:m|Tamusi:m|Putulik:m|Siasi:f|Ulaayu:f|Qalingo:m|Mina:f|Adamie:m|
Jobie:m|Paulusie:m|Tivi:m|Akinisie:f|Alacie:f|Lizzie:f|Maggie:f|Sarollie:f|Nellie:f|Aisa:m|Quitsak:m|
Eva:f|Pasha:f|Jusipi:m|Annie-Maggie:f|Tumasi:m""",
    "haiti": """Jean-Robert:m|Wilner:m|Fritznel:m|Guerline:f|Mirlande:f|Rosemène:f|Jude:m|Wideline:f|
Nadège:f|Ketly:f|Wisler:m|Fednel:m|Marie-Carmelle:f|Rolande:f|Edner:m|Yolette:f|Evens:m|Roodly:m|Guerdy:f|
Lovely:f|Mackenson:m|Daphnée:f|Fabienne:f|Jean-Wesley:m|Nerlande:f|Ludner:m|Marjorie:f|Kervens:m|
Esther:f|Frantz:m""",
    "maghreb": """Mohamed:m|Karim:m|Youssef:m|Yasmine:f|Fatima-Zahra:f|Amine:m|Nadia:f|Samir:m|Rachid:m|
Leïla:f|Khadija:f|Abdelkader:m|Sofiane:m|Imane:f|Hakim:m|Meriem:f|Nabil:m|Salma:f|Omar:m|Hamza:m|Zineb:f|
Anis:m|Ilyès:m|Djamila:f|Walid:m|Houda:f|Farid:m|Kenza:f|Abderrahmane:m|Soraya:f|Bilal:m|Rania:f|Lamia:f|
Rami:m|Nour:f|Ziad:m|Mounir:m|Siham:f""",
    "viet": """Thi Lan:f|Minh:m|Thanh:m|Hoa:f|Tuan:m|Duc:m|Linh:f|Huong:f|Quang:m|Phuong:f|Trang:f|Long:m|
Hai:m|Nga:f|Bao:m|Khanh:m|Van Hung:m|Thuy:f|Ngoc Anh:f|Kim Chi:f|Quoc Bao:m|Thi Mai:f|Hieu:m|Dung:m""",
    "chine": """Wei:m|Xiaoling:f|Jing:f|Mei:f|Li Na:f|Jun:m|Hao:m|Yan:f|Ming:m|Xin:f|Zhiwei:m|Jiahui:f|
Ka Wai:m|Siu Ming:m|Wing:m|Kwok Wai:m|Mei Ling:f|Yuk Lan:f|Chun:m|Zhen:f|Haoran:m|Yifan:m|Xiaomei:f|Shu:f""",
    "latino": """Juan Carlos:m|María José:f|Alejandro:m|Guadalupe:f|Luis:m|Carmen:f|José:m|Diego:m|
Valentina:f|Camila:f|Andrés:m|Ximena:f|Sebastián:m|Mariana:f|Jorge:m|Gabriela:f|Fernando:m|Paola:f|
Ricardo:m|Daniela:f|João:m|Ana Paula:f|Rodrigo:m|Luz Marina:f|Wilmer:m|Yesenia:f|Maricela:f|Héctor:m""",
    "afrique": """Aminata:f|Moussa:m|Fatoumata:f|Mamadou:m|Ousmane:m|Aïssatou:f|Kofi:m|Kwame:m|Adjoa:f|
Ibrahima:m|Mariam:f|Cheikh:m|Awa:f|Boubacar:m|Ndeye:f|Serge-Alain:m|Blaise:m|Gervais:m|Jean-Bosco:m|
Grâce:f|Prosper:m|Espérance:f|Déogratias:m|Divine:f|Oluwaseun:m|Chiamaka:f|Emeka:m|Ngozi:f|Yaw:m|
Akosua:f|Bintou:f|Souleymane:m|Kadiatou:f|Alassane:m|Hawa:f|Clémentine:f""",
    "esteu": """Olena:f|Oleksandr:m|Dmitri:m|Natalia:f|Svetlana:f|Piotr:m|Katarzyna:f|Agnieszka:f|Bogdan:m|
Andrei:m|Ioana:f|Mihai:m|Vesna:f|Goran:m|Irina:f|Sergueï:m|Tatiana:f|Nikolaï:m|Ludmila:f|Radu:m|Zoran:m|
Milena:f|Yuliya:f|Vasyl:m|Oksana:f|Taras:m|Anastasia:f|Bohdan:m|Dragana:f|Lubomir:m""",
    "sudasie": """Priya:f|Rajesh:m|Anjali:f|Harpreet:f|Gurpreet:m|Sandeep:m|Arjun:m|Deepa:f|Ravi:m|Sunita:f|
Amandeep:x|Manpreet:f|Vikram:m|Nisha:f|Imran:m|Ayesha:f|Farhan:m|Sana:f|Tharshan:m|Kajan:m|Nirosha:f|
Sivakumar:m|Jaspreet:f|Harjit:m|Kavitha:f|Thanuja:f|Rohan:m|Meera:f|Tanvir:m|Nusrat:f""",
    "autres": """Giuseppe:m|Antonio:m|Rosaria:f|Carmela:f|Dimitrios:m|Eleni:f|Konstantinos:m|Fotini:f|
Manuel:m|Fátima:f|Vittorio:m|Graziella:f""",
}

SURN_RAW = {
    "fr": """Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier|Bélanger|
Lévesque|Bergeron|Leblanc|Paquette|Girard|Simard|Boucher|Caron|Beaulieu|Cloutier|Dubé|Poirier|Fournier|
Lapointe|Leclerc|Lefebvre|Poulin|Thibault|St-Pierre|Nadeau|Landry|Martel|Bédard|Grenier|Lessard|Bernier|
Michaud|Hébert|Desjardins|Couture|Turcotte|Lachance|Parent|Blais|Gosselin|Savard|Proulx|Beaudoin|Demers|
Perron|Boudreau|Dion|Mercier|Vallée|Charbonneau|Harvey|Therrien|Lemieux|Rioux|Chabot|Labbé|Bilodeau|
Gingras|Jolicoeur|Duchesne|Potvin|Desrosiers|Tanguay|Drouin|Plourde|Dufour|Lemay|Labrecque|Larouche|
Boivin|Brassard|Fillion|Verreault|Vachon|Gravel|Laflamme|Rhéaume|Sauvageau|Lussier|Arsenault|
Bissonnette|Champagne|Deschênes|Dumais|Fréchette|Guimond|Jalbert|Lacasse|Marcoux|Nolet|Pichette|Racine|
Séguin|Thériault|Vézina|Asselin|Beauchemin|Cyr|Desbiens|Gaudreault|Lapierre|Ménard|Paradis|Quirion|
Rancourt|Sirois|Trudel|Veilleux|Allard|Bolduc|Castonguay|Daigle|Émond|Fecteau|Hamel|Huot|Lamontagne|
Létourneau|Marquis|Nault|Ouimet|Pépin|Rochette|Sasseville|Tardif|Vaillancourt|Bouffard|Gendron|Maltais|
Otis|Pouliot|Boulianne|Girouard|Laberge|Audet|Bisson|Gaudet|Leduc|Fafard|Lajoie|Brisson|Cormier|Doiron|
Fugère|Ratté|Tessier|Pilon|Hudon|Lévesque-Caron|Ste-Croix|Thibodeau|Desmeules|Lapalme|Tousignant""",
    "en": """Smith|MacDonald|O'Brien|Murphy|Campbell|Fraser|Stewart|Morrison|Henderson|Sullivan|Kennedy|Walsh|
Ryan|Burke|Gallagher|McLaughlin|Robertson|Grant|Sinclair|Patterson|Kerr|Hodgson|Lyster|Hatch|Bishop|
Coulter|Judd|McCallum|Beattie|Nugent|Hackett|Moffatt|Peabody|Chisholm|O'Farrell|Doherty|Gilmour""",
    "innu": """Bacon|Vollant|Mestokosho|Pinette|Jourdain|Ashini|Rock|Malec|Grégoire|Mark|Pilot|Fontaine|
Régis|Napish|Kaltush|Kanapé|Piétacho|Tenegan|Uapistan|Mollen|Poker|Bellefleur|Mestenapeo|Ambroise|
Tshernish|Hervieux|Riverin""",
    "atik": """Ottawa|Flamand|Quitich|Petiquay|Awashish|Niquay|Chilton|Coocoo|Néquado|Moar|Mattawa|Echaquan|
Newashish|Weizineau|Biroté|Chachai|Connolly|Mequish|Dubé-Awashish|Boivin-Petiquay""",
    "cree": """Bosum|Coon Come|Diamond|Iserhoff|Mianscum|Neeposh|Petawabano|Shecapio|Wapachee|Gull|Blacksmith|
Matoush|Cheezo|Kitchen|Masty|Saganash|Bearskin|Otter|Snowboy|Loon|Pepabano|Jolly|Tapiatic|Sealhunter|
Weistche|Whiskeychan|Rabbitskin|Georgekish|Hester|Mukash""",
    "mohawk": """Deer|Horn|Jacobs|Diabo|Montour|McComber|Delisle|Stacey|Rice|Norton|Cross|Two-Axe|Kirby|
Goodleaf|Beauvais|Kane|Zachary|Phillips|Skye|Lazare|Jocks|Leborgne|Mayo|Meloche|Albany|Whitebean|Tarbell|
Canadian|Splicer|Sakoiatison""",
    "inuit": """Tukkiapik|Qumaluk|Nappaaluk|Alaku|Ningiuruvik|Annanack|Mesher|Okpik|Qisiiq|Kasudluak|Tulugak|
Iqaluk|Angutinguak|Uqaituk|Kulula|Padlayat|Aragutak|Novalinga|Sivuarapik|Amamatuak|Nulukie|Ittukallak|
Kumarluk|Napartuk|Kudluk|Etok|Saunders|Uitangak|Snowball|Pootoolik|Papigatuk|Ikey|Tukalak""",
    "haiti": """Jean-Baptiste|Pierre-Louis|Joseph|Saint-Fleur|Désir|Dorvil|Bien-Aimé|Théodore|Dorsainvil|
Exantus|Pierre-Antoine|Augustin|Célestin|Louis-Jeune|Jean-Gilles|Fils-Aimé|Métellus|Delva|Estimé|
Lafortune|Chéry|Belizaire|Jean-Charles|Casséus|Thélusma|Mompremier|Saintil|Dieujuste|Altidor|Cadet|
Saint-Louis|Pierre-Paul|Dorélien|Jean-Pierre|Valcourt|Charlot|Laguerre|Saint-Vil""",
    "maghreb": """Benali|Bouchareb|El Amrani|Haddad|Belkacem|Aït Ahmed|Ben Salah|Cherkaoui|Bouzid|Mansouri|
Khelifi|Benmoussa|Ziani|Saïdi|Tahiri|Lahlou|Hamdi|Abou Khalil|Benchekroun|Azzouz|Kaddour|Mekki|Chaouch|
Hadj-Ali|Ould Brahim|Zerrouki|Bensaïd|Berrada|Alaoui|Daoud|Nasr|Khoury|Saad|Abboud|Karam|Chahine|
Abou-Jaoudé|Ben Youssef|El Khatib|Bou Malhab""",
    "viet": """Nguyen|Tran|Lê|Pham|Huynh|Hoang|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Truong|Dinh|Lam|Trinh|
Luong|Quach|Cao|Nguyen-Tran|Tô""",
    "chine": """Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Zhu|Hu|Guo|Lin|Gao|Luo|Cheng|Leung|Wong|
Chan|Chow|Ng|Lau|Cheung|Yip|Tam|Kwan|Fong|Mak|Tang|Deng|Xie""",
    "latino": """González|Rodríguez|Hernández|García|Martínez|López|Pérez|Sánchez|Ramírez|Torres|Flores|
Rivera|Gómez|Díaz|Vargas|Castillo|Morales|Ortiz|Gutiérrez|Rojas|Mendoza|Cruz|Reyes|Aguilar|Chávez|
Medina|Fuentes|Quispe|Mamani|Oliveira|Pereira|Ferreira|Villalobos|Echeverría|Zúñiga|Carvalho|Sousa|
Cárdenas|Valdivia|Henríquez""",
    "afrique": """Diallo|Traoré|Koné|Ndiaye|Diop|Camara|Sow|Ba|Keïta|Coulibaly|Touré|Cissé|Mbaye|Sylla|Mukendi|
Kabongo|Tshibangu|Ilunga|Nkurunziza|Habimana|Uwimana|Mugisha|Ngoma|Mbala|Ondoa|Fotso|Kamga|Essomba|
Mensah|Owusu|Adjei|Boateng|Agbodjan|Houngbo|Adékambi|Okafor|Adeyemi|Nwosu|Bamba|Sanogo|Kalala|Mbuyi""",
    "esteu": """Kowalski|Nowak|Wiśniewski|Petrenko|Shevchenko|Kovalenko|Ivanov|Popescu|Ionescu|Horvat|Novák|
Dimitrov|Petrović|Jovanović|Kuznetsova|Sokolov|Bondarenko|Tkachenko|Moldovan|Zielińska|Lewandowski|Nagy|
Kovács|Dvořák|Svoboda|Marchenko|Melnyk|Hrytsenko|Stoyanova|Georgescu|Babić|Kaczmarek|Wójcik|Vasilescu""",
    "sudasie": """Patel|Singh|Sharma|Kaur|Gill|Sandhu|Dhillon|Grewal|Sidhu|Gupta|Shah|Mehta|Iyer|Nair|Reddy|
Rao|Khan|Chaudhry|Hussain|Qureshi|Siddiqui|Rahman|Chowdhury|Sivarajah|Thevarajah|Kanagaratnam|
Balasingam|Perera|Desai|Bhatt|Joshi|Pillai|Mahmood""",
    "autres": """Romano|Colangelo|Iacono|Papadopoulos|Konstantinidis|Georgiou|Medeiros|Rezendes|Cabral|Amaral|
Ciccone|Lombardi|Tsakiris""",
}

# noms à particule (communauté utilisée pour le prénom)
PARTICLE_RAW = """Ben Salah:maghreb|Abou Khalil:maghreb|Ben Amor:maghreb|Ould Ahmed:maghreb|El Hage:maghreb|
Abou Zeid:maghreb|Aït Ouali:maghreb|Ben Jelloun:maghreb|Al-Hassan:maghreb|Bou Saab:maghreb|
McKenzie:en|McNeil:en|McGraw:en|O'Connor:en|O'Neil:en|O'Reilly:en|MacIntyre:en|Mac Donald:en|McInnis:en|
O'Shaughnessy:en|Van Houtte:autres|Van der Meer:autres|Van den Bosch:autres|Vanden Abeele:autres|
de Grandpré:fr|de la Chevrotière:fr|de Montigny:fr|D'Amours:fr|D'Aoust:fr|Des Rosiers:fr|Du Tremblay:fr|
De Varennes:fr|de Lotbinière:fr|D'Anjou:fr|St-Amand:fr|Ste-Marie:fr|Saint-Onge:fr|De Serres:fr|
Dos Santos:latino|Da Costa:latino|Da Silva:latino|De la Cruz:latino|Del Castillo:latino|
Di Stefano:autres|De Luca:autres|Del Vecchio:autres|La Rocca:autres|Lo Bianco:autres|Di Iorio:autres|
Le Van:viet|Ter Haar:autres|von Gunten:autres|Abou-Rjeily:maghreb"""

NICK_RAW = """Ti-Paul|Ti-Guy|Ti-Mé|Ti-Jean|Ti-Noir|P'tit-Louis|Ti-Bob|Ti-Pit|Ti-Loup|Ti-Rouge|Ti-Claude|
Ti-Gus|Ti-Coq|Ti-Mine|Ti-Lou|Gros-Jean|Pit|Jos|Coco|Mimi|Lulu|Fanfan|Bibi|Titi|Bouboule|Pompon|Kiki|
Nono|Cricri|Bob|Johnny|Ricky|Frenchie|Big Mike|Moose|Ti-Mousse|Ti-Jos|Ti-Fred|Ti-Marc|Ti-Rémi|Ti-Tom|
Ti-Brun|Ti-Blanc|Ti-Boss|Tit-Gilles|Grand Steve|Gros Luc|Ti-Nic|Boubou|Poupette|Ti-Gilles|Ti-Bi|
Ti-Zef|Mononc' Roger|Matante Lise|Ti-Pote|Bébert|Gégé|Dédé|Jojo|Ti-Pierre|Ti-Yves|Ti-Cass"""

COMM_WEIGHTS = [("fr", 34), ("en", 7), ("innu", 3), ("atik", 3), ("cree", 3), ("mohawk", 3),
                ("inuit", 3), ("haiti", 6), ("maghreb", 7), ("viet", 4), ("chine", 4),
                ("latino", 5), ("afrique", 6), ("esteu", 4), ("sudasie", 5), ("autres", 3)]
GROUPS = {
    "aut": ["innu", "atik", "cree", "mohawk", "inuit"],
    "dia": ["haiti", "maghreb", "viet", "chine", "latino", "afrique", "esteu", "sudasie", "autres"],
    "en": ["en"],
    "fr": ["fr"],
}

# ---------------------------------------------------------------------------
# Lieux
# ---------------------------------------------------------------------------

STREETS_FR = _L("""rue Principale|rue Notre-Dame|rue Saint-Jean-Baptiste|rue des Érables|rue du Couvent|
rue Champlain|rue de la Fabrique|rue Sainte-Anne|rue des Pins|rue du Moulin|rue de l'Église|rue Saint-Georges|
rue Racine|rue Dufferin|rue Wellington|rue King|rue des Ormes|rue du Collège|rue de la Gare|rue du Pont|
rue Saint-Laurent|rue Marie-Victorin|rue Radisson|rue Frontenac|rue Papineau|rue Laviolette|rue des Saules|
rue des Bouleaux|rue des Cèdres|rue des Lilas|rue des Merisiers|rue des Trembles|rue du Ruisseau|
rue des Pionniers|rue des Sables|rue de la Station|rue des Commissaires|rue Lavigueur|rue Brébeuf|
rue des Hirondelles|rue du Quai|rue de la Rivière|rue Saint-Cyrille|rue des Peupliers|rue Bellevue|
rue des Jardins|rue du Domaine|rue Lamontagne|rue Sainte-Thérèse|rue Saint-Édouard|rue des Mélèzes|
rue du Sanctuaire|rue de la Coulée|rue des Chênes|rue Tellier|rue Monseigneur-Plessis|rue des Épinettes|
avenue du Parc|avenue des Laurentides|avenue Laurier|avenue Cartier|avenue Royale|avenue de Gaspé|
avenue Bégin|avenue du Lac|avenue Saint-Denis|avenue des Cascades|avenue Larivière|avenue de la Montagne|
avenue Champagnat|avenue Dollard|avenue Maguire|
boulevard des Forges|boulevard Talbot|boulevard Sainte-Anne|boulevard Taschereau|boulevard Saint-Joseph|
boulevard du Royaume|boulevard Laure|boulevard Wilfrid-Hamel|boulevard Curé-Labelle|boulevard Barrette|
boulevard de la Vérendrye|boulevard des Hauts-Bois|boulevard Perron|boulevard Harwood|boulevard Lebourgneuf|
boulevard de l'Anse|boulevard Sacré-Cœur|boulevard des Prairies|
chemin des Patriotes|chemin du Roy|chemin Sainte-Foy|chemin de la Montagne|chemin de la Grande-Ligne|
chemin Gosford|chemin de Chambly|chemin des Quatre-Bourgeois|chemin Craig|chemin de la Rivière-Bleue|
chemin du Golf|chemin des Érables|chemin de la Chapelle|chemin Lakeview|chemin du Moulin-Rouge|
chemin de la Coulée-Douce|chemin Royal|chemin du Bord-de-l'Eau|chemin des Cerisiers|
rang Saint-Joseph|rang Sainte-Catherine|rang du Bas-de-la-Rivière|rang Double|rang Saint-Isidore|
rang du Petit-Bois|rang des Chutes|rang Nord|rang Caron|rang de la Montagne|rang Saint-Edmond|
rang du Brûlé|rang Sainte-Julie|rang de la Grillade|rang Fortier|rang du Cordon|
route du Président-Kennedy|route de l'Église|route des Rivières|route Marie-Victorin|route du Fleuve|
route Bégin|route des Pionniers|
montée Sainte-Julie|montée Masson|montée Paiement|montée des Pionniers|montée Ryan|montée Laurin|
montée du Lac-Noir|montée Gagnon|
côte de la Montagne|côte Saint-Antoine|côte du Passage|côte de l'Église|côte Joyeuse|côte des Érables|
côte Bernier|
place des Pins|place Bellevue|place du Marché|place Charlevoix|place des Tilleuls|
terrasse des Bois|terrasse Mercier|terrasse du Fleuve|terrasse Vaudreuil|
croissant des Oiseaux|croissant du Parc|croissant de la Rive|croissant des Pruches|croissant Lapierre|
impasse des Hirondelles|impasse du Boisé|impasse des Mésanges|impasse de la Source|impasse des Cerfs|
allée des Pommiers|allée du Ruisselet|carré Saint-Louis-de-France|promenade du Lac|promenade Riverside""")

ORDINAL_STREETS = _L("""1re Avenue|2e Rue|3e Avenue|4e Rue|5e Rue Est|6e Avenue Nord|7e Rue|8e Avenue|9e Rue|
10e Avenue|11e Rue|12e Avenue|14e Rue|15e Avenue|18e Rue|20e Avenue|22e Rue|25e Avenue|1re Rue Ouest|
2e Avenue|3e Rue|4e Avenue Sud|16e Rue|30e Avenue|13e Rue|17e Avenue|19e Rue|21e Avenue""")

RANG_STREETS = _L("""rang Saint-Joseph|rang 4|rang 7 Est|rang 2 Ouest|4e Rang|6e Rang|10e Rang|3e Rang Sud|
rang du Bas-de-la-Rivière|rang de la Grande-Ligne|rang Sainte-Catherine|rang Double|rang des Chutes|
rang Saint-Isidore|rang Saint-Jacques|rang Rivière-Nord|rang 9|rang 12|rang du Nord|rang Saint-Michel|
route 132|route 155 Nord|route 117|route 169|route 385|route 173|route 112 Est|route 138|route 199|
route 309|route 116 Ouest|route 204|route 343|route 360|route 389|route 122|rang Saint-Antoine|
route 263|route 195|rang 5 Nord|chemin du Rang-Double|rang de l'Église""")

STREETS_EN = _L("""Maple Street|Main Street|Elm Avenue|Mountain Road|Church Street|Lakeshore Road|
Queen Street|Victoria Avenue|Pine Crescent|Oak Street|Birch Lane|Argyle Road|Knowlton Road|Bondville Road|
Mill Street|Bridge Street|Water Street|College Street|Gore Road|River Road|Centre Road|Cedar Drive|
Willow Court|Spruce Lane|Hillcrest Avenue|Sunnyside Road|Brome Lake Road|Westmount Avenue|
Clarendon Street|Beech Street""")

LAKES = _L("""Caché|des Sables|à la Truite|Noir|Long|Vert|Simon|Archambault|Masson|Croche|Clair|Bleu|du Castor|
aux Sables|Ouimet|Nominingue|Tremblant|Kénogami|Édouard|Beauport|Etchemin|Pohénégamook|Saint-Joseph|
Sergent|des Îles|Désert|à l'Eau-Claire|du Cerf|Héroux|Mandeville|Pierre-Paul|aux Pins|des Piles|
Sept-Îles|à la Loutre|Brûlé|des Écorces|Rond|Gareau|du Huard|Supérieur|aux Cèdres|à Beauce|Trois-Lacs""")

CANTONS = _L("""Ditton|Shefford|Wolfestown|Arthabaska|Stanstead|Roberval|Tring|Buckland|Armagh|Whitton|Hatley|
Barford|Orford|Brompton|Kingsey|Chester|Halifax|Inverness|Somerset|Rawdon|Kilkenny|Wexford|Chertsey|
Mégantic|Marston|Woburn|Clinton|Aylmer|Lambton|Weedon""")

VILLES = _L("""Saint-Jean-sur-Richelieu|Rimouski|Gaspé|Matane|Sainte-Marie|Beauceville|Saint-Georges|
Lac-Mégantic|Sherbrooke|Magog|Coaticook|Granby|Cowansville|Drummondville|Victoriaville|Trois-Rivières|
Shawinigan|La Tuque|Joliette|Rawdon|Saint-Jérôme|Mont-Laurier|Maniwaki|Gatineau|Chelsea|Val-d'Or|
Rouyn-Noranda|Amos|La Sarre|Chibougamau|Sept-Îles|Baie-Comeau|Natashquan|Havre-Saint-Pierre|
Blanc-Sablon|Chicoutimi|Jonquière|Alma|Roberval|Dolbeau-Mistassini|Saint-Félicien|La Malbaie|
Baie-Saint-Paul|Montmagny|L'Islet|La Pocatière|Rivière-du-Loup|Trois-Pistoles|Amqui|Causapscal|
Sainte-Anne-des-Monts|Carleton-sur-Mer|New Richmond|Bonaventure|Chandler|Percé|Cap-aux-Meules|Lévis|
Beauport|Charlesbourg|Saint-Augustin-de-Desmaures|Stoneham|Pont-Rouge|Donnacona|Saint-Raymond|
Portneuf|Deschambault-Grondines|Bécancour|Nicolet|Sorel-Tracy|Saint-Hyacinthe|Acton Vale|Longueuil|
Brossard|Châteauguay|Oka|Vaudreuil-Dorion|Rigaud|Hudson|Salaberry-de-Valleyfield|Huntingdon|
Saint-Rémi|Laval|Terrebonne|Mascouche|Repentigny|L'Assomption|Berthierville|Saint-Gabriel-de-Brandon|
Sainte-Agathe-des-Monts|Mont-Tremblant|Saint-Sauveur|Lachute|Shawville|Fort-Coulonge|Buckingham|
Papineauville|Montebello|Thurso|Lac-Etchemin|Saint-Prosper|Thetford Mines|Disraeli|Val-des-Sources|
Richmond|Windsor|Lac-Brome|Sutton|Stanstead|North Hatley|Ayer's Cliff|Saint-Zotique|Les Cèdres|
Pointe-Claire|Beaconsfield|Dorval|Verdun|Pierrefonds|Sainte-Anne-de-Bellevue|Sainte-Julienne|Chertsey|
Saint-Donat|Notre-Dame-du-Laus|Ferme-Neuve|Témiscaming|Ville-Marie|Lorrainville|Senneterre|
Lebel-sur-Quévillon|Matagami|Fermont|Schefferville|Port-Cartier|Forestville|Les Escoumins|Tadoussac|
Saint-Siméon|Saint-Fulgence|L'Anse-Saint-Jean|Petit-Saguenay|Normandin|Saint-Ambroise|Hébertville|
Desbiens|Saint-Bruno|Saint-Honoré|Sainte-Rose-du-Nord|Saint-Jean-Port-Joli|Saint-Pamphile|Saint-Fabien|
Mont-Joli|Sainte-Flavie|Pohénégamook|Dégelis|Témiscouata-sur-le-Lac|Saint-Tite|Sainte-Thècle|
Saint-Casimir|Batiscan|Louiseville|Maskinongé|Yamachiche|Saint-Lin–Laurentides|Saint-Côme|
Saint-Michel-des-Saints|Val-David|Labelle|Rivière-Rouge|Gracefield|Bouchette|Kazabazua|Low|
Wakefield|Cantley|Val-des-Monts|Saint-André-Avellin|Plaisance|Grenville|Brownsburg-Chatham|Mirabel|
Sainte-Marthe-sur-le-Lac|Pointe-Calumet|Saint-Eustache|Boisbriand|Rosemère|Lorraine|Blainville|
Saint-Lazare|Coteau-du-Lac|Beauharnois|Mercier|Napierville|Lacolle|Saint-Blaise-sur-Richelieu|
Marieville|Chambly|Beloeil|Mont-Saint-Hilaire|Saint-Denis-sur-Richelieu|Saint-Ours|Yamaska|
Pierreville|Baie-du-Febvre|Saint-Léonard-d'Aston|Princeville|Plessisville|Saint-Ferdinand|
Saint-Joseph-de-Beauce|Vallée-Jonction|Scott|Saint-Lambert-de-Lauzon|Saint-Henri|Saint-Anselme|
Sainte-Claire|Saint-Damien-de-Buckland|Armagh|Saint-Pacôme|Kamouraska|Saint-Alexandre|Cacouna|
Rivière-Ouelle|Saint-Ulric|Cap-Chat|Mont-Saint-Pierre|Grande-Vallée|Murdochville|Pabos|
Port-Daniel–Gascons|Paspébiac|Maria|Pointe-à-la-Croix|Matapédia|Sayabec|Val-Brillant""")

COMMUNAUTES = _L("""Manawan|Wemotaci|Opitciwan|Mashteuiatsh|Uashat mak Mani-utenam|Pessamit|Ekuanitshit|
Unamen Shipu|Pakua Shipi|Matimekush-Lac John|Kawawachikamach|Mistissini|Chisasibi|Waswanipi|
Oujé-Bougoumou|Wemindji|Eastmain|Waskaganish|Nemaska|Whapmagoostui|Kahnawake|Kanesatake|Akwesasne|
Kitigan Zibi|Lac-Simon|Pikogan|Kitcisakik|Listuguj|Gesgapegiag|Wendake|Odanak|Wôlinak|Kuujjuaq|
Puvirnituq|Salluit|Inukjuak|Kangiqsujuaq|Ivujivik|Akulivik|Kuujjuarapik|Umiujaq|Tasiujaq|Aupaluk|
Kangirsuk|Quaqtaq|Kangiqsualujjuaq|Essipit|Timiskaming|Winneway|Rapid Lake""")

MRCS = _L("""Beauce-Sartigan|Robert-Cliche|La Nouvelle-Beauce|Les Etchemins|Deux-Montagnes|Vaudreuil-Soulanges|
Les Moulins|D'Autray|Matawinie|Joliette|Antoine-Labelle|Les Pays-d'en-Haut|La Vallée-de-la-Gatineau|
Pontiac|Papineau|La Vallée-de-l'Or|Abitibi|Témiscamingue|Le Domaine-du-Roy|Maria-Chapdelaine|
Lac-Saint-Jean-Est|Le Fjord-du-Saguenay|Charlevoix-Est|Charlevoix|La Côte-de-Beaupré|Portneuf|Lotbinière|
Bellechasse|Montmagny|L'Islet|Kamouraska|Rivière-du-Loup|Témiscouata|Les Basques|Rimouski-Neigette|
La Mitis|La Matanie|La Matapédia|Avignon|Bonaventure|Le Rocher-Percé|La Côte-de-Gaspé|
La Haute-Gaspésie|Manicouagan|Sept-Rivières|Minganie|Le Haut-Richelieu|Brome-Missisquoi|Memphrémagog|
Coaticook|Le Granit|Les Sources|Arthabaska|Drummond|Nicolet-Yamaska|Bécancour|Mékinac|Maskinongé|
Les Chenaux|Le Haut-Saint-François|Le Val-Saint-François|Les Maskoutains|Acton|Pierre-De Saurel|
Argenteuil|La Rivière-du-Nord|Les Laurentides|Thérèse-De Blainville|Mirabel|Montcalm|L'Assomption""")

REGIONS = _L("""le Bas-Saint-Laurent|le Saguenay–Lac-Saint-Jean|la Capitale-Nationale|la Mauricie|l'Estrie|
l'Outaouais|l'Abitibi-Témiscamingue|la Côte-Nord|le Nord-du-Québec|la Gaspésie|les Îles-de-la-Madeleine|
la région de Chaudière-Appalaches|la région de Lanaudière|les Laurentides|la Montérégie|le Centre-du-Québec|
la Haute-Côte-Nord|le Bas-du-Fleuve|la région de Laval|le Haut-Saint-Laurent|la Minganie|le Kamouraska|
la Beauce|le Haut-Saint-Maurice|le Témiscouata|la Vallée-du-Richelieu|les Bois-Francs|le Pontiac""")

RIVIERES = _L("""rivière Richelieu|rivière des Prairies|rivière des Mille Îles|rivière Chaudière|
rivière Saint-François|rivière Yamaska|rivière Rouge|rivière du Nord|rivière Gatineau|rivière des Outaouais|
rivière Saint-Maurice|rivière Batiscan|rivière Montmorency|rivière Sainte-Anne|rivière Matapédia|
rivière Rimouski|rivière Etchemin|rivière L'Assomption|rivière Maskinongé|rivière du Lièvre|
rivière Petite-Nation|rivière Coaticook|rivière Magog|rivière Bécancour|rivière Nicolet|rivière Châteauguay|
rivière Chicoutimi|rivière aux Sables|rivière Mistassini|rivière Péribonka|rivière Ashuapmushuan|
rivière Manicouagan|rivière Moisie|rivière Sainte-Marguerite|rivière Koksoak|rivière Rupert|
rivière Harricana|rivière Kinojévis|rivière Matane|rivière Cascapédia|rivière York|rivière Dartmouth|
rivière Ouelle|rivière du Loup|rivière Noire|rivière Missisquoi|rivière aux Outardes|rivière Jacques-Cartier|
rivière Mascouche|rivière du Sud|rivière Boyer|rivière Beaurivage|rivière Massawippi|rivière Bras-du-Nord""")

LACS_PUB = _L("""lac Saint-Pierre|lac Saint-Jean|lac Memphrémagog|lac Brome|lac Champlain|lac Témiscouata|
lac Mégantic|lac Saint-François|lac des Deux Montagnes|lac Saint-Louis|lac Kénogami|lac Mistassini|
lac Abitibi|lac Témiscamingue|lac Massawippi|lac Aylmer|lac Saint-Joseph|lac Simon|lac Nominingue|
lac Taureau|lac Beauport|lac Etchemin|lac Pohénégamook|lac des Sables|lac Tremblant|lac Sept-Îles""")

ROUTES_NUM = [str(x) for x in (101, 104, 105, 107, 108, 111, 112, 113, 116, 117, 122, 125, 131, 132, 133,
                                134, 136, 138, 143, 147, 148, 155, 157, 158, 161, 169, 170, 172, 173, 175,
                                185, 195, 198, 199, 204, 216, 217, 219, 221, 223, 226, 232, 235, 241, 243,
                                249, 253, 255, 257, 263, 265, 269, 277, 279, 281, 285, 289, 291, 293, 295,
                                299, 309, 311, 323, 327, 329, 335, 337, 341, 343, 344, 347, 348, 349, 351,
                                352, 354, 355, 358, 359, 360, 362, 363, 365, 367, 369, 370, 371, 372, 373,
                                375, 381, 382, 385, 386, 388, 389, 391, 393, 395, 397)]
AUTOROUTES = [str(x) for x in (5, 10, 13, 15, 19, 20, 25, 30, 31, 35, 40, 50, 55, 73, 85, 410, 440, 520,
                                540, 573, 610, 640, 720, 740, 930, 955)]

PONTS = _L("""pont Jacques-Cartier|pont Samuel-De Champlain|pont Pierre-Laporte|pont Laviolette|
pont Honoré-Mercier|pont Victoria|pont Papineau-Leblanc|pont Mathieu-Da Costa|pont Louis-Bisson|
pont Gédéon-Ouimet|pont Arthur-Sauvé|pont Médéric-Martin|pont Marius-Dufresne|pont Benjamin-Moore|
pont de Québec|pont Dubuc|pont Sainte-Anne|pont Galipeault|pont Serge-Marcil|pont Champlain de Chelsea""")

HOP_PUB = _L("""Hôpital Charles-LeMoyne|Hôpital Maisonneuve-Rosemont|Hôpital Pierre-Le Gardeur|
Hôpital Honoré-Mercier|Hôpital Anna-Laberge|Hôpital Pierre-Boucher|Hôpital de l'Enfant-Jésus|
Hôpital Jean-Talon|Hôpital Fleury|Hôpital Santa Cabrini|Hôpital Brome-Missisquoi-Perkins|
Hôpital du Sacré-Cœur|Hôpital Laval|Hôpital Saint-François d'Assise|Hôpital Sainte-Croix|
Hôpital Notre-Dame|Hôpital Jeffery Hale|Hôpital Barrie Memorial|Hôpital Cité-de-la-Santé|
Hôpital Hôtel-Dieu de Sorel|Hôpital du Suroît|Hôpital Wakefield|Hôpital Fleurimont""")

ECOLES_PUB = _L("""école secondaire Louis-Joseph-Papineau|école secondaire Jean-Jacques-Bertrand|
école secondaire Pierre-Dupuy|école secondaire Henri-Bourassa|école secondaire Jeanne-Mance|
école secondaire Joseph-François-Perrault|école primaire Marguerite-Bourgeoys|école secondaire Paul-Hubert|
école secondaire Thérèse-Martin|école secondaire Marcellin-Champagnat|école secondaire Benoît-Vachon|
école secondaire Jean-Baptiste-Meilleur|école secondaire Cardinal-Roy|école secondaire Armand-Corbeil|
école primaire Laure-Gaudreault|école secondaire Mgr-A.-M.-Parent|école secondaire Émile-Legault|
école secondaire Antoine-Brossard|école secondaire Félix-Leclerc|école secondaire Gabrielle-Roy""")

PARCS_PUB = _L("""parc Jean-Drapeau|parc La Fontaine|parc Maisonneuve|parc Jarry|parc Jacques-Cartier|
parc Honoré-Mercier|parc Marie-Victorin|parc Louis-Hébert|parc Georges-Saint-Pierre|parc Roland-Jeanneau|
parc Frédéric-Back|parc Jean-Duceppe|parc Alexis-Nihon|parc Pierre-Elliott-Trudeau|parc Champlain|
parc Émilie-Gamelin|parc Jos-Montferrand|parc Cartier-Brébeuf|parc Dollard-Des Ormeaux|parc Laurier""")

ARENAS_PUB = _L("""aréna Maurice-Richard|aréna Marcel-Dutil|aréna Jean-Béliveau|aréna Gilles-Chabot|
aréna Guy-Lafleur|aréna Raymond-Bourque|aréna Camille-Henry|aréna Mario-Lemieux|aréna Henri-Richard|
aréna Jacques-Plante|aréna Rodrigue-Gilbert|aréna Bernard-Geoffrion|aréna Émile-Butch-Bouchard|
aréna Michel-Normandin|aréna Denis-Savard|centre sportif Alphonse-Desjardins|aréna Réjean-Houle""")

BARRAGES = _L("""barrage Daniel-Johnson|barrage Gouin|barrage Mercier|barrage de La Gabelle|barrage Sartigan|
barrage Jean-Lesage|barrage René-Lévesque|barrage Bersimis-1|barrage des Rapides-Farmer|
barrage Allard|barrage Chute-Bell|barrage Robert-Bourassa|barrage Lac-Mégantic|barrage Témiscouata|
barrage de Carillon|barrage Beauharnois|barrage Paugan|barrage Chelsea""")

CISSS = _L("""CISSS de Lanaudière|CISSS des Laurentides|CIUSSS du Saguenay–Lac-Saint-Jean|
CISSS de la Montérégie-Centre|CISSS de Chaudière-Appalaches|CISSS du Bas-Saint-Laurent|
CIUSSS de l'Estrie-CHUS|CISSS de l'Outaouais|CISSS de l'Abitibi-Témiscamingue|CISSS de la Côte-Nord|
CISSS de la Gaspésie|CIUSSS de la Mauricie-et-du-Centre-du-Québec|CISSS de Laval|
CIUSSS de la Capitale-Nationale|CISSS de la Montérégie-Est|CISSS des Îles""")

ORGS = _L("""Hydro-Québec|la SQ|la Croix-Rouge|le MSP|la SOPFEU|Urgence-Santé|Environnement Canada|
la Garde côtière|le MTMD|Énergir|le CN|Info-Santé|le BAC|Services Québec|la Sécurité civile|
l'Armée canadienne|les Forces armées canadiennes|Transports Canada|Urgence-Environnement""")

TRAVERSIERS = _L("""NM Joseph-Savard|NM Félix-Antoine-Savard|NM Alphonse-Desjardins|NM Lomer-Gouin|
NM Armand-Imbeau|NM Jos-Deschênes|NM Radisson|NM Catherine-Legardeur|NM Peter-Fraser|NM Grue-des-Îles""")

BIBLIOS = _L("""bibliothèque Gabrielle-Roy|bibliothèque Marie-Uguay|bibliothèque Félix-Leclerc|
bibliothèque Gaston-Miron|bibliothèque Réjean-Ducharme|bibliothèque Jean-Corbeil|bibliothèque Émile-Nelligan|
bibliothèque Hélène-Dupuis|bibliothèque Claude-Béchard|bibliothèque Aline-Piché""")

BOULS_PUB = _L("""boulevard René-Lévesque|boulevard Robert-Bourassa|autoroute Jean-Lesage|
autoroute Félix-Leclerc|boulevard Wilfrid-Hamel|boulevard Louis-XIV|boulevard Henri-Bourassa|
boulevard Jean-Lesage|boulevard Marcel-Laurin|autoroute Laurentienne|boulevard Pie-IX|
boulevard Maurice-Duplessis|boulevard Jacques-Cartier|boulevard Alexandre-Taché""")

CLSC_PUB = _L("""CLSC Lucille-Teasdale|CLSC Olivier-Guimond|CLSC Samuel-de-Champlain|CLSC Gaston-Bélanger|
CLSC Suzor-Coté|CLSC Jean-Olivier-Chénier|CLSC Paul-Gilbert|CLSC Mercier-Est–Anjou|CLSC Simonne-Monet-Chartrand|
CLSC Arthur-Buies""")

CIRCS = _L("""Beauce-Sud|Abitibi-Est|Gaspé|Chicoutimi|Matane-Matapédia|Côte-du-Sud|Bellechasse|Mégantic|Orford|
Brome-Missisquoi|Ungava|Duplessis|Portneuf|Champlain|Berthier|Labelle|Papineau|Pontiac|Iberville|
Huntingdon|Beauharnois|Soulanges|Rivière-du-Loup–Témiscouata|Lac-Saint-Jean|Roberval|Dubuc|Jonquière""")

MODELES = _L("""Ford F-150|Honda Civic|Toyota RAV4|Dodge Caravan|Kia Soul|Hyundai Elantra|Chevrolet Silverado|
GMC Sierra|Subaru Outback|Mazda 3|Nissan Rogue|Jeep Grand Cherokee|Ram 1500|Volkswagen Jetta|
Tesla Model 3|Toyota Corolla|Chevrolet Equinox|Ford Escape|Honda CR-V|Toyota Tacoma|Nissan Sentra|
Hyundai Tucson|Kia Sorento|Mitsubishi RVR|Chevrolet Malibu|Pontiac Vibe|Toyota Sienna|Ford Ranger""")
COULEURS = _L("""gris|noir|blanc|rouge|bleu marine|argent|vert forêt|bourgogne|beige|bleu pâle|orange|brun""")

# ---------------------------------------------------------------------------
# Employeurs / lieux de travail
# ---------------------------------------------------------------------------

EMP_BIG = _L("""Bombardier à La Pocatière|Desjardins|Hydro-Québec|Bell|Vidéotron|Olymel|Cascades|BRP|
Premier Tech|Agropur|Saputo|CAE|Pratt & Whitney|Héroux-Devtek|Alcoa|Rio Tinto|ArcelorMittal|
la minière IOC|Agnico Eagle|Loto-Québec|Postes Canada|CN|Via Rail|Purolator|Sobeys|Metro inc.|
Couche-Tard|Groupe Canam|Industries Lassonde|Exceldor|Kruger|Domtar|Résolu|Velan|Sollio|
Simard Suspensions|Prevost|Nova Bus|Groupe Robert|Alstom|Aluminerie Alouette|Fonderie Horne|
Teknion|Groupe Océan|Béton Provincial|Chantier Davie|Ultramar|Mine Raglan|Stornoway|Medicago|
Garda|Telus à Rimouski|Videotron Saguenay|Uniboard|Maibec|Goodfellow|Produits forestiers Arbec|
Usinatech|Abipa|Soucy International|Camoplast|Waterville TG|Teddy Bear Toys|Bonduelle|Biscuits Leclerc""")

EMP_USINE = _L("""Olymel de Vallée-Jonction|Cascades de Kingsey Falls|Domtar de Windsor|Alcoa de Deschambault|
Rio Tinto d'Alma|Kruger de Trois-Rivières|Agropur de Granby|Bridgestone de Joliette|Exceldor de Saint-Anselme|
Lassonde de Rougemont|Résolu de Saint-Félicien|Canam de Saint-Gédéon|Prevost de Sainte-Claire|
BRP de Valcourt|Soprema de Drummondville|Saputo de Saint-Hyacinthe|Alstom de La Pocatière|
Premier Tech de Rivière-du-Loup|Manac de Saint-Georges|Teknion de Montmagny|Maibec de Saint-Pamphile|
Olymel de Yamachiche|Bonduelle de Sainte-Martine|Uniboard de Val-d'Or|Biscuits Leclerc de Saint-Augustin|
Arbec de Port-Cartier|Waterville TG de Waterville|Camoplast de Kingsbury|Goodfellow de Delson|
Béton Provincial de Matane""")

EMP_HOP = _L("""Hôpital de Chicoutimi|Hôpital régional de Rimouski|Hôtel-Dieu de Lévis|Hôpital de Saint-Georges|
Hôpital du Haut-Richelieu|Hôpital de Gatineau|Hôpital de Hull|Hôpital d'Amos|Hôpital de Dolbeau-Mistassini|
Hôpital de Gaspé|Hôpital de Sept-Îles|Hôpital de Verdun|Hôpital général juif|Hôpital de Montmagny|
Hôpital de Mont-Laurier|Hôpital de La Malbaie|Institut universitaire en santé mentale de Québec|
Institut de cardiologie de Montréal|Hôtel-Dieu d'Arthabaska|Hôtel-Dieu de Sherbrooke|Hôpital de l'Archipel|
Hôpital de Baie-Saint-Paul|Hôpital de Thetford Mines|Hôpital d'Alma|Hôpital de Matane|Hôpital de Maniwaki|
Hôpital régional de Saint-Jérôme|Hôpital de Granby|Hôpital de Val-d'Or|Hôpital de Roberval""")

EMP_CHSLD = _L("""CHSLD Saint-Joseph|CHSLD de la Petite-Nation|CHSLD Notre-Dame-de-la-Merci|CHSLD Saint-Antoine|
CHSLD de Matane|CHSLD Cooke|CHSLD Laurendeau|CHSLD Sainte-Marguerite|CHSLD de Beauceville|
CHSLD du Bon-Pasteur|CHSLD des Quatre-Temps|CHSLD de Saint-Tite|CLSC de la Haute-Ville|CLSC de Kamouraska|
CLSC des Etchemins|CLSC de la Vallée-de-la-Lièvre|Manoir des Pins|Château Bellevue|Domaine des Trembles|
Centre d'hébergement Saint-Augustin|Centre d'hébergement de Mont-Joli|Manoir Lac-Etchemin|
Centre jeunesse de Lanaudière|CLSC de Forestville|Centre d'hébergement Champlain""")

EMP_PHARM = _L("""Jean Coutu de Sainte-Marie|Uniprix de Matane|Familiprix d'Amqui|Pharmaprix de Granby|
Proxim de Saint-Tite|Brunet de Beauceville|Jean Coutu de Val-d'Or|Familiprix de Roberval|Uniprix de Chandler|
Brunet de Louiseville""")

EMP_ECOLE = _L("""école primaire des Trois-Sources|école secondaire du Mont-Sainte-Anne|école de la Rose-des-Vents|
école des Quatre-Vents|école du Boisé|école secondaire de la Seigneurie|école primaire Sainte-Marie|
école aux Quatre-Saisons|école secondaire des Sources|école de l'Envol|école primaire du Plateau|
école secondaire La Camaradière|école de la Ribambelle|école Notre-Dame-du-Sourire|école secondaire Veilleux|
école des Cheminots|école primaire l'Arc-en-ciel|école secondaire de l'Odyssée|école du Petit-Prince|
école secondaire Jean-Gauthier|école de la Passerelle|école primaire du Tournesol""")

EMP_CPE = _L("""CPE Les Petits Pinsons|CPE La Ribambelle|CPE Les Frimousses|CPE Au Pays des Merveilles|
CPE Les Coccinelles|CPE La Cabotine|CPE Les Bambins du Lac|CPE Picotine|CPE L'Île aux Trésors|
CPE Les Petits Mousses""")

EMP_CHAIN = _L("""Maxi|IGA|IGA Extra|Super C|Metro|Metro Plus|Provigo|Walmart|Canadian Tire|Tim Hortons|
Jean Coutu|McDonald's|Dollarama|Rona|BMR|Home Depot|Costco|Pharmaprix|Couche-Tard|Subway|Uniprix|
Familiprix|St-Hubert|Bureau en Gros|Sports Experts|Winners|Tigre Géant|Marché Richelieu|Pétro-Canada|
Canac|Patrick Morin|Réno-Dépôt|Benny & Co|A&W|Pizza Salvatoré""")

EMP_PETIT = _L("""Dépanneur Chez Ti-Guy|Garage Léo Boucher & Fils|Boulangerie La Mie Dorée|Salon Hair Mony|
Érablière du Rang 4|Pourvoirie du Lac-Bleu|Resto Chez Mimi|Ferme Laitière Gagnon et Fils|
Quincaillerie J.-P. Lemieux|Casse-croûte Chez Lulu|Bar Le Tit-Coq|Motel Le Riverain|Marina du Vieux-Quai|
Cantine chez Gaby|Pizzeria Da Enzo|Épicerie Nguyen & Frères|Boucherie Cloutier|Toiture Gingras inc.|
Excavation R. Potvin|Transport L. Bolduc et Fils|Plomberie Gaétan Roy|Pro-Carrosserie Beauce|
Imprimerie du Fjord|Clinique vétérinaire des Deux-Rives|Coiffure Élégance|Fromagerie du Vieux-Rang|
Serres Lavoie|Vergers Bilodeau|Scierie Tanguay|Entretien Diallo Nettoyage|Traiteur Saveurs d'Haïti|
Restaurant Phở Saigon|Marché Al-Amal|Boulangerie Byblos|Transport Tukkiapik|Pourvoirie Mestokosho|
Camping du Lac-Vert|Ébénisterie Fortin|Déneigement Ti-Paul|Auberge du Cap-Blanc|Cidrerie des Pionniers|
Atelier de soudure Lachance|Garage Mécanique Marchand|Bistro Le Quai 9|Salon funéraire Gaudreault|
Microbrasserie La Chouape|Ferronnerie Dubé|Dépanneur du Coin Rivard|Taxi Coop Saguenay|Pêcheries Cormier|
Menuiserie Ratté|Esthétique Belle-Peau|Friperie La Deuxième Vie|Vitrerie Lapointe|Chenil du Rang 9|
Centre équestre Saint-Tite|Garderie Les Petits Lutins|Restaurant Le Rétro 50|Sucrerie de la Montagne Rouge""")

# commerces servant d'ancrage aux liens familiaux (« du propriétaire du ... »)
LIEN_COMMERCES = _L("""dépanneur Chez Ti-Guy|garage Léo Boucher|restaurant Chez Mimi|bar Le Tit-Coq|
motel Le Riverain|casse-croûte Chez Lulu|camping du Lac-Bleu|magasin général Dufour|marché Nguyen|
resto Phở Saigon|dépanneur du Coin|garage Marchand|salon funéraire Gaudreault|moulin à scie Tanguay|
dépanneur Chez Rollande|bar Le Relais|restaurant Le Routier|garage Esso du village|club de golf Le Riverain|
magasin de chasse et pêche Bouchard|dépanneur Le Pionnier|restaurant La Belle Province du village|
bar laitier Chez Mado|salon de quilles Royal|motel Le Ptit Bonheur""")

# ---------------------------------------------------------------------------
# Santé (termes catégorisés selon leur grammaire)
# ---------------------------------------------------------------------------

S_MAL = _L("""diabète de type 2|diabète de type 1|maladie de Parkinson|sclérose en plaques|insuffisance cardiaque|
insuffisance rénale chronique|cancer du poumon|cancer du sein métastatique|leucémie|emphysème|
maladie pulmonaire obstructive chronique|hypertension sévère|épilepsie|asthme sévère|arthrite rhumatoïde|
fibromyalgie|maladie de Crohn|colite ulcéreuse|hépatite C|VIH|cirrhose du foie|ostéoporose avancée|
angine instable|arythmie cardiaque|apnée du sommeil sévère|dégénérescence maculaire|glaucome|
cancer de la prostate|lymphome|tumeur au cerveau|insuffisance respiratoire|polyarthrite|zona|
sclérodermie|lupus|psoriasis sévère|maladie de Lyme chronique|néphropathie diabétique""")

S_RARE = _L("""dystrophie myotonique de Steinert|ataxie récessive spastique de Charlevoix-Saguenay|
acidose lactique congénitale|tyrosinémie héréditaire de type 1|fibrose kystique|maladie de Huntington|
syndrome de Gilles de la Tourette|sclérose latérale amyotrophique|myasthénie grave|syndrome d'Ehlers-Danlos|
maladie de Fabry|hémophilie A|drépanocytose|syndrome de Prader-Willi|maladie de Wilson|porphyrie aiguë|
narcolepsie avec cataplexie|sarcoïdose|syndrome de Guillain-Barré|maladie de Charcot-Marie-Tooth|
neuropathie sensitivomotrice héréditaire avec agénésie du corps calleux|syndrome de Marfan|
maladie de Pompe|amyotrophie spinale|dystrophie musculaire de Duchenne|syndrome de Rett|
maladie de Tay-Sachs|thalassémie majeure|syndrome de l'X fragile|leucodystrophie""")

S_ADJ = _L("""diabétique|épileptique|asthmatique|cardiaque|paraplégique|quadriplégique|hémiplégique|
schizophrène|bipolaire|suicidaire|autiste|trisomique|toxicomane|sous dialyse|sous oxygène|
en fauteuil roulant|en chimiothérapie|en soins palliatifs|en perte d'autonomie|en sevrage d'alcool|
en attente d'une greffe de rein|sous méthadone|sous anticoagulants|en convalescence après un AVC|
immunosupprimé(e)|aveugle|sourd(e)|malvoyant(e)|non verbal(e)|alcoolique|grabataire|stomisé(e)|
insulinodépendant(e)|greffé(e) du cœur|amputé(e) d'une jambe|en dépression|anorexique|dialysé(e)""")

S_MED = _L("""insuline|warfarine|Coumadin|Eliquis|Xarelto|metformine|Ventolin|Seroquel|quétiapine|Risperdal|
lithium|clozapine|méthadone|Suboxone|Ativan|lorazépam|Xanax|Dilaudid|hydromorphone|morphine|Lasix|
furosémide|prednisone|Synthroid|Keppra|Dilantin|nitroglycérine|Ritalin|Concerta|Effexor|Cipralex|Zoloft|
Wellbutrin|Invega Sustenna|Abilify Maintena|Humira|méthotrexate|Plavix|Lyrica|Symbicort|Spiriva|Ozempic|
Jardiance|naloxone|Vyvanse|Epival|Tegretol|Haldol""")

S_EQ = _L("""oxygène à domicile|concentrateur d'oxygène|CPAP|BiPAP la nuit|hémodialyse 3 fois par semaine|
dialyse péritonéale|pompe à insuline|lève-personne|lit d'hôpital électrique|fauteuil roulant motorisé|
marchette|respirateur|tube de gastrostomie|sonde urinaire|stimulateur cardiaque|défibrillateur implanté|
trachéotomie|ventilateur mécanique|pompe à morphine|prothèse à la jambe gauche|bonbonne d'oxygène|
appareil d'aspiration des sécrétions|pompe d'alimentation entérale|cathéter central (PICC)|
lecteur de glycémie en continu|matelas thérapeutique à air""")

S_BLESS = _L("""fracture du poignet droit|brûlures au 2e degré aux avant-bras|commotion cérébrale|
lacération au cuir chevelu|entorse cervicale|intoxication au monoxyde de carbone|hypothermie|
engelures aux orteils|inhalation de fumée|fracture de la hanche|plaie par arme blanche à l'abdomen|
côtes fêlées|traumatisme crânien|luxation de l'épaule|morsure de chien au mollet|fracture ouverte du tibia|
brûlure à la main gauche|coupure profonde à l'avant-bras|contusions multiples|écrasement du pied|
électrisation|quasi-noyade|fracture du bassin|brûlures au visage|perte de conscience|fracture de la clavicule""")

S_MENT = _L("""schizophrénie paranoïde|trouble bipolaire de type 1|dépression majeure|
trouble de stress post-traumatique|trouble de personnalité limite|TDAH|trouble obsessionnel-compulsif|
psychose toxique|idéations suicidaires|anorexie mentale|trouble d'anxiété généralisée|
trouble panique avec agoraphobie|trouble schizo-affectif|épisode psychotique|dépression saisonnière sévère|
syndrome de Diogène|trouble délirant|accumulation compulsive|trouble dissociatif|crises d'angoisse""")

S_ADD = _L("""consommation active de crack|dépendance aux opioïdes|alcoolisme chronique|sevrage d'alcool en cours|
usager de fentanyl|trouble lié à l'usage du cannabis|jeu pathologique|en thérapie pour sa consommation|
surdose de fentanyl il y a deux semaines|polytoxicomanie|utilisateur de drogues injectables|
dépendance aux benzodiazépines|consommation de crystal meth|cocaïnomanie|rechute d'alcool|
en traitement de substitution aux opioïdes""")

S_HAND = _L("""en fauteuil roulant|aveugle|paraplégique|quadriplégique|hémiplégique|autiste|
avec une déficience intellectuelle|avec une paralysie cérébrale|avec un TSA|avec une surdité profonde|
ayant la trisomie 21|amputé(e) d'une jambe|en triporteur|avec une déficience visuelle|
utilisant une marchette|avec une lésion médullaire|ayant une déficience motrice|non verbal(e)|
malentendant(e)|atteint(e) de spina-bifida""")

S_GROSS = _L("""enceinte de 7 mois|enceinte de 32 semaines|enceinte de jumeaux|en fin de grossesse|
en post-partum (accouchée il y a 10 jours)|enceinte, grossesse à risque|enceinte (3e trimestre)|
à 38 semaines de grossesse|enceinte de 5 mois|enceinte de 8 mois et demi|enceinte de 20 semaines|
en début de grossesse|en dépression post-partum|enceinte avec contractions|enceinte (diabète gestationnel)""")

S_ALL = _L("""allergie sévère aux arachides|allergie aux fruits de mer|allergique à la pénicilline|
anaphylaxie aux piqûres d'abeilles|maladie cœliaque|allergie au latex|intolérance au lactose|
allergie aux sulfamides|allergie aux noix|allergie aux œufs|allergie au sésame|allergie à l'aspirine|
allergique au poisson|allergie à la codéine""")

S_COG = _L("""maladie d'Alzheimer|démence à corps de Lewy|troubles cognitifs légers|démence vasculaire|
démence frontotemporale|perte de mémoire importante|syndrome de Korsakoff|trouble neurocognitif majeur|
démence mixte|Alzheimer précoce|troubles cognitifs post-AVC""")

S_HOME = _L("""soins d'hygiène du CLSC 3 fois par semaine|injections d'insuline par l'infirmière du CLSC|
pansements quotidiens d'une plaie de pression|aide aux transferts matin et soir|
surveillance 24 h sur 24|soins infirmiers à domicile|oxygénothérapie à domicile|
aide à domicile pour le bain|soins palliatifs à domicile|suivi en soutien à domicile|
visites de l'inhalothérapeute|distribution des médicaments par une préposée|
ergothérapie à domicile|soins de stomie par l'infirmière""")

S_HOSP = _L("""pneumonie|décompensation cardiaque|crise psychotique|tentative de suicide|surdose|AVC|infarctus|
septicémie|chute avec fracture de la hanche|insuffisance respiratoire aiguë|crise d'épilepsie|
hypoglycémie sévère|bronchiolite|cellulite infectée|sevrage d'alcool compliqué|embolie pulmonaire|
COVID-19 sévère|pancréatite|crise d'asthme|déshydratation sévère|occlusion intestinale""")

S_CLIN = _L("""MPOC|IRC stade 4|FA|ICC|HTA|DB2|DB1|ATCD d'AVC|IDM en 2019|TCC|SEP|MPOC O2 2 L/min|
IRCT en hémodialyse|néo du sein|néo pulmonaire métastatique|MCAS|TPL|TAG|TSPT|SLA|IRA|BPCO|
démence mixte stade modéré|HTAP|MVAS|cardiopathie ischémique|Dx de schizo""")

S_EN = _L("""on home oxygen|a type 1 diabetic|wheelchair-bound|legally blind|on dialysis|insulin-dependent|
bedridden|7 months pregnant|a recovering alcoholic|schizophrenic|bipolar|epileptic|hard of hearing|
in early-stage dementia|on blood thinners|quadriplegic|severely asthmatic|immunocompromised|
in palliative care|autistic|suicidal|on chemo|on methadone|deaf|paraplegic""")

S_ENN = _L("""COPD|Parkinson's|PTSD|MS|ALS|heart failure|a broken hip|opioid use disorder|a seizure disorder|
early-onset Alzheimer's|lung cancer|kidney failure|cystic fibrosis|schizophrenia|severe depression|
a peanut allergy|dementia|Crohn's disease|a brain injury|diabetes""")

SANTE_CATS = ("S_MAL", "S_RARE", "S_ADJ", "S_MED", "S_EQ", "S_BLESS", "S_MENT", "S_ADD", "S_HAND",
              "S_GROSS", "S_ALL", "S_COG", "S_HOME", "S_HOSP", "S_CLIN", "S_EN", "S_ENN")

# ---------------------------------------------------------------------------
# Courriels
# ---------------------------------------------------------------------------

MAIL_DOMAINS = _L("""gmail.com|hotmail.com|hotmail.ca|outlook.com|yahoo.ca|yahoo.fr|videotron.ca|sympatico.ca|
bell.net|live.ca|live.fr|icloud.com|me.com|mail.com|protonmail.com|outlook.fr|msn.com|videotron.qc.ca|
yahoo.com|gmx.com|hotmail.fr|live.com|outlook.ca|proton.me|ymail.com""")
MAIL_REG = _L("""globetrotter.net|cgocable.ca|cooptel.qc.ca|derytele.com|telus.net|xplornet.ca|sogetel.net|
tlb.sympatico.ca|oricom.ca|ccapcable.com|qc.aira.com|b2b2c.ca|cablevision.qc.ca|axion.ca|telmilot.net|
cablovision.ca|mrc-matawinie.net|ivic.qc.ca|tdl.ca|reseaucampagne.ca""")

# ---------------------------------------------------------------------------
# Liens familiaux : liens (texte, classe) et ancrages (rôles)
# ---------------------------------------------------------------------------

TIES = {
    "enf": _L("""la fille|le fils|la fille aînée|le fils cadet|le plus jeune fils|la benjamine|le fils adoptif|
la fille adoptive|l'aîné|la cadette|le père|la mère|le fils unique|la fille unique"""),
    "bf": _L("""le beau-frère|la belle-sœur|le beau-père|la belle-mère|le gendre|la bru|la belle-fille|
le beau-fils|l'ex-beau-frère|la belle-sœur aînée"""),
    "gp": _L("""le petit-fils|la petite-fille|le grand-père|la grand-mère|l'arrière-petit-fils|
l'arrière-petite-fille|l'aïeule|le petit-neveu|la petite-nièce"""),
    "cj": _L("""la conjointe|le conjoint|l'épouse|le mari|la femme|le chum|la blonde|le compagnon|la compagne|
le conjoint de fait|la nouvelle conjointe"""),
    "ex": _L("""l'ex-conjointe|l'ex-conjoint|l'ex-mari|l'ex-femme|l'ancienne blonde|l'ex-chum|l'ex-épouse|
l'ancien conjoint|l'ex-copine"""),
    "cou": _L("""le cousin|la cousine|le neveu|la nièce|l'oncle|la tante|le filleul|la filleule|la marraine|
le parrain|le petit-cousin|la cousine germaine"""),
    "fr": _L("""le frère|la sœur|le frère aîné|la petite sœur|le grand frère|la sœur cadette|le frère cadet|
la grande sœur"""),
    "demi": _L("""le demi-frère|la demi-sœur|le jumeau|la jumelle|le frère jumeau|la sœur jumelle|
le demi-frère aîné|la demi-sœur cadette"""),
}
FEU_TIES = _L("""la veuve|le veuf|la fille|le fils|la petite-fille|la sœur|le frère|l'épouse|la conjointe|
le petit-fils|la nièce|le neveu""")

ROLES = {
    "elu": _L("""du maire de {V}|de la mairesse de {V}|du préfet de la MRC de {M}|
de la conseillère municipale du district {N} de {V}|du conseiller municipal de {V}|
du directeur général de la municipalité de {V}|de la députée de {C}|du député de {C}|
de la secrétaire-trésorière de {V}|du greffier de la ville de {V}|de l'ancien maire de {V}|
de la préfète de la MRC de {M}"""),
    "urg": _L("""du chef pompier de {V}|du directeur du service incendie de {V}|de la capitaine des pompiers de {V}|
du chef de police de {V}|du commandant du poste de la SQ de {V}|de la coordonnatrice de la sécurité civile de {V}|
du lieutenant de la caserne de {V}|du répartiteur en chef de la centrale 911 de {V}|
du directeur des travaux publics de {V}|de l'inspecteur municipal de {V}|du chef aux opérations de {V}|
de la directrice de la sécurité incendie de {V}"""),
    "com": _L("""du propriétaire du {B}|de la propriétaire du {B}|du gérant du {B}|de la gérante du {B}|
des propriétaires du {B}|du cuisinier du {B}|du fondateur du {B}|de l'ancien propriétaire du {B}"""),
    "comm": _L("""du curé de la paroisse de {V}|de la directrice de l'{E}|du directeur de l'{E}|
du chef du conseil de bande de {Q}|de la grande cheffe de {Q}|du pasteur de l'église baptiste de {V}|
de l'imam de la mosquée de {V}|de la présidente du Cercle de fermières de {V}|
du président de la caisse Desjardins de {V}|du notaire du village de {V}|de la pharmacienne de {V}|
du médecin du village de {V}|du directeur de la polyvalente de {V}|du chef de {Q}"""),
    "sport": _L("""du capitaine de l'équipe midget AAA de {V}|de l'entraîneur du club de hockey junior de {V}|
de la présidente du club de motoneige de {V}|du gardien de but des Élites de {V}|
de l'arbitre en chef de la ligue de balle de {V}|de la championne de ski de fond de {V}|
du président du club de curling de {V}|de l'entraîneuse de l'équipe de ringuette de {V}|
du pilote vedette de l'autodrome de {V}"""),
}

LIEN_EN_TIES = _L("""daughter|son|brother-in-law|sister-in-law|widow|nephew|niece|granddaughter|grandson|
stepson|stepdaughter|ex-wife|ex-husband|cousin|sister|brother|mother|father|son-in-law|daughter-in-law""")
LIEN_EN_ROLES = _L("""the mayor of {V}|the fire chief in {V}|the police chief of {V}|the owner of the {B}|
the principal of the {E}|the band council chief of {Q}|the parish priest in {V}|the manager of the {B}|
the town's director general in {V}|the MNA for {C}|the deputy fire chief of {V}|the pharmacist in {V}""")

# ---------------------------------------------------------------------------
# Formats (petites réserves partagées entre partitions : ordre de hachage, alternance)
# '#' = chiffre, '@' = lettre de plaque (sans I O Q U), '%' = lettre quelconque
# ---------------------------------------------------------------------------

FMT = {
    # téléphones : champs a e l l1 l2 aw awh ew lw x
    "TELSTD": ["{a} {e}-{l}", "{a}-{e}-{l}", "({a}) {e}-{l}", "{a} {e} {l}", "{a}.{e}.{l}", "{a}{e}{l}",
               "1 {a} {e}-{l}", "{a}-{e}-{l}"],
    "TELPAR": ["({a}) {e}-{l}", "({a}){e}-{l}", "({a}) {e} {l}", "({a})-{e}-{l}", "( {a} ) {e}-{l}",
               "({a}) {e}.{l}"],
    "TELPTS": ["{a}.{e}.{l}", "{a}. {e}. {l}", "1.{a}.{e}.{l}", "{a}.{e}{l}", "{a}.{e}.{l1}.{l2}",
               "+1.{a}.{e}.{l}"],
    "TELCMP": ["{a}{e}{l}", "1{a}{e}{l}", "+1{a}{e}{l}", "{a}{e}-{l}", "({a}){e}{l}", "{a}-{e}{l}"],
    "TELINTL": ["+1 {a} {e} {l}", "+1-{a}-{e}-{l}", "1-{a}-{e}-{l}", "1 ({a}) {e}-{l}",
                "+1 ({a}) {e}-{l}", "+1 {a}-{e}-{l}", "001 {a} {e} {l}", "+1{a} {e} {l}"],
    "TELPOSTE": ["{a} {e}-{l} poste {x}", "({a}) {e}-{l}, p. {x}", "{a}-{e}-{l} ext. {x}",
                 "{a}.{e}.{l} #{x}", "{a} {e} {l} p {x}", "{a}-{e}-{l}, poste {x}",
                 "({a}) {e}-{l} x{x}", "{a} {e}-{l} (poste {x})"],
    "TEL7": ["{e}-{l}", "{e} {l}", "{e}{l}", "{e}.{l}", "{e}-{l1}-{l2}", "{e} {l1} {l2}"],
    "TELMOTS": ["{awh}, {e}-{l}", "{a}, {ew}, {lw}", "{a}-{e}-{lw}", "{aw} {e} {l}", "{a} {e} {lw}",
                "{awh} {ew} {l}"],
    "TELODD": ["{a}-{e}{l}", "{a} {e}-{l1}-{l2}", "{a0}{a1} {a2}{e0} {e1}{e2} {l1} {l2}", "{a} {e0}{e1} {e2}{l}",
               "({a}){e} {l}", "{a}/{e}-{l}", "{a} - {e} - {l}", "{a}_{e}_{l}", "{a}  {e}  {l}", "{a} {e}–{l}"],
    "TELFOR": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "+509 3###-####", "+212 6 ## ## ## ##",
               "+213 5 ## ## ## ##", "+84 9# ### ####", "+52 55 #### ####", "+57 3## ### ####",
               "+33 7 ## ## ## ##", "+221 77 ### ## ##", "+243 81 ### ####", "+91 98### #####",
               "011 33 6 ## ## ## ##", "+237 6## ## ## ##"],
    "TELPARTD": ["{a}-{e}", "{a} {e}", "({a}) {e}", "{a}{e}"],
    # plaques
    "PLQ": ["@@@ ###", "### @@@", "@## @@@", "@@# ###", "### @@@", "@@@ ###"],
    "PLQC": ["F@@####", "F@@ ####", "F@@-####", "F######", "C@@####", "FA@ ####"],
    "PLQR": ["R@#####", "R@ #####", "R######", "RA@ ####", "R-######", "RE #####"],
    "PLQM": ["M#####", "M ####@", "M@ ####", "M####@", "MC ####", "M-#####"],
    "PLQV": ["VH#####", "V#####", "VQ ####", "MN #####", "VHR-####", "VTT ####"],
    "PLQB": ["##@####", "##@ #####", "##@#####", "##E ####", "##K#####", "QC ##@####"],
    "PLQHP": ["@@@@ ###", "@@@-####", "@@# ##@", "#@@@##", "#### @@", "@@@ ####", "@@@ @##", "###-@@@"],
    "PLQP": ["@@@", "@#?", "#@#", "@@@ #??", "…##@", "@?? #?#", "??@ #@?", "@@", "#@@"],
    "PLQNS": ["@@@###", "###@@@", "@##@@@", "F@@####", "@@#@##", "R@#####"],
    "PLQT": ["@@@-###", "###-@@@", "@##-@@@", "F@@-####", "@@#-###", "M-####@"],
    "PLQS": ["T #####", "T@@ ####", "VR ####", "X #####", "AU ####", "CD ####", "TX-####", "L@@ ###"],
    # identifiants
    "NAS": ["### ### ###", "###-###-###", "#########", "###.###.###", "### ###-###", "###  ###  ###"],
    "RAMQ": ["{L} {y}{m} {d}{c}", "{L}{y}{m}{d}{c}", "{L}-{y}{m}-{d}{c}", "{L} {y} {m} {d} {c}",
             "{L}{y}{m} {d}{c}", "{l} {y}{m} {d}{c}"],
    "PERMIS": ["{S}####-{dmy}-##", "{S}####{dmy}##", "{S}#### {dmy} ##", "{S}-####-{dmy}-##",
               "{S}####-{dmy}##", "{s}####-{dmy}-##"],
    "PASSP": ["@@######", "@@ ######", "@@######", "P@#######", "@@ ### ###", "@@-######"],
    "PASSPF": ["@@#######", "##@@#####", "@########", "%%#######", "@## #####", "#@@######"],
    "DETENU": ["20##-#####", "D-######", "#######", "E@@-##-#####", "##-####-#", "SD-#####",
               "#### ###", "N°######"],
    "RECLAM": ["##########", "##-######-##", "RC-20##-#######", "HAB #### ####", "CLM00######",
               "#######-##", "SIN@-#######", "20##-#######"],
    "DOSMSP": ["20##-#####", "##-PG-######", "DOS-20##-#####", "PGIAF-##-#####", "AF-##-######",
               "20##-@@-####", "####-20##", "SC-##-#####"],
    "TRANSIT": ["#####", "0####", "3####", "8####"],
    "FOLIO": ["#######", "### ####", "##-#####", "#######-#"],
    "COMPTE": ["###-#####-#######", "#####-###-#######", "##### ### #######", "815-#####-#######",
               "#####-815-#######", "006 ##### #######", "#####-003-#######", "###########"],
    "STATUT": ["##########", "### ##### ##", "###-#####-##", "###-####-###", "#### ######",
               "### #####-##"],
    "MATR": ["#####", "E-#####", "######", "MAT-####", "@#######", "#####-#", "EMP####", "00####"],
    "HYDRO": ["### ### ### ###", "#### #### ####", "############", "###-###-###-###", "### #########",
              "##########-##"],
    "UCI": ["####-####", "##-####-####", "##########", "#### ####", "########", "## #### ####"],
    "ROLE": ["####-##-####", "####-##-####-#-###-####", "#### ## ####", "####-##-####-0-000-0000",
             "##########", "####-##-####-#"],
    "USAGER": ["#######", "H######", "U-######", "######-#", "##-######", "C#######"],
    "POLICE": ["PH-########", "### ### ###", "HAB-#######-##", "@ ####### #", "AUTO-########",
               "##-#######-##", "RH########", "P-###-###-###"],
    "CARTEMASK": ["**** **** **** ####", "XXXX-XXXX-XXXX-####", "####-****-****-####",
                  "************####", "#### XXXX XXXX ####", "xxxx xxxx xxxx ####"],
    "DOSGOV": ["#########", "### ### ###", "#######-#", "@@-20##-#####", "20##-######", "###-###-###",
               "#### #####", "@#########"],
    # adresses
    "CP": ["{A}{B}{C} {D}{E}{F}", "{A}{B}{C}{D}{E}{F}", "{a}{b}{c} {d}{e}{f}", "{A}{B}{C}-{D}{E}{F}",
           "{A}{B}{C}  {D}{E}{F}", "{a}{b}{c}{d}{e}{f}"],
    "CASE": ["C.P. {n}", "case postale {n}", "CP {n} succ. Bureau-chef", "PO Box {n}",
             "C.P. {n}, succursale A", "casier postal {n}", "Case postale {n}, succ. Centre-ville",
             "B.P. {n}", "C. P. {n}", "boîte postale {n}"],
    "RR": ["R.R. {n}", "RR #{n}", "route rurale {n}", "R.R. {n}, site {m}, boîte {k}", "RR{n}",
           "R.R.{n} C.P. {k}", "RR {n} site {m}", "route rurale no {n}"],
    "LOT": ["# ### ###", "#######", "# ### ###", "# ###-###", "#  ### ###", "# ### ### P"],
    "LOTC": ["{n}-P du rang {r} du canton de {C}", "{n}-{L}, rang {r}, canton {C}",
             "{n}-P, rang {R}, canton de {C}", "{n} du rang {r} du canton de {C}",
             "{n}-{L} rang {R} canton {C}", "{n}P-{r} du canton de {C}"],
    # dates
    "DDNISO": ["{Y}-{M}-{D}", "{Y}/{M}/{D}", "{Y}-{m}-{d}", "{Y} {M} {D}"],
    "DDNSL": ["{D}/{M}/{y}", "{D}/{M}/{Y}", "{d}/{m}/{Y}", "{M}/{D}/{Y}", "{d}/{M}/{y}", "{d}/{m}/{y}"],
    "DDNSL4": ["{D}/{M}/{Y}", "{d}/{m}/{Y}", "{D}/{m}/{Y}", "{d}/{M}/{Y}"],
    "DDNTXT": ["{er} {mois} {Y}", "{D} {mois} {Y}", "{er} {MOISU} {Y}", "{d} {mois}, {Y}",
               "{er} {mois} de l'an {Y}", "{D} {mois} {Y}"],
    "DDNCMP": ["{Y}{M}{D}", "{y}{M}{D}", "{D}{M}{Y}", "{D}{M}{y}"],
    "DDNEN": ["{mon} {d}, {Y}", "{mon3} {d} {Y}", "{d} {mon} {Y}", "{mon3}. {d}, '{y}", "{mon} {d} {Y}",
              "{D}-{mon3}-{Y}"],
    "DDNDASH": ["{D}-{M}-{Y}", "{d}-{m}-{y}", "{Y}-{m}-{d}", "{D}-{M}-{y}"],
    "DDNABR": ["{d} {mois} {y}", "{D} {MOIS3} {Y}", "{d}-{mois}-{Y}", "{d} {moisabr} {Y}",
               "{D}-{MOIS3}-{y}", "{D}{MOIS3}{Y}"],
    "DDNDOT": ["{Y}.{M}.{D}", "{D}.{M}.{Y}", "{d}.{m}.{y}", "{D}.{M}.{y}"],
    "DDNMOTS": ["{dw} {mois} {yw}", "{d} {mois} {yw}", "{er} {mois} {yw}", "{dw} {mois} {Y}"],
    "DDNJM": ["{er} {mois}", "{d} {mois}", "{D} {MOIS3}", "{d}/{M}", "{D} {mois}", "{er} {MOISU}"],
    "DDNJMEN": ["{mon} {d}", "{mon3} {d}", "{d} {mon}", "{mon3}. {d}"],
    "DDNY2": ["'{y}", "{y}", "’{y}", "{y}"],
    # âges
    "AGEA": ["{n} a", "{n}a", "{n} ans", "{n}ans", "{n} A", "{n} an.", "{n}a.", "{n} ANS"],
    "AGEHF": ["H {n}", "F/{n}", "H{n}", "F-{n}", "M/{n}", "F {n}", "h{n}", "(F) {n}", "H/{n}a", "F{n}"],
    "AGEEN": ["{n} y/o", "{n} yo", "{n} yrs old", "{n} years old", "{n}yo", "{n}-y-o"],
    "AGEM": ["{n} mois", "{w} semaines", "{w} sem.", "{j} jours", "{n} mois et demi", "{n} mo",
             "{n} mois", "{w} sem"],
    # courriels
    "MAILLOC": ["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}", "{f}.{l}{nn}", "{l}.{f}", "{fi}.{l}", "{f}{yy}",
                "{l}{fi}{nn}", "{f}-{l}", "{f}.{l}.{nn}", "{l}_{f}{yy}", "famille.{l}", "{l}.famille",
                "{f}{l}{nn}", "{fi}{l}{yy}"],
    "MAILNUM": ["{f}.{l}{yyyy}", "{fi}{l}{yy}", "{f}{nn}{nn2}", "{l}{yyyy}", "{f}_{l}_{nn}", "{l}.{fi}{yyyy}",
                "{f}{l}{nnn}", "{nick}{yy}"],
    "MAILOBFS": [" at | dot |.", "(at)|(dot)|.", " arobase | point |.", " [at] | [point] | [point] ",
                 " AT | DOT |.", "[at]|.|.", " @ | . | . ", "{at}|.|.", " arobas |.|.",
                 " a commercial | point |.", "_at_|_dot_|.", " (arobas) | (point) |.", " chez | point |.",
                 "[@]|[.]|."],
    "MAILSPS": [" @ | . ", " @|.", "@ |.", " @ |.", "@| . ", " @| . "],
    "MAILEXO": ["{f}.{l}+{tag}@{dom}", "{f}_{l}-{nn}@{dom}", "{f}.{l}@mail.{dom}", "{fi}.{l}.{tag}@{dom}",
                "{f}--{l}@{dom}", "{l}.{f}+{tag}@{dom}", "{f}.{l}.{tag}@{dom}", "_{f}.{l}_@{dom}"],
}


def _fmt_split(cls: str, si: int) -> list[str]:
    items = list(dict.fromkeys(FMT[cls]))
    order = sorted(items, key=lambda v: _md5int("gen5|fmt|" + cls + "|" + v))
    return order[si::2]


PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
AREA_CODES = ["418", "581", "367", "450", "579", "354", "514", "438", "263", "819", "873", "468"]
AREA_WEIGHTS = [20, 8, 2, 20, 7, 2, 18, 8, 1, 14, 4, 1]
_DIG_W = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]

# ---------------------------------------------------------------------------
# Réserves par partition
# ---------------------------------------------------------------------------


class Pools:
    pass


_POOLS: dict[int, Pools] = {}


def _part(items, si, key=lambda x: x):
    return [x for x in items if split_of(key(x)) == si]


def _parse_given(s):
    name, g = s.rsplit(":", 1)
    return name.strip(), g.strip()


def pools(si: int) -> Pools:
    if si in _POOLS:
        return _POOLS[si]
    P = Pools()
    P.given_by, P.surn_by = {}, {}
    seen = set()
    P.given_all = []
    for comm, raw in GIVEN_RAW.items():
        lst = []
        for x in _L(raw):
            name, g = _parse_given(x)
            if split_of(name) == si:
                lst.append((name, g))
                if norm(name) not in seen:
                    seen.add(norm(name))
                    P.given_all.append((name, g))
        P.given_by[comm] = lst
    seen = set()
    P.surn_all = []
    for comm, raw in SURN_RAW.items():
        lst = _part(_L(raw), si)
        P.surn_by[comm] = lst
        for s in lst:
            if norm(s) not in seen:
                seen.add(norm(s))
                P.surn_all.append(s)
    P.part = [tuple(x.rsplit(":", 1)) for x in _L(PARTICLE_RAW)]
    P.part = [(s, c) for s, c in P.part if split_of(s) == si]
    P.nick = _part(_L(NICK_RAW), si)
    P.streets = _part(STREETS_FR, si)
    P.streets_mt = [s for s in P.streets if s.split()[0] in
                    ("montée", "côte", "croissant", "impasse", "terrasse", "place", "allée", "carré",
                     "promenade")]
    P.streets_main = [s for s in P.streets if s not in P.streets_mt]
    P.streets_rue = [s for s in P.streets if s.startswith("rue ")]
    P.ordinal = _part(ORDINAL_STREETS, si)
    P.rang = _part(RANG_STREETS, si)
    P.streets_en = _part(STREETS_EN, si)
    P.lakes = _part(LAKES, si)
    P.cantons = _part(CANTONS, si)
    P.villes = _part(VILLES, si)
    P.communautes = _part(COMMUNAUTES, si)
    P.mrcs = _part(MRCS, si)
    P.regions = _part(REGIONS, si)
    P.rivieres = _part(RIVIERES, si)
    P.lacs_pub = _part(LACS_PUB, si)
    P.routes = _part(ROUTES_NUM, si, key=lambda x: "route " + x)
    P.autoroutes = _part(AUTOROUTES, si, key=lambda x: "autoroute " + x)
    P.ponts = _part(PONTS, si)
    P.hop_pub = _part(HOP_PUB, si)
    P.ecoles_pub = _part(ECOLES_PUB, si)
    P.parcs_pub = _part(PARCS_PUB, si)
    P.arenas_pub = _part(ARENAS_PUB, si)
    P.barrages = _part(BARRAGES, si)
    P.cisss = _part(CISSS, si)
    P.orgs = _part(ORGS, si)
    P.trav = _part(TRAVERSIERS, si)
    P.biblios = _part(BIBLIOS, si)
    P.bouls_pub = _part(BOULS_PUB, si)
    P.clsc_pub = _part(CLSC_PUB, si)
    P.circs = _part(CIRCS, si)
    P.modeles = _part(MODELES, si)
    P.couleurs = _part(COULEURS, si)
    P.emp_big = _part(EMP_BIG, si)
    P.emp_usine = _part(EMP_USINE, si)
    P.emp_hop = _part(EMP_HOP, si)
    P.emp_chsld = _part(EMP_CHSLD, si)
    P.emp_pharm = _part(EMP_PHARM, si)
    P.emp_ecole = _part(EMP_ECOLE, si)
    P.emp_cpe = _part(EMP_CPE, si)
    P.emp_chain = _part(EMP_CHAIN, si)
    P.emp_petit = _part(EMP_PETIT, si)
    P.lien_comm = _part(LIEN_COMMERCES, si)
    for cat in SANTE_CATS:
        setattr(P, cat, _part(globals()[cat], si))
    P.mail_dom = _part(MAIL_DOMAINS, si)
    P.mail_reg = _part(MAIL_REG, si)
    P.ties = {k: _part(v, si) for k, v in TIES.items()}
    P.ties_all = [t for v in P.ties.values() for t in v]
    P.feu_ties = _part(FEU_TIES, si)
    P.roles = {k: _part(v, si, key=lambda x: re.sub(r"\{\w\}", "", x)) for k, v in ROLES.items()}
    P.roles_all = [r for v in P.roles.values() for r in v]
    P.en_ties = _part(LIEN_EN_TIES, si)
    P.en_roles = _part(LIEN_EN_ROLES, si, key=lambda x: re.sub(r"\{\w\}", "", x))
    P.fmts = {cls: _fmt_split(cls, si) for cls in FMT}
    _POOLS[si] = P
    return P


# ---------------------------------------------------------------------------
# Contexte de rendu
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng: random.Random, si: int, P: Pools):
        self.rng = rng
        self.si = si
        self.P = P
        self.planted: list[str] = []
        self.memo: dict = {}
        self.last_person = None

    def ok(self, *vals) -> bool:
        return all(split_of(v) == self.si for v in vals)

    def plant(self, s: str) -> str:
        assert s and s.strip(), "valeur vide"
        self.planted.append(s)
        return s

    def ch(self, seq):
        return self.rng.choice(seq)

    def fmt(self, cls: str) -> str:
        return self.rng.choice(self.P.fmts[cls])


class DrawError(RuntimeError):
    pass


def _draw(mk, tries=800):
    for _ in range(tries):
        v = mk()
        if v is not None:
            return v
    raise DrawError("tirage impossible")


def _pat(ctx, pat: str) -> str:
    r = ctx.rng
    out = []
    for c in pat:
        if c == "#":
            out.append(str(r.randint(0, 9)))
        elif c == "@":
            out.append(r.choice(PLATE_LETTERS))
        elif c == "%":
            out.append(chr(65 + r.randint(0, 25)))
        else:
            out.append(c)
    return "".join(out)


def _num(ctx, lo, hi):
    """nombre tiré dans la partition (rejet des tirages de l'autre côté)."""
    def mk():
        n = ctx.rng.randint(lo, hi)
        return n if ctx.ok(str(n)) else None
    return _draw(mk)


def _slug(s: str, keep_hyphen=False) -> str:
    s = strip_accents(s).lower()
    s = s.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ł", "l").replace("đ", "d")
    allowed = "abcdefghijklmnopqrstuvwxyz0123456789" + ("-" if keep_hyphen else "")
    return "".join(c for c in s if c in allowed)


def _de(word_after: str) -> str:
    c = strip_accents(word_after[:1]).lower()
    return "d'" if c and c in "aeiouy" else "de "


def _fix_de(s: str) -> str:
    """« de Les Cèdres » -> « des Cèdres », « de Le Haut-Richelieu » -> « du Haut-Richelieu »."""
    s = re.sub(r"\b([Dd])e Les ", lambda m: m.group(1) + "es ", s)
    s = re.sub(r"\b([Dd])e Le ", lambda m: m.group(1) + "u ", s)
    s = re.sub(r"(^|\s)à Les ", r"\1aux ", s)
    s = re.sub(r"(^|\s)à Le ", r"\1au ", s)
    return s


def _cap1(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------
# Noms
# ---------------------------------------------------------------------------

def _comm(ctx, group=None):
    if group:
        return ctx.ch(GROUPS[group])
    comms, w = zip(*COMM_WEIGHTS)
    return ctx.rng.choices(comms, w)[0]


def _given(ctx, comm, gender=None):
    P, r = ctx.P, ctx.rng
    pool = P.given_by.get(comm, [])
    if comm in ("innu", "atik") and r.random() < 0.45:
        pool = P.given_by["fr"]
    elif comm in ("cree", "mohawk", "inuit") and r.random() < 0.3:
        pool = P.given_by["en"]
    cand = [g for g in pool if gender is None or g[1] in (gender, "x")]
    if not cand:
        cand = [g for g in P.given_by["fr"] if gender is None or g[1] in (gender, "x")]
    return r.choice(cand)


def _surname(ctx, comm):
    pool = ctx.P.surn_by.get(comm) or ctx.P.surn_all
    if ctx.rng.random() < 0.12:
        pool = ctx.P.surn_all
    return ctx.ch(pool)


def _person(ctx, gender=None, group=None):
    comm = _comm(ctx, group)
    g, gg = _given(ctx, comm, gender)
    return g, _surname(ctx, comm), gg


def _initials(g: str) -> str:
    out = []
    for p in re.split(r"([- ])", g):
        if p in ("-", " "):
            out.append(p)
        elif p:
            out.append(p[0] + ".")
    return "".join(out)


def _typo(rng, s: str) -> str:
    for _ in range(30):
        op = rng.randrange(7)
        idx = [i for i, c in enumerate(s) if c.isalpha()]
        t = s
        if op == 0 and len(idx) > 3:
            i = rng.choice(idx[1:-1])
            if i + 1 < len(s) and s[i + 1].isalpha():
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op == 1 and len(idx) > 4:
            i = rng.choice(idx[1:])
            if s[i - 1].isalpha():
                t = s[:i] + s[i + 1:]
        elif op == 2:
            i = rng.choice(idx)
            t = s[:i] + s[i] + s[i:]
        elif op == 3:
            t = strip_accents(s)
        elif op == 4:
            t = s.replace("-", " ", 1) if "-" in s else s.replace("é", "è", 1)
        elif op == 5:
            t = s.replace("ph", "f").replace("qu", "k", 1) if ("ph" in s or "qu" in s) else s.replace("y", "i", 1)
        elif op == 6:
            vow = [i for i in idx[1:] if s[i] in "aeiou"]
            if vow:
                i = rng.choice(vow)
                t = s[:i] + rng.choice([v for v in "aeiou" if v != s[i]]) + s[i + 1:]
        if t != s and len(norm(t)) >= 3:
            return t
    return s + s[-1]


def _name_text(ctx, style, gender=None, group=None):
    """candidat (texte) ; ne plante rien."""
    r = ctx.rng
    P = ctx.P

    def mk():
        g, s, gg = _person(ctx, gender, group)
        if style == "full":
            t = f"{g} {s}"
        elif style == "given":
            t = g
        elif style == "surname":
            t = s
        elif style == "inv":
            t = r.choice([f"{s}, {g}", f"{s.upper()}, {g}", f"{s.upper()} {g}", f"{s} {g}",
                          f"{s.upper()}, {g.upper()}", f"{s} ({g})"])
        elif style == "init":
            gi = _initials(g)
            t = r.choice([f"{gi} {s}", f"{gi} {s[0]}.", f"{g} {s[0]}.", f"{gi.replace(' ', '')}{s[0]}.",
                          f"{gi} {s}", f"{g[0]}. {s}", f"{s} {gi}"])
        elif style == "typo":
            t = _typo(r, f"{g} {s}")
        elif style == "part":
            if not P.part:
                return None
            sp, comm = r.choice(P.part)
            g2, gg2 = _given(ctx, comm, gender)
            g, s, gg = g2, sp, gg2
            t = f"{g} {s}"
        elif style == "spart":
            sp, comm = r.choice(P.part)
            g, gg2 = _given(ctx, comm, gender)
            s, gg = sp, gg2
            t = sp
        elif style == "comp":
            gg = gender or r.choice("fm")
            comps = [x for x in P.given_all if "-" in x[0] and x[1] in (gg, "x")]
            if comps and r.random() < 0.55:
                g = r.choice(comps)[0]
            else:
                simple = [x[0] for x in P.given_by["fr"] if "-" not in x[0] and x[1] in (gg, "x")]
                a, b = r.sample(simple, 2)
                g = f"{a}-{b}"
            s1 = _surname(ctx, "fr")
            if r.random() < 0.65:
                s2 = r.choice(P.surn_all)
                if s2 == s1 or "-" in s1 or "-" in s2 or " " in s2:
                    return None
                s = f"{s1}-{s2}"
            else:
                s = s1
            t = f"{g} {s}"
        elif style == "nick":
            n = r.choice(P.nick)
            if r.random() < 0.4:
                s = _surname(ctx, "fr")
                t = f"{n} {s}"
            else:
                t = n
            g = n
        else:
            raise KeyError(style)
        if not ctx.ok(t):
            return None
        ctx.last_person = (g, s, gg)
        return t
    return _draw(mk)


def f_name(style="full", gender=None, group=None):
    def fn(ctx):
        return ctx.plant(_name_text(ctx, style, gender, group))
    return fn


# ---------------------------------------------------------------------------
# Adresses
# ---------------------------------------------------------------------------

ST_ABBR = {"rue": ["r.", "rue", "Rue"], "avenue": ["av.", "ave", "Av."], "boulevard": ["boul.", "bd", "boul", "Boul."],
           "chemin": ["ch.", "chem.", "ch"], "rang": ["rg", "rang", "Rg"], "route": ["rte", "Rte", "rte."],
           "montée": ["mtée", "Montée", "mtée."], "côte": ["côte", "Cte"], "place": ["pl.", "Pl."],
           "terrasse": ["terr.", "Terr."], "croissant": ["crois.", "cr.", "Crois."], "impasse": ["imp.", "Imp."],
           "allée": ["allée", "All."], "carré": ["carré", "Carré"], "promenade": ["prom.", "Prom."]}
EN_ABBR = {"Street": ["St", "St.", "Street"], "Avenue": ["Ave", "Ave.", "Av"], "Road": ["Rd", "Rd.", "Road"],
           "Lane": ["Ln", "Lane"], "Crescent": ["Cres.", "Cr"], "Drive": ["Dr", "Dr."], "Court": ["Ct", "Crt"]}


def _saint_abbr(ctx, spec):
    if ctx.rng.random() < 0.5:
        return spec.replace("Sainte-", "Ste-").replace("Saint-", "St-")
    return spec


def _street(ctx, st, style):
    r = ctx.rng
    typ, spec = st.split(" ", 1)
    m = re.match(r"^(\d+(?:e|re))\s+(.*)$", st)
    if m:   # ordinal, e.g. "3e Avenue"
        num, rest = m.group(1), m.group(2)
        if style == "abbr":
            rest = rest.replace("Avenue", r.choice(["av.", "Av.", "ave"])).replace("Rue", r.choice(["rue", "r."])) \
                .replace("Rang", "rang")
        return f"{num} {rest}"
    if style == "full":
        out = f"{typ} {spec}" if r.random() < 0.8 else f"{typ.capitalize()} {spec}"
    elif style == "abbr":
        out = f"{r.choice(ST_ABBR.get(typ, [typ]))} {_saint_abbr(ctx, spec)}"
    elif style == "notype":
        out = _saint_abbr(ctx, spec)
    else:
        raise KeyError(style)
    if r.random() < 0.06 and not re.search(r"(Est|Ouest|Nord|Sud)$", out):
        out += " " + r.choice(["Est", "Ouest", "Nord", "Sud"])
    return out


def _civic(ctx, rural=False):
    r = ctx.rng

    def mk():
        if rural:
            n = r.randint(100, 12999)
        else:
            k = r.random()
            n = r.randint(1, 99) if k < 0.2 else r.randint(100, 999) if k < 0.55 else \
                r.randint(1000, 9999) if k < 0.97 else r.randint(10000, 19999)
        return n if ctx.ok(str(n)) else None
    return _draw(mk)


def _adr_text(ctx, variant="any"):
    r, P = ctx.rng, ctx.P

    def mk():
        v = variant
        if v == "any":
            v = r.choices(["full", "abbr", "notype", "ord"], [55, 25, 10, 10])[0]
        if v == "ord":
            st = r.choice(P.ordinal)
            s = _street(ctx, st, r.choice(["full", "abbr"]))
        elif v == "mt":
            st = r.choice(P.streets_mt)
            s = _street(ctx, st, r.choice(["full", "full", "abbr"]))
        elif v == "notype":
            st = r.choice([x for x in P.streets_main if re.match(r"^\w+ (du |de la |des |de l'|Saint|Sainte)", x)])
            s = _street(ctx, st, "notype")
        else:
            st = r.choice(P.streets_main)
            s = _street(ctx, st, v)
        n = _civic(ctx)
        sep = ", " if r.random() < 0.3 else " "
        t = f"{n}{sep}{s}"
        return t if ctx.ok(t) else None
    return _draw(mk)


def _adr_app_text(ctx):
    r = ctx.rng

    def mk():
        base = _adr_text(ctx, r.choice(["full", "abbr", "full"]))
        a = _num(ctx, 1, 12) if r.random() < 0.6 else _num(ctx, 101, 612)
        forms = [f"{base}, app. {a}", f"{base} #{a}", f"{base}, appartement {a}", f"{base}, app {a}",
                 f"{base}, log. {a}", f"{base}, unité {a}", f"{base} apt. {a}", f"app. {a}, {base}",
                 f"{base}, logement {a}"]
        if base[0].isdigit() and "," not in base.split(" ")[0]:
            forms += [f"{a}-{base}", f"{a}-{base}"]
        t = r.choice(forms)
        return t if ctx.ok(t) else None
    return _draw(mk)


def _adr_rang_text(ctx):
    r = ctx.rng

    def mk():
        st = r.choice(ctx.P.rang)
        n = _civic(ctx, rural=True)
        if r.random() < 0.3 and st.startswith("rang "):
            st = "rg " + st[5:]
        t = f"{n}{r.choice([' ', ', '])}{st}"
        return t if ctx.ok(t) else None
    return _draw(mk)


def _adr_chalet_text(ctx):
    r = ctx.rng

    def mk():
        lake = r.choice(ctx.P.lakes)
        lk = lake.replace(" ", "-")
        n = _civic(ctx, rural=r.random() < 0.6)
        m = _num(ctx, 1, 60)
        t = r.choice([f"{n} chemin du Lac-{lk}", f"{n}, ch. du Lac-{lk}", f"chalet no {m}, chemin du Lac-{lk}",
                      f"{n} chemin du Tour-du-Lac-{lk}", f"camp {m}, chemin privé du Lac-{lk}",
                      f"{n}, chemin du Lac-{lk} Nord", f"{n} ch. du lac {lake}", f"{n} montée du Lac-{lk}",
                      f"{n}, rue du Lac-{lk}", f"lot {m}, chemin du Lac-{lk}"])
        return t if ctx.ok(t) else None
    return _draw(mk)


def _adr_en_text(ctx):
    r = ctx.rng

    def mk():
        st = r.choice(ctx.P.streets_en)
        name, typ = st.rsplit(" ", 1)
        if r.random() < 0.6:
            typ = r.choice(EN_ABBR.get(typ, [typ]))
        n = _civic(ctx)
        t = f"{n} {name} {typ}"
        if r.random() < 0.15:
            t = f"{t}, Apt {_num(ctx, 1, 20)}"
        return t if ctx.ok(t) else None
    return _draw(mk)


def _cp_text(ctx):
    r = ctx.rng
    L = "ABCEGHJKLMNPRSTVWXYZ"

    def mk():
        A = r.choice("GHJ")
        B = str(r.randint(0, 9)) if A != "H" else str(r.randint(1, 9))
        C = r.choice(L)
        D = str(r.randint(0, 9))
        E = r.choice(L)
        F = str(r.randint(0, 9))
        f = ctx.fmt("CP")
        t = f.format(A=A, B=B, C=C, D=D, E=E, F=F, a=A.lower(), b=B, c=C.lower(), d=D, e=E.lower(), f=F)
        return t if ctx.ok(t) else None
    return _draw(mk)


def _case_text(ctx):
    def mk():
        n = _num(ctx, 1, 9999)
        t = ctx.fmt("CASE").format(n=n)
        return t if ctx.ok(t) else None
    return _draw(mk)


def _rr_text(ctx):
    def mk():
        t = ctx.fmt("RR").format(n=_num(ctx, 1, 9), m=_num(ctx, 1, 40), k=_num(ctx, 1, 99))
        return t if ctx.ok(t) else None
    return _draw(mk)


def _lot_text(ctx):
    def mk():
        t = _pat(ctx, ctx.fmt("LOT"))
        if t[0] == "0":
            return None
        return t if ctx.ok(t) else None
    return _draw(mk)


_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _lotc_text(ctx):
    r = ctx.rng

    def mk():
        rr = r.randint(1, 12)
        t = ctx.fmt("LOTC").format(n=_num(ctx, 1, 60), L=r.choice("ABCP"), r=rr, R=_ROMAN[rr - 1],
                                   C=r.choice(ctx.P.cantons))
        return t if ctx.ok(t) else None
    return _draw(mk)


def _planter(textfn):
    def fn(ctx):
        return ctx.plant(textfn(ctx))
    return fn


# ---------------------------------------------------------------------------
# Âges
# ---------------------------------------------------------------------------

def _age_plain(lo, hi):
    def fn(ctx):
        def mk():
            n = _num(ctx, lo, hi)
            t = "1 an" if n == 1 else f"{n} ans"
            return t if ctx.ok(t) else None
        return ctx.plant(_draw(mk))
    return fn


def f_agea(ctx):
    def mk():
        n = _num(ctx, 16, 99)
        t = ctx.fmt("AGEA").format(n=n)
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


def f_agehf(ctx):
    n = _num(ctx, 5, 99)
    ctx.plant(str(n))
    return ctx.fmt("AGEHF").format(n=n)


def _age_bare(lo, hi):
    def fn(ctx):
        return ctx.plant(str(_num(ctx, lo, hi)))
    return fn


def _age_words(lo, hi):
    def fn(ctx):
        def mk():
            n = _num(ctx, lo, hi)
            t = fr_num(n) + (" ans" if n > 1 else " an")
            return t if ctx.ok(t) else None
        return ctx.plant(_draw(mk))
    return fn


_DECADES = ["vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine"]
_AGE_ADJ = ["octogénaire", "septuagénaire", "nonagénaire", "quinquagénaire", "sexagénaire",
            "quadragénaire", "trentenaire", "quarantenaire", "cinquantenaire"]


def f_ageapp(ctx):
    r = ctx.rng

    def mk():
        d = r.choice(_DECADES)
        k = r.randrange(11)
        if k == 0:
            text, p = f"dans la {d}", d
        elif k == 1:
            text = p = f"début {d}"
        elif k == 2:
            text = p = f"fin {d}"
        elif k == 3:
            text, p = f"dans la mi-{d}", f"mi-{d}"
        elif k == 4:
            text, p = f"au début de la {d}", d
        elif k == 5:
            text, p = f"d'une {d} d'années", f"{d} d'années"
        elif k == 6:
            text = p = r.choice(_AGE_ADJ)
        elif k == 7:
            n = _num(ctx, 20, 90)
            text, p = f"d'environ {n} ans", f"{n} ans"
        elif k == 8:
            n = _num(ctx, 20, 90)
            text, p = f"+/- {n} ans", f"{n} ans"
        elif k == 9:
            n = r.randrange(20, 85, 5)
            text = p = f"{n}-{n + 5} ans"
        else:
            text, p = f"dans la {d} avancée", f"{d} avancée"
        return (text, p) if ctx.ok(p) else None
    text, p = _draw(mk)
    ctx.plant(p)
    return text


def f_agem(ctx):
    def mk():
        f = ctx.fmt("AGEM")
        t = f.format(n=_num(ctx, 1, 23), w=_num(ctx, 1, 12), j=_num(ctx, 2, 20))
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


def f_ageen(ctx):
    def mk():
        t = ctx.fmt("AGEEN").format(n=_num(ctx, 16, 98))
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


def f_ageen2(ctx):
    def mk():
        n = _num(ctx, 18, 98)
        t = f"{n}-year-old" if ctx.rng.random() < 0.6 else f"{en_num(n)}-year-old"
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


# ---------------------------------------------------------------------------
# Dates de naissance
# ---------------------------------------------------------------------------

def _date_fields(ctx, lo=1925, hi=2022):
    r = ctx.rng
    y = r.randint(lo, hi)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return dict(Y=str(y), y=f"{y % 100:02d}", M=f"{m:02d}", m=str(m), D=f"{d:02d}", d=str(d),
                mois=MOIS[m - 1], MOISU=MOIS[m - 1].upper(), MOIS3=MOIS_3[m - 1], moisabr=MOIS_ABR[m - 1],
                mon=MONTHS[m - 1], mon3=MONTHS_3[m - 1], er="1er" if d == 1 else str(d),
                dw="premier" if d == 1 else fr_num(d), yw=fr_year(y))


def _ddn(cls, lo=1925, hi=2022):
    def fn(ctx):
        def mk():
            c = cls if cls != "ANY" else ctx.ch(["DDNISO", "DDNSL", "DDNTXT", "DDNDASH", "DDNABR", "DDNDOT",
                                                   "DDNSL4"])
            t = ctx.fmt(c).format(**_date_fields(ctx, lo, hi))
            return t if ctx.ok(t) else None
        return ctx.plant(_draw(mk))
    return fn


def _ddny(lo, hi):
    def fn(ctx):
        def mk():
            t = str(ctx.rng.randint(lo, hi))
            return t if ctx.ok(t) else None
        return ctx.plant(_draw(mk))
    return fn


f_ddny = _ddny(1922, 2021)


def f_ddny2(ctx):
    def mk():
        y = ctx.rng.randint(1930, 1999)
        t = ctx.fmt("DDNY2").format(y=f"{y % 100:02d}")
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


# ---------------------------------------------------------------------------
# Téléphones
# ---------------------------------------------------------------------------

def _pair_words(p: str) -> str:
    return "zéro " + _DIG_W[int(p[1])] if p[0] == "0" else fr_num(int(p))


def _phone_fields(ctx):
    r = ctx.rng

    def mk():
        a = r.choices(AREA_CODES, AREA_WEIGHTS)[0]
        e = str(r.randint(2, 9)) + f"{r.randint(0, 99):02d}"
        if e in ("911", "555", "976", "411", "611", "811"):
            return None
        l = f"{r.randint(0, 9999):04d}"
        return (a, e, l) if ctx.ok(a + e + l) else None
    a, e, l = _draw(mk)
    return dict(a=a, e=e, l=l, l1=l[:2], l2=l[2:], a0=a[0], a1=a[1], a2=a[2], e0=e[0], e1=e[1], e2=e[2],
                aw=" ".join(_DIG_W[int(c)] for c in a), awh="-".join(_DIG_W[int(c)] for c in a),
                ew=" ".join(_DIG_W[int(c)] for c in e), lw=_pair_words(l[:2]) + " " + _pair_words(l[2:]),
                x=str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999)])))


def _tel(cls):
    def fn(ctx):
        def mk():
            c = cls
            if c == "ANY":
                c = ctx.rng.choices(["TELSTD", "TELPAR", "TELPTS", "TELCMP", "TELINTL", "TELODD"],
                                    [50, 15, 10, 8, 10, 7])[0]
            t = ctx.fmt(c).format(**_phone_fields(ctx))
            return t if ctx.ok(t) else None
        return ctx.plant(_draw(mk))
    return fn


def f_tel7(ctx):
    def mk():
        f = _phone_fields(ctx)
        t = ctx.fmt("TEL7").format(**f)
        return t if ctx.ok(t) and ctx.ok(f["e"] + f["l"]) else None
    return ctx.plant(_draw(mk))


def f_telfor(ctx):
    def mk():
        t = _pat(ctx, ctx.fmt("TELFOR"))
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


def f_telpart(ctx):
    def mk():
        t = f"{ctx.rng.randint(0, 9999):04d}"
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


def f_telpartd(ctx):
    def mk():
        t = ctx.fmt("TELPARTD").format(**_phone_fields(ctx))
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


# ---------------------------------------------------------------------------
# Plaques et identifiants (patrons)
# ---------------------------------------------------------------------------

def _patfill(cls):
    def fn(ctx):
        def mk():
            t = _pat(ctx, ctx.fmt(cls))
            if not any(c.isdigit() or c.isalpha() for c in t):
                return None
            return t if ctx.ok(t) else None
        return ctx.plant(_draw(mk))
    return fn


def _luhn_ok(digits: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def f_nas(ctx):
    r = ctx.rng

    def mk():
        base = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        for c in "0123456789":
            if _luhn_ok(base + c):
                digits = base + c
                break
        f = ctx.fmt("NAS")
        it = iter(digits)
        t = "".join(next(it) if ch == "#" else ch for ch in f).strip()
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


def _person_for_id(ctx):
    if ctx.last_person and ctx.rng.random() < 0.7:
        return ctx.last_person
    return _person(ctx)


def f_ramq(ctx):
    r = ctx.rng

    def mk():
        g, s, gg = _person_for_id(ctx)
        ls = _slug(s).upper()
        gs = _slug(g).upper() or "X"
        L = (ls + "XXX")[:3] + gs[0]
        f = _date_fields(ctx, 1930, 2020)
        mm = int(f["M"]) + (50 if gg == "f" else 0)
        t = ctx.fmt("RAMQ").format(L=L, l=L.lower() if r.random() < 0.3 else L, y=f["y"], m=f"{mm:02d}",
                                    d=f["D"], c=f"{r.randint(0, 99):02d}")
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


def f_permis(ctx):
    def mk():
        g, s, gg = _person_for_id(ctx)
        S = (_slug(s).upper() or "X")[0]
        f = _date_fields(ctx, 1935, 2006)
        t = _pat(ctx, ctx.fmt("PERMIS").format(S=S, s=S.lower(), dmy=f["D"] + f["M"] + f["y"]))
        return t if ctx.ok(t) else None
    return ctx.plant(_draw(mk))


def f_telcarte4(ctx):
    return f_telpart(ctx)


# ---------------------------------------------------------------------------
# Courriels
# ---------------------------------------------------------------------------

MAIL_TAGS = ["sinistre", "inondation", "assurance", "msp", "feu2023", "crue", "reclamation", "urgence"]


def _mail_person(ctx):
    if ctx.last_person and ctx.rng.random() < 0.75:
        return ctx.last_person
    return _person(ctx)


def _mail_fields(ctx):
    r = ctx.rng
    g, s, gg = _mail_person(ctx)
    f = _slug(g.split(" ")[0] if r.random() < 0.5 else g, keep_hyphen=r.random() < 0.3)
    l = _slug(s, keep_hyphen=r.random() < 0.3)
    if not f or not l:
        f, l = f or "info", l or "maison"
    nick = _slug(r.choice(ctx.P.nick)) if ctx.P.nick else "titi"
    y = r.randint(1940, 2005)
    return dict(f=f, l=l, fi=f[0], nn=f"{r.randint(1, 99):02d}", nn2=str(r.randint(1, 9)),
                nnn=str(r.randint(100, 999)), yy=f"{y % 100:02d}", yyyy=str(y), nick=nick,
                tag=r.choice(MAIL_TAGS))


def _mail_core(ctx, loc_cls="MAILLOC", doms=None):
    r = ctx.rng
    fl = _mail_fields(ctx)
    loc = ctx.fmt(loc_cls).format(**fl)
    dom = r.choice(doms or ctx.P.mail_dom)
    return loc, dom


def _mail_case(ctx, t):
    k = ctx.rng.random()
    if k < 0.08:
        return t.upper()
    if k < 0.18:
        loc, dom = t.split("@")
        return ".".join(p.capitalize() for p in loc.split(".")) + "@" + dom.capitalize()
    return t


def _mail(kind):
    def fn(ctx):
        r = ctx.rng

        def mk():
            if kind == "std":
                loc, dom = _mail_core(ctx)
                t = _mail_case(ctx, f"{loc}@{dom}")
            elif kind == "reg":
                loc, dom = _mail_core(ctx, doms=ctx.P.mail_reg)
                t = _mail_case(ctx, f"{loc}@{dom}")
            elif kind == "num":
                loc, dom = _mail_core(ctx, "MAILNUM")
                t = f"{loc}@{dom}"
            elif kind == "obf":
                loc, dom = _mail_core(ctx)
                at, dd, dl = ctx.fmt("MAILOBFS").split("|")
                t = loc.replace(".", dl) + at + dom.replace(".", dd)
            elif kind == "sp":
                loc, dom = _mail_core(ctx)
                at, dd = ctx.fmt("MAILSPS").split("|")
                t = loc + at + dom.replace(".", dd, 1)
            elif kind == "pro":
                biz = r.choice(ctx.P.emp_petit)
                words = [w for w in re.split(r"[\s&'.-]+", _slug_words(biz)) if w and w not in
                         ("et", "fils", "inc", "le", "la", "les", "du", "de", "des", "chez", "l", "d")]
                dom = "".join(words[:3]) + r.choice([".ca", ".com", ".qc.ca", ".ca", ".net"])
                fl = _mail_fields(ctx)
                loc = r.choice([fl["f"], f"{fl['fi']}{fl['l']}", f"{fl['f']}.{fl['l']}", "info", "admin",
                                "reception", fl["l"]])
                t = f"{loc}@{dom}"
            elif kind == "typo":
                loc, dom = _mail_core(ctx)
                t = f"{loc}@{dom}"
                reps = [("gmail", "gmial"), ("gmail", "gmaill"), ("hotmail", "hotmial"), ("hotmail", "homail"),
                        ("yahoo", "yahooo"), ("videotron", "videotrom"), ("videotron", "vidéotron"),
                        (".com", ".con"), (".com", ",com"), (".ca", ",ca"), (".ca", ".ca."),
                        ("outlook", "outlok"), ("sympatico", "sympatico,"), ("live", "lives"), ("@", "@@"),
                        ("@", "2"), ("icloud", "iclould"), (".", "..")]
                cands = [(a, b) for a, b in reps if a in t]
                if not cands:
                    return None
                a, b = r.choice(cands)
                if a == "@":
                    t = t.replace(a, b, 1)
                else:
                    i = t.rfind(a) if a.startswith(".") else t.find(a, t.find("@"))
                    if i < 0:
                        return None
                    t = t[:i] + b + t[i + len(a):]
            elif kind == "gouv":
                fl = _mail_fields(ctx)
                k = r.randrange(5)
                if k == 0:
                    dom = "ssss.gouv.qc.ca"
                    loc = f"{fl['f']}.{fl['l']}." + r.choice(
                        ["cissslan", "cissslau", "cisssmc", "cisssme", "cisssca", "cisssbsl", "cisssat", "cissscn",
                         "cisssgim", "cisssout", "cissslav", "ciussscn", "ciussssll", "ciusssmcq", "ciussse-chus"])
                elif k == 1:
                    dom, loc = "msp.gouv.qc.ca", f"{fl['f']}.{fl['l']}"
                elif k == 2:
                    dom = f"ville.{_slug(r.choice(ctx.P.villes), keep_hyphen=True)}.qc.ca"
                    loc = r.choice([f"{fl['fi']}{fl['l']}", f"{fl['f']}.{fl['l']}"])
                elif k == 3:
                    dom, loc = "croixrouge.ca", f"{fl['f']}.{fl['l']}"
                else:
                    dom, loc = f"{_slug(r.choice(ctx.P.villes))}.ca", f"{fl['fi']}{fl['l']}"
                t = f"{loc}@{dom}"
            elif kind == "exo":
                fl = _mail_fields(ctx)
                fl["dom"] = r.choice(ctx.P.mail_dom)
                t = ctx.fmt("MAILEXO").format(**fl)
            else:
                raise KeyError(kind)
            return t if ctx.ok(t) else None
        return ctx.plant(_draw(mk))
    return fn


def _slug_words(s):
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9\s&'.-]", "", s)


# ---------------------------------------------------------------------------
# Liens familiaux
# ---------------------------------------------------------------------------

_ART = re.compile(r"^(la |le |les |l')")


def _bare(s):
    return _ART.sub("", s, count=1)


def _role_text(ctx, tmpl):
    r, P = ctx.rng, ctx.P
    out = tmpl
    if "{V}" in out:
        out = out.replace("{V}", r.choice(P.villes))
    if "{M}" in out:
        out = out.replace("{M}", r.choice(P.mrcs))
    if "{N}" in out:
        out = out.replace("{N}", str(r.randint(1, 8)))
    if "{C}" in out:
        out = out.replace("{C}", r.choice(P.circs))
    if "{B}" in out:
        out = out.replace("{B}", r.choice(P.lien_comm))
    if "{E}" in out:
        out = out.replace("{E}", r.choice(P.emp_ecole))
    if "{Q}" in out:
        out = out.replace("{Q}", r.choice(P.communautes))
    out = re.sub(r"\bde ([AEIOUÉÎ])", r"d'\1", out)
    return _fix_de(out)


_FEM_L = {"l'épouse", "l'ex-conjointe", "l'ex-femme", "l'ex-épouse", "l'ex-copine", "l'ancienne blonde", "l'aïeule",
          "l'arrière-petite-fille", "l'aînée"}


def _tie_gender(t: str) -> str:
    return "f" if t.startswith("la ") or t in _FEM_L else "m"


def _lien(tie_cls=None, role_cls=None, article=True, cap=False, gender=None):
    def fn(ctx):
        r, P = ctx.rng, ctx.P

        def mk():
            ties = P.ties[tie_cls] if tie_cls else P.ties_all
            if gender:
                ties = [t for t in ties if _tie_gender(t) == gender]
            roles = P.roles[role_cls] if role_cls else P.roles_all
            if not ties or not roles:
                return None
            tie = r.choice(ties)
            phrase = f"{tie} {_role_text(ctx, r.choice(roles))}"
            bare = _bare(phrase)
            if not (ctx.ok(phrase) and ctx.ok(bare)):
                return None
            if article:
                return phrase
            return _cap1(bare) if cap else bare
        return ctx.plant(_draw(mk))
    return fn


def f_lienfeu(ctx):
    r = ctx.rng

    def mk():
        tie = r.choice(ctx.P.feu_ties)
        k = r.randrange(4)
        if k == 0:
            nm = _name_text(ctx, "full")
            phrase = f"{tie} de feu {nm}"
        elif k == 1:
            nm = _name_text(ctx, "full", "m")
            phrase = f"{tie} du défunt {nm}"
        elif k == 2:
            nm = _name_text(ctx, "surname")
            phrase = f"{tie} de feu M. {nm}"
        else:
            nm = _name_text(ctx, "full", "f")
            phrase = f"{tie} de la défunte {nm}"
        if not (ctx.ok(phrase) and ctx.ok(_bare(phrase))):
            return None
        return phrase, nm
    phrase, nm = _draw(mk)
    ctx.plant(phrase)
    ctx.plant(nm)
    return phrase


def f_liennom(ctx):
    r = ctx.rng

    def mk():
        tie = r.choice(ctx.P.ties_all)
        k = r.randrange(4)
        if k <= 1:
            nm = _name_text(ctx, "full")
            phrase = f"{tie} {_de(nm)}{nm}"
        elif k == 2:
            nm = _name_text(ctx, "surname")
            phrase = f"{tie} de M. {nm}"
        else:
            nm = _name_text(ctx, "surname")
            phrase = f"{tie} de Mme {nm}"
        if not (ctx.ok(phrase) and ctx.ok(_bare(phrase))):
            return None
        return phrase, nm
    phrase, nm = _draw(mk)
    ctx.plant(phrase)
    ctx.plant(nm)
    return phrase


def f_lienadr(ctx):
    r = ctx.rng

    def mk():
        tie = r.choice(ctx.P.ties_all)
        adr = _adr_text(ctx, r.choice(["full", "abbr", "notype"]))
        anchor = r.choice(["de la dame du", "du locataire du", "du propriétaire du", "des occupants du",
                           "du monsieur du", "de la propriétaire du", "du vieux monsieur du"])
        phrase = f"{tie} {anchor} {adr}"
        if not (ctx.ok(phrase) and ctx.ok(_bare(phrase))):
            return None
        return phrase, adr
    phrase, adr = _draw(mk)
    ctx.plant(phrase)
    ctx.plant(adr)
    return phrase


def f_lienen(ctx):
    r = ctx.rng

    def mk():
        tie = r.choice(ctx.P.en_ties)
        k = r.randrange(5)
        nm = None
        if k == 4:
            nm = _name_text(ctx, "full")
            phrase = f"the {r.choice(['widow', 'widower', 'son', 'daughter'])} of the late {nm}"
        else:
            role = r.choice(ctx.P.en_roles)
            role = role.replace("{V}", r.choice(ctx.P.villes)).replace("{B}", r.choice(ctx.P.lien_comm)) \
                .replace("{E}", r.choice(ctx.P.emp_ecole)).replace("{Q}", r.choice(ctx.P.communautes)) \
                .replace("{C}", r.choice(ctx.P.circs))
            if k <= 1:
                phrase = f"the {tie} of {role}"
            elif k == 2:
                phrase = f"{role}'s {tie}"
            else:
                phrase = f"the {role[4:] if role.startswith('the ') else role}'s {tie}"
        if not ctx.ok(phrase):
            return None
        return phrase, nm
    phrase, nm = _draw(mk)
    ctx.plant(phrase)
    if nm:
        ctx.plant(nm)
    return phrase


# ---------------------------------------------------------------------------
# Lieux de travail
# ---------------------------------------------------------------------------

def _emp(kind):
    def fn(ctx):
        r, P = ctx.rng, ctx.P

        def mk():
            k = kind
            if k == "any":
                k = r.choice(["big", "usine", "hop", "chsld", "chain", "petit", "petit", "ecole", "pharm", "cpe"])
            if k == "big":
                t = r.choice(P.emp_big)
            elif k == "usine":
                t = r.choice(P.emp_usine)
            elif k == "hop":
                t = r.choice(P.emp_hop)
            elif k == "chsld":
                t = r.choice(P.emp_chsld)
            elif k == "pharm":
                t = r.choice(P.emp_pharm)
            elif k == "ecole":
                t = r.choice(P.emp_ecole)
            elif k == "cpe":
                t = r.choice(P.emp_cpe)
            elif k == "petit":
                t = r.choice(P.emp_petit)
            elif k == "chain":
                c, v = r.choice(P.emp_chain), r.choice(P.villes)
                t = _fix_de(r.choice([f"{c} {_de(v)}{v}", f"{c} {v}", f"{c} {_de(v)}{v}"]))
            else:
                raise KeyError(k)
            return t if ctx.ok(t) else None
        return ctx.plant(_draw(mk))
    return fn


# ---------------------------------------------------------------------------
# Santé
# ---------------------------------------------------------------------------

def _sante(cat):
    def fn(ctx):
        c = cat
        if c == "ANY":
            c = ctx.ch(["S_MAL", "S_ADJ", "S_MED", "S_EQ", "S_MENT", "S_ADD", "S_HAND", "S_GROSS", "S_ALL",
                        "S_COG", "S_RARE", "S_CLIN", "S_BLESS"])
        return ctx.plant(ctx.ch(getattr(ctx.P, c)))
    return fn


# ---------------------------------------------------------------------------
# Valeurs non personnelles
# ---------------------------------------------------------------------------

def _heure(ctx):
    r = ctx.rng
    h, m = r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 7, 48])
    return r.choice([f"{h} h {m:02d}", f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h} h", f"{h}h"])


def _date_ev(ctx):
    r = ctx.rng
    y = r.randint(2017, 2024)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return r.choice([f"{d} {MOIS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MOIS[m - 1]}",
                     f"{d:02d}/{m:02d}", f"{d} {MOIS_ABR[m - 1]}"])


def _nnnn(ctx):
    n = ctx.rng.randint(1000, 48000)
    return f"{n:,}".replace(",", " ") if ctx.rng.random() < 0.6 else str(n)


def _montant(ctx):
    r = ctx.rng
    return r.choice([f"{r.randint(2, 95)} 000 $", f"{r.randint(1, 9)},{r.randint(1, 9)} M$",
                     f"{r.randint(100, 950)} 000 $", f"{r.randint(1500, 9500)} $"])


def _route(ctx):
    return "route " + ctx.ch(ctx.P.routes)


def _auto(ctx):
    a = ctx.ch(ctx.P.autoroutes)
    return ctx.rng.choice([f"A-{a}", f"autoroute {a}", f"A{a}"])


NONPERS = {
    "VILLE": lambda c: c.ch(c.P.villes),
    "MRC": lambda c: c.ch(c.P.mrcs),
    "REGION": lambda c: c.ch(c.P.regions),
    "RIV": lambda c: c.ch(c.P.rivieres),
    "LAC": lambda c: c.ch(c.P.lacs_pub),
    "ROUTE": _route,
    "RTE": lambda c: c.ch(c.P.routes),
    "AUTO": _auto,
    "KM": lambda c: f"km {c.rng.randint(1, 480)}",
    "KMN": lambda c: str(c.rng.randint(1, 480)),
    "N": lambda c: str(c.rng.randint(2, 9)),
    "NN": lambda c: str(c.rng.randint(10, 99)),
    "NNN": lambda c: str(c.rng.randint(100, 999)),
    "NNNN": _nnnn,
    "HEURE": _heure,
    "DATE": _date_ev,
    "ANNEE": lambda c: str(c.rng.randint(2011, 2024)),
    "NIV": lambda c: f"{c.rng.randint(1, 110)},{c.rng.randint(0, 99):02d} m",
    "DEBIT": lambda c: c.rng.choice([f"{c.rng.randint(1, 9)} {c.rng.randint(100, 999)} m³/s",
                                     f"{c.rng.randint(80, 990)} m3/s"]),
    "CM": lambda c: str(c.rng.randint(5, 95)),
    "MM": lambda c: f"{c.rng.randint(15, 140)} mm",
    "TEMP": lambda c: f"-{c.rng.randint(25, 48)} °C",
    "TEMP2": lambda c: c.rng.choice([f"{c.rng.randint(31, 38)} °C", f"{c.rng.randint(38, 46)} avec l'humidex"]),
    "VENT": lambda c: f"{c.rng.randint(60, 130)} km/h",
    "MONTANT": _montant,
    "CASERNE": lambda c: f"caserne {c.rng.randint(1, 78)}",
    "UNITE": lambda c: c.rng.choice([str(c.rng.randint(200, 899)), f"E-{c.rng.randint(10, 99)}",
                                     f"A-{c.rng.randint(10, 99)}", f"P-{c.rng.randint(100, 299)}"]),
    "MODELE": lambda c: c.ch(c.P.modeles),
    "COULEUR": lambda c: c.ch(c.P.couleurs),
    "PONT": lambda c: c.ch(c.P.ponts),
    "HOPPUB": lambda c: c.ch(c.P.hop_pub),
    "ECOLEPUB": lambda c: c.ch(c.P.ecoles_pub),
    "PARCPUB": lambda c: c.ch(c.P.parcs_pub),
    "ARENAPUB": lambda c: c.ch(c.P.arenas_pub),
    "BARRAGE": lambda c: c.ch(c.P.barrages),
    "CISSS": lambda c: c.ch(c.P.cisss),
    "ORG": lambda c: c.ch(c.P.orgs),
    "COMMUNAUTE": lambda c: c.ch(c.P.communautes),
    "TRAV": lambda c: c.ch(c.P.trav),
    "BIBLIO": lambda c: c.ch(c.P.biblios),
    "BOULPUB": lambda c: c.ch(c.P.bouls_pub),
    "CLSCPUB": lambda c: c.ch(c.P.clsc_pub),
    "RUEPUB": lambda c: c.ch(c.P.streets_rue),
    "INST": lambda c: c.ch(["815", "006", "003", "001", "002", "004", "010", "829", "016"]),
}

PERS = {
    # noms
    "NP": f_name("full"), "NPf": f_name("full", "f"), "NPm": f_name("full", "m"),
    "PN": f_name("given"), "PNf": f_name("given", "f"), "PNm": f_name("given", "m"),
    "SN": f_name("surname"),
    "NSF": f_name("inv"), "NI": f_name("init"), "NICK": f_name("nick"),
    "NCOMP": f_name("comp"), "NCOMPf": f_name("comp", "f"), "NCOMPm": f_name("comp", "m"),
    "NPART": f_name("part"), "NPARTf": f_name("part", "f"), "SNPART": f_name("spart"),
    "NTYPO": f_name("typo"), "NTYPOm": f_name("typo", "m"), "NTYPOf": f_name("typo", "f"),
    "NAUT": f_name("full", None, "aut"), "NAUTf": f_name("full", "f", "aut"), "NAUTm": f_name("full", "m", "aut"),
    "NDIA": f_name("full", None, "dia"), "NDIAf": f_name("full", "f", "dia"), "NDIAm": f_name("full", "m", "dia"),
    "SNDIA": f_name("surname", None, "dia"), "NEN": f_name("full", None, "en"),
    # adresses
    "ADR": _planter(lambda c: _adr_text(c, "any")),
    "ADRF": _planter(lambda c: _adr_text(c, "full")),
    "ADRABR": _planter(lambda c: _adr_text(c, "abbr")),
    "ADRNT": _planter(lambda c: _adr_text(c, "notype")),
    "ADRORD": _planter(lambda c: _adr_text(c, "ord")),
    "ADRMT": _planter(lambda c: _adr_text(c, "mt")),
    "ADRAPP": _planter(_adr_app_text), "ADRRANG": _planter(_adr_rang_text),
    "ADRCHALET": _planter(_adr_chalet_text), "ADREN": _planter(_adr_en_text),
    "CP": _planter(_cp_text), "CASE": _planter(_case_text), "RR": _planter(_rr_text),
    "LOT": _planter(_lot_text), "LOTC": _planter(_lotc_text),
    # âges
    "AGE": _age_plain(18, 95), "AGEV": _age_plain(65, 104), "AGEE": _age_plain(1, 17),
    "AGEA": f_agea, "AGEHF": f_agehf, "AGEN": _age_bare(2, 98), "AGENE": _age_bare(2, 17), "AGENV": _age_bare(65, 104),
    "AGENA": _age_bare(18, 95), "AGENADO": _age_bare(11, 17),
    "AGEW": _age_words(18, 104), "AGEWE": _age_words(6, 17), "AGEWV": _age_words(65, 104), "AGEAPP": f_ageapp, "AGEM": f_agem,
    "AGEEN": f_ageen, "AGEEN2": f_ageen2,
    # dates de naissance
    "DDN": _ddn("ANY"), "DDNISO": _ddn("DDNISO"), "DDNSL": _ddn("DDNSL"), "DDNSL4": _ddn("DDNSL4"),
    "DDNTXT": _ddn("DDNTXT"), "DDNCMP": _ddn("DDNCMP"), "DDNEN": _ddn("DDNEN"), "DDNDASH": _ddn("DDNDASH"),
    "DDNABR": _ddn("DDNABR"), "DDNDOT": _ddn("DDNDOT"), "DDNMOTS": _ddn("DDNMOTS", 1925, 2010),
    "DDNJM": _ddn("DDNJM"), "DDNJMEN": _ddn("DDNJMEN"), "DDNY": f_ddny, "DDNYA": _ddny(1924, 1984), "DDNY2": f_ddny2,
    "DDNENF": _ddn("ANY", 2005, 2023),
    # téléphones
    "TEL": _tel("ANY"), "TELPAR": _tel("TELPAR"), "TELPTS": _tel("TELPTS"), "TELCMP": _tel("TELCMP"),
    "TELINTL": _tel("TELINTL"), "TELPOSTE": _tel("TELPOSTE"), "TELMOTS": _tel("TELMOTS"),
    "TELODD": _tel("TELODD"), "TEL7": f_tel7, "TELFOR": f_telfor, "TELPART": f_telpart,
    "TELPARTD": f_telpartd,
    # plaques
    "PLQ": _patfill("PLQ"), "PLQC": _patfill("PLQC"), "PLQR": _patfill("PLQR"), "PLQM": _patfill("PLQM"),
    "PLQV": _patfill("PLQV"), "PLQB": _patfill("PLQB"), "PLQHP": _patfill("PLQHP"), "PLQP": _patfill("PLQP"),
    "PLQNS": _patfill("PLQNS"), "PLQT": _patfill("PLQT"), "PLQS": _patfill("PLQS"),
    # identifiants
    "NAS": f_nas, "RAMQ": f_ramq, "PERMIS": f_permis, "PASSP": _patfill("PASSP"), "PASSPF": _patfill("PASSPF"),
    "DETENU": _patfill("DETENU"), "RECLAM": _patfill("RECLAM"), "DOSMSP": _patfill("DOSMSP"),
    "TRANSIT": _patfill("TRANSIT"), "FOLIO": _patfill("FOLIO"), "COMPTE": _patfill("COMPTE"),
    "STATUT": _patfill("STATUT"), "MATR": _patfill("MATR"), "HYDRO": _patfill("HYDRO"), "UCI": _patfill("UCI"),
    "ROLE": _patfill("ROLE"), "USAGER": _patfill("USAGER"), "POLICE": _patfill("POLICE"),
    "CARTE4": f_telcarte4, "CARTEMASK": _patfill("CARTEMASK"), "DOSGOV": _patfill("DOSGOV"),
    # courriels
    "MAIL": _mail("std"), "MAILREG": _mail("reg"), "MAILNUM": _mail("num"), "MAILOBF": _mail("obf"),
    "MAILSP": _mail("sp"), "MAILPRO": _mail("pro"), "MAILGOUV": _mail("gouv"), "MAILTYPO": _mail("typo"), "MAILEXO": _mail("exo"),
    # liens familiaux
    "LIEN": _lien(), "LIEN_ELU": _lien(None, "elu"), "LIEN_URG": _lien(None, "urg"),
    "LIEN_COM": _lien(None, "com"), "LIEN_COMM": _lien(None, "comm"), "LIEN_SPORT": _lien(None, "sport"),
    "LIENBF": _lien("bf"), "LIENGP": _lien("gp"), "LIENCJ": _lien("cj"), "LIENEX": _lien("ex"),
    "LIENCOU": _lien("cou"), "LIENFR": _lien("fr"), "LIENDEMI": _lien("demi"), "LIENENF": _lien("enf"),
    "LIENX": _lien(article=False), "LIENXC": _lien(article=False, cap=True),
    "LIENXf": _lien(article=False, gender="f"), "LIENXm": _lien(article=False, gender="m"),
    "LIENFEU": f_lienfeu, "LIENNOM": f_liennom, "LIENADR": f_lienadr, "LIENEN": f_lienen,
    # lieux de travail
    "EMP": _emp("any"), "EMPBIG": _emp("big"), "EMPUSINE": _emp("usine"), "EMPHOP": _emp("hop"),
    "EMPCHSLD": _emp("chsld"), "EMPPHARM": _emp("pharm"), "EMPECOLE": _emp("ecole"), "EMPCPE": _emp("cpe"),
    "EMPCHAIN": _emp("chain"), "EMPPETIT": _emp("petit"),
}
for _cat in SANTE_CATS:
    PERS[_cat] = _sante(_cat)
PERS["S"] = _sante("ANY")

# ---------------------------------------------------------------------------
# Familles de formulations. Gabarit d'indice pair -> dev5, impair -> heldout5.
# ---------------------------------------------------------------------------

FAMILIES: list[dict] = []


def F(kind, name, tf, templates):
    FAMILIES.append(dict(kind=kind, family=f"{kind}.{name}", tf=tf, templates=list(templates)))


# ============================== NOM ========================================
F("nom", "formulaire", None, [
    "Nom: {NP} / Tél: {TEL} / Motif: refoulement d'égout, sous-sol inondé ({N} pi)",
    "NOM DU DEMANDEUR : {NSF} -- MUNICIPALITÉ : {VILLE} -- TYPE : érosion de berge",
    "Sinistré(e): {NP}; Nb occupants: {N}; Assuré: non; Relogé chez parenté",
    "Déclarant ..... {NP}\nQualité ...... locataire\nDommages ..... toiture arrachée",
    "nom/prénom: {SN}/{PN} | statut: propriétaire occupant | visite faite le {DATE}",
    "Personne-ressource sur place : {NP} (voisin) — clés laissées à la {CASERNE}",
    "Requérant(e) : {NP}\tMunicipalité : {VILLE}\tNature : glissement de terrain",
])
F("nom", "debut", None, [
    "{NP} a quitté le centre d'hébergement de {VILLE} vers {HEURE} avec sa valise.",
    "{NPf} rappelle : l'eau monte encore dans la cour, elle demande des sacs de sable.",
    "{NSF} — refus d'évacuer, décharge signée devant deux témoins.",
    "{NPm} s'est présenté au comptoir de la Croix-Rouge sans pièce d'identité.",
    "{NP} : dossier fermé, indemnité versée, aucun suivi requis.",
    "{NP}, occupant du logement du haut, n'a pas d'assurance habitation.",
])
F("nom", "fin", None, [
    "Appel logé à {HEURE} pour odeur de gaz, l'appelant est {NPm}.",
    "Clés du chalet remises à la voisine, {NPf}.",
    "Le formulaire de réclamation a été signé par {NP}",
    "Bris de quai à la marina, signalé par le gardien {NPm}.",
    "Rencontre au bureau municipal annulée à la demande de {NP}.",
    "Refuge de {VILLE} : chambre {NN} attribuée à {NP}",
])
F("nom", "parentheses", None, [
    "Le propriétaire ({NPm}) refuse l'accès aux inspecteurs de la MRC.",
    "Deux sinistrés hébergés au motel (fam. {SN}) jusqu'à nouvel ordre.",
    "Évacuation préventive du rang ({NP}, {NP}) — retour prévu demain.",
    "Réf. par le CLSC (intervenante : {NPf}) pour hébergement temporaire.",
    "Chien laissé seul dans la maison (propr. {NP}), SPA avisée.",
    "Témoin de la collision [{NP}] a quitté avant l'arrivée des policiers.",
])
F("nom", "liste", None, [
    "Occupants : {NP}, {NP}, {PN} et le petit {PNm}.",
    "Liste des résidents relogés — {NSF}; {NSF}; {NSF}.",
    "Présents à la rencontre: {NPf}, {NPm}, {SN} (fils), la conseillère du district.",
    "Bénévoles de nuit : {NP} / {NP} / {NP}",
    "À rappeler demain: 1) {NP} 2) {NP} 3) {NP}",
    "Sinistrés sans assurance : {SN}, {SN}, {SN} et {NP}.",
])
F("nom", "inverse", None, [
    "Demandeur : {NSF} — dossier ouvert à {HEURE}.",
    "{NSF} (locataire) a signalé de la moisissure après le retrait de l'eau.",
    "Inscrit au registre d'hébergement sous {NSF}, chambre partagée.",
    "Dossier au nom de {NSF}, pas de co-demandeur.",
    "Liste CUR ligne {NN}: {NSF} — relogé",
    "Appelant: {NSF}, rappel impossible, boîte vocale pleine.",
])
F("nom", "initiales", None, [
    "Visite chez {NI}, dommages mineurs au revêtement.",
    "Rapport rédigé suite aux propos de {NI} concernant l'effondrement du hangar.",
    "{NI} a confirmé la présence d'amiante dans le sous-sol.",
    "Intervenant pivot : {NI} (TS) — réf. faite au CLSC.",
    "Le client {NI} conteste le montant de l'indemnité.",
    "Suivi tél. avec {NI} : attend toujours l'expert en sinistre.",
])
F("nom", "civilite", None, [
    "Mme {SN} refuse de quitter sans son chat.",
    "M. {SN} a été vu pour la dernière fois près du quai.",
    "Madame {SN} (locataire) dit que son propriétaire ne répond pas.",
    "Rencontré Monsieur {SN} et sa conjointe dans le stationnement de l'aréna.",
    "Me {SN}, notaire de la succession, demande une copie du rapport d'incendie.",
    "La Dre {SN} a été avisée du relogement de son patient.",
])
F("nom", "surnoms", None, [
    "{NICK} est encore revenu dormir dans le garage municipal.",
    "Le gars qu'on appelle {NICK} aurait vu le feu partir du cabanon.",
    "Selon les voisins, c'est {NICK} qui conduisait la motoneige.",
    "« {NICK} » a aidé à sortir les animaux de la grange.",
    "Info de {NICK} (bien connu des patrouilleurs) : le pont est fissuré.",
    "Ask {NICK} at the marina, he has the keys to the shed.",
])
F("nom", "autochtones", None, [
    "{COMMUNAUTE} : {NAUT} demande un transport vers {VILLE} pour ses rendez-vous.",
    "Feu de forêt près de la communauté; {NAUT} a évacué avec ses {N} enfants.",
    "Aîné de la communauté, {NAUTm}, hébergé au centre communautaire de {VILLE}.",
    "{NAUT} (gardien de territoire) signale un campement menacé par l'eau.",
    "Contact au conseil de bande : {NAUTf}, coordonnatrice des mesures d'urgence.",
    "Vol nolisé vers {VILLE} : passagère {NAUTf}, accompagnée de sa sœur {NAUTf}.",
])
F("nom", "diaspora", None, [
    "{NDIA} ne parle pas français, interprète demandé via la Croix-Rouge.",
    "Famille {SNDIA} (arrivée récemment) hébergée au sous-sol de l'église.",
    "{NDIAf} et ses deux enfants sont à l'hôtel jusqu'à lundi.",
    "Appel traduit en espagnol : {NDIA} cherche son frère {NDIAm}.",
    "Demandeur d'asile {NDIA}, pas de NAS, dirigé vers le PRAIDA.",
    "Le restaurant est fermé; le gérant {NDIAm} attend l'inspection.",
])
F("nom", "particules", None, [
    "{NPART} a signé la renonciation au nom de la succession.",
    "Appel de M. {SNPART} concernant la digue derrière sa propriété.",
    "Relocalisée: {NPARTf}. Animaux: 2 chats.",
    "La voisine, {NPARTf}, a entendu l'explosion vers {HEURE}.",
    "Rapport transmis à {NPART} et à son assureur.",
    "{SNPART} family still on the roof, boat requested.",
])
F("nom", "composes", None, [
    "{NCOMP} : sous-sol fini perdu, inventaire à venir.",
    "La locataire {NCOMPf} a été relogée par l'OMH.",
    "Témoin : {NCOMP}, a filmé la coulée avec son cellulaire.",
    "Propriétaires : {NCOMP} et {NCOMP}.",
    "{NCOMPm} demande qu'on rappelle plutôt sa conjointe.",
    "Dossier transféré — nouveau responsable du ménage : {NCOMP}.",
])
F("nom", "fautes", None, [
    "Monsieur {NTYPOm} a rappeller pour savoir quand l'expert passe.",
    "vérif. faite aupres de {NTYPO}, rien a signaler",
    "{NTYPOm} dit qu'il a pas recu le cheque du ministere",
    "Appel de {NTYPO} (orthographe à confirmer) re: glissement de terrain",
    "la dame {NTYPOf} veut parlé au responsable",
    "Signalemnt par {NTYPO} : arbre tombé sur la remise",
])
F("nom", "majuscules", "upper_noacc", [
    "APPELANT {NP} SIGNALE FUMEE NOIRE DERRIERE L'ENTREPOT",
    "{NP} REFUSE TRANSPORT AMBULANCIER, REFUS SIGNE",
    "EVAC. VOLONTAIRE DE {NP} ET {NP} VERS LE CENTRE DE SERVICES",
    "RENCONTRE AVEC {NSF} A {HEURE}. DOSSIER A COMPLETER.",
    "PROPRIO: {NP} / LOCATAIRE: {NP}",
    "INFO TRANSMISE PAR {NP} VIA LA LIGNE SANS FRAIS",
])
F("nom", "minuscules_sans_accents", "lower_noacc", [
    "parle avec {NP} ce matin, il attend toujours l'electricien",
    "{NP} pis sa blonde sont partis chez sa mere a {VILLE}",
    "dossier de {NP} complete, reste les photos du garage",
    "rappel a faire : {NP}, demande de remboursement des frais d'hebergement",
    "la voisine ({NP}) a vu le camion de la ville passer vers {HEURE}",
    "{NSF} — aucune nouvelle depuis le 2e avis",
])
F("nom", "anglais", None, [
    "Caller {NP} reports water coming in through the basement window.",
    "Spoke with {NPf}; she is staying with her daughter until Friday.",
    "{NP} refused to leave, signed the waiver at {HEURE}.",
    "Homeowner {NPm} wants a copy of the fire report for his insurer.",
    "Neighbour {NEN} has a generator and is checking on the street.",
    "Volunteer shift: {NP} and {NP}, cots and blankets restocked.",
])
F("nom", "sms", "lower", [
    "jai parlé a {PN} ce matin, rappel dmain pr les sacs de sable",
    "{PN} dit ke son pere est ok mais le sous-sol est plein d'eau lol",
    "slt, {NP} va passer chercher les clés vers {HEURE} stp laisser au poste",
    "mrci {PN}!! la génératrice marche",
    "{NP} est pas rentré au refuge hier soir, qqun la vu?",
    "msg de {PN} {SN}: chu coincé sur la {RTE}, ca bouge pu",
])
F("nom", "prenom_seul", None, [
    "La petite {PNf} ({AGEE}) a été réunie avec sa mère à {HEURE}.",
    "{PNm} (ado) a aidé à remplir les sacs de sable toute la nuit.",
    "Demander à {PNf} de la réception si le formulaire est arrivé.",
    "Le chat appartient à {PNf}, chambre {N}, pas de puce.",
    "{PN} du 2e étage n'a pas encore été rejoint.",
    "Bénévole {PN} a fait le tour des chalets avec le VTT.",
])
F("nom", "nom_famille", None, [
    "Chez les {SN}, l'eau a atteint le plancher du rez-de-chaussée.",
    "La famille {SN} a refusé l'hébergement offert.",
    "Les {SN} du bout du rang ont encore de l'électricité.",
    "Dommages au garage des {SN}, toiture à refaire.",
    "Demande d'aide financière conjointe {SN}/{SN}.",
    "Le clan {SN} au complet est hébergé au chalet d'un cousin.",
])
F("nom", "note_longue", None, [
    "Appel reçu à {HEURE}. {NP} signale que sa mère, {NPf}, {AGEV}, est seule au {ADR}. La dame est {S_ADJ} "
    "et n'a pas de voiture. Équipe dépêchée, transport vers le centre d'hébergement de {VILLE}.",
    "Visite du {DATE}. Rencontré {NPm} et sa conjointe {NPf}. Sous-sol complètement inondé, chauffe-eau perdu. "
    "Ils demandent l'avance de 2 000 $. Joindre au {TEL}.",
    "Relève de nuit: {NP} toujours au refuge, lit {NN}. {NP} parti chez sa sœur. Plainte de bruit contre "
    "{NICK}, réglée. Rien d'autre.",
    "Incendie de cheminée. Propriétaire {NP} absent, le voisin {NPm} a ouvert la porte. Aucun blessé. "
    "Dommages à la toiture évalués à {MONTANT}. Rapport transmis à l'assureur.",
    "Personne disparue : {NP}, {AGE}, vue pour la dernière fois au dépanneur du village. Véhicule : {MODELE} "
    "{COULEUR}, plaque {PLQ}. Famille avisée. Recherche au sol avec la SQ et les pompiers.",
    "Dossier d'aide financière. Demandeur : {NSF}. Co-demandeur : {NP}. Adresse du sinistre : {ADR}. "
    "Statut : en attente de l'évaluation. Parler à sa fille {PNf} au besoin.",
])
F("nom", "cue_inhabituel", None, [
    "Répondant désigné par la famille → {NP}.",
    "Celui qui a ouvert la vanne, c'est {NPm} selon trois témoins.",
    "Identifié(e) sur place grâce à sa carte d'assurance maladie : {NP}.",
    "Le gars au tracteur (un certain {NPm}) a déblayé la route sans permission.",
    "Qui a la clé du local? → {NP}",
    "Signataire de la décharge ... {NP}",
])
F("nom", "releve_quart", None, [
    "Relève {HEURE}: {NP} toujours au 3e, refuse le souper. À surveiller.",
    "Quart de nuit RAS sauf {NP} qui a demandé des couvertures.",
    "Passation: {NPf} (bénévole) remplacée par {NPm} à 23h.",
    "Pour le quart de jour : rappeler {NP} re: son chien perdu",
    "Fin de quart — {NP} transféré à l'hôtel, {NP} au refuge",
    "Note au prochain quart: {NPm} est agressif verbalement, ne pas intervenir seul.",
])

F("nom", "sans_accents", "noacc", [
    "Rencontre avec {NP} au centre de services, dossier ouvert.",
    "La proprietaire, {NPf}, refuse que les pompiers entrent dans le garage.",
    "Temoin : {NSF}, a vu le camion quitter vers le nord.",
    "Selon {NP}, le ponceau etait deja bouche l'an passe.",
    "Benevoles presents ce soir : {NP}, {NP} et {PN}.",
    "{NI} a rapporte les cles du chalet a la municipalite.",
])

# ============================== ADRESSE ====================================
F("adresse", "formulaire", None, [
    "Adresse : {ADRF}, {VILLE} {CP}",
    "Adresse du sinistre: {ADRF} / Municipalité: {VILLE} / Code postal: {CP}",
    "ADR.: {ADR} -- {VILLE} (Québec) {CP}",
    "Lieu : {ADRF}\nType : inondation printanière\nOccupants : {N}",
    "Adresse civique ........ {ADR}\nVille ........ {VILLE}",
    "Résidence principale: {ADR}, {VILLE} — Résidence secondaire: {ADRCHALET}",
])
F("adresse", "debut", None, [
    "{ADR} : sous-sol inondé, pompe en fonction.",
    "{ADRF} — toiture partiellement arrachée par les vents.",
    "{ADR}, {VILLE} : feu de cuisson maîtrisé, occupants relogés.",
    "{ADR} avis d'évacuation remis en main propre.",
    "{ADRF}: bâtiment condamné par l'inspecteur.",
    "{ADR} / arbre sur la ligne électrique, Hydro avisé",
])
F("adresse", "fin", None, [
    "Intervention pour refoulement au {ADR}",
    "Odeur de propane rapportée par le locataire du {ADRF}.",
    "La famille a été relocalisée temporairement chez des proches au {ADR}.",
    "Le chien errant a été récupéré devant le {ADR}",
    "Visite de l'expert en sinistre prévue mardi au {ADRF}",
    "Dernière adresse connue : {ADR}, {VILLE}",
])
F("adresse", "appartement", None, [
    "{ADRAPP} : dégât d'eau venant de l'étage supérieur.",
    "Locataire du {ADRAPP} sans électricité depuis 3 jours.",
    "Évacuation complète de l'immeuble; la dame du {ADRAPP} refuse de sortir.",
    "Fumée dans le corridor, source au {ADRAPP}.",
    "Relogement: anciennement {ADRAPP}, maintenant chez sa fille.",
    "Plainte de bruit au {ADRAPP}, 2e plainte cette semaine.",
])
F("adresse", "sans_type", None, [
    "Fuite d'huile au {ADRNT}, Urgence-Environnement avisé.",
    "Le garage du {ADRNT} a pris feu vers {HEURE}.",
    "{ADRNT} à {VILLE} : inspecter les fondations.",
    "Résidence du {ADRNT} évacuée préventivement.",
    "Le demandeur habite au {ADRNT} depuis 1987.",
    "Coupure d'eau demandée pour le {ADRNT}",
])
F("adresse", "rang_route", None, [
    "Grange effondrée au {ADRRANG}, animaux à déplacer.",
    "{ADRRANG} — ponceau bouché, eau sur le terrain.",
    "Ferme du {ADRRANG}: silo endommagé par la foudre.",
    "Accès impossible au {ADRRANG}, chemin emporté.",
    "Le propriétaire du {ADRRANG} demande une pelle mécanique.",
    "Feu de broussailles derrière le {ADRRANG}, maîtrisé.",
])
F("adresse", "ordinal", None, [
    "Sous-sol inondé au {ADRORD}.",
    "{ADRORD}, {VILLE} : chute d'arbre sur une voiture.",
    "Le triplex du {ADRORD} a été évacué.",
    "Résidence sinistrée : {ADRORD}",
    "Refoulement signalé au {ADRORD} et au {ADRORD}.",
    "La propriétaire du {ADRORD} veut faire évaluer sa fondation.",
])
F("adresse", "chalet_lac", None, [
    "Chalet au {ADRCHALET} inaccessible, eau sur le chemin.",
    "Propriétaire saisonnier du {ADRCHALET} absent, voisin a fermé l'entrée d'eau.",
    "Le camp de chasse ({ADRCHALET}) a été emporté par la débâcle.",
    "{ADRCHALET} : quai arraché, embarcation dérivée.",
    "Résidence secondaire: {ADRCHALET}. Résidence principale à {VILLE}.",
    "Feu de camp mal éteint près du {ADRCHALET}.",
])
F("adresse", "lot_cadastre", None, [
    "Terrain vacant, lot {LOT}, remblai non autorisé.",
    "La résidence est construite sur le lot {LOT} en zone inondable 0-20 ans.",
    "Demande de permis pour le lot {LOT}, refusée.",
    "Cadastre du Québec, lot {LOT}: glissement de terrain actif derrière la maison.",
    "Propriétaire des lots {LOT} et {LOT} avisé de l'ordonnance.",
    "Partie du lot {LOTC}, chalet non conforme.",
])
F("adresse", "code_postal", None, [
    "Code postal du demandeur : {CP}",
    "CP du sinistré : {CP} (à vérifier, courrier retourné)",
    "Envoyer le chèque au code postal {CP}, adresse à confirmer.",
    "Résidence principale (code postal {CP}) déclarée au dossier.",
    "Le code postal inscrit par la locataire ({CP}) ne correspond pas à la municipalité.",
    "Adresse postale du demandeur incomplète, seul le code {CP} est lisible.",
])
F("adresse", "case_postale", None, [
    "Correspondance à envoyer : {CASE}, {VILLE} {CP}",
    "Le demandeur n'a pas de livraison à domicile, utiliser {CASE}.",
    "Adresse postale: {CASE}. Adresse du sinistre: {ADR}.",
    "Chèque retourné — {CASE} fermée.",
    "Mail to {CASE}, {VILLE} QC {CP}",
    "Envoi au propriétaire : {CASE}, {VILLE}",
])
F("adresse", "anglais", None, [
    "Water in basement at {ADREN}, homeowner pumping.",
    "Tree down on the house at {ADREN}, no injuries.",
    "{ADREN} — evacuation notice delivered at {HEURE}.",
    "Family relocated from {ADREN} to the Legion hall.",
    "Caller lives at {ADREN}, {VILLE}, and smells gas.",
    "Chimney fire at {ADREN}, fire out on arrival.",
])
F("adresse", "abreviations", None, [
    "{ADRABR} : bris d'aqueduc devant la maison, eau dans le s-s.",
    "Réf. au {ADRABR} pr vérif. structure.",
    "Sinistre au {ADRABR}, {VILLE}.",
    "Insp. faite au {ADRABR} — OK pour réintégration.",
    "Ptits dommages au {ADRABR}",
    "Voir aussi le {ADRABR} (même proprio).",
])
F("adresse", "majuscules", "upper_noacc", [
    "ADRESSE {ADRF} {VILLE} {CP}",
    "FEU DE CHEMINEE AU {ADR}",
    "EVACUES DU {ADRAPP} VERS L'HOTEL",
    "{ADR} - EAU AU PLANCHER PRINCIPAL",
    "RESIDENCE {ADR}, CODE POSTAL {CP}, ASSURE",
    "VISITE A FAIRE: {ADR} ET {ADR}",
])
F("adresse", "minuscules_sans_accents", "lower_noacc", [
    "eau au sous-sol au {ADR} depuis hier soir",
    "{ADR} {VILLE} - chauffe-eau a remplacer",
    "on a laisse les sacs de sable devant le {ADR}",
    "adresse: {ADRAPP}",
    "le proprio du {ADR} a appele 3 fois",
    "livrer le deshumidificateur au {ADR}",
])
F("adresse", "parentheses", None, [
    "La locataire (au {ADR}) n'a pas d'assurance.",
    "Refuge temporaire chez la tante ({ADRF}, {VILLE}).",
    "Odeur de brûlé (vers le {ADR}) signalée par un passant.",
    "Maison mobile ({ADR}) arrachée de ses blocs.",
    "Plainte contre le voisin [{ADR}] pour pompage vers la rue.",
    "Dommages (garage détaché, {ADR}) non couverts.",
])
F("adresse", "liste", None, [
    "Résidences touchées : {ADR}, {ADR}, {ADR}.",
    "Avis d'évacuation remis : {ADRNT}; {ADRNT}; {ADRNT}; {ADRNT}",
    "À inspecter demain — 1) {ADR} 2) {ADRAPP} 3) {ADRRANG}",
    "Relogés : {ADR} (2 pers.), {ADR} (4 pers.)",
    "Secteur B : {ADR} / {ADR} / {ADR}",
    "Maisons sans électricité : {ADRORD}, {ADR} et {ADRMT}.",
])
F("adresse", "montee_cote_etc", None, [
    "Glissement derrière le {ADRMT}.",
    "{ADRMT} : fissure dans la fondation après le séisme.",
    "Résidence du {ADRMT} privée d'eau potable.",
    "Feu de véhicule dans l'entrée du {ADRMT}.",
    "Le proprio du {ADRMT} demande un permis de démolition.",
    "Évacuation du {ADRMT} levée à {HEURE}.",
])
F("adresse", "note_longue", None, [
    "Appel de {NPf} à {HEURE}. Eau dans le sous-sol au {ADRF}, {VILLE}. Elle a déjà pompé une partie. "
    "Pas d'assurance pour les inondations. Rappel au {TEL}.",
    "Inspection du {DATE}: {ADR} – fondation fissurée, structure à évaluer. {ADR} – OK. {ADRAPP} – moisissures, "
    "locataire relogé. Rapport à l'ingénieur.",
    "Adresse du sinistre : {ADRCHALET}. Adresse de correspondance : {ADR}, {VILLE} {CP}. Propriétaire : {NP}. "
    "Chalet emporté en partie par la crue.",
    "Feu de cuisson au {ADRAPP}. Occupant {NPm}, {AGE}, sorti par ses propres moyens. Ventilation faite. "
    "Retour permis à {HEURE}.",
    "Les occupants du {ADRRANG} ont été évacués par bateau. Ils sont hébergés chez {NP} au {ADR}. "
    "Le bétail reste sur place, le fils passera le nourrir.",
    "Demande d'aide reçue. Résidence principale au {ADR}, {VILLE}. Lot {LOT}. Zone inondable confirmée. "
    "Montant maximal atteint l'an dernier.",
])
F("adresse", "intersection", None, [
    "Près du coin {RUEPUB} et {RUEPUB}, précisément au {ADR}.",
    "Arbre tombé à l'intersection, dommages au {ADR}.",
    "Entre la {RTE} et le fleuve, au {ADRRANG}.",
    "Dans la courbe du rang, au {ADRRANG}, face à l'église.",
    "Au {ADR}, en face du parc municipal.",
    "Derrière l'école, {ADR}, la clôture est tombée.",
])
F("adresse", "sms", "lower", [
    "chu au {ADR} ya de leau partout",
    "passe au {ADR} stp ya un arbre sur le toit",
    "{ADR} ok pr ce soir, demain on retourne",
    "g laissé les clés au {ADRAPP}",
    "ladresse c {ADR} {VILLE}",
    "rdv au {ADRNT} 9h",
])
F("adresse", "rurale_postale", None, [
    "Adresse postale : {RR}, {VILLE} {CP}.",
    "Propriété agricole, {RR}, lot {LOT}.",
    "Livraison via {RR} (boîte au bout de l'entrée).",
    "{RR} {VILLE} — pas de numéro civique affiché, installer une plaque 911.",
    "Coordonnées du propriétaire : {RR}, {CP}",
    "Adresse incomplète ({RR}) — demander le numéro civique.",
])
F("adresse", "ancienne_nouvelle", None, [
    "Ancienne adresse : {ADR}. Nouvelle : {ADRAPP}.",
    "Déménagé du {ADR} au {ADR} après le sinistre.",
    "Changement d'adresse reçu ({ADRF}, {CP}).",
    "A habité au {ADR} jusqu'en 2019, maintenant à {VILLE}.",
    "Courrier retourné du {ADR}; nouvelle adresse inconnue.",
    "Moved from {ADREN} to {ADR} last spring.",
])

# ============================== AGE ========================================
F("age", "ans", None, [
    "Victime, {AGE}, transportée à l'hôpital de {VILLE}.",
    "L'occupant, {AGE}, vit seul depuis le décès de sa femme.",
    "Conducteur de {AGE}, aucune blessure apparente.",
    "Femme de {AGE} retrouvée saine et sauve près du barrage.",
    "Le locataire a {AGE} et n'a pas de voiture.",
    "Fugueuse de {AGEE} retrouvée au terminus.",
])
F("age", "abrege", None, [
    "Vict. {AGEA}, sortie seule du véh.",
    "Occ. {AGEA} refuse évac.",
    "Dame {AGEA} trouvée dans l'escalier du sous-sol, évacuée.",
    "Homme {AGEA} coincé dans son véhicule, désincarcération.",
    "Resp. du logement : {AGEA}, veuf.",
    "Passager arrière {AGEA}, ceinture portée.",
])
F("age", "sexe_age", None, [
    "Occupant {AGEHF} évacué par l'échelle.",
    "Personnes à bord : {AGEHF}, {AGEHF}.",
    "Évacués: {AGEHF} + {AGEHF} + chien",
    "Témoin {AGEHF} a vu le camion reculer.",
    "{AGEHF} retrouvé dans le bois, marche seul.",
    "Conducteur {AGEHF}, passagère {AGEHF}.",
])
F("age", "parentheses", None, [
    "Le grand-père ({AGENV}) est resté au deuxième étage.",
    "Conducteur ({AGEN}) soumis à l'alcootest, négatif.",
    "{NPf} ({AGENA}) hébergée au motel du village.",
    "Deux ados ({AGENADO} et {AGENADO}) ont vu le départ du feu.",
    "Le proprio ({AGE}) veut reconstruire.",
    "Fillette ({AGEE}) réunie avec sa mère.",
])
F("age", "mots", None, [
    "La dame a {AGEW} et habite seule au bout du rang.",
    "Un garçon de {AGEWE} a donné l'alerte.",
    "Âgé de {AGEW}, le propriétaire refuse de quitter.",
    "Le conducteur, {AGEW}, circulait seul.",
    "Elle vient d'avoir {AGEW}.",
    "Victime : homme, {AGEW}, transporté par ambulance.",
])
F("age", "approx", None, [
    "Homme {AGEAPP}, cheveux gris, vu près du quai.",
    "Locataire {AGEAPP}, vit avec sa mère.",
    "Une femme {AGEAPP} a été vue quittant les lieux.",
    "Le suspect serait {AGEAPP}.",
    "Couple {AGEAPP}, autonomes, relogés chez leur fils.",
    "Propriétaire {AGEAPP}, visiblement ébranlé.",
])
F("age", "bebe", None, [
    "Mère et bébé de {AGEM} évacués par les pompiers.",
    "Nourrisson ({AGEM}) vu par les ambulanciers, RAS.",
    "Famille avec un poupon de {AGEM}, besoin de couches et de lait.",
    "Enfants : {AGEE} et {AGEM}.",
    "Le bébé ({AGEM}) dort dans le véhicule de la SQ avec sa mère.",
    "Jumeaux de {AGEM} à reloger avec les parents.",
])
F("age", "anglais", None, [
    "Male, {AGEEN}, found walking on the shoulder of the {AUTO}.",
    "Caller's mother is {AGEEN} and lives alone.",
    "{AGEEN} driver, minor damage, no injuries.",
    "Two kids ({AGENE} and {AGENE}) in the back seat.",
    "Missing person: female, {AGEEN}, last seen near the marina.",
    "The homeowner, a {AGEEN2} man, refused to evacuate.",
])
F("age", "formulaire", None, [
    "Âge : {AGEN} / Sexe : F / Statut : sinistrée",
    "Nom: {NP} | Âge: {AGEN} | Occupants: {N}",
    "AGE......{AGEN}\nSEXE.....M\nSTATUT...évacué",
    "Âge du demandeur: {AGENA} ans — Âge du conjoint: {AGENA} ans",
    "Âge (approx.) : {AGEN}",
    "Sexe/âge: F/{AGEN}",
])
F("age", "liste", None, [
    "Enfants : {AGENE}, {AGENE} et {AGEE}.",
    "Occupants : père ({AGE}), mère ({AGE}), 2 enfants ({AGENE} et {AGENE} ans).",
    "Âges des évacués: {AGEN}, {AGEN}, {AGEN}, {AGEN}",
    "Famille de 4 — {AGENA}/{AGENA}/{AGENE}/{AGENE}",
    "Les jeunes ({AGENE}, {AGENE}) dorment chez un ami.",
    "Résidents du 2e : une dame de {AGEV} et son fils de {AGE}.",
])
F("age", "debut", None, [
    "{AGE}, vit seule, aucune famille proche.",
    "{AGEV}, demande une chambre au rez-de-chaussée.",
    "{AGENA} ans et toujours à la pêche sur la glace malgré les avis.",
    "{AGEA} — conducteur du VTT, casque porté.",
    "{AGEW}, c'est l'âge de la résidente évacuée en premier.",
    "{AGE} et propriétaire de la maison depuis toujours.",
])
F("age", "majuscules", "upper_noacc", [
    "HOMME {AGE} TROUVE DANS LE FOSSE, EVACUE",
    "VICTIME {AGEA} TRANSPORTEE CH {VILLE}",
    "OCCUPANTE {AGEV} REFUSE DE QUITTER",
    "{AGEHF} + {AGEHF} EVACUES PAR BATEAU",
    "ENFANT {AGEE} SEUL A LA MAISON, DPJ AVISEE",
    "CONDUCTEUR {AGE}, TAUX D'ALCOOL SOUS LA LIMITE",
])
F("age", "minuscules_sans_accents", "lower_noacc", [
    "monsieur {AGEV} seul dans la maison, on repasse demain",
    "jeune de {AGEE} retrouve au parc",
    "la dame a {AGEW} pis elle veut pas partir",
    "conducteur {AGEA} pas blesse",
    "locataire ({AGENA}) demenage chez son frere",
    "famille: parents {AGENA} et {AGENA}, enfant {AGEM}",
])
F("age", "sms", "lower", [
    "la madame a {AGEV} faut lui trouver un lit au rdc",
    "le ti-cul a {AGEE} il est avec nous",
    "c un monsieur de {AGEV} il veut pas lacher sa maison",
    "2 ados ({AGENADO} & {AGENADO}) sur le pont, on les ramène",
    "jpense qu'elle est {AGEAPP}",
    "bb de {AGEM} au refuge, besoin couches",
])
F("age", "agee_de", None, [
    "Âgée de {AGEV}, la résidente a été évacuée en chaise d'évacuation.",
    "Un homme âgé de {AGE} a signalé la fissure.",
    "La victime, âgée de {AGE}, a été rencontrée par les enquêteurs.",
    "Le jeune, âgé de {AGEE}, était seul au chalet.",
    "Propriétaire âgé de {AGEW}, veuf, sans enfant.",
    "Une adolescente âgée de {AGEE} a fugué du centre jeunesse.",
])
F("age", "aine_cadet", None, [
    "L'aîné ({AGEE}) garde les plus jeunes pendant que les parents pompent.",
    "Le plus vieux, {AGENE} ans, est parti chez des amis.",
    "La cadette a {AGEE}.",
    "Le benjamin ({AGEM}) reste avec sa mère.",
    "Trois enfants; le plus jeune a {AGEE}, le plus vieux {AGEE}.",
    "L'aînée des filles, {AGENE} ans, a appelé le 911.",
])
F("age", "note_longue", None, [
    "Incendie résidentiel à {HEURE}. Occupante {NPf}, {AGEV}, sortie par un voisin. Elle est {S_ADJ}. "
    "Hébergée chez sa fille à {VILLE}. Dommages majeurs.",
    "Accident sur la {ROUTE} au km {KMN}. Conducteur {AGEHF}, passagère {AGEHF}. Aucun blessé. "
    "Véhicule remorqué, plaque {PLQ}.",
    "Famille {SN} : père {AGENA} ans, mère {AGENA} ans, enfants de {AGEE} et {AGEM}. Relogés à l'hôtel 5 nuits. "
    "Besoin de vêtements d'hiver.",
    "Disparition : {NP}, {AGE}, vu pour la dernière fois au casse-croûte du village. Il porte un manteau rouge. "
    "Recherches en cours.",
    "Visite de suivi. Le couple ({AGENA} et {AGENA} ans) habite au {ADR}. Pas d'assurance. Demande transmise au MSP.",
    "Évacuation du rang : trois résidents de {AGEV}, {AGEV} et {AGE} transportés par la Croix-Rouge. "
    "Aucun animal. Clés remises au pompier de garde.",
])
F("age", "fin", None, [
    "La personne retrouvée a {AGE}.",
    "Selon la fiche, l'occupant a {AGEV}",
    "Conducteur impliqué : {AGEA}",
    "Elle a appelé le 911 elle-même, à {AGEE}.",
    "Âge de la victime : {AGEN}",
    "L'enfant disparu aurait {AGEE}",
])
F("age", "telegraphique", None, [
    "Vict. masc. {AGEA}, sorti seul du véh.",
    "Occ. fém. {AGEA}, évac. OK.",
    "Pers. âgée ({AGENV}) seule, voisine avisée.",
    "Cond. {AGEHF}, pass. {AGEHF}, 0 blessé.",
    "Ado {AGEA} — retourné au domicile.",
    "1 pers. {AGEA}, 1 chien, 0 véhicule.",
])
F("age", "tres_age", None, [
    "Résidente de {AGEV} transportée au centre d'hébergement.",
    "Le monsieur a {AGEWV} et conduit encore son tracteur.",
    "Dame de {AGEV} évacuée de la résidence privée pour aînés.",
    "Dame de {AGEV} vivant seule au 2e.",
    "Couple de {AGEV} et {AGEV}, autonomes.",
    "M. {SN}, {AGEV}, a toujours refusé de vendre sa terre.",
])
F("age", "anniversaire", None, [
    "Il fêtera ses {AGEN} ans la semaine prochaine.",
    "Elle vient d'avoir {AGE}.",
    "Party pour ses {AGEN} ans annulé à cause de la panne.",
    "Aura {AGE} en mai.",
    "Vient juste de fêter ses {AGEW}.",
    "Turned {AGEN} last week, still lives alone.",
])
F("age", "ados_jeunes", None, [
    "Ado de {AGEE} surpris à allumer un feu dans le boisé.",
    "Jeune de {AGENE} ans sur le toit de l'école, descendu par les pompiers.",
    "Deux jeunes ({AGENADO} et {AGENADO} ans) en motoneige sur le lac.",
    "Adolescente de {AGEE} placée temporairement.",
    "Un garçon de {AGEE} est tombé à l'eau; sorti par son frère.",
    "Groupe de 4 jeunes, le plus vieux {AGENE} ans, fuite à pied.",
])

# ============================== DATE DE NAISSANCE ==========================
F("date_naissance", "iso", None, [
    "DDN {DDNISO}, vit seul.",
    "{NP} (DDN : {DDNISO}) – demande d'hébergement.",
    "Date de naissance inscrite : {DDNISO}.",
    "Vérifier la DDN ({DDNISO}) avec la carte d'assurance maladie.",
    "Né le {DDNISO} selon le permis de conduire.",
    "Conjointe née le {DDNISO}.",
])
F("date_naissance", "slash", None, [
    "DDN: {DDNSL}",
    "Personne disparue, née le {DDNSL}, 1,70 m, cheveux bruns.",
    "{NSF} — {DDNSL} — locataire",
    "D.D.N. {DDNSL} (à confirmer)",
    "Enfant né le {DDNSL}, inscrit au dossier familial.",
    "dob {DDNSL}",
])
F("date_naissance", "texte", None, [
    "Née le {DDNTXT}, la demanderesse habite la maison depuis 40 ans.",
    "M. {SN}, né le {DDNTXT}, est le seul occupant.",
    "Date de naissance : {DDNTXT}",
    "Elle est née le {DDNTXT} à {VILLE}.",
    "Naissance : {DDNTXT}.",
    "L'aîné, né le {DDNTXT}, vit au sous-sol.",
])
F("date_naissance", "annee", None, [
    "Né en {DDNYA}, le propriétaire a bâti la maison lui-même.",
    "Née en {DDNYA}, veuve.",
    "Occupant (né en {DDNY}) refuse l'évacuation.",
    "Année de naissance : {DDNY}",
    "Les deux frères sont nés en {DDNY} et {DDNY}.",
    "Demandeur né vers {DDNY}.",
])
F("date_naissance", "classe", None, [
    "Classe {DDNYA}, retraité de la voirie.",
    "Le monsieur est de la classe {DDNYA}, il se souvient de l'inondation de 1974.",
    "Cuvée {DDNYA} selon son fils.",
    "Elle est de {DDNYA}, même année que mon père.",
    "Génération {DDNYA}, pas d'internet, envoyer par la poste.",
    "Un gars de la classe {DDNYA}.",
])
F("date_naissance", "anglais", None, [
    "DOB: {DDNEN}",
    "Born {DDNEN}, lives alone.",
    "YOB {DDNY}",
    "Date of birth {DDNISO}, confirmed with the health card.",
    "She was born on {DDNEN} in {VILLE}.",
    "Subject DOB {DDNSL}.",
])
F("date_naissance", "formulaire", None, [
    "Nom: {NP} / DDN: {DDN} / Tél: {TEL}",
    "Date de naissance (AAAA-MM-JJ): {DDNISO}",
    "NAISSANCE ..... {DDN}\nSEXE ..... F",
    "Prénom: {PN} — Nom: {SN} — Né(e) le: {DDN}",
    "Demandeur: {NSF} | DDN {DDN} | NAS: {NAS}",
    "ddn (jj/mm/aaaa) : {DDNSL4}",
])
F("date_naissance", "compacte", None, [
    "DDN {DDNCMP}",
    "Clé de recherche basée sur la DDN : {DDNCMP}",
    "né {DDNCMP}",
    "{SN} {DDNCMP}",
    "Fiche : {NSF} {DDNCMP} M",
    "Naissance:{DDNCMP}",
])
F("date_naissance", "parentheses", None, [
    "{NP} ({DDNISO}) hébergé au centre communautaire.",
    "La mère (née en {DDNY}) et le fils (né en {DDNY}).",
    "Occupant principal (n. {DDNSL})",
    "{NP} (née le {DDNTXT})",
    "Le locataire (DDN {DDN}) n'a pas d'assurance.",
    "Conjoint (°{DDNY}) absent lors de la visite.",
])
F("date_naissance", "tirets", None, [
    "Date naiss. {DDNDASH}",
    "né le {DDNDASH} (selon sa fille)",
    "{NSF}, {DDNDASH}",
    "Dte de naissance : {DDNDASH}",
    "Birthdate {DDNDASH}",
    "DN {DDNDASH} — vérifiée",
])
F("date_naissance", "mois_abrege", None, [
    "Né le {DDNABR}",
    "DDN {DDNABR}",
    "Naiss. {DDNABR}, veuf",
    "{NP}, {DDNABR}",
    "Née le {DDNABR} à l'Hôtel-Dieu",
    "DOB {DDNABR}",
])
F("date_naissance", "majuscules", "upper_noacc", [
    "NOM {NSF} DDN {DDN}",
    "NEE LE {DDNTXT} - VIT SEULE",
    "NE EN {DDNYA} - RETRAITE",
    "DATE DE NAISSANCE {DDNSL}",
    "OCCUPANT NE LE {DDNISO} REFUSE TRANSPORT",
    "DOB {DDNEN}",
])
F("date_naissance", "minuscules_sans_accents", "lower_noacc", [
    "nee le {DDNTXT}",
    "ddn {DDN} a verifier",
    "le proprio est ne en {DDNYA}",
    "{NP} ne le {DDNSL}",
    "date de naissance {DDNISO}",
    "c'est une dame nee en {DDNYA}",
])
F("date_naissance", "sms", "lower", [
    "elle est née le {DDNTXT} jcrois",
    "sa ddn c {DDNSL}",
    "né en {DDNY2} mettons",
    "ddn: {DDNCMP} ok?",
    "le gars est de {DDNYA}",
    "ya sa ddn {DDNDASH} sur sa carte",
])
F("date_naissance", "liste", None, [
    "Enfants : {PN} ({DDNENF}), {PN} ({DDNENF}).",
    "Occupants: {NP} {DDNSL}; {NP} {DDNSL}",
    "DDN des membres du ménage : {DDN}, {DDN}, {DDNENF}",
    "Père {DDNY} / Mère {DDNY} / Fils {DDNY}",
    "Liste: 1. {NSF} - {DDN} 2. {NSF} - {DDN}",
    "Né(e)s : {DDNY}, {DDNY} et {DDNY}",
])
F("date_naissance", "note_longue", None, [
    "Demande d'aide reçue. Demandeur {NP}, né le {DDNTXT}. Adresse : {ADR}. Sous-sol inondé à 1,2 m. "
    "Joindre au {TEL}.",
    "Fiche de disparition. {NPf}, DDN {DDNISO}, 1,62 m, yeux bleus. Dernière fois vue au {ADR}. Véhicule {PLQ}.",
    "Hébergement. {NSF} ({DDNSL}) et {NSF} ({DDNSL}). Chambre 204. Départ prévu lundi.",
    "Mise à jour du dossier : la DDN inscrite ({DDN}) était erronée; la bonne est {DDN}. Corrigé dans le système.",
    "Visite à domicile. M. {SN} (né en {DDNYA}) habite seul. Il est {S_ADJ}. Voisine avisée.",
    "Registre du refuge, {DATE}: {NP}, {DDN}; {NP}, {DDN}. Aucun animal.",
])
F("date_naissance", "mots", None, [
    "Née le {DDNMOTS}.",
    "Il est né le {DDNMOTS}, comme il me l'a répété trois fois.",
    "Date de naissance déclarée : {DDNMOTS}",
    "{NP}, né le {DDNMOTS}",
    "Selon le certificat, naissance le {DDNMOTS}.",
    "La dame dit être née le {DDNMOTS}",
])
F("date_naissance", "dn_abrev", None, [
    "D.N.: {DDN}",
    "dte naiss. {DDN}",
    "N. le {DDN}",
    "d.o.b. {DDN}",
    "Naiss.: {DDN}",
    "DdN={DDN}",
])
F("date_naissance", "debut", None, [
    "{DDNISO} — date de naissance du demandeur principal.",
    "{DDN}, c'est la date de naissance qu'il nous a donnée.",
    "{DDNTXT} : date de naissance de la victime.",
    "{DDNY} : année de naissance du locataire.",
    "{DDNSL} = DDN inscrite sur la carte.",
    "{DDNEN} (DOB) per driver licence.",
])
F("date_naissance", "apostrophe", None, [
    "Né en {DDNY2}.",
    "Elle est de l'année {DDNY2}.",
    "Classe {DDNY2}, comme son voisin.",
    "Née en {DDNY2}, veuve depuis peu.",
    "Millésime {DDNYA}, dit-il en riant.",
    "Fils né en {DDNY2}.",
])
F("date_naissance", "jour_mois", None, [
    "Anniversaire le {DDNJM}, la famille voulait fêter ça au chalet.",
    "Sa fête est le {DDNJM}.",
    "Né un {DDNJM}, comme son père.",
    "Fête le {DDNJM}; année inconnue.",
    "Birthday {DDNJMEN}.",
    "C'est sa fête aujourd'hui ({DDNJM}).",
])
F("date_naissance", "points", None, [
    "Né(e): {DDNDOT}",
    "DDN {DDNDOT}",
    "{NSF} {DDNDOT}",
    "Naissance {DDNDOT} / Sexe M",
    "date naiss {DDNDOT}",
    "Détenu né le {DDNDOT}",
])

# ============================== SANTE ======================================
F("sante", "chronique", None, [
    "La locataire est atteinte de {S_MAL} et vit seule.",
    "Occupant connu pour {S_MAL}, priorité d'évacuation.",
    "M. {SN} souffre de {S_MAL}; sa fille demande qu'on l'appelle en premier.",
    "Diagnostic de {S_MAL} récent selon sa fille.",
    "Dame de {AGEV}, {S_MAL}, seule au sous-sol.",
    "Le conjoint est atteint de {S_MAL}, ils refusent l'hébergement collectif.",
])
F("sante", "medication", None, [
    "L'occupant est sous {S_MED} et n'a plus de doses.",
    "Rapporter le sac de médicaments de Mme {SN} ({S_MED}, oublié au frigo).",
    "Besoin urgent : renouvellement de {S_MED} pour la dame du chalet {N}.",
    "Pharmacie contactée pour la médication de {NP} ({S_MED}).",
    "Médication : {S_MED}, {S_MED}.",
    "Son fils dit qu'il prend {S_MED} le soir.",
])
F("sante", "equipement", None, [
    "Client prioritaire : dépend de {S_EQ}, génératrice requise.",
    "Avec {S_EQ} — ne peut pas rester sans courant plus de 4 h.",
    "Équipement médical à déménager : {S_EQ}.",
    "La dame du {ADR} utilise {S_EQ}.",
    "{NP} : {S_EQ}, batterie de secours de 6 h.",
    "Apporter au refuge : {S_EQ} + chargeur.",
])
F("sante", "sante_mentale", None, [
    "Occupant connu pour {S_MENT}, approche calme recommandée.",
    "Le fils souffre de {S_MENT}, la mère demande de l'aide.",
    "Intervention conjointe avec l'équipe de crise : {NP}, {S_MENT}.",
    "Dx de {S_MENT} selon la travailleuse sociale.",
    "Voisin ({S_MENT}) très agité depuis la panne.",
    "Historique : {S_MENT}. Aucune arme au domicile.",
])
F("sante", "dependances", None, [
    "Hébergement refusé au refuge sans consommation : {S_ADD}.",
    "Selon l'intervenant : {S_ADD}.",
    "{NP} — {S_ADD}, référé(e) à la ressource régionale.",
    "Occupant du sous-sol, {S_ADD} selon les voisins.",
    "Historique au dossier : {S_ADD}.",
    "Locataire du 3e, {S_ADD}, absent lors de l'évacuation.",
])
F("sante", "handicap", None, [
    "Résident {S_HAND}, évacuation assistée requise.",
    "Enfant {S_HAND} dans le logement du 3e.",
    "La fille du locataire est {S_HAND}.",
    "Personne {S_HAND} inscrite au registre des personnes vulnérables.",
    "Occupant {S_HAND} seul au rez-de-chaussée.",
    "Besoin d'un transport pour {NP}, {S_HAND}.",
])
F("sante", "grossesse", None, [
    "Occupante {S_GROSS}, transport prioritaire.",
    "La conjointe est {S_GROSS}.",
    "{NPf}, {S_GROSS}, hébergée en priorité.",
    "Une femme {S_GROSS} est coincée au 2e par l'eau.",
    "Passagère {S_GROSS} examinée par les paramédics.",
    "Attention : locataire du haut {S_GROSS}.",
])
F("sante", "blessures", None, [
    "Pompier volontaire {NPm} : {S_BLESS}, arrêt de travail.",
    "Victime transportée au CH pour {S_BLESS}.",
    "L'occupant s'en tire avec {S_BLESS}.",
    "Blessures constatées sur Mme {SN} : {S_BLESS} et {S_BLESS}.",
    "Enfant du {ADR} : {S_BLESS}, vu à l'urgence.",
    "Travailleur blessé en installant les sacs de sable — {S_BLESS}.",
])
F("sante", "soins_domicile", None, [
    "La dame reçoit {S_HOME}, aviser le CLSC du relogement.",
    "Services en place : {S_HOME}.",
    "Au refuge, prévoir {S_HOME} pour M. {SN}.",
    "{NP} — {S_HOME}",
    "Interruption des services ({S_HOME}) pendant l'évacuation, à rétablir.",
    "Le couple reçoit {S_HOME} et {S_HOME}.",
])
F("sante", "allergies", None, [
    "Allergies connues : {S_ALL}, {S_ALL}.",
    "Attention cuisine : {S_ALL} (chambre {N}).",
    "Ne pas servir le pâté chinois à M. {SN} ({S_ALL}).",
    "Fiche d'inscription de {PN} — allergies : {S_ALL}",
    "Le petit du 3B : {S_ALL}.",
    "Repas du refuge pour {NP} : {S_ALL}.",
])
F("sante", "cognitif", None, [
    "Monsieur atteint de {S_COG}, risque d'errance.",
    "Dame avec {S_COG}, réclame son chat.",
    "Résident ({S_COG}) a quitté le refuge à pied.",
    "Diagnostic de {S_COG} selon la fille.",
    "Ne pas laisser seul : {S_COG}.",
    "La conjointe est atteinte de {S_COG} et le conjoint est épuisé.",
])
F("sante", "anglais", None, [
    "Resident is {S_EN}, needs priority evacuation.",
    "Tenant in 2B has {S_ENN}, check on her.",
    "Caller's mother is {S_EN} and lives alone.",
    "Evacuee has {S_ENN} — meds left behind.",
    "{NP} is {S_EN}; generator needed.",
    "Man with {S_ENN} found in the shelter parking lot.",
])
F("sante", "formulaire", None, [
    "Condition médicale : {S_MAL} / Médication : {S_MED}",
    "Besoins particuliers: {S_EQ}\nAllergies: {S_ALL}",
    "État de santé ....... {S_MAL}\nMobilité ....... {S_HAND}",
    "Santé: {S} | Autonomie: partielle",
    "Problèmes de santé déclarés : {S}, {S}",
    "Nom : {NP} — Médicaments : {S_MED} — Diagnostic : {S_MAL}",
])
F("sante", "majuscules", "upper_noacc", [
    "OCCUPANT {S_ADJ}, EVAC PRIORITAIRE",
    "DAME {S_GROSS} AU 2E ETAGE",
    "PATIENT SOUS {S_MED}",
    "CLIENT PRIORITAIRE HYDRO - {S_EQ}",
    "VICTIME: {S_BLESS}",
    "RESIDENT ATTEINT DE {S_MAL}, SEUL",
])
F("sante", "minuscules_sans_accents", "lower_noacc", [
    "le monsieur est {S_ADJ} faut y aller en premier",
    "elle est sous {S_MED} matin et soir",
    "la fille est {S_HAND}",
    "blessure du proprio: {S_BLESS}",
    "madame {SN} souffre de {S_MAL}",
    "locataire {S_GROSS}",
])
F("sante", "sms", "lower", [
    "la madame est {S_ADJ} faut la sortir vite",
    "il a pu de {S_MED} depuis hier",
    "ya une fille {S_GROSS} au refuge",
    "jpense qu'il est {S_ADJ} mais sa fille dit non",
    "le gars du 4 est sur {S_EQ} pis ya pu de courant",
    "sa mère est atteinte de {S_COG} faut qqun avec elle",
])
F("sante", "rares", None, [
    "Enfant atteint de {S_RARE}, évacuer avec les parents.",
    "Le demandeur a un diagnostic de {S_RARE}.",
    "{S_RARE} (selon la mère) — ne pas séparer l'enfant de ses parents.",
    "Famille : deux enfants atteints de {S_RARE}.",
    "Résidente atteinte de {S_RARE}, très fatiguée par l'évacuation.",
    "Maladie rare déclarée pour {PN} : {S_RARE}.",
])
F("sante", "hospitalisation", None, [
    "Hospitalisé pour {S_HOSP}, le logement est vide.",
    "La proprio est à l'hôpital ({S_HOSP}) depuis mardi.",
    "Motif d'hospitalisation de {NP} : {S_HOSP}.",
    "{NP} hospitalisé(e), motif : {S_HOSP}.",
    "Son mari est entré à l'urgence pour {S_HOSP} la nuit de l'inondation.",
    "Absent du refuge : hospitalisé ({S_HOSP}).",
])
F("sante", "liste", None, [
    "Besoins particuliers : {S_EQ}, {S_MED}, {S_HAND}.",
    "Antécédents : {S_CLIN}, {S_CLIN}, {S_CLIN}.",
    "Santé des occupants — père : {S_MAL}; mère : {S_COG}; fils : {S_MENT}.",
    "À apporter : {S_MED}, {S_MED}, {S_EQ}.",
    "Liste vulnérables : {NP} ({S_ADJ}), {NPf} ({S_GROSS}), {NP} ({S_EQ}).",
    "Problèmes : {S}; {S}; {S}",
])
F("sante", "note_longue", None, [
    "Évacuation du {ADR}. {NP}, {AGEV}, est {S_ADJ} et sous {S_MED}. Médicaments récupérés par le pompier. "
    "Transport vers le centre d'hébergement.",
    "Appel de la fille de l'occupant. Son père est atteint de {S_COG} et a quitté le refuge vers {HEURE}. "
    "Il porte un manteau bleu. Recherche avec la SQ.",
    "Visite au refuge. {NPf} est {S_GROSS}. Elle demande un lit bas. Son conjoint {NPm} s'est blessé : "
    "{S_BLESS}. Suivi demain.",
    "Client prioritaire Hydro. {NP} au {ADR} dépend de {S_EQ}. Panne depuis 14 h. Génératrice livrée par les "
    "pompiers. Rappel au {TEL}.",
    "Suivi psychosocial. {NPm} vit seul, {S_MENT}. Il a perdu sa maison dans le feu. Référé au CLSC de {VILLE}.",
    "Hébergement. Ménage {SN} : la mère est sous {S_MED}, l'enfant : {S_ALL}. Cuisine avisée.",
])
F("sante", "parentheses", None, [
    "Le voisin ({S_ADJ}) n'a pas pu sortir seul.",
    "Mme {SN} ({S_MAL}) relogée au rez-de-chaussée.",
    "Occupant du 2e ({S_ADD})",
    "Enfant ({S_HAND}) avec sa mère au refuge.",
    "Conjoint ({S_CLIN}) transporté par ambulance.",
    "La dame (sous {S_MED}) a oublié ses pilules.",
])
F("sante", "clinique", None, [
    "Dx: {S_CLIN}, {S_CLIN}",
    "ATCD : {S_CLIN}. Rx : {S_MED}.",
    "Pt {AGEHF}, {S_CLIN}, stable.",
    "Problèmes actifs — {S_CLIN}",
    "R/O {S_CLIN} selon paramédics",
    "Hx {S_CLIN} + {S_CLIN}",
])
F("sante", "etat", None, [
    "Résident {S_ADJ}, seul au rez-de-chaussée.",
    "Le conjoint est {S_ADJ}.",
    "{NP} est {S_ADJ} selon sa sœur.",
    "Locataire {S_ADJ}, à évacuer en priorité.",
    "Personne {S_ADJ} inscrite sur la liste de l'OMH.",
    "Elle est {S_ADJ} depuis l'accident.",
])

F("sante", "sans_accents", "noacc", [
    "Mme {SN} est {S_ADJ}, evacuation en priorite demandee par sa fille.",
    "Occupant du sous-sol : {S_MAL}, medicaments laisses sur place.",
    "Le beneficiaire recoit {S_HOME} depuis l'hiver.",
    "Locataire {S_GROSS}, hebergee a l'hotel pres de l'hopital.",
    "{NP} — {S_MENT}, suivi par l'equipe de crise.",
    "Besoin electrique critique : {S_EQ} chez le proprietaire.",
])

# ============================== COURRIEL ===================================
F("courriel", "formulaire", None, [
    "Courriel : {MAIL}",
    "Nom: {NP} / Courriel: {MAIL} / Tél: {TEL}",
    "Adresse électronique ........ {MAIL}",
    "Courriel du demandeur: {MAIL} (préféré au téléphone)",
    "E-mail: {MAIL}",
    "Coordonnées : {MAIL} | {TEL}",
])
F("courriel", "debut", None, [
    "{MAIL} — envoyer la confirmation de dépôt.",
    "{MAIL} a écrit trois fois cette semaine.",
    "{MAIL} : adresse confirmée par téléphone.",
    "{MAIL} ne fonctionne plus (message retourné).",
    "{MAIL}, c'est le courriel de la fille, pas du demandeur.",
    "{MAIL} à ajouter à la liste d'envoi des avis d'évacuation.",
])
F("courriel", "fin", None, [
    "Envoyer le formulaire par courriel à {MAIL}",
    "Photos des dommages reçues de {MAIL}",
    "Le demandeur préfère être joint à {MAIL}",
    "Copie du rapport transmise à {MAIL}.",
    "Nouvelle adresse courriel : {MAIL}",
    "Réponse attendue de {MAIL}",
])
F("courriel", "obfusque", None, [
    "Courriel : {MAILOBF}",
    "Elle a dicté son courriel : {MAILOBF}.",
    "Écrire à {MAILOBF} pour les pièces justificatives.",
    "{MAILOBF} (tel que dicté au téléphone)",
    "contact: {MAILOBF}",
    "Email given as {MAILOBF}.",
])
F("courriel", "espaces", None, [
    "courriel: {MAILSP}",
    "adresse courriel mal écrite: {MAILSP}",
    "Joindre par courriel ({MAILSP})",
    "{MAILSP} <- à vérifier",
    "Courriel noté à la main : {MAILSP}",
    "mail: {MAILSP}",
])
F("courriel", "majuscules", "upper", [
    "COURRIEL {MAIL}",
    "ENVOYER A {MAIL}",
    "{MAIL} - CONFIRME",
    "CONTACT: {NP} {MAIL}",
    "ADRESSE ELECTRONIQUE: {MAIL}",
    "RECU PAR {MAIL}",
])
F("courriel", "chevrons", None, [
    "De : {NP} <{MAIL}>",
    "mailto:{MAIL}",
    "Répondre à <{MAIL}>",
    "{NP} [{MAIL}] a transmis les factures.",
    "[mailto:{MAIL}] envoyé",
    "Destinataire: «{MAIL}»",
])
F("courriel", "anglais", None, [
    "Please email the claim form to {MAIL}.",
    "Homeowner's email: {MAIL}",
    "Sent the evacuation notice to {MAIL} at {HEURE}.",
    "Her email is {MAIL}, she doesn't answer the phone.",
    "Contact the case worker at {MAILGOUV} for the keys.",
    "Bounced: {MAIL}",
])
F("courriel", "liste", None, [
    "cc : {MAIL}; {MAIL}; {MAIL}",
    "Liste d'envoi : {MAIL}, {MAIL}",
    "Courriels des membres du ménage — {MAIL} / {MAIL}",
    "Destinataires: {MAIL}, {MAIL} et {MAIL}",
    "1) {MAIL} 2) {MAIL}",
    "Adresses reçues: {MAIL} | {MAIL}",
])
F("courriel", "parentheses", None, [
    "La fille ({MAIL}) s'occupe du dossier.",
    "Le proprio (courriel : {MAIL}) n'a pas répondu.",
    "Photos transmises (de {MAIL}) le {DATE}.",
    "{NP} ({MAIL}) demande un rappel.",
    "Assureur avisé (copie à {MAIL}).",
    "Contact secondaire ({MAIL})",
])
F("courriel", "regional", None, [
    "Courriel {MAILREG}",
    "Elle a encore une adresse {MAILREG}, pas de Gmail.",
    "Joindre à {MAILREG} (internet lent dans le rang).",
    "{NP} — {MAILREG}",
    "Courriel fourni : {MAILREG}",
    "Réponse reçue de {MAILREG}",
])
F("courriel", "pro", None, [
    "Le demandeur utilise son courriel du travail : {MAILPRO}.",
    "Écrire à {MAILPRO} (adresse professionnelle).",
    "Contact de l'entrepreneur : {MAILPRO}",
    "{MAILPRO} — propriétaire du commerce sinistré.",
    "Facture reçue de {MAILPRO}",
    "Courriel pro : {MAILPRO}",
])
F("courriel", "chiffres", None, [
    "Courriel {MAILNUM}",
    "{MAILNUM} (adresse de sa petite-fille)",
    "Adresse : {MAILNUM}",
    "Le courriel {MAILNUM} est celui du conjoint.",
    "Écrire à {MAILNUM}",
    "{NP} utilise {MAILNUM}",
])
F("courriel", "sms", "lower", [
    "envoi ca a {MAIL} stp",
    "son mail c {MAIL}",
    "jai recu les photos de {MAIL}",
    "courriel: {MAIL} (jpense)",
    "ecris a {MAIL} pr les formulaires",
    "{MAIL} marche pu",
])
F("courriel", "note_longue", None, [
    "Le demandeur {NPm} a envoyé les photos des dommages le {DATE}. Courriel : {MAIL}. Il demande un accusé de "
    "réception. Téléphone : {TEL}.",
    "Courriel reçu de {MAIL} à {HEURE}. La dame demande si l'évacuation est levée. Réponse envoyée. "
    "Aucune autre action.",
    "Coordonnées mises à jour : {ADR}, {CP}. Courriel : {MAIL}. Ancien courriel {MAIL} supprimé.",
    "La travailleuse sociale ({MAILGOUV}) demande le rapport. Envoyé avec l'accord de {NP}. Dossier à fermer.",
    "Trois courriels sans réponse à {MAIL}. Tentative par la poste au {ADR}. Dossier en suspens.",
    "Bénévoles à convoquer : {MAIL}, {MAIL}. Rencontre au sous-sol de l'église à {HEURE}.",
])
F("courriel", "fautes", None, [
    "courriel (sûrement mal écrit) : {MAILTYPO}",
    "{MAILTYPO} — courriel revenu, vérifier l'orthographe",
    "Adresse fournie : {MAILTYPO}",
    "le demandeur a écrit {MAILTYPO} sur le formulaire",
    "Courriel {MAILTYPO} (à corriger)",
    "email {MAILTYPO}",
])
F("courriel", "entete", None, [
    "De : {MAIL}\nEnvoyé : {DATE}\nObjet : sinistre du rang 4",
    "From: {MAIL} Sent: {DATE} Subject: flood claim",
    "---- Message transféré ---- De: {NP} <{MAIL}> Date: {DATE}",
    "Objet : RE: Dossier {DOSMSP} — De : {MAIL}",
    "Transféré par {MAIL} le {DATE}",
    "Expéditeur : {MAIL} | Date : {DATE}",
])
F("courriel", "signature", None, [
    "Merci, {PN}\n{MAIL}\nEnvoyé de mon iPhone",
    "— {NP} | {MAIL} | {TEL}",
    "Cordialement, {NP} ({MAIL})",
    "{PN} xx — {MAIL}",
    "Salutations,\n{NP}\n{MAIL}",
    "Sent from my Galaxy — {MAIL}",
])
F("courriel", "correction", None, [
    "Ancien courriel : {MAIL} (invalide). Nouveau : {MAIL}.",
    "Corriger {MAIL} pour {MAIL} dans le système.",
    "Le courriel au dossier ({MAIL}) est celui de l'ex-conjoint.",
    "Remplacer {MAIL} → {MAIL}",
    "Courriel changé le {DATE} : {MAIL}",
    "Erreur de saisie corrigée ({MAIL})",
])
F("courriel", "relance", None, [
    "Relance envoyée à {MAIL}, sans réponse.",
    "2e avis par courriel à {MAIL}",
    "Aucun retour de {MAIL} depuis le {DATE}.",
    "Rappel automatique → {MAIL}",
    "Dernière tentative : {MAIL}, puis fermeture du dossier.",
    "Relancé {MAIL} ce matin",
])
F("courriel", "exotique", None, [
    "Courriel {MAILEXO}",
    "Elle utilise {MAILEXO} pour les affaires du sinistre.",
    "{MAILEXO} (adresse créée pour la réclamation)",
    "Courriel de l'intervenante au dossier : {MAILGOUV}",
    "adresse: {MAILEXO}",
    "Write to {MAILEXO}.",
])
F("courriel", "minuscules_sans_accents", "lower_noacc", [
    "courriel de la dame: {MAIL}",
    "{NP} {MAIL}",
    "envoye le recu a {MAIL}",
    "son adresse courriel est {MAIL}",
    "reponse recue de {MAIL} hier",
    "pas de courriel, sauf {MAIL} (son gendre)",
])

# ============================== TELEPHONE ==================================
F("telephone", "formulaire", None, [
    "Tél. : {TEL}",
    "Nom: {NP} / Tél: {TEL} / Adresse: {ADR}",
    "Téléphone résidence: {TEL}\nCellulaire: {TEL}",
    "No de téléphone ....... {TEL}",
    "TÉL. {TEL} (jour) {TEL} (soir)",
    "Tel #: {TEL}",
])
F("telephone", "cellulaire", None, [
    "Cell : {TEL}",
    "Son cellulaire : {TEL}, il n'a plus de ligne fixe.",
    "Rejoindre sur le cell {TEL}",
    "Cellulaire de la fille : {TEL}",
    "cell. {TEL} (texto seulement)",
    "Mobile {TEL}",
])
F("telephone", "poste", None, [
    "Travail : {TELPOSTE}",
    "Le rejoindre au bureau au {TELPOSTE}.",
    "{TELPOSTE} (bureau, de jour)",
    "Joindre l'expert en sinistre au {TELPOSTE}",
    "Téléphone au travail: {TELPOSTE}",
    "Work: {TELPOSTE}",
])
F("telephone", "international", None, [
    "Téléphone : {TELINTL}",
    "Numéro avec indicatif : {TELINTL}",
    "Appeler le {TELINTL}",
    "La sœur à l'étranger : {TELFOR}",
    "WhatsApp : {TELFOR}",
    "Contact à l'étranger (famille) : {TELFOR}",
])
F("telephone", "sept_chiffres", None, [
    "Tél. {TEL7}, pas d'indicatif donné.",
    "Son numéro : {TEL7}",
    "Appeler au {TEL7} (ligne de la maison)",
    "{TEL7} - la voisine",
    "tél {TEL7}",
    "Rappeler le {TEL7} avant midi.",
])
F("telephone", "points", None, [
    "Tél. {TELPTS}",
    "{NP} — {TELPTS}",
    "Numéro: {TELPTS}",
    "Rappel au {TELPTS}",
    "Joignable au {TELPTS} en soirée",
    "Phone {TELPTS}",
])
F("telephone", "compact", None, [
    "tel:{TELCMP}",
    "No {TELCMP}",
    "{TELCMP} (cell)",
    "Rappel {TELCMP}",
    "Numéro inscrit: {TELCMP}",
    "Téléphone {TELCMP} (à valider)",
])
F("telephone", "parentheses", None, [
    "Tél. : {TELPAR}",
    "La fille, au {TELPAR}, attend notre appel.",
    "Numéro de la maison {TELPAR}",
    "{TELPAR} — répondeur",
    "Joindre {NP} au {TELPAR}",
    "Contact : {TELPAR}",
])
F("telephone", "en_mots", None, [
    "Numéro dicté : {TELMOTS}",
    "Elle a dit : {TELMOTS}.",
    "Rappeler au {TELMOTS}",
    "Tél. (noté tel quel) : {TELMOTS}",
    "{TELMOTS}, c'est le cell du fils",
    "Numéro : {TELMOTS} (à confirmer)",
])
F("telephone", "anglais", None, [
    "Call back at {TEL}.",
    "Caller's cell is {TEL}.",
    "Reach the homeowner at {TEL} after 5 pm.",
    "Phone: {TEL} (landline)",
    "Her son's number is {TEL}.",
    "Left a voicemail at {TEL}.",
])
F("telephone", "liste", None, [
    "Maison : {TEL} / Cell : {TEL} / Travail : {TELPOSTE}",
    "Numéros : {TEL}, {TEL}",
    "Contacts : {PN} {TEL}; {PN} {TEL}",
    "1- {TEL} 2- {TEL} 3- {TEL}",
    "Téléphones fournis : {TEL} et {TEL}.",
    "Rés. {TEL} | Cell. {TEL}",
])
F("telephone", "debut", None, [
    "{TEL} : rappeler le demandeur avant 16 h.",
    "{TEL} — numéro de la voisine qui a les clés.",
    "{TEL} ne répond pas, boîte vocale pleine.",
    "{TEL} (numéro de la fille) est le meilleur moyen de la joindre.",
    "{TEL}, demander {PN}.",
    "{TEL} : le numéro a changé.",
])
F("telephone", "fin", None, [
    "La dame demande qu'on la rappelle au {TEL}",
    "Contact sur place : {NP}, {TEL}",
    "Joindre le locataire au {TEL}",
    "Numéro de rappel : {TEL}",
    "Son frère peut être joint au {TEL}",
    "Le propriétaire est joignable au {TEL}",
])
F("telephone", "majuscules", "upper_noacc", [
    "RAPPELER AU {TEL}",
    "TEL {TEL} CELL {TEL}",
    "APPELANT {NP} {TEL}",
    "NUMERO DE RAPPEL {TEL}",
    "CONTACT {TEL} (FILLE)",
    "PAS DE REPONSE AU {TEL}",
])
F("telephone", "sms", "lower", [
    "appel moi au {TEL}",
    "mon # c {TEL}",
    "txt au {TEL} si ya du nouveau",
    "g pas de tel, prend le {TEL} (ma soeur)",
    "rapl {TEL} svp",
    "cell {TEL} mrci",
])
F("telephone", "note_longue", None, [
    "Appel 911 à {HEURE} de {NP}, {TEL}. Fumée dans le sous-sol au {ADR}. Pompiers de {VILLE} dépêchés. "
    "Occupants sortis.",
    "Tentatives de rappel : {TEL} (aucune réponse), {TEL} (mauvais numéro). Courriel envoyé à {MAIL}.",
    "La fille de la demanderesse ({PNf}) gère le dossier. Cell : {TEL}. Travail : {TELPOSTE}. "
    "Elle préfère les textos.",
    "Registre du refuge. {NP}, chambre 3, {TEL}. {NP}, chambre 5, {TEL}. Départ prévu demain.",
    "Personne à contacter en cas d'urgence : {NP} ({TEL}). Deuxième contact : {NP} ({TEL}). À valider.",
    "L'expert en sinistre passera jeudi. Son numéro : {TELPOSTE}. Le propriétaire, {NP}, sera présent. "
    "Laisser un message au {TEL} si retard.",
])
F("telephone", "appel_911", None, [
    "Appel 911 : {TEL}, ligne terrestre, adresse ALI confirmée.",
    "ANI {TELCMP} / ALI {ADR}",
    "Appelant rappelé au {TEL}, ligne occupée.",
    "Appel abandonné du {TEL}, rappel sans réponse.",
    "Appel reçu du {TEL} (cellulaire, phase II).",
    "Rappel automatique du {TEL} à {HEURE} : personne ne répond.",
])
F("telephone", "groupement", None, [
    "Tél : {TELODD}",
    "Numéro {TELODD} (tel qu'écrit)",
    "{TELODD} - cell",
    "Rappeler {TELODD}",
    "No. {TELODD}",
    "Contact: {TELODD}",
])
F("telephone", "ancien_nouveau", None, [
    "Nouveau numéro : {TEL} (ancien : {TEL}).",
    "Le {TEL} n'est plus en service, utiliser le {TEL}.",
    "Changement de numéro → {TEL}",
    "Numéro au dossier ({TEL}) invalide.",
    "Remplacer {TEL} par {TEL}.",
    "Nouveau cell depuis le sinistre : {TEL}",
])
F("telephone", "contact_urgence", None, [
    "Contact d'urgence (fille) : {TEL}",
    "En cas d'urgence, joindre {NP} au {TEL}.",
    "Personne-ressource : {NP}, {TEL}",
    "Répondant : son neveu, {TEL}",
    "Emergency contact: {NP} {TEL}",
    "Urgence : {TEL} (conjoint)",
])
F("telephone", "texto", None, [
    "Texto reçu du {TEL} à {HEURE}.",
    "Photos envoyées par texto depuis le {TEL}.",
    "Message texte au {TEL} : rendez-vous confirmé.",
    "SMS de {TEL} : « l'eau baisse »",
    "Textos seulement au {TEL} (ne répond jamais aux appels)",
    "Texté le {TEL} pour confirmer.",
])
F("telephone", "partiel", None, [
    "Numéro se terminant par {TELPART}.",
    "Appelant, numéro finissant en {TELPART}, rappeler.",
    "Cell (4 derniers chiffres) : {TELPART}",
    "Le numéro commence par {TELPARTD}, le reste est illisible.",
    "Ligne terrestre …{TELPART}",
    "Afficheur : XXX-XXX-{TELPART}",
])

# ============================== PLAQUE =====================================
F("plaque", "quebec", None, [
    "Véhicule stationné dans la zone inondée, plaque {PLQ}.",
    "Plaque {PLQ} remorquée par la fourrière.",
    "Auto abandonnée ({PLQ}) sur l'accotement.",
    "Immatriculation {PLQ} — propriétaire avisé.",
    "La {MODELE} {COULEUR} immatriculée {PLQ} bloque l'accès.",
    "Plaque {PLQ} vue quittant les lieux.",
])
F("plaque", "commercial", None, [
    "Camion lourd {PLQC} renversé dans le fossé.",
    "Fardier immatriculé {PLQC}, chargement de bois sur la chaussée.",
    "Camion de l'entrepreneur ({PLQC}) enlisé.",
    "Plaque F : {PLQC}",
    "Véhicule commercial {PLQC} impliqué dans la collision.",
    "Le 10 roues {PLQC} a accroché le viaduc.",
])
F("plaque", "remorque", None, [
    "Remorque {PLQR} dérivée dans la rivière.",
    "Roulotte ({PLQR}) emportée par le courant.",
    "Remorque fermée immatriculée {PLQR} volée sur le terrain.",
    "Plaque de remorque : {PLQR}",
    "La remorque à bateau {PLQR} reste sur place.",
    "Trailer plate {PLQR}",
])
F("plaque", "moto", None, [
    "Moto {PLQM} impliquée, conducteur sans casque.",
    "Motocyclette immatriculée {PLQM} retrouvée dans le fossé.",
    "Plaque moto : {PLQM}",
    "Harley noire {PLQM} stationnée devant le bar.",
    "Scooter ({PLQM}) volé.",
    "Motorcycle {PLQM}, no rider found.",
])
F("plaque", "vhr", None, [
    "Motoneige {PLQV} passée à travers la glace.",
    "VTT immatriculé {PLQV} en infraction sur le sentier.",
    "Immatriculation VHR {PLQV}",
    "Côte-à-côte ({PLQV}) renversé dans la sablière.",
    "Motoneige {PLQV} retrouvée sans conducteur.",
    "Quad plate {PLQV}",
])
F("plaque", "bateau", None, [
    "Embarcation {PLQB} à la dérive près du quai.",
    "Ponton immatriculé {PLQB} coulé.",
    "Permis d'embarcation de plaisance {PLQB}.",
    "Chaloupe ({PLQB}) retrouvée vide.",
    "Bateau {PLQB} amarré sans autorisation.",
    "Boat licence {PLQB}, no one on board.",
])
F("plaque", "hors_province", None, [
    "Véhicule de l'Ontario ({PLQHP}) coincé sous le viaduc.",
    "Plaque {PLQHP} — touriste américain, accident mineur.",
    "VR du Nouveau-Brunswick, plaque {PLQHP}.",
    "Auto immatriculée hors Québec : {PLQHP}.",
    "Ontario plate {PLQHP}.",
    "Camion américain {PLQHP} en panne sur l'accotement.",
])
F("plaque", "partielle", None, [
    "Plaque partielle : {PLQP}",
    "Le témoin a noté seulement {PLQP}.",
    "Délit de fuite, plaque commençant par {PLQP}.",
    "Plaque se terminant par {PLQP}",
    "Début de plaque {PLQP} selon la caméra.",
    "Partial plate {PLQP}.",
])
F("plaque", "formulaire", None, [
    "Plaque : {PLQ} / Marque : {MODELE} / Couleur : {COULEUR}",
    "Immatriculation ........ {PLQ}",
    "Véh. 1 : {PLQ} | Véh. 2 : {PLQ}",
    "PLAQUE: {PLQ}  PROVINCE: QC",
    "No de plaque: {PLQ}\nPropriétaire: {NP}",
    "Plaque d'immatriculation : {PLQ} (QC)",
])
F("plaque", "sans_espace", None, [
    "plaque {PLQNS}",
    "Véhicule {PLQNS} remorqué",
    "{PLQNS} - stationné illégalement",
    "Vérif. CRPQ {PLQNS} : aucun signalement",
    "{MODELE} ({PLQNS})",
    "immat {PLQNS}",
])
F("plaque", "tiret", None, [
    "Plaque {PLQT}",
    "{PLQT}, {MODELE} {COULEUR}",
    "Véhicule immatriculé {PLQT} impliqué",
    "Vu: {PLQT}",
    "Plate {PLQT}",
    "Immat. {PLQT}",
])
F("plaque", "anglais", None, [
    "Vehicle with plate {PLQ} blocking the fire lane.",
    "Plate {PLQ} left the scene southbound.",
    "The pickup ({PLQ}) is registered to the homeowner.",
    "License plate: {PLQ}",
    "Car stuck in the flood, plate {PLQ}, nobody inside.",
    "Owner of {PLQ} notified.",
])
F("plaque", "majuscules", "upper_noacc", [
    "VEHICULE {PLQ} DANS LE FOSSE",
    "PLAQUE {PLQ} REMORQUEE",
    "DELIT DE FUITE {PLQ}",
    "{MODELE} {COULEUR} {PLQ}",
    "VEH. IMPLIQUE {PLQ}",
    "PLAQUE {PLQ} VOLEE",
])
F("plaque", "minuscules", "lower", [
    "plaque {PLQ} stationnée devant la borne",
    "l'auto ({PLQ}) est encore là",
    "vu une {MODELE} {PLQ}",
    "{PLQ} dans l'entrée du voisin",
    "plaque: {PLQHP} (ontario?)",
    "véhicule {PLQ} pas réclamé",
])
F("plaque", "sms", "lower", [
    "la plak c {PLQ}",
    "g pris la plaque: {PLQ}",
    "{PLQ} yé encore stationné là",
    "char {COULEUR} {PLQ} vite vite",
    "plaque {PLQ} jcrois",
    "pick up {PLQ} dans le fossé",
])
F("plaque", "note_longue", None, [
    "Collision à l'intersection de la {ROUTE} et du rang 2. Véhicule 1 : {PLQ}, conducteur {NP}. "
    "Véhicule 2 : {PLQC}. Aucun blessé grave. Remorquage demandé.",
    "Inondation du stationnement. Véhicules submergés : {PLQ}, {PLQ}, {PLQ}. Propriétaires avisés par le "
    "gestionnaire de l'immeuble.",
    "Délit de fuite. Plaque partielle {PLQP}. Témoin : {NP} ({TEL}). Véhicule de couleur {COULEUR}.",
    "Motoneige {PLQV} retrouvée sur le lac. Conducteur {NP}, {AGE}, sain et sauf. Remorquée par les pompiers.",
    "Évacuation : la famille a quitté avec la {MODELE} {PLQ} et la roulotte {PLQR}. Destination : chalet d'un ami.",
    "Vérification CRPQ : {PLQ} enregistré au {ADR}. Aucune infraction. Propriétaire rejoint.",
])
F("plaque", "liste", None, [
    "Véhicules sur place : {PLQ}, {PLQ}, {PLQC}.",
    "Plaques relevées : {PLQ} / {PLQ} / {PLQHP}",
    "À remorquer: 1) {PLQ} 2) {PLQ}",
    "Plaques: {PLQ}; {PLQ}; {PLQ}",
    "Stationnés dans la zone : {PLQ} et {PLQ}",
    "Relevé des plaques — {PLQ}, {PLQR}, {PLQ}.",
])
F("plaque", "debut", None, [
    "{PLQ} : véhicule abandonné depuis 3 jours.",
    "{PLQ} — enlisé dans le chemin de ferme.",
    "{PLQ}, {MODELE}, stationné devant la borne-fontaine.",
    "{PLQC} a perdu son chargement.",
    "{PLQ} remorqué à {HEURE}.",
    "{PLQ} (QC) signalé volé.",
])
F("plaque", "parentheses", None, [
    "Un pick-up ({PLQ}) bloquait la rue.",
    "La voiture de la locataire ({PLQ}) a été submergée.",
    "Véhicule suspect (plaque {PLQ}) vu deux fois.",
    "Propriétaire du véhicule ({PLQ}) rejoint.",
    "Roulotte (immatriculée {PLQR}) à déplacer.",
    "Auto grise ({PLQ}) impliquée.",
])
F("plaque", "description", None, [
    "{MODELE} {COULEUR} immatriculé {PLQ}",
    "Une {MODELE} de couleur {COULEUR}, plaque {PLQ}, a quitté vers le nord.",
    "Le {MODELE} ({COULEUR}, {PLQ}) appartient au voisin.",
    "Véhicule : {MODELE}, {COULEUR}, {PLQ}.",
    "{COULEUR}, {MODELE}, {PLQ}, roues enlisées.",
    "Description : {MODELE} {COULEUR} — {PLQ}",
])
F("plaque", "speciale", None, [
    "Taxi {PLQS} en attente au refuge.",
    "Plaque spéciale {PLQS} (véhicule de courtoisie).",
    "VR immatriculé {PLQS} stationné au camping inondé.",
    "Plaque temporaire {PLQS} dans la vitre.",
    "Autobus scolaire {PLQS} bloqué par l'eau.",
    "Véhicule de location {PLQS}.",
])
F("plaque", "cue_inhabituel", None, [
    "pl. {PLQ}",
    "# de plaque : {PLQ}",
    "immat. {PLQ} (SAAQ)",
    "lic. {PLQ}",
    "reg. {PLQ}",
    "n° d'immat {PLQ}",
])

# ============================== IDENTIFIANT ================================
F("identifiant", "nas", None, [
    "NAS : {NAS}",
    "Numéro d'assurance sociale {NAS} fourni pour le dépôt.",
    "Le demandeur a donné son NAS ({NAS}) au téléphone.",
    "SIN {NAS}",
    "NAS du conjoint : {NAS}",
    "Assurance sociale: {NAS} (copie de la carte au dossier)",
])
F("identifiant", "ramq", None, [
    "RAMQ : {RAMQ}",
    "No d'assurance maladie {RAMQ}, carte expirée.",
    "Carte soleil : {RAMQ}",
    "NAM {RAMQ}",
    "Assurance maladie de {NP} ({RAMQ}) vérifiée.",
    "Health card {RAMQ}",
])
F("identifiant", "permis", None, [
    "Permis de conduire : {PERMIS}",
    "No de permis {PERMIS}, classe 5.",
    "Conducteur identifié par son permis ({PERMIS}).",
    "Permis {PERMIS} sanctionné selon le CRPQ.",
    "PC : {PERMIS}",
    "Driver's licence {PERMIS}",
])
F("identifiant", "passeport", None, [
    "Passeport : {PASSP}",
    "Pièce d'identité : passeport {PASSP}",
    "Passeport canadien {PASSP}, expiré.",
    "Identifié avec un passeport étranger ({PASSPF}).",
    "No de passeport {PASSP}",
    "Passport no. {PASSPF}",
])
F("identifiant", "detenu", None, [
    "Détenu no {DETENU}, libéré à {HEURE}.",
    "Numéro de dossier correctionnel : {DETENU}",
    "Écrou {DETENU}",
    "Personne incarcérée ({DETENU}) transférée vers un autre établissement.",
    "No SDC {DETENU}",
    "Inmate #{DETENU}",
])
F("identifiant", "reclamation", None, [
    "Réclamation no {RECLAM}",
    "No de sinistre {RECLAM} (assureur)",
    "Dossier d'aide financière {DOSMSP}",
    "Claim {RECLAM}",
    "Dossier {DOSMSP} — demandeur {NP}",
    "Référence de réclamation : {RECLAM}",
])
F("identifiant", "bancaire", None, [
    "Dépôt direct : transit {TRANSIT}, institution {INST}, compte {FOLIO}",
    "Compte bancaire {COMPTE}",
    "Folio {FOLIO} à la caisse de {VILLE}",
    "Spécimen de chèque : {COMPTE}",
    "RIB/compte : {COMPTE}",
    "Bank account {COMPTE}",
])
F("identifiant", "statut_indien", None, [
    "No de statut d'Indien : {STATUT}",
    "Carte de statut {STATUT}",
    "CSI {STATUT}",
    "Numéro d'inscription (statut) {STATUT}",
    "Status card #{STATUT}",
    "Registre des Indiens : {STATUT}",
])
F("identifiant", "matricule", None, [
    "Matricule employé : {MATR}",
    "No d'employé {MATR}",
    "Le pompier volontaire (matricule {MATR}) absent du quart.",
    "Employee ID {MATR}",
    "# emp. {MATR}",
    "Matricule {MATR} — frais de déplacement à rembourser",
])
F("identifiant", "hydro", None, [
    "Compte Hydro-Québec : {HYDRO}",
    "No client Hydro {HYDRO}",
    "Compte d'électricité du demandeur : {HYDRO}",
    "Hydro acct {HYDRO}",
    "Référence Hydro {HYDRO} (réclamation pour perte d'aliments)",
    "Facture Hydro, no de compte {HYDRO}",
])
F("identifiant", "uci", None, [
    "UCI : {UCI}",
    "IUC {UCI} (IRCC)",
    "Numéro d'immigration {UCI}",
    "Client ID IRCC {UCI}",
    "Demandeur d'asile, UCI {UCI}",
    "Document IRCC no {UCI}",
])
F("identifiant", "role", None, [
    "Matricule (rôle d'évaluation) : {ROLE}",
    "Rôle foncier {ROLE} — résidence unifamiliale",
    "No de matricule de la propriété {ROLE}",
    "Propriété inscrite au rôle sous {ROLE}",
    "Roll number {ROLE}",
    "Matricule {ROLE}, valeur 245 000 $",
])
F("identifiant", "formulaire", None, [
    "Nom: {NP} / NAS: {NAS} / RAMQ: {RAMQ}",
    "Identification ........ permis {PERMIS}",
    "N° dossier : {DOSMSP}\nN° client Hydro : {HYDRO}",
    "NAS {NAS} | DDN {DDN}",
    "Pièce présentée : carte RAMQ {RAMQ}",
    "ID: {PASSP} (passeport)",
])
F("identifiant", "anglais", None, [
    "SIN {NAS} provided for direct deposit.",
    "Health card number {RAMQ}.",
    "Claim number {RECLAM} with the insurer.",
    "Her driver's licence is {PERMIS}.",
    "Account # {COMPTE}",
    "Status number {STATUT}",
])
F("identifiant", "liste", None, [
    "Documents : NAS {NAS}, RAMQ {RAMQ}, permis {PERMIS}",
    "Numéros au dossier — {DOSMSP}; {RECLAM}",
    "NAS des deux conjoints : {NAS} et {NAS}",
    "Cartes RAMQ : {RAMQ}, {RAMQ}, {RAMQ}",
    "Pièces : {PASSPF} / {UCI}",
    "Comptes : {HYDRO} (Hydro), {COMPTE} (banque)",
])
F("identifiant", "note_longue", None, [
    "Demande d'aide financière. Demandeur : {NP}, NAS {NAS}. Dépôt direct : {COMPTE}. Dossier {DOSMSP} "
    "créé le {DATE}.",
    "Arrestation à {HEURE}. Individu identifié par le permis {PERMIS}. Détenu sous le numéro {DETENU}. "
    "Remis en liberté sous conditions.",
    "Réclamation {RECLAM} ouverte chez l'assureur. Le propriétaire ({NP}) a fourni le matricule {ROLE}. "
    "Expert mandaté.",
    "Hébergement d'urgence. Carte RAMQ {RAMQ} présentée. Statut d'Indien {STATUT}. Facturation au conseil de bande.",
    "Nouvel arrivant. UCI {UCI}. Aucun NAS. Référé au PRAIDA pour l'hébergement.",
    "Compte Hydro {HYDRO} au nom de {NP}. Panne depuis 3 jours. Réclamation pour perte d'aliments.",
])
F("identifiant", "majuscules", "upper_noacc", [
    "NAS {NAS} VERIFIE",
    "RAMQ {RAMQ} EXPIREE",
    "PERMIS {PERMIS} VALIDE",
    "DOSSIER {DOSMSP} FERME",
    "COMPTE {COMPTE}",
    "DETENU {DETENU} TRANSFERE",
])
F("identifiant", "sms", "lower", [
    "son nas c {NAS}",
    "# ramq {RAMQ} jcrois",
    "ya donné son permis {PERMIS}",
    "no dossier {DOSMSP} ok",
    "compte {COMPTE} pr le depot",
    "matricule {MATR}",
])
F("identifiant", "dossier_client", None, [
    "No d'usager CISSS : {USAGER}",
    "Dossier hospitalier {USAGER}",
    "Usager no {USAGER} relogé.",
    "Numéro de dossier au CLSC : {USAGER}",
    "Client #{USAGER} (Office municipal d'habitation)",
    "No client Croix-Rouge {USAGER}",
])
F("identifiant", "police_assurance", None, [
    "Police d'assurance habitation {POLICE}",
    "No de police {POLICE}, assureur avisé.",
    "Assurée chez Desjardins, police {POLICE}.",
    "Contrat {POLICE} (auto)",
    "Policy {POLICE}",
    "N° de police {POLICE} — franchise 1 000 $",
])
F("identifiant", "carte", None, [
    "Payé avec la carte se terminant par {CARTE4}.",
    "Carte Visa {CARTEMASK}",
    "Remboursement sur la carte {CARTEMASK}",
    "Carte de crédit (4 derniers chiffres) : {CARTE4}",
    "Carte débit {CARTEMASK}",
    "Card ending {CARTE4}",
])
F("identifiant", "gouv", None, [
    "Dossier SAAQ {DOSGOV}",
    "Réclamation CNESST no {DOSGOV}",
    "IVAC — dossier {DOSGOV}",
    "Dossier Retraite Québec {DOSGOV}",
    "Aide sociale, dossier {DOSGOV}",
    "No de dossier TAQ {DOSGOV}",
])

# ============================== LIEN FAMILIAL ==============================
F("lien_familial", "elu", None, [
    "{LIEN_ELU} habite le chalet emporté par la crue.",
    "Parmi les évacués : {LIEN_ELU}.",
    "{LIEN_ELU} a refusé l'aide offerte.",
    "On nous signale que {LIEN_ELU} est coincé(e) au chalet.",
    "Plainte déposée contre {LIEN_ELU} pour feu à ciel ouvert.",
    "Le VTT impliqué était conduit par {LIEN_ELU}.",
])
F("lien_familial", "urgence", None, [
    "{LIEN_URG} fait partie des sinistrés du secteur.",
    "Conflit d'intérêts possible : la demanderesse est {LIEN_URG}.",
    "Selon la rumeur, c'est {LIEN_URG} qui conduisait.",
    "Hébergé(e) : {LIEN_URG}, chambre {N}.",
    "Le témoin principal est {LIEN_URG}.",
    "{LIEN_URG} demande qu'on traite son dossier en priorité.",
])
F("lien_familial", "feu", None, [
    "{LIENFEU} habite toujours la maison du rang.",
    "Rencontre avec {LIENFEU} concernant la succession.",
    "{LIENFEU}, seul(e) depuis l'automne, accepte l'hébergement.",
    "Dossier au nom de {LIENFEU}.",
    "{LIENFEU} a été relogé(e) chez sa nièce.",
    "Le chalet inondé est celui de {LIENFEU}.",
])
F("lien_familial", "commerce", None, [
    "{LIEN_COM} a vu le feu prendre dans le cabanon.",
    "Parmi les bénévoles : {LIEN_COM}.",
    "Le signalement vient de {LIEN_COM}.",
    "{LIEN_COM} était au volant du VTT.",
    "On a hébergé {LIEN_COM} au motel.",
    "Selon {LIEN_COM}, la digue a cédé vers minuit.",
])
F("lien_familial", "belle_famille", None, [
    "{LIENBF} est arrivé(e) en renfort avec sa pompe.",
    "C'est {LIENBF} qui a donné l'alerte.",
    "{LIENBF} loge au refuge depuis l'incendie.",
    "Témoin : {LIENBF}.",
    "Dossier ouvert pour {LIENBF}.",
    "{LIENBF} demande un accommodement.",
])
F("lien_familial", "grands_parents", None, [
    "{LIENGP} fait partie des évacués.",
    "{LIENGP} a été retrouvé(e) près du quai.",
    "Visite de {LIENGP} au refuge.",
    "{LIENGP} habite seul(e) au bout du rang.",
    "Les pompiers ont sorti {LIENGP} par la fenêtre.",
    "On attend {LIENGP} pour signer.",
])
F("lien_familial", "conjoint", None, [
    "{LIENCJ} a appelé pour savoir quand la route rouvre.",
    "{LIENCJ} est propriétaire du chalet inondé.",
    "Selon {LIENCJ}, l'occupant est parti vers midi.",
    "Demande d'hébergement pour {LIENCJ} et ses enfants.",
    "{LIENCJ} refuse de quitter sans ses chevaux.",
    "Présence de {LIENCJ} lors de l'inspection.",
])
F("lien_familial", "ex", None, [
    "{LIENEX} réclame l'accès à la maison.",
    "Ordonnance de non-contact entre l'occupant et {LIENEX}.",
    "{LIENEX} serait à l'origine de l'incendie selon les voisins.",
    "Appel de {LIENEX} pour récupérer des effets personnels.",
    "{LIENEX} s'est présenté(e) au refuge sans invitation.",
    "{LIENEX} est hébergé(e) ailleurs.",
])
F("lien_familial", "cousins", None, [
    "{LIENCOU} nous a prêté sa génératrice.",
    "La roulotte est celle de {LIENCOU}.",
    "{LIENCOU} coordonne les bénévoles du rang.",
    "Hébergement chez {LIENCOU}.",
    "{LIENCOU} a filmé l'embâcle.",
    "Appel de {LIENCOU}, inquiet(e).",
])
F("lien_familial", "nomme", None, [
    "{LIENNOM} a été évacué(e) en même temps que sa mère.",
    "Le dossier est au nom de {LIENNOM}.",
    "{LIENNOM} est venu(e) chercher les clés.",
    "Témoin : {LIENNOM}.",
    "On a logé {LIENNOM} au motel du village.",
    "Selon {LIENNOM}, personne n'habite le sous-sol.",
])
F("lien_familial", "anglais", None, [
    "{LIENEN} was evacuated by boat.",
    "The caller is {LIENEN}.",
    "{LIENEN} refused to leave the cottage.",
    "We housed {LIENEN} at the motel.",
    "According to {LIENEN}, the dam gave way around midnight.",
    "{LIENEN} is on the list of people without insurance.",
])
F("lien_familial", "adresse", None, [
    "{LIENADR} a appelé le 911.",
    "{LIENADR} est hébergé(e) au centre communautaire.",
    "Hébergement offert : {LIENADR}.",
    "Selon {LIENADR}, l'eau monte depuis minuit.",
    "{LIENADR} n'a pas d'assurance.",
    "C'est {LIENADR} qui a trouvé le chien.",
])
F("lien_familial", "fratrie", None, [
    "{LIENFR} est venu(e) aider au pompage.",
    "{LIENFR} nous a donné l'adresse de la famille.",
    "Parmi les sinistrés on retrouve {LIENFR}.",
    "{LIENFR} s'occupe des animaux pendant l'évacuation.",
    "{LIENFR} a signalé la disparition.",
    "Appel de {LIENFR} pour une demande d'info.",
])
F("lien_familial", "majuscules", "upper_noacc", [
    "{LIEN} EVACUE(E) PAR BATEAU",
    "APPELANT: {LIEN}",
    "{LIEN} REFUSE DE QUITTER",
    "HEBERGEMENT: {LIEN}",
    "TEMOIN: {LIEN}",
    "{LIEN} SUR LES LIEUX",
])
F("lien_familial", "minuscules_sans_accents", "lower_noacc", [
    "c'est {LIEN} qui a appele",
    "{LIEN} est au refuge depuis hier",
    "on a reloge {LIEN} au motel",
    "{LIEN} veut pas partir",
    "temoin: {LIEN}",
    "selon {LIEN} le pont a bouge",
])
F("lien_familial", "sms", "lower", [
    "c {LIEN} qui a callé",
    "{LIEN} est icitte avec nous",
    "jpense que c {LIEN}",
    "{LIEN} veut pu partir lol",
    "ya {LIEN} qui arrive avec sa pompe",
    "fais attention, c {LIEN}",
])
F("lien_familial", "note_longue", None, [
    "Incendie au {ADR}. La personne sinistrée est {LIEN}. Aucun blessé. Le maire a été avisé par la direction. "
    "Dossier traité selon la procédure habituelle.",
    "Appel de {NPf}, {LIENXf}. Elle signale que son père ne répond pas. Visite faite, tout est correct.",
    "Hébergement temporaire pour {LIEN} et ses deux enfants. Départ prévu dimanche. Pas de demande d'aide financière.",
    "Plainte déposée par {LIENADR}. Le voisin pomperait son eau vers le terrain. Inspecteur avisé.",
    "Parmi les sinistrés : {LIENFEU}, {LIEN_COM} et une dizaine d'autres familles. Réunion d'information à {HEURE}.",
    "Le conducteur du VTT serait {LIEN_URG}. Aucun constat. Retour sur les lieux demain.",
])
F("lien_familial", "parentheses", None, [
    "Une des sinistrées ({LIEN}) demande la discrétion.",
    "Le bénévole ({LIENX}) a fait le tour du rang.",
    "Le propriétaire du chalet ({LIENX}) est absent.",
    "Témoin (qui serait {LIEN}) a filmé la scène.",
    "La locataire ({LIENX}) a perdu tous ses meubles.",
    "Appelante ({LIENX}) très insistante.",
])
F("lien_familial", "communautaire", None, [
    "{LIEN_COMM} est inscrit(e) sur la liste des personnes à évacuer.",
    "Parmi les évacués : {LIEN_COMM}.",
    "{LIEN_COMM} a demandé de l'aide pour son chalet.",
    "L'appel provient de {LIEN_COMM}.",
    "{LIEN_COMM} offre d'héberger deux familles.",
    "Dossier ouvert au nom de {LIEN_COMM}.",
])
F("lien_familial", "sportif", None, [
    "{LIEN_SPORT} était dans le véhicule impliqué.",
    "{LIEN_SPORT} a aidé à remplir les sacs de sable.",
    "Sinistré connu : {LIEN_SPORT}.",
    "{LIEN_SPORT} a publié des photos de l'inondation.",
    "Appel reçu de {LIEN_SPORT}.",
    "{LIEN_SPORT} demande un hébergement pour la fin de semaine.",
])
F("lien_familial", "demi_jumeaux", None, [
    "{LIENDEMI} vit au sous-sol de la maison sinistrée.",
    "Hébergé(e) temporairement : {LIENDEMI}.",
    "{LIENDEMI} a donné l'alerte vers {HEURE}.",
    "On a retrouvé {LIENDEMI} chez un ami.",
    "{LIENDEMI} réclame une part de l'indemnité.",
    "Message laissé par {LIENDEMI}.",
])
F("lien_familial", "debut", None, [
    "{LIENXC}, selon la fiche, a refusé l'hébergement offert.",
    "{LIENXC} : relogé(e) au motel.",
    "{LIENXC}, selon les voisins.",
    "{LIENXC} — évacué(e) à {HEURE}.",
    "{LIENXC} et sa conjointe ont perdu leur chalet.",
    "{LIENXC}? À confirmer avec la municipalité.",
])
F("lien_familial", "enfants", None, [
    "{LIENENF} a été vu(e) près de la digue.",
    "On a retrouvé {LIENENF} sain(e) et sauf(ve).",
    "{LIENENF} aurait allumé le feu de camp.",
    "Sinistré(e) : {LIENENF}.",
    "{LIENENF} demande le remboursement des frais.",
    "Appel de {LIENENF}, très inquiet(e).",
])

# ============================== LIEU DE TRAVAIL ============================
F("lieu_travail", "chez", None, [
    "Le demandeur travaille chez {EMPBIG}, quart de nuit.",
    "Employée chez {EMPBIG} depuis 12 ans.",
    "Il travaille chez {EMPBIG} et ne peut pas se libérer avant vendredi.",
    "La conjointe travaille chez {EMPBIG}.",
    "Travaille chez {EMPBIG}, joignable seulement le soir.",
    "Tous deux travaillent chez {EMPBIG}.",
])
F("lieu_travail", "employe_de", None, [
    "Employé de {EMPBIG}, sans revenu depuis le sinistre.",
    "{NP}, employée de {EMPPETIT}, a perdu son logement.",
    "Il est à l'emploi de {EMPBIG}.",
    "Employeur : {EMP}; horaire rotatif.",
    "Elle est à l'emploi de {EMPPETIT} depuis l'été.",
    "Son employeur ({EMP}) offre une avance de salaire.",
])
F("lieu_travail", "sante_etab", None, [
    "Préposée aux bénéficiaires au {EMPCHSLD}, quart de soir.",
    "Infirmière à l'{EMPHOP}, doit rentrer travailler demain.",
    "Il fait de l'entretien ménager au {EMPCHSLD}.",
    "Inhalothérapeute à l'{EMPHOP}.",
    "Travaille à la pharmacie {EMPPHARM}.",
    "Secrétaire médicale au {EMPCHSLD}.",
])
F("lieu_travail", "ecole", None, [
    "Enseignante à l'{EMPECOLE}, en congé forcé.",
    "Concierge à l'{EMPECOLE}.",
    "Elle travaille au {EMPCPE}, fermé à cause de l'eau.",
    "Éducatrice au {EMPCPE}.",
    "Le père est prof à l'{EMPECOLE}.",
    "Technicienne en éducation spécialisée à l'{EMPECOLE}.",
])
F("lieu_travail", "usine", None, [
    "Opérateur à l'usine {EMPUSINE}, quart de nuit.",
    "Travaille à l'usine {EMPUSINE} depuis 20 ans.",
    "Journalier à l'usine {EMPUSINE}.",
    "Mécanicien d'entretien à l'usine {EMPUSINE}, sur appel.",
    "Sa blonde travaille à l'usine {EMPUSINE}.",
    "Électricien à l'usine {EMPUSINE}.",
])
F("lieu_travail", "succursale", None, [
    "Caissière au {EMPCHAIN}.",
    "Il travaille de nuit au {EMPCHAIN}.",
    "Gérante adjointe au {EMPCHAIN}.",
    "Commis d'entrepôt au {EMPCHAIN}, quart de jour.",
    "Elle est au {EMPCHAIN} jusqu'à 21 h.",
    "Boulanger au {EMPCHAIN}.",
])
F("lieu_travail", "petit_commerce", None, [
    "Serveuse chez {EMPPETIT}.",
    "Employé chez {EMPPETIT}, le commerce est aussi inondé.",
    "Travaille pour {EMPPETIT} (saisonnier).",
    "Cuisinier chez {EMPPETIT}, en congé jusqu'à la réouverture.",
    "Emploi : {EMPPETIT}",
    "Elle fait les livraisons pour {EMPPETIT}.",
])
F("lieu_travail", "formulaire", None, [
    "Employeur : {EMP}",
    "Nom : {NP} / Employeur : {EMP} / Tél. travail : {TELPOSTE}",
    "Occupation : préposé — Lieu de travail : {EMPCHSLD}",
    "EMPLOYEUR ......... {EMP}",
    "Lieu de travail: {EMP} | Horaire: nuit",
    "Employeur du conjoint: {EMP}",
])
F("lieu_travail", "anglais", None, [
    "He works at {EMPBIG} in the evenings.",
    "She's a nurse at the {EMPHOP}.",
    "Employer: {EMP}.",
    "Works night shifts at the {EMPCHAIN}.",
    "His wife works for {EMPPETIT}.",
    "Employed by {EMPBIG} since 2015.",
])
F("lieu_travail", "debut", None, [
    "{EMP} : employeur du demandeur, avisé de l'absence.",
    "{EMPBIG} — c'est là que travaille le conjoint.",
    "{EMPCHAIN}, c'est son lieu de travail.",
    "{EMPPETIT} (employeur) a offert de l'héberger.",
    "{EMP} : lettre d'employeur reçue.",
    "{EMPHOP} : elle y travaille de nuit.",
])
F("lieu_travail", "fin", None, [
    "La demanderesse est préposée à l'entretien chez {EMPBIG}",
    "Le conjoint travaille au {EMPCHAIN}",
    "Il est cuisinier chez {EMPPETIT}",
    "Lettre de l'employeur reçue : {EMP}",
    "Elle travaille à l'{EMPHOP}",
    "Son fils travaille à l'usine {EMPUSINE}",
])
F("lieu_travail", "parentheses", None, [
    "La locataire (employée chez {EMP}) demande un congé.",
    "Le père (journalier à l'usine {EMPUSINE}) est injoignable de jour.",
    "Le demandeur (caissier au {EMPCHAIN}) a perdu son auto.",
    "Sa conjointe (infirmière à l'{EMPHOP}) gère le dossier.",
    "Le témoin (livreur pour {EMPPETIT}) a vu la fumée.",
    "Le bénévole (employé de {EMPBIG}) a prêté un camion.",
])
F("lieu_travail", "majuscules", "upper_noacc", [
    "TRAVAILLE CHEZ {EMPBIG}",
    "EMPLOYEUR: {EMP}",
    "PREPOSEE AU {EMPCHSLD}",
    "CAISSIERE AU {EMPCHAIN}",
    "CONJOINT A L'USINE {EMPUSINE}",
    "INFIRMIERE A L'{EMPHOP}",
])
F("lieu_travail", "minuscules_sans_accents", "lower_noacc", [
    "travaille chez {EMPBIG} de nuit",
    "elle est preposee au {EMPCHSLD}",
    "le gars travaille au {EMPCHAIN}",
    "employeur: {EMP}",
    "il est mecano chez {EMPPETIT}",
    "sa femme est prof a l'{EMPECOLE}",
])
F("lieu_travail", "sms", "lower", [
    "jtravaille au {EMPCHAIN} jusqu'a 10h",
    "chu chez {EMPPETIT} toute la journée",
    "mon chum est a l'usine {EMPUSINE} ce soir",
    "jpeux pas, jsuis de nuit au {EMPCHSLD}",
    "elle travaille chez {EMPBIG} now",
    "g un shift au {EMPCHAIN} demain",
])
F("lieu_travail", "note_longue", None, [
    "Demande d'aide. {NP} travaille chez {EMPBIG} et sa conjointe au {EMPCHAIN}. Ils ont perdu leur sous-sol. "
    "Disponibles après 17 h au {TEL}.",
    "Le pompier volontaire {NPm} a quitté son travail à l'usine {EMPUSINE} pour répondre à l'appel. "
    "Intervention terminée à {HEURE}. Lettre pour l'employeur remise.",
    "Hébergement. {NPf}, préposée au {EMPCHSLD}, doit être près de son travail. Relogée au motel de {VILLE}. "
    "Transport à organiser.",
    "Témoin : {NP}, cuisinier chez {EMPPETIT}. Il a vu les flammes sortir du toit à {HEURE}. Déclaration prise.",
    "Ménage {SN}. Père : {EMPBIG}. Mère : {EMPECOLE}. Deux enfants. Perte totale.",
    "L'employeur ({EMP}) a envoyé une lettre confirmant l'absence de {NP} du {DATE} au {DATE}.",
])
F("lieu_travail", "ancien_emploi", None, [
    "Retraité de {EMPBIG}.",
    "Ex-employée du {EMPCHAIN}.",
    "A travaillé 30 ans chez {EMPBIG}.",
    "Ancien propriétaire de {EMPPETIT}.",
    "Elle a quitté l'{EMPHOP} l'an dernier.",
    "Mis à pied par {EMP} en mars.",
])
F("lieu_travail", "proprietaire", None, [
    "Propriétaire de {EMPPETIT}, le commerce est inondé.",
    "{NP}, propriétaire de {EMPPETIT}.",
    "La dame gère {EMPPETIT} avec son fils.",
    "Le proprio de {EMPPETIT} offre des repas aux sinistrés.",
    "Copropriétaire de {EMPPETIT}.",
    "Owner of {EMPPETIT}, shop flooded.",
])
F("lieu_travail", "quart", None, [
    "De nuit cette semaine au {EMPCHAIN}.",
    "Quart de 7 à 15 à l'{EMPHOP}.",
    "Elle finit à 23 h au {EMPCHSLD}.",
    "Il commence à 6 h chez {EMPBIG}.",
    "Sur appel pour {EMPPETIT} les fins de semaine.",
    "Horaire 4/3 à l'usine {EMPUSINE}.",
])
F("lieu_travail", "stagiaire", None, [
    "Stagiaire à l'{EMPHOP}.",
    "Étudiante, emploi d'été chez {EMPPETIT}.",
    "En stage chez {EMPBIG}.",
    "Travaille à temps partiel au {EMPCHAIN} pendant ses études.",
    "Apprenti chez {EMPPETIT}.",
    "Bénévole et employée de soir au {EMPCHSLD}.",
])
F("lieu_travail", "liste", None, [
    "Employeurs du ménage : {EMP}, {EMP}.",
    "Père : {EMPBIG} / Mère : {EMPCHAIN} / Fils : {EMPPETIT}",
    "Lieux de travail déclarés — {EMP}; {EMP}",
    "Emplois : 1) {EMPCHAIN} 2) {EMPPETIT}",
    "Travail : {EMP} et {EMP} (deux emplois)",
    "Revenus d'emploi : {EMP}, {EMP}",
])
F("lieu_travail", "contact_employeur", None, [
    "Joindre au travail ({EMP}) au {TELPOSTE}.",
    "Appeler l'employeur, {EMP}, pour confirmer les heures perdues.",
    "Le superviseur chez {EMPBIG} a confirmé l'absence.",
    "Contact au {EMPCHAIN} : demander le gérant.",
    "Lettre d'emploi de {EMP} reçue.",
    "On peut la rejoindre au {EMPCHSLD} entre 15 h et 23 h.",
])

# ============================== PROPRE (aucun renseignement personnel) =====
F("propre", "crue", None, [
    "Niveau de la {RIV} à {NIV} à la station de {VILLE}, en hausse de {CM} cm depuis {HEURE}.",
    "Débit de {DEBIT} mesuré sur la {RIV}; seuil d'inondation mineure dépassé.",
    "La {RIV} a atteint le seuil d'inondation modérée à {HEURE}, {NN} résidences isolées.",
    "Baisse de {CM} cm du niveau du {LAC} depuis hier soir.",
    "Pointe de crue prévue jeudi sur la {RIV}, niveau attendu {NIV}.",
    "Station hydrométrique de {VILLE} : {NIV}, stable depuis {HEURE}.",
])
F("propre", "incendie", None, [
    "Incendie de bâtiment agricole à {VILLE}, {NN} pompiers, maîtrisé à {HEURE}.",
    "Feu de cheminée, aucune propagation, appel reçu à {HEURE}.",
    "Alarme incendie non fondée à l'école primaire du secteur de {VILLE}.",
    "Incendie dans un entrepôt désaffecté de {VILLE}; {N} casernes en renfort.",
    "Feu de véhicule sur l'{AUTO} au {KM}, circulation ralentie.",
    "Cause probable : article de fumeur mal éteint. Dommages estimés à {MONTANT}.",
])
F("propre", "routes", None, [
    "{ROUTE} fermée entre {VILLE} et {VILLE} en raison d'un affaissement.",
    "Fermeture complète de l'{AUTO} direction ouest au {KM}.",
    "Détour par la {ROUTE} jusqu'à nouvel ordre.",
    "Chaussée glacée sur la {ROUTE}, {N} sorties de route depuis {HEURE}.",
    "Réouverture du pont de la {RIV} prévue à {HEURE}.",
    "Voie de contournement ouverte au {KM} de l'{AUTO}.",
])
F("propre", "meteo", None, [
    "Avertissement de pluie : {MM} attendus d'ici demain sur {REGION}.",
    "Vents de {VENT} observés à {VILLE}, nombreuses branches tombées.",
    "Froid extrême : {TEMP} ressenti, refuges ouverts à {VILLE}.",
    "Verglas : {MM} d'accumulation sur le secteur de {VILLE}.",
    "Orages violents, grêle de 2 cm à {VILLE} vers {HEURE}.",
    "Environnement Canada maintient le bulletin météorologique spécial pour {REGION}.",
])
F("propre", "pannes", None, [
    "Hydro-Québec : {NNNN} clients privés d'électricité dans {REGION}.",
    "Rétablissement prévu à {HEURE} pour {NNN} abonnés de {VILLE}.",
    "Panne majeure à {VILLE} causée par la chute d'un arbre sur la ligne de 25 kV.",
    "Toujours {NNN} clients sans courant à {VILLE}, équipes sur place.",
    "Génératrice installée au centre communautaire de {VILLE}.",
    "Poste de distribution de {VILLE} hors service depuis {HEURE}.",
])
F("propre", "evacuation", None, [
    "{N} personnes âgées évacuées de la résidence privée du secteur, toutes relogées.",
    "{NN} résidences évacuées préventivement le long de la {RIV}.",
    "Évacuation obligatoire levée à {HEURE} pour le secteur de la {RUEPUB}.",
    "{NNN} personnes évacuées à {VILLE}, dont {NN} enfants.",
    "Ordre d'évacuation pour {NN} chalets autour du {LAC}.",
    "Aucun citoyen n'a refusé d'évacuer dans la zone rouge de {VILLE}.",
])
F("propre", "hebergement", None, [
    "Centre d'hébergement de {VILLE} : {NN} personnes inscrites, {N} lits libres.",
    "La Croix-Rouge a pris en charge {NNN} sinistrés cette nuit.",
    "Ouverture d'un centre de services aux sinistrés à l'aréna de {VILLE}.",
    "{NN} familles hébergées à l'hôtel aux frais de la municipalité de {VILLE}.",
    "Fermeture du refuge prévue dimanche, {N} ménages restants.",
    "Distribution de {NNN} repas au centre communautaire de {VILLE}.",
])
F("propre", "infrastructures_nommees", None, [
    "Circulation alternée sur le {PONT} jusqu'à {HEURE}.",
    "Le stationnement de l'{HOPPUB} est fermé en raison de l'accumulation d'eau.",
    "L'{ECOLEPUB} sert de centre d'hébergement depuis {HEURE}.",
    "Point de rassemblement : {PARCPUB}, entrée nord.",
    "Génératrice d'urgence en fonction à l'{ARENAPUB}.",
    "Le {BARRAGE} fonctionne à débit maximal depuis {HEURE}.",
])
F("propre", "officiels_titre", None, [
    "Le maire de {VILLE} a déclaré l'état d'urgence local à {HEURE}.",
    "La directrice régionale de la sécurité civile se rendra à {VILLE} demain.",
    "Le coordonnateur municipal de sécurité civile demande {NNN} sacs de sable supplémentaires.",
    "Point de presse du préfet de la MRC de {MRC} à {HEURE}.",
    "La ministre de la Sécurité publique annonce une aide de {MONTANT} pour {REGION}.",
    "Le directeur du service incendie de {VILLE} confirme la fin des opérations.",
])
F("propre", "organisations", None, [
    "Rencontre de coordination : SQ, MSP, Croix-Rouge et {CISSS}.",
    "Le {CISSS} ouvre une ligne psychosociale pour les sinistrés.",
    "La SOPFEU interdit les feux à ciel ouvert dans {REGION}.",
    "Le MTMD inspecte les ponceaux de la {ROUTE}.",
    "Les Forces armées canadiennes arrivent à {VILLE} en soirée.",
    "Énergir coupe le gaz dans le secteur de {VILLE} par mesure préventive.",
])
F("propre", "stats_police", None, [
    "{NNN} interventions policières sur le territoire de la MRC de {MRC} au cours du mois.",
    "Hausse de {N} % des vols de véhicules par rapport à {ANNEE}.",
    "{NN} constats d'infraction émis lors de l'opération nationale concertée.",
    "Taux de solution des crimes contre la propriété : {NN} %.",
    "Aucun homicide sur le territoire du poste de la MRC de {MRC} en {ANNEE}.",
    "{NN} arrestations pour conduite avec les capacités affaiblies pendant les Fêtes.",
])
F("propre", "stats_correctionnelles", None, [
    "Taux d'occupation de l'établissement de détention : {NN} %.",
    "{NNN} personnes incarcérées en moyenne quotidienne en {ANNEE}.",
    "{NN} permissions de sortir accordées ce trimestre.",
    "Durée moyenne des peines purgées : {NN} jours.",
    "{N} transferts interétablissements cette semaine.",
    "Capacité de l'établissement portée à {NNN} places en {ANNEE}.",
])
F("propre", "appels_911", None, [
    "Centre 911 : {NNNN} appels reçus, délai moyen de réponse de {N} secondes.",
    "Pointe d'appels entre {HEURE} et {HEURE} liée au verglas.",
    "{NN} % des appels provenaient de cellulaires.",
    "Panne du réseau 911 de {N} minutes, relève assurée par le centre secondaire.",
    "{NNN} appels non urgents redirigés vers le 811.",
    "Temps de traitement moyen : {N} min {NN} s.",
])
F("propre", "glissement", None, [
    "Glissement de terrain le long de la {RIV}, {N} bâtiments menacés.",
    "Le MTMD a dépêché un géotechnicien au {KM} de la {ROUTE}.",
    "Fissures observées dans le talus derrière l'église de {VILLE}, zone sécurisée.",
    "Coulée argileuse d'environ {NNN} m³ sur le chemin municipal.",
    "Périmètre de sécurité de {NNN} m établi à {VILLE}.",
    "Aucune victime; la {ROUTE} demeure fermée.",
])
F("propre", "feux_foret", None, [
    "SOPFEU : {NN} feux actifs dans {REGION}, dont {N} hors contrôle.",
    "Le feu no {NNN} couvre maintenant {NNNN} hectares.",
    "Indice d'inflammabilité extrême dans le secteur de {VILLE}.",
    "Avions-citernes mobilisés au nord de {VILLE}.",
    "Fumée dense sur la {ROUTE}, visibilité réduite.",
    "Interdiction des feux à ciel ouvert maintenue dans {REGION} jusqu'à nouvel ordre.",
])
F("propre", "embacle", None, [
    "Embâcle sur la {RIV} à la hauteur de {VILLE}, surveillance aux 2 heures.",
    "Dynamitage du couvert de glace prévu à {HEURE}.",
    "Le couvert de glace de la {RIV} s'est rompu en amont du pont.",
    "Niveau d'eau en hausse rapide derrière l'embâcle : +{CM} cm en 1 h.",
    "Drone déployé pour suivre la progression des glaces sur la {RIV}.",
    "Fin de la vigilance embâcle pour le secteur de {VILLE}.",
])
F("propre", "chaleur", None, [
    "Chaleur extrême : {TEMP2} ressenti, haltes climatisées ouvertes.",
    "Piscines municipales ouvertes jusqu'à 21 h à {VILLE}.",
    "Augmentation de {NN} % des appels ambulanciers pendant la vague de chaleur.",
    "Distribution de bouteilles d'eau dans les parcs de {VILLE}.",
    "Avertissement de chaleur levé pour {REGION}.",
    "Jeux d'eau ouverts en soirée dans {N} quartiers.",
])
F("propre", "avis_eau", None, [
    "Avis d'ébullition préventif pour le secteur nord de {VILLE}.",
    "Levée de l'avis de non-consommation à {HEURE}.",
    "Bris d'aqueduc sur la {RUEPUB}, eau coupée jusqu'à 16 h.",
    "Distribution d'eau potable à l'hôtel de ville de {VILLE}.",
    "Analyse bactériologique conforme à {VILLE}, retour à la normale.",
    "Usine de filtration de {VILLE} en mode dégradé.",
])
F("propre", "matieres_dangereuses", None, [
    "Fuite d'ammoniac à l'aréna de {VILLE}, périmètre de {NNN} m.",
    "Déversement de diesel dans le fossé de la {ROUTE}.",
    "Urgence-Environnement avisé d'un déversement d'huile à {VILLE}.",
    "Camion-citerne renversé sur l'{AUTO}, produit non identifié, équipe HAZMAT en route.",
    "Confinement recommandé dans un rayon de {N} km.",
    "Odeur de gaz signalée dans le parc industriel de {VILLE}, Énergir sur place.",
])
F("propre", "ferroviaire", None, [
    "Déraillement de {N} wagons près de {VILLE}, aucun déversement.",
    "Passage à niveau de la {ROUTE} bloqué par un convoi.",
    "Le CN signale un bris de rail au point milliaire {NN}.",
    "Train de marchandises immobilisé à l'entrée de {VILLE}.",
    "Inspection du pont ferroviaire sur la {RIV} terminée.",
    "Collision train-véhicule au passage à niveau de {VILLE}, aucun blessé.",
])
F("propre", "releve_generique", None, [
    "Relève de {HEURE} : RAS, niveaux stables, patrouille aux 2 h.",
    "Fin de quart : {N} appels, aucun transport.",
    "Remise de quart — génératrice à remplir, radio {N} à recharger.",
    "Quart de nuit calme, {N} rondes effectuées.",
    "Passation à {HEURE} : centre de coordination en mode veille.",
    "Début de quart {HEURE}, équipe complète.",
])
F("propre", "mesures_urgence", None, [
    "Ouverture du centre de coordination municipal de {VILLE} à {HEURE}.",
    "Plan de sécurité civile de {VILLE} activé au niveau 2.",
    "Séance d'information publique au gymnase de l'école à {HEURE}.",
    "Le centre des opérations d'urgence de {VILLE} est en mode alerte.",
    "Levée des mesures d'urgence à {VILLE}; bilan préliminaire en cours.",
    "Sacs de sable disponibles au garage municipal de {VILLE}, libre-service.",
])
F("propre", "equipement", None, [
    "{N} pompes submersibles de 4 po installées au poste de pompage.",
    "Génératrice de {NNN} kW en fonction à la {CASERNE}.",
    "Échelle aérienne hors service, remplacement par celle de {VILLE}.",
    "Camion-citerne {NNN} en réparation au garage municipal.",
    "Bateau de sauvetage mis à l'eau à {HEURE}.",
    "Réception de {NNN} lits de camp et couvertures.",
])
F("propre", "batiments_ages", None, [
    "Maison centenaire en bois à {VILLE}, structure à évaluer.",
    "Édifice de 19{NN} sans gicleurs, inspection prioritaire.",
    "Église construite en 18{NN}, clocher fragilisé par les vents.",
    "Vieille grange de plus de {NN} ans effondrée sous la neige.",
    "Immeuble de {NN} ans, toiture plate, infiltration d'eau.",
    "Moulin patrimonial de {VILLE} classé, aucun dommage.",
])
F("propre", "secteurs", None, [
    "Secteur de la {RUEPUB} sous {CM} cm d'eau.",
    "Les rues du secteur de la {RUEPUB} sont fermées à la circulation.",
    "Le bas de la {RUEPUB} est inondé jusqu'au parc.",
    "Travaux de colmatage sur la {RUEPUB} entre la 3e et la 5e Avenue.",
    "Patrouille dans le quartier de la {RUEPUB} à {VILLE}.",
    "Accès restreint au secteur de la {RUEPUB} jusqu'à {HEURE}.",
])
F("propre", "anglais", None, [
    "Flood warning remains in effect for the {RIV}.",
    "{NNN} customers without power in {VILLE} as of {HEURE}.",
    "Highway {RTE} closed between {VILLE} and {VILLE}.",
    "Shelter at the {ARENAPUB} now at capacity.",
    "Boil-water advisory lifted for the north sector of {VILLE}.",
    "{N} elderly residents were evacuated by the fire department in {VILLE}.",
])
F("propre", "majuscules", "upper_noacc", [
    "ROUTE {RTE} FERMEE KM {KMN}",
    "NIVEAU {RIV} {NIV} STABLE",
    "{NNN} CLIENTS SANS ELECTRICITE A {VILLE}",
    "EVACUATION LEVEE SECTEUR {RUEPUB}",
    "CENTRE D'HEBERGEMENT OUVERT A {VILLE}",
    "FEU MAITRISE A {HEURE}, AUCUN BLESSE",
])
F("propre", "minuscules_sans_accents", "lower_noacc", [
    "niveau de l'eau stable a {VILLE} depuis {HEURE}",
    "route fermee entre {VILLE} et {VILLE}",
    "{NN} residences evacuees, centre ouvert a l'arena de {VILLE}",
    "pas d'appel cette nuit a {VILLE}, tout est beau",
    "{NNN} sacs de sable livres au garage municipal",
    "panne hydro reglee vers {HEURE}",
])
F("propre", "sms", "lower", [
    "tout est ok au poste, rien a signaler depuis {HEURE}",
    "eau monte encore à {VILLE}, on reste en alerte",
    "{NN} sacs de sable de plus svp",
    "route fermée au {KM}, passez par le rang",
    "génératrice ok, gaz pour {N}h",
    "refuge plein à {VILLE}, on ouvre le 2e site",
])
F("propre", "residences_comptes", None, [
    "{NNN} résidences touchées dans la MRC de {MRC}.",
    "Bilan : {NN} maisons inondées à {VILLE}, {N} pertes totales.",
    "{NNNN} demandes d'aide financière reçues à ce jour.",
    "{NN} chalets endommagés autour du {LAC}.",
    "Moyenne des dommages : {MONTANT} par résidence.",
    "{NNN} bâtiments inspectés, {NN} jugés dangereux.",
])
F("propre", "assurances", None, [
    "Le BAC estime les pertes assurées à {MONTANT}.",
    "{NNN} réclamations ouvertes chez les assureurs de {REGION}.",
    "Les inondations par débordement ne sont pas couvertes par la plupart des polices de {REGION}.",
    "Délai moyen de traitement des réclamations : {NN} jours.",
    "Experts en sinistre mandatés pour le secteur de {VILLE}.",
    "Séance d'information des assureurs à la salle municipale de {VILLE}.",
])
F("propre", "ecoles", None, [
    "L'{ECOLEPUB} est fermée jusqu'à lundi.",
    "Transport scolaire annulé dans la MRC de {MRC}.",
    "{N} écoles du centre de services scolaire fermées en raison de la panne.",
    "Le gymnase de l'{ECOLEPUB} accueille les sinistrés.",
    "Évacuation préventive de l'{ECOLEPUB} à {HEURE}, fuite de gaz.",
    "Retour en classe prévu mercredi à {VILLE}.",
])
F("propre", "hopitaux", None, [
    "L'{HOPPUB} a déclenché le code orange à {HEURE}.",
    "Urgence de l'{HOPPUB} à 1{NN} % d'occupation.",
    "Génératrice de l'{HOPPUB} testée avec succès.",
    "Le centre d'hébergement de {VILLE} est alimenté par génératrice.",
    "Transfert de {N} patients de l'{HOPPUB} vers d'autres établissements.",
    "Stationnement de l'{HOPPUB} réservé aux véhicules d'urgence.",
])
F("propre", "barrages", None, [
    "Le {BARRAGE} déverse {DEBIT}.",
    "Ouverture de {N} vannes au {BARRAGE}.",
    "Niveau du réservoir à {NIV}, au-dessus du seuil d'alerte.",
    "Inspection de la digue du {LAC} : aucune infiltration.",
    "Hydro-Québec réduit les apports au {BARRAGE}.",
    "Digue temporaire érigée le long de la {RIV}.",
])
F("propre", "heures_dates", None, [
    "Événement débuté le {DATE} à {HEURE}, terminé le {DATE}.",
    "Premier appel reçu à {HEURE}, arrivée des pompiers à {HEURE}.",
    "Crue de {ANNEE} : {NNN} résidences touchées.",
    "Bilan au {DATE}, {HEURE} : situation stable.",
    "Reprise des opérations demain à {HEURE}.",
    "Dernière mise à jour : {DATE}.",
])
F("propre", "parcs", None, [
    "Le {PARCPUB} est fermé en raison des arbres tombés.",
    "Point de ravitaillement installé au {PARCPUB}.",
    "Inondation des terrains de balle du {PARCPUB}.",
    "Feux d'artifice annulés au {PARCPUB}.",
    "Le sentier riverain du {PARCPUB} est sous {CM} cm d'eau.",
    "Rassemblement des bénévoles au {PARCPUB} à {HEURE}.",
])
F("propre", "accident_routier", None, [
    "Collision impliquant {N} véhicules sur l'{AUTO} au {KM}, aucun blessé.",
    "Carambolage de {NN} véhicules en direction est, voies fermées.",
    "Sortie de route d'un camion léger sur la {ROUTE}.",
    "Véhicule dans le fossé sur la {ROUTE}, remorquage demandé.",
    "Accident mineur au rond-point de {VILLE}, circulation rétablie à {HEURE}.",
    "Chevreuil heurté sur la {ROUTE} près de {VILLE}.",
])
F("propre", "formulaire_vide", None, [
    "Nom : [retiré] / Tél. : s.o. / Adresse : voir dossier municipal / Secteur : {VILLE}",
    "Demandeur : ND — Courriel : aucun — Motif : inondation du {DATE}",
    "NOM: ______ TEL: ______ (formulaire non rempli, reçu à {HEURE})",
    "Identité : non divulguée. Coordonnées : à venir. Municipalité : {VILLE}.",
    "Champs personnels caviardés conformément à la Loi sur l'accès ({NN} champs).",
    "Plaque : N/D — Véhicule : non identifié — Lieu : {AUTO}, {KM}",
])
F("propre", "codes", None, [
    "Code 10-4, unité {UNITE} en route.",
    "Unité {UNITE} 10-8, retour à la caserne.",
    "Priorité 1, code 3, temps de réponse {N} min.",
    "Carte d'appel fermée à {HEURE}, code de fermeture 90.",
    "Répartition : {UNITE} et {UNITE} sur les lieux.",
    "Deuxième alarme sonnée à {HEURE}.",
])
F("propre", "autochtones_generique", None, [
    "Le conseil de bande de {COMMUNAUTE} a activé son plan d'urgence.",
    "Vol de ravitaillement prévu vers {COMMUNAUTE} demain matin.",
    "{NN} familles de {COMMUNAUTE} hébergées à {VILLE}.",
    "Route d'accès à {COMMUNAUTE} coupée par le feu.",
    "Le service de sécurité publique de {COMMUNAUTE} demande des pompes.",
    "Rencontre avec la direction des services d'urgence de {COMMUNAUTE} à {HEURE}.",
])
F("propre", "sante_publique_agregee", None, [
    "Éclosion dans {N} CHSLD de {REGION}, visites suspendues.",
    "Clinique de vaccination mobile à {VILLE} de 9 h à 16 h.",
    "{NN} cas d'intoxication au monoxyde de carbone rapportés dans {REGION} cette semaine.",
    "La santé publique recommande de faire bouillir l'eau à {VILLE}.",
    "Info-Santé 811 : hausse de {NN} % des appels.",
    "Aucune personne blessée lors de l'événement de {VILLE}.",
])
F("propre", "numeros_lookalike", None, [
    "Résolution {ANNEE}-{NNN} adoptée par le conseil municipal de {VILLE}.",
    "Règlement d'emprunt no {NNN}-{ANNEE} pour la digue.",
    "Borne-fontaine no {NNN} défectueuse, secteur industriel.",
    "Poste de pompage P-{N} en surcharge.",
    "Ponceau P-{NNN} remplacé sur la {ROUTE}.",
    "Appel d'offres no {ANNEE}-{NNN} pour le déneigement.",
])
F("propre", "noms_publics_lookalike", None, [
    "Le traversier {TRAV} reprend ses rotations à {HEURE}.",
    "La {RUEPUB} sera fermée pour le défilé de la Saint-Jean à {VILLE}.",
    "Le centre de services aux sinistrés est installé à l'{ARENAPUB}.",
    "La {BIBLIO} est fermée, sous-sol inondé.",
    "Le {BOULPUB} est fermé entre {HEURE} et {HEURE}.",
    "Le {CLSCPUB} offre du soutien psychosocial aux sinistrés.",
])
F("propre", "note_longue", None, [
    "Crue printanière : la {RIV} a dépassé le seuil d'inondation modérée à {HEURE}. {NN} résidences évacuées "
    "dans le secteur de la {RUEPUB}. Centre d'hébergement ouvert à l'aréna de {VILLE}. Prochaine mise à jour "
    "à {HEURE}.",
    "Bilan de la nuit : {N} appels pour refoulement d'égout, {N} pour arbres tombés, aucune évacuation. La {ROUTE} "
    "demeure fermée entre {VILLE} et {VILLE}. Les équipes de la voirie reprennent à {HEURE}.",
    "Incendie maîtrisé à {HEURE} dans un bâtiment commercial de {VILLE}. {NN} pompiers et {N} camions sur place, "
    "renfort de la {CASERNE}. Aucun blessé. Cause indéterminée, enquête confiée au service de prévention.",
    "Rencontre du comité municipal de sécurité civile de {VILLE} : le maire, la directrice générale et le "
    "coordonnateur ont revu le plan d'évacuation. {NNN} sacs de sable en réserve, {N} génératrices disponibles.",
    "Panne généralisée dans {REGION} : {NNNN} clients sans électricité au plus fort de l'événement. Hydro-Québec "
    "prévoit un rétablissement complet d'ici {HEURE} demain. Haltes-chaleur ouvertes dans {N} municipalités.",
    "Glissement de terrain sur la {ROUTE} au {KM} : coulée d'environ {NNN} m³, circulation déviée par le rang. "
    "Le MTMD évalue la stabilité du talus; réouverture partielle prévue dans {N} jours.",
])
F("propre", "bilan_quotidien", None, [
    "Bilan du {DATE} : {NNN} personnes inscrites auprès de la Croix-Rouge, {NN} toujours hébergées à l'hôtel, "
    "{N} centres de services ouverts dans la MRC de {MRC}. Aucun décès rapporté.",
    "Point de situation à {HEURE} : niveau du {LAC} stable à {NIV}, débit de la {RIV} en baisse. {NN} routes "
    "locales fermées, {N} ponts sous surveillance. Levée de l'état d'urgence envisagée lundi.",
    "Résumé de la semaine : {NNN} interventions des pompiers, {NN} feux de cuisson, {N} incendies de bâtiments "
    "agricoles et {NN} alarmes non fondées sur le territoire de la MRC de {MRC}.",
    "Centre 911 de {VILLE} : {NNNN} appels traités en 24 h, dont {NNN} liés au verglas. Délai moyen de réponse "
    "de {N} secondes. Renfort de {N} répartiteurs jusqu'à {HEURE}.",
    "Mise à jour de la SOPFEU : {NN} feux actifs, {NNNN} hectares touchés depuis le début de la saison dans "
    "{REGION}. Interdiction de faire des feux à ciel ouvert maintenue.",
    "Bilan des dommages : {NNN} bâtiments inspectés à {VILLE}, {NN} jugés inhabitables, {NN} avec dommages "
    "mineurs. Les demandes d'aide financière sont reçues au centre de services jusqu'au {DATE}.",
])

# ---------------------------------------------------------------------------
# Moteur de rendu
# ---------------------------------------------------------------------------

_PH = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:@(\w+))?\}")
_CONTR = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}


def _render(tpl: str, ctx: Ctx) -> str:
    out = ""
    pos = 0
    for m in _PH.finditer(tpl):
        out += tpl[pos:m.start()]
        pos = m.end()
        key, tag = m.group(1), m.group(2)
        start = len(ctx.planted)
        if tag and (key, tag) in ctx.memo:
            val, pl = ctx.memo[(key, tag)]
            ctx.planted.extend(pl)
        elif key in PERS:
            val = PERS[key](ctx)
            if tag:
                ctx.memo[(key, tag)] = (val, list(ctx.planted[start:]))
        elif key in NONPERS:
            val = NONPERS[key](ctx)
            if tag:
                ctx.memo[(key, tag)] = (val, [])
        else:
            raise KeyError(f"espace réservé inconnu : {key}")
        # contractions « de le » -> « du », « à les » -> « aux »...
        mm = re.search(r"(?:^|(?<=[\s(«\[]))(de|à|De|À) $", out)
        ma = re.match(r"(le|les) ", val) or (key in NONPERS and re.match(r"(Le|Les) ", val))
        if mm and ma:
            prep, art = mm.group(1), ma.group(1)
            new = _CONTR[(prep.lower(), art.lower())]
            if prep[0].isupper():
                new = new.capitalize()
            out = out[:mm.start(1)] + new + " "
            newval = val[len(art) + 1:]
            for i in range(start, len(ctx.planted)):
                if ctx.planted[i] == val:
                    ctx.planted[i] = newval
            val = newval
        else:
            me = re.search(r"(?:^|(?<=[\s(«\[]))(de|que|De|Que) $", out)
            if me and val and (strip_accents(val[0]).lower() in "aeiouy" or
                               (val[0] == "h" and strip_accents(val[1:2]) in "aeiouy")):
                w = me.group(1)
                out = out[:me.start(1)] + w[:-1] + "'"
        out += val
    out += tpl[pos:]
    return out


_PREFIXES = ["MàJ : ", "Suivi : ", "NOTE : ", "** ", "Rappel : ", "> ", "Obs. : ", "Info : ",
             "Note de quart : ", "Ajout : ", "Commentaire : ", "- "]
_SUFFIXES = [" — à suivre", " (voir photos)", " [fin]", " ...", " //", " - transmis au superviseur",
             " (réf. carte d'appel)", " (suite au prochain quart)", " -- fin de la note", " ✔"]


def _decorate(ctx: Ctx, text: str) -> str:
    r = ctx.rng
    k = r.random()
    if k < 0.10:
        text = f"[{_heure(ctx)}] " + text
    elif k < 0.15:
        text = f"{r.randint(2018, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} " \
               f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d} — " + text
    elif k < 0.23:
        text = r.choice(_PREFIXES) + text
    if r.random() < 0.09:
        text += r.choice(_SUFFIXES)
    return text


_CAP_KINDS = ("lien_familial", "sante", "age", "nom", "lieu_travail", "date_naissance", "propre")


def _make_cell(fam: dict, tpl: str, rng: random.Random, si: int, P: Pools):
    ctx = Ctx(rng, si, P)
    try:
        text = _render(tpl, ctx)
    except DrawError:
        return None
    # majuscule initiale quand le gabarit commence par une valeur (« la fille du maire… » -> « La fille… »)
    if fam["tf"] is None and text[:1].islower() and tpl.startswith("{") and fam["kind"] in _CAP_KINDS \
            and rng.random() < 0.75:
        head = [i for i, p in enumerate(ctx.planted) if text.startswith(p)]
        if all(text.count(ctx.planted[i]) == 1 for i in head):
            for i in head:
                ctx.planted[i] = _cap1(ctx.planted[i])
            text = _cap1(text)
    text = _decorate(ctx, text)
    tf = TRANSFORMS[fam["tf"]]
    text = tf(text)
    planted = [tf(p) for p in ctx.planted]
    uniq = list(dict.fromkeys(planted))
    for p in uniq:
        assert p in text, (fam["family"], p, text)
    # aucune occurrence parasite d'une valeur plantée (hors valeurs plantées plus longues qui la contiennent)
    for p in uniq:
        masked = text
        for q in sorted(uniq, key=len, reverse=True):
            if q != p and p in q:
                masked = masked.replace(q, "\x00" * len(q))
        if masked.count(p) > planted.count(p):
            return None
    if fam["kind"] == "propre":
        assert not uniq, (fam["family"], text)
    elif not uniq:
        return None
    return Cell(text=text, kind=fam["kind"], family=fam["family"], planted=tuple(uniq))


def generate(split: str, per_family: int = 20, seed: int = 0) -> list[Cell]:
    """Cellules étiquetées pour une partition ; déterministe pour (split, per_family, seed)."""
    if split not in SPLITS:
        raise ValueError(f"split inconnu : {split!r} (attendu : {SPLITS})")
    si = SPLITS.index(split)
    P = pools(si)
    cells: list[Cell] = []
    seen: set[str] = set()
    for fam in FAMILIES:
        tpls = fam["templates"][si::2]
        rng = random.Random(stable_seed(split, fam["family"], seed))
        got = attempts = 0
        max_attempts = per_family * 80 + 400
        while got < per_family:
            if attempts >= max_attempts:
                raise RuntimeError(f"{split}/{fam['family']} : seulement {got} cellules distinctes")
            tpl = tpls[attempts % len(tpls)]
            attempts += 1
            c = _make_cell(fam, tpl, rng, si, P)
            if c is None or c.text in seen:
                continue
            for p in c.planted:
                assert p in c.text
            seen.add(c.text)
            cells.append(c)
            got += 1
    return cells


# ---------------------------------------------------------------------------
# Vérifications structurelles
# ---------------------------------------------------------------------------

def _pool_sizes() -> dict:
    given = {norm(_parse_given(x)[0]) for raw in GIVEN_RAW.values() for x in _L(raw)}
    surn = {norm(x) for raw in SURN_RAW.values() for x in _L(raw)} | \
           {norm(x.rsplit(":", 1)[0]) for x in _L(PARTICLE_RAW)}
    streets = set(STREETS_FR) | set(ORDINAL_STREETS) | set(RANG_STREETS) | set(STREETS_EN)
    emps = set(EMP_BIG) | set(EMP_USINE) | set(EMP_HOP) | set(EMP_CHSLD) | set(EMP_PHARM) | set(EMP_ECOLE) | \
        set(EMP_CPE) | set(EMP_CHAIN) | set(EMP_PETIT)
    sante = {t for c in SANTE_CATS for t in globals()[c]}
    return {"prénoms": len(given), "noms de famille": len(surn), "rues": len(streets),
            "municipalités": len(set(VILLES)), "employeurs/commerces": len(emps), "termes de santé": len(sante),
            "domaines courriel": len(set(MAIL_DOMAINS) | set(MAIL_REG)), "surnoms": len(set(_L(NICK_RAW))),
            "formats plaques": sum(len(FMT[c]) for c in FMT if c.startswith("PLQ")),
            "formats téléphone": sum(len(FMT[c]) for c in FMT if c.startswith("TEL")),
            "formats identifiants": sum(len(FMT[c]) for c in ("NAS", "RAMQ", "PERMIS", "PASSP", "PASSPF",
                                                              "DETENU", "RECLAM", "DOSMSP", "COMPTE", "STATUT",
                                                              "MATR", "HYDRO", "UCI", "ROLE", "USAGER", "POLICE",
                                                              "CARTEMASK", "DOSGOV"))}


def self_check() -> list[str]:
    problems = []
    by_kind = defaultdict(list)
    for f in FAMILIES:
        by_kind[f["kind"]].append(f)
        if len(f["templates"]) < 6:
            problems.append(f"{f['family']}: {len(f['templates'])} gabarits (< 6)")
        for t in f["templates"]:
            for m in _PH.finditer(t):
                if m.group(1) not in PERS and m.group(1) not in NONPERS:
                    problems.append(f"{f['family']}: espace réservé inconnu {m.group(1)}")
    names = [f["family"] for f in FAMILIES]
    if len(names) != len(set(names)):
        problems.append("familles en double")
    for k in KINDS:
        if len(by_kind[k]) < 22:
            problems.append(f"{k}: {len(by_kind[k])} familles (< 22)")
    if len(by_kind["propre"]) < 40:
        problems.append(f"propre: {len(by_kind['propre'])} familles (< 40)")
    t_dev = {t for f in FAMILIES for t in f["templates"][0::2]}
    t_ho = {t for f in FAMILIES for t in f["templates"][1::2]}
    if t_dev & t_ho:
        problems.append(f"gabarits partagés entre partitions : {sorted(t_dev & t_ho)[:3]}")
    sizes = _pool_sizes()
    for k, lim in (("prénoms", 400), ("noms de famille", 400), ("rues", 150), ("municipalités", 120),
                   ("employeurs/commerces", 100), ("termes de santé", 150)):
        if sizes[k] < lim:
            problems.append(f"réserve {k} : {sizes[k]} (< {lim})")
    for si in (0, 1):
        P = pools(si)
        for cls, lst in P.fmts.items():
            if not lst:
                problems.append(f"format {cls} vide pour {SPLITS[si]}")
        for attr in ("streets_mt", "ordinal", "rang", "streets_en", "lakes", "nick", "part", "mail_reg",
                     "emp_cpe", "emp_pharm", "feu_ties", "en_ties", "en_roles", "lien_comm", "trav", "biblios",
                     "clsc_pub", "couleurs"):
            if not getattr(P, attr):
                problems.append(f"réserve {attr} vide pour {SPLITS[si]}")
        for k, v in P.ties.items():
            if not v:
                problems.append(f"liens {k} vides pour {SPLITS[si]}")
        for k, v in P.roles.items():
            if not v:
                problems.append(f"rôles {k} vides pour {SPLITS[si]}")
        for c in SANTE_CATS:
            if not getattr(P, c):
                problems.append(f"santé {c} vide pour {SPLITS[si]}")
    return problems


# ---------------------------------------------------------------------------
# Programme principal
# ---------------------------------------------------------------------------

def _main(argv: list[str]) -> int:
    per_family = int(argv[1]) if len(argv) > 1 else 20
    seed = int(argv[2]) if len(argv) > 2 else 0
    problems = self_check()
    print("== Vérifications structurelles ==")
    fam_counts = Counter(f["kind"] for f in FAMILIES)
    for k in KINDS + ("propre",):
        print(f"  familles {k:15s} {fam_counts[k]:3d}")
    for k, v in _pool_sizes().items():
        print(f"  réserve {k:22s} {v}")
    if problems:
        print("PROBLÈMES :")
        for p in problems:
            print("  -", p)
    else:
        print("  OK")

    results = {}
    for split in SPLITS:
        cells = generate(split, per_family=per_family, seed=seed)
        again = generate(split, per_family=per_family, seed=seed)
        assert cells == again, "non déterministe"
        assert len({c.text for c in cells}) == len(cells), "cellules en double"
        for c in cells:
            assert c.kind in KINDS or c.kind == "propre"
            assert c.family.startswith(c.kind + ".")
            for p in c.planted:
                assert p in c.text
            if c.kind == "propre":
                assert not c.planted
        results[split] = cells
        print(f"\n== {split} : {len(cells)} cellules ==")
        by_kind = Counter(c.kind for c in cells)
        by_fam = Counter(c.family for c in cells)
        for k in KINDS + ("propre",):
            fams = sorted(f for f in by_fam if f.startswith(k + "."))
            print(f"  {k:15s} {by_kind[k]:5d} cellules, {len(fams)} familles")
            line = "    "
            for f in fams:
                item = f"{f.split('.', 1)[1]}={by_fam[f]}  "
                if len(line) + len(item) > 110:
                    print(line.rstrip())
                    line = "    "
                line += item
            if line.strip():
                print(line.rstrip())
        small = [f for f, n in by_fam.items() if n < per_family]
        print(f"  familles sous {per_family} cellules : {len(small)}")
        n_pl = sum(len(c.planted) for c in cells)
        print(f"  valeurs plantées : {n_pl}")

    dev = {norm(p) for c in results["dev5"] for p in c.planted}
    ho = {norm(p) for c in results["heldout5"] for p in c.planted}
    overlap = dev & ho
    print("\n== Disjonction des valeurs plantées (normalisées) ==")
    print(f"  dev5: {len(dev)} valeurs distinctes, heldout5: {len(ho)} valeurs distinctes, "
          f"chevauchement: {len(overlap)}")
    t_dev = {c.text for c in results["dev5"]}
    print(f"  cellules identiques entre partitions : {len(t_dev & {c.text for c in results['heldout5']})}")

    print("\n== Exemples (dev5 seulement, 3 par type) ==")
    rng = random.Random(12345)
    for k in KINDS + ("propre",):
        pool = [c for c in results["dev5"] if c.kind == k]
        for c in rng.sample(pool, 3):
            print(f"  [{c.family}] {c.text!r}\n      planted={c.planted}")
    ok = not problems and not overlap
    print("\nRÉSULTAT :", "OK" if ok else "ÉCHEC")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
