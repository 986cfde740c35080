"""What ``briefing check`` says about the notes: broken files, notes on nothing, lost passages."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import Corpus
from briefing_tui.notes.anchoring import place_all
from briefing_tui.notes.store import NoteStore
from briefing_tui.problems import BriefingError, Problem


def check_annotations(corpus: Corpus, root: Path) -> list[Problem]:
    """Errors for unreadable files and notes on unknown subjects; warnings for orphaned notes."""
    store = NoteStore(root)
    problems = [p for p in store.problems()]
    known_visits = {v.id for v in corpus.visits}
    for kind, subject in store.subjects():
        notes = store.read(kind, subject)
        if notes.problem is not None or not notes.notes:
            continue
        if kind == "visit":
            if subject not in known_visits:
                problems.append(
                    Problem(
                        notes.path,
                        1,
                        f"{len(notes.notes)} note(s) on visit {subject!r}, "
                        "which is not in visits.yaml; restore the visit or move the notes",
                    )
                )
            continue
        if subject not in corpus.articles:
            problems.append(
                Problem(
                    notes.path,
                    1,
                    f"{len(notes.notes)} note(s) on article {subject!r}, "
                    "which is not in the corpus; restore the article or move the notes",
                )
            )
            continue
        try:
            body = corpus.body(subject)
        except BriefingError:
            continue  # the article's own problem is reported by the corpus check
        placements = place_all(body, [n.target for n in notes.notes])
        for note, placement in zip(notes.notes, placements, strict=True):
            if placement.status == "orphaned" and note.target is not None:
                quote = " ".join(note.target.quote.split())
                if len(quote) > 60:
                    quote = quote[:57] + "..."
                if note.target.quote in body:
                    why = (
                        f"its passage {quote!r} is in the article, but not with the words "
                        "around it that the note stored"
                    )
                else:
                    why = f"its passage {quote!r} is no longer in the article"
                problems.append(
                    Problem(
                        notes.path,
                        notes.line_of(note.id),
                        f"note {note.id} is orphaned: {why}; re-attach it in the reader",
                        severity="warning",
                    )
                )
    return problems
