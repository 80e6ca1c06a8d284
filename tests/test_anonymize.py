"""Declared policy per field, generalization rules and k-anonymity (unit level)."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from dqpub.privacy.anonymize import anonymize, pseudonymize
from dqpub.core.config import CellsConfig, PrivacyConfig
from dqpub.core.errors import PrivacyError


def f(name, type_, category, **generalize):
    field = {"name": name, "type": type_, "privacy": {"category": category}}
    if generalize:
        field["privacy"]["generalize"] = generalize
    return field


def test_policy_per_field():
    table = pa.table({
        "id": ["A1", "A2"], "nom": ["Tremblay", "Gagnon"],
        "naissance": [dt.date(1980, 5, 2), dt.date(1999, 12, 31)],
        "evenement": [dt.date(2023, 4, 20), dt.date(2023, 4, 21)],
        "cp": ["G1R 2B5", "G0A 1B0"], "montant": [1234.5, 98000.0], "ville": ["Québec", "Lévis"],
    })
    schema = {"fields": [
        f("id", "string", "pseudonym"), f("nom", "string", "direct"),
        f("naissance", "date", "quasi", method="age_band", width=10, reference_field="evenement"),
        f("evenement", "date", "quasi", method="month"), f("cp", "string", "quasi", method="fsa"),
        f("montant", "number", "quasi", method="band", width=1000), f("ville", "string", "public"),
    ], "primaryKey": ["id"]}
    out = anonymize(table, schema, dataset="t", key=b"k", policy=PrivacyConfig(k=1))
    assert out.table.column_names == ["id", "naissance", "evenement", "cp", "montant", "ville"]
    assert out.table["naissance"].to_pylist() == ["40-49 ans", "20-29 ans"]
    assert out.table["evenement"].to_pylist() == ["2023-04", "2023-04"]
    assert out.table["cp"].to_pylist() == ["G1R", None]  # rural FSA suppressed
    assert out.table["montant"].to_pylist() == ["1000-1999", "98000-98999"]
    assert out.table["id"].to_pylist() == pseudonymize(pa.chunked_array([["A1", "A2"]]), b"k").to_pylist()
    assert "nom" in out.report.dropped_fields
    types = {x["name"]: x["type"] for x in out.schema["fields"]}
    assert types["evenement"] == "yearmonth" and types["naissance"] == "string"


def test_pseudonyms_are_keyed_and_stable():
    col = pa.chunked_array([["AFS-1", "AFS-1", None]])
    a, b = pseudonymize(col, b"cle-1").to_pylist(), pseudonymize(col, b"cle-2").to_pylist()
    assert a[0] == a[1] and a[2] is None and a[0] != b[0]


def test_pseudonym_without_key_fails_closed():
    with pytest.raises(PrivacyError, match="clé"):
        anonymize(pa.table({"id": ["x"]}), {"fields": [f("id", "string", "pseudonym")]}, dataset="t", key=None)


def test_k_anonymity_suppresses_small_classes_within_the_limit():
    table = pa.table({"id": [str(i) for i in range(100)], "ville": ["A"] * 97 + ["B", "C", "D"]})
    schema = {"fields": [f("id", "string", "pseudonym"), f("ville", "string", "quasi", method="none")]}
    out = anonymize(table, schema, dataset="t", key=b"k", policy=PrivacyConfig(k=5, max_suppression=0.05))
    assert out.table.num_rows == 97
    assert out.report.k_before == 1 and out.report.k_after == 97 and out.report.suppressed_records == 3
    with pytest.raises(PrivacyError, match="k-anonymat"):
        anonymize(table, schema, dataset="t", key=b"k", policy=PrivacyConfig(k=5, max_suppression=0.01))


def test_generalize_year_week_round_top_code_map():
    table = pa.table({
        "d": [dt.date(2024, 1, 3)], "x": [-71.234567], "n": [250000.0], "c": ["Inondation"],
        "y": [dt.date(2021, 6, 1)],
    })
    schema = {"fields": [
        f("d", "date", "quasi", method="week"), f("x", "number", "quasi", method="round", decimals=2),
        f("n", "number", "quasi", method="top_code", max=100000), f("y", "date", "quasi", method="year"),
        f("c", "string", "quasi", method="map", mapping={"Inondation": "Hydrologique"}),
    ]}
    out = anonymize(table, schema, dataset="t", key=None)
    row = out.table.to_pylist()[0]
    assert row == {"d": "2024-S01", "x": -71.23, "n": 100000.0, "y": 2021, "c": "Hydrologique"}


def test_small_cells_and_complementary_suppression():
    from dqpub.privacy.anonymize import suppress_small_cells
    import pandas as pd

    df = pd.DataFrame({
        "region": ["A", "A", "A", "B", "B", "B"],
        "categorie": ["x", "y", "z", "x", "y", "z"],
        "n": [3, 40, 50, 60, 70, 80],
    })
    out, primary, secondary = suppress_small_cells(df, "n", ["region", "categorie"], 5)
    hidden = out["n"].isna()
    assert primary == 1 and hidden[0]
    # region A's line would give back the 3 from its total: its smallest other cell (40) goes too;
    # then categories x and y each have one hidden cell: their other cells (60, 70) go as well
    assert hidden.tolist() == [True, True, False, True, True, False]
    assert secondary == 3
    # every line of the table now has zero or at least two hidden cells
    for dim, other in (("region", "categorie"), ("categorie", "region")):
        assert all(n != 1 for n in out.assign(h=hidden).groupby(dim)["h"].sum())


def test_aggregate_policy_through_anonymize():
    table = pa.table({"annee": [2024] * 4, "region": ["A", "A", "B", "B"], "n": [2, 30, 40, 50]})
    schema = {"fields": [f("annee", "year", "public"), f("region", "string", "public"), f("n", "integer", "public")]}
    out = anonymize(table, schema, dataset="t", key=None,
                    policy=PrivacyConfig(cells=CellsConfig(count="n", dimensions=("annee", "region"), threshold=5)))
    assert out.table["n"].to_pylist() == [None, None, 40, 50]
    assert out.report.suppressed_cells == 2 and "complémentaires" in out.report.techniques["n"]


def test_l_diversity_two_by_default_and_one_only_with_a_reason():
    """A class where everyone shares the sensitive value gives it away: dropped by default (l = 2);
    l: 1 needs a written reason (privacy.l_raison)."""
    table = pa.table({"id": [str(i) for i in range(40)], "ville": ["A"] * 20 + ["B"] * 20,
                      "statut": ["refusé"] * 20 + ["accepté", "refusé"] * 10})
    schema = {"fields": [f("id", "string", "pseudonym"), f("ville", "string", "quasi", method="none"),
                         {"name": "statut", "type": "string", "privacy": {"category": "sensitive"}}]}
    out = anonymize(table, schema, dataset="t", key=b"k", policy=PrivacyConfig(k=5, max_suppression=0.6))
    assert out.table["ville"].to_pylist() == ["B"] * 20
    assert out.report.l_threshold == 2 and out.report.l_after == {"statut": 2}
    assert out.report.inferable_before == 0.5 and out.report.inferable_after == 0.0
    with pytest.raises(PrivacyError, match="l_raison"):
        anonymize(table, schema, dataset="t", key=b"k", policy=PrivacyConfig(k=5, l=1))
    kept = anonymize(table, schema, dataset="t", key=b"k",
                     policy=PrivacyConfig(k=5, l=1, l_reason="le statut est public par décret"))
    assert kept.table.num_rows == 40 and kept.report.inferable_after == 0.5
