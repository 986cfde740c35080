"""Bring the index up to date with the article files: only what was added, changed or removed.

A file whose size and modification time are unchanged is trusted; one whose
stamp changed is hashed, and re-read only when its bytes really differ.  The
listing of the last full refresh is kept in the index, so an unchanged folder
is recognised in one comparison (see ``listing``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING

from briefing_tui.problems import Problem
from briefing_tui.search.listing import FileStamp, inside, list_articles

if TYPE_CHECKING:
    from briefing_tui.search.records import ArticleRecord, Tagger

Progress = Callable[[int, int], None]
MANY_IDS = 500
"""Past this many ids, a partial refresh reads every row rather than naming each in the SQL."""


@dataclass
class RefreshReport:
    """What one refresh did, for messages and tests."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    touched: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def nothing_to_do(self) -> bool:
        """True when the index was already up to date."""
        return not (self.added or self.changed or self.removed or self.touched)


def stamp_articles(root: Path, only: set[str]) -> dict[str, FileStamp]:
    """Stamp some article files of the corpus by id, without reading any of them.

    As ``list_articles`` would: regular files, or links to regular files inside the corpus.
    """
    from briefing_tui.ids import is_valid_id

    found: dict[str, FileStamp] = {}
    folder = root / "articles"
    for article_id in only:
        path = os.path.join(folder, f"{article_id}.txt")
        try:
            stat = os.stat(path)
            link = os.path.islink(path)
        except OSError:
            continue
        if not S_ISREG(stat.st_mode) or (link and not inside(path, str(root))):
            continue
        if is_valid_id(article_id):
            found[article_id] = (path, stat.st_size, stat.st_mtime_ns)
    return found


def stored_listing(connection: sqlite3.Connection) -> bytes | None:
    """The fingerprint of the listing the index was last brought up to date with, if known."""
    row = connection.execute("SELECT listing FROM scan WHERE id = 1").fetchone()
    return None if row is None else bytes(row[0])


def keep_listing(connection: sqlite3.Connection, fingerprint: bytes | None) -> None:
    """Remember the listing the index now matches (``None``: not known, compare row by row)."""
    if fingerprint is None:
        connection.execute("DELETE FROM scan")
    else:
        connection.execute("INSERT OR REPLACE INTO scan(id, listing) VALUES (1, ?)", (fingerprint,))


def _meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(connection: sqlite3.Connection, key: str, value: str) -> None:
    """Record one fact about the index (schema, stamps, completeness)."""
    connection.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def delete_article(connection: sqlite3.Connection, rowid: int) -> None:
    """Forget one article: its row, its text and its mentions."""
    connection.execute("DELETE FROM article WHERE rowid = ?", (rowid,))
    connection.execute("DELETE FROM article_text WHERE rowid = ?", (rowid,))
    connection.execute("DELETE FROM mention WHERE article = ?", (rowid,))


