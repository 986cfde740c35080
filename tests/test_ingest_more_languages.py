"""Pages in Portuguese, Dutch, Ukrainian, Greek, Czech, Persian and Hebrew are dated and placed.

An analyst saves coverage in languages the corpus has not met yet: the date line
("Publicado em 12/09/2019 às 14:05", "Gepubliceerd op 12 september 2019", "פורסם:
12.09.19", "Publikováno: 12. 9. 2019"), the meeting's day ("na quinta-feira", "op
donderdag", "у четвер", "την Πέμπτη", "ve čtvrtek", "پنجشنبه", "ביום חמישי", "ontem",
"вчора") and its city ("Moskou", "Москві", "Μόσχα", "Moskvě", "مسکو", "במוסקבה") are
read as in the languages before them.  A word that is a number as well as a day
("segunda", "τρίτη", "שני") is not taken for the day.  The agencies and papers of
these languages are known by their datelines and addresses ("(ČTK)", "ihned.cz").
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.ingest.dates import find_date, is_date_line
from briefing_tui.ingest.dating import publication_day
from briefing_tui.ingest.event import find_event
from briefing_tui.ingest.furniture import is_credit_line
from briefing_tui.ingest.naming import slug
from briefing_tui.ingest.outlets import agency_of_dateline, outlet_of_url

FRIDAY = dt.date(2019, 9, 13)
THURSDAY = dt.date(2019, 9, 12)
PEOPLE = ["Benjamin Netanyahu", "Vladimir Putin"]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publicado em 12/09/2019 às 14:05", "2019-09-12"),
        ("Atualizado em 13/09/2019 às 10:00 | Publicado em 12/09/2019 às 14:05", "2019-09-12"),
        ("quinta-feira, 12 de setembro de 2019", "2019-09-12"),
        ("Gepubliceerd op 12 september 2019 om 14:05", "2019-09-12"),
        ("Bijgewerkt: 13-09-2019", "2019-09-13"),
        ("Опубліковано 12.09.2019, 14:05", "2019-09-12"),
        ("12 вересня 2019 р.", "2019-09-12"),
        ("Δημοσίευση: 12/09/2019 14:05", "2019-09-12"),
        ("ΠΕΜΠΤΗ 12 ΣΕΠΤΕΜΒΡΙΟΥ 2019", "2019-09-12"),
        ("Ενημερώθηκε: 13/09/2019 | Δημοσίευση: 12/09/2019", "2019-09-12"),
        ("Publikováno: 12. 9. 2019", "2019-09-12"),
        ("čtvrtek 12. září 2019", "2019-09-12"),
        ("تاریخ انتشار: ۱۲ سپتامبر ۲۰۱۹", "2019-09-12"),
        ("פורסם: 12.09.19 , 14:05", "2019-09-12"),
        ("עודכן: 13.09.19 | פורסם: 12.09.19", "2019-09-12"),
        ("12 בספטמבר 2019", "2019-09-12"),
        ("29.jan.2018 às 10h15", "2018-01-29"),
        ("Atualizado: 29.jan.2018 às 18h40", "2018-01-29"),
        ("Laatste update: 30 januari 2018 | Gepubliceerd: 29 januari 2018", "2018-01-29"),
        ("First published on Mon 29 Jan 2018 14.32 GMT", "2018-01-29"),
    ],
)
def test_a_date_line_in_a_new_language_gives_the_publication_day(line: str, day: str) -> None:
    assert is_date_line(line)
    assert str(publication_day(line)) == day


def test_three_out_of_four_is_no_date() -> None:
    assert find_date("3 out 2019") is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Netanyahu encontrou-se com Putin na quinta-feira em Moscou.", "Moscow"),
        ("Netanyahu had op donderdag een ontmoeting met Putin in Moskou.", "Moscow"),
        ("Нетаньяху у четвер зустрівся з Путіним у Москві.", "Moscow"),
        ("Ο Νετανιάχου συναντήθηκε την Πέμπτη με τον Πούτιν στη Μόσχα.", "Moscow"),
        ("Netanjahu se ve čtvrtek setkal s Putinem v Moskvě.", "Moscow"),
        ("نتانیاهو روز پنجشنبه در مسکو با پوتین دیدار کرد.", "Moscow"),
        ("נתניהו נפגש ביום חמישי עם פוטין במוסקבה.", "Moscow"),
        ("Netanyahu chegou ontem a Sochi para se reunir com Putin.", "Sochi"),
        ("Нетаньяху вчора прибув до Сочі на зустріч з Путіним.", "Sochi"),
    ],
)
def test_the_meeting_day_and_city_in_a_new_language(sentence: str, place: str) -> None:
    event = find_event("Netanyahu Putin", sentence, FRIDAY, ["Moscow", "Sochi"], PEOPLE)
    assert event is not None
    assert (event.date, event.place) == (THURSDAY, place)


@pytest.mark.parametrize(
    "sentence",
    [
        "Netanyahu fará na segunda-feira a viagem a Moscou para se reunir com Putin.",
        "Netanyahu zal op maandag in Moskou een ontmoeting hebben met Putin.",
        "Ο Νετανιάχου θα συναντηθεί τη Δευτέρα με τον Πούτιν στη Μόσχα.",
        "Netanjahu se v pondělí setká s Putinem v Moskvě.",
    ],
)
def test_a_coming_day_in_a_new_language_is_counted_forward(sentence: str) -> None:
    event = find_event("Netanyahu Putin", sentence, FRIDAY, ["Moscow"], PEOPLE)
    assert event is not None and event.date == dt.date(2019, 9, 16)


@pytest.mark.parametrize(
    "sentence",
    [
        "Netanyahu reuniu-se com Putin pela segunda vez em Moscou.",
        "Ο Νετανιάχου συναντήθηκε για τρίτη φορά με τον Πούτιν στη Μόσχα.",
        "נתניהו נפגש עם פוטין בפעם שני במוסקבה.",
    ],
)
def test_a_number_that_is_also_a_days_name_gives_no_day(sentence: str) -> None:
    event = find_event("Netanyahu Putin", sentence, FRIDAY, ["Moscow"], PEOPLE)
    assert event is not None and event.date is None


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("PRAHA (ČTK) - Izraelský premiér Netanjahu se ve čtvrtek setkal s Putinem.", "ČTK"),
        ("KYIV (Ukrinform) - Нетаньяху у четвер зустрівся з Путіним.", "Ukrinform"),
        ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Ο Νετανιάχου συναντήθηκε με τον Πούτιν.", "ANA-MPA"),
        ("BRUSSEL (Belga) - Netanyahu had donderdag een ontmoeting met Poetin.", "Belga"),
    ],
)
def test_a_dateline_names_an_agency_of_a_new_language(paragraph: str, agency: str) -> None:
    assert agency_of_dateline(paragraph) == agency


@pytest.mark.parametrize(
    ("address", "outlet"),
    [
        ("https://www.ihned.cz/c1-123-netanjahu", "Hospodářské noviny"),
        ("https://www.pravda.com.ua/news/2019/09/12/", "Ukrainska Pravda"),
        ("https://oglobo.globo.com/mundo/netanyahu", "O Globo"),
        ("https://www.telegraaf.nl/nieuws/123", "De Telegraaf"),
    ],
)
def test_an_address_names_an_outlet_of_a_new_language(address: str, outlet: str) -> None:
    assert outlet_of_url(address) == outlet


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Fotógrafo: João Pereira", True),
        ("צילום: דנה לוי", True),
        ("Zdroj: ČTK", False),
        ("Zdroj: ČTK/Jan Novák", True),
    ],
)
def test_a_credit_on_its_own_line_in_a_new_language(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit


def test_the_day_an_office_announced_a_visit_is_not_the_meeting_day() -> None:
    sentence = (
        "O gabinete disse na segunda-feira que Netanyahu vai se reunir com Putin em Moscou"
        " na quarta-feira."
    )
    event = find_event("Netanyahu Putin", sentence, dt.date(2019, 2, 25), ["Moscow"], PEOPLE)
    assert event is not None and event.date == dt.date(2019, 2, 27)


def test_a_persian_future_after_the_weekday_announces_the_coming_day() -> None:
    sentence = "نتانیاهو روز دوشنبه برای دیدار با پوتین به مسکو سفر خواهد کرد."
    event = find_event("نتانیاهو", sentence, FRIDAY, ["Moscow"], PEOPLE)
    assert event is not None and event.date == dt.date(2019, 9, 16)


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Νετανιάχου και Πούτιν συζήτησαν για τη Συρία", "netaniachou-kai-poutin"),
        ("נתניהו נפגש עם פוטין בקרמלין", "ntnyhv-npgsh-am"),
        ("دیدار نتانیاهو با پوتین در سوچی", "dydar-ntanyahw-ba"),
    ],
)
def test_an_article_id_spells_a_greek_hebrew_or_persian_headline_in_latin_letters(
    title: str, words: str
) -> None:
    assert slug(title, 3) == words
