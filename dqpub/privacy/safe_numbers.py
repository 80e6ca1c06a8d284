"""When a number or a date in free text is safe to keep: a unit, a time, an event's date, a count of things, a
road, a unit's or a vehicle's number; never a civic number, an age, or a date next to a birth word. The number
rules of :mod:`dqpub.privacy.safe_text`, apart because they read the words around a number, not the word."""

from __future__ import annotations

import functools
import re

from dqpub.privacy.person_phrases import speaks_of_one
from dqpub.privacy.recognizers import THINGS
from dqpub.privacy.safe_words import (ADDRESS_WORDS, AGE_UNITS, BIRTH_CUES, BUILDINGS, FUNCTION_WORDS, INDIVIDUAL, INFRA, KINSHIP,
                                      INFRA_ADJ, MONTHS, NUMBER_CUES, NUMBERED, RESIDENCE, APPARATUS, ACTS, MEASURES, ROAD_NUMBER, UNITS,
                                      TOKEN, YEAR_CUES, fold, person_names)
from dqpub.privacy.text_tokens import Tok, broken, is_number, lexicon, numeric_date, strip_elision


def after_birth_cue(toks: list[Tok], i: int, text: str, reach: int = 10) -> bool:
    """A birth word (« née », « DDN », « fêtée le ») in the same sentence, before or after: a date there is the
    date of a birth, however far it is written (« née à Chicoutimi le premier mai 1948 », « 7 février 1948,
    date de naissance déclarée »). Commas, colons, slashes and dashes do not stop it (dates are written with
    them); the end of a sentence does."""
    if not _may_speak_of_birth(text):
        return False
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(toks) and abs(k - i) <= reach:
            gap = text[toks[min(k, k - step)].end:toks[max(k, k - step)].start]
            key = fold(toks[k].text).rstrip(".")
            abbreviated = step < 0 and gap.startswith(".") and (key in BIRTH_CUES or key in ("naiss", "n"))
            if abbreviated:
                return True  # « Date de naiss. 08/03/2012 », « Homme n. 18 nov. 1941 »
            gap = re.sub(r"\.{2,}|…", " ", gap)  # « NAISSANCE ..... 12 juin 1944 »: leaders of a form
            ends = ". " in gap and fold(toks[min(k, k - step)].text) not in MONTHS  # « 18 nov. 1941 » goes on
            if any(c in gap for c in ";!?\n") or ends:
                break
            before = [fold(o.text) for o in toks[max(0, k - 2):k]]
            if key == "ne" and toks[k].text.lower() == "ne" and not (
                    k + 1 < len(toks) and fold(toks[k + 1].text) in ("le", "en", "a", "au", "vers", "dans", "aux")):
                k += step
                continue  # « ne pas circuler » is no « né »
            if key in BIRTH_CUES or (key == "monde" and before[-1:] == ["au"]) or (
                    key == "jour" and before[-2:] in (["vu", "le"], ["vue", "le"])) or (
                    key == "ans" and step < 0 and k and is_number(toks[k - 1].text) and fold(toks[k + 1].text) == "le"
                    and (i == k + 2 or (i == k + 3 and is_number(toks[k + 2].text)))):
                return True  # « née », « venue au monde », « a vu le jour », « aura 74 ans le 14 mai »
            k += step
    return False


# The words after_birth_cue answers on: a cell with none of them has no date of birth to find (most cells).
_BIRTH_HINTS = BIRTH_CUES | {"naiss", "n", "monde", "jour", "ans"}


@functools.lru_cache(maxsize=1 << 12)
def _may_speak_of_birth(text: str) -> bool:
    return any(fold(w).rstrip(".") in _BIRTH_HINTS for w in TOKEN.findall(text))


