"""One model of a release's documents, renderers that cannot drift (#25): every fact of the model is in the
Markdown documents (CHANGELOG.md, anonymisation.md) and in the run's HTML page; the published files are the
renderings of the model the release carries; a value planted in a source reaches none of them."""

from __future__ import annotations

import datetime as dt
import html
import re

import pyarrow as pa

from dqpub.core.config import DatasetConfig, Entry
from dqpub.core.release import PublishedState
from dqpub.privacy.anonymize import anonymize
from dqpub.release import documents
from dqpub.release.version import prepare
from tests.conftest import assert_no_planted

HISTORY = [
    {"version": "3.1.4", "date": "2031-04-05T06:07:08+00:00", "niveau": "minor",
     "raisons": ["champ ajouté : zeta_champ"],
     "lignes": 98765, "ajoutees": 4321, "retirees": 123, "modifiees": 77, "comparaison": "clé primaire",
     "changements": "changements-v3.1.4.csv", "cle": ["ident_alpha"], "schema": ["champ ajouté : zeta_champ"],
     "anonymisation": ["omega_champ : pseudonymisé (HMAC-SHA256 à clé secrète)"], "note": "note distinctive 42"},
    {"version": "3.0.0", "date": "2030-01-02T03:04:05+00:00", "niveau": "initial", "raisons": ["première publication"],
     "lignes": 94567, "ajoutees": 94567, "retirees": 0, "modifiees": 0, "comparaison": "première publication",
     "changements": "changements-v3.0.0.csv", "cle": [], "cle_retiree": ["ident_alpha"]},
]
RECORD = {
    "version": "3.1.4", "date": "2031-04-05T06:07:08+00:00", "rows_in": 99001,
    "techniques": {"omega_champ": "pseudonymisé (HMAC-SHA256 à clé secrète)",
                   "rue<b>": "identifiant direct — supprimé"},
    "k_threshold": 7, "k_before": 2, "k_after": 9, "at_risk_before": 0.1234, "suppressed_records": 236,
    "suppressed_cells": 58, "suppressed_by_quasi": {"code_postal_x": 171, "naissance_y": 65},
    "l_threshold": 3, "l_after": {"montant_z": 4}, "inferable_before": 0.0567, "inferable_after": 0.0012,
    "scrubbed": {"age": 13, "sante": 11},
    "free_text": {"remarque_w": {"mots": 5555, "masques": 444, "part": 0.0799, "retenu": True}},
}


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _facts(docs: documents.ReleaseDocuments) -> list[str]:
    """Every fact of the model, as each rendering must state it."""
    log, anon = docs.changelog, docs.anonymization
    out = [log.title, log.intro, anon.title, anon.intro]
    for v in log.versions:
        out += [v.heading] + [f"{label} : {text}" for label, text in v.facts]
    out += [f"{label} : {text}" for label, text in anon.facts]
    for table in (anon.techniques, anon.by_quasi):
        assert table is not None
        out += ([table.intro] if table.intro else []) + list(table.headers) + [c for row in table.rows for c in row]
    return out


def test_every_fact_of_the_model_is_in_the_markdown_and_in_the_html():
    docs = documents.build("Titre distinctif", "jeu-distinctif", HISTORY, RECORD)
    md = documents.changelog_markdown(docs) + documents.anonymization_markdown(docs)
    raw = documents.release_report_html(docs)
    page = _text(raw)
    facts = _facts(docs)
    assert len(facts) > 30
    for fact in facts:
        assert fact in md, fact
        assert fact in page, fact
    # the distinctive figures are worded in the model, not only carried through
    for figure in ("98765", "4321", "99001", "236 sur 99001", "seuil k = 7", "12,3 %", "5,7 % avant", "0,1 % après",
                   "seuil l = 3", "montant_z = 4", "âge : 13", "renseignement de santé : 11", "444 mots sur 5555",
                   "8,0 %", "colonne retenue", "code_postal_x", "171", "2031-04-05", "note distinctive 42",
                   "clé primaire (ident_alpha) retirée par l'anonymisation", "jeu-distinctif-versions"):
        assert figure in md and figure in page, figure
    # HTML escaped; the charts draw the versions, oldest first
    assert "rue<b>" not in raw and "rue&lt;b&gt;" in raw
    assert raw.count("<svg") == 3 and raw.index(">3.0.0</text>") < raw.index(">3.1.4</text>")
    assert docs.title in page and "Niveau : minor (champ ajouté : zeta_champ)" in page


