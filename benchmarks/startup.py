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
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]

PEAK = """
def peak_kb():
    # The process's own high-water mark.  Not ``ru_maxrss`` as the parent sees it:
    # Linux counts in it the memory the process had before ``exec``, which is the
    # measuring process's own when it is started with ``vfork``.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

BARE = (
    PEAK
    + """
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
print("peak", peak_kb(), flush=True)
"""
)

BRIEFING = (
    PEAK
    + """
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
print("peak", peak_kb(), flush=True)
"""
)


READER_ONLY = BRIEFING.replace("from briefing_tui.cli import build_parser\n", "").replace(
    "args = build_parser().parse_args(sys.argv[1:])",
    "import argparse\nargs = argparse.Namespace(corpus=sys.argv[2])",
)
"""The same reader started without building the command-line parser, to show its share."""


PEAKS: dict[str, list[int]] = {}
LOADED: dict[str, list[float]] = {}


class Started(NamedTuple):
    """One start of an app: seconds to its first screen, to every article counted, peak memory."""

    ready_s: float
    loaded_s: float | None
    peak_kb: int


def once(code: str, args: list[str], env: dict[str, str], label: str = "") -> float:
    """Seconds from spawning the process to its first screen; its peak memory is kept."""
    try:
        started = start_app(code, args, env)
    except RuntimeError as exc:
        raise SystemExit(str(exc)) from None
    PEAKS.setdefault(label, []).append(started.peak_kb)
    if started.loaded_s is not None:
        LOADED.setdefault(label, []).append(started.loaded_s)
    return started.ready_s


def start_app(code: str, args: list[str], env: dict[str, str]) -> Started:
    """Start an app (``BARE`` or ``BRIEFING``) in a fresh process and time it to its end.

    The reader is left to read every article and count them in the visits pane
    before it quits, so its peak memory includes the whole corpus; how long that
    took is kept too.  The peak is the high-water mark the process reads of
    itself as it ends (see ``PEAK``).
    """
    with tempfile.TemporaryFile("w+") as errors:  # a file: a chatty app cannot block on it
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env=env,
            cwd=REPO,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        loaded: float | None = None
        peak = 0
        for later in child.stdout:
            if later.strip() == "loaded":
                loaded = time.perf_counter() - start
            elif later.startswith("peak "):
                peak = int(later.split()[1])
        child.wait()
        if line.strip() != "ready" or not peak:
            errors.seek(0)
            raise RuntimeError(f"the app did not start: {errors.read()}")
    return Started(elapsed, loaded, peak)


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