def number_safe(toks: list[Tok], i: int, ages: bool, text: str) -> bool:  # noqa: C901 - one rule per context
    """A number stays in a safe context: a unit, a time, a date, a count of things, a road; never next
    to a street-like word (a civic number), before an age unit, after a birth word."""
    t = toks[i]
    w = fold(t.text)
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    first = _read_first(toks, i, ages, text)
    if first is not None:
        return first
    if re.fullmatch(r"\d{1,2}h\d{0,2}|\d{1,2}:\d{2}", w) or w in ("911", "811", "211", "311", "511") \
            or _code_or_unit(toks, i, text):
        return True  # a time, a service's number, a thing's number
    if re.match(r"\s?[°%$€]", text[t.end:]):
        return True  # « -2 °C », « 50 % », « 1 000 $ »
    date = numeric_date(text, t)
    if date is not None:  # « 2024-02-16 », « 25/11 »: the day of the event; « 1948-03-03 » may be a birth, and
        return date and not speaks_of_one(toks)  # so may any date in a cell about someone (« Léa (17/3/2009) »)
    if _second_of_range(toks, i):
        return True  # « entre les sorties 308 et 402 », « de 10 à 15 cm »; not « 10-97 au 351 de la Rivière »
    nk = fold(nxt.text) if nxt is not None else ""
    pk = fold(prev.text) if prev is not None else ""
    if nk in AGE_UNITS or nk in ("ans", "an"):
        return not ages or thing_before(text, t.start)
    pk2 = fold(toks[i - 2].text) if i > 1 else ""
    if pk in ("du", "au") and pk2 in BUILDINGS:
        return False  # « maison du 144 »: a civic number
    road = strip_elision(prev.text)[1] if prev is not None else ""
    if (road in ROAD_NUMBER or nk in ROAD_NUMBER) and any(strip_elision(o.text)[1] in RESIDENCE for o in toks):
        return False  # a kilometre or a road said of where someone lives: an address
    if road in ROAD_NUMBER or (pk.rstrip(".") in ("no", "n°", "numero") and len(w) <= 5 and strip_elision(
            toks[i - 2].text)[1] in NUMBERED if i > 1 else False):
        return True  # « sortie 245 de l'autoroute 20 », « rang 4 », « caserne no 7 »
    if nk in ("au", "a", "et") and i + 3 < len(toks) and is_number(toks[i + 2].text) \
            and fold(toks[i + 3].text) in MONTHS:
        return True  # « du 3 au 5 mars »
    after = text[t.end:nxt.start] if nxt is not None else ""
    if pk in ADDRESS_WORDS or (nk in ADDRESS_WORDS and not any(c in after for c in ":;")) or nk in (
            "du", "de", "des", "de la", ","):  # « 11 h 45: sous-sol inondé » is a time, then a sentence
        if nk in ("de", "du", "des") and nxt is not None and i + 2 < len(toks) and fold(toks[i + 2].text) in UNITS \
                and toks[i + 2].text != "M":
            return True  # « 3 de m »; « 123456 de M. Roy » is a file
        return False
    if w.isdigit() and len(w) >= 5:
        return False  # long numbers: lots, files, phones cut by the tokenizer
    if _unit_after(toks, i) or nk in MONTHS:
        return True
    if re.fullmatch(r"(1[6-9]|20)\d\d", w):
        return _year_safe(toks, i, pk, pk2)
    if pk in NUMBER_CUES and pk not in ("de", "à", "et", "ou", "le", "la", "les", "des", "du", "au", "aux", "un", "une"):
        return True
    if nxt is not None and not broken(toks, i + 1) and nxt.text[:1].isalpha() \
            and (nxt.text == nxt.text.lower() or nxt.text == nxt.text.upper()) and lexicon(nxt.text.lower()) \
            and nk not in ADDRESS_WORDS and nk not in AGE_UNITS and nk not in person_names() \
            and nk not in FUNCTION_WORDS and (nk.endswith(("s", "x")) or w in ("1", "un", "une")):
        return True  # a count of things: « 3 résidences », « 27 sinistrés »
    if pk in ("le", "du", "au") and nk in MONTHS:
        return True
    return False


# A table's header that says its column may be about a person: its numbers are never counts.
_PERSONAL_HEADERS = AGE_UNITS | BIRTH_CUES | frozenset(fold(w) for w in (
    "âge age ans an né naissance téléphone tél tel cell cellulaire numéro no n° num dossier adresse civique app "
    "appartement apt logement porte poste nas ramq permis plaque code matricule identifiant id ddn courriel "
    "contact lot cadastre case folio réf ref référence reference réclamation reclamation compte carte police "
    "lésion lesion enfant enfants").split())


def _read_first(toks: list[Tok], i: int, ages: bool, text: str) -> bool | None:
    """What decides before the other rules: a birth word near, a sex marker before (« H 45 »), a file's decimal
    number (« 03047966.9793 »), a table's column; None: none of them."""
    if after_birth_cue(toks, i, text) or re.fullmatch(r"\d{5,}[.,]\d+", fold(toks[i].text)):
        return False
    if ages and _after_sex_marker(toks, i, text):
        return False
    if _event_code(toks, i, text):
        return True
    return _table_count(toks[i], text)


