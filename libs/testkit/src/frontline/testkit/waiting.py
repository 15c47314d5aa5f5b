"""Waiting on a condition with a timeout, never for a fixed time (STYLE.md)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

T = TypeVar("T")


def _truthy(value: Any) -> bool:
    return bool(value)


async def eventually(
    probe: Callable[[], Awaitable[T]],
    check: Callable[[T], bool] = _truthy,
    timeout: float = 20.0,
    interval: float = 0.1,
) -> T:
    """The first value of ``probe()`` that ``check`` accepts (by default: a truthy one).

    Fails the test with the last value seen when the condition is not met in time.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = await probe()
        if check(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s; last value {value!r}")
        await asyncio.sleep(interval)
