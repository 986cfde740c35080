"""Run a command in a pseudo-terminal and keep every byte it writes, as a terminal would see it."""

from __future__ import annotations

import os
import pty
import select
import signal
import struct
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path


def _set_size(fd: int, rows: int, cols: int) -> None:
    import fcntl
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def run_in_pty(
    argv: Sequence[str],
    cwd: Path,
    keys: Sequence[tuple[str, bytes]] = (),
    env: dict[str, str] | None = None,
    size: tuple[int, int] = (30, 100),
    timeout: float = 60.0,
) -> tuple[int | None, bytes]:
    """Run ``argv`` on a pty; send each key once the output contains its cue; all output bytes.

    ``keys`` pairs a cue (text that must have appeared on the terminal, or "" for
    "once the output has been quiet for a moment") with the bytes to type.
    """
    master, slave = pty.openpty()
    _set_size(slave, *size)
    full_env = dict(os.environ)
    full_env.update({"TERM": "xterm-256color", "COLORTERM": "truecolor", "LANG": "C.UTF-8"})
    full_env.update(env or {})
    process = subprocess.Popen(
        list(argv),
        cwd=cwd,
        env=full_env,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        preexec_fn=os.setsid,
        close_fds=True,
    )
    os.close(slave)
    output = bytearray()
    pending = list(keys)
    deadline = time.monotonic() + timeout
    last_data = time.monotonic()
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
                last_data = time.monotonic()
            elif process.poll() is not None:
                break
            if pending:
                cue, data = pending[0]
                quiet = time.monotonic() - last_data > 0.25
                seen = cue.encode() in output if cue else quiet
                if seen and quiet:
                    os.write(master, data)
                    pending.pop(0)
                    last_data = time.monotonic()
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        os.close(master)
    return process.returncode, bytes(output)
