"""W3C Web Annotations read back in: anchored to the corpus by their quote, never twice.

Annotations may come from this tool or from any client that uses text-quote
selectors. The target names the article (``urn:briefing:article:<id>`` or
the article's web address); failing that, the article that holds the quote
is found by searching the corpus for it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing_tui.corpus import Article, Corpus
from briefing_tui.exchange.w3c import ARTICLE_IRI, NOTE_IRI, VISIT_IRI
from briefing_tui.notes import Kind, Note, NoteStore, Target, make_target, place
from briefing_tui.notes.model import now
from briefing_tui.problems import BriefingError, display_path
from briefing_tui.safeyaml import YamlProblem, read_regular_file

MAX_IMPORT_BYTES = 64 * 2**20


@dataclass
class ImportReport:
    """What an import did: notes added, notes already present, annotations refused and why."""

    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Incoming:
    """One annotation turned into a note and the subject it belongs to."""

    kind: Kind
    subject: str
    note: Note


class _Refused(Exception):
    """An annotation that cannot be imported, with the reason."""


def read_annotation_file(path: Path) -> list[Any]:
    """The annotations of a JSON file: an array, one annotation, or a collection page."""
    where = display_path(path)
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)
        data = json.loads(raw.decode("utf-8-sig"))
    except FileNotFoundError:
        raise BriefingError(f"{where}: no such file") from None
    except YamlProblem as exc:
        raise BriefingError(f"{where}: {exc.message}") from None
    except OSError as exc:
        raise BriefingError(f"{where}: cannot read it: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BriefingError(f"{where}: not UTF-8 JSON") from None
    except json.JSONDecodeError as exc:
        raise BriefingError(f"{where}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise BriefingError(f"{where}: JSON nested too deeply to be annotations") from None
    except ValueError as exc:  # e.g. a number with thousands of digits
        raise BriefingError(f"{where}: invalid JSON value: {str(exc).splitlines()[0]}") from None
    return annotation_list(data, path)


def annotation_list(data: Any, path: Path | None = None) -> list[Any]:
    """Unwrap an array, a single annotation, or an ``AnnotationCollection``/``AnnotationPage``."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if isinstance(data.get("items"), list):
            return list(data["items"])
        first = data.get("first")
        if isinstance(first, dict) and isinstance(first.get("items"), list):
            return list(first["items"])
        return [data]
    where = f"{display_path(path)}: " if path is not None else ""
    raise BriefingError(f"{where}expected a JSON array of annotations or one annotation")


def import_annotations(corpus: Corpus, store: NoteStore, items: list[Any]) -> ImportReport:
    """Add each annotation as a note; same id already present means it is skipped, not doubled.

    The notes of one article (or visit) are saved together: one write per file, not per note.
    """
    report = ImportReport()
    known = {note.id for f in store.files() for note in f.notes}
    bodies: dict[str, str] = {}
    waiting: dict[tuple[Kind, str], list[tuple[int, Note]]] = {}
    refused: list[tuple[int, str]] = []
    for index, item in enumerate(items, start=1):
        try:
            incoming = _incoming(corpus, item, bodies)
        except _Refused as exc:
            refused.append((index, f"annotation {index}: {exc}"))
            continue
        if incoming.note.id in known:
            report.present.append(incoming.note.id)
            continue
        known.add(incoming.note.id)
        waiting.setdefault((incoming.kind, incoming.subject), []).append((index, incoming.note))
    added: list[tuple[int, str]] = []
    for (kind, subject), batch in waiting.items():
        try:
            store.add_many(kind, subject, [note for _, note in batch])
        except BriefingError:
            # One note spoils the batch: save the others one by one, refusing only that one.
            for index, note in batch:
                try:
                    store.add(kind, subject, note)
                except BriefingError as exc:
                    refused.append((index, f"annotation {index}: {exc}"))
                else:
                    added.append((index, note.id))
        else:
            added.extend((index, note.id) for index, note in batch)
    report.added = [note_id for _, note_id in sorted(added)]
    report.refused = [message for _, message in sorted(refused)]
    return report


