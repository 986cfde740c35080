"""A separate writer for the store's reliability tests: adds notes and prints each id once saved."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_tui.notes import NoteStore


def main() -> int:
    """Usage: writer.py ANNOTATIONS ARTICLE COUNT NAME; one id per line after each save returns."""
    root, article, count, name = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
    store = NoteStore(root, lock_timeout=30.0)
    for number in range(count):
        body = f"{name} note {number}\nwith a second line, and: yaml-looking text\n- item"
        note = store.new_note(body, tags=[name])
        store.add("article", article, note)
        sys.stdout.write(note.id + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