# Words before an event's or an operation's number (« l'événement ÉV-2021-97415 », « Intervention 2019-761334 »); not
# « dossier » nor « réclamation », a person's file.
_EVENT_WORDS = frozenset(fold(w) for w in "événement événements incident intervention opération sinistre feu incendie "
                         "alerte bulletin avis".split())


def _event_code(toks: list[Tok], i: int, text: str) -> bool:
    """« Événement SOPFEU-2024-03-0366 », « l'événement ÉV-2021-97415 »: a code with a year in it, its letters in
    capitals, right after an event word, in a cell about no one, numbers an event, not a person."""
    first = last = i
    while first > 0 and text[toks[first - 1].end:toks[first].start] == "-":
        first -= 1
    while last + 1 < len(toks) and text[toks[last].end:toks[last + 1].start] == "-":
        last += 1
    parts = [o.text for o in toks[first:last + 1]]
    if last == first or not any(re.fullmatch(r"(19|20)\d\d", p) for p in parts) or not all(
            p.isdigit() or p.isupper() for p in parts) or first == 0:
        return False
    return strip_elision(toks[first - 1].text)[1] in _EVENT_WORDS and not speaks_of_one(toks)


def _table_count(t: Tok, text: str) -> bool | None:
    """A number alone in the cell of a table (« | » or tabs) is read by its column's header: a count under a header
    that counts things (« Roberval | 23 | 4 » under « Municipalité | Résidences inondées | Évacuées »), masked under
    any other (« Âge », « No civique »). None: not alone in a table's cell (« 23 rue X » is read by the other rules)."""
    if "|" not in text and "\t" not in text:
        return None
    start = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end)
    line = text[start:end if end >= 0 else len(text)]
    sep = "|" if "|" in line else "\t"
    header = next((h for h in text[:max(start - 1, 0)].split("\n") if sep in h), None)
    if sep not in line or header is None or header.count(sep) != line.count(sep):
        return None
    col = line.count(sep, 0, t.start - start)
    if line.split(sep)[col].strip() != t.text:
        return None
    return _names_things(header.split(sep)[col])


def _names_things(label: str) -> bool:
    """A table's header or a figure's label that counts things: it opens on a plural (« Résidences inondées »,
    « Collisions avec blessés graves »), its words are known, and none may say a person's (« Âges », « No »,
    « Adresse », « Enfants », « Réclamations »); « Plaque se terminant par » counts nothing."""
    words = [strip_elision(w) for w in TOKEN.findall(label)]
    keys = [key.rstrip(".") for _, key in words]
    return bool(keys) and len(keys[0]) > 3 and keys[0].endswith(("s", "x")) and all(lexicon(core) or key in UNITS for core, key in words) and not any(
        k in _PERSONAL_HEADERS or k.rstrip("sx") in _PERSONAL_HEADERS or k in INDIVIDUAL or k in KINSHIP
        for k in keys)


OBJECT_NUMBERS = frozenset(fold(w) for w in "article articles alinéa paragraphe chapitre section district priorité "
                           "type conseil catégorie phase".split())  # not « classe 1961 »: a birth cohort


def _second_of_range(toks: list[Tok], i: int) -> bool:
    return i >= 2 and fold(toks[i - 1].text) in ("et", "ou", "à", "au") and toks[i - 2].keep and is_number(
        toks[i - 2].text) and not _street_after(toks, i)


def _street_after(toks: list[Tok], i: int) -> bool:
    """« 351 de la Rivière », « 45 du Ruisseau »: a name after « de (la) », « du », « des »: a civic number's street."""
    j = i + 1
    if j < len(toks) and fold(toks[j].text) in ("de", "du", "des"):
        j += 1 + (j + 1 < len(toks) and fold(toks[j + 1].text) == "la")
    elif j < len(toks) and strip_elision(toks[j].text)[0] != toks[j].text and fold(toks[j].text)[:2] == "d'":
        return toks[j].text[2:3].isupper()
    else:
        return False
    return j < len(toks) and toks[j].text[:1].isupper() and fold(toks[j].text) not in MONTHS


