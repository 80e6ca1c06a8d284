"""What a re-evaluation finds (per dataset: checks, detections, linkage; per run: the alert) and its
French summary. Counts, columns and kinds only: never a cell value."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from dqpub.privacy import detect
from dqpub.core.errors import DqpubError
from dqpub.core.french import pct


def kind_label(kind: str) -> str:
    """A detector's kind in French (« courriel », « numéro de téléphone »…)."""
    return detect.KIND_LABELS.get(kind, kind)


@dataclass
class Check:
    """One measure compared with its threshold (``ok`` None: measured, no threshold declared)."""

    name: str  # French label
    measure: Any
    threshold: Any = None
    ok: bool | None = None
    detail: str = ""


@dataclass
class Detection:
    column: str
    category: str
    kind: str
    cells: int
    allowed: bool  # declared in privacy.renseignements of a public column


@dataclass
class Linkage:
    dataset: str  # the dataset about people
    other: str
    keys: list[str]  # "municipalite", "date_evenement ↔ date_debut (mois)"…
    linked_records: int
    unique_links: int
    k: int | None
    threshold: int
    at_risk: float
    added_quasi: list[str]  # shared keys that are not quasi-identifiers of ``dataset``

    @property
    def ok(self) -> bool:
        return self.k is None or self.k >= self.threshold


@dataclass
class DatasetEvaluation:
    dataset: str
    status: str = "conforme"  # conforme | à revoir | non publié
    version: str | None = None
    published_at: str | None = None
    rows: int = 0
    columns: int = 0
    checks: list[Check] = field(default_factory=list)
    detections: list[Detection] = field(default_factory=list)
    linkage: list[Linkage] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what no longer passes (French, no value)
    actions: list[str] = field(default_factory=list)  # what to do (French)

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["linkage"] = [{**asdict(link), "ok": link.ok} for link in self.linkage]
        return out


@dataclass
class Reevaluation:
    date: str
    target: str
    datasets: list[DatasetEvaluation]
    records: dict[str, str] = field(default_factory=dict)  # dataset -> registry entry written

    @property
    def failed(self) -> list[str]:
        return [d.dataset for d in self.datasets if d.failed]

    def message(self) -> str:
        """The alert: one French sentence per dataset that no longer passes (no value)."""
        if not self.failed:
            return "réévaluation de l'anonymisation : tout ce qui est publié respecte ses seuils"
        parts = [f"{d.dataset} ({'; '.join(d.problems)})" for d in self.datasets if d.failed]
        return (f"réévaluation de l'anonymisation : {len(parts)} jeu(x) publié(s) ne respecte(nt) plus "
                f"leurs seuils ou contiennent des renseignements détectés — " + " ; ".join(parts)
                + ". Rien n'a été retiré du portail : voir « À faire » dans le rapport.")

    def markdown(self) -> str:
        return summary_markdown(self)


# --- the French summary ---------------------------------------------------------------------------



def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return pct(v) if v <= 1 else f"{v:g}".replace(".", ",")
    return str(v)


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def summary_markdown(result: Reevaluation) -> str:
    """What was checked, what passes, what no longer meets its threshold, what detectors find
    (kind and count), what to do. Counts and names only."""
    checked = [d for d in result.datasets if d.status != "non publié"]
    lines = [f"# Réévaluation de l'anonymisation — {result.date[:10]}, cible « {result.target} »", "",
             f"{len(checked)} jeu(x) publié(s) réévalué(s) : {len(checked) - len(result.failed)} conforme(s), "
             f"{len(result.failed)} à revoir. Détecteurs d'aujourd'hui sur chaque colonne publiée (valeurs "
             "distinctes : types structurés partout, noms sur les colonnes texte), k-anonymat, l-diversité, "
             "petites cellules et liaison entre nos jeux publiés. **Rien n'a été retiré du portail.**", ""]
    for d in result.datasets:
        if d.status == "non publié":
            lines += [f"## {d.dataset} — non publié sur cette cible", ""]
            continue
        mark = "✘ à revoir" if d.failed else "✔ conforme"
        lines += [f"## {d.dataset} — version {d.version} — {mark}", "",
                  f"Publiée le {(d.published_at or '')[:10]} ; {d.rows} lignes, {d.columns} colonnes vérifiées.", ""]
        if d.checks:
            lines += ["| Vérification | Mesure | Seuil | Résultat |", "|---|---|---|---|"]
            for c in d.checks:
                res = "—" if c.ok is None else ("respecté" if c.ok else "**non respecté**")
                lines.append(f"| {_cell(c.name)} | {_fmt(c.measure)} | {_fmt(c.threshold)} | {res} |")
            lines.append("")
        if d.detections:
            lines += ["| Colonne | Catégorie | Renseignement détecté | Cellules | Déclaré |", "|---|---|---|---|---|"]
            for x in d.detections:
                lines.append(f"| {x.column} | {x.category} | {kind_label(x.kind)} | {x.cells} | "
                             f"{'oui (renseignements)' if x.allowed else '**non**'} |")
            lines.append("")
        else:
            lines += ["Aucun renseignement personnel détecté.", ""]
        if d.linkage:
            lines += ["| Liaison avec | Clés communes | Enregistrements liables | Liens univoques | k combiné | Seuil |",
                      "|---|---|---|---|---|---|"]
            for link in d.linkage:
                lines.append(f"| {link.other} | {_cell(', '.join(link.keys))} | {link.linked_records} | "
                             f"{link.unique_links} | {_fmt(link.k)} | {link.threshold} |")
            lines.append("")
        if d.problems:
            lines += ["**Ne respecte plus :**", ""] + [f"- {_cell(p)}" for p in d.problems] + [""]
            lines += ["**À faire :**", ""] + [f"- {a}" for a in dict.fromkeys(d.actions)] + [""]
    return "\n".join(lines) + "\n"


class ReevaluationFailed(DqpubError):
    """A published version no longer meets its thresholds, or a detector finds something in it."""
