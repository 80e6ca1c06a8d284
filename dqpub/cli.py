"""``dqpub``: the command line. Each command mirrors a Python function:

    dqpub plan                      → dqpub.inventory.plan(pull_inventory(settings))
    dqpub run [JEU…] [--dry-run]    → dqpub.pipeline.run_inventory(...)   (--prefect: flows.publication)
    dqpub validate JEU              → dqpub.pipeline.validate_dataset(...)
    dqpub rollback JEU VERSION      → dqpub.pipeline.rollback_dataset(...)
    dqpub reevaluer [JEU…]          → dqpub.reevaluate.reevaluate(...)
"""

from __future__ import annotations

import argparse
import contextlib
import sys

from dqpub.errors import DqpubError
from dqpub.settings import Settings

ICONS = {"en attente": "⏸", "non approuvé": "⏸", "publié": "✔", "inchangé": "=", "simulation": "~", "refusé": "⛔", "ignoré": "-", "échec": "✘"}


def _settings(args) -> Settings:
    return Settings().with_(target=getattr(args, "target", None), inventory=getattr(args, "inventory", None))


def cmd_plan(args) -> int:
    from dqpub.inventory import plan, pull_inventory

    items = plan(pull_inventory(_settings(args)), args.datasets or None)
    width = max(len(i.entry.identifiant) for i in items)
    for i in items:
        print(f"{i.entry.identifiant:<{width}}  {'publier' if i.publish else 'non':<8} {i.reason}")
    return 0


def _print_result(res) -> None:
    print(_line(res), flush=True)


def _line(res) -> str:
    figures = ""
    if res.rows is not None:
        figures = f" [{res.rows} lignes, {res.identifiers_removed} identifiants retirés, {res.duration_s} s]"
    return (f"{ICONS.get(res.status, '?')} {res.dataset:<42} {res.status:<10} {res.version or '':<8} "
            f"{res.message}{figures}")


@contextlib.contextmanager
def _progress():
    """A live line « jeu : étape » on a terminal; plain result lines otherwise (logs, CI)."""
    from dqpub.pipeline import direct

    if not sys.stdout.isatty():
        yield direct, _print_result
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("inventaire", total=None)
        current = {"jeu": ""}

        def call(step, fn, *args, **kwargs):
            current["jeu"] = kwargs.get("dataset") or current["jeu"]
            bar.update(task, description=f"{current['jeu'] or 'inventaire'} : {step}…")
            return fn(*args, **kwargs)

        def on_result(res):
            bar.console.print(_line(res), highlight=False)

        yield call, on_result