def test_without_k_anonymity_every_rendering_says_so():
    record = {"version": "1.0.0", "date": "2030-01-01", "techniques": {"a": "public — conservé"}, "rows_in": 12}
    docs = documents.build("T", "t", HISTORY[1:], record)
    assert docs.anonymization.facts == [("k-anonymat", "non appliqué ; aucun enregistrement supprimé")]
    assert docs.anonymization.by_quasi is None
    page = documents.release_report_html(docs)
    md = documents.anonymization_markdown(docs)
    assert "k-anonymat : non appliqué" in md and "k-anonymat : non appliqué" in page
    assert page.count("<svg") == 2


# --- from a source with planted values, through prepare ----------------------------------------------

NAME, NAS, EMAIL, PHONE, POSTAL, FILE_NO = ("Lachapelle-Zorn", "046 454 286", "bzorn@exemple.com", "418 555-0199",
                                            "G1R 2K5", "AFS-2099-999999")
PLANTED = [NAME, NAS, NAS.replace(" ", ""), EMAIL, PHONE, "555-0199", POSTAL, FILE_NO]
SCHEMA = {"fields": [
    {"name": "dossier", "type": "string", "privacy": {"category": "pseudonym"}},
    {"name": "nom", "type": "string", "privacy": {"category": "direct"}},
    {"name": "code_postal", "type": "string",
     "privacy": {"category": "quasi", "generalize": {"method": "fsa"}}},
    {"name": "remarque", "type": "string", "privacy": {"category": "free-text"}},
    {"name": "ville", "type": "string", "privacy": {"category": "public"}},
], "primaryKey": ["dossier"]}
ENTRY = Entry(slug="essai-documents", title="Essai des documents", description="Essai.", responsible_unit="Unité",
              source_type="fichier", source_location="essai.csv", schema="essai.schema.json", frequency="monthly",
              licence="cc-by", classification="public", priority="moyenne", active=True,
              contact_email="donnees@exemple.qc.ca")


def _table(n: int) -> pa.Table:
    rows = [(f"AFS-2024-{i:06d}", "Tremblay", f"G1R {i % 9}A{i % 7}", "Arbre tombé sur la route.", "Québec")
            for i in range(n)]
    rows[3] = (FILE_NO, NAME, POSTAL, f"Signalé par {NAME}, NAS {NAS}, tél. {PHONE}, courriel {EMAIL}.", "Québec")
    return pa.table({name: [r[i] for r in rows] for i, name in enumerate(["dossier", "nom", "code_postal",
                                                                           "remarque", "ville"])})


def test_the_published_documents_are_the_model_s_renderings_and_carry_no_planted_value(tmp_path):
    now = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    first_anon = anonymize(_table(40), SCHEMA, dataset=ENTRY.slug, key=b"k" * 32)
    first = prepare(ENTRY, DatasetConfig(), first_anon, None, None, input_fp="a", outdir=tmp_path / "v1", now=now)
    assert first is not None
    state = PublishedState(first.version, first.fingerprint, "a", first.schema, first.created, [first.version],
                           first.history)
    csv = first.file("donnees-csv").path.read_bytes()
    second = prepare(ENTRY, DatasetConfig(), anonymize(_table(39), SCHEMA, dataset=ENTRY.slug, key=b"k" * 32), state,
                     lambda: csv, input_fp="b", outdir=tmp_path / "v2", now=now + dt.timedelta(days=1), note="essai")
    assert second is not None and second.version == "1.0.1"
    docs = documents.of_release(second)
    assert second.file("journal").path.read_text(encoding="utf-8") == documents.changelog_markdown(docs)
    assert second.file("anonymisation").path.read_text(encoding="utf-8") == documents.anonymization_markdown(docs)
    assert [v.version for v in docs.changelog.versions] == ["1.0.1", "1.0.0"]
    assert docs.anonymization.intro.startswith("Date : 2030-01-03.")
    page = documents.release_report_html(docs)
    for text, where in ((documents.changelog_markdown(docs), "CHANGELOG.md"),
                        (documents.anonymization_markdown(docs), "anonymisation.md"), (page, "publication.html"),
                        (repr(docs), "le modèle des documents")):
        assert_no_planted(text, PLANTED, where)
    assert "Texte libre, cellules où des renseignements ont été retirés" in page  # the planted text was scrubbed
