"""The release's documents (#25): one view model, renderers that cannot drift.

A release publishes two Markdown documents, the change log (``CHANGELOG.md``) and the anonymization
summary (``anonymisation.md``, Règlement sur l'anonymisation, art. 9), and leaves one HTML page in the
run's reports (``publication.html``, next to ``validation.html``). The three are rendered from one
model, :class:`ReleaseDocuments`, built once by :func:`build` from what a release carries: its change-log
entries (``Release.history``) and its anonymization record (``Release.private``). Every fact is worded
there, once; :func:`changelog_markdown`, :func:`anonymization_markdown` and :func:`release_report_html`
only lay it out (the HTML escaped), so the documents cannot state different facts.

Privacy: the model is made of counts, shares, field names, version numbers, dates and the pipeline's own
French wording. Neither of its sources holds a cell value (the anonymization record counts, the change
log counts and names fields), so no document can quote one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

import dqpub.release.changes as changes
from dqpub.core.french import pct
from dqpub.core.release import Release

# Recall of the free-text pass on the held-out corpus (tests/corpus/freetext, split « heldout »), measured
# once per change of the detectors by bench/recall_freetext.py and recorded in bench/README.md.
HELDOUT_RECALL = ("98,02 % des valeurs plantées d'un corpus écrit à l'aveugle par une dixième main (6 016), mesuré "
                  "avant tout réglage (98,49 % après) ; 98,81 %, 98,89 %, 98,96 %, 99,72 %, 99,55 %, 99,02 %, 99,38 % et "
                  "99,91 % sur ceux de la neuvième, de la huitième, de la septième, de la sixième, de la cinquième, de la "
                  "quatrième, de la troisième et de la première, 2026-12-08 ; détail par type dans bench/README.md")
PURPOSE = "diffusion en données ouvertes sur Données Québec"
CHARTED_VERSIONS = 24  # the HTML page charts the last 24 versions


Fact = tuple[str, str]  # (label, text): « - label : text » in Markdown, « label : text » in HTML


@dataclass(frozen=True)
class Table:
    """A two-or-more-column table and the sentence that introduces it ("" when none)."""

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    intro: str = ""


@dataclass(frozen=True)
class VersionEntry:
    """One version of the change log: its facts in order, and the counts its charts draw."""

    version: str
    date: str  # YYYY-MM-DD
    facts: list[Fact]
    rows: int
    added: int
    removed: int
    modified: int

    @property
    def heading(self) -> str:
        return f"Version {self.version} — {self.date}"


@dataclass(frozen=True)
class ChangeLog:
    title: str
    intro: str  # where the past versions' files stay ("" without a dataset name)
    versions: list[VersionEntry]  # newest first


@dataclass(frozen=True)
class AnonymizationSummary:
    title: str
    intro: str  # date and purposes
    techniques: Table  # one row per published or withheld field
    facts: list[Fact]  # k-anonymity, suppression, l-diversity, free text
    by_quasi: Table | None = None  # suppressed records per quasi-identifier


@dataclass(frozen=True)
class ReleaseDocuments:
    """The one view model of a release's documents."""

    dataset: str
    version: str
    changelog: ChangeLog
    anonymization: AnonymizationSummary
    charted: list[VersionEntry] = field(default_factory=list)  # oldest first, the last CHARTED_VERSIONS

    @property
    def title(self) -> str:
        return f"Publication — jeu « {self.dataset} », version {self.version}"


# --- the model -------------------------------------------------------------------------------------


def build(title: str, dataset: str, history: list[dict[str, Any]], record: dict[str, Any]) -> ReleaseDocuments:
    """The documents of the release whose change log is ``history`` (newest first, this version's entry
    first) and whose anonymization record is ``record`` (``PrivacyReport.to_dict()`` with ``version`` and
    ``date``)."""
    log = changelog(title, history, dataset)
    return ReleaseDocuments(dataset=dataset, version=str(record["version"]), changelog=log,
                            anonymization=anonymization(title, record),
                            charted=list(reversed(log.versions[:CHARTED_VERSIONS])))


def of_release(release: Release) -> ReleaseDocuments:
    """:func:`build` from a release (what the run's page is rendered from): the same facts as its files."""
    return build(str(release.package.get("title") or release.dataset), release.dataset, release.history,
                 release.private["registre_anonymisation"])


def changelog(title: str, history: list[dict[str, Any]], dataset: str = "") -> ChangeLog:
    intro = ("Les fichiers de chaque version conservée restent téléchargeables tels quels (fichiers « -vX.Y.Z ») ; "
             f"sur Données Québec, dans le jeu compagnon « {dataset}-versions »." if dataset else "")
    return ChangeLog(f"Journal des modifications — {title}", intro, [_version_entry(h) for h in history])


