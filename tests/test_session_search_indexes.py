"""A dialog's work on the search index, without a screen: open it, keep it up to date, ask it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_tui.session import ThreadJobs
from briefing_tui.session.events import (
    IndexEvent,
    IndexFailed,
    IndexOpened,
    IndexProgress,
    IndexRefreshed,
    SearchAnswered,
)
from briefing_tui.session.search_indexes import IndexJobs, shared_index

UI_CORPUS = Path(__file__).resolve().parent / "ui" / "corpus"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    corpus, annotations = tmp_path / "corpus", tmp_path / "annotations"
    shutil.copytree(UI_CORPUS, corpus)
    annotations.mkdir()
    return corpus, annotations


@pytest.fixture
def jobs() -> Iterator[ThreadJobs]:
    runner = ThreadJobs()
    yield runner
    runner.close()


def test_a_dialog_opens_the_shared_index_then_asks_it_what_was_typed(
    folders: tuple[Path, Path], jobs: ThreadJobs
) -> None:
    heard: list[IndexEvent] = []
    work = IndexJobs(jobs, heard.append)
    work.open(*folders)
    jobs.wait()
    assert any(isinstance(e, IndexProgress) for e in heard)
    opened = heard[-1]
    assert isinstance(opened, IndexOpened)
    assert shared_index(*folders) is opened.index

    work.answer(opened.index, "Putin", budget=None)
    jobs.wait()
    answered = heard[-1]
    assert isinstance(answered, SearchAnswered)
    assert answered.answer.text == "Putin"
    assert answered.answer.results is not None and answered.answer.results.hits


def test_a_refresh_reports_only_when_files_changed(
    folders: tuple[Path, Path], jobs: ThreadJobs
) -> None:
    heard: list[IndexEvent] = []
    work = IndexJobs(jobs, heard.append)
    work.open(*folders)
    jobs.wait()
    opened = heard[-1]
    assert isinstance(opened, IndexOpened)
    heard.clear()
    work.refresh(opened.index)
    jobs.wait()
    assert heard == []
    article = next((folders[0] / "articles").glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nA quokka was seen.\n", "utf-8")
    work.refresh(opened.index)
    jobs.wait()
    assert [type(e) for e in heard] == [IndexRefreshed]


def test_a_corpus_that_cannot_be_indexed_is_reported_not_raised(
    tmp_path: Path, jobs: ThreadJobs
) -> None:
    heard: list[IndexEvent] = []
    IndexJobs(jobs, heard.append).open(tmp_path / "nowhere", tmp_path / "notes")
    jobs.wait()
    (failed,) = heard
    assert isinstance(failed, IndexFailed) and "nowhere" in failed.reason
