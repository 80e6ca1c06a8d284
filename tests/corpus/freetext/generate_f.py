#!/usr/bin/env python3
"""Générateur de cellules de texte libre (français du Québec) étiquetées, pour
mesurer un caviardeur de renseignements personnels (corpus « gen6 »).

Conventions
-----------
* Une seule sorte (kind) par cellule : une cellule de sorte ``telephone`` ne
  contient que des numéros de téléphone comme renseignements personnels, et
  ``planted`` les liste tous (souvent un, parfois deux ou trois valeurs de la
  même sorte).  Les autres renseignements personnels sont évités dans la
  cellule.  Les cellules ``propre`` ne contiennent aucun renseignement
  personnel et ``planted`` est vide.
* Étendue plantée, par sorte :
  - nom : le nom tel qu'écrit, avec l'honorifique quand il est collé au nom
    (« Mme Bergeron », « Ti-Guy Bérubé ») ;
  - adresse : numéro civique + voie (+ unité, ville, code postal quand ils
    suivent), ou l'élément seul qui situe un domicile (« 1420 » dans « le 1420
    est inondé », « C.P. 145 », « lot 4 512 873 ») ;
  - age : le nombre avec son unité ou sa marque (« 52 ans », « H52 », « F/34 »,
    « 34a », « 18 mois », « 80e année ») ou le nombre seul après une étiquette
    (« Âge : 52 ») ;
  - date_naissance : la date ou l'année seule, sans « né le » ;
  - sante : l'expression de l'état, du traitement ou de l'équipement, sans le
    sujet ni le verbe d'attache quand c'est possible ;
  - courriel, telephone, plaque, identifiant : la valeur telle qu'écrite (avec
    le poste téléphonique quand il est collé) ;
  - lien_familial : du nom de parenté jusqu'à la fin de l'ancrage
    (« fille du maire de Lac-Etchemin »), sans le déterminant ;
  - lieu_travail : l'établissement et sa localité (« fromagerie Boivin de La
    Baie »), sans le titre d'emploi ni la préposition.
* Séparation dev6 / heldout6 : chaque valeur plantée est acceptée seulement si
  md5(normalisé(valeur)) % 2 désigne la bonne partition (normalisation : sans
  accents, minuscules, alphanumérique seulement) ; les composantes (prénoms,
  noms, rues, entreprises, états de santé…) sont aussi réparties par le même
  hachage.  Les gabarits d'une famille sont répartis par parité d'indice (pairs
  → dev6, impairs → heldout6) ; ``self_check`` vérifie qu'aucun gabarit ni
  aucune valeur n'est partagé.
* Bibliothèque standard seulement ; génération déterministe.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import string
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

KINDS = ("nom", "adresse", "age", "date_naissance", "sante", "courriel",
         "telephone", "plaque", "identifiant", "lien_familial", "lieu_travail")
SPLITS = ("dev6", "heldout6")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str  # one of KINDS or "propre"
    family: str  # "kind.family_name"
    planted: tuple[str, ...]  # exact substrings of text, empty for "propre"


# ---------------------------------------------------------------------------
# utilitaires
# ---------------------------------------------------------------------------

def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())


def side_of(s: str) -> int:
    return int(hashlib.md5(norm(s).encode("utf-8")).hexdigest(), 16) % 2


def P(s: str) -> tuple:
    """Pool : éléments séparés par ';' ou des sauts de ligne."""
    out = []
    for line in s.split("\n"):
        for x in line.split(";"):
            x = x.strip()
            if x:
                out.append(x)
    return tuple(dict.fromkeys(out))


def _key(x: str) -> str:
    parts = x.split("|")
    return parts[1] if len(parts) > 1 else parts[0]


@lru_cache(maxsize=None)
def halves(pool: tuple) -> tuple:
    a = tuple(x for x in pool if side_of(_key(x)) == 0)
    b = tuple(x for x in pool if side_of(_key(x)) == 1)
    if not a or not b:
        raise ValueError("pool trop petit pour être réparti: %r" % (pool[:3],))
    return a, b


def pick(rng: random.Random, pool: tuple, side: int) -> str:
    return rng.choice(halves(pool)[side])


def anyp(rng: random.Random, pool: tuple) -> str:
    return rng.choice(pool)


def split3(x: str) -> tuple:
    """'avant|planté|après' -> (avant, planté, après)."""
    parts = x.split("|")
    if len(parts) == 1:
        return "", parts[0], ""
    if len(parts) == 2:
        return parts[0], parts[1], ""
    return parts[0], parts[1], parts[2]


_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
          "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
          "dix-sept", "dix-huit", "dix-neuf"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _b100(n: int) -> str:
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
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + _UNITS[n - 80]


def _b1000(n: int) -> str:
    h, r = divmod(n, 100)
    if h == 0:
        return _b100(r)
    hs = "cent" if h == 1 else _UNITS[h] + " cent"
    if r == 0:
        return hs + ("s" if h > 1 else "")
    return hs + " " + _b100(r)


def num_fr(n: int) -> str:
    if n < 1000:
        return _b1000(n)
    th, r = divmod(n, 1000)
    ts = "mille" if th == 1 else _b1000(th).rstrip("s") + " mille"
    return ts if r == 0 else ts + " " + _b1000(r)


def year_fr(y: int, style: int = 0) -> str:
    if style == 1 and 1100 <= y < 2000:
        return _b100(y // 100) + " cent " + _b100(y % 100) if y % 100 else _b100(y // 100) + " cent"
    s = num_fr(y)
    if 1000 <= y < 2000 and style == 0:
        s = s.replace("mille", "mil", 1)
    return s


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
MONTHS_AB = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août",
             "sept.", "oct.", "nov.", "déc.")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
MONTHS_EN3 = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
              "NOV", "DEC")
MONTHS_FR3 = ("JAN", "FEV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOU", "SEP", "OCT",
              "NOV", "DEC")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DIGIT_WORDS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")


# ---------------------------------------------------------------------------
# noms de personnes, par communauté : (prénoms, noms de famille)
# ---------------------------------------------------------------------------

COMM = {
    "qc": (P("""Réjean; Ghislain; Gaétan; Huguette; Lise; Yvon; Normand; Francine; Mélanie; Karine; Steve;
Kevin; Jessica; Maxime; Émilie; Gabrielle; Raymonde; Thérèse; Rosaire; Conrad; Fernande; Gisèle;
Lucien; Aurèle; Clermont; Florent; Léopold; Réal; Rénald; Denis; Dany; Sonia; Nancy; Chantal; Manon;
Nathalie; Isabelle; Geneviève; Véronique; Stéphane; Sébastien; Mathieu; Olivier; Félix; Léa; Rosalie;
Camille; Jacinthe; Ginette; Carole; Micheline; Pierrette; Jeannine; Yolande; Bertrand; Hervé; Laurent;
Gilles; Serge; Roch; Gaston; Adrien; Benoît; Jocelyn; Jocelyne; Daniel; Alain; Martine; Johanne; Line;
Guylaine; Nicole; Diane; Hélène; Monique; Julie; Caroline; Annie; Valérie; Audrey; Catherine; Simon;
Vincent; Patrick; Éric; François; Yves; André; Claude; Michel; Robert; Richard; Roger; Raymond; Marcel;
Guy; Jacques; Rolande; Georgette; Cécile; Lucille; Rita; Madeleine; Jean; Luc; Sylvie; Josée; Mireille;
Nadia; Maude; Rémi; Jérémie; Samuel; William; Zachary; Noémie; Florence; Océane; Laurence; Clovis;
Wilfrid; Armand; Adélard; Éva; Alphonse; Berthe; Irène; Jeanne d'Arc; Lorraine; Solange; Régis; Donald;
Ghislaine; Gervais; Hugues; Lyne; Doris; Réginald; Marjolaine; Brigitte; Édith; Mario; Sylvain; Dominic"""),
           P("""Tremblay; Gagnon; Côté; Bouchard; Gauthier; Morin; Lavoie; Fortin; Gagné; Ouellet; Pelletier;
Bélanger; Lévesque; Bergeron; Paquette; Girard; Simard; Caron; Cloutier; Dubé; Poirier; Fournier;
Leclerc; Lefebvre; Poulin; Thibault; Nadeau; Landry; Bédard; Grenier; Lessard; Bernier; Michaud;
Hébert; Desjardins; Couture; Turcotte; Parent; Blais; Gosselin; Savard; Proulx; Beaudoin; Demers;
Perron; Boudreau; Vachon; Desrosiers; Charbonneau; Dufour; Mercier; Tessier; Labelle; Rioux;
Therrien; Lafleur; Larose; Laliberté; Lajoie; Sauvé; Vaillancourt; Plourde; Gingras; Harvey; Dionne;
Bolduc; Brassard; Fillion; Doucet; Asselin; Gaudreault; Lemieux; Marcoux; Desbiens; Tardif; Lussier;
Bouffard; Lebel; Bellavance; Meilleur; Lacasse; Lapalme; Deschênes; Dumont; Sirois; Bérubé;
Thériault; Castonguay; Arsenault; Cormier; Belzile; Bissonnette; Brochu; Cantin; Chabot; Chouinard;
Corriveau; Daigle; Deslauriers; Duchesne; Fréchette; Gendron; Gilbert; Goulet; Guay; Jalbert;
Labrecque; Lamarre; Langevin; Laplante; Lauzon; Lemay; Létourneau; Maltais; Ménard; Nolin; Paradis;
Paré; Pépin; Quirion; Rochette; Rousseau; Roussel; Sasseville; Trudel; Veilleux; Villeneuve; Auclair;
Béland; Boily; Bouchard-Simard; Gaudet; Guérin; Jean; Lachapelle; Lacroix; Lalonde; Lavigne; Massé;
Ouimet; Rhéaume; Tanguay; Voyer; Otis; Labbé; Pouliot; Beaupré; Hamel; Huot; Bisson; Fecteau"""), 8),
    "innu": (P("""Marie-Louise; Jean-Charles; Joanne; Réginald; Évelyne; Gilbert; Céline; Marcelline; Shimun;
Pien; Shanut; Mathias; Kathleen; Priscilla; Rodrigue; Anne-Marie; Sylvestre; Cindy; Wendy; Jérémie"""),
             P("""Bellefleur; Vollant; Fontaine; Pinette; Jourdain; St-Onge; McKenzie; Grégoire; Ashini;
Mestokosho; Pietacho; Kapesh; Régis; Malec; Napish; Bacon; Hervieux; Siméon; Picard; Canapé; Pilot;
Kaltush; Ambroise; Tettaut; Nepton; Launière; Connolly; Raphaël; Moreau-Ashini; Uapistan"""), 1),
    "atikamekw": (P("""Constant; Christian; Debby; Jean-Roch; Sipi; Nicole; Wapan; Eveline; Tommy; Réal-Kevin;
Jocelyne; Armand; Louisa; Dany-Lou; Brenda; Gérald; Sakay; Thérésa"""),
                  P("""Ottawa; Flamand; Coocoo; Niquay; Petiquay; Awashish; Chilton; Quitich; Moar; Echaquan;
Néashit; Mattawa; Newashish; Weizineau; Chachai; Mequish; Biroté; Dubé-Ottawa; Boivin-Coocoo; Moar-Flamand"""), 1),
    "cree": (P("""Abel; Bella; Matthew; Ashley; Darlene; Redfern; Elsie; Willie; Daisy; Bertie; Emily; Stanley;
Lottie; Ernie; Minnie; Clarence; Sinclair; Gordie; Dinah; Rusty"""),
             P("""Bosum; Neeposh; Mianscum; Cheezo; Coon Come; Gull; Shecapio; Petawabano; Iserhoff; Wapachee;
Matoush; Blacksmith; Diamond; Jolly; Saganash; Mistacheesick; Otter; Kitchen; Tapiatic; Bearskin;
Snowboy; Rabbitskin; Weistche; Georgekish; Mayappo; Pachano; Herodier; Kawapit; Esau; Sam"""), 1),
    "inuit": (P("""Elisapie; Lucassie; Tamusi; Jaaji; Putulik; Adamie; Sarollie; Lizzie; Jobie; Eva; Siasi;
Akinisie; Maggie; Pasha; Tuumasi; Kitty; Alacie; Paulusie; Qalingo; Sammy; Jusipi; Maata; Nellie; Eli"""),
              P("""Kasudluak; Annanack; Tukalak; Qumaluk; Kenuajuak; Ningiuruvik; Nappaaluk; Tooktoo; Iyaituk;
Alaku; Angutigirk; Okpik; Sivuarapik; Qinuajuak; Ittukallak; Uqaituk; Kumarluk; Novalinga; Tulugak;
Arngak; Koneak; Nutaraaluk; Elijassiapik; Aculiak; Weetaluktuk; Ikey; Kauki; Etok; Munick; Tertiluk"""), 1),
    "mohawk": (P("""Kahente; Kaniehtiio; Karonhiio; Konwatsitsawi; Brandon; Tracy; Kenny; Dwayne; Sherry;
Wendell; Skye; Tanya; Rodney; Tekaronhiake; Ronnie-Lee; Charlene"""),
               P("""Diabo; Jacobs; Deer; Horn; McComber; Delisle; Montour; Stacey; Goodleaf; Beauvais; Kirby;
Zacharie; Rice; Norton; Two-Axe; Lazare; Cross; Sky; Bonspille; Etienne; Oke; Gabriel; Leaf; Canadian"""), 1),
    "haiti": (P("""Widlene; Rose-Carline; Jean-Robert; Wilner; Fritznel; Nadège; Guerline; Marie-Michelle;
Jocelin; Wisline; Frantz; Rosemène; Lovensky; Schneider; Dieuseul; Magalie; Ketly; Clautaire; Wesner;
Yolette; Mackenson; Stevenson; Loudmia; Naïka; Roodly; Fabiola; Esther; Jean-Ronald; Mirlande; Kerby"""),
              P("""Pierre-Louis; Jean-Baptiste; Saint-Fleur; Dorval; Augustin; Célestin; Désir; Exantus;
Louis-Jeune; Métellus; Toussaint; Fleurimond; Duvivier; Pierre-Charles; Estimé; Bazile; Cadet; Delva;
Fils-Aimé; Jean-Louis; Lafortune; Mompoint; Petit-Homme; Saintil; Thélusma; Vilsaint; Zéphir;
Dieudonné; Bellegarde; Dorcéus; Philogène; Jean-Gilles; Alcindor; Beaubrun; Chéry"""), 3),
    "maghreb": (P("""Karim; Samira; Mohamed; Yacine; Amine; Khadija; Youssef; Rachid; Nabil; Hakim; Lamia;
Souad; Meriem; Anis; Sofiane; Houda; Ilyes; Walid; Farid; Nour; Zineb; Abdelkader; Mustapha; Leïla;
Imane; Fatima-Zahra; Kamel; Hanane; Redouane; Dalila"""),
                P("""Benali; Bouchareb; El Amrani; Ben Saïd; Aït Ahmed; Belkacem; Cherkaoui; Lahlou; Mansouri;
Zerrouki; Brahimi; Djebbar; Hamdi; Kaci; Meziane; Ouali; Rahmani; Saidi; Tahiri; Ziani; Ben Youssef;
Benjelloun; Bennani; Chraïbi; Ferhat; Guendouz; Bensalem; Haddadi; Amara; Boukhalfa"""), 3),
    "liban": (P("""Georges; Rania; Elie; Joëlle; Fadi; Rita; Nayla; Charbel; Ziad; Maya; Rabih; Nadine; Tony;
Samir; Hiba; Roula; Walid; Carine; Antoine; Mireille"""),
              P("""Khoury; Haddad; Nassar; Abou-Khalil; Saliba; Hajj; Karam; Sfeir; Aoun; Chamoun; Mansour;
Sleiman; Daher; Bou Karam; Azar; Yazbeck; Matar; Tannous; Fakhoury; Abi-Nader; Bechara; Chidiac; Harb;
Najjar; El-Hage; Abou Jaoudé"""), 2),
    "vn": (P("""Lan; Minh; Hung; Thanh; Huong; Mai; Linh; Tuan; Dung; Phuong; Quang; Thao; Hai; Nam; Anh;
Trang; Hoa; Khanh; Long; Duc; Vy; Bich; Loan; Sang"""),
           P("""Nguyen; Tran; Le; Pham; Huynh; Hoang; Phan; Vu; Vo; Dang; Bui; Do; Ho; Ngo; Duong; Ly; Truong;
Dinh; Lam; Quach"""), 2),
    "cn": (P("""Wei; Jing; Xiaoming; Mei-Ling; Yan; Hao; Lei; Fang; Ying; Jun; Xin; Kai-Lun; Hui; Ming; Li-Na;
Qiang; Tao; Xiaoyu; Jiayi; Zhiwei"""),
           P("""Wang; Li; Zhang; Liu; Chen; Yang; Huang; Zhao; Wu; Zhou; Xu; Sun; Zhu; Guo; Lin; Luo; Wong;
Chan; Cheung; Leung; Ng; Tang; Yip; Lau; Kwan; Fong"""), 2),
    "latam": (P("""José Luis; María José; Juan Carlos; Ana María; Luis Fernando; Carolina; Alejandro; Guadalupe;
Xiomara; Yesenia; Jhon; Wilmer; Dayana; Marisol; Andrés; Camilo; Valentina; Santiago; Maricela; Edgar;
Fredy; Yuliana; Héctor; Gladys"""),
              P("""González; Rodríguez; Hernández; López; Martínez; Pérez; Sánchez; Ramírez; Torres; Flores;
Rivera; Gómez; Díaz; Morales; Ortiz; Gutiérrez; Chávez; Castillo; Vargas; Romero; Herrera; Medina;
Aguilar; Mendoza; Guerrero; Salazar; Quispe; Mamani; Cárdenas; Zúñiga; Restrepo; Arango; Ochoa"""), 3),
    "pt": (P("""João; Manuel; Fernanda; Conceição; Fátima; Rui; Paulo; Duarte; Zélia; Albano; Graça; Nuno;
Tiago; Inês; Lurdes; Amélia; Joaquim; Olívia"""),
           P("""Da Silva; Dos Santos; Pereira; Ferreira; Rodrigues; Martins; Sousa; Fernandes; Gonçalves; Gomes;
Lopes; Marques; Alves; Almeida; Ribeiro; Pinto; Carvalho; Teixeira; Moreira; Correia; Mendes; Nunes;
Soares; Vieira; Medeiros; Furtado; Rego; Cabral; De Melo; Tavares; Amaral"""), 2),
    "it": (P("""Giuseppe; Antonio; Giovanna; Carmela; Rocco; Domenico; Franca; Nicola; Salvatore; Concetta;
Vito; Pasquale; Angela; Filomena; Enzo; Gino; Tina; Rosaria; Carmine; Lucia"""),
           P("""Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Gallo; Conti;
De Luca; Mancini; Giordano; Rizzo; Lombardi; Moretti; Barbieri; Santoro; Rinaldi; Caruso; Ferrara;
Martinelli; Gentile; D'Amico; Di Lallo; Iacono; Cusano; Tedeschi; Zampino; Ciccone; DiPietro; Di Iorio;
Lo Bianco; Del Vecchio; Cacciatore"""), 2),
    "celt": (P("""Sean; Fiona; Kathleen; Brendan; Siobhan; Colin; Bridget; Duncan; Eileen; Hugh; Moira; Ewan;
Kenneth; Heather; Ian; Maureen; Declan; Shannon"""),
             P("""O'Neill; Ryan; Murphy; Kelly; O'Brien; McCarthy; Doherty; Fitzgerald; Sullivan; Walsh; Burke;
Lynch; MacDonald; Fraser; Campbell; Stewart; MacLeod; Morrison; Ross; Johnston; Gallagher; Maloney;
Kennedy; Keough; Caldwell; Blackburn; Murray; Nolan; Flynn; Shea; McGraw; McLaughlin; McInnis; Cullen;
Dunn; Hickey; Power; Whalen; Gilmour; O'Farrell"""), 2),
    "gr": (P("""Georgios; Eleni; Dimitra; Konstantinos; Vasiliki; Nikos; Yannis; Sofia; Panagiota; Spyros;
Kostas; Despina; Athanasios; Stella; Evangelia; Christos"""),
           P("""Papadopoulos; Georgiou; Dimitriou; Nikolaidis; Konstantinidis; Vlachos; Karras; Papageorgiou;
Christodoulou; Angelopoulos; Economou; Stavropoulos; Kyriakou; Theodorou; Makris; Alexiou; Pappas;
Vassilakis; Tsakiris; Mavros"""), 1),
    "ph": (P("""Maricel; Jomar; Rowena; Ronaldo; Cherry-Ann; Arnel; Lorna; Jun-Jun; Marites; Rodel; Girlie;
Jericho; Analyn; Jhun; Precious; Rhea Mae; Jonalyn; Ferdinand"""),
           P("""Santos; Bautista; Ocampo; Garcia; Dela Cruz; De Guzman; Villanueva; Aquino; Manalo; Pascual;
Dizon; Macaraeg; Soriano; Tolentino; Buenaventura; Magbanua; Salonga; Lacson; Evangelista;
Dimaculangan; Mercado; Panganiban"""), 2),
    "waf": (P("""Mamadou; Fatoumata; Aminata; Ousmane; Moussa; Awa; Ibrahima; Kadiatou; Seydou; Adama; Mariam;
Abdoulaye; Aïssatou; Kofi; Akua; Abla; Kodjo; Chidi; Ngozi; Boubacar; Rokia; Fatou; Binta; Koku"""),
            P("""Diallo; Traoré; Coulibaly; Konaté; Ndiaye; Diop; Sow; Camara; Keïta; Touré; Cissé; Kouassi;
Koffi; Kouamé; Ouédraogo; Sawadogo; Zongo; Adjovi; Mensah; Agbodjan; Houngbo; Akakpo; Okafor; Adeyemi;
Mbaye; Gueye; Sylla; Bamba; Sangaré; Dembélé; N'Guessan; Tchakounté; Nguema; Nzeyimana"""), 3),
    "ukr": (P("""Oksana; Olena; Taras; Bohdan; Yuliia; Andriy; Nataliya; Mykola; Iryna; Volodymyr; Halyna;
Dmytro; Lesia; Yaroslav; Svitlana; Orest"""),
            P("""Kovalenko; Shevchenko; Bondarenko; Tkachenko; Kravchenko; Melnyk; Boyko; Kovalchuk; Oliynyk;
Lysenko; Marchenko; Savchenko; Rudenko; Petrenko; Moroz; Pavlenko; Hrytsenko; Yaremchuk; Zelinsky;
Hnatyshyn; Dmytruk; Fedoriw; Sawchuk; Kuzyk; Horobets"""), 1),
}
COMM_KEYS = tuple(COMM)
COMM_W = tuple(COMM[k][2] for k in COMM_KEYS)
AUTOCH = ("innu", "atikamekw", "cree", "inuit", "mohawk")

GIVEN_COMPOUND = P("""Marie-Ève; Marie-Josée; Marie-Soleil; Marie-Claude; Anne-Marie; Jean-François; Jean-Guy;
Jean-Marc; Pier-Luc; Marc-André; Louis-Philippe; Pierre-Olivier; Jean-Sébastien; Marie-Pier;
Marie-Hélène; Marie-Noëlle; Rose-Aimée; Jean-Robert; Marie-Andrée; Marie-France; Paul-Émile;
Joseph-Arthur; Marie-Thérèse; Marie-Paule; Jean-Yves; Jean-Claude; Jean-Pierre; Marie-Anne; Marie-Lou;
Marie-Laurence; Jean-Philippe; Charles-Antoine; Marie-Christine; Louis-Charles; Anne-Sophie;
Marie-Kim; Jean-Denis; Marie-Reine; Joseph-Aimé; Marie-Rose; Jean-Nil; Marc-Olivier; Marie-Eve;
Rose-Marie; Jean-Rock; Guy-Paul; Marie-Lyne; Jean-Luc; Pierre-Luc; Marie-Philippe""")

COMMON_GIVEN = P("""Rose; Blanche; Pierre; Martin; Claire; Aurore; Colombe; Reine; Constance; Victoire; Violette;
Marguerite; Perle; Clément; Parfait; Désiré; Aimé; Modeste; Innocent; Félicité; Espérance; Noël; Olive;
Ange; Fleur; Prudence; Céleste; Grâce; Jasmin; Sylvestre; Fidèle; Hermine""")
COMMON_SUR = P("""Lapierre; Boulanger; Leblanc; Roy; Drapeau; Lebrun; Meunier; Charpentier; Boucher; Bonenfant;
Vallée; Champagne; Marchand; Chartier; Fleury; Lemoine; Lesage; Lebon; Brisebois; Lachance; Beaulieu;
Lamontagne; Larivière; Jolicoeur; Bonneau; Lepage; Printemps; Berger; Lenoir; Legros; Petit; Lavallée;
Labonté; Laforest; Lafontaine; Laroche; Boisvert; Lapointe; Lejeune; Poisson; Pinard; Chevalier;
Sauvage; Masson; Couturier; Loiseau; Martel; Desroches; Pelletier; Mouton; Lebœuf; Laverdure; Soucy;
Bouclier; Chapeau; Marteau; Lhiver; Beausoleil; Bonhomme; Jolie; Langlais; Portugais""")

PARTICLE_SUR = P("""de Montigny; Du Sault; Le Bouthillier; La Rochelle; Van Winden; Van den Berg; MacIsaac;
Mac Donald; St-Amand; Saint-Cyr; Ben Ammar; Ben Salah; El Ouardi; El-Hage; Al-Khatib; Al-Hashimi; Da Costa;
Dos Reis; Di Stefano; D'Aoust; D'Anjou; O'Shaughnessy; De La Durantaye; de Grandpré; Le Sieur; La Haye;
St-Germain; Saint-Onge; Ste-Croix; Van Houtte-Leduc; Mac Kay; Ben Moussa; El Khoury; Al-Sayed; Du Berger;
de la Chevrotière; Le Gresley; Van Dyk; de Repentigny; D'Astous; Dos Santos Lima; Le Breux; La Salle;
St-Hilaire; Ben Hamida; El Yacoubi; Abd El-Malek; Van der Meer; de Champlain-Roy; Des Rosiers""")

NICKS = P("""Ti-Jean; Ti-Guy; Ti-Paul; Ti-Claude; Ti-Bob; Ti-Pit; Ti-Gus; Ti-Mé; Ti-Rouge; Ti-Loup; Ti-Noël;
Ti-Jos; Ti-Luc; Ti-Marc; Ti-Blanc; Bob; Jos; Steph; Manu; Gab; Véro; Cath; Jeff; Frank; Mike; Johnny;
Bobby; Ronnie; Coco; Loulou; Mimi; Pat; Ben; Max; Nic; Gigi; Lulu; Tit-Louis; P'tit Gilles; Ti-Nand;
Fanfan; Dédé; Ginou; Ti-Cul; Mo; Kiki; Titi; Zézette; Pépé; Mémé Lise; Grand Jacques; Gros Pierre""")

VN_MID = ("Thi", "Van", "Duc", "Quoc", "Minh", "Ngoc", "Huu", "Thanh", "Kim", "Xuan")
HONOR_M = ("M.", "Monsieur", "monsieur", "M", "Mr", "Sr", "Dr", "Me")
HONOR_F = ("Mme", "Madame", "madame", "Mlle", "Mme.", "Dre", "Me", "Mrs")


# ---------------------------------------------------------------------------
# lieux, voies, organismes (contexte propre et composantes d'adresses)
# ---------------------------------------------------------------------------

