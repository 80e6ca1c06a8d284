"""Rule-based recognizers of structured personal information: one regular expression (and a
validator: checksums, calendar dates, contexts) per kind, and the RE2 candidate filters that Arrow
runs on whole arrays before any of them. What each kind accepts is described in :mod:`dqpub.privacy.detect`.

``FINDERS`` maps a kind to a function that yields the (start, end) offsets of its spans in a text.
"""

from __future__ import annotations

import calendar
import re
from typing import Callable, Iterable

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
# typed to escape robots: « prenom.nom at videotron dot ca », « x [at] y [point] com », « x arobase y.ca »
_AT = (r"(?:\s*[\[({<]\s*(?:at|a|à|arobase|arobas|arrobas|arrobe|@)\s*[\])}>]\s*|\s+(?:at|arobase|arrobas|arobas)\s+"
       r"|\s+a\s+commercial\s+|\s+@\s*|\s*@\s+)")
_DOT = r"(?:\s*[\[({<]\s*(?:dot|point|\.)\s*[\])}>]\s*|\s+(?:dot|point)\s+|\s*\.\s*)"
_TLD = r"(?:ca|com|net|org|qc|fr|info|biz|io|us|uk|be|ch|edu|gov|gouv|co|me|live)(?!\w)"
_COURRIEL_TYPED = re.compile(
    rf"(?i)(?<![\w.+-])[\w.+-]*\w(?:\s+(?:point|dot)\s+[\w.+-]*\w)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}{_TLD}")
# « stephanie.drouin a outlook.com »: « a » for « at » only before a domain written with its dot
_COURRIEL_A = re.compile(rf"(?i)(?<![\w.+-])[\w.+-]*\w\s+[aà]\s+[\w-]+(?:\.[\w-]+)*\.{_TLD}")

# -- adresse
_FR_TYPES = (r"rue|r\.|avenue|av\.?|ave\.?|boulevard|boul\.?|bd|blvd\.?|chemin|ch\.|rang|route|rte|place|pl\.|"
             r"mont[ée]e|c[ôo]te|croissant|crois\.|cr\.|imp\.|impasse|terrasse|all[ée]e|promenade|carr[ée]|cours|sentier|"
             r"ruelle|voie|square|rond-point|esplanade|passage|quai|circuit|parc|autoroute|concession|"
             r"street|road|drive|lane|crescent|court|way|circle|terrace|highway")
_EN_TYPES = (r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?|Lane|Ln\.?|Crescent|Cres\.?|Court|Ct\.?|"
             r"Boulevard|Blvd\.?|Way|Place|Pl\.?|Circle|Terrace|Highway|Hwy\.?")
_PART = r"(?:de{s}+la|de{s}+l['’]|du|des|de|d['’]|la|le|les|l['’]|sur|en|aux?|of|the)".format(s=_S)
_STREET_WORD = rf"(?:[{_UP}][\w'’.]*(?:[-\u2010\u2011][\w'’.]+)*|\d{{1,4}}(?:e|re|er|ème|è|[A-Z])?(?![\w]))"
_CIVIC = (rf"(?<![\w.,/-])(?<!km{_S})(?<!Km{_S})(?<!KM{_S})(?<!sortie{_S})(?<!exit{_S})"
          rf"(?:\d{{1,5}}{_S}?-{_S}?)?\d{{1,6}}[A-Za-z]?(?:{_S}?-{_S}?\d{{1,6}})?(?:{_S}+(?i:bis|ter)(?![\w]))?")
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
    rf"motorisés?|roulottes?|chars?|trucks?|pick-?ups?|vans?|minivans?|bazous?|minounes?|cars?)(?![\w])(?:[^.;\n]|(?<=\bM)\.){{0,40}}?"  # « véhicule de M. Roy (…) »
    rf"(?<![\w])([A-Z0-9]{{3}}(?:{_S}|-)?[A-Z0-9]{{3,4}}|[A-Z0-9]{{2}}(?:{_S}|-)?[A-Z0-9]{{4}}"
    rf"|[A-Z0-9]{{4}}(?:{_S}|-)?[A-Z0-9]{{2,3}})(?![\w])"  # « 3314 KG », « CBXT 482 »: other provinces
)
# a part of a plate, said as one (« début de plaque 7H6 »)
_NEAR_PLATE_WORD = r"(?<![\w])(?i:plaques?|immatricul\w*|plate)(?![\w])[^.;\n]{0,20}?(?<![\w])"  # within 20 characters
_PLAQUE_PART = re.compile(_NEAR_PLATE_WORD + r"([A-Z0-9]{2,3})(?![\w])")
# the part of a plate a witness saw, the rest starred (« plaque 06 H** », « plaque : MR** »): digits or letters alone
_PLAQUE_STARRED = re.compile(_NEAR_PLATE_WORD + r"([A-Z0-9]{1,4}(?: [A-Z0-9]{1,3})?[*?#]+)")

