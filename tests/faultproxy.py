"""A small threaded HTTP proxy on 127.0.0.1 in front of the test CKAN, that injects faults.

    with FaultProxy(ckan_local.url) as proxy:
        portal = CkanPortal(proxy.url, token, timeout=(2, 3), max_attempts=2, backoff=0)
        proxy.arm("resource_create", nth=3, fault="500")          # 3rd upload and all later ones
        proxy.arm("download", nth=1, fault="corrupt", times=1)    # first file read back, once
        proxy.arm(lambda label, body: label == "datastore_create" and b'"aliases": []' in body)
        ...
        assert proxy.fired                                        # the fault did happen

Every request is forwarded as it came (JSON, multipart uploads, downloads). A request's *label* is
its action name for ``/api/3/action/<name>``, ``download`` for ``…/download…`` paths, else its path;
a rule matches a label, or is a predicate on (label, raw request body).
Faults (``times``: how many matching requests get it, from the ``nth`` one; None = all of them):

* ``500`` / ``503``: answer that status with a CKAN-like JSON error, NOT forwarded;
* ``timeout``: forwarded (CKAN applies it), then the answer is held back ``hang`` seconds (longer
  than the client's read timeout) and the connection closed without one;
* ``drop``: forwarded (CKAN applies it), then the connection is closed without an answer;
* ``corrupt``: forwarded, one byte of the answer's body flipped (same length);
* ``kill``: ``on_kill()`` is called BEFORE forwarding (the test kills the CKAN server by pid); the
  request, like every later one while CKAN is down, gets 502 as from a reverse proxy.

CKAN writes its own address (``ckan.site_url``) in API answers (resource URLs, redirects): the proxy
rewrites it to its own in answers of the API and in ``Location`` headers, and back in JSON request
bodies, so that downloads of resource files also go through the proxy and links stored on the
portal keep CKAN's real address. Bounded: ``stop()`` (or leaving the ``with``) ends held requests.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "content-length", "host"}
ACTION = re.compile(r"^/api/(?:\d+/)?action/([A-Za-z0-9_]+)")
FAULTS = {"500", "503", "timeout", "drop", "corrupt", "kill"}


def label_of(path: str) -> str:
    path = path.split("?", 1)[0]
    m = ACTION.match(path)
    if m:
        return m.group(1)
    if "/download" in path:
        return "download"
    return path


@dataclass
class Rule:
    match: str | Callable[[str, bytes], bool]
    nth: int
    fault: str
    times: int | None
    seen: int = 0
    fired: int = 0

    def wants(self, label: str, body: bytes) -> bool:
        ok = self.match(label, body) if callable(self.match) else self.match == label
        if not ok:
            return False
        self.seen += 1
        if self.seen < self.nth or (self.times is not None and self.fired >= self.times):
            return False
        self.fired += 1
        return True


@dataclass
class Event:
    method: str
    label: str
    status: int | None  # status sent to the client (None: no answer)
    fault: str | None = None
    seconds: float = 0.0  # time spent upstream


@dataclass
class FaultProxy:
    upstream: str
    hang: float = 5.0  # held-back answers wait this long (> the client's read timeout)
    port: int = 0  # 0: any free port
    on_kill: Callable[[], None] | None = None
    events: list[Event] = field(default_factory=list)
    _rules: list[Rule] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    # -- control -------------------------------------------------------------------------------
    def start(self) -> "FaultProxy":
        up = urlsplit(self.upstream)
        self._up_host, self._up_port = up.hostname, up.port or 80
        self._up_origin = f"{up.scheme}://{up.netloc}".encode()
        proxy = self

        class Handler(_Handler):
            owner = proxy

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self._origin = f"http://127.0.0.1:{self._server.server_address[1]}".encode()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        daemon=True, name="faultproxy")
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> "FaultProxy":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return self._origin.decode()

    def arm(self, match: str | Callable[[str, bytes], bool], *, nth: int = 1, fault: str = "500",
            times: int | None = None) -> Rule:
        if fault not in FAULTS:
            raise ValueError(fault)
        rule = Rule(match, nth, fault, times)
        with self._lock:
            self._rules.append(rule)
        return rule

    def disarm(self) -> None:
        with self._lock:
            self._rules.clear()

    def reset(self) -> None:
        with self._lock:
            self._rules.clear()
            self.events.clear()

    @property
    def fired(self) -> list[Event]:
        return [e for e in self.events if e.fault]

    def labels(self) -> list[str]:
        return [e.label for e in self.events]

    # -- internals -----------------------------------------------------------------------------
    def _fault_for(self, label: str, body: bytes) -> str | None:
        with self._lock:
            for rule in self._rules:
                if rule.wants(label, body):
                    return rule.fault
        return None

    def _record(self, method: str, label: str, status: int | None, fault: str | None, seconds: float = 0.0) -> None:
        with self._lock:
            self.events.append(Event(method, label, status, fault, seconds))


class _Handler(BaseHTTPRequestHandler):
    owner: FaultProxy
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stalls

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        self._handle()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_GET

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        px = self.owner
        body = self._body()
        label = label_of(self.path)
        fault = px._fault_for(label, body)
        if fault in ("500", "503"):
            px._record(self.command, label, int(fault), fault)
            return self._answer(int(fault), [("Content-Type", "application/json;charset=utf-8")],
                                json.dumps({"success": False, "error": {"__type": "Injected",
                                            "message": f"panne injectée {fault}"}}).encode())
        if fault == "kill" and px.on_kill:
            px.on_kill()
        if "json" in (self.headers.get("Content-Type") or ""):
            body = body.replace(px._origin, px._up_origin)
        started = time.monotonic()
        try:
            status, headers, data = self._forward(body)
        except OSError:
            px._record(self.command, label, 502, fault)
            return self._answer(502, [("Content-Type", "text/plain")], b"502 Bad Gateway (CKAN ne repond pas)")
        if fault == "timeout":
            px._record(self.command, label, None, fault)
            px._stopping.wait(px.hang)
            return self._cut()
        if fault == "drop":
            px._record(self.command, label, None, fault)
            return self._cut()
        if label != "download" and self.path.startswith("/api/"):
            data = data.replace(px._up_origin, px._origin)
        if fault == "corrupt" and data:
            i = len(data) // 2
            data = data[:i] + bytes([data[i] ^ 0x5A]) + data[i + 1:]
        headers = [(k, v.replace(px._up_origin.decode(), px.url) if k.lower() == "location" else v)
                   for k, v in headers]
        px._record(self.command, label, status, fault, time.monotonic() - started)
        self._answer(status, headers, data)

    def _forward(self, body: bytes):
        px = self.owner
        conn = http.client.HTTPConnection(px._up_host, px._up_port, timeout=60)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            headers["Host"] = f"{px._up_host}:{px._up_port}"
            headers["Content-Length"] = str(len(body))
            conn.request(self.command, self.path, body=body if body or self.command != "GET" else None,
                         headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            return resp.status, [(k, v) for k, v in resp.getheaders() if k.lower() not in HOP_BY_HOP], data
        finally:
            conn.close()

    def _answer(self, status: int, headers, data: bytes) -> None:
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _cut(self) -> None:
        """Close the client's connection without an answer."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
