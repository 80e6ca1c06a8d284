"""Bulk reads of a CKAN organization: what a nightly run needs to know of a thousand datasets in a
few paged requests instead of three requests per dataset.

``seen`` pages through ``package_search`` (the organization's packages, private ones included,
only ``name`` and ``metadata_modified``): per dataset the ``metadata_modified`` the portal shows,
None when the index has no such package. CKAN bumps ``metadata_modified`` on every package or
resource change, so an unchanged value means nothing was switched since the last read.

``keep`` keeps, on this machine (table ``etat_connu`` of ``<travail>/registre.sqlite``,
``dqpub/core/registry.py``: one row per dataset and portal), every state the publisher reads or
writes with the package's own ``metadata_modified`` read in the same ``package_show``: after a
publication (the read that finishes it) and after every authoritative read. ``states`` then answers
from it when the bulk read shows that same value: no request; any other (changed, unknown, absent
from the index) is read as before (``package_show``, then its state file — which also finishes a
publication an earlier run left half-done). So the night after a first publication is already
warm, and a stale index only makes a dataset read again, never answered from an older state.

Values are compared at the millisecond (``token``): Solr keeps dates to the millisecond, the
database to the microsecond; two revisions of one package within a millisecond do not happen
(each is a request that writes to the database).

Correctness never rests on the search index: it only spares reads. A stale index shows an older
value than the one kept, so the dataset is read itself; a kept state tampered with or lost can at
worst compute a release from an older state, which the switch's optimistic check refuses (it re-reads with
``package_show`` and requires the version the release was computed from). Absent from the index
is never taken as "not published": such a dataset is read itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dqpub.core import registry
from dqpub.core.release import PublishedState
from dqpub.core.settings import Settings

PAGE = 1000  # CKAN's default ckan.search.rows_max
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def token(metadata_modified: Any) -> str | None:
    """A package's ``metadata_modified`` as the search index and ``package_show`` both give it: to
    the millisecond, without the index's ``Z`` (``2026-12-02T06:10:00.123``)."""
    if not metadata_modified:
        return None
    value = str(metadata_modified).rstrip("Z")
    head, _, frac = value.partition(".")
    return f"{head}.{(frac + '000')[:3]}"


def seen(portal: Any, datasets: list[str]) -> dict[str, Any]:
    """``{dataset: token of metadata_modified, or None}`` for ``datasets``, from a few paged searches."""
    wanted = set(datasets)
    out: dict[str, Any] = {d: None for d in datasets}
    org = portal.field_overrides.get("owner_org") or portal.organization
    fq = f"{'owner_org' if _UUID.match(org) else 'organization'}:{org}"
    start = 0
    while True:
        page = portal.action("package_search", None, q="*:*", fq=fq, include_private=True,
                             fl=["name", "metadata_modified"], sort="name asc", rows=PAGE, start=start)
        results = page.get("results") or []
        for r in results:
            if r.get("name") in wanted:
                out[r["name"]] = token(r.get("metadata_modified"))
        start += len(results)
        if not results or start >= int(page.get("count") or 0):
            return out


def states(portal: Any, datasets: list[str], hints: dict[str, Any] | None = None) -> dict[str, PublishedState | None]:
    """The state of each dataset, read itself only when the bulk read disagrees with the last one kept."""
    hints = seen(portal, datasets) if hints is None else hints
    out: dict[str, PublishedState | None] = {}
    for d in datasets:
        shown = hints.get(d)
        known = kept(portal, d) if shown is not None else None
        if known is not None and known.get("vu") == shown:
            out[d] = PublishedState(**known["etat"]) if known.get("etat") else None
            continue
        out[d] = portal.state(d)  # package_show + state file: the authoritative read, kept by ``keep``
    return out


def keep(portal: Any, pkg: dict, state: PublishedState | None) -> None:
    """Keep ``state``, read or written with ``pkg`` (the ``package_show`` it came from), for the next
    bulk read that shows the same ``metadata_modified``. Never fails a publication: a record that
    cannot be written only costs a read next time."""
    try:
        registry.keep_states(*_where(portal), {pkg["name"]: {"vu": token(pkg.get("metadata_modified")),
                                                            "etat": asdict(state) if state else None}})
    except (OSError, sqlite3.Error):
        pass  # a record left from before holds an older value: the next run reads the dataset


def renew(portal: Any, before: dict, after: dict) -> None:
    """``after`` is ``before`` with later revisions that kept its committed state (the loader's jobs
    after a switch): the state kept for ``before`` holds for ``after``."""
    known = kept(portal, after["name"])
    if known is not None and known.get("vu") == token(before.get("metadata_modified")):
        keep(portal, after, PublishedState(**known["etat"]) if known.get("etat") else None)


def forget(portal: Any, dataset: str) -> None:
    """Drop the state kept for ``dataset`` (its publication was refused): the next run reads it itself."""
    try:
        registry.forget_state(*_where(portal), dataset)
    except (OSError, sqlite3.Error):
        pass  # kept as it was: the switch's optimistic check refuses it again


def kept(portal: Any, dataset: str) -> dict | None:
    """``{"vu": token, "etat": state as a dict or None}`` kept on this machine for ``dataset``, or None."""
    try:
        return registry.known_state(*_where(portal), dataset)
    except (OSError, sqlite3.Error, ValueError):
        return None


def _where(portal: Any) -> tuple[Path, str]:
    """The registry that keeps this portal's states (``<travail>/registre.sqlite``; a test may point
    ``known_states_dir`` elsewhere) and the portal's key in it (its address)."""
    own = getattr(portal, "known_states_dir", None)
    base = Path(own) if own else Settings().work_dir
    key = (str(base.absolute()), portal.url)
    if key not in _imported:
        _imported.add(key)
        old = (base if own else base / "etats-connus") / hashlib.sha256(portal.url.encode()).hexdigest()[:12]
        _import_old_folder(base, portal.url, old)
    return base, portal.url


_imported: set[tuple[str, str]] = set()


def _import_old_folder(base: Path, url: str, folder: Path) -> None:
    """States kept as one JSON file per dataset (``<travail>/etats-connus/<empreinte de l'adresse>/``,
    before the registry) imported once, then the folder set aside (``….migre``): the night after the
    upgrade stays warm. A state already in the registry is newer and stays."""
    if not folder.is_dir():
        return
    records = {}
    for f in folder.glob("*.json"):
        try:
            record = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(record, dict):
            records[f.stem] = record
    try:
        registry.keep_states(base, url, records, replace=False)
        os.replace(folder, folder.with_name(folder.name + ".migre"))
    except (OSError, sqlite3.Error):
        pass  # left for the next process; meanwhile the datasets are read themselves