# a plate typed in lowercase, right after the word (« plaque 622 kmh », « plate abc 123 »), or glued after a
# vehicle's (« auto 632ypb », « char y71ptt »)
_PLAQUE_GLUED = re.compile(r"(?<![\w])(?i:autos?|voitures?|chars?|camions?|trucks?|pick-?ups?|vans?|motos?|vus|"
                           r"camionnettes?|remorques?)[ \u00a0]+((?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,7})(?![\w])")
_PLAQUE_LOWER = re.compile(rf"(?<![\w])(?i:plaques?|immatricul\w*|plate)(?![\w]){_S}*:?{_S}*"
                           rf"((?i:[a-z0-9]{{3}}(?:{_S}|-)?[a-z0-9]{{3,4}}|[a-z0-9]{{2}}(?:{_S}|-)?[a-z0-9]{{4}}))(?![\w])")

# RE2 candidate filters (a superset of what the Python patterns accept), run by Arrow.
RE2_ANY = r"[0-9@*]"  # a digit, an @, or the stars of a partial plate (« plaque MR** »)
_RE2_SEP = r"[ .\x{00A0}\x{202F}\x{2010}\x{2011}-]"
RE2 = {
    "nas": rf"\d{{3}}{_RE2_SEP}?\d{{3}}{_RE2_SEP}?\d{{3}}",
    "ramq": r"[A-Za-z]{4}[ \x{00A0}\x{202F}-]?\d{4}[ \x{00A0}\x{202F}-]?\d{4}",
    "permis": r"[A-Za-z][ \x{00A0}\x{202F}]?-?\d{4}[ \x{00A0}\x{202F}-]?\d{6}[ \x{00A0}\x{202F}-]?\d{2}",
    "code_postal": r"[A-Za-z]\d[A-Za-z][ \x{00A0}\x{202F}-]?\d[A-Za-z]\d",
    "telephone": rf"\d{{3}}{_RE2_SEP}?\d{{4}}",
    "courriel": r"\w@[\w-]+\.",
    # a prefix of a street type after a civic number, or an English street type after 1-4 words
    "adresse": (r"\d\pL?,?[ \x{00A0}\x{202F}]+(?:(?i:bis|ter)[ \x{00A0}\x{202F}]+)?"
                r"(?:\d{1,3}\pL{1,3}[ \x{00A0}\x{202F}]+)?"
                r"(?i:rue|r\.|av|boul|bd|blvd|ch|rang|rout|rte|pl|mont|c[ôo]te|cr|imp|terr|all|prom|carr|cour|sent|"
                r"ruel|voie|squ|rond|espl|pass|quai|circ|parc|auto|conc|street|road|drive|lane|way|high)"
                r"|\d\pL?,?[ \x{00A0}\x{202F}]+(?:\pL[\pL'’.-]*[ \x{00A0}\x{202F}]+){1,4}(?i:st|rd|ave|dr|ln|ct|"
                r"street|road|avenue|drive|lane|crescent|cres|court|boulevard|blvd|way|place|pl|circle|terrace|"
                r"highway|hwy)"),
    "date_naissance": r"(?i)(?:n[ée]|naissance|ddn|d\.d\.n|birth|dob|born)",
    "plaque": (r"(?i)(?:plaque|immatricul|plate|v[ée]hicule|voiture|camion|auto|vus|fourgonnette|moto|remorque|"
               r"motoris|roulotte|char|truck|pick|van|bazou|minoune|car)"),
}


