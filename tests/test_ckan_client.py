"""The CKAN client (publishers/ckan/client.py): ONE error map and ONE retry layer.

* every kind of failure, from a stub server (HTTP statuses and bodies CKAN or a proxy in front of it
  may give) and from the real local CKAN (its own errors), comes out as the right dqpub error class,
  with a message that names neither the token nor a value that was sent or echoed;
* only transient failures (``dqpub.core.http.is_transient``, connection errors, timeouts) are
  retried, ``max_attempts`` times in all;
* a transient failure inside the publish step of the Prefect flow is tried ``max_attempts`` times,
  not ``max_attempts`` × (1 + Prefect's retries): the client is the only retry layer.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from prefect import flow

from dqpub import steps
from dqpub.core.errors import PublishError, TransientPublishError
from flows.publication import prefect_call
from publishers.ckan import CkanPortal
from publishers.ckan.client import CkanClient, HttpRefused, PortalNotFound, PortalRefused
from tests.faultproxy import FaultProxy

TOKEN = "jeton-tres-secret-0123456789abcdef"
VALUE = "Valeur Envoyee 046 454 286"  # a value sent in a request (and echoed by some answers)


def _ckan_error(kind: str, **fields) -> bytes:
    """CKAN's JSON error: a message (that may quote what was sent), or, for a validation error, the
    messages per field."""
    error = fields or {"message": f"{kind}: {VALUE}"}
    return json.dumps({"success": False, "error": {"__type": kind, **error}}).encode()


# action (or "download-<x>") -> (status, content type, body)
ANSWERS = {
    "en_panne": (503, "application/json", _ckan_error("Internal Server Error")),
    "erreur_interne": (500, "text/html", f"<html>Traceback… {VALUE}</html>".encode()),
    "trop_vite": (429, "text/plain", b"Too Many Requests"),
    "passerelle": (502, "text/html", b"<html>Bad Gateway</html>"),
    "introuvable": (404, "application/json", _ckan_error("Not Found Error")),
    "refuse": (409, "application/json", _ckan_error("Validation Error", name=["Cette adresse URL est déjà utilisée."])),
    "interdit": (403, "application/json", _ckan_error("Authorization Error")),
    "mauvaise_requete": (400, "text/html", f"<html>Bad request: {VALUE}</html>".encode()),
    "pas_du_json": (200, "text/html", f"<html>{VALUE}</html>".encode()),
    "lent": (200, "application/json", b'{"success": true, "result": {}}'),
    "download-absent": (404, "text/html", f"<html>{VALUE}</html>".encode()),
    "download-en-panne": (503, "text/html", b"<html>Service Unavailable</html>"),
}


class Stub:
    """A local HTTP server answering ANSWERS by action name, counting the requests it got."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                label = self.path.rstrip("/").rsplit("/", 1)[-1]
                stub.hits[label] += 1
                status, ctype, body = ANSWERS[label]
                if label == "lent":
                    time.sleep(1.5)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub():
    s = Stub()
    try:
        yield s
    finally:
        s.stop()


def client(url: str, **kw) -> CkanClient:
    return CkanClient(url, TOKEN, organization="msp", requests_per_second=0,
                      **{"timeout": (2, 5), "max_attempts": 3, "backoff": 0, **kw})


def assert_clean(exc: BaseException) -> None:
    import traceback

    text = str(exc) + repr(exc) + "".join(traceback.format_exception(exc))
    assert TOKEN not in text and VALUE not in text, text


@pytest.mark.parametrize("action, kind, tries, message", [
    ("en_panne", TransientPublishError, 3, "en_panne : le portail répond HTTP 503"),
    ("erreur_interne", TransientPublishError, 3, "erreur_interne : le portail répond HTTP 500"),
    ("trop_vite", TransientPublishError, 3, "trop_vite : le portail répond HTTP 429"),
    ("passerelle", TransientPublishError, 3, "passerelle : le portail répond HTTP 502"),
    ("introuvable", PortalNotFound, 1, "introuvable sur le portail (introuvable)"),
    ("refuse", PortalRefused, 1, "le portail refuse refuse : name: Cette adresse URL est déjà utilisée."),
    ("interdit", PublishError, 1, "jeton non autorisé pour interdit (organisation msp)"),
    ("mauvaise_requete", PublishError, 1, "erreur du portail sur mauvaise_requete (CKANAPIError)"),
    ("pas_du_json", PublishError, 1, "erreur du portail sur pas_du_json (CKANAPIError)"),
    ("lent", TransientPublishError, 3, "lent : portail injoignable (ReadTimeout)"),
])
def test_error_map_of_actions(stub, action, kind, tries, message):
    with pytest.raises(PublishError) as caught:
        client(stub.url, timeout=(2, 0.5)).call(action, {"name": VALUE, "notes": VALUE}, dataset="mon-jeu")
    exc = caught.value
    assert type(exc) is kind, repr(exc)
    assert exc.message == message and exc.dataset == "mon-jeu"
    assert exc.retryable is (kind is TransientPublishError)
    assert stub.hits[action] == tries  # only transient answers are tried again, max_attempts in all
    assert_clean(exc)


