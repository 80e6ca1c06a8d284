"""A form's fields pasted into a comment (« Employeur : X », « civique=1420;voie=rue du Parc », « | Occupation | X | »):
a field whose label names a person's value loses its value, whatever its words, up to the next field. Used by
:mod:`.safe_text`, after the phrases of :mod:`.person_phrases`."""

from __future__ import annotations

from dqpub.privacy.person_phrases import speaks_of_work
from dqpub.privacy.safe_words import fold
from dqpub.privacy.text_tokens import Tok, sentence_start, strip_elision


# A form's field whose value is a person's (« Employeur : X », « Rue : de la Terrasse », « Nom de l'employeur : X »,
# « Employeur actuel — X »): the value goes, whatever its words, up to the next field.
FIELD_LABELS = frozenset(fold(w) for w in (
    "adresse rue domicile résidence logement app appartement civique employeur employeuse emploi travail patron nom "
    "prénom ddn naissance âge tél téléphone cell cellulaire courriel email conjoint conjointe propriétaire locataire "
    "requérant requérante demandeur demanderesse occupant occupants contact employeurs employer employers "
    "workplace père mère fils fille frère sœur soeur époux épouse chum blonde tuteur tutrice voie "
    "affectation affectations occupation profession métier").split())
# A field whose label says health (« mobilite=canne », « besoin_sante=… », « Allergies : … »), when the column
# removes it.
_HEALTH_LABELS = frozenset(fold(w) for w in (
    "mobilité santé médical médicale médicaux condition conditions diagnostic diagnostics allergie allergies "
    "médication médicaments traitement traitements limitation limitations handicap autonomie").split())
_FIELD_OPEN = ":—–=|"  # « civique=1420;voie=rue du Parc », « | Occupation | X | »: a form's fields pasted as they are stored
_FIELD_END = "/;|\n—–["  # « [MOBILITE]=canne [PRIORITE]=1 »: a bracket opens the next field


# A place's field is the workplace in a form that speaks of work (« Occupation : infirmière | Lieu : garage
# municipal de Joliette »).
_WORK_FORM_LABELS = frozenset(fold(w) for w in "lieu lieux endroit site établissement".split())
_LABEL_WORDS = frozenset(fold(w) for w in "lieu lieux nom numéro no date de du d la le l".split())


def mask_labelled_fields(toks: list[Tok], text: str, health: bool = True) -> None:
    work = None
    for i, t in enumerate(toks):
        key = strip_elision(t.text)[1]
        if key in _WORK_FORM_LABELS:
            work = speaks_of_work(toks) if work is None else work
            if not work:
                continue
        elif key not in FIELD_LABELS and not (health and key in _HEALTH_LABELS):
            continue
        first = i  # a label of several words (« Lieu de travail déclaré : ») opens where its first word does
        while first > 0 and i - first < 3 and strip_elision(toks[first - 1].text)[1] in _LABEL_WORDS and not any(
                c in text[toks[first - 1].end:toks[first].start] for c in "/;|\n—–,.("):
            first -= 1
        opens = any(c in text[toks[first - 1].end:toks[first].start] for c in "/;|\n—–,.(") if first else True
        if not (opens or sentence_start(text, toks[first].start) or (t.text[:1].isupper() and text[t.end:t.end + 1] == ":")):
            continue  # a label opens its field (« No: 1044 Rue: du Ruisseau »: a capital and a colon say it too)
        start = next((j for j in range(i + 1, min(i + 5, len(toks)))
                      if any(c in text[toks[j - 1].end:toks[j].start] for c in _FIELD_OPEN)), None)
        if start is not None and "|" in text[toks[start - 1].end:toks[start].start] and _line(text, t.start).strip().strip("|").count("|") > 1:
            continue  # a pipe opens a field only in a row of two cells (« | Occupation | X | »), not in a table's header
        if start is None or any(c in text[toks[k - 1].end:toks[k].start] for k in range(i + 1, start)
                                for c in _FIELD_END + ",."):
            continue
        for k in range(start, len(toks)):
            if k > start and any(c in text[toks[k - 1].end:toks[k].start] for c in _FIELD_END):
                break
            toks[k].keep = False


def _line(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]
