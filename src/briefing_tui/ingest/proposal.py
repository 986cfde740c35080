"""Which visit a new article covers: the meeting it reports, its date, people and places.

The meeting is read from the text (see ``event``): when its date falls within
a day of a listed visit and the place agrees, the article joins that visit.
Without a meeting date, a visit that began within a few days of publication
and whose place and people the article names is taken, and the join is said
to rest on weak evidence.  An article without any date is never joined: the
visit its names and words fit best is only suggested, for the analyst to
confirm.  When no visit fits, a new one is proposed from the meeting's date
and place and the article's people (see ``new_visit``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing_tui.corpus import Visit
from briefing_tui.ingest.dates import find_day_and_month
from briefing_tui.ingest.event import Event, find_event
from briefing_tui.ingest.new_visit import NewVisit, dateline_place, names_in, new_visit

WINDOW_DAYS = 5
EVENT_SLACK_DAYS = 1
CLEAR_LEAD = 0.1
SUGGEST_OWN_WORDS = 3
"""Words an undated page must share with one visit's description and no other's to be suggested."""
_TERM = re.compile(r"[^\W\d_][\w-]{3,}")
_STOP = frozenset(
    [
        "with",
        "from",
        "that",
        "this",
        "their",
        "there",
        "which",
        "were",
        "into",
        "about",
        "after",
        "before",
        "over",
        "visit",
        "visits",
        "talks",
        "said",
        "will",
        "would",
        "also",
        "prime",
        "minister",
        "president",
        # words any story of any visit may use
        "first",
        "second",
        "last",
        "during",
        "taken",
        "took",
        "discuss",
        "discussed",
        "discussion",
        "years",
        "year",
        "months",
        "week",
        "days",
        "presence",
        "present",
        "down",
        "report",
        "reported",
        "reports",
        "official",
        "officials",
        "since",
        "while",
        "when",
        "where",
        "what",
        "between",
        "other",
        "told",
        "held",
        "leader",
        "leaders",
        "meeting",
        "meet",
        "met",
        "flew",
        "flown",
        "trip",
        "travel",
        "traveled",
        "travelled",
        "press",
        "conference",
        "security",
        "national",
    ]
)


@dataclass(frozen=True)
class VisitProposal:
    """The visit proposed for an article (``visit_id``), or a new visit, and why.

    ``evidence`` says how the choice was made: ``meeting date`` (the meeting the
    text reports falls in the visit), ``publication date`` (weak: published near
    the visit), ``given`` (named by the analyst), ``suggestion`` (no date at all:
    ``suggested`` is only offered, never assigned) or ``none``.
    """

    visit_id: str | None
    reason: str
    new_visit: NewVisit | None = None
    evidence: str = "none"
    suggested: str | None = None
    event: Event | None = None

    @property
    def weak(self) -> bool:
        """True for a join the analyst should confirm: it rests on the publication date only."""
        return self.visit_id is not None and self.evidence == "publication date"


def _stem(word: str) -> str:
    return word.lower()[:6]


def _terms(text: str) -> set[str]:
    return {_stem(w) for w in _TERM.findall(text) if w.lower() not in _STOP}


@dataclass(frozen=True)
class _Fit:
    visit: Visit
    people: int
    place: bool
    terms: float
    days: int | None
    own_terms: int = 0

    @property
    def score(self) -> float:
        share = self.people / max(1, len(self.visit.participants))
        return share + (0.5 if self.place else 0.0) + self.terms


def _days_off(visit: Visit, published: dt.date) -> int:
    end = visit.end_date or visit.date
    if published < visit.date:
        return (visit.date - published).days
    if published > end:
        return (published - end).days
    return 0


def _fits(
    visits: Sequence[Visit],
    text: str,
    published: dt.date | None,
    aliases: Mapping[str, Sequence[str]],
    people: Sequence[str] = (),
    places: Sequence[str] = (),
) -> list[_Fit]:
    """How well each visit fits: its people and place named (by the recogniser too), its words.

    ``people`` and ``places`` are the canonical names the entity recogniser found, so
    a participant written "Netanjahu" or a place written "Moskau" counts when the
    gazetteer knows that form.
    """
    from briefing_tui.ingest.event import PLACE_FORMS

    found_people, found_places = set(people), set(places)
    words = _terms(text)
    vocabularies = {
        v.id: _terms(f"{v.title} {v.summary or ''} {' '.join(v.places)}") for v in visits
    }
    frequency: dict[str, int] = {}
    for vocabulary in vocabularies.values():
        for term in vocabulary:
            frequency[term] = frequency.get(term, 0) + 1
    listed: dict[str, int] = {}
    for visit in visits:
        for person in set(visit.participants):
            listed[person] = listed.get(person, 0) + 1
    fits: list[_Fit] = []
    for visit in visits:
        named = sum(
            1
            for p in visit.participants
            if p in found_people or names_in(text, p, aliases.get(p, ()))
        )
        sites = {visit.place, *visit.places}
        place = any(
            p in found_places or names_in(text, p, [*aliases.get(p, ()), *PLACE_FORMS.get(p, ())])
            for p in sites
            if p
        )
        weights = {t: math.log((1 + len(visits)) / frequency[t]) for t in vocabularies[visit.id]}
        total = sum(weights.values())
        terms = sum(w for t, w in weights.items() if t in words) / total if total else 0.0
        days = None if published is None else _days_off(visit, published)
        own = sum(1 for t in vocabularies[visit.id] if t in words and frequency[t] == 1)
        # a companion only this visit lists ("Meir Kalifi", "Uzi Arad"), named in any
        # language's story, tells the visit as surely as a word of its own
        own += sum(
            1
            for p in visit.participants
            if listed.get(p) == 1 and (p in found_people or names_in(text, p, aliases.get(p, ())))
        )
        fits.append(_Fit(visit, named, place, terms, days, own))
    return fits


def propose_visit(
    visits: Sequence[Visit],
    title: str,
    body: str,
    published: dt.date | None,
    aliases: Mapping[str, Sequence[str]] | None = None,
    people: Sequence[str] = (),
    places: Sequence[str] = (),
    taken_ids: Sequence[str] = (),
) -> VisitProposal:
    """Propose the visit an article covers, or a new visit when none fits, with the reason."""
    aliases = aliases or {}
    text = f"{title}\n{body}"
    known_places = list(
        dict.fromkeys([*(v.place for v in visits if v.place), *places, *_visit_places(visits)])
    )
    participants = list(dict.fromkeys([*people, *(p for v in visits for p in v.participants)]))
    dateline = dateline_place(body)
    if dateline is not None:
        known_places.insert(0, dateline)
    event = find_event(title, body, published, known_places, participants, dateline)
    all_fits = _fits(visits, text, published, aliases, people, places)
    taken = [*taken_ids, *(v.id for v in visits)]
    if event is not None and event.date is not None:
        inside = [
            f
            for f in all_fits
            if _in_window(f.visit, event.date) and _place_agrees(f, event, aliases)
        ]
        if inside and published is None:
            # an undated page is never joined, even when it names the meeting's day
            best = max(inside, key=lambda f: f.score)
            return VisitProposal(
                None,
                f"the page has no date, so not assigned; it reports {event.explain()}, within "
                f"visit {best.visit.id}: suggested, confirm with "
                f"`briefing assign ARTICLE {best.visit.id}`",
                evidence="suggestion",
                suggested=best.visit.id,
                event=event,
            )
        if inside:
            best = max(inside, key=lambda f: f.score)
            return VisitProposal(
                best.visit.id,
                f"it reports {event.explain()}, within the visit",
                evidence="meeting date",
                event=event,
            )
        new = new_visit(title, body, event.date, people, places, taken, event)
        return VisitProposal(
            None,
            f"it reports {event.explain()}, and no listed visit is there within "
            f"{EVENT_SLACK_DAYS} day of it; proposed a new visit {new.id!r} "
            "(not added to visits.yaml; --accept adds it)",
            new,
            event=event,
        )
    fits = [f for f in all_fits if f.people and f.place]
    if event is not None and event.place is not None:
        # the meeting the text reports is elsewhere: never joined to a visit to another city
        fits = [f for f in fits if _place_agrees(f, event, aliases)]
    if published is not None:
        dated = [f for f in fits if f.days is not None and f.days <= WINDOW_DAYS]
        if dated:
            best = max(dated, key=lambda f: (f.score, -(f.days or 0)))
            return VisitProposal(
                best.visit.id,
                f"weak evidence: the text gives no date for the meeting; published "
                f"{best.days} day(s) from the visit and names {_named(best)}; confirm it",
                evidence="publication date",
                event=event,
            )
    else:
        # "lunedì 7 settembre" with no year anywhere: a listed visit on that day and month
        # whose people and place the page names is suggested, never joined
        on_day = [f for f in fits if _names_visit_day(f"{title}\n{body[:_LEAD_CHARS]}", f.visit)]
        if on_day:
            best = max(on_day, key=lambda f: f.score)
            return VisitProposal(
                None,
                f"no date found, so not assigned; it names the day and month of visit "
                f"{best.visit.id} without a year, and {_named(best)}: suggested, confirm with "
                f"`briefing assign ARTICLE {best.visit.id}`",
                evidence="suggestion",
                suggested=best.visit.id,
                event=event,
            )
        ranked = sorted(fits, key=lambda f: (f.terms, f.score), reverse=True)
        if (
            ranked
            and ranked[0].terms > 0
            and ranked[0].own_terms >= SUGGEST_OWN_WORDS
            and (
                len(ranked) == 1
                or ranked[0].terms - ranked[1].terms >= CLEAR_LEAD
                # or clearly more words of its own than any other visit has
                or all(2 * ranked[0].own_terms >= 3 * f.own_terms for f in ranked[1:])
            )
        ):
            best = ranked[0]
            return VisitProposal(
                None,
                f"no date found, so not assigned; it names {_named(best)} of visit "
                f"{best.visit.id} and shares {round(100 * best.terms)}% of its distinctive "
                f"words, {best.own_terms} of them no other visit's: suggested, confirm with "
                f"`briefing assign ARTICLE {best.visit.id}`",
                evidence="suggestion",
                suggested=best.visit.id,
                event=event,
            )
    new = new_visit(title, body, published, people, places, taken, event)
    if published is not None:
        why = f"no listed visit within {WINDOW_DAYS} days of {published} fits its people and place"
    else:
        why = "no date found and no listed visit clearly fits its names and words"
    return VisitProposal(
        None,
        f"{why}; proposed a new visit {new.id!r} (not added to visits.yaml; --accept adds it)",
        new,
        event=event,
    )


def _visit_places(visits: Sequence[Visit]) -> list[str]:
    return [p for v in visits for p in v.places]


_LEAD_CHARS = 1500


def _names_visit_day(text: str, visit: Visit) -> bool:
    """True when the text names a day and month of the visit, read in the visit's year."""
    found = find_day_and_month(text, visit.date.year)
    return found is not None and _in_window(visit, found.date)


def _in_window(visit: Visit, date: dt.date) -> bool:
    slack = dt.timedelta(days=EVENT_SLACK_DAYS)
    return visit.date - slack <= date <= (visit.end_date or visit.date) + slack


def _place_agrees(fit: _Fit, event: Event, aliases: Mapping[str, Sequence[str]]) -> bool:
    if event.place is None:
        return fit.place
    places = {p for p in (fit.visit.place, *fit.visit.places) if p}
    forms = {event.place, *aliases.get(event.place, ())}
    return bool(places & forms) or any(event.place in aliases.get(p, ()) for p in places)


def _named(fit: _Fit) -> str:
    count = len(fit.visit.participants)
    return f"{fit.people} of {count} participant(s) and the place"
