"""The validation report: what a data steward reads to fix a source.

Built by ``dqpub.validate``. Every message is in French and names the dataset, the row (as
Frictionless counts them: header = row 1, first data row = 2), the column and the rule.

Privacy: a report NEVER holds a cell value of a personal field (``dqpub.core.schema.is_personal``: any
field not declared ``privacy.category == "public"``). Such values are replaced by
``dqpub.core.schema.MASK`` when the report is built (in ``CellError.cell`` and in the messages), so no
output format can leak them. A value of a public field is quoted (truncated to 80 characters) only
when it is clean: ``dqpub.validate.settle`` runs every value the report would show through the
detectors (structured kinds and person names) and masks it if anything is found, or if it spans a
delimiter or a line break (a row swallowed by an unbalanced quote); header labels likewise.
Row-level errors (extra-cell, missing-cell, blank-row, unique-error, primary-key, foreign-key…)
never quote the row's content.
"""

from __future__ import annotations

import html
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from dqpub.core.errors import DqpubError

MAX_SHOWN = 80
PENDING = "\x00valeur\x00"  # where a message will quote its cell value once checked (dqpub.validate)

# Per report (by id, dropped with the report): cell values with a capital letter that the structured
# detectors found clean, waiting for the name detectors before a render may quote them. Kept out of
# the report object, so a report that is pickled, logged or returned by a task carries none of them.
_DEFERRED: dict[int, list] = {}


def defer_names(report: "ValidationReport", items: list) -> None:
    """``items``: (error, raw value, message template, description template); the error shows MASK
    until ``settle_names`` un-masks the clean ones."""
    import weakref

    _DEFERRED.setdefault(id(report), []).extend(items)
    weakref.finalize(report, _DEFERRED.pop, id(report), None)


def settle_names(report: "ValidationReport") -> None:
    """Run the name detectors (the model) on the values still masked, once, and quote the clean ones.
    Called by every render; cheap when there is nothing left."""
    items = _DEFERRED.pop(id(report), None)
    if not items:
        return
    from dqpub.privacy.detect import clean_values

    for (err, raw, message, description), ok in zip(items, clean_values([raw for _, raw, _, _ in items])):
        if ok:
            text = f"« {shown(raw)} »"
            err.message, err.description = message.replace(PENDING, text), description.replace(PENDING, text)
            err.cell = shown(raw)

def _kinds() -> tuple[dict[str, str], dict[str, str]]:
    """Short French label and « Que faire » per error code, from the error kinds (``dqpub.validate.errors``),
    read when a report is rendered: the validation package imports this module, not the other way round."""
    from dqpub.validate.errors import HINTS, LABELS

    return LABELS, HINTS


def __getattr__(name: str) -> dict[str, str]:
    """``LABELS`` and ``HINTS``, kept for callers of this module (now carried by the error kinds)."""
    if name in ("LABELS", "HINTS"):
        return _kinds()[name == "HINTS"]
    raise AttributeError(name)


def shown(value: str | None) -> str | None:
    """A public value as it may appear in a report: truncated to 80 characters."""
    if value is None:
        return None
    return value if len(value) <= MAX_SHOWN else value[: MAX_SHOWN - 1] + "…"


