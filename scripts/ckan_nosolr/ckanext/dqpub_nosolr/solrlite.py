"""A very small, pysolr-shaped document store kept in SQLite (test use only).

See plugin.py for why this exists.  Only the subset of the Solr query syntax that CKAN itself and
simple API clients send is understood:

* ``*:*``, ``field:value``, ``field:"quoted value"``, ``field:(a OR b)``, ``field:*``,
  ``field:[A TO B]`` (string comparison, ``*`` and ``NOW`` understood), wildcards ``*``/``?``;
* ``+``/``-``/``NOT`` prefixes, ``AND``/``OR``/``&&``/``||``, parentheses; clauses without an
  operator are ANDed (CKAN sends ``q.op=AND``);
* bare words (dismax style): case-insensitive substring match in any text of the document.

Sorting (``field asc|desc``, ``score`` ignored), ``start``/``rows``, ``fl`` and ``facet.field``
(counts over the matching documents) are supported.  Everything else is ignored.
"""
from __future__ import annotations

import datetime as _dt
import fnmatch
import json
import os
import re
import sqlite3
import threading
from typing import Any, Iterable

__all__ = ["SolrLite", "Results", "parse_query", "QueryError"]


class QueryError(ValueError):
    pass


# --------------------------------------------------------------------------------------------
# query parsing
# --------------------------------------------------------------------------------------------

_SPECIAL = set('()"[]{}:')


def _tokenize(s: str) -> list[tuple[str, Any]]:
    toks: list[tuple[str, Any]] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        if c in "()":
            toks.append((c, c))
            i += 1
            continue
        if c == ":":
            toks.append((":", ":"))
            i += 1
            continue
        if s.startswith("&&", i):
            toks.append(("OP", "AND"))
            i += 2
            continue
        if s.startswith("||", i):
            toks.append(("OP", "OR"))
            i += 2
            continue
        if c in "+-!" and (not toks or toks[-1][0] in ("(", "OP", "MOD") or s[i - 1].isspace()):
            if c == "!":
                toks.append(("MOD", "-"))
            else:
                toks.append(("MOD", c))
            i += 1
            continue
        if c == '"':
            j, buf = i + 1, []
            while j < n and s[j] != '"':
                if s[j] == "\\" and j + 1 < n:
                    j += 1
                buf.append(s[j])
                j += 1
            toks.append(("PHRASE", "".join(buf)))
            i = j + 1
            continue
        if c in "[{":
            j = s.find("]" if c == "[" else "}", i)
            if j < 0:
                j = max(s.find("]", i), s.find("}", i))
            if j < 0:
                raise QueryError("unterminated range in %r" % s)
            inner = s[i + 1:j].strip()
            parts = re.split(r"\s+TO\s+", inner)
            if len(parts) != 2:
                raise QueryError("bad range %r" % inner)
            lo, hi = (p.strip().strip('"') for p in parts)
            toks.append(("RANGE", (lo, hi, c == "[", s[j] == "]")))
            i = j + 1
            continue
        # bare word (backslash escapes allowed)
        j, buf = i, []
        while j < n and not s[j].isspace() and s[j] not in "():\"":
            if s[j] == "\\" and j + 1 < n:
                j += 1
            buf.append(s[j])
            j += 1
        word = "".join(buf)
        if word in ("AND", "OR"):
            toks.append(("OP", word))
        elif word == "NOT":
            toks.append(("MOD", "-"))
        else:
            toks.append(("WORD", word))
        i = j
    return toks


