"""The stewards' configuration as typed objects: an inventory row and a dataset's ``dataset.yaml``.

The words a steward writes (inventory columns, YAML keys) are French: they are the contract with
the people who fill them in. The code reads English attributes. The mapping between the two lives
here and only here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
import types
import typing
from typing import Any

from dqpub.core.errors import InventoryError

PUBLIC = "public"

# inventory column (French, schemas/inventory.schema.json) → Entry attribute
INVENTORY_COLUMNS = {
    "identifiant": "slug",
    "titre": "title",
    "description": "description",
    "unite_responsable": "responsible_unit",
    "source_type": "source_type",
    "source_emplacement": "source_location",
    "schema": "schema",
    "frequence": "frequency",
    "licence": "licence",
    "classification": "classification",
    "priorite": "priority",
    "actif": "active",
    "mots_cles": "keywords",
    "groupes": "groups",
    "courriel_contact": "contact_email",
}


def _split(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(p.strip() for p in str(value).split(";") if p.strip())


@dataclass(frozen=True)
class Entry:
    """One row of the inventory."""

    slug: str  # identifiant: also the portal's dataset name
    title: str
    description: str
    responsible_unit: str
    source_type: str  # fichier | url | sql
    source_location: str
    schema: str  # file name under schemas/
    frequency: str  # the portal's update_frequency code
    licence: str
    classification: str
    priority: str
    active: bool
    keywords: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    contact_email: str = ""

    @property
    def restricted(self) -> bool:
        return self.classification != PUBLIC

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Entry":
        """An inventory row (already validated against its schema) as an Entry."""
        return cls(
            slug=row["identifiant"],
            title=row["titre"],
            description=row["description"],
            responsible_unit=row["unite_responsable"],
            source_type=row["source_type"],
            source_location=row["source_emplacement"],
            schema=row["schema"],
            frequency=row["frequence"],
            licence=row.get("licence") or "cc-by",
            classification=row["classification"],
            priority=row.get("priorite") or "moyenne",
            active=bool(row["actif"]),
            keywords=_split(row.get("mots_cles")),
            groups=_split(row.get("groupes")),
            contact_email=row.get("courriel_contact") or "",
        )

    def as_row(self) -> dict[str, Any]:
        """The row in the stewards' words: what fingerprints and reports use, stable across renames."""
        return {col: getattr(self, attr) for col, attr in INVENTORY_COLUMNS.items()}


def _key(name: str, french: str | None = None, *, check: Any = None, **kw: Any) -> Any:
    """A config attribute and the key a steward writes for it in ``dataset.yaml``; ``check``: what a
    value of the right type must also be (a function giving the French expectation, or None if fine)."""
    return field(metadata={"key": french or name, "check": check}, **kw)


def _one_of(*choices: str) -> Any:
    return lambda v: None if v in choices else f"{' ou '.join(f'« {c} »' for c in choices)} est attendu"


def _share(v: Any) -> str | None:
    """A share of the rows: a misread percentage (5 for 5 %) would silently allow everything."""
    return None if v is None or 0 <= v <= 1 else "une part entre 0 et 1 est attendue (0.05 pour 5 %)"


def _retention(v: Any) -> str | None:
    return None if v is None or v == "toutes" or (isinstance(v, int) and v >= 1) else \
        "un nombre de versions (1 ou plus) ou « toutes » est attendu"


