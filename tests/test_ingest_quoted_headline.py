"""A headline that ends on a quotation is still the headline, not the story's first paragraph."""

from __future__ import annotations

import datetime as dt

from briefing_tui.ingest.scraped import read_scraped

HEADLINE = (
    'Netanyahu al Cremlino cita la Bibbia a Putin: "Come i persiani di allora, '
    "l'Iran vuole distruggerci\""
)
PAGE = (
    "LA STAMPA\nEsteri\n\n" + HEADLINE + "\n\n"
    "Il premier israeliano chiede a Mosca garanzie contro una presenza di Teheran in Siria. "
    'La replica: "Viviamo in un mondo diverso"\n\n'
    "MARIO ROSSI BIANCHI\nPUBBLICATO IL 09 Marzo 2017\n\n"
    "MOSCA. Alla vigilia della festa di Purim, Benjamin Netanyahu ha portato al Cremlino una "
    "lezione di storia: «Oggi l'erede della Persia, l'Iran, ci prova di nuovo», "
    "ha detto il premier israeliano a Vladimir Putin all'inizio "
    "dell'incontro.\n\n"
    "Il presidente russo ha ascoltato e poi ha replicato con un sorriso, parlando di Siria.\n"
)


def test_a_quoted_headline_above_the_byline_and_date_line_is_the_title() -> None:
    draft = read_scraped(PAGE)
    assert draft.title == HEADLINE
    assert draft.published == dt.date(2017, 3, 9)
    assert draft.body.startswith("MOSCA. Alla vigilia")
