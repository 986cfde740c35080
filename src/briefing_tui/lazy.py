"""Packages whose public names load their modules on first use (PEP 562).

A package that imports all its modules in ``__init__`` makes every user pay
for all of them, and ties the modules into an import cycle (the package
imports a module that imports the package).  Two threads importing such a
package and one of its modules at the same moment can each be handed a half
made module.  With a loader, ``__init__`` imports nothing, and the modules
import each other without a cycle.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def loader(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: each public name, from the module ``homes`` gives."""

    def load(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return load