def _version_entry(h: dict[str, Any]) -> VersionEntry:
    facts: list[Fact] = [
        ("Niveau", f"{h['niveau']} ({'; '.join(h['raisons']) or 'données mises à jour'})"),
        ("Lignes", f"{h['lignes']} au total ; {h['ajoutees']} ajoutées, {h['retirees']} retirées, "
                   f"{h['modifiees']} modifiées (comparaison par {h['comparaison']})"),
    ]
    if h.get("changements"):
        facts.append(("Changements ligne par ligne", _changes_text(h)))
    if h.get("schema"):
        facts.append(("Schéma", "; ".join(h["schema"])))
    if h.get("anonymisation"):
        facts.append(("Anonymisation", "; ".join(h["anonymisation"])))
    if h.get("note"):
        facts.append(("Note", str(h["note"])))
    counts = [int(h.get(k) or 0) for k in ("lignes", "ajoutees", "retirees", "modifiees")]  # the charts'
    return VersionEntry(str(h["version"]), str(h["date"])[:10], facts, *counts)


def _changes_text(h: dict[str, Any]) -> str:
    """Where a version's changes are listed row by row, and how: by primary key, or whole rows when
    the published table has none (none declared, or dropped by the anonymization: said so)."""
    key, dropped, by = h.get("cle") or [], h.get("cle_retiree") or [], h["comparaison"]
    if by == changes.BY_KEY or (by == changes.FIRST and key):
        how = f"une ligne par clé primaire ({', '.join(key)}) ajoutée, retirée ou modifiée, avec les champs modifiés"
    else:
        why = (f"clé primaire ({', '.join(dropped)}) retirée par l'anonymisation" if dropped
               else "clé primaire absente de la version précédente" if key else "pas de clé primaire")
        how = f"{why} : les lignes entières ajoutées ou retirées"
    first = " ; en-tête seulement pour une première publication (toutes les lignes sont nouvelles)" if by == changes.FIRST else ""
    return f"{h['changements']} ({how}{first})"


def anonymization(title: str, record: dict[str, Any]) -> AnonymizationSummary:
    """The published summary of the anonymization record: techniques per field and risk measures, counts only."""
    by_quasi = record.get("suppressed_by_quasi") or {}
    return AnonymizationSummary(
        title=f"Anonymisation — {title} (version {record['version']})",
        intro=f"Date : {str(record['date'])[:10]}. Fins : {PURPOSE}.",
        techniques=Table(("Champ", "Technique"), [(str(k), str(v)) for k, v in record["techniques"].items()]),
        facts=_k_facts(record) + _text_facts(record),
        by_quasi=Table(("Quasi-identifiant", "Enregistrements"), [(str(q), str(n)) for q, n in by_quasi.items()],
                       intro="Enregistrements supprimés qui auraient atteint k sans ce quasi-identifiant (comptes) :")
        if by_quasi else None,
    )


def _k_facts(r: dict[str, Any]) -> list[Fact]:
    """k-anonymity, suppression and l-diversity: what is left of the risk of re-identification."""
    if not r.get("k_threshold"):
        return [("k-anonymat", "non appliqué ; aucun enregistrement supprimé")]
    facts: list[Fact] = [
        ("k-anonymat", f"seuil k = {r['k_threshold']} ; k minimal avant = {r['k_before']}, après = {r['k_after']} ; "
                       f"part des enregistrements à risque avant traitement : {pct(r['at_risk_before'] or 0)}"),
        ("Enregistrements supprimés", f"{r['suppressed_records']} sur {r.get('rows_in') or 0} ; "
                                      f"cellules supprimées : {r['suppressed_cells']}"),
    ]
    if r.get("l_after"):
        facts.append((f"l-diversité (seuil l = {r.get('l_threshold')})",
                      ", ".join(f"{k} = {v}" for k, v in r["l_after"].items())))
    if r.get("inferable_before") is not None:
        facts.append(("Enregistrements dont la valeur sensible se déduit de la classe",
                      f"{pct(r['inferable_before'])} avant traitement, {pct(r.get('inferable_after') or 0)} après"))
    return facts


