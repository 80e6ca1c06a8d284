"""What a machine keeps of its runs: one SQLite file in the work folder, ``<travail>/registre.sqlite``.

Three tables, each written one row at a time (the cost of a dataset never depends on how many came
before it; the JSON file this replaces was read and rewritten whole after every dataset):

* ``dernier_resultat``: the last result of each dataset (what ``dqpub etat`` shows): status, French
  message, version, run, date, path of the HTML validation report. Never a cell value: the
  pipeline's messages are value-free, and nothing else is stored.
* ``historique``: the final result of each dataset in each run (same columns, keyed by run and
  dataset), kept ``DQPUB_HISTORIQUE_JOURS`` days (90 by default), pruned once per writing process.
* ``etat_connu``: per portal and dataset, the state a publisher last read or wrote and the token the
  portal showed with it (``publishers/ckan/bulk.py``).
* ``publie``: per target and dataset, what ``dqpub etat`` shows of the published state (version,
  date, rows) and the target's token it was read with (``BulkStates.seen``): the next ``dqpub
  etat`` reads again only the datasets whose token changed (``dqpub/status.py``).

Concurrency: WAL mode (readers never wait for the writer, nor the writer for readers) and a busy
timeout (writers of several processes of this machine take turns); every write is one short
``BEGIN IMMEDIATE`` transaction, so no lock file of our own. ``synchronous=NORMAL``: a commit does
not wait for the disk (an application crash loses nothing; a power cut may lose the last results,
which the next run writes again). SQLite's locks need a local file system: each machine keeps its
own work folder (never on NFS).

An existing ``dernieres-executions.json`` (before this registry) is imported once, silently, by the
first process that opens the registry, then renamed ``dernieres-executions.json.migre``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

FILE = "registre.sqlite"
OLD_LAST_RESULTS = "dernieres-executions.json"
FIELDS = ("statut", "message", "version", "execution", "date", "rapport")  # one result, as stored
BUSY_TIMEOUT_MS = 60_000
SCHEMA_VERSION = 1  # PRAGMA user_version once the tables below exist
HISTORY_DAYS = 90

_SCHEMA = """
CREATE TABLE IF NOT EXISTS dernier_resultat (
    jeu TEXT PRIMARY KEY, statut TEXT NOT NULL, message TEXT NOT NULL, version TEXT,
    execution TEXT NOT NULL, date TEXT NOT NULL, rapport TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS historique (
    execution TEXT NOT NULL, jeu TEXT NOT NULL, statut TEXT NOT NULL, message TEXT NOT NULL,
    version TEXT, date TEXT NOT NULL, rapport TEXT, PRIMARY KEY (execution, jeu)
);
CREATE INDEX IF NOT EXISTS historique_jeu ON historique (jeu, date);
CREATE INDEX IF NOT EXISTS historique_date ON historique (date);
CREATE TABLE IF NOT EXISTS etat_connu (
    portail TEXT NOT NULL, jeu TEXT NOT NULL, vu TEXT, etat TEXT, PRIMARY KEY (portail, jeu)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS publie (
    cible TEXT NOT NULL, jeu TEXT NOT NULL, vu TEXT NOT NULL, version TEXT NOT NULL, publie_le TEXT,
    lignes INTEGER, PRIMARY KEY (cible, jeu)
) WITHOUT ROWID;
"""

_LAST = ("INSERT INTO dernier_resultat (jeu, statut, message, version, execution, date, rapport) "
         "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (jeu) DO UPDATE SET statut = excluded.statut, "
         "message = excluded.message, version = excluded.version, execution = excluded.execution, "
         "date = excluded.date, rapport = excluded.rapport")
_HISTORY = ("INSERT OR REPLACE INTO historique (jeu, statut, message, version, execution, date, rapport) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)")
# the import of the old file: what the registry already holds is newer and stays
_IMPORT_LAST = ("INSERT OR IGNORE INTO dernier_resultat (jeu, statut, message, version, execution, date, rapport) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)")
_IMPORT_HISTORY = _HISTORY.replace("OR REPLACE", "OR IGNORE")

_local = threading.local()  # one connection per thread and file (sqlite3 objects stay in their thread)


class _Connection(sqlite3.Connection):
    pruned = False  # the history's retention applied by this connection (once is enough)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def path_in(folder: Path) -> Path:
    return Path(folder) / FILE


def connect(folder: Path) -> _Connection:
    """This thread's connection to ``<folder>/registre.sqlite`` (created, and an old record file
    imported, on first use). Reused by the thread: opening one per dataset would cost more than the
    write itself. A forked process opens its own (a connection never crosses a fork)."""
    path = path_in(Path(folder).absolute())
    cache: dict[Path, tuple[int, _Connection]] = _local.__dict__.setdefault("connections", {})
    held = cache.get(path)
    if held is not None and held[0] == os.getpid():
        return held[1]
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, factory=_Connection)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _set_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:  # a reader writes nothing
        with _writing(conn):
            for statement in filter(str.strip, _SCHEMA.split(";")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    _import_old_results(conn, path.parent)
    cache[path] = (os.getpid(), conn)
    return conn


def _set_wal(conn: sqlite3.Connection) -> None:
    """WAL mode, persistent: set once, by the first process. Two processes that open a new registry at once
    both try; SQLite answers « database is locked » to one of them at once (the busy timeout does not cover a
    change of journal mode), so the other process's change is awaited, as the busy timeout would."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return  # set, or refused without an error (a file system without WAL keeps its mode): asked once
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class _writing:
    """One write transaction: ``BEGIN IMMEDIATE`` takes the write lock at once (waiting up to the
    busy timeout for another process's), so a transaction never has to upgrade a read lock."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind: Any, *exc: Any) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")


def _import_old_results(conn: sqlite3.Connection, folder: Path) -> None:
    """``dernieres-executions.json`` (before the registry) imported once; a result already in the
    registry is newer and stays. Two processes at once: the second finds the rows there (or the file
    gone) and changes nothing."""
    old = folder / OLD_LAST_RESULTS
    try:
        records = json.loads(old.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError):
        records = {}  # unreadable: nothing to import, set aside all the same
    rows = [(jeu, str(r["statut"]), r.get("message") or "", r.get("version"), str(r["execution"]),
             r.get("date") or now(), r.get("rapport"))
            for jeu, r in records.items() if isinstance(r, dict) and r.get("statut") and r.get("execution")]
    with _writing(conn):
        conn.executemany(_IMPORT_LAST, rows)
        conn.executemany(_IMPORT_HISTORY, rows)
    try:
        os.replace(old, old.with_name(old.name + ".migre"))
    except FileNotFoundError:
        pass  # another process set it aside first
    (folder / "dernieres-executions.verrou").unlink(missing_ok=True)


# --- results ------------------------------------------------------------------------------------


def record(folder: Path, results: list[dict[str, Any]]) -> None:
    """Keep each result (``{"jeu", "statut", "message", "version", "execution", "rapport"}``, and
    optionally ``"date"``) as its dataset's last one and in the history, in one transaction."""
    if not results:
        return
    stamp = now()
    rows = [(r["jeu"], str(r["statut"]), r.get("message") or "", r.get("version"), r["execution"],
             r.get("date") or stamp, r.get("rapport")) for r in results]
    conn = connect(folder)
    with _writing(conn):
        conn.executemany(_LAST, rows)
        conn.executemany(_HISTORY, rows)
        _prune_once(conn)


def _prune_once(conn: sqlite3.Connection) -> None:
    """History older than ``DQPUB_HISTORIQUE_JOURS`` days goes, once per connection (once per
    process: an indexed range, whose cost is the rows removed)."""
    if getattr(conn, "pruned", True):
        return
    conn.pruned = True  # type: ignore[attr-defined]
    days = int(os.environ.get("DQPUB_HISTORIQUE_JOURS") or HISTORY_DAYS)
    cutoff = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)).replace(microsecond=0).isoformat()
    conn.execute("DELETE FROM historique WHERE date < ?", (cutoff,))


