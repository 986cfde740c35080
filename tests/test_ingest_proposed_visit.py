"""A proposed visit lists those who meet, not everyone the story mentions.

A preview of Netanyahu's trip to Putin also names a fallen soldier and Donald
Trump; the visit it proposes has Netanyahu and Putin as participants.
"""

from __future__ import annotations

import datetime as dt

from briefing_tui.ingest import propose_visit


def test_the_participants_are_those_the_meeting_sentence_names() -> None:
    proposal = propose_visit(
        [],
        "Netanyahu to meet Putin in Moscow days before election",
        "Prime Minister Benjamin Netanyahu will meet Russian President Vladimir Putin on "
        "Thursday in Moscow, his office announced Monday.\n\n"
        "The announcement came after the remains of Sgt. First Class Zachary Baumel were "
        "returned to Israel. Last month US President Donald Trump recognised Israeli "
        "sovereignty over the Golan Heights.",
        dt.date(2019, 4, 1),
        people=["Benjamin Netanyahu", "Vladimir Putin", "Zachary Baumel", "Donald Trump"],
        places=["Moscow", "Israel"],
    )
    assert proposal.visit_id is None and proposal.new_visit is not None
    assert proposal.new_visit.date == dt.date(2019, 4, 4)
    assert proposal.new_visit.place == "Moscow"
    assert set(proposal.new_visit.participants) == {"Benjamin Netanyahu", "Vladimir Putin"}


def test_a_meeting_in_another_city_never_joins_a_nearby_visit_on_its_date() -> None:
    from pathlib import Path

    from briefing_tui.corpus.loader import load_visits

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    visits, _ = load_visits(corpus / "visits.yaml", corpus)
    proposal = propose_visit(
        visits,
        "Netanyahu meets Putin in Sochi",
        "Prime Minister Benjamin Netanyahu held talks with Russian President Vladimir Putin "
        "in Sochi, where the two discussed Syria. Netanyahu had been in Moscow before.",
        dt.date(2018, 1, 30),
        people=["Benjamin Netanyahu", "Vladimir Putin"],
        places=["Sochi", "Moscow", "Syria"],
    )
    assert proposal.visit_id is None  # the Moscow visit of 2018-01-29 is one day away
    assert proposal.new_visit is not None and proposal.new_visit.place == "Sochi"


def test_an_undated_page_naming_the_meetings_day_is_only_suggested_the_visit() -> None:
    from pathlib import Path

    from briefing_tui.corpus.loader import load_visits

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    visits, _ = load_visits(corpus / "visits.yaml", corpus)
    proposal = propose_visit(
        visits,
        "Netanyahu and Putin in the Kremlin",
        "Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in Moscow on "
        "January 29, 2018 to discuss Iran's presence in Syria.",
        None,
        people=["Benjamin Netanyahu", "Vladimir Putin"],
        places=["Moscow", "Syria"],
    )
    assert proposal.visit_id is None
    assert proposal.suggested == "2018-01-moscow" and proposal.evidence == "suggestion"