@pytest.mark.parametrize("path, kind, tries, message", [
    ("absent", HttpRefused, 1, "téléchargement refusé (HTTP 404) : {url}"),
    ("en-panne", TransientPublishError, 3, "le portail répond HTTP 503 au téléchargement"),
])
def test_error_map_of_downloads(stub, path, kind, tries, message):
    url = f"{stub.url}/dataset/x/resource/y/download-{path}"
    with pytest.raises(PublishError) as caught:
        client(stub.url).download(url)
    assert type(caught.value) is kind and caught.value.message == message.format(url=url)
    assert stub.hits[f"download-{path}"] == tries
    assert_clean(caught.value)
    if kind is HttpRefused:
        assert caught.value.status == 404


def test_unreachable_portal_is_transient():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(TransientPublishError) as caught:
        client(f"http://127.0.0.1:{port}", max_attempts=2).call("package_show", {"id": VALUE})
    assert caught.value.message == "package_show : portail injoignable (ConnectionError)"
    assert_clean(caught.value)


@pytest.mark.ckan
def test_error_map_of_the_real_ckan(ckan_local):
    """CKAN's own errors, from the local CKAN: not found, refused values, no right."""
    portal = CkanPortal(ckan_local.url, ckan_local.token, name="ckan-local", requests_per_second=0, backoff=0)
    with pytest.raises(PortalNotFound) as caught:
        portal.action("package_show", "jeu-absent", id="jeu-absent-" + VALUE.replace(" ", "-").lower())
    assert caught.value.message == "introuvable sur le portail (package_show)"
    with pytest.raises(PortalRefused) as refused:
        portal.action("package_create", "mon-jeu", name=VALUE, title=VALUE, owner_org="msp")
    assert refused.value.message.startswith("le portail refuse package_create : ")
    assert "name: Must be purely lowercase alphanumeric (ascii) characters" in refused.value.message
    anonymous = CkanPortal(ckan_local.url, None, name="ckan-local", requests_per_second=0, backoff=0)
    with pytest.raises(PublishError) as denied:
        anonymous.action("package_create", "mon-jeu", name="jeu-sans-droit", title=VALUE, owner_org="msp")
    assert type(denied.value) is PublishError
    assert denied.value.message == "jeton non autorisé pour package_create (organisation msp)"
    for exc in (caught.value, refused.value, denied.value):
        assert_clean(exc)
        assert ckan_local.token not in str(exc) + repr(exc)


@pytest.mark.ckan
def test_one_retry_layer_in_the_publish_step(ckan_local, prefect_harness, monkeypatch):
    """A portal that keeps answering 503, reached from the flow's publish step: the client tries
    max_attempts times and the Prefect task does not try again (3 requests, not 3 × 4)."""
    monkeypatch.setenv("DQPUB_RETRY_DELAY", "0")  # were Prefect to retry, it would do so at once
    with FaultProxy(ckan_local.url) as proxy:
        rule = proxy.arm("status_show", fault="503")
        portal = CkanPortal(proxy.url, ckan_local.token, name="ckan-local", requests_per_second=0,
                            max_attempts=3, backoff=0)

        def publish_step() -> dict:
            return portal.action("status_show")

        @flow(name="une-couche-de-nouveaux-essais")
        def one_publication() -> dict:
            return prefect_call(steps.PUBLISH, publish_step)

        state = one_publication(return_state=True)
        assert state.is_failed()
        with pytest.raises(TransientPublishError, match="status_show : le portail répond HTTP 503"):
            state.result()
        assert rule.fired == 3
