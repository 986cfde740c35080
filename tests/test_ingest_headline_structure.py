"""The headline is the page's main heading: not the kicker above it, not the standfirst below."""

from __future__ import annotations

from briefing_tui.ingest.scraped import read_scraped

STORY = (
    "Der israelische Regierungschef Benjamin Netanjahu hat am Mittwoch in Moskau mit "
    "Präsident Wladimir Putin über Iran und Syrien gesprochen, teilte sein Büro mit.\n"
    "Das Gespräch im Kreml dauerte nach Angaben beider Seiten fast drei Stunden.\n"
)


def test_a_short_kicker_above_the_headline_is_not_the_headline() -> None:
    page = (
        "Nordkurier\nPolitik | Wirtschaft | Sport | Kultur\n\nIran in Syrien\n"
        "Netanjahu bittet Putin in Moskau um Hilfe gegen Teheran\n\n" + STORY
    )
    assert read_scraped(page).title == "Netanjahu bittet Putin in Moskau um Hilfe gegen Teheran"


def test_the_headline_comes_before_a_standfirst_as_long_as_it() -> None:
    page = (
        "Gazzetta del Lago\nPolitica | Esteri | Sport\n\nESTERI\n\n"
        "Il premier sparito per un giorno. Netanyahu a Mosca in segreto per parlare con Putin\n\n"
        "Ufficialmente era in Israele per una visita. In realtà volava verso il Cremlino\n\n"
        "Per quasi un'intera giornata nessuno in Israele ha saputo dove fosse il primo ministro "
        "Netanyahu, volato a Mosca in segreto per parlare con Putin dei missili.\n"
        "Il suo ufficio ha detto soltanto che era in visita a una struttura di sicurezza.\n"
    )
    assert read_scraped(page).title == (
        "Il premier sparito per un giorno. Netanyahu a Mosca in segreto per parlare con Putin"
    )


def test_a_short_standfirst_below_the_headline_is_not_the_headline() -> None:
    page = (
        "Nordkurier\nPolitik   Wirtschaft   Sport   Kultur\n\n"
        "Drei Stunden vor dem Abflug traf Netanjahu Putin im Kreml\n\n"
        "Iran und Syrien gesprochen\n\nVon Anna Roth\n\n" + STORY
    )
    assert read_scraped(page).title == "Drei Stunden vor dem Abflug traf Netanjahu Putin im Kreml"


def test_a_short_headline_below_a_section_label_stays_the_headline() -> None:
    page = (
        "Nordkurier\nPolitik   Wirtschaft   Sport   Kultur\n\nAus aller Welt\n"
        "Netanjahu bei Putin in Moskau\n\nVon Anna Roth\n\n" + STORY
    )
    assert read_scraped(page).title == "Netanjahu bei Putin in Moskau"


def test_the_masthead_s_motto_above_the_site_menu_is_not_the_headline() -> None:
    # the motto shares a word with the story ("Kreml") more than the headline does
    page = (
        "Nordkurier\nDie Zeitung aus dem Kreml-Viertel\nPolitik | Wirtschaft | Sport | Kultur\n\n"
        "Ein Abend beim Hausherrn: Netanjahu sucht Beistand gegen Teheran\n\n"
        "Von Anna Roth\n\n" + STORY
    )
    assert read_scraped(page).title == (
        "Ein Abend beim Hausherrn: Netanjahu sucht Beistand gegen Teheran"
    )


def test_a_row_of_tags_below_the_headline_does_not_hide_it() -> None:
    page = (
        "Nordkurier - Nachrichten aus aller Welt für Leser im Norden\n\n"
        "Politik\n\nNetanjahu bittet Putin in Moskau um Hilfe gegen Teheran\n"
        "Israel | Russland | Iran | Syrien\n\n"
        "Der Regierungschef will verhindern, dass Iran sich dauerhaft in Syrien festsetzt\n\n"
        + STORY
    )
    assert read_scraped(page).title == "Netanjahu bittet Putin in Moskau um Hilfe gegen Teheran"
