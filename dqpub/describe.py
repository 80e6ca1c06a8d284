"""``dqpub nouveau``: propose the schema, privacy policy, ``dataset.yaml`` and inventory row of a new
dataset from its source (a file, a URL or a SQL query). Nothing is published; the steward reviews.

The source is pulled and decoded by the pipeline's own steps (:mod:`dqpub.source`, :mod:`dqpub.table`:
encoding and delimiter detection), every column is typed by :mod:`dqpub.infer`, and a privacy category
is proposed per field from what the detectors (:mod:`dqpub.privacy.detect`, names by :mod:`dqpub.privacy.ner`) find in
a sample of its distinct values, with the reason in the field's description. The proposal is then
checked as a run would: validated against the source (a field whose rule the source breaks is relaxed,
and said so), and anonymized with the proposed policy, so that the after-scan of published columns
(:func:`dqpub.privacy.anonymize.anonymize`) passes — a column where it still finds something is proposed as
free text. Counts and kinds only: no value of the source goes into a description, a reason or a message.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from dqpub.privacy import detect
from dqpub import infer
from dqpub import source as source_step
from dqpub import table as table_step
from dqpub import validate as validate_step
from dqpub.core.config import INVENTORY_COLUMNS, PrivacyConfig, SourceConfig
from dqpub.core.errors import InventoryError, PrivacyError
from dqpub.core.names import SLUG
from dqpub.core.settings import Settings
from dqpub.validate.report import ValidationReport
from dqpub.core.french import pct

SAMPLE = 2000  # distinct values per column read by the detectors
SHARE = 0.3  # share of the sampled values that makes a column « of » a kind
DEFAULT_K = 5
DEFAULT_SUPPRESSION = 0.05
_DIRECT_KINDS = ("nas", "ramq", "permis", "courriel", "telephone", "adresse", "plaque")
_BIRTH = re.compile(r"(?i)naissance|(^|_)ddn($|_)|birth|(^|_)dob($|_)|date_nais")
_COORD = re.compile(r"(?i)^(lat|latitude|lon|lng|long|longitude|coord_?[xy]|[xy])$|(^|_)(lat|lon|lng|latitude|longitude)$")
_ID = re.compile(r"(?i)(^|_)(id|dossier|matricule|identifiant)(_|$)")
FREE_TEXT_LENGTH = 40  # mean length of a column of sentences


@dataclass
class FieldProposal:
    """What the detectors propose for one field (the schema holds it after the checks: a quasi-identifier
    may be generalized further or withheld for the k-anonymity, a column revised by the after-scan)."""

    name: str
    category: str
    privacy: dict[str, Any]
    reason: str  # French, counts and kinds only
    kinds: dict[str, int] = field(default_factory=dict)  # kind -> sampled distinct values holding it


@dataclass
class Proposal:
    slug: str
    schema: dict[str, Any]
    config: dict[str, Any]  # dataset.yaml
    row: dict[str, str]  # the inventory row, French column names
    encoding: str
    delimiter: str
    rows: int
    fields: list[FieldProposal]
    report: ValidationReport  # the proposed schema against the source
    relaxed: list[str] = field(default_factory=list)  # what was loosened for the source to validate
    privacy_check: str = ""  # the trial anonymization's verdict (French)
    suppression: float = 0.0  # share of records the k-anonymity trial suppressed

    def schema_json(self) -> str:
        return json.dumps(self.schema, ensure_ascii=False, indent=2) + "\n"

    def dataset_yaml(self) -> str:
        import yaml

        head = ("# Proposé par « dqpub nouveau » : à relire (méthodologie, seuils de confidentialité) avant de\n"
                "# passer « actif » à oui dans l'inventaire.\n")
        return head + yaml.safe_dump(self.config, allow_unicode=True, sort_keys=False, width=100)

    def inventory_line(self, *, header: bool = False) -> str:
        """The row as a CSV line of the inventory (with its French column names first if ``header``)."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if header:
            writer.writerow(list(INVENTORY_COLUMNS))
        writer.writerow([self.row[c] for c in INVENTORY_COLUMNS])
        return buf.getvalue()


