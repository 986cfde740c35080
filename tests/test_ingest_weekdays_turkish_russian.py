"""The meeting day a Turkish or Russian story names: its weekday, and a future verb after it."""

from __future__ import annotations

import datetime as dt

from briefing_tui.ingest.event import find_event

FRIDAY = dt.date(2019, 9, 13)
PEOPLE = ["Benjamin Netanyahu", "Vladimir Putin"]


def _day(sentence: str) -> dt.date | None:
    event = find_event("Netanyahu ve Putin", sentence, FRIDAY, ["Sochi"], PEOPLE)
    return event.date if event is not None else None


def test_a_turkish_weekday_dates_the_meeting_back_from_publication() -> None:
    assert _day("Netanyahu perşembe günü Soçi'de Putin ile görüştü.") == dt.date(2019, 9, 12)


def test_a_future_verb_after_the_weekday_announces_the_coming_day() -> None:
    assert _day("Netanyahu pazartesi günü Soçi'de Putin ile görüşecek.") == dt.date(2019, 9, 16)
    assert _day("Нетаньяху в понедельник встретится с Путиным в Сочи.") == dt.date(2019, 9, 16)


def test_a_past_verb_after_the_weekday_still_counts_back() -> None:
    assert _day("Нетаньяху в четверг встретился с Путиным в Сочи.") == dt.date(2019, 9, 12)
