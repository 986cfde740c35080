"""Generate a synthetic corpus in the DESIGN.md format, to measure Briefing at archive scale.

    python benchmarks/corpus.py OUT --articles 20000 --visits 400 [--seed 1]

Writes OUT/visits.yaml, OUT/entities.yaml and OUT/articles/<id>.txt: articles
of about 4 KB on average that name people, places, organisations and weapons
from the gazetteer, carry each outlet's boilerplate, and include a few very
long articles (transcripts of a few megabytes).  Keep generated corpora out
of the repository (for instance under /tmp).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

FIRST = [
    "Anatoly",
    "Boris",
    "Dmitri",
    "Elena",
    "Fyodor",
    "Galina",
    "Igor",
    "Irina",
    "Katya",
    "Lev",
    "Marina",
    "Nikolai",
    "Oleg",
    "Pavel",
    "Sergei",
    "Tatiana",
    "Viktor",
    "Yuri",
    "Avi",
    "Dalia",
    "Eitan",
    "Gideon",
    "Hila",
    "Moshe",
    "Naftali",
    "Orly",
    "Reuven",
    "Shira",
    "Tamar",
    "Yael",
    "Ahmad",
    "Farid",
    "Hassan",
    "Layla",
    "Omar",
    "Rania",
    "Samir",
    "Yusuf",
    "Zeinab",
    "Claire",
    "Henri",
    "Jonas",
    "Ingrid",
    "Marco",
    "Lucia",
    "Pieter",
    "Sofia",
    "Tomas",
]
LAST = [
    "Arkhipov",
    "Belov",
    "Chernov",
    "Dorokhov",
    "Fedorov",
    "Grachev",
    "Ivashov",
    "Kozlov",
    "Lebedev",
    "Morozov",
    "Nikitin",
    "Orlov",
    "Petrov",
    "Rybakov",
    "Sokolov",
    "Tarasov",
    "Volkov",
    "Zaitsev",
    "Ashkenazi",
    "Barak",
    "Cohen",
    "Dayan",
    "Eshel",
    "Friedman",
    "Golan",
    "Halevi",
    "Katz",
    "Levi",
    "Mizrahi",
    "Navon",
    "Peretz",
    "Shamir",
    "Tal",
    "Weiss",
    "Haddad",
    "Khoury",
    "Mansour",
    "Nasser",
    "Saleh",
    "Tamimi",
    "Aubert",
    "Berger",
    "Conti",
    "Dubois",
    "Engel",
    "Falk",
    "Moreau",
]
PLACES = [
    "Moscow",
    "Sochi",
    "Jerusalem",
    "Tel-Aviv",
    "Damascus",
    "Tehran",
    "Ankara",
    "Cairo",
    "Amman",
    "Beirut",
    "Riyadh",
    "Doha",
    "Washington",
    "Paris",
    "Berlin",
    "London",
    "Vienna",
    "Geneva",
    "Kiev",
    "Minsk",
    "Astana",
    "Baku",
    "Yerevan",
    "Tbilisi",
    "Latakia",
    "Aleppo",
    "Hmeimim",
    "Golan",
    "Kremlin",
    "Vladivostok",
    "Novosibirsk",
    "Kazan",
    "Haifa",
    "Eilat",
    "Gaza",
    "Ramallah",
    "Baghdad",
    "Erbil",
    "Muscat",
    "Abu-Dhabi",
]
ORGS = [
    "Foreign Ministry",
    "Defence Ministry",
    "Security Council",
    "General Staff",
    "Gazprom",
    "Rosatom",
    "Rosoboronexport",
    "Mossad",
    "Shin Bet",
    "FSB",
    "GRU",
    "Knesset",
    "State Duma",
    "Federation Council",
    "United Nations",
    "IAEA",
    "NATO",
    "OPEC",
    "Arab League",
    "European Union",
    "Hezbollah",
    "Hamas",
    "Revolutionary Guards",
    "World Bank",
]
WEAPONS = [
    "S-300",
    "S-400",
    "Iron Dome",
    "Arrow 3",
    "Su-24",
    "Su-35",
    "F-35",
    "Il-20",
    "Iskander",
    "Kalibr",
    "Pantsir",
    "Kornet",
    "Buk",
    "Tor-M1",
    "Yakhont",
    "Shahed-136",
]
EVENTS = ["Victory Day", "Holocaust Remembrance Day", "Valdai Forum", "Munich Security Conference"]
OUTLETS = [
    "Haaretz",
    "Asharq Al-Awsat",
    "The Algemeiner",
    "inContext",
    "TASS",
    "Interfax",
    "Kommersant",
    "Times of Israel",
    "Jerusalem Post",
    "Al-Monitor",
    "Reuters",
    "Agence France-Presse",
    "Associated Press",
    "Vedomosti",
    "Ynet",
    "Arab News",
    "Hurriyet",
    "Le Monde",
]
COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "was",
    "is",
    "said",
    "were",
    "would",
    "will",
    "has",
    "have",
    "had",
    "been",
    "after",
    "before",
    "during",
    "talks",
    "meeting",
    "visit",
    "minister",
    "president",
    "prime",
    "foreign",
    "defence",
    "security",
    "military",
    "officials",
    "government",
    "agreement",
    "cooperation",
    "relations",
    "region",
    "border",
    "conflict",
    "peace",
    "sanctions",
    "deal",
    "missiles",
    "forces",
    "air",
    "strike",
    "talks",
    "source",
    "statement",
    "press",
    "conference",
    "told",
    "reporters",
    "according",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "tomorrow",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "two",
    "three",
    "four",
    "first",
    "second",
    "new",
    "senior",
    "top",
    "official",
    "state",
    "national",
    "international",
    "bilateral",
    "strategic",
    "issue",
    "issues",
    "support",
    "position",
    "plan",
    "against",
    "between",
    "about",
    "over",
    "under",
    "also",
    "not",
    "but",
    "which",
    "who",
    "their",
    "his",
    "her",
    "its",
    "this",
    "these",
    "those",
    "there",
    "here",
    "more",
    "most",
    "other",
    "such",
    "only",
    "any",
    "some",
]
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "na",
    "mo",
    "se",
    "vi",
    "la",
    "de",
    "po",
    "ru",
    "sha",
    "li",
    "ne",
    "ta",
    "ko",
    "mi",
    "ga",
    "zu",
    "be",
    "do",
    "fa",
    "he",
    "ja",
    "ku",
    "lo",
]
BOILERPLATE = [
    "Subscribe to our daily newsletter for the latest news and analysis from the region.",
    "All rights reserved. This material may not be published, broadcast or redistributed.",
    "Follow us on social media for breaking news and live updates.",
    "Readers' comments are moderated and may take some time to appear.",
    "Share this story with your friends and colleagues.",
]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Gazetteer:
    """The synthetic entities: their canonical names, types and aliases."""

    def __init__(self, rng: random.Random) -> None:
        people: set[str] = set()
        while len(people) < 300:
            people.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        self.people = sorted(people)
        self.places = [p.replace("-", " ") for p in PLACES]
        self.orgs = ORGS
        self.weapons = WEAPONS
        self.events = EVENTS

    def yaml(self) -> str:
        """The gazetteer as ``entities.yaml`` text."""
        lines = ["# Synthetic gazetteer for benchmarks."]
        for kind, names in (
            ("PERSON", self.people),
            ("PLACE", self.places),
            ("ORG", self.orgs),
            ("WEAPON", self.weapons),
            ("EVENT", self.events),
        ):
            for name in names:
                lines.append(f"- name: {_quote(name)}")
                lines.append(f"  type: {kind}")
                if kind == "PERSON":
                    lines.append(f"  aliases: [{_quote(name.split()[-1])}]")
        return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-").replace("--", "-")


@dataclass(frozen=True)
class PlannedVisit:
    """One synthetic visit: when, where, who, and the weapon its coverage dwells on."""

    id: str
    date: dt.date
    end_date: dt.date | None
    place: str
    participants: list[str]
    weapon: str


class Writer:
    """Builds visits and article texts from a seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.gazetteer = Gazetteer(self.rng)
        vocabulary = _vocabulary(self.rng, 30000)
        self.rng.shuffle(vocabulary)
        cumulative: list[float] = []
        total = 0.0
        for rank in range(len(vocabulary)):
            total += 1.0 / (rank + 1)
            cumulative.append(total)
        self.sentences = [self._sentence(vocabulary, cumulative) for _ in range(6000)]

    def _sentence(self, vocabulary: list[str], cumulative: list[float]) -> str:
        rng = self.rng
        words = rng.choices(COMMON, k=rng.randint(6, 14))
        words += rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(2, 6))
        rng.shuffle(words)
        for slot in rng.sample(["{P}", "{L}", "{O}", "{W}", "{P}", "{L}"], rng.randint(1, 3)):
            words.insert(rng.randint(0, len(words)), slot)
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def visits(self, count: int) -> list[PlannedVisit]:
        """Visits spread over 2000-2025 with a host city and participants."""
        rng = self.rng
        start = dt.date(2000, 1, 1).toordinal()
        span = dt.date(2025, 12, 31).toordinal() - start
        days = sorted(rng.sample(range(span), count))
        out: list[PlannedVisit] = []
        for number, day in enumerate(days):
            date = dt.date.fromordinal(start + day)
            place = rng.choice(self.gazetteer.places)
            out.append(
                PlannedVisit(
                    id=f"{date:%Y-%m}-{_slug(place)}-{number}",
                    date=date,
                    end_date=date + dt.timedelta(days=1) if rng.random() < 0.3 else None,
                    place=place,
                    participants=rng.sample(self.gazetteer.people, 3),
                    weapon=rng.choice(self.gazetteer.weapons),
                )
            )
        return out

    def body(self, visit: PlannedVisit | None, outlet: str, paragraphs: int) -> str:
        """An article body: paragraphs of sentences naming the visit's people and places."""
        rng = self.rng
        g = self.gazetteer
        people = visit.participants if visit else g.people[:3]
        place = visit.place if visit else rng.choice(g.places)
        out = []
        for _ in range(paragraphs):
            sentences = []
            for template in rng.choices(self.sentences, k=rng.randint(3, 6)):
                sentences.append(
                    template.replace(
                        "{P}", rng.choice(people) if rng.random() < 0.7 else rng.choice(g.people)
                    )
                    .replace("{L}", place if rng.random() < 0.6 else rng.choice(g.places))
                    .replace("{O}", rng.choice(g.orgs))
                    .replace(
                        "{W}",
                        visit.weapon if visit and rng.random() < 0.5 else rng.choice(g.weapons),
                    )
                )
            out.append(" ".join(sentences))
        out.append(rng.choice(BOILERPLATE) + f" © {outlet}.")
        return "\n\n".join(out)


