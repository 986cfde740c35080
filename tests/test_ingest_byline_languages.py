"""A byline gives the writer's name in more languages and more of the forms sites print.

An analyst saves pages whose bylines read "Door Pieter de Vries", "Yazan: Ahmet
Yılmaz", "Escrito por Ana Lima", "מאת דנה לוי", "بقلم سامر حداد", "MOSCOW — By JANE
DOE", or carry an editor's initials ("mk/ Jan Nowak").  Each gives the writer; a
city and an outlet ("دبي - سكاي نيوز عربية") give none.  A name in a script without
capitals, alone on its line, is the writer's when it stands beside the date line.
"""

from __future__ import annotations

import pytest

from briefing_tui.ingest.bylines import bare_name, byline_name, names_only_an_outlet
from briefing_tui.ingest.scraped import read_scraped


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Door Pieter de Vries", "Pieter de Vries"),
        ("Door Jan de Vries en Anna Bakker", "Jan de Vries en Anna Bakker"),
        ("Yazan: Ahmet Yılmaz", "Ahmet Yılmaz"),
        ("Escrito por Ana Lima", "Ana Lima"),
        ("Napsal: Jan Novák", "Jan Novák"),
        ("Από τον Νίκο Παππά", "Νίκο Παππά"),
        ("Автор: Ґанна Їжак", "Ґанна Їжак"),
        ("מאת דנה לוי", "דנה לוי"),
        ("بقلم سامر حداد", "سامر حداد"),
        ("MOSCOW — By JANE DOE", "Jane Doe"),
        ("MOSCOW - JAN NOVÁK", "Jan Novák"),
        ("Jerusalem - By Jane Doe", "Jane Doe"),
        ("By JAN NOVÁK AND ANA LIMA", "Jan Novák and Ana Lima"),
        ("Door Pieter van den Berg", "Pieter van den Berg"),
        ("Por João da Silva", "João da Silva"),
        ("Por Juan de la Cruz", "Juan de la Cruz"),
        ("Muhabir: Mehmet Kaya", "Mehmet Kaya"),
        ("Door onze correspondent Pieter de Vries", "Pieter de Vries"),
        ("Do nosso correspondente em Moscou, Ana Lima", "Ana Lima"),
        ("Od našeho zpravodaje v Moskvě Jan Novák", "Jan Novák"),
        ("Від нашого кореспондента у Москві Олена Коваленко", "Олена Коваленко"),
    ],
)
def test_a_byline_in_the_pages_language_gives_the_writer(line: str, name: str) -> None:
    assert byline_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "AFP - Agence France-Presse",
        "دبي - سكاي نيوز عربية",
        "Moscow - Kremlin Talks",
        "WORLD - Netanyahu Meets Putin",
        "Door to door",
        "Door Redactie Buitenland",
        "Yazan: Haber Merkezi",
        "Por Redação Mundo",
    ],
)
def test_a_city_and_an_outlet_or_a_headline_give_no_writer(line: str) -> None:
    assert byline_name(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("mk/ Jan Nowak", "Jan Nowak"),
        ("Jan Nowak /mk", "Jan Nowak"),
        ("PAP/ Jan Nowak", None),
        ("Jane Doe — Reuters", "Jane Doe"),
        ("Benjamin Netanyahu — Moscow talks", None),
    ],
)
def test_an_editors_initials_or_an_outlet_beside_the_name_are_not_part_of_it(
    line: str, name: str | None
) -> None:
    assert bare_name(line) == name


ARABIC_STORY = (
    "التقى رئيس الوزراء الإسرائيلي الرئيس الروسي في الكرملين أمس، وبحث الرجلان الوضع في"
    " المنطقة والتنسيق بين الجيشين، بحسب ما أعلن مكتب رئيس الوزراء في بيان بعد اللقاء.\n\n"
    "وقال مسؤولون إن المحادثات استمرت ثلاث ساعات، وإن الجانبين اتفقا على مواصلة الاتصالات.\n"
)


def test_a_name_without_capitals_below_the_date_line_is_the_writer() -> None:
    page = (
        "الجريدة\n\nنتنياهو يبحث مع بوتين الوضع في المنطقة خلال زيارة قصيرة إلى موسكو\n\n"
        f"الثلاثاء 30 كانون الثاني 2018\n\nسامر خليل الحداد\n\n{ARABIC_STORY}"
    )
    draft = read_scraped(page)
    assert draft.author == "سامر خليل الحداد"
    assert draft.title == "نتنياهو يبحث مع بوتين الوضع في المنطقة خلال زيارة قصيرة إلى موسكو"


