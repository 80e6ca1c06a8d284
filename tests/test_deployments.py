"""prefect.yaml, for real: a Prefect server started by the test, `prefect deploy --all`, the
nightly schedule at 02:00 America/Toronto, and a manual run with parameters executed by a worker."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import time
from zoneinfo import ZoneInfo

import httpx
import pytest

from dqpub.core.settings import PROJECT_ROOT

BIN = PROJECT_ROOT / ".venv" / "bin"
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
           "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}
    log = open(home / "server.log", "w")
    proc = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(120):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, (home / "server.log").read_text()[-3000:]
            time.sleep(0.5)
        yield env
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _cli(env, *args, timeout=180):
    out = subprocess.run([str(BIN / "prefect"), "--no-prompt", *args], env=env, cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    return out.stdout


def _client(env):
    from prefect.client.orchestration import SyncPrefectClient

    return SyncPrefectClient(env["PREFECT_API_URL"])


@pytest.fixture(scope="module")
def deployed(prefect_server):
    env = {**prefect_server, "DQPUB_HOME": str(PROJECT_ROOT)}
    _cli(env, "work-pool", "create", "dqpub", "--type", "process")
    _cli(env, "deploy", "--all")
    return env


def test_deploy_all_creates_the_three_deployments_and_the_nightly_schedule(deployed):
    with _client(deployed) as client:
        names = {d.name for d in client.read_deployments()}
        assert {"publication-nocturne", "publication-manuelle", "publier-un-jeu"} <= names
        nightly = client.read_deployment_by_name("publication/publication-nocturne")
        sched = nightly.schedules[0].schedule
        assert sched.cron == "0 2 * * *" and sched.timezone == "America/Toronto"
        deadline = time.time() + 60
        runs = []
        while time.time() < deadline and not runs:
            runs = [r for r in client.read_flow_runs(limit=50) if r.deployment_id == nightly.id]
            time.sleep(1)
    assert runs, "le planificateur n'a créé aucune exécution nocturne"
    tz = ZoneInfo("America/Toronto")
    starts = sorted(r.expected_start_time.astimezone(tz) for r in runs)
    assert all((s.hour, s.minute) == (2, 0) for s in starts)
    now = dt.datetime.now(tz)
    next_2am = (now + dt.timedelta(days=1 if now.hour >= 2 else 0)).replace(hour=2, minute=0, second=0, microsecond=0)
    assert starts[0] == next_2am


def test_manual_run_with_parameters_executed_by_a_worker(deployed, project):
    # a broken dataset must not stop the others
    (project.datasets_dir / "aide-financiere-aux-sinistres/source/aide_financiere.sqlite").write_bytes(b"pas une base")
    env = {**deployed, "DQPUB_INVENTORY": project.inventory, "DQPUB_SCHEMAS_DIR": str(project.schemas_dir),
           "DQPUB_DATASETS_DIR": str(project.datasets_dir), "DQPUB_PORTAL_DIR": str(project.portal_dir),
           "DQPUB_WORK_DIR": str(project.work_dir), "DQPUB_RETRY_DELAY": "0"}
    state, by_key, output = _run_deployment(
        deployed, env, "publication/publication-manuelle",
        {"datasets": ["bottin-des-services-de-police", "aide-financiere-aux-sinistres"],
         "dry_run": False, "force": False, "target": "local", "require_approval": False,
         "fan_out": False})  # one worker run once: no children (fan-out: tests/test_fanout.py)
    assert state.is_failed(), (state, output[-4000:])
    assert "aide-financiere-aux-sinistres" in (state.message or "")
    assert "bottin-des-services-de-police | publié | 1.0.0" in by_key["sommaire-publication"]
    assert "aide-financiere-aux-sinistres | échec" in by_key["sommaire-publication"]
    assert (project.portal_dir / "bottin-des-services-de-police/courant/package.json").exists()
    assert not (project.portal_dir / "aide-financiere-aux-sinistres/courant").exists()
    shutil.rmtree(project.work_dir, ignore_errors=True)


def _run_deployment(deployed, env, name, parameters):
    """Create a run of deployment ``name``, let one worker execute it, return its final state and artifacts."""
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with _client(deployed) as client:
        dep = client.read_deployment_by_name(name)
        run = client.create_flow_run_from_deployment(dep.id, parameters=parameters)
    worker = subprocess.run([str(BIN / "prefect"), "worker", "start", "--pool", "dqpub", "--run-once"],
                            env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    with _client(deployed) as client:
        deadline = time.time() + 120
        state = client.read_flow_run(run.id).state
        while not state.is_final() and time.time() < deadline:
            time.sleep(1)
            state = client.read_flow_run(run.id).state
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])))
    return state, {a.key: a.data for a in arts}, worker.stdout + worker.stderr


def test_monthly_reevaluation_deployment_on_the_published_samples(deployed, project):
    from dqpub.pipeline import run_inventory
    from publishers.local import LocalPortal
    from tests.test_reevaluate import PUBLISHED, assert_no_planted, plant_email

    with _client(deployed) as client:
        dep = client.read_deployment_by_name("reevaluation-anonymisation/reevaluation-anonymisation")
        sched = dep.schedules[0].schedule
    assert sched.cron == "0 4 1 * *" and sched.timezone == "America/Toronto"  # monthly, 1st at 04:00

    summary = run_inventory(project, LocalPortal(project.portal_dir))
    assert {r.dataset for r in summary.results if r.status == "publié"} == set(PUBLISHED)
    env = {**deployed, "DQPUB_INVENTORY": project.inventory, "DQPUB_SCHEMAS_DIR": str(project.schemas_dir),
           "DQPUB_DATASETS_DIR": str(project.datasets_dir), "DQPUB_PORTAL_DIR": str(project.portal_dir),
           "DQPUB_WORK_DIR": str(project.work_dir)}
    name, params = "reevaluation-anonymisation/reevaluation-anonymisation", {"target": "local"}

    state, arts, out = _run_deployment(deployed, env, name, params)
    assert state.is_completed(), (state, out[-3000:])
    assert "3 conforme(s), 0 à revoir" in arts["reevaluation-anonymisation"]
    for slug in PUBLISHED:
        assert len(list((project.portal_dir / ".prive" / slug).glob("reevaluation-*.json"))) == 1

    plant_email(project)
    state, arts, out = _run_deployment(deployed, env, name, params)
    assert state.is_failed(), (state, out[-3000:])
    assert "réévaluation de l'anonymisation : 1 jeu(x)" in state.message
    assert "evenements-de-securite-civile (colonne « municipalite » :" in state.message
    assert "adresse courriel (3 cellules)" in state.message
    assert "| municipalite | public | adresse courriel | 3 | **non** |" in arts["reevaluation-anonymisation"]
    records = sorted((project.portal_dir / ".prive/evenements-de-securite-civile").glob("reevaluation-*.json"))
    assert len(records) == 2 and json.loads(records[-1].read_text(encoding="utf-8"))["resultat"] == "à revoir"
    assert_no_planted(state.message, arts["reevaluation-anonymisation"], out)
