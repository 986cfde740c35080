"""Find a note's passage again after the article changed, or say honestly that it is lost.

The approach is the one of robust web annotators (the Hypothesis client): try
the stored position, then an exact search for the quote where the context
breaks ties, then an approximate search scored on quote, prefix, suffix and
distance from the old position.  Unlike a plain best-match search, every
candidate must also carry enough evidence (matching characters of quote and
context), and must stand clearly above any other candidate, or the note is
reported as orphaned: a note on the wrong passage is worse than a lost one.

That evidence is asked only of context long enough to give it.  A note whose
stored context is short or empty (imported from other tools, added by scripts,
written by hand) is placed on its exact quote wherever it is found, the
agreeing context and then the stored position choosing among repeats; only
context as long as the reader stores can say that a quote found is another
passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein, Postfix, Prefix

from briefing_tui.notes.model import CONTEXT_CHARS, Placement, Status, Target

MAX_OCCURRENCES = 2000
SEED_CHARS = 8
MAX_SEED_HITS = 64
MAX_INDEXED_CHARS = 1_000_000
INDEX_STRIDE = 4
INDEX_FROM_NOTES = 20
BATCH_FROM = 8
MAX_CLUSTERS = 8
MIN_QUOTE_SIMILARITY = 0.6
BRACKET_SIMILARITY = 0.85
AMBIGUITY_MARGIN = 8.0
TRIM = 4
EDGE_EVIDENCE = 8
EDGE_BLOCKS = 12
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class _Candidate:
    """One place the passage might be, with the evidence for it (in matching characters)."""

    start: int
    end: int
    quote_similarity: float
    quote_evidence: float
    before: float
    after: float
    distance: int

    @property
    def context_evidence(self) -> float:
        return self.before + self.after

    @property
    def evidence(self) -> float:
        return self.quote_evidence + self.context_evidence

    def rank(self, text_length: int) -> float:
        """Evidence first; closeness to the old position only breaks near-ties."""
        return self.evidence + 2.0 * (1.0 - self.distance / max(text_length, 1))


def place(text: str, target: Target | None) -> Placement:
    """Where a note's passage is in ``text`` now (``None``: a note on the whole article)."""
    return _Placer(text, index_pieces=False).place(target)


def place_all(text: str, targets: Sequence[Target | None]) -> list[Placement]:
    """Place many notes on one text, sharing the searches they have in common."""
    placer = _Placer(text, index_pieces=len(targets) >= INDEX_FROM_NOTES)
    return [placer.place(target) for target in targets]


