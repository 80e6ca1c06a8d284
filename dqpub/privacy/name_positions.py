"""Words that are a person's name by where they stand, whatever they are otherwise: before an age in
parentheses (« Pouliot (74 ans) »), a signature closing the cell (« -cp »), a bare subject before a verb said of
a person (« Racine refuse de partir »), a name spelled letter by letter (« G A G N O N »). Used by
:mod:`.safe_text`, beside the phrases of :mod:`.person_phrases`."""

from __future__ import annotations

import re

from dqpub.privacy.person_phrases import kin_word
from dqpub.privacy.safe_words import (
    AGE_EXPRESSIONS, INDIVIDUAL, INFRA, JOB_ENDINGS, NUMBER_WORDS, OCCUPATIONS, PERSON_CUES, PLACEHOLDERS, UNITS, acronyms, fold,
    gazetteer,
    place_homonyms,
)
from dqpub.privacy.text_tokens import is_number, sentence_start, strip_elision, Tok


def mark_names_by_position(text: str, toks: list[Tok]) -> None:
    """Words that are a person's name by where they stand, whatever they are otherwise."""
    _before_an_age(text, toks)
    _signature(text, toks)
    _bare_subject(text, toks)
    _spelled(text, toks)
    _family_by_article(text, toks)


def _family_by_article(text: str, toks: list[Tok]) -> None:
    """« les Tranquille », « la maison des Hiver », « chez les Tremblay »: after « les », « des », « aux », a word
    with a capital that does not take the plural's s (« les Laurentides », « des Érables », « aux Outardes » do)
    is a family's name: a family's name stays singular. Not a known place, nor an acronym, nor a compound."""
    for k in range(1, len(toks)):
        prev, t = toks[k - 1], toks[k]
        if prev.text.lower() not in ("les", "des", "aux") or text[prev.end:t.start] != " " or not t.text[:1].isupper():
            continue
        key = fold(t.text)
        if key.endswith(("s", "x")) or t.text.isupper() or not t.text.isalpha() or key in gazetteer() \
                or key in acronyms() or key in NUMBER_WORDS or (k > 1 and strip_elision(toks[k - 2].text)[1] in INFRA):
            continue  # « rivière des Mille Îles », « rue des Pionnier »: a place's name
        t.keep, t.name_like = False, True


_SPELLED = re.compile(r"[^\W\d_](?:[-.][^\W\d_]){2,}\.?")


def _spelled(text: str, toks: list[Tok]) -> None:
    """A word spelled letter by letter (« A-H-M-E-D », « G A G N O N », « p.i.c.a.r.d ») is a name given over the
    phone: three capitals or more, or four letters or more in any case (« c.-à-d. », « d.d.n » are shorter)."""
    run: list[Tok] = []
    for t in toks + [Tok(len(text) + 2, len(text) + 2, "")]:
        letter = len(t.text) == 1 and t.text.isalpha()
        if letter and (not run or t.start - run[-1].end == 1 and text[run[-1].end] in " .-"):
            run.append(t)
            continue
        if len(run) >= 4 or (len(run) == 3 and all(o.text.isupper() for o in run)):
            for o in run:
                o.keep, o.name_like = False, True
        run = [t] if letter else []
        if _SPELLED.fullmatch(t.text) and ((t.text.isupper() and fold(t.text) not in acronyms()) or sum(
                c.isalpha() for c in t.text) >= 4):
            t.keep, t.name_like = False, True


# Verbs said of a person only (« Racine refuse de partir », « Pont a dit que… »), and what may stand between
# the subject and them
_PERSON_VERBS = frozenset(fold(w) for w in (
    "dit disent disait affirme affirment déclare déclarent raconte racontent souhaite souhaitent veut veulent "
    "voulait désire désirent craint craignent pense pensent croit croient nie nient prétend admet habite "
    "habitent habitait réside résident vit vivent travaille travaillent travaillait téléphone appelle appellent "
    "rappelle rappellera refuse refusent refusait demande demandent demandait accepte acceptent explique "
    "expliquent inquiète plaint oppose sent sentait").split())
