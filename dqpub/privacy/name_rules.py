"""Rule-based person-name recognizers for Québec texts: names after an honorific or a reporting
word, « NOM, Prénom », « Prénom NOM », initials, names opening a sentence, families by their
surname, and names written in capitals or lowercase after a reporting word. What they add to the
model, and their limits, are described in :mod:`dqpub.privacy.ner`; :func:`rule_spans` runs on every text."""

from __future__ import annotations

import re

from dqpub.privacy.name_lexicons import (COMMON_WORD_SURNAMES, INFRA, NOT_NAMES, ORGS, PLACES, common_word, common_word_raw,
                                 given_names, is_given, norm)

# --- rules ---------------------------------------------------------------------------------------

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zà-öø-ÿ"
SPACE = "[ \u00a0\u202f]"
HYPHEN = "[-\u2010\u2011]"
APOSTROPHE = "['’]"
_CAPWORD = rf"[{UPPER}][{LOWER}]+(?:{HYPHEN}[{UPPER}][{LOWER}]+)*"                       # Jean, Jean-François
_CAPSWORD = rf"[{UPPER}]{{2,}}(?:{HYPHEN}[{UPPER}]{{2,}})*"                               # TREMBLAY
_ELIDED = rf"(?:[DdLlOo]{APOSTROPHE}[{UPPER}][{LOWER}]+(?:{HYPHEN}[{UPPER}][{LOWER}]+)*)"      # D'Amours, O'Neil
_MC = rf"(?:Ma?c[{UPPER}][{LOWER}]+)"                                                   # McDonald, MacLean
_INITIAL = rf"(?:[{UPPER}]\.(?:{HYPHEN}[{UPPER}]\.)?)"                                    # J., J.-F.
TOKEN = rf"(?:{_ELIDED}|{_MC}|{_CAPWORD}|{_CAPSWORD})"
PARTICLE = rf"(?:[Dd]e{SPACE}+[Ll]a|[Dd]e|[Dd]u|[Dd]es|[Ll]e|[Ll]a|[Vv]an|[Vv]on|[Dd]a|[Dd]i|[Dd]os|[Bb]en|[Ee]l|[Aa]l|St|Ste|Saint|Sainte)"
_NAME = (rf"(?:{_INITIAL}{SPACE}*)?(?:{PARTICLE}{SPACE}+)?{TOKEN}"
         rf"(?:{SPACE}+(?:{_INITIAL}{SPACE}+)?(?:{PARTICLE}{SPACE}+)?{TOKEN}){{0,3}}")
HONORIFIC = (r"(?:M\.|MM\.|Mme|Mmes|Mlle|Mlles|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Dr|Dre|Dr\.|"
              r"Docteur|Docteure|Me|Maître|Mr\.?|Mrs\.?|Ms\.?|Pr|Professeur|Professeure|Sgt|Sergent|"
              r"Sergente|Agent|Agente|Constable|Capitaine|Lieutenant|Lieutenante|Inspecteur|Inspectrice|"
              r"Sr|Sœur|Soeur|Frère|Abbé|Père)")
_ROLES = (r"propriétaires?|plaignante?s?|témoins?|locataires?|résidente?s?|demandeur|demanderesse|requérante?|"
          r"citoyen(?:ne)?s?|contact|nom|couple|personne{s}+(?:à{s}+)?contact(?:er)?|sinistrée?s?|victimes?|conducteur|"
          r"conductrice|occupante?s?|responsable|voisine?s?|conjointe?|fils|fille|mère|père|épouse|époux|frère|"
          r"sœur|soeur|cliente?|réclamante?|famille|patiente?|blessée?|disparue?|signalant|appelante?|bébé|enfant|"
          r"garçon|fillette|adolescente?|aîné|aînée|dame|monsieur|madame|homme|femme").format(s=SPACE)
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
            r"{s}+(?:de|d')(?:{s}+|(?<=')))").format(s=SPACE)
