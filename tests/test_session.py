"""The reading session without a screen: load, open, recognise, note, filter and export."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_tui.notes import Note, NoteStore, make_target
from briefing_tui.notes.model import new_id, now
from briefing_tui.paths import Locations
from briefing_tui.session import (
    UNASSIGNED,
    ArticleNotesRead,
    BodyFailed,
    BodyRead,
    BriefingFailed,
    BriefingWritten,
    CorpusFailed,
    CorpusLoaded,
    EntityFilter,
    Event,
    MentionsFound,
    NotesCounted,
    ReadingSession,
    ThreadJobs,
    VisitMentionsFound,
)
from briefing_tui.session.notes_index import parse_filter
from briefing_tui.session.reading import is_small_corpus

UI_CORPUS = Path(__file__).resolve().parent / "ui" / "corpus"
ARTICLE = "2020-01-tass-stop-in-moscow"


class Heard:
    """A listener that keeps every event and applies it, as the reader's screen does."""

    def __init__(self, session: ReadingSession) -> None:
        self.session = session
        self.events: list[Event] = []
        session.subscribe(self)

    def __call__(self, event: Event) -> None:
        self.events.append(event)
        self.session.apply(event)

    def of(self, kind: type[Event]) -> list[Event]:
        return [e for e in self.events if isinstance(e, kind)]


@pytest.fixture
def locations(tmp_path: Path) -> Locations:
    corpus = tmp_path / "corpus"
    shutil.copytree(UI_CORPUS, corpus)
    (tmp_path / "annotations").mkdir()
    return Locations(corpus=corpus, annotations=tmp_path / "annotations")


@pytest.fixture
def jobs() -> Iterator[ThreadJobs]:
    runner = ThreadJobs()
    yield runner
    runner.close()


def loaded(locations: Locations, jobs: ThreadJobs) -> tuple[ReadingSession, Heard]:
    session = ReadingSession(locations, jobs)
    heard = Heard(session)
    session.load_corpus()
    jobs.wait()
    return session, heard


def test_the_corpus_loads_in_the_background_and_arrives_as_an_event(
    locations: Locations, jobs: ThreadJobs
) -> None:
    session, heard = loaded(locations, jobs)
    (event,) = heard.of(CorpusLoaded)
    assert isinstance(event, CorpusLoaded)
    assert session.corpus is event.corpus
    assert ARTICLE in session.corpus.articles
    assert is_small_corpus(locations.corpus)


def test_a_missing_corpus_is_reported_not_raised(tmp_path: Path, jobs: ThreadJobs) -> None:
    session = ReadingSession(Locations(tmp_path / "nowhere", tmp_path / "notes"), jobs)
    heard = Heard(session)
    session.load_corpus()
    jobs.wait()
    assert session.corpus is None
    (event,) = heard.of(CorpusFailed)
    assert isinstance(event, CorpusFailed) and event.reason


def test_the_visits_show_before_the_articles_are_read(
    locations: Locations, jobs: ThreadJobs
) -> None:
    session = ReadingSession(locations, jobs)
    visits = session.read_visits()
    assert [v.id for v in visits][:2] == ["2020-01-moscow", "2021-05-sochi"]
    assert session.corpus is None


def test_opening_an_article_reads_its_body_and_finds_its_entities(
    locations: Locations, jobs: ThreadJobs
) -> None:
    session, heard = loaded(locations, jobs)
    session.read_body(ARTICLE, offset=5)
    jobs.wait()
    (read,) = heard.of(BodyRead)
    assert isinstance(read, BodyRead)
    assert read.offset == 5 and "Benjamin Netanyahu" in read.body
    session.recognise_all(ARTICLE, read.body)
    jobs.wait()
    (found,) = heard.of(MentionsFound)
    assert isinstance(found, MentionsFound) and found.complete
    assert "Benjamin Netanyahu" in {m.name for m in session.mentions[ARTICLE]}


def test_the_part_in_view_is_recognised_first_and_not_kept_as_the_whole(
    locations: Locations, jobs: ThreadJobs
) -> None:
    session, heard = loaded(locations, jobs)
    body = "Filler text.\n\n" * 20 + "Benjamin Netanyahu met Vladimir Putin.\n"
    start = body.index("Benjamin")
    session.recognise_part(ARTICLE, body, start, len(body))
    jobs.wait()
    (found,) = heard.of(MentionsFound)
    assert isinstance(found, MentionsFound) and not found.complete
    assert any(body[m.start : m.end] == "Benjamin Netanyahu" for m in found.mentions)
    assert ARTICLE not in session.mentions


def test_a_body_that_vanished_is_reported(locations: Locations, jobs: ThreadJobs) -> None:
    session, heard = loaded(locations, jobs)
    assert session.corpus is not None
    session.corpus.articles[ARTICLE].path.unlink()
    session.read_body(ARTICLE)
    jobs.wait()
    (failed,) = heard.of(BodyFailed)
    assert isinstance(failed, BodyFailed) and failed.article_id == ARTICLE


