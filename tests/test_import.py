"""Importing W3C annotations: anchored by quote, never doubled, and lossless after an export."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.cli import main
from briefing_tui.corpus import load_corpus
from briefing_tui.exchange import annotations_json, import_annotations, read_annotation_file
from briefing_tui.notes import Note, NoteStore, make_target, place
from briefing_tui.problems import BriefingError

ASHARQ = "2016-06-asharq-coordination-on-syria"
ALGEMEINER = "2019-02-algemeiner-break-from-campaign-trail"


@pytest.fixture
def store(corpus_dir: Path) -> NoteStore:
    """An analyst's notes of every shape."""
    notes = NoteStore(corpus_dir.parent / "annotations")
    corpus = load_corpus(corpus_dir)
    body = corpus.body(ASHARQ)
    start = body.index("Sergei Lavrov")
    notes.add(
        "article",
        ASHARQ,
        notes.new_note(
            "Lavrov: “coordination”.\n\nSecond paragraph, trailing space ",
            ("lavrov", "syria"),
            make_target(body, start, start + 13),
        ),
    )
    notes.add("article", ASHARQ, notes.new_note("", ("tag-only",), make_target(body, 0, 8)))
    notes.add("article", ASHARQ, notes.new_note("Whole piece.", (), author=""))
    notes.add("visit", "2016-06-moscow", notes.new_note("Visit note.", ("summary",)))
    text = corpus.body(ALGEMEINER)
    start = text.index("Iranian entrenchment")
    notes.add(
        "article",
        ALGEMEINER,
        notes.new_note("ünïcode ✓ 日本語", (), make_target(text, start, start + 20)),
    )
    return notes


def every_note(store: NoteStore) -> dict[tuple[str, str], list[Note]]:
    return {(kind, subject): store.read(kind, subject).notes for kind, subject in store.subjects()}


def test_export_then_import_gives_back_exactly_the_same_notes(
    corpus_dir: Path, store: NoteStore, tmp_path: Path
) -> None:
    exported = tmp_path / "notes.json"
    exported.write_text(annotations_json(load_corpus(corpus_dir), store), encoding="utf-8")
    fresh = NoteStore(tmp_path / "elsewhere")
    report = import_annotations(load_corpus(corpus_dir), fresh, read_annotation_file(exported))
    assert (len(report.added), report.present, report.refused) == (5, [], [])
    assert every_note(fresh) == every_note(store)
    for kind, subject in store.subjects():
        original = store.path(kind, subject).read_bytes()
        assert fresh.path(kind, subject).read_bytes() == original


def test_importing_twice_adds_nothing_the_second_time(
    corpus_dir: Path, store: NoteStore, tmp_path: Path
) -> None:
    exported = tmp_path / "notes.json"
    exported.write_text(annotations_json(load_corpus(corpus_dir), store), encoding="utf-8")
    before = every_note(store)
    report = import_annotations(load_corpus(corpus_dir), store, read_annotation_file(exported))
    assert report.added == [] and len(report.present) == 5
    assert every_note(store) == before


def test_an_annotation_from_another_client_is_anchored_by_its_quote(
    corpus_dir: Path, tmp_path: Path
) -> None:
    corpus = load_corpus(corpus_dir)
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://annotations.example.org/anno/42",
        "type": "Annotation",
        "created": "2024-05-14T09:30:00Z",
        "creator": {"type": "Person", "nickname": "colleague"},
        "bodyValue": "Worth checking against the Kremlin readout.",
        "target": {
            "source": "https://news.example.com/some-copy-of-the-story",
            "selector": {
                "type": "TextQuoteSelector",
                "exact": "the freedom to strike so-called Hezbollah targets",
            },
        },
    }
    store = NoteStore(tmp_path / "annotations-2")
    report = import_annotations(corpus, store, [foreign])
    assert len(report.added) == 1 and report.refused == []
    (note,) = store.article(ASHARQ).notes
    assert note.author == "colleague"
    assert note.body == "Worth checking against the Kremlin readout."
    assert note.created == note.modified == "2024-05-14T09:30:00Z"
    assert note.target is not None
    body = corpus.body(ASHARQ)
    assert body[note.target.start : note.target.end] == note.target.quote
    assert note.target.prefix == body[max(0, note.target.start - 32) : note.target.start]
    assert place(body, note.target).status == "anchored"
    again = import_annotations(corpus, store, [foreign])
    assert again.present == [note.id] and again.added == []


