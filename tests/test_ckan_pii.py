"""Planted personal values never reach the CKAN portal: package metadata, resource files, DataStore."""

from __future__ import annotations

import io
import json

import pyarrow.parquet as pq
import pytest
import requests
from ckanapi import RemoteCKAN

from dqpub.pipeline import run_inventory
from tests.reuser import reuser_downloads_of
from tests.test_pii_leaks import assert_clean, plant

pytestmark = pytest.mark.ckan


def test_planted_values_never_reach_ckan(ckan_project, ckan_local, tmp_path):  # noqa: F811
    settings, portal, names = ckan_project
    plant(settings)
    slugs = [names["evenements-de-securite-civile"], names["aide-financiere-aux-sinistres"]]
    results = run_inventory(settings, portal, slugs).results
    assert {r.status for r in results} == {"publié"}, [r.message for r in results]
    api = RemoteCKAN(ckan_local.url)
    auth = RemoteCKAN(ckan_local.url, apikey=ckan_local.token)  # the private state dataset too
    seen = []
    for slug in slugs:
        for name in (slug, f"{slug}-versions", f"{slug}-etat"):
            pkg = auth.action.package_show(id=name)
            seen.append(json.dumps(pkg, ensure_ascii=False))
            for res in pkg["resources"]:
                body = requests.get(res["url"], headers={"Authorization": ckan_local.token}, timeout=60).content
                seen.append(body.decode("utf-8", errors="replace"))
                if body[:4] == b"PAR1":  # compressed columns: read them
                    seen.append(pq.read_table(io.BytesIO(body)).to_pandas().to_csv(index=False))
                if res.get("datastore_active"):
                    rows = api.action.datastore_search(resource_id=res["id"], limit=32000)["records"]
                    seen.append(json.dumps(rows, ensure_ascii=False))
        # the stable DataStore name reusers query
        seen.append(json.dumps(api.action.datastore_search(resource_id=slug, limit=32000)["records"],
                               ensure_ascii=False))
    text = "\n".join(seen)
    assert sum(1 for chunk in seen if chunk.startswith("[{")) >= 4  # both tables read, twice
    assert "retiré" in text  # free text was scrubbed, not dropped
    assert '"type":"FeatureCollection"' in text and "changement" in text  # the map and the change files: scanned
    assert_clean(text, "le portail CKAN")
    reuser_downloads_of(ckan_local.url, slugs, tmp_path)  # and what was published describes itself truly
