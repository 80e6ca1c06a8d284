"""dqpub.validate / dqpub.validate.report: privacy of reports, quarantine, drift, typed Parquet, streaming."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dqpub.core.errors import ValidationFailed
from dqpub.validate.report import first_error_message
from dqpub.core.schema import MASK
from dqpub.table import Dialect, normalize
from dqpub.validate import validate

NAS = "046 454 286"
PUB = {"privacy": {"category": "public"}}


def write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def all_outputs(report) -> str:
    parts = [report.to_json(), report.to_markdown(), report.to_html(), report.summary_fr(),
             first_error_message(report), json.dumps(report.to_dict(), ensure_ascii=False, default=str)]
    parts += [e.message for e in report.errors] + [str(e.cell) for e in report.errors]
    parts.append(str(ValidationFailed(first_error_message(report), report=report, dataset=report.dataset)))
    return "\n".join(parts)


# --- privacy -------------------------------------------------------------------------------------------

PRIVACY_SCHEMA = {
    "fields": [
        {"name": "code_alea", "type": "integer", **PUB},
        {"name": "nas", "type": "integer", "privacy": {"category": "direct"}},
        {"name": "nas_texte", "type": "string", "constraints": {"pattern": "[0-9]{9}", "unique": True},
         "privacy": {"category": "direct"}},
        {"name": "courriel", "type": "string", "format": "email"},  # undeclared: masked (fail closed)
        {"name": "montant", "type": "number", "constraints": {"maximum": 10}, "privacy": {"category": "quasi"}},
    ],
}


def test_personal_values_never_appear_in_any_report_format(tmp_path):
    text = ("code_alea,nas,nas_texte,courriel,montant\n"
            f"abc,{NAS},{NAS},{NAS},{NAS}\n"
            f"2,1,{NAS},pas-un-courriel,999.5\n"
            f"3,2,123456789,a@b.qc.ca,1,{NAS}\n")
    report = validate(write(tmp_path, text), PRIVACY_SCHEMA, dataset="aide")
    assert not report.valid
    codes = {(e.code, e.field) for e in report.errors}
    assert ("type-error", "nas") in codes and ("constraint-error", "nas_texte") in codes
    assert ("unique-error", "nas_texte") in codes and ("type-error", "courriel") in codes
    assert ("extra-cell", None) in codes
    text_out = all_outputs(report)
    for secret in (NAS, "046", "454 286", "pas-un-courriel", "999.5"):
        assert secret not in text_out, secret
    assert MASK in text_out
    # public values are shown, so a steward can find the cell
    assert "« abc »" in text_out
    nas_err = next(e for e in report.errors if e.field == "nas")
    assert nas_err.cell == MASK and "ligne 2" in nas_err.message and "« nas » (n° 2)" in nas_err.message


def test_row_level_errors_never_quote_the_row(tmp_path):
    schema = {"fields": [{"name": "a", "type": "integer", **PUB}, {"name": "b", "type": "string", **PUB}]}
    report = validate(write(tmp_path, "a,b\n1,x\n2,secret-public,de trop\n3\n"), schema, dataset="x")
    assert {e.code for e in report.errors} == {"extra-cell", "missing-cell"}
    assert all(e.cell is None for e in report.errors)
    assert "secret-public" not in all_outputs(report) and "de trop" not in all_outputs(report)


def test_public_values_are_truncated(tmp_path):
    schema = {"fields": [{"name": "a", "type": "integer", **PUB}]}
    report = validate(write(tmp_path, "a\n" + "9" * 30 + "x" * 100 + "\n"), schema, dataset="x")
    assert len(report.errors[0].cell) == 80


def test_message_format_and_first_error(tmp_path):
    schema = {"fields": [{"name": "code_alea", "type": "integer", **PUB},
                         {"name": "coord_y", "type": "number", "constraints": {"maximum": 62.6}, **PUB}]}
    report = validate(write(tmp_path, "code_alea,coord_y\n1,45\n2,70.5\nabc,50\n"), schema, dataset="evenements")
    assert report.errors[0].message == ("ligne 3, colonne « coord_y » (n° 2) : la valeur « 70.5 » est supérieure "
                                        "au maximum permis (62.6)")
    assert report.errors[1].message == "ligne 4, colonne « code_alea » (n° 1) : « abc » n'est pas un entier (type integer)"
    first = first_error_message(report)
    assert first.startswith("jeu « evenements », ligne 3, colonne « coord_y », règle maximum=62.6 : ")
    assert report.summary_fr().startswith("Jeu evenements : 2 erreurs (")
    assert "type-error: 1 dans code_alea" in report.summary_fr()
    md = report.to_markdown()
    assert "| Ligne | Colonne | Règle | Valeur | Message |" in md and "## Que faire" in md
    assert "<table>" in report.to_html()


def test_max_examples_limits_examples_not_counts(tmp_path):
    schema = {"fields": [{"name": "a", "type": "integer", **PUB}]}
    report = validate(write(tmp_path, "a\n" + "x\n" * 500), schema, dataset="x", max_examples=7)
    assert len(report.errors) == 7 and report.error_count == 500
    assert [e.row for e in report.errors] == list(range(2, 9))
    assert report.counts == {"type-error": {"a": 500}}


# --- drift ---------------------------------------------------------------------------------------------

def test_schema_drift_leads_the_report(tmp_path):
    schema = {"fields": [{"name": n, "type": "string", **PUB} for n in ("code", "municipalite", "x", "y")]}
    text = "code,nom_municipalite,x,y,z\n" + "1,Québec,1,2,3\n" * 1000
    report = validate(write(tmp_path, text), schema, dataset="evenements")
    kinds = {(d["kind"], d.get("schema"), d.get("file")) for d in report.drift}
    assert ("renamed", "municipalite", "nom_municipalite") in kinds
    assert ("added", None, "z") in kinds
    assert not report.valid
    first = first_error_message(report)
    assert "structure" in first and "municipalite" in first and "nom_municipalite" in first
    md = report.to_markdown()
    assert md.index("Changement de structure") < md.index("Erreurs par type")


def test_removed_column(tmp_path):
    schema = {"fields": [{"name": n, "type": "string", **PUB} for n in ("a", "b", "c")]}
    report = validate(write(tmp_path, "a,b\n1,2\n"), schema, dataset="x")
    assert report.drift == [{"kind": "removed", "position": 3, "schema": "c", "file": None}]
    assert report.counts == {"missing-label": {"": 1}}


# --- quarantine ----------------------------------------------------------------------------------------

QSCHEMA = {"fields": [{"name": "id", "type": "integer", "constraints": {"unique": True}, **PUB},
                      {"name": "v", "type": "number", **PUB}]}


def _qtable(tmp_path, n=300, bad=(10, 20)):
    lines = ["id,v"]
    for i in range(n):
        lines.append(f"{i},{'abc' if i in bad else i / 2}")
    return write(tmp_path, "\n".join(lines) + "\n")


def test_quarantine_under_threshold(tmp_path):
    qpath = tmp_path / "prive" / "quarantaine.csv"
    out = tmp_path / "valide.parquet"
    policy = {"mode": "quarantine", "max_invalid_share": 0.01, "quarantine_path": qpath}
    report = validate(_qtable(tmp_path), QSCHEMA, dataset="x", out_parquet=out, invalid_row_policy=policy)
    assert report.valid and report.quarantined == 2 and report.error_count == 2
    assert "quarantaine" in report.summary_fr()
    rows = list(csv.reader(qpath.open(encoding="utf-8")))
    assert rows[0] == ["ligne", "id", "v"] and [r[0] for r in rows[1:]] == ["12", "22"]
    table = pq.read_table(out)
    assert table.num_rows == 298 and 10 not in table["id"].to_pylist()
    json.loads(report.to_json())  # the policy (with a path) serializes


def test_quarantine_over_threshold_is_invalid(tmp_path):
    out = tmp_path / "valide.parquet"
    policy = {"mode": "quarantine", "max_invalid_share": 0.005, "quarantine_path": tmp_path / "q.csv"}
    report = validate(_qtable(tmp_path), QSCHEMA, dataset="x", out_parquet=out, invalid_row_policy=policy)
    assert not report.valid and not out.exists()


def test_no_policy_fails_on_any_error_and_writes_nothing(tmp_path):
    out = tmp_path / "valide.parquet"
    report = validate(_qtable(tmp_path, bad=(5,)), QSCHEMA, dataset="x", out_parquet=out)
    assert not report.valid and not out.exists() and not list(tmp_path.glob("*.partiel"))


# --- typed Parquet -------------------------------------------------------------------------------------

TYPED = {"fields": [
    {"name": "i", "type": "integer", "title": "Entier", "description": "Un entier", **PUB},
    {"name": "n", "type": "number", "decimalChar": ",", **PUB},
    {"name": "b", "type": "boolean", "trueValues": ["Oui"], "falseValues": ["Non"], **PUB},
    {"name": "d", "type": "date", **PUB},
    {"name": "d2", "type": "date", "format": "%d/%m/%Y", **PUB},
    {"name": "t", "type": "datetime", **PUB},
    {"name": "h", "type": "time", **PUB},
    {"name": "y", "type": "year", **PUB},
    {"name": "ym", "type": "yearmonth", **PUB},
    {"name": "s", "type": "string", "description": "Texte", **PUB},
]}


def test_typed_parquet_types_order_and_metadata(tmp_path):
    text = ("i,n,b,d,d2,t,h,y,ym,s\n"
            '1,"3,5",Oui,2024-02-29,05/01/2024,2024-01-05T10:20:30,10:20:30,2024,2024-03,été\n'
            '+2,-1,Non,2023-12-31,31/12/2023,2024-01-05T10:20:30+01:00,23:59:59,1999,1999-12,\n'
            ",,,,,,,,,x\n")
    out = tmp_path / "v.parquet"
    report = validate(write(tmp_path, text), TYPED, dataset="x", out_parquet=out)
    assert report.valid, report.to_markdown()
    t = pq.read_table(out)
    assert t.column_names == [f["name"] for f in TYPED["fields"]]
    types = {f.name: f.type for f in t.schema}
    assert types == {"i": pa.int64(), "n": pa.float64(), "b": pa.bool_(), "d": pa.date32(), "d2": pa.date32(),
                     # written as timestamp("s"); Parquet has no second unit and stores milliseconds
                     "t": pa.timestamp("ms"), "h": pa.time64("us"), "y": pa.int32(), "ym": pa.string(),
                     "s": pa.string()}
    meta = t.schema.field("i").metadata
    assert meta[b"title"] == "Entier".encode() and meta[b"description"] == b"Un entier"
    rows = t.to_pylist()
    assert rows[0] == {"i": 1, "n": 3.5, "b": True, "d": dt.date(2024, 2, 29), "d2": dt.date(2024, 1, 5),
                       "t": dt.datetime(2024, 1, 5, 10, 20, 30), "h": dt.time(10, 20, 30), "y": 2024,
                       "ym": "2024-03", "s": "été"}
    assert rows[1]["i"] == 2 and rows[1]["t"] == dt.datetime(2024, 1, 5, 9, 20, 30)  # aware → UTC
    assert rows[1]["s"] is None and rows[2]["i"] is None and rows[2]["s"] == "x"


# --- streaming -----------------------------------------------------------------------------------------

def test_row_numbers_over_many_batches(tmp_path):
    schema = {"fields": [{"name": "id", "type": "integer", "constraints": {"unique": True}, **PUB},
                         {"name": "txt", "type": "string", **PUB}, {"name": "x", "type": "number", **PUB}]}
    lines = ["id,txt,x"]
    expected = set()
    for i in range(20_000):
        row = len(lines) + 1
        if i % 997 == 0:
            lines.append(f'{i},"deux\nlignes",1')
        elif i % 1009 == 0:
            lines.append(f"{i},x,abc")
            expected.add(("type-error", row, 3))
        elif i % 1013 == 0:
            lines.append("")
            expected.add(("blank-row", row, None))
        elif i % 1019 == 0:
            lines.append(f"{i},x")
            expected.add(("missing-cell", row, 3))
        elif i % 1021 == 0:
            lines.append(f"{i},x,1,2")
            expected.add(("extra-cell", row, 4))
        elif i % 1031 == 0:
            lines.append("5,x,1")
            expected.add(("unique-error", row, 1))
        else:
            lines.append(f"{i},x,{i}")
    path = write(tmp_path, "\n".join(lines) + "\n")
    report = validate(path, schema, dataset="x", block_size=8192, max_examples=10_000)
    assert {(e.code, e.row, e.field_number) for e in report.errors} == expected
    assert report.rows == 20_000
    report2 = validate(path, schema, dataset="x", max_examples=10_000)
    assert [e.to_dict() for e in report2.errors] == [e.to_dict() for e in report.errors]


def test_normalize_then_validate_cp1252_decimal_comma(tmp_path):
    raw = tmp_path / "source.csv"
    raw.write_bytes("code;coord_y\r\n1;46,8\r\n2;70,5\r\nabc;45\r\n".encode("cp1252"))
    t = normalize(raw, "csv", Dialect(encoding="cp1252", delimiter=";"), tmp_path / "n.csv", dataset="ev")
    schema = {"fields": [{"name": "code", "type": "integer", **PUB},
                         {"name": "coord_y", "type": "number", "decimalChar": ",",
                          "constraints": {"maximum": 62.6}, **PUB}]}
    report = validate(t, schema, dataset="ev")
    assert [(e.code, e.row, e.field) for e in report.errors] == [("constraint-error", 3, "coord_y"),
                                                                  ("type-error", 4, "code")]
    assert report.encoding == "cp1252" and report.delimiter == ";"


# --- foreign keys --------------------------------------------------------------------------------------

def test_foreign_key_to_given_table_and_to_reference_csv(tmp_path):
    schema = {"fields": [{"name": "code_mun", "type": "integer", **PUB}],
              "foreignKeys": [{"fields": "code_mun", "reference": {"resource": "municipalites",
                                                                   "fields": "code"}}]}
    path = write(tmp_path, "code_mun\n23027\n99999\n\n023027\n")
    ref = pa.table({"code": pa.array([23027, 66023]), "nom": ["Québec", "Montréal"]})
    report = validate(path, schema, dataset="x", foreign_tables={"municipalites": ref})
    assert {(e.code, e.row) for e in report.errors} == {("foreign-key", 3), ("blank-row", 4)}
    schemas_dir = tmp_path / "schemas"
    schemas_dir.mkdir()
    (schemas_dir / "municipalites.csv").write_text("code,nom\n23027,Québec\n", encoding="utf-8")
    schema["foreignKeys"][0]["reference"]["resource"] = "municipalites.csv"
    report = validate(path, schema, dataset="x", schemas_dir=schemas_dir)
    assert {(e.code, e.row) for e in report.errors} == {("foreign-key", 3), ("blank-row", 4)}
    with pytest.raises(ValidationFailed):
        schema["foreignKeys"][0]["reference"]["resource"] = "absente.csv"
        validate(path, schema, dataset="x", schemas_dir=schemas_dir)


def test_empty_file_and_header_only(tmp_path):
    schema = {"fields": [{"name": "a", "type": "integer", **PUB}]}
    report = validate(write(tmp_path, ""), schema, dataset="x")
    assert not report.valid and report.counts == {"source-error": {"": 1}}
    out = tmp_path / "v.parquet"
    report = validate(write(tmp_path, "a\n"), schema, dataset="x", out_parquet=out)
    assert report.valid and report.rows == 0 and pq.read_table(out).num_rows == 0


def test_invalid_schema_is_a_clear_error(tmp_path):
    schema = {"fields": [{"name": "a", "type": "integer", "constraints": {"pattern": "x"}}]}
    with pytest.raises(ValidationFailed) as exc:
        validate(write(tmp_path, "a\n1\n"), schema, dataset="x")
    assert "schéma invalide" in str(exc.value)


def test_hash_collisions_fall_back_to_exact_values(tmp_path, monkeypatch):
    """Duplicates found through a 64-bit hash are confirmed on the values; a collision reruns the check."""
    import numpy as np

    from dqpub.validate import keys

    real = keys.key_hash
    calls = {"seeds": set()}

    def colliding(cols, seed):
        calls["seeds"].add(seed)
        h, exact = real(cols, seed)
        if seed == 0:  # every key collides under the first seed
            return np.zeros_like(h), False
        return h, exact

    monkeypatch.setattr(keys, "key_hash", colliding)
    schema = {"fields": [{"name": "code", "type": "string", "constraints": {"unique": True}, **PUB}]}
    report = validate(write(tmp_path, "code\na\nb\nc\nb\n"), schema, dataset="x", block_size=4)
    assert calls["seeds"] >= {0, 1}
    assert [(e.code, e.row) for e in report.errors] == [("unique-error", 5)]


def test_plainly_valid_schemas_are_accepted_by_frictionless():
    """The fast path skips Frictionless' schema check only for schemas it certainly accepts."""
    import copy
    import random

    from frictionless import FrictionlessException, Schema

    from dqpub.validate.spec import plainly_valid_schema

    root = Path(__file__).resolve().parent.parent / "schemas"
    bases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(root.glob("*.schema.json"))]
    bases = [b for b in bases if isinstance(b.get("fields"), list)]
    assert bases and all(plainly_valid_schema({k: v for k, v in b.items() if k != "foreignKeys"}) for b in bases)
    pool = [None, True, False, 0, 1, -1, 2.5, "", "a", "x y", "%Y", "default", "email", "uri", "uuid", "[0-9]+", [], ["a"], [1],
            [True], ["a", 1], {}, {"a": 1}, "1990-01-01", "integer", "string", "date", "time", "any", "foo"]
    field_keys = ["name", "type", "format", "title", "constraints", "privacy", "missingValues", "trueValues",
                  "falseValues", "decimalChar", "groupChar", "bareNumber", "unit", "rdfType", "example"]
    cons_keys = ["required", "unique", "minLength", "maxLength", "pattern", "enum", "minimum", "maximum",
                 "exclusiveMinimum", "exclusiveMaximum", "jsonSchema"]
    rnd = random.Random(7)
    plain = 0
    for _ in range(4000):
        s = copy.deepcopy(rnd.choice(bases))
        s.pop("foreignKeys", None)
        for _ in range(rnd.randint(1, 3)):
            f = rnd.choice(s["fields"])
            what = rnd.random()
            if what < 0.45:
                f.setdefault("constraints", {})
                if isinstance(f["constraints"], dict):
                    f["constraints"][rnd.choice(cons_keys)] = rnd.choice(pool)
            elif what < 0.85:
                f[rnd.choice(field_keys)] = rnd.choice(pool)
            elif what < 0.95:
                s[rnd.choice(["primaryKey", "missingValues", "title", "name", "fieldsMatch"])] = rnd.choice(pool)
            else:
                s["fields"].append(copy.deepcopy(f))
        if not plainly_valid_schema(s):
            continue
        plain += 1
        try:
            Schema.from_descriptor(s)
        except FrictionlessException as exc:  # pragma: no cover - the failure shows the schema
            raise AssertionError(f"Frictionless refuses a schema judged plainly valid: {s}") from exc
    assert plain > 100


