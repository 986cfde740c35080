"""Save every open draft when the reader is stopped (SIGTERM) or its terminal closes (SIGHUP)."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterable
from typing import Any

from textual.app import App

from briefing_tui.notes import drafts

DRAFT_SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _save_and_exit(app: App[Any], signum: int) -> None:
    drafts.save_open_drafts()
    app.exit(return_code=128 + signum)


def keep_drafts_on_signals(app: App[Any], signals: Iterable[int] = DRAFT_SIGNALS) -> bool:
    """From the app's ``on_mount``: on these signals save open drafts, then exit cleanly.

    Returns False where the loop cannot take signal handlers (not the main thread, Windows).
    """
    loop = asyncio.get_running_loop()
    try:
        for signum in signals:
            loop.add_signal_handler(signum, _save_and_exit, app, signum)
    except (ValueError, RuntimeError, NotImplementedError):
        return False
    return True
