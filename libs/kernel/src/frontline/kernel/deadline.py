"""A time limit on serving one request (DESIGN.md §7): past it the request is answered
UNAVAILABLE with a retry hint (ServerDeadline maps to it), instead of hanging with a
database or broker that stopped answering until the client gives up."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

T = TypeVar("T")


class ServerDeadline(TimeoutError):
    """The request ran past the server's time limit."""


def _forget(task: asyncio.Future[Any]) -> None:
    """A request abandoned at its deadline winds down on its own (its database
    connection is released once the server answers again); its outcome is no longer
    anyone's."""
    if not task.cancelled():
        task.exception()


async def within(call: Awaitable[T], seconds: float) -> T:
    """``call``'s result within ``seconds``. At the limit the call is cancelled and
    left to wind down by itself: asyncpg waits for PostgreSQL to acknowledge a
    cancelled query, which a hung server never does, and the client must not wait
    with it."""
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(call)
    settled = loop.create_future()

    def settle(_: object = None) -> None:
        if not settled.done():
            settled.set_result(None)

    task.add_done_callback(settle)
    timer = loop.call_later(seconds, settle)
    try:
        await settled
    except asyncio.CancelledError:  # the client went away, or its own deadline passed
        task.cancel()
        task.add_done_callback(_forget)
        raise
    finally:
        timer.cancel()
    if task.done():
        return task.result()
    task.cancel()
    task.add_done_callback(_forget)
    raise ServerDeadline(f"no answer within {seconds:.1f} s")
