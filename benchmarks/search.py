"""Measure search at archive scale, side by side, for corpora of growing size.

    python benchmarks/search.py [--sizes 2000 20000 100000] [--work DIR]

For each size it generates a corpus with ``benchmarks/corpus.py`` (reused
when already there), then measures in one run:

- the cold index build (a new cache folder; entity tagging included), through
  ``briefing search`` as a user starts it;
- ``briefing search WORD`` warm, against ``grep -rl WORD`` over the same folder;
- search as you type: the query function the reader's search box calls, per keystroke;
- adding one article and finding it (index update included), in the reader's
  process and through ``briefing search``;
- the reader's warm start and peak memory against a bare Textual app, when
  the reader exists.

It prints figures and ratios; it does not pass or fail.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from startup import BARE, BRIEFING, Started, start_app

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

TYPED = '"Naftali Orlov" Gazprom S-300 entity:Kremlin'
WORDS = ("Gazprom", "Vladivostok")


def briefing() -> list[str]:
    """The command a user types: the ``briefing`` script installed beside this interpreter.

    Without one (a checkout run in place), ``python -m briefing_tui``.
    """
    script = Path(sys.executable).with_name("briefing")
    return [str(script)] if script.exists() else [sys.executable, "-m", "briefing_tui"]


def environment(work: Path, **values: str) -> dict[str, str]:
    """The environment the measured commands run in: this one, with ``values`` set.

    Python keeps the compiled bytecode of every module, as in any installation
    (an environment that turns that off would have every start recompile the
    package); it is kept in the work folder, out of the source tree.
    """
    env = dict(os.environ, **values)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
    return env


def load() -> str:
    """The machine's load average, printed beside every figure (the machine may be shared)."""
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f} on {os.cpu_count()} cores"


def timed(
    command: list[str], env: dict[str, str]
) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    """Wall-clock seconds of one command, and its result."""
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    return time.perf_counter() - began, done


def side_by_side(
    commands: list[list[str]], env: dict[str, str], runs: int = 9
) -> list[list[float]]:
    """Wall-clock seconds of several commands run in turn, so all see the same machine load.

    Each command runs once first, unmeasured, so every measured run is warm.
    """
    for command in commands:
        timed(command, env)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, spent in zip(commands, times, strict=True):
            spent.append(timed(command, env)[0])
    return times


def corpus_for(work: Path, size: int) -> Path:
    """A generated corpus of ``size`` articles, generated once and reused."""
    root = work / f"corpus-{size}"
    stamp = root / ".generated"
    if not stamp.exists():
        subprocess.run(
            [sys.executable, str(HERE / "corpus.py"), str(root), "--articles", str(size)],
            check=True,
        )
        stamp.write_text(str(size), encoding="utf-8")
    return root


def measure(size: int, work: Path, reader: bool, runs: int) -> dict[str, float]:
    """Every figure for one corpus size."""
    root = corpus_for(work, size)
    megabytes = sum(p.stat().st_size for p in (root / "articles").iterdir()) / 1e6
    cache = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
    env = environment(
        work,
        BRIEFING_CACHE=str(cache),
        BRIEFING_CORPUS=str(root),
        BRIEFING_ANNOTATIONS=str(work / f"annotations-{size}"),
    )
    figures: dict[str, float] = {"articles": size, "megabytes": megabytes}
    print(f"\n== {size} articles, {megabytes:.0f} MB ({load()})", flush=True)

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cold, done = timed([*briefing(), "search", WORDS[0], "--json"], env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    figures["cold_build_cpu_s"] = cpu
    if done.returncode != 0:
        print(done.stderr.decode(errors="replace"), file=sys.stderr)
    index_files = list((cache / "search").glob("*.sqlite"))
    figures["cold_build_s"] = cold
    figures["index_mb"] = index_files[0].stat().st_size / 1e6 if index_files else 0.0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"cold build + first search   {cold:7.2f} s   (target < 20 s at 20,000)"
        f"   CPU {cpu:.1f} s over all processes, index {figures['index_mb']:.0f} MB,"
        f" peak RSS {peak:.0f} MB"
    )

    for word in WORDS:
        ours_runs, grep_runs, bare_runs = side_by_side(
            [
                [*briefing(), "search", word, "--json"],
                ["grep", "-rl", word, str(root)],
                [*briefing(), "--version"],
            ],
            env,
            runs,
        )
        ours, ours_best = statistics.median(ours_runs), min(ours_runs)
        grep, grep_best = statistics.median(grep_runs), min(grep_runs)
        bare = statistics.median(bare_runs)
        figures["cli_floor_s"] = bare
        figures[f"search_{word}_s"] = ours
        figures[f"grep_{word}_s"] = grep
        print(
            f"warm search {word!r:14} {ours * 1000:7.0f} ms (best {ours_best * 1000:.0f})"
            f"   grep -rl {grep * 1000:6.0f} ms (best {grep_best * 1000:.0f})"
            f"   ratio {ours / grep:5.2f}   (target <= 1)"
            f"   [`briefing --version` alone: {bare * 1000:.0f} ms]"
        )

    figures.update(keystrokes(root, work / f"annotations-{size}", cache))
    figures.update(add_one(root, env, cache, work / f"annotations-{size}"))
    if reader:
        figures.update(reader_figures(root, work, runs))
    print(f"({load()})")
    return figures