class _Parser:
    def __init__(self, toks: list[tuple[str, Any]]):
        self.toks = toks
        self.pos = 0

    def peek(self) -> tuple[str, Any] | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> tuple[str, Any]:
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def parse_seq(self, field: str | None, stop: str | None = None) -> tuple:
        """A sequence of clauses -> ("bool", [or-group, ...]); each group a list of (mod, node)."""
        groups: list[list[tuple[str, tuple]]] = [[]]
        while True:
            t = self.peek()
            if t is None or t[0] == stop:
                break
            if t[0] == "OP":
                self.take()
                if t[1] == "OR" and groups[-1]:
                    groups.append([])
                continue
            mod = ""
            while t is not None and t[0] == "MOD":
                self.take()
                mod = "-" if t[1] == "-" else (mod or "+")
                t = self.peek()
            if t is None:
                break
            node = self.parse_atom(field)
            groups[-1].append((mod, node))
        groups = [g for g in groups if g]
        return ("bool", groups)

    def parse_atom(self, field: str | None) -> tuple:
        t = self.take()
        kind, val = t
        if kind == "(":
            node = self.parse_seq(field, stop=")")
            if self.peek() is not None and self.peek()[0] == ")":
                self.take()
            return node
        if kind == "WORD" and self.peek() is not None and self.peek()[0] == ":":
            self.take()  # ':'
            fname = val
            nxt = self.peek()
            if nxt is None:
                raise QueryError("missing value after %s:" % fname)
            if nxt[0] == "(":
                self.take()
                node = self.parse_seq(fname, stop=")")
                if self.peek() is not None and self.peek()[0] == ")":
                    self.take()
                return node
            return self.parse_value(fname)
        self.pos -= 1
        return self.parse_value(field)

    def parse_value(self, field: str | None) -> tuple:
        kind, val = self.take()
        if kind == "PHRASE":
            return ("term", field, val, True)
        if kind == "RANGE":
            return ("range", field, val)
        if kind == "WORD":
            return ("term", field, val, False)
        raise QueryError("unexpected %r" % (val,))


def parse_query(q: str) -> tuple:
    q = (q or "").strip()
    if not q or q in ('""', "''"):
        q = "*:*"
    p = _Parser(_tokenize(q))
    node = p.parse_seq(None)
    if p.pos < len(p.toks):  # stray ')' etc.
        rest = _Parser(p.toks[p.pos + 1:]).parse_seq(None)
        node = ("bool", node[1] + rest[1]) if rest[1] else node
    return node


# --------------------------------------------------------------------------------------------
# evaluation
# --------------------------------------------------------------------------------------------

# Fields that Solr analyses as text (substring, case-insensitive match here); others are exact.
_TEXT_FIELDS = {"text", "title", "notes", "res_name", "res_description", "author", "maintainer",
                "title_ngram", "urls", "res_url", "download_url"}
_TEXT_SKIP = {"data_dict", "validated_data_dict", "index_id", "site_id", "permission_labels"}


def _values(doc: dict, field: str) -> list:
    if field == "text":
        return [_all_text(doc)]
    v = doc.get(field)
    if v is None and field.startswith("extras_"):
        v = doc.get(field[len("extras_"):])
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return list(v)
    return [v]


def _all_text(doc: dict) -> str:
    cached = doc.get("\0text")
    if cached is not None:
        return cached
    parts: list[str] = []
    for k, v in doc.items():
        if k in _TEXT_SKIP or k.startswith("\0"):
            continue
        for x in (v if isinstance(v, (list, tuple)) else [v]):
            if isinstance(x, str):
                parts.append(x)
    text = "\n".join(parts).lower()
    doc["\0text"] = text
    return text


def _as_str(x: Any) -> str:
    if isinstance(x, bool):
        return "true" if x else "false"
    return str(x)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _match_term(doc: dict, field: str | None, val: str, phrase: bool) -> bool:
    if field is None:  # dismax-like free text
        if val in ("*", ""):
            return True
        return val.lower() in _all_text(doc)
    if field == "*" and val == "*":
        return True
    vals = _values(doc, field)
    if not phrase and val == "*":
        return bool([v for v in vals if v not in ("", None)])
    wild = (not phrase) and ("*" in val or "?" in val)
    lv = val.lower()
    for v in vals:
        sv = _as_str(v).lower()
        if wild:
            if fnmatch.fnmatchcase(sv, lv):
                return True
        elif field in _TEXT_FIELDS:
            if lv in sv:
                return True
        elif sv == lv:
            return True
    return False


def _match_range(doc: dict, field: str, rng: tuple) -> bool:
    lo, hi, lo_inc, hi_inc = rng
    vals = _values(doc, field)
    if lo == "*" and hi == "*":
        return bool(vals)
    lo = _now() if lo.upper().startswith("NOW") else lo
    hi = _now() if hi.upper().startswith("NOW") else hi
    for v in vals:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            try:
                key: Any = float(v)
                lo_k: Any = None if lo == "*" else float(lo)
                hi_k: Any = None if hi == "*" else float(hi)
            except ValueError:
                key, lo_k, hi_k = _as_str(v), (None if lo == "*" else lo), (None if hi == "*" else hi)
        else:
            key, lo_k, hi_k = _as_str(v), (None if lo == "*" else lo), (None if hi == "*" else hi)
        if lo_k is not None and (key < lo_k or (key == lo_k and not lo_inc)):
            continue
        if hi_k is not None and (key > hi_k or (key == hi_k and not hi_inc)):
            continue
        return True
    return False


