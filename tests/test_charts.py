"""Issue 16, item 5: inline SVG charts (counts only) in the validation report and in the run's
publication page — rows and changes per version, suppressed records per quasi-identifier — with
no planted personal value in them."""

from __future__ import annotations

import sqlite3

from dqpub.core.charts import bar_chart
from dqpub.pipeline import run_inventory
from publishers.local import LocalPortal
from tests.test_pii_leaks import assert_clean, plant

AIDE = "aide-financiere-aux-sinistres"


def test_bar_chart_escapes_labels_and_draws_counts():
    svg = bar_chart("Erreurs <par> colonne", ["<script>", "b"], {"erreurs": [3, 0]})
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and ">3</text>" in svg
    two = bar_chart("T", ["1.0.0"], {"ajoutées": [5], "retirées": [1]})
    assert two.count("<rect") == 2 + 2  # two legend keys, two bars
    assert bar_chart("T", [], {"n": []}) == "" and bar_chart("T", ["a"], {}) == ""


def test_publication_page_shows_versions_and_suppression_without_values(project):
    plant(project)  # a claimant's name, NAS, RAMQ, phone, e-mail, address in the SQL source
    portal = LocalPortal(project.portal_dir)
    first = run_inventory(project, portal, [AIDE]).results[0]
    assert first.status == "publié", first.message
    db = sqlite3.connect(project.datasets_dir / AIDE / "source/aide_financiere.sqlite")
    db.execute("delete from reclamations where rowid in (select rowid from reclamations order by rowid limit 40)")
    db.commit()
    db.close()
    second = run_inventory(project, portal, [AIDE]).results[0]
    assert second.status == "publié" and second.version == "1.0.1", second.message
    page = open(second.reports["publication"], encoding="utf-8").read()
    assert page.count("<svg") == 3
    for title in ("Lignes par version", "Changements par version", "Enregistrements supprimés par quasi-identifiant"):
        assert f"<title>{title}</title>" in page
    assert ">1.0.0</text>" in page and ">1.0.1</text>" in page
    assert_clean(page, "la page de publication")
    summary = (project.portal_dir / AIDE / "courant" / "anonymisation.md").read_text(encoding="utf-8")
    assert "| Quasi-identifiant | Enregistrements |" in summary
    assert_clean(summary, "le résumé de l'anonymisation")
