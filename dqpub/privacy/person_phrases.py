"""What is said of a person singles them out, in words that are each safe: a family tie (« la fille du
maire »), a workplace (« caissier au IGA de Mont-Laurier », « retraité de l'aluminerie »), a condition
(« atteint d'un trouble … »), a nickname (« surnommé le Grand »). Each rule finds the phrase from its cue and
returns where it ends; :func:`mask_person_phrases` masks them. Used by :mod:`.safe_text`."""

from __future__ import annotations

import functools
import re

from dqpub.privacy.safe_words import (
    CHAINS, EMPLOY_LINKS, ESTABLISHMENTS, HEALTH_CUES, INDIVIDUAL, INFRA, INFRA_ADJ, JOB_ENDINGS, KINSHIP, KINSHIP_EN, KINSHIP_MORE, KIN_ADJ, KIN_SINGULAR, KIN_GROUP, KIN_PREFIXES,
    APPARATUS, BUILDINGS, HONORIFICS, MONTHS, NAME_LABEL, RELATIONS, RESIDENCE, ROLES, NICKNAME_CUES, NICKNAME_SAID, OCCUPATIONS, OWNS, PERSON_CUES, PREDICATE, UNITS,
    WORK_CUES, WORK_LINKED, WORKPLACES, fold, gazetteer,
)
from dqpub.privacy.text_tokens import broken, is_number, lexicon, sentence_start, strip_elision, Tok


@functools.lru_cache(maxsize=1 << 16)
def kin_word(key: str) -> bool:
    """A family tie, in the singular or the plural (« les deux filles de »), with its prefixes (« b-sœur »)."""
    if key in KIN_GROUP or key in KIN_SINGULAR:
        return True
    stem = key.rstrip(".")
    for prefix in KIN_PREFIXES:
        if stem.startswith(prefix):
            stem = stem[len(prefix):]
    for form in (stem, stem[:-1] if stem.endswith(("s", "x")) else stem):
        if form in KINSHIP or form in KINSHIP_MORE or form in KINSHIP_EN or (
                form != key and form in ("fils", "fille", "mari", "femme")):
            return True
    return False


_PHRASE_ADJ = INFRA_ADJ | frozenset(fold(w) for w in "public publics publique publiques communautaire scolaire".split())


def _adjective_before_place(toks: list[Tok], k: int) -> bool:
    """« comptoir alimentaire de Gatineau »: a lowercase word, then « de » and a capital, goes on with its noun."""
    return k + 2 < len(toks) and toks[k].text.islower() and fold(toks[k + 1].text) in ("de", "du", "des", "d'") \
        and toks[k + 2].text[:1].isupper() and not broken(toks, k + 1) and not broken(toks, k + 2)


def _noun_phrase_end(toks: list[Tok], j: int, limit: int = 10) -> int:
    """Index after the chain « de la coiffeuse du village de X »: words linked by de/du/des/d'/à/au."""
    links = ("de", "du", "des", "d", "la", "le", "l", "les", "à", "au", "aux", "a", "en", "chez", "of", "the")
    end = j
    k = j
    while k < len(toks) and k < j + limit:
        low = fold(toks[k].text)
        if toks[k].text.startswith("[") and toks[k].text != NAME_LABEL:
            break  # « la ferme [nom retiré] de Saint-Ubald » goes on over the name
        if (low in links and not (toks[k].text.lower() == "a" and _verb_a(toks, k))) or low.endswith("'"):
            k += 1
            continue
        # an elided article glued to its noun (« l'agronome », « d'angine ») counts as a linked word
        end = k + 1
        k += 1
        if k < len(toks):
            if broken(toks, k):
                break  # punctuation: the phrase ended
            nxt = fold(toks[k].text)
            if not ((nxt in links and not (toks[k].text.lower() == "a" and _verb_a(toks, k))) or nxt.startswith(("d'", "l'")) or strip_elision(toks[k].text)[1] in KIN_ADJ
                    or nxt in _PHRASE_ADJ or toks[k].text[:1].isupper() or toks[k].text == NAME_LABEL
                    or _adjective_before_place(toks, k)):  # « l'école primaire Sainte-Marie »
                break  # a proper name goes on over its capitalized words (« Jean Coutu », « camping Plage X »)
    return end


