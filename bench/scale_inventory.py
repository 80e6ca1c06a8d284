"""A synthetic inventory of N datasets for the scale benchmark and the fan-out test: each dataset
is a slice of the sample events file (Windows-1252, semicolon) under its own identifier, with the
events schema and dataset.yaml. Sizes cycle through 25, 100 and 600 rows; one dataset in three
keeps the two free-text columns (scrubbed by the anonymization), the others have them empty."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "evenements-de-securite-civile"
SIZES = (25, 100, 600)
FREE_TEXT_COLUMNS = ("info_compl_localisation", "commentaire_date_debut")


def slug(i: int, prefix: str = "jeu-echelle") -> str:
    return f"{prefix}-{i:04d}"


def make_inventory(base: Path, n: int, free_text: bool = True, prefix: str = "jeu-echelle") -> dict[str, str]:
    """Write ``base/datasets`` and ``base/schemas``; returns the DQPUB_* environment for them.
    Without ``free_text``, no dataset has free text (the detectors' models are not loaded: faster)."""
    datasets, schemas = base / "datasets", base / "schemas"
    shutil.rmtree(base, ignore_errors=True)
    schemas.mkdir(parents=True)
    for name in ("inventory.schema.json", f"{SAMPLE}.schema.json"):
        shutil.copy(ROOT / "schemas" / name, schemas / name)
    text = (ROOT / "datasets" / SAMPLE / "source" / "evenements.csv").read_text(encoding="cp1252")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    blank = [header.index(c) for c in FREE_TEXT_COLUMNS]
    with open(ROOT / "datasets" / "inventaire.csv", encoding="utf-8", newline="") as f:
        model = next(r for r in csv.DictReader(f) if r["identifiant"] == SAMPLE)
    yaml = (ROOT / "datasets" / SAMPLE / "dataset.yaml").read_text(encoding="utf-8")
    inventory = []
    for i in range(n):
        folder = datasets / slug(i, prefix) / "source"
        folder.mkdir(parents=True)
        (folder.parent / "dataset.yaml").write_text(yaml, encoding="utf-8")
        part = [list(r) for r in body[: SIZES[i % len(SIZES)]]]
        if i % 3 or not free_text:
            for r in part:
                for c in blank:
                    r[c] = ""
        buf = io.StringIO()
        csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows([header, *part])
        (folder / "evenements.csv").write_bytes(buf.getvalue().encode("cp1252"))
        inventory.append({**model, "identifiant": slug(i, prefix), "titre": f"Événements, lot d'essai {i}",
                          "source_emplacement": f"{slug(i, prefix)}/source/evenements.csv"})
    with open(datasets / "inventaire.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(model), lineterminator="\n")
        w.writeheader()
        w.writerows(inventory)
    return {"DQPUB_INVENTORY": str(datasets / "inventaire.csv"), "DQPUB_DATASETS_DIR": str(datasets),
            "DQPUB_SCHEMAS_DIR": str(schemas), "DQPUB_WORK_DIR": str(base / "travail"),
            "DQPUB_PORTAL_DIR": str(base / "portail")}
