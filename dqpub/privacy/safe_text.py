"""Free text published only as words known to be safe: what is not known is masked (« […] »).

The detectors (:mod:`.detect`) label what they recognize (« [nom retiré] »); this pass turns the
question around for everything else: a word stays only when it is KNOWN to be safe, so a phrasing no
one foresaw (a name of another community, typed in lowercase, an address without a street type, an
age in words) is masked rather than published. The lists it reads are in :mod:`.safe_words`: the French
lexicon and frequent words (a frequent word stays only in lowercase or at the start of a sentence),
Québec places and institutions matched as whole phrases; per column, :class:`Vocabulary` adds the values
of the dataset's public columns, its declared vocabulary (``privacy.vocabulaire``) and lowercase words
found in many different records (:class:`WordCounts`).

What goes whatever the lists say: given names and frequent surnames unless part of a known place; a
capitalized word in the middle of a sentence that is not a frequent word; words next to a masked name
(« Jean D'Amours »); words after an honorific (« M. Poisson »); initials; health words and ages (when the
column removes them); a family tie, a job before an employer or a condition said of a person (as a
phrase); numbers outside safe contexts (a unit, a time, a date, a road or exit number, a count of
things): a number next to a street-like word is a civic number, a number before « ans » an age.

Pure functions over one string; nothing here logs or raises with a value.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dqpub.privacy import name_lexicons as nl
from dqpub.privacy.safe_numbers import after_birth_cue, number_safe, thing_before
from dqpub.privacy.form_fields import mask_labelled_fields
from dqpub.privacy.name_positions import mark_names_by_position
from dqpub.privacy.person_phrases import mask_person_phrases
from dqpub.privacy.text_tokens import (broken, glued_code, is_number, lexicon, sentence_start, strip_elision, Tok, tokens,
                                      toponym)
from dqpub.privacy.safe_words import (
    AGE_EXPRESSIONS, DOMAIN_WORDS, FUNCTION_WORDS, HONORIFICS, INFRA, INFRA_ADJ, MASK, MONTHS, NAME_PARTICLES, NOT_NAMES,
    NUMBER_WORDS, PERSON_CUES, PERSON_OF, PLACE_INTRO, SPOKE_TO, TOKEN, UNITS, acronyms, english_opening, english_words, fold, frequent_words, gazetteer, place_homonyms, usual,
    NAME_LABEL, person_names,
)
from dqpub.privacy.person_states import mask_person_states
from dqpub.privacy.health_patterns import HEALTH_STEMS, health_spans, is_health_term, mask_body_words



# --- a column's own known words ----------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """Known-safe words and phrases of one column beyond the shipped lists (folded): the values of the
    dataset's public columns, its declared vocabulary, lowercase words found in many records."""

    phrases: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    ages: bool = True  # the column removes ages (privacy.retirer)
    health: bool = True  # the column removes health information

    @classmethod
    def build(cls, values: list[str], *, ages: bool = True, health: bool = True,
              frequent: frozenset[str] = frozenset()) -> "Vocabulary":
        """From the values of public columns and a declared vocabulary (whole values are phrases; their
        words, but given names and surnames, are words) and a column's frequent words."""
        phrases = {fold(v) for v in values if v and len(v) <= 80}
        words = {fold(w) for v in values if v for w in TOKEN.findall(v)
                 if not w[:1].isdigit() and fold(w) not in person_names()}
        words = {w for w in words if len(w) > 1} | set(frequent)
        return cls(frozenset(p for p in phrases if p), frozenset(words), ages, health)


@dataclass
class WordCounts:
    """Words of a column seen lowercase in many different records: a word in at least ``threshold``
    distinct cells is not one person's. A frequent surname cannot pass this way: given names and surnames
    are excluded, and so is a word ever seen capitalized inside a sentence or right after a person cue."""

    cells: dict[str, int] = field(default_factory=dict)
    vetoed: set[str] = field(default_factory=set)

    def add(self, text: str) -> None:
        seen = set()
        prev = ""
        for m in TOKEN.finditer(text):
            w = m.group()
            if not w[:1].isalpha():
                prev = ""
                continue
            key = fold(w)
            if w[:1].isupper() and not sentence_start(text, m.start()) or prev in PERSON_CUES:
                self.vetoed.add(key)
            elif w == w.lower():
                seen.add(key)
            prev = key
        for key in seen:
            self.cells[key] = self.cells.get(key, 0) + 1

    def frequent(self, threshold: int) -> frozenset[str]:
        names = person_names()
        return frozenset(w for w, n in self.cells.items()
                         if n >= threshold and w not in self.vetoed and w not in names and len(w) > 2
                         and not HEALTH_STEMS.search(w) and not is_health_term(w))


