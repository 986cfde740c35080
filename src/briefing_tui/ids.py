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
    needle = value.lower()
    containing = [c for c in pool if needle and (needle in c or c in needle)]
    if containing:
        return sorted(containing, key=lambda c: (abs(len(c) - len(needle)), c))[:n]
    return difflib.get_close_matches(needle, pool, n=n, cutoff=0.6)