def evaluate(node: tuple, doc: dict) -> bool:
    kind = node[0]
    if kind == "term":
        _, field, val, phrase = node
        return _match_term(doc, field, val, phrase)
    if kind == "range":
        _, field, rng = node
        if field is None:
            return False
        return _match_range(doc, field, rng)
    # bool: any group matches; in a group every non-negated clause matches and no negated one
    groups = node[1]
    if not groups:
        return True
    for group in groups:
        positives = [n for m, n in group if m != "-"]
        negatives = [n for m, n in group if m == "-"]
        if all(evaluate(n, doc) for n in positives) and not any(evaluate(n, doc) for n in negatives):
            return True
    return False


# --------------------------------------------------------------------------------------------
# pysolr-like surface
# --------------------------------------------------------------------------------------------

class Results:
    """What pysolr.Solr.search returns, as far as CKAN looks at it."""

    def __init__(self, docs: list[dict], hits: int, facets: dict | None = None):
        self.docs = docs
        self.hits = hits
        self.facets = facets or {}
        self.raw_response = {"response": {"numFound": hits, "docs": docs}}
        self.highlighting: dict = {}
        self.stats: dict = {}
        self.grouped: dict = {}
        self.spellcheck: dict = {}
        self.debug: dict = {}
        self.qtime = 0
        self.nextCursorMark = None

    def __len__(self) -> int:
        return len(self.docs)

    def __iter__(self):
        return iter(self.docs)


def _as_list(x: Any) -> list:
    if x is None:
        return []
    if isinstance(x, (list, tuple)):
        return list(x)
    if isinstance(x, str) and x.startswith("["):
        try:
            return list(json.loads(x))
        except ValueError:
            pass
    return [x]


_KEYED = ("name", "id")  # exact, case-insensitive fields, also kept in indexed columns


def _keyed(doc: dict) -> tuple[str | None, str | None]:
    return tuple(_as_str(doc[f]).lower() if isinstance(doc.get(f), (str, int)) else None for f in _KEYED)


def _narrowing(node: tuple) -> dict[str, set[str]] | None:
    """The names and ids one of which every document matching ``node`` has, or None when the query
    does not restrict them (then every document is read)."""
    if node[0] == "term":
        _, field, val, phrase = node
        if field in _KEYED and val and (phrase or not ("*" in val or "?" in val)):
            return {f: ({val.lower()} if f == field else set()) for f in _KEYED}
        return None
    if node[0] != "bool" or not node[1]:
        return None
    out: dict[str, set[str]] = {f: set() for f in _KEYED}
    for group in node[1]:  # a match matches one group, and in it every clause not negated
        found = next((k for k in (_narrowing(n) for m, n in group if m != "-") if k is not None), None)
        if found is None:
            return None
        for f in _KEYED:
            out[f] |= found[f]
    return out


