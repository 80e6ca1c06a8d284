"""What a cell says a person *has*, *does* or *is under*: their health, in whatever words the writer chose.

A list of health expressions does not catch a new hand: « a le moral à terre », « a un problème avec la
boisson », « fait de la pression », « a des absences » are made of common, known-safe words. What they share
is their form: a person, a verb of state (« a », « fait », « souffre de », « est sous » …), then what that person
has. In a cell about one person that thing is masked to the end of its clause, unless it is one of the
things people own, ask for or do in an emergency (« a une génératrice » is masked, « a un chien »,
« fait une demande », « est en route » stay): the safe side is the list of what is *not* health, which is
short and stable, where the list of what is health never ends. Only when the column removes « sante »."""

from __future__ import annotations

from dqpub.privacy.person_phrases import speaks_of_one
from dqpub.privacy.safe_words import INDIVIDUAL, NAME_LABEL, fold, word_set
from dqpub.privacy.text_tokens import Tok, broken, strip_elision

# Verbs of having, doing or showing, then a determiner: « a le diabète », « fait de l'angine », « porte une
# stomie », « présente des bleus », « reçoit le soutien à domicile », « prend ses pilules ».
_HAVE = word_set("a ai avait avais ont fait fais faisait font porte portait prend prends prenait présente "
                 "présentait reçoit recevait has had takes took uses")
# Verbs whose complement is always a state: « souffre d'arthrite », « se plaint de vertiges », « vit avec … ».
_ALWAYS = {"souffre": "de", "souffrait": "de", "plaint": "de", "vit": "avec", "dort": "avec", "suffers": "from"}
# « est sous Suboxone », « est en dépression majeure »
_IS = word_set("est suis était etait reste demeure semble")
_IS_UNDER = word_set("sous en")
_DETERMINERS = word_set("le la les l un une des du de d sa son ses leur leurs mon ma mes a an the his her their "
                        "some")
_SUBJECTS = word_set("il elle ils elles qui je j moi lui on he she they who") | INDIVIDUAL
_CLAUSE_LINKS = word_set("que qu et mais pis ou car donc parce that and but")
# What people own, ask for or do in an emergency: what follows these is not their health.
_NOT_HEALTH = word_set(
    "maison chalet logement appartement condo loyer bail sous-sol terrain cour garage remise toit puits fosse "
    "voiture véhicule vehicule auto camion camionnette pick-up motoneige vtt bateau roulotte tracteur remorque "
    "génératrice generatrice pompe chien chiens chat chats chienne animal animaux cheval chevaux vaches poules "
    "bétail troupeau ferme enfant enfants bébé famille ami amie amis voisin voisine voisins visite visiteur "
    "assurance assurances assureur clé clés clef question questions rendez-vous permis numéro numero "
    "téléphone telephone cellulaire adresse courriel place lit chambre dossier demande demandes réclamation "
    "reclamation formulaire entente contrat emploi travail job entreprise commerce droit accès acces choix "
    "temps nouvelles papiers effets affaires biens meubles vêtements vetements argent compte facture factures "
    "dommages dégâts degats eau appel appels message avis lettre plainte soumission réponse reponse plan "
    "projet photo photos preuve preuves reçu recu reçus copie liste inventaire budget aide allocation chèque "
    "cheque indemnité indemnite démarche démarches demarche demarches signalement travaux bénévolat benevolat "
    "tour ménage menage nettoyage route autobus bus traversier relais décision decision charge "
    "sécurité securite contact attente chemin communication déplacement deplacement voyage retard congé "
    "vacances fonction poste service ligne location ville forêt foret formation mission pluie neige "
    "responsabilité responsabilite quart horaire patron patronne employeur aller-retour trajet trajets "
    "traversée traversee voyages")
# Words before the thing had that say nothing of it: « fait un seul aller-retour », « a une autre maison ».
_BEFORE_HEAD = word_set("seul seule seuls seules autre autres petit petite gros grosse nouveau nouvelle premier "
                        "première dernier dernière deux trois quatre")
