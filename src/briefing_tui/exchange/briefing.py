"""The briefing: a visit's facts, sources, key entities and notes, as Markdown to send on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.corpus import Article, Corpus, Visit
from briefing_tui.exchange.markdown import blockquote, inline, paragraphs
from briefing_tui.exchange.output import write_output
from briefing_tui.notes import Note, NoteStore, Placement, place_all
from briefing_tui.problems import BriefingError

KEY_ENTITIES = 15
_SKIPPED_TYPES = {"DATE"}


@dataclass(frozen=True)
class _Source:
    """An article cited in the briefing, with its number and its body (if readable)."""

    number: int
    article: Article
    body: str | None


def default_briefing_name(visit_id: str | None) -> str:
    """The file name a briefing is offered under: ``briefing-<visit>.md`` or ``briefing.md``."""
    return f"briefing-{visit_id}.md" if visit_id else "briefing.md"


def write_briefing(
    corpus: Corpus, store: NoteStore, visit_id: str | None, path: Path, overwrite: bool = False
) -> Path:
    """Write the briefing of one visit (``None``: of every visit) to ``path``; return the path."""
    return write_output(Path(path), briefing_markdown(corpus, store, visit_id), overwrite)


def briefing_markdown(corpus: Corpus, store: NoteStore, visit_id: str | None = None) -> str:
    """The briefing as Markdown: one visit, or every visit with notes on unassigned articles."""
    if visit_id is not None:
        visit = corpus.visit(visit_id)
        if visit is None:
            raise BriefingError(f"no visit {visit_id!r} in {corpus.visits_file}")
        return _visit_section(corpus, store, visit, level=1)
    parts = ["# Briefing"]
    if corpus.visits:
        parts.append(
            "Visits covered: "
            + "; ".join(f"{inline(v.place)}, {v.dates}" for v in corpus.visits)
            + "."
        )
    for visit in corpus.visits:
        parts.append(_visit_section(corpus, store, visit, level=2))
    waiting = corpus.unassigned()
    if waiting and any(store.article(a.id).notes for a in waiting):
        parts.append(_unassigned_section(corpus, store, waiting))
    return "\n\n".join(p.rstrip("\n") for p in parts) + "\n"


def _heading(level: int, text: str) -> str:
    return f"{'#' * min(level, 6)} {text}"


def _visit_section(corpus: Corpus, store: NoteStore, visit: Visit, level: int) -> str:
    sources = _sources(corpus, corpus.articles_of(visit.id))
    facts = [
        f"**Visit:** {inline(visit.place)}, {visit.dates}",
        f"**Participants:** {', '.join(inline(p) for p in visit.participants) or 'not listed'}",
    ]
    if len(visit.places) > 1 or (visit.places and visit.places[0] != visit.place):
        facts.append(f"**Places:** {', '.join(inline(p) for p in visit.places)}")
    parts = [_heading(level, inline(visit.title)), "  \n".join(facts)]
    if visit.summary:
        parts.append(paragraphs(visit.summary))
    parts.append(_heading(level + 1, "Sources"))
    parts.append(_source_list(sources) if sources else "No articles cover this visit yet.")
    parts.append(_heading(level + 1, "Key entities"))
    parts.append(_entity_table(corpus, sources))
    parts.append(_heading(level + 1, "Notes"))
    notes = _notes_section(store, visit, sources, level + 2)
    parts.append(notes or "No notes on this visit yet.")
    return "\n\n".join(parts)


def _unassigned_section(corpus: Corpus, store: NoteStore, articles: list[Article]) -> str:
    sources = _sources(corpus, articles)
    parts = [_heading(2, "Articles awaiting a visit"), _source_list(sources)]
    parts.append(_heading(3, "Notes"))
    parts.append(_notes_section(store, None, sources, 4))
    return "\n\n".join(parts)


def _sources(corpus: Corpus, articles: list[Article]) -> list[_Source]:
    found = []
    for number, article in enumerate(articles, start=1):
        try:
            body: str | None = corpus.body(article)
        except BriefingError:
            body = None
        found.append(_Source(number, article, body))
    return found


def _citation(source: _Source) -> str:
    article = source.article
    date = article.published.isoformat() if article.published else "undated"
    return f"[{source.number}] {inline(article.outlet)}, {date}"


def _source_list(sources: list[_Source]) -> str:
    lines = []
    for source in sources:
        article = source.article
        pieces = [inline(article.outlet)]
        if article.author:
            pieces.append(inline(article.author))
        pieces.append(f"“{inline(article.title)}”")
        pieces.append(article.published.isoformat() if article.published else "date unknown")
        line = f"{source.number}. " + ", ".join(pieces) + "."
        if article.url and re.match(r"https?://[!-;=?-~]+$", article.url):
            line += f" <{article.url}>"
        line += f" (article `{article.id}`)"
        if source.body is None:
            line += " (its file cannot be read)"
        lines.append(line)
    return "\n".join(lines)


def _entity_table(corpus: Corpus, sources: list[_Source]) -> str:
    from briefing_tui.entities import summarise, tagger_for

    tagger = tagger_for(corpus)
    numbers = {s.article.id: s.number for s in sources}
    mentions = {
        s.article.id: tagger.mentions(s.article.id, s.body) for s in sources if s.body is not None
    }
    counts = [c for c in summarise(mentions) if c.type not in _SKIPPED_TYPES][:KEY_ENTITIES]
    if not counts:
        return "No entities found."
    rows = ["| Entity | Type | Mentions | Sources |", "| --- | --- | ---: | --- |"]
    for count in counts:
        cited = ", ".join(f"[{numbers[a]}]" for a in count.articles if a in numbers)
        rows.append(f"| {inline(count.name)} | {count.type.lower()} | {count.count} | {cited} |")
    return "\n".join(rows)


def _notes_section(
    store: NoteStore, visit: Visit | None, sources: list[_Source], level: int
) -> str:
    parts: list[str] = []
    if visit is not None:
        visit_file = store.visit(visit.id)
        _refuse_broken(visit_file.refusal())
        if visit_file.notes:
            parts.append(_heading(level, "On the visit"))
            parts.extend(_note_block(note, None, None) for note in visit_file.notes)
    for source in sources:
        note_file = store.article(source.article.id)
        _refuse_broken(note_file.refusal())
        if not note_file.notes:
            continue
        parts.append(_heading(level, f"[{source.number}] {inline(source.article.title)}"))
        for note, placement in _in_text_order(note_file.notes, source.body):
            parts.append(_note_block(note, placement, source))
    return "\n\n".join(parts)


def _refuse_broken(refusal: str | None) -> None:
    if refusal is not None:
        raise BriefingError(f"{refusal}; fix the notes file first (`briefing check`)")


def _in_text_order(notes: list[Note], body: str | None) -> list[tuple[Note, Placement]]:
    """Whole-article notes first, then notes on passages in reading order, orphans last."""
    if body is None:
        placements = [Placement("orphaned") if n.target else Placement("article") for n in notes]
    else:
        placements = place_all(body, [n.target for n in notes])

    def order(pair: tuple[Note, Placement]) -> tuple[int, int, str, str]:
        note, placement = pair
        rank = {"article": 0, "anchored": 1, "moved": 1, "orphaned": 2}[placement.status]
        return rank, placement.start or 0, note.created, note.id

    return sorted(zip(notes, placements, strict=True), key=order)


def _note_block(note: Note, placement: Placement | None, source: _Source | None) -> str:
    parts: list[str] = []
    if note.target is not None:
        parts.append(blockquote(note.target.quote))
        if placement is not None and placement.status == "orphaned":
            body = source.body if source is not None else None
            if body is not None and note.target.quote in body:
                parts.append("*The passage is in the article, but not where the note was taken.*")
            else:
                parts.append("*The passage is no longer in the article as it stands.*")
    elif source is not None:
        parts.append("*On the whole article.*")
    if note.body.strip():
        parts.append(paragraphs(note.body))
    meta = [inline(note.author or "unknown author"), note.created[:10]]
    if note.tags:
        meta.append("tags: " + ", ".join(inline(t) for t in note.tags))
    if source is not None:
        where = _citation(source)
        if placement is not None and placement.start is not None and source.body is not None:
            where += f", ¶{source.body.count(chr(10) + chr(10), 0, placement.start) + 1}"
        meta.append(where)
    parts.append("— " + " · ".join(meta))
    return "\n\n".join(parts)
