#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""generate_h.py -- hand 8 ("hand h") labelled French free-text corpus generator.

Produces short Quebec-French comment cells (civil security logs, flood reports,
fire-department reports, disaster financial-aid files, police and correctional
comments) with planted personal values, each labelled, plus clean cells.

Standard library only, deterministic.

  python generate_h.py --check
  python generate_h.py --stats
  python generate_h.py --split dev8 --show 10 [--family nom.]

Template DSL (see FAMILY_SPEC below):
  @kind.family_name              starts a family
  one template per line          even index -> dev8, odd index -> heldout8
  {*gen|mod}                     planted value of the family's kind
  {ctx|mod}                      context filler (never personal)
  mods: up, low, noacc, cap
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import unicodedata
from dataclasses import dataclass

KINDS = ("nom", "adresse", "age", "date_naissance", "sante", "courriel",
         "telephone", "plaque", "identifiant", "lien_familial", "lieu_travail")
SPLITS = ("dev8", "heldout8")


@dataclass(frozen=True)
class Cell:
    text: str
    kind: str      # one of KINDS or "propre"
    family: str    # "kind.family_name"
    planted: tuple[str, ...]  # exact substrings of text; empty for "propre"


# ---------------------------------------------------------------------------
# split parity
# ---------------------------------------------------------------------------

def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def normalize(value: str) -> str:
    s = strip_accents(value).lower()
    return "".join(ch for ch in s if ch.isalnum())


def parity(value: str) -> int:
    return int(hashlib.md5(normalize(value).encode("utf-8")).hexdigest(), 16) % 2


def split_bit(split: str) -> int:
    return SPLITS.index(split)


def _L(s: str) -> tuple[str, ...]:
    """Pool literal: items separated by ';' or newlines."""
    out = []
    for part in re.split(r"[;\n]", s):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return tuple(out)

# ---------------------------------------------------------------------------
# name pools by community: (given names, surnames)
# ---------------------------------------------------------------------------

COMMUNITIES = {
    "fc": (_L("""Julie;Sylvie;Nathalie;Manon;Chantal;Johanne;Lise;Ginette;Diane;Francine;Nicole;Louise;
Réjean;Gaétan;Normand;Sylvain;Stéphane;Martin;Éric;Yvon;Gilles;Denis;Claude;Marcel;Roger;Rosaire;
Gaston;Fernand;Lucien;Armand;Raymond;Guylaine;Josée;Mélanie;Karine;Isabelle;Véronique;Geneviève;
Caroline;Annie;Émilie;Catherine;Audrey;Maxime;Mathieu;Simon;Alexandre;Samuel;Olivier;Gabriel;
Félix;Jérémie;Thierry;Jocelyn;Rénald;Clément;Yolande;Huguette;Pierrette;Rolande;Thérèse;Gisèle;
Jacqueline;Micheline;Lucie;Doris;Laurette;Berthe;Hervé;Ghislain;Benoît;Luc;Marc-André;Jean-Guy;
Jean-Pierre;Jean-François;Marie-Ève;Marie-Claude;Anne-Marie;Pierre-Luc;Marie-Josée;Jean-Marc;
Marie-Hélène;Jean-Sébastien;Marie-Pier;Jean-Philippe;Marie-Soleil;Pierre-Olivier;Marie-Andrée;Jean-Denis;Anne-Sophie;Louis-Philippe;Marie-Lou;Jean-Yves;Marie-France;Paul-André;Laurianne;Rosalie;Maude;Noémie;Léa;Zachary;Xavier;William;Jacob;
Raphaël;Mégane;Océane;Kim;Steve;Patrick;Daniel;Yannick;Jonathan;Kevin;Dany;Mario;Richard;Réal;
Lionel;Aurèle;Conrad;Wilfrid;Adrien;Alphonse;Rémi;Régis;Serge;Bruno;Carole;Colette;Denise;Murielle"""),
           _L("""Tremblay;Gagnon;Roy;Côté;Bouchard;Gauthier;Morin;Lavoie;Fortin;Gagné;Ouellet;Pelletier;
Bélanger;Lévesque;Bergeron;Leblanc;Paquette;Girard;Simard;Caron;Beaulieu;Cloutier;Dubé;Poirier;
Fournier;Lapointe;Leclerc;Lefebvre;Poulin;Thibault;St-Pierre;Nadeau;Landry;Martel;Bédard;Grenier;
Lessard;Bernier;Michaud;Hébert;Desjardins;Couture;Turcotte;Lachance;Parent;Blais;Gosselin;Savard;
Proulx;Beaudoin;Demers;Perron;Boudreau;Vachon;Thériault;Deschênes;Larouche;Harvey;Dufour;Guay;
Langlois;Labbé;Marcotte;Desrosiers;Brassard;Boivin;Laflamme;Lemieux;Séguin;Rioux;Bérubé;Sirois;
Plourde;Gingras;Vaillancourt;Pépin;Tardif;Lacasse;Charbonneau;Rousseau;Nolet;Poitras;Houle;
Giguère;Dion;Audet;Veilleux;Mercier;Bilodeau;Therrien;Lamontagne;Fréchette;Drouin;Labrecque;
Gendron;Ouellette;Morissette;Lalonde;Ménard;Dallaire;Lemay;Pouliot;Boisvert;Jolicoeur;Beaupré;
Fillion;Gravel;Lepage;Laberge;Bolduc;Asselin;Bissonnette;Rancourt;Létourneau;Doyon;Arsenault;
Quirion;Gilbert;Dumais;Castonguay;Paradis;Beauchemin;Croteau;Jobin;Brochu;Rheault;Trudel;
Bergevin;Lafrance;Coulombe;Chabot;Carrier;Laliberté;Dussault;Guimond;Laprise;Rochette""")),
    "anglo": (_L("""Kevin;Jennifer;Brian;Heather;Sean;Kimberly;Ryan;Ashley;Shannon;Cody;Brittany;Gordon;
Douglas;Margaret;Dorothy;Wayne;Kyle;Tyler;Amanda;Megan;Colin;Fiona;Duncan;Gail"""),
              _L("""Smith;Johnson;Brown;Wilson;Taylor;Murphy;O'Brien;McDonald;Campbell;Stewart;Robertson;Fraser;
Morrison;Kennedy;Sullivan;Walsh;Fitzgerald;Hughes;Graham;MacLeod;McKenna;O'Neill;Patterson;Henderson;
Doherty;Gallagher;Ferguson;MacKinnon;Burke;Reilly;Harrison;Chapman;Bennett;Collins;Russell;Gordon;Mitchell;Sutherland;Hamilton;Crawford;Shaw;Lynch;Quinn""")),
    "innu": (_L("""Shanice;Uapukun;Tshiuetin;Nipishish;Manikanet;Anne-Marie;Jean-Charles;Philippe;Réginald;
Marcelline;Évelyne;Josephine;Dominique;Sylvestre;Mathieu"""),
             _L("""Mestokosho;Bellefleur;Vollant;Pinette;Ashini;Jourdain;Kaltush;Malec;Grégoire;Rock;McKenzie;
Picard;Fontaine;Régis;Napish;Andrew;Mckenzie;Nuna;Pilot;Uapistan""")),
    "atikamekw": (_L("""Wapan;Nicole;Christian;Débora;Sipi;Jacinthe;Constant;Hector;Lisette;Mikisiw;Nitcikw;Sakay;Wasiskwan;Jean-Roch;Karine;Mariette;Paul-Émile;Eveline;Conrad"""),
                  _L("""Awashish;Petiquay;Ottawa;Flamand;Coocoo;Chilton;Néquado;Niquay;Quitich;Dubé;Moar;
Mattawa;Boivin;Echaquan;Biroté;Weizineau;Chachai""")),
    "cree": (_L("""Abel;Lorna;Matthew;Ronnie;Daisy;Sinclair;Willie;Thelma;Reggie;Elsie;Bertie;Gordie;Emily;Clarence;Agnes;Roderick;Beatrice;Ernest"""),
             _L("""Bearskin;Petawabano;Mianscum;Blacksmith;Iserhoff;Masty;Cheezo;Wapachee;Gull;Awashish;
Shecapio;Neeposh;Otter;Cooper;Sam;Loon;Mark;Snowboy;Pachano;Stephen""")),
    "mohawk": (_L("""Kahentinetha;Karonhiio;Tekarontake;Kanentiio;Wahiakeron;Kawennanoron;Tiohatekon;
Kaniehtiio;Teiowisonte;Onawa;Ratsenhaienhs;Kahsennenhawe;Tewatha;Konwennenhon;Akwirente;Iehnhotonkwas"""),
               _L("""Diabo;Deer;Jacobs;Horn;Montour;Delisle;Stacey;Kirby;Two-Axe;Rice;McComber;Zachary;
Beauvais;Goodleaf;Lazare;Norton;Cross;Sky;Thompson;Tarbell""")),
    "inuit": (_L("""Aisa;Elisapie;Lucassie;Putulik;Qumaq;Tamusi;Jaaji;Mina;Siasi;Aliva;Tivi;Pasha;Nellie;
Adamie;Charlie;Eva;Lizzie;Paulusi;Annie;Quppiapik;Sarollie;Maggie"""),
              _L("""Tukkiapik;Annanack;Qumaluk;Nappaaluk;Kasudluak;Iqaluk;Angutinguak;Koneak;Saunders;
Tulugak;Kudluk;Unatweenuk;Mesher;Aupaluk;Alaku;Padlayat;Ningiuruvik;Kumarluk;Qisiiq;Tukalak;
Novalinga;Ittukallak;Sivuarapik""")),
    "haiti": (_L("""Widlyne;Jameson;Fabienne;Ricardo;Nadège;Wilner;Guerline;Mackenson;Rose-Carline;
Jean-Robert;Marie-Ange;Evens;Dieuseul;Kettly;Wisline;Frantz;Magalie;Jude;Ketteline;Roodly"""),
              _L("""Jean-Baptiste;Pierre-Louis;Dorvil;Exantus;Saint-Fleur;Désir;Louis-Jeune;Célestin;
Bien-Aimé;Jean-Louis;Fils-Aimé;Toussaint;Dorléans;Alcindor;Métellus;Lafortune;Valcourt;Étienne;
Jean-Gilles;Nazaire;Desrosiers;Jean-Charles;Cadet;Orélien;Pierre-Paul""")),
    "maghreb": (_L("""Mohamed;Fatima;Karim;Yasmine;Nadia;Samir;Amina;Rachid;Khadija;Youssef;Meriem;
Abdelkader;Lamia;Hocine;Sofiane;Naïma;Mourad;Salima;Farid;Leïla;Mehdi;Sabrina;Bilal;Zineb"""),
                _L("""Benali;Haddad;Belkacem;Aït-Ahmed;Bensaïd;Cherkaoui;El Amrani;Mansouri;Zerrouki;Benjelloun;
Kaci;Boudiaf;Hamidi;Brahimi;Lahlou;Saïdi;Tazi;Bouzid;Meziane;Chaouch;Ouali;Ferhat;Belhadj""")),
    "liban": (_L("""Georges;Rania;Rami;Nayla;Elie;Joëlle;Walid;Rita;Ziad;Mireille;Fadi;Nour;Charbel"""),
              _L("""Khoury;Nassar;Chamoun;Saadé;Abou-Khalil;Gemayel;Karam;Hajjar;Fakhoury;Salamé;Aoun;
Haddad;Daher;Sfeir;Rizk;Boutros;Matar;Tannous;Hachem;Nakhlé;Mouawad;Frangié;Khalil;Azar;Bitar;Chidiac;Moussa""")),
    "viet": (_L("""Thi Lan;Minh;Thanh;Huong;Quoc;Bao;Anh;Linh;Tuan;Hoa;Phuong;Van Long;Thi Hanh;Duc;Khanh;Ngoc;Thu;Hai;Kim Oanh;Trung;Hieu"""),
             _L("""Nguyen;Tran;Pham;Huynh;Hoang;Phan;Vu;Dang;Bui;Ngo;Duong;Ly;Truong;Vo;Lam;Trinh;Mai;Dinh;Ha;Quach;Luong;Cao""")),
    "chine": (_L("""Wei;Xiaoling;Jun;Mei;Hui;Jing;Yan;Lei;Xiu Ying;Zhiwei;Qing;Ming;Fang;Hao;Yiming;Xiaoyu;Jian;Li Na;Chunhua;Zihan"""),
              _L("""Wang;Zhang;Liu;Chen;Yang;Huang;Zhao;Wu;Zhou;Lin;Chan;Wong;Cheung;Leung;Xu;Sun;Guo""")),
    "sudasie": (_L("""Priya;Rajesh;Harpreet;Gurpreet;Anjali;Arjun;Fatema;Imran;Sunita;Deepak;Manpreet;
Navjot;Ravi;Kavita;Tanvir;Shabnam;Rahul;"""),
                _L("""Patel;Singh;Sharma;Gupta;Khan;Ahmed;Chowdhury;Rahman;Kaur;Gill;Sandhu;Reddy;Iyer;
Perera;Siddiqui;Dhillon;Grewal;Bhatt;Desai;Malik;Hossain;Islam;Uddin;Joshi;Mehta;Nair;Pillai;Kapoor;Bains;Sidhu;Virk;Aulakh;Akhtar;Qureshi""")),
    "latino": (_L("""José;María;Luis;Carmen;Alejandro;Guadalupe;Juan Carlos;Ximena;Diego;Valentina;
Yesenia;Jorge;Lucía;Andrés;Marisol;Héctor;Fernanda;Óscar;Camila;Mateo;Gabriela;Santiago;Rosa María"""),
               _L("""González;Rodríguez;Hernández;Pérez;Martínez;López;Ramírez;Flores;Torres;Rivera;
Castillo;Morales;Vargas;Cruz;Mendoza;Ortiz;Gutiérrez;Reyes;Sánchez;Aguilar""")),
    "afrique": (_L("""Aminata;Moussa;Fatou;Mamadou;Ibrahima;Aïssatou;Kofi;Clémentine;Ousmane;Déo;
Mariam;Alpha;Grâce;Espérance;Innocent;Chimamanda;Yaw;Nafissatou"""),
                _L("""Diallo;Traoré;Koné;Ouédraogo;Ndiaye;Mbaye;Diop;Kabongo;Mukendi;Nkurunziza;Habimana;
Uwimana;Tshibangu;Kamara;Cissé;Okafor;Adeyemi;Mensah;Sawadogo;Kaboré;Ngoma;Mutombo""")),
    "esteurope": (_L("""Oksana;Dmitri;Katarzyna;Bogdan;Irina;Andrei;Svetlana;Mihai;Natalia;Piotr;Olena;
Yuriy;Vasile;Ludmila;Tomasz;Agnieszka"""),
                  _L("""Kowalski;Nowak;Popescu;Ionescu;Petrov;Ivanova;Horvat;Novák;Kovalenko;Shevchenko;
Bondarenko;Wiśniewski;Dumitru;Marinescu;Sokolov;Volkov;Zielinski;Kuznetsova;Moroz;Lungu""")),
}

# surnames that are also common French words
MOTS_COMMUNS = _L("""Boulanger;Lapierre;Rivière;Blanc;Rose;Chevalier;Lebeau;Meunier;Charpentier;Boucher;
Leblond;Lebrun;Lamoureux;Bonenfant;Lajoie;Bonhomme;Legros;Petit;Lefort;Marchand;Masson;Larose;
Laforest;Lavallée;Laverdure;Beauregard;Prince;Loiseau;Lachapelle;Champagne;Cardinal;Lecours;
Vallée;Fontaine;Lebon;Delorme;Rocher;Lagacé;Dupont;Sauvageau;Painchaud;Lenoir;Côté;Roy;Lefebvre;
Pelletier;Tailleur;Mouton;Lesage;Carrière;Laurier;Labonté;Desforges;Lacroix;Lamarre;Lafleur;Poisson""")

# surnames that are also Quebec place names
NOMS_LIEUX = _L("""Brossard;Dorval;Lasalle;Valcourt;Laval;Champlain;Sorel;Terrebonne;Vaudreuil;Drummond;
Joliette;Chambly;Lévis;Gatineau;Beauharnois;Repentigny;Bécancour;Contrecoeur;Boucherville;Lachine;
Varennes;Charlesbourg;Beauport;Montmagny;Verchères;Rimouski;Chicoutimi""")

NICKNAMES = _L("""Ti-Jean;Ti-Guy;Ti-Loup;Ti-Pit;Ti-Mé;Ti-Noir;Ti-Gus;Ti-Paul;Ti-Claude;Ti-Rouge;Ti-Coune;
Bouboule;Coco;Pitou;Lulu;Mimi;Jojo;Fanfan;Cowboy;Pee-Wee;Gros Louis;Big Mike;Frenchie;le Grand Lachance;
le Bleuet;Ti-Cul Gagné;Mononc' Réal;Matante Lise;Ti-Bob;Ti-Lou;le Rouge;Bébert;Nono;Titi;Boubou;
Gros Jean;Kid Morin;Pitbull;Ti-Mousse;Popeye""")

ALL_GIVEN = tuple(dict.fromkeys(g for (gs, _) in COMMUNITIES.values() for g in gs))
ALL_SURNAMES = tuple(dict.fromkeys(
    [s for (_, ss) in COMMUNITIES.values() for s in ss] + list(MOTS_COMMUNS) + list(NOMS_LIEUX)))

GIVEN_COMPOUND = tuple(g for g in ALL_GIVEN if "-" in g)
GIVEN_FC_SHORT = tuple(g for g in COMMUNITIES["fc"][0] if "-" not in g and len(g) <= 7)

# ---------------------------------------------------------------------------
# place / street / other pools
# ---------------------------------------------------------------------------

MUNIS = _L("""Québec;Lévis;Saguenay;Jonquière;Alma;Roberval;Dolbeau-Mistassini;Matane;Amqui;Gaspé;Percé;
Chandler;Bonaventure;Carleton-sur-Mer;New Richmond;Sept-Îles;Baie-Comeau;Forestville;Havre-Saint-Pierre;
Rouyn-Noranda;Val-d'Or;Amos;La Sarre;Ville-Marie;Témiscaming;Mont-Laurier;Saint-Jérôme;
Sainte-Agathe-des-Monts;Mont-Tremblant;Lachute;Maniwaki;Shawville;Sherbrooke;Magog;Coaticook;
Lac-Mégantic;Val-des-Sources;Granby;Cowansville;Bromont;Drummondville;Victoriaville;Plessisville;
Thetford Mines;Saint-Georges;Beauceville;Sainte-Marie;Saint-Joseph-de-Beauce;La Pocatière;
Rivière-du-Loup;Trois-Pistoles;Témiscouata-sur-le-Lac;Dégelis;Trois-Rivières;Shawinigan;La Tuque;
Louiseville;Nicolet;Berthierville;Mascouche;Longueuil;Saint-Jean-sur-Richelieu;Beloeil;
Saint-Hyacinthe;Sorel-Tracy;Salaberry-de-Valleyfield;Châteauguay;Vaudreuil-Dorion;Rigaud;Huntingdon;
Montréal;Baie-Saint-Paul;La Malbaie;Clermont;Tadoussac;Les Escoumins;Saint-Siméon;
Sainte-Anne-des-Monts;Mont-Joli;Pohénégamook;Saint-Pamphile;Lac-Etchemin;Saint-Raymond;Donnacona;
Portneuf;Saint-Casimir;Saint-Apollinaire;Kamouraska;Saint-Jean-Port-Joli;L'Islet;Cap-Saint-Ignace;
Château-Richer;Stoneham;Chibougamau;Chapais;Lebel-sur-Quévillon;Matagami;Fermont;Cap-aux-Meules;
Sainte-Marthe-sur-le-Lac;Deux-Montagnes;Saint-Eustache;Boisbriand;Mirabel;Blainville;Rawdon;
Saint-Donat;Saint-Michel-des-Saints;Notre-Dame-du-Laus;Gracefield;Fort-Coulonge;Grand-Remous;
Normandin;Saint-Félicien;Chambord;Hébertville;Métabetchouan;Saint-Fulgence;L'Anse-Saint-Jean;
Petit-Saguenay;Causapscal;Sayabec;Cap-Chat;Grande-Vallée;Murdochville;Pabos;Paspébiac;Maria;
Pointe-à-la-Croix;Saint-Tite;Sainte-Thècle;Lac-aux-Sables;Yamachiche;Pierreville;Daveluyville;
Warwick;Kingsey Falls;Danville;Richmond;Windsor;East Angus;Weedon;Disraeli;Black Lake;
Saint-Éphrem-de-Beauce;Saint-Prosper;Sainte-Claire;Saint-Anselme;Armagh;Saint-Fabien;Bic;
Pointe-au-Père;Saint-Ulric;Les Bergeronnes;Sacré-Coeur;Port-Cartier;Malartic;Senneterre;Barraute;
Macamic;Palmarolle;Lorrainville;Béarn;Nominingue;Ferme-Neuve;Labelle;Val-David;Piedmont;
Sainte-Adèle;Prévost;Saint-Colomban;Oka;Pointe-Calumet;Hudson;Coteau-du-Lac;Les Cèdres;
Saint-Rémi;Napierville;Lacolle;Henryville;Sutton;Lac-Brome;Waterloo;Acton Vale;Saint-Pie;
Marieville;Rougemont;Mont-Saint-Hilaire;Saint-Ours;Yamaska;Saint-Gabriel-de-Brandon;Saint-Côme;
Sainte-Émélie-de-l'Énergie;Chertsey;Saint-Lin;Lavaltrie;Lanoraie;Saint-Zotique;Pincourt""")

MUNIS_AUTOCH = _L("""Mashteuiatsh;Manawan;Wemotaci;Opitciwan;Uashat;Mani-utenam;Pessamit;Kahnawake;
Kanesatake;Akwesasne;Mistissini;Chisasibi;Waskaganish;Wemindji;Natashquan;Ekuanitshit;Unamen Shipu;
Matimekush;Essipit;Lac-Simon;Kitcisakik;Pikogan;Kitigan Zibi;Wendake;Listuguj;Gesgapegiag;Eastmain;
Nemaska;Waswanipi;Oujé-Bougoumou""")

MUNIS_NORD = _L("""Kuujjuaq;Puvirnituq;Salluit;Inukjuak;Kangiqsujuaq;Kuujjuarapik;Kangiqsualujjuaq;
Ivujivik;Akulivik;Umiujaq;Quaqtaq;Tasiujaq;Aupaluk;Kangirsuk""")

STREETS = _L("""des Érables;Principale;Saint-Jean;de la Montagne;du Lac;Notre-Dame;Saint-Joseph;des Pins;
de l'Église;du Moulin;Champêtre;des Bouleaux;Wellington;King;Sainte-Catherine;des Pionniers;
du Couvent;des Cèdres;Belvédère;Frontenac;Radisson;Bégin;Jolliet;de la Gare;des Saules;Dufferin;
Mgr-Tessier;Arthur-Buies;des Hirondelles;de la Rivière;du Ruisseau;des Tilleuls;du Parc;Bellevue;
des Merisiers;Marie-Victorin;des Peupliers;des Lilas;du Boisé;des Mésanges;de la Colline;des Chênes;
Saint-Louis;Saint-Pierre;Sainte-Anne;Dollard;de Lanaudière;Rachel;Garneau;des Ormes;du Fleuve;
de la Plage;des Rapides;du Quai;des Sapins;Vanier;Taché;Laviolette;du Manoir;des Patriotes;
Lafontaine;Victoria;Main;Queen;Union;Laurentienne;des Outardes;du Golf;Beauséjour;des Forges;
de la Fabrique;Saint-Antoine;Saint-Laurent;Bouchard;Hôtel-de-Ville;des Cerisiers;des Trembles;
Montcalm;Lévis;du Sanctuaire;Papineau;des Bleuets;des Épinettes;de la Savane;du Verger;Bon-Air;
des Mélèzes;de la Chapelle;Sainte-Famille;Boyer;Racine;Tessier;Poirier;Gravel;des Sables;
des Écores;de la Station;Saint-Édouard;Monseigneur-Grandin;des Perdrix;du Domaine;Dorion""")

STREET_TYPES = ("rue", "rue", "rue", "avenue", "boulevard", "chemin", "montée", "place", "croissant",
                "impasse", "rang", "route", "côte", "terrasse", "allée")
STREET_ABBR = {"rue": "r.", "avenue": "av.", "boulevard": "boul.", "chemin": "ch.", "montée": "mtée",
               "place": "pl.", "croissant": "crois.", "impasse": "imp.", "rang": "rg", "route": "rte",
               "côte": "côte", "terrasse": "terr.", "allée": "all."}

CHEMINS = _L("""du Lac-Vert;du Lac-Noir;du Lac-à-la-Truite;du Tour-du-Lac;de la Grande-Ligne;du Petit-Lac;
des Chalets;du Lac-Sept-Îles;de la Baie;du Lac-Caché;du Domaine-Champêtre;de la Pointe;des Castors;
du Lac-Long;de la Rivière-Bleue;du Lac-des-Îles;du Rang-Double;du Moulin-à-Scie;des Cascades;
de la Montagne-Noire;du Lac-Brûlé;du Lac-Rond;de la Carrière;du Lac-Croche;du Trécarré;des Bouleaux-Blancs;du Lac-Clair;de la Sablière;du Lac-Émeraude;du Ruisseau-Rouge""")

RANGS = _L("""Saint-Joseph;Sainte-Anne;Saint-Paul;Saint-Isidore;Nord;Sud;Double;de la Rivière;
Sainte-Catherine;Saint-Charles;du Bas-de-l'Église;Saint-Édouard;Sainte-Julie;Saint-Michel;Bois-Joli;Saint-Georges;Sainte-Rose;Saint-Thomas;des Érables;Saint-Jacques;Sainte-Marguerite;Saint-Olivier;du Cap;de la Montagne;Saint-Elzéar""")

