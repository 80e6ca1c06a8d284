"""What a reuser downloads describes itself truly (issue 23): for every dataset the suite publishes on
the local target (the sample inventory with its URL source, the fan-out and scale tests' slices of
the events sample, the pipeline benchmark's generated events file in both its dialects), the
``datapackage.json`` taken alone, with only the files it lists, passes ``frictionless validate``; the
Parquet's Arrow types are those of the datapackage's fields; the dictionary's rows are the published
schema's fields. The CKAN targets: ``tests/reuser.py``, called by each test that publishes there."""

from __future__ import annotations

import csv
import functools
import json
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import frictionless
import pyarrow.parquet as pq
import pytest

from bench import bench_pipeline
from bench.scale_inventory import make_inventory, slug
from dqpub.core.settings import PROJECT_ROOT, Settings
from dqpub.pipeline import RunOptions, run_inventory
from dqpub.release.outputs import TYPE_FR
from publishers.local import LocalPortal
from tests.reuser import ARROW_OF

URL_SOURCE = "https://www.donneesquebec.ca/recherche/dataset/statistiques-interventions-policieres/interventions.csv"
# Every dataset of the sample inventory that may be published: the URL source too (served locally).
EXPECTED = {"evenements-de-securite-civile", "bottin-des-services-de-police", "aide-financiere-aux-sinistres",
            "statistiques-interventions-policieres"}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


def _settings(inventory: Path, datasets: Path, schemas: Path, base: Path) -> Settings:
    return Settings(inventory=str(inventory), datasets_dir=datasets, schemas_dir=schemas, work_dir=base / ".work",
                    portal_dir=base / "portail", target="local")


