"""Publication targets, chosen by name: ``local`` (embedded default) or a CKAN portal
(``ckan-local``, ``pab`` — Données Québec's sandbox —, ``production``)."""

from __future__ import annotations

from pathlib import Path

from dqpub.core.release import Publisher, PublishedState, PublishResult, Release, ReleaseFile

__all__ = ["Publisher", "PublishedState", "PublishResult", "Release", "ReleaseFile", "get_publisher"]


def get_publisher(target: str, *, portal_dir: Path) -> Publisher:
    if target == "local":
        from publishers.local import LocalPortal

        return LocalPortal(portal_dir)
    from publishers.ckan import CkanPortal  # noqa: PLC0415 - only when a CKAN target is asked for

    return CkanPortal.from_target(target)
