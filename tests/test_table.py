"""dqpub.table.normalize: decoding raw sources into the normalized CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from dqpub.core.errors import SourceError
from dqpub.table import Dialect, NormalizedTable, normalize


def norm(tmp_path: Path, data: bytes, dialect: Dialect | None = None, fmt: str = "csv") -> NormalizedTable:
    raw = tmp_path / f"source.{fmt}"
    raw.write_bytes(data)
    return normalize(raw, fmt, dialect or Dialect(), tmp_path / "table.csv", dataset="jeu-test")


def out(t: NormalizedTable) -> str:
    data = t.path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    return data.decode("utf-8")


def test_cp1252_semicolon_decimal_comma_is_detected(tmp_path):
    data = "code;municipalité;coord_x\r\n1;Trois-Rivières;-72,55\r\n2;Lévis;-71,18\r\n".encode("cp1252")
    t = norm(tmp_path, data)
    assert t.encoding == "cp1252" and t.encoding_detected
    assert t.delimiter == ";"
    assert t.header == ["code", "municipalité", "coord_x"] and t.rows == 2
    assert out(t) == 'code,municipalité,coord_x\n1,Trois-Rivières,"-72,55"\n2,Lévis,"-71,18"\n'


def test_declared_encoding_and_delimiter(tmp_path):
    data = "a|b\n1|é\n".encode("cp1252")
    t = norm(tmp_path, data, Dialect(encoding="cp1252", delimiter="|"))
    assert t.encoding == "cp1252" and not t.encoding_detected and t.delimiter == "|"
    assert out(t) == "a,b\n1,é\n"


def test_utf8_bom_is_dropped(tmp_path):
    t = norm(tmp_path, b"\xef\xbb\xbfcode,nom\n1,\xc3\xa9t\xc3\xa9\n")
    assert t.header == ["code", "nom"] and t.encoding == "utf-8"
    assert out(t) == "code,nom\n1,été\n"
    t = norm(tmp_path, b"\xef\xbb\xbfcode,nom\n1,x\n", Dialect(encoding="utf-8"))
    assert t.header == ["code", "nom"]


def test_crlf_and_mixed_line_endings(tmp_path):
    t = norm(tmp_path, b"a,b\r\n1,2\r\n3,4\n5,6\r7,8")
    assert out(t) == "a,b\n1,2\n3,4\n5,6\n7,8\n" and t.rows == 4


def test_row_structure_blank_lines_and_quoted_newlines_are_kept(tmp_path):
    data = b'a;b;c\r\n1;2;3\r\n\r\n4;5\r\n6;7;8;9\r\n10;"x\r\ny";z\r\n11;"cr\ronly";z\r\n'
    t = norm(tmp_path, data)
    text = out(t)
    assert text.split("\n")[:5] == ["a,b,c", "1,2,3", "", "4,5", "6,7,8,9"]
    assert t.rows == 6
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[2] == [] and rows[3] == ["4", "5"] and rows[4] == ["6", "7", "8", "9"]
    assert rows[5][1] in ("x\r\ny", "x\ny")
    assert len(rows) == 7 and rows[6][0] == "11"  # a lone CR inside a value stays inside its (quoted) cell


def test_formula_injection_is_kept_as_data(tmp_path):
    t = norm(tmp_path, b'a,b\n=HYPERLINK("http://x"),@SUM(A1)\n+1,-2\n')
    assert '"=HYPERLINK(""http://x"")",@SUM(A1)' in out(t)


def test_invalid_bytes_name_dataset_line_and_encoding_without_content(tmp_path):
    data = b"a,b\n1,ok\n2,secret \xff\xfe valeur\n"
    with pytest.raises(SourceError) as exc:
        norm(tmp_path, data, Dialect(encoding="utf-8"))
    msg = str(exc.value)
    assert "jeu-test" in msg and "ligne 3" in msg and "utf-8" in msg
    assert "secret" not in msg and "valeur" not in msg
    assert exc.value.row == 3
    assert not (tmp_path / "table.csv").exists()


def test_undefined_cp1252_bytes_after_detection_fail_cleanly(tmp_path):
    data = b"a,b\n1,\xe9t\xe9\n2,\x81\n"  # not UTF-8; 0x81 is undefined in cp1252
    with pytest.raises(SourceError) as exc:
        norm(tmp_path, data)
    assert "ligne 3" in str(exc.value) and "cp1252" in str(exc.value)


def test_html_page_is_refused(tmp_path):
    with pytest.raises(SourceError) as exc:
        norm(tmp_path, b"\n  <!DOCTYPE html>\n<html><body>Connexion requise</body></html>")
    assert "le fichier reçu est une page HTML, pas un CSV" in str(exc.value)
    with pytest.raises(SourceError):
        norm(tmp_path, b"<html><head><title>502</title></head></html>")


def test_empty_file(tmp_path):
    with pytest.raises(SourceError) as exc:
        norm(tmp_path, b"")
    assert "vide" in str(exc.value) and "jeu-test" in str(exc.value)


def test_nul_byte_is_a_clear_error(tmp_path):
    with pytest.raises(SourceError) as exc:
        norm(tmp_path, b"a,b\n1,2\n3,\x004\n")
    assert "NUL" in str(exc.value) and "ligne 3" in str(exc.value)


def test_header_row(tmp_path):
    t = norm(tmp_path, b"Rapport 2024\na,b\n1,2\n", Dialect(header_row=2))
    assert t.header == ["a", "b"] and t.rows == 1 and t.row_offset == 1


def test_header_only(tmp_path):
    t = norm(tmp_path, b"a,b\n")
    assert t.rows == 0 and out(t) == "a,b\n"


def _workbook(path: Path, merged: bool = False) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Résumé"
    ws.append(["titre"])
    ws2 = wb.create_sheet("Données")
    ws2.append(["code", "date", "horodatage", "montant", "entier", "actif", "texte"])
    ws2.append([1, dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 14, 30, 15), 12.5, 3.0, True, "=1+1"])
    ws2["G2"].data_type = "s"  # a text cell that looks like a formula (injection): kept as data
    ws2.append([])
    ws2.append([2, dt.datetime(2023, 12, 31), None, 0.1, 10, False, "=A2*2"])  # a formula: cached value
    ws2.append([None] * 7)
    if merged:
        ws2.merge_cells("A2:B2")
    wb.save(path)


def test_xlsx_dates_numbers_and_sheets(tmp_path):
    raw = tmp_path / "classeur.xlsx"
    _workbook(raw)
    t = normalize(raw, "xlsx", Dialect(sheet="Données"), tmp_path / "t.csv", dataset="jeu-test")
    assert t.header == ["code", "date", "horodatage", "montant", "entier", "actif", "texte"]
    lines = t.path.read_text(encoding="utf-8").split("\n")
    assert lines[1] == "1,2024-03-05,2024-03-05T14:30:15,12.5,3,true,=1+1"
    assert lines[2] == ""  # blank row kept: row numbers match the sheet's
    # openpyxl writes no cached value: a formula never computed by a spreadsheet reads as empty
    assert lines[3] == "2,2023-12-31,,0.1,10,false,"
    assert t.rows == 3 and t.sheet == "Données"  # trailing empty rows dropped
    t2 = normalize(raw, "xlsx", Dialect(sheet=2), tmp_path / "t2.csv", dataset="jeu-test")
    assert t2.path.read_text(encoding="utf-8") == t.path.read_text(encoding="utf-8")
    t3 = normalize(raw, "xlsx", Dialect(), tmp_path / "t3.csv", dataset="jeu-test")
    assert t3.header == ["titre"] and t3.sheet == "Résumé"
    with pytest.raises(SourceError) as exc:
        normalize(raw, "xlsx", Dialect(sheet="Absente"), tmp_path / "t4.csv", dataset="jeu-test")
    assert "Données" in str(exc.value)


def test_xlsx_merged_cells_are_refused(tmp_path):
    raw = tmp_path / "fusion.xlsx"
    _workbook(raw, merged=True)
    with pytest.raises(SourceError) as exc:
        normalize(raw, "xlsx", Dialect(sheet="Données"), tmp_path / "t.csv", dataset="jeu-test")
    assert "fusionnées" in str(exc.value)


def test_xlsx_that_is_not_a_workbook(tmp_path):
    raw = tmp_path / "faux.xlsx"
    raw.write_bytes(b"<!DOCTYPE html><html></html>")
    with pytest.raises(SourceError) as exc:
        normalize(raw, "xlsx", Dialect(), tmp_path / "t.csv", dataset="jeu-test")
    assert "HTML" in str(exc.value)


def test_streaming_large_file_constant_memory(tmp_path):
    import tracemalloc

    raw = tmp_path / "gros.csv"
    line = "1;Municipalité de Saint-Zéphirin;-72,55;texte libre assez long pour peser\r\n".encode("cp1252")
    with open(raw, "wb") as f:
        f.write(b"a;b;c;d\r\n")
        for _ in range(40):
            f.write(line * 5000)
    tracemalloc.start()
    t = normalize(raw, "csv", Dialect(encoding="cp1252", delimiter=";"), tmp_path / "t.csv", dataset="jeu-test")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert t.rows == 200_000
    assert peak < 30 * 1024 * 1024, peak  # the file is ~15 MB; memory stays bounded by the batch size


def test_utf16_bom_excel_unicode_text_is_recognized(tmp_path):
    """Excel's « Texte Unicode » export: UTF-16 LE with a BOM, tab-separated, CRLF."""
    text = "code\tmunicipalité\tcoord_x\r\n1\tTrois-Rivières\t-72,55\r\n\r\n2\t\"Lévis, « sud »\"\t-71,18\r\n"
    data = text.encode("utf-16")  # BOM + little-endian on this machine, as Excel writes it
    assert data.startswith(b"\xff\xfe")
    for dialect in (Dialect(), Dialect(encoding="utf-8"), Dialect(delimiter="\t")):
        t = norm(tmp_path, data, dialect)
        assert t.encoding == "utf-16" and t.delimiter == "\t"
        assert t.header == ["code", "municipalité", "coord_x"] and t.rows == 3
        assert out(t) == 'code,municipalité,coord_x\n1,Trois-Rivières,"-72,55"\n\n2,"Lévis, « sud »","-71,18"\n'
    t = norm(tmp_path, text.encode("utf-16-be").join([b"\xfe\xff", b""]))  # big-endian BOM too
    assert t.rows == 3 and t.encoding == "utf-16"