def _read_text_table(path: Path) -> pa.Table:
    import pyarrow.csv as pacsv

    with open(path, encoding="utf-8") as f:
        header = next(csv.reader(f), [])
    return pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(
        column_types={h: pa.string() for h in header}, strings_can_be_null=False))


def _sample(arr: pa.ChunkedArray) -> pa.Array:
    """The first distinct non-empty values of a column: what the detectors read."""
    values = pc.utf8_trim_whitespace(arr.combine_chunks())
    distinct = pc.unique(pc.filter(values, pc.not_equal(values, "")))
    return distinct.slice(0, SAMPLE)


def _given_name_share(values: pa.Array) -> float:
    from dqpub.privacy.name_lexicons import given_names

    names = given_names()
    words = [str(v).split()[0].casefold() for v in values.to_pylist() if str(v).split()]
    return sum(w in names for w in words) / len(words) if words else 0.0


def _share_text(n: int, total: int) -> str:
    return f"{n} des {total} valeurs distinctes lues"


def classify(col: infer.Column, sample: pa.Array) -> FieldProposal:  # noqa: C901 - one ordered list of rules
    """The first privacy rule that fits this column (before the rules about tables on people)."""
    name, spec, total = col.name, col.spec, len(sample)
    textual = spec["type"] == "string"
    kinds = detect.kinds_in_column(sample, ner=textual) if total and spec["type"] in ("string", "integer") else {}
    long_text = textual and col.mean_length >= FREE_TEXT_LENGTH and col.has_space_share >= 0.5
    top = next(iter(kinds.items()), None)
    if top and top[1] / total >= SHARE and not long_text:
        kind, n = top
        label = detect.KIND_LABELS[kind]
        if kind == "code_postal":
            return FieldProposal(name, "quasi", {"category": "quasi", "generalize": {"method": "fsa"}},
                                 f"codes postaux ({_share_text(n, total)}) : publiés réduits à la RTA", kinds)
        if kind in _DIRECT_KINDS or kind in ("nom", "date_naissance"):
            return FieldProposal(name, "direct", {"category": "direct"},
                                 f"{label} ({_share_text(n, total)}) : identifiant direct, jamais publié", kinds)
    if textual and not long_text and total and _given_name_share(sample) >= 0.5:
        return FieldProposal(name, "direct", {"category": "direct"},
                             "prénoms de personnes (la plupart des valeurs commencent par un prénom connu) : "
                             "identifiant direct, jamais publié", kinds)
    if textual and kinds and col.has_space_share >= 0.3 and not long_text:
        found = ", ".join(f"{detect.KIND_LABELS[k]} ({n})" for k, n in kinds.items())
        return FieldProposal(name, "free-text", {"category": "free-text"},
                             f"texte où apparaissent des renseignements personnels ({found} sur {total} valeurs "
                             "distinctes lues) : épuré avant publication", kinds)
    if long_text and col.distinct * 3 >= col.present:
        found = ", ".join(f"{detect.KIND_LABELS[k]} ({n})" for k, n in kinds.items()) or "aucun dans l'échantillon"
        return FieldProposal(name, "free-text", {"category": "free-text"},
                             f"texte libre (phrases de {col.mean_length:.0f} caractères en moyenne ; "
                             f"renseignements détectés : {found}) : épuré avant publication", kinds)
    if spec["type"] in ("date", "datetime") and _BIRTH.search(name):
        return FieldProposal(name, "quasi", {"category": "quasi", "generalize": {"method": "year"}},
                             "date de naissance (nom du champ) : publiée à l'année seulement", kinds)
    if spec["type"] == "number" and _COORD.search(name):
        return FieldProposal(name, "quasi", {"category": "quasi", "generalize": {"method": "round", "decimals": 3}},
                             "coordonnée géographique : arrondie au millième de degré (≈ 100 m)", kinds)
    if kinds:
        found = ", ".join(f"{detect.KIND_LABELS[k]} ({n})" for k, n in kinds.items())
        return FieldProposal(name, "public", {"category": "public"},
                             f"public — à vérifier : quelques valeurs isolées semblent personnelles ({found} "
                             f"sur {total} valeurs distinctes lues)", kinds)
    what = f"{total} valeurs distinctes lues" if total else "aucune valeur"
    return FieldProposal(name, "public", {"category": "public"},
                         f"public : aucun renseignement personnel détecté ({what})", kinds)


