"""The ``briefing`` command: the reader by default, and subcommands for scripts.

Each command group lives in its own module with a ``register(subparsers)``
function; modules import heavy code inside their handlers so that start-up
stays fast.  This module itself imports nothing heavy before ``main`` knows
the command, and then only that command's module.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_tui import __version__

if TYPE_CHECKING:
    import argparse

COMMAND_MODULES = {
    "briefing_tui.cli.corpus_cmds": ("visits", "show", "check"),
    "briefing_tui.cli.entities_cmd": ("entities",),
    "briefing_tui.cli.notes_cmd": ("notes", "note"),
    "briefing_tui.cli.search_cmd": ("search",),
    "briefing_tui.cli.exchange_cmd": ("export", "import"),
    "briefing_tui.cli.ingest_cmd": ("ingest",),
    "briefing_tui.cli.assign_cmd": ("assign",),
}
"""Each command module and the commands it registers, so one command loads only its own module."""

_LOCATION_OPTIONS = ("--corpus", "--annotations")


def add_location_options(parser: argparse.ArgumentParser) -> None:
    """The ``--corpus`` and ``--annotations`` options every command takes."""
    import argparse

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


def command_named(argv: Sequence[str]) -> str | None:
    """The command the arguments plainly name, or ``None`` when the whole parser is needed.

    Only ``--corpus`` and ``--annotations`` (abbreviated or not) may come
    before the command; anything else (``--help``, ``--version``, a typo)
    goes to the full parser, which knows every command.
    """
    takes_value = False
    for token in argv:
        if takes_value:
            takes_value = False
        elif token.startswith("-"):
            option, equals, _ = token.partition("=")
            if len(option) < 3 or not any(name.startswith(option) for name in _LOCATION_OPTIONS):
                return None
            takes_value = not equals
        else:
            known = any(token in names for names in COMMAND_MODULES.values())
            return token if known else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command group, or only the one that holds ``command``.

    A script runs one command; importing and registering the others would
    only slow its start.
    """
    import argparse

    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Read press coverage of diplomatic visits, take notes, write briefings.",
        epilog="Without a command, briefing opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    add_location_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, commands in COMMAND_MODULES.items():
        if command is not None and command not in commands:
            continue
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
    arguments = sys.argv[1:] if argv is None else list(argv)
    return _run(build_parser(command_named(arguments)), arguments)


def _run(parser: argparse.ArgumentParser, arguments: list[str]) -> int:
    from briefing_tui.problems import BriefingError

    args = parser.parse_args(arguments)
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
