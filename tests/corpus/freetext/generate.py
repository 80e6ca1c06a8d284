#!/usr/bin/env python3
"""Independent generator of French (Québec) free-text comment cells with planted personal information.

Held-out measure for the free-text scrubber.  Written from the kind definitions only, without reading the
project's detectors.  Standard library only; deterministic for a given (split, per_family, seed).

Every cell has ``text``, ``kind`` (one of KINDS or "propre"), ``family`` ("kind.description") and ``planted``
(the exact substrings of ``text`` that are personal and must not be published; empty for clean cells).

Splits ("dev", "heldout") never share a planted value:
  * every value pool (names, streets, health terms, employers, e-mail domains, roles ...) is split into two
    halves by alternating its items (an item seen in several pools always lands in the same half);
  * numbers and random codes (ages, civic numbers, birth years, phone numbers, plates, NAS, RAMQ, postal codes,
    file numbers ...) are partitioned by the CRC-32 parity of their normalised digits/letters;
  * each phrasing family has several templates; dev uses the even-indexed ones, heldout the odd-indexed ones.

CLI:  python tests/corpus/freetext/generate.py --split heldout --per-family 20 --out cells.jsonl
"""

import argparse
import json
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass

KINDS = ("nom", "adresse", "age", "sante", "courriel", "telephone", "plaque", "lien_familial", "lieu_travail",
         "date_naissance", "identifiant")
SPLITS = ("dev", "heldout")
__all__ = ["Cell", "KINDS", "SPLITS", "generate", "overlap", "places_named_after_people"]

@dataclass(frozen=True)
class Cell:
    text: str
    kind: str
    family: str
    planted: tuple[str, ...]

def _L(s: str, sep: str = ",") -> list[str]:
    return [x.strip() for x in s.split(sep) if x.strip()]

def _deacc(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))

def _norm(s: str) -> str:
    return "".join(ch for ch in _deacc(s.casefold()) if ch.isalnum())

def _mine(value: str, i: int) -> bool:
    return zlib.crc32(_norm(value).encode()) & 1 == i

# Value pools.  Keys starting with "x:" are shared context/vocabulary (never planted on their own); all the other
# pools are split between dev and heldout.
_COMM = {  # community: (masculine given names, feminine given names, surnames)
    "fc": ("Jean, Pierre, Réjean, Gaétan, Mathieu, Stéphane, Benoît, Yves, Denis, Luc, Normand, Éric, Simon, Rémi, Jacques, Gilles, Martin, Kevin, Maxime, Olivier, Félix, Raymond, Laurent, Marc-André, Jean-François, Jean-Guy, Pierre-Luc, Jean-Philippe, Marc-Olivier, Gabriel, Samuel, François, Mario, Sylvain, Ghislain, Dany, Steve, Jonathan, Alexandre, Guillaume, Jean-Sébastien, Hugo, Vincent, Mathis, Léo, Émile", "Marie, Sylvie, Ginette, Nathalie, Josée, Chantal, Geneviève, Manon, Francine, Isabelle, Guylaine, Jocelyne, Mélanie, Annie, Karine, Hélène, Lise, Véronique, Jessica, Audrey, Camille, Léa, Thérèse, Claudette, Marie-Ève, Anne-Marie, Marie-Claude, Marie-Josée, Nadège, Rosalie, Micheline, Gisèle, Lucie, Julie, Stéphanie, Émilie, Catherine, Marie-Pier, Noémie, Florence, Rachel, Huguette, Denise, Solange", "Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, Bélanger, Lévesque, Bergeron, Leblanc, Paquette, Girard, Simard, Boucher, Caron, Beaulieu, Cloutier, Dubé, Poirier, Fournier, Lapointe, Lefebvre, Poulin, Thibault, St-Pierre, Nadeau, Martel, Gilbert, Hébert, Beaudoin, Vachon, Turcotte, Savard, Bolduc, Charest, Gosselin, Rioux, Drouin, Boivin, Labrecque, Therrien, Brassard, Deschênes, Quirion, Lachance, Bérubé, Veilleux, Chabot, Proulx, Arsenault, Landry, Babin"),
    "en": ("John, Patrick, Brian, Ryan, Douglas, Colin, Graham, Trevor, Michael, Sean, Kenneth, Gordon, Brendan, Stuart", "Mary, Shannon, Heather, Megan, Ashley, Erin, Fiona, Linda, Kathleen, Bridget, Deborah, Maureen, Tara, Gwen", "Smith, McDonald, MacKenzie, Campbell, Johnston, Murphy, Stewart, Wilson, Robertson, Fitzgerald, McLaughlin, Kelly, Brennan, Sullivan, Reid, Murray, Thompson, Henderson, Gallagher, Fraser, Morrison"),
    "aut": ("Pien, Shushep, Tshan, Matthew, Abel, Waylon, Tommy, Kenny, Ernest, Dwayne, Edmund, Wesley", "Manian, Uapukun, Kateri, Minnie, Lucy, Tanya, Shanice, Norma, Lillian, Evelyn, Agathe, Cindy", "Awashish, Petiquay, Ottawa, Flamand, Niquay, Coocoo, Quitich, Moar, Vollant, Mestokosho, Pinette, Kanapé, Ambroise, Jourdain, Bacon, Cheechoo, Mianscum, Bearskin, Blacksmith, Petawabano, Iserhoff, Wapachee, Matoush, Neeposh, Shecapio, Diabo, McComber, Montour, Two-Axe, Goodleaf, Jacobs, Sioui, Gros-Louis, Kistabish, Papatie, Wabanonik, Mowatt, Etapp, Saganash, Coon Come, Happyjack, Polson"),
    "ht": ("Jean-Robert, Fritznel, Jameson, Wilner, Frantz, Dieuseul, Mackenson, Wilfrid, Jean-Ronel, Evens, Wesner, Davidson, Kervens, Ricardo", "Marie-Carmel, Widlyne, Guerline, Rosemène, Fabiola, Nerlande, Roselaure, Marie-Flore, Mirlande, Ketia, Darline, Magalie, Islande, Marjorie", "Joseph, Pierre-Antoine, Jean-Baptiste, Dorvil, Saint-Fleur, Désir, Auguste, Lafortune, Toussaint, Célestin, Fils-Aimé, Exantus, Bien-Aimé, Métellus, Dorsainvil, Guerrier, Alexis, Estimé, Pierre-Charles"),
    "mag": ("Mohamed, Youssef, Karim, Rachid, Amine, Omar, Hicham, Abdelkader, Walid, Mehdi, Nabil, Samir, Bilal, Khaled, Yacine, Mourad", "Fatima, Khadija, Samira, Nadia, Leïla, Noor, Yasmine, Zineb, Meriem, Amira, Houda, Imane, Salma, Rania, Souad, Naïma", "El Amrani, Benali, Haddad, Bouzid, Ben Salah, Cherkaoui, Belkacem, Mansour, Khoury, Saadi, Azzouz, Hamdi, Benjelloun, Chahine, Tazi, Nasser, Bensaïd, Boudiaf, Lahlou, Mekki, Zerrouki, Abou-Khalil, El Idrissi"),
    "vn": ("Minh, Tuan, Quang, Duc, Bao, Hung, Thanh, Van Long, Huy, Khang", "Thi Lan, Huong, Linh, Thuy, Mai, Phuong, Hoa, Ngoc Anh, Thao, Trang", "Nguyen, Tran, Pham, Hoang, Dang, Bui, Huynh, Phan, Truong, Ngo, Dinh, Lam, Luong, Duong"),
    "cn": ("Wei, Jun, Hao, Xiaoming, Jian, Zhiwei, Lei, Yong", "Mei, Li Na, Ying, Xiulan, Fang, Jing, Xiaoli, Yan", "Wang, Zhang, Liu, Chen, Huang, Zhao, Zhou, Yang, Lin, Guo, Sun, Xu"),
    "lat": ("José, Alejandro, Carlos, Luis, Diego, Andrés, Juan Pablo, Mateo, Jorge, Fernando, Santiago, Emilio", "María, Guadalupe, Valentina, Camila, Sofía, Ximena, Daniela, Lucía, Paola, Gabriela, Rosa, Carmen", "García, Rodríguez, Hernández, López, Martínez, González, Pérez, Sánchez, Ramírez, Torres, Flores, Gómez, Vargas, Castillo, Morales, Ortiz, Reyes, Cruz, Mendoza, Aguilar"),
    "waf": ("Mamadou, Ousmane, Ibrahima, Moussa, Cheikh, Adama, Kouadio, Seydou, Boubacar, Abdoulaye, Souleymane, Kofi", "Aminata, Fatoumata, Aïssatou, Mariam, Awa, Akosua, Kadiatou, Ramatoulaye, Nafissatou, Adjoa, Binta, Safiatou", "Diallo, Traoré, Ndiaye, Diop, Coulibaly, Konaté, Sow, Camara, Keïta, Ouédraogo, Kouassi, Sylla, Touré, Bamba, Cissé, Sangaré, Kaboré, Mensah, Fofana, Barry"),
    "eeu": ("Dmitri, Andriy, Piotr, Vasile, Bogdan, Tomasz, Oleksandr, Mihai, Sergei, Pavel, Nikola, Radu", "Oksana, Natalia, Ioana, Katarzyna, Svetlana, Irina, Olena, Agnieszka, Mihaela, Tatiana, Yulia, Milena", "Kowalski, Popescu, Shevchenko, Ivanova, Nowak, Horvath, Petrov, Kovalenko, Wiśniewski, Dumitrescu, Babić, Lewandowska, Bondarenko, Ionescu, Kuznetsov, Zielinski, Marinescu, Tkachenko, Kaczmarek"),
    "sas": ("Rajesh, Sandeep, Arjun, Ravi, Imran, Harjit, Vikram, Anil, Tariq, Suresh, Kamal, Rohan", "Priya, Anjali, Sunita, Deepa, Nirmala, Harpreet, Kavita, Shabnam, Nasreen, Lakshmi, Meena, Ayesha", "Patel, Singh, Sharma, Kaur, Gupta, Khan, Rahman, Chowdhury, Iyer, Sivakumar, Thangarajah, Gill, Sandhu, Hossain, Mehta, Joshi, Reddy, Sidhu, Malik"),
}
_CW = {"fc": 7, "en": 2, "aut": 2, "ht": 2, "mag": 2, "vn": 1, "cn": 1, "lat": 1, "waf": 1, "eeu": 1, "sas": 1}
_CK, _CWV = list(_CW), list(_CW.values())

_POOLS: dict[str, list[str]] = {}
for _k, (_m, _f, _s) in _COMM.items():
    _POOLS[f"gm:{_k}"], _POOLS[f"gf:{_k}"], _POOLS[f"sn:{_k}"] = _L(_m), _L(_f), _L(_s)
