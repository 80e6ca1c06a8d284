"""Throughput of the privacy pass on the events' free-text columns, against Presidio.

    python bench/bench_privacy.py --rows 200000
    python bench/bench_privacy.py --rows 1000000 --presidio-sample 2000
    python bench/bench_privacy.py --distinct 0.6            # 4,000 cells, 60 % distinct, against Presidio
    python bench/bench_privacy.py --distinct 0.1 0.6 1.0    # the three shares bench/README.md reports
    python bench/bench_privacy.py --distinct 0.6 --repeat 5 # alternated 5 times, word caches emptied: the median decides

``--distinct PART``: the 1M-row corpus repeats phrases (about 11 % distinct values), which flatters a
design that analyzes each distinct value once. This mode builds ``--cells`` (default 4,000) free-text
cells of 1–3 sentences, about a third of them about a person (names in mixed case, capitals and
lowercase, phones, addresses, e-mails, NAS, ages, health conditions), of which the share PART is
distinct, the rest repeating them; the model and lexicons are loaded and warmed before any timing.
It times the free-text pass as anonymize runs it on a free-text field (detectors, then known-safe words) (distinct values, ages and health
included) and Presidio's French analyzer on every cell, then, without deduplication, one
``find_spans`` call per cell against one ``analyze`` call per cell. Rates are given in CPU time of the
process (the fair measure on a shared machine: wall time depends on the other users' load, which changes
between phases) and in wall time. Exit 1 when the 60 % ratio (CPU) is < 10×.

Data: ``bench/out/events_1m.csv`` when present (columns ``info_compl_localisation`` and
``commentaire_date_debut``; UTF-8 or Windows-1252, delimiter sniffed), otherwise built in memory,
seeded: mostly repeated harmless phrases (places, rivers, routes, times, officials' titles) and
~8 % of cells with planted names, addresses, phones, e-mails, NAS.

Measured, on the same cells:

1. structured scan: ``detect.scan_column`` over every cell of both columns;
2. our NER + scrub: ``detect.scrub(ner=True)`` over every cell of both columns;
3. our full privacy pass = 1 + 2 + the re-scan of the scrubbed output (what ``anonymize`` does);
4. Presidio's default ``AnalyzerEngine`` for French (``presidio_fr.build_analyzer(False)``, spaCy
   ``fr_core_news_sm``) on a random SAMPLE of cells (default 2,000), one ``analyze`` call per cell,
   extrapolated to all cells — the figure says so;
5. our engine on the same sample WITHOUT the benefit of repeated values: ``find_spans`` called once
   per cell, like Presidio's ``analyze`` — the honest per-cell cost of our detectors;
6. recall on the planted identifiers: share of planted values that no longer appear after our scrub
   (all cells), and share covered by Presidio's spans on the sample (and ours on the same sample).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus" / "pii"))

import pyarrow as pa  # noqa: E402

from dqpub.privacy import detect  # noqa: E402
from dqpub.privacy.safe_text import Vocabulary  # noqa: E402

COLUMNS = ("info_compl_localisation", "commentaire_date_debut")
CSV_PATH = ROOT / "bench" / "out" / "events_1m.csv"

LOCALISATION = [
    "Près du pont", "Secteur résidentiel", "Voir carte jointe", "Intersection route {rt} et {n}e rang",
    "Accès par le chemin du Lac", "Sans objet", "Rive nord de la rivière {r}", "En amont du barrage",
    "Zone inondable 0-20 ans", "Municipalité de {m}", "Secteur du quai municipal", "Centre-ville de {m}",
    "Route {rt}, km {km}", "Rive sud de la rivière {r}", "Chemin de la Grève", "Parc industriel de {m}",
    "Près de l'école primaire", "Secteur des chalets", "Rang {n}", "Pont de la rivière {r}",
    "Entre {m} et {m2}", "Plusieurs secteurs de {m}", "Sortie {exit} de l'autoroute 20", "Terrain de camping",
    "Anse-aux-Gascons", "Rue Principale", "Boulevard René-Lévesque", "Pont Pierre-Laporte",
]
COMMENTAIRE = [
    "Début de l'événement estimé", "Heure approximative", "Selon la municipalité", "Observé par patrouille SQ",
    "Signalé par la municipalité", "Début selon Environnement Canada", "Heure de l'appel au COG",
    "Crue observée au matin", "Aucun commentaire", "Date confirmée par le ministère", "Estimation du préfet",
    "Selon le directeur du service incendie", "Début de la pluie", "Fin prévue le {d}",
    "Le maire de {m} a déclaré l'état d'urgence", "Information transmise par Hydro-Québec",
    "Selon le MTQ", "Mise à jour {n} du bulletin", "Alerte émise à {h} h {mi}", "Rapport de la Sûreté du Québec",
]
MUNICIPALITIES = ["Québec", "Lévis", "Rimouski", "Saint-Georges", "Gatineau", "Sherbrooke", "Trois-Rivières",
                  "Saguenay", "Beauceville", "Sainte-Marie", "Baie-Saint-Paul", "Matane", "Gaspé", "Amqui",
                  "Sainte-Anne-des-Monts", "Saint-Jean-sur-Richelieu", "Laval", "Mont-Laurier", "Magog", "Amos"]
RIVERS = ["Chaudière", "Richelieu", "Saint-Charles", "des Mille Îles", "Matapédia", "Rouge", "du Lièvre",
          "Etchemin", "Saint-François", "Yamaska", "Montmorency"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def _harmless(r: random.Random, templates: list[str]) -> str:
    t = r.choice(templates)
    return t.format(rt=r.choice([132, 138, 155, 117, 175]), n=r.randint(1, 9), r=r.choice(RIVERS),
                    m=r.choice(MUNICIPALITIES), m2=r.choice(MUNICIPALITIES), km=r.randint(1, 60),
                    exit=r.choice([78, 96, 253, 312]), d=f"{r.randint(1, 28)} {r.choice(MONTHS)} 2024",
                    h=r.randint(0, 23), mi=f"{r.randint(0, 59):02d}")


def _planted(r: random.Random) -> tuple[str, list[str]]:
    """A cell with personal information, and the planted values (to check they disappear)."""
    import make_corpus as mc

    first, last = r.choice(mc.FIRST), r.choice(mc.LAST)
    name = f"{first} {last}"
    phone, addr = mc.telephone(r), mc.adresse(r)
    email = mc.courriel(r, first, last)
    choice = r.random()
    if choice < 0.3:
        return f"Signalé par {name} au {addr}, tél. {phone}", [name, addr, phone]
    if choice < 0.5:
        return f"Rappeler M. {name} au {phone}", [name, phone]
    if choice < 0.65:
        return f"Propriétaire : {name}, {addr}", [name, addr]
    if choice < 0.75:
        return f"{name} signale de l'eau au sous-sol ({email})", [name, email]
    if choice < 0.85:
        n = mc.nas(r)
        return f"Réclamant {name}, NAS {n}", [name, n]
    return f"Résidence de {name} au {addr} inondée", [name, addr]


def build(rows: int, seed: int = 2024, share: float = 0.08) -> tuple[pa.Table, dict[tuple[int, int], list[str]]]:
    """The table, and for each planted cell (column index, row) the values planted in it."""
    r = random.Random(seed)
    cols: dict[str, list] = {c: [] for c in COLUMNS}
    planted: dict[tuple[int, int], list[str]] = {}
    for row in range(rows):
        for ci, (c, templates) in enumerate(zip(COLUMNS, (LOCALISATION, COMMENTAIRE))):
            x = r.random()
            if x < share:
                text, values = _planted(r)
                cols[c].append(text)
                planted[(ci, row)] = values
            elif x < share + 0.05:
                cols[c].append(None)
            else:
                cols[c].append(_harmless(r, templates))
    return pa.table({c: pa.array(v, pa.string()) for c, v in cols.items()}), planted


# --- --distinct: a corpus of French free-text cells with a chosen share of distinct values ---------

EVENTS = [
    "Inondation du sous-sol après la crue de la rivière {r}.", "Arbre tombé sur la ligne électrique, rang {n}.",
    "Refoulement d'égout signalé vers {h} h {mi}.", "Glissement de terrain derrière la résidence, {m}.",
    "Route {rt} fermée au km {km} jusqu'à nouvel ordre.", "Pluie de {mm} mm en 24 h selon Environnement Canada.",
    "Panne d'électricité depuis {h} h, {n} foyers touchés.", "Embâcle en aval du pont de la rivière {r}.",
    "Évacuation préventive de {n} résidences à {m}.", "Centre d'hébergement ouvert à l'aréna de {m}.",
    "Toiture arrachée par les vents de {km} km/h.", "Ponceau bouché, chemin du Lac, {m}.",
    "Circulation en alternance sur le pont Pierre-Laporte.", "Travaux sur le boulevard René-Lévesque à {h} h.",
    "Bris d'aqueduc rue Principale, avis d'ébullition à {m}.", "Niveau de la rivière {r} : {mm} cm sous le seuil.",
    "Le maire de {m} demande l'aide du ministère.", "Patrouille SQ sur place à {h} h {mi}.",
]
PEOPLE = [
    "Signalé par {name}.", "Appel de {name} au {phone}.", "Info reçue de {NAME} à {h} h {mi}.",
    "appel de {low} vers {h} h", "Mme {last} demande des sacs de sable.", "Propriétaire : {name}, {addr}.",
    "Dame de {age} ans seule à domicile, sous oxygène.", "{name}, {age} ans, refuse d'évacuer.",
    "Résident en fauteuil roulant au {addr}.", "Courriel de {name} : {email}.", "Réclamant {name}, NAS {nas}.",
    "Selon {NAME}, l'eau monte encore.", "Résidente sous dialyse, transport requis vers {m}.",
]


def _distinct_cell(r: random.Random) -> str:
    """One free-text cell: 1–3 sentences, about a third of them about a person."""
    import make_corpus as mc

    parts = []
    for _ in range(r.choice((1, 1, 2, 2, 3))):
        if r.random() < 0.3:
            first, last = r.choice(mc.FIRST), r.choice(mc.LAST)
            t = r.choice(PEOPLE)
            parts.append(t.format(name=f"{first} {last}", NAME=f"{first} {last}".upper(), low=f"{first} {last}".lower(),
                                  last=last, phone=mc.telephone(r), addr=mc.adresse(r), email=mc.courriel(r, first, last),
                                  nas=mc.nas(r), age=r.randint(2, 99), h=r.randint(0, 23), mi=f"{r.randint(0, 59):02d}",
                                  m=r.choice(MUNICIPALITIES)))
        else:
            parts.append(r.choice(EVENTS).format(
                r=r.choice(RIVERS), n=r.randint(1, 400), h=r.randint(0, 23), mi=f"{r.randint(0, 59):02d}",
                m=r.choice(MUNICIPALITIES), rt=r.choice([132, 138, 155, 117, 175]), km=r.randint(1, 120),
                mm=r.randint(5, 180)))
    return " ".join(parts)


def build_distinct(cells: int, share: float, seed: int = 2024) -> list[str]:
    """``cells`` cells of which round(share × cells) are distinct; the others repeat them (uniformly)."""
    r = random.Random(seed)
    k = max(1, round(share * cells))
    distinct: dict[str, None] = {}
    while len(distinct) < k:
        distinct.setdefault(_distinct_cell(r), None)
    values = list(distinct)
    out = values + [r.choice(values) for _ in range(cells - k)]
    r.shuffle(out)
    return out


class _Clock:
    """Wall time and this process's CPU time. On a shared machine (2 cores, several users) the wall time
    of a phase depends on what the others run meanwhile; the CPU time is the work done, and both
    engines are single-threaded Python + spaCy in this same process, so their CPU ratio is the fair one."""

    def __enter__(self):
        self.w0, self.c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.w0, time.process_time() - self.c0


def _cold_word_caches() -> None:
    """Empty the per-word caches of the privacy modules (an ``lru_cache`` of more than one entry), so that each
    repetition reads its words as the first one did; the lexicons themselves (one entry) stay loaded."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("dqpub.privacy"):
            continue
        for value in vars(module).values():
            params = getattr(value, "cache_parameters", None)
            if params is not None and (params().get("maxsize") or 0) > 1:
                value.cache_clear()


