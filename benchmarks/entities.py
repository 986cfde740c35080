"""Throughput of entity recognition on generated news text, and matcher build time.

Generates a gazetteer of 10,000 entities (each with aliases) and tens of MB of
news-like prose that names them, then prints:

- the time to build the matcher for the 10,000 names (target < 100 ms);
- the gazetteer pass throughput (target >= 40 MB/s on one core);
- the throughput with every rule on (target >= 15 MB/s).

MB here is 10**6 bytes of UTF-8 text; times are processor time of this process
(one core), the best of a few runs.  The load average is printed before and after,
since a loaded machine slows even processor time down (shared caches and cores).
Run: ``python benchmarks/entities.py [--mb 20] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import time

from briefing_tui.entities import Entry, Gazetteer, Recogniser
from briefing_tui.entities.phrases import FAST
from briefing_tui.entities.wordlists import words

TYPES = ("PERSON", "PLACE", "ORG", "WEAPON", "EVENT")
SYLLABLES = words(
    "ka ri mo ta ne vo la shi de gor an el ya mir zu ben tov ra lin sa ko ve dan ul pe "
    "tri os ha mak ro ze fi lo ar na tu me bo"
)
FILLER = words(
    "officials said the talks would continue next week while diplomats in the region "
    "expressed cautious hope that the agreement could hold despite pressure from several "
    "sides and the economic crisis that has shaped the debate over security and trade"
)
TEMPLATES = (
    "{PERSON} met {PERSON} in {PLACE} on Tuesday to discuss {WEAPON} deliveries.",
    "According to {ORG}, the deal is worth $83 million and was signed on February 26, 2019.",
    "The visit to {PLACE} came after {EVENT}, {PERSON}’s office said in a statement.",
    "Prime Minister {PERSON} told reporters that {ORG} would not accept the proposal.",
    "{PLACE}-based analysts said {PERSON} and {PERSON} disagreed over {WEAPON}s.",
    "In mid-September, {ORG} and {ORG} agreed to resume contacts in {PLACE}.",
    "Foreign Minister {PERSON} said the sale of €13,700 worth of parts was legal.",
    "The {EVENT} anniversary will be marked in {PLACE} at the end of June.",
)


def name(rng: random.Random, words: int) -> str:
    """A made-up capitalised name of a few words."""
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        for _ in range(words)
    )


def make_gazetteer(size: int, rng: random.Random) -> tuple[Gazetteer, dict[str, list[str]]]:
    """A gazetteer of ``size`` entities with aliases, and the surface forms by type."""
    gazetteer = Gazetteer()
    forms: dict[str, list[str]] = {t: [] for t in TYPES}
    while len(gazetteer) < size:
        kind = TYPES[len(gazetteer) % len(TYPES)]
        if kind == "WEAPON":
            letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUZ") for _ in range(rng.randint(1, 3)))
            canonical = f"{letters.capitalize()}-{rng.randint(10, 999)}"
            aliases = [canonical.replace("-", "")]
        elif kind == "PERSON":
            canonical = name(rng, 2)
            aliases = [
                canonical.split()[-1],
                canonical.split()[0][0] + ". " + canonical.split()[-1],
            ]
        else:
            canonical = name(rng, rng.randint(1, 3))
            aliases = [name(rng, 1)] if rng.random() < 0.5 else []
        if gazetteer.lookup(canonical) is not None:
            continue
        gazetteer.add(Entry(canonical, kind, tuple(aliases)))
        forms[kind].extend([canonical, *aliases])
    return gazetteer, forms


def make_articles(megabytes: float, forms: dict[str, list[str]], rng: random.Random) -> list[str]:
    """Articles of about 3 KB each, in all about ``megabytes`` MB of UTF-8."""
    articles: list[str] = []
    total = 0
    target = int(megabytes * 1_000_000)
    while total < target:
        parts: list[str] = []
        size = 0
        while size < 3000:
            sentence = rng.choice(TEMPLATES)
            for kind in TYPES:
                while "{" + kind + "}" in sentence:
                    sentence = sentence.replace("{" + kind + "}", rng.choice(forms[kind]), 1)
            filler = " ".join(rng.choice(FILLER) for _ in range(rng.randint(8, 30)))
            paragraph = f"{sentence} {filler.capitalize()}."
            parts.append(paragraph)
            size += len(paragraph) + 2
        article = "\n\n".join(parts)
        articles.append(article)
        total += len(article.encode("utf-8"))
    return articles


def best_of(runs: int, action: object) -> float:
    """The least processor time of a few runs, in seconds.

    Processor time (not wall-clock time) is what one core spends on the work,
    so other programs on a shared machine do not inflate it.
    """
    assert callable(action)
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return min(times)


def real_articles() -> None:
    """Both passes on the bundled articles (real press text), repeated to about 5 MB."""
    from pathlib import Path

    from briefing_tui.corpus import load_corpus
    from briefing_tui.entities import load_gazetteer

    corpus = load_corpus(Path(__file__).resolve().parents[1] / "corpus")
    gazetteer, _ = load_gazetteer(corpus.entities_file)
    bodies = [corpus.body(article) for article in corpus.articles] * 400
    megabytes = sum(len(b.encode("utf-8")) for b in bodies) / 1_000_000
    for rules, label in ((False, "gazetteer pass"), (True, "every rule on")):
        recogniser = Recogniser(gazetteer, rules=rules)
        seconds = best_of(3, lambda r=recogniser: [r.find(body) for body in bodies])
        speed = megabytes / seconds
        print(f"bundled articles x400 ({megabytes:.1f} MB), {label}: {speed:6.1f} MB/s")


def main() -> None:
    """Generate the data, measure, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="MB of text to generate")
    parser.add_argument("--names", type=int, default=10_000, help="entities in the gazetteer")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (best is kept)")
    args = parser.parse_args()
    print(f"load average before: {_load()}")
    print(f"scans: {'C extension' if FAST else 'pure Python'} (BRIEFING_NO_SPEEDUPS=1 for Python)")

    rng = random.Random(7)
    gazetteer, forms = make_gazetteer(args.names, rng)
    articles = make_articles(args.mb, forms, rng)
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    surface = sum(len(e.forms()) for e in gazetteer.entries)
    print(f"gazetteer: {len(gazetteer)} entities, {surface} surface forms")
    print(f"text: {len(articles)} articles, {megabytes:.1f} MB")

    build = best_of(5, lambda: Recogniser(gazetteer, rules=False))
    print(f"matcher build, {len(gazetteer)} names:  {build * 1000:7.1f} ms   (target < 100 ms)")
    Recogniser(gazetteer, rules=True)  # loads the world knowledge once, as a reader would
    build_all = best_of(3, lambda: Recogniser(gazetteer, rules=True))
    print(f"recogniser build, every rule on:   {build_all * 1000:7.1f} ms")

    plain = Recogniser(gazetteer, rules=False)
    full = Recogniser(gazetteer, rules=True)
    counts: dict[str, int] = {}

    def run(recogniser: Recogniser, key: str) -> None:
        counts[key] = sum(len(recogniser.find(article)) for article in articles)

    gazetteer_time = best_of(args.runs, lambda: run(plain, "gazetteer"))
    rules_time = best_of(args.runs, lambda: run(full, "rules"))
    speed = megabytes / gazetteer_time
    print(
        f"gazetteer pass:  {speed:6.1f} MB/s  ({counts['gazetteer']} mentions; "
        f"{speed / 40:.2f} x the 40 MB/s target)"
    )
    speed = megabytes / rules_time
    print(
        f"every rule on:   {speed:6.1f} MB/s  ({counts['rules']} mentions; "
        f"{speed / 15:.2f} x the 15 MB/s target)"
    )
    real_articles()
    joined = "\n\n".join(articles[: max(1, len(articles) // 4)])
    joined_mb = len(joined.encode("utf-8")) / 1_000_000
    one = best_of(1, lambda: full.find(joined))
    print(f"every rule on, one {joined_mb:.1f} MB text without breaks: {joined_mb / one:6.1f} MB/s")
    print(f"load average after: {_load()}")


def _load() -> str:
    """The 1, 5 and 15 minute load averages, or a dash where the system has none."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except (AttributeError, OSError):
        return "-"


if __name__ == "__main__":
    main()