ENGLISH_STREETS = _L("""Main;Maple;Oak;Elm;Church;Mill;Lakeshore;Queen;King;Victoria;Mountain;
Pine;Cedar;Spruce;Birch;Park;River;Hill;Water;Bay""")

EMPLOYERS = _L("""Bombardier;Olymel;Alcoa;Cascades;Premier Tech;Prevost;Kruger;Domtar;Agropur;Lassonde;
Saputo;Bridgestone;Soprema;Teknion;Maibec;Canam;Velan;CAE;Pratt & Whitney;Nova Bus;BRP;Exceldor;
Bonduelle;Sani Marc;Chantier Davie;Aliments Lesters;Rio Tinto;Produits forestiers Résolu;
Boulangerie Première Moisson;Fromagerie Boivin;Laiterie Chalifoux;Viandes du Breton;Hamster;
Groupe Lebel;Industries Pépin;Usinage Laprise;Lanaudière Ciment;Métal Bernard;Béton Provincial;
Meubles Shermag;Camoplast;Héroux-Devtek;Sunterra;Alimentation Couche-Tard;Transcontinental;
Tafisa;Louisiana-Pacific;Norbord;Goodfellow;Bell Helicopter;Emballages Mitchel-Lincoln""")

COMMERCES = _L("""Métro Plus;IGA Extra;Maxi;Provigo;Super C;Jean Coutu;Familiprix;Uniprix;Pharmaprix;
Canadian Tire;Rona;BMR;Home Hardware;Tim Hortons;McDonald's;Dollarama;Walmart;Costco;Couche-Tard;
Dépanneur Voisin;Korvette;Rossy;Giant Tiger;St-Hubert;Restaurant Normandin;Marché Tradition;
Bonichoix;Quincaillerie Lowe's;SAQ;Archambault;Sports Experts;Yellow;Brunet;Proxim;Tigre Géant""")

CPES = _L("""Les Petits Mousses;La Ribambelle;Les Lucioles;Les Petits Pas;La Marelle;Les Bambinos;
Les Petits Castors;L'Arc-en-ciel;Les Coccinelles;La Pirouette;Les Petits Explorateurs;Le Jardin Fleuri;
Les Copains d'abord;La Cabotte;Les Frimousses;Picotine;Le Petit Train;Les Pommes d'Api;Les Mousaillons;Les P'tits Loups;La Chenille;Les Trottineurs;Le Carrousel;Les Minis-Pousses;La Campanule;Les Pétales;Le Cerf-Volant;Les Bout'choux""")

CSS = _L("""des Navigateurs;des Premières-Seigneuries;de la Capitale;des Découvreurs;de la Beauce-Etchemin;
des Appalaches;de Kamouraska–Rivière-du-Loup;des Phares;des Monts-et-Marées;du Fleuve-et-des-Lacs;
de l'Or-et-des-Bois;du Lac-Saint-Jean;des Rives-du-Saguenay;de la Riveraine;des Chênes;
des Bois-Francs;de la Pointe-de-l'Île;des Affluents;des Samares;de la Rivière-du-Nord;
des Hautes-Rivières;de Portneuf;de Charlevoix;du Chemin-du-Roy;de l'Énergie;des Laurentides""")

SYNDICATS = _L("""TUAC;Unifor;SCFP;CSN;FTQ;Métallos;FIQ;CSD;APTS;FAE;CSQ;SFPQ;Teamsters;AFPC;SEPB;STT;SCEP;CSN-Construction;FIM-CSN;FNEEQ;SQEES;AIMTA;FSSS""")

COOPS = _L("""Agrilait;Purdel;Agropur;La Coop Unimat;Coop Avantis;Sollio;Coop forestière des Hautes-Laurentides;
Coop de solidarité du Bas-Saint-Laurent;Coopérative funéraire;Coop Novago;Coop des Frontières;
Coopérative de services à domicile;Coopérative forestière de Girardville;Coop Carbone;Coop Univert;Coop Agrivert;Coop des Appalaches;Coop Alliance;Coop Profid'Or;La Coop Pré-Vert;Coop Agriscar;Coop Seigneurie;Coop Ste-Hénédine;Coopérative d'habitation Les Érables;Coopérative de travailleurs en aménagement""")

FERMES = _L("""laitière;avicole;porcine;maraîchère;d'élevage;bovine;acéricole;ovine;de grandes cultures;
biologique;laitière biologique;avicole familiale;de bleuets;de canneberges;horticole;de sapins de Noël;caprine;équestre;de pommes de terre;serricole""")

BENEVOLAT = _L("""Saint-Vincent-de-Paul;popote roulante;Moisson;Chevaliers de Colomb;Cercle de fermières;
banque alimentaire;comptoir vestimentaire;Club Lions;Croix-Rouge;Maison des jeunes;FADOQ;
Centre d'action bénévole;Société Saint-Jean-Baptiste;Grands Frères Grandes Sœurs;Centraide;Société canadienne du cancer;Fabrique de la paroisse;Club Optimiste;Maison de la famille;Table de concertation des aînés;Guignolée;Opération Nez rouge""")

MINES = _L("""mine Raglan;mine LaRonde;mine Éléonore;mine Canadian Malartic;mine du Mont-Wright;
mine Niobec;mine Casa Berardi;mine Goldex;mine Renard;mine Westwood;mine Lac Bloom;mine Beaufor;mine Mont-Wright;mine Troilus;mine Nunavik Nickel;mine Langlois;mine Bracemac-McLeod;mine Lamaque;mine Fire Lake;mine Kiena;mine Doyon;mine Seleine""")

TRANSPORTEURS = _L("""Transport Guilbault;Groupe Robert;Transport Bourassa;Transport Jacques Auger;
Groupe Morneau;Transport Gilmyr;Transport Watson;TFI;Transport Marcel Morin;Camionnage Lacasse;Transport Lavoie;Transport Brochu;Express Mondor;Transport Hervé Lemieux;Groupe Guilbault;Transport Matte;Camionnage Alex Ouellet;Transport Sylvester;Bourret International;Transport Grégoire;Transport Bernières;Autobus Maheux;Autocars Orléans Express;Transport Jean-Louis Lévesque""")

FAMILY_BIZ = _L("""Garage {S} & Fils;Quincaillerie {S};Érablière {S};Scierie {S} et frères;Boucherie {S};
Transport {S} inc.;Excavation {S};Toitures {S};Plomberie {S};Dépanneur {S};Ferblanterie {S};
Cantine chez {S};Pourvoirie {S};Traiteur {S} et fille;Menuiserie {S};Boulangerie {S};Salon funéraire {S};Fromagerie {S};Garage {S} et frères;Ébénisterie {S};Auberge chez {S};Vitrerie {S};Rembourrage {S}""")

CLSC_LIKE = _L("""CLSC;CHSLD;CLSC;GMF;urgence de l'hôpital;Hôtel-Dieu;centre jeunesse;pharmacie;
RPA Les Jardins;CRDI;centre de réadaptation;CHSLD Saint-Joseph;pavillon de gériatrie;clinique médicale;centre de santé;CLSC du secteur;bloc opératoire de l'hôpital;clinique dentaire;laboratoire de l'hôpital;centre de dialyse;pharmacie communautaire""")

# health pools -------------------------------------------------------------

SANTE_MED = _L("""diabète de type 2;insuffisance cardiaque;MPOC;emphysème;insuffisance rénale chronique;
sclérose en plaques;maladie de Parkinson;épilepsie;cancer du poumon;cancer du sein;leucémie;
fibrose kystique;hépatite C;VIH;arthrite rhumatoïde;ostéoporose sévère;angine;fibrillation auriculaire;
hypertension;maladie de Crohn;polyarthrite;dystrophie musculaire;paralysie cérébrale;
sclérose latérale amyotrophique;cirrhose du foie;anémie falciforme;apnée du sommeil sévère;
insuffisance respiratoire;embolie pulmonaire;cancer de la prostate;lymphome;glaucome avancé;
dégénérescence maculaire;hémophilie;lupus;fibromyalgie;pneumonie;tuberculose;zona;gangrène""")

SANTE_POP = _L("""fait du sucre;le cœur fatigué;le cœur qui flanche;les poumons finis;fait de la pression;
des problèmes de cœur;a le cancer;les jambes qui lâchent;mal dans le dos;fait de l'angine;
fait des crises;perd la carte;est mêlée;a pu toute sa tête;les nerfs à terre;fait de l'anxiété;
fait des chaleurs;a les reins finis;file pas;la tête qui tourne;fait des débarques;le souffle court;
tousse à s'arracher les poumons;les genoux finis;sourd comme un pot;voit pu clair;marche avec une canne;
est en chaise roulante;fait de l'eau sur les poumons;a le foie magané;a des vers de nez;
est tombée sur la tête;faible du cœur;fait de la haute pression;a pogné la grippe d'homme;
a les bronches prises;est au bout du rouleau""")

SANTE_REGIONAL = _L("""a les nerfs en boule;est magané;file tout croche;a mal à' tête tout le temps;
est pas vite vite dans sa tête;a des bouffées d'angoisse;est pogné du dos;a le mal du pays;
est ben malade des poumons;fait une déprime;est parti sur une balloune;a la falle basse;
a des crampes au cœur;est sur les pilules;a les mains qui tremblent;est mêlé depuis son accident;
a une jambe de bois;a le pied bot;a la danse de Saint-Guy;fait de la goutte""")

SANTE_RX = _L("""Coumadin;Eliquis;Xarelto;Seroquel;Ativan;Rivotril;Suboxone;méthadone;Metformine;
Ozempic;insuline Lantus;Lasix;Nitro en pompe;Ventolin;Advair;Symbicort;Ritalin;Concerta;Vyvanse;
Effexor;Cipralex;Wellbutrin;Abilify;Risperdal;Zyprexa;Clozapine;Lithium;Dilaudid;OxyContin;Fentanyl en timbre;
Lyrica;Gabapentin;Tylenol 3;Prednisone;Synthroid;Plavix;Crestor;Keppra;Dépakène;Aricept""")

SANTE_MENTALE = _L("""schizophrénie;trouble bipolaire;dépression majeure;idées suicidaires;tentative de suicide;
trouble de personnalité limite;psychose;trouble anxieux généralisé;TSPT;trouble obsessionnel-compulsif;
épisode maniaque;crise suicidaire;paranoïa;hallucinations auditives;syndrome de Diogène;
trouble alimentaire;anorexie;burn-out;crise de panique;délire de persécution""")

SANTE_DEP = _L("""problème de boisson;alcoolisme;consommation de crack;dépendance aux opioïdes;
en sevrage d'alcool;consomme du speed;accro au fentanyl;cocaïnomane;joueur compulsif;
en thérapie fermée;rechute de consommation;intoxication à l'alcool;surdose;dépendance au cannabis;
consomme de la crystal meth;boit comme un trou;est sur la brosse depuis trois jours;sniffe de la coke;abus de médicaments;consommation d'héroïne;dépendance aux benzos;trouble lié à l'alcool;prend de la dope;consomme des pilules""")

SANTE_GROSSESSE = _L("""enceinte de 7 mois;enceinte de 8 mois;enceinte de jumeaux;grossesse à risque;
enceinte;en début de grossesse;accouchement prévu la semaine prochaine;vient d'accoucher;
en travail;fausse couche récente;grossesse de 32 semaines;en perte des eaux;césarienne récente;
diabète de grossesse;en prééclampsie;enceinte de 6 mois;enceinte de 38 semaines;grossesse gémellaire;contractions aux 5 minutes;en post-partum;enceinte de son troisième;menace d'accouchement prématuré""")

SANTE_BLESSURE = _L("""fracture de la hanche;brûlures au deuxième degré;brûlures au visage;entorse lombaire;
commotion cérébrale;traumatisme crânien;fracture du fémur;côtes fêlées;engelures aux pieds;
hypothermie;intoxication au monoxyde de carbone;lacération à l'avant-bras;poignet cassé;
jambe dans le plâtre;épaule disloquée;amputation de deux orteils;blessure à la colonne;
inhalation de fumée;morsure de chien;coupure profonde à la main;cheville foulée;fracture du bassin;brûlures aux mains;hémorragie interne;plaie par balle;fracture du crâne""")

SANTE_HANDICAP = _L("""paraplégique;quadriplégique;non-voyante;malentendant;sourde;aveugle;
déficience intellectuelle;trisomie 21;autisme;TSA;amputé d'une jambe;en fauteuil roulant;
marche avec une marchette;mobilité réduite;hémiplégie;aphasie;dysphasie;syndrome de Down;
paralysé du côté gauche;déficience motrice""")

SANTE_HOSPIT = _L("""une pneumonie;un AVC;un ACV;une crise cardiaque;un infarctus;une insuffisance respiratoire;
une appendicite;une occlusion intestinale;une hémorragie cérébrale;une chute avec fracture;
une infection pulmonaire;une septicémie;une crise d'épilepsie;une décompensation psychotique;
une cellulite infectée;une pancréatite;une embolie;une insuffisance rénale aiguë;des calculs rénaux;
une surdose;une hernie étranglée;une bronchite aiguë;un malaise cardiaque;une angine instable;une fracture ouverte;une crise d'asthme sévère;une péritonite;une thrombose""")

SANTE_EN = _L("""diabetic;heart condition;dementia;COPD;on oxygen;bipolar disorder;epileptic;
wheelchair user;legally blind;early Alzheimer's;kidney failure;on dialysis;terminal cancer;
severe asthma;PTSD;schizophrenic;pregnant;hard of hearing;recovering alcoholic;opioid addiction;Parkinson's disease;multiple sclerosis;insulin-dependent;amputee;autistic;deaf;bedridden;mental illness""")

SANTE_ABBR = _L("""MPOC;IRC;ICC;TSA;TDAH;TPL;DTA;SLA;SEP;FA;HTA;DB2;IVRS;AVC;IM;TCC;DI;TOC;TAG;MCAS""")

SANTE_EQUIP = _L("""sous oxygène 24 h;en dialyse trois fois par semaine;concentrateur d'oxygène;
pompe à insuline;stimulateur cardiaque;CPAP pour apnée;sonde urinaire;stomie;trachéotomie;
gavage par tube;ventilateur à domicile;lève-personne;lit médicalisé;défibrillateur implanté;
dialyse péritonéale;pompe à morphine;concentrateur à oxygène portatif;pompe d'alimentation entérale;aspirateur de sécrétions;matelas thérapeutique;glucomètre en continu;neurostimulateur""")

SANTE_COGNITIF = _L("""Alzheimer;démence;démence à corps de Lewy;perte de mémoire;troubles cognitifs;
confusion;désorientation;perd la boule;est mêlée dans ses affaires;oublie tout;
démence frontotemporale;troubles neurocognitifs majeurs;Alzheimer précoce;démence vasculaire;perte de mémoire sévère;confusion importante;oublie où elle habite;perd le nord;a plus sa tête;déficit cognitif léger;trouble de la mémoire;maladie à corps de Lewy""")

SANTE_AUTONOMIE = _L("""perte d'autonomie;en attente d'un CHSLD;en soins palliatifs;soins de fin de vie;
en convalescence;grabataire;alitée;chutes à répétition;incontinence;besoin d'aide pour se laver;
sous soins à domicile;en réadaptation;en perte d'autonomie sévère;en attente de chirurgie;en soins intensifs;sous surveillance médicale;en convalescence après chirurgie;en hébergement temporaire médicalisé;en fin de vie;sortie récente de l'hôpital""")

# family ties ----------------------------------------------------------------

REL_F = _L("""la fille;la veuve;la belle-sœur;la bru;la nièce;l'ex-conjointe;la conjointe;la petite-fille;
la cousine;la tante;la mère;la sœur;la blonde;la belle-mère;la marraine;la femme;l'ex-femme;
la demi-sœur;la belle-fille;l'arrière-petite-fille;la fille aînée;la fille cadette;la plus jeune fille;la filleule;la cousine germaine;l'ex-blonde;la nouvelle conjointe;la grand-mère;la grand-tante;la jumelle;la conjointe de fait;la fiancée;la petite-cousine""")
REL_M = _L("""le fils;le veuf;le beau-frère;le gendre;le neveu;l'ex-conjoint;le conjoint;le petit-fils;
le cousin;l'oncle;le père;le frère;le chum;le beau-père;le parrain;le mari;l'ex-mari;le demi-frère;
le filleul;le beau-fils;le fils aîné;le fils cadet;le plus jeune fils;le garçon;le cousin germain;l'ex-chum;le nouveau conjoint;le grand-père;le grand-oncle;le jumeau;le conjoint de fait;le fiancé;le petit-cousin""")

REF_ELUS = _L("""du maire;de la mairesse;du préfet;de la préfète;du député;de la députée;de la ministre;
du ministre;du conseiller du district 4;de la conseillère municipale;du maire suppléant;
de la directrice générale de la municipalité;du secrétaire-trésorier;de la greffière;du préfet de la MRC;de la conseillère du district 2;du député fédéral;de la mairesse de l'arrondissement;du conseiller du quartier;de la présidente du conseil;du directeur de cabinet;de l'attachée politique;du maire de la paroisse voisine""")
REF_SECU = _L("""du chef pompier;du directeur du SSI;du capitaine de la caserne;du lieutenant pompier;
du directeur du poste de la SQ;du sergent-détective;de la sergente;du coroner;du gardien-chef;
de la directrice de l'établissement de détention;de l'agent de probation;du répartiteur en chef;
du coordonnateur des mesures d'urgence;du chef de la sécurité civile;du caporal;de la capitaine aux opérations;du directeur adjoint du SSI;de la préventionniste;du pompier premier répondant;de l'enquêteur;de la directrice du centre de répartition;du technicien en prévention incendie;de l'agente des services correctionnels;du chef aux opérations;de la lieutenante;du sergent de relève""")
REF_COMM = _L("""du curé;de la directrice de l'école;du chef de bande;du grand chef;du président du syndicat;
du propriétaire du dépanneur;du notaire du village;du médecin du village;du propriétaire de la scierie;
de la présidente de la Caisse;du directeur de la polyvalente;du propriétaire du garage;
de l'inspecteur municipal;du président de la fabrique;du gérant de l'épicerie;du pharmacien du village;de la propriétaire de l'auberge;du directeur de la Caisse;du président du club de motoneige;de la propriétaire du salon funéraire;du président de la chambre de commerce;du garagiste du rang""")
REF_ANCIENS = _L("""de l'ancien directeur;de l'ex-maire;du défunt maire;de l'ancien chef pompier;
de l'ancienne mairesse;du regretté curé;de l'ancien député;de l'ancien préfet;de feu le notaire;
de l'ancienne directrice de l'école;de l'ancien sergent;de l'ex-chef de police;du défunt chef pompier;de l'ancienne greffière;de l'ancien curé;du regretté préfet;de l'ex-directrice générale;de l'ancien grand chef;de feu le maire;de l'ancien gardien-chef;de l'ex-députée;du défunt propriétaire du moulin""")
REF_EN = _L("""mayor;fire chief;police chief;band chief;town clerk;deputy mayor;school principal;
MNA;warden;local priest;union president;former mayor;chief of police;fire captain;band councillor;school board chair;town manager;reeve;local MP;coroner;prison warden;parish priest""")
REL_EN = _L("""daughter;son;widow;brother-in-law;sister-in-law;nephew;niece;ex-wife;ex-husband;
grandson;granddaughter;cousin;stepson;stepdaughter;son-in-law;eldest son;youngest daughter;stepfather;stepmother;father-in-law;mother-in-law;brother;sister;common-law partner;girlfriend;boyfriend;grandfather""")
POP_REL = _L("""le gars à;la fille à;le plus vieux à;la plus jeune à;le frère à;la sœur à;la femme à;
le chum à;la blonde à;le neveu à;le beau-frère à;la veuve à;le garçon à;la plus vieille à;le petit dernier à;la bru à;le gendre à;la cousine à;l'ex à;la mère à;le père à;le grand à""")

# ---------------------------------------------------------------------------
# context (non-personal) pools
# ---------------------------------------------------------------------------

RIVERS = _L("""rivière Chaudière;rivière des Outaouais;rivière Richelieu;rivière Saint-Charles;
rivière du Nord;rivière Rouge;rivière Matapédia;rivière Mistassini;rivière Saint-François;
rivière Yamaska;rivière L'Assomption;rivière des Prairies;rivière Lièvre;rivière Etchemin;
rivière Montmorency;rivière Saguenay;rivière Sainte-Anne;rivière Batiscan;rivière Bécancour;
rivière Nicolet;rivière Châteauguay;rivière Rimouski;rivière Ouelle;rivière Kinojévis;fleuve Saint-Laurent""")

HAZARDS = _L("""inondation;refoulement d'égout;feu de cheminée;glissement de terrain;verglas;tornade;
feu de forêt;embâcle;érosion côtière;panne électrique;tempête de neige;vents violents;
submersion côtière;affaissement de chaussée;feu de broussailles;fuite de gaz;déversement de diesel;
crue printanière;orage violent;grêle""")

LIEUX_PUB = _L("""centre communautaire;aréna municipal;sous-sol de l'église;gymnase de l'école;
centre des loisirs;hôtel de ville;pavillon paroissial;centre d'hébergement temporaire;
chalet des loisirs;motel du village""")

RESTOS = _L("""Tim Hortons;McDonald's;St-Hubert;Restaurant Normandin;A&W;Benny & Co.;Ben & Florentine;
Chez Cora;Pizza Salvatoré;Casse-croûte du Quai;Cantine chez Ti-Pit;Resto du Coin;Pizzeria Méga;
Patate Gaspésienne;Bistro l'Escale;Restaurant Le Relais;Subway;Dixie Lee;Valentine;La Belle Province;
Mikes;Poulet Frit Kentucky;Saint-Houblon;Brasserie Le Gambrinus""")

ORGS = _L("""SQ;SPVM;SPVQ;SSI;SOPFEU;Hydro-Québec;MSP;Croix-Rouge;CISSS;MTMD;CNESST;SAAQ;
Garde côtière;Environnement Canada;Urgences-santé;RCMP;Sécurité civile;CIUSSS""")

EQUIP = _L("""autopompe 215;échelle aérienne 310;camion-citerne 6;pinces de désincarcération;
motopompe;sacs de sable;bateau de sauvetage;drone thermique;VTT de sauvetage;génératrice 50 kW;
pompe submersible;unité de soutien 1150;caméra thermique;barrage gonflable""")

ETABS = _L("""EDQ;Bordeaux;Rivière-des-Prairies;l'établissement de Sherbrooke;l'établissement d'Amos;
l'établissement de Hull;Roberval;New Carlisle;Sept-Îles;Trois-Rivières;Saint-Jérôme;Leclerc;
l'établissement de Rimouski;Percé;Sorel""")

HOPITAUX_CTX = _L("""CHUL;Hôtel-Dieu de Lévis;hôpital de Chicoutimi;HEJ;hôpital de Rimouski;
hôpital régional de Saint-Jérôme;CHUS Fleurimont;hôpital de Gatineau;hôpital d'Alma;
hôpital de Val-d'Or;CH de La Malbaie;hôpital de Gaspé""")

TITRES = _L("""le maire;la mairesse;la directrice générale;le chef pompier;le préfet;la ministre;
le directeur régional;la coordonnatrice en sécurité civile;le sous-ministre;la greffière;
l'inspecteur municipal;le capitaine;la sergente;le conseiller responsable""")

PONTS_PERS = _L("""pont Pierre-Laporte;pont Jacques-Cartier;pont Honoré-Mercier;pont Laviolette;
pont Samuel-De Champlain;pont Gédéon-Ouimet;pont Arthur-Sauvé;pont Louis-Bisson;
pont Benjamin-Dorval;pont Médéric-Martin;pont Papineau-Leblanc;pont Viau""")
HOPS_PERS = _L("""hôpital Maisonneuve-Rosemont;hôpital Charles-Le Moyne;hôpital Pierre-Boucher;
hôpital Pierre-Le Gardeur;hôpital Honoré-Mercier;hôpital Fleury;hôpital Jean-Talon;
hôpital Sainte-Justine;hôpital Anna-Laberge;hôpital du Sacré-Cœur;hôpital de l'Enfant-Jésus;
hôpital Brome-Missisquoi-Perkins;hôpital Santa Cabrini;hôpital Maisonneuve""")
ECOLES_PERS = _L("""école Marguerite-Bourgeoys;école secondaire Jean-Jacques-Bertrand;
polyvalente Louis-Saint-Laurent;école Joseph-François-Perrault;cégep Lionel-Groulx;école Félix-Leclerc;
école secondaire Pierre-Dupuy;école primaire Marie-Victorin;école secondaire Paul-Hubert;
cégep André-Laurendeau;école Antoine-de-Saint-Exupéry;école secondaire Émile-Legault;
école Gabrielle-Roy;polyvalente Benoît-Vachon""")
PARCS_PERS = _L("""parc Jean-Drapeau;parc René-Lévesque;parc La Fontaine;parc Maisonneuve;
parc national Jacques-Cartier;parc Lucien-Borne;parc Frédéric-Back;parc Marcel-Laurin;
parc Louis-Riel;parc Georges-Vézina""")
RUES_PERS = _L("""boulevard René-Lévesque;boulevard Jean-Lesage;boulevard Charest;
boulevard Henri-Bourassa;boulevard Wilfrid-Hamel;boulevard Pie-XI;rue Jean-Talon;
boulevard Marie-Victorin;boulevard de la Vérendrye;boulevard Louis-XIV;boulevard Taschereau;
avenue Papineau;boulevard Gouin;rue Jacques-Cartier;boulevard Lionel-Boulet""")
BARRAGES_PERS = _L("""barrage Daniel-Johnson;centrale Robert-Bourassa;barrage Mercier;
centrale René-Lévesque;centrale Jean-Lesage;barrage Sartigan;barrage des Rapides-Farmer;
barrage de la Chute-Bell;barrage Allard;centrale Bersimis-1""")

