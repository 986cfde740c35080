"""Identifiers of articles and visits: ``[a-z0-9-]+``, so no id can name a path."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,127}")


def is_valid_id(value: object) -> bool:
    """True when ``value`` is a string usable as an article or visit id (and as a file name)."""
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None


def closest(value: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """The ids most like ``value``, for 'did you mean' hints."""
    pool = list(choices)
    found = difflib.get_close_matches(value, pool, n=n, cutoff=0.4)
    if not found:
        found = [c for c in pool if value and value.lower() in c][:n]
    return found
