"""The map of a dataset with coordinates: a GeoJSON file (RFC 7946, so EPSG:4326) of the published
rows, one feature per row, every published field as a property. Written from the same anonymized
rows as the CSV, so the coordinates are the published ones (rounded when the schema says so), and
batch after batch (:func:`dqpub.release.outputs.batches`): memory holds one batch, never the table.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

import dqpub.release.outputs as outputs
from dqpub.core.schema import Schema, coordinate_role, fields


@dataclass(frozen=True)
class Geometry:
    """Where a row's point is: a ``geopoint`` field (Table Schema's three formats) or a
    longitude/latitude pair of fields."""
    lon: str | None = None
    lat: str | None = None
    geopoint: str | None = None
    fmt: str = "default"

    def json(self, batch: pa.RecordBatch) -> pa.Array:
        """Each row's geometry as GeoJSON text, ``null`` where the row has no point."""
        if self.geopoint is not None:
            points = [_geopoint(v, self.fmt) for v in batch.column(self.geopoint).to_pylist()]
            return pa.array([orjson.dumps({"type": "Point", "coordinates": p}).decode() if p else "null"
                             for p in points], pa.string())
        assert self.lon is not None and self.lat is not None
        x, y = _finite(batch.column(self.lon)), _finite(batch.column(self.lat))
        point = pc.binary_join_element_wise('{"type":"Point","coordinates":[', pc.cast(x, pa.string()), ",",
                                            pc.cast(y, pa.string()), "]}", "")
        return pc.fill_null(point, "null")


def coordinates(schema: Schema) -> Geometry | None:
    """How to read a row's point: a ``geopoint`` field, else a longitude/latitude pair of numbers
    (by name or title: :func:`dqpub.core.schema.coordinate_role`); None when the schema has neither."""
    for f in fields(schema):
        if f.get("type") == "geopoint":
            return Geometry(geopoint=f["name"], fmt=str(f.get("format") or "default"))

    def find(role: str) -> str | None:
        return next((f["name"] for f in fields(schema) if coordinate_role(f) == role), None)

    lon, lat = find("lon"), find("lat")
    return None if lon is None or lat is None else Geometry(lon=lon, lat=lat)


def _number(value: Any) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _point(lon: Any, lat: Any) -> list[float] | None:
    x, y = _number(lon), _number(lat)
    return None if x is None or y is None else [x, y]


def _finite(col: pa.Array) -> pa.Array:
    """A coordinate column as float64, null where it is missing, not a number or not finite."""
    t = col.type
    if pa.types.is_decimal(t):  # through its text: Arrow's direct cast is not correctly rounded (202.20000000000002)
        x = pc.cast(pc.cast(col, pa.string()), pa.float64())
    elif pa.types.is_integer(t) or pa.types.is_floating(t):
        x = pc.cast(col, pa.float64())
    else:  # text: read value by value, as a reuser's float() would
        x = pa.array([_number(v) for v in col.to_pylist()], pa.float64())
    return pc.if_else(pc.is_finite(x), x, pa.scalar(None, pa.float64()))


def _geopoint(value: Any, fmt: str) -> list[float] | None:
    """Table Schema ``geopoint``: ``"lon, lat"`` (default), ``[lon, lat]`` (array) or ``{"lon", "lat"}``."""
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


_ESCAPE = r'["\\\x00-\x1f]'  # what a JSON string cannot hold as it is
_CONTROL = r"[\x00-\x1f]"


def _property(name: str, col: pa.Array, text: pa.Array, first: bool) -> list[Any]:
    """The parts of one property of every row, to join: the key, then the cells as JSON (numbers and
    booleans as such, everything else as the CSV writes it, in a string; ``null`` when empty).
    Column-wise in Arrow: a million rows in a second, where a dict per row took eleven."""
    key = ("" if first else ",") + orjson.dumps(name).decode() + ":"
    t = col.type
    if pa.types.is_boolean(t):
        return [key, pc.fill_null(pc.if_else(col, "true", "false"), "null")]
    if pa.types.is_integer(t):
        return [key, pc.fill_null(pc.cast(col, pa.string()), "null")]
    if pa.types.is_floating(t) or pa.types.is_decimal(t):
        return [key, pc.fill_null(pc.cast(_finite(col), pa.string()), "null")]
    text = text if pa.types.is_string(text.type) else pc.cast(text, pa.string())  # a column of nulls
    if not pa.types.is_temporal(t) and pc.any(pc.match_substring_regex(text, _ESCAPE)).as_py():
        raw, text = text, pc.replace_substring(pc.replace_substring(text, "\\", "\\\\"), '"', '\\"')
        odd = pc.fill_null(pc.match_substring_regex(raw, _CONTROL), False)
        if pc.any(odd).as_py():  # control characters (a line break in a comment): orjson escapes them
            fixed = [orjson.dumps(v).decode()[1:-1] for v in pc.filter(raw, odd).to_pylist()]
            text = pc.replace_with_mask(text, odd, pa.array(fixed, pa.string()))
    if not text.null_count:
        return [key + '"', text, '"']  # the quotes go with the literal parts: no copy of the column
    return [key, pc.fill_null(pc.binary_join_element_wise('"', text, '"', ""), "null")]


def _features(batch: pa.RecordBatch, geometry: Geometry) -> pa.Array:
    """One GeoJSON feature per row, each written ``,\n{…}``."""
    text = outputs.csv_cells(batch)
    parts: list[Any] = [',\n{"type":"Feature","geometry":', geometry.json(batch), ',"properties":{']
    for k, (name, col) in enumerate(zip(batch.schema.names, batch.columns)):
        parts += _property(name, col, text.column(name).combine_chunks(), first=k == 0)
    parts.append("}}")
    return pc.binary_join_element_wise(*parts, "")


def write_geojson(data: outputs.Rows, geometry: Geometry, path: Path) -> int:
    """A FeatureCollection with one feature per row (geometry null when the row has no point);
    returns the number of features."""
    count = 0
    with open(path, "wb") as fh:
        fh.write(b'{"type":"FeatureCollection","features":[')
        for batch in outputs.batches(data):
            if not batch.num_rows:
                continue
            features = _features(batch, geometry)
            offsets = np.frombuffer(features.buffers()[1], dtype=np.int32)[features.offset:
                                                                            features.offset + len(features) + 1]
            body = memoryview(features.buffers()[2])[int(offsets[0]) + (0 if count else 1):int(offsets[-1])]
            fh.write(body)  # the array's values are the features, end to end
            count += batch.num_rows
        fh.write(b"\n]}\n")
    return count
