"""dqpub.release.outputs.write_csv: the batched, vectorized writer gives the same bytes as the former one."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from dqpub.release import outputs
from dqpub.table import Dialect, normalize
from dqpub.validate import validate

ROOT = Path(__file__).resolve().parents[1]


def _former_csv_ready(table: pa.Table) -> pa.Table:
    """The writer before it was batched and vectorized (strftime on every temporal cell): the oracle."""
    cols = []
    for col in table.columns:
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            risky = pc.match_substring_regex(col, r"^[=+@\t\r]|^-[^0-9.]")
            cols.append(pc.if_else(risky, pc.binary_join_element_wise(pa.scalar("'"), col, ""), col))
            continue
        if pa.types.is_timestamp(col.type):
            seconds = col.cast(pa.timestamp("s", tz=col.type.tz), safe=False)
            cols.append(pc.strftime(seconds, format="%Y-%m-%dT%H:%M:%S"))
        elif pa.types.is_date(col.type):
            cols.append(pc.strftime(col, format="%Y-%m-%d"))
        elif pa.types.is_boolean(col.type):
            cols.append(pc.if_else(col, "true", "false"))
        else:
            cols.append(col)
    return pa.table(cols, names=table.column_names)


def _former_write_csv(table: pa.Table, path: Path) -> None:
    opts = pacsv.WriteOptions(include_header=True, delimiter=",", quoting_style="needed")
    pacsv.write_csv(_former_csv_ready(table), path, opts)


def _same_bytes(table: pa.Table, tmp_path: Path) -> bytes:
    outputs.write_csv(table, tmp_path / "nouveau.csv")
    _former_write_csv(table, tmp_path / "ancien.csv")
    new, old = (tmp_path / "nouveau.csv").read_bytes(), (tmp_path / "ancien.csv").read_bytes()
    assert new == old
    return new


def tricky_table(n: int = 10) -> pa.Table:
    texts = ['dit "oui"', "ligne 1\nligne 2", "=SOMME(A1:A9)", "+1", "@cmd", "-x", "-3.5", "\tonglet",
             "virgule, point-virgule ;", "", None, "é à ç « » — 😀", "\rretour"]
    dates = [dt.date(1, 1, 1), dt.date(2024, 2, 29), dt.date(9999, 12, 31), None, dt.date(1970, 1, 1)]
    stamps = [dt.datetime(2024, 3, 5, 14, 30, 15), dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59),
              None, dt.datetime(2000, 1, 1, 0, 0, 0, 999999)]
    rows = range(n)
    return pa.table({
        "texte": pa.array([texts[i % len(texts)] for i in rows], pa.string()),
        "entier": pa.array([None if i % 7 == 3 else i * (-1) ** i for i in rows], pa.int64()),
        "nombre": pa.array([None if i % 5 == 2 else [0.1, -2.5, 1e20, 3.0, 1 / 3][i % 5] for i in rows],
                           pa.float64()),
        "booleen": pa.array([None if i % 3 == 2 else bool(i % 2) for i in rows], pa.bool_()),
        "date": pa.array([dates[i % len(dates)] for i in rows], pa.date32()),
        "horodatage": pa.array([stamps[i % len(stamps)] for i in rows], pa.timestamp("s")),
        "horodatage_us": pa.array([stamps[i % len(stamps)] for i in rows], pa.timestamp("us")),
        "horodatage_tz": pa.array([stamps[i % len(stamps)] for i in rows], pa.timestamp("s", tz="America/Toronto")),
        "annee": pa.array([2000 + i for i in rows], pa.int32()),
        "vide": pa.nulls(n, pa.string()),
    })


def test_tricky_table_same_bytes_as_the_former_writer(tmp_path):
    data = _same_bytes(tricky_table(), tmp_path)
    assert b'"\'=SOMME(A1:A9)"' in data and b'"dit ""oui"""' in data and b'"ligne 1\nligne 2"' in data
    assert b"2024-03-05T14:30:15" in data and b"0001-01-01" in data and b"true" in data


def test_many_batches_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(outputs, "CSV_BATCH_ROWS", 7)
    table = tricky_table(100)
    _same_bytes(table, tmp_path)
    _same_bytes(pa.concat_tables([table.slice(0, 33), table.slice(33)]), tmp_path)  # chunked columns


def test_empty_table_writes_the_header(tmp_path):
    data = _same_bytes(tricky_table(0), tmp_path)
    assert data.count(b"\n") == 1


SAMPLES = [  # (dataset, source file, dialect)
    ("evenements-de-securite-civile", "source/evenements.csv", Dialect(encoding="cp1252", delimiter=";")),
    ("bottin-des-services-de-police", "source/bottin.xlsx", Dialect(sheet="Bottin")),
    ("plans-securite-etablissements-detention", None, Dialect()),
    ("statistiques-interventions-policieres", None, Dialect()),
]


@pytest.mark.parametrize("slug,source,dialect", SAMPLES)
def test_samples_same_bytes_as_the_former_writer(tmp_path, slug, source, dialect):
    folder = ROOT / "datasets" / slug
    raw = folder / source if source else next((folder / "source").iterdir())
    schema = json.loads((ROOT / "schemas" / f"{slug}.schema.json").read_text(encoding="utf-8"))
    norm = normalize(raw, raw.suffix.lstrip("."), dialect, tmp_path / "table.csv", dataset=slug)
    report = validate(norm, schema, dataset=slug, out_parquet=tmp_path / "valide.parquet")
    assert report.valid
    table = pq.read_table(tmp_path / "valide.parquet")
    assert table.num_rows > 0
    _same_bytes(table, tmp_path)
    assert outputs.statistics_rows(table, schema) == _former_statistics_rows(table, schema)


