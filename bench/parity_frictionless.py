"""Parity harness (issue 24): dqpub and Frictionless v5 on Frictionless' own fixtures.

    python bench/parity_frictionless.py DIR [--mode detect|forced|both] [--only SUBSTRING] [--quiet]

DIR is a checkout of frictionless-py's ``data/`` folder (not copied into the project). For every CSV
under DIR the harness builds (CSV, schema) pairs:

* ``shipped``: a schema file beside the table (``*.schema.json``, ``*.schema.yaml``, ``schema*.json``,
  ``schema.yaml``) whose field names are exactly the table's header as Frictionless reads it, plus
  ``<stem>.schema.json`` / ``<stem>.schema.yaml`` for the table ``<stem>.csv``;
* ``inferred``: the schema Frictionless infers for the table (``Resource.infer``, what ``describe`` does),
  in the same mode (in ``forced`` mode, the one inferred in ``detect`` mode when UTF-8 cannot be read).

Schemas Frictionless refuses (``schema-invalid*.json``: fixtures of its own metadata tests) are not paired.

Each pair runs in two modes: ``detect`` (each tool detects the encoding and the dialect) and ``forced``
(both read UTF-8 with ``,``). dqpub runs as the pipeline does: ``dqpub.table.normalize`` then
``dqpub.validate.validate``. Frictionless runs ``Resource(...).validate()``. Compared: the set of
(error type, row number, field number). Verdicts:

* ``MATCH``   same set of errors;
* ``DIFF``    different sets: the cells found by one tool only are printed;
* ``REFUSED`` dqpub refuses the source (``SourceError`` at normalization, or a ``source-error`` /
  ``encoding-error`` in its report): the reason is printed with what Frictionless says;
* ``ERROR``   an exception in the harness or in either tool (its type is printed); never a crash.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import traceback
import warnings
from collections import Counter
from pathlib import Path

warnings.filterwarnings("ignore")

REFUSAL_CODES = {"source-error", "encoding-error", "scheme-error", "format-error"}


def _load_schema(path: Path) -> dict | None:
    try:
        if path.suffix in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        else:
            data = json.loads(path.read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - a broken schema fixture (invalid-schema.json…) is simply not paired
        return None
    if not isinstance(data, dict) or not isinstance(data.get("fields"), list) or not data["fields"]:
        return None
    if not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in data["fields"]):
        return None
    from frictionless import Schema

    try:  # a schema Frictionless itself refuses (schema-invalid.json…) is a fixture of its own tests, not a pair
        if not Schema.validate_descriptor(data).valid:
            return None
    except Exception:  # noqa: BLE001
        return None
    return data


def _schema_files(folder: Path) -> list[Path]:
    out = set(folder.glob("*.schema.json")) | set(folder.glob("*.schema.yaml")) | set(folder.glob("schema*.json"))
    out |= set(folder.glob("schema.yaml"))
    return sorted(out)


def _resource_descriptor(csv_path: Path, mode: str, schema: dict | None = None) -> dict:
    descriptor: dict = {"name": "pair", "path": csv_path.name, "format": "csv"}
    if mode == "forced":
        descriptor["encoding"] = "utf-8"
        descriptor["dialect"] = {"delimiter": ","}
    if schema is not None:
        descriptor["schema"] = schema
        if "2.0" in str(schema.get("$schema", "")):
            descriptor["$schema"] = "https://datapackage.org/profiles/2.0/dataresource.json"
    return descriptor


def _frictionless_header(csv_path: Path, mode: str) -> list[str] | None:
    from frictionless import Resource

    try:
        resource = Resource.from_descriptor(_resource_descriptor(csv_path, mode), basepath=str(csv_path.parent))
        with resource:
            return list(resource.labels or [])
    except Exception:  # noqa: BLE001
        return None


def _inferred_schema(csv_path: Path, mode: str) -> dict:
    from frictionless import Resource

    resource = Resource.from_descriptor(_resource_descriptor(csv_path, mode), basepath=str(csv_path.parent))
    resource.infer()
    return resource.schema.to_descriptor()


def pairs_for(csv_path: Path, mode: str) -> list[tuple[str, str, dict | None]]:
    """(kind, schema name, schema or None when inference failed) for one table in one mode."""
    out: list[tuple[str, str, dict | None]] = []
    header = _frictionless_header(csv_path, mode)
    for sp in _schema_files(csv_path.parent):
        schema = _load_schema(sp)
        if schema is None:
            continue
        own = sp.name.split(".schema.")[0] == csv_path.stem
        names = [f["name"] for f in schema["fields"]]
        if own or (header is not None and names == header):
            out.append(("shipped", sp.name, schema))
    try:
        out.append(("inferred", "describe", _inferred_schema(csv_path, mode)))
    except Exception as exc:  # noqa: BLE001
        try:  # forced UTF-8 on a latin-1 file: the table's schema is still the one read in detect mode
            out.append(("inferred", "describe (détecté)", _inferred_schema(csv_path, "detect")))
        except Exception:  # noqa: BLE001
            out.append(("inferred", f"describe ({type(exc).__name__})", None))
    return out


def frictionless_errors(csv_path: Path, schema: dict, mode: str) -> set[tuple]:
    from frictionless import Resource

    resource = Resource.from_descriptor(_resource_descriptor(csv_path, mode, schema), basepath=str(csv_path.parent))
    report = resource.validate(limit_errors=100_000)
    return {(e.type, getattr(e, "row_number", None), getattr(e, "field_number", None))
            for task in report.tasks for e in task.errors} | {(e.type, None, None) for e in report.errors}


def dqpub_errors(csv_path: Path, schema: dict, mode: str, scratch: Path) -> tuple[set[tuple] | None, str]:
    """(errors, "") or (None, refusal reason)."""
    from dqpub.core.errors import SourceError
    from dqpub.table import Dialect, normalize
    from dqpub.validate import validate

    dialect = Dialect(encoding="utf-8", delimiter=",") if mode == "forced" else Dialect()
    out = scratch / "table.csv"
    try:
        table = normalize(csv_path, "csv", dialect, out, dataset="parite")
    except SourceError as exc:
        return None, str(exc)
    report = validate(table, schema, dataset="parite", max_examples=100_000)
    errors = {(e.code, e.row, e.field_number) for e in report.errors}
    refusals = sorted(code for code, _, _ in errors if code in REFUSAL_CODES)
    if refusals:
        return None, "rapport : " + ", ".join(refusals)
    return errors, ""


def _fmt(cells: set[tuple], limit: int = 8) -> str:
    ordered = sorted(cells, key=lambda c: (c[1] or 0, c[2] or 0, c[0]))
    text = " ".join(f"{t}@r{r}f{f}" for t, r, f in ordered[:limit])
    return text + (f" …(+{len(ordered) - limit})" if len(ordered) > limit else "")


def run(root: Path, modes: list[str], only: str | None, quiet: bool) -> Counter:
    totals: Counter = Counter()
    csvs = sorted(p for p in root.rglob("*.csv") if p.is_file())
    if only:
        csvs = [p for p in csvs if only in str(p.relative_to(root))]
    with tempfile.TemporaryDirectory(prefix="parite-") as tmp:
        scratch = Path(tmp)
        for mode in modes:
            for csv_path in csvs:
                rel = csv_path.relative_to(root)
                try:
                    pairs = pairs_for(csv_path, mode)
                except Exception as exc:  # noqa: BLE001
                    pairs = [("?", f"pairing ({type(exc).__name__})", None)]
                for kind, schema_name, schema in pairs:
                    label = f"[{mode}] {rel} × {schema_name}"
                    try:
                        if schema is None:
                            verdict, detail = "ERROR", "pas de schéma"
                        else:
                            verdict, detail = _compare(csv_path, schema, mode, scratch)
                    except Exception as exc:  # noqa: BLE001
                        verdict = "ERROR"
                        detail = f"{type(exc).__name__}"
                        if not quiet:
                            detail += " " + traceback.format_exception_only(type(exc), exc)[-1].strip()[:160]
                    totals[(mode, verdict)] += 1
                    totals[("all", verdict)] += 1
                    if not quiet or verdict != "MATCH":
                        print(f"{verdict:8} {label}" + (f"\n         {detail}" if detail else ""))
    return totals


def _compare(csv_path: Path, schema: dict, mode: str, scratch: Path) -> tuple[str, str]:
    try:
        theirs = frictionless_errors(csv_path, schema, mode)
    except Exception as exc:  # noqa: BLE001
        return "ERROR", f"frictionless: {type(exc).__name__}"
    ours, refusal = dqpub_errors(csv_path, schema, mode, scratch)
    if ours is None:
        said = _fmt(theirs, 4) if theirs else "valide"
        return "REFUSED", f"dqpub: {refusal[:140]} | frictionless: {said}"
    if ours == theirs:
        return "MATCH", ""
    parts = []
    if ours - theirs:
        parts.append("dqpub seul: " + _fmt(ours - theirs))
    if theirs - ours:
        parts.append("frictionless seul: " + _fmt(theirs - ours))
    return "DIFF", " | ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path, help="frictionless-py's data/ folder")
    ap.add_argument("--mode", choices=["detect", "forced", "both"], default="both")
    ap.add_argument("--only", help="only the tables whose relative path contains this")
    ap.add_argument("--quiet", action="store_true", help="print only what is not MATCH")
    args = ap.parse_args(argv)
    if not args.dir.is_dir():
        print(f"dossier introuvable : {args.dir}", file=sys.stderr)
        return 2
    modes = ["detect", "forced"] if args.mode == "both" else [args.mode]
    totals = run(args.dir, modes, args.only, args.quiet)
    print("\nTotaux")
    for mode in modes + ["all"]:
        n = sum(v for (m, _), v in totals.items() if m == mode)
        row = "  ".join(f"{v} {totals[(mode, v)]}" for v in ("MATCH", "DIFF", "REFUSED", "ERROR"))
        print(f"  {mode:7} {n:4} paires  {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