def _clause_end(toks: list[Tok], j: int, limit: int = 7) -> int:
    """Index after the words that follow, up to a placeholder or ``limit`` words (punctuation is not a token:
    the caller's phrase ends where the text's clause ends because the tokens stop being adjacent)."""
    end = j
    for k in range(j, min(j + limit, len(toks))):
        if toks[k].text.startswith("["):
            break
        end = k + 1
        if k + 1 < len(toks) and broken(toks, k + 1):
            break  # punctuation or more than a space between: the clause ends
    return end


def _verb_a(toks: list[Tok], k: int) -> bool:
    """« a » is the verb (« a prêté des pompes »), not « à » typed without its accent (« a la fromagerie »)."""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return not (nxt[:1].isupper() or fold(nxt) in ("la", "le", "les", "l", "un", "une") or nxt.lower().startswith("l'"))


def _employ_link(toks: list[Tok], j: int) -> bool:
    """« au », « chez », « à » (« a » typed without its accent, but not the verb: « le pompier a dit »)."""
    low = fold(toks[j].text)
    if low not in EMPLOY_LINKS:
        return False
    return toks[j].text.lower() != "a" or j + 1 >= len(toks) or not _verb_a(toks, j)


# After « à / aux », what no one works at: an hour, the people an official speaks to (« demande aux citoyens »).
_NOT_EMPLOYERS = frozenset(fold(w) for w in "h heure heures minuit midi citoyens citoyennes résidents résidentes "
                           "sinistrés sinistrées gens familles bénévoles personnes usagers automobilistes "
                           "riverains population médias voisins voisines pompiers policiers ambulanciers secouristes "
                           "enfants victimes occupants locataires propriétaires autorités".split())


def _workplace_head(toks: list[Tok], j: int) -> bool:
    """What follows the link ``toks[j]`` (« au », « à la », « l'… ») may name a workplace: not « à 22 h »,
    « au 3 mai »."""
    core, _ = strip_elision(toks[j].text)
    k = j if core != toks[j].text else j + 1
    if k < len(toks) and fold(toks[k].text) in ("la", "le", "les") and k + 1 < len(toks):
        k += 1
    if k >= len(toks):
        return False
    hcore, hkey = strip_elision(toks[k].text)
    if k == j + 1 and fold(toks[j].text) == "a" and hcore.islower() and hkey.endswith(("er", "ir", "re")) and lexicon(
            hcore):
        return False  # a verb: « la directrice générale à signer l'entente »
    if fold(toks[j].text) == "pour" and not (hcore[:1].isupper() or hkey in WORKPLACES or hkey in INFRA):
        return False  # « pour » names an employer by its name or a workplace word, not « pour l'achat de pompes »
    return not is_number(hcore) and hkey not in MONTHS and hkey not in _NOT_EMPLOYERS


def _employer_link(toks: list[Tok], i: int) -> int | None:
    for j in range(i + 1, min(i + 4, len(toks))):
        if broken(toks, j):
            return None
        low = fold(toks[j].text)
        if _employ_link(toks, j) or low.startswith("l'"):
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and (nxt.text[:1].isupper() or fold(nxt.text) in ("la", "le", "les")
                                    or strip_elision(nxt.text)[1] in INFRA or strip_elision(nxt.text)[1] in WORKPLACES
                                    or fold(nxt.text) in _PLACES_OF_WORK or low.startswith("l'")):
                return j
    return None


def _predicate_job(toks: list[Tok], i: int, text: str) -> bool:
    """« (le locataire) est nutritionniste au CLSC de Matane »: a word built like a job name, said of the
    person, before an employer; after a person and a comma or a colon, any word (« l'occupant, sacristain de
    la paroisse de X »)."""
    if i == 0 or toks[i].text != toks[i].text.lower() or toks[i].text.startswith("["):
        return False
    k = i - 1 if i >= 2 and fold(toks[i - 1].text) in _JOB_ADJ else i  # « est premier répondant au … »
    prev = fold(toks[k - 1].text)
    gap = text[toks[k - 1].end:toks[k].start]
    if prev not in PREDICATE and not any(c in gap for c in ",(:—") and not (
            k >= 2 and fold(toks[k - 2].text) in PREDICATE and prev == "col"):
        return False
    subject = strip_elision(toks[k - 1].text)[1]  # « m » is a metre there, not « M. »
    person = subject in INDIVIDUAL and subject not in HONORIFICS and any(c in gap for c in ",(:—")
    word = fold(toks[i].text)
    job_like = word.endswith(JOB_ENDINGS) or person
    if not job_like and (prev not in ("est", "etait", "comme", "serait") or word in _STATES or word.endswith(
            ("e", "es")) or (k >= 2 and strip_elision(toks[k - 2].text)[1] in ROLES)):
        return False  # the cheap tests first: every word after a comma or « est » comes here
    link = _employer_link(toks, i)
    if not job_like and not (link == i + 1 and any(
            o.text[:1].isupper() for o in toks[link + 1:_noun_phrase_end(toks, link)])):
        return False  # « est paramédic à la caserne de X »; not « est présent au centre de X », « le maire est … »
    if link is not None:
        return True
    # a « de » phrase only after a verb, a person or a colon (« est patrouilleur de X », « l'occupant, releveur
    # de X », « Témoin : patrouilleur de X »): « …, secteur de Saint-Jean », « …, quartier de X » are places in a list
    if word in _AREAS or word in INFRA or word in WORKPLACES:
        return False  # « (secteur de Beauport) », « Zone : quartier de Limoilou »: places
    return (prev in ("est", "sont", "etait", "serait", "comme") or person or any(c in gap for c in "(:")) \
        and _named_body_after(toks, i) is not None


