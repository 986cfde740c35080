"""Ingest: scraped text and saved pages become clean articles with their visit proposed."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.atomicfile import create_file
from briefing_tui.corpus import load_corpus, read_body
from briefing_tui.ids import is_valid_id
from briefing_tui.ingest import ingest_files
from briefing_tui.problems import BriefingError

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "corpus" / "raw"
SAMPLES = REPO / "tests" / "data" / "ingest"


def bundled_by_raw() -> dict[str, Path]:
    """The bundled articles, keyed by the raw file they were cleaned from."""
    found = {}
    for article in (REPO / "corpus" / "articles").glob("*.txt"):
        for line in article.read_text(encoding="utf-8").splitlines():
            if line.startswith("raw: "):
                found[Path(line[5:]).name] = article
    return found


def test_the_five_raw_files_come_out_as_the_hand_cleaned_articles(empty_corpus: Path) -> None:
    outcomes = ingest_files(empty_corpus, sorted(RAW.iterdir()))
    assert [o.status for o in outcomes] == ["added"] * 5
    corpus = load_corpus(empty_corpus)
    assert corpus.problems == []
    expected = bundled_by_raw()
    for outcome in outcomes:
        assert outcome.article_id is not None and is_valid_id(outcome.article_id)
        bundled = load_corpus(REPO / "corpus").articles[expected[outcome.path.name].stem]
        got = corpus.articles[outcome.article_id]
        assert got.title == bundled.title
        assert got.source == bundled.source
        assert got.author == bundled.author
        assert got.caption == bundled.caption
        assert corpus.body(got) == read_body(bundled.path)


def test_the_original_is_kept_byte_for_byte_and_read_only(empty_corpus: Path) -> None:
    source = RAW / "004_1b0be2f8b7164481.txt"
    (outcome,) = ingest_files(empty_corpus, [source])
    assert outcome.raw_file is not None
    assert outcome.raw_file.read_bytes() == source.read_bytes()
    assert outcome.raw_file.parent == empty_corpus / "raw"
    article = load_corpus(empty_corpus).articles[outcome.article_id or ""]
    assert article.raw == f"raw/{outcome.raw_file.name}"
    assert not outcome.raw_file.stat().st_mode & 0o222


def test_a_dateline_and_a_byline_give_date_author_and_the_visit(empty_corpus: Path) -> None:
    (outcome,) = ingest_files(empty_corpus, [RAW / "004_1b0be2f8b7164481.txt"])
    article = load_corpus(empty_corpus).articles[outcome.article_id or ""]
    assert str(article.published) == "2019-02-26"
    assert article.author == "Barney Breen-Portnoy"
    assert article.visit == "2019-02-moscow"
    assert outcome.proposal is not None and outcome.proposal.evidence == "meeting date"
    assert "a meeting on 2019-02-27 in Moscow" in outcome.proposal.reason
    assert article.assignment == "meeting date" and article.unconfirmed


def test_a_saved_page_loses_its_menus_ads_and_comments(empty_corpus: Path) -> None:
    page = SAMPLES / "northern-ledger-sochi-talks.html"
    (outcome,) = ingest_files(empty_corpus, [page])
    assert outcome.status == "added"
    corpus = load_corpus(empty_corpus)
    article = corpus.articles[outcome.article_id or ""]
    body = corpus.body(article)
    assert body.startswith("SOCHI, Russia — Prime Minister Benjamin Netanyahu")
    for furniture in (
        "Advertisement",
        "Subscribe",
        "Most read",
        "realist_77",
        "Comments",
        "Read more",
        "cookies",
        "Sign up",
        "All rights reserved",
    ):
        assert furniture not in body
    assert article.title == "Netanyahu Presses Putin on Iran’s Foothold in Syria at Sochi Talks"
    assert article.source == "The Northern Ledger"
    assert article.author == "Daria Whitcombe"
    assert str(article.published) == "2017-08-23"
    assert article.url is not None and article.url.startswith("https://northern-ledger.example/")
    assert article.caption is not None and article.caption.endswith("Kremlin press service")


def test_each_sample_matches_its_hand_cleaned_version(empty_corpus: Path) -> None:
    samples = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    outcomes = ingest_files(empty_corpus, samples)
    corpus = load_corpus(empty_corpus)
    expected_root = SAMPLES / "expected"
    for outcome in outcomes:
        assert outcome.status == "added", outcome.message
        expected_file = expected_root / f"{outcome.path.stem}.txt"
        got = corpus.articles[outcome.article_id or ""]
        expected = load_corpus_article(expected_file)
        assert (got.title, got.source, got.author, got.published, got.visit, got.caption) == (
            expected.title,
            expected.source,
            expected.author,
            expected.published,
            expected.visit,
            expected.caption,
        )
        assert corpus.body(got) == read_body(expected_file)


def load_corpus_article(path: Path) -> Any:
    from briefing_tui.corpus.loader import load_article

    return load_article(path, path.parent.parent)


def test_a_page_in_windows_1252_is_read_through_its_declared_encoding(empty_corpus: Path) -> None:
    page = SAMPLES / "eastern-courier-kremlin-25-years.html"
    with pytest.raises(UnicodeDecodeError):
        page.read_bytes().decode("utf-8")
    (outcome,) = ingest_files(empty_corpus, [page])
    assert outcome.status == "added"
    assert "read as cp1252" in outcome.message
    body = load_corpus(empty_corpus).body(outcome.article_id or "")
    assert "“unconditional ally”" in body and "Union’s successor" in body


def test_no_fitting_visit_means_a_new_visit_is_proposed_and_said(empty_corpus: Path) -> None:
    (outcome,) = ingest_files(empty_corpus, [SAMPLES / "northern-ledger-sochi-talks.html"])
    assert outcome.proposal is not None
    assert outcome.proposal.visit_id is None
    new = outcome.proposal.new_visit
    assert new is not None
    assert new.id == "2017-08-sochi" and new.place == "Sochi" and str(new.date) == "2017-08-23"
    assert {"Benjamin Netanyahu", "Vladimir Putin"} <= set(new.participants)
    assert "proposed a new visit '2017-08-sochi'" in outcome.message
    assert load_corpus(empty_corpus).articles[outcome.article_id or ""].visit is None
    assert "2017-08-sochi" not in (empty_corpus / "visits.yaml").read_text(encoding="utf-8")


def test_the_visit_option_overrides_the_proposal(empty_corpus: Path) -> None:
    page = SAMPLES / "northern-ledger-sochi-talks.html"
    (outcome,) = ingest_files(empty_corpus, [page], visit="2018-01-moscow")
    assert load_corpus(empty_corpus).articles[outcome.article_id or ""].visit == "2018-01-moscow"


def test_an_unknown_visit_option_is_refused_before_anything_is_written(
    empty_corpus: Path,
) -> None:
    with pytest.raises(BriefingError, match="no visit 'moscow-2018'"):
        ingest_files(empty_corpus, [RAW / "000_0b51c49cdcf16603.txt"], visit="moscow-2018")
    assert list((empty_corpus / "articles").iterdir()) == []


def test_a_dry_run_writes_nothing_but_shows_the_article(empty_corpus: Path) -> None:
    (outcome,) = ingest_files(empty_corpus, [RAW / "003_4a204ec3aa21d5ea.txt"], dry_run=True)
    assert outcome.status == "dry-run"
    assert outcome.text is not None
    assert "title: Netanyahu Heads to Moscow to Consolidate Coordination on Syria" in outcome.text
    assert "visit: 2016-06-moscow" in outcome.text
    assert list((empty_corpus / "articles").iterdir()) == []
    assert not (empty_corpus / "raw").exists()


def test_the_same_file_twice_is_added_once(empty_corpus: Path) -> None:
    source = RAW / "000_0b51c49cdcf16603.txt"
    first, second = ingest_files(empty_corpus, [source, source])
    assert first.status == "added"
    assert second.status == "duplicate"
    assert f"the same text as article '{first.article_id}'" in second.message
    (again,) = ingest_files(empty_corpus, [source])
    assert again.status == "duplicate"
    assert len(list((empty_corpus / "articles").iterdir())) == 1


def test_nearly_the_same_story_from_another_outlet_is_a_duplicate(
    corpus_dir: Path, tmp_path: Path
) -> None:
    original = read_body(corpus_dir / "articles" / "2016-06-asharq-coordination-on-syria.txt")
    copied = original.replace("Tel Aviv-Israeli", "JERUSALEM (Wire) - Israeli")
    copied = copied.replace("said on Sunday", "told reporters on Sunday")
    copied = copied.rsplit("\n\n", 1)[0]
    page = tmp_path / "wire-copy.txt"
    page.write_text(f"Netanyahu heads to Moscow | The Wire\n\n{copied}\n", encoding="utf-8")
    (outcome,) = ingest_files(corpus_dir, [page])
    assert outcome.status == "duplicate"
    assert "nearly the same text" in outcome.message
    assert "2016-06-asharq-coordination-on-syria" in outcome.message


def test_bad_files_are_reported_one_line_each_and_the_batch_goes_on(
    empty_corpus: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n\n")
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    binary = tmp_path / "dump.bin"
    binary.write_bytes(b"abc\x00\x01\x02" * 100)
    undecodable = tmp_path / "mangled.txt"
    undecodable.write_bytes(b"Moscow talks " + bytes(range(0x80, 0x100)) * 4)
    folder = tmp_path / "folder"
    folder.mkdir()
    good = RAW / "002_cdfe73b51c08777f.txt"
    paths = [tmp_path / "missing.txt", empty, image, binary, undecodable, folder, good]
    outcomes = ingest_files(empty_corpus, paths)
    assert [o.status for o in outcomes] == ["refused"] * 6 + ["added"]
    messages = [o.message for o in outcomes[:6]]
    assert messages[0] == "no such file"
    assert messages[1] == "empty file"
    assert "PNG image" in messages[2]
    assert "binary" in messages[3]
    assert "not UTF-8" in messages[4] and "save it as UTF-8" in messages[4]
    assert "folder" in messages[5]
    assert all("\n" not in m for m in messages)


def test_a_page_without_a_story_is_refused(empty_corpus: Path, tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<p>Subscribe</p></body></html>",
        encoding="utf-8",
    )
    (outcome,) = ingest_files(empty_corpus, [page])
    assert outcome.status == "refused"
    assert "no story" in outcome.message


def test_ingesting_a_page_never_touches_the_network(
    empty_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    outcomes = ingest_files(empty_corpus, sorted(p for p in SAMPLES.iterdir() if p.is_file()))
    assert {o.status for o in outcomes} == {"added"}


def test_a_new_article_never_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "articles" / "taken.txt"
    create_file(target, b"first\n")
    with pytest.raises(FileExistsError):
        create_file(target, b"second\n")
    assert target.read_bytes() == b"first\n"
    assert [p.name for p in target.parent.iterdir()] == ["taken.txt"]


def test_ids_stay_unique_when_titles_repeat(empty_corpus: Path, tmp_path: Path) -> None:
    bodies = [
        "Prime Minister Benjamin Netanyahu met President Vladimir Putin in Moscow on Monday "
        "to discuss air defence in Syria, aides said after three hours of talks in the Kremlin.",
        "Trade, pensions for former Soviet citizens and gas fields were on the table when the "
        "two leaders sat down, according to a statement released late in the evening.",
    ]
    paths = []
    for index, body in enumerate(bodies):
        path = tmp_path / f"copy{index}.txt"
        path.write_text(f"Talks in Moscow\n\n{body}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    first, second = ingest_files(empty_corpus, paths)
    assert first.article_id and second.article_id
    assert first.article_id != second.article_id
    assert is_valid_id(first.article_id) and is_valid_id(second.article_id)


def test_scraped_text_saved_in_windows_1252_is_read_and_said(
    empty_corpus: Path, tmp_path: Path
) -> None:
    story = (
        "Netanyahu’s secret Moscow visit was part of campaign against missile sales to Iran\n\n"
        + read_body(REPO / "corpus" / "articles" / "2009-09-haaretz-secret-moscow-visit.txt")
    )
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(story.encode("cp1252"))
    (outcome,) = ingest_files(empty_corpus, [legacy])
    assert outcome.status == "added" and "read as cp1252" in outcome.message
    body = load_corpus(empty_corpus).body(outcome.article_id or "")
    assert "Benjamin Netanyahu’s trip to Moscow" in body


def test_reingesting_a_bundled_original_reuses_it_in_raw(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", root)
    source = root / "raw" / "003_4a204ec3aa21d5ea.txt"
    (outcome,) = ingest_files(root, [source])
    assert outcome.status == "duplicate"
    assert sorted(p.name for p in (root / "raw").iterdir()) == sorted(p.name for p in RAW.iterdir())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=2000)
    | st.text(max_size=2000).map(str.encode)
    | st.text(max_size=2000).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode())
)
def test_whatever_a_file_holds_ingest_answers_with_one_line(
    empty_corpus: Path, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("odd")
    odd = folder / "odd.txt"
    odd.write_bytes(data)
    (outcome,) = ingest_files(empty_corpus, [odd], dry_run=True)
    assert outcome.status in ("dry-run", "refused", "duplicate")
    assert outcome.message and "\n" not in outcome.message


def test_two_reports_of_the_same_new_visit_get_the_same_proposal(
    empty_corpus: Path, tmp_path: Path
) -> None:
    page = SAMPLES / "northern-ledger-sochi-talks.html"
    second = tmp_path / "second-report.txt"
    second.write_text(
        "Netanyahu and Putin meet in Sochi | The Other Paper\n\n"
        "August 23, 2017\n\n"
        "SOCHI, Russia (The Other Paper) - Israeli Prime Minister Benjamin Netanyahu flew to the "
        "Black Sea resort of Sochi on Wednesday for talks with Russian President Vladimir Putin on "
        "the ceasefire in southern Syria and on Iran's growing role across the border.\n\n"
        "An Israeli official said the prime minister would ask Russia to keep Iranian forces and "
        "Hezbollah fighters away from the Golan Heights under any lasting settlement.\n",
        encoding="utf-8",
    )
    first, other = ingest_files(empty_corpus, [page, second])
    assert first.proposal is not None and other.proposal is not None
    assert first.proposal.new_visit is not None and other.proposal.new_visit is not None
    assert first.proposal.new_visit.id == other.proposal.new_visit.id == "2017-08-sochi"
    assert other.draft is not None and other.draft.source == "The Other Paper"
