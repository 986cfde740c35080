"""``briefing search``: ranked hits in articles and notes, with snippets and offsets."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_tui.search import SearchHit


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the limit must be 1 or more")
    return value


def register(subparsers: Any) -> None:
    """Add ``search`` to the parser."""
    from briefing_tui.cli import add_location_options

    search = subparsers.add_parser(
        "search",
        help="search articles and notes",
        description=(
            'Search titles, bodies and notes: words, "phrases", prefix* (Medved*), '
            "OR between terms, -word to exclude, and filters in the query: visit:ID, "
            "outlet:NAME, entity:NAME, from:DATE, to:DATE, in:notes, in:articles."
        ),
    )
    search.add_argument("query", metavar="QUERY", help="what to look for")
    search.add_argument("--json", action="store_true", help="print JSON for programs")
    search.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N hits (20)"
    )
    search.add_argument("--visit", metavar="ID", help="only this visit")
    search.add_argument("--outlet", metavar="NAME", help="only outlets whose name contains NAME")
    search.add_argument("--entity", metavar="NAME", help="only articles that name this entity")
    search.add_argument("--since", metavar="DATE", help="only articles published on or after DATE")
    search.add_argument("--until", metavar="DATE", help="only articles published on or before DATE")
    add_location_options(search)
    search.set_defaults(handler=search_command)


def _progress() -> Callable[[int, int], None]:
    """Show how a build goes, on a terminal only."""
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total >= 50:
            end = "\n" if done == total else ""
            print(f"\rbriefing: indexing articles {done}/{total}", end=end, file=sys.stderr)

    return progress


def search_command(args: argparse.Namespace) -> int:
    """Print the best hits for the query, as JSON or as a list for people."""
    from briefing_tui.cli.common import locations
    from briefing_tui.search import SearchIndex, parse_query
    from briefing_tui.search.query import parse_date, until_date

    query = parse_query(args.query).with_filters(
        visit=args.visit,
        outlet=args.outlet,
        entity=args.entity,
        since=parse_date(args.since, "--since") if args.since else None,
        until=until_date(args.until) if args.until else None,
    )
    where = locations(args)
    progress = _progress()
    with SearchIndex.open(where.corpus, where.annotations, progress, refresh=False) as index:
        told = len(index.warnings)
        for warning in index.warnings:
            print(f"briefing: warning: {warning}", file=sys.stderr)
        index.refresh(progress)
        results = index.search(query, args.limit)
        for warning in index.warnings[told:]:
            print(f"briefing: warning: {warning}", file=sys.stderr)
    for problem in index.problems:
        print(f"briefing: {problem}", file=sys.stderr)
    for problem in results.problems:
        print(f"briefing: {problem}; skipped", file=sys.stderr)
    if args.json:
        from briefing_tui.cli.common import emit_json

        emit_json([hit.as_json() for hit in results.hits])
        return 0
    if not results.hits:
        print("briefing: no hits", file=sys.stderr)
        return 0
    _print_hits(results.hits)
    return 0


def _facts(hit: SearchHit) -> str:
    where = hit.article or hit.visit or ""
    kind = f"note {hit.note} on " if hit.kind == "note" else ""
    return " · ".join(f for f in (hit.published or "", hit.outlet or "", f"{kind}{where}") if f)


def _print_hits(hits: list[SearchHit]) -> None:
    """The hits for people: styled on a terminal, plain lines (one per field) in a pipe."""
    from briefing_tui.textsafety import one_line, visible

    if not sys.stdout.isatty():
        # Nothing to style and nothing to wrap: plain lines, fast, for grep and less.
        lines: list[str] = []
        for hit in hits:
            lines.append(f"{one_line(hit.title)}  {hit.score:.2f}")
            lines.append(one_line(_facts(hit)))
            lines.append("  " + visible(hit.snippet, keep_newlines=False, keep_tabs=False))
            lines.append("")
        sys.stdout.write("\n".join(lines) + "\n")
        return

    from rich.text import Text

    from briefing_tui.cli.common import console

    out = console()
    for hit in hits:
        facts = _facts(hit)
        out.print(Text(one_line(hit.title), style="bold") + Text(f"  {hit.score:.2f}", style="dim"))
        out.print(Text(one_line(facts), style="dim"))
        line = Text(visible(hit.snippet, keep_newlines=False, keep_tabs=False))
        line.stylize("reverse", *hit.snippet_hit)
        out.print(Text("  ") + line)
        out.print()
