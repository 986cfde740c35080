"""An undated page naming companions only one visit lists is suggested that visit."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus.loader import load_visits
from briefing_tui.ingest import propose_visit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_an_undated_german_page_naming_the_trip_s_companions_is_suggested_the_visit() -> None:
    visits, _ = load_visits(CORPUS / "visits.yaml", CORPUS)
    proposal = propose_visit(
        visits,
        "Der Premier, der nicht da war",
        "Am Montag war der israelische Regierungschef nicht aufzufinden. Tatsächlich war "
        "Benjamin Netanjahu mit seinem Militärsekretär Meir Kalifi und dem Sicherheitsberater "
        "Uzi Arad in einem gecharterten Flugzeug nach Moskau geflogen. Es ging um das "
        "Luftabwehrsystem S-300, das Russland an Iran liefern will.",
        None,
        people=["Benjamin Netanyahu", "Meir Kalifi", "Uzi Arad"],
        places=["Moscow", "Iran"],
    )
    assert proposal.visit_id is None  # an undated page is never joined
    assert proposal.suggested == "2009-09-moscow" and proposal.evidence == "suggestion"


def test_an_undated_page_naming_only_the_usual_leaders_is_not_suggested_a_visit() -> None:
    visits, _ = load_visits(CORPUS / "visits.yaml", CORPUS)
    proposal = propose_visit(
        visits,
        "Netanjahu bei Putin",
        "Benjamin Netanjahu ist nach Moskau geflogen und hat Wladimir Putin getroffen. "
        "Die beiden sprachen über Syrien.",
        None,
        people=["Benjamin Netanyahu", "Vladimir Putin"],
        places=["Moscow", "Syria"],
    )
    assert proposal.visit_id is None and proposal.suggested is None