# --- the pass ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Masked:
    text: str
    words: int  # words read (placeholders of the detectors excluded)
    masked: int  # words masked by this pass


def count_words(text: str) -> int:
    """Words of a cell as this pass reads them (the detectors' labels excluded)."""
    return sum(1 for w in TOKEN.findall(text) if not w.startswith("["))


def keep_known_words(text: str, vocab: Vocabulary = Vocabulary(), *,  # noqa: C901 - the word rules in one reading order
                     maybe_health: bool = True) -> Masked:
    """``text`` with every word not known to be safe replaced by « […] » (runs of masked words merged).
    ``maybe_health=False``: the column's RE2 prefilters (:func:`health_candidates_patterns`) found no health word."""
    toks = tokens(text)
    if not toks:
        return Masked(text, 0, 0)
    caps_text = _mostly_caps(text)
    _mark_phrases(text, toks, vocab)
    flagged = _flagged_starts(text, toks, vocab, maybe_health)
    words = [t for t in toks if not t.text.startswith("[")]
    for i, t in enumerate(toks):
        if t.text.startswith("[") or t.keep:  # a label, or part of a known phrase
            t.keep = True
            continue
        prev = _prev_word(toks, i)
        if _a_number(t, text):
            grouped = prev is not None and is_number(prev.text) and not text[prev.end:t.start].strip()
            t.keep = (prev.keep if grouped and prev is not None else True) and number_safe(toks, i, vocab.ages, text)
            continue
        key = fold(t.text)
        core, core_key = strip_elision(t.text)
        if (key in MONTHS or (key in NUMBER_WORDS and key not in ("un", "une")) or key in ("1er", "1re")) \
                and after_birth_cue(toks, i, text):
            continue  # « née le premier avril » : the date of a birth goes
        if t.start in flagged or (vocab.health and is_health_term(core_key)):
            continue  # a health or age expression (patterns below), a word of the health terminology (CIM-10)
        if core_key in vocab.words or key in vocab.words or core_key in DOMAIN_WORDS:
            t.keep = True
            continue
        if prev is not None and strip_elision(prev.text)[1] in HONORIFICS and (
                core[:1].isupper() or core_key in person_names() or not lexicon(core) or _short_title(prev, core_key)):
            t.name_like = True  # « M. Poisson », « mme nguyen », « Mme carrière »
            continue
        if core_key in NAME_PARTICLES and (core[:1].isupper()):
            t.name_like = True
            continue
        if core_key in HONORIFICS or core_key.rstrip(".") in HONORIFICS or _by_its_number(text, t, prev, core, key):
            t.keep = True
            continue
        if len(core) == 1 and core.isupper() and t.end < len(text) and text[t.end:t.end + 1] == ".":
            t.name_like = True  # an initial
            continue
        if any(ch.isdigit() for ch in core):
            continue  # letters and digits mixed: a plate, a file number
        t.keep, t.name_like = _by_form(text, t, core, core_key, caps_text, prev is not None and is_number(
            prev.text)) or _word_safe(
            core, core_key, start=functools.partial(sentence_start, text, t.start), caps_text=caps_text, prev=prev,
            spoke_to=_spoken_to(toks, i))
    for t in toks:
        if t.start in flagged:
            t.keep = False
    _read_the_phrases(text, toks, vocab, caps_text)
    masked = sum(1 for t in words if not t.keep)
    return Masked(_render(text, toks), len(words), masked)


def _read_the_phrases(text: str, toks: list[Tok], vocab: Vocabulary, caps_text: bool) -> None:
    """After each word is read alone: what the words say together (a spelled name, a name by its position, a
    family tie, a workplace, a form's field, the body or the state of a person) masks words kept alone."""
    mark_names_by_position(text, toks)
    _propagate(text, toks, caps_text)
    mask_person_phrases(toks, text, vocab.health)
    mask_labelled_fields(toks, text, vocab.health)
    mask_body_words(toks, vocab.health)
    mask_person_states(toks, vocab.health)


