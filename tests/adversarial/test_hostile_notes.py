"""The note store under attack: hostile text, broken files, full disks and failing writes.

Faults are simulated by replacing ``os.write``, ``os.fsync`` and ``os.replace``
for the duration of one save (and, where the machine allows it, by a tiny
``tmpfs`` that really runs out of space).
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import random
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adversarial.corpus_kit import run_briefing
from briefing_tui import safeyaml
from briefing_tui.notes import Note, NoteStore, Target
from briefing_tui.problems import BriefingError

texts = st.lists(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=3)
    | st.sampled_from(
        [
            *["\n", "\r", "\r\n", " ", "\t", "\x85", "\u2028", "\u2029", "\ufeff", "\x00"],
            *["\x1b[31m", "...", "---", "# ", "- ", ": ", "|", ">", "'", '"', "yes", "null", "~"],
            *["[bold]", "&a", "*a"],
        ]
    ),
    max_size=12,
).map("".join)


def earlier(note: Note) -> Note:
    """The same note, created long ago, so that it comes first in its file."""
    return dataclasses.replace(
        note, created="2020-01-01T00:00:00+00:00", modified="2020-01-01T00:00:00+00:00"
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=texts, tags=st.lists(texts.filter(lambda t: "," not in t), max_size=3))
def test_any_text_round_trips_exactly_with_notes_around_it(body: str, tags: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = NoteStore(Path(tmp))
        store.add("article", "a", store.new_note("before"))
        note = store.new_note(body, tags)
        store.add("article", "a", note)
        store.add("article", "a", store.new_note("after"))
        fresh = NoteStore(Path(tmp)).article("a")
        assert fresh.problem is None, (fresh.problem, body)
        found = fresh.get(note.id)
        assert found is not None and found.body == body and found.tags == note.tags


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=texts,
    tags=st.lists(texts, max_size=3),
    quote=texts.filter(bool),
    context=texts,
    author=texts,
)
def test_what_the_store_writes_reads_the_same_with_any_yaml_reader(
    body: str, tags: list[str], quote: str, context: str, author: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = NoteStore(Path(tmp))
        target = Target(quote=quote, prefix=context, suffix=context[::-1], start=3, end=9)
        note = store.new_note(body, tags, target=target, author=author)
        store.add("article", "a", note)
        store.add("article", "a", store.new_note("after\n\n"))
        data = safeyaml.loads((Path(tmp) / "a.yaml").read_text(encoding="utf-8"))
        [written] = [item for item in data["notes"] if item["id"] == note.id]
        assert written["body"] == body
        assert tuple(written["tags"]) == note.tags
        assert written["author"] == note.author
        assert written["target"]["quote"] == quote
        assert written["target"]["prefix"] == context
        assert written["target"]["suffix"] == context[::-1]


@pytest.mark.parametrize("tag", ["syria, iran", "a,b", "x ,y"])
def test_a_tag_with_a_comma_is_kept_whole(tmp_path: Path, tag: str) -> None:
    store = NoteStore(tmp_path)
    note = store.new_note("body", tags=[tag])
    store.add("article", "a", note)
    assert NoteStore(tmp_path).article("a").notes[0].tags == (tag,)


@pytest.mark.parametrize("body", ["\n", "Paragraph one.\n\n", "a\n\n\n"])
def test_a_body_ending_in_blank_lines_followed_by_another_note_keeps_the_file_readable(
    tmp_path: Path, body: str
) -> None:
    store = NoteStore(tmp_path)
    first = earlier(store.new_note(body))
    store.add("article", "a", first)
    store.add("article", "a", store.new_note("a later note"))
    fresh = NoteStore(tmp_path).article("a")
    assert fresh.problem is None, fresh.problem
    assert [n.body for n in fresh.notes] == [body, "a later note"]


def test_the_writer_sees_the_same_file_as_every_other_reader(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    store.add("article", "a", earlier(store.new_note("ends in blank lines\n\n")))
    store.add("article", "a", store.new_note("second"))
    assert store.article("a").problem == NoteStore(tmp_path).article("a").problem


def test_surrogates_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    store.add("article", "a", store.new_note("kept"))
    before = (tmp_path / "a.yaml").read_bytes()
    with pytest.raises(BriefingError, match="surrogate"):
        store.add("article", "a", store.new_note("bad \ud800 text"))
    assert (tmp_path / "a.yaml").read_bytes() == before


NOTE = (
    "  - id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\n"
    "    created: '2026-11-22T03:00:00+00:00'\n    modified: '2026-11-22T03:00:00+00:00'\n"
    "    author: analyst\n    tags: [a]\n    body: kept\n"
)
BROKEN_FILES = {
    "python-tag": "article: a\nnotes: !!python/object/apply:os.system ['true']\n",
    "alias-bomb": "article: a\nx: &x [1, 1]\nnotes: [*x, *x]\n",
    "duplicate-id": "article: a\nnotes:\n" + NOTE + NOTE,
    "wrong-article": "article: b\nnotes:\n" + NOTE,
    "body-a-list": "article: a\nnotes:\n" + NOTE.replace("body: kept", "body: [x]"),
    "offset-negative": "article: a\nnotes:\n"
    + NOTE
    + "    target: {quote: q, prefix: '', suffix: '', start: -1, end: 3}\n",
    "tags-a-map": "article: a\nnotes:\n" + NOTE.replace("tags: [a]", "tags: {a: 1}"),
    "deep": "article: a\nnotes: " + "[" * 200 + "]" * 200 + "\n",
    "not-utf8": "article: a\nnotes:\n" + NOTE.replace("kept", "caf\udce9"),
    "merge": "article: a\nnotes:\n  - <<: {id: x}\n",
    "huge-id": "article: a\nnotes:\n" + NOTE.replace("0b7c9c4e", "0" * 100_000),
}


@pytest.mark.parametrize("name", sorted(BROKEN_FILES))
def test_a_broken_notes_file_is_reported_and_never_overwritten(tmp_path: Path, name: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(BROKEN_FILES[name].encode("utf-8", "surrogateescape"))
    before = path.read_bytes()
    store = NoteStore(tmp_path)
    file = store.article("a")
    # The whole file's problem, or one for each note that cannot be read.
    assert file.problems and all(p.line >= 1 for p in file.problems)
    assert all("\n" not in str(p) for p in file.problems)
    assert not file.editable
    with pytest.raises(BriefingError):
        store.add("article", "a", store.new_note("must not land"))
    assert path.read_bytes() == before


def test_a_huge_value_in_a_notes_file_gives_a_short_message(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(BROKEN_FILES["huge-id"], encoding="utf-8")
    [problem] = NoteStore(tmp_path).article("a").problems
    assert len(str(problem)) < 400


# Fault injection -------------------------------------------------------------------------


class Faults:
    """Replace one of ``os.write``/``os.fsync``/``os.replace`` so that it fails with an errno."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.real: dict[str, Callable[..., Any]] = {
            "write": os.write,
            "fsync": os.fsync,
            "replace": os.replace,
        }

    def arm(self, call: str, code: int, after_bytes: int = 0) -> None:
        real = self.real[call]
        written = [0]

        def failing(*args: Any) -> Any:
            if call == "write":
                room = after_bytes - written[0]
                if room > 0:
                    data = bytes(args[1])[:room]
                    count = real(args[0], data)
                    written[0] += count
                    return count
            raise OSError(code, os.strerror(code))

        self.monkeypatch.setattr(os, call, failing)

    def disarm(self) -> None:
        for call, real in self.real.items():
            self.monkeypatch.setattr(os, call, real)


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Iterator[Faults]:
    injector = Faults(monkeypatch)
    yield injector
    injector.disarm()


