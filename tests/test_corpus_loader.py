"""The corpus loader: the bundled corpus is sound, broken files are reported and skipped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.problems import BriefingError

GOOD_HEAD = "---\ntitle: A title\nsource: Outlet\npublished: 2016-06-06\nvisit: {visit}\n---\n"


def write_article(corpus: Path, name: str, text: str | bytes) -> Path:
    path = corpus / "articles" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(corpus: Path) -> list[str]:
    return [f"{p.path.name}:{p.line}: {p.message}" for p in load_corpus(corpus).problems]


def test_bundled_corpus_has_four_visits_in_date_order_and_five_articles(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    assert corpus.problems == []
    assert [v.id for v in corpus.visits] == [
        "2009-09-moscow",
        "2016-06-moscow",
        "2018-01-moscow",
        "2019-02-moscow",
    ]
    assert len(corpus.articles) == 5
    assert [a.id for a in corpus.articles_of("2016-06-moscow")] == [
        "2016-06-asharq-coordination-on-syria",
        "2016-06-incontext-another-visit-to-moscow",
    ]
    assert corpus.visit("2016-06-moscow").end_date == dt.date(2016, 6, 7)  # type: ignore[union-attr]


def test_bodies_are_clean_prose_without_site_furniture(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    furniture = [
        "Print Friendly",
        "Share this Story",
        "Let your voice be heard",
        "Join the Algemeiner",
        "reCAPTCHA",
        "Related coverage",
        "More news:",
        "Adjust Comment Print",
        "Media ID",
        "Select Page",
        "Heshvan",
        "(Photo: AP)",
    ]
    for article in corpus.articles.values():
        body = corpus.body(article)
        for junk in furniture:
            assert junk not in body, (article.id, junk)
        assert not body.startswith(article.title), article.id


def test_every_sentence_of_the_raw_story_is_kept(corpus_dir: Path) -> None:
    raw = Path(__file__).resolve().parents[1] / "corpus" / "raw"
    corpus = load_corpus(corpus_dir)
    for article in corpus.articles.values():
        assert article.raw is not None
        source = (raw.parent / article.raw).read_text(encoding="utf-8")
        for paragraph in corpus.body(article).split("\n\n"):
            assert paragraph in source, (article.id, paragraph[:60])


def test_captions_are_kept_in_front_matter(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    caption = corpus.articles["2016-06-incontext-another-visit-to-moscow"].caption
    assert caption is not None and caption.endswith("(Photo: AP)")


def test_missing_title_is_reported_with_its_line_and_the_rest_loads(corpus_dir: Path) -> None:
    write_article(corpus_dir, "broken.txt", "---\nsource: X\n---\nBody.\n")
    assert problems_of(corpus_dir) == ["broken.txt:2: the front matter has no 'title'"]
    assert len(load_corpus(corpus_dir).articles) == 5


def test_bad_date_names_the_line(corpus_dir: Path) -> None:
    write_article(
        corpus_dir, "bad-date.txt", "---\ntitle: T\nsource: S\npublished: June 6th\n---\nBody.\n"
    )
    assert problems_of(corpus_dir) == [
        "bad-date.txt:4: 'published' must be an ISO date like 2016-06-07, not 'June 6th'"
    ]


def test_unknown_visit_is_an_error_and_the_article_is_listed_unassigned(corpus_dir: Path) -> None:
    write_article(corpus_dir, "lost.txt", GOOD_HEAD.format(visit="1999-01-nowhere") + "Body.\n")
    corpus = load_corpus(corpus_dir)
    assert [str(p).split(":", 1)[1] for p in corpus.problems] == [
        "5: unknown visit '1999-01-nowhere'; add it to visits.yaml "
        "(the article is listed as unassigned meanwhile)"
    ]
    assert [a.id for a in corpus.unassigned()] == ["lost"]


def test_bad_utf8_names_the_line_of_the_bad_byte(corpus_dir: Path) -> None:
    text = GOOD_HEAD.format(visit="2016-06-moscow").encode() + b"Fine line.\n\nBad \xff byte.\n"
    write_article(corpus_dir, "latin.txt", text)
    corpus = load_corpus(corpus_dir)
    with pytest.raises(BriefingError, match=r"latin\.txt:9: not UTF-8 text \(byte 0xff\)"):
        corpus.body(corpus.articles["latin"])


def test_bad_utf8_in_front_matter_is_reported_at_load(corpus_dir: Path) -> None:
    write_article(corpus_dir, "latin.txt", b"---\ntitle: Caf\xe9\n---\nBody\n")
    assert problems_of(corpus_dir) == [
        "latin.txt:2: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    ]


@pytest.mark.parametrize("name", ["Upper.txt", "has space.txt", "dots..txt", "note.md"])
def test_file_names_that_are_not_ids_are_refused(corpus_dir: Path, name: str) -> None:
    write_article(corpus_dir, name, GOOD_HEAD.format(visit="2016-06-moscow") + "Body.\n")
    problems = problems_of(corpus_dir)
    assert len(problems) == 1 and "must be named <id>.txt" in problems[0]


def test_path_like_visit_ids_are_refused(corpus_dir: Path) -> None:
    visits = corpus_dir / "visits.yaml"
    visits.write_text(
        visits.read_text(encoding="utf-8")
        + "\n- id: ../../etc\n  date: 2020-01-01\n  place: X\n  title: T\n",
        encoding="utf-8",
    )
    problems = problems_of(corpus_dir)
    assert any("visit id '../../etc' must use only a-z, 0-9 and '-'" in p for p in problems)
    assert len(load_corpus(corpus_dir).visits) == 4


def test_path_like_visit_in_front_matter_is_refused(corpus_dir: Path) -> None:
    write_article(corpus_dir, "escape.txt", GOOD_HEAD.format(visit="../x") + "Body.\n")
    assert problems_of(corpus_dir) == [
        "escape.txt:5: 'visit' must be a visit id of a-z, 0-9 and '-', not '../x'"
    ]


def test_unsafe_yaml_tag_is_refused_and_never_executed(corpus_dir: Path, tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    write_article(
        corpus_dir,
        "evil.txt",
        f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nBody\n",
    )
    problems = problems_of(corpus_dir)
    assert len(problems) == 1
    assert problems[0].startswith("evil.txt:2: the YAML tag")
    assert "is not allowed" in problems[0]
    assert not marker.exists()


def test_missing_visit_keys_and_duplicates_in_visits_file(corpus_dir: Path) -> None:
    (corpus_dir / "visits.yaml").write_text(
        "- id: a\n  date: 2020-01-01\n  place: X\n  title: T\n"
        "- id: a\n  date: 2020-01-02\n  place: Y\n  title: U\n"
        "- id: b\n  place: Z\n  title: V\n"
        "- id: c\n  date: 2020-13-01\n  place: Z\n  title: V\n",
        encoding="utf-8",
    )
    problems = [p for p in problems_of(corpus_dir) if p.startswith("visits.yaml")]
    assert problems == [
        "visits.yaml:5: duplicate visit id 'a' (first at line 1)",
        "visits.yaml:9: the visit has no 'date'",
        "visits.yaml:13: 'date' must be an ISO date like 2016-06-07, not '2020-13-01'",
    ]


def test_crlf_article_reads_with_normalised_line_endings(corpus_dir: Path) -> None:
    text = GOOD_HEAD.format(visit="2016-06-moscow") + "One.\n\nTwo.\n"
    write_article(corpus_dir, "crlf.txt", text.replace("\n", "\r\n").encode())
    corpus = load_corpus(corpus_dir)
    assert corpus.problems == []
    assert corpus.body("crlf") == "One.\n\nTwo."


def test_symlink_pointing_outside_the_corpus_is_skipped(corpus_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD_HEAD.format(visit="2016-06-moscow") + "Secret\n", encoding="utf-8")
    (corpus_dir / "articles" / "leak.txt").symlink_to(outside)
    assert problems_of(corpus_dir) == [
        "leak.txt:1: a link that points outside the corpus; it is skipped"
    ]


def test_article_file_that_disappears_is_reported_on_open(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    article = next(iter(corpus.articles.values()))
    article.path.unlink()
    with pytest.raises(BriefingError, match="the article file has gone"):
        corpus.body(article)


def test_a_body_without_front_matter_end_is_reported(corpus_dir: Path) -> None:
    write_article(corpus_dir, "open.txt", "---\ntitle: T\nBody without end\n")
    problems = problems_of(corpus_dir)
    assert len(problems) == 1 and problems[0].startswith("open.txt:")