# ---------------------------------------------------------------------------
# filtered pools and generation context
# ---------------------------------------------------------------------------

POOLS: dict[str, tuple[str, ...]] = {
    "prenom": ALL_GIVEN, "nomf": ALL_SURNAMES, "nicknames": NICKNAMES,
    "given_compound": GIVEN_COMPOUND, "given_fc_short": GIVEN_FC_SHORT,
    "motcommun": MOTS_COMMUNS, "nomlieu": NOMS_LIEUX,
    "muni_v": MUNIS, "muni_autoch_v": MUNIS_AUTOCH, "muni_nord_v": MUNIS_NORD,
    "street": STREETS, "chemin": CHEMINS, "rangname": RANGS, "en_street": ENGLISH_STREETS,
    "employer": EMPLOYERS, "commerce": COMMERCES, "cpe": CPES, "css": CSS, "syndicat": SYNDICATS,
    "coop": COOPS, "ferme": FERMES, "benevolat": BENEVOLAT, "mine": MINES,
    "transporteur": TRANSPORTEURS, "resto": RESTOS, "family_biz": FAMILY_BIZ, "clsc_like": CLSC_LIKE,
    "sante_med": SANTE_MED, "sante_pop": SANTE_POP, "sante_regional": SANTE_REGIONAL,
    "sante_rx": SANTE_RX, "sante_mentale": SANTE_MENTALE, "sante_dep": SANTE_DEP,
    "sante_grossesse": SANTE_GROSSESSE, "sante_blessure": SANTE_BLESSURE,
    "sante_handicap": SANTE_HANDICAP, "sante_hospit": SANTE_HOSPIT, "sante_en": SANTE_EN,
    "sante_abbr": SANTE_ABBR, "sante_equip": SANTE_EQUIP, "sante_cognitif": SANTE_COGNITIF,
    "sante_autonomie": SANTE_AUTONOMIE,
    "rel_f": REL_F, "rel_m": REL_M, "ref_elus": REF_ELUS, "ref_secu": REF_SECU,
    "ref_comm": REF_COMM, "ref_anciens": REF_ANCIENS, "ref_en": REF_EN, "rel_en": REL_EN,
    "pop_rel": POP_REL,
}
for _k, (_g, _s) in COMMUNITIES.items():
    POOLS["given_" + _k] = _g
    POOLS["sur_" + _k] = _s

_FILTERED: dict[tuple[str, str], tuple[str, ...]] = {}


def filtered(split: str, pool: str) -> tuple[str, ...]:
    key = (split, pool)
    if key not in _FILTERED:
        bit = split_bit(split)
        _FILTERED[key] = tuple(x for x in POOLS[pool] if parity(x) == bit)
    return _FILTERED[key]


class Ctx:
    def __init__(self, rng: random.Random, split: str):
        self.rng = rng
        self.split = split
        self.bit = split_bit(split)
        self.comps: list[str] = []

    def pick(self, pool: str) -> str:
        lst = filtered(self.split, pool)
        x = self.rng.choice(lst)
        self.comps.append(x)
        return x

    def ch(self, seq):
        return self.rng.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)


def _vowel_start(x: str) -> bool:
    return strip_accents(x[:1]).lower() in "aeiouh" and x[:1] != ""


def de(x: str) -> str:
    return ("d'" + x) if strip_accents(x[:1]).lower() in "aeiouyh" else ("de " + x)


# --- number words (Quebec French) -----------------------------------------
_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_num(n: int) -> str:
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        t, u = n // 10 * 10, n % 10
        if u == 0:
            return _TENS[t]
        if u == 1:
            return _TENS[t] + " et un"
        return _TENS[t] + "-" + _UNITS[u]
    if n < 80:
        if n == 71:
            return "soixante et onze"
        return "soixante-" + fr_num(n - 60)
    if n == 80:
        return "quatre-vingts"
    if n < 100:
        return "quatre-vingt-" + fr_num(n - 80)
    if n == 100:
        return "cent"
    return "cent " + fr_num(n - 100)


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.",
            "nov.", "déc."]
MOIS_UP3 = ["JAN", "FEV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOU", "SEP", "OCT", "NOV", "DEC"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DIGIT_WORDS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]

# ---------------------------------------------------------------------------
# planted-value generators: name -> (kind, fn(ctx) -> str)
# ---------------------------------------------------------------------------

GENS: dict[str, tuple[str, object]] = {}


def gen(kind: str, name: str | None = None):
    def deco(fn):
        GENS[name or fn.__name__] = (kind, fn)
        return fn
    return deco


_COMM_W = [("fc", 10), ("anglo", 2), ("innu", 1), ("atikamekw", 1), ("cree", 1), ("mohawk", 1),
           ("inuit", 1), ("haiti", 2), ("maghreb", 2), ("liban", 1), ("viet", 1), ("chine", 1),
           ("sudasie", 1), ("latino", 2), ("afrique", 2), ("esteurope", 1)]


def _community(c: Ctx) -> str:
    names = [k for k, _ in _COMM_W]
    weights = [w for _, w in _COMM_W]
    return c.rng.choices(names, weights)[0]


def _full_of(c: Ctx, comm: str) -> str:
    g = c.pick("given_" + comm)
    s = c.pick("sur_" + comm)
    if comm in ("viet",) or (comm == "chine" and c.rng.random() < 0.5):
        return f"{s} {g}"
    return f"{g} {s}"


# --- nom ---
@gen("nom")
def prenom(c): return c.pick("prenom")


@gen("nom")
def nomf(c): return c.pick("nomf")


@gen("nom")
def full(c): return _full_of(c, _community(c))


@gen("nom")
def full_fc(c): return _full_of(c, "fc")


@gen("nom")
def full_inv(c):
    g = c.pick("given_fc" if c.rng.random() < 0.6 else "prenom")
    s = c.pick("nomf")
    return c.ch([f"{s.upper()}, {g}", f"{s}, {g}", f"{s.upper()} {g}", f"{s}, {g[0]}."])


def _initial(x: str) -> str:
    parts = re.split(r"[- ]", x)
    if len(parts) > 1 and "-" in x:
        return "-".join(p[0] + "." for p in parts if p)
    return x[0] + "."


@gen("nom")
def ini(c):
    g = c.pick("prenom")
    s = c.pick("nomf")
    gi, si = _initial(g), _initial(s)
    return c.ch([f"{gi} {si}", f"{gi}{si}", (gi + si).replace(".", "").replace("-", ""),
                 f"{gi} {si}".upper()])


@gen("nom")
def ini_nom(c):
    g = c.pick("prenom")
    s = c.pick("nomf")
    return c.ch([f"{_initial(g)} {s}", f"{_initial(g)}{s}", f"{s} {_initial(g)}"])


