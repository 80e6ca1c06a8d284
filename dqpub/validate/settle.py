"""The one place where values enter the report (README « Valeurs dans les messages et les rapports »)."""

from __future__ import annotations

from dqpub.core.schema import MASK
from dqpub.validate.report import PENDING, ValidationReport, shown


def showable(values: list[str], delimiters: str, *, names: bool = True) -> list[bool]:
    """Which values a message may quote: one line, no delimiter of the source or of the normalized
    table (a cell that spans one is a swallowed row: an unbalanced quote took the rest of the row, and
    the next ones, into it), and nothing that the detectors find (structured kinds, and person names
    unless ``names=False``), whatever the field's category."""
    ok = [not any(c in v for c in "\r\n" + delimiters) for v in values]
    candidates = [v for v, good in zip(values, ok) if good]
    if candidates:
        from dqpub.privacy.detect import clean_values

        verdict = dict(zip(candidates, clean_values(candidates, names=names)))
        ok = [good and verdict[v] for v, good in zip(values, ok)]
    return ok


def settle(report: ValidationReport, schema_names: list[str]) -> None:
    """Each value a message, an example or the header would show is checked by ``showable`` and quoted
    only when clean, else ``MASK``.

    A cell value with a capital letter may hold a name, which only the model can tell: it stays
    masked here and is handed to ``report.defer_names`` with its message templates; the report
    un-masks it, after the name detectors, the first time it is rendered. So validation itself never
    loads the model (a run that only asks valid/invalid pays nothing), and what a report shows was
    checked whatever happens."""
    delimiters = "," + (report.delimiter or "")
    _settle_cells(report, delimiters)
    _settle_labels(report, schema_names, delimiters)


def _settle_cells(report: ValidationReport, delimiters: str) -> None:
    pending = [e for e in report.errors if hasattr(e, "_raw")]
    raws = [e._raw for e in pending]
    cheap = dict(zip(raws, showable(raws, delimiters, names=False))) if raws else {}
    deferred = []
    for e in pending:
        raw = e.__dict__.pop("_raw")
        message, description = e.message, e.description
        later = cheap[raw] and any(c.isupper() for c in raw)
        value = shown(raw) if cheap[raw] and not later else None
        text = f"« {value} »" if value is not None else MASK
        e.message = message.replace(PENDING, text)
        e.description = description.replace(PENDING, text)
        e.cell = value if value is not None else MASK
        if later:
            deferred.append((e, raw, message, description))
    if deferred:
        report.defer_names(deferred)


def _settle_labels(report: ValidationReport, schema_names: list[str], delimiters: str) -> None:
    labels = [label for label in report.header if label not in schema_names]  # schema text is not data
    verdict = dict(zip(labels, showable(labels, delimiters))) if labels else {}
    for e in report.errors:
        label = getattr(e, "_label", None)
        if label is not None:
            del e.__dict__["_label"]
            if not verdict.get(label, True):
                e.message = e.message.replace(f"« {label} »", MASK)
                e.description = e.description.replace(f"« {label} »", MASK)
                if e.field == label:
                    e.field = MASK
    report.header = [label if verdict.get(label, True) else MASK for label in report.header]
    for d in report.drift:
        if d.get("file") is not None and not verdict.get(d["file"], True):
            d["file"] = MASK
