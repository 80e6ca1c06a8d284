"""Throughput and memory of dqpub.validate against Frictionless v5, on the events' schema.

    python bench/bench_validate.py                       # 1,000,000 rows, both validators
    python bench/bench_validate.py --frictionless-rows 200000   # cap Frictionless, extrapolated (said so)
    python bench/bench_validate.py --rows 5000000 --ours-only  # memory run
    python bench/bench_validate.py --gb 5 --ours-only           # a ~5 GB file

The file (bench/out/, git-ignored) is a realistic normalized export of the events register (UTF-8,
comma, '.' decimals) with a few planted invalid rows (type, constraint, enum, calendar, extra/missing
cells, blank row). Each validator runs in its own subprocess, which reports its own peak RSS
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``). The verdicts are compared on the same file: valid or
not, and the set of (error type, row number, field number).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
COLUMNS = ["code_alea", "alea", "code_municipalite", "municipalite", "precision_localisation",
           "info_compl_localisation", "severite", "date_signalement", "date_debut", "date_debut_imprecise",
           "commentaire_date_debut", "date_fin", "coord_x", "coord_y"]
PUB = {"privacy": {"category": "public"}}
FALLBACK_SCHEMA = {
    "fields": [
        {"name": "code_alea", "type": "integer", "title": "Code de l'aléa",
         "constraints": {"required": True, "minimum": 1, "maximum": 99}, **PUB},
        {"name": "alea", "type": "string", "title": "Aléa", "constraints": {"required": True, "maxLength": 100}, **PUB},
        {"name": "code_municipalite", "type": "string", "constraints": {"pattern": "[0-9]{5}"}, **PUB},
        {"name": "municipalite", "type": "string", **PUB},
        {"name": "precision_localisation", "type": "string",
         "constraints": {"enum": ["Municipalité", "Adresse", "Coordonnées"]}, **PUB},
        {"name": "info_compl_localisation", "type": "string", "privacy": {"category": "free-text"}},
        {"name": "severite", "type": "string", "constraints": {"enum": ["Mineure", "Modérée", "Majeure"]}, **PUB},
        {"name": "date_signalement", "type": "datetime", "constraints": {"required": True}, **PUB},
        {"name": "date_debut", "type": "date", "constraints": {"required": True, "minimum": "1990-01-01"}, **PUB},
        {"name": "date_debut_imprecise", "type": "boolean", **PUB},
        {"name": "commentaire_date_debut", "type": "string", "privacy": {"category": "free-text"}},
        {"name": "date_fin", "type": "date", **PUB},
        {"name": "coord_x", "type": "number", "constraints": {"minimum": -80, "maximum": -57}, **PUB},
        {"name": "coord_y", "type": "number", "constraints": {"minimum": 45, "maximum": 62.6}, **PUB},
    ]
}


def load_schema() -> tuple[dict, str]:
    path = ROOT / "schemas" / "evenements-de-securite-civile.schema.json"
    if not path.is_file():
        return FALLBACK_SCHEMA, "schéma intégré au banc d'essai"
    schema = json.loads(path.read_text(encoding="utf-8"))
    for f in schema.get("fields", []):
        if f.get("type") == "number" and f.get("decimalChar", ".") != ".":
            f["decimalChar"] = "."  # the generated file uses '.'
    names = [f["name"] for f in schema.get("fields", [])]
    if names != COLUMNS:
        return FALLBACK_SCHEMA, f"schéma intégré ({path.name} n'a pas les colonnes attendues)"
    return schema, f"{path.relative_to(ROOT)} (decimalChar « . »)"


# --- data ---------------------------------------------------------------------------------------------

ALEAS = ["Inondation", "Feu de forêt", "Glissement de terrain", "Tempête hivernale", "Érosion côtière"]
INFOS = ["", "", "", "Près du pont, rue Principale", "Secteur nord", "Rang 4 \"chemin du lac\"",
         "Entre les kilomètres 12 et 15\nroute 138"]
COMMENTS = ["", "", "Date approximative", "Signalé le lendemain, date estimée"]


def _csv_cell(v: str) -> str:
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n\r') else v


class RowMaker:
    """Random rows that follow the schema (its enums, formats, boolean values and bounds)."""

    def __init__(self, schema: dict, rnd: random.Random):
        self.rnd = rnd
        self.f = {f["name"]: f for f in schema["fields"]}
        self.munis = [(f"{rnd.randint(1000, 99999):05d}", f"Municipalité {i}") for i in range(1100)]

    def enum(self, name: str, default: list):
        return self.rnd.choice((self.f[name].get("constraints") or {}).get("enum") or default)

    def when(self, name: str, value) -> str:
        fmt = self.f[name].get("format", "default")
        if fmt in ("default", "any", None):
            return value.isoformat(timespec="seconds") if hasattr(value, "hour") else value.isoformat()
        return value.strftime(fmt)

    def bounds(self, name: str, lo: float, hi: float) -> tuple[float, float]:
        c = self.f[name].get("constraints") or {}
        return max(lo, float(c.get("minimum", lo))) + 0.001, min(hi, float(c.get("maximum", hi))) - 0.001

    def row(self) -> str:
        import datetime as dt

        r = self.rnd
        m = r.choice(self.munis)
        start = dt.date(1995, 1, 1) + dt.timedelta(days=r.randint(0, 10_000))
        signal = dt.datetime(start.year, start.month, start.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        b = self.f["date_debut_imprecise"]
        tv, fv = b.get("trueValues", ["true"]), b.get("falseValues", ["false"])
        x0, x1 = self.bounds("coord_x", -79.5, -57.2)
        y0, y1 = self.bounds("coord_y", 45.0, 62.5)
        code = self.enum("code_alea", list(range(1, 9)))
        fin = "" if r.random() < 0.3 else self.when("date_fin", start + dt.timedelta(days=r.randint(0, 20)))
        cells = [str(code), self.enum("alea", ALEAS), m[0], m[1],
                 self.enum("precision_localisation", ["Municipalité", "Adresse", "Coordonnées"]),
                 r.choice(INFOS), self.enum("severite", ["Mineure", "Modérée", "Majeure"]),
                 self.when("date_signalement", signal), self.when("date_debut", start), r.choice(tv + fv),
                 r.choice(COMMENTS), fin, f"{r.uniform(x0, x1):.3f}", f"{r.uniform(y0, y1):.3f}"]
        return ",".join(_csv_cell(c) for c in cells)


PLANTED = [  # (data row index, how to break it)
    (1_234, "code_alea=abc"), (20_000, "coord_y=70.5"), (77_777, "severite=Grave"), (150_001, "date=2024-02-30"),
    (250_000, "code_alea=+8"), (350_000, "coord_x=-81.5"),
    (300_000, "extra"), (450_000, "missing"), (600_000, "blank"), (999_000, "code_municipalite=2302"),
]


def _break(line: str, how: str) -> str:
    import csv
    import io

    if how == "blank":
        return ""
    if how == "extra":
        return line + ",de trop"
    if how == "missing":
        return line.rsplit(",", 2)[0]
    key, value = how.split("=")
    cells = next(csv.reader(io.StringIO(line, newline="")))
    cells[{"code_alea": 0, "code_municipalite": 2, "severite": 6, "date": 8, "coord_x": 12, "coord_y": 13}[key]] = value
    return ",".join(_csv_cell(c) for c in cells)


def generate(path: Path, rows: int, seed: int = 1) -> None:  # noqa: C901
    """Write ``rows`` data rows: a pool of 100,000 random rows repeated (fast), planted errors included."""
    rnd = random.Random(seed)
    maker = RowMaker(load_schema()[0], rnd)
    pool = [maker.row() for _ in range(min(rows, 100_000))]
    planted = {i: how for i, how in PLANTED if i < rows}
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(COLUMNS) + "\n")
        i = 0
        while i < rows:
            n = min(len(pool), rows - i)
            block = pool[:n]
            hits = [k for k in planted if i <= k < i + n]
            if hits:
                block = list(block)
                for k in hits:
                    block[k - i] = _break(block[k - i], planted[k])
            f.write("\n".join(block) + "\n")
            i += n
    os.replace(tmp, path)


def head(path: Path, rows: int, dest: Path) -> None:
    """The header and the first ``rows`` records of ``path`` (records, not lines: quoted newlines)."""
    import csv

    with open(path, encoding="utf-8", newline="") as src, open(dest, "w", encoding="utf-8", newline="") as out:
        reader = csv.reader(src)
        writer = csv.writer(out, lineterminator="\n")
        for k, rec in enumerate(reader):
            if k > rows:
                break
            writer.writerow(rec)


# --- workers (run in subprocesses) --------------------------------------------------------------------

def work_ours(file: Path, schema: dict, block_size: int | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from dqpub.validate import validate

    kw = {"block_size": block_size} if block_size else {}
    t0 = time.perf_counter()
    report = validate(file, schema, dataset="evenements-de-securite-civile", max_examples=1_000_000,
                      out_parquet=OUT / "bench.parquet", **kw)
    elapsed = time.perf_counter() - t0
    return {"elapsed": elapsed, "valid": report.valid, "rows": report.rows, "error_count": report.error_count,
            "errors": sorted([e.code, e.row, e.field_number] for e in report.errors)}


def work_frictionless(file: Path, schema: dict) -> dict:
    from frictionless import Resource

    t0 = time.perf_counter()
    res = Resource.from_descriptor({"name": "evenements", "path": file.name, "schema": schema, "format": "csv",
                                    "encoding": "utf-8", "dialect": {"delimiter": ","}}, basepath=str(file.parent))
    report = res.validate(limit_errors=10_000_000)
    elapsed = time.perf_counter() - t0
    errors = [[e.type, getattr(e, "row_number", None), getattr(e, "field_number", None)]
              for task in report.tasks for e in task.errors]
    rows = report.tasks[0].stats.get("rows") if report.tasks else None
    return {"elapsed": elapsed, "valid": report.valid, "rows": rows, "error_count": len(errors),
            "errors": sorted(errors, key=str)}


def run_worker(kind: str, file: Path, block_size: int | None) -> dict:
    schema, _ = load_schema()
    schema_path = OUT / "bench.schema.json"
    schema_path.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    result = OUT / f"result-{kind}.json"
    cmd = [sys.executable, __file__, "--_worker", kind, "--_file", str(file), "--_schema", str(schema_path),
           "--_result", str(result)]
    if block_size:
        cmd += ["--block-size", str(block_size)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - t0
    data = json.loads(result.read_text(encoding="utf-8"))
    data["wall"] = wall
    return data


def _worker_main(args) -> None:
    schema = json.loads(Path(args._schema).read_text(encoding="utf-8"))
    file = Path(args._file)
    data = work_ours(file, schema, args.block_size) if args._worker == "ours" else work_frictionless(file, schema)
    data["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    Path(args._result).write_text(json.dumps(data), encoding="utf-8")


# --- main ---------------------------------------------------------------------------------------------

def _same(a: dict, b: dict) -> bool:
    key = lambda e: (e[0], e[1] or 0, e[2] or 0)  # noqa: E731
    return a["valid"] == b["valid"] and sorted(map(key, a["errors"])) == sorted(map(key, b["errors"]))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--gb", type=float, default=None, help="size of the file instead of --rows (approximate)")
    p.add_argument("--frictionless-rows", type=int, default=None,
                   help="validate only the first N rows with Frictionless and extrapolate its time (said so)")
    p.add_argument("--ours-only", action="store_true")
    p.add_argument("--block-size", type=int, default=None)
    p.add_argument("--repeat", type=int, default=5,
                   help="runs of dqpub (fresh process each); its median is compared (a run lasts < 1 s, "
                        "so one run is at the mercy of the machine's noise)")
    p.add_argument("--_worker"), p.add_argument("--_file"), p.add_argument("--_schema"), p.add_argument("--_result")
    args = p.parse_args()
    if args._worker:
        _worker_main(args)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    rows = args.rows if args.gb is None else int(args.gb * 1e9 / 147)
    schema, schema_src = load_schema()
    data = OUT / f"evenements-{rows}.csv"
    if not data.exists():
        t0 = time.perf_counter()
        generate(data, rows)
        print(f"fichier généré en {time.perf_counter() - t0:.1f} s")
    mb = data.stat().st_size / 1e6
    print(f"fichier : {data.relative_to(ROOT)} — {rows:,} lignes, {mb:,.0f} Mo ; schéma : {schema_src}")
    print(f"erreurs plantées : {len([k for k, _ in PLANTED if k < rows])}")

    runs = [run_worker("ours", data, args.block_size) for _ in range(max(1, args.repeat))]
    times = sorted(r["elapsed"] for r in runs)
    ours = dict(runs[0], elapsed=statistics.median(times), maxrss_mb=max(r["maxrss_mb"] for r in runs))
    spread = f"  (médiane de {len(times)} : {times[0]:.2f}–{times[-1]:.2f} s)" if len(times) > 1 else ""
    print(f"\ndqpub        : {ours['elapsed']:8.2f} s  {rows / ours['elapsed']:>12,.0f} lignes/s  "
          f"{mb / ours['elapsed']:8.1f} Mo/s  RSS max {ours['maxrss_mb']:7.0f} Mo  "
          f"verdict {'valide' if ours['valid'] else 'invalide'} ({ours['error_count']} erreurs){spread}")
    if any((r["valid"], r["errors"]) != (ours["valid"], ours["errors"]) for r in runs):
        print("verdicts différents d'une exécution à l'autre de dqpub")
        sys.exit(1)
    if args.ours_only:
        return
    fl_rows = min(args.frictionless_rows or rows, rows)
    capped = fl_rows < rows
    fl_file = data
    if capped:
        fl_file = OUT / f"evenements-{rows}-premieres-{fl_rows}.csv"
        head(data, fl_rows, fl_file)
    fl = run_worker("frictionless", fl_file, None)
    fl_mb = fl_file.stat().st_size / 1e6
    fl_time = fl["elapsed"] * (rows / fl_rows)
    note = f" (extrapolé de {fl_rows:,} lignes mesurées en {fl['elapsed']:.1f} s)" if capped else ""
    print(f"frictionless : {fl_time:8.2f} s  {fl_rows / fl['elapsed']:>12,.0f} lignes/s  "
          f"{fl_mb / fl['elapsed']:8.1f} Mo/s  RSS max {fl['maxrss_mb']:7.0f} Mo  "
          f"verdict {'valide' if fl['valid'] else 'invalide'} ({fl['error_count']} erreurs){note}")
    print(f"\nrapport de vitesse : {fl_time / ours['elapsed']:.1f}× plus rapide que Frictionless"
          + (" (temps Frictionless extrapolé)" if capped else "")
          + (f" ; {fl_time / times[-1]:.1f}× avec la plus lente des {len(times)} exécutions" if len(times) > 1 else ""))
    same_file = ours if not capped else run_worker("ours", fl_file, args.block_size)
    same = _same(same_file, fl)
    print(f"verdicts identiques (valide/invalide et ensemble (type, ligne, colonne)) : {'oui' if same else 'NON'}"
          + (f" — comparés sur les {fl_rows:,} premières lignes" if capped else ""))
    if not same:
        a = {tuple(e) for e in same_file["errors"]}
        b = {tuple(e) for e in fl["errors"]}
        print("  dqpub seulement :", sorted(a - b, key=str)[:10])
        print("  frictionless seulement :", sorted(b - a, key=str)[:10])
        sys.exit(1)


if __name__ == "__main__":
    main()