def _incoming(corpus: Corpus, item: Any, bodies: dict[str, str]) -> _Incoming:
    if not isinstance(item, dict):
        raise _Refused("not a JSON object")
    if item.get("type") not in ("Annotation", ["Annotation"]) and "target" not in item:
        raise _Refused("not a W3C annotation (no type 'Annotation' and no target)")
    note_id = _note_id(item)
    comment, tags = _bodies(item)
    created = _time(item, "created") or now()
    modified = _time(item, "modified") or created
    source, quote, position = _target(item.get("target"))
    kind: Kind = "article"
    target: Target | None = None
    if source is not None and source.startswith(VISIT_IRI):
        subject = source[len(VISIT_IRI) :]
        if corpus.visit(subject) is None:
            raise _Refused(f"no visit {subject!r} in this corpus")
        kind = "visit"
    else:
        article = _article(corpus, source, quote, bodies)
        subject = article.id
        body = _body(corpus, article, bodies)
        target = _anchor(body, article, quote, position)
    note = Note(
        id=note_id,
        created=created,
        modified=modified,
        author=_creator(item.get("creator")),
        tags=tags,
        body=comment,
        target=target,
    )
    return _Incoming(kind, subject, note)


def _time(item: dict[str, Any], key: str) -> str | None:
    """An ISO 8601 time as given, ``None`` when absent; anything else is refused."""
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise _Refused(f"its {key!r} time {value!r} is not an ISO 8601 date and time")


def _note_id(item: dict[str, Any]) -> str:
    """Our own ids come back unchanged; another tool's id maps to the same UUID every time."""
    value = item.get("id") or item.get("@id")
    if isinstance(value, str):
        bare = value.removeprefix(NOTE_IRI)
        try:
            if len(bare) == 36:
                uuid.UUID(bare)
                return bare
        except ValueError:
            pass
        return _stable_uuid(value)
    canonical = json.dumps(item, sort_keys=True, default=str)
    return _stable_uuid("urn:briefing:imported:" + canonical)


def _stable_uuid(name: str) -> str:
    """The same UUID for the same name, whatever characters it holds."""
    try:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, name))
    except UnicodeEncodeError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, ascii(name)))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _bodies(item: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    comments: list[str] = []
    tags: list[str] = []
    if isinstance(item.get("bodyValue"), str):
        comments.append(item["bodyValue"])
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict):
            continue
        value = body.get("value")
        if not isinstance(value, str):
            continue
        purposes = _as_list(body.get("purpose"))
        if "tagging" in purposes:
            if value.strip() and value not in tags:
                tags.append(value)
        else:
            comments.append(value)
    return "\n\n".join(comments), tuple(tags)


def _creator(value: Any) -> str:
    for creator in _as_list(value):
        if isinstance(creator, dict):
            for key in ("name", "nickname", "id"):
                if isinstance(creator.get(key), str) and creator[key].strip():
                    return str(creator[key])
        elif isinstance(creator, str) and creator.strip():
            return creator
    return ""


def _target(value: Any) -> tuple[str | None, dict[str, str] | None, tuple[int, int] | None]:
    """The target's source and its quote and position selectors (first target that has them)."""
    best: tuple[str | None, dict[str, str] | None, tuple[int, int] | None] = (None, None, None)
    for target in _as_list(value):
        if isinstance(target, str):
            best = (target, None, None) if best[0] is None else best
            continue
        if not isinstance(target, dict):
            continue
        source = target.get("source") if isinstance(target.get("source"), str) else None
        source = source or (target.get("id") if isinstance(target.get("id"), str) else None)
        quote: dict[str, str] | None = None
        position: tuple[int, int] | None = None
        for selector in _as_list(target.get("selector")):
            if not isinstance(selector, dict):
                continue
            kind = selector.get("type")
            if kind == "TextQuoteSelector" and isinstance(selector.get("exact"), str):
                quote = {
                    key: selector[key]
                    for key in ("exact", "prefix", "suffix")
                    if isinstance(selector.get(key), str)
                }
            elif kind == "TextPositionSelector":
                start, end = selector.get("start"), selector.get("end")
                if type(start) is int and type(end) is int and 0 <= start <= end:
                    position = (start, end)
        if quote is not None or position is not None:
            return source, quote, position
        if best[0] is None:
            best = (source, None, None)
    return best


