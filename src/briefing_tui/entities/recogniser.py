"""The one entry point that turns an article's body into mentions."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator

from briefing_tui.entities.announced import announced
from briefing_tui.entities.bodies import bodies_and_people
from briefing_tui.entities.cues import PAPER_HEADS, mention_of
from briefing_tui.entities.gazetteer import Entry, Gazetteer, fold, surface_key
from briefing_tui.entities.languages import ForeignMatcher, detect, foreign_entries
from briefing_tui.entities.layout import apply_layout, credits
from briefing_tui.entities.mention import Mention
from briefing_tui.entities.overlaps import fill, resolve
from briefing_tui.entities.phrases import (
    PhraseMatcher,
    designator_variants,
    fold_and_space,
    spaced_text,
)
from briefing_tui.entities.shapes import quoted_papers, shaped

# Bump when the rules change, so cached results are recomputed.
RULES_VERSION = "13"


def _phrases(
    forms: Iterable[tuple[str, Entry]], owned: set[str]
) -> list[tuple[str, str, str | int]]:
    """Every surface form not yet owned (designators in all spellings), with type and name."""
    phrases: list[tuple[str, str, str | int]] = []
    for form, entry in forms:
        key = surface_key(form)
        variants = [key]
        if entry.type == "WEAPON":
            variants.extend(designator_variants(key))
        elif entry.type == "ORG" and key.rsplit(" ", 1)[-1] in PAPER_HEADS and " " in key:
            variants.append("The " + key)  # "The Wall Street Journal"
        for variant in variants:
            if variant and variant not in owned:
                owned.add(variant)
                phrases.append((variant, entry.type, entry.name))
    return phrases


def _forms_of(entries: Iterable[Entry]) -> Iterator[tuple[str, Entry]]:
    for entry in entries:
        for form in entry.forms():
            yield form, entry


class Recogniser:
    """Finds the gazetteer's names and, with ``rules``, world knowledge and patterns too."""

    def __init__(self, gazetteer: Gazetteer, rules: bool = True, fast: bool | None = None) -> None:
        """``fast`` chooses the C scans (the default where built) or the Python ones."""
        self.gazetteer = gazetteer
        self.rules = rules
        owned: set[str] = set()
        phrases = _phrases(gazetteer.surface_forms(), owned)
        people = {e.name for e in gazetteer.entries if e.type == "PERSON"}
        # The trigger kind of the nouns after a site's name ("airport").
        self._site_kind = -1
        if rules:
            from briefing_tui.entities.cues import SITE_AFTER, TRIGGERS

            self._site_kind = SITE_AFTER
            from briefing_tui.entities.world import world_entries

            # The world's other names of an entity the gazetteer lists too ("Persia" for
            # Iran) count when both give it the same type; the gazetteer's forms come first.
            types = {entry.name: entry.type for entry in gazetteer.entries}
            world = [e for e in world_entries() if types.get(e.name, e.type) == e.type]
            phrases.extend(_phrases(_forms_of(world), owned))
            phrases.extend((word, "", kind) for word, kind in TRIGGERS.items())
        self._people = frozenset(people)
        self._matcher = PhraseMatcher(phrases, fast)
        self.fast = self._matcher.fast
        self._foreign: dict[str, ForeignMatcher] = {}
        self._upper_places: dict[str, str] | None = None
        self._foreign_lock = threading.Lock()

    def _place_of(self, capitals: str) -> str | None:
        """The place an all-capital name spells ("TEL AVIV": Tel Aviv), if it is known."""
        places = self._upper_places
        if places is None:
            places = {}
            for form, entry in self.gazetteer.surface_forms():
                if entry.type == "PLACE":
                    places.setdefault(form.upper(), entry.name)
            if self.rules:
                from briefing_tui.entities.world import world_entries

                for entry in world_entries():
                    if entry.type == "PLACE":
                        for form in entry.forms():
                            places.setdefault(form.upper(), entry.name)
            self._upper_places = places
        return places.get(" ".join(capitals.split()))

    def _foreign_matcher(self, language: str) -> ForeignMatcher:
        """The word-by-word matcher for ``language``: its own forms, then the English ones."""
        with self._foreign_lock:
            matcher = self._foreign.get(language)
            if matcher is None:
                from briefing_tui.entities.world import world_entries

                kinds = ("PERSON", "PLACE", "ORG")
                english = [e for e in self.gazetteer.entries if e.type in kinds]
                if self.rules:
                    english += [e for e in world_entries() if e.type in kinds]
                matcher = ForeignMatcher(language, [*foreign_entries(language), *english])
                self._foreign[language] = matcher
            return matcher

    def find(self, text: str) -> list[Mention]:
        """Mentions in ``text``, sorted by start, never overlapping, offsets into ``text``."""
        if not text:
            return []
        if self.fast:
            folded, spaced = fold_and_space(text)
        else:
            folded = fold(text)
            spaced = spaced_text(folded)
        found, triggers = self._matcher.find_with_triggers(text, folded, spaced)
        if not self.rules:
            return found
        from briefing_tui.entities.rules import apply_rules

        english = apply_rules(text, folded, spaced, found, triggers, self._people, self.fast)
        language = detect(text)
        kind = self._site_kind
        sites = [t[0] for t in triggers if t[2] == kind] if triggers else []
        english = apply_layout(
            text, folded, english, self._place_of, self._people, language != "en", sites
        )
        if language == "en":
            return english
        # Capitalised runs mean little in German nouns or Polish sentence openings.
        english = [m for m in english if m.type != "OTHER"]
        merged = _merge_foreign(text, self._foreign_matcher(language).find(text), english)
        merged = bodies_and_people(text, language, merged)
        if language == "ar":
            merged = _arabic_bodies_with_nationality(text, merged)
        named = announced(text, language, merged)
        if language == "ar":
            # A name joined by "son of" wins over the word "بن" read as a place.
            joined = [m for m in named if _SON_OF.search(m.text)]
            if joined:
                merged = resolve(merged, joined)
                named = [m for m in named if m not in joined]
        merged = fill(merged, named)
        papers = quoted_papers(text, language)
        merged = resolve(merged, papers) if papers else merged
        merged = fill(merged, shaped(text, language))
        # The names of other languages do not take back a photographer's name in a credit.
        return credits(text, merged) if "/" in text else merged