_POOLS.update({
    "part": _L("Ben Ammar, Ould Ahmed, Ould Mohamed, Van Houtte, Van den Berg, MacLeod, de Grandpré, De Koninck, du Sablon, Da Silva, dos Santos, de la Cruz, Saint-Onge, Des Rosiers, Vander Elst, Abdel Nour, Aït Ahmed, Bou Saab, Le Bihan, Di Stefano, De Luca, Van Wyk, Mc Nicoll, Du Berger, De Serres, La Rocque"),
    "apos": _L("O'Neill, D'Amours, O'Connor, D'Anjou, L'Heureux, D'Aoust, L'Écuyer, D'Astous, O'Shaughnessy, N'Diaye, D'Auteuil, L'Italien, O'Reilly, D'Arcy, L'Espérance, O'Keefe, D'Avignon, N'Guessan, O'Brien, L'Archevêque"),
    "nick": _L("Ti-Jean, Ti-Guy, Ti-Loup, Coco, Pitou, Ti-Paul, Bouboule, Ti-Mé, Mimi, Fifi, Ti-Pit, Loulou, Nono, Ti-Gus, Bébert, Jojo, Ti-Louis, Tit-Jules, Ti-Bob, Pinotte, Ti-Coune, Ti-Blanc, Minou, Ti-Claude"),
    "street": _L("rue Principale, rue des Érables, rue du Couvent, chemin du Lac-Noir, boulevard Taschereau, rue de l'Église, avenue des Pins, rue Notre-Dame, chemin de la Montagne, rue du Moulin, rue des Bouleaux, chemin de la Rivière, rue du Domaine, avenue des Cèdres, rue de la Gare, rue des Saules, chemin du Ruisseau, rue des Outardes, rue de la Station, rue du Boisé, rue des Hirondelles, boulevard des Pionniers, chemin du Golf, rue de la Plage, rue du Quai, avenue des Peupliers, rue des Merisiers, rue du Vallon, rue Saint-Pierre, avenue Saint-Louis, boulevard Champlain, avenue Laurier, rue Dollard, rue Wellington, rue King, rue Victoria, rue Racine, rue Bégin, rue Commerciale, rue Industrielle, rue Lavigueur, rue Talbot, rue Mgr-Tessier, rue Bellevue, avenue du Belvédère, boulevard Mercier, route du Fleuve, montée du Lac, côte Joyeuse, croissant des Mésanges, place des Tilleuls, impasse des Trembles, rue Saint-Jean-Baptiste, avenue Royale, chemin Sainte-Foy, rue des Cerisiers, chemin du Tour-du-Lac, montée des Pionniers, route des Chutes, boulevard du Séminaire, chemin des Patriotes, avenue de la Fabrique"),
    "en_street": _L("Maple Street, Elm Avenue, Church Street, Main Street, Lakeshore Road, Sunnyside Avenue, Queen Street, Mountain Road, Oak Crescent, Pine Street, Lakeview Drive, Westminster Avenue, Cedar Street, Birch Lane, Beaconsfield Boulevard, Heritage Court, Riverside Drive, Spring Garden Road, Highland Avenue, Brock Street"),
    "rang": _L("rang Saint-Joseph, rang du Bas-de-la-Rivière, rang Double, Grand Rang, rang Sainte-Anne, rang de la Pointe, rang du Nord, rang Petit-Saint-Esprit, rang Saint-Isidore, rang de l'Église, rang Casimir, rang Belle-Rivière, rang du Cordon, rang des Chutes"),
    "gen": _L("trentenaire, quadragénaire, quinquagénaire, sexagénaire, septuagénaire, octogénaire, nonagénaire, centenaire"),
    "dec": _L("vingtaine, trentaine, quarantaine, cinquantaine, soixantaine, soixante-dizaine, quatre-vingtaine"),
    "role": _L("du maire, de la mairesse, du pharmacien, de la pharmacienne, du propriétaire du dépanneur, de la directrice de l'école primaire, du directeur de la polyvalente, du chef pompier, de la notaire, du notaire du village, du médecin de famille du village, de la dentiste, du directeur de la caisse populaire, de la propriétaire de l'épicerie, du conseiller municipal du district 3, de la députée, du président de la fabrique, du chef de police, du propriétaire du bar, du boulanger, du concessionnaire Ford, de la directrice générale de la municipalité, du préfet de la MRC, de la vétérinaire, de l'entraîneur de l'équipe de hockey, du propriétaire de la scierie, du chef de bande, du grand chef, de la brigadière scolaire, du facteur, de la coiffeuse du village, du garagiste, de l'agronome, du propriétaire du camping, de la directrice du CPE, de l'animateur de la radio communautaire, du propriétaire de la ferme laitière, du gardien du barrage, du directeur de la caserne, de l'infirmière du dispensaire, du pasteur, de la propriétaire du motel"),
    "emp": _L("Bombardier, Alcoa, Cascades, Olymel, Exceldor, Agropur, Saputo, Lassonde, BRP, Prevost, Nova Bus, CAE, Pratt & Whitney Canada, Héroux-Devtek, Domtar, Kruger, Produits forestiers Résolu, Premier Tech, Soprema, Teknion, Maibec, Chantier Davie, Canam, Béton Provincial, Bridgestone, Velan, Groupe Lacasse, Sonaca, Louisiana-Pacific, Boisaco, Intertape, Stella-Jones"),
    "chain": _L("au IGA, au Metro, au Maxi, au Super C, au Provigo, au Canadian Tire, au Jean Coutu, au Familiprix, au Pharmaprix, au Tim Hortons, au Couche-Tard, au Dollarama, au Rona, au BMR, au Home Depot, au Walmart, au Costco, au McDonald's, au St-Hubert, à la SAQ, au Bureau en Gros, au Sports Experts, au Réno-Dépôt, au Uniprix, au Subway"),
    "wcity": _L("Mirabel, Saint-Jérôme, Rimouski, Val-d'Or, Drummondville, Granby, Sherbrooke, Trois-Rivières, Shawinigan, Victoriaville, Saint-Hyacinthe, Joliette, Rouyn-Noranda, Sept-Îles, Baie-Comeau, Chicoutimi, Alma, Roberval, Matane, Gaspé, Thetford Mines, Saint-Georges, Lévis, Magog, Cowansville, Sorel-Tracy, Valleyfield, Lachute, Mont-Laurier, Amos, La Tuque, Rivière-du-Loup, Montmagny, Louiseville, Nicolet, Dolbeau-Mistassini, Chibougamau, Gatineau, Maniwaki, Jonquière"),
    "clsc": _L("CLSC de Limoilou, CLSC Hochelaga-Maisonneuve, CLSC de la Haute-Ville, CLSC des Faubourgs, CLSC de Rimouski, CLSC Lac-Saint-Jean-Est, CLSC de Verdun, CLSC Saint-Michel, CLSC de la Vallée-de-la-Gatineau, CLSC Orléans, CLSC de Matane, CLSC Montréal-Nord, CLSC des Maskoutains, CLSC de Charlesbourg, CLSC Ahuntsic, CLSC du Haut-Richelieu, CLSC de Sept-Îles, CLSC Côte-des-Neiges"),
    "chsld": _L("CHSLD de Matane, CHSLD de Saint-Pascal, CHSLD du Boisé, CHSLD des Chenaux, CHSLD Biermans, CHSLD Laurendeau, CHSLD des Seigneurs, CHSLD de la Petite-Nation, CHSLD Paul-Lizotte, CHSLD Yvon-Brunet, CHSLD de Lachine, CHSLD de Gaspé"),
    "cpe": _L("CPE La Ribambelle, CPE Les Petits Mousses, CPE Pomme d'Api, CPE La Marmaille, CPE Les Lucioles, CPE Bambin, CPE La Chenille, CPE Les Coccinelles, CPE Tournesol, CPE Le Petit Train, CPE Les Frimousses, CPE La Pirouette"),
    "school": _L("à l'école primaire du Boisé, à l'école de la Source, à l'école Vision, à la polyvalente des Monts, à l'école des Explorateurs, à l'école primaire de l'Aquarelle, à l'école du Grand-Pavois, à l'école secondaire de la Rivière, à l'école Sainte-Bernadette, à l'école des Bâtisseurs, à la polyvalente de la Forêt, à l'école du Tournesol"),
    "mine": _L("chez Agnico Eagle (LaRonde), à la mine Canadian Malartic, à la mine Raglan, chez ArcelorMittal à Mont-Wright, chez Minerai de fer Québec à Fermont, à la mine Éléonore, à la mine Niobec, à la mine Seleine, chez Eldorado Lamaque, à la mine Westwood, à la mine Casa Berardi, chez Rio Tinto Fer et Titane"),
    "transp": _L("Transport Robert, Groupe Guilbault, Transport Bourassa, TFI International, Transport Lacombe, Transport Morneau, Transport Gilmyr, Transport St-Michel, Transport Héon, Transport Grégoire"),
    "air": _L("Air Inuit à Kuujjuaq, Air Creebec à Val-d'Or, Pascan à Saint-Hubert, Air Liaison à Québec, Exactair à Saint-Honoré, Air Transat à Mirabel, Chrono Aviation à Québec, PAL Airlines à Wabush"),
    "constr": _L("Pomerleau, EBC, Groupe TNT, Construction Polaris, Groupe Excel, Construction Deric, Eurovia, Sintra, Charex, Construction Longer"),
    "biz": _L("du Garage Mécanique Express, de la Boulangerie La Mie Dorée, du Restaurant Le Relais, du casse-croûte Chez Ti-Bi, de la Quincaillerie du Village, du Salon Coiffure Élégance, du Dépanneur du Coin, du Motel Le Bocage, de l'Érablière du Sommet, de la Pourvoirie du Lac-Berval, de la Ferme Bel-Air, du Camping Plage des Sables, de la Fromagerie La Chaudière, de la Microbrasserie du Fjord"),
    "ministere": _L("au ministère de l'Environnement, au ministère des Transports, au ministère de la Famille, à Revenu Québec, au ministère de la Santé, au ministère de l'Agriculture, à Services Québec, au ministère des Forêts, à la Société d'habitation du Québec, au ministère de l'Éducation"),
    "dom": _L("gmail.com, hotmail.com, videotron.ca, outlook.com, yahoo.ca, hotmail.ca, bell.net, sympatico.ca, live.ca, icloud.com, cgocable.ca, globetrotter.net, outlook.fr, yahoo.fr, protonmail.com, me.com, msn.com, cooptel.qc.ca, derytele.com, telus.net, live.com, yahoo.com, cogeco.ca, xplornet.ca, tlb.sympatico.ca, hotmail.fr"),
    "dom_pro": _L("ville.saguenay.qc.ca, csslaval.gouv.qc.ca, ssss.gouv.qc.ca, desjardins.com, ulaval.ca, umontreal.ca, usherbrooke.ca, cegepmontpetit.ca, uqar.ca, mrcdesmaskoutains.qc.ca, hydroquebec.com, cisss-lanaudiere.gouv.qc.ca, bell.ca, videotron.com, ville.quebec.qc.ca, uqam.ca"),
    # health vocabulary (items agree with the person's gender through {e} and {masc/fem})
    "h:onco": _L("sous chimiothérapie, en traitement de chimio, en radiothérapie, atteint{e} d'un cancer du pancréas, en rémission d'une leucémie, atteint{e} d'un cancer du poumon, en traitement pour un lymphome, opéré{e} pour une tumeur au cerveau, atteint{e} d'un cancer du sein, en immunothérapie"),
    "h:rein": _L("sous dialyse, en hémodialyse trois fois par semaine, greffé{e} du rein, en dialyse péritonéale à domicile, en insuffisance rénale, en attente d'une greffe de rein, dialysé{e}, atteint{e} d'insuffisance rénale chronique"),
    "h:diab": _L("diabétique, diabétique de type 1, insulinodépendant{e}, diabétique de type 2, sous pompe à insuline, {sujet/sujette} aux hypoglycémies, prédiabétique, à risque d'acidocétose"),
    "h:resp": _L("sous oxygène à domicile, en oxygénothérapie à domicile, atteint{e} de MPOC, asthmatique sévère, atteint{e} de fibrose pulmonaire, atteint{e} de fibrose kystique, sous oxygène 24 h sur 24, atteint{e} d'emphysème"),
    "h:mob": _L("en fauteuil roulant, en marchette, amputé{e} d'une jambe, paraplégique, quadriplégique, à mobilité réduite, en triporteur, hémiplégique, en béquilles depuis sa fracture, atteint{e} de sclérose en plaques"),
    "h:cog": _L("atteint{e} d'Alzheimer, atteint{e} de démence, en perte cognitive, atteint{e} de la maladie de Parkinson, confus{e} et désorienté{e}, atteint{e} de démence à corps de Lewy, en début d'Alzheimer, atteint{e} de troubles neurocognitifs majeurs"),
    "h:ment": _L("schizophrène, bipolaire, en dépression majeure, suicidaire, en crise psychotique, suivi{e} en psychiatrie, atteint{e} d'un trouble de personnalité limite, en choc post-traumatique, en détresse psychologique sévère, paranoïaque, atteint{e} d'un trouble anxieux sévère"),
    "h:vih": _L("{séropositif/séropositive}, {porteur/porteuse} du VIH, VIH+, sous trithérapie, atteint{e} du sida, atteint{e} d'hépatite C, {porteur/porteuse} de l'hépatite B, en traitement pour la tuberculose"),
    "h:chir": _L("opéré{e} de la hanche la semaine dernière, greffé{e} du cœur, en convalescence après un pontage, {porteur/porteuse} d'une stomie, opéré{e} du genou, en convalescence après une mastectomie, greffé{e} du foie, opéré{e} des cataractes"),
    "h:sens": _L("aveugle, non-voyant{e}, malvoyant{e}, sourd{e}, malentendant{e}, sourd{e} et communique en LSQ, {accompagné/accompagnée} d'un chien-guide, atteint{e} de cécité partielle"),
    "h:di": _L("atteint{e} de déficience intellectuelle, trisomique, autiste non verbal{e}, atteint{e} de paralysie cérébrale, polyhandicapé{e}, atteint{e} du syndrome de l'X fragile, atteint{e} du syndrome de Williams, atteint{e} d'une déficience intellectuelle légère"),
    "h:dep": _L("alcoolique, toxicomane, en cure de désintox, en sevrage d'alcool, {usager/usagère} de drogues injectables, dépendant{e} aux opioïdes, en rechute de consommation, {joueur compulsif/joueuse compulsive}"),
    "h:card": _L("cardiaque, {porteur/porteuse} d'un pacemaker, en insuffisance cardiaque, {porteur/porteuse} d'un défibrillateur, atteint{e} d'angine, victime d'un infarctus le mois passé, en arythmie cardiaque, sous anticoagulants"),
    "h:epi": _L("épileptique, {sujet/sujette} aux convulsions, atteint{e} d'épilepsie non contrôlée, en crise d'épilepsie ce matin, épileptique depuis l'enfance"),
    "h:pall": _L("en soins palliatifs à domicile, en fin de vie, en phase terminale, en attente de l'aide médicale à mourir, en soins de confort, en soins palliatifs"),
    "h:dom": _L("suivi{e} par les soins à domicile du CLSC, en lit d'hôpital à domicile, {porteur/porteuse} d'une sonde urinaire, alimenté{e} par gavage, trachéotomisé{e}, dépendant{e} du lève-personne, en pansements quotidiens pour un ulcère"),
    "h:all": _L("allergique aux arachides, à risque de choc anaphylactique, allergique au latex, allergique aux piqûres d'abeilles, allergique aux fruits de mer, {porteur/porteuse} d'un EpiPen"),
    "h:hosp": _L("hospitalisé{e} pour une pneumonie, aux soins intensifs, hospitalisé{e} en psychiatrie, traité{e} pour hypothermie, intoxiqué{e} au monoxyde de carbone, brûlé{e} au deuxième degré aux mains, en traitement pour une fracture de la hanche, en observation pour une commotion cérébrale, traité{e} pour des engelures aux pieds"),
    "h:alit": _L("alité{e}, grabataire, en perte d'autonomie, incapable de descendre l'escalier seul{e}, atteint{e} d'obésité morbide, incontinent{e}"),
    "h:preg": _L("en grossesse à risque, enceinte de jumeaux, sur le point d'accoucher, en début de grossesse, en travail, enceinte et alitée"),
    "h:med": _L("méthadone, Coumadin, lithium, clozapine, morphine, Eliquis, Suboxone, Xarelto, Seroquel, Dilaudid, Lantus, fentanyl, Ritalin, Epival, Dilantin, Abilify, Lasix, warfarine, Risperdal, Humalog"),
    "h:app": _L("CPAP, BiPAP, concentrateur d'oxygène, respirateur, lit électrique anti-plaies, appareil de dialyse, ventilateur mécanique, nébuliseur, moniteur d'apnée, appareil d'aspiration trachéale"),
    "h:abr": _L("SLA, TSA, SEP, TDAH, IRC, DMLA, TCC, HTA, TPL, TOC, FK, TSPT, AVC"),
    # clean places / institutions named after people (split too, for variety)
    "c:pont": _L("pont Jacques-Cartier, pont Pierre-Laporte, pont Laviolette, pont Honoré-Mercier, pont Samuel-De Champlain, pont Gédéon-Ouimet, pont Louis-Bisson, pont Médéric-Martin, pont Arthur-Sauvé, pont Papineau-Leblanc, pont Pie-IX, pont Victoria, pont Galipeault, pont Serge-Marcil, pont Mgr-Langlois, pont Viau"),
    "c:hop": _L("hôpital Maisonneuve-Rosemont, hôpital Pierre-Le Gardeur, hôpital Charles-Le Moyne, Hôtel-Dieu de Lévis, hôpital Jean-Talon, hôpital Pierre-Boucher, hôpital de l'Enfant-Jésus, hôpital Honoré-Mercier, hôpital Anna-Laberge, hôpital Santa Cabrini, hôpital Fleury, hôpital Saint-François d'Assise, hôpital Brome-Missisquoi-Perkins, hôpital Sainte-Croix, Institut Philippe-Pinel, hôpital Laurentien"),
    "c:ecole": _L("école secondaire Louis-Joseph-Papineau, école secondaire Jeanne-Mance, école secondaire Joseph-François-Perrault, école Pierre-Dupuy, école secondaire Antoine-Brossard, école secondaire Georges-Vanier, école Joseph-Charbonneau, école secondaire Henri-Bourassa, école secondaire Jean-Jacques-Bertrand, école primaire Marguerite-Bourgeoys, école secondaire Pierre-Laporte, école Louis-Riel, école Paul-Hubert, école secondaire Marie-Anne"),
    "c:parc": _L("parc Jean-Drapeau, parc La Fontaine, parc Maisonneuve, parc Jarry, parc Frédéric-Back, parc Angrignon, parc Marie-Victorin, parc Michel-Chartrand, parc Pierre-Bédard, parc Émilie-Gamelin, parc Louis-Hébert, parc Jacques-Cartier"),
    "c:boul": _L("boulevard René-Lévesque, rue Jean-Talon, boulevard Henri-Bourassa, boulevard Wilfrid-Hamel, autoroute Félix-Leclerc, boulevard Robert-Bourassa, avenue Papineau, boulevard Pie-IX, boulevard Marcel-Laurin, autoroute Jean-Lesage, boulevard Maurice-Duplessis, avenue Cartier, boulevard Guillaume-Couture, boulevard Jacques-Bédard, boulevard Louis-Fréchette, boulevard Lionel-Boulet, boulevard Gérard-D.-Levesque, rue Marie-Anne"),
    "c:muni": _L("Saint-Jean-sur-Richelieu, Sainte-Anne-des-Monts, Saint-Georges, Sainte-Marie, Saint-Hyacinthe, Sainte-Agathe-des-Monts, Saint-Jérôme, Sainte-Julie, Saint-Eustache, Saint-Raymond, Sainte-Thérèse, Saint-Lin–Laurentides, Saint-Joseph-de-Beauce, Sainte-Marthe-sur-le-Lac, Saint-Sauveur, Saint-Félicien, Sainte-Adèle, Saint-Zotique, Notre-Dame-des-Prairies, Saint-Charles-Borromée, Saint-André-Avellin, Sainte-Anne-de-Beaupré, Saint-Siméon, Saint-Ambroise, Sainte-Catherine-de-la-Jacques-Cartier, Saint-Gabriel-de-Brandon, Sainte-Béatrix, Saint-Michel-des-Saints, Saint-Roch-de-l'Achigan, Saint-Pacôme"),
    "c:cegep": _L("cégep Marie-Victorin, cégep Édouard-Montpetit, cégep André-Laurendeau, cégep Lionel-Groulx, cégep Gérald-Godin, cégep François-Xavier-Garneau, collège John-Abbott, cégep Montmorency, collège Dawson, collège Vanier, cégep de Saint-Jérôme, cégep de Saint-Hyacinthe"),
    "c:aero": _L("aéroport Jean-Lesage, aéroport Montréal-Trudeau, aéroport Roland-Désourdy, aéroport Pierre-Elliott-Trudeau"),
    "c:barrage": _L("barrage Daniel-Johnson, barrage Jean-Lesage, barrage Mercier, barrage Gouin, barrage Sainte-Marguerite, barrage René-Lévesque"),
    "c:arena": _L("aréna Maurice-Richard, aréna Jacques-Lemaire, aréna Raymond-Bourque, aréna Marcel-Dutil, aréna Camillien-Houde, aréna Henri-Richard, aréna Jean-Rougeau, aréna Rodrigue-Gilbert"),
    "c:metro": _L("station Berri-UQAM, station Papineau, station Jean-Talon, station Georges-Vanier, station Lionel-Groulx, station Henri-Bourassa, station Honoré-Beaugrand, station Édouard-Montpetit, station Jean-Drapeau, station Pie-IX, station Préfontaine, station Frontenac, station De Castelnau, station Charlevoix"),
    "c:eglise": _L("église Saint-Roch, église Sainte-Famille, église Saint-Charles-Borromée, église Sainte-Cécile, église Saint-Jean-Baptiste, église Saint-Michel, église Sainte-Brigide, église Saint-Sauveur"),
    "c:region": _L("Abitibi-Témiscamingue, Gaspésie, Îles-de-la-Madeleine, Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, Côte-Nord, Nord-du-Québec, Mauricie, Estrie, Outaouais, Laurentides, Lanaudière, Montérégie, Chaudière-Appalaches, Centre-du-Québec, Capitale-Nationale, Charlevoix, Beauce"),
    "c:autoch": _L("Mashteuiatsh, Kahnawake, Uashat mak Mani-utenam, Wendake, Kanesatake, Manawan, Wemotaci, Opitciwan, Pessamit, Essipit, Ekuanitshit, Nutashkuan, Unamen Shipu, Pakua Shipi, Matimekush-Lac John, Kawawachikamach, Mistissini, Waswanipi, Chisasibi, Wemindji, Kitigan Zibi, Lac-Simon, Pikogan, Listuguj, Gesgapegiag, Odanak, Wôlinak, Kuujjuaq, Puvirnituq, Kitcisakik"),
    "c:riv": _L("rivière Chaudière, rivière des Mille Îles, rivière Richelieu, rivière Saint-Charles, rivière Rouge, rivière du Lièvre, rivière Etchemin, rivière Saint-François, rivière Montmorency, rivière Batiscan, rivière Matane, rivière Yamaska, rivière Saint-Maurice, rivière des Prairies"),
    "c:route": _L("route 138, route 132, route 117, route 155, route 175, route 170, route 112, route 389, route 199, route 116, route 169, route 185"),
    # shared context vocabulary
    "x:ctx": _L("Sous-sol inondé, environ 40 cm d'eau.|Résidence évacuée de façon préventive.|Hébergement d'urgence par la Croix-Rouge pour 72 h.|Route d'accès fermée par le MTQ.|Panne d'électricité depuis hier soir.|Arbres tombés sur les fils à cause du verglas.|Glissement de terrain derrière le cabanon.|Refoulement d'égout au sous-sol.|Puits artésien contaminé, eau embouteillée livrée.|Pompiers sur place, feu maîtrisé.|Fissures dans la fondation après le dégel.|Évacuation en chaloupe par les pompiers.|Génératrice prêtée par la municipalité.|Toiture endommagée par les vents.|Inspection du bâtiment prévue demain matin.|Pompes installées par les travaux publics.|Demande d'aide financière à ouvrir.|Hébergement temporaire au centre communautaire.|Détecteur de CO déclenché, ventilation faite.|Niveau d'eau encore en hausse ce soir.|Sacs de sable livrés en après-midi.|Chemin privé emporté par le ruisseau.|Rappel prévu dans 24 h.|Dossier transféré à la direction régionale.|Aucun dommage à la structure selon le SSI.|Bâtiment barricadé en attente de l'expert.|Fosse septique débordée, risque sanitaire.|Électricité coupée par Hydro-Québec par précaution.|Avis d'ébullition en vigueur.|Visite de l'inspecteur municipal à planifier.|Besoin de déshumidificateurs.|Glaces accumulées sur le terrain.|Réservoir d'huile renversé, Environnement avisé.", "|"),
    "x:ev": _L("inondation, refoulement d'égout, verglas, glissement de terrain, feu de forêt, tempête de neige, panne de courant, embâcle, vents violents, feu de cheminée, fuite de gaz, érosion côtière"),
    "x:vil": _L("Rimouski, Gatineau, Sherbrooke, Saguenay, Lévis, Trois-Rivières, Drummondville, Granby, Rouyn-Noranda, Baie-Comeau, Gaspé, Mont-Laurier, Shawinigan, Victoriaville, Matane, Amos, La Malbaie, Montmagny, Rivière-du-Loup, Val-d'Or, Sept-Îles, Alma, Roberval, Joliette, Thetford Mines, Maniwaki, Carleton"),
    "x:pers_m": _L("le locataire, le propriétaire, l'occupant, le résident du sous-sol, le sinistré, le monsieur du rez-de-chaussée, le requérant, le voisin d'en face, le locataire du 2e"),
    "x:pers_f": _L("la locataire, la propriétaire, l'occupante, la résidente du sous-sol, la sinistrée, la dame du rez-de-chaussée, la requérante, la voisine d'en face, la locataire du 2e"),
    "x:rue": _L("de la rue Notre-Dame, de la rue Principale, du boulevard Saint-Joseph, de la rue King, de l'avenue du Parc, de la rue Saint-Jean, du chemin Sainte-Foy, de la rue Wellington, de la 3e Avenue, de la rue de l'Église"),
    "x:sect": _L("Domaine-des-Pins, Bas-de-la-Rivière, Vieux-Port, Île-Mercier, Baie-des-Sables, Petite-Rivière, Lac-des-Îles, Pointe-aux-Outardes, Val-des-Bois, Haute-Ville"),
    "x:rtn": _L("132, 138, 117, 155, 169, 175, 185, 199, 112, 116, 131, 148, 158, 170, 172, 173, 204, 232, 281, 309, 335"),
    "x:job": _L("{soudeur/soudeuse}, machiniste, {journalier/journalière}, {opérateur/opératrice} de chariot élévateur, {mécanicien industriel/mécanicienne industrielle}, {électricien/électricienne}, {technicien/technicienne} de laboratoire, commis d'entrepôt, {contremaître/contremaîtresse}, {ingénieur/ingénieure}, cariste, {opérateur/opératrice} de production, {inspecteur/inspectrice} qualité"),
    "x:job_c": _L("{caissier/caissière}, commis, {gérant/gérante}, {boucher/bouchère}, {pharmacien/pharmacienne}, {assistant-gérant/assistante-gérante}, {préposé/préposée} aux fruits et légumes, {boulanger/boulangère}, commis de plancher, {livreur/livreuse}"),
    "x:job_h": _L("{infirmier/infirmière}, {travailleur social/travailleuse sociale}, ergothérapeute, {auxiliaire familial/auxiliaire familiale}, physiothérapeute, nutritionniste, {infirmier auxiliaire/infirmière auxiliaire}, {psychoéducateur/psychoéducatrice}"),
    "x:job_h2": _L("{infirmier/infirmière}, {préposé/préposée} aux bénéficiaires, inhalothérapeute, médecin, {brancardier/brancardière}, {agent/agente} de sécurité, {infirmier clinicien/infirmière clinicienne}"),
    "x:unit": _L("à l'urgence, aux soins intensifs, au bloc opératoire, à la maternité, en oncologie, en gériatrie"),
    "x:matiere": _L("français, mathématiques, soins infirmiers, philosophie, techniques policières, génie mécanique, éducation physique, chimie"),
    "x:mun_job": _L("col bleu, {inspecteur municipal/inspectrice municipale}, {brigadier scolaire/brigadière scolaire}, {greffier/greffière}, {opérateur/opératrice} à l'usine d'eau potable, {journalier/journalière} aux travaux publics, {pompier/pompière} à temps partiel"),
    "x:pubjob": _L("{monteur/monteuse} de lignes chez Hydro-Québec à, {répartiteur/répartitrice} au centre 911 de, {agent/agente} à la SAAQ de, {employé/employée} du MTQ au centre de services de, {facteur/factrice} chez Postes Canada à, {technicien/technicienne} à la base de la SOPFEU de, {agent correctionnel/agente correctionnelle} à l'établissement de"),
    "x:air_job": _L("pilote, {agent/agente} de bord, {mécanicien/mécanicienne} d'avion, {répartiteur/répartitrice} de vols"),
    "x:const_job": _L("{charpentier-menuisier/charpentière-menuisière}, {grutier/grutière}, {opérateur/opératrice} de pelle, {ferrailleur/ferrailleuse}, {signaleur routier/signaleuse routière}"),
    "x:job_en": _L("welder, machinist, forklift operator, warehouse clerk, maintenance mechanic, production supervisor, lab technician, truck driver"),
})

