"""Headline, byline, caption and date as the page's own layout sets them out.

A reader saving a page gets the site's pieces in the site's order: a headline, a
standfirst, a byline with a post or a date beside it, a photo caption with its credit
(sometimes on a line of its own, sometimes after a screen reader's 'Image caption:'),
a date line with its time zone.  Each is read from where it stands, not from a list
of the sites that print it so.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.ingest.bylines import byline_name
from briefing_tui.ingest.event import find_event
from briefing_tui.ingest.furniture import (
    caption_text,
    is_caption,
    is_credit_line,
    is_teaser_heading,
)
from briefing_tui.ingest.scraped import read_scraped

STANDFIRST = (
    "The prime minister pressed the Russian president on Iranian forces in Syria during "
    "three hours of talks, his second trip this year."
)
LEAD = (
    "Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in "
    "Moscow on Monday for talks on Syria and Iran that lasted three hours, officials said."
)
MORE = (
    "Officials on both sides described the talks as frank, and said the military hotline "
    "between the two armies would stay open for the rest of the year."
)


def _page(*header: str) -> str:
    return "\n\n".join(["Northern Ledger", "News | World | Sport | Culture", *header, LEAD, MORE])


def test_a_screen_readers_image_caption_label_is_not_part_of_the_caption() -> None:
    page = _page(
        "Netanyahu presses Putin over Iran in Kremlin talks",
        "Image caption: The two leaders before their talks in the Kremlin. Getty Images",
    )
    draft = read_scraped(page)
    assert draft.caption == "The two leaders before their talks in the Kremlin. Getty Images"
    assert caption_text("Caption: A quiet walk. REUTERS/Jo Roe") == "A quiet walk. REUTERS/Jo Roe"


def test_a_caption_and_its_credit_on_the_next_line_are_one_caption() -> None:
    page = _page(
        "Netanjahu fordert in Moskau den Abzug Irans",
        STANDFIRST,
        "Von Karla Neumann",
        "Die beiden Politiker vor ihrem Gespräch im Kreml",
        "Quelle: dpa/Max Muster",
    )
    draft = read_scraped(page)
    assert (
        draft.caption == "Die beiden Politiker vor ihrem Gespräch im Kreml\nQuelle: dpa/Max Muster"
    )
    assert "Gespräch im Kreml" not in draft.body
    assert draft.title == "Netanjahu fordert in Moskau den Abzug Irans"


def test_a_source_line_for_the_story_is_not_a_photo_credit() -> None:
    assert not is_credit_line("Źródło: PAP")
    assert is_credit_line("Quelle: AFP/Yuri Kadobnov")
    assert is_credit_line("Foto: Jan Kowalski")


@pytest.mark.parametrize(
    "line",
    [
        "الرئيسان خلال لقائهما في الكرملين - أ ف ب",
        "Le Premier ministre lors d'une conférence de presse. Photo Reuters",
        "Il presidente russo con il premier israeliano nella residenza (ansa)",
        "Los dos dirigentes, este jueves en la capital. JUAN PÉREZ / EFE",
    ],
)
def test_a_credit_after_a_dash_a_stop_or_in_brackets_makes_a_caption(line: str) -> None:
    assert is_caption(line)


def test_a_caption_above_the_story_is_never_its_headline() -> None:
    page = _page(
        "بوتين ونتنياهو يبحثان في موسكو الوجود الإيراني في سوريا",
        "27-2-2019 | 18:20",
        "الرئيسان خلال لقائهما في الكرملين - أ ف ب",
    )
    draft = read_scraped(page)
    assert draft.title == "بوتين ونتنياهو يبحثان في موسكو الوجود الإيراني في سوريا"
    assert draft.caption == "الرئيسان خلال لقائهما في الكرملين - أ ف ب"


def test_a_headline_ending_on_a_quotation_keeps_its_place_above_the_standfirst() -> None:
    page = _page(
        'Netanyahu vola da Putin: "Non date i missili ad Assad"',
        "Tre ore di colloquio sul Mar Nero. Il premier israeliano teme che le batterie "
        "russe finiscano anche nelle mani di Hezbollah",
        "15 maggio 2013",
    )
    assert read_scraped(page).title == 'Netanyahu vola da Putin: "Non date i missili ad Assad"'


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("كتب - سامي فهمي", "سامي فهمي"),
        ("القاهرة - منى الشريف", "منى الشريف"),
        ("dal nostro inviato Paolo Rinaldi", "Paolo Rinaldi"),
        ("De notre correspondant à Moscou, Laurent Dassier", "Laurent Dassier"),
    ],
)
def test_a_byline_with_a_dash_or_a_post_before_the_name_gives_the_name(
    line: str, name: str
) -> None:
    assert byline_name(line) == name


def test_a_byline_with_a_date_after_the_name_signs_the_page_and_the_zone_keeps_the_date() -> None:
    page = _page(
        "Netanyahu presses Putin over Iran in Kremlin talks",
        STANDFIRST,
        "Dana Levin, 20/Adar I/5779",
        "Feb 25, 2019, 6:12 PM (GMT+2)",
    )
    draft = read_scraped(page)
    assert draft.author == "Dana Levin"
    assert draft.published == dt.date(2019, 2, 25)


def test_a_headline_that_says_who_is_to_meet_whom_on_a_weekday_looks_ahead() -> None:
    event = find_event(
        "Netanyahu to meet Putin in Moscow on Wednesday",
        "The trip was announced on Monday evening.",
        dt.date(2019, 2, 25),
        ["Moscow"],
        ["Putin"],
    )
    assert event is not None and event.date == dt.date(2019, 2, 27)


def test_a_saved_pages_byline_with_the_city_first_gives_the_writer_not_the_city() -> None:
    from briefing_tui.ingest.page import read_page

    body = "".join(f"<p>{LEAD} {MORE}</p>" for _ in range(3))
    html = (
        "<html><head><title>نتنياهو في الكرملين: تنسيق عسكري حول سوريا</title></head><body>"
        "<article><h1>نتنياهو في الكرملين: تنسيق عسكري حول سوريا</h1>"
        '<span class="author">القاهرة - منى الشريف</span>'
        f"{body}</article></body></html>"
    )
    assert read_page(html).author == "منى الشريف"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vladimir Putin llegó este jueves a Jerusalén y se reunió con Benjamin Netanyahu.",
        "Władimir Putin spotkał się w czwartek w Jerozolimie z Benjaminem Netanjahu.",
    ],
)
def test_putin_travelling_to_jerusalem_is_met_there_in_each_language(sentence: str) -> None:
    event = find_event("", sentence, dt.date(2020, 1, 23), ["Auschwitz"], ["Putin"])
    assert event is not None and event.place == "Jerusalem"


def test_a_meeting_in_another_city_than_the_headlines_is_another_meeting() -> None:
    event = find_event(
        "Israel verlangt in Moskau den Abzug der Iraner",
        "Es war ein kurzes Treffen. Am Montag trifft Putin in Helsinki den Präsidenten.",
        dt.date(2018, 7, 11),
        ["Helsinki"],
        ["Putin"],
    )
    assert event is None or event.place != "Helsinki"


def test_a_new_visit_is_placed_at_the_headlines_city_not_at_a_country_it_names() -> None:
    from briefing_tui.ingest.event import headline_place

    assert headline_place("Israel verlangt in Moskau den Abzug der Iraner", ["Israel"]) == "Moscow"
    assert headline_place("Israel and Russia agree on Syria", ["Israel", "Russia"]) is None


def test_a_writers_post_or_a_row_of_buttons_above_the_lead_is_not_part_of_the_story() -> None:
    page = _page(
        "Netanjahu fordert in Moskau den Abzug Irans",
        STANDFIRST,
        "Von Karla Neumann",
        "Korrespondentin in Moskau",
        "Drucken | Versenden | Merken",
    )
    draft = read_scraped(page)
    assert "Korrespondentin" not in draft.body and "Drucken" not in draft.body
    assert draft.body.startswith(STANDFIRST) and LEAD in draft.body


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Por Juan Pérez", "Juan Pérez"),
        ("Por Juan Pérez, corresponsal en Moscú", "Juan Pérez"),
        ("Par Claire Martin, envoyée spéciale à Moscou", "Claire Martin"),
        ("By Jane Doe, correspondent in Moscow", "Jane Doe"),
        ("Szerző: Halmos Dénes", "Halmos Dénes"),
    ],
)
def test_a_byline_in_each_language_gives_the_name_without_the_writers_post(
    line: str, name: str
) -> None:
    assert byline_name(line) == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Netanyahou a rencontré Poutine hier à Sotchi.",
        "Нетаньяху вчера встретился с Путиным в Сочи.",
        "Netanyahu dün Soçi'de Putin ile görüştü.",
        "Netanyahu è arrivato ieri a Sochi da Putin.",
    ],
)
def test_a_meeting_the_day_before_publication_is_dated_in_each_language(sentence: str) -> None:
    event = find_event("", sentence, dt.date(2013, 5, 15), ["Sochi"], ["Putin", "Netanyahu"])
    assert event is not None and (event.date, event.place) == (dt.date(2013, 5, 14), "Sochi")


def test_german_hier_is_here_not_yesterday() -> None:
    event = find_event(
        "", "Netanjahu traf Putin hier in Sotschi.", dt.date(2013, 5, 15), ["Sochi"], ["Putin"]
    )
    assert event is not None and event.date != dt.date(2013, 5, 14)


@pytest.mark.parametrize(
    "line",
    [
        "Die beiden Politiker in Moskau. © dpa",
        "Netanyahu ve Putin Kremlin'de. (Fotoğraf: AA)",
        "Netanyahu ve Putin bir araya geldi. Fotoğraf: AA",
    ],
)
def test_a_credit_with_a_copyright_sign_or_a_turkish_photo_word_makes_a_caption(
    line: str,
) -> None:
    assert is_caption(line)


def test_a_copyright_notice_after_a_sentence_is_not_a_caption() -> None:
    assert not is_caption("Thanks for reading. © 2019 Daily Ledger Ltd. All rights reserved")


@pytest.mark.parametrize(
    "sentence",
    [
        "Netanyahou rencontrera Poutine mercredi à Moscou.",
        "Netanyahu incontrerà Putin mercoledì a Mosca.",
        "Netanyahu se reunirá con Putin el miércoles en Moscú.",
    ],
)
def test_a_preview_in_the_future_tense_announces_the_coming_weekday(sentence: str) -> None:
    event = find_event("", sentence, dt.date(2019, 2, 25), ["Moscow"], ["Putin", "Netanyahu"])
    assert event is not None and event.date == dt.date(2019, 2, 27)


def test_a_past_tense_report_counts_the_weekday_back() -> None:
    event = find_event(
        "",
        "Benjamin Netanjahu poleciał w środę do Moskwy, gdzie spotkał się z Putinem.",
        dt.date(2019, 2, 28),
        ["Moscow"],
        ["Putin"],
    )
    assert event is not None and event.date == dt.date(2019, 2, 27)


@pytest.mark.parametrize(
    "heading",
    ["MÁS INFORMACIÓN", "Leia também", "À lire aussi", "Mehr zum Thema", "Lees ook",
     "ZOBACZ TAKŻE", "Читайте також", "اقرأ أيضاً", "بیشتر بخوانید"],
)  # fmt: skip
def test_a_heading_over_links_to_other_stories_is_known_in_each_language(heading: str) -> None:
    assert is_teaser_heading(heading)


def test_a_heading_in_capitals_over_links_to_other_stories_is_no_byline() -> None:
    page = (
        "Diario del Sur\nPolítica | Internacional | Deportes\n\n"
        "Netanyahu viaja a Moscú para reunirse con Putin antes de las elecciones\n\n"
        "El primer ministro israelí se reunirá el jueves con el presidente ruso en el Kremlin,"
        " según anunció su oficina.\n\n"
        "MÁS INFORMACIÓN\n"
        "Trump reconoce la soberanía de Israel sobre el Golán\n\n"
        "La reunión durará unas horas y tratará la coordinación militar en Siria, según"
        " fuentes del Gobierno israelí citadas por la prensa local.\n"
    )
    assert read_scraped(page).author is None
