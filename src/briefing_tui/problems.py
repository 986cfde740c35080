"""Problems found in user files, reported as one ``path:line: message`` line each."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing_tui.textsafety import visible

Severity = Literal["error", "warning"]


def display_path(path: Path | str) -> str:
    """Show a path relative to the working folder when it lies below it, for short messages."""
    p = Path(path)
    try:
        rel = os.path.relpath(p)
    except ValueError:
        return str(p)
    return rel if not rel.startswith("..") else str(p)


def quoted(value: object, limit: int = 60) -> str:
    """A value as a message quotes it: its ``repr``, cut short when long (huge scalars)."""
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _safe_line(text: str) -> str:
    """One line with nothing a terminal would act on (file names may hold escapes)."""
    return visible(text, keep_newlines=False)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, at one line (1-based; 1 when the whole file is at fault)."""

    path: Path
    line: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return _safe_line(f"{display_path(self.path)}:{self.line}: {prefix}{self.message}")


class BriefingError(Exception):
    """An error a user can cause: printed as one clear line, never as a traceback."""

    def __init__(self, message: str, problem: Problem | None = None) -> None:
        super().__init__(visible(message))
        self.problem = problem

    @classmethod
    def at(cls, path: Path, line: int, message: str) -> BriefingError:
        """Build an error that names a file and a line."""
        problem = Problem(path, line, message)
        return cls(str(problem), problem)