def keystrokes(root: Path, annotations: Path, cache: Path) -> dict[str, float]:
    """Per-keystroke latency of the query function the search box calls."""
    os.environ["BRIEFING_CACHE"] = str(cache)
    from briefing_tui.search import SearchIndex
    from briefing_tui.search.as_you_type import answer_as_typed

    with SearchIndex.open(root, annotations) as index:
        answer_as_typed(index, "warm")
        latencies = []
        for end in range(1, len(TYPED) + 1):
            began = time.perf_counter()
            answer_as_typed(index, TYPED[:end])
            latencies.append(time.perf_counter() - began)
    latencies.sort()
    median = statistics.median(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(
        f"search as you type          median {median * 1000:5.1f} ms  p95 {p95 * 1000:5.1f} ms"
        f"  worst {latencies[-1] * 1000:5.1f} ms over {len(latencies)} keystrokes (target < 50 ms)"
    )
    return {
        "keystroke_median_ms": median * 1000,
        "keystroke_p95_ms": p95 * 1000,
        "keystroke_worst_ms": latencies[-1] * 1000,
    }


ADD_ONE_WAYS = {
    "reader": "the reader or ingest names the new file: update_article(id), then search",
    "rescan": "in one process: a full refresh (every file stat'ed), then search",
    "cli": "`briefing search` in a new process (refresh included)",
}


def add_one(root: Path, env: dict[str, str], cache: Path, annotations: Path) -> dict[str, float]:
    """Add one article and find it, in each of the ways an article arrives."""
    from briefing_tui.search import SearchIndex

    os.environ["BRIEFING_CACHE"] = str(cache)
    figures: dict[str, float] = {}
    with SearchIndex.open(root, annotations) as index:
        index.search("Moscow")
        for way, explanation in ADD_ONE_WAYS.items():
            word = f"zqx{way}bulletin"
            article_id = f"2099-01-bench-{way}"
            path = root / "articles" / f"{article_id}.txt"
            path.write_text(
                f"---\ntitle: Late bulletin\nsource: Bench Wire\npublished: 2099-01-01\n---\n"
                f"A {word} about Gazprom and the S-300 in Moscow.\n",
                encoding="utf-8",
            )
            try:
                began = time.perf_counter()
                if way == "reader":
                    index.update_article(article_id)
                    found = len(index.search(word).hits)
                elif way == "rescan":
                    index.refresh()
                    found = len(index.search(word).hits)
                else:
                    _, done = timed([*briefing(), "search", word, "--json"], env)
                    found = len(json.loads(done.stdout or b"[]"))
                seconds = time.perf_counter() - began
            finally:
                path.unlink()
                index.refresh()
            figures[f"add_one_{way}_s"] = seconds
            print(
                f"add one article, find it    {seconds * 1000:7.0f} ms   (target < 1 s)"
                f"   found {found}; {explanation}"
            )
    return figures


def reader_figures(root: Path, work: Path, runs: int) -> dict[str, float]:
    """The reader's warm start and peak memory on a generated corpus, against a bare Textual app.

    Measured as ``startup.py --corpus`` measures them: the start ends when the
    visits show, and the reader runs on until every article is read and
    counted, so its peak memory holds the whole corpus.
    """
    try:
        import briefing_tui.ui.app  # noqa: F401
    except ImportError:
        print("reader warm start and memory: not measured, the reader is not there yet")
        return {}
    cache = Path(tempfile.mkdtemp(prefix="reader-", dir=work))
    env = environment(
        work,
        BRIEFING_CACHE=str(cache),
        BRIEFING_DATA=str(cache / "data"),
        BRIEFING_CONFIG=str(cache / "config"),
    )
    corpus = ["--corpus", str(root)]
    try:
        start_app(BRIEFING, corpus, env)
        bare: list[Started] = []
        reader: list[Started] = []
        for _ in range(runs):
            bare.append(start_app(BARE, [], env))
            reader.append(start_app(BRIEFING, corpus, env))
    except RuntimeError as exc:
        print(f"reader warm start and memory: not measured ({exc})")
        return {}
    bare_s = statistics.median(s.ready_s for s in bare)
    reader_s = statistics.median(s.ready_s for s in reader)
    loaded_s = statistics.median(s.loaded_s or float("nan") for s in reader)
    bare_mb = max(s.peak_kb for s in bare) / 1024
    reader_mb = max(s.peak_kb for s in reader) / 1024
    print(
        f"reader warm start           {reader_s * 1000:7.0f} ms   bare Textual app"
        f" {bare_s * 1000:5.0f} ms   ratio {reader_s / bare_s:5.2f}   (target <= 2)"
        f"   [every article counted: {loaded_s * 1000:.0f} ms]"
    )
    print(
        f"reader peak memory          {reader_mb:7.0f} MB   bare Textual app {bare_mb:5.0f} MB"
        f"   ratio {reader_mb / bare_mb:5.2f}   (target < 2; the reader's peak once every"
        " article is read)"
    )
    return {
        "reader_start_s": reader_s,
        "bare_start_s": bare_s,
        "reader_loaded_s": loaded_s,
        "reader_mb": reader_mb,
        "bare_mb": bare_mb,
    }


def main(argv: list[str] | None = None) -> int:
    """Measure every size and print the growth table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench")
    parser.add_argument(
        "--reader-up-to",
        type=int,
        default=20000,
        metavar="N",
        help="measure the reader's start and memory on corpora of at most N articles (20000)",
    )
    parser.add_argument("--runs", type=int, default=9, help="runs of each timed command (9)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    rows = [measure(size, args.work, size <= args.reader_up_to, args.runs) for size in args.sizes]
    print("\n== growth")
    keys = [
        "articles",
        "megabytes",
        "cold_build_s",
        "cold_build_cpu_s",
        "index_mb",
        f"search_{WORDS[0]}_s",
        f"grep_{WORDS[0]}_s",
        "keystroke_median_ms",
        "keystroke_worst_ms",
        "add_one_reader_s",
        "add_one_rescan_s",
        "add_one_cli_s",
        "reader_start_s",
        "reader_mb",
    ]
    print(" ".join(f"{k:>22}" for k in keys))
    for row in rows:
        print(" ".join(f"{row.get(k, float('nan')):>22.3f}" for k in keys))
    first = rows[0]
    for row in rows[1:]:
        growth = row["articles"] / first["articles"]
        print(
            f"x{growth:.0f} articles:"
            f" cold build x{row['cold_build_s'] / first['cold_build_s']:.1f},"
            f" warm search x{row[f'search_{WORDS[0]}_s'] / first[f'search_{WORDS[0]}_s']:.1f},"
            f" keystroke x{row['keystroke_median_ms'] / first['keystroke_median_ms']:.1f},"
            f" add one x{row['add_one_rescan_s'] / first['add_one_rescan_s']:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
