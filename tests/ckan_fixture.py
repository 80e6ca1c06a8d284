"""pytest plugin: a real local CKAN 2.11 for the tests (``scripts/ckan-local``).

Loaded with ``pytest_plugins = ["tests.ckan_fixture"]`` (conftest) or ``-p tests.ckan_fixture``.

Fixture ``ckan_local`` (session scope) returns :class:`CkanLocal` (``url``, ``token``, ``pid``):

* when ``CKAN_URL`` and ``CKAN_API_TOKEN`` are both set in the environment and that server
  answers ``status_show``, they are used as they are;
* otherwise the values of ``<state>/env`` (``.ckan-local/env``, or ``$CKAN_LOCAL_HOME/env``) are
  used if that server answers;
* otherwise ``scripts/ckan-local up`` is run (≈80 s the first time on a new machine, ≈13 s when
  only the server has to start). If it fails, the fixture FAILS with the last 40 lines of the
  script's output: it never skips silently.

The server is never stopped by the fixture, whether it was running before the session or was
started by it: reruns are then fast. Stop it with ``scripts/ckan-local down``.

The library never reads ``<state>/env`` itself: the fixture exports what it reads
(``CKAN_URL``/``CKAN_API_TOKEN`` for the target ``ckan-local``, ``DQPUB_CKAN_URL_<CIBLE>``/
``DQPUB_CKAN_TOKEN_<CIBLE>`` for ``ckan-local-xloader``), as ``eval "$(scripts/ckan-local env)"``
does in a shell.
"""
from __future__ import annotations

import json
import os
import subprocess
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "ckan-local"
UP_TIMEOUT = int(os.environ.get("CKAN_LOCAL_UP_TIMEOUT", "1200"))


@dataclass(frozen=True)
class CkanLocal:
    url: str
    token: str = field(repr=False)
    pid: Optional[int] = None  # the server's pid (from <state>/ckan.pid), None if unknown
    state_dir: Path = REPO / ".ckan-local"
    started_by_fixture: bool = False

    def client(self) -> Any:
        """A ``ckanapi.RemoteCKAN`` authenticated with the token."""
        import ckanapi

        return ckanapi.RemoteCKAN(self.url, apikey=self.token, user_agent="dqpub-tests")


def state_dir(profile: str = "dq") -> Path:
    if profile == "xloader":  # its own state dir: never disturbs the default portal
        return Path(os.environ.get("CKAN_LOCAL_XLOADER_HOME") or REPO / ".ckan-local-xloader")
    return Path(os.environ.get("CKAN_LOCAL_HOME") or REPO / ".ckan-local")


def read_env_file(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return values
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            k, v = line.split("=", 1)
            values[k.strip()] = v.strip()
    return values


def answers(url: str, timeout: float = 5.0) -> bool:
    """True when ``GET {url}/api/3/action/status_show`` answers with success."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/api/3/action/status_show",
                                    timeout=timeout) as r:
            return bool(json.load(r).get("success"))
    except Exception:
        return False


def read_pid(state: Path, name: str = "ckan.pid") -> Optional[int]:
    try:
        pid = int((state / name).read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except OSError:
        return None
    return pid


def run_up(profile: str = "dq") -> None:
    env = dict(os.environ, CKAN_LOCAL_PROFILE=profile)
    if profile == "xloader":
        env["CKAN_LOCAL_HOME"] = str(state_dir(profile))
    try:
        proc = subprocess.run(["bash", str(SCRIPT), "up"], cwd=REPO, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=UP_TIMEOUT, env=env)
    except subprocess.TimeoutExpired as e:
        out = e.stdout if isinstance(e.stdout, str) else (e.stdout or b"").decode("utf-8", "replace")
        tail = "\n".join(out.splitlines()[-40:])
        pytest.fail(f"scripts/ckan-local up n'a pas fini en {UP_TIMEOUT} s:\n{tail}", pytrace=False)
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-40:])
        pytest.fail(f"scripts/ckan-local up a échoué (code {proc.returncode}):\n{tail}",
                    pytrace=False)


def ensure_ckan_local(profile: str = "dq") -> CkanLocal:
    state = state_dir(profile)
    url, token = os.environ.get("CKAN_URL"), os.environ.get("CKAN_API_TOKEN")
    if profile == "dq" and url and token and answers(url):
        return CkanLocal(url=url.rstrip("/"), token=token, pid=read_pid(state), state_dir=state)

    env = read_env_file(state / "env")
    started = False
    worker_down = profile == "xloader" and read_pid(state, "worker.pid") is None
    # Our server must be alive, not merely something answering on its old port: a stale state dir's
    # port may have gone to another checkout's CKAN, which would refuse our token.
    ours_down = read_pid(state) is None
    if worker_down or ours_down or not (env.get("CKAN_URL") and env.get("CKAN_API_TOKEN")
                                        and answers(env["CKAN_URL"])):
        run_up(profile)
        started = True
        env = read_env_file(state / "env")
    if not (env.get("CKAN_URL") and env.get("CKAN_API_TOKEN")):
        pytest.fail(f"scripts/ckan-local up n'a pas écrit {state / 'env'}", pytrace=False)
    if not answers(env["CKAN_URL"], timeout=15):
        pytest.fail(f"{env['CKAN_URL']} ne répond pas après scripts/ckan-local up", pytrace=False)
    return CkanLocal(url=env["CKAN_URL"].rstrip("/"), token=env["CKAN_API_TOKEN"],
                     pid=read_pid(state), state_dir=state, started_by_fixture=started)


def export(local: CkanLocal, url_var: str, token_var: str) -> CkanLocal:
    """Put the server's URL and token where ``publishers/ckan/target.py`` reads them."""
    os.environ[url_var], os.environ[token_var] = local.url, local.token
    return local


@pytest.fixture(scope="session")
def ckan_local() -> CkanLocal:
    """The local CKAN (started if needed, never stopped: see the module docstring)."""
    return export(ensure_ckan_local(), "CKAN_URL", "CKAN_API_TOKEN")


@pytest.fixture(scope="session")
def ckan_local_xloader() -> CkanLocal:
    """The local CKAN of the xloader profile (ckanext-xloader and its job worker), in its own
    state dir ``.ckan-local-xloader`` (``CKAN_LOCAL_PROFILE=xloader scripts/ckan-local up``)."""
    return export(ensure_ckan_local("xloader"), "DQPUB_CKAN_URL_CKAN_LOCAL_XLOADER",
                  "DQPUB_CKAN_TOKEN_CKAN_LOCAL_XLOADER")