TOWNS = P("""Rimouski; Matane; Gaspé; Sept-Îles; Baie-Comeau; Chicoutimi; Jonquière; La Baie; Alma; Roberval;
Dolbeau-Mistassini; Trois-Rivières; Shawinigan; Drummondville; Victoriaville; Sherbrooke; Magog; Granby;
Saint-Hyacinthe; Longueuil; Laval; Terrebonne; Repentigny; Joliette; Saint-Jérôme; Mont-Laurier;
Rouyn-Noranda; Val-d'Or; Amos; La Sarre; Gatineau; Maniwaki; Lévis; Saint-Georges; Thetford Mines;
Montmagny; La Pocatière; Rivière-du-Loup; Amqui; Sainte-Anne-des-Monts; Carleton-sur-Mer; New Richmond;
Chandler; Percé; Havre-Saint-Pierre; Fermont; Chibougamau; Saint-Félicien; Baie-Saint-Paul; La Malbaie;
Beauceville; Sainte-Marie; Lac-Etchemin; Saint-Raymond; Pont-Rouge; Donnacona; Louiseville; Nicolet;
Bécancour; Sorel-Tracy; Saint-Jean-sur-Richelieu; Chambly; Beloeil; Rigaud; Lachute; Sainte-Adèle;
Saint-Michel-des-Saints; Coaticook; Lac-Mégantic; Cowansville; Huntingdon; Salaberry-de-Valleyfield;
Les Escoumins; Forestville; Tadoussac; Cap-aux-Meules; Saint-Zénon; Sainte-Luce; Saint-Fabien;
Saint-Pamphile; Saint-Magloire; Notre-Dame-du-Lac; Pohénégamook; Causapscal; Maria; Bonaventure;
Grande-Rivière; Rivière-au-Renard; Deschambault; Clermont; Saint-Siméon; Sacré-Cœur; Sainte-Thècle;
Saint-Tite; Lac-aux-Sables; Ferme-Neuve; Val-des-Sources; Disraeli; Weedon; East Angus; Stanstead;
Saint-Côme; Chertsey; Mont-Joli; Trois-Pistoles; L'Isle-Verte; Kamouraska; Saint-Jean-Port-Joli;
L'Islet; Berthierville; Pierreville; Saint-Ours; Yamachiche; Chapais; Lebel-sur-Quévillon; Senneterre;
Témiscaming; Ville-Marie; Gracefield; Papineauville; Thurso; Shawville; Fort-Coulonge; Oka;
Deux-Montagnes; Sainte-Marthe-sur-le-Lac; Pointe-Calumet; Saint-Eustache; Boisbriand;
Sainte-Anne-de-la-Pérade; Port-Cartier; Natashquan; Blanc-Sablon; Saint-Prime; Normandin; Desbiens;
Métabetchouan; Saint-Gédéon; Hébertville; Saint-Ambroise; L'Anse-Saint-Jean; Petit-Saguenay""")
NORD = P("""Kuujjuaq; Puvirnituq; Inukjuak; Salluit; Kangiqsujuaq; Umiujaq; Chisasibi; Mistissini; Waskaganish;
Wemindji; Eastmain; Oujé-Bougoumou; Kahnawake; Akwesasne; Kanesatake; Wendake; Mashteuiatsh; Uashat;
Manawan; Wemotaci; Opitciwan; Pessamit; Ekuanitshit; Unamen Shipu; Matimekush; Kawawachikamach""")
RIVERS = P("""rivière Chaudière; rivière Richelieu; rivière des Mille Îles; rivière du Nord; rivière Rouge;
rivière Saint-François; rivière Etchemin; rivière Matapédia; rivière Montmorency; rivière Saint-Charles;
rivière Yamaska; rivière Rimouski; rivière du Lièvre; rivière Gatineau; rivière des Outaouais;
rivière Batiscan; rivière Sainte-Anne; rivière L'Assomption; rivière Châteauguay; rivière Maskinongé;
rivière Bécancour; rivière du Loup; rivière Mistassini; rivière Matane; rivière Ouareau;
rivière Saint-Maurice; rivière Coaticook; rivière Bonaventure; rivière Ashuapmushuan; rivière Nicolet""")
ROUTES = P("""route 132; autoroute 20; A-40; route 138; R-117; route 155; autoroute 73; route 175; route 389;
route 169; route 112; route 116; A-10; A-15; route 199; route 185; route 170; route 131; route 343;
route 204; route 263; route 297; route 195; route 113; route 396; A-85; route 348; route 153""")
AUTOROUTES_NOMS = P("""autoroute Félix-Leclerc; autoroute Jean-Lesage; autoroute Robert-Bourassa; autoroute Henri-IV;
autoroute Duplessis; autoroute Laurentienne; autoroute Dufferin-Montmorency;
autoroute Chomedey; autoroute Claude-Béchard; autoroute Joseph-Armand-Bombardier; autoroute Jean-Noël-Lavoie;
autoroute de la Côte-de-Liesse; autoroute Georges-Vanier""")
PONTS = P("""pont Pierre-Laporte; pont Laviolette; pont Jacques-Cartier; pont Honoré-Mercier; pont Samuel-De Champlain;
pont Gédéon-Ouimet; pont Médéric-Martin; pont Arthur-Sauvé; pont Louis-Bisson; pont Viau; pont Pie-IX;
pont Charles-De Gaulle; pont Dubuc; pont Sainte-Anne; pont Papineau-Leblanc; pont Galipeault;
pont Taschereau; pont Olivier-Charbonneau; pont Mathieu; pont de Québec""")
ECOLES = P("""école Marguerite-Bourgeoys; polyvalente Louis-Saint-Laurent; école secondaire Jean-Jacques-Bertrand;
cégep Marie-Victorin; collège Jean-de-Brébeuf; école Joseph-François-Perrault; école Pierre-Dupuy;
école Félix-Leclerc; polyvalente Paul-Hubert; école Gabrielle-Roy; polyvalente Armand-Saint-Onge;
école secondaire Paul-Gérin-Lajoie; école Saint-Jean-Bosco; école Émile-Nelligan; polyvalente Benoît-Vachon;
école secondaire Pierre-Laporte; école Jacques-Buteux; polyvalente des Baies; école Mgr-Belzile;
école Notre-Dame-du-Sourire; école secondaire Jean-Grou; école Louis-Riel""")
HOPITAUX = P("""Hôpital Maisonneuve-Rosemont; Hôpital Charles-Le Moyne; Hôpital Pierre-Le Gardeur; Hôpital Honoré-Mercier;
Hôtel-Dieu de Lévis; Hôpital de l'Enfant-Jésus; CHU Sainte-Justine; Hôpital Pierre-Boucher;
Hôpital Anna-Laberge; Hôpital du Sacré-Cœur; Hôpital Sainte-Croix; Hôpital Fleurimont; Hôpital Jean-Talon;
Hôpital Santa Cabrini; Hôpital Fleury; Hôpital Saint-François d'Assise; Hôpital de Chicoutimi;
Hôpital régional de Rimouski; Hôpital de Gaspé; Hôpital Brome-Missisquoi-Perkins; Hôpital de Mont-Laurier;
Hôpital Laurentien; Hôpital du Haut-Richelieu; Hôpital de Dolbeau-Mistassini""")
PARCS = P("""parc Jean-Drapeau; parc Jarry; parc Maisonneuve; parc La Fontaine; parc Marie-Victorin;
parc de la Gatineau; parc national du Mont-Tremblant; parc Jacques-Cartier; parc des Chutes-Montmorency;
parc Saint-Laurent; parc Roland-Jeanneau; parc Georges-Étienne-Cartier; parc Louis-Hébert""")
CENTRES = P("""l'aréna Marcel-Dutil; le centre Père-Sablon; l'école Marguerite-Bourgeoys; la polyvalente Louis-Saint-Laurent;
le gymnase de la polyvalente Paul-Hubert; le centre sportif Claude-Robillard; l'aréna Jean-Béliveau;
l'aréna Maurice-Richard; le sous-sol de l'église Sainte-Famille; la salle paroissiale; le centre communautaire;
l'hôtel de ville; la salle Albert-Rousseau; le centre des loisirs; le pavillon Desjardins; l'aréna Gilles-Chabot;
l'aréna Guy-Lafleur; le centre culturel Yvonne-L.-Bombardier; l'école Félix-Leclerc; le Centre Mgr-Côté;
l'aréna Réal-Boucher; le centre récréatif Camille-Roy; la salle des Chevaliers de Colomb; le motel du village;
le gymnase de l'école Jean-XXIII; la maison des jeunes; le centre de services Joseph-Armand""")
RUES_NOMMEES = P("""rue Saint-Denis; rue Saint-Jean; rue Cartier; rue Papineau; rue Laurier; rue Saint-Paul; rue Wellington;
rue Frontenac; rue Champlain; rue De La Salle; rue Notre-Dame Est; rue Saint-Vallier; rue Louis-Hébert; boulevard René-Lévesque; rue Sherbrooke; avenue Papineau; boulevard Talbot;
boulevard Laurier; rue King Ouest; boulevard des Forges; rue Jean-Talon; boulevard Saint-Laurent;
chemin Sainte-Foy; avenue Cartier; boulevard Wilfrid-Hamel; rue Racine; boulevard Lionel-Boulet;
boulevard Pie-XI; boulevard Louis-Fréchette; rue Dollard; avenue Maguire; boulevard Jacques-Cartier;
rue Notre-Dame; boulevard Marie-Victorin; rue Principale; chemin du Roy; boulevard Saint-Joseph;
rue Saint-Germain; avenue du Cardinal-Bégin; boulevard Guillaume-Couture; rue Monseigneur-Tessier""")
BARRAGES = P("""barrage Daniel-Johnson; centrale Robert-Bourassa; barrage Mercier; centrale Jean-Lesage;
réservoir Gouin; réservoir Baskatong; barrage des Quinze; barrage Sartigan; barrage Allard;
centrale René-Lévesque; barrage Jules-Allard; barrage Lachance""")
MRCS = P("""MRC de La Matapédia; MRC de Charlevoix-Est; MRC du Granit; MRC de Portneuf; MRC des Laurentides;
MRC d'Antoine-Labelle; MRC de La Haute-Côte-Nord; MRC de Témiscouata; MRC de Bellechasse; MRC de Kamouraska;
MRC des Appalaches; MRC de Maskinongé; MRC de Pontiac; MRC de Papineau; MRC de Montcalm; MRC de D'Autray;
MRC Robert-Cliche; MRC de Pierre-De Saurel; MRC de La Vallée-de-la-Gatineau; MRC du Fjord-du-Saguenay;
MRC de Rimouski-Neigette; MRC de Joliette; MRC de Lotbinière; MRC des Etchemins""")
ORGS = P("""SOPFEU; Hydro-Québec; Croix-Rouge; MSP; SQ; MTMD; CISSS; CIUSSS; municipalité; MRC; COG; ORSC;
Environnement Canada; service de sécurité incendie; Urgences-santé; CLSC; Garde côtière; Transports Québec;
Info-Crue; ministère de l'Environnement""")
TITRES = P("""le maire; la mairesse; la directrice régionale; le ministre; la ministre de la Sécurité publique;
le DG de la municipalité; le préfet de la MRC; le chef pompier; le directeur du SSI;
le coordonnateur municipal de sécurité civile; la conseillère en sécurité civile; l'agent de liaison;
le sergent de relève; le capitaine de garde; le lieutenant de garde; l'inspecteur régional;
le conseiller du district 4; la directrice de l'école; la greffière; le directeur des travaux publics;
la responsable des mesures d'urgence; le préventionniste; la répartitrice; le superviseur de quart""")
PERS_M = P("""l'occupant; le locataire; le propriétaire; le sinistré; le résident; le requérant; le citoyen;
le monsieur; le voisin; le demandeur; le réclamant; l'usager; le chalétain; l'appelant; le plaignant""")
PERS_F = P("""l'occupante; la locataire; la propriétaire; la sinistrée; la résidente; la requérante;
la citoyenne; la dame; la voisine; la demanderesse; la réclamante; l'usagère; l'appelante; la plaignante""")
UNITES = P("""autopompe 1520; camion-échelle 816; citerne 841; unité 23-15; PR-04; véhicule 3102; U-212;
unité de secours 770; pompe-citerne 611; VTT 2-9; embarcation 9-1; poste de commandement mobile;
unité 4-12; camion 310; U-417; unité d'urgence 1-11""")
STREET_CORE = P("""des Érables; des Pins; des Bouleaux; des Cèdres; des Épinettes; du Lac; de l'Église; Principale;
Notre-Dame; Saint-Jean-Baptiste; du Couvent; des Pionniers; de la Rivière; du Moulin; de la Gare; du Quai;
des Écoles; Champlain; Laurier; Saint-Louis; Sainte-Anne; Saint-Joseph; du Parc; de la Montagne;
des Cerisiers; des Lilas; des Merisiers; des Trembles; des Sapins; des Mélèzes; du Boisé; du Ruisseau;
de la Plage; des Rapides; du Fleuve; des Goélands; des Hirondelles; des Outardes; des Huards; du Domaine;
des Chutes; de la Fabrique; du Collège; Dollard; Frontenac; Talon; Cartier; Montcalm; Racine; Bégin;
Taché; Papineau; Mercier; Sainte-Cécile; Saint-Georges; de la Colline; des Pêcheurs; du Havre; de la Baie;
des Falaises; Belvédère; Beauséjour; Bellevue; du Repos; des Saules; des Peupliers; des Ormes;
Jacques-Cartier; Monseigneur-Bourget; Curé-Labelle; Père-Marquette; Dubuc; Price; Bossé;
de l'Hôtel-de-Ville; de la Station; des Forges; du Sanctuaire; de la Traverse; des Prés; des Champs;
de la Savane; de la Coulée; de la Source; du Petit-Bois; Sainte-Thérèse; Sainte-Famille; Saint-Édouard;
Saint-Cyrille; Saint-Alexis; des Jésuites; du Lac-Noir; du Lac-à-la-Truite; des Trois-Lacs;
de la Pointe-aux-Pins; du Bras-d'Apic; de la Rivière-Rouge; du Lac-Sept-Îles; des Castors; des Chevreuils;
des Perdrix; des Patriotes; Kennedy; Wilfrid-Laurier; Louis-Hébert; du Golf; des Rosiers; des Tulipes;
Vallière; Lavergne; Gamache; de la Seigneurie; du Manoir; des Artisans; de la Fonderie; du Cap;
des Îles; Sainte-Marguerite; Saint-Antoine; de la Chapelle; des Sources; des Aulnes; des Noyers;
du Verger; des Pommiers; des Framboisiers; du Vallon; des Prairies; de l'Anse; du Phare; des Mouettes""")
STREET_TYPES = (("rue", 9), ("avenue", 2), ("boulevard", 1), ("chemin", 3), ("montée", 1), ("côte", 1),
                ("place", 1), ("croissant", 1), ("impasse", 1), ("terrasse", 1), ("carré", 1), ("allée", 1),
                ("promenade", 1), ("route", 1))
TYPE_ABBR = {"rue": ("r.", "rue"), "avenue": ("av.", "ave", "av"), "boulevard": ("boul.", "bd", "boul"),
             "chemin": ("ch.", "ch", "chem."), "montée": ("mtée", "mté"), "côte": ("cte", "côte"),
             "place": ("pl.", "place"), "croissant": ("cr.", "crois."), "impasse": ("imp.", "impasse"),
             "terrasse": ("terr.", "tsse"), "carré": ("carré",), "allée": ("all.",),
             "promenade": ("prom.",), "route": ("rte", "rte.")}
RANG_NAMES = P("""Saint-Joseph; Sainte-Anne; du Bas-de-la-Rivière; du Haut-de-la-Paroisse; Petit-Rang; Grand-Rang;
des Chutes; de la Montagne; Saint-Édouard; du Nord; du Sud; Double; Sainte-Catherine; Saint-Michel;
des Écossais; des Irlandais; de la Carrière; du Cordon; Saint-Pierre; Bellevue; du Brûlé; de l'Embarras;
de la Savane; Saint-Isidore; du Ruisseau-Vert""")
INDIG_STREETS = P("""Mahikan; Amishk; Uapush; Atik; Nameshu; Kuei; Shipu; Nutashkuan; Ouiatchouan; Atikuss;
Kapatakan; Nishk; Pessamiu; Tshiuetin; Ushkan; Manikuan; Matshishkapeu; Uashat; Nipi; Tipahikan""")
POSTAL_L = "ABCEGHJKLMNPRSTVWXYZ"
PC_FIRST = "GHJ"
PLATE_L = "ABCDEFGHJKLMNPRSTVWXYZ"


# ---------------------------------------------------------------------------
# constructeurs de valeurs : f(rng, side) -> str ou (avant, planté, après)
# ---------------------------------------------------------------------------

def _comm(rng, only=None):
    if only:
        return rng.choice(only)
    return rng.choices(COMM_KEYS, COMM_W)[0]


def _gs(rng, side, c=None):
    c = c or _comm(rng)
    g = pick(rng, COMM[c][0], side)
    if c in AUTOCH and rng.random() < 0.35:
        g = pick(rng, COMM["qc"][0], side)
    return g, pick(rng, COMM[c][1], side), c


def _person(rng, side, c=None):
    g, s, c = _gs(rng, side, c)
    if c == "vn":
        m = rng.choice(VN_MID)
        return rng.choice([f"{s} {m} {g}", f"{g} {s}", f"{s} {m} {g}"])
    if c == "cn":
        return rng.choice([f"{s} {g}", f"{g} {s}"])
    if c == "latam" and rng.random() < 0.4:
        return f"{g} {s} {pick(rng, COMM['latam'][1], side)}"
    return f"{g} {s}"


def n_full(rng, side):
    return _person(rng, side)


def n_caps(rng, side):
    g, s, c = _gs(rng, side)
    f = rng.randrange(5)
    if f == 0:
        return f"{g} {s}".upper()
    if f == 1:
        return strip_accents(f"{g} {s}").upper()
    if f == 2:
        return f"{s} {g}".upper()
    if f == 3:
        return strip_accents(f"{s} {g}").upper()
    return strip_accents(f"{g[0]} {s}").upper()


def n_inverse(rng, side):
    g, s, c = _gs(rng, side)
    f = rng.randrange(4)
    if f == 0:
        return f"{s.upper()}, {g}"
    if f == 1:
        return f"{s}, {g}"
    if f == 2:
        return f"{strip_accents(s).upper()},{strip_accents(g).upper()}"
    return f"{s}, {g[0]}."


def n_lastfirst(rng, side):
    g, s, c = _gs(rng, side)
    f = rng.randrange(3)
    if f == 0:
        return f"{s.upper()} {g}"
    if f == 1:
        return f"{strip_accents(s).upper()} {strip_accents(g)}"
    return f"{s} {g}"


def n_lower(rng, side):
    x = _person(rng, side)
    f = rng.randrange(4)
    if f == 0:
        return strip_accents(x).lower()
    if f == 1:
        return x.lower()
    if f == 2:
        return strip_accents(x).lower().replace("-", " ")
    return strip_accents(x.split()[0]).lower() + " " + strip_accents(x.split()[-1]).lower()


def n_honor(rng, side):
    g, s, c = _gs(rng, side)
    fem = rng.random() < 0.5
    h = rng.choice(HONOR_F if fem else HONOR_M)
    f = rng.randrange(4)
    if f == 0:
        return f"{h} {s}"
    if f == 1:
        return f"{h} {s.upper()}"
    if f == 2:
        return f"{h} {g[0]}. {s}"
    return f"{h} {s}"


def _initials(g):
    parts = re.split(r"[- ]", g)
    return "-".join(p[0] + "." for p in parts if p)


def n_initial(rng, side):
    if rng.random() < 0.4:
        g = pick(rng, GIVEN_COMPOUND, side)
        s = pick(rng, COMM[_comm(rng)][1], side)
    else:
        g, s, c = _gs(rng, side)
    f = rng.randrange(5)
    if f == 0:
        return f"{_initials(g)} {s}"
    if f == 1:
        return f"{_initials(g)}{s}"
    if f == 2:
        return f"{s} {_initials(g)}"
    if f == 3:
        return f"{_initials(g)} {s.upper()}"
    return f"{g[0]} {s}"


def n_nick(rng, side):
    nk = pick(rng, NICKS, side)
    g, s, c = _gs(rng, side, rng.choice(("qc", "qc", "qc", "celt", "it", "haiti", "innu")))
    f = rng.randrange(5)
    if f == 0:
        return f"{nk} {s}"
    if f == 1:
        return f"{g} « {nk} » {s}"
    if f == 2:
        return f"{g} {s} dit {nk}"
    if f == 3:
        return f'{nk} ({g} {s})'
    return f'"{nk}" {s}'


def n_compound(rng, side):
    g = pick(rng, GIVEN_COMPOUND, side)
    s = pick(rng, COMM[_comm(rng)][1], side)
    f = rng.randrange(4)
    if f == 0:
        return f"{g} {s}"
    if f == 1:
        return f"{g.replace('-', ' ')} {s}"
    if f == 2:
        return f"{g} {s}".upper()
    return f"{s}, {g}"


def n_double(rng, side):
    g, s1, c = _gs(rng, side)
    s2 = pick(rng, COMM[_comm(rng)][1], side)
    if s2 == s1 or " " in s1 or " " in s2:
        s2 = pick(rng, COMM["qc"][1], side)
    f = rng.randrange(4)
    if f == 0:
        return f"{g} {s1}-{s2}"
    if f == 1:
        return f"{s1}-{s2}, {g}"
    if f == 2:
        return f"{g} {s1} {s2}"
    return f"{g} {s1}-{s2}".upper()


def n_particle(rng, side):
    ps = pick(rng, PARTICLE_SUR, side)
    g, _, c = _gs(rng, side)
    f = rng.randrange(4)
    if f == 0:
        return f"{g} {ps}"
    if f == 1:
        return f"{rng.choice(('M.', 'Mme', 'Madame', 'Monsieur'))} {ps}"
    if f == 2:
        return f"{ps.upper()}, {g}"
    return f"{g} {ps}".lower()


def n_asian(rng, side):
    c = rng.choice(("vn", "vn", "cn", "cn", "ph"))
    g, s, _ = _gs(rng, side, c)
    if c == "vn":
        m = rng.choice(VN_MID)
        return rng.choice([f"{s} {m} {g}", f"{s.upper()} {m} {g}", f"{g} {s}", f"{s} {g}", f"{s.upper()} {m.upper()} {g.upper()}"])
    if c == "cn":
        en = rng.choice(("Kevin", "Cindy", "Tony", "Vicky", "Jason", "Amy", "Eric", "Ivy"))
        return rng.choice([f"{s} {g}", f"{s.upper()} {g}", f"{g} {s}", f"{en} {s}", f"{en} {g} {s}"])
    return rng.choice([f"{g} {s}", f"{s}, {g}", f"{g} {s}".upper()])


def n_autoch(rng, side):
    c = rng.choice(AUTOCH)
    g, s, _ = _gs(rng, side, c)
    f = rng.randrange(5)
    if f == 0:
        return f"{g} {s}"
    if f == 1:
        return f"{s.upper()} {g}"
    if f == 2:
        return f"{s}, {g}"
    if f == 3:
        g2, s2, _ = _gs(rng, side, c)
        return f"{g} {s}-{s2}" if s2 != s and " " not in s + s2 else f"{g} {s}"
    return f"{g} {s}".lower()


def n_common(rng, side):
    cg = pick(rng, COMMON_GIVEN, side)
    cs = pick(rng, COMMON_SUR, side)
    g, s, _ = _gs(rng, side, "qc")
    f = rng.randrange(7)
    if f == 0:
        return f"{cg} {cs}"
    if f == 1:
        return f"{g} {cs}"
    if f == 2:
        return f"{cg} {s}"
    if f == 3:
        return f"{cg} {cs}".lower()
    if f == 4:
        return f"{rng.choice(('Mme', 'M.', 'madame', 'monsieur'))} {cs}"
    if f == 5:
        return f"{cs.upper()} {cg.upper()}"
    return f"{cg.lower()} {s.lower()}"


def typo(rng, w):
    for _ in range(20):
        op = rng.randrange(6)
        i = rng.randrange(1, max(2, len(w) - 1))
        if op == 0:
            x = strip_accents(w)
        elif op == 1 and i < len(w) - 1:
            x = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 2:
            x = w[:i] + w[i] + w[i:]
        elif op == 3 and len(w) > 4:
            x = w[:i] + w[i + 1:]
        elif op == 4:
            x = (w.replace("ault", "eau").replace("ier", "yer").replace("ph", "f").replace("é", "è")
                 .replace("qu", "k").replace("ss", "s").replace("ll", "l"))
        else:
            x = w.replace("y", "i").replace("ai", "é").replace("eau", "o").replace("tt", "t").replace("ch", "sh")
        if x != w and " " not in x.strip() and x.strip():
            return x
    return w + "e"


def n_typo(rng, side):
    g, s, c = _gs(rng, side, rng.choice(("qc", "qc", "qc", "haiti", "it", "ukr", "gr", "maghreb", "celt")))
    f = rng.randrange(3)
    if f == 0:
        return f"{g} {typo(rng, s)}"
    if f == 1:
        return f"{typo(rng, g)} {s}"
    return f"{typo(rng, g)} {typo(rng, s)}"


def n_given(rng, side):
    if rng.random() < 0.25:
        return pick(rng, GIVEN_COMPOUND, side)
    g, _, _ = _gs(rng, side)
    return g


def n_sur(rng, side):
    _, s, _ = _gs(rng, side)
    return s


def n_english(rng, side):
    g, s, c = _gs(rng, side, rng.choice(("celt", "celt", "qc", "mohawk", "cree", "gr", "it", "ukr", "ph")))
    return rng.choice([f"Mr. {g} {s}", f"Mrs. {s}", f"Ms {g} {s}", f"Mr {s}", f"{g} {s} Jr.",
                       f"Dr. {s}", f"Mrs {g} {s}", f"{g} {s}, Sr."])


# --- adresses ---------------------------------------------------------------

def civic(rng):
    r = rng.random()
    if r < 0.25:
        return str(rng.randint(2, 199))
    if r < 0.7:
        return str(rng.randint(200, 2999))
    return str(rng.randint(3000, 12999))


def stype(rng):
    return rng.choices([t for t, _ in STREET_TYPES], [w for _, w in STREET_TYPES])[0]


def street(rng, side, t=None, abbr=False, cap=False):
    core = pick(rng, STREET_CORE, side)
    t = t or stype(rng)
    if abbr:
        t = rng.choice(TYPE_ABBR[t])
        core = core.replace("Sainte-", "Ste-").replace("Saint-", "St-")
    if cap:
        t = t[0].upper() + t[1:]
    return f"{t} {core}"


def postal(rng, rural=False):
    L = rng.choice
    d2 = "0" if rural else str(rng.randint(1, 9))
    first = L("GJ") if rural else L(PC_FIRST)
    return f"{first}{d2}{L(POSTAL_L)} {rng.randint(0, 9)}{L(POSTAL_L)}{rng.randint(0, 9)}"


def unit(rng):
    return str(rng.choice([rng.randint(1, 8), rng.randint(101, 412), rng.randint(1, 24)]))


def ordinal(n):
    return "1er" if n == 1 else f"{n}e"


def a_full(rng, side):
    c, st, tw = civic(rng), street(rng, side, cap=rng.random() < 0.3), anyp(rng, TOWNS)
    return rng.choice([f"{c}, {st}, {tw}", f"{c} {st}, {tw}", f"{c}, {st}", f"{c} {st} à {tw}"])


def a_notype(rng, side):
    c, core = civic(rng), pick(rng, STREET_CORE, side)
    return rng.choice([f"{c} {core}", f"{c}, {core}", f"{c} {core}, {anyp(rng, TOWNS)}"])


def a_rang(rng, side):
    c = civic(rng)
    k = rng.randint(1, 12)
    rn = pick(rng, RANG_NAMES, side)
    pt = rng.choice(("", " Est", " Ouest", " Nord", " Sud"))
    return rng.choice([f"{c}, {ordinal(k)} Rang{pt}", f"{c} rang {k}{pt}", f"{c}, rang {rn}",
                       f"{c} Rang {rn}{pt}", f"{c}, {ordinal(k)} rang", f"{c} {ordinal(k)} Rang {rn}"])


def a_abbr(rng, side):
    c = civic(rng)
    t = rng.choice(("rue", "avenue", "boulevard", "chemin", "montée", "route", "côte", "place"))
    return rng.choice([f"{c} {street(rng, side, t, abbr=True)}", f"{c}, {street(rng, side, t, abbr=True)}",
                       f"{c} {street(rng, side, t, abbr=True)} {anyp(rng, TOWNS).replace('Saint-', 'St-').replace('Sainte-', 'Ste-')}"])


def a_apt(rng, side):
    c, st, u = civic(rng), street(rng, side), unit(rng)
    return rng.choice([f"{c}, {st}, app. {u}", f"{u}-{c} {st}", f"{c} {st} #{u}", f"{c}, {st}, unité {u}",
                       f"{c} {st}, logement {u}", f"{c}-{u}, {st}", f"{c} {st}, apt {u}", f"{c} {st} app {u}"])


def a_soussol(rng, side):
    c, st = civic(rng), street(rng, side)
    return rng.choice([f"{c}, {st}, sous-sol", f"{c} {st} (2e étage)", f"{c}A, {st}, rez-de-chaussée",
                       f"{c} {st}, logement du haut", f"{c} {st}, 3e étage", f"{c}, {st} (sous-sol)",
                       f"{c} {st}, logement arrière"])


def a_pc(rng, side):
    c, st, tw = civic(rng), street(rng, side), anyp(rng, TOWNS)
    pc = postal(rng, rng.random() < 0.4)
    return rng.choice([f"{c}, {st}, {tw} (Québec) {pc}", f"{c} {st} {tw} QC {pc}", f"{c} {st}, {tw}, {pc}",
                       f"{c}, {st}, {tw}  {pc}", f"{c} {st}, {tw} (Qc) {pc.replace(' ', '')}"])


def a_pcplace(rng, side):
    tw, pc = anyp(rng, TOWNS), postal(rng, rng.random() < 0.6)
    return rng.choice([f"{tw} {pc}", f"{pc} {tw}", f"{tw} (Québec) {pc}", f"{tw}, {pc.replace(' ', '')}",
                       f"{pc} ({tw})"])


def a_cp(rng, side):
    n, k, tw = rng.randint(1, 2999), rng.randint(1, 9), anyp(rng, TOWNS)
    return rng.choice([f"C.P. {n}, {tw}", f"case postale {n}", f"R.R. {k}, {tw}", f"RR {k}, C.P. {n}",
                       f"CP {n} {tw}", f"C. P. {n}, succursale {tw}", f"route rurale {k}, {tw}"])


CANTONS = P("""Tring; Stoneham; Ixworth; Ashburton; Bourget; Laterrière; Jonquière; Chicoutimi; Roberval;
Ouiatchouan; Taschereau; Armagh; Frampton; Cranbourne; Dorset; Shenley; Whitton; Marston; Hereford;
Ditton; Woburn; Clinton; Risborough; Aylmer; Dudswell; Lingwick""")


def a_lot(rng, side):
    a, b, cc = rng.randint(1, 6), rng.randint(100, 999), rng.randint(100, 999)
    lot = f"{a} {b} {cc}"
    return rng.choice([f"lot {lot}", f"lot {lot} du cadastre du Québec", f"lot {rng.randint(1, 40)}-P, rang {rng.randint(1, 11)}, canton de {anyp(rng, CANTONS)}",
                       f"lot {a}{b}{cc}", f"lot {lot} (partie)",
                       f"lot {rng.randint(1, 40)}-{rng.randint(1, 9)} du rang {rng.randint(1, 11)}"])


