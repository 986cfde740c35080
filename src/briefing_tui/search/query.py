"""The analyst's search syntax, turned into a safe FTS5 expression and filters.

Words, "phrases", prefixes (``Medved*``), ``OR`` between terms, ``-word`` to
exclude, and filters ``visit:ID``, ``outlet:NAME``, ``entity:NAME``,
``from:DATE``, ``to:DATE`` and ``in:articles`` / ``in:notes``.  Every term
reaches SQLite quoted, so no user text is ever read as FTS5 syntax.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from briefing_tui.problems import BriefingError

Kind = Literal["article", "note"]

SYNTAX_HINT = 'use words, "phrases", prefix* and filters such as visit:ID or entity:NAME'
FILTER_NAMES = {
    "visit": "visit",
    "outlet": "outlet",
    "source": "outlet",
    "entity": "entity",
    "from": "since",
    "since": "since",
    "after": "since",
    "to": "until",
    "until": "until",
    "before": "until",
    "in": "kind",
}
_TOKEN = re.compile(r"[^\W_]+")
_WORD_CHARS = r"[^\W_]"


class QueryError(BriefingError):
    """A search the index cannot run, with one sentence on how to write it instead."""


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word or a phrase, optionally a prefix."""

    tokens: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        """The term as a quoted FTS5 string, so punctuation never becomes syntax."""
        quoted = '"' + " ".join(self.tokens) + '"'
        return quoted + ("*" if self.prefix else "")

    def pattern(self) -> str:
        """A regular expression that finds the term in text the way the tokenizer would."""
        parts = [re.escape(t) for t in self.tokens]
        body = r"[\W_]+".join(parts)
        tail = _WORD_CHARS + "*" if self.prefix else f"(?!{_WORD_CHARS})"
        return f"(?<!{_WORD_CHARS}){body}{tail}"


@dataclass(frozen=True)
class Query:
    """A parsed search: groups of alternatives that must all match, exclusions and filters."""

    text: str = ""
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    visit: str | None = None
    outlet: str | None = None
    entity: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    kinds: frozenset[Kind] = field(default_factory=lambda: frozenset(("article", "note")))

    @property
    def has_terms(self) -> bool:
        """True when there is something to match in the text (not only filters)."""
        return bool(self.groups)

    @property
    def terms(self) -> list[Term]:
        """Every positive term, for highlighting hits."""
        return [term for group in self.groups for term in group]

    def fts(self) -> str:
        """The FTS5 MATCH expression (empty when the query has only filters)."""
        clauses = []
        for group in self.groups:
            alternatives = " OR ".join(term.fts() for term in group)
            clauses.append(f"({alternatives})" if len(group) > 1 else alternatives)
        expression = " AND ".join(clauses)
        for term in self.excluded:
            expression += f" NOT {term.fts()}"
        return expression

    def with_filters(
        self,
        visit: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> Query:
        """The same query with filters from options added (options win over the text)."""
        return replace(
            self,
            visit=visit or self.visit,
            outlet=outlet or self.outlet,
            entity=entity or self.entity,
            since=since or self.since,
            until=until or self.until,
        )


def parse_date(value: str, what: str) -> dt.date:
    """An ISO date (a bare year or year-month widens to its first day)."""
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dt.date(int(text[:4]), int(text[5:]), 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{what} {value!r} is not a date; write it as 2016-06-07") from None


def _end_of(value: str) -> dt.date:
    """The last day a bare year or year-month covers, for ``to:`` filters."""
    text = value.strip()
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12, 31)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        start = parse_date(text, "to:")
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return parse_date(text, "to:")


def _split(text: str) -> list[tuple[str, bool]]:
    """Split the text into raw pieces; the flag says the piece was (partly) quoted."""
    pieces: list[tuple[str, bool]] = []
    current = ""
    quoted = False
    inside = False
    for char in text:
        if char == '"':
            inside = not inside
            quoted = True
            current += char
        elif char.isspace() and not inside:
            if current:
                pieces.append((current, quoted))
            current, quoted = "", False
        else:
            current += char
    if inside:
        raise QueryError('unbalanced quote in the search: close the phrase with a second "')
    if current:
        pieces.append((current, quoted))
    return pieces


def _term(raw: str) -> Term | None:
    """Build a term from one piece of text, or ``None`` when it holds no word at all."""
    prefix = raw.endswith("*")
    core = raw.rstrip("*")
    if core.startswith('"') and core.endswith('"') and len(core) >= 2:
        core = core[1:-1]
    elif '"' in core:
        core = core.replace('"', " ")
    if "*" in core:
        raise QueryError(f"'*' can only end a word, as in Medved*; {SYNTAX_HINT}")
    tokens = tuple(t.casefold() for t in _TOKEN.findall(core))
    if not tokens:
        if prefix:
            raise QueryError(
                "a lone '*' matches nothing: put it at the end of a word, as in Medved*"
            )
        return None
    return Term(tokens, prefix)


def parse_query(text: str) -> Query:
    """Parse what the analyst typed; a mistake raises ``QueryError`` with one clear sentence."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    filters: dict[str, str] = {}
    kinds: set[Kind] = set()
    join_next = False
    for raw, quoted in _split(text):
        upper = raw.upper()
        if upper.startswith(("NEAR(", "NEAR/")):
            raise QueryError(f"NEAR(...) is not part of Briefing's search; {SYNTAX_HINT}")
        if not quoted and raw.strip("()") == "":
            raise QueryError(f"parentheses are not part of Briefing's search; {SYNTAX_HINT}")
        if raw == "OR":
            if not groups or join_next:
                raise QueryError("OR must stand between two terms, as in Putin OR Medvedev")
            join_next = True
            continue
        name, sep, value = raw.partition(":")
        if sep and name.lower() in FILTER_NAMES and not name.startswith('"'):
            value = value.strip('"')
            if not value:
                raise QueryError(f"{name}: needs a value, as in {name}:something")
            key = FILTER_NAMES[name.lower()]
            if key == "kind":
                kind = value.lower().rstrip("s")
                if kind not in ("article", "note"):
                    raise QueryError("in: takes articles or notes, as in in:notes")
                kinds.add("article" if kind == "article" else "note")
            else:
                filters[key] = value
            continue
        negative = raw.startswith("-") and len(raw) > 1
        term = _term(raw[1:] if negative else raw)
        if term is None:
            continue
        if negative:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
            join_next = False
        else:
            groups.append([term])
    if join_next:
        raise QueryError("OR must stand between two terms, as in Putin OR Medvedev")
    if excluded and not groups:
        raise QueryError("a search cannot only exclude words: add a word to look for")
    since = parse_date(filters["since"], "from:") if "since" in filters else None
    until = _end_of(filters["until"]) if "until" in filters else None
    if since and until and until < since:
        raise QueryError("the date range ends before it begins; swap from: and to:")
    return Query(
        text=text,
        groups=tuple(tuple(g) for g in groups),
        excluded=tuple(excluded),
        visit=filters.get("visit"),
        outlet=filters.get("outlet"),
        entity=filters.get("entity"),
        since=since,
        until=until,
        kinds=frozenset(kinds) if kinds else frozenset(("article", "note")),
    )


def until_date(value: str) -> dt.date:
    """The last day a ``--until`` option covers (a bare year means its 31 December)."""
    return _end_of(value)
