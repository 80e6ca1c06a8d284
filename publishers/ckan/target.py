"""Which portal a target name means, and how to reach it: everything comes from the environment
(or a Prefect Secret block for the token), nothing from files.

* ``DQPUB_CKAN_URL_<CIBLE>``: the portal's address (``production``: www.donneesquebec.ca);
* ``DQPUB_CKAN_TOKEN_<CIBLE>``: the API token, or the Prefect Secret block ``dqpub-ckan-token-<cible>``;
* ``DQPUB_CKAN_CHAMPS_<CIBLE>``: package fields this target imposes (a JSON object of strings);
* ``DQPUB_CKAN_REQUESTS_PER_SECOND``: the request budget (5 by default; 0: no throttle);
* ``DQPUB_CKAN_XLOADER_ATTENTE``: how long to wait for the portal's xloader jobs (600 s).

``<CIBLE>`` is the target's name in capitals, ``-`` as ``_``. The local test portal
(``ckan-local``) also takes ``CKAN_URL`` and ``CKAN_API_TOKEN``, the variables that
``eval "$(scripts/ckan-local env)"`` and the test fixture export.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from dqpub.core.errors import PublishError
from dqpub.core.pace import DEFAULT_REQUESTS_PER_SECOND, requests_per_second
from dqpub.core.secrets import get_secret

TARGET_URLS = {"production": "https://www.donneesquebec.ca"}
DEFAULT_ORGANIZATION = "msp"


@dataclass(frozen=True)
class Target:
    name: str
    url: str
    token: str = field(repr=False)
    organization: str = DEFAULT_ORGANIZATION
    requests_per_second: float = DEFAULT_REQUESTS_PER_SECOND
    field_overrides: dict[str, Any] = field(default_factory=dict)


def env_key(target: str) -> str:
    return target.upper().replace("-", "_")


def loader_timeout() -> float:
    """Seconds to wait for the portal's xloader jobs before giving up."""
    return float(os.environ.get("DQPUB_CKAN_XLOADER_ATTENTE", "600"))


def target(name: str) -> Target:
    """``ckan-local``, ``pab``, ``production`` or any name → its configuration, or a PublishError
    that says which variable to set."""
    key = env_key(name)
    url = os.environ.get(f"DQPUB_CKAN_URL_{key}") or TARGET_URLS.get(name)
    token = get_secret(f"DQPUB_CKAN_TOKEN_{key}", f"dqpub-ckan-token-{name}")
    local = name == "ckan-local"
    if local:
        url = url or os.environ.get("CKAN_URL")
        token = token or os.environ.get("CKAN_API_TOKEN")
    hint = ' (ou eval "$(scripts/ckan-local env)")' if local else ""
    if not url:
        raise PublishError(f"cible « {name} » inconnue : définissez DQPUB_CKAN_URL_{key}{hint}")
    if not token:
        raise PublishError(f"aucun jeton d'API pour la cible « {name} » (DQPUB_CKAN_TOKEN_{key} "
                           f"ou bloc Prefect dqpub-ckan-token-{name}){hint}")
    return Target(name, url, token, requests_per_second=requests_per_second(), field_overrides=_overrides(key))


def _overrides(key: str) -> dict[str, Any]:
    """Package fields this target sets whatever the dataset says, e.g. another ``owner_org`` on the
    sandbox portal; checked by the pre-flight like the rest."""
    raw = os.environ.get(f"DQPUB_CKAN_CHAMPS_{key}")
    try:
        fields = json.loads(raw) if raw else {}
    except ValueError:
        fields = None
    if not isinstance(fields, dict) or not all(isinstance(v, str) for v in fields.values()):
        raise PublishError(f"DQPUB_CKAN_CHAMPS_{key} doit être un objet JSON de champs texte, "
                           'p. ex. {"owner_org": "msp"}')
    return fields
