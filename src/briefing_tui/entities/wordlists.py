"""Word lists written as plain text in the code, one word per blank-separated item."""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """The blank-separated words of ``text``, in order."""
    return tuple(text.split())
