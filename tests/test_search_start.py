"""``briefing search`` as a program: a lean start and right answers, run after run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.cli import COMMAND_MODULES, build_parser, command_named

HAARETZ = "2009-09-haaretz-secret-moscow-visit"


def briefing(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``briefing`` in a new process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "briefing_tui", *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def found(corpus: Path, query: str) -> set[str]:
    done = briefing("search", query, "--json", "--corpus", str(corpus))
    assert done.returncode == 0, done.stderr
    return {hit["article"] for hit in json.loads(done.stdout)}


def write_article(corpus: Path, article_id: str, body: str) -> Path:
    path = corpus / "articles" / f"{article_id}.txt"
    path.write_text(
        f"---\ntitle: {article_id}\nsource: Test Wire\npublished: 2018-01-30\n---\n{body}\n",
        encoding="utf-8",
    )
    return path


def test_added_changed_and_removed_articles_are_reflected_run_after_run(corpus_dir: Path) -> None:
    assert HAARETZ in found(corpus_dir, "S-300")
    path = write_article(corpus_dir, "2018-01-wire-new", "First version about zebrafish.")
    assert found(corpus_dir, "zebrafish") == {"2018-01-wire-new"}
    stamp = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("zebrafish", "xenopuses"))
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1))
    assert path.stat().st_size == stamp.st_size
    assert found(corpus_dir, "zebrafish") == set()
    assert found(corpus_dir, "xenopuses") == {"2018-01-wire-new"}
    path.unlink()
    assert found(corpus_dir, "xenopuses") == set()
    (corpus_dir / "articles" / f"{HAARETZ}.txt").unlink()
    assert HAARETZ not in found(corpus_dir, "S-300")


def test_a_corrupt_index_is_rebuilt_by_the_program_too(corpus_dir: Path) -> None:
    assert HAARETZ in found(corpus_dir, "S-300")
    cache = Path(os.environ["BRIEFING_CACHE"]) / "search"
    for index in cache.glob("*.sqlite"):
        for suffix in ("-wal", "-shm"):
            Path(f"{index}{suffix}").unlink(missing_ok=True)
        index.write_bytes(b"this is not a database" * 100)
    assert HAARETZ in found(corpus_dir, "S-300")


def test_a_warm_search_loads_nothing_it_does_not_need(corpus_dir: Path) -> None:
    assert HAARETZ in found(corpus_dir, "S-300")  # builds the index
    code = (
        "import sys\n"
        "from briefing_tui.cli import main\n"
        "main()\n"
        "sys.stdout.flush()\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "search", "S-300", "--json", "--corpus", str(corpus_dir)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert json.loads(done.stdout)[0]["article"] == HAARETZ
    loaded = set(done.stderr.split())
    unwanted = {
        "textual",
        "rich",
        "yaml",
        "hashlib",
        "subprocess",
        "briefing_tui.entities",
        "briefing_tui.search.crossref",
        "briefing_tui.search.tagging",
        "briefing_tui.cli.notes_cmd",
        "briefing_tui.cli.corpus_cmds",
    }
    assert loaded & unwanted == set()


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["search", "Putin"], "search"),
        (["--corpus", "search", "visits"], "visits"),
        (["--corp=x", "--annotations", "y", "note", "add"], "note"),
        (["--help", "search"], None),
        (["--version"], None),
        (["serch", "Putin"], None),
        ([], None),
    ],
)
def test_the_command_is_found_before_anything_is_parsed(
    argv: list[str], command: str | None
) -> None:
    assert command_named(argv) == command


def test_each_module_registers_exactly_the_commands_it_is_listed_with() -> None:
    for commands in COMMAND_MODULES.values():
        parser = build_parser(commands[0])
        subparsers = next(a for a in parser._actions if a.dest == "command")
        assert sorted(subparsers.choices) == sorted(commands)  # type: ignore[arg-type]
    full = next(a for a in build_parser()._actions if a.dest == "command")
    assert len(full.choices) == sum(len(c) for c in COMMAND_MODULES.values())  # type: ignore[arg-type]
