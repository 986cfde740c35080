"""The installed ``briefing`` in a real terminal (tmux): read, copy, help, notes, export, resume."""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing_tui.notes.drafts import load_drafts

UI_CORPUS = Path(__file__).resolve().parent / "ui" / "corpus"
BRIEFING = Path(sys.executable).parent / "briefing"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Terminal:
    """One tmux server of our own, holding one window of 100x30 cells."""

    def __init__(self, socket: str) -> None:
        self.socket = socket
        self.outliving_fails = False
        """Whether a reader outliving its closed terminal fails the test, not only warns."""

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, "-f", os.devnull, *args],
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout

    def start(self, command: str) -> None:
        self.tmux("new-session", "-d", "-s", "reader", "-x", "100", "-y", "30", command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "reader")

    def press(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "reader", key)
            time.sleep(0.15)

    def wait_for(self, found: Callable[[str], bool], what: str, patience: float = 30.0) -> str:
        deadline = time.monotonic() + patience
        while time.monotonic() < deadline:
            screen = self.screen()
            if found(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"never saw {what}; the screen was:\n{self.screen()}")

    def running(self) -> bool:
        return "reader" in self.tmux("list-sessions", "-F", "#{session_name}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(f"briefing-test-{os.getpid()}-{tmp_path.name}")
    yield term
    term.tmux("kill-server")
    survivors = _readers_left(tmp_path)
    if survivors:
        for pid in survivors:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        message = f"a reader outlived its closed terminal (pid {survivors}); it was killed"
        if term.outliving_fails:
            pytest.fail(message)
        warnings.warn(message, stacklevel=1)


def _readers_left(tmp_path: Path, patience: float = 5.0) -> list[int]:
    """Readers started by this test still running once their terminal is gone."""
    if not Path("/proc").is_dir():
        return []
    mark = str(tmp_path).encode()
    deadline = time.monotonic() + patience
    while True:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    command = (entry / "cmdline").read_bytes()
                    if b"briefing" in command and mark in command and b"tmux" not in command:
                        found.append(int(entry.name))
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def reader_command(tmp_path: Path) -> tuple[str, dict[str, Path]]:
    """The shell command that starts the installed reader on a copy of the test corpus."""
    if not BRIEFING.exists():
        pytest.fail(f"the briefing command is not installed beside {sys.executable}")
    corpus = tmp_path / "corpus"
    shutil.copytree(UI_CORPUS, corpus)
    (tmp_path / "notes").mkdir()
    folders = {name: tmp_path / name.lower() for name in ("DATA", "CONFIG", "CACHE")}
    env = " ".join(f"BRIEFING_{name}={shlex.quote(str(p))}" for name, p in folders.items())
    command = (
        f"cd {shlex.quote(str(tmp_path))} && "
        f"env TERM=xterm-256color {env} {shlex.quote(str(BRIEFING))} "
        f"--corpus {shlex.quote(str(corpus))} --annotations {shlex.quote(str(tmp_path / 'notes'))}"
        "; sleep 5"
    )
    return command, folders


def test_read_copy_help_quit_and_resume(tmp_path: Path, terminal: Terminal) -> None:
    command, folders = reader_command(tmp_path)

    terminal.start(command)
    terminal.wait_for(lambda s: "2020-01-30 Moscow" in s and "Awaiting a visit" in s, "the visits")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "Prime Minister Benjamin Netanyahu" in s, "the first article")
    terminal.wait_for(lambda s: "1 person" in s, "the entity legend")

    terminal.press("j", "y")
    terminal.wait_for(lambda s: "Copied 51 characters" in s, "the copy notification")

    terminal.press("?")
    terminal.wait_for(lambda s: "Next sentence" in s and "Everywhere" in s, "the help")
    terminal.press("Escape")
    terminal.wait_for(lambda s: "Everywhere" not in s, "the help closing")

    terminal.press("q")
    terminal.wait_for(lambda s: "Visits" not in s, "the reader quitting")
    assert (folders["DATA"] / "reader-state.json").exists()
    terminal.tmux("kill-session", "-t", "reader")
    terminal.wait_for(lambda s: not terminal.running(), "the window closing")

    terminal.start(command)
    screen = terminal.wait_for(
        lambda s: "He met Vladimir Putin" in s and "Visits" in s, "the article reopened"
    )
    assert "Netanyahu stops in Moscow on his way home" in screen
    terminal.press("q")


