"""Is the decoded text plausible French? Mojibake is refused, or repaired when the steward says so.

Two defects pass every byte-level check and would be published as they are:

* **double-encoded UTF-8** (valid UTF-8 bytes whose text reads ``MontrÃ©al``, ``l’Ã©tÃ©``,
  ``â€™``): a UTF-8 export that some tool read as cp1252/latin-1 and wrote back as UTF-8. The most
  common encoding defect of French open data. Refused; repaired with ``ftfy`` when ``dataset.yaml``
  declares ``source.reparer_encodage: true``;
* **a wrong single-byte guess** (an ISO-8859-7 or cp850 file read as cp1252): C1 control characters,
  runs of accented capitals and lower-case letters no French word has (``Ëåùíéäáò``), typographic
  signs between two letters (``Montr‚al``). Refused with the likely encoding and ``source.encodage``.

The checks scan bytes in blocks (C-level searches, numpy tables: no Python work per cell or per
character); only the repair goes cell by cell, on the cells that match.
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
# A single-byte decode of another code page, on the raw bytes of a cp1252 / latin-1 / latin-9 read
# (numpy tables, no per-character Python): C1 controls (latin-1), three letters of the accented block
# in a row (Greek or Cyrillic letters read as cp1252: ``Ëåùíéäáò``), a cp1252 sign inside a word
# (cp850's é read as ``‚``: ``Montr‚al``). The same, as text, judges a candidate in ``likely_encoding``.
_WRONG_PAGE = re.compile("[\u0080-\u009f]|[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}"
                         "|(?<=[a-zA-Z])[\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
                         "\u017d\u201c\u201d\u2022\u02dc\u2122\u0161\u203a\u017e\u0178\u00a4\u00a6](?=[a-z])")
_LATIN_PAGES = ("cp1252", "latin-1", "iso8859-15")  # the pages whose bytes 0xC0-0xFF are the same letters
_SIGNS = b"\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8e\x93\x94\x95\x98\x99\x9a\x9b\x9e\x9f\xa4\xa6"
# What plausible French (or another script, when its code page is the right one) is made of.
_PLAUSIBLE = re.compile("[\t\n\r\x20-\x7e\u00a0\u00ab\u00bb\u00b0\u00e0\u00e2\u00e7\u00e8\u00e9\u00ea\u00eb"
                        "\u00ee\u00ef\u00f4\u00f9\u00fb\u00fc\u00c0\u00c2\u00c7\u00c8\u00c9\u00ca\u00ce\u00d4"
                        "\u0152\u0153\u2019\u2013\u2014\u20ac\u0370-\u03ff\u0400-\u04ff]")
_GUESSES = ("utf-8", "cp1252", "cp850", "mac_roman", "iso8859-7", "cp1251", "utf-16-le", "utf-16-be")
_DISPLAY = {"mac_roman": "mac_roman (Mac Roman)", "iso8859-7": "iso8859-7 (grec)", "cp1251": "cp1251 (cyrillique)",
            "cp850": "cp850 (DOS)"}


def display(enc: str) -> str:
    return _DISPLAY.get(enc, enc)


def _blocks(path: Path):
    """The file in blocks of whole lines (a pattern is never cut by a block end)."""
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(_BLOCK), b""):
            yield block + f.readline()


def mojibake_count(text_path: Path, encoding: str = "utf-8") -> int:
    """Double-encoded characters in a UTF-8 file: numpy finds the byte pairs that can start one (Ã Â Å
    and â€ after an UTF-8 round trip, C1 controls); the regex only runs on the blocks where one shows.
    A cp1252 file (a source read as it is) is judged on its text, the same as its UTF-8 rewrite."""
    import numpy as np

    n = 0
    for block in _blocks(text_path):
        if block.isascii():
            continue
        if codecs.lookup(encoding).name != "utf-8":
            a = np.frombuffer(block + b"\0", np.uint8)
            lead = np.flatnonzero((a[:-1] == 0xC3) | (a[:-1] == 0xC2) | (a[:-1] == 0xC5) | (a[:-1] == 0xE2))
            if ((a[lead + 1] >= 0x80) & (a[lead + 1] < 0xC0)).any():  # Ã‚, â€ … as cp1252 bytes
                n += len(MOJIBAKE.findall(block.decode(encoding, errors="replace")))
            continue
        a = np.frombuffer(block + b"\0\0", np.uint8)
        c3 = np.flatnonzero(a[:-2] == 0xC3)
        after = a[c3 + 1]
        lead = (after == 0x82) | (after == 0x83) | (after == 0x85) | ((after == 0xA2) & (a[c3 + 2] == 0xE2))
        c2 = np.flatnonzero(a[:-2] == 0xC2)
        if lead.any() or ((a[c2 + 1] >= 0x80) & (a[c2 + 1] < 0xA0)).any():
            n += len(MOJIBAKE.findall(block.decode("utf-8", errors="replace")))
    return n


def wrong_page_count(raw_path: Path, encoding: str, *, detected: bool) -> int:
    """Signs of another code page in a file read as cp1252, latin-1 or latin-9 (0 for other encodings);
    only C1 controls when the encoding was declared."""
    import numpy as np

    page = next((p for p in _LATIN_PAGES if codecs.lookup(p).name == codecs.lookup(encoding).name), None)
    if page is None:
        return 0
    sign, letter, lower = np.zeros(256, bool), np.zeros(256, bool), np.zeros(256, bool)
    sign[list(_SIGNS)] = True
    letter[ord("A"):ord("Z") + 1] = letter[ord("a"):ord("z") + 1] = lower[ord("a"):ord("z") + 1] = True
    n = 0
    for block in _blocks(raw_path):
        if block.isascii():
            continue
        a = np.frombuffer(block, np.uint8)
        if page != "cp1252":
            n += int(np.count_nonzero((a >= 0x80) & (a < 0xA0)))
        if detected and len(a) > 2:
            acc = (a >= 0xC0) & (a != 0xD7) & (a != 0xF7)
            n += int(np.count_nonzero(acc[:-2] & acc[1:-1] & acc[2:]))
            if page == "cp1252":
                at = np.flatnonzero((a[1:-1] >= 0x82) & (a[1:-1] <= 0xA6)) + 1
                at = at[sign[a[at]]]
                n += int(np.count_nonzero(letter[a[at - 1]] & lower[a[at + 1]]))
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
          dataset: str, text_encoding: str = "utf-8") -> int:
    """Refuse implausible text (``SourceError``), or repair double-encoded UTF-8: the cells repaired."""
    if wrong_page_count(raw_path, encoding, detected=detected):
        guess = likely_encoding(raw_path, encoding)
        named = f"probablement « {display(guess)} »" if guess else "inconnu"
        raise SourceError(
            f"le texte lu en « {encoding} » n'est pas du français plausible (caractères de contrôle, lettres "
            f"d'un autre alphabet) : l'encodage du fichier est {named} ; déclarez-le avec la clé "
            "« source.encodage » de dataset.yaml", dataset=dataset, rule="source.encodage")
    found = mojibake_count(text_path, text_encoding)
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
