"""A CKAN portal as a publication target (Données Québec, its sandbox PAB, the local test portal).

``CkanPortal`` (:mod:`.portal`) implements the ``Publisher`` protocol of ``dqpub.core.release``; its
parts, each readable alone: :mod:`.client` (the Action API, retries, one error map), :mod:`.target`
(which portal, from the environment), :mod:`.archive` (current and past versions, the state file),
:mod:`.datastore` (typed DataStore tables), :mod:`.bulk` (states of many datasets in one read, kept
on this machine) and :mod:`.preflight` (each value against the portal's scheming schema).
"""

from publishers.ckan.portal import DATASTORE_TYPES, CkanPortal, archive_name, state_name

__all__ = ["CkanPortal", "DATASTORE_TYPES", "archive_name", "state_name"]
