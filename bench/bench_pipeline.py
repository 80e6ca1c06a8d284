"""The whole pipeline as a user times it: ``dqpub run`` and ``dqpub validate`` against the Arrow floor
and ``frictionless validate``, on the same generated events file, in the same run.

    python bench/bench_pipeline.py --rows 1000000                 # UTF-8 / comma source, 3 runs each
    python bench/bench_pipeline.py --rows 1000000 --dialect cp1252  # the sample's own export dialect
    python bench/bench_pipeline.py --rows 5000000 --free-text --no-frictionless --runs 1   # memory
    python bench/bench_pipeline.py --rows 1000000 --profile        # + cProfile of the first publication
    python bench/bench_pipeline.py --dialect crlf --validate-only --before bench/out/avant   # validate only,
        # and the same command with the code of another checkout (PYTHONPATH) in the same run

The file (bench/out/, git-ignored) follows ``schemas/evenements-de-securite-civile.schema.json``: its
enums, formats, booleans and bounds; the two free-text columns are empty unless ``--free-text``
(then French comments, some with planted personal values the anonymization must remove). Two
dialects: ``utf8`` (UTF-8, comma, '.' decimals, '\\n'), ``crlf`` (the same with '\\r\\n'), ``bom`` (Excel's
« CSV UTF-8 »: a BOM, comma, '\\r\\n') and ``cp1252`` (the sample's: Windows-1252, semicolon, decimal
comma, '\\r\\n'). A temporary project (inventory, dataset.yaml, schema, local
portal) is set up under bench/out/, and every command runs in a FRESH process (``.venv/bin/dqpub``,
start-up included): the first publication (new portal each run), ``run --force`` on identical content
(a release with nothing new: the content fingerprint stops it before upload), ``validate``. Each
figure is the median of ``--runs`` runs; peak RSS is the child's own (``os.wait4`` rusage).

The floor is one fresh Python process doing ``pyarrow.csv.read_csv`` + ``write_csv`` +
``parquet.write_table`` on the same file (with the source's dialect); ``frictionless validate FILE
--schema …`` runs once (it takes tens of seconds), same file and schema.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
SLUG = "evenements-de-securite-civile"
BIN = Path(sys.executable).parent

FREE_TEXT = [
    "Près du pont de la rivière {r}", "Secteur nord, rang {n}", "Route {n} fermée entre les km {n} et {m}",
    "Chemin d'accès au parc municipal fermé", "Arbres tombés sur la voie publique",
    "Signalé par Mme {p} {f}", "Appel de M. {p} {f} au {tel}", "Rue {r}, « secteur du quai »",
    "Estimation du Centre des opérations gouvernementales", "Débordement du ruisseau {r}; pompage en cours",
    "Citoyen joint au {tel}, niveau d'eau à {n} cm", "Écrire à {mail} pour le suivi",
    "Glace accumulée sous le pont, \"surveillance\" continue", "Début estimé d'après les photos reçues",
    "Évacuation préventive de {n} résidences\nretour prévu demain",
]
RIVERS = ["Chaudière", "Richelieu", "du Nord", "Saint-Charles", "Yamaska", "Bécancour", "des Outaouais"]
FIRST = ["Léa", "Jean", "Marie", "Luc", "Sophie", "Pierre", "Nathalie", "François"]
LAST = ["Bergeron", "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin"]


def load_schema(decimal: str) -> dict:
    schema = json.loads((ROOT / "schemas" / f"{SLUG}.schema.json").read_text(encoding="utf-8"))
    for f in schema["fields"]:
        if f.get("type") == "number":
            f["decimalChar"] = decimal
    return schema


def _free_text(r: random.Random) -> str:
    t = r.choice(FREE_TEXT)
    return t.format(r=r.choice(RIVERS), n=r.randint(1, 400), m=r.randint(401, 900), p=r.choice(FIRST),
                    f=r.choice(LAST), tel=f"418 {r.randint(200, 999)}-{r.randint(1000, 9999)}",
                    mail=f"{r.choice(FIRST).lower()}.{r.choice(LAST).lower()}@exemple.ca")


def rows_pool(schema: dict, n: int, free_text: bool, seed: int = 1) -> list[list[str]]:
    """``n`` random valid rows (cells as text, '.' decimals)."""
    r = random.Random(seed)
    f = {x["name"]: x for x in schema["fields"]}

    def enum(name):
        return r.choice(f[name]["constraints"]["enum"])

    b = f["date_debut_imprecise"]
    bools = b.get("trueValues", ["true"]) + b.get("falseValues", ["false"])
    cx, cy = f["coord_x"]["constraints"], f["coord_y"]["constraints"]
    munis = [(f"{r.randint(1000, 99999):05d}", f"Municipalité {i}") for i in range(1100)]
    fmt_sig = f["date_signalement"].get("format", "%Y-%m-%dT%H:%M:%S")
    out = []
    for _ in range(n):
        m = r.choice(munis)
        start = dt.date(1995, 1, 1) + dt.timedelta(days=r.randint(0, 10_000))
        sig = dt.datetime(start.year, start.month, start.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        fin = "" if r.random() < 0.3 else (start + dt.timedelta(days=r.randint(0, 20))).isoformat()
        info = _free_text(r) if free_text and r.random() < 0.6 else ""
        comment = _free_text(r) if free_text and r.random() < 0.3 else ""
        out.append([str(enum("code_alea")), enum("alea"), m[0], m[1], enum("precision_localisation"), info,
                    enum("severite"), sig.strftime(fmt_sig), start.isoformat(), r.choice(bools), comment, fin,
                    f"{r.uniform(cx['minimum'] + 0.01, cx['maximum'] - 0.01):.5f}",
                    f"{r.uniform(cy['minimum'] + 0.01, cy['maximum'] - 0.01):.5f}"])
    return out


DIALECTS = {"utf8": (",", "\n", "utf-8"), "crlf": (",", "\r\n", "utf-8"), "bom": (",", "\r\n", "utf-8"),
            "cp1252": (";", "\r\n", "cp1252")}


def generate(path: Path, rows: int, free_text: bool, dialect: str) -> None:
    """A pool of up to 100,000 random rows written again and again (fast) in the chosen dialect."""
    if path.is_file():
        return
    schema = load_schema(".")
    names = [f["name"] for f in schema["fields"]]
    pool = rows_pool(schema, min(rows, 100_000), free_text)
    if dialect == "cp1252":
        for row in pool:
            row[12], row[13] = row[12].replace(".", ","), row[13].replace(".", ",")
    delim, term, enc = DIALECTS[dialect]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=term)
    w.writerows(pool)
    block = buf.getvalue().encode(enc)
    head = (b"\xef\xbb\xbf" if dialect == "bom" else b"") + (delim.join(names) + term).encode(enc)
    lines_per_block = len(pool)
    tmp = path.with_suffix(".tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(tmp, "wb") as out:
        out.write(head)
        done = 0
        while done + lines_per_block <= rows:
            out.write(block)
            done += lines_per_block
        if done < rows:
            buf = io.StringIO()
            csv.writer(buf, delimiter=delim, lineterminator=term).writerows(pool[: rows - done])
            out.write(buf.getvalue().encode(enc))
    os.replace(tmp, path)


def setup_project(base: Path, source: Path, dialect: str, *, slug: str = SLUG,
                  target: str = "local") -> dict[str, str]:
    """A one-dataset project (inventory + dataset.yaml + schema of the events register) whose dataset is
    ``slug``, and the environment that points at it and at ``target``."""
    if base.exists():
        shutil.rmtree(base)
    ds = base / "datasets" / slug
    (ds / "source").mkdir(parents=True)
    (base / "schemas").mkdir()
    shutil.copy(ROOT / "schemas" / "inventory.schema.json", base / "schemas")
    os.symlink(source, ds / "source" / "evenements.csv")
    delim, _, enc = DIALECTS[dialect]
    dec = "," if dialect == "cp1252" else "."
    (ds / "dataset.yaml").write_text(
        f"source:\n  encodage: {enc}\n  separateur: '{delim}'\nmetadata:\n  champ_temporel: date_debut\n",
        encoding="utf-8")
    (base / "schemas" / f"{SLUG}.schema.json").write_text(json.dumps(load_schema(dec), ensure_ascii=False),
                                                         encoding="utf-8")
    with open(ROOT / "datasets" / "inventaire.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    row = next(r for r in rows if r["identifiant"] == SLUG)
    row.update(identifiant=slug, source_emplacement=f"{slug}/source/evenements.csv")
    with open(base / "datasets" / "inventaire.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(row), lineterminator="\n")
        w.writeheader()
        w.writerow(row)
    env = dict(os.environ)
    env.update(DQPUB_INVENTORY=str(base / "datasets" / "inventaire.csv"), DQPUB_DATASETS_DIR=str(base / "datasets"),
               DQPUB_SCHEMAS_DIR=str(base / "schemas"), DQPUB_WORK_DIR=str(base / "work"),
               DQPUB_PORTAL_DIR=str(base / "portail"), DQPUB_TARGET=target, DQPUB_PSEUDONYM_KEY="banc-essai",
               PYTHONPATH=str(ROOT))
    return env


CPU: dict[str, list[float]] = {}


def timed(cmd: list[str], env: dict | None = None, expect: str | None = None, ok_codes=(0,),
          label: str = "") -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stdout) of one fresh process; its CPU seconds go to CPU[label]."""
    import tempfile

    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, env=env, stdout=fo, stderr=fe, cwd=ROOT)
        _, status, ru = os.wait4(p.pid, 0)  # this child's own peak RSS
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        out, err = fo.read().decode("utf-8", "replace"), fe.read().decode("utf-8", "replace")
    if p.returncode not in ok_codes or (expect and expect not in out):
        sys.stderr.write(out + err)
        raise SystemExit(f"échec de {' '.join(cmd)} (code {p.returncode})")
    CPU.setdefault(label, []).append(ru.ru_utime + ru.ru_stime)
    return wall, ru.ru_maxrss / 1024, out


