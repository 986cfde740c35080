"""What ``briefing check`` says of a note it cannot place: gone, or there but elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.corpus import load_corpus
from briefing_tui.notes import NoteStore, Target
from briefing_tui.notes.anchoring import place

ARTICLE = "2016-06-asharq-coordination-on-syria"


def _note_on(corpus_dir: Path, target: Target) -> None:
    store = NoteStore(corpus_dir.parent / "annotations")
    store.add("article", ARTICLE, store.new_note("On a passage.", (), target))


def test_a_quote_still_in_the_article_is_never_called_gone(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = load_corpus(corpus_dir).body(ARTICLE)
    quote = "Putin"
    assert quote in body
    # A long stored context that says clearly this was another passage.
    stale = Target(
        quote, "q" * 32 + " zzzz quite another sentence ", " wholly other words " + "x" * 32
    )
    assert place(body, stale).status == "orphaned"
    _note_on(corpus_dir, stale)
    assert main(["check", "--corpus", str(corpus_dir)]) == 0
    out = capsys.readouterr().out
    assert "is in the article, but not with the words around it" in out
    assert "no longer in the article" not in out


def test_a_quote_gone_from_the_article_is_called_gone(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _note_on(corpus_dir, Target("a sentence the editors cut from the article", "", "", 10, 53))
    assert main(["check", "--corpus", str(corpus_dir)]) == 0
    assert "is no longer in the article" in capsys.readouterr().out