def a_numonly(rng, side):
    return civic(rng)


def a_words(rng, side):
    c = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 2999)])
    st = street(rng, side)
    w = num_fr(c)
    return rng.choice([f"{w}, {st}", f"{w} {st}", f"{w[0].upper() + w[1:]}, {st}"])


def a_caps(rng, side):
    c, st, tw = civic(rng), street(rng, side), anyp(rng, TOWNS)
    x = rng.choice([f"{c} {st} {tw}", f"{c} {st} APP {unit(rng)}", f"{c}, {st}, {tw}", f"{c} {st}"])
    return strip_accents(x).upper() if rng.random() < 0.7 else x.upper()


def a_route(rng, side):
    c = civic(rng)
    core = pick(rng, STREET_CORE, side)
    rt = rng.choice(("132", "138", "117", "155", "175", "169", "112", "116", "185", "170", "343", "204", "199"))
    pt = rng.choice(("", " Est", " Ouest", " Nord", " Sud"))
    return rng.choice([f"{c}, montée {core}", f"{c} côte {core}", f"{c}, route {rt}{pt}", f"{c} rte {rt}",
                       f"{c}, Route {rt}", f"{c} montée {core}{pt}", f"{c}, chemin de la Côte-{core.split()[-1]}"])


def a_place(rng, side):
    c = civic(rng)
    t = rng.choice(("place", "croissant", "impasse", "terrasse", "carré", "allée", "promenade"))
    return rng.choice([f"{c}, {street(rng, side, t)}", f"{c} {street(rng, side, t)}", f"{c}, {street(rng, side, t, cap=True)}"])


EN_STREETS = P("""Main; Elm; Maple; Oak; Church; Mill; Victoria; Queen; King; Albert; Mountain; Lakeshore; Pine;
Cedar; Birch; Willow; Spruce; Station; Water; High; Bridge; Park; River; School; Union; Mountainview;
Hillcrest; Riverside; Sunset; Meadow; Argyle; Gore; Dunlop; Glen; Maplewood; Fairview; Lakeview""")
EN_TYPES = ("Street", "St.", "Road", "Rd", "Avenue", "Ave", "Drive", "Dr.", "Lane", "Crescent", "Court")


def a_english(rng, side):
    c, core = civic(rng), pick(rng, EN_STREETS, side)
    t = rng.choice(EN_TYPES)
    tw = rng.choice(("Lachute", "Shawville", "Huntingdon", "Stanstead", "Hudson", "Gaspé", "New Richmond",
                     "Sutton", "Knowlton", "Ayer's Cliff", "Lennoxville", "Wakefield", "Chelsea", "Campbell's Bay"))
    return rng.choice([f"{c} {core} {t}", f"{c} {core} {t}, {tw}", f"{c} {core} {t}, apt {unit(rng)}",
                       f"{c} {core} {t} {tw} QC"])


def a_suffix(rng, side):
    c, st = civic(rng), street(rng, side)
    return rng.choice([f"{c}A {st}", f"{c}-B, {st}", f"{c} 1/2 {st}", f"{c}½ {st}", f"{c}-A {st}",
                       f"{c} B, {st}", f"{c}C, {st}"])


LAKES = P("""Noir; à-la-Truite; Vert; Caribou; Long; des-Sables; Croche; Brûlé; Clair; Rond; aux-Castors;
Sept-Îles; à-l'Ours; Bleu; aux-Cèdres; Gagnon; Désert; Major; des-Îles; Pimodan; Taureau; Brochet;
du-Castor; Sainte-Marie; Simon; Rochon; Beauport; Tremblant; Masson; aux-Quenouilles; Écho""")


def a_chalet(rng, side):
    c = civic(rng)
    lk = pick(rng, LAKES, side)
    return rng.choice([f"{c}, chemin du Lac-{lk}", f"{c} ch. du Lac-{lk}", f"{c}, ch. Lac-{lk}",
                       f"{c} chemin du Lac-{lk} Nord", f"{c}, chemin du Lac-{lk}, {anyp(rng, TOWNS)}"])


def a_sms(rng, side):
    c, core, tw = civic(rng), pick(rng, STREET_CORE, side), anyp(rng, TOWNS)
    t = rng.choice(("rue", "ch", "rang", "boul", "av", "mtee", ""))
    x = f"{c} {t} {core} {tw}" if t else f"{c} {core} {tw}"
    x = strip_accents(x).lower().replace("saint-", "st-").replace("sainte-", "ste-")
    return re.sub(r"\s+", " ", x).replace("'", " ") if rng.random() < 0.3 else re.sub(r"\s+", " ", x)


def a_after(rng, side):
    c, st = civic(rng), street(rng, side)
    return rng.choice([f"{st}, no {c}", f"{st} #{c}", f"{st}, numéro civique {c}", f"{st} (civique {c})",
                       f"{st} n° {c}", f"{st}, civ. {c}"])


def a_nord(rng, side):
    n = rng.randint(1, 899)
    ist = pick(rng, INDIG_STREETS, side)
    nt = anyp(rng, NORD)
    return rng.choice([("la ", f"maison {n}, {nt}", ""), ("le ", f"{n}, rue {ist}", ""), ("le ", f"{n} rue {ist}, {nt}", ""),
                       ("la ", f"maison no {n}", ""), ("le ", f"{n} {ist}", ""), ("la ", f"maison {n} à {nt}", ""),
                       ("le ", f"{n}, rue {ist}, {nt}", "")])


# --- âges -------------------------------------------------------------------

def _n(rng, lo=18, hi=97):
    return rng.randint(lo, hi)


def g_ans(rng, side):
    return f"{_n(rng)} ans"


def g_sexe(rng, side):
    n, s = _n(rng, 16, 96), rng.choice("HFMhf")
    return rng.choice([f"{s}{n}", f"{n}{s}", f"{s}-{n}", f"{s} {n}"])


def g_slash(rng, side):
    n, s = _n(rng, 16, 96), rng.choice("HFM")
    return rng.choice([f"{s}/{n}", f"{n}/{s}", f"{s}/{n}a", f"{s}/{n}ans"])


def g_a(rng, side):
    n = _n(rng, 5, 96)
    return rng.choice([f"{n}a", f"{n} a.", f"{n}A", f"{n} a"])


def g_words(rng, side):
    n = _n(rng, 2, 99)
    w = num_fr(n)
    return rng.choice([f"{w} ans", f"{w} ans", f"{w.upper()} ANS"])


def g_months(rng, side):
    m = rng.randint(2, 30)
    return rng.choice([f"{m} mois", f"{m} mois", f"{m} mois et demi", f"{num_fr(m)} mois"])


def g_days(rng, side):
    return rng.choice([f"{rng.randint(2, 27)} jours", f"{rng.randint(2, 11)} semaines",
                       f"{num_fr(rng.randint(2, 9))} semaines", f"{rng.randint(2, 20)} jours de vie"])


def g_num(rng, side):
    return str(_n(rng, 1, 99))


def g_en(rng, side):
    n = _n(rng, 3, 95)
    return rng.choice([f"{n} y/o", f"{n}yo", f"{n} years old", f"{n}-year-old", f"{n} yrs", f"{n} y.o."])


def g_caps(rng, side):
    n = _n(rng, 14, 98)
    return rng.choice([f"{n} ANS", f"{n} ANS", f"{n}ANS"])


def g_sms(rng, side):
    n = _n(rng, 12, 95)
    return rng.choice([f"{n}ans", f"{n} ans", f"{n}an", f"{n} an"])


def ord_fr(n: int) -> str:
    w = num_fr(n)
    if w.endswith("quatre-vingts"):
        w = w[:-1]
    if w.endswith("cinq"):
        w += "u"
    elif w.endswith("neuf"):
        w = w[:-1] + "v"
    elif w.endswith("e"):
        w = w[:-1]
    elif w.endswith(" et un"):
        w = w[:-2] + "un"
    return w + "ième"


def g_ord(rng, side):
    n = _n(rng, 60, 101)
    return rng.choice([f"{n}e année", f"{n}e année", f"{ord_fr(n)} année"])


def g_half(rng, side):
    n = rng.choice([rng.randint(1, 14), rng.randint(78, 98)])
    return rng.choice([f"{n} ans et demi", f"{n} ans ½", f"{n} ans et demi"])


def g_round(rng, side):
    n = rng.choice([50, 60, 65, 70, 75, 80, 85, 90, 95, 100, rng.randint(40, 99)])
    return rng.choice([f"{n} ans", f"{num_fr(n)} ans"])


def g_child(rng, side):
    return rng.choice([f"{rng.randint(2, 17)} ans", f"{rng.randint(2, 17)} ans", f"{num_fr(rng.randint(2, 17))} ans"])


def g_senior_num(rng, side):
    return str(_n(rng, 55, 96))


def g_senior_ans(rng, side):
    return f"{_n(rng, 55, 96)} ans"


def g_old(rng, side):
    n = rng.randint(99, 108)
    return rng.choice([f"{n} ans", f"{num_fr(n)} ans", f"{n}"])


# --- dates de naissance ------------------------------------------------------

def _dmy(rng, lo=1925, hi=2006):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(lo, hi)


def _d(d):
    return "1er" if d == 1 else str(d)


def d_full(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{_d(d)} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1].capitalize()} {y}"])


def d_iso(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"])


def d_slash(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}-{m:02d}-{y % 100:02d}"])


def d_year(rng, side):
    return str(rng.randint(1922, 2006))


def d_words(rng, side):
    d, m, y = _dmy(rng)
    dw = "premier" if d == 1 else num_fr(d)
    return f"{dw} {MONTHS[m - 1]} {year_fr(y, rng.randrange(3))}"


def d_en(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{MONTHS_EN3[m - 1]}-{y}",
                       f"{MONTHS_EN[m - 1][:3]} {d} {y}"])


def d_compact(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y}", f"{d:02d}{m:02d}{y % 100:02d}"])


def d_caps(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{d:02d} {strip_accents(MONTHS[m - 1]).upper()} {y}", f"{d} {MONTHS[m - 1].upper()} {y}",
                       f"{d:02d}{MONTHS_FR3[m - 1]}{y}"])


def d_dots(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{y}.{m:02d}.{d:02d}", f"{d}.{m}.{y % 100:02d}"])


def d_abbr(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{d} {MONTHS_AB[m - 1]} {y}", f"{d} {MONTHS_AB[m - 1]} {y % 100:02d}",
                       f"{d:02d}-{MONTHS_FR3[m - 1]}-{y}", f"{d}-{MONTHS_AB[m - 1].rstrip('.')}-{y % 100:02d}"])


def d_first(rng, side):
    _, m, y = _dmy(rng)
    return rng.choice([f"1er {MONTHS[m - 1]} {y}", f"premier {MONTHS[m - 1]} {y}", f"1er {MONTHS_AB[m - 1]} {y}"])


def d_us(rng, side):
    d, m, y = rng.randint(13, 28), rng.randint(1, 12), rng.randint(1925, 2006)
    return rng.choice([f"{m:02d}/{d}/{y}", f"{m}/{d}/{y}", f"{m:02d}-{d}-{y}"])


def d_roman(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{d}-{ROMAN[m - 1]}-{y}", f"{d} {ROMAN[m - 1]} {y}", f"{d}/{ROMAN[m - 1]}/{y % 100:02d}"])


def d_weekday(rng, side):
    import datetime
    d, m, y = _dmy(rng)
    wd = JOURS[datetime.date(y, m, d).weekday()]
    return rng.choice([f"{wd} {_d(d)} {MONTHS[m - 1]} {y}", f"{wd.capitalize()} {d} {MONTHS[m - 1]} {y}"])


def d_yearwords(rng, side):
    y = rng.randint(1925, 1999)
    return year_fr(y, rng.randrange(2))


def d_short(rng, side):
    d, m, y = _dmy(rng)
    return rng.choice([f"{y % 100:02d}-{m:02d}-{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}", f"{d:02d}/{m:02d}/{y}"])


def d_baby(rng, side):
    d, m, y = _dmy(rng, 2021, 2024)
    return rng.choice([f"{_d(d)} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])


def d_monthyear(rng, side):
    _, m, y = _dmy(rng)
    return rng.choice([f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1].capitalize()} {y}", f"{MONTHS_AB[m - 1]} {y}",
                       f"{m:02d}/{y}"])


def d_mixed(rng, side):
    f = rng.choice((d_full, d_iso, d_slash, d_abbr, d_compact))
    return f(rng, side)


# --- santé : pools 'avant|planté' ---------------------------------------------

S_EQUIP = P("""un |concentrateur d'oxygène; une |bonbonne d'oxygène; un |appareil CPAP; un |lit d'hôpital électrique;
un |lève-personne sur rail; une |pompe à insuline; une |pompe d'alimentation entérale; un |respirateur;
un |ventilateur mécanique; un |appareil de dialyse péritonéale; un |aspirateur de sécrétions; un |nébuliseur;
un |matelas thérapeutique contre les plaies de pression; un |BiPAP; une |pompe à morphine;
un |appareil d'oxygénothérapie; une |chaise d'aisance; une |sonde urinaire à demeure; un |moniteur cardiaque;
un |concentrateur d'O2 portatif; une |machine de dialyse à domicile; un |lève-patient mobile;
une |pompe à perfusion d'antibiotiques; un |appareil de ventilation non invasive; une |trachéotomie avec canule""")
S_DIALYSE = P("""|en dialyse; |en hémodialyse trois fois par semaine; |sous dialyse péritonéale; |en attente d'une greffe de rein;
|en dialyse le lundi, mercredi et vendredi; |traité en hémodialyse à l'hôpital; |dialysé depuis trois ans;
|en insuffisance rénale terminale; |sous dialyse de nuit à domicile; |en hémodialyse (fistule au bras gauche);
|greffé du rein l'automne dernier; |en prédialyse""")
S_MOBIL = P("""en |fauteuil roulant; avec une |marchette; en |quadriporteur; avec des |béquilles; avec une |canne blanche;
avec un |déambulateur; en |fauteuil motorisé; avec une |prothèse à la jambe; en |triporteur;
avec |une canne quadripode; en |chaise roulante; avec |beaucoup de difficulté depuis son amputation;
avec |une orthèse aux deux jambes; en |fauteuil roulant manuel; avec |un cadre de marche;
en |fauteuil roulant électrique; avec |deux cannes; en |chaise roulante motorisée; avec une |prothèse de hanche récente""")
S_MOTS = P("""|fait du sucre; |a le cœur fragile; |fait de la pression; |a les poumons finis; |a des problèmes de cœur;
|fait de l'angine; |fait des crises; |a la mémoire qui flanche; |fait de l'emphysème; |a le cancer;
|prend des pilules pour le cœur; |est sur les pilules pour les nerfs; |fait de l'anxiété;
|a eu une attaque l'an passé; |a les reins malades; |a un pacemaker; |est dur d'oreille; |voit presque plus;
|boit pas mal; |a de la misère à respirer; |a les jambes qui lâchent; |se pique pour son diabète;
|a fait une dépression; |a le foie magané; |fait de l'asthme; |est pas mal mêlé depuis l'hiver;
|fait des convulsions; |a les nerfs finis; |a une jambe de bois""")
S_MEDIC = P("""prend du |Coumadin; est sous |insuline; prend des |pilules pour les nerfs; est sous |lithium;
prend du |Ventolin; est sous |méthotrexate; prend de la |nitro sous la langue; est sous |anticoagulants;
prend du |Seroquel; prend du |Ritalin; est sous |antidépresseurs; prend de l'|Eliquis; prend du |Synthroid;
prend de la |morphine; est sous |Lasix; prend de la |clozapine; est sous |chimio orale; prend du |Dilantin;
est sous |Suboxone; prend de l'|Abilify; est sous |prednisone à forte dose; prend du |Xarelto;
est sous |antipsychotiques injectables""")
S_GROSS = P("""|enceinte de 8 mois; |enceinte de jumeaux; |en fin de grossesse; |à 36 semaines de grossesse;
|en post-partum; |nouvellement accouchée; |enceinte; |enceinte de sept mois; |en début de grossesse;
|enceinte (grossesse à risque); |à terme depuis lundi; |enceinte de 32 semaines; |en travail;
|enceinte de son troisième; |accouchée par césarienne il y a dix jours""")
S_MENTAL = P("""de |dépression majeure; d'|anxiété généralisée; d'|un trouble bipolaire; de |schizophrénie;
d'|un choc post-traumatique; d'|idées suicidaires; d'|un TOC sévère; d'|épisodes psychotiques;
d'|épuisement professionnel; d'|une dépression post-partum; de |troubles anxieux; d'|un trouble de personnalité limite;
de |crises de panique; d'|un TSPT depuis l'incendie; de |paranoïa; d'|un trouble schizo-affectif;
d'|agoraphobie sévère; de |troubles de l'humeur""")
S_DEPEND = P("""un |problème d'alcool; un |problème de consommation de drogues; une |dépendance aux opioïdes;
une |dépendance au jeu; un |traitement à la méthadone; un |suivi en toxicomanie; une |cure de désintox récente;
un |traitement au Suboxone; une |dépendance au crack; un |sevrage d'alcool en cours;
une |consommation de cannabis quotidienne importante; un |problème de boisson; une |dépendance aux benzos;
une |dépendance à l'alcool sévère; un |trouble lié à l'usage de substances; une |dépendance au fentanyl;
une |thérapie en centre de réadaptation en dépendance; une |rechute de consommation; un |suivi au CRD;
une |dépendance aux méthamphétamines; un |sevrage de benzodiazépines""")
S_HOSP = P("""|hospitalisé aux soins intensifs; |hospitalisé en psychiatrie; |gardé en observation à l'urgence;
|admis en cardiologie; |hospitalisé au service des grands brûlés; |en isolement pour la COVID;
|hospitalisé en réadaptation; |opéré d'urgence pour la hanche; |hospitalisé en gériatrie; |admis en oncologie;
|sous respirateur aux soins intensifs; |hospitalisé depuis son AVC; |admis pour une pneumonie;
|intubé aux soins intensifs; |en cure fermée en psychiatrie""")
S_ATCD = P("""|MPOC, DB2; |HTA + FA; |AVC 2019; |IDM; |IRC; |épilepsie; |MPOC sous O2 2 L; |insuffisance cardiaque;
|DB1 sous pompe; |démence; |cardiaque, HTA; |DB2, HTA, dyslipidémie; |cancer prostate; |asthme sévère;
|schizophrénie; |Parkinson; |pontage 2018; |TCC ancien; |cirrhose; |hypothyroïdie, FA; |SEP; |VIH;
|hépatite C; |angine instable""")
S_COGN = P("""d'|Alzheimer; de |démence; de |troubles cognitifs; de |pertes de mémoire importantes;
d'|un début d'Alzheimer; de |démence à corps de Lewy; d'|un trouble neurocognitif majeur;
de |confusion chronique; de |démence vasculaire; d'|Alzheimer à un stade avancé; de |désorientation;
d'|un trouble cognitif léger; de |démence frontotemporale; d'|Alzheimer précoce; de |délirium;
d'|encéphalopathie; de |séquelles d'un traumatisme crânien; d'|aphasie depuis son AVC; de |pertes d'orientation;
de |démence sénile; d'|un syndrome de Korsakoff""")
S_SENS = P("""|sourd; |malentendant; |non voyant; |malvoyant; |aveugle; |sourd et muet; |complètement sourd de l'oreille droite;
|atteint de dégénérescence maculaire; |aveugle depuis sa naissance; |malentendant (appareils aux deux oreilles);
|sourd profond, communique en LSQ; |atteint de glaucome avancé; |presque aveugle;
|sourd depuis l'enfance; |aveugle d'un œil; |atteint de cataractes sévères; |porteur d'un implant cochléaire;
|malvoyant (canne blanche); |atteint de rétinite pigmentaire; |sourd et malvoyant""")
S_BLESS = P("""des |brûlures au deuxième degré aux mains; une |fracture de la hanche; des |signes d'hypothermie;
une |commotion cérébrale; des |engelures aux pieds; une |coupure profonde au bras; une |fracture du poignet;
une |lacération au cuir chevelu; une |luxation de l'épaule; des |brûlures au visage; une |entorse grave à la cheville;
des |côtes fracturées; un |traumatisme crânien; une |plaie ouverte à la jambe; une |fracture ouverte du tibia;
une |fracture de la clavicule; des |brûlures chimiques aux avant-bras; une |hernie discale;
une |fracture de la cheville; une |blessure à l'œil; des |morsures de chien au bras; une |fracture du bassin;
des |contusions multiples; une |amputation traumatique d'un doigt""")
S_INTOX = P("""|intoxiqué au monoxyde de carbone; |incommodé par la fumée; |en détresse respiratoire;
|victime d'une surdose; |intoxiqué à l'alcool; |en hypoglycémie; |en hypothermie sévère; |en arrêt cardiorespiratoire;
|en crise d'épilepsie; |en choc anaphylactique; |intoxiqué au propane; |en état de choc;
|inconscient après une surdose d'opioïdes;
|intoxiqué au CO dans le garage; |en hyperglycémie; |en crise d'asthme; |en surdose de fentanyl;
|intoxiqué aux vapeurs de diesel; |confus et déshydraté; |en douleur thoracique; |victime d'un malaise cardiaque;
|en détresse psychologique aiguë; |inconscient, glycémie basse""")
S_CANCER = P("""|en chimiothérapie; |en radiothérapie; |atteint d'un cancer du poumon; |en traitement pour un cancer du sein;
|en rémission d'une leucémie; |sous immunothérapie; |opéré pour une tumeur au cerveau; |atteint d'un lymphome;
|en chimio pour un cancer du côlon; |atteint d'un cancer de la prostate; |en traitement pour un myélome;
|atteint d'un cancer du pancréas;
|en traitement pour un cancer de la gorge; |atteint d'un mélanome; |en hormonothérapie;
|en attente d'une greffe de moelle; |atteint d'un cancer de l'œsophage; |opéré pour un cancer de la vessie;
|atteint de leucémie; |en curiethérapie""")
S_NEURO = P("""d'|épilepsie; de |la maladie de Parkinson; de |sclérose en plaques; de |SLA; de |dystrophie musculaire;
d'|hémiplégie depuis son AVC; de |paralysie cérébrale; de |migraines chroniques; de |la maladie de Huntington;
de |neuropathie sévère; de |paraplégie; de |quadriplégie; de |la maladie de Charcot; de |sclérose latérale amyotrophique;
de |myasthénie; d'|ataxie; de |séquelles d'AVC; de |spina bifida; du |syndrome de Guillain-Barré;
d'|une tumeur cérébrale; de |dystonie; de |tremblements essentiels sévères""")
S_DEV = P("""un |trouble du spectre de l'autisme; une |déficience intellectuelle; la |trisomie 21; un |TDAH;
le |syndrome de Gilles de la Tourette; une |dysphasie sévère; le |syndrome d'Asperger; un |retard global de développement;
une |déficience intellectuelle moyenne; l'|autisme non verbal; le |syndrome de l'X fragile; une |paralysie cérébrale;
une |dyspraxie; un |trouble déficitaire de l'attention sévère; un |syndrome de Rett; un |trouble du langage;
une |déficience motrice cérébrale; un |syndrome de Williams; un |TSA de niveau 3; un |syndrome de Prader-Willi""")
S_CAPS = P("""|DIABETIQUE; |O2 A DOMICILE; |EN DIALYSE; |FAUTEUIL ROULANT; |ALZHEIMER; |EPILEPTIQUE; |ENCEINTE 7 MOIS;
|AMPUTE JAMBE G; |SCHIZOPHRENE; |CARDIAQUE; |STIMULATEUR CARDIAQUE; |MPOC SOUS O2; |NON VOYANT; |SOURD;
|BIPOLAIRE; |INSULINO-DEPENDANT; |EN CHIMIO; |DEMENCE; |PARAPLEGIQUE; |SOINS PALLIATIFS""")
S_SMS = P("""|fait du diabete; |est enceinte; |a le cancer; |est en dialyse; |fait des crises d'epilepsie;
|sort de l'hopital; |est sur l'oxygene; |fait de la depression; |est en chaise roulante;
|prend des pilules pour le coeur; |a l'alzheimer; |boit trop; |est en chimio; |fait de l'angoisse;
|a fait un avc; |est bipolaire; |a des idees noires; |se deplace en marchette""")
S_EN = P("""|on oxygen; a |wheelchair user; |diabetic; |pregnant (7 months); |on dialysis; |legally blind;
|recovering from a stroke; |in palliative care; |on insulin; |hard of hearing; |suffering from dementia;
|bedridden; |an amputee; |epileptic; |on blood thinners; |recovering from heart surgery; |severely depressed""")
S_FORM = P("""|oxygène 24 h/24; |diabète insulinodépendant; |mobilité réduite (fauteuil); |trouble anxieux; |surdité;
|insuffisance cardiaque; |stomie; |Alzheimer stade modéré; |épilepsie; |grossesse 32 semaines;
|dialyse mardi-jeudi-samedi; |amputation jambe droite; |sclérose en plaques; |MPOC sévère; |autisme;
|cécité; |schizophrénie stabilisée; |insuffisance rénale""")
S_ALLERG = P("""une |allergie sévère aux arachides (EpiPen); une |allergie à la pénicilline; une |allergie aux piqûres d'abeilles;
une |maladie cœliaque; une |allergie au latex; une |allergie aux fruits de mer avec risque d'anaphylaxie;
une |allergie aux sulfamides; une |allergie grave aux noix; un |asthme allergique sévère; une |allergie au soya;
une |allergie au poisson; une |allergie aux œufs; une |allergie au sésame; une |allergie à l'aspirine;
une |allergie aux protéines de lait; une |urticaire chronique sévère; une |allergie aux anti-inflammatoires;
une |allergie à la codéine; une |allergie à l'iode; une |allergie alimentaire multiple""")
S_PALL = P("""|en soins palliatifs; |en fin de vie; |en phase terminale; |suivi par l'équipe de soins palliatifs à domicile;
|en soins de confort; |en phase terminale d'un cancer; |en fin de vie à domicile; |en soins palliatifs depuis mars;
|inscrit à l'aide médicale à mourir;
|en fin de vie (cancer métastatique); |en phase palliative; |suivi par la maison de soins palliatifs;
|en soins palliatifs à domicile avec pompe; |mourant selon l'infirmière; |en soins de fin de vie; |en phase terminale de SLA""")
S_RESP = P("""de |MPOC; d'|asthme sévère; d'|emphysème; d'|apnée du sommeil (CPAP); de |fibrose pulmonaire;
de |fibrose kystique; d'|insuffisance respiratoire; de |bronchite chronique; d'|hypertension pulmonaire;
de |séquelles de COVID longue;
de |MPOC sévère; d'|asthme chronique; de |pneumonie récente; de |tuberculose; d'|embolie pulmonaire récente;
de |sarcoïdose pulmonaire; d'|apnée obstructive sévère; de |silicose; d'|amiantose; de |bronchiectasies""")
S_CARDIO = P("""un |stimulateur cardiaque; un |défibrillateur implanté; une |insuffisance cardiaque; de |l'angine;
une |valve cardiaque mécanique; un |souffle au cœur; de |l'arythmie; une |fibrillation auriculaire;
un |pontage triple récent; de |l'hypertension sévère;
une |maladie coronarienne; un |anévrisme de l'aorte; une |cardiomyopathie; une |sténose aortique;
un |infarctus récent; de |la tachycardie; une |endocardite en traitement; un |cœur greffé; une |valve TAVI récente;
une |hypertension non contrôlée; de |l'insuffisance mitrale; un |bloc cardiaque complet""")


def pool_fn(pool):
    def f(rng, side):
        return split3(pick(rng, pool, side))
    return f


# --- courriels --------------------------------------------------------------

DOM_PERSO = P("""gmail.com; hotmail.com; hotmail.ca; outlook.com; live.ca; yahoo.ca; yahoo.com; videotron.ca;
sympatico.ca; bell.net; icloud.com; live.com; protonmail.com; outlook.fr; yahoo.fr; me.com; msn.com; videotron.qc.ca""")
DOM_REG = P("""globetrotter.net; cgocable.ca; derytele.com; xplornet.com; sogetel.net; telus.net; cooptel.qc.ca;
tlb.sympatico.ca; bellnet.ca; mediom.qc.ca; cablevision.qc.ca; axion.ca; b2b2c.ca; tellambda.net; qc.aira.com;
pubnix.net; ivic.qc.ca; cablevision-cgo.ca""")
DOM_PRO = P("""ville.rimouski.qc.ca; msp.gouv.qc.ca; ssss.gouv.qc.ca; matane.ca; ville.gaspe.qc.ca; cssdm.gouv.qc.ca;
mrcdebellechasse.qc.ca; cisss-bsl.gouv.qc.ca; saguenay.ca; ville.amos.qc.ca; municipalite.saint-zenon.qc.ca;
hydroquebec.com; desjardins.com; uqar.ca; cegep-rimouski.qc.ca; sepaq.com; csbe.qc.ca""")


def _ascii(x):
    return re.sub(r"[^a-z0-9-]", "", strip_accents(x).lower())


def _local(rng, side, dots=False):
    g, s, _ = _gs(rng, side)
    g, s = _ascii(g.split()[0]), _ascii(s.replace(" ", ""))
    yy, n = rng.randint(40, 99), rng.randint(1, 999)
    if dots:
        g2 = _ascii(pick(rng, COMM["qc"][0], side).split()[0])
        return rng.choice([f"{g}.{g2}.{s}", f"{g}.{g2[0]}.{s}", f"{g[0]}.{g2[0]}.{s}", f"{s}.{g}.{yy}"])
    return rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}{g[0]}", f"{g}{s}{yy}", f"{g}_{s}", f"{s}.{g}{n}",
                       f"{g}{n}", f"{g[0]}.{s}", f"{g}.{s}{yy}", f"{s}_{g}", f"{g}{s[0]}{yy}", f"{s}{g}"])