_STATES = frozenset(fold(w) for w in "présent présents absent absents seul seuls disponible responsable sur".split())
_JOB_ADJ = frozenset(fold(w) for w in "premier première ancien ancienne ex simple".split())


def _named_body_after(toks: list[Tok], i: int) -> int | None:
    """« (est) patrouilleur de la sécurité publique de La Pocatière », « releveur de compteurs d'Hydro-Québec »:
    the job's « de » phrase names a body or a place with a capital."""
    for j in range(i + 1, min(i + 4, len(toks))):
        if broken(toks, j):
            return None
        low = fold(toks[j].text)
        if low in ("de", "du", "des") or low.startswith("d'"):
            end = _noun_phrase_end(toks, j)
            if any(strip_elision(o.text)[0][:1].isupper() for o in toks[j:end]):
                return j
    return None


def mask_person_phrases(toks: list[Tok], text: str, health: bool = True) -> None:
    """« la fille du maire », « caissier au IGA de Mont-Laurier », « atteint d'un trouble … », « travaille chez X
    comme Y »: a family tie, a workplace or a condition said of a person singles them out; the phrase is masked."""
    for i in range(len(toks)):
        core, _ = strip_elision(toks[i].text)
        key = fold(core)
        stop = (_kin_phrase(toks, i, key) or _tie_to_a_role(toks, i, key) or _kin_of_a_role(toks, i, key)
                or _employers_thing(toks, i, key) or _corner_of_a_home(toks, i, key)
                or _job_phrase(toks, i, key, text)
                or (_health_phrase(toks, i, key) if health else None) or _work_cue(toks, i, key))
        if stop:
            for o in toks[i + (1 if key in WORK_CUES or key in WORK_LINKED else 0):stop]:
                o.keep = False
        if not toks[i].keep and not toks[i].text.startswith("[") and i + 1 < len(toks) \
                and not broken(toks, i + 1) and fold(toks[i + 1].text) in ("au", "aux", "chez", "pour", "a", "à"):
            # a word masked as unknown right before an employer (« [trav.] chez la SAQ », « [PAB] au CHSLD
            # de Matane ») is a job: its workplace goes with it
            workplace = _linked_workplace(toks, i)
            if workplace:
                for o in toks[i + 1:workplace]:
                    o.keep = False
        nickname = _nickname(toks, i, key, text)
        if nickname:
            for o in toks[i + 1:nickname]:
                o.keep = False
    mask_establishments(toks, text)


_PUBLIC_BODIES = frozenset(fold(w) for w in (
    "ville municipalité mrc paroisse village canton cisss ciusss sq sûreté gouvernement ministère régie conseil "
    "maire mairesse préfet préfète député députée direction service services sécurité protection croix-rouge "
    "hydro-québec sopfeu incendie incendies police ccmu msp mtq état urgence port pont route autoroute rivière lac rue rang chemin boulevard secteur région "
    "caserne casernes ssi travaux"
    ).split()) | MONTHS
_WORK_WORDS = frozenset(fold(w) for w in "formation déplacement salaire paie attestation employeur employeuse "
                         "embauche mutation affectation télétravail travaillent travailler travaillé travaillée "
                         "bosser bossent travail quart quarts shift shifts job jobine boulot occupation travailleurs "
                         "travailleuses ouvriers ouvrières saisonniers saisonnières journaliers journalières".split())
