"""Which visit a new article covers: its date, the people and places it names, its words.

A visit fits when it began within a few days of the publication date and the
article names its place and at least one of its participants. An article
without a date is matched on names and on the distinctive words of each
visit's title and summary, and only when one visit clearly leads. When no
visit fits, a new one is proposed from the article's own date, place and
people, for the analyst to add.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing_tui.corpus import Visit

WINDOW_DAYS = 5
CLEAR_LEAD = 0.1
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
    ]
)
_TITLED = re.compile(
    r"\b(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Chancellor|King"
    r"|Crown Prince|Secretary of State)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.' -]{2,30}?)(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\(|—|–|-\s)"
)


@dataclass(frozen=True)
class NewVisit:
    """A visit the corpus does not list yet, proposed from one article."""

    id: str
    date: dt.date | None
    place: str | None
    title: str
    participants: tuple[str, ...]

    def as_yaml(self) -> str:
        """The entry to paste into ``visits.yaml``."""
        import yaml

        item: dict[str, object] = {
            "id": self.id,
            "date": self.date,
            "place": self.place or "?",
            "title": self.title,
            "participants": list(self.participants),
        }
        return yaml.safe_dump([item], sort_keys=False, allow_unicode=True, width=1000)


@dataclass(frozen=True)
class VisitProposal:
    """The visit proposed for an article (``visit_id``), or a new visit, and why."""

    visit_id: str | None
    reason: str
    new_visit: NewVisit | None = None


def _stem(word: str) -> str:
    return word.lower()[:6]


def _terms(text: str) -> set[str]:
    return {_stem(w) for w in _TERM.findall(text) if w.lower() not in _STOP}


def names_in(text: str, name: str, aliases: Sequence[str] = ()) -> bool:
    """True when ``text`` names a person or place: full name, an alias, or the surname."""
    forms = {name, *aliases}
    parts = name.split()
    if len(parts) > 1 and len(parts[-1]) >= 4:
        forms.add(parts[-1])
    return any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) for form in forms if form)


@dataclass(frozen=True)
class _Fit:
    visit: Visit
    people: int
    place: bool
    terms: float
    days: int | None

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
) -> list[_Fit]:
    words = _terms(text)
    vocabularies = {
        v.id: _terms(f"{v.title} {v.summary or ''} {' '.join(v.places)}") for v in visits
    }
    frequency: dict[str, int] = {}
    for vocabulary in vocabularies.values():
        for term in vocabulary:
            frequency[term] = frequency.get(term, 0) + 1
    fits: list[_Fit] = []
    for visit in visits:
        people = sum(1 for p in visit.participants if names_in(text, p, aliases.get(p, ())))
        places = {visit.place, *visit.places}
        place = any(names_in(text, p, aliases.get(p, ())) for p in places if p)
        weights = {t: math.log((1 + len(visits)) / frequency[t]) for t in vocabularies[visit.id]}
        total = sum(weights.values())
        terms = sum(w for t, w in weights.items() if t in words) / total if total else 0.0
        days = None if published is None else _days_off(visit, published)
        fits.append(_Fit(visit, people, place, terms, days))
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
    fits = [f for f in _fits(visits, text, published, aliases) if f.people and f.place]
    if published is not None:
        dated = [f for f in fits if f.days is not None and f.days <= WINDOW_DAYS]
        if dated:
            best = max(dated, key=lambda f: (f.score, -(f.days or 0)))
            return VisitProposal(
                best.visit.id,
                f"published {best.days} day(s) from the visit and names {_named(best)}",
            )
    else:
        ranked = sorted(fits, key=lambda f: (f.terms, f.score), reverse=True)
        if (
            ranked
            and ranked[0].terms > 0
            and (len(ranked) == 1 or ranked[0].terms - ranked[1].terms >= CLEAR_LEAD)
        ):
            best = ranked[0]
            return VisitProposal(
                best.visit.id,
                f"no publication date found; it names {_named(best)} and shares "
                f"{round(100 * best.terms)}% of the visit's distinctive words",
            )
    new = _new_visit(title, body, published, people, places, [*taken_ids, *(v.id for v in visits)])
    if published is not None:
        why = f"no listed visit within {WINDOW_DAYS} days of {published} fits its people and place"
    else:
        why = "no publication date found and no listed visit clearly fits its names and words"
    return VisitProposal(
        None, f"{why}; proposed a new visit {new.id!r} (not added to visits.yaml)", new
    )


def _named(fit: _Fit) -> str:
    count = len(fit.visit.participants)
    return f"{fit.people} of {count} participant(s) and the place"


def titled_people(text: str) -> list[str]:
    """People named with their office (``President Vladimir Putin``), most named first."""
    counts: dict[str, int] = {}
    for match in _TITLED.finditer(text):
        name = match.group("name")
        counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: -counts[n])


def _merge_people(names: Sequence[str]) -> list[str]:
    """Names in order, without a second form of someone already listed (same surname)."""
    kept: list[str] = []
    for name in names:
        surname = name.split()[-1]
        if not any(k.split()[-1] == surname for k in kept):
            kept.append(name)
    return kept


def dateline_place(body: str) -> str | None:
    """The place of a dateline such as ``SOCHI, Russia —`` at the start of a story."""
    match = _DATELINE.match(body)
    if match is None:
        return None
    return match.group("place").strip().title()


def _new_visit(
    title: str,
    body: str,
    published: dt.date | None,
    people: Sequence[str],
    places: Sequence[str],
    taken: Sequence[str],
) -> NewVisit:
    from briefing_tui.ingest.naming import slug

    in_title = [p for p in places if names_in(title, p)]
    travelled = [p for p in in_title if re.search(rf"\b(?:to|in|at)\s+{re.escape(p)}\b", title)]
    candidates = [dateline_place(body), *travelled, *in_title, *places]
    place = next((c for c in candidates if c), None)
    people = _merge_people([*people, *titled_people(f"{title}\n{body}")])
    people = [p for p in people if len(p.split()) > 1]
    stem = f"{published:%Y-%m}" if published else "undated"
    base = f"{stem}-{slug(place or 'visit', 3)}"
    visit_id, number = base, 2
    while visit_id in taken:
        visit_id, number = f"{base}-{number}", number + 1
    return NewVisit(visit_id, published, place, title, tuple(people[:4]))
