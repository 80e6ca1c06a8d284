"""The words of a free-text cell as the known-safe-words pass reads them (:mod:`.safe_text`) and the rules
on what is said of a person (:mod:`.person_phrases`) walk them: tokens with their offsets, elisions, numbers,
sentence starts. Pure functions, no value logged."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dqpub.privacy import name_lexicons as nl
from dqpub.privacy.safe_words import (ELISIONS, LOCATIVE, MONTHS, NUMBER_WORDS, SENTENCE_END, TOKEN, TOPONYM_HEADS, UNITS, fold,
                                      frequent_words, person_names)


@dataclass
class Tok:
    start: int
    end: int
    text: str
    keep: bool = False
    name_like: bool = False  # masked because it may be (part of) a person's name


def tokens(text: str) -> list[Tok]:
    """The words of ``text``; a number written with thousands groups (« 1 200 », « 2 300 ») is one."""
    toks: list[Tok] = []
    for m in TOKEN.finditer(text):
        last = toks[-1] if toks else None
        if last is not None and last.text.isdigit() and len(last.text) <= 3 and len(m.group()) == 3 \
                and m.group().isdigit() and text[last.end:m.start()] in (" ", "\u00a0", "\u202f"):
            toks[-1] = Tok(last.start, m.end(), text[last.start:m.end()])
            continue
        toks.append(Tok(m.start(), m.end(), m.group()))
    return toks


@functools.lru_cache(maxsize=1 << 16)
def strip_elision(word: str) -> tuple[str, str]:
    low = word.replace("’", "'").lower()
    for e in ELISIONS:
        if low.startswith(e) and len(word) > len(e):
            rest = word[len(e):]
            return rest, fold(rest)
    return word, fold(word)


def broken(toks: list[Tok], j: int) -> bool:
    """Punctuation (or more than one space) between token ``j - 1`` and token ``j``."""
    return toks[j].start - toks[j - 1].end > 1


_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*[-–•*]$")
# An operation log's stamp before its text (« 2025-06-18 4h20 », « MAJ 13 sept. : », « [Gaspé] 22 h 10 - »):
# numbers, times, these words and « le »
_STAMP_WORDS = frozenset(("h", "hr", "hrs", "hre", "hres", "min", "am", "pm", "maj", "note", "suivi")) | MONTHS
_STAMP = re.compile(r"(?:[\s\[\]().,:;/*-]*(?:\d+(?:h\d*)?|le|"
                    + "|".join(map(re.escape, sorted(_STAMP_WORDS, key=len, reverse=True))) + r")\b)+[\s\[\]().,:;/*-]*")


def _stamp(before: str) -> bool:
    """``before`` is only a log's stamp; read for every word, so the cheap tests come first."""
    if not before or len(before) > 40 or before[0] not in "0123456789[(MmNnSs":
        return False
    last = before.rsplit(None, 1)[-1].lower().rstrip(".:,;-–—)]")
    if last[-1:].isalpha() and last not in _STAMP_WORDS and not last[:1].isdigit():
        return False  # ends with a word that is no stamp's
    return bool(_STAMP.fullmatch(fold(before)))


def sentence_start(text: str, pos: int) -> bool:
    # the 80 characters before ``pos`` decide (every word asks: a whole prefix each time is quadratic on a long
    # cell); a cut window starts with a character that no rule reads as a text's start
    start = max(0, pos - 80)
    window = text[start:pos]
    before = ("\x00" if start else "") + window.rstrip()
    if "\n" in window[len(window.rstrip()):] or _LIST_ITEM.search(before) or _stamp(before):
        return True  # a new line or a list item starts a sentence (operation logs: « 13h - …\n- Voirie avisée »)
    if before.endswith(".") and re.search(r"(?:^|[\s.])(?:\w|M|Mme|Mlle|Dr|Dre|Me|St|Ste)\.$", before):
        return False  # after an initial or an abbreviated title, not a new sentence
    return not before or bool(SENTENCE_END.search(before[-1:])) or before.endswith(" -")


@functools.lru_cache(maxsize=1 << 16)
def is_number(w: str) -> bool:
    if w[:1].isdigit():
        return True
    parts = fold(w).split("-")
    return all(p in NUMBER_WORDS for p in parts) and fold(w) not in ("un", "une", "et", "premier", "premiere")


_GLUED = re.compile(r"\d+([^\W\d_]{2,})\d*")
_SUFFIXES = frozenset("er re ere eme ieme es ers res emes iemes ieres ans an".split())


@functools.lru_cache(maxsize=1 << 14)
def glued_code(w: str) -> bool:
    """Digits glued to letters that are no unit nor ordinal (« 358GGY », « 12ABC3 »): a plate or a code, where
    « 25mm », « 2ème », « 85ans » are numbers with their unit."""
    m = _GLUED.fullmatch(w)
    return m is not None and fold(m.group(1)) not in UNITS and fold(m.group(1)) not in _SUFFIXES


def lexicon(w: str) -> bool:
    """A French word of the model's tables (any case), or a very frequent one."""
    return nl.common_word_raw(w) or fold(w) in frequent_words()


_DATE = re.compile(r"(?<![\d/.-])(?:(\d{4})-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/(\d{2}|\d{4}))?|(\d{4})/\d{1,2}/\d{1,2}"
                   r"|\d{1,2}\.\d{1,2}\.(\d{4})"
                   # « 11-MAI-54 », « 3-janv-1954 », « 04/NOV/85 »: a month's name or abbreviation between dashes
                   r"|\d{1,2}[-/](?i:jan|janv|f[ée]v|f[ée]vr|mars?|avr|mai|juin|juil|ao[uû]t?|sep|sept|oct|nov|d[ée]c)"
                   r"[a-zéû]*\.?[-/](\d{2}|\d{4}))(?![\d/.-]?\d)")


def numeric_date(text: str, t: Tok) -> bool | None:
    """For a number inside a date written in digits: True when it is recent enough to be the event's (no
    year, or a year since 2000), False for an older one (a birth date without its cue); None: no date."""
    for m in _DATE.finditer(text, max(0, t.start - 10), min(len(text), t.end + 10)):
        if m.start() <= t.start and t.end <= m.end():
            year = next((g for g in m.groups() if g), None)
            if year is None:
                return True
            return int(year) >= 2000 if len(year) == 4 else int(year) <= 30
    return None


def toponym(toks: list[Tok], i: int) -> bool:
    """A Québec place name built like one (« Saint-Gabriel-de-Brandon », « à Saint-Pacôme »): three parts
    or more, or two after a locative word. A surname like Saint-Amour after « M. » stays masked."""
    word = toks[i].text
    key = fold(word)
    if not word[:1].isupper():
        return False
    parts = key.split("-")
    if len(parts) >= 3 and any(p in ("du", "de", "des", "la", "sur", "en", "aux", "les") for p in parts[1:-1]) \
            and parts[0] not in person_names():
        return True  # « Vallée-du-Richelieu », « Lac-aux-Sables »: a particle inside a compound names a place
    if not key.startswith(TOPONYM_HEADS):
        return False
    if key.count("-") >= 2:
        return True
    prev = fold(toks[i - 1].text) if i > 0 else ""
    return prev in LOCATIVE
