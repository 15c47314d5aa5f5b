"""Readiness: the process serves, and what it depends on answers now (DESIGN.md §7).

Each check raises when its dependency is lost; all run together, each within a
timeout, and their outcome is kept for a second or two, so a balancer polling every
second costs one look. The runtime checks PostgreSQL, the relay's producer and each
subscriber's consumer group; `/health/ready` answers 503 naming what failed, and 200
again once it answers.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import asyncpg
from aiokafka.client import CoordinationType

if TYPE_CHECKING:
    from frontline.kernel.subscriber import Subscriber

Check = Callable[[], Awaitable[object]]


class Readiness:
    def __init__(
        self, checks: Mapping[str, Check], timeout: float = 1.0, cache_seconds: float = 1.5
    ) -> None:
        self.checks = dict(checks)
        self.timeout = timeout
        self.cache_seconds = cache_seconds
        self._last: dict[str, str] = {}
        self._until = 0.0
        self._looking: asyncio.Future[dict[str, str]] | None = None

    async def state(self) -> dict[str, str]:
        """Each check's outcome: "ok", or what went wrong."""
        if time.monotonic() < self._until:
            return self._last
        if self._looking is None or self._looking.done():
            # One look at a time, however many probes ask meanwhile.
            self._looking = asyncio.ensure_future(self._look())
        return await asyncio.shield(self._looking)

    async def _look(self) -> dict[str, str]:
        names = list(self.checks)
        outcomes = await asyncio.gather(*(self._run(self.checks[n]) for n in names))
        self._last = dict(zip(names, outcomes, strict=True))
        self._until = time.monotonic() + self.cache_seconds
        return self._last

    async def _run(self, check: Check) -> str:
        try:
            await asyncio.wait_for(check(), self.timeout)
        except TimeoutError:
            return f"no answer within {self.timeout:g} s"
        except Exception as exc:  # a lost dependency, whatever its error
            return f"{type(exc).__name__}: {exc}"[:300]
        return "ok"


def database_check(dsn: str, timeout: float) -> Check:
    """A new connection answers a query: the server is up and not hung (a pooled
    connection could be the one thing still working, or stuck in a cancelled call)."""

    async def check() -> None:
        conn = await asyncpg.connect(dsn, timeout=timeout)
        try:
            await conn.fetchval("SELECT 1", timeout=timeout)
        finally:
            await conn.close(timeout=timeout)

    return check


def producer_check(producer: Any) -> Check:
    """The relay's producer gets the cluster's metadata from a broker."""

    async def check() -> None:
        await producer.client.fetch_all_metadata()

    return check


def consumer_group_check(client: Any, group: str, joined: Callable[[], bool]) -> Check:
    """The subscriber joined its group, and the group's coordinator answers."""

    async def check() -> None:
        if not joined():
            raise RuntimeError(f"{group} has not joined its consumer group")
        await client.coordinator_lookup(CoordinationType.GROUP, group)

    return check


def service_checks(
    database_url: str, timeout: float, producer: Any, subscribers: Sequence[Subscriber]
) -> dict[str, Check]:
    """What every service's readiness looks at: PostgreSQL, and with Kafka the relay's
    producer and each subscriber's consumer group."""
    checks = {"database": database_check(database_url, timeout)}
    if producer is not None:
        checks["kafka producer"] = producer_check(producer)
        for sub in subscribers:
            joined = functools.partial(getattr, sub, "joined")
            checks[f"consumer group {sub.consumer}"] = consumer_group_check(
                producer.client, sub.consumer, joined
            )
    return checks
