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

import functools
import re
from dataclasses import dataclass, field

from dqpub.privacy import name_lexicons as nl
from dqpub.privacy.safe_words import (
    ADDRESS_WORDS, AGE_EXPRESSIONS, AGE_UNITS, BIRTH_CUES, DOMAIN_WORDS, ELISIONS, EMPLOY_LINKS, FUNCTION_WORDS,
    HEALTH_CUES, HEALTH_PHRASES, HEALTH_STEMS, HONORIFICS, INFRA, INFRA_ADJ, JOB_ENDINGS, KINSHIP,
    KINSHIP_MORE, KIN_ADJ, KIN_PREFIXES, LOCATIVE, MONTHS, NAME_PARTICLES, NICKNAME_CUES, NICKNAME_SAID, NOT_NAMES,
    NUMBER_CUES, NUMBER_WORDS, OCCUPATIONS, PERSON_CUES, PERSON_OF, PLACE_INTRO, PREDICATE, SENTENCE_END, TOKEN, TOPONYM_HEADS,
    UNITS, WORK_CUES, YEAR_CUES, acronyms, fold, frequent_words, gazetteer, health_words,
    is_health_term, person_names,
)

MASK = "[…]"


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
            if w[:1].isupper() and not _sentence_start(text, m.start()) or prev in PERSON_CUES:
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


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    if before.endswith(".") and re.search(r"(?:^|[\s.])(?:\w|M|Mme|Mlle|Dr|Dre|Me|St|Ste)\.$", before):
        return False  # after an initial or an abbreviated title, not a new sentence
    return not before or bool(SENTENCE_END.search(before[-1:])) or before.endswith(" -")


def _is_number(w: str) -> bool:
    if w[:1].isdigit():
        return True
    parts = fold(w).split("-")
    return all(p in NUMBER_WORDS for p in parts) and fold(w) not in ("un", "une", "et", "premier", "premiere")


def _lexicon(w: str) -> bool:
    """A French word of the model's tables (any case), or a very frequent one."""
    return nl.common_word_raw(w) or fold(w) in frequent_words()


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    keep: bool = False
    name_like: bool = False  # masked because it may be (part of) a person's name