_HANY = ["onco", "rein", "diab", "resp", "mob", "cog", "ment", "vih", "chir", "sens", "di", "dep", "card", "epi",
         "pall", "dom", "all", "hosp", "alit"]
_PLACE_POOLS = ["c:pont", "c:hop", "c:ecole", "c:parc", "c:boul", "c:muni", "c:cegep", "c:aero", "c:barrage",
                "c:arena", "c:metro", "c:eglise"]

_NAME_POOL = re.compile(r"^(gm|gf|sn):|^(part|apos|nick)$")
_NAME_STOP = {"de", "du", "la", "le", "des", "van", "den", "ben", "ould", "mac", "abou", "abdel", "ait", "bou", "dos",
              "vander", "saint", "sainte", "tit"}

def _build_halves():
    """Alternate each pool's items between the halves; an item (or, for names, a name token such as "Jean" in
    "Jean-Guy" / "Ti-Jean") already assigned keeps its half, so no value is shared across splits."""
    seen: dict[str, int] = {}
    halves: tuple[dict, dict] = ({}, {})
    for name, items in _POOLS.items():
        if name.startswith("x:"):
            halves[0][name] = halves[1][name] = list(items)
            continue
        h, t = ([], []), 0
        for it in items:
            toks = [x for x in map(_norm, re.split(r"[\s'-]+", it)) if len(x) >= 3 and x not in _NAME_STOP] \
                if _NAME_POOL.match(name) else []
            k = _norm(it)
            if k not in seen:
                prior = [seen["tok:" + x] for x in toks if "tok:" + x in seen]
                seen[k], t = (prior[0], t) if prior else (t % 2, t + 1)
            for x in toks:
                seen.setdefault("tok:" + x, seen[k])
            h[seen[k]].append(it)
        assert h[0] and h[1], f"pool {name} cannot be split"
        halves[0][name], halves[1][name] = h
    return halves

_HALVES = _build_halves()

class _C:
    """Per-cell drawing context: rng, split half, gender, context cache."""

    def __init__(self, r: random.Random, i: int, g: str | None = None):
        self.r, self.i, self.P = r, i, _HALVES[i]
        self.g = g or r.choice("mf")
        self.cc: dict[str, str] = {}

    def pick(self, k):
        return self.r.choice(self.P[k])

    def draw(self, fn):
        for _ in range(2000):
            v = fn()
            if _mine(v, self.i):
                return v
        raise RuntimeError("cannot draw a value for this split")

    def num(self, lo, hi):
        return int(self.draw(lambda: str(self.r.randint(lo, hi))))

# Small helpers: gender agreement, French number words, typos
def _agree(s: str, g: str) -> str:
    s = re.sub(r"\{([^{}/]*)/([^{}/]*)\}", lambda m: m.group(2) if g == "f" else m.group(1), s)
    return s.replace("{e}", "e" if g == "f" else "").replace("{E}", "E" if g == "f" else "")

_U = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
      "dix-huit dix-neuf").split()
_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}

def _words(n: int) -> str:
    if n < 20:
        return _U[n]
    if n < 70:
        t, u = divmod(n, 10)
        return _T[t] + ("" if u == 0 else " et un" if u == 1 else "-" + _U[u])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _U[n - 60]
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + _U[n - 80]
    return "cent" + ("" if n == 100 else " " + _words(n - 100))

def _year_words(y: int, qc: bool = False) -> str:
    if y >= 2000:
        return "deux mille" + (" " + _words(y - 2000) if y > 2000 else "")
    head = "dix-neuf cent" if qc else "mil neuf cent"
    return head + (" " + _words(y - 1900) if y > 1900 else "")

def _typo(s: str, r: random.Random) -> str:
    d, es = _deacc(s), [i for i, ch in enumerate(s) if ch == "e" and i > 0]
    idx = [i for i in range(1, len(s) - 2) if s[i].isalpha() and s[i + 1].isalpha()] or [0]
    i, j, k = r.choice(idx), r.choice(idx), r.choice(idx)
    cands = [d, d.lower(), s.lower(), s.replace("ay", "ey", 1), s[:i] + s[i + 1] + s[i] + s[i + 2:],
             s[:j] + s[j] + s[j:], s[:k] + s[k + 1:]] + [s[:e] + "é" + s[e + 1:] for e in es[:1]]
    return r.choice([x for x in cands if x != s])

def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", _deacc(s).lower())

# Planted-value generators (slot name -> function(ctx) -> str)
def _comm(c):
    return c.r.choices(_CK, _CWV)[0]

def _gv(c, g=None, comm=None):
    return c.pick(("gm:" if (g or c.g) == "m" else "gf:") + (comm or _comm(c)))

def _sn(c, comm=None):
    return c.pick("sn:" + (comm or _comm(c)))

def _full(c, g=None, comm=None):
    comm = comm or _comm(c)
    return f"{_gv(c, g, comm if c.r.random() < .85 else None)} {_sn(c, comm)}"

def _ini(c):
    gv, sn = _gv(c), _sn(c)
    gi = "-".join(p[0] + "." for p in gv.split("-"))
    return c.r.choice([f"{gi} {sn}", f"{gi} {sn}", f"{gv} {sn[0]}.", f"{gi.replace('.', '').replace('-', '')} {sn}"])

def _ii(c):
    def mk():
        a, b = _gv(c)[0], _sn(c)[0]
        return c.r.choice([f"{a}.{b}.", f"{a}{b}", f"{a}. {b}."])
    return c.draw(mk)

def _hys(c):
    while True:
        a, b = _sn(c, "fc"), _sn(c)
        if a != b and " " not in a + b and "-" not in a + b:
            return f"{a}-{b}"

def _civ(c):
    return c.num(*c.r.choice([(1, 99), (100, 999), (100, 999), (1000, 9999), (10000, 12999)]))

def _street(c):
    t, rest = c.pick("street").split(" ", 1)
    return t, rest

_ABBR = {"boulevard": "boul.", "chemin": "ch.", "avenue": "av.", "route": "rte", "montée": "mtée", "place": "pl.",
         "croissant": "crois.", "impasse": "imp."}
_ART = {"rue": "de la ", "avenue": "de l'", "boulevard": "du ", "chemin": "du ", "route": "de la ", "montée": "de la ",
        "place": "de la ", "croissant": "du ", "impasse": "de l'", "côte": "de la "}

def _adr(c):
    t, rest = _street(c)
    return f"{_civ(c)}{c.r.choice([', ', ' '])}{t} {rest}"

def _adb(c):
    while True:
        t, rest = _street(c)
        if t in _ABBR:
            return f"{_civ(c)} {_ABBR[t]} {rest}"

def _ada(c):
    t, rest = _street(c)
    n = _civ(c)
    return c.r.choice([f"{t} {rest}, no {n}", f"{t} {rest}, numéro {n}", f"{t} {rest} {n}", f"{t} {rest}, n° {n}"])

def _pc(c):
    a = "ABCEGHJKLMNPRSTVXY"
    return c.draw(lambda: f"{c.r.choice('GHJ')}{c.r.randint(0, 9)}{c.r.choice(a)} "
                          f"{c.r.randint(0, 9)}{c.r.choice(a)}{c.r.randint(0, 9)}")

def _adf(c):
    t, rest = _street(c)
    n, city, pc = _civ(c), c.pick("wcity"), _pc(c)
    return c.r.choice([f"{n}, {t} {rest}, {city} (Québec) {pc}", f"{n} {t} {rest}, {city}, QC {pc}",
                       f"{n} {t} {rest} {city} {pc}"])

def _rang(c):
    n = _civ(c)
    k = c.r.randint(1, 12)
    return c.r.choice([f"{n}, rang {k}", f"{n}, {k}e Rang", f"{n}, {c.pick('rang')}", f"{n} {c.pick('rang')}"])

def _age_h(c):
    k = c.num(1, 12)
    a = "an" if k == 1 else "ans"
    return c.r.choice([f"{k} {a} et demi", f"{k} {a} 1/2", f"{k} ½ {a}"])

def _agl(c):
    while True:
        a, b = sorted((c.num(1, 16), c.num(1, 16)))
        if a != b:
            return f"{a} et {b} ans"

_MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_MABR = "janv. févr. mars avr. mai juin juill. août sept. oct. nov. déc.".split()
_MEN = "January February March April May June July August September October November December".split()

def _dob(c, day=None):
    y = c.num(1925, 2012)
    return (day or c.r.randint(1, 28)), c.r.randint(1, 12), y

def _dn(fmt):
    def f(c):
        d, m, y = _dob(c, 1 if fmt == "PREM" else None)
        mo, d1 = _MOIS[m - 1], ("1er" if d == 1 else str(d))
        return {
            "L": f"{d1} {mo} {y}", "PREM": c.r.choice([f"premier {mo} {y}", f"1er {mo} {y}"]),
            "ISO": f"{y}-{m:02}-{d:02}", "DMY": f"{d:02}/{m:02}/{y}", "DMY2": f"{d:02}/{m:02}/{y % 100:02}",
            "DASH": f"{d:02}-{m:02}-{y}", "DOT": f"{d:02}.{m:02}.{y}", "COMP": f"{y}{m:02}{d:02}",
            "ABR": f"{d} {_MABR[m - 1]} {y}", "EN": f"{_MEN[m - 1]} {d}, {y}", "MY": f"{mo} {y}",
            "WORDS": f"{'premier' if d == 1 else _words(d)} {mo} {_year_words(y)}", "UP": f"{d1} {mo} {y}".upper(),
            "YSL": f"{y}/{m:02}/{d:02}", "S": f"{d}/{m}/{y}", "L2": f"{d1} {mo} {y % 100:02}",
            "QC": f"{d1} {mo} {_year_words(y, qc=True)}", "NA": _deacc(f"{d1} {mo} {y}"),
        }[fmt]
    return f

def _ph(c, toll=False):
    areas = (800, 888, 877, 866, 855, 844) if toll else (514, 438, 263, 450, 579, 354, 418, 581, 367, 819, 873, 468)
    while True:
        a = c.r.choice(areas)
        e, l = (555, c.r.randint(100, 199)) if c.r.random() < .35 else (c.r.randint(200, 999), c.r.randint(0, 9999))
        if e % 100 != 11 and _mine(f"{a}{e}{l:04}", c.i):
            return str(a), str(e), f"{l:04}"