def test_integer_cells_read_like_python_int():
    """Integer cells outside the strict fast form are decided as Frictionless' int(cell.strip()) decides."""
    import random

    from dqpub.validate.parsers import UNDECIDED, py_int

    rnd = random.Random(3)
    alphabet = " \t\n\x0b\x0c\r\x1c\x1f+-_0123456789ax.é"
    for _ in range(50_000):
        cell = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 7)))
        got = py_int(cell)
        if got is UNDECIDED:
            assert not cell.isascii()
            continue
        try:
            expected = int(cell.strip())
        except ValueError:
            expected = None
        assert got == expected, repr(cell)


def test_fast_path_reads_signed_and_spaced_integers_without_frictionless(tmp_path):
    schema = {"fields": [{"name": "n", "type": "integer", "constraints": {"enum": [8, 9]}, **PUB},
                         {"name": "d", "type": "date", "constraints": {"minimum": "1990-01-01"}, **PUB}]}
    report = validate(write(tmp_path, "n,d\n+8,1990-01-01\n 9 ,2000-02-29\nabc,1989-12-31\n1_0,2001-02-29\n"),
                      schema, dataset="x")
    assert sorted((e.code, e.row, e.field_number) for e in report.errors) == [
        ("constraint-error", 4, 2), ("constraint-error", 5, 1), ("type-error", 4, 1), ("type-error", 5, 2)]


