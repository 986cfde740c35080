"""Save every open draft and end the reader when it is stopped or its terminal goes.

A terminal that goes away (its window killed, its connection dropped) hangs up:
reads give end-of-file and writes fail.  The kernel then sends the reader
SIGHUP and SIGCONT together.  Textual takes SIGCONT as the end of a ctrl+z and
puts the terminal back into application mode, with a new writer thread that
dies on its first write; the reader's exit then blocks on that writer's full
queue, the event loop never runs again, and SIGTERM is never acted on.  So
here SIGCONT is passed on to Textual only while the terminal is there and the
reader is not ending, a hang-up is noticed even without a signal, and a reader
that must end is ended at once if it has not exited within ``EXIT_PATIENCE``.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import select
import signal
import sys
import termios
import threading
import time
from collections.abc import Iterable
from types import FrameType
from typing import Any

from textual.app import App

from briefing_tui.notes import drafts

DRAFT_SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)

EXIT_PATIENCE = 3.0
"""Seconds an ending reader has to exit on its own before it is ended at once."""

_HUNG_UP = errno.EIO, errno.ENXIO


def terminal_gone(fd: int) -> bool:
    """Whether ``fd`` is a terminal that has hung up (never true of a file or a pipe)."""
    try:
        termios.tcgetattr(fd)
    except termios.error as exc:
        return bool(exc.args) and exc.args[0] in _HUNG_UP
    except (OSError, ValueError):
        return False
    return False


class ReaderEnding:
    """Ends the reader: saves the open drafts, asks the app to exit, ends it late if it hangs."""

    def __init__(self, app: App[Any], loop: asyncio.AbstractEventLoop, stdin: int) -> None:
        self.app = app
        self.loop = loop
        self.stdin = stdin
        self.hung_up = threading.Event()
        self._deadline_set = threading.RLock()  # a signal handler may come in while it is held
        self._deadline: threading.Thread | None = None

    def end(self, signum: int) -> None:
        """On the app's loop: keep the drafts and exit with 128 + the signal's number."""
        drafts.save_open_drafts()
        self.leave_terminal()
        self.set_deadline(signum)
        self.app.exit(return_code=128 + signum)

    def end_soon(self, signum: int) -> None:
        """From a thread or a signal handler: have the loop end the reader, and set the deadline."""
        self.set_deadline(signum)
        with contextlib.suppress(RuntimeError):  # the loop has closed: the reader is exiting
            self.loop.call_soon_threadsafe(self.end, signum)

    def leave_terminal(self) -> None:
        """Point the standard streams at the null device once the terminal is gone.

        Writes to a hung-up terminal fail and kill Textual's writer thread;
        written to the null device they succeed, so the exit never waits on it.
        """
        if not terminal_gone(self.stdin):
            return
        self.hung_up.set()
        try:
            null = os.open(os.devnull, os.O_RDWR)
        except OSError:
            return
        with contextlib.suppress(OSError):
            for fd in (self.stdin, 1, 2):
                os.dup2(null, fd)
        os.close(null)

    def set_deadline(self, signum: int) -> None:
        """Start the clock: a reader still running after ``EXIT_PATIENCE`` is ended at once."""
        with self._deadline_set:
            if self._deadline is not None:
                return
            self._deadline = threading.Thread(
                target=self._end_late, args=(signum,), name="briefing-exit", daemon=True
            )
            self._deadline.start()

    def _end_late(self, signum: int) -> None:
        time.sleep(EXIT_PATIENCE)
        drafts.save_open_drafts()
        os._exit(128 + signum)

    def on_continue(self, previous: Any, signum: int, frame: FrameType | None) -> None:
        """SIGCONT: back into application mode only on a terminal that is there, if not ending."""
        if terminal_gone(self.stdin):
            self.end_soon(signal.SIGHUP)
            return
        if self.hung_up.is_set() or self.app.return_code is not None:
            return
        if callable(previous):
            previous(signum, frame)

    def watch_terminal(self) -> None:
        """In a thread of its own: wait, without waking, for the terminal to hang up."""
        poller = select.poll()
        poller.register(self.stdin, 0)  # no events asked: only a hang-up or an error wakes it
        while not terminal_gone(self.stdin):
            try:
                poller.poll()
            except OSError:
                return
            if not terminal_gone(self.stdin):
                time.sleep(1.0)  # woken, but the terminal is there: do not spin
        self.hung_up.set()
        self.end_soon(signal.SIGHUP)


def keep_drafts_on_signals(app: App[Any], signals: Iterable[int] = DRAFT_SIGNALS) -> bool:
    """From the app: on these signals, or when the terminal goes, save open drafts and exit.

    Returns False where the loop cannot take signal handlers (not the main thread, Windows).
    """
    loop = asyncio.get_running_loop()
    stdin = sys.__stdin__.fileno() if sys.__stdin__ is not None else 0
    ending = ReaderEnding(app, loop, stdin)
    try:
        for signum in signals:
            loop.add_signal_handler(signum, ending.end, signum)
    except (ValueError, RuntimeError, NotImplementedError):
        return False
    if hasattr(signal, "SIGCONT"):
        previous = signal.getsignal(signal.SIGCONT)
        signal.signal(
            signal.SIGCONT,
            lambda signum, frame: ending.on_continue(previous, signum, frame),
        )
    if os.isatty(stdin):
        threading.Thread(
            target=ending.watch_terminal, name="briefing-terminal", daemon=True
        ).start()
    return True