def _dom(rng, side, kind="perso"):
    return anyp(rng, {"perso": DOM_PERSO, "reg": DOM_REG, "pro": DOM_PRO}[kind])


def c_std(rng, side):
    return f"{_local(rng, side)}@{_dom(rng, side)}"


def c_upper(rng, side):
    return rng.choice([f"{_local(rng, side)}@{_dom(rng, side)}".upper(),
                       f"{_local(rng, side).capitalize()}@{_dom(rng, side).capitalize()}"])


def c_at(rng, side):
    lo, d = _local(rng, side), _dom(rng, side)
    return rng.choice([f"{lo} at {d.replace('.', ' dot ')}", f"{lo} at {d}", f"{lo} (at) {d}", f"{lo} AT {d.replace('.', ' DOT ')}"])


def c_arobase(rng, side):
    lo, d = _local(rng, side), _dom(rng, side)
    return rng.choice([f"{lo} arobase {d.replace('.', ' point ')}", f"{lo} arobas {d}", f"{lo} a commercial {d}",
                       f"{lo.replace('.', ' point ')} arobase {d.replace('.', ' point ')}"])


def c_brackets(rng, side):
    lo, d = _local(rng, side), _dom(rng, side)
    return rng.choice([f"{lo}[at]{d.replace('.', '[.]')}", f"{lo} [arobase] {d.replace('.', ' [point] ')}",
                       f"{lo}(at){d}", f"{lo}{{at}}{d}".replace("{", "(").replace("}", ")"), f"{lo}[@]{d}"])


def c_spaces(rng, side):
    lo, d = _local(rng, side), _dom(rng, side)
    return rng.choice([f"{lo} @ {d}", f"{lo} @ {d.replace('.', ' . ')}", f"{lo}@ {d}", f"{lo} @{d}"])


def c_dots(rng, side):
    return f"{_local(rng, side, dots=True)}@{_dom(rng, side)}"


def c_digits(rng, side):
    g, s, _ = _gs(rng, side)
    g, s = _ascii(g.split()[0]), _ascii(s.replace(" ", ""))
    y = rng.randint(1940, 2005)
    return rng.choice([f"{g}{y}@{_dom(rng, side)}", f"{s}{y % 100:02d}{rng.randint(1, 9)}@{_dom(rng, side)}",
                       f"{g[0]}{s}{rng.randint(100, 9999)}@{_dom(rng, side)}", f"{g}.{s}{y}@{_dom(rng, side)}"])


def c_plus(rng, side):
    tag = rng.choice(("sinistre", "msp", "crue", "aide", "inondation", "reclamation", "assurance", "urgence"))
    return f"{_local(rng, side)}+{tag}@{rng.choice(('gmail.com', 'outlook.com', 'protonmail.com', 'icloud.com'))}"


def c_under(rng, side):
    g, s, _ = _gs(rng, side)
    g, s = _ascii(g.split()[0]), _ascii(s.replace(" ", ""))
    return rng.choice([f"{g}_{s}-{rng.randint(1, 99)}@{_dom(rng, side)}", f"{s}-{g}_{rng.randint(40, 99)}@{_dom(rng, side)}",
                       f"{g[0]}_{s}@{_dom(rng, side)}", f"{g}-{s}@{_dom(rng, side)}"])


def c_reg(rng, side):
    return f"{_local(rng, side)}@{_dom(rng, side, 'reg')}"


def c_pro(rng, side):
    g, s, _ = _gs(rng, side)
    g, s = _ascii(g.split()[0]), _ascii(s.replace(" ", ""))
    return rng.choice([f"{g}.{s}@{_dom(rng, side, 'pro')}", f"{g[0]}{s}@{_dom(rng, side, 'pro')}",
                       f"{s}.{g}@{_dom(rng, side, 'pro')}", f"{g}.{s}@{_dom(rng, side, 'pro')}".capitalize()])


def c_typo(rng, side):
    lo = _local(rng, side)
    bad = rng.choice(("gmail,com", "gmial.com", "hotmial.com", "hotmail.con", "videotron,ca", "gmail.co",
                      "hotmaill.com", "outlok.com", "yahooo.ca", "videotrom.ca", "gmail .com", "hotmail.c om"))
    return rng.choice([f"{lo}@{bad}", f"{lo}@@{_dom(rng, side)}", f"{lo}.@{_dom(rng, side)}", f"{lo}@{bad}"])


def c_mailto(rng, side):
    return rng.choice([f"mailto:{c_std(rng, side)}", f"<{c_std(rng, side)}>", f"mailto:{c_std(rng, side)}".upper()])


def c_any(rng, side):
    return rng.choice((c_std, c_std, c_reg, c_digits, c_dots))(rng, side)


# --- téléphones ------------------------------------------------------------

AREAS = ("418", "581", "367", "450", "579", "354", "514", "438", "263", "819", "873", "468")


def _ph(rng):
    return rng.choice(AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"


def t_dash(rng, side):
    a, e, l = _ph(rng)
    return f"{a}-{e}-{l}"


def t_paren(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"({a}) {e}-{l}", f"({a}){e}-{l}", f"({a}) {e} {l}", f"({a}) {e}.{l}"])


def t_dots(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"{a}.{e}.{l}", f"{a}.{e}-{l}"])


def t_spaces(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"{a} {e} {l}", f"{a} {e}-{l}", f"{a}  {e} {l}"])


def t_compact(rng, side):
    a, e, l = _ph(rng)
    return f"{a}{e}{l}"


def t_ext(rng, side):
    a, e, l = _ph(rng)
    x = rng.randint(1, 9999)
    return rng.choice([f"{a}-{e}-{l} poste {x}", f"{a} {e}-{l}, p. {x}", f"({a}) {e}-{l} ext. {x}",
                       f"{a}-{e}-{l} #{x}", f"{a}.{e}.{l} poste {x}", f"{a} {e}-{l} x{x}"])


def t_local(rng, side):
    _, e, l = _ph(rng)
    return rng.choice([f"{e}-{l}", f"{e} {l}", f"{e}{l}"])


def t_intl(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}", f"+1 ({a}) {e}-{l}", f"+1{a}{e}{l}", f"+1.{a}.{e}.{l}"])


def t_one(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"1-{a}-{e}-{l}", f"1 ({a}) {e}-{l}", f"1 {a} {e} {l}", f"1{a}{e}{l}"])


def t_tollfree(rng, side):
    _, e, l = _ph(rng)
    tf = rng.choice(("800", "888", "877", "866", "855", "844", "833"))
    return rng.choice([f"1-{tf}-{e}-{l}", f"1 {tf} {e}-{l}", f"({tf}) {e}-{l}", f"1-{tf}-{e}-{l} poste {rng.randint(10, 999)}"])


def _dw(x):
    return " ".join(DIGIT_WORDS[int(c)] for c in x)


def t_words(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"{_dw(a)}, {_dw(e)}, {_dw(l)}", f"{'-'.join(DIGIT_WORDS[int(c)] for c in a)} {_dw(e)} {num_fr(int(l[:2]))} {num_fr(int(l[2:]))}",
                       f"{_dw(a)} {_dw(e)} {_dw(l)}"])


def t_mixwords(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"{num_fr(int(a))}, {e}-{l}", f"{a}, {num_fr(int(e))}, {l}", f"{num_fr(int(a))} {e} {l}"])


def t_any(rng, side):
    return rng.choice((t_dash, t_paren, t_dots, t_spaces, t_compact, t_one))(rng, side)


def t_sms(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"{a} {e}{l}", f"{a}{e}-{l}", f"{a}-{e}{l}", f"{a}{e} {l}"])


def t_slash(rng, side):
    a, e, l = _ph(rng)
    return rng.choice([f"{a}/{e}-{l}", f"{a}/{e}{l}", f"{a}/{e} {l}"])


def t_area(rng, side):
    return rng.choice(AREAS)


def t_sat(rng, side):
    return rng.choice([f"+8816 {rng.randint(2000, 9999)} {rng.randint(1000, 9999)}", f"+881 6{rng.randint(100, 999)} {rng.randint(10000, 99999)}",
                       f"008816{rng.randint(10000000, 99999999)}", f"+1 {rng.choice(AREAS)} {rng.randint(201, 989)} {rng.randint(1000, 9999)} (sat.)".replace(" (sat.)", "")])


# --- plaques ---------------------------------------------------------------

def _L(rng, k):
    return "".join(rng.choice(PLATE_L) for _ in range(k))


def _D(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def p_lc(rng, side):
    return f"{_L(rng, 3)} {_D(rng, 3)}"


def p_cl(rng, side):
    return f"{_D(rng, 3)} {_L(rng, 3)}"


def p_nospace(rng, side):
    return rng.choice([f"{_L(rng, 3)}{_D(rng, 3)}", f"{_D(rng, 3)}{_L(rng, 3)}", f"{_L(rng, 1)}{_D(rng, 2)}{_L(rng, 3)}"])


def p_dash(rng, side):
    return rng.choice([f"{_L(rng, 3)}-{_D(rng, 3)}", f"{_D(rng, 3)}-{_L(rng, 3)}"])


def p_mixed(rng, side):
    return rng.choice([f"{_L(rng, 1)}{_D(rng, 2)} {_L(rng, 3)}", f"{_L(rng, 2)}{_D(rng, 1)} {_D(rng, 1)}{_L(rng, 2)}",
                       f"{_D(rng, 1)}{_L(rng, 2)} {_D(rng, 3)}"])


def p_comm(rng, side):
    return rng.choice([f"F{_L(rng, 2)}{_D(rng, 4)}", f"F{_D(rng, 5)}", f"F{_L(rng, 2)} {_D(rng, 4)}", f"L{_D(rng, 5)}",
                       f"FL{_D(rng, 4)}", f"F {_L(rng, 3)}{_D(rng, 3)}"])


def p_ont(rng, side):
    return rng.choice([f"{_L(rng, 4)} {_D(rng, 3)}", f"{_L(rng, 4)}{_D(rng, 3)}", f"{_L(rng, 4)}-{_D(rng, 3)}"])


def p_other(rng, side):
    return rng.choice([("", f"{_L(rng, 3)}-{_D(rng, 4)}", " (Alberta)"), ("", f"{_L(rng, 2)}{_D(rng, 1)} {_D(rng, 2)}{_L(rng, 1)}", " (C.-B.)"),
                       ("", f"{_L(rng, 3)} {_D(rng, 3)}", " du Nouveau-Brunswick"), ("", f"{_L(rng, 3)} {_D(rng, 3)}", " (Manitoba)"),
                       ("", f"{_L(rng, 3)} {_D(rng, 3)}", " (N.-É.)"), ("", f"{_L(rng, 3)} {_D(rng, 3)}", " de Terre-Neuve"),
                       ("", f"{_D(rng, 3)} {_L(rng, 3)}", " (Saskatchewan)"), ("", f"{_L(rng, 2)} {_D(rng, 4)}", " (Î.-P.-É.)")])


def p_partial(rng, side):
    return rng.choice([_L(rng, 3), f"{_L(rng, 2)}{_D(rng, 1)}", _D(rng, 3), f"{_D(rng, 2)}{_L(rng, 1)}", f"{_L(rng, 1)}{_D(rng, 2)}"])


def p_any(rng, side):
    return rng.choice((p_lc, p_cl, p_nospace, p_mixed, p_dash))(rng, side)


def p_lower(rng, side):
    return p_any(rng, side).lower()


def p_moto(rng, side):
    return rng.choice([f"M{_D(rng, 4)}{_L(rng, 1)}", f"{_L(rng, 2)}{_D(rng, 3)}M", f"R{_D(rng, 5)}", f"RE {_D(rng, 4)}",
                       f"C{_D(rng, 5)}", f"VR {_D(rng, 4)}", f"M {_D(rng, 4)}"])


def p_us(rng, side):
    return rng.choice([("", f"{_L(rng, 3)} {_D(rng, 3)}", " (Vermont)"), ("", f"{_L(rng, 3)}-{_D(rng, 4)}", " (New York)"),
                       ("", f"{_D(rng, 3)} {_D(rng, 3)}", " (Maine)"), ("", f"{_D(rng, 4)}{_L(rng, 2)}", " (New Hampshire)"),
                       ("", f"{_L(rng, 1)}{_D(rng, 2)} {_L(rng, 3)}", " (Floride)"), ("", f"{_D(rng, 3)}-{_L(rng, 3)}", " (Massachusetts)")])


def p_prov(rng, side):
    return rng.choice([f"QC-{_L(rng, 3)}{_D(rng, 3)}", f"QUÉ {_L(rng, 3)} {_D(rng, 3)}", f"ON {_L(rng, 4)} {_D(rng, 3)}",
                       f"QC {_D(rng, 3)} {_L(rng, 3)}", f"Qc {_L(rng, 1)}{_D(rng, 2)} {_L(rng, 3)}", f"NB-{_L(rng, 3)} {_D(rng, 3)}"])


# --- identifiants ---------------------------------------------------------

def nas(rng):
    while True:
        d = [rng.choice([1, 2, 3, 4, 5, 6, 7, 9])] + [rng.randint(0, 9) for _ in range(7)]
        tot = 0
        for i, x in enumerate(d):
            y = x * (2 if i % 2 else 1)
            tot += y // 10 + y % 10
        chk = (10 - tot % 10) % 10
        s = "".join(map(str, d + [chk]))
        return s


def i_nas_sp(rng, side):
    s = nas(rng)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def i_nas_c(rng, side):
    return nas(rng)


def i_nas_d(rng, side):
    s = nas(rng)
    return rng.choice([f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}", f"{s[:3]}/{s[3:6]}/{s[6:]}"])


def ramq(rng, side, spaced=True):
    g, s, _ = _gs(rng, side)
    s3 = (re.sub(r"[^A-Z]", "", strip_accents(s).upper()) + "XXX")[:3]
    g1 = re.sub(r"[^A-Z]", "", strip_accents(g).upper())[:1] or "X"
    d, m, y = _dmy(rng)
    m += rng.choice((0, 50))
    x = f"{s3}{g1}{y % 100:02d}{m:02d}{d:02d}{rng.randint(10, 99)}"
    return f"{x[:4]} {x[4:8]} {x[8:]}" if spaced else x


def i_ramq(rng, side):
    return ramq(rng, side, rng.random() < 0.8)


def i_ramq_c(rng, side):
    x = ramq(rng, side, False)
    return rng.choice([x, x.lower(), f"{x[:4]}-{x[4:8]}-{x[8:]}"])


def i_permis(rng, side):
    _, s, _ = _gs(rng, side)
    l0 = (re.sub(r"[^A-Z]", "", strip_accents(s).upper()) or "X")[0]
    d, m, y = _dmy(rng)
    core = f"{l0}{_D(rng, 4)}-{d:02d}{m:02d}{y % 100:02d}-{_D(rng, 2)}"
    return rng.choice([core, core.replace("-", ""), core.replace("-", " ")])


def i_dossier(rng, side):
    yr = rng.randint(2017, 2024)
    return rng.choice([f"AF-{yr}-{_D(rng, 5)}", f"{yr}-{_D(rng, 2)}-{_D(rng, 4)}", f"PGAF-{yr}-{_D(rng, 4)}",
                       f"D{yr}{_D(rng, 6)}", f"{str(yr)[2:]}-{_D(rng, 4)}-AF", f"SIN-{yr}-{_D(rng, 5)}"])


def i_reclam(rng, side):
    return rng.choice([f"{_D(rng, 2)}-{_D(rng, 3)}-{_D(rng, 4)}", f"RCL{_D(rng, 8)}", f"{_D(rng, 7)}-{_D(rng, 1)}",
                       f"PO-{_D(rng, 9)}", f"{_L(rng, 2)}{_D(rng, 7)}"])


def i_passport(rng, side):
    return rng.choice([f"{_L(rng, 2)}{_D(rng, 6)}", f"{_L(rng, 2)} {_D(rng, 6)}", f"{_L(rng, 1)}{_D(rng, 8)}", f"{_D(rng, 9)}"])


def i_detenu(rng, side):
    return rng.choice([_D(rng, 7), f"SPC-{_D(rng, 6)}", f"{_D(rng, 6)}{_L(rng, 1)}", f"{_D(rng, 3)} {_D(rng, 3)}",
                       f"{_D(rng, 2)}-{_D(rng, 5)}"])


def i_bank(rng, side):
    t, inst, acct = _D(rng, 5), rng.choice(("815", "006", "003", "001", "002", "004", "829", "010")), _D(rng, 7)
    return rng.choice([f"transit {t}, institution {inst}, compte {acct}", f"{t}-{inst}-{acct}", f"folio {acct}",
                       f"{inst} {t} {acct}", f"compte {t}-{acct}"])


def i_hydro(rng, side):
    return rng.choice([f"{_D(rng, 4)} {_D(rng, 4)} {_D(rng, 4)}", f"{_D(rng, 3)} {_D(rng, 3)} {_D(rng, 3)} {_D(rng, 3)}", _D(rng, 12)])


def i_nas_words(rng, side):
    s = nas(rng)
    return rng.choice([_dw(s), f"{_dw(s[:3])}, {_dw(s[3:6])}, {_dw(s[6:])}", "-".join(DIGIT_WORDS[int(c)] for c in s)])


def i_badge(rng, side):
    return rng.choice([f"V-{_D(rng, 5)}", f"B{_D(rng, 4)}", _D(rng, 6), f"CR-{_D(rng, 4)}-{_L(rng, 1)}", f"{_L(rng, 2)}{_D(rng, 5)}"])


def i_statut(rng, side):
    return rng.choice([_D(rng, 10), f"{_D(rng, 3)} {_D(rng, 5)} {_D(rng, 2)}", f"{_D(rng, 8)}-{_D(rng, 2)}"])


def i_saaq(rng, side):
    return rng.choice([f"{rng.randint(2015, 2024)}-{_D(rng, 6)}", _D(rng, 9), f"{_D(rng, 3)} {_D(rng, 3)} {_D(rng, 3)}", f"S{_D(rng, 8)}"])


def i_pal(rng, side):
    return rng.choice([f"{_D(rng, 8)}.0001", f"{_D(rng, 7)}.0002", f"{_D(rng, 8)}"])


def i_mrn(rng, side):
    return rng.choice([_D(rng, 7), f"H{_D(rng, 6)}", f"{_D(rng, 2)}-{_D(rng, 2)}-{_D(rng, 3)}", f"{_D(rng, 8)}"])


def i_any(rng, side):
    return rng.choice((i_nas_sp, i_ramq, i_permis, i_passport, i_nas_c))(rng, side)


# --- liens familiaux ------------------------------------------------------

REL = P("""la|fille; le|fils; le|gendre; la|bru; le|beau-frère; la|belle-sœur; la|belle-mère; le|beau-père;
la|veuve; le|veuf; l'|ex-conjointe; l'|ex-conjoint; l'|ex-mari; l'|ex-femme; la|petite-fille; le|petit-fils;
la|grand-mère; le|grand-père; le|cousin; la|cousine; le|neveu; la|nièce; l'|oncle; la|tante; le|demi-frère;
la|demi-sœur; la|belle-fille; le|beau-fils; la|conjointe; le|conjoint; la|mère; le|père; la|sœur; le|frère;
la|jumelle; le|jumeau; la|filleule; le|filleul; le|parrain; la|marraine; l'|arrière-petit-fils; le|chum;
la|blonde; l'|ex-belle-mère; le|petit-cousin; la|cousine germaine; le|fils aîné; la|fille cadette;
l'|ex-blonde; la|mère adoptive; le|fils adoptif; l'|arrière-grand-mère; le|plus jeune fils; la|fille aînée;
le|beau-père du fils; la|demi-sœur cadette""")
ANCHORS = P("""du maire de {t}; de la mairesse de {t}; du directeur de l'école primaire de {t};
de la directrice de la polyvalente de {t}; du chef pompier de {t}; du directeur du service incendie de {t};
du curé de {t}; de l'ancien maire de {t}; du préfet de la MRC; du député de la circonscription;
de la directrice générale de la municipalité de {t}; du sergent de la SQ de {t}; du propriétaire du dépanneur de {t};
du seul médecin de {t}; de la pharmacienne de {t}; de la greffière de {t}; de l'inspecteur municipal de {t};
du garagiste du village; du directeur de la caisse Desjardins de {t}; de la coordonnatrice des mesures d'urgence de {t};
du juge de la cour municipale de {t}; du coroner du district; du notaire du village; du président de la Fabrique de {t};
de l'ancienne mairesse de {t}; du directeur du poste de la SQ de {t}; de la présidente de la coop de {t};
du capitaine de la caserne de {t}; de l'agent de la faune de {t}; de la sage-femme du village; du pasteur de {t};
de l'imam de la mosquée de {t}; du propriétaire de la scierie de {t}; de la directrice du CLSC de {t};
du chef de police de {t}; de l'ex-conseiller du district 2 de {t}; de la responsable de la halte-garderie de {t};
du président du centre de services scolaire; du conseiller municipal du quartier; du concierge de l'école de {t};
de la brigadière scolaire de {t}; du chef de {n}; de la cheffe du conseil de bande de {n}; du grand chef de {n};
de l'aînée respectée de {n}; du maire du village nordique de {n}; du directeur de la Sûreté municipale de {n};
du directeur de l'usine de {t}; de la première ministre; du ministre responsable de la région;
de la directrice régionale du ministère; du président de l'UPA locale; du propriétaire de l'hôtel de {t};
du directeur des travaux publics de {t}; de la mairesse suppléante de {t}""")
REL_EN = P("""daughter; son; son-in-law; daughter-in-law; stepdaughter; stepson; nephew; niece; grandson;
granddaughter; brother-in-law; sister-in-law; ex-wife; ex-husband; widow; cousin; mother-in-law;
father-in-law; half-brother; girlfriend; boyfriend; stepmother; twin sister; godson""")
OFF_EN = P("""mayor; fire chief; police chief; school principal; deputy mayor; band council chief; town clerk;
parish priest; local MNA; harbour master; reeve; fire marshal; town manager; chief of police; grand chief""")


def _anchor(rng, side):
    a = pick(rng, ANCHORS, side)
    return a.replace("de {t}", de_town(anyp(rng, TOWNS))).replace("de {n}", de_town(anyp(rng, NORD)))


def _rel(rng, side):
    art, rel = pick(rng, REL, side).split("|")
    return (art if art.endswith("'") else art + " "), rel


def l_std(rng, side):
    art, rel = _rel(rng, side)
    return art, f"{rel} {_anchor(rng, side)}", ""


def l_filtered(words):
    def f(rng, side):
        for _ in range(100):
            art, rel = _rel(rng, side)
            if any(w in rel for w in words):
                return art, f"{rel} {_anchor(rng, side)}", ""
        return art, f"{rel} {_anchor(rng, side)}", ""
    return f


def l_en(rng, side):
    r, o = pick(rng, REL_EN, side), pick(rng, OFF_EN, side)
    t = anyp(rng, TOWNS)
    return rng.choice([("the ", f"{o}'s {r}", ""), ("", f"{r} of the {o} of {t}", ""), ("the ", f"{o} of {t}'s {r}", ""),
                       ("", f"{o}'s {r}", "")])


def l_caps(rng, side):
    b, v, a = l_std(rng, side)
    return b.upper(), strip_accents(v).upper(), a


def l_sms(rng, side):
    b, v, a = l_std(rng, side)
    return strip_accents(b).lower(), strip_accents(v).lower(), a


def l_chain(rng, side):
    art, rel = _rel(rng, side)
    art2, rel2 = _rel(rng, side)
    link = {"le ": "du", "la ": "de la", "l'": "de l'"}[art2]
    sep = "" if link.endswith("'") else " "
    return art, f"{rel} {link}{sep}{rel2} {_anchor(rng, side)}", ""


# --- lieux de travail -------------------------------------------------------

BIZ_PROPER = P("""Boivin; Perron; Lauzon; Gilbert; Lajoie; Boréal; Nordik; Laurentide; des Appalaches; des Chaleurs;
des Basques; du Fjord; Lac-Bleu; Saint-Laurent; Bouchard et fils; Tremblay & frères; Côté-Nord; L'Érablière du Sommet;
Beaulieu; Dufour; Vallée-Verte; Les Trois Soeurs; Champêtre; du Terroir; La Mère Michèle; Bellechasse; Kamouraska;
Lemieux; Fortier; Pelletier et associés; Mont-Comi; du Littoral; La Seigneurie; Rivard; Cloutier; Fraser;
L'Ancestral; du Verger; Labonté; Jolicoeur; des Cantons; Haut-Richelieu; Laflamme; Roy et Roy; Audet; Marquis""")
AGRO = P("""à la |fromagerie; à la |boulangerie; à l'|érablière; à l'|abattoir; à la |bleuetière; à la |ferme laitière;
aux |Serres; à la |cidrerie; au |vignoble; à la |poissonnerie; à la |meunerie; à la |ferme porcine; à la |chocolaterie;
à la |microbrasserie; à la |charcuterie; à la |pépinière""")
BIG_EMP = P("""Bombardier à La Pocatière; Alcoa à Baie-Comeau; Alcoa à Deschambault; Rio Tinto à Alma; Rio Tinto à Jonquière;
Cascades à Kingsey Falls; Olymel à Vallée-Jonction; Premier Tech à Rivière-du-Loup; Prevost à Sainte-Claire;
Résolu à Dolbeau-Mistassini; Domtar à Windsor; Lassonde à Rougemont; IOC à Sept-Îles; ArcelorMittal à Port-Cartier;
ArcelorMittal à Fermont; Kruger à Trois-Rivières; Bridgestone à Joliette; Exceldor à Saint-Anselme;
Biscuits Leclerc à Saint-Augustin-de-Desmaures; Maibec à Saint-Pamphile; Teknion à Montmagny; Agropur à Granby;
Saputo à Saint-Hyacinthe; Hydro-Québec à Baie-Comeau; Bombardier à Mirabel; Pratt & Whitney à Longueuil;
Ciment McInnis à Port-Daniel; Aluminerie Alouette à Sept-Îles; Nutrinor à Saint-Bruno; Produits forestiers Arbec à Port-Cartier;
Garant à Saint-François-de-la-Rivière-du-Sud; Rotobec à Sainte-Justine; Vêtements Peerless à Montréal; Canam à Saint-Gédéon-de-Beauce;
Abitibi-Bowater à Amos; Louisiana-Pacific à Saint-Michel-des-Saints; Graymont à Bedford; Héroux-Devtek à Longueuil""")
SAINTS = P("""Saint-Joseph; Sainte-Croix; Saint-Antoine; Notre-Dame; Saint-Jude; Sainte-Élisabeth; Saint-Eugène;
Sainte-Monique; Saint-Augustin; Sainte-Famille; Saint-Vincent-de-Paul; Saint-Georges; Sainte-Marguerite; Sacré-Cœur;
Saint-Rédempteur; Sainte-Anne; Saint-Michel""")
CHAINS = P("""au |Metro; à l'|IGA; au |Provigo; au |Maxi; au |Super C; au |Walmart; au |Canadian Tire; au |Rona; au |BMR;
au |Home Hardware; au |Dollarama; au |Tim Hortons; au |McDonald's; au |Jean Coutu; au |Pharmaprix; au |Familiprix;
à l'|Uniprix; à la |SAQ; au |Couche-Tard; à l'|Ultramar; au |Sports Experts; au |Korvette; au |Giant Tiger;
au |Rossy; à la |Caisse Desjardins; à la |Banque Nationale; au |Marché Richelieu; au |Bonichoix; au |Dépanneur Boni-Soir;
au |Subway; au |Benny & Co.; au |St-Hubert; au |Pétro-Canada; au |Shell""")
MINES = P("""mine Raglan; mine Éléonore; mine Casa Berardi; chantier de la Romaine; mine du lac Bloom; mine Niobec;
mine Canadian Malartic; mine LaRonde; mine Renard; mine de Mont-Wright; chantier Eastmain; mine Goldex de Val-d'Or;
mine Westwood; mine Nunavik Nickel; mine Troilus; mine Langlois; mine Beaufor; mine Bracemac-McLeod""")


def de_town(t):
    if t.startswith("Les "):
        return "des " + t[4:]
    if t.startswith("Le "):
        return "du " + t[3:]
    if t[0] in "AEIOUÉÎaeiou" or t.startswith("L'"):
        return ("de " + t) if t.startswith("L'") else "d'" + t
    return "de " + t


def _town(rng):
    return anyp(rng, TOWNS)


def w_agro(rng, side):
    pre, typ = split3(pick(rng, AGRO, side))[:2]
    return pre, f"{typ} {pick(rng, BIZ_PROPER, side)} {de_town(_town(rng))}", ""


def w_big(rng, side):
    e = pick(rng, BIG_EMP, side)
    co, tw = e.split(" à ", 1)
    return rng.choice([("chez ", e, ""), ("chez ", f"{co} ({tw})", ""), ("à l'", f"usine {co} {de_town(tw)}", ""),
                       ("chez ", f"{co}, usine {de_town(tw)}", "")])


def w_sante(rng, side):
    t = _town(rng)
    sn = pick(rng, SAINTS, side)
    return rng.choice([("au ", f"CHSLD {sn} {de_town(t)}", ""), ("au ", f"CLSC {de_town(t)}", ""),
                       ("à l'", f"urgence de l'hôpital {de_town(t)}", ""), ("au ", f"bloc opératoire de l'hôpital {de_town(t)}", ""),
                       ("à la ", f"résidence pour aînés {sn} {de_town(t)}", ""), ("au ", f"centre de réadaptation {sn}", ""),
                       ("à la ", f"clinique médicale {sn} {de_town(t)}", ""), ("à l'", f"unité de soins palliatifs {de_town(t)}", "")])


def w_chain(rng, side):
    pre, ch = split3(pick(rng, CHAINS, side))[:2]
    return pre, f"{ch} {de_town(_town(rng))}", ""


def w_ecole(rng, side):
    t, sn = _town(rng), pick(rng, SAINTS, side)
    return rng.choice([("à l'", f"école primaire {de_town(t)}", ""), ("à la ", f"polyvalente {de_town(t)}", ""),
                       ("au ", f"cégep {de_town(t)}", ""), ("au ", f"CPE {sn} {de_town(t)}", ""), ("à l'", f"école {sn} {de_town(t)}", ""),
                       ("au ", f"service de garde de l'école {sn}", ""), ("à l'", f"école de rang {de_town(t)}", "")])


def w_muni(rng, side):
    t = _town(rng)
    typ = pick(rng, P("""à la |municipalité; au |garage municipal; au |bureau de poste; au |service incendie; à l'|hôtel de ville;
à la |bibliothèque municipale; à l'|aréna; à l'|usine d'épuration; au |centre de tri; à l'|usine de filtration;
au |camping municipal; à la |marina"""), side)
    pre, x = split3(typ)[:2]
    return pre, f"{x} {de_town(t)}", ""


def w_indus(rng, side):
    t, pr = _town(rng), pick(rng, BIZ_PROPER, side)
    return rng.choice([("à la ", f"scierie {pr} {de_town(t)}", ""), ("à l'", f"aluminerie {de_town(t)}", ""),
                       ("à la ", f"papetière {de_town(t)}", ""), ("à l'", f"usine {pr} {de_town(t)}", ""),
                       ("à la ", f"cimenterie {de_town(t)}", ""), ("à la ", f"fonderie {pr} {de_town(t)}", ""),
                       ("au ", f"moulin à scie {de_town(t)}", ""), ("à l'", f"usine de panneaux {pr} {de_town(t)}", "")])


def w_mine(rng, side):
    m = pick(rng, MINES, side)
    pre = "au " if m.startswith("chantier") else "à la "
    return rng.choice([(pre, m, ""), (pre, f"{m} (fly-in/fly-out)", ""), (pre, f"{m}, en rotation 14/14", "")])


def w_resto(rng, side):
    t, pr = _town(rng), pick(rng, BIZ_PROPER, side)
    return rng.choice([("au ", f"casse-croûte du quai {de_town(t)}", ""), ("au ", f"restaurant {pr} {de_town(t)}", ""),
                       ("à la ", f"cantine {pr} {de_town(t)}", ""), ("à la ", f"pizzeria {pr} {de_town(t)}", ""),
                       ("au ", f"bar {pr} {de_town(t)}", ""), ("au ", f"Tim Hortons {de_town(t)}", ""),
                       ("à la ", f"cabane à sucre {pr} {de_town(t)}", "")])


def w_peche(rng, side):
    t, pr = _town(rng), pick(rng, BIZ_PROPER, side)
    return rng.choice([("à l'", f"usine de crabe {de_town(t)}", ""), ("à la ", f"poissonnerie {pr} {de_town(t)}", ""),
                       ("à la ", f"ferme laitière {pr} {de_town(t)}", ""), ("à la ", f"pourvoirie {pr}", ""),
                       ("à la ", f"pisciculture {de_town(t)}", ""), ("à l'", f"usine de transformation du homard {de_town(t)}", ""),
                       ("au ", f"centre de tri des bleuets {de_town(t)}", "")])


def w_transport(rng, side):
    t, pr = _town(rng), pick(rng, BIZ_PROPER, side)
    return rng.choice([("chez ", f"Autobus {pr} {de_town(t)}", ""), ("au ", f"traversier {de_town(t)}", ""),
                       ("à l'", f"aéroport {de_town(t)}", ""), ("chez ", f"Transport {pr} {de_town(t)}", ""),
                       ("à la ", f"Société des traversiers à {t}", ""), ("chez ", f"Orléans Express à {t}", ""),
                       ("chez ", f"Taxi {pr} {de_town(t)}", "")])


def w_prof(rng, side):
    t, pr = _town(rng), pick(rng, BIZ_PROPER, side)
    return rng.choice([("à la ", f"clinique dentaire {pr} {de_town(t)}", ""), ("à l'", f"étude de notaires {pr} {de_town(t)}", ""),
                       ("à la ", f"clinique vétérinaire {de_town(t)}", ""), ("au ", f"cabinet comptable {pr} {de_town(t)}", ""),
                       ("à la ", f"clinique de physiothérapie {pr} {de_town(t)}", ""), ("au ", f"salon de coiffure {pr} {de_town(t)}", ""),
                       ("à l'", f"agence immobilière {pr} {de_town(t)}", "")])


def w_constr(rng, side):
    t, pr = _town(rng), pick(rng, BIZ_PROPER, side)
    kind = rng.choice(("Construction", "Excavation", "Toitures", "Plomberie", "Électricité", "Déneigement", "Pavage"))
    return rng.choice([("chez ", f"{kind} {pr} à {t}", ""), ("chez ", f"{kind} {pr} {de_town(t)}", ""),
                       ("pour ", f"{kind} {pr} ({t})", "")])


def w_indig(rng, side):
    n = anyp(rng, NORD)
    typ = pick(rng, P("""au |conseil de bande; au |dispensaire; au |centre de santé; à la |coop; au |Northern;
à la |garderie; à l'|école secondaire; au |bureau de la police autochtone; au |centre d'amitié autochtone;
à la |radio communautaire; au |service des incendies; au |poste de soins infirmiers"""), side)
    pre, x = split3(typ)[:2]
    return pre, f"{x} {de_town(n)}", ""


def w_any(rng, side):
    return rng.choice((w_agro, w_big, w_sante, w_chain, w_ecole, w_muni, w_indus, w_resto, w_peche, w_prof, w_constr))(rng, side)


def w_caps(rng, side):
    b, p, a = w_any(rng, side)
    return strip_accents(b).upper(), strip_accents(p).upper(), a


def w_sms(rng, side):
    b, p, a = w_any(rng, side)
    return strip_accents(b).lower(), strip_accents(p).lower(), a


# ---------------------------------------------------------------------------
# contexte (jamais personnel)
# ---------------------------------------------------------------------------

def _hour(rng):
    H, M = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice([f"{H}h{M:02d}", f"{H:02d}:{M:02d}", f"{H} h {M:02d}", f"{H}h", f"{H:02d}h{M:02d}"])


def _edate(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2011, 2024)
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1]}", f"{y}-{m:02d}-{d:02d}",
                       f"{rng.choice(JOURS)} {d} {MONTHS[m - 1]}", f"{d} {MONTHS[m - 1]} {y}"])


