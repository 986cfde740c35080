"""The lines above and below the article: its header, the entity legend and the status line."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from rich.text import Text

from briefing_tui.textsafety import one_line
from briefing_tui.ui.widgets.entity_colours import ENTITY_TYPES, entity_styles

if TYPE_CHECKING:
    from briefing_tui.corpus import Article, Visit
    from briefing_tui.entities import Mention


def header_text(article: Article, visit: Visit | None) -> Text:
    """Title, then outlet, author, date and the visit the article covers."""
    text = Text(one_line(article.title), "bold", no_wrap=False)
    details = [one_line(article.outlet)]
    if article.author:
        details.append(one_line(article.author))
    details.append(article.published.isoformat() if article.published else "undated")
    if visit is not None:
        details.append(f"{visit.date.isoformat()} {one_line(visit.place)}")
    elif article.suggested_visit is not None:
        details.append(f"awaiting a visit (suggested: {one_line(article.suggested_visit)})")
    else:
        details.append("awaiting a visit")
    text.append("\n" + " · ".join(details), "dim")
    if article.unconfirmed:
        why = _WHY_UNCONFIRMED.get(article.assignment or "suggestion", "")
        text.append(
            f"  ? visit unconfirmed{why}: c confirms, m moves (in the articles pane)", "yellow"
        )
    return text


# What ingest's choice rested on, so that a weak join says so on the screen.
_WHY_UNCONFIRMED = {
    "publication date": " (weak: only published near it; the text gives no meeting date)",
    "meeting date": " (the meeting the text reports falls in it)",
    "new visit": " (a new visit ingest proposed)",
    "suggestion": " (suggested: the page has no date)",
}


def legend_text(dark: bool, hidden: Collection[str], counts: dict[str, int] | None) -> Text:
    """The entity colours with their toggle keys; switched-off types are struck through."""
    styles = entity_styles(dark)
    text = Text(no_wrap=True, overflow="ellipsis")
    for number, kind in enumerate(ENTITY_TYPES, start=1):
        if counts is not None and not counts.get(kind) and kind not in hidden:
            continue
        text.append(f"{number} ", "dim")
        if kind in hidden:
            text.append(kind.lower(), "dim strike")
        else:
            text.append(kind.lower(), styles[kind])
        text.append("  ")
    if counts is None:
        text.append("recognising entities…", "dim italic")
    return text


def status_text(
    mentions: Sequence[Mention],
    exact: bool,
    dark: bool,
    hidden: Collection[str],
    selected: int | None,
    percent: int,
) -> Text:
    """What is under the reading cursor: the entity (or entities) and where we are."""
    styles = entity_styles(dark)
    text = Text(no_wrap=True, overflow="ellipsis")
    if selected is not None:
        text.append(f"selection: {selected} characters  ", "bold")
    shown = [m for m in mentions if m.type not in hidden]
    if exact and shown:
        mention = shown[0]
        text.append(one_line(mention.name), styles.get(mention.type, ""))
        text.append(f" · {mention.type}")
    else:
        seen: list[tuple[str, str]] = []
        for mention in shown:
            if (mention.name, mention.type) not in seen:
                seen.append((mention.name, mention.type))
        for name, kind in seen[:3]:
            text.append(one_line(name), styles.get(kind, ""))
            text.append(f" {kind.lower()}  ", "dim")
        if len(seen) > 3:
            text.append(f"+{len(seen) - 3}", "dim")
    text.append(f"  {percent}%", "dim")
    return text
