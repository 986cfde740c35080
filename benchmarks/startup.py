"""Start-up of the reader: process start to the first screen showing the visits.

Runs, side by side and alternately, ``briefing`` on the bundled corpus and a
bare Textual app that shows one line, both headless in fresh processes, and
prints the median of each and their ratio (target: briefing within 1.3x on the
bundled corpus, within 2x on a 20,000-article archive), and the peak memory of each.

    python benchmarks/startup.py [--runs 9] [--corpus DIR]

With ``--corpus`` the start is warm: one start fills the header cache first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE = """
from textual.app import App
from textual.widgets import Static

class Bare(App[None]):
    def compose(self):
        yield Static("one line")

    def on_mount(self):
        self.call_after_refresh(self.ready)

    def ready(self):
        print("ready", flush=True)
        self.exit()

Bare().run(headless=True, size=(80, 24))
"""

BRIEFING = """
import sys
from briefing_tui.cli import build_parser
from briefing_tui.paths import resolve

args = build_parser().parse_args(sys.argv[1:])
from briefing_tui.ui.app import ReaderApp

class Timed(ReaderApp):
    def on_reader_screen_visits_shown(self, message):
        print("ready", flush=True)

    def on_reader_screen_corpus_shown(self, message):
        print("loaded", flush=True)
        self.exit(0)

app = Timed(resolve(getattr(args, "corpus", None), None), remember=False)
app.run(headless=True, size=(80, 24))
"""


READER_ONLY = BRIEFING.replace("from briefing_tui.cli import build_parser\n", "").replace(
    "args = build_parser().parse_args(sys.argv[1:])",
    "import argparse\nargs = argparse.Namespace(corpus=sys.argv[2])",
)
"""The same reader started without building the command-line parser, to show its share."""


PEAKS: dict[str, list[int]] = {}
LOADED: dict[str, list[float]] = {}


def once(code: str, args: list[str], env: dict[str, str], label: str = "") -> float:
    """Seconds from spawning the process to its first screen; its peak memory is kept.

    The reader is left to read every article and count them in the visits pane
    before it quits, so its peak memory includes the whole corpus; how long that
    took is kept too.
    """
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    if child.stdout.readline().strip() == "loaded":
        LOADED.setdefault(label, []).append(time.perf_counter() - start)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    PEAKS.setdefault(label, []).append(usage.ru_maxrss)
    if line.strip() != "ready":
        raise SystemExit(f"the app did not start: {child.stderr.read() if child.stderr else ''}")
    return elapsed


def main() -> None:
    """Measure both apps alternately and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus", help="corpus folder")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        for name in ("DATA", "CONFIG", "CACHE"):
            env[f"BRIEFING_{name}"] = str(Path(home) / name.lower())
        corpus = ["--corpus", str(options.corpus)]
        once(BARE, [], env)
        once(BRIEFING, corpus, env)
        bare: list[float] = []
        briefing: list[float] = []
        reader: list[float] = []
        for _ in range(options.runs):
            bare.append(once(BARE, [], env, "bare"))
            briefing.append(once(BRIEFING, corpus, env, "briefing"))
            reader.append(once(READER_ONLY, corpus, env))
    bare_ms = statistics.median(bare) * 1000
    briefing_ms = statistics.median(briefing) * 1000
    print(f"corpus: {options.corpus}")
    print(f"runs: {options.runs} each, alternating, headless")
    print(f"bare Textual app, one line : median {bare_ms:7.1f} ms  (min {min(bare) * 1000:.1f})")
    print(
        f"briefing, visits shown     : median {briefing_ms:7.1f} ms"
        f"  (min {min(briefing) * 1000:.1f})"
    )
    bare_kb = statistics.median(PEAKS["bare"])
    briefing_kb = statistics.median(PEAKS["briefing"])
    print(
        f"peak memory                : bare {bare_kb / 1024:.1f} MB, briefing"
        f" {briefing_kb / 1024:.1f} MB ({briefing_kb / bare_kb:.2f}x)"
    )
    loaded_ms = statistics.median(LOADED["briefing"]) * 1000
    print(f"briefing, every article counted: median {loaded_ms:7.1f} ms (memory peaks by then)")
    reader_ms = statistics.median(reader) * 1000
    print(f"ratio briefing / bare      : {briefing_ms / bare_ms:.2f}x  (target 1.30x)")
    print(
        f"reader without the command-line parser: median {reader_ms:7.1f} ms,"
        f" {reader_ms / bare_ms:.2f}x bare"
    )


if __name__ == "__main__":
    main()
