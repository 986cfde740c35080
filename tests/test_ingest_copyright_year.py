"""A bare page's copyright year is not its date: the date line it prints is.

An analyst saves a page with no metadata whose only date is the visible line "دبي -
الجريدة | 09 مايو 2018 17:40" and whose footer says "© 2018".  The page is dated 9 May
2018, not 1 January 2018, the day an extractor makes of a bare year; a page that
does print 1 January keeps it.  A line giving the last update before the publication
dates the page by its publication, as on a scraped page.
"""

from __future__ import annotations

from pathlib import Path

from briefing_tui.ingest import read_draft, read_source

STORY = "".join(
    f"<p>{sentence}</p>\n"
    for sentence in (
        "حضر رئيس الوزراء الإسرائيلي العرض العسكري في الساحة الحمراء بموسكو إلى جانب الرئيس"
        " الروسي، قبل أن يعقد الزعيمان محادثات في الكرملين استمرت ساعات.",
        "وتناولت المحادثات الوضع في المنطقة والتنسيق بين الجيشين، بحسب ما أعلن مكتب رئيس"
        " الوزراء في بيان صدر بعد انتهاء اللقاء في العاصمة الروسية.",
        "وكان رئيس الوزراء قد زار موسكو عدة مرات في السنوات الأخيرة في إطار آلية تنسيق تهدف"
        " إلى تجنب أي احتكاك بين الطائرات.",
    )
)


def _page(tmp_path: Path, date_line: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        "<body>\n<div class='site'>الجريدة</div>\n"
        "<div class='nav'>الرئيسية | العالم | اقتصاد | رياضة</div>\n"
        "<h1>نتنياهو يشاهد العرض العسكري في الساحة الحمراء ثم يلتقي بوتين</h1>\n"
        f"<div class='info'>{date_line}</div>\n{STORY}"
        "<div class='foot'>© 2018 الجريدة</div>\n</body>\n",
        encoding="utf-8",
    )
    return page


def test_the_visible_date_line_dates_a_page_whose_footer_gives_a_year(tmp_path: Path) -> None:
    draft = read_draft(read_source(_page(tmp_path, "دبي - الجريدة   |   09 مايو 2018 17:40")))
    assert str(draft.published) == "2018-05-09"


def test_a_page_that_prints_the_first_of_january_keeps_it(tmp_path: Path) -> None:
    draft = read_draft(read_source(_page(tmp_path, "دبي - الجريدة   |   01 يناير 2018 17:40")))
    assert str(draft.published) == "2018-01-01"


def test_a_bare_page_is_dated_by_the_publication_its_line_names_not_the_update(
    tmp_path: Path,
) -> None:
    line = "بقلم سامر حداد | آخر تحديث: 10.05.2018 10:00 | نشر: 09.05.2018 17:40"
    draft = read_draft(read_source(_page(tmp_path, line)))
    assert str(draft.published) == "2018-05-09"
