"""Faults a test inflicts on a server: every process of it paused (SIGSTOP), then let
go on (SIGCONT) — a hung server, as opposed to one that is down.

PostgreSQL's backends are each their own process group (they call setsid()), so
signalling the postmaster's group is not enough: the postmaster is stopped first (it
forks nothing more), then every process below it.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

import psutil


def _tree(pid: int) -> list[psutil.Process]:
    root = psutil.Process(pid)
    return [root, *root.children(recursive=True)]


@contextlib.contextmanager
def paused(pid: int) -> Iterator[list[int]]:
    """Every process of the server whose main process is ``pid``, paused; the pids."""
    root = psutil.Process(pid)
    root.send_signal(signal.SIGSTOP)
    stopped = [root]
    try:
        for child in root.children(recursive=True):
            with contextlib.suppress(psutil.NoSuchProcess):
                child.send_signal(signal.SIGSTOP)
                stopped.append(child)
        yield [p.pid for p in stopped]
    finally:
        for process in reversed(stopped):
            with contextlib.suppress(psutil.NoSuchProcess):
                process.send_signal(signal.SIGCONT)
