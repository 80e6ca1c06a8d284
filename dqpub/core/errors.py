"""Exceptions of the pipeline.

Every error a steward can see carries the dataset, and when it applies the row, the column and the
rule that failed. Messages are in French (Données Québec and the ministry's stewards work in French)
and NEVER contain a cell value of a personal field: they are logged, attached to Prefect runs and
e-mailed. Build messages from names and rules, not from data.
"""

from __future__ import annotations


class DqpubError(Exception):
    """Base class. ``retryable`` tells the orchestrator whether a retry can help."""

    retryable = False

    def __init__(
        self,
        message: str,
        *,
        dataset: str | None = None,
        row: int | None = None,
        column: str | None = None,
        rule: str | None = None,
    ) -> None:
        self.message = message
        self.dataset = dataset
        self.row = row
        self.column = column
        self.rule = rule
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = []
        if self.dataset:
            where.append(f"jeu « {self.dataset} »")
        if self.row is not None:
            where.append(f"ligne {self.row}")
        if self.column:
            where.append(f"colonne « {self.column} »")
        if self.rule:
            where.append(f"règle {self.rule}")
        prefix = ", ".join(where)
        return f"{prefix} : {self.message}" if prefix else self.message


class InventoryError(DqpubError):
    """The inventory itself is unreadable or breaks its schema: nothing runs."""


class SourceError(DqpubError):
    """A source could not be pulled or decoded (file missing, URL down, bad encoding…)."""


class TransientSourceError(SourceError):
    """A source failed in a way a retry may fix (timeout, HTTP 5xx, database unreachable)."""

    retryable = True


class ValidationFailed(DqpubError):
    """The table breaks its Table Schema; carries the validation report."""

    def __init__(self, message: str, *, report=None, **kw) -> None:
        self.report = report
        super().__init__(message, **kw)


class SchemaError(DqpubError):
    """The dataset's Table Schema is unusable as written (e.g. a privacy declaration without its basis)."""


class PrivacyError(DqpubError):
    """Anonymization could not guarantee that nothing personal is published (fail closed)."""


class PublishError(DqpubError):
    """The target refused or failed a publication."""


class TransientPublishError(PublishError):
    """Network error, timeout or 5xx from the portal: a retry may succeed."""

    retryable = True


class NotAllowed(DqpubError):
    """The dataset may not be published (restricted by the access law, or disabled)."""