def _about_people(proposals: list[FieldProposal], columns: list[infer.Column]) -> None:
    """In a table about people (a direct identifier), a unique record number becomes a pseudonym and
    the other dates are published by month (quasi-identifiers counted for the k-anonymity)."""
    if not any(p.category == "direct" for p in proposals):
        return
    for p, c in zip(proposals, columns):
        if p.category != "public":
            continue
        if c.distinct == c.rows and c.missing == 0 and _ID.search(c.name):
            p.category, p.privacy = "pseudonym", {"category": "pseudonym"}
            p.reason = ("numéro unique d'un enregistrement sur une personne : remplacé par un jeton stable "
                        "(HMAC à clé secrète)")
        elif c.spec["type"] in ("date", "datetime"):
            p.category, p.privacy = "quasi", {"category": "quasi", "generalize": {"method": "month"}}
            p.reason = "date d'un événement qui concerne une personne : publiée au mois (quasi-identifiant)"


def _field(col: infer.Column, prop: FieldProposal) -> dict[str, Any]:
    spec = {k: v for k, v in col.spec.items()}
    constraints = dict(spec.pop("constraints", {}))
    safe_list = prop.category == "public" and not prop.kinds
    if col.enum_candidates and safe_list:
        constraints["enum"] = col.enum_candidates
    out: dict[str, Any] = {"name": spec.pop("name"), **spec,
                           "title": col.name.replace("_", " ").capitalize(),
                           "description": (f"Proposé par dqpub nouveau, à relire : {', '.join(col.notes)}. "
                                           f"Confidentialité : {prop.reason}.")}
    if constraints:
        out["constraints"] = constraints
    out["privacy"] = copy.deepcopy(prop.privacy)  # the checks may change the schema's, not the detectors' proposal
    return out


def _primary_key(columns: list[infer.Column], proposals: list[FieldProposal]) -> list[str]:
    for i, (c, p) in enumerate(zip(columns, proposals)):
        if (c.missing == 0 and c.rows and c.distinct == c.rows and p.category in ("public", "pseudonym")
                and c.spec["type"] in ("string", "integer") and (i == 0 or _ID.search(c.name))):
            return [c.name]
    return []


def _relax(schema: dict[str, Any], report: ValidationReport) -> list[str]:
    """Loosen each rule the source breaks (list, pattern, format, then type, then required)."""
    done = []
    if "primary-key" in report.counts and schema.get("primaryKey"):
        schema.pop("primaryKey")
        done.append("clé primaire retirée (valeurs répétées)")
    failing = {name for per in report.counts.values() for name in per if name}
    for f in schema["fields"]:
        if f["name"] not in failing:
            continue
        cons = f.get("constraints", {})
        loose = [k for k in ("enum", "pattern") if cons.pop(k, None) is not None]
        if f.pop("format", None) not in (None, "default") or loose:
            done.append(f"champ « {f['name']} » : {', '.join(loose) or 'format'} retiré")
            continue
        if f["type"] != "string":
            for k in ("format", "decimalChar", "trueValues", "falseValues"):
                f.pop(k, None)
            done.append(f"champ « {f['name']} » : type {f['type']} → texte")
            f["type"] = "string"
            continue
        if cons.pop("required", None):
            done.append(f"champ « {f['name']} » : « required » retiré")
        if not cons:
            f.pop("constraints", None)
    return done


def _validate(norm: table_step.NormalizedTable, schema: dict[str, Any], slug: str,
              parquet: Path) -> tuple[ValidationReport, list[str]]:
    relaxed: list[str] = []
    report = validate_step.validate(norm, schema, dataset=slug, out_parquet=parquet)
    for _ in range(3):
        if report.valid:
            break
        changes = _relax(schema, report)
        if not changes:
            break
        relaxed += changes
        report = validate_step.validate(norm, schema, dataset=slug, out_parquet=parquet)
    return report, relaxed


def _revise(f: dict[str, Any], note: str) -> None:
    """Keep the detectors' reason, replace any earlier revision by ``note``."""
    f["description"] = f["description"].split(" Revu : ")[0] + f" Revu : {note}."


