"""Where the search index lives and how its SQLite file is opened, checked and replaced.

The index is a cache: one SQLite file per corpus (and notes) folder in the
user's cache folder.  A file of another schema, of another corpus, left
half-built or unreadable is never trusted: it is replaced by a fresh build.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from briefing_tui.paths import user_cache_dir

SCHEMA_VERSION = "6"
TOKENIZER = "unicode61 remove_diacritics 2"

SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE scan(id INTEGER PRIMARY KEY CHECK (id = 1), listing BLOB NOT NULL);
CREATE TABLE article(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    visit TEXT,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX article_visit ON article(visit);
CREATE VIRTUAL TABLE article_text USING fts5(
    title, body, tokenize='{TOKENIZER}'
);
CREATE TABLE entity(
    rowid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL
);
CREATE TABLE mention(
    article INTEGER NOT NULL,
    entity INTEGER NOT NULL,
    count INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY(article, entity)
) WITHOUT ROWID;
CREATE TABLE visit(
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    end_date TEXT,
    place TEXT NOT NULL,
    title TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE note_file(
    path TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL
);
CREATE TABLE note(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    author TEXT,
    created TEXT,
    modified TEXT,
    tags TEXT NOT NULL,
    quote TEXT,
    start INTEGER,
    end INTEGER
);
CREATE INDEX note_subject ON note(kind, subject);
CREATE VIRTUAL TABLE note_text USING fts5(body, tags, quote, tokenize='{TOKENIZER}');
"""


def index_key(corpus: Path, annotations: Path) -> str:
    """A short stable name for the index of one corpus folder and its notes folder."""
    text = f"{_resolved(corpus)}\n{_resolved(annotations)}"
    return _sha256(text.encode("utf-8", "surrogateescape"))[:20]


def _sha256(data: bytes) -> str:
    """SHA-256 in hex, from Python's own implementation when it is there.

    ``hashlib`` loads OpenSSL first, which costs every ``briefing search``
    more than the rest of opening the index; the digest is the same.
    """
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found]
        except ImportError:
            from hashlib import sha256
    return str(sha256(data).hexdigest())


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def index_path(corpus: Path, annotations: Path) -> Path:
    """The index file for a corpus folder, in the user's cache folder."""
    return user_cache_dir() / "search" / f"{index_key(corpus, annotations)}.sqlite"


BUSY_TIMEOUT_MS = 30000
"""How long a change other than a refresh waits for another process's write to the index."""


def connect(target: Path | str) -> sqlite3.Connection:
    """Open a connection tuned for a cache: WAL when on disk, no fsync per statement."""
    connection = sqlite3.connect(
        str(target), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(target) != ":memory:":
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA cache_size = -65536")
    return connection


def create(connection: sqlite3.Connection, corpus: Path, annotations: Path) -> None:
    """Create the tables of an empty index and stamp it with its schema and folders."""
    connection.executescript(SCHEMA)
    connection.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [
            ("schema", SCHEMA_VERSION),
            ("corpus", _resolved(corpus)),
            ("annotations", _resolved(annotations)),
            ("complete", "0"),
        ],
    )


def finish(connection: sqlite3.Connection) -> None:
    """Add the indexes a bulk build is faster without (built once, sorted, at the end)."""
    connection.execute("CREATE INDEX IF NOT EXISTS mention_entity ON mention(entity, article)")


def is_trustworthy(connection: sqlite3.Connection, corpus: Path, annotations: Path) -> bool:
    """True when the file is a finished index of this schema for these folders."""
    try:
        rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        connection.execute("SELECT count(*) FROM article_text WHERE rowid = 0").fetchone()
    except sqlite3.DatabaseError:
        return False
    return (
        rows.get("schema") == SCHEMA_VERSION
        and rows.get("corpus") == _resolved(corpus)
        and rows.get("annotations") == _resolved(annotations)
        and rows.get("complete") == "1"
    )


def remove(path: Path) -> None:
    """Delete an index file and its WAL companions; deleting a cache is always safe."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")
