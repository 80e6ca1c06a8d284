"""An inventory of N datasets against the local CKAN, fanned out over W local Prefect workers (issue 15),
or on the local target through the CLI as a new user runs it (issue 27).

    python bench/bench_scale.py --datasets 100 --workers 2          # CKAN (scripts/ckan-local), 5 req/s
    python bench/bench_scale.py --datasets 100 --workers 0          # the CLI, sequential, no Prefect
    python bench/bench_scale.py --datasets 1000 --workers 2 --target local --premiere-cli   # 1000, local
    python bench/bench_scale.py --datasets 10000 --target local     # the CLI (0 workers by default on local)
    python bench/bench_scale.py --datasets 10000 --target local --prefix e10k --phases inchange,etat   # again

Generates the inventory (bench/scale_inventory.py: slices of the sample events file, 25/100/600
rows, one in three with free text) under bench/out/scale/, then times:

* ``plan``: ``dqpub plan`` (fresh process);
* ``premiere``: the first publication (``publication`` flow with ``fan_out``: one child run of
  ``publier-un-jeu`` per dataset, executed by W process workers of a work pool ``dqpub``, each
  ``--limit 1`` (``--par-travailleur N``: N flow runs at once per worker); the parent runs in this process). ``--workers 0``: ``dqpub run`` instead;
* ``inchange``: the same run again, nothing changed;
* ``etat``: ``dqpub etat --json`` (fresh process).

Through the CLI, each dataset's result line is timed as it arrives: the per-dataset time at the
start (mean interval over the first 10 % of the datasets), at the end (the last 10 %) and in each
tenth of a pass, equal when the cost of a dataset does not grow with the number done before it; and
the processor time the ``dqpub`` process used per dataset in each tenth (/proc: what the machine's
other work does not change, unlike the wall time on a shared machine).

Every portal request goes through a counting proxy (tests/faultproxy.py, no fault armed; it
rewrites CKAN's own address so that file downloads are counted too): requests per dataset, mean
requests per second, and the most requests the portal saw in any one-second window. The budget is
the global concurrency limit ``portail-ckan-local`` (``--lot`` slots, default two seconds of the budget as
the flow creates it; ``slot_decay_per_second`` = --rps),
created by this script on its own Prefect server (temporary PREFECT_HOME). Peak RSS per worker is the
largest sum, sampled every 0.5 s, of the worker's process and its flow-run processes. Dataset names
carry a per-run prefix (default: the time) so that the first publication is a first one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "scale"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from bench.scale_inventory import make_inventory  # noqa: E402
from tests.faultproxy import FaultProxy  # noqa: E402


class CountingProxy(FaultProxy):
    """The fault proxy with no fault armed, remembering when each request reached the portal."""

    stamps: list[float]

    def _record(self, method, label, status, fault, seconds=0.0):
        super()._record(method, label, status, fault, seconds)
        # when the request reached the portal (as its access log dates it), not when it answered: an
        # upload answered late and a quick read answered early would crowd into one second otherwise
        self.stamps.append(time.monotonic() - seconds)


def _most_in_a_second(stamps: list[float]) -> int:
    """The most requests in any sliding second (two pointers: 40,000 requests are many)."""
    most, j = 0, 0
    for i, x in enumerate(stamps):
        while x - stamps[j] >= 1.0:
            j += 1
        most = max(most, i - j + 1)
    return most


def _while_work_remains(stamps: list[float]) -> dict[str, Any]:
    """The pace between the first and the last request of a phase (what the budget can govern: before
    the first request the parent sorts, after the last one it gathers results), and how many whole
    seconds of that window saw 0, 1, 2… requests: a pacer that spends the budget fills the top bins,
    a process that has no request ready leaves seconds at 0."""
    if len(stamps) < 2:
        return {}
    window = stamps[-1] - stamps[0]
    bins = [0] * (int(window) + 1)
    for x in stamps:
        bins[int(x - stamps[0])] += 1
    histogram: dict[int, int] = {}
    for b in bins:
        histogram[b] = histogram.get(b, 0) + 1
    return {"fenetre_s": round(window, 1), "requetes_par_s_fenetre": round(len(stamps) / window, 2),
            "secondes_par_nombre": dict(sorted(histogram.items()))}


def _ckan_env() -> dict[str, str]:
    home = Path(os.environ.get("CKAN_LOCAL_HOME", ROOT / ".ckan-local"))
    values = {}
    for line in (home / "env").read_text().splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            values[k.strip()] = v.strip().strip('"')
    return values


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree_rss(pid: int) -> int:
    """RSS (kB) of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


