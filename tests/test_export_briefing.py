"""The briefing an analyst sends on: visit facts, sources, key entities, notes in text order."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefing_tui.cli import main
from briefing_tui.corpus import load_corpus
from briefing_tui.exchange import briefing_markdown, default_briefing_name, write_briefing
from briefing_tui.notes import Note, NoteStore, make_target
from briefing_tui.problems import BriefingError

ASHARQ = "2016-06-asharq-coordination-on-syria"
INCONTEXT = "2016-06-incontext-another-visit-to-moscow"


def note_on(
    store: NoteStore,
    corpus_dir: Path,
    article: str,
    quote: str,
    body: str,
    tags: tuple[str, ...] = (),
) -> Note:
    """Add a note on the first occurrence of ``quote`` in an article."""
    text = load_corpus(corpus_dir).body(article)
    start = text.index(quote)
    note = store.new_note(body, tags, make_target(text, start, start + len(quote)))
    store.add("article", article, note)
    return note


@pytest.fixture
def store(corpus_dir: Path) -> NoteStore:
    """The notes folder beside the copied corpus, with notes on the 2016 visit."""
    notes = NoteStore(corpus_dir.parent / "annotations")
    note_on(
        notes,
        corpus_dir,
        ASHARQ,
        "Lavrov’s absence from the Paris summit",
        "Lavrov skipped Paris: read as a signal.",
        ("lavrov", "paris"),
    )
    note_on(notes, corpus_dir, ASHARQ, "Tel Aviv-Israeli Prime Minister", "Dateline is Tel Aviv.")
    notes.add("article", ASHARQ, notes.new_note("Background piece, mostly sourced in Tel Aviv."))
    note_on(notes, corpus_dir, INCONTEXT, "unconditional allies", "Putin's phrase; compare 2018.")
    notes.add(
        "visit",
        "2016-06-moscow",
        notes.new_note("Deconfliction over Syria was the core.", ("summary",)),
    )
    return notes


def test_a_visit_briefing_has_facts_sources_entities_and_notes(
    corpus_dir: Path, store: NoteStore
) -> None:
    text = briefing_markdown(load_corpus(corpus_dir), store, "2016-06-moscow")
    assert text.startswith("# Twenty-five years of restored relations; coordination over Syria\n")
    assert "**Visit:** Moscow, 2016-06-06 – 2016-06-07" in text
    assert "**Participants:** Benjamin Netanyahu, Vladimir Putin, Sergei Lavrov" in text
    assert "quarter century since Israel and Russia restored" in text
    assert (
        "1. Asharq Al-Awsat, “Netanyahu Heads to Moscow to Consolidate Coordination on Syria”, "
        "2016-06-06." in text
    )
    assert "2. inContext, Eliana Amundson, “Netanyahu Makes Another Visit to Moscow”" in text
    assert "| Benjamin Netanyahu | person |" in text
    assert "| Sergei Lavrov | person |" in text
    sections = [line for line in text.splitlines() if line.startswith("#")]
    assert sections[1:4] == ["## Sources", "## Key entities", "## Notes"]


def test_visit_notes_come_first_then_each_article_in_text_order(
    corpus_dir: Path, store: NoteStore
) -> None:
    text = briefing_markdown(load_corpus(corpus_dir), store, "2016-06-moscow")
    order = [
        "### On the visit",
        "Deconfliction over Syria was the core.",
        "### [1] Netanyahu Heads to Moscow",
        "*On the whole article.*",
        "> Tel Aviv-Israeli Prime Minister",
        "> Lavrov’s absence from the Paris summit",
        "### [2] Netanyahu Makes Another Visit to Moscow",
        "> unconditional allies",
    ]
    positions = [text.index(piece) for piece in order]
    assert positions == sorted(positions)


def test_each_note_shows_author_date_tags_and_a_citation(
    corpus_dir: Path, store: NoteStore
) -> None:
    text = briefing_markdown(load_corpus(corpus_dir), store, "2016-06-moscow")
    note = next(n for n in store.article(ASHARQ).notes if n.tags)
    expected = (
        f"— analyst · {note.created[:10]} · tags: lavrov, paris · "
        "[1] Asharq Al-Awsat, 2016-06-06, ¶3"
    )
    assert expected in text
    assert "Lavrov skipped Paris: read as a signal." in text


def test_the_briefing_renders_as_markdown_and_notes_are_never_markup(
    corpus_dir: Path, store: NoteStore
) -> None:
    note_on(
        store,
        corpus_dir,
        ASHARQ,
        "Foreign Minister Sergei Lavrov",
        "# not a heading\n*not emphasis* <script>alert(1)</script>\n1. not a list\n- nor this",
    )
    html = (
        MarkdownIt("commonmark")
        .enable("table")
        .render(briefing_markdown(load_corpus(corpus_dir), store, "2016-06-moscow"))
    )
    assert "<h1>Twenty-five years of restored relations; coordination over Syria</h1>" in html
    assert "<blockquote>\n<p>Foreign Minister Sergei Lavrov</p>\n</blockquote>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<em>not emphasis</em>" not in html and "*not emphasis*" in html
    assert "<h1>not a heading</h1>" not in html
    assert "<ol>" in html  # the numbered source list, and no other
    assert html.count("<ol>") == 1
    assert "<table>" in html


def test_terminal_control_characters_never_reach_the_briefing(
    corpus_dir: Path, store: NoteStore
) -> None:
    store.add("visit", "2016-06-moscow", store.new_note("evil \x1b[2J\x07 text"))
    text = briefing_markdown(load_corpus(corpus_dir), store, "2016-06-moscow")
    assert "\x1b" not in text and "\x07" not in text
    assert "evil" in text


def test_everything_covers_every_visit(corpus_dir: Path, store: NoteStore) -> None:
    text = briefing_markdown(load_corpus(corpus_dir), store, None)
    assert text.startswith("# Briefing\n")
    for title in (
        "## Secret one-day trip",
        "## Twenty-five years",
        "## Iran in Syria",
        "## Iranian entrenchment",
    ):
        assert title in text
    assert "No notes on this visit yet." in text
    assert "### Notes" in text and "#### On the visit" in text


def test_a_briefing_never_overwrites_a_file_unless_asked(
    corpus_dir: Path, store: NoteStore, tmp_path: Path
) -> None:
    corpus = load_corpus(corpus_dir)
    target = tmp_path / default_briefing_name("2016-06-moscow")
    assert target.name == "briefing-2016-06-moscow.md"
    assert write_briefing(corpus, store, "2016-06-moscow", target) == target
    target.write_text("the analyst's own edits\n", encoding="utf-8")
    with pytest.raises(BriefingError, match="exists already"):
        write_briefing(corpus, store, "2016-06-moscow", target)
    assert target.read_text(encoding="utf-8") == "the analyst's own edits\n"
    write_briefing(corpus, store, "2016-06-moscow", target, overwrite=True)
    assert target.read_text(encoding="utf-8").startswith("# Twenty-five years")


def test_a_broken_notes_file_stops_the_briefing_with_its_line(
    corpus_dir: Path, store: NoteStore
) -> None:
    broken = corpus_dir.parent / "annotations" / f"{INCONTEXT}.yaml"
    broken.write_text("article: x\nnotes:\n- id: [\n", encoding="utf-8")
    with pytest.raises(BriefingError, match=f"{INCONTEXT}.yaml:"):
        briefing_markdown(load_corpus(corpus_dir), store, "2016-06-moscow")


def test_export_command_writes_markdown_and_refuses_to_overwrite(
    corpus_dir: Path, store: NoteStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "b.md"
    args = ["export", "--visit", "2016-06-moscow", "-o", str(out_file), "--corpus", str(corpus_dir)]
    assert main(args) == 0
    assert "wrote" in capsys.readouterr().err
    assert out_file.read_text(encoding="utf-8").startswith("# Twenty-five years")
    assert main(args) == 1
    assert "exists already" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0


def test_export_command_to_standard_output(
    corpus_dir: Path, store: NoteStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--corpus", str(corpus_dir)]) == 0
    assert capsys.readouterr().out.startswith("# Briefing\n")
    assert main(["export", "--visit", "2016-06-mosco", "--corpus", str(corpus_dir)]) == 1
    assert "did you mean '2016-06-moscow'" in capsys.readouterr().err


def test_the_briefing_previews_in_rich_as_the_reader_shows_it(
    corpus_dir: Path, store: NoteStore
) -> None:
    from io import StringIO

    from rich.console import Console
    from rich.markdown import Markdown

    screen = StringIO()
    text = briefing_markdown(load_corpus(corpus_dir), store, "2016-06-moscow")
    Console(file=screen, width=100, color_system=None).print(Markdown(text))
    shown = screen.getvalue()
    assert "Twenty-five years of restored relations" in shown
    assert "Lavrov’s absence from the Paris summit" in shown
    assert "Benjamin Netanyahu" in shown and "\\*" not in shown
