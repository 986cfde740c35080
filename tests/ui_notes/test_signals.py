"""A SIGTERM or SIGHUP to the reader with an editor open saves the draft before it exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_tui.notes import drafts

SCRIPT = Path(__file__).with_name("signal_app.py")
TYPED = "Typed before the terminal went away.\nSecond line, kept too."


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_saves_the_open_draft_and_the_reader_exits(
    signum: signal.Signals, tmp_path: Path
) -> None:
    ready = tmp_path / "ready"
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(tmp_path / "annotations"), str(ready)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    try:
        for _ in range(600):
            if ready.exists() or process.poll() is not None:
                break
            time.sleep(0.05)
        if not ready.exists():
            process.kill()
            pytest.fail(process.communicate()[1].decode() or "the editor never opened")
        assert drafts.load_drafts() == []
        process.send_signal(signum)
        _, errors = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 128 + signum, errors.decode()
    assert b"Traceback" not in errors
    [draft] = drafts.load_drafts()
    assert draft.body == TYPED
    assert draft.kind == "article" and draft.subject_id == "2016-06-moscow-visit"