class Prefect:
    """A Prefect server of its own, the project's deployments, a work pool and W process workers."""

    def __init__(self, env: dict[str, str], workers: int, rps: float, home: Path, slots: int,
                 runs_per_worker: int = 1) -> None:
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        port = _free_port()
        self.env = {**env, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                    "PREFECT_API_URL": f"http://127.0.0.1:{port}/api", "DQPUB_HOME": str(ROOT),
                    "PREFECT_WORKER_QUERY_SECONDS": "1", "PREFECT_LOGGING_LEVEL": "WARNING"}
        self.logs = [open(home / "serveur.log", "w")]
        self.procs = [subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1",
                                        "--port", str(port)], env=self.env, stdout=self.logs[0],
                                       stderr=subprocess.STDOUT)]
        self._wait_health(port)
        self.cli("work-pool", "create", "dqpub", "--type", "process", "--overwrite")
        self.cli("deploy", "--all")
        self.cli("gcl", "create", "portail-ckan-local", "--limit", str(slots), "--slot-decay-per-second", str(rps))
        self.peak: dict[int, int] = {}
        self.workers = []
        for w in range(workers):
            log = open(home / f"travailleur-{w}.log", "w")
            self.logs.append(log)
            self.workers.append(subprocess.Popen(
                [str(BIN / "prefect"), "worker", "start", "--pool", "dqpub", "--limit", str(runs_per_worker),
                 "--name", f"t{w}"],
                env=self.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT))
        self.procs += self.workers
        self._sampling = True
        threading.Thread(target=self._sample, daemon=True).start()

    def _wait_health(self, port: int) -> None:
        import httpx

        for _ in range(240):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise SystemExit("le serveur Prefect ne répond pas")

    def cli(self, *args: str) -> None:
        out = subprocess.run([str(BIN / "prefect"), "--no-prompt", *args], env=self.env, cwd=ROOT,
                             capture_output=True, text=True, timeout=600)
        if out.returncode:
            raise SystemExit(out.stdout[-2000:] + out.stderr[-2000:])

    def _sample(self) -> None:
        while self._sampling:
            for w in self.workers:
                self.peak[w.pid] = max(self.peak.get(w.pid, 0), _tree_rss(w.pid))
            time.sleep(0.5)

    def stop(self) -> None:
        self._sampling = False
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=60)
            except subprocess.TimeoutExpired:
                p.kill()
        for log in self.logs:
            log.close()


def _pace(instants: list[float]) -> list[float] | None:
    """Per-dataset time (ms) in each tenth of a pass: the mean interval between two datasets' result
    lines over the first 10 % of the datasets, the next 10 %…, the last 10 %."""
    k = len(instants) // 10
    if k < 2:
        return None
    bounds = [0, *(i * k for i in range(1, 10)), len(instants) - 1]
    return [1000 * (instants[b] - instants[a]) / (b - a) for a, b in zip(bounds, bounds[1:])]


