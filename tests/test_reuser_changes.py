"""Issue 23, items 3 and 4: a reuser follows a dataset version by version (the change file of each
version: by primary key, or whole rows without one) and opens a dataset with coordinates as a map
(GeoJSON). On the local target; the CKAN side is in tests/test_ckan_publish.py."""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from pathlib import Path

import geojson
import pytest

from dqpub.release.changes import ADDED, MODIFIED, REMOVED, row_diff, write_changes
from tests.test_pipeline_local import _edit_bottin, run

EVENTS, BOTTIN, AIDE = "evenements-de-securite-civile", "bottin-des-services-de-police", "aide-financiere-aux-sinistres"


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    return out.getvalue().encode("utf-8")


def _expected_by_key(old: bytes, new: bytes, key: list[str]) -> dict[tuple, tuple[str, set[str]]]:
    """Row by row, with dicts (the last row of a key wins): key -> (change, changed fields)."""
    def index(data: bytes) -> dict[tuple, dict[str, str]]:
        return {tuple(r[k] for k in key): r for r in _rows(data.decode())}
    o, n = index(old), index(new)
    out = {k: (ADDED, set()) for k in n.keys() - o.keys()}
    out |= {k: (REMOVED, set()) for k in o.keys() - n.keys()}
    for k in o.keys() & n.keys():
        changed = {c for c in o[k].keys() | n[k].keys() if o[k].get(c) != n[k].get(c)}
        if changed:
            out[k] = (MODIFIED, changed)
    return out


def test_change_file_lists_exactly_the_rows_the_row_diff_counts(tmp_path):
    rnd = random.Random(23)
    for case in range(60):
        ncols = rnd.randint(1, 3)
        cols = ["id", "id2"] + [f"c{i}" for i in range(ncols)]
        old = [[str(rnd.randint(0, 30)), rnd.choice("ab"), *(rnd.choice(["", "x", "y", "a,b", "=1"]) for _ in range(ncols))]
               for _ in range(rnd.randint(0, 40))]
        new = [list(r) for r in old if rnd.random() > 0.2]
        for r in new:
            if rnd.random() < 0.3:
                r[rnd.randrange(2, len(r))] = rnd.choice(["z", "", "w"])
        new += [[str(rnd.randint(0, 40)), rnd.choice("ab"), *(rnd.choice("xyz") for _ in range(ncols))]
                for _ in range(rnd.randint(0, 10))]
        new_cols = cols + (["extra"] if case % 7 == 0 else [])
        new = [r + ["e"] for r in new] if case % 7 == 0 else new
        if case % 5 == 0:  # a column gone
            new_cols, new = new_cols[:-1], [r[:-1] for r in new]
        o, n = _csv(cols, old), _csv(new_cols, new)
        (tmp_path / "new.csv").write_bytes(n)
        for key in (["id"], ["id", "id2"], []):
            diff = row_diff(o, tmp_path / "new.csv", key)
            listed, header = write_changes(o, tmp_path / "new.csv", key, tmp_path / "changes.csv")
            assert listed == diff
            lines = _rows((tmp_path / "changes.csv").read_text(encoding="utf-8"))
            counts = Counter(r["changement"] for r in lines)
            assert (counts[ADDED], counts[REMOVED], counts[MODIFIED]) == (diff.added, diff.removed, diff.modified), \
                (case, key)
            if key and diff.by == "clé primaire":
                assert header == [*key, "changement", "champs_modifies"]
                got = {tuple(r[k] for k in key): (r["changement"], set(filter(None, r["champs_modifies"].split(";"))))
                       for r in lines}
                assert len(got) == len(lines)  # one line per key
                assert got == _expected_by_key(o, n, key), (case, key)
            else:  # whole rows: the multiset difference, every column of the new file
                assert header == [*new_cols, "changement"]
                if cols == new_cols:
                    before, after = Counter(map(tuple, old)), Counter(map(tuple, new))
                    listed_rows = Counter((tuple(r[c] for c in cols), r["changement"]) for r in lines)
                    assert listed_rows == Counter({(row, ADDED): k for row, k in (after - before).items()}) + \
                        Counter({(row, REMOVED): k for row, k in (before - after).items()}), (case, key)


