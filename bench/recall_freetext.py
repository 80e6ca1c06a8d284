"""Recall and readability of the free-text pass on the generated French corpus (issue #22).

Usage: ``.venv/bin/python bench/recall_freetext.py --split dev`` (tune on this one) or ``--split heldout``
(measured once per change of the detectors, the figure recorded in bench/README.md with the date).
``--split dev2``: a second development corpus (``tests/corpus/freetext/generate_b.py``), written later by
another hand that had read neither the detectors nor the first generator: new phrasings to learn from.
``--split dev3`` / ``--split heldout3``: a third hand (``tests/corpus/freetext/generate_c.py``), written blind
from the kinds' definitions only, split in two that share no value and no template: tune on dev3, measure
heldout3 (the first two held-out figures came from the hand that wrote the tuning set and overstated).
``--split dev4`` / ``--split heldout4``: a fourth hand (``tests/corpus/freetext/generate_d.py``), written blind
the same way (308 families, 42 clean), split the same way. ``--split dev5`` / ``--split heldout5``: a fifth hand
(``tests/corpus/freetext/generate_e.py``, 250 families, 45 clean), written blind the same way. ``--split dev6`` /
``--split heldout6``: a sixth hand (``tests/corpus/freetext/generate_f.py``, 312 families, 55 clean), the same way.
``--split dev7`` / ``--split heldout7``: a seventh hand (``tests/corpus/freetext/generate_g.py``, 324 families, 59 clean),
``--split dev8`` / ``--split heldout8``: an eighth (``generate_h.py``, 309 families, 54 clean),
``--split dev9`` / ``--split heldout9``: a ninth (``generate_i.py``, 329 families, 61 clean), the same way;
``--split dev10`` / ``--split heldout10``: a tenth (``generate_j.py``, 346 families, 62 clean).

The corpus comes from ``tests/corpus/freetext/generate.py``, written from the definitions of the kinds by
someone who had not read the detectors. Each cell goes through the same pass as a ``free-text`` column
of ``dqpub run`` (detectors, then only known-safe words kept, with the column's frequent words), and:

- recall, per kind and per phrasing family: a planted value is caught when it no longer appears in the
  published cell (case-insensitive);
- strict recall: also counts as a leak any word of 3+ letters of a planted value that stays, unless it is
  a word the cell's clean context also uses (« la », « rue »);
- readability: the share of the words of the clean cells that stay.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus" / "freetext"))

from dqpub.core.schema import REMOVABLE  # noqa: E402
from dqpub.privacy import detect  # noqa: E402
from dqpub.privacy.anonymize import FREQUENT_MIN_CELLS  # noqa: E402
from dqpub.privacy.safe_text import MASK, Vocabulary, WordCounts  # noqa: E402
from dqpub.privacy.safe_words import fold, frequent_words  # noqa: E402

_WORD = re.compile(r"[^\W\d_]{3,}|\d{2,}")
_LABEL = re.compile(r"\[(?:…|[^\[\]]* retirée?s?)\]")  # a mask or a detector's label: not a word of the cell


# The generator of each later hand, by the number its splits carry (« dev3 » / « heldout3 » …); « dev » and
# « heldout » are the first hand's (generate.py), « dev2 » the second's (generate_b.py, one part only).
HANDS = {"3": "generate_c", "4": "generate_d", "5": "generate_e", "6": "generate_f", "7": "generate_g",
         "8": "generate_h", "9": "generate_i", "10": "generate_j"}
SPLITS = ("dev", "dev2", "heldout", *(f"{part}{n}" for n in HANDS for part in ("dev", "heldout")))


def run(split: str, per_family: int, seed: int, show: int, strict_leaks: bool = False) -> int:
    if split == "dev2":
        from generate_b import generate as generate_b  # noqa: E402 - the second development corpus

        cells = generate_b(per_family, seed)
    else:  # a blind hand's generator, imported only when its split is asked for
        generator = importlib.import_module(HANDS.get(split.removeprefix("dev").removeprefix("heldout"), "generate"))
        cells = generator.generate(split, per_family=per_family, seed=seed)
    texts = [c.text for c in cells]
    counts = WordCounts()
    for t in dict.fromkeys(texts):
        counts.add(t)
    vocab = Vocabulary.build([], frequent=counts.frequent(max(FREQUENT_MIN_CELLS, len(set(texts)) // 100)))
    scrubber = detect.ColumnScrubber(ner=True, kinds=detect.KINDS + tuple(REMOVABLE), vocabulary=vocab)
    detect.scrub_text("préchauffage du modèle")  # the model loads before timing
    start = time.perf_counter()
    out = scrubber(texts)[0].to_pylist()
    seconds = time.perf_counter() - start
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # planted, caught, caught strictly
    per_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    kept_words = total_words = 0
    clean_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # words, words kept
    leaks: list[tuple[str, str, str]] = []
    for cell, published in zip(cells, out):
        low = published.casefold()
        if cell.kind == "propre":
            words = Counter(_WORD.findall(cell.text))
            left = Counter(_WORD.findall(_LABEL.sub(" ", published)))  # « 15h40 » keeps « 15 » and « 40 »
            kept = sum(min(n, left[w]) for w, n in words.items())
            total_words += sum(words.values())
            kept_words += kept
            clean_family[cell.family][0] += sum(words.values())
            clean_family[cell.family][1] += kept
            if show and published != cell.text and len(leaks) < 5000:
                leaks.append(("propre", cell.family, f"{cell.text}  →  {published}"))
            continue
        for value in cell.planted:
            kind = cell.kind
            per_kind[kind][0] += 1
            per_family[cell.family][0] += 1
            caught = value.casefold() not in low
            context = set(fold(w) for w in _WORD.findall(cell.text.replace(value, " ")))
            strict = caught and not any(
                re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", low) and fold(w) not in context
                and fold(w) not in frequent_words() for w in _WORD.findall(value))
            per_kind[kind][1] += caught
            per_kind[kind][2] += strict
            per_family[cell.family][1] += caught
            if not caught or (strict_leaks and not strict):
                leaks.append((kind, cell.family, f"{value!r} in {published}"))
    print(f"split {split}: {len(cells)} cells, {len(set(texts))} distinct, pass {seconds:.2f} s")
    print(f"{'kind':<16}{'planted':>8}{'recall':>9}{'strict':>9}")
    for kind, (n, ok, strict) in sorted(per_kind.items()):
        print(f"{kind:<16}{n:>8}{ok / n:>9.2%}{strict / n:>9.2%}")
    n = sum(v[0] for v in per_kind.values())
    ok = sum(v[1] for v in per_kind.values())
    strict = sum(v[2] for v in per_kind.values())
    print(f"{'all':<16}{n:>8}{ok / n:>9.2%}{strict / n:>9.2%}")
    worst = sorted(per_family.items(), key=lambda kv: kv[1][1] / kv[1][0])[:8]
    print("weakest families: " + ", ".join(f"{f} {ok / n:.1%}" for f, (n, ok) in worst))
    print(f"clean cells: {kept_words / max(total_words, 1):.2%} of {total_words} words kept")
    worst = sorted(clean_family.items(), key=lambda kv: kv[1][1] / max(kv[1][0], 1))[:8]
    print("least readable clean families: " + ", ".join(f"{f} {ok / max(n, 1):.1%}" for f, (n, ok) in worst))
    print(f"mask: {MASK}")
    for kind, family, text in leaks[:show]:
        print(f"  [{kind} / {family}] {text}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--per-family", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print this many leaks and changed clean cells")
    parser.add_argument("--strict-leaks", action="store_true", help="--show also the strict leaks")
    args = parser.parse_args()
    return run(args.split, args.per_family, args.seed, args.show, args.strict_leaks)


if __name__ == "__main__":
    raise SystemExit(main())
