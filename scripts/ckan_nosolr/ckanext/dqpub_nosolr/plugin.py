"""dqpub_nosolr: a Solr stand-in for the TEST CKAN started by ``scripts/ckan-local``.

WHY THIS EXISTS -- read before anything else:
    This extension exists ONLY because Apache Solr cannot run on the machines where dqpub is
    developed and tested (no Java/Solr packages, no Docker, no network beyond package
    registries).  Without Solr, CKAN starts, but ``package_create`` fails with
    ``SearchIndexError ... Connection refused`` and ``organization_create`` answers
    500 "Search Connection Error".  Production portals (Données Québec) run a real Solr; this
    plugin is never installed there, nor in the project's own environment: ``scripts/ckan-local``
    installs it only into the throw-away venv of the local test CKAN.  The dqpub publisher never
    relies on ``package_search`` for correctness (it reads datasets with ``package_show``), so the
    approximations below cannot hide a publishing bug.

What it does:
    * replaces ``make_connection`` in ``ckan.lib.search.common``, ``.index``, ``.query`` (and the
      re-export in ``ckan.lib.search``) with a factory returning a :class:`SolrLite` object: the
      pysolr surface CKAN calls (``add``, ``delete``, ``commit``, ``search``) backed by SQLite;
      patching the factory (rather than ``_INDICES``) also covers the DataStore, which
      instantiates ``PackageSearchIndex`` directly;
    * makes ``ckan.lib.search.check_solr_schema_version`` (run at every start-up by
      ``ckan.config.environment.update_config``) a no-op.

    Documents are stored as JSON in ``<ckan.storage_path>/nosolr.sqlite`` (override with the
    config key ``ckanext.dqpub_nosolr.sqlite_path`` or the environment variable DQPUB_NOSOLR_SQLITE).
    Queries understood: see ``solrlite.py`` (``*:*``, ``field:value``, quoted values, ``OR``,
    ``+``/``-``, ranges, wildcards, free words as substring match; sort/start/rows/fl; facets
    counted over the matches). Relevance scoring is not implemented.

Tested with CKAN 2.11.x (and 2.12.0).
"""
from __future__ import annotations

import logging
import os
from typing import Any

import ckan.plugins as p

from .solrlite import SolrLite

log = logging.getLogger(__name__)

_installed = False


def _sqlite_path() -> str:
    from ckan.common import config

    path = os.environ.get("DQPUB_NOSOLR_SQLITE") or config.get("ckanext.dqpub_nosolr.sqlite_path")
    if not path:
        storage = config.get("ckan.storage_path") or os.path.join(os.getcwd(), ".nosolr")
        path = os.path.join(storage, "nosolr.sqlite")
    return path


def make_connection(decode_dates: bool = True) -> SolrLite:  # noqa: ARG001 (pysolr signature)
    return SolrLite(_sqlite_path())


def check_solr_schema_version(schema_file: Any = None) -> bool:  # noqa: ARG001
    return False


def install() -> None:
    """Patch ckan.lib.search (idempotent)."""
    global _installed
    import ckan.lib.search as search
    import ckan.lib.search.common as common
    import ckan.lib.search.index as index
    import ckan.lib.search.query as query

    for mod in (common, index, query, search):
        mod.make_connection = make_connection
    search.check_solr_schema_version = check_solr_schema_version
    if not _installed:
        log.warning("dqpub_nosolr: Solr replaced by a SQLite stand-in (TEST CKAN ONLY)")
        _installed = True


# Patch at import time: CKAN imports plugin modules before ``update_config`` runs the Solr
# schema check, so the check and every later search call already see the stand-in.
install()


class NoSolrPlugin(p.SingletonPlugin):
    p.implements(p.IConfigurer)
    p.implements(p.IConfigDeclaration)

    def update_config(self, config: Any) -> None:
        install()

    def declare_config_options(self, declaration: Any, key: Any) -> None:
        declaration.declare(key.ckanext.dqpub_nosolr.sqlite_path, "").set_description(
            "SQLite file of the Solr stand-in (default: <ckan.storage_path>/nosolr.sqlite)")
