"""Names every layer builds paths and portal names from."""

from __future__ import annotations

import re

# A dataset's identifier: also its portal slug and a folder name, hence this strict form.
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def versioned_name(filename: str, version: str) -> str:
    """``donnees.csv`` of version 1.2.0 → ``donnees-v1.2.0.csv``: the immutable file of a version."""
    stem, dot, ext = filename.rpartition(".")
    return f"{stem}-v{version}.{ext}" if dot else f"{filename}-v{version}"


FIRST_VERSION = "1.0.0"  # a dataset's first published version: none comes before it


def semver(version: str) -> tuple[int, ...]:
    """``"1.10.0"`` → ``(1, 10, 0)``: versions compare as numbers, not as text; anything else sorts first."""
    try:
        return tuple(int(p) for p in version.split("."))
    except ValueError:
        return (0,)
