"""On a large archive the visits show at once, and their article counts follow once read."""

from __future__ import annotations

from reading_steps import settle, story

from briefing_tui.paths import Locations
from briefing_tui.session.reading import SMALL_CORPUS
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.widgets.pane_lists import VisitList


def _grow(locations: Locations) -> int:
    """Add enough articles on the Sochi visit to make the corpus large; how many there are now."""
    folder = locations.corpus / "articles"
    added = SMALL_CORPUS + 20
    for number in range(added):
        (folder / f"2021-05-wire-{number:04d}.txt").write_text(
            f"---\ntitle: Wire report {number}\nsource: Wire\nvisit: 2021-05-sochi\n"
            "published: 2021-05-12\n---\nTalks in Sochi.\n",
            encoding="utf-8",
        )
    return added


class Watched(ReaderApp):
    """The reader, noting what the visits pane showed when the visits were first on screen."""

    first_screen: list[str] | None = None

    def on_reader_screen_visits_shown(self) -> None:
        visits = self.reader.query_one(VisitList)
        self.first_screen = [
            str(visits.get_option_at_index(i).id) for i in range(visits.option_count)
        ]


def _prompt(visits: VisitList, visit_id: str) -> str:
    option = visits.get_option_at_index(visits.get_option_index(visit_id))
    return str(option.prompt)


@story
async def test_a_large_archive_shows_its_visits_first_then_their_counts(
    locations: Locations,
) -> None:
    added = _grow(locations)
    app = Watched(locations, remember=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.first_screen is not None)
        assert app.first_screen is not None
        assert app.first_screen[:2] == ["2020-01-moscow", "2021-05-sochi"]
        await settle(pilot, lambda: app.reader.corpus is not None)
        corpus = app.reader.corpus
        assert corpus is not None
        visits = app.reader.query_one(VisitList)
        sochi = [a for a in corpus.articles.values() if a.visit == "2021-05-sochi"]
        assert len(sochi) > added
        assert f"{len(sochi)} art" in _prompt(visits, "2021-05-sochi")