def test_a_short_line_far_from_the_date_line_or_naming_a_city_is_no_writer() -> None:
    far = (
        "الجريدة\n\nسياسة دولية\n\nنتنياهو يبحث مع بوتين الوضع في المنطقة خلال زيارة قصيرة\n\n"
        f"الثلاثاء 30 كانون الثاني 2018\n\n{ARABIC_STORY}"
    )
    assert read_scraped(far).author is None
    city = (
        "الجريدة\n\nنتنياهو يبحث مع بوتين الوضع في المنطقة خلال زيارة قصيرة\n\n"
        f"الثلاثاء 30 كانون الثاني 2018\n\nالقدس المحتلة\n\n{ARABIC_STORY}"
    )
    assert read_scraped(city).author is None


def test_a_name_in_capitals_keeps_a_capital_after_its_apostrophe_and_hyphen() -> None:
    assert byline_name("By HANNAH O'CONNELL-PRICE") == "Hannah O'Connell-Price"


LATIN_STORY = (
    "Netanyahu zal donderdag in Sotsji met president Poetin praten over Iran en Syrië, heeft"
    " zijn kantoor dinsdag bekendgemaakt na een overleg met de veiligheidsdiensten.\n\n"
    "Het is de tweede ontmoeting tussen de twee leiders dit jaar, melden Israëlische media.\n"
)


def test_a_byline_and_a_date_set_apart_by_a_wide_gap_give_both() -> None:
    page = (
        "Het Avondblad\nNieuws   Politiek   Buitenland   Economie\n\n"
        "Netanyahu zoekt steun bij Poetin vlak voor de verkiezingen\n\n"
        f"Door Marieke de Graaf   10 september 2019, 21:15\n\n{LATIN_STORY}"
    )
    draft = read_scraped(page)
    assert draft.author == "Marieke de Graaf"
    assert str(draft.published) == "2019-09-10"


@pytest.mark.parametrize("byline", ["By REUTERS", "By The Associated Press", "Por Europa Press"])
def test_a_byline_that_names_only_an_agency_gives_no_writer(byline: str) -> None:
    page = (
        "The Daily Meridian\nWorld | Politics | Business | Opinion\n\n"
        "Netanyahu tells Putin Iran is the main threat in the region\n\n"
        f"{byline}\nFebruary 27, 2019\n\n"
        "Prime Minister Benjamin Netanyahu told President Vladimir Putin in the Kremlin on"
        " Wednesday that Iran was the main threat to the region, his office said.\n\n"
        "The two leaders agreed to set up a working group on foreign forces in Syria.\n\n"
        "(Reporting by Jane Roe in Moscow; Editing by John Doe)\n"
    )
    assert read_scraped(page).author is None
    assert names_only_an_outlet(byline)
    assert not names_only_an_outlet("By Jane Roe")


def test_a_short_headline_below_the_date_line_is_the_headline_not_a_writer() -> None:
    page = (
        "الجريدة\nسياسة   منطقة   اقتصاد   رأي\n\n"
        f"الثلاثاء 30 كانون الثاني 2018\n\nنتنياهو في الكرملين\n\n{ARABIC_STORY}"
    )
    story = "نتنياهو في الكرملين: " + ARABIC_STORY
    draft = read_scraped(page.replace(ARABIC_STORY, story))
    assert draft.author is None
    assert draft.title == "نتنياهو في الكرملين"


def test_a_byline_naming_a_writer_beside_the_paper_is_not_only_the_paper() -> None:
    assert not names_only_an_outlet("By Jack Khoury, Haaretz")
    assert not names_only_an_outlet("By Jane Roe and Reuters")


HEBREW_PAGE = (
    "חדשות היום\nחדשות | ספורט | כסף | תרבות\n\n"
    "נתניהו נפגש עם פוטין בקרמלין\n\n"
    "ראש הממשלה שוחח עם נשיא רוסיה על המצב בסוריה ועל הנוכחות האיראנית ליד הגבול בצפון\n\n"
    "{byline}\n\n"
    'נתניהו ופוטין בקרמלין ביום שני (צילום: דני לוי, לע"מ)\n\n'
    "ראש הממשלה בנימין נתניהו נפגש היום במוסקבה עם נשיא רוסיה ולדימיר פוטין. השניים שוחחו"
    " על המצב בסוריה ועל הנוכחות האיראנית במדינה.\n\n"
    "לדברי גורמים מדיניים, הפגישה נמשכה כשלוש שעות ועסקה גם בתיאום בין הצבאות.\n"
)


def test_a_name_without_capitals_alone_below_the_standfirst_is_the_byline() -> None:
    draft = read_scraped(HEBREW_PAGE.format(byline="מיכל בר-אור"))
    assert draft.author == "מיכל בר-אור"
    assert draft.caption == 'נתניהו ופוטין בקרמלין ביום שני (צילום: דני לוי, לע"מ)'


def test_a_line_naming_people_of_the_story_below_the_standfirst_is_no_byline() -> None:
    assert read_scraped(HEBREW_PAGE.format(byline="נתניהו ופוטין")).author is None
