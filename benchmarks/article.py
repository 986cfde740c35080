"""Opening a 5 MB article with its entities, and moving a page, in the reader's article view.

Builds a corpus with one 5 MB article (the bundled articles repeated), opens it
in the reader (headless, 120x40) and prints:

- first screen: from asking for the article to its visible rows drawn with
  entity colours (target < 150 ms), cold (nothing cached) and warm;
- page move: one page down or up, with every visible row drawn
  (target < 16 ms), median and worst of many moves.

    python benchmarks/article.py [--megabytes 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build_corpus(root: Path, megabytes: float) -> int:
    """Write a corpus whose one article is ``megabytes`` long; return the body's length."""
    from briefing_tui.corpus import load_corpus

    bundled = load_corpus(REPO / "corpus")
    text = "\n\n".join(bundled.body(a) for a in bundled.articles.values())
    size = int(megabytes * 1_000_000)
    body = ((text + "\n\n") * (size // len(text) + 1))[:size].rstrip() + "."
    (root / "articles").mkdir(parents=True)
    (root / "visits.yaml").write_text(
        "- id: 2016-06-moscow\n  date: 2016-06-06\n  place: Moscow\n  title: Large\n",
        encoding="utf-8",
    )
    head = "---\ntitle: A very long article\nsource: Bench\npublished: 2016-06-06\n"
    for name in ("huge", "small"):
        text_of = body if name == "huge" else text
        (root / "articles" / f"2016-06-{name}.txt").write_text(
            head + "visit: 2016-06-moscow\n---\n" + text_of + "\n", encoding="utf-8"
        )
    return len(body)


async def measure(corpus: Path) -> None:
    """Open the large article cold and warm, then page through it."""
    from briefing_tui.paths import Locations
    from briefing_tui.ui.app import ReaderApp

    app = ReaderApp(Locations(corpus, corpus.parent / "notes"), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.reader
        while reader.corpus is None:
            await pilot.pause(0.01)
        await asyncio.to_thread(reader.session.warm_up_now)
        view = reader.view
        height = view.scrollable_content_region.height

        async def open_and_draw(article_id: str) -> float:
            start = time.perf_counter()
            reader.open_article(article_id)
            while not (view.article_id == article_id and view.body and view.mentions):
                await asyncio.sleep(0)
            drawn = [view.render_line(y) for y in range(height)]
            elapsed = time.perf_counter() - start
            assert any(len(strip._segments) > 5 for strip in drawn), "no entity colours drawn"
            return elapsed

        cold = await open_and_draw("2016-06-huge")
        await open_and_draw("2016-06-small")
        warm = [await open_and_draw("2016-06-huge") for _ in range(1)]
        while "2016-06-huge" not in reader.session.mentions or view._partial:
            await pilot.pause(0.05)  # the whole body wrapped and recognised
        await pilot.pause(0.2)
        moves: list[float] = []
        for step in range(60):
            start = time.perf_counter()
            if step % 20 < 15:
                view.action_page_down()
            else:
                view.action_page_up()
            for y in range(height):
                view.render_line(y)
            moves.append(time.perf_counter() - start)
    print(
        f"article: {len(view.body) / 1e6:.1f} MB, {view.row_count} rows, "
        f"{len(view.mentions)} mentions, view {height} rows"
    )
    print(f"first screen, cold (entities recognised) : {cold * 1000:7.1f} ms  (target < 150)")
    print(f"first screen, warm (entities cached)     : {min(warm) * 1000:7.1f} ms  (target < 150)")
    print(
        f"page move, drawn  : median {statistics.median(moves) * 1000:6.2f} ms, "
        f"worst {max(moves) * 1000:6.2f} ms  (target < 16)"
    )


def main() -> None:
    """Build the corpus in a temporary folder and measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        for name in ("DATA", "CONFIG", "CACHE"):
            os.environ[f"BRIEFING_{name}"] = str(Path(home) / name.lower())
        corpus = Path(home) / "corpus"
        build_corpus(corpus, options.megabytes)
        asyncio.run(measure(corpus))


if __name__ == "__main__":
    main()
