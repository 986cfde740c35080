"""Photo captions and credits go to ``caption:``, never into the title or the body.

Sites credit photos in their own ways: "(Name/Pool Photo via AP)", "Фото: Name /
Outlet", "© Name/ТАСС", "(رويترز)", "Photo by AP".  A caption an HTML page marks up
as an ordinary paragraph is still a caption.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.ingest import read_draft, read_source
from briefing_tui.ingest.furniture import is_caption

LEAD = (
    "Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in "
    "Moscow on Monday for talks on Syria and Iran that lasted three hours, officials said."
)


@pytest.mark.parametrize(
    "line",
    [
        "Netanyahu meets Putin at the Kremlin on February 27, 2019. "
        "(Alexander Zemlianichenko/Pool Photo via AP)",
        "Биньямин Нетаньяху и Владимир Путин в Кремле. Фото: Дмитрий Азаров / Коммерсантъ",
        "Владимир Путин и Биньямин Нетаньяху во время встречи в Кремле. © Михаил Метцель/ТАСС",
        "بوتين ونتنياهو خلال لقائهما في سوتشي (الأناضول)",
        "Netanyahu meets Putin at the residence outside Moscow. Photo by AP",
    ],
)
def test_a_photo_credit_in_the_sites_own_form_is_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "He went home. The photo by the river was nice.",
        "Netanyahu told reporters (via an aide) that the talks had gone well.",
    ],
)
def test_prose_that_mentions_a_photo_or_an_aide_is_not_a_caption(line: str) -> None:
    assert not is_caption(line)


def test_a_caption_inside_a_scraped_story_leaves_the_body(tmp_path: Path) -> None:
    caption = (
        "Netanyahu meets Putin at the Kremlin on February 27, 2019. "
        "(Alexander Zemlianichenko/Pool Photo via AP)"
    )
    path = tmp_path / "page.txt"
    path.write_text(
        f"Netanyahu to meet Putin in Moscow\n\nApril 1, 2019\n\n{LEAD}\n\n{caption}\n\n"
        "The two leaders last met in February, when they agreed on a working group on Syria.\n",
        encoding="utf-8",
    )
    draft = read_draft(read_source(path))
    assert draft.caption == caption
    assert "Pool Photo" not in draft.body and draft.title == "Netanyahu to meet Putin in Moscow"


def test_a_caption_marked_up_as_a_paragraph_leaves_a_saved_pages_body(tmp_path: Path) -> None:
    caption = "Netanyahu meets Putin at the residence outside Moscow. Photo by AP"
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Netanyahu, Putin agree on Syria - Haaretz</title></head><body>"
        f"<h1>Netanyahu, Putin agree on Syria</h1><p><i>{caption}</i></p><p>{LEAD}</p>"
        "<p>The deputy chiefs of staff of the two armies will head the coordination "
        "mechanism, an Israeli official said after the talks.</p></body></html>",
        encoding="utf-8",
    )
    draft = read_draft(read_source(path))
    assert draft.caption == caption
    assert "Photo by AP" not in draft.body


def test_a_credit_marked_up_apart_from_its_caption_stays_a_word_apart(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Netanyahu meets Putin - Reuters</title></head><body>"
        "<h1>Netanyahu meets Putin</h1><figure><img src='x.jpg'><figcaption>Netanyahu and "
        "Putin in the Kremlin.<span class='credit'>REUTERS/Maxim Shemetov</span></figcaption>"
        f"</figure><p>{LEAD}</p><p>The two leaders agreed to keep the coordination mechanism "
        "between their armies, an Israeli official told reporters after the talks.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    draft = read_draft(read_source(path))
    assert draft.caption == "Netanyahu and Putin in the Kremlin. REUTERS/Maxim Shemetov"


def test_a_linked_credit_keeps_its_brackets_tight(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Netanyahu meets Putin - The Jerusalem Post</title></head><body>"
        "<h1>Netanyahu meets Putin</h1><figure><figcaption>Netanyahu and Putin (photo credit: "
        "<a href='/gpo'>GPO</a>)</figcaption></figure>"
        f"<p>{LEAD}</p><p>The two leaders agreed to keep the coordination mechanism between "
        "their armies, an Israeli official told reporters after the talks.</p></body></html>",
        encoding="utf-8",
    )
    assert read_draft(read_source(path)).caption == "Netanyahu and Putin (photo credit: GPO)"
