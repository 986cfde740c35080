"""Change which visit an article belongs to, and add visits, without touching anything else.

An article's file is rewritten in one step under its lock, with its body byte
for byte as it was (notes are anchored in it); only the ``visit`` line and
the lines ingest writes while an assignment is unconfirmed change.  A visit
is appended to ``visits.yaml`` the same way, and never over one already there.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing_tui import safeyaml
from briefing_tui.atomicfile import replace_file
from briefing_tui.corpus.loader import MAX_ARTICLE_BYTES, load_visits
from briefing_tui.corpus.model import Visit
from briefing_tui.problems import BriefingError

_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:")
_CHANGED_KEYS = ("visit", "assignment", "suggested_visit")


def set_visit(path: Path, visit: str | None, *, keep_unconfirmed: str | None = None) -> None:
    """Rewrite an article's front matter so that it belongs to ``visit`` (``None``: to none).

    The unconfirmed-assignment lines go; ``keep_unconfirmed`` writes a fresh
    ``assignment:`` line instead (ingest, when it joins an article itself).
    """
    from briefing_tui.filelock import locked

    with locked(path):
        try:
            data = safeyaml.read_regular_file(path, MAX_ARTICLE_BYTES)
        except safeyaml.YamlProblem as exc:
            raise BriefingError.at(path, exc.line, exc.message) from None
        except OSError as exc:
            raise BriefingError.at(path, 1, f"cannot read the article: {exc.strerror}") from None
        replace_file(path, rewritten(data, path, visit, keep_unconfirmed))


def rewritten(data: bytes, path: Path, visit: str | None, assignment: str | None = None) -> bytes:
    """The article's bytes with its visit lines replaced; everything else exactly as it was."""
    # the front matter's own line ends decide, whatever the body uses
    first_end = data.find(b"\n")
    newline = b"\r\n" if first_end > 0 and data[first_end - 1 : first_end] == b"\r" else b"\n"
    lines = data.split(newline)
    if not lines or lines[0].strip() != b"---":
        raise BriefingError.at(path, 1, "an article must start with a '---' front-matter line")
    try:
        closing = next(i for i in range(1, len(lines)) if lines[i].rstrip() == b"---")
    except StopIteration:
        raise BriefingError.at(path, 1, "the front matter has no closing '---' line") from None
    head = lines[1:closing]
    kept: list[bytes] = []
    insert_at: int | None = None
    skipping = False
    for line in head:
        match = _KEY.match(line.decode("utf-8", "replace"))
        if match is not None:
            skipping = match.group("key") in _CHANGED_KEYS
            if skipping and insert_at is None:
                insert_at = len(kept)
        elif not line.startswith((b" ", b"\t", b"-")) and line.strip():
            skipping = False
        if not skipping:
            kept.append(line)
    new = [f"visit: {visit if visit is not None else 'null'}".encode()]
    if assignment is not None:
        new.append(f"assignment: {assignment}".encode())
    if insert_at is None:
        insert_at = len(kept)
    kept[insert_at:insert_at] = new
    return newline.join([lines[0], *kept, *lines[closing:]])


def append_visit(visits_file: Path, visit: Visit) -> None:
    """Add one visit at the end of ``visits.yaml``, refusing an id the file already has."""
    import yaml

    from briefing_tui.filelock import locked

    with locked(visits_file):
        known, problems = load_visits(visits_file) if visits_file.exists() else ([], [])
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise BriefingError(f"{errors[0]}; fix visits.yaml before adding a visit", errors[0])
        if any(v.id == visit.id for v in known):
            raise BriefingError(f"{visits_file}: a visit {visit.id!r} is listed already")
        try:
            before = visits_file.read_bytes() if visits_file.exists() else b""
        except OSError as exc:
            raise BriefingError(f"{visits_file}: cannot read it: {exc.strerror}") from None
        item: dict[str, object] = {"id": visit.id, "date": visit.date}
        if visit.end_date is not None:
            item["end_date"] = visit.end_date
        item["place"] = visit.place or "?"
        item["title"] = visit.title
        item["participants"] = list(visit.participants)
        entry = yaml.safe_dump([item], sort_keys=False, allow_unicode=True, width=1000)
        separator = b"" if not before or before.endswith(b"\n") else b"\n"
        replace_file(visits_file, before + separator + entry.encode("utf-8"))