class _Placer:
    """Anchoring against one text, caching exact searches (and indexing pieces for many notes)."""

    def __init__(self, text: str, index_pieces: bool) -> None:
        self.text = text
        self.index_pieces = index_pieces and len(text) <= MAX_INDEXED_CHARS
        self._occurrences: dict[tuple[str, int], list[int]] = {}
        self._pieces: dict[str, list[int]] | None = None

    def place(self, target: Target | None) -> Placement:
        if target is None:
            return Placement("article", None, None, 1.0)
        quote = target.quote
        if not quote:
            return Placement("orphaned", None, None, 0.0)
        text = self.text
        start = target.start
        if (
            text.startswith(quote, start)
            and text[max(0, start - len(target.prefix)) : start] == target.prefix
            and text[start + len(quote) : start + len(quote) + len(target.suffix)] == target.suffix
            and (len(target.prefix) == CONTEXT_CHARS or start == len(target.prefix))
            and (
                len(target.suffix) == CONTEXT_CHARS
                or start + len(quote) + len(target.suffix) == len(text)
            )
        ):
            return Placement("anchored", start, start + len(quote), 1.0)

        occurrences = self._find(quote)
        exact = self._judge_exact(target, occurrences)
        chosen = self._choose(target, exact)
        if chosen is None or chosen.context_evidence < 2 * CONTEXT_CHARS - AMBIGUITY_MARGIN:
            # A changed copy of the passage with better context could still win.
            chosen = self._choose(target, exact + self._approximate(target))
        if chosen is not None and len(occurrences) >= MAX_OCCURRENCES:
            # Not every occurrence was weighed: only a character-perfect match is safe.
            chosen = chosen if self._identical(chosen, target) else None
        if chosen is None:
            return Placement("orphaned", None, None, 0.0)
        status: Status = (
            "anchored"
            if (chosen.start == target.start and text[chosen.start : chosen.end] == quote)
            else "moved"
        )
        score = min(1.0, chosen.evidence / (len(quote) + 2 * CONTEXT_CHARS))
        return Placement(status, chosen.start, chosen.end, round(score, 4))

    # Candidates --------------------------------------------------------------

    def _find(self, needle: str, limit: int = MAX_OCCURRENCES) -> list[int]:
        """Start offsets of ``needle`` in the text (overlapping ones included), cached."""
        found = self._occurrences.get((needle, limit))
        if found is None:
            text = self.text
            if self.index_pieces and len(needle) >= SEED_CHARS + INDEX_STRIDE - 1:
                # Every occurrence has one of its first pieces at an indexed offset.
                pieces = self._index()
                starts: set[int] = set()
                for o in range(INDEX_STRIDE):
                    starts.update(hit - o for hit in pieces.get(needle[o : o + SEED_CHARS], ()))
                found = sorted(at for at in starts if at >= 0 and text.startswith(needle, at))
                found = found[:limit]
            else:
                found = []
                at = text.find(needle)
                while at != -1 and len(found) < limit:
                    found.append(at)
                    at = text.find(needle, at + 1)
            self._occurrences[(needle, limit)] = found
        return found

    def _judge(self, target: Target, start: int, end: int, similarity: float) -> _Candidate:
        """Weigh one candidate span: how much of quote and context agree with the target."""
        quote_evidence = len(target.quote) * max(0.0, (similarity - 0.5) / 0.5)
        before = _context_evidence(target.prefix, self.text, start, before=True)
        after = _context_evidence(target.suffix, self.text, end, before=False)
        return _Candidate(
            start, end, similarity, quote_evidence, before, after, abs(start - target.start)
        )

    def _judge_exact(self, target: Target, starts: list[int]) -> list[_Candidate]:
        """Weigh every exact occurrence of the quote at once (the context checks run in C)."""
        if len(starts) < BATCH_FROM:
            return [self._judge(target, s, s + len(target.quote), 1.0) for s in starts]
        m = len(target.quote)
        before = self._context_batch(
            target.prefix, [(max(0, s - len(target.prefix)), s) for s in starts], True
        )
        after = self._context_batch(
            target.suffix, [(s + m, s + m + len(target.suffix)) for s in starts], False
        )
        return [
            _Candidate(s, s + m, 1.0, float(m), b, a, abs(s - target.start))
            for s, b, a in zip(starts, before, after, strict=True)
        ]

    def _context_batch(
        self, expected: str, spans: list[tuple[int, int]], before: bool
    ) -> list[float]:
        """``_context_evidence`` for many spans, with one C loop per measure."""
        text = self.text
        if not expected:
            return [
                _context_evidence(expected, text, a if not before else b, before) for a, b in spans
            ]
        actual = [text[a:b] for a, b in spans]
        size = len(expected)
        scorer = Postfix.similarity if before else Prefix.similarity
        common = [0.0] * len(actual)
        for _, shared, index in process.extract(
            expected, actual, scorer=scorer, limit=None, score_cutoff=1
        ):
            common[index] = float(shared)
        fuzzy = [0.0] * len(actual)
        for _, similarity, index in process.extract(
            expected, actual, scorer=Levenshtein.normalized_similarity, limit=None, score_cutoff=0.5
        ):
            fuzzy[index] = size * max(0.0, (similarity - 0.5) / 0.5)
        result: list[float] = []
        n = len(text)
        for (a, b), c, f in zip(spans, common, fuzzy, strict=True):
            if c == size:
                at_edge = a == 0 if before else b == n
                result.append(float(min(CONTEXT_CHARS, size + EDGE_EVIDENCE) if at_edge else size))
            else:
                result.append(max(c, f))
        return result

    def _approximate(self, target: Target) -> list[_Candidate]:
        """Spans like the quote near places where pieces of the quote or its context still are."""
        quote = target.quote
        m = len(quote)
        guesses = self._fragment_starts(quote)
        if len(target.prefix) >= SEED_CHARS:
            tail = target.prefix[-2 * SEED_CHARS :]
            guesses += [hit + len(tail) for hit in self._fragment_starts(tail)]
        if len(target.suffix) >= SEED_CHARS:
            head = target.suffix[: 2 * SEED_CHARS]
            guesses += [hit - m for hit in self._fragment_starts(head)]
        found = self._bracketed(target)
        if not guesses:
            return found
        radius = max(4, m // 3)
        clusters: dict[int, list[int]] = {}
        for guess in guesses:
            clusters.setdefault(guess // radius, []).append(guess)
        busiest = sorted(clusters.values(), key=len, reverse=True)[:MAX_CLUSTERS]
        for members in busiest:
            members.sort()
            start, end, similarity = self._align(quote, members[len(members) // 2], radius)
            if end > start and similarity >= MIN_QUOTE_SIMILARITY:
                found.append(self._judge(target, start, end, similarity))
        return found

    def _bracketed(self, target: Target) -> list[_Candidate]:
        """Spans between the whole stored prefix and suffix found exactly, a quote's length apart.

        Such a span is where the passage was, however much its words changed since: a
        rival that keeps an exact copy of the quote elsewhere, with weaker context, from
        being taken for it (the quote "in" rewritten "IN" is not the "in" of another
        sentence).
        """
        prefix, suffix = target.prefix, target.suffix
        if len(prefix) < SEED_CHARS or len(suffix) < SEED_CHARS:
            return []
        ends = [hit + len(prefix) for hit in self._find(prefix, MAX_SEED_HITS)]
        if not ends:
            return []
        starts = self._find(suffix, MAX_SEED_HITS)
        longest = 2 * len(target.quote) + SEED_CHARS
        found: list[_Candidate] = []
        for a in ends:
            for b in starts:
                if a < b <= a + longest:
                    similarity = Levenshtein.normalized_similarity(target.quote, self.text[a:b])
                    # Much changed, the span is only a rival: it may hold added text too.
                    if similarity < BRACKET_SIMILARITY:
                        similarity = 0.0
                    found.append(self._judge(target, a, b, similarity))
        return found

    def _fragment_starts(self, fragment: str) -> list[int]:
        """Where ``fragment`` would start, judging by each of its pieces found in the text."""
        size = SEED_CHARS
        if len(fragment) < size:
            return []
        if not self.index_pieces:
            offsets = list(range(0, len(fragment) - size + 1, size))
            if offsets[-1] != len(fragment) - size:
                offsets.append(len(fragment) - size)
            return [
                hit - o
                for o in offsets
                for hit in self._find(fragment[o : o + size], MAX_SEED_HITS)
            ]
        pieces = self._index()
        starts: set[int] = set()
        for o in range(len(fragment) - size + 1):
            hits = pieces.get(fragment[o : o + size])
            if hits is not None:
                starts.update(hit - o for hit in hits[:MAX_SEED_HITS])
        return list(starts)

    def _align(self, quote: str, guess: int, radius: int) -> tuple[int, int, float]:
        """The span around ``guess`` most like the quote: aligned word by word, then trimmed.

        Words, not characters, decide the span's ends: unrelated prose shares
        half its characters with any other prose but few of its words, so text
        beside a surviving part of the passage is never taken in by chance.
        """
        text = self.text
        n = len(text)
        radius = min(radius, 64)
        lo = max(0, guess - radius)
        hi = min(n, guess + len(quote) + radius)
        spans = [t.span() for t in _TOKEN.finditer(text, lo, hi)]
        words = [text[a:b] for a, b in spans]
        wanted = _TOKEN.findall(quote)
        k = len(wanted)
        blocks = [op for op in Indel.opcodes(wanted, words) if op.tag == "equal"]
        if not blocks:
            return 0, 0, 0.0
        firsts, lasts = blocks[:EDGE_BLOCKS], blocks[-EDGE_BLOCKS:]
        starts = {b.dest_start for b in firsts}
        starts |= {max(0, b.dest_start - b.src_start) for b in firsts}
        ends = {b.dest_end for b in lasts}
        ends |= {min(len(words), b.dest_end + k - b.src_end) for b in lasts}

        def cost(a: int, b: int) -> int:
            return int(Indel.distance(wanted, words[a:b])) if b > a else 2 * k

        first, last = min(starts), max(ends)
        best = cost(first, last)
        for _ in range(2):
            moved = False
            for a in sorted(starts):
                if a < last and (c := cost(a, last)) < best:
                    best, first, moved = c, a, True
            for b in sorted(ends):
                if b > first and (c := cost(first, b)) < best:
                    best, last, moved = c, b, True
            if not moved:
                break
        start, end = spans[first][0], spans[last - 1][1]
        # The quote may begin or end inside a word: settle the ends character by character.
        best_chars = Levenshtein.distance(quote, text[start:end])
        for a in range(max(0, start - TRIM), start + TRIM + 1):
            if a < end and (c := Levenshtein.distance(quote, text[a:end])) < best_chars:
                best_chars, start = c, a
        for b in range(end - TRIM, min(n, end + TRIM) + 1):
            if b > start and (c := Levenshtein.distance(quote, text[start:b])) < best_chars:
                best_chars, end = c, b
        similarity = 1.0 - best_chars / max(len(quote), end - start)
        return start, end, similarity

    def _index(self) -> dict[str, list[int]]:
        """Offsets of the text's pieces of ``SEED_CHARS`` characters, every ``INDEX_STRIDE``."""
        if self._pieces is None:
            text = self.text
            index: dict[str, list[int]] = {}
            for at in range(0, len(text) - SEED_CHARS + 1, INDEX_STRIDE):
                index.setdefault(text[at : at + SEED_CHARS], []).append(at)
            self._pieces = index
        return self._pieces

    # Deciding ----------------------------------------------------------------

    def _identical(self, candidate: _Candidate, target: Target) -> bool:
        """True when the span holds the quote and its whole stored context, exactly."""
        text = self.text
        start, end = candidate.start, candidate.end
        return (
            text[start:end] == target.quote
            and text[max(0, start - len(target.prefix)) : start] == target.prefix
            and text[end : end + len(target.suffix)] == target.suffix
        )

    def _choose(self, target: Target, candidates: list[_Candidate]) -> _Candidate | None:
        """The one convincing candidate, or ``None`` when all are weak or two look alike."""
        if not candidates:
            return None
        n = len(self.text)
        ranked = sorted(candidates, key=lambda c: -c.rank(n))
        short = _short_context(target)
        best = next((c for c in ranked if _convincing(c, target, short)), None)
        if best is None:
            return None
        if short:
            # The note says too little for a rival to cast doubt: context, then the stored
            # position, rank the places the quote is found (the first, without a position).
            return best
        for other in ranked:
            if other is best or (other.end > best.start and other.start < best.end):
                continue  # the same place, found twice
            if other.evidence >= best.evidence - AMBIGUITY_MARGIN:
                if self._identical(best, target):
                    # Quote and all 64 characters of context, exactly: no rival can say more
                    # (an identical rival is the same passage twice; the nearer is as right).
                    continue
                return None
            break
        return best


def _short_context(target: Target) -> bool:
    """True when the stored context is too short to tell one place of the quote from another.

    Notes taken in the reader store ``CONTEXT_CHARS`` on each side (less only at the edges
    of the text, where the other side makes up for it); shorter context comes from other
    tools, scripts and hand-written notes, and can rank the places of an exact quote but
    cannot say that the quote found is another passage.
    """
    return len(target.prefix) + len(target.suffix) < CONTEXT_CHARS


def _convincing(candidate: _Candidate, target: Target, short_context: bool) -> bool:
    """Enough matching characters that the span cannot be a coincidence.

    An exact quote needs agreeing context only when the note has enough context to
    disagree: a note with a short one is placed on the quote wherever it is found.  A
    short quote with long context is another passage when neither side of the context
    agrees in half its characters ("foreign affairs committee" of another sentence); a
    quote of a few words needs as much agreeing context as one whole side.  A quote
    much changed needs both sides to agree: one side alone may be the text beside it.
    """
    context = candidate.context_evidence
    quote_length = len(target.quote)
    if candidate.quote_similarity >= 1.0:
        if short_context:
            return True
        if quote_length < 80 and _agreeing_sides(candidate, target) == 0:
            return False
        if quote_length < 24:
            return context >= CONTEXT_CHARS
        if quote_length < 80:
            return context >= 8
        return True
    if candidate.quote_similarity < MIN_QUOTE_SIMILARITY:
        return False
    if candidate.quote_similarity >= 0.85 and quote_length >= 48:
        return context >= 8
    return context >= 24 and candidate.evidence >= 40 and _agreeing_sides(candidate, target) == 2


def _agreeing_sides(candidate: _Candidate, target: Target) -> int:
    """How many of prefix and suffix agree with the text beside the span in half their length.

    A side stored empty (the passage began or ended the text) agrees when the span is at
    that edge of the text too.
    """
    return sum(
        evidence > 0 if not stored else 2 * evidence >= len(stored)
        for stored, evidence in (
            (target.prefix, candidate.before),
            (target.suffix, candidate.after),
        )
    )


def _context_evidence(expected: str, text: str, at: int, before: bool) -> float:
    """How many characters of the stored context agree with the text beside ``at``."""
    if not expected:
        at_edge = at == 0 if before else at == len(text)
        return float(EDGE_EVIDENCE) if at_edge else 0.0
    size = len(expected)
    if before:
        actual = text[max(0, at - size) : at]
        common = int(Postfix.similarity(expected, actual))
        at_edge = at == size
    else:
        actual = text[at : at + size]
        common = int(Prefix.similarity(expected, actual))
        at_edge = at + size == len(text)
    if common == size:
        # A short context that still reaches the edge of the text says a little more.
        return float(min(CONTEXT_CHARS, size + EDGE_EVIDENCE) if at_edge else size)
    similarity = Levenshtein.normalized_similarity(expected, actual, score_cutoff=0.5)
    return max(float(common), size * max(0.0, (similarity - 0.5) / 0.5))