def write_corpus(root: Path, articles: int, visits: int, seed: int, long_articles: int) -> int:
    """Write a whole corpus; return the total size of the article files in bytes."""
    writer = Writer(seed)
    rng = writer.rng
    if root.exists():
        shutil.rmtree(root)
    (root / "articles").mkdir(parents=True)
    visit_list = writer.visits(visits)
    lines = ["# Synthetic visits for benchmarks."]
    for v in visit_list:
        lines += [
            f"- id: {v.id}",
            f"  date: {v.date}",
            *([f"  end_date: {v.end_date}"] if v.end_date else []),
            f"  place: {_quote(v.place)}",
            f"  title: {_quote(f'Talks in {v.place} on {v.weapon}')}",
            "  participants: [" + ", ".join(_quote(p) for p in v.participants) + "]",
        ]
    (root / "visits.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "entities.yaml").write_text(writer.gazetteer.yaml(), encoding="utf-8")
    long_ones = set(rng.sample(range(articles), min(long_articles, articles)))
    total = 0
    for number in range(articles):
        visit = rng.choice(visit_list) if rng.random() > 0.05 else None
        outlet = rng.choice(OUTLETS)
        date = visit.date if visit else dt.date(2010, 1, 1)
        published = date + dt.timedelta(days=rng.randint(-2, 3))
        paragraphs = rng.randint(3000, 8000) if number in long_ones else rng.randint(3, 10)
        article_id = f"{published:%Y-%m}-{_slug(outlet)}-{number}"
        where = visit.place if visit else "Region"
        title = f"{where}: talks on {rng.choice(writer.gazetteer.weapons)} ({number})"
        head = [
            "---",
            f"title: {_quote(title)}",
            f"source: {_quote(outlet)}",
            "author: null",
            f"published: {published if rng.random() > 0.03 else 'null'}",
            "url: null",
            *([f"visit: {visit.id}"] if visit else []),
            "---",
        ]
        text = "\n".join(head) + "\n" + writer.body(visit, outlet, paragraphs) + "\n"
        data = text.encode("utf-8")
        (root / "articles" / f"{article_id}.txt").write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (replaced if it exists)")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--visits", type=int, default=None, help="default: articles / 50")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--long", type=int, default=None, help="very long articles (default 1 per 5000)"
    )
    args = parser.parse_args(argv)
    visits = args.visits or max(1, args.articles // 50)
    long_articles = args.long if args.long is not None else max(1, args.articles // 5000)
    began = time.perf_counter()
    size = write_corpus(args.out, args.articles, visits, args.seed, long_articles)
    print(
        f"wrote {args.articles} articles ({size / 1e6:.1f} MB) and {visits} visits to {args.out}"
        f" in {time.perf_counter() - began:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
