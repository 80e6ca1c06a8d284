"""Shared fixtures. Every test that publishes works on a copy of datasets/ and schemas/ in a
temporary folder, with its own local portal and work folder: tests never touch the checkout."""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from dqpub.core.settings import PROJECT_ROOT, Settings

pytest_plugins = ["tests.ckan_fixture"]

# The layers a newcomer runs (scripts/test --rapide: neither CKAN, nor Prefect's server, nor the slow
# end-to-end ones): a test is put in its layer by the fixtures it asks for, so a new test cannot forget it.
_LAYER_OF_FIXTURE = {"prefect_harness": "prefect", "ckan_local": "ckan", "ckan_local_xloader": "ckan",
                     "ckan_project": "ckan"}


# Run on two processes (scripts/test: pytest-xdist): every test of a file in one unit (its module fixtures are
# built once), the files that deploy to a Prefect server from the checkout in one, and every CKAN test in one
# (a single process uses the portals: the fault matrix kills and restarts the server, two at once would race).
# xdist's own groups write the group into the test's id, which pytest 9 no longer lets a plugin change: the
# scheduler below reads the unit from the id, and the collection checks that every CKAN test says so in it.
_GROUP_OF_FILE = {"test_deployments.py": "serveur-prefect", "test_fanout.py": "serveur-prefect"}


def _unit(nodeid: str) -> str:
    path, _, name = nodeid.partition("::")
    file = path.rsplit("/", 1)[-1]
    if file.startswith("test_ckan_") or "ckan" in name.split("[")[0]:
        return "ckan"
    return _GROUP_OF_FILE.get(file, path)


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class Units(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _unit(nodeid)

    return Units(config, log)


def pytest_collection_modifyitems(items):
    for item in items:
        for fixture, marker in _LAYER_OF_FIXTURE.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(getattr(pytest.mark, marker))
        if item.get_closest_marker("ckan") and _unit(item.nodeid) != "ckan":
            raise pytest.UsageError(f"{item.nodeid} : un test CKAN va dans tests/test_ckan_*.py ou dit « ckan » "
                                    "dans son nom (il doit tourner dans le même processus que les autres)")


@pytest.fixture
def project(tmp_path: Path) -> Settings:
    """A private copy of the sample inventory, its datasets and schemas."""
    shutil.copytree(PROJECT_ROOT / "datasets", tmp_path / "datasets")
    shutil.copytree(PROJECT_ROOT / "schemas", tmp_path / "schemas")
    return Settings(
        inventory=str(tmp_path / "datasets" / "inventaire.csv"),
        datasets_dir=tmp_path / "datasets",
        schemas_dir=tmp_path / "schemas",
        work_dir=tmp_path / ".work",
        portal_dir=tmp_path / "portail",
        target="local",
    )


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for the whole session (starting one costs seconds)."""
    import os

    from prefect.testing.utilities import prefect_test_harness

    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"  # no network here: telemetry only errs
    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def all_logs(caplog):
    """Every log record of every logger, Prefect's included, at DEBUG."""
    caplog.set_level(logging.DEBUG)
    return caplog


def read_all_text(root: Path) -> str:
    """Concatenate every file under ``root`` decoded leniently (binary files included: Parquet
    stores strings in plain bytes when not compressed, and we grep the decompressed columns too)."""
    chunks = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            chunks.append(data.decode("utf-8", errors="replace"))
            if p.suffix == ".parquet":
                import pyarrow.parquet as pq

                chunks.append(pq.read_table(p).to_pandas().to_csv(index=False))
    return "\n".join(chunks)


@pytest.fixture
def http_server():
    """Serve folders over real HTTP on loopback: ``url = http_server(folder)``."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    servers = []

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

    def start(folder: Path) -> str:
        handler = functools.partial(Quiet, directory=str(folder))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


def project_variables(settings: Settings) -> dict[str, str]:
    """The environment that points flows and the CLI at ``settings`` (for monkeypatch or a subprocess)."""
    return {"DQPUB_INVENTORY": str(settings.inventory), "DQPUB_SCHEMAS_DIR": str(settings.schemas_dir),
            "DQPUB_DATASETS_DIR": str(settings.datasets_dir), "DQPUB_PORTAL_DIR": str(settings.portal_dir),
            "DQPUB_WORK_DIR": str(settings.work_dir), "DQPUB_RETRY_DELAY": "0"}


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str
    logs: str  # what the command logged (in process, pytest's handler holds it instead of stderr)


@pytest.fixture
def cli_in_process(project_env, capsys, all_logs):
    """``dqpub ARGS`` run in this process against the project (no interpreter start-up, no re-import of
    spaCy): what a subprocess is kept for is a real pipe, a clean Prefect environment or a peak RSS."""
    from dqpub import cli

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        all_logs.clear()
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return CliResult(code, out, err, all_logs.text)

    return run


def assert_no_planted(text: str, planted, where: str, *, words: bool = False) -> None:
    """No planted value in ``text``; ``words``: as a whole word, in any case (the generated corpus's short
    values). The message names the values: they are fictitious."""
    if words:
        found = [v for v in planted if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text, re.IGNORECASE)]
    else:
        found = [v for v in planted if v in text]
    assert not found, f"{len(found)} valeurs plantées trouvées dans {where}, p. ex. {found[:5]}"


@pytest.fixture
def project_env(project, monkeypatch) -> Settings:
    """``project``, exported through the environment (what flows and the CLI read)."""
    for name, value in project_variables(project).items():
        monkeypatch.setenv(name, value)
    return project


@pytest.fixture
def ckan_project(project, ckan_local, monkeypatch):
    """The sample inventory with unique dataset names, so runs never collide on the shared CKAN."""
    import uuid

    suffix = uuid.uuid4().hex[:6]
    inv = project.datasets_dir / "inventaire.csv"
    text = inv.read_text(encoding="utf-8")
    renames = {}
    for slug in ("bottin-des-services-de-police", "aide-financiere-aux-sinistres", "evenements-de-securite-civile"):
        new = f"{slug}-{suffix}"
        renames[slug] = new
        text = text.replace(f"\n{slug},", f"\n{new},")
        (project.datasets_dir / new).mkdir()
        (project.datasets_dir / new / "dataset.yaml").write_bytes(
            (project.datasets_dir / slug / "dataset.yaml").read_bytes())
    inv.write_text(text, encoding="utf-8")
    monkeypatch.setenv("DQPUB_PSEUDONYM_KEY", "cle-de-test-" + suffix)
    from publishers.ckan import CkanPortal

    portal = CkanPortal(ckan_local.url, ckan_local.token, name="ckan-local", requests_per_second=0, backoff=0.1)
    return project.with_(target="ckan-local"), portal, renames
