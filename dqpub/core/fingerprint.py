"""Content fingerprints: SHA-256 of files and of canonical JSON, one implementation for the source
step (what was pulled), the version step (what is published) and the targets (read-back checks)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

BLOCK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(BLOCK), b""):
            h.update(block)
    return h.hexdigest()


def canonical(obj: Any) -> bytes:
    """JSON with sorted keys and no spaces: equal values give equal bytes, hence equal hashes."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()
