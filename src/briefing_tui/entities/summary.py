"""Counts of each entity across articles, for the entity list of an article, visit or corpus."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_tui.entities.mention import Mention


@dataclass
class EntityCount:
    """How often one entity is mentioned, and in which articles."""

    name: str
    type: str
    count: int = 0
    articles: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of DESIGN.md §4 (``entities --json``)."""
        return {
            "name": self.name,
            "type": self.type,
            "count": self.count,
            "articles": self.articles,
        }


def summarise(mentions_by_article: dict[str, list[Mention]]) -> list[EntityCount]:
    """One count per (name, type), most mentioned first, then by name."""
    counts: dict[tuple[str, str], EntityCount] = {}
    for article_id, mentions in mentions_by_article.items():
        for mention in mentions:
            key = (mention.name, mention.type)
            entry = counts.get(key)
            if entry is None:
                entry = counts[key] = EntityCount(mention.name, mention.type)
            entry.count += 1
            if not entry.articles or entry.articles[-1] != article_id:
                entry.articles.append(article_id)
    return sorted(counts.values(), key=lambda c: (-c.count, c.name.casefold(), c.name, c.type))