def _unit_after(toks: list[Tok], i: int) -> bool:
    """« 45 mm », « 12 pour cent »; not « 3 ) mm » across punctuation."""
    nk = fold(toks[i + 1].text) if i + 1 < len(toks) else ""
    per_cent = nk == "pour" and i + 2 < len(toks) and fold(toks[i + 2].text) == "cent"
    # « de 14 à 35 mm »: the unit said once for both ends of a range
    ranged = nk in ("à", "a", "au", "et", "ou") and i + 3 < len(toks) and is_number(toks[i + 2].text) and fold(
        toks[i + 3].text) in UNITS and not broken(toks, i + 3)
    return (nk in UNITS or per_cent or ranged) and not broken(toks, i + 1)


def _spaced_thousands(toks: list[Tok], i: int, text: str) -> bool:
    """« 1 450 000 m³ »: groups of three digits joined by one space up to a unit."""
    j = i
    while j + 1 < len(toks) and _THOUSANDS.fullmatch(toks[j + 1].text) \
            and text[toks[j].end:toks[j + 1].start] in (" ", "\u00a0", "\u202f"):
        j += 1
        if not toks[j].text.isdigit():
            break  # « 92 131,50 $ »: the decimals close the number
    return j > i and ((j + 1 < len(toks) and fold(toks[j + 1].text) in UNITS)
                      or re.match(r"\s?[$€%]", text[toks[j].end:]) is not None)


_THOUSANDS = re.compile(r"\d{3}(?:[.,]\d{1,2})?")


def _year_safe(toks: list[Tok], i: int, pk: str, pk2: str) -> bool:
    """A year said as one stays (after a birth word it was masked before); « Locataire de 1961 » is the year a
    person was born (« crue de 1974 » stays); « 04 NOV 1985 », a whole date, is read as numeric_date reads
    « 04/11/1985 »."""
    if pk.rstrip(".") in MONTHS and i > 1 and is_number(toks[i - 2].text) and (
            toks[i].text < "2000" or speaks_of_one(toks)):
        return False
    if pk == "de" and (pk2 in _SEX_MARKERS | INDIVIDUAL or pk2 in ("est", "etait", "sont", "suis", "es")):
        return False  # « Locataire de 1961 », « le gars est de 1983 »
    if pk in ("à", "a") and pk2 in ("rapport", "comparativement"):
        return True  # « par rapport à 2017 »
    return pk in YEAR_CUES or pk in MONTHS


_THINGS = frozenset(fold(w) for w in THINGS.split())
_ARTICLES = frozenset("le la les l un une ce cet cette du des".split())
_LINKS = frozenset("de du des la le l' d'".split())


def thing_before(text: str, start: int) -> bool:
    """« Église de 86 ans », « un pont de 60 ans »: what starts at ``start`` follows « <building> de », the age
    of a building or a structure, not of a person (read by the number rule and by the age expressions)."""
    before = text[max(0, start - 40):start]
    if re.search(r"(?i)(?:r[ée]currence|p[ée]riode de retour|crue)\s*(?:de\s*)?(?:1\s*/\s*)?$", before):
        return True  # « crue de récurrence 20 ans »: a flood's return period
    if re.search(r"(?i)(?:constru|b[âa]ti|[ée]rig|inaugur|fond|install|r[ée]nov|mis en service)\w* il y a\s*$", before):
        return True  # « le barrage, construit il y a 147 ans »
    words = re.findall(r"[^\W\d_]+", before)
    linked = re.match(r"(?i)âg[ée]", text[start:start + 3]) is not None  # the expression opens on « âgé »
    while words and fold(words[-1]) in ("de", "age", "agee", "ages", "agees"):
        words.pop()  # « Le barrage, âgé de 26 ans »
        linked = True
    if not linked:
        return False  # « la fille du directeur de l'école, trente ans » is someone's age
    if len(words) > 1 and fold(words[-1]) in INFRA_ADJ and fold(words[-1]) not in _LINKS:
        words.pop()  # « Bâtiment municipal de 22 ans »
    if not words or (words[-1][:1].isupper() and len(words) > 1 and fold(words[-2]) not in _ARTICLES):
        return False  # « Jean Pont, âgé de 60 ans » is someone
    key = fold(words[-1])
    return key in BUILDINGS or key in INFRA or key in _THINGS or key.rstrip("sx") in _THINGS