def run_distinct(shares: list[float], cells: int, seed: int, presidio: bool, repeat: int = 1) -> int:
    """Throughput at each share of distinct cells, model loaded before timing, against Presidio; ``repeat``: the
    two engines alternated that many times (word caches emptied each time), the median ratio decides."""
    from dqpub.privacy import name_lexicons, ner

    kinds = detect.KINDS + detect.INDIRECT_KINDS  # what anonymize does for a free-text field
    t = time.perf_counter()
    ner.get_nlp()
    name_lexicons.common_word("x")
    name_lexicons.given_names()
    detect.ColumnScrubber(ner=True, kinds=kinds, vocabulary=Vocabulary())(
        ["Préchauffage : appel de Jean Tremblay, 84 ans, au 418-555-0101."])  # lexicons and word lists loaded
    print(f"Chargement du modèle et des lexiques (hors mesure) : {time.perf_counter() - t:.1f} s")
    analyzer = None
    if presidio:
        import presidio_fr

        t = time.perf_counter()
        analyzer = presidio_fr.build_analyzer(False)
        analyzer.analyze(text="Préchauffage du modèle, appel de Jean Tremblay.", language="fr")
        print(f"Construction de l'analyseur Presidio (hors mesure) : {time.perf_counter() - t:.1f} s")
    print("Débits en cellules par seconde de temps processeur (CPU) du processus, et entre parenthèses de temps "
          "écoulé (mur), qui dépend de la charge de la machine")
    ok = True
    for share in shares:
        texts = build_distinct(cells, share, seed)
        n_distinct = len(set(texts))
        print(f"\n{cells:,} cellules, {n_distinct:,} distinctes ({n_distinct / cells:.0%}), graine {seed}")
        ratios = []
        for rep in range(repeat):
            if rep:
                _cold_word_caches()
                print(f"  — répétition {rep + 1} sur {repeat} (caches de mots vidés)")
            with _Clock() as ours:  # the free-text pass as anonymize runs it: detectors, then only known-safe words
                scrubber = detect.ColumnScrubber(ner=True, kinds=kinds, vocabulary=Vocabulary())
                out, counts = scrubber(pa.array(texts, pa.string()))
            print(f"  dqpub texte libre (détecteurs + mots connus sûrs, valeurs distinctes) : {cells / ours.cpu:8,.0f} "
                  f"cellules/s CPU ({cells / ours.wall:,.0f}/s mur) ; cellules épurées : {dict(sorted(counts.items()))}")
            if analyzer is None:
                continue
            with _Clock() as pres:
                for x in texts:
                    analyzer.analyze(text=x, language="fr")
            print(f"  Presidio AnalyzerEngine fr, chaque cellule          : {cells / pres.cpu:8,.0f} cellules/s CPU "
                  f"({cells / pres.wall:,.0f}/s mur)")
            ratios.append(pres.cpu / ours.cpu)
            print(f"  rapport dqpub / Presidio : {ratios[-1]:.1f}× en CPU ({pres.wall / ours.wall:.1f}× en temps mur) ; "
                  f"si Presidio ne lisait que les valeurs distinctes : ~{ratios[-1] * n_distinct / cells:.1f}× (estimé)")
        if not ratios:
            continue
        ratio = statistics.median(ratios)
        if repeat > 1:
            print(f"  rapport médian sur {repeat} répétitions alternées : {ratio:.1f}× (de {min(ratios):.1f} à "
                  f"{max(ratios):.1f}×)")
        if abs(share - 0.6) < 1e-9:
            ok &= ratio >= 10
            print(f"  cible ≥ 10× à 60 % de valeurs distinctes : {'OK' if ratio >= 10 else 'NON ATTEINTE'}")
    # per cell, no deduplication: one find_spans call per cell, like Presidio's analyze
    texts = build_distinct(cells, 1.0, seed)
    with _Clock() as ours:
        for x in texts:
            detect.find_spans(x, kinds=kinds, ner=True)
    line = (f"\nÀ la cellule, sans déduplication ({cells:,} cellules distinctes, un appel find_spans par cellule) : "
            f"{cells / ours.cpu:,.0f} cellules/s CPU ({cells / ours.wall:,.0f}/s mur)")
    if analyzer is not None:
        with _Clock() as pres:
            for x in texts:
                analyzer.analyze(text=x, language="fr")
        line += (f" ; Presidio {cells / pres.cpu:,.0f} cellules/s CPU ({cells / pres.wall:,.0f}/s mur) ; "
                 f"rapport {pres.cpu / ours.cpu:.1f}× en CPU ({pres.wall / ours.wall:.1f}× en temps mur)")
    print(line)
    return 0 if ok else 1