def _text_facts(r: dict[str, Any]) -> list[Fact]:
    """Free text: the cells where identifiers were removed (per kind), the share of words masked per field."""
    facts: list[Fact] = []
    if r.get("scrubbed"):
        from dqpub.privacy.detect import KIND_LABELS

        facts.append(("Texte libre, cellules où des renseignements ont été retirés",
                      ", ".join(f"{KIND_LABELS.get(k, k)} : {v}" for k, v in sorted(r["scrubbed"].items()))))
    for name, ft in (r.get("free_text") or {}).items():
        facts.append((f"Texte libre « {name} »",
                      f"{ft['masques']} mots sur {ft['mots']} retirés ou masqués ({pct(ft['part'])}) : "
                      "seuls les mots connus sûrs sont publiés"
                      + (" ; colonne retenue (publiée vide)" if ft["retenu"] else "")
                      + f" ; rappel des détecteurs mesuré sur le corpus témoin : {HELDOUT_RECALL}"))
    return facts


# --- Markdown ----------------------------------------------------------------------------------------


def changelog_markdown(docs: ReleaseDocuments) -> str:
    """``CHANGELOG.md``."""
    log = docs.changelog
    lines = [f"# {log.title}", ""] + ([log.intro, ""] if log.intro else [])
    for v in log.versions:
        lines += [f"## {v.heading}", ""] + _md_facts(v.facts) + [""]
    return "\n".join(lines)


def anonymization_markdown(docs: ReleaseDocuments) -> str:
    """``anonymisation.md``."""
    a = docs.anonymization
    lines = [f"# {a.title}", "", a.intro, ""] + _md_table(a.techniques) + [""] + _md_facts(a.facts)
    if a.by_quasi:
        lines += [""] + _md_table(a.by_quasi)
    return "\n".join(lines) + "\n"


def _md_facts(facts: list[Fact]) -> list[str]:
    return [f"- {label} : {text}" for label, text in facts]


def _md_table(table: Table) -> list[str]:
    head = [table.intro, ""] if table.intro else []
    return head + ["| " + " | ".join(table.headers) + " |", "|" + "---|" * len(table.headers)] + [
        "| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


# --- HTML --------------------------------------------------------------------------------------------

_CSS = ("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}figcaption{color:#555}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left}")


def release_report_html(docs: ReleaseDocuments) -> str:
    """The run's page for one release (``publication.html``): the change log with rows and changes per
    version as inline SVG charts, the anonymization summary with the suppression per quasi-identifier.
    Kept out of the published files: the portal page holds ten resources or fewer."""
    e = html.escape
    log, anon = docs.changelog, docs.anonymization
    parts = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
             f"<title>{e(docs.title)}</title>", f"<style>{_CSS}</style>", "</head><body>", f"<h1>{e(docs.title)}</h1>"]
    if log.versions:
        parts.append(f"<p>{e(_fact(log.versions[0].facts[0]))}</p>")
    parts += [f"<h2>{e(log.title)}</h2>", f"<p>{e(log.intro)}</p>" if log.intro else "", _version_charts(docs.charted)]
    for v in log.versions:
        parts += [f"<h3>{e(v.heading)}</h3>", _html_facts(v.facts)]
    parts += [f"<h2>{e(anon.title)}</h2>", f"<p>{e(anon.intro)}</p>", _html_table(anon.techniques),
              _html_facts(anon.facts)]
    if anon.by_quasi:
        parts += [_html_table(anon.by_quasi), _quasi_chart(anon.by_quasi)]
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p)


def _fact(fact: Fact) -> str:
    return f"{fact[0]} : {fact[1]}"


def _html_facts(facts: list[Fact]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(_fact(f))}</li>" for f in facts) + "</ul>" if facts else ""


def _html_table(table: Table) -> str:
    e = html.escape
    return ((f"<p>{e(table.intro)}</p>" if table.intro else "") + "<table><tr>"
            + "".join(f"<th>{e(h)}</th>" for h in table.headers) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in table.rows) + "</table>")


def _version_charts(charted: list[VersionEntry]) -> str:
    """Rows and changes per version: counts only."""
    from dqpub.core.charts import bar_chart, figure

    labels = [v.version for v in charted]
    return "\n".join([
        figure(bar_chart("Lignes par version", labels, {"lignes": [v.rows for v in charted]}),
               "Nombre de lignes publiées à chaque version."),
        figure(bar_chart("Changements par version", labels, {"ajoutées": [v.added for v in charted],
                                                             "retirées": [v.removed for v in charted],
                                                             "modifiées": [v.modified for v in charted]}),
               "Lignes ajoutées, retirées et modifiées par rapport à la version précédente."),
    ])


def _quasi_chart(by_quasi: Table) -> str:
    from dqpub.core.charts import bar_chart, figure

    return figure(bar_chart("Enregistrements supprimés par quasi-identifiant", [q for q, _ in by_quasi.rows],
                            {"enregistrements": [int(n) for _, n in by_quasi.rows]}),
                  "Enregistrements supprimés qui auraient atteint k sans ce quasi-identifiant : "
                  "à généraliser en premier pour en supprimer moins.")
