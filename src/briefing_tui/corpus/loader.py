"""The one loader for a corpus folder, shared by the command line and the reader.

A broken file never stops the rest: it is reported as a ``Problem`` and skipped.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefing_tui import safeyaml
from briefing_tui.corpus.headcache import HeaderCache
from briefing_tui.corpus.model import Article, Visit
from briefing_tui.ids import is_valid_id
from briefing_tui.problems import BriefingError, Problem, quoted

FRONT_MATTER_KEYS = {"title", "source", "author", "published", "url", "visit", "raw", "caption"}
ASSIGNMENT_KEYS = {"assignment", "suggested_visit"}
"""Keys ingest writes while the visit an article joined is not yet confirmed (kept in ``extra``)."""
ASSIGNMENTS = {"meeting date", "publication date", "suggestion", "new visit"}
MAX_FRONT_MATTER_LINES = 200
MAX_FRONT_MATTER_BYTES = 1 * 2**20
MAX_ARTICLE_BYTES = 256 * 2**20

# The lines that open and close the front matter: three dashes, perhaps trailing blanks.
_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"\n---[ \t]*(?:\n|$)")
_BYTE_BREAK = re.compile(rb"\r\n|\r|\n")
_BYTE_CLOSING = re.compile(rb"(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)")
_BYTE_OPENING = re.compile(rb"(?:\xef\xbb\xbf)?---[ \t]*(?:\r\n|\r|\n)")


@dataclass
class Corpus:
    """Visits and articles of one corpus folder, with the problems found while loading."""

    root: Path
    visits: list[Visit] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _by_visit: dict[str | None, list[Article]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _index_key: tuple[int, int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def visits_file(self) -> Path:
        """Where the visits are listed."""
        return self.root / "visits.yaml"

    @property
    def entities_file(self) -> Path:
        """Where the gazetteer lives."""
        return self.root / "entities.yaml"

    @property
    def articles_dir(self) -> Path:
        """The folder of article files."""
        return self.root / "articles"

    def visit(self, visit_id: str) -> Visit | None:
        """The visit with this id, if any."""
        for visit in self.visits:
            if visit.id == visit_id:
                return visit
        return None

    def articles_of(self, visit_id: str | None) -> list[Article]:
        """Articles of a visit (``None``: those awaiting assignment), by date (unknown last)."""
        return list(self._visit_index().get(visit_id, ()))

    def _visit_index(self) -> dict[str | None, list[Article]]:
        """Articles grouped by visit, built once and again only when the articles change."""
        key = (id(self.articles), len(self.articles))
        if self._index_key != key:
            grouped: dict[str | None, list[Article]] = {}
            for article in self.articles.values():
                grouped.setdefault(article.visit, []).append(article)
            for found in grouped.values():
                found.sort(
                    key=lambda a: (a.published is None, a.published or dt.date.min, a.title, a.id)
                )
            self._by_visit = grouped
            self._index_key = key
        return self._by_visit

    def unassigned(self) -> list[Article]:
        """Articles not yet assigned to a visit."""
        return self.articles_of(None)

    def body(self, article: Article | str) -> str:
        """The article's body text, line endings normalised to ``\\n``.

        Raises ``BriefingError`` naming the file when it has gone or is unreadable.
        """
        if isinstance(article, str):
            found = self.articles.get(article)
            if found is None:
                raise BriefingError(f"no article {article!r} in {self.root}")
            article = found
        return read_body(article.path, self.root)


def read_body(path: Path, root: Path | None = None) -> str:
    """Read an article file's body: the text after its front matter, without edge blank lines.

    With ``root``, a file that has become a link to somewhere outside it is refused.
    """
    if root is not None and not _inside(path, root):
        raise BriefingError.at(path, 1, "a link that points outside the corpus; it is skipped")
    try:
        data = safeyaml.read_regular_file(path, MAX_ARTICLE_BYTES)
        text = safeyaml.decode_utf8(data)
    except safeyaml.YamlProblem as exc:
        raise BriefingError.at(path, exc.line, exc.message) from None
    except FileNotFoundError:
        raise BriefingError.at(
            path, 1, "the article file has gone; it was moved or deleted"
        ) from None
    except OSError as exc:
        raise BriefingError.at(path, 1, f"cannot read the article: {exc.strerror}") from None
    _, body, _ = split_front_matter(text, path)
    return body


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def text_warning(path: Path) -> Problem | None:
    """A warning when an article holds NUL or other control bytes: it is probably not text.

    The reader never shows such bytes, so they would pass unseen; ``briefing check``
    names the first one's line and counts the rest.
    """
    try:
        data = safeyaml.read_regular_file(path, MAX_ARTICLE_BYTES)
    except (OSError, safeyaml.YamlProblem):
        return None  # the article's own problem is reported when its body is read
    first = _CONTROL_BYTES.search(data)
    if first is None:
        return None
    count = len(_CONTROL_BYTES.findall(data))
    byte = data[first.start()]
    what = "a NUL byte" if byte == 0 else f"a control byte (0x{byte:02x})"
    more = f", and {count - 1} more" if count > 1 else ""
    return Problem(
        path,
        data.count(b"\n", 0, first.start()) + 1,
        f"{what}{more}: the file is probably not text (a binary file or a broken "
        "conversion); the reader does not show them, check it against its source",
        severity="warning",
    )


def split_front_matter(text: str, path: Path) -> tuple[str, str, int]:
    """Split an article's text into front matter, body and the body's first line number."""
    opening = _OPENING.match(text)
    if opening is None:
        raise BriefingError.at(path, 1, "an article must start with a '---' front-matter line")
    closing = _CLOSING.search(text, opening.end() - 1)
    if closing is None:
        raise BriefingError.at(path, 1, "the front matter has no closing '---' line")
    header = text[opening.end() : closing.start() + 1]
    rest = text[closing.end() :] if closing.group().endswith("\n") else ""
    body_line = header.count("\n") + 3
    stripped = rest.lstrip("\n")
    body_line += len(rest) - len(stripped)
    return header, stripped.rstrip("\n"), body_line


def _read_head(path: Path) -> str:
    """Read only the front matter of an article (a 50 MB body is not read to list it).

    At most ``MAX_FRONT_MATTER_BYTES`` are read, however long the lines are, and
    nothing but a regular file is read (a FIFO would block the reader).
    """
    data = b""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BriefingError.at(path, 1, "not a regular file; it is skipped")
        while len(data) <= MAX_FRONT_MATTER_BYTES:
            chunk = os.read(fd, 64 * 1024)
            if not chunk:
                break
            data += chunk
            if len(data) >= 8 and _BYTE_OPENING.match(data) is None:
                break
            if _BYTE_CLOSING.search(data, 3) is not None:
                break
    finally:
        os.close(fd)
    opening = _BYTE_OPENING.match(data)
    if opening is None:
        head = data[: _first_break(data)]
    else:
        closing = _BYTE_CLOSING.search(data, opening.end() - 1)
        if closing is None:
            message = "the front matter has no closing '---' line"
            if len(data) > MAX_FRONT_MATTER_BYTES:
                message += f" in its first {MAX_FRONT_MATTER_BYTES // 2**20} MB"
            raise BriefingError.at(path, 1, message)
        head = data[: closing.end()]
    try:
        return safeyaml.decode_utf8(head)
    except safeyaml.YamlProblem as exc:
        raise BriefingError.at(path, exc.line, exc.message) from None


def _first_break(data: bytes) -> int:
    """Where the first line ends (or a bounded prefix of a file with no line break)."""
    found = _BYTE_BREAK.search(data)
    return found.end() if found is not None else min(len(data), 4096)


def _as_date(value: Any, key: str, path: Path, line: int) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise BriefingError.at(
        path, line, f"'{key}' must be an ISO date like 2016-06-07, not {quoted(value)}"
    )


def _kind(value: Any) -> str:
    """What a YAML value is, in the words of a person editing the file."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, tuple, set)):
        return "a list"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if isinstance(value, bytes):
        return "binary data"
    return type(value).__name__