def _hop_a(rng):
    h = anyp(rng, HOPITAUX)
    if h.startswith(("Hôpital", "Hôtel-Dieu")):
        return "à l'" + h
    return "au " + h


def _voie(rng):
    t = rng.choice(("rue", "rue", "rue", "montée", "côte"))
    return f"{t} {anyp(rng, STREET_CORE)}"


def _cap1(x):
    return x[0].upper() + x[1:]


def _dec(x):
    return f"{x:.2f}".replace(".", ",")


CTX = {
    "ville": lambda r: anyp(r, TOWNS),
    "ville2": lambda r: anyp(r, TOWNS),
    "nord": lambda r: anyp(r, NORD),
    "riv": lambda r: anyp(r, RIVERS),
    "route": lambda r: anyp(r, ROUTES),
    "km": lambda r: str(r.randint(2, 380)),
    "h": _hour,
    "h2": _hour,
    "date": _edate,
    "date2": _edate,
    "n": lambda r: str(r.randint(2, 40)),
    "n2": lambda r: str(r.randint(2, 25)),
    "nn": lambda r: f"{r.randint(51, 9800):,}".replace(",", " "),
    "cm": lambda r: str(r.randint(5, 190)),
    "mm": lambda r: str(r.randint(15, 140)),
    "debit": lambda r: f"{r.randint(40, 2400)} m³/s",
    "niveau": lambda r: f"{_dec(r.uniform(0.4, 9.5))} m",
    "vent": lambda r: f"{r.randint(50, 130)} km/h",
    "temp": lambda r: f"{r.choice(('-', '', '-'))}{r.randint(2, 34)} °C",
    "ha": lambda r: f"{r.randint(3, 25000):,}".replace(",", " "),
    "pct": lambda r: f"{r.randint(2, 48)} %",
    "annee": lambda r: str(r.randint(2011, 2024)),
    "pm": lambda r: anyp(r, PERS_M),
    "pf": lambda r: anyp(r, PERS_F),
    "centre": lambda r: anyp(r, CENTRES),
    "au_centre": lambda r: _contract(anyp(r, CENTRES), "a"),
    "Au_centre": lambda r: _cap1(_contract(anyp(r, CENTRES), "a")),
    "du_centre": lambda r: _contract(anyp(r, CENTRES), "de"),
    "centre_nu": lambda r: re.sub(r"^(l'|le |la )", "", anyp(r, CENTRES)),
    "pont": lambda r: anyp(r, PONTS),
    "ecole": lambda r: anyp(r, ECOLES),
    "hopital": lambda r: anyp(r, HOPITAUX),
    "hopa": _hop_a,
    "parc": lambda r: anyp(r, PARCS),
    "rue": lambda r: r.choice([x for x in RUES_NOMMEES if x.startswith("rue ")]),
    "rue2": lambda r: r.choice([x for x in RUES_NOMMEES if x.startswith("rue ")]),
    "voie_nommee": lambda r: anyp(r, RUES_NOMMEES),
    "voie_nommee2": lambda r: anyp(r, RUES_NOMMEES),
    "voie": _voie,
    "autoroute": lambda r: anyp(r, AUTOROUTES_NOMS),
    "barrage": lambda r: anyp(r, BARRAGES),
    "org": lambda r: anyp(r, ORGS),
    "titre": lambda r: anyp(r, TITRES),
    "unite": lambda r: anyp(r, UNITES),
    "mrc": lambda r: anyp(r, MRCS),
    "evt": lambda r: f"{r.randint(2015, 2024)}-{r.randint(1, 12):02d}-{r.randint(100, 9999):04d}",
    "decret": lambda r: f"{r.randint(100, 1999)}-{r.randint(2011, 2024)}",
    "station": lambda r: f"0{r.randint(20000, 99999)}",
    "saint": lambda r: anyp(r, SAINTS),
    "kw": lambda r: str(r.choice((5, 7, 10, 15, 20, 45, 60, 100, 250))),
    "kpa": lambda r: str(r.randint(180, 900)),
    "min": lambda r: str(r.randint(3, 45)),
}

_DE = {"le ": "du ", "la ": "de la ", "l'": "de l'", "les ": "des ", "à la ": "de la ", "au ": "du ", "à l'": "de l'",
       "aux ": "des ", "chez ": "de chez ", "pour ": "de chez ", "LE ": "DU ", "LA ": "DE LA ", "L'": "DE L'"}
_A = {"le ": "au ", "la ": "à la ", "l'": "à l'", "les ": "aux ", "LE ": "AU ", "LA ": "A LA ", "L'": "A L'"}


def _render(val, mod):
    b, p, a = val
    if mod == "bare":
        return p
    if mod == "de":
        b = _DE.get(b, b)
    elif mod == "a":
        b = _A.get(b, b)
    txt = b + p + a
    if mod == "cap":
        txt = txt[0].upper() + txt[1:]
    return txt


# ---------------------------------------------------------------------------
# familles
# ---------------------------------------------------------------------------

FAMILIES: list = []


def fam(kind, name, vfn, templates):
    lines = [ln.strip() for ln in templates.strip().split("\n")]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    FAMILIES.append((kind, f"{kind}.{name}", vfn, tuple(lines)))


# ============================== nom ========================================
K = "nom"
fam(K, "phrase_complete", n_full, """
La résidence de {V} a été inondée par la crue de la {riv}; relocalisation temporaire {au_centre}.
Visite d'inspection effectuée chez {V} le {date}, dommages au sous-sol évalués à environ {n} 000 $.
{V} a signalé une fissure importante dans le talus derrière son garage après les pluies du {date}.
Les pompiers ont aidé {V} à sortir ses animaux avant la montée des eaux vers {h}.
Selon l'agente de liaison, {V} refuse de quitter son domicile malgré l'ordre d'évacuation.
Le dossier de réclamation présenté par {V} est incomplet : il manque les photos des dommages.
Une équipe de la Croix-Rouge a rencontré {V} pour évaluer ses besoins en hébergement d'urgence.
""")
fam(K, "capitales_sans_verbe", n_caps, """
OCCUPANT {V} - EVAC PREVENTIVE - {VILLE}
{V} / SINISTRE / DOSSIER OUVERT {H}
PROPRIO {V} ABSENT LORS INSPECTION
RESIDENT: {V} — SOUS-SOL {CM} CM D'EAU
REFUS EVAC {V} SIGNE FORMULAIRE
CONTACT SUR PLACE {V} POUR CLES DU GARAGE
""")
fam(K, "etiquette_formulaire", n_full, """
Nom : {V} | Statut : relocalisé | Municipalité : {ville}
Occupant - {V}; Nb de personnes : {n}; Besoins : hébergement
Déclarant : {V} — Type de sinistre : inondation printanière
Requérant(e) : {V}. Motif : demande d'avance pour frais de subsistance.
Contact sur place: {V} (propriétaire)
Personne rencontrée — {V} / Visite : {date}
""")
fam(K, "virgule_inverse", n_inverse, """
{V} — demande d'aide reçue le {date}, en traitement.
Liste des évacués ({ville}) : {V}, relogé {au_centre}.
Réclamant {V}; montant admissible à confirmer après visite.
{V} (locataire) : perte de biens meubles, aucune assurance.
Rencontre prévue avec {V} au bureau municipal à {h}.
Suivi tél. à faire : {V}, formulaire non signé.
""")
fam(K, "minuscules_sms", n_lower, """
parle a {V} ce matin, ok pour la visite demain
{V} rappelle pcq l'eau monte encore dans son sous sol
laisse msg a {V}, pas de retour
vu {V} au centre, tout le monde est ok
{V} demande quand le cheque va rentrer
ds le rang, {V} a besoin de sacs de sable asap
""")
fam(K, "honorifique", n_honor, """
{V} nous informe que l'eau s'est retirée de son terrain vers {h}.
Appel de {V} concernant la vidange de sa fosse septique après la crue.
Rencontré {V} sur place; accepte la relocalisation temporaire.
Inspection chez {V} : avertisseur de fumée absent au 2e étage.
{V} conteste le montant accordé pour ses biens essentiels.
Selon {V}, le ponceau est bloqué par la glace depuis {date}.
""")
fam(K, "initiale_prenom", n_initial, """
Dossier suivi par {V}; en attente des soumissions d'entrepreneur.
Signalement transmis par {V} : arbre tombé sur la ligne électrique.
{V} a quitté le centre d'hébergement vers {h}.
Rappel à faire à {V} pour compléter le formulaire d'aide.
Témoin : {V}, a vu le glissement de terrain vers {h}.
Évaluation des dommages signée par {V} le {date}.
""")
fam(K, "surnom", n_nick, """
{V} du rang a passé la nuit dans son camion près du pont.
Selon les voisins, {V} est resté seul au chalet malgré l'avis.
{V} a aidé à remplir les sacs de sable toute la nuit.
Info reçue de {V} au garage : la côte est fermée par la glace.
Le pompier volontaire a ramené {V} au centre vers {h}.
Tout le monde au village connaît {V}; personne ne l'a vu depuis {h}.
""")
fam(K, "prenom_compose", n_compound, """
{V} a déclaré des dommages à la toiture après les vents de {vent}.
Visite de {V} au centre de services aux sinistrés de {ville}.
Avance de 600 $ versée à {V} pour frais de subsistance.
{V} signale que son puits artésien est contaminé depuis la crue.
Relocalisation de {V} et de ses {n2} animaux dans une ferme voisine.
Appel reçu de {V} : odeur de fumée dans la cuisine, SSI dépêché.
""")
fam(K, "double_nom", n_double, """
Propriétaire : {V}, résidence principale touchée.
{V} a été transporté(e) vers {centre} en autobus scolaire.
Les documents de {V} sont arrivés par la poste le {date}.
L'inspecteur a rencontré {V} pour la visite de fin de travaux.
Demande de dérogation déposée par {V} pour reconstruire hors zone inondable.
{V} signale un refoulement d'égout au sous-sol.
""")
fam(K, "particule", n_particle, """
Demande d'aide au nom de {V}, en attente de l'évaluation.
{V} a refusé l'hébergement offert {au_centre}.
Inspection du bâtiment de {V} : fondation fissurée, accès interdit.
Le chèque destiné à {V} a été retourné par Postes Canada.
Voisin de l'érablière, {V}, a vu la fumée vers {h}.
Visite faite chez {V} avec le préventionniste.
""")
fam(K, "asiatique", n_asian, """
{V} a besoin d'un interprète pour remplir le formulaire d'aide.
Famille {V} relogée temporairement à l'hôtel, {n2} personnes.
{V} : dépanneur fermé, pertes de marchandises réfrigérées.
Communication faite avec {V} par l'entremise de sa fille.
Le propriétaire du restaurant, {V}, a évacué le personnel à {h}.
Occupant {V} absent; avis laissé sur la porte.
""")
fam(K, "autochtone", n_autoch, """
{V} a été évacué(e) par avion de {nord} vers Chibougamau.
Le conseil de bande confirme que {V} est hébergé(e) chez de la parenté.
Demande de vivres pour {V}, chalet de trappe isolé par les feux.
{V}, aîné(e), refuse de quitter son camp sans ses chiens.
Les agents de la police autochtone ont retrouvé {V} à {h}.
Liste d'évacuation {nord} : {V}, vol 2.
""")
fam(K, "mot_commun", n_common, """
{V} a appelé pour dire que la rivière déborde derrière la grange.
On a reconduit {V} {au_centre} avec sa valise.
Inspection chez {V} : réservoir d'huile renversé au sous-sol.
Appel de {V} au sujet d'un arbre couché sur sa remise.
{V} demande une copie de son évaluation des dommages.
Selon {V}, la glace a bloqué le ponceau vers {h}.
""")
fam(K, "fautes_frappe", n_typo, """
Sinistré {V}, a recu la visite de l'inspecteur ajourd'hui.
appel de {V} pour l'eau dans le sous-sol, rapeler demain
{V} a remplie la demande d'aide mais manque les factures
Visite chez {V} : domages important au plancher.
Le dossier de {V} est transférer à l'équipe de Québec.
{V} veut parler au responsable du dossier.
""")
fam(K, "prenom_seul", n_given, """
La dame au téléphone demande à parler à {V} du centre de services.
{V} est passé chercher ses médicaments au centre vers {h}.
Demander à {V} si le chemin est encore fermé.
C'est {V} qui a les clés du sous-sol de l'église.
On attend {V} pour ouvrir la barrière du camping.
Retour d'appel : {V} sera sur place à {h}.
""")
fam(K, "patronyme_famille", n_sur, """
Chez les {V}, l'eau est montée jusqu'au deuxième rang de briques.
La famille {V} a été relogée au motel du village.
Les {V} du bout du rang n'ont toujours pas d'électricité.
Le terrain des {V} est coupé par le glissement.
Vérifier si la famille {V} a reçu son avance.
Les enfants {V} ont été pris en charge par l'école.
""")
fam(K, "anglais_mixte", n_english, """
{V} refused to leave, signed le formulaire de refus.
Call from {V}: water in basement, besoin de pompes.
{V} evacuated at {h}, relocated to {centre_nu}.
Inspector met {V} on site, damages to foundation.
Follow-up: {V} still waiting for the aid cheque.
Voisin {V} says the bridge is out.
""")
fam(K, "liste_separateurs", n_full, """
Évacués : {V}; {V2}; {V3}
Personnes hébergées | {V} | {V2}
Présents à la rencontre : {V}, {V2} et {V3}.
Liste refus évac : {V} / {V2}
Bénévoles de nuit — {V} ; {V2}
Signataires de la pétition (extrait) : {V}, {V2}
""")
fam(K, "debut_cellule", n_full, """
{V} — appel pour refoulement d'égout, rue inondée.
{V}: chalet inaccessible, demande de survol en hélicoptère.
{V} (propriétaire) absent, voisin a les clés.
{V}. Visite reportée au {date} à cause des routes.
{V} - dossier complet, paiement autorisé.
{V} => relogé chez de la parenté à {ville}.
""")
fam(K, "fin_cellule", n_full, """
Arbre tombé sur la ligne, signalé par {V}
Dommages au quai privé, constat fait avec {V}
Avis d'évacuation remis en main propre à {V}
Paiement final émis au nom de {V}
Dernier contact avec le sinistré : {V}
Génératrice prêtée par la municipalité à {V}
""")
fam(K, "signature_employe", n_full, """
Inspection réalisée par {V}, préventionniste.
Rapport rédigé par {V} (agent de sécurité civile).
— {V}, répartiteur de nuit
Dossier traité par {V}, analyste en aide financière.
Visite terrain : {V} et le technicien en bâtiment.
Validé par {V}, chef d'équipe.
""")
fam(K, "entre_parentheses", n_full, """
Le propriétaire ({V}) était absent lors du passage de l'équipe.
Une sinistrée ({V}) a demandé un transport adapté.
Chalet isolé (propriétaire : {V}) — aucun accès par la route.
Le requérant ({V}) conteste la décision.
Appel d'un citoyen ({V}) au sujet d'un poteau penché.
Évacuation refusée (résident {V}) à {h}.
""")
fam(K, "possessif_quebecois", n_full, """
Le chalet à {V} est parti avec les glaces.
La grange à {V} est passée au feu vers {h}.
Le chien à {V} est resté dans la maison.
Le tracteur à {V} bloque le chemin d'accès.
Le garage à {V} est rempli d'eau.
Le camion à {V} a été emporté par le courant près du pont.
""")
fam(K, "nom_prenom_sans_virgule", n_lastfirst, """
{V} - relocalisé(e) temporairement
Déclaration de sinistre : {V} (résidence principale)
Registre du centre d'hébergement {ville} : {V}, arrivé(e) {h}
Occupant {V} rejoint par téléphone, OK
{V} reçu au comptoir, dossier à compléter
Sortie du centre : {V}, {h}
""")

# ============================== adresse ====================================
K = "adresse"
fam(K, "numero_rue_complete", a_full, """
Résidence située au {V}, sous-sol inondé sur {cm} cm.
Inspection du bâtiment du {V} : fondations à vérifier.
Les occupants du {V} ont été évacués vers {h}.
Refoulement d'égout signalé au {V}.
Demande d'aide pour la propriété du {V}, dommages au revêtement.
Avis d'évacuation remis au {V} par les pompiers.
""")
fam(K, "sans_type_de_voie", a_notype, """
Les glaces ont poussé jusqu'au {V}, galerie arrachée.
Visite faite au {V}; l'eau s'est retirée.
Maison du {V} : fissure dans le mur du solage.
Évacuation préventive au {V} et chez les voisins.
Le camion-citerne est stationné devant le {V}.
Appel pour le {V} : odeur d'huile à chauffage.
""")
fam(K, "rang", a_rang, """
Ferme au {V} : grange inondée, animaux déplacés.
Glissement de terrain derrière la maison du {V}.
Accès coupé au {V} par un ponceau emporté.
Le propriétaire du {V} demande une évaluation de son puits.
Feu de cheminée au {V}, maîtrisé à {h}.
Arbres tombés sur la résidence du {V}.
""")
fam(K, "abreviations", a_abbr, """
Inondation au {V}, pompes en fonction.
Rés. {V} : toiture endommagée par les vents.
Évac. préventive {V}, occupants chez famille.
Feu de cuisson au {V}, aucun blessé.
Insp. prévue au {V} le {date}.
Dossier ouvert pour le {V}.
""")
fam(K, "appartement", a_apt, """
Dégât d'eau signalé au {V}, plafond effondré.
Locataire du {V} relogé par le propriétaire.
Inspection incendie au {V} : détecteur non fonctionnel.
Logement visé : {V}. Bail à fournir.
Fumée dans le corridor, appel provenant du {V}.
Demande d'aide pour biens meubles, logement au {V}.
""")
fam(K, "sous_sol_logement", a_soussol, """
Le logement situé au {V} est inhabitable depuis la crue.
Occupant du {V} hébergé à l'hôtel pour {n2} nuits.
Moisissures constatées au {V}, décontamination requise.
Refoulement au {V} : {cm} cm d'eau.
Évaluation du contenu au {V} reportée.
Fenêtre de sortie bloquée au {V}, non conforme.
""")
fam(K, "code_postal", a_pc, """
Adresse de correspondance : {V}
Chèque posté au {V} le {date}.
Le sinistré demeure désormais au {V}.
Envoyer la décision écrite au {V}.
Nouvelle adresse temporaire : {V}.
Retour de courrier, adresse inscrite : {V}
""")
fam(K, "code_postal_avec_lieu", a_pcplace, """
Sinistré relocalisé, nouvelle adresse postale : {V}.
Domicile situé à {V}, dans la zone de grand courant.
Code postal du domicile de la requérante : {V}
Le demandeur habite à {V} depuis l'automne.
Lieu de résidence déclaré : {V}
""")
fam(K, "case_postale_route_rurale", a_cp, """
Courrier du sinistré à envoyer à {V}.
Adresse postale : {V} (pas de livraison à domicile).
Le chèque a été retourné, l'adresse {V} est incomplète.
Correspondance via {V}.
Réclamant joignable par la poste seulement : {V}.
Mettre à jour l'adresse : {V}
""")
fam(K, "lot_cadastre", a_lot, """
Bâtiment principal érigé sur le {V}, zone inondable 0-20 ans.
Le chalet situé sur le {V} a été emporté par les glaces.
Demande de permis de reconstruction pour le {V}.
Le glissement a touché la résidence construite sur le {V}.
Propriété visée : {V}; rapport de l'ingénieur attendu.
Avis d'interdiction d'occupation pour la maison du {V}.
""")
fam(K, "numero_seul", a_numonly, """
Sur la {voie}, le {V} a eu de l'eau jusqu'au plancher du rez-de-chaussée.
La maison du {V} ({voie}) est inaccessible par la route.
Les occupants du {V}, {voie}, ont refusé de partir.
Le {V} de la {voie} a encore son électricité.
Dans le secteur de la {voie}, seul le {V} a été évacué.
Remorquage devant le {V} sur la {voie}.
""")
fam(K, "en_lettres", a_words, """
Appel dicté : résidence au {V}, eau dans le sous-sol.
Le citoyen donne son adresse comme suit : {V}.
Transcription du message vocal : « j'habite au {V}, on a besoin d'aide ».
Adresse épelée par l'appelant : {V}
Selon l'appelante, c'est au {V}, près de l'église.
""")
fam(K, "capitales_ancien_systeme", a_caps, """
ADR: {V} - INONDATION SS
LIEU {V} FEU CHEMINEE MAITRISE
EVAC {V} OCCUPANTS OK
INSP. {V} NON CONFORME
{V} / DEGATS EAU / PHOTOS RECUES
INTERVENTION AU {V} {H}
""")
fam(K, "montee_cote_route", a_route, """
Glissement de talus au {V}, maison évacuée.
Le {V} est coupé de l'accès par l'éboulement.
Ferme située au {V} : bâtiments inondés.
Résidence du {V} : érosion de la berge à moins de {n2} m.
Feu de broussailles près du {V}, propriétaire avisé.
Accès au {V} par la voie de contournement seulement.
""")
fam(K, "place_croissant_impasse", a_place, """
Refoulement d'égout au {V}, sous-sol fini endommagé.
Le {V} est dans le secteur touché par la panne.
Détecteur de CO déclenché au {V}.
Arbre tombé sur la maison du {V}.
Inspection préventive au {V} complétée.
Évacuation des occupants du {V}.
""")
fam(K, "anglais", a_english, """
Resident at {V} reports flooding in basement.
Fire alarm at {V}, false alarm confirmed.
Damage to the house at {V}, roof partly gone.
Évacuation : famille anglophone, {V}.
Caller lives at {V}, needs sandbags.
Inspection at {V} postponed.
""")
fam(K, "numero_suffixe", a_suffix, """
Locataire du {V} sans chauffage depuis la panne.
Fuite de gaz au {V}, périmètre de sécurité.
Le {V} est évacué à titre préventif.
Infiltration d'eau au {V} par la fondation.
Inspection du {V} : sortie de secours obstruée.
""")
fam(K, "chalet_villegiature", a_chalet, """
Chalet au {V} : quai arraché par les glaces.
Feu de forêt à proximité du {V}, évacuation recommandée.
Le propriétaire du {V} demande un accès pour récupérer ses biens.
Chalet du {V} inaccessible, chemin emporté.
Fumée signalée près du {V} par un pilote.
Dommages au {V} : fosse septique à reconstruire.
""")
fam(K, "liste_adresses", a_full, """
Résidences évacuées : {V}; {V2}
Adresses à inspecter | {V} | {V2}
Visites prévues demain : {V} puis {V2}.
Sous-sols inondés — {V} ; {V2}
""")
fam(K, "etiquette_formulaire", a_full, """
Adresse du sinistré : {V} | Type : inondation
Lieu de l'intervention : {V}
Adresse de la propriété endommagée - {V}
Domicile: {V} / Occupants: {n2}
ADRESSE : {V} | STATUT : évacué
Résidence principale — {V}
""")
fam(K, "sms_sans_accents", a_sms, """
eau au {V}, ils ont besoin de pompes
suis au {V} la maison est ok
cherche le {V} gps marche pas
rappeler pour le {V} demain
glace sur le terrain au {V}
{V} personne repond a la porte
""")
fam(K, "numero_apres_rue", a_after, """
Maison située {V}, inondée au rez-de-chaussée.
Domicile du requérant : {V}.
Fuite de propane signalée {V}.
Visite annulée, domicile situé {V}.
Sinistre déclaré pour la résidence {V}.
""")
fam(K, "nordique_autochtone", a_nord, """
Dégât d'eau {V_a}, tuyau gelé.
Feu de cuisson {V_a}, aucun blessé.
Famille {V_de} évacuée vers le gymnase.
Panne de chauffage {V_a}, température intérieure {temp}.
Inspection {V_de} demandée par le conseil.
Réservoir d'eau vide {V_a} depuis {n2} jours.
""")

