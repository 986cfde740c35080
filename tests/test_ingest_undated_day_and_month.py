"""A page with no date and no year that names the day and month of a listed visit.

The analyst is offered that visit to confirm; the page is never joined to it.
"""

from __future__ import annotations

import datetime as dt

from briefing_tui.corpus import Visit
from briefing_tui.ingest import propose_visit

VISITS = [
    Visit(
        "2009-09-moscow",
        dt.date(2009, 9, 7),
        "Moscow",
        "Secret trip",
        ("Benjamin Netanyahu", "Vladimir Putin"),
    ),
    Visit(
        "2016-06-moscow",
        dt.date(2016, 6, 7),
        "Moscow",
        "Twenty-five years",
        ("Benjamin Netanyahu", "Vladimir Putin"),
    ),
]
TEXT = (
    "Roma. Per quasi un'intera giornata, lunedì 7 settembre, nessuno ha saputo dove fosse "
    "il primo ministro Benjamin Netanyahu. Era volato a Mosca per vedere Vladimir Putin."
)


def test_the_visit_on_that_day_and_month_is_suggested_not_joined() -> None:
    proposal = propose_visit(
        VISITS,
        "Netanyahu a Mosca in gran segreto",
        TEXT,
        None,
        people=["Benjamin Netanyahu", "Vladimir Putin"],
        places=["Moscow"],
    )
    assert proposal.visit_id is None
    assert proposal.suggested == "2009-09-moscow"


def test_a_day_and_month_of_no_listed_visit_suggests_nothing_from_it() -> None:
    proposal = propose_visit(
        VISITS,
        "Netanyahu a Mosca in gran segreto",
        TEXT.replace("7 settembre", "19 marzo"),
        None,
        people=["Benjamin Netanyahu", "Vladimir Putin"],
        places=["Moscow"],
    )
    assert proposal.visit_id is None
    assert proposal.suggested != "2009-09-moscow" or "day and month" not in proposal.reason