def _as_text(value: Any, key: str, path: Path, line: int, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        hint = "; put it in quotes" if isinstance(value, (bool, dt.date)) else ""
        raise BriefingError.at(path, line, f"'{key}' must be text, not {_kind(value)}{hint}")
    text = str(value).strip()
    if required and not text:
        raise BriefingError.at(path, line, f"'{key}' must not be empty")
    return text or None


def parse_article_head(path: Path, head: str, warnings: list[Problem] | None = None) -> Article:
    """Build an ``Article`` from its file path and front-matter text."""
    article_id = path.stem
    if not is_valid_id(article_id) or path.suffix != ".txt":
        raise BriefingError.at(
            path, 1, "an article file must be named <id>.txt with an id of a-z, 0-9 and '-'"
        )
    opening = _OPENING.match(head)
    if opening is None:
        raise BriefingError.at(path, 1, "an article must start with a '---' front-matter line")
    closing = _CLOSING.search(head, opening.end() - 1)
    if closing is None:
        raise BriefingError.at(path, 1, "the front matter has no closing '---' line")
    header = head[opening.end() : closing.start() + 1]
    if header.count("\n") > MAX_FRONT_MATTER_LINES:
        raise BriefingError.at(
            path, 1, f"the front matter is longer than {MAX_FRONT_MATTER_LINES} lines"
        )
    body_line = header.count("\n") + 3
    try:
        data = safeyaml.loads(header, line_offset=1)
    except safeyaml.YamlProblem as exc:
        raise BriefingError.at(path, exc.line, exc.message) from None
    if not isinstance(data, dict):
        raise BriefingError.at(path, 2, "the front matter must be a mapping of keys to values")

    def line(key: str) -> int:
        return safeyaml.line_of(data, key, 2)

    if "title" not in data:
        raise BriefingError.at(path, 2, "the front matter has no 'title'")
    title = _as_text(data.get("title"), "title", path, line("title"), required=True)
    published = data.get("published")
    visit = data.get("visit")
    if visit is not None and not is_valid_id(visit):
        raise BriefingError.at(
            path,
            line("visit"),
            f"'visit' must be a visit id of a-z, 0-9 and '-', not {quoted(visit)}",
        )
    extra = {k: v for k, v in data.items() if k not in FRONT_MATTER_KEYS}
    raw = _as_text(data.get("raw"), "raw", path, line("raw"))
    if raw is not None and not _is_relative_inside(raw):
        if warnings is not None:
            warnings.append(
                Problem(
                    path,
                    line("raw"),
                    "'raw' must be a path inside the corpus such as raw/file.txt, "
                    f"not {quoted(raw)}; it is ignored",
                    "warning",
                )
            )
        raw = None
    for key, allowed in (("assignment", ASSIGNMENTS), ("suggested_visit", None)):
        value = extra.get(key)
        if value is None:
            continue
        sound = (
            isinstance(value, str) and value in allowed
            if allowed is not None
            else isinstance(value, str) and is_valid_id(value)
        )
        if not sound:
            del extra[key]
            if warnings is not None:
                expected = (
                    "one of " + ", ".join(repr(a) for a in sorted(allowed))
                    if allowed is not None
                    else "a visit id"
                )
                warnings.append(
                    Problem(
                        path,
                        safeyaml.line_of(data, key, 2),
                        f"{key!r} must be {expected}, not {quoted(value)}; it is ignored",
                        "warning",
                    )
                )
    if warnings is not None:
        for key in extra:
            if key in ASSIGNMENT_KEYS:
                continue
            warnings.append(
                Problem(
                    path,
                    safeyaml.line_of(data, key, 2),
                    f"unknown front-matter key {quoted(key)}",
                    "warning",
                )
            )
    return Article(
        id=article_id,
        path=path,
        title=title or article_id,
        source=_as_text(data.get("source"), "source", path, line("source")),
        author=_as_text(data.get("author"), "author", path, line("author")),
        published=None
        if published is None
        else _as_date(published, "published", path, line("published")),
        url=_as_text(data.get("url"), "url", path, line("url")),
        visit=visit,
        raw=raw,
        caption=_as_text(data.get("caption"), "caption", path, line("caption")),
        body_line=body_line,
        extra=extra,
    )


def _is_relative_inside(value: str) -> bool:
    """True for a relative path that stays inside the folder it is relative to."""
    if "\x00" in value or "\\" in value or value.startswith("/"):
        return False
    if re.match(r"[A-Za-z]:", value):
        return False
    return ".." not in value.split("/")


def load_visits(path: Path, root: Path | None = None) -> tuple[list[Visit], list[Problem]]:
    """Read ``visits.yaml``: the sound visits by date, and a problem for each broken one."""
    problems: list[Problem] = []
    if not path.exists():
        return [], [Problem(path, 1, "no visits.yaml: list the visits here")]
    broken = _broken_link(path)
    if broken is not None:
        return [], [Problem(path, 1, broken)]
    if root is not None and not _inside(path, root):
        return [], [Problem(path, 1, "a link that points outside the corpus; it is skipped")]
    try:
        data = safeyaml.loads(safeyaml.read_text(path))
    except safeyaml.YamlProblem as exc:
        return [], [Problem(path, exc.line, exc.message)]
    except OSError as exc:
        return [], [Problem(path, 1, f"cannot read the file: {exc.strerror}")]
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [Problem(path, safeyaml.line_of(data, None, 1), "visits.yaml must be a list")]
    visits: list[Visit] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(data):
        item_line = safeyaml.line_of(data, index)
        try:
            visit = _parse_visit(item, path, item_line)
        except BriefingError as exc:
            assert exc.problem is not None
            problems.append(exc.problem)
            continue
        if visit.id in seen:
            problems.append(
                Problem(
                    path,
                    item_line,
                    f"duplicate visit id {visit.id!r} (first at line {seen[visit.id]})",
                )
            )
            continue
        seen[visit.id] = item_line
        visits.append(visit)
    visits.sort(key=lambda v: (v.date, v.id))
    return visits, problems


def _parse_visit(item: Any, path: Path, item_line: int) -> Visit:
    if not isinstance(item, dict):
        raise BriefingError.at(path, item_line, "each visit must be a mapping with id, date, place")

    def line(key: str) -> int:
        return safeyaml.line_of(item, key, item_line)

    for key in ("id", "date", "place", "title"):
        if key not in item or item[key] is None:
            raise BriefingError.at(path, item_line, f"the visit has no '{key}'")
    visit_id = item["id"]
    if not is_valid_id(visit_id):
        raise BriefingError.at(
            path, line("id"), f"visit id {quoted(visit_id)} must use only a-z, 0-9 and '-'"
        )
    date = _as_date(item["date"], "date", path, line("date"))
    end_date = item.get("end_date")
    end = None if end_date is None else _as_date(end_date, "end_date", path, line("end_date"))
    if end is not None and end < date:
        raise BriefingError.at(path, line("end_date"), "'end_date' is before 'date'")
    participants = _text_list(item.get("participants"), "participants", path, line("participants"))
    places = _text_list(item.get("places"), "places", path, line("places"))
    return Visit(
        id=visit_id,
        date=date,
        end_date=end,
        place=_as_text(item["place"], "place", path, line("place"), required=True) or "",
        title=_as_text(item["title"], "title", path, line("title"), required=True) or "",
        participants=participants,
        summary=_as_text(item.get("summary"), "summary", path, line("summary")),
        places=places,
        line=item_line,
    )


def _text_list(value: Any, key: str, path: Path, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise BriefingError.at(path, line, f"'{key}' must be a list of names")
    out: list[str] = []
    for index, entry in enumerate(value):
        text = _as_text(entry, key, path, safeyaml.line_of(value, index, line), required=True)
        out.append(text or "")
    return tuple(out)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False
    return True


def _broken_link(path: Path) -> str | None:
    """Why a symbolic link cannot be followed (a loop, or nothing at its end), if it cannot."""
    if not path.is_symlink():
        return None
    try:
        os.stat(path)
    except OSError as exc:
        return f"a link that cannot be followed ({exc.strerror}); it is skipped"
    return None


def _article_names(articles_dir: Path) -> list[str]:
    """The names of a folder's article files, in name order (a path each would cost more)."""
    try:
        with os.scandir(articles_dir) as entries:
            names = [e.name for e in entries if not e.name.startswith(".")]
    except FileNotFoundError:
        return []
    names.sort()
    return names


def load_article(
    path: Path, root: Path, warnings: list[Problem] | None = None, *, folder_checked: bool = False
) -> Article:
    """Load one article's front matter, refusing files that lie outside the corpus.

    ``folder_checked`` says the file's folder is known to lie inside ``root``,
    so that only a file that is itself a link needs resolving.
    """
    broken = _broken_link(path)
    if broken is not None:
        raise BriefingError.at(path, 1, broken)
    if (path.is_symlink() or not folder_checked) and not _inside(path, root):
        raise BriefingError.at(path, 1, "a link that points outside the corpus; it is skipped")
    if not path.is_file():
        raise BriefingError.at(path, 1, "not a regular file; it is skipped")
    try:
        head = _read_head(path)
    except OSError as exc:
        raise BriefingError.at(path, 1, f"cannot read the file: {exc.strerror}") from None
    return parse_article_head(path, head, warnings)


def load_corpus(root: Path, *, cache: bool = True) -> Corpus:
    """Load a corpus folder; broken files are reported in ``problems`` and skipped.

    With ``cache``, headers of unchanged files come from the per-user header cache.
    """
    root = Path(root)
    corpus = Corpus(root=root)
    if not root.is_dir():
        raise BriefingError(f"{root}: no such corpus folder")
    corpus.visits, corpus.problems = load_visits(root / "visits.yaml", root)
    known_visits = {v.id for v in corpus.visits}
    folder = corpus.articles_dir
    names: list[str] = []
    if folder.exists() and not _inside(corpus.articles_dir, root):
        corpus.problems.append(
            Problem(corpus.articles_dir, 1, "a link that points outside the corpus; it is skipped")
        )
    else:
        try:
            names = _article_names(folder)
        except OSError as exc:
            corpus.problems.append(
                Problem(corpus.articles_dir, 1, f"cannot list the articles: {exc.strerror}")
            )
    headers = HeaderCache(root) if cache else None
    base = os.fspath(folder)
    for name in names:
        try:
            article = _load_header(folder, base, name, root, corpus.problems, headers)
        except BriefingError as exc:
            if exc.problem is not None:
                corpus.problems.append(exc.problem)
            continue
        if article.visit is not None and article.visit not in known_visits:
            path = article.path
            corpus.problems.append(
                Problem(
                    path,
                    _visit_line(path),
                    f"unknown visit {article.visit!r}; add it to visits.yaml "
                    "(the article is listed as unassigned meanwhile)",
                )
            )
            article = replace(article, visit=None)
        corpus.articles[article.id] = article
    if headers is not None:
        headers.save()
    return corpus


def _load_header(
    folder: Path,
    base: str,
    name: str,
    root: Path,
    problems: list[Problem],
    headers: HeaderCache | None,
) -> Article:
    """One article's header: from the cache when the file is unchanged, else from the file.

    ``base`` is ``folder`` as text, joined to the name without building a path object.
    """
    if headers is None:
        return load_article(folder / name, root, problems, folder_checked=True)
    try:
        info = os.lstat(f"{base}{os.sep}{name}")
    except OSError:
        return load_article(folder / name, root, problems, folder_checked=True)
    if stat.S_ISLNK(info.st_mode):
        return load_article(folder / name, root, problems, folder_checked=True)
    cached = headers.lookup(folder, name, info)
    if cached is not None:
        problems.extend(cached[1])
        return cached[0]
    path = folder / name
    warnings: list[Problem] = []
    article = load_article(path, root, warnings, folder_checked=True)
    problems.extend(warnings)
    headers.remember(name, info, article, warnings)
    return article


def _visit_line(path: Path) -> int:
    try:
        head = _read_head(path)
    except (OSError, BriefingError):
        return 1
    for number, text in enumerate(head.split("\n"), start=1):
        if text.startswith("visit:"):
            return number
    return 1
