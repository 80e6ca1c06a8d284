"""The machine's registry of results (issue 27): ``<travail>/registre.sqlite``. Two processes that
record at once keep every record; a record costs the same with ten or fifty thousand datasets
already recorded; ``dqpub etat`` reads the last results in one query; the JSON file of before is
imported once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from dqpub.core import registry
from dqpub.core.settings import PROJECT_ROOT

WRITER = """
import os, sys, time
from pathlib import Path
from dqpub.core import registry
folder, name, first, last, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])
registry.connect(folder)
while not go.exists():
    time.sleep(0.01)
for i in range(first, last):  # one transaction per result, as run_inventory writes them
    registry.record(folder, [{"jeu": f"jeu-{i:05d}", "statut": "publié", "message": f"par {name}",
                              "version": "1.0.0", "execution": name}])
"""


def _writers(folder: Path, spans: dict[str, tuple[int, int]]) -> None:
    go = folder / "partez"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(folder), name, str(a), str(b), str(go)], env=env)
             for name, (a, b) in spans.items()]
    time.sleep(1.0)  # both connected, waiting on the same start
    go.touch()
    assert [p.wait(timeout=120) for p in procs] == [0] * len(procs)


def test_two_processes_recording_at_once_keep_every_record(tmp_path):
    spans = {"run-a": (0, 1500), "run-b": (750, 2250)}  # 750 datasets written by both
    _writers(tmp_path, spans)
    last = registry.last_results(tmp_path)
    assert sorted(last) == [f"jeu-{i:05d}" for i in range(2250)]
    for i in range(2250):
        by = last[f"jeu-{i:05d}"]["execution"]
        assert by == ("run-a" if i < 750 else "run-b" if i >= 1500 else by), i
        assert last[f"jeu-{i:05d}"]["message"] == f"par {by}"
    history = registry.history(tmp_path)
    assert len(history) == 3000  # every result of each run, the shared ones twice
    assert {(h["execution"], h["jeu"]) for h in history} == {
        (name, f"jeu-{i:05d}") for name, (a, b) in spans.items() for i in range(a, b)}
    assert not list(tmp_path.glob("*.verrou")) and not list(tmp_path.glob("*.json"))  # no lock file of ours


def _per_record_seconds(folder: Path, start: int, n: int = 200) -> float:
    t0 = time.process_time()
    for i in range(start, start + n):
        registry.record(folder, [{"jeu": f"jeu-{i:06d}", "statut": "inchangé", "message": "source inchangée",
                                  "version": "1.0.0", "execution": "r"}])
    return (time.process_time() - t0) / n


def test_a_record_costs_the_same_whatever_the_number_already_recorded(tmp_path):
    small, large = tmp_path / "petit", tmp_path / "grand"
    registry.record(small, [{"jeu": "jeu-x", "statut": "publié", "message": "", "execution": "r"}])
    registry.record(large, [{"jeu": f"jeu-{i:06d}", "statut": "publié", "message": "version 1.0.0 publiée",
                             "version": "1.0.0", "execution": "avant"} for i in range(50_000)])
    # the better of two rounds each: a loaded machine only ever makes one slower
    few = min(_per_record_seconds(small, 100_000), _per_record_seconds(small, 200_000))
    many = min(_per_record_seconds(large, 100_000), _per_record_seconds(large, 200_000))
    assert many < 4 * few + 0.0005, (few, many)  # the JSON file of before: ~100 ms per record at 50,000


def test_the_last_results_are_one_query(tmp_path):
    registry.record(tmp_path, [{"jeu": f"jeu-{i}", "statut": "publié", "message": "m", "execution": "r"}
                               for i in range(50)])
    conn = registry.connect(tmp_path)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        assert len(registry.last_results(tmp_path)) == 50
    finally:
        conn.set_trace_callback(None)
    assert len(statements) == 1 and statements[0].startswith("SELECT"), statements


def test_the_results_file_of_before_is_imported_once(tmp_path):
    """``dernieres-executions.json`` (and its lock file) from before the registry: read once, set aside;
    a result the registry already holds is newer and stays."""
    old = {"jeu-a": {"statut": "publié", "message": "version 1.0.0 publiée (initial)", "version": "1.0.0",
                     "execution": "20261201T020000", "date": registry.now(), "rapport": None},
           "jeu-b": {"statut": "échec", "message": "jeu « jeu-b », ligne 4 : règle enum", "version": None,
                     "execution": "20261201T020000", "date": registry.now(), "rapport": "/r/validation.html"}}
    (tmp_path / "dernieres-executions.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "dernieres-executions.verrou").write_text("")
    assert registry.last_results(tmp_path) == old
    assert not (tmp_path / "dernieres-executions.json").exists()
    assert (tmp_path / "dernieres-executions.json.migre").exists()
    assert not (tmp_path / "dernieres-executions.verrou").exists()
    assert {h["jeu"] for h in registry.history(tmp_path)} == {"jeu-a", "jeu-b"}

    # a newer result, then the old file comes back (a copy restored by hand): the newer one stays
    registry.record(tmp_path, [{"jeu": "jeu-b", "statut": "publié", "message": "version 1.0.0 publiée",
                                "version": "1.0.0", "execution": "20261202T020000"}])
    (tmp_path / "dernieres-executions.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    registry._local.connections.clear()  # as a new process would
    last = registry.last_results(tmp_path)
    assert last["jeu-b"]["statut"] == "publié" and last["jeu-a"] == old["jeu-a"]


def test_history_older_than_the_retention_goes(tmp_path, monkeypatch):
    monkeypatch.setenv("DQPUB_HISTORIQUE_JOURS", "100000")
    registry.record(tmp_path, [
        {"jeu": "jeu-a", "statut": "publié", "message": "", "execution": "ancienne", "date": "2000-01-01T02:00:00+00:00"},
    ])
    assert len(registry.history(tmp_path, "jeu-a")) == 1
    monkeypatch.setenv("DQPUB_HISTORIQUE_JOURS", "30")
    registry._local.connections.clear()  # the retention applies once per process (connection)
    registry.record(tmp_path, [{"jeu": "jeu-a", "statut": "inchangé", "message": "", "execution": "recente"}])
    assert [h["execution"] for h in registry.history(tmp_path, "jeu-a")] == ["recente"]


def test_two_runs_at_once_on_one_machine_keep_every_last_result(tmp_path):
    """Two `dqpub run` at once on one machine (one work folder), sharing two of their datasets: after
    both, every dataset's last result is there, from one run or the other, and `dqpub etat` shows it."""
    from bench.scale_inventory import make_inventory, slug

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(make_inventory(tmp_path / "projet", 8, free_text=False), PYTHONPATH=str(PROJECT_ROOT),
               DQPUB_PSEUDONYM_KEY="deux-executions")
    halves = ([slug(i) for i in range(0, 5)], [slug(i) for i in range(3, 8)])
    procs = [subprocess.Popen([sys.executable, "-m", "dqpub.cli", "run", *half], env=env, cwd=PROJECT_ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for half in halves]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    last = registry.last_results(Path(env["DQPUB_WORK_DIR"]))
    assert sorted(last) == [slug(i) for i in range(8)]
    assert {r["statut"] for r in last.values()} <= {"publié", "inchangé"}, last
    assert all(r["version"] == "1.0.0" for r in last.values()), last
    status = subprocess.run([sys.executable, "-m", "dqpub.cli", "etat", "--json"], env=env, cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=300)
    rows = {r["dataset"]: r for r in json.loads(status.stdout)}
    assert {d: r["last_status"] for d, r in rows.items()} == {d: r["statut"] for d, r in last.items()}


def test_a_broken_registry_warns_and_the_run_goes_on(tmp_path, caplog):
    """Not a database (a disk error, a file copied over it): the results cannot be kept, which a
    warning says; the run is not stopped, and `dqpub etat` shows no last result."""
    from types import SimpleNamespace

    from dqpub import status
    from dqpub.core.settings import Settings

    (tmp_path / "registre.sqlite").write_bytes(b"pas une base SQLite" * 100)
    settings = Settings(work_dir=tmp_path)
    result = SimpleNamespace(dataset="jeu-a", status="publié", message="", version="1.0.0", reports={})
    status.record_results(settings, "r", [result])
    assert status.last_results(settings) == {}
    assert "non inscrit" in caplog.text and "illisible" in caplog.text


def test_etat_answers_from_the_registry_until_the_target_shows_a_new_token(project, monkeypatch):
    """`dqpub etat` reads a published state once, then answers from the registry (table ``publie``)
    while the target shows the same token; a new publication changes the token: read again."""
    import openpyxl

    from dqpub.pipeline import run_inventory
    from dqpub.status import dataset_status
    from publishers.local import LocalPortal

    slug = "bottin-des-services-de-police"
    portal = LocalPortal(project.portal_dir)
    run_inventory(project, portal, [slug])
    reads: list[str] = []
    real = LocalPortal.state
    monkeypatch.setattr(LocalPortal, "state", lambda self, d: reads.append(d) or real(self, d))

    def shown():
        return {r.dataset: r for r in dataset_status(project, LocalPortal(project.portal_dir))}[slug]

    assert shown().version == "1.0.0" and reads.count(slug) == 1  # read, then kept
    reads.clear()
    first = shown()
    assert first.version == "1.0.0" and first.rows and first.published_at and reads.count(slug) == 0
    assert first.url == str(project.portal_dir / slug / "courant")

    path = project.datasets_dir / slug / "source/bottin.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Bottin"]
    ws.cell(row=2, column=[c.value for c in ws[1]].index("site_internet") + 1, value="https://exemple.qc.ca/v2")
    wb.save(path)
    run_inventory(project, portal, [slug])
    reads.clear()
    assert shown().version == "1.0.1" and reads.count(slug) == 1



OPENER = """
import sys, time
from pathlib import Path
from dqpub.core import registry
folder, name, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
while not go.exists():
    pass
registry.record(folder, [{"jeu": name, "statut": "publié", "message": "", "version": "1.0.0", "execution": name}])
"""


def test_processes_opening_a_new_registry_at_once_all_succeed(tmp_path):
    """The first connection sets WAL mode; SQLite answers « database is locked » at once to another process that
    tries at the same moment (the busy timeout does not cover a change of journal mode). A fan-out's children open
    a new worker's registry together: every one must open it and record."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    for attempt in range(5):
        folder, go = tmp_path / f"essai-{attempt}", tmp_path / f"partez-{attempt}"
        procs = [subprocess.Popen([sys.executable, "-c", OPENER, str(folder), f"jeu-{k}", str(go)], env=env)
                 for k in range(4)]
        time.sleep(1.5)  # all started, spinning on the same start
        go.touch()
        assert [p.wait(timeout=120) for p in procs] == [0] * 4
        assert len(registry.last_results(folder)) == 4
