"""The kinds of validation error, one class each (as Frictionless' ``errors``).

Each kind carries the code the report counts it under (Frictionless' error type), its short French
label and what the steward should do (the report's « Que faire »), and the template of its message.
Templates are filled with ``describe``; a cell value is never a template field of its own: the checks
pass ``PENDING`` or ``MASK`` (see ``settle``), so no message is built with a raw value in it.
"""

from __future__ import annotations

from typing import Any, ClassVar


class ErrorKind:
    """One kind of error. ``code``: the report's code; ``rule``: the rule shown when the check has no
    more precise one; ``label`` / ``hint``: None when the report has none (it then shows the code)."""

    code: ClassVar[str]
    label: ClassVar[str | None] = None
    hint: ClassVar[str | None] = None
    template: ClassVar[str]
    rule: ClassVar[str] = ""

    @classmethod
    def describe(cls, **values: Any) -> str:
        return cls.template.format(**values)

    @classmethod
    def counted_as(cls) -> str:
        """The code the counts use (a kind may be a finer reading of another code)."""
        return cls.code


# --- cells ------------------------------------------------------------------------------------------

class TypeError_(ErrorKind):
    code = "type-error"
    label = "valeur du mauvais type"
    hint = ("Corrigez la valeur dans le système source pour qu'elle respecte le type déclaré, ou, si "
            "le format a changé pour de bon, mettez à jour le type/format du champ dans le schéma.")
    template = "{value} n'est pas {expected}{extra} ({rule})"


class IntegerOverflow(ErrorKind):
    """Valid for Frictionless (Python ints), but the published Parquet cannot hold it: a type error."""

    code = "int64-overflow"
    label = "entier hors des limites d'un entier 64 bits"
    hint = ("L'entier dépasse la capacité d'un entier 64 bits : vérifiez la valeur ou déclarez le "
            "champ comme texte.")
    template = "{value} dépasse la capacité d'un entier 64 bits (type integer, int64)"
    rule = "type=integer (int64)"

    @classmethod
    def counted_as(cls) -> str:
        return TypeError_.code


class ConstraintError(ErrorKind):
    code = "constraint-error"
    label = "contrainte non respectée"
    hint = ("Vérifiez la valeur dans le système source ; si la règle du schéma est trop stricte "
            "(bornes, liste de valeurs permises, motif), faites-la réviser par le responsable du jeu.")
    template = "la valeur {value} ne respecte pas la contrainte {name}"
    templates: ClassVar[dict[str, str]] = {
        "required": "valeur obligatoire manquante",
        "minimum": "la valeur {value} est inférieure au minimum permis ({bound})",
        "maximum": "la valeur {value} est supérieure au maximum permis ({bound})",
        "exclusiveMinimum": "la valeur {value} doit être strictement supérieure à {bound}",
        "exclusiveMaximum": "la valeur {value} doit être strictement inférieure à {bound}",
        "minLength": "la valeur {value} est plus courte que le minimum de {bound} caractères",
        "maxLength": "la valeur {value} dépasse le maximum de {bound} caractères",
        "pattern": "la valeur {value} ne respecte pas le motif attendu",
        "enum": "la valeur {value} n'est pas dans la liste des valeurs permises",
    }
    # Frictionless' order of a field's constraints within a row
    order: ClassVar[list[str]] = ["required", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
                                  "exclusiveMaximum", "pattern", "enum"]

    @classmethod
    def describe(cls, **values: Any) -> str:
        return cls.templates.get(values["name"], cls.template).format(**values)


class UniqueError(ErrorKind):
    code = "unique-error"
    label = "valeur en double (unique)"
    hint = ("Des lignes répètent une valeur qui doit être unique : retirez les doublons à la source "
            "ou revoyez la contrainte « unique ».")
    template = "la valeur {value} est en double : elle figure déjà plus haut (contrainte unique)"
    rule = "unique"


# --- rows -------------------------------------------------------------------------------------------

class PrimaryKeyError(ErrorKind):
    code = "primary-key"
    label = "clé primaire invalide"
    hint = ("La clé primaire doit être présente et unique : complétez les identifiants manquants et "
            "retirez les doublons à la source.")
    template = "clé primaire ({fields}) en double : déjà présente plus haut"
    blank = "clé primaire ({fields}) vide : toutes ses colonnes sont vides"


class ForeignKeyError(ErrorKind):
    code = "foreign-key"
    label = "clé étrangère introuvable"
    hint = ("La valeur ne figure pas dans la table de référence : corrigez le code ou ajoutez-le à la "
            "table de référence.")
    template = "clé étrangère ({fields}) introuvable dans la table de référence « {resource} » ({ref_fields})"


class MissingCell(ErrorKind):
    code = "missing-cell"
    label = "cellule manquante"
    hint = ("La ligne a moins de cellules que l'en-tête : un séparateur manque probablement "
            "(export tronqué, retour à la ligne dans une valeur non protégée par des guillemets).")
    template = "cellule manquante : la ligne a {cells} cellules, l'en-tête {expected}"
    rule = "structure"


