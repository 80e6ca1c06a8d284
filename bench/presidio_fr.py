"""Presidio for French, with our Québec recognizers (optional: the ``bench`` extra).

For operators who already use Microsoft Presidio, and as the baseline of ``bench/``::

    from presidio_fr import build_analyzer
    analyzer = build_analyzer()                       # fr_core_news_sm + our kinds
    results = analyzer.analyze(text, language="fr")   # RecognizerResult(entity_type="QC_NAS", …)

``build_analyzer(with_quebec_recognizers=False)`` is Presidio's own default set for French (the
baseline): spaCy PER/LOC/… entities, e-mail, phone, URL, IBAN, credit card, IP, date… Note that
Presidio ships ``CaSinRecognizer`` and ``CaPostalCodeRecognizer`` DISABLED by default.

Offline: Presidio's ``EmailRecognizer`` validates domains with ``tldextract.extract``, whose default
extractor tries to download the public suffix list on first use (no network here: a traceback and a
stall of several seconds per attempt). :func:`offline_tldextract` points every Presidio module that
imported ``tldextract`` at an extractor built with ``suffix_list_urls=()`` and no cache directory,
which uses the snapshot bundled with tldextract. It is called by :func:`build_analyzer`.

Presidio is imported only inside this module: the pipeline itself never needs it.
"""

from __future__ import annotations

import sys
import types
from typing import Iterable

ENTITY_OF_KIND = {
    "nas": "QC_NAS",
    "ramq": "QC_RAMQ",
    "permis": "QC_PERMIS_CONDUIRE",
    "code_postal": "CA_CODE_POSTAL",
    "telephone": "PHONE_NUMBER",
    "courriel": "EMAIL_ADDRESS",
    "adresse": "QC_ADRESSE",
    "date_naissance": "QC_DATE_NAISSANCE",
    "plaque": "QC_PLAQUE",
    "nom": "PERSON",
}

# How the benchmark maps Presidio's default entities onto our kinds.
PRESIDIO_DEFAULT_TO_KIND = {
    "PERSON": "nom",
    "PHONE_NUMBER": "telephone",
    "EMAIL_ADDRESS": "courriel",
    "LOCATION": "adresse",
    "DATE_TIME": "date_naissance",
    "CA_SIN": "nas",
    "CA_POSTAL_CODE": "code_postal",
}
KIND_OF_ENTITY = {v: k for k, v in ENTITY_OF_KIND.items()}

_offline_extractor = None


def offline_tldextract():
    """A tldextract extractor that never touches the network, patched into Presidio's modules."""
    global _offline_extractor
    import tldextract

    if _offline_extractor is None:
        _offline_extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    shim = types.SimpleNamespace(extract=_offline_extractor, TLDExtract=tldextract.TLDExtract)
    # the recognizers call ``tldextract.extract(...)`` through their module global
    import presidio_analyzer.predefined_recognizers  # noqa: F401  (imports the recognizer modules)

    for name, module in list(sys.modules.items()):
        if name.startswith("presidio_analyzer") and getattr(module, "tldextract", None) is tldextract:
            module.tldextract = shim
    return _offline_extractor


def _quebec_recognizers(language: str = "fr") -> list:
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    from dqpub.privacy import detect

    class QuebecRecognizer(EntityRecognizer):
        """Our structured detectors (regex + Luhn + date and context checks) for one kind."""

        def __init__(self, kind: str, score: float) -> None:
            self.kind = kind
            self.score = score
            super().__init__(supported_entities=[ENTITY_OF_KIND[kind]], name=f"Quebec_{kind}",
                             supported_language=language)

        def load(self) -> None:  # nothing to load
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            if ENTITY_OF_KIND[self.kind] not in entities:
                return []
            return [RecognizerResult(ENTITY_OF_KIND[self.kind], s.start, s.end, self.score)
                    for s in detect.find_spans(text, kinds=[self.kind])]

    class QuebecNameRecognizer(EntityRecognizer):
        """Person names by our rules (honorifics, « signalé par », « chez », « propriétaire : »…)
        that the small French model misses; the model's own PER entities come from Presidio."""

        def __init__(self) -> None:
            super().__init__(supported_entities=["PERSON"], name="Quebec_nom_regles", supported_language=language)

        def load(self) -> None:
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            from dqpub.privacy import ner

            if "PERSON" not in entities:
                return []
            return [RecognizerResult("PERSON", s, e, 0.85) for s, e in ner.merge_spans(ner.rule_spans(text))]

    scores = {"nas": 0.95, "ramq": 0.95, "permis": 0.9, "code_postal": 0.8, "telephone": 0.8, "courriel": 0.95,
              "adresse": 0.85, "date_naissance": 0.85, "plaque": 0.8}
    return [QuebecRecognizer(k, s) for k, s in scores.items()] + [QuebecNameRecognizer()]


def build_analyzer(with_quebec_recognizers: bool = True, *, model: str = "fr_core_news_sm",
                   extra_recognizers: Iterable = ()):
    """A Presidio ``AnalyzerEngine`` for French on spaCy ``model``.

    With ``with_quebec_recognizers`` (default) our kinds are registered as recognizers for ``fr``
    (entities ``QC_NAS``, ``QC_RAMQ``, ``QC_PERMIS_CONDUIRE``, ``CA_CODE_POSTAL``, ``QC_ADRESSE``,
    ``QC_DATE_NAISSANCE``, ``QC_PLAQUE``; phones and e-mails replace Presidio's own, names are
    added to spaCy's PERSON). Without, it is Presidio's default French set: the benchmark baseline.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    offline_tldextract()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": model}],
    })
    nlp_engine = provider.create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.load_predefined_recognizers(languages=["fr"], nlp_engine=nlp_engine)
    if with_quebec_recognizers:
        for name in ("EmailRecognizer", "PhoneRecognizer"):
            registry.remove_recognizer(name, language="fr")
        for rec in _quebec_recognizers("fr"):
            registry.add_recognizer(rec)
    for rec in extra_recognizers:
        registry.add_recognizer(rec)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["fr"])


def spans(analyzer, text: str, *, mapping: dict[str, str] | None = None, threshold: float = 0.0
          ) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` found by ``analyzer`` in ``text``; entities without a kind are dropped."""
    mapping = mapping or {**PRESIDIO_DEFAULT_TO_KIND, **KIND_OF_ENTITY}
    out = []
    for r in analyzer.analyze(text=text, language="fr", score_threshold=threshold):
        kind = mapping.get(r.entity_type)
        if kind:
            out.append((kind, r.start, r.end))
    return out
