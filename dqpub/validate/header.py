"""The header row: Frictionless' ``Header`` rules, the fields each label is paired with, and drift.

Labels are paired with schema fields as Frictionless pairs them (by position for ``fieldsMatch: exact``,
by name otherwise; Table Schema v2 modes). A label with no field gets an untyped ``any`` field, so, like
Frictionless, cells under an extra label are not reported again.
"""

from __future__ import annotations

from dataclasses import dataclass

from dqpub.validate.check import Check, Context
from dqpub.validate.collector import row_error
from dqpub.validate.errors import HEADER_KINDS, BlankHeader


@dataclass
class HeaderIssue:
    """One header error as Frictionless' ``Header.__process`` finds it."""

    code: str
    number: int | None  # 1-based column
    field: str  # the schema field concerned ("" when none)
    label: str  # the file's label concerned ("" when none)
    note: str = ""  # duplicate-label: the earlier positions


class Pairing:
    """How labels meet schema fields under one ``fieldsMatch`` mode."""

    def __init__(self, labels: list[str], fields: list[dict], fields_match: str) -> None:
        self.labels, self.fields, self.mode = labels, fields, fields_match
        self.by_name = fields_match != "exact"

    def field_at(self, pos: int, label: str) -> dict | None:
        if not self.by_name:
            return self.fields[pos] if pos < len(self.fields) else None
        return next((f for f in self.fields if f["name"] == label), None)

    def missing(self, pk: list[str]) -> list[dict]:
        """Schema fields the file lacks (in superset / partial mode: only required or key ones)."""
        if not self.by_name:
            missing = self.fields[len(self.labels):]
        else:
            missing = [f for f in self.fields if f["name"] not in set(self.labels)]
        if self.mode in ("superset", "partial"):
            missing = [f for f in missing if (f.get("constraints") or {}).get("required") or f["name"] in pk]
        return missing


def header_issues(labels: list[str], fields: list[dict], fields_match: str, pk: list[str]) -> list[HeaderIssue]:
    """Frictionless' Header.__process, in its order."""
    pairing = Pairing(labels, fields, fields_match)
    issues: list[HeaderIssue] = []
    if fields_match not in ("subset", "partial"):
        issues += [HeaderIssue("extra-label", number, "", label) for number, label in enumerate(labels, start=1)
                   if pairing.field_at(number - 1, label) is None]
    if fields_match == "partial" and fields and not any(pairing.field_at(i, lb) for i, lb in enumerate(labels)):
        issues.append(HeaderIssue("unmatched-header", None, "", ""))
    issues += [HeaderIssue("missing-label", len(labels) + 1 + offset, f["name"], "")
               for offset, f in enumerate(pairing.missing(pk))]
    if not pairing.by_name:
        issues += _positional_issues(labels, fields)
    return issues


def _positional_issues(labels: list[str], fields: list[dict]) -> list[HeaderIssue]:
    """``exact`` mode: blank, duplicate and incorrect labels, position by position."""
    issues: list[HeaderIssue] = []
    for number, (f, label) in enumerate(zip(fields, labels), start=1):
        lab: str | None = label
        if not label:
            issues.append(HeaderIssue("blank-label", number, f["name"], ""))
        if label:
            dups = [i for i, seen in enumerate(labels[: number - 1], start=1) if seen == label]
            if dups:
                lab = None
                issues.append(HeaderIssue("duplicate-label", number, f["name"], label, ", ".join(map(str, dups))))
        if lab and lab != f["name"]:
            issues.append(HeaderIssue("incorrect-label", number, f["name"], label))
    return issues


def expected_fields(labels: list[str], fields: list[dict], fields_match: str) -> list[tuple[dict | None, str]]:
    """Per label: (schema field or None → artificial any, name) — Header.get_expected_fields."""
    pairing = Pairing(labels, fields, fields_match)
    out: list[tuple[dict | None, str]] = []
    used: set[str] = set()
    for pos, label in enumerate(labels):
        f = pairing.field_at(pos, label)
        name = f["name"] if f is not None else label
        new, suffix = name, 2
        while new in used:
            new = f"{name}{suffix}"
            suffix += 1
        used.add(new)
        out.append((f, new))
    return out


def drift(labels: list[str], names: list[str]) -> list[dict]:
    """Columns added, removed, renamed (same position) or moved, for the steward's first reading."""
    added = [(i, lb) for i, lb in enumerate(labels, start=1) if lb not in names]
    removed = [(i, n) for i, n in enumerate(names, start=1) if n not in labels]
    out: list[dict] = []
    added_pos = dict(added)
    renamed_pos = set()
    for i, n in removed:
        if i in added_pos:
            out.append({"kind": "renamed", "position": i, "schema": n, "file": added_pos[i]})
            renamed_pos.add(i)
        else:
            out.append({"kind": "removed", "position": i, "schema": n, "file": None})
    out += [{"kind": "added", "position": i, "schema": None, "file": lb} for i, lb in added if i not in renamed_pos]
    if not out:
        common = [lb for lb in labels if lb in names]
        expected = [n for n in names if n in labels]
        for i, (lb, n) in enumerate(zip(labels, names), start=1):
            if lb != n and lb in names and common != expected:
                out.append({"kind": "moved", "position": i, "schema": n, "file": lb})
    out.sort(key=lambda d: d["position"] or 0)
    return out


class HeaderCheck(Check):
    """Header errors, reported at ``start``; ``drift`` is left for the report (moves only in ``exact``)."""

    def __init__(self, labels: list[str], schema: dict, pk: list[str]) -> None:
        self.labels, self.pk = labels, pk
        self.fields: list[dict] = list(schema.get("fields", []))
        self.fields_match = schema.get("fieldsMatch", "exact")
        self.drift: list[dict] = []

    def start(self, ctx: Context) -> None:
        super().start(ctx)
        col = ctx.collector
        if not self.labels:
            col.count(BlankHeader.code, "", 1)
            col.add((0, 0, 0, 0), row_error(BlankHeader, 1, None, None, BlankHeader.rule, BlankHeader.describe()))
            return
        for i, issue in enumerate(header_issues(self.labels, self.fields, self.fields_match, self.pk)):
            kind = HEADER_KINDS[issue.code]
            col.count(kind.code, "", 1)
            err = row_error(kind, None, issue.field or issue.label or None, issue.number, kind.rule,
                            kind.describe(label=issue.label, field=issue.field, note=issue.note))
            if issue.label:
                err._label = issue.label  # type: ignore[attr-defined]  # settled like cell values
            col.add((0, 0, i, 0), err)
        names = [f["name"] for f in self.fields]
        found = drift(self.labels, names)
        self.drift = found if self.fields_match == "exact" else [d for d in found if d["kind"] != "moved"]