_HEAD_WORDS = frozenset(fold(w) for w in "aînés aînées poste jeunesse santé municipal municipale".split())
_PHRASE_LINKS = ("de", "du", "des", "d", "la", "le", "les", "l", "à", "a", "au", "aux", "pour", "et")


def _elided_workplace(tok: Tok) -> bool:
    """« (infirmière à) l'hôpital », « l'Université Laval », not « (directeur …) l'évacuation »."""
    core, key = strip_elision(tok.text)
    return core[:1].isupper() or key in WORKPLACES or key in ESTABLISHMENTS or key in INFRA


def _public_body(toks: list[Tok], j: int) -> bool:
    """The employer after the link ``toks[j]`` is a public body (« du service incendie », « de la
    Ville », « à la SQ »): the job names a public function (A-2.1, s. 57), not where a private person works."""
    for k in range(j, min(j + 3, len(toks))):
        core, key = strip_elision(toks[k].text)
        if key in _PUBLIC_BODIES:
            return True
        if key not in _PHRASE_LINKS and core == toks[k].text:
            return False
    return False


def speaks_of_one(toks: list[Tok]) -> bool:
    """The cell is about one person or household: a masked name, a name-like word, a word of
    :data:`INDIVIDUAL` (« lui », « la locataire », « absent », « revenus »), or the first person."""
    return any(t.text == NAME_LABEL or t.name_like or (strip_elision(t.text)[1] in INDIVIDUAL and not (
        i and is_number(toks[i - 1].text) and fold(t.text).rstrip(".") in UNITS)) or _first_person(t)
        for i, t in enumerate(toks))  # « 429 m »


def _first_person(t: Tok) -> bool:
    """« je », « moi », « j'… »: someone speaks of themself."""
    return t.text.lower() in ("je", "moi", "j", "jsuis", "chu") or t.text[:2].lower() in ("j'", "j’")


# Shifts said without a work word (« De nuit cette semaine au Maxi de Chicoutimi », « sur appel pour … »).
_SHIFTS = frozenset({("de", "nuit"), ("de", "soir"), ("de", "jour"), ("de", "garde"), ("sur", "appel"),
                     ("temps", "partiel"), ("temps", "plein")})


def speaks_of_work(toks: list[Tok]) -> bool:
    """The cell is about someone's work (« En formation pour … », « Confirmation de l'employeur … », « De nuit
    cette semaine au … », « jtravaille au … »)."""
    keys = [strip_elision(t.text)[1] for t in toks]
    return any(_work_word(k) or (k[:1] == "j" and _work_word(k[1:])) for k in keys) or any(
        pair in _SHIFTS for pair in zip(keys, keys[1:]))


def _work_word(key: str) -> bool:
    return key in WORK_CUES or key in WORK_LINKED or key in _WORK_WORDS


def mask_establishments(toks: list[Tok], text: str) -> None:
    """In a cell about one person or about someone's work, a named establishment is where that person works or is cared for
    (« elle à la fromagerie de Lévis », « Absent, en déplacement pour Walmart de Lévis », « Fils (BRP à
    Valcourt) »), whatever verb or cue links them: an establishment word or a capitalized name followed by
    a proper name or a town is masked, the town with it (the branch of a chain in a small town is one
    workplace). Public bodies and roads (« la Ville de Lévis », « le pont de Québec ») stay."""
    if not (speaks_of_one(toks) or speaks_of_work(toks)):
        return
    i = 0
    while i < len(toks):
        end = _establishment(toks, i, text)
        if end:
            for o in toks[i:end]:
                o.keep = False
            i = end
        else:
            i += 1