def _a_number(t: Tok, text: str) -> bool:
    """A number for the number rules; not « 358GGY » (a plate), nor the month of « 13 sept. »."""
    return is_number(t.text) and not glued_code(t.text) and not (fold(t.text) == "sept" and text[t.end:t.end + 1] == ".")


# Titles only written before a name: the word after them is a surname even when it is a common word in lower case
_SHORT_TITLES = frozenset(("m.", "mme", "mmes", "mlle", "mlles", "mr", "dr", "dre"))
_AFTER_TITLE = frozenset(("la", "le", "les", "l", "de", "du", "des", "d", "et", "ou", "a", "à", "au", "aux", "est"))


def _short_title(prev: Tok, key: str) -> bool:
    """« Mme carrière », « M. boulanger », « dre lapierre »: not « Mme la mairesse »."""
    title = fold(prev.text)  # « M. » keeps its dot (« M » alone is a unit); « Mme. » drops it
    return (title in _SHORT_TITLES or title.rstrip(".") in _SHORT_TITLES) and key not in _AFTER_TITLE \
        and key not in FUNCTION_WORDS


def _spoken_to(toks: list[Tok], i: int) -> bool:
    """« parlé à diane », « texté a réal »: the word is who was spoken to."""
    return i > 1 and fold(toks[i - 1].text) in ("a", "à", "au") and fold(toks[i - 2].text) in SPOKE_TO


def _flagged_starts(text: str, toks: list[Tok], vocab: Vocabulary, maybe_health: bool = True) -> set[int]:
    """Starts of the tokens inside a health or an age expression of the text."""
    spans = []
    if vocab.health and maybe_health:
        spans += health_spans(text)
    if vocab.ages:
        spans += [m.span() for m in AGE_EXPRESSIONS.finditer(text) if not thing_before(text, m.start())]
    if not spans:
        return set()
    ends = [t.end for t in toks]
    flagged = set()
    for a, b in spans:  # the tokens overlapping each span, found by bisection (a health word may match often)
        k = bisect.bisect_right(ends, a)
        while k < len(toks) and toks[k].start < b:
            if not toks[k].text.startswith("["):
                flagged.add(toks[k].start)
            k += 1
    return flagged