# ============================== age ========================================
K = "age"
fam(K, "ans_chiffres", g_ans, """
Le propriétaire, âgé de {V}, vit seul dans la maison.
Une résidente de {V} a été évacuée par les pompiers vers {h}.
L'occupant ({V}) a refusé l'hébergement proposé.
Sinistrée de {V}, veuve, demande de l'aide pour le nettoyage.
Le conducteur, un homme de {V}, a été pris en charge sur place.
La locataire, qui a {V}, n'a pas de voiture pour quitter le secteur.
""")
fam(K, "sexe_age_compact", g_sexe, """
Occupant {V} seul au domicile, mobile.
Appel 911 : {V} conscient, respire.
Conducteur {V} éjecté? à confirmer.
1 pers. évacuée ({V}), pas de blessure.
Victime {V} retrouvée près du ponceau à {h}.
Piéton {V} heurté, transport ambulancier.
""")
fam(K, "barre", g_slash, """
PT {V} conscient et orienté
Occupant {V} refuse transport
Plaignant {V} rencontré au poste
1 victime {V} prise en charge par Urgences-santé
Personne disparue {V}, vue la dernière fois vers {h}
Détenu {V} transféré à l'aile B
""")
fam(K, "abrev_a", g_a, """
Sinistré {V} vit seul, pas de famille proche.
Conductrice {V}, véhicule dans le fossé.
Appelant {V} signale de la fumée.
Enfant {V} retrouvé chez un voisin.
Occupant {V} évacué en chaloupe.
Plaignante {V}, déclaration prise à {h}.
""")
fam(K, "en_lettres", g_words, """
Le demandeur est âgé de {V} et vit sur la ferme familiale.
La dame, qui a {V}, habite seule depuis le décès de son mari.
Le jeune homme de {V} a aidé à évacuer ses voisins.
Selon le rapport, l'occupante de {V} était endormie lors de l'incendie.
Un garçon de {V} a été retrouvé sain et sauf.
Le sinistré, {V}, demande un délai pour les factures.
""")
fam(K, "bebe_mois", g_months, """
Famille avec un bébé de {V}, priorité pour l'hébergement.
Nourrisson de {V} évacué avec sa mère.
L'enfant de {V} a besoin de lait maternisé au centre.
Présence d'un bambin de {V} dans le logement.
La locataire a un poupon de {V}; demande de couches.
""")
fam(K, "nouveau_ne", g_days, """
Présence d'un nouveau-né de {V} au domicile évacué.
La mère et son bébé de {V} sont hébergés au motel.
Nouveau-né ({V}) : besoin d'un endroit chauffé.
Bébé de {V} dans la maison sans électricité, priorité.
""")
fam(K, "etiquette", g_num, """
Âge : {V} | Sexe : F | Ménage : {n2}
AGE={V}; STATUT=HEBERGE
Âge déclaré: {V} — vit seul
Occupant - âge {V} - mobilité OK
Age du requérant : {V}
Sexe M / Âge {V} / Langue : français
""")
fam(K, "parentheses", g_num, """
Le conducteur ({V}) a été transporté à l'hôpital.
Une résidente ({V}) a été relogée chez sa fille.
Le plaignant ({V}) s'est présenté au poste de la SQ.
La victime ({V}) était seule dans le véhicule.
Un campeur ({V}) a été secouru par hélicoptère.
""")
fam(K, "anglais", g_en, """
Driver, {V}, taken to hospital.
Caller is a {V} man living alone.
Patient {V}, conscious, breathing.
Missing hiker ({V}) found near the trail.
Evacuee {V}, refused the shelter.
""")
fam(K, "capitales", g_caps, """
OCCUPANT AGE DE {V} VIT SEUL
VICTIME {V} TRANSPORTEE
CONDUCTEUR {V} INTOXIQUE?? A VALIDER
PLAIGNANTE {V} RENCONTREE
RESIDENT {V} REFUSE EVAC
""")
fam(K, "sms", g_sms, """
le monsieur a {V} pis il reste tout seul
la madame de {V} veut pas partir
yeux ouverts, le gars a {V} selon sa carte
ok la fille a {V} est rendue chez sa tante
le proprio a {V}, faut l'aider a sortir ses meubles
""")
fam(K, "annee_ordinale", g_ord, """
La doyenne du rang, dans sa {V}, vit encore seule.
Le sinistré, dans sa {V}, ne peut pas déménager ses biens.
Résidente dans sa {V} relogée en CHSLD temporairement.
Occupant dans sa {V}, refuse de quitter sa maison.
""")
fam(K, "et_demi", g_half, """
Une personne de {V} a été retrouvée dans le boisé.
Selon la fiche, l'occupant a {V}.
Présence d'une personne de {V} dans le logement non chauffé.
L'appelant dit avoir {V}.
Le résident, qui a {V}, a été héliporté.
""")
fam(K, "anniversaire", g_round, """
Le propriétaire vient d'avoir {V} et refuse de partir.
La sinistrée fêtera ses {V} au centre d'hébergement.
L'occupant a eu {V} la semaine dernière.
Selon la voisine, la dame a fêté ses {V} en mars.
""")
fam(K, "enfants_deux_ages", g_child, """
Famille avec deux enfants de {V} et {V2}.
Enfants présents : {V} et {V2}.
Deux jeunes ({V}, {V2}) hébergés avec leur mère.
Les enfants de la locataire ont {V} et {V2}.
""")
fam(K, "doyen", g_old, """
La plus vieille résidente du village, {V}, a été évacuée en ambulance.
Doyenne de {V} relogée au CHSLD.
Le vieillard de {V} vit encore dans sa maison du rang.
Centenaire ({V}) transportée au centre d'hébergement.
""")
fam(K, "couple", {"V": g_senior_num, "V2": g_senior_ans}, """
Couple de {V} et {V2} refuse d'évacuer.
Les propriétaires, {V} et {V2}, vivent seuls sur la ferme.
Deux occupants ({V} et {V2}) hébergés chez leur fils.
Un couple âgé de {V} et {V2} attend l'ambulance.
""")
fam(K, "debut_cellule", g_ans, """
{V}, homme seul, refuse l'évacuation.
{V}, femme, mobilité réduite? non, autonome.
{V} - occupante retrouvée chez sa voisine.
{V}; vit au sous-sol du bâtiment.
{V}. Conducteur du VTT, conscient.
""")
fam(K, "dispatch_patient", g_caps, """
PT: H, {V}, CONSCIENT
PT F {V} CHUTE DANS ESCALIER
10-33 PT {V} INCONSCIENT
PATIENT {V} - DIFFIC RESP - ETA {MIN} MIN
PT H {V} SORTI DU VEHICULE PAR POMPIERS
""")
fam(K, "mineur", g_child, """
Une adolescente de {V} a été retrouvée près de la voie ferrée.
Le jeune de {V} était seul à la maison lors de l'incendie.
Fugue : garçon de {V}, vu vers {h}.
Une enfant de {V} a été secourue dans la rivière.
Le conducteur du VTT, âgé de {V}, n'avait pas de casque.
""")
fam(K, "formulaire_pipe", g_num, """
Sexe: F | Âge: {V} | Personnes à charge: {n2}
Statut: locataire | Âge: {V} | Revenu: n/d
Membre du ménage 2 | âge {V} | lien : conjoint
Âge | {V} | Occupation | retraité
""")
fam(K, "incise", g_ans, """
Le locataire, {V}, dort au centre depuis {n2} jours.
La propriétaire, {V}, a perdu son garage.
Le chalétain, {V}, a été rejoint par radio.
L'appelante, {V}, signale de la fumée blanche.
La conductrice, {V}, est sortie seule du véhicule.
""")

# ============================== date_naissance =============================
K = "date_naissance"
fam(K, "ne_le_complet", d_full, """
Le requérant, né le {V}, est propriétaire occupant.
Occupante née le {V}, vit seule au rez-de-chaussée.
Vérification d'identité : né le {V}, confirmé avec pièce.
La sinistrée est née le {V} selon sa déclaration.
Conducteur né le {V}, permis valide.
""")
fam(K, "iso_etiquette", d_iso, """
DDN {V} | Statut : propriétaire
Date de naissance : {V}
DDN: {V} — vit seul
Requérant (DDN {V}) relogé chez sa sœur.
Identité validée, DDN {V}.
""")
fam(K, "slash_court", d_slash, """
Occupant né le {V}, refuse de quitter.
Détenu admis, DDN {V}.
né {V}, conducteur du VTT
Plaignante (n. {V}) rencontrée au poste.
Réclamant, date de naiss. {V}, dossier complet.
""")
fam(K, "annee_seule", d_year, """
Le propriétaire, né en {V}, habite la maison depuis toujours.
Une dame née en {V} a été évacuée en chaloupe.
Requérante née en {V}, veuve, sans assurance.
Conducteur (né en {V}) sorti du véhicule par les pompiers.
Le sinistré est de l'année {V}, selon sa carte.
""")
fam(K, "en_lettres", d_words, """
Transcription : « je suis née le {V} ».
Selon la déclaration verbale, le requérant est né le {V}.
L'appelant donne sa date de naissance : {V}.
Message vocal : née le {V}, demande un rappel.
""")
fam(K, "anglais_dob", d_en, """
DOB: {V} — caller lives alone.
Patient DOB {V}, allergies unknown.
Date of birth {V}, verified with health card.
Driver born {V}, licence valid.
Evacuee, DOB {V}, staying with relatives.
""")
fam(K, "compacte", d_compact, """
DDN={V};STATUT=HEB
Identifiant naissance {V} saisi au registre.
Champ DDN: {V}
Requérant - naiss. {V} - dossier ouvert
""")
fam(K, "capitales", d_caps, """
OCCUPANT NE LE {V} VIT SEUL
DDN {V} - HEBERGE CHEZ PARENTE
CONDUCTRICE NEE LE {V}
DETENU DDN {V} TRANSFERE
""")
fam(K, "points", d_dots, """
Requérante née le {V}, locataire.
DDN {V} / propriétaire occupant
Né le {V}, conducteur de la motoneige.
Identité : date de naissance {V}.
""")
fam(K, "mois_abrege", d_abbr, """
Sinistré né le {V}, dossier complet.
DDN {V}, autonome.
Occupante (née {V}) relogée.
Naissance : {V} — vérifié.
""")
fam(K, "premier_du_mois", d_first, """
La propriétaire est née le {V}.
Requérant né le {V}, sans emploi.
Conducteur né le {V}, aucun antécédent.
Occupant né le {V}, hébergé chez son fils.
""")
fam(K, "formulaire_pipe", d_iso, """
Nom: (voir dossier) | Date de naissance: {V} | Sexe: F
Membre 2 | DDN {V} | lien : conjoint
Statut: locataire | Né(e) le: {V}
Ménage | personne 1 | {V} | autonome
""")
fam(K, "deux_personnes", d_mixed, """
Conjoint né le {V}, conjointe née le {V2}.
Occupants : DDN {V} et {V2}.
Le couple (nés le {V} et le {V2}) refuse d'évacuer.
Propriétaires : né le {V} / née le {V2}
""")
fam(K, "parentheses", d_iso, """
Le requérant (n. {V}) conteste la décision.
Occupante (DDN : {V}) relogée chez sa fille.
Le conducteur (né le {V}) a été arrêté.
Un campeur (DDN {V}) porté disparu.
""")
fam(K, "sms_sans_accents", d_slash, """
le monsieur est ne le {V} selon sa carte
elle est nee le {V} ok
ne le {V}, il reste tout seul
ddn {V} verifie avec son permis
""")
fam(K, "ordre_americain", d_us, """
Date of birth (MM/DD/YYYY): {V}
DDN {V} (format américain sur le passeport)
Né le {V} selon le document américain.
DOB {V}, campeur de l'extérieur de la province.
""")
fam(K, "chiffres_romains", d_roman, """
Né le {V} (inscription manuscrite au registre).
DDN {V}, vieille fiche papier.
Fiche d'admission : né {V}.
Registre paroissial retrouvé, naissance {V}.
""")
fam(K, "jour_semaine", d_weekday, """
Selon sa carte, la dame est née le {V}.
Le sinistré dit être né le {V}.
Né le {V} — date confirmée par sa sœur.
Occupante née le {V}, vit seule.
""")
fam(K, "annee_en_lettres", d_yearwords, """
La dame dit être née en {V}.
Le monsieur est né en {V}, selon ses dires.
Message : « je suis née en {V} ».
Requérant né en {V}, vit seul depuis longtemps.
""")
fam(K, "fin_cellule", d_short, """
Occupant autonome, vit au sous-sol, DDN {V}
Conducteur sobre, permis valide, né le {V}
Relogée chez sa fille, DDN : {V}
Demande complète; naissance {V}
""")
fam(K, "debut_cellule", d_iso, """
{V} — requérante, locataire du 2e étage.
{V} : DDN du conducteur.
{V} (DDN) — dossier en attente.
{V}; DDN de l'occupant évacué.
""")
fam(K, "bebe_recent", d_baby, """
Bébé né le {V}, besoin de lait maternisé.
Famille avec un nourrisson né le {V}.
Nouveau-né (né le {V}) hébergé avec ses parents.
Le plus jeune enfant est né le {V}.
""")
fam(K, "mois_annee", d_monthyear, """
Requérante née en {V}, veuve.
Le propriétaire est né en {V}.
Occupant né en {V}, vit seul.
Conductrice née en {V} selon sa déclaration.
""")

# ============================== sante ======================================
K = "sante"
fam(K, "equipement_domicile", pool_fn(S_EQUIP), """
Client prioritaire Hydro : {pf} utilise {V} à domicile.
Panne de courant — {pm} dépend d'{V}, génératrice demandée.
Évacuation à planifier avec l'ambulance : {pf} a {V} dans la chambre.
Le CLSC confirme que {pm} a besoin d'{V} branché en permanence.
Priorité de rétablissement : {V} chez {pf}.
Lors de la visite, on a constaté {V} dans le salon de l'occupant.
""")
fam(K, "dialyse", pool_fn(S_DIALYSE), """
Transport à organiser : {pm} est {V}.
Route coupée; {pm}, {V}, doit sortir avant jeudi.
Le sinistré est {V}, l'hôpital est avisé.
Priorité d'évacuation : {pm} est {V}.
Selon sa fille, {pm} est {V} et ne peut manquer aucun traitement.
""")
fam(K, "mobilite", pool_fn(S_MOBIL), """
{pf_cap} se déplace {V}, besoin d'un transport adapté.
Évacuation difficile : {pm} se déplace {V}.
Au centre d'hébergement, {pf} circule {V}; chambre au rez-de-chaussée.
Le résident du {n2}e se déplace {V}; ascenseur hors service.
Selon le voisin, {pm} se déplace {V} depuis l'automne.
{Au_centre}, {pm} se déplace {V}; prévoir une rampe.
""")
fam(K, "mots_courants", pool_fn(S_MOTS), """
Selon sa voisine, {pm} {V}, faudrait pas le laisser seul.
La dame dit que son mari {V} et qu'il a oublié ses affaires.
{pf_cap} nous dit qu'elle {V}; on la garde près de l'infirmière.
Le vieux monsieur du bout du rang {V}, à surveiller.
Attention, {pm} {V} selon les gens du village.
""")
fam(K, "medication", pool_fn(S_MEDIC), """
{pf_cap} {V} et n'a pas pu récupérer ses médicaments.
Selon le pharmacien, {pm} {V}; renouvellement d'urgence fait.
Au centre, {pm} {V} : prévoir l'infirmière.
La dame évacuée {V}, pilulier resté dans la maison.
Attention : {pm} {V}, risque si saignement.
""")
fam(K, "grossesse", pool_fn(S_GROSS), """
Priorité d'hébergement : {pf} est {V}.
La locataire du 3e est {V}, transport vers l'hôpital demandé.
Une évacuée est {V}; l'infirmière du CLSC est avisée.
{pf_cap}, {V}, ne peut pas dormir sur un lit de camp.
La conjointe du requérant est {V}.
""")
fam(K, "sante_mentale", pool_fn(S_MENTAL), """
Selon l'intervenante, {pm} souffre {V}; approche douce recommandée.
{pf_cap} souffre {V} depuis l'inondation de 2019.
Le sinistré a mentionné qu'il souffre {V}.
Le CLSC assure un suivi : {pf} souffre {V}.
Prudence lors de la visite, {pm} souffre {V}.
""")
fam(K, "dependance", pool_fn(S_DEPEND), """
L'intervenant signale {V} chez {pm}.
{pf_cap} a {V}; référence au CLSC de {ville} faite.
Le sinistré mentionne {V}, suivi psychosocial offert {au_centre}.
On nous informe d'{V} chez l'occupant du sous-sol.
{Au_centre}, {pm} a {V}; prévoir un intervenant de nuit.
Selon la travailleuse sociale, {pf} a {V}.
""")
fam(K, "hospitalisation", pool_fn(S_HOSP), """
Le propriétaire est {V} {hopa}; visite reportée.
{pm_cap} est {V} {hopa} depuis l'incendie.
Le sinistré est {V} et ne peut pas signer les documents.
Selon sa sœur, le requérant est {V}.
Le locataire est {V}, logement vide lors du passage.
""")
fam(K, "dispatch_abrev", pool_fn(S_ATCD), """
PT H conscient, ATCD : {V}
Patiente, ATCD {V}, ETA {min} min
ATCD: {V} — O2 au besoin
Hx: {V}; médication à la maison
Antécédents connus : {V}
""")
fam(K, "cognitif", pool_fn(S_COGN), """
{pf_cap} souffre {V}; ne doit pas rester seule {au_centre}.
Le monsieur évacué de {ville} souffre {V} et cherche sa maison.
Selon le fils, {pm} souffre {V}; il risque de sortir la nuit.
Disparition signalée à {h} : personne âgée souffrant {V}.
L'occupante du rang souffre {V}, le CLSC de {ville} est avisé.
Au porte-à-porte, {pm} souffrant {V} n'a pas compris l'avis.
""")
fam(K, "sensoriel", pool_fn(S_SENS), """
Le résident du {n2}e est {V}; il n'entend pas l'alarme.
Attention : {pm} est {V}, prévoir un accompagnateur.
{pm_cap} est {V}, avisé en personne de l'évacuation à {h}.
Inspection : le locataire est {V}, avertisseur visuel recommandé.
L'aîné du rang est {V} et vit seul près de {ville}.
{Au_centre}, {pm} est {V}; lui lire les consignes.
""")
fam(K, "blessure_evenement", pool_fn(S_BLESS), """
{pm_cap} présente {V}, transport vers {hopital}.
Lors de la chute, {pf} a subi {V}.
Le pompier a constaté {V} chez l'occupant à {h}.
Victime avec {V}, prise en charge par les ambulanciers de {ville}.
L'occupante a subi {V} lors de l'incendie.
Pendant le nettoyage, {pm} s'est infligé {V}.
""")
fam(K, "intoxication", pool_fn(S_INTOX), """
{pm_cap} a été retrouvé {V} vers {h}.
Le chalétain, {V}, a été transporté en ambulance vers {hopital}.
À l'arrivée des premiers répondants à {h}, l'occupant était {V}.
Appel 911 de {ville} : homme {V} dans le garage.
Le résident, {V}, a été pris en charge par Urgences-santé à {h}.
{pm_cap}, {V}, a été évacué par l'{unite}.
""")
fam(K, "cancer_traitement", pool_fn(S_CANCER), """
Le sinistré est {V}, système immunitaire fragile.
Relocalisation rapide : {pm} est {V}.
Selon sa conjointe, le propriétaire est {V}.
L'occupant du chalet est {V} et doit se rendre à {hopital}.
Le requérant est {V}, demande un délai pour les factures.
Le résident de {ville} est {V}; éviter le centre d'hébergement collectif.
""")
fam(K, "neurologique", pool_fn(S_NEURO), """
{pf_cap} souffre {V}; évacuation assistée requise.
Le résident souffre {V} et ne peut pas monter l'escalier.
Selon le CLSC de {ville}, {pm} souffre {V}.
{Au_centre}, {pf} souffrant {V} a besoin d'un lit adapté.
L'occupant souffre {V}, prévoir deux brancardiers.
Le sinistré souffre {V}; transport adapté demandé pour {h}.
""")
fam(K, "developpement", pool_fn(S_DEV), """
L'enfant de la locataire a {V}; le bruit {du_centre} le désorganise.
Le jeune du {n2}e a {V}, besoin d'un endroit calme.
Selon la mère, son fils a {V}; évacuation à {h}.
La fille de l'occupant a {V}; accompagnement requis {au_centre}.
L'adolescent évacué de {ville} a {V}, il faut garder sa routine.
Le garçon hébergé {au_centre} a {V}.
""")
fam(K, "capitales_ancien", pool_fn(S_CAPS), """
OCCUPANT {V} - PRIORITE EVAC
RESIDENTE {V} VIT SEULE
ATTN: PROPRIO {V}
AVISER AMBULANCE - PT {V}
LOCATAIRE 2E ETAGE {V}
""")
fam(K, "sms_sans_accents", pool_fn(S_SMS), """
le monsieur {V} faut faire attention
ma mere {V} elle peut pas rester la
la madame d'en face {V}
mon pere {V} on fait quoi
le voisin {V} il est tout seul
""")
fam(K, "anglais", pool_fn(S_EN), """
Resident is {V}, needs help to evacuate.
Caller says her husband is {V}.
Note: occupant {V}, priority transport.
Tenant on 2nd floor is {V}.
Elderly man, {V}, lives alone.
""")
fam(K, "formulaire", pool_fn(S_FORM), """
Besoins particuliers : {V}
Condition médicale : {V} | Mobilité : à valider
Renseignements santé (confidentiel) - {V}
Besoin spécial déclaré | {V}
État de santé : {V}
""")
fam(K, "allergie", pool_fn(S_ALLERG), """
{Au_centre}, {pf} a {V}; aviser la cuisine.
Le jeune évacué vers {centre} a {V}.
Attention repas du soir : {pm} a {V}.
Selon la fiche d'inscription de {h}, l'occupante a {V}.
Le résident a {V}, trousse restée à la maison de {ville}.
Note pour les bénévoles : {pm} a {V}.
""")
fam(K, "palliatif", pool_fn(S_PALL), """
Le propriétaire est {V}; la famille demande qu'on ne le déplace pas.
{pm_cap} est {V}, évacuation en dernier recours.
Le résident de {ville} est {V}, l'équipe du CLSC est sur place depuis {h}.
Selon l'infirmière, {pm} est {V}.
L'occupant du rang est {V}; ambulance en attente depuis {h}.
Le monsieur du chalet est {V}, transport vers {hopital} à planifier.
""")
fam(K, "respiratoire", pool_fn(S_RESP), """
Fumée des feux : {pm} souffre {V}, évacuation préventive vers {centre}.
{pf_cap} souffre {V} et doit éviter la fumée.
Le sinistré de {ville} souffre {V}, masque N95 fourni.
Selon le CLSC, {pm} souffre {V}.
Le résident souffre {V}; inhalateurs restés dans le chalet.
{Au_centre}, {pf} souffrant {V} a besoin d'une prise pour son appareil.
""")
fam(K, "cardiaque", pool_fn(S_CARDIO), """
{pm_cap} a {V}; surveiller pendant l'évacuation vers {centre}.
Le propriétaire a {V} selon sa conjointe, appel reçu à {h}.
Selon le dossier du CLSC de {ville}, {pf} a {V}.
L'occupant du {n2}e étage a {V} et ne doit pas forcer.
Attention : {pm} a {V}, pas d'effort pour les sacs de sable.
{Au_centre}, {pf} a {V}; l'infirmière est avisée.
""")

# ============================== courriel ===================================
K = "courriel"
fam(K, "standard", c_std, """
Le sinistré préfère être joint par courriel : {V}.
Décision envoyée à {V} le {date}.
Copie du rapport d'inspection transmise à {V}.
Accusé de réception reçu de {V}.
Demande de documents envoyée à {V}, aucune réponse.
""")
fam(K, "majuscules", c_upper, """
COURRIEL: {V}
CONTACT {V} - PREF COURRIEL
ENVOI RAPPORT A {V}
Adresse électronique (saisie ancienne) : {V}
""")
fam(K, "at_dot", c_at, """
Écrire au requérant : {V}.
Email du propriétaire : {V}
Contact: {V} (ne répond pas au téléphone)
Le citoyen a donné son courriel : {V}.
""")
fam(K, "arobase_en_mots", c_arobase, """
Courriel dicté au téléphone : {V}.
La dame a épelé son adresse : {V}.
Selon le message vocal, envoyer à {V}.
Transcription : « mon courriel c'est {V} ».
""")
fam(K, "crochets_obfusques", c_brackets, """
Contact (format modifié par le citoyen) : {V}
Courriel : {V}
Envoyer la confirmation à {V}.
Adresse fournie dans le formulaire web : {V}
""")
fam(K, "espaces", c_spaces, """
courriel du sinistré : {V}
Réponse à envoyer à {V}.
Le requérant écrit depuis {V}.
Adresse notée à la main : {V}
""")
fam(K, "points_local", c_dots, """
Suivi par courriel avec la propriétaire ({V}).
Le locataire a écrit de {V} pour contester.
Confirmation de rendez-vous envoyée à {V}.
Les photos des dommages viennent de {V}.
""")
fam(K, "avec_chiffres", c_digits, """
Courriel personnel : {V}
Le réclamant demande qu'on lui écrive à {V}.
Message reçu de {V} à {h}.
Rejoindre le sinistré à {V} plutôt qu'au téléphone.
""")
fam(K, "etiquette", c_std, """
Courriel : {V} | Préférence : courriel
Adresse courriel du déclarant - {V}
Courriel du requérant: {V}; Langue: FR
E-mail / courriel : {V}
""")
fam(K, "chevrons_mailto", c_mailto, """
Transféré de {V}
Réponse automatique de {V} (absent jusqu'au {date}).
Lien dans la fiche : {V}
De : {V} — Objet : ma réclamation
""")
fam(K, "sms_minuscules", c_std, """
envoye le formulaire a {V} svp
ecrire a {V} pcq pas de cell
la dame a dit {V}
photos envoyees par {V} hier soir
""")
fam(K, "liste_deux", c_any, """
Destinataires : {V}; {V2}
Courriels des copropriétaires : {V} et {V2}
Envoyer à {V}, c.c. {V2}
Contacts | {V} | {V2}
""")
fam(K, "etiquette_plus", c_plus, """
Le sinistré utilise {V} pour sa réclamation.
Courriel dédié au dossier : {V}
Réponses à envoyer à {V}.
Le requérant a créé {V} pour ses démarches.
""")
fam(K, "tiret_souligne", c_under, """
Courriel du propriétaire : {V}.
Écrire à {V} pour le rendez-vous.
Documents reçus de {V}.
Adresse de contact : {V}
""")
fam(K, "fournisseur_regional", c_reg, """
Le propriétaire du chalet écrit de {V}.
Contact par courriel : {V} (internet par satellite, réponse lente).
Réclamation reçue de {V}.
Envoyer l'avis à {V}.
""")
fam(K, "adresse_pro_employe", c_pro, """
Question transmise par l'inspecteur municipal ({V}).
Rapport préparé par la technicienne, joindre {V}.
Pour toute question, l'agent au dossier est {V}.
Envoyé par {V} au nom de la municipalité.
""")
fam(K, "fin_parenthese", c_std, """
Rappeler le sinistré ou lui écrire ({V})
Le locataire a répondu au questionnaire (courriel : {V})
Dossier complet (confirmation envoyée à {V})
Visite confirmée avec la propriétaire ({V})
""")
fam(K, "anglais", c_std, """
Email sent to {V} with the claim form.
Resident prefers email: {V}.
Reply from {V} received this morning.
Contact the owner at {V}.
""")
fam(K, "debut_cellule", c_std, """
{V} — confirme la réception du chèque.
{V} : demande un délai pour les factures.
{V} / absent jusqu'à lundi
{V} - photos des dommages reçues
""")
fam(K, "pipe_formulaire", c_any, """
Mode de contact | courriel | {V}
Statut : complet | Courriel : {V} | Langue : FR
Contact principal | {V} | préfère l'écrit
Courriel (facultatif) | {V}
""")
fam(K, "fautes_domaine", c_typo, """
Courriel noté (à valider) : {V}
Le courriel {V} revient en erreur.
Le citoyen a écrit son adresse ainsi : {V}.
Adresse courriel inscrite sur le formulaire : {V}
""")
fam(K, "mi_phrase_longue", c_any, """
Après plusieurs tentatives par téléphone, la propriétaire a demandé qu'on lui envoie la liste des documents à {V} afin de compléter sa demande avant la date limite.
Le requérant, qui vit maintenant chez sa sœur, consulte ses messages à {V} seulement le soir.
Comme la poste est interrompue dans le secteur, les décisions seront transmises à {V} jusqu'à nouvel ordre.
""")
fam(K, "mise_a_jour_dossier", c_std, """
Courriel dicté : {V} (vérifié deux fois).
Nouvelle adresse électronique du sinistré : {V}
Le courriel précédent ne fonctionne plus, utiliser {V}.
Mise à jour du dossier : {V}
""")