# Candidate filters of the indirect kinds (case-insensitive): a superset of _AGE and of the health lexicon
# (tests/test_detect_case_indirect.py checks it on the corpus and on every lexicon line).
RE2_INDIRECT = {
    "courriel": (r"\w@[\w-]+\.|\w[ \x{00A0}]*[\[({<]?[ \x{00A0}]*(?:(?:at|arobase|arrobas|arobas|arrobe|a commercial)\b|@)"
                 r"|\w[ \x{00A0}]*[\[({<][ \x{00A0}]*[aà][ \x{00A0}]*[\])}>]|\w[ \x{00A0}]+[aà][ \x{00A0}]+[\w-]+\.\w"),
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


def _simple(rx: re.Pattern, group: int = 0) -> Callable[[str], Iterable[tuple[int, int]]]:
    def spans(text: str) -> Iterable[tuple[int, int]]:
        for m in rx.finditer(text):
            yield m.start(group), m.end(group)
    return spans


def _courriel_spans(text: str) -> Iterable[tuple[int, int]]:
    yield from _simple(_COURRIEL)(text)
    if "@" in text or re.search(r"(?i)\bat\b|arobas|arrobas|arrobe|a\s+commercial|[\[({<]\s*[aà]\s*[\])}>]", text):
        yield from _simple(_COURRIEL_TYPED)(text)
    yield from _simple(_COURRIEL_A)(text)


def _adresse_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _ADRESSE.finditer(text):
        if _address_ok(m):
            end = m.end()
            while end > m.start() and text[end - 1] in " ,\u00a0":
                end -= 1
            yield m.start(), end


def _plaque_spans(text: str) -> Iterable[tuple[int, int]]:
    for rx in (_PLAQUE, _PLAQUE_PART, _PLAQUE_LOWER, _PLAQUE_GLUED):
        for m in rx.finditer(text):
            plate = m.group(1)
            if re.search(r"\d", plate) and re.search(r"[A-Za-z]", plate) and sum(c.isdigit() for c in plate) <= 5:
                yield m.start(1), m.end(1)
    for m in _PLAQUE_STARRED.finditer(text):
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
# Things whose age is said like a person's (« un pont de 60 ans », « le barrage, âgé de 26 ans », « l'aréna
# centenaire »): the age of a structure, not of someone.
THINGS = ("bâtiment structure église toiture digue barrage ponceau quai autopompe camion véhicule voiture citerne pompe "
          "génératrice équipement réseau conduite aqueduc égout infrastructure immeuble édifice bâtisse maison chalet "
          "grange hangar entrepôt réservoir tour station usine centrale poteau ligne transformateur embarcation bateau "
          "traversier moteur toit fondation aréna école pont")
_THING_BEFORE = re.compile(  # lowercase, or after an article (« Jean Pont, âgé de 60 ans » is someone)
    r"(?:(?<![\w])(?i:le|la|les|l['’]|un|une|ce|cet|cette|du|des)[ \u00a0]*(?i:" + "|".join(THINGS.split()) + r")"
    r"|(?<![\w])(?:" + "|".join(THINGS.split()) + r"))s?(?:[ \u00a0][\w-]+)?[ \u00a0]*,?[ \u00a0]*$")
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
        if g == "h" and m.group(g).lower().startswith("centenaire") and (
                _CENTENNIAL.search(before) or _THING_BEFORE.search(before)):
            continue  # « crue centenaire », « le centenaire de la paroisse », « l'aréna centenaire »
        if g == "b" and _THING_BEFORE.search(before):
            continue  # « le barrage, âgé de 26 ans »
        yield s, e


# -- santé (indirect identifier): terms of the shipped lexicon, dqpub/privacy/lexique_sante.txt
def _load_health_lexicon() -> re.Pattern:
    from pathlib import Path

    path = Path(__file__).with_name("lexique_sante.txt")
    terms = [line.split(" #")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    terms = [t for t in terms if t and not t.startswith("#")]
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])")


SANTE = _load_health_lexicon()
# a facility, a service or an accessibility feature, not a person's condition
_SANTE_NOT_PERSON = re.compile(
    r"(?i)(?:centres?|unités?|cliniques?|services?|départements?|salles?|programmes?|instituts?|fondations?|"
    r"sociétés?|associations?|hôpital|hôpitaux|pavillons?|soins|pour|aux|accessibles?(?:{s}(?:aux|en))?|"
    r"adaptée?s?(?:{s}aux)?|places?{s}pour|virages?|courbes?|angles?|coins?|points?|intersections?|tropicale?s?|"
    r"météo\w*|niveaux?|taux)(?:{s}+(?:de|des|du|d['’]|la|le|l['’]|pour|aux?))*{s}*$".format(s=_S))


def _sante_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in SANTE.finditer(text):
        if _SANTE_NOT_PERSON.search(text[max(0, m.start() - 40):m.start()]):
            continue
        yield m.start(), m.end()


FINDERS = {
    "nas": _nas_spans,
    "ramq": _ramq_spans,
    "permis": _simple(_PERMIS),
    "code_postal": _simple(_CODE_POSTAL),
    "telephone": _telephone_spans,
    "courriel": _courriel_spans,
    "adresse": _adresse_spans,
    "date_naissance": _simple(_DATE_NAISSANCE, 1),
    "plaque": _plaque_spans,
    "age": _age_spans,
    "sante": _sante_spans,
}