def _phase(name: str, proxy: CountingProxy, n: int, fn, cpu=None) -> dict:
    proxy.stamps = []
    proxy.events.clear()
    cpu0 = cpu() if cpu else {}
    t0 = time.monotonic()
    statuses = fn()
    wall = time.monotonic() - t0
    used = {k: round(v - cpu0[k], 1) for k, v in cpu().items()} if cpu else {}
    pace = _pace(statuses.pop("_instants", None) or [])
    cpu_pace = _pace(statuses.pop("_cpu", None) or [])
    stamps = sorted(proxy.stamps)
    most = _most_in_a_second(stamps)
    actions: dict[str, int] = {}
    for e in proxy.events:
        actions[e.label] = actions.get(e.label, 0) + 1
    row = {"phase": name, "jeux": n, "duree_s": round(wall, 1), "requetes": len(stamps),
           "requetes_par_jeu": round(len(stamps) / max(n, 1), 2),
           "requetes_par_s": round(len(stamps) / wall, 2) if wall else 0,
           "max_requetes_1s": most, "resultats": statuses, "charge": round(os.getloadavg()[0], 2),
           **_while_work_remains(stamps),
           "portail_s": round(sum(e.seconds for e in proxy.events), 1),  # time the portal spent answering
           "par_action": dict(sorted(actions.items(), key=lambda kv: -kv[1])), "processeur_s": used}
    pace_text = ""
    if pace is not None:
        row["ms_par_jeu_debut"], row["ms_par_jeu_fin"] = round(pace[0], 2), round(pace[-1], 2)
        row["ms_par_jeu_par_dixieme"] = [round(p, 2) for p in pace]
        pace_text = (f"  par jeu : {pace[0]:.1f} ms (premiers 10 %) → {pace[-1]:.1f} ms (derniers 10 %) ; "
                     f"par dixième : {' '.join(f'{p:.1f}' for p in pace)}")
    if cpu_pace is not None:
        row["ms_processeur_par_jeu_par_dixieme"] = [round(p, 2) for p in cpu_pace]
        pace_text += f" ; processeur par jeu, par dixième : {' '.join(f'{p:.1f}' for p in cpu_pace)}"
    print(f"{name:10} {wall:8.1f} s  {len(stamps):6d} requêtes  {row['requetes_par_jeu']:6.2f}/jeu  "
          f"{row['requetes_par_s']:5.2f}/s en moyenne  max {row['max_requetes_1s']} dans une seconde  {statuses}"
          f"{pace_text}  (charge {row['charge']})", flush=True)
    if "fenetre_s" in row:
        print(f"{'':10} de la première à la dernière requête : {row['fenetre_s']} s, "
              f"{row['requetes_par_s_fenetre']:.2f}/s ; secondes par nombre de requêtes : {row['secondes_par_nombre']} ; "
              f"temps de réponse du portail cumulé {row['portail_s']} s", flush=True)
        print(f"{'':10} requêtes par action : {row['par_action']}", flush=True)
    if used:
        print(f"{'':10} temps processeur (s) : {used} ; la machine en offre {2 * wall:.0f} en {wall:.0f} s "
              f"sur ses {os.cpu_count()} cœurs", flush=True)
    return row


def _count(results) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in results:
        status = (r.get("status") or r.get("statut")) if isinstance(r, dict) else r.status
        out[status] = out.get(status, 0) + 1
    return out


