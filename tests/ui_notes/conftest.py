"""A tiny app that opens one notes screen, and a store in a temporary folder."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

from briefing_tui.notes.model import make_target
from briefing_tui.notes.store import NoteStore
from briefing_tui.ui.notes import NoteSubject


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests on a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


ARTICLE_ID = "2016-06-asharq-coordination-on-syria"
BODY = (
    "Tel Aviv - Netanyahu is scheduled to meet Putin in Moscow on Tuesday.\n"
    "\n"
    "Israel wants freedom to strike so-called Hezbollah targets in Syria. "
    "Russia wants calm on the Golan.\n"
    "\n"
    "The two leaders last met in April.\n"
)
QUOTE = "freedom to strike so-called Hezbollah targets"

KEY_NAMES = {" ": "space", "\n": "enter", ",": "comma", ".": "full_stop", "-": "minus"}


class ScreenApp(App[None]):
    """Opens one screen at start and records what it dismisses with."""

    def __init__(self, make_screen: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.results: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(), self.results.append)


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type text key by key, as the analyst would."""
    await pilot.press(*[KEY_NAMES.get(char, char) for char in text])


def passage_subject() -> NoteSubject:
    """A note on the quoted passage of the test article."""
    start = BODY.index(QUOTE)
    return NoteSubject.article(ARTICLE_ID, make_target(BODY, start, start + len(QUOTE)))


@pytest.fixture
def store(tmp_path: Path) -> NoteStore:
    """An empty store in a temporary annotations folder."""
    return NoteStore(tmp_path / "annotations")
