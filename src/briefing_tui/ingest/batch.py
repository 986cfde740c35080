"""Ingest a batch of files into a corpus: one outcome per file, and the batch always goes on."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from briefing_tui.atomicfile import create_file
from briefing_tui.corpus import Corpus, load_corpus
from briefing_tui.ingest.articles import article_text, keep_raw
from briefing_tui.ingest.draft import Draft
from briefing_tui.ingest.duplicates import KnownTexts
from briefing_tui.ingest.naming import article_id
from briefing_tui.ingest.proposal import VisitProposal, propose_visit
from briefing_tui.ingest.reading import SourceRefused, SourceText, read_source
from briefing_tui.problems import BriefingError

MIN_BODY_CHARS = 200

Status = Literal["added", "dry-run", "duplicate", "refused"]


@dataclass(frozen=True)
class Outcome:
    """What happened to one file of the batch, in one sentence."""

    path: Path
    status: Status
    message: str
    article_id: str | None = None
    article_file: Path | None = None
    raw_file: Path | None = None
    text: str | None = None
    draft: Draft | None = None
    proposal: VisitProposal | None = None


@dataclass
class _Batch:
    corpus: Corpus
    known: KnownTexts
    taken_ids: set[str]
    aliases: Mapping[str, Sequence[str]]
    accept: bool = False


def ingest_files(
    corpus_root: Path,
    paths: Sequence[Path],
    visit: str | None = None,
    dry_run: bool = False,
    accept: bool = False,
) -> list[Outcome]:
    """Read each file, clean it, propose its visit and (unless ``dry_run``) add it to the corpus.

    With ``accept``, a proposed new visit that has a date is added to ``visits.yaml``
    and the article joins it; later files of the batch can then join it too.
    """
    corpus = load_corpus(corpus_root)
    if visit is not None and corpus.visit(visit) is None:
        raise BriefingError(f"no visit {visit!r} in {corpus.visits_file}")
    known = KnownTexts()
    for existing in corpus.articles.values():
        with contextlib.suppress(BriefingError):
            known.add(existing.id, corpus.body(existing))
    taken = set(corpus.articles)
    if corpus.articles_dir.is_dir():
        taken.update(path.stem for path in corpus.articles_dir.iterdir())
    batch = _Batch(corpus, known, taken, _aliases(corpus), accept=accept and not dry_run)
    outcomes = []
    for path in paths:
        try:
            outcomes.append(_ingest_one(batch, Path(path), visit, dry_run))
        except SourceRefused as exc:
            outcomes.append(Outcome(Path(path), "refused", str(exc)))
        except BriefingError as exc:
            outcomes.append(Outcome(Path(path), "refused", str(exc)))
        except OSError as exc:
            outcomes.append(Outcome(Path(path), "refused", f"cannot write: {exc.strerror or exc}"))
    return outcomes


def read_draft(source: SourceText) -> Draft:
    """The draft article a source file holds: HTML through extraction, text through cleaning."""
    if source.is_html:
        from briefing_tui.ingest.page import read_page

        return read_page(source.text)
    from briefing_tui.ingest.scraped import read_scraped

    return read_scraped(source.text)


def _ingest_one(batch: _Batch, path: Path, visit: str | None, dry_run: bool) -> Outcome:
    source = read_source(path)
    draft = read_draft(source)
    if len(draft.body) < MIN_BODY_CHARS:
        raise SourceRefused("no story found in it (less than 200 characters of text)")
    notes: list[str] = []
    if source.encoding != "utf-8":
        notes.append(f"read as {source.encoding}")
    title = draft.title
    if not title:
        title = _opening_words(draft.body)
        notes.append("no title found, used the opening words")
    duplicate = batch.known.duplicate_of(draft.body)
    if duplicate is not None:
        other, how = duplicate
        message = f"duplicate: {how} article {other!r}; not added"
        return Outcome(path, "duplicate", message, draft=draft)
    if visit is not None:
        proposal = VisitProposal(visit, "assigned with --visit")
    else:
        people, places = _people_and_places(batch.corpus, draft.body)
        proposal = propose_visit(
            batch.corpus.visits,
            title,
            draft.body,
            draft.published,
            batch.aliases,
            people,
            places,
        )
        proposal = _with_those_who_meet(batch.corpus, title, proposal)
    new_id = article_id(title, draft.source, draft.published, batch.taken_ids, draft.body)
    article_file = batch.corpus.articles_dir / f"{new_id}.txt"
    suffix = ".html" if source.is_html else ".txt"
    assigned, assignment = proposal.visit_id, _assignment(proposal)
    if batch.accept and proposal.new_visit is not None:
        accepted = _accept(batch, proposal)
        if accepted is not None:
            notes.append(accepted)
        if batch.corpus.visit(proposal.new_visit.id) is not None:
            assigned, assignment = proposal.new_visit.id, "new visit"
    suggested = proposal.suggested
    if dry_run:
        raw_name = f"raw/NNN_{_digest(source.data)}{suffix}"
        text = article_text(draft, title, assigned, raw_name, assignment, suggested)
        status: Status = "dry-run"
        raw_file = None
    else:
        raw_file = keep_raw(batch.corpus.root / "raw", source.data, suffix)
        raw_name = raw_file.relative_to(batch.corpus.root).as_posix()
        text = article_text(draft, title, assigned, raw_name, assignment, suggested)
        try:
            create_file(article_file, text.encode("utf-8"))
        except FileExistsError:
            raise SourceRefused(f"{article_file} exists already; it is never overwritten") from None
        status = "added"
    batch.taken_ids.add(new_id)
    batch.known.add(new_id, draft.body)
    if assigned and assigned != proposal.visit_id:
        visit_note = f"visit {assigned} (added to visits.yaml: {proposal.reason})"
    elif proposal.visit_id:
        visit_note = f"visit {proposal.visit_id} ({proposal.reason})"
    else:
        visit_note = f"no visit: {proposal.reason}"
    verb = "would add" if dry_run else "added"
    message = "; ".join([f"{verb} {new_id}", visit_note, *notes])
    return Outcome(
        path,
        status,
        message,
        article_id=new_id,
        article_file=article_file,
        raw_file=raw_file,
        text=text,
        draft=draft,
        proposal=proposal,
    )


def _assignment(proposal: VisitProposal) -> str | None:
    """What the article's front matter says of a visit ingest chose, until it is confirmed."""
    if proposal.evidence in ("meeting date", "publication date") and proposal.visit_id:
        return proposal.evidence
    return None


