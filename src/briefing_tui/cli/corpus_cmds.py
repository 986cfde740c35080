"""``briefing visits``, ``briefing show`` and ``briefing check``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from briefing_tui.cli.common import (
    console,
    emit_json,
    find_article,
    locations,
    open_corpus,
)
from briefing_tui.problems import BriefingError, Problem

if TYPE_CHECKING:
    from briefing_tui.corpus import Article, Corpus


def register(subparsers: Any) -> None:
    """Add the corpus commands to the parser."""
    from briefing_tui.cli import add_location_options

    visits = subparsers.add_parser("visits", help="list the visits and their articles")
    visits.add_argument("--json", action="store_true", help="print JSON for programs")
    add_location_options(visits)
    visits.set_defaults(handler=visits_command)

    show = subparsers.add_parser("show", help="print one article with its header")
    show.add_argument("article", metavar="ARTICLE", help="the article id")
    show.add_argument("--json", action="store_true", help="print JSON with entities and offsets")
    add_location_options(show)
    show.set_defaults(handler=show_command)

    check = subparsers.add_parser(
        "check", help="check the corpus, the gazetteer and the notes; exit 1 on any problem"
    )
    add_location_options(check)
    check.set_defaults(handler=check_command)


def _note_counts(args: argparse.Namespace, corpus: Corpus) -> dict[str, int]:
    """Notes per visit: the visit's own notes plus those on its articles."""
    from briefing_tui.notes import NoteStore

    store = NoteStore(locations(args).annotations)
    counts: dict[str, int] = {}
    for visit in corpus.visits:
        total = len(store.visit(visit.id).notes)
        for article in corpus.articles_of(visit.id):
            total += len(store.article(article.id).notes)
        counts[visit.id] = total
    return counts


def visits_command(args: argparse.Namespace) -> int:
    """List visits in date order with their articles and note counts."""
    corpus = open_corpus(args)
    counts = _note_counts(args, corpus)
    rows: list[dict[str, Any]] = [
        {
            "id": visit.id,
            "date": visit.date.isoformat(),
            "end_date": visit.end_date.isoformat() if visit.end_date else None,
            "place": visit.place,
            "title": visit.title,
            "participants": list(visit.participants),
            "articles": [a.id for a in corpus.articles_of(visit.id)],
            "notes": counts[visit.id],
        }
        for visit in corpus.visits
    ]
    _print_problem_hint(corpus)
    if args.json:
        emit_json(rows)
        return 0
    from rich.table import Table
    from rich.text import Text

    from briefing_tui.textsafety import one_line

    table = Table(title="Visits", title_justify="left", expand=False)
    for column in ("date", "place", "visit", "articles", "notes"):
        table.add_column(column, overflow="fold")
    for visit, row in zip(corpus.visits, rows, strict=True):
        table.add_row(
            Text(visit.dates),
            Text(one_line(visit.place)),
            Text(one_line(visit.title)) + Text(f"\n{visit.id}", style="dim"),
            Text(str(len(row["articles"]))),
            Text(str(row["notes"])),
        )
    out = console()
    out.print(table)
    unassigned = corpus.unassigned()
    if unassigned:
        out.print(
            Text(f"{len(unassigned)} article(s) await a visit: ", style="yellow")
            + Text(", ".join(a.id for a in unassigned))
        )
    return 0


def _print_problem_hint(corpus: Corpus) -> None:
    errors = [p for p in corpus.problems if p.severity == "error"]
    if errors:
        import sys

        print(
            f"briefing: {len(errors)} file problem(s) were skipped; `briefing check` lists them",
            file=sys.stderr,
        )


def article_json(corpus: Corpus, article: Article, body: str) -> dict[str, Any]:
    """The ``show --json`` object of DESIGN.md §4."""
    from briefing_tui.entities import tagger_for

    mentions = tagger_for(corpus).mentions(article.id, body)
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "visit": article.visit,
        "caption": article.caption,
        "text": body,
        "entities": [m.as_dict() for m in mentions],
    }


def show_command(args: argparse.Namespace) -> int:
    """Print one article: JSON with entities, or a header and the body for people."""
    corpus = open_corpus(args)
    article = find_article(corpus, args.article)
    body = corpus.body(article)
    if args.json:
        emit_json(article_json(corpus, article, body))
        return 0
    from rich.text import Text

    from briefing_tui.textsafety import one_line, visible

    out = console()
    visit = corpus.visit(article.visit) if article.visit else None
    header = Text(one_line(article.title), style="bold")
    facts = [
        article.outlet,
        article.author or "",
        article.published.isoformat() if article.published else "date unknown",
        f"visit {visit.id}: {visit.place}, {visit.dates}" if visit else "not assigned to a visit",
    ]
    out.print(header)
    out.print(Text(one_line(" · ".join(f for f in facts if f)), style="dim"))
    out.print()
    out.print(Text(visible(body)))
    return 0


def check_command(args: argparse.Namespace) -> int:
    """Check every file; print one ``path:line: message`` per problem; exit 1 on errors."""
    where = locations(args)
    corpus = open_corpus(args)
    from briefing_tui.corpus.loader import text_warning

    problems: list[Problem] = list(corpus.problems)
    for article in corpus.articles.values():
        try:
            corpus.body(article)
        except BriefingError as exc:
            problems.append(exc.problem or Problem(article.path, 1, str(exc)))
            continue
        warning = text_warning(article.path)
        if warning is not None:
            problems.append(warning)
    if corpus.entities_file.exists():
        from briefing_tui.entities import load_gazetteer

        problems.extend(load_gazetteer(corpus.entities_file)[1])
    from briefing_tui.notes import check_annotations

    problems.extend(check_annotations(corpus, where.annotations))
    problems.sort(key=lambda p: (str(p.path), p.line, p.message))
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    if errors:
        import sys

        print(f"briefing: {errors} problem(s) found", file=sys.stderr)
        return 1
    return 0
