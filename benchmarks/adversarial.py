"""Figures for the adversarial suite: how much hostile input was tried, and how it was handled.

Run: python benchmarks/adversarial.py [--rounds N] [--fuzz N] [--kills N] [--seed N]

Prints one table.  "Handled" means read correctly (the input was fine after all,
such as an emoji title) or refused with one clear line that names the file and
the line; "unexpected" counts anything else: a traceback, a hang, an injected
sequence reaching the terminal, a note lost.  The last rows count the notes
acknowledged while writes failed at random (``os.write``, ``os.fsync`` and
``os.replace`` made to fail with ENOSPC, EIO, EDQUOT, EROFS or EACCES), and by
writers killed with SIGKILL at random moments, and how many of them were found
afterwards.  It reports; it does not pass or fail.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

import yaml  # noqa: E402

from adversarial.corpus_kit import (  # noqa: E402
    BRIEFING,
    front_matter,
    make_hostile_corpus,
    make_small_corpus,
    write_article,
)
from adversarial.hostile_inputs import (  # noqa: E402
    FORBIDDEN_BYTES,
    INJECTIONS,
    YAML_DOCUMENTS,
    hostile_values,
)
from adversarial.terminal import run_in_pty  # noqa: E402
from briefing_tui.corpus import load_corpus  # noqa: E402
from briefing_tui.notes import NoteStore  # noqa: E402
from briefing_tui.problems import BriefingError, Problem  # noqa: E402


@dataclass
class Row:
    """One kind of hostile input and what became of it."""

    kind: str
    tried: int = 0
    handled: int = 0
    missed: list[str] = field(default_factory=list)

    def count(self, ok: bool, label: str = "") -> None:
        self.tried += 1
        self.handled += int(ok)
        if not ok:
            self.missed.append(label or f"case {self.tried}")


def clear(problem: Problem | BriefingError | str, name: str) -> bool:
    """One line, naming the file and a line number."""
    text = str(problem)
    return "\n" not in text and f"{name}:" in text and len(text) < 1000


def yaml_documents(row: Row) -> None:
    probe = REPO / "tests" / "adversarial" / "yaml_probe.py"
    done = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, timeout=300, check=False
    )
    finished = [json.loads(line) for line in done.stdout.splitlines()]
    finished = [r for r in finished if r["outcome"] != "started"]
    for result in finished:
        row.count(
            result["outcome"] == "problem"
            and result["line"] >= 1
            and "\n" not in result["message"]
            and result["rss_mb"] < 400,
            f"{result['case']} ({result['mode']})",
        )
    expected = len(YAML_DOCUMENTS) * 3
    for _ in range(expected - len(finished)):  # the probe died before these
        row.count(False)


def wrong_types(row: Row, folder: Path) -> None:
    values = hostile_values()
    for key in ["title", "source", "author", "published", "url", "visit", "raw", "caption"]:
        for name, value in values.items():
            root = make_small_corpus(folder / f"fm-{key}-{name}")
            write_article(root, "typed", front_matter(**{key: value}) + "Body.\n")
            try:
                corpus = load_corpus(root)
            except Exception:
                row.count(False)
                continue
            mine = [p for p in corpus.problems if p.path.name == "typed.txt"]
            row.count(("typed" in corpus.articles) or any(clear(p, "typed.txt") for p in mine))
    for key in ["id", "date", "end_date", "place", "title", "participants", "summary"]:
        for name, value in values.items():
            root = make_small_corpus(folder / f"v-{key}-{name}")
            visit: dict[str, Any] = {"id": "v", "date": "2016-06-06", "place": "P", "title": "T"}
            visit[key] = value
            (root / "visits.yaml").write_text(yaml.safe_dump([visit]), encoding="utf-8")
            try:
                corpus = load_corpus(root)
            except Exception:
                row.count(False)
                continue
            mine = [p for p in corpus.problems if p.path.name == "visits.yaml"]
            row.count(bool(corpus.visits) or any(clear(p, "visits.yaml") for p in mine))


def _child_load(root: Path) -> list[str] | None:
    code = (
        "import json, sys\nfrom pathlib import Path\nfrom briefing_tui.corpus import load_corpus\n"
        "c = load_corpus(Path(sys.argv[1]))\n"
        "for a in c.articles.values():\n"
        "    try: c.body(a)\n"
        "    except Exception as e: print(json.dumps(str(e)))\n"
        "print(json.dumps([str(p) for p in c.problems]))\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(root)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        return None
    result: list[str] = json.loads(done.stdout.splitlines()[-1])
    return result


def file_system(row: Row, folder: Path) -> None:
    outside = folder / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(front_matter() + "SECRET\n", encoding="utf-8")
    word = b"word " * (10 * 2**20)

    def plant(name: str, make: Callable[[Path], None], expect: str) -> None:
        root = make_small_corpus(folder / f"fs-{name}")
        make(root)
        problems = _child_load(root)
        row.count(problems is not None and any(expect in p and ":" in p for p in problems), name)

    articles = "articles"
    plant(
        "link-out",
        lambda r: (r / articles / "x.txt").symlink_to(outside / "secret.txt"),
        "x.txt:1:",
    )
    plant("loop", lambda r: (r / articles / "x.txt").symlink_to(r / articles / "x.txt"), "x.txt:1:")
    plant("dangling", lambda r: (r / articles / "x.txt").symlink_to(r / "nothing"), "x.txt:1:")
    plant("device", lambda r: (r / articles / "x.txt").symlink_to("/dev/zero"), "x.txt:1:")

    def fifo(root: Path) -> None:
        os.mkfifo(root / articles / "x.txt")

    plant("fifo", fifo, "x.txt:1:")
    plant("folder", lambda r: (r / articles / "x.txt").mkdir(), "x.txt:1:")

    def visits_fifo(root: Path) -> None:
        (root / "visits.yaml").unlink()
        os.mkfifo(root / "visits.yaml")

    def visits_out(root: Path) -> None:
        (root / "visits.yaml").unlink()
        (root / "visits.yaml").symlink_to(outside / "secret.txt")

    plant("visits-fifo", visits_fifo, "visits.yaml:1:")
    plant("visits-link-out", visits_out, "visits.yaml:1:")
    for index, name in enumerate(
        ["a..b", "-x", "UP", "a" * 200, "a\x1bb", "new\nline", "rtl\u202e", "a.b"]
    ):

        def odd_name(root: Path, name: str = name) -> None:
            (root / articles / f"{name}.txt").write_text(front_matter() + "B\n", encoding="utf-8")

        plant(f"name-{index}", odd_name, ".txt:1:")

    def huge(root: Path) -> None:
        write_article(root, "huge", word)

    def endless(root: Path) -> None:
        write_article(root, "endless", b"---\ntitle: T\n" + b"k: v\n" * 400_000)

    plant("50mb-no-newline", huge, "huge.txt:1:")
    plant("front-matter-endless", endless, "endless.txt:1:")

    root = make_small_corpus(folder / "fs-50mb-body")
    write_article(root, "big", front_matter().encode() + word)
    corpus = load_corpus(root)
    row.count("big" in corpus.articles and len(corpus.body("big")) == len(word), "50mb-body")

    root = make_small_corpus(folder / "fs-10000")
    text = front_matter() + "Body.\n"
    for index in range(10_000):
        (root / articles / f"a-{index:05d}.txt").write_text(text, encoding="utf-8")
    row.count(len(load_corpus(root).articles) == 10_001, "10000-files")

    def deleted(path: Path) -> None:
        path.unlink()

    def fifo_swapped_in(path: Path) -> None:
        path.unlink()
        os.mkfifo(path)

    def link_swapped_in(path: Path) -> None:
        path.unlink()
        path.symlink_to(outside / "secret.txt")

    def truncated(path: Path) -> None:
        path.write_bytes(b"---\nti")

    changes: dict[str, Callable[[Path], None]] = {
        "deleted": deleted,
        "fifo-swapped-in": fifo_swapped_in,
        "link-swapped-in": link_swapped_in,
        "truncated": truncated,
    }
    for name, change in changes.items():
        root = make_small_corpus(folder / f"fs-open-{name}")
        corpus = load_corpus(root)
        change(root / articles / "sound.txt")
        try:
            corpus.body("sound")
        except BriefingError as exc:
            row.count(clear(exc, "sound.txt"), name)
        except Exception:
            row.count(False, name)
        else:
            row.count(False, name)


MUTATIONS = [
    *"-?:[]{},&*!|>'\"#%@` \t\n\r",
    *["\ufeff", "\x85", "\u2028", "\x00", "\x1b", "---", "...", "<<: ", "!!python/", "&a ", "*a"],
]


def fuzz(row: Row, folder: Path, examples: int, chance: random.Random) -> None:
    values = [*hostile_values().values(), "2016-06-06", "ok", 3, None]
    keys = ["title", "source", "author", "published", "url", "visit", "raw", "caption", "x"]
    root = make_small_corpus(folder / "fuzz")
    for index in range(examples):
        data = {chance.choice(keys): chance.choice(values) for _ in range(chance.randrange(0, 8))}
        head = yaml.safe_dump(data, allow_unicode=True, default_flow_style=chance.random() < 0.3)
        for _ in range(chance.randrange(0, 6)):
            at = chance.randrange(0, len(head) + 1)
            head = head[:at] + chance.choice(MUTATIONS) + head[at:]
        path = write_article(root, "fuzzed", "---\n" + head + "---\nBody.\n")
        try:
            corpus = load_corpus(root)
            if "fuzzed" in corpus.articles:
                corpus.body("fuzzed")
            mine = [p for p in corpus.problems if p.path.name == "fuzzed.txt"]
            ok = "fuzzed" in corpus.articles or all(clear(p, "fuzzed.txt") for p in mine)
            row.count(ok, head[:80])
        except BriefingError as exc:
            row.count(clear(exc, "fuzzed.txt"), head[:80])
        except Exception:
            row.count(False, head[:80])
        path.unlink()
        del index


def terminal(row: Row, reader_row: Row, folder: Path) -> None:
    corpus, notes = make_hostile_corpus(folder / "hostile")
    commands = [
        ["show", "hostile"],
        ["show", "unassigned"],
        ["visits"],
        ["check"],
        ["notes"],
        ["entities", "--article", "hostile"],
        ["search", "Putin"],
        ["export"],
    ]
    for args in commands:
        _, output = run_in_pty(
            [str(BRIEFING), *args, "--corpus", str(corpus), "--annotations", str(notes)],
            cwd=folder,
            timeout=60,
        )
        for label, marker in FORBIDDEN_BYTES.items():
            row.count(
                marker not in output and b"Traceback" not in output, f"{' '.join(args)}: {label}"
            )
    keys = [
        ("Moscow", b"\r"),
        ("Netanyahu met", b"j"),
        ("", b"e"),
        ("", b"\x1b"),
        ("", b"/"),
        ("", b"PWNED"),
        ("", b"\r"),
        ("", b"\t"),
        ("", b"?"),
        ("", b"\x1b"),
        ("", b"q"),
    ]
    _, output = run_in_pty(
        [str(BRIEFING), "--corpus", str(corpus), "--annotations", str(notes)],
        cwd=folder,
        keys=keys,
        timeout=90,
    )
    import re

    output = re.sub(rb"\x1b\]52;c;[A-Za-z0-9+/=]*(?:\x07|\x1b\\)", b"", output)
    for label, marker in FORBIDDEN_BYTES.items():
        reader_row.count(marker not in output and b"Traceback" not in output, label)


@contextlib.contextmanager
def failing(call: str, code: int, after: int) -> Iterator[None]:
    real = getattr(os, call)
    written = [0]

    def fail(*args: Any) -> Any:
        if call == "write" and after - written[0] > 0:
            count = real(args[0], bytes(args[1])[: after - written[0]])
            written[0] += count
            return count
        raise OSError(code, os.strerror(code))

    setattr(os, call, fail)
    try:
        yield
    finally:
        setattr(os, call, real)


FAULTS = [
    ("write", errno.ENOSPC),
    ("write", errno.EIO),
    ("write", errno.EDQUOT),
    ("fsync", errno.EIO),
    ("fsync", errno.ENOSPC),
    ("replace", errno.EIO),
    ("replace", errno.EROFS),
    ("replace", errno.EACCES),
]


def notes_under_faults(
    row: Row, folder: Path, rounds: int, chance: random.Random
) -> tuple[int, int, int]:
    """Save notes while writes fail at random; (attempted, acknowledged, found afterwards)."""
    root = folder / "faulty-notes"
    acknowledged: set[str] = set()
    for index in range(rounds):
        store = NoteStore(root)
        note = store.new_note(
            f"note {index}\n" + "text " * chance.randrange(0, 80), tags=[INJECTIONS["osc-title"]]
        )
        fault = chance.choice(FAULTS) if chance.random() < 0.5 else None
        guard = (
            failing(fault[0], fault[1], chance.randrange(0, 400))
            if fault
            else (contextlib.nullcontext())
        )
        try:
            with guard:
                store.add("article", f"a-{index % 4}", note)
        except BriefingError as exc:
            row.count(clear(exc, ".yaml") and (fault is not None))
        except Exception:
            row.count(False)
        else:
            acknowledged.add(note.id)
    found: set[str] = set()
    for index in range(4):
        file = NoteStore(root).article(f"a-{index}")
        found |= {n.id for n in file.notes}
    return rounds, len(acknowledged), len(acknowledged & found)


def imports_and_ingest(row: Row, folder: Path) -> None:
    from adversarial.test_hostile_exchange import HOSTILE_JSON, write_sources

    corpus = make_small_corpus(folder / "exchange")
    bombs: dict[str, str | bytes] = {
        "deep-list": "[" * 100_000 + "]" * 100_000,
        "deep-object": '{"a":' * 50_000 + "1" + "}" * 50_000,
        "huge-number": "[" + "9" * 6000 + "]",
    }
    for name, data in {**HOSTILE_JSON, **bombs}.items():
        path = folder / f"import-{name}.json"
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
        done = subprocess.run(
            [
                str(BRIEFING),
                "import",
                str(path),
                "--corpus",
                str(corpus),
                "--annotations",
                str(folder / "exchange-notes"),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
        err = done.stderr.decode("utf-8", "replace")
        row.count(
            done.returncode in (0, 1)
            and "Traceback" not in err
            and all(line.startswith("briefing: ") for line in err.splitlines()),
            f"import {name}",
        )
    sources = write_sources(folder / "downloads")
    for extra in (["--dry-run"], []):
        fresh = make_small_corpus(folder / f"ingest-together{len(extra)}")
        _, output = run_in_pty(
            [str(BRIEFING), "ingest", *extra, "--corpus", str(fresh), "--", *map(str, sources[:2])],
            cwd=folder,
            timeout=60,
        )
        row.count(
            b"Traceback" not in output and not any(m in output for m in FORBIDDEN_BYTES.values()),
            f"ingest {' '.join(extra)} two hostile files together",
        )
    for source in sources:
        try:
            _, output = run_in_pty(
                [str(BRIEFING), "ingest", "--corpus", str(corpus), "--", str(source)],
                cwd=folder,
                timeout=60,
            )
        except OSError:
            row.count(False, f"ingest {source.name}")
            continue
        row.count(
            b"Traceback" not in output and not any(m in output for m in FORBIDDEN_BYTES.values()),
            f"ingest {source.name}",
        )


def broken_note_files(row: Row, folder: Path) -> None:
    note = (
        "  - id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\n"
        "    created: '2026-11-22T03:00:00+00:00'\n    modified: '2026-11-22T03:00:00+00:00'\n"
        "    author: analyst\n    tags: [a]\n    body: kept\n"
    )
    files = [
        "article: a\nnotes: !!python/object/apply:os.system ['true']\n",
        "article: a\nx: &x [1, 1]\nnotes: [*x, *x]\n",
        "article: a\nnotes:\n" + note + note,
        "article: b\nnotes:\n" + note,
        "article: a\nnotes:\n" + note.replace("body: kept", "body: [x]"),
        "article: a\nnotes:\n" + note.replace("tags: [a]", "tags: {a: 1}"),
        "article: a\nnotes: " + "[" * 200 + "]" * 200 + "\n",
        "article: a\nnotes:\n  - <<: {id: x}\n",
        "\t\x00garbage",
    ]
    for index, text in enumerate(files):
        root = folder / f"broken-notes-{index}"
        root.mkdir()
        path = root / "a.yaml"
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
        before = path.read_bytes()
        store = NoteStore(root)
        try:
            problems = store.article("a").problems  # the whole file's, or each bad note's
            try:
                store.add("article", "a", store.new_note("must not land"))
                refused = False
            except BriefingError:
                refused = True
            row.count(
                bool(problems)
                and all(clear(p, "a.yaml") for p in problems)
                and refused
                and path.read_bytes() == before
            )
        except Exception:
            row.count(False)


TRIAL_FAULT_TESTS = (
    "tests/adversarial/test_trial_faults.py",
    "tests/ui_notes/test_trial_faults.py",
)
TRIAL_FAULTS = 8


def trial_faults(row: Row, folder: Path) -> dict[int, tuple[int, int]]:
    """Run the tests named after the hostile trial's faults; (tests, passed) per fault."""
    import re
    import xml.etree.ElementTree as ElementTree

    report = folder / "trial-faults.xml"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
            *TRIAL_FAULT_TESTS,
        ],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    per_fault = {n: (0, 0) for n in range(1, TRIAL_FAULTS + 1)}
    if not report.exists():
        row.count(False, "the trial-fault tests did not run")
        return per_fault
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        found = re.match(r"test_fault_(\d+)_", case.get("name", ""))
        if found is None:
            continue
        fault = int(found.group(1))
        passed = not any(child.tag in ("failure", "error", "skipped") for child in case)
        tests, ok = per_fault.get(fault, (0, 0))
        per_fault[fault] = (tests + 1, ok + int(passed))
        row.count(passed, f"fault {fault}: {case.get('name')}")
    return per_fault