def keep_known_words(text: str, vocab: Vocabulary = Vocabulary(), *,  # noqa: C901 - the word rules in one reading order
                     maybe_health: bool = True) -> Masked:
    """``text`` with every word not known to be safe replaced by « […] » (runs of masked words merged).
    ``maybe_health=False``: the column's RE2 prefilter (:func:`health_candidates_pattern`) found no health word."""
    toks = [_Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    if not toks:
        return Masked(text, 0, 0)
    caps_text = _mostly_caps(text)
    _mark_phrases(text, toks, vocab)
    flagged = _flagged_starts(text, toks, vocab, maybe_health)
    words = [t for t in toks if not t.text.startswith("[")]
    for i, t in enumerate(toks):
        if t.text.startswith("["):
            t.keep = True
            continue
        if t.keep:  # part of a known phrase
            continue
        prev = _prev_word(toks, i)
        start = _sentence_start(text, t.start)
        if _is_number(t.text):
            grouped = prev is not None and _is_number(prev.text) and not text[prev.end:t.start].strip()
            t.keep = (prev.keep if grouped and prev is not None else True) and _number_safe(toks, i, vocab, text)
            continue
        key = fold(t.text)
        core, core_key = _strip_elision(t.text)
        if (key in MONTHS or key in NUMBER_WORDS or key in ("1er", "1re")) and _after_birth_cue(toks, i, text):
            continue  # « née le premier avril » : the date of a birth goes
        if t.start in flagged:
            continue  # a health or age expression (text-level patterns below)
        if vocab.health and is_health_term(core_key):
            continue  # a word of the health terminology (CIM-10, drugs), whatever the phrasing around it
        if core_key in vocab.words or key in vocab.words or core_key in DOMAIN_WORDS:
            t.keep = True
            continue
        if prev is not None and _strip_elision(prev.text)[1] in HONORIFICS and (
                core[:1].isupper() or core_key in person_names() or not _lexicon(core)):
            t.name_like = True  # « M. Poisson », « mme nguyen »
            continue
        if core_key in NAME_PARTICLES and (core[:1].isupper()):
            t.name_like = True
            continue
        if core_key in HONORIFICS or core_key.rstrip(".") in HONORIFICS:
            t.keep = True
            continue
        if prev is not None and prev.keep and _is_number(prev.text) and core_key in UNITS:
            t.keep = True
            continue
        if len(core) == 1 and core.isupper() and t.end < len(text) and text[t.end:t.end + 1] == ".":
            t.name_like = True  # an initial
            continue
        if any(ch.isdigit() for ch in core):
            continue  # letters and digits mixed: a plate, a file number
        t.keep, t.name_like = _word_safe(core, core_key, start=start, caps_text=caps_text, prev=prev)
    for t in toks:
        if t.start in flagged:
            t.keep = False
    _propagate(text, toks, caps_text)
    _kinship_and_work(toks, text, vocab.health)
    masked = sum(1 for t in words if not t.keep)
    return Masked(_render(text, toks), len(words), masked)


def _flagged_starts(text: str, toks: list[_Tok], vocab: Vocabulary, maybe_health: bool = True) -> set[int]:
    """Starts of the tokens inside a health or an age expression of the text."""
    spans = []
    if vocab.health and maybe_health:
        spans += [m.span() for rx in (HEALTH_STEMS, HEALTH_PHRASES, health_words()) for m in rx.finditer(text)]
    if vocab.ages:
        spans += [m.span() for m in AGE_EXPRESSIONS.finditer(text)]
    if not spans:
        return set()
    return {t.start for t in toks if not t.text.startswith("[") and any(a < t.end and t.start < b for a, b in spans)}


def known_place_regions(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Spans this pass keeps as places or institutions, that a detector must not label as a person's name:
    a known phrase of several words (« Unamen Shipu », « Thetford Mines »), a name after an infrastructure
    word (« école secondaire Antoine-Brossard »), an acronym of a public body (« SOPFEU »), one known word
    after a word that introduces a place (« évacués de Pessamit »). Never after an honorific or a person cue
    (« M. Mercier », « avec Lorraine »), never a word that is a given name or a surname."""
    toks = [_Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    _mark_phrases(text, toks, vocab)
    regions: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not toks[i].keep or toks[i].text.startswith("["):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and toks[j + 1].keep and not _broken(toks, j + 1):
            j += 1
        words = toks[i:j + 1]
        prev = _strip_elision(toks[i - 1].text)[1] if i else ""
        prev2 = _strip_elision(toks[i - 2].text)[1] if i > 1 else ""
        names = person_names()
        if prev in HONORIFICS or prev in PERSON_CUES or any(fold(w.text) in names for w in words):
            pass
        elif len(words) > 1 or prev in INFRA or prev in INFRA_ADJ or fold(words[0].text) in acronyms() \
                or prev in PLACE_INTRO or (prev in ("de", "du", "d") and prev2 in PLACE_INTRO) \
                or (j + 2 < len(toks) and fold(toks[j + 1].text) in ("et", "ou") and toks[j + 2].keep):
            regions.append((toks[i].start, toks[j].end))
        i = j + 1
    return regions


def _mostly_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.6


@functools.lru_cache(maxsize=1 << 16)
def _strip_elision(word: str) -> tuple[str, str]:
    low = word.replace("’", "'").lower()
    for e in ELISIONS:
        if low.startswith(e) and len(word) > len(e):
            rest = word[len(e):]
            return rest, fold(rest)
    return word, fold(word)


def _word_safe(core: str, key: str, *, start: bool, caps_text: bool, prev: _Tok | None) -> tuple[bool, bool]:
    """(keep, name_like) for one word outside known phrases."""
    names = person_names()
    parts = [p for p in key.split("-") if p]
    if key in names or (len(parts) > 1 and any(p in names for p in parts) and not all(
            p in NUMBER_WORDS for p in parts)):
        lower = core == core.lower()
        # a lowercase word that is both a name and a common word (pierre, claire, côté) stays in
        # prose, unless a person cue stands before it
        if lower and _lexicon(core) and not (prev is not None and fold(prev.text) in PERSON_CUES):
            return True, False
        return False, True
    if key.startswith("ti-") and len(key) > 4:
        return False, True  # « Ti-Guy », « ti-loup »: a Québec diminutive is what a person is called
    capitalized = core[:1].isupper()
    in_model = nl.common_word_raw(core) or all(nl.common_word_raw(p) for p in parts)
    in_frequent = key in frequent_words() or all(p in frequent_words() for p in parts)
    if capitalized and not start and not caps_text:
        # inside a sentence, a capital marks a proper noun: only the model's words stay (« Sécurité »)
        if (in_frequent or key in NOT_NAMES) and not core.isupper():
            return True, False
        if core.isupper() and len(core) <= 6:
            return False, True  # an unknown acronym may be initials
        return False, True
    if in_model or in_frequent:
        return True, False
    return False, capitalized or caps_text


def _prev_word(toks: list[_Tok], i: int) -> _Tok | None:
    return toks[i - 1] if i > 0 else None


def _mark_phrases(text: str, toks: list[_Tok], vocab: Vocabulary) -> None:
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
        if matched and not (matched == 1 and _said_of_person(toks, i)):
            for t in toks[i:i + matched]:
                t.keep = True
            i += matched
            continue
        core, key = _strip_elision(toks[i].text)
        if core != toks[i].text and (key in known or key in vocab.phrases) and not _said_of_person(toks, i):
            # « pont d'Alma »
            toks[i].keep = True
        elif _toponym(toks, i):
            toks[i].keep = True
        i += 1
    for i, t in enumerate(toks):
        if _strip_elision(t.text)[1] not in INFRA:
            continue
        j = i + 1
        while j < n and fold(toks[j].text) in INFRA_ADJ and toks[j].text.islower():
            j += 1
        # a proper name (hyphenated as Québec's toponymy writes names of persons: « Samuel-De Champlain »,
        # « Charles-Le Moyne », « De Castelnau ») after it
        if j < n and toks[j].text[:1].isupper() and not any(c.isdigit() for c in toks[j].text) \
                and toks[j].end - toks[j - 1].end <= len(toks[j].text) + 2:
            last = j
            while last + 1 < n and last < j + 2 and toks[last + 1].text[:1].isupper() and (
                    "-" in toks[j].text or fold(toks[last].text) in ("de", "le", "la", "du", "des")) \
                    and not text[toks[last].end:toks[last + 1].start].strip():
                last += 1
            nxt = toks[last + 1] if last + 1 < n and not text[toks[last].end:toks[last + 1].start].strip() else None
            if "-" in toks[j].text or last > j or nxt is None or not nxt.text[:1].isupper():
                for t in toks[i + 1:last + 1]:
                    t.keep = True


def _said_of_person(toks: list[_Tok], i: int) -> bool:
    """A one-word place name where a person's name stands (« M. Mercier », « avec Lorraine », « appel de
    Carignan »): it is not kept as a place, the word rules decide."""
    prev = _strip_elision(toks[i - 1].text)[1] if i else ""
    prev2 = _strip_elision(toks[i - 2].text)[1] if i > 1 else ""
    key = _strip_elision(toks[i].text)[1]
    if "-" in key or key in acronyms():  # « selon Hydro-Québec », « avec la SOPFEU »: institutions
        return prev in HONORIFICS
    return prev in HONORIFICS or prev in PERSON_CUES or (prev in ("de", "du", "d") and prev2 in PERSON_OF) \
        or (toks[i].text.startswith(("d'", "d’")) and prev in PERSON_OF)


@functools.lru_cache(maxsize=64)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase (a longer span is tried only from one of them)."""
    return frozenset(p.split(" ")[0] for p in phrases if " " in p)


def _toponym(toks: list[_Tok], i: int) -> bool:
    """A Québec place name built like one (« Saint-Gabriel-de-Brandon », « à Saint-Pacôme »): three parts
    or more, or two after a locative word. A surname like Saint-Amour after « M. » stays masked."""
    word = toks[i].text
    key = fold(word)
    if not word[:1].isupper() or not key.startswith(TOPONYM_HEADS):
        return False
    if key.count("-") >= 2:
        return True
    prev = fold(toks[i - 1].text) if i > 0 else ""
    return prev in LOCATIVE


def _after_birth_cue(toks: list[_Tok], i: int, text: str, reach: int = 10) -> bool:
    """A birth word (« née », « DDN ») earlier in the same sentence: what follows is the date of a birth, however
    far it is written (« née à Chicoutimi le premier mai 1948 »). Commas, colons, slashes and dashes do not
    stop it (dates are written with them); the end of a sentence does."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if fold(toks[k].text).rstrip(".") in BIRTH_CUES:
            return True
        gap = text[toks[k].end:toks[k + 1].start]
        if any(c in gap for c in ";!?\n") or ". " in gap:
            return False
    return False


def _number_safe(toks: list[_Tok], i: int, vocab: Vocabulary, text: str) -> bool:  # noqa: C901 - one rule per context
    """A number stays in a safe context: a unit, a time, a date, a count of things, a road; never next
    to a street-like word (a civic number), before an age unit, after a birth word."""
    t = toks[i]
    w = fold(t.text)
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _after_birth_cue(toks, i, text):
        return False
    if re.fullmatch(r"\d{1,2}h\d{0,2}|\d{1,2}:\d{2}", w) or w in ("911", "811", "211", "311", "511"):
        return True
    if i >= 2 and fold(toks[i - 1].text) in ("et", "ou", "à", "au") and toks[i - 2].keep and _is_number(toks[i - 2].text):
        return True  # « entre les sorties 308 et 402 », « de 10 à 15 cm »
    nk = fold(nxt.text) if nxt is not None else ""
    pk = fold(prev.text) if prev is not None else ""
    if nk in AGE_UNITS or (nk in ("ans", "an") ):
        return False if vocab.ages else True
    if pk in ADDRESS_WORDS or nk in ADDRESS_WORDS or nk in ("du", "de", "des", "de la", ","):
        if nk in ("de", "du", "des") and nxt is not None and i + 2 < len(toks) and fold(toks[i + 2].text) in UNITS:
            return True
        return False
    if w.isdigit() and len(w) >= 5:
        return False  # long numbers: lots, files, phones cut by the tokenizer
    if nk in UNITS or nk in MONTHS:
        return True
    if re.fullmatch(r"(19|20)\d\d", w):
        return pk in YEAR_CUES or pk in MONTHS  # a year said as one (after a birth word it was masked above)
    if pk in NUMBER_CUES and pk not in ("de", "à", "et", "ou", "le", "la", "les", "des", "du", "au", "aux", "un", "une"):
        return True
    if nxt is not None and nxt.text[:1].isalpha() and nxt.text == nxt.text.lower() and _lexicon(nxt.text) \
            and nk not in ADDRESS_WORDS and nk not in AGE_UNITS and nk not in person_names() \
            and nk not in FUNCTION_WORDS and (nk.endswith(("s", "x")) or w in ("1", "un", "une")):
        return True  # a count of things: « 3 résidences », « 27 sinistrés »
    if pk in ("le", "du", "au") and nk in MONTHS:
        return True
    return False


def _propagate(text: str, toks: list[_Tok], caps_text: bool = False) -> None:
    """A capitalized or unknown word touching a masked name is part of it (« Jean D'Amours »,
    « EL AMRANI NOOR », « nadège awashish »)."""
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(toks):
            if not t.name_like:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(toks):
                    continue
                o = toks[j]
                if not o.keep or o.text.startswith("[") or _is_number(o.text):
                    continue
                gap = text[min(t.end, o.end):max(t.start, o.start)]
                initial = len(t.text) == 1 and gap.strip() == "." and j > i
                if (gap.strip(" -'’") and not initial) or "\n" in gap:
                    continue  # punctuation between: another phrase
                core, key = _strip_elision(o.text)
                if core[:1].isupper() and (j > i or caps_text or not _sentence_start(text, o.start)
                                           or not _lexicon(core)) and key not in gazetteer():
                    o.keep, o.name_like, changed = False, True, True
                elif j > i and core == core.lower() and t.text == t.text.lower() and key not in frequent_words():
                    o.keep, o.name_like, changed = False, True, True  # « karim guerrier », « xiaoli lin »


def _kin_word(key: str) -> bool:
    stem = key
    for prefix in KIN_PREFIXES:
        if stem.startswith(prefix):
            stem = stem[len(prefix):]
    return stem in KINSHIP or stem in KINSHIP_MORE or (stem != key and stem in ("fils", "fille", "mari", "femme"))


def _noun_phrase_end(toks: list[_Tok], j: int, limit: int = 10) -> int:
    """Index after the chain « de la coiffeuse du village de X »: words linked by de/du/des/d'/à/au."""
    links = ("de", "du", "des", "d", "la", "le", "l", "les", "à", "au", "aux", "a", "en", "chez")
    end = j
    k = j
    while k < len(toks) and k < j + limit:
        low = fold(toks[k].text)
        if toks[k].text.startswith("["):
            break
        if low in links or low.endswith("'"):
            k += 1
            continue
        # an elided article glued to its noun (« l'agronome », « d'angine ») counts as a linked word
        end = k + 1
        k += 1
        if k < len(toks):
            nxt = fold(toks[k].text)
            if not (nxt in links or nxt.startswith(("d'", "l'")) or _strip_elision(toks[k].text)[1] in KIN_ADJ):
                break
    return end


def _clause_end(toks: list[_Tok], j: int, limit: int = 7) -> int:
    """Index after the words that follow, up to a placeholder or ``limit`` words (punctuation is not a token:
    the caller's phrase ends where the text's clause ends because the tokens stop being adjacent)."""
    end = j
    for k in range(j, min(j + limit, len(toks))):
        if toks[k].text.startswith("["):
            break
        end = k + 1
        if k + 1 < len(toks) and _broken(toks, k + 1):
            break  # punctuation or more than a space between: the clause ends
    return end


def _broken(toks: list[_Tok], j: int) -> bool:
    """Punctuation (or more than one space) between token ``j - 1`` and token ``j``."""
    return toks[j].start - toks[j - 1].end > 1


def _employ_link(toks: list[_Tok], j: int) -> bool:
    """« au », « chez », « à » (« a » typed without its accent, but not the verb: « le pompier a dit »)."""
    low = fold(toks[j].text)
    if low not in EMPLOY_LINKS:
        return False
    if toks[j].text.lower() != "a" or j + 1 >= len(toks):
        return True
    nxt = toks[j + 1].text
    return nxt[:1].isupper() or fold(nxt) in ("la", "le", "les", "l", "un", "une") or nxt.lower().startswith("l'")


def _employer_link(toks: list[_Tok], i: int) -> int | None:
    for j in range(i + 1, min(i + 4, len(toks))):
        if _broken(toks, j):
            return None
        low = fold(toks[j].text)
        if _employ_link(toks, j) or low.startswith("l'"):
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and (nxt.text[:1].isupper() or fold(nxt.text) in ("la", "le", "les")
                                    or _strip_elision(nxt.text)[1] in INFRA or low.startswith("l'")):
                return j
    return None


def _predicate_job(toks: list[_Tok], i: int, text: str) -> bool:
    """« (le locataire) est nutritionniste au CLSC de Matane »: a word built like a job name, said of the
    person, before an employer."""
    if i == 0 or toks[i].text != toks[i].text.lower() or toks[i].text.startswith("["):
        return False
    prev = fold(toks[i - 1].text)
    gap = text[toks[i - 1].end:toks[i].start]
    if prev not in PREDICATE and not any(c in gap for c in ",(:—") and not (
            i >= 2 and fold(toks[i - 2].text) in PREDICATE and prev == "col"):
        return False
    return fold(toks[i].text).endswith(tuple(fold(e) for e in JOB_ENDINGS)) and _employer_link(toks, i) is not None


def _kinship_and_work(toks: list[_Tok], text: str, health: bool = True) -> None:
    """« la fille du maire », « caissier au IGA de Mont-Laurier », « atteint d'un trouble … », « travaille chez X
    comme Y »: a family tie, a workplace or a condition said of a person singles them out; the phrase is masked."""
    for i in range(len(toks)):
        core, _ = _strip_elision(toks[i].text)
        key = fold(core)
        stop = (_kin_phrase(toks, i, key) or _job_phrase(toks, i, key, text)
                or (_health_phrase(toks, i, key) if health else None) or _work_cue(toks, i, key))
        if stop:
            for o in toks[i + (1 if key in WORK_CUES else 0):stop]:
                o.keep = False
        nickname = _nickname(toks, i, key, text)
        if nickname:
            for o in toks[i + 1:nickname]:
                o.keep = False


def _kin_phrase(toks: list[_Tok], i: int, key: str) -> int | None:
    if not _kin_word(key):
        return None
    j = i + 1
    while j < len(toks) and fold(toks[j].text) in KIN_ADJ:
        j += 1
    if j < len(toks) and (fold(toks[j].text) in ("du", "de", "des") or fold(toks[j].text).startswith("d'")):
        return _noun_phrase_end(toks, j)
    return None


def _job_phrase(toks: list[_Tok], i: int, key: str, text: str) -> int | None:
    if key in OCCUPATIONS or key.rstrip("s") in OCCUPATIONS:
        for j in range(i + 1, min(i + 5, len(toks))):
            if _broken(toks, j):
                return None  # punctuation: the job was not said with an employer
            low = fold(toks[j].text)
            heads = [_strip_elision(o.text)[0] for o in toks[j + 1:j + 3]]
            if _employ_link(toks, j) or low.startswith("l'") or (low in ("de", "du", "des") and any(
                    (a.upper() == a and a.isalpha()) or (a[:1].isupper() and fold(a) not in gazetteer())
                    for a in heads)):
                return _noun_phrase_end(toks, j)
        return None
    if _predicate_job(toks, i, text):
        return _noun_phrase_end(toks, _employer_link(toks, i) or i + 1)
    return None


def _health_phrase(toks: list[_Tok], i: int, key: str) -> int | None:
    if key in HEALTH_CUES and i + 1 < len(toks):
        nxt = fold(toks[i + 1].text)
        if nxt in ("de", "du", "des", "avec", "pour", "contre") or nxt.startswith("d'"):
            return _clause_end(toks, i + 1)
    return None


def _nickname(toks: list[_Tok], i: int, key: str, text: str) -> int | None:
    """« surnommé le Grand », « alias Bob », « dit "Coco" »: what a person is called, up to the end of the
    quotes or of the clause (four words at most). « dit » and « appelé » only before quotes or a capital
    (« il a dit que » stays)."""
    if i + 1 >= len(toks):
        return None
    gap = text[toks[i].end:toks[i + 1].start]
    quoted = bool(re.fullmatch(r"\s*[«\"“‘']\s*", gap))
    if not quoted and gap != " ":
        return None
    nxt = toks[i + 1].text
    said = key in NICKNAME_SAID and (quoted or nxt[:1].isupper() or (
        fold(nxt) in ("le", "la") and i + 2 < len(toks) and toks[i + 2].text[:1].isupper()))
    if key not in NICKNAME_CUES and not said or (i and _strip_elision(toks[i - 1].text)[1] in INFRA):
        return None  # « route dite « du Lac » » names a place
    if not quoted:
        return _clause_end(toks, i + 1, 4)
    close = re.search(r"[»\"”’']", text[toks[i + 1].start:])
    limit = toks[i + 1].start + close.start() if close else len(text)
    inside = [k for k in range(i + 1, min(i + 5, len(toks))) if toks[k].start < limit]
    return inside[-1] + 1


def _work_cue(toks: list[_Tok], i: int, key: str) -> int | None:
    if key not in WORK_CUES or i + 1 >= len(toks):
        return None
    end = _clause_end(toks, i + 1, 8)
    return end if end > i + 1 else None


def _render(text: str, toks: list[_Tok]) -> str:
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
