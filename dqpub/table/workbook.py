"""Excel workbooks (XLSX): one sheet read with openpyxl in read-only mode into the normalized CSV."""

from __future__ import annotations

import csv
import datetime as dt
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

from dqpub.core.errors import SourceError
from dqpub.table.types import CHUNK, Dialect, NormalizedTable, sniff_bytes, write_row_cr

def _xlsx_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.timedelta):
        return _iso_duration(value)
    return str(value)


def _iso_duration(td: dt.timedelta) -> str:
    secs = int(td.total_seconds())
    sign = "-" if secs < 0 else ""
    secs = abs(secs)
    d, rem = divmod(secs, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    return f"{sign}P{d}DT{h}H{m}M{s}S"


def _merged_ranges(raw_path: Path, sheet_index: int) -> bool:
    """Whether the sheet's XML declares merged cells (read-only openpyxl does not expose them)."""
    try:
        with zipfile.ZipFile(raw_path) as z:
            rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
            wbxml = ET.fromstring(z.read("xl/workbook.xml"))
            ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
            sheets = wbxml.findall("m:sheets/m:sheet", ns)
            rid = sheets[sheet_index].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            target = None
            for rel in rels:
                if rel.get("Id") == rid:
                    target = rel.get("Target")
            if target is None:
                return False
            target = target.lstrip("/")
            name = target if target.startswith("xl/") else "xl/" + target
            tail = b""
            with z.open(name) as f:
                while True:
                    block = f.read(CHUNK)
                    if not block:
                        return False
                    if b"<mergeCell " in tail + block or b":mergeCell " in tail + block:
                        return True
                    tail = block[-32:]
    except (KeyError, IndexError, zipfile.BadZipFile, ET.ParseError):
        return False


def normalize_xlsx(raw_path: Path, dialect: Dialect, out_path: Path, dataset: str) -> NormalizedTable:
    import openpyxl

    head = sniff_bytes(raw_path, dataset)
    if not head.startswith(b"PK"):
        raise SourceError("le fichier reçu n'est pas un classeur XLSX (archive ZIP attendue)", dataset=dataset)
    try:
        wb = openpyxl.load_workbook(raw_path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds
        raise SourceError(f"classeur XLSX illisible ({type(exc).__name__})", dataset=dataset) from None
    try:
        names = wb.sheetnames
        index = _sheet_index(names, dialect.sheet, dataset)
        if _merged_ranges(raw_path, index):
            raise SourceError(f"la feuille « {names[index]} » contient des cellules fusionnées : défusionnez-les "
                              "(une fusion ne garde la valeur que dans une cellule)", dataset=dataset,
                              rule="source.feuille")
        out_path.parent.mkdir(parents=True, exist_ok=True)
        header, rows = _write_sheet(wb.worksheets[index], dialect.header_row, out_path)
        if header is None:
            out_path.unlink(missing_ok=True)
            raise SourceError(f"la feuille « {names[index]} » est vide", dataset=dataset)
        return NormalizedTable(path=out_path, header=header, rows=rows, encoding="xlsx", delimiter="",
                               row_offset=dialect.header_row - 1, sheet=names[index])
    finally:
        wb.close()


def _sheet_index(names: list[str], sheet: str | int | None, dataset: str) -> int:
    """The 0-based index of the declared sheet (a name, or a 1-based rank), or a SourceError."""
    if sheet is None:
        return 0
    if isinstance(sheet, int) or (isinstance(sheet, str) and sheet.isdigit() and sheet not in names):
        index = int(sheet) - 1
        if not 0 <= index < len(names):
            raise SourceError(f"feuille n° {sheet} introuvable (le classeur a {len(names)} feuille(s) : "
                              f"{', '.join(names)})", dataset=dataset, rule="source.feuille")
        return index
    if sheet not in names:
        raise SourceError(f"feuille « {sheet} » introuvable (feuilles : {', '.join(names)})",
                          dataset=dataset, rule="source.feuille")
    return names.index(sheet)


def _write_sheet(ws: Any, header_row: int, out_path: Path) -> tuple[list[str] | None, int]:
    """Write the sheet's rows from ``header_row`` on; blank rows inside the data are kept, trailing
    ones dropped. Returns the header (None: an empty sheet) and the number of data rows."""
    rows, pending_blank, width = 0, 0, 0
    header: list[str] | None = None
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if number < header_row:
                continue
            cells = [_xlsx_text(v) for v in values]
            if header is None:
                while cells and cells[-1] == "":
                    cells.pop()
                header, width = cells, len(cells)
                write_row_cr(out, writer, header)
                continue
            # drop trailing empty cells beyond the header's width (sheet padding), keep extra values
            while len(cells) > width and cells[-1] == "":
                cells.pop()
            if not any(cells):
                pending_blank += 1
                continue
            out.write("\n" * pending_blank)
            rows += pending_blank + 1
            pending_blank = 0
            write_row_cr(out, writer, cells)
    return header, rows
