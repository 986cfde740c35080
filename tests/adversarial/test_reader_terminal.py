"""Terminal injection through the reader: run it in a pty, tour it by keys, read the bytes."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from adversarial.corpus_kit import BRIEFING, make_hostile_corpus
from adversarial.hostile_inputs import forbidden_in
from adversarial.terminal import run_in_pty

OSC52 = re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_hostile_corpus(tmp_path_factory.mktemp("hostile-reader"))


def tour(
    hostile: tuple[Path, Path], keys: list[tuple[str, bytes]], size: tuple[int, int] = (30, 100)
) -> tuple[int | None, bytes]:
    corpus, notes = hostile
    return run_in_pty(
        [str(BRIEFING), "--corpus", str(corpus), "--annotations", str(notes)],
        cwd=corpus.parent,
        keys=keys,
        size=size,
        timeout=90,
    )


# "Next sentence" is in the footer once the article has the focus; the article text itself
# arrives split by the colours of its entities, so no phrase of it is a reliable cue.
OPEN = [("Moscow", b"\r"), ("Next sentence", b"j")]
TOUR = [
    *OPEN,
    ("", b"j"),
    ("", b"j"),
    ("", b"G"),
    ("", b"g"),
    ("", b"e"),
    ("", b"s"),
    ("", b"j"),
    ("", b"\x1b"),
    ("", b"v"),
    ("", b"w"),
    ("", b"w"),
    ("", b"\x1b"),
    ("", b"/"),
    ("", b"PWNED"),
    ("", b"\r"),
    ("", b"n"),
    ("", b"N"),
    ("", b"\x1b"),
    ("", b"\t"),
    ("", b"j"),
    ("", b"\r"),
    ("", b"\t"),
    ("", b"j"),
    ("", b"\t"),
    ("", b"?"),
    ("", b"j"),
    ("", b"\x1b"),
    ("", b"\x10"),
    ("", b"Title"),
    ("", b"\x1b"),
    ("", b"y"),
    ("", b"j"),
    ("", b"y"),
    ("", b"q"),
]


def test_touring_the_reader_writes_no_injected_sequence(hostile: tuple[Path, Path]) -> None:
    code, output = tour(hostile, TOUR)
    assert b"Traceback" not in output
    assert code == 0, output[-3000:]
    payloads = [m.group(0) for m in OSC52.finditer(output)]
    assert forbidden_in(OSC52.sub(b"", output)) == [], payloads
    shown = output.decode("utf-8", "replace")
    assert "␛" in shown  # escapes are shown as placeholders
    assert "[bold red]markup[/]" in shown  # markup is shown literally


def test_a_small_terminal_with_wide_text_is_fine(hostile: tuple[Path, Path]) -> None:
    code, output = tour(
        hostile, [*OPEN, ("", b"G"), ("", b"e"), ("", b"\x1b"), ("", b"q")], size=(24, 80)
    )
    assert code == 0 and b"Traceback" not in output, (code, output[-3000:])
    assert forbidden_in(OSC52.sub(b"", output)) == []


def test_copying_a_passage_puts_no_control_character_on_the_clipboard(
    hostile: tuple[Path, Path],
) -> None:
    keys = [*OPEN, ("", b"k")]
    for _ in range(3):
        keys += [("", b"y"), ("", b"j")]
    _, output = tour(hostile, [*keys, ("", b"q")])
    copied = [base64.b64decode(m.group(1)).decode("utf-8") for m in OSC52.finditer(output)]
    assert copied, "nothing was copied"
    for text in copied:
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", text), repr(text)


def test_choosing_an_entity_and_closing_the_panel_at_once_does_not_crash(
    hostile: tuple[Path, Path],
) -> None:
    _, output = tour(hostile, [*OPEN, ("", b"e"), ("", b"\re"), ("", b"q")])
    assert b"Traceback" not in output and b"ScreenStackError" not in output


def test_a_hostile_draft_offered_at_start_is_shown_safely(
    hostile: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adversarial.hostile_inputs import ALL_INJECTIONS, INJECTIONS
    from briefing_tui.notes import drafts

    data = tmp_path / "user-data"
    monkeypatch.setenv("BRIEFING_DATA", str(data))
    draft = drafts.NoteDraft(
        key="k1",
        kind="article",
        subject_id="hostile",
        body=ALL_INJECTIONS,
        tags=(INJECTIONS["osc-title"], INJECTIONS["c1-csi"]),
        annotations=str(hostile[1]),
    )
    drafts.save_draft(draft, data / "drafts")
    _, output = tour(hostile, [("", b""), ("", b"\x1b"), ("", b"q"), ("", b"q")])
    assert b"Traceback" not in output, output[-3000:]
    assert forbidden_in(OSC52.sub(b"", output)) == []


def test_the_label_of_a_hostile_draft_holds_no_control_character() -> None:
    from adversarial.hostile_inputs import ALL_INJECTIONS, INJECTIONS
    from briefing_tui.notes import drafts
    from briefing_tui.ui.notes.drafts_left import draft_label

    draft = drafts.NoteDraft(
        key="k1",
        kind="article",
        subject_id="hostile",
        body=ALL_INJECTIONS,
        tags=(INJECTIONS["osc-title"],),
        saved="2026-11-22T03:00:00+00:00" + INJECTIONS["nul"],
    )
    label = draft_label(draft)
    assert not re.search("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", label)


def test_the_note_editor_draws_hostile_text_as_placeholders(tmp_path: Path) -> None:
    import sys

    app = Path(__file__).with_name("editor_app.py")
    _, output = run_in_pty(
        [sys.executable, str(app), str(tmp_path / "notes")],
        cwd=tmp_path,
        keys=[("", b"\x1bOB"), ("", b"x"), ("", b"\x11")],
        timeout=60,
    )
    assert b"Traceback" not in output, output[-3000:]
    assert forbidden_in(output) == []
    assert "␛".encode() in output
