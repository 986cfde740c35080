"""The ``briefing`` command: the reader by default, and subcommands for scripts.

Each command group lives in its own module with a ``register(subparsers)``
function; modules import heavy code inside their handlers so that start-up
stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from briefing_tui import __version__
from briefing_tui.problems import BriefingError

COMMAND_MODULES = (
    "briefing_tui.cli.corpus_cmds",
    "briefing_tui.cli.entities_cmd",
    "briefing_tui.cli.notes_cmd",
    "briefing_tui.cli.search_cmd",
    "briefing_tui.cli.exchange_cmd",
    "briefing_tui.cli.ingest_cmd",
)


def add_location_options(parser: argparse.ArgumentParser) -> None:
    """The ``--corpus`` and ``--annotations`` options every command takes."""
    parser.add_argument(
        "--corpus",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="corpus folder (default: $BRIEFING_CORPUS, ./corpus, else the bundled corpus)",
    )
    parser.add_argument(
        "--annotations",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="notes folder (default: $BRIEFING_ANNOTATIONS, ./annotations beside the corpus)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every command group registered."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Read press coverage of diplomatic visits, take notes, write briefings.",
        epilog="Without a command, briefing opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    add_location_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def _open_reader(args: argparse.Namespace) -> int:
    from briefing_tui.ui.app import run_reader

    return run_reader(getattr(args, "corpus", None), getattr(args, "annotations", None))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _open_reader(args)
        result: int = handler(args)
        return result
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
