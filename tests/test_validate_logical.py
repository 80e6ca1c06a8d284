"""Constraints compare logical values (Table Schema): ``-0`` is ``0``."""

from pathlib import Path

from dqpub.validate import validate


def test_negative_zero_is_in_an_enum_holding_zero(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    p.write_text("n\n-0\n-0.0\n0\n0.0\n1\n", encoding="utf-8")
    schema = {"fields": [{"name": "n", "type": "number", "constraints": {"enum": [0]}}]}
    report = validate(p, schema, dataset="jeu-test")
    assert report.counts == {"constraint-error": {"n": 1}}
    assert [e.row for e in report.errors] == [6]