def _section(hint: Any) -> Any:
    """The config class a field's type names (``CellsConfig | None`` → ``CellsConfig``), else None."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    return next((t for t in (typing.get_args(hint) if union else (hint,)) if is_dataclass(t)), None)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """A config class's field types, resolved once: ``get_type_hints`` compiles every string annotation
    again on each call (0.5 ms; four calls per ``dataset.yaml``, a third of a no-change pass's time)."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _read(cls: Any, data: Any, where: str) -> Any:
    """Build ``cls`` from one ``dataset.yaml`` mapping; an unknown key is an error, at every level."""
    if data is None:
        return cls()
    if not isinstance(data, dict):
        raise InventoryError(f"{where} : un dictionnaire (clé: valeur) est attendu")
    by_key = {f.metadata["key"]: f.name for f in fields(cls)}
    unknown = sorted(set(data) - set(by_key))
    if unknown:
        named = [f"« {k} » (voulez-vous dire « {RENAMED[k]} » ?)" if k in RENAMED else f"« {k} »" for k in unknown]
        raise InventoryError(f"{where} : clé(s) inconnue(s) {', '.join(named)} ; clés permises : "
                             f"{', '.join(sorted(by_key))}")
    hints = _hints(cls)
    values = {}
    checks: dict[str, Any] = {f.name: f.metadata.get("check") for f in fields(cls)}
    for key, value in data.items():
        attr = by_key[key]
        sub = _section(hints[attr])
        values[attr] = _read(sub, value, f"{where}.{key}") if sub else _typed(value, hints[attr], f"{where}.{key}")
        problem = checks[attr](values[attr]) if checks[attr] else None  # sections carry no check
        if problem:
            raise InventoryError(f"{where}.{key} : {problem}, pas « {value!r} »")
    return cls(**values)


_TYPE_WORDS = {int: "un entier", float: "un nombre", bool: "true ou false", str: "du texte", tuple: "une liste"}


def _typed(value: Any, hint: Any, where: str) -> Any:
    """``value`` if it has the declared type (a list becomes a tuple), else a French error."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    allowed = tuple(typing.get_origin(a) or a for a in (typing.get_args(hint) if union else (hint,)))
    if isinstance(value, list) and tuple in allowed:
        return tuple(value)
    if value is None and type(None) in allowed:
        return None
    ok = any(isinstance(value, a) and not (a in (int, float) and isinstance(value, bool))
             for a in allowed if a is not type(None))
    if not ok and float in allowed and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not ok:
        words = " ou ".join(_TYPE_WORDS.get(a, a.__name__) for a in allowed if a is not type(None))
        raise InventoryError(f"{where} : {words} est attendu, pas « {value!r} »")
    return value


# Keys of earlier versions of dataset.yaml, for the error message's hint.
RENAMED = {"encoding": "encodage", "delimiter": "separateur", "quotechar": "guillemet",
           "header_row": "ligne_entete", "sheet": "feuille", "query": "requete",
           "max_invalid_share": "part_max"}


@dataclass(frozen=True)
class SourceConfig:
    """``source:``: how to read the source (a file's dialect, a workbook's sheet, a SQL query)."""

    format: str | None = _key("format", default=None)  # csv | xlsx; None: from the file name
    encoding: str | None = _key("encoding", "encodage", default=None)  # None: detected
    delimiter: str | None = _key("delimiter", "separateur", default=None)  # None: sniffed
    quotechar: str = _key("quotechar", "guillemet", default='"')
    header_row: int = _key("header_row", "ligne_entete", default=1)  # 1-based
    sheet: str | int | None = _key("sheet", "feuille", default=None)  # name or 1-based index
    query: str | None = _key("query", "requete", default=None)  # SQL sources
    # Double-encoded UTF-8 (« MontrÃ©al ») is refused; true repairs it (ftfy) and counts the cells.
    repair_encoding: bool = _key("repair_encoding", "reparer_encodage", default=False)


@dataclass(frozen=True)
class InvalidRowsConfig:
    """``validation.lignes_invalides:``: publish the valid rows and quarantine the others (privately)
    as long as they stay under ``part_max`` of the rows."""

    mode: str = _key("mode", default="quarantaine", check=_one_of("quarantaine"))  # the only policy, said aloud
    max_share: float = _key("max_share", "part_max", default=0.01, check=_share)


@dataclass(frozen=True)
class ValidationConfig:
    invalid_rows: InvalidRowsConfig | None = _key("invalid_rows", "lignes_invalides", default=None)
    allow_empty: bool = _key("allow_empty", "vide_permis", default=False)


@dataclass(frozen=True)
class CellsConfig:
    """``privacy.cellules:``: small-cell suppression of an aggregated table."""

    count: str = _key("count", "compte", default="")  # the count column
    threshold: int = _key("threshold", "seuil", default=5)
    dimensions: tuple[str, ...] = _key("dimensions", default=())


@dataclass(frozen=True)
class PrivacyConfig:
    """``privacy:``: re-identification thresholds (Règlement sur l'anonymisation)."""

    k: int | None = _key("k", default=None)  # None: the default k when the data is about people
    max_suppression: float | None = _key("max_suppression", "suppression_max", default=None, check=_share)
    l: int | None = _key("l", default=None)  # noqa: E741 - the l of l-diversity; None: 2 (kanonymity.DEFAULT_L)
    l_reason: str = _key("l_reason", "l_raison", default="")  # why a lower l than the default is acceptable
    cells: CellsConfig | None = _key("cells", "cellules", default=None)
    # free text: words and phrases known to be safe in this dataset's comments (safe_text.Vocabulary)
    vocabulary: tuple[str, ...] = _key("vocabulary", "vocabulaire", default=())
    # free text: a column with more words masked than this share is withheld (None: the default, 0.5)
    max_masked_share: float | None = _key("max_masked_share", "part_masquee_max", default=None, check=_share)


@dataclass(frozen=True)
class MetadataConfig:
    """``metadata:``: what the portal shows that the inventory row does not hold."""

    methodology: str = _key("methodology", "methodologie", default="")
    notes: str = _key("notes", "notes_complementaires", default="")
    temporal_field: str | None = _key("temporal_field", "champ_temporel", default=None)
    spatial: str | None = _key("spatial", "couverture_spatiale", default=None)
    main_organization: str | None = _key("main_organization", "organisation_principale", default=None)
    organization: str | None = _key("organization", "organisation", default=None)
    epsg: int | None = _key("epsg", default=None)
    keywords: tuple[str, ...] = _key("keywords", "mots_cles", default=())
    groups: tuple[str, ...] = _key("groups", "groupes", default=())
    contact_email: str = _key("contact_email", "courriel_contact", default="")
    source_url: str = _key("source_url", "url_source", default="")


@dataclass(frozen=True)
class VersionsConfig:
    keep: int | str | None = _key("keep", "conserver", default=None, check=_retention)  # None: default; "toutes": all


@dataclass(frozen=True)
class ApprovalConfig:
    """``approbation:``: when a steward must approve before anything goes out."""

    first_publication: bool = _key("first_publication", "premiere_publication", default=True)
    # Share of records the k-anonymity step suppressed above which a human looks first (not to be
    # confused with privacy.suppression_max, above which the dataset is refused).
    suppression_threshold: float = _key("suppression_threshold", "seuil_suppression", default=0.02, check=_share)


@dataclass(frozen=True)
class DatasetConfig:
    """``datasets/<identifiant>/dataset.yaml``, read by ``DatasetConfig.from_yaml``."""

    source: SourceConfig = _key("source", default_factory=SourceConfig)
    metadata: MetadataConfig = _key("metadata", default_factory=MetadataConfig)
    privacy: PrivacyConfig = _key("privacy", default_factory=PrivacyConfig)
    versions: VersionsConfig = _key("versions", default_factory=VersionsConfig)
    validation: ValidationConfig = _key("validation", default_factory=ValidationConfig)
    approval: ApprovalConfig = _key("approval", "approbation", default_factory=ApprovalConfig)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # as written: fingerprints

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None, where: str = "dataset.yaml") -> "DatasetConfig":
        data = data or {}
        by_key = {f.metadata["key"]: f.name for f in fields(cls) if "key" in f.metadata}
        unknown = sorted(set(data) - set(by_key))
        if unknown:
            raise InventoryError(f"{where} : clé(s) inconnue(s) {', '.join(unknown)} ; clés permises : "
                                 f"{', '.join(sorted(by_key))}")
        hints = _hints(cls)
        values = {by_key[k]: _read(_section(hints[by_key[k]]), v, f"{where}, {k}") for k, v in data.items()}
        return cls(**values, raw=data)


@dataclass(frozen=True)
class Inventory:
    entries: tuple[Entry, ...]
    base_dir: Path  # relative source paths resolve here

    def get(self, slug: str) -> Entry:
        for e in self.entries:
            if e.slug == slug:
                return e
        raise InventoryError(f"le jeu « {slug} » n'est pas dans l'inventaire")
