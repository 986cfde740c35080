"""The notes and search packages load their modules on first use, so threads can import them."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("package", ["briefing_tui.notes", "briefing_tui.search"])
def test_importing_a_package_loads_none_of_its_modules(package: str) -> None:
    result = run(
        f"""
        import sys
        import {package}
        print(sorted(m for m in sys.modules if m.startswith("{package}.")))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_notes_package_and_its_store_import_at_once_from_two_threads() -> None:
    """The reader reads notes in a worker while it imports the note editor."""
    result = run(
        """
        import threading

        barrier = threading.Barrier(2)
        failures = []

        def through_package():
            barrier.wait()
            try:
                from briefing_tui.notes import NoteStore, check_annotations  # noqa: F401
            except Exception as exc:
                failures.append(exc)

        def through_module():
            barrier.wait()
            try:
                from briefing_tui.notes.store import NoteStore  # noqa: F401
                from briefing_tui.notes.checking import check_annotations  # noqa: F401
            except Exception as exc:
                failures.append(exc)

        threads = [threading.Thread(target=f) for f in (through_package, through_module)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(failures)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_public_names_still_come_from_the_package() -> None:
    from briefing_tui import notes, search
    from briefing_tui.notes.store import NoteStore
    from briefing_tui.search.index import SearchIndex

    assert notes.NoteStore is NoteStore
    assert search.SearchIndex is SearchIndex
    with pytest.raises(AttributeError):
        _ = notes.NoSuchName