_HONORIFIC_RULE = re.compile(rf"(?<![\w.]){HONORIFIC}{SPACE}+({_NAME})")
_TRIGGER_RULE = re.compile(rf"(?<![\w]){_TRIGGER}{SPACE}*(?:{HONORIFIC}{SPACE}+)?({_NAME})")
NAME_RE = re.compile(_NAME)
# « TREMBLAY, Jean », « DU TREMBLAY, Diane », « TREMBLAY Jean », « Marie-Ève BISSON », « J. Tremblay »
_CAPS_SURNAME = rf"(?:(?:DE|DU|DES|LE|LA|EL|VAN|DA|ST|STE){SPACE}+)?(?:[DLO]{APOSTROPHE})?{_CAPSWORD}"
_MIXED_RULES = [
    re.compile(rf"(?<![\w])({_CAPS_SURNAME}{SPACE}*,{SPACE}*{_CAPWORD}(?:{SPACE}+{_CAPWORD})?)(?![\w])"),
    re.compile(rf"(?<![\w])({_CAPS_SURNAME}{SPACE}+{_CAPWORD})(?![\w'’-])"),
    re.compile(rf"(?<![\w])({_CAPWORD}{SPACE}+{_CAPS_SURNAME})(?![\w'’-])"),
    re.compile(rf"(?<![\w.])((?:[{UPPER}]\.{HYPHEN}?){{1,3}}{SPACE}*(?:{PARTICLE}{SPACE}+)?{TOKEN})"),
]

_SURNAME_COMMA_GIVEN = re.compile(rf"(?<![\w'’-])({_CAPWORD}){SPACE}*,{SPACE}*({_CAPWORD})(?![\w'’-])")
# « Les Tremblay du rang 4 », « chez les Gagnon »: a family by its surname
_FAMILY = re.compile(rf"(?<![\w])(?:[Ll]es|[Ff]amille|[Cc]ouple){SPACE}+({_CAPWORD})(?={SPACE}+(?:du|de|des|d['’]|sont|ont|étaient|"
                     rf"avaient|refuse\w*|demande\w*|a|est)(?![\w]))")

WORD_RE = re.compile(r"[\w'’\-\u2010\u2011.]+")


# « Rose Blais signale… »: two or three name-like words opening a sentence, then a lowercase word
_SUBJECT_RULE = re.compile(rf"(?:^|(?<=[.!?;:\n]){SPACE}*|(?<=[.!?;:\n][ \u00a0]))({TOKEN}(?:{SPACE}+(?:{PARTICLE}{SPACE}+)?{TOKEN}){{1,2}})"
                           rf"(?=,?{SPACE}+[{LOWER}])")


def is_caps_acronym(token: str) -> bool:
    return token.isupper() and len(token) <= 4


def rule_spans(text: str) -> list[tuple[int, int]]:  # noqa: C901 - one loop per rule, each with its vetoes; splitting scatters them
    out = []
    for m in _HONORIFIC_RULE.finditer(text):
        s, e = m.span(1)
        name = text[s:e]
        first = name.split()[0]
        if norm(first) in NOT_NAMES and len(name.split()) == 1:
            continue
        trimmed = _trim_rule_name(text, s, e)
        if trimmed:
            out.append(trimmed)
    for m in _SUBJECT_RULE.finditer(text):
        if looks_like_person(m.group(1)):
            out.append(m.span(1))
    for rx in _MIXED_RULES:
        for m in rx.finditer(text):
            s, e = m.span(1)
            words = re.findall(r"[\w'’-]+", text[s:e])
            caps = [w for w in words if w.isupper()]
            other = [w for w in words if not w.isupper()]
            if any(norm(w) in NOT_NAMES or norm(w) in ORGS or norm(w) in PLACES or norm(w) in INFRA
                   for w in words):
                continue
            if s and text[s - 1] in "-\u2010\u2011":
                continue  # « aréna Gérard-D.-Levesque »: the tail of a compound
            if caps and all(len(w) <= 4 for w in caps if len(w) > 1) and rx is not _MIXED_RULES[3]:
                # « SQ Lévis », « MRC Portneuf »: short capitals are acronyms (unless « ROY, Marc »)
                if not (rx is _MIXED_RULES[0] and len(caps[-1]) >= 3):
                    continue
            if any(common_word(w) for w in other) and rx is not _MIXED_RULES[0]:
                continue  # « URGENCE Rappeler », « Voir ANNEXE »: a common word, not a first name
            if rx is _MIXED_RULES[3] and re.match(r"MM?\.[ \u00a0\u202f]", text[s:e]):
                continue  # « M. Tremblay »: the honorific rule keeps « M. » out of the span
            out.append((s, e))
    for m in _SURNAME_COMMA_GIVEN.finditer(text):
        sur, given = m.group(1), m.group(2)
        if is_given(given) and not is_given(sur) and _word_ok(sur) and not common_word(sur):
            out.append(m.span())
    for m in _FAMILY.finditer(text):
        w = m.group(1)
        if _word_ok(w) and not common_word(w) and not is_given(w):
            out.append(m.span(1))
    for m in _TRIGGER_RULE.finditer(text):
        s, e = m.span(1)
        name = text[s:e]
        words = name.split()
        core = [w for w in words if not re.fullmatch(PARTICLE, w)] or words
        if norm(name) in ORGS or norm(core[0]) in ORGS or norm(name) in PLACES:
            continue
        if any(norm(w) in NOT_NAMES for w in words):
            continue
        if len(core) == 1 and (is_caps_acronym(core[0]) or norm(core[0]) in PLACES or common_word(core[0])
                               or common_word(re.sub(r"^[DdLl]['’]", "", core[0]))):
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
# capitals, or 2–3 words all in lowercase whose first is a known given name (dqpub/privacy/prenoms.txt), is
# judged like a name: no word may be a known place, organization, infrastructure or
# sentence word, and common French words are allowed only as given names or frequent surnames.