def cmd_run(args) -> int:
    settings = _settings(args)
    if args.prefect:
        from flows.publication import publication

        state = publication(datasets=args.datasets or None, dry_run=args.dry_run, force=args.force,
                            target=settings.target, inventory=settings.inventory, approved=args.approve,
                            return_state=True)
        return 0 if state.is_completed() else 1
    from dqpub.pipeline import drop_pending, run_inventory
    from publishers import get_publisher

    publisher = get_publisher(settings.target, portal_dir=settings.portal_dir)
    print(f"Publication vers la cible « {settings.target} »" + (" (simulation)" if args.dry_run else ""))
    with _progress() as (call, on_result):
        summary = run_inventory(settings, publisher, args.datasets or None, dry_run=args.dry_run,
                                force=args.force, on_result=on_result, approved=frozenset(args.approve),
                                call=call)
    held = [r for r in summary.results if r.status == "en attente"]
    for r in held:
        drop_pending(r)
    if held:
        print("À approuver : relancez avec " + " ".join(f"--approve {r.dataset}" for r in held))
    counts: dict[str, int] = {}
    for r in summary.results:
        counts[r.status] = counts.get(r.status, 0) + 1
    print("Bilan : " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    if settings.target == "local":
        print(f"Portail local : {settings.portal_dir}")
    return 1 if summary.failed else 0


def cmd_validate(args) -> int:
    from dqpub.inventory import pull_inventory
    from dqpub.pipeline import validate_dataset

    settings = _settings(args)
    inventory = pull_inventory(settings)
    report = validate_dataset(inventory.get(args.dataset), inventory, settings)
    text = {"md": report.to_markdown, "json": report.to_json, "html": report.to_html}[args.format]()
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
        print(report.summary_fr())
    else:
        print(text)
    return 0 if report.valid else 1


def cmd_rollback(args) -> int:
    from dqpub.inventory import pull_inventory
    from dqpub.pipeline import rollback_dataset
    from publishers import get_publisher

    settings = _settings(args)
    entry = pull_inventory(settings).get(args.dataset)
    publisher = get_publisher(settings.target, portal_dir=settings.portal_dir)
    res = rollback_dataset(entry, settings, publisher, args.version, dry_run=args.dry_run)
    _print_result(res)
    return 1 if res.failed else 0


def cmd_reevaluer(args) -> int:
    from dqpub.reevaluate import reevaluate
    from publishers import get_publisher

    settings = _settings(args)
    publisher = get_publisher(settings.target, portal_dir=settings.portal_dir)
    result = reevaluate(settings, publisher, args.datasets or None)
    print(result.markdown(), end="")
    for slug, path in result.records.items():
        print(f"Registre : {path}")
    if result.failed:
        print(f"Alerte : {result.message()}", file=sys.stderr)
        return 1
    print(result.message())
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dqpub", description="Publication des données ouvertes du MSP sur Données Québec")
    p.add_argument("--inventory", help="inventaire (chemin local ou URL http(s)) ; défaut : datasets/inventaire.csv")
    sub = p.add_subparsers(dest="command", required=True)

    sp = sub.add_parser("plan", help="ce que la prochaine exécution publierait, et pourquoi")
    sp.add_argument("datasets", nargs="*", metavar="JEU")
    sp.set_defaults(func=cmd_plan)

    sr = sub.add_parser("run", help="publier les jeux de l'inventaire (tous, ou ceux nommés)")
    sr.add_argument("datasets", nargs="*", metavar="JEU")
    sr.add_argument("--dry-run", action="store_true", help="simulation : montrer ce qui serait publié")
    sr.add_argument("--force", action="store_true", help="republier même si la source n'a pas changé")
    sr.add_argument("--target", help="cible : local (défaut), ckan-local, pab, production")
    sr.add_argument("--prefect", action="store_true", help="exécuter le flux Prefect « publication »")
    sr.add_argument("--approve", action="append", default=[], metavar="JEU",
                    help="approuver la publication de ce jeu malgré un risque signalé (répétable)")
    sr.set_defaults(func=cmd_run)

    sv = sub.add_parser("validate", help="valider un jeu contre son schéma, sans publier")
    sv.add_argument("dataset", metavar="JEU")
    sv.add_argument("--format", choices=["md", "json", "html"], default="md")
    sv.add_argument("--output", "-o", help="écrire le rapport dans ce fichier")
    sv.set_defaults(func=cmd_validate)
    sb = sub.add_parser("rollback", help="rendre courante une version passée (publiée comme nouvelle version)")
    sb.add_argument("dataset", metavar="JEU")
    sb.add_argument("version", metavar="VERSION")
    sb.add_argument("--target", help="cible : local (défaut), ckan-local, pab, production")
    sb.add_argument("--dry-run", action="store_true")
    sb.set_defaults(func=cmd_rollback)
    se = sub.add_parser("reevaluer", help="réévaluer le risque de ce qui est publié (détecteurs, k, l, liaison)")
    se.add_argument("datasets", nargs="*", metavar="JEU")
    se.add_argument("--target", help="cible : local (défaut), ckan-local, pab, production")
    se.set_defaults(func=cmd_reevaluer)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except DqpubError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
