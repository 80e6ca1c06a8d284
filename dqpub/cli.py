"""``dqpub``: the command line. Each command mirrors a Python function:

    dqpub plan                      → dqpub.inventory.plan(pull_inventory(settings))
    dqpub run [JEU…] [--dry-run]    → dqpub.pipeline.run_inventory(...)   (--prefect: flows.publication)
    dqpub validate JEU              → dqpub.pipeline.validate_dataset(...)
    dqpub rollback JEU VERSION      → dqpub.pipeline.rollback_dataset(...)
    dqpub reevaluer [JEU…]          → dqpub.reevaluate.reevaluate(...)
    dqpub etat [JEU…]               → dqpub.status.dataset_status(settings, publisher)
    dqpub nouveau JEU SOURCE        → dqpub.describe.propose(...), then a dry run (pipeline.run_dataset)

Exit codes: 0 all went well (a restricted or inactive dataset left out by the plan is normal),
1 at least one dataset failed (validation, privacy, portal; re-evaluation: something to review),
2 bad usage (argparse), 3 unusable inventory or configuration (missing token, unknown target…).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys

from dqpub.core.errors import DqpubError
from dqpub.core.status import Status
from dqpub.core.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CONFIG = 0, 1, 2, 3
EXAMPLES = """exemples :
  dqpub plan                                   ce qui serait publié, et pourquoi pas les autres
  dqpub run                                    publier les jeux dus vers le portail local
  dqpub run bottin-des-services-de-police --dry-run --target ckan-local
  dqpub run --json > bilan.json                résultat lisible par un script
  dqpub validate evenements-de-securite-civile --format html -o rapport.html
  dqpub etat                                   ce qui est publié, depuis quand, et la prochaine échéance
  dqpub etat --json
  dqpub nouveau mon-jeu chemin/vers/source.csv  proposer schéma, confidentialité et ligne d'inventaire
  dqpub reevaluer                              réévaluer le risque de ce qui est publié (mensuel)

codes de sortie : 0 tout va bien ; 1 au moins un jeu en échec ; 2 mauvaise utilisation ;
3 inventaire ou configuration inutilisable (jeton manquant, cible inconnue…)
"""
ICONS = {Status.PENDING: "⏸", Status.NOT_APPROVED: "⏸", Status.PUBLISHED: "✔", Status.UNCHANGED: "=",
         Status.DRY_RUN: "~", Status.REFUSED: "⛔", Status.SKIPPED: "-", Status.FAILED: "✘"}


def _settings(args) -> Settings:
    return Settings().with_(target=getattr(args, "target", None), inventory=getattr(args, "inventory", None))


def _json_out(data) -> None:
    """Indented JSON; a list one element per line (``indent`` takes the pure-Python encoder: 10,000
    lines of ``dqpub etat --json`` cost a second; the C one encodes each line)."""
    if isinstance(data, list) and data:
        print("[\n" + ",\n".join("  " + json.dumps(d, ensure_ascii=False, default=str) for d in data) + "\n]")
    else:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def cmd_plan(args) -> int:
    from dqpub.inventory import plan, pull_inventory

    items = plan(pull_inventory(_settings(args)), args.datasets or None)
    if args.json:
        _json_out([{"jeu": i.entry.slug, "publier": i.publish, "raison": i.reason} for i in items])
        return EXIT_OK
    width = max(len(i.entry.slug) for i in items)
    for i in items:
        print(f"{i.entry.slug:<{width}}  {'publier' if i.publish else 'non':<8} {i.reason}")
    return 0


def _print_result(res) -> None:
    print(_line(res), flush=True)


def _line(res) -> str:
    figures = ""
    if res.rows is not None:
        figures = f" [{res.rows} lignes, {res.identifiers_removed} identifiants retirés, {res.duration_s} s]"
    report = f" — rapport : {res.reports['html']}" if res.failed and res.reports.get("html") else ""
    return (f"{ICONS.get(res.status, '?')} {res.dataset:<42} {res.status:<10} {res.version or '':<8} "
            f"{res.message}{figures}{report}")


@contextlib.contextmanager
def _progress(quiet: bool = False, silent: bool = False):
    """A live line « jeu : étape » on a terminal; plain result lines otherwise (logs, CI). ``quiet``:
    only failed datasets' lines; ``silent``: none (``--json`` prints the results at the end)."""
    from dqpub.pipeline import direct

    if silent or quiet or not sys.stdout.isatty():
        def on_result(res):
            if not silent and (res.failed or not quiet):
                _print_result(res)

        yield direct, on_result
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("inventaire", total=None)
        current = {"jeu": ""}

        def call(step, fn, *args, **kwargs):
            current["jeu"] = kwargs.get("dataset") or current["jeu"]
            bar.update(task, description=f"{current['jeu'] or 'inventaire'} : {step.name}…")
            return fn(*args, **kwargs)

        def on_result(res):
            bar.console.print(_line(res), highlight=False)

        yield call, on_result