def test_email_format_decided_without_frictionless_matches_frictionless(tmp_path):
    """The email fast path (validators.email per distinct value) gives Frictionless' verdicts."""
    from dqpub.validate import validate
    from tests.test_validate_parity import frictionless_errors

    cells = ["a@b.ca", "donnees.ouvertes@msp.gouv.qc.ca", "pas-un-courriel", "x@y", "@b.ca", "a@b..ca",
             "é@exemple.ca", "a b@c.ca", "a@b.ca ", "", "a@[127.0.0.1]", "a+tag@sous.domaine.qc.ca", "a@b.ca"]
    path = tmp_path / "cas.csv"
    path.write_text("id,courriel\n" + "".join(f'{i},"{c}"\n' for i, c in enumerate(cells)), encoding="utf-8")
    schema = {"fields": [{"name": "id", "type": "integer"},
                         {"name": "courriel", "type": "string", "format": "email",
                          "constraints": {"maxLength": 30}}]}
    ours = validate(path, schema, dataset="jeu-test", max_examples=1000)
    valid, theirs = frictionless_errors(path, schema)
    assert ours.valid == valid
    assert sorted((e.code, e.row, e.field_number) for e in ours.errors) == sorted(theirs)
    assert any(code == "type-error" for code, _, _ in theirs)
