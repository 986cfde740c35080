"""Precision and recall per entity type against hand labels, for tests and benchmarks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.entities.mention import ENTITY_TYPES, Mention
from briefing_tui.problems import BriefingError


@dataclass
class TypeScore:
    """Exact-span agreement for one type: a hit needs the same start, end and type."""

    type: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    right_names: int = 0
    missed: list[Mention] = field(default_factory=list)
    spurious: list[Mention] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of the recogniser's mentions that the labels agree with (1.0 when none)."""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of the labelled mentions the recogniser found (1.0 when none)."""
        labelled = self.true_positives + self.false_negatives
        return self.true_positives / labelled if labelled else 1.0

    @property
    def support(self) -> int:
        """How many mentions of this type the labels hold."""
        return self.true_positives + self.false_negatives


def score(pairs: Iterable[tuple[list[Mention], list[Mention]]]) -> dict[str, TypeScore]:
    """Score ``(labels, found)`` pairs, one per article, by type."""
    scores = {kind: TypeScore(kind) for kind in ENTITY_TYPES}
    for labels, found in pairs:
        wanted = {(m.start, m.end, m.type): m for m in labels}
        got = {(m.start, m.end, m.type): m for m in found}
        for key, mention in got.items():
            entry = scores[mention.type]
            if key in wanted:
                entry.true_positives += 1
                entry.right_names += wanted[key].name == mention.name
            else:
                entry.false_positives += 1
                entry.spurious.append(mention)
        for key, mention in wanted.items():
            if key not in got:
                scores[mention.type].false_negatives += 1
                scores[mention.type].missed.append(mention)
    return scores


def load_labels(path: Path) -> tuple[str, list[Mention]]:
    """Read one label file: the article id and its mentions, checked for shape."""
    from briefing_tui import safeyaml

    try:
        data = safeyaml.loads(safeyaml.read_text(path))
    except safeyaml.YamlProblem as exc:
        raise BriefingError.at(path, exc.line, exc.message) from None
    if not isinstance(data, dict) or not isinstance(data.get("mentions"), list):
        raise BriefingError.at(path, 1, "a label file has 'article' and a list of 'mentions'")
    mentions: list[Mention] = []
    for index, row in enumerate(data["mentions"]):
        line = safeyaml.line_of(data["mentions"], index)
        try:
            mention = Mention(
                int(row["start"]),
                int(row["end"]),
                str(row["text"]),
                str(row["type"]),
                str(row["name"]),
            )
        except (KeyError, TypeError, ValueError):
            raise BriefingError.at(
                path, line, "a mention has start, end, text, type, name"
            ) from None
        if mention.type not in ENTITY_TYPES:
            raise BriefingError.at(path, line, f"unknown type {mention.type!r}")
        mentions.append(mention)
    return str(data.get("article", path.stem)), mentions


def report(scores: dict[str, TypeScore]) -> str:
    """A plain table of precision and recall per type, for people."""
    lines = [f"{'type':<8}{'labels':>8}{'found':>8}{'prec':>8}{'recall':>8}{'names':>8}"]
    for kind in ENTITY_TYPES:
        entry = scores[kind]
        found = entry.true_positives + entry.false_positives
        if not entry.support and not found:
            continue
        names = entry.right_names / entry.true_positives if entry.true_positives else 1.0
        lines.append(
            f"{kind:<8}{entry.support:>8}{found:>8}{entry.precision:>8.3f}"
            f"{entry.recall:>8.3f}{names:>8.3f}"
        )
    return "\n".join(lines)
