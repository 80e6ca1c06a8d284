"""Issue 12, item 5: a value is shown in a message or a report only when it is clean. Planted values
that a malformed export puts into a public column (an unbalanced quote swallowing the next row, an
identifier typed into the wrong column) reach no output: terminal, the three report formats, the
private error trace, Prefect artifacts, logs."""

from __future__ import annotations

import csv
import io

import pytest

from dqpub.pipeline import run_inventory
from dqpub.core.schema import MASK
from dqpub.validate import validate
from publishers.local import LocalPortal
from tests.conftest import assert_no_planted, read_all_text

EVENTS = "evenements-de-securite-civile"
NAS = "046 454 286"
NAME, EMAIL, PHONE, POSTAL = "Gaétan Bergeron", "gaetan.bergeron@videotron.ca", "418-555-1234", "G1R 2K5"
PLANTED = [NAS, NAS.replace(" ", ""), NAME, "Bergeron", EMAIL, "videotron", PHONE, "555-1234", POSTAL]


def _events(settings):
    path = settings.datasets_dir / EVENTS / "source/evenements.csv"
    return path, list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252")), delimiter=";"))


def _write(path, records, extra_line: tuple[int, str] | None = None) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(records)
    lines = out.getvalue().split("\r\n")
    if extra_line:
        lines.insert(*extra_line)
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def plant_unbalanced_quote(settings) -> None:
    """A hand-edited export: a row starting with ``"unterminated,`` (quote never closed), then a row
    whose free text holds a NAS, a name, an e-mail and a phone. The parser reads the rest of the file
    as one cell of the first column, ``code_alea``, which is public."""
    path, records = _events(settings)
    h = records[0]
    row = records[6]
    for col, value in (("code_alea", "8"), ("alea", "Inondation"), ("code_municipalite", "81017"),
                       ("municipalite", "Gatineau"), ("precision_localisation", "Adresse"),
                       ("info_compl_localisation", f"NAS {NAS}, {NAME} {PHONE} {EMAIL}")):
        row[h.index(col)] = value
    _write(path, records, (6, '"unterminated,'))


def plant_identifiers_in_public_columns(settings) -> None:
    """Identifiers typed into public columns, each breaking the column's type or rule (so the report
    would quote them), next to a clean wrong value that must still be shown."""
    path, records = _events(settings)
    h = records[0]
    for r, col, value in ((2, "code_alea", PHONE), (3, "alea", NAME), (4, "severite", EMAIL),
                          (5, "code_municipalite", POSTAL), (6, "date_debut", f"NAS {NAS}"),
                          (7, "severite", "Grave")):
        records[r][h.index(col)] = value
    _write(path, records)


def assert_clean(text: str, where: str) -> None:
    assert_no_planted(text, PLANTED, where)


@pytest.mark.parametrize("plant", [plant_unbalanced_quote, plant_identifiers_in_public_columns])
def test_refused_export_leaves_no_planted_value_in_the_terminal_reports_or_trace(project, cli_in_process, plant):
    plant(project)
    run = cli_in_process("-vv", "run", EVENTS)
    assert run.returncode == 1, run.stdout + run.stderr
    assert_clean(run.stdout + run.stderr + run.logs, "la sortie et les journaux de « dqpub run -vv »")
    assert "échec" in run.stdout and MASK in run.stdout
    shown = cli_in_process("-vv", "validate", EVENTS)
    assert shown.returncode == 1 and MASK in shown.stdout
    assert_clean(shown.stdout + shown.stderr + shown.logs, "« dqpub validate -vv »")
    reports = sorted((project.work_dir / "rapports").rglob("validation.*"))
    assert {p.suffix for p in reports} == {".md", ".json", ".html"}
    for p in reports:
        assert_clean(p.read_text(encoding="utf-8"), p.name)
    html = next(p for p in reports if p.suffix == ".html").read_text(encoding="utf-8")
    assert "<title>Erreurs par colonne</title>" in html and "<title>Erreurs par type</title>" in html  # charts
    traces = list((project.portal_dir / ".prive").rglob("erreur-*.txt"))
    assert traces and MASK in traces[0].read_text(encoding="utf-8")
    assert_clean(read_all_text(project.portal_dir), "le portail (dossier privé compris)")
    assert not (project.portal_dir / EVENTS / "courant").exists()


