"""The map of a dataset with coordinates: a GeoJSON file (RFC 7946, so EPSG:4326) of the published
rows, one feature per row, every published field as a property. Written from the same anonymized
rows as the CSV, so the coordinates are the published ones (rounded when the schema says so), and
batch after batch (:func:`dqpub.release.outputs.batches`): memory holds one batch, never the table.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Callable

import orjson
import pyarrow as pa

import dqpub.release.outputs as outputs
from dqpub.core.schema import Schema, coordinate_role, fields

Point = Callable[[dict[str, Any]], list[float] | None]  # a row → [longitude, latitude], None without one


def coordinates(schema: Schema) -> Point | None:
    """How to read a row's point: a ``geopoint`` field, else a longitude/latitude pair of numbers
    (by name or title: :func:`dqpub.core.schema.coordinate_role`); None when the schema has neither."""
    for f in fields(schema):
        if f.get("type") == "geopoint":
            return _geopoint(f["name"], str(f.get("format") or "default"))

    def find(role: str) -> str | None:
        return next((f["name"] for f in fields(schema) if coordinate_role(f) == role), None)

    lon, lat = find("lon"), find("lat")
    if lon is None or lat is None:
        return None
    return lambda row: _point(row.get(lon), row.get(lat))


def _point(lon: Any, lat: Any) -> list[float] | None:
    try:
        x, y = float(lon), float(lat)
    except (TypeError, ValueError):
        return None
    return [x, y] if math.isfinite(x) and math.isfinite(y) else None


def _geopoint(name: str, fmt: str) -> Point:
    """Table Schema ``geopoint``: ``"lon, lat"`` (default), ``[lon, lat]`` (array) or ``{"lon", "lat"}``."""
    def read(row: dict[str, Any]) -> list[float] | None:
        value = row.get(name)
        if value in (None, ""):
            return None
        try:
            if fmt == "array":
                lon, lat = value if isinstance(value, list) else json.loads(value)
            elif fmt == "object":
                obj = value if isinstance(value, dict) else json.loads(value)
                lon, lat = obj["lon"], obj["lat"]
            else:
                lon, lat = str(value).split(",")
        except (ValueError, KeyError, TypeError):
            return None
        return _point(lon, lat)
    return read


def _properties(batch: pa.RecordBatch) -> list[dict[str, Any]]:
    """The batch's rows as JSON values: numbers and booleans as such, everything else as the CSV
    writes it (ISO dates, text with a spreadsheet formula neutralized)."""
    text = outputs.csv_cells(batch)
    cols = []
    for name, col in zip(batch.schema.names, batch.columns):
        t = col.type
        native = pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_boolean(t)
        values = col.to_pylist() if native else text.column(name).to_pylist()
        if pa.types.is_floating(t):
            values = [None if v is None or not math.isfinite(v) else v for v in values]
        elif pa.types.is_decimal(t):
            values = [None if v is None else float(v) for v in col.to_pylist()]
        cols.append(values)
    names = batch.schema.names
    return [dict(zip(names, row)) for row in zip(*cols)]


def write_geojson(data: outputs.Rows, point: Point, path: Path) -> int:
    """A FeatureCollection with one feature per row (geometry null when the row has no point);
    returns the number of features."""
    count = 0
    with open(path, "wb") as fh:
        fh.write(b'{"type":"FeatureCollection","features":[')
        for batch in outputs.batches(data):
            for props in _properties(batch):
                xy = point(props)
                feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": xy} if xy else None,
                           "properties": props}
                fh.write((b",\n" if count else b"\n") + orjson.dumps(feature))
                count += 1
        fh.write(b"\n]}\n")
    return count