def test_plain_utf8_comma_source_is_read_in_place(tmp_path):
    """Already normalized: no rewrite (the output is the source's own bytes, hard-linked), same
    header and row count as the rewrite would give, blank lines and quoted newlines included."""
    data = 'a,b,c\n1,"x\ny",3\n\n"q""uote",,\n4,5\n6,7,8,9\nfin,"é",z'.encode("utf-8")
    t = norm(tmp_path, data)
    assert t.path.read_bytes() == data
    assert t.path.stat().st_ino == (tmp_path / "source.csv").stat().st_ino
    assert t.header == ["a", "b", "c"] and t.rows == 6 and t.encoding == "utf-8" and t.delimiter == ","
    # what the rewrite gives for the same records: a CR forces it, nothing else changes
    t2 = norm(tmp_path, data.replace(b"\n", b"\r\n"))
    assert t2.path.read_bytes() != data.replace(b"\n", b"\r\n") and t2.rows == 6 and t2.header == t.header


@pytest.mark.parametrize("data", [
    b'a,b\n1,x"y\n',  # a quote inside an unquoted cell
    b'a,b\n1,"x"y\n',  # text after a closing quote
    b'a,b\n1,"open\n',  # a quote never closed
    b'a,b\n1,2\r\n',  # CR
    b"\xef\xbb\xbfa,b\n1,2\n",  # UTF-8 BOM
    b"a;b\n1;2\n",  # another delimiter
])
def test_sources_that_are_not_plain_are_rewritten(tmp_path, data):
    raw = tmp_path / "source.csv"
    raw.write_bytes(data)
    t = normalize(raw, "csv", Dialect(), tmp_path / "table.csv", dataset="jeu-test")
    assert t.path.stat().st_ino != raw.stat().st_ino


