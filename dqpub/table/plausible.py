"""Is the decoded text plausible French? Mojibake is refused, or repaired when the steward says so.

Two defects pass every byte-level check and would be published as they are:

* **double-encoded UTF-8** (valid UTF-8 bytes whose text reads ``MontrÃ©al``, ``l’Ã©tÃ©``,
  ``â€™``): a UTF-8 export that some tool read as cp1252/latin-1 and wrote back as UTF-8. The most
  common encoding defect of French open data. Refused; repaired with ``ftfy`` when ``dataset.yaml``
  declares ``source.reparer_encodage: true``;
* **a wrong single-byte guess** (an ISO-8859-7 or cp850 file read as cp1252): C1 control characters,
  runs of accented capitals and lower-case letters no French word has (``Ëåùíéäáò``), typographic
  signs between two letters (``Montr‚al``). Refused with the likely encoding and ``source.encodage``.

The checks are regular expressions over the normalized UTF-8 text, in blocks (C-level scans: no
Python work per cell); only the repair goes cell by cell, on the cells that match.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
from pathlib import Path

from dqpub.core.errors import SourceError
from dqpub.table.types import write_row_cr

_BLOCK = 4 << 20

# UTF-8 read as cp1252 (or latin-1) then written back as UTF-8: the lead bytes Ã (C3), Â (C2), Å (C5)
# and â€ (E2 80) followed by what a continuation byte 0x80-0xBF becomes in cp1252 or latin-1.
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e" \
        "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
MOJIBAKE = re.compile(f"[\u00c3\u00c2\u00c5][{_CONT}]|\u00e2\u20ac[{_CONT}]?|[\u0080-\u009f]")
# A single-byte decode of another code page: C1 controls, three letters from the Latin-1 accented
# block in a row (Greek or Cyrillic letters read as cp1252), a cp1252 sign inside a word.
_WRONG_PAGE = re.compile("[\u0080-\u009f]|[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}"
                         "|(?<=[a-zA-Z])[\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
                         "\u017d\u201c\u201d\u2022\u02dc\u2122\u0161\u203a\u017e\u0178\u00a4\u00a6](?=[a-z])")
_C1 = re.compile("[\u0080-\u009f]")
# What plausible French (or another script, when its code page is the right one) is made of.
_PLAUSIBLE = re.compile("[\t\n\r\x20-\x7e\u00a0\u00ab\u00bb\u00b0\u00e0\u00e2\u00e7\u00e8\u00e9\u00ea\u00eb"
                        "\u00ee\u00ef\u00f4\u00f9\u00fb\u00fc\u00c0\u00c2\u00c7\u00c8\u00c9\u00ca\u00ce\u00d4"
                        "\u0152\u0153\u2019\u2013\u2014\u20ac\u0370-\u03ff\u0400-\u04ff]")
_GUESSES = ("utf-8", "cp1252", "cp850", "mac_roman", "iso8859-7", "cp1251", "utf-16-le", "utf-16-be")
_DISPLAY = {"mac_roman": "mac_roman (Mac Roman)", "iso8859-7": "iso8859-7 (grec)", "cp1251": "cp1251 (cyrillique)",
            "cp850": "cp850 (DOS)"}


def display(enc: str) -> str:
    return _DISPLAY.get(enc, enc)


def count(text_path: Path, pattern: re.Pattern[str]) -> int:
    """Matches of ``pattern`` in a UTF-8 file, read in blocks."""
    n = 0
    with open(text_path, encoding="utf-8", errors="replace", newline="") as f:
        for text in iter(lambda: f.read(_BLOCK), ""):
            if not text.isascii():
                n += len(pattern.findall(text))
    return n


def likely_encoding(raw_path: Path, exclude: str) -> str | None:
    """The code page under which the source's first bytes read as the most plausible text."""
    with open(raw_path, "rb") as f:
        head = f.read(1 << 16)
    best, best_score = None, 0.0
    for enc in _GUESSES:
        if codecs.lookup(enc).name == codecs.lookup(exclude).name:
            continue
        try:
            text = codecs.getincrementaldecoder(enc)(errors="strict").decode(head, False)
        except UnicodeError:  # also a UTF-16 stream without its BOM
            continue
        if not text or "\x00" in text or _WRONG_PAGE.search(text) or (enc == "utf-8" and MOJIBAKE.search(text)):
            continue
        score = len(_PLAUSIBLE.findall(text)) / len(text)
        if score > best_score:
            best, best_score = enc, score
    return best


def check(raw_path: Path, text_path: Path, encoding: str, *, detected: bool, repair: bool,
          dataset: str) -> int:
    """Refuse implausible text (``SourceError``), or repair double-encoded UTF-8: the cells repaired."""
    single_byte = codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig", "utf-16", "utf-32")
    if single_byte and count(text_path, _WRONG_PAGE if detected else _C1):
        guess = likely_encoding(raw_path, encoding)
        named = f"probablement « {display(guess)} »" if guess else "inconnu"
        raise SourceError(
            f"le texte lu en « {encoding} » n'est pas du français plausible (caractères de contrôle, lettres "
            f"d'un autre alphabet) : l'encodage du fichier est {named} ; déclarez-le avec la clé "
            "« source.encodage » de dataset.yaml", dataset=dataset, rule="source.encodage")
    found = count(text_path, MOJIBAKE)
    if not found:
        return 0
    if not repair:
        raise SourceError(
            f"texte doublement encodé (« Ã© » pour « é », « â€™ » pour « ’ » : {found} occurrence(s)) : le "
            "fichier a été lu une fois en cp1252 ou latin-1 puis réécrit en UTF-8 avant de nous parvenir ; "
            "corrigez l'export, ou déclarez « source.reparer_encodage: true » dans dataset.yaml pour le réparer",
            dataset=dataset, rule="source.reparer_encodage")
    return _repair(text_path)


def _repair(text_path: Path) -> int:
    """Rewrite the normalized CSV with ``ftfy.fix_text`` on every cell that shows mojibake."""
    import ftfy

    tmp = text_path.with_name(text_path.name + ".repare")
    repaired = 0
    with open(text_path, encoding="utf-8", newline="") as src, open(tmp, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        for row in csv.reader(src):
            fixed = []
            for cell in row:
                if not cell.isascii() and MOJIBAKE.search(cell):
                    new = ftfy.fix_text(cell, normalization="NFC", uncurl_quotes=False)
                    repaired += new != cell
                    cell = new
                fixed.append(cell)
            write_row_cr(out, writer, fixed)
    os.replace(tmp, text_path)  # never writes through a hard link to the source read in place
    return repaired