def _tel(style, toll=False):
    def f(c):
        a, e, l = _ph(c, toll)
        s = style or c.r.choice(["d", "p", "sp", "dot", "psp"])
        return {"d": f"{a}-{e}-{l}", "p": f"({a}) {e}-{l}", "dot": f"{a}.{e}.{l}", "sp": f"{a} {e} {l}",
                "psp": f"({a}) {e} {l}", "c": f"{a}{e}{l}", "sl": f"{a}/{e}/{l}",
                "int": c.r.choice([f"+1-{a}-{e}-{l}", f"+1 {a} {e} {l}", f"+1 ({a}) {e}-{l}", f"+1{a}{e}{l}"]),
                "one": c.r.choice([f"1-{a}-{e}-{l}", f"1 {a} {e} {l}", f"1 ({a}) {e}-{l}", f"1{a}{e}{l}"]),
                "tf": c.r.choice([f"1 {a} {e} {l}", f"1-{a}-{e}-{l}", f"{a}-{e}-{l}", f"1 ({a}) {e}-{l}"]),
                "mix": c.r.choice([f"({a}){e}-{l}", f"{a} {e}-{l}", f"({a})-{e}-{l}", f"{a}-{e} {l}", f"{a}{e}-{l}"]),
                "x": c.r.choice([f"{a}-{e}-{l} poste {c.r.randint(2, 9999)}", f"({a}) {e}-{l}, p. {c.r.randint(2, 999)}",
                                 f"{a} {e}-{l} ext. {c.r.randint(10, 999)}", f"{a}-{e}-{l} #{c.r.randint(100, 9999)}",
                                 f"{a}.{e}.{l} poste {c.r.randint(10, 999)}"]),
                }[s]
    return f

def _tel7(c):
    while True:
        e, l = c.r.randint(200, 999), c.r.randint(0, 9999)
        if e % 100 != 11 and _mine(f"{e}{l:04}", c.i):
            return c.r.choice([f"{e}-{l:04}", f"{e} {l:04}", f"{e}{l:04}"])

def _emp(c, accents=False):
    gv, sn = _gv(c, comm="fc" if accents else None), _sn(c, "fc" if accents else None)
    if accents:
        return gv.lower().replace(" ", ""), sn.lower().replace(" ", ""), c.pick("dom")
    return _slug(gv), _slug(sn), c.pick("dom")

def _em(kind):
    def f(c):
        a, b, d = _emp(c, kind == "acc")
        dw = d.split(".")
        r = c.r.choice
        return {
            "s": r([f"{a}.{b}@{d}", f"{a}{b}@{d}", f"{a}.{b}@{d}"]), "i": r([f"{a[0]}{b}@{d}", f"{a[0]}.{b}@{d}"]),
            "plus": f"{a}.{b}+{r(['sinistre', 'msp', 'urgence', 'inondation', 'maison', 'assurance'])}@{d}",
            "up": r([f"{a}.{b}@{d}".upper(), f"{a.title()}.{b.title()}@{d.title()}", f"{a.title()}{b.title()}@{d}"]),
            "ob": f"{r([a, a[0]])} point {b} {r(['arobase', 'arobas', 'a commercial', 'at'])} {' point '.join(dw)}",
            "at": r([f"{a[0]}.{b} [at] {d}", f"{a}.{b} (at) {d}", f"{a}{b}[at]{dw[0]}[dot]{'.'.join(dw[1:])}",
                     f"{a}.{b} [arobase] {d}", f"{a}_{b} (a) {d}"]),
            "sp": r([f"{a[0]}{b} @ {' . '.join(dw)}", f"{a}.{b} @ {d}", f"{a} . {b} @ {d}"]),
            "en": f"{r([a[0] + b, a + '.' + b])} at {' dot '.join(dw)}",
            "num": r([f"{b}{c.r.randint(1940, 2010)}@{d}", f"{a}_{b}{c.r.randint(10, 99)}@{d}", f"{a}{c.r.randint(1, 999)}@{d}"]),
            "und": r([f"{a}_{b}@{d}", f"{a}-{b}@{d}", f"{b}_{a[0]}@{d}"]), "pro": f"{a}.{b}@{c.pick('dom_pro')}",
            "acc": f"{a}.{b}@{d}", "nick": f"{_slug(c.pick('nick'))}{r(['', '.' + b, str(c.r.randint(50, 99))])}@{d}",
        }[kind]
    return f

_LET = "ABCDEFGHJKLMNPRSTVWXYZ"

def _pl(style=None, post=lambda s: s):
    def f(c):
        def mk():
            L = lambda k: "".join(c.r.choice(_LET) for _ in range(k))
            D = lambda k: "".join(c.r.choice("0123456789") for _ in range(k))
            s = style or c.r.choice(["old", "mid", "new", "new2"])
            return {"old": f"{L(3)} {D(3)}", "mid": f"{D(3)} {L(3)}", "new": f"{L(1)}{D(2)} {L(3)}",
                    "new2": f"{L(1)}{D(2)} {D(1)}{L(2)}", "com": c.r.choice([f"F{L(2)}{D(4)}", f"F{L(2)} {D(4)}"]),
                    "rem": f"R{L(2)} {D(4)}", "newx": c.r.choice([f"{L(1)}{D(2)} {L(3)}", f"{L(1)}{D(2)} {D(1)}{L(2)}"])}[s]
        return post(c.draw(mk))
    return f

def _drawn(mk):  # generator whose values are partitioned between the splits (CRC parity)
    return lambda c: c.draw(lambda: mk(c))

def _luhn9(c):
    d = [int(c.r.choice("1234567"))] + [c.r.randint(0, 9) for _ in range(7)]
    tot = sum(x if i % 2 == 0 else (2 * x if 2 * x < 10 else 2 * x - 9) for i, x in enumerate(d))
    return "".join(map(str, d)) + str((10 - tot % 10) % 10)

def _nas(style):
    return _drawn(lambda c: (lambda s: {"sp": f"{s[:3]} {s[3:6]} {s[6:]}", "d": f"{s[:3]}-{s[3:6]}-{s[6:]}",
                                        "c": s}[style])(_luhn9(c)))

def _ramq(c):  # 3 letters of the surname, initial, YYMM (+50 for women), DD, 2 digits
    sn, gv = re.sub(r"[^A-Z]", "", _deacc(_sn(c)).upper()) + "XXX", _deacc(_gv(c)).upper()
    d, m, y = _dob(c)
    return f"{sn[:3]}{gv[0]}{y % 100:02}{m + (50 if c.g == 'f' else 0):02}{d:02}{c.r.randint(10, 99)}"

def _permis(c):
    d, m, y = _dob(c)
    return f"{_deacc(_sn(c))[0].upper()}{c.r.randint(0, 9999):04}-{d:02}{m:02}{y % 100:02}-{c.r.randint(0, 99):02}"

def _dig(fmt):  # '#' digit, 'A' letter, 'YYYY' year 2019-2025
    return _drawn(lambda c: "".join(str(c.r.randint(0, 9)) if ch == "#" else c.r.choice(_LET) if ch == "A" else ch
                                    for ch in fmt).replace("YYYY", str(c.r.randint(2019, 2025))))

_REL = {k: [tuple(x.split(":")) for x in _L(v)] for k, v in {
    "enf": "la fille:f, le fils:m, la plus jeune fille:f, le fils aîné:m, la fille adoptive:f",
    "veuf": "la veuve:f, le veuf:m", "beaux": "le beau-frère:m, la belle-sœur:f, le beau-père:m, la belle-mère:f",
    "conj": "la conjointe:f, le conjoint:m, l'épouse:f, le mari:m", "parent": "la mère:f, le père:m",
    "petit": "le petit-fils:m, la petite-fille:f, l'arrière-petit-fils:m", "neveu": "le neveu:m, la nièce:f",
    "gp": "la grand-mère:f, le grand-père:m", "ex": "l'ex-conjointe:f, l'ex-conjoint:m, l'ex-femme:f, l'ex-mari:m",
    "gendre": "le gendre:m, la bru:f, la belle-fille:f", "fratrie": "le frère jumeau:m, la sœur:f, le frère:m, la demi-sœur:f",
    "oncle": "l'oncle:m, la tante:f, la grand-tante:f", "blonde": "la blonde:f, le chum:m",
    "cousin": "le cousin:m, la cousine:f",
    "plur": "les enfants:p, les petits-enfants:p, les parents:p, les jumeaux:p, les beaux-parents:p"}.items()}
_LFG = [k for k in _REL if k != "plur"]

def _rel(c, grp):
    rel, g = c.r.choice(_REL[grp])
    if g in "mf":
        c.g = g
    return rel

def _lf(c, grp):
    if grp in _REL:
        return f"{_rel(c, grp)} {c.pick('role')}"
    rel = _rel(c, c.r.choice(_LFG))
    if grp == "nom":
        who = c.r.choice([f"{c.r.choice(['M.', 'Mme'])} {_sn(c)}", _full(c, c.r.choice("mf"))])
        return f"{rel} {_de(who)}"
    if grp == "loc":
        return f"{rel} {c.pick('role')} {_de(c.pick('wcity'))}"
    if grp == "dbl":
        r2, _ = c.r.choice(_REL[c.r.choice(_LFG)])
        r2 = ("du " + r2[3:]) if r2.startswith("le ") else ("de la " + r2[3:]) if r2.startswith("la ") else "de " + r2
        return f"{rel} {r2} {c.pick('role')}"
    base = f"{rel} {c.pick('role')}"
    return {"low": _deacc(base).lower(), "up": base.upper(), "any": base}[grp]

def _de(x):
    return ("d'" if _elidable(x) else "de ") + x

def _job(c, pool):
    return _agree(c.pick(pool), c.g)

def _lt(k):
    def f(c):
        city, job, pj = c.pick("wcity"), _job(c, "x:job"), _job(c, "x:pubjob")
        return {
            "A": f"{job} chez {c.pick('emp')} à {city}", "AV": f"chez {c.pick('emp')} à {city} comme {job}",
            "B": f"{_job(c, 'x:job_h')} au {c.pick('clsc')}", "C": f"{_job(c, 'x:job_c')} {c.pick('chain')} {_de(city)}",
            "D": f"{_agree('{enseignant/enseignante}', c.g)} {c.pick('school')} {_de(city)}",
            "E": f"{_agree('{professeur/professeure}', c.g)} {_de(c.pick('x:matiere'))} au cégep {_de(city)}",
            "F": f"{_job(c, 'x:job_h2')} {c.pick('x:unit')} de l'hôpital {_de(city)}",
            "G": f"{_agree('{policier/policière}', c.g)} de la SQ au poste {_de(city)}",
            "H": f"à l'usine {c.pick('emp')} {_de(city)}, sur le quart de nuit",
            "I": f"propriétaire {c.pick('biz')} à {city}",
            "J": f"{_agree('{conseiller/conseillère}', c.g)} à la caisse Desjardins {_de(city)}",
            "K": f"{_agree('{camionneur/camionneuse}', c.g)} pour {c.pick('transp')}",
            "L": f"{_agree('{préposé/préposée}', c.g)} aux bénéficiaires au {c.pick('chsld')}",
            "M": f"{_agree('{mineur/mineuse}', c.g)} {c.pick('mine')}",
            "N": f"{_job(c, 'x:mun_job')} à la Ville {_de(city)}",
            "O": f"{_agree('{éducateur/éducatrice}', c.g)} au {c.pick('cpe')} {_de(city)}",
            "P": f"{pj[:-3]} {_de(city)}" if pj.endswith(" de") else f"{pj} {city}", "Q": f"{_job(c, 'x:air_job')} chez {c.pick('air')}",
            "R": f"{_job(c, 'x:const_job')} sur un chantier {_de(c.pick('constr'))} à {city}",
            "S": f"at {c.pick('emp')} in {city} as a {c.pick('x:job_en')}",
            "U": f"{job} chez {c.pick('emp')} à {city}".upper(),
            "V": f"fonctionnaire {c.pick('ministere')} à {city}",
        }[k]
    return f

def _health(c, cat):
    if cat in ("typo", "up", "any"):
        item = _agree(c.pick("h:" + c.r.choice(_HANY)), c.g)
        return {"typo": _typo(item, c.r), "up": item.upper(), "any": item}[cat]
    return c.pick("h:" + cat)

def _enc(c):
    if c.r.random() < .3:
        return c.pick("h:preg")
    return c.r.choice([f"enceinte de {c.num(2, 9)} mois", f"enceinte de {c.num(6, 40)} semaines"])

_S = {
    "N": _full, "N2": lambda c: _full(c, c.r.choice("mf")), "N3": lambda c: _full(c, c.r.choice("mf")),
    "P": _gv, "S": _sn, "NU": lambda c: f"{_sn(c).upper()} {_gv(c).upper()}", "NL": lambda c: _full(c).lower(),
    "NC": lambda c: c.r.choice(["{s}, {g}", "{S}, {g}", "{S} {g}"]).format(s=(s := _sn(c)), S=s.upper(), g=_gv(c)),
    "INI": _ini, "II": _ii, "HY": lambda c: f"{_gv(c, comm='fc')} {_hys(c)}", "HYS": _hys,
    "PA": lambda c: f"{_gv(c)} {c.pick('part')}", "AP": lambda c: f"{_gv(c)} {c.pick('apos')}",
    "APS": lambda c: c.pick("apos"), "AUT": lambda c: _full(c, comm="aut"), "AN": lambda c: _full(c, comm="en"),
    "ANS": lambda c: _sn(c, "en"), "SUR": lambda c: c.pick("nick"),
    "TY": lambda c: _typo(c.r.choice([_full(c), _full(c), _gv(c)]), c.r),
    # adresse
    "ADR": _adr, "ADN": lambda c: f"{_civ(c)} {_street(c)[1]}", "ADB": _adb, "ADL": lambda c: _deacc(_adr(c)).lower(),
    "ADU": lambda c: _adr(c).upper(), "ADE": lambda c: f"{_civ(c)} {c.pick('en_street')}",
    "ADW": lambda c: (lambda t, r: f"numéro {_civ(c)} {_ART.get(t, 'de la ')}{t} {r}")(*_street(c)),
    "ADA": _ada, "ADF": _adf, "PC": _pc, "PCL": lambda c: _pc(c).lower().replace(" ", ""),
    "APP": lambda c: c.r.choice(["app. {}", "appartement {}", "apt {}", "logement {}", "log. {}"]).format(c.num(1, 40)),
    "UNI": lambda c: f"#{c.num(101, 1412)}", "ETG": lambda c: (lambda k: "1er étage" if k == 1 else f"{k}e étage")(c.num(1, 14)),
    "RANG": _rang, "RUR": lambda c: c.r.choice(["RR {}", "R.R. {}", "route rurale {}", "RR{}"]).format(c.num(1, 12)),
    "LOT": lambda c: f"{c.num(1000000, 6999999):,}".replace(",", " "),
    "CP": lambda c: c.r.choice(["C.P. {}", "case postale {}", "CP {}", "C. P. {}"]).format(c.num(1, 2999)),
    "NUM": lambda c: str(c.num(100, 9999)), "ADRT": lambda c: c.r.choice(["{}, route {}", "{} rte {}", "{}, Route {}"]).format(
        _civ(c), c.pick("x:rtn")),
    # age
    "AGE": lambda c: f"{c.num(18, 99)} ans", "AGW": lambda c: f"{_words(c.num(18, 99))} ans",
    "AGM": lambda c: f"{c.num(1, 23)} mois", "GEN": lambda c: c.pick("gen"), "DEC": lambda c: f"dans la {c.pick('dec')}",
    "DEC2": lambda c: c.r.choice(["début ", "fin ", "mi-"]) + c.pick("dec"),
    "YOB": lambda c: f"né{{e}} en {c.num(1925, 2008)}", "AGEK": lambda c: (lambda k: f"{k} an" + ("s" if k > 1 else ""))(c.num(1, 11)),
    "AGEA": lambda c: f"{c.num(12, 17)} ans", "AGN": lambda c: str(c.num(18, 99)),
    "AGA": lambda c: c.r.choice(["{}a", "{} a.", "{}ans", "{} y/o", "{}A"]).format(c.num(18, 99)),
    "AGT": lambda c: c.r.choice(["{}ans", "{} an", "{} ans", "{} ams"]).format(c.num(18, 99)),
    "AGS": lambda c: (lambda k: f"{k} semaine" + ("s" if k > 1 else ""))(c.num(1, 12)), "AGL": _agl,
    "AGC": lambda c: f"{c.num(100, 108)} ans", "AGU": lambda c: f"{c.num(18, 99)} ANS", "AGH": _age_h,
    # sante
    "ENC": _enc,
    # courriel
    "EM": _em("s"), "EMI": _em("i"), "EMPLUS": _em("plus"), "EMUP": _em("up"), "EMOB": _em("ob"), "EMAT": _em("at"),
    "EMSP": _em("sp"), "EMEN": _em("en"), "EMNUM": _em("num"), "EMUND": _em("und"), "EMPRO": _em("pro"),
    "EMACC": _em("acc"), "EMNICK": _em("nick"),
    # telephone
    "TEL": _tel(None), "TEL_D": _tel("d"), "TEL_P": _tel("p"), "TEL_DOT": _tel("dot"), "TEL_SP": _tel("sp"),
    "TEL_C": _tel("c"), "TEL_TF": _tel("tf", toll=True), "TEL_INT": _tel("int"), "TEL_X": _tel("x"), "TEL_L": _tel7,
    "TEL_M": _tel("mix"), "TEL_SL": _tel("sl"), "TEL_ONE": _tel("one"),
    # plaque
    "PL": _pl(), "PL_C": _pl(None, lambda s: s.replace(" ", "")), "PL_L": _pl(None, str.lower),
    "PL_T": _pl(None, lambda s: s.replace(" ", "-")), "PL_F": _pl("com"), "PL_R": _pl("rem"), "PL_OLD": _pl("old"),
    "PL_NEW": _pl("newx"),
    # identifiant
    "NAS": _nas("sp"), "NAS_D": _nas("d"), "NAS_C": _nas("c"), "RAMQ": _drawn(lambda c: (lambda k: f"{k[:4]} {k[4:8]} {k[8:]}")(_ramq(c))),
    "RAMQ_C": _drawn(_ramq), "RAMQ_L": _drawn(lambda c: _ramq(c).lower()), "PERM": _drawn(_permis),
    "PERM_C": _drawn(lambda c: _permis(c).replace("-", "")), "DOS": _dig("YYYY-######"),
    "DOSH": _dig("#######"), "REC": _dig("##-#######-##"), "PASS": _dig("AA######"), "HQ": _dig("#### #### ####"),
    "STAT": _dig("##########"), "POL": _dig("AA-#######"), "MSP": _dig("YYYY-##-#####"),
}
_S.update({f"DN_{k}": _dn(k) for k in ("L PREM ISO DMY DMY2 DASH DOT COMP ABR EN MY WORDS UP YSL S L2 QC NA".split())})
_S.update({f"LT{k}": _lt(k) for k in "A AV B C D E F G H I J K L M N O P Q R S U V".split()})