@dataclass
class CellError:
    code: str  # Frictionless' error type
    row: int | None  # header = 1, first data row = 2
    field: str | None
    field_number: int | None  # 1-based
    rule: str  # e.g. "type=integer", "maximum=62.6", "required"
    message: str  # full French sentence with location (no personal value)
    cell: str | None  # shown value: clean public → truncated, otherwise MASK; row errors → None
    description: str = ""  # the message without its location

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ValidationReport:
    dataset: str
    valid: bool
    rows: int
    fields: int
    errors: list[CellError]  # the first max_examples errors, in row order
    counts: dict[str, dict[str, int]]  # code -> field name ("" for row/header errors) -> count
    error_count: int
    drift: list[dict] = field(default_factory=list)
    quarantined: int = 0
    duration_s: float = 0.0
    encoding: str | None = None
    delimiter: str | None = None
    source: str | None = None
    header: list[str] = field(default_factory=list)
    invalid_rows: int = 0  # data rows with at least one error
    policy: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)

    # -- machine formats -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        settle_names(self)
        d = asdict(self)
        if d.get("policy"):
            d["policy"] = {k: (str(v) if k == "quarantine_path" else v) for k, v in d["policy"].items()}
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, default=str)

    # -- human formats ---------------------------------------------------------------------------

    def verdict_fr(self) -> str:
        if self.valid and self.quarantined:
            return (f"VALIDE avec mise en quarantaine : {self.quarantined} ligne(s) invalide(s) retirée(s) "
                    f"sur {self.rows} ({self.error_count} erreur(s)).")
        if self.valid:
            return f"VALIDE : {self.rows} ligne(s), {self.fields} colonne(s), aucune erreur."
        if self.drift:
            return (f"INVALIDE : la structure du fichier a changé par rapport au schéma "
                    f"({len(self.drift)} écart(s) de colonnes) ; {self.error_count} erreur(s) au total.")
        return f"INVALIDE : {self.error_count} erreur(s) sur {self.rows} ligne(s)."

    def summary_fr(self) -> str:
        """One French line, e.g. « Jeu X : 3 erreurs (type-error: 2 dans code_alea, …) »."""
        if self.valid and not self.error_count:
            return f"Jeu {self.dataset} : valide ({self.rows} lignes, {self.fields} colonnes)"
        parts = []
        for code, per_field in self.counts.items():
            for name, n in per_field.items():
                parts.append(f"{code}: {n}" + (f" dans {name}" if name else ""))
        head = f"Jeu {self.dataset} : {self.error_count} erreur{'s' if self.error_count > 1 else ''}"
        if self.drift:
            head += f", structure modifiée ({_drift_short(self.drift)})"
        if self.valid and self.quarantined:
            head += f", {self.quarantined} ligne(s) en quarantaine (jeu publiable)"
        return head + (f" ({', '.join(parts)})" if parts else "")

    def _count_rows(self) -> list[tuple[str, str, int]]:
        return [(code, name, n) for code, per in self.counts.items() for name, n in per.items()]

    def to_markdown(self) -> str:
        settle_names(self)
        md = [f"# Rapport de validation — jeu « {self.dataset} »", ""]
        md.append(f"**Verdict : {self.verdict_fr()}**")
        md.append("")
        info = [f"- Lignes de données : {self.rows}", f"- Colonnes : {self.fields}",
                f"- Erreurs : {self.error_count}"]
        if self.invalid_rows:
            info.append(f"- Lignes invalides : {self.invalid_rows}")
        if self.quarantined:
            info.append(f"- Lignes en quarantaine (fichier privé, jamais publié) : {self.quarantined}")
        if self.source:
            info.append(f"- Fichier : {self.source}")
        if self.encoding:
            info.append(f"- Encodage de la source : {self.encoding}")
        if self.delimiter:
            info.append(f"- Séparateur de la source : {_delim_name(self.delimiter)}")
        info.append(f"- Durée : {self.duration_s:.2f} s")
        md += info + [""]
        if self.drift:
            md += ["## Changement de structure", "",
                   "La structure du fichier ne correspond plus au schéma. Réglez d'abord ces écarts : "
                   "les erreurs de cellules qui suivent en découlent probablement.", "",
                   "| Écart | Position | Colonne du schéma | Colonne du fichier |", "|---|---|---|---|"]
            for d in self.drift:
                md.append(f"| {_drift_label(d['kind'])} | {d.get('position') or ''} | {_md(d.get('schema') or '')} "
                          f"| {_md(d.get('file') or '')} |")
            md.append("")
        if self.warnings:
            md += ["## Avertissements", ""] + [f"- {_md(w)}" for w in self.warnings] + [""]
        labels, hints = _kinds()
        if self.counts:
            md += ["## Erreurs par type et par colonne", "", "| Type d'erreur | Colonne | Nombre |", "|---|---|---|"]
            for code, name, n in self._count_rows():
                md.append(f"| {code} ({labels.get(code, code)}) | {_md(name) or '—'} | {n} |")
            md.append("")
        if self.errors:
            shown_n = len(self.errors)
            md += [f"## Premières erreurs ({shown_n} sur {self.error_count})", "",
                   "| Ligne | Colonne | Règle | Valeur | Message |", "|---|---|---|---|---|"]
            for e in self.errors:
                col = f"{e.field} (n° {e.field_number})" if e.field else (
                    f"n° {e.field_number}" if e.field_number else "")
                md.append(f"| {'' if e.row is None else e.row} | {_md(col)} | {_md(e.rule)} | "
                          f"{_md('' if e.cell is None else e.cell)} | {_md(e.description or e.message)} |")
            md.append("")
        codes = [c for c in self.counts if c in hints]
        if codes:
            md += ["## Que faire", ""]
            for c in codes:
                md.append(f"- **{c}** ({labels.get(c, c)}) : {hints[c]}")
            md.append("")
        return "\n".join(md)

    def to_html(self) -> str:  # long: one HTML page, top to bottom, as the reader sees it
        settle_names(self)
        e = html.escape
        css = ("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;"
               "margin:1em 0}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}"
               ".ok{color:#065f16}.ko{color:#9b1c1c}figure.graphique{margin:1em 0}figcaption{color:#555}")
        cls = "ok" if self.valid else "ko"
        out = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
               f"<title>Rapport de validation — {e(self.dataset)}</title><style>{css}</style></head><body>",
               f"<h1>Rapport de validation — jeu « {e(self.dataset)} »</h1>",
               f'<p class="{cls}"><strong>Verdict : {e(self.verdict_fr())}</strong></p>', "<ul>",
               f"<li>Lignes de données : {self.rows}</li><li>Colonnes : {self.fields}</li>",
               f"<li>Erreurs : {self.error_count}</li>"]
        if self.quarantined:
            out.append(f"<li>Lignes en quarantaine (fichier privé, jamais publié) : {self.quarantined}</li>")
        if self.source:
            out.append(f"<li>Fichier : {e(self.source)}</li>")
        if self.encoding:
            out.append(f"<li>Encodage de la source : {e(self.encoding)}</li>")
        if self.delimiter:
            out.append(f"<li>Séparateur de la source : {e(_delim_name(self.delimiter))}</li>")
        out.append(f"<li>Durée : {self.duration_s:.2f} s</li></ul>")
        if self.drift:
            out += ["<h2>Changement de structure</h2>",
                    "<p>La structure du fichier ne correspond plus au schéma. Réglez d'abord ces écarts : les "
                    "erreurs de cellules qui suivent en découlent probablement.</p>",
                    "<table><tr><th>Écart</th><th>Position</th><th>Colonne du schéma</th>"
                    "<th>Colonne du fichier</th></tr>"]
            for d in self.drift:
                out.append(f"<tr><td>{e(_drift_label(d['kind']))}</td><td>{d.get('position') or ''}</td>"
                           f"<td>{e(d.get('schema') or '')}</td><td>{e(d.get('file') or '')}</td></tr>")
            out.append("</table>")
        if self.warnings:
            out += ["<h2>Avertissements</h2><ul>"] + [f"<li>{e(w)}</li>" for w in self.warnings] + ["</ul>"]
        labels, hints = _kinds()
        if self.counts:
            out += ["<h2>Erreurs par type et par colonne</h2>",
                    "<table><tr><th>Type d'erreur</th><th>Colonne</th><th>Nombre</th></tr>"]
            for code, name, n in self._count_rows():
                out.append(f"<tr><td>{e(code)} ({e(labels.get(code, code))})</td><td>{e(name) or '—'}</td>"
                           f"<td>{n}</td></tr>")
            out.append("</table>")
            out.append(_error_charts(self.counts))
        if self.errors:
            out += [f"<h2>Premières erreurs ({len(self.errors)} sur {self.error_count})</h2>",
                    "<table><tr><th>Ligne</th><th>Colonne</th><th>Règle</th><th>Valeur</th><th>Message</th></tr>"]
            for err in self.errors:
                col = f"{err.field} (n° {err.field_number})" if err.field else (
                    f"n° {err.field_number}" if err.field_number else "")
                out.append(f"<tr><td>{'' if err.row is None else err.row}</td><td>{e(col)}</td><td>{e(err.rule)}</td>"
                           f"<td>{e('' if err.cell is None else err.cell)}</td>"
                           f"<td>{e(err.description or err.message)}</td></tr>")
            out.append("</table>")
        codes = [c for c in self.counts if c in hints]
        if codes:
            out.append("<h2>Que faire</h2><ul>")
            for c in codes:
                out.append(f"<li><strong>{e(c)}</strong> ({e(labels.get(c, c))}) : {e(hints[c])}</li>")
            out.append("</ul>")
        out.append("</body></html>")
        return "\n".join(out)