def cmd_run(args) -> int:
    settings = _settings(args)
    if args.prefect:
        from flows.publication import publish_inventory

        state = publish_inventory(datasets=args.datasets or None, dry_run=args.dry_run, force=args.force,
                                  target=settings.target, inventory=settings.inventory, approved=args.approve,
                                  return_state=True)
        if args.json:
            _json_out(state.result(raise_on_failure=False) if state.is_completed() else
                      {"erreur": str(state.message or "")})
        return EXIT_OK if state.is_completed() else EXIT_FAILED
    from dqpub.pipeline import RunOptions, drop_pending, run_inventory
    from publishers import open_target

    publisher = open_target(settings)
    say = (lambda *a: None) if args.json or args.quiet else print
    say(f"Publication vers la cible « {settings.target} »" + (" (simulation)" if args.dry_run else ""))
    with _progress(quiet=args.quiet, silent=args.json) as (call, on_result):
        options = RunOptions(dry_run=args.dry_run, force=args.force, approved=frozenset(args.approve))
        summary = run_inventory(settings, publisher, args.datasets or None, options, on_result=on_result, call=call)
    held = [r for r in summary.results if r.status == Status.PENDING]
    for r in held:
        drop_pending(r)
    if args.json:
        _json_out({"execution": summary.run_id, "cible": summary.target,
                   "jeux": [r.public() for r in summary.results]})
        return EXIT_FAILED if summary.failed else EXIT_OK
    if held:
        print("À approuver : relancez avec " + " ".join(f"--approve {r.dataset}" for r in held))
    counts: dict[str, int] = {}
    for r in summary.results:
        counts[r.status] = counts.get(r.status, 0) + 1
    if summary.failed or not args.quiet:
        print("Bilan : " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    if settings.target == "local" and not args.quiet:
        print(f"Portail local : {settings.portal_dir}")
    return EXIT_FAILED if summary.failed else EXIT_OK


def cmd_validate(args) -> int:
    from dqpub.inventory import pull_inventory
    from dqpub.pipeline import validate_dataset

    settings = _settings(args)
    inventory = pull_inventory(settings)
    report = validate_dataset(inventory.get(args.dataset), inventory, settings)
    fmt = "json" if args.json else args.format
    text = {"md": report.to_markdown, "json": report.to_json, "html": report.to_html}[fmt]()
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
        print(report.summary_fr())
    else:
        print(text)
    return EXIT_OK if report.valid else EXIT_FAILED


def cmd_status(args) -> int:
    from dqpub.status import dataset_status, status_text
    from publishers import open_target

    settings = _settings(args)
    publisher = open_target(settings)
    rows = dataset_status(settings, publisher, args.datasets or None)
    if args.json:
        _json_out([r.to_dict() for r in rows])
    else:
        print(status_text(rows))
    return EXIT_OK


def cmd_nouveau(args) -> int:
    """Propose schema, dataset.yaml and inventory row (dqpub.describe.propose), write them (or print
    them with --stdout), then a dry run of the pipeline on the proposal: nothing is published."""
    import dataclasses
    import tempfile
    from pathlib import Path

    from dqpub import describe
    from dqpub.core.config import Entry, Inventory
    from dqpub.pipeline import RunOptions, new_run_id, run_dataset
    from publishers import open_target

    settings = _settings(args)
    kind = "sql" if args.requete else "url" if args.source.startswith(("http://", "https://")) else "fichier"
    options = {k: v for k, v in (("query", args.requete), ("sheet", args.feuille)) if v}
    where = str(Path(args.source).resolve()) if kind == "fichier" else args.source  # from here, not datasets/
    proposal = describe.propose(kind, where, slug=args.identifiant, settings=settings, options=options,
                                title=args.titre, unit=args.unite, frequency=args.frequence)
    with tempfile.TemporaryDirectory(prefix="dqpub-nouveau-") as tmp:
        run_settings = settings
        if args.stdout:
            print(f"# schemas/{proposal.slug}.schema.json\n{proposal.schema_json()}")
            print(f"# datasets/{proposal.slug}/dataset.yaml\n{proposal.dataset_yaml()}")
            print(f"# ligne de l'inventaire\n{proposal.inventory_line(header=True)}")
            run_settings = dataclasses.replace(settings, schemas_dir=Path(tmp), datasets_dir=Path(tmp))
            describe.write(proposal, schemas_dir=Path(tmp), datasets_dir=Path(tmp), inventory=None)
        else:
            inventory = Path(settings.inventory) if "://" not in settings.inventory else None
            for path in describe.write(proposal, schemas_dir=settings.schemas_dir,
                                       datasets_dir=settings.datasets_dir, inventory=inventory):
                print(f"Écrit : {path}")
        print(describe.summary_fr(proposal))
        entry = Entry.from_row({**proposal.row, "actif": True})  # simulated as active: « actif » stays non
        res = run_dataset(entry, Inventory(entries=(entry,), base_dir=describe.inventory_base(settings)),
                          run_settings, open_target(settings),
                          run_id=new_run_id(), options=RunOptions(dry_run=True))
    print("Simulation : " + _line(res))
    if res.reports.get("publication"):
        print(f"Rapport de la simulation : {res.reports['publication']}")
    return EXIT_OK if proposal.report.valid and not res.failed else EXIT_FAILED


def cmd_rollback(args) -> int:
    from dqpub.inventory import pull_inventory
    from dqpub.pipeline import rollback_dataset
    from publishers import open_target

    settings = _settings(args)
    entry = pull_inventory(settings).get(args.dataset)
    publisher = open_target(settings)
    try:
        res = rollback_dataset(entry, settings, publisher, args.version, dry_run=args.dry_run)
    except DqpubError as exc:  # e.g. a version the target no longer keeps: this dataset's failure
        print(f"Erreur : {exc}", file=sys.stderr)
        return EXIT_FAILED
    _print_result(res)
    return EXIT_FAILED if res.failed else EXIT_OK


def cmd_reevaluate(args) -> int:
    from dqpub.reevaluate import reevaluate
    from publishers import open_target

    settings = _settings(args)
    publisher = open_target(settings)
    result = reevaluate(settings, publisher, args.datasets or None)
    print(result.markdown(), end="")
    for slug, path in result.records.items():
        print(f"Registre : {path}")
    if result.failed:
        print(f"Alerte : {result.message()}", file=sys.stderr)
        return EXIT_FAILED
    print(result.message())
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:  # one declarative list of the commands and their options
    p = argparse.ArgumentParser(prog="dqpub", description="Publication des données ouvertes du MSP sur Données Québec",
                                epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action=_VersionAction, nargs=0, help="affiche la version et quitte")
    p.add_argument("--inventory", help="inventaire (chemin local ou URL http(s)) ; défaut : datasets/inventaire.csv")
    p.add_argument("-v", "--verbose", action="count", default=0,
                   help="plus de détails (-v : nouvelles tentatives, étapes ; -vv : tout)")
    p.add_argument("-q", "--quiet", action="store_true", help="seulement les jeux en échec et les erreurs")
    sub = p.add_subparsers(dest="command", required=True)

    sp = sub.add_parser("plan", help="ce que la prochaine exécution publierait, et pourquoi")
    sp.add_argument("datasets", nargs="*", metavar="JEU")
    sp.add_argument("--json", action="store_true", help="sortie JSON (pour un script)")
    sp.set_defaults(func=cmd_plan)

    sr = sub.add_parser("run", help="publier les jeux de l'inventaire (tous, ou ceux nommés)")
    sr.add_argument("datasets", nargs="*", metavar="JEU")
    sr.add_argument("--dry-run", action="store_true", help="simulation : montrer ce qui serait publié")
    sr.add_argument("--force", action="store_true", help="republier même si la source n'a pas changé")
    sr.add_argument("--target", help="cible : local (défaut), ckan-local, pab, production")
    sr.add_argument("--prefect", action="store_true", help="exécuter le flux Prefect « publication »")
    sr.add_argument("--approve", action="append", default=[], metavar="JEU",
                    help="approuver la publication de ce jeu malgré un risque signalé (répétable)")
    sr.add_argument("--json", action="store_true", help="résultats en JSON à la fin (pour un script)")
    sr.set_defaults(func=cmd_run)

    sv = sub.add_parser("validate", help="valider un jeu contre son schéma, sans publier")
    sv.add_argument("dataset", metavar="JEU")
    sv.add_argument("--format", choices=["md", "json", "html"], default="md")
    sv.add_argument("--output", "-o", help="écrire le rapport dans ce fichier")
    sv.add_argument("--json", action="store_true", help="le rapport en JSON (comme --format json)")
    sv.set_defaults(func=cmd_validate)
    sb = sub.add_parser("rollback", help="rendre courante une version passée (publiée comme nouvelle version)")
    sb.add_argument("dataset", metavar="JEU")
    sb.add_argument("version", metavar="VERSION")
    sb.add_argument("--target", help="cible : local (défaut), ckan-local, pab, production")
    sb.add_argument("--dry-run", action="store_true")
    sb.set_defaults(func=cmd_rollback)
    sr2 = sub.add_parser("reevaluer", help="réévaluer le risque de ce qui est publié (détecteurs, k, l, liaison)")
    sr2.add_argument("datasets", nargs="*", metavar="JEU")
    sr2.add_argument("--target", help="cible : local (défaut), ckan-local, pab, production")
    sr2.set_defaults(func=cmd_reevaluate)

    sn = sub.add_parser("nouveau", help="proposer le schéma, la politique de confidentialité et la ligne "
                        "d'inventaire d'un nouveau jeu, puis les vérifier (rien n'est publié)")
    sn.add_argument("identifiant", metavar="JEU")
    sn.add_argument("source", metavar="SOURCE", help="chemin, URL http(s), ou URL SQLAlchemy avec --requete")
    sn.add_argument("--requete", help="source SQL : la requête (SELECT …)")
    sn.add_argument("--feuille", help="XLSX : nom de la feuille (défaut : la première)")
    sn.add_argument("--titre", help="titre du jeu (défaut : tiré de l'identifiant)")
    sn.add_argument("--unite", help="unité responsable")
    sn.add_argument("--frequence", default="irregular", help="code de fréquence de Données Québec (défaut : irregular)")
    sn.add_argument("--target", help="cible de la simulation : local (défaut), ckan-local, pab, production")
    sn.add_argument("--stdout", action="store_true", help="tout afficher au lieu d'écrire les fichiers")
    sn.set_defaults(func=cmd_nouveau)

    se = sub.add_parser("etat", help="ce qui est publié, depuis quand, dernier résultat et prochaine échéance")
    se.add_argument("datasets", nargs="*", metavar="JEU")
    se.add_argument("--target", help="cible : local (défaut), ckan-local, pab, production")
    se.add_argument("--json", action="store_true", help="sortie JSON (pour un script)")
    se.set_defaults(func=cmd_status)
    return p


class _VersionAction(argparse.Action):
    """``--version``, the package metadata read only when asked: importlib.metadata costs every command
    about 0.1 s of start-up (email, zipfile, csv of the distribution's files)."""

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dqpub")
    except PackageNotFoundError:
        return "inconnue"


def configure_logging(verbose: int = 0, quiet: bool = False) -> None:
    """Configured once, here: warnings by default, retries and steps with -v, everything with -vv.
    Prefect's own telemetry is off (the ministry's servers have no internet access: it would only
    print tracebacks)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    level = logging.ERROR if quiet else {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=logging.WARNING if verbose < 2 else logging.DEBUG,
                        format="%(levelname)s %(name)s : %(message)s")
    for name in ("dqpub", "publishers", "flows"):
        logging.getLogger(name).setLevel(level)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose, args.quiet)
    try:
        return args.func(args)
    except DqpubError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except BrokenPipeError:  # « dqpub etat --json | head »: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit's flush
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