def _slot(c, key):
    if key.startswith("H_"):
        v = _health(c, key[2:].lower())
    elif key.startswith("LF_"):
        v = _lf(c, key[3:].lower())
    else:
        v = (_S.get(key) or _S[re.sub(r"\d+$", "", key)])(c)
    return _agree(v, c.g)

# Context (never planted)
def _hour(c, vers=True):
    h, mm = c.r.randint(0, 23), c.r.choice(["", " 05", " 15", " 30", " 45", " 10", " 40"])
    return f"{'vers ' if vers else ''}{h} h{mm}"

def _c2(c):
    first = _ctx(c, "c")
    return c.r.choice([x for x in c.P["x:ctx"] if x != first])

_CX = {
    "c": lambda c: c.pick("x:ctx"), "c2": _c2, "v": lambda c: c.pick("x:vil"), "ev": lambda c: c.pick("x:ev"),
    "h": lambda c: c.r.choice([_hour(c), _hour(c), "ce matin", "hier soir", "en fin de journée", "cette nuit"]),
    "hh": lambda c: _hour(c, False), "d": lambda c: f"{c.r.choice(['1er'] + [str(i) for i in range(2, 29)])} {c.r.choice(_MOIS)}",
    "n": lambda c: str(c.r.randint(2, 40)), "n2": lambda c: str(c.r.randint(41, 900)), "n3": lambda c: str(c.r.randint(2, 9)),
    "cmn": lambda c: str(5 * c.r.randint(1, 24)), "km": lambda c: str(c.r.randint(2, 380)),
    "km2": lambda c: str(c.r.randint(381, 420)), "sortie": lambda c: str(c.r.randint(1, 480)),
    "cm": lambda c: str(c.r.randint(5, 80)), "deb": lambda c: str(c.r.randint(80, 4200)),
    "kmh": lambda c: str(c.r.choice([70, 80, 90, 100, 110, 120])), "mm": lambda c: str(c.r.randint(5, 40)),
    "autn": lambda c: c.r.choice(["10", "15", "20", "25", "30", "40", "50", "55", "73", "85"]),
    "rue": lambda c: c.pick("x:rue"), "sect": lambda c: c.pick("x:sect"),
    "pers": lambda c: c.pick("x:pers_f" if c.g == "f" else "x:pers_m"),
    "homme": lambda c: "femme" if c.g == "f" else "homme", "il": lambda c: "elle" if c.g == "f" else "il",
    "mme": lambda c: "Mme" if c.g == "f" else "M.", "mr": lambda c: "Mrs." if c.g == "f" else "Mr.",
    "region2": lambda c: c.pick("c:region"), "org2": lambda c: c.r.choice(_ORG),
    "org": lambda c: c.r.choice(_ORG), "muni2": lambda c: c.pick("c:muni"),
}
for _p in ("pont", "hop", "ecole", "parc", "boul", "muni", "cegep", "aero", "barrage", "arena", "metro", "eglise",
           "region", "autoch", "riv", "route"):
    _CX[_p] = (lambda p: lambda c: c.pick("c:" + p))(_p)
_ORG = _L("la Croix-Rouge, Hydro-Québec, la SQ, le MTQ, la SOPFEU, Environnement Canada, le SPVM, la Sécurité civile, "
          "le CISSS, l'Armée canadienne, la Garde côtière, la MRC, le service incendie, Urgences-santé, Info-Santé 811, "
          "la CNESST, la SAAQ, le ministère de la Sécurité publique")

def _ctx(c, key):
    base = key.lower()
    if base not in c.cc:
        c.cc[base] = _CX[base](c)
    v = c.cc[base]
    if key.isupper() and len(key) > 1:
        return v.upper()
    return v[:1].upper() + v[1:] if key[0].isupper() else v

