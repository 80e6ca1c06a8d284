"""The re-evaluation reads a CKAN portal through the same publisher interface (state, fetch) and
keeps its registry entry in the private folder of that target (work folder, never on the portal)."""

from __future__ import annotations

import json

import pytest

from dqpub.pipeline import run_inventory
from dqpub.reevaluate import reevaluate
from tests.reuser import reuser_downloads_of

pytestmark = pytest.mark.ckan


def test_reevaluation_of_what_ckan_holds(ckan_project, ckan_local, tmp_path):  # noqa: F811
    settings, portal, names = ckan_project
    chosen = [names["bottin-des-services-de-police"], names["aide-financiere-aux-sinistres"]]
    summary = run_inventory(settings, portal, chosen)
    assert all(r.status == "publié" for r in summary.results if r.dataset in chosen), summary.markdown()
    reuser_downloads_of(ckan_local.url, chosen, tmp_path)

    result = reevaluate(settings, portal, chosen)
    assert not result.failed, result.message()
    aide = next(d for d in result.datasets if d.dataset == chosen[1])
    assert aide.rows > 0 and any(c.name.startswith("k-anonymat") and c.ok for c in aide.checks)
    assert [x.other for x in aide.linkage] == [chosen[0]]  # linked through « municipalite »
    for slug in chosen:
        record = json.loads(next((settings.work_dir / "prive" / slug).glob("reevaluation-*.json"))
                            .read_text(encoding="utf-8"))
        assert record["cible"] == "ckan-local" and record["resultat"] == "conforme"
