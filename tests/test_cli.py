"""The command line a steward and a script use: version, exit codes, --json, the state of every
dataset (``dqpub etat``), the path of the report of a failed dataset."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dqpub import cli
from dqpub.core.settings import PROJECT_ROOT


@pytest.fixture
def env(project_env):
    return project_env


def test_version_and_help_examples(capsys):
    with pytest.raises(SystemExit) as out:
        cli.main(["--version"])
    assert out.value.code == 0 and capsys.readouterr().out.startswith("dqpub 0.")
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    assert "exemples" in text and "dqpub etat --json" in text and "codes de sortie" in text


def test_exit_codes(env, capsys):
    with pytest.raises(SystemExit) as usage:
        cli.main(["run", "--pas-une-option"])
    assert usage.value.code == cli.EXIT_USAGE == 2
    inv = Path(env.inventory)
    good = inv.read_text(encoding="utf-8")
    inv.write_text(good.replace(",annual,", ",chaque-annee,", 1), encoding="utf-8")
    assert cli.main(["plan"]) == cli.EXIT_CONFIG == 3  # unusable inventory
    assert "frequence" in capsys.readouterr().err
    inv.write_text(good, encoding="utf-8")
    assert cli.main(["run", "--target", "cible-inconnue"]) == 3  # configuration: no URL, no token
    assert cli.main(["run"]) == cli.EXIT_OK == 0  # a restricted dataset left out is normal
    capsys.readouterr()
    # a dataset that fails: exit 1, and its line names the HTML report
    src = env.datasets_dir / "plans-securite-etablissements-detention"  # not involved
    bad = env.datasets_dir / "evenements-de-securite-civile/source/evenements.csv"
    data = bad.read_bytes().split(b"\n")
    data[3] = data[3].replace(b";", b";pas-un-nombre;", 1)
    bad.write_bytes(b"\n".join(data))
    assert src.exists()
    assert cli.main(["run", "evenements-de-securite-civile"]) == cli.EXIT_FAILED == 1
    line = next(ln for ln in capsys.readouterr().out.splitlines() if "evenements-de-securite-civile" in ln)
    assert "échec" in line and "rapport : " in line
    report = Path(line.rsplit("rapport : ", 1)[1].strip())
    assert report.suffix == ".html" and report.exists()


def test_json_outputs_and_status(env, capsys):
    assert cli.main(["plan", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert {p["jeu"]: p["publier"] for p in plan}["plans-securite-etablissements-detention"] is False

    assert cli.main(["run", "--json"]) == 0
    run = json.loads(capsys.readouterr().out)
    statuses = {r["dataset"]: r["status"] for r in run["jeux"]}
    assert statuses["bottin-des-services-de-police"] == "publié"

    assert cli.main(["etat", "--json"]) == 0
    rows = {r["dataset"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {p["jeu"] for p in plan}  # every dataset of the inventory
    for slug, row in rows.items():  # each published one with its version and next due date
        if row["publishable"]:
            assert row["version"] == "1.0.0" and dt.date.fromisoformat(row["next_due"]), slug
    bottin = rows["bottin-des-services-de-police"]
    assert bottin["version"] == "1.0.0" and bottin["rows"] > 0 and bottin["last_status"] == "publié"
    published = dt.datetime.fromisoformat(bottin["published_at"])
    assert bottin["next_due"] == (published + dt.timedelta(days=365)).date().isoformat()  # annual
    assert bottin["url"].endswith("bottin-des-services-de-police/courant")
    restricted = rows["plans-securite-etablissements-detention"]
    assert restricted["version"] is None and not restricted["publishable"] and restricted["note"]

    assert cli.main(["etat"]) == 0
    text = capsys.readouterr().out
    assert "bottin-des-services-de-police" in text and "1.0.0" in text and bottin["next_due"] in text

    assert cli.main(["validate", "bottin-des-services-de-police", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True


def _subprocess_env(project, tmp_path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}  # no harness, no API URL
    env.update({"DQPUB_INVENTORY": project.inventory, "DQPUB_SCHEMAS_DIR": str(project.schemas_dir),
                "DQPUB_DATASETS_DIR": str(project.datasets_dir), "DQPUB_PORTAL_DIR": str(project.portal_dir),
                "DQPUB_WORK_DIR": str(project.work_dir), "PREFECT_HOME": str(tmp_path / "prefect"),
                "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"})  # a loaded machine
    return env


def test_quiet_run_prints_nothing_when_all_is_well(env, tmp_path):
    out = subprocess.run([sys.executable, "-m", "dqpub.cli", "-q", "run", "bottin-des-services-de-police"],
                         capture_output=True, text=True, cwd=PROJECT_ROOT, env=_subprocess_env(env, tmp_path),
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "" and out.stderr == ""


@pytest.mark.slow
def test_prefect_run_on_a_machine_without_internet_is_quiet(env, tmp_path):
    """`dqpub run --prefect` with no Prefect server configured (a temporary one is started): no
    telemetry traceback nor "Failed to send telemetry" before the run's lines."""
    out = subprocess.run([sys.executable, "-m", "dqpub.cli", "run", "--prefect", "bottin-des-services-de-police",
                          "--approve", "bottin-des-services-de-police"],
                         capture_output=True, text=True, cwd=PROJECT_ROOT, env=_subprocess_env(env, tmp_path),
                         timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    noise = out.stdout + out.stderr
    assert "telemetry" not in noise.lower() and "Traceback" not in noise, noise[-3000:]


def test_a_reader_that_stops_early_is_not_an_error(env):
    """« dqpub plan --json | head -1 »: the pipe closes before the output is written; no traceback."""
    proc = subprocess.Popen([sys.executable, "-m", "dqpub.cli", "plan", "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=PROJECT_ROOT)
    proc.stdout.close()  # the reader is gone before the command writes (its start-up takes ~1 s)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0 and err == "", err