def _error_charts(counts: dict[str, dict[str, int]]) -> str:
    """Errors per column and per type as two inline SVG bar charts (counts only, no value)."""
    from dqpub.core.charts import bar_chart, figure

    per_column: dict[str, int] = {}
    per_type: dict[str, int] = {}
    for code, per in counts.items():
        for name, n in per.items():
            per_column[name or "(ligne ou en-tête)"] = per_column.get(name or "(ligne ou en-tête)", 0) + n
            per_type[code] = per_type.get(code, 0) + n
    columns = sorted(per_column.items(), key=lambda kv: -kv[1])[:25]
    types = sorted(per_type.items(), key=lambda kv: -kv[1])
    return "\n".join([
        figure(bar_chart("Erreurs par colonne", [k for k, _ in columns], {"erreurs": [n for _, n in columns]}),
               "Nombre d'erreurs par colonne (les 25 colonnes les plus touchées)."),
        figure(bar_chart("Erreurs par type", [f"{_kinds()[0].get(k, k)} ({k})" for k, _ in types],
                         {"erreurs": [n for _, n in types]}), "Nombre d'erreurs par type d'erreur."),
    ])


def _md(text: str) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _delim_name(d: str) -> str:
    return {",": "virgule (,)", ";": "point-virgule (;)", "\t": "tabulation", "|": "barre verticale (|)"}.get(d, d)