# Phrasing families.  "<SLOT>" = planted value ("<^SLOT>" capitalised), "{ctx}" = context, "{e}"/"{a/b}" = agreement.
_FAM: list[tuple[str, str]] = [
    ("nom.verbe_signalement", "Signalé par <N> {h}. {c} | Appel de <N> : {c} | <N> a signalé de l'eau au sous-sol {h}. | Situation rapportée par <N> ({ev}). {c} | Plainte déposée par <N> pour un ponceau bouché. | <N> déclare qu'{il} a tout perdu au sous-sol."),
    ("nom.sans_verbe", "<N> – sous-sol inondé, {cmn} cm d'eau. | {Ev} : <N>. {c} | <N> / {c} | Dossier {ev} — <N> — {c} | <N>. {c} {c2} | Évacuation : <N>, {n} personnes au total."),
    ("nom.majuscules_nom_prenom", "<NU> — SOUS-SOL INONDÉ | <NU> : {c} | SINISTRÉ{E} : <NU>. {c} | <NU> (ÉVACUÉ{E} {HH}) | RAPPELER <NU> AVANT 16 H | <NU> / PANNE DEPUIS 2 JOURS"),
    ("nom.minuscules", "voir avec <NL> demain | rappeler <NL> pour l'inspection. {c} | <NL> dit que l'eau monte encore | parlé à <NL>, va rappeler | <NL> attend la visite de l'inspecteur | sacs de sable livrés chez <NL>"),
    ("nom.initiales", "{Mme} <INI> a été relogé{e} {h}. | Contact : <INI>. {c} | <II> refuse de quitter la résidence. {c} | Appel de <INI> ({ev}). | Rencontré <II> sur place. {c} | Dossier ouvert au nom de <INI>. {c}"),
    ("nom.titre_nom", "{Mme} <S> a appelé pour un refoulement. | Visite chez {mme} <S> {h}. {c} | {Mme} <S> : {c} | Le dossier de {mme} <S> est complet. | Rappeler {mme} <S> demain matin. | {Mme} <S> a été évacué{e} en chaloupe."),
    ("nom.titre_professionnel", "Le Dr <S> signale des arbres tombés sur son terrain. | Appel de Me <S> pour sa résidence secondaire. {c} | La Dre <S> a prêté sa génératrice aux voisins. | Pr <S> : {c} | Le Dr <S> a aidé les pompiers à évacuer la rue. | Me <S> demande une copie du rapport d'événement."),
    ("nom.titre_anglais", "{Mr} <ANS> ne parle pas français, voir avec la voisine. | <AN> called about water in the basement. {c} | <AN> (English only) : {c} | {Mr} <ANS> a été évacué{e} {h}. | Call back <AN> tomorrow, basement flooded. | {Mr} <ANS> : {c}"),
    ("nom.compose_trait_union", "<HY> — {c} | Appel reçu de <HY> {h}. | Famille <HYS> évacuée. {c} | Sinistrés : <HY> et ses deux enfants. | <HY> a été relogé{e} par la Croix-Rouge. | Chez les <HYS> : {c}"),
    ("nom.particule", "<PA> signale un refoulement d'égout. | Chez <PA> : {c} | Rencontré <PA> sur place. {c} | <PA> a quitté la maison {h}. | Évacuation de <PA> et de sa famille. | Contact : <PA>."),
    ("nom.apostrophe", "<AP> refuse l'évacuation. | Visite chez {mme} <APS> {h}. {c} | Rappeler <AP> demain. {c} | Famille <APS> relogée à l'hôtel. | <AP> : {c} | Dossier de {mme} <APS> transmis."),
    ("nom.surnom", "Le p'tit <SUR> du rang a aidé à remplir les sacs {h}. | <SUR> (le voisin) a vu l'eau monter {h}. | Demander à <SUR>, il connaît le chemin d'accès. {c} | Selon <SUR>, la glace bloque le ponceau. {c} | C'est <SUR> qui a donné l'alerte {h}. {c} | Chez <SUR> : {c}"),
    ("nom.coquille_accents", "Apel de <TY> pour de l'eau au sous-sol | <TY> a appeller pour le refoulement | rapelé <TY> {h} | <TY> : {c} | voir <TY> pour les sac de sable | <TY> evacuer ce matin"),
    ("nom.debut_cellule", "<N> appelle : {c} | <N> n'a plus d'électricité depuis 2 jours. | <N> demande des sacs de sable. | <N> confirme que l'eau a baissé. | <N> veut savoir quand la route rouvrira. | <N> signale un arbre sur les fils."),
    ("nom.fin_cellule", "{c} Rappeler <N> | {c} Contact : <N> | {c} Info transmise par <N> | {c} — <N> | {c} {c2} Réf. : <N> | {c} Appelant : <N>"),
    ("nom.parentheses", "{c} (<N>) | Résidence évacuée (propriétaire : <N>). | Appel du voisin (<N>) {h}. | {c} (réf. <N>) | Sinistré{e} relogé{e} ({mme} <S>, {n3} personnes). | Génératrice prêtée (<N>)."),
    ("nom.apres_deux_points", "Requérant{e} : <N>. {c} | Contact sur place : <N> | Propriétaire : <N> — {c} | Personne à rappeler : <N> | Nom : <N> / {c} | Déclarant{e} : <N>. {c}"),
    ("nom.liste_personnes", "Occupants : <N>, <N2> et <N3>. {c} | Évacués {h} : <N>, <N2>. | Sinistrés relogés : <N> ; <N2> ; <N3> | <N> et <N2> hébergés chez de la parenté. | Liste : <N>, <N2>, <N3> — {c} | Personnes présentes : <N> et <N2>."),
    ("nom.possessif_famille", "L'eau est rendue chez les <S>. | La maison des <S> est isolée par l'eau. | La famille <S> est hébergée à l'hôtel. | Le garage des <S> s'est effondré sous la neige. | Chez les <S> : {c} | Les <S> refusent de partir."),
    ("nom.possessif_prenom", "La maison de <P> est encerclée par l'eau. | Le chalet à <P> a été emporté. | Le terrain de <P> glisse vers la rivière. | Le char de <P> est pris dans la glace. | Le sous-sol de <P> est plein d'eau. | La roulotte à <P> a été déplacée par le vent."),
    ("nom.prenom_seul", "<P> a appelé {h}. {c} | <P> rappelle demain. | Parlé avec <P>. {c} | Selon <P>, l'eau a monté de {cmn} cm cette nuit. | <P> va passer chercher les formulaires. | Demander <P> à l'accueil du centre."),
    ("nom.avec_telephone", "<N> <TEL> {c} | Rappeler <N> au <TEL>. | <N> (cell. <TEL>) — {c} | Contact : <N>, tél. : <TEL> | <TEL> — <N> | <N> joignable au <TEL> après 17 h."),
    ("nom.avec_adresse", "<N>, <ADR> — {c} | <N> du <ADR> : {c} | Visite chez <N>, <ADR>. {c} | <ADR> (<N>) : {c} | Sinistré{e} : <N>, <ADR>. | <N> habite au <ADR>."),
    ("nom.autochtone", "<AUT> demande de l'aide pour son chalet. | <AUT> a signalé le feu près du camp de chasse. | Évacuation de <AUT> par hélicoptère. | Contact : <AUT> (conseil de bande informé). | <AUT> : {c} | Chez <AUT>, {n3} personnes à reloger."),
    ("nom.nom_virgule_prenom", "<NC> — {c} | Requérant{e} : <NC>. {c} | Liste : <NC>, évacué{e} {h}. | <NC> / {ev} / {c} | Dossier <NC> : {c} | <NC> (à rappeler)"),
    ("nom.fiche_complete", "<N>, <AGE>, <ADR>, tél. <TEL>. {c} | Fiche : <N> (<AGE>) — <ADR> — <TEL> | <N> / <ADR> / <TEL> / {c} | Sinistré{e} : <N>, <AGE>, cell. <TEL>."),
    ("adresse.numero_rue_type", "Eau dans le sous-sol au <ADR>. | Résidence du <ADR> évacuée {h}. | <ADR> : {c} | Arbre tombé sur la maison au <ADR>. | Refoulement signalé au <ADR>. | Inspection requise au <ADR> (fissures)."),
    ("adresse.numero_sans_type", "Sous-sol inondé au <ADN>. | <ADN> — {c} | Le <ADN> est isolé par l'eau. | Inspection au <ADN> {h}. | Génératrice livrée au <ADN>. | <ADN> : {c}"),
    ("adresse.type_abrege", "<ADB> : {c} | Refoulement au <ADB>. | Maison du <ADB> évacuée. | Fissures signalées au <ADB> après le dégel. | Arbre sur les fils devant le <ADB>. | Eau au sous-sol, <ADB>."),
    ("adresse.appartement", "Locataire du <ADR>, <APP>, relogé{e} {h}. | <ADR> <APP> : {c} | Dégât d'eau au <ADR> (<APP>). | <APP> du <ADR> — {c} | Plafond effondré au <ADR>, <APP>. | <ADR>, <APP> : sans chauffage."),
    ("adresse.unite_diese", "Logement <UNI> du <ADR> sans chauffage. | <UNI> au <ADR> : {c} | Infiltration d'eau dans le <UNI>, <ADR>. | Occupant{e} du <UNI> évacué{e}. {c} | Le <UNI> est inhabitable selon le SSI. | <ADR> <UNI> : {c}"),
    ("adresse.etage", "Le logement du <ETG> au <ADR> est inhabitable. | <ADR>, <ETG> : {c} | Fuite au <ETG> du <ADR>. | Occupants du <ETG> (<ADR>) relogés. | <ETG>, <ADR> — {c} | Fumée au <ETG> du <ADR>, évacuation."),
    ("adresse.rang", "Ponceau arraché devant le <RANG>. | <RANG> : {c} | Grange effondrée au <RANG>. | Puits contaminé au <RANG>. | Accès coupé au <RANG>. {c} | Feu de champ près du <RANG>."),
    ("adresse.route_rurale", "<RUR>, {v} — {c} | Adresse postale : <RUR>, {v}. | Résidence isolée, <RUR>. {c} | Correspondance : <RUR>. | <RUR> : {c} | Envoyer les documents au <RUR>."),
    ("adresse.lot", "Glissement de terrain sur le lot <LOT>. | Lot <LOT> : {c} | Terrain (lot <LOT>) inondé. | Chalet construit sur le lot <LOT>. {c} | Remblai illégal sur le lot <LOT> en zone inondable. | Propriété : lot <LOT>, {v}."),
    ("adresse.case_postale", "Envoyer les formulaires à <CP>, {v}. | Adresse de correspondance : <CP>. | <CP>, {v} — {c} | Courrier à <CP> (résidence inaccessible). | Chèque à poster à <CP>. | <CP> : {c}"),
    ("adresse.code_postal", "Code postal <PC>. {c} | <PC> — {c} | Secteur du code postal <PC> : {c} | Adresse à confirmer, code postal <PC>. | Résidence dans le <PC> ({ev}). | CP : <PC>"),
    ("adresse.code_postal_compact", "cp <PCL> {c} | code postal: <PCL> | <PCL> — refoulement | adresse a confirmer, <PCL> | <PCL> / {ev} | c.p. <PCL>"),
    ("adresse.complete", "<ADF> | Sinistré{e} : <ADF>. {c} | Adresse : <ADF> | Correspondance à <ADF> SVP. | <ADF> — {c} | Lieu du sinistre : <ADF>"),
    ("adresse.numero_apres_rue", "Adresse : <ADA>. {c} | <ADA> — {c} | Sinistre sur <ADA>. | Lieu : <ADA> ({ev}) | Eau au sous-sol, <ADA>. | Visite prévue : <ADA>, {h}."),
    ("adresse.coin_de_rue", "Résidence au <ADR>, au coin {rue}. | <ADR> (coin {rue}) : {c} | Maison du <ADR>, près de l'intersection {rue}. | Au <ADR>, coin {rue} : {c} | <ADR>, à l'angle {rue}. | Intervention au <ADR>, près du coin {rue}."),
    ("adresse.voisin_du", "Signalé par le voisin du <NUM>. {c} | Voisin du <NUM> : {c} | Le <NUM> est encore sans courant. | Même problème au <NUM> et au <NUM2>. | Eau chez le voisin du <NUM>. | Le <NUM> a été évacué {h}."),
    ("adresse.minuscules", "eau au sous-sol, <ADL> | <ADL> evacue | visite faite au <ADL> | <ADL>: {c} | refoulement au <ADL> | arbre tombé devant le <ADL>"),
    ("adresse.majuscules", "<ADU> — SOUS-SOL INONDÉ | RÉSIDENCE ÉVACUÉE : <ADU> | <ADU> / PANNE DE COURANT | ÉVACUATION AU <ADU> | INSPECTION REQUISE AU <ADU> | <ADU> : REFOULEMENT D'ÉGOUT"),
    ("adresse.anglais", "<ADE> : water in basement. | Résidence au <ADE>. {c} | <ADE> — {c} | Flooding reported at <ADE>. | Tree on house at <ADE>. | Sinistré{e} du <ADE>. {c}"),
    ("adresse.numero_en_mots", "Résidence au <ADW>. {c} | Visite au <ADW> {h}. | Appel pour le <ADW>. | Dégâts au <ADW>. | Eau au sous-sol du <ADW>. | <^ADW> : {c}"),
    ("adresse.avec_code_postal", "<ADR>, <PC> — {c} | Adresse : <ADR> (<PC>). | <ADR> <PC> : {c} | Maison au <ADR>, code postal <PC>. | Sinistre au <ADR>, <PC>. | <ADR>, {v} <PC>"),
    ("adresse.route_numerotee", "Maison au <ADRT>. {c} | <ADRT> : {c} | Ferme du <ADRT> isolée par l'eau. | Glissement derrière le <ADRT>. | Érosion des berges au <ADRT>. | Résidence du <ADRT> évacuée {h}."),
    ("age.chiffres_ans", "{Pers} a <AGE> et vit seul{e}. {c} | {Pers}, <AGE>, refuse de quitter la maison. | Personne de <AGE> évacuée {h}. | <AGE>, vit seul{e} au sous-sol. {c} | {Pers} a <AGE>, besoin d'aide pour les sacs de sable. | Occupant{e} de <AGE> sans chauffage."),
    ("age.en_lettres", "{Pers}, <AGW>, ne veut pas partir. | Occupant{e} de <AGW> hébergé{e} par la Croix-Rouge. | {Pers} a <AGW> et vit seul{e}. | Sinistré{e} âgé{e} de <AGW>. {c} | {Pers} a <AGW>. {c} | Âgé{e} de <AGW>, {pers} est seul{e} à la maison."),
    ("age.age_de", "{Pers}, âgé{e} de <AGE>, a été évacué{e} en chaloupe. | Résident{e} âgé{e} de <AGE> sans chauffage. | Âgé{e} de <AGE>, {pers} vit seul{e}. | {Pers} est âgé{e} de <AGE>. {c} | Sinistré{e} âgé{e} de <AGE> relogé{e} à l'hôtel. | {Pers} (âgé{e} de <AGE>) : {c}"),
    ("age.bebe_mois", "Famille avec un bébé de <AGM>. {c} | Bébé de <AGM> sur place, priorité {h}. | Nourrisson de <AGM> dans le logement. {c} | Enfant âgé de <AGM> évacué avec ses parents {h}. | {Pers} a un bébé de <AGM>. {c} | Besoin de lait maternisé pour un bébé de <AGM>. {c}"),
    ("age.genaire", "{Pers}, <GEN>, vit seul{e}. | {Pers} est <GEN> et sans voiture. | {Homme} <GEN> isolé{e} par la neige. | {Pers} (<GEN>) : {c} | <^GEN> seul{e} dans la maison. {c} | Sinistré{e} <GEN>, priorité."),
    ("age.decennie", "{Homme} <DEC> signale de l'eau au sous-sol {h}. | {Pers}, <DEC>, vit seul{e}. {c} | Sinistré{e} <DEC>, sans véhicule. {c} | {Pers} serait <DEC>. {c} | {Homme} <DEC> vu{e} sur le toit {h}. | Occupant{e} <DEC> : {c}"),
    ("age.debut_fin_decennie", "{Homme} <DEC2>, seul{e} sur place {h}. | {Pers} (<DEC2>) : {c} | Occupant{e} <DEC2>, refuse de partir. {c} | <^DEC2>, vit seul{e}. {c} | {Homme} <DEC2> hébergé{e} chez sa sœur. {c} | Sinistré{e} <DEC2>, {n3} animaux à reloger."),
    ("age.annee_naissance", "{Pers} est <YOB>. {c} | {Pers}, <YOB>, vit seul{e}. | {Pers} (<YOB>) : {c} | <^YOB>, {pers} habite la maison depuis toujours. | Occupant{e} <YOB>, sans véhicule. | Sinistré{e} <YOB>, hébergé{e} chez sa sœur."),
    ("age.enfant", "Un enfant de <AGEK> dans le logement. | Enfant de <AGEK> évacué avec sa mère. | {Pers} a un garçon de <AGEK>. | Présence d'une fillette de <AGEK>. {c} | Famille avec enfant de <AGEK>. {c} | Bambin de <AGEK> sur place, priorité."),
    ("age.parentheses", "{Pers} (<AGE>) : {c} | Évacué{e} (<AGE>) {h}. | {Homme} (<AGE>) seul{e} à la maison. | Résident{e} (<AGE>) refuse l'hébergement. | {Pers} (<AGE>) hébergé{e} à l'hôtel. | Sinistré{e} (<AGE>). {c}"),
    ("age.abrege", "{Homme} <AGA> seul{e} | {Pers} <AGA> — {c} | Occupant{e} (<AGA>) | <AGA>, vit seul{e}. | {Homme}, <AGA>, sans auto | Sinistré{e} <AGA> / {c}"),
    ("age.etiquette", "Âge : <AGN>. {c} | âge: <AGN> | Age <AGN> — {c} | ÂGE <AGN> / {C} | Âge de l'occupant{e} : <AGN>. | Âge approx. : <AGN>"),
    ("age.fautes", "{pers} agé{e} de <AGT> vit seul{e} | agé{e} de <AGT>. {c} | {Pers} a <AGT> et a besoin d'aide | personne agé{e} (<AGT>) | {pers} <AGT> seul{e} dans la maison | agé{e} de <AGT> evacué{e}"),
    ("age.semaines", "Nouveau-né de <AGS> dans la maison. {c} | Bébé de <AGS>. {c} | Famille avec un nourrisson de <AGS>, évacuée {h}. | Mère et bébé (<AGS>) hébergés à l'hôtel. {c} | {Pers} a un bébé de <AGS>. {c} | Nourrisson (<AGS>) sur place, chauffage requis {h}."),
    ("age.liste_enfants", "Couple avec enfants de <AGL>. {c} | Deux enfants (<AGL>) sur place {h}. | Enfants de <AGL> évacués {h}. | {Pers} et ses enfants de <AGL>. {c} | Famille : deux adultes, enfants de <AGL>. {c} | Enfants de <AGL> hébergés chez les grands-parents {h}."),
    ("age.centenaire", "{Pers}, <AGC>, vit encore seul{e}. | Personne de <AGC>, priorité. | {Homme} de <AGC> seul{e} à la maison. | Occupant{e} de <AGC>. {c} | {Pers} a <AGC> ! Évacuation prioritaire. | Sinistré{e} de <AGC> relogé{e}."),
    ("age.anniversaire", "{Pers} vient d'avoir <AGE>. | {Pers} fêtera ses <AGE> le mois prochain. | {Pers} aura <AGE> en juin. {c} | {Il} a eu <AGE> la semaine passée. | Fête de ses <AGE> annulée à cause du sinistre. | {Pers} a célébré ses <AGE> au centre d'hébergement."),
    ("age.approximatif", "{Homme} d'environ <AGE> vu près de la rivière. | {Pers}, ± <AGE>, refuse de partir. | {Pers} a autour de <AGE>. | {Homme} de près de <AGE> seul{e} sur place. | Environ <AGE>, vit seul{e}. | {Pers} aurait <AGE> environ."),
    ("age.majuscules", "{HOMME} <AGU> SEUL{E} | {HOMME} <AGU> — ÉVACUÉ{E} | OCCUPANT{E} <AGU> / PANNE | SINISTRÉ{E} <AGU> : PRIORITÉ | <AGU> — REFUSE DE PARTIR | PERSONNE DE <AGU> SANS CHAUFFAGE"),
    ("age.ans_et_demi", "Enfant de <AGH> dans le logement. | Fillette de <AGH>. {c} | Garçon de <AGH> sur place. | Bambin de <AGH> évacué avec sa mère. | {Pers} a un enfant de <AGH>. | Famille avec un petit de <AGH>."),
    ("age.adolescent", "Adolescent{e} de <AGEA> seul{e} à la maison {h}. | Ado de <AGEA> évacué{e} {h}. | {Pers} a un fils de <AGEA>. {c} | Jeune de <AGEA> sur place. {c} | Adolescent{e} (<AGEA>) hébergé{e} chez un ami. {c} | Fille de <AGEA> gardée par la voisine {h}."),
    ("age.avec_nom", "<N>, <AGE>. {c} | <N> (<AGE>) : {c} | <N>, âgé{e} de <AGE>, vit seul{e}. | {Mme} <S>, <AGE>, a été relogé{e}. | <N> a <AGE> et refuse de partir. | Sinistré{e} : <N>, <AGE>."),
    ("sante.grossesse", "{Pers} est <ENC>, évacuation prioritaire. | Femme <ENC> dans le logement. | {Pers}, <ENC>, doit voir son médecin. | Attention : {pers} est <ENC>. {c} | Sinistrée <ENC>, hébergement adapté. | {Pers} (<ENC>) a été transportée à l'hôpital."),
    ("sante.medicaments", "{Pers} est sous <H_MED>, ordonnance restée dans la maison. | Médicament à récupérer pour {pers} : <H_MED>. | {Pers} doit recevoir sa dose de <H_MED> ce soir. | Pharmacie avisée : <H_MED> pour {pers}. | {c} {Pers} prend du <H_MED>. | Ordonnance de <H_MED> perdue dans l'inondation."),
    ("sante.appareils_electriques", "Panne : {pers} dépend d'un <H_APP>, priorité Hydro. | {Pers} utilise un <H_APP> la nuit, génératrice requise. | Besoin d'électricité : {pers} utilise un <H_APP>. | {Pers} sans courant, <H_APP> sur batterie presque vide. | <^H_APP> à domicile : {pers} doit être relogé{e}. | {c} {Pers} a un <H_APP>."),
    ("sante.abreviations", "{Pers} : dx <H_ABR>. {c} | {Pers} (<H_ABR>) a besoin d'un accompagnement. | Diagnostic de <H_ABR> chez {pers}, prévoir un endroit calme. | Enfant avec <H_ABR> dans le logement. | {Pers} atteint{e} de <H_ABR>. | Attention <H_ABR> — {pers} supporte mal le bruit."),
    ("sante.avec_nom", "<N> est <H_ANY>. {c} | <N> (<H_ANY>) : {c} | {Mme} <S> est <H_ANY>, priorité. | Visite chez <N>, <H_ANY>. | <N>, <H_ANY>, vit seul{e}. | Attention, <N> est <H_ANY>."),
    ("courriel.professionnel", "Courriel au travail : <EMPRO> | Joindre {pers} à <EMPRO>. | <EMPRO> (bureau) | Écrire à <EMPRO> en journée. | Courriel : <EMPRO> | {c} Courriel : <EMPRO>"),
    ("courriel.mailto", "mailto:<EM> | Lien : mailto:<EM> | Contact (mailto:<EM>) | {c} mailto:<EM> | Répondre : mailto:<EM> | [courriel](mailto:<EM>)"),
    ("courriel.chevrons", "<N> <<EM>> | Contact : <N> <<EM>> | <N> <<EM>> — {c} | De : <N> <<EM>> | <<EM>> | Courriel : <<EM>>"),
    ("courriel.fin_phrase", "{c} Écrire à <EM>. | {c} Courriel : <EM>. | {c} Contact : <EM> | {c} Suivi par courriel à <EM>. | {c} {c2} <EM> | {c} Répondre à <EM>."),
    ("courriel.deux_adresses", "<EM> ou <EM2> | Courriels : <EM> ; <EM2> | <EM> (maison) / <EM2> (travail) | Contacts : <EM>, <EM2> | Écrire à <EM> et <EM2>. | <EM> + <EM2>"),
    ("courriel.avec_nom", "<N> — <EM> | <N> : <EM>. {c} | Contact : <N> (<EM>) | <EM> (<N>) | Écrire à <N>, <EM>. | <N>, courriel <EM>"),
    ("courriel.etiquettes_variees", "Adr. courriel : <EM> | E-mail : <EM> | Mél. : <EM> | Courriel: <EM> | Courrielle : <EM> | @ : <EM>"),
    ("courriel.debut_cellule", "<EM> : {c} | <EM> — {c} | <EM> / {ev} | <EM> (à rappeler) | <EM>. {c} | <EM> demande un suivi."),
    ("courriel.apres_telephone", "<TEL> / <EM> | Tél. <TEL>, courriel <EM> | <TEL> ou <EM> | Contact : <TEL> — <EM> | <EM> / <TEL> | Cell. <TEL> ; courriel : <EM>"),
    ("telephone.cellulaire_etiquette", "cell: <TEL> | Cell. : <TEL> | cellulaire <TEL> | {Pers}, cell <TEL> | Cel : <TEL> — {c} | No cell : <TEL>"),
    ("telephone.etiquette_tel", "Tél. : <TEL> | tel <TEL> | Téléphone : <TEL>. {c} | Tél <TEL> (maison) | T : <TEL> | No de tél. : <TEL>"),
    ("telephone.deux_numeros", "<TEL> (maison) / <TEL2> (cell) | Maison : <TEL> — cell : <TEL2> | <TEL> ou <TEL2> | Tél. <TEL>, <TEL2> | Joindre au <TEL> sinon au <TEL2>. | <TEL> / <TEL2> / {c}"),
    ("telephone.avec_nom", "<N> <TEL> | Rappeler <N> au <TEL> | <N> : <TEL>. {c} | <TEL> (<N>) | <N>, tél. <TEL> | Contact : <N> — <TEL>"),
    ("telephone.verbe_rejoindre", "On peut rejoindre {pers} au <TEL>. | Rejoindre au <TEL> après 18 h. | Peut être joint{e} au <TEL>. | Pour le suivi, appeler au <TEL>. | {Pers} demande qu'on l'appelle au <TEL>. | Texter au <TEL> (pas de boîte vocale)."),
    ("telephone.debut_cellule", "<TEL> — {c} | <TEL> : {c} | <TEL> / {ev} | <TEL> rappeler demain | <TEL>. {c} | <TEL> (propriétaire)"),
    ("telephone.fin_cellule", "{c} <TEL> | {c} Rappel : <TEL> | {c} {c2} Tél. <TEL> | {c} Contact <TEL> | {c} — <TEL> | {c} Numéro laissé : <TEL>"),
    ("telephone.entre_parentheses", "{Pers} (<TEL>) : {c} | Rappeler le propriétaire (<TEL>). | Voisin{e} (<TEL>) a donné l'alerte. | {c} (<TEL>) | Contact (<TEL>) à rappeler. | Locataire du sous-sol (<TEL>) relogé{e}."),
    ("telephone.texto", "Texto au <TEL> seulement. | SMS : <TEL> | Envoyer un texto au <TEL>. {c} | texter <TEL> | Messages au <TEL>, pas d'appel | {Pers} répond aux textos : <TEL>"),
    ("plaque.etiquette_plaque", "plaque <PL> | Véhicule plaque <PL> bloque l'accès. | Plaque : <PL>. {c} | Auto (plaque <PL>) dans la cour. | Plaque <PL> — {c} | Camion plaque <PL> stationné devant."),
    ("plaque.immatriculee", "Véhicule immatriculé <PL> coincé par l'eau. | Voiture immatriculée <PL> abandonnée sur la route. | Camionnette immatriculée <PL>. {c} | Un VUS immatriculé <PL> bloque le chemin. | Remorque immatriculée <PL_R> emportée. | Véhicule immatriculé <PL> remorqué."),
    ("plaque.abreviation_immat", "immat. <PL> | Immat : <PL> — {c} | No immat. <PL> | Immatriculation : <PL>. | immat <PL> / {c} | Véh. immat. <PL>"),
    ("plaque.vehicule_decrit", "Honda Civic grise, <PL>, submergée. | Ford F-150 noir (<PL>) coincé dans la boue. | Toyota RAV4 blanc <PL> pris dans la glace. | Dodge Caravan bleue (<PL>) abandonnée. | Chevrolet Silverado rouge, plaque <PL>. | Subaru Outback verte <PL> stationnée au bord de l'eau."),
    ("plaque.no_de_plaque", "No de plaque : <PL> | Numéro de plaque <PL>. {c} | # plaque <PL> | n° plaque : <PL> | No. plaque <PL> — {c} | plaque no <PL>"),
    ("plaque.remorque_roulotte", "Roulotte <PL_R> emportée par l'eau. | Remorque (<PL_R>) renversée. | Plaque de la roulotte : <PL_R>. | Remorque <PL_R> — {c} | Roulotte plaque <PL_R> sur le terrain de camping. | Remorque à bateau <PL_R> dans le fossé."),
    ("plaque.abandonne", "Véhicule abandonné, plaque <PL>, en zone inondée. | Auto abandonnée (<PL>) sur le rang. | <PL> abandonnée depuis hier soir. | Véhicule <PL> laissé sur la voie de service. | Remorquer le véhicule <PL>. | Voiture <PL> enlisée, occupant parti."),
    ("plaque.parentheses", "Véhicule du propriétaire (<PL>) dans l'eau. | {c} (<PL>) | Camion (<PL>) bloque l'accès. | Auto des sinistrés (<PL>) à déplacer. | VUS (<PL>) stationné dans l'entrée. | Voiture (<PL>) endommagée par un arbre."),
    ("plaque.debut_cellule", "<PL> — bloque le chemin | <PL> : {c} | <PL> / {ev} | <PL> stationné devant la caserne. | <PL> remorqué | <PL> : propriétaire à joindre"),
    ("plaque.deux_vehicules", "Deux véhicules : <PL> et <PL2>. | <PL> et <PL2> dans l'eau. | Plaques <PL>, <PL2> — {c} | Autos <PL> / <PL2> à déplacer. | Véhicules <PL> et <PL2> endommagés. | <PL> + <PL2> remorqués"),
    ("plaque.avec_nom", "<N>, plaque <PL> | Véhicule de <N> (<PL>) coincé. | <N> : auto <PL> dans l'eau. | Plaque <PL> au nom de <N>. | <PL> (<N>) | <N> demande le remorquage du véhicule <PL>."),
    ("plaque.anglais", "licence plate <PL> | Car <PL> stuck in water. | Plate: <PL>. {c} | Truck plate <PL> | Quebec plate <PL> — {c} | License <PL>"),
    ("plaque.majuscules_contexte", "VÉHICULE <PL> DANS LE FOSSÉ | PLAQUE <PL> — REMORQUAGE | AUTO <PL> BLOQUE LA ROUTE | <PL> : PROPRIÉTAIRE AVISÉ | CAMION <PL> ENLISÉ | VÉHICULE <PL> ABANDONNÉ"),
    ("plaque.stationne", "Auto <PL> stationnée devant la borne-fontaine. | <PL> stationné dans la zone d'évacuation. | Camion <PL> garé sur le terrain du voisin. | Voiture <PL> stationnée en zone inondable depuis 2 jours. | VUS <PL> stationné au centre d'hébergement. | <PL> garé dans l'entrée, bloque la pompe."),
    ("plaque.mention_quebec", "plaque du Québec <PL> | Plaque Québec : <PL> | QC <PL> | plaque QC <PL> — {c} | Véhicule QC <PL> | Immatriculé au Québec : <PL>"),
    ("lien_familial.pluriel", "Ce sont <LF_PLUR> qui ont appelé. | <^LF_PLUR> sont hébergés à l'hôtel. | Occupants : <LF_PLUR>. {c} | Selon la SQ, <LF_PLUR> étaient seuls dans la maison. | <^LF_PLUR> ont été évacués {h}. | Sinistrés : <LF_PLUR>."),
    ("lien_familial.avec_nom", "C'est <LF_NOM> qui a appelé. | <^LF_NOM> est relogé{e}. | Occupant{e} : <LF_NOM>. {c} | <^LF_NOM> signale de l'eau au sous-sol. | Selon la voisine, <LF_NOM> vit seul{e} ici. | Sinistré{e} : <LF_NOM>."),
    ("lien_familial.parentheses", "Occupant{e} (<LF_ANY>) évacué{e} {h}. | {c} (<LF_ANY>) | Appelant{e} (<LF_ANY>) : {c} | Sinistré{e} (<LF_ANY>) relogé{e}. | Personne à joindre (<LF_ANY>). | Propriétaire (<LF_ANY>) absent{e}."),
    ("lien_familial.minuscules_sans_accents", "c'est <LF_LOW> qui a appelle | <LF_LOW> evacue{e} ce matin | occupant{e}: <LF_LOW> | <LF_LOW> refuse de partir | selon voisin c'est <LF_LOW> | <LF_LOW> heberge{e} chez sa soeur"),
    ("lien_familial.majuscules", "SINISTRÉ{E} : <LF_UP> | <LF_UP> ÉVACUÉ{E} | C'EST <LF_UP> QUI A APPELÉ | <LF_UP> — REFUSE DE PARTIR | OCCUPANT{E} : <LF_UP> | <LF_UP> HÉBERGÉ{E} À L'HÔTEL"),
    ("lieu_travail.chez_employeur_comme", "{Pers} travaille <LTAV>. | {Pers} travaille <LTAV> ; {il} rentre vers 23 h. | Absent{e} : travaille <LTAV>. {c} | Selon {pers}, {il} travaille <LTAV>. | {Pers} est parti{e} travailler <LTAV>. | Joindre au travail : {il} travaille <LTAV>."),
    ("lieu_travail.usine_quart", "{Pers} travaille <LTH>. | {Pers} travaille <LTH> ; {il} rentre vers 7 h. | Absent{e} : travaille <LTH>. {c} | Selon {pers}, {il} travaille <LTH>. | {Pers} est parti{e} travailler <LTH>. | Joindre au travail : {il} travaille <LTH>."),
    ("lieu_travail.anglais", "Tenant works <LTS>. {c} | Owner works <LTS>, back tonight. | {Pers} : works <LTS>. | Works <LTS> — {c} | Occupant works <LTS>. | Resident works <LTS>, call after 5 pm."),
    ("lieu_travail.majuscules", "{PERS} EST <LTU> | OCCUPANT{E} : <LTU> | <LTU> — ABSENT{E} | TRAVAILLE COMME <LTU> | SINISTRÉ{E}, <LTU> | {PERS} : <LTU>"),
    ("lieu_travail.avec_nom", "<N> travaille comme <LTA>. | <N>, <LTA>. {c} | <N> (<LTA>) absent{e} lors de l'évacuation. | Joindre <N> au travail : <LTA>. | {Mme} <S> est <LTA>. | <N> est <LTA>, rentre ce soir."),
    ("date_naissance.anglais_dob", "DOB <DN_EN> | DOB: <DN_EN>. {c} | Born <DN_EN> | {Pers}, DOB <DN_EN> | Date of birth: <DN_EN> | born on <DN_EN>"),
    ("date_naissance.mois_annee", "Né{e} en <DN_MY>. {c} | {Pers} est né{e} en <DN_MY>. | DDN : <DN_MY> | {Pers}, né{e} en <DN_MY>. | Naissance : <DN_MY> | né{e} en <DN_MY>, vit seul{e}"),
    ("date_naissance.majuscules", "NÉ{E} LE <DN_UP> | DDN <DN_UP> | {PERS} NÉ{E} LE <DN_UP> | DATE DE NAISSANCE : <DN_UP> | NÉ{E} LE <DN_UP> — SEUL{E} | NAISSANCE <DN_UP>"),
    ("date_naissance.parentheses", "{Pers} (DDN <DN_ISO>) : {c} | Sinistré{e} (né{e} le <DN_L>). | Occupant{e} (<DN_DMY>) relogé{e}. | {Pers} (né{e} le <DN_L>) | Requérant{e} (DDN : <DN_ISO>) | {c} (DDN <DN_DMY>)"),
    ("date_naissance.sans_accent", "ne{e} le <DN_NA> | date de naissance <DN_NA> | {pers} ne{e} le <DN_NA> | ddn <DN_NA> | naissance <DN_NA>. {c} | nee/ne le <DN_NA>"),
    ("date_naissance.avec_lieu", "Né{e} le <DN_L> à {v}. | {Pers}, né{e} à {v} le <DN_L>. | Né{e} à {v} (<DN_ISO>). | DDN <DN_ISO>, lieu : {v}. | {Pers} est né{e} le <DN_L> à {v}. | Né{e} le <DN_DMY> à {v}."),
    ("date_naissance.avec_nom", "<N>, né{e} le <DN_L>. | <N> (DDN <DN_ISO>) : {c} | <N> — <DN_DMY> | {Mme} <S>, né{e} le <DN_L>. | <N>, DDN <DN_ISO> | Sinistré{e} : <N>, né{e} le <DN_DMY>."),
    ("identifiant.avec_nom", "<N>, NAS <NAS> | <N> — RAMQ <RAMQ> | <N> (dossier <DOS>) : {c} | <N>, permis <PERM> | <N> : NAS <NAS_D> | <N>, carte soleil <RAMQ_C>"),
    ("identifiant.deux_identifiants", "NAS <NAS> / RAMQ <RAMQ> | RAMQ <RAMQ_C>, NAS <NAS_D> | NAS : <NAS_C> ; permis : <PERM> | Dossier <DOS>, RAMQ <RAMQ> | Permis <PERM_C> / NAS <NAS> | RAMQ <RAMQ> — dossier <DOSH>"),
    ("propre.pont_nom_personne", "Circulation ralentie sur le {pont} à cause du verglas {h}. | Le {pont} est fermé dans les deux directions jusqu'à {hh}. | Inspection du {pont} par le MTQ le {d} : aucune anomalie. | Embâcle signalé en amont du {pont} {h}, surveillance accrue. | Détour par le {pont} recommandé aux camions lourds jusqu'au {d}. | Vents de {kmh} km/h : une voie fermée sur le {pont}."),
    ("propre.hopital_nom_personne", "Patients de la résidence pour aînés transférés à l'{hop} {h}. | Génératrice de secours en fonction à l'{hop} depuis {hh}. | L'{hop} a déclenché son code orange le {d}. | Aucune perturbation à l'{hop}, urgences ouvertes ({h}). | Accès à l'{hop} maintenu malgré la fermeture de la {route}. | L'{hop} reçoit {n} évacués du secteur sud."),
    ("propre.ecole_nom_personne", "Centre d'hébergement ouvert à l'{ecole} {h}. | L'{ecole} est fermée le {d} à cause de la panne. | Le gymnase de l'{ecole} accueille {n} sinistrés. | Cours annulés à l'{ecole} le {d}. | Distribution d'eau à l'{ecole} jusqu'à {hh}. | L'{ecole} servira de point de rassemblement {h}."),
    ("propre.parc_nom_personne", "Rassemblement des évacués au {parc} {h}. | Arbres déracinés au {parc}, accès interdit jusqu'au {d}. | Le {parc} est inondé ; {n} sentiers fermés. | Point de distribution d'eau installé au {parc} jusqu'à {hh}. | Feu d'herbe maîtrisé au {parc} {h}. | Le {parc} est fermé depuis le {d}."),
    ("propre.rue_secteur", "Secteur {boul} : {n} refoulements signalés, aucun blessé. | Fermeture : {boul}, direction nord, jusqu'à {hh}. | Accumulation de {cm} cm d'eau — {boul}, près du viaduc. | Déneigement prioritaire le {d} : {boul} et rues adjacentes. | Panne touchant {n2} clients, secteur {boul}. | Conduite d'eau brisée : {boul}, {h}."),
    ("propre.municipalite_saint", "État d'urgence déclaré à {muni} {h}. | {Muni} : {n} résidences touchées par la crue. | Centre de coordination ouvert à {muni} le {d}. | Avis d'ébullition préventif pour le secteur est de {muni} depuis {hh}. | {Muni} et {muni2} partagent leurs pompes. | Mesures d'urgence levées à {muni} le {d}."),
    ("propre.cegep_nom_personne", "Le {cegep} accueille {n} sinistrés dans son gymnase. | Cours suspendus au {cegep} le {d} (panne). | Stationnement du {cegep} réservé aux véhicules d'urgence jusqu'à {hh}. | Le {cegep} sert de centre de services aux sinistrés depuis le {d}. | Résidences du {cegep} mises à la disposition de la Croix-Rouge : {n} chambres. | Le {cegep} est fermé {h}."),
    ("propre.aeroport_barrage", "Vols retardés à l'{aero} en raison du verglas {h}. | Lâcher d'eau préventif au {barrage} annoncé par Hydro-Québec pour le {d}. | L'{aero} est fermé aux vols commerciaux jusqu'à {hh}. | Niveau du réservoir en hausse de {cm} cm au {barrage}. | {n} avions-citernes basés à l'{aero}. | Débit de {deb} m³/s au {barrage}."),
    ("propre.arena_nom_personne", "Centre d'hébergement temporaire à l'{arena} depuis le {d}. | {n} lits de camp livrés à l'{arena}. | L'{arena} est utilisé comme refuge chauffant jusqu'à {hh}. | Inscription des sinistrés à l'{arena} le {d}, de 9 h à 21 h. | {n2} repas servis à l'{arena} par les bénévoles. | L'{arena} est fermé {h} : toit endommagé par la neige."),
    ("propre.station_metro", "Service interrompu à la {metro} {h} (infiltration d'eau). | Évacuation préventive de la {metro} le {d}, aucun blessé. | Navettes d'autobus au départ de la {metro} jusqu'à {hh}. | Panne électrique : {metro} fermée {h}. | Accès à la {metro} rétabli à {hh}. | Refoulement de {cm} cm d'eau dans la {metro}."),
    ("propre.eglise", "Sous-sol de l'{eglise} ouvert comme halte chaleur jusqu'à {hh}. | Le clocher de l'{eglise} a été endommagé par des vents de {kmh} km/h. | Distribution de {n2} repas à l'{eglise}. | Point de rassemblement devant l'{eglise} {h}. | L'{eglise} sert d'entrepôt pour les dons depuis le {d}. | Inspection de l'{eglise} prévue le {d}."),
    ("propre.titre_fonction", "Le maire de {v} a décrété l'état d'urgence {h}. | La ministre de la Sécurité publique visitera les secteurs touchés le {d}. | Le directeur du service incendie de {v} recommande l'évacuation préventive. | La mairesse de {v} demande aux citoyens d'éviter les berges. | Le coordonnateur municipal de sécurité civile a activé le plan {h}. | Le préfet de la MRC a rencontré les maires des {n} municipalités touchées."),
    ("propre.mesures", "{cm} cm de neige tombés en 12 heures. | Débit de {deb} m³/s mesuré à la station hydrométrique. | Vents de {kmh} km/h prévus sur la côte. | Niveau d'eau : {cm} cm au-dessus du seuil d'inondation mineure. | {mm} mm de pluie verglaçante attendus. | Rafales de {kmh} km/h et {cm} cm de neige."),
    ("propre.heures_dates", "Début de l'évacuation {h} le {d}. | Levée de l'avis prévue le {d} vers {hh}. | Rencontre de coordination le {d} à {hh}. | Crue maximale attendue le {d}. | Point de presse à {hh}. | Retour des sinistrés autorisé à partir du {d}."),
    ("propre.routes_km", "{Route} fermée au km {km}. | Autoroute {autn} direction est, sortie {sortie} : circulation en alternance. | Affaissement de la chaussée sur la {route} près du km {km}. | Réouverture de la {route} prévue le {d}. | Autoroute {autn} fermée entre les sorties {sortie} et {km2}. | {Route} : détour par le rang, camions interdits."),
    ("propre.denombrements", "{n} résidences évacuées, {n2} sinistrés relogés. | {n} personnes inscrites au centre de services. | {n} bâtiments inspectés, {n3} jugés inhabitables. | Bilan : {n} sinistrés, aucun blessé. | {n2} appels reçus au 911 depuis minuit. | {n2} clients privés d'électricité dans la municipalité."),
    ("propre.organismes", "{Org} est sur place à {v}. | {Org} et {org2} coordonnent l'hébergement. | Équipes déployées : {org} et {org2}. | Intervention conjointe : {org}, {org2}. | {Org} confirme la fin des opérations {h}. | {Org} a ouvert une ligne d'information le {d}."),
    ("propre.vocabulaire_alea", "Embâcle formé en aval de {v} ; risque de débordement. | Frasil observé près du quai de {v}, surveillance {h}. | Crue printanière à {v} : seuil d'inondation moyenne atteint le {d}. | Risque de glissement de terrain dans les talus argileux de {v}. | Refoulement d'égout généralisé dans le secteur bas de {v}. | Indice d'inflammabilité extrême à {v}, interdiction de feux à ciel ouvert."),
    ("propre.majuscules_institutionnel", "AVIS D'ÉVACUATION PRÉVENTIVE LEVÉ — SECTEUR {SECT} ({D}) | ÉTAT D'URGENCE LOCAL EN VIGUEUR À {MUNI} | FERMETURE DE LA {ROUTE} ENTRE LES KM {km} ET {km2} | CENTRE DE SERVICES AUX SINISTRÉS OUVERT À L'{ARENA} | AVIS D'ÉBULLITION — SECTEUR {SECT} — {D} | FIN DES OPÉRATIONS À {MUNI} À {HH}"),
    ("propre.abreviations", "CMMI activé à {v}, COU en veille, SSI sur place {h}. | ORSC avisée ; CRSC en mode alerte depuis le {d}. | SQ + SSI + TP sur les lieux à {v}. | MSP : niveau d'alerte 2 pour la MRC, {n} municipalités. | DSP avisée {h}, pas d'enjeu sanitaire à {v}. | CCR activé le {d}, OMSC en mobilisation."),
    ("propre.regions", "Région : {region}. {n} municipalités en mesures préventives. | Direction régionale {region} : bilan transmis à {hh}. | Secteurs touchés — {region} et {region2}. | Prévisions d'Environnement Canada : {cm} cm de neige, {region}. | Renforts de la région {region} attendus le {d}. | Vigilance crue : {region}, {region2}."),
    ("propre.communautes_autochtones", "Le conseil de bande de {autoch} a déclenché son plan d'urgence {h}. | Route d'accès à {autoch} coupée par le feu ; évacuation par avion. | {Autoch} : approvisionnement en eau potable assuré par camion depuis le {d}. | Rencontre avec les autorités de {autoch} le {d}. | Les évacués de {autoch} sont hébergés à {v}. | Feu de forêt à {n} km de {autoch}."),
    ("propre.cours_eau", "La {riv} a dépassé la cote d'inondation {h}. | Niveau de la {riv} en baisse de {cm} cm depuis ce matin. | Embâcle sur la {riv} près du pont de {v}. | Débordement de la {riv} dans le secteur nord de {v}. | Surveillance de la {riv} toute la nuit, débit de {deb} m³/s. | La {riv} devrait atteindre son pic le {d}."),
    ("propre.meteo", "Environnement Canada émet un avertissement de pluie verglaçante pour {v}. | Alerte de vents violents levée à {hh}. | Bulletin météo : {cm} cm de neige attendus d'ici demain. | Avertissement de chaleur extrême pour {v}. | Veille d'orage violent : {region}. | Refroidissement éolien de -{n} prévu cette nuit."),
    ("propre.institutionnel_mixte", "{Org} a ouvert un centre d'hébergement à l'{ecole} ; {n} sinistrés inscrits. | Le maire de {muni} a décrété l'état d'urgence ; la {route} est fermée au km {km}. | Niveau de la {riv} : {cm} cm sous le seuil. Surveillance maintenue par la municipalité. | Vols annulés à l'{aero}, centre de répit à l'{arena}. | Évacuation préventive de {n} résidences près du {pont}. {Org} sur place. | Rencontre au {cegep} le {d} à {hh} avec {org} et les élus de {muni}. | Halte chaleur à l'{eglise} jusqu'à {hh}. Panne touchant {n2} clients selon Hydro-Québec. | Patients transférés vers l'{hop} ; route d'accès dégagée par le MTQ. | {Autoch} et {muni} : feux sous contrôle selon la SOPFEU, {n2} ha brûlés. | Fermeture : {boul}. Détour par la {route}. Réouverture prévue le {d}. | Distribution d'eau au {parc} de 10 h à 16 h ; {n2} caisses remises. | Navettes entre la {metro} et l'{hop} assurées par la STM. | Lâcher d'eau au {barrage} : niveau de la {riv} en hausse de {cm} cm. | RÉGION {REGION} : {n} MUNICIPALITÉS EN ALERTE, COORDINATION À {MUNI}."),
]

