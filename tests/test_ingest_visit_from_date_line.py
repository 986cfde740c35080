"""A page is joined to its visit through its own date line, in the page's language.

The analyst ingests a French page "Publié le 08/09/2009 … Mis à jour le 09/09/2009"
about a trip "lundi", an Arabic page dated only by its last update and "today,
Tuesday", and a Polish one whose update came the day after: each meeting falls on
the right day, so the first two join their bundled visits and the third proposes a
new visit on the day of the parade.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing_tui.corpus.loader import load_visits
from briefing_tui.ingest import propose_visit
from briefing_tui.ingest.proposal import VisitProposal
from briefing_tui.ingest.scraped import read_scraped

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PEOPLE = ["Benjamin Netanyahu", "Vladimir Putin"]


def _proposal(page: str, places: list[str]) -> tuple[dt.date | None, str | None, VisitProposal]:
    visits, _ = load_visits(CORPUS / "visits.yaml", CORPUS)
    draft = read_scraped(page)
    proposal = propose_visit(
        visits, draft.title or "", draft.body, draft.published, people=PEOPLE, places=places
    )
    return draft.published, proposal.visit_id, proposal


def test_a_french_day_after_report_joins_the_secret_trip_of_the_monday_before() -> None:
    page = (
        "Le Figaro.fr\nActualité > International\n\n"
        "Le mystérieux voyage de Nétanyahou à Moscou\n\n"
        "Par Laurent Dassier\nPublié le 08/09/2009 à 19:24 | Mis à jour le 09/09/2009 à 11:02\n\n"
        "Benyamin Nétanyahou s'est rendu lundi à Moscou pour rencontrer Vladimir Poutine,"
        " selon plusieurs médias israéliens.\n\n"
        "Le Kremlin a démenti mardi toute rencontre entre les deux dirigeants.\n"
    )
    published, visit_id, _ = _proposal(page, ["Moscow"])
    assert published == dt.date(2009, 9, 8)
    assert visit_id == "2009-09-moscow"


def test_an_arabic_page_dated_by_its_last_update_joins_the_visit_of_that_tuesday() -> None:
    page = (
        "الجزيرة نت\n\nنتنياهو في موسكو.. تنسيق عسكري بشأن سوريا\n\n"
        "آخر تحديث: 2016/6/7 الساعة 19:48 (مكة المكرمة)\n\n"
        "اتفق الرئيس الروسي فلاديمير بوتين ورئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم"
        " الثلاثاء في موسكو على تعزيز التنسيق العسكري بين البلدين في سوريا.\n\n"
        "وقال نتنياهو للصحفيين عقب المحادثات في الكرملين إن آلية التنسيق أثبتت نجاعتها.\n"
    )
    published, visit_id, _ = _proposal(page, ["Moscow"])
    assert published == dt.date(2016, 6, 7)
    assert visit_id == "2016-06-moscow"


def test_a_polish_report_updated_the_next_day_proposes_the_meeting_on_the_parades_day() -> None:
    page = (
        "rp.pl\n\nNetanjahu z Putinem na Dniu Zwycięstwa. Izrael szykuje się na odwet Iranu\n\n"
        "Publikacja: 09.05.2018 18:04\nAktualizacja: 10.05.2018 07:31\n\nMarta Zielonka\n\n"
        "Benjamin Netanjahu był w środę w Moskwie na defiladzie, a potem przez kilka godzin"
        " rozmawiał z Władimirem Putinem o Syrii.\n"
    )
    published, visit_id, proposal = _proposal(page, ["Moscow"])
    assert published == dt.date(2018, 5, 9)
    assert visit_id is None
    assert proposal.new_visit is not None
    assert proposal.new_visit.date == dt.date(2018, 5, 9)
