"""What the reader's tests share: a running reader, waiting for workers, async stories."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from briefing_tui.ui.app import ReaderApp

UI_CORPUS = Path(__file__).resolve().parent / "corpus"


def story(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test on its own event loop (the suite needs no asyncio plugin)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def settle(pilot: Pilot[Any], until: Callable[[], bool], tries: int = 1500) -> None:
    """Let workers finish until a condition holds (fails the test if it never does)."""
    for _ in range(tries):
        if until():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the reader never reached the expected state")


async def open_first_article(pilot: Pilot[Any]) -> None:
    """From a fresh start: wait for the visits, open the first one, wait for its entities."""
    app = pilot.app
    assert isinstance(app, ReaderApp)
    await settle(pilot, lambda: app.reader.corpus is not None)
    await pilot.press("enter")
    await settle(pilot, lambda: bool(app.reader.view.body) and bool(app.reader.view.mentions))
