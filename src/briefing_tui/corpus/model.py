"""The corpus as the analyst thinks of it: visits, and the articles that cover them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

_NO_EXTRA: Mapping[str, object] = MappingProxyType({})


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


@dataclass(frozen=True, slots=True, init=False)
class Article:
    """One article's front matter and where its body lives; the body is read on demand.

    The file is kept as its folder (shared by every article of the folder) and
    its name, so a large archive does not hold one path object per article.
    """

    id: str
    folder: Path
    file_name: str
    title: str
    source: str | None
    author: str | None
    published: dt.date | None
    url: str | None
    visit: str | None
    raw: str | None
    caption: str | None
    body_line: int
    extra: Mapping[str, object] = field(compare=False, hash=False)

    def __init__(
        self,
        id: str,
        path: Path | None = None,
        title: str = "",
        source: str | None = None,
        author: str | None = None,
        published: dt.date | None = None,
        url: str | None = None,
        visit: str | None = None,
        raw: str | None = None,
        caption: str | None = None,
        body_line: int = 1,
        extra: Mapping[str, object] | None = None,
        *,
        folder: Path | None = None,
        file_name: str | None = None,
    ) -> None:
        if path is not None:
            folder, file_name = path.parent, path.name
        if folder is None or file_name is None:
            raise TypeError("an Article needs its path, or its folder and file name")
        put = object.__setattr__
        put(self, "id", id)
        put(self, "folder", folder)
        put(self, "file_name", file_name)
        put(self, "title", title)
        put(self, "source", source)
        put(self, "author", author)
        put(self, "published", published)
        put(self, "url", url)
        put(self, "visit", visit)
        put(self, "raw", raw)
        put(self, "caption", caption)
        put(self, "body_line", body_line)
        put(self, "extra", extra or _NO_EXTRA)

    @property
    def path(self) -> Path:
        """The article's file."""
        return self.folder / self.file_name

    @property
    def outlet(self) -> str:
        """The outlet's name, or a placeholder for an unnamed source."""
        return self.source or "unknown outlet"

    @property
    def assignment(self) -> str | None:
        """How ingest chose the article's visit, while the analyst has not confirmed it."""
        value = self.extra.get("assignment")
        return value if isinstance(value, str) else None

    @property
    def suggested_visit(self) -> str | None:
        """The visit ingest suggests for an undated article, never assigned without a word."""
        value = self.extra.get("suggested_visit")
        return value if isinstance(value, str) else None

    @property
    def unconfirmed(self) -> bool:
        """True while a visit chosen (or suggested) by ingest waits for the analyst."""
        return self.assignment is not None or self.suggested_visit is not None
