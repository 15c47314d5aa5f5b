"""Waiting for PostgreSQL and Kafka at start-up: services start in any order
(DESIGN.md §7), so a dependency not reachable yet is retried with a growing delay,
and anything else (a wrong setting, a bug) stops the process at once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import asyncpg
from aiokafka.errors import KafkaConnectionError, KafkaError

log = logging.getLogger(__name__)

T = TypeVar("T")


def is_connection_error(exc: BaseException) -> bool:
    """A dependency not reachable yet (worth waiting for), as opposed to a wrong
    setting or a bug, which must stop the process at once."""
    if isinstance(exc, KafkaError):
        return isinstance(exc, KafkaConnectionError) or bool(getattr(exc, "retriable", False))
    return isinstance(
        exc,
        OSError
        | TimeoutError
        | asyncpg.CannotConnectNowError
        | asyncpg.TooManyConnectionsError
        | asyncpg.ConnectionDoesNotExistError,
    )


async def with_backoff(what: str, attempt: Callable[[], Awaitable[T]], tries: int = 30) -> T:
    """Services start in any order: wait for PostgreSQL and Kafka (DESIGN.md §7).

    Only connection errors are retried; a bad DSN or a programming error fails at once.
    """
    delay = 0.2
    for n in range(1, tries + 1):
        try:
            return await attempt()
        except Exception as exc:
            if n == tries or not is_connection_error(exc):
                raise
            log.info(f"waiting for {what}", extra={"error": repr(exc), "attempt": n})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 3.0)
    raise AssertionError("unreachable")