def _establishment(toks: list[Tok], i: int, text: str) -> int | None:
    core, key = strip_elision(toks[i].text)
    if core.startswith("[") or key in _PUBLIC_BODIES or key in INDIVIDUAL:
        return None
    chain = key in CHAINS
    head = key in WORKPLACES or key in ESTABLISHMENTS or chain or (  # « (travaux publics de X) », not « travaux de nuit »
        key == "travaux" and i + 1 < len(toks) and fold(toks[i + 1].text) == "publics")
    if not head and (not core[:1].isupper() or (sentence_start(text, toks[i].start) and lexicon(core.lower()))):
        return None  # « Confirmation du bureau … »: a common word opening the sentence is no brand
    end, named, linked = i + 1, False, False
    lowercase = text == text.lower()  # typed without capitals: a brand has none either
    k = i + 1
    while k < len(toks) and k < i + 9 and not broken(toks, k):
        c, low = strip_elision(toks[k].text)
        if head and low in _HEAD_WORDS:
            end = k = k + 1  # « résidence pour aînés », « bureau de poste », « centre jeunesse »
            continue
        if c.startswith("[") or low in INDIVIDUAL:
            break
        if low in _PHRASE_LINKS or c != toks[k].text:  # a link, or an elided article glued to its noun
            linked = linked or low in ("de", "du", "d", "à", "a", "au")
            if c == toks[k].text:
                k += 1
                continue
        if (c[:1].isupper() and fold(c) not in _PUBLIC_BODIES) or (
                (chain or (head and lowercase)) and linked and fold(c) in gazetteer() and fold(c) not in _PUBLIC_BODIES):
            named, end = True, k + 1  # « iga extra de chambly »: a chain's branch is named by its town
        elif low in INFRA_ADJ or low in WORKPLACES or low in ESTABLISHMENTS or (head and low in INFRA) or (
                (chain or (head and lowercase)) and not linked and c.islower()) or _what_it_does(toks, k, key if head else ""):
            end = k + 1  # « iga extra de … », « l'usine béton provincial de matane »: the name before its town
        else:
            break
        k += 1
    if not named or (not head and not linked):
        return None  # « la fromagerie » alone names no one; a capitalized word needs « de / à » a name
    return end


def _what_it_does(toks: list[Tok], k: int, head: str) -> bool:
    """« usine de filtration de Saint-Pie »: one lowercase word between « de » and « de », what the establishment
    does, before its town (not a public centre's: « centre de coordination municipal de X »)."""
    return bool(head) and head != "centre" and toks[k].text.islower() and fold(toks[k - 1].text) in ("de", "d") \
        and k + 1 < len(toks) and fold(toks[k + 1].text) in ("de", "du", "des")


def _kin_phrase(toks: list[Tok], i: int, key: str) -> int | None:
    if not kin_word(key):
        return None
    j = i + 1
    while j < len(toks) and fold(toks[j].text) in KIN_ADJ:
        j += 1
    if j < len(toks) and (fold(toks[j].text) in ("du", "de", "des", "of") or fold(toks[j].text).startswith("d'")
                          or (toks[j].text.lower() in ("à", "a", "au") and _employ_link(toks, j))):
        return _noun_phrase_end(toks, j)  # « la fille à Réjean », « le chum à la madame » : Québec's « à »
    return None


_POSSESSIVES = frozenset(("son", "sa", "ses", "leur"))


_ROLE_LEAD = frozenset(("la", "le", "l", "les", "ancien", "ancienne", "nouveau", "nouvelle", "ex"))
_TIE_LINKS = frozenset(("de", "du", "a", "au"))  # folded: « à » reads « a »


