"""What is computed once per installation and kept between runs: every process that reads names would
otherwise pay seconds for the same work (the common-word lexicon, the French tokenizer's pattern).

The folder is ``$DQPUB_CACHE``, else ``$XDG_CACHE_HOME/dqpub``, else ``~/.cache/dqpub``. Deleting it is
always safe: each entry is rebuilt on first use. Nothing from a dataset is ever written here."""

from __future__ import annotations

import hashlib
import os
import json
import re
import sys
from pathlib import Path
from typing import Any, Callable


def cache_dir() -> Path:
    return Path(os.environ.get("DQPUB_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dqpub"))


def write_atomic(path: Path, write: Callable[[Any], None]) -> None:
    """``write(file)`` into a file beside ``path``, then renamed: a reader never sees half a file.
    An unwritable cache is skipped (the caller keeps what it computed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except OSError:
        pass


_compile = re.compile  # the real one, also while a caller has put compile_cached in its place

# Patterns this long take seconds to compile with ``re`` (spaCy's French ``TOKEN_MATCH``: 1.4 MB of
# alternatives over Unicode letter classes, case-insensitive: ~4 s on every model load).
LONG_PATTERN = 100_000


def compile_cached(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """``re.compile``, with the compiled program of a long pattern kept on disk.

    The program (``re._compiler``'s code, the same ints ``re.compile`` hands to ``_sre.compile``) is
    stored under a key made of the pattern, the flags and the interpreter's version and regex engine
    magic number; anything unexpected (another Python, a damaged file, a changed internal API) falls
    back to the plain ``re.compile``. The result is the same pattern object ``re.compile`` builds."""
    if not isinstance(pattern, str) or len(pattern) < LONG_PATTERN:
        return _compile(pattern, flags)
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        key = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{int(flags)}|{pattern}".encode()).hexdigest()[:32]
        path = cache_dir() / f"re-{key}.json"
        if path.exists():
            flags_, code, groups, groupindex, indexgroup = json.loads(path.read_bytes())
            return _sre.compile(pattern, flags_, code, groups, groupindex, tuple(indexgroup))
        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, *args)
        write_atomic(path, lambda fh: fh.write(json.dumps(args).encode()))
        return compiled
    except Exception:  # noqa: BLE001 - a cache: any surprise means the plain way
        return _compile(pattern, flags)
