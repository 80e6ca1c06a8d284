"""Messages speak today's configuration: every dataset.yaml key named in a French message of the table
and validation steps is a key the typed configuration (dqpub/core/config.py) accepts."""

import ast
import re
import typing
from dataclasses import fields, is_dataclass
from pathlib import Path

from dqpub.core.config import DatasetConfig, _section

ROOT = Path(__file__).resolve().parents[1]
_SECTIONS = {f.metadata["key"] for f in fields(DatasetConfig) if "key" in f.metadata}
_DOTTED = re.compile(r"\b(" + "|".join(sorted(_SECTIONS)) + r")\.([a-z_]+)")
_QUOTED = re.compile(r"« ([a-z_]+)(?::[^»]*)? »")


def _accepted(cls=DatasetConfig, prefix: str = "") -> set[str]:
    """Every key, dotted from the top (``source.encodage``), and every key alone."""
    out: set[str] = set()
    hints = typing.get_type_hints(cls)
    for f in fields(cls):
        if "key" not in f.metadata:
            continue
        key = prefix + f.metadata["key"]
        out |= {key, f.metadata["key"]}
        sub = _section(hints[f.name])
        if sub is not None and is_dataclass(sub):
            out |= _accepted(sub, key + ".")
    return out


def _strings(path: Path) -> list[str]:
    """String constants of a module (docstrings aside), f-strings' literal parts joined to the rest of their string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr)}  # prose for developers, not messages
    out = []
    for node in ast.walk(tree):
        if id(node) in docstrings:
            continue
        if isinstance(node, ast.JoinedStr):
            out.append("".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
                               for v in node.values))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node.value)
    return out


def _named_keys() -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for path in sorted((ROOT / "dqpub" / "table").glob("*.py")) + sorted((ROOT / "dqpub" / "validate").glob("*.py")):
        where = str(path.relative_to(ROOT))
        for s in _strings(path):
            keys = {f"{a}.{b}" for a, b in _DOTTED.findall(s)}
            if "dataset.yaml" in s:
                keys |= set(_QUOTED.findall(s))
            if keys:
                named.setdefault(where, set()).update(keys)
    return named


def test_keys_named_in_messages_exist_in_the_configuration() -> None:
    accepted = _accepted()
    named = _named_keys()
    assert any("source.encodage" in keys for keys in named.values())  # the collector finds them
    wrong = {where: sorted(keys - accepted) for where, keys in named.items() if keys - accepted}
    assert not wrong, f"keys dataset.yaml does not accept: {wrong}"


def test_the_collector_catches_a_stale_key() -> None:
    assert "encoding" not in _accepted() and "source.encoding" not in _accepted()
    assert _QUOTED.findall("déclarez le bon « encoding » dans dataset.yaml") == ["encoding"]