def test_a_quote_moved_by_an_edit_is_anchored_where_it_is_now(
    corpus_dir: Path, store: NoteStore, tmp_path: Path
) -> None:
    exported = tmp_path / "notes.json"
    exported.write_text(annotations_json(load_corpus(corpus_dir), store), encoding="utf-8")
    article = corpus_dir / "articles" / f"{ASHARQ}.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(
        text.replace("\n---\n", "\n---\nA new opening paragraph.\n\n", 1), encoding="utf-8"
    )
    fresh = NoteStore(tmp_path / "fresh")
    import_annotations(load_corpus(corpus_dir), fresh, read_annotation_file(exported))
    body = load_corpus(corpus_dir).body(ASHARQ)
    moved = next(n for n in fresh.article(ASHARQ).notes if n.tags == ("lavrov", "syria"))
    assert moved.target is not None
    assert body[moved.target.start : moved.target.end] == "Sergei Lavrov"


def test_what_cannot_be_anchored_is_refused_with_a_reason(corpus_dir: Path, tmp_path: Path) -> None:
    items = [
        {
            "type": "Annotation",
            "id": "urn:x:1",
            "bodyValue": "no such passage",
            "target": {
                "source": f"urn:briefing:article:{ASHARQ}",
                "selector": {"type": "TextQuoteSelector", "exact": "words never written"},
            },
        },
        {
            "type": "Annotation",
            "id": "urn:x:2",
            "bodyValue": "unknown article",
            "target": "urn:briefing:article:no-such-article",
        },
        {
            "type": "Annotation",
            "id": "urn:x:3",
            "bodyValue": "a quote in two articles",
            "target": {"selector": {"type": "TextQuoteSelector", "exact": "Netanyahu"}},
        },
        "not an annotation",
    ]
    store = NoteStore(tmp_path / "annotations-3")
    report = import_annotations(load_corpus(corpus_dir), store, items)
    assert report.added == []
    assert len(report.refused) == 4
    assert "is not in article" in report.refused[0]
    assert "no article 'no-such-article'" in report.refused[1]
    assert "articles of this corpus hold(s) its quote" in report.refused[2]
    assert store.subjects() == []


def test_a_file_that_is_not_json_is_one_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"type": "Annotation",\n', encoding="utf-8")
    with pytest.raises(BriefingError, match=r"broken\.json:2: invalid JSON"):
        read_annotation_file(broken)
    with pytest.raises(BriefingError, match="no such file"):
        read_annotation_file(tmp_path / "missing.json")


def test_import_command_reports_counts_and_refusals(
    corpus_dir: Path, store: NoteStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = json.loads(annotations_json(load_corpus(corpus_dir), store))
    found.append(
        {
            "type": "Annotation",
            "bodyValue": "lost",
            "target": {"selector": {"type": "TextQuoteSelector", "exact": "zzz qqq"}},
        }
    )
    exported = tmp_path / "notes.json"
    exported.write_text(json.dumps(found), encoding="utf-8")
    target = tmp_path / "imported"
    args = ["import", str(exported), "--corpus", str(corpus_dir), "--annotations", str(target)]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert out.strip() == "imported 5 note(s); 0 already present; 1 refused"
    assert "annotation 6: no article of this corpus hold(s) its quote 'zzz qqq'" in err


def test_a_collection_page_is_read_and_a_bad_time_is_refused(
    corpus_dir: Path, store: NoteStore, tmp_path: Path
) -> None:
    found = json.loads(annotations_json(load_corpus(corpus_dir), store))
    found[0]["created"] = "last Tuesday"
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": found},
    }
    exported = tmp_path / "collection.json"
    exported.write_text(json.dumps(collection), encoding="utf-8")
    fresh = NoteStore(tmp_path / "fresh")
    report = import_annotations(load_corpus(corpus_dir), fresh, read_annotation_file(exported))
    assert len(report.added) == 4
    assert report.refused == [
        "annotation 1: its 'created' time 'last Tuesday' is not an ISO 8601 date and time"
    ]
    assert fresh.problems() == []


