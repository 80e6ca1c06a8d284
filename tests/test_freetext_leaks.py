"""The generated French comments (tests/corpus/freetext, « dev » split: the held-out one is only measured,
by bench/recall_freetext.py) through ``run_inventory`` into the events sample's two comment columns:
no planted value in any published file, report or log, on the local target and on the test CKAN
(DataStore rows included)."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
import requests
import yaml
from ckanapi import RemoteCKAN

from dqpub.pipeline import run_inventory
from publishers.local import LocalPortal
from tests.conftest import assert_no_planted, read_all_text
from tests.reuser import reuser_downloads_of

sys.path.insert(0, str(Path(__file__).parent / "corpus" / "freetext"))
from generate import generate  # noqa: E402

SLUG = "evenements-de-securite-civile"
COLUMNS = ("info_compl_localisation", "commentaire_date_debut")


def plant(settings, config_slugs: tuple[str, ...] = (SLUG,)) -> list:
    """Every row's two comment cells from the generator, in row order; returns the cells."""
    cells = generate("dev", per_family=2, seed=7)
    path = settings.datasets_dir / SLUG / "source" / "evenements.csv"
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252")), delimiter=";"))
    header, body = rows[0], rows[1:]
    used = []
    for i, row in enumerate(body):
        for j, column in enumerate(COLUMNS):
            cell = cells[(2 * i + j) % len(cells)]
            row[header.index(column)] = cell.text
            used.append(cell)
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([header] + body)
    path.write_bytes(out.getvalue().encode("cp1252", errors="replace"))
    # the comments are published even when mostly masked, so that the test reads every word that stays
    for slug in config_slugs:
        config = settings.datasets_dir / slug / "dataset.yaml"
        data = yaml.safe_load(config.read_text(encoding="utf-8"))
        data.setdefault("privacy", {})["part_masquee_max"] = 1.0
        config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return used


def planted_values(cells) -> list[str]:
    """Values long enough to be looked for anywhere (a short one, « 40 » or « FK », is checked in its own cell)."""
    return sorted({v for c in cells for v in c.planted if len(v) > 4})


def assert_cells_clean(published_rows: list[dict], cells) -> None:
    """Each published comment holds none of its own planted values, short ones included, as whole words."""
    assert len(published_rows) * 2 == len(cells)
    leaks = []
    for i, row in enumerate(published_rows):
        for j, column in enumerate(COLUMNS):
            text = row[column] or ""
            for value in cells[2 * i + j].planted:
                if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE):
                    leaks.append((value, text))
    assert not leaks, f"{len(leaks)} valeurs plantées publiées, p. ex. {leaks[:3]}"


def assert_clean(text: str, planted: list[str], where: str) -> None:
    assert_no_planted(text, planted, where, words=True)


@pytest.mark.slow  # the whole pipeline over 2,000 generated comments
def test_generated_comments_leak_nothing_on_the_local_target(project, caplog):
    cells = plant(project)
    planted = planted_values(cells)
    assert len(planted) > 300
    res = run_inventory(project, LocalPortal(project.portal_dir), [SLUG]).results[0]
    assert res.status == "publié", res.message
    published = project.portal_dir / SLUG / "courant" / f"{SLUG}.csv"
    rows = list(csv.DictReader(io.StringIO(published.read_text(encoding="utf-8"))))
    assert sum(1 for r in rows if r[COLUMNS[0]]) > 100  # published, not withheld: the words that stay are read
    assert_cells_clean(rows, cells)
    assert_clean(read_all_text(project.portal_dir), planted, "le portail local")
    assert_clean(read_all_text(project.work_dir), planted, "les rapports")
    assert_clean(caplog.text, planted, "les journaux")


@pytest.mark.ckan
def test_generated_comments_leak_nothing_on_ckan(ckan_project, ckan_local, tmp_path):
    settings, portal, names = ckan_project
    slug = names[SLUG]
    planted = planted_values(plant(settings, (SLUG, slug)))
    res = run_inventory(settings, portal, [slug]).results[0]
    assert res.status == "publié", res.message
    api = RemoteCKAN(ckan_local.url, apikey=ckan_local.token)
    texts, rows = [], 0
    for name in (slug, f"{slug}-versions"):
        package = api.action.package_show(id=name)
        texts.append(json.dumps(package, ensure_ascii=False))
        for resource in package["resources"]:
            if resource.get("datastore_active"):
                records = api.action.datastore_search(resource_id=resource["id"], limit=5000)["records"]
                rows += len(records)
                texts.append(json.dumps(records, ensure_ascii=False))
            if resource["url"].endswith((".csv", ".json", ".md")):
                texts.append(requests.get(resource["url"], timeout=30).text)
    assert rows > 100
    assert_clean("\n".join(texts), planted, "le portail CKAN (métadonnées, fichiers, DataStore)")
    assert_clean(read_all_text(settings.work_dir), planted, "les rapports")
    reuser_downloads_of(ckan_local.url, [slug], tmp_path)  # the scrubbed comments keep the declared types
