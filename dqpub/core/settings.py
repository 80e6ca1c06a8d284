"""Where things are. Defaults suit a checkout; each one can be overridden by an environment
variable so that production keeps its inventory, portal and secrets outside the repository."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _path(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    return Path(value).expanduser().resolve() if value else default


@dataclass(frozen=True)
class Settings:
    inventory: str = field(
        default_factory=lambda: os.environ.get(
            "DQPUB_INVENTORY", str(PROJECT_ROOT / "datasets" / "inventaire.csv")
        )
    )
    datasets_dir: Path = field(
        default_factory=lambda: _path("DQPUB_DATASETS_DIR", PROJECT_ROOT / "datasets")
    )
    schemas_dir: Path = field(
        default_factory=lambda: _path("DQPUB_SCHEMAS_DIR", PROJECT_ROOT / "schemas")
    )
    work_dir: Path = field(default_factory=lambda: _path("DQPUB_WORK_DIR", PROJECT_ROOT / ".work"))
    portal_dir: Path = field(
        default_factory=lambda: _path("DQPUB_PORTAL_DIR", PROJECT_ROOT / "portail-local")
    )
    target: str = field(default_factory=lambda: os.environ.get("DQPUB_TARGET", "local"))

    def with_(self, **changes) -> "Settings":
        values = {k: getattr(self, k) for k in self.__dataclass_fields__}
        values.update({k: v for k, v in changes.items() if v is not None})
        return Settings(**values)
