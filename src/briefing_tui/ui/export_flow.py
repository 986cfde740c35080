"""Exporting a briefing from the reader: the open visit or everything, as Markdown."""

from __future__ import annotations

from pathlib import Path

from textual.worker import Worker, WorkerState

from briefing_tui.problems import BriefingError
from briefing_tui.textsafety import one_line
from briefing_tui.ui.pane_lists import UNASSIGNED, VisitList
from briefing_tui.ui.reader_base import ReaderBase


class ExportFlow(ReaderBase):
    """Asks where to write a briefing, asks before overwriting, and says where it went."""

    def action_export_visit(self) -> None:
        """Write the briefing of the visit being read as Markdown."""
        visit_id = self.visit_id or self.query_one(VisitList).highlighted_id
        if visit_id is None or visit_id == UNASSIGNED:
            self.app.notify(
                "Choose a visit first, or export everything (X).", markup=False, timeout=6
            )
            return
        self.export_briefing(visit_id)

    def action_export_all(self) -> None:
        """Write the briefing of every visit as Markdown."""
        self.export_briefing(None)

    def export_briefing(self, visit_id: str | None) -> None:
        """Propose a file in the current folder, then write the briefing there."""
        from briefing_tui.exchange import default_briefing_name
        from briefing_tui.ui.notes import AskLine

        if self.corpus is None:
            self.app.notify("The corpus is still loading.", markup=False)
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

        self.app.push_screen(
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
            self._write_briefing(visit_id, path, overwrite=False)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self._write_briefing(visit_id, path, overwrite=True)
            else:
                self.app.notify("Nothing written.", markup=False)

        self.app.push_screen(Confirm(f"{path} already exists. Replace it?", yes="Replace"), answer)

    def _write_briefing(self, visit_id: str | None, path: Path, overwrite: bool) -> None:
        corpus = self.corpus
        if corpus is None:
            return
        annotations = self.locations.annotations

        def write() -> Path:
            from briefing_tui.exchange import write_briefing
            from briefing_tui.notes import NoteStore

            return write_briefing(corpus, NoteStore(annotations), visit_id, path, overwrite)

        self.set_status(f"Writing {path.name}…")
        self.run_worker(write, thread=True, group="export", exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Say where the briefing went, or why it was not written."""
        if event.worker.group != "export":
            return
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, Path):
            written = event.worker.result
            self.set_status(f"Briefing written to {written}")
            self.app.notify(str(written), title="Briefing written", markup=False, timeout=10)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            reason = str(error) if isinstance(error, (BriefingError, OSError)) else repr(error)
            self.set_status("The briefing was not written")
            self.app.notify(
                one_line(reason),
                title="Briefing not written",
                severity="error",
                markup=False,
                timeout=15,
            )
