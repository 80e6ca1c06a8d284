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

    # -- the values waiting for the name detectors --------------------------------------------------
    # Cell values with a capital letter that the structured detectors found clean wait here for the name
    # detectors before a render may quote them. Not a field: ``to_dict`` never sees them, and a report
    # pickled (a Prefect task's result) drops them, so its values stay masked (fail closed).

    def __post_init__(self) -> None:
        self._pending_names: list = []

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_pending_names", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._pending_names = []

    def defer_names(self, items: list) -> None:
        """``items``: (error, raw value, message template, description template); the error shows MASK
        until :meth:`settle_names` un-masks the clean ones."""
        self._pending_names.extend(items)

    def settle_names(self) -> None:
        """Run the name detectors (the model) on the values still masked, once, and quote the clean ones:
        the first step of every render; cheap when there is nothing left."""
        items, self._pending_names = self._pending_names, []
        if not items:
            return
        from dqpub.privacy.detect import clean_values

        for (err, raw, message, description), ok in zip(items, clean_values([raw for _, raw, _, _ in items])):
            if ok:
                text = f"« {shown(raw)} »"
                err.message, err.description = message.replace(PENDING, text), description.replace(PENDING, text)
                err.cell = shown(raw)

    # -- machine formats -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        self.settle_names()
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

    def view(self) -> "ReportView":
        """What every human format shows, in order: values settled first (masked unless found clean)."""
        self.settle_names()
        facts = [("Lignes de données", str(self.rows)), ("Colonnes", str(self.fields)),
                 ("Erreurs", str(self.error_count))]
        if self.invalid_rows:
            facts.append(("Lignes invalides", str(self.invalid_rows)))
        if self.quarantined:
            facts.append(("Lignes en quarantaine (fichier privé, jamais publié)", str(self.quarantined)))
        if self.source:
            facts.append(("Fichier", self.source))
        if self.encoding:
            facts.append(("Encodage de la source", self.encoding))
        if self.delimiter:
            facts.append(("Séparateur de la source", _delim_name(self.delimiter)))
        facts.append(("Durée", f"{self.duration_s:.2f} s"))
        sections = []
        if self.drift:
            sections.append(Section(
                "Changement de structure",
                intro="La structure du fichier ne correspond plus au schéma. Réglez d'abord ces écarts : "
                      "les erreurs de cellules qui suivent en découlent probablement.",
                headers=("Écart", "Position", "Colonne du schéma", "Colonne du fichier"),
                rows=[(_drift_label(d["kind"]), str(d.get("position") or ""), d.get("schema") or "",
                       d.get("file") or "") for d in self.drift]))
        if self.warnings:
            sections.append(Section("Avertissements", bullets=[("", w) for w in self.warnings]))
        labels, hints = _kinds()
        if self.counts:
            sections.append(Section(
                "Erreurs par type et par colonne", headers=("Type d'erreur", "Colonne", "Nombre"),
                rows=[(f"{code} ({labels.get(code, code)})", name or "—", str(n)) for code, name, n in self._count_rows()],
                chart=True))
        if self.errors:
            sections.append(Section(
                f"Premières erreurs ({len(self.errors)} sur {self.error_count})",
                headers=("Ligne", "Colonne", "Règle", "Valeur", "Message"),
                rows=[("" if e.row is None else str(e.row), _column(e), e.rule, "" if e.cell is None else e.cell,
                       e.description or e.message) for e in self.errors]))
        codes = [c for c in self.counts if c in hints]
        if codes:
            sections.append(Section("Que faire", bullets=[(c, f"({labels.get(c, c)}) : {hints[c]}") for c in codes]))
        return ReportView(f"Rapport de validation — jeu « {self.dataset} »", self.verdict_fr(), self.valid, facts,
                          sections)

    def to_markdown(self) -> str:
        v = self.view()
        md = [f"# {v.title}", "", f"**Verdict : {v.verdict}**", ""]
        md += [f"- {label} : {value}" for label, value in v.facts] + [""]
        for sec in v.sections:
            md += [f"## {sec.title}", ""]
            if sec.intro:
                md += [sec.intro, ""]
            if sec.headers:
                md += ["| " + " | ".join(sec.headers) + " |", "|" + "---|" * len(sec.headers)]
                md += ["| " + " | ".join(_md(c) for c in row) + " |" for row in sec.rows]
            md += [f"- **{strong}** {_md(rest)}" if strong else f"- {_md(rest)}" for strong, rest in sec.bullets]
            md.append("")
        return "\n".join(md)

    def to_html(self) -> str:
        v = self.view()
        e = html.escape
        css = ("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;"
               "margin:1em 0}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}"
               ".ok{color:#065f16}.ko{color:#9b1c1c}figure.graphique{margin:1em 0}figcaption{color:#555}")
        out = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
               f"<title>{e(v.title)}</title><style>{css}</style></head><body>", f"<h1>{e(v.title)}</h1>",
               f'<p class="{"ok" if v.valid else "ko"}"><strong>Verdict : {e(v.verdict)}</strong></p>', "<ul>"]
        out += [f"<li>{e(label)} : {e(value)}</li>" for label, value in v.facts] + ["</ul>"]
        for sec in v.sections:
            out.append(f"<h2>{e(sec.title)}</h2>")
            if sec.intro:
                out.append(f"<p>{e(sec.intro)}</p>")
            if sec.headers:
                out.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in sec.headers) + "</tr>")
                out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in sec.rows]
                out.append("</table>")
            if sec.chart:
                out.append(_error_charts(self.counts))
            if sec.bullets:
                out.append("<ul>" + "".join(f"<li><strong>{e(strong)}</strong> {e(rest)}</li>" if strong
                                            else f"<li>{e(rest)}</li>" for strong, rest in sec.bullets) + "</ul>")
        out.append("</body></html>")
        return "\n".join(out)


@dataclass(frozen=True)
class Section:
    """A part of a rendered report: a title, an introduction, a table or a list (and, in HTML, the charts)."""

    title: str
    intro: str = ""
    headers: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)
    bullets: list[tuple[str, str]] = field(default_factory=list)  # (bold part, rest)
    chart: bool = False


@dataclass(frozen=True)
class ReportView:
    """The one view model the Markdown and HTML renderers read: they cannot show different facts."""

    title: str
    verdict: str
    valid: bool
    facts: list[tuple[str, str]]
    sections: list[Section]


def _column(e: CellError) -> str:
    return f"{e.field} (n° {e.field_number})" if e.field else (f"n° {e.field_number}" if e.field_number else "")


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
    report.settle_names()
    e = report.errors[0]
    more = f" ({report.error_count - 1} autre(s) erreur(s))" if report.error_count > 1 else ""
    return str(DqpubError((e.description or e.message) + more, dataset=report.dataset, row=e.row,
                          column=e.field or None, rule=e.rule))
