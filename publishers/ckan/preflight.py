"""Pre-flight: check what a publication is about to send against a portal's ckanext-scheming schema.

Données Québec refuses a value outside a field's choices and a missing required field, and drops
a key its schema does not know. Checking first means a dataset stops BEFORE anything is uploaded,
with one French message per problem naming the dataset, the field, the value and the accepted
choices; the portal's own ValidationError would come after files were already staged.

``check`` is a pure function over (scheming schema, package dict, resource dicts). The schema is
the one ``scheming_dataset_schema_show`` returns (presets expanded) or the project's YAML file
(``dqpub.core.portal.portal_schema``, presets not expanded): both are understood.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

# CKAN core fields: stored by CKAN itself whether or not the scheming schema lists them.
CORE_PACKAGE_FIELDS = frozenset({
    "id", "name", "title", "type", "state", "private", "owner_org", "notes", "url", "version", "author",
    "author_email", "maintainer", "maintainer_email", "license_id", "tags", "tag_string", "groups", "extras",
    "resources", "plugin_data",
})
CORE_RESOURCE_FIELDS = frozenset({
    "id", "package_id", "url", "url_type", "name", "description", "format", "mimetype", "mimetype_inner",
    "hash", "size", "last_modified", "created", "metadata_modified", "cache_url", "cache_last_updated",
    "resource_type", "position", "state", "datastore_active", "upload", "clear_upload",
})
MULTIPLE_PRESETS = ("multiple_checkbox", "multiple_select")


@dataclass(frozen=True)
class Problem:
    dataset: str
    field: str
    kind: str  # "choix" (value outside the choices), "obligatoire" (missing), "inconnu" (unknown key)
    value: Any = None
    choices: tuple[str, ...] = ()
    resource: str | None = None  # resource name; None: the dataset itself

    @property
    def message(self) -> str:
        """Standalone: names the dataset."""
        return f"jeu « {self.dataset} », {self.detail}"

    @property
    def detail(self) -> str:
        where = f"ressource « {self.resource} »" if self.resource else "fiche du jeu"
        if self.kind == "obligatoire":
            return f"{where} : le champ obligatoire « {self.field} » est vide ou absent"
        if self.kind == "inconnu":
            return (f"{where} : le champ « {self.field} » (valeur « {_show(self.value)} ») n'existe pas dans "
                    "le schéma du portail, qui l'ignorerait")
        return (f"{where} : « {_show(self.value)} » n'est pas accepté pour le champ « {self.field} » ; "
                f"choix acceptés : {', '.join(self.choices)}")


def _show(value: Any) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _required(field: dict) -> bool:
    if "required" in field:
        return bool(field["required"])
    return "not_empty" in str(field.get("validators", "")).split()


def _choices(field: dict) -> tuple[str, ...] | None:
    """Static choices (None when the field is free, or its choices come from a helper we cannot see)."""
    if "choices" not in field:
        return None
    return tuple(str(c["value"]) for c in field["choices"])


def _multiple(field: dict) -> bool:
    return (field.get("preset") in MULTIPLE_PRESETS
            or "scheming_multiple_choice" in str(field.get("validators", "")).split())


def _check_fields(spec: list[dict], values: dict, dataset: str, resource: str | None) -> list[Problem]:
    problems = []
    for field in spec:
        name = field["field_name"]
        value = values.get(name)
        if name == "tag_string" and _empty(value):
            value = values.get("tags")  # the API takes either
        if _empty(value):
            if _required(field):
                problems.append(Problem(dataset, name, "obligatoire", resource=resource))
            continue
        accepted = _choices(field)
        if accepted is None or name == "tag_string":
            continue
        given = value if _multiple(field) and isinstance(value, list) else [value]
        for v in given:
            if str(v) not in accepted:
                problems.append(Problem(dataset, name, "choix", v, accepted, resource))
    return problems


def check(
    schema: dict,
    package: dict,
    resources: Iterable[dict] = (),
    *,
    dataset: str | None = None,
    kept_package_extras: Iterable[str] = (),
    kept_resource_extras: Iterable[str] = (),
) -> list[Problem]:
    """Every problem the portal of ``schema`` would have with this package and these resources.

    ``kept_*_extras``: keys we send on purpose although the schema does not list them (free package
    extras, resource extras), known to survive on a CKAN portal. Any other key is "inconnu"."""
    dataset = dataset or str(package.get("name") or "?")
    ds_spec = schema.get("dataset_fields", [])
    res_spec = schema.get("resource_fields", [])
    problems = _check_fields(ds_spec, package, dataset, None)
    known = {f["field_name"] for f in ds_spec} | CORE_PACKAGE_FIELDS
    for key in package:
        if key not in known:
            problems.append(Problem(dataset, key, "inconnu", package[key]))
    kept = set(kept_package_extras)
    for extra in package.get("extras") or []:
        if extra.get("key") not in kept:
            problems.append(Problem(dataset, f"extras.{extra.get('key')}", "inconnu", extra.get("value")))
    res_known = {f["field_name"] for f in res_spec} | CORE_RESOURCE_FIELDS | set(kept_resource_extras)
    for res in resources:
        name = str(res.get("name") or res.get("id") or "?")
        problems += _check_fields(res_spec, res, dataset, name)
        for key in res:
            if key not in res_known:
                problems.append(Problem(dataset, key, "inconnu", res[key], resource=name))
    return problems


def describe(problems: list[Problem], against: str = "le schéma du portail") -> str:
    """One French text for a PublishError (which names the dataset) or a dry-run line."""
    head = f"vérification préalable contre {against} : {len(problems)} problème(s), rien n'est téléversé"
    return head + " — " + " ; ".join(p.detail for p in problems)


@dataclass(frozen=True)
class Preflight:
    """Outcome of a pre-flight: the problems, and against what it was checked (or why it was not)."""

    problems: tuple[Problem, ...]
    against: str  # « le schéma du portail « pab » », « le schéma du projet (…) »
    skipped: bool = False

    @property
    def note(self) -> str:
        if self.skipped:
            return f"vérification préalable sautée : {self.against}"
        if not self.problems:
            return f"vérification préalable contre {self.against} : aucun problème"
        return describe(list(self.problems), self.against)


def release_resources(release, version: str | None = None) -> list[dict]:
    """The resource fields a publication of ``release`` sends for its files (upload and link alike
    carry these; URLs and sizes are the portal's own)."""
    version = version or release.version
    return [
        {"name": f.name, "description": f.description, "format": f.format, "mimetype": f.mimetype,
         "hash": f"sha256:{f.sha256}", "dq_cle": f.key, "dq_version": version, **f.portal_fields}
        for f in release.files
    ]


def check_release(schema: dict, package: dict, release) -> list[Problem]:
    """``check`` of a release's package (as the publisher will send it) and of its files."""
    from dqpub.core.portal import KEPT_PACKAGE_EXTRAS, KEPT_RESOURCE_EXTRAS

    return check(schema, package, release_resources(release), dataset=release.dataset,
                 kept_package_extras=KEPT_PACKAGE_EXTRAS, kept_resource_extras=KEPT_RESOURCE_EXTRAS)


PROJECT_SCHEMA_NAME = "le schéma du projet (schemas/donnees-quebec.scheming.yaml)"


def project_preflight(release) -> Preflight:
    """Pre-flight of a target without a portal (the local folder): against the project's schema
    file, the one the test portal runs."""
    from dqpub.core.portal import portal_schema

    return Preflight(tuple(check_release(portal_schema(), release.package, release)), PROJECT_SCHEMA_NAME)