_SEX_MARKERS = frozenset(fold(w) for w in "h f m homme femme garçon fille gars dame monsieur madame mme "
                          "victime patient patiente enfant bébé ado adolescent adolescente".split())


def _after_sex_marker(toks: list[Tok], i: int, text: str) -> bool:
    """« H 63 a », « Victime h-35 », « femme 48 », « 1 H (71) »: a number right after a sex or person marker
    is an age (« à 14 h 30 » is a time: the « h » follows a number and a space precedes the minutes)."""
    if i == 0 or fold(toks[i - 1].text).rstrip(".") not in _SEX_MARKERS:
        return False
    digits = toks[i].text
    in_brackets = "(" in text[toks[i - 1].end:toks[i].start] or text[toks[i - 1].end:toks[i].start] == "-"  # « H-71 »
    return digits.isdigit() and int(digits) <= 120 and (in_brackets or not (i >= 2 and is_number(toks[i - 2].text)))


def _code_or_unit(toks: list[Tok], i: int, text: str) -> bool:
    """A number that names a thing, not a person: a road's or a unit's letters before it, a radio code, a
    vehicle's number, a short dialling code, spaced thousands before a unit, an ordinal."""
    t, prev, w = toks[i], (toks[i - 1] if i > 0 else None), fold(toks[i].text)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    letters = strip_elision(prev.text)[0] if prev is not None else ""  # « l'A-10 »: the road is « A »
    if prev is not None and letters.isupper() and len(letters) <= 2 and text[prev.end:t.start] == "-" \
            and fold(letters) not in _SEX_MARKERS and len(w) <= 3 and not re.match(r"-\d", text[t.end:t.end + 2]) \
            and not (i > 1 and text[toks[i - 2].end:prev.start] == "-"):
        return True  # « A-20 », « PR-04 », « U-417 »: a road or a unit (« H-71 » is an age, « AF-646-2589 » a file)
    first = i  # the first number of « 23-15 », « 10-4 »
    while first > 0 and text[toks[first - 1].end:toks[first].start] == "-" and toks[first - 1].text.isdigit():
        first -= 1
    last = i
    while last + 1 < len(toks) and text[toks[last].end:toks[last + 1].start] == "-" and toks[last + 1].text.isdigit():
        last += 1
    code = text[toks[first].start:toks[last].end]
    before = strip_elision(toks[first - 1].text)[1] if first > 0 else ""
    if first > 1 and before.endswith(("el", "al", "iel", "ique")) and fold(toks[first - 2].text) in ACTS:
        before = fold(toks[first - 2].text)  # « Arrêté ministériel 1603-2016 »
    if first > 1 and before == "de" and fold(toks[first - 2].text) in MEASURES:
        return True  # « humidex de 40 »
    if first == i and before in OBJECT_NUMBERS and len(w) <= 6:
        return True  # « l'article 42 de la Loi », « district 3 », « priorité 1 », « conseil 2345 »: never a civic number
    if first > 1 and fold(toks[first - 2].text) in APPARATUS and toks[first - 1].text.islower() \
            and lexicon(toks[first - 1].text) and before not in FUNCTION_WORDS and not broken(toks, first - 1):
        before = fold(toks[first - 2].text)  # its adjective between: « échelle aérienne 310 »
    own = (before in APPARATUS and re.fullmatch(r"\d{1,4}(?:-\d{1,3})?", code)) or (
        before in ACTS and re.fullmatch(r"\d{1,6}(?:-\d{4})?", code))
    if re.fullmatch(r"10-\d{1,3}", code) or (own and not speaks_of_one(
            [o for o in toks if not re.match(r"-\d", text[o.end:o.end + 2])])):  # « PR-04 » is a unit, not « Pr »
        return True  # radio codes (« 10-4 »), a unit's or a vehicle's number (« camion 310 », « unité 23-15 »)
    if w == "cent" and prev is not None and fold(prev.text) == "pour":
        return True  # « 12 pour cent »
    if text[t.start - 1:t.start] == "*" and len(w) <= 4:
        return True  # « *4141 », a short code to dial
    if _spaced_thousands(toks, i, text):
        return True  # « 1 450 000 m³ »
    if re.fullmatch(r"\d{1,2}(?:e|er|re|ère|ème|è)", w) and (fold(nxt.text) if nxt is not None else "") not in ADDRESS_WORDS:
        return True  # an ordinal (« 2e alarme »; « 2e étage » is part of an address)
    return False
