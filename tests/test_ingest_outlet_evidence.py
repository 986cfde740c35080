"""A page names its own outlet even when the outlet is in no list of known outlets."""

from __future__ import annotations

from briefing_tui.ingest.outlets import masthead_outlet, name_of_domain, site_labels
from briefing_tui.ingest.scraped import read_scraped

STORY = (
    "Prime Minister Benjamin Netanyahu met President Vladimir Putin in Moscow on Monday, "
    "officials said, and the two leaders talked about Syria for three hours.\n"
    "The talks ended late in the evening, and the prime minister flew home that night.\n"
)


def _page(head: str, foot: str) -> str:
    return f"{head}\n\nNetanyahu meets Putin in Moscow over Syria\n\n{STORY}\n{foot}\n"


def test_an_unknown_masthead_that_spells_the_pages_domain_names_the_outlet() -> None:
    page = _page(
        "LA GAZZETTA DEL LAGO quotidiano\nPolitica | Esteri | Sport | Cultura",
        "La Gazzetta del Lago – lagazzettadellago.it",
    )
    assert read_scraped(page).source == "La Gazzetta del Lago"


def test_a_menu_item_is_never_the_outlet_when_the_page_prints_its_domain() -> None:
    page = _page("مصر الآن\nسياسة | رياضة | فن | فيديو", "جميع الحقوق محفوظة - misralaan.com")
    # the masthead's words, spelled as the address runs them together
    assert read_scraped(page).source == "Misr Al-Aan"


def test_a_known_masthead_wins_over_the_wire_credit_of_a_reprint() -> None:
    page = _page("ABC News\nVideo | Live | Shows | Politics", "(c) The Associated Press")
    assert read_scraped(page).source == "ABC News"


def test_a_domain_is_read_down_to_the_part_that_names_the_site() -> None:
    assert site_labels("www.kuzeyhaber.com.tr") == ["kuzeyhaber"]
    assert site_labels("abcnews.go.com") == ["abcnews"]


def test_a_name_printed_in_capitals_is_given_in_ordinary_capitals() -> None:
    assert name_of_domain("kuzeyhaber.com.tr", ["KUZEY HABER", "x"]) == "Kuzey Haber"
    assert name_of_domain("kuzeyhaber.com.tr", ["KUZEYHABER"]) == "Kuzeyhaber"


def test_a_first_line_that_is_a_section_or_a_menu_is_no_masthead() -> None:
    assert masthead_outlet(["INTERNATIONAL", "Video | Live", "example.com"]) is None
    assert masthead_outlet(["Politik | Sport", "example.com"]) is None
    assert masthead_outlet(["Le Monde.fr", "International | Idées"]) == "Le Monde"


def test_a_date_after_the_site_name_in_the_title_tag_is_not_part_of_the_outlet() -> None:
    from briefing_tui.ingest.page import read_page

    html = (
        "<html><head><title>Путин и Нетаньяху обсудили Сирию - Вечерний Курьер, 23.01.2020"
        "</title></head><body><h1>Путин и Нетаньяху обсудили Сирию</h1><p>"
        + "Президент России встретился с премьер-министром Израиля в Иерусалиме. " * 6
        + "</p></body></html>"
    )
    assert read_page(html).source == "Вечерний Курьер"
