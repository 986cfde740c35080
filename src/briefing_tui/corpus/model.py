"""The corpus as the analyst thinks of it: visits, and the articles that cover them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Visit:
    """One diplomatic visit, as listed in ``visits.yaml``."""

    id: str
    date: dt.date
    place: str
    title: str
    participants: tuple[str, ...] = ()
    end_date: dt.date | None = None
    summary: str | None = None
    places: tuple[str, ...] = ()
    line: int = 1

    @property
    def year(self) -> int:
        """The year the visit began."""
        return self.date.year

    @property
    def dates(self) -> str:
        """The visit's dates for display: ``2016-06-06`` or ``2016-06-06 – 2016-06-07``."""
        if self.end_date and self.end_date != self.date:
            return f"{self.date.isoformat()} – {self.end_date.isoformat()}"
        return self.date.isoformat()


@dataclass(frozen=True, slots=True)
class Article:
    """One article's front matter and where its body lives; the body is read on demand."""

    id: str
    path: Path
    title: str
    source: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    visit: str | None = None
    raw: str | None = None
    caption: str | None = None
    body_line: int = 1
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @property
    def outlet(self) -> str:
        """The outlet's name, or a placeholder for an unnamed source."""
        return self.source or "unknown outlet"