def _article(
    corpus: Corpus, source: str | None, quote: dict[str, str] | None, bodies: dict[str, str]
) -> Article:
    if source is not None and source.startswith(ARTICLE_IRI):
        article_id = source[len(ARTICLE_IRI) :]
        article = corpus.articles.get(article_id)
        if article is None:
            raise _Refused(f"no article {article_id!r} in this corpus")
        return article
    if source is not None:
        for article in corpus.articles.values():
            if article.url and article.url.rstrip("/") == source.rstrip("/"):
                return article
    if quote is None or not quote["exact"]:
        raise _Refused(f"its target {source!r} is no article of this corpus, and it has no quote")
    holders = [a for a in corpus.articles.values() if quote["exact"] in _body(corpus, a, bodies)]
    if len(holders) > 1:
        context = [
            a
            for a in holders
            if quote.get("prefix", "") + quote["exact"] + quote.get("suffix", "")
            in _body(corpus, a, bodies)
        ]
        holders = context or holders
    if len(holders) != 1:
        found = "no article" if not holders else f"{len(holders)} articles"
        raise _Refused(f"{found} of this corpus hold(s) its quote {quote['exact'][:40]!r}")
    return holders[0]


def _body(corpus: Corpus, article: Article, bodies: dict[str, str]) -> str:
    if article.id not in bodies:
        try:
            bodies[article.id] = corpus.body(article)
        except BriefingError as exc:
            raise _Refused(str(exc)) from None
    return bodies[article.id]


def _anchor(
    body: str, article: Article, quote: dict[str, str] | None, position: tuple[int, int] | None
) -> Target | None:
    """The note's passage in the article as it is now, found by its quote."""
    if quote is None:
        if position is None or position[0] == position[1]:
            return None
        start, end = position
        if end > len(body):
            raise _Refused(f"its position {start}..{end} lies beyond the end of {article.id!r}")
        return make_target(body, start, end)
    if "prefix" not in quote and "suffix" not in quote:
        return _anchor_bare_quote(body, article, quote, position)
    start, end = position if position is not None else (0, 0)
    given = Target(quote["exact"], quote.get("prefix", ""), quote.get("suffix", ""), start, end)
    placement = place(body, given)
    if placement.start is None or placement.end is None or placement.status == "orphaned":
        # Context shorter than ours is weak evidence for the anchoring; the quote may still
        # occur exactly, once or near the position given.
        return _anchor_bare_quote(body, article, quote, position)
    around = make_target(body, placement.start, placement.end)
    if around.quote == quote["exact"]:
        # Found as it is: the article's own context, as long as ours, anchors it best later.
        return around
    return Target(
        quote=quote["exact"],
        prefix=quote.get("prefix", around.prefix),
        suffix=quote.get("suffix", around.suffix),
        start=placement.start,
        end=placement.end,
    )


def _anchor_bare_quote(
    body: str, article: Article, quote: dict[str, str], position: tuple[int, int] | None
) -> Target:
    """A quote with little context: the occurrence its context fits, the only one, or the one
    nearest the position given; its stored context is then taken from the article."""
    exact = quote["exact"]
    found: list[int] = []
    at = body.find(exact)
    while at != -1 and exact:
        found.append(at)
        at = body.find(exact, at + 1)
    if not found:
        raise _Refused(f"its quote {exact[:40]!r} is not in article {article.id!r}")
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    fitting = [
        s for s in found if body[:s].endswith(prefix) and body[s + len(exact) :].startswith(suffix)
    ]
    if fitting and (prefix or suffix):
        found = fitting
    if len(found) > 1 and position is None:
        raise _Refused(
            f"its quote {exact[:40]!r} occurs {len(found)} times in article {article.id!r} "
            "and it gives neither context nor position"
        )
    hint = position[0] if position is not None else found[0]
    start = min(found, key=lambda s: abs(s - hint))
    return make_target(body, start, start + len(exact))