# health families built from shared apposition templates (rotated so that families differ)
_SG = ["{Pers} est <H>, priorité lors de l'évacuation.", "{Pers}, <H>, doit être relogé{e} rapidement. {c}",
       "Attention : {pers} est <H>. {c}", "{c} {Pers} est <H>.", "Selon la voisine, {pers} serait <H>.",
       "Visite faite {h}. {Pers} est <H>, à rappeler demain.", "Sinistré{e} <H>, hébergement adapté requis.",
       "{Pers} (<H>) refuse de quitter la maison.", "Besoin prioritaire : {pers} est <H>.",
       "{Pers} vit seul{e} et est <H>. {c}", "Occupant{e} <H> : {c}", "{Pers} est <H> ; prévoir un transport adapté."]
for _j, (_fid, _cat) in enumerate([
        ("cancer_chimio", "ONCO"), ("reins_dialyse", "REIN"), ("diabete", "DIAB"), ("respiratoire_oxygene", "RESP"),
        ("mobilite_handicap", "MOB"), ("cognitif_demence", "COG"), ("sante_mentale", "MENT"), ("vih_infections", "VIH"),
        ("chirurgie_greffe", "CHIR"), ("sensoriel", "SENS"), ("deficience_intellectuelle", "DI"),
        ("dependances", "DEP"), ("cardiaque", "CARD"), ("epilepsie", "EPI"), ("soins_palliatifs", "PALL"),
        ("soins_domicile", "DOM"), ("allergies", "ALL"), ("hospitalisation_blessure", "HOSP"),
        ("alitement_autonomie", "ALIT"), ("fautes_orthographe", "TYPO"), ("majuscules", "UP")]):
    _FAM.append((f"sante.{_fid}", " | ".join(_SG[(5 * _j + k) % len(_SG)].replace("<H>", f"<H_{_cat}>") for k in range(6))))

