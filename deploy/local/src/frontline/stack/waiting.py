"""Polling a condition with a timeout (never a bare sleep)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


class NotReady(RuntimeError):
    """A server did not become ready in time."""


async def wait_until(
    ready: Callable[[], Awaitable[bool]],
    *,
    within: float,
    what: str,
    interval: float = 0.2,
    alive: Callable[[], bool] = lambda: True,
    log_hint: str = "",
) -> float:
    """Poll `ready` until it answers True; return the seconds it took.

    `alive` lets the caller fail fast when the process being waited for has died.
    """
    started = time.monotonic()
    while True:
        if await ready():
            return time.monotonic() - started
        if not alive():
            raise NotReady(f"{what} exited before it was ready{log_hint}")
        if time.monotonic() - started > within:
            raise NotReady(f"{what} not ready after {within:.0f}s{log_hint}")
        await asyncio.sleep(interval)