def _a_role(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` (its article and « ancien » read through, « l'agent » too) names a person by their role."""
    while k < len(toks) and fold(toks[k].text) in _ROLE_LEAD:
        k += 1
    key = strip_elision(toks[k].text)[1] if k < len(toks) else ""
    return key in ROLES or key in OCCUPATIONS


def _tie_to_a_role(toks: list[Tok], i: int, key: str) -> int | None:
    """« le locataire de la mairesse », « le partenaire de chasse du médecin », « le gars au médecin », « la plus
    vieille au commandant »: someone known by a tie to a person named by their role."""
    if key not in RELATIONS or (key in ("vieux", "vieille", "jeune") and not (i and fold(toks[i - 1].text) == "plus")):
        return None
    for j in (i + 1, i + 3):  # « le locataire de la mairesse », « le partenaire de chasse du médecin »
        if j >= len(toks) or broken(toks, j) or (j > i + 1 and not (
                fold(toks[i + 1].text) == "de" and toks[i + 2].text.islower() and not broken(toks, i + 2))):
            return None
        link = fold(toks[j].text)
        if (link.startswith("d'") and _a_role(toks, j)) or (link in _TIE_LINKS and _a_role(toks, j + 1)):
            return _noun_phrase_end(toks, j)  # « d'un » / « de l'agent »: the role is in the next token or this one
    return None


_WEARS_OR_DRIVES = frozenset(fold(w) for w in "porte portait portaient portant conduit conduisait conduisaient "
                             "conduisant chauffe chauffait chauffaient avait arborait arbore vêtu vêtue habillé "
                             "habillée enfilé volant sortait descendait débarquait".split())
# What is worn at work names the employer even with no verb (« l'homme en dossard de la voirie de X »), in a cell
# about someone; so does a vehicle (« évacué dans la camionnette de Telus »).
_WEARABLES = frozenset(fold(w) for w in "uniforme dossard tablier chandail casquette veste habit badge chemise polo "
                       "gilet manteau tuque sarrau blouse combinaison salopette écusson insigne logo t-shirt "
                       "kangourou coton-ouaté".split())
_EMPLOYERS_THINGS = _WEARABLES | frozenset(fold(w) for w in "camion pick-up camionnette véhicule voiture auto autobus "
                                           "fourgonnette fourgon remorqueuse dépanneuse taxi déneigeuse niveleuse "
                                           "chargeuse tracteur".split())


def _employers_thing(toks: list[Tok], i: int, key: str) -> int | None:
    """« portait le dossard de la voirie de Lachute », « conduisait le camion de la Ville de X », « l'homme en
    chemise du Rona de X », « part avec le pick-up de la municipalité de X »: what someone wears or drives for an
    employer names it."""
    if key in _EMPLOYERS_THINGS and (i == 0 or fold(toks[i - 1].text) not in _WEARS_OR_DRIVES):
        j = _named_body_after(toks, i)  # a garment or a vehicle with no verb before it: in a cell about someone only
        return _noun_phrase_end(toks, j) if j is not None and speaks_of_one(toks) else None
    if key not in _WEARS_OR_DRIVES:
        return None
    for k in range(i + 1, min(i + 4, len(toks))):
        if broken(toks, k):
            return None
        if strip_elision(toks[k].text)[1] in _EMPLOYERS_THINGS:
            j = _named_body_after(toks, k)
            return _noun_phrase_end(toks, j) if j is not None else None
    return None


def _corner_of_a_home(toks: list[Tok], i: int, key: str) -> int | None:
    """« La maison située coin Saint-Louis et Principale », « le bungalow à l'angle de la rue X et de la rue Y »: two
    streets that meet pinpoint a home said in the same cell."""
    if key not in ("coin", "angle", "intersection") or not any(
            strip_elision(o.text)[1] in BUILDINGS or strip_elision(o.text)[1] in RESIDENCE for o in toks):
        return None
    return _clause_end(toks, i + 1, limit=10)


def _kin_of_a_role(toks: list[Tok], i: int, key: str) -> int | None:
    """« Le préfet déclare que son fils est parmi les demandeurs »: a family tie said by one known by their role
    names that relative."""
    if key not in _POSSESSIVES or i + 1 >= len(toks) or not kin_word(strip_elision(toks[i + 1].text)[1]) \
            or not any(_a_role(toks, k) for k in range(i)):
        return None
    return i + 2


# Jobs that are also everyday words (« accident mineur », « dans le cadre de », « projet pilote », « camion
# chargé de sable »): a job only when a person is said to be one (« un mineur de », « comme cadre chez »).
_JOB_OR_WORD = frozenset(fold(w) for w in "mineur mineure cadre pilote chargé chargée".split())
_SAID_TO_BE = frozenset(fold(w) for w in "un une comme est était son sa leur notre ancien ancienne ex".split())


def _job_phrase(toks: list[Tok], i: int, key: str, text: str) -> int | None:  # noqa: C901 - one reading of a job
    if key in _JOB_OR_WORD and not (i > 0 and fold(toks[i - 1].text) in _SAID_TO_BE):
        return None
    if key in OCCUPATIONS or (key == "col" and i + 1 < len(toks) and fold(toks[i + 1].text) in _COLLARS):
        # one person: « les pompiers de Laval », a group, names no one
        # a job opening the cell is what the note says of its person (« Commis au CISSS à Mont-Joli »,
        # « Agent de bureau, centre de détention de X », « caissière / dépôt à neige de Percé »)
        subject = i == 0 or (strip_elision(toks[i - 1].text)[1] in INDIVIDUAL and any(
            c in text[toks[i - 1].end:toks[i].start] for c in "(:—–-"))  # « Sinistré (mécanicien, usine de X) »
        for j in range(i + 1, min(i + 8, len(toks))):
            if broken(toks, j):
                if subject and any(c in text[toks[j - 1].end:toks[j].start] for c in ",/—:(-") and _workplace_named(
                        toks, j):
                    return _noun_phrase_end(toks, j)
                return None  # punctuation: the job was not said with an employer
            low = fold(toks[j].text)
            heads = [strip_elision(o.text)[0] for o in toks[j + 1:j + 3]]
            said_of_someone = (subject and low not in ("de", "du", "des")) or i > 0 and (
                fold(toks[i - 1].text) in PREDICATE or any(
                    c in text[toks[i - 1].end:toks[i].start] for c in ",(:—"))  # « X, brigadier à la Ville »
            if (_employ_link(toks, j) and _workplace_head(toks, j)) or (low.startswith("l'") and _elided_workplace(
                    toks[j])) or (low in ("de", "du", "des") and (any(
                    (a.upper() == a and a.isalpha()) or (a[:1].isupper() and fold(a) not in gazetteer())
                    for a in heads) or _named_workplace_after(toks, j) or (
                    said_of_someone and low in ("de", "du") and any(h[:1].isupper() for h in heads)))):  # « pompier de Matane »
                if not said_of_someone and (_public_body(toks, j) or any(
                        strip_elision(o.text)[1] in _PUBLIC_BODIES for o in toks[i + 1:j])):
                    return None  # « le directeur du service incendie de Matane »: a public function (not « X est
                    # policière à la SQ »: a job said of someone)
                end = _noun_phrase_end(toks, j)  # said of someone, the employer's words run to the clause's end
                return max(end, _clause_end(toks, j)) if said_of_someone and low in ("de", "du", "des") else end
        return None
    if _predicate_job(toks, i, text):
        link = _employer_link(toks, i)
        if link is None and (named := _named_body_after(toks, i)) is not None:
            return _clause_end(toks, named)  # « de la Régie intermunicipale de police X »: the body's words, to the clause's end
        return _noun_phrase_end(toks, link or i + 1)
    return None


def _named_workplace_after(toks: list[Tok], j: int) -> bool:
    """« (journalière) de la boulangerie Saint-Louis »: a workplace word after « de (la) », named by a capital."""
    k = j + 1 + (j + 1 < len(toks) and fold(toks[j + 1].text) in ("la", "le", "les"))
    return k < len(toks) and strip_elision(toks[k].text)[1] in WORKPLACES and _workplace_named(toks, k)


def _workplace_named(toks: list[Tok], j: int) -> bool:
    """``toks[j]`` opens a named establishment: a workplace word followed by « de / à » and a capitalized
    name (« centre de détention de Princeville », « dépôt à neige de Percé »), or a capitalized name."""
    core, key = strip_elision(toks[j].text)
    if core.startswith("[") or is_number(core):
        return False
    if key not in WORKPLACES and key not in ESTABLISHMENTS and key not in _PUBLIC_BODIES and key not in _PLACES_OF_WORK:
        return core[:1].isupper() and fold(core) not in _PUBLIC_BODIES and not lexicon(core.lower())
    return any(o.text[:1].isupper() for o in toks[j + 1:_noun_phrase_end(toks, j)])


_COLLARS = frozenset(("bleu", "blanc", "bleue", "blanche"))
_PLACES_OF_WORK = frozenset(fold(w) for w in "palais service services dépôt centre bureau".split())


def _health_phrase(toks: list[Tok], i: int, key: str) -> int | None:
    if key in HEALTH_CUES and i + 1 < len(toks):
        nxt = fold(toks[i + 1].text)
        if nxt in ("de", "du", "des", "avec", "pour", "contre") or nxt.startswith("d'"):
            return _clause_end(toks, i + 1)
    return None


def _nickname(toks: list[Tok], i: int, key: str, text: str) -> int | None:
    """« surnommé le Grand », « alias Bob », « dit "Coco" »: what a person is called, up to the end of the
    quotes or of the clause (four words at most). « dit » and « appelé » only before quotes or a capital
    (« il a dit que » stays)."""
    if (key not in NICKNAME_CUES and key not in NICKNAME_SAID) or i + 1 >= len(toks):
        return None  # called for every word: most leave here
    gap = text[toks[i].end:toks[i + 1].start]
    quoted = bool(re.fullmatch(r"\s*[«\"“‘']\s*", gap))
    if not quoted and gap != " ":
        return None
    nxt = toks[i + 1].text
    said = key in NICKNAME_SAID and (quoted or nxt[:1].isupper() or (
        fold(nxt) in ("le", "la") and i + 2 < len(toks) and toks[i + 2].text[:1].isupper()))
    if key not in NICKNAME_CUES and not said or (i and strip_elision(toks[i - 1].text)[1] in INFRA):
        return None  # « route dite « du Lac » » names a place
    if not quoted:
        return _clause_end(toks, i + 1, 4)
    close = re.search(r"[»\"”’']", text[toks[i + 1].start:])
    limit = toks[i + 1].start + close.start() if close else len(text)
    inside = [k for k in range(i + 1, min(i + 5, len(toks))) if toks[k].start < limit]
    return inside[-1] + 1


def _work_cue(toks: list[Tok], i: int, key: str) -> int | None:
    if key in _DOES and 0 < i < len(toks) - 1 and fold(toks[i + 1].text) in ("de", "du", "des", "d'") and (
            fold(toks[i - 1].text) in _SUBJECTS or strip_elision(toks[i - 1].text)[1] in INDIVIDUAL
            or toks[i - 1].text == NAME_LABEL):
        return _linked_workplace(toks, i)  # « fait de l'entretien ménager au CLSC de X »: a job said by its work
    if key in WORK_LINKED or key in _OWNER:  # « le propriétaire refuse de partir » says no workplace
        if key in _ASSIGNED and (any(fold(o.text) in APPARATUS or is_number(o.text) for o in toks[max(0, i - 3):i])
                                 or any(fold(o.text) in _AREAS for o in toks[i + 1:i + 4])):
            return None  # « autopompe 1520 affectée au secteur sud »: a vehicle, an area
        return _linked_workplace(toks, i)
    if key in OWNS and 0 < i < len(toks) - 1:  # « qui gère le camping X », « (la locataire) tient l'épicerie »
        said_of_person = fold(toks[i - 1].text) == "qui" or fold(toks[i - 1].text) in PERSON_CUES
        article = fold(toks[i + 1].text) in ("le", "la", "les", "un", "une", "l'")
        if (said_of_person and article) or toks[i + 1].text.lower().startswith(("l'", "l’")):
            return _noun_phrase_end(toks, i + 1)
    if key not in WORK_CUES or i + 1 >= len(toks):
        return None
    end = _clause_end(toks, i + 1, 8)
    return end if end > i + 1 else None


# Words that name a workplace only with one linked after them: an owner (« le propriétaire refuse » says none), an
# assignment (« affecté à la caserne de X », where « secteur affecté par la panne » is a place)
_ASSIGNED = frozenset(fold(w) for w in "affecté affectée affectés affectées assigné assignée".split())
_OWNER = _ASSIGNED | frozenset(fold(w) for w in "propriétaire propriétaires copropriétaire copropriétaires proprio "
                               "proprios muté mutée détaché détachée".split())
_DOES = frozenset(("fait", "fais", "faisait", "font", "faisaient"))
_SUBJECTS = frozenset(("il", "elle", "ils", "elles", "je", "j", "qui", "lui"))
_AREAS = frozenset(fold(w) for w in "secteur secteurs zone zones quartier district périmètre site opération front "
                   "tâche tâches évacuation surveillance patrouille".split())
_WORK_LINKS = ("chez", "au", "aux", "à", "a", "pour", "de", "du", "des", "d", "l", "d'", "l'", "le", "la", "les",
               "at", "for", "the")


def _linked_workplace(toks: list[Tok], i: int) -> int | None:
    """« retraité de l'aluminerie de Deschambault », « au travail chez Jean Coutu », « à son travail (Hôpital
    X) », « job d'été au Rona »: from a link within four words (an opening parenthesis counts as one) whose
    head is capitalized or a workplace, to the end of the noun phrase. « le travail des pompiers » has a
    link, but no workplace after it, and stays."""
    for j in range(i + 1, min(i + 5, len(toks))):
        opens = toks[j].start - toks[j - 1].end > 1
        if opens and j > i + 1:
            return None  # punctuation: the clause ended
        core, low = strip_elision(toks[j].text)
        elided = core != toks[j].text
        if not (low in _WORK_LINKS or elided or opens) or (low == "a" and _verb_a(toks, j)):
            continue  # « le propriétaire a donné … »: the verb, not « à » typed without its accent
        start = j if elided or opens else j + 1
        if start >= len(toks):
            return None
        hcore, hkey = strip_elision(toks[start].text)
        if fold(hcore) in ("la", "le", "les", "the") and start + 1 < len(toks):
            hcore, hkey = strip_elision(toks[start + 1].text)
        if hcore[:1].isupper() or hkey in INFRA or hkey in WORKPLACES or hkey in ESTABLISHMENTS or hkey in CHAINS \
                or low == "chez":  # « job chez hamster de rimouski »: whoever one works chez is the employer
            return max(_noun_phrase_end(toks, start), start + 1)
    return None
