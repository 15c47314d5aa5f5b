"""One stack per state folder: a second `make up` must say one is running."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO


class StackAlreadyRunning(RuntimeError):
    pass


class StackLock:
    """An exclusive lock on `<home>/stack.pid`, held for the supervisor's lifetime.

    The kernel drops the lock when the process dies, even by kill -9, so a stale
    pid file never blocks the next start.
    """

    def __init__(self, home: Path) -> None:
        self.path = home / "stack.pid"
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            pid = handle.read().strip() or "?"
            handle.close()
            raise StackAlreadyRunning(
                f"a Frontline stack is already running (pid {pid}, state in {self.path.parent}).\n"
                f"Use it as it is (see {self.path.parent / 'stack.env'}), or stop it with "
                f"Ctrl-C in its terminal or `kill {pid}` first."
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self.path.unlink(missing_ok=True)
            self._file.close()
            self._file = None
