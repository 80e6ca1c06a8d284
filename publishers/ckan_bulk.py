"""Bulk reads of a CKAN organization: what a nightly run needs to know of a thousand datasets in a
few paged requests instead of three requests per dataset.

``seen`` pages through ``package_search`` (the organization's packages, private ones included,
only ``name`` and ``metadata_modified``): per dataset the ``metadata_modified`` the portal shows,
None when the index has no such package. CKAN bumps ``metadata_modified`` on every package or
resource change, so an unchanged value means nothing was switched since the last read.

``states`` keeps the last state read per dataset on this machine (``<travail>/etats-connus``,
with the ``metadata_modified`` seen at that moment). A dataset whose value is the one kept costs no
request; any other (changed, unknown, absent from the index) is read as before (``package_show``,
then its state file — which also finishes a publication an earlier run left half-done).

Correctness never rests on the search index: it only spares reads. A stale index can at worst
make a run think a dataset is unchanged one more night (nothing is written), or compute a release
from an older state, which the switch's optimistic check refuses (it re-reads with
``package_show`` and requires the version the release was computed from). Absent from the index
is never taken as "not published": such a dataset is read itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dqpub.core.release import PublishedState
from dqpub.core.settings import Settings

PAGE = 1000  # CKAN's default ckan.search.rows_max
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def seen(portal: Any, datasets: list[str]) -> dict[str, Any]:
    """``{dataset: metadata_modified or None}`` for ``datasets``, from a few paged searches."""
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
                out[r["name"]] = r.get("metadata_modified") or None
        start += len(results)
        if not results or start >= int(page.get("count") or 0):
            return out


def states(portal: Any, datasets: list[str], hints: dict[str, Any] | None = None) -> dict[str, PublishedState | None]:
    """The state of each dataset, read itself only when the bulk read disagrees with the last one kept."""
    hints = seen(portal, datasets) if hints is None else hints
    folder = _folder(portal)
    out: dict[str, PublishedState | None] = {}
    for d in datasets:
        token = hints.get(d)
        known = _read(folder, d) if token is not None else None
        if known is not None and known.get("vu") == token:
            out[d] = PublishedState(**known["etat"]) if known.get("etat") else None
            continue
        state = portal.state(d)  # package_show + state file: the authoritative read
        out[d] = state
        if token is not None:
            _write(folder, d, {"vu": token, "etat": asdict(state) if state else None})
    return out


def forget(portal: Any, dataset: str) -> None:
    """Drop the state kept for ``dataset`` (its publication was refused): the next run reads it itself."""
    (_folder(portal) / f"{dataset}.json").unlink(missing_ok=True)


def _folder(portal: Any) -> Path:
    base = getattr(portal, "known_states_dir", None) or Settings().work_dir / "etats-connus"
    return Path(base) / hashlib.sha256(portal.url.encode()).hexdigest()[:12]


def _read(folder: Path, dataset: str) -> dict | None:
    try:
        return json.loads((folder / f"{dataset}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write(folder: Path, dataset: str, record: dict) -> None:
    """Atomic (workers of one machine share the folder): a reader sees the old record or the new."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{dataset}-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False)
    os.replace(tmp, folder / f"{dataset}.json")