_CASE_TRIGGER = (r"(?:" + _TRIGGER + "|" + (
    r"(?i:(?:reçue?s?|reçus|provenant|venant){s}+d[e']{s}*|de{s}+la{s}+part{s}+d[e']{s}*|"
    r"(?:info|infos|information|informations|signalement|déclaration|appel|appels|message|courriel|"
    r"plainte|demande|avis|note|texto|commentaire)s?{s}+(?:reçue?s?{s}+|fait{s}+|transmise?s?{s}+)?d[e']{s}*|"
    r"(?:log|plac|fait|reç|transmi|rapport|signal|laiss|envoy)\w{{0,4}}{s}+par{s}+|"
    r"(?:rencontr|parl|discut|jas)\w{{0,5}}{s}+(?:à|avec){s}+|rappeler{s}+|joindre{s}+|contact(?:er|é|ée)?{s}*:?{s}*)"
).format(s=SPACE) + ")")
_CAPS_TOKEN = rf"(?:[{UPPER}]{APOSTROPHE})?[{UPPER}]{{2,}}(?:(?:{HYPHEN}|{APOSTROPHE})[{UPPER}]{{1,}})*"
_LOW_TOKEN = rf"(?:[dlo]{APOSTROPHE})?[{LOWER}]{{2,}}(?:{HYPHEN}[{LOWER}]{{2,}})*"
_CAPS_PARTICLE = rf"(?:DE{SPACE}+LA|DE|DU|DES|LE|LA|VAN|VON|DA|DI|DOS|BEN|EL|AL)"
_LOW_PARTICLE = rf"(?:de{SPACE}+la|de|du|des|le|la|van|von|da|di|dos|ben|el|al)"
_CASE_RULE = re.compile(
    rf"(?<![\w]){_CASE_TRIGGER}{SPACE}*(?:{HONORIFIC}{SPACE}+)?"
    rf"(?P<caps>{_CAPS_TOKEN}(?:{SPACE}+(?:{_CAPS_PARTICLE}{SPACE}+)?{_CAPS_TOKEN}){{0,3}})(?![\w'’])"
    rf"|(?:(?<![\w]){_CASE_TRIGGER}{SPACE}*(?:{HONORIFIC}{SPACE}+)?|^{SPACE}*|(?<=[.!?;\n]){SPACE}+)"
    rf"(?P<low>{_LOW_TOKEN}{SPACE}+(?:{_LOW_PARTICLE}{SPACE}+)?{_LOW_TOKEN}(?:{SPACE}+{_LOW_TOKEN})?)(?![\w'’])"
)
_CAPS_RUN = re.compile(rf"[{UPPER}]{{2,}}(?:{HYPHEN}|{APOSTROPHE})?[{UPPER}]*{SPACE}+(?:{_CAPS_PARTICLE}{SPACE}+)?[{UPPER}]{{2}}|[{UPPER}]{{5}}")
_LOW_WORD = re.compile(rf"(?<![\w'’])[{LOWER}]{{2,}}(?![\w'’])")


