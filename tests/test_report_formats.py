"""One report model, renderers that cannot drift (#25): every fact the Markdown report states, the HTML
report states too, and the JSON carries the same counts; values waiting for the name detectors never
travel with a pickled report."""

from __future__ import annotations

import html
import json
import pickle
import re

from dqpub.core.schema import MASK
from dqpub.validate import validate

SCHEMA = {"fields": [
    {"name": "code", "type": "integer", "constraints": {"required": True, "minimum": 0},
     "privacy": {"category": "public"}},
    {"name": "ville", "type": "string", "constraints": {"enum": ["Québec", "Lévis"]}, "privacy": {"category": "public"}},
    {"name": "note", "type": "string", "privacy": {"category": "free-text"}},
], "primaryKey": ["code"]}


def _report(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("code,ville,note\n1,Québec,ok\nx,Montréal,rien\n1,Lévis,appel de Jean Tremblay\n-4,Trois-Rivières,\n",
                    encoding="utf-8")
    return validate(path, SCHEMA, dataset="essai")


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w[\w'’.-]*", text))


def test_every_fact_of_the_markdown_is_in_the_html_and_the_counts_in_the_json(tmp_path):
    report = _report(tmp_path)
    assert not report.valid and report.error_count >= 3
    view = report.view()
    md, page, data = report.to_markdown(), _text(report.to_html()), json.loads(report.to_json())
    for label, value in view.facts:
        assert f"{label} : {value}" in md and f"{label} : {value}" in page, label
    for section in view.sections:
        assert section.title in md and section.title in page
        for row in section.rows:
            for cell in row:  # Markdown escapes « | », HTML escapes « < »: compare the words
                assert _words(cell) <= _words(md) and _words(cell) <= _words(page), cell
        for strong, rest in section.bullets:
            assert _words(strong + " " + rest) <= _words(md) and _words(strong + " " + rest) <= _words(page)
    assert data["error_count"] == report.error_count and data["counts"] == report.counts
    assert "Lignes invalides" in page  # the fact the hand-kept HTML renderer had lost


def test_a_pickled_report_carries_no_value_waiting_for_the_name_detectors(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("code,ville,note\n1,Sherbrooke,ok\n", encoding="utf-8")
    report = validate(path, SCHEMA, dataset="essai")
    assert not report.valid
    pending = len(report._pending_names)
    copy = pickle.loads(pickle.dumps(report))
    assert not copy._pending_names
    if pending:  # the capitalized value waited for the model: the copy keeps it masked
        assert MASK in copy.to_markdown()
        assert "Sherbrooke" not in copy.to_markdown()
    assert "Sherbrooke" in report.to_markdown()  # the original settles it: a place, not a name
