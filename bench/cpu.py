"""CPU time spent per operation by each process tree, read from /proc.

On a shared 2-core machine wall-clock rates swing with other work; CPU seconds per
command do not, and they say which process a faster path must get cheaper in.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("bench")
_TICK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Source:
    """A process to account CPU to, with its descendants when `tree`."""

    pid: int
    tree: bool = True


def own_process() -> Source:
    """This process alone: the servers and services it started are counted apart."""
    return Source(os.getpid(), tree=False)


def _processes() -> dict[int, tuple[int, int, int]]:
    """pid → (parent pid, own ticks, ticks of reaped children) of every process."""
    table = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # The command name may hold spaces: split after its closing parenthesis.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            own = int(fields[11]) + int(fields[12])
            reaped = int(fields[13]) + int(fields[14])
            table[int(stat.parent.name)] = (int(fields[1]), own, reaped)
    return table


def _ticks(source: Source) -> int:
    if not source.tree:
        return _processes().get(source.pid, (0, 0, 0))[1]
    return _tree_ticks(source.pid)


def _tree_ticks(root: int) -> int:
    """CPU ticks of `root` and all its descendants, including exited ones it reaped.

    By tree, not process group: PostgreSQL puts every backend in a group of its own.
    """
    table = _processes()
    total, frontier = 0, [root]
    if root in table:
        total += table[root][2]
    while frontier:
        pid = frontier.pop()
        if pid in table:
            total += table[pid][1]
        frontier += [child for child, (parent, _, _) in table.items() if parent == pid]
    return total


class CpuMeter:
    """CPU seconds of named process trees between start() and stop()."""

    def __init__(self, label: str, groups: dict[str, Source]) -> None:
        self.label = label
        self.groups = groups
        self._start: dict[str, int] = {}
        self.used: dict[str, float] = {}

    def start(self) -> None:
        self._start = {name: _ticks(source) for name, source in self.groups.items()}

    def stop(self) -> None:
        self.used = {
            name: (_ticks(source) - self._start[name]) / _TICK
            for name, source in self.groups.items()
        }

    def report(self, operations: float) -> None:
        if operations <= 0:
            return
        parts = ", ".join(
            f"{name} {1000 * seconds / operations:.2f} ms" for name, seconds in self.used.items()
        )
        log.warning(f"CPU per operation, {self.label}: {parts}")
