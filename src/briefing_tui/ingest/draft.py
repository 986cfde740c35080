"""An article as read from a source file, before it has an id or a place in the corpus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Draft:
    """What a source file gives: the metadata found and the cleaned body."""

    title: str | None
    body: str
    source: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    caption: str | None = None
    found: Mapping[str, str] = field(default_factory=dict)
    """Where each field was found (``{"published": "the dateline", ...}``), for explanations."""
