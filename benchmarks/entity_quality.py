"""Precision and recall of entity recognition per type, against the hand labels.

Prints one table for the five bundled articles (targets: 0.95 for PERSON,
PLACE, ORG and WEAPON; 0.9 for DATE and MONEY), one for the articles about
other visits in ``tests/data/unseen``, and one for the development set in
``tests/data/entities/dev`` (target: 0.93 for PERSON, PLACE and ORG), followed
by a breakdown of PERSON, PLACE and ORG per language of its articles.  The
held-out set in ``tests/data/entities/heldout`` (articles never looked at while
tuning) is scored only with ``--heldout``: it is kept for a final figure, not for
tuning.  ``--set DIR`` scores any folder of the same shape (``articles/<id>.txt``
and ``labels/<id>.yaml``) instead of the usual sets.
A hit needs the exact span and type; "names" is the share of hits that also
carry the labelled canonical name.
Run: ``python benchmarks/entity_quality.py [--errors] [--heldout] [--set DIR]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_tui import safeyaml
from briefing_tui.corpus import read_body
from briefing_tui.entities import Mention, Recogniser, load_gazetteer
from briefing_tui.entities.quality import TypeScore, load_labels, report, score

REPO = Path(__file__).resolve().parents[1]
ENTITIES = REPO / "tests" / "data" / "entities"
SETS = (
    ("bundled articles", REPO / "tests" / "data" / "labels", REPO / "corpus" / "articles"),
    (
        "unseen articles",
        REPO / "tests" / "data" / "labels" / "unseen",
        REPO / "tests" / "data" / "unseen",
    ),
    ("development set", ENTITIES / "dev" / "labels", ENTITIES / "dev" / "articles"),
)
HELDOUT = ("held-out set", ENTITIES / "heldout" / "labels", ENTITIES / "heldout" / "articles")
BY_LANGUAGE = ("PERSON", "PLACE", "ORG")

Pair = tuple[list[Mention], list[Mention]]


def language_of(path: Path) -> str:
    """The ``language`` key of a label file ("en" when it has none)."""
    data = safeyaml.loads(safeyaml.read_text(path))
    language = data.get("language") if isinstance(data, dict) else None
    return str(language) if language else "en"


def language_table(pairs: dict[str, list[Pair]]) -> str:
    """Precision and recall of PERSON, PLACE and ORG for each language."""
    header = f"{'lang':<6}{'articles':>9}" + "".join(
        f"{kind + ' P':>10}{kind + ' R':>10}" for kind in BY_LANGUAGE
    )
    lines = [header]
    for language in sorted(pairs):
        scores: dict[str, TypeScore] = score(pairs[language])
        cells = "".join(
            f"{scores[kind].precision:>10.3f}{scores[kind].recall:>10.3f}" for kind in BY_LANGUAGE
        )
        lines.append(f"{language:<6}{len(pairs[language]):>9}{cells}")
    return "\n".join(lines)


def main() -> None:
    """Score each labelled set and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    parser.add_argument(
        "--heldout", action="store_true", help="also score the held-out set (final figures only)"
    )
    parser.add_argument(
        "--set",
        type=Path,
        metavar="DIR",
        help="score only this folder of articles/<id>.txt and labels/<id>.yaml",
    )
    args = parser.parse_args()
    gazetteer, problems = load_gazetteer(REPO / "corpus" / "entities.yaml")
    for problem in problems:
        print(problem)
    recogniser = Recogniser(gazetteer)
    if args.set is not None:
        folder: Path = args.set
        sets: tuple[tuple[str, Path, Path], ...] = (
            (str(folder), folder / "labels", folder / "articles"),
        )
    else:
        sets = (*SETS, HELDOUT) if args.heldout else SETS
    for title, labels, bodies in sets:
        files = sorted(labels.glob("*.yaml")) if labels.is_dir() else []
        if not files:
            print(f"\n{title}: empty, no label files in {labels}")
            continue
        pairs: list[Pair] = []
        languages: dict[str, list[Pair]] = {}
        for path in files:
            article, wanted = load_labels(path)
            article_file = bodies / f"{article}.txt"
            if not article_file.is_file():
                print(f"{path}: no article {article_file}")
                continue
            found = recogniser.find(read_body(article_file))
            pairs.append((wanted, found))
            languages.setdefault(language_of(path), []).append((wanted, found))
        scores = score(pairs)
        print(f"\n{title} ({len(pairs)} articles)")
        print(report(scores))
        if len(languages) > 1:
            print(language_table(languages))
        if args.errors:
            for kind, entry in scores.items():
                for mention in entry.missed:
                    print(f"  missed   {kind:<7} {mention.start:>5} {mention.text!r}")
                for mention in entry.spurious:
                    print(f"  spurious {kind:<7} {mention.start:>5} {mention.text!r}")


if __name__ == "__main__":
    main()