def test_first_publication_change_file_is_a_header(tmp_path):
    (tmp_path / "new.csv").write_bytes(b"id,v\n1,a\n2,b\n")
    diff, header = write_changes(None, tmp_path / "new.csv", ["id"], tmp_path / "c.csv", new_rows=2)
    assert (diff.added, diff.by) == (2, "première publication")
    assert (tmp_path / "c.csv").read_text(encoding="utf-8") == "id,changement,champs_modifies\n"
    diff, header = write_changes(None, tmp_path / "new.csv", [], tmp_path / "c.csv")
    assert header == ["id", "v", "changement"] and diff.added == 2


def _version(project, slug: str, version: str) -> Path:
    return project.portal_dir / slug / "versions" / version


def test_second_version_change_file_by_key_on_the_local_target(project):
    assert run(project, BOTTIN).results[0].version == "1.0.0"
    _edit_bottin(project, 3, "https://exemple.qc.ca/version-2")
    res = run(project, BOTTIN).results[0]
    assert res.version == "1.0.1", res.message
    base = project.portal_dir / BOTTIN / "courant"
    state = json.loads((base / "etat.json").read_text(encoding="utf-8"))
    entry = state["history"][0]
    lines = _rows((base / "changements-v1.0.1.csv").read_text(encoding="utf-8"))
    assert (base / "changements.csv").read_bytes() == (base / "changements-v1.0.1.csv").read_bytes()
    counts = Counter(r["changement"] for r in lines)
    assert (counts[ADDED], counts[REMOVED], counts[MODIFIED]) == (entry["ajoutees"], entry["retirees"], entry["modifiees"])
    assert entry["modifiees"] == 1 and [r["champs_modifies"] for r in lines] == ["site_internet"]
    published = {r["corps_policier"]: r for r in _rows((base / f"{BOTTIN}.csv").read_text(encoding="utf-8"))}
    assert published[lines[0]["corps_policier"]]["site_internet"] == "https://exemple.qc.ca/version-2"
    # each version keeps its own change file; the change log and the datapackage name them
    assert (_version(project, BOTTIN, "1.0.0") / "changements-v1.0.0.csv").exists()
    log = (base / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "changements-v1.0.1.csv (une ligne par clé primaire (corps_policier)" in log and "changements-v1.0.0.csv" in log
    dp = json.loads((base / "datapackage.json").read_text(encoding="utf-8"))
    res_dp = next(r for r in dp["resources"] if r["name"] == "changements")
    assert res_dp["path"] == "changements-v1.0.1.csv"
    assert [f["name"] for f in res_dp["schema"]["fields"]] == ["corps_policier", "changement", "champs_modifies"]
    pkg = json.loads((base / "package.json").read_text(encoding="utf-8"))
    assert len([r for r in pkg["resources"] if r["dq_version"] is None]) <= 10  # what a portal page would show


def test_events_without_key_list_whole_rows_and_open_as_a_map(project):
    run(project, EVENTS)
    base = project.portal_dir / EVENTS / "courant"
    published = _rows((base / f"{EVENTS}.csv").read_text(encoding="utf-8"))
    collection = geojson.loads((base / f"{EVENTS}.geojson").read_text(encoding="utf-8"))
    assert isinstance(collection, geojson.FeatureCollection) and collection.is_valid, collection.errors()
    assert len(collection["features"]) == len(published) > 0
    assert "crs" not in collection  # RFC 7946: WGS 84 (EPSG:4326), nothing else
    for feature, row in zip(collection["features"], published):
        assert list(feature["properties"]) == list(row)  # every published field
        if row["coord_x"] and row["coord_y"]:  # the published, rounded coordinates
            assert feature["geometry"]["coordinates"] == [float(row["coord_x"]), float(row["coord_y"])]
            assert len(row["coord_x"].split(".")[-1]) <= 3
        else:
            assert feature["geometry"] is None
        assert str(feature["properties"]["code_alea"]) == row["code_alea"]
    pkg = json.loads((base / "package.json").read_text(encoding="utf-8"))
    geo = next(r for r in pkg["resources"] if r["dq_cle"] == "donnees-geojson" and r["dq_version"] is None)
    assert geo["format"] == "GeoJSON" and geo["resource_type"] == "donnees" and geo["relidi_confic_epsg"] == "oui"
    log = (base / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "pas de clé primaire : les lignes entières ajoutées ou retirées" in log

    # a second version: one row gone, one row changed
    src = project.datasets_dir / EVENTS / "source/evenements.csv"
    records = list(csv.reader(io.StringIO(src.read_bytes().decode("cp1252")), delimiter=";"))
    del records[5]
    records[2][records[0].index("severite")] = "Gravité inconnue"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(records)
    src.write_bytes(out.getvalue().encode("cp1252"))
    res = run(project, EVENTS).results[0]
    assert res.version == "1.0.1", res.message
    entry = json.loads((base / "etat.json").read_text(encoding="utf-8"))["history"][0]
    lines = _rows((base / "changements-v1.0.1.csv").read_text(encoding="utf-8"))
    counts = Counter(r["changement"] for r in lines)
    assert (counts[ADDED], counts[REMOVED], counts[MODIFIED]) == (entry["ajoutees"], entry["retirees"], 0) == (1, 2, 0)
    now = _rows((base / f"{EVENTS}.csv").read_text(encoding="utf-8"))
    added = [{k: v for k, v in r.items() if k != "changement"} for r in lines if r["changement"] == ADDED]
    assert added == [now[1]]  # the whole published row
    assert len(geojson.loads((base / f"{EVENTS}.geojson").read_text(encoding="utf-8"))["features"]) == len(now)


def test_a_key_dropped_by_the_anonymization_is_said_and_never_written(project):
    path = project.schemas_dir / f"{AIDE}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    for f in schema["fields"]:
        if f["name"] == "id_dossier":
            f["privacy"] = {"category": "direct"}
    path.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    res = run(project, AIDE).results[0]
    assert res.status == "publié", res.message
    base = project.portal_dir / AIDE / "courant"
    header = (base / "changements.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "id_dossier" not in header and header[-1] == "changement"
    log = (base / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "clé primaire (id_dossier) retirée par l'anonymisation" in log
    assert not (base / f"{AIDE}.geojson").exists()  # no coordinates: no map


@pytest.mark.parametrize("slug", [BOTTIN])
def test_a_dataset_with_latitude_longitude_fields_is_a_map(project, slug):
    run(project, slug)
    base = project.portal_dir / slug / "courant"
    collection = geojson.loads((base / f"{slug}.geojson").read_text(encoding="utf-8"))
    rows = _rows((base / f"{slug}.csv").read_text(encoding="utf-8"))
    assert collection.is_valid and len(collection["features"]) == len(rows)
    for feature, row in zip(collection["features"], rows):
        if row["longitude"]:
            assert feature["geometry"]["coordinates"] == [float(row["longitude"]), float(row["latitude"])]


def test_geopoint_fields_and_other_systems(tmp_path):
    import pyarrow as pa

    from dqpub.core.config import DatasetConfig
    from dqpub.release.geo import coordinates, write_geojson
    from dqpub.release.version import _map

    for fmt, values in (("default", ["-71.2, 46.8", None, "x"]), ("array", ["[-71.2, 46.8]", "", "[1]"]),
                        ("object", ['{"lon": -71.2, "lat": 46.8}', None, "{}"])):
        table = pa.table({"lieu": values, "n": [1, 2, 3]})
        point = coordinates({"fields": [{"name": "lieu", "type": "geopoint", "format": fmt},
                                        {"name": "n", "type": "integer"}]})
        assert point is not None
        assert write_geojson(table, point, tmp_path / "g.geojson") == 3
        collection = geojson.loads((tmp_path / "g.geojson").read_text(encoding="utf-8"))
        assert collection.is_valid
        assert [f["geometry"] and f["geometry"]["coordinates"] for f in collection["features"]] == \
            [[-71.2, 46.8], None, None], fmt
        assert [f["properties"]["n"] for f in collection["features"]] == [1, 2, 3]
    pair = {"fields": [{"name": "x", "type": "number", "title": "Longitude"}, {"name": "lat", "type": "number"}]}
    assert coordinates(pair) is not None and coordinates({"fields": pair["fields"][:1]}) is None
    table = pa.table({"x": [250000.0], "lat": [5200000.0]})
    quebec_lambert = DatasetConfig.from_dict({"metadata": {"epsg": 32198}})
    assert not _map(table, pair, quebec_lambert, tmp_path / "m.geojson")  # RFC 7946: WGS 84 only, no reprojection
    assert not (tmp_path / "m.geojson").exists()
    assert _map(table.replace_schema_metadata(None), pair, DatasetConfig(), tmp_path / "m.geojson")


@pytest.mark.parametrize("schema_fields,is_map,has_coordinates", [
    ([{"name": "LNG", "type": "number"}, {"name": "y", "type": "number", "title": " Latitude "}], True, True),
    ([{"name": "long", "type": "integer"}, {"name": "lat", "type": "integer"}], True, True),
    ([{"name": "lieu", "type": "geopoint"}], True, True),
    # a longitude typed as text is no coordinate: no map, the latitude alone still has a projection
    ([{"name": "longitude", "type": "string"}, {"name": "latitude", "type": "number"}], False, True),
    ([{"name": "longueur", "type": "number"}, {"name": "latence", "type": "number"}], False, False),
])
def test_the_map_and_the_projection_agree_on_which_fields_are_coordinates(schema_fields, is_map, has_coordinates):
    from dqpub.core.config import DatasetConfig
    from dqpub.release.geo import coordinates
    from dqpub.release.metadata import coordinates_epsg

    schema = {"fields": schema_fields}
    assert (coordinates(schema) is not None) is is_map
    assert (coordinates_epsg(schema, DatasetConfig()) == 4326) is has_coordinates


def _reference_features(table, geometry) -> list[dict]:
    """The map as a reuser reads it, built row by row: each property the JSON value of the cell (numbers
    and booleans as such, other cells as the CSV writes them), the point from the two coordinates."""
    import math

    import pyarrow as pa

    from dqpub.release.outputs import csv_cells

    text = csv_cells(table).to_pylist()
    native = table.to_pylist()
    features = []
    for row, cells in zip(native, text):
        props = {}
        for name, field in zip(table.schema.names, table.schema):
            v, t = row[name], field.type
            if pa.types.is_boolean(t) or pa.types.is_integer(t):
                props[name] = v
            elif pa.types.is_floating(t) or pa.types.is_decimal(t):
                props[name] = None if v is None or not math.isfinite(float(v)) else float(v)
            else:
                props[name] = cells[name]
        x, y = props.get(geometry.lon), props.get(geometry.lat)
        point = {"type": "Point", "coordinates": [x, y]} if x is not None and y is not None else None
        features.append({"type": "Feature", "geometry": point, "properties": props})
    return features


@pytest.mark.parametrize("seed", range(6))
def test_the_column_wise_map_equals_a_row_by_row_reference(tmp_path, seed):
    """The GeoJSON is written column by column in Arrow (a million rows in seconds, #26): every value a
    reuser reads back is the value a row-by-row writer gives, over random tables of every cell kind."""
    import datetime as dt
    import decimal

    import pyarrow as pa

    from dqpub.release.geo import coordinates, write_geojson

    rnd = random.Random(seed)
    n = rnd.choice([1, 7, 300])
    pieces = ["a", "É", '"', "\\", "\n", "\t", "\x01", "\x1f", "=", "+", "-", "@", " ", "é", "😀", "\u2028", "/"]

    def maybe(v):
        return None if rnd.random() < 0.15 else v

    floats = [-71.2, 46.8, 1e20, 1e-7, 0.1 + 0.2, 5.0, -0.0, float("nan"), float("inf"), 123456789.123456789]
    table = pa.table({
        "longitude": pa.array([maybe(rnd.choice(floats)) for _ in range(n)], pa.float64()),
        "latitude": pa.array([maybe(rnd.uniform(-90, 90)) for _ in range(n)], pa.float64()),
        "texte": pa.array([maybe("".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))) for _ in range(n)]),
        "entier": pa.array([maybe(rnd.randint(-10**12, 10**12)) for _ in range(n)], pa.int64()),
        "vrai": pa.array([maybe(rnd.random() < 0.5) for _ in range(n)], pa.bool_()),
        "montant": pa.array([maybe(decimal.Decimal(rnd.randint(-99999, 99999)) / 100) for _ in range(n)],
                            pa.decimal128(9, 2)),
        "jour": pa.array([maybe(dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randint(0, 2000))) for _ in range(n)]),
    })
    geometry = coordinates({"fields": [{"name": "longitude", "type": "number"},
                                       {"name": "latitude", "type": "number"}]})
    assert geometry is not None
    path = tmp_path / "carte.geojson"
    assert write_geojson(table, geometry, path) == n
    collection = geojson.loads(path.read_text(encoding="utf-8"))
    assert collection.is_valid
    assert json.loads(path.read_bytes())["features"] == _reference_features(table, geometry)