_CLAUSE_END = word_set("et mais pis car donc parce puis ou")
_SPAN = 6  # words masked at most after the verb


def mask_person_states(toks: list[Tok], health: bool = True) -> None:
    """Mask what a person has, does or is under in a cell about one person (see the module); ``health``:
    the column removes « sante »."""
    if not health:
        return
    about_one: bool | None = None
    for i in range(len(toks) - 1):
        start = _state_start(toks, i)
        if not start:
            continue
        if about_one is None:
            about_one = speaks_of_one(toks)  # the first person too (« j'ai … »)
        if not about_one:
            return
        for k in range(start, min(start + _SPAN, len(toks))):
            if k > start and (broken(toks, k) or fold(toks[k].text) in _CLAUSE_END or toks[k].text.startswith("[")):
                break
            toks[k].keep = False


def _state_start(toks: list[Tok], i: int) -> int:
    """The index where the state said by the verb at ``i`` begins, or 0 when ``i`` is not such a verb."""
    verb = strip_elision(toks[i].text)[1]
    if toks[i].text in ("à", "À"):  # folded, « à » is « a »
        return 0
    if verb not in _HAVE and verb not in _ALWAYS and verb not in _IS or not _after_a_person(toks, i):
        return 0
    nxt = fold(toks[i + 1].text)
    if broken(toks, i + 1):
        return 0
    if verb in _ALWAYS:
        return i + 2 if nxt == _ALWAYS[verb] or nxt.startswith("d'") and _ALWAYS[verb] == "de" else 0
    if verb in _IS:
        return i + 1 if nxt in _IS_UNDER and i + 2 < len(toks) and not _not_health(toks, i + 2) else 0
    k = i + 1
    while k < len(toks) and k - i <= 2 and (fold(toks[k].text) in _DETERMINERS or strip_elision(
            toks[k].text)[0] != toks[k].text and fold(toks[k].text)[:2] in ("l'", "d'")):
        if strip_elision(toks[k].text)[0] != toks[k].text:  # « l'angine », « d'arthrite »: the head is this one
            return k if not _not_health(toks, k) else 0
        k += 1
    return k if i + 1 < k < len(toks) and not broken(toks, k) and not _not_health(toks, k) else 0


def _not_health(toks: list[Tok], k: int) -> bool:
    """The thing had at ``k`` (or after a word of :data:`_BEFORE_HEAD`) is one of :data:`_NOT_HEALTH`, in
    the singular or the plural."""
    key = strip_elision(toks[k].text)[1]
    if key in _BEFORE_HEAD and k + 1 < len(toks) and not broken(toks, k + 1):
        key = strip_elision(toks[k + 1].text)[1]
    return key in _NOT_HEALTH or key.rstrip("sx") in _NOT_HEALTH


def _after_a_person(toks: list[Tok], i: int) -> bool:
    """The verb follows a person: a name, a word for someone (« la dame », « le bonhomme »), a pronoun, or
    « j' » glued to it; « sinistré : a la grippe » too (a form's colon). « ne », « se » may come between
    (« se plaint de »); not « il y a »."""
    if toks[i].text[:2].lower() in ("j'", "j’"):
        return True
    j = i - 1
    if j < 0:
        return False
    if fold(toks[j].text) in ("ne", "n", "y", "se", "s") and j > 0 and not broken(toks, j):
        if fold(toks[j].text) == "y":
            return False
        j -= 1
    for k in range(j, max(j - 6, -1), -1):  # « la résidente de la chambre 12 fait … »: the person opens the clause
        prev = toks[k]
        if prev.text == NAME_LABEL or prev.name_like or strip_elision(prev.text)[1] in _SUBJECTS:
            return True
        if broken(toks, k + 1) and k < j or fold(prev.text) in _CLAUSE_LINKS:
            return False
    return False