class ExtraCell(ErrorKind):
    code = "extra-cell"
    label = "cellule en trop"
    hint = ("La ligne a plus de cellules que l'en-tête : un séparateur se trouve probablement dans une "
            "valeur non protégée par des guillemets (ex. point-virgule dans un commentaire).")
    template = "cellule en trop : la ligne a {cells} cellules, l'en-tête {expected}"
    rule = "structure"


class BlankRow(ErrorKind):
    code = "blank-row"
    label = "ligne vide"
    hint = "Supprimez les lignes vides de l'export."
    template = "ligne vide"
    rule = "structure"


# --- header and file --------------------------------------------------------------------------------

class MissingLabel(ErrorKind):
    code = "missing-label"
    label = "colonne manquante"
    hint = ("Une colonne du schéma est absente du fichier : l'export a changé. Rétablissez la "
            "colonne ou faites évoluer le schéma (nouvelle version majeure).")
    template = "la colonne « {field} » du schéma est absente du fichier"
    rule = "en-tête"


class ExtraLabel(ErrorKind):
    code = "extra-label"
    label = "colonne en trop"
    hint = ("Le fichier contient une colonne que le schéma ne déclare pas : retirez-la de l'export "
            "ou ajoutez-la au schéma (avec sa classification de confidentialité).")
    template = "colonne « {label} » absente du schéma"
    rule = "en-tête"


class DuplicateLabel(ErrorKind):
    code = "duplicate-label"
    label = "nom de colonne en double"
    hint = "Deux colonnes portent le même nom : renommez l'une d'elles dans l'export."
    template = "nom de colonne « {label} » en double (déjà en position {note})"
    rule = "en-tête"


class BlankLabel(ErrorKind):
    code = "blank-label"
    label = "nom de colonne vide"
    hint = "Une colonne n'a pas de nom : nommez-la dans l'export ou retirez-la."
    template = "colonne sans nom (le schéma attend « {field} »)"
    rule = "en-tête"


class IncorrectLabel(ErrorKind):
    code = "incorrect-label"
    label = "nom de colonne inattendu"
    hint = ("Le nom de colonne ne correspond pas au schéma à cette position : colonne renommée "
            "ou déplacée ? Corrigez l'export ou le schéma.")
    template = "colonne « {label} » trouvée là où le schéma attend « {field} »"
    rule = "en-tête"


class UnmatchedHeader(ErrorKind):
    code = "unmatched-header"
    template = "aucune colonne du fichier ne correspond au schéma"
    rule = "en-tête"


class BlankHeader(ErrorKind):
    code = "blank-header"
    label = "en-tête vide"
    hint = "La première ligne doit contenir les noms de colonnes."
    template = "la première ligne est vide : l'en-tête (noms de colonnes) manque"
    rule = "en-tête"


class SourceError(ErrorKind):
    code = "source-error"
    label = "fichier illisible ou vide"
    hint = "Vérifiez que l'export produit bien un fichier non vide."
    template = "le fichier est vide (ni en-tête ni données)"
    rule = "source"


class EncodingError(ErrorKind):
    """The file handed to ``validate`` is not UTF-8: it did not go through the table step."""

    code = "encoding-error"
    label = "fichier qui n'est pas en UTF-8"
    hint = ("Passez le fichier par l'étape de normalisation (dqpub.table.normalize), qui le décode ; "
            "déclarez son encodage avec la clé « source.encodage » de dataset.yaml s'il est refusé.")
    template = "le fichier n'est pas en UTF-8 valide (premier octet invalide à la ligne physique {line})"
    rule = "encodage=utf-8"


class UnreadableSource(ErrorKind):
    """The CSV reader gave up on the file; its message (which may quote a row) is not kept."""

    code = "source-error"
    label = SourceError.label
    hint = "Passez le fichier par l'étape de normalisation (dqpub.table.normalize) avant de le valider."
    template = "le lecteur CSV n'a pas pu lire le fichier (structure ou octets invalides)"
    rule = "source"


KINDS: list[type[ErrorKind]] = [
    TypeError_, ConstraintError, UniqueError, PrimaryKeyError, ForeignKeyError, MissingCell, ExtraCell, BlankRow,
    MissingLabel, ExtraLabel, DuplicateLabel, BlankLabel, IncorrectLabel, BlankHeader, SourceError, IntegerOverflow,
    UnmatchedHeader, EncodingError,
]
BY_CODE: dict[str, type[ErrorKind]] = {k.code: k for k in KINDS}
HEADER_KINDS: dict[str, type[ErrorKind]] = {k.code: k for k in (
    ExtraLabel, MissingLabel, BlankLabel, DuplicateLabel, IncorrectLabel, UnmatchedHeader)}
# the report's tables: short French label and « Que faire » per code
LABELS: dict[str, str] = {k.code: k.label for k in KINDS if k.label is not None}
HINTS: dict[str, str] = {k.code: k.hint for k in KINDS if k.hint is not None}