def _former_statistics_rows(table: pa.Table, schema: dict, top: int = 5) -> list[dict]:
    """The statistics before they were vectorized (every distinct value as a Python object): the oracle."""
    from dqpub.release.outputs import _text
    from dqpub.core.schema import fields, privacy_category

    cats = {f["name"]: privacy_category(f) for f in fields(schema)}
    rows = []
    for name in table.column_names:
        col = table[name]
        nonnull = col.drop_null()
        row = {"champ": name, "nombre": len(col), "manquantes": col.null_count,
               "distinctes": pc.count_distinct(col).as_py(), "minimum": "", "maximum": "", "valeurs_frequentes": ""}
        # free text: counts only (#22) — its minimum or maximum would quote a whole comment
        if len(nonnull) and not pa.types.is_boolean(col.type) and cats.get(name) != "free-text":
            mm = pc.min_max(nonnull)
            row["minimum"], row["maximum"] = _text(mm["min"].as_py()), _text(mm["max"].as_py())
        if len(nonnull) and cats.get(name) not in ("pseudonym", "free-text"):
            vc = pc.value_counts(nonnull)
            pairs = sorted(zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()),
                           key=lambda p: (-p[1], str(p[0])))[:top]
            row["valeurs_frequentes"] = " ; ".join(f"{_text(v)} ({n})" for v, n in pairs)
        rows.append(row)
    return rows


def test_statistics_same_as_the_former_ones():
    import random

    table = tricky_table(200).drop_columns(["vide", "horodatage_tz"])  # year 1 at UTC-5: as_py() overflows
    rnd = random.Random(3)
    many = 3000  # more ties than the vectorized path leaves to Python
    table = pa.table({
        **{n: table[n] for n in table.column_names},
        "beaucoup_texte": pa.array([f"v{rnd.randint(0, many)}" for _ in range(200)]),
        "beaucoup_entiers": pa.array([rnd.randint(-many, many) for _ in range(200)], pa.int64()),
    })
    big = pa.table({"t": pa.array([f"x{i}" for i in range(5000)] + ["x7", "x7", "x42"]),
                    "n": pa.array(list(range(-2500, 2500)) + [9, 9, 10], pa.int64()),
                    "d": pa.array([dt.date(2000, 1, 1) + dt.timedelta(days=i % 4000) for i in range(5003)])})
    for t in (table, big, tricky_table(0).drop_columns(["horodatage_tz"])):
        schema = {"fields": [{"name": n, "type": "string"} for n in t.column_names]}
        assert outputs.statistics_rows(t, schema) == _former_statistics_rows(t, schema)


def test_statistics_in_small_batches_and_from_a_file_same_as_the_former_ones(tmp_path):
    """Accumulated batch by batch (7 rows), read from a Parquet file, with pseudonym and free-text
    columns (distinct values counted by hashes): the same rows as the whole-column oracle."""
    import random

    rnd = random.Random(5)
    table = tricky_table(200).drop_columns(["vide", "horodatage_tz"])
    table = pa.table({
        **{n: table[n] for n in table.column_names},
        "pseudo": pa.array([None if rnd.random() < 0.1 else f"p{rnd.randint(0, 80)}" for _ in range(200)]),
        "libre": pa.array([f"texte {rnd.randint(0, 150)}" for _ in range(200)]),
    })
    schema = {"fields": [{"name": n, "type": "string"} for n in table.column_names]}
    schema["fields"][-2]["privacy"] = {"category": "pseudonym"}
    schema["fields"][-1]["privacy"] = {"category": "free-text"}
    expected = _former_statistics_rows(table, schema)
    assert outputs.statistics_rows(table, schema, batch_rows=7) == expected
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=13)
    assert outputs.statistics_rows(tmp_path / "t.parquet", schema, batch_rows=7) == expected


def test_csv_parquet_and_coverage_from_a_file_same_as_from_the_table(tmp_path, monkeypatch):
    table = tricky_table(300)
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=17)
    monkeypatch.setattr(outputs, "CSV_BATCH_ROWS", 11)
    monkeypatch.setattr(outputs, "PARQUET_ROW_GROUP", 50)
    outputs.write_csv(table, tmp_path / "a.csv")
    outputs.write_csv(tmp_path / "t.parquet", tmp_path / "b.csv")
    _former_write_csv(table, tmp_path / "c.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes() == (tmp_path / "c.csv").read_bytes()
    types = {"texte": "string", "entier": "integer", "nombre": "number", "booleen": "boolean", "date": "date",
             "horodatage": "datetime", "horodatage_us": "datetime", "horodatage_tz": "datetime", "annee": "year",
             "vide": "string"}
    schema = {"fields": [{"name": n, "type": types[n], "title": f"Titre {n}"} for n in table.column_names]}
    outputs.write_parquet(tmp_path / "t.parquet", schema, tmp_path / "p.parquet")
    back = pq.read_table(tmp_path / "p.parquet")
    source = pq.read_table(tmp_path / "t.parquet")  # Parquet stores seconds as milliseconds
    assert all(back[c].equals(source[c]) for c in table.column_names)
    assert back.schema.field(0).metadata[b"title"].decode() == f"Titre {table.column_names[0]}"
    assert pq.ParquetFile(tmp_path / "p.parquet").metadata.num_row_groups == 6
    dates = {"fields": [{"name": "date", "type": "date"}]}
    assert outputs.temporal_coverage(tmp_path / "t.parquet", dates) == outputs.temporal_coverage(table, dates)
    assert outputs.temporal_coverage(table, dates) is not None
    empty = table.schema.empty_table()
    outputs.write_csv(empty, tmp_path / "vide.csv")
    _former_write_csv(empty, tmp_path / "vide2.csv")
    assert (tmp_path / "vide.csv").read_bytes() == (tmp_path / "vide2.csv").read_bytes()
