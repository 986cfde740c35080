"""A page's date line is read the way its own language writes it, label, time and zone included.

An analyst saves a French page "Publié le 08/09/2009 à 19:24": that is the 8th of
September, not August 9 as an American site would mean by the same digits.  A Polish
page prints "Publikacja:" above "Aktualizacja:", an Arabic one gives only its last
update with the hour and "Mecca time"; each gives the page its first-publication date.
"""

from __future__ import annotations

import pytest

from briefing_tui.ingest.dates import is_date_line
from briefing_tui.ingest.dating import publication_day
from briefing_tui.ingest.scraped import read_scraped


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Publié le 08/09/2009 à 19:24 | Mis à jour le 09/09/2009 à 11:02", "2009-09-08"),
        ("Mis à jour le 09/09/2009 à 11:02 | Publié le 08/09/2009 à 19:24", "2009-09-08"),
        ("Pubblicato il 03/04/2019 alle ore 17:20", "2019-04-03"),
        ("Publicado el 04/03/2019 a las 17:20", "2019-03-04"),
        ("Actualizado: 04/03/2019 18:02", "2019-03-04"),
        ("Veröffentlicht am 05/06/2016 um 10:15 Uhr", "2016-06-05"),
        ("opublikowano: 09/05/2018", "2018-05-09"),
        ("Publikacja: 09.05.2018 18:04", "2018-05-09"),
        ("Data publikacji: 09/05/2018, 18:04", "2018-05-09"),
        ("Publikálva: 2019. szeptember 12., csütörtök 14:05", "2019-09-12"),
        ("Опубликовано 07/06/2016 в 12:00 мск", "2016-06-07"),
        ("آخر تحديث: 2016/6/7 الساعة 19:48 (مكة المكرمة)", "2016-06-07"),
        ("آخر تحديث: ٧/٦/٢٠١٦ الساعة ١٩:٤٨ بتوقيت غرينتش", "2016-06-07"),
        ("نُشر في 07/06/2016", "2016-06-07"),
        ("lundi 07/06/2016 à 19:24", "2016-06-07"),
        ("Dernière mise à jour : 09/09/2009 | Créé le 08/09/2009", "2009-09-08"),
        ("23 agosto 2017 (modifica il 24 agosto 2017 | 10:05)", "2017-08-23"),
        ("Ultimo aggiornamento: 24/08/2017", "2017-08-24"),
        ("Actualizado: 04 abr 2019 - 17:20 CEST", "2019-04-04"),
        ("Jueves, 4 de abril de 2019", "2019-04-04"),
        ("Erstellt am 29.01.2018, 18:56 Uhr", "2018-01-29"),
        ("Közzétéve: 2019. 09. 12. 14:05", "2019-09-12"),
        ("Дата публикации: 21.09.2015", "2015-09-21"),
        ("09.05.2018, 18:04 | обновлено 10.05.2018", "2018-05-09"),
        ("تاريخ النشر: 07/06/2016", "2016-06-07"),
    ],
)
def test_a_date_line_in_the_pages_language_gives_its_publication_day(line: str, date: str) -> None:
    assert is_date_line(line)
    assert str(publication_day(line)) == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published 2/3/2019 10:15 AM EST", "2019-02-03"),
        ("Updated: 02/27/2019", "2019-02-27"),
        ("Posted on Monday 02/04/2019 at 10:15 a.m.", "2019-02-04"),
    ],
)
def test_an_american_date_line_still_puts_the_month_first(line: str, date: str) -> None:
    assert is_date_line(line)
    assert str(publication_day(line)) == date


def test_a_polish_page_is_dated_by_its_publication_not_its_update_printed_below() -> None:
    page = (
        "rp.pl\n\nNetanjahu z Putinem na Dniu Zwycięstwa w Moskwie\n\n"
        "Publikacja: 09.05.2018 18:04\nAktualizacja: 10.05.2018 07:31\n\n"
        "Benjamin Netanjahu był w środę w Moskwie na defiladzie. Potem rozmawiał z Putinem.\n"
    )
    assert str(read_scraped(page).published) == "2018-05-09"


def test_an_arabic_page_with_only_its_last_update_is_dated_by_it() -> None:
    page = (
        "الجزيرة نت\n\nنتنياهو في موسكو لبحث التنسيق العسكري بشأن سوريا\n\n"
        "آخر تحديث: 2016/6/7 الساعة 19:48 (مكة المكرمة)\n\n"
        "اتفق الرئيس الروسي فلاديمير بوتين ورئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم"
        " الثلاثاء في موسكو على تعزيز التنسيق العسكري.\n"
    )
    assert str(read_scraped(page).published) == "2016-06-07"


def test_a_bare_numeric_date_line_is_read_day_first_on_a_french_page() -> None:
    page = (
        "Le Figaro.fr\n\nLe mystérieux voyage de Nétanyahou à Moscou\n\n"
        "Par Laurent Dassier\n08/09/2009 19:24\n\n"
        "Où était Benyamin Nétanyahou lundi ? Officiellement, le premier ministre israélien"
        " visitait une installation des services de sécurité dans le centre du pays. Mais selon"
        " plusieurs médias israéliens, il a en réalité embarqué à bord d'un jet privé pour un"
        " aller-retour éclair à Moscou, accompagné de son secrétaire militaire.\n\n"
        "L'objet de cette escapade aurait été d'obtenir des dirigeants russes qu'ils renoncent"
        " à livrer à Téhéran des systèmes de défense antiaérienne.\n"
    )
    assert str(read_scraped(page).published) == "2009-09-08"


def test_a_bare_numeric_date_line_keeps_the_month_first_on_an_english_page() -> None:
    page = (
        "The Daily Courier\n\nNetanyahu flies to Moscow for talks with Putin on Syria\n\n"
        "By Jane Doe\n02/04/2019 10:15\n\n"
        "Prime Minister Benjamin Netanyahu flew to Moscow on Monday for talks with the Russian"
        " president, the third meeting of the two leaders this year, and said that the"
        " coordination between their armies was working well.\n\n"
        "He was accompanied by his military secretary and the head of the National Security"
        " Council, his office said in a statement that was released in Jerusalem.\n"
    )
    assert str(read_scraped(page).published) == "2019-02-04"
