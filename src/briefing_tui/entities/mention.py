"""What the recogniser reports: one named thing at exact offsets in an article's body."""

from __future__ import annotations

from typing import NamedTuple

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "PLACE",
    "ORG",
    "WEAPON",
    "EVENT",
    "DATE",
    "MONEY",
    "OTHER",
)


class Mention(NamedTuple):
    """One mention: ``text`` is ``body[start:end]``; ``name`` is the canonical name."""

    start: int
    end: int
    text: str
    type: str
    name: str

    def as_dict(self) -> dict[str, int | str]:
        """The JSON shape of DESIGN.md §4 (``show --json`` entities)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "name": self.name,
        }


# ``new_mention(Mention, (start, end, text, type, name))`` builds a mention without the
# keyword handling of ``Mention(...)``; the hot loops use it.
new_mention = tuple.__new__
