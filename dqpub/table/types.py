"""What the table step's parts share: the dialect a steward declares, the normalized table it
produces, the first look at the bytes (empty file, HTML page) and the CSV writer of a row."""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from dqpub.core.errors import SourceError

DELIMITERS = (",", ";", "\t", "|")
CHUNK = 1 << 20
BATCH = 5000  # rows written per writerows() call
csv.field_size_limit(1 << 30)



@dataclass
class Dialect:
    encoding: str | None = None  # None → detect (BOM, then strict utf-8, then cp1252 fallback)
    delimiter: str | None = None  # None → sniff among , ; \t |
    quotechar: str = '"'
    header_row: int = 1  # 1-based line of the header
    sheet: str | int | None = None  # XLSX: sheet name or 1-based index; None → first sheet
    repair_encoding: bool = False  # repair double-encoded UTF-8 (ftfy) instead of refusing it


@dataclass
class NormalizedTable:
    path: Path  # UTF-8, no BOM, comma, '"' quoting, '\n', header on line 1, all cells as text
    header: list[str]
    rows: int  # data rows (blank ones included)
    encoding: str  # the one used / detected ("xlsx" for a workbook)
    delimiter: str  # the source's ("" for a workbook)
    encoding_detected: bool = False  # True when the encoding was not declared
    row_offset: int = 0  # header_row - 1: source record = normalized row + row_offset
    sheet: str | None = None  # XLSX: the sheet read
    repaired_cells: int = 0  # cells whose double-encoded UTF-8 was repaired (source.reparer_encodage)

    def view(self) -> "ReadView":
        """Where and how a reader finds these records: the normalized CSV itself."""
        return ReadView(self.path, 0, ",", "utf-8", self.path.name)


@dataclass
class ReadView:
    """The bytes a reader parses to get the normalized records: a file, from ``start`` (after a BOM),
    in ``encoding`` (Arrow's ``ReadOptions.encoding``), cells split by ``delimiter``."""

    path: Path
    start: int
    delimiter: str
    encoding: str
    name: str  # the normalized CSV's name, as reports show it


class DeferredTable(NormalizedTable):
    """A source Arrow reads as it is (CRLF, a BOM, ``;``, cp1252): the validator parses the source
    itself through ``view()``; the normalized CSV is only written when something asks for ``path``."""

    _source: ReadView | None = None
    _write: Callable[[], None] | None = None

    @property
    def path(self) -> Path:
        write, self._write = self._write, None
        if write is not None:
            write()
        return self._path

    @path.setter
    def path(self, value: Path) -> None:
        self._path = value

    def view(self) -> ReadView:
        if self._source is None or self._write is None:  # already written: the normalized CSV
            return super().view()
        return self._source


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<!--|<\?xml[^>]*>\s*<!doctype\s+html|<\?xml[^>]*>\s*<html)",
                   re.IGNORECASE)


def sniff_bytes(raw_path: Path, dataset: str) -> bytes:
    with open(raw_path, "rb") as f:
        head = f.read(4096)
    if not head:
        raise SourceError("le fichier reçu est vide (0 octet)", dataset=dataset)
    probe = head
    for bom, _ in _BOMS:
        if probe.startswith(bom):
            probe = probe[len(bom):]
            break
    if _HTML.match(probe) or (probe.lstrip()[:1] == b"<" and b"<html" in probe.lower()):
        raise SourceError("le fichier reçu est une page HTML, pas un CSV (page d'erreur ou de connexion servie "
                          "à la place des données ?)", dataset=dataset)
    return head


def write_row_cr(out, writer, row: list[str]) -> None:
    if any("\r" in c for c in row):
        out.write(",".join('"' + c.replace('"', '""') + '"' if ("\r" in c or "\n" in c or "," in c or '"' in c)
                           else c for c in row) + "\n")
    else:
        writer.writerow(row)
