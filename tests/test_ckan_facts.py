"""What the portal says of itself, read once per fan-out (issue 26: fewer requests per first publication).

A fan-out's parent reads the portal's ckanext-scheming schema and whether it runs xloader (``facts``: two
requests per run) and hands them to each child flow run; the child publishes, pre-flight and DataStore
included, without asking them again (two requests fewer per dataset). Run for real: the child flow
« publier-un-jeu » under the Prefect test API, against the local CKAN through a proxy that lists every
request."""

from __future__ import annotations

import copy
import json

import pytest

from flows.publication import publish_dataset
from publishers.ckan import CkanPortal
from tests.faultproxy import FaultProxy

pytestmark = pytest.mark.ckan
READ_ONCE = {"scheming_dataset_schema_show", "status_show"}


def test_a_child_handed_the_portals_facts_does_not_ask_them_again(ckan_project, project_env, ckan_local,
                                                                   prefect_harness, monkeypatch, all_logs):
    _, _, names = ckan_project
    with FaultProxy(ckan_local.url) as proxy:
        monkeypatch.setenv("CKAN_URL", proxy.url)
        monkeypatch.setenv("CKAN_API_TOKEN", ckan_local.token)
        facts = CkanPortal.from_target("ckan-local").facts()
        assert sorted(proxy.labels()) == sorted(READ_ONCE)
        assert "update_frequency" in {f["field_name"] for f in facts["schema"]["dataset_fields"]}
        assert facts["xloader"] is False  # the « dq » profile: scheming, no xloader
        facts = json.loads(json.dumps(facts))  # a flow parameter, as Prefect stores it

        proxy.reset()
        res = publish_dataset(names["bottin-des-services-de-police"], target="ckan-local", approved=True,
                              child=True, facts=facts)
        assert res["status"] == "publié", res["message"]
        assert {"package_create", "resource_create", "datastore_create"} <= set(proxy.labels())
        assert not READ_ONCE & set(proxy.labels()), sorted(set(proxy.labels()))

        # the pre-flight is the handed schema's: one whose frequencies exclude the dataset's stops the child
        narrowed = copy.deepcopy(facts)
        field = next(f for f in narrowed["schema"]["dataset_fields"] if f["field_name"] == "update_frequency")
        field["choices"] = [{"value": "irregular", "label": "Irrégulière"}]
        proxy.reset()
        state = publish_dataset(names["aide-financiere-aux-sinistres"], target="ckan-local", approved=True,
                                child=True, facts=narrowed, return_state=True)
        assert state.is_failed()
        assert "n'est pas accepté pour le champ « update_frequency » ; choix acceptés : irregular" in all_logs.text
        assert "package_create" not in proxy.labels() and not READ_ONCE & set(proxy.labels())
