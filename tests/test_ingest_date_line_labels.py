"""A date line may share its line with the outlet, a section, a place or a byline."""

from __future__ import annotations

import datetime as dt

from briefing_tui.ingest.dates import date_line_parts, is_date_line
from briefing_tui.ingest.scraped import read_scraped

STORY = (
    "Le premier ministre israélien a rencontré le président russe à Moscou, "
    "et les deux dirigeants ont parlé de la Syrie pendant trois heures ce lundi.\n"
    "Les entretiens se sont achevés tard dans la soirée, selon ses services.\n"
)


def test_a_date_between_the_outlet_and_the_byline_is_a_date_line() -> None:
    line = "LA CROIX | 03.06.2016 à 11h25 • Mis à jour le 03.06.2016 à 15h40 | Par Anne Roux"
    assert date_line_parts(line) == [
        "LA CROIX",
        "03.06.2016 à 11h25",
        "Mis à jour le 03.06.2016 à 15h40",
        "Par Anne Roux",
    ]


def test_a_place_and_a_section_set_apart_by_dashes_and_slashes_keep_the_date_line() -> None:
    assert is_date_line("MOSCOW -- Jan 29, 2018, 3:41 PM ET")
    assert is_date_line("Published: 06.25.12, 23:14 / Israel News")


def test_a_sentence_with_a_date_between_dashes_is_not_a_date_line() -> None:
    assert not is_date_line(
        "He said -- on June 5, 2016 -- that the talks in Moscow had gone on for hours "
        "and that nothing had been agreed about the Golan Heights."
    )


def test_the_page_is_dated_and_signed_from_such_a_line() -> None:
    page = (
        "La Croix\n\nNétanyahou à Moscou pour parler de la Syrie avec Poutine\n\n"
        "LA CROIX | 03.06.2016 à 11h25 | Par Anne Roux (Jérusalem, correspondance)\n\n" + STORY
    )
    draft = read_scraped(page)
    assert draft.published == dt.date(2016, 6, 3)
    assert draft.author == "Anne Roux"
