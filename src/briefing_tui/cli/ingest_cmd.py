"""``briefing ingest``: add scraped text files and saved HTML pages to the corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ingest command to the parser."""
    from briefing_tui.cli import add_location_options

    ingest = subparsers.add_parser(
        "ingest", help="add scraped text or saved HTML pages as articles, proposing their visit"
    )
    ingest.add_argument("paths", metavar="PATH", nargs="+", help="text or HTML files")
    ingest.add_argument("--visit", metavar="ID", help="assign every file to this visit")
    ingest.add_argument(
        "--dry-run", action="store_true", help="print what would be written; write nothing"
    )
    ingest.add_argument(
        "--accept",
        action="store_true",
        help="add each proposed new visit (with a date) to visits.yaml and join the article to it",
    )
    ingest.add_argument(
        "--json", action="store_true", help="one JSON object per file: fields found, visit, why"
    )
    add_location_options(ingest)
    ingest.set_defaults(handler=ingest_command)


def ingest_command(args: argparse.Namespace) -> int:
    """Ingest each file; one line per file, the batch goes on; exit 1 if any file was refused."""
    from briefing_tui.cli.common import find_visit, locations
    from briefing_tui.corpus import load_corpus
    from briefing_tui.ingest import ingest_files
    from briefing_tui.paths import bundled_corpus
    from briefing_tui.problems import BriefingError, display_path

    root = locations(args).corpus
    if root.resolve() == bundled_corpus().resolve() and getattr(args, "corpus", None) is None:
        raise BriefingError(
            "no corpus folder here (./corpus); the bundled corpus is read-only: "
            "name the corpus to add to with --corpus DIR"
        )
    if args.visit is not None:
        find_visit(load_corpus(root), args.visit)
    from briefing_tui.textsafety import visible

    outcomes = ingest_files(
        root, [Path(p) for p in args.paths], args.visit, args.dry_run, accept=args.accept
    )
    if args.json:
        from briefing_tui.cli.common import emit_json

        emit_json([outcome_json(o) for o in outcomes])
        return 1 if any(o.status == "refused" for o in outcomes) else 0
    failed = False
    for outcome in outcomes:
        where = display_path(outcome.path)
        if outcome.status in ("refused", "duplicate"):
            failed = failed or outcome.status == "refused"
            print(visible(f"{where}: {outcome.message}", keep_newlines=False), file=sys.stderr)
            continue
        print(visible(f"{where}: {outcome.message}", keep_newlines=False))
        if args.dry_run and outcome.draft is not None:
            from briefing_tui.ingest.explain import summary

            print("  found " + visible(summary(outcome.draft), keep_newlines=False))
        proposal = outcome.proposal
        if proposal is not None and proposal.new_visit is not None:
            print("  proposed entry for visits.yaml:")
            for line in proposal.new_visit.as_yaml().splitlines():
                print("    " + visible(line, keep_newlines=False))
        if args.dry_run and outcome.text is not None and outcome.article_file is not None:
            print(f"  would write {display_path(outcome.article_file)}:")
            for line in outcome.text.splitlines()[:40]:
                print("    " + visible(line, keep_newlines=False))
    return 1 if failed else 0


def outcome_json(outcome: Any) -> dict[str, Any]:
    """One file's outcome for programs: what was found, where, and why the visit was chosen."""
    from briefing_tui.ingest.explain import explained
    from briefing_tui.problems import display_path

    draft, proposal = outcome.draft, outcome.proposal
    row: dict[str, Any] = {
        "file": display_path(outcome.path),
        "status": outcome.status,
        "message": outcome.message,
        "article": outcome.article_id,
    }
    if draft is not None:
        row.update(
            title=draft.title,
            source=draft.source,
            author=draft.author,
            published=draft.published.isoformat() if draft.published else None,
            caption=draft.caption,
            found=dict(draft.found),
            fields=explained(draft),
        )
    if proposal is not None:
        event = proposal.event
        new = proposal.new_visit
        row["visit"] = {
            "id": proposal.visit_id,
            "evidence": proposal.evidence,
            "weak": proposal.weak,
            "suggested": proposal.suggested,
            "reason": proposal.reason,
            "event": None
            if event is None
            else {
                "date": event.date.isoformat() if event.date else None,
                "place": event.place,
                "how": event.how,
                "evidence": event.evidence,
            },
            "new_visit": None
            if new is None
            else {
                "id": new.id,
                "date": new.date.isoformat() if new.date else None,
                "place": new.place,
                "participants": list(new.participants),
            },
        }
    return row
