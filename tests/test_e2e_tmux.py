"""The installed ``briefing`` in a real terminal (tmux): read, copy, get help, quit, resume."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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


def test_read_copy_help_quit_and_resume(tmp_path: Path, terminal: Terminal) -> None:
    if not BRIEFING.exists():
        pytest.fail(f"the briefing command is not installed beside {sys.executable}")
    corpus = tmp_path / "corpus"
    shutil.copytree(UI_CORPUS, corpus)
    (tmp_path / "notes").mkdir()
    folders = {name: tmp_path / name.lower() for name in ("DATA", "CONFIG", "CACHE")}
    env = " ".join(f"BRIEFING_{name}={shlex.quote(str(p))}" for name, p in folders.items())
    command = (
        f"env TERM=xterm-256color {env} {shlex.quote(str(BRIEFING))} "
        f"--corpus {shlex.quote(str(corpus))} --annotations {shlex.quote(str(tmp_path / 'notes'))}"
        "; sleep 5"
    )

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