def case_candidate(text: str) -> bool:
    """Cheap test before the case rule: a run of capitals (two words, or one of 5+ letters), or a
    lowercase word that is a known given name."""
    if _CAPS_RUN.search(text):
        return True
    given = given_names()
    return any(w in given for w in _LOW_WORD.findall(text))


def _word_ok(w: str) -> bool:
    n = norm(w)
    return not (n in NOT_NAMES or n in ORGS or n in PLACES or n in INFRA)


def case_spans(text: str) -> list[tuple[int, int]]:  # noqa: C901 - the caps and lowercase vetoes read as one list
    """Names in capitals or in lowercase right after a reporting word (see above)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    out = []
    for m in _CASE_RULE.finditer(text):
        group = "caps" if m.group("caps") is not None else "low"
        s, e = m.span(group)
        words = [(x.start() + s, x.end() + s) for x in re.finditer(r"\S+", text[s:e])]
        # a run ends at the first stop word that is not a particle inside the name
        particle = _CAPS_PARTICLE if group == "caps" else _LOW_PARTICLE
        kept: list[tuple[int, int]] = []
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
        if not core or not all(_word_ok(t) for t in tokens) or norm(" ".join(tokens)) in PLACES | ORGS:
            continue
        if group == "caps":
            if len(core) == 1 and (len(core[0]) < 5 or common_word(core[0]) or "-" not in core[0] and not is_given(core[0])
                                   and norm(core[0]) not in COMMON_WORD_SURNAMES):
                continue  # « selon SQ », « Appel de URGENCE »: one word must look like a name on its own
            if not all(is_given(t) or not common_word(t) for t in core):
                if not any(is_given(t) for t in core):
                    continue  # « Signalé par PLUIE FORTE »: common words, no given name
        else:
            if not is_given(text[kept[0][0]:kept[0][1]]):
                continue
            sentence_start = not text[m.start():m.start("low")].strip()
            n = 1  # given name, then words that are not common French words (« demain », « concassée »)
            while n < len(kept):
                t = text[kept[n][0]:kept[n][1]]
                if re.fullmatch(particle, t) or is_given(t) or not common_word(t):
                    n += 1
                else:
                    break
            kept = kept[:n]
            while kept and re.fullmatch(particle, text[kept[-1][0]:kept[-1][1]]):
                kept.pop()
            if len(kept) < 2:
                continue
            if sentence_start and any(common_word_raw(text[a:b]) for a, b in kept[1:]):
                continue  # no reporting word: « rose blanche… » is not « jean tremblay a appelé »
        out.append((kept[0][0], kept[-1][1]))
    return out


# --- cleaning of model entities ------------------------------------------------------------------


def sentence_start(text: str, s: int) -> bool:
    before = text[:s].rstrip(" \u00a0\t\"«(-–—•*")
    return not before or before[-1] in ".!?:;\n"


def _trim_rule_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Drop leading/trailing words of a rule match that are stop words or common words written in
    capitals (« JEAN TREMBLAY AU » → « JEAN TREMBLAY »)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]

    def bad(w: str) -> bool:
        lw = w.lower()
        return lw in STOP_WORDS or norm(w) in NOT_NAMES or norm(w) in INFRA

    while words and bad(text[words[-1][0]:words[-1][1]]):
        words.pop()
    while words and bad(text[words[0][0]:words[0][1]]) and not re.fullmatch(PARTICLE, text[words[0][0]:words[0][1]]):
        words.pop(0)
    if not words:
        return None
    return words[0][0], words[-1][1]


def looks_like_person(name: str) -> bool:
    """A multi-word LOC/ORG/MISC entity made only of name-like words (« Nathan Bourassa » labelled
    LOC by the small model): every word capitalized, none a known place, organization, common word
    or infrastructure word."""
    words = name.split()
    if len(words) < 2 or len(words) > 4:
        return False
    core = [w for w in words if not re.fullmatch(PARTICLE, w)]
    if len(core) < 2:
        return False
    for i, w in enumerate(core):
        w = w.strip(",")
        if not re.fullmatch(TOKEN, w):
            return False
        n = norm(w)
        # a surname can also be a company (Desjardins, Bell): only a leading organization word counts
        if n in PLACES or (i == 0 and n in ORGS) or n in NOT_NAMES or n in INFRA or common_word(w):
            return False
    return norm(name) not in PLACES and norm(name) not in ORGS