class EntityIds:
    """Entity names to row ids, created on first sight."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.ids: dict[str, int] = dict(connection.execute("SELECT name, rowid FROM entity"))

    def id_of(self, name: str, kind: str) -> int:
        """The row id of an entity, adding it when new."""
        found = self.ids.get(name)
        if found is None:
            cursor = self.connection.execute(
                "INSERT INTO entity(name, type) VALUES (?, ?)", (name, kind)
            )
            found = int(cursor.lastrowid or 0)
            self.ids[name] = found
        return found


def store_record(
    connection: sqlite3.Connection, record: ArticleRecord, entity_ids: EntityIds
) -> None:
    """Insert one article (replacing any older version of it) with its text and mentions."""
    old = connection.execute("SELECT rowid FROM article WHERE id = ?", (record.id,)).fetchone()
    if old is not None:
        delete_article(connection, int(old[0]))
    cursor = connection.execute(
        "INSERT INTO article(id, title, outlet, published, visit, size, mtime_ns, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.id,
            record.title,
            record.outlet,
            record.published,
            record.visit,
            record.size,
            record.mtime_ns,
            record.hash,
        ),
    )
    rowid = int(cursor.lastrowid or 0)
    connection.execute(
        "INSERT INTO article_text(rowid, title, body) VALUES (?, ?, ?)",
        (rowid, record.title, record.body),
    )
    if record.entities:
        connection.executemany(
            "INSERT INTO mention(article, entity, count, start, end) VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, entity_ids.id_of(name, kind), count, start, end)
                for name, kind, count, start, end in record.entities
            ],
        )


def refresh_visits(connection: sqlite3.Connection, root: Path) -> list[Problem]:
    """Reload the visits table when ``visits.yaml`` changed since the last refresh."""
    path = root / "visits.yaml"
    try:
        stat = path.stat()
        stamp = f"{stat.st_size}:{stat.st_mtime_ns}"
    except OSError:
        stamp = "-"
    if _meta(connection, "visits_stamp") == stamp:
        return []
    from briefing_tui.corpus.loader import load_visits

    visits, problems = load_visits(path)
    connection.execute("DELETE FROM visit")
    connection.executemany(
        "INSERT INTO visit(id, date, end_date, place, title, position) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                v.id,
                v.date.isoformat(),
                v.end_date.isoformat() if v.end_date else None,
                v.place,
                v.title,
                position,
            )
            for position, v in enumerate(visits)
        ],
    )
    set_meta(connection, "visits_stamp", stamp)
    return problems


def refresh_articles(
    connection: sqlite3.Connection,
    root: Path,
    progress: Progress | None = None,
    only: set[str] | None = None,
) -> RefreshReport:
    """Index new and changed article files and forget removed ones, in one transaction."""
    report = RefreshReport()
    retag_all = not tagger_unchanged(connection, root)
    fingerprint: bytes | None = None
    if only is None:
        found = list_articles(root)
        fingerprint = found.fingerprint()
        if fingerprint is not None and not retag_all and stored_listing(connection) == fingerprint:
            return report
        scanned = found.stamps()
    else:
        scanned = stamp_articles(root, only)
    known = _indexed(connection, only)
    to_read: list[Path] = []
    connection.execute("BEGIN IMMEDIATE")
    try:
        for article_id, (rowid, _, _, _) in known.items():
            if article_id not in scanned:
                delete_article(connection, rowid)
                report.removed += 1
        for article_id, (path, size, mtime_ns) in scanned.items():
            old = known.get(article_id)
            if old is None or retag_all:
                to_read.append(Path(path))
            elif (old[1], old[2]) != (size, mtime_ns):
                if _same_bytes(Path(path), old[3]):
                    connection.execute(
                        "UPDATE article SET size = ?, mtime_ns = ? WHERE rowid = ?",
                        (size, mtime_ns, old[0]),
                    )
                    report.touched += 1
                else:
                    to_read.append(Path(path))
        _read_and_store(connection, root, to_read, known, report, progress)
        if only is None:
            record_tagger(connection, root)
        # A partial refresh, or files that could not be read, leave the listing unknown,
        # so the next refresh compares every row (and tries those files again).
        keep_listing(connection, fingerprint if not report.problems else None)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return report


def _indexed(
    connection: sqlite3.Connection, only: set[str] | None
) -> dict[str, tuple[int, int, int, str]]:
    """The indexed articles (or only some) by id: row id, size, time and content hash."""
    sql = "SELECT id, rowid, size, mtime_ns, hash FROM article"
    params: list[str] = []
    if only is not None and len(only) <= MANY_IDS:
        params = sorted(only)
        sql += f" WHERE id IN ({', '.join('?' for _ in params)})"
    return {
        row[0]: (row[1], row[2], row[3], row[4])
        for row in connection.execute(sql, params)
        if only is None or row[0] in only
    }


def _entities_file_stamp(root: Path) -> str:
    from briefing_tui import __version__

    try:
        stat = (root / "entities.yaml").stat()
    except OSError:
        return f"-:{__version__}"
    return f"{stat.st_size}:{stat.st_mtime_ns}:{__version__}"


def tagger_unchanged(connection: sqlite3.Connection, root: Path) -> bool:
    """True when the mentions in the index were found with today's gazetteer and rules.

    The gazetteer's size and time are checked first, so an unchanged corpus
    never loads the recogniser just to compare fingerprints.
    """
    if _meta(connection, "tagger_file") == _entities_file_stamp(root):
        return True
    from briefing_tui.search.tagging import tagger_stamp

    return _meta(connection, "tagger_stamp") == tagger_stamp(root)


def record_tagger(connection: sqlite3.Connection, root: Path) -> None:
    """Remember which gazetteer and rules the mentions in the index come from."""
    from briefing_tui.search.tagging import tagger_stamp

    set_meta(connection, "tagger_stamp", tagger_stamp(root))
    set_meta(connection, "tagger_file", _entities_file_stamp(root))


def _same_bytes(path: Path, known_hash: str) -> bool:
    from briefing_tui.search.records import content_hash

    try:
        return content_hash(path.read_bytes()) == known_hash
    except OSError:
        return False


def _read_and_store(
    connection: sqlite3.Connection,
    root: Path,
    paths: list[Path],
    known: dict[str, tuple[int, int, int, str]],
    report: RefreshReport,
    progress: Progress | None,
) -> None:
    total = len(paths)
    if progress is not None:
        progress(0, total)
    if not paths:
        return
    # The readers (and the recogniser, in helper processes) are loaded only when a file changed.
    from briefing_tui.search.tagging import read_articles, tagger_for_folder

    entity_ids = EntityIds(connection)
    done = 0

    def local_tagger() -> Tagger | None:
        return tagger_for_folder(root)

    for batch in read_articles(root, paths, local_tagger):
        for item in batch:
            if isinstance(item, Problem):
                report.problems.append(item)
                stale = known.get(item.path.stem)
                if stale is not None:
                    delete_article(connection, stale[0])
                    report.removed += 1
                continue
            store_record(connection, item, entity_ids)
            if item.id in known:
                report.changed += 1
            else:
                report.added += 1
        done += len(batch)
        if progress is not None:
            progress(done, total)
