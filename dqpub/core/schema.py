"""Table Schemas: loading and the privacy declaration carried by each field.

A field's privacy policy is the custom property ``privacy`` of the Frictionless field descriptor::

    {"name": "nas", "type": "string", "privacy": {"category": "direct"}}

Categories: ``public`` (kept), ``direct`` (dropped), ``pseudonym`` (keyed HMAC token), ``quasi``
(generalized by ``generalize``), ``sensitive`` (kept, l-diversity), ``free-text`` (scrubbed; ages and
health conditions too unless ``"retirer": {"age": false, "sante": false}`` says otherwise).
A field with no declaration is *undeclared*: treated as personal wherever that is the safe choice.

A field published as it is (``public``, ``quasi``, ``sensitive``) may hold personal information
only when the schema says which kinds and on what legal basis::

    {"name": "telephone", "privacy": {"category": "public", "renseignements": ["telephone"],
                                      "fondement": "A-2.1, art. 57"}}

Any other kind the detectors find there after anonymization stops the dataset (fail closed):
a declaration made for a column's normal values does not cover a contact pasted into it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CATEGORIES = ("public", "direct", "pseudonym", "quasi", "sensitive", "free-text")
MASK = "«valeur masquée»"

# Kinds of personal information a field may declare (``privacy.renseignements``): the detectors'
# kinds (dqpub.privacy.detect.KINDS), in French. Kept here, not imported, so that a detector added later
# is not silently declarable.
RENSEIGNEMENTS: dict[str, str] = {
    "nom": "nom de personne",
    "telephone": "numéro de téléphone",
    "courriel": "adresse courriel",
    "code_postal": "code postal",
    "adresse": "adresse civique",
    "date_naissance": "date de naissance",
    "plaque": "plaque d'immatriculation",
    "nas": "numéro d'assurance sociale (NAS)",
    "ramq": "numéro d'assurance maladie (RAMQ)",
    "permis": "numéro de permis de conduire",
}
# Never information about a public function (A-2.1, art. 57): no declaration allows them.
NEVER_DECLARABLE = ("nas", "ramq", "permis")
# Categories whose values are published as they come from the source: the only ones that declare.
DECLARING = ("public", "quasi", "sensitive")

Schema = dict[str, Any]
Field = dict[str, Any]


def load_schema(path: str | Path) -> Schema:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fields(schema: Schema) -> list[Field]:
    return list(schema.get("fields", []))


def field_names(schema: Schema) -> list[str]:
    return [f["name"] for f in fields(schema)]


def privacy_category(field: Field) -> str | None:
    """The declared category, or None when the field is undeclared."""
    decl = field.get("privacy")
    if not isinstance(decl, dict):
        return None
    cat = decl.get("category")
    return cat if cat in CATEGORIES else None


def is_personal(field: Field) -> bool:
    """True unless the field is declared public: undeclared fields are masked (fail closed)."""
    return privacy_category(field) != "public"


def personal_field_names(schema: Schema) -> set[str]:
    return {f["name"] for f in fields(schema) if is_personal(f)}


def primary_key(schema: Schema) -> list[str]:
    """``primaryKey`` as a list (Table Schema allows a single name as a string)."""
    pk = schema.get("primaryKey") or []
    return [pk] if isinstance(pk, str) else list(pk)


def declared_kinds(field: Field) -> frozenset[str]:
    """The kinds of personal information ``field`` declares it may hold (``privacy.renseignements``)."""
    decl = field.get("privacy")
    if not isinstance(decl, dict):
        return frozenset()
    kinds = decl.get("renseignements") or []
    return frozenset(kinds) if isinstance(kinds, list) else frozenset()


def check_declarations(schema: Schema, *, dataset: str | None = None) -> None:
    """Refuse a schema whose privacy declarations are unusable: an unknown kind, a kind no basis can
    allow, a declaration without its legal basis (``fondement``) or on a category that does not
    publish source values. Raises ``SchemaError`` naming the field and what to write."""
    from dqpub.core.errors import SchemaError

    known = ", ".join(RENSEIGNEMENTS)
    for f in fields(schema):
        decl = f.get("privacy")
        if not isinstance(decl, dict) or ("renseignements" not in decl and "fondement" not in decl):
            continue
        name = f.get("name")
        kinds = decl.get("renseignements")
        rule = "privacy.renseignements"
        if not isinstance(kinds, list) or not kinds or not all(isinstance(k, str) for k in kinds):
            raise SchemaError(f"« renseignements » doit être une liste non vide de types parmi : {known}",
                              dataset=dataset, column=name, rule=rule)
        unknown = [k for k in kinds if k not in RENSEIGNEMENTS]
        if unknown:
            raise SchemaError(f"type de renseignement inconnu : {', '.join(unknown)} (types permis : {known})",
                              dataset=dataset, column=name, rule=rule)
        never = [k for k in kinds if k in NEVER_DECLARABLE]
        if never:
            raise SchemaError(f"{', '.join(RENSEIGNEMENTS[k] for k in never)} : jamais un renseignement à "
                              "caractère public, aucune déclaration ne permet de le publier",
                              dataset=dataset, column=name, rule=rule)
        category = decl.get("category")
        if category not in DECLARING:
            raise SchemaError(f"« renseignements » est sans objet pour la catégorie « {category} » "
                              f"(seulement {', '.join(DECLARING)} : les valeurs publiées telles quelles)",
                              dataset=dataset, column=name, rule=rule)
        basis = decl.get("fondement")
        if not isinstance(basis, str) or not basis.strip():
            raise SchemaError("« renseignements » déclarés sans « fondement » : indiquez la disposition qui "
                              "permet de les publier (ex. « A-2.1, art. 57 »)",
                              dataset=dataset, column=name, rule="privacy.fondement")


# Indirect identifiers a ``free-text`` field removes, and the schema key that switches them per field:
# ``"privacy": {"category": "free-text", "retirer": {"age": false, "sante": true}}``.
REMOVABLE = {"age": "âges", "sante": "renseignements de santé"}


def free_text_removals(field: Field) -> tuple[str, ...]:
    """Indirect kinds (``age``, ``sante``) removed from this field: all by default for ``free-text``,
    minus those switched off by ``privacy.retirer``. Raises ValueError (French, no cell value) for a
    malformed switch, or a switch on a field that is not free text."""
    privacy = field.get("privacy")
    decl: dict[str, Any] = privacy if isinstance(privacy, dict) else {}
    name = field.get("name", "?")
    switch = decl.get("retirer")
    if switch is None:
        return tuple(REMOVABLE) if privacy_category(field) == "free-text" else ()
    if privacy_category(field) != "free-text":
        raise ValueError(f"champ « {name} » : « privacy.retirer » ne vaut que pour la catégorie free-text")
    if not isinstance(switch, dict):
        raise ValueError(f"champ « {name} » : « privacy.retirer » doit être un objet, "
                         f"p. ex. {{\"age\": false, \"sante\": true}}")
    unknown = sorted(set(switch) - set(REMOVABLE))
    if unknown:
        raise ValueError(f"champ « {name} » : clé(s) inconnue(s) dans « privacy.retirer » : {', '.join(unknown)} ; "
                         f"attendues : {', '.join(REMOVABLE)}")
    bad = [k for k, v in switch.items() if not isinstance(v, bool)]
    if bad:
        raise ValueError(f"champ « {name} » : « privacy.retirer.{bad[0]} » doit valoir vrai ou faux (true/false)")
    return tuple(k for k in REMOVABLE if switch.get(k, True))


_LONGITUDE = frozenset({"lon", "lng", "long", "longitude"})
_LATITUDE = frozenset({"lat", "latitude"})


def coordinate_role(field: Field) -> str | None:
    """``"lon"`` or ``"lat"`` for a number field named (or titled) as a longitude or a latitude, ``"point"``
    for a ``geopoint``, None otherwise. One recognizer for every part that needs coordinates (the map,
    the projection's EPSG in the metadata), so they never disagree on which fields are coordinates."""
    if field.get("type") == "geopoint":
        return "point"
    if field.get("type") not in ("number", "integer"):
        return None
    for name in (str(field.get("name", "")), str(field.get("title") or "")):
        if name.strip().lower() in _LONGITUDE:
            return "lon"
        if name.strip().lower() in _LATITUDE:
            return "lat"
    return None
