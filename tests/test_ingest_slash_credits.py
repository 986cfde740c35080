"""A caption credited with slashes after its sentence ('EUROPA PRESS/Contacto/...') is a caption."""

from __future__ import annotations

from briefing_tui.ingest.furniture import is_caption

CAPTION = (
    "El presidente ruso, Vladimir Putin, y el primer ministro israelí, Benjamin Netanyahu, "
    "durante su reunión en el Kremlin. EUROPA PRESS/Contacto/Ana Torres"
)


def test_a_credit_of_agency_and_photographer_in_slashes_ends_a_caption() -> None:
    assert is_caption(CAPTION)
    assert is_caption("Netanyahu und Putin im Kreml. Europa Press/Iván Gil")


def test_a_sentence_of_the_story_is_not_a_caption() -> None:
    assert not is_caption("Putin said the talks went well. He met Netanyahu in Moscow and Sochi.")
    assert not is_caption("Die Gespräche dauerten drei Stunden. Danach flog er nach Tel Aviv.")
