"""Dates and date-times: the calendar arithmetic, fixed-width byte layouts, and custom ``%`` formats
read as Python's ``strptime`` reads them (an RE2 regex equivalent to its own, ASCII digits; cells that
are not ASCII go to the slow path)."""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dqpub.validate.arrow import as_arrow, as_numpy, as_scalar
from dqpub.validate.spec import FieldSpec

Parsed = tuple[pa.Array, np.ndarray, np.ndarray]  # typed, ok, bad


def days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    y = y.astype(np.int64) - (m <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    mp = (m.astype(np.int64) + 9) % 12
    doy = (153 * mp + 2) // 5 + d.astype(np.int64) - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def valid_ymd(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    dim = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int32)[np.clip(m, 1, 12) - 1]
    dim = dim + ((m == 2) & leap)
    return (y >= 1) & (d <= dim)


def fixed_width(raw: pa.Array, candidates: np.ndarray,
                template: str) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Cells of exactly ``len(template)`` bytes where ``template``'s ``9`` are ASCII digits and its other
    characters literal bytes, read straight from the Arrow buffers: (matched mask, digit matrix of the
    matched cells (one column per ``9``), their row indices). None when the array is not a plain
    UTF-8 string array (then the caller uses the regex path)."""
    if raw.type != pa.string():
        return None
    n = len(raw)
    bufs = raw.buffers()
    if bufs[1] is None or bufs[2] is None:
        return None
    offsets = np.frombuffer(bufs[1], np.int32, n + 1, raw.offset * 4)
    width = len(template)
    lengths = offsets[1:] - offsets[:-1]
    full = lengths == width
    data = np.frombuffer(bufs[2], np.uint8)
    if (full | (lengths == 0)).all():
        # every cell is empty or of the right width: the bytes are a (cells, width) matrix as they lie
        rows = np.flatnonzero(full)
        cells = data[offsets[0]:offsets[-1]].reshape(-1, width)
        keep = candidates[rows]
        if not keep.all():
            rows, cells = rows[keep], cells[keep]
    else:
        rows = np.flatnonzero(candidates & full)
        cells = data[offsets[:-1][rows, None] + np.arange(width, dtype=np.int32)]
    if not len(rows):
        return np.zeros(n, bool), np.zeros((0, template.count("9")), np.uint8), rows
    digit_pos = [i for i, ch in enumerate(template) if ch == "9"]
    lit_pos = [i for i, ch in enumerate(template) if ch != "9"]
    digits = cells[:, digit_pos] - np.uint8(48)  # wraps around below '0'
    good = (digits <= 9).all(axis=1)
    if lit_pos:
        lits = np.frombuffer("".join(template[i] for i in lit_pos).encode("ascii"), np.uint8)
        good &= (cells[:, lit_pos] == lits).all(axis=1)
    rows, digits = rows[good], digits[good]
    matched = np.zeros(n, bool)
    matched[rows] = True
    return matched, digits, rows


def digits_value(digits: np.ndarray, start: int, count: int) -> np.ndarray:
    out = digits[:, start].astype(np.int64)
    for k in range(start + 1, start + count):
        out *= 10
        out += digits[:, k]
    return out


# Python's _strptime sub-patterns (3.11), ASCII digits.
_STRPTIME = {
    "d": r"3[0-1]|[1-2][0-9]|0[1-9]|[1-9]| [1-9]",
    "H": r"2[0-3]|[0-1][0-9]|[0-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5][0-9]|[0-9]",
    "S": r"6[0-1]|[0-5][0-9]|[0-9]",
    "Y": r"[0-9][0-9][0-9][0-9]",
    "y": r"[0-9][0-9]",
}
_PY_SPACE = r"[\t\n\x0b\f\r\x1c-\x1f ]+"
_WIDTH = {"Y": 4, "m": 2, "d": 2, "H": 2, "M": 2, "S": 2, "y": 2}
_RANGE = {"m": (1, 12), "d": (1, 31), "H": (0, 23), "M": (0, 59), "S": (0, 59), "Y": (0, 9999), "y": (0, 99)}


def _strptime_plan(fmt: str) -> tuple[str, list[str]] | None:
    """An RE2 regex equivalent to Python's strptime regex for ``fmt`` (None: unsupported directive)."""
    out, groups, i = [], [], 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                return None
            d = fmt[i + 1]
            i += 2
            if d == "%":
                out.append("%")
                continue
            if d not in _STRPTIME or d in groups:
                return None
            groups.append(d)
            out.append(f"(?P<{d}>{_STRPTIME[d]})")
            continue
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(_PY_SPACE)
            continue
        out.append(re.escape(ch) if not ch.isalnum() else ch)
        i += 1
    return "(?i)^(?P<all>" + "".join(out) + ")", groups


def _canonical_plan(fmt: str) -> tuple[str, dict[str, int]] | None:
    """Zero-padded fixed-width layout of ``fmt`` (regex, {directive: offset}) or None."""
    out, offsets, pos, i = [], {}, 0, 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            d = fmt[i + 1] if i + 1 < len(fmt) else ""
            i += 2
            if d == "%":
                out.append("%")
                pos += 1
                continue
            if d not in _WIDTH or d in offsets:
                return None
            offsets[d] = pos
            out.append(f"[0-9]{{{_WIDTH[d]}}}")
            pos += _WIDTH[d]
            continue
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(" ")
            pos += 1
            continue
        out.append(re.escape(ch) if not ch.isalnum() else ch)
        pos += 1
        i += 1
    return "^" + "".join(out) + "$", offsets


def _canonical_template(fmt: str) -> str | None:
    """The canonical layout of ``fmt`` for ``fixed_width`` (``9`` per digit), None if not pure ASCII."""
    out, i = [], 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            d = fmt[i + 1] if i + 1 < len(fmt) else ""
            i += 2
            out.append("%" if d == "%" else "9" * _WIDTH[d])
            continue
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(" ")
            continue
        out.append(ch)
        i += 1
    text = "".join(out)
    return text if text.isascii() and "9" not in fmt.replace("%", "") else None


def _fast_canonical(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray,
                    offsets: dict[str, int]) -> tuple[np.ndarray, dict[str, np.ndarray]] | None:
    """The canonical (zero-padded) layout read from the bytes: (matched, {directive: values}) or None."""
    template = _canonical_template(spec.format)
    if template is None:
        return None
    fw = fixed_width(raw, candidates, template)
    if fw is None:
        return None
    matched, dg, rows = fw
    # digit column of each directive: count the 9s before its offset
    starts = {d: template[:off].count("9") for d, off in offsets.items()}
    parts = {}
    for d, st in starts.items():
        v = np.zeros(len(raw), np.int64)
        v[rows] = digits_value(dg, st, _WIDTH[d])
        if len(rows) < len(raw):
            v[~matched] = _RANGE[d][0]
        parts[d] = v
    return matched, parts


def _sliced_parts(raw: pa.Array, matched: np.ndarray, offsets: dict[str, int]) -> dict[str, np.ndarray]:
    """The canonical layout's directives cut out with Arrow (when the bytes path does not apply)."""
    safe = raw if matched.all() else pc.if_else(as_arrow(matched), raw, as_scalar(None, pa.string()))
    parts = {}
    for d, off in offsets.items():
        v = pc.cast(pc.utf8_slice_codeunits(safe, off, off + _WIDTH[d]), pa.int64())
        parts[d] = as_numpy(v.fill_null(as_scalar(_RANGE[d][0], v.type))) if v.null_count else as_numpy(v)
    return parts


def _canonical_parse(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed | None:
    """Every candidate in the zero-padded layout and in range: assembled at once; else None."""
    canon = _canonical_plan(spec.format)
    if canon is None:
        return None
    regex, offsets = canon
    fast = _fast_canonical(spec, raw, candidates, offsets)
    if fast is not None:
        matched, parts = fast
    else:
        matched = as_numpy(pc.match_substring_regex(raw, regex)) & candidates
    if np.count_nonzero(matched) != np.count_nonzero(candidates):
        return None
    if fast is None:
        parts = _sliced_parts(raw, matched, offsets)
    in_range = matched.copy()
    for d, v in parts.items():
        lo, hi = _RANGE[d]
        in_range &= (v >= lo) & (v <= hi)
    if np.count_nonzero(in_range) != np.count_nonzero(candidates):
        return None
    return _assemble(spec, parts, in_range, len(raw))


def strptime_parse(spec: FieldSpec, raw: pa.Array, candidates: np.ndarray) -> Parsed | None:
    """A custom ``%`` format: the canonical layout when every cell has it, else Python's strptime regex."""
    plan = _strptime_plan(spec.format)
    if plan is None:
        return None
    canonical = _canonical_parse(spec, raw, candidates)
    if canonical is not None:
        return canonical
    regex, groups = plan
    n = len(raw)
    ascii_ = as_numpy(pc.string_is_ascii(raw)) & candidates
    try:
        ext = pc.extract_regex(raw, regex)
    except pa.ArrowInvalid:
        return None
    matched = as_numpy(ext.is_valid()) & ascii_
    if matched.any():
        full = as_numpy(pc.equal(pc.utf8_length(pc.struct_field(ext, "all")), pc.utf8_length(raw)))
        matched &= full
    m_arr = as_arrow(matched)

    def part(name: str, default: int) -> np.ndarray:
        if name not in groups:
            return np.full(n, default, np.int64)
        g = pc.utf8_trim_whitespace(pc.struct_field(ext, name))
        g = pc.if_else(m_arr, g, as_scalar(str(default)))
        return as_numpy(pc.cast(g, pa.int64()))

    parts = {g: part(g, 0) for g in groups}
    return _assemble(spec, parts, matched, n)


def _assemble(spec: FieldSpec, parts: dict[str, np.ndarray], matched: np.ndarray, n: int) -> Parsed:
    """Python's strptime defaults and checks on parsed fields → (typed, ok, bad)."""
    if "Y" in parts:
        year = parts["Y"]
    elif "y" in parts:
        yy = parts["y"]
        year = np.where(yy <= 68, yy + 2000, yy + 1900)
    else:
        year = np.full(n, 1900, np.int64)
    month = parts.get("m", np.ones(n, np.int64))
    day = parts.get("d", np.ones(n, np.int64))
    zero = np.zeros(n, np.int64)
    hour, minute, sec = parts.get("H", zero), parts.get("M", zero), parts.get("S", zero)
    valid = valid_ymd(year, np.clip(month, 1, 12), day) & (sec <= 59) & (month >= 1) & (month <= 12)
    ok = matched & valid
    bad = matched & ~valid
    days = days_from_civil(year, np.clip(month, 1, 12), day)
    if spec.type == "date":
        return as_arrow(days.astype(np.int32), pa.date32(), mask=~ok), ok, bad
    secs = days * 86400 + hour * 3600 + minute * 60 + sec
    return as_arrow(secs, pa.timestamp("s"), mask=~ok), ok, bad
