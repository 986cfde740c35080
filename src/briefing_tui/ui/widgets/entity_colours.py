"""One colour per entity type, in a dark and a light variant that both read well."""

from __future__ import annotations

from functools import cache

from rich.style import Style

ENTITY_TYPES = ("PERSON", "PLACE", "ORG", "WEAPON", "EVENT", "DATE", "MONEY", "OTHER")
"""The entity types of DESIGN.md §2, in legend order (and toggle keys 1 to 8)."""

_DARK = {
    "PERSON": "#79c0ff",
    "PLACE": "#7ee787",
    "ORG": "#ffa657",
    "WEAPON": "#ff7b72",
    "EVENT": "#d2a8ff",
    "DATE": "#e3b341",
    "MONEY": "#56d4dd",
    "OTHER": "#b1bac4",
}

_LIGHT = {
    "PERSON": "#0550ae",
    "PLACE": "#116329",
    "ORG": "#953800",
    "WEAPON": "#cf222e",
    "EVENT": "#8250df",
    "DATE": "#7d4e00",
    "MONEY": "#1b7c83",
    "OTHER": "#57606a",
}


@cache
def entity_styles(dark: bool) -> dict[str, Style]:
    """The text style of each entity type on a dark or a light background."""
    colours = _DARK if dark else _LIGHT
    return {kind: Style(color=colour, bold=kind == "PERSON") for kind, colour in colours.items()}
