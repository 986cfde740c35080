"""Measure re-anchoring: notes on random passages, realistic edits, right / orphaned / misplaced.

Run: python benchmarks/anchoring.py [--trials N] [--seed S]

Texts: the bundled articles and those in benchmarks/texts/.  For each trial a
passage (a name, a phrase, a sentence or two sentences) is noted, the article
is edited the way articles are revised (sentences and paragraphs inserted,
deleted or moved, typos fixed, punctuation and quotation marks changed, the
quoted passage itself rewritten, several of these at once), and the note is
placed again.  Where the passage went is tracked through the edit, so each
placement is judged: right (it lies within the true passage, or overlaps it by
at least half of their union), orphaned, or misplaced (anywhere else, or placed although the
passage was deleted).  Targets: >= 98% right when the quoted passage itself is
intact, 0 misplaced, and 1,000 notes placed on a 50 KB article in < 200 ms.

The reference cases of quote matching (tests/test_anchoring_reference.py: notes
with short, empty or stale context, as other tools, scripts and people write
them) are placed too, and the number that pass is printed.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))

sys.path.insert(0, str(REPO / "tests"))

from briefing_tui.corpus import load_corpus  # noqa: E402
from briefing_tui.notes import make_target, place, place_all  # noqa: E402
from test_anchoring_reference import REFERENCE_CASES  # noqa: E402

Span = tuple[int, int]
Mapper = Callable[[int, bool], int | None]


def load_texts() -> list[str]:
    """The bundled article bodies and the benchmark's own articles."""
    corpus = load_corpus(REPO / "corpus")
    texts = [corpus.body(a) for a in corpus.articles.values()]
    for path in sorted((HERE / "texts").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8").strip("\n"))
    return texts


SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*)?\s*")