def _withhold(f: dict[str, Any], why: str) -> None:
    f["privacy"] = {"category": "direct"}
    f.get("constraints", {}).pop("enum", None)
    _revise(f, why)


def _coarsen(schema: dict[str, Any], by_quasi: dict[str, int]) -> bool:  # noqa: C901 - one step per method
    """One step coarser for the quasi-identifier that keeps the most records below k: rounding one
    decimal less, birth year → 10-year age band, month → year; then withheld. False: nothing left."""
    quasi = [f for f in schema["fields"] if f["privacy"]["category"] == "quasi"]
    if not quasi:
        return False
    f = max(quasi, key=lambda q: by_quasi.get(q["name"], 0))
    rule = f["privacy"]["generalize"]
    method, k = rule.get("method"), DEFAULT_K
    if method == "round" and int(rule.get("decimals", 3)) > 1:
        rule["decimals"] = int(rule.get("decimals", 3)) - 1
        _revise(f, f"arrondie à {rule['decimals']} décimale(s) pour le k-anonymat (k = {k})")
    elif method == "year" and _BIRTH.search(f["name"]):
        ref = next((g["name"] for g in schema["fields"] if g is not f and g["type"] == "date"
                    and g["privacy"]["category"] in ("public", "quasi")), None)
        f["privacy"]["generalize"] = {"method": "age_band", "width": 10, **({"reference_field": ref} if ref else {})}
        _revise(f, "publiée en tranche d'âge de 10 ans" + (f" à la date « {ref} »" if ref else "")
                + f" pour le k-anonymat (k = {k})")
    elif method == "month":
        rule["method"] = "year"
        _revise(f, f"publiée à l'année pour le k-anonymat (k = {k})")
    else:
        _withhold(f, f"empêche d'atteindre le k-anonymat (k = {k}) même généralisé : retiré ; à revoir "
                     "(généraliser autrement, ou publier s'il n'identifie personne)")
    return True


def _about_people_schema(schema: dict[str, Any]) -> bool:
    """As the anonymization decides: a table with a direct identifier or a pseudonym is about people."""
    return any(f["privacy"]["category"] in ("direct", "pseudonym") for f in schema["fields"])


def _privacy_trial(schema: dict[str, Any], parquet: Path, slug: str) -> tuple[str, float]:
    """Anonymize with the proposed policy (throw-away key, nothing kept) until the after-scan passes:
    a column where it still finds personal information is proposed as free text (or dropped)."""
    import pyarrow.parquet as pq

    from dqpub.privacy.anonymize import anonymize

    table = pq.read_table(parquet)
    for _ in range(4 * len(schema["fields"]) + 1):
        people = _about_people_schema(schema)  # a revision may have withheld a column
        try:
            anon = anonymize(table, schema, dataset=slug, key=os.urandom(32),
                             policy=PrivacyConfig(k=DEFAULT_K, max_suppression=1.0) if people else PrivacyConfig())
        except PrivacyError as exc:
            f = next((f for f in schema["fields"] if f["name"] == exc.column), None)
            if f is None or exc.rule != "détection après anonymisation" or f["privacy"]["category"] == "free-text":
                return f"analyse après traitement en échec : {exc}", 0.0
            text = f["type"] == "string"
            f["privacy"] = {"category": "free-text" if text else "direct"}
            f.get("constraints", {}).pop("enum", None)
            note = ("épuré comme texte libre" if text else "identifiant direct, jamais publié")
            _revise(f, "l'analyse après traitement y trouve des renseignements personnels (valeurs isolées) : "
                           f"{note} ; sinon corrigez la source, ou déclarez-les avec leur fondement")
            continue
        share = anon.report.suppressed_records / anon.report.rows_in if anon.report.rows_in else 0.0
        if people and share > DEFAULT_SUPPRESSION and _coarsen(schema, anon.report.suppressed_by_quasi):
            continue
        return "analyse après traitement : aucun renseignement personnel non déclaré dans les colonnes publiées", share
    return "analyse après traitement en échec", 0.0


