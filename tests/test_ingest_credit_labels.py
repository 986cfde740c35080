"""A caption is known by the credit a site sets after it, whatever its label or separator.

An analyst saves pages whose photos are credited "Photographer: Name/Agency",
"Credit...Pool photo by Name", "Fotógrafo: Name", "צילום: Name", or with no label at
all, the caption then the photographer and the agency set apart by " / ".  Each goes
to ``caption:``; the word "Image" a site prints alone above the picture goes nowhere.
"""

from __future__ import annotations

import pytest

from briefing_tui.ingest.furniture import is_caption, is_furniture
from briefing_tui.ingest.scraped import read_scraped

LEAD = (
    "The prime minister met the president in the Kremlin on Tuesday for three hours of talks"
    " on the border, the two delegations said in a statement after the meeting."
)


@pytest.mark.parametrize(
    "line",
    [
        "The two leaders shake hands in the Kremlin. Photographer: Ana Lima/Pool via Agency",
        "The two leaders at the palace last year. Credit...Pool photo by Jan Novák",
        "The two leaders at the palace last year. Credit: Jan Novák/Agency",
        "Os dois líderes no Kremlin. Fotógrafo: João Pereira",
        "De twee leiders in het Kremlin. Fotograf: Pieter de Vries",
        "Οι δύο ηγέτες στο Κρεμλίνο. Φωτογραφία: Νίκος Παππάς",
        "שני המנהיגים בקרמלין. צילום: דנה לוי",
        "دو رهبر در کرملین. عکس: علی رضایی",
        "Двое лидеров в Кремле / Иван Петров / АГЕНТСТВО",
        "The two leaders in the Kremlin on Tuesday / Jan Novák / AGENCY",
        "The two leaders at the palace. Jan Novák/AFP via Getty Images",
        "The two leaders at the palace. Press Office/Handout via Reuters",
        "The two leaders at the palace. Shutterstock",
        "The two leaders at the palace (Image: Agency)",
        "The two leaders at the palace. Picture: AFP",
        "De twee leiders in het paleis. Beeld: ANP",
        "Os dois líderes no palácio. Imagem: Reuters",
        "İki lider sarayda bir araya geldi. (AA)",
    ],
)
def test_a_credit_in_the_sites_own_form_makes_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "News / World / Middle East",
        "Политика / Международные отношения",
        "12 марта 2021 / 10:15",
        "The talks lasted three hours, and the leaders agreed to meet again in the spring.",
        "The talks lasted three hours and ended with no statement, officials told the AP.",
    ],
)
def test_a_breadcrumb_a_date_or_a_sentence_is_not_a_caption(line: str) -> None:
    assert not is_caption(line)


def test_the_caption_below_the_lead_goes_to_caption_and_the_word_image_nowhere() -> None:
    page = (
        "Daily Planet\n\nLeaders meet in the Kremlin for talks on the border\n\n"
        "By Jane Roe\n\nMarch 3, 2021\n\n"
        f"{LEAD}\n\nImage\n"
        "The two leaders at the palace last year. Credit...Pool photo by Jan Novák\n\n"
        "Officials said the talks would continue at a lower level next month in the capital.\n"
    )
    draft = read_scraped(page)
    assert draft.caption == (
        "The two leaders at the palace last year. Credit...Pool photo by Jan Novák"
    )
    assert "Image" not in draft.body.split()
    assert "Credit" not in draft.body
    assert is_furniture("Image")
