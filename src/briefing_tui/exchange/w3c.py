"""Notes as W3C Web Annotations (JSON-LD), so other annotation tools can read them.

A note becomes an ``Annotation`` with a ``TextualBody`` for its text, one
tagging ``TextualBody`` per tag, and a target that names the article (or
visit) with a ``TextQuoteSelector`` and a ``TextPositionSelector``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from briefing_tui.corpus import Corpus
from briefing_tui.notes import Kind, Note, NoteStore
from briefing_tui.problems import BriefingError

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ARTICLE_IRI = "urn:briefing:article:"
VISIT_IRI = "urn:briefing:visit:"
NOTE_IRI = "urn:uuid:"
_W3C_TIME = re.compile(
    r"\d{4}-[01]\d-[0-3]\d[tT ](?:[0-2]\d:[0-5]\d:[0-5]\d)(?:\.\d+)?(?:[zZ]|[+-]\d\d(?::?\d\d)?)"
)


def w3c_time(stamp: str) -> str:
    """A note's time as the model wants it (seconds and a zone); already-good stamps unchanged."""
    if _W3C_TIME.fullmatch(stamp):
        return stamp
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat(timespec="seconds")


def note_annotation(note: Note, kind: Kind, subject_id: str) -> dict[str, Any]:
    """One note as a W3C Web Annotation object."""
    bodies: list[dict[str, Any]] = []
    if note.body:
        bodies.append(
            {
                "type": "TextualBody",
                "value": note.body,
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags)
    source = (ARTICLE_IRI if kind == "article" else VISIT_IRI) + subject_id
    annotation: dict[str, Any] = {
        "@context": CONTEXT,
        "id": NOTE_IRI + note.id,
        "type": "Annotation",
        "motivation": "tagging" if bodies and not note.body else "commenting",
        "created": w3c_time(note.created),
        "modified": w3c_time(note.modified),
    }
    if note.author:
        annotation["creator"] = {"type": "Person", "name": note.author}
    if bodies:
        annotation["body"] = bodies if len(bodies) > 1 else bodies[0]
    if note.target is None:
        annotation["target"] = {"source": source}
    else:
        target = note.target
        annotation["target"] = {
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": target.quote,
                    "prefix": target.prefix,
                    "suffix": target.suffix,
                },
                {"type": "TextPositionSelector", "start": target.start, "end": target.end},
            ],
        }
    return annotation


def export_annotations(
    corpus: Corpus, store: NoteStore, visit_id: str | None = None
) -> list[dict[str, Any]]:
    """Every note of one visit (its own and its articles') or of the corpus, as W3C objects."""
    for problem in store.folder_problems():
        raise BriefingError(f"{problem}; fix the notes folder first (`briefing check`)")
    if visit_id is not None:
        if corpus.visit(visit_id) is None:
            raise BriefingError(f"no visit {visit_id!r} in {corpus.visits_file}")
        subjects: list[tuple[Kind, str]] = [("visit", visit_id)]
        subjects += [("article", a.id) for a in corpus.articles_of(visit_id)]
    else:
        subjects = sorted(store.subjects())
    found: list[dict[str, Any]] = []
    for kind, subject_id in subjects:
        note_file = store.read(kind, subject_id)
        refusal = note_file.refusal()
        if refusal is not None:
            raise BriefingError(f"{refusal}; fix the notes file first (`briefing check`)")
        found.extend(note_annotation(note, kind, subject_id) for note in note_file.notes)
    return found


def annotations_json(corpus: Corpus, store: NoteStore, visit_id: str | None = None) -> str:
    """The W3C export as a JSON array, UTF-8 text."""
    found = export_annotations(corpus, store, visit_id)
    return json.dumps(found, ensure_ascii=False, indent=2) + "\n"
