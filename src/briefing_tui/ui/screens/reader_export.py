"""Exporting a briefing from the reader: the open visit or everything, as Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.session import UNASSIGNED, BriefingFailed, BriefingWritten
from briefing_tui.textsafety import one_line
from briefing_tui.ui.widgets.pane_lists import VisitList

if TYPE_CHECKING:
    from briefing_tui.ui.screens.reader import ReaderScreen


class BriefingExport:
    """Asks where to write a briefing, asks before overwriting, and says where it went."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.session = screen.session

    def of_visit(self) -> None:
        """Write the briefing of the visit being read as Markdown."""
        screen = self.screen
        visit_id = screen.visit_id or screen.query_one(VisitList).highlighted_id
        if visit_id is None or visit_id == UNASSIGNED:
            screen.app.notify(
                "Choose a visit first, or export everything (X).", markup=False, timeout=6
            )
            return
        self.ask(visit_id)

    def ask(self, visit_id: str | None) -> None:
        """Propose a file in the current folder, then write the briefing there."""
        from briefing_tui.exchange import default_briefing_name
        from briefing_tui.ui.notes import AskLine

        app = self.screen.app
        if self.session.corpus is None:
            app.notify("The corpus is still loading.", markup=False)
            return
        what = f"the visit {one_line(visit_id)}" if visit_id else "every visit"

        def answer(text: str | None) -> None:
            if text is None or not text.strip():
                return
            path = Path(text.strip()).expanduser()
            if not path.is_absolute():
                path = Path.cwd() / path
            if path.suffix == "":
                path = path.with_suffix(".md")
            self._write_or_ask(visit_id, path)

        app.push_screen(
            AskLine(
                f"Write the briefing of {what} (Markdown) to:",
                default_briefing_name(visit_id),
                placeholder="a file name; relative to the folder the reader started in",
            ),
            answer,
        )

    def _write_or_ask(self, visit_id: str | None, path: Path) -> None:
        from briefing_tui.ui.notes import Confirm

        if not path.exists():
            self._write(visit_id, path, overwrite=False)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self._write(visit_id, path, overwrite=True)
            else:
                self.screen.app.notify("Nothing written.", markup=False)

        self.screen.app.push_screen(
            Confirm(f"{path} already exists. Replace it?", yes="Replace"), answer
        )

    def _write(self, visit_id: str | None, path: Path, overwrite: bool) -> None:
        if self.session.corpus is None:
            return
        self.screen.set_status(f"Writing {path.name}…")
        self.session.write_briefing(visit_id, path, overwrite)

    def written(self, event: BriefingWritten) -> None:
        """Say where the briefing went."""
        self.screen.set_status(f"Briefing written to {event.path}")
        self.screen.app.notify(str(event.path), title="Briefing written", markup=False, timeout=10)

    def failed(self, event: BriefingFailed) -> None:
        """Say why the briefing was not written."""
        self.screen.set_status("The briefing was not written")
        self.screen.app.notify(
            event.reason, title="Briefing not written", severity="error", markup=False, timeout=15
        )
