"""A site's menu or section name above the story is never taken for the headline.

The analyst saves a page whose second line is the site's menu, "Israel & the Region |
Jewish Times | Israel Inside | Blogs | Live".  Its first item shares words with the
story, but the article's title is the headline below it, and a headline that the
site follows with its own name ("... | The Times of Israel") is still the headline.
"""

from __future__ import annotations

import pytest

from briefing_tui.ingest.scraped import read_scraped

HEADLINE = "Netanyahu tells Putin the Purim story as he warns against Iran in Syria"
STORY = (
    "Prime Minister Benjamin Netanyahu told Russian President Vladimir Putin on Thursday"
    " that Israel would not accept Iranian forces in Syria, in talks in the Region's"
    " capital of diplomacy, the Kremlin.\n\n"
    "Netanyahu said Israel would continue to strike arms shipments meant for Hezbollah.\n"
)


@pytest.mark.parametrize(
    "menu",
    [
        "Israel & the Region | Jewish Times | Israel Inside | Blogs | Live",
        "Middle East | Israel | Iran | Syria",
        "Nahost | Politik | Israel | Russland | Syrien",
        "International | Proche-Orient | Israël",
    ],
)
def test_the_headline_below_a_menu_is_the_title(menu: str) -> None:
    page = f"The Times of Israel\n{menu}\n\n{HEADLINE}\n\nBy Michal Yaari\n9 March 2017\n\n{STORY}"
    assert read_scraped(page).title == HEADLINE


def test_a_headline_followed_by_the_sites_name_and_section_is_still_the_title() -> None:
    page = f"{HEADLINE} | Israel & the Region | The Times of Israel\n\n9 March 2017\n\n{STORY}"
    assert read_scraped(page).title == HEADLINE


@pytest.mark.parametrize(
    "section",
    [
        "Israel & the Region",
        "Israel and the Middle East",
        "Politik und Gesellschaft",
        "Monde et Proche-Orient",
    ],
)
def test_a_section_name_on_its_own_line_gives_way_to_the_headline(section: str) -> None:
    page = (
        f"The Times of Israel\n{section}\n\n{HEADLINE}\n\nBy Michal Yaari\n9 March 2017\n\n{STORY}"
    )
    assert read_scraped(page).title == HEADLINE


@pytest.mark.parametrize(
    "menu",
    [
        "Israel   Region   Diplomacy   Kremlin   Opinion   Subscribe",
        "Política   Mundo   Economia   Cultura   Desporto",
        "Binnenland   Buitenland   Politiek   Economie",
        "سياسة   منطقة   الكرملين   اقتصاد   رأي",
        "Israel · Region · Diplomacy · Kremlin",
        "Israel • Region • Diplomacy • Kremlin",
    ],
)
def test_a_menu_set_apart_by_wide_gaps_or_dots_is_not_the_headline(menu: str) -> None:
    page = f"Daily Planet\n{menu}\n\n{HEADLINE}\n\nBy Michal Yaari\n9 March 2017\n\n{STORY}"
    assert read_scraped(page).title == HEADLINE
