"""A helper process for large index builds: it reads and tags the batches of files it is sent.

Started as ``python -m briefing_tui.search.worker CORPUS``; it speaks
length-prefixed pickles on its standard input and output with the process
that started it, and with nothing else.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import IO

from briefing_tui.search.records import read_many
from briefing_tui.search.tagging import tagger_for_folder

HEADER = 8


def send(stream: IO[bytes], value: object) -> None:
    """Write one value as a length-prefixed pickle."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(HEADER, "little"))
    stream.write(data)
    stream.flush()


def receive(stream: IO[bytes]) -> object:
    """Read one length-prefixed pickle; ``EOFError`` when the other side has closed."""
    header = stream.read(HEADER)
    if len(header) < HEADER:
        raise EOFError("the other process closed the pipe")
    size = int.from_bytes(header, "little")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the other process closed the pipe mid-message")
    return pickle.loads(data)


def main(argv: list[str]) -> int:
    """Serve batches until standard input closes."""
    root = Path(argv[0])
    tagger = tagger_for_folder(root)
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            paths = receive(source)
        except EOFError:
            return 0
        assert isinstance(paths, list)
        send(sink, read_many([Path(p) for p in paths], tagger))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
