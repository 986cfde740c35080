"""Entity recognition: people, places, organisations, weapons, events, dates and money.

Nothing heavy happens at import: the world knowledge and the matchers are
built on first use.
"""

from briefing_tui.entities.gazetteer import Entry, Gazetteer, load_gazetteer
from briefing_tui.entities.mention import ENTITY_TYPES, Mention
from briefing_tui.entities.recogniser import Recogniser
from briefing_tui.entities.summary import EntityCount, summarise
from briefing_tui.entities.tagger import Tagger, tagger_for

__all__ = [
    "ENTITY_TYPES",
    "EntityCount",
    "Entry",
    "Gazetteer",
    "Mention",
    "Recogniser",
    "Tagger",
    "load_gazetteer",
    "summarise",
    "tagger_for",
]