def main() -> int:
    """Run every kind of attack and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=400, help="saves under fault injection")
    parser.add_argument("--fuzz", type=int, default=400, help="fuzzed front matters")
    parser.add_argument("--kills", type=int, default=12, help="writers killed with SIGKILL")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    chance = random.Random(args.seed)
    rows = {
        name: Row(name)
        for name in [
            "YAML documents (tags, bombs, nesting, encodings)",
            "wrong types in every field",
            "file system (links, FIFOs, huge, races, names)",
            "fuzzed front matter",
            "terminal injection: command output",
            "terminal injection: the reader",
            "annotation imports and ingested files",
            "broken notes files (reported, never overwritten)",
            "failed saves (clear message)",
            "faults of the hostile trial (their tests pass)",
        ]
    }
    named = list(rows.values())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("BRIEFING_DATA", str(folder / "user-data"))
        os.environ.setdefault("BRIEFING_CONFIG", str(folder / "user-config"))
        os.environ.setdefault("BRIEFING_CACHE", str(folder / "user-cache"))
        yaml_documents(named[0])
        wrong_types(named[1], folder)
        file_system(named[2], folder)
        fuzz(named[3], folder, args.fuzz, chance)
        terminal(named[4], named[5], folder)
        imports_and_ingest(named[6], folder)
        broken_note_files(named[7], folder)
        attempted, acknowledged, found = notes_under_faults(named[8], folder, args.rounds, chance)
        from adversarial.test_hostile_notes import kill_writers

        killed_ack, killed_found = kill_writers(folder / "killed-notes", args.kills, args.seed)
        per_fault = trial_faults(named[9], folder)
    width = max(len(r.kind) for r in named)
    print(f"{'hostile input':<{width}}  {'tried':>6}  {'handled':>7}  {'unexpected':>10}")
    print(f"{'-' * width}  {'-' * 6}  {'-' * 7}  {'-' * 10}")
    for row in named:
        missed = row.tried - row.handled
        print(f"{row.kind:<{width}}  {row.tried:>6}  {row.handled:>7}  {missed:>10}")
    total_tried = sum(r.tried for r in named)
    total_handled = sum(r.handled for r in named)
    print(f"{'-' * width}  {'-' * 6}  {'-' * 7}  {'-' * 10}")
    print(
        f"{'total':<{width}}  {total_tried:>6}  {total_handled:>7}  "
        f"{total_tried - total_handled:>10}"
    )
    for row in named:
        for label in row.missed:
            print(f"not handled: {row.kind}: {label!r}")
    print()
    print(
        f"notes saved under random write faults: {attempted} attempted, "
        f"{acknowledged} acknowledged, {found} found afterwards, {acknowledged - found} lost"
    )
    print(
        f"notes saved by writers killed with SIGKILL ({args.kills} kills): "
        f"{killed_ack} acknowledged, {killed_found} found afterwards, "
        f"{killed_ack - killed_found} lost"
    )
    closed = sum(1 for tests, ok in per_fault.values() if tests and ok == tests)
    print(
        f"faults of the hostile trial closed by passing tests: {closed} of {TRIAL_FAULTS} ("
        + ", ".join(f"{n}: {ok}/{tests}" for n, (tests, ok) in sorted(per_fault.items()))
        + ")"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