# ============================== telephone ==================================
K = "telephone"
fam(K, "tirets", t_dash, """
Rappeler le sinistré au {V} après 17 h.
Le propriétaire est joignable au {V}.
Numéro laissé par la requérante : {V}.
Pas de réponse au {V}, message laissé.
Le voisin qui a les clés : {V}.
""")
fam(K, "parentheses", t_paren, """
Tél. : {V}
Joindre l'occupante au {V} pour fixer la visite.
Le chalétain a donné le {V}.
Rappel fait au {V} à {h}, boîte vocale pleine.
""")
fam(K, "points", t_dots, """
Contact du sinistré : {V}
Rappeler au {V} (soir seulement).
Numéro inscrit sur le formulaire : {V}.
Téléphone à la maison : {V}
""")
fam(K, "espaces", t_spaces, """
Le requérant demande d'être rappelé au {V}.
Numéro de la propriétaire : {V}
Message vocal laissé au {V}.
Joignable au {V} de jour.
""")
fam(K, "colle", t_compact, """
TEL={V}
Numéro saisi sans séparateurs : {V}
Rappel au {V} à faire demain.
Champ téléphone : {V}
""")
fam(K, "poste", t_ext, """
Joindre le sinistré au travail : {V}.
Le requérant est joignable de jour au {V}.
Laisser un message au {V}.
Coordonnées (travail) : {V}
""")
fam(K, "sans_indicatif", t_local, """
Appeler la dame au {V}, même village.
Le voisin du rang : {V}.
Numéro local laissé sur la porte : {V}
Rejoindre le proprio au {V} (pas d'interurbain).
""")
fam(K, "international", t_intl, """
Propriétaire du chalet en Floride, joindre au {V}.
Le sinistré est en voyage : {V}.
Numéro avec indicatif : {V}
Contact d'urgence : {V}
""")
fam(K, "un_devant", t_one, """
Composer le {V} pour joindre la requérante.
Numéro interurbain du propriétaire : {V}.
Rappeler le {V} avant midi.
Le sinistré est de retour chez lui, rappeler au {V}.
""")
fam(K, "sans_frais_employeur", t_tollfree, """
Le sinistré travaille de nuit, le joindre via la ligne de son employeur au {V}.
Numéro sans frais laissé par le requérant (son bureau) : {V}.
Joindre le propriétaire du camp par la ligne de la pourvoirie, {V}.
Le camionneur est joignable par la répartition de son transporteur au {V}.
""")
fam(K, "en_lettres", t_words, """
Transcription du message vocal : rappelez-moi au {V}.
Numéro dicté : {V}.
La dame a laissé son numéro : {V}.
L'appelant répète : {V}.
""")
fam(K, "cellulaire_etiquette", t_any, """
cell : {V}
Cellulaire du propriétaire : {V}
cel. {V} (texto seulement)
Joindre sur son cell au {V}.
""")
fam(K, "deux_numeros", t_any, """
Maison : {V} / cell : {V2}
Tél. rés. {V}; tél. trav. {V2}
Rejoindre au {V} ou au {V2}.
Numéros du couple : {V} et {V2}.
""")
fam(K, "sms", t_sms, """
rappelle moi au {V} stp
mon num c'est {V}
texte la madame au {V}
ok je suis au {V} toute la journee
""")
fam(K, "formulaire_pipe", t_any, """
Tél. principal | {V} | préférence : matin
Nom: (voir dossier) | Téléphone : {V} | Langue : FR
Contact | téléphone | {V}
Tél : {V} | Courriel : aucun
""")
fam(K, "anglais", t_any, """
Call back at {V}.
Owner's phone: {V}
Left a voicemail at {V}.
Resident can be reached at {V}.
""")
fam(K, "capitales", t_any, """
TEL {V} REPONDEUR
RAPPELER {V} APRES 17H
NO TEL PROPRIO {V}
CONTACT {V} - PAS DE REPONSE
""")
fam(K, "debut_cellule", t_any, """
{V} - pas de réponse, réessayer demain.
{V} : numéro du sinistré.
{V} (cell de la requérante)
{V}; laisser message.
""")
fam(K, "telecopieur", t_any, """
Le sinistré a un télécopieur à la maison : {V}.
Fax personnel : {V}
Documents reçus par télécopieur du {V}.
Envoyer le formulaire par fax au {V} (résidence).
""")
fam(K, "barre_oblique", t_slash, """
Téléphone : {V}
Joindre au {V}.
Rappel demandé au {V}.
No de tél. du locataire : {V}
""")
fam(K, "indicatif_separe", {"V": t_area, "V2": t_local}, """
Indicatif {V}, numéro {V2}.
Rappeler au ({V}) — {V2}.
Région {V} : {V2}
Numéro : indicatif régional {V}, puis {V2}.
""")
fam(K, "satellite_camp", t_sat, """
Camp de chasse sans réseau cellulaire, téléphone satellite du propriétaire : {V}.
Le trappeur est joignable au satellite {V}.
Chalet isolé : {V} (satellite).
Joindre le propriétaire du camp au {V}.
""")
fam(K, "chiffres_mots_mixtes", t_mixwords, """
Numéro noté par le préposé : {V}.
Message vocal : « rappelez-moi au {V} ».
L'appelant a donné le {V}.
Rappel au {V} demandé.
""")

# ============================== plaque =====================================
K = "plaque"
fam(K, "qc_lettres_chiffres", p_lc, """
Véhicule abandonné dans la zone inondée, plaque {V}.
Camionnette grise immatriculée {V} stationnée sur l'accotement.
Le VUS (plaque {V}) bloque l'accès des pompiers.
Remorquage du véhicule {V} vers la fourrière.
""")
fam(K, "qc_chiffres_lettres", p_cl, """
Automobile immatriculée {V} submergée jusqu'aux portières.
Véhicule suspect, plaque {V}, vu près de l'entrepôt.
Un pick-up {V} a franchi la barrière de la route fermée.
Constat : plaque {V}, stationnement interdit dans la voie d'urgence.
""")
fam(K, "sans_espace", p_nospace, """
Plaque {V} relevée par la patrouille.
Vérif CRPQ {V} : aucun signalement.
Le véhicule {V} a été déplacé par la municipalité.
Contravention remise au véhicule {V}.
""")
fam(K, "tiret", p_dash, """
Immatriculation {V}, véhicule enlisé.
Plaque {V} notée par le témoin.
Auto {V} coincée sous l'arbre tombé.
Véhicule {V} retrouvé dans le fossé.
""")
fam(K, "format_mixte", p_mixed, """
Plaque {V}, Honda Civic noire.
Véhicule immatriculé {V} impliqué dans la collision.
Le témoin a relevé la plaque {V}.
Voiture {V} immobilisée par la glace.
""")
fam(K, "commerciale", p_comm, """
Camion-benne plaque {V} coincé sous le viaduc.
Le tracteur routier immatriculé {V} s'est renversé.
Camion de livraison {V} bloquant la voie.
Remorque du camion {V} en portefeuille sur l'autoroute.
""")
fam(K, "ontario", p_ont, """
Voiture de l'Ontario, plaque {V}, conducteur absent.
Véhicule ontarien {V} stationné au bout du quai.
Plaque ontarienne {V} signalée au CRPQ.
Touriste ontarien, immatriculation {V}.
""")
fam(K, "autres_provinces", p_other, """
Véhicule hors province, plaque {V}, enlisé sur la plage.
Motorisé immatriculé {V}, campeurs évacués.
Plaque {V} sur le camion de la remorque renversée.
Le véhicule {V} a été remorqué.
""")
fam(K, "partielle", p_partial, """
Le témoin a vu une plaque qui commence par {V}.
Plaque partielle : {V}, le reste illisible.
Fuite après collision, plaque se terminant par {V}.
Selon la victime, plaque débutant par {V}, auto rouge.
""")
fam(K, "capitales_dispatch", p_nospace, """
VEH: FORD F-150 GRIS PLQ {V}
10-28 {V} - RAS
VEH SUSPECT {V} DIR NORD {ROUTE}
PLAQUE {V} STATIONNE ILLEGALEMENT
""")
fam(K, "minuscules", p_lower, """
plaque {V} vue pres du pont
le char {V} bloque l'entree
plaque du pick-up {V} je pense
auto {V} dans le fosse
""")
fam(K, "etiquette", p_any, """
Immatriculation : {V}
Plaque d'immatriculation - {V}
No de plaque : {V} | Marque : Toyota
Immat. {V} / couleur : blanc
""")
fam(K, "anglais", p_any, """
Plate {V}, car left in flooded lot.
Vehicle with plate {V} blocking the road.
License plate {V} (QC), driver not found.
Witness saw plate {V}.
""")
fam(K, "moto_remorque", p_moto, """
Motocyclette immatriculée {V} retrouvée dans le fossé.
Remorque {V} détachée sur l'accotement.
VR (plaque {V}) évacué du camping.
Moto {V} abandonnée près du sentier.
""")
fam(K, "entre_parentheses", p_any, """
Véhicule abandonné (plaque {V}) dans le stationnement inondé.
Un camion (immat. {V}) a franchi le barrage routier.
La voiture (plaque {V}) a été remorquée.
Motorisé (plaque {V}) enlisé.
""")
fam(K, "deux_vehicules", p_any, """
Collision entre les véhicules {V} et {V2}.
Véhicules sur place : {V}; {V2}
Plaques relevées : {V} / {V2}
Deux autos évacuées ({V}, {V2}).
""")
fam(K, "debut_cellule", p_any, """
{V} : véhicule enlisé, remorqueuse demandée.
{V} - stationné devant la caserne.
{V}; voiture abandonnée sur le pont.
{V} (plaque) — vérification faite.
""")
fam(K, "americaine", p_us, """
Véhicule américain, plaque {V}, stationné au quai.
Touristes, immatriculation {V}, évacués du camping.
Plaque {V} sur la camionnette au bout du rang.
Le véhicule immatriculé {V} a été remorqué.
""")
fam(K, "sms", p_nospace, """
y a un char plaque {V} dans l'eau
plak {V} pas sur
auto {V} stationnee dans la cour
le pick up {V} est encore la
""")
fam(K, "formulaire_pipe", p_any, """
Marque: Ford | Modèle: Escape | Plaque: {V}
Véhicule 1 | {V} | dommages avant
Immatriculation | {V} | Statut | remorqué
Couleur : gris | Plaque : {V}
""")
fam(K, "prefixe_province", p_prov, """
Véhicule {V} abandonné sur l'accotement.
Plaque {V} signalée par la patrouille.
Le camion {V} est enlisé.
Remorquage du véhicule {V}.
""")
fam(K, "fin_cellule", p_any, """
Véhicule remorqué vers le garage municipal, immat. {V}
Camion abandonné près du barrage, plaque {V}
Voiture enlisée dans la neige, plaque {V}
Constat fait, véhicule {V}
""")
fam(K, "phrase_longue", p_any, """
Lors de la patrouille de fin de soirée, l'agent a constaté qu'une camionnette immatriculée {V} était stationnée dans la zone évacuée, moteur en marche, sans occupant visible.
Le propriétaire d'une berline portant la plaque {V} a été avisé de déplacer son véhicule avant l'ouverture des vannes.
Un témoin affirme qu'une voiture noire, plaque {V}, a contourné la barrière de la route fermée.
""")

# ============================== identifiant ================================
K = "identifiant"
fam(K, "nas_espaces", i_nas_sp, """
NAS du requérant : {V}
Le sinistré a fourni son NAS ({V}) pour le dépôt direct.
Numéro d'assurance sociale : {V}, vérifié.
NAS {V} inscrit au formulaire de réclamation.
""")
fam(K, "nas_colle", i_nas_c, """
NAS={V}
Champ NAS : {V}
Vérification NAS {V} auprès de Service Canada.
Le NAS {V} ne correspond pas au nom déclaré.
""")
fam(K, "nas_separateurs", i_nas_d, """
N.A.S. {V}
Assurance sociale : {V}
Le requérant donne son NAS : {V}.
NAS (copie de carte) {V}
""")
fam(K, "ramq_espaces", i_ramq, """
No d'assurance maladie : {V}
RAMQ {V} — valide jusqu'en 2027
Carte d'assurance maladie {V} vérifiée à l'admission.
Numéro RAMQ du patient : {V}
""")
fam(K, "ramq_colle", i_ramq_c, """
NAM={V}
Le patient évacué a donné son NAM {V}.
No RAMQ {V} saisi au registre.
Carte RAMQ : {V}
""")
fam(K, "permis_conduire", i_permis, """
Permis de conduire {V}, classe 5.
Le conducteur présente le permis {V}.
No de permis : {V} (sanctionné)
Vérif SAAQ du permis {V} : valide.
""")
fam(K, "dossier_aide", i_dossier, """
Dossier de la sinistrée : {V}, en analyse.
Réclamation {V} — paiement autorisé.
Le requérant cite son numéro de dossier {V}.
Dossier {V} : documents manquants, relance envoyée.
""")
fam(K, "reclamation_assurance", i_reclam, """
No de réclamation à l'assureur du sinistré : {V}.
Le propriétaire a ouvert la réclamation {V} chez son assureur.
Réclamation d'assurance habitation {V} refusée (inondation exclue).
Référence assureur : {V}
""")
fam(K, "passeport", i_passport, """
Pièce d'identité : passeport {V}.
Le campeur étranger présente le passeport {V}.
Passeport no {V}, vérifié.
Identification par passeport ({V}).
""")
fam(K, "matricule_detenu", i_detenu, """
Détenu {V} transféré à l'établissement de détention de Québec.
Numéro de détenu : {V}.
Le prévenu (matricule {V}) a été libéré sous conditions.
Incident impliquant le détenu {V} au secteur B.
""")
fam(K, "compte_bancaire", i_bank, """
Dépôt direct : {V}.
Coordonnées bancaires du réclamant : {V}
Le paiement sera versé au {V}.
Spécimen de chèque reçu ({V}).
""")
fam(K, "client_hydro", i_hydro, """
No de client Hydro-Québec du sinistré : {V}
Le propriétaire donne son numéro de compte d'électricité : {V}.
Compte Hydro {V}, crédit demandé pour la panne.
Facture d'électricité jointe (compte {V}).
""")
fam(K, "nas_en_mots", i_nas_words, """
NAS dicté au téléphone : {V}.
Le requérant épelle son numéro d'assurance sociale : {V}.
Transcription : « mon NAS c'est {V} ».
NAS donné verbalement : {V}
""")
fam(K, "carte_benevole", i_badge, """
Carte de bénévole Croix-Rouge no {V} remise au citoyen.
Le bénévole (carte {V}) a accès au centre.
Laissez-passer du résident pour la zone évacuée : {V}.
Bracelet d'identification du sinistré : {V}
""")
fam(K, "capitales_multi", i_any, """
ID: {V} - VERIFIE
NO PIECE {V}
IDENTIFICATION {V} / {V2}
PIECES PRESENTEES: {V} ET {V2}
""")
fam(K, "anglais", i_any, """
SIN/ID provided: {V}
Health card number {V}
Driver's licence: {V}
ID checked: {V}
""")
fam(K, "formulaire_pipe", i_dossier, """
No dossier: {V} | Statut: payé
Dossier | {V} | Montant | 2 450 $
Réf. : {V} | Type : biens essentiels
Réclamation | {V} | en attente
""")
fam(K, "statut_indien", i_statut, """
Numéro d'inscription (statut d'Indien) : {V}
Le sinistré présente sa carte de statut no {V}.
Carte de statut {V}, remboursement via le conseil de bande.
No d'inscription au registre des Indiens : {V}
""")
fam(K, "dossier_saaq_cnesst", i_saaq, """
Dossier SAAQ de la victime : {V}.
Le travailleur blessé a un dossier CNESST : {V}.
No de dossier à l'IVAC : {V}
Réclamation SAAQ {V} en cours.
""")
fam(K, "permis_armes", i_pal, """
Permis de possession et d'acquisition no {V}.
Armes saisies, permis {V} suspendu.
PPA {V} vérifié par le RCAF.
Le propriétaire du camp détient le permis d'armes {V}.
""")
fam(K, "dossier_medical", i_mrn, """
No de dossier hospitalier du patient : {V}
Le patient évacué (dossier {V}) transféré au CHSLD.
Dossier médical {V}, copie demandée.
Numéro de dossier à l'hôpital : {V}
""")
fam(K, "carte_soleil", i_ramq, """
Carte soleil du monsieur : {V}
Elle a perdu sa carte soleil ({V}) dans l'inondation.
No carte soleil {V} noté pour le remplacement.
Carte soleil {V} trouvée dans les débris.
""")
fam(K, "sms_minuscules", i_nas_c, """
nas {V} recu par tel
son nas c {V}
le nas du monsieur {V} a verifier
nas {V} ok
""")

# ============================== lien_familial ==============================
K = "lien_familial"
fam(K, "enfant_elu", l_filtered(("fille", "fils")), """
Au centre d'hébergement, {V} a aidé à servir les repas.
La maison {V_de} a été inondée jusqu'au premier étage.
Selon les voisins, c'est {V} qui a donné l'alerte.
Visite effectuée chez {V}; dommages majeurs au sous-sol.
{V_cap} a refusé de quitter le chalet.
""")
fam(K, "belle_famille", l_filtered(("beau-", "belle-", "gendre", "bru")), """
L'appel provient {V_de}, qui habite le rang voisin.
{V_cap} demande un traitement rapide de son dossier.
La résidence {V_de} est dans la zone d'évacuation.
On a relogé {V} au motel du village.
Plainte déposée par {V} contre l'entrepreneur.
""")
fam(K, "veuvage_ex", l_filtered(("veuv", "ex-")), """
{V_cap} vit seul(e) depuis le décès.
La demande d'aide {V_de} est complète.
Selon le préposé, {V} a perdu son garage dans l'incendie.
Visite chez {V} pour l'inspection du chauffage.
{V_cap} conteste le montant accordé.
""")
fam(K, "grands_parents", l_filtered(("grand-", "arrière")), """
{V_cap} a été évacué en ambulance.
La maison {V_de} est coupée du village.
On cherche à joindre {V} depuis {h}.
Les pompiers ont sorti {V} par la fenêtre.
""")
fam(K, "petits_enfants", l_filtered(("petit-", "petite-")), """
{V_cap} a été vu(e) au volant du VTT près de la digue.
Le chalet {V_de} a été emporté par les glaces.
Plainte contre {V} pour méfait sur la barrière.
Selon le voisin, {V} était seul à la maison.
""")
fam(K, "cousins_oncles", l_filtered(("cousin", "neveu", "nièce", "oncle", "tante")), """
{V_cap} a offert d'héberger trois familles.
La ferme {V_de} a perdu une partie du troupeau.
Appel reçu {V_de} concernant la route fermée.
On a ramené {V} au centre vers {h}.
""")
fam(K, "famille_recomposee", l_filtered(("demi-", "belle-fille", "beau-fils", "beau-père du", "adopti")), """
{V_cap} demande une copie du rapport de police.
Le logement {V_de} a été endommagé par l'eau.
Selon la répartitrice, {V} a appelé trois fois.
Visite chez {V} reportée.
""")
fam(K, "anglais", l_en, """
Call received from {V}, basement flooded.
{V_cap} refused to evacuate.
House of {V} is cut off by the water.
Complaint filed by {V}.
""")
fam(K, "possessif_quebecois", l_std, """
Le char {V_a} est resté pris dans l'eau.
Le chalet {V_a} est parti avec la glace.
Le chien {V_a} s'est sauvé pendant l'évacuation.
La grange {V_a} a passé au feu.
""")
fam(K, "chum_blonde", l_filtered(("chum", "blonde", "conjoint")), """
{V_cap} a été arrêté(e) pour conduite avec les facultés affaiblies.
Selon le rapport, {V} était sur les lieux lors de l'incendie.
La plainte vise {V}.
{V_cap} a été relogé(e) au centre.
""")
fam(K, "commercant_local", l_std, """
{V_cap} a été vu sur le quai juste avant l'arrivée des glaces.
L'intervention chez {V} a duré deux heures.
Selon le sergent, {V} a été interpellé(e) pour vitesse excessive.
Le sinistré est en fait {V}.
""")
fam(K, "capitales", l_caps, """
PLAIGNANT: {V}
SUSPECT = {V}
OCCUPANT {V} EVACUE
APPEL DE {V} POUR ARBRE TOMBE
""")
fam(K, "sms", l_sms, """
c'est {V} qui a appele
{V} est pas encore sortie du rang
ils ont relogé {V} au motel
faut rappeler {V} demain
""")
fam(K, "fratrie_jumeaux", l_filtered(("sœur", "frère", "jumeau", "jumelle")), """
{V_cap} a été retrouvé(e) sain(e) et sauf(ve).
La résidence {V_de} a été évacuée à {h}.
Selon le conseil, {V} a pris en charge les aînés.
Plainte déposée contre {V}.
""")
fam(K, "parents_de", l_filtered(("mère", "père")), """
{V_cap} vit seul(e) sur la ferme familiale.
La maison {V_de} est isolée par l'eau.
Appel reçu {V_de} concernant une odeur de fumée.
Les pompiers ont rejoint {V} vers {h}.
""")
fam(K, "parrain_filleul", l_filtered(("filleul", "parrain", "marraine")), """
{V_cap} a été identifié(e) comme témoin.
La roulotte {V_de} a été renversée par les vents.
On a hébergé {V} chez des voisins.
Selon le rapport, {V} conduisait le véhicule.
""")
fam(K, "chaine_double", l_chain, """
{V_cap} a été interpellé(e) près de la digue.
La maison {V_de} est dans la zone rouge.
Visite chez {V}, dommages au toit.
Le témoin principal est {V}.
""")
fam(K, "formulaire", l_std, """
Lien avec une personne connue : {V_bare}
Occupant | {V_bare} | relogé
Personne impliquée - {V_bare}
Note confidentielle : {V_bare}
""")
fam(K, "debut_cellule", l_std, """
{V_cap} : appel pour refoulement d'égout.
{V_cap} — dossier prioritaire selon la direction.
{V_cap}; plainte de bruit au centre.
{V_cap}, retrouvé(e) vers {h}.
""")
fam(K, "police_judiciaire", l_std, """
Le suspect serait {V}, selon deux témoins.
Arrestation {V_de} pour méfait.
La victime est {V}; enquête transférée.
Le conducteur impliqué est {V}.
""")
fam(K, "aide_financiere", l_std, """
Demande d'aide présentée par {V}; vérifier l'absence de conflit d'intérêts.
Le dossier {V_de} est traité par l'équipe régionale.
Réclamation {V_de} : montant admissible confirmé.
{V_cap} a reçu l'avance de 600 $.
""")
fam(K, "inspection_incendie", l_std, """
Inspection chez {V} : avertisseur manquant au sous-sol.
Le logement {V_de} n'a pas de deuxième sortie.
Avis de non-conformité remis {V_a}.
Feu de cheminée chez {V}, maîtrisé rapidement.
""")
fam(K, "nordique", l_std, """
Évacuation par avion : {V} sur le premier vol.
La maison {V_de} a été touchée par la tempête.
Le conseil confirme que {V} est hébergé(e) à Val-d'Or.
Vivres livrés chez {V}.
""")

# ============================== lieu_travail ===============================
K = "lieu_travail"
fam(K, "agroalimentaire", w_agro, """
Le sinistré travaille {V} et ne peut pas se libérer avant 16 h.
La locataire est employée {V}; rappeler le soir.
Selon la voisine, le propriétaire travaille {V}.
L'occupant, qui travaille {V}, est arrivé sur place à {h}.
""")
fam(K, "grande_entreprise", w_big, """
Le requérant est employé {V}; horaire de quart.
La sinistrée travaille {V} depuis quinze ans.
Le conducteur revenait de son quart de travail {V}.
Le propriétaire du chalet travaille {V}.
""")
fam(K, "reseau_sante", w_sante, """
La requérante est préposée {V}.
L'occupante est infirmière de nuit {V}.
Le sinistré, inhalothérapeute {V}, n'a pas pu se présenter au travail.
La locataire travaille comme aide-soignante {V}.
""")
fam(K, "commerce_detail", w_chain, """
La locataire est caissière {V}.
Le requérant travaille {V} les fins de semaine.
Selon son frère, le sinistré est gérant {V}.
L'occupant, commis {V}, était au travail lors de l'inondation.
""")
fam(K, "sans_verbe", w_any, """
Requérant — journalier, {V_bare}.
Occupante : caissière, {V_bare}.
Sinistré (mécanicien, {V_bare}).
Propriétaire / contremaître / {V_bare}
""")
fam(K, "etiquette_employeur", w_any, """
Employeur : {V_bare}
Employeur du requérant | {V_bare}
Lieu de travail déclaré : {V_bare}
Emploi - {V_bare} (temps plein)
""")
fam(K, "ecole_education", w_ecole, """
La sinistrée enseigne {V}.
Le requérant est concierge {V}.
L'occupante est éducatrice {V}.
La locataire travaille comme secrétaire {V}.
""")
fam(K, "municipal_public", w_muni, """
Le propriétaire est col bleu {V}.
La requérante travaille {V}.
Le sinistré est employé {V}, il connaît bien le secteur.
L'occupant, employé à temps partiel {V}, était en service lors de l'inondation.
""")
fam(K, "industrie_lourde", w_indus, """
Le sinistré est opérateur {V}, quart de nuit.
Le propriétaire travaille {V} depuis vingt ans.
Selon sa conjointe, l'occupant est mécanicien {V}.
Le requérant est en arrêt de travail de son poste {V}.
""")
fam(K, "mine_nord", w_mine, """
Le propriétaire est en rotation {V}, absent jusqu'à jeudi.
La sinistrée travaille {V}, joignable seulement le soir.
Le requérant, foreur {V}, revient par avion samedi.
L'occupant est cuisinier {V}.
""")
fam(K, "restauration", w_resto, """
La locataire est serveuse {V}.
Le sinistré travaille comme cuisinier {V}.
L'occupante fait la plonge {V} les soirs.
Le requérant est gérant {V}.
""")
fam(K, "peche_agriculture", w_peche, """
La requérante travaille {V} pendant la saison.
Le sinistré est journalier {V}.
L'occupant travaille {V}, absent de 5 h à 15 h.
La locataire est trieuse {V}.
""")
fam(K, "capitales", w_caps, """
EMPLOYE: {V_bare}
TRAVAILLE {V} - ABSENT
PROPRIO TRAVAILLE {V}
OCCUPANT EMPLOYEUR {V_bare}
""")
fam(K, "sms", w_sms, """
il travaille {V} faut l'appeler la bas
elle est {V} jusqu'a 17h
le proprio travaille {V} de nuit
la fille qui reste la travaille {V}
""")
fam(K, "anglais", w_any, """
Owner works {V}, will be home after 5.
Resident employed {V}.
Tenant works nights {V}.
Caller is a cook {V}.
""")
fam(K, "quart_travail", w_sante, """
La sinistrée fait des quarts de nuit {V}.
Le requérant travaille de soir {V}, rappeler le matin.
L'occupante est en service sur appel {V}.
Le locataire est sur le quart de jour {V}.
""")
fam(K, "ancien_employeur", w_any, """
Le sinistré est retraité {V_de}.
La requérante a pris sa retraite {V_de} l'an dernier.
Ancien employé {V_de}, il vit seul.
L'occupante a été mise à pied {V_de} en janvier.
""")
fam(K, "autochtone_organisme", w_indig, """
La sinistrée travaille {V}.
Le requérant est employé {V}.
L'occupant est agent de liaison {V}.
La locataire est infirmière {V}.
""")
fam(K, "transport", w_transport, """
Le propriétaire est chauffeur {V}.
Le sinistré travaille {V} et ne peut pas venir avant lundi.
L'occupante est répartitrice {V}.
Le requérant est mécanicien {V}.
""")
fam(K, "bureau_professionnel", w_prof, """
La requérante est hygiéniste {V}.
Le sinistré est technicien {V}.
La locataire est réceptionniste {V}.
L'occupant travaille {V}, rappeler sur l'heure du midi.
""")
fam(K, "construction", w_constr, """
Le propriétaire travaille {V}.
Le sinistré est opérateur de pelle {V}.
L'occupant est charpentier {V}, il fera les réparations lui-même.
Le requérant est contremaître {V}.
""")
fam(K, "formulaire_pipe", w_any, """
Occupation : infirmière | Lieu : {V_bare}
Emploi | journalier | {V_bare}
Statut d'emploi : temps plein | Employeur : {V_bare}
Revenu d'emploi | {V_bare} | temps partiel
""")
fam(K, "parentheses", w_any, """
Le sinistré (employé {V}) demande une lettre pour son employeur.
La requérante (travaille {V}) ne peut pas se présenter avant 17 h.
L'occupant (journalier {V}) est parti travailler malgré l'avis.
La locataire (caissière {V}) a perdu deux semaines de salaire.
""")