def _accept(batch: _Batch, proposal: VisitProposal) -> str | None:
    """Add the proposed new visit to ``visits.yaml``; a note on what was done, if anything."""
    from briefing_tui.corpus import Visit
    from briefing_tui.corpus.assign import append_visit

    new = proposal.new_visit
    if new is None or batch.corpus.visit(new.id) is not None:
        return None
    if new.date is None:
        return f"the proposed visit {new.id!r} has no date, so it was not added; add it by hand"
    visit = Visit(
        id=new.id,
        date=new.date,
        place=new.place or "?",
        title=new.title,
        participants=new.participants,
    )
    append_visit(batch.corpus.visits_file, visit)
    batch.corpus.visits.append(visit)
    return None


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()[:16]


def _opening_words(body: str) -> str:
    words = body.split()[:10]
    return " ".join(words) + ("…" if len(body.split()) > 10 else "")


def _aliases(corpus: Corpus) -> dict[str, tuple[str, ...]]:
    """Other names of people and places, from the corpus gazetteer when it has one."""
    if not corpus.entities_file.exists():
        return {}
    try:
        from briefing_tui.entities import load_gazetteer
    except ImportError:
        return {}
    gazetteer, _ = load_gazetteer(corpus.entities_file)
    return {entry.name: entry.aliases for entry in gazetteer.entries}


def _with_those_who_meet(corpus: Corpus, title: str, proposal: VisitProposal) -> VisitProposal:
    """A proposed visit's participants: the people the headline and the meeting's sentence name.

    The recogniser reads them in any language of the corpus, so an Arabic or Russian
    report lists Netanyahu and Putin, not the spokesman quoted further down.
    """
    new, event = proposal.new_visit, proposal.event
    if new is None or event is None:
        return proposal
    named, _ = _people_and_places(corpus, f"{title}\n{event.evidence}")
    meeting = [p for p in named if len(p.split()) > 1]
    if len(meeting) < 2 or set(meeting[:4]) == set(new.participants):
        return proposal
    return replace(proposal, new_visit=replace(new, participants=tuple(meeting[:4])))


def _people_and_places(corpus: Corpus, body: str) -> tuple[list[str], list[str]]:
    """The people and places an article names, most named first, for a new visit."""
    try:
        from briefing_tui.entities import tagger_for
    except ImportError:
        return [], []
    counts: dict[tuple[str, str], int] = {}
    for mention in tagger_for(corpus).recogniser().find(body):
        if mention.type in ("PERSON", "PLACE"):
            key = (mention.type, mention.name)
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    people = [name for (kind, name), _ in ranked if kind == "PERSON"]
    places = [name for (kind, name), _ in ranked if kind == "PLACE"]
    return people, places
