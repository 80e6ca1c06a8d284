"""Per-cell transformations of the privacy policy: generalization rules of ``quasi`` fields and
keyed pseudonyms. Each works row by row, so it gives the same cells on a batch as on the whole table."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from typing import Any, TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from dqpub.core.errors import PrivacyError

if TYPE_CHECKING:
    import pandas as pd


def _as_timestamp(col: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
        return pc.strptime(col, format="%Y-%m-%d", unit="s", error_is_null=True)
    return col


def _band_labels(values: pd.Series, width: float) -> pd.Series:
    import pandas as pd  # on first use: 0.3 s of import that most runs never need
    lo = (values // width) * width
    hi = lo + width - (1 if float(width).is_integer() else 0)

    def label(a: float, b: float) -> str | None:
        if pd.isna(a):
            return None
        fmt = (lambda x: str(int(x))) if float(width).is_integer() else (lambda x: f"{x:g}")
        return f"{fmt(a)}-{fmt(b)}"

    return pd.Series([label(a, b) for a, b in zip(lo, hi)], index=values.index, dtype="object")


def generalize(  # noqa: C901 - one branch per declared method
    col: pa.ChunkedArray | pa.Array, rule: dict[str, Any], table: pa.Table | pa.RecordBatch, *,
    today: dt.date
) -> tuple[pa.ChunkedArray | pa.Array, str, str]:
    """Apply one declared rule. Returns (new column, new Table Schema type, technique in French)."""
    method = rule.get("method", "none")
    if method == "none":
        return col, "", "conservé (quasi-identifiant compté pour le k-anonymat)"
    if method == "year":
        return pc.year(_as_timestamp(col)), "year", "généralisé à l'année"
    if method == "month":
        return pc.strftime(_as_timestamp(col), format="%Y-%m"), "yearmonth", "généralisé au mois"
    if method == "week":
        ts = _as_timestamp(col)
        years, weeks = pc.iso_year(ts).to_pylist(), pc.iso_week(ts).to_pylist()
        out = [None if y is None else f"{y}-S{w:02d}" for y, w in zip(years, weeks)]
        return pa.array(out, pa.string()), "string", "généralisé à la semaine ISO"
    if method == "age_band":
        width = int(rule.get("width", 10))
        top = int(rule.get("top", 90))
        ref_name = rule.get("reference_field")
        where = f" à la date « {ref_name} »" if ref_name else ""
        technique = f"date de naissance → tranche d'âge de {width} ans{where}"
        if not len(col):  # an empty batch: pandas' .dt needs values to know their type
            return pa.array([], pa.string()), "string", technique
        import pandas as pd  # here, not for every rule: 0.3 s of import that the Arrow rules never need
        born = pd.to_datetime(pd.Series(_as_timestamp(col).to_pylist()), errors="coerce")
        if ref_name:
            ref = pd.to_datetime(pd.Series(_as_timestamp(table.column(ref_name)).to_pylist()), errors="coerce")
        else:
            ref = pd.Series([pd.Timestamp(today)] * len(born))
        age = (ref.dt.year - born.dt.year) - (
            (ref.dt.month * 100 + ref.dt.day) < (born.dt.month * 100 + born.dt.day)
        ).astype(int)
        labels: list[str | None] = []
        for a in age:
            if pd.isna(a):
                labels.append(None)
            elif a >= top:
                labels.append(f"{top} ans et plus")
            else:
                lo = int(a // width) * width
                labels.append(f"{lo}-{lo + width - 1} ans")
        return pa.array(labels, pa.string()), "string", technique
    if method == "fsa":
        text = pc.utf8_upper(pc.utf8_trim_whitespace(col.cast(pa.string())))
        fsa = pc.utf8_slice_codeunits(text, 0, 3)
        rural = pc.equal(pc.utf8_slice_codeunits(fsa, 1, 2), "0")
        fsa = pc.if_else(rural, pa.scalar(None, pa.string()), fsa)
        return fsa, "string", "code postal → RTA (3 premiers caractères), RTA rurales (?0?) supprimées"
    if method == "round":
        decimals = int(rule.get("decimals", 2))
        return pc.round(col, ndigits=decimals), "", f"arrondi à {decimals} décimale(s)"
    if method == "band":
        width = rule.get("width", 10)
        import pandas as pd  # here, not for every rule (see age_band)
        series = pd.Series(col.to_pylist(), dtype="float64")
        return pa.array(_band_labels(series, width), pa.string()), "string", f"regroupé en tranches de {width}"
    if method == "top_code":
        mx = rule["max"]
        return pc.min_element_wise(col, pa.scalar(mx, col.type)), "", f"plafonné à {mx}"
    if method == "map":
        mapping = {str(k): v for k, v in rule.get("mapping", {}).items()}
        out = [None if v is None else mapping.get(str(v), str(v)) for v in col.to_pylist()]
        return pa.array(out, pa.string()), "string", "catégories regroupées selon une table de correspondance"
    raise PrivacyError(f"règle de généralisation inconnue : {method}", rule=f"generalize.method={method}")


def pseudonymize(col: pa.ChunkedArray | pa.Array, key: bytes) -> pa.Array:
    out: list[str | None] = []
    for v in col.to_pylist():
        if v is None:
            out.append(None)
        else:
            digest = hmac.new(key, str(v).strip().encode("utf-8"), hashlib.sha256).hexdigest()
            out.append(digest[:24])
    return pa.array(out, pa.string())


# --- what each treatment does to a field's declaration (the published schema) --------------------

TOKEN_LENGTH = 24
TOKEN_PATTERN = f"^[0-9a-f]{{{TOKEN_LENGTH}}}$"  # pseudonymize's tokens: hex digits of an HMAC-SHA256
# A forward sortation area as the fsa rule leaves it: rural areas (?0?) are made unknown.
FSA_PATTERN = "^[ABCEGHJ-NPRSTVXY][1-9][ABCEGHJ-NPRSTV-Z]$"
WEEK_PATTERN = "^[0-9]{4}-S[0-9]{2}$"
# Keys of a field declaration that describe the source's text or values, not a generalized value.
_SOURCE_FORM = ("format", "decimalChar", "groupChar", "bareNumber", "trueValues", "falseValues")


def _declared(f: dict[str, Any], type_: str, constraints: dict[str, Any], *, keep_form: bool = False
              ) -> dict[str, Any]:
    """``f`` with ``type_`` and ``constraints`` (none: no key), without the source's text forms
    unless ``keep_form``."""
    out = {k: v for k, v in f.items() if (keep_form or k not in _SOURCE_FORM) and k != "constraints"}
    out["type"] = type_
    if constraints:
        out["constraints"] = constraints
    return out


def pseudonym_field(f: dict[str, Any]) -> dict[str, Any]:
    """The declaration of a pseudonymized field: text tokens of :func:`pseudonymize`; ``required``
    and ``unique`` still hold (one token per distinct value), the source's other constraints do not."""
    src = f.get("constraints", {})
    kept = {k: src[k] for k in ("required", "unique") if k in src}
    return _declared(f, "string", {**kept, "pattern": TOKEN_PATTERN})


