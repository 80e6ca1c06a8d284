"""The encoding corpus of issue 24: small French files in every encoding a steward sends us. Each is
either read exactly or refused with a message naming the encoding (and the dataset.yaml key to set);
double-encoded UTF-8 is refused, then repaired when ``source.reparer_encodage`` says so."""

from pathlib import Path

import pytest

from dqpub.core.config import DatasetConfig
from dqpub.core.errors import SourceError
from dqpub.table import Dialect, normalize

TEXT = ("ville,description\n"
        "Montréal,« Évacuation préventive à Saint-Jérôme » : l’été\n"
        "Québec,Le cœur de la forêt près de l’Île-d’Orléans ; très sûr\n"
        "Lévis,Ça déçoit : à côté, où êtes-vous ? Œuvre\n")
GREEK = "όνομα,περιγραφή\nΑθήνα,Πρωτεύουσα της Ελλάδας\nΘεσσαλονίκη,Μακεδονία και Θράκη\n"


def _encoded(name: str) -> tuple[bytes, str]:
    """The bytes of the file and the text a correct reading gives."""
    boms = {"utf-8-bom": (b"\xef\xbb\xbf", "utf-8"), "utf-16-le-bom": (b"\xff\xfe", "utf-16-le"),
            "utf-16-be-bom": (b"\xfe\xff", "utf-16-be")}
    if name in boms:
        bom, enc = boms[name]
        return bom + TEXT.encode(enc), TEXT
    if name == "iso8859-7":
        return GREEK.encode(name), GREEK
    if name == "double-utf-8":  # a UTF-8 export read as cp1252 and written back as UTF-8
        return TEXT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"), TEXT
    data = TEXT.encode(name, errors="replace")  # cp850 has no œ nor ’
    return data, data.decode(name)


# name → None (read exactly, encoding detected) or words the refusal must hold
CORPUS = {
    "utf-8": None, "utf-8-bom": None, "cp1252": None, "latin-1": None,
    "utf-16-le-bom": None, "utf-16-be-bom": None,
    "cp850": ["cp850", "source.encodage"],
    "mac_roman": ["mac_roman", "source.encodage"],
    "utf-16-le": ["UTF-16", "source.encodage"],
    "utf-16-be": ["UTF-16", "source.encodage"],
    "iso8859-7": ["iso8859-7", "source.encodage"],
    "double-utf-8": ["doublement encodé", "source.reparer_encodage: true"],
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_read_exactly_or_refused_naming_the_encoding(tmp_path: Path, name: str) -> None:
    data, expected = _encoded(name)
    raw = tmp_path / "source.csv"
    raw.write_bytes(data)
    words = CORPUS[name]
    if words is None:
        t = normalize(raw, "csv", Dialect(), tmp_path / "n.csv", dataset="jeu-test")
        assert Path(t.path).read_text(encoding="utf-8") == expected
        assert t.repaired_cells == 0
        return
    with pytest.raises(SourceError) as exc:
        normalize(raw, "csv", Dialect(), tmp_path / "n.csv", dataset="jeu-test")
    for w in words:
        assert w in str(exc.value)
    for line in expected.splitlines()[1:]:  # no content quoted
        assert line.split(",")[0] not in str(exc.value)


@pytest.mark.parametrize("name", ["cp850", "mac_roman", "iso8859-7", "utf-16-le", "utf-16-be"])
def test_refused_file_is_read_once_the_encoding_is_declared(tmp_path: Path, name: str) -> None:
    data, expected = _encoded(name)
    raw = tmp_path / "source.csv"
    raw.write_bytes(data)
    t = normalize(raw, "csv", Dialect(encoding=name), tmp_path / "n.csv", dataset="jeu-test")
    assert Path(t.path).read_text(encoding="utf-8") == expected


def test_double_encoded_utf8_repaired_when_declared(tmp_path: Path) -> None:
    data, expected = _encoded("double-utf-8")
    raw = tmp_path / "source.csv"
    raw.write_bytes(data)
    config = DatasetConfig.from_dict({"source": {"reparer_encodage": True}})
    assert config.source.repair_encoding is True
    t = normalize(raw, "csv", Dialect(repair_encoding=config.source.repair_encoding), tmp_path / "n.csv",
                  dataset="jeu-test")
    assert Path(t.path).read_text(encoding="utf-8") == expected
    assert t.repaired_cells == 7  # 3 names, 4 descriptions (an unquoted comma splits the last); header is ASCII
    assert raw.read_bytes() == data  # the source read in place is not written through


def test_repair_is_off_by_default() -> None:
    assert DatasetConfig.from_dict({}).source.repair_encoding is False
    assert DatasetConfig.from_dict({"source": {"reparer_encodage": False}}).source.repair_encoding is False


def test_c1_controls_in_a_declared_latin1_file_name_the_key(tmp_path: Path) -> None:
    raw = tmp_path / "source.csv"
    raw.write_bytes("nom,note\nl’été,x\n".encode("cp1252"))  # ’ is 0x92: a C1 control in latin-1
    with pytest.raises(SourceError, match="source.encodage"):
        normalize(raw, "csv", Dialect(encoding="latin-1"), tmp_path / "n.csv", dataset="jeu-test")


@pytest.mark.parametrize("encoding,guess", [("cp850", "cp850"), ("mac_roman", "mac_roman")])
def test_a_page_that_decodes_as_cp1252_is_refused_by_its_signs_inside_words(tmp_path: Path, encoding: str,
                                                                             guess: str) -> None:
    raw = tmp_path / "source.csv"  # only é: every byte is defined in cp1252 (é reads ‚ or Ž)
    raw.write_bytes("ville,region\nMontréal,Québec\nLévis,Chaudière\n".replace("è", "e").encode(encoding))
    with pytest.raises(SourceError) as exc:
        normalize(raw, "csv", Dialect(), tmp_path / "n.csv", dataset="jeu-test")
    assert guess in str(exc.value) and "source.encodage" in str(exc.value)


def test_the_report_says_how_many_cells_were_repaired(tmp_path: Path) -> None:
    from dqpub.validate import validate

    data, _ = _encoded("double-utf-8")
    raw = tmp_path / "source.csv"
    raw.write_bytes(data)
    t = normalize(raw, "csv", Dialect(repair_encoding=True), tmp_path / "n.csv", dataset="jeu-test")
    report = validate(t, {"fields": [{"name": "ville"}, {"name": "description"}]}, dataset="jeu-test")
    assert any("réparé" in w and "7 cellule" in w for w in report.warnings)
