"""Step 2: pull a dataset's source into the run's work folder, untouched.

Kinds (inventory column ``source_type``): ``fichier`` (a path, relative to the inventory's folder),
``url`` (http/https; ``file://`` too) and ``sql`` (any SQLAlchemy URL; ``sqlite:///relative.sqlite``
resolves against the inventory's folder; ``${VAR}`` is read from the environment so passwords never
sit in the inventory). Decoding (encoding, delimiter, sheets) is the next step's job (table.py).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from dqpub.core.config import SourceConfig
from dqpub.core.errors import SourceError, TransientSourceError
from dqpub.core.fingerprint import sha256_file
from dqpub.core.http import is_transient

HTTP_TIMEOUT = (10, 120)  # connect, read (seconds)
CHUNK = 1 << 20


@dataclass(frozen=True)
class RawSource:
    path: Path
    fmt: str  # csv | xlsx
    fingerprint: str  # sha256 of the bytes pulled


def _fmt_of(name: str, declared: str | None) -> str:
    if declared:
        return declared
    return "xlsx" if name.lower().endswith((".xlsx", ".xlsm")) else "csv"


def _download(url: str, dest: Path, dataset: str) -> Path:
    import requests  # here: 0.1–0.3 s of start-up that a local file never needs

    try:
        with requests.get(url, stream=True, timeout=HTTP_TIMEOUT) as resp:
            if is_transient(resp.status_code):
                raise TransientSourceError(
                    f"la source URL répond HTTP {resp.status_code} ; nouvel essai possible", dataset=dataset
                )
            if resp.status_code >= 400:
                raise SourceError(f"la source URL répond HTTP {resp.status_code} ({url})", dataset=dataset)
            with open(dest, "wb") as f:
                for block in resp.iter_content(CHUNK):
                    f.write(block)
    except requests.Timeout as exc:
        raise TransientSourceError(f"délai dépassé en téléchargeant {url}", dataset=dataset) from exc
    except requests.ConnectionError as exc:
        raise TransientSourceError(f"connexion impossible à {url}", dataset=dataset) from exc
    return dest


def fetch_location(location: str, workdir: Path, *, base_dir: Path, dataset: str) -> Path:
    """Copy a local file or download a URL into ``workdir``; return the local path."""
    workdir.mkdir(parents=True, exist_ok=True)
    parsed = urlparse(location)
    name = Path(parsed.path).name or "source"
    dest = workdir / f"brut-{name}"
    if parsed.scheme in ("http", "https"):
        return _download(location, dest, dataset)
    path = Path(parsed.path) if parsed.scheme == "file" else Path(location)
    if not path.is_absolute():
        path = base_dir / path
    if not path.is_file():
        raise SourceError(f"fichier source introuvable : {path}", dataset=dataset)
    try:
        shutil.copyfile(path, dest)
    except OSError as exc:  # locked, permissions…
        raise SourceError(f"fichier source illisible ({exc.strerror}) : {path}", dataset=dataset) from exc
    return dest


_VAR = re.compile(r"\$\{([A-Z0-9_]+)\}")


def _sql_url(location: str, base_dir: Path, dataset: str) -> str:
    def env(m: re.Match) -> str:
        if m.group(1) not in os.environ:
            raise SourceError(f"variable d'environnement {m.group(1)} absente (source SQL)", dataset=dataset)
        return os.environ[m.group(1)]

    url = _VAR.sub(env, location)
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url[len(prefix):].startswith("/"):
        db = (base_dir / url[len(prefix):]).resolve()
        if not db.is_file():
            raise SourceError(f"base SQLite introuvable : {db}", dataset=dataset)
        url = f"sqlite:///file:{db}?mode=ro&uri=true"
    return url


def _export_sql(url: str, query: str, dest: Path, dataset: str) -> Path:
    """Stream a query's rows to a UTF-8 CSV (all values as text, NULL → empty)."""
    import sqlalchemy as sa

    try:
        engine = sa.create_engine(url)
    except Exception as exc:  # noqa: BLE001
        raise SourceError(f"URL de base de données invalide ({type(exc).__name__})", dataset=dataset) from exc
    safe = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn, open(dest, "w", encoding="utf-8", newline="") as f:
            result = conn.execution_options(stream_results=True).execute(sa.text(query))
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(list(result.keys()))
            for batch in result.partitions(10_000):
                writer.writerows(["" if v is None else _sql_text(v) for v in row] for row in batch)
    except sa.exc.OperationalError as exc:
        raise TransientSourceError(
            f"base de données inaccessible ({safe}) : {type(exc.orig).__name__}", dataset=dataset
        ) from None
    except sa.exc.SQLAlchemyError as exc:
        raise SourceError(f"requête SQL en échec sur {safe} : {type(exc).__name__}", dataset=dataset) from None
    finally:
        engine.dispose()
    return dest


def _sql_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def pull(
    kind: str, location: str, options: SourceConfig, workdir: Path, *, base_dir: Path, dataset: str,
    fingerprint: bool = True,
) -> RawSource:
    """Pull one dataset's source. ``options`` is the ``source:`` block of dataset.yaml.
    ``fingerprint=False`` (validation only): no SHA-256 of the bytes, ``RawSource.fingerprint`` empty."""
    if kind in ("fichier", "url"):
        if kind == "url" and urlparse(location).scheme not in ("http", "https", "file"):
            raise SourceError(f"URL de source invalide : {location}", dataset=dataset)
        path = fetch_location(location, workdir, base_dir=base_dir, dataset=dataset)
        fmt = _fmt_of(path.name, options.format)
    elif kind == "sql":
        query = options.query
        if not query:
            raise SourceError("source SQL sans requête (clé source.requete de dataset.yaml)", dataset=dataset)
        workdir.mkdir(parents=True, exist_ok=True)
        path = _export_sql(_sql_url(location, base_dir, dataset), query, workdir / "brut-sql.csv", dataset)
        fmt = "csv"
    else:
        raise SourceError(f"type de source inconnu : {kind}", dataset=dataset)
    return RawSource(path=path, fmt=fmt, fingerprint=sha256_file(path) if fingerprint else "")