@pytest.mark.parametrize("enc,delim", [("cp1252", ";"), ("utf-8", "\t"), ("latin-1", "|"), ("utf-8", ",")])
def test_arrow_transcoding_writes_what_the_csv_module_writes(tmp_path, enc, delim, monkeypatch):
    """Well-formed sources are transcoded by Arrow; the bytes are those of the csv-module path."""
    from dqpub.table import delimited as table_mod

    rows = [["code", "municipalité", "note", "x"],
            ["1", "Trois-Rivières", 'dit "oui", puis non', "-72,55"],
            ["2", "", "ligne\r\nsuivante", ""],
            ["3", "Lévis", "retour\rseul", "=1+1"],
            ["4", "a,b;c|d\te", "", "fin"]]
    text = "\r\n".join(delim.join('"' + c.replace('"', '""') + '"' if any(x in c for x in f'"\r\n{delim}') else c
                                  for c in r) for r in rows) + "\r\n5" + delim * 3 + "z"  # no final line end
    raw = tmp_path / "source.csv"
    raw.write_bytes(text.encode(enc))
    used = []
    real = table_mod._arrow_rewrite
    monkeypatch.setattr(table_mod, "_arrow_rewrite", lambda *a: used.append(real(*a)) or used[-1])
    t = normalize(raw, "csv", Dialect(encoding=enc, delimiter=delim), tmp_path / "arrow.csv", dataset="jeu-test")
    assert used and used[-1] is not None  # Arrow did it
    header, n, _ = table_mod._write_csv(raw, enc, Dialect(encoding=enc, delimiter=delim), tmp_path / "csv.csv",
                                        "jeu-test")
    assert t.path.read_bytes() == (tmp_path / "csv.csv").read_bytes()
    assert (t.header, t.rows) == (header, n) == (rows[0], 5)


