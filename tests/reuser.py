"""What a reuser downloads from a CKAN portal describes itself truly (issue 23), shared by every test
that completes a CKAN publication: the ``datapackage.json`` downloaded alone validates against the
files it lists (read from the portal), the Parquet's Arrow types are its fields' types (and the Table
Schema it carries is the datapackage's), and the data dictionary's rows are its fields, in order, with
their types, obligation and descriptions."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import frictionless
import pyarrow as pa
import pyarrow.parquet as pq
import requests
from ckanapi import RemoteCKAN

from dqpub.release.outputs import TYPE_FR

# What a reuser's tool expects in a Parquet column of each Table Schema type.
ARROW_OF = {
    "string": lambda t: pa.types.is_string(t) or pa.types.is_large_string(t),
    "integer": pa.types.is_integer,
    "number": lambda t: pa.types.is_floating(t) or pa.types.is_decimal(t),
    "boolean": pa.types.is_boolean,
    "date": pa.types.is_date,
    "datetime": pa.types.is_timestamp,
    "time": pa.types.is_time,
    "year": pa.types.is_integer,
    "yearmonth": pa.types.is_string,
    "geopoint": pa.types.is_string,
    "duration": pa.types.is_string,
}


def _get(url: str) -> bytes:
    answer = requests.get(url, timeout=60)
    answer.raise_for_status()
    return answer.content


def reuser_downloads(current: dict, folder: Path) -> None:
    """``current``: the dataset page's current resources by key (``dq_cle`` → resource with its ``url``),
    as an anonymous reader sees them. The datapackage alone validates, the Parquet has its fields' names
    and types, the dictionary (when the page has one) lists its fields in order, as they are declared."""
    folder.mkdir(parents=True)
    dp_path = folder / "datapackage.json"
    dp_path.write_bytes(_get(current["datapackage"]["url"]))
    report = frictionless.validate(str(dp_path))
    assert report.valid, [(e.type, e.note) for t in report.tasks for e in t.errors][:5]
    schema = next(r for r in json.loads(dp_path.read_text(encoding="utf-8"))["resources"]
                  if r["name"] == "donnees-csv")["schema"]
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    parquet = pq.read_schema(io.BytesIO(_get(current["donnees-parquet"]["url"])))
    assert parquet.names == names
    assert [f["name"] for f in fields if not ARROW_OF[f["type"]](parquet.field(f["name"]).type)] == []
    assert json.loads(parquet.metadata[b"table_schema"]) == schema, "schéma du Parquet ≠ celui du datapackage"
    if "dictionnaire" in current:
        rows = list(csv.DictReader(io.StringIO(_get(current["dictionnaire"]["url"]).decode("utf-8"))))
        assert [r["champ"] for r in rows] == names, "dictionnaire ≠ champs du datapackage"
        described = [(TYPE_FR[f["type"]], "oui" if f.get("constraints", {}).get("required") else "non",
                      f.get("description", "")) for f in fields]
        assert [(r["type"], r["obligatoire"], r["description"]) for r in rows] == described


def current_resources(url: str, slug: str) -> dict:
    """The dataset page's current resources by key, read anonymously (as a reuser)."""
    pkg = RemoteCKAN(url).action.package_show(id=slug)
    return {r["dq_cle"]: r for r in pkg["resources"] if r.get("dq_version") == "courant"}


def reuser_downloads_of(url: str, slugs: list[str], folder: Path) -> None:
    """:func:`reuser_downloads` for each dataset of the portal at ``url``, each in its own sub-folder."""
    for slug in slugs:
        reuser_downloads(current_resources(url, slug), folder / slug)