def _drift_label(kind: str) -> str:
    return {"added": "colonne ajoutée", "removed": "colonne retirée", "renamed": "colonne renommée",
            "moved": "colonne déplacée"}.get(kind, kind)


def _drift_short(drift: list[dict]) -> str:
    parts = []
    for d in drift:
        if d["kind"] == "renamed":
            parts.append(f"« {d['schema']} » renommée « {d['file']} »")
        elif d["kind"] == "added":
            parts.append(f"« {d['file']} » ajoutée")
        elif d["kind"] == "removed":
            parts.append(f"« {d['schema']} » retirée")
        else:
            parts.append(f"« {d.get('schema') or d.get('file')} » déplacée")
    return ", ".join(parts)


def drift_message(drift: list[dict]) -> str:
    return "la structure du fichier a changé par rapport au schéma : " + _drift_short(drift)


def first_error_message(report: ValidationReport) -> str:
    """The one line a failed run shows: dataset, row, column, rule and what is wrong (never a personal
    value). Schema drift comes first: it explains the cell errors that follow from it."""
    if report.drift:
        return str(DqpubError(drift_message(report.drift) + f" ({report.error_count} erreur(s) au total)",
                              dataset=report.dataset, rule="schéma (colonnes)"))
    if not report.errors:
        if report.valid:
            return str(DqpubError("aucune erreur", dataset=report.dataset))
        return str(DqpubError(f"{report.error_count} erreur(s)", dataset=report.dataset))
    settle_names(report)
    e = report.errors[0]
    more = f" ({report.error_count - 1} autre(s) erreur(s))" if report.error_count > 1 else ""
    return str(DqpubError((e.description or e.message) + more, dataset=report.dataset, row=e.row,
                          column=e.field or None, rule=e.rule))
