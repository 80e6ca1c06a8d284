"""The Prefect flows, run for real against a temporary Prefect API (prefect_test_harness)."""

from __future__ import annotations

from prefect.client.orchestration import get_client

from dqpub.status import last_results
from flows.publication import publish_dataset, publish_inventory


def artifacts() -> dict[str, str]:
    """Latest artifact per key, read back from the Prefect API."""
    from prefect.client.schemas.sorting import ArtifactSort

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(sort=ArtifactSort.CREATED_DESC, limit=200)
    latest: dict[str, str] = {}
    for a in found:
        if a.key and a.key not in latest:
            latest[a.key] = a.data if isinstance(a.data, str) else str(a.data)  # a progress is a number
    return latest


def test_publication_flow_publishes_and_reports(prefect_harness, project_env):
    state = publish_inventory(require_approval=False, return_state=True)
    assert state.is_completed(), state.message
    results = {r["dataset"]: r for r in state.result()}
    assert results["bottin-des-services-de-police"]["status"] == "publié"
    assert results["plans-securite-etablissements-detention"]["status"] == "refusé"
    arts = artifacts()
    summary = arts["sommaire-publication"]
    assert "| Jeu | Résultat | Version |" in summary and "aide-financiere-aux-sinistres | publié | 1.0.0" in summary
    assert "Confidentialité" in arts["jeu-aide-financiere-aux-sinistres"]
    import json

    table = {r["jeu"]: r for r in json.loads(arts["resultats-publication"])}  # a sortable table
    assert table["bottin-des-services-de-police"]["résultat"] == "publié"
    assert table["bottin-des-services-de-police"]["version"] == "1.0.0"
    link = arts["portail-bottin-des-services-de-police"]  # the dataset's page on the target
    assert str(project_env.portal_dir / "bottin-des-services-de-police" / "courant") in link
    state = {r["jeu"]: r for r in json.loads(arts["etat-des-jeux"])}
    assert state["bottin-des-services-de-police"]["prochaine échéance"]
    assert state["plans-securite-etablissements-detention"]["version"] == ""
    assert "portail-plans-securite-etablissements-detention" not in arts  # restricted: never published

    again = publish_inventory(require_approval=False, return_state=True)
    assert {r["status"] for r in again.result() if r["dataset"] == "bottin-des-services-de-police"} == {"inchangé"}


def test_failing_dataset_fails_the_flow_but_not_the_others(prefect_harness, project_env):
    path = project_env.datasets_dir / "aide-financiere-aux-sinistres/source/aide_financiere.sqlite"
    path.write_bytes(b"ceci n'est pas une base SQLite")
    state = publish_inventory(require_approval=False, return_state=True)
    assert state.is_failed()
    assert "aide-financiere-aux-sinistres" in state.message
    assert (project_env.portal_dir / "bottin-des-services-de-police" / "courant" / "package.json").exists()
    assert (project_env.portal_dir / "evenements-de-securite-civile" / "courant" / "package.json").exists()
    assert not (project_env.portal_dir / "aide-financiere-aux-sinistres" / "courant").exists()


def test_single_dataset_flow_and_dry_run(prefect_harness, project_env):
    res = publish_dataset("bottin-des-services-de-police", dry_run=True)
    assert res["status"] == "simulation"
    assert not (project_env.portal_dir / "bottin-des-services-de-police" / "courant").exists()
    res = publish_dataset("plans-securite-etablissements-detention", force=True, return_state=True)
    assert res.result()["status"] == "refusé"


def test_first_publication_pauses_for_approval_while_others_proceed(prefect_harness, project_env):
    """The nightly flow holds a first publication, finishes the rest, pauses; a steward resumes it
    with typed input through the API and only the approved dataset is published."""
    import threading
    import time

    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterState, FlowRunFilterStateType
    from prefect.client.schemas.objects import StateType
    from prefect.flow_runs import resume_flow_run

    publish_dataset("evenements-de-securite-civile", approved=True)  # already published: no approval needed
    outcome = {}
    runner = threading.Thread(target=lambda: outcome.update(state=publish_inventory(
        datasets=["bottin-des-services-de-police", "aide-financiere-aux-sinistres", "evenements-de-securite-civile"],
        approval_timeout=120, return_state=True)))
    runner.start()
    paused = []
    deadline = time.time() + 90
    while not paused and time.time() < deadline:
        with get_client(sync_client=True) as client:
            paused = client.read_flow_runs(flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.PAUSED]))))
        time.sleep(0.5)
    assert paused, "le flux ne s'est pas mis en pause"
    # while paused, nothing held is published
    assert not (project_env.portal_dir / "bottin-des-services-de-police" / "courant").exists()
    assert "bottin-des-services-de-police" in artifacts()["approbation-requise"]
    resume_flow_run(paused[0].id, run_input={"approuves": ["bottin-des-services-de-police"], "commentaire": "ok"})
    runner.join(timeout=120)
    results = {r["dataset"]: r for r in outcome["state"].result()}
    assert results["bottin-des-services-de-police"]["status"] == "publié"
    assert results["aide-financiere-aux-sinistres"]["status"] == "non approuvé"
    assert results["evenements-de-securite-civile"]["status"] == "inchangé"
    assert (project_env.portal_dir / "bottin-des-services-de-police" / "courant").exists()
    assert not (project_env.portal_dir / "aide-financiere-aux-sinistres" / "courant").exists()
    # the steward's answer is each held dataset's last result (`dqpub etat`), not « en attente »
    last = last_results(project_env)
    assert last["bottin-des-services-de-police"]["statut"] == "publié"
    assert last["aide-financiere-aux-sinistres"]["statut"] == "non approuvé"


def test_transient_source_failure_is_retried_but_validation_failure_is_not(prefect_harness, project_env):
    """A URL that answers 503 once is retried by the task; a schema error is final (one attempt)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
    from pathlib import Path

    folder = project_env.datasets_dir / "statistiques-interventions-policieres" / "source"
    hits = {"n": 0}

    class Flaky(SimpleHTTPRequestHandler):
        def do_GET(self):
            hits["n"] += 1
            if hits["n"] == 1:
                self.send_error(503)
                return
            super().do_GET()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Flaky, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        inv = Path(project_env.inventory)
        inv.write_text(inv.read_text(encoding="utf-8").replace(
            "https://www.donneesquebec.ca/recherche/dataset/statistiques-interventions-policieres/interventions.csv",
            f"http://127.0.0.1:{server.server_address[1]}/interventions.csv").replace(
            ",moyenne,non,police", ",moyenne,oui,police"), encoding="utf-8")
        res = publish_dataset("statistiques-interventions-policieres", approved=True)
        assert res["status"] == "publié", res["message"]
        assert hits["n"] == 2  # failed once with 503, retried once
        # a validation failure is not retried: the source is fetched once more, once
        (folder / "interventions.csv").write_text("annee,code_region\nabc,01\n", encoding="utf-8")
        state = publish_dataset("statistiques-interventions-policieres", approved=True, return_state=True)
        assert state.is_failed() and hits["n"] == 3
    finally:
        server.shutdown()
        server.server_close()
