"""The library entry point never raises on bad bytes and never quotes a row: ``validate`` on a file
that did not go through the table step returns a report (``encoding-error``, ``source-error``)."""

from pathlib import Path

import pytest

from dqpub.table import NormalizedTable
from dqpub.validate import validate

SCHEMA = {"fields": [{"name": "quartier", "type": "string"}, {"name": "n", "type": "integer"}]}
ROW = "Quartier Européen"


@pytest.mark.parametrize("encoding,delimiter", [("cp1252", ";"), ("cp1252", ","), ("latin-1", ","),
                                                ("utf-16", ","), ("cp850", ";")])
def test_a_file_that_is_not_utf8_gives_an_encoding_error(tmp_path: Path, encoding: str, delimiter: str) -> None:
    p = tmp_path / "source.csv"
    p.write_bytes(f"quartier{delimiter}n\nAll{delimiter}1\n{ROW}{delimiter}2\n".encode(encoding))
    report = validate(p, SCHEMA, dataset="jeu-test", out_parquet=tmp_path / "v.parquet")
    assert not report.valid
    assert list(report.counts) == ["encoding-error"]
    assert "source.encodage" in report.errors[0].message or "UTF-8" in report.errors[0].message
    assert "Quartier" not in report.errors[0].message and report.errors[0].cell is None
    assert not (tmp_path / "v.parquet").exists()


def test_arrow_giving_up_gives_a_content_free_source_error(tmp_path: Path) -> None:
    p = tmp_path / "source.csv"  # claimed normalized, but not UTF-8: Arrow raises ArrowInvalid (quoting the row)
    p.write_bytes(f"quartier,n\nAll,1\n{ROW},2\n".encode("cp1252"))
    table = NormalizedTable(path=p, header=["quartier", "n"], rows=1, encoding="utf-8", delimiter=",")
    report = validate(table, SCHEMA, dataset="jeu-test", out_parquet=tmp_path / "v.parquet")
    assert not report.valid
    assert list(report.counts) == ["source-error"]
    assert all("Quartier" not in e.message and "All" not in e.message for e in report.errors)
    assert not (tmp_path / "v.parquet").exists()


def test_an_empty_file_returns_a_report(tmp_path: Path) -> None:
    p = tmp_path / "vide.csv"
    p.write_bytes(b"")
    report = validate(p, SCHEMA, dataset="jeu-test")
    assert not report.valid
    assert list(report.counts) == ["source-error"]


def test_a_utf8_file_is_still_validated(tmp_path: Path) -> None:
    p = tmp_path / "source.csv"
    p.write_text(f"quartier,n\n{ROW},2\nAll,x\n", encoding="utf-8")
    report = validate(p, SCHEMA, dataset="jeu-test")
    assert report.counts == {"type-error": {"n": 1}}