def test_ragged_rows_fall_back_to_the_csv_module(tmp_path):
    data = "a;b;c\r\n1;2;3\r\n\r\n4;5\r\n6;7;8;9\r\n".encode("cp1252")
    t = norm(tmp_path, data, Dialect(encoding="cp1252", delimiter=";"))
    assert out(t) == "a,b,c\n1,2,3\n\n4,5\n6,7,8,9\n" and t.rows == 4


def test_in_place_scan_across_blocks(tmp_path):
    """Characters and quoted cells cut by the 4 MB block ends: still read in place, rows exact."""
    line = 'é,"à ""ç"" , ù\nî",ô€\n'.encode("utf-8")  # 2- and 3-byte characters, a quoted LF
    n = (9 << 20) // len(line) + 7
    data = b"a,b,c\n" + line * n
    t = norm(tmp_path, data)
    assert t.path.stat().st_ino == (tmp_path / "source.csv").stat().st_ino and t.rows == n
    bad = data[: (4 << 20) + 1] + b"\xff" + data[(4 << 20) + 2:]  # an invalid byte in the second block
    with pytest.raises(SourceError) as exc:
        norm(tmp_path, bad, Dialect(encoding="utf-8"))
    assert "utf-8" in str(exc.value)


@pytest.mark.parametrize("enc,bom,delim", [("utf-8", b"", ","), ("utf-8", b"\xef\xbb\xbf", ","), ("utf-8", b"", ";"),
                                           ("cp1252", b"", ";")])
def test_windows_exports_are_read_as_they_are(tmp_path, enc, bom, delim):
    """CRLF, a BOM, « ; », cp1252: the validator reads the source itself (no rewrite), with the same
    records, errors and row numbers as from the normalized CSV, which is written only when asked for."""
    from dqpub.table.types import DeferredTable
    from dqpub.validate import validate

    schema = {"fields": [{"name": "code", "type": "integer", "constraints": {"required": True, "unique": True}},
                         {"name": "nom", "type": "string", "constraints": {"required": True}},
                         {"name": "x", "type": "number", "decimalChar": ","}], "missingValues": ["NA"]}
    text = (f'code{delim}nom{delim}x\r\n1{delim}Lévis{delim}"-72,5"\r\n2{delim}"Trois\r\nRivières"{delim}"1,5"\r\n\r\n'
            f'3{delim}x\r\n4{delim}a{delim}b{delim}c\r\nz{delim}Québec{delim}"2,5"\r\n1{delim}dup{delim}3\r\n'
            f'5{delim}{delim}1\r\n6{delim}"q""uote"{delim}9')
    raw = tmp_path / "source.csv"
    raw.write_bytes(bom + text.encode(enc))
    t = normalize(raw, "csv", Dialect(), tmp_path / "table.csv", dataset="jeu-test")
    assert isinstance(t, DeferredTable) and not (tmp_path / "table.csv").exists()
    assert t.header == ["code", "nom", "x"] and t.rows == 9 and t.delimiter == delim and t.encoding == enc
    as_is = validate(t, schema, dataset="jeu-test")
    assert not (tmp_path / "table.csv").exists()  # validated without a rewrite
    assert out(t).startswith("code,nom,x\n1,Lévis,\"-72,5\"\n")  # asked for: written, the same bytes as before
    rewritten = validate(t, schema, dataset="jeu-test")
    assert [(e.row, e.code) for e in as_is.errors] == [(e.row, e.code) for e in rewritten.errors]
    assert (as_is.rows, as_is.counts, as_is.source) == (rewritten.rows, rewritten.counts, rewritten.source)
    assert (4, "blank-row") in [(e.row, e.code) for e in as_is.errors]


def test_lone_cr_or_undecodable_bytes_are_not_read_as_they_are(tmp_path):
    from dqpub.table.types import DeferredTable

    t = norm(tmp_path, b"a;b\r\n1;x\ry\r\n")
    assert not isinstance(t, DeferredTable) and t.rows == 2
    with pytest.raises(SourceError):
        norm(tmp_path, b"a;b\r\n1;\x81\r\n", Dialect(encoding="cp1252"))
