#!/usr/bin/env python3
"""Blind test-corpus generator (fourth hand) for a personal-information scrubber.

Québec civil-security free-text comments (ops logs, event descriptions,
disaster-assistance file notes, fire reports, police/corrections notes,
dispatch notes).  Standard library only.

Design
------
* Each family = (kind, name, templates).  Templates with even index go to
  split "dev4", odd index to "heldout4" (no template shared).
* Placeholders: ``{*gen}`` = planted personal value produced by generator
  ``gen``; ``{gen}`` = clean filler; ``{=gen}`` = repeat last value of gen
  (planted if the original was).  Gender helpers: {e} {Mme} {il} {Il} {le}
  {un} {x} (f/m chosen per cell).
* Template prefix ``!U|`` upper-cases the cell, ``!L|`` lower-cases it,
  ``!A|`` strips accents (combinable: ``!UA|``).  Transforms are char-local,
  so planted values stay verbatim substrings.
* Every value pool is partitioned between the two splits by a stable hash of
  the normalised value, and every planted string must itself hash to the
  cell's split (rejection sampling).  Planted sets are therefore disjoint
  for any (per_family, seed) combination.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

KINDS = ("nom", "adresse", "age", "date_naissance", "sante", "courriel",
         "telephone", "plaque", "identifiant", "lien_familial", "lieu_travail")
SPLITS = ("dev4", "heldout4")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str
    family: str
    planted: tuple[str, ...]


# ---------------------------------------------------------------------------
# normalisation / partition
# ---------------------------------------------------------------------------

def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def norm(s: str) -> str:
    s = strip_accents(s.lower())
    return "".join(ch for ch in s if ch.isalnum())


def side(value: str) -> int:
    """0 -> dev4, 1 -> heldout4 (stable across runs and machines)."""
    return hashlib.md5(("gen4|" + norm(value)).encode("utf-8")).digest()[0] & 1


_PART_CACHE: dict = {}


def part(pool, split_idx):
    try:
        key = (tuple(pool), split_idx)
        hash(key)
    except TypeError:
        key = (id(pool), split_idx)
    got = _PART_CACHE.get(key)
    if got is None:
        got = [v for v in pool if side(v if isinstance(v, str) else v[0]) == split_idx]
        if not got:  # tiny pool: fall back to alternating
            got = list(pool)[split_idx::2]
        _PART_CACHE[key] = got
    return got


# ---------------------------------------------------------------------------
# value pools
# ---------------------------------------------------------------------------

def _w(s):
    return [x.strip() for x in s.split(";") if x.strip()]


COMM = {}
COMM["fc"] = (
    _w("Marie; Josée; Nathalie; Sylvie; Chantal; Manon; Isabelle; Geneviève; Mélanie; Julie; Karine; Annie;"
       "Caroline; Stéphanie; Valérie; Véronique; Marie-Ève; Marie-Josée; Marie-Claude; Marie-Pier; Anne-Marie;"
       "Audrey; Catherine; Émilie; Lise; Louise; Ginette; Francine; Huguette; Jocelyne; Diane; Micheline;"
       "Monique; Thérèse; Rita; Yvette; Gisèle; Pierrette; Réjeanne; Claudette; Denise; Carole; Johanne; Line;"
       "Lucie; France; Danielle; Martine; Brigitte; Sophie; Mélissa; Vanessa; Jade; Léa; Rosalie; Océane;"
       "Maïka; Noémie; Camille; Florence; Laurence; Gabrielle; Maude; Ariane; Cindy; Nancy; Guylaine;"
       "Jacinthe; Solange; Colette; Raymonde; Fernande; Georgette; Rollande; Laurette; Madeleine; Cécile;"
       "Aline; Ghislaine; Noëlla; Yolande; Évangéline; Clarisse; Marie-Soleil; Andrée-Anne; Josiane; Mireille"),
    _w("Jean; Pierre; Michel; André; Gilles; Réjean; Gaétan; Normand; Serge; Denis; Daniel; Alain; Sylvain;"
       "Stéphane; Martin; Éric; Sébastien; Mathieu; Jonathan; Maxime; Alexandre; Simon; Vincent; Guillaume;"
       "François; Jean-François; Jean-Philippe; Pierre-Luc; Marc-André; Jean-Guy; Jean-Marc; Luc; Marc; Yvon;"
       "Roger; Raymond; Fernand; Marcel; Lucien; Rosaire; Adrien; Aurèle; Conrad; Gérard; Bertrand; Ghislain;"
       "Jacques; Robert; René; Yves; Germain; Rénald; Jocelyn; Dany; Steve; Jimmy; Frédéric; Dominic;"
       "Benoît; Carl; Samuel; William; Thomas; Félix; Olivier; Zachary; Nathan; Loïc; Jérémy; Xavier; Antoine;"
       "Émile; Raphaël; Louis; Charles; Hugo; Tommy; Jean-Sébastien; Louis-Philippe; Bruno; Christian; Mario;"
       "Léo-Paul; Jean-Yves; Guy; Paul-Émile; Donat; Wilfrid; Rodrigue; Éloi; Cédric; Keven"),
    _w("Tremblay; Gagnon; Roy; Côté; Bouchard; Gauthier; Morin; Lavoie; Fortin; Gagné; Ouellet; Pelletier;"
       "Bélanger; Lévesque; Bergeron; Paquette; Girard; Simard; Boucher; Caron; Beaulieu; Cloutier; Dubé;"
       "Fournier; Lapointe; Leclerc; Lefebvre; Poulin; Thibault; Nadeau; Landry; Martel; Bédard; Grenier;"
       "Lessard; Bernier; Michaud; Desjardins; Couture; Turcotte; Parent; Blais; Gosselin; Savard; Proulx;"
       "Beaudoin; Demers; Perreault; Lemieux; Perron; Dufour; Dion; Mercier; Bolduc; Bérubé; Langlois;"
       "Ménard; Laplante; Massé; Rioux; Vachon; Guay; Villeneuve; Tardif; Charbonneau; Labrecque; Larouche;"
       "Brassard; Gilbert; Dionne; Lemay; Deschênes; Plourde; Audet; Bilodeau; Fillion; Vaillancourt;"
       "Labelle; Trudel; Drouin; Gingras; Lacroix; Rousseau; Gervais; Labbé; Marcoux; Paré; Veilleux;"
       "Asselin; Pomerleau; Rancourt; Gravel; Ducharme; Auclair; Beauchemin; Brochu; Jobin; Laflamme;"
       "Lalonde; Larochelle; Leduc; Marceau; Mongeau; Pilon; Quirion; Sirois; Turgeon; Vézina; Boily;"
       "Duchesne; Belzile; Bouffard; Chabot; Corriveau; Desrochers; Doyon; Frenette; Guimond; Houle;"
       "Jalbert; Lacasse; Morissette; Nolin; Ouimet; Pépin; Séguin; Tanguay; Voyer; Bourassa; Chouinard;"
       "Dallaire; Éthier; Fréchette; Grondin; Hamel; Jutras; Lizotte; Maltais; Pouliot; Sasseville;"
       "Turmel; Allard; Bisson; Campeau; Daigle; Émond; Falardeau; Gaudreault; Hudon; Imbeault; Jolicoeur;"
       "Kirouac; Lortie; Mailloux; Néron; Otis; Potvin; Robitaille; Saucier; Thibodeau; Yelle; Paradis;"
       "Giroux; Boulet; Goulet; Roberge; Lachapelle; Létourneau; Rochette; Bussières; Déry; Harnois"),
)
COMM["acadien"] = (
    _w("Évangéline; Clarisse; Rachelle; Aurore; Bernadette; Edna; Zélia; Mathilde"),
    _w("Aldéric; Alcide; Télesphore; Onésime; Gilmond; Réginald; Médard; Ulysse"),
    _w("Cormier; Arsenault; Thériault; Boudreau; Poirier; Gallant; Doucet; Robichaud; Chiasson; Cyr;"
       "Bourque; Haché; Savoie; Babineau; Comeau; Gaudet; Léger; Aucoin; Vigneau; Déraspe; Bourgeois;"
       "Hébert; Arseneau; Chevarie; Turbide; Boudreault; Petitpas; Cormier-Landry; Richard"),
)
COMM["irlandais"] = (
    _w("Shannon; Colleen; Kathleen; Bridget; Fiona; Heather; Siobhan; Maureen; Eileen; Moira; Deirdre"),
    _w("Patrick; Sean; Kevin; Ian; Duncan; Malcolm; Douglas; Ryan; Brendan; Liam; Angus; Seamus"),
    _w("Ryan; O'Neill; O'Brien; McCarthy; Murphy; Kelly; Flanagan; Doyle; McGraw; MacDonald; McKenzie;"
       "Fraser; Stewart; Campbell; McLean; Burke; Walsh; Kennedy; Daly; Sheehan; Quinn; McNicoll;"
       "Morrison; McInnes; O'Shaughnessy; MacLeod; O'Farrell; McGuire; Mulcair; Gallagher"),
)
COMM["innu"] = (
    _w("Shanice; Mélodie; Uapukun; Kanani; Nishka; Évelyne; Shushan"),
    _w("Tshiuetin; Uapistan; Jean-Charles; Kevin; Réginald; Anicet; Sylvestre"),
    _w("Vollant; Mestokosho; Bellefleur; Pinette; Ashini; Pietacho; Kaltush; Malec; Jourdain; Grégoire;"
       "Rock; Bacon; Basile; Fontaine; St-Onge; Picard; Andrew; Hervieux; Napish; Régis"),
)
COMM["atikamekw"] = (
    _w("Sipi; Nakuset; Wapikoni; Cyndie; Josianne; Mireille; Véronique"),
    _w("Wapan; Kokoc; Sakay; Roch; Norman; Christian; Ernest"),
    _w("Ottawa; Awashish; Petiquay; Niquay; Flamand; Chilton; Coocoo; Quitich; Mattawa; Moar; Echaquan;"
       "Newashish; Néqua; Weizineau; Boivin; Dubé-Ottawa; Chachai; Méquish"),
)
COMM["cri"] = (
    _w("Bella; Minnie; Daisy; Sarah; Maggie; Juliette; Kathleen"),
    _w("Abel; Romeo; Matthew; Sinclair; Elijah; Gordon; Emmett"),
    _w("Bosum; Mianscum; Gull; Coon Come; Diamond; Blackned; Shecapio; Wapachee; Neeposh; Matches;"
       "Saganash; Petawabano; Iserhoff; Etapp; Masty; Bearskin; Georgekish; Pachano; Happyjack; Mark-Stewart"),
)
COMM["mohawk"] = (
    _w("Kahentinetha; Kahente; Kanerahtiio; Karonhiio; Tekahionwake; Waneek"),
    _w("Tekaronhiake; Kanenhariyo; Teiotsatonteh; Aronhiaies; Sakokwenionkwas; Rotiio"),
    _w("Diabo; Deer; Jacobs; Montour; McComber; Stacey; Delisle; Horne; Beauvais; Zacharie; Goodleaf;"
       "Two-Axe; Kirby; Norton; Sky; Cross; Lazare; Phillips; Rice; Gabriel"),
)
COMM["inuit"] = (
    _w("Lizzie; Siasi; Elisapie; Taqralik; Annie; Kitty; Sarollie; Maggie; Qiallak; Nellie"),
    _w("Jaaji; Paulusie; Adamie; Lucassie; Eli; Willie; Aisa; Jobie; Putulik; Tomassie; Johnny"),
    _w("Annanack; Kasudluak; Qumaluk; Tulugak; Nappaaluk; Alaku; Tukalak; Ningiuruvik; Mesher;"
       "Angatookalook; Kritik; Papigatuk; Snowball; Koneak; Uqaituk; Iqiquq; Amamatuak; Aragutak;"
       "Kumarluk; Ittukallak; Watt; Saunders"),
)
COMM["haitien"] = (
    _w("Widlyne; Fedna; Nadège; Roselande; Ketly; Marjorie; Kerline; Wideline; Guerline; Marie-Ange;"
       "Darline; Yves-Rose; Rosemène; Lovelie; Mirlande; Nathalie; Phédora"),
    _w("Mackenson; Wilner; Jean-Robert; Fritznel; Stanley; Rony; Fritz; Jocelyn; Jameson; Wilson;"
       "Frantz; Ronald; Evens; Jean-Ernest; Dieunel"),
    _w("Jean-Baptiste; Pierre-Louis; Joseph; Saint-Fleur; Louis-Jean; Dorvil; Estimé; Célestin;"
       "Jean-Charles; Dorsainvil; Augustin; Toussaint; Lamour; Exantus; Mésidor; Fils-Aimé; Bien-Aimé;"
       "Jeune; Dieujuste; Dorcé; Innocent; Métellus; Saint-Louis; Jean-Gilles; Désir; Pierre-Paul"),
)
COMM["maghreb"] = (
    _w("Nadia; Fatima; Amina; Leïla; Yasmine; Khadija; Soraya; Malika; Zineb; Imane; Salma; Hind;"
       "Rania; Samira; Nour; Meriem"),
    _w("Mohamed; Karim; Yacine; Rachid; Samir; Sofiane; Mehdi; Walid; Nabil; Hakim; Djamel; Farid;"
       "Anis; Bilal; Youssef; Abdelkader; Hamza"),
    _w("Benali; Bouzid; Belkacem; Cherif; Amrani; El Idrissi; Benjelloun; Saïdi; Aït Ahmed; Meziane;"
       "Benamar; Chaoui; Toumi; Hamdi; Ouali; Bensaïd; Lahlou; Zeroual; Kaci; Belhadj; Boudiaf; Tahiri;"
       "Ben Youssef; Ben Amor; Mansouri; Ben Salah; Bouazza"),
)
COMM["libanais"] = (
    _w("Joumana; Nayla; Roula; Nadine; Rima; Myriam; Carla; Rana; Layal"),
    _w("Georges; Elie; Rami; Ziad; Fadi; Tony; Maroun; Jihad; Sami; Charbel; Walid"),
    _w("Khoury; Haddad; Nassar; Saad; Hajjar; Abboud; Sfeir; Kassab; Makhoul; Rizk; Azar; Aoun; Chami;"
       "Karam; Fakhoury; Daher; Nader; Najjar; Tannous; El Khoury; Abi Khalil; Abou Jaoudé; Bou Malhab"),
)
COMM["vietnamien"] = (
    _w("Thi Lan; Hoa; Linh; Phuong; Huong; Mai; Thuy; Trang; Ngoc Anh; Thi Hoa; Bich"),
    _w("Minh; Tuan; Hung; Thanh; Quang; Bao; Duc; Khanh; Long; Nam; Van Hai"),
    _w("Nguyen; Tran; Le; Pham; Hoang; Phan; Vu; Dang; Bui; Do; Ngo; Duong; Ly; Truong; Dinh; Huynh;"
       "Nguyen Thi; Tran Van; Le Thi; Pham Van"),
)
COMM["chinois"] = (
    _w("Jing; Li Na; Hui; Yan; Mei; Xin; Ying; Xiaoli; Shu Fen; Cindy"),
    _w("Wei; Xiaoming; Ming; Jun; Lei; Hao; Jie; Zhiwei; Kwok; Tak Ming"),
    _w("Wang; Zhang; Liu; Chen; Yang; Huang; Zhao; Wu; Zhou; Xu; Sun; Zhu; Guo; Lin; Gao; Luo; Cheung;"
       "Wong; Chan; Leung; Lau; Ng; Tam; Lam"),
)
COMM["latino"] = (
    _w("Sofía; Valentina; Camila; Gabriela; Daniela; Fernanda; Ximena; Guadalupe; María José; Ana María;"
       "Rosa María; Luz Marina; Yesenia"),
    _w("José; Juan Carlos; Alejandro; Diego; Andrés; Luis; Carlos; Jorge; Mateo; Santiago; Jesús;"
       "Miguel Ángel; Wilmer; Édgar"),
    _w("Rodríguez; González; Hernández; López; Martínez; García; Pérez; Sánchez; Ramírez; Flores; Gómez;"
       "Díaz; Morales; Reyes; Cruz; Ortiz; Gutiérrez; Vargas; Castillo; Rojas; Mendoza; Aguilar; Herrera;"
       "Medina; Castro; Jiménez; Guzmán; Salazar; Alvarado; Quispe; Huamán"),
)
COMM["portugais"] = (
    _w("Maria de Fátima; Conceição; Lurdes; Fátima; Helena; Ana Paula; Graça; Filomena"),
    _w("João; Manuel; António; Fernando; Paulo; Rui; Nuno; Filipe; Tiago; Duarte"),
    _w("Silva; Santos; Ferreira; Pereira; Oliveira; Rodrigues; Martins; Sousa; Fernandes; Gonçalves;"
       "Gomes; Marques; Alves; Almeida; Ribeiro; Pinto; Carvalho; Teixeira; Moreira; Correia; Medeiros;"
       "Raposo; Furtado; Cabral; Amaral; Rebelo; Pacheco; Botelho; da Silva; dos Santos; de Sousa"),
)
COMM["italien"] = (
    _w("Carmela; Giovanna; Concetta; Rosaria; Francesca; Giulia; Assunta; Antonietta; Lina"),
    _w("Giuseppe; Antonio; Salvatore; Rocco; Domenico; Vincenzo; Marco; Luca; Nunzio; Tonino;"
       "Pasquale; Angelo; Enzo"),
    _w("Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Gallo;"
       "Conti; De Luca; Mancini; Giordano; Rizzo; Lombardi; Moretti; Di Stefano; D'Amico; Iacono;"
       "Lo Bianco; DiMaggio; Calabrese; Tedeschi; Zampino; Vaccaro; Petrucci; Cusimano; Di Iorio;"
       "Fiorentino; Mastrogiuseppe; Pizzuti"),
)
COMM["grec"] = (
    _w("Eleni; Vasiliki; Panagiota; Athena; Despina; Georgia; Kalliopi; Stavroula"),
    _w("Georgios; Dimitrios; Konstantinos; Nikos; Yannis; Kostas; Christos; Stavros; Spiros; Takis"),
    _w("Papadopoulos; Georgiou; Nikolaidis; Konstantinidis; Dimitriou; Pappas; Vlachos; Karagiannis;"
       "Christodoulou; Ioannou; Antonopoulos; Stavropoulos; Economou; Kouris; Makris; Theodorakis;"
       "Alexiou; Athanasiou; Panagiotopoulos; Kyriakos"),
)
COMM["esteuropeen"] = (
    _w("Katarzyna; Agnieszka; Olena; Oksana; Iryna; Svetlana; Natalia; Irina; Elena; Ioana; Zsófia;"
       "Ágnes; Zuzana; Halyna"),
    _w("Piotr; Tomasz; Andrzej; Dmytro; Mykola; Vasyl; Alexei; Sergei; Mihai; Radu; Bogdan; László;"
       "Jiří; Yuriy"),
    _w("Kowalski; Nowak; Wiśniewski; Wójcik; Kowalczyk; Lewandowski; Zieliński; Szymański; Petrov;"
       "Ivanov; Popescu; Ionescu; Kovač; Horvat; Novák; Dvořák; Shevchenko; Kovalenko; Bondarenko;"
       "Tkachenko; Melnyk; Popa; Dumitru; Stoica; Georgescu; Smirnov; Volkov; Kuznetsova; Sokolov;"
       "Nagy; Szabo; Tóth; Horváth"),
)
COMM["ouestafricain"] = (
    _w("Aminata; Fatoumata; Aïssatou; Mariam; Awa; Kadiatou; Abena; Ngozi; Binta; Rokia; Adjoa; Ramatoulaye"),
    _w("Mamadou; Ousmane; Moussa; Ibrahima; Seydou; Boubacar; Adama; Kofi; Kwame; Chinedu; Oumar;"
       "Souleymane; Lassana"),
    _w("Diallo; Traoré; Coulibaly; Keïta; Konaté; Sow; Ndiaye; Diop; Camara; Touré; Cissé; Ouédraogo;"
       "Sawadogo; Kaboré; Zongo; Kouassi; Koné; N'Guessan; Kouadio; Bamba; Mensah; Adjei; Owusu; Okafor;"
       "Adebayo; Nwosu; Mbaye; Sarr; Gueye; Dembélé; Sangaré; Diarra"),
)
COMM["sudasiatique"] = (
    _w("Priya; Anjali; Sunita; Harpreet; Gurpreet; Manpreet; Jaspreet; Nisha; Farhana; Tahmina; Ayesha;"
       "Kavitha; Lakshmi; Shanthi"),
    _w("Rajesh; Amit; Sanjay; Deepak; Arjun; Rohan; Imran; Tharshan; Niroshan; Vijay; Harjit; Kuldeep;"
       "Rahul; Tanvir"),
    _w("Patel; Singh; Kaur; Sharma; Gupta; Kumar; Shah; Mehta; Desai; Joshi; Reddy; Iyer; Nair; Khan;"
       "Ahmed; Hussain; Chowdhury; Rahman; Hossain; Siddiqui; Malik; Qureshi; Bhatt; Chatterjee;"
       "Banerjee; Sivakumar; Thambirajah; Rajaratnam; Gill; Sandhu; Dhillon; Grewal; Sidhu"),
)
COMM_WEIGHTS = [("fc", 40), ("acadien", 4), ("irlandais", 4), ("innu", 2), ("atikamekw", 2),
                ("cri", 2), ("mohawk", 2), ("inuit", 2), ("haitien", 5), ("maghreb", 5),
                ("libanais", 3), ("vietnamien", 3), ("chinois", 3), ("latino", 4), ("portugais", 3),
                ("italien", 4), ("grec", 2), ("esteuropeen", 3), ("ouestafricain", 3), ("sudasiatique", 3)]
AUTOCH = ("innu", "atikamekw", "cri", "mohawk", "inuit")
DIASPORA = ("haitien", "maghreb", "libanais", "vietnamien", "chinois", "latino", "portugais",
            "italien", "grec", "esteuropeen", "ouestafricain", "sudasiatique")

PARTICULES = _w("de Grandpré; de la Durantaye; de Montigny; Des Rivières; D'Amours; D'Anjou; Du Tremblay;"
                "de Varennes; de Lotbinière; de la Chevrotière; Ben Youssef; Ben Ali; Ben Hamida; McDuff;"
                "McSween; McKinnon; O'Hara; O'Bomsawin; O'Connor; St-Pierre; St-Onge; St-Laurent; Ste-Marie;"
                "St-Amand; Van Houtte; Van den Berg; da Costa; dos Reis; de Sousa; Lo Presti; Di Pietro;"
                "Abi Nader; El Hajj; Nguyen Thi; Tran Thi; Mac Isaac; Le Bouthillier; LeBlanc; DesRoches")
COMPOSES_NOMS = _w("Côté-Tremblay; Lavoie-Bergeron; Gagnon-Roy; Bouchard-Simard; Fortin-Dubé; Morin-Caron;"
                   "Pelletier-Lévesque; Girard-Leclerc; Lapointe-Cloutier; Jean-Baptiste-Roy; Nadeau-Dubois;"
                   "Boucher-Gauthier; Ouellet-Rioux; Beaulieu-Marchand; Thibault-Grenier; Bernier-Ménard;"
                   "Plourde-Sirois; Lemieux-Gosselin; Turcotte-Bédard; Dufour-Savard; Vachon-Guay")
COMPOSES_PRENOMS_F = _w("Marie-Ève; Marie-Josée; Marie-Claude; Marie-Pier; Anne-Sophie; Marie-Hélène;"
                        "Julie-Anne; Marie-Christine; Marie-France; Andrée-Anne; Marie-Noëlle; Sarah-Maude")
COMPOSES_PRENOMS_M = _w("Jean-François; Jean-Philippe; Pierre-Luc; Marc-André; Jean-Sébastien; Louis-Philippe;"
                        "Jean-Michel; Pierre-Olivier; Marc-Antoine; Jean-Christophe; Charles-Étienne;"
                        "Pierre-Yves; Jean-Nicolas; Félix-Antoine")
MOTS_NOMS = [  # names that are also common words or place names
    ("Rose", "Leblanc", "f"), ("Pierre", "Laval", "m"), ("Claude", "Rivière", "m"), ("Marie", "Lac", "f"),
    ("Blanche", "Lebrun", "f"), ("Olive", "Boulanger", "f"), ("Constance", "Fortin", "f"),
    ("Aimé", "Pelletier", "m"), ("Ange", "Boucher", "m"), ("Désiré", "Lachance", "m"),
    ("Grace", "Champagne", "f"), ("Prudence", "Roy", "f"), ("Clément", "Hiver", "m"),
    ("Lucien", "Larivière", "m"), ("Normand", "Lachance", "m"), ("Réal", "Lebœuf", "m"),
    ("Fleur", "Lamontagne", "f"), ("Aurore", "Beausoleil", "f"), ("Céleste", "Lajoie", "f"),
    ("Victoire", "Bonheur", "f"), ("Patience", "Latendresse", "f"), ("Espérance", "Labonté", "f"),
    ("Pierre", "Lapierre", "m"), ("Jean", "Bois", "m"), ("Denis", "Chevalier", "m"),
    ("Sylvain", "Marchand", "m"), ("Richard", "Fontaine", "m"), ("Paul", "Meunier", "m"),
    ("Martin", "Berger", "m"), ("Roch", "Cartier", "m"), ("Rock", "Forest", "m"), ("Claire", "Lenoir", "f"),
    ("Aube", "Després", "f"), ("Océane", "Dupont", "f"), ("Colombe", "Laforest", "f"),
    ("Jacques", "Lépine", "m"), ("Gilles", "Prince", "m"), ("Rose", "Marie", "f"), ("Pierre", "Chêne", "m"),
    ("Marc", "Lacasse", "m"), ("Lise", "Granby", "f"), ("Michel", "Lachine", "m"), ("Paul", "Côté", "m"),
    ("Soleil", "Desrosiers", "f"), ("Noël", "Sauvé", "m"), ("Pascal", "Pâquet", "m"), ("Ambre", "Beaulieu", "f"),
]
SURNOMS = _w("Ti-Gus; Ti-Jean; Ti-Paul; Ti-Loup; Ti-Guy; Ti-Noir; Ti-Mé; Ti-Bob; Ti-Pit; Ti-Louis; Ti-Jos;"
             "Ti-Gilles; Ti-Rène; Ti-Blanc; Ti-Rouge; Ti-Mine; Bébert; Fanfan; Pitou; Bouboule; Coco; Mimi;"
             "Lulu; Nono; Tit-Gaston; Ti-Clod; Ti-Marc; P'tit-Luc; Ti-Zoune; Ti-Fred")
SURNOMS_GROS = _w("gros Ben; grand Jacques; grand Simard; gros Lavoie; petit Gagnon; beau Serge; gros Ti-Guy;"
                  "grand Steve; gros Réjean; grand Bouchard; gros Mike; grand Fern; vieux Tremblay; gros Pat;"
                  "p'tit Morin; grand Gilles; gros Denis; vieux Roy; grand Côté; gros Bob; petit Leduc; grand Luc")

VILLES = _w(
    "Saint-Tite; Saint-Pamphile; Rimouski; Matane; Amqui; Sept-Îles; Baie-Comeau; Chicoutimi; Jonquière;"
    "Alma; Roberval; Dolbeau-Mistassini; Saint-Félicien; Chibougamau; Val-d'Or; Rouyn-Noranda; Amos;"
    "La Sarre; Ville-Marie; Témiscaming; Mont-Laurier; Sainte-Agathe-des-Monts; Saint-Jérôme; Mirabel;"
    "Lachute; Gatineau; Maniwaki; Shawville; Papineauville; Joliette; Rawdon; Saint-Donat; Berthierville;"
    "Trois-Rivières; Shawinigan; La Tuque; Louiseville; Nicolet; Bécancour; Drummondville; Victoriaville;"
    "Plessisville; Thetford Mines; Sherbrooke; Magog; Coaticook; Lac-Mégantic; Granby; Cowansville;"
    "Saint-Hyacinthe; Sorel-Tracy; Saint-Jean-sur-Richelieu; Longueuil; Terrebonne; Repentigny;"
    "Châteauguay; Salaberry-de-Valleyfield; Vaudreuil-Dorion; Huntingdon; Lévis; Saint-Georges;"
    "Sainte-Marie; Montmagny; La Pocatière; Rivière-du-Loup; Trois-Pistoles; Dégelis; Pohénégamook;"
    "Mont-Joli; Sainte-Anne-des-Monts; Gaspé; Percé; Chandler; New Richmond; Carleton-sur-Mer;"
    "Bonaventure; Pointe-à-la-Croix; Cap-aux-Meules; Havre-Saint-Pierre; Natashquan; Forestville;"
    "Les Escoumins; Tadoussac; Baie-Saint-Paul; La Malbaie; Saint-Siméon; Saint-Raymond; Donnacona;"
    "Portneuf; Saint-Marc-des-Carrières; Sainte-Anne-de-Beaupré; Château-Richer; L'Isle-aux-Coudres;"
    "Saint-Jean-Port-Joli; L'Islet; Saint-Pascal; Kamouraska; Saint-Fabien; Causapscal; Sayabec;"
    "Saint-Zacharie; Saint-Prosper; Beauceville; Saint-Joseph-de-Beauce; Vallée-Jonction; Scott;"
    "Saint-Lambert-de-Lauzon; Saint-Apollinaire; Lotbinière; Saint-Agapit; Princeville; Warwick;"
    "Kingsey Falls; Daveluyville; Saint-Ferdinand; Disraeli; Weedon; East Angus; Cookshire-Eaton;"
    "Stanstead; Ayer's Cliff; North Hatley; Richmond; Windsor; Valcourt; Waterloo; Bromont; Sutton;"
    "Lac-Brome; Farnham; Bedford; Saint-Césaire; Marieville; Chambly; Beloeil; Mont-Saint-Hilaire;"
    "Contrecoeur; Verchères; Saint-Amable; Sainte-Julie; Saint-Rémi; Napierville; Lacolle; Hemmingford;"
    "Ormstown; Coteau-du-Lac; Rigaud; Hudson; Saint-Lazare; Oka; Saint-Eustache; Deux-Montagnes;"
    "Saint-Colomban; Prévost; Saint-Sauveur; Val-David; Mont-Tremblant; Labelle; Rivière-Rouge;"
    "Ferme-Neuve; Nominingue; Gracefield; Chelsea; Val-des-Monts; Thurso; Fort-Coulonge; Senneterre;"
    "Malartic; Lebel-sur-Quévillon; Matagami; Chapais; Fermont; Port-Cartier; Schefferville; Kuujjuaq;"
    "Inukjuak; Puvirnituq; Salluit; Chisasibi; Waskaganish; Mistissini; Wemindji; Kahnawake; Kanesatake;"
    "Wendake; Mashteuiatsh; Uashat; Pessamit; Wemotaci; Manawan; Opitciwan; Listuguj; Odanak;"
    "Saint-Zénon; Saint-Michel-des-Saints; Saint-Gabriel-de-Brandon; Saint-Alexis-des-Monts;"
    "Saint-Boniface; Saint-Élie-de-Caxton; Sainte-Thècle; Hérouxville; Saint-Narcisse; Batiscan;"
    "Sainte-Anne-de-la-Pérade; Deschambault-Grondines; Saint-Casimir; Saint-Ubalde; Lac-aux-Sables;"
    "Saint-Honoré; Saint-Fulgence; Saint-Ambroise; Hébertville; Desbiens; Chambord; Normandin; Albanel;"
    "Péribonka; Saint-Prime; Girardville; L'Anse-Saint-Jean; Petit-Saguenay; Les Méchins; Cap-Chat;"
    "Grande-Vallée; Murdochville; Paspébiac; Maria; Saint-Alexis-de-Matapédia; Lac-au-Saumon;"
    "Val-Brillant; Baie-des-Sables; Métis-sur-Mer; Price; Esprit-Saint; Squatec; Saint-Cyprien;"
    "Cacouna; L'Isle-Verte; Notre-Dame-du-Portage; Saint-Pacôme; Rivière-Ouelle; Sainte-Perpétue;"
    "Saint-Just-de-Bretenières; Saint-Fabien-de-Panet; Lac-Etchemin; Saint-Magloire; Sainte-Justine;"
    "Armagh; Saint-Damien-de-Buckland; Saint-Raphaël; Saint-Anselme; Saint-Henri; Saint-Côme-Linière;"
    "Notre-Dame-des-Pins; Saint-Ulric; Sainte-Claire; Saint-Esprit; Yamachiche; Saint-Damase; Ange-Gardien;"
    "Notre-Dame-du-Bon-Conseil; Sainte-Sophie; Saint-Lin–Laurentides; Saint-Calixte; Chertsey;"
    "Sainte-Béatrix; Saint-Jean-de-Matha; Lanoraie; Lavaltrie; L'Assomption; Mascouche; Sainte-Adèle")

STREET_NAMES = _w(
    "Principale; Notre-Dame; Saint-Joseph; Saint-Jean; de l'Église; du Couvent; des Érables; des Pins;"
    "des Bouleaux; des Ormes; du Curé-Labelle; Saint-Laurent; du Lac; de la Rivière; des Pionniers;"
    "du Moulin; de la Montagne; des Cèdres; des Merisiers; des Trembles; Belvédère; Sainte-Anne; Saint-Louis;"
    "du Boisé; des Jardins; Champlain; Laviolette; Frontenac; de la Gare; du Parc; des Saules; des Mélèzes;"
    "de la Colline; du Sommet; Sainte-Catherine; Racine; Talbot; Sacré-Coeur; Saint-Cyrille; Radisson;"
    "des Forges; Hertel; Laurier; Wilfrid-Hamel; du Domaine; des Cerisiers; des Lilas; des Hirondelles;"
    "des Outardes; des Goélands; du Héron; des Chutes; de la Pointe; du Quai; du Fleuve; de la Mer;"
    "du Golf; Dufferin; Victoria; Elgin; Queen; Wellington; King; Maple; Church; Riverside; Mountain;"
    "des Tilleuls; des Peupliers; Papineau; Beaubien; Dollard; Marquette; Bellevue; des Patriotes;"
    "Georges-Vanier; Jacques-Cartier; de la Fabrique; du Sanatorium; des Écoles; Saint-Georges;"
    "Sainte-Thérèse; du Ruisseau; du Verger; des Rapides; Lapierre; Gaudreault; Bégin; Roy; Dubuc;"
    "Price; Mgr-Tessier; du Séminaire; de la Station; des Castors; des Chevreuils; du Rocher;"
    "Montcalm; Lévis; Saint-Antoine; Saint-Pierre; Marie-Victorin; de la Terrasse; des Peupliers-Est")
STREET_TYPES = [("rue", 40), ("avenue", 8), ("boulevard", 6), ("chemin", 10), ("rang", 8), ("montée", 4),
                ("côte", 3), ("route", 5), ("place", 3), ("croissant", 3), ("impasse", 3), ("allée", 2),
                ("terrasse", 2), ("promenade", 1)]
ABBR = {"rue": ["r.", "rue", "RUE"], "avenue": ["av.", "ave", "avenue"], "boulevard": ["boul.", "bd", "boul"],
        "chemin": ["ch.", "chemin", "ch"], "rang": ["rg", "rang", "r."], "route": ["rte", "route", "rte."],
        "montée": ["mtée", "montée", "mtee"], "côte": ["côte", "cote"], "place": ["pl.", "place"],
        "croissant": ["crois.", "croissant"], "impasse": ["imp.", "impasse"], "allée": ["allée", "all."],
        "terrasse": ["terr.", "terrasse"], "promenade": ["prom.", "promenade"]}
RANG_NAMES = _w("Saint-Joseph; Sainte-Marie; Double; du Bas-de-la-Rivière; des Chutes; Saint-Édouard; Nord;"
                "Sud; Saint-Isidore; de la Chapelle; Petit-Brûlé; Grand-Brûlé; du Ruisseau; Sainte-Anne;"
                "Saint-Paul; des Érables; Casimir; Saint-Antoine; du Lac; Bras-d'Apic; de la Grande-Ligne")
CHEMIN_NAMES = _w("du Lac-Noir; de la Grève; des Patriotes; Royal; du Lac-Sept-Îles; de la Canardière;"
                  "du Tour-du-Lac; des Prairies; du Golf; de la Baie; des Îles; du Petit-Lac; Gendron;"
                  "Sainte-Claire; de la Pisciculture; du Lac-Caché; Rivière-Noire; du Portage; Thibault")
MONTEE_NAMES = _w("Sainte-Julie; du Lac; Gagnon; Laurin; des Pins; Masson; Saint-François; Robert; du Moulin")
COTE_NAMES = _w("de la Fabrique; Sainte-Catherine; du Passage; de l'Église; des Érables; Saint-Antoine;"
                "de la Montagne; du Cap; Joyeuse")
ROUTE_NUMS = _w("132; 138; 155; 117; 175; 169; 173; 185; 204; 116; 112; 243; 148; 158; 125; 341; 232; 195;"
                "297; 299; 170; 172; 199; 113; 389; 101; 281; 216; 263; 335; 309; 367; 354; 365")
CODES_POSTAUX_PREFIX = _w("G5L; G0L; G0J; G4R; G8H; G9A; G6P; J0K; J8E; J9P; G0A; G1K; G7H; G8B; J0L; J2S;"
                          "G5Y; G0R; J0E; J1H; J5R; G3Z; G4X; J0T; J9X; G0X; J0Z; G5J; G0M; H7N; J4B; G0W")

RIVIERES = _w("Chaudière; Richelieu; Saint-François; Etchemin; du Loup; Matapédia; Rouge; du Nord; des Outaouais;"
              "Saint-Maurice; Batiscan; Sainte-Anne; Yamaska; L'Assomption; des Mille Îles; Montmorency;"
              "Ashuapmushuan; Mistassini; Péribonka; Rimouski; Matane; Cascapédia; Bonaventure; Nicolet;"
              "Bécancour; du Sud; Lièvre; Gatineau; Coaticook; Massawippi; Châteauguay; Mascouche")
MRCS = _w("MRC de Beauce-Sartigan; MRC de La Matapédia; MRC du Fjord-du-Saguenay; MRC des Appalaches;"
          "MRC de Maskinongé; MRC de Charlevoix-Est; MRC de Rivière-du-Loup; MRC de Portneuf;"
          "MRC des Laurentides; MRC d'Argenteuil; MRC de La Haute-Côte-Nord; MRC de Bellechasse;"
          "MRC de Témiscamingue; MRC de Pontiac; MRC de La Mitis; MRC de Kamouraska; MRC de Mékinac;"
          "MRC du Granit; MRC de Montcalm; MRC des Jardins-de-Napierville; MRC de Memphrémagog")
INFRA_PERSONNES = _w("pont Pierre-Laporte; autoroute Jean-Lesage; boul. René-Lévesque; autoroute Félix-Leclerc;"
                     "pont Laviolette; pont Jacques-Cartier; autoroute Robert-Bourassa; pont Honoré-Mercier;"
                     "route Marie-Victorin; autoroute Henri-IV; autoroute Duplessis; pont Dubuc;"
                     "autoroute Jean-Noël-Lavoie; pont Gédéon-Ouimet; pont Arthur-Sauvé; boul. Wilfrid-Hamel;"
                     "tunnel Louis-Hippolyte-La Fontaine; autoroute Chomedey; pont Samuel-De Champlain;"
                     "boulevard Jean-Talon; autoroute Papineau; pont Galipeault; boul. Guillaume-Couture")
ETAB_PERSONNES = _w("hôpital Honoré-Mercier; Hôtel-Dieu de Lévis; hôpital Pierre-Le Gardeur; hôpital Charles-LeMoyne;"
                    "hôpital Anna-Laberge; hôpital Pierre-Boucher; hôpital de l'Enfant-Jésus; polyvalente Benoît-Vachon;"
                    "école Jean-de-Brébeuf; cégep André-Laurendeau; école secondaire Louis-Joseph-Papineau;"
                    "aréna Marcel-Dutil; aréna Jean-Béliveau; centre Georges-Vanier; école Félix-Leclerc;"
                    "polyvalente Louis-Saint-Laurent; aréna Maurice-Richard; école Marguerite-Bourgeoys;"
                    "centre sportif Alphonse-Desjardins; hôpital Fleurimont")

SANTE = {
    "chronique": _w("diabétique type 2; diabète de type 1; MPOC sévère; MPOC; insuffisance cardiaque;"
                    "cancer du poumon; cancer du sein en traitement; cancer de la prostate; insuffisance rénale;"
                    "sclérose en plaques; fibrose kystique; emphysème; asthme sévère; cirrhose du foie;"
                    "maladie de Crohn; arthrite rhumatoïde; hypertension non contrôlée; leucémie;"
                    "lupus; VIH; hépatite C; angine instable; maladie pulmonaire obstructive chronique"),
    "traitement": _w("chimio; chimiothérapie; dialyse 3 fois/sem.; hémodialyse; dialyse péritonéale;"
                     "radiothérapie; greffé du rein; greffée du foie; en attente de greffe; greffe cardiaque récente;"
                     "traitements de chimio aux 2 semaines; transfusions régulières; immunothérapie;"
                     "dialyse lundi-mercredi-vendredi; chimio orale; post-op pontage"),
    "neuro": _w("Alzheimer; Alzheimer avancé; démence; début de démence; Parkinson; épilepsie; épileptique;"
                "SLA; AVC récent; séquelles d'AVC; troubles cognitifs; sclérose latérale amyotrophique;"
                "traumatisme crânien; confusion (démence vasculaire); maladie de Huntington"),
    "mentale": _w("schizophrénie; schizophrène; dépression; dépression majeure; bipolaire; trouble bipolaire;"
                  "anxiété sévère; TSPT; choc post-traumatique; trouble de personnalité limite; psychotique;"
                  "trouble obsessionnel-compulsif; problèmes de santé mentale; dépressive; burn-out sévère"),
    "developpement": _w("autiste; autisme; TSA; trisomie 21; trisomique; déficience intellectuelle; DI légère;"
                        "TDAH; syndrome de Down; paralysie cérébrale; dyspraxie sévère; syndrome de Rett;"
                        "déficience intellectuelle moyenne; syndrome de Gilles de la Tourette"),
    "mobilite": _w("en fauteuil roulant; fauteuil roulant; amputé de la jambe gauche; paraplégique; quadriplégique;"
                   "non-voyant; malvoyante; sourd; malentendant; marche avec une marchette; se déplace en triporteur;"
                   "ne peut pas monter les escaliers; alité; grabataire; amputée des deux jambes; en quadriporteur;"
                   "mobilité réduite; hémiplégique"),
    "dependance": _w("problème d'alcool; alcoolique; consomme; consomme du crack; consommation de cocaïne;"
                     "consomme beaucoup; toxicomane; dépendance aux drogues; problème de consommation;"
                     "buvait depuis le matin; intoxiqué à l'alcool; consomme de la métamphétamine;"
                     "consommation de cannabis quotidienne; dépendance aux benzos"),
    "sevrage": _w("en sevrage; en sevrage d'alcool; sous méthadone; sous Suboxone; en thérapie de désintox;"
                  "en désintox; dépendance aux opioïdes; surdose au fentanyl; traitement de substitution aux opioïdes;"
                  "sortie de cure fermée; surdose la semaine dernière; en sevrage d'opiacés"),
    "jeu": _w("joueur compulsif; problème de jeu; dépendance au jeu; gambling; joue aux machines à sous;"
              "dettes de jeu et dépendance; joueuse pathologique; accro aux loteries vidéo; joue au casino en ligne;"
              "dépendance aux paris sportifs; jeu pathologique; perd sa paye au bingo; joueur de poker compulsif"),
    "oxygene": _w("concentrateur d'oxygène; sous oxygène; oxygène 24 h/24; bonbonnes d'oxygène; O2 à domicile;"
                  "oxygénothérapie; concentrateur O2; bonbonne d'O2 portative; sous oxygène 2 L/min; O2 la nuit;"
                  "concentrateur d'oxygène électrique; oxygène en continu; sous O2 3 L"),
    "equipement": _w("lit d'hôpital; lève-personne; pompe d'alimentation; gavage; CPAP; respirateur;"
                     "pompe à insuline; trachéotomie; sonde urinaire; stomie; pompe à perfusion;"
                     "lit électrique médical; BiPAP; ventilateur à domicile; sonde de gavage"),
    "coeur": _w("pacemaker; stimulateur cardiaque; défibrillateur implanté; DCI; valve mécanique;"
                "pacemaker posé en mars; arythmie; fibrillation auriculaire; pontage triple; cardiaque (stent);"
                "insuffisance cardiaque sévère; stimulateur posé l'an passé; souffle au cœur; infarctus récent"),
    "medication": _w("insuline; insulinodépendant; Coumadin; anticoagulants; lithium; méthotrexate;"
                     "Eliquis; Xarelto; Seroquel; clozapine; nitro; morphine; dilaudid; Ventolin;"
                     "prednisone; Ritalin; antipsychotiques; antidépresseurs; Epival"),
    "grossesse": _w("enceinte; enceinte de 7 mois; enceinte de 8 mois; grossesse à risque; enceinte de jumeaux;"
                    "32 semaines de grossesse; accouchement prévu la semaine prochaine; enceinte de 5 mois;"
                    "début de grossesse; en travail; post-partum; enceinte de 6 mois; grossesse gémellaire;"
                    "enceinte (3e trimestre); accouché il y a 2 semaines; enceinte de 9 mois"),
    "blessure": _w("fracture du fémur; fracture de la hanche; poignet cassé; brûlures au 2e degré aux mains;"
                   "commotion cérébrale; entorse à la cheville; côtes fêlées; fracture du bassin;"
                   "brûlures aux jambes; hernie discale; bras dans le plâtre; épaule disloquée;"
                   "lacération au cuir chevelu; fracture de la clavicule; engelures aux pieds"),
    "domicile": _w("soins à domicile; CLSC passe 3 fois/sem.; infirmière du CLSC tous les jours;"
                   "préposée du CLSC matin et soir; suivi CLSC; soins palliatifs à domicile;"
                   "aide à domicile pour l'hygiène; CLSC 2x/jour pour pansements; soutien à domicile (SAD);"
                   "soins de plaies par le CLSC"),
    "crise": _w("en crise; désorganisé; en psychose; crise psychotique; état de panique; délirant;"
                "en détresse psychologique; crise de santé mentale; propos incohérents, psychose;"
                "décompensation; agité et désorganisé; en crise suicidaire; épisode psychotique; hallucinations;"
                "en état de crise, paranoïaque; crise d'angoisse sévère"),
    "suicide": _w("idées suicidaires; idéations suicidaires; menace de se suicider; a parlé de s'enlever la vie;"
                  "tentative de suicide; risque suicidaire élevé; propos suicidaires; veut en finir; pensées suicidaires;"
                  "a fait une TS en mars; parle de mourir; idées noires"),
    "allergie": _w("allergie sévère aux arachides; allergique aux noix; EpiPen; allergie aux piqûres d'abeille;"
                   "anaphylaxie; allergie au latex; allergique à la pénicilline; allergie aux fruits de mer;"
                   "intolérance sévère au gluten (maladie cœliaque); allergie aux sulfites; allergie aux œufs; allergique au poisson;"
                   "allergie sévère aux noix (EpiPen); allergie au lait"),
    "abrev": _w("Hx ACV; IRC stade 4; DB2; HTA; IC; MPOC O2; FA sous anticoag; IM en 2019; DID; MAV;"
                "TCC; IRA; Sd Down; DLA; ICC; TS antérieure; TPL"),
}
SANTE_ALL = sorted({v for vs in SANTE.values() for v in vs})

EMPLOI_METIERS_F = _w("infirmière; préposée aux bénéficiaires; caissière; enseignante; éducatrice; commis;"
                      "serveuse; secrétaire; technicienne; gérante; journalière; cuisinière; adjointe administrative;"
                      "opératrice; inhalothérapeute; brigadière; coiffeuse")
EMPLOI_METIERS_M = _w("soudeur; mécanicien; journalier; camionneur; opérateur; électricien; menuisier;"
                      "cuisinier; commis; gérant; mineur; bûcheron; enseignant; préposé aux bénéficiaires;"
                      "machiniste; contremaître; chauffeur d'autobus; concierge; boucher")
CHAINES = _w("Provigo; IGA; Metro; Maxi; Super C; Canadian Tire; Walmart; Rona; BMR; Home Hardware;"
             "Jean Coutu; Pharmaprix; Familiprix; Uniprix; Tim Hortons; McDonald's; Couche-Tard; Dollarama;"
             "Sports Experts; Bureau en Gros; St-Hubert; Pizza Salvatore; Ultramar; Canac; Patrick Morin;"
             "Brunet; SAQ; Desjardins; Korvette; Rossy; Giant Tiger; Village des Valeurs")
USINES = [("Olymel", _w("Vallée-Jonction; Saint-Esprit; Yamachiche; Princeville; Saint-Damase; Ange-Gardien")),
          ("Rio Tinto", _w("Alma; Jonquière; Arvida; Laterrière")), ("Alcan", _w("Arvida; Shawinigan; Alma")),
          ("Alouette", _w("Sept-Îles")), ("ArcelorMittal", _w("Fermont; Port-Cartier; Contrecoeur")),
          ("Domtar", _w("Windsor")), ("Kruger", _w("Trois-Rivières; Bromptonville")),
          ("Résolu", _w("Saint-Félicien; Dolbeau-Mistassini; Baie-Comeau")),
          ("Alstom", _w("La Pocatière; Sorel-Tracy")), ("Prévost", _w("Sainte-Claire")),
          ("Cascades", _w("Kingsey Falls; Cabano")), ("Bridgestone", _w("Joliette")),
          ("Agropur", _w("Notre-Dame-du-Bon-Conseil; Granby; Saint-Hyacinthe")),
          ("Premier Tech", _w("Rivière-du-Loup")), ("Maibec", _w("Saint-Pamphile; Saint-Théophile")),
          ("Exceldor", _w("Saint-Anselme; Saint-Damase")), ("Lactalis", _w("Victoriaville")),
          ("Produits forestiers Arbec", _w("Saint-Georges-de-Champlain; Port-Cartier")),
          ("Soprema", _w("Drummondville")), ("Teknion", _w("Montmagny")), ("Bombardier", _w("Valcourt")),
          ("BRP", _w("Valcourt")), ("Waterville TG", _w("Waterville")), ("Sanimax", _w("Saint-Hyacinthe")),
          ("mine Canadian Malartic", _w("Malartic")), ("mine Raglan", _w("Salluit")),
          ("mine LaRonde", _w("Preissac")), ("IOC", _w("Sept-Îles; Labrador City")),
          ("papetière Kruger", _w("Brompton")), ("usine Alcoa", _w("Baie-Comeau; Deschambault"))]
PETITS_COMMERCES = _w("Scierie {N}; Ferme {N} & fils; Ferme laitière {N} inc.; Garage {I} {N}; Érablière {N};"
                      "Boulangerie {N}; Quincaillerie {N}; Transport {N} inc.; Excavation {N} et fils;"
                      "Meubles {N}; Toitures {N}; Plomberie {N} inc.; Déneigement {N}; Pêcheries {N};"
                      "Poissonnerie {N}; Fromagerie {N}; Verger {N}; Cabane à sucre {N}; Salon funéraire {N};"
                      "Métal {N}; Usinage {N}; Portes et fenêtres {N}; Construction {N}; Camionnage {N} ltée;"
                      "Ébénisterie {N}; Ferme avicole {N}; Serres {N}; Entrepôt {N}; Coffrages {N};"
                      "Dépanneur {N}; Épicerie {N}; Marché {N}; Resto-bar chez {P}; Casse-croûte chez {P};"
                      "Salon de coiffure {P}; Dépanneur chez {P}; Auberge {N}; Motel {N}; Pourvoirie {N};"
                      "Garage {N} et fils; Forage {N}; Paysagement {N}; Débosselage {N}; Abattoir {N}")
ECOLES = _w("école Saint-Joseph; école Notre-Dame; école primaire Sainte-Marie; école des Pionniers;"
            "école du Boisé; école secondaire des Abénaquis; école secondaire de la Rivière; école Sacré-Cœur;"
            "école de l'Étincelle; école des Quatre-Vents; école Saint-Louis-de-France; école de la Source;"
            "école secondaire du Plateau; école polyvalente de la Forêt; école Jean-XXIII; école Vision;"
            "école primaire des Explorateurs; école l'Arc-en-ciel")
CHSLD = _w("CHSLD des Bâtisseurs; CHSLD Saint-Joseph; CHSLD de la Rivière; CHSLD Les Jardins;"
           "CHSLD du Bel-Âge; CHSLD Saint-Antoine; CHSLD Cooke; CHSLD Laflèche; CHSLD Notre-Dame-de-la-Merci;"
           "CHSLD Heather; CHSLD du Boisé; CHSLD Les Cèdres; Manoir Le Bel-Âge (RPA); CHSLD Pavillon Sainte-Marie")

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------------------
# French numbers in words
# ---------------------------------------------------------------------------
_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
      "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_T = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_num(n: int) -> str:
    if n < 20:
        return _U[n]
    if n < 70:
        t, u = divmod(n, 10)
        base = _T[t * 10]
        if u == 0:
            return base
        if u == 1:
            return base + " et un"
        return base + "-" + _U[u]
    if n < 80:
        if n == 71:
            return "soixante et onze"
        return "soixante-" + _U[n - 60]
    if n < 100:
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + _U[n - 80]
    if n < 1000:
        c, r = divmod(n, 100)
        head = "cent" if c == 1 else _U[c] + " cent"
        if r == 0:
            return head + ("s" if c > 1 else "")
        return head + " " + fr_num(r)
    if n < 2000:
        return "mil " + fr_num(n - 1000) if n > 1000 else "mille"
    if n < 10000:
        m, r = divmod(n, 1000)
        return (_U[m] + " mille" if m > 1 else "mille") + ("" if r == 0 else " " + fr_num(r))
    return str(n)


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng: random.Random, idx: int):
        self.r = rng
        self.idx = idx
        self.g = rng.choice("fm")
        self.comm = None
        self.last = {}
        self.first_name = None
        self.surname = None

    def pick(self, pool):
        return self.r.choice(part(pool, self.idx))


def _comm(c: Ctx, restrict=None):
    if restrict:
        return c.r.choice(restrict)
    names, weights = zip(*COMM_WEIGHTS)
    return c.r.choices(names, weights=weights)[0]


def _first(c: Ctx, comm=None):
    comm = comm or c.comm or _comm(c)
    c.comm = comm
    f, m, _ = COMM[comm]
    v = c.pick(f if c.g == "f" else m)
    c.first_name = v
    return v


def _last(c: Ctx, comm=None):
    comm = comm or c.comm or _comm(c)
    c.comm = comm
    v = c.pick(COMM[comm][2])
    c.surname = v
    return v


def g_prenom(c):
    return _first(c)


def g_nom(c):
    return _last(c)


def g_pn(c):
    return f"{_first(c)} {_last(c)}"


def g_pn_fc(c):
    return f"{_first(c, 'fc')} {_last(c, 'fc')}"


def g_nom_fc(c):
    return _last(c, "fc")


def g_PN(c):
    return g_pn(c).upper()


def g_NP(c):
    f, l = _first(c), _last(c)
    return c.r.choice([f"{l.upper()} {f.upper()}", f"{l.upper()}, {f}", f"{l.upper()} {f}"])


def g_np(c):
    f, l = _first(c), _last(c)
    return c.r.choice([f"{l}, {f}", f"{l}, {f[0]}.", f"{l.upper()}, {f}"])


def g_pnl(c):
    return g_pn(c).lower()


def _initial(first):
    parts = re.split(r"([- ])", first)
    out = ""
    for p in parts:
        if p in ("-", " "):
            out += "-" if p == "-" else ""
        elif p:
            out += p[0].upper() + "."
    return out


def g_ini(c):
    f, l = _first(c), _last(c)
    fi = _initial(f)
    li = l[0].upper()
    forms = [f"{fi} {li}.", f"{fi}{li}.", fi.replace(".", "").replace("-", "") + li,
             f"{fi} {l}", f"{f} {li}.", f"{fi.replace('-', '')}{li}."]
    return c.r.choice(forms)


def g_sig(c):
    f, l = _first(c), _last(c)
    fi = "".join(p[0] for p in re.split(r"[- ]", f) if p).lower()
    li = "".join(p[0] for p in re.split(r"[- ']", l) if p and p[0].isalpha()).lower()
    return c.r.choice([fi + li, fi + li, (fi + li).upper(), f[:1].lower() + l.lower().replace(" ", "")[:6]])


def g_surnom(c):
    return c.pick(SURNOMS)


def g_surnom_gros(c):
    return c.pick(SURNOMS_GROS)


def _typo(r, s):
    letters = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(letters) < 4:
        return s + s[-1]
    op = r.randrange(4)
    i = r.choice(letters[1:-1])
    if op == 0 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    repl = {"é": "e", "è": "e", "e": "é", "c": "k", "y": "i", "i": "y", "t": "tt", "n": "nn", "s": "z"}
    ch = s[i].lower()
    return s[:i] + repl.get(ch, ch + "h") + s[i + 1:]


def g_typo_pn(c):
    f, l = _first(c, "fc"), _last(c, "fc")
    if c.r.random() < 0.7:
        l = _typo(c.r, l)
    else:
        f = _typo(c.r, f)
    return f"{f} {l}"


def g_motpn(c):
    f, l, g = c.pick(MOTS_NOMS)
    c.g = g
    c.first_name, c.surname = f, l
    return f"{f} {l}"


def g_autoch(c):
    comm = _comm(c, AUTOCH)
    c.comm = comm
    return f"{_first(c, comm)} {_last(c, comm)}"


def g_diasp(c):
    comm = _comm(c, DIASPORA)
    c.comm = comm
    return f"{_first(c, comm)} {_last(c, comm)}"


def g_diasp_nom(c):
    comm = _comm(c, DIASPORA)
    return _last(c, comm)


def g_partic(c):
    l = c.pick(PARTICULES)
    c.surname = l
    f = _first(c)
    return f"{f} {l}"


def g_compose(c):
    if c.r.random() < 0.5:
        f = c.pick(COMPOSES_PRENOMS_F if c.g == "f" else COMPOSES_PRENOMS_M)
        l = _last(c, "fc")
    else:
        f = _first(c, "fc")
        l = c.pick(COMPOSES_NOMS)
    c.first_name, c.surname = f, l
    return f"{f} {l}"


# --- addresses --------------------------------------------------------------

def g_civ(c):
    r = c.r
    k = r.random()
    if k < 0.35:
        return str(r.randint(1, 199))
    if k < 0.75:
        return str(r.randint(200, 2999))
    return str(r.randint(3000, 12999))


def _street(c, with_type=True, abbr=False):
    r = c.r
    types, weights = zip(*STREET_TYPES)
    t = r.choices(types, weights=weights)[0]
    if t == "rang":
        name = c.pick(RANG_NAMES)
        if r.random() < 0.3:
            return r.choice([f"{r.randint(2, 11)}e Rang", f"rang {r.randint(2, 12)}", f"Rang {r.randint(2,9)} Est"])
    elif t == "chemin":
        name = c.pick(CHEMIN_NAMES)
    elif t == "montée":
        name = c.pick(MONTEE_NAMES)
    elif t == "côte":
        name = c.pick(COTE_NAMES)
    elif t == "route":
        if r.random() < 0.5:
            return f"route {c.pick(ROUTE_NUMS)}"
        name = r.choice(["du Fleuve", "de la Montagne", "Marie-Victorin", "du Président-Kennedy",
                         "des Rivières", "de l'Église", "Bégin", "Sainte-Anne", "Principale"])
    elif t == "avenue" and r.random() < 0.35:
        return f"{r.randint(2, 25)}e Avenue" if r.random() < 0.8 else "1re Avenue"
    elif t == "rue" and r.random() < 0.12:
        return f"{r.randint(2, 30)}e Rue"
    else:
        name = c.pick(STREET_NAMES)
    if not with_type:
        return name
    tt = r.choice(ABBR[t]) if abbr else t
    s = f"{tt} {name}"
    if r.random() < 0.12:
        s += " " + r.choice(["Est", "Ouest", "Nord", "Sud", "E.", "O."])
    return s


def g_rue(c):
    return _street(c)


def g_rue_abr(c):
    return _street(c, abbr=True)


def g_rue_nom(c):
    return c.pick(STREET_NAMES)


def g_adr(c):
    civ, st = g_civ(c), _street(c)
    return c.r.choice([f"{civ} {st}", f"{civ}, {st}", f"{civ} {st}"])


def g_adr_abr(c):
    return f"{g_civ(c)} {_street(c, abbr=True)}"


def g_adr_sans_type(c):
    civ = g_civ(c)
    name = c.pick(STREET_NAMES)
    return f"{civ} {name}"


def g_adr_app(c):
    r = c.r
    civ, st = g_civ(c), _street(c, abbr=r.random() < 0.5)
    app = str(r.randint(1, 12)) if r.random() < 0.5 else str(r.randint(101, 812))
    return r.choice([f"{civ} {st}, app. {app}", f"{civ} {st} #{app}", f"{app}-{civ} {st}",
                     f"{civ}, {st}, app {app}", f"{civ} {st} apt {app}", f"{civ} {st}, logement {app}",
                     f"{app}-{civ}, {st}"])


def g_rang(c):
    r = c.r
    civ = g_civ(c)
    nm = c.pick(RANG_NAMES)
    return r.choice([f"{civ} rang {nm}", f"{civ}, rang {nm}", f"{civ} {r.randint(2, 11)}e Rang",
                     f"{civ} rang {r.randint(2, 12)}", f"{civ}, {r.randint(2, 9)}e rang Ouest",
                     f"{civ} rg {nm}", f"{civ} Rang {nm}"])


def g_chemin(c):
    r = c.r
    civ = g_civ(c)
    k = r.random()
    if k < 0.45:
        return r.choice([f"{civ} chemin {c.pick(CHEMIN_NAMES)}", f"{civ}, ch. {c.pick(CHEMIN_NAMES)}"])
    if k < 0.75:
        return r.choice([f"{civ} montée {c.pick(MONTEE_NAMES)}", f"{civ}, montée {c.pick(MONTEE_NAMES)}"])
    return r.choice([f"{civ} côte {c.pick(COTE_NAMES)}", f"{civ}, côte {c.pick(COTE_NAMES)}"])


def g_route_num(c):
    r = c.r
    civ = g_civ(c)
    rn = c.pick(ROUTE_NUMS)
    return r.choice([f"{civ} route {rn}", f"{civ}, route {rn}", f"{civ} rte {rn}",
                     f"{civ} route {rn} {r.choice(['Est', 'Ouest', 'Nord', 'Sud'])}", f"{civ} Route {rn}"])


def g_lot(c):
    r = c.r
    n = r.randint(1000000, 6999999)
    s = f"{n:,}".replace(",", " ")
    return r.choice([f"lot {s}", f"lot {n}", f"lots {s} et {n + r.randint(1, 9):,}".replace(",", " "),
                     f"lot {s} du cadastre du Québec", f"lot {r.randint(10, 60)}-{r.randint(1, 40)}, rang {r.randint(2, 10)}"])


def g_cp(c):
    r = c.r
    n = r.randint(1, 2999)
    return r.choice([f"C.P. {n}", f"case postale {n}", f"CP {n}", f"C. P. {n}", f"casier postal {n}"])


def g_codepostal(c):
    r = c.r
    p = c.pick(CODES_POSTAUX_PREFIX)
    tail = f"{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
    return r.choice([f"{p} {tail}", f"{p} {tail}", f"{p}{tail}", (p + tail).lower(), f"{p}-{tail}",
                     f"{p.lower()} {tail.lower()}"])


def g_adr_lettres(c):
    r = c.r
    n = r.choice([r.randint(2, 99), r.randint(100, 999)])
    st = _street(c)
    w = fr_num(n)
    return r.choice([f"{w} de la {st}" if st.startswith("rue") else f"{w}, {st}", f"{w}, {st}",
                     f"{w} {st}"])


def g_coin(c):
    r = c.r
    a = c.pick(STREET_NAMES)
    b = r.choice([f"{r.randint(2, 12)}e Rue", f"{r.randint(2, 15)}e Avenue", "1re Avenue", c.pick(STREET_NAMES)])
    return r.choice([f"{a} et {b}", f"{a}/{b}", f"rue {a} et {b}", f"{a} et de la {b}" if "e Rue" in b else f"{a} et {b}"])


def g_km(c):
    r = c.r
    rn = c.pick(ROUTE_NUMS)
    km = r.randint(2, 180)
    dec = r.choice(["", f",{r.randint(1, 9)}"])
    return r.choice([f"km {km}{dec} de la route {rn}", f"{r.randint(1, 40)} km {km} route {rn}",
                     f"route {rn} au km {km}{dec}", f"kilomètre {km} de la route {rn}",
                     f"km {km} du chemin forestier R0{r.randint(200, 499)}"])


def g_adr_suffixe(c):
    r = c.r
    civ = g_civ(c)
    suf = r.choice(["A", "B", "-A", "-B", " A", "½", " bis", "C"])
    return f"{civ}{suf} {_street(c, abbr=r.random() < 0.4)}"


def g_adr_en(c):
    r = c.r
    civ = g_civ(c)
    nm = r.choice(_w("Maple; Main; Church; Mountain; Victoria; Queen; Elm; Pine; Lakeshore; Oak; Birch;"
                     "Riverside; Elgin; Dufferin; Bridge; Mill; Water; Cedar; Spruce; Forest Hill"))
    return f"{civ} {nm} {r.choice(['St', 'St.', 'Street', 'Rd', 'Road', 'Ave', 'Drive', 'Crescent'])}"


# --- ages -------------------------------------------------------------------

def _age_num(c, lo=18, hi=96):
    return c.r.randint(lo, hi)


def g_age(c):
    return f"{_age_num(c)} ans"


def g_age_any(c):
    return f"{c.r.randint(2, 97)} ans"


def g_age_enf(c):
    return f"{c.r.randint(1, 17)} ans"


def g_age_ado(c):
    return f"{c.r.randint(12, 17)} ans"


def g_age_calc(c):
    y = c.last.get("annee", (None,))[0] or c.last.get("ddn_iso", (None,))[0] or c.last.get("ddn_texte", (None,))[0]
    m = re.search(r"(19|20)\d\d", y or "")
    if m:
        return f"{max(0, 2025 - int(m.group(0)))} ans"
    return g_age(c)


def g_age_vieux(c):
    return f"{c.r.randint(70, 102)} ans"


def g_age_n(c):
    return str(_age_num(c))


def g_age_lettres(c):
    n = _age_num(c, 19, 99)
    return f"{fr_num(n)} ans"


def g_age_lettres_enf(c):
    return f"{fr_num(c.r.randint(2, 16))} ans"


def g_age_a(c):
    n = _age_num(c)
    return c.r.choice([f"{n}a", f"{n} a.", f"{n}a.", f"{n}ans", f"{n} an"])


def g_sexe_age(c):
    n = _age_num(c)
    s = "F" if c.g == "f" else c.r.choice(["H", "M"])
    return c.r.choice([f"{s}{n}", f"{s}/{n}", f"{s} {n}", f"{s.lower()}{n}", f"{s}-{n}", f"{n}{s}", f"{s}{n}a"])


def g_bebe(c):
    r = c.r
    return r.choice([f"{r.randint(2, 23)} mois", f"{r.randint(1, 11)} semaines", f"{r.randint(2, 20)} jours",
                     f"{r.randint(2, 11)} mois et demi", "1 mois", f"{fr_num(r.randint(2, 11))} mois"])


DECENNIES = ["vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "septantaine",
             "quatre-vingtaine"]


def g_decennie(c):
    r = c.r
    d = r.choice(DECENNIES[:-2] + ["soixantaine"])
    return r.choice([f"dans la {d}", f"fin {d}", f"début {d}", f"milieu {d}", f"la {d} avancée",
                     f"une {d} d'années", f"début de la {d}", f"fin de {d}", f"{d}", f"dans sa {d}"])


GENAIRES = ["quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire",
            "centenaire", "presque centenaire", "quasi octogénaire", "nonagénaire avancé", "sexagénaire bien portant"]


def g_genaire(c):
    return c.pick(GENAIRES)


def g_fraction(c):
    r = c.r
    n = r.randint(1, 15)
    return r.choice([f"{n} 1/2 ans", f"{n} ans et demi", f"{n} ans ½", f"{n}½ ans", f"{fr_num(n)} ans et demi",
                     f"{n} ans et 3 mois", f"{n} ans 1/2"])


def g_yo(c):
    n = _age_num(c, 5, 95)
    return c.r.choice([f"{n} y.o.", f"{n}yo", f"{n} years old", f"{n} yrs old", f"{n} y/o", f"{n} YO"])


def g_age_approx(c):
    n = c.r.randint(3, 9) * 10 + c.r.choice([0, 0, 5])
    return c.r.choice([f"{n} ans", f"{n} ans", f"{n}-{n + 5} ans", f"{n} ans environ"])


# --- dates of birth ---------------------------------------------------------

def _dob(c, lo=1925, hi=2023):
    r = c.r
    y = r.randint(lo, hi)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def g_ddn_iso(c):
    y, m, d = _dob(c)
    return c.r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"])


def g_ddn_texte(c):
    y, m, d = _dob(c)
    r = c.r
    dd = "1er" if d == 1 else str(d)
    return r.choice([f"{dd} {MOIS[m - 1]} {y}", f"{d} {MOIS_ABR[m - 1]} {y}", f"{dd} {MOIS[m - 1]} {y}",
                     f"{d} {MOIS[m - 1].capitalize()} {y}"])


def g_ddn_premier(c):
    y, m, d = _dob(c)
    r = c.r
    d = r.randint(1, 28)
    dw = "premier" if d == 1 or r.random() < 0.3 else fr_num(d)
    return r.choice([f"{dw} {MOIS[m - 1]} {y}", f"{dw} {MOIS[m - 1]} {fr_num(y)}", f"{dw} {MOIS[m - 1]} {y}"])


def g_annee(c):
    return str(_dob(c, 1925, 2022)[0])


def g_annee_courte(c):
    y = _dob(c, 1930, 1999)[0]
    return c.r.choice([f"'{y % 100:02d}", f"{y % 100:02d}"])


def g_jjmmaa(c):
    y, m, d = _dob(c)
    return c.r.choice([f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}",
                       f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}"])


def g_compact(c):
    y, m, d = _dob(c)
    return c.r.choice([f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y}", f"{y}{m:02d}{d:02d}"])


def g_jour_mois(c):
    _, m, d = _dob(c)
    return c.r.choice([f"{d} {MOIS[m - 1]}", f"{'1er' if d == 1 else d} {MOIS[m - 1]}", f"{d}/{m:02d}"])


def g_mois_annee(c):
    y, m, _ = _dob(c)
    return c.r.choice([f"{MOIS[m - 1]} {y}", f"{MOIS[m - 1]} {y}", f"{MOIS_ABR[m - 1]} {y}"])


def g_ddn_en(c):
    y, m, d = _dob(c)
    return c.r.choice([f"{MOIS_EN[m - 1]} {d}, {y}", f"{MOIS_EN[m - 1]} {d} {y}", f"{y}-{m:02d}-{d:02d}",
                       f"{m:02d}/{d:02d}/{y}", f"{d} {MOIS_EN[m - 1]} {y}"])


def g_ddn_recente(c):
    y, m, d = _dob(c, 2022, 2025)
    return c.r.choice([f"{d} {MOIS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m:02d}/{y}"])


# --- health -----------------------------------------------------------------

def _sante(cat):
    def g(c):
        return c.pick(SANTE[cat])
    return g


def g_sante_any(c):
    cat = c.r.choice(["chronique", "traitement", "neuro", "mentale", "mobilite", "oxygene", "medication",
                      "developpement", "dependance"])
    return c.pick(SANTE[cat])


# --- e-mail -----------------------------------------------------------------

DOMAINES = _w("gmail.com; hotmail.com; hotmail.ca; outlook.com; yahoo.ca; yahoo.fr; videotron.ca; globetrotter.net;"
              "cgocable.ca; sympatico.ca; bell.net; live.ca; icloud.com; outlook.fr; telus.net; derytele.com;"
              "xplornet.com; cooptel.qc.ca; tlb.sympatico.ca; live.com; msn.com; me.com; protonmail.com;"
              "cablevision.qc.ca; qc.aira.com; b2b2c.ca; axion.ca; tellambton.net; hotmail.fr; gmail.ca")
DOMAINES_REG = _w("videotron.ca; globetrotter.net; cgocable.ca; sympatico.ca; derytele.com; cooptel.qc.ca;"
                  "tlb.sympatico.ca; xplornet.com; cablevision.qc.ca; qc.aira.com; b2b2c.ca; axion.ca;"
                  "telus.net; bell.net; ciril.qc.ca; sogetel.net; mrcmatanie.qc.ca; cablesbt.net")
PSEUDOS = _w("bigboss; lapetitelise; ski-doo_man; pecheur; chasseur.beauce; princesse; titegirl; motoneigiste;"
             "lebucheron; mamie.gateau; pepere; jokerqc; lanceur; granny; tigus; bobcat; lynx.rouge; nordik;"
             "hockeymom; wolverine; cowboy.qc; belugagirl; harley; lafermiere; snowbird; papou; minou")


def _ascii_local(s):
    return re.sub(r"[^a-z0-9.\-]", "", strip_accents(s.lower()).replace(" ", ""))


def _local(c, f, l):
    r = c.r
    fa, la = _ascii_local(f), _ascii_local(l)
    y = r.randint(50, 99) if r.random() < 0.5 else r.randint(1, 2009) % 100
    return r.choice([f"{fa}.{la}", f"{fa[0]}{la}", f"{fa}{la}", f"{fa}_{la}{y:02d}", f"{la}.{fa}",
                     f"{fa}.{la}{r.randint(1, 99)}", f"{fa[0]}.{la}", f"{fa}{la[0]}{r.randint(60, 99)}",
                     f"{la}{fa[0]}", f"{fa}-{la}"])


def g_courriel(c):
    if c.first_name and c.surname and c.r.random() < 0.8:
        f, l = c.first_name, c.surname
    else:
        f, l = _first(c), _last(c)
    return f"{_local(c, f, l)}@{c.pick(DOMAINES)}"


def g_courriel_reg(c):
    f, l = _first(c, "fc"), _last(c, "fc")
    return f"{_local(c, f, l)}@{c.pick(DOMAINES_REG)}"


def g_courriel_at(c):
    f, l = _first(c), _last(c)
    loc, dom = _local(c, f, l), c.pick(DOMAINES)
    r = c.r
    d1, d2 = dom.rsplit(".", 1)
    return r.choice([f"{loc} at {dom}", f"{loc} AT {dom}", f"{loc} at {d1} dot {d2}", f"{loc} a {dom}",
                     f"{loc} arobas {d1} point {d2}", f"{loc} arobase {d1} point {d2}"])


def g_courriel_esp(c):
    f, l = _first(c), _last(c)
    loc, dom = _local(c, f, l), c.pick(DOMAINES)
    d1, d2 = dom.rsplit(".", 1)
    loc2 = loc.replace(".", " . ")
    return c.r.choice([f"{loc2} @ {d1} . {d2}", f"{loc} @ {dom}", f"{loc} @{dom}", f"{loc2} @ {dom}"])


def g_courriel_par(c):
    f, l = _first(c), _last(c)
    loc, dom = _local(c, f, l), c.pick(DOMAINES)
    d1, d2 = dom.rsplit(".", 1)
    return c.r.choice([f"{loc}(at){d1}(dot){d2}", f"{loc}[at]{d1}[dot]{d2}", f"{loc} (at) {d1} (dot) {d2}",
                       f"{loc}[@]{dom}", f"{loc}(a){dom}", f"{loc} [arobas] {d1} [point] {d2}"])


def g_courriel_plus(c):
    f, l = _first(c), _last(c)
    tag = c.r.choice(["sinistre", "msp", "inondation", "afs", "urgence", "2024", "maison", "assurances", "feu"])
    return f"{_local(c, f, l)}+{tag}@{c.pick(DOMAINES)}"


def g_courriel_pseudo(c):
    r = c.r
    p = c.pick(PSEUDOS)
    return f"{p}{r.choice(['', str(r.randint(1, 99)), str(r.randint(1950, 2005)), '_qc', '69', '007'])}@{c.pick(DOMAINES)}"


def g_courriel_typo(c):
    f, l = _first(c), _last(c)
    dom = c.r.choice(["gmail.con", "hotmial.com", "gmial.com", "videotron,ca", "hotmail.co", "yahoo,ca",
                      "outlok.com", "gmail.ca", "hotmail.cm", "sympatico.c", "videotron.ca."[:-1]])
    return f"{_local(c, f, l)}@{dom}"


def g_courriel_travail(c):
    f, l = _first(c, "fc"), _last(c, "fc")
    dom = c.r.choice(["scierie" + _ascii_local(c.pick(COMM['fc'][2])) + ".com",
                      "transport" + _ascii_local(c.pick(COMM['fc'][2])) + ".ca",
                      "ferme" + _ascii_local(c.pick(COMM['fc'][2])) + ".qc.ca",
                      "garage" + _ascii_local(c.pick(COMM['fc'][2])) + ".com",
                      _ascii_local(c.pick(COMM['fc'][2])) + "construction.ca"])
    return f"{_local(c, f, l)}@{dom}"


def g_courriel_mix(c):
    f, l = _first(c), _last(c)
    return f"{_ascii_local(f)}_{_ascii_local(l)}_{c.r.randint(1, 99)}@{c.pick(DOMAINES)}"


# --- phones -----------------------------------------------------------------

INDICATIFS = ["418", "581", "367", "819", "873", "450", "579", "354", "514", "438", "263"]


def _tel_parts(c):
    r = c.r
    a = r.choice(INDICATIFS)
    e = r.choice(["555", str(r.randint(200, 999)), str(r.randint(200, 999))])
    n = f"{r.randint(0, 9999):04d}"
    return a, e, n


def g_tel(c):
    a, e, n = _tel_parts(c)
    return c.r.choice([f"{a}-{e}-{n}", f"{a} {e}-{n}", f"({a}) {e}-{n}", f"{a}-{e}-{n}"])


def g_tel_tirets(c):
    a, e, n = _tel_parts(c)
    return f"{a}-{e}-{n}"


def g_tel_par(c):
    a, e, n = _tel_parts(c)
    return c.r.choice([f"({a}) {e} {n}", f"({a}) {e}-{n}", f"({a}){e}-{n}", f"({a}) {e}{n}"])


def g_tel_points(c):
    a, e, n = _tel_parts(c)
    return c.r.choice([f"{a}.{e}.{n}", f"{a}.{e}.{n}", f"{a} {e}.{n}"])


def g_tel_colle(c):
    a, e, n = _tel_parts(c)
    return c.r.choice([f"{a}{e}{n}", f"1{a}{e}{n}", f"{a}{e}{n}"])


def g_tel_poste(c):
    a, e, n = _tel_parts(c)
    p = c.r.randint(2, 9999)
    return c.r.choice([f"{a} {e}-{n} poste {p}", f"{a}-{e}-{n} p. {p}", f"{a}-{e}-{n} #{p}",
                       f"{a} {e}-{n} ext. {p}", f"({a}) {e}-{n}, poste {p}"])


def g_tel_intl(c):
    a, e, n = _tel_parts(c)
    return c.r.choice([f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}", f"+1 ({a}) {e}-{n}", f"+1{a}{e}{n}",
                       f"1-{a}-{e}-{n}", f"1 {a} {e}-{n}", f"1 ({a}) {e}-{n}"])


_CH = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


def g_tel_un(c):
    a, e, n = _tel_parts(c)
    return c.r.choice([f"1-{a}-{e}-{n}", f"1 {a} {e}-{n}", f"1 ({a}) {e}-{n}", f"1.{a}.{e}.{n}", f"1{a}{e}{n}"])


def g_tel_lettres(c):
    a, e, n = _tel_parts(c)
    r = c.r
    digits = a + e + n
    sep = r.choice(["-", " ", ", "])
    words = sep.join(_CH[int(d)] for d in digits)
    if r.random() < 0.4:
        return f"{a} {e}, " + " ".join(_CH[int(d)] for d in n)
    if r.random() < 0.3:
        return f"{' '.join(_CH[int(d)] for d in a)}, {fr_num(int(e))}, {fr_num(int(n[:2]))} {fr_num(int(n[2:]))}"
    return words


def g_tel_local(c):
    _, e, n = _tel_parts(c)
    return c.r.choice([f"{e}-{n}", f"{e} {n}", f"{e}{n}", f"{e}.{n}"])


def g_tel_irreg(c):
    a, e, n = _tel_parts(c)
    return c.r.choice([f"{a} {e}{n}", f"{a}-{e} {n[:2]} {n[2:]}", f"{a}{e}-{n}", f"{a} - {e} - {n}",
                       f"{a}  {e} {n}", f"{a}-{e}{n}", f"{a}/{e}-{n}", f"{a} {e} {n}"])


def g_tel_slash(c):
    a, e, n = _tel_parts(c)
    return c.r.choice([f"{a}/{e}-{n}", f"{a}/{e}{n}", f"{a}/{e} {n}"])


# --- plates -----------------------------------------------------------------

_PL = "ABCDEFGHJKLMNPRSTVWXYZ"


def _L(r, k):
    return "".join(r.choice(_PL) for _ in range(k))


def _D(r, k):
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def g_plaque(c):
    r = c.r
    s = r.choice([f"{_L(r, 1)}{_D(r, 2)} {_L(r, 3)}", f"{_L(r, 3)} {_D(r, 4)}", f"{_D(r, 3)} {_L(r, 3)}",
                  f"{_L(r, 3)} {_D(r, 3)}", f"{_L(r, 1)}{_D(r, 2)} {_L(r, 3)}", f"{_L(r, 3)} {_D(r, 4)}"])
    return s


def g_plaque_colle(c):
    return g_plaque(c).replace(" ", "")


def g_plaque_tiret(c):
    return g_plaque(c).replace(" ", "-")


def g_plaque_lower(c):
    return c.r.choice([g_plaque(c).lower(), g_plaque_colle(c).lower()])


def g_plaque_camion(c):
    r = c.r
    return r.choice([f"L{_D(r, 6)}", f"L{_D(r, 6)}", f"F{_D(r, 6)}", f"L {_D(r, 6)}", f"FL{_D(r, 5)}",
                     f"L{_D(r, 3)} {_L(r, 3)}", f"L-{_D(r, 6)}", f"F{_L(r, 2)} {_D(r, 4)}"])


def g_plaque_remorque(c):
    r = c.r
    return r.choice([f"R{_D(r, 6)}", f"R{_L(r, 1)} {_D(r, 4)}", f"RJ{_D(r, 5)}", f"R {_D(r, 3)} {_D(r, 3)}",
                     f"R{_D(r, 2)}{_L(r, 3)}"])


def g_plaque_vhr(c):
    r = c.r
    return r.choice([f"V{_D(r, 5)}", f"{_D(r, 2)}{_L(r, 1)}{_D(r, 4)}", f"VHR {_D(r, 5)}", f"M{_D(r, 5)}",
                     f"{_L(r, 1)}{_D(r, 6)}", f"V {_D(r, 2)} {_L(r, 3)}"])


def g_embarcation(c):
    r = c.r
    return r.choice([f"{_D(r, 2)}E{_D(r, 5)}", f"{_D(r, 2)}E{_D(r, 5)}", f"{_D(r, 2)}E {_D(r, 5)}",
                     f"{_D(r, 2)} E {_D(r, 5)}", f"C{_D(r, 5)}QC"])


def g_plaque_moto(c):
    r = c.r
    return r.choice([f"M{_D(r, 5)}", f"M {_D(r, 5)}", f"M{_D(r, 4)}{_L(r, 1)}", f"M{_L(r, 1)}{_D(r, 4)}"])


def g_prov(c):
    return c.r.choice(["Ontario", "ON", "N.-B.", "Vermont", "NY", "Alberta", "Î.-P.-É.", "Nouveau-Brunswick", "Maine"])


def g_plaque_hp(c):
    r = c.r
    return r.choice([f"{_L(r, 4)} {_D(r, 3)}", f"{_L(r, 3)} {_D(r, 3)}", f"{_D(r, 3)} {_L(r, 3)}", f"{_L(r, 2)}{_D(r, 4)}"])


def g_plaque_part(c):
    r = c.r
    return r.choice([_L(r, 1) + _D(r, 2), _D(r, 4), _L(r, 3), _L(r, 3) + " " + _D(r, 1), _D(r, 3)])


def g_plaque_vr(c):
    r = c.r
    return r.choice([f"C{_D(r, 5)}{_L(r, 1)}", f"VR{_D(r, 5)}", f"C{_L(r, 2)} {_D(r, 4)}", f"{_L(r, 1)}{_D(r, 2)} {_L(r, 3)}"])


# --- identifiers ------------------------------------------------------------

def _luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _nas(c):
    r = c.r
    while True:
        s = str(r.choice([1, 2, 2, 3, 4, 5, 6, 7, 9])) + _D(r, 8)
        if _luhn_ok(s):
            return s


def g_nas(c):
    s = _nas(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def g_nas_tiret(c):
    s = _nas(c)
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def g_nas_colle(c):
    return _nas(c)


def _ramq(c):
    r = c.r
    f, l = _first(c, "fc"), _last(c, "fc")
    lp = strip_accents(re.sub(r"[^A-Za-zÀ-ÿ]", "", l)).upper()
    lp = (lp + "XXX")[:3]
    fp = strip_accents(f)[0].upper()
    y, m, d = _dob(c, 1930, 2020)
    mm = m + 50 if c.g == "f" else m
    return f"{lp}{fp}", f"{y % 100:02d}{mm:02d}", f"{d:02d}{r.randint(11, 99)}"


def g_ramq(c):
    a, b, d = _ramq(c)
    return c.r.choice([f"{a} {b} {d}", f"{a} {b} {d}", f"{a}{b}{d}", f"{a}-{b}-{d}", f"{a} {b}{d}"])


def g_ramq_low(c):
    a, b, d = _ramq(c)
    return c.r.choice([f"{a}{b}{d}".lower(), f"{a} {b} {d}".lower()])


def g_permis(c):
    r = c.r
    l = _last(c, "fc")
    L = strip_accents(l)[0].upper()
    y, m, d = _dob(c, 1935, 2007)
    return r.choice([f"{L}{_D(r, 4)}-{d:02d}{m:02d}{y % 100:02d}-{_D(r, 2)}",
                     f"{L}{_D(r, 4)} {d:02d}{m:02d}{y % 100:02d} {_D(r, 2)}",
                     f"{L}{_D(r, 4)}{d:02d}{m:02d}{y % 100:02d}{_D(r, 2)}"])


def g_dossier_afs(c):
    r = c.r
    y = r.randint(2017, 2025)
    return r.choice([f"AFS-{y}-{_D(r, 6)}", f"AFS{y}-{_D(r, 5)}", f"{y}-AFS-{_D(r, 5)}", f"AFS {y} {_D(r, 6)}",
                     f"SIN-{y}-{_D(r, 6)}", f"DAF-{y}-{_D(r, 4)}", f"PGAF-{y}-{_D(r, 5)}"])


def g_no_client(c):
    r = c.r
    return r.choice([_D(r, 7), _D(r, 8), f"{_D(r, 3)}-{_D(r, 4)}", f"C-{_D(r, 6)}", _D(r, 9)])


def g_passeport(c):
    r = c.r
    return r.choice([f"{_L(r, 2)}{_D(r, 6)}", f"{_L(r, 2)} {_D(r, 6)}", f"{_L(r, 1)}{_D(r, 7)}"])


BANQUES = [("815", "Desjardins"), ("001", "BMO"), ("002", "Scotia"), ("003", "RBC"), ("004", "TD"),
           ("006", "Banque Nationale"), ("010", "CIBC"), ("829", "Desjardins Ontario")]


def g_transit(c):
    return _D(c.r, 5)


def g_compte(c):
    r = c.r
    return r.choice([_D(r, 7), _D(r, 6), f"{_D(r, 3)}-{_D(r, 4)}", _D(r, 12)])


def g_folio(c):
    return _D(c.r, 6)


def g_detenu(c):
    r = c.r
    return r.choice([_D(r, 6), f"{r.randint(2015, 2025)}-{_D(r, 5)}", f"D-{_D(r, 6)}", _D(r, 7), f"{_D(r, 3)} {_D(r, 3)}"])


def g_statut_indien(c):
    r = c.r
    return r.choice([_D(r, 10), f"{_D(r, 3)} {_D(r, 5)} {_D(r, 2)}", _D(r, 10)])


def g_reclamation(c):
    r = c.r
    return r.choice([f"{_D(r, 2)}-{_D(r, 6)}", f"R{_D(r, 8)}", f"{_D(r, 3)}-{_D(r, 3)}-{_D(r, 3)}",
                     f"SIN{_D(r, 7)}", f"{_D(r, 10)}", f"AB-{_D(r, 7)}"])


def g_saaq(c):
    r = c.r
    return r.choice([_D(r, 9), f"{_D(r, 3)} {_D(r, 3)} {_D(r, 3)}", _D(r, 10), f"{_D(r, 3)}-{_D(r, 3)}-{_D(r, 3)}"])


def g_matricule(c):
    r = c.r
    return r.choice([_D(r, 5), _D(r, 6), f"E{_D(r, 5)}", f"{_D(r, 2)}-{_D(r, 4)}", _D(r, 4)])


def g_hydro(c):
    r = c.r
    return r.choice([f"{_D(r, 3)} {_D(r, 3)} {_D(r, 3)} {_D(r, 3)}", _D(r, 12), f"{_D(r, 3)}-{_D(r, 3)}-{_D(r, 3)}-{_D(r, 3)}"])


def g_uci(c):
    r = c.r
    return r.choice([f"{_D(r, 4)}-{_D(r, 4)}", _D(r, 8), f"{_D(r, 2)}-{_D(r, 4)}-{_D(r, 4)}", _D(r, 10)])


def g_foncier(c):
    r = c.r
    return r.choice([f"{_D(r, 4)}-{_D(r, 2)}-{_D(r, 4)}", f"{_D(r, 4)} {_D(r, 2)} {_D(r, 4)}",
                     f"{_D(r, 4)}-{_D(r, 2)}-{_D(r, 4)}-0-000-0000"])


# --- family ties ------------------------------------------------------------

REL = _w("la fille; le fils; la conjointe; le conjoint; le mari; la femme; la blonde; le chum; le beau-frère;"
         "la belle-sœur; le gendre; la bru; le neveu; la nièce; le cousin; la cousine; l'oncle; la tante;"
         "le petit-fils; la petite-fille; les petits-enfants; la mère; le père; le frère; la sœur;"
         "le beau-père; la belle-mère; le beau-fils; la belle-fille; le demi-frère; la demi-sœur;"
         "la grand-mère; le grand-père; les enfants; l'ex-conjointe; l'ex-conjoint; le parrain; la marraine;"
         "le filleul; les deux garçons; la plus jeune; le plus vieux; la jumelle; le jumeau")
NOTABLES = _w("du maire de {V}; de la mairesse de {V}; du chef pompier de {V}; de la directrice du service incendie de {V};"
              "du curé de {V}; du DG de la municipalité de {V}; du propriétaire du dépanneur de {V};"
              "de la propriétaire du dépanneur du village; du directeur de l'école primaire de {V};"
              "de la directrice de la caisse de {V}; du préfet de la MRC; du chef de police de {V};"
              "du conseiller du district {n} à {V}; de la conseillère municipale de {V};"
              "du propriétaire du garage {N} de {V}; de la propriétaire de la Scierie {N};"
              "du pharmacien de {V}; du médecin du CLSC de {V}; du boucher de l'épicerie {N};"
              "du coordonnateur des mesures d'urgence de {V}; du chef de la communauté de {V};"
              "du propriétaire de la Ferme {N}; du député de {V}; de l'agent {N} de la SQ;"
              "du gérant de l'IGA de {V}; de la secrétaire-trésorière de {V}; du brigadier de l'école de {V};"
              "du concierge de l'église de {V}; du président de la Fabrique de {V}; de l'inspecteur municipal de {V}")
NOMMES = ["de Mme {N}", "de M. {N}", "de {P} {N}", "du petit {N}", "de la petite {Pf} {N}", "de feu M. {N}",
          "de feu {P} {N}", "à {P} {N}", "de la famille {N}", "des {N}", "du vieux {N}", "de madame {N}",
          "du sinistré {P} {N}", "de la sinistrée du {civ}", "du voisin {P}"]


def _fill_anchor(c, s):
    r = c.r
    s = s.replace("{V}", c.pick(VILLES)).replace("{n}", str(r.randint(1, 8)))
    if "{Pf}" in s:
        s = s.replace("{Pf}", c.pick(COMM["fc"][0]))
    if "{P}" in s:
        comm = _comm(c)
        s = s.replace("{P}", c.pick(COMM[comm][0] + COMM[comm][1]))
    if "{N}" in s:
        s = s.replace("{N}", c.pick(COMM[_comm(c)][2]))
    if "{civ}" in s:
        s = s.replace("{civ}", g_civ(c) + " " + _street(c))
    return s


def _de(rel, anchor):
    return f"{rel} {anchor}"


def g_lien_notable(c):
    return _de(c.pick(REL), _fill_anchor(c, c.pick(NOTABLES)))


def g_lien_nomme(c):
    a = c.r.choice(NOMMES)
    if a.startswith("à ") or a == "de la sinistrée du {civ}":
        a = "de " + a[2:] if a.startswith("à ") else a
    return _de(c.pick(REL), _fill_anchor(c, a))


def g_lien_any(c):
    return g_lien_notable(c) if c.r.random() < 0.5 else g_lien_nomme(c)


def g_ancre_notable(c):
    return _fill_anchor(c, c.pick(NOTABLES))


def g_ancre_nomme(c):
    a = c.r.choice(NOMMES)
    if a.startswith("à "):
        a = "de " + a[2:]
    return _fill_anchor(c, a)


def g_lien_veuve(c):
    r = c.r
    n = c.pick(COMM[_comm(c)][2])
    p = c.pick(COMM["fc"][1])
    return r.choice([f"la veuve de feu M. {n}", f"la veuve de {p} {n}", f"le veuf de feu Mme {n}",
                     f"la veuve {n}", f"veuve de feu {p} {n}", f"le veuf de {c.pick(COMM['fc'][0])} {n}"])


def g_lien_joual(c):
    r = c.r
    rel = r.choice(["le chum", "la blonde", "le gars", "la fille", "le p'tit gars", "la mère", "le frère",
                    "la sœur", "le beau-frère", "la belle-mère", "le bonhomme", "la bonne femme"])
    anc = r.choice([f"à {c.pick(COMM['fc'][0] + COMM['fc'][1])}", f"à {c.pick(COMM['fc'][0] + COMM['fc'][1])} {c.pick(COMM['fc'][2])}",
                    f"du gars du garage {c.pick(COMM['fc'][2])}", f"à {c.pick(COMM['fc'][2])} du dépanneur",
                    "au maire", f"à {c.pick(SURNOMS)}", f"au boucher du {c.pick(COMM['fc'][2])}"])
    return f"{rel} {anc}"


def g_famille_rang(c):
    r = c.r
    n = c.pick(COMM["fc"][2] + COMM["acadien"][2])
    return r.choice([f"les {n} du rang {r.randint(2, 10)}", f"la famille {n} du {r.randint(2, 9)}e Rang",
                     f"les {n} de la côte {c.pick(COTE_NAMES)}", f"la famille {n} du bout du rang {c.pick(RANG_NAMES)}",
                     f"les {n} du chemin {c.pick(CHEMIN_NAMES)}", f"le clan {n} de {c.pick(VILLES)}"])


def g_lien_en(c):
    r = c.r
    rel = r.choice(["the daughter", "the son", "the wife", "the husband", "the brother", "the sister",
                    "the nephew", "the niece", "the grandson", "the widow", "the ex-wife", "the stepson"])
    anc = r.choice([f"of the mayor of {c.pick(VILLES)}", f"of the owner of the {c.pick(COMM['fc'][2])} garage",
                    f"of Mr. {c.pick(COMM['irlandais'][2])}", f"of Mrs. {c.pick(COMM['fc'][2])}",
                    f"of the fire chief in {c.pick(VILLES)}", f"of {c.pick(COMM['irlandais'][1])} {c.pick(COMM['irlandais'][2])}"])
    return f"{rel} {anc}"


# --- workplaces -------------------------------------------------------------

def g_commerce(c):
    r = c.r
    t = c.pick(PETITS_COMMERCES)
    n = c.pick(COMM["fc"][2] + COMM["acadien"][2] + COMM["italien"][2] + COMM["portugais"][2])
    p = c.pick(COMM["fc"][0] + COMM["fc"][1])
    ini = c.r.choice(["J.-P.", "R.", "M.", "G.-A.", "L.", "J.-C.", "A.", "D."])
    s = t.replace("{N}", n).replace("{P}", p).replace("{I}", ini)
    if r.random() < 0.55:
        s += r.choice([" de ", " à ", " de ", " – "]) + c.pick(VILLES)
    return s


def g_commerce_sans_ville(c):
    t = c.pick(PETITS_COMMERCES)
    n = c.pick(COMM["fc"][2] + COMM["acadien"][2] + COMM["italien"][2])
    return t.replace("{N}", n).replace("{P}", c.pick(COMM["fc"][0] + COMM["fc"][1])).replace("{I}", "J.-P.")


def g_chaine(c):
    r = c.r
    ch, v = c.pick(CHAINES), c.pick(VILLES)
    return r.choice([f"{ch} {v}", f"{ch} de {v}", f"{ch} {v}", f"{ch} à {v}", f"{ch} du centre-ville de {v}"])


def g_tim(c):
    r = c.r
    v = c.pick(VILLES)
    return r.choice([f"Tim de {v}", f"Tim Hortons de {v}", f"McDo de {v}", f"Tim à {v}", f"St-Hub de {v}",
                     f"Couche-Tard de {v}", f"Dépanneur Voisin de {v}", f"Subway de {v}"])


def g_usine(c):
    r = c.r
    u, vs = c.pick(USINES)
    v = r.choice(vs)
    return r.choice([f"{u} à {v}", f"{u} de {v}", f"{u} {v}", f"l'usine {u} de {v}"])


def g_ecole(c):
    return f"{c.pick(ECOLES)} de {c.pick(VILLES)}"


def g_chsld(c):
    r = c.r
    s = c.pick(CHSLD)
    return s if r.random() < 0.4 else f"{s} de {c.pick(VILLES)}"


def g_hopital(c):
    r = c.r
    v = c.pick(VILLES)
    return r.choice([f"hôpital de {v}", f"urgence de l'hôpital de {v}", f"Hôtel-Dieu de {v}", f"hôpital régional de {v}",
                     f"unité de soins intensifs de l'hôpital de {v}", f"hôpital de {v}", f"urgence de {v}"])


def g_municipal(c):
    r = c.r
    v = c.pick(VILLES)
    return r.choice([f"garage municipal de {v}", f"service des travaux publics de {v}", f"poste de pompage de {v}",
                     f"centre communautaire de {v}", f"bureau de poste de {v}", f"dépôt à neige de {v}",
                     f"garage de la voirie à {v}", f"service des loisirs de {v}", f"garage municipal de {v}"])


def g_ferme(c):
    r = c.r
    n = c.pick(COMM["fc"][2])
    v = c.pick(VILLES)
    return r.choice([f"ferme laitière {n} de {v}", f"Ferme {n} & fils", f"ferme {n} à {v}", f"ferme d'élevage {n} de {v}",
                     f"Ferme porcine {n} inc.", f"Ferme {n} et frères", f"ferme ovine {n} de {v}", f"ferme maraîchère {n} à {v}"])


def g_mine(c):
    r = c.r
    return r.choice(["mine Raglan", "mine Éléonore", "mine Canadian Malartic", "mine LaRonde", "mine Westwood",
                     "mine Goldex", "mine Casa Berardi", "mine Niobec", "mine du lac Bloom", "mine Renard",
                     "mine Fenelon", "mine Whabouchi", "mine Beaufor",
                     "mine Sayona à La Motte", "mine Mont-Wright"])


def g_fonction(c):
    r = c.r
    v = c.pick(VILLES)
    return r.choice([f"bureau de Services Québec de {v}", f"bureau de la SAAQ de {v}", f"palais de justice de {v}",
                     f"centre de services scolaire de {v}", f"bureau de Revenu Québec à {v}",
                     f"poste de la SQ de {v}", f"centre de détention de {v}", f"bureau de Postes Canada de {v}",
                     f"CISSS à {v}", f"CPE {c.pick(COMM['fc'][2])} de {v}"])


def g_employeur_any(c):
    f = c.r.choice([g_commerce, g_chaine, g_usine, g_ecole, g_chsld, g_ferme, g_municipal])
    return f(c)


def g_metier(c):
    return c.pick(EMPLOI_METIERS_F if c.g == "f" else EMPLOI_METIERS_M)


# --- clean fillers ----------------------------------------------------------

def g_ville(c):
    return c.pick(VILLES)


def g_riviere(c):
    return c.pick(RIVIERES)


def g_mrc(c):
    return c.pick(MRCS)


def g_rn(c):
    return c.pick(ROUTE_NUMS)


def g_infra(c):
    return c.pick(INFRA_PERSONNES)


def g_etab(c):
    return c.pick(ETAB_PERSONNES)


def g_heure(c):
    r = c.r
    h, m = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, r.randint(0, 59)])
    return r.choice([f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}", f"{h}h{m:02d}", f"{h}h"])


def g_date_ev(c):
    r = c.r
    m, d = r.randint(1, 12), r.randint(1, 28)
    y = r.randint(2017, 2025)
    return r.choice([f"{d} {MOIS[m - 1]}", f"{y}-{m:02d}-{d:02d}", f"{d} {MOIS_ABR[m - 1]}", f"{d}/{m:02d}",
                     f"{d} {MOIS[m - 1]} {y}"])


def g_nb(c):
    return str(c.r.randint(2, 48))


def g_nbg(c):
    r = c.r
    n = r.randint(120, 48000)
    return f"{n:,}".replace(",", " ")


def g_niveau(c):
    r = c.r
    return f"{r.randint(0, 6)},{r.randint(0, 99):02d} m"


def g_mm(c):
    return f"{c.r.randint(5, 140)} mm"


def g_temp(c):
    r = c.r
    return r.choice([f"-{r.randint(15, 42)} °C", f"{r.randint(28, 38)} °C", f"-{r.randint(20, 45)}°C", f"+{r.randint(1, 12)}°C"])


def g_froid(c):
    r = c.r
    return r.choice([f"-{r.randint(25, 48)} °C", f"-{r.randint(25, 45)}°C", f"moins {r.randint(30, 45)}"])


def g_vent(c):
    return f"{c.r.randint(50, 130)} km/h"


def g_debit(c):
    return f"{c.r.randint(80, 4200)} m³/s"


def g_org(c):
    return c.r.choice(["SQ", "SOPFEU", "Hydro-Québec", "MTMD", "Croix-Rouge", "CISSS", "MSP", "ECCC",
                       "SSI", "Garde côtière", "MELCCFP", "MRNF", "CN", "services municipaux"])


def g_role(c):
    return c.r.choice(["le maire", "la mairesse", "la DG", "le directeur général", "le coordonnateur municipal",
                       "la directrice du service incendie", "le chef aux opérations", "le préfet",
                       "la conseillère en sécurité civile", "le directeur des travaux publics",
                       "l'inspecteur municipal", "le responsable des communications", "la greffière",
                       "le capitaine de garde", "l'agent de liaison du MSP", "la coordonnatrice régionale"])


def g_telorg(c):
    return c.r.choice(["1 866 776-8345", "811", "911", "1 800 790-2424", "1 877 644-4545", "1 800 463-3389",
                       "1 800 361-2503", "311", "511", "1 888 643-4721", "1-800-463-4387", "1 877 263-1303",
                       "1 866 APPELLE"])


def g_pont_age(c):
    return str(c.r.randint(30, 130))


# ---------------------------------------------------------------------------
# engine
# ---------------------------------------------------------------------------

GEN = {k[2:]: v for k, v in list(globals().items()) if k.startswith("g_") and callable(v)}
for _cat in SANTE:
    GEN["s_" + _cat] = _sante(_cat)

GENDER = {
    "e": ("e", ""), "Mme": ("Mme", "M."), "il": ("elle", "il"), "Il": ("Elle", "Il"), "le": ("la", "le"),
    "un": ("une", "un"), "fils": ("fille", "fils"), "Mr": ("Mrs.", "Mr."), "she": ("she", "he"),
    "her": ("her", "his"), "dame": ("dame", "monsieur"), "homme": ("femme", "homme"), "H": ("F", "H"),
    "lui": ("elle", "lui"), "madame": ("madame", "monsieur"), "eur": ("euse", "eur"), "ne": ("ne", ""),
    "Le": ("La", "Le"), "ce": ("cette", "ce"), "sinistre": ("sinistrée", "sinistré"),
    "proprio": ("propriétaire", "propriétaire"), "Madame": ("Madame", "Monsieur"),
    "Sa_fille": ("Sa fille", "Son fils"), "Sa_soeur": ("Sa sœur", "Son frère"), "Sa_mere": ("Sa mère", "Son père"),
    "Son_chum": ("Sa blonde", "Son chum"), "son_jumeau": ("sa sœur jumelle", "son frère jumeau"),
    "la_petite": ("la petite", "le petit"),
}
FILLERS = {"ville", "riviere", "mrc", "rn", "infra", "etab", "heure", "date_ev", "nb", "nbg", "niveau", "mm",
           "temp", "froid", "vent", "debit", "org", "role", "telorg", "pont_age", "metier", "prov", "ancre_notable", "ancre_nomme"}
TOKEN = re.compile(r"\{([*=]?)([A-Za-z_][A-Za-z0-9_]*)\}")
SPAN = re.compile(r"\[\[(.+?)\]\]")

FAMILIES: list = []  # (kind, name, [templates])


def F(kind, name, *templates):
    assert kind in KINDS or kind == "propre", kind
    assert len(templates) >= 2, (kind, name)
    FAMILIES.append((kind, name, list(templates)))


def _transform(flags, s):
    if "A" in flags:
        s = strip_accents(s)
    if "U" in flags:
        s = s.upper()
    if "L" in flags:
        s = s.lower()
    return s


_CONTR = [(re.compile(r"\b([dD])e le "), r"\1u "), (re.compile(r"\b([dD])e les "), r"\1es "),
          (re.compile(r"\bà le "), "au "), (re.compile(r"\bà les "), "aux "),
          (re.compile(r"\b([dD])e ([AEIOUÉÈÎÂ][a-zéèêëïîôûç])"), r"\1'\2")]


def contract(s: str) -> str:
    for rx, rep_ in _CONTR:
        s = rx.sub(rep_, s)
    return s


def render(tpl: str, c: Ctx):
    flags = ""
    if tpl.startswith("!"):
        flags, tpl = tpl[1:].split("|", 1)
    planted = []

    def rep(m):
        mod, name = m.groups()
        if name in GENDER and not mod:
            return GENDER[name][0 if c.g == "f" else 1]
        if mod == "=":
            val, was = c.last[name]
            if was and val not in planted:
                planted.append(val)
            return val
        if name in ("pn", "PN", "pnl", "NP", "np", "ini", "sig", "typo_pn", "pn_fc"):
            c.comm = None
        val = GEN[name](c)
        is_p = mod == "*" or name not in FILLERS
        c.last[name] = (val, is_p)
        if is_p and val not in planted:
            planted.append(val)
        return val

    def span(m):
        inner = TOKEN.sub(rep, m.group(1))
        if inner not in planted:
            planted.append(inner)
        return inner

    text = SPAN.sub(span, tpl)
    text = TOKEN.sub(rep, text)
    text = contract(text)
    fixed = []
    for p in planted:
        q = contract(p)
        if q not in text and re.match(r"(?i)(le|les) ", q):
            q = q.split(" ", 1)[1]
        fixed.append(q)
    planted = fixed
    text = _transform(flags, text)
    planted = [_transform(flags, p) for p in planted]
    return text, planted, flags


CONTEXTE_AVANT = [
    "Suivi du {date_ev}.", "Visite terrain effectuée avec l'inspecteur municipal ce matin.",
    "Appel reçu au CCMU à {heure}.", "Retour d'appel suite au message laissé hier.",
    "Rencontre au centre de services aux sinistrés.", "Mise à jour après la crue de la rivière {riviere}.",
    "Note de l'agent de liaison :", "Secteur toujours sous surveillance, niveau à {niveau}.",
    "Évaluation préliminaire des dommages faite avec le MSP.", "Panne de courant depuis {heure} dans le secteur.",
    "Patrouille de nuit dans le secteur est.", "Tournée des résidences isolées du rang.",
    "Dossier repris par l'équipe de jour.", "Information recueillie par téléphone.",
    "Rencontre avec la Croix-Rouge ce matin.", "Le secteur a été inspecté par les pompiers de {ville}.",
]
CONTEXTE_APRES = [
    "Prochain suivi dans 48 h.", "Photos au dossier.", "Aucune autre action requise pour l'instant.",
    "À valider avec le coordonnateur municipal avant la fermeture du dossier.",
    "Les formulaires du programme d'aide financière ont été remis.", "Attendre le rapport de l'évaluateur.",
    "Référé à la Croix-Rouge pour l'hébergement temporaire.", "Inspection de la fondation prévue la semaine prochaine.",
    "Rappel prévu demain en avant-midi.", "Le dossier reste ouvert.", "Transmis au MSP le jour même.",
    "Voir aussi la fiche de situation no 4.", "Niveau de la rivière toujours en hausse.",
    "Pompes prêtées par la municipalité, retour prévu lundi.", "Situation stable en fin de journée.",
    "Aucun dommage à la structure selon le SSI.",
]


DECOR = ["{heure} - @@", "@@ ({ville})", "MAJ {date_ev} : @@", "@@ — suivi à {heure}", "[{ville}] @@",
         "@@. Prochaine mise à jour à {heure}", "{date_ev} {heure} @@", "@@ (secteur de {ville})",
         "Note {heure}: @@", "@@ / confirmé à {heure}"]


def render_long(kind, c, idx):
    bases = [t for k, n, ts in FAMILIES if k == kind and n != "note_longue" for t in ts[idx::2]]
    tpl = c.r.choice(bases)
    text, planted, flags = render(tpl, c)
    av = part_idx(CONTEXTE_AVANT, idx)
    ap = part_idx(CONTEXTE_APRES, idx)
    pre = " ".join(c.r.sample(av, c.r.randint(1, 2)))
    post = " ".join(c.r.sample(ap, c.r.randint(1, 3)))
    pre, _, _ = render(pre, c)
    post, _, _ = render(post, c)
    pre, post = _transform(flags, pre), _transform(flags, post)
    body = text if text[-1:] in ".!?:" else text + "."
    return f"{pre} {body} {post}", planted


def part_idx(pool, idx):
    return pool[idx::2]


def generate(split: str, per_family: int = 20, seed: int = 0) -> list:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    idx = SPLITS.index(split)
    cells = []
    seen = set()
    for kind, name, templates in FAMILIES:
        fam = f"{kind}.{name}"
        temps = templates[idx::2]
        rng = random.Random(f"gen4|{split}|{seed}|{fam}")
        offset = rng.randrange(len(temps))
        for i in range(per_family):
            for attempt in range(600):
                tpl = temps[(offset + i + (attempt // 40)) % len(temps)]
                c = Ctx(rng, idx)
                flags = ""
                if tpl == "@long":
                    text, planted = render_long(kind, c, idx)
                else:
                    text, planted, flags = render(tpl, c)
                if kind == "propre" and text in seen and attempt >= 3:
                    deco = c.r.choice(DECOR[idx::2])
                    text = _transform(flags, render(deco, c)[0]).replace("@@", text)
                if kind == "propre":
                    planted = []
                elif not planted:
                    raise AssertionError(f"{fam}: template without planted value: {tpl}")
                if any(side(p) != idx or not norm(p) for p in planted):
                    continue
                if text in seen and attempt < 300:
                    continue
                break
            else:
                raise RuntimeError(f"{fam}: could not draw values for split {split}")
            for p in planted:
                assert p in text, (fam, p, text)
            seen.add(text)
            cells.append(Cell(text=text, kind=kind, family=fam, planted=tuple(planted)))
    return cells


def planted_norms(cells):
    return {norm(p) for cell in cells for p in cell.planted}


def check_disjoint(per_family=20, seed=0, seed_other=None):
    a = generate("dev4", per_family, seed)
    b = generate("heldout4", per_family, seed if seed_other is None else seed_other)
    inter = planted_norms(a) & planted_norms(b)
    assert not inter, f"planted values shared between splits: {sorted(inter)[:20]}"
    for cell in a + b:
        for p in cell.planted:
            assert p in cell.text, (cell.family, p, cell.text)
    # no template shared
    return a, b


# ===========================================================================
# FAMILIES — nom
# ===========================================================================
F("nom", "majuscules_verbe",
  "!U|{*pn} A APPELÉ POUR SIGNALER DE L'EAU DANS LE SOUS-SOL",
  "!U|{*pn} CONFIRME QUE LE PUITS EST CONTAMINÉ, DEMANDE EAU EMBOUTEILLÉE",
  "!U|APPEL REÇU {heure}: {*pn} SIGNALE ARBRE TOMBÉ SUR LA LIGNE",
  "!U|{*pn} REFUSE D'ÉVACUER MALGRÉ L'AVIS DE LA SQ",
  "!UA|{*pn} DIT QUE LE PONCEAU EST BLOQUE DEPUIS HIER",
  "!U|SELON LE RAPPORT, {*pn} AURAIT ALLUMÉ UN FEU À CIEL OUVERT SANS PERMIS",
)
F("nom", "majuscules_sans_verbe",
  "!U|{*NP} - SOUS-SOL INONDÉ 40 CM",
  "!U|SINISTRÉ: {*NP} / PERTE TOTALE GARAGE",
  "!U|{*NP} — HÉBERGÉ{e} CROIX-ROUGE",
  "!U|RÉSIDENCE {*NP}, ÉVACUATION PRÉVENTIVE",
  "!U|{*NP}",
  "!UA|DOSSIER {*NP} - EN ATTENTE PHOTOS",
)
F("nom", "minuscules",
  "!L|parlé à {*pn} ce matin, ok pour la visite de l'évaluateur",
  "!L|{*pn} rappelle pour savoir ou en est son dossier",
  "!LA|vu {*pn} sur place, tout est beau",
  "!L|inspection faite avec {*pn}, fissures dans la fondation",
  "!L|{*pn} pas joignable, msg laissé",
  "!L|contact: {*pn}",
)
F("nom", "initiales",
  "Vérifié par {*ini} à {heure}",
  "{*ini} sur place avec la pompe",
  "Vu avec {*ini} : ok pour la relocalisation",
  "Suivi tél. fait ({*ini})",
  "Rencontre {*ini} + évaluateur mardi",
  "Info transmise par {*ini}, à valider",
)
F("nom", "nom_virgule_prenom",
  "{*np} — propriétaire occupant, sous-sol fini endommagé",
  "Réclamant : {*np}",
  "{*np}; a quitté la résidence vers {heure}",
  "Liste d'attente hébergement : {*np}",
  "{*np} (locataire) demande formulaire",
  "Appelant: {*np} — rappel demandé",
)
F("nom", "titre_civilite",
  "{Mme} {*nom_fc} a signalé un refoulement d'égout",
  "Visite chez {Mme} {*nom_fc}, dommages au toit",
  "{Mme} {*nom} refuse de quitter sans son chien",
  "Parler à {Mme} {*nom_fc} avant de fermer le dossier",
  "Rencontré {Mme} {*nom} et son voisin, ok",
  "{Mme} {*nom_fc} : génératrice prêtée par la municipalité",
)
F("nom", "surnom",
  "{*surnom} a aidé à remplir les sacs de sable",
  "Selon {*surnom} le chemin est encore fermé au pont",
  "Le bateau de {*surnom} a servi pour l'évacuation du rang",
  "demander à {*surnom} pour la clé du garage municipal",
  "C'est {*surnom} qui a vu la fumée en premier",
  "{*surnom} (le voisin) a coupé le courant lui-même",
)
F("nom", "surnom_gros",
  "le {*surnom_gros} est passé avec sa pépine pour dégager le ponceau",
  "Info du {*surnom_gros}: la glace a bougé à 5h",
  "Le {*surnom_gros} pas content, veut parler au maire",
  "vu le {*surnom_gros} au centre d'hébergement",
  "Appel du {*surnom_gros} pour du bois sur la route",
  "le {*surnom_gros} s'occupe des chats du voisin",
)
F("nom", "typo",
  "Appel de {*typo_pn} concernant le drain francais",
  "{*typo_pn} demande un rapel",
  "Dossier ouvert au nom de {*typo_pn}",
  "{*typo_pn} a envoyé les factures par la poste",
  "rencontré {*typo_pn} sur le terain, érosion de la berge",
  "Mettre à jour: {*typo_pn} a déménagé",
)
F("nom", "nom_mot_commun",
  "{*motpn} a reçu l'avis d'évacuation à {heure}",
  "Rencontre avec {*motpn}, dommages à la galerie",
  "Contact sur place : {*motpn}",
  "{*motpn} demande si l'eau est potable",
  "La réclamation de {*motpn} est complète",
  "Propriétaire: {*motpn}",
)
F("nom", "guillemets",
  "Dit s'appeler « {*pn} », pas de pièce d'identité",
  "Se présente comme \"{*prenom}\" et refuse de donner son nom de famille",
  "Le « {*pn} » mentionné dans le rapport précédent est le locataire",
  "Surnommé '{*surnom}' par les voisins",
  "Signataire « {*pn} »",
  "voisin \"{*prenom}\" a des clés",
)
F("nom", "signature",
  "Dossier transmis à l'évaluateur. — {*sig}",
  "Photos reçues, classées. /{*sig}",
  "OK pour paiement partiel -{*sig}",
  "Relance faite par courriel. {*sig}",
  "à revoir lundi ({*sig})",
  "MAJ {date_ev} par {*ini}",
)
F("nom", "c_o_attention",
  "Envoyer la lettre c/o {*pn}",
  "À l'attention de {*pn}, service de la trésorerie",
  "Chèque a/s {*pn}",
  "Documents remis en main propre à {*pn} (fils)",
  "Courrier c/o {*pn}, chez sa sœur",
  "Attn: {*pn}",
)
F("nom", "selon_source",
  "Selon {*pn}, l'eau a monté de 30 cm pendant la nuit",
  "D'après {*pn} le ponceau est bouché depuis le printemps",
  "Info de {*pn}: route impraticable passé le rang 4",
  "Selon le voisin ({*pn}), la maison était inoccupée",
  "Source : {*pn}",
  "Tel que rapporté par {*pn}, fumée noire vers 14h",
)
F("nom", "suivi_rappel",
  "voir avec {*prenom} demain",
  "Rappeler {*pn} avant midi",
  "{*pn} à rappeler — boîte vocale pleine",
  "TODO: relancer {*pn} pour les photos",
  "Suivi: attendre retour de {*pn}",
  "Rappel fait à {*pn}, pas de réponse",
)
F("nom", "appel_de",
  "Appel de {*pn} (voisine) — odeur de gaz",
  "Appel reçu de {*pn} à {heure}",
  "Appel entrant : {*pn}, demande d'info sur l'aide financière",
  "appel de {*prenom} pour sa mère",
  "2e appel de {*pn} aujourd'hui",
  "Appelant {*pn}",
)
F("nom", "signe_par",
  "Formulaire signé par {*pn}",
  "Signé : {*pn}",
  "Renonciation signée ({*pn}) le {date_ev}",
  "Consentement signé {*pn}",
  "Déclaration du sinistre signée par {*pn} et témoin",
  "sig. {*pn}",
)
F("nom", "autochtones",
  "{*autoch} a signalé la glace instable sur la rivière",
  "Rencontre avec {*autoch} au conseil de bande",
  "Évacuation: {*autoch} transporté{e} par hélico",
  "Contact communauté : {*autoch}",
  "{*autoch} demande du bois de chauffage",
  "Aîné{e} {*autoch} hébergé{e} chez sa fille",
)
F("nom", "diaspora",
  "{*diasp} a besoin d'un interprète pour remplir le formulaire",
  "Locataire {*diasp}, logement inondé",
  "Rencontré {*diasp} et ses enfants au centre d'hébergement",
  "{*diasp} : réclamation en cours",
  "Demandeur: {*diasp}",
  "Le propriétaire ({*diasp}) est en voyage",
)
F("nom", "particules_composes",
  "{*partic} demande une inspection du toit",
  "Sinistré{e}: {*compose}",
  "Parler avec {*partic} pour la servitude",
  "{*compose} hébergé{e} à l'hôtel",
  "Contact: {*partic} (propriétaire)",
  "{*compose} refuse l'aide",
)
F("nom", "prenom_seul",
  "{*prenom} (voisine) a les clés",
  "Demander à {*prenom} s'il reste des lits",
  "{*prenom} du 2e étage est sorti{e} par la fenêtre",
  "{*prenom} va passer chercher les formulaires",
  "Bénévole {*prenom} sur place jusqu'à 22h",
  "dire à {*prenom} que c'est réglé",
)
F("nom", "liste_occupants",
  "Occupants : {*pn}, {*pn_fc}",
  "Présents à la rencontre: {*pn}, {*pn_fc} et l'évaluateur",
  "Personnes hébergées - {*pn} / {*pn_fc}",
  "Résidents évacués: {*pn} ; {*pn_fc} ; 2 enfants",
  "- {*pn}\n- {*pn_fc}",
  "Témoins: {*pn} et {*pn_fc}",
)
F("nom", "debut_deux_points",
  "{*np}: refus d'évacuer",
  "{*pn}: dommages mineurs seulement",
  "{*np}: attend le retour de l'assureur",
  "{*pn} : demande de relogement",
  "{*pn_fc}: OK",
  "{*np} : pas de nouvelles depuis 3 jours",
)
F("nom", "anglais_mix",
  "Spoke with {*pn}, elle dit que le basement est full d'eau",
  "{*pn} called back, wants an update sur son claim",
  "Contact person: {*pn}, speaks English only",
  "Meeting avec {*pn} cancelled, reschedule next week",
  "{*pn} is OK, staying with friends à {ville}",
  "Left a voicemail for {*pn}",
)
F("nom", "sms_joual",
  "!L|slt jai parlé avec {*prenom} a matin, y va passer tantôt",
  "!L|{*pn} capote, y a pu de courant depuis 2 jours",
  "!LA|c {*prenom} qui a appele pr la pompe",
  "!L|{*pn} dit que ça sent le brûlé chez eux",
  "!L|osti {*prenom} a encore callé pour rien",
  "!L|ok c réglé avec {*pn}",
)


# ===========================================================================
# FAMILIES — adresse
# ===========================================================================
F("adresse", "numero_type_nom",
  "Sous-sol inondé au {*adr}, pompe en marche",
  "Résidence sinistrée : {*adr}",
  "Feu de cheminée au {*adr}, maîtrisé à {heure}",
  "{*adr} — arbre sur la toiture",
  "Visite d'inspection prévue au {*adr} jeudi",
  "L'évaluateur est passé au {*adr}, perte partielle",
)
F("adresse", "sans_type_de_voie",
  "Demeure au {*adr_sans_type}, maison mobile",
  "Refoulement au {*adr_sans_type}",
  "Le citoyen du {*adr_sans_type} a encore de l'eau dans la cave",
  "Aller voir au {*adr_sans_type} après le dîner",
  "{*adr_sans_type}: patio arraché par la glace",
  "Propriété du {*adr_sans_type} évacuée",
)
F("adresse", "appartement",
  "Locataire au {*adr_app}, dégât d'eau du voisin d'en haut",
  "Adresse : {*adr_app}",
  "Feu de cuisson, {*adr_app}, aucun blessé",
  "{*adr_app} - fenêtre brisée par le vent",
  "Relogement temporaire, logement d'origine {*adr_app}",
  "la dame du {*adr_app} a signalé une odeur de fumée",
)
F("adresse", "rang_rural",
  "Ferme au {*rang}, grange effondrée sous la neige",
  "Puits contaminé - {*rang}",
  "Résidence isolée, {*rang}, route coupée par le ruisseau",
  "{*rang} : champ inondé et sous-sol plein d'eau",
  "Aller porter de l'eau au {*rang}",
  "Le propriétaire du {*rang} attend l'inspecteur",
)
F("adresse", "chemin_montee_cote",
  "Chalet au {*chemin}, accès coupé",
  "Glissement de terrain derrière la maison du {*chemin}",
  "{*chemin}, terrain affaissé sous le garage",
  "Résidente du {*chemin} sans électricité depuis 3 jours",
  "Évacuation préventive du {*chemin}",
  "{*chemin} — fissure dans le solage",
)
F("adresse", "route_numerotee",
  "Maison au {*route_num}, le fossé déborde",
  "Résidence {*route_num} : toiture arrachée",
  "{*route_num}, propriétaire absent, voisin avisé",
  "Demeure au {*route_num} depuis 40 ans",
  "Feu de broussailles près de la maison du {*route_num}",
  "Érosion côtière menace le {*route_num}",
)
F("adresse", "lot_cadastre",
  "Terrain du demandeur : {*lot}",
  "Construction sur le {*lot}, zone inondable 0-20 ans",
  "{*lot} — résidence principale du sinistré",
  "Le chalet est sur le {*lot}",
  "Vérifier le zonage du {*lot} avant paiement",
  "Propriété identifiée {*lot}",
)
F("adresse", "case_postale",
  "Adresse postale : {*cp}, {ville}",
  "Envoyer le chèque à {*cp}",
  "{*cp} {ville} (pas de livraison à domicile)",
  "Correspondance au {*cp}",
  "Courrier : {*cp}, bureau de poste du village",
  "Préfère recevoir ses lettres à la {*cp}",
)
F("adresse", "code_postal",
  "Code postal du sinistré : {*codepostal}",
  "{ville} {*codepostal}",
  "CP {*codepostal} (à confirmer)",
  "Réside dans le secteur {*codepostal}",
  "code postal {*codepostal} erroné dans le formulaire",
  "Adresse incomplète, seulement {*codepostal}",
)
F("adresse", "adresse_complete",
  "{*adr}, {ville} (Québec) {*codepostal}",
  "Adresse de correspondance: {*adr}, {ville}, QC {*codepostal}",
  "{*adr_app}, {ville} {*codepostal}",
  "Nouvelle adresse — {*adr} {ville} {*codepostal}",
  "{*rang}, {ville} (Qc) {*codepostal}",
  "Adresse: {*adr}\n{ville} QC {*codepostal}",
)
F("adresse", "nombre_en_lettres",
  "Le monsieur du {*adr_lettres} a appelé deux fois",
  "au {*adr_lettres}, sous-sol plein d'eau",
  "Elle habite au {*adr_lettres}, deuxième étage",
  "Dommages au {*adr_lettres}",
  "Évacués: famille du {*adr_lettres}",
  "Voir la maison au {*adr_lettres} en premier",
)
F("adresse", "coin_de_rues",
  "Demeure au coin {*coin}, maison jaune",
  "Réside coin {*coin}, sous-sol inondé",
  "La dame qui habite au coin {*coin} a besoin d'aide pour sortir",
  "Maison au coin {*coin} — arbre sur le toit",
  "Chez elle (coin {*coin})",
  "Domicile: coin {*coin}",
)
F("adresse", "kilometre",
  "Réside au {*km}, maison mobile",
  "Domicile : {*km}",
  "Chalet habité à l'année au {*km}",
  "La résidence du {*km} est isolée par l'eau",
  "Propriétaire au {*km}, accès seulement en VTT",
  "Habite le {*km}, pas de ligne fixe",
)
F("adresse", "chez_lui_au",
  "Retourné{e} chez {lui} au {*adr}",
  "On l'a reconduit{e} chez eux au {*adr_sans_type}",
  "Chez {lui} au {*adr}, pas d'électricité",
  "Est resté{e} chez {lui} au {*adr_sans_type} malgré l'avis",
  "chez eux au {*adr}, la cave est pleine",
  "Son fils l'héberge, chez {lui} au {*adr} c'est inhabitable",
  "Reparti{e} chez {lui} au {*civ}, la maison verte en face de l'église",
  "Chez eux au {*civ} de la même rue, tout est beau",
)
F("adresse", "abreviations",
  "Dommages: {*adr_abr}",
  "Inspect. {*adr_abr} - ok",
  "{*adr_abr} : refoul. égout",
  "Adr.: {*adr_abr}",
  "Sinistre au {*adr_abr} (toiture)",
  "évac. {*adr_abr}",
)
F("adresse", "majuscules",
  "!U|RÉSIDENCE AU {*adr} INONDÉE",
  "!U|ADRESSE: {*adr_app}",
  "!UA|FEU DE GARAGE {*adr}, PERTE TOTALE",
  "!U|{*rang} - ARBRE SUR FILS ÉLECTRIQUES",
  "!U|VISITER {*adr} AVANT 16H",
  "!U|DOMICILE: {*adr}",
)
F("adresse", "parentheses",
  "Maison du sinistré ({*adr}) barricadée",
  "Le locataire ({*adr_app}) a été relogé",
  "Dommages importants à la résidence ({*adr})",
  "Feu de cuisinière (au {*adr}) maîtrisé",
  "La propriétaire [{*adr}] demande un suivi",
  "Évacuée (adresse {*adr}) hébergée chez sa fille",
)
F("adresse", "liste_adresses",
  "Résidences touchées: {*adr}, {*adr_sans_type}",
  "Visites à faire: - {*adr}\n- {*adr_app}",
  "Adresses évacuées : {*adr} ; {*rang}",
  "Inspecter {*adr} puis {*adr_sans_type}",
  "Secteur fermé: {*adr}, {*adr_app}",
  "Liste: {*adr} / {*chemin}",
)
F("adresse", "anglais",
  "Lives at {*adr_en}, basement flooded",
  "Resident of {*adr_en} requests sandbags",
  "{*adr_en} - tree on roof, no injuries",
  "Home address: {*adr_en}, {ville}",
  "Went to {*adr_en}, nobody home",
  "Caller at {*adr_en} has no power since yesterday",
)
F("adresse", "ancienne_adresse",
  "Ancienne adresse : {*adr}, a déménagé depuis",
  "Déménagé du {*adr} au {*adr_app}",
  "Adresse au dossier ({*adr}) n'est plus valide",
  "Avant le sinistre demeurait au {*adr}",
  "Anc. adr. {*adr_abr}",
  "Vivait au {*adr} jusqu'en mai",
)
F("adresse", "sms_sans_accents",
  "!LA|rendu au {*adr_sans_type}, ya de l'eau partout",
  "!LA|je suis devant le {*adr}, personne repond",
  "!LA|passe au {*adr} apres",
  "!LA|le monsieur du {*adr_sans_type} veut un rappel",
  "!A|Evacuation {*adr} OK",
  "!LA|fini au {*adr}, je m'en vais au suivant",
)
F("adresse", "suffixe_civique",
  "Sous-sol inondé au {*adr_suffixe}",
  "Résidence {*adr_suffixe} : fissures murs",
  "{*adr_suffixe}, locataire relocalisé",
  "Vérifier {*adr_suffixe} (pas le même que le voisin)",
  "Feu de poubelle à côté du {*adr_suffixe}",
  "Domicile au {*adr_suffixe}",
)
F("adresse", "civique_etiquette",
  "No civique : {*civ} / Rue : {*rue_nom}",
  "Numéro civique {*civ}, {*rue}",
  "# civ. {*civ} — {*rue}",
  "Civique {*civ} sur la {*rue}",
  "No: {*civ} Rue: {*rue_nom}",
  "Adresse du bien : no {*civ}, {*rue}",
)


# ===========================================================================
# FAMILIES — age
# ===========================================================================
F("age", "ans_chiffres",
  "{Mme} {nom_fc}, {*age}, vit seul{e} avec son chien",
  "Sinistré{e} de {*age}, pas de famille dans la région",
  "La victime, {*age}, a été transportée à l'hôpital",
  "Propriétaire âgé{e} de {*age} refuse l'évacuation",
  "Locataire ({*age}) relogé{e} temporairement",
  "Conducteur de {*age} intercepté sur la route {rn}",
)
F("age", "ans_en_lettres",
  "{Il} a {*age_lettres} et vit seul{e}",
  "Une {dame} de {*age_lettres} hébergée au centre",
  "Âgé{e} de {*age_lettres}, autonome",
  "Le garçon de {*age_lettres_enf} était seul à la maison",
  "{Mme} {nom}, {*age_lettres}, a perdu ses papiers",
  "Personne de {*age_lettres} secourue par les pompiers",
)
F("age", "abrege_a",
  "Proprio {*age_a}, seul{e}",
  "Femme {*age_a} évacuée en chaloupe",
  "Occupant {*age_a} - sorti seul",
  "Homme {*age_a}, refus transport",
  "Patient{e} {*age_a} transféré{e}",
  "{nom} {*age_a}",
)
F("age", "sexe_age",
  "Occupant: {*sexe_age}, autonome",
  "{*sexe_age} - évacué par l'échelle",
  "Victime {*sexe_age} transportée CH {ville}",
  "Personnes évacuées : {*sexe_age} + chien",
  "Pt {*sexe_age} pris en charge",
  "Conducteur {*sexe_age}, alcootest négatif",
)
F("age", "bebe_mois_semaines",
  "Bébé de {*bebe} dans la maison, priorité",
  "Une mère avec un enfant âgé de {*bebe} hébergée à l'hôtel",
  "Nourrisson ({*bebe}) à évacuer en premier",
  "Besoin de lait maternisé pour un bébé de {*bebe}",
  "Enfant de {*bebe} transporté par précaution",
  "La petite a {*bebe}",
)
F("age", "decennie",
  "Homme {*decennie}, vit seul au bout du rang",
  "La propriétaire, {*decennie}, semble dépassée",
  "Suspect décrit comme un homme {*decennie}, casquette rouge",
  "Dame {*decennie} hébergée chez sa sœur",
  "Couple ({*decennie}) évacué en bateau",
  "Le locataire : {*decennie}",
)
F("age", "genaire",
  "Un {*genaire} refuse de quitter sa maison",
  "Couple {*genaire} isolé par l'eau",
  "La victime, {*genaire}, a été retrouvée saine et sauve",
  "Propriétaire {*genaire} vivant seul",
  "Dame {*genaire} transportée au CH par précaution",
  "{*genaire}, veuf, autonome mais pas de véhicule",
)
F("age", "fraction_demi",
  "Enfant de {*fraction} retrouvé chez le voisin",
  "La fillette ({*fraction}) était seule dans la voiture",
  "Garçon {*fraction} - retrouvé dans le cabanon",
  "Deux enfants dont un de {*fraction}",
  "Petit gars de {*fraction} évacué avec sa mère",
  "Âge de l'enfant : {*fraction}",
)
F("age", "ne_il_y_a",
  "Né{e} il y a {*age_vieux} dans cette maison, ne veut pas partir",
  "Habite le rang depuis qu'{il} est né{e}, il y a {*age_vieux}",
  "Venu{e} au monde il y a {*age} à {ville}",
  "{Il} est né{e} il y a {*age} et n'a jamais vu une crue pareille",
  "né{e} il y a {*age_vieux}",
  "Selon sa fille, {il} est né{e} il y a {*age_vieux} dans la chambre d'en haut",
)
F("age", "anglais_yo",
  "Male {*yo}, missing hunter",
  "Patient {*yo} transported to {ville} hospital",
  "{*yo} female, lives alone, no car",
  "Owner is {*yo}, no phone at home",
  "Person {*yo} missing since 3pm",
  "Driver {*yo}, refused treatment",
)
F("age", "agee_de_nombre",
  "Madame, âgée de {*age_n}, vit seule",
  "Monsieur agé de {*age_n} sans famille",
  "{Mme} {nom_fc}, âgé{e} de {*age_n}, transporté{e}",
  "La locataire âgée de {*age_n} a été relogée",
  "Personne âgée de {*age_n} secourue",
  "Agée de {*age_n}, elle refuse l'ambulance",
)
F("age", "parentheses_apres_nom",
  "{Mme} {nom_fc} ({*age_n}) relogé{e} à l'hôtel",
  "Occupants: {pn} ({*age_n}) et son fils",
  "{nom} ({*age_n} ans) transporté{e} au CH",
  "{pn_fc} [{*age_n}] sans assurance",
  "Victime ({*age}) prise en charge par les ambulanciers",
  "{pn} ({*sexe_age}) refuse de partir",
)
F("age", "debut_cellule",
  "{*age}, vit seul{e}, pas de voiture",
  "{*age} - pas de véhicule",
  "{*age_a} hébergé{e} chez sa fille",
  "{*age}. Sans électricité depuis lundi.",
  "{*age_lettres}, autonome",
  "{*age} ; aucune famille proche",
)
F("age", "majuscules",
  "!U|HOMME {*age} DISPARU EN FORÊT",
  "!U|FEMME {*age} COINCÉE PAR L'EAU",
  "!UA|OCCUPANTE AGEE DE {*age_n} ANS EVACUEE",
  "!U|ENFANT {*age_enf} SEUL À LA MAISON",
  "!U|CONDUCTEUR {*age} ARRÊTÉ",
  "!U|VICTIME {*sexe_age} RETROUVÉE",
)
F("age", "enfants_ages",
  "Famille avec 2 enfants ({*age_enf} et {*age_enf})",
  "Mère et ses enfants de {*age_enf} et {*age_enf}",
  "Enfants: {*age_enf}, {*age_enf}",
  "Un enfant de {*age_enf} et un bébé de {*bebe}",
  "La fille de {*age_enf} a aidé à sortir le chien",
  "Les jumeaux de {*age_enf} sont chez la grand-mère",
)
F("age", "approximatif",
  "Homme d'environ {*age_approx}, barbe grise",
  "Dame d'à peu près {*age_approx}",
  "Individu ±{*age_approx}, vêtu de noir",
  "Femme +/- {*age_approx}, désorientée",
  "Suspect approx. {*age_approx}",
  "Le conducteur aurait autour de {*age_approx}",
)
F("age", "champ_age",
  "Âge : {*age_n}",
  "age: {*age_n} | sexe: {H}",
  "Âge du demandeur: {*age_n}",
  "ÂGE {*age_n} - AUTONOME",
  "Age {*age_n}",
  "Âge/sexe : {*age_n}/{H}",
)
F("age", "anniversaire",
  "Vient d'avoir {*age}, vit toujours seul{e}",
  "Elle a eu {*age} la semaine passée",
  "Fête ses {*age} demain, la famille est inquiète",
  "{Il} vient juste d'avoir {*age}",
  "A célébré ses {*age} au mois de mai",
  "Aura {*age} en décembre",
)
F("age", "mineur",
  "Jeune de {*age_ado} interpellé près du chantier",
  "Ado de {*age_ado} en fugue depuis hier soir",
  "Mineure ({*age_ado}) retrouvée chez une amie",
  "Un garçon de {*age_ado} aurait allumé le feu",
  "Adolescent{e} {*age_ado} remis{e} à ses parents",
  "Le jeune ({*age_ado}) était au volant du VTT",
)
F("age", "aine_vulnerable",
  "Personne âgée de {*age_vieux} vit seule, à visiter en priorité",
  "Aîné{e} de {*age_vieux} sans chauffage",
  "{Mme} {nom}, {*age_vieux}, sans famille proche",
  "Dame de {*age_vieux} isolée par la neige",
  "Le résident de {*age_vieux} ne veut pas aller au CHSLD",
  "Couple de {*age_vieux} et {*age_vieux}, aucune aide",
)
F("age", "anglicismes_mix",
  "Une lady de {*age} appelle pour son basement",
  "Un kid de {*age_enf} a callé le 911",
  "Le boss de la ferme, {*age}, est au hospital",
  "Le guy de {*age} est full stressé",
  "La madame de {*age} veut parler au manager",
  "Teen de {*age_ado} sur le skidoo",
)
F("age", "sms_typos",
  "!L|le monsieur a {*age_a} pi y vit tt seul",
  "!L|la madame a {*age_a} elle veut pas partir",
  "!LA|y a {*age_a} pis y a pas de char",
  "!L|ptit gars de {*age_a} tout seul",
  "!L|elle a genre {*age_a}",
  "!L|{*age_a} pi yé tout seul",
)
F("age", "occupants_h_f",
  "Occupants : {*sexe_age}, {*sexe_age}, 2 enfants",
  "Famille: H {*age_n}, F {*age_n}",
  "Résidents - homme {*age}, femme {*age}",
  "Couple {*age_n}/{*age_n}",
  "Ménage: 1 adulte ({*age}), 1 enfant ({*age_enf})",
  "Évacués: {*sexe_age} et {*sexe_age}",
)


# ===========================================================================
# FAMILIES — date_naissance
# ===========================================================================
F("date_naissance", "ddn_iso",
  "DDN {*ddn_iso}",
  "Sinistré{e} DDN: {*ddn_iso}, propriétaire occupant",
  "{Mme} {nom_fc} (DDN {*ddn_iso}) - dossier ouvert",
  "ddn {*ddn_iso} à valider avec la carte",
  "Vérif. identité faite, DDN {*ddn_iso}",
  "DDN : {*ddn_iso} / tél. à venir",
)
F("date_naissance", "ne_le_texte",
  "Né{e} le {*ddn_texte} à {ville}",
  "Le demandeur, né le {*ddn_texte}, est propriétaire depuis 1990",
  "Née le {*ddn_texte}, vit seule",
  "{Il} est né{e} le {*ddn_texte}",
  "Personne disparue née le {*ddn_texte}",
  "né le {*ddn_texte} selon le permis",
)
F("date_naissance", "en_lettres",
  "Née le {*ddn_premier}",
  "Est né le {*ddn_premier}, selon sa sœur",
  "Date de naissance déclarée : {*ddn_premier}",
  "{Il} dit être né{e} le {*ddn_premier}",
  "née le {*ddn_premier} à l'hôpital de {ville}",
  "Né le {*ddn_premier} (à vérifier)",
)
F("date_naissance", "annee_seule",
  "Né(e) en {*annee}",
  "Propriétaire né en {*annee}, veuf",
  "Née en {*annee}, vit seule au village",
  "année de naissance: {*annee}",
  "Locataire (né en {*annee}) relocalisé",
  "{Il} est de {*annee}",
)
F("date_naissance", "jj_mm_aa",
  "DDN {*jjmmaa}",
  "Né{e} le {*jjmmaa}",
  "D.N. : {*jjmmaa}",
  "{pn} {*jjmmaa}",
  "naissance {*jjmmaa}",
  "date naiss. {*jjmmaa} (carte RAMQ vue)",
)
F("date_naissance", "compact",
  "Date de naissance : {*compact}",
  "ddn:{*compact}",
  "DN {*compact} / sexe {H}",
  "Naiss. {*compact}",
  "DATE_NAISS={*compact}",
  "Date naissance {*compact} inscrite au dossier",
)
F("date_naissance", "fetera_anniversaire",
  "Fêtera ses {*age_vieux} le {*jour_mois}",
  "Son anniversaire est le {*jour_mois}, la famille voulait fêter au chalet",
  "Aura {*age_vieux} le {*jour_mois}",
  "Sa fête c'est le {*jour_mois}",
  "Anniversaire de naissance : {*jour_mois}",
  "Fête le {*jour_mois}, on prévoit une visite",
)
F("date_naissance", "venue_au_monde",
  "Venue au monde le {*ddn_texte} dans la maison familiale",
  "Venu au monde le {*ddn_texte} à {ville}",
  "Venu{e} au monde en {*annee}, jamais déménagé{e}",
  "venue au monde le {*ddn_texte}",
  "Mis au monde le {*ddn_recente} à la maison, sage-femme présente",
  "Il est venu au monde le {*ddn_texte}",
)
F("date_naissance", "etiquette_majuscules",
  "!U|D.D.N.: {*jjmmaa}",
  "!U|DATE DE NAISSANCE {*ddn_iso}",
  "!UA|NE LE {*ddn_texte}",
  "!U|DDN {*compact} — VÉRIFIÉE",
  "!U|NÉE EN {*annee}",
  "!U|DDN: {*ddn_texte}",
)
F("date_naissance", "anglais",
  "DOB {*ddn_en}",
  "Born {*ddn_en} in {ville}",
  "Date of birth: {*ddn_en}",
  "dob: {*ddn_en}, lives alone",
  "Birthdate {*ddn_en}",
  "He was born on {*ddn_en}",
)
F("date_naissance", "parentheses_apres_nom",
  "{pn} ({*ddn_iso})",
  "{pn_fc} (né{e} le {*ddn_texte}) est le propriétaire",
  "{np} ({*jjmmaa}) - réclamation",
  "Locataire {pn} (DDN {*ddn_iso})",
  "{pn} [{*annee}]",
  "Demandeur: {pn} (n. {*jjmmaa})",
)
F("date_naissance", "mois_annee",
  "Née en {*mois_annee}",
  "Né en {*mois_annee}, retraité",
  "Naissance : {*mois_annee}",
  "{Il} est né{e} en {*mois_annee} à {ville}",
  "DDN {*mois_annee} (jour inconnu)",
  "né{e} {*mois_annee}",
)
F("date_naissance", "bloc_identite",
  "Nom: {pn} / DDN: {*ddn_iso}",
  "{np} | né{e} le {*ddn_texte} | propriétaire",
  "Identité: {pn}, {*jjmmaa}",
  "Demandeur : {pn}\nDDN : {*ddn_iso}",
  "{pn} - DDN {*compact} - locataire",
  "Id. vérifiée : {pn}, né{e} en {*annee}",
)
F("date_naissance", "sans_accents_sms",
  "!LA|nee le {*ddn_texte}",
  "!LA|ne en {*annee} pi vit tt seul",
  "!LA|sa date de naissance c le {*ddn_texte}",
  "!LA|ddn {*jjmmaa} jpense",
  "!LA|elle est nee le {*ddn_texte} selon son fils",
  "!LA|ddn {*ddn_iso} ok",
)
F("date_naissance", "annee_abregee",
  "Né en {*annee_courte}, vit seul",
  "Née en {*annee_courte} selon le voisin",
  "Proprio né en {*annee_courte}",
  "{Il} est de l'année {*annee_courte}",
  "Né{e} en {*annee_courte}",
  "locataire née en {*annee_courte}",
)
F("date_naissance", "ne_a_lieu",
  "Né à {ville} le {*ddn_texte}",
  "Née à {ville} le {*ddn_texte}, arrivée ici il y a longtemps",
  "{Il} est né{e} à {ville} en {*annee}",
  "Originaire de {ville}, né le {*ddn_texte}",
  "née à {ville} le {*jjmmaa}",
  "Lieu et date de naissance : {ville}, {*ddn_iso}",
)
F("date_naissance", "etiquettes_variees",
  "Date naiss. : {*ddn_iso}",
  "D. naiss. {*jjmmaa}",
  "naiss.: {*ddn_iso}",
  "Date de naiss.: {*ddn_texte}",
  "Né(e) le : {*ddn_iso}",
  "N. le {*jjmmaa}",
)
F("date_naissance", "calcul_age",
  "Né en {*annee}, donc {*age_calc}",
  "DDN {*ddn_iso} ({*age_calc})",
  "Né le {*ddn_texte} ({*age_calc} cette année)",
  "Née en {*annee} ({*age_calc})",
  "DDN {*ddn_iso} — a {*age_calc}",
  "né{e} le {*ddn_texte}, a donc {*age_calc}",
)
F("date_naissance", "naissance_recente",
  "Bébé né le {*ddn_recente}, famille à reloger en priorité",
  "Nouveau-né (né le {*ddn_recente}) dans le logement",
  "La petite est née le {*ddn_recente}",
  "Naissance du bébé le {*ddn_recente}, mère encore fatiguée",
  "Enfant né le {*ddn_recente} à {ville}",
  "bébé né le {*ddn_recente}",
)
F("date_naissance", "slash_iso",
  "DDN {*ddn_iso}",
  "Né{e} le {*ddn_iso}",
  "Naissance : {*ddn_iso}",
  "{pn} — {*ddn_iso}",
  "(ddn {*ddn_iso})",
  "né le {*ddn_iso} à {ville}",
)
F("date_naissance", "formulaire_champ",
  "Champ DDN rempli à la main : {*jjmmaa}",
  "Formulaire: date de naissance {*ddn_iso} (case 4)",
  "Erreur dans la DDN ({*ddn_iso}), corrigée",
  "Section 2 - date de naissance: {*compact}",
  "DDN inscrite sur la déclaration : {*ddn_texte}",
  "La DDN {*jjmmaa} ne concorde pas avec la carte",
)
F("date_naissance", "en_debut_cellule",
  "{*ddn_iso} - DDN du demandeur",
  "{*ddn_texte} : date de naissance de la sinistrée",
  "{*annee}, année de naissance du propriétaire",
  "{*jjmmaa} (DDN) confirmée",
  "{*ddn_texte}, c'est sa date de naissance",
  "{*ddn_iso} DDN",
)
F("date_naissance", "enfants_ddn",
  "Enfants : nés le {*ddn_recente} et le {*ddn_texte}",
  "Fils né en {*annee}, fille née en {*annee}",
  "Enfant à charge né le {*ddn_texte}",
  "Personnes à charge: 1 enfant (DDN {*ddn_iso})",
  "Sa fille est née le {*ddn_texte}",
  "Le petit dernier est né le {*ddn_recente}",
)


# ===========================================================================
# FAMILIES — sante
# ===========================================================================
F("sante", "maladie_chronique",
  "Occupant {*s_chronique}, priorité pour le rétablissement du courant",
  "{Mme} {nom_fc} : {*s_chronique}",
  "Personne vulnérable ({*s_chronique}), vit seule",
  "Le propriétaire ({*s_chronique}) ne peut pas forcer",
  "Résident, dx : {*s_chronique}",
  "Sinistré{e} - {*s_chronique} - à visiter",
)
F("sante", "traitements",
  "{*s_traitement}, doit absolument se rendre à l'hôpital de {ville}",
  "{*s_traitement} : transport à organiser malgré la route fermée",
  "Patient{e} ({*s_traitement}), ne peut pas être hébergé{e} au centre",
  "RV manqué à cause de l'inondation ({*s_traitement})",
  "Conjoint : {*s_traitement}",
  "Dame isolée par l'eau, {*s_traitement}",
)
F("sante", "neuro_cognitif",
  "Monsieur ({*s_neuro}), errance possible",
  "La mère de la sinistrée : {*s_neuro}",
  "{*s_neuro} — ne comprend pas l'avis d'évacuation",
  "Résidente ({*s_neuro}) accompagnée par son fils",
  "Dx {*s_neuro}",
  "Personne disparue, {*s_neuro}, portait un manteau bleu",
)
F("sante", "sante_mentale",
  "Locataire — {*s_mentale}",
  "Connu{e} : {*s_mentale}, ne prend plus sa médication",
  "{*s_mentale} selon la famille",
  "Le fils ({*s_mentale}) a besoin d'accompagnement",
  "Problématique : {*s_mentale}",
  "Dossier signalé au CLSC ({*s_mentale})",
)
F("sante", "developpement",
  "Enfant ({*s_developpement}), très anxieux au centre d'hébergement",
  "La fille : {*s_developpement}, besoin d'un endroit calme",
  "Jeune adulte ({*s_developpement}) vit avec ses parents",
  "{*s_developpement} : prévoir accompagnateur",
  "Garçon de la famille : {*s_developpement}",
  "Besoins particuliers ({*s_developpement})",
)
F("sante", "mobilite_handicap",
  "Propriétaire {*s_mobilite}, besoin d'aide pour évacuer",
  "Résidente {*s_mobilite}, logement au 2e sans ascenseur",
  "{*s_mobilite} — évacuation avec les pompiers",
  "Le monsieur : {*s_mobilite}",
  "Locataire {*s_mobilite}, prévoir transport adapté",
  "Personne au rez-de-chaussée ({*s_mobilite})",
)
F("sante", "dependance",
  "Occupant {*s_dependance}, intervention SQ à 2 reprises",
  "Le locataire ({*s_dependance} selon les voisins)",
  "{*s_dependance}, refuse l'hébergement",
  "Conjoint : {*s_dependance}, situation tendue",
  "Individu {*s_dependance}",
  "Selon la sœur : {*s_dependance}",
)
F("sante", "sevrage_opioides",
  "Usager {*s_sevrage}, besoin de sa dose au centre",
  "{*s_sevrage} — pharmacie de {ville} avisée",
  "Client {*s_sevrage}, ne peut pas rater la pharmacie",
  "La sinistrée : {*s_sevrage}",
  "Personne hébergée {*s_sevrage}, suivi infirmier",
  "Note: {*s_sevrage}",
)
F("sante", "jeu_compulsif",
  "Conjoint : {*s_jeu}, difficultés financières",
  "{*s_jeu} selon sa fille, a perdu l'argent de l'avance",
  "Problème financier lié à : {*s_jeu}",
  "Demandeur {*s_jeu}, référé au programme d'aide",
  "Sinistré — {*s_jeu}",
  "Mentionne : {*s_jeu}",
)
F("sante", "oxygene",
  "Besoin électrique : {*s_oxygene}, génératrice requise en priorité",
  "Résident {*s_oxygene} — panne Hydro critique",
  "{*s_oxygene} : il reste 6 h d'autonomie",
  "Dame {*s_oxygene}, à relocaliser",
  "Note médicale : {*s_oxygene}",
  "Client prioritaire Hydro ({*s_oxygene})",
)
F("sante", "equipement_medical",
  "Besoin : {*s_equipement}, impossible de l'héberger au centre",
  "{*s_equipement} à domicile, courant essentiel",
  "Matériel: {*s_equipement}",
  "Patiente dépendante : {*s_equipement}",
  "Matériel ({*s_equipement}) déménagé chez la sœur",
  "Prévoir transport ({*s_equipement})",
)
F("sante", "coeur_implant",
  "Cardiaque : {*s_coeur}",
  "{*s_coeur} — attention avec le défibrillateur externe",
  "{*s_coeur} : ne peut pas rester sans électricité longtemps",
  "Mention au dossier: {*s_coeur}",
  "Monsieur — {*s_coeur}",
  "Antécédent: {*s_coeur}",
)
F("sante", "medication",
  "Prend : {*s_medication}, doit garder au frigo",
  "Médication : {*s_medication}",
  "A oublié ses pilules à la maison ({*s_medication})",
  "{*s_medication} resté dans la maison évacuée",
  "Besoin de renouveler sa prescription ({*s_medication})",
  "Rx: {*s_medication}",
)
F("sante", "grossesse",
  "La locataire : {*s_grossesse}",
  "Femme {*s_grossesse}, évacuation prioritaire",
  "{*s_grossesse} — hébergement près de l'hôpital",
  "Conjointe {*s_grossesse}",
  "La locataire du 2e : {*s_grossesse}",
  "Sinistrée {*s_grossesse}, stressée",
)
F("sante", "blessure_partie_corps",
  "{*s_blessure} en pelletant le toit",
  "Blessure : {*s_blessure}",
  "{*s_blessure} lors de l'évacuation",
  "Propriétaire ({*s_blessure}) ne peut pas nettoyer",
  "Transporté avec {*s_blessure}",
  "Victime: {*s_blessure}",
)
F("sante", "soins_domicile",
  "Reçoit : {*s_domicile}",
  "{*s_domicile} — aviser le CLSC du déménagement",
  "Dame seule, {*s_domicile}",
  "Besoin : {*s_domicile}",
  "Depuis sa chute : {*s_domicile}",
  "Le monsieur — {*s_domicile}",
)
F("sante", "crise_sante_mentale",
  "Homme {*s_crise} sur le pont, SQ sur place",
  "Appelante {*s_crise}, intervenant psychosocial demandé",
  "{*s_crise} au centre d'hébergement, UPS-J appelée",
  "Le fils : {*s_crise}",
  "Personne {*s_crise}",
  "Sinistré {*s_crise} après avoir vu sa maison",
)
F("sante", "ideation_suicidaire",
  "Le sinistré : {*s_suicide}, référé au CPS",
  "{*s_suicide} — ne pas laisser seul",
  "A mentionné à la TS : {*s_suicide}",
  "Note confidentielle: {*s_suicide}",
  "Évaluation CLSC demandée ({*s_suicide})",
  "Propriétaire — {*s_suicide} — depuis la perte de la ferme",
)
F("sante", "allergie",
  "Enfant avec {*s_allergie}, attention aux repas du centre",
  "{*s_allergie} — aviser la cuisine de la Croix-Rouge",
  "Le petit : {*s_allergie}",
  "Allergies : {*s_allergie}",
  "Dame hébergée — {*s_allergie}",
  "Important: {*s_allergie}",
)
F("sante", "majuscules_telegraphique",
  "!U|OCCUPANT {*s_chronique} - PRIORITÉ",
  "!U|DAME {*s_mobilite} AU 2E ÉTAGE",
  "!UA|RESIDENT {*s_oxygene} PANNE",
  "!U|ATTN: {*s_neuro}",
  "!U|PT {*s_traitement}",
  "!U|{*s_mentale} - PRUDENCE",
)
F("sante", "anglais_mix",
  "Le monsieur, {*s_traitement}, needs a ride",
  "Wife: {*s_chronique}, elle peut pas rester au centre",
  "Resident with {*s_neuro}, needs supervision",
  "Patient: {*s_mobilite}, needs help to get out",
  "Kid: {*s_allergie}",
  "Tenant needs {*s_oxygene}",
)
F("sante", "abreviations_medicales",
  "ATCD: {*s_abrev}",
  "Pt {*s_abrev} connu",
  "Hx: {*s_abrev}, {*s_medication}",
  "{*s_abrev} - suivi GMF",
  "Antéc. {*s_abrev}",
  "dx {*s_abrev}",
)
F("sante", "hospitalise_pour",
  "Hospitalisé{e} à {ville} ({*s_chronique})",
  "À l'urgence depuis hier ({*s_blessure})",
  "Admis aux soins intensifs : {*s_chronique}",
  "Hospitalisée : {*s_blessure}",
  "Transféré à Québec ({*s_traitement})",
  "Au CH depuis lundi, {*s_neuro}",
)
F("sante", "sms_familier",
  "!L|elle est malade ({*s_chronique}) pis a pu ses pilules",
  "!LA|y se deplace pas ({*s_mobilite}) faque y peut pas sortir",
  "!L|la madame est {*s_grossesse}",
  "!L|le gars a soir: {*s_dependance}",
  "!L|son chum ({*s_neuro}) est tout seul",
  "!LA|elle s'est fait mal en tombant: {*s_blessure}",
)


# ===========================================================================
# FAMILIES — courriel
# ===========================================================================
F("courriel", "simple",
  "Envoyer les formulaires à {*courriel}",
  "Le demandeur a transmis ses photos via {*courriel}",
  "Confirmation envoyée à {*courriel} le {date_ev}",
  "Réponse reçue de {*courriel}",
  "Contact par courriel seulement : {*courriel}",
  "Le sinistré préfère {*courriel} au téléphone",
)
F("courriel", "at_en_texte",
  "Écrire à {*courriel_at}",
  "courriel: {*courriel_at}",
  "Son adresse c'est {*courriel_at}",
  "Joindre par mail {*courriel_at} (pas de tél.)",
  "Email {*courriel_at}",
  "Elle a donné {*courriel_at} pour les suivis",
)
F("courriel", "espaces_autour",
  "Courriel : {*courriel_esp}",
  "Envoyer à {*courriel_esp} svp",
  "{*courriel_esp} (écrit à la main, à valider)",
  "Adresse courriel transcrite: {*courriel_esp}",
  "mail -> {*courriel_esp}",
  "Communiquer via {*courriel_esp}",
)
F("courriel", "parentheses_at_dot",
  "Courriel {*courriel_par}",
  "Contact: {*courriel_par}",
  "{*courriel_par} pour les documents",
  "Adresse fournie : {*courriel_par}",
  "Écrire au {*courriel_par}",
  "Envoi des reçus à {*courriel_par}",
)
F("courriel", "majuscules",
  "!U|COURRIEL: {*courriel}",
  "!U|ENVOYER À {*courriel}",
  "!U|{*courriel} - PHOTOS REÇUES",
  "!UA|CONTACT PAR COURRIEL {*courriel}",
  "!U|ADRESSE ÉLECTRONIQUE : {*courriel}",
  "!U|RÉPONDRE À {*courriel}",
)
F("courriel", "plus_tag",
  "Utilise {*courriel_plus} pour le dossier",
  "Courriel (alias) : {*courriel_plus}",
  "Reçu de {*courriel_plus}",
  "{*courriel_plus} — ne pas utiliser l'ancienne adresse",
  "Envoyer la lettre à {*courriel_plus}",
  "Adresse avec alias: {*courriel_plus}",
)
F("courriel", "chevrons_crochets",
  "De : {pn} <{*courriel}>",
  "Expéditeur [{*courriel}]",
  "Transféré par <{*courriel}>",
  "Répondre à: {pn} [mailto:{*courriel}]",
  "<{*courriel}> a écrit :",
  "Cc: {pn} <{*courriel}>",
)
F("courriel", "apres_deux_points",
  "Courriel : {*courriel}",
  "Courriel:{*courriel}",
  "Adresse courriel : {*courriel}",
  "E-mail : {*courriel}",
  "Mél. : {*courriel}",
  "Adr. électronique: {*courriel}",
)
F("courriel", "debut_cellule",
  "{*courriel} a confirmé la réception",
  "{*courriel} — nouvelle adresse",
  "{*courriel} : envoyer la lettre de décision",
  "{*courriel} rebondit, adresse invalide?",
  "{*courriel}",
  "{*courriel} demande un accusé de réception",
)
F("courriel", "liste_cc",
  "cc: {*courriel}, {*courriel_reg}",
  "Destinataires — {*courriel} ; {*courriel_reg}",
  "Envoyé à {*courriel} et {*courriel_reg}",
  "Copie à {*courriel} / {*courriel_reg}",
  "Liste de diffusion : {*courriel}, {*courriel_reg}",
  "A: {*courriel}; Cc: {*courriel_reg}",
)
F("courriel", "signature",
  "Merci. — {pn} | {*courriel}",
  "{pn}\n{*courriel}",
  "Cordialement, {pn} ({*courriel})",
  "-- \n{pn} · {*courriel}",
  "Signé {pn}, {*courriel}",
  "{pn} — {*courriel} — {*tel}",
)
F("courriel", "anglais",
  "Email: {*courriel}",
  "Send pics to {*courriel}",
  "Contact him at {*courriel}",
  "Her email is {*courriel}",
  "Reply sent to {*courriel}",
  "email address on file: {*courriel}",
)
F("courriel", "arobas_mot",
  "Adresse dictée au tél.: {*courriel_at}",
  "{*courriel_at} (dictée)",
  "Courriel épelé: {*courriel_at}",
  "Il a dit {*courriel_at}",
  "Mail donné de vive voix : {*courriel_at}",
  "Courriel — {*courriel_at}",
)
F("courriel", "fournisseurs_regionaux",
  "Courriel {*courriel_reg}",
  "Envoyé à {*courriel_reg}",
  "Utilise encore {*courriel_reg}",
  "{*courriel_reg} (vieille adresse du câble)",
  "Écrire à {*courriel_reg}",
  "Contact : {*courriel_reg}",
)
F("courriel", "adresse_employeur",
  "Courriel au travail : {*courriel_travail}",
  "Le joindre à {*courriel_travail}",
  "{*courriel_travail} (adresse de la job)",
  "Envoyer à son courriel de travail {*courriel_travail}",
  "Courriel pro : {*courriel_travail}",
  "Répond plus vite sur {*courriel_travail}",
)
F("courriel", "avec_nom",
  "{pn} — {*courriel}",
  "Écrire à {pn} ({*courriel})",
  "{np} / {*courriel}",
  "Contact: {pn}, {*courriel}",
  "{pn} a envoyé ses factures de {*courriel}",
  "{pn}: {*courriel}",
)
F("courriel", "avec_telephone",
  "Tél. {*tel} / courriel {*courriel}",
  "{*courriel} ou {*tel}",
  "Joindre au {*tel}, sinon {*courriel}",
  "Coordonnées : {*tel}, {*courriel}",
  "Cell {*tel} — {*courriel}",
  "{*courriel} | {*tel}",
)
F("courriel", "typo_domaine",
  "Courriel {*courriel_typo} (faute?)",
  "Envoyé à {*courriel_typo}, revenu en erreur",
  "{*courriel_typo} à corriger",
  "Adresse inscrite : {*courriel_typo}",
  "vérifier {*courriel_typo}",
  "Courriel donné: {*courriel_typo}",
)
F("courriel", "pseudonyme",
  "Écrit depuis {*courriel_pseudo}",
  "Courriel : {*courriel_pseudo}",
  "{*courriel_pseudo} (adresse perso du sinistré)",
  "Le propriétaire utilise {*courriel_pseudo}",
  "Photos reçues de {*courriel_pseudo}",
  "Contact {*courriel_pseudo}",
)
F("courriel", "guillemets",
  "Courriel « {*courriel} »",
  "Adresse \"{*courriel}\" confirmée",
  "A donné « {*courriel} » comme adresse",
  "courriel: '{*courriel}'",
  "« {*courriel} » ne fonctionne plus",
  "adresse \"{*courriel_mix}\"",
)
F("courriel", "fin_de_phrase",
  "Pour toute question, écrire à {*courriel}.",
  "Les documents manquants seront envoyés par {*courriel}.",
  "Elle attend une réponse à {*courriel}.",
  "Le rapport a été transmis à {*courriel}.",
  "Relance à faire à {*courriel}!",
  "Suivi par courriel à {*courriel}...",
)
F("courriel", "chiffres_underscore",
  "Courriel : {*courriel_mix}",
  "{*courriel_mix}",
  "envoyer à {*courriel_mix}",
  "Adresse: {*courriel_mix} (avec les tirets bas)",
  "Réponse de {*courriel_mix}",
  "mail {*courriel_mix}",
)
F("courriel", "sms_minuscules",
  "!L|envoye a {*courriel} tantot",
  "!L|son mail c {*courriel}",
  "!L|jai pas recu de rep de {*courriel}",
  "!L|ecrit lui a {*courriel}",
  "!L|{*courriel} pas bon",
  "!L|mail: {*courriel} stp",
)


# ===========================================================================
# FAMILIES — telephone
# ===========================================================================
F("telephone", "tirets",
  "Rappeler au {*tel_tirets}",
  "Tél. : {*tel_tirets}",
  "Le voisin peut être joint au {*tel_tirets}",
  "{*tel_tirets} (maison)",
  "Numéro laissé sur la boîte vocale : {*tel_tirets}",
  "Joindre la propriétaire au {*tel_tirets} après 17h",
)
F("telephone", "parentheses_indicatif",
  "Tél. {*tel_par}",
  "Numéro: {*tel_par}",
  "{*tel_par} - résidence",
  "Joignable au {*tel_par} en soirée",
  "Appeler le {*tel_par}",
  "Le sinistré a donné le {*tel_par}",
)
F("telephone", "points",
  "Cell {*tel_points}",
  "Tel: {*tel_points}",
  "{*tel_points} / laisser un message",
  "Numéro {*tel_points} inscrit sur le formulaire",
  "rejoindre au {*tel_points}",
  "Téléphone : {*tel_points}",
)
F("telephone", "colle",
  "Tél {*tel_colle}",
  "{*tel_colle}",
  "no tel {*tel_colle}",
  "Numéro {*tel_colle} (sans tirets dans le système)",
  "Rappel au {*tel_colle}",
  "cell:{*tel_colle}",
)
F("telephone", "cell_poste",
  "cell: {*tel_poste}",
  "Au travail : {*tel_poste}",
  "Rejoindre au {*tel_poste} entre 8h et 16h",
  "Bureau {*tel_poste}",
  "{*tel_poste} (ligne directe)",
  "Tél. travail {*tel_poste}",
)
F("telephone", "international",
  "{*tel_intl}",
  "Tél. : {*tel_intl}",
  "Appeler le {*tel_intl} (cellulaire)",
  "Numéro en format international {*tel_intl}",
  "Contact WhatsApp {*tel_intl}",
  "Joignable au {*tel_intl}",
)
F("telephone", "en_lettres",
  "Numéro dicté: {*tel_lettres}",
  "Tél. (noté à la main) : {*tel_lettres}",
  "Le monsieur a dit {*tel_lettres}",
  "Rappeler au {*tel_lettres}",
  "No transcrit : {*tel_lettres}",
  "elle a laissé {*tel_lettres} sur le répondeur",
)
F("telephone", "indicatif_ailleurs",
  "Indicatif 418, numéro {*tel_local}",
  "Tél. (819) — {*tel_local}",
  "Rejoindre au {*tel_local} (même indicatif que le bureau)",
  "Numéro local {*tel_local}, indicatif 450",
  "Code régional 581, {*tel_local}",
  "{*tel_local} (indicatif à confirmer)",
)
F("telephone", "sept_chiffres",
  "Tél. {*tel_local}",
  "Le voisin au {*tel_local}",
  "Appeler {*tel_local} avant 9h",
  "Rappel : {*tel_local}",
  "no. {*tel_local}",
  "{*tel_local} - maison",
)
F("telephone", "avec_un",
  "Tél. {*tel_un}",
  "Rappeler le {*tel_un} (interurbain)",
  "{*tel_un} — cellulaire",
  "Numéro : {*tel_un}",
  "composer le {*tel_un}",
  "Tel {*tel_un}",
)
F("telephone", "etiquettes",
  "Rés.: {*tel} / Trav.: {*tel_poste}",
  "Maison {*tel}",
  "Tél. rés. {*tel}",
  "Cellulaire : {*tel}",
  "Tél. domicile — {*tel}",
  "No de tél. principal: {*tel}",
)
F("telephone", "deux_numeros",
  "Maison {*tel} / cell {*tel_tirets}",
  "{*tel} ou {*tel_points}",
  "Tél.: {*tel}, sinon {*tel_tirets}",
  "Numéros: {*tel} ; {*tel_colle}",
  "{*tel} (jour) {*tel_tirets} (soir)",
  "Cell {*tel}, maison {*tel_par}",
)
F("telephone", "majuscules",
  "!U|TEL {*tel} LAISSER MESSAGE",
  "!U|RAPPELER AU {*tel}",
  "!U|CELL: {*tel}",
  "!UA|NUMERO {*tel} NE REPOND PAS",
  "!U|{*tel} - MAISON",
  "!U|TÉL. {*tel}",
)
F("telephone", "debut_cellule",
  "{*tel} - rappeler après 17h",
  "{*tel}: boîte vocale pleine",
  "{*tel} (voisine)",
  "{*tel_tirets} numéro du fils",
  "{*tel} ne répond pas depuis hier",
  "{*tel_par} — nouveau numéro",
)
F("telephone", "anglais",
  "Call back at {*tel}",
  "Phone: {*tel}",
  "Cell number {*tel}, texts only",
  "Reached him at {*tel}",
  "Left a message at {*tel}",
  "His phone is {*tel}",
)
F("telephone", "avec_nom",
  "{pn} {*tel}",
  "{pn} — {*tel}",
  "Contact: {pn}, {*tel}",
  "{np} / tél. {*tel}",
  "Rappeler {pn} au {*tel}",
  "{pn} (tél. {*tel})",
)
F("telephone", "espaces_irreguliers",
  "Tél {*tel_irreg}",
  "{*tel_irreg}",
  "Joindre au {*tel_irreg}",
  "Numéro: {*tel_irreg}",
  "cell {*tel_irreg}",
  "le {*tel_irreg} sonne dans le vide",
)
F("telephone", "texto_sms",
  "!L|texte moi au {*tel}",
  "!L|son cell c le {*tel}",
  "!L|yé joignable au {*tel} a soir",
  "!LA|appelle le {*tel} pour le chalet",
  "!L|nouveau # {*tel}",
  "!L|rappelle au {*tel} stp",
)
F("telephone", "parentheses_apres_nom",
  "{Mme} {nom} ({*tel}) a signalé l'accident",
  "La voisine ({*tel}) a les clés",
  "Le fils ({*tel}) s'occupe de tout",
  "Propriétaire absent (joindre au {*tel})",
  "{pn} ({*tel_tirets})",
  "Locataire [{*tel}]",
)
F("telephone", "joignable_au",
  "Joignable au {*tel} de jour",
  "Peut être rejoint au {*tel}",
  "On peut le joindre au {*tel}",
  "Est joignable seulement au {*tel}",
  "Rejoint au {*tel} à {heure}",
  "La rejoindre au {*tel} chez sa sœur",
)
F("telephone", "liste_contacts",
  "Contacts: fille {*tel}, fils {*tel_tirets}",
  "Personnes à joindre - {*tel} (conjoint) / {*tel_points} (sœur)",
  "Urgence : {*tel} ou {*tel_par}",
  "Famille: {*tel}; voisin: {*tel_tirets}",
  "Liste : mère {*tel}, père {*tel_tirets}",
  "Contacts d'urgence {*tel} — {*tel_colle}",
)
F("telephone", "slash",
  "Tél. {*tel_slash}",
  "{*tel_slash}",
  "Rejoindre au {*tel_slash}",
  "No {*tel_slash} (cell)",
  "Contact {*tel_slash}",
  "Tel.: {*tel_slash}",
)
F("telephone", "message_vocal",
  "Message laissé au {*tel} à {heure}",
  "Boîte vocale du {*tel} pleine",
  "2 messages laissés ({*tel})",
  "Pas de retour d'appel au {*tel}",
  "Répondeur au {*tel}, msg laissé",
  "Tenté de joindre le {*tel} sans succès",
)


# ===========================================================================
# FAMILIES — plaque
# ===========================================================================
F("plaque", "plaque_prefixe",
  "Véhicule stationné dans la zone inondée, plaque {*plaque}",
  "Plaque {*plaque} laissé dans le stationnement de l'aréna",
  "Auto abandonnée sur l'accotement, plaque {*plaque}",
  "plaque {*plaque} bloque l'accès des pompiers",
  "Le camion (plaque {*plaque}) est sorti avant la fermeture",
  "Remorquage demandé pour plaque {*plaque}",
)
F("plaque", "immatriculation",
  "Immat. {*plaque}",
  "Immatriculation : {*plaque}",
  "Véhicule immatriculé {*plaque} impliqué",
  "Immat {*plaque} vérifiée au CRPQ",
  "No d'immatriculation {*plaque}",
  "immatr. {*plaque} (Québec)",
)
F("plaque", "sans_espace",
  "Plaque {*plaque_colle}",
  "Véh. {*plaque_colle} stationné devant la borne",
  "{*plaque_colle} — propriétaire avisé",
  "Vérif. plaque {*plaque_colle} : ok",
  "auto {*plaque_colle} dans le fossé",
  "Plq {*plaque_colle}",
)
F("plaque", "tiret",
  "Plaque {*plaque_tiret}",
  "Véhicule {*plaque_tiret} remorqué",
  "{*plaque_tiret} quitté les lieux avant l'arrivée de la SQ",
  "Camionnette {*plaque_tiret}",
  "immat. {*plaque_tiret}",
  "Voiture grise {*plaque_tiret}",
)
F("plaque", "camion_commercial",
  "Camion-citerne plaque {*plaque_camion} renversé",
  "Fardier {*plaque_camion} bloqué sous le viaduc",
  "Camion de livraison ({*plaque_camion}) dans le fossé",
  "Véhicule lourd immat. {*plaque_camion}",
  "Dix-roues {*plaque_camion} a accroché les fils",
  "Plaque {*plaque_camion} — camion du sous-traitant",
)
F("plaque", "remorque",
  "Remorque plaque {*plaque_remorque} laissée sur le terrain",
  "Roulotte immatriculée {*plaque_remorque} emportée par l'eau",
  "Remorque {*plaque_remorque} détachée du pick-up",
  "Remorque à bateau ({*plaque_remorque})",
  "Plaque de remorque : {*plaque_remorque}",
  "Remorque fermée {*plaque_remorque} bloque la rue",
)
F("plaque", "motoneige_vtt",
  "Motoneige immatriculée {*plaque_vhr} passée à travers la glace",
  "VTT {*plaque_vhr} retrouvé dans le sentier",
  "Motoneige {*plaque_vhr} abandonnée sur le lac",
  "Côte-à-côte plaque {*plaque_vhr}",
  "Immat. VHR : {*plaque_vhr}",
  "Skidoo {*plaque_vhr} en panne au km 12 du sentier",
)
F("plaque", "embarcation",
  "Embarcation {*embarcation} à la dérive",
  "Chaloupe immatriculée {*embarcation} retrouvée sur la berge",
  "Permis d'embarcation {*embarcation}",
  "Bateau no {*embarcation} échoué",
  "Ponton {*embarcation} arraché du quai",
  "Embarcation de plaisance ({*embarcation}) chavirée",
)
F("plaque", "moto",
  "Moto plaque {*plaque_moto} impliquée",
  "Motocyclette {*plaque_moto} dans le fossé",
  "Moto {*plaque_moto} abandonnée",
  "Immat. moto : {*plaque_moto}",
  "Harley noire {*plaque_moto}",
  "Plaque de moto {*plaque_moto} relevée par le témoin",
)
F("plaque", "majuscules_telegraphique",
  "!U|VEH. FORD F-150 ROUGE PLQ {*plaque}",
  "!U|PLAQUE {*plaque} QUITTE VERS {ville}",
  "!UA|VEHICULE {*plaque_colle} SUSPECT",
  "!U|AUTO {*plaque} DANS LE FOSSÉ KM 12",
  "!U|PLQ {*plaque_colle} - CONDUCTEUR ABSENT",
  "!U|IMMAT {*plaque} REMORQUÉ",
)
F("plaque", "minuscules",
  "!L|plaque {*plaque} devant le garage",
  "!L|auto {*plaque} stationnée sur le terrain du voisin",
  "!L|vehicule {*plaque_colle} parti",
  "!L|plq {*plaque}",
  "!L|le pick-up {*plaque} est resté pogné dans la slush",
  "!L|{*plaque} encore là ce matin",
)
F("plaque", "anglais",
  "License plate {*plaque}",
  "Plate # {*plaque}",
  "Vehicle with plate {*plaque} left the scene",
  "Car {*plaque} towed",
  "Plate number: {*plaque_colle}",
  "Truck plate {*plaque} seen near the bridge",
)
F("plaque", "description_vehicule",
  "Honda Civic grise ({*plaque})",
  "Pick-up Silverado blanc, {*plaque}",
  "Toyota RAV4 noir - {*plaque}",
  "Camionnette Dodge Caravan ({*plaque_colle})",
  "Subaru verte immat. {*plaque}",
  "F-150 rouge [{*plaque}]",
)
F("plaque", "debut_cellule",
  "{*plaque} stationné devant la borne-fontaine",
  "{*plaque} : propriétaire rejoint",
  "{*plaque_colle} - remorqué",
  "{*plaque} a quitté vers le nord",
  "{*plaque} (auto du locataire)",
  "{*plaque} bloque le chemin d'accès",
)
F("plaque", "liste_vehicules",
  "Véhicules sur place : {*plaque}, {*plaque_colle}",
  "Plaques relevées — {*plaque} / {*plaque_camion}",
  "2 autos: {*plaque} et {*plaque}",
  "Véhicules à déplacer : {*plaque} ; {*plaque_tiret}",
  "- {*plaque}\n- {*plaque_remorque}",
  "Plaques: {*plaque}, {*plaque}",
)
F("plaque", "avec_proprietaire",
  "Plaque {*plaque} au nom de {pn}",
  "{pn} — véhicule {*plaque}",
  "Véhicule de {pn} ({*plaque})",
  "Proprio de {*plaque} : {pn}",
  "{*plaque} appartient à {pn}",
  "Auto {*plaque}, propriétaire {np}",
)
F("plaque", "partielle",
  "Plaque commence par {*plaque_part}",
  "Témoin a vu une partie de la plaque : {*plaque_part}",
  "Plaque finit par {*plaque_part}",
  "Plaque partielle {*plaque_part}...",
  "Les premiers caractères de la plaque : {*plaque_part}",
  "partiel: {*plaque_part}",
)
F("plaque", "hors_quebec",
  "Plaque {prov} {*plaque_hp}",
  "Véhicule immatriculé en {prov}, {*plaque_hp}",
  "Touriste, plaque {prov} {*plaque_hp}",
  "{*plaque_hp} ({prov})",
  "Auto de location {prov} {*plaque_hp}",
  "Out-of-province plate {*plaque_hp} ({prov})",
)
F("plaque", "sms_abrege",
  "!L|plak {*plaque_colle} encore dans l'entree",
  "!L|le char {*plaque} est parti",
  "!LA|auto {*plaque} stationnee sur le bord",
  "!L|{*plaque_colle} c le char du voisin",
  "!L|pick up {*plaque} pogné dans la neige",
  "!L|plaque {*plaque} jcrois",
)
F("plaque", "apres_deux_points",
  "Plaque : {*plaque}",
  "Immatriculation: {*plaque_colle}",
  "No de plaque : {*plaque}",
  "Plaque du véhicule : {*plaque_tiret}",
  "Plaque:{*plaque}",
  "Plaque relevée : {*plaque}",
)
F("plaque", "entre_crochets",
  "Véhicule [{*plaque}] déplacé",
  "[{*plaque}] remorqué chez le garagiste",
  "Auto du sinistré [{*plaque}]",
  "Stationnement bloqué [plaque {*plaque}]",
  "[{*plaque_colle}]",
  "Camion [{*plaque_camion}]",
)
F("plaque", "vr_roulotte",
  "VR immatriculé {*plaque_vr} au camping inondé",
  "Roulotte motorisée {*plaque_vr} évacuée",
  "Motorisé {*plaque_vr} coincé sur le chemin",
  "Caravane {*plaque_vr}",
  "VR plaque {*plaque_vr} abandonné",
  "Winnebago {*plaque_vr} stationné près de la rivière",
)


# ===========================================================================
# FAMILIES — identifiant
# ===========================================================================
F("identifiant", "nas_espaces",
  "NAS {*nas}",
  "NAS du demandeur : {*nas}",
  "No d'assurance sociale {*nas} fourni pour le dépôt",
  "N.A.S. : {*nas}",
  "Le NAS {*nas} ne correspond pas au nom",
  "nas {*nas} vérifié",
)
F("identifiant", "nas_tirets",
  "SIN {*nas_tiret}",
  "NAS: {*nas_tiret}",
  "Numéro d'assurance sociale {*nas_tiret}",
  "NAS conjoint : {*nas_tiret}",
  "{*nas_tiret} (NAS)",
  "NAS inscrit {*nas_tiret}, à valider",
)
F("identifiant", "ramq",
  "RAMQ {*ramq}",
  "Carte d'assurance maladie : {*ramq}",
  "No RAMQ {*ramq} (exp. 2027)",
  "Assurance maladie {*ramq}",
  "Carte soleil {*ramq}",
  "NAM: {*ramq}",
)
F("identifiant", "permis_conduire",
  "Permis de conduire {*permis}",
  "No de permis : {*permis}",
  "Permis {*permis} suspendu",
  "Pièce d'identité: permis {*permis}",
  "PC {*permis}",
  "Permis SAAQ no {*permis}",
)
F("identifiant", "dossier_aide_financiere",
  "Dossier {*dossier_afs}",
  "Réf. dossier {*dossier_afs} – réclamation de la famille",
  "No de dossier MSP : {*dossier_afs}",
  "{*dossier_afs} : en attente du rapport d'évaluation",
  "Voir dossier {*dossier_afs} pour les photos",
  "Demande d'aide no {*dossier_afs}",
)
F("identifiant", "no_client",
  "No client {*no_client}",
  "Numéro de client : {*no_client}",
  "Client {*no_client} chez l'assureur",
  "# client {*no_client}",
  "no. client {*no_client} (Desjardins Assurances)",
  "N° de client {*no_client}",
)
F("identifiant", "passeport",
  "Passeport {*passeport}",
  "No de passeport : {*passeport}",
  "Identifié avec passeport {*passeport}",
  "Passeport canadien {*passeport}",
  "Pièce: passeport no {*passeport}",
  "passport {*passeport}",
)
F("identifiant", "bancaire",
  "Dépôt direct: transit {*transit}, inst. 815, compte {*compte}",
  "Compte bancaire {*compte} (transit {*transit})",
  "Folio {*folio} — caisse de {ville}",
  "Spécimen de chèque: {*transit}-815-{*compte}",
  "No compte {*compte}",
  "Transit {*transit} / compte {*compte}",
)
F("identifiant", "detenu",
  "No de détenu {*detenu}",
  "Détenu matricule {*detenu} transféré à l'EDQ",
  "Numéro d'écrou {*detenu}",
  "Personne incarcérée no {*detenu}",
  "Dossier carcéral {*detenu}",
  "Prévenu {*detenu} en isolement préventif",
)
F("identifiant", "statut_indien",
  "Numéro de statut indien {*statut_indien}",
  "No d'inscription (Indien inscrit) : {*statut_indien}",
  "Carte de statut {*statut_indien}",
  "No de bande {*statut_indien}",
  "Certificat sécurisé de statut indien {*statut_indien}",
  "Statut no {*statut_indien}",
)
F("identifiant", "reclamation_assurance",
  "Réclamation no {*reclamation}",
  "No de réclamation à l'assureur : {*reclamation}",
  "Police d'assurance {*reclamation}",
  "Sinistre déclaré sous le no {*reclamation}",
  "Réclamation {*reclamation} refusée par l'assureur",
  "Dossier assureur {*reclamation}",
)
F("identifiant", "majuscules",
  "!U|NAS {*nas} VÉRIFIÉ",
  "!U|RAMQ {*ramq}",
  "!U|PERMIS {*permis}",
  "!UA|DOSSIER {*dossier_afs} FERME",
  "!U|NO CLIENT {*no_client}",
  "!U|PASSEPORT {*passeport}",
)
F("identifiant", "anglais",
  "SIN number {*nas}",
  "Health card {*ramq}",
  "Driver's licence {*permis}",
  "Claim # {*reclamation}",
  "Passport no. {*passeport}",
  "Account {*compte}, transit {*transit}",
)
F("identifiant", "nas_colle",
  "NAS {*nas_colle}",
  "nas:{*nas_colle}",
  "NAS du conjoint {*nas_colle}",
  "{*nas_colle} (NAS, fourni au tél.)",
  "NAS={*nas_colle}",
  "No d'ass. sociale {*nas_colle}",
)
F("identifiant", "debut_cellule",
  "{*nas} — NAS du demandeur",
  "{*ramq} : carte RAMQ vue",
  "{*dossier_afs} ouvert le {date_ev}",
  "{*permis} (permis)",
  "{*nas} NAS",
  "{*no_client} no client Hydro",
)
F("identifiant", "parentheses",
  "Le demandeur (NAS {*nas}) a signé",
  "Carte RAMQ ({*ramq}) remise",
  "Identité confirmée (permis {*permis})",
  "Sinistré (dossier {*dossier_afs})",
  "Client (no {*no_client})",
  "Détenu ({*detenu}) libéré ce matin",
)
F("identifiant", "bloc_identite",
  "{pn} / NAS {*nas}",
  "{np} — RAMQ {*ramq}",
  "Nom: {pn} | NAS: {*nas_tiret}",
  "{pn}, permis {*permis}",
  "Identité : {pn}, NAS {*nas}, DDN {*ddn_iso}",
  "{pn} ({*ramq})",
)
F("identifiant", "saaq_cnesst",
  "Dossier SAAQ {*saaq}",
  "No de dossier CNESST : {*saaq}",
  "Réclamation CNESST {*saaq}",
  "SAAQ dossier no {*saaq}",
  "Dossier IVAC {*saaq}",
  "No dossier RRQ {*saaq}",
)
F("identifiant", "matricule_employe",
  "Matricule employé {*matricule}",
  "Employé no {*matricule}",
  "Matricule {*matricule} — préposé absent",
  "No d'employé : {*matricule}",
  "Pompier volontaire matricule {*matricule}",
  "Matr. {*matricule}",
)
F("identifiant", "compte_hydro",
  "Compte Hydro-Québec {*hydro}",
  "No de compte client Hydro : {*hydro}",
  "Compte d'électricité {*hydro}",
  "Hydro, compte {*hydro} — client prioritaire",
  "Facture Hydro no de compte {*hydro}",
  "Compte HQ {*hydro}",
)
F("identifiant", "ramq_minuscules",
  "!L|ramq {*ramq_low}",
  "!L|carte soleil {*ramq_low}",
  "!L|nam {*ramq_low} expire bientot",
  "!L|no assurance maladie: {*ramq_low}",
  "!L|{*ramq_low} (ramq)",
  "!L|ramq du petit: {*ramq_low}",
)
F("identifiant", "immigration",
  "UCI {*uci}",
  "Numéro IUC {*uci} (résident permanent)",
  "Client IRCC {*uci}",
  "Permis de travail, UCI {*uci}",
  "No d'immigration {*uci}",
  "Demandeur d'asile, IUC {*uci}",
)
F("identifiant", "matricule_role_foncier",
  "Matricule {*foncier} au rôle d'évaluation",
  "Rôle foncier : {*foncier}",
  "Propriété matricule {*foncier}",
  "No matricule {*foncier} (résidence du sinistré)",
  "Matricule foncier {*foncier}",
  "Vérifier matricule {*foncier} au rôle",
)


# ===========================================================================
# FAMILIES — lien_familial   ([[...]] = whole identifying phrase planted)
# ===========================================================================
F("lien_familial", "enfant_de_notable",
  "C'est {*lien_notable} qui a appelé le 911",
  "Maison louée par {*lien_notable}",
  "{*lien_notable} était au volant",
  "Selon les voisins, le feu aurait été allumé par {*lien_notable}",
  "Hébergé{e} : {*lien_notable}",
  "Plainte déposée contre {*lien_notable}",
  "[[La fille du maire de {ville}]] est parmi les évacués",
  "[[Le fils de la mairesse de {ville}]] a pris des photos du glissement",
)
F("lien_familial", "parent_de_nomme",
  "Le chalet appartient à {*lien_nomme}",
  "{*lien_nomme} a signalé l'eau dans le sous-sol",
  "Rencontré {*lien_nomme} sur place",
  "La réclamation est faite par {*lien_nomme}",
  "{*lien_nomme} refuse l'évacuation",
  "Appel de {*lien_nomme}, inquiet{e}",
)
F("lien_familial", "belle_famille_role",
  "[[Le beau-frère du chef pompier de {ville}]] a aidé au pompage",
  "[[La belle-sœur {ancre_notable}]] demande de l'aide",
  "[[Le beau-père {ancre_notable}]] : chalet inondé",
  "[[La bru {ancre_notable}]] vit au sous-sol",
  "[[Le gendre {ancre_notable}]] a un dossier ouvert",
  "Selon [[la belle-mère {ancre_notable}]], la route est coupée",
)
F("lien_familial", "veuve_de_feu",
  "{*lien_veuve} vit seule dans la grande maison",
  "Visite chez {*lien_veuve}",
  "{*lien_veuve} n'a pas d'assurance habitation",
  "Maison de {*lien_veuve} : toiture endommagée",
  "Contact : {*lien_veuve}",
  "La résidence de {*lien_veuve} a été évacuée",
)
F("lien_familial", "petits_enfants_commerce",
  "[[Les petits-enfants de la propriétaire du dépanneur de {ville}]] sont hébergés à l'école",
  "[[Le petit-fils du propriétaire de la quincaillerie de {ville}]] a été transporté à l'hôpital",
  "[[Les enfants {ancre_notable}]] dorment chez une tante",
  "[[La petite-fille du boucher de {ville}]] a perdu son auto dans la crue",
  "[[Le petit-fils {ancre_notable}]] a vu le départ du feu",
  "On attend [[la fille du propriétaire de l'épicerie de {ville}]] pour ouvrir la bâtisse",
)
F("lien_familial", "conjoint_de_nomme",
  "[[La conjointe de {pn}]] a appelé à {heure}",
  "[[Le conjoint de {pn}]] est sur la route",
  "[[La femme de {Mme} {nom_fc}]] est hébergée ailleurs".replace("{Mme}", "M."),
  "[[{Son_chum} {prenom}]] et les enfants ont quitté la maison",
  "[[Le mari de {pn}]] demande un suivi",
  "[[La blonde de {pn}]] s'occupe des animaux",
)
F("lien_familial", "enfant_du_petit",
  "[[La mère du petit {nom}]] a signalé sa disparition",
  "[[Le père de {la_petite} {prenom} {nom}]] est arrivé sur place",
  "[[Les parents du jeune {nom}]] sont avisés",
  "[[La grand-mère du petit {nom}]] l'a récupéré",
  "[[Le parrain du petit {nom}]] héberge la famille",
  "[[La tante de la petite {nom}]] est en route",
)
F("lien_familial", "lien_plus_prenom",
  "[[{Sa_fille} {prenom}]] va l'héberger",
  "[[{Sa_fille} {prenom}]] a les papiers",
  "[[{Sa_soeur} {prenom}]] habite à {ville}",
  "[[{Sa_soeur} {prenom}]] vient le chercher",
  "[[{Sa_mere}, {prenom},]] est au CHSLD",
  "[[{Son_chum} {prenom}]] est parti avec le char",
)
F("lien_familial", "neveu_niece_clerge",
  "[[Le neveu du curé de {ville}]] a été évacué",
  "[[La nièce de la mairesse de {ville}]] est bénévole au centre",
  "[[Le neveu {ancre_notable}]] coordonne les bénévoles",
  "[[La nièce du curé de {ville}]] est parmi les évacués",
  "[[La nièce {ancre_notable}]] a appelé",
  "[[Le neveu du président de la Fabrique de {ville}]] a prêté sa génératrice",
)
F("lien_familial", "ex_conjoint",
  "[[L'ex de {pn}]] rôdait près de la maison",
  "[[L'ex-conjoint de {pn}]] refuse de quitter les lieux",
  "Conflit avec [[l'ex de {pn}]], SQ avisée",
  "[[L'ex-conjointe de {pn}]] réclame une partie de l'aide",
  "Selon [[l'ex de {pn}]], il serait parti à {ville}",
  "[[L'ancienne blonde de {pn}]] a les clés",
)
F("lien_familial", "frere_soeur_employe_public",
  "[[La sœur de l'agente {nom}]] est parmi les sinistrées",
  "[[Le frère du DG de {ville}]] a un chalet dans le secteur",
  "[[La sœur du chef de police de {ville}]] est en conflit avec le voisin",
  "[[Le frère {ancre_notable}]] demande un passe-droit",
  "[[La sœur {ancre_notable}]] est hébergée au motel",
  "[[Le frère de la pompière {nom}]] est sur la liste",
)
F("lien_familial", "oncle_tante",
  "[[L'oncle du conseiller {nom}]] a vu le glissement",
  "[[La tante {ancre_nomme}]] est sans nouvelles",
  "[[L'oncle {ancre_nomme}]] a un camion 4x4",
  "[[L'oncle du maire de {ville}]] héberge les enfants",
  "[[La tante du maire de {ville}]] a refusé l'évacuation",
  "[[L'oncle {ancre_notable}]] est porté disparu",
)
F("lien_familial", "famille_du_rang",
  "{*famille_rang} ont encore de l'eau dans la cave",
  "Visite chez {*famille_rang}",
  "Sans nouvelles de {*famille_rang}",
  "{*famille_rang} ont refusé l'aide",
  "La grange de {*famille_rang} est effondrée",
  "Appeler {*famille_rang} demain",
)
F("lien_familial", "gendre_bru",
  "[[Le gendre de M. {nom_fc}]] a déblayé le terrain",
  "[[La bru de Mme {nom_fc}]] s'occupe du dossier",
  "[[La bru {ancre_nomme}]] s'occupe des papiers",
  "[[Le gendre {ancre_nomme}]] a déposé la réclamation",
  "[[La bru des {nom}]] a tout perdu",
  "[[Le gendre du vieux {nom}]] est pompier volontaire",
)
F("lien_familial", "jumeau",
  "[[Le jumeau de {pn}]] est aussi évacué",
  "[[La jumelle de {pn}]] habite à côté",
  "Confusion entre les deux : [[{son_jumeau} {prenom}]] a répondu au tél.",
  "[[Le frère jumeau de {pn}]] a signé à sa place",
  "[[Les jumelles {nom}]] sont hébergées ensemble",
  "[[La sœur jumelle de {pn}]] a appelé",
)
F("lien_familial", "grand_parent",
  "[[La grand-mère du petit {pn}]] est hébergée avec lui",
  "[[Le grand-père de {pn}]] a été évacué en hélico",
  "[[La grand-mère {ancre_nomme}]] vit avec la famille",
  "[[Les grands-parents de {pn}]] ont les clés",
  "[[La grand-mère {ancre_notable}]] est au CHSLD",
  "[[Le grand-père {ancre_nomme}]] demande de l'aide",
)
F("lien_familial", "majuscules",
  "!U|{*lien_notable} IMPLIQUÉ",
  "!U|{*lien_nomme} ÉVACUÉ",
  "!UA|APPEL DE {*lien_notable}",
  "!U|{*lien_veuve} SANS CHAUFFAGE",
  "!U|VÉHICULE DE {*lien_nomme}",
  "!U|{*lien_notable} SUR PLACE",
)
F("lien_familial", "anglais",
  "{*lien_en} called about the flooding",
  "Spoke with {*lien_en}",
  "{*lien_en} is staying at the motel",
  "The cottage belongs to {*lien_en}",
  "{*lien_en} was driving the truck",
  "Contact person is {*lien_en}",
)
F("lien_familial", "joual_a_possessif",
  "!L|c'est {*lien_joual} qui a callé",
  "!L|{*lien_joual} est venu chercher le stock",
  "!LA|{*lien_joual} y veut pas partir",
  "!L|{*lien_joual} a le 4 roues pour aller voir",
  "!L|demande à {*lien_joual}",
  "!L|{*lien_joual} était sur place hier soir",
)
F("lien_familial", "famille_recomposee",
  "[[La demi-sœur de {pn}]] conteste la réclamation",
  "[[Le beau-père de {pn}]] vit au sous-sol",
  "[[Le beau-fils de Mme {nom_fc}]] a été relogé",
  "[[La belle-mère de {pn}]] refuse de partir",
  "[[Le demi-frère de {pn}]] a les papiers de la maison",
  "[[La belle-fille de M. {nom}]] a appelé",
)
F("lien_familial", "parenthese_lien",
  "Appel reçu ([[fille de Mme {nom_fc}]])",
  "Locataire ([[fils de {pn}]]) évacué",
  "La personne jointe ([[sœur {ancre_notable}]]) confirme",
  "Contact d'urgence : [[son fils {prenom}]] ({*tel})",
  "Un témoin ([[neveu de {pn}]]) a vu l'incendie",
  "Bénévole ([[conjointe {ancre_notable}]]) sur place",
)
F("lien_familial", "selon_membre_famille",
  "Selon [[la fille de Mme {nom_fc}]], l'eau a monté vite",
  "D'après {*lien_nomme}, le poêle était allumé",
  "Selon {*lien_notable}, personne n'habitait là",
  "Info [[du fils de {pn}]]: la maison est vide",
  "Selon [[le frère de {pn}]], il est parti en camping",
  "D'après [[la conjointe de {pn}]], le chien est resté à l'intérieur",
)
F("lien_familial", "cousin_proprietaire",
  "[[Le cousin du propriétaire de {commerce_sans_ville}]] a prêté une pompe",
  "[[La cousine {ancre_notable}]] gère la cafétéria du centre",
  "[[Le cousin {ancre_notable}]] fournit le bois",
  "[[Le cousin {ancre_nomme}]] a un bateau",
  "[[La cousine de {pn}]] est infirmière sur place",
  "[[La cousine {ancre_nomme}]] a offert de loger la famille",
)


# ===========================================================================
# FAMILIES — lieu_travail
# ===========================================================================
F("lieu_travail", "travaille_a_commerce",
  "Travaille chez {*commerce}, de retour ce soir",
  "Le propriétaire travaille chez {*commerce} de jour",
  "Elle travaille pour {*commerce}, joignable là-bas",
  "Travaille pour {*commerce} depuis 15 ans",
  "Son employeur, {*commerce}, lui a donné congé",
  "Travaille chez {*commerce}",
)
F("lieu_travail", "employe_chaine_succursale",
  "Employée chez {*chaine}",
  "Travaille au {*chaine} les fins de semaine",
  "Commis au {*chaine}",
  "Caissière chez {*chaine}, horaire de soir",
  "Le locataire est gérant du {*chaine}",
  "{Il} travaille de nuit au {*chaine}",
)
F("lieu_travail", "ancien_retraite",
  "Ancien de chez {*usine}, retraité depuis 2015",
  "Retraité{e} de {*commerce}",
  "A travaillé 30 ans chez {*usine}",
  "Retraité de chez {*usine}",
  "Ancienne employée du {*chsld}",
  "Pensionné de chez {*usine}",
)
F("lieu_travail", "enseignant_ecole",
  "Prof à l'{*ecole}",
  "Enseignante à l'{*ecole}, ne peut pas quitter avant 15h30",
  "Le conjoint enseigne à l'{*ecole}",
  "Concierge de l'{*ecole}",
  "Éducatrice au service de garde de l'{*ecole}",
  "Technicien en loisirs à l'{*ecole}",
)
F("lieu_travail", "sante_chsld",
  "Infirmière au {*chsld}",
  "Préposée aux bénéficiaires au {*chsld}, de nuit cette semaine",
  "Travaille au {*chsld} sur le quart de soir",
  "PAB au {*chsld}",
  "Cuisinier au {*chsld}",
  "Elle fait des quarts au {*chsld}",
)
F("lieu_travail", "champ_employeur",
  "Employeur : {*employeur_any}",
  "Employeur: {*commerce}",
  "Employeur actuel — {*employeur_any}",
  "Empl.: {*usine}",
  "Nom de l'employeur : {*commerce}",
  "Employeur {*chaine}",
)
F("lieu_travail", "proprietaire_commerce",
  "{*commerce} — propriétaire absent",
  "Propriétaire de {*commerce}, commerce fermé depuis la crue",
  "Le sinistré est propriétaire de {*commerce}",
  "Son commerce ({*commerce}) a été inondé aussi",
  "Proprio : {*commerce}",
  "Elle gère {*commerce} avec son fils",
)
F("lieu_travail", "arret_travail",
  "En arrêt de travail de chez {*usine}",
  "En congé de maladie, employeur {*commerce}",
  "Arrêt de travail — {*chaine}",
  "Ne travaille plus chez {*usine} depuis mars",
  "En CSST de chez {*commerce}",
  "En arrêt, employé de {*usine}",
)
F("lieu_travail", "metier_deux_points",
  "{metier}: {*commerce}",
  "Occupation : {metier} chez {*usine}",
  "{metier} — {*commerce}",
  "Emploi: {metier}, {*chaine}",
  "{metier} / {*employeur_any}",
  "Métier : {metier} au {*municipal}",
)
F("lieu_travail", "debut_cellule",
  "{*usine} - employé de production, quart de nuit",
  "{*commerce}: le sinistré y travaille",
  "{*chaine} (employeur) a offert une avance",
  "{*chsld} : lieu de travail de la sinistrée",
  "{*commerce} — travaille là depuis 20 ans",
  "{*usine}, employeur du demandeur",
)
F("lieu_travail", "parentheses",
  "Le demandeur (travaille chez {*usine}) a fourni ses talons de paie",
  "La locataire (caissière au {*chaine}) est relogée",
  "Sinistré (employé de {*commerce})",
  "Propriétaire (prof à l'{*ecole})",
  "Témoin (préposé au {*chsld}) a vu la fumée",
  "Le conjoint (chez {*usine}) est de retour demain",
)
F("lieu_travail", "shifts_restauration",
  "Fait des shifts au {*tim}",
  "Travaille au {*tim} le matin",
  "Sa fille fait des shifts au {*tim}",
  "Job de fin de semaine au {*tim}",
  "Le jeune travaille au {*tim}, joignable là",
  "Elle est au {*tim} jusqu'à 14h",
)
F("lieu_travail", "municipal",
  "Col bleu au {*municipal}",
  "Travaille au {*municipal}",
  "Employé du {*municipal}, en devoir pendant la crue",
  "Journalier au {*municipal}",
  "Opérateur au {*municipal}",
  "Le sinistré est employé au {*municipal}",
)
F("lieu_travail", "ferme_agricole",
  "Travaille à la {*ferme}",
  "Ouvrier agricole à la {*ferme}, logé sur place",
  "Travailleur étranger temporaire, {*ferme}",
  "Employé de la {*ferme} depuis 3 saisons",
  "Fait la traite à la {*ferme}",
  "Travaille aux champs, {*ferme}",
)
F("lieu_travail", "mine_chantier",
  "Mineur à la {*mine}, en rotation 14/14",
  "Travaille à la {*mine} (fly-in/fly-out)",
  "Le conjoint est à la {*mine} jusqu'au 20",
  "Opérateur de foreuse à la {*mine}",
  "Parti travailler à la {*mine}, revient jeudi",
  "Employé de la {*mine}",
)
F("lieu_travail", "anglais",
  "Works at {*usine}",
  "Employed by {*commerce}",
  "She works at the {*chaine}",
  "Night shift at {*chsld}",
  "Teacher at {*ecole}",
  "His employer is {*commerce}",
)
F("lieu_travail", "majuscules",
  "!U|TRAVAILLE CHEZ {*usine}",
  "!U|EMPLOYEUR: {*commerce}",
  "!UA|EMPLOYEE AU {*chsld}",
  "!U|PROF À L'{*ecole}",
  "!U|EMPLOYÉ {*chaine}",
  "!U|PROPRIO DE {*commerce}",
)
F("lieu_travail", "sms_joual",
  "!L|y travaille su'l chantier chez {*commerce}",
  "!L|a job au {*chaine}",
  "!L|y travaille à shop chez {*usine}",
  "!LA|elle est a job au {*chsld} jusqu'a 11h",
  "!L|y fait des runs pour {*commerce}",
  "!L|son chum travaille chez {*usine}",
)
F("lieu_travail", "etudiant_emploi_ete",
  "Étudiante, travaille l'été chez {*commerce}",
  "Emploi étudiant au {*municipal}",
  "Le jeune travaille au {*chaine} après l'école",
  "Stagiaire à l'{*hopital}",
  "Job d'été à la {*ferme}",
  "Moniteur au {*municipal}",
)
F("lieu_travail", "fonction_publique",
  "Commis au {*fonction}",
  "Travaille au {*fonction}",
  "Agent de bureau, {*fonction}",
  "Employée du {*fonction}",
  "Technicienne au {*fonction}",
  "Le demandeur est agent correctionnel au {*fonction}",
)
F("lieu_travail", "mis_a_pied",
  "Mis à pied de chez {*usine} en janvier",
  "Congédié du {*chaine} le mois passé",
  "A perdu son emploi chez {*commerce}",
  "Licenciement collectif chez {*usine}",
  "Sans emploi depuis la fermeture de {*commerce}",
  "Mise à pied temporaire, {*chaine}",
)
F("lieu_travail", "conjoint_travaille",
  "Son mari travaille chez {*usine}",
  "Sa conjointe est infirmière à l'{*hopital}",
  "Le père travaille chez {*commerce}",
  "La mère est caissière au {*chaine}",
  "Son chum travaille au {*municipal}",
  "Sa blonde travaille au {*chsld}",
)
F("lieu_travail", "hopital_clinique",
  "Infirmière à l'{*hopital}",
  "Travaille à l'{*hopital}, de garde ce weekend",
  "Préposé à l'{*hopital}",
  "Réceptionniste à l'{*hopital}",
  "Médecin à l'{*hopital}",
  "Inhalothérapeute, {*hopital}",
)


# ===========================================================================
# FAMILIES — propre (no personal information)
# ===========================================================================
F("propre", "inondation_niveaux",
  "Rivière {riviere} à {niveau} au pont de {ville}, en hausse",
  "Niveau de la rivière {riviere} : {niveau} à {heure}, seuil d'inondation mineure atteint",
  "La rivière {riviere} a dépassé le seuil de surveillance à {ville}",
  "Crue: {riviere} stable à {niveau} depuis {heure}",
  "Hausse de 40 cm en 6 h sur la rivière {riviere}, suivi aux 2 h",
  "Station hydrométrique {riviere} : {niveau}, tendance à la baisse",
)
F("propre", "embacle",
  "Embâcle signalé sur la rivière {riviere} en amont de {ville}",
  "Formation d'un embâcle près du pont, surveillance par drone",
  "Embâcle de 2 km sur la rivière {riviere}, risque de refoulement",
  "Dynamitage de l'embâcle reporté à demain matin",
  "Glaces en mouvement sur la rivière {riviere}, aucun dommage signalé",
  "Embâcle libéré à {heure}, niveau en baisse rapide",
)
F("propre", "feu_foret",
  "SOPFEU : feu de {nb} ha hors contrôle au nord de {ville}",
  "Indice d'inflammabilité extrême, interdiction de feux à ciel ouvert dans la {mrc}",
  "Feu de forêt maîtrisé, 3 avions-citernes déployés",
  "Fumée visible de la route {rn}, la SOPFEU est sur place",
  "Feu no 312 : {nb} ha, contenu",
  "Ouverture des feux à ciel ouvert suspendue jusqu'à nouvel ordre",
)
F("propre", "glissement_terrain",
  "Glissement de terrain le long de la route {rn}, voie fermée",
  "Décrochement de talus en bordure de la rivière {riviere}, géotechniciens du MTMD avisés",
  "Glissement de terrain: aucune résidence touchée, secteur sécurisé",
  "Fissures observées dans le talus, inspection demain",
  "Zone de contraintes relatives aux glissements : périmètre établi",
  "Coulée argileuse sur le chemin, circulation en alternance",
)
F("propre", "panne_electrique",
  "Panne Hydro-Québec : {nbg} clients privés d'électricité dans la {mrc}",
  "Rétablissement prévu vers {heure} selon Hydro-Québec",
  "Panne majeure après le verglas, {nb} équipes sur le terrain",
  "Hydro estime le retour du courant à 48 h",
  "Ligne de transport endommagée près de {ville}",
  "Bris sur le réseau, {nbg} abonnés touchés",
)
F("propre", "evacuation_comptes",
  "{nb} résidences évacuées, {nb} personnes hébergées",
  "Évacuation préventive de {nb} chalets le long de la rivière",
  "Total évacués : {nb} adultes, {nb} enfants",
  "Ordre d'évacuation levé pour le secteur est à {heure}",
  "{nb} familles relogées à l'hôtel par la Croix-Rouge",
  "Réintégration des résidences autorisée à partir de demain",
)
F("propre", "avis_ebullition",
  "Avis d'ébullition préventif émis pour le secteur du village",
  "Levée de l'avis d'ébullition à {ville}",
  "Avis de non-consommation en vigueur, distribution d'eau à l'hôtel de ville",
  "Bris d'aqueduc, avis d'ébullition pour {nb} rues",
  "Résultats d'analyse conformes, levée de l'avis",
  "Distribution de bouteilles d'eau de 9h à 16h au garage municipal",
)
F("propre", "meteo_mesures",
  "{mm} de pluie en 24 h, sols saturés",
  "Rafales jusqu'à {vent} prévues cette nuit",
  "Avertissement de froid extrême : {froid} avec le refroidissement éolien",
  "Accumulation de 45 cm de neige, vents de {vent}",
  "ECCC prévoit {mm} d'ici samedi",
  "Température {temp}, vents forts en soirée",
)
F("propre", "routes_fermees",
  "Route {rn} fermée entre {ville} et {ville}, détour par la route {rn}",
  "Autoroute 20, sortie 225 fermée en direction est",
  "Circulation en alternance sur la route {rn} au km 42",
  "Chemin fermé à la hauteur du ponceau",
  "Réouverture de la route {rn} prévue à {heure}",
  "A-40 fermée dans les deux directions entre les sorties 180 et 189",
)
F("propre", "infra_noms_personnes",
  "Circulation lente, {infra}, à cause du vent",
  "Fermeture partielle ({infra}) pour inspection",
  "Réouverture à la circulation : {infra}",
  "Accident — {infra}, voie de droite bloquée",
  "Travaux d'urgence : {infra}",
  "Congestion importante ({infra}) suite à l'évacuation",
)
F("propre", "etablissements_noms_personnes",
  "Centre d'hébergement ouvert : {etab}",
  "Point de services aux sinistrés ({etab}) de 9h à 20h",
  "{etab} : fonctionne sur génératrice",
  "Les autobus scolaires sont redirigés vers le stationnement ({etab})",
  "Génératrice livrée — {etab}",
  "Clinique de vaccination déplacée : {etab}",
)
F("propre", "roles_sans_nom",
  "{role} a déclenché les mesures d'urgence à {heure}",
  "Rencontre avec {role} et les représentants du MSP",
  "{role} demande un point de situation aux 4 h",
  "Point de presse donné par {role}",
  "{role} est en contact avec la SQ",
  "Décision de {role} : maintien de l'évacuation",
)
F("propre", "lignes_organisationnelles",
  "Info-Santé : composer le 811",
  "Pour signaler une panne : {telorg}",
  "Ligne d'information aux sinistrés {telorg}",
  "Services Québec {telorg} pour les programmes d'aide",
  "Urgence : 911 seulement",
  "SOPFEU : {telorg} pour signaler un feu",
)
F("propre", "age_batiment_ouvrage",
  "Barrage de {pont_age} ans, inspection prévue",
  "Le pont, vieux de {pont_age} ans, a été fermé par précaution",
  "Bâtiment de {pont_age} ans, structure en bois",
  "Ponceau de {pont_age} ans à remplacer",
  "Église centenaire endommagée par la grêle",
  "Digue construite il y a {pont_age} ans, état à vérifier",
  "Autopompe de {nb} ans hors service, remplacement demandé au conseil",
  "La génératrice de l'aréna a 30 ans, pièces introuvables",
)
F("propre", "bilan_blesses",
  "Bilan : 3 blessés légers, aucun décès",
  "{nb} personnes transportées par ambulance par précaution",
  "Aucun blessé rapporté",
  "Un pompier légèrement blessé, retour au travail demain",
  "2 blessés graves transportés au centre hospitalier régional",
  "Bilan provisoire : {nb} blessés, tous conscients",
)
F("propre", "centre_hebergement",
  "Centre d'hébergement d'urgence ouvert à l'aréna",
  "Capacité du centre : 120 lits, {nb} occupés",
  "Repas servis par les bénévoles de la Croix-Rouge",
  "Centre de services aux sinistrés ouvert jusqu'à {heure}",
  "Fermeture du centre d'hébergement prévue dimanche",
  "Lits de camp livrés au centre communautaire",
)
F("propre", "anglais_mix",
  "Road closed, detour via route {rn}",
  "Flood watch in effect for the {riviere} river",
  "Power restored to most customers, quelques secteurs encore sans courant",
  "Meeting with MSP at {heure}, update to follow",
  "Shelter open at the community centre",
  "Boil-water advisory lifted this morning",
)
F("propre", "majuscules_telegraphique",
  "!U|ROUTE {rn} FERMÉE",
  "!U|NIVEAU RIVIÈRE {niveau} EN HAUSSE",
  "!UA|EVACUATION PREVENTIVE SECTEUR NORD",
  "!U|PANNE GÉNÉRALISÉE - {nbg} CLIENTS",
  "!U|CENTRE DE COORDINATION OUVERT",
  "!U|FEU MAÎTRISÉ À {heure}",
)
F("propre", "sms_abreviations",
  "!L|rdv {heure} au cmu, ok pr demain",
  "!L|tt est beau secteur sud",
  "!L|jvais checker le ponceau pis jte redis",
  "!LA|pas d'eau su'l chemin a matin",
  "!L|ok recu, merci",
  "!L|on attend le go du msp",
)
F("propre", "horaires_heures",
  "Point de presse à {heure}",
  "Relève de l'équipe à {heure}",
  "Prochaine mise à jour à {heure}",
  "Rencontre de coordination à {heure} à l'hôtel de ville",
  "Fin des opérations à {heure}",
  "Patrouille de nuit de 22h à 6h",
)
F("propre", "mesures_debit",
  "Débit de la rivière {riviere} : {debit}",
  "Débit en baisse, {debit} à {heure}",
  "Ouverture des vannes du barrage, débit sortant {debit}",
  "Apports de {debit} prévus demain",
  "Le débit a atteint {debit}, récurrence 20 ans",
  "Réservoir à 98 %, évacuateur ouvert",
)
F("propre", "dates_evenements",
  "Crue printanière de 2019, secteur déjà touché",
  "Même scénario qu'au verglas de 1998",
  "Événement du {date_ev} : fermeture du dossier municipal",
  "Comme lors des inondations de 2017",
  "Début de l'événement le {date_ev}",
  "Déluge du Saguenay (1996) cité comme référence",
)
F("propre", "programme_aide",
  "Programme général d'aide financière lors de sinistres réels ou imminents : formulaires disponibles au bureau municipal",
  "Les sinistrés ont 3 mois pour présenter une réclamation au MSP",
  "Séance d'information sur l'aide financière le {date_ev}",
  "Décret publié, municipalité admissible",
  "Avance de 50 % possible selon le programme",
  "Les frais de nettoyage sont admissibles",
)
F("propre", "incendie_batiment",
  "Incendie de bâtiment commercial, perte totale",
  "Feu de grange, {nb} pompiers sur place, aucun blessé",
  "Cause de l'incendie : article de fumeur, selon le SSI",
  "Incendie maîtrisé à {heure}, enquête du SSI en cours",
  "Alarme générale, entraide de {ville}",
  "Feu de cheminée, dommages mineurs",
)
F("propre", "statistiques_police",
  "{nb} interventions durant la fin de semaine, 3 arrestations",
  "Statistiques mensuelles : {nb} collisions, dont 3 avec blessés",
  "Opération nationale concertée alcool-drogues : {nb} conducteurs interceptés",
  "Hausse de 12 % des appels pour vol de catalyseurs",
  "Patrouille nautique : {nb} constats émis",
  "Aucun incident rapporté au poste de la MRC",
)
F("propre", "services_correctionnels",
  "Établissement de détention de Québec : {nb} admissions cette semaine",
  "Taux d'occupation de 94 % au centre de détention",
  "Transferts suspendus à cause de la tempête",
  "Exercice d'évacuation au centre de détention réussi",
  "Visites annulées jusqu'à nouvel ordre",
  "{nb} personnes en absence temporaire, aucune non-réintégration",
)
F("propre", "repartition_dispatch",
  "2 unités dirigées sur les lieux, arrivée à {heure}",
  "Appel transféré à la SQ",
  "Répartition : autopompe 210 et citerne 610",
  "Code 10-7 à {heure}",
  "Ambulance en route, ETA 12 min",
  "Aucune unité disponible, demande d'entraide",
)
F("propre", "avis_public",
  "Avis à la population : éviter les déplacements non essentiels",
  "La municipalité demande de ne pas encombrer les lignes 911",
  "Les citoyens sont invités à s'inscrire à l'alerte municipale",
  "Consultez le site de la municipalité pour les mises à jour",
  "Rappel : ne pas circuler sur les routes inondées",
  "Quand la rivière monte, suivre les consignes des autorités",
)
F("propre", "seisme",
  "Séisme de magnitude 4,1 ressenti dans Charlevoix, aucun dommage",
  "Tremblement de terre léger, épicentre près de {ville}",
  "Ressenti jusqu'à Québec, aucune demande d'assistance",
  "Secousse de magnitude 3,2 à {heure}",
  "Inspection des ponts après le séisme : rien à signaler",
  "RNCan confirme un séisme de faible intensité",
)
F("propre", "chaleur_canicule",
  "Avertissement de chaleur extrême : {temp} ressenti 40",
  "Ouverture des haltes-climatisées à la bibliothèque",
  "Canicule, 3e journée consécutive au-dessus de 30 °C",
  "Jeux d'eau ouverts jusqu'à 21h",
  "Les résidences pour aînés ont reçu les consignes de chaleur",
  "Fin de l'épisode de chaleur prévue vendredi",
)
F("propre", "tempete_verglas",
  "Verglas : 25 mm accumulés, nombreuses branches au sol",
  "Tempête hivernale, 20 à 30 mm de pluie verglaçante attendus",
  "Déneigement prioritaire des artères principales",
  "Poudrerie, visibilité nulle sur la route {rn}",
  "Écoles fermées dans la {mrc}",
  "Fin de la tempête prévue en soirée",
)
F("propre", "logistique_materiel",
  "500 sacs de sable livrés au garage municipal",
  "Génératrice de 100 kW installée au centre d'hébergement",
  "Pompes supplémentaires demandées au MSP",
  "Réception de 2 000 bouteilles d'eau",
  "Barrières et signalisation installées par les travaux publics",
  "Camion-citerne de la municipalité en renfort",
)
F("propre", "coordination_reunion",
  "Réunion OMSC à 9h, présents : DG, maire, dir. incendie, TP",
  "CCMU ouvert, prochaine rencontre à {heure}",
  "Conférence téléphonique régionale avec le MSP",
  "Compte rendu envoyé aux membres de l'OMSC",
  "Rencontre de débreffage prévue la semaine prochaine",
  "Niveau de mobilisation : alerte",
)
F("propre", "fautes_sans_accents",
  "!A|sous-sol inonde dans le secteur du lac, pompes en fonction",
  "evacuation termine, tout le monde est sorti",
  "!A|la riviere a deborde pendant la nuit",
  "probleme d'egout sur la rue principale, TP avises",
  "!A|fermeture de la route jusqu'a nouvel ordre",
  "niveau d'eau stabiliser, on surveille",
)
F("propre", "references_internes",
  "Réf. événement 2024-0456",
  "Voir rapport COG no 24-1187",
  "Carte d'appel 25-003412",
  "Fiche de situation no 7 transmise",
  "Événement MSP-ORSC-2023-118",
  "Rapport d'intervention SSI 2024-332",
)
F("propre", "faune_environnement",
  "Ours noir aperçu près du camping municipal",
  "Déversement de diesel contenu par les pompiers, MELCCFP avisé",
  "Chevreuils sur la route {rn}, prudence",
  "Poissons morts signalés dans la rivière {riviere}",
  "Castors ont bloqué le ponceau, travaux publics avisés",
  "Odeur de gaz naturel, Énergir sur place",
)
F("propre", "toponymes_personnes",
  "Débordement de la rivière Jacques-Cartier",
  "Le lac Saint-Jean est à 17,3 pi",
  "Feu dans le parc national de la Jacques-Cartier",
  "Fermeture du parc du Mont-Saint-Bruno",
  "Crue du lac Saint-Pierre",
  "Route fermée au mont Albert",
)
F("propre", "mots_ressemblant_noms",
  "Chute de pierres sur la route {rn}, côté sud",
  "Le côté nord du lac est encore gelé",
  "Refuge de la Rose-des-Vents fermé",
  "Secteur Laval-des-Rapides : pas d'incident",
  "La rivière Rouge a débordé à Rivière-Rouge",
  "Blanche neige sur les champs, poudrerie en soirée",
)
F("propre", "dossiers_organisation",
  "Demande acheminée au MSP, en attente de réponse",
  "Dossier municipal ouvert pour les travaux d'urgence",
  "Facturation des heures supplémentaires au programme",
  "Rapport préliminaire déposé au conseil",
  "Estimation des dommages aux infrastructures : 1,2 M$",
  "Les pièces justificatives seront transmises au ministère",
)
F("propre", "mrc_municipalites",
  "Situation sous contrôle dans la {mrc}",
  "{ville} et {ville} ont ouvert leur CCMU",
  "La {mrc} coordonne les ressources régionales",
  "Entente d'entraide entre {ville} et la {mrc}",
  "Bulletin de la {mrc} publié à {heure}",
  "Municipalité de {ville} en mode alerte",
)
F("propre", "cellule_courte",
  "RAS, calme",
  "En cours",
  "Opération terminée",
  "Aucun changement",
  "À suivre",
  "Sans objet",
)


# extra templates (appended alternately: first -> dev4, second -> heldout4)
EXTRA = {
    "nom.majuscules_verbe": ["!U|{*pn} SIGNALE UN GLISSEMENT DERRIÈRE LE GARAGE", "!UA|{*pn} DEMANDE DES SACS DE SABLE AU GARAGE MUNICIPAL"],
    "nom.majuscules_sans_verbe": ["!U|PROPRIO: {*NP}", "!U|{*NP} / SOUS-SOL / 2E VISITE"],
    "nom.minuscules": ["!L|{*pn} va envoyer les photos demain", "!L|rencontre {*pn} 14h au bureau"],
    "nom.initiales": ["Dossier attribué à {*ini}", "{*ini} a fait l'inventaire des dommages"],
    "nom.titre_civilite": ["Appel de {Madame} {*nom_fc}, inquiète pour son frère", "{Mme} {*nom} (locataire) : pas d'assurance"],
    "nom.surnom": ["Tout le monde l'appelle {*surnom}", "Le dépanneur est tenu par {*surnom}"],
    "nom.typo": ["Mme {*typo_pn} veut parler au responsable", "ENVOYÉ À {*typo_pn} PAR ERREUR?"],
    "nom.nom_mot_commun": ["{*motpn} — sous-sol inondé", "Visite chez {*motpn} demain matin"],
    "nom.selon_source": ["Selon {*pn} (voisin d'en face), personne n'est rentré", "Version de {*pn} : le feu a pris dans le cabanon"],
    "nom.appel_de": ["Appel de {*pn} pour un arbre sur sa voiture", "Reçu un appel de {*pn} vers minuit"],
    "nom.autochtones": ["{*autoch} a offert son camp de chasse pour héberger des familles", "Transport par avion pour {*autoch}"],
    "nom.diaspora": ["{*diasp} ne parle pas français, sa fille traduit", "Famille {*diasp_nom} : 5 personnes à reloger"],
    "nom.prenom_seul": ["C'est {*prenom} qui a ouvert le centre ce matin", "Merci à {*prenom} pour la soupe"],
    "nom.anglais_mix": ["FYI {*pn} a rappelé, tout est OK", "Need to follow up avec {*pn} re: insurance"],
    "adresse.numero_type_nom": ["Le puits du {*adr} est contaminé", "Toit effondré sous la neige au {*adr}"],
    "adresse.appartement": ["Dégât d'eau majeur, {*adr_app}", "Locataires du {*adr_app} sans chauffage"],
    "adresse.rang_rural": ["Vaches à déplacer, ferme du {*rang}", "Le ponceau devant le {*rang} est arraché"],
    "adresse.chemin_montee_cote": ["Éboulis dans la cour du {*chemin}", "Sinistré du {*chemin}, accès par VTT seulement"],
    "adresse.code_postal": ["Code postal : {*codepostal} (rural)", "{*codepostal} selon la carte d'assurance maladie"],
    "adresse.anglais": ["Tenant at {*adr_en} needs a ride to the shelter", "{*adr_en}: water in basement, 2 ft"],
    "age.ans_chiffres": ["Un homme de {*age} aurait été aperçu près du barrage", "Seule occupante ({*age}), chat dans la maison"],
    "age.decennie": ["La conductrice, {*decennie}, est restée sur place", "Voisin {*decennie} a aidé à pomper"],
    "date_naissance.ddn_iso": ["Confirmer DDN ({*ddn_iso}) avec la RAMQ", "DDN {*ddn_iso} — conjoint"],
    "date_naissance.ne_le_texte": ["La sinistrée est née le {*ddn_texte} à {ville}", "Né le {*ddn_texte}, a toujours habité le rang"],
    "sante.maladie_chronique": ["Sinistrée avec {*s_chronique}, fatigue importante", "Conjoint atteint ({*s_chronique})"],
    "sante.mobilite_handicap": ["Besoin d'une rampe, propriétaire {*s_mobilite}", "Évacuation difficile : résident {*s_mobilite}"],
    "sante.medication": ["Pharmacie contactée pour {*s_medication}", "Doit prendre {*s_medication} tous les jours"],
    "sante.soins_domicile": ["Aviser le CLSC : {*s_domicile}", "Dame de 2e étage, {*s_domicile}"],
    "courriel.simple": ["Photos reçues par courriel ({*courriel})", "Nouvelle adresse courriel : {*courriel}"],
    "telephone.tirets": ["Le propriétaire demande qu'on le rappelle au {*tel_tirets}", "Nouveau numéro : {*tel_tirets}"],
    "telephone.avec_nom": ["{*pn} ({*tel})", "Voisin {*pn}, tél. {*tel}"],
    "plaque.plaque_prefixe": ["Pick-up plaque {*plaque} dans le fossé", "Auto plaque {*plaque} emportée par l'eau"],
    "identifiant.dossier_aide_financiere": ["Paiement émis, dossier {*dossier_afs}", "Dossier {*dossier_afs} : manque le bail"],
    "lien_familial.enfant_de_notable": ["[[Le fils du propriétaire de la quincaillerie de {ville}]] a prêté sa génératrice", "Selon [[la fille du chef pompier de {ville}]], le feu a commencé dans la grange"],
    "lien_familial.veuve_de_feu": ["Aide offerte à {*lien_veuve}", "{*lien_veuve} demande de l'aide pour le bois"],
    "lieu_travail.travaille_a_commerce": ["Il travaille chez {*commerce} comme journalier", "De retour du travail ({*commerce}) vers 18h"],
    "lieu_travail.employe_chaine_succursale": ["Cuisinier au {*chaine}, quart de soir", "Caissier au {*chaine} depuis 2 ans"],
    "propre.inondation_niveaux": ["Rivière {riviere} : montée de 20 cm depuis minuit", "Seuil d'inondation majeure non atteint à {ville}"],
    "propre.routes_fermees": ["Détour obligatoire par la route {rn} pour les véhicules lourds", "Route {rn} rouverte en alternance, signaleurs sur place"],
    "propre.evacuation_comptes": ["{nb} personnes inscrites au centre de services aux sinistrés", "{nb} chalets inaccessibles, aucun occupant signalé"],
    "propre.roles_sans_nom": ["Le coordonnateur municipal a avisé la direction régionale", "La mairesse demande du renfort à la SQ"],
}
for _fam, _ts in EXTRA.items():
    _k, _n = _fam.split(".", 1)
    for _i, (_kk, _nn, _tt) in enumerate(FAMILIES):
        if _kk == _k and _nn == _n:
            assert len(_tt) % 2 == 0 and len(_ts) % 2 == 0, _fam  # keep the dev/heldout alternation aligned
            _tt.extend(_ts)
            break
    else:
        raise KeyError(_fam)


# long narrative notes wrapping another phrasing of the same kind
for _k in KINDS + ("propre",):
    F(_k, "note_longue", "@long", "@long")


def _validate_families():
    names = set()
    for kind, name, temps in FAMILIES:
        fam = f"{kind}.{name}"
        assert fam not in names, fam
        names.add(fam)
        for t in temps:
            if t == "@long":
                continue
            body = t.split("|", 1)[1] if t.startswith("!") else t
            toks = TOKEN.findall(body)
            for mod, g in toks:
                assert g in GEN or g in GENDER, (fam, g)
            if kind == "propre":
                assert not SPAN.search(body), fam
                for mod, g in toks:
                    assert not mod and (g in FILLERS or g in GENDER), (fam, g)
            else:
                has = SPAN.search(body) or any(mod == "*" or (g in GEN and g not in FILLERS) for mod, g in toks)
                assert has, (fam, t)


_validate_families()


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus generator (4th hand) for the PI scrubber bench")
    ap.add_argument("--split", choices=SPLITS, default="dev4")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--stats", action="store_true", help="print statistics and run the disjointness checks")
    ap.add_argument("--sample", type=int, default=0, metavar="N", help="print N samples per family")
    args = ap.parse_args(argv)

    cells = generate(args.split, args.per_family, args.seed)
    if args.stats:
        fam_by_kind = defaultdict(set)
        cells_by_kind = Counter()
        planted_by_kind = Counter()
        words = []
        for cell in cells:
            fam_by_kind[cell.kind].add(cell.family)
            cells_by_kind[cell.kind] += 1
            planted_by_kind[cell.kind] += len(cell.planted)
            words.append(len(cell.text.split()))
            for p in cell.planted:
                assert p in cell.text, (cell.family, p)
        print(f"split={args.split} per_family={args.per_family} seed={args.seed}")
        print(f"{'kind':16s} {'families':>8s} {'cells':>6s} {'planted':>8s}")
        for k in KINDS + ("propre",):
            print(f"{k:16s} {len(fam_by_kind[k]):8d} {cells_by_kind[k]:6d} {planted_by_kind[k]:8d}")
        print(f"{'TOTAL':16s} {sum(len(v) for v in fam_by_kind.values()):8d} {len(cells):6d} "
              f"{sum(planted_by_kind.values()):8d}")
        words.sort()
        print(f"words per cell: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
        print(f"distinct texts: {len(set(c.text for c in cells))}/{len(cells)}; "
              f"distinct planted (normalised): {len(planted_norms(cells))}")
        for k in KINDS:
            assert len(fam_by_kind[k]) >= 22, k
        assert len(fam_by_kind["propre"]) >= 35
        for pf, sd in ((args.per_family, args.seed), (20, 0), (40, 1)):
            check_disjoint(pf, sd)
            print(f"disjointness dev4/heldout4 OK (per_family={pf}, seed={sd})")
        # cross-seed check: planted values of dev4 seed 0 vs heldout4 seed 1
        check_disjoint(20, 0, seed_other=1)
        print("disjointness dev4(seed 0) / heldout4(seed 1) OK")
        # template disjointness
        for kind, name, temps in FAMILIES:
            a, b = set(temps[0::2]), set(temps[1::2])
            assert name == "note_longue" or not (a & b), (kind, name)
        print("template partition OK")
    if args.sample:
        byfam = defaultdict(list)
        for cell in cells:
            byfam[cell.family].append(cell)
        for fam, lst in byfam.items():
            print(f"== {fam}")
            for cell in lst[:args.sample]:
                print(f"   {cell.text!r}  -> {list(cell.planted)}")
    if not args.stats and not args.sample:
        print(f"{len(cells)} cells generated for {args.split}; use --stats or --sample N")


if __name__ == "__main__":
    main()
