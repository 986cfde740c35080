"""A byline may carry a label ("Текст:") or the writer's post before the name."""

from __future__ import annotations

from briefing_tui.ingest.bylines import byline_name
from briefing_tui.ingest.page import read_page


def test_a_text_label_is_not_part_of_the_writer_s_name() -> None:
    assert byline_name("Текст: Евгений Шаламов") == "Евгений Шаламов"
    assert byline_name("Text: Anna Weber") == "Anna Weber"
    assert byline_name("Texto: Ana Ruiz") == "Ana Ruiz"


def test_an_arabic_byline_with_the_correspondent_s_post_is_signed_by_the_writer() -> None:
    assert byline_name("موسكو - مراسل الميادين: زياد الحلبي") == "زياد الحلبي"
    assert byline_name("موسكو - رامي الحسيني") == "رامي الحسيني"


def test_a_saved_page_signed_under_a_label_gives_the_writer_alone() -> None:
    html = (
        "<html><head><title>Путин и Нетаньяху встретились в Кремле</title>"
        '<meta property="og:site_name" content="Российская газета">'
        '<meta property="article:published_time" content="2019-02-27T17:34:00+03:00">'
        "</head><body><article><h1>Путин и Нетаньяху встретились в Кремле</h1>"
        '<div class="author">Текст: Иван Петров</div>'
        "<p>Президент России Владимир Путин в среду провел в Кремле переговоры с "
        "премьер-министром Израиля Биньямином Нетаньяху. Стороны обсудили Сирию.</p>"
        "<p>Нетаньяху заявил журналистам, что встреча была полезной и долгой.</p>"
        "</article></body></html>"
    )
    assert read_page(html).author == "Иван Петров"