def main() -> None:  # noqa: C901 - one linear script: setup, three phases, report
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", type=int, default=100)
    ap.add_argument("--workers", type=int, default=None,
                    help="travailleurs Prefect (0 : la CLI, sans Prefect ; défaut : 2 sur CKAN, 0 sur la cible locale)")
    ap.add_argument("--rps", type=float, default=5.0, help="budget de requêtes par seconde du portail")
    ap.add_argument("--lot", type=int, default=None,
                    help="places de la limite, prises d'un coup par chaque processus (défaut : celui du flux, "
                         "dqpub.core.pace.batch_slots : deux secondes du budget ; 1 : la limite d'avant #26)")
    ap.add_argument("--par-travailleur", type=int, default=1,
                    help="exécutions simultanées par travailleur (prefect worker start --limit N)")
    ap.add_argument("--phases", default="plan,premiere,inchange,etat",
                    help="dans l'ordre donné : plan, premiere, inchange (deux fois si voulu), etat (dqpub etat --json)")
    ap.add_argument("--prefix", default=None, help="préfixe des identifiants (défaut : l'heure)")
    ap.add_argument("--target", default="ckan-local", choices=["ckan-local", "local"])
    ap.add_argument("--premiere-cli", action="store_true",
                    help="première publication par la CLI (séquentielle), puis le passage sans changement réparti")
    args = ap.parse_args()
    if args.workers is None:
        args.workers = 2 if args.target == "ckan-local" else 0
    prefix = args.prefix or "e" + dt.datetime.now().strftime("%H%M%S")
    base = OUT / prefix
    if not base.exists():
        make_inventory(base, args.datasets, prefix=prefix)
    env = {**os.environ, **make_env(base), "DQPUB_PSEUDONYM_KEY": "banc-echelle",
           "DQPUB_RETRY_DELAY": "1", "DQPUB_CKAN_REQUESTS_PER_SECOND": str(args.rps)}
    env["DQPUB_TARGET"] = args.target
    ckan = _ckan_env() if args.target == "ckan-local" else {"CKAN_URL": "http://127.0.0.1:9", "CKAN_API_TOKEN": ""}
    # the same port for the same prefix: the portal's address, which keys the states a machine keeps
    # (table etat_connu of <travail>/registre.sqlite), stays the same from one bench to the next
    proxy = CountingProxy(ckan["CKAN_URL"], port=20000 + int(hashlib.sha256(prefix.encode()).hexdigest()[:8], 16) % 20000)
    proxy.stamps = []
    try:
        proxy.start()
    except OSError:  # taken: any port (the kept states are then read again, ≈ 4 requests per dataset)
        proxy.port = 0
        proxy.start()
    env.update(DQPUB_CKAN_URL_CKAN_LOCAL=proxy.url, DQPUB_CKAN_TOKEN_CKAN_LOCAL=ckan["CKAN_API_TOKEN"])
    phases = args.phases.split(",")
    rows = []
    runs = set(phases) - {"plan", "etat"}
    if args.lot is None:
        from dqpub.core.pace import batch_slots  # not flows.*: Prefect must not be imported before its settings
        args.lot = batch_slots(args.rps)
    prefect = (Prefect(env, args.workers, args.rps, base / f"prefect-{args.workers}", args.lot,
                       args.par_travailleur)
               if args.workers and runs else None)
    print(f"{args.datasets} jeux, {args.workers} travailleur(s) × {args.par_travailleur} exécution(s), budget {args.rps} requêtes/s, "
          f"limite de {args.lot} place(s), préfixe {prefix}", flush=True)
    try:
        if "plan" in phases:
            rows.append(_phase("plan", proxy, args.datasets, lambda: subprocess.run(
                [str(BIN / "dqpub"), "plan"], env=env, capture_output=True, check=True) and {}))
        run = _runner(env, prefect, args.target)
        for name in [p for p in phases if p != "plan"]:  # in the order given; « inchange » may come twice
            if name == "etat":
                rows.append(_phase("etat", proxy, args.datasets, lambda: _status(env)))
                continue
            fn = _runner(env, None, args.target) if name == "premiere" and args.premiere_cli else run
            rows.append(_phase(name + ("-cli" if fn is not run or prefect is None else ""), proxy,
                               args.datasets, fn, _cpu_probe(prefect) if fn is run and prefect else None))
        if prefect is not None:
            peaks = sorted(prefect.peak.values(), reverse=True)
            print("pic RSS par travailleur (travailleur + ses exécutions) : "
                  + ", ".join(f"{p / 1024:.0f} Mo" for p in peaks), flush=True)
            rows.append({"phase": "rss", "pic_rss_mo": [round(p / 1024) for p in peaks]})
    finally:
        if prefect is not None:
            prefect.stop()
        proxy.stop()
    record = {"date": dt.datetime.now().isoformat(timespec="seconds"), "jeux": args.datasets,
              "travailleurs": args.workers, "par_travailleur": args.par_travailleur, "rps": args.rps, "lot": args.lot, "charge": os.getloadavg()[0], "mesures": rows}
    with open(OUT / "resultats.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")