_LG = ["C'est <X> qui a signalé le refoulement.", "<^X> a été évacué{e} {h}.", "Sinistré{e} : <X>. {c}",
       "<^X> refuse de quitter la maison.", "Selon les voisins, l'occupant{e} serait <X>.", "Appel reçu : c'est <X>. {c}",
       "<^X> est hébergé{e} chez des amis.", "{c} L'occupant{e} est <X>.", "<^X> demande des sacs de sable.",
       "Maison inondée : <X> y habite seul{e}."]
for _j, _g in enumerate(["enf", "veuf", "beaux", "conj", "parent", "petit", "neveu", "gp", "ex", "gendre", "fratrie",
                         "oncle", "blonde", "cousin", "loc", "dbl"]):
    _names = {"enf": "enfant_de", "veuf": "veuf_veuve", "beaux": "belle_famille", "conj": "conjoint", "parent": "parent_de",
              "petit": "petits_enfants", "neveu": "neveu_niece", "gp": "grands_parents", "ex": "ex_conjoint",
              "gendre": "gendre_bru", "fratrie": "fratrie", "oncle": "oncle_tante", "blonde": "blonde_chum",
              "cousin": "cousin_cousine", "loc": "avec_localite", "dbl": "double_lien"}
    _FAM.append((f"lien_familial.{_names[_g]}",
                 " | ".join(_LG[(3 * _j + k) % len(_LG)].replace("<X>", f"<LF_{_g.upper()}>").replace("<^X>", f"<^LF_{_g.upper()}>")
                            for k in range(6))))

_LTG = ["{Pers} est <X>, {il} est au travail en ce moment.", "{Pers} travaille comme <X>. {c}",
        "Occupant{e} : <X>, de retour ce soir.", "{Pers} (<X>) demande un rappel après 17 h.",
        "Absent{e} lors de l'évacuation : {pers} est <X>.", "Selon la voisine, {pers} est <X>.", "{c} {Pers} est <X>.",
        "Sinistré{e}, <X>, ne peut pas s'absenter du travail."]
for _j, (_fid, _k) in enumerate([
        ("poste_employeur", "A"), ("clsc", "B"), ("commerce_succursale", "C"), ("enseignant_ecole", "D"), ("cegep", "E"),
        ("hopital", "F"), ("policier", "G"), ("proprietaire_commerce", "I"), ("caisse", "J"), ("camionneur", "K"),
        ("chsld", "L"), ("mine", "M"), ("municipal", "N"), ("cpe", "O"), ("organisme_public", "P"), ("aviation", "Q"),
        ("construction", "R"), ("ministere", "V")]):
    _FAM.append((f"lieu_travail.{_fid}", " | ".join(_LTG[(3 * _j + k) % len(_LTG)].replace("<X>", f"<LT{_k}>") for k in range(6))))

# format families: one value format each, phrased with shared templates (rotated so that families differ)
_FMT = {
    "telephone": (["Tél. : <X>", "Rappeler {pers} au <X>.", "<X> — {c}", "{Pers} : <X>", "Numéro : <X>. {c}", "Joindre au <X> {h}.",
                   "tel <X>", "{c} Tél. <X>", "<X> (laisser un message)", "No de téléphone : <X>", "Téléphone <X> / {ev}"],
                  "tirets TEL_D parentheses TEL_P points TEL_DOT espaces TEL_SP compact TEL_C sans_frais TEL_TF international TEL_INT "
                  "poste TEL_X local_7_chiffres TEL_L separateurs_mixtes TEL_M barres_obliques TEL_SL indicatif_1 TEL_ONE"),
    "date_naissance": (["DDN <X>", "Né{e} le <X>. {c}", "{Pers}, né{e} le <X>.", "Date de naissance : <X>", "ddn : <X> / {c}",
                        "{Pers} (DDN <X>) : {c}", "Naissance : <X>", "{Pers} est né{e} le <X>.", "D.D.N. <X> — {c}",
                        "Date naiss. <X>", "né{e} le <X>, {pers} vit seul{e}."],
                       "long_fr DN_L premier DN_PREM iso_ddn DN_ISO jj_mm_aa DN_DMY2 jj_mm_aaaa DN_DMY tirets DN_DASH points DN_DOT "
                       "compact DN_COMP mois_abrege DN_ABR en_lettres DN_WORDS aaaa_mm_jj_barres DN_YSL sans_zero DN_S "
                       "annee_deux_chiffres DN_L2 dix_neuf_cent DN_QC"),
    "courriel": (["Courriel : <X>", "Écrire à <X>.", "<X> — {c}", "{Pers} : <X>", "courriel <X>", "Contact : <X>. {c}",
                  "Joindre {pers} par courriel à <X>.", "Adresse courriel : <X>", "Suivi par courriel (<X>).",
                  "Envoyer le formulaire à <X>.", "{c} Courriel : <X>"],
                 "simple EM initiale_nom EMI etiquette_plus EMPLUS majuscules EMUP obfusque_mots EMOB obfusque_crochets EMAT "
                 "espaces EMSP anglais_at_dot EMEN chiffres EMNUM soulignement_tiret EMUND accents EMACC surnom EMNICK"),
    "plaque": (["plaque <X>", "Véhicule <X> — {c}", "Auto immatriculée <X>.", "<X> coincé par l'eau {h}.", "Immat. <X>",
                "Camion <X> dans le fossé. {c}", "No de plaque : <X>", "<X> à remorquer {h}.", "Véhicule <X> stationné devant. {c}"],
               "compacte PL_C minuscules PL_L tiret PL_T commerciale PL_F nouveau_format PL_NEW ancien_format PL_OLD"),
}
_FMT["identifiant"] = (
    ["LAB : <X>", "LAB <X> — {c}", "{Pers} — LAB <X>", "LAB <X>. {c}", "LAB (fourni par {pers}) : <X>",
     "Ajouté au dossier — LAB : <X>", "{c} LAB : <X>", "LAB <X>", "Vérifier LAB <X> {h}.", "{Pers} : LAB <X> / {ev}"],
    "nas_espaces NAS NAS;nas_tirets NAS_D N.A.S.;nas_compact NAS_C nas;nas_libelle_long NAS Numéro d'assurance sociale;"
    "nas_anglais NAS_D SIN;ramq_espaces RAMQ RAMQ;ramq_compact RAMQ_C No RAMQ;ramq_minuscules RAMQ_L no ramq;"
    "carte_soleil RAMQ Carte soleil;permis PERM Permis de conduire;permis_compact PERM_C Permis;dossier_client DOS "
    "Dossier client;dossier_hopital DOSH No de dossier hôpital;reclamation_assurance REC No de réclamation;passeport PASS "
    "Passeport;compte_hydro HQ Compte client Hydro-Québec;statut_indien STAT No de statut indien;police_assurance POL "
    "Police d'assurance;dossier_aide_financiere MSP Dossier d'aide financière")
for _kind, (_tt, _spec) in _FMT.items():
    _items = [x.split(" ", 2) + [""] for x in _spec.split(";")] if ";" in _spec else \
        [[a, b, ""] for a, b in zip(_spec.split()[::2], _spec.split()[1::2])]
    for _j, (_fid, _slot_name, _lab, *_) in enumerate(_items):
        _FAM.append((f"{_kind}.{_fid}", " | ".join(_tt[(4 * _j + k) % len(_tt)].replace("<X>", f"<{_slot_name}>")
                                                   .replace("LAB", _lab) for k in range(6))))

_FORCE_G = {"sante.grossesse": "f"}
_TOK = re.compile(r"<(\^?)([A-Z][A-Z0-9_]*)>|\{([A-Za-z][A-Za-z0-9_]*)\}")
_ELIDE = re.compile(r"(^|[\s(])([Dd])e $")

def _elidable(v: str) -> bool:
    return bool(v) and (_deacc(v[0]).lower() in "aeiouy" or v[:2].lower() in ("hé", "hô"))

def _render(c: _C, tpl: str):
    vals: dict[str, str] = {}
    for m in _TOK.finditer(tpl):
        k = m.group(2)
        if k and k not in vals:
            for _ in range(40):
                v = _slot(c, k)
                if _norm(v) not in {_norm(x) for x in vals.values()}:
                    break
            vals[k] = v
    tpl = _agree(tpl, c.g)
    out, planted, pos = [], [], 0
    for m in _TOK.finditer(tpl):
        out.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(2):
            v = vals[m.group(2)]
            if m.group(1):
                v = v[:1].upper() + v[1:]
            planted.append(v)
        else:
            v = _ctx(c, m.group(3))
        if _elidable(v) and _ELIDE.search(out[-1]):
            out[-1] = _ELIDE.sub(lambda mm: mm.group(1) + mm.group(2) + "'", out[-1])
        out.append(v)
    out.append(tpl[pos:])
    return " ".join("".join(out).split()), list(dict.fromkeys(planted))

def _valid(text: str, planted) -> bool:
    if not all(p and p in text for p in planted):
        return False
    rest = text  # after removing every planted span, no planted value may remain (case-insensitively)
    for p in sorted(planted, key=len, reverse=True):
        rest = rest.replace(p, "\x00")
    return not any(p.casefold() in rest.casefold() for p in planted)

def _templates(split_i: int, tpls: str) -> list[str]:
    t = [x.strip() for x in tpls.split(" | ") if x.strip()]
    return t[split_i::2] or t

def generate(split: str, per_family: int = 20, seed: int = 0) -> list[Cell]:
    """All cells of one split: `per_family` cells per phrasing family (the mixed institutional clean family
    gets max(50, 3 * per_family)).  Deterministic for (split, per_family, seed)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    i = SPLITS.index(split)
    cells: list[Cell] = []
    for fid, tpls in _FAM:
        kind = fid.split(".")[0]
        tt = _templates(i, tpls)
        n = max(50, 3 * per_family) if fid == "propre.institutionnel_mixte" else per_family
        r = random.Random(f"{seed}|{split}|{fid}")
        seen: set[str] = set()
        got, tries = 0, 0
        while got < n:
            tries += 1
            if tries > 200 * n + 200:
                raise RuntimeError(f"{fid}: only {got}/{n} distinct valid cells")
            c = _C(r, i, _FORCE_G.get(fid))
            text, planted = _render(c, tt[(got + tries) % len(tt)])
            if kind == "propre":
                planted = []
            elif not planted or not _valid(text, planted):
                continue
            if text in seen:
                continue
            seen.add(text)
            assert all(p in text for p in planted)
            cells.append(Cell(text, kind, fid, tuple(planted)))
            got += 1
    return cells

def overlap(dev, heldout) -> set[str]:
    """Planted values of `heldout` that also occur (case/accents/punctuation-insensitively) in `dev`."""
    d = {_norm(p) for c in dev for p in c.planted}
    return {p for c in heldout for p in c.planted if _norm(p) in d}

def places_named_after_people(split: str) -> list[str]:
    """Places / institutions named after people (or saints) that clean cells of `split` may mention."""
    i = SPLITS.index(split)
    return sorted({x for k in _PLACE_POOLS for x in _HALVES[i][k]})

def _summary(cells) -> str:
    fam = defaultdict(Counter)
    for c in cells:
        fam[c.kind][c.family.split(".", 1)[1]] += 1
    lines = [f"{len(cells)} cells, {sum(len(v) for v in fam.values())} families"]
    for k in KINDS + ("propre",):
        v = fam.get(k, Counter())
        lines.append(f"  {k:<15} {len(v):>3} families {sum(v.values()):>5} cells  "
                     + " ".join(f"{f}={n}" for f, n in v.items()))
    multi = sum(1 for c in cells if len(c.planted) > 1)
    lines.append(f"  cells with 2+ planted values: {multi}")
    return "\n".join(lines)

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=SPLITS, default="heldout")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", help="JSONL output path (default: stdout)")
    a = ap.parse_args(argv)
    cells = generate(a.split, a.per_family, a.seed)
    lines = (json.dumps(asdict(c), ensure_ascii=False) for c in cells)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.writelines(x + "\n" for x in lines)
    else:
        sys.stdout.writelines(x + "\n" for x in lines)
    other = generate(SPLITS[1 - SPLITS.index(a.split)], a.per_family, a.seed)
    dev, held = (cells, other) if a.split == "dev" else (other, cells)
    ov = overlap(dev, held)
    out = sys.stdout if a.out else sys.stderr
    print(_summary(cells), file=out)
    print(f"  overlap(dev, heldout): {len(ov)} shared planted values" + (f" e.g. {sorted(ov)[:10]}" if ov else ""),
          file=out)
    return 1 if ov else 0

if __name__ == "__main__":
    sys.exit(main())
