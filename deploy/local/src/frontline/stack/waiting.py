"""Polling a condition with a timeout (never a bare sleep)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path


class NotReady(RuntimeError):
    """A server did not become ready in time."""


async def wait_until(
    ready: Callable[[], Awaitable[bool]],
    *,
    within: float,
    what: str,
    interval: float = 0.2,
    alive: Callable[[], bool] = lambda: True,
    explain: Callable[[], str] = lambda: "",
) -> float:
    """Poll `ready` until it answers True; return the seconds it took.

    `alive` lets the caller fail fast when the process being waited for has died;
    `explain` adds what helps diagnose a failure (e.g. the end of a server log).
    """
    started = time.monotonic()
    while True:
        if await ready():
            return time.monotonic() - started
        if not alive():
            raise NotReady(f"{what} exited before it was ready{explain()}")
        if time.monotonic() - started > within:
            raise NotReady(f"{what} not ready after {within:.0f}s{explain()}")
        await asyncio.sleep(interval)


def log_tail(*paths: Path, lines: int = 15) -> str:
    """The last lines of each existing log: throwaway folders vanish after a failure."""
    parts = []
    for path in paths:
        if path.exists():
            tail = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"\n--- last lines of {path} ---\n" + "\n".join(tail))
    return "".join(parts)
