"""A page saved from a browser gives its outlet, date and author from wherever it keeps them.

Sites keep them in different places: JSON-LD, a ``<time datetime>``, the site's
name in the ``<title>``, or only in the visible text.  An analyst who saves such a
page gets the fields all the same, and ``found`` says where each came from.
"""

from __future__ import annotations

from pathlib import Path

from briefing_tui.ingest import Draft, read_draft, read_source

STORY = (
    "<h1>Netanyahu in Moscow for Syria talks</h1>"
    "{between}"
    "<p>Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in "
    "Moscow on Monday to coordinate military activity over Syria and avoid clashes.</p>"
    "<p>The talks lasted three hours and included the chiefs of staff of both armies, "
    "officials said after the meeting at the residence outside Moscow.</p>"
)


def saved(tmp_path: Path, head: str, between: str = "") -> Draft:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head>{head}</head><body><article>{STORY.format(between=between)}"
        "</article></body></html>",
        encoding="utf-8",
    )
    return read_draft(read_source(path))


def test_json_ld_gives_publisher_date_and_author(tmp_path: Path) -> None:
    draft = saved(
        tmp_path,
        "<title>Netanyahu in Moscow for Syria talks</title>"
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "ignored"}, {"@type": "NewsArticle", '
        '"headline": "Netanyahu in Moscow for Syria talks", '
        '"datePublished": "2015-09-21T14:05:00+03:00", '
        '"author": [{"@type": "Person", "name": "Mary Major"}], '
        '"publisher": {"@type": "Organization", "name": "Daily Courier"}}]}</script>',
    )
    assert draft.source == "Daily Courier"
    assert str(draft.published) == "2015-09-21"
    assert draft.author == "Mary Major"


def test_a_time_element_dates_a_page_without_metadata(tmp_path: Path) -> None:
    draft = saved(
        tmp_path,
        "<title>Netanyahu in Moscow for Syria talks</title>",
        '<p class="byline">By Mary Major</p>'
        '<time datetime="2015-09-21T14:05:00Z">Sept. 21, 2015</time>',
    )
    assert str(draft.published) == "2015-09-21"
    assert draft.author == "Mary Major"


def test_the_site_name_in_the_title_is_the_outlet(tmp_path: Path) -> None:
    draft = saved(tmp_path, "<title>Netanyahu in Moscow for Syria talks - Haaretz</title>")
    assert draft.source == "Haaretz"
    assert "title" in draft.found["source"]


def test_an_unknown_site_in_the_title_is_still_named(tmp_path: Path) -> None:
    draft = saved(tmp_path, "<title>Netanyahu in Moscow for Syria talks | Daily Courier</title>")
    assert draft.source == "Daily Courier"


def test_a_bare_page_gives_its_byline_from_the_visible_text(tmp_path: Path) -> None:
    draft = saved(
        tmp_path,
        "<title>Netanyahu in Moscow for Syria talks</title>",
        "<p>Noa Ben-Ami and news agencies</p><p>Sep 21, 2015 7:54 PM</p>",
    )
    assert draft.author == "Noa Ben-Ami"
    assert str(draft.published) == "2015-09-21"
    assert "visible" in draft.found["author"] or "text" in draft.found["author"]


def test_a_metadata_title_with_a_section_gives_way_to_the_pages_heading(tmp_path: Path) -> None:
    draft = saved(
        tmp_path,
        "<title>Netanyahu in Moscow for Syria talks - Israel News - Haaretz.com</title>"
        '<meta property="og:title" content="Netanyahu in Moscow for Syria talks - Israel News">',
    )
    assert draft.title == "Netanyahu in Moscow for Syria talks"
    assert draft.source == "Haaretz"


def test_a_title_that_is_only_the_sites_name_gives_way_to_the_heading(tmp_path: Path) -> None:
    draft = saved(tmp_path, "<title>Haaretz</title>")
    assert draft.title == "Netanyahu in Moscow for Syria talks"


def test_an_outlet_or_a_desk_in_the_author_metadata_is_not_a_writer(tmp_path: Path) -> None:
    for author in ("Reuters", "Times of Israel Staff", "AFP"):
        draft = saved(
            tmp_path,
            "<title>Netanyahu in Moscow for Syria talks</title>"
            f'<meta name="author" content="{author}">',
        )
        assert draft.author is None, author
