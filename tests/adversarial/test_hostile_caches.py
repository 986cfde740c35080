"""What other programs may leave in the user's folders: broken caches, drafts and odd queries."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adversarial.corpus_kit import run_briefing
from briefing_tui.notes import drafts

QUERIES = [
    '"',
    "NEAR(a b",
    "OR OR",
    "text:x",
    "(",
    "\\",
    "x" * 5000,
    "\x1b]0;PWNED\x07",
    "a AND (b OR",
    "{a b}",
    "\u202e",
    "*",
]


@pytest.mark.parametrize("query", QUERIES, ids=[f"q{i}" for i in range(len(QUERIES))])
def test_any_search_query_is_answered_or_refused_in_one_line(
    small_corpus: Path, tmp_path: Path, query: str
) -> None:
    done = run_briefing("search", "--corpus", str(small_corpus), "--", query, cwd=tmp_path)
    assert done.returncode in (0, 1), done
    assert b"Traceback" not in done.stderr
    assert b"\x1b]0;PWNED" not in done.stdout + done.stderr


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "folder", "fifo", "device"])
def test_a_damaged_search_index_is_rebuilt(small_corpus: Path, tmp_path: Path, damage: str) -> None:
    first = run_briefing("search", "--corpus", str(small_corpus), "Putin", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    cache = Path(os.environ["BRIEFING_CACHE"])
    for index in cache.rglob("*.sqlite"):
        data = index.read_bytes()
        index.unlink()
        if damage == "garbage":
            index.write_bytes(os.urandom(50_000))
        elif damage == "truncated":
            index.write_bytes(data[: len(data) // 3])
        elif damage == "empty":
            index.write_bytes(b"")
        elif damage == "folder":
            index.mkdir()
        elif damage == "fifo":
            os.mkfifo(index)
        else:
            index.symlink_to("/dev/zero")
    again = run_briefing("search", "--corpus", str(small_corpus), "Putin", cwd=tmp_path, timeout=60)
    assert again.returncode == 0 and b"Traceback" not in again.stderr
    assert again.stdout == first.stdout


def test_a_damaged_entity_cache_is_ignored(small_corpus: Path, tmp_path: Path) -> None:
    first = run_briefing("show", "--json", "--corpus", str(small_corpus), "sound", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    cache = Path(os.environ["BRIEFING_CACHE"])
    damaged = 0
    for path in cache.rglob("*"):
        if path.is_file() and "search" not in path.parts:
            path.write_bytes(b"\x80\x04garbage" + os.urandom(100))
            damaged += 1
    again = run_briefing("show", "--json", "--corpus", str(small_corpus), "sound", cwd=tmp_path)
    assert again.returncode == 0 and b"Traceback" not in again.stderr
    assert again.stdout == first.stdout


draft_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=20),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)
draft_documents = st.fixed_dictionaries(
    {},
    optional={
        key: draft_values | st.sampled_from(["article", "visit", "../x", "k1"])
        for key in [
            "draft",
            "kind",
            "subject",
            "body",
            "tags",
            "target",
            "note",
            "saved",
            "annotations",
        ]
    },
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=draft_documents | st.text(max_size=80), target=st.none() | draft_values)
def test_any_leftover_draft_file_is_read_or_skipped(document: object, target: object) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if isinstance(document, dict):
            document.setdefault("draft", "k1")
            if target is not None:
                document["target"] = target
            text = yaml.safe_dump(document)
        else:
            text = str(document)
        (folder / "k1.yaml").write_text(text, encoding="utf-8")
        os.mkfifo(folder / "k2.yaml")
        (folder / "k3.yaml").symlink_to("/dev/zero")
        found = drafts.load_drafts(folder)
        assert all(d.key == "k1" for d in found)
