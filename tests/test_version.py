"""The semantic version rule and the row diff."""

from __future__ import annotations

import pytest

from dqpub.release.version import next_version, row_diff, schema_changes, versioned_name


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


def _reference_row_diff(old_csv: bytes, new_csv: bytes, key: list[str]) -> tuple[int, int, int, str]:
    """The former implementation (dicts of every row), kept as the oracle of the streamed one."""
    import csv
    import io
    from collections import Counter

    old_rows = list(csv.DictReader(io.StringIO(old_csv.decode("utf-8"))))
    new_rows = list(csv.DictReader(io.StringIO(new_csv.decode("utf-8"))))
    pk = [k for k in key if new_rows and k in new_rows[0] and old_rows and k in old_rows[0]]
    if pk and len(pk) == len(key):
        old = {tuple(r[k] for k in pk): r for r in old_rows}
        new = {tuple(r[k] for k in pk): r for r in new_rows}
        modified = sum(1 for k in old.keys() & new.keys() if old[k] != new[k])
        return len(new.keys() - old.keys()), len(old.keys() - new.keys()), modified, "clé primaire"
    old_c = Counter(tuple(sorted(r.items())) for r in old_rows)
    new_c = Counter(tuple(sorted(r.items())) for r in new_rows)
    return sum((new_c - old_c).values()), sum((old_c - new_c).values()), 0, "contenu des lignes"


def test_row_diff_matches_the_row_by_row_reference(tmp_path):
    import csv
    import io
    import random

    rnd = random.Random(7)
    cells = ["", "a", "b", "é, « x »", 'q"uote', "ligne\nsuivante", "=1+1", "1.5", "2024-01-02"]

    def render(header, rows):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        return buf.getvalue().encode("utf-8")

    for case in range(60):
        n_old, n_new = rnd.randint(0, 40), 10
        ids = rnd.sample(range(80), n_old + n_new)
        old = [[str(ids[i]), rnd.choice(cells), rnd.choice(cells)] for i in range(n_old)]
        new = [list(r) for r in old if rnd.random() < 0.7]
        for r in new:
            if rnd.random() < 0.3:
                r[rnd.choice([1, 2])] = rnd.choice(cells)
        new += [[str(ids[n_old + i]), rnd.choice(cells), rnd.choice(cells)] for i in range(rnd.randint(0, 10))]
        new += [list(r) for r in new[:2]] if case % 5 == 0 else []  # duplicate rows: multisets
        rnd.shuffle(new)
        header_old = ["id", "v", "w"]
        header_new = [["id", "v", "w"], ["id", "w", "v"], ["id", "v", "x"]][case % 3]
        if header_new == ["id", "w", "v"]:
            new_rows = [[r[0], r[2], r[1]] for r in new]
        else:
            new_rows = new
        o, nw = render(header_old, old), render(header_new, new_rows)
        (tmp_path / "new.csv").write_bytes(nw)
        for key in (["id"], [], ["id", "v"]):
            d = row_diff(o, tmp_path / "new.csv", key)
            assert (d.added, d.removed, d.modified, d.by) == _reference_row_diff(o, nw, key), (case, key)


def test_row_diff_first_publication_reads_nothing(tmp_path):
    d = row_diff(None, tmp_path / "absent.csv", ["id"], new_rows=12)
    assert (d.added, d.removed, d.modified, d.by) == (12, 0, 0, "première publication")
    d = row_diff(None, b"id,v\n1,a\n2,b\n", [])
    assert (d.added, d.by) == (2, "première publication")


def test_row_diff_fetches_the_previous_file_only_when_it_diffs():
    calls = []

    def fetch():
        calls.append(1)
        return b"id,v\n1,a\n"

    d = row_diff(fetch, b"id,v\n1,b\n", ["id"])
    assert (d.added, d.removed, d.modified) == (0, 0, 1) and calls == [1]