def test_a_quote_with_short_context_picks_the_occurrence_its_context_fits(
    corpus_dir: Path, tmp_path: Path
) -> None:
    corpus = load_corpus(corpus_dir)
    body = corpus.body(ASHARQ)
    second = body.index("Netanyahu", body.index("Netanyahu") + 1)
    hypothesis_style = {
        "type": "Annotation",
        "id": "https://hypothes.is/a/Xy12",
        "text": "ignored: not a W3C field",
        "body": [{"type": "TextualBody", "value": "Which Netanyahu statement?"}],
        "target": [
            {
                "source": "https://example.org/elsewhere",
                "selector": [
                    {"type": "RangeSelector", "startContainer": "/div[1]/p[2]"},
                    {"type": "TextPositionSelector", "start": 5, "end": 14},
                    {
                        "type": "TextQuoteSelector",
                        "exact": "Netanyahu",
                        "prefix": body[second - 6 : second],
                        "suffix": body[second + 9 : second + 15],
                    },
                ],
            }
        ],
    }
    store = NoteStore(tmp_path / "annotations-4")
    report = import_annotations(corpus, store, [hypothesis_style])
    assert report.refused == [] and len(report.added) == 1
    (note,) = store.article(ASHARQ).notes
    assert note.target is not None and note.target.start == second
    assert note.target.prefix == body[second - 32 : second]
    assert place(body, note.target).status == "anchored"


def test_importing_500_notes_on_one_article_writes_its_file_once(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = load_corpus(corpus_dir)
    body = corpus.body(ASHARQ)
    items = [
        {
            "type": "Annotation",
            "id": f"https://annotations.example.org/anno/{number}",
            "bodyValue": f"Reading note {number}",
            "target": {
                "source": f"urn:briefing:article:{ASHARQ}",
                "selector": {"type": "TextPositionSelector", "start": number, "end": number + 20},
            },
        }
        for number in range(500)
    ]
    items.append({"type": "Annotation", "bodyValue": "no target"})
    items.append({**items[0], "bodyValue": "the same id again"})
    store = NoteStore(tmp_path / "imported")
    path = store.path("article", ASHARQ)
    writes: list[str] = []
    real = os.replace

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        writes.append(str(target))
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    report = import_annotations(corpus, store, items)

    assert writes == [str(path)]
    assert len(report.added) == 500 and len(report.present) == 1
    assert report.refused == [
        "annotation 501: its target None is no article of this corpus, and it has no quote"
    ]
    notes = NoteStore(store.root).article(ASHARQ).notes
    assert {n.id for n in notes} == set(report.added)
    assert all(body[n.target.start : n.target.end] == n.target.quote for n in notes if n.target)


def test_a_note_that_cannot_be_saved_is_refused_and_the_rest_of_its_article_saved(
    corpus_dir: Path, tmp_path: Path
) -> None:
    corpus = load_corpus(corpus_dir)
    store = NoteStore(tmp_path / "annotations-5")
    items = [
        {
            "type": "Annotation",
            "id": f"urn:x:{number}",
            "bodyValue": text,
            "target": {
                "source": f"urn:briefing:article:{ASHARQ}",
                "selector": {"type": "TextPositionSelector", "start": 10, "end": 30},
            },
        }
        for number, text in enumerate(["kept", "broken \ud800 text", "kept too"])
    ]
    report = import_annotations(corpus, store, items)
    assert len(report.added) == 2
    assert len(report.refused) == 1 and report.refused[0].startswith("annotation 2: ")
    assert "surrogate" in report.refused[0]
    assert sorted(n.body for n in store.article(ASHARQ).notes) == ["kept", "kept too"]


_KEYS = st.sampled_from(
    [
        "id",
        "type",
        "body",
        "bodyValue",
        "target",
        "source",
        "selector",
        "exact",
        "prefix",
        "suffix",
        "start",
        "end",
        "created",
        "modified",
        "creator",
        "name",
        "purpose",
        "value",
        "items",
        "first",
    ]
)
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5000)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "Annotation",
            "TextQuoteSelector",
            "TextPositionSelector",
            "tagging",
            f"urn:briefing:article:{ASHARQ}",
            "urn:briefing:visit:2016-06-moscow",
            "Sergei Lavrov",
            "2026-11-22T03:00:00+00:00",
        ]
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=6),
    max_leaves=25,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_JSON)
def test_whatever_a_file_holds_import_answers_without_a_traceback(
    corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory, data: object
) -> None:
    folder = tmp_path_factory.mktemp("odd-import")
    source = folder / "odd.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    store = NoteStore(folder / "annotations")
    try:
        items = read_annotation_file(source)
    except BriefingError:
        return
    report = import_annotations(load_corpus(corpus_dir), store, items)
    assert len(report.added) + len(report.present) + len(report.refused) == len(items)
    assert store.problems() == []