FAULTS = [
    ("write", errno.ENOSPC, 0),
    ("write", errno.ENOSPC, 100),
    ("write", errno.EIO, 10),
    ("write", errno.EDQUOT, 0),
    ("fsync", errno.EIO, 0),
    ("fsync", errno.ENOSPC, 0),
    ("replace", errno.EIO, 0),
    ("replace", errno.EROFS, 0),
    ("replace", errno.EACCES, 0),
]


@pytest.mark.parametrize(("call", "code", "after"), FAULTS)
def test_a_failed_save_says_why_and_keeps_every_earlier_note(
    tmp_path: Path, faults: Faults, call: str, code: int, after: int
) -> None:
    store = NoteStore(tmp_path)
    kept = [store.new_note(f"note {i}") for i in range(3)]
    for note in kept:
        store.add("article", "a", note)
    before = (tmp_path / "a.yaml").read_bytes()
    faults.arm(call, code, after)
    with pytest.raises(BriefingError) as failure:
        store.add("article", "a", store.new_note("written while the disk fails"))
    faults.disarm()
    message = str(failure.value)
    assert "\n" not in message and "a.yaml" in message and os.strerror(code) in message
    assert (tmp_path / "a.yaml").read_bytes() == before
    again = NoteStore(tmp_path)
    assert {n.id for n in again.article("a").notes} == {n.id for n in kept}
    retry = again.new_note("after the disk recovered")
    again.add("article", "a", retry)
    assert len(NoteStore(tmp_path).article("a").notes) == 4
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def save_under_random_faults(root: Path, faults: Faults, rounds: int, seed: int) -> tuple[int, int]:
    """Save ``rounds`` notes while saves fail at random; (acknowledged, found afterwards)."""
    chance = random.Random(seed)
    acknowledged: set[str] = set()
    for index in range(rounds):
        store = NoteStore(root)
        subject = f"a-{index % 3}"
        if chance.random() < 0.5:
            call, code, _ = chance.choice(FAULTS)
            faults.arm(call, code, chance.randrange(0, 400))
        note = store.new_note(f"note {index}\n" + "text " * chance.randrange(0, 60))
        try:
            store.add("article", subject, note)
        except BriefingError:
            pass
        else:
            acknowledged.add(note.id)
        finally:
            faults.disarm()
    found: set[str] = set()
    for name in ("a-0", "a-1", "a-2"):
        file = NoteStore(root).article(name)
        assert file.problem is None, file.problem
        found |= {n.id for n in file.notes}
    return len(acknowledged), len(acknowledged & found)