_PERSON_PARTICIPLES = frozenset(fold(w) for w in (
    "dit refusé demandé appelé rappelé accepté déclaré affirmé raconté expliqué téléphoné souhaité").split())
_NOT_A_NAME_SUBJECT = frozenset(fold(w) for w in (
    "il elle ils elles on personne quelqu'un chacun chacune tout tous toutes aucun aucune nul plusieurs certains "
    "certaines celui celle ceux celles cela ça ce qui lui eux moi je tu nous vous ville municipalité ministère "
    "gouvernement police équipe service direction comité conseil mairie entreprise compagnie assureur école "
    "hôpital famille couple voisin voisine voisins client cliente usager usagère détenu détenue assuré assurée "
    "bénéficiaire citoyen citoyenne citoyens personnel organisme partenaire régie").split())


def _someone_else(word: str) -> bool:
    """``word`` opening a sentence names who acts without being a name: a pronoun, a role said without its
    article in a log (« Propriétaire refuse »), a job, a participle said of someone (« Sinistré »), a body, a place."""
    key = fold(word)
    return key in _NOT_A_NAME_SUBJECT or key in INDIVIDUAL or key in OCCUPATIONS or key in PERSON_CUES \
        or kin_word(key) or key.endswith(JOB_ENDINGS) or word.lower().endswith(("é", "ée", "és", "ées")) \
        or key in acronyms() or (key in gazetteer() and key not in place_homonyms())


def _bare_subject(text: str, toks: list[Tok]) -> None:
    """A capitalized word opening a sentence with no article, right before a verb said of a person
    (« Racine refuse de quitter », « Racine ne veut pas ») is who does it, though it is also a common noun."""
    for k in range(len(toks) - 1):
        t = toks[k]
        if not t.keep or not t.text[:1].isupper() or t.text.startswith("[") or text[t.end:toks[k + 1].start].strip() \
                or not sentence_start(text, t.start) or _someone_else(t.text):
            continue
        j = k + 2 if fold(toks[k + 1].text) == "ne" and k + 2 < len(toks) else k + 1
        verb = strip_elision(toks[j].text)[1]
        if verb in _PERSON_VERBS or (verb == "a" and j + 1 < len(toks) and fold(toks[j + 1].text) in _PERSON_PARTICIPLES):
            t.keep, t.name_like = False, True


def _before_an_age(text: str, toks: list[Tok]) -> None:
    """« Pouliot (74 ans) », « Manuel (52) »: a capitalized word right before an age in parentheses is
    the person's name, whatever else the word may be."""
    ages: set[int] | None = None  # starts of the age expressions, read once and only when needed
    for k in range(1, len(toks)):
        prev, t = toks[k - 1], toks[k]
        if text[prev.end:t.start].strip() != "(" or not prev.text[:1].isupper() or prev.text.startswith("["):
            continue
        if t.text != PLACEHOLDERS["age"] and (t.keep or not is_number(t.text)):
            if t.keep:
                continue
            ages = {m.start() for m in AGE_EXPRESSIONS.finditer(text)} if ages is None else ages
            if t.start not in ages:
                continue
        prev.keep, prev.name_like = False, True


_NOT_INITIALS = frozenset("ok km am pm min hr hre sem cf nb ps etc".split())


def _signature(text: str, toks: list[Tok]) -> None:
    """« à revoir lundi (lé) », « OK pour paiement partiel -cp »: two or three letters closing the cell after
    a dash, a slash or in parentheses are who wrote it, unless a unit or a known body's acronym."""
    t = toks[-1]
    key = fold(t.text)
    if not (2 <= len(t.text) <= 3 and t.text.isalpha()) or key in _NOT_INITIALS or key in UNITS or (
            t.text.isupper() and key in acronyms()):
        return
    before = text[toks[-2].end:t.start] if len(toks) > 1 else text[:t.start]
    after = text[t.end:].strip()
    if before.rstrip().endswith(("-", "—", "–", "/", "(")) and after in ("", ")", ").", "."):
        t.keep, t.name_like = False, True
