"""A photo caption is known by the credit or the 'file photo' mark it ends with."""

from __future__ import annotations

from briefing_tui.ingest.furniture import is_caption
from briefing_tui.ingest.page import read_page


def test_a_german_picture_credit_marks_a_caption() -> None:
    assert is_caption("Auf der Tribüne: Netanjahu und Putin am Mittwoch in Moskau Bild: Reuters")


def test_a_file_photo_mark_makes_a_caption_in_arabic_and_english() -> None:
    assert is_caption("الرئيس الروسى ورئيس الوزراء الإسرائيلى - أرشيفية")
    assert is_caption("Netanyahu and Putin in the Kremlin (file photo)")


def test_a_headline_is_no_caption() -> None:
    assert not is_caption("Netanyahu flies to Moscow to talk Syria with Putin")


def test_the_line_under_a_picture_is_its_caption_when_it_carries_a_credit() -> None:
    html = (
        "<html><body><h1>Путин и Нетаньяху обсудили Сирию</h1><div><img src='a.jpg'>"
        "<div class='media'>Путин и Нетаньяху в Иерусалиме. © Агентство / Иван Петров</div></div>"
        "<p>" + "Президент России встретился с премьер-министром Израиля. " * 6 + "</p>"
        "</body></html>"
    )
    assert read_page(html).caption == "Путин и Нетаньяху в Иерусалиме. © Агентство / Иван Петров"


def test_a_credit_straight_after_the_caption_in_any_form_marks_it() -> None:
    assert is_caption("Netanjahu und Putin am Mittwoch im Kreml. Quelle: AFP")
    assert is_caption("Netanjahu und Putin am Mittwoch im Kreml. Quelle: AFP/Jan Berger")
    assert is_caption("Benjamin Netanyahu, left, with Vladimir Putin in Moscow on Monday © Reuters")
    assert is_caption("نتانیاهو و پوتین روز دوشنبه در کاخ کرملین - عکس: رویترز")
    assert is_caption('נתניהו ופוטין בקרמלין ביום שני (צילום: דני לוי, לע"מ)')


def test_a_copyright_line_or_a_sentence_naming_a_source_is_no_caption() -> None:
    assert not is_caption("Copyright © Financial Times")
    assert not is_caption("Quelle: dpa")
    assert not is_caption("Das sagte ein Sprecher am Mittwoch. Quelle der Angaben war das Büro.")