def _config(kind: str, norm: table_step.NormalizedTable, options: dict[str, Any], schema: dict[str, Any],
            suppression: float, people: bool) -> dict[str, Any]:
    # dataset.yaml's words (dqpub.core.config): requete, format, feuille, encodage, separateur
    src: dict[str, Any] = {french: options[k] for k, french in (("query", "requete"), ("format", "format"),
                                                                ("sheet", "feuille")) if options.get(k)}
    if norm.encoding not in ("utf-8", "xlsx"):
        src["encodage"] = norm.encoding
    if norm.delimiter not in (",", ""):
        src["separateur"] = norm.delimiter
    if norm.sheet and "feuille" not in src:
        src["feuille"] = norm.sheet
    config: dict[str, Any] = {"source": src, "metadata": {
        "methodologie": "À compléter : origine des données, traitements, limites.",
        "couverture_spatiale": "quebec"}}
    dates = [f["name"] for f in schema["fields"] if f["type"] in ("date", "datetime")
             and f["privacy"]["category"] in ("public", "quasi") and not _BIRTH.search(f["name"])]
    if dates:
        config["metadata"]["champ_temporel"] = dates[0]
    if people:
        needed = max(DEFAULT_SUPPRESSION, math.ceil((suppression + 0.01) * 100) / 100) if suppression else DEFAULT_SUPPRESSION
        config["privacy"] = {"k": DEFAULT_K, "suppression_max": needed}
        config["approbation"] = {"seuil_suppression": needed}
    config["versions"] = {"conserver": 12}
    return config


def inventory_base(settings: Settings) -> Path:
    """Where the inventory's relative source paths resolve (as :func:`dqpub.inventory.pull_inventory`)."""
    return Path(settings.inventory).resolve().parent if "://" not in settings.inventory else settings.datasets_dir


def propose(kind: str, location: str, *, slug: str, settings: Settings, options: dict[str, Any] | None = None,
            title: str | None = None, unit: str | None = None, frequency: str = "irregular",
            base_dir: Path | None = None) -> Proposal:
    """Pull the source, infer its schema and privacy policy, and check both against it."""
    if not SLUG.match(slug):
        raise InventoryError(f"identifiant invalide : « {slug} » (minuscules, chiffres et traits d'union)")
    options = dict(options or {})
    if kind == "sql" and not options.get("query"):
        raise InventoryError("source SQL : donnez la requête (--requete)", dataset=slug)
    base = base_dir or inventory_base(settings)
    settings.work_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"{slug}-nouveau-", dir=settings.work_dir) as tmp:
        scratch = Path(tmp)
        source = SourceConfig(query=options.get("query"), format=options.get("format"), sheet=options.get("sheet"))
        raw = source_step.pull(kind, location, source, scratch, base_dir=base, dataset=slug, fingerprint=False)
        dialect = table_step.Dialect(sheet=options.get("sheet"))
        norm = table_step.normalize(raw.path, raw.fmt, dialect, scratch / "table.csv", dataset=slug)
        text = _read_text_table(norm.path)
        columns = [infer.describe_column(n, text[n]) for n in text.column_names]
        proposals = [classify(c, _sample(text[c.name])) for c in columns]
        _about_people(proposals, columns)
        schema: dict[str, Any] = {"title": title or slug.replace("-", " ").capitalize(),
                                  "description": "À compléter : contenu du jeu, une ligne par …",
                                  "missingValues": [""]}
        pk = _primary_key(columns, proposals)
        fields_ = [_field(c, p) for c, p in zip(columns, proposals)]
        if pk:
            schema["primaryKey"] = pk[0]
            next(f for f in fields_ if f["name"] == pk[0]).setdefault("constraints", {})["unique"] = True
        schema["fields"] = fields_
        report, relaxed = _validate(norm, schema, slug, scratch / "valide.parquet")
        check, suppression = ("validation en échec : politique non essayée", 0.0)
        if report.valid:
            check, suppression = _privacy_trial(schema, scratch / "valide.parquet", slug)
        config = _config(kind, norm, options, schema, suppression, _about_people_schema(schema))
    row = _inventory_row(slug, kind, location, schema["title"], unit, frequency, base)
    return Proposal(slug=slug, schema=schema, config=config, row=row, encoding=norm.encoding,
                    delimiter=norm.delimiter, rows=report.rows, fields=proposals, report=report,
                    relaxed=relaxed, privacy_check=check, suppression=suppression)