def read_csv(path: Path, rows: int) -> pa.Table:
    import pyarrow.csv as pacsv

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    delim = csv.Sniffer().sniff(text[:20000].split("\n", 1)[0], delimiters=";,\t|").delimiter
    table = pacsv.read_csv(io.BytesIO(text.encode("utf-8")), parse_options=pacsv.ParseOptions(delimiter=delim),
                           convert_options=pacsv.ConvertOptions(include_columns=list(COLUMNS),
                                                                column_types={c: pa.string() for c in COLUMNS}))
    return table.slice(0, rows)


def rss_mb() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 1e6
    except ImportError:
        return float("nan")


def main(  # noqa: C901 - the command line: one branch per option
    argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--presidio-sample", type=int, default=2000)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--distinct", type=float, nargs="+", metavar="PART",
                    help="corpus de --cells cellules de texte libre dont cette part est distincte (p. ex. 0.1 0.6 1.0), "
                         "comparé à Presidio cellule par cellule, plus une mesure à la cellule sans déduplication")
    ap.add_argument("--cells", type=int, default=4000, help="taille du corpus de --distinct (4 000 par défaut)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="--distinct : les deux moteurs alternés N fois, caches de mots vidés ; le rapport médian décide "
                         "(un passage varie de 20 à 30 %% sur une machine partagée)")
    args = ap.parse_args(argv)
    if args.distinct:
        if not all(0 < x <= 1 for x in args.distinct):
            ap.error("--distinct : une part entre 0 (exclu) et 1")
        return run_distinct(args.distinct, args.cells, args.seed, not args.no_presidio, max(1, args.repeat))

    t = time.perf_counter()
    planted: dict[tuple[int, int], list[str]] | None = None
    if CSV_PATH.exists():
        table = read_csv(CSV_PATH, args.rows)
        source = f"{CSV_PATH.relative_to(ROOT)} ({table.num_rows} lignes lues)"
    else:
        table, planted = build(args.rows, args.seed)
        source = f"généré en mémoire ({table.num_rows} lignes, graine {args.seed})"
    t_build = time.perf_counter() - t
    cols = [table[c].combine_chunks() for c in COLUMNS]
    n_cells = sum(len(c) for c in cols)
    n_text = sum(len(c) - c.null_count for c in cols)
    distinct = sum(len(detect.distinct_counts(c)[0]) for c in cols)
    print(f"Données : {source} en {t_build:.1f} s ; colonnes {', '.join(COLUMNS)}")
    print(f"  {n_cells:,} cellules, {n_text:,} non vides, {distinct:,} valeurs distinctes "
          f"({distinct / max(n_text, 1):.1%})" + (f", {len(planted):,} cellules avec renseignements plantés"
                                                  if planted is not None else ""))

    # 1. structured scan
    t = time.perf_counter()
    scan = [detect.scan_column(c) for c in cols]
    t_scan = time.perf_counter() - t
    found = {k: sum(s.get(k, 0) for s in scan) for k in detect.STRUCTURED_KINDS}
    print(f"\n1. Balayage structuré (scan_column, toutes les cellules) : {t_scan:.2f} s — "
          f"{n_cells / t_scan:,.0f} cellules/s ; cellules détectées : { {k: v for k, v in found.items() if v} }")

    # 2. NER + scrub (model load measured apart)
    t = time.perf_counter()
    from dqpub.privacy import name_lexicons, ner

    ner.get_nlp()
    name_lexicons.common_word("x")
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    scrubbed, counts = [], {}
    for c in cols:
        out, n = detect.scrub(c, ner=True)
        scrubbed.append(out)
        for k, v in n.items():
            counts[k] = counts.get(k, 0) + v
    t_scrub = time.perf_counter() - t
    print(f"2. NER + épuration (scrub, toutes les cellules de texte libre) : {t_scrub:.2f} s — "
          f"{n_cells / t_scrub:,.0f} cellules/s (chargement du modèle en plus : {t_load:.1f} s, une fois) ; "
          f"cellules épurées : {counts}")

    # 3. re-scan of the output, as anonymize does
    t = time.perf_counter()
    after = [detect.scan_column(c) for c in scrubbed]
    t_after = time.perf_counter() - t
    left = {k: sum(s.get(k, 0) for s in after) for k in detect.STRUCTURED_KINDS}
    t_full = t_scan + t_scrub + t_after
    print(f"3. Passe complète (balayage + épuration + re-balayage de la sortie) : {t_full:.2f} s — "
          f"{n_cells / t_full:,.0f} cellules/s ; restant après épuration : {sum(left.values())} cellule(s)")
    print(f"   mémoire résidente : {rss_mb():,.0f} Mo")

    leak_ours = None
    if planted is not None:
        outs = [c.to_pylist() for c in scrubbed]
        vals = [(outs[ci][row], v) for (ci, row), vs in planted.items() for v in vs]
        leaked = [v for cell, v in vals if v in cell]
        leak_ours = len(leaked) / len(vals)
        print(f"   valeurs plantées encore présentes après épuration : {len(leaked)} / {len(vals)} "
              f"(rappel {1 - leak_ours:.2%})")
        ins = [c.to_pylist() for c in cols]
        changed = sum(1 for ci in range(len(cols)) for row, (a, b) in enumerate(zip(ins[ci], outs[ci]))
                      if a != b and (ci, row) not in planted)
        print(f"   cellules SANS renseignement planté modifiées quand même (faux positifs) : {changed:,} "
              f"sur {n_text - len(planted):,}")

    if args.no_presidio:
        return 0

    # 4. Presidio on a sample
    import presidio_fr

    r = random.Random(args.seed)
    all_cells = [(ci, i) for ci, c in enumerate(cols) for i in range(len(c)) if c[i].is_valid]
    sample = r.sample(all_cells, min(args.presidio_sample, len(all_cells)))
    texts = [cols[ci][i].as_py() for ci, i in sample]
    t = time.perf_counter()
    analyzer = presidio_fr.build_analyzer(False)
    analyzer.analyze(text="Préchauffage du modèle.", language="fr")
    t_pload = time.perf_counter() - t
    t = time.perf_counter()
    pres = [analyzer.analyze(text=x, language="fr") for x in texts]
    t_pres = time.perf_counter() - t
    rate_p = len(texts) / t_pres
    print(f"\n4. Presidio AnalyzerEngine (fr, reconnaisseurs par défaut) sur un ÉCHANTILLON de {len(texts):,} "
          f"cellules : {t_pres:.2f} s — {rate_p:,.0f} cellules/s (construction {t_pload:.1f} s en plus)")
    print(f"   extrapolé à toutes les cellules ({n_cells:,}) : ~{n_cells / rate_p:,.0f} s "
          f"(~{n_cells / rate_p / 60:,.1f} min) — ESTIMATION, pas une mesure")

    # 5. our detectors on the same sample, every cell analyzed (no repeated-value benefit)
    t = time.perf_counter()
    ours_sample = [detect.find_spans(x, ner=True) for x in texts]  # one call per cell, like Presidio
    t_os = time.perf_counter() - t
    rate_o = len(texts) / t_os
    print(f"5. dqpub sur le même échantillon, chaque cellule analysée (sans déduplication) : {t_os:.2f} s — "
          f"{rate_o:,.0f} cellules/s ({rate_o / rate_p:.1f}× Presidio à la cellule)")

    ratio = (n_cells / t_full) / rate_p
    print(f"\nRapport passe complète dqpub / Presidio : {n_cells / t_full:,.0f} ÷ {rate_p:,.0f} cellules/s = "
          f"{ratio:,.0f}× (cible ≥ 10×) {'OK' if ratio >= 10 else 'NON ATTEINTE'}")

    # 6. recall on planted values in the sample
    def covered(text: str, value: str, spans: list[tuple[int, int]]) -> bool:
        start = text.find(value)
        if start < 0:
            return True
        mask = [False] * len(value)
        for s, e in spans:
            for j in range(max(s, start), min(e, start + len(value))):
                mask[j - start] = True
        return all(m or not value[j].isalnum() for j, m in enumerate(mask))

    if planted is not None:
        tot = ok_p = ok_o = 0
        for (ci, i), text, pr, os_ in zip(sample, texts, pres, ours_sample):
            for v in planted.get((ci, i), []):
                tot += 1
                ok_p += covered(text, v, [(x.start, x.end) for x in pr])
                ok_o += covered(text, v, [(x.start, x.end) for x in os_])
        if tot:
            print(f"6. Rappel sur les {tot} valeurs plantées de l'échantillon : dqpub {ok_o / tot:.1%}, "
                  f"Presidio {ok_p / tot:.1%} (toute entité Presidio comptée, même LOCATION ou DATE_TIME)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
