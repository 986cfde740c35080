"""Precision and recall of entity recognition per type, against the hand labels.

Prints one table for the five bundled articles (targets: 0.95 for PERSON,
PLACE, ORG and WEAPON; 0.9 for DATE and MONEY) and one for the articles about
other visits in ``tests/data/unseen``.  A hit needs the exact span and type;
"names" is the share of hits that also carry the labelled canonical name.
Run: ``python benchmarks/entity_quality.py [--errors]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_tui.corpus import read_body
from briefing_tui.entities import Recogniser, load_gazetteer
from briefing_tui.entities.quality import load_labels, report, score

REPO = Path(__file__).resolve().parents[1]
SETS = (
    ("bundled articles", REPO / "tests" / "data" / "labels", REPO / "corpus" / "articles"),
    (
        "unseen articles",
        REPO / "tests" / "data" / "labels" / "unseen",
        REPO / "tests" / "data" / "unseen",
    ),
)


def main() -> None:
    """Score each labelled set and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    args = parser.parse_args()
    gazetteer, problems = load_gazetteer(REPO / "corpus" / "entities.yaml")
    for problem in problems:
        print(problem)
    recogniser = Recogniser(gazetteer)
    for title, labels, bodies in SETS:
        pairs = []
        for path in sorted(labels.glob("*.yaml")):
            article, wanted = load_labels(path)
            pairs.append((wanted, recogniser.find(read_body(bodies / f"{article}.txt"))))
        scores = score(pairs)
        print(f"\n{title} ({len(pairs)} articles)")
        print(report(scores))
        if args.errors:
            for kind, entry in scores.items():
                for mention in entry.missed:
                    print(f"  missed   {kind:<7} {mention.start:>5} {mention.text!r}")
                for mention in entry.spurious:
                    print(f"  spurious {kind:<7} {mention.start:>5} {mention.text!r}")


if __name__ == "__main__":
    main()
