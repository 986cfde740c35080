"""Every binding in force, pane by pane, after the user's keymap: for help and the palette."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode


@dataclass(frozen=True)
class BoundAction:
    """One action, the keys that run it and the node it runs on."""

    section: str
    description: str
    keys: tuple[str, ...]
    action: str
    node: DOMNode | None
    binding_id: str | None
    tooltip: str = ""


def bound_actions(
    app: App[Any], sections: list[tuple[str, DOMNode | type[DOMNode]]]
) -> list[BoundAction]:
    """The bindings of each node (or dialog class), grouped by action, with the keys in force.

    A dialog class has no node to run its actions on: its entries have ``node`` ``None``.
    """
    found: list[BoundAction] = []
    for section, source in sections:
        if isinstance(source, type):
            node = None
            bindings = (source._merged_bindings or BindingsMap()).copy()
        else:
            node = source
            bindings = source._bindings.copy()
        bindings.apply_keymap(app._keymap)
        by_action: dict[str, list[str]] = {}
        first: dict[str, Binding] = {}
        for _key, binding in bindings:
            if binding.system:
                continue
            by_action.setdefault(binding.action, []).append(app.get_key_display(binding))
            first.setdefault(binding.action, binding)
        for action, keys in by_action.items():
            binding = first[action]
            found.append(
                BoundAction(
                    section,
                    binding.description or action.replace("_", " "),
                    tuple(dict.fromkeys(keys)),
                    action,
                    node,
                    binding.id,
                    binding.tooltip,
                )
            )
    return found
