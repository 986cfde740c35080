"""Fuzzing: whatever the front matter, visits or text, loading ends in data or in our own error."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adversarial.corpus_kit import BODY
from briefing_tui import safeyaml
from briefing_tui.corpus import load_corpus
from briefing_tui.problems import BriefingError
from briefing_tui.textsafety import BIDI_CONTROLS, MAX_COMBINING, one_line, visible

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

KEYS = [
    "title",
    "source",
    "author",
    "published",
    "url",
    "visit",
    "raw",
    "caption",
    "id",
    "date",
    "end_date",
    "place",
    "participants",
    "summary",
    "places",
    "<<",
    "? x",
    "-",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.text(max_size=40),
    st.sampled_from(
        [
            "2016-06-07",
            "2016-13-45",
            "../x",
            "/etc/passwd",
            "yes",
            "null",
            "~",
            "2016-06-moscow",
            "[bold]x[/]",
            "\x1b[31m",
            "0x1F",
            "1e400",
            ".nan",
        ]
    ),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
mappings = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=10), values, max_size=8)

YAML_ALPHABET = st.sampled_from(
    [
        *"-?:[]{},&*!|>'\"#%@` \t\n\r",
        *["\ufeff", "\x85", "\u2028", "\x00", "\x1b", "é", "中"],
        *["title: ", "visit: ", "---", "...", "<<: ", "!!python/"],
    ]
)
yaml_noise = st.lists(YAML_ALPHABET | st.text(max_size=3), max_size=60).map("".join)


def dump(data: Any, flow: bool | None) -> str:
    try:
        return yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        return repr(data)


def mutate(text: str, cuts: list[tuple[int, str]]) -> str:
    for position, insert in cuts:
        position %= max(len(text), 1)
        text = text[:position] + insert + text[position:]
    return text


front_matters = st.one_of(
    st.builds(dump, mappings, st.sampled_from([None, True, False])),
    yaml_noise,
    st.builds(
        mutate,
        st.builds(dump, mappings, st.just(False)),
        st.lists(st.tuples(st.integers(0, 10_000), YAML_ALPHABET), max_size=6),
    ),
)


def assert_only_our_errors(root: Path, planted: str) -> None:
    corpus = load_corpus(root)
    lines = (root / "articles" / f"{planted}.txt").read_bytes().count(b"\n") + 2
    for problem in corpus.problems:
        assert 1 <= problem.line <= max(lines, 400), problem
        assert "\n" not in str(problem)
    for article in corpus.articles.values():
        try:
            body = corpus.body(article)
        except BriefingError:
            continue
        assert isinstance(body, str)


@FUZZ
@given(head=front_matters, body=st.text(max_size=200))
def test_any_front_matter_loads_or_is_reported(head: str, body: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        (root / "articles").mkdir(parents=True)
        (root / "visits.yaml").write_text("[]\n", encoding="utf-8")
        text = "---\n" + head + "\n---\n" + body
        (root / "articles" / "fuzzed.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
        assert_only_our_errors(root, "fuzzed")


@FUZZ
@given(raw=st.binary(max_size=300))
def test_any_bytes_as_an_article_load_or_are_reported(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        (root / "articles").mkdir(parents=True)
        (root / "visits.yaml").write_text("[]\n", encoding="utf-8")
        (root / "articles" / "fuzzed.txt").write_bytes(b"---\ntitle: T\n" + raw)
        assert_only_our_errors(root, "fuzzed")


visits_documents = st.one_of(
    st.builds(dump, st.lists(mappings, max_size=5), st.sampled_from([None, True, False])),
    st.builds(dump, values, st.just(False)),
    yaml_noise,
)


@FUZZ
@given(document=visits_documents)
def test_any_visits_file_loads_or_is_reported(document: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        (root / "articles").mkdir(parents=True)
        (root / "visits.yaml").write_bytes(document.encode("utf-8", "surrogatepass"))
        (root / "articles" / "a.txt").write_text("---\ntitle: T\n---\n" + BODY, encoding="utf-8")
        corpus = load_corpus(root)
        assert "a" in corpus.articles
        ids = [v.id for v in corpus.visits]
        assert len(ids) == len(set(ids))
        for problem in corpus.problems:
            assert problem.line >= 1 and "\n" not in str(problem)


@FUZZ
@given(text=yaml_noise | st.builds(dump, values, st.sampled_from([None, True, False])))
def test_safe_yaml_returns_data_or_our_problem(text: str) -> None:
    try:
        safeyaml.loads(text)
    except safeyaml.YamlProblem as exc:
        assert exc.line >= 1 and "\n" not in exc.message


def event_depth(text: str) -> int | None:
    depth = deepest = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                deepest = max(deepest, depth)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None
    return deepest


nested = st.recursive(
    st.text(alphabet="ab", max_size=2),
    lambda inner: (
        st.lists(inner, min_size=1, max_size=2)
        | st.dictionaries(
            st.text(alphabet="kq", min_size=1, max_size=2), inner, min_size=1, max_size=2
        )
    ),
    max_leaves=40,
)
compact = st.lists(
    st.sampled_from(["- ", "? ", ": ", "  ", "&a ", "!t ", "k: ", "[", "{"]), max_size=40
).map(lambda parts: "".join(parts) + "x\n")


@settings(max_examples=300, deadline=None)
@given(
    text=st.builds(dump, nested, st.sampled_from([None, True, False]))
    | compact
    | st.builds(lambda a, b: a + b, compact, compact)
)
def test_the_cheap_depth_bound_never_underestimates(text: str) -> None:
    depth = event_depth(text)
    if depth is None:
        return
    bound = safeyaml._depth_bound(text)
    if bound <= safeyaml.MAX_DEPTH:
        assert depth <= bound, (text, depth, bound)
    if depth > safeyaml.MAX_DEPTH:
        try:
            safeyaml.loads(text)
        except safeyaml.YamlProblem:
            return
        raise AssertionError(f"nested {depth} deep yet read: {text!r}")


UNSAFE = {chr(c) for c in range(0x20) if chr(c) not in "\n\t"} | {chr(c) for c in range(0x7F, 0xA0)}
UNSAFE |= set(BIDI_CONTROLS) | {"\u2028", "\u2029"}


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(codec=None, exclude_categories=()) | st.sampled_from(sorted(UNSAFE))
    )
)
def test_visible_text_keeps_its_length_and_drops_every_control(text: str) -> None:
    shown = visible(text)
    assert len(shown) == len(text)
    assert not (set(shown) & UNSAFE)
    assert visible(shown) == shown
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in shown)
    shown.encode("utf-8")
    flat = one_line(text)
    assert "\n" not in flat and "\t" not in flat and not (set(flat) & UNSAFE)


def test_combining_floods_are_capped_for_every_script() -> None:
    marks = ["\u0301", "\u0489", "\u05b0", "\u064b", "\u0e48", "\u20dd", "\ufe0f", "\U000e0100"]
    for mark in marks:
        shown = visible("x" + mark * 50)
        assert shown.count(mark) == MAX_COMBINING, repr(mark)
