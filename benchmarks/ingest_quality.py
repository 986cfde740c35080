"""How well ingest reads real coverage: metadata and visit right or wrong, per page and field.

Ingests the five files of ``corpus/raw/`` into an empty corpus (the bundled
visits and gazetteer, no articles) and compares each result with the
bundled, hand-cleaned article; then does the same for the sample pages in
``tests/data/ingest/`` against their hand-cleaned versions in
``tests/data/ingest/expected/``.  Then it scores the labelled sets
``tests/data/ingest/dev/`` (the pages the rules were tuned on) and, with
``--heldout``, ``tests/data/ingest/heldout/`` (pages never looked at while
tuning) against their ``labels.yaml``: title, outlet, date (where the page
carries one), author, caption (the first photo caption, in ``caption:`` and
not in the body), visit right or correctly proposed, and wrong silent
joins (an article put in a visit it does not cover).  ``--set DIR`` scores
any other folder of pages with a ``labels.yaml`` in the same format, apart.

    python benchmarks/ingest_quality.py [--heldout] [--set DIR ...] [--errors]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SAMPLES = REPO / "tests" / "data" / "ingest"


@dataclass
class Row:
    """One source file compared with its hand-cleaned article."""

    name: str
    title: bool
    outlet: bool
    date: bool
    visit: bool
    body_diff: int
    body_len: int
    seconds: float
    note: str


def _empty_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "articles").mkdir(parents=True)
    for name in ("visits.yaml", "entities.yaml"):
        if (CORPUS / name).exists():
            shutil.copy(CORPUS / name, corpus / name)
    return corpus


def _compare(sources: list[tuple[Path, Path]], root: Path) -> list[Row]:
    from rapidfuzz.distance import Levenshtein

    from briefing_tui.corpus import read_body
    from briefing_tui.corpus.loader import load_article
    from briefing_tui.ingest import ingest_files

    corpus = _empty_corpus(root)
    rows = []
    for source, expected_file in sources:
        began = time.perf_counter()
        (outcome,) = ingest_files(corpus, [source])
        seconds = time.perf_counter() - began
        expected = load_article(expected_file, expected_file.parent.parent)
        expected_body = read_body(expected_file)
        if outcome.article_file is None or outcome.status != "added":
            rows.append(
                Row(
                    source.name,
                    False,
                    False,
                    False,
                    False,
                    len(expected_body),
                    len(expected_body),
                    seconds,
                    outcome.message,
                )
            )
            continue
        got = load_article(outcome.article_file, corpus)
        body = read_body(outcome.article_file)
        rows.append(
            Row(
                name=source.name,
                title=got.title == expected.title,
                outlet=got.source == expected.source,
                date=got.published == expected.published,
                # an undated page's visit is suggested, not assigned: right when the suggestion is
                visit=got.visit == expected.visit
                or (got.visit is None and got.suggested_visit == expected.visit),
                body_diff=Levenshtein.distance(body, expected_body),
                body_len=len(expected_body),
                seconds=seconds,
                note=_why(got, expected, source),
            )
        )
    return rows


def _why(got: Any, expected: Any, source: Path) -> str:
    """Say why a field came out wrong when the source itself explains it."""
    notes = []
    if got.published != expected.published and expected.published is not None:
        day = expected.published
        forms = (
            day.isoformat(),
            f"{day:%B} {day.day}, {day.year}",
            f"{day.day} {day:%B} {day.year}",
            f"{day:%b} {day.day}, {day.year}",
        )
        text = source.read_bytes().decode("utf-8", "replace")
        if not any(form in text for form in forms):
            notes.append(f"the source never gives the date {day}")
    if got.visit is None and got.suggested_visit == expected.visit:
        notes.append(f"{expected.visit} suggested, not joined: no date to join on")
    elif got.visit != expected.visit:
        notes.append(f"visit {got.visit} instead of {expected.visit}")
    return "; ".join(notes)


def _bundled_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for article in sorted((CORPUS / "articles").glob("*.txt")):
        for line in article.read_text(encoding="utf-8").splitlines():
            if line.startswith("raw: "):
                pairs.append((CORPUS / line[5:].strip(), article))
                break
    return sorted(pairs)


def _sample_pairs() -> list[tuple[Path, Path]]:
    return [
        (source, SAMPLES / "expected" / f"{source.stem}.txt")
        for source in sorted(SAMPLES.iterdir())
        if source.is_file() and (SAMPLES / "expected" / f"{source.stem}.txt").exists()
    ]


def _print(title: str, rows: list[Row]) -> None:
    mark = {True: "right", False: "WRONG"}
    print(f"\n{title}")
    print(
        f"{'source':44} {'title':6} {'outlet':6} {'date':6} {'visit':6} "
        f"{'body chars off':>15} {'ms':>6}"
    )
    for r in rows:
        print(
            f"{r.name:44} {mark[r.title]:6} {mark[r.outlet]:6} {mark[r.date]:6} "
            f"{mark[r.visit]:6} {r.body_diff:>6} of {r.body_len:<6} {1000 * r.seconds:>6.0f}"
            + (f"  ({r.note})" if r.note else "")
        )
    n = len(rows)
    print(
        f"{'right':44} {sum(r.title for r in rows)}/{n}    {sum(r.outlet for r in rows)}/{n}"
        f"    {sum(r.date for r in rows)}/{n}    {sum(r.visit for r in rows)}/{n}"
        f"    {sum(r.body_diff for r in rows):>6} of {sum(r.body_len for r in rows)}"
    )


@dataclass
class Labelled:
    """One labelled page and what ingest made of it."""

    name: str
    language: str
    fields: dict[str, bool | None]
    silent_wrong: bool
    notes: list[str]


FIELDS = ("title", "outlet", "date", "author", "caption", "visit")


def _same(a: object, b: object) -> bool:
    def norm(v: object) -> str:
        return " ".join(str(v).replace("’", "'").split()).casefold() if v is not None else ""

    return norm(a) == norm(b)


def _outlet(name: str | None) -> str | None:
    from briefing_tui.ingest.outlets import canonical_outlet

    return canonical_outlet(name) if name else None


def _visit_right(label: dict[str, Any], proposal: Any) -> tuple[bool, bool, str]:
    """(right or correctly proposed, a wrong silent join, what was proposed)."""
    import datetime as dt

    expected = label["visit"]
    joined = proposal.visit_id
    said = (
        f"joined {joined} ({proposal.evidence})"
        if joined
        else f"suggested {proposal.suggested}"
        if proposal.suggested
        else f"new {proposal.new_visit.id if proposal.new_visit else '?'}"
    )
    if label.get("published") is None and expected == "new" and joined is None:
        # a page with no date at all: right when it proposes a new visit at the right place
        new = proposal.new_visit
        return new is not None and _same(new.place, label.get("place")), False, said
    if expected != "new":
        if joined is not None:
            return joined == expected, joined != expected, said
        return proposal.suggested == expected, False, said
    if joined is not None:
        return False, True, said
    new = proposal.new_visit
    if new is None or new.date is None:
        return False, False, said
    event = label.get("event_date")
    when = dt.date.fromisoformat(str(event)) if event else None
    right_day = when is not None and abs((new.date - when).days) <= 1
    right_place = _same(new.place, label.get("place"))
    return right_day and right_place, False, f"{said} on {new.date} in {new.place}"


def _labels(folder: Path) -> list[dict[str, Any]] | str:
    """The labelled pages of a folder, or one sentence saying why there are none."""
    import yaml

    file = folder / "labels.yaml"
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not file.is_file():
        return f"{folder} has no labels.yaml, so there are no labelled pages to score"
    try:
        labels = yaml.safe_load(file.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        return f"{file} is not valid YAML ({error}); fix it and run again"
    if not isinstance(labels, list):
        return f"{file} should be a list of pages, one entry per file"
    kept = []
    for n, label in enumerate(labels, 1):
        if not isinstance(label, dict) or "file" not in label:
            return f"{file}: entry {n} has no 'file' key"
        if not (folder / str(label["file"])).is_file():
            return f"{file}: entry {n} names {label['file']}, which is not in {folder}"
        label.setdefault("language", "?")
        for key in ("title", "outlet", "author", "published", "visit", "event_date", "place"):
            label.setdefault(key, None)
        kept.append(label)
    if not kept:
        return f"{file} lists no pages"
    return kept


def _score_labelled(folder: Path, root: Path, labels: list[dict[str, Any]]) -> list[Labelled]:
    from briefing_tui.ingest import ingest_files

    corpus = _empty_corpus(root)
    rows = []
    for label in labels:
        (outcome,) = ingest_files(corpus, [folder / label["file"]], dry_run=True)
        draft, proposal = outcome.draft, outcome.proposal
        if draft is None or proposal is None:
            rows.append(
                Labelled(
                    label["file"],
                    label["language"],
                    dict.fromkeys(FIELDS, False),
                    False,
                    [outcome.message],
                )
            )
            continue
        published = label.get("published")
        visit_ok, silent, said = _visit_right(label, proposal)
        fields: dict[str, bool | None] = {
            "title": _same(draft.title, label["title"]),
            "outlet": _same(_outlet(draft.source), _outlet(label["outlet"])),
            "date": None if published is None else str(draft.published) == str(published),
            "author": None if label.get("author") is None else _same(draft.author, label["author"]),
            # the first photo caption, credit included, in caption: and nowhere in the body
            "caption": None
            if not label.get("caption")
            else _same(draft.caption, label["caption"])
            and " ".join(str(label["caption"]).split()) not in " ".join(draft.body.split()),
            "visit": visit_ok,
        }
        notes = []
        for key, got, want in (
            ("title", draft.title, label["title"]),
            ("outlet", draft.source, label["outlet"]),
            ("date", draft.published, published),
            ("author", draft.author, label.get("author")),
            ("caption", draft.caption, label.get("caption")),
        ):
            if fields[key] is False:
                notes.append(f"{key} {got!r} not {want!r}")
        if not visit_ok:
            notes.append(f"visit: {said}, not {label['visit']} ({label.get('event_date')})")
        rows.append(Labelled(label["file"], label["language"], fields, silent, notes))
    return rows


def _print_labelled(title: str, rows: list[Labelled] | str, errors: bool) -> None:
    print(f"\n{title}")
    if isinstance(rows, str):
        print(f"nothing scored: {rows}")
        return
    print(f"{'field':8} {'right':>7} {'of':>4} {'share':>6}")
    for key in FIELDS:
        scored = [r.fields[key] for r in rows if r.fields[key] is not None]
        right = sum(1 for v in scored if v)
        share = right / len(scored) if scored else 1.0
        print(f"{key:8} {right:>7} {len(scored):>4} {share:>6.2f}")
    silent = [r for r in rows if r.silent_wrong]
    print(f"{'wrong silent joins':20} {len(silent)}")
    languages = sorted({r.language for r in rows})
    print(
        "per language (title/outlet/date/visit right of scored): "
        + ", ".join(
            f"{lang} "
            + "/".join(
                f"{sum(1 for r in rows if r.language == lang and r.fields[k])}"
                f"-{sum(1 for r in rows if r.language == lang and r.fields[k] is not None)}"
                for k in ("title", "outlet", "date", "visit")
            )
            for lang in languages
        )
    )
    if errors:
        for r in rows:
            for note in r.notes:
                print(f"  {r.name}: {note}")


def main() -> int:
    """Run the comparisons and print the tables."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="also score the held-out pages")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="DIR",
        type=Path,
        help="also score this folder of pages with a labels.yaml (may be repeated)",
    )
    parser.add_argument("--errors", action="store_true", help="list what each page got wrong")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    sets: list[tuple[str, Path]] = [("tuned on", SAMPLES / "dev")]
    if args.heldout:
        sets.append(("never looked at while tuning", SAMPLES / "heldout"))
    sets += [("scored apart", folder.resolve()) for folder in args.set]
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("BRIEFING_CACHE", str(Path(scratch) / "cache"))
        bundled = _compare(_bundled_pairs(), Path(scratch) / "bundled")
        samples = _compare(_sample_pairs(), Path(scratch) / "samples")
        scored: list[tuple[str, list[Labelled] | str]] = []
        for n, (kind, folder) in enumerate(sets):
            shown = folder.relative_to(REPO) if folder.is_relative_to(REPO) else folder
            labels = _labels(folder)
            rows = (
                labels.replace(str(folder), str(shown))
                if isinstance(labels, str)
                else _score_labelled(folder, Path(scratch) / f"set{n}", labels)
            )
            count = "" if isinstance(rows, str) else f"{len(rows)} labelled pages "
            scored.append((f"{shown}/: {count}({kind})", rows))
    _print("corpus/raw/ against the bundled hand-cleaned articles", bundled)
    _print("tests/data/ingest/ pages against their hand-cleaned versions", samples)
    for title, rows in scored:
        _print_labelled(title, rows, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