class SolrLite:
    """Documents keyed by ``index_id`` (CKAN's unique key), stored as JSON rows in SQLite."""

    _locks: dict[str, threading.Lock] = {}

    def __init__(self, path: str, url: str = "sqlite-solr-standin"):
        self.path = path
        self.url = url
        self._lock = SolrLite._locks.setdefault(path, threading.Lock())
        d = os.path.dirname(os.path.abspath(path))
        os.makedirs(d, exist_ok=True)
        with self._lock, self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, doc TEXT NOT NULL)")
            columns = {row[1] for row in db.execute("PRAGMA table_info(docs)")}
            missing = [f"{f}_lc" for f in _KEYED if f"{f}_lc" not in columns]
            for column in missing:  # a store written before these columns existed
                db.execute(f"ALTER TABLE docs ADD COLUMN {column} TEXT")
            if missing:
                db.executemany("UPDATE docs SET name_lc = ?, id_lc = ? WHERE key = ?",
                               [(*_keyed(json.loads(raw)), key) for key, raw in db.execute("SELECT key, doc FROM docs")])
            for f in _KEYED:
                db.execute(f"CREATE INDEX IF NOT EXISTS docs_{f} ON docs ({f}_lc)")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    # -- write -----------------------------------------------------------------------------
    def add(self, docs: Iterable[dict], commit: bool = True, **kwargs: Any) -> str:
        rows = []
        for d in docs:
            key = d.get("index_id") or d.get("id")
            if not key:
                raise QueryError("document without index_id/id")
            rows.append((str(key), json.dumps(d, default=str), *_keyed(d)))
        with self._lock, self._connect() as db:
            db.executemany("INSERT OR REPLACE INTO docs (key, doc, name_lc, id_lc) VALUES (?, ?, ?, ?)", rows)
        return "ok"

    def delete(self, id: Any = None, q: str | None = None, commit: bool = True, **kwargs: Any) -> str:
        with self._lock, self._connect() as db:
            if id is not None:
                ids = id if isinstance(id, (list, tuple)) else [id]
                db.executemany("DELETE FROM docs WHERE key = ?", [(str(i),) for i in ids])
            if q is not None:
                node = parse_query(q)
                doomed = [k for k, raw in db.execute("SELECT key, doc FROM docs")
                          if evaluate(node, json.loads(raw))]
                db.executemany("DELETE FROM docs WHERE key = ?", [(k,) for k in doomed])
        return "ok"

    def commit(self, *args: Any, **kwargs: Any) -> str:
        return "ok"

    def optimize(self, *args: Any, **kwargs: Any) -> str:
        return "ok"

    def ping(self, *args: Any, **kwargs: Any) -> str:
        return '{"status":"OK"}'

    # -- read ------------------------------------------------------------------------------
    def _all(self, keyed: dict[str, set[str]] | None = None) -> list[dict]:
        """Every document, or only those whose name or id is in ``keyed`` (a superset of the matches)."""
        sql, args = "SELECT doc FROM docs", []
        if keyed is not None:
            sql += " WHERE " + " OR ".join(f"{f}_lc IN ({','.join('?' * len(v))})" for f, v in keyed.items() if v)
            args = [x for f in keyed for x in keyed[f]]
        with self._lock, self._connect() as db:
            return [json.loads(raw) for (raw,) in db.execute(sql + " ORDER BY rowid", args)]

    def search(self, q: str = "*:*", **kw: Any) -> Results:
        node = parse_query(q)
        filters = [parse_query(f) for f in _as_list(kw.get("fq")) if f and str(f).strip()]
        # package_show reads the index by name or id: those queries read their few candidates only,
        # not every document (the store of a CKAN used by benches holds thousands)
        keyed = next((k for k in map(_narrowing, [node, *filters]) if k is not None), None)
        docs = [d for d in self._all(keyed)
                if evaluate(node, d) and all(evaluate(f, d) for f in filters)]

        sort = kw.get("sort")
        if sort:
            for spec in reversed([s.strip() for s in str(sort).split(",") if s.strip()]):
                parts = spec.split()
                fname = parts[0]
                desc = len(parts) > 1 and parts[1].lower() == "desc"
                if fname == "score":
                    continue
                present = [d for d in docs if _values(d, fname)]
                missing = [d for d in docs if not _values(d, fname)]
                present.sort(key=lambda d: _sort_key(_values(d, fname)[0]), reverse=desc)
                docs = present + missing

        facets: dict[str, Any] = {"facet_fields": {}}
        if str(kw.get("facet", "false")).lower() == "true":
            limit = int(kw.get("facet.limit", 50) or 50)
            mincount = int(kw.get("facet.mincount", 1) or 0)
            for field in _as_list(kw.get("facet.field")):
                counts: dict[str, int] = {}
                for d in docs:
                    for v in set(_as_str(x) for x in _values(d, field) if x not in (None, "")):
                        counts[v] = counts.get(v, 0) + 1
                items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
                items = [kv for kv in items if kv[1] >= mincount]
                if limit >= 0:
                    items = items[:limit]
                flat: list[Any] = []
                for k, c in items:
                    flat += [k, c]
                facets["facet_fields"][field] = flat

        hits = len(docs)
        start = int(kw.get("start", 0) or 0)
        rows = kw.get("rows", 10)
        rows = 10 if rows is None else int(rows)
        page = docs[start:start + rows] if rows >= 0 else docs[start:]

        fl = kw.get("fl")
        fields = None
        if fl:
            fields = [f for f in re.split(r"[\s,]+", str(fl)) if f]
            if "*" in fields:
                fields = None
        out = []
        for d in page:
            d = {k: v for k, v in d.items() if not k.startswith("\0")}
            if fields is not None:
                d = {k: v for k, v in d.items() if k in fields}
                if "score" in fields:
                    d["score"] = 1.0
            out.append(d)
        return Results(out, hits, facets)


def _sort_key(v: Any) -> tuple:
    if isinstance(v, bool):
        return (1, _as_str(v))
    if isinstance(v, (int, float)):
        return (0, v)
    return (1, _as_str(v).lower())
