"""A big dataset on the local CKAN, as a user times it: the first publication of a generated events
file, then a new version with 75 % of its rows, each with the time per phase and its peak memory.

    eval "$(scripts/ckan-local env)"             # CKAN_URL, CKAN_API_TOKEN of the local CKAN
    python bench/bench_ckan.py --rows 200000     # first publication + new version
    python bench/bench_ckan.py --rows 50000 --batches   # + DataStore load rates by method and batch size

The file (bench/out/, git-ignored) is the one ``bench/bench_pipeline.py`` generates (its generator:
``schemas/evenements-de-securite-civile.schema.json``, UTF-8, comma, no free text). The dataset is
published under its own name on the portal, ``banc-ckan-<rows>`` (purged before the run and after
it, DataStore tables included, unless ``--keep``). Each publication runs ``dqpub run --target
ckan-local`` in a FRESH process (start-up included) that times, exclusively (a phase inside another
is not counted twice):

* pipeline: everything before the publisher uploads (validation, anonymization, outputs, state);
* staging: the uploads into the archive (``resource_create`` with the file);
* read-back: the downloads of the uploaded files and their SHA-256 checks;
* DataStore: the typed table of the CSV (``DataStore.load``: create, load, check);
* switch: from the aliases' withdrawal to the archive's finishing (``CkanPortal._switch``);
* total: the process' wall time; peak RSS: the child's own (``os.wait4`` rusage).

``--batches`` loads the published CSV again into scratch tables of the archive (one per method and
batch size) and prints rows/s: ``datastore_upsert`` with ``method: upsert`` (each answer echoes its
batch), ``method: insert`` (echo too), and ``datastore_create`` with the records (no echo), the body
built by ckanapi from Python dicts or sent as JSON text built by the client.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path[:0] = [str(HERE), str(ROOT)]

from bench_pipeline import SLUG, generate, setup_project  # noqa: E402

PHASES = ("pipeline", "staging", "read-back", "DataStore", "switch")


# -- the portal ------------------------------------------------------------------------------------
def api():
    from ckanapi import RemoteCKAN

    return RemoteCKAN(os.environ["CKAN_URL"], apikey=os.environ["CKAN_API_TOKEN"])


def purge(slug: str) -> None:
    """The dataset, its archive and state datasets, and every DataStore table of theirs."""
    from ckanapi import NotFound

    ck = api()
    for name in (slug, f"{slug}-versions", f"{slug}-etat"):
        try:
            pkg = ck.action.package_show(id=name)
        except NotFound:
            continue
        for res in pkg.get("resources", []):
            try:
                ck.action.datastore_delete(resource_id=res["id"], force=True)
            except NotFound:
                pass
        ck.action.dataset_purge(id=name)


# -- one publication, in a fresh process --------------------------------------------------------------
def child(slug: str) -> None:
    """Run ``dqpub run`` for ``slug`` with exclusive phase timers; print one JSON line."""
    from publishers.ckan import archive, portal
    from publishers.ckan.datastore import DataStore

    spent = dict.fromkeys(PHASES[1:], 0.0)
    stack: list[list[float]] = []  # [start, time of the phases inside]

    def timed(phase, fn):
        def wrapper(*args, **kwargs):
            stack.append([time.perf_counter(), 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                start, inner = stack.pop()
                took = time.perf_counter() - start
                spent[phase] += took - inner
                if stack:
                    stack[-1][1] += took
        return wrapper

    archive.Archive._upload = timed("staging", archive.Archive._upload)
    archive.Archive._matches = timed("read-back", archive.Archive._matches)
    DataStore.load = timed("DataStore", DataStore.load)
    portal.CkanPortal._switch = timed("switch", portal.CkanPortal._switch)
    publish = portal.CkanPortal.publish
    first: list[float] = []

    def publish_marked(self, release):
        first.append(time.perf_counter())
        return publish(self, release)

    portal.CkanPortal.publish = publish_marked
    from dqpub.cli import main

    t0 = time.perf_counter()
    code = main(["run", slug, "--target", "ckan-local", "--json", "--approve", slug])
    total = time.perf_counter() - t0
    if code != 0:
        raise SystemExit(f"dqpub run a échoué (code {code})")
    spent["pipeline"] = (first[0] - t0) if first else total
    print("BENCH " + json.dumps({"total": total, **spent}))


def run_child(slug: str, env: dict[str, str]) -> dict[str, float]:
    """One publication in a fresh process: its phases, its wall time (start-up included), its peak RSS
    (the child's own, ``os.wait4``)."""
    import tempfile

    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        t0 = time.perf_counter()
        p = subprocess.Popen([sys.executable, __file__, "--child", slug], env=env, cwd=ROOT, stdout=fo, stderr=fe)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        fo.seek(0)
        fe.seek(0)
        out, err = fo.read().decode("utf-8", "replace"), fe.read().decode("utf-8", "replace")
    line = next((x for x in out.splitlines() if x.startswith("BENCH ")), None)
    if os.waitstatus_to_exitcode(status) != 0 or line is None:
        sys.stderr.write(out[-3000:] + err[-3000:])
        raise SystemExit("échec de la publication")
    got = json.loads(line[6:])
    got.update(wall=wall, rss=ru.ru_maxrss / 1024)
    return got


def row_line(label: str, rows: int, got: dict[str, float]) -> str:
    other = got["total"] - sum(got[p] for p in PHASES)
    return (f"| {label} | {rows:,} | " + " | ".join(f"{got[p]:.1f}" for p in PHASES)
            + f" | {other:.1f} | {got['wall']:.1f} | {got['rss']:.0f} |")


# -- DataStore load rates -----------------------------------------------------------------------------
def batches(slug: str, work: Path, sizes: list[int], max_rows: int) -> None:
    """Load the published CSV (read from the portal) into scratch tables (one per method and size) and print rows/s."""
    import orjson
    import pyarrow.csv as pacsv
    import requests

    from publishers.ckan.datastore import datastore_fields

    ck = api()
    link = next(r for r in ck.action.package_show(id=slug)["resources"] if r.get("dq_cle") == "donnees-csv")
    csv_path = work / f"{slug}.csv"
    csv_path.write_bytes(requests.get(link["url"], timeout=300).content)
    schema = json.loads((work.parent / "schemas" / f"{SLUG}.schema.json").read_text(encoding="utf-8"))
    fields = datastore_fields(schema)
    pk = schema.get("primaryKey")
    table = pacsv.read_csv(csv_path, convert_options=pacsv.ConvertOptions(
        column_types={f["id"]: "string" for f in fields}, strings_can_be_null=True)).slice(0, max_rows)
    records = table.to_pylist()
    archive = ck.action.package_show(id=f"{slug}-versions")
    url, token = os.environ["CKAN_URL"].rstrip("/"), os.environ["CKAN_API_TOKEN"]
    session = requests.Session()
    print(f"\nchargement DataStore de {len(records):,} lignes ({csv_path.name}), clé primaire {pk} :")
    print("| méthode | lot | s | lignes/s | réponse (octets/lot) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for method in ("upsert", "insert", "create", "create-json"):
        for size in sizes:
            if method == "upsert" and (size > 20_000 or not pk):  # upsert needs a key
                continue
            res = ck.action.resource_create(package_id=archive["id"], name=f"banc {method} {size}",
                                            url="http://example.invalid/banc.csv", format="txt")
            rid = res["id"]
            ck.action.datastore_create(resource_id=rid, fields=fields, primary_key=pk, force=True, records=[])
            answer = 0
            t0 = time.perf_counter()
            for i in range(0, len(records), size):
                part = records[i:i + size]
                if method in ("upsert", "insert"):
                    r = session.post(f"{url}/api/3/action/datastore_upsert", headers={"Authorization": token},
                                     json={"resource_id": rid, "method": method, "force": True, "records": part})
                elif method == "create":
                    r = session.post(f"{url}/api/3/action/datastore_create", headers={"Authorization": token},
                                     json={"resource_id": rid, "force": True, "records": part})
                else:
                    body = orjson.dumps({"resource_id": rid, "force": True, "records": part})
                    r = session.post(f"{url}/api/3/action/datastore_create", data=body,
                                     headers={"Authorization": token, "Content-Type": "application/json"})
                if r.status_code != 200:
                    raise SystemExit(f"{method} {size}: HTTP {r.status_code} {r.text[:300]}")
                answer = max(answer, len(r.content))
            took = time.perf_counter() - t0
            count = ck.action.datastore_search(resource_id=rid, limit=0)["total"]
            assert count == len(records), (method, size, count)
            print(f"| {method} | {size:,} | {took:.1f} | {len(records) / took:,.0f} | {answer:,} |", flush=True)
            ck.action.datastore_delete(resource_id=rid, force=True)
            ck.action.resource_delete(id=rid)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--batches", action="store_true", help="débits de chargement DataStore par méthode et lot")
    ap.add_argument("--sizes", default="5000,20000,50000", help="tailles de lot pour --batches")
    ap.add_argument("--batch-rows", type=int, default=50_000, help="lignes chargées par essai de --batches")
    ap.add_argument("--only-batches", action="store_true",
                    help="seulement --batches, sur le jeu laissé par une exécution précédente avec --keep")
    ap.add_argument("--keep", action="store_true", help="laisser le jeu sur le portail à la fin")
    ap.add_argument("--label", default="", help="étiquette des lignes du tableau (p. ex. avant, après)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    for var in ("CKAN_URL", "CKAN_API_TOKEN"):
        if not os.environ.get(var):
            raise SystemExit(f"{var} absent : eval \"$(scripts/ckan-local env)\" d'abord")

    slug = f"banc-ckan-{args.rows}"
    full = OUT / f"pipeline-{args.rows}-utf8.csv"
    part_rows = args.rows * 3 // 4
    part = OUT / f"pipeline-{part_rows}-utf8.csv"
    t0 = time.perf_counter()
    generate(full, args.rows, False, "utf8")
    generate(part, part_rows, False, "utf8")
    print(f"fichiers : {full.name} ({full.stat().st_size / 1e6:.0f} Mo), {part.name} ; prêts en "
          f"{time.perf_counter() - t0:.1f} s")
    print(f"machine : {os.cpu_count()} cœurs, charge moyenne {os.getloadavg()[0]:.1f} au départ ; portail "
          f"{os.environ['CKAN_URL']}")
    base = OUT / f"ckan-{args.rows}"
    if args.only_batches:
        batches(slug, base / "work", [int(x) for x in args.sizes.split(",")], args.batch_rows)
        return
    env = setup_project(base, full, "utf8", slug=slug, target="ckan-local")
    purge(slug)
    first = run_child(slug, env)
    link = base / "datasets" / slug / "source" / "evenements.csv"
    link.unlink()
    os.symlink(part, link)
    new = run_child(slug, env)
    print(f"charge moyenne à la fin : {os.getloadavg()[0]:.1f}\n")
    label = f"{args.label} " if args.label else ""
    print("| publication | lignes | pipeline | staging | read-back | DataStore | switch | autre | total (s) "
          "| RSS max (Mo) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(row_line(f"{label}première", args.rows, first))
    print(row_line(f"{label}nouvelle version", part_rows, new))
    if args.batches:
        sizes = [int(x) for x in args.sizes.split(",")]
        batches(slug, base / "work", sizes, args.batch_rows)
    if not args.keep:
        purge(slug)


if __name__ == "__main__":
    main()