_SON_OF = re.compile(" (?:بن|ابن|أبو) ")


def _arabic_bodies_with_nationality(text: str, found: list[Mention]) -> list[Mention]:
    """A body and the nationality adjective after it are one name ("وزارة الخارجية الروسية")."""
    out: list[Mention] = []
    index = 0
    while index < len(found):
        mention = found[index]
        after = found[index + 1] if index + 1 < len(found) else None
        if (
            after is not None
            and mention.type == "ORG"
            and after.type == "PLACE"
            and after.start == mention.end + 1
            and text[mention.end] == " "
            and after.text.startswith("ال")
            and after.text.endswith(("ي", "ية"))
        ):
            out.append(mention_of(text, mention.start, after.end, "ORG"))
            index += 2
            continue
        out.append(mention)
        index += 1
    return out


def _after_places(text: str, foreign: list[Mention], english: list[Mention]) -> list[Mention]:
    """People the English rules found, without the places the word-by-word matcher knows.

    "президент Сербии Александр Вучич", "prezydent Białorusi Aleksander Łukaszenka": the
    place before is the title's, the rest is the person; a place at the end is where
    the person went.  What is left must keep two words.
    """
    starts = {f.start: f for f in foreign if f.type != "PERSON"}
    ends = {f.end: f for f in foreign if f.type != "PERSON"}
    out = list(english)
    changed = False
    for index, person in enumerate(english):
        if person.type != "PERSON":
            continue
        start, end = person.start, person.end
        place = starts.get(start)
        if place is not None and place.end < end:
            start = place.end
            while start < end and text[start].isspace():
                start += 1
        place = ends.get(end)
        if place is not None and place.start > start and text[place.start - 1] == " ":
            end = place.start
            while end > start and text[end - 1].isspace():
                end -= 1
        if (start, end) == (person.start, person.end):
            continue
        if " " in text[start:end] and text[start].isupper():
            changed = True
            out[index] = mention_of(text, start, end, "PERSON")
    return out if changed else english


def _merge_foreign(text: str, foreign: list[Mention], english: list[Mention]) -> list[Mention]:
    """The word-by-word hits first, then the English rules' hits around them.

    A person the English rules found wins over the foreign hits it covers unless one of
    them is a person too ("Naama Issachar" over a place "Naama"; but "Izraela" and
    "Benjamin Netanjahu" over "Izraela Benjamin Netanjahu").
    """
    english = _after_places(text, foreign, english)
    people = [m for m in english if m.type == "PERSON" and " " in m.text]
    if people:
        inside = {p: [f for f in foreign if p.start <= f.start and f.end <= p.end] for p in people}
        chosen = [
            p
            for p, hits in inside.items()
            if hits
            and all(f.type != "PERSON" for f in hits)
            and not any(f.start < p.start < f.end or f.start < p.end < f.end for f in foreign)
        ]
        if chosen:
            foreign = [f for f in foreign if not any(c.start <= f.start < c.end for c in chosen)]
            foreign = fill(foreign, chosen)
    return fill(foreign, english)
