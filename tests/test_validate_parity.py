"""Parity with Frictionless v5 on the validation corpus (tests/corpus/validation).

For every case, Frictionless (``Resource(...).validate()``) and ``dqpub.validate.validate`` must give the
same verdict, the same number of errors and the same set of (error type, row number, field number).
dqpub may add information (messages, rules, values), never lose an error.

Deliberate, narrow exceptions (each one is checked exactly, so that nothing else can hide behind it):

* ``pattern-alternation``: Frictionless compiles ``"^" + pattern + "$"`` and uses ``re.match``, so the
  pattern ``A|B`` accepts ``ABC`` (``^A`` matches) and ``$`` accepts a trailing newline (``"A\\n"``). The
  Table Schema spec asks for a match of the whole value: dqpub reports rows 4 (``ABC``) and 6 (``A⏎``)
  in addition to Frictionless' row 5 (``xB``).
* ``integer-int64-overflow``: an integer outside 64 bits is valid for Frictionless (Python ``int``) but the
  typed Parquet we publish cannot hold it: dqpub reports a ``type-error`` (rule ``type=integer (int64)``).

Reading choices met on Frictionless' own fixtures (bench/parity_frictionless.py: comment row, delimiter
guess, spaces after commas; label spaces now aligned) are tested at the end of this file and listed in the
README's « Différences voulues avec Frictionless ».

Frictionless settings used: the CSV dialect is given (comma) instead of sniffed, the encoding is utf-8,
and a schema declaring Table Schema v2 (``$schema``) is validated inside a v2 Data Resource: under the
default v1 resource profile Frictionless refuses ``exclusiveMinimum``/``exclusiveMaximum`` (a v2 feature)
with a ``field-error`` before reading any row.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dqpub.validate import validate

CORPUS = Path(__file__).parent / "corpus" / "validation"
CASES = sorted(p.stem for p in CORPUS.glob("*.csv"))

# case -> errors dqpub reports in addition to Frictionless' (and none missing)
EXTRA_ERRORS: dict[str, set[tuple]] = {
    "pattern-alternation": {("constraint-error", 4, 2), ("constraint-error", 6, 2)},
    "integer-int64-overflow": {("type-error", 3, 2), ("type-error", 4, 2)},
}


def frictionless_errors(csv_path: Path, schema: dict) -> tuple[bool, list[tuple]]:
    from frictionless import Resource

    descriptor = {"name": "cas", "path": csv_path.name, "schema": schema, "format": "csv", "encoding": "utf-8",
                  "dialect": {"delimiter": ","}}
    if "2.0" in str(schema.get("$schema", "")):
        descriptor["$schema"] = "https://datapackage.org/profiles/2.0/dataresource.json"
    resource = Resource.from_descriptor(descriptor, basepath=str(csv_path.parent))
    report = resource.validate(limit_errors=100_000)
    errors = [(e.type, getattr(e, "row_number", None), getattr(e, "field_number", None))
              for task in report.tasks for e in task.errors]
    return report.valid, errors


def test_corpus_is_not_empty():
    assert len(CASES) >= 25
    codes = set()
    for name in CASES:
        _, errors = frictionless_errors(CORPUS / f"{name}.csv", _schema(name))
        codes |= {e[0] for e in errors}
    expected = {"type-error", "constraint-error", "unique-error", "primary-key", "foreign-key", "missing-label",
                "extra-label", "duplicate-label", "blank-label", "incorrect-label", "extra-cell", "missing-cell",
                "blank-row"}
    assert expected <= codes


def _schema(name: str) -> dict:
    return json.loads((CORPUS / f"{name}.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", CASES)
def test_same_errors_as_frictionless(name):
    schema = _schema(name)
    path = CORPUS / f"{name}.csv"
    fl_valid, fl_errors = frictionless_errors(path, schema)
    report = validate(path, schema, dataset=name, max_examples=100_000)
    ours = {(e.code, e.row, e.field_number) for e in report.errors}
    theirs = set(fl_errors)
    extra = EXTRA_ERRORS.get(name, set())
    assert theirs <= ours, f"erreurs perdues : {sorted(theirs - ours, key=str)}"
    assert ours - theirs == extra, f"erreurs en plus : {sorted(ours - theirs - extra, key=str)}"
    # counts: every Frictionless error is counted (several constraint errors on one cell count apart)
    assert report.error_count == len(fl_errors) + len(extra)
    assert len(report.errors) == report.error_count
    if not extra:
        assert report.valid == fl_valid
    # the counts table agrees with the examples
    assert sum(n for per in report.counts.values() for n in per.values()) == report.error_count


@pytest.mark.parametrize("block_size", [64, 256, 1 << 20])
def test_row_numbers_survive_small_batches(block_size):
    """Malformed rows, blank lines and quoted newlines spread over many record batches."""
    for name in ("rows-structure", "mixed-evenements", "unique", "primary-key", "missing-values-without-empty"):
        schema = _schema(name)
        path = CORPUS / f"{name}.csv"
        _, fl_errors = frictionless_errors(path, schema)
        report = validate(path, schema, dataset=name, max_examples=100_000, block_size=block_size)
        assert {(e.code, e.row, e.field_number) for e in report.errors} == set(fl_errors), name
        assert report.error_count == len(fl_errors)


def _random_table(seed: int, n: int) -> str:
    import random

    rnd = random.Random(seed)
    good = {
        "id": lambda i: str(i),
        "n": lambda i: str(rnd.randint(-5, 15)),
        "x": lambda i: f"{rnd.uniform(40, 70):.3f}",
        "d": lambda i: f"20{rnd.randint(0, 30):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        "t": lambda i: f"2024-01-{rnd.randint(1, 28):02d}T{rnd.randint(0, 23):02d}:00:00",
        "b": lambda i: rnd.choice(["true", "false", "1", "0"]),
        "s": lambda i: rnd.choice(["Mineure", "Majeure", "Modérée"]),
        "c": lambda i: rnd.choice(["", "texte, avec virgule", 'guillemet "x"', "multi\nligne", "é"]),
    }
    bad = ["", "abc", "1.5", "2024-02-30", "+7", " 3", "NaN", "1e3", "=SOMME(A1)", "yes", "99", "-1", "00:00",
           "2024-1-5", "1_0", "Autre"]
    cols = list(good)
    lines = [",".join(cols)]
    for i in range(n):
        r = rnd.random()
        if r < 0.01:
            lines.append("")
            continue
        cells = [good[c](i) for c in cols]
        for k in range(len(cells)):
            if rnd.random() < 0.03:
                cells[k] = rnd.choice(bad)
        if rnd.random() < 0.01:
            cells.append("en trop")
        if rnd.random() < 0.01:
            cells = cells[: rnd.randint(1, len(cells) - 1)]
        if rnd.random() < 0.01 and i > 10:
            cells[0] = str(rnd.randint(0, i))  # duplicate id
        lines.append(",".join('"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c
                              for c in cells))
    return "\n".join(lines) + "\n"


RANDOM_SCHEMA = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True, "unique": True}},
        {"name": "n", "type": "integer", "constraints": {"minimum": 0, "maximum": 10}},
        {"name": "x", "type": "number", "constraints": {"minimum": 45, "maximum": 62.6}},
        {"name": "d", "type": "date", "constraints": {"minimum": "2005-01-01"}},
        {"name": "t", "type": "datetime"},
        {"name": "b", "type": "boolean"},
        {"name": "s", "type": "string", "constraints": {"enum": ["Mineure", "Majeure", "Modérée"]}},
        {"name": "c", "type": "string", "constraints": {"maxLength": 12}},
    ],
}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_tables_match_frictionless(tmp_path, seed):
    path = tmp_path / "aleatoire.csv"
    path.write_text(_random_table(seed, 3000), encoding="utf-8")
    _, fl_errors = frictionless_errors(path, RANDOM_SCHEMA)
    report = validate(path, RANDOM_SCHEMA, dataset="aleatoire", max_examples=100_000, block_size=4096)
    assert {(e.code, e.row, e.field_number) for e in report.errors} == set(fl_errors)
    assert report.error_count == len(fl_errors)


# --- Reading choices met on Frictionless' own fixtures (issue 24, bench/parity_frictionless.py) ---------------
# Each test below is one row of the README's « Différences voulues avec Frictionless » (or the fix of a
# difference): small fixtures of our own, read as the pipeline reads them (normalize, then validate).


def _pipeline_errors(tmp_path: Path, text: str, schema: dict, **dialect) -> tuple[set[tuple], object, object]:
    from dqpub.table import Dialect, normalize

    raw = tmp_path / "source.csv"
    raw.write_text(text, encoding="utf-8")
    table = normalize(raw, "csv", Dialect(**dialect), tmp_path / "normalise.csv", dataset="parite")
    report = validate(table, schema, dataset="parite", max_examples=1000)
    return {(e.code, e.row, e.field_number) for e in report.errors}, report, table


def _detected_frictionless(path: Path, schema: dict | None = None):
    from frictionless import Resource

    descriptor = {"name": "cas", "path": path.name, "format": "csv"}
    if schema is not None:
        descriptor["schema"] = schema
    return Resource.from_descriptor(descriptor, basepath=str(path.parent))


ID_NOM = {"fields": [{"name": "id", "type": "integer"}, {"name": "nom", "type": "string"}]}


def test_labels_are_compared_without_surrounding_spaces(tmp_path):
    """Fixed (capitals.csv, timezone.csv): `` nom`` is the label ``nom``, as Frictionless strips labels."""
    ours, report, _ = _pipeline_errors(tmp_path, "id , nom\n1,Laval\n2,Lévis\n", ID_NOM)
    assert ours == set()
    assert report.valid
    assert report.header == ["id", "nom"]
    assert any("espaces autour du nom de colonne" in w and "1, 2" in w for w in report.warnings)
    _, fl_errors = frictionless_errors(tmp_path / "normalise.csv", ID_NOM)
    assert fl_errors == []
    # a label of spaces only is blank, for both
    ours, report, _ = _pipeline_errors(tmp_path, "id,  \n1,Laval\n", ID_NOM)
    _, fl_errors = frictionless_errors(tmp_path / "normalise.csv", ID_NOM)
    assert ours == set(fl_errors) == {("blank-label", None, 2)}


def test_leading_comment_row_is_the_header_unless_declared(tmp_path):
    """Deliberate (countries.csv, matrix-with-comment.csv): no comment character by default (CSV Dialect
    ``commentChar``: not set) and the header is line 1 (``header``: the first row); Frictionless guesses the
    header row from the rows' widths. The steward declares ``source.ligne_entete: 2``."""
    schema = {"fields": ID_NOM["fields"] + [{"name": "region", "type": "string"}]}
    text = "# extrait du registre\nid,nom,region\n1,Laval,13\n2,Lévis,12\n3,Gaspé,11\n4,Alma,02\n"
    ours, _, _ = _pipeline_errors(tmp_path, text, schema)
    assert ("incorrect-label", None, 1) in ours and ("missing-label", None, 2) in ours
    resource = _detected_frictionless(tmp_path / "source.csv", schema)
    assert resource.validate().valid  # Frictionless took line 2 as the header
    with resource:
        assert resource.dialect.header_rows == [2]
    ours, report, table = _pipeline_errors(tmp_path, text, schema, header_row=2)
    assert ours == set() and report.valid and report.rows == 4
    assert table.row_offset == 1


