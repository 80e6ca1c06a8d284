"""The one way the CKAN publisher talks to a portal: one client, one error map, one retry layer.

* **Transport.** Actions are encoded and decoded by ``ckanapi`` (``prepare_action``,
  ``reverse_apicontroller_action``: public functions, no private method overridden) and sent by
  ``requests`` from one session, so the HTTP status is seen BEFORE ckanapi turns an answer into an
  exception. Every request has a timeout and waits for the throttle (a requests-per-second budget
  shared by the threads of one publisher).
* **Retries, once.** Connection errors, timeouts and the statuses ``dqpub.core.http.is_transient``
  names (5xx, 429) are retried here with exponential backoff and jitter, ``max_attempts`` tries in
  all; nothing above retries again (the Prefect task of the publish step has 0 retries).
* **Errors, once.** Every failure leaves this module as a ``dqpub.core.errors`` exception:
  ``TransientPublishError`` (worth another run), ``PortalNotFound`` (the object does not exist: a
  signal callers test for), ``PortalRefused`` (CKAN's ValidationError, with its field messages),
  ``HttpRefused`` (a download answered 4xx), or ``PublishError``. Messages name the action and the
  kind of failure, never the token nor a value sent.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from typing import Any, Callable, Protocol, TypeVar
from urllib.parse import urlsplit

import orjson
import requests
from ckanapi.common import prepare_action, reverse_apicontroller_action
from ckanapi.errors import CKANAPIError, NotAuthorized, NotFound, ValidationError

from dqpub.core.errors import PublishError, TransientPublishError
from dqpub.core.http import is_transient
from dqpub.core.release import Throttle

log = logging.getLogger(__name__)

USER_AGENT = "dqpub (MSP)"
T = TypeVar("T")


class PortalNotFound(PublishError):
    """CKAN's « Not Found Error »: the package, resource or table does not exist (yet, or any more)."""


class PortalRefused(PublishError):
    """CKAN's « Validation Error »: the portal refuses the values of an action."""


class HttpRefused(PublishError):
    """A download answered 4xx (not worth another try)."""

    def __init__(self, message: str, status: int) -> None:
        self.status = status
        super().__init__(message)


class Actions(Protocol):
    """What the parts of the publisher need from it: every action goes through the publisher's
    ``action`` (one place to observe and count them)."""

    def action(self, name: str, dataset: str | None = None, /, **data: Any) -> Any: ...

    def package(self, name: str) -> dict | None: ...


def map_error(exc: CKANAPIError, action: str, *, dataset: str | None = None, organization: str = "") -> PublishError:
    """The error map: a ckanapi exception (decoded from CKAN's answer) → a dqpub exception. Only the
    error's kind and, for a validation error, CKAN's messages per field are kept: ckanapi's generic
    error carries the whole answer, which is never repeated."""
    if isinstance(exc, NotFound):
        return PortalNotFound(f"introuvable sur le portail ({action})", dataset=dataset)
    if isinstance(exc, ValidationError):
        return PortalRefused(f"le portail refuse {action} : {_short(exc.error_dict)}", dataset=dataset)
    if isinstance(exc, NotAuthorized):
        return PublishError(f"jeton non autorisé pour {action} (organisation {organization})", dataset=dataset)
    return PublishError(f"erreur du portail sur {action} ({type(exc).__name__})", dataset=dataset)


