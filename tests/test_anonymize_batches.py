"""Anonymization in batches gives what the whole-table rules give.

The oracle is the former whole-table k-anonymity step (``_enforce_k_whole_table`` below, copied from
dqpub/privacy/anonymize.py before the batches: pandas over every record). The planted table spans many
batches of 7 rows, with rare postal areas, nulls in quasi-identifiers and sensitive fields, classes
below k and below l, names and phones in free text; the aid sample (k = 5, rare FSAs, age bands at
the event date) goes through the real pull, normalization and validation first.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dqpub.privacy.anonymize import anonymize, anonymize_file
from dqpub.core.config import PrivacyConfig
from dqpub.core.errors import PrivacyError
from dqpub.privacy.generalize import generalize
from dqpub.privacy.kanonymity import DEFAULT_K, DEFAULT_L, DEFAULT_MAX_SUPPRESSION, equivalence_sizes, l_diversity

TODAY = dt.date(2026, 12, 1)


def _enforce_k_whole_table(df: pd.DataFrame, quasi, sensitive, fsa_fields, policy: PrivacyConfig):
    """The former rules, on the generalized quasi-identifiers and the sensitive fields of every record.
    Returns (report fields, kept mask, df with rare FSAs made unknown)."""
    k = DEFAULT_K if policy.k is None else policy.k
    max_sup = DEFAULT_MAX_SUPPRESSION if policy.max_suppression is None else policy.max_suppression
    l_req = (DEFAULT_L if policy.l is None else policy.l) if sensitive else None  # l = 2 by default (#22)
    report = {"suppressed_cells": 0}
    for name in fsa_fields:
        counts = df[name].map(df[name].value_counts())
        rare = df[name].notna() & (counts < k)
        report["suppressed_cells"] += int(rare.sum())
        df.loc[rare, name] = None
    sizes = equivalence_sizes(df, quasi)
    report["k_before"] = int(sizes.min())
    at_risk = sizes < k
    report["at_risk_before"] = round(float(at_risk.mean()), 4)
    drop = at_risk.copy()
    if l_req:
        for s in sensitive:
            keys = df[quasi].astype("string").fillna("\x00∅")
            nunique = df[s].astype("string").groupby([keys[q] for q in quasi]).transform("nunique")
            drop |= nunique < int(l_req)
    share = float(drop.mean())
    if share > max_sup:
        raise PrivacyError("trop de suppression")
    keep = ~drop.to_numpy()
    report["suppressed_records"] = int(drop.sum())
    kept = df[keep]
    report["k_after"] = int(equivalence_sizes(kept, quasi).min()) if len(kept) else None
    report["l_after"] = {s: l_diversity(kept, quasi, s) for s in sensitive} if len(kept) else {}
    return report, keep, df


def _oracle(table: pa.Table, schema: dict, policy: PrivacyConfig):
    quasi = [f for f in schema["fields"] if (f.get("privacy") or {}).get("category") == "quasi"]
    sensitive = [f["name"] for f in schema["fields"] if (f.get("privacy") or {}).get("category") == "sensitive"]
    cols = {f["name"]: generalize(table[f["name"]], f["privacy"].get("generalize", {}), table, today=TODAY)[0]
            for f in quasi}
    cols.update({s: table[s] for s in sensitive})
    df = pa.table(cols).to_pandas()
    fsa = [f["name"] for f in quasi if f["privacy"].get("generalize", {}).get("method") == "fsa"]
    return _enforce_k_whole_table(df, [f["name"] for f in quasi], sensitive, fsa, policy)


def _field(name, type_, category, **privacy):
    return {"name": name, "type": type_, "privacy": {"category": category, **privacy}}


def _planted(rows: int = 400, seed: int = 7) -> tuple[pa.Table, dict]:
    rnd = random.Random(seed)
    fsas = ["G1R 2B5", "G1V 4C3", "H2X 1Y4", "J7A 3K2"] + [f"G{d}Z 1A1" for d in range(2, 9)]  # 7 rare ones
    table = pa.table({
        "dossier": [f"D{i:05d}" for i in range(rows)],
        "nom": [rnd.choice(["Tremblay", "Gagnon", None]) for _ in range(rows)],
        "naissance": pa.array([dt.date(rnd.randint(1930, 2010), rnd.randint(1, 12), rnd.randint(1, 28))
                               for _ in range(rows)], pa.date32()),
        "code_postal": [rnd.choice(fsas[:4]) if rnd.random() < 0.93 else rnd.choice(fsas[4:] + [None])
                        for _ in range(rows)],
        "ville": [rnd.choice(["Québec", "Lévis", "Rimouski", None]) for _ in range(rows)],
        "statut": [rnd.choice(["payé", "refusé", "en cours", None]) for _ in range(rows)],
        "note": [rnd.choice(["Dossier complet.", "Appeler M. Jean Tremblay au 418-555-0199.",
                             f"Visite du {rnd.randint(1, 28)} mai.", None]) for _ in range(rows)],
    })
    schema = {"fields": [
        _field("dossier", "string", "pseudonym"),
        _field("nom", "string", "direct"),
        _field("naissance", "date", "quasi", generalize={"method": "age_band", "width": 20}),
        _field("code_postal", "string", "quasi", generalize={"method": "fsa"}),
        _field("ville", "string", "quasi", generalize={"method": "none"}),
        _field("statut", "string", "sensitive"),
        _field("note", "string", "free-text"),
    ]}
    return table, schema


REPORTED = ("k_threshold", "l_threshold", "k_before", "k_after", "at_risk_before", "l_after", "suppressed_records",
            "suppressed_cells", "identifiers_removed", "scrubbed", "rows_in", "rows_out", "techniques")


@pytest.mark.parametrize("policy", [PrivacyConfig(k=3, max_suppression=0.6), PrivacyConfig(k=2, l=2, max_suppression=0.9)])
def test_batches_give_the_whole_table_result(policy):
    table, schema = _planted()
    one = anonymize(table, schema, dataset="t", key=b"k" * 32, policy=policy, today=TODAY, batch_rows=10**9)
    many = anonymize(table, schema, dataset="t", key=b"k" * 32, policy=policy, today=TODAY, batch_rows=7)
    assert table.num_rows // 7 > 50
    assert {k: one.report.to_dict()[k] for k in REPORTED} == {k: many.report.to_dict()[k] for k in REPORTED}
    assert one.table.equals(many.table.combine_chunks().cast(one.table.schema)) or \
        one.table.to_pylist() == many.table.to_pylist()
    assert one.schema == many.schema

    expected, keep, merged = _oracle(table, schema, policy)
    got = many.report
    assert 0 < got.suppressed_records < table.num_rows and got.suppressed_cells > 0  # the plant bites
    for name, value in expected.items():
        assert getattr(got, name) == value, name
    assert many.table.num_rows == int(keep.sum())
    assert many.table["code_postal"].to_pylist() == [None if pd.isna(v) else v for v in merged["code_postal"][keep]]
    assert many.table["ville"].to_pylist() == [None if pd.isna(v) else v for v in merged["ville"][keep]]
    notes = " ".join(v for v in many.table["note"].to_pylist() if v)
    assert "Tremblay" not in notes and "418-555" not in notes


def test_too_much_suppression_stops_in_batches_as_whole():
    table, schema = _planted()
    policy = PrivacyConfig(k=30, max_suppression=0.01)
    with pytest.raises(PrivacyError):
        _oracle(table, schema, policy)
    with pytest.raises(PrivacyError, match="k-anonymat"):
        anonymize(table, schema, dataset="t", key=b"k" * 32, policy=policy, today=TODAY, batch_rows=7)


def test_file_to_file_equals_in_memory(tmp_path):
    table, schema = _planted()
    pq.write_table(table, tmp_path / "valide.parquet", row_group_size=50)
    policy = PrivacyConfig(k=3, max_suppression=0.6)
    mem = anonymize(table, schema, dataset="t", key=b"k" * 32, policy=policy, today=TODAY)
    out = anonymize_file(tmp_path / "valide.parquet", schema, dataset="t", key=b"k" * 32, policy=policy,
                         today=TODAY, out=tmp_path / "anonyme.parquet", batch_rows=11)
    assert out.table is None and out.path == tmp_path / "anonyme.parquet"
    assert out.rows == mem.table.num_rows
    assert pq.read_table(out.path).to_pylist() == mem.table.to_pylist()
    assert out.report.to_dict() == mem.report.to_dict()


def test_aid_sample_in_batches_equals_whole_table(project):
    """The embedded aid sample (k = 5): pulled, normalized and validated as the pipeline does."""
    from dqpub import source, table as table_step, validate
    from dqpub.core.schema import load_schema
    from dqpub.inventory import load_config, pull_inventory

    inventory = pull_inventory(project)
    entry = next(e for e in inventory.entries if e.slug == "aide-financiere-aux-sinistres")
    config = load_config(entry, project)
    schema = load_schema(project.schemas_dir / entry.schema)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        raw = source.pull(entry.source_type, entry.source_location, config.source, scratch,
                          base_dir=inventory.base_dir, dataset=entry.slug)
        norm = table_step.normalize(raw.path, raw.fmt, table_step.Dialect(), scratch / "t.csv", dataset=entry.slug)
        assert validate.validate(norm, schema, dataset=entry.slug, out_parquet=scratch / "v.parquet").valid
        table = pq.read_table(scratch / "v.parquet")
    whole = anonymize(table, schema, dataset=entry.slug, key=b"k" * 32, policy=config.privacy, today=TODAY,
                      batch_rows=10**9)
    batched = anonymize(table, schema, dataset=entry.slug, key=b"k" * 32, policy=config.privacy, today=TODAY,
                        batch_rows=13)
    assert table.num_rows > 100 and whole.report.suppressed_records > 0
    assert whole.report.to_dict() == batched.report.to_dict()
    assert whole.table.to_pylist() == batched.table.to_pylist()
    expected, keep, _ = _oracle(table, schema, config.privacy)
    for name, value in expected.items():
        assert getattr(batched.report, name) == value, name