# ============================== propre =====================================
K = "propre"
fam(K, "crue_mesures", None, """
Niveau de la {riv} à {niveau} à {h}, débit de {debit}; seuil de surveillance dépassé.
Hausse de {cm} cm en 24 h à la station {station}; tendance à la baisse prévue.
Débit de pointe estimé à {debit} pour la {riv}, inondation mineure attendue.
Info-Crue : la {riv} atteint {niveau}, seuil d'inondation modérée.
Relevé de {h} : {niveau} au pont de {ville}, eau stable depuis {n2} heures.
""")
fam(K, "embacle_glaces", None, """
Embâcle formé sur la {riv} en aval de {ville}, longueur estimée à {n} km.
Survol en hélicoptère à {h} : couvert de glace fragmenté, aucun mouvement.
Le bris de l'embâcle est prévu avec la hausse des températures ({temp}).
Sécurité civile en vigie : risque d'embâcle au pont de la {route}.
Glaces accumulées sur {n2} km, niveau en hausse de {cm} cm.
""")
fam(K, "glissement_terrain", None, """
Glissement de terrain le long de la {riv}, environ {nn} m³ de sol déplacé.
Fissures observées dans le talus, la géotechnicienne du ministère est attendue à {h}.
Périmètre de sécurité de {n} m établi autour de la zone instable.
Coulée argileuse sur la {route} au km {km}, circulation interrompue.
Avis préventif : {n2} bâtiments situés dans la bande de protection.
Piézomètres installés le {date} sur le site de {ville}.
""")
fam(K, "feu_foret", None, """
SOPFEU : incendie de {ha} ha à {n} km au nord de {ville}, non maîtrisé.
Indice d'inflammabilité extrême dans la {mrc}; interdiction de faire des feux à ciel ouvert.
{n2} avions-citernes et {n} pompiers forestiers déployés.
Le feu no {n2} est maintenant contenu; la fumée reste visible de la {route}.
Fermeture préventive des sentiers du {parc}.
Pluie de {mm} mm sur le secteur du feu, progression ralentie.
""")
fam(K, "tempete_vents", None, """
Rafales jusqu'à {vent} enregistrées à {h}; plusieurs arbres sur la chaussée.
Avertissement de vents violents pour la {mrc} jusqu'à minuit.
Toitures endommagées dans le secteur de la {rue}; aucun blessé.
Environnement Canada prévoit {mm} mm de pluie et des vents de {vent}.
Tempête hivernale : {cm} cm de neige, poudrerie sur la {route}.
""")
fam(K, "panne_electricite", None, """
Hydro-Québec : {nn} clients privés d'électricité dans la région.
Panne majeure depuis {h}; rétablissement prévu vers {h2}.
Poste de distribution endommagé, {n} équipes de monteurs en renfort.
La municipalité ouvre une halte-chaleur {au_centre}.
Génératrice de {kw} kW installée à l'hôtel de ville.
""")
fam(K, "evacuations_comptes", None, """
{n} résidences évacuées, {n2} personnes hébergées par la Croix-Rouge.
Évacuation préventive levée à {h}; retour autorisé.
Bilan : {n} bâtiments inondés, aucun décès, {n2} personnes relogées.
Porte-à-porte complété dans le secteur de la {rue}.
{nn} sacs de sable distribués aux citoyens.
""")
fam(K, "centre_hebergement", None, """
Centre d'hébergement ouvert {au_centre}, capacité de {n} lits.
{centre_cap} accueille les sinistrés jusqu'à nouvel ordre.
Repas servis {au_centre} : déjeuner {h}, souper {h2}.
Fermeture du centre d'hébergement prévue le {date}.
{centre_cap} a reçu {n2} familles depuis l'ouverture.
""")
fam(K, "ponts_noms_personnes", None, """
Le {pont} est fermé à la circulation lourde jusqu'à {h}.
Inspection du {pont} terminée; aucune anomalie structurale.
Ralentissement sur le {pont} en direction nord à cause du verglas.
Le {pont} rouvre une voie dans chaque direction.
Vent de {vent} sur le {pont}, camions interdits.
""")
fam(K, "ecoles_noms_personnes", None, """
L'{ecole} sert de centre de services aux sinistrés.
Cours suspendus à l'{ecole} en raison de la panne.
Le gymnase de l'{ecole} est réservé aux bénévoles.
Exercice d'évacuation réussi à l'{ecole} en {min} minutes.
Génératrice livrée à l'{ecole} à {h}.
""")
fam(K, "hopitaux_noms_personnes", None, """
L'{hopital} fonctionne sur génératrice depuis {h}.
Les urgences de l'{hopital} sont à {pct} de capacité.
Exercice de mesures d'urgence à l'{hopital} prévu le {date}.
Délestage partiel à l'{hopital}; chirurgies électives reportées.
Stationnement de l'{hopital} fermé à cause de la glace.
""")
fam(K, "rues_sans_numero", None, """
Fermeture de la {rue} entre {rue2} et la voie ferrée.
La {rue} est inondée sur environ {n} mètres.
Travaux d'urgence sur l'aqueduc de la {rue}.
Détour par la {rue2} pendant le déglaçage.
Circulation rétablie sur la {rue} à {h}.
""")
fam(K, "officiels_par_titre", None, """
{titre_cap} a décrété l'état d'urgence local à {h}.
Point de presse {titre_de} prévu à {h2}.
{titre_cap} demande aux citoyens d'éviter les berges.
Rencontre prévue entre la direction régionale de la sécurité civile et {titre} à {h}.
{titre_cap} confirme l'ouverture du centre de coordination.
""")
fam(K, "dispatch_abreviations", None, """
10-4, {unite} en route, ETA {min} min.
{unite} 10-97 sur les lieux à {h}.
10-8 {unite}, retour à la caserne.
Appel transféré au SSI, code 3, {unite} assignée.
{unite} demande un 2e alarme; {unite2} en renfort.
""")
fam(K, "anglais_mixte", None, """
Road closed near {ville}, détour via {route}.
Flood warning in effect for the {riv}; niveau à {niveau}.
Shelter open at {centre_nu} until further notice.
Power outage affecting {nn} customers, crews on site.
Evacuation order lifted at {h}.
""")
fam(K, "fautes_sans_accents", None, """
innondation sur la {rue}, l'eau monte vite
routte fermee au km {km}, attention glace
centre d'hebergement ouvert a {ville} depui {h}
les pompiers on fini le pompage vers {h}
panne de courrant dans tout le secteur de {ville}
evacuation termine, {n} maison vidé
""")
fam(K, "capitales_ancien", None, """
TRAVAUX TERMINES - SECTEUR {N2} - VERIF OK
{ROUTE} FERMEE KM {KM}
CENTRE HEB. FERME {H}
NIVEAU RIVIERE STABLE {NIVEAU}
FIN D'INTERVENTION {H} - RETOUR CASERNE
""")
fam(K, "aide_financiere_programme", None, """
Le Programme général d'aide financière lors de sinistres réels ou imminents s'applique aux municipalités de la {mrc}.
Formulaires disponibles au bureau municipal de {ville}; date limite le {date}.
Décret {decret} : territoires admissibles mis à jour.
L'avance pour frais de subsistance est versée sur demande ({n} demandes traitées).
Séance d'information pour les sinistrés {au_centre} à {h}.
Le montant maximal pour une résidence principale est indexé en {annee}.
""")
fam(K, "inspection_incendie", None, """
Avertisseur de fumée conforme; extincteur 5 lb ABC à remplacer avant le {date}.
Issue de secours obstruée par des boîtes au sous-sol; correctif demandé d'ici {n} jours.
Cheminée ramonée en {annee}; aucune accumulation de créosote.
Inspection de {n} logements, {n2} avis de non-conformité.
Pression d'eau mesurée à {kpa} kPa au poteau incendie.
Gicleurs inspectés à l'{ecole}; rapport transmis au SSI.
""")
fam(K, "stats_policieres", None, """
Hausse de {pct} des vols de véhicules par rapport à {annee}.
{n} collisions avec blessés sur la {route} cette année.
Le nombre d'introductions par effraction est stable dans la {mrc}.
Opération nationale concertée : {nn} constats d'infraction remis.
Taux de solution des crimes contre la propriété : {pct}.
""")
fam(K, "correctionnel_stats", None, """
Population moyenne quotidienne : {nn} personnes incarcérées.
Taux d'occupation de l'établissement de détention : {pct}.
{n} transferts interétablissements au cours du mois.
Durée moyenne de séjour : {n2} jours.
Programmes de réinsertion offerts dans {n2} établissements.
""")
fam(K, "meteo", None, """
Avertissement de pluie : {mm} mm attendus d'ici demain sur la {mrc}.
Température de {temp} prévue cette nuit, risque de verglas.
Vigilance orages violents pour la {mrc}.
Redoux rapide : fonte accélérée de la neige en forêt, {mm} mm d'équivalent en eau.
Avis de chaleur extrême à {ville}, humidex de 40.
Brouillard givrant sur la {route} jusqu'à {h}.
""")
fam(K, "dates_evenements", None, """
Bilan de la crue du {date} : {n} municipalités touchées.
Comme lors des inondations de 2017 et 2019, la {rue} a été fermée.
La tempête de verglas de 1998 reste la référence pour la {mrc}.
Rapport post-événement de la crue du {date2} déposé.
Glissement du {date} : travaux de stabilisation terminés.
Déluge du Saguenay de 1996 : commémoration le {date}.
""")
fam(K, "routes_km", None, """
{route} fermée au km {km} à cause d'un affaissement.
Chaussée glissante sur la {route} entre les km {km} et {n2}.
Réouverture de la {route} prévue à {h}.
Circulation en alternance sur la {route}, près du km {km}.
Ponceau endommagé sous la {route}, limite de charge imposée.
""")
fam(K, "equipement", None, """
Pompe submersible 3 po et {n2} génératrices de {kw} kW livrées.
Inventaire : {nn} sacs de sable, {n} boudins, {n2} barrières.
Embarcation de sauvetage remise en service à {ville} après inspection.
Radio portative défectueuse à la caserne de {ville}, à remplacer.
Camion-citerne de {nn} litres en réserve à la caserne.
{n} lits de camp et {nn} couvertures livrés {au_centre}.
""")
fam(K, "procedures", None, """
Activer l'organisation municipale de sécurité civile de {ville} dès le niveau 2.
Procédure : aviser le COG, puis le centre de coordination régional, avant {h}.
Mise à jour du plan de sécurité civile de la {mrc} prévue en {annee}.
Rappel : remplir le registre des interventions à chaque quart ({h} et {h2}).
Tester les sirènes de {ville} le premier lundi du mois à {h}.
Exercice de table prévu le {date} avec la {mrc}.
""")
fam(K, "mots_communs_ambigus", None, """
Le boulanger du village de {ville} a fermé boutique pendant la panne.
Pierre concassée livrée à {h} pour stabiliser la berge de la {riv}.
Drapeau rouge hissé à la plage de {ville}, baignade interdite.
La rose des vents indique un vent du nord-est à {vent}.
Neige blanche et poudreuse, visibilité réduite sur la {route}.
Un martin-pêcheur a été observé près de la passe migratoire de la {riv}.
Le boucher et le boulanger du marché public de {ville} offrent des repas.
Drapeaux en berne à l'hôtel de ville de {ville} jusqu'au {date}.
""")
fam(K, "numeros_unites", None, """
{unite} affectée au secteur sud.
Remplacement de la pompe du véhicule {unite} prévu le {date}.
{unite} et {unite2} en stationnement au poste de commandement.
Le véhicule {unite} est hors service pour entretien depuis {h}.
""")
fam(K, "services_numeros_courts", None, """
Résidents de {ville} : pour de l'information non urgente, composer le 511 ou le 211.
En cas de symptômes liés à la fumée, appeler Info-Santé 811 (avis émis à {h}).
Urgence : composer le 911. Sur la {route} : *4141.
Info-Social 811 option 2 est disponible en tout temps pour les sinistrés de la {mrc}.
Conditions routières sur la {route} : Québec 511.
Ligne 211 ouverte pour les citoyens de {ville} jusqu'à {h}.
""")
fam(K, "ages_objets", None, """
Le barrage, âgé de {n} ans, fera l'objet d'une inspection le {date}.
Ponceau de {n} ans remplacé en urgence sur la {route}.
Bâtiment municipal de {n2} ans à {ville}, toiture à refaire.
La caserne de {ville} a été construite il y a {n} ans.
L'aréna centenaire de {ville} sert de centre d'hébergement.
Le pont couvert de {ville}, vieux de {n} ans, est fermé aux véhicules.
""")
fam(K, "sante_publique_generale", None, """
Avis d'ébullition préventif en vigueur à {ville} depuis {h}.
Qualité de l'air mauvaise dans la {mrc} à cause de la fumée des feux de forêt.
Distribution de masques N95 {au_centre}.
Rappel : ne pas utiliser de génératrice à l'intérieur (risque de CO); {n} appels reçus à {ville}.
Vaccination contre le tétanos offerte aux bénévoles du nettoyage {au_centre}.
Levée de l'avis d'ébullition pour le secteur de la {rue} à {h}.
""")
fam(K, "commerces_sans_personne", None, """
Le Metro de {ville} est fermé pendant la panne.
L'usine Alcoa a suspendu ses opérations jusqu'à {h}.
La fromagerie du village de {ville} distribue des produits aux sinistrés.
Le CHSLD de {ville} est alimenté par génératrice.
La caisse Desjardins de {ville} offre un report de paiements.
Le Tim Hortons de {ville} sert de halte-chaleur jusqu'à {h}.
""")
fam(K, "barrages_centrales", None, """
Le {barrage} fonctionne à débit réduit depuis {h}.
Ouverture de deux vannes au {barrage} à {h}.
Niveau du {barrage} : {niveau} sous la cote maximale.
Inspection annuelle du {barrage} complétée le {date}.
Débit sortant du {barrage} : {debit}.
""")
fam(K, "parcs_arenas", None, """
Le {parc} est fermé à cause des chutes d'arbres.
Les sentiers du {parc} rouvrent le {date}.
Stationnement du {parc} utilisé comme zone de rassemblement à {h}.
Feux d'artifice annulés au {parc}.
{centre_cap} accueille {n} personnes depuis {h}.
""")
fam(K, "autoroutes_nommees", None, """
L'{autoroute} est fermée en direction est depuis {h}.
Accident multiple sur l'{autoroute}, {n} véhicules impliqués.
Réouverture de l'{autoroute} à {h}.
Bouchon de {n2} km sur l'{autoroute}.
Chaussée glacée sur l'{autoroute} près de la sortie {km}.
""")
fam(K, "chronologie_heures", None, """
{h} appel reçu; {h2} arrivée des premiers intervenants.
Chronologie : alerte à {h}, évacuation terminée à {h2}.
{h} : fin du pompage. {h2} : levée du périmètre.
Début de la crue à {h}; pointe atteinte à {h2}.
""")
fam(K, "liste_pipe", None, """
Secteur | Résidences | Statut | {ville}
Secteur nord | {n} | évacué
Municipalité | {ville} | niveau 2
Route | {route} | fermée depuis {h}
Rivière | {riv} | {niveau}
Centre | {centre_nu} | {n2} places
""")
fam(K, "familles_programmes", None, """
La Maison de la famille de {ville} offre des repas chauds aux sinistrés.
Programme de soutien aux familles touchées par les inondations de la {mrc}.
Activités pour les familles {au_centre} cette fin de semaine.
Les familles évacuées de {ville} peuvent récupérer des vêtements au sous-sol de l'église.
{n} familles ont reçu des bons d'achat de la Croix-Rouge.
Halte-garderie pour les familles sinistrées {au_centre}, de {h} à {h2}.
""")
fam(K, "references_administratives", None, """
Arrêté ministériel {decret} publié à la Gazette officielle.
Numéro d'événement {evt} fermé.
Station hydrométrique {station} hors service.
Résolution {decret} adoptée par le conseil municipal.
""")
fam(K, "organismes", None, """
Coordination entre la SOPFEU, la SQ et le MTMD au COG de {ville}.
La Croix-Rouge gère l'inscription des sinistrés {au_centre}.
{org} et {org2} participent à la rencontre de {h}.
L'ORSC se réunit chaque matin à {h}.
Le CISSS déploie une équipe psychosociale à {ville}.
Hydro-Québec et la municipalité coordonnent le délestage à {h}.
""")
fam(K, "personnes_anonymes_comptees", None, """
Une personne a été relogée à {ville}; aucun blessé.
Deux occupants ont été évacués par les pompiers vers {h}.
Trois personnes âgées ont été transportées {au_centre}.
Aucun résident ne se trouvait dans le bâtiment lors de l'arrivée de l'{unite}.
Une dizaine de citoyens se sont présentés à la séance d'information de {h}.
{n} personnes inscrites au registre des sinistrés de {ville}.
""")
fam(K, "communautes_nordiques", None, """
Livraison de carburant à {nord} retardée par la glace.
Vols d'évacuation planifiés depuis {nord} vers Chibougamau.
Le conseil de bande de {nord} active son plan d'urgence.
Coupure d'internet à {nord} depuis {h}.
""")
fam(K, "lieux_saints", None, """
Inondation à Saint-Jean-sur-Richelieu : {n} rues fermées.
Sainte-Anne-des-Monts : vents de {vent} sur la côte.
Fête de la Saint-Jean annulée à {ville} en raison des feux.
Sainte-Marthe-sur-le-Lac surveille la digue depuis {h}.
L'église {saint} de {ville} sert de point de ravitaillement.
Saint-Georges : la rivière Chaudière atteint {niveau}.
""")
fam(K, "edifices_noms_personnes", None, """
L'édifice Marie-Guyart est évacué pour un exercice à {h}.
Le Centre Père-Sablon accueille les bénévoles à partir de {h}.
La salle Albert-Rousseau sert de centre de répit jusqu'au {date}.
Le Palais Montcalm reporte ses spectacles prévus le {date}.
La bibliothèque Gabrielle-Roy ouvre une halte-chaleur de {h} à {h2}.
L'édifice Price est fermé à cause d'une panne de {n} heures.
""")
fam(K, "sms_telegraphique", None, """
ok pour sac de sable, {n} livres a {ville}
route barree au pont, passez par le rang {n2}
centre ferme a {h}
tout est beau secteur nord, eau a {niveau}
eau baisse, on rentre vers {h}
pompe {n2} en panne, besoin d'une autre
""")
fam(K, "nombres_ressemblant", None, """
Débit de 418 m³/s mesuré à {h} sur la {riv}.
Altitude du seuil : 514,23 m; niveau actuel {niveau} sous la crête.
Volume retenu : 1 450 000 m³ au réservoir, hausse de {cm} cm.
Puissance installée de 819 MW à la centrale, {n} groupes en service.
Charge maximale de 38 500 kg sur le {pont}.
Altitude de 263,5 m au seuil de la digue de {ville}.
""")
fam(K, "dates_formats_divers", None, """
Événement du {date} : crue printanière.
Rapport du 2019-04-26 déposé au conseil de {ville}.
Intervention du 04/05/17 terminée à {h}.
Réunion de bilan le {date2} à {h}.
Avis publié le 1er mai {annee} par la {mrc}.
Crue du 22/04/2019 : {n} résidences touchées.
""")
fam(K, "anglais_complet", None, """
Water levels on the {riv} are expected to peak tomorrow morning.
All residents of {ville} have returned home; the shelter is closed.
The {pont} remains closed pending inspection.
Heavy rain warning for the {mrc} tonight, {mm} mm expected.
Boil-water advisory lifted in {ville} at {h}.
Crews restored power to {nn} customers overnight.
""")
fam(K, "postes_sans_nom", None, """
Le préventionniste a inspecté {n} bâtiments à {ville}.
L'agente de la SQ a fermé la {route} à {h}.
Le technicien de garde a réparé la pompe à {h}.
La répartitrice a transmis l'appel au SSI de {ville}.
Le pompier de garde confirme la fin d'intervention à {h}.
L'inspecteur municipal a rencontré les entrepreneurs le {date}.
""")
fam(K, "intersections", None, """
Collision au coin {voie_nommee} et {voie_nommee2}, sans blessé.
Feu de circulation en panne à l'intersection de la {rue} et de la {rue2}.
Accumulation d'eau à l'angle {voie_nommee} / {voie_nommee2}.
Nid-de-poule signalé au coin {voie_nommee} et {voie_nommee2}.
""")
fam(K, "noms_saints_rivieres", None, """
La rivière Jacques-Cartier déborde près de la passe, hausse de {cm} cm.
Le lac Saint-Jean atteint {niveau} à Roberval.
Rivière Sainte-Anne : embâcle en formation depuis {h}.
Le lac Saint-Pierre est sous surveillance jusqu'au {date}.
La rivière Saint-Maurice atteint {debit} à {h}.
Le lac Saint-François est à {niveau}, stable.
""")
fam(K, "mrc_noms_personnes", None, """
La {mrc} adopte son plan de sécurité civile.
Réunion des directeurs incendie de la {mrc} le {date}.
La {mrc} coordonne la distribution d'eau potable.
Schéma de couverture de risques de la {mrc} en révision.
""")
fam(K, "logistique_benevoles", None, """
{n} bénévoles inscrits pour le quart de nuit.
Horaire des bénévoles affiché {au_centre}.
Besoin de {n2} bénévoles pour le nettoyage samedi.
Formation des bénévoles prévue à {h}.
""")
fam(K, "infrastructures_municipales", None, """
Bris d'aqueduc sur la {rue}, avis d'ébullition émis.
Station de pompage de {ville} en surcharge depuis {h}.
Digue rehaussée de {cm} cm sur {n} mètres.
Égout pluvial bloqué par les débris sur la {rue}.
Réservoir d'eau potable de {ville} à {pct} de sa capacité.
Ponceau de la {route} dégagé à {h}.
""")
fam(K, "communication_publique", None, """
Communiqué diffusé à {h} sur le site de la municipalité de {ville}.
Les citoyens de la {mrc} sont invités à suivre les consignes sur Québec.ca.
Alerte Québec En Alerte envoyée aux cellulaires de la {mrc} à {h}.
Point de presse conjoint à {h} à l'hôtel de ville de {ville}.
Publication Facebook de la municipalité : {n} partages en une heure.
Affiches installées {au_centre} et à l'épicerie.
""")


# ---------------------------------------------------------------------------
# moteur
# ---------------------------------------------------------------------------

_FMT = string.Formatter()
_VRE = re.compile(r"(V\d?)(?:_(cap|de|a|bare))?")
CTX["unite2"] = CTX["unite"]
CTX["org2"] = CTX["org"]


def _fields(tmpl):
    return [f for _, f, _, _ in _FMT.parse(tmpl) if f]


def _as3(v):
    return v if isinstance(v, tuple) else ("", v, "")


def _gen_value(fn, rng, side):
    for _ in range(500):
        v = _as3(fn(rng, side))
        if v[1] and v[1] == v[1].strip() and side_of(v[1]) == side:
            return v
    raise RuntimeError(f"aucune valeur du côté {side} pour {fn}")


def _contract(val, mod):
    table = _DE if mod == "de" else _A
    for k in sorted(table, key=len, reverse=True):
        if val.startswith(k):
            return table[k] + val[len(k):]
    return ("de " if mod == "de" else "à ") + val


def _ctx_value(field, rng):
    mod = None
    base = field
    for m in ("_cap", "_de", "_a"):
        if field.endswith(m):
            base, mod = field[:-len(m)], m[1:]
            break
    if base in CTX:
        val = CTX[base](rng)
    elif base.lower() in CTX:
        val = strip_accents(CTX[base.lower()](rng)).upper()
    else:
        raise KeyError(f"champ de contexte inconnu : {field}")
    if mod in ("de", "a"):
        val = _contract(val, mod)
    return val[0].upper() + val[1:] if mod == "cap" else val


def _side_templates(templates, side):
    return templates[side::2]


def _make_cell(kind, fname, vfn, tmpl, rng, side, seen):
    fields = _fields(tmpl)
    fallback = None
    for _ in range(120):
        raw, vals = {}, {}
        for f in fields:
            if f in vals:
                continue
            m = _VRE.fullmatch(f)
            if m:
                key = m.group(1)
                if key not in raw:
                    fn = (vfn.get(key, vfn["V"]) if isinstance(vfn, dict) else vfn)
                    raw[key] = _gen_value(fn, rng, side)
                vals[f] = _render(raw[key], m.group(2))
            else:
                vals[f] = _ctx_value(f, rng)
        text = tmpl.format(**vals)
        planted = tuple(raw[k][1] for k in sorted(raw))
        ok = len(set(planted)) == len(planted)
        ok = ok and all(text.count(p) == 1 for p in planted)
        ok = ok and not any(p != q and p in q for p in planted for q in planted)
        if kind != "propre" and not planted:
            ok = False
        if not ok:
            continue
        cell = Cell(text=text, kind=kind, family=fname, planted=planted)
        if text not in seen:
            return cell
        fallback = fallback or cell
    if fallback is None:
        raise RuntimeError(f"gabarit impossible à remplir : {fname} :: {tmpl}")
    return fallback


def generate(split: str, per_family: int = 20, seed: int = 0) -> list[Cell]:
    if split not in SPLITS:
        raise ValueError(f"split inconnu : {split}")
    side = SPLITS.index(split)
    out: list[Cell] = []
    for kind, fname, vfn, templates in FAMILIES:
        rng = random.Random(f"gen6|{seed}|{split}|{fname}")
        tmpls = list(_side_templates(templates, side))
        rng.shuffle(tmpls)
        seen: set = set()
        for i in range(per_family):
            cell = _make_cell(kind, fname, vfn, tmpls[i % len(tmpls)], rng, side, seen)
            seen.add(cell.text)
            out.append(cell)
    return out


def self_check(per_family: int = 20, seed: int = 0) -> list[str]:
    problems: list[str] = []
    by_kind = Counter(k for k, _, _, _ in FAMILIES)
    for k in KINDS:
        if by_kind[k] < 22:
            problems.append(f"{k}: seulement {by_kind[k]} familles (< 22)")
    if by_kind["propre"] < 45:
        problems.append(f"propre: seulement {by_kind['propre']} familles (< 45)")
    names = [f for _, f, _, _ in FAMILIES]
    for f, c in Counter(names).items():
        if c > 1:
            problems.append(f"famille en double : {f}")
    tmpl_side = [set(), set()]
    for kind, fname, vfn, templates in FAMILIES:
        for side in (0, 1):
            st = _side_templates(templates, side)
            if not st:
                problems.append(f"{fname}: aucun gabarit pour {SPLITS[side]}")
            tmpl_side[side].update(st)
        for t in templates:
            has_v = any(_VRE.fullmatch(f) for f in _fields(t))
            if (kind == "propre") == has_v:
                problems.append(f"{fname}: gabarit incohérent avec la sorte : {t}")
    shared_t = tmpl_side[0] & tmpl_side[1]
    for t in sorted(shared_t):
        problems.append(f"gabarit partagé entre partitions : {t}")
    planted_norm = [set(), set()]
    for side, split in enumerate(SPLITS):
        try:
            cells = generate(split, per_family, seed)
        except Exception as e:  # pragma: no cover
            problems.append(f"{split}: échec de génération : {e}")
            continue
        counts = Counter(c.family for c in cells)
        for _, fname, _, _ in FAMILIES:
            if counts[fname] < per_family:
                problems.append(f"{split}/{fname}: {counts[fname]} cellules (< {per_family})")
        for c in cells:
            if c.kind not in KINDS and c.kind != "propre":
                problems.append(f"{split}: sorte inconnue {c.kind}")
            if not c.family.startswith(c.kind + "."):
                problems.append(f"{split}: famille {c.family} incohérente avec {c.kind}")
            if c.kind == "propre" and c.planted:
                problems.append(f"{split}/{c.family}: cellule propre avec valeurs plantées")
            if c.kind != "propre" and not c.planted:
                problems.append(f"{split}/{c.family}: aucune valeur plantée : {c.text}")
            if "{" in c.text or "}" in c.text:
                problems.append(f"{split}/{c.family}: champ non rempli : {c.text}")
            for p in c.planted:
                if not p or p not in c.text:
                    problems.append(f"{split}/{c.family}: « {p} » absent de « {c.text} »")
                elif c.text.count(p) != 1:
                    problems.append(f"{split}/{c.family}: « {p} » apparaît plusieurs fois dans « {c.text} »")
                planted_norm[side].add(norm(p))
    shared_v = planted_norm[0] & planted_norm[1]
    for v in sorted(shared_v)[:50]:
        problems.append(f"valeur plantée partagée entre partitions : {v}")
    return problems


def _stats(per_family, seed):
    for split in SPLITS:
        cells = generate(split, per_family, seed)
        print(f"== {split} : {len(cells)} cellules")
        kc = Counter(c.kind for c in cells)
        fc = defaultdict(Counter)
        for c in cells:
            fc[c.kind][c.family] += 1
        for k in KINDS + ("propre",):
            nfam = len(fc[k])
            uniq = len({c.text for c in cells if c.kind == k})
            print(f"  {k:15s} {kc[k]:5d} cellules  {nfam:3d} familles  {uniq:5d} textes distincts")
        print("  -- par famille")
        for k in KINDS + ("propre",):
            for f, n in sorted(fc[k].items()):
                uniq = len({c.text for c in cells if c.family == f})
                print(f"    {f:50s} {n:3d}  (distincts {uniq})")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--split", choices=SPLITS, default="dev6")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    if a.check:
        t0 = time.time()
        probs = self_check(a.per_family, a.seed)
        for p in probs:
            print(p)
        print(f"{len(probs)} problème(s) ; {time.time() - t0:.2f} s")
        return 1 if probs else 0
    if a.stats:
        _stats(a.per_family, a.seed)
    if a.show:
        cells = generate(a.split, a.per_family, a.seed)
        byf = defaultdict(list)
        for c in cells:
            byf[c.family].append(c)
        for f, cs in byf.items():
            print(f"## {f}")
            for c in cs[:a.show]:
                print(f"  {c.text!r}  ->  {list(c.planted)}")
    if not (a.check or a.stats or a.show):
        ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
