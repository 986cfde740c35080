"""``briefing assign``: confirm the visit ingest chose for an article, or move the article."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add the assign command to the parser."""
    from briefing_tui.cli import add_location_options

    assign = subparsers.add_parser(
        "assign",
        help="confirm an article's visit (as ingest chose or suggested it), or move it",
    )
    assign.add_argument("article", metavar="ARTICLE", nargs="?", help="the article id")
    assign.add_argument(
        "visit",
        metavar="VISIT",
        nargs="?",
        help="the visit to move it to (default: confirm the visit it has, or the one suggested)",
    )
    assign.add_argument("--none", action="store_true", help="take the article out of any visit")
    assign.add_argument(
        "--list", action="store_true", help="list the articles whose visit waits for confirmation"
    )
    add_location_options(assign)
    assign.set_defaults(handler=assign_command)


def assign_command(args: argparse.Namespace) -> int:
    """Rewrite one article's ``visit`` line; print what changed."""
    from briefing_tui.cli.common import find_article, find_visit, open_corpus
    from briefing_tui.corpus.assign import set_visit
    from briefing_tui.problems import BriefingError
    from briefing_tui.textsafety import visible

    corpus = open_corpus(args)
    if args.list:
        waiting = [a for a in corpus.articles.values() if a.unconfirmed]
        for article in sorted(waiting, key=lambda a: a.id):
            how = article.assignment or "suggestion"
            visit = article.visit or f"none (suggested: {article.suggested_visit})"
            print(visible(f"{article.id}  {visit}  [{how}]", keep_newlines=False))
        if not waiting:
            print("every article's visit is confirmed")
        return 0
    if args.article is None:
        raise BriefingError("name the article: briefing assign ARTICLE [VISIT] (or --list)")
    article = find_article(corpus, args.article)
    if args.none and args.visit:
        raise BriefingError("give a visit or --none, not both")
    if args.none:
        target = None
    elif args.visit is not None:
        target = find_visit(corpus, args.visit).id
    else:
        target = article.visit or article.suggested_visit
        if target is None:
            raise BriefingError(
                f"article {article.id!r} has no visit to confirm; name one: "
                f"briefing assign {article.id} VISIT"
            )
    set_visit(article.path, target)
    if target is None:
        message = (
            f"{article.id}: taken out of visit {article.visit}"
            if article.visit
            else (f"{article.id}: left without a visit")
        )
    elif target == article.visit:
        message = f"{article.id}: visit {target} confirmed"
    elif article.visit is None:
        message = f"{article.id}: assigned to visit {target}"
    else:
        message = f"{article.id}: moved from visit {article.visit} to {target}"
    print(visible(message, keep_newlines=False))
    return 0
