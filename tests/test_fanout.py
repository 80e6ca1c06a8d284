"""Fan-out over a work pool, for real (issue 15): a Prefect server started by the test, the
project's deployments, TWO process workers on one pool, and a manual publication with « fan_out »
over an 8-dataset inventory (two workers of two slots each, twice over): one child flow run of
« publier-un-jeu » per dataset, both workers take children, one planted failure leaves the 7 others
published, the parent's summary lists 8; run again, the parent itself sorts out the 7 unchanged datasets
and only the broken one gets a child. (The scale itself — 24 datasets and more — is bench/bench_scale.py's.)"""

from __future__ import annotations

import re
import subprocess
import time

import pytest

from bench.scale_inventory import make_inventory, slug
from dqpub.core.settings import PROJECT_ROOT
from tests.test_deployments import BIN, _cli, _client, prefect_server  # noqa: F401 - the server fixture

pytestmark = pytest.mark.slow
N = 8
BROKEN = slug(5)


def _artifacts(client, run_id):
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    arts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id])))
    return {a.key: a.data for a in arts}


@pytest.fixture(scope="module")
def pool(prefect_server):  # noqa: F811
    env = {**prefect_server, "DQPUB_HOME": str(PROJECT_ROOT), "DQPUB_RETRY_DELAY": "0",
           "PREFECT_WORKER_QUERY_SECONDS": "1", "PREFECT_WORKER_PREFETCH_SECONDS": "0"}
    _cli(env, "work-pool", "create", "dqpub", "--type", "process")
    _cli(env, "deploy", "--all")
    return env


def _workers(env, tmp_path, names, limit=2, work_dirs=None):
    """Process workers on the pool; ``work_dirs``: each its own work folder, as on its own machine."""
    logs = [open(tmp_path / f"travailleur-{w}.log", "w") for w in names]
    return logs, [subprocess.Popen([str(BIN / "prefect"), "worker", "start", "--pool", "dqpub", "--limit", str(limit),
                                    "--name", f"travailleur-{w}"],
                                   env={**env, **({"DQPUB_WORK_DIR": str(work_dirs[w])} if work_dirs else {})},
                                   cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT)
                  for w, log in zip(names, logs)]


def _stop(workers, logs):
    """Stop the workers; one that has not stopped a minute after SIGTERM (seen under CI's load: the process worker
    kept polling) is killed, so that it cannot take the next test's runs with this test's environment."""
    for w in workers:
        w.terminate()
    for w in workers:
        try:
            w.wait(timeout=60)
        except subprocess.TimeoutExpired:
            w.kill()
            w.wait(timeout=30)
    for log in logs:
        log.close()


def test_two_workers_share_an_inventory_and_one_failure_stops_no_other(pool, tmp_path):
    env = {**pool, **make_inventory(tmp_path / "projet", N, free_text=False)}
    # the planted failure: a source with a header and no row (refused by validation)
    src = tmp_path / "projet" / "datasets" / BROKEN / "source" / "evenements.csv"
    src.write_bytes(src.read_bytes().split(b"\r\n")[0] + b"\r\n")
    # each worker keeps its own work folder, as two machines would: the registry of the one that ran
    # the parent must still hold every dataset's last result (gathered from the children's results)
    work_dirs = {w: tmp_path / f"machine-{w}" for w in "ab"}
    logs, workers = _workers(env, tmp_path, "ab", work_dirs=work_dirs)
    try:
        with _client(env) as client:
            state, by_key = _publish(client)
            children = [r for r in client.read_flow_runs(limit=200) if r.parent_task_run_id is not None]
            # the same inventory again: the parent sorts out the unchanged datasets itself, only
            # the broken one (work to do) gets a child
            again, again_by_key = _publish(client)
            later = [r for r in client.read_flow_runs(limit=200) if r.parent_task_run_id is not None]
    finally:
        _stop(workers, logs)
    outputs = [(tmp_path / f"travailleur-{w}.log").read_text() for w in "ab"]
    assert state.is_failed(), (state, outputs[0][-3000:], outputs[1][-3000:])
    assert BROKEN in (state.message or "")
    summary = by_key["sommaire-publication"]
    lines = {m.group(1): m.group(2) for m in re.finditer(r"^\| (jeu-echelle-\d+) \| ([^|]+) \|", summary, re.M)}
    assert len(lines) == N, summary
    assert lines.pop(BROKEN).strip() == "échec"
    assert set(lines.values()) == {"publié"}, summary
    portal = tmp_path / "projet" / "portail"
    assert sorted(p.parent.name for p in portal.glob("*/courant")) == sorted(slug(i) for i in range(N) if slug(i) != BROKEN)
    # one child flow run per dataset, and both workers took some of them
    # (a child that a worker could not submit — the server answered 503 under load — is relaunched
    # once, as « <jeu>-relance »)
    assert {c.name.removesuffix("-relance") for c in children} == {slug(i) for i in range(N)}
    child_ids = {str(c.id) for c in children}
    taken = [{i for i in child_ids if i in out} for out in outputs]
    assert all(taken), [len(t) for t in taken]
    assert taken[0] | taken[1] == child_ids
    assert again.is_failed() and BROKEN in (again.message or "")
    lines = {m.group(1): m.group(2).strip() for m in re.finditer(r"^\| (jeu-echelle-\d+) \| ([^|]+) \|",
                                                                   again_by_key["sommaire-publication"], re.M)}
    assert len(lines) == N and lines.pop(BROKEN) == "échec" and set(lines.values()) == {"inchangé"}
    assert {c.name.removesuffix("-relance") for c in later if c.id not in {c.id for c in children}} == {BROKEN}
    _every_record_kept(work_dirs)


