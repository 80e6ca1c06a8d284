"""The DataStore load reads the CSV in batches (no CKAN needed): every row once, in file order, each
batch within its row and byte bounds, cells as text and empty cells as None."""

from __future__ import annotations

import csv

from publishers.ckan.datastore import _batches


def _write(path, rows: int, wide: int = 1) -> list[dict]:
    want = [{"id": str(i), "texte": ("x" * wide) if i % 7 else "", "n": f"{i / 3:.5f}"} for i in range(rows)]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "texte", "n"], lineterminator="\n")
        w.writeheader()
        w.writerows(want)
    return [{k: (v or None) for k, v in r.items()} for r in want]


FIELDS = [{"id": "id"}, {"id": "texte"}, {"id": "n"}]


def test_batches_keep_every_row_in_order(tmp_path):
    want = _write(tmp_path / "a.csv", 23_456)
    got = list(_batches(tmp_path / "a.csv", FIELDS, rows=5_000))
    assert [len(b) for b in got] == [5_000] * 4 + [3_456]
    assert [r for b in got for r in b] == want


def test_batches_bounded_by_bytes(tmp_path):
    want = _write(tmp_path / "b.csv", 3_000, wide=2_000)  # ≈ 6 MB of text
    got = list(_batches(tmp_path / "b.csv", FIELDS, rows=20_000, size=1_000_000))
    assert len(got) > 5 and all(len(b) <= 600 for b in got)
    assert [r for b in got for r in b] == want


def test_batches_small_and_empty_files(tmp_path):
    want = _write(tmp_path / "c.csv", 3)
    assert list(_batches(tmp_path / "c.csv", FIELDS)) == [want]
    _write(tmp_path / "d.csv", 0)
    assert list(_batches(tmp_path / "d.csv", FIELDS)) == []
