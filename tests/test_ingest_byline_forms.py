"""A byline is read whether it says where the writer files from or puts the outlet beside the name.

German sites print "Aus Moskau berichtet Katharina Lindner", French ones "De notre
correspondant à Moscou, Laurent Dassier", and some put the outlet after a bar,
"Rachel Adler | i24NEWS": the analyst expects the writer's name as the author,
never the city, the outlet or a letter of it.
"""

from __future__ import annotations

import pytest

from briefing_tui.ingest.bylines import bare_name, byline_name
from briefing_tui.ingest.page import read_page


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Aus Moskau berichtet Katharina Lindner", "Katharina Lindner"),
        ("Aus Moskau berichten Anna Roth und Max Weber", "Anna Roth und Max Weber"),
        ("De notre correspondant à Moscou, Laurent Dassier", "Laurent Dassier"),
        ("De notre envoyée spéciale à Sotchi, Anne Lenoir", "Anne Lenoir"),
        ("Dal nostro inviato a Mosca Lorenzo Bassani", "Lorenzo Bassani"),
        ("Desde Moscú informa Beatriz Olmedo", "Beatriz Olmedo"),
        ("Z Moskwy relacjonuje Marta Zielonka", "Marta Zielonka"),
        ("Our correspondent in Moscow: John Smith", "John Smith"),
    ],
)
def test_a_byline_that_says_where_the_writer_files_from_gives_the_writer(
    line: str, name: str
) -> None:
    assert byline_name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Rachel Adler | i24NEWS", "Rachel Adler"),
        ("Beatriz Olmedo | Jerusalén", "Beatriz Olmedo"),
    ],
)
def test_a_name_with_the_outlet_or_city_after_a_bar_is_the_writer(line: str, name: str) -> None:
    assert bare_name(line) == name


def test_a_saved_page_whose_byline_carries_the_outlet_gives_only_the_writer() -> None:
    html = (
        "<html><head><title>Netanyahu meets Putin in Moscow ahead of summit - i24NEWS</title>"
        "</head><body><h1>Netanyahu meets Putin in Moscow ahead of summit</h1>"
        '<p class="byline">Rachel Adler | i24NEWS</p>'
        '<p class="date">July 11, 2018 at 07:58 PM</p>'
        "<p>Prime Minister Benjamin Netanyahu held talks with Russian President Vladimir Putin"
        " in Moscow on Wednesday, his third meeting with the Russian leader this year.</p>"
        "<p>Putin said Russia valued its relationship with Israel and understood its security"
        " concerns, the Kremlin said after the talks.</p>"
        "</body></html>"
    )
    assert read_page(html).author == "Rachel Adler"


def test_a_city_in_capitals_and_a_middle_dot_before_the_name_is_a_byline() -> None:
    assert byline_name("MADRID · Carmen Ibáñez Soler") == "Carmen Ibáñez Soler"
    assert byline_name("Madrid · Carmen Ibáñez Soler") is None


def test_a_byline_marked_up_as_the_author_loses_its_label_as_the_page_prints_it() -> None:
    html = (
        "<html><head><title>Netanyahu Moskova'da Putin ile görüştü - Gazete</title></head>"
        '<body><article itemscope itemtype="http://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Netanyahu Moskova\'da Putin ile görüştü</h1>'
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person">Yazan: '
        '<span itemprop="name">Deniz Karaca</span></span>'
        '<meta itemprop="datePublished" content="2018-05-09T14:22:00+03:00">'
        "<p>İsrail Başbakanı Binyamin Netanyahu Çarşamba günü Moskova'da Rusya Devlet Başkanı"
        " Vladimir Putin ile görüştü ve Suriye'deki İran varlığını gündeme getirdi.</p>"
        "<p>İki lider, Zafer Günü kutlamalarının ardından Kremlin'de bir araya geldi ve"
        " bölgedeki gelişmeleri ele aldı.</p>"
        "</article></body></html>"
    )
    assert read_page(html).author == "Deniz Karaca"
