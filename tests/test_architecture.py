"""The layers of docs/architecture.md, read from the code itself.

Every ``import`` of the project's modules (at the top of a file or inside a function: a lazy import
is still a dependency) is read with ``ast``. A module may import its own layer or a lower one, never
a higher one, and the import graph has no cycle, so each module can be read and tested with only
what it stands on.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("dqpub", "publishers", "flows")


def layer(module: str) -> int:
    """0 core · 1 steps and targets · 2 pipeline · 3 jobs on the pipeline · 4 flows and CLI."""
    if module == "dqpub.core" or module.startswith("dqpub.core."):
        return 0
    if module in ("dqpub.pipeline", "dqpub.steps"):
        return 2
    if module.startswith("dqpub.reevaluate"):
        return 3
    if module.startswith("flows") or module.startswith("dqpub.cli"):
        return 4
    return 1  # the steps (dqpub.*) and the targets (publishers.*)


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imports(path: Path, known: set[str]) -> set[str]:
    """The project modules ``path`` imports (``from dqpub import x`` counts as ``dqpub.x``)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
        for name in names:
            while name and name not in known:  # dqpub.core.errors.SourceError → dqpub.core.errors
                name = name.rpartition(".")[0]
            if name and name not in PACKAGES:
                out.add(name)
    return out


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports(path, set(mods)) - {name} for name, path in mods.items()}


def test_no_module_imports_a_higher_layer():
    upward = sorted(
        f"{mod} (couche {layer(mod)}) importe {dep} (couche {layer(dep)})"
        for mod, deps in graph().items()
        for dep in deps
        if layer(dep) > layer(mod)
    )
    assert not upward, "\n".join(upward)


def test_targets_import_only_the_core():
    stray = sorted(
        f"{mod} importe {dep}"
        for mod, deps in graph().items()
        if mod.startswith("publishers")
        for dep in deps
        if not (dep.startswith("dqpub.core") or dep.startswith("publishers"))
    )
    assert not stray, "\n".join(stray)


def test_the_core_imports_nothing_else_of_the_project():
    stray = sorted(f"{mod} importe {dep}" for mod, deps in graph().items()
                   if layer(mod) == 0 for dep in deps if layer(dep) != 0)
    assert not stray, "\n".join(stray)


def test_no_import_cycle():
    edges = graph()
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(edges.get(node, ())):
            if state.get(dep) == 1:
                cycles.append(" → ".join(path[path.index(dep):] + [dep]))
            elif dep not in state:
                visit(dep, path + [dep])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert not cycles, "\n".join(cycles)


# Inside layer 1, packages are ordered too (docs/architecture.md): a step's package imports only its own
# modules and the packages of a lower rank. Validation's report masks values with the detectors, so the
# detectors stand below it; the release stands on what privacy hands over.
LAYER1_RANK = {
    "dqpub.source": 0, "dqpub.table": 0, "dqpub.infer": 0, "publishers.ckan": 0,
    "dqpub.privacy": 1, "publishers.local": 1,
    "dqpub.validate": 2, "publishers": 2,
    "dqpub.inventory": 3, "dqpub.release": 3,
    "dqpub.status": 4, "dqpub.describe": 4, "dqpub": 0,  # dqpub/__init__: the version string
}


def package(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def test_layer_one_packages_import_only_lower_ranks():
    unknown = sorted({package(m) for m in graph() if layer(m) == 1} - set(LAYER1_RANK))
    assert not unknown, f"paquets de la couche 1 sans rang : {unknown}"
    upward = sorted(
        f"{mod} (rang {LAYER1_RANK[package(mod)]}) importe {dep} (rang {LAYER1_RANK[package(dep)]})"
        for mod, deps in graph().items() if layer(mod) == 1
        for dep in deps if layer(dep) == 1 and package(dep) != package(mod)
        and LAYER1_RANK[package(dep)] >= LAYER1_RANK[package(mod)]
    )
    assert not upward, "\n".join(upward)


def test_the_checker_sees_an_upward_import(tmp_path):
    """The rule is not vacuous: a core module importing the pipeline is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from dqpub.pipeline import run_dataset\n", encoding="utf-8")
    deps = imports(bad, set(modules()))
    assert deps == {"dqpub.pipeline"} and layer("dqpub.pipeline") > layer("dqpub.core.errors")


# --- sizes: a module or a function a newcomer can hold in mind ------------------------------------

MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60


# The reasons a function may be longer than MAX_FUNCTION_LINES, said on its def line: a short list, so that
# « ~100 lines: the files… » is not a reason (split it), while one state machine split apart would carry its
# state through every call.
LONG_FUNCTION_REASONS = ("declarative list", "branch per", "one state", "state machine",
                         "page as the reader sees it", "block stream", "ways of failing")


def _long_functions(path: Path) -> list[str]:
    """Functions over the limit whose def line does not give one of LONG_FUNCTION_REASONS."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            reason = lines[node.lineno - 1].partition("#")[2]
            if length > MAX_FUNCTION_LINES and not any(r in reason for r in LONG_FUNCTION_REASONS):
                out.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lignes)")
    return out


def test_functions_stay_short_or_say_why():
    long = [f for path in modules().values() for f in _long_functions(path)]
    assert not long, "\n".join(long)


def test_modules_stay_under_the_size_a_newcomer_reads():
    big = sorted(f"{path.relative_to(ROOT)} ({n} lignes)" for path in modules().values()
                 if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES)
    assert not big, "\n".join(big)


# --- the step table ---------------------------------------------------------------------------------


def test_the_pipeline_calls_every_step_of_the_table_directly():
    """Each step is called by the pipeline with its function named in the code (no string to resolve):
    ``run.step(steps.X, function, …)`` or ``call(steps.X, function, …)``."""
    from dqpub import steps

    source = (ROOT / "dqpub" / "pipeline.py").read_text(encoding="utf-8")
    called = {node.args[0].attr for node in ast.walk(ast.parse(source))
              if isinstance(node, ast.Call) and len(node.args) >= 2 and isinstance(node.args[0], ast.Attribute)
              and isinstance(node.args[0].value, ast.Name) and node.args[0].value.id == "steps"
              and not isinstance(node.args[1], ast.Constant)}
    names = {name for name in dir(steps) if isinstance(getattr(steps, name), steps.Step)}
    assert names - called == set(), f"étapes que le pipeline n'appelle pas : {sorted(names - called)}"


# --- what a steward reads: every command in the README, every deployment in docs/exploitation.md ---------------------------


def test_every_cli_command_and_deployment_is_documented():
    import yaml

    from dqpub.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    operations = (ROOT / "docs" / "exploitation.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices  # argparse keeps them here
    missing = [f"dqpub {name}" for name in commands if f"dqpub {name}" not in readme]
    deployments = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]
    missing += [f"déploiement {d['name']}" for d in deployments if d["name"] not in operations]
    assert not missing, "absents du README (commandes) ou de docs/exploitation.md (déploiements) : " + ", ".join(missing)


def test_the_readme_stays_a_steward_s_page_and_its_links_exist():
    """README.md: the two commands and the steward's tasks (~300 lines); the rest lives in docs/."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 400
    assert "scripts/demo" in readme and "scripts/test" in readme
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        assert (ROOT / target).exists(), target