def optional_field(f: dict[str, Any]) -> dict[str, Any]:
    """``f`` without ``required``: its treatment may leave cells unknown (small counts suppressed)."""
    constraints = {k: v for k, v in (f.get("constraints") or {}).items() if k != "required"}
    return _declared(f, f.get("type", "string"), constraints, keep_form=True)


def scrubbed_field(f: dict[str, Any]) -> dict[str, Any]:
    """A free-text field once scrubbed: text whose length, words and form masking changes (« […] »,
    « [nom retiré] »), so no bound on them holds; nor does ``required``: a mostly masked column is
    withheld, published empty (``privacy.part_masquee_max``)."""
    constraints = {k: v for k, v in (f.get("constraints") or {}).items()
                   if k not in ("required", "minLength", "maxLength", "pattern", "enum", "unique")}
    return _declared(f, "string", constraints)


def age_bands(width: int, top: int) -> list[str]:
    """Every label the age_band rule can give (ages from 0)."""
    return [f"{lo}-{lo + width - 1} ans" for lo in range(0, top, width)] + [f"{top} ans et plus"]


def generalized_field(f: dict[str, Any], rule: dict[str, Any], new_type: str,  # noqa: C901 - one branch per declared method
                      required_fields: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    """The declaration of a quasi-identifier once ``rule`` has generalized it (``new_type`` as
    :func:`generalize` returns it): the constraints the generalized values still meet, restated,
    the source's others dropped. ``required_fields``: the fields declared required (age bands need
    their reference date)."""
    method = rule.get("method", "none")
    src = dict(f.get("constraints", {}))
    required = {"required": True} if src.get("required") else {}
    if method == "none":
        return dict(f)
    if method in ("year", "month"):
        return _declared(f, new_type, required)
    if method == "week":
        return _declared(f, "string", {**required, "pattern": WEEK_PATTERN})
    if method == "age_band":
        ref = rule.get("reference_field")
        width, top = int(rule.get("width", 10)), int(rule.get("top", 90))
        # the band needs the reference date as much as the birth date
        keep = {"required": True} if required and (not ref or ref in required_fields) else {}
        return _declared(f, "string", {**keep, "enum": age_bands(width, top)})
    if method == "fsa":  # rural and rare areas become unknown: never required
        return _declared(f, "string", {"pattern": FSA_PATTERN} if "pattern" in src else {})
    if method == "round":  # same type (Arrow rounds integers to integers); bounds kept when exact
        decimals = int(rule.get("decimals", 2))
        bounds = {k: src[k] for k in ("minimum", "maximum")
                  if isinstance(src.get(k), (int, float)) and round(src[k], decimals) == src[k]}
        return _declared(f, f.get("type", "number"), {**required, **bounds})
    if method == "band":
        return _declared(f, "string", required)
    if method == "top_code":
        bounds = {k: src[k] for k in ("minimum",) if k in src}
        bounds["maximum"] = min(rule["max"], src["maximum"]) if "maximum" in src else rule["max"]
        return _declared(f, f.get("type", "number"), {**required, **bounds})
    if method == "map":  # unmapped values pass as their text; a value mapped to nothing becomes unknown
        mapping = {str(k): v for k, v in rule.get("mapping", {}).items()}
        if any(v is None for v in mapping.values()):
            required = {}
        mapped = [mapping.get(str(v), str(v)) for v in src.get("enum", [])]
        enum = {"enum": sorted({str(v) for v in mapped if v is not None})} if "enum" in src else {}
        return _declared(f, "string", {**required, **enum})
    raise PrivacyError(f"règle de généralisation inconnue : {method}", rule=f"generalize.method={method}")
