"""A wheel installed into a fresh environment carries the bundled corpus."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_lists_the_four_visits_from_an_empty_folder(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("briefing_tui-*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_C")}
    environment.pop("BRIEFING_ANNOTATIONS", None)
    result = subprocess.run(
        [str(env_dir / "bin" / "briefing"), "visits", "--json"],
        cwd=empty,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    visits = json.loads(result.stdout)
    assert [v["id"] for v in visits] == [
        "2009-09-moscow",
        "2016-06-moscow",
        "2018-01-moscow",
        "2019-02-moscow",
    ]
    assert sum(len(v["articles"]) for v in visits) == 5
    # The wheel carries the C scans of the entity recogniser, built from the sources.
    names = zipfile.ZipFile(wheel).namelist()
    built = [n for n in names if n.startswith("briefing_tui/entities/_scanner.")]
    assert any(n.endswith((".so", ".pyd")) for n in built), built