def test_notes_acknowledged_during_random_faults_are_all_found(
    tmp_path: Path, faults: Faults
) -> None:
    acknowledged, found = save_under_random_faults(tmp_path, faults, rounds=120, seed=7)
    assert acknowledged > 20
    assert found == acknowledged


def test_cli_note_add_on_a_failing_disk_is_one_line_and_exit_1(
    small_corpus: Path, tmp_path: Path
) -> None:
    annotations = tmp_path / "annotations"
    (annotations / "sound.yaml").mkdir(parents=True)  # a folder where the file must go
    done = run_briefing(
        "note",
        "add",
        "sound",
        "--body",
        "text",
        "--corpus",
        str(small_corpus),
        "--annotations",
        str(annotations),
        cwd=tmp_path,
    )
    assert done.returncode == 1
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err


# A real small file system, where the machine allows mounting one -------------------------


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,nr_inodes=64", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def test_a_really_full_disk_loses_no_acknowledged_note(tiny_fs: Path) -> None:
    store = NoteStore(tiny_fs)
    acknowledged: list[str] = []
    failures = []
    for index in range(200):
        note = store.new_note(f"note {index} " + "x" * 700)
        try:
            store.add("article", "a", note)
        except BriefingError as exc:
            failures.append(str(exc))
            if len(failures) > 3:
                break
        else:
            acknowledged.append(note.id)
    assert failures and all("No space left" in f for f in failures)
    file = NoteStore(tiny_fs).article("a")
    assert file.problem is None
    assert {n.id for n in file.notes} == set(acknowledged)


@pytest.fixture
def read_only_annotations(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "ro"
    folder.mkdir()
    store = NoteStore(folder)
    store.add("article", "sound", store.new_note("written before the folder was locked"))
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    done = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip("cannot make a read-only folder here")
    subprocess.run(
        ["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True, check=False
    )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def test_a_read_only_annotations_folder_is_one_clear_line(
    read_only_annotations: Path, small_corpus: Path, tmp_path: Path
) -> None:
    store = NoteStore(read_only_annotations)
    with pytest.raises(BriefingError) as failure:
        store.add("article", "sound", store.new_note("cannot land"))
    assert "\n" not in str(failure.value)
    assert len(NoteStore(read_only_annotations).article("sound").notes) == 1
    done = run_briefing(
        "note",
        "add",
        "sound",
        "--body",
        "x",
        "--corpus",
        str(small_corpus),
        "--annotations",
        str(read_only_annotations),
        cwd=tmp_path,
    )
    assert done.returncode == 1 and done.stderr.decode().count("\n") == 1
    listed = run_briefing(
        "notes",
        "--json",
        "--corpus",
        str(small_corpus),
        "--annotations",
        str(read_only_annotations),
        cwd=tmp_path,
    )
    assert listed.returncode == 0, listed.stderr


# Hostile files in the annotations folder ---------------------------------------------------


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))


