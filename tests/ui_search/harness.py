"""A bare app that opens one dialog and keeps what it returns, for the dialog tests."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen


def story(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test on its own event loop (the suite needs no asyncio plugin)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


class DialogHost(App[None]):
    """Pushes one dialog on mount and records the value it is dismissed with."""

    def __init__(self, dialog: Screen[Any]) -> None:
        super().__init__()
        self.dialog = dialog
        self.results: list[Any] = []

    def on_mount(self) -> None:
        """Open the dialog under test."""
        self.push_screen(self.dialog, self.results.append)


async def settle(host: DialogHost, pilot: Pilot[None]) -> None:
    """Let the dialog's workers finish and their messages be handled."""
    for _ in range(3):
        await host.workers.wait_for_complete()
        await pilot.pause()
