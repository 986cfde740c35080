"""A visit the corpus does not list yet, proposed from the article that reports it.

Its date is the meeting's, its place the city the story puts the meeting in (the
meeting sentence, the headline, the dateline), its participants those named where the
meeting is told; its id is the month and the place ("2017-08-sochi").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_tui.ingest.event import Event, canonical_place, headline_place, is_country
from briefing_tui.ingest.naming import slug

_TITLED = re.compile(
    r"\b(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Chancellor|King"
    r"|Crown Prince|Secretary of State)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.' -]{2,30}?)(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\(|—|–|-\s)"
    # in any script, and with the day after the place: "ИЕРУСАЛИМ, 23 янв — РИА Новости."
    r"|^(?P<caps>[^\W\d_][^\W\d_ -]{2,30}(?:[ -][^\W\d_]{2,30})?),\s*\d{1,2}\s+[^\W\d_]{3,12}\.?"
    r"(?:\s+\d{4})?\s*(?:—|–|-\s)"
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


def names_in(text: str, name: str, aliases: Sequence[str] = ()) -> bool:
    """True when ``text`` names a person or place: full name, an alias, or the surname."""
    forms = {name, *aliases}
    parts = name.split()
    if len(parts) > 1 and len(parts[-1]) >= 4:
        forms.add(parts[-1])
    return any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) for form in forms if form)


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
    place = match.group("place") or match.group("caps")
    if not place.isupper():
        return None
    return place.strip().title()


def new_visit(
    title: str,
    body: str,
    date: dt.date | None,
    people: Sequence[str],
    places: Sequence[str],
    taken: Sequence[str],
    event: Event | None = None,
) -> NewVisit:
    """The visit to propose for an article no listed visit fits, with an id not yet taken."""
    # a headline's city is where they met; a country it names is more likely the subject
    in_title = sorted(
        (p for p in places if names_in(title, p)), key=lambda p: is_country(canonical_place(p))
    )
    travelled = [p for p in in_title if re.search(rf"\b(?:to|in|at)\s+{re.escape(p)}\b", title)]
    candidates = [
        event.place if event is not None else None,
        headline_place(title, places),
        *travelled,
        dateline_place(body),
        *in_title,
        *places,
    ]
    place = next((c for c in candidates if c), None)
    people = _merge_people([*people, *titled_people(f"{title}\n{body}")])
    people = [p for p in people if len(p.split()) > 1]
    # Those who meet are named where the meeting is: the headline or the sentence reporting
    # it; someone the story only mentions (a soldier, another leader) is not a participant.
    where = f"{title}\n{event.evidence if event is not None else ''}"
    meeting = [p for p in people if names_in(where, p)]
    if len(meeting) >= 2:
        people = meeting
    stem = f"{date:%Y-%m}" if date else "undated"
    base = f"{stem}-{slug(place or 'visit', 3)}"
    visit_id, number = base, 2
    while visit_id in taken:
        visit_id, number = f"{base}-{number}", number + 1
    return NewVisit(visit_id, date, place, title, tuple(people[:4]))
