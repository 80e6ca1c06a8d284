"""Step 1: pull the ministry's inventory of datasets and decide what may be published.

The inventory is a table (CSV or XLSX) at a local path or an http(s) URL. It is validated against
``schemas/inventory.schema.json`` with the same validator as the data, before anything runs.
Each dataset also has ``datasets/<identifiant>/dataset.yaml`` with what does not fit in a
spreadsheet cell (source dialect, SQL query, portal metadata, privacy thresholds, retention).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path


import pyarrow.parquet as pq
import yaml

from dqpub import source as source_step
from dqpub import table as table_step
from dqpub import validate as validate_step
from dqpub.core.config import DatasetConfig, Entry, Inventory
from dqpub.core.errors import InventoryError
from dqpub.core.names import SLUG
from dqpub.validate.report import first_error_message
from dqpub.core.schema import load_schema
from dqpub.core.settings import Settings



@dataclass(frozen=True)
class PlanItem:
    entry: Entry
    publish: bool
    reason: str


def pull_inventory(settings: Settings) -> Inventory:
    """Fetch, validate and parse the inventory. Raises InventoryError with the first problem."""
    location = settings.inventory
    schema = load_schema(settings.schemas_dir / "inventory.schema.json")
    with tempfile.TemporaryDirectory(prefix="dqpub-inventaire-") as tmp:
        tmpdir = Path(tmp)
        try:
            raw = source_step.fetch_location(location, tmpdir, base_dir=Path.cwd(), dataset="inventaire")
        except Exception as exc:  # noqa: BLE001 - one clear message for every way of failing
            raise InventoryError(f"inventaire illisible ({location}) : {exc}") from exc
        fmt = "xlsx" if raw.suffix.lower() in (".xlsx", ".xlsm") else "csv"
        normalized = table_step.normalize(
            raw, fmt, table_step.Dialect(), tmpdir / "inventaire.norm.csv", dataset="inventaire"
        )
        report = validate_step.validate(
            normalized, schema, dataset="inventaire", out_parquet=tmpdir / "inventaire.parquet"
        )
        if not report.valid:
            raise InventoryError(
                "l'inventaire ne respecte pas son schéma — " + first_error_message(report)
            )
        # ParquetFile without pandas metadata: read_table would import pandas (0.3 s of every command)
        rows = pq.ParquetFile(tmpdir / "inventaire.parquet").read(use_pandas_metadata=False).to_pylist()
    entries = tuple(Entry.from_row(r) for r in rows)
    for e in entries:  # the schema's pattern already says so; paths are built from slugs, so re-check
        if not SLUG.match(e.slug):
            raise InventoryError(f"identifiant invalide : « {e.slug} »")
    base = Path(location).resolve().parent if "://" not in location else settings.datasets_dir
    return Inventory(entries=entries, base_dir=base)


# libyaml's safe loader when PyYAML has it: ~10× faster than the Python one (1,000 dataset.yaml per run)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_config(entry: Entry, settings: Settings) -> DatasetConfig:
    """``datasets/<identifiant>/dataset.yaml`` as typed sections; an unknown key or a wrong type stops
    the dataset with a message naming the file, the section and the key."""
    path = settings.datasets_dir / entry.slug / "dataset.yaml"
    if not path.exists():
        return DatasetConfig()
    with open(path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=_YAML_LOADER) or {}
    try:
        return DatasetConfig.from_dict(data, where=f"datasets/{entry.slug}/dataset.yaml")
    except InventoryError as exc:
        raise InventoryError(exc.message, dataset=entry.slug) from None


def plan(inventory: Inventory, selected: list[str] | None = None) -> list[PlanItem]:
    """Which datasets this run publishes, and why the others are not.

    Restriction and activation come from the inventory only: no command-line option overrides them.
    """
    wanted = set(selected or [])
    unknown = wanted - {e.slug for e in inventory.entries}
    if unknown:
        raise InventoryError(f"jeu(x) absent(s) de l'inventaire : {', '.join(sorted(unknown))}")
    items = []
    for e in inventory.entries:
        if wanted and e.slug not in wanted:
            continue
        if e.restricted:
            items.append(PlanItem(e, False, f"refusé : accès restreint ({e.classification}, loi A-2.1)"))
        elif not e.active:
            items.append(PlanItem(e, False, "ignoré : désactivé dans l'inventaire"))
        else:
            items.append(PlanItem(e, True, "à publier"))
    return items