def test_clean_wrong_values_are_still_shown(project):
    plant_identifiers_in_public_columns(project)
    res = run_inventory(project, LocalPortal(project.portal_dir), [EVENTS]).results[0]
    md = open(res.reports["md"], encoding="utf-8").read()
    assert "« Grave » n'est pas dans la liste des valeurs permises" in md  # clean: quoted
    assert md.count(MASK) >= 5  # the five planted cells: masked
    assert_clean(md, "validation.md")


def test_under_prefect_no_planted_value_in_artifacts_or_logs(prefect_harness, project_env, all_logs):
    from flows.publication import publish_inventory
    from tests.test_flows import artifacts

    source = project_env.datasets_dir / EVENTS / "source/evenements.csv"
    original = source.read_bytes()
    plant_unbalanced_quote(project_env)
    state = publish_inventory(datasets=[EVENTS], require_approval=False, return_state=True)
    assert state.is_failed()
    arts = artifacts()
    assert MASK in arts[f"jeu-{EVENTS}"]
    assert_clean("\n".join(arts.values()), "les artefacts Prefect")
    assert_clean(all_logs.text + "\n".join(r.getMessage() for r in all_logs.records), "les journaux")
    assert_clean(str(state.message), "l'état du flux")
    source.write_bytes(original)
    plant_identifiers_in_public_columns(project_env)
    state = publish_inventory(datasets=[EVENTS], require_approval=False, return_state=True)
    assert state.is_failed()
    assert_clean("\n".join(artifacts().values()), "les artefacts Prefect")
    assert_clean(all_logs.text + "\n".join(r.getMessage() for r in all_logs.records), "les journaux")


def test_a_swallowed_row_is_never_quoted_even_when_it_looks_clean(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('n,ville\n"12,Lévis\n13,Québec\n', encoding="utf-8")
    schema = {"fields": [{"name": "n", "type": "integer", "privacy": {"category": "public"}},
                         {"name": "ville", "type": "string", "privacy": {"category": "public"}}]}
    report = validate(path, schema, dataset="t")
    assert not report.valid
    assert all("Lévis" not in e.message and "Québec" not in e.message for e in report.errors)
    assert report.errors[0].cell == MASK


def test_a_header_label_is_checked_like_a_value(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(f"n,{EMAIL}\n1,a\n", encoding="utf-8")
    schema = {"fields": [{"name": "n", "type": "integer", "privacy": {"category": "public"}},
                         {"name": "ville", "type": "string", "privacy": {"category": "public"}}]}
    report = validate(path, schema, dataset="t")
    text = report.to_json() + report.to_markdown() + report.to_html() + report.summary_fr()
    assert EMAIL not in text and MASK in text
    assert "n" in report.header


def test_capitalized_values_wait_for_the_name_detectors_outside_the_report(tmp_path):
    """A value with a capital letter is quoted only after the name detectors, run at the first
    render; until then the report object (what a task returns, pickles or logs) holds no value."""
    import pickle

    path = tmp_path / "t.csv"
    path.write_text(f"n,etat\n1,{NAME}\n2,Grave\n3,abc\n", encoding="utf-8")
    schema = {"fields": [{"name": "n", "type": "integer", "privacy": {"category": "public"}},
                         {"name": "etat", "type": "string", "constraints": {"enum": ["Mineure", "Majeure"]},
                          "privacy": {"category": "public"}}]}
    report = validate(path, schema, dataset="t")
    assert [e.cell for e in report.errors] == [MASK, MASK, "abc"]
    assert "Bergeron" not in pickle.dumps(report).decode("utf-8", errors="replace")
    assert "Grave" not in pickle.dumps(report).decode("utf-8", errors="replace")
    md = report.to_markdown()
    assert "« Grave » n'est pas dans la liste" in md and "« abc »" in md
    assert "Bergeron" not in md + report.to_json() + report.to_html()
    assert [e.cell for e in report.errors] == [MASK, "Grave", "abc"]
