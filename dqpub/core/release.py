"""The one publisher interface. A target receives a complete ``Release`` and either holds all of it
afterwards or keeps its previous complete version: never a mix.

Targets: ``publishers.local.LocalPortal`` (embedded default, a folder that mirrors what CKAN would
hold) and ``publishers.ckan.CkanPortal`` (Données Québec and any CKAN through the Action API). Declared in the
core so that the pipeline and the targets depend on it and not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol, runtime_checkable

# Called by a target before each request it sends: blocks until the target's request budget allows
# one (the in-process throttle by default; under Prefect, a ``dqpub.core.pace.Pacer`` on the portal's
# global rate limit shared by every worker, injected by the flow layer).
Throttle = Callable[[], None]

from dqpub.core.names import semver


@dataclass(frozen=True)
class ReleaseFile:
    key: str  # stable role: donnees-csv, donnees-parquet, dictionnaire, statistiques, datapackage…
    path: Path
    filename: str  # name on the portal (current resource)
    name: str  # French resource title
    description: str
    format: str  # CSV, Parquet, JSON, Markdown
    mimetype: str
    sha256: str
    size: int
    versioned: bool = True  # also kept as an immutable file of this version
    datastore: bool = False  # loaded in the CKAN DataStore (tabular data)
    # Portal resource fields decided by the core (dqpub/release/metadata.py): resource_type, the relidi_*
    # conformity flags… Publishers send them as they are.
    portal_fields: dict[str, str] = field(default_factory=lambda: {"resource_type": "donnees"})


@dataclass(frozen=True)
class PublishedState:
    """What a target holds for a dataset, as recorded by the last complete publication."""

    version: str
    fingerprint: str  # content published (data + schema + metadata)
    input_fingerprint: str  # sources + schema + configuration that produced it
    schema: dict[str, Any]
    published_at: str
    versions: list[str]
    history: list[dict[str, Any]]  # change-log entries, newest first


@dataclass(frozen=True)
class Release:
    dataset: str
    version: str
    previous_version: str | None
    bump: str  # initial | major | minor | patch
    reasons: list[str]
    fingerprint: str
    input_fingerprint: str
    created: str  # ISO 8601
    package: dict[str, Any]  # portal metadata (Données Québec fields), see publishers/metadata.py
    files: list[ReleaseFile]
    schema: dict[str, Any]  # the published Table Schema
    history: list[dict[str, Any]]  # change log including this version's entry (newest first)
    retention: int | None  # how many versions to keep (None: all)
    private: dict[str, Any] = field(default_factory=dict)  # kept off the public portal (registry)

    def file(self, key: str) -> ReleaseFile:
        return next(f for f in self.files if f.key == key)

    def retained(self, known: list[str]) -> list[str]:
        """The versions a target keeps once this release is current: this one, then the ``known``
        others newest first, cut at the retention (at least this one)."""
        others = sorted({v for v in known if v != self.version}, key=semver, reverse=True)
        keep = [self.version] + others
        return keep if self.retention is None else keep[: max(1, self.retention)]


@dataclass(frozen=True)
class PublishResult:
    dataset: str
    version: str
    url: str
    resources: dict[str, str]  # key -> stable URL of the current resource


@runtime_checkable
class Publisher(Protocol):
    name: str

    def state(self, dataset: str) -> PublishedState | None:
        """The last complete publication of ``dataset``, or None if never published."""

    def fetch(self, dataset: str, key: str, version: str | None = None) -> bytes | None:
        """Bytes of a published file (current, or of a past ``version``), None if absent."""

    def publish(self, release: Release) -> PublishResult:
        """Publish everything in ``release`` atomically (all or the previous version)."""

    def dataset_url(self, dataset: str) -> str:
        """Where a person sees the dataset on this target (its portal page, its folder)."""

    def preflight(self, release: Release) -> Any:
        """Check ``release`` against the target's rules without changing anything: an object with
        ``problems`` (each with a French ``message``) and a ``note``; None when the target has no rules
        to check beyond what the core already did."""

    def private_dir(self, dataset: str) -> Path | None:
        """Where this machine keeps the dataset's private records (pseudonym key, quarantine, traces)
        when the target lives on it (the embedded local target); None for a remote portal, whose
        records stay in the work folder and whose secrets come from the environment."""


@runtime_checkable
class BulkStates(Protocol):
    """Optional capability of a target: read the state of a whole inventory in a few requests.

    ``seen`` is one bulk read (for CKAN, a few paged searches of the organization): per dataset an
    opaque, JSON-serializable token of what the target showed (None when it showed nothing).
    ``states`` answers like ``state`` for each dataset, from the last state read when the target
    showed the same token, and reads the dataset itself only when the token differs or is None.
    The bulk read may be stale (a search index): it only ever spares a read; publishing still goes
    through the target's own fresh checks (CKAN: the switch's optimistic check re-reads)."""

    def seen(self, datasets: list[str]) -> dict[str, Any]: ...

    def states(self, datasets: list[str], seen: dict[str, Any] | None = None) -> dict[str, PublishedState | None]: ...


@runtime_checkable
class TargetFacts(Protocol):
    """Optional capability of a target: what it says about itself and that a run reads once (CKAN: its
    ckanext-scheming schema, whether it runs xloader). A fan-out's parent reads them, each child is handed
    them (JSON) and does not ask again: two requests per run instead of two per dataset."""

    def facts(self) -> dict[str, Any]: ...

    def know(self, facts: dict[str, Any]) -> None: ...


class KnownStates:
    """A publisher whose ``state`` answers from a bulk read (``BulkStates``) when it can; everything
    else goes to the target as it is. A dataset published through it is read afresh afterwards."""

    def __init__(self, inner: Any, seen: dict[str, Any]) -> None:
        self.inner = inner
        self._seen = dict(seen)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.inner, attr)

    def state(self, dataset: str) -> PublishedState | None:
        if dataset not in self._seen:
            return self.inner.state(dataset)
        return self.inner.states([dataset], {dataset: self._seen[dataset]})[dataset]

    def publish(self, release: Release) -> PublishResult:
        self._seen.pop(release.dataset, None)
        try:
            return self.inner.publish(release)
        except Exception:
            # a refused switch may come from a kept state the portal no longer shows: read it next time
            forget = getattr(self.inner, "forget_state", None)
            if forget is not None:
                forget(release.dataset)
            raise

    def forget(self, dataset: str) -> None:
        """The dataset changed elsewhere (a child run published it): read it afresh next time."""
        self._seen.pop(dataset, None)

    def seen_tokens(self) -> dict[str, Any]:
        """The bulk read's token of each dataset not published through this publisher since."""
        return dict(self._seen)


def with_known_states(publisher: Any, datasets: list[str], seen: dict[str, Any] | None = None) -> Any:
    """``publisher`` with one bulk read of ``datasets`` (or the given one) behind its ``state``;
    the publisher itself when the target has no bulk read."""
    if isinstance(publisher, KnownStates) or not isinstance(publisher, BulkStates) or len(datasets) < 2:
        return publisher  # already read, no bulk read, or one dataset (its own read is cheaper)
    return KnownStates(publisher, publisher.seen(datasets) if seen is None else seen)
