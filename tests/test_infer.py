"""Type and constraint inference of ``dqpub nouveau`` (dqpub/infer.py), one column at a time."""

from __future__ import annotations

import pyarrow as pa
import pytest

from dqpub.infer import code_pattern, describe_column


@pytest.mark.parametrize("name, values, expected", [
    ("n", ["1", "-20", "300"], {"type": "integer"}),
    ("code", ["007", "120", "999"], {"type": "string"}),  # leading zero: a code, not a number
    ("annee", ["2019", "2024"], {"type": "year"}),
    ("montant", ["1.5", "20", "-3.25"], {"type": "number"}),
    ("montant", ["1,5", "20", "-3,25"], {"type": "number", "decimalChar": ","}),
    ("d", ["2024-01-31", "2023-12-01"], {"type": "date", "format": "default"}),
    ("d", ["31/01/2024", "01/12/2023"], {"type": "date", "format": "%d/%m/%Y"}),
    ("d", ["01/31/2024", "12/01/2023"], {"type": "date", "format": "%m/%d/%Y"}),
    ("t", ["2024-01-31 08:15:00"], {"type": "datetime", "format": "%Y-%m-%d %H:%M:%S"}),
    ("t", ["2024-01-31T08:15:00"], {"type": "datetime", "format": "default"}),
    ("b", ["Oui", "Non", "Oui"], {"type": "boolean", "trueValues": ["Oui"], "falseValues": ["Non"]}),
    ("c", ["a@b.qc.ca", "x.y@z.com"], {"type": "string", "format": "email"}),
    ("u", ["https://a.qc.ca/x", "http://b.ca"], {"type": "string", "format": "uri"}),
])
def test_types_and_formats(name, values, expected):
    spec = describe_column(name, pa.array(values)).spec
    assert {k: v for k, v in spec.items() if k not in ("name", "constraints")} == expected


def test_required_enum_and_pattern():
    col = describe_column("region", pa.array(["01", "02", "01", "02", "03", "03", "01", "02", "03"]))
    assert col.spec["constraints"] == {"required": True, "pattern": "^[0-9]{2}$"}
    assert col.enum_candidates == ["01", "02", "03"]
    sparse = describe_column("x", pa.array(["a b", "", "c d"]))
    assert "required" not in sparse.spec.get("constraints", {}) and sparse.missing == 1
    assert sparse.enum_candidates is None  # too few repetitions for a list


def test_code_pattern_is_a_shape_never_a_value():
    assert code_pattern(pa.array(["AFS-2023-000123", "AFS-2024-000001"])) == "^[A-Z]{3}-[0-9]{4}-[0-9]{6}$"
    assert code_pattern(pa.array(["G1R 4J5", "H2X1Y4"])) is None  # two shapes
    assert code_pattern(pa.array(["abc", "def"])) is None  # letters only: words, not a code