def quietly(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Best effort: a PublishError is logged and forgotten."""
    try:
        return fn(*args, **kwargs)
    except PublishError as exc:
        log.warning("ignoré : %s", exc.message)
        return None


class CkanClient:
    """One portal's Action API and file downloads, throttled and retried."""

    def __init__(self, url: str, token: str | None, *, organization: str = "", requests_per_second: float = 5.0,
                 timeout: tuple[float, float] = (10, 300), max_attempts: int = 5, backoff: float = 1.0) -> None:
        self.url = url.rstrip("/")
        self._token = token
        self.organization = organization
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff = backoff
        self._min_interval = 1.0 / requests_per_second if requests_per_second else 0.0
        self.throttle: Throttle | None = None  # set by the flow layer (CkanPortal.throttle)
        self._last = 0.0
        self._lock = threading.Lock()
        self._session = requests.Session()
        origin = urlsplit(self.url)
        self._origin = (origin.scheme, origin.netloc)

    def __repr__(self) -> str:  # never the token
        return f"CkanClient({self.url!r})"

    # -- the throttle and the one retry layer ------------------------------------------------------
    def _throttle(self) -> None:
        if self.throttle is not None:  # the portal's budget shared by every worker
            self.throttle()
            return
        with self._lock:
            wait = self._last + self._min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()

    def retrying(self, what: str, fn: Callable[[], T]) -> T:
        """``fn`` until it does not raise TransientPublishError, ``max_attempts`` tries at most."""
        for attempt in range(1, self.max_attempts + 1):
            self._throttle()
            try:
                return fn()
            except TransientPublishError as exc:
                if attempt == self.max_attempts:
                    raise
                log.info("%s : essai %d/%d échoué (%s), nouvel essai", what, attempt, self.max_attempts, exc)
                time.sleep(self.backoff * 2 ** (attempt - 1) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    # -- actions -----------------------------------------------------------------------------------
    def call(self, name: str, data: dict, files: dict | None = None, *, dataset: str | None = None) -> Any:
        """One action, retried on transient failures; any failure comes out through the error map."""

        def once() -> Any:
            for f in (files or {}).values():
                f.seek(0)
            return self._post(name, data, files or None, dataset)

        return self.retrying(name, once)

    def _post(self, name: str, data: dict, files: dict | None, dataset: str | None) -> Any:
        if files or "records" not in data:
            path, body, headers = prepare_action(name, data, self._token, files)
        else:  # DataStore rows: UTF-8 compact JSON, about 4× faster to build than ckanapi's ASCII JSON
            path, _, headers = prepare_action(name, None, self._token)
            body = orjson.dumps(data)
        headers["User-Agent"] = USER_AGENT
        url = f"{self.url}/{path}"
        try:
            # no redirect: a redirected POST would be sent again without its body
            r = self._session.post(url, data=body, headers=headers, files=files, allow_redirects=False,
                                   timeout=self.timeout)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TransientPublishError(f"{name} : portail injoignable ({type(exc).__name__})",
                                        dataset=dataset) from None
        if is_transient(r.status_code):
            raise TransientPublishError(f"{name} : le portail répond HTTP {r.status_code}", dataset=dataset)
        try:
            return reverse_apicontroller_action(url, r.status_code, r.text)
        except CKANAPIError as exc:
            raise map_error(exc, name, dataset=dataset, organization=self.organization) from None

    # -- files -------------------------------------------------------------------------------------
    def owns(self, url: str) -> bool:
        """``url`` is on the portal's own origin (the only place the token may go)."""
        parts = urlsplit(url)
        return (parts.scheme, parts.netloc) == self._origin

    def download(self, url: str) -> bytes:
        """The bytes at ``url``, retried like an action; 4xx raises HttpRefused."""
        # the token only goes to the portal itself (requests drops it on a redirect to another host)
        headers = {"Authorization": self._token} if self._token and self.owns(url) else {}

        def get() -> bytes:
            try:
                r = self._session.get(url, timeout=self.timeout, headers=headers)
            except (requests.ConnectionError, requests.Timeout) as exc:
                raise TransientPublishError(f"téléchargement impossible ({type(exc).__name__})") from None
            if is_transient(r.status_code):
                raise TransientPublishError(f"le portail répond HTTP {r.status_code} au téléchargement")
            if r.status_code >= 400:
                raise HttpRefused(f"téléchargement refusé (HTTP {r.status_code}) : {url}", r.status_code)
            return r.content

        return self.retrying("download", get)


def _short(error_dict: dict) -> str:
    """CKAN's messages per field (they name the rule, e.g. the accepted choices, not the value sent)."""
    parts = []
    for k, v in (error_dict or {}).items():
        if k.startswith("__"):
            continue
        parts.append(f"{k}: {v if isinstance(v, str) else '; '.join(map(str, v)) if isinstance(v, list) else v}")
    return ", ".join(parts)[:500] or "validation refusée"
