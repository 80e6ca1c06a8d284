"""The DataStore side of a publication: the typed table of the new version's CSV resource, its stable
aliases, and keeping the portal's own loader (ckanext-xloader) off the published table.

Only the current version has a table: the table of its CSV file in the archive, loaded and checked
before the switch (types from the Table Schema, data dictionary from field titles and descriptions,
row count and fields checked), never modified afterwards. The table is created empty, then filled by
``datastore_create`` calls carrying the records (INSERT: no per-row key lookup on a table that is new,
and, unlike ``datastore_upsert``, an answer that does not echo the batch back), read from the CSV in
batches of at most ``DATASTORE_BATCH`` rows and about ``DATASTORE_BATCH_BYTES`` of text, never the
whole file at once. A batch whose first answer was lost and that is sent again is refused by the
primary key (the rows are already in): it goes again as ``upsert``, which is idempotent; without a
primary key, the row count check that follows the load sees doubled rows and the load is done again.
Its stable names are DataStore aliases (PostgreSQL views): the current CSV resource's id and the
dataset's name. CKAN 2.11's ``datastore_create(aliases=…)`` drops the resource's previous aliases
and refuses a name another table holds, so moving them takes two calls: ``withdraw_aliases`` just
before the switch, ``point_aliases`` just after it.

On a portal running ckanext-xloader, every CSV resource whose URL is new gets a loader job (text
columns, TRUNCATE + COPY, ``hash`` rewritten): ``await_loader`` waits for those jobs before the
publisher's own load or alias move, and puts our ``hash`` back.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.csv as pacsv

from dqpub.core.errors import PublishError
from dqpub.core.release import ReleaseFile
from dqpub.core.schema import primary_key
from publishers.ckan.archive import CURRENT, archive_name, current, target_id
from publishers.ckan.client import Actions, PortalNotFound, PortalRefused, quietly

log = logging.getLogger(__name__)

# Table Schema type → DataStore (PostgreSQL) type.
DATASTORE_TYPES = {
    "integer": "int8", "number": "numeric", "boolean": "bool", "date": "date", "datetime": "timestamp",
    "time": "time", "year": "int4", "object": "json", "array": "json", "string": "text",
    "yearmonth": "text", "duration": "text", "geopoint": "text", "any": "text",
}
# Rows per load request, and the text they hold at most (the JSON body is about twice that): larger
# batches measured up to 1.7× faster than 5,000 rows (bench/README.md, bench_ckan.py --batches), the
# byte bound keeps a batch of long free text within what a portal's proxy accepts.
DATASTORE_BATCH = 20_000
DATASTORE_BATCH_BYTES = 4_000_000
# States of an xloader task that is not over yet (ckanext-xloader's task_status).
LOADER_BUSY = ("submitting", "pending", "running", "running_but_viewable")
_PG_IDENTIFIER_MAX = 63


def datastore_link(pkg: dict) -> dict | None:
    """The current resource whose table is the dataset's DataStore: the data CSV (on a portal with
    xloader, the dictionary and statistics links get text tables of their own, and flags)."""
    cur = current(pkg)
    return cur.get("donnees-csv") or next((r for r in cur.values() if r.get("datastore_active")), None)


def aliases(pkg: dict) -> list[str]:
    """Stable DataStore names of the current table: the current CSV resource's id, the dataset's name."""
    link = datastore_link(pkg)
    names = [link["id"]] if link else []
    if len(pkg["name"].encode()) <= _PG_IDENTIFIER_MAX:
        names.append(pkg["name"])
    return names


def datastore_fields(schema: dict, *, override: bool = False) -> list[dict]:
    """DataStore fields: types from the Table Schema, data dictionary from titles and descriptions
    (with ``override``, also xloader's ``type_override``: the same types if the loader reloads it)."""
    out = []
    for fd in schema.get("fields", []):
        kind = DATASTORE_TYPES.get(fd.get("type", "string"), "text")
        info = {"label": fd.get("title", ""), "notes": fd.get("description", "")}
        if override:
            info["type_override"] = kind
        out.append({"id": fd["name"], "type": kind, "info": info})
    return out


def loadable(fmt: str | None) -> bool:
    """Formats xloader loads by default (csv, tsv, xls, xlsx, ods…): ours is CSV."""
    return (fmt or "").lower() in ("csv", "tsv", "xls", "xlsx", "ods", "application/csv")


def _reader(path: Path, fields: list[dict]) -> Any:
    return pacsv.open_csv(path, convert_options=pacsv.ConvertOptions(
        column_types={fd["id"]: "string" for fd in fields}, strings_can_be_null=True))


def _count_rows(path: Path, fields: list[dict]) -> int:
    return sum(batch.num_rows for batch in _reader(path, fields))


def _batches(path: Path, fields: list[dict], rows: int = DATASTORE_BATCH,
             size: int = DATASTORE_BATCH_BYTES) -> Iterator[list[dict]]:
    """The CSV's records (every cell as text, empty as None) in file order, in batches of at most
    ``rows`` rows and about ``size`` bytes of text, streamed: only the Arrow blocks of the batch being
    cut are held, never the whole file."""
    held: list[pa.RecordBatch] = []
    count = nbytes = 0
    for block in _reader(path, fields):
        held.append(block)
        count += block.num_rows
        nbytes += block.nbytes
        if count < rows and nbytes < size:
            continue
        table = pa.Table.from_batches(held)
        step = max(1, min(rows, int(size * count / max(nbytes, 1))))
        start = 0
        while count - start >= step:
            yield table.slice(start, step).to_pylist()
            start += step
        rest = table.slice(start)
        held, count = rest.to_batches(), rest.num_rows
        nbytes = rest.nbytes
    if count:
        yield pa.Table.from_batches(held).to_pylist()


def _same_table(info: dict, fields: list[dict], rows: int) -> bool:
    got = [(f["id"], {"nested": "json"}.get(f["type"], f["type"]),
            (f.get("info") or {}).get("label") or "", (f.get("info") or {}).get("notes") or "")
           for f in info.get("fields", []) if not f["id"].startswith("_")]
    want = [(f["id"], f["type"], f["info"]["label"] or "", f["info"]["notes"] or "") for f in fields]
    return got == want and info.get("meta", {}).get("count") == rows


class DataStore:
    """One portal's DataStore tables and aliases, as the publisher uses them."""

    def __init__(self, portal: Actions, loader_timeout: float) -> None:
        self.portal = portal
        self.loader_timeout = loader_timeout
        self._loader: bool | None = None  # the portal runs ckanext-xloader

    # -- tables ------------------------------------------------------------------------------------
    def info(self, rid: str) -> dict | None:
        """``datastore_info`` of a table or alias, None if there is none."""
        try:
            return self.portal.action("datastore_info", None, id=rid)
        except PortalNotFound:
            return None

    def delete(self, rid: str) -> bool:
        """Drop a DataStore table; False if there was none."""
        try:
            self.portal.action("datastore_delete", None, resource_id=rid, force=True)
            return True
        except PortalNotFound:
            return False

    def table_complete(self, rid: str, f: ReleaseFile, schema: dict) -> bool:
        """The table of ``rid`` holds exactly the rows and fields of ``f``."""
        fields, pk = datastore_fields(schema), primary_key(schema)
        rows = _count_rows(f.path, fields)
        info = self.info(rid)
        # without a primary key, a retried batch could have doubled rows and another lost: same count
        return (info is not None and _same_table(info, fields, rows)
                and bool(pk or (rows <= DATASTORE_BATCH and sum(1 for _ in _batches(f.path, fields)) == 1)))

    def load(self, slug: str, res: dict, f: ReleaseFile, schema: dict) -> None:
        """The DataStore table of the new version's CSV resource (just uploaded), loaded and checked.
        On a portal with xloader, the loader's own (text) table of this resource goes first, and the
        data dictionary carries ``type_override``: a later loader job on it keeps the types."""
        fields, pk = datastore_fields(schema, override=self.has_loader()), primary_key(schema)
        rows = _count_rows(f.path, fields)
        info = self.info(res["id"]) if self.has_loader() else None
        for attempt in (1, 2):
            if info is not None:
                self.delete(res["id"])
            self.portal.action("datastore_create", slug, resource_id=res["id"], fields=fields,
                               primary_key=pk or None, force=True, records=[])
            for records in _batches(f.path, fields):
                self._insert(slug, res["id"], records, bool(pk))
            info = self.info(res["id"])
            if info is not None and _same_table(info, fields, rows):
                return
            log.warning("%s : table DataStore incomplète après chargement (essai %d)", slug, attempt)
        raise PublishError("la table DataStore chargée ne correspond pas au fichier CSV (champs ou lignes)", dataset=slug)

    def _insert(self, slug: str, rid: str, records: list[dict], keyed: bool) -> None:
        """One batch into a table being loaded: ``datastore_create`` with the records (INSERT, an
        answer without the records). With a primary key, a batch refused (a retry of a batch already
        in, whose answer was lost) goes again as ``upsert``; a batch refused for its values is
        refused again there, and that error is the one raised."""
        try:
            self.portal.action("datastore_create", slug, resource_id=rid, force=True, records=records)
        except PortalRefused:
            if not keyed:
                raise
            log.info("%s : lot DataStore refusé en insertion, renvoyé en upsert (lot déjà chargé ?)", slug)
            self.portal.action("datastore_upsert", slug, resource_id=rid, method="upsert", force=True,
                               records=records)

    # -- aliases -----------------------------------------------------------------------------------
    def withdraw_aliases(self, slug: str, pkg: dict) -> str | None:
        """Just before the switch: take the stable aliases off the current table (never let them show
        the old rows next to a package that says new). Returns the table that held them. Only the
        current CSV resource's id is used from ``pkg``: it never changes."""
        link = datastore_link(pkg)
        if not link:
            return None
        info = self.info(link["id"])
        if info is None:
            return None
        holder = info["meta"]["id"]
        if holder == link["id"]:  # a table of the current resource itself (earlier layout): drop it
            self.delete(holder)
            return None
        try:
            self.portal.action("datastore_create", slug, resource_id=holder, aliases=[], force=True)
        except PublishError:
            quietly(self.point_aliases, slug, holder, pkg, set())
            raise
        return holder

    def point_aliases(self, slug: str, table: str, pkg: dict, ours: set[str],
                      known: Iterable[str] = ()) -> None:
        """Put the stable aliases of ``pkg`` on ``table``; an alias held by another table of ours is
        taken from it, one held by a table of another dataset is left alone (the dataset-name alias
        is best effort). An alias held by the table of a resource no longer in the archive (a rival's
        switch removed it) is invisible to ``datastore_info`` (404): the tables of such resources
        (``known`` ones, and those of the archive's recent activity) lose their aliases blindly."""
        names = aliases(pkg)
        wanted = list(names)
        stranded_tried = False
        for _ in range(len(names) + 2):
            try:
                self.portal.action("datastore_create", slug, resource_id=table, aliases=wanted, force=True)
                return
            except PortalRefused:
                moved = self._take_aliases(slug, table, names, wanted, ours)
                if not moved and not stranded_tried:
                    stranded_tried = True
                    present = {r["id"] for r in (self.portal.package(archive_name(slug)) or {}).get("resources", [])}
                    recent = self._recent_resources(archive_name(slug))
                    moved = self._free_aliases(slug, (set(known) | recent) - present - {table})
                if not moved:
                    break
            except PortalNotFound:
                raise PublishError("table DataStore introuvable pour ses alias", dataset=slug) from None
        raise PublishError("les alias DataStore n'ont pas pu être posés", dataset=slug)

    def _take_aliases(self, slug: str, table: str, names: list[str], wanted: list[str], ours: set[str]) -> bool:
        """Free the wanted aliases other tables hold (``wanted`` loses those of another dataset but
        the first). True if something changed, worth another ``datastore_create``."""
        moved = False
        for alias in list(wanted):
            info = self.info(alias)
            holder = info["meta"]["id"] if info else None
            if holder in (None, table):
                continue
            if holder == alias == names[0]:  # a table under the current resource's own id:
                self.delete(holder)  # the portal's loader made it (never one of our tables)
                moved = True
            elif holder in ours or alias == names[0]:  # the current resource's id is ours anyway
                self.portal.action("datastore_create", slug, resource_id=holder, aliases=[], force=True)
                moved = True
            elif alias != wanted[0]:
                log.warning("%s : l'alias DataStore %s appartient à un autre jeu, ignoré", slug, alias)
                wanted.remove(alias)
                moved = True
        return moved

    def _recent_resources(self, slug: str, depth: int = 10) -> set[str]:
        """Ids of our resources in the package's last ``depth`` activities (empty without the activity
        plugin): the only trace of a resource a rival created and a later switch removed."""
        ids: set[str] = set()
        try:
            for act in self.portal.action("package_activity_list", None, id=slug, limit=depth):
                data = self.portal.action("activity_data_show", None, id=act["id"], object_type="package")
                ids |= {r["id"] for r in (data or {}).get("resources", []) if r.get("dq_cle")}
        except (PublishError, KeyError, TypeError) as exc:
            log.warning("%s : activité du jeu illisible (%s)", slug, type(exc).__name__)
        return ids

    def _free_aliases(self, slug: str, ids: set[str]) -> bool:
        """Take every alias off the tables of these (deleted) resources. True if one had a table.
        ``datastore_info`` cannot see a deleted resource's table and ``datastore_create`` would create
        one where there is none; ``datastore_records_delete`` of ``_id`` 0 (never a row) answers 404
        exactly when there is no table, and changes nothing."""
        freed = False
        for rid in sorted(ids):
            try:
                self.portal.action("datastore_records_delete", slug, resource_id=rid, filters={"_id": 0}, force=True)
                self.portal.action("datastore_create", slug, resource_id=rid, aliases=[], force=True)
                freed = True
            except (PortalNotFound, PortalRefused):
                continue
        return freed

    # -- the portal's own loader (ckanext-xloader) -------------------------------------------------
    def has_loader(self, known: bool | None = None) -> bool:
        """The portal runs ckanext-xloader (read once per publisher from ``status_show``, or ``known``: what a
        fan-out's parent read for the whole run)."""
        if known is not None:
            self._loader = known
        if self._loader is None:
            self._loader = "xloader" in (self.portal.action("status_show", None).get("extensions") or [])
        return self._loader

    def await_loader(self, slug: str, expected: dict[str, str]) -> None:
        """Keep xloader out of the published table. On a portal that runs it, every CSV resource
        whose URL is new gets a loader job (text columns, a TRUNCATE then COPY that readers see half
        done, and the resource's ``hash`` rewritten to an MD5). The publisher loads its tables
        itself; here it waits until the jobs on these resources are over, so that nothing it does
        next (its own typed load, pointing the aliases) can be raced, then puts back the ``hash``
        (resource id -> our value). No-op without xloader."""
        if not expected or not self.has_loader():
            return
        started = time.monotonic()
        deadline = started + self.loader_timeout
        pending = set(expected)
        while pending:
            for rid in sorted(pending):
                try:
                    status = (self.portal.action("xloader_status", slug, resource_id=rid) or {}).get("status")
                except PortalNotFound:
                    status = None
                if status not in LOADER_BUSY:
                    pending.discard(rid)
            if pending:
                if time.monotonic() > deadline:
                    raise PublishError(f"le chargeur xloader du portail n'a pas fini après {self.loader_timeout:.0f} s "
                                       f"({len(pending)} ressource(s)) ; rien n'a été basculé de plus", dataset=slug)
                time.sleep(0.5)
        log.info("%s : chargeur xloader du portail terminé sur %d ressource(s) après %.1f s d'attente",
                 slug, len(expected), time.monotonic() - started)
        for rid, want in sorted(expected.items()):
            if self.portal.action("resource_show", slug, id=rid).get("hash") != want:
                self.portal.action("resource_patch", slug, id=rid, hash=want)

    def after_loader(self, slug: str, latest: dict, payload: dict) -> dict:
        """After a switch on a portal with xloader: the links' new URLs gave each CSV link a loader
        job. The aliases are already on the version table (a view and a table cannot share a name:
        a job that comes later fails on its CREATE TABLE, one that came first lost its table in
        ``point_aliases``); wait for the jobs, put our ``hash`` back, and make sure the data link
        still reaches the version table, with its DataStore flag."""
        links = {r["dq_cle"]: r for r in latest.get("resources", []) if r.get("dq_version") == CURRENT and r.get("dq_cle")}
        self.await_loader(slug, {links[r["dq_cle"]]["id"]: r["hash"] for r in payload["resources"]
                                 if r.get("dq_version") == CURRENT and r["dq_cle"] in links
                                 and loadable(links[r["dq_cle"]].get("format"))})
        link = datastore_link(latest)
        target = target_id(link) if link else None
        if not link or not target or target == link["id"]:
            return latest
        info = self.info(link["id"])
        if info is None or info["meta"]["id"] != target:  # the alias is missing or taken: once more
            archive = self.portal.package(archive_name(slug)) or {}
            self.point_aliases(slug, target, latest, {r["id"] for r in archive.get("resources", [])})
        if not self.portal.action("resource_show", slug, id=link["id"]).get("datastore_active"):
            self.portal.action("resource_patch", slug, id=link["id"], datastore_active=True)
        return self.portal.action("package_show", slug, id=slug)
