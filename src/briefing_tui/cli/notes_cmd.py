"""``briefing notes`` and ``briefing note add``: the analyst's notes from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from briefing_tui.cli.common import emit_json, find_article, find_visit, locations, open_corpus
from briefing_tui.problems import BriefingError

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.notes import Note, NoteFile, Placement, Target


def register(subparsers: Any) -> None:
    """Add ``notes`` and ``note add`` to the parser."""
    from briefing_tui.cli import add_location_options

    notes = subparsers.add_parser("notes", help="list notes, with where each sits in the text now")
    which = notes.add_mutually_exclusive_group()
    which.add_argument("--article", metavar="ID", help="only the notes on this article")
    which.add_argument(
        "--visit", metavar="ID", help="only the notes on this visit and on its articles"
    )
    notes.add_argument("--json", action="store_true", help="print JSON for programs")
    add_location_options(notes)
    notes.set_defaults(handler=notes_command)

    note = subparsers.add_parser("note", help="add a note from a script")
    actions = note.add_subparsers(dest="note_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a note on an article or on a passage of it")
    add.add_argument("article", metavar="ARTICLE", help="the article id")
    add.add_argument("--body", required=True, help="the note's text ('-' reads it from stdin)")
    add.add_argument("--quote", help="the passage the note is on, as it appears in the article")
    add.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="which occurrence of the quote, from 1 (needed when it occurs more than once)",
    )
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add_location_options(add)
    add.set_defaults(handler=note_add_command)


def notes_command(args: argparse.Namespace) -> int:
    """List notes in a stable order: articles by id then text order, then visit notes."""
    from briefing_tui.notes import NoteStore

    corpus = open_corpus(args)
    store = NoteStore(locations(args).annotations)
    files = _chosen_files(args, corpus, store)
    rows: list[dict[str, Any]] = []
    for file in files:
        if file.problem is None:
            rows.extend(_rows(corpus, file))
    broken = store.folder_problems()
    if args.json:
        emit_json(rows)
    elif rows or not broken:
        _print_rows(rows)
    for problem in broken:
        print(f"briefing: {problem}", file=sys.stderr)
    for file in files:
        if file.problem is not None and file.problem not in broken:
            broken.append(file.problem)
            print(f"briefing: {file.problem} (its notes are not listed)", file=sys.stderr)
        for bad in file.bad:
            broken.append(bad)
            print(f"briefing: {bad}", file=sys.stderr)
    return 1 if broken else 0


def _chosen_files(args: argparse.Namespace, corpus: Corpus, store: Any) -> list[NoteFile]:
    if args.article is not None:
        find_article(corpus, args.article)
        return [store.article(args.article)]
    if args.visit is not None:
        find_visit(corpus, args.visit)
        files = [store.article(a.id) for a in corpus.articles_of(args.visit)]
        return [*files, store.visit(args.visit)]
    return [store.read(kind, subject) for kind, subject in store.subjects()]


def _rows(corpus: Corpus, file: NoteFile) -> list[dict[str, Any]]:
    """One JSON row per note, placed against the article's current text."""
    from briefing_tui.notes import Placement, place_all

    if file.kind == "visit":
        return [
            _row(n, None, file.subject, Placement("article", None, None, 1.0)) for n in file.notes
        ]
    article = corpus.articles.get(file.subject)
    placements: list[Placement]
    if article is None:
        placements = [_lost(n.target) for n in file.notes]
    else:
        try:
            body = corpus.body(article)
        except BriefingError:
            placements = [_lost(n.target) for n in file.notes]
        else:
            placements = place_all(body, [n.target for n in file.notes])
    visit = article.visit if article is not None else None
    rows = [_row(n, file.subject, visit, p) for n, p in zip(file.notes, placements, strict=True)]
    rows.sort(key=lambda r: (r["start"] is not None, r["start"] or 0))
    return rows


def _lost(target: Target | None) -> Placement:
    from briefing_tui.notes import Placement

    return Placement("article" if target is None else "orphaned", None, None, 0.0)


def _row(
    note: Note, article: str | None, visit: str | None, placement: Placement
) -> dict[str, Any]:
    return {
        "id": note.id,
        "article": article,
        "visit": visit,
        "body": note.body,
        "tags": list(note.tags),
        "author": note.author,
        "created": note.created,
        "modified": note.modified,
        "quote": note.target.quote if note.target is not None else None,
        "start": placement.start,
        "end": placement.end,
        "status": placement.status,
    }


def _print_rows(rows: list[dict[str, Any]]) -> None:
    """A readable listing: where, status, tags, quote, then the body indented."""
    from briefing_tui.textsafety import one_line, visible

    if not rows:
        print("no notes")
        return
    for row in rows:
        where = row["article"] or f"visit {row['visit']}"
        tags = " ".join(f"#{one_line(t)}" for t in row["tags"])
        head = f"{where}  [{row['status']}]  {row['id'][:8]}  {one_line(row['author'])}"
        print(head + (f"  {tags}" if tags else ""))
        if row["quote"] is not None:
            quote = one_line(row["quote"])
            print(f"  “{quote if len(quote) <= 100 else quote[:97] + '...'}”")
        for line in visible(row["body"], keep_newlines=True).splitlines() or [""]:
            print(f"    {line}")


def note_add_command(args: argparse.Namespace) -> int:
    """Add one note and print its id."""
    from briefing_tui.notes import NoteStore, make_target

    corpus = open_corpus(args)
    article = find_article(corpus, args.article)
    body = sys.stdin.read() if args.body == "-" else args.body
    if not body.strip():
        raise BriefingError("the note's body is empty; give the text with --body")
    target = None
    if args.quote is not None:
        start, end = _locate(corpus.body(article), args.quote, args.occurrence, article.id)
        target = make_target(corpus.body(article), start, end)
    elif args.occurrence is not None:
        raise BriefingError("--occurrence only makes sense with --quote")
    store = NoteStore(locations(args).annotations)
    note = store.new_note(body, tags=args.tag, target=target)
    store.add("article", article.id, note)
    print(note.id)
    return 0


def _locate(text: str, quote: str, occurrence: int | None, article_id: str) -> tuple[int, int]:
    """The span of the quote's N-th occurrence; blanks in the quote match any run of blanks."""
    import re

    if not quote.strip():
        raise BriefingError("the quote is empty; give the passage's words with --quote")
    words = quote.split()
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [m.span() for m in pattern.finditer(text)]
    if not found:
        raise BriefingError(f"the quote {_short(quote)!r} is not in article {article_id!r}")
    if occurrence is None:
        if len(found) > 1:
            raise BriefingError(
                f"the quote {_short(quote)!r} occurs {len(found)} times in {article_id!r}; "
                "pick one with --occurrence N or quote more words"
            )
        return found[0]
    if not 1 <= occurrence <= len(found):
        raise BriefingError(
            f"the quote {_short(quote)!r} occurs {len(found)} time(s) in {article_id!r}; "
            f"--occurrence must be between 1 and {len(found)}"
        )
    return found[occurrence - 1]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."
