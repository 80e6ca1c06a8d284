"""The published schema is the schema of the published data (issue 23), at unit level: whatever a
field's type, source-only declarations and treatment, the CSV the release writes from the anonymized
rows validates against the public schema, and the Parquet types are the schema's."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path
from typing import Any, Callable

import frictionless
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dqpub.core.config import CellsConfig, PrivacyConfig
from dqpub.privacy.anonymize import anonymize
from dqpub.privacy.generalize import TOKEN_PATTERN
from dqpub.release import outputs
from dqpub.release.datapackage import public_schema

Values = Callable[[int], list[Any]]  # row count -> the source's cells (valid against the declaration)
# The schema, not the risk, is under test: every row kept whatever its class.
KEEP_ALL = PrivacyConfig(k=1, l=1, l_reason="essai du schéma publié : aucune ligne supprimée")


def decl(name: str, type_: str, category: str, constraints: dict | None = None, generalize: dict | None = None,
         **extra: Any) -> dict:
    field: dict[str, Any] = {"name": name, "type": type_, "privacy": {"category": category}, **extra}
    if generalize:
        field["privacy"]["generalize"] = generalize
    if constraints:
        field["constraints"] = constraints
    return field


def _cycle(items: list[Any]) -> Values:
    return lambda n: [items[i % len(items)] for i in range(n)]


D0 = dt.date(1950, 1, 1)
# name -> (declaration in the source's schema, Arrow type of the validated rows, cells): every type,
# every treatment, with the declarations of a source's own text forms and constraints.
CATALOGUE: dict[str, tuple[dict, pa.DataType, Values]] = {
    "code": (decl("code", "string", "public", {"required": True, "pattern": "^[A-Z]{3}$", "maxLength": 3}),
             pa.string(), _cycle(["ABC", "XYZ", "QCA"])),
    "ordre": (decl("ordre", "integer", "public", {"minimum": -5}, groupChar=" ", bareNumber=False),
              pa.int64(), lambda n: [(i * 1234567) - 5 for i in range(n)]),
    "mesure": (decl("mesure", "number", "public", {"minimum": -1e6, "maximum": 1e6}, decimalChar=",", groupChar=" "),
               pa.float64(), _cycle([0.1, -2.5, 1 / 3, 123456.75, None])),
    "vrai": (decl("vrai", "boolean", "public", {"required": True}, trueValues=["Oui"], falseValues=["Non"]),
             pa.bool_(), _cycle([True, False])),
    "jour": (decl("jour", "date", "public", format="%d/%m/%Y"),
             pa.date32(), lambda n: [D0 + dt.timedelta(days=97 * i) for i in range(n)]),
    "moment": (decl("moment", "datetime", "public", format="%Y-%m-%d %H:%M:%S"), pa.timestamp("s"),
               lambda n: [dt.datetime(2024, 3, 5, 14, 30, 15) + dt.timedelta(hours=7 * i) for i in range(n)]),
    "heure": (decl("heure", "time", "public", format="%H:%M"), pa.time64("us"),
              lambda n: [dt.time((3 * i) % 24, (7 * i) % 60) for i in range(n)]),
    "annee": (decl("annee", "year", "public"), pa.int64(), lambda n: [1990 + i for i in range(n)]),
    "dossier": (decl("dossier", "string", "pseudonym",
                     {"required": True, "unique": True, "pattern": "^AFS-[0-9]{4}$", "maxLength": 8}),
                pa.string(), lambda n: [f"AFS-{i:04d}" for i in range(n)]),
    "numero": (decl("numero", "integer", "pseudonym", {"unique": True, "minimum": 1}),
               pa.int64(), lambda n: [i + 1 for i in range(n)]),
    "nom": (decl("nom", "string", "direct", {"required": True}), pa.string(), _cycle(["Tremblay", "Gagnon"])),
    "naissance": (decl("naissance", "date", "quasi", {"required": True},
                       {"method": "age_band", "width": 10, "reference_field": "evenement"}, format="default"),
                  pa.date32(), lambda n: [dt.date(1930 + 7 * (i % 10), 5, 2) for i in range(n)]),
    "evenement": (decl("evenement", "date", "quasi", {"required": True, "minimum": "2020-01-01"},
                       {"method": "month"}), pa.date32(), lambda n: [dt.date(2023, 1 + i % 12, 20) for i in range(n)]),
    "semaine": (decl("semaine", "date", "quasi", None, {"method": "week"}, format="%Y-%m-%d"),
                pa.date32(), lambda n: [dt.date(2024, 1, 1) + dt.timedelta(days=5 * i) for i in range(n)]),
    "an": (decl("an", "date", "quasi", {"required": True}, {"method": "year"}),
           pa.date32(), lambda n: [dt.date(2019 + i % 3, 6, 1) for i in range(n)]),
    "cp": (decl("cp", "string", "quasi", {"required": True, "pattern": "^[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]$"},
                {"method": "fsa"}), pa.string(), _cycle(["G1R 2B5", "G0A 1B0", "H2X 1Y4"])),
    "x": (decl("x", "number", "quasi", {"minimum": -79.8, "maximum": -57.1234}, {"method": "round", "decimals": 2},
               decimalChar=","), pa.float64(), _cycle([-71.234567, -57.1234, -79.8, None])),
    "plafond": (decl("plafond", "integer", "quasi", {"maximum": 500000, "enum": [5, 250000]},
                     {"method": "top_code", "max": 100000}), pa.int64(), _cycle([5, 250000])),
    "montant": (decl("montant", "number", "quasi", {"minimum": 0}, {"method": "band", "width": 1000}),
                pa.float64(), _cycle([1234.5, 98000.0, 0.0])),
    "alea": (decl("alea", "string", "quasi", {"enum": ["Inondation", "Embâcle", "Feu"]},
                  {"method": "map", "mapping": {"Inondation": "Hydrologique", "Embâcle": "Hydrologique"}}),
             pa.string(), _cycle(["Inondation", "Embâcle", "Feu"])),
    "statut": (decl("statut", "string", "sensitive", {"required": True, "enum": ["A", "B"]}),
               pa.string(), _cycle(["A", "B"])),
    "note": (decl("note", "string", "free-text", {"maxLength": 30, "pattern": "^[^0-9]*$"}),
             pa.string(), _cycle(["Appeler Jean Tremblay", "Secteur de la rivière", None,
                                  "Écrire à marie@example.com"])),
}
# Which fields must come with which (a rule's reference field).
NEEDS = {"naissance": "evenement"}


def _table(names: list[str], rows: int) -> tuple[pa.Table, dict]:
    names = names + [NEEDS[n] for n in names if n in NEEDS and NEEDS[n] not in names]
    table = pa.table({n: pa.array(CATALOGUE[n][2](rows), CATALOGUE[n][1]) for n in names})
    return table, {"fields": [CATALOGUE[n][0] for n in names], "missingValues": ["", "NA"]}


def _published(table: pa.Table, schema: dict, tmp: Path, policy: PrivacyConfig) -> tuple[Path, Path, dict]:
    out = anonymize(table, schema, dataset="t", key=b"cle", policy=policy)
    public = public_schema(out.schema)
    tmp.mkdir(parents=True, exist_ok=True)
    csv_path, pq_path = tmp / "t.csv", tmp / "t.parquet"
    assert out.table is not None
    outputs.write_csv(out.table, csv_path)
    outputs.write_parquet(out.table, public, pq_path)
    return csv_path, pq_path, public


def _check(csv_path: Path, pq_path: Path, public: dict, rows: int) -> None:
    if rows:  # an empty table has no CSV header: nothing for a reuser to validate
        resource = frictionless.Resource(path=csv_path.name, basepath=str(csv_path.parent),
                                         schema=frictionless.Schema.from_descriptor(public))
        report = frictionless.validate(resource)
        assert report.valid, report.flatten(["type", "fieldName", "rowNumber", "note"])[:5]
    arrow = pq.ParquetFile(pq_path).schema_arrow
    assert arrow.names == [f["name"] for f in public["fields"]]
    for f in public["fields"]:
        assert outputs.arrow_type_matches(f["type"], arrow.field(f["name"]).type), (f, arrow.field(f["name"]).type)
    assert all("privacy" not in f for f in public["fields"])


def test_every_type_and_treatment_published_as_declared(tmp_path):
    table, schema = _table(list(CATALOGUE), 12)
    csv_path, pq_path, public = _published(table, schema, tmp_path, KEEP_ALL)
    _check(csv_path, pq_path, public, 12)
    by_name = {f["name"]: f for f in public["fields"]}
    assert "nom" not in by_name and public["missingValues"] == [""]
    assert by_name["dossier"]["constraints"] == {"required": True, "unique": True, "pattern": TOKEN_PATTERN}
    assert by_name["numero"]["type"] == "string" and "minimum" not in by_name["numero"]["constraints"]
    assert "trueValues" not in by_name["vrai"] and "decimalChar" not in by_name["mesure"]
    assert "format" not in by_name["jour"] and "format" not in by_name["moment"]
    assert by_name["naissance"]["constraints"]["enum"][-1] == "90 ans et plus"
    assert by_name["evenement"]["type"] == "yearmonth" and by_name["an"]["type"] == "year"
    assert by_name["cp"]["constraints"] == {"pattern": "^[ABCEGHJ-NPRSTVXY][1-9][ABCEGHJ-NPRSTV-Z]$"}
    assert by_name["x"]["constraints"] == {"minimum": -79.8}  # -57.1234 is not a value at 2 decimals
    assert by_name["plafond"]["constraints"] == {"maximum": 100000}
    assert by_name["alea"]["constraints"] == {"enum": ["Feu", "Hydrologique"]}
    assert "constraints" not in by_name["note"]


def test_suppressed_counts_are_not_required(tmp_path):
    table = pa.table({"annee": [2024] * 4, "region": ["A", "A", "B", "B"], "n": [2, 30, 40, 50]})
    schema = {"fields": [decl("annee", "year", "public"), decl("region", "string", "public"),
                         decl("n", "integer", "public", {"required": True, "minimum": 0})]}
    policy = PrivacyConfig(cells=CellsConfig(count="n", dimensions=("annee", "region"), threshold=5))
    csv_path, pq_path, public = _published(table, schema, tmp_path, policy)
    _check(csv_path, pq_path, public, 4)
    assert public["fields"][2]["constraints"] == {"minimum": 0}


def test_dropped_key_field_drops_the_primary_key():
    schema = {"fields": [decl("nom", "string", "direct"), decl("ville", "string", "public")], "primaryKey": ["nom"]}
    out = anonymize(pa.table({"nom": ["Tremblay"], "ville": ["Québec"]}), schema, dataset="t", key=None)
    assert "primaryKey" not in public_schema(out.schema)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.sampled_from(sorted(CATALOGUE)), min_size=1, max_size=6, unique=True),
       rows=st.integers(0, 9), folder=st.text(string.ascii_lowercase, min_size=8, max_size=8))
def test_property_any_schema_publishes_as_declared(tmp_path, names, rows, folder):
    # with a required field: a row whose every published cell is empty is a « blank-row » error for
    # frictionless, which no declaration can prevent (left to the source's schema)
    table, schema = _table(names if "code" in names else ["code", *names], rows)
    csv_path, pq_path, public = _published(table, schema, tmp_path / folder, KEEP_ALL)
    _check(csv_path, pq_path, public, rows)


@pytest.mark.parametrize("type_", sorted(outputs.ARROW_TYPES) + ["datetime", "time"])
def test_arrow_type_holds_its_table_schema_type(type_):
    assert outputs.arrow_type_matches(type_, outputs.arrow_type({"type": type_}, pa.null()))


def test_keys_only_while_their_values_are_kept():
    table = pa.table({"id": ["A1", "A2"], "mois": [dt.date(2024, 1, 2), dt.date(2024, 1, 3)], "parent": ["A1", None]})
    keys = {"foreignKeys": [{"fields": "parent", "reference": {"resource": "", "fields": "id"}}]}
    fields_ = [decl("id", "string", "public"), decl("mois", "date", "quasi", None, {"method": "month"}),
               decl("parent", "string", "public")]
    kept = public_schema(anonymize(table, {"fields": fields_, "primaryKey": ["id"], **keys}, dataset="t", key=None).schema)
    assert kept["primaryKey"] == ["id"] and kept["foreignKeys"] == keys["foreignKeys"]
    generalized = anonymize(table, {"fields": fields_, "primaryKey": ["id", "mois"]}, dataset="t", key=None).schema
    assert "primaryKey" not in public_schema(generalized)  # two days of one month: no longer a key
    fields_[2] = decl("parent", "string", "pseudonym")
    tokens = anonymize(table, {"fields": fields_, "primaryKey": ["id"], **keys}, dataset="t", key=b"k",
                       policy=KEEP_ALL).schema
    assert "foreignKeys" not in public_schema(tokens)
