"""The semantic version rule and the row diff."""

from __future__ import annotations

import pytest

from dqpub.version import next_version, row_diff, schema_changes, versioned_name


def schema(*fields, pk=None):
    s = {"fields": [dict(f) for f in fields]}
    if pk:
        s["primaryKey"] = pk
    return s


A = {"name": "a", "type": "integer"}
B = {"name": "b", "type": "string"}


@pytest.mark.parametrize(
    "old,new,level",
    [
        (None, schema(A), "initial"),
        (schema(A, B), schema(A, B), "patch"),
        (schema(A, B), schema(A), "major"),  # removed
        (schema(A, B), schema(A, {"name": "c", "type": "string"}), "major"),  # renamed
        (schema(A), schema(A, B), "minor"),  # optional field added
        (schema(A), schema(A, {**B, "constraints": {"required": True}}), "major"),
        (schema(A), schema({"name": "a", "type": "number"}), "minor"),  # widened
        (schema({"name": "a", "type": "number"}), schema(A), "major"),  # narrowed
        (schema({**B, "constraints": {"enum": ["x"]}}), schema({**B, "constraints": {"enum": ["x", "y"]}}), "minor"),
        (schema({**B, "constraints": {"enum": ["x", "y"]}}), schema({**B, "constraints": {"enum": ["x"]}}), "major"),
        (schema(A, B), schema({**A, "description": "nouvelle"}, B), "patch"),
        (schema(A, B), schema(A, B, pk=["a"]), "major"),
    ],
)
def test_schema_change_levels(old, new, level):
    assert schema_changes(old, new)[0] == level


def test_next_version():
    assert next_version(None, "patch") == "1.0.0"
    assert next_version("1.4.2", "patch") == "1.4.3"
    assert next_version("1.4.2", "minor") == "1.5.0"
    assert next_version("1.4.2", "major") == "2.0.0"
    assert versioned_name("jeu.csv", "1.4.0") == "jeu-v1.4.0.csv"


def test_row_diff_by_primary_key_and_by_content():
    old = b"id,v\n1,a\n2,b\n3,c\n"
    new = b"id,v\n1,a\n2,B\n4,d\n"
    d = row_diff(old, new, ["id"])
    assert (d.added, d.removed, d.modified, d.by) == (1, 1, 1, "clé primaire")
    d = row_diff(old, new, [])
    assert (d.added, d.removed, d.modified) == (2, 2, 0)
