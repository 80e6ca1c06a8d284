"""The after-scan: nothing published escapes it. Every column that carries source values as they
are (public, quasi after generalization, sensitive, undeclared, the columns an aggregate table keeps)
is read for every kind the detectors know, person names included, minus the kinds its declaration
allows (``privacy.renseignements``); free text, already scrubbed, for the structured kinds. Any
finding stops the dataset, with the column, the kinds and the counts, never a value.

Cheap: distinct values only, each read once across the batches (``detect.ColumnKinds``); the model
reads only string columns, only their distinct values with a capital letter; a column whose values
the schema lists (``enum``, checked by the validation) is judged on that list; dates, times and
booleans are not read. Batch by batch: :meth:`AfterScan.add` counts, :meth:`AfterScan.finish`
raises for the first field (in the schema's order) where something was found.
"""

from __future__ import annotations

import pyarrow as pa

from dqpub.privacy import detect
from dqpub.core.errors import PrivacyError
from dqpub.core.schema import DECLARING, NEVER_DECLARABLE, RENSEIGNEMENTS, declared_kinds, privacy_category

KIND_NAMES = RENSEIGNEMENTS  # kind -> French label, for messages
# Arrow types whose values cannot hold any kind of personal information the detectors know.
_UNSCANNED_TYPES = (pa.types.is_boolean, pa.types.is_date, pa.types.is_timestamp, pa.types.is_time)


class AfterScan:
    """The after-scan of the published fields ``out_fields``, over the batches of the output."""

    def __init__(self, out_fields: list[dict], dataset: str):
        self.fields = out_fields
        self.dataset = dataset
        self._scanners: dict[str, detect.ColumnKinds] | None = None  # set on the first batch (types)
        self.found: dict[str, dict[str, int]] = {}

    def _plan(self, schema: pa.Schema) -> dict[str, detect.ColumnKinds]:
        scanners = {}
        for f in self.fields:
            category = privacy_category(f)
            if category in ("direct", "pseudonym"):
                continue
            col_type = schema.field(f["name"]).type
            if any(is_type(col_type) for is_type in _UNSCANNED_TYPES):
                continue
            unchanged = category != "quasi" or f["privacy"].get("generalize", {}).get("method", "none") == "none"
            enum = unchanged and bool((f.get("constraints") or {}).get("enum"))
            if category == "free-text":
                kinds, ner = detect.STRUCTURED_KINDS, False
            else:
                declared = declared_kinds(f)
                kinds = tuple(k for k in RENSEIGNEMENTS if k not in declared)
                ner = ("nom" in kinds and category is not None and not enum  # undeclared: names read before
                       and (pa.types.is_string(col_type) or pa.types.is_large_string(col_type)))
            if enum and category != "free-text":
                # every value is one the schema lists: reading the list is enough, unless it holds a kind
                listed = [str(v) for v in f["constraints"]["enum"]]
                ner = "nom" in kinds and category is not None
                if not detect.kinds_in_column(listed, kinds=kinds, ner=ner):
                    continue
            scanners[f["name"]] = detect.ColumnKinds(kinds=kinds, ner=ner)
        return scanners

    def add(self, batch: pa.RecordBatch | pa.Table) -> None:
        if self._scanners is None:
            self._scanners = self._plan(batch.schema)
        for name, scanner in self._scanners.items():
            for kind, n in scanner.counts(batch.column(name)).items():
                per_kind = self.found.setdefault(name, {})
                per_kind[kind] = per_kind.get(kind, 0) + n

    def finish(self) -> None:
        for f in self.fields:
            found = detect.sort_kinds(self.found.get(f["name"], {}))
            if found:
                raise PrivacyError(_undeclared_message(f, privacy_category(f), found), dataset=self.dataset,
                                   column=f["name"], rule="détection après anonymisation")


def scan_after(table: pa.Table, out_fields: list[dict], dataset: str) -> None:
    """The after-scan of a whole table (one batch)."""
    scan = AfterScan(out_fields, dataset)
    scan.add(table)
    scan.finish()


def _undeclared_message(f: dict, category: str | None, found: dict[str, int]) -> str:
    """French, counts and kinds only: what was found, and which declaration would allow it."""
    what = ", ".join(f"{KIND_NAMES.get(k, k)} « {k} » ({n} cellule{'s' if n > 1 else ''})" for k, n in found.items())
    head = f"renseignements personnels dans une colonne publiée ({category or 'non classée'}) : {what}. Rien n'est publié."
    if category == "free-text":
        return head + " Le texte libre épuré en contient encore : signalez-le à l'équipe (détecteur)."
    never = [k for k in found if k in NEVER_DECLARABLE]
    allowable = [k for k in found if k not in NEVER_DECLARABLE]
    tail = []
    if never:
        tail.append(f"« {'», «'.join(never)} » : aucune déclaration ne le permet (jamais à caractère public) ; "
                    "corrigez la source ou classez le champ « direct »")
    if allowable and category in DECLARING:
        kinds = sorted(set(declared_kinds(f)) | set(allowable), key=list(RENSEIGNEMENTS).index)
        decl = ", ".join(f'"{k}"' for k in kinds)
        tail.append(f"si ces valeurs sont à caractère public, déclarez-les avec leur fondement : "
                    f'"privacy": {{"category": "{category}", "renseignements": [{decl}], "fondement": "…"}} ; '
                    "sinon corrigez la source (valeurs saisies dans la mauvaise colonne ?)")
    elif allowable:
        tail.append("classez ce champ dans le schéma (« privacy ») ou corrigez la source")
    text = " ; ".join(tail)
    return f"{head} {text[:1].upper()}{text[1:]}."