def _inventory_row(slug: str, kind: str, location: str, title: str, unit: str | None, frequency: str,
                   base: Path) -> dict[str, str]:
    where = location
    if kind == "fichier":
        path = Path(location) if Path(location).is_absolute() else base / location
        path = path.resolve()
        where = str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
    return {"identifiant": slug, "titre": title, "description": "À compléter : contenu du jeu pour les réutilisateurs.",
            "unite_responsable": unit or "À compléter", "source_type": kind, "source_emplacement": where,
            "schema": f"{slug}.schema.json", "frequence": frequency, "licence": "cc-by", "classification": "public",
            "priorite": "moyenne", "actif": "non", "mots_cles": ";".join(w for w in slug.split("-") if len(w) > 3),
            "groupes": "",
            "courriel_contact": "donnees.ouvertes@msp.gouv.qc.ca"}


def write(proposal: Proposal, *, schemas_dir: Path, datasets_dir: Path, inventory: Path | None) -> list[Path]:
    """Write the schema, ``dataset.yaml`` and (if ``inventory``) append the inventory row. Refuses to
    overwrite: a dataset already described is edited by hand."""
    schema_path = schemas_dir / f"{proposal.slug}.schema.json"
    yaml_path = datasets_dir / proposal.slug / "dataset.yaml"
    for p in (schema_path, yaml_path):
        if p.exists():
            raise InventoryError(f"{p} existe déjà : rien n'est écrasé (modifiez-le à la main)", dataset=proposal.slug)
    if inventory is not None:
        with open(inventory, encoding="utf-8") as f:
            if any(r and r[0] == proposal.slug for r in csv.reader(f)):
                raise InventoryError("déjà dans l'inventaire : rien n'est écrasé", dataset=proposal.slug)
    schemas_dir.mkdir(parents=True, exist_ok=True)
    yaml_path.parent.mkdir(parents=True, exist_ok=True)
    schema_path.write_text(proposal.schema_json(), encoding="utf-8")
    yaml_path.write_text(proposal.dataset_yaml(), encoding="utf-8")
    written = [schema_path, yaml_path]
    if inventory is not None:
        data = inventory.read_bytes()
        with open(inventory, "a", encoding="utf-8", newline="") as f:
            if data and not data.endswith(b"\n"):
                f.write("\n")
            f.write(proposal.inventory_line())
        written.append(inventory)
    return written


def summary_fr(proposal: Proposal) -> str:
    """What a steward reads first: the dialect, one line per field, and the checks."""
    delim = {",": "virgule", ";": "point-virgule", "\t": "tabulation", "|": "barre verticale", "": "—"}
    lines = [f"Jeu « {proposal.slug} » : {proposal.rows} lignes, encodage {proposal.encoding}, séparateur "
             f"{delim.get(proposal.delimiter, proposal.delimiter)}",
             f"{'CHAMP':<28} {'TYPE':<9} {'CONFIDENTIALITÉ':<22} RAISON"]
    by_name = {f["name"]: f for f in proposal.schema["fields"]}
    for p in proposal.fields:
        f = by_name[p.name]
        gen = f["privacy"].get("generalize", {}).get("method")
        cat = f["privacy"]["category"] + (f" ({gen})" if gen else "")
        reason = f["description"].split("Confidentialité : ", 1)[-1]
        lines.append(f"{p.name:<28} {f['type']:<9} {cat:<22} {reason}")
    lines += [f"Relâché pour que la source soit valide : {r}" for r in proposal.relaxed]
    lines.append(f"Validation : {proposal.report.verdict_fr()}")
    lines.append(proposal.privacy_check)
    if proposal.suppression:
        lines.append(f"k-anonymat (k = {DEFAULT_K}) : {pct(proposal.suppression)} des enregistrements supprimés "
                     f"à l'essai ; seuil proposé dans dataset.yaml : "
                     f"{pct(proposal.config['privacy']['suppression_max'])}")
    lines.append("À relire avant de passer « actif » à oui : chaque champ « Proposé par dqpub nouveau » du schéma, "
                 "la méthodologie de dataset.yaml, la description et les mots-clés de la ligne d'inventaire.")
    return "\n".join(lines)

