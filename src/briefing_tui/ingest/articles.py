"""Write a new article and keep its original: atomically, and never over an existing file."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from pathlib import Path

from briefing_tui.atomicfile import create_file
from briefing_tui.ingest.draft import Draft

_RAW_NAME = re.compile(r"^(\d+)_")


def front_matter(
    draft: Draft,
    title: str,
    visit: str | None,
    raw: str | None,
    assignment: str | None = None,
    suggested: str | None = None,
) -> str:
    """The article's front matter in the order of DESIGN.md §2.

    ``assignment`` says how ingest chose the visit and ``suggested`` names the visit
    an undated article seems to cover; both stay until the analyst confirms.
    """
    import yaml

    fields: dict[str, str | dt.date | None] = {
        "title": _one_line(title),
        "source": _one_line(draft.source),
        "author": _one_line(draft.author),
        "published": draft.published,
        "url": _one_line(draft.url),
        "visit": visit,
    }
    if assignment is not None:
        fields["assignment"] = assignment
    if suggested is not None:
        fields["suggested_visit"] = suggested
    fields["raw"] = raw
    if draft.caption:
        fields["caption"] = _one_line(draft.caption)
    text = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=1_000_000)
    return f"---\n{text}---\n"


def _one_line(value: str | None) -> str | None:
    """A front-matter field on one line, or ``None`` when nothing is left."""
    if value is None:
        return None
    return " ".join(value.split()) or None


def article_text(
    draft: Draft,
    title: str,
    visit: str | None,
    raw: str | None,
    assignment: str | None = None,
    suggested: str | None = None,
) -> str:
    """The whole article file: front matter, then the body."""
    head = front_matter(draft, title, visit, raw, assignment, suggested)
    return head + draft.body.strip("\n") + "\n"


def keep_raw(raw_dir: Path, data: bytes, suffix: str) -> Path:
    """Keep the original bytes in ``raw/`` (read-only), reusing an identical copy if present."""
    digest = hashlib.sha256(data).hexdigest()[:16]
    numbers = [-1]
    if raw_dir.is_dir():
        for entry in sorted(raw_dir.iterdir()):
            with contextlib.suppress(OSError):
                same_size = entry.is_file() and entry.stat().st_size == len(data)
                if same_size and entry.read_bytes() == data:
                    return entry
            match = _RAW_NAME.match(entry.name)
            if match is not None:
                numbers.append(int(match.group(1)))
    number = max(numbers) + 1
    while True:
        path = raw_dir / f"{number:03d}_{digest}{suffix}"
        try:
            create_file(path, data, mode=0o444)
        except FileExistsError:
            number += 1
            continue
        return path
