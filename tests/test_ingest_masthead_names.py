"""The site's own masthead names the outlet, with its article, even when no list knows it.

An analyst saves a page from a paper nobody listed: its first line is its name ("El
Diario Austral") and the site's menu follows ("España · Mundo · Economía"); a page
prints "De Avondkrant" above and "avondkrant.nl" below, so its outlet keeps the
article the address leaves out; a hyphenated address ("al-sabah.com") under an Arabic
masthead gives "Al-Sabah".
"""

from __future__ import annotations

import pytest

from briefing_tui.ingest.outlets import name_of_domain
from briefing_tui.ingest.scraped import read_scraped

STORY = (
    "Prime Minister Benjamin Netanyahu met President Vladimir Putin in the Kremlin on Thursday"
    " for talks on Syria, the two leaders' offices said after the meeting ended.\n\n"
    "The two sides agreed to keep the military hotline open, officials said later that day.\n"
)
HEADLINE = "Netanyahu and Putin agree to keep the hotline open after Kremlin talks"


@pytest.mark.parametrize(
    "menu",
    [
        "España · Mundo · Economía · Tecnología",
        "Binnenland   Buitenland   Politiek   Economie",
        "World | Politics | Business | Opinion",
    ],
)
def test_a_short_name_above_the_sites_menu_is_the_outlet(menu: str) -> None:
    page = f"El Diario Austral\n{menu}\n\n{HEADLINE}\n\nMarch 9, 2017\n\n{STORY}"
    draft = read_scraped(page)
    assert draft.source == "El Diario Austral"
    assert draft.title == HEADLINE


def test_a_line_that_is_not_a_name_above_a_menu_is_not_the_outlet() -> None:
    page = f"skip to the news\nWorld | Politics | Business | Opinion\n\n{HEADLINE}\n\n{STORY}"
    assert read_scraped(page).source != "skip to the news"


@pytest.mark.parametrize(
    ("domain", "lines", "name"),
    [
        ("avondkrant.nl", ["De Avondkrant", "© avondkrant.nl"], "De Avondkrant"),
        ("point.fr", ["Le Point", "Publié le 22/09/2015 | Le Point.fr"], "Le Point"),
        ("diario.pt", ["Leia o Diario hoje", "diario.pt"], "Diario"),
        ("al-sabah.com", ["الصباح", "al-sabah.com"], "Al-Sabah"),
    ],
)
def test_the_name_a_page_prints_for_its_address_keeps_its_article(
    domain: str, lines: list[str], name: str
) -> None:
    assert name_of_domain(domain, lines) == name


def test_a_row_of_links_between_the_name_and_the_menu_does_not_hide_the_name() -> None:
    page = (
        "El Diario Austral\nEntrar   Suscríbete\nEspaña   Mundo   Economía   Tecnología\n\n"
        f"{HEADLINE}\n\nMarch 9, 2017\n\n{STORY}"
    )
    assert read_scraped(page).source == "El Diario Austral"


@pytest.mark.parametrize("first", ["Home", "Menu", "Startseite", "Sign In"])
def test_a_navigation_word_above_the_menu_is_not_the_outlet(first: str) -> None:
    page = (
        f"{first}\nWorld | Politics | Business | Opinion\n\n{HEADLINE}\n\nMarch 9, 2017\n\n{STORY}"
    )
    assert read_scraped(page).source != first
