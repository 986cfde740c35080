"""Every file Briefing writes appears whole or not at all; a new file never replaces an old one."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from briefing_tui import atomicfile


def test_a_replaced_file_has_the_new_text_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "notes.yaml"
    atomicfile.replace_file(path, "first\n")
    atomicfile.replace_file(path, "second\n")
    assert path.read_text(encoding="utf-8") == "second\n"
    assert [p.name for p in path.parent.iterdir()] == ["notes.yaml"]


def test_a_rename_that_fails_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "visits.yaml"
    path.write_text("old\n", encoding="utf-8")

    def failing(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        atomicfile.replace_file(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["visits.yaml"]


def test_a_created_file_never_replaces_one_that_has_the_name(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    atomicfile.create_file(path, b"first\n", mode=0o444)
    with pytest.raises(FileExistsError):
        atomicfile.create_file(path, b"second\n")
    assert path.read_bytes() == b"first\n"
    assert not path.stat().st_mode & 0o222
    assert [p.name for p in tmp_path.iterdir()] == ["article.txt"]


def test_the_leftovers_of_a_killed_writer_are_removed_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("kept\n", encoding="utf-8")
    atomicfile.temporary_path(path).write_text("half a fi", encoding="utf-8")
    (tmp_path / ".b.yaml.1.tmp").write_text("another file's", encoding="utf-8")
    atomicfile.remove_leftovers(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".b.yaml.1.tmp", "a.yaml"]


def test_a_file_written_by_another_library_is_moved_into_place(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    path.write_bytes(b"old")
    built = atomicfile.temporary_path(path)
    built.write_bytes(b"new")
    atomicfile.move_into_place(built, path, durable=False)
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["index.sqlite"]


def test_a_replaced_file_keeps_the_permissions_it_had(tmp_path: Path) -> None:
    path = tmp_path / "visits.yaml"
    path.write_text("old\n")
    path.chmod(0o664)
    atomicfile.replace_file(path, "new\n")
    assert path.read_text() == "new\n"
    assert path.stat().st_mode & 0o777 == 0o664