def test_note_notes_pane_timeline_and_export(tmp_path: Path, terminal: Terminal) -> None:
    command, _ = reader_command(tmp_path)
    terminal.start(command)
    terminal.wait_for(lambda s: "2020-01-30 Moscow" in s, "the visits")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "1 person" in s, "the first article with its entities")

    terminal.press("j", "a")
    terminal.wait_for(lambda s: "New note" in s and "ctrl+s save" in s, "the note editor")
    terminal.press(*["Space" if c == " " else c for c in "Two hours with Putin"])
    terminal.wait_for(lambda s: "Two hours with Putin" in s, "the note typed")
    terminal.press("C-s")
    terminal.wait_for(lambda s: "Note saved" in s, "the note saved")

    terminal.press("p")
    # The note's text is in the status line already; the pane lists it under its heading.
    terminal.wait_for(lambda s: "╭─ Notes" in s and "On passages" in s, "the notes pane")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "Next sentence" in s and "Tags" not in s, "the text focused")

    terminal.press("t")
    terminal.wait_for(lambda s: "2 visits, 2020–2021" in s, "the timeline drawn")
    terminal.press("j", "Enter")
    terminal.wait_for(
        lambda s: "Timeline of visits" not in s and "2021-05-12 Sochi" in s, "the Sochi visit"
    )

    terminal.press("X")
    terminal.wait_for(lambda s: "briefing.md" in s, "the proposed file name")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "Briefing written" in s, "where the briefing went")
    briefing = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert "Two hours with Putin" in briefing
    terminal.press("q")


def reader_pid(terminal: Terminal) -> int:
    """The process id of the reader running under the window's shell."""
    shell = terminal.tmux("display-message", "-p", "-t", "reader", "#{pane_pid}").strip()
    for _ in range(50):
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if stat[1] == shell and b"briefing" in command:
                return int(entry.name)
        time.sleep(0.1)
    raise AssertionError("the reader process was not found")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the reader")
def test_a_stopped_reader_keeps_the_note_being_typed(tmp_path: Path, terminal: Terminal) -> None:
    command, folders = reader_command(tmp_path)
    terminal.start(command)
    terminal.wait_for(lambda s: "2020-01-30 Moscow" in s, "the visits")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "1 person" in s, "the first article with its entities")
    terminal.press("a")
    terminal.wait_for(lambda s: "New note" in s and "ctrl+s save" in s, "the note editor")
    terminal.press(*["Space" if c == " " else c for c in "Not saved yet"])
    terminal.wait_for(lambda s: "Not saved yet" in s, "the note typed")

    os.kill(reader_pid(terminal), signal.SIGTERM)
    terminal.wait_for(lambda s: "Visits" not in s, "the reader stopping")
    assert list((folders["DATA"] / "drafts").iterdir())
    terminal.tmux("kill-session", "-t", "reader")
    terminal.wait_for(lambda s: not terminal.running(), "the window closing")

    terminal.start(command)
    terminal.wait_for(lambda s: "kept as a draft" in s, "the draft offered")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "Not saved yet" in s and "New note" in s, "the draft reopened")
    terminal.press("C-s")
    terminal.wait_for(lambda s: "Note saved" in s, "the note saved")
    terminal.press("q")


def gone(pid: int, patience: float) -> bool:
    """Whether the process has ended (or is only waiting to be reaped) within ``patience``."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the reader")
@pytest.mark.parametrize("how", ["closed", "closed as it quits", "stopped and closed"])
def test_a_reader_whose_terminal_closes_ends_and_keeps_the_note(
    tmp_path: Path, terminal: Terminal, how: str
) -> None:
    terminal.outliving_fails = True
    command, folders = reader_command(tmp_path)
    terminal.start(command)
    terminal.wait_for(lambda s: "2020-01-30 Moscow" in s, "the visits")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "1 person" in s, "the first article with its entities")
    terminal.press("a")
    terminal.wait_for(lambda s: "New note" in s and "ctrl+s save" in s, "the note editor")
    terminal.press(*["Space" if c == " " else c for c in "Typed as it closed"])
    terminal.wait_for(lambda s: "Typed as it closed" in s, "the note typed")
    reader = reader_pid(terminal)

    if how == "closed as it quits":
        terminal.tmux("send-keys", "-t", "reader", "C-q")
    elif how == "stopped and closed":
        os.kill(reader, signal.SIGTERM)
    terminal.tmux("kill-server")

    assert gone(reader, patience=5.0), "the reader still runs after its terminal closed"
    assert [d.body for d in load_drafts(folders["DATA"] / "drafts")] == ["Typed as it closed"]


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the reader")
def test_a_reader_quitting_as_its_terminal_closes_ends(tmp_path: Path, terminal: Terminal) -> None:
    terminal.outliving_fails = True
    command, _ = reader_command(tmp_path)
    terminal.start(command)
    terminal.wait_for(lambda s: "2020-01-30 Moscow" in s, "the visits")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "1 person" in s, "the first article with its entities")
    terminal.press("j", "y")
    terminal.wait_for(lambda s: "Copied 51 characters" in s, "the copy notification")
    reader = reader_pid(terminal)

    terminal.press("q")
    terminal.wait_for(lambda s: "Visits" not in s, "the reader quitting")
    terminal.tmux("kill-session", "-t", "reader")

    assert gone(reader, patience=5.0), "the reader still runs after its terminal closed"
