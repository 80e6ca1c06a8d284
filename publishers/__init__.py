"""Publication targets, chosen by name: ``local`` (embedded default) or a CKAN portal
(``ckan-local``, ``pab`` — Données Québec's sandbox —, ``production``)."""

from __future__ import annotations

from pathlib import Path

from dqpub.core.release import Publisher, PublishedState, PublishResult, Release, ReleaseFile
from dqpub.core.settings import Settings

__all__ = ["Publisher", "PublishedState", "PublishResult", "Release", "ReleaseFile", "get_publisher", "open_target"]


def open_target(settings: Settings) -> Publisher:
    """The run's target, as the settings name it: the one way the CLI and the flows open it."""
    return get_publisher(settings.target, portal_dir=settings.portal_dir)


def get_publisher(target: str, *, portal_dir: Path) -> Publisher:
    if target == "local":
        from publishers.local import LocalPortal

        return LocalPortal(portal_dir)
    from publishers.ckan import CkanPortal  # noqa: PLC0415 - only when a CKAN target is asked for

    return CkanPortal.from_target(target)