def test_a_visit_has_the_entities_of_all_its_articles(
    locations: Locations, jobs: ThreadJobs
) -> None:
    session, heard = loaded(locations, jobs)
    session.recognise_visit("2020-01-moscow")
    jobs.wait()
    (found,) = heard.of(VisitMentionsFound)
    assert isinstance(found, VisitMentionsFound)
    assert ARTICLE in found.mentions
    assert session.visit_mentions["2020-01-moscow"] == found.mentions
    assert ARTICLE in session.mentions


def add_note(locations: Locations, body: str, tags: tuple[str, ...]) -> None:
    from briefing_tui.corpus import load_corpus

    corpus = load_corpus(locations.corpus)
    text = corpus.body(corpus.articles[ARTICLE])
    start = text.index("Benjamin Netanyahu")
    stamp = now()
    note = Note(new_id(), stamp, stamp, "analyst", tags, body, make_target(text, start, start + 18))
    NoteStore(locations.annotations).add("article", ARTICLE, note)


def test_a_note_is_counted_placed_and_filtered_on(locations: Locations, jobs: ThreadJobs) -> None:
    add_note(locations, "He came straight from Washington.", ("syria",))
    session, heard = loaded(locations, jobs)
    session.count_notes()
    jobs.wait()
    assert heard.of(NotesCounted)
    assert session.article_note_counts == {ARTICLE: 1}
    assert session.visit_note_counts == {"2020-01-moscow": 1}
    assert session.notes_index is not None and session.notes_index.tags() == ["syria"]

    assert session.corpus is not None
    body = session.corpus.body(session.corpus.articles[ARTICLE])
    session.place_notes(ARTICLE, body)
    jobs.wait()
    (placed,) = heard.of(ArticleNotesRead)
    assert isinstance(placed, ArticleNotesRead)
    (span,) = placed.notes.ranges
    assert body[span[0] : span[1]] == "Benjamin Netanyahu"

    visits = list(session.corpus.visits)
    session.note_filter = parse_filter("#syria")
    kept, said = session.visits_kept(visits)
    assert [v.id for v in kept] == ["2020-01-moscow"]
    assert said == ["with notes tagged #syria"]
    assert [a.id for a in session.articles_kept(session.articles_of("2020-01-moscow"))] == [ARTICLE]
    session.note_filter = parse_filter("#nothing")
    assert session.visits_kept(visits)[0] == []
    session.clear_filters()
    assert not session.filtering
    assert session.visits_kept(visits)[0] == visits


def test_an_entity_filter_keeps_the_visits_that_name_it(
    locations: Locations, jobs: ThreadJobs
) -> None:
    session, _ = loaded(locations, jobs)
    assert session.corpus is not None
    session.entity_filter = EntityFilter("Sochi", frozenset({"2021-05-sochi"}))
    kept, said = session.visits_kept(list(session.corpus.visits))
    assert [v.id for v in kept] == ["2021-05-sochi"]
    assert said == ["naming Sochi"]
    assert session.filtering


def test_an_article_moved_to_no_visit_awaits_one(locations: Locations, jobs: ThreadJobs) -> None:
    session, _ = loaded(locations, jobs)
    assert session.corpus is not None
    fresh = session.reassign(session.corpus.articles[ARTICLE], None)
    assert fresh.visit is None
    assert ARTICLE in {a.id for a in session.articles_of(UNASSIGNED)}
    assert "visit: null" in fresh.path.read_text(encoding="utf-8")


def test_a_briefing_is_written_and_never_overwritten_unasked(
    locations: Locations, jobs: ThreadJobs, tmp_path: Path
) -> None:
    session, heard = loaded(locations, jobs)
    target = tmp_path / "moscow.md"
    session.write_briefing("2020-01-moscow", target, overwrite=False)
    jobs.wait()
    (written,) = heard.of(BriefingWritten)
    assert isinstance(written, BriefingWritten) and written.path == target
    assert "Moscow" in target.read_text(encoding="utf-8")
    session.write_briefing("2020-01-moscow", target, overwrite=False)
    jobs.wait()
    (failed,) = heard.of(BriefingFailed)
    assert isinstance(failed, BriefingFailed) and failed.reason


def test_a_note_saved_is_found_by_the_next_search_in_the_open_index(
    locations: Locations, jobs: ThreadJobs
) -> None:
    from briefing_tui.session.search_indexes import open_shared_index

    session, _ = loaded(locations, jobs)
    assert session.search_index() is None
    index = open_shared_index(locations.corpus, locations.annotations)
    assert session.search_index() is index
    assert open_shared_index(locations.corpus, locations.annotations) is index
    store = session.note_store()
    store.add("visit", "2020-01-moscow", store.new_note("Ask about the quokka channel"))
    session.notes_saved("visit", "2020-01-moscow")
    jobs.wait()
    hits = index.search("quokka").hits
    assert [(h.kind, h.visit) for h in hits] == [("note", "2020-01-moscow")]