def test_delimiter_is_guessed_among_the_usual_ones(tmp_path):
    """Deliberate (dialect.csv): ``|`` splitting every line into the header's width is the delimiter, where
    Frictionless keeps ``,`` and reads one column ``id|nom``."""
    text = "id|nom\n1|#anglais#\n2| -|##\n"
    ours, _, table = _pipeline_errors(tmp_path, text, ID_NOM)
    assert table.delimiter == "|" and table.header == ["id", "nom"]
    assert ours == {("extra-cell", 3, 3)}
    resource = _detected_frictionless(tmp_path / "source.csv")
    with resource:
        assert resource.labels == ["id|nom"]
    # declared, the delimiter is not guessed
    ours, _, table = _pipeline_errors(tmp_path, text, {"fields": [{"name": "id|nom", "type": "string"}]},
                                      delimiter=",")
    assert table.delimiter == "," and ours == set()


def test_spaces_after_commas_belong_to_the_cell(tmp_path):
    """Deliberate (issue-1109.csv): CSV Dialect ``skipInitialSpace`` defaults to false, so `` "2.3"`` is a
    cell of 6 characters, not the number 2.3; Frictionless sniffs ``skipInitialSpace: true`` even when the
    delimiter is given. A quote after the space is no longer an opening quote (RFC 4180: a quoted field
    starts with the quote), so the label `` "nombre"`` stripped is ``"nombre"``, quotes included."""
    schema = {"fields": [{"name": "entier", "type": "integer"}, {"name": "nombre", "type": "number"}]}
    text = '"entier", "nombre"\n"1", "2.3"\n"3", "4"\n'
    ours, report, _ = _pipeline_errors(tmp_path, text, schema)
    assert ours == {("incorrect-label", None, 2), ("type-error", 2, 2), ("type-error", 3, 2)}
    assert report.header == ["entier", '"nombre"']
    # without quotes the labels match once stripped, and `` 2.3`` is read as a number by both tools (as
    # Python's float, Frictionless' number reader accepts surrounding spaces)
    ours, report, _ = _pipeline_errors(tmp_path, "entier, nombre\n1, 2.3\n", schema)
    assert ours == set() and report.header == ["entier", "nombre"]
    resource = _detected_frictionless(tmp_path / "source.csv", schema)
    assert resource.validate().valid
