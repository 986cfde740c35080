"""Where the corpus, the notes and the per-user files live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "briefing"


def bundled_corpus() -> Path:
    """The corpus shipped inside the package."""
    from importlib import resources  # imported here: most commands never need it

    return Path(str(resources.files("briefing_tui").joinpath("bundled")))


def user_data_dir() -> Path:
    """The per-user data folder (notes on the bundled corpus, drafts, reader state)."""
    override = os.environ.get("BRIEFING_DATA")
    if override:
        return Path(override)
    import platformdirs  # imported only when a folder is asked for

    return Path(platformdirs.user_data_dir(APP_NAME))


def user_config_dir() -> Path:
    """The per-user config folder (keymap, theme)."""
    override = os.environ.get("BRIEFING_CONFIG")
    if override:
        return Path(override)
    import platformdirs  # imported only when a folder is asked for

    return Path(platformdirs.user_config_dir(APP_NAME))


def user_cache_dir() -> Path:
    """The per-user cache folder (search index, entity cache); safe to delete."""
    override = os.environ.get("BRIEFING_CACHE")
    if override:
        return Path(override)
    import platformdirs  # imported only when a folder is asked for

    return Path(platformdirs.user_cache_dir(APP_NAME))


@dataclass(frozen=True)
class Locations:
    """The corpus folder and the annotations folder a command works on."""

    corpus: Path
    annotations: Path


def resolve(corpus: str | None = None, annotations: str | None = None) -> Locations:
    """Apply DESIGN.md §4: options, then environment, then ``./corpus``, then the bundled one."""
    corpus = corpus or os.environ.get("BRIEFING_CORPUS") or None
    annotations = annotations or os.environ.get("BRIEFING_ANNOTATIONS") or None
    if corpus is not None:
        corpus_dir = Path(corpus)
        default_notes = corpus_dir.parent / "annotations"
    elif Path("corpus").is_dir():
        corpus_dir = Path("corpus")
        default_notes = Path("annotations")
    else:
        corpus_dir = bundled_corpus()
        default_notes = user_data_dir() / "annotations"
    notes_dir = Path(annotations) if annotations is not None else default_notes
    return Locations(corpus=corpus_dir, annotations=notes_dir)
