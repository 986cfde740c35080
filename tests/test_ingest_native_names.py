"""An outlet named only in another script goes by the Latin name it is known by.

A Hebrew masthead 'וואלה! חדשות' with no web address is Walla, a known outlet whose
name it spells; a Greek 'Η ΚΑΘΗΜΕΡΙΝΗ' is Kathimerini.  An outlet no list knows takes
the Latin name its own address spells word for word: 'عنب بلدي' on enabbaladi.net is
Enab Baladi, and 'النهار' on annahar.com is An-Nahar, the article written as it is said.
"""

from __future__ import annotations

import pytest

from briefing_tui.ingest.native_names import known_outlet_spelled, name_from_address
from briefing_tui.ingest.page import read_page
from briefing_tui.ingest.scraped import read_scraped

STORY = (
    "ראש הממשלה בנימין נתניהו נפגש היום במוסקבה עם נשיא רוסיה ולדימיר פוטין. השניים שוחחו"
    " על המצב בסוריה ועל הנוכחות האיראנית במדינה.\n\n"
    "לדברי גורמים מדיניים, הפגישה נמשכה כשלוש שעות ועסקה גם בתיאום בין הצבאות.\n"
)


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("וואלה! חדשות", "Walla"), ("Η ΚΑΘΗΜΕΡΙΝΗ", "Kathimerini"), ("РБК", "RBC")],
)
def test_a_masthead_in_another_script_spells_a_known_outlet_s_name(
    masthead: str, outlet: str
) -> None:
    assert known_outlet_spelled(masthead) == outlet


def test_a_masthead_that_spells_no_known_outlet_is_none_of_them() -> None:
    assert known_outlet_spelled("חדשות הבוקר") is None


@pytest.mark.parametrize(
    ("native", "label", "name"),
    [
        ("صوت الشام", "sawtalsham", "Sawt Al-Sham"),
        ("النهار", "annahar", "An-Nahar"),
        ("الشرق", "asharq", "Ash-Sharq"),
        ("عنب بلدي", "enabbaladi", "Enab Baladi"),
    ],
)
def test_an_address_spells_the_latin_name_of_a_site_named_in_another_script(
    native: str, label: str, name: str
) -> None:
    assert name_from_address(native, label) == name


def test_an_address_that_spells_another_name_gives_none() -> None:
    assert name_from_address("عنب بلدي", "dailysabah") is None


def test_a_scraped_page_with_a_hebrew_masthead_and_no_address_names_the_known_outlet() -> None:
    page = (
        "וואלה! חדשות\nחדשות | ספורט | כסף | תרבות | אוכל\n\n"
        "נתניהו נפגש עם פוטין בקרמלין ושוחח על סוריה\n\n" + STORY
    )
    assert read_scraped(page).source == "Walla"


def test_a_saved_page_whose_site_name_is_arabic_takes_the_name_its_address_spells() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="صوت الشام">'
        '<meta property="og:url" content="https://www.sawtalsham.net/archives/1234">'
        '<meta property="og:title" content="نتنياهو يلتقي بوتين في موسكو ويبحث الوضع في سوريا">'
        "<title>نتنياهو يلتقي بوتين في موسكو ويبحث الوضع في سوريا | صوت الشام</title></head>"
        "<body><h1>نتنياهو يلتقي بوتين في موسكو ويبحث الوضع في سوريا</h1>"
        "<p>التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الروسي فلاديمير بوتين في موسكو"
        " اليوم، وبحث الجانبان الوضع في سوريا والوجود الإيراني فيها.</p>"
        "<p>وقال مكتب نتنياهو إن اللقاء استمر ثلاث ساعات وتناول التنسيق العسكري بين البلدين.</p>"
        "</body></html>"
    )
    assert read_page(html).source == "Sawt Al-Sham"