def last_results(folder: Path) -> dict[str, dict[str, Any]]:
    """Every dataset's last result, in one query: ``{jeu: {statut, message, version, execution,
    date, rapport}}``. No registry yet: empty (nothing is created by a reader but the file)."""
    if not path_in(folder).exists() and not (Path(folder) / OLD_LAST_RESULTS).exists():
        return {}
    rows = connect(folder).execute(f"SELECT jeu, {', '.join(FIELDS)} FROM dernier_resultat").fetchall()
    return {r[0]: dict(zip(FIELDS, r[1:])) for r in rows}


def history(folder: Path, dataset: str | None = None) -> list[dict[str, Any]]:
    """The kept history, newest first (of one dataset, or of all)."""
    if not path_in(folder).exists():
        return []
    where, args = ("WHERE jeu = ?", (dataset,)) if dataset else ("", ())
    rows = connect(folder).execute(f"SELECT jeu, {', '.join(FIELDS)} FROM historique {where} "
                                   "ORDER BY date DESC, execution DESC", args).fetchall()
    return [{"jeu": r[0], **dict(zip(FIELDS, r[1:]))} for r in rows]


# --- kept portal states (publishers/ckan/bulk.py) ------------------------------------------------


def known_state(folder: Path, portal: str, dataset: str) -> dict[str, Any] | None:
    """``{"vu": token, "etat": state as a dict or None}`` kept for ``dataset`` of ``portal``, or None."""
    row = connect(folder).execute("SELECT vu, etat FROM etat_connu WHERE portail = ? AND jeu = ?",
                                  (portal, dataset)).fetchone()
    if row is None:
        return None
    return {"vu": row[0], "etat": json.loads(row[1]) if row[1] else None}


