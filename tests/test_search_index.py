"""The search index: built on first use, kept fresh file by file, never trusted when damaged."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.notes import NoteStore, make_target
from briefing_tui.paths import user_cache_dir
from briefing_tui.search import QueryError, SearchIndex, tagging, updating
from briefing_tui.search import store as index_store

HAARETZ = "2009-09-haaretz-secret-moscow-visit"
ASHARQ = "2016-06-asharq-coordination-on-syria"


def open_index(corpus_dir: Path) -> SearchIndex:
    return SearchIndex.open(corpus_dir, corpus_dir.parent / "annotations")


def write_article(
    corpus_dir: Path, article_id: str, body: str, visit: str = "2018-01-moscow"
) -> Path:
    path = corpus_dir / "articles" / f"{article_id}.txt"
    path.write_text(
        f"---\ntitle: {article_id}\nsource: Test Wire\npublished: 2018-01-30\nvisit: {visit}\n---\n"
        f"{body}\n",
        encoding="utf-8",
    )
    return path


def test_a_word_finds_the_article_and_the_offsets_point_at_it(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        hits = index.search("S-300").hits
    assert hits[0].article == HAARETZ
    assert hits[0].visit == "2009-09-moscow"
    body = load_corpus(corpus_dir).body(HAARETZ)
    assert hits[0].start is not None and hits[0].end is not None
    assert body[hits[0].start : hits[0].end] == "S-300"
    start, end = hits[0].snippet_hit
    assert hits[0].snippet[start:end] == "S-300"


def test_a_prefix_and_a_phrase_find_what_the_analyst_means(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        medvedev = index.search("Medved*").hits
        phrase = index.search('"coordination on Syria"').hits
    assert medvedev and medvedev[0].snippet[slice(*medvedev[0].snippet_hit)] == "Medvedev"
    assert [h.article for h in phrase] == [ASHARQ]


def test_filters_narrow_by_visit_outlet_date_and_entity(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        by_visit = {h.article for h in index.search("Putin visit:2016-06-moscow", limit=50).hits}
        by_outlet = {h.article for h in index.search("Putin outlet:asharq").hits}
        by_date = {h.article for h in index.search("Moscow from:2018-01-01 to:2018-12-31").hits}
        by_entity = {h.article for h in index.search("Moscow entity:S-300").hits}
    assert by_visit == {ASHARQ, "2016-06-incontext-another-visit-to-moscow"}
    assert by_outlet == {ASHARQ}
    assert by_date == {"2018-01-high-stakes-meeting-in-moscow"}
    assert HAARETZ in by_entity and ASHARQ not in by_entity


def test_an_unknown_visit_or_entity_is_named_with_a_suggestion(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        with pytest.raises(QueryError, match="did you mean '2016-06-moscow'"):
            index.search("Putin visit:2016-06-moskow")
        with pytest.raises(QueryError, match="no entity 'Zorro'"):
            index.search("Putin entity:Zorro")


def test_an_added_article_is_found_after_one_refresh(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        write_article(corpus_dir, "2018-01-wire-new", "Talks on the quokkaline pipeline.")
        report = index.refresh()
        assert (report.added, report.changed, report.removed) == (1, 0, 0)
        assert [h.article for h in index.search("quokkaline").hits] == ["2018-01-wire-new"]


def test_a_touched_file_is_hashed_not_reindexed_and_an_edit_is(corpus_dir: Path) -> None:
    path = write_article(corpus_dir, "2018-01-wire-new", "First version about zebrafish.")
    with open_index(corpus_dir) as index:
        os.utime(path, ns=(1, 1))
        assert index.refresh().touched == 1
        write_article(corpus_dir, "2018-01-wire-new", "Second version about axolotls.")
        assert index.refresh().changed == 1
        assert index.search("zebrafish").hits == []
        assert [h.article for h in index.search("axolotls").hits] == ["2018-01-wire-new"]


def test_a_removed_article_leaves_the_index(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        (corpus_dir / "articles" / f"{HAARETZ}.txt").unlink()
        assert index.refresh().removed == 1
        assert all(h.article != HAARETZ for h in index.search("S-300").hits)


def test_an_article_that_vanished_after_indexing_is_reported_and_skipped(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        (corpus_dir / "articles" / f"{HAARETZ}.txt").unlink()
        results = index.search("Netanyahu", limit=10)
    assert HAARETZ not in {h.article for h in results.hits}
    assert len(results.hits) == 4
    assert "has gone" in str(results.problems[0])


def test_a_broken_article_is_reported_and_the_rest_indexed(corpus_dir: Path) -> None:
    (corpus_dir / "articles" / "broken.txt").write_text("no front matter\n", encoding="utf-8")
    with open_index(corpus_dir) as index:
        assert index.article_count() == 5
        assert any("broken.txt:1" in str(p) for p in index.problems)


def test_a_second_open_reuses_the_index_without_reading_articles(corpus_dir: Path) -> None:
    open_index(corpus_dir).close()
    with open_index(corpus_dir) as index:
        report = index.refresh()
    assert report.nothing_to_do


def test_a_corrupt_index_is_rebuilt_not_trusted(corpus_dir: Path) -> None:
    open_index(corpus_dir).close()
    path = index_store.index_path(corpus_dir, corpus_dir.parent / "annotations")
    index_store.remove(path)
    path.write_bytes(b"this is not a database" * 100)
    with open_index(corpus_dir) as index:
        assert index.search("S-300").hits[0].article == HAARETZ


def test_an_index_of_another_schema_is_rebuilt(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        index.connection.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    with open_index(corpus_dir) as index:
        assert index.search("S-300").hits


def test_deleting_the_index_is_always_safe(corpus_dir: Path) -> None:
    open_index(corpus_dir).close()
    for path in (user_cache_dir() / "search").iterdir():
        path.unlink()
    with open_index(corpus_dir) as index:
        assert index.search("S-300").hits


def test_a_cache_folder_that_cannot_be_written_falls_back_to_memory(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE", str(blocker / "cache"))
    with open_index(corpus_dir) as index:
        assert index.path is None
        assert "in memory" in index.warnings[0]
        assert index.search("S-300").hits[0].article == HAARETZ


def test_notes_are_searchable_and_say_they_are_notes(corpus_dir: Path) -> None:
    annotations = corpus_dir.parent / "annotations"
    body = load_corpus(corpus_dir).body(HAARETZ)
    start = body.index("S-300")
    store = NoteStore(annotations)
    with open_index(corpus_dir) as index:
        note = store.new_note(
            "Check the delivery schedule",
            tags=["airdefence"],
            target=make_target(body, start, start + 5),
        )
        store.add("article", HAARETZ, note)
        index.update_notes("article", HAARETZ)
        hits = index.search("delivery schedule").hits
        tagged = index.search("airdefence in:notes").hits
    assert [(h.kind, h.note, h.article, h.start) for h in hits] == [
        ("note", note.id, HAARETZ, start)
    ]
    assert tagged[0].note == note.id


def test_notes_saved_by_another_program_are_picked_up_on_the_next_open(corpus_dir: Path) -> None:
    store = NoteStore(corpus_dir.parent / "annotations")
    open_index(corpus_dir).close()
    store.add(
        "visit", "2016-06-moscow", store.new_note("Ask about the hotline", tags=["deconfliction"])
    )
    with open_index(corpus_dir) as index:
        hit = index.search("hotline").hits[0]
        timeline = {v.id: v for v in index.timeline()}
    assert (hit.kind, hit.visit, hit.article) == ("note", "2016-06-moscow", None)
    assert timeline["2016-06-moscow"].notes == 1
    assert timeline["2016-06-moscow"].articles == 2


def test_the_notes_view_filters_by_tag_author_and_visit(corpus_dir: Path) -> None:
    store = NoteStore(corpus_dir.parent / "annotations")
    older = store.new_note("Lavrov absent", tags=["paris"], author="dana")
    newer = store.new_note("Secret trip", tags=["s300"], author="eli")
    store.add("article", ASHARQ, replace(older, created="2026-01-01T09:00:00+00:00"))
    store.add("visit", "2009-09-moscow", replace(newer, created="2026-01-02T09:00:00+00:00"))
    with open_index(corpus_dir) as index:
        assert [n.body for n in index.notes(tag="PARIS")] == ["Lavrov absent"]
        assert [n.body for n in index.notes(author="eli")] == ["Secret trip"]
        assert [n.body for n in index.notes(visit="2016-06-moscow")] == ["Lavrov absent"]
        assert [n.body for n in index.notes(order="visit")] == ["Secret trip", "Lavrov absent"]
        assert [n.body for n in index.notes()] == ["Secret trip", "Lavrov absent"]


def test_an_entity_leads_to_every_visit_and_article_that_names_it(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        references = index.references("S-300")
        visits = index.visits_naming("s-300")
        summary = {e.name: e for e in index.entities()}
    assert references.names == ("S-300",)
    assert [v.visit for v in references.visits] == visits == ["2009-09-moscow", "2016-06-moscow"]
    assert references.articles[0].article == HAARETZ
    assert references.articles[0].mentions == 2
    assert summary["S-300"].articles == 2 and summary["S-300"].visits == 2


def test_a_large_batch_read_by_helper_processes_matches_a_serial_build(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(30):
        write_article(
            corpus_dir, f"2018-01-wire-{number}", f"Bulletin {number} on Putin and the S-300."
        )
    monkeypatch.setattr(tagging, "PARALLEL_FROM", 10)
    monkeypatch.setattr(tagging, "BATCH", 4)
    with open_index(corpus_dir) as index:
        parallel = sorted((e.name, e.articles, e.mentions) for e in index.entities())
        count = index.article_count()
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path / "serial-cache"))
    monkeypatch.setattr(tagging, "PARALLEL_FROM", 10**9)
    with open_index(corpus_dir) as index:
        serial = sorted((e.name, e.articles, e.mentions) for e in index.entities())
    assert count == 35
    assert parallel == serial


def test_an_unchanged_folder_is_recognised_without_comparing_rows(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_index(corpus_dir).close()

    def no_row_by_row(*_: object) -> None:
        raise AssertionError("an unchanged folder was compared row by row")

    monkeypatch.setattr(updating, "_indexed", no_row_by_row)
    with open_index(corpus_dir) as index:
        assert index.refresh().nothing_to_do


def test_a_partial_update_or_an_unreadable_file_leaves_the_listing_unknown(
    corpus_dir: Path,
) -> None:
    with open_index(corpus_dir) as index:
        assert updating.stored_listing(index.connection) is not None
        write_article(corpus_dir, "2018-01-wire-new", "Talks on the quokkaline pipeline.")
        assert index.update_article("2018-01-wire-new").added == 1
        assert updating.stored_listing(index.connection) is None
        assert index.refresh().nothing_to_do
        assert updating.stored_listing(index.connection) is not None
        broken = corpus_dir / "articles" / "broken.txt"
        broken.write_text("no front matter\n", encoding="utf-8")
        assert index.refresh().problems
        assert updating.stored_listing(index.connection) is None
        broken.unlink()
        assert index.refresh().nothing_to_do


def test_a_damaged_stored_listing_only_costs_a_full_comparison(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        updating.keep_listing(index.connection, b"\0\0not a listing of this folder")
        write_article(corpus_dir, "2018-01-wire-new", "Talks on the quokkaline pipeline.")
        assert index.refresh().added == 1
        assert [h.article for h in index.search("quokkaline").hits] == ["2018-01-wire-new"]


def test_opening_says_whether_the_index_was_built(corpus_dir: Path) -> None:
    with open_index(corpus_dir) as index:
        assert index.built
    with open_index(corpus_dir) as index:
        assert not index.built
