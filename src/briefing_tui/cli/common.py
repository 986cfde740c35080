"""What every command shares: where the files are, the loaded corpus, JSON and tables."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from briefing_tui.problems import BriefingError

if TYPE_CHECKING:
    from rich.console import Console

    from briefing_tui.corpus import Article, Corpus, Visit
    from briefing_tui.paths import Locations


def locations(args: argparse.Namespace) -> Locations:
    """The corpus and notes folders named by the options, environment or defaults."""
    from briefing_tui.paths import resolve

    return resolve(getattr(args, "corpus", None), getattr(args, "annotations", None))


def open_corpus(args: argparse.Namespace) -> Corpus:
    """Load the corpus the options name."""
    from briefing_tui.corpus import load_corpus

    return load_corpus(locations(args).corpus)


def find_article(corpus: Corpus, article_id: str) -> Article:
    """The article with this id, or an error that suggests the closest ids."""
    article = corpus.articles.get(article_id)
    if article is None:
        raise BriefingError(_unknown("article", article_id, list(corpus.articles)))
    return article


def find_visit(corpus: Corpus, visit_id: str) -> Visit:
    """The visit with this id, or an error that suggests the closest ids."""
    visit = corpus.visit(visit_id)
    if visit is None:
        raise BriefingError(_unknown("visit", visit_id, [v.id for v in corpus.visits]))
    return visit


def _unknown(kind: str, value: str, known: list[str]) -> str:
    from briefing_tui.ids import closest

    hint = closest(value, known)
    message = f"no {kind} {value!r}"
    if hint:
        message += "; did you mean " + " or ".join(repr(h) for h in hint) + "?"
    else:
        message += f"; `briefing {'visits' if kind == 'visit' else 'visits --json'}` lists them"
    return message


def emit_json(data: Any) -> None:
    """Print JSON for programs: UTF-8, stable key order as given, one document."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def console() -> Console:
    """A console for human output; corpus text is always passed as ``Text``, never markup."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)