def keep_states(folder: Path, portal: str, records: dict[str, dict[str, Any]], *, replace: bool = True) -> None:
    """Keep ``{dataset: {"vu": token, "etat": dict or None}}`` for ``portal`` (``replace=False``: a
    dataset already kept stays as it is)."""
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    rows = [(portal, d, r.get("vu"), json.dumps(r["etat"], ensure_ascii=False) if r.get("etat") else None)
            for d, r in records.items()]
    conn = connect(folder)
    with _writing(conn):
        conn.executemany(f"{verb} INTO etat_connu (portail, jeu, vu, etat) VALUES (?, ?, ?, ?)", rows)


def forget_state(folder: Path, portal: str, dataset: str) -> None:
    conn = connect(folder)
    with _writing(conn):
        conn.execute("DELETE FROM etat_connu WHERE portail = ? AND jeu = ?", (portal, dataset))


# --- what dqpub etat shows of each published state (dqpub/status.py) ---------------------------------

PUBLISHED = ("vu", "version", "publie_le", "lignes")


def published(folder: Path, target: str) -> dict[str, dict[str, Any]]:
    """``{jeu: {vu, version, publie_le, lignes}}`` kept for ``target``, in one query (none yet: empty)."""
    if not path_in(folder).exists():
        return {}
    rows = connect(folder).execute(f"SELECT jeu, {', '.join(PUBLISHED)} FROM publie WHERE cible = ?",
                                   (target,)).fetchall()
    return {r[0]: dict(zip(PUBLISHED, r[1:])) for r in rows}


def keep_published(folder: Path, target: str, records: dict[str, dict[str, Any]]) -> None:
    """Keep ``{jeu: {vu, version, publie_le, lignes}}`` for ``target``, in one transaction."""
    if not records:
        return
    conn = connect(folder)
    with _writing(conn):
        conn.executemany("INSERT OR REPLACE INTO publie (cible, jeu, vu, version, publie_le, lignes) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         [(target, d, *(r.get(k) for k in PUBLISHED)) for d, r in records.items()])