def _typo(c: Ctx, w: str) -> str:
    if len(w) < 4:
        return w + w[-1]
    i = c.ri(1, len(w) - 2)
    op = c.ri(0, 4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    if op == 3:
        return strip_accents(w) if strip_accents(w) != w else w[:i] + w[i + 1:]
    return w.replace("m", "rn", 1) if "m" in w else w.replace("l", "1", 1) if "l" in w else w[:i] + "e" + w[i:]


@gen("nom")
def typo(c):
    g = c.pick("prenom")
    s = c.pick("nomf")
    if c.rng.random() < 0.5:
        return f"{g} {_typo(c, s)}"
    return f"{_typo(c, g)} {s}"


@gen("nom")
def compose(c):
    a = c.pick("nomf")
    b = c.pick("nomf")
    return f"{a}-{b}" if a != b else f"{a}-{c.pick('sur_fc')}"


@gen("nom")
def prenom_compose(c): return c.pick("given_compound")


@gen("nom")
def surnom(c):
    if c.rng.random() < 0.6:
        return c.pick("nicknames")
    return "Ti-" + c.pick("given_fc_short")


@gen("nom")
def autoch_full(c): return _full_of(c, c.ch(["innu", "atikamekw", "cree", "mohawk"]))


@gen("nom")
def autoch_nom(c): return c.pick("sur_" + c.ch(["innu", "atikamekw", "cree", "mohawk"]))


@gen("nom")
def inuit_full(c): return _full_of(c, "inuit")


@gen("nom")
def hait_full(c): return _full_of(c, "haiti")


@gen("nom")
def magh_full(c): return _full_of(c, "maghreb")


@gen("nom")
def liban_full(c): return _full_of(c, "liban")


@gen("nom")
def viet_full(c): return _full_of(c, "viet")


@gen("nom")
def chin_full(c): return _full_of(c, "chine")


@gen("nom")
def sudasie_full(c): return _full_of(c, "sudasie")


@gen("nom")
def latino_full(c): return _full_of(c, "latino")


@gen("nom")
def afr_full(c): return _full_of(c, "afrique")


@gen("nom")
def esteuro_full(c): return _full_of(c, "esteurope")


@gen("nom")
def anglo_full(c): return _full_of(c, "anglo")


@gen("nom")
def motcommun(c): return c.pick("motcommun")


@gen("nom")
def nomlieu(c): return c.pick("nomlieu")


# --- adresse ---
def _civic(c: Ctx) -> str:
    r = c.rng.random()
    if r < 0.35:
        return str(c.ri(1, 399))
    if r < 0.8:
        return str(c.ri(100, 2999))
    return str(c.ri(3000, 12999))


def _street(c: Ctx, abbr: bool = False) -> str:
    t = c.ch(STREET_TYPES[:10])
    n = c.pick("street")
    if abbr:
        t = STREET_ABBR.get(t, t)
        n = n.replace("Saint-", "St-").replace("Sainte-", "Ste-").replace("Monseigneur-", "Mgr-")
    return f"{t} {n}"


def _postal(c: Ctx) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return (c.ch("GHJ") + str(c.ri(0, 9)) + c.ch(letters) + " " + str(c.ri(1, 9)) + c.ch(letters)
            + str(c.ri(0, 9)))


@gen("adresse")
def adr(c): return f"{_civic(c)}, {_street(c)}"


@gen("adresse")
def adr_sans_virgule(c): return f"{_civic(c)} {_street(c)}"


@gen("adresse")
def adr_notype(c): return f"{_civic(c)} {c.pick('street')}"


@gen("adresse")
def adr_abbr(c): return c.ch([f"{_civic(c)} {_street(c, True)}", f"{_civic(c)}, {_street(c, True)}"])


@gen("adresse")
def adr_app(c):
    u = str(c.ri(1, 12)) if c.rng.random() < 0.6 else str(c.ri(101, 408))
    return c.ch([f"{_civic(c)}, {_street(c)}, app. {u}", f"{_civic(c)} {_street(c)} app {u}",
                 f"{_civic(c)}, {_street(c, True)}, appart. {u}", f"{_civic(c)} {_street(c)}, logement {u}"])


@gen("adresse")
def adr_tiret(c):
    u = str(c.ri(1, 8)) if c.rng.random() < 0.5 else str(c.ri(101, 312))
    return c.ch([f"{u}-{_civic(c)}, {_street(c)}", f"{u}-{_civic(c)} {_street(c, True)}"])


@gen("adresse")
def adr_diese(c):
    u = str(c.ri(1, 9)) if c.rng.random() < 0.4 else str(c.ri(101, 608))
    return c.ch([f"{_civic(c)} {_street(c)} #{u}", f"{_civic(c)}, {_street(c, True)} # {u}",
                 f"#{u} - {_civic(c)} {_street(c)}"])


@gen("adresse")
def adr_rang(c):
    n = c.ri(1, 12)
    ordn = "1er" if n == 1 else f"{n}e"
    return c.ch([f"{_civic(c)}, rang {c.pick('rangname')}", f"{_civic(c)} {ordn} Rang",
                 f"{_civic(c)}, rang {n} Est", f"{_civic(c)} rg {c.pick('rangname')}",
                 f"{_civic(c)}, {ordn} Rang Ouest"])


@gen("adresse")
def adr_chemin(c):
    return c.ch([f"{_civic(c)}, chemin {c.pick('chemin')}", f"{_civic(c)} ch. {c.pick('chemin')}",
                 f"{_civic(c)} chemin {c.pick('chemin')}"])


@gen("adresse")
def adr_route(c):
    r = c.ch(["132", "138", "173", "117", "155", "169", "185", "112", "116", "204", "297", "343"])
    return c.ch([f"{_civic(c)}, route {r}", f"{_civic(c)} rte {r} Est", f"{_civic(c)}, route {r} Ouest",
                 f"{_civic(c)} Route {r}"])


def _lot(c: Ctx) -> str:
    return f"{c.ri(1, 6)} {c.ri(100, 999)} {c.ri(100, 999)}"


@gen("adresse")
def lot(c): return c.ch([_lot(c), _lot(c).replace(" ", ""), _lot(c)])


@gen("adresse")
def cadastre(c):
    return c.ch([f"lot {_lot(c)} du cadastre du Québec", f"lot {_lot(c)}, cadastre du Québec",
                 f"lot {c.ri(10, 650)}-{c.ri(1, 40)} du cadastre de la paroisse de {c.pick('muni_v')}"])


@gen("adresse")
def cp(c): return c.ch([_postal(c), _postal(c).replace(" ", ""), _postal(c)])


@gen("adresse")
def adr_ville(c): return f"{_civic(c)}, {_street(c)}, {c.pick('muni_v')}"


@gen("adresse")
def adr_complete(c):
    return c.ch([f"{_civic(c)}, {_street(c)}, {c.pick('muni_v')} (Québec) {_postal(c)}",
                 f"{_civic(c)} {_street(c, True)}, {c.pick('muni_v')} QC {_postal(c)}",
                 f"{_civic(c)}, {_street(c)} {_postal(c)}"])


@gen("adresse")
def civique(c): return _civic(c)


@gen("adresse")
def rue(c): return _street(c)


@gen("adresse")
def adr_en(c):
    n = c.pick("en_street")
    return c.ch([f"{_civic(c)} {n} Street", f"{_civic(c)} {n} St.", f"{_civic(c)} {n} Road",
                 f"{_civic(c)} {n} Ave.", f"{_civic(c)} {n} Rd"])


@gen("adresse")
def adr_rr(c):
    return c.ch([f"RR {c.ri(1, 6)}, {c.pick('muni_v')}", f"C.P. {c.ri(10, 980)}, {c.pick('muni_v')}",
                 f"R.R. #{c.ri(1, 5)}", f"case postale {c.ri(10, 980)}"])


@gen("adresse")
def adr_ocr(c):
    v = f"{_civic(c)}, {_street(c)}"
    return v.replace("1", "l", 1).replace("0", "O", 1).replace("rue", "ruc", 1)


@gen("adresse")
def adr_any(c):
    return c.ch([adr, adr_abbr, adr_app, adr_tiret, adr_rang, adr_chemin, adr_notype])(c)


# --- age ---
@gen("age")
def age_adulte(c): return str(c.ri(18, 64))


@gen("age")
def age_aine(c): return str(c.ri(65, 103))


@gen("age")
def age_enfant(c): return str(c.ri(2, 17))


@gen("age")
def age_ado(c): return str(c.ri(12, 17))


@gen("age")
def age_num(c): return str(c.ri(3, 98))


@gen("age")
def age_mots(c): return fr_num(c.ri(18, 101))


@gen("age")
def age_mots_enfant(c): return fr_num(c.ri(2, 17))


@gen("age")
def decennie(c):
    d = c.ch(["vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "septantaine",
              "quatre-vingtaine"])
    return c.ch([d, d, f"fin {d}", f"début {d}", f"mi-{d}"])


@gen("age")
def bebe(c):
    return c.ch([f"{c.ri(2, 23)} mois", f"{c.ri(1, 10)} semaines", f"{c.ri(2, 23)} mois",
                 f"{fr_num(c.ri(2, 11))} mois", f"{c.ri(2, 20)} jours"])


# --- date de naissance ---
def _dob(c: Ctx, young: bool = False):
    y = c.ri(2015, 2024) if young else c.ri(1924, 2008)
    m = c.ri(1, 12)
    d = c.ri(1, 28)
    return y, m, d


@gen("date_naissance")
def dn_iso(c):
    y, m, d = _dob(c)
    return f"{y}-{m:02d}-{d:02d}"


@gen("date_naissance")
def dn_fr(c):
    y, m, d = _dob(c)
    return f"{'1er' if d == 1 else d} {MOIS[m - 1]} {y}"


@gen("date_naissance")
def dn_court(c):
    y, m, d = _dob(c)
    return c.ch([f"{d} {MOIS[m - 1]} {y % 100:02d}", f"{d} {MOIS_ABR[m - 1]} {y % 100:02d}"])


@gen("date_naissance")
def dn_slash(c):
    y, m, d = _dob(c)
    return f"{d:02d}/{m:02d}/{y}"


@gen("date_naissance")
def dn_slash_court(c):
    y, m, d = _dob(c)
    return c.ch([f"{d}/{m}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y % 100:02d}"])


@gen("date_naissance")
def dn_compact(c):
    y, m, d = _dob(c)
    return c.ch([f"{y}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y}", f"{y % 100:02d}{m:02d}{d:02d}"])


@gen("date_naissance")
def dn_en(c):
    y, m, d = _dob(c)
    return c.ch([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{MONTHS_EN[m - 1][:3]} {d} {y}",
                 f"{d} {MONTHS_EN[m - 1]} {y}"])


@gen("date_naissance")
def dn_us(c):
    y, m, d = _dob(c)
    d = max(d, 13)
    return c.ch([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"])


@gen("date_naissance")
def dn_up(c):
    y, m, d = _dob(c)
    return c.ch([f"{d:02d} {MOIS_UP3[m - 1]} {y}", f"{d:02d}{MOIS_UP3[m - 1]}{y}",
                 f"{d:02d}-{MOIS_UP3[m - 1]}-{y % 100:02d}"])


@gen("date_naissance")
def dn_point(c):
    y, m, d = _dob(c)
    return c.ch([f"{d:02d}.{m:02d}.{y}", f"{y}.{m:02d}.{d:02d}"])


@gen("date_naissance")
def dn_mois_abr(c):
    y, m, d = _dob(c)
    return f"{d} {MOIS_ABR[m - 1]} {y}"


@gen("date_naissance")
def dn_mots(c):
    y, m, d = _dob(c)
    j = "premier" if d == 1 else fr_num(d)
    return c.ch([f"{j} {MOIS[m - 1]} {y}", f"{j} {MOIS[m - 1]} mil neuf cent {fr_num(y - 1900)}"
                 if y < 2000 else f"{j} {MOIS[m - 1]} deux mille {fr_num(y - 2000)}"])


@gen("date_naissance")
def dn_ymd_slash(c):
    y, m, d = _dob(c)
    return f"{y}/{m:02d}/{d:02d}"


@gen("date_naissance")
def dn_tiret_court(c):
    y, m, d = _dob(c)
    return c.ch([f"{d:02d}-{m:02d}-{y % 100:02d}", f"{y % 100:02d}-{m:02d}-{d:02d}"])


@gen("date_naissance")
def dn_bebe(c):
    y, m, d = _dob(c, young=True)
    return c.ch([f"{d} {MOIS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])


@gen("date_naissance")
def dn_any(c):
    return c.ch([dn_iso, dn_fr, dn_slash, dn_court, dn_mois_abr, dn_ymd_slash])(c)


# --- santé ---
for _p in ("sante_med", "sante_pop", "sante_regional", "sante_rx", "sante_mentale", "sante_dep",
           "sante_grossesse", "sante_blessure", "sante_handicap", "sante_hospit", "sante_en",
           "sante_abbr", "sante_equip", "sante_cognitif", "sante_autonomie"):
    GENS[_p] = ("sante", (lambda p: (lambda c: c.pick(p)))(_p))


@gen("sante")
def sante_any(c):
    return c.pick(c.ch(["sante_med", "sante_pop", "sante_mentale", "sante_dep", "sante_blessure",
                        "sante_handicap", "sante_cognitif"]))


@gen("sante")
def sante_rx_dose(c):
    rx = c.pick("sante_rx")
    return c.ch([rx, f"{rx} {c.ch(['5', '10', '20', '25', '50', '100', '0,5', '2'])} mg"])


# --- courriel ---
DOMAINS = ("gmail.com", "hotmail.com", "videotron.ca", "outlook.com", "yahoo.ca", "hotmail.ca",
           "sympatico.ca", "bell.net", "cgocable.ca", "globetrotter.net", "live.ca", "icloud.com",
           "cooptel.qc.ca", "derytele.com", "telus.net", "msn.com", "outlook.fr", "xplornet.ca")


def _asc(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())


def _local(c: Ctx) -> str:
    g = _asc(c.pick("prenom"))
    s = _asc(c.pick("nomf"))
    y = str(c.ri(50, 99)) if c.rng.random() < 0.5 else str(c.ri(1950, 2006))
    return c.ch([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{s}", f"{g}_{s}", f"{g}.{s}{y}",
                 f"{g[0]}.{s}", f"{s}{g[0]}{y[-2:]}", f"{g}{y}"])


@gen("courriel")
def email(c): return f"{_local(c)}@{c.ch(DOMAINS)}"


@gen("courriel")
def email_up(c): return email(c).upper() if c.rng.random() < 0.5 else email(c).capitalize()


@gen("courriel")
def email_crochets(c):
    l, d = _local(c), c.ch(DOMAINS)
    dn, dt = d.rsplit(".", 1)
    return c.ch([f"{l}[at]{d}", f"{l} [at] {d}", f"{l}[at]{dn}[dot]{dt}", f"{l} [AT] {dn} [DOT] {dt}"])


@gen("courriel")
def email_paren(c):
    l, d = _local(c), c.ch(DOMAINS)
    dn, dt = d.rsplit(".", 1)
    return c.ch([f"{l}(at){d}", f"{l} (at) {dn} (dot) {dt}", f"{l}(a){d}", f"{l} at {dn} dot {dt}"])


@gen("courriel")
def email_mots(c):
    l, d = _local(c), c.ch(DOMAINS)
    dn, dt = d.rsplit(".", 1)
    l2 = l.replace(".", " point ").replace("_", " souligné ")
    return c.ch([f"{l2} arobas {dn} point {dt}", f"{l} arobase {dn} point {dt}",
                 f"{l2} a commercial {dn} point {dt}"])


@gen("courriel")
def email_html(c):
    l, d = _local(c), c.ch(DOMAINS)
    return c.ch([f"{l}&#64;{d}", f"{l}&#x40;{d}", f"{l}&commat;{d}", f"{l}%40{d}"])


@gen("courriel")
def email_espaces(c):
    l, d = _local(c), c.ch(DOMAINS)
    return c.ch([f"{l} @ {d}", f"{l}@ {d}", f"{l} @{d}", f"{l}@{d.replace('.', ' . ')}"])


@gen("courriel")
def email_coquille(c):
    l, d = _local(c), c.ch(DOMAINS)
    bad = c.ch([d.replace(".com", ".con"), d.replace("hotmail", "hotmial"), d.replace("gmail", "gmial"),
                d.replace(".ca", ".ca."), d.replace("videotron", "vidéotron"), d.replace(".", ",", 1),
                "gmail.co", "hotmail.cm"])
    return f"{l}@{bad}"


@gen("courriel")
def email_pro(c):
    l = _local(c)
    dom = c.ch(["csnavigateurs.qc.ca", "cssdc.gouv.qc.ca", "ssss.gouv.qc.ca", "olymel.com",
                "desjardins.com", "ville.saint-georges.qc.ca", "municipalite-stdonat.ca", "cegeplimoilou.ca",
                "notaires.qc.ca", "umontreal.ca", "ulaval.ca", "premiertech.com", "bombardier.com",
                "garage-lapointe.ca", "fermelabonte.ca", "cpe-lucioles.org"])
    return f"{l}@{dom}"


@gen("courriel")
def email_underscore(c):
    g = _asc(c.pick("prenom"))
    s = _asc(c.pick("nomf"))
    return c.ch([f"{g}_{s}-{c.ri(1, 99)}@{c.ch(DOMAINS)}", f"{s}-{g}@{c.ch(DOMAINS)}",
                 f"{g}__{s}@{c.ch(DOMAINS)}", f"{g[0]}_{s}_{c.ri(60, 99)}@{c.ch(DOMAINS)}"])


@gen("courriel")
def email_lower_nospace(c): return email(c).lower()


# --- téléphone ---
AREA = ("418", "581", "819", "873", "450", "579", "514", "438", "367", "263", "354")


def _tel_parts(c: Ctx):
    return c.ch(AREA), f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(0, 9)}", f"{c.ri(0, 9999):04d}"


@gen("telephone")
def tel_tiret(c):
    a, b, n = _tel_parts(c)
    return f"{a}-{b}-{n}"


@gen("telephone")
def tel_par(c):
    a, b, n = _tel_parts(c)
    return c.ch([f"({a}) {b}-{n}", f"({a}){b}-{n}", f"({a}) {b} {n}"])


@gen("telephone")
def tel_points(c):
    a, b, n = _tel_parts(c)
    return f"{a}.{b}.{n}"


@gen("telephone")
def tel_espaces(c):
    a, b, n = _tel_parts(c)
    return c.ch([f"{a} {b} {n}", f"{a} {b} {n[:2]} {n[2:]}", f"{a}  {b} {n}"])


@gen("telephone")
def tel_compact(c):
    a, b, n = _tel_parts(c)
    return f"{a}{b}{n}"


@gen("telephone")
def tel_1(c):
    a, b, n = _tel_parts(c)
    return c.ch([f"1-{a}-{b}-{n}", f"1 {a} {b}-{n}", f"1({a}){b}-{n}", f"1{a}{b}{n}"])


@gen("telephone")
def tel_poste(c):
    a, b, n = _tel_parts(c)
    p = str(c.ri(2, 9999))
    return c.ch([f"{a}-{b}-{n} poste {p}", f"{a} {b}-{n}, p. {p}", f"({a}) {b}-{n} #{p}",
                 f"{a}-{b}-{n} x{p}", f"{a} {b}-{n} ext. {p}"])


@gen("telephone")
def tel_mots(c):
    a, b, n = _tel_parts(c)
    digits = a + b + n
    words = [DIGIT_WORDS[int(d)] for d in digits]
    return c.ch([" ".join(words[:3]) + ", " + " ".join(words[3:6]) + ", " + " ".join(words[6:]),
                 "-".join(words[:3]) + " " + "-".join(words[3:6]) + " " + "-".join(words[6:])])


@gen("telephone")
def tel_plus(c):
    a, b, n = _tel_parts(c)
    return c.ch([f"+1 {a} {b} {n}", f"+1-{a}-{b}-{n}", f"+1 ({a}) {b}-{n}", f"+1{a}{b}{n}"])


@gen("telephone")
def tel_local(c):
    _, b, n = _tel_parts(c)
    return c.ch([f"{b}-{n}", f"{b} {n}", f"{b}{n}"])


@gen("telephone")
def tel_ocr(c):
    a, b, n = _tel_parts(c)
    s = f"{a}-{b}-{n}"
    return s.replace("0", "O").replace("1", "l") if ("0" in s or "1" in s) else s.replace("5", "S")


@gen("telephone")
def tel_mixte(c):
    a, b, n = _tel_parts(c)
    return c.ch([f"{a} {b}-{n}", f"{a}-{b} {n}", f"{a}/{b}-{n}", f"{a} {b}{n}"])


@gen("telephone")
def tel_any(c):
    return c.ch([tel_tiret, tel_par, tel_mixte, tel_points, tel_espaces])(c)


# --- plaque ---
PL_LET = "ABCDEFGHJKLMNPRSTVWXYZ"


def _L3(c: Ctx, k: int = 3) -> str:
    return "".join(c.ch(PL_LET) for _ in range(k))


def _D(c: Ctx, k: int = 3) -> str:
    return "".join(str(c.ri(0, 9)) for _ in range(k))


@gen("plaque")
def pl_qc_esp(c): return c.ch([f"{_L3(c)} {_D(c)}", f"{_D(c)} {_L3(c)}", f"{c.ch(PL_LET)}{_D(c, 2)} {_L3(c)}"])


@gen("plaque")
def pl_qc_colle(c): return c.ch([f"{_L3(c)}{_D(c)}", f"{_D(c)}{_L3(c)}", f"{c.ch(PL_LET)}{_D(c, 2)}{_L3(c)}"])


@gen("plaque")
def pl_qc_tiret(c): return c.ch([f"{_L3(c)}-{_D(c)}", f"{_D(c)}-{_L3(c)}", f"{c.ch(PL_LET)}{_D(c, 2)}-{_L3(c)}"])


@gen("plaque")
def pl_qc_num(c): return c.ch([f"{_D(c)} {_L3(c)}", f"{_D(c)}{_L3(c)}", f"{_D(c)}-{_L3(c)}"])


@gen("plaque")
def pl_qc_low(c): return pl_qc_esp(c).lower() if c.rng.random() < 0.5 else pl_qc_colle(c).lower()


@gen("plaque")
def pl_on(c): return c.ch([f"{_L3(c, 4)} {_D(c)}", f"{_L3(c, 4)}-{_D(c)}", f"{_L3(c, 4)}{_D(c)}"])


@gen("plaque")
def pl_mar(c): return c.ch([f"{_L3(c)} {_D(c)}", f"{_D(c)} {_L3(c)}", f"{_L3(c)}-{_D(c)}"])


@gen("plaque")
def pl_ouest(c):
    return c.ch([f"{_L3(c)}-{_D(c, 4)}", f"{_L3(c, 2)}{_D(c, 1)} {_D(c, 2)}{_L3(c, 1)}",
                 f"{_L3(c)} {_D(c, 4)}", f"{_D(c, 3)} {_L3(c)}"])


@gen("plaque")
def pl_comm(c):
    return c.ch([f"F{_D(c, 6)}", f"FA{_D(c, 5)}", f"F{_L3(c, 2)}{_D(c, 4)}", f"L{_D(c, 6)}",
                 f"F {_D(c, 3)} {_D(c, 3)}"])


@gen("plaque")
def pl_remorque(c):
    return c.ch([f"R{_D(c, 6)}", f"RA{_D(c, 5)}", f"VR{_D(c, 4)}", f"VR {_D(c, 4)}", f"R {_D(c, 3)} {_L3(c)}"])


@gen("plaque")
def pl_moto(c): return c.ch([f"M{_D(c, 4)}{_L3(c, 1)}", f"M{_D(c, 5)}", f"M {_D(c, 4)}", f"CY{_D(c, 4)}"])


@gen("plaque")
def pl_taxi(c): return c.ch([f"T{_D(c, 5)}", f"T {_D(c, 5)}", f"TAXI {_D(c, 4)}", f"T{_D(c, 4)}X"])


@gen("plaque")
def pl_us(c):
    st = c.ch(["NY", "VT", "NH", "ME", "MA", "FL", "ON", "NB"])
    return c.ch([f"{_L3(c)}-{_D(c, 4)}", f"{_L3(c)} {_D(c, 4)}", f"{_D(c, 3)} {_L3(c)}"]) if st else ""


@gen("plaque")
def pl_ocr(c):
    s = pl_qc_esp(c)
    return s.replace("0", "O", 1).replace("B", "8", 1).replace("S", "5", 1).replace("1", "I", 1)


@gen("plaque")
def pl_partielle(c): return c.ch([f"{_L3(c)} 1", f"{_L3(c, 2)}", f"{_L3(c)} {_D(c, 1)}", f"{_D(c, 2)} {_L3(c, 1)}"]) + "**"


@gen("plaque")
def pl_any(c): return c.ch([pl_qc_esp, pl_qc_colle, pl_qc_num, pl_qc_tiret])(c)


# --- identifiant ---
def _nas(c: Ctx) -> tuple[str, str, str]:
    return f"{c.ri(1, 9)}{_D(c, 2)}", _D(c, 3), _D(c, 3)


@gen("identifiant")
def nas(c):
    a, b, d = _nas(c)
    return c.ch([f"{a} {b} {d}", f"{a}-{b}-{d}", f"{a}{b}{d}"])


@gen("identifiant")
def nas_esp(c):
    a, b, d = _nas(c)
    return f"{a} {b} {d}"


@gen("identifiant")
def nas_tiret(c):
    a, b, d = _nas(c)
    return c.ch([f"{a}-{b}-{d}", f"{a}{b}{d}", f"{a}.{b}.{d}"])


def _ramq_base(c: Ctx):
    s = strip_accents(c.pick("sur_fc")).upper().replace("-", "").replace("'", "")
    s = (s + "XXX")[:3]
    g = strip_accents(c.pick("prenom"))[0].upper()
    y, m, d = _dob(c)
    m = m + 50 if c.rng.random() < 0.5 else m
    return f"{s}{g}", f"{y % 100:02d}{m:02d}", f"{d:02d}{_D(c, 2)}"


@gen("identifiant")
def ramq(c):
    a, b, d = _ramq_base(c)
    return c.ch([f"{a} {b} {d}", f"{a}{b}{d}", f"{a}-{b}-{d}", f"{a} {b}{d}"])


@gen("identifiant")
def permis(c):
    l = strip_accents(c.pick("sur_fc"))[0].upper()
    return c.ch([f"{l}{_D(c, 4)}-{_D(c, 6)}-{_D(c, 2)}", f"{l}{_D(c, 12)}", f"{l}{_D(c, 4)} {_D(c, 6)} {_D(c, 2)}"])


@gen("identifiant")
def detenu_no(c):
    return c.ch([f"{_D(c, 6)}", f"{c.ri(2015, 2024)}-{_D(c, 5)}", f"SOC-{_D(c, 6)}", f"#{_D(c, 7)}",
                 f"DQ{_D(c, 6)}", f"{_D(c, 3)} {_D(c, 3)}"])


@gen("identifiant")
def dossier(c):
    return c.ch([f"{c.ri(2017, 2024)}-{_D(c, 4)}", f"MSP-{c.ri(2017, 2024)}-{_D(c, 5)}",
                 f"AF-{_D(c, 6)}", f"{c.ri(17, 24)}-{_D(c, 3)}-{_D(c, 4)}", f"D{_D(c, 7)}",
                 f"PGIAF-{c.ri(2019, 2024)}-{_D(c, 4)}"])


@gen("identifiant")
def reclamation(c):
    return c.ch([f"{_D(c, 7)}", f"R-{c.ri(2017, 2024)}-{_D(c, 5)}", f"RC{_D(c, 8)}",
                 f"{_D(c, 2)}-{_D(c, 6)}-{_D(c, 2)}", f"SIN-{_D(c, 6)}"])


@gen("identifiant")
def police_ass(c):
    return c.ch([f"{_L3(c, 2)}-{_D(c, 6)}", f"{_D(c, 2)}-{_D(c, 3)}-{_D(c, 4)}", f"P{_D(c, 9)}",
                 f"{_L3(c, 3)}{_D(c, 7)}", f"{_D(c, 4)} {_D(c, 4)} {_D(c, 2)}"])


@gen("identifiant")
def passeport(c): return c.ch([f"{_L3(c, 2)}{_D(c, 6)}", f"{_L3(c, 2)} {_D(c, 6)}"])


@gen("identifiant")
def client_hydro(c):
    return c.ch([f"{_D(c, 3)} {_D(c, 3)} {_D(c, 3)} {_D(c, 3)}", f"{_D(c, 12)}", f"{_D(c, 4)}-{_D(c, 4)}-{_D(c, 4)}"])


@gen("identifiant")
def dossier_cour(c):
    return c.ch([f"{c.ch(['200', '500', '505', '150', '400', '700'])}-{c.ch(['01', '61', '73', '36'])}-{_D(c, 6)}-{c.ri(17, 24)}{c.ri(1, 9)}",
                 f"{c.ch(['200', '500', '450'])}-{_D(c, 2)}-{_D(c, 6)}-{_D(c, 3)}"])


@gen("identifiant")
def folio(c):
    return c.ch([f"{_D(c, 5)}-{_D(c, 3)}", f"folio {_D(c, 6)}", f"{_D(c, 3)}-{_D(c, 5)}-{_D(c, 1)}",
                 f"{_D(c, 7)}"])


@gen("identifiant")
def matricule(c):
    return c.ch([f"{_D(c, 5)}", f"M-{_D(c, 5)}", f"E{_D(c, 6)}", f"{_L3(c, 2)}{_D(c, 4)}"])


@gen("identifiant")
def saaq_cnesst(c):
    return c.ch([f"{_D(c, 9)}", f"{_D(c, 3)} {_D(c, 3)} {_D(c, 3)}", f"{c.ri(2018, 2024)}{_D(c, 5)}",
                 f"CN-{_D(c, 8)}", f"{_D(c, 2)}-{_D(c, 7)}"])


@gen("identifiant")
def ident_any(c): return c.ch([nas, ramq, permis, dossier, reclamation])(c)


# --- lien familial ---
def _rel(c: Ctx) -> str:
    return c.pick("rel_f") if c.rng.random() < 0.5 else c.pick("rel_m")


@gen("lien_familial")
def lien_elus(c): return f"{_rel(c)} {c.pick('ref_elus')}"


@gen("lien_familial")
def lien_secu(c): return f"{_rel(c)} {c.pick('ref_secu')}"


@gen("lien_familial")
def lien_comm(c): return f"{_rel(c)} {c.pick('ref_comm')}"


@gen("lien_familial")
def lien_anciens(c): return f"{_rel(c)} {c.pick('ref_anciens')}"


@gen("lien_familial")
def lien_any(c):
    return f"{_rel(c)} {c.pick(c.ch(['ref_elus', 'ref_secu', 'ref_comm', 'ref_anciens']))}"


def _rel_sub(c: Ctx, words: tuple[str, ...]) -> str:
    pool = [r for r in filtered(c.split, "rel_f") + filtered(c.split, "rel_m")
            if any(w in r for w in words)]
    x = c.ch(pool)
    c.comps.append(x)
    return x


def _ref_any(c: Ctx) -> str:
    return c.pick(c.ch(["ref_elus", "ref_secu", "ref_comm", "ref_anciens"]))


@gen("lien_familial")
def lien_belle(c): return f"{_rel_sub(c, ('beau', 'belle', 'gendre', 'bru'))} {_ref_any(c)}"


@gen("lien_familial")
def lien_ex(c): return f"{_rel_sub(c, ('ex-', 'conjoint', 'chum', 'blonde', 'mari', 'femme', 'veu'))} {_ref_any(c)}"


@gen("lien_familial")
def lien_enfant(c): return f"{_rel_sub(c, ('fils', 'fille'))} {_ref_any(c)}"


@gen("lien_familial")
def lien_fratrie(c): return f"{_rel_sub(c, ('frère', 'sœur', 'cousin'))} {_ref_any(c)}"


@gen("lien_familial")
def lien_gp(c): return f"{_rel_sub(c, ('petit', 'petite', 'neveu', 'nièce', 'oncle', 'tante'))} {_ref_any(c)}"


@gen("lien_familial")
def lien_parrain(c): return f"{_rel_sub(c, ('parrain', 'marraine', 'filleul', 'cousin', 'cousine'))} {_ref_any(c)}"


@gen("lien_familial")
def lien_pop(c):
    r = c.pick("pop_rel")
    who = c.pick("given_fc") if c.rng.random() < 0.7 else "Ti-" + c.pick("given_fc_short")
    return f"{r} {who}"


@gen("lien_familial")
def lien_en(c):
    return c.ch([f"the {c.pick('ref_en')}'s {c.pick('rel_en')}", f"the {c.pick('rel_en')} of the {c.pick('ref_en')}"])


@gen("lien_familial")
def lien_up(c): return lien_any(c).upper()


# --- lieu de travail ---
@gen("lieu_travail")
def emp_ville(c):
    e, m = c.pick("employer"), c.pick("muni_v")
    return c.ch([f"{e} à {m}", f"{e} {de(m)}", f"{e} ({m})", f"{e}, usine {de(m)}"])


@gen("lieu_travail")
def emp(c): return c.pick("employer")


@gen("lieu_travail")
def commerce(c):
    e, m = c.pick("commerce"), c.pick("muni_v")
    return c.ch([f"{e} {de(m)}", f"{e} à {m}", f"{e} du centre-ville {de(m)}", f"{e} de la route {c.ri(100, 390)}"])


@gen("lieu_travail")
def clsc(c):
    k, m = c.pick("clsc_like"), c.pick("muni_v")
    return f"{k} {de(m)}"


@gen("lieu_travail")
def css(c):
    n = c.pick("css")
    return c.ch([f"CSS {n}", f"centre de services scolaire {n}", f"CSS {n}, école {de(c.pick('muni_v'))}",
                 f"CSS {n} (polyvalente {de(c.pick('muni_v'))})"])


@gen("lieu_travail")
def cpe(c):
    n = c.pick("cpe")
    return c.ch([f"CPE {n}", f"CPE {n} {de(c.pick('muni_v'))}", f"CPE {n}, installation {c.pick('muni_v')}", f"service de garde {n}"])


@gen("lieu_travail")
def syndicat(c):
    s, e = c.pick("syndicat"), c.pick("employer")
    return c.ch([f"section locale {c.ri(100, 9999)} des {s} chez {e}", f"section locale {c.ri(100, 9999)} ({s}) de {e}",
                 f"section {s} de l'usine {e}", f"section locale {s}-{c.ri(100, 999)}, {e}"])


@gen("lieu_travail")
def ferme(c):
    t, s = c.pick("ferme"), c.pick("nomf")
    return c.ch([f"ferme {t} {s}", f"ferme {s} et fils", f"Ferme {s} inc.", f"la ferme {t} des {s}"])


@gen("lieu_travail")
def coop(c):
    k = c.pick("coop")
    return c.ch([k, f"{k} {de(c.pick('muni_v'))}", f"{k} (succursale {c.pick('muni_v')})"])


@gen("lieu_travail")
def conseil_bande(c):
    m = c.pick("muni_autoch_v")
    return c.ch([f"conseil de bande {de(m)}", f"conseil des Innus {de(m)}", f"Conseil de la Nation {de(m)}",
                 f"police autochtone {de(m)}", f"centre de santé {de(m)}"])


@gen("lieu_travail")
def quart(c):
    e = c.pick("employer")
    return c.ch([f"quart de nuit chez {e}", f"chiffre de soir à l'usine {e}", f"poste de jour chez {e}",
                 f"shift de nuit chez {e}", f"équipe B de {e}"])


@gen("lieu_travail")
def fam_biz(c):
    return c.pick("family_biz").replace("{S}", c.pick("nomf"))


@gen("lieu_travail")
def benevolat(c):
    b, m = c.pick("benevolat"), c.pick("muni_v")
    return f"{b} {de(m)}"


@gen("lieu_travail")
def mine(c): return c.pick("mine")


@gen("lieu_travail")
def transporteur(c): return c.pick("transporteur")


@gen("lieu_travail")
def resto(c):
    r = c.pick("resto")
    return f"{r} {de(c.pick('muni_v'))}"


@gen("lieu_travail")
def municipal(c):
    m = c.pick("muni_v")
    return c.ch([f"travaux publics {de(m)}", f"garage municipal {de(m)}", f"Ville {de(m)}",
                 f"usine de filtration {de(m)}", f"aréna {de(m)}", f"bibliothèque {de(m)}"])


@gen("lieu_travail")
def travail_any(c): return c.ch([emp_ville, commerce, clsc, fam_biz, coop])(c)


# ---------------------------------------------------------------------------
# context fillers (not planted, not personal)
# ---------------------------------------------------------------------------

def _heure(r: random.Random) -> str:
    h, m = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    return r.choice([f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}", f"{h}h"])


def _date(r: random.Random) -> str:
    y, m, d = r.randint(2017, 2024), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d} {MOIS[m - 1]}", f"{d} {MOIS[m - 1]} {y}"])


CTX: dict[str, object] = {
    "muni": lambda r: r.choice(MUNIS),
    "muni_autoch": lambda r: r.choice(MUNIS_AUTOCH),
    "muni_nord": lambda r: r.choice(MUNIS_NORD),
    "heure": _heure,
    "date": _date,
    "annee": lambda r: str(r.randint(2017, 2024)),
    "route": lambda r: r.choice(["route 132", "A-20", "autoroute 40", "rte 173", "R-117", "route 138",
                                 "A-73", "route 155", "route 169", "A-85", "route 112", "A-10"]),
    "km": lambda r: f"km {r.randint(2, 480)}",
    "riv": lambda r: r.choice(RIVERS),
    "alea": lambda r: r.choice(HAZARDS),
    "n": lambda r: str(r.randint(2, 12)),
    "n2": lambda r: str(r.randint(13, 240)),
    "cm": lambda r: f"{r.randint(5, 140)} cm",
    "metres": lambda r: f"{r.randint(1, 9)},{r.randint(0, 99):02d} m",
    "debit": lambda r: f"{r.randint(80, 2400)} m³/s",
    "montant": lambda r: r.choice([f"{r.randint(1, 95)} {r.randint(0, 999):03d} $",
                                   f"{r.randint(200, 9999)},00 $", f"{r.randint(1, 40)} 000 $"]),
    "org": lambda r: r.choice(ORGS),
    "equip": lambda r: r.choice(EQUIP),
    "caserne": lambda r: f"caserne {r.randint(1, 80)}",
    "etab": lambda r: r.choice(ETABS),
    "hopital": lambda r: r.choice(HOPITAUX_CTX),
    "lieupub": lambda r: r.choice(LIEUX_PUB),
    "titre": lambda r: r.choice(TITRES),
    "temp": lambda r: f"{r.randint(-38, 34)} °C",
    "vent": lambda r: f"{r.randint(40, 130)} km/h",
    "pct": lambda r: f"{r.randint(2, 98)} %",
    "mm": lambda r: f"{r.randint(10, 180)} mm",
    "ha": lambda r: f"{r.randint(1, 9000)} ha",
    "pont": lambda r: r.choice(PONTS_PERS),
    "hop_pers": lambda r: r.choice(HOPS_PERS),
    "ecole_pers": lambda r: r.choice(ECOLES_PERS),
    "parc_pers": lambda r: r.choice(PARCS_PERS),
    "rue_pers": lambda r: r.choice(RUES_PERS),
    "barrage": lambda r: r.choice(BARRAGES_PERS),
    "jour": lambda r: r.choice(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
    "region": lambda r: r.choice(["Chaudière-Appalaches", "Bas-Saint-Laurent", "Mauricie", "Outaouais",
                                  "Saguenay–Lac-Saint-Jean", "Côte-Nord", "Gaspésie", "Estrie", "Laurentides",
                                  "Lanaudière", "Montérégie", "Abitibi-Témiscamingue", "Capitale-Nationale",
                                  "Centre-du-Québec", "Nord-du-Québec"]),
    "secteur": lambda r: r.choice(["secteur A", "secteur B", "module 3", "pavillon 2", "secteur ségrégation",
                                   "module 4", "secteur femmes", "quartier cellulaire 5"]),
}

# ---------------------------------------------------------------------------
# FAMILIES -- nom
# ---------------------------------------------------------------------------
SPEC_01_NOM = r"""
@nom.majuscules_telegraphique
PROPR. {*full|up} AVISÉ PAR TÉL. À {heure}, ÉVAC. VOLONTAIRE VERS {lieupub|up}
OCC. {*full|up} REFUSE DE QUITTER LES LIEUX, SQ SUR PLACE
RÉS. {*full|up} + 2 ENFANTS HÉBERGÉS CROIX-ROUGE / {muni|up}
{*nomf|up} {*prenom|up} - SOUS-SOL INONDÉ {cm}, POMPE LOUÉE
VICT. {*full|up} DÉGAGÉE PAR POMPIERS, TRANSPORT AMBULANCIER {heure}
CONTACT {*nomf|up} RAPPELÉ 2X SANS RÉPONSE, LAISSÉ MESSAGE

@nom.tableau_aplati
Nom: {*nomf} | Prénom: {*prenom} | Mun.: {muni} | Dommages: sous-sol
NOM={*nomf|up};PRENOM={*prenom|up};STATUT=sinistré;AIDE=oui
Demandeur : {*full} — Type : {alea} — Statut : en analyse
Requérant {*full} | Mun. {muni} | Visite {date} | Rapport reçu
Nom du propriétaire ........ {*full} / Municipalité ........ {muni}
occupant_nom: {*full} ; evac: O ; retour: N

@nom.rapport_policier
Le suspect, identifié comme étant {*full}, a été mis en état d'arrestation à {heure} sans incident.
Sur place, nous rencontrons le plaignant {*full} qui déclare que son cabanon a été incendié durant la nuit.
L'agent a procédé à l'interception du conducteur, {*full}, sur la {route}.
Témoin : {*full}, voisine immédiate, affirme avoir entendu une détonation vers {heure}.
Le sujet {*full} est collaboratif et remet volontairement les clés du véhicule.
Nous sommes reçus par {*full} qui nous indique que la porte arrière a été forcée.

@nom.detenu_correctionnel
Détenu {*nomf|up}, {*prenom} : transfert vers {etab} reporté (manque d'effectifs).
Le détenu {*full} a refusé son repas et a été placé en isolement préventif.
Libération conditionnelle de {*full} accordée; suivi par l'agent de probation à {muni}.
Incident {secteur} : altercation entre {*full} et {*full}, aucun blessé, rapport disciplinaire.
Prévenu {*full} comparaît par visioconférence, retour en cellule {heure}.
Fouille de la cellule de {*full}, objet artisanal saisi, rapport transmis.

@nom.transcription_911_311
911 - appelante dit s'appeler {*prenom} {*nomf}, fumée noire sortant du garage voisin
311: citoyen ({*full}) signale eau dans la rue depuis ce matin, demande sacs de sable
Appel reçu {heure} : « oui allô, c'est {*full}, y'a de l'eau qui rentre dans ma cave »
REQ 311 / demandeur {*full|up} / branche tombée sur fil / rappel fait
Répartition : l'appelant {*full} reste en ligne, odeur de gaz dans la cuisine
« Mon nom? {*prenom}, {*nomf}, faites vite » — ligne coupée, rappel sans succès

@nom.sms_minuscules
jai parle a {*full|low} pis ya pu delec depuis hier
{*prenom|low} dit que le sous sol est plein deau, rappeler demain
vu {*full|low} au centre dhebergement, ok pour la nuit
mdame {*nomf|low} veut pas partir, on repasse a {heure}
{*full|low|noacc} tjrs pas rejoint, boite vocale pleine
msg de {*prenom|low} : arbre tombé sur le toit, personne blessé

@nom.anglais_melange
Spoke with {*full}, homeowner, ok pour relocalisation temporaire
Caller {*full} reports basement flooding, water approx {cm}
Mr. {*nomf} was evacuated by boat, family staying in {muni}
Owner {*full} refused to leave, told SQ « I'm not going anywhere »
Tenant {*full} says landlord never fixed the chimney, fire started around {heure}
Met with {*full} on site, claim forms left, will call back next week

@nom.liste_separateurs
Sinistrés relogés: {*full}; {*full}; {*full}
Présents à la rencontre : {*full} / {*full} / inspecteur municipal
Évacués rang {n}: {*nomf}, {*nomf}, {*nomf} (3 résidences)
Liste rappel — {*full} - {*full} — tous joints sauf 1
Chèques émis : {*full} ; {*full}
Bénévoles chaloupe / {*full} / {*full} / {*full}

@nom.entre_parentheses
Résidence évacuée (occ. {*full}) vers {lieupub}
Feu de cuisson (propr. : {*full}), dommages mineurs, ventilation effectuée
Véhicule dans le fossé au {km} ({*full}, conducteur), remorqué
Aide versée au dossier ({*full}) après inspection du {date}
Chalet isolé par l'eau (loc. {*full}), ravitaillement par VTT
Refoulement d'égout chez le voisin ({*nomf}) également signalé

@nom.discours_rapporte
« C'est {*prenom} qui a vu la fumée en premier », rapporte le voisin.
La voisine affirme : « {*full} était pas chez eux au moment du feu ».
Selon le répartiteur, l'appelant a dit : « mon nom c'est {*full}, dépêchez-vous ».
« Demandez à {*full}, c'est lui qui a les clés du chalet », dit un employé municipal.
Le témoin déclare : « j'ai vu {*prenom} sortir en courant avec le chien ».
« {*full} m'a appelé vers {heure} pour dire que le pont était fermé », relate le brigadier.

@nom.initiales
Propr. {*ini} avisé de l'avis d'ébullition, aucun problème.
Occupante ({*ini}) relogée chez des proches à {muni}.
Interv. : {*ini} refuse transport, signe le refus.
Le détenu {*ini} sera rencontré par le comité de discipline {jour}.
Suivi téléphonique avec {*ini_nom} : travaux de nettoyage terminés.
Dossier transféré, requérant {*ini_nom}, pièces justificatives reçues.

@nom.civilite_abregee
Mme {*nomf} a été avisée de l'évacuation préventive à {heure}.
M. {*nomf} refuse de quitter malgré la montée de l'eau ({cm} dans la cour).
Mlle {*nomf} rappellera pour l'inspection du sous-sol.
Me {*nomf}, représentant du propriétaire, conteste le montant de l'aide.
Dr {*nomf} (voisin) a prodigué les premiers soins avant l'arrivée des ambulanciers.
MM. {*nomf} et {*nomf} ont aidé à monter la digue de sacs de sable.

@nom.famille_nee
La famille {*nomf} est hébergée au {lieupub} depuis le {date}.
Mme {*full}, née {*nomf}, demande une avance pour frais de subsistance.
Fam. {*nomf|up} (4 pers.) relocalisée à l'hôtel, {muni}
Dossier au nom de {*prenom} {*nomf} (née {*nomf}), sinistrée printanière.
Les {*nomf} du bout du rang ont encore de l'eau dans la cave.
Succession {*nomf} : demande présentée par la fiducie, en attente.

@nom.surnoms_sobriquets
Le dénommé « {*surnom} » a été vu près du chalet incendié.
Connu dans le rang sous le nom de {*surnom}, il vit seul avec ses chiens.
{*surnom} (surnom) a aidé à sortir les voisins en chaloupe.
alias {*surnom}, déjà connu des policiers à {muni}
Le gars qu'on appelle {*surnom} aurait allumé le feu de broussailles.
Détenu surnommé {*surnom} par les autres, tension au {secteur}.

@nom.autochtones
Famille {*autoch_nom} évacuée de {muni_autoch} vers {muni} par avion nolisé.
L'aînée {*autoch_full} a refusé l'évacuation, reste au camp avec son petit-fils.
Contact sur place : {*autoch_full}, joint par radio VHF.
{*autoch_full} signale que le chemin d'accès au camp est coupé par l'eau.
Chasseurs portés disparus : {*autoch_full} et {*autoch_full}, retrouvés sains et saufs.
Mme {*autoch_nom} demande que les effets soient entreposés au centre communautaire.

@nom.inuit
Passagers évacués de {muni_nord} : {*inuit_full}, {*inuit_full}.
{*inuit_full} a signalé la glace instable près de la pointe.
Aîné {*inuit_full|up} hébergé au centre communautaire de {muni_nord}
Call from {*inuit_full} re: water tank empty at house, truck sent
Motoneigiste {*inuit_full} retrouvé par les Rangers après 18 h de recherche.
Entrevue avec {*inuit_full} par l'entremise d'une interprète en inuktitut.

@nom.diasporas_caraibes_maghreb_levant
Mme {*hait_full} a perdu ses effets personnels dans l'incendie du {date}.
Le locataire {*magh_full} demande un interprète pour la rencontre.
Entrevue réalisée avec {*liban_full}, propriétaire de l'immeuble.
{*hait_full} et {*magh_full} relogés temporairement au {lieupub}.
Plainte de {*liban_full} au sujet du déneigement de la ruelle.
{*magh_full|up} - LOGEMENT INHABITABLE - RELOGÉ

@nom.asie_est_sud
Occupants : {*viet_full} et {*chin_full}, anglais seulement, interprète requis.
M. {*sudasie_full} signale un refoulement d'égout au sous-sol.
{*chin_full|up} / locataire 2e étage / hébergé par des amis
La plaignante, {*viet_full}, affirme que la porte était déjà forcée.
Rencontré {*sudasie_full} au comptoir, formulaire complété sur place.
{*chin_full} n'a pas d'assurance habitation, orienté vers le programme.

@nom.afrique_latino_esteurope
Demande d'aide de {*afr_full} : réfrigérateur et literie perdus.
{*latino_full} (locataire) évacué du logement au sous-sol.
Le conducteur {*esteuro_full} a été conduit au poste pour alcootest.
Sinistrés : {*afr_full}; {*latino_full}; {*esteuro_full}
Selon {*afr_full}, l'alarme n'a jamais sonné.
{*esteuro_full} et {*latino_full} ont aidé à pomper l'eau chez le voisin.

@nom.mots_communs
M. {*motcommun} a vu l'eau monter dans la cour vers {heure}.
Famille {*motcommun}, rang {n}, sans électricité depuis 48 h.
Rencontré {*prenom} {*motcommun} qui demande une inspection.
Le dossier {*motcommun|up} est complet, chèque émis.
Mme {*motcommun|low} (nom écrit en minuscules sur le formulaire) à rappeler.
Propriétaires : {*motcommun} et {*motcommun}, maison jumelée.

@nom.lieux_comme_patronyme
Mme {*nomlieu} a signalé un glissement derrière sa maison.
{*prenom} {*nomlieu} est retourné chez lui après inspection.
Le propriétaire, M. {*nomlieu}, a été avisé de l'ordonnance de démolition.
Plaignant : {*nomlieu|up}, {*prenom|up}
La réclamation de {*prenom} {*nomlieu} a été refusée (résidence secondaire).
Famille {*nomlieu} : 3 adultes, hébergement chez la parenté.

@nom.coquilles_ocr
Mme {*typo} a apelé pour sa réclamtion
propriétare {*typo} avisé, évacuatoin complétée
Rencontre avec {*typo} le {date}, dossier transmit
M. {*typo} demande un suivit pour les domages
{*typo|up} - DEMANDE INCOMPLÈTE - MANQUE PREUVE DE RÉSIDENCE
lnspection chez {*typo} : fondation fissurée

@nom.forme_administrative
{*full_inv} — demande en traitement, pièces manquantes
Requérant(e) : {*full_inv}
Sinistré principal : {*full_inv} ; co-requérant : {*full_inv}
Bénéficiaire {*full_inv} - versement 2 de 3 effectué
Signataire de l'entente : {*full_inv}
{*full_inv} (propriétaire-occupant) - visite d'évaluation planifiée

@nom.composes_trait_union
Mme {*compose} est hébergée chez des proches depuis le {date}.
{*prenom_compose} {*nomf} a été avisé en personne.
Propriétaire : {*prenom_compose} {*compose}
La plainte de {*compose} concerne le déneigement du rang.
{*prenom_compose} a quitté avant l'arrivée des pompiers.
Fam. {*compose} : retour au domicile autorisé.

@nom.prenom_seul_familier
{*prenom} du 2e étage a donné l'alerte.
Demander à {*prenom} pour l'accès au sous-sol, c'est lui qui a la clé.
{*prenom} pis le voisin ont sorti les meubles avant que l'eau monte.
Rappeler {*prenom} en fin de journée pour confirmer le retour.
D'après {*prenom}, le ponceau était bouché depuis l'automne.
{*prenom} et {*prenom} sont restés à la maison malgré l'avis.
"""

# ---------------------------------------------------------------------------
# FAMILIES -- adresse
# ---------------------------------------------------------------------------
SPEC_02_ADRESSE = r"""
@adresse.telegraphique_majuscules
FEU CHEMINÉE AU {*adr|up}, 1 AUTOPOMPE, CONTRÔLÉ {heure}
REFOULEMENT ÉGOUT - {*adr_sans_virgule|up} - SOUS-SOL {cm}
ÉVAC. PRÉVENTIVE {*adr_abbr|up} ET VOISINS, RETOUR AUTORISÉ {heure}
ARBRE SUR TOIT {*adr|up} / HYDRO AVISÉ / PÉRIMÈTRE ÉTABLI

@adresse.sans_type_de_voie
Eau dans le garage au {*adr_notype}, le propriétaire pompe depuis ce matin.
Inspection faite au {*adr_notype} : fissure au solage, rapport à venir.
Le {*adr_notype} est isolé par l'eau depuis {heure}.
Résidence du {*adr_notype} déclarée perte totale après le {alea}.

@adresse.abreviations
Intervention au {*adr_abbr} pour odeur de fumée, rien trouvé.
Sacs de sable livrés {*adr_abbr} (3 palettes).
Le refoulement touche aussi le {*adr_abbr}, même conduite.
Visite de l'évaluateur prévue au {*adr_abbr} {jour} matin.

@adresse.appartement_app
Locataire du {*adr_app} sans chauffage depuis la panne.
Dégât d'eau provenant du {*adr_app}, infiltration à l'étage inférieur.
Feu de cuisson contenu au {*adr_app}, ventilation effectuée.
Relogement temporaire pour l'occupant du {*adr_app}.

@adresse.numero_tiret_unite
Alarme incendie déclenchée au {*adr_tiret}, fausse alerte (vapeur de douche).
Sinistre déclaré pour le logement {*adr_tiret} (dommages au plafond).
Le {*adr_tiret} a été évacué par mesure préventive.
Plainte de bruit au {*adr_tiret}, patrouille dépêchée.

@adresse.diese_unite
Fuite de gaz signalée au {*adr_diese}, Énergir sur place.
Adresse de correspondance : {*adr_diese}
Le détecteur de fumée du {*adr_diese} était débranché.
Infiltration d'eau par la toiture au {*adr_diese}.

@adresse.rang_rural
Ponceau arraché devant le {*adr_rang}, accès impossible en auto.
Grange en feu au {*adr_rang}, 2 casernes en renfort.
Érosion de la berge derrière le {*adr_rang}, maison à risque.
Puits contaminé au {*adr_rang} après la crue, analyse demandée.

@adresse.chemin_lac
Chalet au {*adr_chemin} isolé, accès par bateau seulement.
Glissement de terrain derrière le {*adr_chemin}, périmètre de sécurité.
Le {*adr_chemin} n'a plus d'électricité depuis trois jours.
Demande d'aide pour le {*adr_chemin} (résidence principale).

@adresse.route_numerotee
Véhicule en feu dans l'entrée du {*adr_route}.
Eau par-dessus la chaussée face au {*adr_route}, circulation alternée.
Résidence du {*adr_route} inondée jusqu'au premier plancher.
Poteau cassé devant le {*adr_route}, fils au sol.

@adresse.lot_cadastre
Terrain visé : {*cadastre}, zone inondable 0-20 ans.
Le lot {*lot} a été acquis dans le cadre du programme de relocalisation.
Demande d'allocation de départ pour l'immeuble situé sur le {*cadastre}.
Immeuble (lot {*lot}) démoli, remblai à prévoir.

@adresse.code_postal_seul
Sinistré relogé dans le secteur {*cp}, adresse complète au dossier papier.
Code postal du requérant : {*cp}
Envoi du chèque retourné, CP {*cp} invalide selon Postes Canada.
Plusieurs appels du secteur {*cp} pour refoulement d'égout.

@adresse.complete_avec_cp
Adresse du bien sinistré : {*adr_complete}
Nouvelle adresse du requérant depuis le déménagement : {*adr_complete}
Lettre de refus envoyée au {*adr_complete}.
Le requérant demeure maintenant au {*adr_complete}.

@adresse.champs_separes
No civique: {*civique} | Rue: {*rue} | Mun.: {muni}
Adresse => no {*civique} / voie {*rue} / CP {*cp}
Civique={*civique};Voie={*rue};Type=résidence principale
No : {*civique} — Rue : {*rue} — Code postal : {*cp}

@adresse.anglais_adresse
Flooding reported at {*adr_en}, basement full of water.
Chimney fire at {*adr_en}, extinguished by SSI before arrival.
Tree fell on the garage at {*adr_en}, no injuries.
Owner of {*adr_en} wants inspection ASAP, says insurance refuses.

@adresse.intersection_pres_de
Fils électriques tombés juste en face du {*adr}, sécurisé par l'Hydro.
Accumulation d'eau entre le {*adr_sans_virgule} et le coin.
Le feu s'est propagé du cabanon du {*adr} à la haie du voisin.
Odeur de gaz détectée près du {*adr}, 3 maisons évacuées.

@adresse.entre_parentheses
Refoulement d'égout (adresse : {*adr}) signalé à {heure}.
Une résidence (au {*adr_abbr}) est sans eau potable.
Dossier de sinistre (bien situé au {*adr_ville}) en traitement.
Feu de friteuse (logement au {*adr_app}), occupant sorti seul.

@adresse.liste_plusieurs
Résidences évacuées : {*adr}; {*adr}; {*adr}
Adresses à inspecter / {*adr_notype} / {*adr_notype}
Avis d'ébullition remis aux {*adr_sans_virgule}, {*adr_sans_virgule} et voisins.
Visites de suivi : {*adr_abbr} - {*adr_abbr}

@adresse.sms_minuscules
cave pleine au {*adr_sans_virgule|low} on envoie une pompe
passer voir le {*adr_notype|low|noacc} pour le poteau penché
{*adr_abbr|low} sans courant depuis hier soir
le monsieur du {*adr_sans_virgule|low} veut des sacs de sable

@adresse.ocr_numerise
Document numérisé: adresse du sinistre {*adr_ocr}
Formu1aire reçu, adresse indiquée : {*adr_ocr}
Preuve de résidence (facture) au {*adr_ocr}, lisible en partie.
Copie du bail : logement du {*adr_ocr}

@adresse.rapport_policier
Nous nous rendons au domicile situé au {*adr} pour une plainte de violence conjugale.
L'individu a été reconduit à son domicile du {*adr_abbr} sans incident.
Un mandat de perquisition a été exécuté au {*adr_ville} à {heure}.
Les policiers ont constaté des dommages au véhicule stationné devant le {*adr}.

@adresse.correctionnel_liberation
Adresse de libération déclarée : {*adr_ville}
Le contrevenant doit résider au {*adr} et respecter un couvre-feu.
Visite de l'agent de probation au {*adr_app} : conforme.
Changement d'adresse non déclaré, nouvelle adresse présumée {*adr_ville}.

@adresse.case_postale_rr
Envoyer la correspondance au {*adr_rr}.
Requérant sans adresse civique, utilise {*adr_rr}.
Courrier retourné, vérifier {*adr_rr}
Adresse postale ({*adr_rr}) différente de l'adresse du sinistre.

@adresse.transcription_911
911 : « c'est au {*adr_sans_virgule}, la maison blanche avec le garage »
L'appelante répète l'adresse : {*adr_notype}, porte de côté
REQ 311 — citoyen du {*adr_abbr} — égout bouché
« Venez au {*adr_chemin}, vite, le feu est pogné dans le chalet »
"""

# ---------------------------------------------------------------------------
# FAMILIES -- age
# ---------------------------------------------------------------------------
SPEC_03_AGE = r"""
@age.ans_telegraphique
Occupant {*age_aine} ans seul à domicile, refuse évacuation.
Victime {*age_adulte} ans, brûlures légères, soignée sur place.
Conductrice {*age_adulte} ans, sortie du véhicule par elle-même.
Résident {*age_aine} ans transporté au {hopital} par précaution.

@age.sexe_barre
Blessé : H/{*age_adulte}, lacération, transport non requis
Personnes à bord : F/{*age_adulte} et H/{*age_aine}
Occ. F/{*age_aine} hébergée par la Croix-Rouge
Victime H/{*age_enfant} récupérée par les pompiers sur la glace

@age.parentheses
Le propriétaire ({*age_aine}) a été évacué en chaloupe.
Deux occupants ({*age_adulte} et {*age_adulte}) relogés à l'hôtel.
La locataire du sous-sol ({*age_aine} ans) a refusé de partir.
Conducteur ({*age_adulte}) arrêté pour capacités affaiblies.

@age.en_lettres
Homme âgé de {*age_mots} ans retrouvé en hypothermie près du quai.
Une dame de {*age_mots} ans vit seule dans la maison isolée par l'eau.
L'occupant, {*age_mots} ans, a été réveillé par le détecteur.
Elle a {*age_mots} ans et n'a pas de famille dans la région.

@age.decennie
Homme dans la {*decennie} retrouvé désorienté près du pont.
Femme {*decennie}, vit seule, pas de véhicule pour évacuer.
Le suspect serait un homme dans la {*decennie}, cheveux gris.
Couple dans la {*decennie}, refuse l'hébergement proposé.

@age.bebe_mois
Famille avec un bébé de {*bebe}, priorité pour l'hébergement.
Nourrisson ({*bebe}) évacué avec sa mère vers le centre.
Enfant de {*bebe} exposé au monoxyde, examiné par ambulanciers.
Présence d'un poupon de {*bebe} dans le logement sinistré.

@age.champ_formulaire
Âge : {*age_adulte} | Sexe : M | Statut : locataire
AGE={*age_aine};SEXE=F;AUTONOMIE=partielle
Âge du requérant : {*age_aine}
âge déclaré ........ {*age_adulte}

@age.anglais
Male, {*age_adulte} y/o, minor injuries, refused transport.
Elderly woman, aged {*age_aine}, living alone, needs help to evacuate.
A {*age_enfant}-year-old boy was rescued from the river.
Driver ({*age_adulte} yrs old) charged with impaired driving.

@age.rapport_policier
Un homme âgé de {*age_adulte} ans a été arrêté sur les lieux.
La victime, une femme de {*age_adulte} ans, a été rencontrée à l'hôpital.
Le conducteur, âgé de {*age_adulte} ans, a échoué l'alcootest.
Un adolescent de {*age_ado} ans a été interpellé près de l'école.

@age.detenu_correctionnel
Détenu de {*age_adulte} ans, première incarcération, classé en {secteur}.
Le prévenu ({*age_adulte} ans) a été transféré à {etab}.
Contrevenant âgé de {*age_adulte} ans admis pour une sentence de 90 jours.
Détenue de {*age_aine} ans, suivi médical particulier requis.

@age.liste_menage
Ménage : 2 adultes ({*age_adulte}, {*age_adulte}) et 1 enfant ({*age_enfant})
Occupants / {*age_aine} ans / {*age_aine} ans / aucun animal
Personnes hébergées : adulte {*age_adulte} ; enfant {*age_enfant}
Composition du foyer : {*age_adulte} ans + {*age_enfant} ans

@age.sms_compact
monsieur {*age_aine}ans tout seul dans la maison
la dame a {*age_aine} ans pis elle veut pas partir
ptit gars de {*age_enfant}ans perdu pres de la riviere
jeune fille {*age_enfant}ans retrouvee ok

@age.abreviations
Occ. H {*age_aine}a, mobilité réduite.
Vict. F {*age_adulte} a., commotion.
Cond. H {*age_adulte}a. impliqué dans collision
Rés. F {*age_aine}a seule

@age.aines_expressions
La petite madame de {*age_aine} ans au bout de la rue a été vérifiée.
Le vieux monsieur de {*age_aine} ans refuse de quitter sa maison.
Une aînée de {*age_aine} ans a été évacuée de la résidence privée.
Le doyen du village ({*age_aine} ans) n'a plus de chauffage.

@age.jeunes_scolaires
Un jeune de {*age_enfant} ans a été vu sur la glace de la {riv}.
Deux fugueurs de {*age_ado} et {*age_ado} ans retrouvés au chalet à {heure}.
L'élève de {*age_enfant} ans a déclenché l'alarme incendie à {heure}.
Ado de {*age_ado} ans blessé en VTT dans un sentier de {muni}.

@age.citation
« J'ai {*age_aine} ans, je m'en vais pas d'ici », dit l'occupant.
Selon la voisine : « elle a {*age_aine} ans, elle peut pas rester seule ».
« Mon gars a {*age_enfant} ans, il est parti à pied », dit la mère à l'appel.
Le conducteur affirme : « j'ai {*age_adulte} ans, je conduis depuis toujours ».

@age.anniversaire
L'occupante venait de fêter ses {*age_aine} ans la semaine avant l'inondation.
Il aura {*age_aine} ans en mai, vit seul depuis le décès de sa femme.
Elle a eu {*age_adulte} ans la veille de l'incendie.
Le jeune venait d'avoir {*age_enfant} ans.

@age.compact_sexe_age
Blessés: H{*age_adulte}, F{*age_adulte}
Victime F{*age_aine} transportée
Patient M{*age_adulte} stable
Occ. F{*age_aine} + H{*age_aine} évacués

@age.apposition_virgule
La conductrice, {*age_adulte} ans, a perdu le contrôle sur la glace noire.
Le propriétaire, {*age_aine} ans, a tenté d'éteindre le feu lui-même.
Le motoneigiste, {*age_adulte} ans, est porté disparu depuis {heure}.
La résidente, {*age_aine} ans, a chuté en sortant de la maison.

@age.mineur_contrevenant
Contrevenant mineur ({*age_ado} ans) remis à ses parents à {heure}.
Adolescent de {*age_ado} ans référé à la DPJ après l'incendie du {date}.
Jeune contrevenant, {*age_ado} ans, placé en centre jeunesse à {muni}.
Le suspect de {*age_ado} ans a avoué avoir allumé le feu à {muni}.

@age.approximation_precise
Homme d'environ {*age_adulte} ans vu près du chalet incendié.
Victime autour de {*age_aine} ans, aucune pièce d'identité.
Individu d'à peu près {*age_adulte} ans, vêtements sombres.
Femme approx. {*age_aine} ans retrouvée errante sur la route.

@age.ages_en_lettres_enfants
Un garçon de {*age_mots_enfant} ans a été secouru sur la glace à {muni}.
Les enfants, {*age_mots_enfant} et {*age_mots_enfant} ans, étaient seuls à la maison.
Fillette de {*age_mots_enfant} ans retrouvée saine et sauve à {heure}.
La petite de {*age_mots_enfant} ans a été réveillée par le chien vers {heure}.

@age.entete_rapport
VICTIME #1 : {*age_adulte} ANS / BLESSURES MINEURES
SUJET : {*age_adulte} ans, sans domicile fixe
PERS. IMPLIQUÉE 2 — {*age_aine} ANS — TÉMOIN
PASSAGER : {*age_enfant} ANS, SIÈGE D'APPOINT
"""

# ---------------------------------------------------------------------------
# FAMILIES -- date_naissance
# ---------------------------------------------------------------------------
SPEC_04_DN = r"""
@date_naissance.iso_ddn
DDN {*dn_iso}, vérifiée avec la carte d'assurance maladie.
Requérant (DDN : {*dn_iso}) admissible au programme.
Vict. DDN {*dn_iso} transportée au {hopital}.
DDN={*dn_iso} ; statut=propriétaire-occupant

@date_naissance.ne_le_texte
Le requérant, né le {*dn_fr}, réside seul depuis 2012.
Occupante née le {*dn_fr}, vit au rez-de-chaussée.
Le suspect est né le {*dn_fr} selon le CRPQ.
Né(e) le {*dn_fr} — pièce d'identité vue.

@date_naissance.annee_courte
Né le {*dn_court}, le monsieur a toute sa tête.
Conductrice née le {*dn_court}, permis valide.
Dame née {*dn_court}, hébergée à l'hôtel.
Requérante : née le {*dn_court}

@date_naissance.slash_jj_mm_aaaa
Date de naissance : {*dn_slash}
D.N. {*dn_slash} — sexe F
Le détenu, né le {*dn_slash}, a été admis à {etab}.
Naissance {*dn_slash}, vérifier si admissible au supplément.

@date_naissance.slash_court
dn {*dn_slash_court}, vit avec son fils
DDN {*dn_slash_court} (à confirmer)
né {*dn_slash_court}, tel que déclaré au 911
Propriétaire (n. {*dn_slash_court}) absent lors de l'inspection.

@date_naissance.compacte_huit_chiffres
DDN:{*dn_compact}
Champ date_naissance={*dn_compact} importé du système
Client DN {*dn_compact} — fiche mise à jour
Identité confirmée (naissance {*dn_compact}).

@date_naissance.anglais_dob
DOB: {*dn_en}, lives alone, no car.
Subject born {*dn_en}, known to police.
Date of birth {*dn_en} confirmed with health card.
Claimant (born on {*dn_en}) is the sole owner.

@date_naissance.majuscules_mois_abrege
SUJET NÉ LE {*dn_up}
DN : {*dn_up} / SEXE : M
DÉTENU {*dn_up} ADMIS {etab|up}
RÉQUÉRANT NÉ {*dn_up} - VÉRIFIÉ

@date_naissance.points
Date de naiss. {*dn_point}, adresse à vérifier.
Né le {*dn_point} selon le permis de conduire.
Naissance: {*dn_point} | Statut: locataire
DN {*dn_point} (document manuscrit)

@date_naissance.tableau_aplati
Sexe: F | DDN: {*dn_iso} | Mun.: {muni}
NAISSANCE={*dn_slash};SEXE=M;HEBERGE=oui
Date naiss. | {*dn_fr} | Statut | sinistré
Occupant 1 : {*dn_iso} / Occupant 2 : {*dn_iso}

@date_naissance.entre_parentheses
Le conducteur (né le {*dn_iso}) a été libéré sur promesse de comparaître.
Requérante (née le {*dn_fr}) admissible.
Occupant principal (n. {*dn_slash}) hébergé chez sa sœur.
Détenu (DDN {*dn_mois_abr}) en attente de transfert.

@date_naissance.detenu_correctionnel
Admission : détenu né le {*dn_iso}, peine discontinue.
Libération prévue pour le détenu né {*dn_slash}.
Fiche d'admission : naissance {*dn_mois_abr}, {secteur}.
Le détenu (né le {*dn_fr}) demande un transfert vers {etab}.

@date_naissance.rapport_policier
Identifié à l'aide de son permis, né le {*dn_fr}.
L'individu, né le {*dn_iso}, fait l'objet d'un mandat.
Vérification CRPQ effectuée pour le sujet né le {*dn_slash}.
La victime, née le {*dn_mois_abr}, a été rencontrée à son domicile.

@date_naissance.sms
ne le {*dn_slash_court|noacc} selon sa fille
dob {*dn_iso} faut verifier
sa date de fete cest le {*dn_fr|low|noacc}
ddn {*dn_tiret_court} ok

@date_naissance.mois_abrege
Né le {*dn_mois_abr} à {muni}.
DDN : {*dn_mois_abr}, requérant principal.
Requérante, naissance {*dn_mois_abr}, résidente depuis 30 ans.
Occ. né {*dn_mois_abr} — autonome

@date_naissance.en_lettres
Le requérant est né le {*dn_mots}.
Selon son témoignage, elle est née le {*dn_mots}.
Né le {*dn_mots}, il habite la maison depuis toujours.
Date de naissance déclarée : {*dn_mots}.

@date_naissance.liste_occupants
Occupants : {*dn_iso} / {*dn_iso}
DDN des membres du ménage : {*dn_slash}; {*dn_slash}; {*dn_slash}
Naissances déclarées — {*dn_fr}, {*dn_fr}
Personnes à charge (DN) : {*dn_iso}, {*dn_iso}

@date_naissance.citation
« Je suis née le {*dn_fr}, j'ai toujours vécu ici », dit l'occupante.
L'appelant précise : « ma mère est née le {*dn_fr}, elle est fragile ».
« Écrivez {*dn_slash}, c'est ma date de fête », dit le requérant.
Il répète au répartiteur : « né le {*dn_court} ».

@date_naissance.formulaire_aide
Date de naissance du requérant : {*dn_iso}
Conjoint(e) — date de naissance : {*dn_fr}
Section 2 : naissance {*dn_slash} ; citoyenneté canadienne
Preuve d'âge fournie (naissance {*dn_mois_abr}).

@date_naissance.aaaa_mm_jj_barres
DDN {*dn_ymd_slash} selon le dossier médical.
Naissance : {*dn_ymd_slash}
Requérant né le {*dn_ymd_slash}, veuf.
Date naiss. {*dn_ymd_slash} / autonomie réduite

@date_naissance.tirets_courts
dn: {*dn_tiret_court}
Conducteur DDN {*dn_tiret_court}, permis probatoire.
Né le {*dn_tiret_court} selon la carte.
DN {*dn_tiret_court} à confirmer avec la RAMQ.

@date_naissance.americain_mm_jj
Claimant DOB {*dn_us} (US format on the form).
Touriste américain né le {*dn_us} selon son passeport.
DOB {*dn_us} — driver from Vermont
Date on ID: {*dn_us}

@date_naissance.nouveau_ne
Bébé né le {*dn_bebe}, famille priorisée pour l'hébergement.
Présence d'un nourrisson (né le {*dn_bebe}) dans le logement.
Enfant à charge, DDN {*dn_bebe}.
Naissance du plus jeune : {*dn_bebe}
"""

# ---------------------------------------------------------------------------
# FAMILIES -- sante
# ---------------------------------------------------------------------------
SPEC_05_SANTE = r"""
@sante.termes_medicaux
Occupant atteint (dx : {*sante_med}), évacuation prioritaire.
La requérante souffre de {*sante_med} et ne peut faire le nettoyage elle-même.
Résident connu pour {*sante_med}, suivi par le CLSC.
Diagnostic de {*sante_med} mentionné par la famille, transport adapté requis.

@sante.mots_courants
Le monsieur {*sante_pop}, faut pas le laisser seul.
Selon le voisin, la dame {*sante_pop} depuis l'hiver.
Propriétaire {*sante_pop}, a besoin d'aide pour sortir ses meubles.
Il {*sante_pop} et vit seul au bout du rang.

@sante.expressions_regionales
Le bonhomme {*sante_regional}, une voisine passe le voir vers {heure}.
Selon la voisine, elle {*sante_regional} depuis le feu du {date}.
Le locataire {*sante_regional}, difficile de lui faire comprendre l'avis du {date}.
Le gars {*sante_regional} pis il veut pas voir de docteur, rappel à {heure}.

@sante.medicaments_marque
Occupant sous {*sante_rx_dose}, médicaments restés dans la maison inondée.
Demande de renouvellement d'ordonnance ({*sante_rx}) perdue dans l'incendie.
Prend du {*sante_rx} matin et soir, pharmacie fermée à cause de la panne.
La détenue réclame son {*sante_rx_dose}, infirmerie avisée.

@sante.sante_mentale
Requérant suivi pour {*sante_mentale}, intervenant social présent à la rencontre du {date}.
Détenu avec antécédents de {*sante_mentale}, surveillance accrue au {secteur}.
L'occupant, connu pour {*sante_mentale}, s'est barricadé dans le sous-sol vers {heure}.
Contexte de {*sante_mentale} mentionné par l'appelant au 911 à {heure}.

@sante.dependances
Le conducteur : {*sante_dep}, référé au CRD de {muni}.
Locataire avec {*sante_dep}, logement insalubre constaté le {date}.
Détenu ({*sante_dep}), suivi par l'infirmerie, {secteur}.
Selon les voisins, l'occupant {*sante_dep} (visite du {date}).

@sante.grossesse
Occupante {*sante_grossesse}, évacuée en priorité à {heure}.
Famille relogée : la mère est {*sante_grossesse}.
La conductrice, {*sante_grossesse}, a été examinée sur place.
Femme {*sante_grossesse} isolée par l'eau, hélicoptère demandé.

@sante.blessures
Victime : {*sante_blessure}, transport au {hopital}.
Le pompier a constaté une {*sante_blessure} chez l'occupant.
Blessure rapportée : {*sante_blessure}.
Propriétaire traité pour {*sante_blessure} après avoir tenté d'éteindre le feu.

@sante.handicap_mobilite
Résident ({*sante_handicap}), ne peut utiliser l'escalier, évacuation à {heure}.
La requérante est {*sante_handicap}, besoin d'un logement adapté à {muni}.
Occupant {*sante_handicap} seul au 2e étage à {muni}, évacuation assistée.
Enfant {*sante_handicap}, la famille demande un hébergement calme au {lieupub}.

@sante.hospitalisation_motif
Le propriétaire est hospitalisé pour {*sante_hospit} depuis le sinistre du {date}.
Absent lors de l'inspection du {date} : hospitalisé à la suite d'{*sante_hospit}.
La requérante a fait {*sante_hospit} deux jours après l'évacuation, hospitalisée à {hopital}.
Transport au {hopital} pour {*sante_hospit}.

@sante.anglais
Resident is {*sante_en}, needs priority evacuation before {heure}.
Caller says her husband is {*sante_en}, water rising since {heure}.
Tenant {*sante_en}, landlord informed on {date}.
Note: occupant {*sante_en}, check on him daily, {muni}.

@sante.abreviations_medicales
Occ. conn. {*sante_abbr}, O2 à domicile, évac. {heure}.
ATCD : {*sante_abbr} + {*sante_abbr} / transp. {hopital}
Vict. {*sante_abbr} connu, glycémie prise à {heure}.
Dx {*sante_abbr} selon la famille, appel {heure}.

@sante.equipement_dependance
Résidente {*sante_equip}, génératrice prioritaire.
Priorité Hydro : occupant avec {*sante_equip}.
Client {*sante_equip} — panne critique.
Le requérant utilise un {*sante_equip}, perdu dans l'inondation.

@sante.detenu_correctionnel
Détenu placé sous surveillance pour {*sante_mentale}.
Le prévenu déclare être atteint de {*sante_med}, médication à vérifier.
Détenue {*sante_grossesse}, transfert vers l'hôpital pour suivi.
Le détenu déclare : {*sante_dep|low}, protocole de sevrage.

@sante.transcription_911
911 : « mon mari fait {*sante_hospit}, il respire pu ben »
Appelante dit que son père a {*sante_cognitif} et qu'il est parti à pied.
« Elle est {*sante_grossesse}, on est pris dans l'eau »
Appel 911 : homme {*sante_handicap} coincé au 2e, fumée dans le corridor.

@sante.tableau_aplati
Condition médicale: {*sante_med} | Mobilité: réduite
Santé={*sante_any};Priorité=1
Besoins particuliers | {*sante_equip} | oui
Antécédents : {*sante_med} ; {*sante_mentale}

@sante.entre_parentheses
Résident du 3e ({*sante_handicap}) évacué par l'échelle.
Occupante âgée (avec {*sante_cognitif}) retrouvée dans la cour.
Le requérant ({*sante_med}) demande une prolongation de délai.
Le locataire ({*sante_dep}) refuse toute aide.

@sante.citation
« Le docteur dit que c'est {*sante_med}, je peux pas rester dans le froid », dit l'occupant.
La fille explique : « ma mère {*sante_pop}, elle comprend pas ».
« Mon gars est {*sante_handicap}, il faut un transport adapté », dit la mère.
« Je prends du {*sante_rx}, mes pilules sont restées dans la maison ».

@sante.sms
madame {*sante_pop|noacc} faut passer la voir
le monsieur du bout est {*sante_handicap|noacc} pis seul
elle est {*sante_grossesse|noacc}, priorite
il prend du {*sante_rx|low} pis ya pu de pilules

@sante.liste_conditions
Conditions déclarées : {*sante_med}; {*sante_med}; {*sante_mentale}
Problèmes de santé / {*sante_med} / {*sante_abbr}
ATCD: {*sante_med}, {*sante_dep}
Besoins : {*sante_equip} ; {*sante_handicap}

@sante.rapport_policier_etat
Contexte : {*sante_mentale}; individu transporté à {hopital} en vertu de la loi P-38.
Le sujet était désorganisé, {*sante_dep}, et a été conduit à l'urgence à {heure}.
Le conducteur, en état de {*sante_blessure}, a été pris en charge par les ambulanciers au {km}.
La personne disparue à {muni} souffre de {*sante_cognitif} selon sa famille.

@sante.perte_autonomie
Occupante : {*sante_autonomie}, ne peut retourner au domicile avant le {date}.
Le requérant est {*sante_autonomie} depuis sa sortie de l'hôpital le {date}.
Mère de l'occupant ({*sante_autonomie}), hébergée avec la famille au {lieupub}.
Résident {*sante_autonomie}, besoin d'un lit à l'hébergement de {muni}.

@sante.cognitif_memoire
Le monsieur — {*sante_cognitif} selon l'infirmière — ne se souvient pas de l'avis d'évacuation.
Résidente avec {*sante_cognitif}, retrouvée par l'équipe cynophile.
Personne avec {*sante_cognitif} portée disparue depuis {heure}.
L'occupant {*sante_cognitif}, sa fille signe les documents.
"""

# ---------------------------------------------------------------------------
# FAMILIES -- courriel
# ---------------------------------------------------------------------------
SPEC_06_COURRIEL = r"""
@courriel.standard_texte
Documents à envoyer à {*email}, le requérant n'a pas de télécopieur.
Le sinistré préfère être joint par courriel : {*email}.
Confirmation de visite envoyée à {*email} le {date}.
Photos des dommages reçues de {*email}.

@courriel.crochets_at
Contact : {*email_crochets}
Le citoyen a laissé son adresse {*email_crochets} au comptoir.
Écrire à {*email_crochets} pour les pièces manquantes.
Courriel du requérant (masqué dans le formulaire web) : {*email_crochets}

@courriel.arobas_en_mots
Le requérant dicte son courriel : {*email_mots}.
Adresse dictée au téléphone : {*email_mots}
Selon la boîte vocale, écrire à {*email_mots}
Courriel noté à la main : {*email_mots}

@courriel.entites_html
Formulaire web reçu — courriel={*email_html}
Réponse automatique envoyée à {*email_html}
Champ « courriel » : {*email_html}
Export du portail : {*email_html} ; statut=soumis

@courriel.espaces_inseres
Courriel (tel qu'écrit) : {*email_espaces}
Écrire au {*email_espaces} svp
Contact : {*email_espaces} (vérifier l'orthographe)
Adresse courriel fournie : {*email_espaces}

@courriel.majuscules
COURRIEL : {*email_up}
ENVOYER AVIS À {*email_up}
Le requérant écrit tout en majuscules : {*email_up}
CONTACT {*email_up} / PRÉFÈRE PAS LE TÉLÉPHONE

@courriel.chiffres_annee
Courriel personnel : {*email_lower_nospace}
Avis d'admissibilité transmis à {*email_lower_nospace}.
Relance par courriel ({*email_lower_nospace}) sans réponse.
Adresse de suivi : {*email_lower_nospace}

@courriel.domaine_employeur
Le requérant utilise son courriel du travail : {*email_pro}
Écrire à {*email_pro} seulement en semaine.
Accusé de réception envoyé à {*email_pro}
Contact pendant les heures de bureau : {*email_pro}

@courriel.at_dot_parentheses
Adresse : {*email_paren}
Joindre le sinistré à {*email_paren}.
Le citoyen a inscrit {*email_paren} pour éviter les pourriels.
courriel: {*email_paren}

@courriel.coquilles_domaine
Courriel inscrit : {*email_coquille} (retour « adresse introuvable »)
Le message à {*email_coquille} est revenu, vérifier l'adresse.
Adresse possiblement erronée : {*email_coquille}
Envoyé à {*email_coquille} — à corriger dans le système

@courriel.mailto_lien
Lien : mailto:{*email}
<a href="mailto:{*email}">écrire au requérant</a>
Cliquer mailto:{*email} pour répondre.
[Courriel](mailto:{*email})

@courriel.tableau_aplati
Nom: voir dossier | Courriel: {*email} | Tél: voir dossier
COURRIEL={*email};PREF_CONTACT=courriel
Coordonnées | {*email} | préférence : soir
contact_email: {*email} ; langue: fr

@courriel.liste_plusieurs
Envoyer copie à : {*email}; {*email}
Destinataires : {*email}, {*email}, {*email}
Courriels des occupants / {*email} / {*email}
cc {*email} ; {*email}

@courriel.anglais
Please send the claim form to {*email}.
Owner's email is {*email}, prefers English.
Email sent to {*email} regarding the inspection.
Contact by email only: {*email}

@courriel.entre_chevrons
De : requérant <{*email}>
Réponse de <{*email}> reçue ce matin.
Transféré par <{*email}> avec photos jointes.
Expéditeur <{*email}> — pièce jointe illisible.

@courriel.entete_transfert
De : {*email} Envoyé : {date} Objet : dommages sous-sol
-----Message d'origine----- De: {*email} À: aide financière
Fwd: {*email} a écrit : « voici les factures »
Le {date}, {*email} a écrit : « je n'ai pas reçu de réponse »

@courriel.sms_minuscules
son email c {*email_lower_nospace}
ecrire a {*email_lower_nospace} pour les papiers
mail: {*email_lower_nospace} pas de cell
courriel {*email_lower_nospace} elle checke le soir

@courriel.fournisseurs_regionaux
Adresse {*email} (fournisseur régional), reçoit peu de courriels.
Le requérant n'a qu'une adresse {*email}.
Courriel : {*email} — connexion Internet intermittente en région.
Contact : {*email} ; internet par satellite

@courriel.citation_dictee
« Mon courriel c'est {*email_mots} », précise la requérante.
« Écrivez-moi à {*email} », dit le propriétaire.
L'occupant répète : « {*email_mots} ».
« C'est {*email}, tout attaché », dit l'appelant.

@courriel.entre_parentheses
Suivi par courriel ({*email}) demandé par la requérante.
La sinistrée (joignable à {*email}) attend la réponse.
Avis transmis (courriel : {*email}) le {date}.
Le locataire (adresse {*email}) veut copie du rapport.

@courriel.souligne_tirets
Adresse : {*email_underscore}
Le requérant écrit : {*email_underscore}
Courriel avec tiret bas : {*email_underscore}
Relancer à {*email_underscore}

@courriel.rapport_policier
Le plaignant a transmis les captures d'écran depuis l'adresse {*email}.
Messages menaçants reçus de l'adresse {*email}.
Le suspect utilise le courriel {*email} sur Marketplace.
Réquisition envoyée au fournisseur pour {*email}.

@courriel.correctionnel
Visite virtuelle planifiée, courriel du visiteur : {*email}.
Le détenu demande que ses documents soient envoyés à {*email}.
Adresse de la personne-ressource à la libération : {*email}.
Courriel de l'avocat de la défense : {*email}
"""

# ---------------------------------------------------------------------------
# FAMILIES -- telephone
# ---------------------------------------------------------------------------
SPEC_07_TELEPHONE = r"""
@telephone.tirets
Rappeler le requérant au {*tel_tiret} après 17 h.
Numéro laissé sur la boîte vocale : {*tel_tiret}.
Contact sur place joignable au {*tel_tiret}.
Le propriétaire demande qu'on l'appelle au {*tel_tiret}.

@telephone.parentheses_indicatif
Tél. : {*tel_par}
Joindre l'occupant au {*tel_par} (soir).
Le sinistré a changé de numéro : {*tel_par}.
Numéro du voisin qui garde la clé : {*tel_par}

@telephone.points
Tél {*tel_points}
Rejoindre au {*tel_points}, laisser message.
Le requérant a écrit {*tel_points} sur le formulaire.
Coordonnées : {*tel_points}

@telephone.espaces
Numéro : {*tel_espaces}
Le citoyen rappelle au {*tel_espaces}.
Joindre au {*tel_espaces} entre 9 h et midi.
Appeler le {*tel_espaces} pour fixer l'inspection.

@telephone.compact_dix_chiffres
tel={*tel_compact}
Numéro importé : {*tel_compact}
Le système affiche {*tel_compact} comme numéro de rappel.
Appelant ID : {*tel_compact}

@telephone.prefixe_un
Rappel interurbain au {*tel_1}.
Le requérant est hébergé chez sa sœur, joindre au {*tel_1}.
Numéro de l'hôtel où loge la famille : {*tel_1}, chambre 12.
Tél. : {*tel_1}

@telephone.poste
Joindre la requérante au travail : {*tel_poste}.
Numéro avec poste : {*tel_poste}
Le sinistré demande d'appeler au {*tel_poste} le midi.
Téléphone (bureau) {*tel_poste}

@telephone.en_mots
Numéro dicté : {*tel_mots}
Le monsieur épelle son numéro : {*tel_mots}.
Boîte vocale : « rappelez-moi au {*tel_mots} ».
Noté en lettres par la répartitrice : {*tel_mots}

@telephone.international_plus
Tél. : {*tel_plus}
Contact à l'étranger (en voyage) : {*tel_plus}
WhatsApp {*tel_plus}
Le propriétaire est en Floride, joindre au {*tel_plus}

@telephone.local_sept_chiffres
Appeler au {*tel_local}, même indicatif.
Le vieux numéro {*tel_local} ne fonctionne plus.
Rappel au {*tel_local} (ligne terrestre).
Tél. local : {*tel_local}

@telephone.ocr_lettres
Formulaire numérisé — tél. {*tel_ocr}
Numéro lu par OCR : {*tel_ocr}
Tel: {*tel_ocr}
Téléphone inscrit (manuscrit) {*tel_ocr}

@telephone.cell_abrege
cell : {*tel_any}
Cel. {*tel_any} (texto seulement)
Le requérant n'a qu'un cellulaire : {*tel_any}.
Cell du fils qui s'occupe du dossier : {*tel_any}

@telephone.tableau_aplati
Tél. rés. : {*tel_tiret} | Cell : {*tel_par}
TEL1={*tel_compact};TEL2={*tel_compact}
Téléphone | {*tel_any} | meilleur moment : soir
Coordonnées → {*tel_any}

@telephone.liste_plusieurs
Numéros à rappeler : {*tel_any}; {*tel_any}; {*tel_any}
Contacts d'urgence / {*tel_any} / {*tel_any}
Rappels faits : {*tel_tiret}, {*tel_tiret}
Voisins joints : {*tel_any} - {*tel_any}

@telephone.anglais
Call back at {*tel_any}, English only.
Owner's cell is {*tel_any}.
Left a voicemail at {*tel_any}.
Phone: {*tel_any} (daytime)

@telephone.transcription_911
911 : numéro de rappel {*tel_any}, appel coupé
L'appelante donne son numéro : « {*tel_any} »
Rappel au {*tel_any} par la répartitrice, aucune réponse
ANI/ALI : {*tel_compact} — sans adresse

@telephone.sms
textez moi au {*tel_any} svp
son cell c {*tel_compact}
rappelle {*tel_any} cest le voisin
rapl au {*tel_local} apres 5h

@telephone.entre_parentheses
La propriétaire (tél. {*tel_any}) attend l'inspecteur.
Le fils ({*tel_any}) gère le dossier de sa mère.
Contact sur place ({*tel_any}) avisé de l'évacuation.
Requérant joint (au {*tel_any}) le {date}.

@telephone.citation
« Appelez-moi au {*tel_any}, je suis chez ma fille ».
Le requérant insiste : « c'est le {*tel_any}, pas l'autre ».
« Mon numéro c'est {*tel_mots} ».
« Vous pouvez laisser un message au {*tel_any} ».

@telephone.detenu_correctionnel
Liste d'appels autorisés du détenu : {*tel_any}; {*tel_any}
Le détenu a tenté d'appeler le {*tel_any}, numéro bloqué (interdit de contact).
Numéro de la personne-ressource à la sortie : {*tel_any}
Appel au {*tel_any} refusé par le système téléphonique.

@telephone.mixte_espace_tiret
Rappeler au {*tel_mixte}.
Numéro du requérant : {*tel_mixte}
Le sinistré est joignable au {*tel_mixte} en soirée.
Tél. {*tel_mixte} (boîte vocale pleine)

@telephone.rapport_policier
Le plaignant a reçu des appels répétés du {*tel_any}.
Le suspect a été identifié grâce au numéro {*tel_any}.
La victime peut être jointe au {*tel_any}.
Relevé téléphonique demandé pour le {*tel_any}.

@telephone.telecopieur
Téléc. du requérant : {*tel_any}
Documents reçus par fax du {*tel_any}.
Le sinistré n'a qu'un télécopieur : {*tel_any}
Envoyer par télécopieur au {*tel_any} (notaire du requérant)
"""

# ---------------------------------------------------------------------------
# FAMILIES -- plaque
# ---------------------------------------------------------------------------
SPEC_08_PLAQUE = r"""
@plaque.quebec_espace
Véhicule immatriculé {*pl_qc_esp} stationné dans la zone inondable.
Camionnette {*pl_qc_esp} abandonnée sur la {route}.
Le VUS {*pl_qc_esp} bloquait l'accès des pompiers.
Auto submergée, plaque {*pl_qc_esp}, propriétaire avisé.

@plaque.quebec_collee
Plaque {*pl_qc_colle} vérifiée au CRPQ, aucun signalement.
Véhicule {*pl_qc_colle} remorqué à la fourrière municipale.
Le conducteur du {*pl_qc_colle} a quitté les lieux.
Immat. {*pl_qc_colle} — véhicule volé retrouvé brûlé

@plaque.quebec_tiret
Véhicule {*pl_qc_tiret} impliqué dans la collision au {km}.
La plaque {*pl_qc_tiret} a été relevée par le témoin.
Pick-up rouge {*pl_qc_tiret} vu quittant le chalet.
Remorquage du {*pl_qc_tiret} demandé par la SQ.

@plaque.chiffres_devant
Véhicule {*pl_qc_num} enlisé dans le rang.
Plaque {*pl_qc_num} inscrite au registre de sortie.
Le {*pl_qc_num} est resté coincé sous l'eau au viaduc.
Voiture grise {*pl_qc_num} stationnée illégalement devant la borne.

@plaque.ontario
Véhicule ontarien {*pl_on} impliqué dans la sortie de route.
Plaque Ontario {*pl_on}, conducteur en visite chez la parenté.
Un camping-car immatriculé {*pl_on} (ON) est resté bloqué par l'eau.
ON {*pl_on} — constat amiable rempli

@plaque.maritimes
Véhicule du Nouveau-Brunswick {*pl_mar} impliqué.
Plaque N.-B. {*pl_mar} relevée sur la 185.
Auto immatriculée en Nouvelle-Écosse ({*pl_mar}) remorquée.
Véhicule de l'Î.-P.-É. {*pl_mar} stationné au quai.

@plaque.commerciale
Camion-remorque {*pl_comm} renversé, déversement de diesel.
Véhicule lourd {*pl_comm} en panne dans la côte.
Camion de livraison {*pl_comm} bloquant la voie.
Le tracteur {*pl_comm} a heurté le garde-fou.

@plaque.remorque_vr
Roulotte {*pl_remorque} emportée par le courant.
Remorque {*pl_remorque} abandonnée sur l'accotement.
VR immatriculé {*pl_remorque} évacué du camping.
Remorque fermée {*pl_remorque} volée dans la cour.

@plaque.moto
Moto {*pl_moto} retrouvée dans le fossé.
Motocycliste ({*pl_moto}) éjecté au {km}.
Plaque moto {*pl_moto} relevée par la caméra.
Motocyclette {*pl_moto} remisée dans le garage inondé.

@plaque.taxi
Taxi {*pl_taxi} impliqué dans la collision au centre-ville.
Le chauffeur du taxi {*pl_taxi} a transporté les évacués.
Taxi immatriculé {*pl_taxi} stationné en double.
Plaque {*pl_taxi} (taxi) relevée par le témoin.

@plaque.majuscules_rapport
VÉH. 1 : {*pl_qc_esp|up} / CAMION / DOMMAGES AVANT
IMMAT. {*pl_qc_colle|up} - REMORQUÉ - FOURRIÈRE
VÉHICULE SUSPECT {*pl_qc_tiret|up} VU À {heure}
PLAQUE {*pl_qc_num|up} - AUCUNE INFO

@plaque.tableau_aplati
Véhicule: Ford F-150 | Plaque: {*pl_qc_esp} | Couleur: blanc
IMMAT={*pl_qc_colle};MARQUE=Toyota;STATUT=remorqué
Plaque | {*pl_any} | Province | QC
veh_plaque: {*pl_any} ; veh_type: VUS

@plaque.liste_plusieurs
Véhicules bloqués : {*pl_any}; {*pl_any}; {*pl_any}
Plaques relevées / {*pl_any} / {*pl_any}
Autos à déplacer : {*pl_any}, {*pl_any}
Véh. impliqués — {*pl_any} - {*pl_any}

@plaque.anglais
Vehicle plate {*pl_any} left in the flood zone.
Car with plate {*pl_any} was towed.
Witness saw a truck, plate {*pl_any}, leaving the scene.
Plate {*pl_any} registered in Quebec, owner notified.

@plaque.sms_minuscules
auto {*pl_qc_low} dans le chemin, on fait quoi
plaque {*pl_qc_low} stationnee devant la borne
le char {*pl_qc_low} bloque la rue
pickup {*pl_qc_low} parti vite vers le lac

@plaque.entre_parentheses
Un VUS (plaque {*pl_any}) a été emporté au gué.
Le véhicule du requérant ({*pl_any}) est une perte totale.
Auto noire ({*pl_any}) vue près de l'entrepôt.
Camionnette (immat. {*pl_any}) stationnée depuis trois jours.

@plaque.transcription_911
911 : témoin donne la plaque « {*pl_any} » d'un véhicule en fuite.
L'appelant lit la plaque : {*pl_any}, auto rouge
« La plaque c'est {*pl_any}, il s'en va vers le village »
Délit de fuite, plaque partielle : {*pl_partielle}

@plaque.ocr_confusion
Plaque lue par le lecteur automatique : {*pl_ocr}
Lecture LAPI : {*pl_ocr} (à valider)
Plaque sur la photo floue : {*pl_ocr}
Transcription du constat : {*pl_ocr}

@plaque.citation
« J'ai noté la plaque, c'est {*pl_any} », dit le témoin.
Le voisin affirme : « c'est le char {*pl_any} qui passe tous les soirs ».
« Mon auto c'est la {*pl_any}, elle est restée dans l'eau ».
Selon la plaignante : « le camion {*pl_any} a reculé dans ma clôture ».

@plaque.etats_unis
Véhicule du Vermont ({*pl_us}) impliqué au poste frontalier.
Plaque New York {*pl_us}, touristes évacués du camping.
Camping-car immatriculé au Maine {*pl_us}.
US plate {*pl_us} — conducteur sans assurance valide

@plaque.partielle
Le témoin n'a vu qu'une partie de la plaque : {*pl_partielle}
Plaque partielle {*pl_partielle}, VUS gris
Suspect à bord d'un véhicule plaque {*pl_partielle} (début seulement)
Délit de fuite : {*pl_partielle}, pick-up noir

@plaque.stationnement_remorquage
Avis de remorquage émis pour {*pl_any} (opération de déneigement).
Le {*pl_any} a été déplacé pour permettre le passage de la niveleuse.
Constat d'infraction au véhicule {*pl_any}.
Fourrière : {*pl_any} réclamé par le propriétaire.

@plaque.autres_provinces
Véhicule albertain {*pl_ouest} impliqué dans l'accident.
Plaque de la Colombie-Britannique {*pl_ouest} relevée au camping.
Auto du Manitoba ({*pl_ouest}) en panne sur la 117.
Véhicule de la Saskatchewan {*pl_ouest} remorqué.
"""

# ---------------------------------------------------------------------------
# FAMILIES -- identifiant
# ---------------------------------------------------------------------------
SPEC_09_IDENT = r"""
@identifiant.nas_espaces
NAS du requérant : {*nas_esp}
Le NAS {*nas_esp} figure sur la demande d'aide.
NAS fourni ({*nas_esp}) pour l'émission du T5007.
Vérifier le NAS {*nas_esp} auprès de Service Canada.

@identifiant.nas_tirets_compact
N.A.S. {*nas_tiret}
No d'assurance sociale : {*nas_tiret}
NAS={*nas_tiret}
Le formulaire indique le NAS {*nas_tiret}.

@identifiant.ramq_carte_soleil
No RAMQ : {*ramq}
Carte d'assurance maladie {*ramq}, exp. 2027
Vict. identifiée avec sa carte soleil {*ramq}.
RAMQ {*ramq} — vérifiée au triage

@identifiant.permis_conduire
Permis de conduire {*permis}, classe 5.
Le conducteur présente le permis {*permis}.
No permis : {*permis} (suspendu)
Vérification SAAQ du permis {*permis} : valide

@identifiant.numero_detenu
Détenu no {*detenu_no} transféré vers {etab}.
No de détenu : {*detenu_no}
Le détenu {*detenu_no} a comparu par visioconférence.
Fiche {*detenu_no} — libération d'office prévue

@identifiant.dossier_sinistre
Dossier de sinistre no {*dossier}
Le requérant mentionne son numéro de dossier ({*dossier}).
Réf. dossier : {*dossier}, en traitement
Paiement lié au dossier {*dossier} émis.

@identifiant.reclamation
No de réclamation {*reclamation}
Réclamation {*reclamation} refusée par l'assureur.
La sinistrée a fourni sa réclamation no {*reclamation}.
Suivi de la réclamation {*reclamation} avec l'expert en sinistre.

@identifiant.police_assurance
Police d'assurance habitation no {*police_ass}
L'assureur confirme la police {*police_ass}, sans couverture inondation.
No de police : {*police_ass}
Copie de la police {*police_ass} au dossier.

@identifiant.tableau_aplati
NAS: {*nas} | RAMQ: {*ramq}
PERMIS={*permis};CLASSE=5
No dossier | {*dossier} | statut | ouvert
réclamation_no: {*reclamation} ; assureur: refus

@identifiant.anglais_sin
SIN: {*nas}, claimant is the owner.
Health card number {*ramq}, expired.
Claim number {*reclamation} with the insurer.
Driver's licence {*permis} seized.

@identifiant.entre_parentheses
Le requérant (NAS {*nas}) est admissible.
Le conducteur (permis {*permis}) a été libéré.
Dossier transmis à l'assureur (réclamation {*reclamation}).
La victime (RAMQ {*ramq}) a été transportée.

@identifiant.liste_plusieurs
NAS des occupants : {*nas}; {*nas}
Dossiers liés : {*dossier} / {*dossier} / {*dossier}
Réclamations : {*reclamation}, {*reclamation}
Permis saisis — {*permis} - {*permis}

@identifiant.passeport
Passeport no {*passeport} présenté comme pièce d'identité.
No de passeport : {*passeport}
Touriste identifié par son passeport ({*passeport}).
Copie du passeport {*passeport} au dossier.

@identifiant.numero_client_hydro
No de client Hydro-Québec : {*client_hydro}
Compte {*client_hydro} — rétablissement prioritaire demandé.
Le requérant fournit son numéro de client ({*client_hydro}).
Facture d'électricité, compte {*client_hydro}, comme preuve de résidence.

@identifiant.sms
nas {*nas} pour le formulaire
no de dossier {*dossier} svp rappeler
sa carte soleil cest {*ramq}
reclam {*reclamation} chez lassureur

@identifiant.rapport_policier
Vérification CRPQ au nom du permis {*permis} : aucun antécédent.
Le suspect a présenté une carte RAMQ ({*ramq}) qui ne lui appartient pas.
Numéro FPS du sujet : {*detenu_no}
Le conducteur n'a pu présenter que son permis {*permis}.

@identifiant.dossier_cour
Dossier de cour {*dossier_cour}, comparution le {date}.
No de dossier judiciaire : {*dossier_cour}
Le prévenu (dossier {*dossier_cour}) est libéré sous conditions.
Ordonnance rendue dans le dossier {*dossier_cour}.

@identifiant.folio_caisse
Dépôt direct au folio {*folio}, transit 815-30123.
No de folio à la Caisse : {*folio}
Chèque remplacé par virement au compte {*folio}.
Le requérant fournit son folio ({*folio}) pour le dépôt.

@identifiant.ocr
N0 RAMQ lu : {*ramq} (numérisation)
NAS illisible, partiellement {*nas}
Formulaire OCR — permis {*permis}
Réclarnation {*reclamation}

@identifiant.citation
« Mon numéro d'assurance sociale c'est {*nas} », dit la requérante.
Le requérant lit sa carte : « {*ramq} ».
« Ma réclamation c'est le {*reclamation} », précise le sinistré.
« Marquez le dossier {*dossier}, c'est celui de ma mère ».

@identifiant.matricule_employe
Matricule de l'employé : {*matricule}
Employé no {*matricule} blessé lors de l'intervention.
Le requérant fournit son matricule ({*matricule}) pour la preuve d'emploi.
Matr. {*matricule} — absent depuis le sinistre

@identifiant.dossier_saaq_cnesst
Dossier SAAQ no {*saaq_cnesst} ouvert après la collision.
Réclamation CNESST {*saaq_cnesst} liée à l'accident de travail.
No de dossier SAAQ : {*saaq_cnesst}
La victime mentionne son dossier CNESST ({*saaq_cnesst}).

@identifiant.majuscules_telegraphique
NAS {*nas|up} VÉRIFIÉ
RAMQ {*ramq|up} - CARTE EXPIRÉE
PERMIS {*permis|up} SAISI SUR PLACE
DOSSIER {*dossier|up} FERMÉ
"""

# ---------------------------------------------------------------------------
# FAMILIES -- lien_familial
# ---------------------------------------------------------------------------
SPEC_10_LIEN = r"""
@lien_familial.elus_municipaux
Propriétaire du chalet inondé : {*lien_elus}.
La plainte a été déposée par {*lien_elus}, ce qui complique le dossier.
Parmi les évacués : {*lien_elus}.
Demande d'aide présentée par {*lien_elus}, traitement normal exigé.

@lien_familial.pompiers_securite
Le feu a pris dans le garage — propriétaire : {*lien_secu}.
La conductrice impliquée est {*lien_secu}.
Selon la rumeur, {*lien_secu} aurait été sur place avant les secours.
Le propriétaire du terrain est {*lien_secu}, conflit d'intérêts signalé.

@lien_familial.police_correctionnel
Le détenu admis ce matin serait {*lien_secu}, protocole de protection.
Le suspect arrêté est {*lien_secu}, enquête confiée à un autre district.
La victime est {*lien_secu}, dossier transféré pour éviter l'apparence de conflit.
Visite autorisée pour {*lien_secu}.

@lien_familial.anciens_defunts
Maison sinistrée : celle qu'occupe {*lien_anciens}.
Le terrain est occupé par {*lien_anciens}, succession non réglée.
Relogement demandé pour {*lien_anciens} au centre d'hébergement.
Selon les voisins, c'est {*lien_anciens} qui a donné l'alerte.

@lien_familial.belle_famille
Le camion en cause est conduit par {*lien_belle}.
Parmi les bénévoles : {*lien_belle}.
L'occupant du chalet est {*lien_belle}.
Réclamation déposée par {*lien_belle}.

@lien_familial.possessif_populaire
C'est {*lien_pop} qui a vu le feu en premier.
La maison où vit {*lien_pop} est isolée par l'eau.
Selon le voisin, {*lien_pop} aurait laissé le poêle allumé.
{*lien_pop|cap} a été évacué en chaloupe.

@lien_familial.anglais
The cottage belongs to {*lien_en}.
Caller identified herself as {*lien_en}.
Among the evacuees was {*lien_en}.
Complaint filed by {*lien_en}.

@lien_familial.entre_parentheses
La requérante ({*lien_any}) demande un traitement rapide.
Le conducteur ({*lien_any}) a été libéré sur promesse de comparaître.
Le propriétaire ({*lien_any}) refuse l'inspection.
Le témoin principal ({*lien_any}) a été rencontré.

@lien_familial.telegraphique_majuscules
PROPR. = {*lien_up}
OCC. : {*lien_up} - ÉVACUÉ
SUSPECT : {*lien_up}
DEMANDEUR {*lien_up} / TRAITEMENT NORMAL

@lien_familial.notables_communautaires
La grange incendiée est exploitée par {*lien_comm}.
{*lien_comm|cap} fait partie des sinistrés du rang.
L'auto impliquée était conduite par {*lien_comm}.
Selon les témoins, {*lien_comm} était présent lors de la bagarre.

@lien_familial.autochtones_chef
Parmi les évacués de la communauté : {*lien_any}.
Le camp de chasse est utilisé par {*lien_any}.
Demande d'aide présentée par {*lien_any} pour la maison de sa famille.
Le conseil signale que {*lien_any} est porté disparu sur le lac.

@lien_familial.ex_conjoints
Le plaignant est {*lien_ex}.
L'ordonnance de non-communication vise {*lien_ex}.
Le chalet incendié était loué par {*lien_ex}.
Dispute signalée chez {*lien_ex}.

@lien_familial.enfants_de
Le jeune arrêté pour le méfait est {*lien_enfant}.
L'adolescent retrouvé sur la glace est {*lien_enfant}.
La conductrice du VTT était {*lien_enfant}.
Parmi les fêtards du chalet se trouvait {*lien_enfant}.

@lien_familial.fratrie
Le bénévole blessé est {*lien_fratrie}.
La maison voisine est habitée par {*lien_fratrie}.
Le détenu reçoit la visite suivante : {*lien_fratrie}.
L'inspection a été faite chez {*lien_fratrie}.

@lien_familial.grands_parents_neveux
Le motoneigiste disparu est {*lien_gp}.
La réclamation concerne la maison où habite {*lien_gp}.
Selon l'enquête, {*lien_gp} aurait allumé le feu de camp.
Relogement demandé pour {*lien_gp}.

@lien_familial.citation
« C'est {*lien_any}, traitez-le comme les autres », dit la directrice.
Le voisin affirme : « le feu a commencé chez {*lien_any} ».
« Je suis {*lien_any}, je veux parler au responsable », dit l'appelante.
« Ma voisine, c'est {*lien_any} », précise le témoin.

@lien_familial.sms
cest {*lien_any|noacc} qui a appele
le chalet a {*lien_pop|low} est dans leau
{*lien_any|noacc} veut un rappel
on a evacue {*lien_pop|low} ce matin

@lien_familial.liste
Évacués du rang : {*lien_any}; {*lien_any}
Témoins rencontrés / {*lien_any} / {*lien_any}
Propriétaires touchés : {*lien_any}, {*lien_any}
Présents lors de la rencontre — {*lien_any} - {*lien_any}

@lien_familial.rapport_policier
L'individu interpellé s'est présenté comme {*lien_any}.
Nous rencontrons {*lien_any}, qui déclare avoir été menacé.
Propriétaire enregistré du véhicule : {*lien_any}.
Les policiers ont reconduit {*lien_any} à son domicile.

@lien_familial.fonctionnaires
Réclamation présentée par {*lien_comm} : doit être traitée par un autre analyste.
L'inspection chez {*lien_elus} a été confiée à une firme externe.
Dossier confidentiel : demandeur = {*lien_secu}.
L'aide versée (bénéficiaire : {*lien_elus}) fait l'objet d'une vérification.

@lien_familial.parrain_cousins
Le bénévole en chaloupe est {*lien_parrain}.
Hébergé chez {*lien_parrain} depuis le sinistre.
Le témoin de la collision est {*lien_parrain}.
La clé du chalet est chez {*lien_parrain}.

@lien_familial.conjoints_actuels
Le véhicule accidenté est conduit par {*lien_ex}.
Relogement temporaire demandé par {*lien_ex}.
Plainte pour bruit contre {*lien_ex}.
L'alerte a été donnée par {*lien_ex}.

@lien_familial.entreprise_locale
Le feu a pris dans la maison qu'habite {*lien_comm}.
La victime de la collision est {*lien_comm}.
La famille hébergée à l'hôtel comprend {*lien_comm}.
Le méfait aurait été commis par {*lien_comm}.
"""

# ---------------------------------------------------------------------------
# FAMILIES -- lieu_travail
# ---------------------------------------------------------------------------
SPEC_11_TRAVAIL = r"""
@lieu_travail.chez_entreprise_ville
Le requérant travaille chez {*emp_ville}, absent lors de l'inspection.
Employé de {*emp_ville}, il a perdu trois semaines de salaire.
Elle est opératrice chez {*emp_ville} et revient le soir seulement.
Le conducteur se rendait au travail chez {*emp_ville}.

@lieu_travail.commerce_de_detail
Employée du {*commerce}, elle a quitté son quart pour évacuer.
Il est gérant au {*commerce} et demande un rendez-vous le matin.
La requérante est caissière chez {*commerce}.
Le sinistré travaille au {*commerce} depuis 15 ans.

@lieu_travail.sante_clsc_chsld
Infirmière au {*clsc}, elle a aidé les voisins avant l'arrivée des secours.
Le requérant est préposé au {*clsc}, horaire de nuit.
La sinistrée travaille au {*clsc} et ne peut se libérer le jour.
Inhalothérapeute au {*clsc}, joignable après 16 h.

@lieu_travail.scolaire_css
Enseignante au {*css}, la requérante a pris congé pour le nettoyage.
Le sinistré est concierge au {*css}.
Elle est éducatrice spécialisée au {*css}.
Chauffeur d'autobus pour le {*css}, absent en semaine.

@lieu_travail.cpe_garderie
La mère est éducatrice au {*cpe}.
Requérante employée du {*cpe}, fermé pendant l'inondation.
Elle travaille au {*cpe} et demande un rappel après 18 h.
Cuisinière au {*cpe}, perte de revenus déclarée.

@lieu_travail.syndicat_local
Le requérant est délégué syndical : {*syndicat}.
Membre de la {*syndicat}, il demande l'aide du fonds de solidarité.
Représentant syndical ({*syndicat}) présent à la rencontre avec le requérant.
Le sinistré est président de la {*syndicat}.

@lieu_travail.ferme_agricole
Le requérant est ouvrier à la {*ferme}, logé sur place.
Employé de la {*ferme}, il a aidé à sortir les animaux.
Elle fait la traite à la {*ferme} matin et soir.
Travailleur saisonnier à la {*ferme}, logement de fonction inondé.

@lieu_travail.cooperative
Le sinistré travaille à la {*coop}.
Employée de la {*coop}, elle a perdu son véhicule dans la crue.
Le requérant est camionneur pour la {*coop}.
Elle est gérante de la {*coop}.

@lieu_travail.conseil_de_bande
La requérante travaille au {*conseil_bande}.
Employé du {*conseil_bande}, il coordonne le retour des familles.
Le sinistré est agent au {*conseil_bande}, horaire variable.
Elle est secrétaire au {*conseil_bande}.

@lieu_travail.quart_poste
Le requérant travaille sur le {*quart}, disponible l'après-midi.
Elle était sur son {*quart} au moment de l'incendie.
Le conducteur revenait de son {*quart}.
Rappeler le sinistré en dehors de son {*quart}.

@lieu_travail.entreprise_familiale
Le requérant travaille à la {*fam_biz}, l'entreprise familiale.
Elle tient la comptabilité chez {*fam_biz}.
Le sinistré est mécanicien au {*fam_biz}.
Employé de {*fam_biz} depuis 20 ans, perte d'outils déclarée.

@lieu_travail.benevolat
La requérante fait du bénévolat ({*benevolat}).
Il fait du bénévolat trois jours par semaine — {*benevolat}.
Bénévole ({*benevolat}), elle a reconnu l'occupant.
Le sinistré est responsable bénévole : {*benevolat}.

@lieu_travail.anglais
The claimant works at {*emp_ville}.
He is employed by {*commerce} and works nights.
She works at the {*clsc} as a nurse.
Owner works for {*emp_ville}, away during the week.

@lieu_travail.mines_forets_chantiers
Le requérant travaille à la {*mine}, en rotation 14/14.
Il était au camp de la {*mine} lors de l'inondation.
La conjointe appelle au nom du requérant, qui est à la {*mine}.
Le sinistré, mineur à la {*mine}, revient dans dix jours.

@lieu_travail.transport_camionnage
Le requérant est chauffeur chez {*transporteur}.
Camionneur pour {*transporteur}, il est sur la route toute la semaine.
Elle est répartitrice chez {*transporteur}.
Le conducteur du camion travaille pour {*transporteur}.

@lieu_travail.restauration
La requérante est serveuse au {*resto}.
Il travaille à la cuisine du {*resto}, quart de soir.
Le sinistré est cuisinier au {*resto}.
Elle est gérante de nuit au {*resto}.

@lieu_travail.telegraphique_majuscules
EMPLOYEUR : {*emp_ville|up}
TRAVAILLE CHEZ {*commerce|up} - DISPO SOIR
EMPLOI : {*clsc|up} (NUIT)
OCC. TRAVAILLE {*fam_biz|up}

@lieu_travail.tableau_aplati
Employeur: {*emp_ville} | Statut: temps plein
EMPLOYEUR={*commerce};REVENU=perdu
Lieu de travail | {*clsc} | Horaire | nuit
employeur_nom: {*fam_biz} ; perte_salaire: oui

@lieu_travail.entre_parentheses
Le requérant (employé de {*emp_ville}) est absent.
La sinistrée (préposée au {*clsc}) demande un rappel.
Le conducteur (chauffeur chez {*transporteur}) a été rencontré.
Le voisin (caissier au {*commerce}) a donné l'alerte.

@lieu_travail.citation
« Je travaille chez {*emp_ville}, je peux pas manquer », dit le requérant.
« Je suis infirmière au {*clsc}, je finis à minuit ».
« Appelez-moi à la {*fam_biz}, je suis là toute la journée ».
La requérante précise : « je suis éducatrice au {*cpe} ».

@lieu_travail.detenu_emploi_anterieur
Avant son incarcération, le détenu travaillait chez {*emp_ville}.
Le contrevenant a un emploi garanti chez {*fam_biz} à sa sortie.
Emploi antérieur du détenu : {*commerce}.
Le détenu participe à un programme, retour prévu chez {*transporteur}.

@lieu_travail.sms
elle travaille au {*commerce|low} jusqua 9h
il est au {*quart|low} rappeler demain
job chez {*emp_ville|low|noacc}
travaille a la {*coop|low} le matin

@lieu_travail.municipal_public_poste
Le requérant est col bleu, affectation : {*municipal}.
Elle travaille, secteur loisirs, pour l'employeur suivant : {*municipal}.
Employé col blanc ({*municipal}), il connaît bien le réseau.
Le sinistré est opérateur, employeur : {*municipal}.
"""

# ---------------------------------------------------------------------------
# FAMILIES -- propre (clean, institutional)
# ---------------------------------------------------------------------------
SPEC_12_PROPRE = r"""
@propre.crue_niveaux
Niveau de la {riv} à {metres}, en hausse de {cm} depuis {heure}.
Débit mesuré à {debit} à la station hydrométrique, seuil de surveillance dépassé.
Station de {muni} : {metres}, stable depuis 6 h.
La {riv} a atteint le seuil d'inondation mineure à {heure}.
Baisse de {cm} du niveau de la {riv} en 24 h, fin de la vigilance prévue {jour}.

@propre.ponts_noms_personnes
Fermeture d'une voie sur le {pont} de {heure} à 5 h pour inspection.
Vents de {vent} : limitation de vitesse sur le {pont}.
Le {pont} est rouvert à la circulation lourde depuis {heure}.
Inspection annuelle du {pont} prévue le {date}.

@propre.hopitaux_noms_personnes
Code orange activé à {heure} : {hop_pers}.
Génératrice en fonction à l'{hop_pers} pendant la panne.
Hausse des consultations à l'urgence de l'{hop_pers} liée à la chaleur.
Exercice d'évacuation réalisé à l'{hop_pers} le {date}.

@propre.ecoles_noms_personnes
Fermeture {jour} en raison de la tempête : {ecole_pers}.
Centre d'hébergement ouvert dans le gymnase ({ecole_pers}), {n2} places.
Exercice d'incendie — {ecole_pers} : évacuation en {n} minutes.
Bris d'aqueduc près de l'établissement ({ecole_pers}), cours annulés {jour}.

@propre.parcs_noms_personnes
Le {parc_pers} est fermé jusqu'à nouvel ordre (arbres tombés).
Arrosage interdit, sauf au {parc_pers} pour les jeux d'eau.
Point de rassemblement au stationnement du {parc_pers}.
Accumulation d'eau dans les sentiers du {parc_pers}.

@propre.rues_noms_personnes
Fermeture : {rue_pers}, entre {heure} et 6 h pour travaux.
Bris d'aqueduc — {rue_pers}, circulation déviée jusqu'à {heure}.
Accumulation de glace ({rue_pers}), épandage en cours depuis {heure}.
Réouverture à {heure} : {rue_pers}.

@propre.titres_officiels
{titre|cap} a décrété l'état d'urgence local à {heure}.
Rencontre entre {titre} et les équipes de la sécurité civile {jour}.
{titre|cap} demande aux citoyens de limiter leurs déplacements.
Point de presse de {titre} prévu à {heure} à l'hôtel de ville.

@propre.aide_financiere_montants
Avance de {montant} versée au titre du programme d'aide financière.
Montant maximal admissible : {montant} pour la résidence principale.
Total des aides versées dans la région : {montant}.
Allocation de départ plafonnée à {montant}.

@propre.routes_km
Fermeture de la {route} au {km}, affaissement de la chaussée.
La {route} est rouverte entre le {km} et la sortie du village.
Détour obligatoire par la {route} pour les véhicules lourds.
Eau sur la chaussée au {km} de la {route}, une voie fermée.

@propre.feux_foret_sopfeu
Feu de forêt de {ha} maîtrisé selon la SOPFEU.
Interdiction de faire des feux à ciel ouvert dans la région de {muni}.
Indice d'inflammabilité extrême, {n} nouveaux feux aujourd'hui.
{n} avions-citernes affectés au brasier près de {muni}.

@propre.verglas_pannes
{n2} 000 clients privés d'électricité à {heure} selon Hydro-Québec.
Accumulation de verglas de {mm} observée à {muni}.
Rétablissement du courant prévu d'ici {jour} soir.
Centres de réchauffement ouverts dans {n} municipalités.

@propre.glissements_terrain
Glissement de terrain sur la rive de la {riv}, aucune résidence touchée.
Évaluation géotechnique demandée pour le talus à {muni}.
Fissures observées sur le talus, périmètre de {n2} m établi.
Le glissement couvre environ {ha}, route locale fermée.

@propre.embacles
Embâcle signalé sur la {riv} près de {muni}.
Dynamitage de l'embâcle prévu {jour} si les conditions le permettent.
L'embâcle s'est dégagé à {heure}, baisse rapide du niveau.
Surveillance de la {riv} par drone, embâcle stable.

@propre.erosion_cotiere
Recul de la côte de {metres} mesuré depuis la dernière tempête.
Enrochement endommagé sur {n2} m à {muni}.
Submersion côtière prévue à marée haute, {heure}.
Le MSP a transmis l'avis de vigilance pour l'érosion côtière.

@propre.statistiques_policieres
{n2} constats d'infraction émis durant l'opération nationale concertée.
Hausse de {pct} des vols de véhicules dans le district.
{n} arrestations pour capacités affaiblies durant le week-end.
Le poste de la MRC a traité {n2} appels au cours du mois.

@propre.correctionnel_statistiques
Population moyenne quotidienne de {n2} personnes à l'établissement.
Taux d'occupation de {pct} au {secteur}.
{n} transferts interétablissements réalisés cette semaine.
Le nombre d'admissions a diminué de {pct} par rapport à {annee}.

@propre.pompiers_interventions
Intervention avec {equip}, feu maîtrisé en {n} minutes.
La {caserne} a répondu à {n2} appels en {annee}.
Entraide de la {caserne} avec {equip} pour l'alimentation en eau.
Inspection préventive de {n2} bâtiments complétée.

@propre.meteo_vents
Rafales de {vent} attendues en soirée, vigilance recommandée.
Température de {temp} avec refroidissement éolien important.
Accumulation de {mm} de pluie en 24 h sur le secteur de {muni}.
Avertissement de chaleur : {temp} prévu {jour}.

@propre.horaires_rencontres
Séance d'information pour les sinistrés {jour} à {heure} au {lieupub}.
Bureau d'aide ouvert de 8 h 30 à {heure}.
Prochaine cellule de crise : {jour}, {heure}.
Point de situation à {heure} avec les partenaires.

@propre.acronymes_organismes
Coordination MSP-{org} en place depuis {heure}.
Le CRSC a été activé, participation de la {org} et du MTMD.
Arrimage avec le CISSS et l'{org} pour l'hébergement.
Rapport transmis à l'OSCQ et à la {org}.

@propre.barrages_centrales
Hausse du débit sortant ({barrage}) à {debit}, riverains avisés.
Ouvrage exploité selon le plan de gestion des crues : {barrage}, {debit}.
Inspection complétée le {date} ({barrage}), aucun problème.
Manœuvre de vannes prévue à {heure} — {barrage}.

@propre.telegraphique_majuscules
ÉTAT D'URGENCE LEVÉ À {heure}
ROUTE FERMÉE {km|up} / DÉTOUR VIA RANG {n}
{n} RÉSIDENCES ÉVACUÉES / CENTRE OUVERT AU {lieupub|up}
CRUE STABLE, PROCHAINE MESURE {heure}

@propre.tableau_aplati
Municipalité: {muni} | Aléa: {alea} | Nb résidences: {n2}
TYPE={alea};NB_EVAC={n};STATUT=en cours
Région | {region} | Résidences touchées | {n2}
alea: {alea} ; niveau: {metres} ; tendance: hausse

@propre.anglais
Water level at {metres} and rising, monitoring continues.
Road closed at {km}, detour in place.
{n} homes evacuated as a precaution.
Power restored to most customers by {heure}.

@propre.sms_abreges
eau monte encore, rapl a {heure}
route fermee au {km} svp avise
centre ouvert {lieupub}, {n} lits dispo
niveau {metres} stable pr linstant

@propre.listes_municipalites
Municipalités touchées : {muni}; {muni}; {muni}
Avis d'ébullition levé / {muni} / {muni}
Secteurs sous surveillance : {muni}, {muni}
Mesures d'urgence actives — {muni} - {muni}

@propre.parentheses_unites
Pluie abondante ({mm}) attendue d'ici {jour}.
La {riv} (débit {debit}) dépasse le seuil de vigilance.
Accumulation de neige importante (plus de {cm}) prévue.
Feu de forêt ({ha}) sous contrôle.

@propre.citations_officielles
« La situation est sous contrôle », a indiqué {titre}.
« Nous demandons aux citoyens de respecter les consignes », rappelle {titre}.
Selon {titre}, « le pire est derrière nous ».
« Les équipes sont mobilisées jour et nuit », affirme {titre}.

@propre.centres_hebergement
Centre d'hébergement ouvert au {lieupub} de {muni}.
{n} personnes hébergées cette nuit, capacité de {n2} lits.
Fermeture du centre d'hébergement prévue {jour}.
Repas servis au {lieupub} par la Croix-Rouge.

@propre.eau_potable_avis
Avis d'ébullition préventif en vigueur à {muni}.
Levée de l'avis de non-consommation à {heure}.
Résultats d'analyse conformes, eau potable rétablie.
Distribution de bouteilles d'eau au {lieupub}.

@propre.evacuations_compte
{n2} résidences évacuées de façon préventive.
Ordre d'évacuation levé pour {n} rues du secteur riverain.
Retour autorisé pour {n2} résidences, inspection requise pour {n}.
Évacuation de {n} chalets accessibles seulement par bateau.

@propre.materiel_sacs_sable
{n2} 000 sacs de sable distribués aux citoyens.
Distribution de sacs de sable au garage municipal de {heure} à 20 h.
Installation de {equip} le long de la rive.
Réserve de sacs de sable épuisée, nouvelle livraison {jour}.

@propre.ouvrages_infrastructures
Ponceau obstrué au {km}, nettoyage par les travaux publics.
Digue temporaire de {n2} m érigée le long de la {riv}.
Station de pompage en fonction depuis {heure}.
Inspection des ouvrages de retenue prévue {jour}.

@propre.communautes_autochtones_institutionnel
Mesures d'urgence activées à {muni_autoch}, évacuation préventive.
Coordination avec le conseil de la communauté de {muni_autoch}.
Vol nolisé prévu pour l'évacuation sanitaire depuis {muni_autoch}.
Fin de l'avis d'ébullition à {muni_autoch}.

@propre.nordique_institutionnel
Vol annulé à {muni_nord} en raison du blizzard.
Réserve d'eau potable basse au village de {muni_nord}.
Panne de la centrale thermique à {muni_nord}, génératrices en fonction.
Le Kativik a ouvert un centre de coordination à {muni_nord}.

@propre.routes_fermees_mtq
Le MTMD annonce la fermeture complète de la {route}.
Réouverture partielle de la {route} prévue {jour} matin.
Chaussée glissante sur la {route}, prudence recommandée.
Travaux d'urgence au {km} de la {route}.

@propre.alertes_quebec_en_alerte
Alerte Québec en alerte envoyée à {heure} pour la région de {region}.
Message d'alerte test prévu le {date}.
Alerte de tornade levée à {heure}.
Avis d'évacuation diffusé par Québec en alerte aux secteurs riverains.

@propre.deneigement_tempete
Opération de déneigement en cours, {n2} km de rues à dégager.
Stationnement interdit dans les rues de {muni} à compter de {heure}.
Accumulation prévue de {cm} de neige d'ici {jour}.
Les écoles de la région de {region} sont fermées.

@propre.matieres_dangereuses
Déversement de {n2} litres de diesel contenu par les pompiers.
Fuite d'ammoniac maîtrisée, périmètre de {n2} m levé.
Urgence-Environnement avisée du déversement dans la {riv}.
Équipe de matières dangereuses en attente à la {caserne}.

@propre.sauvetage_nautique
Intervention de l'équipe de sauvetage nautique sur la {riv}.
La Garde côtière a suspendu les recherches à {heure}.
Embarcation retrouvée à la dérive près de {muni}.
Exercice de sauvetage sur glace le {date}.

@propre.services_correctionnels_programmes
Programme de formation professionnelle offert au {secteur} à compter du {date}.
Visites suspendues à {etab} jusqu'au {date} en raison d'une éclosion.
Fouille générale complétée au {secteur} à {heure}, rien à signaler.
Reprise des activités de travail en établissement {jour}, {n} ateliers ouverts.

@propre.statistiques_pourcentages
{pct} des demandes d'aide ont été traitées.
Hausse de {pct} des appels au 911 durant l'épisode.
{pct} des résidences évacuées ont pu réintégrer leur domicile.
Taux de réponse au sondage : {pct}.

@propre.dates_evenements
Crue du {date} : {n2} résidences touchées.
Tempête du {date}, bilan final transmis au ministère.
Incendie du {date} au centre-ville, cause accidentelle.
Séisme de magnitude 3,{n} ressenti le {date}.

@propre.noms_de_lieux_saints
Crue de la rivière à {muni}, surveillance accrue.
Route fermée entre {muni} et {muni}.
Centre de coordination régional à {muni}.
Panne affectant {muni} et les environs.

@propre.mots_communs_homonymes
Fumée blanche visible à plusieurs kilomètres de {muni}, aucun danger.
Alerte de couleur rouge pour la chaleur extrême ({temp}) {jour}.
La boulangerie industrielle de {muni} a été évacuée, fausse alarme à {heure}.
Pierres et gravier sur la chaussée au {km} après le glissement.
Le niveau de la rivière Rouge reste sous le seuil ({metres}).
Ciel rose au coucher du soleil causé par la fumée des feux ({ha} brûlés).

@propre.correctionnel_operations
Décompte de {heure} complété, aucune anomalie.
Confinement cellulaire au {secteur} de {heure} à midi.
Saisie de {n} téléphones cellulaires lors de la fouille.
Transport de {n} détenus vers le palais de justice.

@propre.collisions_bilan
{n} collisions mineures sur la {route} ce matin.
Carambolage impliquant {n} véhicules au {km}, voies rouvertes.
Bilan du week-end : {n2} accidents, aucun décès.
Sortie de route au {km}, remorquage en cours.

@propre.incendies_bilan
{n2} incendies de bâtiments en {annee} dans la MRC.
Incendie de l'entrepôt maîtrisé après {n} heures.
Cause de l'incendie : défaillance électrique, selon le SSI.
Pertes estimées à {montant} pour le bâtiment commercial.

@propre.programmes_aide
Le programme général d'indemnisation est en vigueur pour {muni}.
Décret publié le {date} pour l'admissibilité des municipalités.
Les demandes doivent être déposées avant le {date}.
Bonification de l'aide pour les entreprises annoncée par {titre}.

@propre.formation_exercices
Exercice de simulation de crue prévu le {date} à {muni}.
Formation sur le PMSC offerte aux élus le {date}.
{n} pompiers ont complété la formation de sauvetage nautique.
Test des sirènes d'alerte {jour} à {heure}.

@propre.ocr_texte_institutionnel
Rapp0rt d'événement : crue printaniére, {n} rés. touchées
Mun1cipalité : {muni} — ALÉA : {alea}
Niveau d'eau mesuré : {metres} (lecture manue11e)
Fin de l'interventi0n à {heure}

@propre.semaine_jour_heure
Réouverture du bureau {jour} à {heure}.
Fermeture de la {route} {jour} soir pour travaux ({km}).
Prochaine mise à jour {jour} à {heure}.
Collecte des débris {jour} dans les secteurs sinistrés de {muni}.

@propre.pompiers_equipements
Achat de {n} appareils respiratoires pour la {caserne}.
Nouveau camion {equip} livré à la {caserne}.
Entretien de l'{equip} prévu {jour}.
{n} bornes d'incendie vérifiées au cours du mois.

@propre.hydrologie_prevision
Prévision de pointe de crue pour {jour} à {metres}.
Le centre d'expertise hydrique prévoit un débit de {debit}.
Fonte rapide attendue avec {temp} et {mm} de pluie.
Scénario de crue 20 ans non atteint pour la {riv}.
"""

# ---------------------------------------------------------------------------
# family spec parsing
# ---------------------------------------------------------------------------

FAMILY_SPEC = "\n".join(v for k, v in sorted(globals().items()) if k.startswith("SPEC_"))

SLOT = re.compile(r"\{(\*?)([a-z0-9_]+)((?:\|[a-z]+)*)\}")


def _parse_spec(spec: str) -> dict[str, tuple[str, ...]]:
    fams: dict[str, list[str]] = {}
    cur = None
    for raw in spec.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            cur = line[1:].strip()
            if cur in fams:
                raise ValueError(f"duplicate family {cur}")
            fams[cur] = []
            continue
        if cur is None:
            raise ValueError(f"template outside family: {line}")
        fams[cur].append(line)
    return {k: tuple(v) for k, v in fams.items()}


FAMILIES = _parse_spec(FAMILY_SPEC)


def family_kind(fam: str) -> str:
    return fam.split(".", 1)[0]


def templates_for(fam: str, split: str) -> tuple[str, ...]:
    b = split_bit(split)
    return tuple(t for i, t in enumerate(FAMILIES[fam]) if i % 2 == b)


def _mods(v: str, mods: str) -> str:
    for m in [x for x in mods.split("|") if x]:
        if m == "up":
            v = v.upper()
        elif m == "low":
            v = v.lower()
        elif m == "noacc":
            v = strip_accents(v)
        elif m == "cap":
            v = v[:1].upper() + v[1:]
        else:
            raise ValueError(f"unknown modifier {m}")
    return v


def _make_value(c: Ctx, name: str, mods: str) -> tuple[str, list[str]]:
    fn = GENS[name][1]
    for _ in range(400):
        mark = len(c.comps)
        v = _mods(fn(c), mods)
        if v and parity(v) == c.bit:
            comps = c.comps[mark:]
            return v, comps
        del c.comps[mark:]
    raise RuntimeError(f"cannot make a {name} value for {c.split}")


_ELIDE = re.compile(r"(^|[\s(«:'])(de|le|la|au|que|De|Le|La|Au|Que) $")
_ELIDED = {"de": "d'", "le": "l'", "la": "l'", "au": "à l'", "que": "qu'"}


def _append(out: str, v: str) -> str:
    """Append v to out, eliding a preceding French article/preposition if needed."""
    if v and _vowel_start(v):
        m = _ELIDE.search(out)
        if m:
            w = m.group(2)
            rep = _ELIDED[w.lower()]
            if w[0].isupper():
                rep = rep[0].upper() + rep[1:]
            out = out[:m.start(2)] + rep
    return out + v


def _render(c: Ctx, tpl: str):
    planted: list[str] = []
    comps: list[str] = []
    out = ""
    pos = 0
    for m in SLOT.finditer(tpl):
        out += tpl[pos:m.start()]
        pos = m.end()
        star, name, mods = m.group(1), m.group(2), m.group(3)
        if star:
            v, cc = _make_value(c, name, mods)
            planted.append(v)
            comps.extend(cc)
        else:
            v = _mods(CTX[name](c.rng), mods)
        out = _append(out, v)
    out += tpl[pos:]
    text = out.strip()
    return text, planted, comps


def _valid(text: str, planted: list[str]) -> bool:
    if len(set(planted)) != len(planted):
        return False
    for v in planted:
        if text.count(v) != 1:
            return False
        for w in planted:
            if w is not v and v in w:
                return False
    return True


def _generate_family(fam: str, split: str, per_family: int, seed: int):
    rng = random.Random(f"hand8-h|{seed}|{split}|{fam}")
    tpls = templates_for(fam, split)
    kind = family_kind(fam)
    out = []
    seen: set[str] = set()
    for i in range(per_family):
        best = None
        for attempt in range(80):
            tpl = tpls[(i + attempt) % len(tpls)] if attempt < len(tpls) else rng.choice(tpls)
            c = Ctx(rng, split)
            text, planted, comps = _render(c, tpl)
            if not _valid(text, planted):
                continue
            if best is None:
                best = (text, planted, comps, tpl)
            if text not in seen:
                best = (text, planted, comps, tpl)
                break
        if best is None:
            raise RuntimeError(f"family {fam}: cannot render a valid cell")
        text, planted, comps, tpl = best
        seen.add(text)
        out.append((Cell(text=text, kind=kind, family=fam, planted=tuple(planted)), tuple(comps), tpl))
    return out


def _generate_full(split: str, per_family: int = 20, seed: int = 0):
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    res = []
    for fam in FAMILIES:
        res.extend(_generate_family(fam, split, per_family, seed))
    return res


def generate(split: str, per_family: int = 20, seed: int = 0) -> list[Cell]:
    return [cell for cell, _, _ in _generate_full(split, per_family, seed)]


# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------

# Names from the name pools that legitimately occur in clean templates because
# they are part of place names (bridges, hospitals, schools, parks, streets,
# dams, municipalities, regions, rivers) named after people or saints.
CLEAN_NAME_EXCEPTIONS = (
    'Aupaluk',
    'Benoît',
    'Boucher',
    'Bécancour',
    'Champlain',
    'Chicoutimi',
    'Daniel',
    'Dorval',
    'Fontaine',
    'Félix',
    'Gabriel',
    'Gatineau',
    'Georges',
    'Johnson',
    'Laberge',
    'Laurier',
    'Leblanc',
    'Leclerc',
    'Lesage',
    'Lin',
    'Lionel',
    'Lucien',
    'Lévesque',
    'Lévis',
    'Marcel',
    'Martin',
    'Mercier',
    'Petit',
    'Raymond',
    'Rimouski',
    'Rivière',
    'Roy',
    'Rémi',
    'Samuel',
    'Simon',
    'Sorel',
    'Vachon',
    'Vallée',
    'Vaudreuil',
    'Wilfrid',
)

_NAME_RE = None


def _name_regex():
    global _NAME_RE
    if _NAME_RE is None:
        names = set(ALL_GIVEN) | set(ALL_SURNAMES) | set(NICKNAMES)
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        _NAME_RE = re.compile(r"(?<![^\W\d_])(?:" + alt + r")(?![^\W\d_])")
    return _NAME_RE


def check(per_family: int = 20, seed: int = 0) -> list[str]:
    problems: list[str] = []
    # structure
    by_kind: dict[str, list[str]] = {}
    for fam, tpls in FAMILIES.items():
        k = family_kind(fam)
        if k not in KINDS and k != "propre":
            problems.append(f"{fam}: unknown kind {k}")
        by_kind.setdefault(k, []).append(fam)
        if len(tpls) < 4:
            problems.append(f"{fam}: only {len(tpls)} templates")
        for s in SPLITS:
            if len(templates_for(fam, s)) < 2:
                problems.append(f"{fam}: <2 templates in {s}")
        if len(set(tpls)) != len(tpls):
            problems.append(f"{fam}: duplicate template inside family")
        for t in tpls:
            slots = SLOT.findall(t)
            stars = [n for st, n, _ in slots if st]
            if k == "propre" and stars:
                problems.append(f"{fam}: planted slot in clean template: {t}")
            if k != "propre" and not stars:
                problems.append(f"{fam}: template without planted slot: {t}")
            if len(stars) > 3:
                problems.append(f"{fam}: more than 3 planted slots: {t}")
            for st, n, mods in slots:
                if st:
                    if n not in GENS:
                        problems.append(f"{fam}: unknown generator {n}")
                    elif GENS[n][0] != k:
                        problems.append(f"{fam}: generator {n} is of kind {GENS[n][0]}")
                elif n not in CTX:
                    problems.append(f"{fam}: unknown context filler {n}")
            if "{" in SLOT.sub("", t) or "}" in SLOT.sub("", t):
                problems.append(f"{fam}: stray brace in {t}")
    for k in KINDS:
        nf = len(by_kind.get(k, []))
        if nf < 22:
            problems.append(f"kind {k}: only {nf} families (<22)")
    if len(by_kind.get("propre", [])) < 50:
        problems.append(f"propre: only {len(by_kind.get('propre', []))} families (<50)")
    # templates disjoint between splits
    tsets = {s: set() for s in SPLITS}
    for fam in FAMILIES:
        for s in SPLITS:
            tsets[s].update(templates_for(fam, s))
    shared_t = tsets[SPLITS[0]] & tsets[SPLITS[1]]
    for t in sorted(shared_t)[:10]:
        problems.append(f"template shared between splits: {t[:70]}")
    if problems:
        return problems
    # generation
    full = {}
    for s in SPLITS:
        try:
            full[s] = _generate_full(s, per_family, seed)
        except Exception as e:  # noqa: BLE001
            problems.append(f"generation failed for {s}: {e!r}")
            return problems
    values = {s: set() for s in SPLITS}
    comps_all = {s: set() for s in SPLITS}
    name_re = _name_regex()
    exc = set(CLEAN_NAME_EXCEPTIONS)
    for s in SPLITS:
        bit = split_bit(s)
        fam_counts: dict[str, int] = {}
        fam_texts: dict[str, set] = {}
        for cell, comps, tpl in full[s]:
            fam_counts[cell.family] = fam_counts.get(cell.family, 0) + 1
            fam_texts.setdefault(cell.family, set()).add(cell.text)
            if cell.kind != family_kind(cell.family):
                problems.append(f"{s} {cell.family}: kind mismatch")
            if tpl not in templates_for(cell.family, s):
                problems.append(f"{s} {cell.family}: template from the wrong split")
            if cell.kind == "propre":
                if cell.planted:
                    problems.append(f"{s} {cell.family}: clean cell with planted values")
                for m in name_re.findall(cell.text):
                    if m not in exc:
                        problems.append(f"{s} {cell.family}: clean cell contains pool name {m!r}: {cell.text}")
            else:
                if not cell.planted or len(cell.planted) > 3:
                    problems.append(f"{s} {cell.family}: {len(cell.planted)} planted values")
            for v in cell.planted:
                if v not in cell.text:
                    problems.append(f"{s} {cell.family}: planted value not in text: {v!r}")
                if parity(v) != bit:
                    problems.append(f"{s} {cell.family}: value {v!r} has wrong parity")
                values[s].add(v)
            for comp in comps:
                if parity(comp) != bit:
                    problems.append(f"{s} {cell.family}: component {comp!r} has wrong parity")
                comps_all[s].add(comp)
            if "{" in cell.text or "}" in cell.text:
                problems.append(f"{s} {cell.family}: unrendered slot: {cell.text}")
        for fam in FAMILIES:
            if fam_counts.get(fam, 0) != per_family:
                problems.append(f"{s} {fam}: {fam_counts.get(fam, 0)} cells instead of {per_family}")
            elif len(fam_texts[fam]) < per_family:
                problems.append(f"{s} {fam}: only {len(fam_texts[fam])} distinct texts")
    shared_v = values[SPLITS[0]] & values[SPLITS[1]]
    for v in sorted(shared_v)[:10]:
        problems.append(f"value shared between splits: {v!r}")
    shared_c = comps_all[SPLITS[0]] & comps_all[SPLITS[1]]
    for v in sorted(shared_c)[:10]:
        problems.append(f"component shared between splits: {v!r}")
    # determinism
    for s in SPLITS:
        again = generate(s, per_family, seed)
        if again != [c for c, _, _ in full[s]]:
            problems.append(f"{s}: generation is not deterministic")
    return problems


def stats(per_family: int = 20, seed: int = 0) -> str:
    lines = []
    by_kind: dict[str, list[str]] = {}
    for fam in FAMILIES:
        by_kind.setdefault(family_kind(fam), []).append(fam)
    ntpl = sum(len(t) for t in FAMILIES.values())
    lines.append(f"families: {len(FAMILIES)}  templates: {ntpl}  per_family: {per_family}")
    data = {s: generate(s, per_family, seed) for s in SPLITS}
    header = f"{'kind':<16}{'families':>9}{'templates':>10}" + "".join(
        f"{s + ' cells':>15}{s + ' values':>16}" for s in SPLITS)
    lines.append(header)
    for k in list(KINDS) + ["propre"]:
        fams = by_kind.get(k, [])
        row = f"{k:<16}{len(fams):>9}{sum(len(FAMILIES[f]) for f in fams):>10}"
        for s in SPLITS:
            cells = [c for c in data[s] if c.kind == k]
            vals = {v for c in cells for v in c.planted}
            row += f"{len(cells):>15}{len(vals):>16}"
        lines.append(row)
    for s in SPLITS:
        cells = data[s]
        npl = sum(len(c.planted) for c in cells)
        words = sum(len(c.text.split()) for c in cells if c.kind == "propre")
        lines.append(f"{s}: {len(cells)} cells, {npl} planted values, "
                     f"{sum(1 for c in cells if c.kind == 'propre')} clean cells ({words} words)")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--split", default="dev8", choices=SPLITS)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--family", default="")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    rc = 0
    if a.check:
        probs = check(a.per_family, a.seed)
        for p in probs:
            print(p)
        print(f"{len(probs)} problem(s)")
        rc = 1 if probs else 0
    if a.stats:
        print(stats(a.per_family, a.seed))
    if a.show:
        cells = [c for c in generate(a.split, a.per_family, a.seed) if c.family.startswith(a.family)]
        for c in cells[:a.show]:
            print(f"[{c.family}] {c.text}  => {list(c.planted)}")
    if not (a.check or a.stats or a.show):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
