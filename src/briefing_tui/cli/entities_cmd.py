"""``briefing entities``: who and what the articles name, with counts."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``entities`` command to the parser."""
    from briefing_tui.cli import add_location_options

    parser = subparsers.add_parser(
        "entities", help="list the people, places, organisations... named, with counts"
    )
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--article", metavar="ID", help="only this article")
    scope.add_argument("--visit", metavar="ID", help="only the articles of this visit")
    parser.add_argument(
        "--type",
        metavar="TYPE",
        action="append",
        help="only entities of this type (PERSON, PLACE, ORG, WEAPON, EVENT, DATE, MONEY, OTHER)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for programs")
    add_location_options(parser)
    parser.set_defaults(handler=entities_command)


def entities_command(args: argparse.Namespace) -> int:
    """Count the entities of an article, a visit or the whole corpus."""
    from briefing_tui.cli.common import emit_json, find_article, find_visit, open_corpus
    from briefing_tui.entities import ENTITY_TYPES, Mention, summarise, tagger_for
    from briefing_tui.problems import BriefingError

    corpus = open_corpus(args)
    if args.article:
        articles = [find_article(corpus, args.article)]
    elif args.visit:
        articles = corpus.articles_of(find_visit(corpus, args.visit).id)
    else:
        articles = sorted(corpus.articles.values(), key=lambda a: a.id)
    wanted: set[str] | None = None
    if args.type:
        wanted = {t.upper() for t in args.type}
        unknown = sorted(wanted - set(ENTITY_TYPES))
        if unknown:
            raise BriefingError(
                f"unknown entity type {', '.join(unknown)}; use one of {', '.join(ENTITY_TYPES)}"
            )
    tagger = tagger_for(corpus)
    by_article: dict[str, list[Mention]] = {}
    for article in articles:
        mentions = tagger.mentions(article.id, corpus.body(article))
        if wanted is not None:
            mentions = [m for m in mentions if m.type in wanted]
        by_article[article.id] = mentions
    counts = summarise(by_article)
    if args.json:
        emit_json([c.as_dict() for c in counts])
        return 0
    from rich.table import Table
    from rich.text import Text

    from briefing_tui.cli.common import console
    from briefing_tui.textsafety import one_line

    scope = args.article or args.visit or "the whole corpus"
    table = Table(title=f"Entities in {scope}", title_justify="left", expand=False)
    table.add_column("name", overflow="fold")
    table.add_column("type")
    table.add_column("count", justify="right")
    table.add_column("articles", overflow="fold")
    for count in counts:
        table.add_row(
            Text(one_line(count.name)),
            Text(count.type, style="dim"),
            Text(str(count.count)),
            Text(str(len(count.articles)) if len(articles) > 1 else ""),
        )
    out = console()
    if counts:
        out.print(table)
    else:
        out.print(Text("no entities found", style="dim"))
    return 0
