"""Table Schemas: loading and the privacy declaration carried by each field.

A field's privacy policy is the custom property ``privacy`` of the Frictionless field descriptor::

    {"name": "nas", "type": "string", "privacy": {"category": "direct"}}

Categories: ``public`` (kept), ``direct`` (dropped), ``pseudonym`` (keyed HMAC token), ``quasi``
(generalized by ``generalize``), ``sensitive`` (kept, l-diversity), ``free-text`` (scrubbed; ages and
health conditions too unless ``"retirer": {"age": false, "sante": false}`` says otherwise).
A field with no declaration is *undeclared*: treated as personal wherever that is the safe choice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CATEGORIES = ("public", "direct", "pseudonym", "quasi", "sensitive", "free-text")
MASK = "«valeur masquée»"

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


# Indirect identifiers a ``free-text`` field removes, and the schema key that switches them per field:
# ``"privacy": {"category": "free-text", "retirer": {"age": false, "sante": true}}``.
REMOVABLE = {"age": "âges", "sante": "renseignements de santé"}


def free_text_removals(field: Field) -> tuple[str, ...]:
    """Indirect kinds (``age``, ``sante``) removed from this field: all by default for ``free-text``,
    minus those switched off by ``privacy.retirer``. Raises ValueError (French, no cell value) for a
    malformed switch, or a switch on a field that is not free text."""
    decl = field.get("privacy") if isinstance(field.get("privacy"), dict) else {}
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