def sentences(text: str) -> list[Span]:
    """Sentence spans (with their trailing blanks) of a text."""
    return [(m.start(), m.end()) for m in SENTENCE.finditer(text) if m.group().strip()]


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans (without the blank line that follows)."""
    spans = []
    at = 0
    for block in text.split("\n\n"):
        spans.append((at, at + len(block)))
        at += len(block) + 2
    return [s for s in spans if s[1] > s[0]]


def words(text: str) -> list[Span]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w[\w'’-]*", text)]


def pick_passage(text: str, rng: random.Random) -> Span:
    """A passage an analyst would note: a name, a phrase, one sentence or two."""
    shape = rng.choice(["word", "phrase", "phrase", "sentence", "sentence", "two"])
    if shape in ("word", "phrase"):
        ws = words(text)
        count = rng.randint(1, 3) if shape == "word" else rng.randint(4, 10)
        i = rng.randrange(0, max(1, len(ws) - count))
        return ws[i][0], ws[min(len(ws) - 1, i + count - 1)][1]
    ss = sentences(text)
    i = rng.randrange(0, len(ss) - 1)
    end = ss[i + 1][1] if shape == "two" else ss[i][1]
    start = ss[i][0]
    quote = text[start:end].rstrip()
    return start, start + len(quote)


# Edits -------------------------------------------------------------------------


def replace(text: str, i: int, j: int, new: str) -> tuple[str, Mapper]:
    """Replace text[i:j] by ``new``; the mapper follows old offsets into the new text."""
    delta = len(new) - (j - i)

    def mapper(pos: int, is_end: bool) -> int | None:
        if pos < i:
            return pos
        if pos > j:
            return pos + delta
        if i == j:  # an insertion: a passage starting here moves right, one ending here stays
            return pos if is_end else pos + len(new)
        if pos == j:
            return i + len(new)
        if pos == i:
            return i
        return i + len(new) if is_end else i

    return text[:i] + new + text[j:], mapper


def compose(first: Mapper, second: Mapper) -> Mapper:
    def mapper(pos: int, is_end: bool) -> int | None:
        mid = first(pos, is_end)
        return None if mid is None else second(mid, is_end)

    return mapper


POOL: list[str] = []


def insert_sentence(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    ss = sentences(text)
    at = rng.choice(ss)[rng.choice([0, 1])]
    new = rng.choice(POOL).strip() + " "
    return replace(text, at, at, new)


def delete_sentence(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    i, j = rng.choice(sentences(text))
    return replace(text, i, j, "")


def insert_paragraph(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    ps = paragraphs(text)
    at = rng.choice(ps)[0]
    new = " ".join(rng.choice(POOL).strip() for _ in range(rng.randint(2, 4))) + "\n\n"
    return replace(text, at, at, new)


def delete_paragraph(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    ps = paragraphs(text)
    i, j = rng.choice(ps)
    return replace(text, i, min(len(text), j + 2), "")


def fix_typos(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    mapper: Mapper = lambda pos, is_end: pos  # noqa: E731
    for _ in range(rng.randint(1, 3)):
        ws = [w for w in words(text) if w[1] - w[0] >= 4]
        i, j = rng.choice(ws)
        word = text[i:j]
        k = rng.randrange(1, len(word) - 1)
        fixed = rng.choice(
            [
                word[:k] + word[k + 1 :],
                word[:k] + word[k] + word[k:],
                word[:k] + "e" + word[k + 1 :],
            ]
        )
        text, m = replace(text, i, j, fixed)
        mapper = compose(mapper, m)
    return text, mapper


PUNCTUATION = [('"', "“"), ("'", "’"), (",", ";"), (" - ", " — "), (".", "!"), ("-", "–")]


def change_punctuation(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    """Straight quotes made curly, commas made semicolons, hyphens made dashes, here and there."""
    old, new = rng.choice(PUNCTUATION)
    spots = [m.start() for m in re.finditer(re.escape(old), text)]
    mapper: Mapper = lambda pos, is_end: pos  # noqa: E731
    chosen = sorted(rng.sample(spots, min(len(spots), rng.randint(1, 4))), reverse=True)
    for at in chosen:  # right to left: each change leaves the offsets before it alone
        text, m = replace(text, at, at + len(old), new)
        mapper = compose(mapper, m)
    return text, mapper


def move_paragraph(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    """Move one paragraph (the noted one or another, never half of the noted passage)."""
    ps = paragraphs(text)
    choices = [
        p
        for p in ps
        if (p[0] <= span[0] and span[1] <= p[1]) or p[1] + 2 <= span[0] or span[1] <= p[0]
    ]
    if len(ps) < 3 or not choices:
        return text, lambda pos, is_end: pos
    a, b = rng.choice(choices)
    b2 = min(len(text), b + 2)
    block = text[a:b]
    rest = text[:a] + text[b2:]
    inside = a <= span[0] and span[1] <= b

    def in_rest(pos: int) -> int:
        # A passage that ends where the moved paragraph began ends there still.
        return pos if pos <= a else pos - (b2 - a)

    lo, hi = (in_rest(span[0]), in_rest(span[1])) if not inside else (-1, -1)
    spots = [p[0] for p in paragraphs(rest) if not lo < p[0] < hi] + [len(rest)]
    c = rng.choice(spots)
    if c >= len(rest):
        new = rest + "\n\n" + block
        at = len(rest) + 2
        shift = 0
    else:
        new = rest[:c] + block + "\n\n" + rest[c:]
        at = c
        shift = len(block) + 2

    def mapper(pos: int, is_end: bool) -> int | None:
        if inside:
            return at + (pos - a)
        r = in_rest(pos)
        if r < c or (r == c and is_end):
            return r
        return r + shift

    return new, mapper


SYNONYMS = {
    "said": "stated",
    "visit": "trip",
    "talks": "discussions",
    "meeting": "talks",
    "Prime": "prime",
    "the": "this",
    "would": "will",
    "and": "as well as",
    "on": "upon",
}


def rewrite_quote(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    """Revise the quoted passage itself: a word replaced, a word dropped, a typo fixed."""
    i, j = span
    quote = text[i:j]
    ws = [(m.start(), m.end()) for m in re.finditer(r"\w+", quote)]
    if not ws:
        return text, lambda pos, is_end: pos
    a, b = rng.choice(ws)
    word = quote[a:b]
    how = rng.choice(["synonym", "drop", "typo", "append"])
    if how == "synonym":
        new_word = SYNONYMS.get(word, word.upper() if len(word) < 4 else word[::-1])
        new_quote = quote[:a] + new_word + quote[b:]
    elif how == "drop" and len(ws) > 2:
        new_quote = quote[:a] + quote[b:].lstrip()
    elif how == "typo" and len(word) > 2:
        new_quote = quote[:a] + word[:-1] + quote[b:]
    else:
        new_quote = quote + " indeed"
    return replace(text, i, j, new_quote)


EDITS: dict[str, Callable[[str, Span, random.Random], tuple[str, Mapper]]] = {
    "insert sentence": insert_sentence,
    "delete sentence": delete_sentence,
    "insert paragraph": insert_paragraph,
    "delete paragraph": delete_paragraph,
    "fix typos": fix_typos,
    "move paragraph": move_paragraph,
    "rewrite quote": rewrite_quote,
}


def several(text: str, span: Span, rng: random.Random) -> tuple[str, Mapper]:
    mapper: Mapper = lambda pos, is_end: pos  # noqa: E731
    current = span
    for _ in range(rng.randint(2, 4)):
        name = rng.choice([n for n in EDITS if n != "rewrite quote"])
        text, m = EDITS[name](text, current, rng)
        mapper = compose(mapper, m)
        s, e = m(current[0], False), m(current[1], True)
        if s is None or e is None:
            break
        current = (s, e)
    return text, mapper


EDITS["change punctuation"] = change_punctuation
EDITS_ALL = dict(EDITS)
EDITS_ALL["several edits"] = several


@dataclass
class Tally:
    right: int = 0
    orphaned: int = 0
    misplaced: int = 0

    @property
    def total(self) -> int:
        return self.right + self.orphaned + self.misplaced


def judge(placed: tuple[int | None, int | None], truth: Span | None) -> str:
    start, end = placed
    if start is None or end is None:
        return "orphaned"
    if truth is None or truth[1] <= truth[0]:
        return "misplaced"
    if truth[0] <= start and end <= truth[1]:
        return "right"  # on the revised passage, or on the part of it that survived
    inter = max(0, min(end, truth[1]) - max(start, truth[0]))
    union = max(end, truth[1]) - min(start, truth[0])
    return "right" if inter * 2 >= union else "misplaced"


def accuracy(trials: int, seed: int, show: int) -> tuple[dict[str, Tally], dict[str, Tally]]:
    texts = load_texts()
    pools = [[t[s:e] for s, e in sentences(t) if 40 < e - s < 240] for t in texts]
    rng = random.Random(seed)
    by_edit: dict[str, Tally] = {}
    by_state: dict[str, Tally] = {
        "quote intact": Tally(),
        "quote changed": Tally(),
        "quote deleted": Tally(),
    }
    shown = 0
    for trial in range(trials):
        index = rng.randrange(len(texts))
        text = texts[index]
        POOL[:] = [s for i, pool in enumerate(pools) if i != index for s in pool]
        span = pick_passage(text, rng)
        target = make_target(text, *span)
        name = rng.choice(list(EDITS_ALL))
        new_text, mapper = EDITS_ALL[name](text, span, rng)
        s, e = mapper(span[0], False), mapper(span[1], True)
        truth: Span | None = (s, e) if s is not None and e is not None and e > s else None
        if truth is None:
            state = "quote deleted"
        elif new_text[truth[0] : truth[1]] == target.quote:
            state = "quote intact"
        else:
            state = "quote changed"
            if Counter(new_text[truth[0] : truth[1]]).total() < len(target.quote) // 3:
                state = "quote deleted"  # most of it is gone
                truth = None
        # Half the notes go through place(), half through place_all() with the text indexed
        # (it indexes from 20 notes on; whole-article notes make up the number).
        if trial % 2:
            placement = place(new_text, target)
        else:
            placement = place_all(new_text, [target, *[None] * 19])[0]
        verdict = judge((placement.start, placement.end), truth)
        for tally in (by_edit.setdefault(name, Tally()), by_state[state]):
            setattr(tally, verdict, getattr(tally, verdict) + 1)
        if verdict == "misplaced" and shown < show:
            shown += 1
            print(f"MISPLACED [{name}/{state}] quote={target.quote!r}")
            print(
                f"   truth={truth} {new_text[truth[0] : truth[1]]!r}"
                if truth
                else "   truth=deleted"
            )
            print(f"   placed={placement} {new_text[placement.start or 0 : placement.end or 0]!r}")
    return by_edit, by_state


def markov_article(texts: list[str], size: int, rng: random.Random) -> str:
    """A long article of plausible prose: paragraphs from the texts, then recombined sentences."""
    chain: dict[tuple[str, str], list[str]] = {}
    for text in texts:
        tokens = text.split(" ")
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False):
            chain.setdefault((a, b), []).append(c)
    parts = ["\n\n".join(texts)]
    length = len(parts[0])
    keys = list(chain)
    while length < size:
        a, b = rng.choice(keys)
        out = [a, b]
        for _ in range(rng.randint(60, 140)):
            nxt = chain.get((a, b))
            if not nxt:
                break
            a, b = b, rng.choice(nxt)
            out.append(b)
        para = " ".join(out).replace("\n\n", " ")
        parts.append(para)
        length += len(para) + 2
    return "\n\n".join(parts)[:size]


def speed(seed: int, notes: int = 1000, size: int = 50_000) -> dict[str, float]:
    texts = load_texts()
    rng = random.Random(seed)
    article = markov_article(texts, size, rng)
    POOL[:] = [t[s:e] for t in texts for s, e in sentences(t) if 40 < e - s < 240]
    targets = [make_target(article, *pick_passage(article, rng)) for _ in range(notes)]
    edited = article
    edited, _ = insert_paragraph(edited, (0, 0), rng)
    edited = "A new opening paragraph, added when the article was revised. " * 2 + "\n\n" + edited
    for _ in range(3):
        edited, _ = fix_typos(edited, (0, 0), rng)
    edited, _ = move_paragraph(edited, (0, 0), rng)
    edited, _ = delete_sentence(edited, (0, 0), rng)
    figures: dict[str, float] = {"article_chars": len(article)}
    for label, text in (("unchanged", article), ("edited", edited)):
        runs, cpu = [], []
        for _ in range(5):
            t0, c0 = time.perf_counter(), time.process_time()
            placements = place_all(text, targets)
            runs.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        figures[f"{label}_ms"] = statistics.median(runs)
        figures[f"{label}_cpu_ms"] = statistics.median(cpu)
        figures[f"{label}_orphaned"] = sum(p.status == "orphaned" for p in placements)
        figures[f"{label}_moved"] = sum(p.status == "moved" for p in placements)
    t0 = time.perf_counter()
    for target in targets[:200]:
        place(edited, target)
    figures["one_by_one_per_note_ms"] = (time.perf_counter() - t0) * 1000 / 200
    return figures


def reference() -> list[tuple[str, bool]]:
    """The quote-matching reference cases (short, empty or stale context): kind, passed."""
    return [(case.kind, case.passes(place(case.text, case.target()))) for case in REFERENCE_CASES]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=5, help="print up to N misplaced notes")
    args = parser.parse_args()

    by_edit, by_state = accuracy(args.trials, args.seed, args.show)
    print(f"anchoring accuracy: {args.trials} notes, seed {args.seed}")
    print(f"{'edit':<20}{'notes':>7}{'right':>8}{'orphaned':>10}{'misplaced':>11}")
    for name, tally in sorted(by_edit.items()):
        print(
            f"{name:<20}{tally.total:>7}{tally.right:>8}{tally.orphaned:>10}{tally.misplaced:>11}"
        )
    print()
    columns = f"{'notes':>7}{'right':>8}{'orphaned':>10}{'misplaced':>11}"
    print(f"{'quoted passage':<20}{columns}{'right %':>9}")
    for state, tally in by_state.items():
        pct = 100.0 * tally.right / tally.total if tally.total else 0.0
        print(
            f"{state:<20}{tally.total:>7}{tally.right:>8}{tally.orphaned:>10}{tally.misplaced:>11}{pct:>8.2f}%"
        )
    intact = by_state["quote intact"]
    misplaced = sum(t.misplaced for t in by_state.values())
    print()
    share = 100.0 * intact.right / max(1, intact.total)
    print(f"right when the quote is intact: {share:.2f}% (target >= 98%)")
    print(f"misplaced, all edits: {misplaced} (target 0)")
    print()
    results = reference()
    print("reference cases of quote matching (notes with short, empty or stale context)")
    for kind, passed in results:
        print(f"  {'pass' if passed else 'FAIL'}  {kind}")
    print(f"reference cases: {sum(p for _, p in results)}/{len(results)}")
    figures = speed(args.seed)
    print()
    print(
        f"speed: 1,000 notes on a {int(figures['article_chars']):,}-character article (median of 5)"
    )
    for label in ("unchanged", "edited"):
        print(
            f"  {label:<10} {figures[label + '_ms']:7.1f} ms (target < 200 ms),"
            f" CPU {figures[label + '_cpu_ms']:6.1f} ms"
            f"   moved {int(figures[label + '_moved'])},"
            f" orphaned {int(figures[label + '_orphaned'])}"
        )
    print(
        "  place() one note at a time on the edited article:"
        f" {figures['one_by_one_per_note_ms']:.3f} ms per note"
    )


if __name__ == "__main__":
    main()