def known_place_regions(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Spans this pass keeps as places or institutions, that a detector must not label as a person's name:
    a known phrase of several words (« Unamen Shipu », « Thetford Mines »), a name after an infrastructure
    word (« école secondaire Antoine-Brossard »), an acronym of a public body (« SOPFEU »), one known word
    after a word that introduces a place (« évacués de Pessamit »). Never after an honorific or a person cue
    (« M. Mercier », « avec Lorraine »), never a word that is a given name or a surname."""
    toks = tokens(text)
    _mark_phrases(text, toks, vocab)
    regions: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not toks[i].keep or toks[i].text.startswith("["):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and toks[j + 1].keep and not broken(toks, j + 1):
            j += 1
        words = toks[i:j + 1]
        prev = strip_elision(toks[i - 1].text)[1] if i else ""
        prev2 = strip_elision(toks[i - 2].text)[1] if i > 1 else ""
        names = person_names()
        if prev in HONORIFICS or prev in PERSON_CUES or (len(words) == 1 and fold(words[0].text) in names):
            pass
        elif len(words) > 1 or prev in INFRA or prev in INFRA_ADJ or fold(words[0].text) in acronyms() \
                or prev in PLACE_INTRO or (prev in ("de", "du", "d") and prev2 in PLACE_INTRO) \
                or (j + 2 < len(toks) and fold(toks[j + 1].text) in ("et", "ou") and toks[j + 2].keep) \
                or (text[toks[i].start - 1:toks[i].start] == "[" and text[toks[j].end:toks[j].end + 1] == "]"):
            # « [Albanel] Bilan : … »: a known place in the brackets of a log's tag
            regions.append((toks[i].start, toks[j].end))
        i = j + 1
    return regions


def has_person_name(text: str, vocab: Vocabulary = Vocabulary()) -> bool:
    """A given name or a surname of the lexicons that this pass would mask as a name (« voir avec nadège
    awashish »): the after-scan's reading of values typed in lowercase, which the name model does not read."""
    toks = tokens(text)
    _mark_phrases(text, toks, vocab)
    names = person_names()
    for i, t in enumerate(toks):
        core, key = strip_elision(t.text)
        if t.keep or key not in names and not any(p in names for p in key.split("-")):
            continue
        if not _word_safe(core, key, start=functools.partial(sentence_start, text, t.start), caps_text=False,
                          prev=_prev_word(toks, i))[0]:
            return True
    return False


def _by_its_number(text: str, t: Tok, prev: Tok | None, core: str, key: str) -> bool:
    """« 45 mm », « 23 oct. », « 3 °C », « la A-20 », « U-417 », « PR-04 »: a unit, a month, a road's or a unit's
    letters read with its number (in « H-71 », an age, the number goes)."""
    if prev is not None and prev.keep and is_number(prev.text) and (
            fold(core) in UNITS or key.rstrip(".") in MONTHS):
        return True
    return (core in ("C", "F") and text[:t.start].rstrip().endswith("°")) or (
        core.isupper() and len(core) <= 2 and re.match(r"-\d", text[t.end:t.end + 2]) is not None)


def _by_form(text: str, t: Tok, core: str, key: str, caps_text: bool,
             after_number: bool = False) -> tuple[bool, bool] | None:
    """(keep, name_like) decided by how the word is written, before the lists: a month in capitals stays
    (« LE 1ER MAI 2019 »; a birth date's month went before); a capitalized word between quotes is what someone
    is called (« « Kiki » a pris ses chats »); two capitals are initials wherever they stand (« PH prise en
    charge »), unless a known acronym or unit."""
    if key in MONTHS and len(key) > 3:
        return True, False
    if not caps_text and english_opening(text, t.start, t.end) and sentence_start(text, t.start):
        return True, False  # « Shelter open at … », « Road closed near … »
    if core[:1].isupper() and key not in gazetteer() and _quoted(text, t):
        return False, True
    if not caps_text and core.isupper() and len(core) == 2 and key not in acronyms() and not (
            key in UNITS and after_number) and key not in gazetteer():
        return False, True
    return None


def _quoted(text: str, t: Tok) -> bool:
    """``t`` is the first or the only word between quotes (« X », "X Y")."""
    before = text[:t.start].rstrip()
    if not before.endswith(("«", '"', "“")):
        return False
    after = text[t.end:t.end + 40]
    close = re.search(r"[»\"”]", after)
    return close is not None and len(TOKEN.findall(after[:close.start()])) <= 1


def _mostly_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.6


def _word_safe(core: str, key: str, *, start: Callable[[], bool], caps_text: bool, prev: Tok | None,
               spoke_to: bool = False) -> tuple[bool, bool]:
    """(keep, name_like) for one word outside known phrases; ``spoke_to``: after « parlé à »; ``start()``: the
    word opens a sentence (asked only when a rule needs it: most words do not)."""
    names = person_names()
    parts = [p for p in key.split("-") if p]
    if key in names or (len(parts) > 1 and any(p in names for p in parts) and not all(
            p in NUMBER_WORDS for p in parts) and not ((core.islower() or start()) and nl.common_word_raw(core))):
        # « borne-fontaine » is a word (not « les Bien-Aimé » inside a sentence)
        lower = core == core.lower()
        # a lowercase name that is an everyday word (pierre, claire, côté), or another word folded like a
        # name (« marié »), stays in prose unless a person cue stands before it; « patrick » goes
        everyday = nl.everyday_name(core) or (nl.norm(core) not in nl.names_as_written() and lexicon(core))
        if lower and everyday and not (prev is not None and fold(prev.text) in PERSON_CUES) and not spoke_to:
            return True, False
        return False, True
    if key.startswith("ti-") and len(key) > 4:
        return False, True  # « Ti-Guy », « ti-loup »: a Québec diminutive is what a person is called
    capitalized = core[:1].isupper()
    raw = core.split("-")
    if len(raw) > 1 and raw[0].isupper() and fold(raw[0]) in acronyms() and all(
            fold(r) in acronyms() or nl.common_word_raw(r.lower()) for r in raw[1:]):
        return True, False  # a public body's acronym joined to another or to a word: « MSP-SOPFEU », « MSP-Sécurité »
    # the model's tables hold a specialist's words too (« diaphorétique »): only the usual ones are known safe
    in_model = (nl.common_word_raw(core) or all(nl.common_word_raw(p) for p in parts)) and usual(key)
    in_frequent = key in frequent_words() or all(p in frequent_words() for p in parts)
    if capitalized and not caps_text and not start():
        # inside a sentence, a capital marks a proper noun: only the model's words stay (« Sécurité »)
        if (in_frequent or key in NOT_NAMES) and not core.isupper():
            return True, False
        if core.isupper() and len(core) <= 6:
            return False, True  # an unknown acronym may be initials
        return False, True
    if in_model or in_frequent or (nl.common_word_unaccented(core) and usual(key)) or (core.islower() and (
            key in english_words() or nl.common_word_misdoubled(core, frequent_words(), person_names()))):
        return True, False
    return False, capitalized or caps_text


def _prev_word(toks: list[Tok], i: int) -> Tok | None:
    return toks[i - 1] if i > 0 else None


def _mark_phrases(text: str, toks: list[Tok], vocab: Vocabulary) -> None:
    """Known places, institutions and public values, longest first (up to six words), and a proper
    name right after an infrastructure word (« pont Jacques-Cartier », « école secondaire X-Y »)."""
    known = gazetteer()
    firsts = _first_words(known) | _first_words(vocab.phrases)
    n = len(toks)
    i = 0
    while i < n:
        matched = 0
        longest = min(6, n - i) if fold(toks[i].text) in firsts else 1
        for size in range(longest, 0, -1):
            span = fold(text[toks[i].start:toks[i + size - 1].end])
            if (span in known or span in vocab.phrases) and not span.isdigit():
                matched = size
                break
        if matched and not (matched == 1 and (_said_of_person(toks, i) or _homonym_alone(toks, i, text))):
            for t in toks[i:i + matched]:
                t.keep = True
            i += matched
            continue
        core, key = strip_elision(toks[i].text)
        if core != toks[i].text and (key in known or key in vocab.phrases) and not _said_of_person(toks, i):
            # « pont d'Alma »
            toks[i].keep = True
        elif toponym(toks, i):
            toks[i].keep = True
        i += 1
    _names_after_infrastructure(text, toks)


_ABBREVIATED = frozenset(("boul", "av", "ch", "bd", "rte", "aut", "ave"))


def _names_after_infrastructure(text: str, toks: list[Tok]) -> None:
    """« pont Jacques-Cartier », « école secondaire Antoine-Brossard », « MRC d'Argenteuil »."""
    n = len(toks)
    for i, t in enumerate(toks):
        if strip_elision(t.text)[1] not in INFRA:
            continue
        j = i + 1
        while j < n and fold(toks[j].text) in INFRA_ADJ and toks[j].text.islower():
            j += 1
        if j < n and toks[j].text[:2].lower() in ("d'", "d’") and toks[j].text[2:3].isupper() \
                and not text[toks[j - 1].end:toks[j].start].strip():
            toks[j].keep = True  # « MRC d'Argenteuil », « rivière d'Acadie »: the name after an elided « de »
            continue
        # a proper name (hyphenated as Québec's toponymy writes names of persons: « Samuel-De Champlain »,
        # « Charles-Le Moyne », « De Castelnau ») after it
        if j < n and toks[j].text[:1].isupper() and not any(c.isdigit() for c in toks[j].text) \
                and toks[j].end - toks[j - 1].end <= len(toks[j].text) + 2 \
                and text[toks[j - 1].end:toks[j].start].strip(" -") in (
                    ("", ".") if j == i + 1 and fold(t.text) in _ABBREVIATED else ("",)):
            # « rivière. Yvon » is another sentence, « boul. Guillaume-Couture » is not
            t.keep = t.keep or fold(t.text) in _ABBREVIATED
            last = j
            while last + 1 < n and last < j + 2 and (toks[last + 1].text[:1].isupper() or (
                    toks[last + 1].text[:2].lower() in ("d'", "d’") and toks[last + 1].text[2:3].isupper())) and (
                    "-" in toks[j].text or fold(toks[last].text) in ("de", "le", "la", "du", "des")) \
                    and not text[toks[last].end:toks[last + 1].start].strip():
                last += 1
            nxt = toks[last + 1] if last + 1 < n and not text[toks[last].end:toks[last + 1].start].strip() else None
            if "-" in toks[j].text or last > j or nxt is None or not nxt.text[:1].isupper():
                for t in toks[i + 1:last + 1]:
                    t.keep = True


def _homonym_alone(toks: list[Tok], i: int, text: str) -> bool:
    """A place that is also a surname (« Lemieux », « Racine ») without a word of place before it (« à », « secteur »,
    « MRC de ») nor the brackets of a log's tag: the word rules read it, as a name."""
    if fold(toks[i].text) not in place_homonyms():
        return False
    prev = strip_elision(toks[i - 1].text)[1] if i else ""
    prev2 = strip_elision(toks[i - 2].text)[1] if i > 1 else ""
    bracketed = text[toks[i].start - 1:toks[i].start] == "[" and text[toks[i].end:toks[i].end + 1] == "]"
    return not (prev in PLACE_INTRO or (prev in ("de", "du", "d") and prev2 in PLACE_INTRO) or bracketed)


def _said_of_person(toks: list[Tok], i: int) -> bool:
    """A one-word place name where a person's name stands (« M. Mercier », « avec Lorraine », « appel de
    Carignan »): it is not kept as a place, the word rules decide."""
    prev = strip_elision(toks[i - 1].text)[1] if i else ""
    prev2 = strip_elision(toks[i - 2].text)[1] if i > 1 else ""
    key = strip_elision(toks[i].text)[1]
    if "-" in key or key in acronyms():  # « selon Hydro-Québec », « avec la SOPFEU »: institutions
        return prev in HONORIFICS
    return prev in HONORIFICS or prev in PERSON_CUES or (prev in ("de", "du", "d") and prev2 in PERSON_OF) \
        or (toks[i].text.startswith(("d'", "d’")) and prev in PERSON_OF)


@functools.lru_cache(maxsize=64)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase (a longer span is tried only from one of them)."""
    return frozenset(p.split(" ")[0] for p in phrases if " " in p)


def _propagate(text: str, toks: list[Tok], caps_text: bool = False) -> None:
    """A capitalized or unknown word touching a masked name is part of it (« Jean D'Amours »,
    « EL AMRANI NOOR », « nadège awashish »)."""
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(toks):
            if not t.name_like and t.text != NAME_LABEL:
                continue
            for j in ((i + 1,) if t.text == NAME_LABEL else (i - 1, i + 1)):  # « [nom retiré] Pont »
                if not 0 <= j < len(toks):
                    continue
                o = toks[j]
                if not o.keep or o.text.startswith("[") or is_number(o.text):
                    continue
                gap = text[min(t.end, o.end):max(t.start, o.start)]
                initial = len(t.text) == 1 and gap.strip() == "." and j > i
                if (gap.strip(" -'’") and not initial) or "\n" in gap:
                    continue  # punctuation between: another phrase
                core, key = strip_elision(o.text)
                if core[:1].isupper() and (j > i or caps_text or not sentence_start(text, o.start)
                                           or not lexicon(core)) and key not in gazetteer():
                    o.keep, o.name_like, changed = False, True, True
                elif j > i and core == core.lower() and t.name_like and t.text == t.text.lower() \
                        and key not in frequent_words():
                    o.keep, o.name_like, changed = False, True, True  # « karim guerrier », « xiaoli lin »
                elif j < i and core == core.lower() and t.text == t.text.lower() and key not in frequent_words() \
                        and j > 0 and fold(toks[j - 1].text) in PERSON_CUES:
                    o.keep, o.name_like, changed = False, True, True  # « contact rosaire gagnon »


def _render(text: str, toks: list[Tok]) -> str:
    out: list[str] = []
    pos = 0
    masking = False
    for t in toks:
        gap = text[pos:t.start]
        if t.keep:
            out.append(gap)
            out.append(t.text)
            masking = False
        else:
            if masking and not re.search(r"[.,;:!?()\n]", gap):
                pass  # merged into the previous mask
            else:
                out.append(gap)
                out.append(MASK)
            masking = True
        pos = t.end
    out.append(text[pos:])
    return "".join(out)
