"""``briefing export`` (a Markdown briefing or W3C annotations) and ``briefing import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the export and import commands to the parser."""
    from briefing_tui.cli import add_location_options

    export = subparsers.add_parser(
        "export",
        help="write the briefing (Markdown) or the notes as W3C Web Annotations (JSON-LD)",
    )
    export.add_argument("--visit", metavar="ID", help="only this visit (default: every visit)")
    export.add_argument(
        "--format", choices=("md", "w3c"), default="md", help="md: briefing; w3c: JSON-LD"
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (default: standard output)"
    )
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    add_location_options(export)
    export.set_defaults(handler=export_command)

    imported = subparsers.add_parser(
        "import", help="add W3C annotations (JSON) as notes, anchored by their quote"
    )
    imported.add_argument("file", metavar="FILE.json", help="a JSON array of W3C annotations")
    add_location_options(imported)
    imported.set_defaults(handler=import_command)


def export_command(args: argparse.Namespace) -> int:
    """Write the briefing or the W3C export to a file or to standard output."""
    from briefing_tui.cli.common import find_visit, locations, open_corpus
    from briefing_tui.exchange import annotations_json, briefing_markdown, write_output
    from briefing_tui.notes import NoteStore
    from briefing_tui.problems import display_path

    corpus = open_corpus(args)
    if args.visit is not None:
        find_visit(corpus, args.visit)
    store = NoteStore(locations(args).annotations)
    if args.format == "w3c":
        text = annotations_json(corpus, store, args.visit)
    else:
        text = briefing_markdown(corpus, store, args.visit)
    if args.output is None or args.output == "-":
        sys.stdout.write(text)
        return 0
    path = write_output(Path(args.output), text, overwrite=args.force)
    print(f"wrote {display_path(path)}", file=sys.stderr)
    return 0


def import_command(args: argparse.Namespace) -> int:
    """Import annotations; one line per annotation refused, exit 1 if any was."""
    from briefing_tui.cli.common import locations, open_corpus
    from briefing_tui.exchange import import_annotations, read_annotation_file
    from briefing_tui.notes import NoteStore

    corpus = open_corpus(args)
    items = read_annotation_file(Path(args.file))
    store = NoteStore(locations(args).annotations)
    report = import_annotations(corpus, store, items)
    for line in report.refused:
        print(f"briefing: {args.file}: {line}", file=sys.stderr)
    print(
        f"imported {len(report.added)} note(s); {len(report.present)} already present; "
        f"{len(report.refused)} refused"
    )
    return 1 if report.refused else 0