def _every_record_kept(work_dirs):
    """Each machine keeps the results of the children it ran; the parent's machine, every dataset's
    last result of both runs: the first run's from its children, the second's from its own triage."""
    from dqpub.core import registry

    kept = {w: registry.last_results(d) for w, d in work_dirs.items()}
    assert all(kept.values()), {w: len(k) for w, k in kept.items()}  # both ran children and recorded them
    # a parent's machine holds every dataset's last result; the two runs' parents may have run on
    # different workers, so the second run's parent is the machine whose last results are its triage's
    parents = [w for w, k in kept.items() if len(k) == N]
    assert parents, {w: sorted(k) for w, k in kept.items()}

    def second_run(last: dict) -> bool:
        rest = {s: r["statut"] for s, r in last.items() if s != BROKEN}
        return last[BROKEN]["statut"] == "échec" and set(rest.values()) == {"inchangé"}

    assert any(second_run(kept[w]) for w in parents), {w: sorted({r["statut"] for r in kept[w].values()})
                                                       for w in parents}
    # the two runs' parents may have run on different workers (machines): the records of both runs are
    # found across the machines, none lost
    history = [h for d in work_dirs.values() for h in registry.history(d)]
    for i in range(N):
        statuses = {h["statut"] for h in history if h["jeu"] == slug(i)}
        assert statuses == ({"échec"} if slug(i) == BROKEN else {"inchangé", "publié"}), (slug(i), statuses)


def test_children_hand_held_releases_back_and_the_parent_asks_once(pool, tmp_path):
    """First publications held for approval: the children do not pause, the parent pauses once;
    resumed with one dataset approved, that one runs again as an approved child and is published."""
    from prefect.flow_runs import resume_flow_run
    from prefect.settings import PREFECT_API_URL, temporary_settings

    env = {**pool, **make_inventory(tmp_path / "projet", 2, free_text=False, prefix="jeu-approuve")}
    yes, no = slug(0, "jeu-approuve"), slug(1, "jeu-approuve")
    logs, workers = _workers(env, tmp_path, "c", limit=3)
    try:
        with _client(env) as client:
            parent = _start(client, require_approval=True)
            state = _wait(client, parent, lambda s: s.is_paused() or s.is_final())
            assert state.is_paused(), state
            held = _artifacts(client, parent.id)["approbation-requise"]
            assert yes in held and no in held
            assert not list((tmp_path / "projet" / "portail").glob("*/courant"))
            with temporary_settings(updates={PREFECT_API_URL: env["PREFECT_API_URL"]}):
                resume_flow_run(parent.id, run_input={"approuves": [yes], "commentaire": "ok"})
            state = _wait(client, parent, lambda s: s.is_final())
            summary = _artifacts(client, parent.id)["sommaire-publication"]
            children = [r.name for r in client.read_flow_runs(limit=200) if r.name.startswith("jeu-approuve")]
    finally:
        _stop(workers, logs)
    assert state.is_completed(), state
    assert f"| {yes} | publié | 1.0.0 |" in summary and f"| {no} | non approuvé |" in summary, summary
    assert {c.removesuffix("-relance") for c in children} == {yes, no, f"{yes}-approuve"}
    assert [p.parent.name for p in (tmp_path / "projet" / "portail").glob("*/courant")] == [yes]
    from dqpub.core import registry  # the steward's answer is each dataset's last result (dqpub etat)

    last = registry.last_results(tmp_path / "projet" / "travail")
    assert (last[yes]["statut"], last[no]["statut"]) == ("publié", "non approuvé"), last


def _start(client, require_approval=False):
    dep = client.read_deployment_by_name("publication/publication-manuelle")
    return client.create_flow_run_from_deployment(dep.id, parameters={
        "datasets": [], "target": "local", "require_approval": require_approval, "fan_out": True})


def _wait(client, run, done, timeout=1500):
    deadline = time.time() + timeout
    state = client.read_flow_run(run.id).state
    while not done(state) and time.time() < deadline:
        time.sleep(3)
        state = client.read_flow_run(run.id).state
    return state


def _publish(client):
    """One fanned-out manual publication of the whole inventory; its final state and artifacts."""
    parent = _start(client)
    return _wait(client, parent, lambda s: s.is_final()), _artifacts(client, parent.id)
