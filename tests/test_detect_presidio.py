"""Presidio for French (optional ``bench`` extra): builds offline, finds our kinds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # presidio_fr is benchmark code

pytest.importorskip("presidio_analyzer")
pytest.importorskip("tldextract")
pytestmark = pytest.mark.slow  # building Presidio's analyzer takes seconds: the full suite runs it


@pytest.fixture(scope="module")
def analyzers():
    import presidio_fr

    return presidio_fr.build_analyzer(True), presidio_fr.build_analyzer(False)


def test_email_validation_never_downloads_the_suffix_list(analyzers, monkeypatch):
    import tldextract.suffix_list as sl

    real = sl.find_first_response

    def no_network(cache, urls, *args, **kwargs):
        assert not tuple(urls), "tldextract tried to download the public suffix list"
        return real(cache, urls, *args, **kwargs)  # no URL: raises SuffixListNotFound → bundled snapshot

    monkeypatch.setattr(sl, "find_first_response", no_network)
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    import presidio_fr

    assert email_recognizer.tldextract.extract is presidio_fr._offline_extractor
    for analyzer in analyzers:
        results = analyzer.analyze(text="Écrire à berenice.lachapelle@exemple.qc.ca demain", language="fr")
        assert "EMAIL_ADDRESS" in {r.entity_type for r in results}


def test_quebec_recognizers(analyzers):
    import presidio_fr

    ours, default = analyzers
    text = ("Signalé par Mme Bérénice Lachapelle-Zorn au 1150, boulevard Vézina, tél. 418 555-0199, "
            "NAS 046 454 286, RAMQ LACB 8552 1534, G1R 2B5")
    kinds = {k for k, _, _ in presidio_fr.spans(ours, text)}
    assert {"nom", "adresse", "telephone", "nas", "ramq", "code_postal"} <= kinds
    # Presidio's default set has no Québec identifiers: that is the baseline of bench/recall.py
    default_types = {r.entity_type for r in default.analyze(text=text, language="fr")}
    assert not default_types & {"QC_NAS", "QC_RAMQ"}
