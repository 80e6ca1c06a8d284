"""Delimited text (CSV, TSV) in any encoding: detect the encoding and the delimiter, then read the
file in place when it is already UTF-8 with commas; when Arrow reads it as it is (UTF-8 with a BOM
skipped by offset, cp1252, CRLF, any one-byte delimiter: Windows exports), hand the validator the
source itself and write the normalized CSV only if something asks for its path (``DeferredTable``);
otherwise transcode it with Arrow in large blocks when it can, and fall back to Python's csv module
(which knows every quirk)."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
from pathlib import Path

from dqpub.core.errors import SourceError
import dqpub.table.plausible as plausible
from dqpub.table.types import (_BOMS, BATCH, CHUNK, DELIMITERS, DeferredTable, Dialect, NormalizedTable, ReadView,
                               sniff_bytes, write_row_cr)

def _bom_encoding(head: bytes) -> str | None:
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    return None


def _canonical(enc: str) -> str:
    try:
        return codecs.lookup(enc).name
    except LookupError:
        return enc


def normalize_csv(raw_path: Path, dialect: Dialect, out_path: Path, dataset: str) -> NormalizedTable:
    """Decode and rewrite (``_decode``), then refuse implausible text or repair double-encoded UTF-8."""
    table = _decode(raw_path, dialect, out_path, dataset)
    view = table.view()  # a deferred table: the source as Arrow reads it, not written out
    repaired = plausible.check(raw_path, view.path, table.encoding, detected=table.encoding_detected,
                               repair=dialect.repair_encoding, dataset=dataset, text_encoding=view.encoding)
    if repaired:
        table.repaired_cells = repaired
        with open(table.path, encoding="utf-8", newline="") as f:
            table.header = next(csv.reader(f), [])
    return table


def _decode(raw_path: Path, dialect: Dialect, out_path: Path, dataset: str) -> NormalizedTable:
    head = sniff_bytes(raw_path, dataset)
    declared = dialect.encoding
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError:
            raise SourceError(f"encodage inconnu : {declared}", dataset=dataset, rule="source.encodage") from None
        enc = declared
        bom = _bom_encoding(head)
        if bom == "utf-8-sig" and _canonical(declared) == "utf-8":
            enc = "utf-8-sig"  # a UTF-8 BOM on a declared UTF-8 file is dropped, not kept as a character
        elif bom in ("utf-16", "utf-32") and not _canonical(declared).startswith(("utf-16", "utf-32")):
            # A UTF-16/32 BOM is decisive (Excel's « Texte Unicode » export: UTF-16 LE, BOM, tabs): no
            # 8-bit file starts with these bytes, so the declaration is the stale one.
            enc, declared = bom, None
        candidates = [enc]
    else:
        bom = _bom_encoding(head)
        candidates = [bom] if bom else ["utf-8", "cp1252"]
    last_exc: SourceError | None = None
    for enc in candidates:
        plain = _plain_utf8_csv(raw_path, enc, dialect)
        if plain is not None:
            header, rows = plain
            return NormalizedTable(path=_in_place(raw_path, out_path), header=header, rows=rows, encoding="utf-8",
                                   delimiter=",", encoding_detected=not declared, row_offset=0)
        delim = _delimiter(raw_path, enc, dialect)
        readable = _as_is(raw_path, enc, delim, dialect)
        if isinstance(readable, tuple):
            header, rows, view = readable
            table = DeferredTable(path=out_path, header=header, rows=rows, encoding=_display_encoding(view.encoding),
                                  delimiter=delim, encoding_detected=not declared, row_offset=0)
            view.name = out_path.name
            table._source = view
            table._write = lambda: _write_deferred(raw_path, enc, delim, dialect, out_path, dataset)
            return table
        fast = None if readable == "undecodable" else _arrow_rewrite(raw_path, enc, delim, dialect, out_path) if len(delim) == 1 else None
        if fast is not None:
            header, rows = fast
            return NormalizedTable(path=out_path, header=header, rows=rows, encoding=_display_encoding(enc),
                                   delimiter=delim, encoding_detected=not declared, row_offset=0)
        try:
            header, rows, delim = _write_csv(raw_path, enc, dialect, out_path, dataset)
        except _Undecodable as exc:
            last_exc = exc.error
            continue
        used = "utf-8" if enc == "utf-8-sig" else enc
        return NormalizedTable(path=out_path, header=header, rows=rows, encoding=_display_encoding(used),
                               delimiter=delim, encoding_detected=not declared,
                               row_offset=dialect.header_row - 1)
    assert last_exc is not None
    raise last_exc


def _display_encoding(enc: str) -> str:
    name = _canonical(enc)
    return {"utf_8": "utf-8", "utf_8_sig": "utf-8", "cp1252": "cp1252", "latin_1": "latin-1",
            "iso8859-1": "latin-1", "utf_16": "utf-16", "utf_32": "utf-32"}.get(name, name)


class _Undecodable(Exception):
    def __init__(self, error: SourceError):
        self.error = error


def _bad_byte_line(raw_path: Path, enc: str) -> int | None:
    """1-based physical line of the first byte that ``enc`` cannot decode (None if none)."""
    dec = codecs.getincrementaldecoder(enc)(errors="strict")
    line, consumed = 1, 0
    with open(raw_path, "rb") as f:
        while True:
            block = f.read(CHUNK)
            final = not block
            try:
                dec.decode(block, final)
            except UnicodeDecodeError as exc:
                pending = exc.object[: exc.start]
                # bytes of the previous block still buffered in the decoder are at the start of exc.object
                buffered = len(exc.object) - len(block)
                return line + pending[buffered:].count(b"\n") if buffered <= len(pending) else line
            line += block.count(b"\n")
            consumed += len(block)
            if final:
                return None


def _nul_line(raw_path: Path, enc: str) -> int | None:
    """1-based physical line (as Python counts them: LF, CRLF or a lone CR) of the first NUL."""
    ends = 0
    prev_cr = False
    with open(raw_path, encoding=enc, errors="replace", newline="") as f:
        for text in iter(lambda: f.read(CHUNK), ""):
            at = text.find("\x00")
            part = text if at < 0 else text[:at]
            ends += part.count("\n") + part.count("\r") - part.count("\r\n")
            if prev_cr and part.startswith("\n"):
                ends -= 1  # a CRLF split between two blocks
            if at >= 0:
                return ends + 1
            prev_cr = text.endswith("\r")
    return None


class _NulFound(Exception):
    def __init__(self, line: int | None):
        self.line = line


def _sniff_delimiter(raw_path: Path, enc: str, dialect: Dialect) -> str:
    with open(raw_path, encoding=enc, errors="replace", newline="") as f:
        sample = list(itertools.islice(f, dialect.header_row - 1, dialect.header_row - 1 + 50))
    best, best_score = ",", (-1, -1)
    for d in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=d, quotechar=dialect.quotechar) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        header_n = counts[0]
        agree = sum(1 for c in counts if c == header_n)
        score = (agree if header_n > 1 else 0, header_n)
        if score > best_score:
            best, best_score = d, score
    return best


_COMMA, _QUOTE, _LF, _CR = 0x2C, 0x22, 0x0A, 0x0D


def _plain_utf8_csv(raw_path: Path, enc: str, dialect: Dialect) -> tuple[list[str], int] | None:
    """(header, data rows) when the source already IS the normalized CSV, else None.

    That is: UTF-8 without BOM, comma, '"' quotes, header on line 1, no CR and no NUL anywhere, and
    every quote where RFC 4180 puts it (see ``_scan``). Then Python's csv module (the rewrite) and
    Arrow (the validator) read the same records from it, so it is validated and read in place: no
    rewrite at all.
    """
    if _canonical(enc) != "utf-8" or dialect.quotechar != '"' or dialect.header_row != 1:
        return None
    delim = dialect.delimiter
    if delim is None:
        delim = _sniff_delimiter(raw_path, enc, dialect)
    if delim != ",":
        return None
    scan = _scan(raw_path, _COMMA, utf8=True, cr=False)
    if scan is None:
        return None
    records, first_end = scan
    with open(raw_path, "rb") as f:
        head = f.read(first_end).decode("utf-8")
    header = next(csv.reader(io.StringIO(head, newline="")), [])
    if not header:
        return None  # a blank first line: the rewrite reports it
    return header, records - 1


def _scan(  # noqa: C901 # long: one pass, one state (quotes, carry) across blocks; split, the state would travel through every call
    raw_path: Path, delim: int, *, utf8: bool, cr: bool, crlf: bool = False, start: int = 0,
    undefined: bytes = b"",
) -> tuple[int, int] | None:
    """(records, end of the first record) if the bytes are plainly well-formed CSV, else None.

    Well-formed: no NUL; no CR unless ``cr``; valid UTF-8 if ``utf8`` (Arrow's check); every quote where RFC 4180
    puts it — a quote opening a cell follows the delimiter, a line end or the start; a quote
    closing one is followed by the delimiter, a line end, the end or its doubling quote; no quote
    left open. ``crlf``: a CR only right before an LF (records still counted); ``start``: bytes
    skipped (a BOM); ``undefined``: bytes the 8-bit encoding cannot decode. One pass in 4 MB blocks: C-level decoding and numpy scans of the quote and newline
    positions; the records are the line ends outside quotes (counted only without CR).
    """
    import numpy as np

    carry = b""  # UTF-8: bytes of a character cut by the block end, checked with the next block
    quotes = 0  # quotes seen so far (parity: inside a quoted cell when odd)
    records = 0  # line ends outside quotes
    prev = _LF  # byte before the block (start of file: like after a line end)
    pending_close = False  # the previous block ended on a quote whose next byte is not seen yet
    first_end = None  # end of the header record
    size = 0
    last = b""
    ok_around = np.zeros(256, bool)
    ok_around[[delim, _LF, _QUOTE] + ([_CR] if cr or crlf else [])] = True
    cr_open = False  # the previous block ended on a CR: the next must start with LF
    with open(raw_path, "rb") as f:
        f.seek(start)
        while True:
            block = f.read(CHUNK * 4)
            if not block:
                break
            if b"\x00" in block or (not cr and not crlf and b"\r" in block):
                return None
            if crlf and (cr_open and block[0] != _LF or not _crlf_only(block)):
                return None
            cr_open = crlf and block[-1] == _CR
            if undefined and len(block.translate(None, undefined)) != len(block):  # C speed; a regex: 50 MB/s
                return None
            if utf8:
                cut = len(block)
                while cut > max(0, len(block) - 4) and block[cut - 1] & 0xC0 == 0x80:
                    cut -= 1  # continuation bytes: back to the start of the last character
                if cut and block[cut - 1] >= 0xC0:
                    cut -= 1  # its lead byte: the whole character waits for the next block
                if not _utf8_ok(carry + block[:cut]):
                    return None
                carry = block[cut:]
            a = np.frombuffer(block, np.uint8)
            if pending_close and not ok_around[a[0]]:
                return None
            if not pending_close and b'"' not in block:  # no quote: C-level counts only
                if not cr:
                    if first_end is None and b"\n" in block:
                        first_end = size + block.index(b"\n")
                    records += block.count(b"\n")
                pending_close = False
                prev = block[-1]
                size += len(block)
                last = block[-1:]
                continue
            q = np.flatnonzero(a == _QUOTE)
            if len(q):
                opening = ((quotes + np.arange(len(q))) & 1) == 0
                before = np.where(q > 0, a[q - 1], prev)
                if not ok_around[before[opening]].all():
                    return None
                closing = q[~opening]
                inner = closing[closing < len(a) - 1]
                if not ok_around[a[inner + 1]].all():
                    return None
                pending_close = bool(len(closing)) and closing[-1] == len(a) - 1
            else:
                pending_close = False
            if not cr:
                nl = np.flatnonzero(a == _LF)
                if len(nl):
                    outside = ((quotes + np.searchsorted(q, nl)) & 1) == 0
                    ends = nl[outside]
                    if first_end is None and len(ends):
                        first_end = size + int(ends[0])
                    records += len(ends)
            quotes += len(q)
            prev = int(a[-1])
            size += len(block)
            last = block[-1:]
    if carry and not _utf8_ok(carry):
        return None
    if cr_open:
        return None
    if quotes & 1 or size == 0:
        return None
    if last != b"\n":
        records += 1
    return records, size if first_end is None else first_end


def _crlf_only(block: bytes) -> bool:
    """Every CR of the block is followed by an LF (a CR ending the block: by the next block's)."""
    crs = block.count(b"\r") - (block[-1] == _CR)
    return crs == 0 or crs == block.count(b"\r\n")


# Encodings Arrow reads as they are (``ReadOptions.encoding``) once ``_scan`` has checked the bytes.
_AS_IS = {"utf-8": b"", "utf-8-sig": b"", "cp1252": b"\x81\x8d\x8f\x90\x9d"}


def _as_is(raw_path: Path, enc: str, delim: str, dialect: Dialect) -> tuple[list[str], int, ReadView] | str | None:
    """(header, rows, view) when Arrow can read the source as it is: UTF-8 (a BOM skipped by offset)
    or cp1252, any one-byte delimiter, LF or CRLF line ends (no lone CR), RFC 4180 quoting, no NUL,
    no undecodable byte. Arrow then reads the same records from the source as from its rewrite, so
    nothing is rewritten for the validator. "undecodable" when the bytes are not ``enc``; else None."""
    canon = _canonical(enc)
    if (canon not in _AS_IS or dialect.quotechar != '"' or dialect.header_row != 1 or dialect.repair_encoding
            or len(delim) != 1 or ord(delim) > 127 or delim in '"\r\n'):
        return None
    start = 0
    if canon == "utf-8-sig":
        with open(raw_path, "rb") as f:
            start = len(codecs.BOM_UTF8) if f.read(3) == codecs.BOM_UTF8 else 0
    utf8 = canon != "cp1252"
    scan = _scan(raw_path, ord(delim), utf8=utf8, cr=False, crlf=True, start=start, undefined=_AS_IS[canon])
    if scan is None:
        if utf8 and not _utf8_file_ok(raw_path, start):
            return "undecodable"
        return None
    records, first_end = scan
    with open(raw_path, "rb") as f:
        f.seek(start)
        head = f.read(first_end).decode("utf-8" if utf8 else canon)
    header = next(csv.reader(io.StringIO(head, newline=""), delimiter=delim), [])
    if len(header) < 2:
        return None
    return header, records - 1, ReadView(raw_path, start, delim, "utf-8" if utf8 else canon, "")


def _utf8_file_ok(raw_path: Path, start: int) -> bool:
    dec = codecs.getincrementaldecoder("utf-8")(errors="strict")
    with open(raw_path, "rb") as f:
        f.seek(start)
        try:
            for block in iter(lambda: f.read(CHUNK * 4), b""):
                dec.decode(block)
            dec.decode(b"", True)
        except UnicodeDecodeError:
            return False
    return True


def _write_deferred(raw_path: Path, enc: str, delim: str, dialect: Dialect, out_path: Path, dataset: str) -> None:
    """The normalized CSV of a source read as it is, when something asks for it (same bytes as eagerly)."""
    if out_path.exists():
        out_path.unlink()
    if _arrow_rewrite(raw_path, enc, delim, dialect, out_path) is None:
        _write_csv(raw_path, enc, dialect, out_path, dataset)


def _utf8_ok(data: bytes) -> bool:
    """Valid UTF-8? Arrow's validator: about twice as fast as decoding to a Python str."""
    import numpy as np
    import pyarrow as pa

    if data.isascii():
        return True
    arr = pa.Array.from_buffers(pa.string(), 1, [None, pa.py_buffer(np.array([0, len(data)], np.int32)),
                                                 pa.py_buffer(data)])
    try:
        arr.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


# 8-bit encodings where the bytes of '"', the delimiter, CR and LF can only mean those characters.
_ASCII_COMPATIBLE = {"utf-8", "cp1252", "iso8859-1", "latin-1", "iso8859-15", "cp1250", "ascii", "mac-roman"}


def _arrow_rewrite(  # long: read, check and write one block stream; the checks refer to the reader's state
    raw_path: Path, enc: str, delim: str, dialect: Dialect, out_path: Path,
) -> tuple[list[str], int] | None:
    """Transcode a well-formed source at Arrow's speed: (header, rows), or None to let the csv module do it.

    Arrow decodes (``ReadOptions.encoding``, in blocks) and splits the records; each batch goes out
    as one buffer built by Arrow kernels: a cell is quoted when it holds a comma, a quote, CR or LF
    (exactly what the csv-module path writes), cells joined by commas, rows by LF. Only taken when
    the rows keep their structure trivially — well-formed quoting (``_scan``), every record as wide
    as the header, no blank line (Arrow would report those as invalid rows: then None, and the csv
    module rewrites the file, keeping such rows as they are for the validator to report).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    if (_canonical(enc) not in _ASCII_COMPATIBLE or dialect.quotechar != '"' or dialect.header_row != 1
            or len(delim) != 1 or ord(delim) > 127 or delim in '"\r\n'):
        return None
    if _scan(raw_path, ord(delim), utf8=False, cr=True) is None:
        return None
    try:  # the header as the csv-module path reads it (duplicate, blank or quoted names stay as they are)
        with open(raw_path, encoding=enc, errors="strict", newline="") as f:
            header = next(csv.reader(f, delimiter=delim, quotechar='"', strict=False), None)
    except (UnicodeDecodeError, csv.Error):
        return None
    if not header or len(header) < 2 or any("\x00" in c for c in header):
        return None
    names = [f"c{i}" for i in range(len(header))]

    class _Ragged(Exception):
        pass

    bad = []

    def ragged(row):  # an exception raised here would not reach us: note it, stop after the batch
        bad.append(row.number)
        return "skip"

    comma, quote, lf = pa.scalar(","), pa.scalar('"'), pa.scalar("\n")
    rows = 0
    try:
        reader = pacsv.open_csv(
            str(raw_path),
            read_options=pacsv.ReadOptions(encoding=enc, skip_rows=1, column_names=names, block_size=4 << 20),
            parse_options=pacsv.ParseOptions(delimiter=delim, newlines_in_values=True, ignore_empty_lines=False,
                                             invalid_row_handler=ragged),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
        with open(out_path, "wb") as out:
            out.write(_header_line(header).encode("utf-8"))
            for batch in reader:
                if bad:
                    raise _Ragged
                if not batch.num_rows:
                    continue
                cells = []
                for col in batch.columns:
                    needs, has_quote = _needs_quotes(col, np)
                    if needs.any():
                        inner = pc.replace_substring(col, '"', '""') if has_quote else col
                        quoted = pc.binary_join_element_wise(quote, inner, quote, "")
                        col = pc.if_else(pa.array(needs), quoted, col)
                    cells.append(col)
                line = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, comma), lf, "")
                if pc.any(pc.match_substring(line, "\x00")).as_py():
                    raise _Ragged  # NUL: the csv-module path finds and reports it
                off = np.frombuffer(line.buffers()[1], np.int32, len(line) + 1, line.offset * 4)
                out.write(memoryview(line.buffers()[2])[off[0]:off[-1]])
                rows += batch.num_rows
            if bad:
                raise _Ragged
    except Exception:  # noqa: BLE001 - ragged rows, undecodable bytes…: the csv module does it and says why
        out_path.unlink(missing_ok=True)
        return None
    return header, rows


# The bytes that make the csv module (and ``_write_row_cr``) quote a cell: , " CR LF.
_SPECIAL = bytes(1 if b in (0x2C, 0x22, 0x0D, 0x0A) else 0 for b in range(256))


def _needs_quotes(col, np):
    """(cells holding , " CR or LF, whether any holds a quote), from the bytes: no regex per cell."""
    n = len(col)
    _, off_buf, data_buf = col.buffers()
    off = np.frombuffer(off_buf, np.int32, n + 1, col.offset * 4)
    data = np.frombuffer(data_buf, np.uint8, int(off[-1] - off[0]), int(off[0])) if data_buf is not None \
        else np.zeros(0, np.uint8)
    hits = np.flatnonzero(np.frombuffer(_SPECIAL, np.bool_)[data])
    needs = np.zeros(n, bool)
    if len(hits):
        needs[np.searchsorted(off[1:] - off[0], hits, side="right")] = True
    return needs, bool(len(hits)) and bool((data[hits] == 0x22).any())


def _header_line(header: list[str]) -> str:
    buf = io.StringIO()
    write_row_cr(buf, csv.writer(buf, lineterminator="\n"), header)
    return buf.getvalue()


def _in_place(raw_path: Path, out_path: Path) -> Path:
    """``out_path`` names the source itself (hard link: no copy); the source path if it cannot."""
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.unlink(missing_ok=True)
        os.link(raw_path, out_path)
        return out_path
    except OSError:
        return raw_path


def _delimiter(raw_path: Path, enc: str, dialect: Dialect) -> str:
    delim = dialect.delimiter
    if delim is None:
        return _sniff_delimiter(raw_path, enc, dialect)
    return "\t" if delim in ("\\t", "tab", "tabulation") else delim


def _write_csv(  # long: the csv module's loop and its three ways of failing, each reported with its line
    raw_path: Path, enc: str, dialect: Dialect, out_path: Path, dataset: str,
) -> tuple[list[str], int, str]:
    delim = _delimiter(raw_path, enc, dialect)
    if len(delim) != 1:
        raise SourceError(f"séparateur invalide : {delim!r} (un seul caractère attendu)", dataset=dataset,
                          rule="source.separateur")
    header: list[str] | None = None
    rows = 0
    reader = None
    out_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # C all the way: the decoder reads 1 MB blocks, csv.reader iterates the text stream itself and
        # writerows() takes whole batches; Python only sees one batch of BATCH rows at a time.
        with open(raw_path, encoding=enc, errors="strict", newline="", buffering=CHUNK) as src, \
                open(out_path, "w", encoding="utf-8", newline="", buffering=CHUNK) as out:
            reader = csv.reader(src, delimiter=delim, quotechar=dialect.quotechar, strict=False)
            skip = dialect.header_row - 1
            for _ in range(skip):
                if next(reader, None) is None:
                    break
            header = next(reader, None)
            if header is None:
                raise SourceError(f"aucun en-tête à la ligne {dialect.header_row} : le fichier ne contient aucune "
                                  "ligne de données", dataset=dataset, rule="source.ligne_entete")
            if any("\x00" in c for c in header):
                raise _NulFound(reader.line_num)
            write_row_cr(out, csv.writer(out, lineterminator="\n"), header)
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\n")
            while True:
                batch = list(itertools.islice(reader, BATCH))
                if not batch:
                    break
                rows += len(batch)
                writer.writerows(batch)
                text = buf.getvalue()
                if "\x00" in text:  # Python 3.11's csv accepts NUL: a binary file or UTF-16 without BOM
                    raise _NulFound(_nul_line(raw_path, enc))
                if "\r" in text:  # csv.writer quotes "\n" but not a lone "\r" when the terminator is "\n"
                    text = _quote_cr(batch)
                out.write(text)
                buf.seek(0)
                buf.truncate()
    except UnicodeDecodeError:
        out_path.unlink(missing_ok=True)
        line = _bad_byte_line(raw_path, enc)
        guess = plausible.likely_encoding(raw_path, enc)
        likely = f", probablement « {plausible.display(guess)} »" if guess else ""
        err = SourceError(
            f"octets invalides pour l'encodage « {_display_encoding(enc)} » : le fichier n'est pas dans "
            f"l'encodage déclaré ou détecté{likely} (déclarez le bon encodage avec la clé « source.encodage » "
            "de dataset.yaml)",
            dataset=dataset, row=line, rule=f"encoding={_display_encoding(enc)}")
        raise _Undecodable(err) from None
    except _NulFound as exc:
        out_path.unlink(missing_ok=True)
        raise SourceError("octet NUL (\\0) dans le fichier : fichier binaire, corrompu ou encodé en UTF-16 sans "
                          "BOM ; ce n'est pas un CSV texte (UTF-16 : déclarez utf-16-le ou utf-16-be avec la clé « source.encodage » "
                          "de dataset.yaml)", dataset=dataset, row=exc.line) from None
    except csv.Error as exc:
        out_path.unlink(missing_ok=True)
        line = reader.line_num if reader is not None else 0
        raise SourceError(f"CSV illisible ({_csv_reason(exc)})", dataset=dataset, row=line or None) from None
    if rows == 0 and header == []:
        out_path.unlink(missing_ok=True)
        raise SourceError("le fichier ne contient ni en-tête ni données", dataset=dataset)
    return header, rows, delim


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return "cellule de plus de 1 Go"
    if "new-line character" in text:
        return "retour de chariot isolé dans une valeur non protégée par des guillemets"
    return "erreur de syntaxe CSV"


def _quote_cr(batch: list[list[str]]) -> str:
    """Rewrite a batch so that every cell holding a carriage return is quoted."""
    buf = io.StringIO()
    minimal = csv.writer(buf, lineterminator="\n")
    for row in batch:
        write_row_cr(buf, minimal, row)
    return buf.getvalue()


