"""Secrets come from the environment or from Prefect Secret blocks, never from files in the repo.

The one exception is the embedded local target: on a machine with no pseudonymization key, the
local portal generates one in its private folder (``.prive/cle-pseudonyme``, mode 600) so that the
demo works and tokens stay stable across local runs. Portals (CKAN targets) require a real secret.
"""

from __future__ import annotations

import os
import secrets as _secrets
import tempfile
from pathlib import Path
from typing import Any

PSEUDONYM_ENV = "DQPUB_PSEUDONYM_KEY"
PSEUDONYM_BLOCK = "dqpub-cle-pseudonyme"


def get_secret(env_name: str, block_name: str | None = None) -> str | None:
    value = os.environ.get(env_name)
    if value:
        return value
    if block_name and os.environ.get("PREFECT_API_URL"):  # only ask a configured Prefect server
        try:
            from prefect.blocks.system import Secret

            block: Any = Secret.load(block_name)  # a coroutine only inside async code, never here
            return block.get()
        except Exception:  # noqa: BLE001 - absent block: the caller decides (fail closed)
            return None
    return None


def pseudonym_key(local_private_dir: Path | None, *, create: bool = True) -> bytes | None:
    """The secret key, else the local target's key file (generated unless ``create`` is False)."""
    value = get_secret(PSEUDONYM_ENV, PSEUDONYM_BLOCK)
    if value:
        return value.encode("utf-8")
    if local_private_dir is None:
        return None
    path = local_private_dir / "cle-pseudonyme"
    if not path.exists():
        if not create:
            return None
        # Written whole, then linked into place: concurrent runs all end up with the same key.
        local_private_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=local_private_dir, prefix=".cle-")
        with os.fdopen(fd, "w") as f:
            f.write(_secrets.token_hex(32))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    return path.read_text().strip().encode("utf-8")