def _samples(tmp: Path) -> tuple[Settings, set[str]]:
    """The sample inventory, the URL source enabled and served over loopback."""
    shutil.copytree(PROJECT_ROOT / "datasets", tmp / "datasets")
    shutil.copytree(PROJECT_ROOT / "schemas", tmp / "schemas")
    handler = functools.partial(_Quiet, directory=str(tmp / "datasets" / "statistiques-interventions-policieres" / "source"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    inv = tmp / "datasets" / "inventaire.csv"
    text = inv.read_text(encoding="utf-8")
    inv.write_text(text.replace(URL_SOURCE, f"http://127.0.0.1:{server.server_address[1]}/interventions.csv")
                   .replace(",moyenne,non,police", ",moyenne,oui,police"), encoding="utf-8")
    _servers.append(server)
    return _settings(inv, tmp / "datasets", tmp / "schemas", tmp), EXPECTED


def _scale(tmp: Path) -> tuple[Settings, set[str]]:
    """The fan-out and scale tests' inventory: slices of the events sample (25, 100, 600 rows), the
    first with its free text, the others with empty free-text columns."""
    env = make_inventory(tmp / "projet", 3, free_text=True, prefix="jeu-reutilisateur")
    base = tmp / "projet"
    return (_settings(Path(env["DQPUB_INVENTORY"]), Path(env["DQPUB_DATASETS_DIR"]), Path(env["DQPUB_SCHEMAS_DIR"]),
                      base), {slug(i, "jeu-reutilisateur") for i in range(3)})


def _generated(dialect: str) -> Callable[[Path], tuple[Settings, set[str]]]:
    """The pipeline benchmark's generated events file (random valid rows, free text with planted
    personal values) in one of its dialects."""
    def make(tmp: Path) -> tuple[Settings, set[str]]:
        source = tmp / "evenements.csv"
        bench_pipeline.generate(source, 400, True, dialect)
        env = bench_pipeline.setup_project(tmp / "projet", source, dialect)
        return (_settings(Path(env["DQPUB_INVENTORY"]), Path(env["DQPUB_DATASETS_DIR"]),
                          Path(env["DQPUB_SCHEMAS_DIR"]), tmp / "projet"), {bench_pipeline.SLUG})
    return make


_servers: list[ThreadingHTTPServer] = []
CORPORA: dict[str, Callable[[Path], tuple[Settings, set[str]]]] = {
    "echantillons": _samples, "echelle": _scale, "genere-utf8": _generated("utf8"),
    "genere-cp1252": _generated("cp1252"),
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def portal(request, tmp_path_factory) -> Path:
    """Every dataset of one corpus the suite publishes, published once on the local target."""
    tmp = tmp_path_factory.mktemp(request.param)
    try:
        settings, expected = CORPORA[request.param](tmp)
        summary = run_inventory(settings, LocalPortal(settings.portal_dir), None, RunOptions())
    finally:
        while _servers:
            server = _servers.pop()
            server.shutdown()
            server.server_close()
    published = {r.dataset for r in summary.results if r.status == "publié"}
    assert published == expected, [(r.dataset, r.status, r.message) for r in summary.results]
    assert set(_datapackages(settings.portal_dir)) == expected
    return settings.portal_dir


def _datapackages(portal: Path) -> dict[str, Path]:
    return {p.parent.parent.name: p for p in sorted(portal.glob("*/courant/datapackage.json"))}


def _downloaded_alone(dp_path: Path, into: Path) -> Path:
    """The datapackage and only the files it lists, in a folder of their own (as a reuser has them)."""
    into.mkdir(parents=True)
    shutil.copy(dp_path, into / "datapackage.json")
    for res in json.loads(dp_path.read_text(encoding="utf-8"))["resources"]:
        shutil.copy(dp_path.parent / res["path"], into / res["path"])
    return into / "datapackage.json"


def _first_errors(report: frictionless.Report, n: int = 5) -> list:
    """(resource, error type, field, row, note) of the first ``n`` errors."""
    found = [("paquet", e.type, None, None, e.note) for e in report.errors]
    found += [(task.name, e.type, getattr(e, "field_name", None), getattr(e, "row_number", None), e.note)
              for task in report.tasks for e in task.errors]
    return found[:n]


def test_every_published_datapackage_validates_alone(portal, tmp_path):
    packages = _datapackages(portal)
    failures = {}
    for name, dp_path in packages.items():
        report = frictionless.validate(str(_downloaded_alone(dp_path, tmp_path / name)))
        if not report.valid:
            failures[name] = _first_errors(report)
    assert not failures, f"datapackage.json invalide (jeu : premières erreurs) : {failures}"


def _data_schema(dp_path: Path) -> dict:
    dp = json.loads(dp_path.read_text(encoding="utf-8"))
    return next(r for r in dp["resources"] if r["name"] == "donnees-csv")["schema"]


def _versioned(dp_path: Path, key: str) -> Path:
    dp = json.loads(dp_path.read_text(encoding="utf-8"))
    return dp_path.parent / next(r for r in dp["resources"] if r["name"] == key)["path"]


def test_parquet_types_are_the_datapackage_types(portal):
    problems = {}
    for name, dp_path in _datapackages(portal).items():
        schema = _data_schema(dp_path)
        parquet = pq.ParquetFile(_versioned(dp_path, "donnees-parquet"))
        arrow = parquet.schema_arrow
        wrong = [f"{f['name']}: {f['type']} ≠ {arrow.field(f['name']).type}" if f["name"] in arrow.names
                 else f"{f['name']}: absent" for f in schema["fields"]
                 if f["name"] not in arrow.names or not ARROW_OF[f["type"]](arrow.field(f["name"]).type)]
        if arrow.names != [f["name"] for f in schema["fields"]]:
            wrong.append(f"colonnes {arrow.names}")
        if json.loads(arrow.metadata[b"table_schema"]) != schema:
            wrong.append("schéma Table Schema du Parquet ≠ celui du datapackage")
        if wrong:
            problems[name] = wrong
    assert not problems, f"types Parquet ≠ types du datapackage (jeu : champs) : {problems}"


def test_dictionary_rows_are_the_published_fields(portal):
    problems = {}
    for name, dp_path in _datapackages(portal).items():
        fields = _data_schema(dp_path)["fields"]
        with open(_versioned(dp_path, "dictionnaire"), encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        wrong = []
        if [r["champ"] for r in rows] != [f["name"] for f in fields]:
            wrong.append(f"champs {[r['champ'] for r in rows]}")
        for r, f in zip(rows, fields):
            c = f.get("constraints", {})
            expected = {
                "type": TYPE_FR[f["type"]], "obligatoire": "oui" if c.get("required") else "non",
                "titre": f.get("title", ""), "description": f.get("description", ""), "unite": f.get("unit", ""),
            }
            wrong += [f"{f['name']}.{k} : {r[k]!r} ≠ {v!r}" for k, v in expected.items() if r[k] != v]
            allowed = r["valeurs_permises"]
            if "enum" in c and allowed != " | ".join(str(v) for v in c["enum"]):
                wrong.append(f"{f['name']}.valeurs_permises : {allowed!r}")
            if "pattern" in c and f"motif {c['pattern']}" not in allowed:
                wrong.append(f"{f['name']}.valeurs_permises sans le motif publié : {allowed!r}")
            if "motif" in allowed and "pattern" not in c or "enum" not in c and " | " in allowed:
                wrong.append(f"{f['name']}.valeurs_permises hors du schéma publié : {allowed!r}")
        if wrong:
            problems[name] = wrong[:5]
    assert not problems, f"dictionnaire ≠ schéma publié (jeu : écarts) : {problems}"


def test_every_map_and_change_file_is_listed_and_opens(portal):
    """Each datapackage lists its version's change file (a table: its header is its schema) and, when
    the schema has coordinates, its map: a GeoJSON that a GeoJSON library opens, one feature per row."""
    import geojson

    from dqpub.release.geo import coordinates

    problems = {}
    for name, dp_path in _datapackages(portal).items():
        wrong = []
        with open(_versioned(dp_path, "donnees-csv"), encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        changes = _versioned(dp_path, "changements")
        listed = next(r for r in json.loads(dp_path.read_text(encoding="utf-8"))["resources"] if r["name"] == "changements")
        with open(changes, encoding="utf-8", newline="") as fh:
            if next(csv.reader(fh)) != [f["name"] for f in listed["schema"]["fields"]]:
                wrong.append("en-tête du fichier des changements ≠ son schéma")
        has_map = any(r["name"] == "donnees-geojson" for r in json.loads(dp_path.read_text(encoding="utf-8"))["resources"])
        if has_map != (coordinates(_data_schema(dp_path)) is not None):
            wrong.append(f"carte GeoJSON : {has_map}, coordonnées dans le schéma : {not has_map}")
        if has_map:
            collection = geojson.loads(_versioned(dp_path, "donnees-geojson").read_text(encoding="utf-8"))
            if not collection.is_valid or len(collection["features"]) != len(rows):
                wrong.append(f"GeoJSON : {collection.errors()}, {len(collection['features'])} ≠ {len(rows)} lignes")
        if wrong:
            problems[name] = wrong
    assert not problems, problems
    assert any((p.parent / f"{name}.geojson").exists() for name, p in _datapackages(portal).items())
