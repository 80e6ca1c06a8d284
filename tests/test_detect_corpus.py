"""The labelled corpus: it is what the generator says, and the engine meets its recall targets."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "corpus" / "pii"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in (CORPUS_DIR / "labelled.jsonl").read_text(encoding="utf-8").splitlines()]


def test_corpus_is_reproducible_and_large_enough(rows):
    make = _load("make_corpus", CORPUS_DIR / "make_corpus.py")
    assert make.build() == rows, "labelled.jsonl is stale: run python tests/corpus/pii/make_corpus.py"
    assert len(rows) >= 400
    assert sum(1 for r in rows if r["origin"] == "hand") >= 60
    assert sum(1 for r in rows if not r["spans"]) >= 100  # negatives
    kinds = {s["kind"] for r in rows for s in r["spans"]}
    assert kinds == {"nas", "ramq", "permis", "code_postal", "telephone", "courriel", "adresse", "date_naissance",
                     "plaque", "nom"}


def test_recall_and_precision_targets(rows):
    recall = _load("bench_recall", ROOT / "bench" / "recall.py")
    stats, misses, false_pos = recall.score(rows, recall.ours([r["text"] for r in rows]))
    for kind in ("nas", "ramq"):
        assert stats[kind]["found"] / stats[kind]["gold"] >= 0.99, kind
    assert stats["nom"]["found"] / stats["nom"]["gold"] >= 0.90
    for kind in ("permis", "code_postal", "telephone", "courriel", "adresse", "date_naissance", "plaque"):
        assert stats[kind]["found"] / stats[kind]["gold"] >= 0.95, kind
    pred = sum(s["pred"] for s in stats.values())
    tp = sum(s["tp"] for s in stats.values())
    assert tp / pred >= 0.95