def _cpu_probe(prefect: Prefect):
    """Where the processor time goes during a fanned-out phase: the Prefect server (every API call of
    the workers, the parent and the rate limit), the workers with their flow runs (start-up, pipeline,
    the requests' client side), this process (the parent flow and the counting proxy)."""
    def probe() -> dict[str, float]:
        return {"serveur_prefect": _tree_cpu(prefect.procs[0].pid),
                "travailleurs": sum(_tree_cpu(w.pid) for w in prefect.workers),
                "banc_parent_mandataire": time.process_time()}
    return probe


def make_env(base: Path) -> dict[str, str]:
    return {"DQPUB_INVENTORY": str(base / "datasets" / "inventaire.csv"), "DQPUB_DATASETS_DIR": str(base / "datasets"),
            "DQPUB_SCHEMAS_DIR": str(base / "schemas"), "DQPUB_WORK_DIR": str(base / "travail"),
            "DQPUB_PORTAL_DIR": str(base / "portail")}


def _status(env: dict[str, str]) -> dict:
    """``dqpub etat --json`` (fresh process): its lines by last result."""
    out = subprocess.run([str(BIN / "dqpub"), "etat", "--json"], env=env, capture_output=True, text=True)
    try:
        return _count([{"status": r["last_status"] or "aucun"} for r in json.loads(out.stdout)])
    except (ValueError, KeyError, TypeError):
        return {"sortie": out.returncode}


def _cli_run(env: dict[str, str], target: str) -> dict:
    """``dqpub run`` (fresh process), each dataset's result line timed as it arrives (the CLI prints and
    flushes one per dataset): what a dataset costs at the start and at the end of the pass."""
    from dqpub.core.status import Status

    words = sorted((s.value for s in Status), key=len, reverse=True)
    counts: dict[str, Any] = {}
    instants: list[float] = []
    cpu: list[float] = []
    with open(OUT / "cli-erreurs.log", "a", encoding="utf-8") as err:
        proc = subprocess.Popen([str(BIN / "dqpub"), "run", "--target", target], env={**env, "PYTHONUNBUFFERED": "1"},
                                stdout=subprocess.PIPE, stderr=err, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            parts = line.split(None, 2)  # « icône jeu statut version message »
            status = next((w for w in words if len(parts) == 3 and parts[2].startswith(w)), None)
            if status is None:
                continue
            instants.append(time.monotonic())
            cpu.append(_cpu_seconds(proc.pid))
            counts[status] = counts.get(status, 0) + 1
        if proc.wait():
            counts["sortie"] = proc.returncode
    counts["_instants"], counts["_cpu"] = instants, cpu
    return counts


def _tree_cpu(pid: int) -> float:
    """Processor time of a process, of its children that ended (a worker's flow runs) and of those
    still running."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def _cpu_seconds(pid: int) -> float:
    """Processor time (user + system) the process has used so far: what a dataset costs whatever the
    other work of a shared machine (wall time there varies with its load)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def _runner(env: dict[str, str], prefect: Prefect | None, target: str):
    """One publication of the whole inventory: the fanned-out flow (parent here), or the CLI."""
    if prefect is None:
        return lambda: _cli_run(env, target)
    os.environ.update(prefect.env)
    from flows.publication import publish_inventory

    def fanned() -> dict[str, int]:
        state = publish_inventory(target=target, require_approval=False, fan_out=True, return_state=True)
        try:
            return _count(state.result())
        except Exception as exc:  # noqa: BLE001 - failed datasets: the flow fails, the figures stand
            return {"échec du flux": 1, "message": str(exc)[:200]}  # type: ignore[dict-item]
    return fanned


if __name__ == "__main__":
    main()