def read_in_child(root: Path, subject: str) -> subprocess.CompletedProcess[str]:
    """Read one notes file in a child with 1 GB of memory and 5 s (a FIFO must not hang us)."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom briefing_tui.notes import NoteStore\n"
        "f = NoteStore(Path(sys.argv[1])).article(sys.argv[2])\n"
        "print(f.problem)\n"
    )
    import sys

    return subprocess.run(
        [sys.executable, "-c", code, str(root), subject],
        capture_output=True,
        text=True,
        timeout=5,
        check=False,
        preexec_fn=_limit_memory,
    )


def test_a_fifo_named_like_a_notes_file_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.yaml")
    try:
        done = read_in_child(tmp_path, "a")
    except subprocess.TimeoutExpired:
        raise AssertionError("reading the notes blocked on a FIFO") from None
    assert done.returncode == 0 and "a.yaml:1:" in done.stdout


def test_a_notes_file_linked_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").symlink_to("/dev/zero")
    try:
        done = read_in_child(tmp_path, "a")
    except subprocess.TimeoutExpired:
        raise AssertionError("reading the notes never ended") from None
    assert done.returncode == 0 and "a.yaml:1:" in done.stdout


def test_a_notes_file_linked_outside_the_annotations_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "private.yaml"
    outside.write_text(
        "article: a\nnotes:\n" + NOTE.replace("  - ", "- ", 1).replace("\n    ", "\n  "),
        encoding="utf-8",
    )
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    (annotations / "a.yaml").symlink_to(outside)
    file = NoteStore(annotations).article("a")
    assert file.notes == [] and file.problem is not None


def test_writing_through_a_link_never_writes_outside(tmp_path: Path) -> None:
    outside = tmp_path / "private.yaml"
    outside.write_text("article: a\nnotes: []\n", encoding="utf-8")
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    (annotations / "a.yaml").symlink_to(outside)
    store = NoteStore(annotations)
    with contextlib.suppress(BriefingError):
        store.add("article", "a", store.new_note("stays inside"))
    assert outside.read_text(encoding="utf-8") == "article: a\nnotes: []\n"


@pytest.mark.parametrize("subject", ["../x", "/etc/passwd", "a/../../b", "x" * 300, "a\x00b", ""])
def test_path_like_subjects_never_name_a_file(tmp_path: Path, subject: str) -> None:
    store = NoteStore(tmp_path / "annotations")
    with pytest.raises(BriefingError):
        store.add("article", subject, store.new_note("x"))
    with pytest.raises(BriefingError):
        store.read("visit", subject)
    assert not (tmp_path / "x.yaml").exists() and not (tmp_path / "b.yaml").exists()


WRITER = (
    "import sys\nfrom pathlib import Path\nfrom briefing_tui.notes import NoteStore\n"
    "store = NoteStore(Path(sys.argv[1]))\n"
    "for i in range(100000):\n"
    "    note = store.new_note(f'note {i} ' + 'x' * (i * 37 % 900))\n"
    "    store.add('article', 'a', note)\n"
    "    print(note.id, flush=True)\n"
)


def kill_writers(root: Path, times: int, seed: int) -> tuple[int, int]:
    """Kill a writing process with SIGKILL at random moments; (acknowledged, found)."""
    import signal
    import sys
    import time

    chance = random.Random(seed)
    acknowledged: set[str] = set()
    for _ in range(times):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(root)], stdout=subprocess.PIPE, text=True
        )
        time.sleep(0.3 + chance.random() * 0.4)
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        acknowledged |= {line for line in out.splitlines() if len(line) == 36}
        file = NoteStore(root).article("a")
        assert file.problem is None, file.problem
    found = {n.id for n in NoteStore(root).article("a").notes}
    return len(acknowledged), len(acknowledged & found)


def test_a_writer_killed_at_random_moments_loses_no_acknowledged_note(tmp_path: Path) -> None:
    acknowledged, found = kill_writers(tmp_path, times=6, seed=11)
    assert acknowledged > 0
    assert found == acknowledged