FLOOR = """
import sys, time
import pyarrow.csv as c, pyarrow.parquet as pq
src, enc, delim, out = sys.argv[1:5]
t = c.read_csv(src, read_options=c.ReadOptions(encoding=enc),
               parse_options=c.ParseOptions(delimiter=delim, newlines_in_values=True))
c.write_csv(t, out + '.csv')
pq.write_table(t, out + '.parquet', compression='zstd')
"""


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def fmt_runs(xs: list[float]) -> str:
    return f"{median(xs):7.2f} s (médiane de {len(xs)} : {min(xs):.2f}–{max(xs):.2f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--free-text", action="store_true", help="remplir les deux colonnes de texte libre")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dialect", choices=list(DIALECTS), default="utf8")
    ap.add_argument("--validate-only", action="store_true", help="dqpub validate et frictionless seulement")
    ap.add_argument("--before", type=Path, help="une autre copie du code (PYTHONPATH) : son dqpub validate aussi")
    ap.add_argument("--no-frictionless", action="store_true")
    ap.add_argument("--profile", action="store_true", help="cProfile de la première publication (bench/out/)")
    args = ap.parse_args()

    tag = f"{args.rows}{'-texte' if args.free_text else ''}-{args.dialect}"
    source = OUT / f"pipeline-{tag}.csv"
    t0 = time.perf_counter()
    generate(source, args.rows, args.free_text, args.dialect)
    size = source.stat().st_size / 1e6
    print(f"fichier : {source.relative_to(ROOT)} ({args.rows:,} lignes, {size:.0f} Mo, dialecte {args.dialect}, "
          f"texte libre {'oui' if args.free_text else 'non'}) ; prêt en {time.perf_counter() - t0:.1f} s")
    print(f"machine : {os.cpu_count()} cœurs, charge moyenne {os.getloadavg()[0]:.1f} au départ")
    base = OUT / f"projet-{tag}"
    env = setup_project(base, source, args.dialect)
    dqpub = [str(BIN / "dqpub")]
    py = str(BIN / "python")

    delim, _, enc = DIALECTS[args.dialect]
    floor = []
    for _ in range(0 if args.validate_only else args.runs):
        w, _, _ = timed([py, "-c", FLOOR, str(source), enc, delim, str(base / "plancher")], label="floor")
        floor.append(w)

    first, first_rss = [], []
    if args.profile:  # one extra first publication under cProfile, not counted
        shutil.rmtree(base / "portail", ignore_errors=True)
        shutil.rmtree(base / "work", ignore_errors=True)
        timed([py, "-m", "cProfile", "-o", str(OUT / f"profil-{tag}.prof"), str(BIN / "dqpub"), "run", SLUG],
              env, expect="publié", label="profile")
    for _ in range(0 if args.validate_only else args.runs):
        shutil.rmtree(base / "portail", ignore_errors=True)
        shutil.rmtree(base / "work", ignore_errors=True)
        w, rss, out = timed(dqpub + ["run", SLUG], env, expect="publié", label="first")
        first.append(w)
        first_rss.append(rss)
    force, force_rss = [], []
    for _ in range(0 if args.validate_only else args.runs):
        w, rss, out = timed(dqpub + ["run", SLUG, "--force"], env, expect="identique", label="force")
        force.append(w)
        force_rss.append(rss)
    val, val_rss, before, before_rss = [], [], [], []
    for _ in range(args.runs if args.before else 0):
        w, rss, out = timed(dqpub + ["validate", SLUG, "-o", str(base / "rapport.md")],
                            dict(env, PYTHONPATH=str(args.before.resolve())), expect="valide", label="before")
        before.append(w)
        before_rss.append(rss)
    for _ in range(args.runs):
        w, rss, out = timed(dqpub + ["validate", SLUG, "-o", str(base / "rapport.md")], env, expect="valide", label="validate")
        val.append(w)
        val_rss.append(rss)
    fl = None
    if not args.no_frictionless:
        cmd = [str(BIN / "frictionless"), "validate", str(source), "--schema",
               str(base / "schemas" / f"{SLUG}.schema.json"), "--trusted"]  # absolute paths
        if args.dialect == "bom":
            cmd += ["--encoding", "utf-8-sig"]
        if args.dialect == "cp1252":
            cmd += ["--encoding", "cp1252", "--dialect", json.dumps({"delimiter": ";"})]
        fl, fl_rss, out = timed(cmd, None, ok_codes=(0, 1), label="frictionless")
        if "INVALID" in out or "VALID" not in out:
            print("frictionless : verdict inattendu (le fichier est valide) :\n" + out[-2000:])
            fl = None

    print(f"charge moyenne à la fin : {os.getloadavg()[0]:.1f}")
    print()
    if before:
        print(f"dqpub validate, code avant ({args.before})  : {fmt_runs(before)}  RSS max {max(before_rss):6.0f} Mo")
    if args.validate_only:
        print(f"dqpub validate                                    : {fmt_runs(val)}  RSS max {max(val_rss):6.0f} Mo")
        if fl is not None:
            print(f"frictionless validate                             : {fl:7.2f} s (1 exécution)           "
                  f"RSS max {fl_rss:6.0f} Mo")
            print(f"\ndqpub validate : {fl / median(val):.1f}× plus rapide que frictionless validate "
                  f"({fl / max(val):.1f}× avec la plus lente)"
                  + (f" ; avant : {fl / median(before):.1f}×" if before else ""))
        cpu = {k: median(v) for k, v in CPU.items() if v}
        print("temps CPU (utilisateur + système, médiane) : " + " ; ".join(f"{k} {v:.2f} s" for k, v in cpu.items())
              + (f" ; validate {cpu['frictionless'] / cpu['validate']:.1f}× plus rapide que frictionless en CPU"
                 if "frictionless" in cpu else ""))
        return
    fm = median(floor)
    print(f"plancher pyarrow (read_csv + write_csv + parquet) : {fmt_runs(floor)}")
    print(f"dqpub run (première publication)                  : {fmt_runs(first)}  RSS max {max(first_rss):6.0f} Mo"
          f"   {median(first) / fm:5.1f}× le plancher")
    print(f"dqpub run --force (contenu identique)             : {fmt_runs(force)}  RSS max {max(force_rss):6.0f} Mo"
          f"   {median(force) / fm:5.1f}× le plancher")
    print(f"dqpub validate                                    : {fmt_runs(val)}  RSS max {max(val_rss):6.0f} Mo")
    if fl is not None:
        print(f"frictionless validate                             : {fl:7.2f} s (1 exécution)           "
              f"RSS max {fl_rss:6.0f} Mo")
        print(f"\ndqpub validate : {fl / median(val):.1f}× plus rapide que frictionless validate "
              f"({fl / max(val):.1f}× avec la plus lente)")
    cpu = {k: median(v) for k, v in CPU.items() if v}
    print("\ntemps CPU (utilisateur + système, médiane) : " + " ; ".join(
        f"{k} {v:.2f} s" for k, v in cpu.items() if k != "profile"))
    print(f"rapports en temps CPU : première publication {cpu['first'] / cpu['floor']:.1f}× le plancher, "
          f"--force {cpu['force'] / cpu['floor']:.1f}×"
          + (f", validate {cpu['frictionless'] / cpu['validate']:.1f}× plus rapide que frictionless"
             if fl is not None else ""))
    print(f"première publication : {median(first) / fm:.1f}× le plancher (objectif ≤ 4×) ; "
          f"RSS max {max(first_rss + force_rss + val_rss):.0f} Mo (objectif < 1 000 Mo)")


if __name__ == "__main__":
    main()
