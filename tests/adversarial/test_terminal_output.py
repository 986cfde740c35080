"""Terminal injection through the command line: the bytes written to a real pty carry no attack.

Every field a person can write (titles, outlets, authors, captions, URLs,
visit places, entity names, note bodies and tags, article bodies) holds Rich
markup, CSI/OSC/DCS sequences, C0/C1 controls, NUL, bidi overrides, zero-width
characters, combining floods, emoji and wide CJK text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adversarial.corpus_kit import BRIEFING, make_hostile_corpus
from adversarial.hostile_inputs import forbidden_in, stray_controls
from adversarial.terminal import run_in_pty


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_hostile_corpus(tmp_path_factory.mktemp("hostile"))


def run(hostile: tuple[Path, Path], *args: str) -> tuple[int | None, bytes]:
    corpus, notes = hostile
    return run_in_pty(
        [str(BRIEFING), *args, "--corpus", str(corpus), "--annotations", str(notes)],
        cwd=corpus.parent,
        timeout=60,
    )


COMMANDS = [
    ("show", "hostile"),
    ("show", "unassigned"),
    ("visits",),
    ("check",),
    ("notes",),
    ("notes", "--article", "hostile"),
    ("notes", "--visit", "2016-06-moscow"),
    ("entities", "--article", "hostile"),
    ("entities", "--visit", "2016-06-moscow"),
    ("search", "Putin"),
    ("search", "PWNED"),
    ("show", "no-such-article"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=["-".join(c) for c in COMMANDS])
def test_command_output_holds_no_injected_sequence(
    hostile: tuple[Path, Path], args: tuple[str, ...]
) -> None:
    code, output = run(hostile, *args)
    assert code in (0, 1), output[-2000:]
    assert b"Traceback" not in output
    assert forbidden_in(output) == []
    assert stray_controls(output.replace(b"\r\n", b"\n")) == []


def test_show_prints_markup_and_escapes_as_visible_text(hostile: tuple[Path, Path]) -> None:
    _, output = run(hostile, "show", "hostile")
    text = output.decode("utf-8")
    assert "[bold red]markup[/]" in text
    assert "␛]52;c;SU5KRUNURUQ=␇" in text
    assert "中文全角テキスト" in text


def test_markdown_export_to_a_terminal_holds_no_injected_sequence(
    hostile: tuple[Path, Path],
) -> None:
    _, output = run(hostile, "export")
    assert b"Traceback" not in output
    assert forbidden_in(output) == []
